"""Discord, measured against the loopback fake: slash-command acknowledgement and answer latency,
the posting rate of digests, and /summary latency while a 10,000-subscriber digest is being composed.

Usage: python benchmarks/discord.py [--asks 200] [--channels 1000] [--subscribers 10000]
Runs the real App (discord.py in one event loop) against tests/fakes/discord.py and a SQLite file in a
temp folder; latencies are measured at the fake, from INTERACTION_CREATE sent to the callback / the
answer received.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

# The project root replaces this folder on the path: this file's name would shadow the library.
sys.path[0] = str(Path(__file__).resolve().parents[1])

from bot.core.domain import ChatTarget  # noqa: E402
from tests.component.discord_helpers import discord_app  # noqa: E402
from tests.fakes.discord import FakeDiscord  # noqa: E402
from tests.stories import ALL, archived_text  # noqa: E402


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


async def _ask(fake: FakeDiscord) -> tuple[float, float]:
    """One /summary: (ms to the acknowledgement, ms to the answer)."""
    sent = time.monotonic()
    interaction = await fake.interact("summary")
    await fake.wait_for(lambda f: bool(f.replies(interaction)))
    return (fake.acknowledged_at(interaction) - sent) * 1000, (fake.answered_at(interaction) - sent) * 1000


def _line(label: str, acks: list[float], answers: list[float]) -> str:
    return (
        f"{label}: ack p50 {statistics.median(acks):.1f} ms, p95 {_pct(acks, 0.95):.1f} ms; "
        f"answer p50 {statistics.median(answers):.1f} ms, p95 {_pct(answers, 0.95):.1f} ms over {len(acks)}"
    )


def _seeds(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    for article in ALL:
        (folder / f"{article.seq}.txt").write_text(archived_text(article), encoding="utf-8")
    return folder


async def main(asks: int, channels: int, subscribers: int) -> None:
    logging.disable(logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        fake = await FakeDiscord().start()
        try:
            async with discord_app(f"sqlite:///{tmp}/bench.sqlite3", fake, _seeds(Path(tmp) / "seeds")) as app:
                await app.service.poll()
                timings = [await _ask(fake) for _ in range(asks)]
                print(_line("/summary (idle)", [a for a, _ in timings], [b for _, b in timings]))

                for n in range(channels):
                    app.subscriptions.subscribe(ChatTarget("discord", str(700000000000000000 + n)), "vi")
                started = time.perf_counter()
                report = await app.send_digests(force=True)
                elapsed = time.perf_counter() - started
                print(
                    f"post digests to {channels} channels: {elapsed:.2f} s, {report.sent / elapsed:.0f} messages/s "
                    f"(sent {report.sent}, failed {report.failed})"
                )

                for n in range(subscribers):
                    app.subscriptions.subscribe(ChatTarget("discord", str(800000000000000000 + n)), "vi")
                fake.posted.clear()
                busy = asyncio.create_task(asyncio.to_thread(app.digests.compose_due, app.chat_platforms, force=True))
                started = time.perf_counter()
                during: list[tuple[float, float]] = []
                while not busy.done():
                    during.append(await _ask(fake))
                composed = await busy
                compose_s = time.perf_counter() - started
                if during:
                    label = f"/summary while composing {subscribers} digests ({compose_s:.1f} s, {composed} queued)"
                    print(_line(label, [a for a, _ in during], [b for _, b in during]))
        finally:
            await fake.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--asks", type=int, default=200)
    parser.add_argument("--channels", type=int, default=1000)
    parser.add_argument("--subscribers", type=int, default=10_000)
    args = parser.parse_args()
    asyncio.run(main(args.asks, args.channels, args.subscribers))
