"""Instant alerts at Telegram's rate: N instant subscribers, one poll that stores a new story, and how long
each subscriber waits for the alert.

The real App (SQLite in a temp folder) polls the loopback KBS-like site; the fake Bot API enforces 30
messages/s (429 beyond) and the bot keeps its default limits (30/s, 20/min per group). The delay of each
alert counts from the end of the poll that stored the story to the fake receiving the message, so it
includes the settle time (`digest_settle`, default 6 s) and Telegram's rate: at 30 messages/s the last of
N subscribers cannot be served before N/30 s. Prints p50/p99/max delay, lost and duplicated alerts.

Usage: python benchmarks/instant.py [--subscribers 10000] [--settle 6]
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import logging
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]  # this folder holds telegram.py
sys.path.insert(0, str(HERE.parent))

from bot.core.domain import ChatTarget  # noqa: E402
from tests.component.telegram_helpers import telegram_app  # noqa: E402
from tests.fakes.feeds import Article, FakeKbsSite  # noqa: E402
from tests.fakes.telegram import FakeTelegram  # noqa: E402
from tests.stories import ALL  # noqa: E402

NEW_STORY = Article(
    seq=70200,
    title="Hàn Quốc công bố gói hỗ trợ doanh nghiệp xuất khẩu",
    paragraphs=["Bộ Tài chính Hàn Quốc ngày 3/12 công bố gói hỗ trợ trị giá 5.000 tỷ won cho doanh nghiệp."],
)


async def run(subscribers: int, settle: float) -> None:
    site = await FakeKbsSite(articles=copy.deepcopy(ALL)).start()
    fake = await FakeTelegram(max_per_second=30).start()
    settings = {
        "feeds": [site.feed_url],
        "telegram_overall_max_rate": 30,
        "telegram_group_max_rate": 20,
        "digest_settle": settle,
    }
    try:
        with tempfile.TemporaryDirectory() as tmp:
            database = f"sqlite:///{tmp}/instant.sqlite3"
            async with telegram_app(database, fake, Path(tmp), polling=False, **settings) as app:
                await app.poll()  # the stories already published
                started = time.perf_counter()
                for n in range(subscribers):
                    target = ChatTarget("telegram", str(40_000_000 + n))
                    app.subscriptions.subscribe(target, "vi")
                    app.subscriptions.change_setting(target, "cadence", "instant")
                setup = time.perf_counter() - started
                site.articles.append(NEW_STORY)
                reports = await app.poll()
                stored = time.monotonic()
                report = await app.alert_new()
                while app.outbox.pending("telegram"):  # anything parked by a 429 goes out on a later tick
                    report = await app.digests.send_due(app.chat_platforms)
    finally:
        await fake.stop()
        await site.stop()
    arrivals = [c.at - stored for c in fake.calls if c.method == "sendMessage"]
    counts = Counter(m["chat"]["id"] for m in fake.sent)
    delays = sorted(arrivals)
    p99 = delays[max(0, int(len(delays) * 0.99) - 1)] if delays else 0.0
    new = sum(r.new for r in reports)
    print(f"set up {subscribers} instant subscribers: {setup:.1f} s; the poll stored {new} new story")
    print(
        f"poll → instant alert to {subscribers} (settle {settle:g} s, fake enforcing 30 msg/s): "
        f"first {delays[0] if delays else 0:.1f} s, p50 {statistics.median(delays) if delays else 0:.1f} s, "
        f"p99 {p99:.1f} s, last {delays[-1] if delays else 0:.1f} s (the rate alone needs {subscribers / 30:.0f} s); "
        f"sent {len(fake.sent)}, lost {subscribers - len(counts)}, duplicated {sum(c - 1 for c in counts.values())}, "
        f"429 answered {fake.rejected_429} (last report: sent={report.sent} retried={report.retried})"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--settle", type=float, default=6.0)
    arguments = parser.parse_args()
    logging.disable(logging.WARNING)
    asyncio.run(run(arguments.subscribers, arguments.settle))
