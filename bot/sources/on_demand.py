"""Fetch one article a reader asked for, under the `/summary` fetch policy, and turn it into a story."""

from __future__ import annotations

from bot.core.domain import Candidate
from bot.core.urls import canonical_url
from bot.sources.feeds import HttpFeedReader
from bot.sources.fetch_policy import FetchPolicy


class GuardedPageFetcher:
    """The `PageFetcher` port: every hop is checked by the policy before any byte is sent to it."""

    def __init__(self, reader: HttpFeedReader, policy: FetchPolicy) -> None:
        self._reader = reader
        self._policy = policy

    async def fetch(self, url: str) -> Candidate:
        url = url.strip()
        title, body = await self._reader.fetch_page(url, self._policy)
        return Candidate(source=url, body=body, title=title, url=canonical_url(url), origin="page")
