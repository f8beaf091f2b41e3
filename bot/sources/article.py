"""Full text of an article page.

KBS pages keep the story in `div.body_txt`, with the photo box (image and `Photo : YONHAP News` caption)
inside it; we drop the box and walk the rest, turning `<br>` into line breaks. Other sites go through
trafilatura, imported only when needed because it is heavy.
"""

from __future__ import annotations

import logging
import re

import lxml.html
from lxml import etree

log = logging.getLogger(__name__)

_BODY = "//div[contains(concat(' ', normalize-space(@class), ' '), ' body_txt ')]"
_NOISE = (
    ".//div[contains(concat(' ', normalize-space(@class), ' '), ' img_box ')]"
    " | .//script | .//style | .//noscript"
    " | .//*[contains(concat(' ', normalize-space(@class), ' '), ' func_menu ')]"
    " | .//*[contains(concat(' ', normalize-space(@class), ' '), ' cap ')]"
)
_BLOCKS = {"p", "div", "li", "h2", "h3", "h4", "blockquote", "tr"}


def _text_with_breaks(element: lxml.html.HtmlElement) -> str:
    parts: list[str] = []
    if element.text:
        parts.append(element.text)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "br":
            parts.append("\n")
        else:
            inner = _text_with_breaks(child)
            parts.append(f"\n{inner}\n" if tag in _BLOCKS else inner)
        if child.tail:
            parts.append(child.tail)
    return "".join(parts)


def _tidy(text: str) -> str:
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def extract_kbs(document: lxml.html.HtmlElement) -> tuple[str | None, str]:
    """Title and body of a KBS news_view page; the body is empty when the page has no story text."""
    title_nodes = document.xpath("//div[contains(@class, 'title_area')]//h1")
    title = _tidy(title_nodes[0].text_content()) if title_nodes else None
    bodies = document.xpath(_BODY)
    if not bodies:
        return title, ""
    body = bodies[0]
    for noise in body.xpath(_NOISE):
        noise.drop_tree()
    return title or None, _tidy(_text_with_breaks(body))


def extract_article(page: bytes | str, url: str) -> tuple[str | None, str]:
    """Title and body text of a page; ("", "") style emptiness means no story text was found."""
    try:
        document = lxml.html.fromstring(page)
    except (etree.ParserError, ValueError):
        return None, ""
    if document.xpath(_BODY):
        return extract_kbs(document)
    import trafilatura

    text = trafilatura.extract(page, url=url, include_comments=False, include_tables=False) or ""
    heads = document.xpath("//h1")
    title = _tidy(heads[0].text_content()) if heads else None
    return title or None, _tidy(text)
