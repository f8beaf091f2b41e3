"""The `Telemetry` port as Prometheus metrics, in a registry of their own (nothing global)."""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

LATENCY_BUCKETS = (1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 7200)


class PrometheusTelemetry:
    """Counters for polls, stories, summaries, digests and messages; outbox depth read at scrape time."""

    def __init__(self, outbox_depth: Callable[[], float]) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self._polled = Counter("newsbot_feeds_polled", "Feed polls, by outcome", ["outcome"], registry=r)
        self._stories = Counter("newsbot_stories_ingested", "New stories stored", registry=r)
        self._summaries = Counter("newsbot_summaries", "Summaries computed", registry=r)
        self._digests = Counter("newsbot_digests_composed", "Digests queued, by platform", ["platform"], registry=r)
        self._sent = Counter("newsbot_messages_sent", "Messages sent, by platform", ["platform"], registry=r)
        self._failed = Counter("newsbot_messages_failed", "Messages given up, by platform", ["platform"], registry=r)
        self._retried = Counter(
            "newsbot_messages_retried", "Sends to retry later, by platform", ["platform"], registry=r
        )
        self._latency = Histogram(
            "newsbot_delivery_latency_seconds",
            "From a digest queued to its message sent",
            ["platform"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        depth = Gauge("newsbot_outbox_depth", "Messages in the outbox not yet sent", registry=r)
        depth.set_function(outbox_depth)

    def feed_polled(self, *, failed: bool) -> None:
        self._polled.labels("failed" if failed else "ok").inc()

    def stories_ingested(self, count: int) -> None:
        self._stories.inc(count)

    def summary_made(self) -> None:
        self._summaries.inc()

    def digest_composed(self, platform: str) -> None:
        self._digests.labels(platform).inc()

    def message_sent(self, platform: str, latency_seconds: float | None) -> None:
        self._sent.labels(platform).inc()
        if latency_seconds is not None:
            self._latency.labels(platform).observe(max(0.0, latency_seconds))

    def message_failed(self, platform: str) -> None:
        self._failed.labels(platform).inc()

    def message_retried(self, platform: str) -> None:
        self._retried.labels(platform).inc()
