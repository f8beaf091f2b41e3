"""Telegram webhook mode through the real PTB webhook server: the bot registers its URL and secret, the
fake Bot API POSTs updates to it as Telegram does, and a request without the secret is refused."""

from __future__ import annotations

import socket
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.component.telegram_helpers import telegram_app
from tests.fakes.telegram import FakeTelegram

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
SECRET = "webhook-secret-for-the-tests-0123"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_updates_arrive_by_webhook_and_a_wrong_secret_is_refused(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    port = _free_port()
    webhook = {
        "telegram_webhook_url": f"http://127.0.0.1:{port}/telegram/hook",
        "telegram_webhook_secret": SECRET,
        "telegram_webhook_listen": f"127.0.0.1:{port}",
    }
    async with telegram_app(db_url, fake_telegram, tmp_path, **webhook) as app:
        registered = dict(fake_telegram.webhook or {})
        await fake_telegram.inject_message("/subscribe", chat_id=6001)
        await fake_telegram.wait_for_sent(1)
        forged = {"update_id": 999, "message": {"message_id": 1, "date": 0, "chat": {"id": 6002, "type": "private"},
                                                "text": "/subscribe", "entities": [
                                                    {"type": "bot_command", "offset": 0, "length": 10}]}}  # fmt: skip
        wrong = await fake_telegram.post_to_webhook(forged, "not-the-secret")
        missing = await fake_telegram.post_to_webhook(forged, None)
        await fake_telegram.inject_message("/help", chat_id=6001)
        await fake_telegram.wait_for_sent(2)
        subscribed = [s.target.chat_id for s in app.subscriptions.store.due(datetime.now(UTC), force=True)]
    assert registered["url"] == webhook["telegram_webhook_url"] and registered["secret_token"] == SECRET
    assert fake_telegram.webhook_answers == [200, 200]  # both real updates taken
    assert (wrong, missing) == (403, 403)  # forged ones refused before any handler runs
    assert [m["chat"]["id"] for m in fake_telegram.sent] == [6001, 6001]
    assert subscribed == ["6001"]
    assert not any(c.method == "getUpdates" for c in fake_telegram.calls)  # no long polling in webhook mode
