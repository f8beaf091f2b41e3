"""Cost of polling: N unchanged feeds answered 304, and ingesting 30 new stories with their pages.

Runs the real App against the loopback KBS-like site and a SQLite file in a temp folder.
Usage: python benchmarks/poll.py [--feeds 50] [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.component.helpers import built_app
from tests.fakes.feeds import Article, FakeKbsSite


def _articles(count: int) -> list[Article]:
    return [
        Article(
            seq=80000 + i,
            title=f"Tin số {i}",
            paragraphs=[
                f"Bộ Tài chính Hàn Quốc ngày {1 + i % 28}/11 cho biết doanh thu thuế đạt {100 + i},5 nghìn tỷ won.",
                f"Con số này tăng {i % 9 + 1},2% so với cùng kỳ năm ngoái, theo số liệu công bố tại Sejong.",
            ],
        )
        for i in range(count)
    ]


async def main(feeds: int, rounds: int) -> None:
    site = await FakeKbsSite(articles=_articles(30)).start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db = f"sqlite:///{tmp}/bench.sqlite3"
            async with built_app(db, [site.feed_url], Path(tmp) / "none", fetch_timeout=10.0) as app:
                started = time.perf_counter()
                report = (await app.service.poll())[0]
                ingest = time.perf_counter() - started
            print(
                f"ingest 30 new stories (feed + 30 pages + summaries): {ingest * 1000:.0f} ms "
                f"({ingest * 1000 / 30:.1f} ms/story), new={report.new}"
            )

            urls = [f"{site.feed_url}&copy={i}" for i in range(feeds)]
            async with built_app(db, urls, Path(tmp) / "none", fetch_timeout=10.0) as app:
                await app.service.poll()  # prime validators (these see 30 known items each)
                times = []
                for _ in range(rounds):
                    started = time.perf_counter()
                    reports = await app.service.poll()
                    times.append(time.perf_counter() - started)
                    assert all(r.status == "not modified" for r in reports[:-1]), reports
            median = statistics.median(times)
            print(
                f"poll {feeds} unchanged feeds (304): median {median * 1000:.0f} ms per poll, "
                f"{median * 1000 / feeds:.2f} ms/feed over {rounds} rounds"
            )
    finally:
        await site.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    asyncio.run(main(args.feeds, args.rounds))
