"""kill -9 in the middle of a broadcast: after a restart every subscriber has the digest, and only the
messages that were in flight at the kill can have gone out twice."""

from __future__ import annotations

import signal
from collections import Counter
from pathlib import Path

import pytest
import sqlalchemy

from bot.app import App
from bot.domain import ChatTarget
from tests.acceptance.test_cli import TIMEOUT, _run, spawn
from tests.acceptance.test_telegram_run import _telegram_env
from tests.component.helpers import make_settings
from tests.fakes.telegram import FakeTelegram

SUBSCRIBERS = 2000


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_a_killed_broadcast_resumes_with_duplicates_bounded_by_what_was_in_flight(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    env = _telegram_env(tmp_path, fake_telegram)
    env.update(NEWSBOT_DATABASE_URL=db_url, NEWSBOT_DELIVERY_CLAIM_LEASE="1")
    app = App.build(make_settings(db_url, [], tmp_path / "seeds"))
    try:
        await app.poll()
        for n in range(SUBSCRIBERS):
            app.digests.subscribe(ChatTarget("telegram", str(20_000 + n)), "vi")
    finally:
        await app.aclose()

    fake_telegram.answer_delay = 0.005
    process = await spawn(env, "send-digests", "--force", cwd=tmp_path)
    try:
        await fake_telegram.wait_for(lambda f: len(f.sent) >= SUBSCRIBERS // 3, TIMEOUT)
        process.send_signal(signal.SIGKILL)
        await process.wait()
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    delivered_at_kill = len(fake_telegram.sent)
    engine = sqlalchemy.create_engine(db_url)
    with engine.connect() as conn:
        in_flight = conn.scalar(sqlalchemy.text("SELECT count(*) FROM deliveries WHERE status = 'sending'"))
    engine.dispose()
    fake_telegram.answer_delay = 0

    # The restart repeats the command. Sending starts while composing goes on, so the kill may come before
    # every digest was composed; --force composes those, and finds nothing new for the ones already queued.
    code, _, err = await _run(env, "send-digests", "--force", cwd=tmp_path)
    per_chat = Counter(int(m["chat"]["id"]) for m in fake_telegram.sent)
    duplicates = sum(count - 1 for count in per_chat.values())
    assert code == 0, err
    assert SUBSCRIBERS // 3 <= delivered_at_kill < SUBSCRIBERS  # it really was killed mid-broadcast
    assert len(per_chat) == SUBSCRIBERS  # every subscriber has the digest
    assert duplicates <= in_flight, (duplicates, in_flight, fake_telegram.in_flight)
