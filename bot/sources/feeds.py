"""A feed source: conditional GET of the feed, then the full text of each new item's article page."""

from __future__ import annotations

import asyncio
import logging

import httpx

from bot.domain import Candidate, FeedFetch, FeedItem, FeedState
from bot.errors import SourceError
from bot.sources.article import extract_article
from bot.sources.http import bounded_get
from bot.sources.rss import parse_feed
from bot.sources.urls import canonical_url, url_key

log = logging.getLogger(__name__)
_PJAX_HEADERS = {"X-PJAX": "true", "X-Requested-With": "XMLHttpRequest"}


class HttpFeedReader:
    """Reads RSS feeds and article pages over one shared httpx client."""

    def __init__(self, client: httpx.AsyncClient, *, max_bytes: int, deadline: float) -> None:
        self._client = client
        self._max_bytes = max_bytes
        self._deadline = deadline

    async def fetch_feed(self, state: FeedState) -> FeedFetch:
        headers: dict[str, str] = {}
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        response = await bounded_get(
            self._client, state.url, max_bytes=self._max_bytes, deadline=self._deadline, headers=headers
        )
        if response.status == 304:
            return FeedFetch(not_modified=True, etag=state.etag, last_modified=state.last_modified)
        if response.status != 200:
            raise SourceError(f"HTTP {response.status}")
        content_type = response.headers.get("content-type", "")
        items = await asyncio.to_thread(parse_feed, response.content, feed_url=state.url, content_type=content_type)
        return FeedFetch(
            not_modified=False,
            items=tuple(items),
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
        )

    async def fetch_page(self, url: str) -> tuple[str | None, str]:
        """Title and body of an article page; retries once with PJAX headers when the body is empty."""
        for headers in (None, _PJAX_HEADERS):
            response = await bounded_get(
                self._client, url, max_bytes=self._max_bytes, deadline=self._deadline, headers=headers
            )
            if response.status != 200:
                raise SourceError(f"article page answered HTTP {response.status}")
            title, body = await asyncio.to_thread(extract_article, response.content, url)
            if body:
                return title, body
        raise SourceError("article page has no story text")

    async def full_text(self, item: FeedItem, feed_url: str) -> Candidate:
        """The item as a story: page text when the page gives it, else the feed description, marked so."""
        link = canonical_url(item.link)
        try:
            page_title, body = await self.fetch_page(item.link)
            origin = "page"
        except SourceError as exc:
            log.warning("feed=%s story=%s full text unavailable, using the description: %s", feed_url, link, exc)
            page_title, body, origin = None, item.description, "description"
        return Candidate(
            source=feed_url,
            body=body,
            title=item.title or page_title,
            url=link,
            url_key=url_key(item.link),
            guid=item.guid,
            published=item.published,
            origin=origin,  # type: ignore[arg-type]
        )
