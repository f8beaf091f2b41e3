"""Fetch one article a reader asked for, through the URL guard, and turn it into a story."""

from __future__ import annotations

import httpx

from bot.domain import Candidate
from bot.sources.feeds import HttpFeedReader
from bot.sources.guard import UrlGuard
from bot.sources.urls import canonical_url


class GuardedPageFetcher:
    """The `PageFetcher` port: checks the URL (and each redirect) before any byte is sent."""

    def __init__(self, client: httpx.AsyncClient, guard: UrlGuard, reader: HttpFeedReader) -> None:
        """`reader` must read through `client`, which gets the guard as a hook for every request."""
        self._guard = guard
        client.event_hooks["request"] = [guard.on_request]
        self._reader = reader

    async def fetch(self, url: str) -> Candidate:
        await self._guard.check(url)
        title, body = await self._reader.fetch_page(url)
        return Candidate(source=url, body=body, title=title, url=canonical_url(url), origin="page")
