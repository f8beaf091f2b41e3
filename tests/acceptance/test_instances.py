"""Several processes on one PostgreSQL database share the outbox without sending anything twice."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import pytest

from bot.app import App
from bot.domain import ChatTarget
from tests.acceptance.test_cli import TIMEOUT, spawn
from tests.acceptance.test_telegram_run import _telegram_env
from tests.component.helpers import make_settings
from tests.fakes.telegram import FakeTelegram

SUBSCRIBERS = 300


@pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
async def test_two_send_digests_at_the_same_moment_send_each_chat_one_digest(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    env = _telegram_env(tmp_path, fake_telegram)
    env["NEWSBOT_DATABASE_URL"] = db_url
    app = App.build(make_settings(db_url, [], tmp_path / "seeds"))
    try:
        await app.poll()
        for n in range(SUBSCRIBERS):
            app.digests.subscribe(ChatTarget("telegram", str(10_000 + n)), "vi")
    finally:
        await app.aclose()

    first = await spawn(env, "send-digests", "--force", cwd=tmp_path)
    second = await spawn(env, "send-digests", "--force", cwd=tmp_path)
    outputs = await asyncio.wait_for(asyncio.gather(first.communicate(), second.communicate()), TIMEOUT * 2)
    assert first.returncode == 0 and second.returncode == 0, [o[1].decode()[-2000:] for o in outputs]
    per_chat = Counter(int(m["chat"]["id"]) for m in fake_telegram.sent)
    assert len(per_chat) == SUBSCRIBERS and set(per_chat.values()) == {1}  # every chat once, none twice
    sent = [int(o[0].decode().split("sent=")[1].split()[0]) for o in outputs]
    assert sum(sent) == SUBSCRIBERS  # the two processes split the work between them
