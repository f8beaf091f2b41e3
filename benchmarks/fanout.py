"""Fan-out at Telegram's rate: N subscribers through the fake Bot API enforcing 30 messages/s.

Prints compose time, the wall time of `send_due` (composing and sending overlap) against the ideal
N/30 s, and lost / duplicated messages and 429s; then the crash scenario of tests/acceptance/test_crash.py
(`send-digests --force` killed with SIGKILL a third of the way, then restarted): duplicates against what
was in flight at the kill.

Usage: python benchmarks/fanout.py [--subscribers 10000] [--crash-subscribers 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]  # this folder holds telegram.py
sys.path.insert(0, str(HERE.parent))

from bot.core.domain import ChatTarget  # noqa: E402
from tests.acceptance.crash import kill_mid_broadcast_and_restart  # noqa: E402
from tests.component.telegram_helpers import telegram_app  # noqa: E402
from tests.fakes.telegram import FakeTelegram  # noqa: E402
from tests.stories import ALL, archived_text  # noqa: E402


async def _run(subscribers: int, tmp: str, name: str, *, compose_only: bool) -> tuple[float, FakeTelegram, int]:
    """One fresh database: compose alone (timed), or the whole send_due (timed), against a new fake."""
    seeds = Path(tmp) / "seeds"
    seeds.mkdir(exist_ok=True)
    for article in ALL:
        (seeds / f"{article.seq}.txt").write_text(archived_text(article), encoding="utf-8")
    fake = await FakeTelegram(max_per_second=30).start()
    rates = {"telegram_overall_max_rate": 30, "telegram_group_max_rate": 20}
    try:
        async with telegram_app(f"sqlite:///{tmp}/{name}.sqlite3", fake, seeds, polling=False, **rates) as app:
            await app.service.poll()
            for n in range(subscribers):
                app.subscriptions.subscribe(ChatTarget("telegram", str(30_000_000 + n)), "vi")
            started = time.perf_counter()
            if compose_only:
                count = app.digests.compose_due(app.chat_platforms, force=True)
            else:
                count = (await app.digests.send_due(app.chat_platforms, force=True, drain=True)).sent
            return time.perf_counter() - started, fake, count
    finally:
        await fake.stop()


async def crash_line(subscribers: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "seeds").mkdir()
        fake = await FakeTelegram().start()
        try:
            outcome = await kill_mid_broadcast_and_restart(
                fake, f"sqlite:///{tmp}/crash.sqlite3", Path(tmp), subscribers
            )
        finally:
            await fake.stop()
    print(
        f"kill -9 during send-digests to {subscribers} (answers held 5 ms), then a restart: "
        f"{outcome.delivered_at_kill} delivered at the kill, in flight {outcome.in_flight} (marked sending; "
        f"{outcome.fake_in_flight} unanswered at the fake); after the restart served {outcome.served}, "
        f"duplicated {outcome.duplicates}"
    )


async def main(subscribers: int, crash_subscribers: int) -> None:
    logging.disable(logging.WARNING)
    await crash_line(crash_subscribers)
    with tempfile.TemporaryDirectory() as tmp:
        compose_s, _, composed = await _run(subscribers, tmp, "compose", compose_only=True)
        wall, fake, sent = await _run(subscribers, tmp, "send", compose_only=False)
    counts = Counter(m["chat"]["id"] for m in fake.sent)
    ideal = subscribers / 30
    print(f"compose {subscribers} digests: {compose_s:.1f} s ({composed} queued, one rendering shared)")
    print(
        f"send_due to {subscribers} (composing and sending overlap, fake enforcing 30 msg/s): {wall:.1f} s, "
        f"{wall / ideal:.3f}x the ideal {ideal:.0f} s; sent {sent}, lost {subscribers - len(counts)}, "
        f"duplicated {sum(c - 1 for c in counts.values())}, 429 answered {fake.rejected_429}"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--crash-subscribers", type=int, default=2_000)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.subscribers, arguments.crash_subscribers))
