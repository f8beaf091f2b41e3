"""URL canonicalisation (KBS Seq_Code) and tolerant date parsing."""

from __future__ import annotations

import pytest

from bot.core.urls import canonical_url, url_key
from bot.sources.dates import parse_date

CANONICAL = "https://world.kbs.co.kr/service/news_view.htm?lang=v&Seq_Code=68167"


@pytest.mark.parametrize(
    "link",
    [
        "https://world.kbs.co.kr/service/news_view.htm?lang=v&Seq_Code=68167",
        "http://world.kbs.co.kr/service/news_view.htm?Seq_Code=68167&lang=v",
        "https://world.kbs.co.kr/service/news_view.htm?lang=v&amp;Seq_Code=68167&id=Ec",
        "  <![CDATA[https://world.kbs.co.kr/service/news_view.htm?lang=v&Seq_Code=068167#top]]> ",
        "https://rki.kbs.co.kr/service/news_view.htm?lang=v&Seq_Code=68167",
    ],
)
def test_every_kbs_shape_of_one_article_has_one_canonical_url_and_key(link: str) -> None:
    assert canonical_url(link) == CANONICAL
    assert url_key(link) == "kbs:v:68167"


def test_the_same_seq_code_in_another_language_is_another_article() -> None:
    assert url_key("https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=68167") == "kbs:e:68167"


def test_other_urls_key_on_scheme_host_path_and_sorted_query() -> None:
    assert url_key("https://Example.com/a?b=2&a=1#frag") == "https://example.com/a?a=1&b=2"
    assert url_key("http://world.kbs.co.kr/vietnamese/news/news_Ec_detail.htm?No=38421") == (
        "https://world.kbs.co.kr/vietnamese/news/news_Ec_detail.htm?No=38421"
    )


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Fri, 31 Oct 2025 10:15:00 +0900", "2025-10-31T01:15:00+00:00"),
        ("Fri, 31 Oct 2025 10:15:00 GMT", "2025-10-31T10:15:00+00:00"),
        ("Fri, 31 Oct 2025 10:15:00", "2025-10-31T01:15:00+00:00"),  # no zone: Seoul
        ("2025-10-31 10:15:00", "2025-10-31T01:15:00+00:00"),
        ("2025-10-29", "2025-10-28T15:00:00+00:00"),
        ("2018-07", "2018-06-30T15:00:00+00:00"),
    ],
)
def test_dates_parse_to_utc(text: str, iso: str) -> None:
    parsed = parse_date(text)
    assert parsed is not None and parsed.isoformat() == iso


@pytest.mark.parametrize("text", [None, "", "unknown", "2025-13-45", "không rõ"])
def test_unreadable_dates_are_none(text: str | None) -> None:
    assert parse_date(text) is None
