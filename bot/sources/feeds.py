"""A feed source: conditional GET of the feed, then the full text of each new item's article page.

Item links are named by whoever writes the feed, so each page fetch goes through the fetch policy: the
feed's own origin or a listed article host, checked at every hop. A refused or unreadable page leaves
the story with the feed's own text, marked `description`.
"""

from __future__ import annotations

import asyncio
import logging

from bot.core.domain import Candidate, FeedFetch, FeedItem, FeedState
from bot.core.errors import SourceError, UrlRefused
from bot.core.links import web_link
from bot.core.urls import canonical_url, item_key
from bot.sources.article import extract_article
from bot.sources.fetch_policy import MAX_URL_LENGTH, FetchPolicy
from bot.sources.http import HttpFetcher
from bot.sources.rss import parse_feed

log = logging.getLogger(__name__)
_PJAX_HEADERS = {"X-PJAX": "true", "X-Requested-With": "XMLHttpRequest"}


class HttpFeedReader:
    """Reads RSS feeds and article pages through one fetcher, under the article fetch policy."""

    def __init__(self, fetcher: HttpFetcher, article_policy: FetchPolicy) -> None:
        self._fetcher = fetcher
        self._policy = article_policy

    async def fetch_feed(self, state: FeedState) -> FeedFetch:
        headers: dict[str, str] = {}
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        response = await self._fetcher.get(state.url, self._policy.trusting(state.url), headers=headers)
        if response.status == 304:
            return FeedFetch(not_modified=True, etag=state.etag, last_modified=state.last_modified)
        if response.status != 200:
            raise SourceError(f"HTTP {response.status}")
        content_type = response.headers.get("content-type", "")
        parsed = await asyncio.to_thread(parse_feed, response.content, feed_url=state.url, content_type=content_type)
        return FeedFetch(
            not_modified=False,
            items=parsed.items,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
            skipped=parsed.skipped,
        )

    async def fetch_page(self, url: str, policy: FetchPolicy | None = None) -> tuple[str | None, str]:
        """Title and body of an article page; retries once with PJAX headers when the body is empty."""
        for headers in (None, _PJAX_HEADERS):
            response = await self._fetcher.get(url, policy or self._policy, headers=headers)
            if response.status != 200:
                raise SourceError(f"article page answered HTTP {response.status}")
            try:
                title, body = await asyncio.to_thread(extract_article, response.content, url, response.charset)
            except Exception as exc:  # a hostile page may trip the extractor: a bad page, not a crash
                log.warning("page=%.200s could not be parsed: %s: %s", url, type(exc).__name__, exc)
                raise SourceError("article page could not be parsed") from None
            if body:
                return title, body
        raise SourceError("article page has no story text")

    async def full_text(self, item: FeedItem, feed_url: str) -> Candidate:
        """The item as a story: page text when the policy allows the page and it gives text, else the
        feed's own text, marked `description` (and `refused` in the log when the policy said no)."""
        link = canonical_url(item.link) if web_link(item.link, MAX_URL_LENGTH) else None
        link = link if link and len(link) <= MAX_URL_LENGTH else None
        page_title: str | None = None
        body, origin, refused = item.description, "description", False
        if link is None:
            if item.link:
                refused = True
                log.warning(
                    "feed=%s item link %.200r is not an http(s) URL: keeping the feed's text", feed_url, item.link
                )
        else:
            try:
                page_title, body = await self.fetch_page(item.link, self._policy.trusting(feed_url))
                origin = "page"
            except UrlRefused as exc:
                refused = True
                log.warning("feed=%s story=%s page refused by the fetch policy: %s", feed_url, link, exc)
            except SourceError as exc:
                log.warning("feed=%s story=%s full text unavailable, using the description: %s", feed_url, link, exc)
        return Candidate(
            source=feed_url,
            body=body,
            title=item.title or page_title,
            url=link,
            url_key=item_key(item),
            guid=item.guid,
            published=item.published,
            origin=origin,  # type: ignore[arg-type]
            refused=refused,
        )
