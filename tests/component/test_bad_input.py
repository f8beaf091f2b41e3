"""Bad input: each broken source is reported and backed off, good stories are kept, nothing hangs."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest

from bot import summarize
from bot.core.domain import Candidate
from bot.core.stories import StoryService
from bot.sources.seed_files import SeedFolder
from bot.store.database import Database
from bot.store.feeds import SqlFeeds
from bot.store.stories import SqlStories
from bot.summarizer.core import SUMMARIZER_VERSION
from bot.summarizer.model import Summary
from tests.component.helpers import built_app
from tests.fakes import feeds as fake
from tests.fakes.feeds import FakeKbsSite
from tests.stories import FESTIVAL

BAD = "/bad/rss.xml"


def _scripted(site: FakeKbsSite) -> dict[str, tuple[fake.Handler, str]]:
    return {
        "http-500": (fake.status(500), "HTTP 500"),
        "html-instead-of-xml": (fake.raw(b"<html><body><p>Maintenance</body></html>", "text/html"), "not a feed"),
        "empty-body": (fake.raw(b""), "empty body"),
        "slow-server": (fake.never_finishes(site._closing), "timed out"),
        "50-MB-body": (fake.huge(50_000_000), "byte cap"),
        "redirect-loop": (fake.redirect_to(BAD), "too many redirects"),
    }


@pytest.mark.parametrize(
    "fault", ["http-500", "html-instead-of-xml", "empty-body", "slow-server", "50-MB-body", "redirect-loop"]
)
async def test_a_broken_feed_is_reported_backed_off_and_the_good_feed_goes_on(
    site: FakeKbsSite, db_url: str, tmp_path: Path, fault: str
) -> None:
    handler, reason = _scripted(site)[fault]
    site.overrides[BAD] = handler
    bad_url = site.base + BAD
    async with built_app(db_url, [bad_url, site.feed_url], tmp_path) as app:
        bad, good, _seeds = await app.service.poll()
        hits_after_first = len(site.hits(BAD))
        again, _, _ = await app.service.poll()
        state = app.service.feeds.feed_state(bad_url)
        stored = len(app.story_store.stories_seen_since(None, 10))

    assert bad.failed == 1 and reason in bad.status
    assert good.new == 3 and stored == 3
    assert state.failures == 1 and state.last_error and reason in state.last_error
    assert state.next_attempt is not None and state.last_success is None
    assert again.status.startswith("backing off until") and len(site.hits(BAD)) == hits_after_first


async def test_malformed_xml_keeps_the_items_that_parse(site: FakeKbsSite, db_url: str, tmp_path: Path) -> None:
    good_xml = site.feed_xml()
    broken = good_xml.replace("<title>KBS WORLD Radio</title>", "<title>KBS &nbsp; WORLD & Radio</title>")
    site.overrides["/rss/rss_news.htm"] = fake.raw(broken.encode("utf-8"))
    async with built_app(db_url, [site.feed_url], tmp_path) as app:
        report = (await app.service.poll())[0]
    assert (report.new, report.failed) == (3, 0)


async def test_a_feed_in_a_legacy_vietnamese_encoding_is_decoded_and_normalized(
    site: FakeKbsSite, db_url: str, tmp_path: Path
) -> None:
    xml = site.feed_xml().replace('encoding="UTF-8"', 'encoding="windows-1258"')
    site.overrides["/rss/rss_news.htm"] = fake.raw(fake.cp1258(xml), "application/xml")
    async with built_app(db_url, [site.feed_url], tmp_path) as app:
        report = (await app.service.poll())[0]
        titles = sorted(s.title or "" for s in app.story_store.stories_seen_since(None, 10))
    assert report.new == 3
    assert FESTIVAL.title in titles  # cp1258 decomposes tones; stored text is NFC again


async def test_an_article_page_without_body_falls_back_to_the_description(
    site: FakeKbsSite, db_url: str, tmp_path: Path
) -> None:
    site.articles[1].with_body = False
    async with built_app(db_url, [site.feed_url], tmp_path) as app:
        report = (await app.service.poll())[0]
        story = next(s for s in app.story_store.stories_seen_since(None, 10) if s.title == FESTIVAL.title)
    assert report.new == 3
    assert story.origin == "description"
    assert story.body == FESTIVAL.paragraphs[0][:120]
    pjax = [r for r in site.hits("/service/news_view.htm") if "70102" in r.query]
    assert len(pjax) == 2 and pjax[1].headers.get("X-PJAX") == "true"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "no story text"),
        ("blank.txt", b" date 2025-10-29 Photo : YONHAP News\n\n   \n", "no story text"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("latin1.txt", b"H\xe0n Qu\xf4c ng\xe0y 5/11", "not UTF-8"),
    ],
)
async def test_an_unreadable_seed_file_is_reported_and_the_others_are_kept(
    db_url: str, tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text("Chính phủ Hàn Quốc ngày 5/11 công bố gói hỗ trợ 2 tỷ USD.", "utf-8")
    async with built_app(db_url, [], tmp_path) as app:
        report = (await app.service.poll())[-1]
    assert (report.new, report.failed) == (1, 1)
    assert report.errors and name in report.errors[0] and reason in report.errors[0]


def test_a_story_the_summarizer_fails_on_goes_out_by_its_title_and_the_digest_with_it(
    db_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The summarizer is rules over hostile text; should one ever raise, that story is sent by its title and
    the others keep their summaries (the failing summarizer here stands in for a bug not yet found)."""

    def failing_on_trap(text: str, **fields: object) -> Summary:
        if "BẪY" in text:
            raise IndexError("a rule tripped")
        return summarize(text, **fields)  # type: ignore[arg-type]

    db = Database.open(db_url)
    service = StoryService(
        SqlStories(db),
        feeds=SqlFeeds(db),
        feed_reader=None,
        feed_urls=[],
        seeds=SeedFolder(tmp_path),
        poll_interval=timedelta(minutes=1),
        summarizer=failing_on_trap,
    )
    try:
        festival = " ".join(FESTIVAL.paragraphs)
        good, _ = service.ingest(Candidate(source="test", body=festival, title=FESTIVAL.title))
        with caplog.at_level(logging.ERROR):
            bad, _ = service.ingest(
                Candidate(source="test", body="BẪY, , văn bản lạ " * 20, title="Tin có văn bản lạ", url="https://x/1")
            )
        assert f"story={bad.id}" in caplog.text and "could not be summarized" in caplog.text
        digest = service.digest(None)
        by_id = {s.id: s.summary for s in digest.stories}
        assert by_id[bad.id] is not None and by_id[bad.id].what == "Tin có văn bản lạ"
        assert by_id[good.id] is not None and by_id[good.id].what == summarize(festival, title=FESTIVAL.title).what
        # … and nothing is kept for it: the next summarizer version tries it again
        assert service.store.summary(bad.id, SUMMARIZER_VERSION) is None
        assert service.store.summary(good.id, SUMMARIZER_VERSION) is not None
        # an article a reader asked for is answered the same way
        (asked,) = service.summarized([bad])
        assert asked.summary is not None and asked.summary.bullets == ("Sự kiện: Tin có văn bản lạ",)
    finally:
        db.close()
