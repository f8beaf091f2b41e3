"""The composition root: builds every part from Settings, wires them, and owns their lifecycles.

Nothing else constructs clients or opens the database, so tests and the CLI get the same wiring.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial

from bot.adapters.console_adapter import ConsolePublisher
from bot.core.digests import DeliveryReport, DigestService
from bot.core.domain import ChatTarget, SourceReport
from bot.core.on_demand_summary import OnDemandSummary
from bot.core.ports import ChatPlatform
from bot.core.stories import StoryService, utc_now
from bot.core.subscriptions import SubscriptionService
from bot.ops.http_server import OpsServer
from bot.ops.metrics import PrometheusTelemetry
from bot.settings import Settings
from bot.sources.feeds import HttpFeedReader
from bot.sources.fetch_policy import FetchPolicy
from bot.sources.http import HttpFetcher
from bot.sources.on_demand import GuardedPageFetcher
from bot.sources.seed_files import SeedFolder
from bot.store.database import Database
from bot.store.feeds import SqlFeeds
from bot.store.leases import TELEGRAM_UPDATES, NamedLease
from bot.store.outbox import SqlOutbox
from bot.store.search import SqlSearch
from bot.store.single_instance import InstanceLock
from bot.store.stories import SqlStories
from bot.store.subscriptions import SqlSubscriptions
from bot.summarizer.core import SUMMARIZER_VERSION

log = logging.getLogger(__name__)
SHUTDOWN_TIMEOUT = 5.0


def http_fetcher(settings: Settings) -> HttpFetcher:
    """Feeds and pages are read with the configured size cap and a deadline of twice the timeout."""
    return HttpFetcher(
        user_agent=settings.user_agent,
        timeout=settings.fetch_timeout,
        max_bytes=settings.fetch_max_bytes,
        deadline=settings.fetch_timeout * 2,
        max_redirects=settings.fetch_max_redirects,
        per_host=settings.fetch_per_host,
    )


def page_reader(settings: Settings, fetcher: HttpFetcher) -> HttpFeedReader:
    """Feed items' pages may come from the feed's own origin or a listed article host."""
    return HttpFeedReader(fetcher, FetchPolicy(settings.article_hosts))


def on_demand_fetcher(settings: Settings, fetcher: HttpFetcher) -> GuardedPageFetcher:
    """`/summary <url>` (and `newsbot summarize URL`) may fetch only the listed summary hosts."""
    return GuardedPageFetcher(page_reader(settings, fetcher), FetchPolicy(settings.summary_url_hosts))


@dataclass
class App:
    settings: Settings
    db: Database
    story_store: SqlStories
    outbox: SqlOutbox
    http: HttpFetcher
    reader: HttpFeedReader
    fetcher: GuardedPageFetcher
    service: StoryService
    subscriptions: SubscriptionService
    digests: DigestService
    summaries: OnDemandSummary
    telemetry: PrometheusTelemetry
    chat_platforms: dict[str, ChatPlatform] = field(default_factory=dict)
    standing_targets: list[ChatTarget] = field(default_factory=list)
    instance_lock: InstanceLock = field(init=False)

    def __post_init__(self) -> None:
        self.instance_lock = InstanceLock(self.settings.database_url)

    @classmethod
    def build(cls, settings: Settings) -> App:
        db = Database.open(settings.database_url)
        story_store, outbox = SqlStories(db), SqlOutbox(db)
        telemetry = PrometheusTelemetry(outbox_depth=outbox.outbox_depth)
        http = http_fetcher(settings)
        reader = page_reader(settings, http)
        fetcher = on_demand_fetcher(settings, http)
        service = StoryService(
            story_store,
            feeds=SqlFeeds(db),
            feed_reader=reader,
            feed_urls=settings.feeds,
            section_feeds=settings.sections,
            seeds=SeedFolder(settings.seeds_dir),
            poll_interval=timedelta(seconds=settings.poll_interval),
            max_items_per_poll=settings.max_items_per_poll,
            telemetry=telemetry,
        )
        subscriptions = SubscriptionService(
            SqlSubscriptions(db),
            outbox,
            default_time=settings.digest_time,
            default_zone=settings.timezone,
            sections=list(settings.sections),
            clock=utc_now,
        )
        digests = DigestService(
            service,
            subscriptions,
            outbox,
            send_empty=settings.send_empty_digests,
            clock=utc_now,
            claim_lease=timedelta(seconds=settings.delivery_claim_lease),
            settle=timedelta(seconds=settings.digest_settle),
        )
        summaries = OnDemandSummary(service, fetcher, settings.summary_url_hosts, SqlSearch(db))
        app = cls(
            settings, db, story_store, outbox, http, reader, fetcher, service, subscriptions, digests, summaries,
            telemetry,
        )  # fmt: skip
        app._add_chat_platforms()
        return app

    def _add_chat_platforms(self) -> None:
        self._add_telegram()
        self._add_discord()

    def _add_discord(self) -> None:
        settings = self.settings
        if settings.discord_token:
            from bot.adapters.discord.adapter import DiscordAdapter
            from bot.adapters.discord.commands import DiscordCommands

            self.chat_platforms["discord"] = DiscordAdapter(
                settings.discord_token,
                api_base_url=settings.discord_api_base_url,
                gateway_url=settings.discord_gateway_url,
                guild_ids=settings.discord_guild_ids,
                guild_ready_timeout=settings.discord_guild_ready_timeout,
                commands=DiscordCommands(self.subscriptions, self.summaries),
                gateway_gate=NamedLease(
                    self.db,
                    settings.discord_gateway_lease_name,
                    self.service.instance_id,
                    utc_now,
                    timedelta(seconds=settings.discord_gateway_lease),
                ),
                shard_count=settings.discord_shard_count,
                shard_ids=settings.discord_shard_ids,
            )
        if settings.discord_webhook:
            from bot.adapters.discord.adapter import point_discord_at
            from bot.adapters.discord.webhook import DiscordWebhookPublisher

            point_discord_at(settings.discord_api_base_url, settings.discord_gateway_url)
            webhook = DiscordWebhookPublisher(settings.discord_webhook)
            self.chat_platforms[webhook.platform] = webhook
            self.standing_targets.append(webhook.target)

    async def subscribe_standing_targets(self) -> None:
        """Configured destinations (a Discord webhook) are subscriptions like any other, made on start."""
        for target in self.standing_targets:
            _subscription, created = await asyncio.to_thread(self.subscriptions.subscribe, target, "vi")
            if created:
                log.info("platform=%s chat=%s subscribed from the configuration", target.platform, target.chat_id)

    def _add_telegram(self) -> None:
        token = self.settings.telegram_token
        if token:
            from bot.adapters.telegram.adapter import TelegramAdapter
            from bot.adapters.telegram.handlers import TelegramCommands

            commands = TelegramCommands(self.subscriptions, self.summaries)
            self.chat_platforms["telegram"] = TelegramAdapter(
                token,
                base_url=self.settings.telegram_api_base_url,
                commands=commands,
                overall_max_rate=self.settings.telegram_overall_max_rate,
                group_max_rate=self.settings.telegram_group_max_rate,
                poll_timeout=self.settings.telegram_poll_timeout,
                webhook=self.settings.telegram_webhook,
                updates_gate=NamedLease(
                    self.db,
                    TELEGRAM_UPDATES,
                    self.service.instance_id,
                    utc_now,
                    timedelta(seconds=self.settings.telegram_updates_lease),
                ),
            )

    async def aclose(self) -> None:
        for platform in self.chat_platforms.values():
            try:
                await asyncio.wait_for(platform.stop(), SHUTDOWN_TIMEOUT * 2)
            except Exception:
                log.exception("platform=%s did not stop cleanly", platform.platform)
        await self.http.aclose()
        self.db.close()
        self.instance_lock.release()

    async def poll(self, *, force: bool = False) -> list[SourceReport]:
        reports = await self.service.poll(force=force)
        for report in reports:
            log.info("poll %s", report.line())
        return reports

    async def send_digests(self, *, force: bool = False) -> DeliveryReport:
        """Deliver every due digest now (`force`: every active subscription), without taking updates."""
        for platform in self.chat_platforms.values():
            await platform.connect()
        await self.subscribe_standing_targets()
        return await self.digests.send_due(self.chat_platforms, force=force, drain=True)

    def prune(self) -> tuple[int, int]:
        """Delete digests delivered longer ago than `[retention] delivered_days`, and summaries of older
        summarizer versions; returns how many of each."""
        cutoff = utc_now() - timedelta(days=self.settings.retention_delivered_days)
        return self.outbox.prune(cutoff), self.story_store.prune_summaries(SUMMARIZER_VERSION)

    async def _housekeeping(self) -> None:
        digests, summaries = await asyncio.to_thread(self.prune)
        if digests or summaries:
            log.info("retention: deleted %d delivered digests and %d superseded summaries", digests, summaries)

    async def poll_and_alert(self) -> None:
        """The scheduled poll: every source, then the instant alerts what it stored (or newly sectioned) makes."""
        reports = await self.poll()
        if any(r.new or r.updated or r.tagged for r in reports):
            await self.alert_new(retagged=any(r.tagged for r in reports))

    async def alert_new(self, *, retagged: bool = False) -> DeliveryReport:
        """After a poll that stored stories, or put stored ones in a section for the first time (`retagged`:
        the all-news feed brought them before their section's feed did): once they have settled
        (`digest_settle`), queue and send the instant alerts they make. The digest tick catches up on
        anything this misses."""
        if not self.chat_platforms:
            return DeliveryReport()
        await asyncio.sleep(self.settings.digest_settle)
        report = await self.digests.send_instant(self.chat_platforms, retagged=retagged)
        if report.sent or report.failed:
            log.info("instant alerts: sent=%d failed=%d", report.sent, report.failed)
        return report

    async def _digest_tick(self) -> None:
        report = await self.digests.send_due(self.chat_platforms)
        if report.sent or report.retried or report.failed or report.chats_gone:
            log.info(
                "digests: sent=%d retried=%d failed=%d chats_gone=%d",
                report.sent, report.retried, report.failed, report.chats_gone,
            )  # fmt: skip

    async def run(self, stop: asyncio.Event | None = None) -> None:
        """The long-running bot: poll and deliver on schedule, serve chat commands, until SIGTERM/SIGINT."""
        from bot.ops.scheduler import Job, build_scheduler

        stop = stop or asyncio.Event()
        self.instance_lock.acquire()  # a second `run` on one SQLite file stops here, saying why
        for platform in self.chat_platforms.values():
            await platform.start()  # an invalid token fails here, before anything else starts
        await self.subscribe_standing_targets()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        if self.chat_platforms:
            poll: Job = self.poll_and_alert
            tick: Job | None = self._digest_tick
        else:  # no tokens: print digests to the console
            poll = partial(_Announcer(self.service, ConsolePublisher()).poll_and_announce, self)
            tick = None
        interval = timedelta(seconds=self.settings.poll_interval)
        tick_every = timedelta(seconds=self.settings.digest_tick)
        scheduler = build_scheduler(
            poll=poll, poll_interval=interval, tick=tick, tick_interval=tick_every, housekeeping=self._housekeeping
        )
        ops = await self._start_ops_server()
        # What start-up built (modules, clients, word lists, compiled patterns) lives as long as the process.
        # Frozen, it is left out of the collector's full scans, so one that falls during a poll scans only
        # what polls allocate: in benchmarks/hostile.py a full collection took 96 ms, about 20 ms frozen,
        # and it stops every thread, the event loop's included.
        gc.collect()
        gc.freeze()
        scheduler.start()
        log.info(
            "newsbot running: %d feeds, poll every %ss, platforms: %s",
            len(self.settings.feeds), self.settings.poll_interval, ", ".join(self.chat_platforms) or "console",
        )  # fmt: skip
        try:
            await stop.wait()
        finally:
            log.info("newsbot stopping")
            scheduler.shutdown(wait=False)
            if ops is not None:
                await ops.stop()
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(sig)

    async def _start_ops_server(self) -> OpsServer | None:
        """/healthz (the store and every platform up) and /metrics, unless NEWSBOT_HTTP_ADDR is empty."""
        if not self.settings.http_addr.strip():
            return None
        checks: dict[str, Callable[[], bool]] = {"store": self.db.ping}
        checks.update({name: platform.is_ready for name, platform in self.chat_platforms.items()})
        server = OpsServer(self.settings.http_addr, self.telemetry.registry, checks)
        await server.start()
        return server


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
            digest = await asyncio.to_thread(self._service.latest_digest)
            self._mark = self._service.now()
        else:
            digest = await asyncio.to_thread(self._service.digest_since, self._mark)
        if digest.stories:
            newest = max(story.first_seen for story in digest.stories)
            self._mark = max(self._mark, newest + timedelta(microseconds=1))
            for part in self._publisher.render(digest, "vi"):
                await self._publisher.send(ChatTarget("console", "stdout"), part)
        log.info("digest printed: %d stories", len(digest.stories))
