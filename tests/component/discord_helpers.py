"""The real App with its Discord adapter (and webhook mode) pointed at the loopback fake Discord."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bot.app import App
from tests.component.helpers import make_settings
from tests.fakes.discord import GUILD_ID, FakeDiscord


def discord_settings(db_url: str, fake: FakeDiscord, seeds: Path, **extra: Any) -> Any:
    values: dict[str, Any] = {
        "discord_bot_token": fake.token,
        "discord_api_base_url": fake.api_base,
        "discord_gateway_url": fake.gateway_url,
        "discord_guild_ids": [int(GUILD_ID)],
        "discord_guild_ready_timeout": 0.05,
        "summary_url_hosts": ["127.0.0.1"],
    }
    values.update(extra)
    feeds = values.pop("feeds", [])
    return make_settings(db_url, feeds, seeds, **values)


@asynccontextmanager
async def discord_app(
    db_url: str, fake: FakeDiscord, seeds: Path, *, gateway: bool = True, **extra: Any
) -> AsyncIterator[App]:
    """An App whose Discord platforms are started (gateway and commands) or only connected."""
    app = App.build(discord_settings(db_url, fake, seeds, **extra))
    try:
        for platform in app.chat_platforms.values():
            await (platform.start() if gateway else platform.connect())
        await app.subscribe_standing_targets()
        yield app
    finally:
        await app.aclose()
