"""What a lead too long for one line loses before any clause is cut, in this order: a setting even with a tally, or a
cause set before the subject (one naming the two parties a subject points back to stays when the rest then makes the
line fit, and one alone naming what the rest points back to, `… công ty này`, in a line that may stay whole), a list
announced before the one on it the story is about and a plan named before what it will do (`opening.py`), the office
reporting another office's act, the time set before what was reported (`thông báo | từ học kỳ mới …, | học sinh …`), the
leading source whatever follows it, the study a finding comes from or who published the list it is in (`… năm 2026 | do
tổ chức … công bố ngày 19/6 |, tăng 7 bậc …`), who a person is (`…, người vừa nhậm chức …,`; `bổ nhiệm ông Jun, | Phó
Chủ tịch …, | làm …`), even one named inside the subject (`… liên quan đến bà Kim, | phu nhân của …, | ngày 20/3 …`), an
apposition naming the subject's kind again (`Cơn bão số 11 …, | cơn bão mạnh nhất …,`) or saying what a measure is (`…,
| chỉ số phản ánh …, |`), a person's age (`anh Hùng, | 28 tuổi,`), who the people a subject counts are (`Hai nhà khoa
học …, | giáo sư Kim … và giáo sư Park …,`) or it is made of (`gồm A, B và C`), what a count is made of (`181 người, |
gồm 175 hành khách …, |`), the fields a list of agreements covers (`trong các lĩnh vực như A, B và C`), what a place is
known for, where a named site lies (`tại mỏ "Cá voi xanh" | ngoài khơi thành phố Pohang, …`), where the event happened
between its date and how it went (`ngày 14/5 | tại bang New Jersey, Mỹ | với tổng điểm …`), what a thing already is or
does (`…, vốn đang làm nhiệm vụ …,`), when and by what plan an opening condition would hold (`Nếu … được thông qua |
trong kỳ họp … như đề xuất của …|,`), who leads the subject (`dưới sự dẫn dắt của …`), the smaller of two places when
the line then fits (`khu vực Jangyon, | tỉnh Nam Hwanghae`), where something was said, where a named event was held when
the line then fits or its cut then keeps an amount more (`tại sự kiện Galaxy Unpacked | tổ chức ở …`), the theme an
event was held under (`với chủ đề "…"`), what kind of trip a visit was, how the visitor travelled (`bằng tàu hỏa bọc
thép`), who invited the visitor, how long a meeting lasted (`hội đàm | kéo dài 90 phút`), whose act a group is, what a
company does (`công ty | dịch vụ điện toán đám mây | Amazon …`), the background the lead closes on (`, trong bối cảnh
…`), a contrast's usual baselines and closing cause when both halves then fit, else its second half, the level a lead
states before the change its headline names, a purpose standing before the clause that holds the headline's figure when
the line then fits (`… | để phản đối …|, đồng thời … trục xuất 3 nhà ngoại giao`), the usual baseline when the line then
fits (`tăng gấp 2,1 lần | so với cùng kỳ năm ngoái`), and last a Latin name in parentheses when that saves a clause from
the cut (`Triển lãm thế giới | (World Expo)`). After the cut, `without_reporting_office` may still trade the office
reporting what befell a thing for the clause the cut lost.

Each step is a deletion from `lead.py`, `reported_time.py`, `asides.py`, `descriptions.py`, `members.py`,
`place_asides.py`, `visits.py`, `opening.py`, `where_phrases.py`, `trailing.py` or `headline.py`, taken only while the
line is still too long; `what.main_event` calls `shorten_long_lead` before it fits the line, so what is left to cut is
the last clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.summarizer.asides import (
    drop_already_aside,
    drop_condition_adjuncts,
    drop_latin_names,
    drop_theme,
    without_among_aside,
)
from bot.summarizer.clauses import MIN_WHAT_WORDS, clause_comma, figures_in, words
from bot.summarizer.contrast import CONTRAST, drop_contrast
from bot.summarizer.cut_points import cut_points
from bot.summarizer.descriptions import (
    BODY_KIND,
    drop_affiliation,
    drop_age_apposition,
    drop_company_trade,
    drop_inner_who_apposition,
    drop_measure_apposition,
    drop_members_apposition,
    drop_same_kind_apposition,
    drop_who_apposition,
)
from bot.summarizer.field_lists import drop_field_list
from bot.summarizer.filler import drop_own_plan_saying
from bot.summarizer.fitting import MAX_WHAT_WORDS, MAX_WHOLE_WORDS, OVERFLOW_WORDS, fit, whole_lines
from bot.summarizer.headline import drop_purpose_before_headline, headline_values, keep_headline_change
from bot.summarizer.lead import (
    POINTS_BACK,
    VOTE_SETTING,
    drop_leading_source,
    drop_reporting_source,
    drop_setting,
)
from bot.summarizer.line_ends import ends_cleanly, quotations_closed
from bot.summarizer.members import drop_member_list
from bot.summarizer.ministries import drop_long_office, drop_ministries
from bot.summarizer.object_titles import drop_object_title, drop_title_before_object
from bot.summarizer.opening import among_news, drop_finding_source, drop_survey_maker, plan_measures
from bot.summarizer.place_asides import (
    drop_market_in_subject,
    drop_place_after_opening_date,
    drop_place_apposition,
    drop_place_before_result,
    drop_site_location,
    place_in_unit_cuts,
)
from bot.summarizer.record_after import USUAL_BASELINE_PHRASE
from bot.summarizer.reported_time import drop_reported_time
from bot.summarizer.research_teams import drop_leader_aside, drop_team_leader
from bot.summarizer.trailing import drop_closing_background
from bot.summarizer.unsaid_verbs import leaves_announced_subject
from bot.summarizer.visits import drop_audience, drop_invitation, drop_means_of_travel, drop_meeting_length, drop_trip
from bot.summarizer.where_phrases import drop_where_held, drop_where_held_in_subject, drop_where_said


def _too_long(text: str) -> bool:
    return words(text) > MAX_WHAT_WORDS


def _if_still_too_long(deletion: Callable[[str], str], text: str) -> str:
    """`deletion(text)` while the line is too long, unless it took one quotation mark of a pair with it (`"…, vốn là
    quyền tự vệ …", ông Kim tuyên bố`: an aside ending at the closing mark): what someone said is quoted as said,
    and a quotation left open would run on into the words after it."""
    if not _too_long(text):
        return text
    shorter = deletion(text)
    return shorter if quotations_closed(shorter) or not quotations_closed(text) else text


def _if_it_then_fits(shorter: str, text: str) -> str:
    """`shorter` when it fits and `text` does not: a deletion that leaves the line too long would move the
    cut earlier (a place without its comma, an event without where it was held) for nothing."""
    return shorter if _too_long(text) and not _too_long(shorter) else text


# A count or an amount, not a date or a year (`ngày 27/11`, `năm 1939`): what a cut loses news with.
_AMOUNT = re.compile(r"(?<!năm )(?<!ngày )(?<!tháng )(?<!quý )(?<![\w/.,])\d[\d.,]*(?![\w/])")


def _amounts(line: str) -> int:
    return len(_AMOUNT.findall(line))


def _if_it_fits_or_keeps_an_amount(shorter: str, text: str) -> str:
    """`shorter` when it fits and `text` does not, or when its cut keeps more amounts than the cut of `text` (`… tại sự
    kiện Galaxy Unpacked | tổ chức ở thành phố New York, Mỹ |, với độ dày … chỉ 8,9 mm, …`): where an event was held
    gives way to what was measured at it, though the line is still a word or two too long."""
    if shorter == text or not _too_long(text):
        return text
    return shorter if not _too_long(shorter) or _amounts(fit(shorter)) > _amounts(fit(text)) else text


_KEPT_AFTER_TIME_WORDS = 4  # what was reported keeps at least this much of itself after the time


def _if_it_saves_a_clause(shorter: str, text: str) -> str:
    """`shorter` when the cut of `text` would lose a clause (`… ngày 15/10 | nhằm ủng hộ …`) and `shorter` fits, or
    its own cut reaches further into the lead; not for a line that stays whole, a few words over, for want of a clean
    cut."""
    if shorter == text or not _too_long(text):
        return text
    if not _too_long(shorter):
        return shorter if fit(text) != text else text  # (`fit` last: it costs more)
    # Still too long, only when a comma beyond the reach of `text` comes within reach in `shorter` (`Chủ tịch Ủy ban
    # châu Âu | (EC) | Ursula von der Leyen … đối với thép nhập khẩu từ Hàn Quốc và Trung Quốc |, có hiệu lực …`), and
    # the cut of `text` fell inside that clause (at the word limit, before `từ`), the shorter line's at its end
    lost, reach = words(text) - words(shorter), MAX_WHAT_WORDS + OVERFLOW_WORDS
    heads = (words(shorter[: comma.start()]) for comma in re.finditer(", ", shorter))
    if not any(head <= reach < head + lost for head in heads):
        return text
    cut, shorter_cut = fit(text), fit(shorter)
    tail = " ".join(shorter_cut.split()[-3:])
    at_comma = shorter.startswith(f"{shorter_cut},")
    end = text.find(tail, len(cut)) if at_comma and text.startswith(cut) else -1
    return shorter if end > len(cut) and "," not in text[len(cut) : end] else text


def _unless_the_cut_keeps_it(shorter: str, text: str) -> str:
    """`shorter` (`text` without the time set before what was reported), unless the usual cut of `text` keeps
    the time and what was reported after it (`… cho biết từ ngày 28/3, người dân … có thể đăng ký … |, sau giai
    đoạn thử nghiệm …`): when it takes effect is news a reader needs."""
    if shorter == text:
        return text
    start = next((k for k, (a, b) in enumerate(zip(text, shorter, strict=False)) if a != b), len(shorter))
    time_end = start + len(text) - len(shorter)
    fitted, fitted_shorter = fit(text), fit(shorter)
    # … and no figure of what was reported is lost for it (`… giảm xuống âm 15 độ C` cut to `… buổi sáng`)
    figures_kept = figures_in(fitted[time_end:]) >= figures_in(fitted_shorter[start:])
    enough = words(fitted[time_end:]) >= _KEPT_AFTER_TIME_WORDS and ends_cleanly(fitted)
    # … whole: not its subject alone, cut before the predicate (`… từ ngày 22/9, trẻ em …, phụ nữ … và người … | sẽ …`)
    whole = not leaves_announced_subject(text.split(), words(fitted))
    return text if enough and figures_kept and whole else shorter


def _unless_the_cut_keeps_all(shorter: str, text: str) -> str:
    """`shorter`, unless the usual cut of `text` keeps what `shorter` lost and ends cleanly after it (`… ký biên bản
    ghi nhớ về hợp tác trong lĩnh vực giao thông … ngày 15/10 |, nhân chuyến thăm …`: the fields stay, the occasion
    goes)."""
    if shorter == text:
        return text
    start = next((k for k, (a, b) in enumerate(zip(text, shorter, strict=False)) if a != b), len(shorter))
    fitted = fit(text)
    kept = text.startswith(fitted) and len(fitted) >= start + len(text) - len(shorter) and ends_cleanly(fitted)
    return text if kept else shorter


def shorten_long_lead(text: str, title: str | None) -> str:
    """`text`, after the deletions only a line too long takes (see the module's docstring), one at a time
    while it is still too long; unchanged when it fits."""
    if not _too_long(text):
        return text
    with_parties = drop_setting(text, keep_tally=False, causes=True)
    if words(text) <= MAX_WHAT_WORDS + OVERFLOW_WORDS:
        return _shorten(with_parties, title)
    # far too long: the setting that says which two a subject points back to (`Nhân chuyến thăm … của Tổng Bí thư Tô
    # Lâm …, | hai nước ký kết …`) stays only when the other deletions then make the line fit
    without_setting = drop_setting(text, keep_tally=False, keep_parties=False, causes=True)
    shortened = _shorten(with_parties, title) if with_parties != without_setting else ""
    # (with the fields closing the line gone too: they are worth less than which two acted)
    shortened = drop_field_list(shortened, closing=True) if _too_long(shortened) else shortened
    # … and the vote a result is of stays, the cut then falling after the result (`Trong cuộc bầu cử …, đảng … giành
    # được 175 … ghế |, trong khi …`)
    kept = bool(shortened) and (not _too_long(shortened) or VOTE_SETTING.match(shortened) is not None)
    # … and so does the setting that alone names what the rest points back to (`Liên quan đến vụ rò rỉ … tại Coupang,
    # | cảnh sát … khám xét trụ sở của công ty này`), in a line that may stay whole
    whole = bool(shortened) and words(shortened) <= MAX_WHOLE_WORDS and POINTS_BACK.search(shortened) is not None
    # … and so does the setting naming the two when the cut then falls at the clause after their act (`…, hai nước ký
    # kết 12 văn kiện … ngày 12/5 |, đồng thời ra tuyên bố chung …`): only what they did besides is lost
    acted = bool(shortened) and _cut_after_the_act(shortened)
    return shortened if kept or whole or acted else _shorten(without_setting, title)


_ACT_WORDS = 6  # the act after a setting keeps at least this many words


def _cut_after_the_act(text: str) -> bool:
    """The cut of `text` (a setting, then the act) ends at a clause comma after at least _ACT_WORDS words of the act,
    with the act's first amount."""
    setting_end = clause_comma(text)
    cut = fit(text) if setting_end > 0 else ""
    act = cut[setting_end:]
    return (
        text.startswith(cut)
        and text.startswith(",", len(cut))
        and words(act) >= _ACT_WORDS
        and _amounts(act) >= min(1, _amounts(text[setting_end:]))
        and ends_cleanly(cut)
    )


def _measures_if_they_cut(text: str) -> str:
    """`plan_measures`, when what the plan will do can be said whole or ends at a clause within a few words over the
    limit: a plan's name (`công bố gói biện pháp … thứ ba …, | theo đó toàn bộ 25 quận … sẽ được chỉ định …`) beats
    measures only the word limit could cut, inside their subject (`công bố toàn bộ 25 quận của thủ đô Seoul`)."""
    measures = plan_measures(text)
    if measures == text or words(measures) <= MAX_WHOLE_WORDS:
        return measures
    commas, openers = cut_points(measures)
    heads = (measures[:cut].rstrip(" ,;:") for cut in commas + openers)
    return measures if any(whole_lines(heads, MIN_WHAT_WORDS, MAX_WHAT_WORDS + OVERFLOW_WORDS)) else text


def _shorten(text: str, title: str | None) -> str:
    """The deletions after the setting's, each taken only while the line is still too long."""
    text = drop_reporting_source(_measures_if_they_cut(among_news(text)), too_long=True)
    text = _if_still_too_long(drop_own_plan_saying, text)
    text = _unless_the_cut_keeps_it(drop_reported_time(text), text)
    # a survey keeps whom it asked when the line then fits (`drop_survey_maker`); any other leading source goes
    asked = _if_it_then_fits(drop_survey_maker(text), text)
    text = asked if asked != text else drop_leading_source(text, always=True)
    text = drop_who_apposition(drop_finding_source(text))
    text = _if_still_too_long(drop_inner_who_apposition, text)
    text = _if_still_too_long(drop_same_kind_apposition, text)
    text = _if_still_too_long(drop_measure_apposition, text)
    while _too_long(text) and (shorter := drop_object_title(text)) != text:  # each person named as an object
        text = shorter
    text = _if_it_then_fits(drop_title_before_object(text), text)
    text = _if_still_too_long(_drop_closing_apposition, text)
    text = _if_still_too_long(drop_age_apposition, text)
    text = _if_still_too_long(drop_who_apposition, text)  # `Ông Lee, 45 tuổi, | người có mẹ là …,`
    text = _if_still_too_long(drop_members_apposition, text)
    text = _if_still_too_long(drop_member_list, text)
    text = without_among_aside(text, breakdown_only=True) if _too_long(text) else text  # before where it was
    text = _unless_the_cut_keeps_all(drop_field_list(text), text) if _too_long(text) else text
    text = _if_still_too_long(drop_place_apposition, text)
    text = _if_still_too_long(drop_site_location, text)
    text = _if_still_too_long(drop_place_after_opening_date, text)
    text = _if_still_too_long(drop_place_before_result, text)
    text = _if_still_too_long(drop_market_in_subject, text)
    text = _if_still_too_long(drop_already_aside, text)
    text = _if_still_too_long(drop_condition_adjuncts, text)
    text = _if_still_too_long(drop_leader_aside, text)
    text = next((cut for cut in place_in_unit_cuts(text, title) if _too_long(text) and not _too_long(cut)), text)
    text = _if_still_too_long(drop_where_said, text)
    text = _if_still_too_long(drop_where_held_in_subject, text)
    text = _if_it_fits_or_keeps_an_amount(drop_where_held(text), text)
    text = _if_still_too_long(drop_theme, text)
    text = _if_still_too_long(drop_trip, text)
    text = _if_still_too_long(drop_means_of_travel, text)
    text = _if_still_too_long(drop_invitation, text)
    text = _if_still_too_long(drop_meeting_length, text)
    text = _if_still_too_long(drop_audience, text)
    text = _if_still_too_long(drop_affiliation, text)
    text = _if_still_too_long(drop_company_trade, text)
    text = _if_still_too_long(drop_ministries, text)
    text = _if_still_too_long(drop_long_office, text)
    text = _if_still_too_long(drop_team_leader, text)
    text = _if_still_too_long(drop_closing_background, text)
    text = _if_still_too_long(_both_halves, text)
    text = _if_still_too_long(drop_contrast, text)
    text = keep_headline_change(text, headline_values(title)) if _too_long(text) else text
    text = _if_it_then_fits(drop_purpose_before_headline(text, headline_values(title)), text)
    text = _if_it_then_fits(USUAL_BASELINE_PHRASE.sub("", text), text)
    return _if_it_saves_a_clause(drop_latin_names(text), text)  # `Triển lãm thế giới | (World Expo)`


def without_reporting_office(text: str, fitted: str) -> str:
    """`fitted`, unless its cut lost an amount (or it stayed whole, too long, for want of a clean cut) and the lead
    without the office reporting what befell a thing fits whole (`Viện … cho biết | tên lửa đẩy Nuri … được phóng …
    ngày 27/11 và đưa thành công 13 vệ tinh vào quỹ đạo`): what came of the event is more news than who reported it.
    A cut that lost no amount (a record without `từ trước đến nay`, how far back it reaches) keeps the office, which
    may be whose thing it was (`SK Telecom cho biết dữ liệu … của … thuê bao`)."""
    if not _too_long(text):
        return fitted
    whole = drop_reporting_source(text, too_long=True, any_subject=True)
    lost = _amounts(whole) > _amounts(fitted)
    return whole if (lost or _too_long(fitted)) and whole != text and not _too_long(whole) else fitted


# What the thing named last is, closing the sentence (`… trên kho ứng dụng One Store|, đối thủ cạnh tranh của Google
# Play`, `… với công ty ADOR|, công ty con của HYBE`): it describes, and the act before it is the news.
_CLOSING_APPOSITION = re.compile(rf"(?<=[\w)]), (?:{BODY_KIND.pattern}|đối thủ cạnh tranh\b)[^,;.]{{0,80}}\.?$")


def _drop_closing_apposition(text: str) -> str:
    found = _CLOSING_APPOSITION.search(text)
    if found is None or not text[: found.start()].split()[-1][:1].isupper():
        return text  # only after a name
    return text[: found.start()]


_TRAILING_CAUSE = re.compile(r" do [^,;.]{1,80}$")  # `… xuống còn 2,4 tỷ USD | do ảnh hưởng của thuế quan Mỹ`


def _both_halves(text: str) -> str:
    """A contrast (`Trong khi A, thì B`) without its usual baselines and the cause its second half ends on, when both
    halves then fit: the contrast is the news, more than either half's baseline."""
    if CONTRAST.match(text) is None:
        return text
    both = _TRAILING_CAUSE.sub("", USUAL_BASELINE_PHRASE.sub("", text))
    return text if _too_long(both) else both
