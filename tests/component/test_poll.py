"""`poll` against the loopback KBS-like site, on SQLite and PostgreSQL: full text, once, conditionally."""

from __future__ import annotations

from pathlib import Path

from tests.component.helpers import built_app
from tests.fakes.feeds import Article, FakeKbsSite
from tests.stories import EXPORTS, archived_text


async def test_first_poll_stores_every_story_with_its_page_text(site: FakeKbsSite, db_url: str, tmp_path: Path) -> None:
    async with built_app(db_url, [site.feed_url], tmp_path / "no-seeds") as app:
        reports = await app.service.poll()
        stories = app.story_store.stories_seen_since(None, 10)

    assert reports[0].line() == f"{site.feed_url}: new=3 unchanged=0 failed=0"
    assert len(stories) == 3
    exports = next(s for s in stories if s.title == EXPORTS.title)
    assert exports.origin == "page"
    assert exports.url == f"{site.base}/service/news_view.htm?Seq_Code=70101&lang=v"
    assert exports.body.split("\n\n") == EXPORTS.paragraphs  # <br><br> kept as paragraph breaks
    assert "Photo" not in exports.body and "tracking" not in exports.body and "Nghe" not in exports.body
    assert exports.published is not None and exports.published.isoformat() == "2025-10-31T09:30:00+00:00"
    assert len(site.hits("/service/news_view.htm")) == 3


async def test_second_poll_is_conditional_and_stores_nothing_twice(
    site: FakeKbsSite, db_url: str, tmp_path: Path
) -> None:
    async with built_app(db_url, [site.feed_url], tmp_path / "no-seeds") as app:
        await app.service.poll()
        second = await app.service.poll()
        count = len(app.story_store.stories_seen_since(None, 50))

    feed_hits = site.hits("/rss/rss_news.htm")
    assert len(feed_hits) == 2
    assert "If-None-Match" not in feed_hits[0].headers
    assert feed_hits[1].headers["If-None-Match"] == site.etag()
    assert feed_hits[1].headers["If-Modified-Since"] == site.last_modified
    assert second[0].status == "not modified" and second[0].new == 0
    assert count == 3
    assert len(site.hits("/service/news_view.htm")) == 3  # no page fetched again


async def test_a_changed_feed_fetches_only_the_new_page(site: FakeKbsSite, db_url: str, tmp_path: Path) -> None:
    async with built_app(db_url, [site.feed_url], tmp_path / "no-seeds") as app:
        await app.service.poll()
        site.articles.append(
            Article(seq=70104, title="Tin mới", paragraphs=["Chính phủ Hàn Quốc công bố kế hoạch mới."])
        )
        report = (await app.service.poll())[0]

    assert (report.new, report.unchanged, report.failed) == (1, 3, 0)
    assert "Seq_Code=70104" in site.hits("/service/news_view.htm")[-1].query
    assert len(site.hits("/service/news_view.htm")) == 4


async def test_a_seed_file_and_the_feed_carrying_the_same_story_make_one_story(
    site: FakeKbsSite, db_url: str, tmp_path: Path
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "exports.txt").write_text(archived_text(EXPORTS), encoding="utf-8")
    async with built_app(db_url, [], seeds) as app:
        seed_report = (await app.service.poll())[-1]
    async with built_app(db_url, [site.feed_url], seeds) as app:
        feed_report, seed_again = await app.service.poll()
        stories = app.story_store.stories_seen_since(None, 10)

    assert seed_report.line() == "seeds: new=1 unchanged=0 failed=0"
    assert feed_report.line() == f"{site.feed_url}: new=2 unchanged=1 failed=0"
    assert seed_again.line() == "seeds: new=0 unchanged=1 failed=0"
    assert len(stories) == 3
    merged = [s for s in stories if "59,57 tỷ USD" in s.body]
    assert len(merged) == 1
    assert merged[0].url is not None and "Seq_Code=70101" in merged[0].url  # the seed story gained its link


async def test_new_and_edited_seed_files_are_picked_up_on_the_next_poll(db_url: str, tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Photo : KBS News\nChính phủ Hàn Quốc ngày 5/11 công bố gói hỗ trợ 2 tỷ USD.", "utf-8")
    async with built_app(db_url, [], seeds) as app:
        first = (await app.service.poll())[-1]
        (seeds / "b.txt").write_text("Ngân hàng Trung ương Hàn Quốc giữ nguyên lãi suất ở mức 2,5%.", "utf-8")
        (seeds / "a.txt").write_text("Chính phủ Hàn Quốc ngày 5/11 công bố gói hỗ trợ 3 tỷ USD.", "utf-8")
        second = (await app.service.poll())[-1]
        bodies = sorted(s.body for s in app.story_store.stories_seen_since(None, 10))

    assert first.line() == "seeds: new=1 unchanged=0 failed=0"
    assert second.line() == "seeds: new=1 unchanged=0 failed=0 updated=1"
    assert bodies == [
        "Chính phủ Hàn Quốc ngày 5/11 công bố gói hỗ trợ 3 tỷ USD.",
        "Ngân hàng Trung ương Hàn Quốc giữ nguyên lãi suất ở mức 2,5%.",
    ]
