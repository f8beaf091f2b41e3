"""The SQL store on SQLite and PostgreSQL: migrations, de-duplication, summaries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from bot.dedupe import body_hash
from bot.domain import Candidate, Summary
from bot.store.models import Base
from bot.store.repository import SqlStore

NOW = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


def _candidate(body: str, **fields: object) -> Candidate:
    return Candidate(source="test", body=body, **fields)  # type: ignore[arg-type]


def test_migrations_build_exactly_the_models_schema(db_url: str) -> None:
    store = SqlStore.open(db_url)
    try:
        with store.engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        SqlStore.open(db_url).close()  # running migrations again is a no-op
    finally:
        store.close()
    assert diff == []


def test_one_story_per_url_key_guid_or_body(db_url: str) -> None:
    store = SqlStore.open(db_url)
    try:
        first, created = store.add_story(
            _candidate("Bài một.", url_key="kbs:v:1", guid="g1"), body_hash("Bài một."), NOW
        )
        assert created
        by_key = store.add_story(
            _candidate("Bài một, bản sửa.", url_key="kbs:v:1"), body_hash("Bài một, bản sửa."), NOW
        )
        by_guid = store.add_story(_candidate("Bài một, bản khác.", guid="g1"), body_hash("Bài một, bản khác."), NOW)
        by_body = store.add_story(_candidate("Bài một.", title="Tiêu đề"), body_hash("Bài một."), NOW)
        other, other_created = store.add_story(_candidate("Bài hai."), body_hash("Bài hai."), NOW + timedelta(1))
        assert [r[0].id for r in (by_key, by_guid, by_body)] == [first.id] * 3
        assert not any(r[1] for r in (by_key, by_guid, by_body)) and other_created
        stored = store.story(first.id)
        assert stored is not None and stored.title == "Tiêu đề" and stored.first_seen == NOW
        assert [s.id for s in store.stories_seen_since(NOW + timedelta(hours=1), 10)] == [other.id]
        assert store.has_story("kbs:v:1", None) and store.has_story(None, "g1") and not store.has_story("kbs:v:2", None)
    finally:
        store.close()


def test_summaries_are_kept_per_version(db_url: str) -> None:
    store = SqlStore.open(db_url)
    try:
        story, _ = store.add_story(_candidate("Bài một."), body_hash("Bài một."), NOW)
        summary = Summary(title=None, url=None, published=NOW, source="x", what="Bài một.", bullets=("a",))
        store.save_summary(story.id, "7", summary)
        assert store.summary(story.id, "7") == summary
        assert store.summary(story.id, "8") is None
    finally:
        store.close()


def test_writers_racing_to_store_the_same_summary_never_clash(db_url: str) -> None:
    """A /summary and a poll can summarize the same new story at once; both writes must succeed."""
    import threading

    store = SqlStore.open(db_url)
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
        store.close()
