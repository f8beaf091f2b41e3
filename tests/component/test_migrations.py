"""Every earlier schema, holding data, upgrades to the newest without losing a row, on SQLite and
PostgreSQL; and what it held still works: subscriptions are due, queued parts are sent, stories are found."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from bot.core.domain import ChatTarget
from bot.store.database import Database, make_engine, migrate
from bot.store.outbox import SqlOutbox
from bot.store.search import SqlSearch
from bot.store.subscriptions import SqlSubscriptions

REVISIONS = ["0001", "0002", "0003", "0004", "0005", "0006"]
AT = datetime(2026, 1, 1, 8, 0)  # naive UTC, as the store writes it
DUE = datetime(2026, 1, 2, 1, 0)
INSERT_ORDER = ["feeds", "leases", "stories", "seed_files", "summaries", "subscriptions", "chat_settings",
                "payloads", "digests", "deliveries"]  # fmt: skip


def _rows_at(revision: str) -> dict[str, list[dict[str, object]]]:
    """What a database at `revision` holds: one or two rows of every table it has."""
    rows: dict[str, list[dict[str, object]]] = {
        "feeds": [{"url": "https://world.kbs.co.kr/rss/rss_news.htm?lang=v", "etag": 'W/"a1"', "failures": 0}],
        "stories": [
            {"id": 1, "source": "feed", "url_key": "kbs:v:68167", "guid": "KBS-68167", "body_hash": "h1",
             "title": "Tổng thống gặp CEO Nvidia", "body": "Tổng thống Hàn Quốc tiếp ông Jensen Huang tại Gyeongju.",
             "origin": "page", "first_seen": AT},
            {"id": 2, "source": "seeds", "body_hash": "h2", "title": None,
             "body": "Lễ hội văn hóa Việt-Hàn khai mạc tại Seoul.", "origin": "seed", "first_seen": AT},
        ],
        "seed_files": [{"path": "seeds/festival.txt", "story_id": 2, "body_hash": "h2"}],
        "summaries": [{"story_id": 1, "version": "5", "data": "{}"}],
        "subscriptions": [
            {"id": 1, "platform": "telegram", "chat_id": "42", "thread_id": 0, "language": "vi",
             "digest_time": "07:30", "timezone": "Asia/Seoul", "include_words": "han quoc", "exclude_words": "",
             "active": True, "next_due": DUE, "last_digest_at": AT, "created": AT},
            {"id": 2, "platform": "discord", "chat_id": "777", "thread_id": 0, "language": "en",
             "digest_time": "21:00", "timezone": "Asia/Ho_Chi_Minh", "include_words": "", "exclude_words": "bóng đá",
             "active": False, "created": AT},
        ],
        "chat_settings": [{"platform": "telegram", "chat_id": "42", "language": "vi"}],
        "digests": [{"id": 1, "subscription_id": 1, "window_end": AT, "story_ids": "1,2", "created": AT}],
        "deliveries": [
            {"id": 1, "digest_id": 1, "part": 0, "platform": "telegram", "chat_id": "42", "thread_id": 0,
             "status": "pending", "attempts": 0, "created": AT},
        ],
    }  # fmt: skip
    text_column = "text" if revision in ("0001", "0002") else "payload"
    rows["deliveries"][0][text_column] = "<b>Bản tin</b> cũ"
    if revision >= "0004":
        rows["digests"][0].update(claimed_by=None, claimed_until=None)
    if revision >= "0005":
        rows["feeds"][0].update(lease_owner=None, lease_until=None)
        rows["leases"] = [{"name": "telegram-updates", "owner": "host:1", "until": AT}]
    if revision >= "0006":
        rows["payloads"] = [{"id": 1, "sha256": "f" * 64, "body": "<b>Bản tin</b> chung", "created": AT}]
        rows["digests"].append({"id": 2, "subscription_id": 1, "window_end": AT, "story_ids": "1", "created": AT})
        rows["deliveries"].append(
            {"id": 2, "digest_id": 2, "part": 0, "platform": "telegram", "chat_id": "42", "thread_id": 0,
             "payload": None, "payload_id": 1, "status": "pending", "attempts": 0, "created": AT}
        )  # fmt: skip
    return rows


@pytest.mark.parametrize("revision", REVISIONS)
def test_a_database_at_each_earlier_revision_upgrades_keeping_everything(db_url: str, revision: str) -> None:
    engine = make_engine(db_url)
    migrate(engine, revision)
    rows = _rows_at(revision)
    metadata = sa.MetaData()
    metadata.reflect(engine)
    with engine.begin() as conn:
        for table in sorted(rows, key=INSERT_ORDER.index):
            for row in rows[table]:  # one by one: rows of a table may set different columns
                conn.execute(metadata.tables[table].insert(), row)
    migrate(engine)
    with engine.begin() as conn:
        counts = {t: conn.scalar(sa.text(f"SELECT count(*) FROM {t}")) for t in rows}
        times = dict(conn.execute(sa.text("SELECT chat_id, digest_times FROM subscriptions")).all())
        bodies = dict(conn.execute(sa.text("SELECT id, body FROM stories")).all())
    engine.dispose()

    db = Database.open(db_url)
    try:
        subscriptions, outbox = SqlSubscriptions(db), SqlOutbox(db)
        telegram = subscriptions.get(ChatTarget("telegram", "42"))
        discord = subscriptions.get(ChatTarget("discord", "777"))
        due = subscriptions.due(datetime(2026, 1, 3, tzinfo=UTC))
        pending = [d.payload for d in outbox.pending("telegram")]
        found = [s.id for s in SqlSearch(db).search(["van", "hoa", "seoul"], 10)]
    finally:
        db.close()
    assert counts == {t: len(v) for t, v in rows.items()}  # not a row lost
    assert bodies == {r["id"]: r["body"] for r in rows["stories"]}
    assert times == {"42": "07:30", "777": "21:00"}
    assert telegram is not None and telegram.digest_times == ("07:30",) and telegram.include == ("han quoc",)
    assert (telegram.cadence, telegram.sections, telegram.timezone) == ("daily", (), "Asia/Seoul")
    assert discord is not None and not discord.active and discord.exclude == ("bóng đá",)
    assert [s.target.chat_id for s in due] == ["42"]
    expected = ["<b>Bản tin</b> cũ"] + (["<b>Bản tin</b> chung"] if revision >= "0006" else [])
    assert pending == expected  # queued parts are still sent, with their own text or the shared one
    assert found == [2]  # stories stored before search came are found by it
