"""What a figure measures: one clean span of its sentence, one pattern per test, on sentences written here."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot import summarize
from bot.summarizer.context import figure_context
from bot.summarizer.model import Figure
from bot.summarizer.phrase_tokens import Tokens
from bot.summarizer.phrase_words import DANGLING
from bot.summarizer.restated import restated_context
from bot.summarizer.text import clean_body


def _figure(text: str, figure_text: str) -> Figure:
    return next(f for f in summarize(text).numbers if f.text == figure_text)


def _context(sentence: str, figure: str) -> str:
    start = sentence.index(figure)
    return figure_context(sentence, start, start + len(figure), 0, len(sentence))


def test_the_subject_and_predicate_the_figure_belongs_to() -> None:
    text = "Theo đó chỉ số sản xuất công nghiệp tháng 5 đạt 112,4 điểm, giảm 1,2% so với tháng 4."
    assert _figure(text, "112,4 điểm").context == "chỉ số sản xuất công nghiệp tháng 5 đạt 112,4 điểm"


def test_a_change_keeps_its_baseline() -> None:
    text = "Giá nhà ở thủ đô tăng 2,1% so với cùng kỳ năm ngoái."
    assert _figure(text, "2,1%").context == "Giá nhà ở thủ đô tăng 2,1% so với cùng kỳ năm ngoái"


def test_a_predicate_after_a_comma_reaches_back_for_its_subject() -> None:
    text = "Doanh thu của hãng đạt 5.400 tỷ won, tăng 8% so với quý trước."
    assert _figure(text, "8%").context == "Doanh thu của hãng đạt 5.400 tỷ won, tăng 8% so với quý trước"


def test_a_contrasting_clause_is_not_crossed() -> None:
    text = "Lượng mưa tháng 7 giảm 30% so với tháng 6, nhưng tăng 12% so với cùng kỳ năm ngoái."
    assert _figure(text, "12%").context == "tăng 12% so với cùng kỳ năm ngoái"


def test_a_list_joined_by_va_stays_whole() -> None:
    text = "Giá rau, củ và trái cây tăng 4% so với tháng trước."
    assert _figure(text, "4%").context.startswith("Giá rau, củ và trái cây")


def test_two_clauses_with_figures_of_their_own_are_kept_apart() -> None:
    text = "Xuất khẩu ô tô tăng 5% còn nhập khẩu dầu thô giảm 3% trong tháng 9."
    assert _figure(text, "5%").context == "Xuất khẩu ô tô tăng 5%"
    assert _figure(text, "3%").context == "nhập khẩu dầu thô giảm 3% trong tháng 9"


def test_never_starts_inside_a_name() -> None:
    sentence = (
        "Trong khi đó, lượng khách du lịch đến từ Trung Quốc đại lục và các vùng lãnh thổ lân cận "
        "của nước này tiếp tục tăng 35% trong tháng 8."
    )
    context = _context(sentence, "35%")
    assert not context.startswith("Quốc")
    assert "35%" in context


def test_never_starts_inside_a_number() -> None:
    sentence = "Chỉ số giá đạt 104,73 điểm, giảm 0,7% so với tháng trước."
    context = _context(sentence, "0,7%")
    assert not context.startswith("73")
    assert context.startswith("Chỉ số giá")


def test_never_ends_on_a_word_that_needs_its_object() -> None:
    sentence = (
        "Giá cổ phiếu của hãng tăng 12% khi hãng này công bố một hợp đồng mới mang lại nguồn thu lớn cho các cổ đông."
    )
    context = _context(sentence, "12%")
    assert context.split()[-1] not in DANGLING
    assert context == "Giá cổ phiếu của hãng tăng 12%"


def test_a_short_aside_is_kept_whole() -> None:
    text = "Lợi nhuận quý II của hãng đạt 8.300 tỷ won (6,1 tỷ USD), tăng 9%."
    context = _figure(text, "6,1 tỷ USD").context
    assert context.endswith("(6,1 tỷ USD)")
    assert context.count("(") == context.count(")")


def test_a_figure_alone_in_its_clause_reaches_further_for_its_subject() -> None:
    text = (
        "Trận động đất mạnh ở miền nam đất nước hôm qua đã khiến ít nhất 23 người thiệt mạng "
        "và 4 người mất tích, chủ yếu ở các làng ven biển."
    )
    assert "khiến" in _figure(text, "4 người mất tích").context


def test_a_sentence_end_the_splitter_kept_is_not_crossed() -> None:
    sentence = "Hãng công bố kết quả quý I. Lợi nhuận của hãng đạt 900 tỷ won."
    assert _context(sentence, "900 tỷ won") == "Lợi nhuận của hãng đạt 900 tỷ won"


def test_a_leading_marker_is_left_out() -> None:
    text = "Ngoài ra, số người thất nghiệp giảm 4,5% trong quý."
    assert _figure(text, "4,5%").context.startswith("số người thất nghiệp")


def test_a_figure_with_no_words_around_it_has_no_context() -> None:
    assert _context("1.250", "1.250") == ""


PIECES = st.sampled_from(
    ["Chỉ số", " giá", " tiêu dùng", " đạt", " 104,73 điểm", ",", " giảm", " 0,7%", " so với", " tháng 10",
     " và", " nhưng", " tăng", " 2%", " Trung Quốc", " (4,2 tỷ USD)", ".", " của", " mang", " cùng kỳ",
     " năm ngoái", " hơn 1.200 người", " hai tháng liên tiếp", ";", " Theo đó", "\n", " “lớn”"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
@example(" hơn 1.200 người đạt Theo đó")  # a text cut off after the verb: its context had kept `đạt`
def test_every_context_is_a_clean_span_of_the_body_that_holds_its_figure(text: str) -> None:
    body = clean_body(text).body

    def clean_at(context: str, start: int) -> bool:
        end = start + len(context)
        return not (
            (body[start - 1 : start].isalnum() and context[0].isalnum())
            or (body[end : end + 1].isalnum() and context[-1].isalnum())
            or (re.search(r"\d[.,]$", body[max(0, start - 2) : start]) and context[0].isdigit())
        )

    for figure in summarize(text).numbers:
        # The same words may stand twice, once glued to a word (`sốChỉ số hơn 1.200 người`): one place
        # where they stand clean is the span the context was cut from.
        starts = [m.start() for m in re.finditer(re.escape(figure.context), body)]
        assert starts, figure
        assert figure.text in figure.context
        assert any(clean_at(figure.context, start) for start in starts), figure
        last = figure.context.split()[-1]
        # `… doanh thu giảm.`: a verb of change that closes its clause asks for nothing more
        closes = any(re.match(r"[,.;:!?]", body[start + len(figure.context) :]) for start in starts)
        assert last not in DANGLING or (last in ("tăng", "giảm") and closes), figure


def test_a_named_source_is_left_out() -> None:
    text = "Theo Tổng cục Du lịch Hàn Quốc (KTO), trong tháng 5 có 1,1 triệu khách nước ngoài tới Hàn Quốc."
    assert _figure(text, "1,1 triệu khách nước ngoài").context.startswith("trong tháng 5 có")


def test_a_bare_predicate_reaches_further_for_its_subject() -> None:
    sentence = (
        "Giá tiêu dùng nếu không tính các mặt hàng dễ biến động như rau quả tươi, xăng dầu và khí đốt "
        "nhập khẩu từ nước ngoài, tăng 2,8%."
    )
    assert _context(sentence, "2,8%").startswith("Giá tiêu dùng")


def test_song_phuong_is_a_word_not_a_conjunction() -> None:
    text = "Hai bên nhất trí nâng kim ngạch thương mại song phương lên 120 tỷ USD vào năm 2030."
    assert _figure(text, "120 tỷ USD").context.startswith("Hai bên nhất trí")


def test_con_between_two_clauses_keeps_them_apart_but_van_con_does_not() -> None:
    text = "Giá xăng vẫn còn cao hơn 8% so với năm ngoái."
    assert _figure(text, "8%").context.startswith("Giá xăng vẫn còn")
    text = "Xuất khẩu thép giảm 4% còn nhập khẩu thép tăng 2% trong quý."
    assert _figure(text, "2%").context == "nhập khẩu thép tăng 2% trong quý"


def test_a_leading_date_set_off_by_a_comma_is_left_out() -> None:
    sentence = (
        "Sau cuộc họp kéo dài của Ủy ban Chính sách tiền tệ thuộc Ngân hàng trung ương (BOK), "
        "ngày 22/8, ngân hàng này quyết định giữ nguyên lãi suất ở mức 3,25%."
    )
    assert _context(sentence, "mức 3,25%") == "ngân hàng này quyết định giữ nguyên lãi suất ở mức 3,25%"


def test_a_compound_that_ends_in_a_function_word_may_end_a_context() -> None:
    text = "Tòa án sẽ có tối đa 180 ngày để đưa ra phán quyết cuối cùng."
    assert _figure(text, "tối đa 180 ngày").context.endswith("phán quyết cuối cùng")


def test_xuong_con_is_not_a_conjunction() -> None:
    text = "Nhập khẩu giảm 2,4% xuống còn 50,7 tỷ USD."
    assert _figure(text, "50,7 tỷ USD").context == "Nhập khẩu giảm 2,4% xuống còn 50,7 tỷ USD"


def test_the_last_of_three_clauses_keeps_its_listed_subject() -> None:
    text = "Khu vực công nghiệp tăng 8,2%, khu vực dịch vụ tăng 7,4% và khu vực nông, lâm nghiệp và thủy sản tăng 3,3%."
    figures = {f.text: f.context for f in summarize(text).numbers}
    assert figures["7,4%"] == "Khu vực công nghiệp tăng 8,2%, khu vực dịch vụ tăng 7,4%"
    assert figures["3,3%"] == "khu vực nông, lâm nghiệp và thủy sản tăng 3,3%"


def test_a_date_that_is_the_subject_stays() -> None:
    sentence = "Ông cho biết ngày 3/12 đánh dấu tròn một năm sự kiện."
    assert _context(sentence, "tròn một năm") == "ngày 3/12 đánh dấu tròn một năm sự kiện"


def test_a_subject_figure_reaches_its_predicate_before_where_the_event_took_place() -> None:
    text = "Khoảng 1,2 triệu người đã tham gia lễ hội pháo hoa quốc tế Seoul diễn ra tối ngày 5/10 tại công viên."
    assert _figure(text, "Khoảng 1,2 triệu người").context == (
        "Khoảng 1,2 triệu người đã tham gia lễ hội pháo hoa quốc tế Seoul"
    )


def test_a_record_after_the_figures_clause_stays_with_the_figure() -> None:
    text = "Tên lửa bay khoảng 1.000 km trong 86 phút, thời gian bay dài nhất từ trước đến nay."
    assert _figure(text, "86 phút").context.endswith("trong 86 phút, thời gian bay dài nhất từ trước đến nay")
    plain = "Tên lửa bay khoảng 1.000 km trong 86 phút, rồi rơi xuống vùng biển phía Đông."
    assert _figure(plain, "86 phút").context.endswith("86 phút")
    # … whatever the measure the record is of (`mỏng nhất`, `trẻ nhất`, `rẻ nhất`)
    thin = "Mẫu máy tính bảng mới dày 5,1 mm, mỏng nhất từ trước đến nay."
    assert _figure(thin, "5,1 mm").context.endswith("5,1 mm, mỏng nhất từ trước đến nay")
    young = "Vận động viên này giành huy chương vàng khi mới 16 tuổi, trẻ nhất trong lịch sử giải đấu."
    assert _figure(young, "16 tuổi").context.endswith("16 tuổi, trẻ nhất trong lịch sử giải đấu")


def test_a_context_never_starts_inside_a_place_named_with_the_larger_ones_it_lies_in() -> None:
    crush = (
        "Vụ sập mái che xảy ra tại một khu chợ ở phường Jangan, quận Dongdaemun, thủ đô Seoul vào tối ngày 3/2 đã "
        "khiến 4 người thiệt mạng."
    )
    assert not _figure(crush, "4 người thiệt mạng").context.startswith(("quận", "thủ đô"))
    match = (
        "Đội tuyển bóng rổ Hàn Quốc thắng Philippines 86-70 tại nhà thi đấu Mall of Asia Arena, Philippines tối ngày "
        "2/3, lần đầu tiên thắng Philippines sau 6 năm."
    )
    assert _figure(match, "6 năm").context == "lần đầu tiên thắng Philippines sau 6 năm"


def test_a_reporter_that_is_also_the_actor_stays_in_the_context() -> None:
    acts = "Bộ Tài chính cho biết sẽ chi 5.000 tỷ won để hỗ trợ doanh nghiệp."
    assert _figure(acts, "5.000 tỷ won").context == "Bộ Tài chính cho biết sẽ chi 5.000 tỷ won để hỗ trợ doanh nghiệp"
    reports = "Bộ Tài chính cho biết giá xăng tăng 5% trong tháng 3."
    assert _figure(reports, "5%").context == "giá xăng tăng 5% trong tháng 3"


def test_a_context_may_end_before_the_means() -> None:
    text = "Trước đó, khoảng 220 người Hàn Quốc đã rời Israel bằng máy bay của hãng hàng không quốc gia."
    assert _figure(text, "khoảng 220 người").context == "Trước đó, khoảng 220 người Hàn Quốc đã rời Israel"


def test_a_context_never_starts_inside_a_name_nor_at_an_auxiliary_without_its_subject() -> None:
    text = "Bộ Văn hóa, Thể thao và Du lịch kỳ vọng chính sách này sẽ thu hút thêm khoảng 1 triệu lượt khách."
    assert _figure(text, "khoảng 1 triệu lượt khách").context == text[:-1]
    text = "Theo số liệu của Bộ Đất đai, hạ tầng và giao thông, giá nhà tăng 2,1%."
    assert _figure(text, "2,1%").context == "giá nhà tăng 2,1%"


def test_a_subject_figure_followed_by_an_aside_reaches_past_it_to_its_predicate() -> None:
    sentence = "Theo Bộ Y tế, khoảng 7.000 bác sĩ nội trú, tương đương 70% tổng số, sẽ trở lại làm việc từ ngày 1/9."
    assert _context(sentence, "khoảng 7.000 bác sĩ nội trú") == (
        "khoảng 7.000 bác sĩ nội trú, tương đương 70% tổng số, sẽ trở lại làm việc từ ngày 1/9"
    )


def test_a_context_never_starts_at_a_number_inside_a_range() -> None:
    sentence = "Tỷ lệ thất nghiệp của thanh niên trong độ tuổi từ 15 đến 29 trong tháng 10 là 5,9%."
    assert _context(sentence, "5,9%") == sentence.rstrip(".")


def test_a_record_counted_since_statistics_began_stays_whole_with_the_figure() -> None:
    text = "Tỷ lệ có việc làm đạt 70,1%, mức cao nhất kể từ khi bắt đầu thống kê vào năm 1982."
    assert _figure(text, "70,1%").context == text.rstrip(".")


def test_a_context_starts_after_a_clause_of_time_or_concession_not_inside_it() -> None:
    sentence = (
        "Trong khi kinh tế toàn cầu đang chững lại, xuất khẩu chất bán dẫn của Hàn Quốc trong tháng 11 vẫn tăng 30,8%."
    )
    assert _context(sentence, "30,8%") == "xuất khẩu chất bán dẫn của Hàn Quốc trong tháng 11 vẫn tăng 30,8%"
    sentence = "Mặc dù nhu cầu trong nước yếu, doanh thu của hãng vẫn đạt 62.000 tỷ won."
    assert _context(sentence, "62.000 tỷ won") == "doanh thu của hãng vẫn đạt 62.000 tỷ won"


def test_a_context_never_ends_on_half_of_sau_khi() -> None:
    sentence = (
        "Binh sĩ Bắc Triều Tiên đã vượt Đường phân giới quân sự khoảng 20 m vào sáng ngày 8/4 trước khi quay trở lại "
        "sau khi quân đội Hàn Quốc bắn cảnh cáo."
    )
    context = _context(sentence, "khoảng 20 m")
    assert not context.endswith((" sau", " trước", " trong"))
    assert "khoảng 20 m" in context


def test_a_context_starts_after_a_setting_of_occasion_and_an_anniversary_ranks_below_the_news() -> None:
    summary = summarize(
        "Ngày 15/8, nhân kỷ niệm 80 năm Ngày giải phóng dân tộc, Tổng thống Lee Jae Myung đã đặc xá cho 2.188 người."
    )
    assert [(f.text, f.context) for f in summary.numbers] == [
        ("2.188 người", "Tổng thống Lee Jae Myung đã đặc xá cho 2.188 người"),
        ("80 năm", "nhân kỷ niệm 80 năm Ngày giải phóng dân tộc"),
    ]


def test_a_context_never_starts_at_the_second_half_of_a_verb() -> None:
    sentence = (
        "Tập đoàn Lotte đã quyết định đóng cửa 20 cửa hàng bách hóa và siêu thị trên toàn quốc vào cuối năm nay do "
        "doanh số sụt giảm kéo dài, ảnh hưởng đến khoảng 3.000 nhân viên."
    )
    assert _context(sentence, "khoảng 3.000 nhân viên") == "ảnh hưởng đến khoảng 3.000 nhân viên"


def test_a_context_starts_after_an_aside_of_who_was_among_them() -> None:
    sentence = (
        "Một tàu cá chở 12 thuyền viên, trong đó có 6 người Việt Nam, đã bị lật ở vùng biển cách đảo Jeju khoảng "
        "20 km về phía tây."
    )
    assert _context(sentence, "khoảng 20 km").startswith("đã bị lật ở vùng biển cách đảo Jeju")
    breakdown = "Giá tiêu dùng tăng 3%, trong đó giá thực phẩm chế biến tăng 4,2%, bánh mỳ tăng 7,5%."
    assert _context(breakdown, "7,5%") == "giá thực phẩm chế biến tăng 4,2%, bánh mỳ tăng 7,5%"


def test_a_length_of_time_takes_what_it_is_counted_from() -> None:
    sentence = "Quốc hội đã thông qua dự luật với 180 phiếu thuận, 45 ngày sau khi Chính phủ trình dự luật lên."
    assert _context(sentence, "45 ngày") == "45 ngày sau khi Chính phủ trình dự luật lên"
    inside = "Ông Kim trở lại Seoul 3 năm kể từ khi rời nhiệm sở."
    assert _context(inside, "3 năm").endswith("3 năm kể từ khi rời nhiệm sở")


def test_an_occasion_takes_what_it_is_the_occasion_of() -> None:
    sentence = "Đây là lần thứ ba trong năm nay Nhật Bản xả nước thải đã qua xử lý ra biển."
    assert _context(sentence, "lần thứ ba") == sentence.rstrip(".")


def test_a_context_never_ends_on_dien_ra_without_where_or_when() -> None:
    sentence = (
        "Đội tuyển nữ Hàn Quốc đã thắng Úc trong trận đấu thuộc lượt trận thứ 4 vòng bảng giải vô địch châu Á "
        "diễn ra tại thành phố Sydney, Úc tối ngày 3/3."
    )
    context = _context(sentence, "trận thứ 4")
    assert not context.endswith("diễn ra")


def test_a_context_never_ends_on_to_chuc_before_when_it_was_held() -> None:
    sentence = (
        "Hội đồng thành phố đã phê duyệt khoản ngân sách bổ sung năm nay trị giá 120 tỷ won tại phiên họp thường kỳ "
        "tổ chức vào sáng ngày 4/6, sau nhiều tuần tranh luận."
    )
    context = _context(sentence, "120 tỷ won")
    assert "trị giá 120 tỷ won" in context
    assert not context.endswith("tổ chức")


def test_a_level_inside_a_closing_while_clause_keeps_its_subject_and_change() -> None:
    sentence = (
        "Giá vàng giao ngay tăng 1,2%, lên 2.410 USD/ounce, trong khi giá bạc giao ngay giảm 0,8%, xuống 28,4 "
        "USD/ounce."
    )
    assert _context(sentence, "28,4 USD/ounce") == "giá bạc giao ngay giảm 0,8%, xuống 28,4 USD/ounce"


def test_a_count_opening_its_sentence_reads_past_its_aside_to_a_predicate_that_ends_before_as_of() -> None:
    sentence = (
        "Khoảng 4.500 công nhân, chiếm 60% tổng số công nhân tại 12 nhà máy đóng tàu ở thành phố Ulsan, đã tham gia "
        "đình công tính đến 6 giờ chiều ngày 15/7 để đòi tăng lương."
    )
    assert _context(sentence, "Khoảng 4.500 công nhân").endswith("đã tham gia đình công")


def test_a_multiple_reads_on_to_what_it_multiplies_and_may_end_before_the_level_it_reaches() -> None:
    sentence = "Chính phủ sẽ tăng gấp đôi quỹ hỗ trợ song phương lên 48 triệu USD mỗi năm vào năm 2027."
    assert _context(sentence, "gấp đôi") == "Chính phủ sẽ tăng gấp đôi quỹ hỗ trợ song phương"
    record = "Giá vàng tăng 2,1%, lên mức cao nhất từ trước đến nay."
    assert _context(record, "2,1%") == "Giá vàng tăng 2,1%, lên mức cao nhất từ trước đến nay"  # a record still comes


def test_a_context_never_starts_right_after_an_aside_closes() -> None:
    sentence = (
        "Ngân hàng trung ương Hàn Quốc (BOK) ngày 11/7 đã tổ chức cuộc họp Ủy ban Chính sách tiền tệ lần thứ 5 "
        "trong năm nay."
    )
    assert not _context(sentence, "lần thứ 5").startswith("ngày 11/7")


def test_a_context_never_starts_at_the_larger_place_after_a_comma() -> None:
    sentence = (
        "Bộ trưởng Lao động ngày 3/9 đã tới thị sát hiện trường vụ nổ xảy ra tại một nhà máy hóa chất ở huyện Ulju, "
        "thành phố Ulsan, làm 4 công nhân bị thương nặng."
    )
    context = _context(sentence, "4 công nhân")
    assert not context.startswith(("thành phố", "Ulsan"))
    assert "4 công nhân bị thương nặng" in context


def test_a_place_after_a_comma_may_still_open_a_clause() -> None:
    sentence = "Theo các chuyên gia, Nhật Bản sẽ tăng chi tiêu quốc phòng thêm 9% trong năm tới."
    assert _context(sentence, "9%").startswith("Nhật Bản")


def test_a_context_never_cuts_a_purpose_clause_short() -> None:
    sentence = (
        "Bộ Tài chính ngày 3/4 công bố gói hỗ trợ trị giá 12.000 tỷ won dành cho các hộ kinh doanh nhỏ nhằm ứng phó "
        "với chi phí thuê mặt bằng tăng cao tại các khu chợ truyền thống trên toàn quốc."
    )
    context = _context(sentence, "12.000 tỷ won")
    assert context.endswith("dành cho các hộ kinh doanh nhỏ")


def test_a_figure_opening_a_clause_after_another_such_clause_starts_its_own_context() -> None:
    sentence = (
        "Trong số những người được hỏi, 61,2% cho biết họ lo ngại về giá nhà ở tại các thành phố lớn, "
        "23,5% lo ngại về việc làm, còn lại lo ngại về chi phí giáo dục."
    )
    assert _context(sentence, "23,5%") == "23,5% lo ngại về việc làm"
    list_of_losses = "Mưa lớn làm 300 ngôi nhà bị hư hỏng, 4.200 ha lúa bị ngập úng."
    assert _context(list_of_losses, "4.200 ha") == list_of_losses.rstrip(".")  # what caused both, once


def test_a_figure_opening_its_clause_takes_what_it_measures_from_its_right() -> None:
    sentence = (
        "Theo khảo sát, 48,9% sinh viên tốt nghiệp đại học cho rằng chi phí sinh hoạt tại thủ đô là trở ngại "
        "lớn nhất khi tìm việc."
    )
    assert _context(sentence, "48,9%") == (
        "48,9% sinh viên tốt nghiệp đại học cho rằng chi phí sinh hoạt tại thủ đô là trở ngại lớn nhất"
    )


def test_a_figure_after_a_predicate_keeps_the_subject_before_the_comma() -> None:
    sentence = "Xuất khẩu tháng 10 tăng 4,6% so với cùng kỳ năm ngoái, đạt 59,5 tỷ USD."
    assert _context(sentence, "59,5 tỷ USD") == "Xuất khẩu tháng 10 tăng 4,6% so với cùng kỳ năm ngoái, đạt 59,5 tỷ USD"


def test_a_part_named_after_trong_do_says_what_whole_it_is_part_of() -> None:
    text = "Đợt rét đậm khiến 1.240 người phải nhập viện trong tuần qua, trong đó 9 người tử vong."
    assert _figure(text, "9 người tử vong").context == (
        "1.240 người phải nhập viện trong tuần qua, trong đó 9 người tử vong"
    )
    no_count = "Vụ cháy làm nhiều người thương vong, trong đó 3 người thiệt mạng."
    assert _figure(no_count, "3 người thiệt mạng").context == no_count.rstrip(".")


def test_a_figure_opening_a_long_clause_is_not_lost_for_want_of_a_near_end() -> None:
    text = (
        "Khoảng 21.000 vận động viên đã tham gia giải chạy marathon quốc tế thành phố năm 2025 diễn ra vào sáng "
        "ngày 2/11 tại trung tâm Seoul."
    )
    assert _figure(text, "Khoảng 21.000 vận động viên").context == (
        "Khoảng 21.000 vận động viên đã tham gia giải chạy marathon quốc tế thành phố năm 2025 diễn ra vào sáng "
        "ngày 2/11"
    )


def test_a_sum_used_for_something_keeps_what_it_is_used_for() -> None:
    sentence = "Chính phủ sẽ chi 3.000 tỷ won, trong đó 800 tỷ won được dùng để hỗ trợ các hộ nông dân bị thiệt hại."
    assert _context(sentence, "800 tỷ won") == (
        "3.000 tỷ won, trong đó 800 tỷ won được dùng để hỗ trợ các hộ nông dân bị thiệt hại"
    )


def test_a_context_never_ends_inside_a_list_of_names() -> None:
    sentence = "Dự án trị giá khoảng 9 tỷ USD mà các doanh nghiệp như Hyundai Rotem và Hanwha Aerospace tham gia."
    context = _context(sentence, "khoảng 9 tỷ USD")
    assert not context.endswith("Hyundai Rotem") and context.startswith("Dự án trị giá khoảng 9 tỷ USD")
    assert _figure("Ba Lan mua 180 xe tăng trị giá 9 tỷ USD.", "180 xe tăng").unit == "xe tăng"
    listed = "Lượng khách tăng 15%, đứng thứ 5 sau Trung Quốc, Nhật Bản, Đài Loan và Mỹ."
    assert not _context(listed, "đứng thứ 5").endswith("Trung Quốc")


def test_a_counted_time_reads_on_to_its_event_when_nothing_ends_within_the_reach() -> None:
    sentence = "Đây là lần thứ 5 trong lịch sử câu lạc bộ giành chức vô địch giải đấu hàng đầu Hàn Quốc."
    assert _context(sentence, "lần thứ 5").endswith("giành chức vô địch giải đấu hàng đầu Hàn Quốc")
    # one that ends within it stays as short as it was
    short = "Đây là lần thứ tư liên tiếp BOK giữ nguyên lãi suất kể từ khi hạ lãi suất 0,25 điểm phần trăm hồi tháng 5."
    assert _context(short, "lần thứ tư liên tiếp") == "Đây là lần thứ tư liên tiếp BOK giữ nguyên lãi suất"


def test_a_first_in_so_long_never_reads_on_into_who_reported_it() -> None:
    sentence = "Giá vé sẽ tăng 150 won, lần tăng đầu tiên sau 2 năm, Chính quyền thành phố Seoul thông báo hôm 13/6."
    assert _context(sentence, "2 năm") == "Giá vé sẽ tăng 150 won, lần tăng đầu tiên sau 2 năm"
    # what was first, after the comma, is still read
    first = "Đây là lần đầu tiên sau 5 năm, ngân sách được thông qua đúng hạn."
    assert _context(first, "5 năm").endswith("ngân sách được thông qua đúng hạn")


def test_two_countries_people_come_from_are_one_phrase_of_the_counted_noun() -> None:
    # `và` between them had ended the clause, so `nhưng 4 thuyền viên` was all there was, and the toll went unsaid
    sentence = "Tàu cứu được 6 người, nhưng 4 thuyền viên người Việt Nam và Myanmar vẫn đang mất tích."
    assert _context(sentence, "4 thuyền viên") == "4 thuyền viên người Việt Nam và Myanmar vẫn đang mất tích"


def test_a_figure_before_a_long_aside_reaches_its_predicate_after_it() -> None:
    text = (
        "Khoảng 3.400 giáo viên mầm non, tương đương 41% tổng số giáo viên mầm non công lập của thành phố, đã tham "
        "gia cuộc đình công để yêu cầu tăng lương."
    )
    assert _figure(text, "Khoảng 3.400 giáo viên mầm non").context == (
        "Khoảng 3.400 giáo viên mầm non, tương đương 41% tổng số giáo viên mầm non công lập của thành phố, đã tham "
        "gia cuộc đình công"
    )


def test_a_context_never_starts_inside_a_list_of_names() -> None:
    text = (
        "Các hãng hàng không giá rẻ của Hàn Quốc như Jeju Air, T'way Air và Jin Air sẽ tăng thêm 120 chuyến bay "
        "mỗi tuần."
    )
    assert _figure(text, "120 chuyến bay mỗi tuần").context.startswith("Các hãng hàng không")
    assert "T'way Air" in [w.name for w in summarize(text).who]


def test_a_context_never_starts_at_the_year_that_ends_a_name() -> None:
    text = (
        "Hội nghị thượng đỉnh Diễn đàn hợp tác kinh tế châu Á-Thái Bình Dương (APEC) 2025 đã khai mạc tại thành phố "
        "Gyeongju, tỉnh Bắc Gyeongsang vào ngày 31/10 với sự tham dự của lãnh đạo 21 nền kinh tế thành viên."
    )
    assert not _figure(text, "21 nền kinh tế thành viên").context.startswith("2025")


def test_a_figure_after_its_verb_alone_reaches_further_left_for_its_subject() -> None:
    text = (
        "Giá trị đầu tư trực tiếp nước ngoài (FDI) đăng ký vào Hàn Quốc trong năm 2024 đạt 34,57 tỷ USD, tăng "
        "5,6% so với năm trước."
    )
    assert _figure(text, "34,57 tỷ USD").context.startswith("Giá trị đầu tư trực tiếp nước ngoài (FDI)")


def test_a_figure_linked_to_a_subject_far_left_reaches_it() -> None:
    text = (
        "Tỷ giá won/USD trên thị trường ngoại hối Seoul đóng cửa phiên giao dịch ngày 19/12 ở mức 1.451,9 won đổi "
        "1 USD."
    )
    assert _figure(text, "mức 1.451,9 won").context.startswith("Tỷ giá won/USD")


def test_a_clause_of_time_ends_at_its_own_comma_not_at_a_places() -> None:
    text = (
        "Máy bay chở 181 người đã gặp nạn khi hạ cánh xuống sân bay Muan, tỉnh Nam Jeolla vào sáng ngày 29/12, "
        "khiến 179 người thiệt mạng."
    )
    assert not _figure(text, "179 người thiệt mạng").context.startswith("tỉnh Nam Jeolla")


def test_a_va_closing_a_nouns_list_is_no_clause_boundary() -> None:
    text = "Vụ cháy lan rộng ra 5 thành phố và huyện, thiêu rụi khoảng 45.000 ha rừng, khiến 26 người thiệt mạng."
    assert not _figure(text, "26 người thiệt mạng").context.startswith("huyện")


def test_con_meaning_remains_is_no_clause_break_but_after_a_figure_it_is() -> None:
    assert _figure("Ulsan HD dẫn 7 điểm khi giải còn 2 vòng đấu.", "2 vòng đấu").context == (
        "Ulsan HD dẫn 7 điểm khi giải còn 2 vòng đấu"
    )
    assert _figure("Xuất khẩu tăng 5 điểm còn nhập khẩu giảm 3%.", "3%").context == "nhập khẩu giảm 3%"
    remaining = "Tuần duyên cứu được 8 người, 2 người còn lại vẫn đang mất tích."
    assert _figure(remaining, "2 người").context.endswith("2 người còn lại vẫn đang mất tích")


def test_a_share_of_a_group_reaches_what_the_group_did() -> None:
    assert _figure("Khảo sát cho thấy 78,4% người dân lo ngại về tình trạng già hóa dân số.", "78,4%").context == (
        "78,4% người dân lo ngại về tình trạng già hóa dân số"
    )


def test_a_share_won_with_reaches_who_won_it() -> None:
    text = (
        "Ứng cử viên Lee Jae Myung đã đắc cử Tổng thống thứ 21 của Hàn Quốc trong cuộc bầu cử sớm ngày 3/6 với 49,42% "
        "số phiếu bầu, đánh bại ứng cử viên Kim Moon-soo với 41,15%."
    )
    assert _figure(text, "49,42%").context == (
        "Ứng cử viên Lee Jae Myung đã đắc cử Tổng thống thứ 21 của Hàn Quốc trong cuộc bầu cử sớm ngày 3/6 với 49,42% "
        "số phiếu bầu"
    )


def test_a_count_left_in_a_plight_reaches_the_plight() -> None:
    text = "Tuyết rơi dày từ ngày 27/11 đã khiến hơn 200 chuyến bay tại các sân bay Gimpo và Incheon bị hủy."
    assert _figure(text, "hơn 200 chuyến bay").context.endswith("tại các sân bay Gimpo và Incheon bị hủy")


def test_a_later_item_of_a_list_of_plights_reaches_the_plight() -> None:
    text = "Mưa lũ khiến hơn 2.200 người dân phải đi sơ tán, 1.900 ngôi nhà và khoảng 1.000 chuồng gia súc bị hư hỏng."
    assert _figure(text, "1.900 ngôi nhà").context.endswith("1.900 ngôi nhà và khoảng 1.000 chuồng gia súc bị hư hỏng")


def test_a_figure_with_no_clean_start_near_it_reaches_its_subject() -> None:
    text = (
        "Ngân hàng Trung ương Hàn Quốc (BOK) ngày 29/5 quyết định hạ lãi suất cơ bản thêm 0,25 điểm phần trăm "
        "xuống còn 2,5%."
    )
    assert _figure(text, "0,25 điểm phần trăm").context.startswith("Ngân hàng Trung ương Hàn Quốc (BOK)")


def test_an_anniversary_with_no_clean_start_near_it_starts_at_its_occasion() -> None:
    text = (
        "Bắc Triều Tiên đã tổ chức lễ duyệt binh quy mô lớn tại Quảng trường Kim Il Sung ở Bình Nhưỡng vào tối ngày "
        "10/10 nhân dịp kỷ niệm 80 năm thành lập Đảng Lao động Triều Tiên."
    )
    assert _figure(text, "80 năm").context == "nhân dịp kỷ niệm 80 năm thành lập Đảng Lao động Triều Tiên"


def test_a_context_never_ends_inside_doi_voi_vua_va_nho_or_ngay_tu_khi() -> None:
    text = (
        "LG Electronics công bố lợi nhuận quý III giảm 8,4%, trong khi doanh thu tăng 5,3% lên mức cao kỷ lục 22.176 "
        "tỷ won đối với một quý III."
    )
    assert not _figure(text, "5,3%").context.endswith(" đối")
    sme = "Bộ công bố gói hỗ trợ trị giá 30.000 tỷ won dành cho các doanh nghiệp vừa và nhỏ, tiểu thương gặp khó khăn."
    assert _figure(sme, "30.000 tỷ won").context.endswith("dành cho các doanh nghiệp vừa và nhỏ")
    record = "Nhóm nhạc là nghệ sĩ đầu tiên có 7 album liên tiếp đứng đầu bảng xếp hạng này ngay từ khi phát hành."
    assert not _figure(record, "7 album liên tiếp").context.endswith(" ngay")


def test_flights_to_and_from_a_place_and_a_share_of_a_count_are_read_whole() -> None:
    text = (
        "Khoảng 200 chuyến bay đi và đến sân bay quốc tế Jeju đã bị hủy trong ngày 8/1 do bão tuyết, khiến hàng nghìn "
        "hành khách bị mắc kẹt."
    )
    flights = _figure(text, "Khoảng 200 chuyến bay")  # once, with no unit `chuyến bay đi`, no figure at all
    assert flights.unit == "chuyến bay"
    assert flights.context.startswith("Khoảng 200 chuyến bay đi và đến sân bay quốc tế Jeju đã bị hủy")
    wins = (
        "Với kết quả này, đội tuyển Hàn Quốc đã thắng 4 trong 6 trận gần nhất dưới thời huấn luyện viên Hong Myung-bo."
    )
    assert "thắng 4 trong 6 trận gần nhất" in _figure(wins, "4 trong 6 trận").context


def test_a_context_never_ends_at_the_va_inside_an_offices_name() -> None:
    text = (
        "Chị Hoa đã được trao giải thưởng lớn tại Lễ trao giải Phụ nữ di cư xuất sắc lần thứ 15 do Bộ Bình đẳng giới "
        "và Gia đình tổ chức ngày 20/5."
    )
    assert not _figure(text, "lần thứ 15").context.endswith("Bộ Bình đẳng giới")


def test_a_context_never_starts_after_the_va_inside_an_offices_name() -> None:
    text = (
        "Học sinh 15 tuổi của Hàn Quốc đạt 527 điểm môn toán trong kỳ đánh giá năm 2022 của Tổ chức Hợp tác và Phát "
        "triển Kinh tế (OECD), xếp thứ nhất trong số 37 nước thành viên."
    )
    assert not _figure(text, "xếp thứ nhất").context.startswith("Phát triển Kinh tế")


def test_con_before_a_plight_means_still_and_a_nationality_is_no_unit() -> None:
    text = (
        "Lực lượng bảo vệ bờ biển đã cứu được 4 người, trong đó có 2 người quốc tịch Việt Nam, và đang tìm kiếm 6 "
        "người còn mất tích."
    )
    assert _figure(text, "6 người").context.endswith("6 người còn mất tích")
    assert _figure(text, "2 người").unit == "người"


def test_trong_va_ngoai_nuoc_is_one_phrase_and_mat_khoang_a_length() -> None:
    text = (
        "Ủy ban Thương mại Công bằng Hàn Quốc (KFTC) ngày 18/1 đã phạt 23 hãng vận tải biển trong và ngoài nước tổng "
        "cộng 96,2 tỷ won."
    )
    assert not _figure(text, "96,2 tỷ won").context.startswith("ngoài nước")
    trip = summarize("Thời gian di chuyển từ Seoul đến Busan dự kiến mất khoảng 9 giờ 10 phút.")
    assert [f.text for f in trip.numbers] == ["khoảng 9 giờ 10 phút"] and not trip.when


def test_provinces_and_cities_are_one_phrase_the_context_reads_through() -> None:
    found = summarize("Tính đến 6 giờ chiều cùng ngày, 10.372 người dân tại 13 tỉnh, thành đã phải sơ tán.").numbers
    assert found[0].text == "10.372 người dân"
    assert found[0].context.endswith("tại 13 tỉnh, thành đã phải sơ tán")


def test_a_part_introduced_by_trong_do_co_says_what_it_is_part_of() -> None:
    found = summarize(
        "Một vụ hỏa hoạn đã xảy ra tại nhà máy pin ở thành phố Hwaseong ngày 24/6, khiến 23 công nhân thiệt mạng, "
        "trong đó có 18 người lao động nước ngoài."
    ).numbers
    part = next(f for f in found if f.text == "18 người lao động nước ngoài")
    assert part.context == "23 công nhân thiệt mạng, trong đó có 18 người lao động nước ngoài"
    # the whole is a count, never the length of time after it
    counted = _figure(
        "Bộ Y tế cho biết đã ghi nhận 31 ca mắc sốt xuất huyết ở người tại Đà Nẵng trong 3 tuần đầu tháng, trong đó "
        "có 2 ca tử vong.",
        "2 ca tử vong",
    )
    assert counted.context.startswith("31 ca mắc sốt xuất huyết")


def test_a_context_may_end_before_what_the_thing_is_worth() -> None:
    weighed = _figure(
        "Cơ quan Hải quan Hàn Quốc ngày 9/5 cho biết đã bắt giữ 4 người nước ngoài, gồm 3 người Nga và 1 người Mông "
        "Cổ, vì tội buôn lậu khoảng 6 kg cần sa trị giá 9 tỷ won vào Hàn Quốc qua cảng Busan bằng đường biển.",
        "khoảng 6 kg",
    )
    assert weighed.context.endswith("khoảng 6 kg cần sa")


def test_a_context_never_starts_at_the_figure_that_ended_the_clause_before() -> None:
    text = (
        "Tổng thống Lee Jae-myung đã hội đàm với Tổng thống Indonesia Prabowo Subianto tại Phủ Tổng thống ở thủ đô "
        "Jakarta ngày 12/11 trong khuôn khổ chuyến thăm cấp nhà nước Indonesia kéo dài 4 ngày, nhất trí phấn đấu nâng "
        "kim ngạch thương mại song phương lên 50 tỷ USD vào năm 2030."
    )
    context = _figure(text, "50 tỷ USD").context
    assert context == "nhất trí phấn đấu nâng kim ngạch thương mại song phương lên 50 tỷ USD vào năm 2030"


def test_an_anniversary_reads_through_what_it_is_of_between_two_sides() -> None:
    text = "Tháng 4 tới đánh dấu 135 năm thiết lập quan hệ ngoại giao chính thức giữa Hàn Quốc và Italy."
    assert _figure(text, "135 năm").context == (
        "Tháng 4 tới đánh dấu 135 năm thiết lập quan hệ ngoại giao chính thức giữa Hàn Quốc và Italy"
    )


def test_a_bare_change_whose_subject_is_out_of_reach_starts_at_the_amount_it_changes() -> None:
    sentence = (
        "Lễ hội pháo hoa quốc tế Seoul năm 2026 đã được tổ chức tại công viên Yeouido bên bờ sông Hàn vào tối ngày "
        "4/10, với khoảng 1,07 triệu khán giả tham dự, tăng 70.000 người so với năm ngoái."
    )
    assert (
        _context(sentence, "70.000 người")
        == "với khoảng 1,07 triệu khán giả tham dự, tăng 70.000 người so với năm ngoái"
    )


def test_an_anniversary_reads_through_next_year_at_the_end_of_its_sentence() -> None:
    sentence = (
        "Thành phố Busan sẽ tổ chức lễ hội pháo hoa quy mô lớn nhân dịp kỷ niệm 20 năm lễ hội ra đời vào năm tới."
    )
    assert _context(sentence, "20 năm").endswith("kỷ niệm 20 năm lễ hội ra đời vào năm tới")


def test_a_context_never_ends_on_a_period_it_does_not_name() -> None:
    sentence = (
        "Tập đoàn LG ngày 9/4 công bố kế hoạch chi 11 tỷ USD cho nghiên cứu pin thể rắn trong giai đoạn từ năm 2026 "
        "đến năm 2030 tại trụ sở ở Seoul."
    )
    context = _context(sentence, "11 tỷ USD")
    assert not context.endswith(("giai đoạn", "trong"))
    assert context.startswith("kế hoạch chi 11 tỷ USD cho nghiên cứu pin")


def test_a_context_never_starts_inside_the_setting_that_opens_its_sentence() -> None:
    sentence = (
        "Trong bối cảnh lãi suất giảm và nhu cầu thuê văn phòng hồi phục, giá thuê văn phòng tại thành phố Busan "
        "trong quý III đã tăng 1,6% so với quý trước, mức tăng mạnh nhất trong 2 năm."
    )
    assert _context(sentence, "2 năm").startswith("giá thuê văn phòng tại thành phố Busan")


def test_a_share_a_report_gives_reaches_what_the_share_says() -> None:
    sentence = (
        "Khảo sát do Viện Nghiên cứu Y tế và Xã hội thực hiện với 5.000 người trưởng thành cho thấy 41,3% số người "
        "được hỏi cho rằng chi phí nuôi con là lý do chính khiến họ không sinh con."
    )
    assert "cho rằng chi phí nuôi con là lý do chính" in _context(sentence, "41,3%")


def test_an_editor_s_label_opening_the_lead_is_no_part_of_the_story() -> None:
    cleaned = clean_body("[Tin nóng] Một trận động đất mạnh 3,9 độ richter đã xảy ra ở Gongju.\nTin [cập nhật] sau.")
    assert cleaned.body == "Một trận động đất mạnh 3,9 độ richter đã xảy ra ở Gongju.\nTin [cập nhật] sau."
    summary = summarize("[Tin nóng] Một trận động đất mạnh 3,9 độ richter đã xảy ra ở Gongju ngày 4/5.")
    assert summary.what.startswith("Một trận động đất")
    assert all(not f.context.startswith("[") for f in summary.numbers)


def test_a_count_after_a_clock_time_reads_from_its_own_clause_not_from_the_time() -> None:
    sentence = (
        "Tên lửa đẩy do Hàn Quốc tự phát triển đã được phóng thành công từ bãi phóng ở huyện Goheung, tỉnh Nam "
        "Jeolla lúc 1 giờ 13 phút sáng ngày 27/11, đưa một vệ tinh quan sát cùng 12 vệ tinh cỡ nhỏ lên quỹ đạo."
    )
    assert _context(sentence, "12 vệ tinh") == "đưa một vệ tinh quan sát cùng 12 vệ tinh cỡ nhỏ lên quỹ đạo"


def test_a_figure_s_clause_does_not_start_inside_an_office_whose_fields_are_listed() -> None:
    sentence = (
        "Nhân dịp kỳ nghỉ Tết Trung thu kéo dài 10 ngày, Bộ Đất đai, hạ tầng và giao thông dự báo sẽ có tổng cộng "
        "32,18 triệu lượt người di chuyển."
    )
    assert _context(sentence, "32,18 triệu").startswith("Bộ Đất đai, hạ tầng và giao thông dự báo")


def test_a_country_after_its_state_is_no_start_when_the_phrase_goes_on_with_voi() -> None:
    sentence = (
        "Tập đoàn Samsung Electronics đang xem xét xây dựng nhà máy sản xuất chip thứ hai tại bang Texas, Mỹ với "
        "tổng vốn đầu tư khoảng 37 tỷ USD."
    )
    assert not _context(sentence, "khoảng 37 tỷ USD").startswith("Mỹ")


def test_a_day_told_from_the_day_of_writing_is_left_out_and_a_change_keeps_the_count_it_changes() -> None:
    sentence = (
        "Hôm nay (13/11), 554.174 thí sinh trên cả nước đã tham dự kỳ thi năng lực đại học năm 2026, tăng 31.504 "
        "người so với năm ngoái."
    )
    assert _context(sentence, "554.174 thí sinh").startswith("554.174 thí sinh trên cả nước đã tham dự")
    assert _context(sentence, "31.504 người").startswith("554.174 thí sinh trên cả nước")


def test_a_finding_a_study_shows_reads_from_after_cho_thay() -> None:
    sentence = (
        "Một khảo sát do Bộ Bình đẳng giới và Gia đình thực hiện với 2.000 học sinh tiểu học và trung học cho thấy "
        "trẻ em sử dụng điện thoại thông minh trung bình 4 tiếng 48 phút mỗi ngày."
    )
    assert _context(sentence, "4 tiếng 48 phút").startswith("trẻ em sử dụng điện thoại thông minh")


def test_a_country_after_a_state_named_with_its_unit_is_no_start() -> None:
    sentence = (
        "Nhà máy sản xuất xe điện của Hyundai tại bang Georgia, Mỹ đã chính thức đi vào hoạt động từ ngày 26/3, với "
        "công suất 300.000 xe mỗi năm."
    )
    assert not _context(sentence, "300.000 xe").startswith("Mỹ")


def test_a_country_after_a_city_named_after_tai_is_no_start() -> None:
    sentence = (
        "Đoàn vận động viên Việt Nam tham dự giải vô địch điền kinh châu Á tổ chức tại Gold Coast, Australia đã giành "
        "được 4 huy chương vàng."
    )
    assert not _context(sentence, "4 huy chương vàng").startswith("Australia")  # Australia won nothing


def test_a_count_that_opens_its_clause_reaches_its_predicate_past_an_aside_on_it() -> None:
    missing = (
        "Cảnh sát biển đã cứu được 5 người, trong đó có 2 người Indonesia, nhưng 3 người còn lại, đều là người Việt "
        "Nam, vẫn đang mất tích."
    )
    assert _context(missing, "3 người") == "3 người còn lại, đều là người Việt Nam, vẫn đang mất tích"
    marched = "Hơn 300 người, phần lớn là sinh viên, đã tham gia cuộc tuần hành tại Seoul."
    assert _context(marched, "300 người") == marched.rstrip(".")
    # an aside with no predicate after it is no aside on the count: the context stays the count
    listed = "Khoảng 200 người, chủ yếu là người cao tuổi, người khuyết tật và trẻ em."
    assert _context(listed, "200 người") == "Khoảng 200 người"


def test_a_count_that_opens_its_clause_after_a_setting_keeps_the_noun_joined_to_it() -> None:
    sentence = "Trong ngày hội, khoảng 500 học sinh và giáo viên đã cùng nhau trồng 2.000 cây xanh tại công viên."
    context = _context(sentence, "khoảng 500 học sinh")
    assert context.endswith("khoảng 500 học sinh và giáo viên đã cùng nhau trồng 2.000 cây xanh")


def test_a_context_never_ends_on_a_purpose_that_is_only_its_verb() -> None:
    sentence = "Các tình nguyện viên đã quyên góp được 300 triệu won để tặng cho các gia đình có hoàn cảnh khó khăn."
    assert not _context(sentence, "300 triệu won").endswith("để tặng")


def test_a_list_of_names_ending_on_numbers_is_read_whole() -> None:
    sold = "Các mẫu xe Galaxy 7, Galaxy 8 và Sorento Hybrid đã bán được 300.000 chiếc trong năm ngoái."
    assert _context(sold, "300.000 chiếc").startswith("Các mẫu xe Galaxy 7, Galaxy 8 và Sorento Hybrid")


def test_the_region_of_the_country_a_state_lies_in_is_no_start() -> None:
    sentence = (
        "Một chiếc xe tải chở 38 công nhân đã lao xuống con sông sâu khoảng 15 m ở bang Bihar, miền Đông Ấn Độ, vào "
        "tối 2/5, khiến ít nhất 12 người thiệt mạng và 5 người bị thương nặng."
    )
    assert not _context(sentence, "ít nhất 12 người thiệt mạng").startswith("miền Đông")


def test_a_part_of_the_day_and_its_date_set_off_by_commas_is_no_start() -> None:
    sentence = (
        "Một chiếc xe tải chở 38 công nhân đã lao xuống con sông sâu khoảng 15 m ở bang Bihar, miền Đông Ấn Độ, vào "
        "tối 2/5, khiến ít nhất 12 người thiệt mạng và 5 người bị thương nặng."
    )
    assert _context(sentence, "ít nhất 12 người thiệt mạng").startswith("khiến ít nhất 12 người thiệt mạng")


def test_an_anniversary_after_nhan_reads_from_nhan() -> None:
    sentence = (
        "Bắc Triều Tiên đã tổ chức lễ duyệt binh quy mô lớn tại quảng trường Kim Il Sung ở Bình Nhưỡng vào tối ngày "
        "10/10 nhân kỷ niệm 80 năm thành lập đảng Lao động, trong đó lần đầu tiên trình diễn tên lửa Hwasong-20."
    )
    assert _context(sentence, "80 năm") == "nhân kỷ niệm 80 năm thành lập đảng Lao động"


def test_a_context_never_ends_on_a_dash() -> None:
    sentence = "Số người thất nghiệp dài hạn tháng 11 là 130.000 người – mức cao nhất trong 4 năm – theo Cục Thống kê."
    assert not _context(sentence, "130.000 người").endswith(("–", "—"))


def test_a_context_never_ends_between_two_days_of_one_date() -> None:
    text = (
        "Nữ ca sĩ IU đã tổ chức 2 đêm diễn tại Sân vận động Olympic ở Seoul vào ngày 21 và 22/9, thu hút tổng cộng "
        "100.000 khán giả."
    )
    assert not _context(text, "2 đêm diễn").endswith("ngày 21")


def test_a_context_never_ends_on_living_before_where() -> None:
    text = (
        "Cơ quan quản lý dịch bệnh Hàn Quốc ngày 8/4 cho biết một người đàn ông ở độ tuổi 70 sống tại tỉnh Gangwon đã "
        "được xác nhận nhiễm hội chứng sốt giảm tiểu cầu nặng do bọ ve truyền."
    )
    assert not _context(text, "tuổi 70").endswith("sống")


def test_a_figure_whose_subject_is_out_of_reach_keeps_its_own_predicate() -> None:
    text = (
        "Lực lượng cảnh sát biển Hàn Quốc đã bắt giữ hai tàu cá Trung Quốc đánh bắt trái phép trong vùng đặc quyền "
        "kinh tế của Hàn Quốc ở vùng biển phía tây nam đảo Jeju vào ngày 1/12 và thu giữ khoảng 3 tấn hải sản."
    )
    assert _context(text, "khoảng 3 tấn hải sản") == "thu giữ khoảng 3 tấn hải sản"


def test_a_distance_from_two_places_never_starts_at_the_larger_one() -> None:
    context = _context(
        "Một tàu cá chở 19 người, trong đó có 8 thuyền viên người Philippines, đã bị lật và chìm ở vùng biển cách đảo "
        "Chuja, tỉnh Jeju khoảng 18 km về phía Tây Bắc.",
        "khoảng 18 km",
    )
    assert not context.startswith("tỉnh Jeju") and "cách đảo Chuja, tỉnh Jeju khoảng 18 km" in context


def test_a_count_that_opens_its_sentence_keeps_a_long_predicate_that_holds_a_name() -> None:
    sentence = (
        "850.000 người đã xem trực tiếp lễ bế mạc Liên hoan âm nhạc quốc tế Jarasum lần thứ 21 qua các nền tảng "
        "trực tuyến vào tối ngày 6/10, mức cao nhất từ trước đến nay."
    )
    assert _context(sentence, "850.000 người").startswith("850.000 người đã xem trực tiếp lễ bế mạc")
    assert _figure(sentence, "850.000 người").context.endswith("qua các nền tảng trực tuyến vào tối ngày 6/10")


def test_a_context_moved_past_another_figure_never_starts_at_the_country_after_a_city() -> None:
    sentence = (
        "Đội tuyển Hàn Quốc đã giành 3 huy chương vàng và 2 huy chương bạc tại kỳ thi Olympic Hóa học quốc tế lần thứ "
        "57 diễn ra tại Zurich, Thụy Sĩ từ ngày 5 đến ngày 14/7, xếp thứ 4 toàn đoàn."
    )
    context = _figure(sentence, "xếp thứ 4").context
    assert not context.startswith("Thụy Sĩ")


def test_a_part_with_a_predicate_of_its_own_still_says_what_whole_it_is_part_of() -> None:
    sentence = "Mùa đông năm nay có 214 người bị ngộ độc khí than, trong đó 31% là trẻ em dưới 10 tuổi."
    assert _context(sentence, "31%") == "214 người bị ngộ độc khí than, trong đó 31% là trẻ em dưới 10 tuổi"


def test_a_list_of_places_that_ends_the_clause_is_read_whole() -> None:
    sentence = "Số du học sinh tăng mạnh, trong đó 58% đến từ Việt Nam và Mông Cổ."
    assert _context(sentence, "58%").endswith("58% đến từ Việt Nam và Mông Cổ")
    second_clause = "Hãng đã bán 2 triệu chiếc máy giặt ở Mỹ và LG cũng tăng doanh số tại châu Âu."
    assert "LG cũng" not in _context(second_clause, "2 triệu chiếc máy giặt")


def test_a_context_never_parts_a_word_written_in_two() -> None:
    sentence = (
        "Từ ngày 1/6, đảo Gado sẽ mở cửa trở lại với khách du lịch, sau 2 năm 4 tháng du khách không được tự do lên "
        "đảo tham quan."
    )
    assert not _context(sentence, "2 năm").endswith(" tự")


def test_an_anniversary_inside_an_events_name_starts_where_the_events_phrase_opens() -> None:
    sentence = (
        "Chủ tịch Quốc hội Hàn Quốc Woo Won-shik đã đến thủ đô Hà Nội bằng chuyên cơ vào sáng ngày 1/9 để dự lễ mít "
        "tinh kỷ niệm 80 năm Quốc khánh Việt Nam."
    )
    assert _context(sentence, "80 năm").startswith("dự lễ mít tinh kỷ niệm 80 năm")


def test_a_figure_of_a_concession_opening_the_sentence_keeps_its_conjunction() -> None:
    sentence = "Mặc dù doanh thu tăng 3,2%, lợi nhuận của hãng trong quý II vẫn giảm 12%."
    assert _context(sentence, "3,2%") == "Mặc dù doanh thu tăng 3,2%"  # never `dù | doanh thu …`
    mid = "Lợi nhuận của hãng mặc dù giảm 12% so với năm trước, vẫn cao hơn dự báo."
    assert not _context(mid, "12%").startswith(("mặc dù", "dù"))  # with its subject before it, `dù` opens nothing


def test_a_context_never_starts_inside_tuy_nhien() -> None:
    sentence = (
        "Hai nước sẽ tập trận chung trong 11 ngày từ ngày 18/8, với sự tham gia của khoảng 18.000 binh sĩ, tuy nhiên "
        "khoảng một nửa trong số 40 cuộc diễn tập sẽ được hoãn sang tháng 9."
    )
    assert _context(sentence, "40 cuộc diễn tập").startswith("khoảng một nửa")  # never `nhiên khoảng …`


def test_an_age_bound_keeps_its_and_above() -> None:
    context = _context(
        "Cơ quan y tế khuyến cáo người cao tuổi từ 65 tuổi trở lên và trẻ em tiêm vắc-xin sớm.", "65 tuổi"
    )
    assert context.endswith("từ 65 tuổi trở lên")


def test_a_context_never_starts_at_the_country_after_a_city() -> None:
    text = (
        "Đội tuyển bóng chuyền nữ Hàn Quốc đã thắng Thái Lan 3-1 tại Riyadh, Saudi Arabia vào ngày 9/5, giành vé dự "
        "vòng chung kết lần đầu tiên sau 12 năm."
    )
    assert _figure(text, "12 năm").context == "giành vé dự vòng chung kết lần đầu tiên sau 12 năm"


def test_a_context_never_starts_at_the_va_after_a_comma() -> None:
    text = (
        "Dịch cúm gia cầm được phát hiện tại một trang trại ở huyện Eumseong, và toàn bộ 42.000 con gà tại trang trại "
        "này đã bị tiêu hủy."
    )
    assert _figure(text, "42.000 con gà").context.startswith("toàn bộ 42.000 con gà")


def test_a_context_never_ends_on_a_use_untold() -> None:
    engine = "Viện nghiên cứu đã chế tạo động cơ có lực đẩy 75 tấn dùng cho tên lửa đẩy thế hệ mới của Hàn Quốc."
    assert not _context(engine, "75 tấn").endswith("dùng")


def test_a_context_reads_next_whole() -> None:
    cancelled = "Máy bay có vết nứt trên thân, buộc hãng phải hủy 6 chuyến bay tiếp theo."
    assert _context(cancelled, "6 chuyến bay").endswith("hủy 6 chuyến bay tiếp theo")


def test_a_count_that_opens_its_clause_reads_on_over_a_noun_joined_to_it() -> None:
    sentence = "Bộ Y tế ngày 3/3 cho biết khoảng 6.120 bác sĩ nội trú và thực tập sinh đã quay trở lại làm việc."
    assert _context(sentence, "khoảng 6.120 bác sĩ nội trú").endswith("và thực tập sinh đã quay trở lại làm việc")
    aside = (
        "Bộ Y tế cho biết khoảng 6.120 bác sĩ nội trú và thực tập sinh, tương đương 45% tổng số, đã quay trở lại làm "
        "việc."
    )
    assert _context(aside, "khoảng 6.120 bác sĩ nội trú").endswith("đã quay trở lại làm việc")


def test_a_part_reads_from_the_count_it_is_part_of_not_from_a_change_of_it() -> None:
    sentence = (
        "Tính từ ngày 20/5, đã có 2.140 người phải điều trị các bệnh do nắng nóng, tăng 17% so với cùng kỳ năm ngoái, "
        "trong đó có 12 người tử vong."
    )
    assert _context(sentence, "12 người tử vong").startswith("2.140 người phải điều trị")


def test_a_context_never_starts_at_the_number_of_a_season_or_a_round() -> None:
    sentence = (
        "Loạt phim truyền hình “Vườn sao băng” phần 2 của Netflix đã đứng đầu bảng xếp hạng phim truyền hình không "
        "nói tiếng Anh của Netflix trong tuần đầu tiên ra mắt với 41,3 triệu lượt xem."
    )
    assert not _context(sentence, "41,3 triệu lượt xem").startswith("2 ")


def test_a_context_never_starts_at_the_last_items_of_a_list() -> None:
    sentence = (
        "Các doanh nghiệp hai nước đã ký kết 12 hợp đồng hợp tác trong các lĩnh vực năng lượng, xây dựng và y tế với "
        "tổng giá trị khoảng 9 tỷ USD tại thủ đô Abu Dhabi ngày 3/5."
    )
    context = _context(sentence, "khoảng 9 tỷ USD")
    assert not context.startswith(("xây dựng", "y tế"))


def test_a_context_never_starts_at_a_list_item_after_a_comma() -> None:
    sentence = (
        "Bộ Nông nghiệp cho biết kể từ năm sau, các chú ngựa nghiệp vụ của cảnh sát, quân đội và hải quan sẽ được nghỉ "
        "hưu sau tối đa 12 năm làm việc."
    )
    assert not _context(sentence, "tối đa 12 năm").startswith("quân đội")


def test_a_context_never_ends_between_thay_and_vi() -> None:
    sentence = (
        "Hai nước đã đạt được thỏa thuận vào ngày 8/8, theo đó Mỹ sẽ áp mức thuế 18% đối với hàng hóa nhập khẩu từ "
        "Nhật Bản thay vì mức 30% như đã thông báo trước đó."
    )
    assert not _context(sentence, "18%").endswith(" thay")


def test_a_context_never_starts_inside_a_list_of_numbers() -> None:
    text = (
        "Tàu điện chỉ chạy 70% số chuyến, trong khi xe buýt tuyến số 2, 5 và 9 do thành phố vận hành chỉ chạy khoảng "
        "60% số chuyến thường ngày."
    )
    assert _figure(text, "khoảng 60%").context.startswith("xe buýt tuyến số 2, 5 và 9")


def test_a_share_in_words_and_its_restated_percentage_read_on_to_what_the_group_did() -> None:
    text = (
        "Hơn một nửa (53,2%) số sinh viên năm cuối ở độ tuổi 22 và 23 cho biết muốn làm việc tại các doanh nghiệp "
        "lớn ở Seoul, theo khảo sát của Bộ Giáo dục."
    )
    expected = "Hơn một nửa (53,2%) số sinh viên năm cuối ở độ tuổi 22 và 23 cho biết muốn làm việc"
    assert _context(text, "Hơn một nửa").startswith(expected)
    assert _context(text, "53,2%").startswith(expected)


def test_what_was_first_in_so_many_years_follows_the_years() -> None:
    text = "Đây là lần đầu tiên sau 7 năm đội tuyển bóng chuyền nữ Hàn Quốc giành quyền tham dự giải vô địch thế giới."
    assert _context(text, "7 năm").endswith("giành quyền tham dự giải vô địch thế giới")


def test_a_context_may_end_after_phat_hien_before_tai() -> None:
    text = "Ngay sáng hôm sau, khoảng 150 quả bóng bay chứa rác đã được phát hiện tại nhiều địa phương của Hàn Quốc."
    assert _context(text, "khoảng 150 quả bóng bay chứa rác").endswith("chứa rác đã được phát hiện")


def test_a_share_restating_a_count_in_an_aside_says_what_it_is_a_share_of() -> None:
    sentence = (
        "Bộ Quốc phòng ngày 4/3 công bố kết quả kiểm tra, theo đó 18 trong số 52 đơn vị pháo binh tuyến đầu, tương "
        "đương 35%, không đạt tiêu chuẩn sẵn sàng chiến đấu."
    )
    share = _figure(sentence, "35%")
    assert "18 trong số 52 đơn vị pháo binh tuyến đầu, tương đương 35%" in share.context
    alone = _figure("Hơn 4.100 người, tương đương 12%, đã bỏ phiếu trống trong cuộc bầu cử ngày 3/6.", "12%")
    assert alone.context.startswith("Hơn 4.100 người, tương đương 12%")


def test_a_figure_ending_its_context_keeps_the_bound_after_it() -> None:
    sentence = (
        "Tính đến ngày 30/6, số người từ 80 tuổi trở lên đăng ký cư trú tại thành phố Busan là 201.300 người, chiếm 6% "
        "dân số thành phố."
    )
    age = _figure(sentence, "80 tuổi")
    assert "từ 80 tuổi trở lên" in age.context


def test_a_noun_joined_to_a_count_never_ends_its_context_on_a_link_word() -> None:
    assert not _context("Khoảng 300 công nhân và so với, đã nghỉ việc.", "Khoảng 300 công nhân").endswith("so với")


def test_a_context_may_end_before_the_means_it_comes_through() -> None:
    sentence = (
        "Bộ Tài chính cho biết gói cứu trợ dành cho các doanh nghiệp nhỏ gồm 8.500 tỷ won tín dụng ưu đãi thông qua "
        "Ngân hàng Công nghiệp Hàn Quốc (IBK)."
    )
    assert _context(sentence, "8.500 tỷ won").endswith("8.500 tỷ won tín dụng ưu đãi")


def test_a_part_reads_from_the_count_it_is_part_of_not_from_a_multiple() -> None:
    sentence = (
        "KDCA cho biết từ đầu năm đến nay đã ghi nhận 120 ca mắc ho gà, gấp 3 lần so với cùng kỳ năm ngoái, trong đó "
        "85 ca là trẻ em dưới 10 tuổi."
    )
    assert _context(sentence, "85 ca").startswith("120 ca mắc ho gà")


def test_a_share_reads_on_through_the_total_it_is_of() -> None:
    sentence = "Cuộc đình công đã khiến 64,1% trong tổng số 3.100 chuyến xe buýt của tỉnh Gyeonggi ngừng chạy."
    assert "trong tổng số 3.100 chuyến xe buýt" in _context(sentence, "64,1%")


def test_a_restated_count_at_the_very_start_of_a_sentence_is_read_whole() -> None:
    sentence = "8 trong số 60 giám đốc điều hành, tương đương 13%, đã bị thay thế."
    start = sentence.index("13%")
    context = restated_context(sentence, start, start + 3, 0, len(sentence))
    assert context is not None and context.startswith("8 trong số 60 giám đốc")


def test_a_count_that_opens_its_clause_reaches_what_befell_it() -> None:
    text = "Tất cả 48 chuyến phà đi và đến cảng Mokpo trong ngày hôm nay đã bị hủy."
    assert _figure(text, "48 chuyến phà").context.endswith("cảng Mokpo trong ngày hôm nay đã bị hủy")


def test_a_subject_count_reads_through_a_list_of_places_to_its_predicate() -> None:
    text = "Khoảng 3.200 hộ dân ở thành phố Gangneung và huyện Samcheok bị mất nước sinh hoạt."
    assert _figure(text, "Khoảng 3.200 hộ dân").context.endswith("và huyện Samcheok bị mất nước sinh hoạt")


def test_a_reported_subject_count_reaches_its_predicate() -> None:
    text = "Ban tổ chức cho biết toàn bộ 12.000 chiếc vé của buổi diễn đã được bán hết chỉ trong vòng 30 phút."
    assert _figure(text, "12.000 chiếc vé").context.startswith("toàn bộ 12.000 chiếc vé của buổi diễn đã được bán hết")


def test_a_subject_count_never_reads_past_a_second_count_to_the_predicate() -> None:
    text = "Khoảng 300 người ở Busan và 200 người ở Ulsan đã phải sơ tán."
    assert "200 người" not in _figure(text, "Khoảng 300 người").context


def test_a_toll_that_holds_what_befell_it_is_kept_though_the_next_clause_is_another_count() -> None:
    story = summarize("Ba công nhân đã tử vong và một người khác bị thương nặng sau khi bị rơi từ tầng 20 của tòa nhà.")
    assert [f.text for f in story.numbers][:1] == ["Ba công nhân đã tử vong"]
    assert story.numbers[0].context == "Ba công nhân đã tử vong"
    # a count that says nothing of what befell it still needs words around it
    assert [f.text for f in summarize("Ba ngư dân và một người khác.").numbers] == []


def test_a_span_closed_by_its_comma_is_not_counted_from_the_clause_after_it() -> None:
    sentence = (
        "Giá dầu thô đã vượt mốc 100 USD/thùng ngày 7/3, lần đầu tiên sau 7 năm 8 tháng, sau khi Tổ chức các nước "
        "xuất khẩu dầu mỏ (OPEC) quyết định cắt giảm mạnh sản lượng khai thác trong năm nay."
    )
    assert _context(sentence, "8 tháng").endswith("lần đầu tiên sau 7 năm 8 tháng")
    # `kể từ` after the comma restates where the span starts, and stays
    restated = "Số trẻ sinh ra trong tháng 3 là 27.100 trẻ, mức thấp nhất trong 40 tháng, kể từ tháng 12 năm 2015."
    assert _context(restated, "40 tháng").endswith("kể từ tháng 12 năm 2015")


def test_what_was_first_in_so_many_years_follows_the_comma_after_the_years() -> None:
    text = "Đây là lần đầu tiên sau 5 năm, ngân sách được Quốc hội thông qua đúng thời hạn luật định."
    assert _context(text, "5 năm").endswith("ngân sách được Quốc hội thông qua đúng thời hạn luật định")
    # a clause of why after that comma is no part of it
    why = "Giá dầu đã vượt mốc 100 USD/thùng, lần đầu tiên sau 7 năm, sau khi OPEC quyết định cắt giảm sản lượng."
    assert _context(why, "7 năm").endswith("lần đầu tiên sau 7 năm")


def test_a_long_clause_after_the_first_in_years_ends_where_it_may() -> None:
    text = (
        "Đây là lần đầu tiên sau 17 năm, mức lương tối thiểu được quyết định thông qua thỏa thuận giữa giới chủ và"
        " người lao động trong Ủy ban."
    )
    context = _context(text, "17 năm")
    assert context.startswith("Đây là lần đầu tiên sau 17 năm, mức lương tối thiểu được quyết định")
    assert not context.endswith("giữa giới chủ")  # between one, and the other untold


def test_a_context_never_ends_between_the_first_of_two_and_the_other() -> None:
    text = "Cuộc đàm phán về 2 hiệp định thương mại giữa Hàn Quốc và các nước Trung Đông sẽ bắt đầu vào năm sau."
    assert not _context(text, "2 hiệp định thương mại").endswith("giữa Hàn Quốc")


def test_a_share_of_a_group_reads_to_what_the_group_said_when_its_clause_ends_soon() -> None:
    text = (
        "Theo khảo sát, 62,4% người trưởng thành chưa kết hôn trong độ tuổi 20-39 cho biết họ không có ý định sinh con."
    )
    assert _context(text, "62,4%").endswith("cho biết họ không có ý định sinh con")
    # a change is no share of a group: its context stays as it was
    change = "Ngược lại, xuất khẩu ô tô giảm 4,3% xuống còn 5,9 tỷ USD do ảnh hưởng của thuế quan Mỹ."
    assert _context(change, "4,3%").endswith("xuống còn 5,9 tỷ USD")


def test_a_length_of_time_reads_its_long_anchor_to_where_it_may_end_never_to_its_subject_alone() -> None:
    text = (
        "Tòa án Hiến pháp ngày 4/4 đã nhất trí phế truất Tổng thống Yoon Suk Yeol, 111 ngày sau khi Quốc hội thông qua"
        " đề nghị luận tội ông vì ban bố thiết quân luật ngày 3/12 năm ngoái."
    )
    assert _context(text, "111 ngày") == "111 ngày sau khi Quốc hội thông qua đề nghị luận tội ông"
    # a clause of time never ends on who acts in it (`… sau khi Quốc hội |`), nor on a name right after `khi`
    tokens = Tokens(text, 0, len(text))
    assert not tokens.clean_end(tokens.raw.index("hội") + 1, len(tokens.raw))
    fed = "Giá vàng tăng khi Fed tại cuộc họp tháng 9 quyết định hạ lãi suất."
    fed_tokens = Tokens(fed, 0, len(fed))
    assert not fed_tokens.clean_end(fed_tokens.raw.index("Fed") + 1, len(fed_tokens.raw))


def test_a_change_after_a_figure_in_a_trong_khi_clause_is_that_figures_change() -> None:
    text = (
        "Số người có việc làm tăng 193.000 người, trong khi tỷ lệ thất nghiệp của thanh niên từ 15 đến 29 tuổi lên tới"
        " 5,9%, tăng 0,5 điểm phần trăm."
    )
    assert _context(text, "0,5 điểm phần trăm").startswith("tỷ lệ thất nghiệp của thanh niên")
    # a clause after the `trong khi` clause's comma with a subject of its own still starts there
    other = "Trong khi kinh tế toàn cầu chững lại, xuất khẩu của Hàn Quốc tăng 30,8%."
    assert _context(other, "30,8%").startswith("xuất khẩu của Hàn Quốc")


def test_a_span_of_time_opening_the_sentence_reads_on_to_what_happened_after_it() -> None:
    text = "Sau 3 năm gián đoạn, Hàn Quốc và Trung Quốc đã nối lại cuộc đối thoại chiến lược tại Seoul vào ngày 12/6."
    assert _context(text, "3 năm").startswith("Sau 3 năm gián đoạn, Hàn Quốc và Trung Quốc đã nối lại cuộc đối thoại")


def test_a_va_joining_two_nouns_of_the_clause_before_is_no_clause_joint() -> None:
    text = (
        "Trong năm 2025 đã có 35.000 vụ lừa đảo qua điện thoại và tin nhắn được báo cáo, gây thiệt hại khoảng 1.200 tỷ"
        " won."
    )
    assert not _context(text, "khoảng 1.200 tỷ won").startswith("tin nhắn")
    # a `và` that opens a clause with its own count still starts the next figure's context
    both = "Sương mù đã khiến 87 chuyến bay bị hủy và hơn 200 chuyến bị hoãn, ảnh hưởng đến khoảng 30.000 hành khách."
    assert _context(both, "khoảng 30.000 hành khách").startswith("hơn 200 chuyến bị hoãn")


def test_a_figure_opening_its_clause_after_a_comma_reads_on_to_what_it_did() -> None:
    sentence = "Trong cuộc họp, 4 trên 6 thành viên Hội đồng chính sách tiền tệ ủng hộ việc giữ nguyên lãi suất."
    assert _context(sentence, "4 trên 6 thành viên").endswith("ủng hộ việc giữ nguyên lãi suất")
    text = "Trong cuộc họp, 4 trên 6 thành viên hội đồng ủng hộ việc giữ nguyên lãi suất."
    assert {f.text for f in summarize(text).numbers} == {"4 trên 6 thành viên hội đồng"}  # no verb in the unit


def test_a_count_described_by_two_ages_reads_on_to_its_toll() -> None:
    for toll in ("bị thương nặng", "thiệt mạng", "tử vong"):
        sentence = f"Vụ tai nạn giao thông trên đường cao tốc đã khiến hai anh em 12 tuổi và 9 tuổi {toll}."
        assert _context(sentence, "hai anh em").endswith(f"hai anh em 12 tuổi và 9 tuổi {toll}")
    # a count that is no toll's reads on to no toll
    sentence = "Vụ tai nạn đã khiến hai anh em 12 tuổi và 9 tuổi, cùng mẹ của họ, phải nhập viện điều trị."
    assert "phải nhập viện" not in _context(sentence, "hai anh em")


def test_a_baseline_period_is_never_cut_from_its_which() -> None:
    text = (
        "Giá thuê văn phòng hạng A tại khu trung tâm Yeouido đã tăng 0,42% trong tuần thứ ba của tháng 10"
        " so với tuần trước đó."
    )
    context = _figure(text, "0,42%").context
    assert not context.endswith("so với tuần")
    assert "0,42% trong tuần thứ ba của tháng 10" in context


def test_a_context_never_ends_on_a_motion_cut_from_where_it_went() -> None:
    text = (
        "Một chiếc xe khách chở 31 du khách đã lao xuống vực sâu khoảng 15 m trên quốc lộ 7 đoạn qua huyện Jeongseon,"
        " tỉnh Gangwon vào khoảng 9 giờ sáng ngày 3/2."
    )
    context = _figure(text, "31 du khách").context
    assert context.startswith("Một chiếc xe khách chở 31 du khách")
    assert not context.endswith("lao")


def test_a_context_never_opens_on_the_and_that_joins_it_to_an_aside() -> None:
    text = "Vụ sập giàn giáo khiến 3 công nhân thiệt mạng, trong đó có 1 người Việt Nam, và 9 công nhân khác bị thương."
    assert not _figure(text, "9 công nhân khác bị thương").context.startswith("và ")


def test_a_caused_count_whose_sentence_ends_on_a_toll_word_reads_to_the_end() -> None:
    # `chết` is a toll of one word: the sentence's last token, with no second word after it
    text = "Các vụ tai nạn trên công trường khiến 3 thi thể đã được khám nghiệm để xác định nguyên nhân cái chết."
    assert "3 thi thể" in _figure(text, "3 thi thể").context


def test_a_context_never_parts_a_period_from_the_word_that_makes_it_next_or_last() -> None:
    # `tháng 4 năm | sau` would say April of any year; `3 năm | trước khi …` may end before its clause of time
    text = (
        "Ban nhạc sẽ tổ chức chuyến lưu diễn vòng quanh châu Âu và châu Mỹ với 52 buổi diễn tại 20 thành phố lớn"
        " khác nhau bắt đầu từ tháng 4 năm sau."
    )
    assert not _figure(text, "52 buổi diễn").context.endswith((" năm", " bắt đầu"))


def test_a_context_never_opens_on_an_apposition_as_if_it_were_the_subject() -> None:
    text = (
        "Bộ phim hoạt hình của đạo diễn Yeon Sang-ho, người từng làm phim Chuyến tàu sinh tử, đã thu hút 3,2 triệu "
        "lượt khán giả trong 10 ngày."
    )
    assert _figure(text, "3,2 triệu lượt khán giả").context.startswith("Bộ phim hoạt hình của đạo diễn Yeon Sang-ho,")


def test_a_context_never_ends_inside_both_of_a_pair() -> None:
    text = (
        "Mức lương tối thiểu năm sau là 10.500 won mỗi giờ, tăng 3% so với năm nay, lần đầu tiên sau 12 năm được quyết "
        "định bằng sự đồng thuận của cả giới chủ và người lao động."
    )
    assert _figure(text, "12 năm").context.endswith("của cả giới chủ và người lao động")
    whole = "Giá xăng tăng 3% trên cả nước và xuất khẩu giảm 5% trong tháng 10."
    assert _figure(whole, "3%").context == "Giá xăng tăng 3% trên cả nước"  # `cả nước`: the whole country, no pair


def test_dong_thoi_after_a_verb_means_at_once_and_joins_no_clauses() -> None:
    text = "Hai vụ cháy bùng phát đồng thời tại huyện Uiseong và huyện Sancheong đã thiêu rụi 4.000 ha rừng."
    assert _figure(text, "4.000 ha").context.startswith("Hai vụ cháy bùng phát đồng thời")
    joined = "Giá xăng tăng 2%, đồng thời giá dầu diesel tăng 3%."
    assert _figure(joined, "3%").context == "giá dầu diesel tăng 3%"


def test_a_context_never_starts_at_the_larger_unit_of_a_place_nor_on_a_clock_time_and_its_date() -> None:
    text = (
        "Nhiệt độ tại Seoul giảm xuống âm 15 độ C, trong khi nhiệt độ tại huyện Yanggu, tỉnh Gangwon xuống tới âm "
        "22,4 độ C."
    )
    assert _figure(text, "âm 22,4 độ C").context.startswith("nhiệt độ tại huyện Yanggu, tỉnh Gangwon")
    area = text.replace("huyện Yanggu", "khu vực Hyangnobong")
    assert _figure(area, "âm 22,4 độ C").context.startswith("nhiệt độ tại khu vực Hyangnobong, tỉnh Gangwon")
    clocked = (
        "Vào lúc 3 giờ 10 phút sáng ngày 7/3, lửa từ một vụ cháy nhà kho ở xã Okgye, thành phố Gangneung đã lan sang "
        "vùng núi lân cận, khiến hơn 20 cư dân trong khu vực phải sơ tán."
    )
    assert _figure(clocked, "hơn 20 cư dân").context.startswith("lửa từ một vụ cháy nhà kho")


def test_a_clock_time_is_no_figure_whose_clause_a_later_va_would_end() -> None:
    sentence = (
        "Công đoàn đường sắt đã bắt đầu cuộc tổng đình công từ 9 giờ sáng ngày 5/12, khiến số chuyến tàu điện ngầm "
        "và tàu cao tốc KTX giảm khoảng 30%."
    )
    assert _context(sentence, "khoảng 30%") == "khiến số chuyến tàu điện ngầm và tàu cao tốc KTX giảm khoảng 30%"


def test_a_toll_whose_mishap_is_out_of_reach_reads_from_what_caused_it_not_inside_the_subject() -> None:
    sentence = (
        "Một tòa nhà chung cư đang trong giai đoạn xây dựng phần mái tại khu đô thị mới Gwanggyo ở thành phố Suwon,"
        " tỉnh Gyeonggi đã bị đổ sập vào khoảng 10 giờ 20 phút sáng ngày 14/3, khiến 3 công nhân thiệt mạng và 9"
        " người khác bị thương."
    )
    assert _context(sentence, "3 công nhân thiệt mạng") == "khiến 3 công nhân thiệt mạng và 9 người khác bị thương"


def test_a_start_that_fell_on_an_auxiliary_moves_to_the_figures_own_predicate() -> None:
    sentence = (
        "Đoạn đường cao tốc mới nối thành phố Sejong với thành phố Anseong của tỉnh Gyeonggi đã chính thức thông xe từ"
        " sáng ngày 1/3, rút ngắn thời gian đi lại giữa hai thành phố từ 1 giờ 10 phút xuống còn 48 phút."
    )
    assert _context(sentence, "48 phút") == (
        "rút ngắn thời gian đi lại giữa hai thành phố từ 1 giờ 10 phút xuống còn 48 phút"
    )
    # … never past the figure's own clause (`giảm | 0,06 trẻ`, too short to say what it measures) to one further back
    sentence = (
        "Tổng tỷ suất sinh của phụ nữ Hàn Quốc trong độ tuổi sinh đẻ tính trung bình trong quý vừa qua ở khu vực thủ đô"
        " và các tỉnh lân cận đã xuống còn 0,72 trẻ, cũng là mức thấp nhất tính theo quý III, giảm 0,06 trẻ so với cùng"
        " kỳ năm ngoái."
    )
    assert _context(sentence, "0,06 trẻ").startswith("đã xuống còn 0,72 trẻ, cũng là mức thấp nhất")


def test_a_verb_and_the_threshold_it_passed_are_no_context_without_what_passed_it() -> None:
    sentence = "Doanh thu du lịch nội địa của tỉnh Jeju trong năm nay lần đầu tiên vượt ngưỡng 7.000 tỷ won."
    assert _context(sentence, "7.000 tỷ won") == sentence.rstrip(".")


def test_a_length_of_time_reads_its_anchor_to_what_it_concerns() -> None:
    text = (
        "Bộ Tư pháp ngày 2/6 đã dẫn độ trùm ma túy Park Wang-yeol về nước, 5 năm sau khi Philippines chấp thuận yêu cầu"
        " dẫn độ liên quan đến hàng loạt vụ giết người và buôn bán ma túy xuyên quốc gia mà ông ta bị cáo buộc."
    )
    assert _context(text, "5 năm") == "5 năm sau khi Philippines chấp thuận yêu cầu dẫn độ"


def test_a_context_starts_after_in_return_which_opens_a_statement_of_its_own() -> None:
    text = (
        "Hai bên đã ký thỏa thuận vào ngày 2/5, theo đó Nhật Bản sẽ giảm thuế nhập khẩu ô tô xuống 10%, thấp hơn mức"
        " đã thỏa thuận trước đây, đổi lại Hàn Quốc sẽ mua thêm 20 tỷ USD khí hóa lỏng của Nhật Bản."
    )
    assert _context(text, "20 tỷ USD") == "Hàn Quốc sẽ mua thêm 20 tỷ USD khí hóa lỏng của Nhật Bản"
    # … while a time that closes its clause before the figure's is the figure's own
    timed = "Bộ Công nghiệp cho biết trong tháng 3, xuất khẩu ô tô của Hàn Quốc đạt 6,2 tỷ USD."
    assert _context(timed, "6,2 tỷ USD").startswith("trong tháng 3, xuất khẩu ô tô")


def test_a_noun_qualified_by_a_pair_of_opposites_keeps_both() -> None:
    jobs = "Bộ Công nghiệp dự kiến nhà máy mới sẽ tạo ra khoảng 9.000 việc làm trực tiếp và gián tiếp."
    assert _context(jobs, "9.000 việc làm trực tiếp").endswith("trực tiếp và gián tiếp")
    firms = "Năm nay có 1.300 doanh nghiệp lớn và vừa tham gia triển lãm."
    assert _context(firms, "1.300 doanh nghiệp lớn").endswith("lớn và vừa tham gia triển lãm")


def test_a_count_of_things_then_named_reads_the_list_whole_or_stops_before_it() -> None:
    short = "Hàn Quốc miễn thị thực cho công dân 3 thành phố là Hải Phòng, Cần Thơ và Huế."
    assert _context(short, "3 thành phố").endswith("là Hải Phòng, Cần Thơ và Huế")
    # … and a list too long for the reach, whose name has a lower-case half, is never cut after its first name
    long = (
        "Hàn Quốc miễn thị thực cho công dân 3 thành phố lớn nhất của Việt Nam là Hà Nội, Thành phố Hồ Chí Minh và"
        " Đà Nẵng."
    )
    assert not _context(long, "3 thành phố lớn").endswith("Hà Nội")


def test_a_context_never_ends_before_bilateral_as_if_song_were_but() -> None:
    sentence = "Úc là đối tác thương mại lớn thứ tư của Hàn Quốc với kim ngạch thương mại song phương đạt 61 tỷ USD."
    assert not _context(sentence, "lớn thứ tư").endswith("kim ngạch thương mại")


def test_a_parachute_is_no_conjunction_the_context_ends_before() -> None:
    # `nhảy | dù` had been cut as if `dù` (although) opened a clause: `… đã nhảy`
    sentence = "Cả hai phi công trên máy bay đã nhảy dù thoát hiểm an toàn xuống biển."
    assert _context(sentence, "hai phi công").endswith("nhảy dù thoát hiểm an toàn xuống biển")
    # `dù` alone still opens a clause of its own
    assert "dù" not in _context("Xuất khẩu tăng 5,2% dù nhu cầu thế giới giảm mạnh.", "5,2%")


def test_a_context_never_ends_inside_what_a_share_is_reckoned_by() -> None:
    sentence = (
        "Hyundai và Kia đã chiếm lần lượt 11,2% và 8,4% thị phần ô tô điện châu Âu tính theo số xe bán ra trong tháng "
        "10 năm nay, theo hiệp hội các nhà sản xuất ô tô châu Âu."
    )
    context = _context(sentence, "11,2%")
    # (it had ended `… thị phần ô tô điện châu Âu tính`)
    assert not context.endswith((" tính", " tính theo"))
    assert "thị phần ô tô điện châu Âu" in context


def test_a_context_opens_after_a_day_told_from_the_day_of_writing_with_its_date_in_brackets() -> None:
    text = "Hôm qua (ngày 3/5), giá vàng trong nước đã tăng lên 650.000 won/gram, cao nhất từ trước đến nay."
    # (it had opened `Hôm qua (ngày 3/5), giá vàng …`: the date is under "when")
    assert _figure(text, "650.000 won/gram").context.startswith("giá vàng trong nước")


def test_the_how_many_th_time_cut_off_from_its_subject_names_the_event_before_it() -> None:
    text = (
        "Đạo diễn Park Chan-wook đã giành giải Đạo diễn xuất sắc nhất cho bộ phim mới nhất của ông nhờ cách kể chuyện "
        "độc đáo và hình ảnh đầy ám ảnh tại lễ trao giải Rồng Xanh lần thứ 46 tổ chức ở Seoul tối ngày 19/11."
    )
    # (it had been `lần thứ 46 tổ chức ở Seoul`: the 46th of nothing)
    assert _figure(text, "lần thứ 46").context.startswith("lễ trao giải Rồng Xanh lần thứ 46")


def test_a_context_never_starts_on_the_last_items_of_a_list_of_what_its_subject_holds_among_it() -> None:
    text = (
        "Cục Hải quan cho biết kim ngạch xuất khẩu mỹ phẩm, trong đó có kem chống nắng, son môi và mặt nạ dưỡng da, "
        "trong quý 1 đạt 2,9 tỷ USD."
    )
    # (it had been `son môi và mặt nạ dưỡng da, trong quý 1 đạt 2,9 tỷ USD`: as if the masks were worth it all)
    assert _context(text, "2,9 tỷ USD") == "trong quý 1 đạt 2,9 tỷ USD"


def test_a_context_never_starts_right_after_an_acronyms_bracket_inside_a_noun() -> None:
    text = (
        "Bộ Đất đai, Hạ tầng và Giao thông Hàn Quốc ngày 2/6 đã công bố danh sách 7 địa phương được chọn thí điểm dịch "
        "vụ xe buýt tự lái (AV) liên tỉnh với tổng ngân sách 300 tỷ won trong 3 năm."
    )
    # (it had started `liên tỉnh với tổng ngân sách …`: the tail of the noun the bracket sits in)
    assert not _context(text, "300 tỷ won").startswith("liên tỉnh")


def test_a_figure_far_into_a_long_sentence_starts_after_ve_viec() -> None:
    summary = summarize(
        "Chủ tịch Tập đoàn Lotte Shin Dong-bin đã có cuộc gặp với Giám đốc điều hành (CEO) của Nvidia Jensen Huang để "
        "thảo luận về việc cung cấp bộ xử lý đồ họa (GPU) cho dự án nhà máy trí tuệ nhân tạo Busan trị giá 3 tỷ USD."
    )
    # (the amount had been dropped: no start within reach, its context empty)
    contexts = {n.text: n.context for n in summary.numbers}
    assert contexts["3 tỷ USD"].startswith("cung cấp bộ xử lý đồ họa (GPU)")
