"""Readable text out of HTML, with lxml's parser: blocks and `<br>` become line breaks, and what a reader
never sees (scripts, styles, comments, templates) is gone.

A regex "strip the tags" keeps the text inside `<script>` and goes quadratic on an unclosed `<`; the
parser does neither. The walk is iterative, so a deeply nested page cannot exhaust the stack.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table"})
INVISIBLE = ("script", "style", "noscript", "template", "head", "title")
_UTF8 = lxml.html.HTMLParser(encoding="utf-8")
_SPACES = re.compile(r"[ \t\u00a0\r\f\v]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def tidy(text: str) -> str:
    """Spaces folded within each line, lines trimmed, at most one blank line in a row."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def drop_invisible(element: lxml.html.HtmlElement) -> None:
    """Remove comments, processing instructions and elements whose content is never shown."""
    etree.strip_elements(element, etree.Comment, etree.ProcessingInstruction, *INVISIBLE, with_tail=False)


def text_with_breaks(element: lxml.html.HtmlElement) -> str:
    """The element's text, with a line break for `<br>` and around each block element."""
    parts: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag == "br" or tag in BLOCKS:
                parts.append("\n")
            if node.text and tag != "br":
                parts.append(node.text)
        else:
            if tag in BLOCKS:
                parts.append("\n")
            if node.tail and node is not element:
                parts.append(node.tail)
    return "".join(parts)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed description, a content:encoded body); entities decoded."""
    if not fragment.strip():
        return ""
    try:  # bytes, so an XML encoding declaration inside the fragment cannot make lxml refuse it
        root = lxml.html.fragment_fromstring(fragment.encode("utf-8", "replace"), create_parent="div", parser=_UTF8)
    except (etree.ParserError, ValueError):
        return ""
    drop_invisible(root)
    text = tidy(text_with_breaks(root))
    return "\n".join(line for line in text.split("\n") if line)
