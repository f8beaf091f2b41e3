"""Sections and full-text search in the store, on SQLite (FTS5) and PostgreSQL (tsvector), and the
migration that brought them keeping what was stored before."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from bot.core.dedupe import body_hash
from bot.core.domain import Candidate, SectionTags
from bot.core.errors import SearchTimeout
from bot.store import search as search_module
from bot.store.database import Database, make_engine, migrate
from bot.store.search import SqlSearch
from bot.store.stories import SqlStories

NOW = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
TEXTS = [
    ("Samsung công bố lợi nhuận quý III", "Hãng điện tử Samsung cho biết lợi nhuận đạt 12.000 tỷ won."),
    ("Hàn Quốc và Việt Nam ký thỏa thuận", "Hai nước ký thỏa thuận hợp tác về năng lượng tại Hà Nội."),
    ("Lễ hội ẩm thực Hàn Quốc", "Lễ hội diễn ra tại Seoul với hàng nghìn khách tham quan."),
]


def _store(stories: SqlStories) -> list[int]:
    ids = []
    for n, (title, body) in enumerate(TEXTS):
        candidate = Candidate(source="test", body=body, title=title, url_key=f"kbs:v:{n}", guid=f"g{n}")
        story, _ = stories.add_story(candidate, body_hash(body), NOW + timedelta(minutes=n))
        ids.append(story.id)
    return ids


def test_search_finds_every_word_without_accents_newest_first(db_url: str) -> None:
    db = Database.open(db_url)
    try:
        ids = _store(SqlStories(db))
        search = SqlSearch(db)
        found = search.search(["han", "quoc"], 10)
        one_word = search.search(["thoa", "thuan"], 10)
        missing = search.search(["han", "quoc", "samsung"], 10)
        limited = search.search(["han"], 1)
        by_title = search.search(["loi", "nhuan"], 10)
    finally:
        db.close()
    assert [s.id for s in found] == [ids[2], ids[1]]  # both words, newest first
    assert [s.id for s in one_word] == [ids[1]]
    assert missing == []  # every word must occur in the same story
    assert [s.id for s in limited] == [ids[2]]
    assert [s.title for s in by_title] == [TEXTS[0][0]]


def test_sections_tag_stories_by_key_or_guid_once(db_url: str) -> None:
    db = Database.open(db_url)
    try:
        stories = SqlStories(db)
        ids = _store(stories)
        tagged = stories.tag_section(["kbs:v:0", "kbs:v:9"], ["g1"], "kinh-te")
        again = stories.tag_section(["kbs:v:0"], [], "kinh-te")
        stories.tag_section(["kbs:v:0"], [], "lien-trieu")
        economy = stories.stories_seen_since(None, 10, "kinh-te")
        everything = stories.stories_seen_since(None, 10)
        found = SqlSearch(db).search(["samsung"], 10)
    finally:
        db.close()
    # an unknown key tags nothing; tagging twice is harmless, and says nothing was added the second time
    assert (tagged, again) == (SectionTags(stories=2, added=2), SectionTags(stories=1, added=0))
    assert [s.id for s in economy] == [ids[1], ids[0]]
    sections = {s.id: s.sections for s in everything}
    assert sections == {ids[0]: ("kinh-te", "lien-trieu"), ids[1]: ("kinh-te",), ids[2]: ()}
    assert found[0].sections == ("kinh-te", "lien-trieu")  # search results carry their sections too


def test_a_replaced_body_is_searched_by_its_new_words(db_url: str) -> None:
    db = Database.open(db_url)
    try:
        stories = SqlStories(db)
        ids = _store(stories)
        edited = Candidate(source="test", body="Bản tin đã sửa: giá vàng tăng mạnh.", title="Giá vàng")
        stories.replace_body(ids[0], edited, body_hash(edited.body))
        search = SqlSearch(db)
        old, new = search.search(["samsung"], 10), search.search(["gia", "vang"], 10)
    finally:
        db.close()
    assert old == [] and [s.id for s in new] == [ids[0]]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_search_past_its_time_bound_is_stopped(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    db = Database.open(db_url)
    try:
        _store(SqlStories(db))
        monkeypatch.setattr(search_module, "SEARCH_TIMEOUT", -1.0)  # already past: the first check stops it
        monkeypatch.setattr(search_module, "PROGRESS_EVERY", 1)
        with pytest.raises(SearchTimeout):
            SqlSearch(db).search(["han"], 10)
        monkeypatch.setattr(search_module, "SEARCH_TIMEOUT", 2.0)
        assert SqlSearch(db).search(["han"], 10)  # the connection is usable again
    finally:
        db.close()


def test_the_migration_keeps_subscriptions_and_makes_old_stories_searchable(db_url: str) -> None:
    engine = make_engine(db_url)
    migrate(engine, "0006")
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO stories (id, source, body_hash, title, body, origin, first_seen) "
                "VALUES (5, 's', 'h', 'Tin cũ về Hàn Quốc', 'Thủ đô Seoul đón tuyết đầu mùa.', 'seed', :at)"
            ),
            {"at": datetime(2026, 1, 1)},
        )
        for n, (time, zone) in enumerate([("07:30", "Asia/Seoul"), ("21:00", "Asia/Ho_Chi_Minh")], start=1):
            conn.execute(
                sa.text(
                    "INSERT INTO subscriptions (id, platform, chat_id, thread_id, language, digest_time, timezone, "
                    "include_words, exclude_words, active, created) "
                    "VALUES (:id, 'telegram', :chat, 0, 'vi', :time, :zone, 'han quoc', '', :active, :at)"
                ),
                {"id": n, "chat": f"10{n}", "time": time, "zone": zone, "active": n == 1, "at": datetime(2026, 1, 1)},
            )
    migrate(engine)
    with engine.begin() as conn:
        rows = conn.execute(
            sa.text("SELECT id, digest_times, timezone, include_words, cadence, sections, active FROM subscriptions")
        ).all()
    engine.dispose()
    db = Database.open(db_url)
    try:
        found = SqlSearch(db).search(["tuyet", "seoul"], 10)
    finally:
        db.close()
    assert sorted(tuple(r) for r in rows) == [
        (1, "07:30", "Asia/Seoul", "han quoc", "daily", "", True),
        (2, "21:00", "Asia/Ho_Chi_Minh", "han quoc", "daily", "", False),
    ]
    assert [s.id for s in found] == [5]
