"""Build the real App (composition root) against a test database, the fake site and a seeds folder."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bot.app import App
from bot.settings import Settings


def make_settings(db_url: str, feeds: list[str], seeds_dir: Path, **extra: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": db_url,
        "feeds": feeds,
        "seeds_dir": seeds_dir,
        "fetch_timeout": 1.0,
        "fetch_max_bytes": 1_000_000,
        "poll_interval": 60,
        "sections": {},  # tests name their section feeds; the real KBS ones are never polled
        "digest_settle": 0,  # stories stored a moment ago go in the next digest at once
    }
    values.update(extra)
    return Settings(**values)


@asynccontextmanager
async def built_app(db_url: str, feeds: list[str], seeds_dir: Path, **extra: Any) -> AsyncIterator[App]:
    app = App.build(make_settings(db_url, feeds, seeds_dir, **extra))
    try:
        yield app
    finally:
        await app.aclose()
