"""The composition root: builds every part from Settings, wires them, and owns their lifecycles.

Nothing else constructs clients or opens the database, so tests and the CLI get the same wiring.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial

import httpx

from bot.adapters.console_adapter import ConsolePublisher
from bot.domain import ChatTarget, SourceReport
from bot.service import StoryService
from bot.settings import Settings
from bot.sources.feeds import HttpFeedReader
from bot.sources.http import make_client
from bot.sources.seed_files import SeedFolder
from bot.store.repository import SqlStore

log = logging.getLogger(__name__)
SHUTDOWN_TIMEOUT = 5.0


@dataclass
class App:
    settings: Settings
    store: SqlStore
    http: httpx.AsyncClient
    reader: HttpFeedReader
    service: StoryService
    _closers: list[Callable[[], Awaitable[None]]] = field(default_factory=list)

    @classmethod
    def build(cls, settings: Settings) -> App:
        store = SqlStore.open(settings.database_url)
        http = make_client(settings.user_agent, settings.fetch_timeout, settings.fetch_max_redirects)
        reader = HttpFeedReader(http, max_bytes=settings.fetch_max_bytes, deadline=settings.fetch_timeout * 2)
        service = StoryService(
            store,
            feed_reader=reader,
            feed_urls=settings.feeds,
            seeds=SeedFolder(settings.seeds_dir),
            poll_interval=timedelta(seconds=settings.poll_interval),
        )
        return cls(settings=settings, store=store, http=http, reader=reader, service=service)

    async def aclose(self) -> None:
        for closer in reversed(self._closers):
            try:
                await asyncio.wait_for(closer(), SHUTDOWN_TIMEOUT)
            except Exception:
                log.exception("shutdown step failed")
        await self.http.aclose()
        self.store.close()

    async def poll(self, *, force: bool = False) -> list[SourceReport]:
        reports = await self.service.poll(force=force)
        for report in reports:
            log.info("poll %s", report.line())
        return reports

    async def run(self, stop: asyncio.Event | None = None) -> None:
        """The long-running bot: poll on schedule, announce new stories, until SIGTERM or SIGINT."""
        from bot.scheduler import build_scheduler

        stop = stop or asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        console = ConsolePublisher()
        announcer = _Announcer(self.service, console)
        scheduler = build_scheduler(
            poll=partial(announcer.poll_and_announce, self),
            poll_interval=timedelta(seconds=self.settings.poll_interval),
        )
        scheduler.start()
        log.info("newsbot running: %d feeds, poll every %ss", len(self.settings.feeds), self.settings.poll_interval)
        try:
            await stop.wait()
        finally:
            log.info("newsbot stopping")
            scheduler.shutdown(wait=False)
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(sig)


class _Announcer:
    """Console mode: after each poll, print the stories first seen since the last printed one.

    The first poll prints the latest digest instead, so starting the bot always shows something.
    """

    def __init__(self, service: StoryService, publisher: ConsolePublisher) -> None:
        self._service = service
        self._publisher = publisher
        self._mark: datetime | None = None

    async def poll_and_announce(self, app: App) -> None:
        await app.poll()
        if self._mark is None:
            digest = self._service.latest_digest()
            self._mark = self._service.now()
        else:
            digest = self._service.digest_since(self._mark)
        if digest.stories:
            newest = max(story.first_seen for story in digest.stories)
            self._mark = max(self._mark, newest + timedelta(microseconds=1))
            await self._publisher.send(ChatTarget("console", "stdout"), digest)
        log.info("digest printed: %d stories", len(digest.stories))
