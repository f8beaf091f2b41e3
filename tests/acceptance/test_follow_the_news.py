"""`newsbot run` as readers use it: section-only and instant subscriptions on Telegram and Discord, a new
story alerted within one poll, /search over what was stored, and a database from before sections whose
subscription carries on."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from bot.store.database import make_engine, migrate
from tests.acceptance.processes import kill_if_running, stop
from tests.acceptance.test_cli import TIMEOUT, spawn
from tests.acceptance.test_telegram_run import _telegram_env
from tests.fakes.discord import CHANNEL_ID, GUILD_ID, FakeDiscord
from tests.fakes.feeds import Article, FakeKbsSite
from tests.fakes.telegram import FakeTelegram
from tests.stories import ALL, EXPORTS, FESTIVAL

LATE_NEWS = Article(
    seq=70105,
    title="Xuất khẩu ô tô tháng 11 lập kỷ lục",
    paragraphs=["Bộ Công nghiệp Hàn Quốc ngày 1/12 cho biết xuất khẩu ô tô tháng 11 đạt 6,5 tỷ USD."],
)


def _database_from_before_sections(path: Path) -> str:
    """A database at revision 0006 (before sections) with one daily subscription, as an upgrade finds it."""
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    migrate(engine, "0006")
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO subscriptions (platform, chat_id, thread_id, language, digest_time, timezone, "
                "include_words, exclude_words, active, created) "
                "VALUES ('telegram', '8003', 0, 'vi', '21:15', 'Asia/Seoul', '', '', 1, :at)"
            ),
            {"at": datetime(2026, 1, 1, tzinfo=UTC).replace(tzinfo=None)},
        )
    engine.dispose()
    return url


async def _say(fake: FakeTelegram, chat: int, text: str) -> str:
    before = len(fake.sent)
    await fake.inject_message(text, chat_id=chat)
    await fake.wait_for_sent(before + 1, TIMEOUT)
    return str(fake.sent[before]["text"])


async def test_sections_instant_alerts_search_and_an_upgraded_database(
    fake_telegram: FakeTelegram, fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    site = await FakeKbsSite(articles=copy.deepcopy(ALL), sections={"Ec": [EXPORTS.seq], "Cu": [FESTIVAL.seq]}).start()
    env = _telegram_env(tmp_path, fake_telegram)
    (tmp_path / "seeds" / "exports.txt").unlink()  # the stories come from the feeds here
    env.update(
        NEWSBOT_DATABASE_URL=_database_from_before_sections(tmp_path / "old.sqlite3"),
        NEWSBOT_FEEDS=site.feed_url,
        NEWSBOT_SECTIONS=f"kinh-te={site.section_url('Ec')},van-hoa={site.section_url('Cu')}",
        NEWSBOT_POLL_INTERVAL="1",
        NEWSBOT_DIGEST_TICK="0.2",
        DISCORD_BOT_TOKEN=fake_discord.token,
        DISCORD_API_BASE_URL=fake_discord.api_base,
        DISCORD_GATEWAY_URL=fake_discord.gateway_url,
        DISCORD_GUILD_IDS=GUILD_ID,
        NEWSBOT_DISCORD_GUILD_READY_TIMEOUT="0.05",
    )
    process = await spawn(env, "run", cwd=tmp_path)
    try:
        await fake_discord.wait_for(lambda f: GUILD_ID in f.commands, TIMEOUT)
        await fake_telegram.wait_for(lambda f: any(c.method == "getUpdates" for c in f.calls), TIMEOUT)
        await fake_telegram.wait_for(lambda f: len(site.hits("/service/news_view.htm")) >= 3, TIMEOUT)

        upgraded = await _say(fake_telegram, 8003, "/settings")
        for chat, section in ((8001, "kinh-te"), (8002, "van-hoa")):
            await _say(fake_telegram, chat, "/subscribe")
            await _say(fake_telegram, chat, f"/settings sections {section}")
            await _say(fake_telegram, chat, "/settings cadence instant")
        subscribed = await fake_discord.interact("subscribe")
        await fake_discord.wait_for(lambda f: bool(f.replies(subscribed)), TIMEOUT)
        instant = await fake_discord.interact("settings", [{"name": "cadence", "type": 3, "value": "instant"}])
        await fake_discord.wait_for(lambda f: bool(f.replies(instant)), TIMEOUT)
        found = await _say(fake_telegram, 8001, "/search le hoi van hoa")

        sent = len(fake_telegram.sent)
        site.articles.append(LATE_NEWS)  # a new economy story: the next poll (within a second) stores it
        site.sections["Ec"].append(LATE_NEWS.seq)
        await fake_telegram.wait_for(lambda f: any(int(m["chat"]["id"]) == 8001 for m in f.sent[sent:]), TIMEOUT)
        await fake_discord.wait_for(lambda f: bool(f.channel_messages(CHANNEL_ID)), TIMEOUT)
        alerts = {int(m["chat"]["id"]): str(m["text"]) for m in fake_telegram.sent[sent:]}
        discord_alert = fake_discord.channel_messages(CHANNEL_ID)[0]

        assert await stop(process) == 0
    finally:
        await kill_if_running(process)
        await site.stop()
    assert "bản tin lúc 21:15, múi giờ Asia/Seoul" in upgraded  # the subscription from before sections
    assert found.startswith("Kết quả tìm «le hoi van hoa» — 1 tin") and FESTIVAL.title in found
    assert alerts.keys() == {8001}  # the culture-only chat gets nothing from an economy story
    assert alerts[8001].startswith("Tin mới từ KBS tiếng Việt — 1 tin") and LATE_NEWS.title in alerts[8001]
    assert discord_alert["content"].startswith("**Tin mới từ KBS tiếng Việt — 1 tin**")
    assert LATE_NEWS.title in discord_alert["embeds"][0]["title"]
