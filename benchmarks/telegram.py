"""Telegram figures through the real PTB against the loopback fake Bot API:

- the /summary round trip (update injected → reply received), p50 and p95;
- the fan-out of one digest to N subscribers (default 10,000): with no limit anywhere, and with the fake
  enforcing 30 messages/s (answering 429 beyond) while the bot runs its default limiter — time against
  the ideal N/30 s, lost and duplicated messages.

Usage: python benchmarks/telegram.py [--subscribers 10000] [--round-trips 200] [--skip-limited]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

# This file is named telegram.py, so its folder must not shadow the python-telegram-bot package.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))

from bot.core.domain import ChatTarget  # noqa: E402
from tests.component.telegram_helpers import telegram_app  # noqa: E402
from tests.fakes.telegram import FakeTelegram  # noqa: E402
from tests.stories import EXPORTS, archived_text  # noqa: E402


def _seeds(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "exports.txt").write_text(archived_text(EXPORTS), encoding="utf-8")
    return folder


async def round_trips(count: int, tmp: Path) -> None:
    fake = await FakeTelegram().start()
    try:
        async with telegram_app(f"sqlite:///{tmp}/rt.sqlite3", fake, _seeds(tmp / "seeds")) as app:
            await app.service.poll()
            timings = []
            for _ in range(count):
                before = len(fake.sent)
                started = time.perf_counter()
                await fake.inject_message("/summary", chat_id=42)
                await fake.wait_for_sent(before + 1)
                timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        print(f"/summary round trip: p50 {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms over {count}")
    finally:
        await fake.stop()


async def fan_out(subscribers: int, tmp: Path, *, limited: bool) -> None:
    fake = await FakeTelegram(max_per_second=30 if limited else 0).start()
    # The bot's own defaults (30 msg/s, 20/min per group) when limited; everything off otherwise.
    rates = {"telegram_overall_max_rate": 30 if limited else 0, "telegram_group_max_rate": 20 if limited else 0}
    label = "fake enforcing 30 msg/s, bot limiter 30 msg/s" if limited else "no limit"
    try:
        db = f"sqlite:///{tmp}/fan-{'limited' if limited else 'free'}.sqlite3"
        async with telegram_app(db, fake, _seeds(tmp / "seeds"), polling=False, **rates) as app:
            await app.service.poll()
            for i in range(subscribers):
                app.subscriptions.subscribe(ChatTarget("telegram", str(10_000_000 + i)), "vi")
            started = time.perf_counter()
            app.digests.compose_due(app.chat_platforms, force=True)
            composed = time.perf_counter() - started
            started = time.perf_counter()
            rounds = 0
            while app.outbox.pending("telegram") and rounds < 10:
                await app.digests.deliver(app.chat_platforms)
                rounds += 1
            delivered = time.perf_counter() - started
        counts = Counter(m["chat"]["id"] for m in fake.sent)
        lost = subscribers - len(counts)
        duplicated = sum(c - 1 for c in counts.values())
        ideal = subscribers / 30
        print(
            f"fan-out to {subscribers} ({label}): compose {composed:.1f} s, deliver {delivered:.1f} s "
            f"({subscribers / delivered:.0f} msg/s; ideal at 30 msg/s {ideal:.0f} s), lost {lost}, "
            f"duplicated {duplicated}, 429 answered {fake.rejected_429}, delivery rounds {rounds}"
        )
    finally:
        await fake.stop()


async def main(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        await round_trips(args.round_trips, Path(tmp))
        await fan_out(args.subscribers, Path(tmp), limited=False)
        if not args.skip_limited:
            await fan_out(args.subscribers, Path(tmp), limited=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--round-trips", type=int, default=200)
    parser.add_argument("--skip-limited", action="store_true")
    asyncio.run(main(parser.parse_args()))
