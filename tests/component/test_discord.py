"""Discord through the real discord.py against the loopback fake: commands, digests, webhooks, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.core.domain import ChatTarget
from tests.component.discord_helpers import discord_app
from tests.fakes.discord import CHANNEL_ID, GUILD_ID, MANAGE_CHANNELS, FakeDiscord
from tests.fakes.feeds import FakeKbsSite, article_page
from tests.stories import EXPORTS, archived_text

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
TARGET = ChatTarget("discord", CHANNEL_ID)


def _seed(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "exports.txt").write_text(archived_text(EXPORTS), encoding="utf-8")
    return folder


async def _ask(fake: FakeDiscord, name: str, options: list[dict[str, object]] | None = None, **kw: object) -> str:
    """Run one slash command and wait for its (last) answer; returns the answer's content and embeds."""
    interaction = await fake.interact(name, options, **kw)  # type: ignore[arg-type]

    await fake.wait_for(lambda f: bool(f.replies(interaction)))
    replies = fake.replies(interaction)
    return "\n".join(
        str(r.get("content") or "")
        + "".join(f"\n[{e.get('title')}] {e.get('description', '')}" for e in r.get("embeds") or [])
        for r in replies
    )


@SQLITE
async def test_commands_are_synced_with_localized_descriptions_and_permissions(
    fake_discord: FakeDiscord, db_url: str, tmp_path: Path
) -> None:
    async with discord_app(db_url, fake_discord, tmp_path):
        pass
    commands = {c["name"]: c for c in fake_discord.commands[GUILD_ID]}
    assert set(commands) == {"summary", "search", "subscribe", "unsubscribe", "settings"}
    assert commands["subscribe"]["description_localizations"]["vi"] == "Nhận bản tin hằng ngày"
    assert commands["subscribe"]["description_localizations"]["en-US"] == "Get the daily digest"
    assert int(commands["subscribe"]["default_member_permissions"]) == MANAGE_CHANNELS
    assert commands["summary"].get("default_member_permissions") is None
    options = {o["name"]: o for o in commands["summary"]["options"]}
    assert (options["n"]["min_value"], options["n"]["max_value"]) == (1, 20)
    settings = {o["name"]: o for o in commands["settings"]["options"]}
    assert settings["timezone"]["autocomplete"] is True
    assert [c["value"] for c in settings["language"]["choices"]] == ["vi", "en"]
    assert fake_discord.identified[0]["intents"] == 1  # guilds only: nothing privileged


@SQLITE
async def test_summary_is_deferred_then_answered_with_embeds(
    fake_discord: FakeDiscord, site: FakeKbsSite, db_url: str, tmp_path: Path
) -> None:
    async with discord_app(db_url, fake_discord, _seed(tmp_path / "seeds")) as app:
        await app.service.poll()
        latest = await _ask(fake_discord, "summary")
        one = await _ask(fake_discord, "summary", [{"name": "n", "type": 4, "value": 1}])
        article = await _ask(
            fake_discord, "summary", [{"name": "url", "type": 3, "value": site.article_url(EXPORTS.seq)}]
        )
        refused = await _ask(fake_discord, "summary", [{"name": "url", "type": 3, "value": "http://10.0.0.1/x"}])
        both = await _ask(
            fake_discord, "summary", [{"name": "n", "type": 4, "value": 2}, {"name": "url", "type": 3, "value": "x"}]
        )
    assert latest.startswith("**Bản tin KBS tiếng Việt — 1 tin**") and "59,57 tỷ USD" in latest
    assert one.startswith("**Bản tin KBS tiếng Việt — 1 tin**\n[1. Bộ Công nghiệp")
    assert "59,57 tỷ USD" in article
    assert refused.startswith("Không thể tóm tắt địa chỉ này")
    assert both.startswith("Cách dùng")
    deferred = [c for c in fake_discord.callbacks if c["type"] == 5]
    assert len(deferred) == 4  # every /summary that does work is acknowledged at once, then followed up


@SQLITE
async def test_subscribe_needs_manage_channels_and_answers_in_the_readers_language(
    fake_discord: FakeDiscord, db_url: str, tmp_path: Path
) -> None:
    async with discord_app(db_url, fake_discord, tmp_path) as app:
        refused = await fake_discord.interact("subscribe", permissions=0, locale="en-US")
        await fake_discord.wait_for(lambda f: bool(f.replies(refused)))
        assert app.subscriptions.subscription(TARGET) is None
        done = await _ask(fake_discord, "subscribe")
        again = await _ask(fake_discord, "subscribe")
        subscription = app.subscriptions.subscription(TARGET)
        not_allowed = await fake_discord.interact("unsubscribe", permissions=0)
        await fake_discord.wait_for(lambda f: bool(f.replies(not_allowed)))
        still = app.subscriptions.subscription(TARGET)
        gone = await _ask(fake_discord, "unsubscribe")
    answer = fake_discord.replies(refused)[0]
    assert answer["content"] == "Only members with the Manage Channels permission can use this command."
    assert answer["flags"] == 64  # ephemeral: only the reader sees the refusal
    assert done.startswith("Đã đăng ký") and "đã đăng ký rồi" in again
    assert subscription is not None and still is not None and gone == "Đã hủy đăng ký."


@SQLITE
async def test_settings_with_the_same_rules_as_telegram(fake_discord: FakeDiscord, db_url: str, tmp_path: Path) -> None:
    async with discord_app(db_url, fake_discord, tmp_path) as app:
        assert "Hãy /subscribe trước" in await _ask(fake_discord, "settings")
        await _ask(fake_discord, "subscribe")
        shown = await _ask(
            fake_discord,
            "settings",
            [{"name": "time", "type": 3, "value": "07:30"}, {"name": "timezone", "type": 3, "value": "Asia/Seoul"}],
        )
        bad_zone = await _ask(fake_discord, "settings", [{"name": "timezone", "type": 3, "value": "Asia"}])
        bad_time = await _ask(fake_discord, "settings", [{"name": "time", "type": 3, "value": "25:99"}])
        member = await _ask(fake_discord, "settings", [{"name": "time", "type": 3, "value": "06:00"}], permissions=0)
        english = await _ask(fake_discord, "settings", [{"name": "language", "type": 3, "value": "en"}])
        subscription = app.subscriptions.subscription(TARGET)
    assert "bản tin lúc 07:30, múi giờ Asia/Seoul" in shown
    assert "Không biết múi giờ «Asia»" in bad_zone and "HH:MM" in bad_time
    assert member.startswith("Chỉ thành viên có quyền Quản lý kênh")
    assert english.startswith("Settings: digests at 07:30")
    assert subscription is not None and subscription.digest_times == ("07:30",) and subscription.language == "en"


@SQLITE
async def test_timezone_autocomplete_offers_iana_names(fake_discord: FakeDiscord, db_url: str, tmp_path: Path) -> None:
    async with discord_app(db_url, fake_discord, tmp_path):
        interaction = await fake_discord.interact(
            "settings", [{"name": "timezone", "type": 3, "value": "seo", "focused": True}], kind=4
        )
        await fake_discord.wait_for(lambda f: f.callback_types(interaction) == [8])
    choices = next(c for c in fake_discord.callbacks if c["interaction_id"] == interaction)["data"]["choices"]
    assert {"name": "Asia/Seoul", "value": "Asia/Seoul"} in choices and len(choices) <= 25


@SQLITE
async def test_a_long_digest_is_split_into_messages_within_discords_limits(
    fake_discord: FakeDiscord, db_url: str, tmp_path: Path
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(25):
        body = f"Tin số {n}: Bộ Tài chính Hàn Quốc cho biết thu thuế đạt {n + 100} nghìn tỷ won. " * 30
        lead = f"Tin *đậm* @everyone {'rất dài ' * 60}{n}"  # markdown, a mass mention, past the title limit
        (seeds / f"s{n}.txt").write_text(f"{lead}\n\n{body}", encoding="utf-8")
    async with discord_app(db_url, fake_discord, seeds, gateway=False) as app:
        await app.service.poll()
        app.subscriptions.subscribe(TARGET, "vi")
        report = await app.send_digests(force=True)
    messages = fake_discord.channel_messages()
    assert report.sent == len(messages) >= 3 and report.failed == 0
    embeds = [e for m in messages for e in m["embeds"]]
    assert len(embeds) == 25 and all(len(m["embeds"]) <= 10 for m in messages)
    assert "@everyone" not in json.dumps(messages, ensure_ascii=False)  # no story can ping a server
    assert all("\\*đậm\\*" in e["title"] for e in embeds)  # markdown shown as typed, not applied
    assert all(len(e["title"]) <= 256 for e in embeds)


@SQLITE
async def test_a_429_waits_and_retries_and_gone_channels_are_deactivated(
    fake_discord: FakeDiscord, db_url: str, tmp_path: Path
) -> None:
    missing, forbidden = "555555555555555555", "666666666666666666"
    fake_discord.gone_channels[missing] = (404, 10003, "Unknown Channel")
    fake_discord.gone_channels[forbidden] = (403, 50001, "Missing Access")
    async with discord_app(db_url, fake_discord, _seed(tmp_path / "seeds"), gateway=False) as app:
        await app.service.poll()
        for channel in (CHANNEL_ID, missing, forbidden):
            app.subscriptions.subscribe(ChatTarget("discord", channel), "vi")
        fake_discord.fail_next(
            f"/channels/{CHANNEL_ID}/messages", 429, retry_after=0.05, message="slow", **{"global": False}
        )
        report = await app.send_digests(force=True)
        active = [
            c for c in (CHANNEL_ID, missing, forbidden) if app.subscriptions.subscription(ChatTarget("discord", c))
        ]
    assert (report.sent, report.chats_gone, report.failed) == (1, 2, 0)
    assert len(fake_discord.channel_messages()) == 1  # the 429 was waited out and retried, nothing dropped
    assert active == [CHANNEL_ID]


@SQLITE
async def test_webhook_mode_posts_digests_without_a_bot_login(
    fake_discord: FakeDiscord, db_url: str, tmp_path: Path
) -> None:
    url = fake_discord.webhook_url("333333333333333333")
    async with discord_app(
        db_url, fake_discord, _seed(tmp_path / "seeds"), discord_bot_token=None, discord_webhook_url=url
    ) as app:
        await app.service.poll()
        report = await app.send_digests(force=True)
        subscription = app.subscriptions.subscription(ChatTarget("discord_webhook", "333333333333333333"))
    posted = [p for p in fake_discord.posted if p.where == "webhook:333333333333333333"]
    assert set(app.chat_platforms) == {"discord_webhook"} and fake_discord.identified == []
    assert subscription is not None and report.sent == len(posted) == 1
    assert posted[0].payload["embeds"][0]["description"].count("•") >= 2


@SQLITE
async def test_an_invalid_token_fails_fast_with_one_clear_line(
    fake_discord: FakeDiscord, db_url: str, tmp_path: Path
) -> None:
    from bot.core.errors import ConfigError

    with pytest.raises(ConfigError, match="DISCORD_BOT_TOKEN was rejected"):
        async with discord_app(db_url, fake_discord, tmp_path, discord_bot_token="not-the-token"):
            pass


@SQLITE
async def test_a_slow_article_is_still_acknowledged_within_discords_deadline(
    fake_discord: FakeDiscord, site: FakeKbsSite, db_url: str, tmp_path: Path
) -> None:
    import asyncio

    from aiohttp import web

    release = asyncio.Event()

    async def slow_page(request: web.Request) -> web.StreamResponse:
        await release.wait()  # the page answers only after the test saw the acknowledgement
        return web.Response(text=article_page(site.articles[0]), content_type="text/html")

    site.overrides["/slow"] = slow_page
    async with discord_app(db_url, fake_discord, tmp_path):
        interaction = await fake_discord.interact("summary", [{"name": "url", "type": 3, "value": f"{site.base}/slow"}])
        await fake_discord.wait_for(lambda f: f.callback_types(interaction) == [5])
        release.set()
        await fake_discord.wait_for(lambda f: bool(f.replies(interaction)))
    reply = fake_discord.replies(interaction)[0]
    assert reply["embeds"][0]["title"] == f"1. {EXPORTS.title}"
