"""Two `newsbot run` with Discord on one PostgreSQL: one holds the gateway, both send; kill -9 the holder
and the other answers slash commands within 30 s, with no digest lost or doubled."""

from __future__ import annotations

import signal
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy

from bot.app import App
from bot.core.domain import ChatTarget
from tests.acceptance.processes import kill_if_running, stop
from tests.acceptance.test_cli import TIMEOUT, _env, _run, spawn
from tests.component.helpers import make_settings
from tests.fakes.discord import GUILD_ID, FakeDiscord
from tests.stories import EXPORTS, FESTIVAL, archived_text

CHANNELS = [str(500_000_000_000_000_000 + n) for n in range(40)]


async def _subscribe_channels(db_url: str, seeds: Path) -> None:
    app = App.build(make_settings(db_url, [], seeds))
    try:
        await app.poll()
        for channel in CHANNELS:
            app.subscriptions.subscribe(ChatTarget("discord", channel), "vi")
    finally:
        await app.aclose()


def _make_due(db_url: str) -> None:
    engine = sqlalchemy.create_engine(db_url)
    with engine.begin() as conn:
        past = (datetime.now(UTC) - timedelta(minutes=1)).replace(tzinfo=None)
        conn.execute(sqlalchemy.text("UPDATE subscriptions SET next_due = :past"), {"past": past})
    engine.dispose()


async def _summary_answered(fake: FakeDiscord) -> str:
    interaction = await fake.interact("summary")
    await fake.wait_for(lambda f: any(r.get("embeds") for r in f.replies(interaction)), TIMEOUT)
    return str(next(r["content"] for r in fake.replies(interaction) if r.get("embeds")))


@pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
async def test_the_gateway_moves_to_the_survivor_and_every_digest_goes_out_once(
    fake_discord: FakeDiscord, db_url: str, tmp_path: Path
) -> None:
    env = _env(
        tmp_path,
        "",
        NEWSBOT_DATABASE_URL=db_url,
        DISCORD_BOT_TOKEN=fake_discord.token,
        DISCORD_API_BASE_URL=fake_discord.api_base,
        DISCORD_GATEWAY_URL=fake_discord.gateway_url,
        DISCORD_GUILD_IDS=GUILD_ID,
        NEWSBOT_DISCORD_GUILD_READY_TIMEOUT="0.05",
        NEWSBOT_DISCORD_GATEWAY_LEASE="3",
        NEWSBOT_DIGEST_TICK="0.2",
        NEWSBOT_POLL_INTERVAL="1",
    )
    seeds = tmp_path / "seeds"
    (seeds / "exports.txt").write_text(archived_text(EXPORTS), encoding="utf-8")
    await _subscribe_channels(db_url, seeds)

    holder = await spawn(env, "run", cwd=tmp_path)
    survivor = None
    try:
        await fake_discord.wait_for(lambda f: f.sessions() == [(0, 1)], TIMEOUT)
        survivor = await spawn(env, "run", cwd=tmp_path)
        await fake_discord.wait_for(lambda f: f.logins >= 2, TIMEOUT)  # the survivor logged in to send
        assert fake_discord.sessions() == [(0, 1)] and len(fake_discord.identified) == 1  # one gateway

        _make_due(db_url)  # both instances compose and send: each channel must get its digest once
        await fake_discord.wait_for(lambda f: len({c for c in CHANNELS if f.channel_messages(c)}) == len(CHANNELS))
        before = await _summary_answered(fake_discord)

        holder.send_signal(signal.SIGKILL)
        killed = time.monotonic()
        await holder.wait()
        await fake_discord.wait_for(lambda f: len(f.identified) == 2 and f.sessions() == [(0, 1)], 35)
        took_over = time.monotonic() - killed
        after = await _summary_answered(fake_discord)

        (seeds / "festival.txt").write_text(archived_text(FESTIVAL), encoding="utf-8")
        assert (await _run(env, "poll", cwd=tmp_path))[0] == 0  # stored before the next digests are due
        _make_due(db_url)
        await fake_discord.wait_for(lambda f: all(len(f.channel_messages(c)) >= 2 for c in CHANNELS), TIMEOUT)
        assert await stop(survivor) == 0
    finally:
        await kill_if_running(holder, survivor)
    assert took_over < 30
    assert before.startswith("**Bản tin KBS tiếng Việt") and after.startswith("**Bản tin KBS tiếng Việt")
    per_channel = Counter(
        p.where.removeprefix("channel:") for p in fake_discord.posted if p.where.startswith("channel:")
    )
    assert {c: per_channel[c] for c in CHANNELS} == dict.fromkeys(CHANNELS, 2)  # none lost, none doubled
