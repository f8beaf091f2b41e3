"""Sections, cadences and /search through the real PTB and discord.py clients, against the loopback KBS
site (with section feeds), the fake Bot API and the fake Discord."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import time_machine

from bot.core.domain import ChatTarget
from tests.component.discord_helpers import discord_app
from tests.component.helpers import built_app
from tests.component.telegram_helpers import telegram_app
from tests.fakes import feeds as fake
from tests.fakes.discord import CHANNEL_ID, FakeDiscord
from tests.fakes.feeds import Article, FakeKbsSite
from tests.fakes.telegram import FakeTelegram
from tests.stories import ALL, EXPORTS, FESTIVAL, SATELLITE

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
T0 = datetime(2026, 3, 1, 0, 0, tzinfo=UTC)  # 07:00 in Ho Chi Minh City
LATE_NEWS = Article(
    seq=70104,
    title="Ngân hàng trung ương giữ nguyên lãi suất",
    paragraphs=["Ngân hàng trung ương Hàn Quốc ngày 27/11 giữ nguyên lãi suất cơ bản ở mức 2,5%."],
)


async def _site(**sections: list[int]) -> FakeKbsSite:
    return await FakeKbsSite(articles=copy.deepcopy(ALL), sections=sections).start()


def _sections(site: FakeKbsSite) -> dict[str, str]:
    return {
        "kinh-te": site.section_url("Ec"),
        "van-hoa": site.section_url("Cu"),
        "khoa-hoc": site.section_url("Sc"),
        "chinh-tri": site.section_url("Po"),  # carries nothing
        "xa-hoi": f"{site.base}/rss/broken.htm",
    }


@SQLITE
async def test_section_feeds_tag_each_story_once_fetched_and_report_what_fails(db_url: str, tmp_path: Path) -> None:
    site = await _site(Ec=[EXPORTS.seq], Cu=[FESTIVAL.seq], Sc=[SATELLITE.seq, EXPORTS.seq], Po=[])
    site.overrides["/rss/broken.htm"] = fake.status(500)
    try:
        async with built_app(db_url, [site.feed_url], tmp_path, sections=_sections(site)) as app:
            reports = {r.name: r for r in await app.service.poll()}
            stories = {s.title: s.sections for s in app.story_store.stories_seen_since(None, 10)}
            economy = [s.title for s in app.story_store.stories_seen_since(None, 10, "kinh-te")]
    finally:
        await site.stop()
    pages = [r.query for r in site.hits("/service/news_view.htm")]
    assert len(pages) == len(set(pages)) == 3  # each article fetched once, however many feeds carry it
    assert stories == {
        EXPORTS.title: ("khoa-hoc", "kinh-te"),
        FESTIVAL.title: ("van-hoa",),
        SATELLITE.title: ("khoa-hoc",),
    }
    assert economy == [EXPORTS.title]
    assert reports[f"{site.section_url('Po')} (section chinh-tri)"].status == "empty"
    assert reports[f"{site.base}/rss/broken.htm (section xa-hoi)"].status.startswith("failed")
    assert sum(r.new for r in reports.values()) == 3


@SQLITE
async def test_section_subscribers_get_their_section_instant_ones_each_poll_and_two_times_two_digests(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    site = await _site(Ec=[EXPORTS.seq, LATE_NEWS.seq], Cu=[FESTIVAL.seq], Sc=[SATELLITE.seq], Po=[])
    everyone, economy, alerts, twice = (ChatTarget("telegram", str(n)) for n in (4001, 4002, 4003, 4004))
    try:
        with time_machine.travel(T0 - timedelta(hours=1), tick=False) as clock:  # 06:00 in Ho Chi Minh City
            settings = {"feeds": [site.feed_url], "sections": _sections(site)}
            async with telegram_app(db_url, fake_telegram, tmp_path, polling=False, **settings) as app:
                await app.service.poll()
                clock.shift(timedelta(seconds=1))
                for target in (everyone, economy, alerts, twice):
                    app.subscriptions.subscribe(target, "vi")
                app.subscriptions.change_setting(economy, "sections", "Kinh tế")
                app.subscriptions.change_setting(alerts, "cadence", "instant")
                app.subscriptions.change_setting(alerts, "sections", "kinh-te")
                app.subscriptions.change_setting(twice, "time", "07:00, 19:00")

                clock.move_to(T0 + timedelta(seconds=10))  # 07:00: the first of two times
                first = await app.send_digests()
                clock.move_to(T0 + timedelta(hours=1, seconds=10))  # 08:00: the default time
                second = await app.send_digests()
                texts = {int(m["chat"]["id"]): str(m["text"]) for m in fake_telegram.sent}

                site.articles.append(LATE_NEWS)  # a new economy story, then the next poll
                clock.move_to(T0 + timedelta(hours=2))
                await app.service.poll()
                clock.shift(timedelta(seconds=1))
                instant = await app.digests.send_instant(app.chat_platforms)
                alert = str(fake_telegram.sent[-1]["text"])
                again = await app.digests.send_instant(app.chat_platforms)

                clock.move_to(T0 + timedelta(hours=12, seconds=10))  # 19:00: the second time
                evening = await app.send_digests()
                late = [str(m["text"]) for m in fake_telegram.sent if int(m["chat"]["id"]) == 4004]
    finally:
        await site.stop()
    assert (first.sent, second.sent) == (1, 2)  # 07:00: the two-times chat; 08:00: everyone and economy
    assert all(t in texts[4001] for t in (EXPORTS.title, FESTIVAL.title, SATELLITE.title))
    assert EXPORTS.title in texts[4002] and FESTIVAL.title not in texts[4002] and SATELLITE.title not in texts[4002]
    assert 4003 not in texts  # instant starts with what arrives after it was chosen
    assert instant.sent == 1 and again.sent == 0  # one message for the poll's batch, never twice
    assert alert.startswith("Tin mới từ KBS tiếng Việt — 1 tin") and LATE_NEWS.title in alert
    assert evening.sent == 1 and len(late) == 2 and LATE_NEWS.title in late[1]  # two times, two digests


async def _ask(fake_telegram: FakeTelegram, text: str, **where: object) -> str:
    before = len(fake_telegram.sent)
    await fake_telegram.inject_message(text, **where)  # type: ignore[arg-type]
    await fake_telegram.wait_for_sent(before + 1)
    return str(fake_telegram.sent[before]["text"])


@SQLITE
async def test_telegram_settings_sections_and_cadence_typed_and_by_button_and_search(
    fake_telegram: FakeTelegram, site: FakeKbsSite, db_url: str, tmp_path: Path
) -> None:
    site.sections.update(Ec=[EXPORTS.seq], Cu=[FESTIVAL.seq], In=[])
    sections = {"kinh-te": site.section_url("Ec"), "van-hoa": site.section_url("Cu"), "quoc-te": site.section_url("In")}
    settings = {"feeds": [site.feed_url], "sections": sections}
    async with telegram_app(db_url, fake_telegram, tmp_path, **settings) as app:
        await app.service.poll()
        await _ask(fake_telegram, "/subscribe")
        target = ChatTarget("telegram", "1001")
        typed = await _ask(fake_telegram, "/settings sections kinh te")
        keyboard = fake_telegram.sent[-1]["params"]["reply_markup"]["inline_keyboard"]
        before = app.subscriptions.subscription(target)
        refusals = [
            await _ask(fake_telegram, "/settings sections the-thao"),
            await _ask(fake_telegram, "/settings time " + ",".join(f"{h:02d}:00" for h in range(24)) * 2),
            await _ask(fake_telegram, "/settings cadence often"),
            await _ask(fake_telegram, "/search"),
            await _ask(fake_telegram, "/search " + "ả" * 4000),
            await _ask(fake_telegram, "/search ?!…"),
        ]
        after_refusals = app.subscriptions.subscription(target)
        sent = len(fake_telegram.sent)
        await fake_telegram.inject_callback("set:section:van-hoa")
        await fake_telegram.wait_for_sent(sent + 1)
        toggled = app.subscriptions.subscription(target)
        instant = await _ask(fake_telegram, "/settings cadence instant")
        found = await _ask(fake_telegram, "/search le hoi viet han")
        none = await _ask(fake_telegram, "/search samsung")
    assert "Chuyên mục: Kinh tế" in typed
    labels = [button["text"] for row in keyboard for button in row]
    assert "✓ Kinh tế" in labels and "Văn hóa" in labels and "✓ Theo giờ" in labels
    assert "Không có chuyên mục «the-thao»" in refusals[0] and "kinh-te, van-hoa, quoc-te" in refusals[0]
    assert "tối đa 8 giờ" in refusals[1]
    assert refusals[2].startswith("Cách nhận tin")
    assert refusals[3].startswith("Cách dùng: /search")
    assert refusals[4].startswith("Từ khóa quá dài") and refusals[5].startswith("Không có từ nào")
    assert after_refusals == before  # bad input changes nothing
    assert toggled is not None and toggled.sections == ("kinh-te", "van-hoa")
    assert "nhận tin ngay" in instant
    assert found.startswith("Kết quả tìm «le hoi viet han» — 1 tin") and FESTIVAL.title in found
    assert none == "Không tìm thấy tin nào có «samsung»."


@SQLITE
async def test_discord_settings_with_choices_and_search(
    fake_discord: FakeDiscord, site: FakeKbsSite, db_url: str, tmp_path: Path
) -> None:
    site.sections.update(Ec=[EXPORTS.seq], Cu=[FESTIVAL.seq])
    settings = {
        "feeds": [site.feed_url],
        "sections": {"kinh-te": site.section_url("Ec"), "van-hoa": site.section_url("Cu")},
    }
    async with discord_app(db_url, fake_discord, tmp_path, **settings) as app:
        await app.service.poll()
        subscribed = await fake_discord.interact("subscribe")
        await fake_discord.wait_for(lambda f: bool(f.replies(subscribed)))
        choose = await fake_discord.interact(
            "settings", [{"name": "sections", "type": 3, "value": "kinh-te,", "focused": True}], kind=4
        )
        await fake_discord.wait_for(lambda f: f.callback_types(choose) == [8])
        changed = await fake_discord.interact(
            "settings",
            [{"name": "sections", "type": 3, "value": "kinh-te"}, {"name": "cadence", "type": 3, "value": "instant"}],
        )
        await fake_discord.wait_for(lambda f: bool(f.replies(changed)))
        subscription = app.subscriptions.subscription(ChatTarget("discord", CHANNEL_ID))
        search = await fake_discord.interact("search", [{"name": "query", "type": 3, "value": "ve tinh"}])
        await fake_discord.wait_for(lambda f: any(r.get("embeds") for r in f.replies(search)))
        bad = await fake_discord.interact("search", [{"name": "query", "type": 3, "value": "%%%"}])
        await fake_discord.wait_for(lambda f: bool(f.replies(bad)))
    choices = next(c for c in fake_discord.callbacks if c["interaction_id"] == choose)["data"]["choices"]
    assert choices == [{"name": "Kinh tế, Văn hóa", "value": "kinh-te,van-hoa"}]
    assert subscription is not None and (subscription.sections, subscription.cadence) == (("kinh-te",), "instant")
    answer = next(r for r in fake_discord.replies(search) if r.get("embeds"))
    assert answer["content"].startswith("**Kết quả tìm «ve tinh» — 1 tin**")
    assert SATELLITE.title in answer["embeds"][0]["title"]
    assert fake_discord.replies(bad)[-1]["content"].startswith("Không có từ nào")


@SQLITE
async def test_a_story_its_section_feed_lists_after_the_all_news_feed_still_alerts_that_sections_subscribers(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    site = await _site(Ec=[EXPORTS.seq], Cu=[FESTIVAL.seq], Sc=[SATELLITE.seq], Po=[])
    alerts = ChatTarget("telegram", "4005")
    try:
        settings = {"feeds": [site.feed_url], "sections": _sections(site)}
        async with telegram_app(db_url, fake_telegram, tmp_path, polling=False, **settings) as app:
            await app.poll_and_alert()
            app.subscriptions.subscribe(alerts, "vi")
            app.subscriptions.change_setting(alerts, "cadence", "instant")
            app.subscriptions.change_setting(alerts, "sections", "kinh-te")
            site.articles.append(LATE_NEWS)  # in the all-news feed first; its section feed lists it a poll later
            await app.poll_and_alert()
            before = [m for m in fake_telegram.sent if int(m["chat"]["id"]) == 4005]
            site.sections["Ec"].append(LATE_NEWS.seq)
            reports = await app.poll()
            await app.alert_new(retagged=any(r.tagged for r in reports))
            after = [str(m["text"]) for m in fake_telegram.sent if int(m["chat"]["id"]) == 4005]
    finally:
        await site.stop()
    economy = next(r for r in reports if "kinh-te" in r.name)
    assert before == [] and economy.tagged == 1 and "tagged=1" in economy.line()
    assert len(after) == 1 and LATE_NEWS.title in after[0]
