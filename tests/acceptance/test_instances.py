"""Several processes on one PostgreSQL database share the outbox without sending anything twice."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import pytest

from tests.acceptance.crash import prepare_subscribers
from tests.acceptance.test_cli import TIMEOUT, spawn
from tests.acceptance.test_telegram_run import _telegram_env
from tests.fakes.telegram import FakeTelegram

SUBSCRIBERS = 300


@pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
async def test_two_send_digests_at_the_same_moment_send_each_chat_one_digest(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    env = _telegram_env(tmp_path, fake_telegram)
    env["NEWSBOT_DATABASE_URL"] = db_url
    await prepare_subscribers(db_url, tmp_path, SUBSCRIBERS, 10_000)

    first = await spawn(env, "send-digests", "--force", cwd=tmp_path)
    second = await spawn(env, "send-digests", "--force", cwd=tmp_path)
    outputs = await asyncio.wait_for(asyncio.gather(first.communicate(), second.communicate()), TIMEOUT * 2)
    assert first.returncode == 0 and second.returncode == 0, [o[1].decode()[-2000:] for o in outputs]
    per_chat = Counter(int(m["chat"]["id"]) for m in fake_telegram.sent)
    assert len(per_chat) == SUBSCRIBERS and set(per_chat.values()) == {1}  # every chat once, none twice
    sent = [int(o[0].decode().split("sent=")[1].split()[0]) for o in outputs]
    assert sum(sent) == SUBSCRIBERS  # the two processes split the work between them


@pytest.mark.parametrize("db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
async def test_when_one_instance_is_killed_mid_run_the_other_finishes(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    import signal

    env = _telegram_env(tmp_path, fake_telegram)
    env.update(NEWSBOT_DATABASE_URL=db_url, NEWSBOT_DELIVERY_CLAIM_LEASE="2")
    await prepare_subscribers(db_url, tmp_path, SUBSCRIBERS, 40_000)

    fake_telegram.answer_delay = 0.01  # slow enough that the killed one dies holding claims
    doomed = await spawn(env, "send-digests", "--force", cwd=tmp_path)
    survivor = await spawn(env, "send-digests", "--force", cwd=tmp_path)
    survivor_output = asyncio.ensure_future(survivor.communicate())  # read its pipes from the start
    doomed_output = asyncio.ensure_future(doomed.communicate())
    try:
        await fake_telegram.wait_for(lambda f: len(f.sent) >= SUBSCRIBERS // 4, TIMEOUT)
        doomed.send_signal(signal.SIGKILL)
        await doomed_output
        _, err = await asyncio.wait_for(survivor_output, TIMEOUT * 2)
    finally:
        for process in (doomed, survivor):
            if process.returncode is None:
                process.kill()
                await process.wait()
    assert survivor.returncode == 0, err.decode()[-2000:]
    per_chat = Counter(int(m["chat"]["id"]) for m in fake_telegram.sent)
    assert len(per_chat) == SUBSCRIBERS  # the survivor took over what the killed one had claimed
    assert sum(per_chat.values()) - SUBSCRIBERS <= 64  # at most the killed sender's parts in flight
