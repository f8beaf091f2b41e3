"""Composing and delivering digests: a subscription's daily digest, or its instant alert after a poll.

Composing writes the rendered parts to the outbox together with the next due time; delivering sends what
the outbox holds. A restart between the two loses nothing and sends nothing twice. Windows end SETTLE
before the moment of composing, so a story another writer stamped just before that moment but had not yet
committed is never skipped: it falls in the next window.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.core.domain import Delivery, Digest, DigestKind, Story, Subscription
from bot.core.errors import ChatGone, DeliveryError
from bot.core.ports import OutboxStore, Publisher, SubscriptionStore
from bot.core.schedule_math import next_run
from bot.core.stories import StoryService
from bot.core.subscriptions import SubscriptionService
from bot.summarizer.text import fold

log = logging.getLogger(__name__)
MAX_DIGEST_STORIES = 25
SEND_CONCURRENCY = 64
STREAM_CHECK = 0.2  # seconds between looks at what composing has queued meanwhile
DRAIN_CHECK = 1.0  # seconds between looks at digests another sender holds
CLAIM_BATCH = 200  # digests claimed at a time: small enough that a sender finishes well within its lease
RETRY_BASE = timedelta(seconds=5)
RETRY_CAP = timedelta(hours=1)
# A window ends this long before composing: longer than any story's write takes to commit (SQLite waits
# up to 5 s for a lock), so every story stamped before the end is visible when the window is read.
SETTLE = timedelta(seconds=6)


def retry_delay(attempt: int, jitter: Callable[[], float] = random.random) -> timedelta:
    """Exponential backoff with jitter for a transient failure: 5 s, 10 s, 20 s … capped at an hour,
    each between half and one and a half of that, so failed chats do not retry in lockstep."""
    base = min(RETRY_BASE * (1 << min(max(attempt - 1, 0), 20)), RETRY_CAP)
    return base * (0.5 + jitter())


@dataclass
class DeliveryReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    chats_gone: int = 0


def folded_text(story: Story) -> str:
    """A story's title and body as filters match them: accent- and case-free."""
    return fold(f"{story.title or ''}\n{story.body}")


def passes_filters(story: Story, include: tuple[str, ...], exclude: tuple[str, ...], folded: str | None = None) -> bool:
    """Accent- and case-free whole-word matching on title and body: `han quoc` matches `Hàn Quốc`.
    `folded` is `folded_text(story)` when the caller keeps it across subscribers."""
    if not include and not exclude:
        return True
    haystack = folded if folded is not None else folded_text(story)

    def found(word: str) -> bool:
        return re.search(rf"(?<!\w){re.escape(fold(word))}(?!\w)", haystack) is not None

    if include and not any(found(w) for w in include):
        return False
    return not any(found(w) for w in exclude)


def in_sections(story: Story, sections: tuple[str, ...]) -> bool:
    """A subscription with no sections takes every story; one with sections, the stories those sections'
    feeds carried."""
    return not sections or any(section in story.sections for section in sections)


@dataclass
class _ComposePass:
    """What one compose pass shares between subscribers."""

    until: datetime
    pool: list[Story] = field(default_factory=list)
    folded: dict[int, str] = field(default_factory=dict)
    summarized: dict[int, Story] = field(default_factory=dict)
    rendered: dict[tuple[str, str, DigestKind, tuple[int, ...]], list[str]] = field(default_factory=dict)


class DigestService:
    """Digests and instant alerts for every chat platform, composed into the outbox and delivered from it."""

    def __init__(
        self,
        stories: StoryService,
        subscriptions: SubscriptionService,
        outbox: OutboxStore,
        *,
        send_empty: bool,
        clock: Callable[[], datetime],
        claim_lease: timedelta = timedelta(seconds=120),
        settle: timedelta = SETTLE,
    ) -> None:
        self.stories = stories
        self._settle = settle
        self.subscriptions = subscriptions
        self._store: SubscriptionStore = subscriptions.store
        self.outbox = outbox
        self._claim_lease = claim_lease
        self.sender_id = stories.instance_id  # names this process's claims in the outbox
        self._send_empty = send_empty
        self._clock = clock
        self._instant_until: datetime | None = None  # every story before this was offered to instant subscribers

    # composing --------------------------------------------------------------------------------------
    def compose_due(self, publishers: Mapping[str, Publisher], *, force: bool = False) -> int:
        """Queue the digest of every due daily subscription whose platform is running; returns how many.

        One pass keeps what subscribers share: the stories of a window, each story's summary and folded
        text, and each distinct rendering (platform, language, kind, stories), so the cost grows with
        distinct digests, not with subscribers; the outbox stores each rendered payload once, too.
        """
        now = self._clock()
        return self._compose_all(self._store.due(now, force=force), publishers, now, "digest")

    def compose_instant(self, publishers: Mapping[str, Publisher], *, retagged: bool = False) -> int:
        """Queue, for every instant subscription, the new stories that pass its sections and keywords, as
        one message per batch; a subscription with nothing new gets nothing (and no outbox row), so its window
        stays open. When no story arrived since the last pass, nothing is read but the newest story's time,
        unless stored stories were just put in a section (`retagged`): a section subscriber whose window still
        holds them gets them now."""
        now = self._clock()
        newest = self.stories.store.stories_seen_since(None, 1)
        if not newest or (
            not retagged and self._instant_until is not None and newest[0].first_seen < self._instant_until
        ):
            return 0
        queued = self._compose_all(self._store.instant(), publishers, now, "instant")
        self._instant_until = now - self._settle
        return queued

    def _compose_all(
        self, subscriptions: list[Subscription], publishers: Mapping[str, Publisher], now: datetime, kind: DigestKind
    ) -> int:
        shared = _ComposePass(until=now - self._settle)
        windows = [s.last_digest_at for s in subscriptions]
        if windows:  # one query for the widest window; each subscriber's is a slice of it
            earliest = None if None in windows else min(w for w in windows if w is not None)
            pool = self.stories.store.stories_seen_since(earliest, MAX_DIGEST_STORIES * 4)
            shared.pool = [s for s in pool if s.first_seen < shared.until]
        if kind == "instant" and not shared.pool:
            return 0
        queued = 0
        for subscription in subscriptions:
            publisher = publishers.get(subscription.target.platform)
            if publisher is None:
                continue
            try:
                queued += self._compose(subscription, publisher, now, shared, kind)
            except Exception:
                log.exception("chat=%s digest could not be composed", subscription.target.chat_id)
        return queued

    def _chosen(self, subscription: Subscription, shared: _ComposePass) -> list[Story]:
        """This subscription's stories: its window's prefix of the pool (newest first), in its sections,
        through its keywords, at most MAX_DIGEST_STORIES."""
        since = subscription.last_digest_at
        candidates = [
            s for s in shared.pool if (since is None or s.first_seen >= since) and in_sections(s, subscription.sections)
        ]
        if subscription.include or subscription.exclude:
            for story in candidates:
                if story.id not in shared.folded:
                    shared.folded[story.id] = folded_text(story)
            candidates = [
                s for s in candidates
                if passes_filters(s, subscription.include, subscription.exclude, shared.folded[s.id])
            ]  # fmt: skip
        return candidates[:MAX_DIGEST_STORIES]

    def _compose(
        self, subscription: Subscription, publisher: Publisher, now: datetime, shared: _ComposePass, kind: DigestKind
    ) -> int:
        chosen = self._chosen(subscription, shared)
        if kind == "instant" and not chosen:
            return 0
        missing = [s for s in chosen if s.id not in shared.summarized]
        shared.summarized.update((s.id, s) for s in self.stories.with_summaries(missing))
        stories = tuple(shared.summarized[s.id] for s in chosen)
        next_due = None if kind == "instant" else next_run(subscription.digest_times, subscription.timezone, now)
        parts: list[str] = []
        if stories or self._send_empty:
            key = (publisher.platform, subscription.language, kind, tuple(s.id for s in stories))
            if key not in shared.rendered:
                digest = Digest(stories=stories, since=subscription.last_digest_at, until=shared.until, kind=kind)
                shared.rendered[key] = publisher.render(digest, subscription.language)
            parts = shared.rendered[key]
        recorded = self.outbox.record_digest(
            subscription,
            window_start=subscription.last_digest_at,
            now=now,
            story_ids=[s.id for s in stories],
            parts=parts,
            next_due=next_due,
            window_end=shared.until,
        )
        if recorded is None:
            log.info("chat=%s digest already composed by another process", subscription.target.chat_id)
            return 0
        if parts:
            self.stories.telemetry.digest_composed(subscription.target.platform)
        return 1 if parts else 0

    async def deliver(
        self, publishers: Mapping[str, Publisher], *, drain: bool = False, into: DeliveryReport | None = None
    ) -> DeliveryReport:
        """Send everything the outbox holds, each digest's parts in order, chats concurrently.

        Digests are claimed a batch at a time (`Deliveries.claim`), so several processes share the outbox
        without sending a part twice. Each part is marked `sending` (committed) just before the platform
        call and `sent` right after it, so a crash can resend only the parts that were in flight.
        Platforms are isolated: an unexpected failure in one is logged and the others still deliver.
        With `drain` (`send-digests`), digests claimed by another sender are waited for: if that sender
        dies, its claims run out and this one sends them, so the command ends with the outbox delivered.
        """
        report = into if into is not None else DeliveryReport()
        limit = asyncio.Semaphore(SEND_CONCURRENCY)
        for platform, publisher in publishers.items():
            try:
                await self._deliver_platform(platform, publisher, limit, report)
                while drain and (
                    expiry := await asyncio.to_thread(self.outbox.next_claim_expiry, platform, self._clock())
                ):
                    # Check again within a second: the other sender usually finishes long before its lease.
                    await asyncio.sleep(min(DRAIN_CHECK, max(0.0, (expiry - self._clock()).total_seconds()) + 0.05))
                    await self._deliver_platform(platform, publisher, limit, report)
            except Exception:
                log.exception("platform=%s delivery stopped by an unexpected error; the others go on", platform)
        return report

    async def _deliver_platform(
        self, platform: str, publisher: Publisher, limit: asyncio.Semaphore, report: DeliveryReport
    ) -> None:
        while True:
            claimed = await asyncio.to_thread(
                self.outbox.claim, platform, self.sender_id, self._clock(), self._claim_lease, CLAIM_BATCH
            )
            if not claimed:
                return
            by_digest: dict[int, list[Delivery]] = {}
            for delivery in claimed:
                by_digest.setdefault(delivery.digest_id, []).append(delivery)

            async def send_digest(digest_id: int, parts: list[Delivery]) -> None:
                async with limit:
                    retry_at = await self._send_parts(parts, publisher, report)
                await asyncio.to_thread(self.outbox.release, digest_id, retry_at=retry_at)

            await asyncio.gather(*(send_digest(d, parts) for d, parts in by_digest.items()))

    async def _send_parts(self, parts: list[Delivery], publisher: Publisher, report: DeliveryReport) -> datetime | None:
        """Send one digest's parts in order; returns when to try again after a transient failure."""
        for delivery in parts:
            await asyncio.to_thread(self.outbox.mark_sending, delivery.id)
            try:
                await publisher.send(delivery.target, delivery.payload)
            except ChatGone as exc:
                await asyncio.to_thread(self.subscriptions.chat_gone, delivery.target, str(exc))
                report.chats_gone += 1
                return None
            except DeliveryError as exc:
                log.warning(
                    "platform=%s chat=%s delivery=%d part=%d not sent (%s): %s",
                    delivery.target.platform, delivery.target.chat_id, delivery.id, delivery.part,
                    "permanent" if exc.permanent else "will retry", exc,
                )  # fmt: skip
                await asyncio.to_thread(self.outbox.mark_retry, delivery.id, str(exc), permanent=exc.permanent)
                if exc.permanent:
                    report.failed += 1
                    self.stories.telemetry.message_failed(delivery.target.platform)
                    continue
                report.retried += 1
                self.stories.telemetry.message_retried(delivery.target.platform)
                return self._clock() + retry_delay(delivery.attempts + 1)  # later parts wait, so order holds
            sent_at = self._clock()
            await asyncio.to_thread(self.outbox.mark_sent, delivery.id, sent_at)
            report.sent += 1
            latency = (sent_at - delivery.created).total_seconds() if delivery.created else None
            self.stories.telemetry.message_sent(delivery.target.platform, latency)
        return None

    async def send_instant(self, publishers: Mapping[str, Publisher], *, retagged: bool = False) -> DeliveryReport:
        """After a poll: queue the instant alerts its new (or newly sectioned: `retagged`) stories make, and
        deliver them as they queue."""
        return await self._compose_while_delivering(
            lambda: self.compose_instant(publishers, retagged=retagged), publishers
        )

    async def send_due(
        self, publishers: Mapping[str, Publisher], *, force: bool = False, drain: bool = False
    ) -> DeliveryReport:
        """Compose every due digest (and any instant alert waiting) and deliver the whole outbox, earlier
        retries included."""

        def compose() -> int:
            return self.compose_due(publishers, force=force) + self.compose_instant(publishers)

        return await self._compose_while_delivering(compose, publishers, drain=drain)

    async def _compose_while_delivering(
        self, compose: Callable[[], int], publishers: Mapping[str, Publisher], *, drain: bool = False
    ) -> DeliveryReport:
        """Sending starts while composing goes on: composing runs in a worker thread, and what it has
        queued is claimed and sent meanwhile, so the first chats get their message within moments even
        when ten thousand are being composed."""
        report = DeliveryReport()
        composing = asyncio.ensure_future(asyncio.to_thread(compose))
        while not composing.done():
            await self.deliver(publishers, into=report)
            await asyncio.wait({composing}, timeout=STREAM_CHECK)
        composing.result()  # a composing failure is raised here, after what was queued went out
        return await self.deliver(publishers, drain=drain, into=report)
