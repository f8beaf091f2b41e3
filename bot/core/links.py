"""Which story links a digest may show: http(s) URLs of a sane length, nothing else.

A feed names its item links, so a link can be `javascript:…`, hold control characters or run to
thousands of characters. Renderers show a link only when this says so, and show the story without one
otherwise: a missing link costs a click, a bad one breaks or poisons the message.
"""

from __future__ import annotations

from urllib.parse import urlsplit

MAX_LINK_LENGTH = 1024


def web_link(url: str | None, max_length: int = MAX_LINK_LENGTH) -> str | None:
    """`url` when it is an http(s) URL with a host, no spaces or control characters, and at most
    `max_length` characters; otherwise None."""
    if not url or len(url) > max_length or not url.isprintable() or any(ch.isspace() for ch in url):
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url
