"""Properties of the summarizer on any input: no exception, faithfulness, linear time."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from bot import summarize
from bot.summarizer.text import clean_body, split_sentences

VIETNAMESE_BITS = st.sampled_from(
    ["Tổng thống", " Lee Jae-yong", " Hàn Quốc", " 260.000", " 15,1%", " tỷ USD", ".", "Ông", " ngày 31/10",
     " (KISTI)", " tập đoàn", " Nvidia", ",", " hơn", " lần thứ ba", "\n", " Bộ Công nghiệp", " thương mại",
     " thành viên", " đã"]
)  # fmt: skip
NEWSY = st.lists(VIETNAMESE_BITS, max_size=40).map("".join)


def _faithful(text: str) -> None:
    summary = summarize(text)
    body = clean_body(text).body
    for who in summary.who:
        assert who.name and who.name in body
    for figure in summary.numbers:
        assert figure.text and figure.text in body
        assert len(figure.context.split()) >= 1


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_unicode_text_summarizes_faithfully(text: str) -> None:
    _faithful(text)


@settings(max_examples=300, deadline=None)
@given(NEWSY)
def test_news_shaped_text_summarizes_faithfully(text: str) -> None:
    _faithful(text)


@settings(max_examples=100, deadline=None)
@given(NEWSY)
def test_decomposed_input_gives_the_same_summary(text: str) -> None:
    assert summarize(unicodedata.normalize("NFD", text)) == summarize(text)


def test_a_megabyte_of_digits_and_dots_does_not_hang() -> None:
    # Linear work: this returns in well under a second; a quadratic splitter would take minutes.
    text = ("1.2.3.4.5.6.7.8.9.0" * 60_000)[:1_000_000]
    assert split_sentences(text)
    summary = summarize(text)
    assert summary.who == ()


def test_a_megabyte_of_glued_sentences_does_not_hang() -> None:
    text = "Ông Lee đến Gyeongju.Bà Kim nói 1,5 tỷ USD.A. B. " * 20_000
    assert len(split_sentences(text)) > 20_000
    summarize(text)


def test_a_stray_comma_after_an_apposition_is_read_past() -> None:
    text = (
        "Ca sĩ Jungkook, thành viên nhóm nhạc BTS, , đã quyên góp 1 tỷ won cho Bệnh viện Nhi đồng Đại học Quốc gia"
        " Seoul để hỗ trợ chi phí điều trị cho trẻ em có hoàn cảnh khó khăn, bệnh viện này cho biết ngày 4/12."
    )
    summary = summarize(text)
    assert summary.what.startswith("Ca sĩ Jungkook quyên góp 1 tỷ won")
    _faithful(text)
