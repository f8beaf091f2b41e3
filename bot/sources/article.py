"""Full text of an article page.

KBS pages keep the story in `div.body_txt`, with the photo box (image and `Photo : YONHAP News` caption)
inside it; we drop the box and walk the rest, turning `<br>` into line breaks. Other sites go through
trafilatura, imported only when needed because it is heavy.
"""

from __future__ import annotations

import codecs
import logging

import lxml.html
from lxml import etree

from bot.sources.html_text import drop_invisible, text_with_breaks, tidy

log = logging.getLogger(__name__)

_BODY = "//div[contains(concat(' ', normalize-space(@class), ' '), ' body_txt ')]"
_NOISE = (
    ".//div[contains(concat(' ', normalize-space(@class), ' '), ' img_box ')]"
    " | .//*[contains(concat(' ', normalize-space(@class), ' '), ' func_menu ')]"
    " | .//*[contains(concat(' ', normalize-space(@class), ' '), ' cap ')]"
)


def extract_kbs(document: lxml.html.HtmlElement) -> tuple[str | None, str]:
    """Title and body of a KBS news_view page; the body is empty when the page has no story text."""
    title_nodes = document.xpath("//div[contains(@class, 'title_area')]//h1")
    title = tidy(title_nodes[0].text_content()) if title_nodes else None
    bodies = document.xpath(_BODY)
    if not bodies:
        return title, ""
    body = bodies[0]
    drop_invisible(body)
    for noise in body.xpath(_NOISE):
        noise.drop_tree()
    return title or None, tidy(text_with_breaks(body))


def _parser(charset: str | None) -> lxml.html.HTMLParser | None:
    """A parser for the charset the HTTP header declared (it outranks a `<meta>` in the page)."""
    if not charset:
        return None
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        log.info("unknown charset %r in a Content-Type header; the page's own declaration is used", charset)
        return None
    return lxml.html.HTMLParser(encoding=name)


def extract_article(page: bytes, url: str, charset: str | None = None) -> tuple[str | None, str]:
    """Title and body text of a page; an empty body means no story text was found."""
    try:
        document = lxml.html.document_fromstring(page, parser=_parser(charset))
    except (etree.ParserError, ValueError, LookupError):
        return None, ""
    if document.xpath(_BODY):
        return extract_kbs(document)
    import trafilatura

    heads = document.xpath("//h1")
    title = tidy(heads[0].text_content()) if heads else None
    text = trafilatura.extract(document, url=url, include_comments=False, include_tables=False)
    return title or None, tidy(text or "")
