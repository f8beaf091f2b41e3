"""Article pages and feeds: the parts that need no network."""

from __future__ import annotations

import pytest

from bot.core.errors import SourceError
from bot.sources.article import extract_article
from bot.sources.rss import html_to_text, parse_feed
from bot.sources.seed_files import parse_seed_text
from tests.fakes.feeds import Article, article_page


def test_kbs_page_body_drops_caption_scripts_and_menus_and_keeps_paragraphs() -> None:
    page = article_page(Article(seq=1, title="Tiêu đề", paragraphs=["Đoạn một.", "Đoạn hai có <b>đậm</b>."]))
    title, body = extract_article(page.encode("utf-8"), "https://world.kbs.co.kr/x")
    assert title == "Tiêu đề"
    assert body == "Đoạn một.\n\nĐoạn hai có <b>đậm</b>."


def test_kbs_page_without_story_text_has_an_empty_body() -> None:
    page = article_page(Article(seq=1, title="Tiêu đề", paragraphs=["x"], with_body=False))
    assert extract_article(page, "https://world.kbs.co.kr/x")[1] == ""


def test_other_sites_go_through_trafilatura() -> None:
    paragraph = "Chính phủ Hàn Quốc ngày 5/11 công bố gói hỗ trợ trị giá 2 tỷ USD cho doanh nghiệp nhỏ. " * 4
    page = f"<html><body><nav>Trang chủ</nav><article><h1>Gói hỗ trợ</h1><p>{paragraph}</p></article></body></html>"
    title, body = extract_article(page, "https://example.org/a")
    assert title == "Gói hỗ trợ" and "2 tỷ USD" in body and "Trang chủ" not in body


def test_description_html_becomes_plain_text() -> None:
    assert html_to_text("<p>Một &amp; hai<br>ba</p><p>bốn &#039;năm&#039;</p>") == "Một & hai\nba\nbốn 'năm'"


def test_only_items_with_neither_text_nor_link_are_skipped() -> None:
    xml = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        "<item><title>A</title><link>https://x/1</link></item>"
        "<item><link>https://x/2</link></item><item><title>C</title></item>"
        "<item><description>Chỉ có phần mô tả. Không có tiêu đề.</description></item></channel></rss>"
    ).encode()
    parsed = parse_feed(xml, feed_url="https://x/rss", content_type="application/rss+xml")
    assert [(i.title, i.link) for i in parsed.items] == [
        ("A", "https://x/1"),
        (None, "https://x/2"),  # the page gives the title
        ("Chỉ có phần mô tả. Không có tiêu đề.", ""),  # RSS 2.0 allows a description-only item
    ]
    assert parsed.skipped == 1  # `C`: a title with no text and no link has nothing to keep


def test_a_json_body_is_not_a_feed() -> None:
    with pytest.raises(SourceError, match="not a feed"):
        parse_feed(b'{"items": []}', feed_url="https://x/rss", content_type="application/json")


@pytest.mark.parametrize(
    ("text", "body", "published"),
    [
        (" date 2025-10-29 Photo : YONHAP News\n\nThân bài.", "Thân bài.", "2025-10-28T15:00:00+00:00"),
        ("Photo : KBS News\nThân bài.", "Thân bài.", None),
        (
            " date 2018-07 Theo Cơ quan du lịch, thân bài.",
            "Theo Cơ quan du lịch, thân bài.",
            "2018-06-30T15:00:00+00:00",
        ),
        ("Thân bài không tiêu đề.", "Thân bài không tiêu đề.", None),
        (
            "url: https://world.kbs.co.kr/service/news_view.htm?lang=v&Seq_Code=1\ntitle: unknown\n"
            "date: 2025-10-20\nsource: x\n\n date 2025-10-20 Photo : YONHAP News\n\nNghe Menu Nghe nội dung Thân bài.",
            "Thân bài.",
            "2025-10-19T15:00:00+00:00",
        ),
    ],
)
def test_seed_text_shapes(text: str, body: str, published: str | None) -> None:
    candidate = parse_seed_text(text, "x.txt")
    assert candidate.body == body
    assert (candidate.published.isoformat() if candidate.published else None) == published


def test_a_one_letter_vietnamese_word_ends_a_sentence_but_an_initial_does_not() -> None:
    from bot.summarizer.text import split_sentences

    assert split_sentences("Giá nhà ở. Lãi suất giữ nguyên. Ông Donald J. Trump đến Seoul.") == [
        "Giá nhà ở.",
        "Lãi suất giữ nguyên.",
        "Ông Donald J. Trump đến Seoul.",
    ]


def test_a_degree_scale_ends_a_sentence_where_an_initial_would_not() -> None:
    from bot.summarizer.text import split_sentences

    assert split_sentences("Sáng nay Cheorwon lạnh tới âm 15 độ C. Cục khí tượng cảnh báo. Bà Kim C. Lee nói.") == [
        "Sáng nay Cheorwon lạnh tới âm 15 độ C.",
        "Cục khí tượng cảnh báo.",
        "Bà Kim C. Lee nói.",
    ]
    # … and so does one glued to an acronym opening the next (it had been one sentence: `… 33 độ C.KMA dự báo …`)
    assert split_sentences("Daegu nóng tới 33 độ C.KMA dự báo nắng nóng kéo dài.") == [
        "Daegu nóng tới 33 độ C.",
        "KMA dự báo nắng nóng kéo dài.",
    ]


def test_a_lead_ending_on_degrees_keeps_its_figure_in_the_what() -> None:
    from bot import summarize

    text = (
        "Đợt không khí lạnh mạnh nhất mùa đông tràn xuống vùng thủ đô ngày 14/12, khiến nhiệt độ buổi sáng tại"
        " Paju xuống tới âm 17 độ C. Cục khí tượng Hàn Quốc cho biết giá rét sẽ kéo dài đến cuối tuần."
    )
    assert summarize(text).what.endswith("tại Paju xuống tới âm 17 độ C.")


def test_an_acronym_glued_after_a_lower_case_word_starts_a_sentence() -> None:
    from bot.summarizer.text import split_sentences

    assert split_sentences("Nợ tăng lên 1.900 tỷ won.BOK cũng hạ dự báo. Ông đến TP.HCM.") == [
        "Nợ tăng lên 1.900 tỷ won.",
        "BOK cũng hạ dự báo.",
        "Ông đến TP.HCM.",
    ]


def test_an_acronym_glued_after_a_name_starts_a_sentence_but_an_abbreviation_does_not() -> None:
    from bot.summarizer.text import split_sentences

    assert split_sentences("Tàu đã cập cảng Vladivostok.NIS cho biết thêm. Ông có bằng Ph.D từ Harvard.") == [
        "Tàu đã cập cảng Vladivostok.",
        "NIS cho biết thêm.",
        "Ông có bằng Ph.D từ Harvard.",
    ]
    assert split_sentences("Bảng xếp hạng được công bố ngày 30/10.SK Hynix đứng thứ hai.") == [
        "Bảng xếp hạng được công bố ngày 30/10.",
        "SK Hynix đứng thứ hai.",
    ]  # … and so does one glued after a date
    assert split_sentences(
        "Số ca mắc tăng so với đầu tháng 7.KDCA dự báo đỉnh dịch vào cuối tháng 8. Giá 1.000 USD."
    ) == [
        "Số ca mắc tăng so với đầu tháng 7.",
        "KDCA dự báo đỉnh dịch vào cuối tháng 8.",
        "Giá 1.000 USD.",
    ]  # … and after a plain number
