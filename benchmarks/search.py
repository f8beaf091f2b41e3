"""/search over a large archive: p50/p99 of the store's full-text search on SQLite (FTS5) and PostgreSQL
(tsvector + GIN), over N stored stories (default 100,000).

Stories are written straight into a database migrated to the newest schema (their folded `search_text`
as the bot stores it), from a vocabulary of Vietnamese news words, so common words match tens of thousands
of stories and rare ones a handful; then the database is ANALYZEd, as autovacuum does to a table that
grew. Most queries are one to three words drawn with the same frequencies; one in ten names one story,
one in ten a word no story holds. The time is that of `SqlSearch.search` (the query and loading the ten
newest matches with their sections), which is what /search waits on before the summaries (stored with
each story) are read.

Usage: python benchmarks/search.py [--stories 100000] [--queries 500] [--postgres URL]
PostgreSQL defaults to NEWSBOT_TEST_POSTGRES_URL or postgresql+psycopg://postgres@127.0.0.1:5432/test; the
benchmark works in a schema of its own and drops it afterwards. `--postgres ''` skips PostgreSQL.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlalchemy as sa

from bot.core.on_demand_summary import SEARCH_RESULTS, parse_search
from bot.store.database import Database
from bot.store.search import SqlSearch
from bot.store.stories import search_text

# Common words of KBS stories, then rarer ones: drawn with falling frequencies (Zipf-like).
_WORDS = (
    "Hàn Quốc tăng giảm tỷ USD won Chính phủ Tổng thống Bộ trưởng năm tháng ngày công bố cho biết xuất khẩu "
    "kinh tế doanh nghiệp Samsung Seoul Triều Tiên Mỹ Nhật Bản Trung Quốc Việt Nam hợp tác hội nghị thỏa thuận "
    "lãi suất ngân hàng chỉ số giá tiêu dùng du lịch khách văn hóa lễ hội phim âm nhạc BTS bóng đá đội tuyển "
    "bán dẫn chip ô tô Hyundai LG SK pin điện năng lượng hạt nhân tên lửa quân đội tập trận Quốc hội dự luật "
    "bầu cử đảng cầm quyền đối lập thiết quân luật phế truất tòa án Hiến pháp mưa lớn bão cháy rừng sơ tán "
    "thiệt mạng động đất tuyết Busan Incheon Gyeongju Jeju Daegu Gwangju APEC G20 ASEAN Liên hợp quốc "
    "Nvidia OpenAI Coupang Naver Kakao HYBE BLACKPINK Oscar Cannes Son Heung-min Lee Kang-in Kim Jong Un"
)
VOCABULARY = _WORDS.split()


def _body(rng: random.Random, words: int) -> str:
    picks = [VOCABULARY[min(int(rng.paretovariate(1.1)) - 1, len(VOCABULARY) - 1)] for _ in range(words)]
    return " ".join(picks) + "."


def _fill(db: Database, count: int, seed: int) -> float:
    rng = random.Random(seed)
    stories = sa.table(
        "stories", *(sa.column(c) for c in ("source", "url_key", "body_hash", "title", "body", "origin",
                                            "first_seen", "search_text"))
    )  # fmt: skip
    start = datetime(2025, 1, 1, tzinfo=UTC).replace(tzinfo=None)
    started = time.perf_counter()
    batch = 2_000
    for first in range(0, count, batch):
        rows = []
        for n in range(first, min(count, first + batch)):
            title, body = f"Tin số {n}: {_body(rng, 8)}", _body(rng, 140)  # `so {n}` finds one story
            rows.append({"source": "bench", "url_key": f"bench:{n}", "body_hash": f"{n:064x}", "title": title,
                         "body": body, "origin": "page", "first_seen": start + timedelta(minutes=n),
                         "search_text": search_text(title, body)})  # fmt: skip
        with db.engine.begin() as conn:
            conn.execute(stories.insert(), rows)
    with db.engine.begin() as conn:  # as autovacuum would have by the time a store holds this many
        conn.execute(sa.text("ANALYZE"))
    return time.perf_counter() - started


def _queries(count: int, stories: int, seed: int) -> list[tuple[str, ...]]:
    """Mostly one to three vocabulary words (common ones match most stories); one in ten names one story
    (`số 4711`), one in ten a word no story holds."""
    rng = random.Random(seed)
    found = []
    while len(found) < count:
        kind = rng.random()
        if kind < 0.1:
            typed = f"số {rng.randrange(stories)}"
        elif kind < 0.2:
            typed = f"{rng.choice(VOCABULARY)} khongcotrongtin"
        else:
            typed = " ".join(VOCABULARY[min(int(rng.paretovariate(0.8)) - 1, len(VOCABULARY) - 1)]
                             for _ in range(rng.randint(1, 3)))  # fmt: skip
        found.append(parse_search(typed))
    return found


def measure(label: str, url: str, stories: int, queries: int) -> None:
    db = Database.open(url)
    try:
        filled = _fill(db, stories, seed=7)
        search = SqlSearch(db)
        timings, hits = [], []
        for words in _queries(queries, stories, seed=11):
            started = time.perf_counter()
            hits.append(len(search.search(words, SEARCH_RESULTS)))
            timings.append((time.perf_counter() - started) * 1000)
    finally:
        db.close()
    timings.sort()
    p99 = timings[max(0, int(len(timings) * 0.99) - 1)]
    median = statistics.median(timings)
    print(
        f"{label}: {stories} stories written in {filled:.0f} s; /search over them: p50 {median:.1f} ms, "
        f"p99 {p99:.1f} ms, max {timings[-1]:.1f} ms over {queries} queries "
        f"({sum(h == SEARCH_RESULTS for h in hits)} with {SEARCH_RESULTS} results, {hits.count(0)} with none)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=500)
    default_pg = os.environ.get("NEWSBOT_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--postgres", default=default_pg)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        measure("SQLite (FTS5)", f"sqlite:///{tmp}/search.sqlite3", args.stories, args.queries)
    if not args.postgres:
        print("PostgreSQL skipped (--postgres '')")
        return
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(args.postgres)
    try:
        with admin.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    except sa.exc.OperationalError as exc:
        print(f"PostgreSQL skipped: not reachable at {args.postgres} ({type(exc.orig).__name__})")
        return
    separator = "&" if "?" in args.postgres else "?"
    try:
        measure("PostgreSQL (tsvector + GIN)", f"{args.postgres}{separator}options=-csearch_path%3D{schema}",
                args.stories, args.queries)  # fmt: skip
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


if __name__ == "__main__":
    main()
