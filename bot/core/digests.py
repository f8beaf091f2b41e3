"""Use cases for readers: subscriptions, their settings, and composing and delivering daily digests.

Composing writes the rendered parts to the outbox together with the next due time; delivering sends what
the outbox holds. A restart between the two loses nothing and sends nothing twice.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from bot.core.domain import ChatTarget, Delivery, Digest, Story, Subscription
from bot.core.errors import ChatGone, DeliveryError
from bot.core.i18n import LANGUAGES, t
from bot.core.ports import OutboxStore, Publisher, SubscriptionStore
from bot.core.schedule_math import is_time_zone, next_daily_run, parse_hhmm
from bot.core.stories import StoryService
from bot.summarizer.text import fold

log = logging.getLogger(__name__)
FIRST_DIGEST_WINDOW = timedelta(hours=24)
MAX_DIGEST_STORIES = 25
MAX_FILTER_WORDS = 20
SEND_CONCURRENCY = 64
STREAM_CHECK = 0.2  # seconds between looks at what composing has queued meanwhile
DRAIN_CHECK = 1.0  # seconds between looks at digests another sender holds
CLAIM_BATCH = 200  # digests claimed at a time: small enough that a sender finishes well within its lease
RETRY_BASE = timedelta(seconds=5)
RETRY_CAP = timedelta(hours=1)


def retry_delay(attempt: int, jitter: Callable[[], float] = random.random) -> timedelta:
    """Exponential backoff with jitter for a transient failure: 5 s, 10 s, 20 s … capped at an hour,
    each between half and one and a half of that, so failed chats do not retry in lockstep."""
    base = min(RETRY_BASE * (1 << min(max(attempt - 1, 0), 20)), RETRY_CAP)
    return base * (0.5 + jitter())


class SettingError(ValueError):
    """A settings value a reader typed that cannot be used; `key` names the i18n sentence to answer."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


@dataclass
class DeliveryReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    chats_gone: int = 0


def parse_words(text: str) -> tuple[str, ...]:
    """Comma-separated plain words or phrases; `-` or empty clears. No patterns: words are matched as words."""
    if text.strip() in ("", "-"):
        return ()
    words = tuple(dict.fromkeys(" ".join(w.split()) for w in text.split(",") if w.strip()))
    if len(words) > MAX_FILTER_WORDS or any(len(w) > 60 or not w.isprintable() for w in words):
        raise SettingError("settings.bad_words", limit=MAX_FILTER_WORDS)
    return words


def describe_settings(current: Subscription | None, lang: str, key: str = "settings.show") -> str:
    """A chat's settings as one plain-text sentence (`key` chooses the platform's wording of how to change
    them), or the hint to subscribe first."""
    if current is None:
        return t("settings.need_subscription", lang)
    none = t("settings.none", lang)
    return t(
        key,
        lang,
        time=current.digest_time,
        zone=current.timezone,
        language=lang,
        include=", ".join(current.include) or none,
        exclude=", ".join(current.exclude) or none,
    )


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


@dataclass
class _ComposePass:
    """What one compose pass shares between subscribers."""

    pool: list[Story] = field(default_factory=list)
    folded: dict[int, str] = field(default_factory=dict)
    summarized: dict[int, Story] = field(default_factory=dict)
    rendered: dict[tuple[str, str, tuple[int, ...]], list[str]] = field(default_factory=dict)


class DigestService:
    """Subscriptions and daily digests for every chat platform."""

    def __init__(
        self,
        stories: StoryService,
        subscriptions: SubscriptionStore,
        outbox: OutboxStore,
        *,
        default_time: str,
        default_zone: str,
        send_empty: bool,
        clock: Callable[[], datetime],
        claim_lease: timedelta = timedelta(seconds=120),
    ) -> None:
        self.stories = stories
        self.subscriptions = subscriptions
        self.outbox = outbox
        self._claim_lease = claim_lease
        self.sender_id = stories.instance_id  # names this process's claims in the outbox
        self._default_time = default_time
        self._default_zone = default_zone
        self._send_empty = send_empty
        self._clock = clock

    # chats and subscriptions -------------------------------------------------------------------------
    def language(self, platform: str, chat_id: str, fallback: str = "vi") -> str:
        return self.subscriptions.language(platform, chat_id) or fallback

    def subscribe(self, target: ChatTarget, language: str) -> tuple[Subscription, bool]:
        now = self._clock()
        existing = self.subscriptions.get(target)
        time_, zone = (
            (existing.digest_time, existing.timezone) if existing else (self._default_time, self._default_zone)
        )
        defaults = Subscription(
            id=0,
            target=target,
            language=language,
            digest_time=time_,
            timezone=zone,
            next_due=next_daily_run(time_, zone, now),
            last_digest_at=now - FIRST_DIGEST_WINDOW,
        )
        return self.subscriptions.upsert(target, defaults, now)

    def unsubscribe(self, target: ChatTarget) -> bool:
        return self.subscriptions.deactivate(target)

    def chat_gone(self, target: ChatTarget, reason: str) -> None:
        """The platform says the chat blocked or removed the bot: stop writing to it."""
        self.outbox.fail_chat(target, reason)
        log.warning(
            "platform=%s chat=%s is gone, subscription deactivated: %s", target.platform, target.chat_id, reason
        )

    def subscription(self, target: ChatTarget) -> Subscription | None:
        found = self.subscriptions.get(target)
        return found if found and found.active else None

    def change_setting(self, target: ChatTarget, name: str, value: str) -> Subscription | None:
        """Apply one typed setting. Language works without a subscription; the others need one."""
        value = value.strip()
        if name == "language":
            if value not in LANGUAGES:
                raise SettingError("settings.bad_language")
            self.subscriptions.set_language(target.platform, target.chat_id, value)
            return self.subscription(target)
        current = self.subscription(target)
        if current is None:
            raise SettingError("settings.need_subscription")
        if name == "time":
            try:
                parse_hhmm(value)
            except ValueError:
                raise SettingError("settings.bad_time") from None
            changed = replace(current, digest_time=value.zfill(5))
        elif name == "timezone":
            if not is_time_zone(value):
                raise SettingError("settings.bad_timezone", zone=value[:64])
            changed = replace(current, timezone=value)
        elif name == "include":
            changed = replace(current, include=parse_words(value))
        elif name == "exclude":
            changed = replace(current, exclude=parse_words(value))
        else:
            raise SettingError("settings.unknown")
        changed = replace(changed, next_due=next_daily_run(changed.digest_time, changed.timezone, self._clock()))
        return self.subscriptions.save(changed)

    # digests -----------------------------------------------------------------------------------------
    def compose_due(self, publishers: Mapping[str, Publisher], *, force: bool = False) -> int:
        """Queue the digest of every due subscription whose platform is running; returns how many.

        One pass keeps what subscribers share: the stories of a window, each story's summary and folded
        text, and each distinct rendering (platform, language, stories), so the cost grows with distinct
        digests, not with subscribers; the outbox stores each rendered payload once, too.
        """
        now = self._clock()
        queued = 0
        shared = _ComposePass()
        due = self.subscriptions.due(now, force=force)
        windows = [s.last_digest_at for s in due]
        if windows:  # one query for the widest window; each subscriber's is a slice of it
            earliest = None if None in windows else min(w for w in windows if w is not None)
            shared.pool = self.stories.store.stories_seen_since(earliest, MAX_DIGEST_STORIES * 4)
        for subscription in due:
            publisher = publishers.get(subscription.target.platform)
            if publisher is None:
                continue
            try:
                queued += self._compose(subscription, publisher, now, shared)
            except Exception:
                log.exception("chat=%s digest could not be composed", subscription.target.chat_id)
        return queued

    def _compose(self, subscription: Subscription, publisher: Publisher, now: datetime, shared: _ComposePass) -> int:
        since = subscription.last_digest_at
        # The pool holds the newest stories of the widest window, newest first: those of this window are
        # its prefix seen at or after `since`.
        candidates = [s for s in shared.pool if since is None or s.first_seen >= since]
        if subscription.include or subscription.exclude:
            for story in candidates:
                if story.id not in shared.folded:
                    shared.folded[story.id] = folded_text(story)
            chosen = [
                s for s in candidates
                if passes_filters(s, subscription.include, subscription.exclude, shared.folded[s.id])
            ]  # fmt: skip
        else:
            chosen = candidates
        chosen = chosen[:MAX_DIGEST_STORIES]
        missing = [s for s in chosen if s.id not in shared.summarized]
        shared.summarized.update((s.id, s) for s in self.stories.with_summaries(missing))
        stories = tuple(shared.summarized[s.id] for s in chosen)
        next_due = next_daily_run(subscription.digest_time, subscription.timezone, now)
        parts: list[str] = []
        if stories or self._send_empty:
            key = (publisher.platform, subscription.language, tuple(s.id for s in stories))
            if key not in shared.rendered:
                digest = Digest(stories=stories, since=since, until=now)
                shared.rendered[key] = publisher.render(digest, subscription.language)
            parts = shared.rendered[key]
        recorded = self.outbox.record_digest(
            subscription,
            window_start=since,
            now=now,
            story_ids=[s.id for s in stories],
            parts=parts,
            next_due=next_due,
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
                await asyncio.to_thread(self.chat_gone, delivery.target, str(exc))
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

    async def send_due(
        self, publishers: Mapping[str, Publisher], *, force: bool = False, drain: bool = False
    ) -> DeliveryReport:
        """Compose every due digest and deliver the whole outbox (earlier retries included).

        Sending starts while composing goes on: composing runs in a worker thread, and what it has
        queued is claimed and sent meanwhile, so the first chats get their digest within moments even
        when ten thousand are being composed.
        """
        report = DeliveryReport()
        composing = asyncio.ensure_future(asyncio.to_thread(self.compose_due, publishers, force=force))
        while not composing.done():
            await self.deliver(publishers, into=report)
            await asyncio.wait({composing}, timeout=STREAM_CHECK)
        composing.result()  # a composing failure is raised here, after what was queued went out
        return await self.deliver(publishers, drain=drain, into=report)
