"""URL canonicalisation and de-duplication keys.

KBS serves one article under many URL shapes (parameter order, scheme, extra `id=`, XML escaping); the
`Seq_Code` is the article's identity within one language, so it is what we key on.
"""

from __future__ import annotations

import hashlib
import html
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bot.core.domain import FeedItem

KBS_HOSTS = frozenset({"world.kbs.co.kr", "rki.kbs.co.kr"})


def _clean(link: str) -> str:
    link = link.strip()
    if link.startswith("<![CDATA[") and link.endswith("]]>"):
        link = link[9:-3].strip()
    return html.unescape(link)


def canonical_url(link: str) -> str:
    """A stable form of `link`: KBS news_view pages collapse to `?lang=..&Seq_Code=..`, others sort queries.

    A link that does not even split (an unclosed `[`) is returned cleaned but otherwise as it is.
    """
    cleaned = _clean(link)
    try:
        parts = urlsplit(cleaned)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        return cleaned
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    host = (parts.hostname or "").lower()
    if host in KBS_HOSTS and parts.path.endswith("/service/news_view.htm") and query.get("Seq_Code", "").isdigit():
        lang = query.get("lang", "v") or "v"
        return f"https://world.kbs.co.kr/service/news_view.htm?lang={lang}&Seq_Code={int(query['Seq_Code'])}"
    scheme = "https" if host in KBS_HOSTS else (parts.scheme.lower() or "https")
    netloc = parts.netloc.lower()
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(sorted(query.items())), ""))


MAX_KEY_LENGTH = 512


def bounded_key(key: str) -> str:
    """`key` itself, or its SHA-256 when it is too long to store and index (a hostile link or GUID)."""
    if len(key) <= MAX_KEY_LENGTH:
        return key
    return "sha256:" + hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()


def url_key(link: str) -> str:
    """The de-duplication key of an article URL: `kbs:<lang>:<Seq_Code>` or the canonical URL."""
    canonical = canonical_url(link)
    parts = urlsplit(canonical)
    query = dict(parse_qsl(parts.query))
    if parts.hostname == "world.kbs.co.kr" and "Seq_Code" in query:
        return f"kbs:{query.get('lang', 'v')}:{query['Seq_Code']}"
    return bounded_key(canonical)


def item_key(item: FeedItem) -> str | None:
    """The de-duplication key of a feed item: its link's key; for a link-less item without a GUID, its
    title and text (nothing else tells two such items apart); None when the GUID identifies it."""
    if item.link:
        return url_key(item.link)
    if item.guid:
        return None
    digest = hashlib.sha256(f"{item.title}\n{item.description}".encode("utf-8", "replace")).hexdigest()
    return f"item:{digest[:32]}"
