"""Several instances on Discord: one gateway session per shard set, held under a lease a standby takes
over when the holder stops renewing it; and discord.py's sharding, with shards split across instances."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.adapters.discord.adapter import DiscordAdapter
from bot.app import App
from bot.core.domain import ChatTarget
from tests.component.discord_helpers import discord_app
from tests.fakes.discord import CHANNEL_ID, GUILD_ID, OTHER_CHANNEL_ID, OTHER_GUILD_ID, FakeDiscord

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def _adapter(app: App) -> DiscordAdapter:
    adapter = app.chat_platforms["discord"]
    assert isinstance(adapter, DiscordAdapter)
    return adapter


def _someone_else_holds_the_lease(app: App) -> None:
    """As after a clock jump: another instance holds every lease, far into the future."""
    with app.db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE leases SET owner = 'elsewhere', until = :far"), {"far": "2999-01-01"})


async def _answered(fake: FakeDiscord, **where: str) -> str:
    interaction = await fake.interact("summary", **where)
    await fake.wait_for(lambda f: any(r.get("content") for r in f.replies(interaction)))
    return next(str(r["content"]) for r in fake.replies(interaction) if r.get("content"))


@SQLITE
async def test_one_instance_holds_the_gateway_and_a_standby_takes_over_when_it_dies(
    fake_discord: FakeDiscord, db_url: str, tmp_path: Path
) -> None:
    lease = {"discord_gateway_lease": 0.6}
    async with (
        discord_app(db_url, fake_discord, tmp_path, **lease) as first,
        discord_app(db_url, fake_discord, tmp_path, **lease) as second,
    ):
        holder, standby = _adapter(first), _adapter(second)
        assert holder.gateway_running() and not standby.gateway_running()
        assert fake_discord.sessions() == [(0, 1)] and standby.is_ready()  # the standby still sends
        before = await _answered(fake_discord)
        # The holder dies: its session ends and it renews nothing, as a process killed with -9 would.
        assert holder._keeper is not None
        holder._keeper.cancel()
        await holder.client.close()
        await fake_discord.wait_for(lambda f: len(f.identified) == 2)
        after = await _answered(fake_discord)
        assert standby.gateway_running() and fake_discord.sessions() == [(0, 1)]
    assert before.startswith("Chưa có tin nào") and after.startswith("Chưa có tin nào")  # answered, once each


@SQLITE
async def test_shards_split_across_instances_each_answer_their_guilds(
    fake_discord: FakeDiscord, db_url: str, tmp_path: Path
) -> None:
    shards = {"discord_shard_count": 2, "discord_guild_ids": [int(GUILD_ID), int(OTHER_GUILD_ID)]}
    async with (
        discord_app(db_url, fake_discord, tmp_path, discord_shard_ids=[0], **shards) as zero,
        discord_app(db_url, fake_discord, tmp_path, discord_shard_ids=[1], **shards) as one,
    ):
        assert sorted(fake_discord.sessions()) == [(0, 2), (1, 2)]
        assert _adapter(zero).gateway_running() and _adapter(one).gateway_running()  # two leases, one per set
        in_shard_one = await _answered(fake_discord, guild_id=GUILD_ID, channel_id=CHANNEL_ID)
        in_shard_zero = await _answered(fake_discord, guild_id=OTHER_GUILD_ID, channel_id=OTHER_CHANNEL_ID)
    assert in_shard_one.startswith("Chưa có tin nào") and in_shard_zero.startswith("Chưa có tin nào")
    assert sorted(d["shard"] for d in fake_discord.identified) == [[0, 2], [1, 2]]


@SQLITE
async def test_auto_sharding_runs_as_many_shards_as_discord_recommends(
    fake_discord: FakeDiscord, db_url: str, tmp_path: Path
) -> None:
    fake_discord.shard_count = 2
    async with discord_app(db_url, fake_discord, tmp_path, discord_shard_count=0):
        assert sorted(fake_discord.sessions()) == [(0, 2), (1, 2)]
        answer = await _answered(fake_discord, guild_id=OTHER_GUILD_ID, channel_id=OTHER_CHANNEL_ID)
    assert answer.startswith("Chưa có tin nào")


@SQLITE
async def test_a_holder_that_loses_its_lease_closes_its_session_and_keeps_sending(
    fake_discord: FakeDiscord, db_url: str, tmp_path: Path
) -> None:
    async with discord_app(db_url, fake_discord, tmp_path, discord_gateway_lease=0.6) as app:
        adapter = _adapter(app)
        assert adapter.gateway_running()
        _someone_else_holds_the_lease(app)
        await fake_discord.wait_for(lambda f: f.sessions() == [])
        await fake_discord.wait_for(lambda f: f.logins >= 2)  # logged in again on a new client, for REST
        assert not adapter.gateway_running()
        with app.db.engine.begin() as conn:  # the other holder is gone: this instance takes the gateway back
            conn.execute(sa.text("DELETE FROM leases"))
        await fake_discord.wait_for(lambda f: f.sessions() == [(0, 1)])
        answer = await _answered(fake_discord)
        assert adapter.gateway_running()
    assert answer.startswith("Chưa có tin nào")


@SQLITE
async def test_a_login_that_failed_when_the_lease_was_lost_is_tried_again_by_the_next_send(
    fake_discord: FakeDiscord, db_url: str, tmp_path: Path
) -> None:
    async with discord_app(db_url, fake_discord, tmp_path, discord_gateway_lease=0.6) as app:
        adapter = _adapter(app)
        fake_discord.fail_next("/users/@me", 503, message="Service Unavailable")  # the login after the session
        _someone_else_holds_the_lease(app)
        await fake_discord.wait_for(lambda f: f.sessions() == [] and f.failed_on_request == 1)
        assert not adapter.is_ready() and fake_discord.logins == 1
        await adapter.send(ChatTarget("discord", CHANNEL_ID), json.dumps({"content": "Bản tin"}))
        assert fake_discord.logins == 2 and adapter.is_ready()
    assert [m["content"] for m in fake_discord.channel_messages()] == ["Bản tin"]


@SQLITE
async def test_a_session_the_gateway_ends_for_good_is_started_again_on_a_new_login(
    fake_discord: FakeDiscord, db_url: str, tmp_path: Path
) -> None:
    async with discord_app(db_url, fake_discord, tmp_path, discord_gateway_lease=0.6) as app:
        adapter = _adapter(app)
        await fake_discord.end_sessions(4012)  # discord.py closes its client on this code and gives up
        await fake_discord.wait_for(lambda f: len(f.identified) == 2)  # the lease loop started a new session
        await fake_discord.wait_for(lambda f: f.sessions() == [(0, 1)])
        answer = await _answered(fake_discord)
        assert adapter.gateway_running() and fake_discord.logins == 2
    assert answer.startswith("Chưa có tin nào")
