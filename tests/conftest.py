"""Shared fixtures: the loopback KBS site, and store URLs for SQLite and PostgreSQL."""

from __future__ import annotations

import copy
import os
import uuid
from collections.abc import AsyncIterator, Iterator

import pytest

from tests.fakes.discord import FakeDiscord
from tests.fakes.feeds import FakeKbsSite
from tests.fakes.telegram import FakeTelegram
from tests.stories import ALL

POSTGRES_ENV = "NEWSBOT_TEST_POSTGRES_URL"
DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
_postgres_status: dict[str, str] = {}


def _postgres_url() -> str | None:
    """The PostgreSQL URL to test against, or None (with a reason noted) when there is none.

    CI exports NEWSBOT_TEST_POSTGRES_URL and then PostgreSQL is required; locally we try the default
    server and skip its tests, saying so, when it does not answer.
    """
    if "url" in _postgres_status:
        return _postgres_status["url"] or None
    url = os.environ.get(POSTGRES_ENV)
    if url:
        _postgres_status["url"] = url
        return url
    import sqlalchemy

    engine = sqlalchemy.create_engine(DEFAULT_POSTGRES, connect_args={"connect_timeout": 2})
    try:
        with engine.connect():
            pass
        _postgres_status["url"] = DEFAULT_POSTGRES
    except Exception as exc:  # no server here: skip, and say why at the end of the run
        _postgres_status["url"] = ""
        _postgres_status["reason"] = f"PostgreSQL not reachable at {DEFAULT_POSTGRES} ({type(exc).__name__})"
    finally:
        engine.dispose()
    return _postgres_status["url"] or None


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _postgres_status.get("reason"):
        terminalreporter.write_line(
            f"NOTE: PostgreSQL storage tests were SKIPPED: {_postgres_status['reason']}. "
            f"Set {POSTGRES_ENV} to run them.",
            yellow=True,
        )


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: object) -> Iterator[str]:
    """A fresh, empty database per test: a SQLite file, or a PostgreSQL schema dropped afterwards."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/newsbot.sqlite3"
        return
    base = _postgres_url()
    if base is None:
        pytest.skip(_postgres_status.get("reason", "PostgreSQL not available"))
    import sqlalchemy

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sqlalchemy.create_engine(base)
    with admin.begin() as conn:
        conn.execute(sqlalchemy.text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(sqlalchemy.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
async def fake_telegram() -> AsyncIterator[FakeTelegram]:
    fake = await FakeTelegram().start()
    try:
        yield fake
    finally:
        await fake.stop()


@pytest.fixture
async def site() -> AsyncIterator[FakeKbsSite]:
    fake = await FakeKbsSite(articles=copy.deepcopy(ALL)).start()
    try:
        yield fake
    finally:
        await fake.stop()


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """The fake Discord; the adapter points discord.py at it (and the globals are put back after)."""
    import discord
    import yarl

    base, gateway = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    fake = await FakeDiscord().start()
    try:
        yield fake
    finally:
        await fake.stop()
        discord.http.Route.BASE = base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(str(gateway))
