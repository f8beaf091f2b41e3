"""The narrow interfaces the core depends on; adapters and the store implement them.

Keeping these as Protocols lets the service run against the real SQL store and real HTTP readers in
tests, without the core ever importing SQLAlchemy, httpx or a chat library.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Protocol

from bot.core.domain import (
    Candidate,
    ChatTarget,
    Delivery,
    Digest,
    FeedFetch,
    FeedItem,
    FeedState,
    OutboxEntry,
    SectionTags,
    SeedFile,
    Story,
    Subscription,
)
from bot.summarizer.model import Summary


class FeedReader(Protocol):
    """Fetches a feed (conditionally) and the full text of its items."""

    async def fetch_feed(self, state: FeedState) -> FeedFetch: ...

    async def full_text(self, item: FeedItem, feed_url: str) -> Candidate: ...


class SeedSource(Protocol):
    """Lists the seed files as they are now."""

    def scan(self) -> list[SeedFile]: ...


class FeedStore(Protocol):
    """What the service remembers about each feed: validators, backoff, and who polls it now."""

    def feed_state(self, url: str) -> FeedState: ...

    def feed_states(self, urls: Sequence[str]) -> list[FeedState]: ...

    def save_feed_state(self, state: FeedState) -> None: ...

    def lease_feed(self, url: str, owner: str, now: datetime, until: datetime) -> bool: ...

    def release_feed(self, url: str, owner: str) -> None: ...


class StoryStore(Protocol):
    """Stories, stored once each, and their summaries."""

    def known_items(self, url_keys: Sequence[str], guids: Sequence[str]) -> tuple[set[str], set[str]]: ...

    def add_story(self, candidate: Candidate, body_hash: str, now: datetime) -> tuple[Story, bool]: ...

    def seed_file(self, path: str) -> tuple[int, str] | None: ...

    def record_seed_file(self, path: str, story_id: int, body_hash: str) -> None: ...

    def replace_body(self, story_id: int, candidate: Candidate, body_hash: str) -> Story | None: ...

    def stories_seen_since(self, since: datetime | None, limit: int, section: str | None = None) -> list[Story]: ...

    def tag_section(self, url_keys: Sequence[str], guids: Sequence[str], section: str) -> SectionTags: ...

    def summary(self, story_id: int, version: str) -> Summary | None: ...

    def save_summary(self, story_id: int, version: str, summary: Summary) -> None: ...


class StorySearch(Protocol):
    """Stored stories by the words they hold (folded, whole words, all of them), newest first."""

    def search(self, words: Sequence[str], limit: int) -> list[Story]: ...


class Publisher(Protocol):
    """One chat platform's way out: render a digest into message payloads, then send each payload.

    Rendering and sending are separate so the rendered payloads (Telegram HTML, Discord message JSON) can
    wait in the durable outbox and be sent (and retried) one by one. `send` raises ChatGone when the chat
    blocked or removed the bot and DeliveryError for anything else; rate limits are retried inside the
    adapter.
    """

    platform: str

    def render(self, digest: Digest, lang: str) -> list[str]: ...

    async def send(self, target: ChatTarget, payload: str) -> None: ...


class ChatPlatform(Publisher, Protocol):
    """A chat platform the bot runs beside the others in one event loop.

    `connect` makes it ready to send (checking the token) without taking updates, for `send-digests`;
    `start` also takes commands; `stop` undoes either, bounded in time, and is safe to call twice.
    """

    async def connect(self) -> None: ...

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    def is_ready(self) -> bool:
        """Up and able to send (for /healthz)."""
        ...


class PageFetcher(Protocol):
    """Fetches one article a reader asked for, refusing addresses the bot must not reach."""

    async def fetch(self, url: str) -> Candidate: ...


class SubscriptionStore(Protocol):
    """Subscriptions and each chat's language."""

    def get(self, target: ChatTarget) -> Subscription | None: ...

    def upsert(self, target: ChatTarget, defaults: Subscription, now: datetime) -> tuple[Subscription, bool]: ...

    def save(self, subscription: Subscription) -> Subscription: ...

    def deactivate(self, target: ChatTarget) -> bool: ...

    def due(self, now: datetime, *, force: bool = False) -> list[Subscription]: ...

    def instant(self) -> list[Subscription]: ...

    def start_window(self, subscription_id: int, at: datetime) -> None: ...

    def language(self, platform: str, chat_id: str) -> str | None: ...

    def set_language(self, platform: str, chat_id: str, language: str) -> None: ...


class OutboxStore(Protocol):
    """Composed digests and their message parts, waiting to be sent, claimed by one sender at a time."""

    def record_digest(
        self,
        subscription: Subscription,
        *,
        window_start: datetime | None,
        now: datetime,
        story_ids: Sequence[int],
        parts: Sequence[str],
        next_due: datetime | None,
        window_end: datetime | None = None,
    ) -> int | None: ...

    def pending(self, platform: str, limit: int = 10_000) -> list[Delivery]: ...

    def claim(self, platform: str, owner: str, now: datetime, lease: timedelta, limit: int) -> list[Delivery]: ...

    def release(self, digest_id: int, *, retry_at: datetime | None = None) -> None: ...

    def next_claim_expiry(self, platform: str, now: datetime) -> datetime | None: ...

    def mark_sending(self, delivery_id: int) -> None: ...

    def mark_sent(self, delivery_id: int, now: datetime) -> None: ...

    def mark_retry(self, delivery_id: int, error: str, *, permanent: bool = False) -> None: ...

    def fail_chat(self, target: ChatTarget, error: str) -> None: ...

    def outbox(self, limit: int = 50) -> list[OutboxEntry]: ...

    def requeue(self, delivery_ids: Sequence[int] | None) -> int: ...

    def prune(self, delivered_before: datetime) -> int: ...

    def delivery_counts(self) -> dict[str, int]: ...


class Telemetry(Protocol):
    """What the core tells operators about its work; the composition root decides where it goes
    (Prometheus metrics in `newsbot run`, nowhere in one-shot commands)."""

    def feed_polled(self, *, failed: bool) -> None: ...

    def stories_ingested(self, count: int) -> None: ...

    def summary_made(self) -> None: ...

    def digest_composed(self, platform: str) -> None: ...

    def message_sent(self, platform: str, latency_seconds: float | None) -> None: ...

    def message_failed(self, platform: str) -> None: ...

    def message_retried(self, platform: str) -> None: ...


class NoTelemetry:
    """Telemetry that goes nowhere."""

    def feed_polled(self, *, failed: bool) -> None:
        return None

    def stories_ingested(self, count: int) -> None:
        return None

    def summary_made(self) -> None:
        return None

    def digest_composed(self, platform: str) -> None:
        return None

    def message_sent(self, platform: str, latency_seconds: float | None) -> None:
        return None

    def message_failed(self, platform: str) -> None:
        return None

    def message_retried(self, platform: str) -> None:
        return None


class UpdatesGate(Protocol):
    """Whether this instance may take a platform's updates now: one instance at a time long-polls Telegram
    or holds a Discord gateway session (per shard set). `acquire` also renews; call it every
    `renew_every` seconds."""

    renew_every: float

    async def acquire(self) -> bool: ...

    async def release(self) -> None: ...
