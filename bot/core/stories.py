"""Use cases for stories: ingest every source, summarize, and compose digests.

The service owns the rules (de-duplication, backoff, windows) and talks to the outside only through the
ports, so the same code runs under the CLI, the scheduler and the chat adapters.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.core.dedupe import body_hash
from bot.core.domain import Candidate, Digest, FeedItem, FeedState, SectionTags, SourceReport, Story
from bot.core.errors import EmptyStory, NewsbotError
from bot.core.ports import FeedReader, FeedStore, NoTelemetry, SeedSource, StoryStore, Telemetry
from bot.core.urls import item_key
from bot.summarizer.core import SUMMARIZER_VERSION, plain_summary, summarize
from bot.summarizer.model import Summary
from bot.summarizer.text import MAX_SUMMARY_INPUT, cap_text, nfc, printable

log = logging.getLogger(__name__)
MAX_BACKOFF = timedelta(hours=6)
MAX_STORY_CHARS = MAX_SUMMARY_INPUT  # what is stored is what is summarized and filtered
MAX_TITLE_CHARS = 500
RECENTLY_STORED = 10_000
FEED_LEASE = timedelta(minutes=10)  # longer than any one feed's poll; released as soon as it ends


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_instance_id() -> str:
    """Names this process in claims and leases; unique even for two processes on one host."""
    return f"{socket.gethostname()[:32]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def backoff_delay(failures: int, base: timedelta) -> timedelta:
    """Exponential backoff: base, 2×base, 4×base, … capped at six hours (or base, if larger)."""
    delay: timedelta = base * (2 ** min(max(failures - 1, 0), 16))
    return min(delay, max(MAX_BACKOFF, base))


class StoryService:
    """Ingest and read stories; one instance per process, built by the composition root.

    Store work and summarizing are blocking calls; the async entry points run them in worker threads so
    a slow database or a hostile story never stalls the event loop that chat commands share.
    """

    def __init__(
        self,
        store: StoryStore,
        *,
        feeds: FeedStore,
        feed_reader: FeedReader | None,
        feed_urls: Sequence[str],
        seeds: SeedSource,
        section_feeds: Mapping[str, str] | None = None,
        poll_interval: timedelta,
        max_items_per_poll: int = 100,
        clock: Callable[[], datetime] = utc_now,
        telemetry: Telemetry | None = None,
        instance_id: str | None = None,
        summarizer: Callable[..., Summary] = summarize,
    ) -> None:
        self.store = store
        self._summarizer = summarizer
        self.feeds = feeds
        self._feed_reader = feed_reader
        # Section feeds are polled like the others; each story they carry is tagged with the section.
        self._sections = {url: slug for slug, url in (section_feeds or {}).items()}
        self._feed_urls = list(dict.fromkeys([*feed_urls, *self._sections]))
        self._seeds = seeds
        self._poll_interval = poll_interval
        self._max_items = max_items_per_poll
        self._clock = clock
        self.telemetry: Telemetry = telemetry or NoTelemetry()
        self.instance_id = instance_id or new_instance_id()
        # Items being fetched right now, by key: a second feed carrying the same story waits for the
        # first fetch instead of fetching the page again (KBS's section feeds overlap the all-news feed).
        self._in_flight: dict[str, asyncio.Future[None]] = {}
        self._stored: dict[str, None] = {}  # the last RECENTLY_STORED claims stored, oldest first

    # ingest ------------------------------------------------------------------------------------------
    async def poll(self, *, force: bool = False) -> list[SourceReport]:
        """Ingest every source once. One bad source is reported and skipped; the rest goes on."""
        reports = list(await asyncio.gather(*(self._poll_feed(url, force) for url in self._feed_urls)))
        for report in reports:
            if not report.status.startswith(("backing off", "polled by another")):
                self.telemetry.feed_polled(failed=report.status.startswith("failed"))
        reports.append(await asyncio.to_thread(self._poll_seeds))
        self.telemetry.stories_ingested(sum(r.new for r in reports))
        return reports

    async def _poll_feed(self, url: str, force: bool) -> SourceReport:
        section = self._sections.get(url)
        report = SourceReport(name=f"{url} (section {section})" if section else url)
        state = await asyncio.to_thread(self.feeds.feed_state, url)
        now = self._clock()
        if not force and state.next_attempt and state.next_attempt > now:
            report.status = f"backing off until {state.next_attempt.isoformat(timespec='seconds')}"
            return report
        if self._feed_reader is None:
            report.status = "no reader"
            return report
        leased = await asyncio.to_thread(self.feeds.lease_feed, url, self.instance_id, now, now + FEED_LEASE)
        if not leased:  # several instances share one database: one polls this feed at a time
            report.status = "polled by another instance"
            return report
        try:
            return await self._poll_leased(url, state, report)
        finally:
            await asyncio.to_thread(self.feeds.release_feed, url, self.instance_id)

    async def _poll_leased(self, url: str, state: FeedState, report: SourceReport) -> SourceReport:
        reader = self._feed_reader
        assert reader is not None
        try:
            fetched = await reader.fetch_feed(state)
        except NewsbotError as exc:
            return await asyncio.to_thread(self._feed_failed, state, report, str(exc))
        except Exception as exc:  # a bug in one feed's handling must not stop the others
            log.exception("feed=%s unexpected failure", url)
            return await asyncio.to_thread(self._feed_failed, state, report, f"{type(exc).__name__}: {exc}")
        validators = (fetched.etag, fetched.last_modified)
        if fetched.not_modified:
            report.status = "not modified"
        elif not fetched.items and not fetched.skipped:
            report.status = "empty"
            log.warning("feed=%s is empty: no items", url)
        else:
            report.skipped += fetched.skipped
            await self._ingest_items(url, fetched.items, report)
            section = self._sections.get(url)
            tags = await self._tag(fetched.items, section) if section is not None else None
            if tags is not None:
                # a story the all-news feed (or another section) brought first is new to this section's
                # instant subscribers now
                report.tagged = max(0, tags.added - report.new)
            if tags is not None and tags.stories < report.new + report.unchanged:
                # A story another instance is storing right now could not be tagged: the next poll must
                # read the whole feed again, not get a 304, so it is tagged then.
                validators = (None, None)
            if report.deferred:
                # Items wait for the next poll: it must fetch the whole feed again, not get a 304.
                validators = (None, None)
        healthy = replace(
            state,
            etag=validators[0],
            last_modified=validators[1],
            last_success=self._clock(),
            failures=0,
            next_attempt=None,
        )
        await asyncio.to_thread(self.feeds.save_feed_state, healthy)
        return report

    async def _tag(self, items: Sequence[FeedItem], section: str) -> SectionTags:
        """Every story this section's feed carries is in the section, new or stored before (the all-news
        feed or another section may have brought it first); what the tagging did."""
        keys = [key for item in items if (key := item_key(item))]
        guids = [item.guid for item in items if item.guid]
        try:
            return await asyncio.to_thread(self.store.tag_section, keys, guids, section)
        except Exception:  # a tag that did not stick is retried by the next poll that reads the feed
            log.exception("section=%s stories could not be tagged", section)
            return SectionTags(stories=0, added=0)

    def _feed_failed(self, state: FeedState, report: SourceReport, reason: str) -> SourceReport:
        failures = state.failures + 1
        now = self._clock()
        next_attempt = now + backoff_delay(failures, self._poll_interval)
        log.warning("feed=%s failed (%d in a row), next attempt %s: %s", state.url, failures, next_attempt, reason)
        self.feeds.save_feed_state(
            replace(state, last_error=reason, last_error_at=now, failures=failures, next_attempt=next_attempt)
        )
        report.failed += 1
        report.status = f"failed: {reason}"
        report.errors.append(reason)
        return report

    async def _ingest_items(self, feed_url: str, items: Sequence[FeedItem], report: SourceReport) -> None:
        keys = [(item_key(item), item.guid) for item in items]
        known_keys, known_guids = await asyncio.to_thread(
            self.store.known_items, [k for k, _ in keys if k], [g for _, g in keys if g]
        )
        fresh: list[tuple[str, FeedItem]] = []
        claims: set[str] = set()
        waits: list[asyncio.Future[None]] = []
        for item, (key, guid) in zip(items, keys, strict=True):
            claim = key or f"guid:{guid}"
            if (key and key in known_keys) or (guid and guid in known_guids):
                report.unchanged += 1
            elif claim in self._in_flight:
                report.unchanged += 1
                waits.append(self._in_flight[claim])
            elif claim in self._stored:
                report.unchanged += 1
            elif claim in claims:
                report.unchanged += 1  # the same story twice in one feed
            elif len(fresh) >= self._max_items:
                report.deferred += 1
            else:
                fresh.append((claim, item))
                claims.add(claim)
        if report.deferred:
            log.info(
                "feed=%s %d new items over the cap of %d wait for the next poll",
                feed_url,
                report.deferred,
                self._max_items,
            )
        loop = asyncio.get_running_loop()
        ours = {claim: loop.create_future() for claim, _item in fresh}
        self._in_flight.update(ours)  # claimed before the first await, so no other feed can slip in
        try:
            await asyncio.gather(*(self._claimed(claim, feed_url, item, report) for claim, item in fresh), *waits)
        finally:  # even when cancelled: a claim left behind would make the next poll wait forever
            for claim, future in ours.items():
                self._release(claim, future)

    async def _claimed(self, claim: str, feed_url: str, item: FeedItem, report: SourceReport) -> None:
        try:
            if await self._ingest_item(feed_url, item, report):
                # A feed whose store lookup ran before this story was stored must not fetch it again.
                self._stored[claim] = None
                while len(self._stored) > RECENTLY_STORED:
                    del self._stored[next(iter(self._stored))]
        finally:
            self._release(claim, self._in_flight.get(claim))

    def _release(self, claim: str, future: asyncio.Future[None] | None) -> None:
        if future is not None and self._in_flight.get(claim) is future:
            del self._in_flight[claim]
        if future is not None and not future.done():
            future.set_result(None)

    async def _ingest_item(self, feed_url: str, item: FeedItem, report: SourceReport) -> bool:
        """Fetch and store one item; True when it is stored (now or before)."""
        assert self._feed_reader is not None
        try:
            candidate = await self._feed_reader.full_text(item, feed_url)
            report.refused += candidate.refused
            _story, created = await asyncio.to_thread(self.ingest, candidate)
        except EmptyStory:
            log.warning("feed=%s story=%.200s skipped: no text in the page or the feed", feed_url, item.link)
            report.skipped += 1
            return False
        except Exception:
            log.exception("feed=%s story=%.200s could not be stored", feed_url, item.link)
            report.failed += 1
            return False
        if created:
            report.new += 1
        else:
            report.unchanged += 1
        return True

    def ingest(self, candidate: Candidate) -> tuple[Story, bool]:
        """Store one candidate once and summarize it when it is new. Text is cleaned here, the one door
        every source goes through: NFC, no control characters, and at most MAX_STORY_CHARS."""
        candidate = replace(
            candidate,
            body=cap_text(printable(nfc(candidate.body)), MAX_STORY_CHARS),
            title=printable(nfc(candidate.title))[:MAX_TITLE_CHARS] if candidate.title else None,
        )
        if not candidate.body.strip():
            raise EmptyStory("story has no text")
        story, created = self.store.add_story(candidate, body_hash(candidate.body), self._clock())
        if created:
            self.summary_of(story)
        return story, created

    def _poll_seeds(self) -> SourceReport:
        report = SourceReport(name="seeds")
        for seed in self._seeds.scan():
            if seed.candidate is None:
                log.warning("seed=%s skipped: %s", seed.name, seed.error)
                report.failed += 1
                report.errors.append(f"{seed.name}: {seed.error}")
                continue
            try:
                self._ingest_seed(seed.name, seed.candidate, report)
            except Exception:
                log.exception("seed=%s could not be stored", seed.name)
                report.failed += 1
        return report

    def _ingest_seed(self, name: str, candidate: Candidate, report: SourceReport) -> None:
        digest = body_hash(candidate.body)
        known = self.store.seed_file(name)
        if known and known[1] == digest:
            report.unchanged += 1
            return
        if known:
            updated = self.store.replace_body(known[0], candidate, digest)
            if updated is not None:
                self.store.record_seed_file(name, updated.id, digest)
                self.summary_of(updated)
                report.updated += 1
                return
        story, created = self.ingest(candidate)
        self.store.record_seed_file(name, story.id, digest)
        if created:
            report.new += 1
        else:
            report.unchanged += 1

    # read --------------------------------------------------------------------------------------------
    def summary_of(self, story: Story) -> Summary:
        """The story's summary, computed once per summarizer version and kept in the store (its title alone, not
        kept, when the summarizer fails on it)."""
        cached = self.store.summary(story.id, SUMMARIZER_VERSION)
        if cached is not None:
            return cached
        summary, made = self._summary(story)
        if made:  # a title sent in place of a summary is not kept: the next summarizer version tries again
            self.store.save_summary(story.id, SUMMARIZER_VERSION, summary)
            self.telemetry.summary_made()
        return summary

    def summarized(self, stories: Sequence[Story]) -> tuple[Story, ...]:
        """Summaries for stories that are not stored (an article a reader asked for)."""
        return tuple(replace(s, summary=self._summary(s)[0]) for s in stories)

    def _summary(self, story: Story) -> tuple[Summary, bool]:
        """The summarizer's summary and True; should it fail on the story (a bug the text tripped), the story told
        by its title alone and False, logged, so the digest it is in still goes out."""
        try:
            return self._summarizer(story.body, title=story.title, url=story.url, published=story.published), True
        except Exception:
            log.exception("story=%s url=%s could not be summarized; its title alone is sent", story.id, story.url)
            return plain_summary(story.body, title=story.title, url=story.url, published=story.published), False

    def with_summaries(self, stories: Sequence[Story]) -> tuple[Story, ...]:
        return tuple(replace(s, summary=self.summary_of(s)) for s in stories)

    def now(self) -> datetime:
        return self._clock()

    def digest(self, window: timedelta | None, *, limit: int = 50, section: str | None = None) -> Digest:
        """Stories first seen within `window` (all stories when None), newest first, summarized; only a
        section's when `section` is given."""
        since = self._clock() - window if window is not None else None
        return self.digest_since(since, limit=limit, section=section)

    def digest_since(self, since: datetime | None, *, limit: int = 50, section: str | None = None) -> Digest:
        """Stories first seen at or after `since`, newest first, summarized."""
        stories = self.store.stories_seen_since(since, limit, section)
        return Digest(stories=self.with_summaries(stories), since=since, until=self._clock())

    def latest_digest(self, *, window: timedelta = timedelta(hours=24), limit: int = 10, fallback: int = 5) -> Digest:
        """The on-demand digest: stories first seen in `window` (newest `limit`); when there are none,
        the `fallback` newest stories with `stale=True` so the caller can say so."""
        recent = self.digest(window, limit=limit)
        if recent.stories:
            return recent
        older = self.store.stories_seen_since(None, fallback)
        return Digest(stories=self.with_summaries(older), since=None, until=recent.until, stale=True)

    def newest(self, count: int) -> Digest:
        """The `count` newest stories, whatever their age."""
        return Digest(
            stories=self.with_summaries(self.store.stories_seen_since(None, count)), since=None, until=self._clock()
        )

    def feed_states(self) -> list[FeedState]:
        return self.feeds.feed_states(self._feed_urls)

    def section_of(self, url: str) -> str | None:
        """The section a feed URL stands for, if it is a section feed."""
        return self._sections.get(url)
