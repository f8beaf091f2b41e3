"""Daily digests to Telegram: schedules across time zones, restarts, 429 storms, blocked chats, limits."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import time_machine

from bot.core.domain import ChatTarget
from tests.component.telegram_helpers import telegram_app
from tests.fakes.telegram import FakeTelegram, parse_html
from tests.stories import EXPORTS, FESTIVAL, archived_text

T0 = datetime(2026, 3, 1, 0, 0, tzinfo=UTC)  # 07:00 in Ho Chi Minh City, 09:00 in Seoul
FESTIVAL_TEXT = "Lễ hội văn hóa Việt-Hàn lần thứ 5"  # seed stories have no title: their lead is the heading
EXPORTS_TEXT = "59,57 tỷ USD"


def _seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir(exist_ok=True)
    (folder / "exports.txt").write_text(archived_text(EXPORTS), encoding="utf-8")
    return folder


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_each_subscription_gets_its_digest_at_its_own_time_and_a_missed_one_once_after_a_restart(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    seeds = _seeds(tmp_path)
    hcm, seoul = ChatTarget("telegram", "3001"), ChatTarget("telegram", "3002")
    with time_machine.travel(T0, tick=False) as clock:
        async with telegram_app(db_url, fake_telegram, seeds, polling=False) as app:
            await app.service.poll()
            app.subscriptions.subscribe(hcm, "vi")
            app.subscriptions.subscribe(seoul, "vi")
            app.subscriptions.change_setting(seoul, "timezone", "Asia/Seoul")

            clock.move_to(T0 + timedelta(minutes=59, seconds=30))
            assert (await app.send_digests()).sent == 0
            clock.move_to(T0 + timedelta(hours=1, seconds=10))  # 08:00 in Ho Chi Minh City
            assert (await app.send_digests()).sent == 1
            assert [m["chat"]["id"] for m in fake_telegram.sent] == [3001]
            clock.move_to(T0 + timedelta(hours=23, seconds=10))  # 08:00 next day in Seoul
            assert (await app.send_digests()).sent == 1
            assert [m["chat"]["id"] for m in fake_telegram.sent] == [3001, 3002]
            assert (await app.send_digests()).sent == 0

        # Down for three days; a new story arrives while the bot restarts.
        clock.move_to(T0 + timedelta(days=3, hours=5))
        (seeds / "festival.txt").write_text(archived_text(FESTIVAL), encoding="utf-8")
        async with telegram_app(db_url, fake_telegram, seeds, polling=False) as app:
            await app.service.poll()
            clock.shift(timedelta(seconds=1))  # the digest tick comes after the poll that stored the story
            late = await app.send_digests()
            again = await app.send_digests()
            due = {s.target.chat_id: s.next_due for s in app.subscriptions.store.due(T0 + timedelta(days=9))}
    assert (late.sent, again.sent) == (2, 0)
    late_texts = [m["text"] for m in fake_telegram.sent[2:]]
    assert len(late_texts) == 2 and all(FESTIVAL_TEXT in text and EXPORTS_TEXT not in text for text in late_texts)
    assert due["3001"] == datetime(2026, 3, 5, 1, 0, tzinfo=UTC)  # the next regular run, not a backlog
    assert due["3002"] == datetime(2026, 3, 4, 23, 0, tzinfo=UTC)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_filters_choose_the_stories_of_a_digest(fake_telegram: FakeTelegram, db_url: str, tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    (seeds / "festival.txt").write_text(archived_text(FESTIVAL), encoding="utf-8")
    wants, avoids = ChatTarget("telegram", "4001"), ChatTarget("telegram", "4002")
    async with telegram_app(db_url, fake_telegram, seeds, polling=False) as app:
        await app.service.poll()
        for target in (wants, avoids):
            app.subscriptions.subscribe(target, "vi")
        app.subscriptions.change_setting(wants, "include", "le hoi, GWANGHWAMUN")
        app.subscriptions.change_setting(avoids, "exclude", "lễ hội")
        await app.send_digests(force=True)
    by_chat = {m["chat"]["id"]: m["text"] for m in fake_telegram.sent}
    assert FESTIVAL_TEXT in by_chat[4001] and EXPORTS_TEXT not in by_chat[4001]
    assert EXPORTS_TEXT in by_chat[4002] and FESTIVAL_TEXT not in by_chat[4002]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_a_429_storm_loses_nothing_and_sends_nothing_twice(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    chats = [ChatTarget("telegram", str(5000 + i)) for i in range(10)]
    for _ in range(14):
        fake_telegram.fail_next("sendMessage", 429, "Too Many Requests: retry after 0.05", retry_after=0.05)
    async with telegram_app(db_url, fake_telegram, _seeds(tmp_path), polling=False) as app:
        await app.service.poll()
        for chat in chats:
            app.subscriptions.subscribe(chat, "vi")
        reports = [await app.send_digests(force=True)]
        while app.outbox.pending("telegram") and len(reports) < 5:
            reports.append(await app.send_digests())
        left = app.outbox.pending("telegram")
    received = sorted(m["chat"]["id"] for m in fake_telegram.sent)
    assert left == [] and received == sorted(int(c.chat_id) for c in chats)  # each chat exactly once
    assert sum(r.sent for r in reports) == 10 and fake_telegram.failures == []


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_sends_keep_to_a_bot_api_enforcing_30_per_second_without_drawing_a_429(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    fake_telegram.max_per_second = 30
    chats = [ChatTarget("telegram", str(6000 + i)) for i in range(45)] + [ChatTarget("telegram", "-100777")]
    async with telegram_app(
        db_url, fake_telegram, _seeds(tmp_path), polling=False, telegram_overall_max_rate=30, telegram_group_max_rate=20
    ) as app:
        await app.service.poll()
        for chat in chats:
            app.subscriptions.subscribe(chat, "vi")
        report = await app.send_digests(force=True)
    received = sorted(m["chat"]["id"] for m in fake_telegram.sent)
    assert report.sent == len(chats) and received == sorted(int(c.chat_id) for c in chats)
    assert fake_telegram.rejected_429 == 0  # the schedule matches the server's own counting


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_a_blocked_chat_is_deactivated_and_the_others_go_on(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fake_telegram.blocked_chats.add(6002)
    chats = [ChatTarget("telegram", c) for c in ("6001", "6002", "6003")]
    async with telegram_app(db_url, fake_telegram, _seeds(tmp_path), polling=False) as app:
        await app.service.poll()
        for chat in chats:
            app.subscriptions.subscribe(chat, "vi")
        report = await app.send_digests(force=True)
        active = [c.chat_id for c in chats if app.subscriptions.subscription(c) is not None]
        second = await app.send_digests(force=True)
    assert (report.sent, report.chats_gone) == (2, 1) and active == ["6001", "6003"]
    to_blocked = [c for c in fake_telegram.calls if c.method == "sendMessage" and c.params["chat_id"] == "6002"]
    assert second.chats_gone == 0 and len(to_blocked) == 1  # never tried again
    assert sorted(m["chat"]["id"] for m in fake_telegram.sent) == [6001, 6003]
    assert any("chat=6002 is gone" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_a_long_digest_is_split_into_valid_html_parts_under_the_limit(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(25):
        body = (
            f"Bộ Tài chính Hàn Quốc ngày {i + 1}/11 cho biết thu thuế tháng {i % 12 + 1} đạt {100 + i},5 nghìn tỷ "
            f"won <script>alert(1)</script> & tăng {i % 9 + 1},2% so với cùng kỳ. " + "Chi tiết 😀 " * 40
        )
        (seeds / f"{i:02}.txt").write_text(
            f"url: https://world.kbs.co.kr/service/news_view.htm?lang=v&Seq_Code={70000 + i}\n\n{body}", "utf-8"
        )
    async with telegram_app(db_url, fake_telegram, seeds, polling=False) as app:
        await app.service.poll()
        app.subscriptions.subscribe(ChatTarget("telegram", "7001"), "vi")
        report = await app.send_digests(force=True)
    parts = [m["raw"] for m in fake_telegram.sent]
    assert report.sent == len(parts) > 1 and report.failed == 0
    for raw in parts:
        error, _visible = parse_html(raw)
        assert error is None and len(raw.encode("utf-16-le")) // 2 <= 4096
        assert "<script>" not in raw and "&lt;script&gt;" in raw
    links = re.findall(r'<a href="([^"]+)">Đọc bài</a>', "".join(parts))
    assert len(links) == 25 and links[0].startswith(
        "https://world.kbs.co.kr/service/news_view.htm?lang=v&amp;Seq_Code="
    )
    assert all(part.count("<b>") == part.count("</b>") for part in parts)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_chat_not_found_deactivates_and_a_rejected_message_is_not_retried_forever(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    fake_telegram.fail_next("sendMessage", 400, "Bad Request: chat not found")
    async with telegram_app(db_url, fake_telegram, _seeds(tmp_path), polling=False) as app:
        await app.service.poll()
        gone = ChatTarget("telegram", "9001")
        app.subscriptions.subscribe(gone, "vi")
        first = await app.send_digests(force=True)
        kept = ChatTarget("telegram", "9002")
        app.subscriptions.subscribe(kept, "vi")
        fake_telegram.fail_next("sendMessage", 400, "Bad Request: can't parse entities: broken")
        second = await app.send_digests(force=True)
        pending = app.outbox.pending("telegram")
        still_subscribed = app.subscriptions.subscription(kept) is not None
    assert (first.chats_gone, second.failed, second.chats_gone) == (1, 1, 0)
    assert pending == [] and still_subscribed


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_a_user_who_blocks_the_bot_mid_reply_is_unsubscribed(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    async with telegram_app(db_url, fake_telegram, tmp_path) as app:
        await fake_telegram.inject_message("/subscribe", chat_id=9100)
        await fake_telegram.wait_for_sent(1)
        fake_telegram.blocked_chats.add(9100)
        calls = len(fake_telegram.calls)
        await fake_telegram.inject_message("/summary", chat_id=9100)
        await fake_telegram.wait_for(lambda f: any(c.method == "sendMessage" for c in f.calls[calls:]))
        # The fake re-checks this on every API call; PTB's long poll calls at least once a second.
        await fake_telegram.wait_for(lambda f: app.subscriptions.subscription(ChatTarget("telegram", "9100")) is None)
