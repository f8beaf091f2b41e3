"""RSS/Atom parsing with feedparser: items out of bytes, tolerant of the many ways feeds go wrong.

`bozo` is a warning: a feed with an undefined entity still yields its good items. A body that yields no
items at all (HTML, JSON, empty) is a failure worth backing off for, with a reason an operator can read.
Each field is read by its declared type (`text/html; charset=…` is HTML too), and then by what it holds:
feedparser decodes base64 (`mode="base64"`, Atom's non-text types), and feeds label HTML as plain text or
escape it twice, so any field that still holds markup or entities goes through the HTML parser (twice at
most). Content of a non-text type that holds no markup is nothing a reader can use.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import feedparser

from bot.core.domain import FeedItem
from bot.core.errors import SourceError
from bot.core.urls import bounded_key
from bot.sources.dates import parse_date
from bot.sources.html_text import html_to_text

log = logging.getLogger(__name__)
TITLE_WORDS = 14  # a title made from a description-only item's text
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})
_TEXT_TYPES = frozenset({"text", "text/plain", "plain"})
_SPACES = re.compile(r"\s+")
# Markup or an entity a text field should not show: `<p>`, `</b>`, `<br/>`, `&amp;`, `&#39;`, `&lt;`.
_MARKUP = re.compile(
    r"</?(?:p|br|b|i|u|s|em|strong|a|div|span|img|ul|ol|li|h[1-6]|table|tr|td|th|blockquote|font|sup|sub|"
    r"figure|figcaption|section|article|header|footer|iframe|script|style)\b[^<>]{0,300}>"
    r"|&(?:[a-zA-Z]{2,8}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """The items of one feed document, and how many entries had nothing to keep (no text, no link)."""

    items: tuple[FeedItem, ...] = ()
    skipped: int = 0


def _plain(value: str) -> str:
    return "\n".join(line for line in (_SPACES.sub(" ", part).strip() for part in value.split("\n")) if line)


def _text(detail: Any, fallback: Any = "") -> str:
    """A feed text field as plain text, whatever it was declared as and however it was encoded."""
    if isinstance(detail, Mapping):
        value = str(detail.get("value") or "")
        kind = str(detail.get("type") or "text/html").split(";", 1)[0].strip().lower()
    else:
        value, kind = str(fallback or ""), "text/html"
    textual = kind in _HTML_TYPES or kind in _TEXT_TYPES or kind.startswith("text/")
    if kind not in _HTML_TYPES and not _MARKUP.search(value):
        return _plain(value) if textual else ""  # a picture or a PDF in base64 is no story text
    text = html_to_text(value)
    if _MARKUP.search(text):  # escaped twice: `&lt;b&gt;` was the markup
        text = html_to_text(text)
    return text


def _fullest_text(entry: Mapping[str, Any]) -> str:
    """The longest text the entry carries: Atom `<content>` / `content:encoded`, or the summary."""
    texts = [_text(entry.get("summary_detail"), entry.get("summary") or entry.get("description"))]
    texts.extend(_text(content) for content in entry.get("content") or [] if isinstance(content, Mapping))
    return max(texts, key=len)


def title_from_text(text: str) -> str:
    """A title for an item that has none: the first words of its text."""
    words = text.split()
    return " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")


def _why_not_a_feed(parsed: Mapping[str, Any]) -> str:
    problem = parsed.get("bozo_exception")
    if problem is not None and str(problem).strip():
        return f"not a feed: {str(problem).strip()[:200]}"
    return "not a feed: no RSS or Atom items or channel found"


def parse_feed(content: bytes, *, feed_url: str, content_type: str) -> ParsedFeed:
    """Items of an RSS/Atom document; raises SourceError when the body holds no feed at all."""
    if not content.strip():
        raise SourceError("empty body")
    parsed = feedparser.parse(
        content,
        response_headers={"content-type": content_type or "application/xml", "content-location": feed_url},
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    if parsed.get("bozo"):
        log.warning("feed=%s is malformed, keeping what parses: %s", feed_url, parsed.get("bozo_exception"))
    if not parsed.entries:
        if parsed.get("bozo") or not parsed.get("version"):
            raise SourceError(_why_not_a_feed(parsed))
        return ParsedFeed()
    items: list[FeedItem] = []
    skipped = 0
    for entry in parsed.entries:
        item = _item(entry)
        if item is None:
            skipped += 1
        else:
            items.append(item)
    if skipped:
        log.warning("feed=%s skipped %d items with no text and no link", feed_url, skipped)
    return ParsedFeed(tuple(items), skipped)


def _item(entry: Mapping[str, Any]) -> FeedItem | None:
    """One entry as an item. RSS 2.0 allows an item with only a description: its text gives the title.
    An item with only a link is kept too (the page gives title and text). An entry with no text and no
    page to read it from has nothing to keep."""
    link = str(entry.get("link") or "").strip()
    text = _fullest_text(entry)
    title = _text(entry.get("title_detail"), entry.get("title")).replace("\n", " ") or None
    if not text and not link:
        return None
    raw_guid = entry.get("id")
    return FeedItem(
        title=title or title_from_text(text) or None,
        link=link,
        guid=bounded_key(str(raw_guid).strip()) if raw_guid else None,
        published=parse_date(entry.get("published") or entry.get("updated")),
        description=text,
    )
