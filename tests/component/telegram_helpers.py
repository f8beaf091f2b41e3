"""The real App with its Telegram adapter pointed at the loopback fake Bot API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bot.adapters.telegram.adapter import TelegramAdapter
from bot.app import App
from tests.component.helpers import make_settings
from tests.fakes.telegram import FakeTelegram


def telegram_settings(db_url: str, fake: FakeTelegram, seeds: Path, **extra: Any) -> Any:
    values: dict[str, Any] = {
        "telegram_bot_token": fake.token,
        "telegram_api_base_url": fake.base,
        "telegram_overall_max_rate": 0,
        "telegram_group_max_rate": 0,
        "telegram_poll_timeout": 1,
        "summary_url_hosts": ["127.0.0.1", "localhost", "kbs.invalid"],
    }
    values.update(extra)
    feeds = values.pop("feeds", [])
    return make_settings(db_url, feeds, seeds, **values)


@asynccontextmanager
async def telegram_app(
    db_url: str, fake: FakeTelegram, seeds: Path, *, polling: bool = True, **extra: Any
) -> AsyncIterator[App]:
    """An App whose Telegram adapter is started (long polling the fake) unless `polling` is False."""
    app = App.build(telegram_settings(db_url, fake, seeds, **extra))
    adapter = app.chat_platforms["telegram"]
    assert isinstance(adapter, TelegramAdapter)
    try:
        if polling:
            await adapter.start()
        else:
            await adapter.connect()
        yield app
    finally:
        await app.aclose()
