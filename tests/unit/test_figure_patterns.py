"""Figures KBS stories use, each with its value parsed, and the order a reader needs them in.
One pattern per test, on sentences written here."""

from __future__ import annotations

import pytest

from bot import summarize
from bot.summarizer.model import Figure, Summary
from bot.summarizer.render import MAX_MERGED_WORDS, render_bullets


def _figures(text: str, title: str | None = None) -> dict[str, Figure]:
    return {f.text: f for f in summarize(text, title=title).numbers}


def _order(summary: Summary) -> list[str]:
    return [f.text for f in summary.numbers]


def test_a_signed_change_keeps_its_sign() -> None:
    figure = _figures("Chỉ số KOSPI đóng cửa ở mức 2.480,5 điểm, -1,3% so với phiên trước.")["-1,3%"]
    assert figure.value == -1.3 and figure.unit == "%"


def test_a_decrease_in_words_is_found_with_its_verb_in_the_context() -> None:
    figure = _figures("Tổng sản phẩm quốc nội quý III giảm 0,4% so với quý trước.")["0,4%"]
    assert figure.value == 0.4
    assert "giảm 0,4% so với quý trước" in figure.context


def test_a_run_of_months_keeps_lien_tiep() -> None:
    figure = _figures("Xuất khẩu đã tăng 14 tháng liên tiếp.")["14 tháng liên tiếp"]
    assert figure.value == 14 and figure.unit == "tháng"


def test_a_run_of_trading_sessions() -> None:
    assert _figures("Chỉ số này giảm 4 phiên liên tiếp.")["4 phiên liên tiếp"].value == 4


def test_an_ordinal_run() -> None:
    text = "Đây là tháng thứ 43 liên tiếp cán cân thương mại thặng dư."
    assert _figures(text)["tháng thứ 43 liên tiếp"].value == 43


def test_a_toll_counted_in_words() -> None:
    figures = _figures("Mưa lớn đã làm một người bị mất tích và hai người bị thương.")
    assert figures["một người bị mất tích"].value == 1
    assert figures["hai người bị thương"].value == 2


def test_mot_as_an_article_is_not_a_count() -> None:
    assert _figures("Một người phụ nữ cho biết nước dâng rất nhanh.") == {}


def test_a_bare_ratio_keeps_la() -> None:
    assert _figures("Tổng tỷ suất sinh trong năm là 0,72.")["là 0,72"].value == 0.72


def test_a_ratio_per_person() -> None:
    figure = _figures("Mỗi phụ nữ trung bình sinh 0,65 trẻ.")["0,65 trẻ"]
    assert figure.value == 0.65 and figure.unit == "trẻ"


def test_a_unit_written_before_its_number() -> None:
    figure = _figures("Tên lửa đạt tốc độ Mach 5 khi bay.")["Mach 5"]
    assert figure.value == 5 and figure.unit == "Mach"


def test_a_rate_denominator_is_not_a_figure() -> None:
    assert list(_figures("Tỷ giá đóng cửa ở mức 1.380 won đổi 1 USD.")) == ["mức 1.380 won"]


def test_at_least_stays_with_its_number() -> None:
    assert _figures("Vụ cháy khiến ít nhất 12 người thiệt mạng.")["ít nhất 12 người thiệt mạng"].value == 12


def test_the_headline_figure_comes_first_even_when_the_lead_states_another() -> None:
    text = (
        "Bộ Thương mại ngày 1/6 cho biết nhập khẩu tháng 5 đạt 48 tỷ USD. "
        "Trong khi đó, xuất khẩu tháng 5 đạt 52 tỷ USD, tăng 6% so với cùng kỳ năm ngoái."
    )
    summary = summarize(text, title="Xuất khẩu tháng 5 đạt 52 tỷ USD")
    assert _order(summary)[0] == "52 tỷ USD"
    assert _order(summarize(text))[0] == "48 tỷ USD"  # without the headline, the lead's figure leads


def test_the_leads_main_figure_comes_before_its_conversion() -> None:
    text = "Hãng công bố lợi nhuận quý II đạt 8.300 tỷ won (6,1 tỷ USD), tăng 9% so với quý trước."
    order = _order(summarize(text))
    assert order[0] == "8.300 tỷ won"
    assert order.index("9%") < order.index("6,1 tỷ USD")


def test_a_change_against_a_baseline_comes_before_a_detail() -> None:
    text = (
        "Cục Thống kê cho biết số trẻ sinh ra trong tháng 4 đạt 19.500 trẻ. "
        "Con số này giảm 2,3% so với cùng kỳ năm ngoái. "
        "Trong số đó, các bà mẹ ở độ tuổi 30-34 chiếm 47 trẻ trên 1.000 phụ nữ. "
        "Khoảng 62 trường hợp là con thứ hai."
    )
    order = _order(summarize(text))
    assert order[:2] == ["19.500 trẻ", "2,3%"]


def test_a_threshold_and_a_reference_come_after_the_result() -> None:
    text = (
        "Kim ngạch xuất khẩu tháng 9 đạt 55 tỷ USD, tăng 12% so với tháng trước. "
        "Đây là tháng thứ ba xuất khẩu đạt trên 50 tỷ USD, kể từ sau khi đạt 51,2 tỷ USD vào tháng 3. "
        "Nhập khẩu trong tháng đạt 40 tỷ USD."
    )
    order = _order(summarize(text))
    assert order[:2] == ["55 tỷ USD", "12%"]
    assert order.index("40 tỷ USD") < order.index("trên 50 tỷ USD")
    assert order.index("40 tỷ USD") < order.index("51,2 tỷ USD")


def test_a_record_outranks_a_plain_later_figure() -> None:
    text = (
        "Bộ Thương mại cho biết xuất khẩu tháng 6 đạt 57 tỷ USD. "
        "Bộ này công bố số liệu chi tiết vào buổi chiều. "
        "Nhập khẩu hàng tiêu dùng đạt 4,1 tỷ USD trong tháng. "
        "Xuất khẩu chất bán dẫn đạt mức cao kỷ lục 16,6 tỷ USD trong tháng."
    )
    order = _order(summarize(text))
    assert order.index("16,6 tỷ USD") < order.index("4,1 tỷ USD")


def test_the_digest_shows_three_figures_and_the_json_keeps_up_to_ten() -> None:
    text = " ".join(f"Trong năm, xuất khẩu sang thị trường số {i} tăng {i},5%." for i in range(1, 15))
    summary = summarize(text)
    assert len(summary.numbers) == 10
    assert sum(b.startswith("Số liệu:") for b in render_bullets(summary)) == 3


def test_figure_bullets_that_meet_past_the_merged_length_stay_apart_without_repeating() -> None:
    regions = [f"vùng {i} tăng {i},5%" for i in range(1, 15)]  # 4 words each
    first, second = ", ".join(regions[:10]), ", ".join(regions[6:])  # they share regions 7 to 10
    assert len(first.split()) + len(second.split()) - 16 > MAX_MERGED_WORDS
    numbers = (Figure("1,5%", 1.5, "%", first), Figure("14,5%", 14.5, "%", second))
    summary = Summary(title=None, url=None, published=None, source="test", what="Xuất khẩu tăng.", numbers=numbers)
    new = ", ".join(regions[10:])
    assert render_bullets(summary) == ("Sự kiện: Xuất khẩu tăng.", f"Số liệu: {first}", f"Số liệu: {new}")
    shared = (Figure("1,5%", 1.5, "%", first), Figure("8,5%", 8.5, "%", second))  # its figure is in the overlap
    summary = Summary(title=None, url=None, published=None, source="test", what="Xuất khẩu tăng.", numbers=shared)
    assert render_bullets(summary) == ("Sự kiện: Xuất khẩu tăng.", f"Số liệu: {first}", f"Số liệu: {second}")
    short = (Figure("1,5%", 1.5, "%", ", ".join(regions[:4])), Figure("6,5%", 6.5, "%", ", ".join(regions[2:6])))
    summary = Summary(title=None, url=None, published=None, source="test", what="Xuất khẩu tăng.", numbers=short)
    assert render_bullets(summary) == ("Sự kiện: Xuất khẩu tăng.", f"Số liệu: {', '.join(regions[:6])}")


def test_a_figure_bullet_reads_as_its_context_when_that_holds_it() -> None:
    summary = summarize("Bộ Đất đai công bố báo cáo về thị trường nhà ở. Giá nhà ở thủ đô tăng 2,1% so với năm ngoái.")
    assert "Số liệu: Giá nhà ở thủ đô tăng 2,1% so với năm ngoái" in render_bullets(summary)


def test_a_figure_the_what_states_word_for_word_is_not_repeated_below_it() -> None:
    summary = summarize("Giá nhà ở thủ đô tăng 2,1% so với cùng kỳ năm ngoái.")
    assert render_bullets(summary) == ("Sự kiện: Giá nhà ở thủ đô tăng 2,1% so với cùng kỳ năm ngoái.",)


def test_a_toll_the_what_states_without_its_past_marker_is_not_repeated_below_it() -> None:
    summary = Summary(
        title=None,
        url=None,
        published=None,
        source="test",
        what="Ba thuyền viên mất tích sau khi tàu cá bị lật ngoài khơi Jeju.",
        numbers=(Figure("Ba thuyền viên đã mất tích", 3, "thuyền viên", "Ba thuyền viên đã mất tích"),),
    )
    assert render_bullets(summary) == ("Sự kiện: Ba thuyền viên mất tích sau khi tàu cá bị lật ngoài khơi Jeju.",)


def test_figure_bullets_never_repeat_one_anothers_words() -> None:
    summary = summarize(
        "Tỷ giá won/USD đóng cửa ở mức 1.350 won đổi 1 USD, tăng 12 won so với phiên trước. "
        "Chỉ số KOSPI giảm 2,1% xuống còn 2.400 điểm. Chỉ số KOSDAQ giảm 3,4%."
    )
    figures = [b.removeprefix("Số liệu: ") for b in render_bullets(summary) if b.startswith("Số liệu:")]
    assert summary.what == "Tỷ giá won/USD đóng cửa ở mức 1.350 won đổi 1 USD, tăng 12 won so với phiên trước."
    assert len(summary.numbers) == 5
    assert figures == ["Chỉ số KOSPI giảm 2,1% xuống còn 2.400 điểm", "Chỉ số KOSDAQ giảm 3,4%"]


def test_a_bullet_close_to_the_what_is_left_out_unless_its_figure_is_new() -> None:
    what = "Theo KTO, trong tháng 6, có 1.282.093 khách nước ngoài tới Hàn Quốc, tăng 29,3%."
    same = Figure("1.282.093 khách", 1282093, "khách", "trong tháng 6, đã có 1.282.093 khách nước ngoài tới Hàn Quốc")
    new = Figure(
        "4,5%", 4.5, "%", "trong tháng 6, đã có 1.282.093 khách nước ngoài tới Hàn Quốc, tăng 4,5% so với tháng 5"
    )
    summary = Summary(title=None, url=None, published=None, source="test", what=what, numbers=(same, new))
    assert render_bullets(summary) == (f"Sự kiện: {what}", f"Số liệu: {new.context}")


def test_two_figures_of_one_clause_make_one_bullet_in_the_first_ones_place() -> None:
    summary = summarize(
        "Hàn Quốc đón nhiều khách du lịch quốc tế trong mùa hè năm nay. Trong tháng 7, lượng khách đạt "
        "1,2 triệu người, tăng 30% so với cùng kỳ năm ngoái. Khách Nhật Bản tăng 45%."
    )
    figures = [b.removeprefix("Số liệu: ") for b in render_bullets(summary) if b.startswith("Số liệu:")]
    assert figures[0] == "Trong tháng 7, lượng khách đạt 1,2 triệu người, tăng 30% so với cùng kỳ năm ngoái"
    assert not any(a in b for a in figures for b in figures if a is not b)


def test_a_yearly_rate_keeps_its_period() -> None:
    figure = _figures("Ngân hàng trung ương giữ nguyên lãi suất cơ bản ở mức 3,25%/năm.")["mức 3,25%/năm"]
    assert figure.value == 3.25 and figure.unit == "%"


def test_a_number_naming_a_round_is_not_a_figure_but_the_number_124_is() -> None:
    figures = _figures("Trong trận đấu vòng 5, anh nâng tổng số bàn thắng lên con số 124 trong vòng 8 năm.")
    assert "5" not in figures
    assert figures["124"].value == 124
    assert figures["8 năm"].value == 8  # `trong vòng` is "within", not a round


def test_the_season_or_episode_of_a_show_is_not_a_figure() -> None:
    figures = _figures('Phim "Khu vườn mùa hạ" mùa 2 có 12 tập. Tập 7 của phim thu hút 3,2 triệu khán giả.')
    assert set(figures) == {"12 tập", "3,2 triệu khán giả"}
    assert set(_figures('Phần 2 của phim "Đội quân" đạt 8 triệu lượt xem.')) == {"8 triệu lượt xem"}


def test_a_counted_noun_ends_before_dat_unless_it_is_an_order() -> None:
    figures = _figures("Đoàn vượt mục tiêu 7 huy chương vàng đặt ra từ đầu năm. Hãng nhận 350 đơn đặt hàng mới.")
    assert set(figures) == {"7 huy chương vàng", "350 đơn đặt hàng"}


def test_a_model_number_after_a_brand_with_a_small_first_letter_is_no_figure() -> None:
    figures = _figures("Khoảng 2.000 người xếp hàng để mua dòng điện thoại iPhone 17 mới ra mắt.")
    assert set(figures) == {"Khoảng 2.000 người"}


def test_a_counted_noun_ends_before_the_verb_dang_ky() -> None:
    figures = _figures("Cuộc thi có 1.200 thí sinh đến từ 54 quốc gia đăng ký tham gia.")
    assert set(figures) == {"1.200 thí sinh", "54 quốc gia"}


def test_artefacts_are_counted_whole() -> None:
    figures = _figures("Triển lãm giới thiệu khoảng 200 hiện vật của Việt Nam.")
    assert set(figures) == {"khoảng 200 hiện vật"}


def test_a_counted_noun_ends_before_the_verb_in() -> None:
    figures = _figures("Bộ tem gồm 2 mẫu tem in hình áo dài Việt Nam, màn hình rộng 10 inch.")
    assert set(figures) == {"2 mẫu tem", "10 inch"}


def test_a_counted_noun_ends_before_ngay() -> None:
    figures = _figures("Lực lượng cứu hộ đã đưa 12 người ngay lập tức tới bệnh viện gần nhất.")
    assert set(figures) == {"12 người"}


def test_an_ordinal_counts_the_nearest_counted_noun() -> None:
    text = "Đây là lần phóng tên lửa đạn đạo thứ 4 trong năm nay."
    figure = _figures(text)["lần phóng tên lửa đạn đạo thứ 4"]
    assert figure.value == 4 and figure.unit == "lần"


def test_an_ordinal_counts_a_two_word_noun_whole_never_from_its_second_word() -> None:
    figure = _figures("Ông Trump bắt đầu nhiệm kỳ thứ hai vào tháng 1.")["nhiệm kỳ thứ hai"]
    assert figure.value == 2 and figure.unit == "nhiệm kỳ"
    assert set(_figures("Các trường bước vào học kỳ thứ hai từ tuần sau.")) == {"học kỳ thứ hai"}


def test_an_ordinal_with_nothing_counted_before_it_is_left_out() -> None:
    assert _figures("Hệ thống tên lửa đạn đạo thứ 4 được thử nghiệm.") == {}


def test_an_ordinal_after_ban_dem_ranks_the_thing_at_night_not_a_night() -> None:
    assert _figures("Thành phố sẽ mở tuyến xe buýt tự lái ban đêm thứ ba vào tuần tới.") == {}
    assert set(_figures("Vào đêm thứ ba của lễ hội, khán giả xếp hàng dài.")) == {"đêm thứ ba"}


def test_a_counted_noun_ends_before_the_district_it_is_from_and_before_lot() -> None:
    assert set(_figures("Khoảng 3.000 người dân quận Mapo đã tổ chức biểu tình.")) == {"Khoảng 3.000 người dân"}
    assert "5 trường" in _figures("Hàn Quốc có 5 trường lọt vào top 100.")


def test_under_said_as_not_yet_reaching_keeps_its_qualifier() -> None:
    assert set(_figures("Tầm nhìn khi đó chưa tới 50 m.")) == {"chưa tới 50 m"}
    assert set(_figures("Tỷ lệ lạm phát không quá 3%.")) == {"không quá 3%"}


def test_a_class_of_stars_is_counted_not_ranked() -> None:
    assert set(_figures("Nhà hàng Mingles đã được xếp hạng 3 sao, mức cao nhất.")) == {"3 sao"}
    assert set(_figures("Đội tuyển xếp hạng 23 thế giới.")) == {"hạng 23"}


def test_assists_are_counted_whole() -> None:
    text = "Anh có tổng cộng 10 bàn thắng và 4 pha kiến tạo sau 13 trận."
    assert {"10 bàn thắng", "4 pha kiến tạo", "13 trận"} <= set(_figures(text))


def test_a_rank_in_a_list() -> None:
    figure = _figures("Với thành tích này, anh đứng thứ 12 trong lịch sử giải đấu.")["đứng thứ 12"]
    assert figure.value == 12 and figure.unit == "hạng"
    figure = _figures("Đội tuyển Hàn Quốc xếp hạng 23 thế giới trên bảng xếp hạng FIFA.")["hạng 23"]
    assert figure.value == 23 and figure.unit == "hạng"


def test_a_weekday_is_not_a_count() -> None:
    assert _figures("Cuộc họp sẽ diễn ra vào thứ hai tuần sau.") == {}


def test_a_unit_before_the_number_must_stand_on_the_same_line() -> None:
    figures = _figures("Chỉ số Mach\n 2% của tên lửa.")
    assert all("Mach" not in text for text in figures)


def test_a_time_unit_is_the_whole_unit() -> None:
    figure = _figures("Đây là lần đầu tiên sau 11 năm nhà lãnh đạo hai nước gặp nhau.")["11 năm"]
    assert figure.value == 11 and figure.unit == "năm"


def test_a_temperature_below_zero() -> None:
    figure = _figures("Nhiệt độ buổi sáng tại Seoul xuống tới âm 12 độ C.")["âm 12 độ C"]
    assert figure.value == -12 and figure.unit == "độ C"


def test_a_multiple_keeps_gap() -> None:
    assert _figures("Giá vé máy bay tăng gấp 2 lần so với năm ngoái.")["gấp 2 lần"].value == 2


def test_a_score_is_a_figure_and_a_day_before_a_range_is_a_date() -> None:
    summary = summarize("Đội tuyển Hàn Quốc thắng Nhật Bản với tỷ số 3-1 tại giải đấu diễn ra từ ngày 3 đến ngày 9/7.")
    assert "3-1" in [f.text for f in summary.numbers]
    assert not any(f.text == "3" for f in summary.numbers)
    assert "ngày 3 đến ngày 9/7" in summary.when


def test_a_unit_written_as_a_symbol_is_that_symbol_alone() -> None:
    figure = _figures("Hwang Sun-woo giành huy chương vàng nội dung 200 m tự do nam tại giải vô địch.")["200 m"]
    assert figure.value == 200 and figure.unit == "m"


def test_a_year_after_an_event_name_is_not_a_figure() -> None:
    figures = _figures("Giải vô địch bơi lội thế giới 2024 diễn ra ở Doha với 2.024 vận động viên.")
    assert list(figures) == ["2.024 vận động viên"]


def test_a_sentence_opening_with_a_year_or_a_month_dates_it() -> None:
    summary = summarize("Năm 2023, Hàn Quốc đón 11,03 triệu lượt khách. Đầu tháng 8, mưa lớn gây ngập 3 tỉnh.")
    assert [f.text for f in summary.numbers] == ["11,03 triệu lượt khách", "3 tỉnh"]
    assert summary.when[:2] == ("Năm 2023", "Đầu tháng 8")


def test_a_share_of_a_total_reads_as_one_figure() -> None:
    figures = _figures("Hơn 6 trong tổng số 10 cơ sở hạ tầng bị thiệt hại đã được khôi phục khẩn cấp.")
    figure = figures["Hơn 6 trong tổng số 10 cơ sở hạ tầng"]
    assert figure.value == 6 and figure.unit == "cơ sở hạ tầng"
    assert "đã được khôi phục khẩn cấp" in figure.context
    assert list(_figures("Đảng Dân chủ giành 175 trong số 300 ghế.")) == ["175 trong số 300 ghế"]
    assert list(_figures("Khảo sát cho thấy 6 trên 10 người trẻ không muốn kết hôn.")) == ["6 trên 10 người trẻ"]


def test_an_adverb_after_the_counted_noun_is_not_part_of_it() -> None:
    assert "3 em" in _figures("Cứ 10 học sinh thì có 3 em từng bị bắt nạt trên mạng.")


def test_a_fourth_quarter_is_quarter_iv_and_a_capitalised_day_is_a_date() -> None:
    summary = summarize("Ngày 7/1, Samsung công bố lợi nhuận quý IV năm 2024 đạt 6.500 tỷ won.")
    assert summary.when[:2] == ("Ngày 7/1", "quý IV năm 2024")
    assert [f.text for f in summary.numbers] == ["6.500 tỷ won"]


def test_a_bullet_adding_only_the_usual_baseline_to_the_what_is_left_out() -> None:
    what = "Cục Thống kê công bố chỉ số giá tiêu dùng tháng 9 tăng 1,6%, mức tăng thấp nhất trong 3 năm."
    repeat = Figure("1,6%", 1.6, "%", "chỉ số giá tiêu dùng tháng 9 tăng 1,6% so với cùng kỳ năm ngoái")
    other = Figure("7,6%", 7.6, "%", "Giá xăng dầu giảm 7,6% so với cùng kỳ năm ngoái")
    summary = Summary(title=None, url=None, published=None, source="test", what=what, numbers=(repeat, other))
    assert render_bullets(summary) == (f"Sự kiện: {what}", f"Số liệu: {other.context}")


def test_the_period_a_result_is_counted_over_comes_after_the_result() -> None:
    summary = summarize(
        "Theo Tổng cục Hải quan, trong 20 ngày đầu tháng 11, kim ngạch xuất khẩu đạt 35,5 tỷ USD, giảm 2,7% so với "
        "cùng kỳ năm ngoái."
    )
    assert _order(summary)[:2] == ["35,5 tỷ USD", "2,7%"]


def test_a_title_counted_by_an_ordinal() -> None:
    figure = _figures("Kim Hyo-joo vô địch giải đấu. Đây là danh hiệu thứ 7 trong sự nghiệp của cô.")["danh hiệu thứ 7"]
    assert figure.value == 7


def test_a_bullet_adding_only_the_date_shown_under_when_is_left_out() -> None:
    what = "Có một người bị mất tích, một người bị thương do đợt mưa lớn kéo dài từ ngày 9/7."
    toll = Figure("một người bị mất tích", 1, "người", "tính đến 11 giờ trưa ngày 11/7, đã có một người bị mất tích")
    other = Figure("136 người dân", 136, "người dân", "Tổng cộng có 136 người dân phải sơ tán")
    summary = Summary(
        title=None, url=None, published=None, source="test", what=what, numbers=(toll, other),
        when=("11 giờ trưa ngày 11/7", "ngày 9/7"),
    )  # fmt: skip
    assert [b for b in render_bullets(summary) if b.startswith("Số liệu")] == [f"Số liệu: {other.context}"]


def test_percentage_points_written_with_a_p() -> None:
    figure = _figures("Tỷ lệ thất nghiệp tháng 5 là 2,8%, giảm 0,2%p so với cùng kỳ năm ngoái.")["0,2%p"]
    assert figure.value == 0.2 and figure.unit == "điểm phần trăm"


def test_a_date_or_a_qualified_figure_right_after_a_glued_full_stop_is_read_whole() -> None:
    # KBS archives glue sentences (`vừa qua.Ngày 5/3`): the full stop ends a word there, not a number
    summary = summarize("Bộ Y tế họp vào tuần trước.Ngày 5/3, bộ cho biết.Tháng 8, giá tăng 3%.Hơn 2.000 người sơ tán.")
    assert summary.when == ("Ngày 5/3", "Tháng 8")
    assert _order(summary) == ["3%", "Hơn 2.000 người"]
    # … while a digit after a letter's full stop is part of a name (`biến thể KP.3`), never a figure
    assert list(_figures("Biến thể KP.3 chiếm 45,5% số ca nhiễm mới.")) == ["45,5%"]


def test_the_month_a_future_is_due_is_no_date() -> None:
    summary = summarize(
        "Giá vàng giao tháng 2 trên sàn New York ngày 5/1 tăng 1,1%, trong khi Bộ Ngoại giao tháng 12 đã cảnh báo."
    )
    # (it had listed `tháng 2`, the month the gold is due)
    assert summary.when == ("ngày 5/1", "tháng 12")


def test_a_decade_is_one_date_and_no_year() -> None:
    summary = summarize("Số ca sinh tăng nhờ thế hệ sinh đầu những năm 1990 bước vào độ tuổi sinh con.")
    assert summary.when == ("đầu những năm 1990",)


def test_a_date_never_starts_inside_a_number() -> None:
    summary = summarize("Với 209 giờ làm việc, lương tối thiểu là 2.156.880 won. Kỳ thi diễn ra ngày 13/11.")
    assert summary.when == ("ngày 13/11",)
    assert "209 giờ" in [f.text for f in summary.numbers]


def test_a_counted_noun_written_in_two_keeps_both_halves_and_ends_before_a_verb() -> None:
    figures = _figures("Chuyến lưu diễn đi qua 34 thành phố sau khi cả 7 thành viên hoàn thành nghĩa vụ quân sự.")
    assert list(figures) == ["34 thành phố", "7 thành viên"]
    assert figures["34 thành phố"].unit == "thành phố"
    assert list(_figures("Khảo sát được tiến hành với 1.001 người trưởng thành.")) == ["1.001 người trưởng thành"]


def test_an_ordinal_week_dates_a_figure_unless_it_counts_a_run() -> None:
    figures = _figures("Giá nhà tuần thứ hai của tháng 10 tăng 0,54%. Giá xăng giảm tuần thứ 5 liên tiếp.")
    assert list(figures) == ["0,54%", "tuần thứ 5 liên tiếp"]


def test_an_age_range_is_never_the_leads_main_figure_and_an_age_takes_no_toll() -> None:
    summary = summarize("Tỷ lệ thất nghiệp của người từ 15 đến 29 tuổi là 5,9%. Số người có việc làm giảm 183.000.")
    assert _order(summary)[0] == "5,9%"
    figures = _figures("Trực thăng rơi khiến phi công 73 tuổi thiệt mạng.")
    assert list(figures) == ["73 tuổi"]


def test_an_average_age_a_verb_states_is_a_result_like_any_measure() -> None:
    summary = summarize(
        "Độ tuổi kết hôn lần đầu trung bình của nam giới năm 2024 là 33,9 tuổi. Số cặp kết hôn là 222.000 cặp, tăng "
        "14,8%. Số vụ ly hôn giảm 1,3% xuống còn 91.000 vụ."
    )
    assert _order(summary)[0] == "33,9 tuổi"
    # … while the age of someone a story tells of still describes them
    described = summarize("Một người đàn ông 45 tuổi bị bắt giữ. Thiệt hại ước tính 3 tỷ won.")
    assert _order(described) == ["3 tỷ won", "45 tuổi"]


def test_a_record_said_in_the_next_sentence_does_not_lift_a_figure() -> None:
    summary = summarize(
        "Thặng dư thương mại đạt 6,6 tỷ USD. Xuất khẩu tăng 8,4% so với cùng kỳ, nhập khẩu giảm 1,2%. "
        "Xuất khẩu chip đạt mức kỷ lục."
    )
    assert _order(summary) == ["6,6 tỷ USD", "8,4%", "1,2%"]


def test_a_share_written_as_a_fraction_is_no_date_but_a_range_is_one() -> None:
    summary = summarize("Khoảng 1/3 lượng khí thải đến từ ngành thép. Hội chợ diễn ra từ ngày 3 đến 5/12.")
    assert summary.when == ("ngày 3 đến 5/12",)


def test_a_half_after_a_time_unit_adds_a_half() -> None:
    figure = _figures("Hội nghị diễn ra lần đầu tiên sau 4 năm rưỡi.")["4 năm rưỡi"]
    assert figure.value == 4.5 and figure.unit == "năm"


def test_when_leaves_out_the_date_a_record_or_a_comparison_is_measured_from() -> None:
    summary = summarize(
        "Ngày 3/6, tỷ lệ cử tri đi bỏ phiếu đạt 79,4%, cao nhất kể từ năm 1997. Mục tiêu là giảm 53% khí thải vào "
        "năm 2035 so với mức năm 2018."
    )
    assert summary.when == ("Ngày 3/6", "năm 2035")
    assert summarize("Tỷ lệ đạt 70,1%, cao nhất kể từ khi bắt đầu thống kê vào năm 1982.").when == ()
    assert summarize("Giá nhà tăng 1,19%, mức tăng lớn nhất kể từ tháng 12 năm 2018.").when == ()
    # … with the event it reaches back to named between (`kể từ Thế vận hội Vancouver năm 2010`)
    assert summarize("Đoàn giành 8 huy chương vàng, tốt nhất kể từ Á vận hội Quảng Châu năm 2010.").when == ()
    assert summarize("Chỉ số giảm 4,4%, thấp nhất kể từ sau phiên giao dịch ngày 15/6/2020.").when == ()


def test_the_start_of_a_range_is_no_figure_of_its_own() -> None:
    figures = _figures("Giá thuê nhà tại Seoul tăng 4,1%, thời gian chờ hợp đồng kéo dài từ 15 đến 40 ngày.")
    # … its end carries the whole range (it had been `40 ngày` alone, as if the wait were 40 days)
    assert list(figures) == ["4,1%", "từ 15 đến 40 ngày"]
    assert figures["từ 15 đến 40 ngày"].value == 40


def test_a_date_in_brackets_is_shown_without_them() -> None:
    assert summarize("Sáng nay (5/12), Tổng thống chủ trì cuộc họp khẩn cấp.").when == ("5/12",)


def test_a_date_keeps_the_brackets_that_close_inside_it() -> None:
    assert summarize("Buổi lễ diễn ra ở Los Angeles ngày 21/11 (giờ địa phương).").when == (
        "ngày 21/11 (giờ địa phương)",
    )
    assert summarize("Bộ Tài chính hôm thứ Hai (1/10) công bố ngân sách mới.").when == ("hôm thứ Hai (1/10)",)


def test_a_toll_in_the_lead_outranks_aid_in_the_next_sentence() -> None:
    summary = summarize(
        "Một trận động đất mạnh 7,7 độ richter xảy ra tại Myanmar, khiến hơn 3.600 người thiệt mạng. Chính phủ Hàn "
        "Quốc quyết định viện trợ nhân đạo 2 triệu USD cho Myanmar."
    )
    assert _order(summary)[:3] == ["7,7 độ richter", "hơn 3.600 người thiệt mạng", "2 triệu USD"]


def test_two_days_of_one_month_read_as_one_date() -> None:
    assert summarize("Buổi hòa nhạc diễn ra vào ngày 5 và 6/7 tại Seoul.").when == ("ngày 5 và 6/7",)


def test_a_counted_noun_ends_before_sang() -> None:
    assert list(_figures("Bắc Triều Tiên điều thêm khoảng 3.000 binh sĩ sang Nga.")) == ["khoảng 3.000 binh sĩ"]


def test_among_a_number_of_countries_is_a_figure() -> None:
    figures = _figures("Tỷ lệ có thiện cảm là 82,4%, cao nhất trong số 18 quốc gia được khảo sát.")
    assert "18 quốc gia" in figures


def test_the_minute_of_a_goal_names_it_but_a_time_of_minutes_and_seconds_counts() -> None:
    assert _figures("Son ghi bàn ở phút 75.") == {}
    assert list(_figures("Choi về nhất với thời gian 2 phút 24 giây.")) == ["2 phút 24 giây"]


def test_an_age_written_after_tuoi_has_its_unit() -> None:
    figure = _figures("Kim trở thành tay golf trẻ nhất vô địch ở tuổi 20.")["tuổi 20"]
    assert figure.value == 20 and figure.unit == "tuổi"


def test_a_road_number_is_no_figure() -> None:
    assert list(_figures("Xe buýt chở 45 học sinh lao xuống vực trên quốc lộ 1 tại tỉnh Quảng Trị.")) == ["45 học sinh"]


def test_a_long_counted_noun_ends_before_its_toll_which_joins_the_count() -> None:
    assert list(_figures("Có 18 lao động người nước ngoài thiệt mạng.")) == ["18 lao động người nước ngoài thiệt mạng"]


def test_a_price_per_unit_in_a_currency_keeps_its_unit() -> None:
    figure = _figures("Giá dầu Brent giảm 2,1% xuống còn 65,35 USD/thùng.")["65,35 USD/thùng"]
    assert figure.value == 65.35 and figure.unit == "USD/thùng"


def test_a_count_of_people_ends_before_their_party_but_parties_can_be_counted() -> None:
    assert list(_figures("Tòa án bác đơn kiện của 11 nghị sĩ đảng Sức mạnh quốc dân.")) == ["11 nghị sĩ"]
    assert list(_figures("Có 3 đảng tham gia liên minh cầm quyền.")) == ["3 đảng"]
    # … and `đảng` closing a word written in two is no party (`lưỡng đảng`, bipartisan: it had been `5 thượng nghị sĩ
    # lưỡng`)
    assert list(_figures("Phái đoàn gồm 5 thượng nghị sĩ lưỡng đảng tới Seoul.")) == ["5 thượng nghị sĩ lưỡng đảng"]


def test_a_time_in_several_units_is_one_figure() -> None:
    figures = _figures(
        "Vận động viên Park về nhất với thành tích 1 phút 44 giây 40, nhanh hơn người về nhì 0,15 giây. "
        "Vận động viên Choi về đích sau 37 giây 21."
    )
    assert list(figures) == ["1 phút 44 giây 40", "0,15 giây", "37 giây 21"]
    assert figures["1 phút 44 giây 40"].value == pytest.approx(1 + 44.40 / 60)
    assert figures["37 giây 21"].value == pytest.approx(37.21)
    decimal = _figures("Kim về nhất với thành tích 2 phút 7,35 giây tại giải vô địch quốc gia.")
    assert list(decimal) == ["2 phút 7,35 giây"] and decimal["2 phút 7,35 giây"].value == pytest.approx(2 + 7.35 / 60)


def test_a_length_of_time_written_like_a_clock_time_is_a_figure_not_a_date() -> None:
    summary = summarize("Cuộc họp kéo dài 2 giờ 15 phút. Vận động viên Lee cán đích sau 2 giờ 7 phút 20 giây.")
    assert [f.text for f in summary.numbers] == ["2 giờ 15 phút", "2 giờ 7 phút 20 giây"]
    assert summary.when == ()
    assert summarize("Cuộc họp bắt đầu lúc 2 giờ 15 phút chiều ngày 3/5.").when == ("2 giờ 15 phút chiều ngày 3/5",)
    average = summarize("Trẻ em dành trung bình 4 giờ 12 phút mỗi ngày để sử dụng điện thoại thông minh.")
    assert [f.text for f in average.numbers] == ["4 giờ 12 phút"] and average.when == ()


def test_a_fraction_after_a_word_of_share_or_change_is_a_figure_not_a_date() -> None:
    summary = summarize("Hàn Quốc xuất khẩu 3 triệu tấn thép trong quý I, giảm 1/3 so với cùng kỳ năm ngoái.")
    figures = {f.text: f for f in summary.numbers}
    assert figures["1/3"].value == pytest.approx(1 / 3)
    assert summary.when == ("quý I",)
    assert "khoảng 1/3" in _figures("Hàn Quốc chiếm khoảng 1/3 lượng khí thải của khu vực.")
    assert summarize("Lãi suất tăng 0,25 điểm phần trăm từ 1/3.").when == ("1/3",)


def test_a_unit_ends_before_a_date() -> None:
    figures = _figures("Tỷ lệ thất nghiệp của thanh niên trong độ tuổi 15-29 tháng 5 là 6,2%.")
    assert "15-29 tháng" not in figures
    assert next(iter(figures)) == "6,2%"
    assert "mức 2.300,16 điểm" in _figures("KOSPI thấp nhất kể từ mức 2.300,16 điểm phiên giao dịch ngày 2/11.")


def test_yen_and_yuan_are_currencies() -> None:
    figures = _figures("Nhật Bản đầu tư 10.000 tỷ yen, Trung Quốc chi khoảng 47 tỷ NDT cho quỹ chip quốc gia.")
    assert [(f.text, f.unit) for f in figures.values()] == [("10.000 tỷ yen", "yen"), ("khoảng 47 tỷ NDT", "NDT")]


def test_a_long_counted_noun_is_whole() -> None:
    figures = _figures("Bắc Triều Tiên đã phóng khoảng 10 quả tên lửa đạn đạo tầm ngắn (SRBM) ra biển.")
    assert list(figures) == ["khoảng 10 quả tên lửa đạn đạo tầm ngắn (SRBM)"]


def test_the_amount_a_price_is_quoted_for_ranks_below_the_price() -> None:
    text = "Giá bán lẻ trung bình 10 kg gạo hôm 3/2 là 32.000 won, tăng 12% so với một tháng trước."
    order = _order(summarize(text))
    assert order.index("32.000 won") < order.index("10 kg")
    assert order.index("12%") < order.index("10 kg")


def test_whom_a_survey_asked_ranks_below_what_they_answered() -> None:
    text = (
        "Kết quả khảo sát do Bộ Bình đẳng giới và Gia đình thực hiện với 1.500 học sinh tiểu học và trung học cho thấy "
        "trẻ em dành trung bình 4 giờ 12 phút mỗi ngày để sử dụng điện thoại thông minh, tăng 35 phút so với năm 2021."
    )
    order = _order(summarize(text))
    assert order.index("4 giờ 12 phút") < order.index("1.500 học sinh tiểu học")


def test_a_vessels_size_ranks_below_what_befell_it() -> None:
    text = (
        "Một tàu cá 32 tấn chở 8 thuyền viên đã bị chìm ngoài khơi đảo Ulleung ngày 2/3, khiến 3 thuyền viên thiệt "
        "mạng."
    )
    order = _order(summarize(text))
    assert order.index("3 thuyền viên thiệt mạng") < order.index("32 tấn")
    flagged = "Một tàu chở hàng mang cờ Panama trọng tải 6.000 tấn bị mắc cạn ngày 2/3, khiến 20 tấn dầu tràn ra biển."
    order = _order(summarize(flagged))
    assert order.index("20 tấn dầu") < order.index("6.000 tấn")


def test_a_counted_noun_that_opens_with_a_stop_word_is_whole() -> None:
    figures = _figures("Chỉ 2 tiếp viên được cứu sống, còn 12 tử tù đã được ân xá.")
    assert figures["Chỉ 2 tiếp viên"].unit == "tiếp viên"
    assert figures["12 tử tù"].unit == "tử tù"


def test_a_nationality_after_a_count_is_not_what_it_counts() -> None:
    figures = _figures("Trên tàu có 5 thuyền viên người Việt Nam và 12 người Hàn Quốc.")
    assert figures["5 thuyền viên"].unit == "thuyền viên"


def test_a_century_or_decade_is_no_figure() -> None:
    figures = _figures("Tạp chí Time chọn 50 bài hát hay nhất thế kỷ 21 và 10 ca khúc của thập niên 90.")
    assert set(figures) == {"50 bài hát", "10 ca khúc"}


def test_a_share_written_in_words_is_a_figure() -> None:
    figures = _figures(
        "Hơn một nửa số hộ nông dân cho biết thu nhập giảm. Xuất khẩu chip chiếm một phần tư tổng kim ngạch. "
        "Khoảng hai phần ba số người được hỏi ủng hộ dự luật."
    )
    assert figures["Hơn một nửa"].value == pytest.approx(0.5)
    assert figures["Hơn một nửa"].context == "Hơn một nửa số hộ nông dân cho biết thu nhập giảm"
    assert figures["một phần tư"].value == pytest.approx(0.25)
    assert figures["Khoảng hai phần ba"].value == pytest.approx(2 / 3)
    assert not _figures("Cuộc họp kéo dài nửa ngày, trong nửa đầu năm nay.")
    # … nor is a span of time written as a share (`một nửa năm`, `một phần tư thế kỷ`)
    assert not _figures("Doanh số cao nhất đối với một nửa năm, sau một phần tư thế kỷ hoạt động.")
    # the share is one figure, never also the count of its first two words (`Gần hai phần`)
    assert list(_figures("Gần hai phần ba số doanh nghiệp cho biết sẽ giảm đầu tư.")) == ["Gần hai phần ba"]


def test_a_rate_reads_with_its_base_as_one_figure() -> None:
    figures = _figures("Tỷ lệ mắc lao là 38 người trên 100.000 dân. Có 2.350 người trên cả nước phải nhập viện.")
    assert figures["38 người trên 100.000 dân"].value == 38
    assert "100.000 dân" not in figures and "2.350 người" in figures


def test_a_prison_term_is_one_figure_even_right_after_a_name() -> None:
    figures = _figures(
        "Tòa án tuyên phạt cựu Thủ tướng Han Duck Soo 23 năm tù giam. Viện kiểm sát đề nghị 15 năm tù. "
        "Album lọt vào Billboard 200 tuần thứ 3."
    )
    assert figures["23 năm tù giam"].value == 23
    assert "15 năm tù" in figures and not any(text.startswith("200") for text in figures)


def test_a_prison_term_in_years_and_months_right_after_a_name_is_one_figure_in_years() -> None:
    figures = _figures("Tòa án tuyên phạt cựu Bộ trưởng Choi Sang Mok 2 năm 6 tháng tù giam vì tội nhận hối lộ.")
    assert figures["2 năm 6 tháng tù giam"].value == 2.5 and figures["2 năm 6 tháng tù giam"].unit == "năm tù giam"
    assert set(_figures("Ông sống ở Mỹ 3 năm 2 tháng.")) == {"3 năm", "2 tháng"}  # no prison: two lengths as written


def test_vua_ends_a_counted_noun_as_just_or_as_medium_sized() -> None:
    figures = _figures(
        "Khoảng 4.000 doanh nghiệp vừa và nhỏ sẽ được hỗ trợ. Có 120 công ty vừa được thành lập tại Busan."
    )
    assert {"Khoảng 4.000 doanh nghiệp", "120 công ty"} <= set(figures)


def test_a_plant_numbered_after_its_vietnamese_name_is_no_figure() -> None:
    figures = _figures(
        "Doanh nghiệp Hàn Quốc sẽ tham gia dự án nhà máy điện hạt nhân Ninh Thuận 2. Dự án Ninh Thuận 2 gặp khó. "
        "Nhà máy điện Vũng Áng 2 có công suất 1.200 MW. Xuất khẩu sang Trung Quốc 12 tỷ USD. "
        "Hàn Quốc tặng Đắk Lắk 30 xe cứu thương."
    )
    assert not any(text.startswith("2") for text in figures)
    assert {"1.200 MW", "12 tỷ USD", "30 xe cứu thương"} <= set(figures)


def test_a_counted_noun_ends_before_what_it_is_worth_or_the_occasion() -> None:
    figures = _figures(
        "Chính phủ đặc xá cho 1.500 người nhân dịp Quốc khánh. Hải quân mua 6 tàu khu trục trị giá 3 tỷ USD."
    )
    assert figures["1.500 người"].unit == "người" and figures["6 tàu khu trục"].unit == "tàu khu trục"
    assert _figures("Công ty có 300 nhân viên.")["300 nhân viên"].unit == "nhân viên"


def test_the_change_of_the_leads_measure_said_later_ranks_with_the_lead() -> None:
    text = (
        "Bộ Công nghiệp ngày 1/11 công bố kim ngạch xuất khẩu trong tháng 10 đạt 55,2 tỷ USD. Đây là tháng thứ 5 "
        "xuất khẩu đạt trên 50 tỷ USD, với 12 mặt hàng chủ lực tăng trưởng. Xuất khẩu ô tô đạt 6,1 tỷ USD. "
        "Xuất khẩu máy tính đạt 1,2 tỷ USD. Xuất khẩu thép đạt 2,8 tỷ USD. Kim ngạch xuất khẩu trong tháng 10 "
        "tăng 4,6% so với cùng kỳ năm ngoái. Xuất khẩu dầu mỏ giảm 12,3% so với cùng kỳ năm ngoái."
    )
    ranked = [f.text for f in summarize(text).numbers]
    assert ranked.index("4,6%") < ranked.index("6,1 tỷ USD")
    assert ranked.index("4,6%") < ranked.index("12,3%")  # a sub-item's change stays where it was


def test_a_counted_noun_ends_before_a_verb_of_living_and_a_league_number_is_a_name() -> None:
    figures = _figures(
        "Chính quyền sơ tán khoảng 1.800 hộ dân sống gần nhà máy. Có 12 người sống sót. "
        "Ulsan vô địch K-League 1 mùa giải 2024."
    )
    assert "khoảng 1.800 hộ dân" in figures and "12 người sống sót" in figures
    assert not any(text.startswith("1 mùa") for text in figures)


def test_a_multiple_written_in_words_is_a_figure() -> None:
    figures = _figures("Số du học sinh tăng gần gấp đôi so với 5 năm trước. Giá điện tăng gấp rưỡi.")
    assert figures["gần gấp đôi"].value == 2 and figures["gấp rưỡi"].value == 1.5


def test_crossing_a_mark_for_the_first_time_is_the_news_not_a_threshold() -> None:
    text = (
        "Giá vàng trong nước đã vượt mốc 600.000 won/gram lần đầu tiên trong lịch sử vào ngày 2/10. "
        "Giá bạc tăng 3% lên 7.800 won/gram."
    )
    assert summarize(text).numbers[0].text == "600.000 won/gram"
    before = "Chỉ số KOSPI ngày 27/10 đã lần đầu tiên vượt mốc 4.000 điểm, đóng cửa ở mức 4.042,83 điểm."
    assert summarize(before).numbers[0].text == "4.000 điểm"  # the first said before the mark
    plain = "Xuất khẩu đạt 55 tỷ USD. Đây là tháng thứ 5 xuất khẩu vượt mốc 50 tỷ USD."
    assert summarize(plain).numbers[0].text == "55 tỷ USD"


def test_a_share_after_a_country_is_a_figure_read_with_its_list() -> None:
    text = "Mỹ công bố mức thuế đối ứng, trong đó Hàn Quốc chịu mức thuế 25%, Nhật Bản 24% và Việt Nam 46%."
    figures = _figures(text)
    assert figures["46%"].context == "Hàn Quốc chịu mức thuế 25%, Nhật Bản 24% và Việt Nam 46%"
    assert not any(text.startswith("200") for text in _figures("Album đứng thứ 3 trên Billboard 200 tuần này."))


def test_a_score_after_a_team_and_a_count_of_acronyms_are_figures() -> None:
    figures = _figures("Hàn Quốc hòa Iraq 2-2 ngày 5/6. Tập đoàn đã thay thế 21 CEO. Máy bay Boeing 737-800 hạ cánh.")
    assert "2-2" in figures and figures["21 CEO"].unit == "CEO"
    assert not any(text.startswith("737") for text in figures)


def test_a_distance_after_a_place_name_is_a_figure() -> None:
    figures = _figures("Động đất xảy ra ở khu vực cách thành phố Chungju, tỉnh Bắc Chungcheong 24 km về phía Bắc.")
    assert figures["24 km"].unit == "km"
    margin = _figures("Kim Hyo-joo vô địch với 23 gậy dưới chuẩn, hơn người về nhì Lilia Vu 1 gậy.")
    assert margin["1 gậy"].unit == "gậy"


def test_a_number_after_a_title_ranks_its_holder_and_a_word_is_part_of_the_title() -> None:
    figures = _figures("Ông Kim Dae-ho ngày 4/6 nhậm chức Thủ tướng thứ 49 của Hàn Quốc.")
    assert list(figures) == ["Thủ tướng thứ 49"]
    assert figures["Thủ tướng thứ 49"].value == 49
    # `Thứ trưởng thứ nhất`, `Phó Thủ tướng thứ hai`: the First Vice Minister, the Second Deputy Prime Minister
    assert _figures("Thứ trưởng thứ nhất Bộ Tài chính gặp Phó Thủ tướng thứ hai của Lào ngày 2/3.") == {}


def test_a_format_written_with_plus_is_no_figure() -> None:
    figures = _figures("Đây là cuộc họp 2+2 lần thứ 7 giữa hai nước.")
    assert list(figures) == ["lần thứ 7"]


def test_a_group_named_with_plus_is_no_figure() -> None:
    # `ASEAN+3`: the ten members and three partners, a name; `3 diễn` had been read as a count
    figures = _figures("Ông Park sẽ dự Hội nghị ASEAN+3 diễn ra tại Manila ngày 8/7, cùng 12 bộ trưởng.")
    assert list(figures) == ["12 bộ trưởng"]


def test_among_a_number_opening_a_sentence_is_a_figure_and_mention_is_no_unit() -> None:
    figures = _figures("Trong số 18 cuốn sách giáo khoa được thông qua, có 15 cuốn đề cập đến Dokdo.")
    assert figures["18 cuốn sách giáo khoa"].value == 18 and figures["15 cuốn"].unit == "cuốn"


def test_equipment_is_one_counted_noun() -> None:
    assert "50 thiết bị chữa cháy" in _figures("Lực lượng cứu hỏa đã huy động 145 người và 50 thiết bị chữa cháy.")


def test_a_count_sent_is_no_law_article() -> None:
    figures = _figures("Quân đội đã điều 40 xe cứu hộ tới vùng lũ, theo điều 12 của Luật Phòng chống thiên tai.")
    assert "40 xe cứu hộ" in figures and not any(text.startswith("12") for text in figures)


def test_heavy_is_half_of_the_grade_of_what_is_counted() -> None:
    figures = _figures("Quân đội đã huy động 40 xe ủi hạng nặng và 200 binh sĩ tới vùng lũ.")
    assert "40 xe ủi hạng nặng" in figures and figures["40 xe ủi hạng nặng"].unit == "xe ủi hạng nặng"


def test_a_verb_of_filing_or_sending_ends_the_counted_noun_of_whoever_did_it() -> None:
    figures = _figures("Bản kiến nghị do 8 tổ chức dân sự đệ trình lên Quốc hội, sau đó 40 luật sư gửi thư ủng hộ.")
    assert {"8 tổ chức dân sự", "40 luật sư"} <= set(figures)


def test_a_disease_named_for_cells_that_are_low_is_one_counted_noun_not_a_fall() -> None:
    figures = _figures("Bệnh viện đã ghi nhận 12 ca mắc chứng giảm bạch cầu sau khi dùng loại thuốc này.")
    assert "12 ca mắc chứng giảm bạch cầu" in figures


def test_commanders_and_indices_are_counted_nouns_though_chi_alone_means_only() -> None:
    figures = _figures("Buổi diễn tập có sự tham gia của khoảng 90 chỉ huy hải quân, theo dõi 6 chỉ số an toàn.")
    assert "khoảng 90 chỉ huy hải quân" in figures
    assert "6 chỉ số an toàn" in figures


def test_a_bare_number_a_verb_states_ranks_as_a_result() -> None:
    text = (
        "Tổng tỷ suất sinh của Hàn Quốc năm 2024 đạt 0,75, tăng 0,03 so với năm trước. Số trẻ sinh ra là 238.300 "
        "trẻ, tăng 3,6%. Số cuộc kết hôn tăng 14,9% lên 222.000 cuộc."
    )
    assert _order(summarize(text))[0] == "0,75"


def test_a_tonnage_ends_before_what_the_ship_carried() -> None:
    figures = _figures("Một tàu cá trọng tải 29 tấn chở 10 thuyền viên bị lật. Có 3 tàu chở hàng bị chìm.")
    assert {"29 tấn", "10 thuyền viên", "3 tàu chở hàng"} <= set(figures)


def test_a_power_unit_in_capitals_is_the_figures_unit_and_no_actor() -> None:
    summary = summarize("Nhu cầu điện đạt 97,1 GW, mức cao nhất từ trước đến nay. Công suất dự phòng còn 8,8 GW.")
    assert {f.text for f in summary.numbers} >= {"97,1 GW", "8,8 GW"} and not summary.who
    thrust = _figures("Động cơ mới có lực đẩy tối đa 1.971 kN dùng cho tên lửa đạn đạo xuyên lục địa.")
    assert thrust["tối đa 1.971 kN"].unit == "kN"
    containers = summarize(
        "Lượng hàng container tại cảng Busan đạt 24,4 triệu TEU. Hàng trung chuyển đạt 13,3 triệu TEU."
    )
    assert {f.text for f in containers.numbers} == {"24,4 triệu TEU", "13,3 triệu TEU"} and not containers.who


def test_a_counted_noun_ends_before_where_the_things_lie() -> None:
    figures = _figures("Trữ lượng dầu khí lên tới 14 tỷ thùng nằm ở vùng biển ngoài khơi thành phố Pohang.")
    assert figures["14 tỷ thùng"].unit == "thùng"
    assert _figures("Giá 30 quả trứng vượt mốc 7.000 won.")["30 quả trứng"].unit == "quả trứng"
    assert _figures("Hệ thống có 223 điểm, tăng gấp 3 lần so với 75 điểm năm ngoái.")["75 điểm"].unit == "điểm"


def test_provinces_and_cities_are_one_counted_noun() -> None:
    figures = _figures(
        "Bóng bay được phát hiện tại 8 tỉnh, thành phố bao gồm Seoul. Mưa gây thiệt hại tại 12 tỉnh, thành."
    )
    assert figures["8 tỉnh, thành phố"].unit == "tỉnh, thành phố" and "12 tỉnh, thành" in figures


def test_the_end_of_a_range_with_no_unit_is_no_figure() -> None:
    figures = _figures("Tỷ lệ thất nghiệp của thanh niên trong độ tuổi từ 15 đến 29 là 7,5%. Giá tăng từ 3 đến 5%.")
    assert "29" not in figures and "7,5%" in figures and "từ 3 đến 5%" in figures


def test_a_number_after_a_sentences_first_word_is_a_figure_and_weighing_ends_its_noun() -> None:
    figures = _figures("Khi 5 dầm cầu bị rơi, công trường dừng thi công. Có 5 dầm cầu nặng khoảng 400 tấn.")
    assert "5 dầm cầu" in figures and "khoảng 400 tấn" in figures
    assert not any(text.startswith("1 mùa") for text in _figures("Ulsan vô địch K-League 1 mùa giải 2024."))
    # … but a model's name opening a sentence is no Vietnamese word: its number names it
    assert _figures("Mẫu xe Kona thắng giải. Ioniq 5 còn giành thêm hai giải khác.") == {}


def test_a_toll_said_with_da_is_still_a_toll() -> None:
    assert "3 người đã thiệt mạng" in _figures("Trong vụ cháy, 3 người đã thiệt mạng và 41 người bị thương.")


def test_an_at_least_threshold_ranks_below_the_result() -> None:
    text = (
        "Chính phủ quyết định miễn thị thực cho các đoàn khách từ 3 người trở lên trong thời gian lưu trú tối đa 15 "
        "ngày. Chính sách nhằm thu hút thêm khoảng 1 triệu lượt khách."
    )
    ranked = _order(summarize(text))
    assert ranked.index("3 người") > ranked.index("khoảng 1 triệu lượt khách")


def test_a_share_won_after_tai_is_a_result_not_where_one_was_measured() -> None:
    text = (
        "Đảng Xanh đã giành chiến thắng tại 9 trong số 13 vị trí thị trưởng trong cuộc bầu cử; đảng Lao động giành "
        "được 4 vị trí."
    )
    ranked = _order(summarize(text))
    assert ranked.index("9 trong số 13 vị trí thị trưởng") < ranked.index("4 vị trí")


def test_a_tally_takes_no_unit_from_the_words_after_it() -> None:
    figures = _figures("Tòa án nhất trí với tỷ lệ 8-0 chấp thuận đề nghị luận tội. Mỗi ngày 15-20 chuyến bay bị hủy.")
    assert "8-0" in figures and figures["8-0"].unit is None and figures["15-20 chuyến bay"].unit == "chuyến bay"


def test_a_dollar_written_in_two_and_a_place_count_ranks_below_its_result() -> None:
    figures = _figures("Dự án mua sắm 12 tàu ngầm trị giá khoảng 60 tỷ đô la Canada.")
    # not `đô`; and whose dollar it is reads with it
    assert "khoảng 60 tỷ đô la Canada" in figures and figures["khoảng 60 tỷ đô la Canada"].unit == "đô la"
    text = (
        "Giá nhà chung cư tại 3 quận Gangnam, Seocho và Songpa của Seoul trong năm 2025 tăng trung bình 12,8%. "
        "Chính phủ công bố 3 gói biện pháp."
    )
    summary = summarize(text)
    assert _order(summary)[0] == "12,8%"
    assert {f.text: f.context for f in summary.numbers}["12,8%"].startswith("Giá nhà chung cư tại 3 quận")


def test_an_ordinal_counts_its_noun_past_an_acronym() -> None:
    found = summarize("Cô đã giành danh hiệu LPGA thứ 7 trong sự nghiệp.").numbers
    assert [(f.text, f.value, f.unit) for f in found] == [("danh hiệu LPGA thứ 7", 7, "danh hiệu")]


def test_a_price_per_share_keeps_both_syllables() -> None:
    found = summarize("Giá cổ phiếu của hãng tăng 5,1% lên 420.000 won/cổ phiếu nhờ kỳ vọng vào chip HBM.").numbers
    assert ("420.000 won/cổ phiếu", "won/cổ phiếu") in [(f.text, f.unit) for f in found]


def test_hours_a_day_cannot_hold_are_a_length_and_thoi_ends_a_unit() -> None:
    week = summarize("Chính phủ giới hạn thời gian làm việc ở mức 52 giờ mỗi tuần, thay vì 68 giờ/tuần như trước.")
    assert {(f.value, f.unit) for f in week.numbers} >= {(52, "giờ"), (68, "giờ/tuần")}
    assert summarize("Lực lượng cứu hộ đã tìm kiếm suốt 72 giờ.").numbers[0].text == "72 giờ"
    theft = summarize("Một nhóm trộm đã lấy cắp 7 cổ vật thời Silla từ bảo tàng.")
    assert [f.unit for f in theft.numbers] == ["cổ vật"]


def test_a_range_of_rates_with_decimals_is_one_figure_and_never_a_negative_one() -> None:
    held = summarize("Fed đã quyết định giữ nguyên lãi suất ở mức 4,25-4,5% lần thứ tư liên tiếp.").numbers
    assert ("mức 4,25-4,5%", 4.25, "%") in [(f.text, f.value, f.unit) for f in held]
    split = summarize("Lãi suất được giữ ở mức 4,25%-4,5%.").numbers
    assert all(f.value >= 0 for f in split)


def test_a_date_written_in_words_is_a_date_and_no_figure() -> None:
    story = summarize("Sáng ngày 12 tháng 10 năm 2024, 3 người bị thương trong vụ cháy tại Busan.")
    assert list(story.when) == ["Sáng ngày 12 tháng 10 năm 2024"]
    assert [f.text for f in story.numbers] == ["3 người bị thương"]


def test_a_second_ordinal_joined_by_va_ranks_the_same_way() -> None:
    found = summarize("Tokyo và Osaka của Nhật Bản lần lượt xếp thứ 2 và thứ 3 châu Á.").numbers
    assert [(f.text, f.unit) for f in found] == [("xếp thứ 2", "hạng"), ("thứ 3", "hạng")]
    assert summarize("Cuộc họp diễn ra vào thứ 2 và thứ 3 tuần trước.").numbers == ()


def test_hundredths_after_seconds_before_a_phrase_belong_to_the_time() -> None:
    found = summarize("Kim Young-beom phá kỷ lục với thời gian 51 giây 02 tại giải vô địch quốc gia ngày 16/3.").numbers
    assert [(f.text, f.value) for f in found] == [("51 giây 02", 51.02)]


def test_a_reference_that_opens_the_sentence_ranks_below_the_result() -> None:
    found = summarize(
        "So với mức thặng dư 1,2 tỷ USD cùng kỳ năm ngoái, cán cân thương mại của Hàn Quốc trong tháng 10 ghi nhận "
        "thặng dư 6 tỷ USD."
    ).numbers
    assert [f.text for f in found][:1] == ["6 tỷ USD"]


def test_dua_tren_is_based_on_not_over() -> None:
    found = summarize("Mức lương tối thiểu là 2.156.880 won mỗi tháng, dựa trên 209 giờ làm việc mỗi tháng.").numbers
    assert "209 giờ" in [f.text for f in found]
    # … nor is it after a survey or a test, which is done on those it counts
    surveyed = summarize("Cuộc khảo sát được tiến hành trên 1.003 người trưởng thành trên toàn quốc.").numbers
    assert "1.003 người trưởng thành" in [f.text for f in surveyed]
    # … with the dates it ran between, or online
    dated = summarize("Cuộc thăm dò diễn ra từ ngày 9 đến 11/3 trên 1.510 cử tri.").numbers
    assert [f.text for f in dated] == ["1.510 cử tri"]
    online = summarize("Cuộc khảo sát trực tuyến trên 2.400 nhân viên văn phòng cho thấy điều đó.").numbers
    assert [f.text for f in online] == ["2.400 nhân viên văn phòng"]


def test_lan_dau_tien_after_a_count_is_no_part_of_its_unit() -> None:
    found = summarize("Tòa án Hiến pháp đã có đủ 9 thẩm phán lần đầu tiên sau 1 năm.").numbers
    assert ("9 thẩm phán", "thẩm phán") in [(f.text, f.unit) for f in found]


def test_a_count_in_words_opening_a_sentence_counts() -> None:
    found = summarize("Hai anh em nhỏ tuổi đã thiệt mạng trong một vụ hỏa hoạn tại Busan ngày 24/6.").numbers
    assert [(f.text, f.value) for f in found] == [("Hai anh em", 2)]


def test_the_days_high_temperature_is_no_record() -> None:
    found = summarize(
        "Thêm 2 người đã tử vong do say nắng trong ngày 3/8, nâng tổng số người tử vong trong mùa hè năm nay lên 22 "
        "người. Nhiệt độ cao nhất tại Seoul trong ngày đạt 37,8 độ C."
    ).numbers
    texts = [f.text for f in found]
    assert texts.index("22 người") < texts.index("37,8 độ C")


def test_ordinal_titles_medals_and_albums_are_counted() -> None:
    found = summarize(
        "LG Twins đã giành chức vô địch thứ 4 trong lịch sử câu lạc bộ. Xạ thủ Oh Ye-jin giành huy chương vàng thứ 3 "
        "tại giải. Nhóm phát hành album thứ 5 ngày 3/4."
    ).numbers
    texts = [f.text for f in found]
    assert "vô địch thứ 4" in texts
    assert "huy chương vàng thứ 3" in texts
    assert "album thứ 5" in texts


def test_medals_counted_in_words_keep_their_colour() -> None:
    found = summarize("Đội tuyển bắn cung Hàn Quốc giành ba huy chương vàng và hai huy chương đồng.").numbers
    assert [f.text for f in found] == ["ba huy chương vàng", "hai huy chương đồng"]


def test_a_year_of_history_is_no_figure() -> None:
    found = summarize(
        "Cháy rừng đã thiêu rụi chùa Gounsa, ngôi chùa được xây dựng từ năm 681, và làm hư hại 30 ngôi nhà."
    ).numbers
    assert [f.text for f in found] == ["30 ngôi nhà"]


def test_an_arenas_number_names_it_and_a_cup_is_counted() -> None:
    found = summarize(
        "Trận đấu diễn ra tại Sân vận động 974 ở Doha ngày 6/1, giúp đội bóng giành chiếc cúp thứ 13."
    ).numbers
    assert [f.text for f in found] == ["cúp thứ 13"]


def test_how_long_a_visit_lasts_ranks_below_what_was_agreed_on_it() -> None:
    text = (
        "Tổng thống Lee Jae-myung đã hội đàm với Tổng thống Indonesia Prabowo Subianto tại Jakarta ngày 12/11 trong "
        "chuyến công du kéo dài 4 ngày, nhất trí nâng kim ngạch thương mại song phương lên 50 tỷ USD vào năm 2030. "
        "Hai bên cũng ký 6 thỏa thuận hợp tác về năng lượng và quốc phòng."
    )
    ranked = [figure.text for figure in summarize(text).numbers]
    assert ranked.index("50 tỷ USD") < ranked.index("4 ngày")
    assert ranked.index("6 thỏa thuận hợp tác") < ranked.index("4 ngày")


def test_a_project_named_by_a_bare_number_is_not_a_figure() -> None:
    figures = _figures("Quân đội hoàn tất việc phóng 5 vệ tinh trinh sát trong khuôn khổ chiến dịch 1105.")
    assert list(figures) == ["5 vệ tinh trinh sát"]
    # an amount after the project's noun is what it costs
    assert list(_figures("Tỉnh Gyeonggi sẽ đầu tư vào dự án 3 tỷ USD.")) == ["3 tỷ USD"]
    # … also after what the project does, and a count after a verb of its is one
    named = _figures("Quân đội hoàn tất dự án phóng 4 vệ tinh trinh sát quân sự 505.")
    assert list(named) == ["4 vệ tinh trinh sát quân sự"]
    assert list(_figures("Chương trình này đã thu hút 300.")) == ["300"]


def test_a_score_written_with_a_slash_is_no_date() -> None:
    summary = summarize("Thí sinh Park Ji-woo đạt điểm tuyệt đối 42/42 trong kỳ thi diễn ra ngày 16/7.")
    assert summary.when == ("ngày 16/7",)


def test_a_counted_noun_ends_before_the_model_it_is_of() -> None:
    assert list(_figures("Hải quân Ba Lan đặt mua 3 tàu ngầm lớp Orka của Thụy Điển.")) == ["3 tàu ngầm"]
    assert list(_figures("Bộ Giáo dục mở thêm 120 lớp học ngoại ngữ.")) == ["120 lớp học ngoại ngữ"]


def test_a_toll_in_words_counts_the_crew_and_the_others() -> None:
    figures = _figures("Vụ chìm tàu khiến ba thuyền viên thiệt mạng và bốn người khác mất tích.")
    assert list(figures) == ["ba thuyền viên thiệt mạng", "bốn người khác mất tích"]
    assert [f.value for f in figures.values()] == [3, 4]


def test_workers_staff_and_patients_are_counted_in_words_too() -> None:
    figures = _figures("Vụ nổ khiến hai lao động người Nepal thiệt mạng và ba nhân viên bảo vệ bị thương.")
    assert list(figures) == ["hai lao động", "ba nhân viên"]
    assert [f.value for f in figures.values()] == [2, 3]


def test_an_ordinal_naming_which_office_won_is_not_the_leads_main_figure() -> None:
    summary = summarize(
        "Ông Kim Dong-yeon đã đắc cử Tỉnh trưởng thứ 36 của tỉnh Gyeonggi trong cuộc bầu cử địa phương ngày 1/6 với "
        "49,06% số phiếu bầu. Tỷ lệ cử tri đi bỏ phiếu đạt 50,9%, thấp nhất kể từ năm 1995."
    )
    assert _order(summary)[0] == "49,06%"


def test_an_amount_restated_in_another_currency_ranks_after_the_amount() -> None:
    summary = summarize(
        "Ông Kim phát biểu tại lễ trao giải. Quỹ đã trao 3 giải thưởng, mỗi giải trị giá 11 triệu krona, tương đương "
        "khoảng 1 triệu USD."
    )
    assert _order(summary).index("11 triệu krona") < _order(summary).index("khoảng 1 triệu USD")
    # what a thing is worth (`trị giá`) is no price basis: it is what the sentence states
    worth = summarize(
        "Ông Kim phát biểu tại lễ trao giải. Giải thưởng trị giá 11 triệu krona, tương đương khoảng 1 triệu USD."
    )
    assert _order(worth)[0] == "11 triệu krona"
    # … and a share said as `tương đương` is no conversion
    share = summarize("Có 7.980 bác sĩ, tương đương 59,5% tổng số, đã quay lại bệnh viện.")
    assert _order(share) == ["7.980 bác sĩ", "59,5%"]


def test_the_headline_figure_is_the_first_of_its_value_the_story_states() -> None:
    summary = summarize(
        "Vụ lật xe buýt trên quốc lộ 7 khiến hai hành khách thiệt mạng. Cảnh sát đã huy động 40 cảnh sát và 2 "
        "trực thăng tới hiện trường. Khoảng 30 người khác bị thương nhẹ.",
        title="Hai người thiệt mạng trong vụ lật xe buýt",
    )
    assert _order(summary)[0] == "hai hành khách thiệt mạng"
    assert "2 trực thăng" not in _order(summary)[:2]  # the same value, but not the headline's figure


def test_a_count_in_the_headline_is_not_a_length_of_time_of_the_same_value() -> None:
    summary = summarize(
        "Một vụ nổ đã xảy ra tại một nhà máy hóa chất ở Ulsan ngày 5/2, khiến một công nhân thiệt mạng và 6 người "
        "bị thương. Lực lượng cứu hỏa mất khoảng 2 tiếng để khống chế đám cháy sau vụ nổ.",
        title="Hai người thiệt mạng trong vụ nổ nhà máy",
    )
    assert _order(summary)[0] != "khoảng 2 tiếng"  # how long the fire took is no count of the dead
    lasted = summarize("Cuộc đình công kéo dài 2 ngày đã khiến 300 chuyến tàu bị hủy.", title="Đình công 2 ngày")
    assert _order(lasted)[0] == "2 ngày"  # a length of time the headline names still comes first


def test_a_journey_shortened_to_a_length_of_time_is_no_time_of_day() -> None:
    summary = summarize("Thời gian đi tàu từ Seoul tới Gangneung được rút ngắn còn 1 giờ 46 phút.")
    assert summary.when == ()
    assert [f.text for f in summary.numbers] == ["1 giờ 46 phút"]


def test_a_counted_noun_ends_before_how_the_count_acted() -> None:
    assert list(_figures("Khoảng 1.200 công nhân đồng loạt đình công tại nhà máy Ulsan.")) == ["Khoảng 1.200 công nhân"]
    # … or before what they did that no noun of them is (`đổ về`, not `người biểu tình`, protesters)
    assert list(_figures("Hôm qua có khoảng 4.000 du khách đổ về đảo Jeju.")) == ["khoảng 4.000 du khách"]
    assert list(_figures("Năm nay có 85 cửa hàng đóng cửa ở khu Myeongdong.")) == ["85 cửa hàng"]
    assert list(_figures("Có 2 lò phản ứng hạt nhân và 30 vụ vi phạm.")) == ["2 lò phản ứng hạt nhân", "30 vụ vi phạm"]


def test_a_counted_noun_ends_before_what_it_was_judged_on() -> None:
    sentence = "Báo cáo đánh giá 80 thành phố dựa trên 25 chỉ số về chất lượng sống."
    assert sorted(_figures(sentence)) == ["25 chỉ số", "80 thành phố"]
    assert list(_figures("Tổ chức này chấm điểm 60 trường học dựa vào kết quả thi.")) == ["60 trường học"]


def test_a_counted_noun_ends_before_where_it_stands_or_how_long() -> None:
    assert list(_figures("Quân đội đã dựng 36 trạm gác dọc bờ biển phía đông.")) == ["36 trạm gác"]
    assert list(_figures("Hãng mở 25 cửa hàng tiện lợi khắp các ga tàu.")) == ["25 cửa hàng tiện lợi"]
    assert list(_figures("Thành phố bố trí 900 tình nguyện viên xung quanh quảng trường.")) == ["900 tình nguyện viên"]
    assert list(_figures("Có 7 xe cứu thương bên ngoài bệnh viện.")) == ["7 xe cứu thương"]
    assert list(_figures("Chừng 60 sinh viên tụ tập trước cổng trường.")) == ["60 sinh viên"]
    assert list(_figures("Nhà máy thuê 45 kỹ sư làm việc suốt mùa hè.")) == ["45 kỹ sư"]


def test_a_count_that_opens_its_sentence_ends_after_what_it_counts_rather_than_swallow_the_predicate() -> None:
    figures = _figures("Trời mưa rất to. Hơn 3.000 du khách chen chân ngắm hoa anh đào.")
    assert list(figures) == ["Hơn 3.000 du khách"]
    assert figures["Hơn 3.000 du khách"].context == "Hơn 3.000 du khách chen chân ngắm hoa anh đào"
    # … while a noun that ends before the predicate, or a count inside its sentence, keeps its words
    assert list(_figures("Có 40 người hâm mộ.")) == ["40 người hâm mộ"]
    assert list(_figures("Hãng tuyển 120 nhân viên kỹ thuật bảo dưỡng máy bay.")) == [
        "120 nhân viên kỹ thuật bảo dưỡng máy bay"
    ]


def test_a_level_ends_before_the_session_it_was_reached_in() -> None:
    sentence = "Chỉ số KOSDAQ lùi về dưới mức 700,5 điểm phiên giao dịch ngày 3/5/2021."
    assert list(_figures(sentence)) == ["mức 700,5 điểm"]
    assert list(_figures("Thị trường đã tăng trong 5 phiên giao dịch.")) == ["5 phiên giao dịch"]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Khoảng 500 người biểu tình phản đối dự luật.", "Khoảng 500 người biểu tình"),
        ("Hơn 300 bác sĩ kêu gọi Chính phủ rút lại kế hoạch.", "Hơn 300 bác sĩ"),
        ("Có 12 vụ động đất diễn ra ở miền Nam trong tuần qua.", "12 vụ động đất"),
        ("Hơn 20 hộ dân rời khỏi khu vực ven sông.", "Hơn 20 hộ dân"),
        ("Bộ Giáo dục phê duyệt 18 cuốn sách giáo khoa dành cho học sinh tiểu học.", "18 cuốn sách giáo khoa"),
    ],
)
def test_a_counted_noun_ends_before_the_verb_of_what_the_counted_did(sentence: str, figure: str) -> None:
    assert list(_figures(sentence)) == [figure]


def test_a_counted_noun_ends_on_the_class_a_capital_letter_grades() -> None:
    assert list(_figures("Bệnh viện tiếp nhận 27 bệnh nhân cúm loại B trong tuần qua.")) == ["27 bệnh nhân cúm loại B"]


def test_a_counted_noun_reads_on_through_dao_tao() -> None:
    assert (
        "Có 30 trung tâm đào tạo nghề"
        in _figures("Có 30 trung tâm đào tạo nghề tại Seoul.")["30 trung tâm đào tạo nghề"].context
    )


def test_a_unit_of_measure_per_another_written_with_capitals_is_the_figure_s_unit() -> None:
    assert list(_figures("Pin mới có mật độ năng lượng 450 Wh/kg.")) == ["450 Wh/kg"]


def test_an_amount_in_australian_or_canadian_dollars_keeps_its_currency() -> None:
    assert list(_figures("Canada sẽ chi khoảng 20 tỷ CAD cho dự án tàu ngầm.")) == ["khoảng 20 tỷ CAD"]


def test_a_counted_noun_ends_before_whom_it_is_between() -> None:
    assert list(_figures("Hai bên ký 9 văn bản hợp tác giữa các bộ, ngành.")) == ["9 văn bản hợp tác"]


def test_a_difference_after_a_comparative_is_not_read_as_more_than() -> None:
    figures = _figures(
        "Tuyết đầu mùa rơi tại Seoul sáng ngày 26/11, sớm hơn 4 ngày so với năm ngoái. Gói vay có lãi suất thấp "
        "hơn 1,5 điểm phần trăm. Chuyến bay hạ cánh chậm hơn 2 tiếng. Lợi nhuận thấp hơn 4,9% so với quý I."
    )
    assert {"4 ngày", "1,5 điểm phần trăm", "2 tiếng", "4,9%"} <= set(figures)
    # with its unit between the figure and what it is compared to
    assert "3.000 won" in _figures("Giá vàng tại Seoul là 163.530 won/gram, cao hơn 3.000 won so với hôm trước.")
    # a threshold keeps its `hơn`: the heat was over 35 degrees
    assert "hơn 35 độ C" in _figures("Nhiệt độ tại thủ đô cao hơn 35 độ C trong ba ngày.")


def test_a_counted_noun_ends_before_a_comparison_and_before_the_region_it_is_in() -> None:
    figures = _figures(
        "Nhiệt độ tại 12 địa phương cao hơn 35 độ C. Mưa lớn tại 3 tỉnh miền Trung gây thiệt hại. Hội nghị có sự "
        "tham dự của lãnh đạo 48 quốc gia châu Phi."
    )
    assert {"12 địa phương", "3 tỉnh", "48 quốc gia"} <= set(figures)


def test_an_ordinal_round_is_read_from_its_own_noun_and_ranks_below_the_news() -> None:
    summary = summarize(
        "Đội tuyển Hàn Quốc đã đánh bại Iraq 2-0 trong trận đấu thuộc lượt thứ 9 vòng loại World Cup tại Basra, "
        "giành vé dự World Cup lần thứ 11 liên tiếp."
    )
    assert "lượt thứ 9" in _order(summary)
    assert _order(summary).index("lượt thứ 9") > _order(summary).index("2-0")


def test_ke_tu_before_a_date_is_when_something_starts_unless_a_record_or_a_gap_reaches_back() -> None:
    starts = summarize("Thành phố Seoul cho biết kể từ ngày 28/6, giá vé tàu điện ngầm sẽ tăng thêm 150 won.")
    assert starts.when == ("ngày 28/6",)
    record = summarize("Tỷ giá đóng cửa ở mức 1.480 won, cao nhất kể từ ngày 13/3 năm ngoái.")
    assert record.when == ()
    gap = summarize("Hai nước sẽ diễn tập ngoài trời trở lại sau 5 năm kể từ năm 2018.")
    assert gap.when == ()


def test_a_record_after_a_counted_noun_is_no_word_of_its_unit() -> None:
    figures = _figures("Đây là tàu ngầm 3.000 tấn đầu tiên do Hàn Quốc tự thiết kế và chế tạo.")
    assert "3.000 tấn" in figures


def test_a_vote_is_one_figure_that_counts_nothing_after_it() -> None:
    figures = _figures(
        "Tòa án ra phán quyết với tỷ lệ 6 trên 3, bác bỏ đơn kiện. Tòa án Hiến pháp nhất trí 8-0 bãi nhiệm Tổng thống. "
        "Dự án kéo dài 3-5 năm."
    )
    assert "6 trên 3" in figures and figures["6 trên 3"].unit is None and not any(t.startswith("trên") for t in figures)
    assert figures["8-0"].unit is None and figures["3-5 năm"].unit == "năm"  # a range rises and keeps its unit


def test_a_phase_named_by_its_number_is_no_figure_but_a_span_of_phases_years_is() -> None:
    figures = _figures("Hai bên nhất trí khởi động đàm phán giai đoạn 3 của hiệp định đầu tư vào tháng 9.")
    assert not any(text.startswith("3") for text in figures)
    spans = _figures("Thành phố sẽ chi 2 tỷ USD cho giao thông công cộng trong giai đoạn 4 năm tới.")
    assert "4 năm" in spans and "2 tỷ USD" in spans


def test_a_quota_is_a_counted_noun_though_its_first_half_can_mean_only() -> None:
    figures = _figures("Bộ Giáo dục quyết định cắt giảm 1.500 chỉ tiêu tuyển sinh của các trường sư phạm.")
    assert any(text.startswith("1.500 chỉ tiêu") for text in figures)


def test_who_set_a_target_is_no_part_of_the_counted_noun() -> None:
    figures = _figures("Đội tuyển giành 7 huy chương vàng, vượt mục tiêu 4 huy chương vàng đề ra từ đầu năm.")
    assert "4 huy chương vàng" in figures


def test_the_first_time_in_a_year_is_that_year_not_its_start() -> None:
    summary = summarize("Đội tuyển vô địch lần thứ hai, sau lần đầu năm 2019. Từ đầu năm 2025, đội có HLV mới.")
    assert "năm 2019" in summary.when and "đầu năm 2019" not in summary.when
    assert "đầu năm 2025" in " ".join(summary.when).casefold()


def test_a_length_of_time_said_to_be_or_compared_is_a_figure_not_a_time_of_day() -> None:
    summary = summarize(
        "Thời gian sử dụng điện thoại trung bình của học sinh tiểu học là 4 giờ 35 phút mỗi ngày, nhiều hơn 1 giờ 10 "
        "phút so với năm 2020."
    )
    assert {"4 giờ 35 phút", "1 giờ 10 phút"} <= {f.text for f in summary.numbers}
    assert not summary.when
    summary = summarize("Thời gian bay khoảng 2 giờ 40 phút do phải tránh không phận của Triều Tiên.")
    assert [f.text for f in summary.numbers] == ["khoảng 2 giờ 40 phút"] and not summary.when
    summary = summarize("Vệ tinh giúp theo dõi bán đảo với tần suất khoảng 2 giờ một lần.")
    assert not summary.when
    summary = summarize("Nhóm tuổi thiếu niên có thời gian sử dụng dài nhất với 4 giờ 35 phút.")
    assert [f.text for f in summary.numbers] == ["4 giờ 35 phút"] and not summary.when
    summary = summarize("Tàu mới rút ngắn thời gian di chuyển từ 2 giờ 40 phút xuống còn 2 giờ 17 phút.")
    assert {f.text for f in summary.numbers} == {"2 giờ 40 phút", "2 giờ 17 phút"} and not summary.when
    # … and so is a change or a cap in hours (`tăng 4 giờ` had been a time of day under "when")
    summary = summarize("Người lao động được làm thêm tối đa 12 giờ mỗi tuần, tăng 4 giờ so với quy định cũ.")
    assert not summary.when


def test_shipbuilding_tonnage_units_are_symbols_like_teu() -> None:
    figures = _figures("Các hãng nhận đơn hàng 8,5 triệu CGT, gồm 12 tàu chở dầu tổng trọng tải 1,8 triệu DWT.")
    assert figures["8,5 triệu CGT"].unit == "CGT" and figures["1,8 triệu DWT"].unit == "DWT"


def test_a_decimal_after_a_naming_noun_is_a_figure_not_a_rooms_number() -> None:
    figures = _figures("Chính phủ đã chuẩn bị công suất dự phòng 11,5 GW cho mùa đông.")
    assert figures["11,5 GW"].value == 11.5
    assert _figures("Cuộc họp diễn ra tại phòng 302 của tòa nhà.") == {}


def test_a_count_given_to_a_place_is_a_figure_not_the_places_number() -> None:
    figures = _figures("Tập đoàn Lotte tặng tỉnh Hà Giang 25 xe cứu thương và trao cho Incheon 300 máy lọc không khí.")
    assert "25 xe cứu thương" in figures and "300 máy lọc không khí" in figures
    assert not any(text.startswith("200") for text in _figures("Album lọt vào Billboard 200 tuần thứ 3."))


def test_what_the_counted_people_do_is_no_part_of_the_counted_noun() -> None:
    figures = _figures("Giải đấu cấm 5 cầu thủ thi đấu tại giải hạng nhì và 120 kỹ sư làm việc tại nhà máy bị sa thải.")
    assert "5 cầu thủ" in figures and "120 kỹ sư" in figures


def test_innovation_is_one_word_though_its_second_half_can_mean_new() -> None:
    figures = _figures("Các công ty Việt Nam giành 12 giải thưởng đổi mới sáng tạo tại triển lãm.")
    assert any(text.startswith("12 giải thưởng đổi mới") for text in figures)


def test_aviation_is_one_word_though_its_second_half_can_mean_not() -> None:
    figures = _figures("Bộ Giao thông kiểm tra 40 máy bay của 4 hãng hàng không giá rẻ trong nước.")
    assert any(text.startswith("4 hãng hàng không") for text in figures)


def test_a_district_named_by_its_number_is_no_figure() -> None:
    figures = _figures("Cảnh sát kiểm tra 12 quán bar ở quận 3 và phường 7 của thành phố vào cuối tuần.")
    assert "12 quán bar" in figures and not any(text in ("3", "7") for text in figures)


def test_a_school_grade_is_no_figure_and_a_flag_is_no_part_of_a_tonnage() -> None:
    grades = _figures("Bộ Giáo dục khảo sát 2,5 triệu học sinh từ lớp 4 đến lớp 12 trên toàn quốc.")
    assert "2,5 triệu học sinh" in grades and not any(text.startswith(("4", "12")) for text in grades)
    ship = _figures("Một tàu hàng 8.000 tấn treo cờ Panama bị mắc cạn gần cảng Busan.")
    assert "8.000 tấn" in ship


def test_a_level_something_rose_to_is_not_an_upper_bound() -> None:
    figures = _figures("Giá bắp cải tại các chợ truyền thống đã lên tới 6.800 won một cây vào ngày 2/9.")
    assert "6.800 won" in figures and not any(text.startswith("tới") for text in figures)
    assert "tới 9.000 người" in _figures("Số người tham gia lễ hội dự kiến tới 9.000 người.")


def test_a_long_counted_noun_may_run_two_syllables_over_to_end_whole() -> None:
    figures = _figures("Bộ Y tế sẽ mở thêm 120 phòng khám chăm sóc sức khỏe tâm thần cộng đồng cho người cao tuổi.")
    assert "120 phòng khám chăm sóc sức khỏe tâm thần cộng đồng" in figures
    runs_on = _figures("Quân đội phát hiện 3 quả tên lửa đạn đạo tầm ngắn cải tiến mới nhất có khả năng mang đầu đạn.")
    assert "3 quả tên lửa đạn đạo tầm ngắn cải tiến" in runs_on


def test_a_number_listed_after_one_that_names_a_unit_names_one_too() -> None:
    summary = summarize("Hãng KHNP ngày 4/5 đã khởi công tổ máy số 5 và 6 của nhà máy điện Kori với vốn 9.000 tỷ won.")
    assert [f.text for f in summary.numbers] == ["9.000 tỷ won"]


def test_the_level_a_change_started_from_ranks_below_the_level_it_reached() -> None:
    summary = summarize(
        "Chính phủ Hàn Quốc ngày 2/5 quyết định nâng thuế tiêu thụ đặc biệt đối với thuốc lá từ 2.000 won lên 3.500 "
        "won mỗi bao, có hiệu lực từ tháng 7."
    )
    texts = [f.text for f in summary.numbers]
    assert texts.index("3.500 won") < texts.index("2.000 won")


def test_a_leagues_number_in_parentheses_names_it() -> None:
    figures = _figures("Câu lạc bộ Monaco thắng Nice 2-0 tại vòng 9 giải vô địch quốc gia Pháp (Ligue 1) ngày 19/10.")
    assert list(figures) == ["2-0"]  # `(Ligue 1)` is the league's name, no figure


def test_a_counted_noun_ends_before_hien_nay() -> None:
    figures = _figures("Quân số thường trực sẽ giảm từ 500.000 người hiện nay xuống còn 450.000 người vào năm 2035.")
    assert "500.000 người" in figures  # never `500.000 người hiện`
    assert "500 camera hiện đại" in _figures("Thành phố sẽ lắp 500 camera hiện đại tại các giao lộ.")


def test_a_records_reach_in_the_headline_does_not_outrank_the_lead_figure() -> None:
    summary = summarize(
        "Tỷ lệ thất nghiệp của thanh niên trong tháng 9 là 6,8%, tăng 0,9 điểm phần trăm so với cùng kỳ năm ngoái, "
        "mức cao nhất trong 5 năm.",
        title="Tỷ lệ thất nghiệp của thanh niên lên mức cao nhất trong 5 năm",
    )
    assert _order(summary)[0] == "6,8%"  # `5 năm` says how far back the record reaches


def test_an_ordinal_keeps_its_scale_word() -> None:
    figures = _figures("Công viên giải trí đã đón du khách thứ 10 triệu kể từ khi mở cửa vào sáng ngày 2/4.")
    assert figures["du khách thứ 10 triệu"].value == 10_000_000  # never `du khách thứ 10`


def test_a_counted_noun_ends_before_khoi() -> None:
    figures = _figures("Hai nhân viên cứu hỏa đã cứu 4 người dân khỏi tòa nhà đang cháy vào ngày 3/2.")
    assert "4 người dân" in figures  # never `4 người dân khỏi tòa nhà đang cháy`


def test_a_milestone_passed_in_the_headline_does_not_outrank_the_count_that_passed_it() -> None:
    summary = summarize(
        "Số người nước ngoài đăng ký cư trú tại thành phố Ansan tính đến cuối tháng 6 là 102.300 người, tăng 4,1%. "
        "Đây là lần đầu tiên con số này vượt mốc 100.000 người.",
        title="Số người nước ngoài cư trú tại Ansan vượt 100.000 người",
    )
    assert _order(summary)[0] == "102.300 người"  # `vượt 100.000` names the milestone, not the count
    below = summarize(
        "Số học sinh tiểu học năm nay là 2,49 triệu em, lần đầu tiên giảm xuống dưới mức 2,5 triệu em.",
        title="Số học sinh tiểu học giảm xuống dưới 2,5 triệu",
    )
    assert _order(below)[0] == "2,49 triệu em"


def test_hours_counted_from_an_event_are_a_length_not_a_time_of_day() -> None:
    summary = summarize("Bài hát mới đã đứng đầu bảng xếp hạng chỉ 2 giờ sau khi phát hành vào tối ngày 4/3.")
    assert "2 giờ" not in summary.when
    assert [(f.value, f.unit) for f in summary.numbers] == [(2, "giờ")]


def test_a_counted_noun_keeps_a_word_written_in_two_whose_first_half_is_a_verb() -> None:
    figures = _figures("Hai bên đã ký 6 bản ghi nhớ. Khoảng 2.000 phát đạn pháo đã được bắn trong cuộc tập trận.")
    assert "6 bản ghi nhớ" in figures  # `ghi` alone would end the noun (`ghi nhận`)
    assert "Khoảng 2.000 phát đạn pháo" in figures  # `phát` counts shots here, it is not the verb


def test_a_counted_noun_ends_before_deu() -> None:
    figures = _figures("Cả 9 thành viên hội đồng đều bỏ phiếu tán thành dự luật vào ngày 3/6.")
    assert "9 thành viên hội đồng" in figures  # never `9 thành viên hội đồng đều bỏ phiếu tán thành dự luật`


def test_a_count_of_days_before_the_dates_it_counts_keeps_its_ngay() -> None:
    figure = _figures("Hội nghị bộ trưởng sẽ diễn ra trong 2 ngày 14-15/5 tại Incheon.")["2 ngày"]
    assert figure.value == 2 and figure.unit == "ngày"
    assert "3 ngày" in _figures("Lễ hội kéo dài 3 ngày 9/10 và 10/10 ở Busan.")


def test_a_counted_noun_ends_before_a_forecast_of_it() -> None:
    figures = _figures("Khoảng 3,4 triệu người dự kiến sẽ về quê trong kỳ nghỉ Tết Trung thu năm nay.")
    assert "Khoảng 3,4 triệu người" in figures


def test_minutes_written_without_phut_are_part_of_the_clock_time() -> None:
    summary = summarize("Tàu điện ngầm tuyến 2 chạy thêm chuyến từ 23 giờ 40 đến 1 giờ 20 sáng hôm sau.")
    assert [f.text for f in summary.numbers] == []
    assert list(summary.when) == ["23 giờ 40 đến 1 giờ 20 sáng"]


def test_a_counted_noun_ends_before_who_most_of_them_are() -> None:
    figures = _figures("Tàu du lịch chở khoảng 3.100 du khách chủ yếu là người Nhật Bản đã cập cảng Busan sáng nay.")
    assert "khoảng 3.100 du khách" in figures


def test_a_place_in_the_top_of_a_contest_is_a_rank() -> None:
    figures = _figures("Đại diện Hàn Quốc đã lọt vào top 10 cuộc thi Hoa hậu Thế giới năm nay.")
    assert "top 10" in figures


def test_an_ordinal_among_outbreaks_shops_or_branches_is_a_figure() -> None:
    figures = _figures(
        "Ngân hàng Shinhan đã khai trương chi nhánh thứ ba tại Campuchia. Tập đoàn Apple mở cửa hàng bán lẻ thứ 9 "
        "tại Seoul. Cơ quan thú y phát hiện ổ dịch thứ 4 trong năm nay."
    )
    assert {"chi nhánh thứ ba", "cửa hàng bán lẻ thứ 9", "ổ dịch thứ 4"} <= set(figures)


def test_a_level_reads_with_its_word() -> None:
    figures = _figures("Chính phủ nâng mức cảnh báo lên cấp 3. Xe tự lái cấp độ 4 sẽ được thương mại hóa vào năm 2027.")
    assert {"cấp 3", "cấp độ 4"} <= set(figures)


def test_a_count_of_times_after_a_name_is_a_figure() -> None:
    figures = _figures("Nhật Bản trở thành đội tuyển tham dự World Cup 8 lần liên tiếp sau trận thắng Bahrain.")
    assert any(text.startswith("8 lần") for text in figures)


def test_numbers_listed_after_the_one_that_names_a_line_name_lines_too() -> None:
    figures = _figures(
        "Trong khi đó, xe buýt tuyến số 2, 5 và 9 do thành phố vận hành chỉ chạy khoảng 60% số chuyến thường ngày."
    )
    assert list(figures) == ["khoảng 60%"]


def test_a_counted_noun_ends_before_what_the_things_show() -> None:
    figures = _figures(
        "Hội chợ có 150 gian hàng giới thiệu sản phẩm của các làng nghề, cùng 40 tác phẩm trưng bày tại sảnh chính và "
        "12 trạm kiểm soát biên giới tạm thời."
    )
    assert list(figures) == ["150 gian hàng", "40 tác phẩm", "12 trạm kiểm soát biên giới tạm thời"]


def test_dong_opening_a_word_is_no_money() -> None:
    figures = _figures("Anh Minh cùng 6 đồng nghiệp và 2 đồng hương đã góp 3 triệu đồng cho quỹ từ thiện.")
    assert list(figures) == ["6 đồng nghiệp", "2 đồng hương", "3 triệu đồng"]


def test_a_fraction_before_what_it_is_a_share_of_is_a_figure_not_a_date() -> None:
    summary = summarize("Khảo sát cho thấy chỉ 1/4 số doanh nghiệp nhỏ có kế hoạch tuyển thêm nhân viên trong năm tới.")
    assert summary.when == ()
    assert [f.text for f in summary.numbers] == ["1/4"]


def test_a_counted_noun_ends_before_how_much_more_it_costs() -> None:
    figures = _figures("Hãng đã tăng giá 15 loại bánh thêm 500 won mỗi chiếc từ ngày 3/2.")
    assert "15 loại bánh" in figures


def test_a_counted_noun_ending_in_a_word_written_in_two_keeps_both_halves() -> None:
    # `tiếp` alone stops a counted noun (`tiếp tục`, `tiếp theo`); as the second half of `trực tiếp` it does not
    views = _figures("Buổi hòa nhạc đạt khoảng 40.000 lượt xem trực tiếp trên trang web của đài.")
    assert "khoảng 40.000 lượt xem trực tiếp" in views
    jobs = _figures("Nhà máy mới sẽ tạo ra 3.500 việc làm gián tiếp cho người dân địa phương.")
    assert "3.500 việc làm gián tiếp" in jobs
    assert "120 nhân viên" in _figures("Có 120 nhân viên tiếp tục làm việc tại nhà máy.")


def test_a_range_of_ages_bounds_who_is_counted_and_is_no_figure() -> None:
    found = _figures("Tỷ lệ thất nghiệp của thanh niên từ 15 đến 29 tuổi trong tháng 5 là 7,2%.")
    assert list(found) == ["7,2%"]
    assert "73 tuổi" in _figures("Ông Park Min-soo, 73 tuổi, đã qua đời tại bệnh viện.")  # one age is a figure
    assert "từ 3 đến 5 ngày" in _figures("Thời gian cách ly kéo dài từ 3 đến 5 ngày.")  # any other range is one


def test_a_number_closing_a_name_before_lan_dau_tien_is_no_count_of_times() -> None:
    # `lần đầu tiên` is "for the first time": the number before it ends the tournament's name
    found = _figures("Đội tuyển Hàn Quốc đã vô địch Giải bóng chày WBSC Premier 12 lần đầu tiên sau 10 năm.")
    assert "12 lần" not in found and "10 năm" in found
    assert "11 lần liên tiếp" in _figures("Hàn Quốc đã tham dự World Cup 11 lần liên tiếp.")  # a count of times


def test_a_bare_number_closing_a_bracketed_title_names_and_counts_nothing() -> None:
    found = _figures('Bộ phim "Kingdom 3" (Vương triều xác sống 3) của Netflix đã thu hút 41 triệu lượt xem.')
    assert list(found) == ["41 triệu lượt xem"]
    assert "15" in _figures("Số ca nhiễm mới là 1.234 (tăng 15).")  # a change in brackets still counts


def test_citizens_and_suspects_counted_in_words_are_figures() -> None:
    toll = _figures("Hai công dân Hàn Quốc đã thiệt mạng trong vụ lở đất tại Nepal.")["Hai công dân"]
    assert toll.value == 2 and "thiệt mạng" in toll.context
    assert _figures("Cảnh sát đã bắt giữ ba nghi phạm liên quan đến vụ lừa đảo.")["ba nghi phạm"].value == 3


def test_one_date_written_twice_is_shown_once() -> None:
    text = "Ông Kim gửi thư chúc mừng nhân dịp Ngày nước Nga 12/6. Hãng thông tấn KCNA đưa tin ngày 12/6."
    assert summarize(text).when == ("12/6",)
    assert summarize("Đoàn đến Seoul ngày 12/6 và trở về ngày 15/6.").when == ("ngày 12/6", "ngày 15/6")


def test_a_mark_crossed_for_the_first_time_comes_first_though_the_record_is_said_late() -> None:
    # `lần đầu tiên` 50 characters after the mark still makes crossing it the record, not a threshold
    story = summarize(
        "Giá vàng trong nước đã vượt mốc 150.000 won mỗi gram trong phiên giao dịch sáng ngày 21/4, lần đầu tiên sau "
        "khi sàn giao dịch vàng được thành lập. Giá đóng cửa ở mức 151.200 won, tăng 2.300 won so với phiên trước.",
        title="Giá vàng vượt mốc 150.000 won",
    )
    assert _order(story)[0] == "150.000 won"


def test_a_bracket_of_ages_written_with_a_dash_is_no_figure() -> None:
    figures = _figures("Nhóm tuổi 7-12 có tỷ lệ mắc cao nhất với 138,1 ca, tiếp theo là nhóm 30-34 tuổi với 95,3 ca.")
    assert list(figures) == ["138,1 ca", "95,3 ca"]
    # one age is a figure, and a score is still a score
    assert "tuổi 20" in _figures("Anh qua đời ở tuổi 20 sau 3 năm điều trị.")
    assert "2-1" in _figures("Đội tuyển Hàn Quốc đã thắng Iraq 2-1 tại Amman.")


def test_a_counted_noun_ends_on_a_word_written_in_two() -> None:
    figures = _figures("Trong số thí sinh đạt điểm tuyệt đối, có 4 học sinh lớp 12 và 1 thí sinh thi lại.")
    assert "1 thí sinh thi lại" in figures


def test_the_time_a_change_is_measured_from_is_no_figure() -> None:
    assert list(_figures("Tỷ lệ này tăng 8,2 điểm phần trăm so với 3 năm trước.")) == ["8,2 điểm phần trăm"]
    # a length of time is still one (`rời Hàn Quốc 3 năm trước`: how long ago)
    assert "3 năm" in _figures("Ông đã rời Hàn Quốc 3 năm trước.")
    # … in words too (`so với hai ngày trước`)
    assert list(_figures("Số ca bệnh tăng thêm 9 ca so với ba ngày trước.")) == ["9 ca"]


def test_a_count_from_eleven_to_nineteen_in_words() -> None:
    figures = _figures("Mười hai người đã bị thương, trong đó có ba người bị thương nặng.")
    assert figures["Mười hai người đã bị thương"].value == 12 and figures["ba người bị thương nặng"].value == 3
    assert _figures("Có mười lăm người mất tích.")["mười lăm người mất tích"].value == 15


def test_planes_and_ships_are_counted_in_words() -> None:
    assert _figures("Hai máy bay chiến đấu KF-16 đã va chạm trên không.")["Hai máy bay"].value == 2
    assert _figures("Ba tàu cá bị chìm ngoài khơi Jeju.")["Ba tàu"].value == 3
    # an ordinal of launches still counts launches
    assert "lần phóng tên lửa đạn đạo thứ năm" in _figures("Đây là lần phóng tên lửa đạn đạo thứ năm trong năm nay.")


def test_a_counted_noun_ends_before_a_class_given_by_its_size() -> None:
    assert "2 tàu ngầm" in _figures("Hanwha Ocean sẽ cung cấp 2 tàu ngầm lớp 3.000 tấn cho Philippines.")


def test_a_range_of_percentages_is_carried_by_its_end() -> None:
    figures = _figures("Lạm phát dự kiến ở mức từ 2% đến 2,1% trong năm tới.")
    assert list(figures) == ["từ 2% đến 2,1%"]
    # (a target of `từ 53% đến 61%` had been shown as `61%`)
    assert list(_figures("Chính phủ đặt mục tiêu cắt giảm từ 40% đến 45% lượng khí thải.")) == ["từ 40% đến 45%"]


def test_the_size_of_an_example_household_is_a_short_count_ranked_last() -> None:
    text = (
        "Giá gas sinh hoạt sẽ tăng 6,8% từ tháng 7. Theo đó, một hộ gia đình 3 người sử dụng trung bình 38 m3 khí"
        " mỗi tháng sẽ phải trả thêm khoảng 3.100 won."
    )
    figures = summarize(text).numbers
    assert "3 người" in [f.text for f in figures]
    assert figures[-1].text == "3 người"


def test_a_share_of_support_is_no_household_size() -> None:
    # `ủng hộ 49,42%` had been read as the size of a household and ranked after the loser's share
    text = (
        "Ứng cử viên Lee Jae Myung đã đắc cử Tổng thống thứ 21 trong cuộc bầu cử ngày 3/6, với tỷ lệ ủng hộ 49,42%."
        " Ứng cử viên Kim Moon-soo đạt 41,15%. Tỷ lệ cử tri đi bỏ phiếu đạt 79,4%."
    )
    assert _order(summarize(text))[0] == "49,42%"


def test_a_grade_is_read_with_its_word_and_the_verbs_cap_and_loai_still_count() -> None:
    # the grade had been a bare `5`, or a count of a thing called `đổ bộ`
    assert _figures("Xe cũ thải khí thải loại 5 bị cấm lưu thông.")["loại 5"].value == 5
    assert _figures("Bão cấp 5 đổ bộ vào Florida.")["cấp 5"].unit == "cấp"
    assert "5 giấy phép" in _figures("Công ty được cấp 5 giấy phép mới.")
    assert "5 xe buýt" in _figures("Chính phủ cấp 5 xe buýt cho tỉnh.")
    assert "5 triệu won" in _figures("Chính phủ cấp 5 triệu won cho mỗi hộ.")


def test_a_country_or_a_company_ranked_is_a_figure_and_two_countries_in_words_none() -> None:
    figure = _figures("Nhờ đó, Hàn Quốc trở thành nước thứ 7 trên thế giới tự phóng vệ tinh nặng trên 1 tấn.")
    assert figure["nước thứ 7"].value == 7
    assert figure["nước thứ 7"].context.endswith("tự phóng vệ tinh nặng trên 1 tấn")  # what the rank is in
    assert "công ty thứ 2" in _figures("Samsung là công ty thứ 2 đạt mốc này.")
    assert not _figures("Hai nước nhất trí tăng cường hợp tác.")


def test_a_ratio_with_a_decimal_side_after_a_long_subject_is_one_figure() -> None:
    text = "Tỷ lệ cạnh tranh vào các trường y trong kỳ tuyển sinh năm 2025 đã lên tới 24,1:1, gấp 1,5 lần năm ngoái."
    figures = _figures(text)
    assert figures["24,1:1"].value == 24.1 and figures["24,1:1"].unit == "tỷ lệ"
    assert "24" not in figures  # its whole part is no count of its own


def test_a_ratio_or_a_score_with_a_colon_is_one_figure_and_a_clock_time_none() -> None:
    ratio = _figures("Tỷ lệ cạnh tranh vào khoa dược năm nay là 1:52, cao nhất trong 10 năm.")["1:52"]
    assert ratio.value == 52 and ratio.unit == "tỷ lệ"
    assert "1:52" in ratio.context
    assert "2:0" in _figures("Đội Ulsan thắng đội Jeonbuk với tỷ số 2:0 trong trận chung kết.")
    assert not [f for f in _figures("Lễ khai mạc bắt đầu lúc 19:30 tối ngày 2/5.") if f[:1].isdigit()]


def test_first_on_a_chart_is_a_figure_and_a_numbered_thing_is_not() -> None:
    figures = _figures("Bài hát mới của nhóm đã đứng số 1 trên bảng xếp hạng Oricon của Nhật Bản.")
    assert "đứng số 1 trên bảng xếp hạng Oricon" in figures["1"].context
    assert not _figures("Tổ máy số 2 đã ngừng hoạt động.")


def test_one_in_five_is_one_figure_and_a_multiple_ends_before_what_it_multiplies() -> None:
    figures = _figures("Có 1 trong 4 người cao tuổi sống một mình. Diện tích bị ngập gấp 2 lần diện tích đảo Yeouido.")
    assert "1 trong 4 người cao tuổi" in figures
    assert figures["gấp 2 lần"].unit == "lần"


def test_a_new_strain_and_seasonal_work_are_part_of_the_counted_noun() -> None:
    assert "3 ca nhiễm cúm chủng mới" in _figures("Nhật Bản xác nhận thêm 3 ca nhiễm cúm chủng mới trong ngày 4/1.")
    # … and so is seasonal work (`thời` alone is a time word that ends it)
    assert "5.200 lao động thời vụ nước ngoài" in _figures("Tỉnh Gangwon tiếp nhận 5.200 lao động thời vụ nước ngoài.")


def test_a_counted_noun_ends_before_the_adjective_of_a_superlative() -> None:
    figures = _figures("Samsung đứng đầu danh sách 200 công ty lớn nhất châu Á do tạp chí Forbes công bố.")
    assert "200 công ty" in figures


def test_a_counted_noun_ends_before_the_verb_bat_dau_but_keeps_a_kidnapping() -> None:
    figures = _figures("Giải có 34 thành phố bắt đầu đăng cai từ năm sau. Cảnh sát điều tra 12 vụ bắt cóc.")
    assert set(figures) >= {"34 thành phố", "12 vụ bắt cóc"}


def test_the_first_day_of_a_range_said_by_its_part_of_the_day_is_a_date_not_a_figure() -> None:
    summary = summarize(
        "Trận bão tuyết từ đêm 26 đến ngày 28/11 khiến 5 người thiệt mạng. Tối 3 và 4/12, gió mạnh 20 m/s."
    )
    assert [figure.text for figure in summary.numbers] == ["5 người thiệt mạng", "20 m/s"]
    assert summary.when == ("đêm 26 đến ngày 28/11", "Tối 3 và 4/12")


def test_an_ordinal_whose_noun_opens_the_sentence_is_a_figure_and_a_rank_never_outranks_what_it_places() -> None:
    figures = _figures("Vệ tinh trinh sát thứ 4 của Hàn Quốc được phóng thành công ngày 2/3.")
    assert list(figures) == ["Vệ tinh trinh sát thứ 4"]
    text = (
        "Khách Nhật Bản đạt 200.000 người. Khách Pháp đạt 12.000 người. Xếp thứ hai là khách Đài Loan đạt 98.000 "
        "người. Khách Mỹ có 50.000 người."
    )
    order = _order(summarize(text))
    assert order.index("98.000 người") < order.index("50.000 người")  # the figure the rank places stays its main one


def test_the_age_someone_died_at_is_an_obituarys_figure_and_another_age_describes() -> None:
    text = "Nhà văn Park Kyung-ri đã qua đời vào sáng ngày 5/5 ở tuổi 81. Bà có sự nghiệp sáng tác kéo dài gần 50 năm."
    assert _order(summarize(text))[0] == "tuổi 81"
    described = "Một người đàn ông 52 tuổi đã bị bắt giữ. Ông bị cáo buộc chiếm đoạt 3 tỷ won."
    assert _order(summarize(described))[0] == "3 tỷ won"


def test_a_toll_of_two_kinds_counted_together_is_one_figure() -> None:
    figures = _figures("Cơn bão đổ bộ vào miền Trung ngày 7/9, khiến hơn 60 người thiệt mạng và mất tích.")
    assert "hơn 60 người thiệt mạng và mất tích" in figures


def test_figures_in_a_quoted_speech_count_though_a_quoted_name_s_number_does_not() -> None:
    figures = _figures(
        "Bộ trưởng Koo cho biết: “Chính phủ sẽ chi 35.000 tỷ won để hỗ trợ các doanh nghiệp nhỏ trong 3 năm tới”, "
        'tại buổi họp báo ngày 2/6. Bộ phim "Trò chơi con mực 3" có 60 triệu lượt xem.'
    )
    assert "35.000 tỷ won" in figures and "3 năm" in figures and "60 triệu lượt xem" in figures
    assert not any(text.startswith("3 ") and "năm" not in text for text in figures)


def test_a_price_per_an_amount_keeps_the_amount_s_unit() -> None:
    figures = _figures("Giá bán lẻ thịt bò Hanwoo là 11.200 won/100 gram, tăng 4% so với tháng trước.")
    assert "11.200 won/100 gram" in figures and "4%" in figures


def test_how_tall_a_building_is_ranks_after_the_toll_and_how_badly_the_injured_were_hurt_is_in_the_count() -> None:
    summary = summarize(
        "Một vụ hỏa hoạn đã xảy ra tại một tòa nhà 12 tầng ở thành phố Ulsan vào tối ngày 8/10, khiến 4 người "
        "tử vong và 9 người bị thương, trong đó có 2 người bị thương nặng."
    )
    order = _order(summary)
    assert order[0] == "4 người tử vong" and order[-1] == "12 tầng"
    assert "2 người bị thương nặng" in order


def test_an_ordinal_in_thousands_after_a_brand_ranks_its_shops() -> None:
    figures = _figures("Cửa hàng Lotteria thứ 1.500 tại Việt Nam đã khai trương ở Hà Nội vào ngày 2/5.")
    assert figures["Cửa hàng Lotteria thứ 1.500"].value == 1500


def test_falling_below_a_mark_for_the_first_time_is_the_news_not_a_threshold() -> None:
    summary = summarize(
        "Số dân của thành phố Busan năm 2025 lần đầu tiên xuống dưới 3,2 triệu người, do tỷ lệ sinh giảm. "
        "Số trường học đóng cửa là 12 trường."
    )
    assert _order(summary)[0] == "dưới 3,2 triệu người"


def test_a_visitor_is_what_an_ordinal_in_millions_counts() -> None:
    figures = _figures("Công viên Everland đã đón vị khách thứ 2 triệu trong năm nay vào ngày 9/8.")
    assert "vị khách thứ 2 triệu" in figures


def test_crossing_a_mark_is_the_level_a_lead_states_even_without_a_record() -> None:
    summary = summarize(
        "Số người nước ngoài cư trú tại Hàn Quốc đã vượt mốc 2,7 triệu người, chiếm 5,3% tổng dân số. "
        "Người Trung Quốc chiếm tỷ lệ cao nhất với 35%."
    )
    assert _order(summary)[0] == "2,7 triệu người"


def test_a_route_a_flight_and_a_visit_are_what_an_ordinal_counts() -> None:
    figures = _figures(
        "Đây là đường bay thứ 6 của hãng Bamboo tới Hàn Quốc. Chuyến bay thứ 2 cất cánh lúc 9 giờ. Đây là chuyến thăm "
        "thứ ba của ông Park tới Hà Nội."
    )
    assert {"đường bay thứ 6", "Chuyến bay thứ 2", "chuyến thăm thứ ba"} <= set(figures)


def test_a_rank_the_subject_holds_is_what_the_lead_states() -> None:
    summary = summarize(
        "Đại học Yonsei xếp thứ 50 trong bảng xếp hạng đại học thế giới năm 2026 công bố ngày 19/6, tăng 6 bậc so "
        "với năm ngoái. Đại học Korea xếp thứ 61."
    )
    assert _order(summary)[0] == "xếp thứ 50"


def test_a_fraction_with_a_grouped_denominator_is_no_date() -> None:
    summary = summarize("Một người trúng giải ngày 21/6. Xác suất trúng giải nhất là 1/8.145.060.")
    assert summary.when == ("ngày 21/6",)


def test_applicants_to_a_place_a_time_to_the_thousandth_and_a_stage_are_one_figure_each() -> None:
    figures = _figures(
        "Tay đua Park Ji-hoon đã giành chiến thắng tại chặng đua thứ 4 với thời gian 38 phút 12 giây 305. "
        "Tỷ lệ chọi trung bình là 12 chọi 1."
    )
    assert {"chặng đua thứ 4", "38 phút 12 giây 305", "12 chọi 1"} <= set(figures)
    assert not any(text in ("305", "1") or text.startswith("chiến thắng tại") for text in figures)


def test_a_level_a_fall_started_from_ranks_after_where_it_fell_to() -> None:
    summary = summarize("Số người đăng ký đã giảm từ 52.000 người xuống còn 40.000 người, giảm 23% so với năm trước.")
    assert _order(summary)[0] == "40.000 người"


def test_a_share_of_a_whole_won_in_the_lead_ranks_first_though_said_after_tai() -> None:
    summary = summarize(
        "Liên minh đối lập đã giành chiến thắng tại 9 trong tổng số 15 khu vực bầu cử tại thủ đô ngày 6/4. "
        "Tỷ lệ cử tri đi bỏ phiếu đạt 61,2%. Đảng cầm quyền chỉ giành được 6 ghế."
    )
    assert _order(summary)[0] == "9 trong tổng số 15 khu vực bầu cử"


def test_evacuating_an_occasion_and_around_end_a_counted_noun_and_a_grade_joined_by_plus_counts_nothing() -> None:
    figures = _figures(
        "Chính phủ đưa 40 người nước ngoài sơ tán khỏi Sudan và ân xá 900 người nhân kỷ niệm ngày Quốc khánh. "
        "Năm ngoái có 230.000 trẻ sơ sinh. Giá thịt bò loại 1++ là 21.000 won/kg."
    )
    assert {"40 người nước ngoài", "900 người", "230.000 trẻ sơ sinh", "21.000 won/kg"} == set(figures)
    assert "150 trạm" in _figures("Cơ quan này đo phóng xạ tại 150 trạm quanh nhà máy.")  # around, not a noun


def test_a_figure_that_sets_the_scene_meanwhile_or_in_a_question_is_not_the_main_figure() -> None:
    summary = summarize(
        "Trong khi doanh số xe điện tại châu Âu tăng 9%, doanh số xe điện của hãng tại Mỹ trong quý III chỉ đạt"
        " 41.000 chiếc, giảm 18% so với cùng kỳ năm ngoái."
    )
    assert _order(summary)[0] == "41.000 chiếc"
    contrast = summarize("Trong khi giá nhà ở Seoul tăng 0,3%, thì giá nhà ở các tỉnh giảm 0,1% trong tháng 6.")
    assert _order(contrast)[0] == "0,3%"  # … though the first half of a contrast is news
    asked = summarize(
        "Liệu Hàn Quốc có lọt vào top 3 thế giới về robot vào năm 2030? Bộ Công nghiệp ngày 4/4 công bố kế hoạch"
        " đầu tư 3.000 tỷ won cho ngành robot."
    )
    assert _order(asked)[0] == "3.000 tỷ won"  # … and one asked about is not the news


def test_the_base_of_a_rate_named_before_its_count_is_no_figure_but_over_a_count_stays() -> None:
    figures = _figures(
        "Cơ quan y tế cho biết tỷ lệ mắc sởi trên 100.000 dân trong tháng 3 là 4,2 ca. "
        "Số ca nghi mắc tay chân miệng mỗi 1.000 trẻ khám bệnh tuần qua là 12,6 ca. "
        "Trên 1.000 người đã được tiêm vắc-xin tại các trạm y tế."
    )
    assert "4,2 ca" in figures and "12,6 ca" in figures
    assert not any(text.startswith(("trên 100.000", "100.000", "1.000 trẻ")) for text in figures)
    assert "Trên 1.000 người" in figures  # `Trên` opening a sentence is "over": a count of its own


def test_a_record_in_a_sentence_glued_to_the_next_counts_for_neither_side_of_the_stop() -> None:
    text = (
        "Hội đồng thành phố Busan ngày 18/12 đã thông qua ngân sách năm tới trị giá 17.500 tỷ won, với 31 phiếu "
        "thuận, 11 phiếu chống và 3 phiếu trắng.Đây là lần đầu tiên sau 4 năm ngân sách được thông qua đúng hạn."
    )
    order = _order(summarize(text))
    assert order.index("31 phiếu thuận") < order.index("11 phiếu chống") < order.index("3 phiếu trắng")


def test_the_main_figure_of_a_sentence_the_next_calls_a_record_comes_before_details() -> None:
    text = (
        "Tỷ giá won/USD ngày 14/4 tăng 6,2 won so với phiên trước. Nhà đầu tư lo ngại về xung đột thương mại. Chỉ số "
        "KOSDAQ kết phiên ở mức 680,5 điểm, giảm 12,3 điểm so với phiên trước. Đây là mức đóng cửa thấp nhất trong "
        "năm. Các tổ chức đầu tư đã mua vào 450 tỷ won. Nhà đầu tư nước ngoài bán ròng 80 tỷ won."
    )
    order = _order(summarize(text))
    assert order.index("mức 680,5 điểm") < order.index("450 tỷ won")
    assert order.index("450 tỷ won") < order.index("12,3 điểm")  # only the sentence's main figure is the record's
    # … and a record of what happened, not of a level, lifts no figure of the sentence before
    event = text.replace("Đây là mức đóng cửa thấp nhất trong năm.", "Đây là lần đầu tiên chỉ số giảm 5 phiên liền.")
    assert _order(summarize(event)).index("450 tỷ won") < _order(summarize(event)).index("mức 680,5 điểm")


def test_a_price_per_share_ranks_as_money() -> None:
    text = (
        "Giá cổ phiếu của hãng chế tạo tàu HD Hyundai Heavy Industries đã tăng 8,4% lên mức 412.000 won/cổ phiếu "
        "trong phiên giao dịch ngày 5/2, nhờ đơn đặt hàng tàu chở khí đốt.Giá trị vốn hóa của hãng theo đó đạt "
        "36.500 tỷ won."
    )
    order = _order(summarize(text))
    assert order.index("mức 412.000 won/cổ phiếu") < order.index("36.500 tỷ won")


def test_a_rank_by_size_or_height_is_a_figure() -> None:
    figures = _figures("Nhật Bản hiện là thị trường du lịch lớn thứ 3 của Hàn Quốc.")
    assert [(f.text, f.unit) for f in figures.values()] == [("lớn thứ 3", "hạng")]
    assert "cao thứ tư" in _figures("Tỷ lệ cử tri đi bầu năm nay là mức cao thứ tư trong lịch sử.")


def test_what_the_people_counted_did_is_no_part_of_their_noun_so_the_count_keeps_a_context() -> None:
    online = _figures("Khoảng 40.000 người đã có mặt tại sân vận động. Trong khi đó, hơn 320.000 người xem trực tuyến.")
    assert online["hơn 320.000 người"].context == "hơn 320.000 người xem trực tuyến"
    ill = _figures("Tính đến nay đã có 1.870 người mắc các bệnh liên quan đến nắng nóng.")
    assert ill["1.870 người"].context.endswith("1.870 người mắc các bệnh liên quan đến nắng nóng")
    # … while views and cases are nouns written in two
    assert "80 triệu lượt xem" in _figures("Đoạn video đã đạt 80 triệu lượt xem trên YouTube.")
    assert "2.400 ca mắc" in _figures("Ngày 3/4, Hàn Quốc ghi nhận 2.400 ca mắc mới.")


def test_a_second_change_after_a_baseline_and_va_is_news_not_a_reference() -> None:
    summary = summarize(
        "Cục Thống kê cho biết chỉ số giá tiêu dùng tháng 8 là 114,5 điểm, tăng 0,4% so với tháng trước và tăng 3,1% so"
        " với cùng kỳ năm ngoái. Giá rau tăng 8,2%, trong đó giá cải thảo tăng 30,5%."
    )
    assert _order(summary)[:3] == ["114,5 điểm", "0,4%", "3,1%"]


def test_a_count_as_of_a_date_ends_before_tinh_den() -> None:
    # the unit had been `ca tính`
    text = "Số ca mắc sốt xuất huyết trong năm nay đã lên tới 166 ca tính đến ngày 20/10, tăng gấp 3 lần."
    assert _figures(text)["166 ca"].unit == "ca"
    assert _figures("Trường học đã mua thêm 50 máy tính mới cho học sinh.")["50 máy tính"].unit == "máy tính"


def test_medals_as_headlines_shorten_them_are_counted_and_ranked() -> None:
    # `HCV thứ 10` in the headline had matched nothing, and the final's score ranked first
    text = (
        "Cung thủ Lim Si-hyeon đã giành huy chương vàng nội dung cá nhân nữ sau khi đánh bại đồng đội với tỷ số 7-3 "
        "ngày 3/8, mang về huy chương vàng thứ 10 cho đoàn thể thao Hàn Quốc."
    )
    assert _order(summarize(text, title="Bắn cung giành HCV thứ 10 cho Hàn Quốc"))[0] == "huy chương vàng thứ 10"
    assert _figures("Đoàn thể thao giành 3 HCV và 5 HCB tại SEA Games.")["3 HCV"].unit == "HCV"


def test_a_golf_score_under_par_is_one_counted_noun() -> None:
    # `dưới` opens what a count is below (`dưới 18 tuổi`), but `dưới chuẩn` is par itself (it had been `18 gậy`)
    assert list(_figures("Tay golf Park In-bee vô địch với tổng điểm 18 gậy dưới chuẩn.")) == ["18 gậy dưới chuẩn"]


def test_first_after_a_number_is_said_of_the_noun_before_it_and_is_no_unit() -> None:
    figures = _figures("Hyundai ra mắt mẫu xe tự lái cấp độ 3 đầu tiên tại Hàn Quốc vào tháng 6.")
    assert "3 đầu tiên" not in figures
    assert "cấp độ 3" in figures


def test_a_stage_named_by_its_number_is_no_figure() -> None:
    figures = _figures("Tay đua Hàn Quốc đã về nhất tại chặng 4 giải đua xe đạp quốc tế với thời gian 3 giờ 12 phút.")
    assert list(figures) == ["3 giờ 12 phút"]  # (`4 giải đua xe đạp quốc tế` had been a count)


def test_the_size_of_a_pack_priced_ranks_after_the_price() -> None:
    summary = summarize("Giá bán lẻ dầu ăn loại 5 lít trung bình trên toàn quốc là 42.000 won, tăng 8,1%.")
    # (the pack's `5 lít` had ranked first, the first figure the lead states)
    assert _order(summary)[:2] == ["42.000 won", "8,1%"]


def test_a_headlines_share_is_no_count_of_the_same_value() -> None:
    summary = summarize(
        "Giá bán lẻ cà phê hạt loại 20 kg trên toàn quốc tuần này là 1,2 triệu won, tăng 20,4% so với năm ngoái.",
        title="Giá cà phê tăng 20% so với năm ngoái",
    )
    # (the headline's `20%` had put the pack's `20 kg` first)
    assert _order(summary)[0] != "20 kg"


def test_the_whole_year_a_target_is_for_is_no_part_of_its_unit() -> None:
    figures = _figures("Hiệp hội đặt mục tiêu xuất khẩu 3,2 triệu tấn gạo cả năm và mở thêm 12 thị trường mới.")
    # (it had been `3,2 triệu tấn gạo cả năm`)
    assert "3,2 triệu tấn gạo" in figures and figures["3,2 triệu tấn gạo"].unit == "tấn gạo"


def test_a_project_named_by_a_number_before_what_it_is_for_is_no_figure() -> None:
    figures = _figures("Quân đội đã khởi động dự án 1107 nhằm mua thêm 40 máy bay chiến đấu thế hệ mới.")
    # (`1107`, the project's name, had been a figure; and the fighters' unit had ended at `thế hệ`)
    assert list(figures) == ["40 máy bay chiến đấu thế hệ mới"]


def test_a_yield_per_an_area_written_with_thousands_reads_whole() -> None:
    figures = _figures("Năng suất ngô năm nay đạt 612 kg/1.000 m2, cao hơn năm ngoái. Giá là 3 triệu won/1.000 m2.")
    # (they had been `612 kg/1` and `3 triệu won/1`: the area cut at its thousands' dot)
    assert {"612 kg/1.000 m2", "3 triệu won/1.000 m2"} <= set(figures)


def test_a_teaser_cut_off_leaves_no_figure_nor_context_asking_for_what_was_cut() -> None:
    figures = _figures("Một vụ lở đất nghiêm trọng làm sập 12 căn nhà đã…")
    # (the figure had been `12 căn nhà đã…`, its noun running into the ellipsis)
    assert list(figures) == ["12 căn nhà"]
    assert figures["12 căn nhà"].context == "Một vụ lở đất nghiêm trọng làm sập 12 căn nhà"
    cut = _figures("Nhiệt độ thấp nhất tại Daegu sáng nay (3/1) đã giảm xuống âm 9,1 độ C, mức thấp nhất kể từ…")
    # (the context had ended `… thấp nhất kể từ`, where the teaser stopped)
    assert cut["âm 9,1 độ C"].context.endswith("âm 9,1 độ C, mức thấp nhất")


def test_how_much_later_something_opened_is_no_time_of_day() -> None:
    summary = summarize("Trong ngày thi, các ngân hàng mở cửa muộn hơn 1 giờ và các chuyến tàu chạy sớm 2 giờ.")
    # (`1 giờ` had been a "when": one o'clock)
    assert summary.when == ()


def test_the_month_a_future_is_due_holds_no_figure() -> None:
    summary = summarize("Giá khí đốt tự nhiên giao tháng 3 năm sau đã tăng 6,1% lên 4,2 USD/mmBtu ngày 9/12.")
    # (`3 năm`, from `tháng 3 năm sau`, had been a figure; the month stays out of "when")
    assert [n.text for n in summary.numbers] == ["6,1%", "4,2 USD/mmBtu"]
    assert summary.when == ("ngày 9/12",)


def test_how_far_back_a_record_past_a_thousands_figure_reaches_is_no_when() -> None:
    summary = summarize(
        "Chỉ số Kosdaq đóng cửa ở mức 1.012,5 điểm ngày 3/2, lần đầu tiên vượt mốc 1.000 điểm kể từ khi chỉ số này ra "
        "đời vào năm 1996."
    )
    # (`năm 1996` had been a "when": the dot in `1.000` had hidden the record before `kể từ`)
    assert summary.when == ("ngày 3/2",)
