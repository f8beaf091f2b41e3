"""The narrow interfaces the core depends on; adapters and the store implement them.

Keeping these as Protocols lets the service run against the real SQL store and real HTTP readers in
tests, without the core ever importing SQLAlchemy, httpx or a chat library.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from bot.domain import (
    Candidate,
    ChatTarget,
    Digest,
    FeedFetch,
    FeedItem,
    FeedState,
    SeedFile,
    Story,
    Summary,
)


class FeedReader(Protocol):
    """Fetches a feed (conditionally) and the full text of its items."""

    async def fetch_feed(self, state: FeedState) -> FeedFetch: ...

    async def full_text(self, item: FeedItem, feed_url: str) -> Candidate: ...


class SeedSource(Protocol):
    """Lists the seed files as they are now."""

    def scan(self) -> list[SeedFile]: ...


class StoryStore(Protocol):
    """What the service needs from the database for stories, feeds and summaries."""

    def feed_state(self, url: str) -> FeedState: ...

    def feed_states(self, urls: Sequence[str]) -> list[FeedState]: ...

    def save_feed_state(self, state: FeedState) -> None: ...

    def has_story(self, url_key: str | None, guid: str | None) -> bool: ...

    def add_story(self, candidate: Candidate, body_hash: str, now: datetime) -> tuple[Story, bool]: ...

    def seed_file(self, path: str) -> tuple[int, str] | None: ...

    def record_seed_file(self, path: str, story_id: int, body_hash: str) -> None: ...

    def replace_body(self, story_id: int, candidate: Candidate, body_hash: str) -> Story | None: ...

    def stories_seen_since(self, since: datetime | None, limit: int) -> list[Story]: ...

    def summary(self, story_id: int, version: str) -> Summary | None: ...

    def save_summary(self, story_id: int, version: str, summary: Summary) -> None: ...


class Publisher(Protocol):
    """Delivers one digest to one chat on one platform."""

    platform: str

    async def send(self, target: ChatTarget, digest: Digest) -> None: ...
