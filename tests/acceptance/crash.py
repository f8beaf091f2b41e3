"""kill -9 in the middle of `send-digests --force`, then the restart: shared by the crash test and
benchmarks/fanout.py, so the figure the benchmark prints is the scenario the test checks."""

from __future__ import annotations

import signal
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy

from bot.app import App
from bot.core.domain import ChatTarget
from tests.acceptance.test_cli import TIMEOUT, _run, spawn
from tests.acceptance.test_telegram_run import _telegram_env
from tests.component.helpers import make_settings
from tests.fakes.telegram import FakeTelegram

# The restart sends what is left of the broadcast (two thirds of it): under 30 s on one CI machine, 33 s on
# another whose system calls are slower. The bound only stops a hung process; it measures nothing.
RESTART_TIMEOUT = 180.0


@dataclass(frozen=True)
class CrashOutcome:
    subscribers: int
    delivered_at_kill: int
    in_flight: int  # parts marked `sending` when the process died: the only ones that may go out twice
    fake_in_flight: int  # messages the fake had delivered but not yet answered at the kill
    served: int  # chats that have the digest after the restart
    duplicates: int
    restart_code: int
    restart_err: str


async def prepare_subscribers(db_url: str, folder: Path, count: int, first_chat: int) -> None:
    """The database of a bot with the seed stories polled and `count` chats subscribed."""
    app = App.build(make_settings(db_url, [], folder / "seeds"))
    try:
        await app.poll()
        for n in range(count):
            app.subscriptions.subscribe(ChatTarget("telegram", str(first_chat + n)), "vi")
    finally:
        await app.aclose()


async def kill_mid_broadcast_and_restart(
    fake: FakeTelegram, db_url: str, folder: Path, subscribers: int, *, answer_delay: float = 0.005
) -> CrashOutcome:
    env = _telegram_env(folder, fake)
    env.update(NEWSBOT_DATABASE_URL=db_url, NEWSBOT_DELIVERY_CLAIM_LEASE="1")
    await prepare_subscribers(db_url, folder, subscribers, 20_000)

    fake.answer_delay = answer_delay
    process = await spawn(env, "send-digests", "--force", cwd=folder)
    try:
        await fake.wait_for(lambda f: len(f.sent) >= subscribers // 3, TIMEOUT)
        process.send_signal(signal.SIGKILL)
        fake_in_flight = fake.in_flight
        await process.wait()
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    delivered_at_kill = len(fake.sent)
    engine = sqlalchemy.create_engine(db_url)
    with engine.connect() as conn:
        in_flight = int(conn.scalar(sqlalchemy.text("SELECT count(*) FROM deliveries WHERE status = 'sending'")) or 0)
    engine.dispose()
    fake.answer_delay = 0

    # The restart repeats the command. Sending starts while composing goes on, so the kill may come before
    # every digest was composed; --force composes those, and finds nothing new for the ones already queued.
    code, _, err = await _run(env, "send-digests", "--force", cwd=folder, bound=RESTART_TIMEOUT)
    per_chat = Counter(int(m["chat"]["id"]) for m in fake.sent)
    return CrashOutcome(
        subscribers=subscribers,
        delivered_at_kill=delivered_at_kill,
        in_flight=in_flight,
        fake_in_flight=fake_in_flight,
        served=len(per_chat),
        duplicates=sum(count - 1 for count in per_chat.values()),
        restart_code=code,
        restart_err=err,
    )
