"""A feed or article server under hostile control: it can never reach inside, inflate the bot's memory,
or lose a story; and the feeds found in the wild are read for all they hold."""

from __future__ import annotations

import copy
import logging
from pathlib import Path

import pytest

from bot.sources.feeds import HttpFeedReader
from bot.sources.fetch_policy import FetchPolicy
from bot.sources.http import HttpFetcher
from tests.component.helpers import built_app
from tests.fakes import feeds as fake
from tests.fakes.feeds import FakeKbsSite, article_page
from tests.stories import ALL, EXPORTS

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # the store is not what is tested here
FEED = "/rss/custom.xml"


def _item(title: str, link: str, description: str = "", extra: str = "") -> str:
    return (
        f"<item><title><![CDATA[{title}]]></title><link>{link}</link>"
        f"<description><![CDATA[{description}]]></description>{extra}</item>"
    )


def _serve_feed(site: FakeKbsSite, *items: str, **rss_args: str) -> str:
    site.overrides[FEED] = fake.raw(fake.rss(*items, **rss_args).encode("utf-8"))
    return site.base + FEED


@SQLITE
async def test_item_links_outside_the_feeds_origin_are_refused_and_keep_the_feeds_text(
    site: FakeKbsSite, db_url: str, tmp_path: Path
) -> None:
    other = await FakeKbsSite(articles=copy.deepcopy(ALL)).start()
    try:
        loopback_by_name = site.base.replace("127.0.0.1", "localhost")
        site.overrides["/go"] = fake.redirect_to(other.article_url(EXPORTS.seq))
        feed = _serve_feed(
            site,
            _item("Sang máy chủ khác", other.article_url(EXPORTS.seq), "Mô tả một."),
            _item("Vào trong qua localhost", f"{loopback_by_name}/admin", "Mô tả hai."),
            _item("Chuyển hướng ra ngoài", f"{site.base}/go", "Mô tả ba."),
            _item("Địa chỉ metadata", "http://169.254.169.254/latest/meta-data/", "Mô tả bốn."),
            _item("Liên kết javascript", "javascript:alert(document.cookie)", "Mô tả năm."),
        )
        async with built_app(db_url, [feed], tmp_path, article_hosts=["localhost"]) as app:
            report = (await app.service.poll())[0]
            stories = {s.title: s for s in app.story_store.stories_seen_since(None, 10)}
    finally:
        await other.stop()
    assert (report.new, report.refused, report.failed) == (5, 5, 0), report.line()
    assert other.requests == []  # the other origin never heard from us, not even through the redirect
    assert [r.path for r in site.requests if r.path != FEED] == ["/go"]  # the hop was checked, then refused
    assert all(s.origin == "description" and s.body.startswith("Mô tả") for s in stories.values())
    assert stories["Liên kết javascript"].url is None


@SQLITE
async def test_a_feed_that_redirects_outside_its_origin_fails_without_following(
    site: FakeKbsSite, db_url: str, tmp_path: Path
) -> None:
    site.overrides[FEED] = fake.redirect_to(site.base.replace("127.0.0.1", "localhost") + "/rss/rss_news.htm")
    async with built_app(db_url, [site.base + FEED], tmp_path) as app:
        report = (await app.service.poll())[0]
    assert report.failed == 1 and "not allowed" in report.status
    assert [r.path for r in site.requests] == [FEED]


async def test_pages_connect_to_the_address_that_was_checked(site: FakeKbsSite) -> None:
    answers = iter(["127.0.0.1", "127.0.0.2", "127.0.0.2"])  # a rebinding DNS: the 2nd answer differs
    lookups: list[str] = []

    async def rebinding(host: str, port: int) -> list[str]:
        lookups.append(host)
        return [next(answers)]

    origin = site.base.replace("127.0.0.1", "feeds.test")
    fetcher = HttpFetcher(user_agent="t", timeout=2, max_bytes=1_000_000, deadline=4, max_redirects=2, per_host=2)
    reader = HttpFeedReader(fetcher, FetchPolicy([], resolver=rebinding))
    try:
        title, body = await reader.fetch_page(
            f"{origin}/service/news_view.htm?lang=v&Seq_Code={EXPORTS.seq}",
            FetchPolicy([], resolver=rebinding).trusting(origin),
        )
    finally:
        await fetcher.aclose()
    assert title == EXPORTS.title and "59,57 tỷ USD" in body
    assert lookups == ["feeds.test"]  # one lookup, and the connection went to its answer
    assert site.requests[0].headers["Host"] == origin.removeprefix("http://")


@SQLITE
@pytest.mark.parametrize(
    ("encodings", "size", "kept"),
    [
        (["gzip", "gzip"], 50_000_000, "description"),  # a layered bomb: refused, never inflated
        (["gzip"], 50_000_000, "description"),  # one layer, but past the cap once decoded
        (["gzip"], 0, "page"),  # an ordinary compressed page
        (["deflate"], 0, "page"),
    ],
)
async def test_compressed_pages_are_decoded_once_within_the_cap(
    site: FakeKbsSite, db_url: str, tmp_path: Path, encodings: list[str], size: int, kept: str
) -> None:
    page = article_page(site.articles[0]).encode("utf-8") + b" " * size
    site.overrides["/bomb"] = fake.encoded(page, encodings)
    feed = _serve_feed(site, _item(EXPORTS.title, f"{site.base}/bomb", "Mô tả của bài."))
    async with built_app(db_url, [feed], tmp_path) as app:  # fetch_max_bytes is 1 MB here
        report = (await app.service.poll())[0]
        story = app.story_store.stories_seen_since(None, 1)[0]
    assert report.new == 1 and story.origin == kept
    assert ("59,57 tỷ USD" in story.body) == (kept == "page")


@SQLITE
async def test_the_charset_of_the_http_header_outranks_the_pages_meta(
    site: FakeKbsSite, db_url: str, tmp_path: Path
) -> None:
    page = article_page(site.articles[0])  # declares <meta charset="utf-8">
    body = fake.cp1258(page)  # but is sent in Windows-1258, as the header says
    site.overrides["/legacy"] = fake.raw(body, "text/html; charset=windows-1258")
    feed = _serve_feed(site, _item(EXPORTS.title, f"{site.base}/legacy", "Mô tả."))
    async with built_app(db_url, [feed], tmp_path) as app:
        await app.service.poll()
        story = app.story_store.stories_seen_since(None, 1)[0]
    assert story.origin == "page" and "Bộ Công nghiệp" in story.body  # NFC again after cp1258's combining tones


@SQLITE
async def test_a_10000_item_feed_is_taken_a_capped_batch_per_poll_and_nothing_is_lost(
    site: FakeKbsSite, db_url: str, tmp_path: Path
) -> None:
    items = [
        f"<item><title>Tin số {n}</title><guid>g-{n}</guid><description>Nội dung của tin số {n}.</description></item>"
        for n in range(10_000)
    ]
    feed = _serve_feed(site, *items)
    async with built_app(db_url, [feed], tmp_path, max_items_per_poll=40, fetch_max_bytes=5_000_000) as app:
        first = (await app.service.poll())[0]
        second = (await app.service.poll(force=True))[0]
        stored = len(app.story_store.stories_seen_since(None, 20_000))
    assert (first.new, first.deferred) == (40, 9_960)
    assert (second.new, second.unchanged, second.deferred) == (40, 40, 9_920)  # not a 304: the rest still wait
    assert stored == 80
    assert [r.headers.get("If-None-Match") for r in site.hits(FEED)] == [None, None]


@SQLITE
async def test_overlapping_feeds_fetch_each_article_page_once(site: FakeKbsSite, db_url: str, tmp_path: Path) -> None:
    feeds = [site.feed_url, site.feed_url + "&id=Ec", site.feed_url + "&id=Po"]  # KBS's section feeds overlap
    async with built_app(db_url, feeds, tmp_path) as app:
        reports = await app.service.poll()
    pages = [r.query for r in site.hits("/service/news_view.htm")]
    assert sorted(pages) == sorted(set(pages)) and len(pages) == 3  # one request per article
    assert sum(r.new for r in reports) == 3 and sum(r.unchanged for r in reports[:3]) == 6


@SQLITE
async def test_fifty_feeds_on_one_small_server_are_fetched_a_few_at_a_time(
    site: FakeKbsSite, db_url: str, tmp_path: Path
) -> None:
    gauge = fake.Concurrency()
    empty = fake.raw(fake.rss().encode("utf-8"))
    for n in range(50):
        site.overrides[f"/rss/f{n}.xml"] = fake.slow_and_counted(empty, gauge)
    async with built_app(db_url, [f"{site.base}/rss/f{n}.xml" for n in range(50)], tmp_path, fetch_per_host=4) as app:
        reports = await app.service.poll()
    feeds = [r for r in reports if r.name != "seeds"]
    assert all(r.status == "empty" for r in feeds), [r.line() for r in feeds if r.status != "empty"]
    assert 1 < gauge.peak <= 4


@SQLITE
async def test_feeds_as_they_are_in_the_wild_are_read_for_all_they_hold(
    site: FakeKbsSite, db_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    missing = f"{site.base}/gone"  # pages that answer 404: the feed's text is all there is
    feed = _serve_feed(
        site,
        _item(
            "Tin có script",
            f"{missing}/1",
            "<p>Tin chính.<script>alert('Nhà quảng cáo')</script></p><!-- quảng cáo --><style>p{}</style>",
        ),
        _item(
            "Tin đầy đủ", f"{missing}/2", "", "<content:encoded><![CDATA[<p>Toàn văn bài viết.</p>]]></content:encoded>"
        ),
        _item("Tin trùng mô tả A", f"{missing}/3", "Cùng một đoạn mô tả ngắn."),
        _item("Tin trùng mô tả B", f"{missing}/4", "Cùng một đoạn mô tả ngắn."),
        "<item><description>Tin chỉ có mô tả, không có tiêu đề và liên kết.</description></item>",
        _item("Tin trống", f"{missing}/5", ""),
    )
    caplog.set_level(logging.INFO)
    async with built_app(db_url, [feed], tmp_path) as app:
        report = (await app.service.poll())[0]
        bodies = {s.title: s.body for s in app.story_store.stories_seen_since(None, 10)}
    assert (report.new, report.skipped, report.failed) == (5, 1, 0), report.line()
    assert bodies["Tin có script"] == "Tin chính."
    assert bodies["Tin đầy đủ"] == "Toàn văn bài viết."
    assert bodies["Tin trùng mô tả A"] == bodies["Tin trùng mô tả B"]  # two stories that share a teaser
    assert bodies["Tin chỉ có mô tả, không có tiêu đề và liên kết."].startswith("Tin chỉ có mô tả")
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]  # an empty story is expected


@SQLITE
async def test_atom_content_plain_text_titles_and_an_undeclared_legacy_encoding(
    site: FakeKbsSite, db_url: str, tmp_path: Path
) -> None:
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        '<entry><title type="text">History of the &lt;blink&gt; tag</title><id>urn:a</id>'
        f'<link href="{site.base}/gone/a"/><summary></summary>'
        '<content type="html">&lt;p&gt;Bài viết về thẻ &amp;lt;blink&amp;gt;.&lt;/p&gt;</content></entry></feed>'
    )
    korean = fake.rss(
        _item(
            "한국은행, 기준금리 연 2.5%로 동결",
            f"{site.base}/gone/k",
            "한국은행 금융통화위원회는 오늘 기준금리를 현재 수준으로 유지하기로 결정했습니다.",
        ),
        declaration="",
    ).encode("euc-kr")
    site.overrides["/atom.xml"] = fake.raw(atom.encode("utf-8"), "application/atom+xml")
    site.overrides["/korean.xml"] = fake.raw(korean, "application/xml")  # no charset, no declaration
    async with built_app(db_url, [f"{site.base}/atom.xml", f"{site.base}/korean.xml"], tmp_path) as app:
        await app.service.poll()
        stories = {s.title: s.body for s in app.story_store.stories_seen_since(None, 10)}
    assert stories["History of the <blink> tag"] == "Bài viết về thẻ <blink>."
    assert stories["한국은행, 기준금리 연 2.5%로 동결"].startswith("한국은행 금융통화위원회는")


@SQLITE
async def test_base64_and_html_typed_atom_entries_are_stored_as_text(
    site: FakeKbsSite, db_url: str, tmp_path: Path
) -> None:
    import base64

    html = "<p>Giá vàng <b>tăng</b> &amp; giá dầu &lt;giảm&gt;.</p>"
    encoded = base64.b64encode(html.encode("utf-8")).decode("ascii")
    escaped = html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def entry(n: int, title: str, kind: str, content: str) -> str:
        link = f'<link href="{site.base}/gone/{n}"/>'
        return f"<entry><id>urn:e{n}</id>{title}{link}<content {kind}>{content}</content></entry>"

    binary = base64.b64encode(bytes(range(256))).decode("ascii")
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        + entry(1, "<title>Base64 HTML</title>", 'type="html" mode="base64"', encoded)
        + entry(2, "<title>HTML with a charset</title>", 'type="text/html; charset=utf-8"', escaped)
        + entry(3, '<title type="text">&lt;b&gt;Bold&lt;/b&gt; labelled text</title>', 'type="text"', escaped)
        + entry(4, '<title type="html">Escaped twice</title>', 'type="html"', escaped.replace("&", "&amp;"))
        + entry(5, "<title>Binary</title>", 'type="image/png"', binary)
        + "</feed>"
    )
    site.overrides["/atom.xml"] = fake.raw(atom.encode("utf-8"), "application/atom+xml")
    async with built_app(db_url, [f"{site.base}/atom.xml"], tmp_path) as app:
        report = (await app.service.poll())[0]
        stories = {s.title: s.body for s in app.story_store.stories_seen_since(None, 10)}
    assert set(stories) == {"Base64 HTML", "HTML with a charset", "Bold labelled text", "Escaped twice"}
    assert set(stories.values()) == {"Giá vàng tăng & giá dầu <giảm>."}
    assert report.skipped == 1  # a picture is no story text, and its page is gone


@SQLITE
async def test_not_a_feed_says_what_it_is(site: FakeKbsSite, db_url: str, tmp_path: Path) -> None:
    site.overrides[FEED] = fake.raw(b"<html><body><p>Maintenance</body></html>", "text/html")
    async with built_app(db_url, [site.base + FEED], tmp_path) as app:
        report = (await app.service.poll())[0]
    assert report.status.startswith("failed: not a feed: ") and "NoneType" not in report.status
