"""`newsbot run` with Telegram and Discord on, in one event loop, against both fakes at once."""

from __future__ import annotations

import time
from pathlib import Path

from tests.acceptance.processes import kill_if_running, stop
from tests.acceptance.test_cli import TIMEOUT, _run, spawn
from tests.acceptance.test_telegram_run import _telegram_env
from tests.fakes.discord import CHANNEL_ID, GUILD_ID, FakeDiscord
from tests.fakes.telegram import FakeTelegram


async def test_run_serves_both_platforms_and_stops_on_sigterm(
    fake_telegram: FakeTelegram, fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    env = _telegram_env(tmp_path, fake_telegram)
    env.update(
        DISCORD_BOT_TOKEN=fake_discord.token,
        DISCORD_API_BASE_URL=fake_discord.api_base,
        DISCORD_GATEWAY_URL=fake_discord.gateway_url,
        DISCORD_GUILD_IDS=GUILD_ID,
        NEWSBOT_DISCORD_GUILD_READY_TIMEOUT="0.05",
    )
    assert (await _run(env, "poll", cwd=tmp_path))[0] == 0  # the seed story is stored before the bot starts
    process = await spawn(env, "run", cwd=tmp_path)
    try:
        await fake_discord.wait_for(lambda f: GUILD_ID in f.commands, TIMEOUT)
        await fake_telegram.wait_for(lambda f: any(c.method == "getUpdates" for c in f.calls), TIMEOUT)

        await fake_telegram.inject_message("/summary", chat_id=8001)
        await fake_telegram.wait_for_sent(1, TIMEOUT)
        asked = await fake_discord.interact("summary")
        await fake_discord.wait_for(lambda f: bool(f.replies(asked)), TIMEOUT)
        assert "59,57 tỷ USD" in fake_telegram.sent[0]["text"]
        embed = fake_discord.replies(asked)[0]["embeds"][0]
        assert "59,57 tỷ USD" in embed["title"] + embed["description"]  # in the what, heading or bullet

        await fake_telegram.inject_message("/subscribe", chat_id=8001)
        await fake_telegram.wait_for_sent(2, TIMEOUT)
        subscribed = await fake_discord.interact("subscribe")
        await fake_discord.wait_for(lambda f: bool(f.replies(subscribed)), TIMEOUT)

        code, out, err = await _run(env, "send-digests", "--force", cwd=tmp_path)
        assert code == 0 and out.strip() == "digests: sent=2 retried=0 failed=0 chats_gone=0", err
        assert "59,57 tỷ USD" in fake_telegram.sent[2]["text"]
        posted = fake_discord.channel_messages(CHANNEL_ID)[0]["embeds"][0]
        assert "59,57 tỷ USD" in posted["title"] + posted["description"]

        stopping = time.monotonic()
        assert await stop(process) == 0
        assert time.monotonic() - stopping < 10
        assert process.stderr is not None
        stderr = (await process.stderr.read()).decode()
        assert fake_discord.token not in stderr and fake_telegram.token not in stderr
    finally:
        await kill_if_running(process)
