"""Bounded input: decoding under a byte budget, the summarizer's input cap, and text clean-up."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import AsyncIterator

import pytest

from bot.core.errors import SourceError
from bot.sources.decoding import read_decoded
from bot.summarizer.core import summarize
from bot.summarizer.text import cap_text, clean_body, printable


async def _chunks(data: bytes, size: int = 1000) -> AsyncIterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


async def test_one_gzip_layer_is_decoded() -> None:
    assert await read_decoded(_chunks(gzip.compress(b"tin " * 1000)), "gzip", 10_000) == b"tin " * 1000


async def test_concatenated_gzip_members_and_raw_deflate_are_one_layer() -> None:
    members = gzip.compress(b"mot ") + gzip.compress(b"hai")
    assert await read_decoded(_chunks(members, 7), "gzip", 100) == b"mot hai"
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    deflated = raw.compress(b"ba bon") + raw.flush()
    assert await read_decoded(_chunks(deflated), "deflate", 100) == b"ba bon"


async def test_the_cap_counts_decoded_bytes_and_stops_inflating_at_once() -> None:
    bomb = gzip.compress(b"\0" * 20_000_000)  # 20 KB that inflate to 20 MB
    with pytest.raises(SourceError, match="cap"):
        await read_decoded(_chunks(bomb), "gzip", 1_000_000)


@pytest.mark.parametrize("encoding", ["gzip, gzip", "gzip,deflate", "br", "zstd"])
async def test_layered_or_unknown_encodings_are_refused(encoding: str) -> None:
    with pytest.raises(SourceError, match=r"layers|not supported"):
        await read_decoded(_chunks(gzip.compress(gzip.compress(b"x"))), encoding, 100)


async def test_a_broken_gzip_body_is_a_read_failure() -> None:
    with pytest.raises(SourceError, match="not valid gzip"):
        await read_decoded(_chunks(b"not gzip at all"), "gzip", 100)


def test_cap_text_cuts_after_the_last_sentence_that_fits() -> None:
    text = "Câu một dài. " * 10_000
    capped = cap_text(text, 1000)
    assert len(capped) <= 1000 and capped.endswith("dài.") and text.startswith(capped)
    assert cap_text("ngắn.", 1000) == "ngắn."
    assert cap_text("x" * 5000, 1000) == "x" * 1000  # no sentence end, no space: a plain cut


def test_the_summarizer_reads_at_most_its_cap() -> None:
    lead = "Bộ Tài chính Hàn Quốc cho biết thu thuế đạt 300 nghìn tỷ won."
    text = lead + " Câu đệm không có số." * 10_000 + " Cuối bài có 999 tỷ USD."
    summary = summarize(text)
    assert summary.numbers[0].text == "300 nghìn tỷ won"
    assert all("999" not in n.text for n in summary.numbers)  # past the cap: never read
    assert "999" in [n.text for n in summarize(text, max_chars=None).numbers][-1]


def test_printable_drops_controls_and_lone_surrogates() -> None:
    assert printable("a\x00b\x1b[31mc\u0085d\r\ne\rf\ud800g\tđ") == "ab[31mcd\ne\nf\ufffdg\tđ"


def test_captions_are_removed_line_by_line_without_crossing_blank_lines() -> None:
    text = "Thân bài một.\n\nPhoto : YONHAP News\n" + "\n" * 40_000 + "ⓒ KBS News\nThân bài hai."
    assert clean_body(text).body == "Thân bài một.\n\nThân bài hai."


def test_a_story_glued_to_its_photo_credit_keeps_every_word_but_the_credit() -> None:
    text = " date 2026-01-05 Photo : YONHAP News Theo Bộ Y tế, 3 bệnh viện đã đóng.\nPhoto : KBS WORLD Radio Câu hai."
    assert clean_body(text).body == "Theo Bộ Y tế, 3 bệnh viện đã đóng.\nCâu hai."


def test_a_list_of_thousands_of_unit_numbers_is_read_without_exhausting_the_stack() -> None:
    numbers = ", ".join(str(k % 90 + 1) for k in range(5000))
    summary = summarize(f"Tập đoàn KHNP đã kiểm tra tổ máy số {numbers} của nhà máy điện Kori vào ngày 3/4.")
    assert summary.what and not any(f.text == "45" for f in summary.numbers)
