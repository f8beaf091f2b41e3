"""Telegram channels: subscribed by a post in the channel or from a private chat, dropped at once when
the bot is removed or demoted — through the real PTB against the fake Bot API."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from bot.adapters.telegram.channels import can_post
from bot.core.domain import ChatTarget
from tests.component.telegram_helpers import telegram_app
from tests.fakes.telegram import BOT, FakeTelegram

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
CHANNEL = -1001234567890
TARGET = ChatTarget("telegram", str(CHANNEL))


async def _reply_to(fake: FakeTelegram, inject: object) -> str:
    before = len(fake.sent)
    await inject  # type: ignore[misc]
    await fake.wait_for_sent(before + 1)
    return str(fake.sent[before]["text"])


@SQLITE
async def test_a_channel_admin_subscribes_by_posting_in_the_channel(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    async with telegram_app(db_url, fake_telegram, tmp_path) as app:
        reply = await _reply_to(fake_telegram, fake_telegram.inject_channel_post("/subscribe", chat_id=CHANNEL))
        subscription = app.subscriptions.subscription(TARGET)
        before = len(fake_telegram.sent)
        await fake_telegram.inject_channel_post("/weather", chat_id=CHANNEL)  # not ours: left alone
        await fake_telegram.inject_message("/help")
        await fake_telegram.wait_for_sent(before + 1)
    assert reply.startswith("Đã đăng ký") and subscription is not None
    assert fake_telegram.sent[0]["chat"]["id"] == CHANNEL
    assert [m["chat"]["id"] for m in fake_telegram.sent[before:]] == [1001]  # no hint posted into the channel


@SQLITE
async def test_a_channel_is_subscribed_from_a_private_chat_only_by_an_admin_of_both(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    fake_telegram.channels["@tin_kbs"] = CHANNEL
    async with telegram_app(db_url, fake_telegram, tmp_path) as app:
        unknown = await _reply_to(fake_telegram, fake_telegram.inject_message("/subscribe @khong_co"))
        bot_missing = await _reply_to(fake_telegram, fake_telegram.inject_message("/subscribe @tin_kbs"))
        fake_telegram.admins[CHANNEL] = {int(BOT["id"])}
        not_admin = await _reply_to(fake_telegram, fake_telegram.inject_message("/subscribe @tin_kbs"))
        nothing_yet = app.subscriptions.subscription(TARGET)
        fake_telegram.admins[CHANNEL].add(501)
        done = await _reply_to(fake_telegram, fake_telegram.inject_message("/subscribe @tin_kbs"))
        subscribed = app.subscriptions.subscription(TARGET)
        stopped = await _reply_to(fake_telegram, fake_telegram.inject_message("/unsubscribe @tin_kbs"))
        after = app.subscriptions.subscription(TARGET)
    assert unknown.startswith("Không tìm thấy kênh @khong_co")
    assert bot_missing.startswith("Bot cần là quản trị viên")
    assert not_admin.startswith("Chỉ quản trị viên của @tin_kbs") and nothing_yet is None
    assert done.startswith("Đã đăng ký kênh @tin_kbs") and subscribed is not None
    assert stopped == "Đã hủy đăng ký kênh @tin_kbs." and after is None


class _GoneLine(logging.Handler):
    """Sets an event when the bot logs that a chat is gone: the only outward sign of a deactivation,
    which needs no message to the platform. The line is logged from a worker thread."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self.loop, self.seen = loop, asyncio.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if "is gone" in record.getMessage():
            self.loop.call_soon_threadsafe(self.seen.set)


@SQLITE
@pytest.mark.parametrize(("chat_type", "new"), [("channel", "left"), ("channel", "member"), ("supergroup", "kicked")])
async def test_removed_or_demoted_deactivates_the_subscription_at_once(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path, chat_type: str, new: str
) -> None:
    watch = _GoneLine(asyncio.get_running_loop())
    logging.getLogger("bot.core.subscriptions").addHandler(watch)
    try:
        async with telegram_app(db_url, fake_telegram, tmp_path) as app:
            app.subscriptions.subscribe(TARGET, "vi")
            await fake_telegram.inject_my_chat_member(
                chat_id=CHANNEL, chat_type=chat_type, old="administrator", new=new
            )
            await asyncio.wait_for(watch.seen.wait(), 10)
            subscription = app.subscriptions.subscription(TARGET)
    finally:
        logging.getLogger("bot.core.subscriptions").removeHandler(watch)
    assert subscription is None and not fake_telegram.sent  # deactivated with nothing sent to find out


@pytest.mark.parametrize(
    ("chat_type", "status", "can"),
    [("channel", "left", False), ("channel", "member", False), ("channel", "administrator", True),
     ("supergroup", "kicked", False), ("supergroup", "member", True), ("supergroup", "administrator", True)],
)  # fmt: skip
def test_which_memberships_still_let_the_bot_post(chat_type: str, status: str, can: bool) -> None:
    from telegram import ChatMember

    member = ChatMember.de_json(FakeTelegram._member(int(BOT["id"]), status), None)
    assert can_post(member, chat_type) is can


@SQLITE
async def test_one_instance_long_polls_and_another_takes_over_when_it_stops(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    from bot.adapters.telegram.adapter import TelegramAdapter

    async with (
        telegram_app(db_url, fake_telegram, tmp_path, telegram_updates_lease=0.6) as first,
        telegram_app(db_url, fake_telegram, tmp_path, telegram_updates_lease=0.6) as second,
    ):
        one, two = first.chat_platforms["telegram"], second.chat_platforms["telegram"]
        assert isinstance(one, TelegramAdapter) and isinstance(two, TelegramAdapter)
        assert one.is_polling() and not two.is_polling()  # both send; only the lease holder polls
        await one.stop()
        polls = sum(c.method == "getUpdates" for c in fake_telegram.calls)
        await fake_telegram.wait_for(lambda f: sum(c.method == "getUpdates" for c in f.calls) > polls + 1)
        assert two.is_polling()
        reply = await _reply_to(fake_telegram, fake_telegram.inject_message("/help"))
    assert "/subscribe" in reply
