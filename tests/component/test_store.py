"""The SQL store on SQLite and PostgreSQL: migrations, de-duplication, summaries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from bot.core.dedupe import body_hash
from bot.core.domain import Candidate
from bot.store.database import Database
from bot.store.feeds import SqlFeeds
from bot.store.leases import NamedLease
from bot.store.models import Base
from bot.store.stories import SqlStories
from bot.summarizer.model import Summary

NOW = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


def _candidate(body: str, **fields: object) -> Candidate:
    return Candidate(source="test", body=body, **fields)  # type: ignore[arg-type]


def _not_search_machinery(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """The full-text index lives beside the models (an FTS5 table and triggers on SQLite, a generated
    tsvector and its GIN index on PostgreSQL); migration 0007 makes it and the search tests cover it."""
    return not (name or "").startswith(("stories_fts", "search_vector", "ix_stories_search_vector"))


def test_migrations_build_exactly_the_models_schema(db_url: str) -> None:
    db = Database.open(db_url)
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"include_object": _not_search_machinery})
            diff = compare_metadata(context, Base.metadata)
        Database.open(db_url).close()  # running migrations again is a no-op
    finally:
        db.close()
    assert diff == []


LONG_TEXT = "Chính phủ Hàn Quốc công bố gói hỗ trợ mới cho các doanh nghiệp xuất khẩu nhỏ và vừa. " * 6


def test_one_story_per_url_key_guid_or_body(db_url: str) -> None:
    db = Database.open(db_url)
    store = SqlStories(db)
    try:
        first, created = store.add_story(_candidate(LONG_TEXT, url_key="kbs:v:1", guid="g1"), body_hash(LONG_TEXT), NOW)
        assert created
        by_key = store.add_story(
            _candidate("Bài một, bản sửa.", url_key="kbs:v:1"), body_hash("Bài một, bản sửa."), NOW
        )
        by_guid = store.add_story(_candidate("Bài một, bản khác.", guid="g1"), body_hash("Bài một, bản khác."), NOW)
        by_body = store.add_story(_candidate(LONG_TEXT, title="Tiêu đề"), body_hash(LONG_TEXT), NOW)
        other, other_created = store.add_story(_candidate("Bài hai."), body_hash("Bài hai."), NOW + timedelta(1))
        assert [r[0].id for r in (by_key, by_guid, by_body)] == [first.id] * 3
        assert not any(r[1] for r in (by_key, by_guid, by_body)) and other_created
        stored = store.story(first.id)
        assert stored is not None and stored.title == "Tiêu đề" and stored.first_seen == NOW
        assert [s.id for s in store.stories_seen_since(NOW + timedelta(hours=1), 10)] == [other.id]
        assert store.known_items(["kbs:v:1", "kbs:v:2"], ["g1", "g9"]) == ({"kbs:v:1"}, {"g1"})
    finally:
        db.close()


def test_the_body_hash_merges_only_long_texts_whose_links_agree(db_url: str) -> None:
    db = Database.open(db_url)
    store = SqlStories(db)
    teaser = "Tin ngắn."
    try:
        a, _ = store.add_story(_candidate(teaser, url_key="kbs:v:1"), body_hash(teaser), NOW)
        b, b_new = store.add_story(_candidate(teaser, url_key="kbs:v:2"), body_hash(teaser), NOW)
        c, c_new = store.add_story(_candidate(teaser), body_hash(teaser), NOW)
        long_a, _ = store.add_story(_candidate(LONG_TEXT, url_key="kbs:v:3"), body_hash(LONG_TEXT), NOW)
        long_b, long_b_new = store.add_story(_candidate(LONG_TEXT, url_key="kbs:v:4"), body_hash(LONG_TEXT), NOW)
        seed, seed_new = store.add_story(_candidate(LONG_TEXT), body_hash(LONG_TEXT), NOW)
    finally:
        db.close()
    assert b_new and c_new and len({a.id, b.id, c.id}) == 3  # a shared teaser identifies nothing
    assert long_b_new and long_b.id != long_a.id  # same text, disagreeing links: two stories
    assert not seed_new and seed.id == long_a.id  # same long text, no link of its own: the same story


def test_the_body_hash_migration_keeps_every_row(db_url: str) -> None:
    import sqlalchemy as sa

    from bot.store.database import make_engine, migrate

    engine = make_engine(db_url)
    migrate(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO stories (id, source, body_hash, body, origin, first_seen) "
                "VALUES (7, 's', 'h', 'b', 'seed', '2026-11-01 08:00:00')"
            )
        )
        conn.execute(sa.text("INSERT INTO summaries (story_id, version, data) VALUES (7, '4', '{}')"))
        conn.execute(sa.text("INSERT INTO seed_files (path, story_id, body_hash) VALUES ('a.txt', 7, 'h')"))
    migrate(engine)
    with engine.begin() as conn:
        counts = [conn.scalar(sa.text(f"SELECT count(*) FROM {t}")) for t in ("stories", "summaries", "seed_files")]
        conn.execute(
            sa.text(
                "INSERT INTO stories (id, source, body_hash, body, origin, first_seen) "
                "VALUES (8, 's', 'h', 'b', 'seed', '2026-11-01 08:00:00')"
            )
        )  # the same hash twice is allowed now
    engine.dispose()
    assert counts == [1, 1, 1]


def test_summaries_are_kept_per_version(db_url: str) -> None:
    db = Database.open(db_url)
    store = SqlStories(db)
    try:
        story, _ = store.add_story(_candidate("Bài một."), body_hash("Bài một."), NOW)
        summary = Summary(title=None, url=None, published=NOW, source="x", what="Bài một.", bullets=("a",))
        store.save_summary(story.id, "7", summary)
        assert store.summary(story.id, "7") == summary
        assert store.summary(story.id, "8") is None
    finally:
        db.close()


def test_writers_racing_to_store_the_same_summary_never_clash(db_url: str) -> None:
    """A /summary and a poll can summarize the same new story at once; both writes must succeed."""
    import threading

    db = Database.open(db_url)
    store = SqlStories(db)
    try:
        summary = Summary(title=None, url=None, published=None, source="x", what="Bài.", bullets=("a",))
        errors: list[BaseException] = []
        for round_ in range(5):
            story, _ = store.add_story(_candidate(f"Bài {round_}."), body_hash(f"Bài {round_}."), NOW)
            barrier = threading.Barrier(6)

            def write(story_id: int = story.id, barrier: threading.Barrier = barrier) -> None:
                barrier.wait()
                try:
                    store.save_summary(story_id, "1", summary)
                except BaseException as exc:  # collected and asserted below
                    errors.append(exc)

            threads = [threading.Thread(target=write) for _ in range(6)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert store.summary(story.id, "1") == summary
        assert errors == []
    finally:
        db.close()


def test_one_instance_at_a_time_holds_a_feed_or_a_named_lease(db_url: str) -> None:
    feed = "https://world.kbs.co.kr/rss/rss_news.htm?lang=v"
    until = NOW + timedelta(minutes=10)
    db = Database.open(db_url)
    try:
        feeds = SqlFeeds(db)
        first = feeds.lease_feed(feed, "a", NOW, until)
        blocked = feeds.lease_feed(feed, "b", NOW, until)
        renewed = feeds.lease_feed(feed, "a", NOW + timedelta(minutes=5), until + timedelta(minutes=5))
        taken_after_expiry = feeds.lease_feed(feed, "b", until + timedelta(minutes=6), until + timedelta(hours=1))
        feeds.release_feed(feed, "b")
        free_again = feeds.lease_feed(feed, "c", NOW, until)
        state = feeds.feed_state(feed)

        def lease(owner: str) -> NamedLease:
            return NamedLease(db, "telegram-updates", owner, lambda: NOW, timedelta(minutes=10))

        telegram = [
            lease("a").take(NOW, until),
            lease("b").take(NOW, until),
            lease("b").take(until + timedelta(seconds=1), until + timedelta(minutes=1)),
        ]
        lease("b").drop()
        telegram.append(lease("a").take(NOW, until))
    finally:
        db.close()
    assert (first, blocked, renewed, taken_after_expiry, free_again) == (True, False, True, True, True)
    assert state.url == feed and state.failures == 0  # the lease row is an ordinary feed row
    assert telegram == [True, False, True, True]
