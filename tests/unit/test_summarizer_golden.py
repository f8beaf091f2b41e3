"""Golden tests on stories written for these tests, one per trap of Vietnamese news text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot import summarize
from bot.summarizer.model import Summary

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_9d808a5cb784a77d.txt"


def _who(summary: Summary) -> dict[str, str | None]:
    return {w.name: w.role for w in summary.who}


def _numbers(summary: Summary) -> dict[str, float | None]:
    return {n.text: n.value for n in summary.numbers}


def test_glued_sentences_titles_and_hyphenated_korean_names() -> None:
    text = (
        " date 2026-03-02 Photo : YONHAP News\n\n"
        "Thủ tướng Hàn Quốc Kim Min-seok ngày 3/3 đã tiếp Chủ tịch tập đoàn ô tô Hyundai Chung Eui-sun tại "
        "thành phố Ulsan.Ông Kim cho biết Chính phủ sẽ hỗ trợ ngành ô tô.Hai bên đã thảo luận về xuất khẩu."
    )
    summary = summarize(text)
    assert _who(summary)["Kim Min-seok"] == "Thủ tướng Hàn Quốc"
    assert _who(summary)["Chung Eui-sun"] == "Chủ tịch tập đoàn ô tô Hyundai"
    assert "Hyundai" in _who(summary)
    assert "Ông Kim" not in _who(summary) and "Kim" not in _who(summary)  # later mentions merge
    assert summary.what.startswith("Thủ tướng Hàn Quốc Kim Min-seok ngày 3/3 tiếp")
    assert "Ông Kim" not in summary.what  # the glued second sentence is not part of the lead
    assert summary.when == ("ngày 3/3",)
    assert summary.where[0] == "Ulsan"
    assert "YONHAP" not in json.dumps(summary.to_dict(), ensure_ascii=False)  # the caption is not story text


def test_vietnamese_number_conventions_and_multipliers() -> None:
    text = (
        "Bộ Công nghiệp, thương mại và tài nguyên Hàn Quốc ngày 1/11 cho biết kim ngạch xuất khẩu tháng 10 "
        "đạt 59,57 tỷ USD, tăng 15,1% so với cùng kỳ năm ngoái. Xuất khẩu chất bán dẫn đạt 16,6 tỷ USD, "
        "còn nhập khẩu dầu thô giảm 3.000 tỷ won. Có 1,5 triệu lượt du khách và hơn 260.000 người lao động "
        "được hưởng lợi, tăng 3.5% về thu nhập."
    )
    summary = summarize(text)
    numbers = _numbers(summary)
    assert numbers["59,57 tỷ USD"] == 59_570_000_000
    assert numbers["15,1%"] == 15.1
    assert numbers["16,6 tỷ USD"] == 16_600_000_000
    assert numbers["3.000 tỷ won"] == 3_000_000_000_000
    assert numbers["1,5 triệu lượt du khách"] == 1_500_000
    assert numbers["hơn 260.000 người lao động"] == 260_000
    assert numbers["3.5%"] == 3.5
    assert summary.numbers[0].text == "59,57 tỷ USD"  # the headline figure first
    assert summary.numbers[0].unit == "USD" and len(summary.numbers[0].context.split()) >= 2
    assert "Bộ Công nghiệp, thương mại và tài nguyên Hàn Quốc" in _who(summary)
    assert not any(n.text.startswith(("1/11", "10")) for n in summary.numbers)  # dates are not figures
    assert "ngày 1/11" in summary.when


def test_ranges_ordinals_counts_in_words_and_identifiers() -> None:
    text = (
        "Cục thống kê quốc gia Hàn Quốc cho biết số trẻ sinh ra ở độ tuổi 30-34 tuổi tăng lần thứ ba liên tiếp. "
        'Ba dự luật đã được thông qua sau hai phút biểu quyết. Ca khúc "Top 10" đứng vị trí số một, '
        "trong khi quốc lộ số 7 bị chặn."
    )
    summary = summarize(text)
    numbers = _numbers(summary)
    assert not any("30" in n for n in numbers)  # a bracket of ages says who is counted; it counts nothing
    assert numbers["lần thứ ba liên tiếp"] == 3  # a run keeps its "liên tiếp"
    assert numbers["hai phút"] == 2
    assert numbers["vị trí số một"] == 1
    assert not any("7" in n or "10" in n for n in numbers)  # a road number and a song title are names


def test_acronyms_expand_and_nam_is_a_surname_only_when_it_is_one() -> None:
    text = (
        "Viện nghiên cứu thông tin khoa học và công nghệ Hàn Quốc (KISTI) ngày 4/11 đã ký thỏa thuận với "
        "Việt Nam tại TP.HCM. Thống đốc tỉnh Nam Chungcheong Nam Kyung-pil cũng có mặt. KISTI sẽ đầu tư "
        "10 triệu USD vào dự án."
    )
    summary = summarize(text)
    who = _who(summary)
    assert "Viện nghiên cứu thông tin khoa học và công nghệ Hàn Quốc (KISTI)" in who
    assert who["Nam Kyung-pil"] == "Thống đốc tỉnh Nam Chungcheong"
    assert not any(name in ("Nam", "Việt Nam", "Nam Chungcheong", "TP") for name in who)
    assert "TP.HCM. Thống đốc" not in " ".join(summary.what.split("\n"))
    assert _numbers(summary)["10 triệu USD"] == 10_000_000
    assert {"Việt Nam", "TP.HCM"} <= set(summary.where)


def test_a_person_introduced_with_an_apposition_gets_that_role() -> None:
    summary = summarize(
        "Tổng thống Lee Jae Myung đã gặp ông Sundar Pichai, Giám đốc điều hành tập đoàn Google (Mỹ) tại Seoul."
    )
    assert _who(summary)["Sundar Pichai"] == "Giám đốc điều hành tập đoàn Google (Mỹ)"
    assert "Google" in _who(summary)


@pytest.mark.parametrize("text", ["", "   \n ", "The quick brown fox jumps over the lazy dog.", "12345", "。。。"])
def test_empty_or_foreign_text_gives_an_honest_summary(text: str) -> None:
    summary = summarize(text)
    data = summary.to_dict()
    assert data["who"] == [] and data["where"] == []
    assert isinstance(data["what"], str) and isinstance(data["bullets"], list)
    assert json.loads(json.dumps(data)) == data


def test_english_labels() -> None:
    summary = summarize(
        "Bộ Tài chính Hàn Quốc ngày 2/11 cho biết thu thuế đạt 300 nghìn tỷ won. Thuế doanh nghiệp giảm 12%.",
        lang="en",
    )
    assert summary.bullets[0].startswith("What: ") and any(b.startswith("Numbers: ") for b in summary.bullets)


def test_the_seed_story_field_by_field() -> None:
    summary = summarize(SEED.read_text(encoding="utf-8"))
    data = summary.to_dict()
    assert data["title"] is None and data["source"] == "newsbot-rules"
    assert data["what"] == (
        "Tổng thống Hàn Quốc Lee Jae Myung ngày 31/10 tiếp ông Jensen Huang, Giám đốc điều hành tập đoàn Nvidia."
    )
    who = _who(summary)
    assert list(who)[:2] == ["Lee Jae Myung", "Jensen Huang"]
    assert who["Lee Jae Myung"] == "Tổng thống Hàn Quốc"
    assert who["Jensen Huang"] == "Giám đốc điều hành tập đoàn Nvidia (Mỹ)"
    assert {"Nvidia", "Diễn đàn Hợp tác kinh tế châu Á-Thái Bình Dương (APEC)"} <= set(who)
    assert {"Chey Tae-won", "Lee Jae-yong", "Chung Eui-sun", "Lee Hae-jin"} & set(who)
    assert {w.kind for w in summary.who if w.name == "Lee Jae Myung"} == {"person"}
    first = data["numbers"][0]
    assert first["text"] == "hơn 260.000 bộ xử lý đồ họa (GPU)"
    assert first["value"] == 260000 and first["unit"] == "bộ xử lý đồ họa (GPU)"
    assert "hạ tầng điện toán AI" in first["context"]
    assert data["when"] == ["ngày 31/10"]
    assert data["where"][0] == "Gyeongju"
    assert 1 < len(data["bullets"]) <= 6 and data["bullets"][0].startswith("Sự kiện: ")
    for name in who:
        assert name in SEED.read_text(encoding="utf-8")


def test_a_title_that_starts_like_an_organisation_is_not_one_and_unit_names_are_places() -> None:
    summary = summarize(
        "Triều Tiên ngày 7/11 đã phóng một tên lửa từ khu vực Daegwan, tỉnh Bắc Pyongan và bay khoảng 700 km."
        "Bộ trưởng Quốc phòng Ahn Gyu-back đã triệu tập cuộc họp khẩn."
    )
    assert _who(summary) == {"Ahn Gyu-back": "Bộ trưởng Quốc phòng"}
    assert "Bắc Pyongan" in summary.where and _numbers(summary)["khoảng 700 km"] == 700


def test_a_period_of_months_in_a_year_shows_under_when_and_is_no_figure() -> None:
    summary = summarize("Trong sáu tháng đầu năm 2025, Hàn Quốc đón 8,8 triệu lượt khách, tăng 15% so với năm ngoái.")
    assert summary.when == ("sáu tháng đầu năm 2025",)  # not `đầu năm 2025`, which starts the period, not spans it
    assert list(_numbers(summary)) == ["8,8 triệu lượt khách", "15%"]  # `sáu tháng` had been a bare `trong 10 tháng`
    assert summarize("Kim ngạch nhập khẩu trong 9 tháng đầu năm nay đạt 1,2 tỷ USD.").when == ("9 tháng đầu năm nay",)
