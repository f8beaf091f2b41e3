"""RSS parsing with feedparser: items out of bytes, tolerant of the many ways feeds go wrong.

`bozo` is a warning: a feed with an undefined entity still yields its good items. A body that yields no
items at all (HTML, JSON, empty) is a failure worth backing off for.
"""

from __future__ import annotations

import html
import logging
import re

import feedparser

from bot.domain import FeedItem
from bot.errors import SourceError
from bot.sources.dates import parse_date

log = logging.getLogger(__name__)
_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<\s*(?:br|/p|p)\b[^>]*>", re.IGNORECASE)


def html_to_text(fragment: str) -> str:
    """Plain text of a small HTML fragment: breaks become newlines, tags go, entities are decoded."""
    text = _BREAK.sub("\n", fragment)
    text = html.unescape(_TAG.sub("", text))
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def parse_feed(content: bytes, *, feed_url: str, content_type: str) -> list[FeedItem]:
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
            raise SourceError(f"not a feed ({type(parsed.get('bozo_exception')).__name__})")
        return []
    items: list[FeedItem] = []
    for entry in parsed.entries:
        link = str(entry.get("link") or "").strip()
        title = html_to_text(str(entry.get("title") or "")) or None
        if not link or not title:
            log.warning("feed=%s skipping an item without title or link", feed_url)
            continue
        raw_guid = entry.get("id")
        items.append(
            FeedItem(
                title=title,
                link=link,
                guid=str(raw_guid).strip() if raw_guid else None,
                published=parse_date(entry.get("published") or entry.get("updated")),
                description=html_to_text(str(entry.get("summary") or entry.get("description") or "")),
            )
        )
    return items
