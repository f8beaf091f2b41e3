"""/healthz and /metrics scraped from a running `newsbot run`: the metrics move when a digest is sent."""

from __future__ import annotations

import asyncio
import socket
import sqlite3
from pathlib import Path

import aiohttp

from tests.acceptance.processes import kill_if_running, stop
from tests.acceptance.test_cli import TIMEOUT, spawn
from tests.acceptance.test_telegram_run import _telegram_env
from tests.fakes.telegram import FakeTelegram


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def _get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.text()


async def _until_up(url: str) -> None:
    async with asyncio.timeout(TIMEOUT):
        while True:
            try:
                await _get(url)
                return
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.05)  # the process is still starting: nothing to wait on but the port


async def _scrape_until(url: str, name: str, value: float) -> str:
    """Scrape as Prometheus would until `name` reaches `value` (the bot marks a message sent right after
    the platform's answer, which the fake has already counted)."""
    async with asyncio.timeout(TIMEOUT):
        while _metric(text := (await _get(url))[1], name) < value:  # noqa: ASYNC110 - another process: no event
            await asyncio.sleep(0.05)
    return text


def _metric(text: str, name: str) -> float:
    return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines() if line.startswith(name))


async def test_healthz_and_metrics_of_a_running_bot(fake_telegram: FakeTelegram, tmp_path: Path) -> None:
    port = _free_port()
    env = _telegram_env(tmp_path, fake_telegram)
    env.update(NEWSBOT_HTTP_ADDR=f"127.0.0.1:{port}", NEWSBOT_DIGEST_TICK="0.2")
    base = f"http://127.0.0.1:{port}"
    process = await spawn(env, "run", cwd=tmp_path)
    try:
        await _until_up(base + "/healthz")
        assert await _get(base + "/healthz") == (200, "ok\n")
        await fake_telegram.inject_message("/subscribe", chat_id=8001)
        await fake_telegram.wait_for_sent(1, TIMEOUT)
        _, before = await _get(base + "/metrics")

        with sqlite3.connect(tmp_path / "bot.sqlite3") as db:  # make the new subscription due now
            db.execute("UPDATE subscriptions SET next_due = '2000-01-01 00:00:00.000000'")
        await fake_telegram.wait_for_sent(2, TIMEOUT)  # the scheduler's tick delivered the digest
        after = await _scrape_until(base + "/metrics", 'newsbot_messages_sent_total{platform="telegram"}', 1)

        assert await stop(process) == 0
    finally:
        await kill_if_running(process)
    assert "59,57 tỷ USD" in fake_telegram.sent[1]["text"]
    assert _metric(before, 'newsbot_messages_sent_total{platform="telegram"}') == 0
    assert _metric(after, 'newsbot_messages_sent_total{platform="telegram"}') == 1
    assert _metric(after, 'newsbot_digests_composed_total{platform="telegram"}') == 1
    assert _metric(after, "newsbot_delivery_latency_seconds_count") == 1
    assert _metric(after, "newsbot_stories_ingested_total") == 1 and _metric(after, "newsbot_outbox_depth") == 0
    assert _metric(after, 'newsbot_feeds_polled_total{outcome="ok"}') == 0  # no feeds configured here
