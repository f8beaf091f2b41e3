"""Use cases for stories: ingest every source, summarize, and compose digests.

The service owns the rules (de-duplication, backoff, windows) and talks to the outside only through the
ports, so the same code runs under the CLI, the scheduler and the chat adapters.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.dedupe import body_hash
from bot.domain import Candidate, Digest, FeedItem, FeedState, SourceReport, Story, Summary
from bot.errors import SourceError
from bot.ports import FeedReader, SeedSource, StoryStore
from bot.sources.urls import url_key
from bot.summarizer.core import SUMMARIZER_VERSION, summarize
from bot.summarizer.text import nfc

log = logging.getLogger(__name__)
MAX_BACKOFF = timedelta(hours=6)
PAGE_CONCURRENCY = 4


def utc_now() -> datetime:
    return datetime.now(UTC)


def backoff_delay(failures: int, base: timedelta) -> timedelta:
    """Exponential backoff: base, 2×base, 4×base, … capped at six hours (or base, if larger)."""
    delay: timedelta = base * (2 ** min(max(failures - 1, 0), 16))
    return min(delay, max(MAX_BACKOFF, base))


class StoryService:
    """Ingest and read stories; one instance per process, built by the composition root."""

    def __init__(
        self,
        store: StoryStore,
        *,
        feed_reader: FeedReader | None,
        feed_urls: Sequence[str],
        seeds: SeedSource,
        poll_interval: timedelta,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.store = store
        self._feed_reader = feed_reader
        self._feed_urls = list(feed_urls)
        self._seeds = seeds
        self._poll_interval = poll_interval
        self._clock = clock

    # ingest ------------------------------------------------------------------------------------------
    async def poll(self, *, force: bool = False) -> list[SourceReport]:
        """Ingest every source once. One bad source is reported and skipped; the rest goes on."""
        reports = list(await asyncio.gather(*(self._poll_feed(url, force) for url in self._feed_urls)))
        reports.append(await asyncio.to_thread(self._poll_seeds))
        return reports

    async def _poll_feed(self, url: str, force: bool) -> SourceReport:
        report = SourceReport(name=url)
        state = self.store.feed_state(url)
        now = self._clock()
        if not force and state.next_attempt and state.next_attempt > now:
            report.status = f"backing off until {state.next_attempt.isoformat(timespec='seconds')}"
            return report
        if self._feed_reader is None:
            report.status = "no reader"
            return report
        try:
            fetched = await self._feed_reader.fetch_feed(state)
        except SourceError as exc:
            return self._feed_failed(state, report, str(exc))
        except Exception as exc:  # a bug in one feed's handling must not stop the others
            log.exception("feed=%s unexpected failure", url)
            return self._feed_failed(state, report, f"{type(exc).__name__}: {exc}")
        if fetched.not_modified:
            report.status = "not modified"
        else:
            await self._ingest_items(url, fetched.items, report)
        self.store.save_feed_state(
            replace(
                state,
                etag=fetched.etag,
                last_modified=fetched.last_modified,
                last_success=self._clock(),
                failures=0,
                next_attempt=None,
            )
        )
        return report

    def _feed_failed(self, state: FeedState, report: SourceReport, reason: str) -> SourceReport:
        failures = state.failures + 1
        now = self._clock()
        next_attempt = now + backoff_delay(failures, self._poll_interval)
        log.warning("feed=%s failed (%d in a row), next attempt %s: %s", state.url, failures, next_attempt, reason)
        self.store.save_feed_state(
            replace(state, last_error=reason, last_error_at=now, failures=failures, next_attempt=next_attempt)
        )
        report.failed += 1
        report.status = f"failed: {reason}"
        report.errors.append(reason)
        return report

    async def _ingest_items(self, feed_url: str, items: Sequence[FeedItem], report: SourceReport) -> None:
        fresh: list[FeedItem] = []
        for item in items:
            if self.store.has_story(url_key(item.link), item.guid):
                report.unchanged += 1
            else:
                fresh.append(item)
        limit = asyncio.Semaphore(PAGE_CONCURRENCY)

        async def one(item: FeedItem) -> None:
            async with limit:
                try:
                    assert self._feed_reader is not None
                    candidate = await self._feed_reader.full_text(item, feed_url)
                    _story, created = self.ingest(candidate)
                except Exception:
                    log.exception("feed=%s story=%s could not be stored", feed_url, item.link)
                    report.failed += 1
                    return
                if created:
                    report.new += 1
                else:
                    report.unchanged += 1

        await asyncio.gather(*(one(item) for item in fresh))

    def ingest(self, candidate: Candidate) -> tuple[Story, bool]:
        """Store one candidate once and summarize it when it is new. Text is NFC-normalized here, the one
        door every source goes through."""
        candidate = replace(
            candidate, body=nfc(candidate.body), title=nfc(candidate.title) if candidate.title else None
        )
        if not candidate.body.strip():
            raise SourceError("story has no text")
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
        """The story's summary, computed once per summarizer version and kept in the store."""
        cached = self.store.summary(story.id, SUMMARIZER_VERSION)
        if cached is not None:
            return cached
        summary = summarize(story.body, title=story.title, url=story.url, published=story.published)
        self.store.save_summary(story.id, SUMMARIZER_VERSION, summary)
        return summary

    @staticmethod
    def summarized(stories: Sequence[Story]) -> tuple[Story, ...]:
        """Summaries for stories that are not stored (an article a reader asked for)."""
        return tuple(
            replace(s, summary=summarize(s.body, title=s.title, url=s.url, published=s.published)) for s in stories
        )

    def with_summaries(self, stories: Sequence[Story]) -> tuple[Story, ...]:
        return tuple(replace(s, summary=self.summary_of(s)) for s in stories)

    def now(self) -> datetime:
        return self._clock()

    def digest(self, window: timedelta | None, *, limit: int = 50) -> Digest:
        """Stories first seen within `window` (all stories when None), newest first, summarized."""
        since = self._clock() - window if window is not None else None
        return self.digest_since(since, limit=limit)

    def digest_since(self, since: datetime | None, *, limit: int = 50) -> Digest:
        """Stories first seen at or after `since`, newest first, summarized."""
        stories = self.store.stories_seen_since(since, limit)
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
        return self.store.feed_states(self._feed_urls)
