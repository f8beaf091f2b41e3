"""Every Telegram command through the real python-telegram-bot against the loopback Bot API."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.domain import ChatTarget
from tests.component.telegram_helpers import telegram_app
from tests.fakes.feeds import FakeKbsSite
from tests.fakes.telegram import FakeTelegram
from tests.stories import EXPORTS, archived_text

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
GROUP = -100200300


def _seed(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "exports.txt").write_text(archived_text(EXPORTS), encoding="utf-8")
    (folder / "rates.txt").write_text(
        "Ngân hàng Trung ương Hàn Quốc ngày 6/11 giữ nguyên lãi suất cơ bản ở mức 2,5%.", encoding="utf-8"
    )
    return folder


async def _ask(fake: FakeTelegram, text: str, **where: object) -> str:
    before = len(fake.sent)
    await fake.inject_message(text, **where)  # type: ignore[arg-type]
    await fake.wait_for_sent(before + 1)
    return str(fake.sent[before]["text"])


async def test_start_help_and_the_command_menu_in_two_languages(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    async with telegram_app(db_url, fake_telegram, tmp_path):
        reply = await _ask(fake_telegram, "/start")
        assert "/subscribe" in reply and "/summary" in reply and "tóm tắt" in reply
        assert "/settings" in await _ask(fake_telegram, "/help@newsbot_test_bot")
        assert "Không rõ lệnh" in await _ask(fake_telegram, "/weather")
    vi_menu = [c["command"] for c in fake_telegram.commands[""]]
    en_menu = {c["command"]: c["description"] for c in fake_telegram.commands["en"]}
    assert vi_menu == ["start", "help", "subscribe", "unsubscribe", "summary", "search", "settings"]
    assert en_menu["subscribe"] == "Get the daily digest"


async def test_private_chat_subscribes_and_unsubscribes(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    async with telegram_app(db_url, fake_telegram, tmp_path) as app:
        assert "Đã đăng ký" in await _ask(fake_telegram, "/subscribe")
        assert "đã đăng ký rồi" in await _ask(fake_telegram, "/subscribe")
        subscription = app.subscriptions.subscription(ChatTarget("telegram", "1001"))
        assert (
            subscription is not None and subscription.digest_times == ("08:00",) and subscription.next_due is not None
        )
        assert "Đã hủy" in await _ask(fake_telegram, "/unsubscribe")
        assert "chưa đăng ký" in await _ask(fake_telegram, "/unsubscribe")
        assert app.subscriptions.subscription(ChatTarget("telegram", "1001")) is None


async def test_in_a_group_only_administrators_subscribe_or_change_settings(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    fake_telegram.admins[GROUP] = {9}
    group = {"chat_id": GROUP, "chat_type": "supergroup"}
    async with telegram_app(db_url, fake_telegram, tmp_path) as app:
        assert "chỉ quản trị viên" in await _ask(fake_telegram, "/subscribe", user_id=8, **group)
        assert app.subscriptions.subscription(ChatTarget("telegram", str(GROUP))) is None
        assert "Đã đăng ký" in await _ask(fake_telegram, "/subscribe", user_id=9, **group)
        assert "chỉ quản trị viên" in await _ask(fake_telegram, "/settings time 07:00", user_id=8, **group)
        assert "chỉ quản trị viên" in await _ask(fake_telegram, "/unsubscribe", user_id=8, **group)
        assert "Cài đặt: bản tin lúc 08:00" in await _ask(fake_telegram, "/settings", user_id=8, **group)  # reading
        assert app.subscriptions.subscription(ChatTarget("telegram", str(GROUP))) is not None
    checked = [c.params for c in fake_telegram.calls if c.method == "getChatMember"]
    assert {int(p["user_id"]) for p in checked} == {8, 9}


async def test_a_forum_topic_subscription_gets_its_digest_in_that_topic(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    fake_telegram.admins[GROUP] = {9}
    async with telegram_app(db_url, fake_telegram, _seed(tmp_path / "seeds")) as app:
        await app.service.poll()
        reply_count = len(fake_telegram.sent)
        await fake_telegram.inject_message(
            "/subscribe", chat_id=GROUP, chat_type="supergroup", user_id=9, thread_id=42, forum=True
        )
        await fake_telegram.wait_for_sent(reply_count + 1)
        assert fake_telegram.sent[-1]["message_thread_id"] == 42
        report = await app.send_digests(force=True)
    assert report.sent == 1
    digest = fake_telegram.sent[-1]
    assert digest["message_thread_id"] == 42 and "Bản tin KBS tiếng Việt — 2 tin" in digest["text"]


async def test_summary_latest_newest_n_and_usage(fake_telegram: FakeTelegram, db_url: str, tmp_path: Path) -> None:
    async with telegram_app(db_url, fake_telegram, _seed(tmp_path / "seeds")) as app:
        assert "Chưa có tin nào" in await _ask(fake_telegram, "/summary")
        await app.service.poll()
        latest = await _ask(fake_telegram, "/summary")
        assert latest.startswith("Bản tin KBS tiếng Việt — 2 tin") and "59,57 tỷ USD" in latest
        one = await _ask(fake_telegram, "/summary 1")
        assert one.startswith("Bản tin KBS tiếng Việt — 1 tin")
        for bad in ("/summary 0", "/summary 21", "/summary hôm nay", "/summary 1 2"):
            assert "Cách dùng" in await _ask(fake_telegram, bad)
    raw = fake_telegram.sent[1]["params"]
    assert raw["parse_mode"] == "HTML" and raw["link_preview_options"] == {"is_disabled": True}


async def test_summary_says_so_when_nothing_is_recent(fake_telegram: FakeTelegram, db_url: str, tmp_path: Path) -> None:
    import time_machine

    async with telegram_app(db_url, fake_telegram, _seed(tmp_path / "seeds")) as app:
        await app.service.poll()
        with time_machine.travel(app.service.now().timestamp() + 3 * 86400, tick=True):
            reply = await _ask(fake_telegram, "/summary")
    assert "Không có tin mới trong 24 giờ qua; đây là 2 tin gần nhất." in reply


async def test_summary_of_an_allowed_url(
    fake_telegram: FakeTelegram, site: FakeKbsSite, db_url: str, tmp_path: Path
) -> None:
    async with telegram_app(db_url, fake_telegram, tmp_path):
        reply = await _ask(fake_telegram, f"/summary {site.article_url(EXPORTS.seq)}")
    assert EXPORTS.title in reply and "59,57 tỷ USD" in reply and "Kim Jung-kwan" in reply


@pytest.mark.parametrize(
    "url",
    [
        "http://example.org/service/news_view.htm?Seq_Code=1",  # a host not on the list
        "ftp://127.0.0.1/news",  # not http(s)
        "http://10.0.0.7/admin",  # a private address that is not on the list
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata
        "http://user:secret@127.0.0.1/",  # credentials
        "LOCALHOST_URL",  # on the list by name, but it resolves to loopback
    ],
)
async def test_summary_refuses_urls_it_must_not_fetch(
    fake_telegram: FakeTelegram, site: FakeKbsSite, db_url: str, tmp_path: Path, url: str
) -> None:
    url = url.replace("LOCALHOST_URL", site.base.replace("127.0.0.1", "localhost") + "/service/news_view.htm")
    async with telegram_app(db_url, fake_telegram, tmp_path):
        reply = await _ask(fake_telegram, f"/summary {url}")
    assert reply.startswith("Không thể tóm tắt địa chỉ này") and "127.0.0.1" in reply
    assert site.requests == []  # nothing was fetched


async def test_an_allowed_host_that_does_not_resolve_gets_a_read_failure(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    async with telegram_app(db_url, fake_telegram, tmp_path):
        reply = await _ask(fake_telegram, "/summary https://kbs.invalid/service/news_view.htm?lang=v&Seq_Code=1")
    assert reply == "Không đọc được bài viết này."


async def test_a_redirect_to_a_refused_address_is_not_followed(
    fake_telegram: FakeTelegram, site: FakeKbsSite, db_url: str, tmp_path: Path
) -> None:
    from tests.fakes.feeds import redirect_to

    inner = site.base.replace("127.0.0.1", "localhost") + "/secret"
    site.overrides["/go"] = redirect_to(inner)
    async with telegram_app(db_url, fake_telegram, tmp_path):
        reply = await _ask(fake_telegram, f"/summary {site.base}/go")
    assert reply.startswith("Không thể tóm tắt")
    assert [r.path for r in site.requests] == ["/go"]


async def test_settings_typed_and_by_button(fake_telegram: FakeTelegram, db_url: str, tmp_path: Path) -> None:
    async with telegram_app(db_url, fake_telegram, tmp_path) as app:
        target = ChatTarget("telegram", "1001")
        assert "Hãy /subscribe trước" in await _ask(fake_telegram, "/settings time 07:30")
        await _ask(fake_telegram, "/subscribe")
        shown = await _ask(fake_telegram, "/settings time 07:30")
        assert "bản tin lúc 07:30" in shown
        assert fake_telegram.sent[-1]["params"]["reply_markup"]["inline_keyboard"][0][1]["callback_data"] == (
            "set:language:en"
        )
        assert "HH:MM" in await _ask(fake_telegram, "/settings time 25:99")
        assert "Mars/Base" in await _ask(fake_telegram, "/settings timezone Mars/Base")
        assert "múi giờ Asia/Seoul" in await _ask(fake_telegram, "/settings timezone Asia/Seoul")
        assert "han quoc, samsung" in await _ask(fake_telegram, "/settings include han quoc, samsung")
        assert "Không rõ cài đặt" in await _ask(fake_telegram, "/settings colour blue")
        assert "vi hoặc en" in await _ask(fake_telegram, "/settings language fr")
        assert "Settings: digests at 07:30" in await _ask(fake_telegram, "/settings language en")
        assert await _ask(fake_telegram, "/unsubscribe") == "Unsubscribed."
        await _ask(fake_telegram, "/subscribe")

        before = len(fake_telegram.sent)
        await fake_telegram.inject_callback("set:time:06:00")
        await fake_telegram.wait_for_sent(before + 1)
        edited = fake_telegram.sent[-1]
        subscription = app.subscriptions.subscription(target)
    assert edited["edit"] and "digests at 06:00" in edited["text"]
    assert subscription is not None and subscription.digest_times == ("06:00",)
    assert subscription.timezone == "Asia/Seoul" and subscription.include == ("han quoc", "samsung")
    assert any(c.method == "answerCallbackQuery" for c in fake_telegram.calls)


GENERIC_ERROR = "Đã có lỗi, vui lòng thử lại sau."


@pytest.mark.parametrize(
    ("command", "answer"),
    [
        ("/summary ²", "Cách dùng"),
        ("/summary ٣", "Cách dùng"),
        ("/summary " + "9" * 300, "Cách dùng"),
        ("/summary http://127.0.0.1:99999/x", "Liên kết này không hợp lệ"),
        ("/summary http://[::1/x", "Liên kết này không hợp lệ"),
        ("/summary http://127.0.0.1/\x07bell", "Liên kết này không hợp lệ"),
        ("/summary http://" + "a" * 3000 + ".vn/", "Liên kết này không hợp lệ"),
        ("/summary javascript://alert(1)", "Không thể tóm tắt địa chỉ này"),
        ("/settings timezone Asia", "Không biết múi giờ «Asia»"),
        ("/settings timezone ../../etc/passwd", "Không biết múi giờ"),
        ("/settings timezone <b>&amp;", "Không biết múi giờ «<b>&amp;»"),
        ("/settings time ٠٧:٣٠", "HH:MM"),
        ("/settings include a\x00b", "Tối đa 20 từ khóa"),
        ("/settings \x1b[31m red", "Không rõ cài đặt"),
    ],
)
async def test_every_bad_command_gets_its_own_answer(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path, command: str, answer: str
) -> None:
    async with telegram_app(db_url, fake_telegram, tmp_path):
        await _ask(fake_telegram, "/subscribe")
        reply = await _ask(fake_telegram, command)
    # `reply` is the text a reader sees: their own words come back as typed, so escaped exactly once.
    assert reply != GENERIC_ERROR and answer in reply, reply
