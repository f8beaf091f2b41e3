"""Hostile input, measured: summarizer time on pathological texts, memory of a poll against gzip bombs,
and event-loop lag while a poll summarizes a 100 KB page.

Usage: python benchmarks/hostile.py [--sizes 25,50,100] [--rounds 5]
Summarizer times are the median of --rounds, for the text as the bot summarizes it (capped at 50 KB) and
with the cap lifted (to show each pass is linear on its own). The poll runs the real App against the
loopback KBS-like site and a SQLite file in a temp folder.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import gzip
import resource
import statistics
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiohttp import web

from bot.summarizer.core import summarize
from tests.component.helpers import built_app
from tests.fakes import feeds as fake
from tests.fakes.feeds import Article, FakeKbsSite


def _repeat(make: Callable[[int], str], size: int) -> str:
    parts: list[str] = []
    total = n = 0
    while total < size:
        piece = make(n)
        parts.append(piece)
        total += len(piece)
        n += 1
    return "".join(parts)[:size]


def _acronym(n: int) -> str:
    return "".join(chr(65 + (n // 26**k) % 26) for k in range(3))


# The inputs issue #7 found super-linear, each as a generator of `size` characters.
PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "line breaks (&#13; runs)": lambda size: "Chính phủ công bố." + "\r" * size,
    "lead repeating a setting phrase": lambda size: _repeat(lambda n: "Tổng thống phát biểu bên lề hội nghị ", size),
    "many distinct figures": lambda size: _repeat(lambda n: f"tăng {n},{n % 10}% so với {n + 7} tỷ USD, ", size),
    "many distinct brand names": lambda size: "Công ty " + _repeat(lambda n: f"Brand{n} và Brand{n} ", size),
    "many acronym organisations": lambda size: _repeat(lambda n: f"Viện Nghiên cứu {n} ({_acronym(n)}) ", size),
    "many Latin company names": lambda size: _repeat(lambda n: f"Brand{n} Electronics và Brand{n} Airlines, ", size),
    "many titled three-word Latin names": lambda size: _repeat(lambda n: f"Chủ tịch Abc{n} Def{n} Ghi{n} nói. ", size),
    "shares of totals with records": lambda size: _repeat(
        lambda n: f"hơn {n} trong tổng số {n + 9} cơ sở, mức cao nhất kể từ năm {n}, ", size
    ),
    # the `what`: one lead of clauses, sources, parentheticals and openers, with no sentence end
    "a lead of endless clauses": lambda size: (
        "Theo Bộ Y tế, "
        + _repeat(lambda n: f"Cục {n} (CỤC{n}) cho biết hôm thứ Hai (1/{n % 12 + 1}) khi gồm do, ", size)
    ),
    # capitalised words between commas, each of which may open a subject's larger place or a description's
    "a lead of capitalised phrases between commas": lambda size: (
        "Một chiếc xe " + _repeat(lambda n: f"Aa{n}, Bb{n} Cc, " if n % 3 else f"chở Dd{n}, ", size)
    ),
    "a lead of appositions and reported times": lambda size: _repeat(
        lambda n: f"Thủ tướng Kim{n}, người vừa nhậm chức, cho biết từ tháng {n % 12 + 1} năm sau, nhưng ", size
    ),
    # lists, ranges, dates a record is counted from, courts named by their level, companies and their brands
    "lists, ranges and reference dates": lambda size: _repeat(
        lambda n: (
            f"Tòa án quận trung tâm Seoul{n} và tập đoàn thương mại điện tử Brand{n} có {n} đến {n + 5} "
            f"tuổi, kinh tế, an ninh và giao lưu, cao nhất kể từ khi bắt đầu thống kê vào năm 19{n % 90 + 10} đến "
            f"5/{n % 12 + 1}, "
        ),
        size,
    ),
    # a list of unit numbers (`tổ máy số 3, 4, …`), which names things number by number, and matches with scores
    "lists of unit numbers and match scores": lambda size: (
        "Tổ máy số "
        + _repeat(lambda n: f"{n % 90 + 1}, " if n % 50 else f"{n} của nhà máy, đội A thắng Brand{n} Club 2-1, ", size)
    ),
    # ordinals and ranks whose counted noun opens the sentence (`Vệ tinh … thứ 5`, `Xếp thứ hai`), after titles
    # (`Tổng thống thứ 21`) and in words after them (`Thứ trưởng thứ nhất`)
    "ordinals opening sentences and after titles": lambda size: _repeat(
        lambda n: (
            f"Vệ tinh trinh sát thứ {n % 9 + 1} được phóng. Xếp thứ hai là Brand{n}. Ông Kim{n} là Tổng thống thứ "
            f"{n % 50 + 1}, Thứ trưởng thứ nhất dự lễ lần thứ {n % 7 + 2} liên tiếp. "
        ),
        size,
    ),
    # many clubs named after their city, and the city named again alone and with each club (`clubs._name_again`)
    "clubs named after a city, and the city again": lambda size: _repeat(
        lambda n: f"Câu lạc bộ Seoul Brand{n} thắng 2-1. Trận đấu diễn ra tại Seoul, Busan và Seoul Brand{n}. ", size
    ),
    # a quotation opening the lead, lengths of time, fractions, agents after `do`, offices held together
    "quotations, times, fractions and agents": lambda size: (
        '"'
        + _repeat(
            lambda n: (
                f"khảo sát do Brand{n} Hàn Quốc công bố, {n} phút {n % 60} giây {n % 99}, "
                f"giảm 1/{n % 9 + 2}, Phó Thủ tướng kiêm Bộ trưởng kiêm Kim{n}, "
            ),
            size,
        )
        + '", Tổng thống Moon khẳng định trong bài phát biểu tại Seoul.'
    ),
}


def _median_ms(text: str, rounds: int, max_chars: int | None) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        summarize(text, max_chars=max_chars)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def summarizer_lines(sizes: list[int], rounds: int) -> None:
    summarize("Khởi động.")  # load the word lists once, as a running bot has
    for name, make in PATHOLOGICAL.items():
        capped, uncapped = [], []
        for kb in sizes:
            text = make(kb * 1000)
            capped.append(f"{kb} KB {_median_ms(text, rounds, 50_000):.0f} ms")
            uncapped.append(f"{_median_ms(text, rounds, None):.0f} ms")
        print(f"summarize {name}: {', '.join(capped)} (no cap: {' / '.join(uncapped)})")


def _gzip_stream(total: int, chunk: int = 1 << 20) -> bytes:
    """gzip of `total` zero bytes, compressed chunk by chunk so building it needs little memory."""
    encoder = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"\0" * chunk
    out = [encoder.compress(block) for _ in range(total // chunk)]
    out.append(encoder.flush())
    return b"".join(out)


def _bomb(payload: bytes, encoding: str) -> fake.Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(body=payload, headers={"Content-Type": "text/html", "Content-Encoding": encoding})

    return handler


def _max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def bomb_lines(tmp: str) -> None:
    one_gib = 1 << 30
    single = _gzip_stream(one_gib)
    layered = gzip.compress(single, 9)
    site = await FakeKbsSite().start()
    try:
        for label, payload, encoding in (("gzip, gzip", layered, "gzip, gzip"), ("gzip", single, "gzip")):
            site.overrides["/bomb"] = _bomb(payload, encoding)
            items = f"<item><title>Bom</title><link>{site.base}/bomb</link><description>Mô tả.</description></item>"
            site.overrides["/rss/bomb.xml"] = fake.raw(fake.rss(items).encode("utf-8"))
            db = f"sqlite:///{tmp}/bomb-{len(payload)}.sqlite3"
            async with built_app(db, [site.base + "/rss/bomb.xml"], Path(tmp), fetch_max_bytes=5_000_000) as app:
                before = _max_rss_mb()
                report = (await app.service.poll())[0]
                origin = app.story_store.stories_seen_since(None, 1)[0].origin
            print(
                f"poll against a {len(payload):,}-byte body that inflates to 1 GiB ({label}): "
                f"peak RSS {_max_rss_mb():.0f} MB (was {before:.0f} MB before the poll), "
                f"new={report.new}, story kept with its {origin}"
            )
    finally:
        await site.stop()


async def lag_line(tmp: str) -> None:
    """The bot polls once to warm up (first connection, lazy imports) and freezes its heap as `App.run` does,
    then a new 100 KB story arrives."""
    sentences = "".join(
        f"Bộ Tài chính Hàn Quốc ngày {1 + n % 28}/11 cho biết doanh thu thuế đạt {100 + n},5 nghìn tỷ won. "
        for n in range(1200)
    )
    small = Article(seq=90000, title="Bài ngắn", paragraphs=["Chính phủ Hàn Quốc ngày 5/11 công bố gói 2 tỷ USD."])
    site = await FakeKbsSite(articles=[small]).start()
    lags: list[float] = []
    done = asyncio.Event()

    async def ticker(period: float = 0.005) -> None:
        loop = asyncio.get_running_loop()
        while not done.is_set():
            expected = loop.time() + period
            await asyncio.sleep(period)
            lags.append(max(0.0, loop.time() - expected) * 1000)

    try:
        db = f"sqlite:///{tmp}/lag.sqlite3"
        async with built_app(db, [site.feed_url], Path(tmp), fetch_max_bytes=5_000_000) as app:
            await app.service.poll()
            gc.collect()
            gc.freeze()  # as `App.run` does once started: full collections then scan only what polls allocate
            site.articles.append(Article(seq=90001, title="Bài 100 KB", paragraphs=[sentences[:100_000]]))
            probe = asyncio.create_task(ticker())
            started = time.perf_counter()
            report = (await app.service.poll())[0]
            elapsed = time.perf_counter() - started
            done.set()
            await probe
    finally:
        gc.unfreeze()
        await site.stop()
    lags.sort()
    p99 = lags[min(len(lags) - 1, int(len(lags) * 0.99))]
    print(
        f"event-loop lag during a poll that summarizes a new 100 KB page ({elapsed * 1000:.0f} ms, new={report.new}):"
        f" max {lags[-1]:.1f} ms, p99 {p99:.1f} ms, median {statistics.median(lags):.1f} ms over {len(lags)} ticks"
    )


async def main(sizes: list[int], rounds: int) -> None:
    summarizer_lines(sizes, rounds)
    with tempfile.TemporaryDirectory() as tmp:
        await lag_line(tmp)
        await bomb_lines(tmp)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="25,50,100", help="text sizes in KB")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    asyncio.run(main([int(s) for s in args.sizes.split(",")], args.rounds))
