"""When outranks where: a line that lost the lead's date trades where the event happened for it (`fit_keeping_date`),
a line kept whole past the limit loses where before its date (`drop_where_before_date`), and a line whose `cùng
ngày` lost the date it pointed back at names it (`with_same_day_named`). `where_phrases.py` says what is only where;
`what.py` calls all three after the cut.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import words
from bot.summarizer.fitting import HAPPENING_END, MAX_WHAT_WORDS, fit
from bot.summarizer.place_asides import pointed_back_at
from bot.summarizer.where_phrases import (
    EVENT_DATE,
    EVENT_NAME,
    MATCH_PHRASE,
    PREDICATE,
    SUBJECT_AND_VERB_WORDS,
    TIME_AFTER_PLACE,
    clause_after,
    event_place,
    only_where,
)

_END_KEPT = 30  # characters: how much of the fitted line's end the line with the date must still hold


def fit_keeping_date(text: str, fitted: str) -> str:
    """`fitted`, unless it lost the lead's date and the line without where the event happened, up to that
    date, keeps the date and all `fitted` ends with (`… vòng loại thứ 3 World Cup 2026 khu vực châu Á | diễn ra
    tại Sân vận động World Cup Seoul vào | tối ngày 10/6` → `… khu vực châu Á tối ngày 10/6`): when outranks
    where, which stays under "where". Never at the cost of what the line said (an outcome it kept), nor past
    MAX_WHAT_WORDS, nor when what would go is more than where (a clause, a predicate)."""
    date = EVENT_DATE.search(text)
    if date is None or date.group(0) in fitted or (shorter := _without_place_before(text, date)) is None:
        return fitted
    refitted, line, place = fit(shorter), fitted.rstrip(" ."), event_place(text, date.start())
    # a line that ended inside the place going (`… lao xuống vực trên đèo Khánh Lê |, tỉnh …`) kept nothing after it
    ended_in_place = place is not None and text.startswith(line) and place.start() < len(line) <= date.start()
    kept = (ended_in_place or line[-_END_KEPT:] in refitted) and words(refitted) <= max(words(fitted), MAX_WHAT_WORDS)
    return refitted if date.group(0) in refitted and kept else fitted


def _without_place_before(text: str, date: re.Match[str], *, keep_verb: bool = False) -> str | None:
    """`text` without where the event happened, right before its `date`, and without the `diễn ra` or `được tổ
    chức` before it unless `keep_verb`; None when no place phrase that is only where comes right before it (a
    clause, a predicate, an event's name are more)."""
    place = event_place(text, date.start())
    if place is None or words(text[: place.start()]) < SUBJECT_AND_VERB_WORDS:
        return None
    time = TIME_AFTER_PLACE.search(text, place.end(), date.end())
    if time is None or not only_where(text, place.end(), time.start()) or EVENT_NAME.match(text, place.end()):
        return None
    head = text[: place.start()].rstrip(" ,")  # a place set off by a comma takes the comma with it
    return (head if keep_verb else HAPPENING_END.sub("", head)) + text[time.start() :]


# A result told before the match it came in (`… giành chiến thắng 2-1 trước Monaco | trong trận …`).
_SCORE = re.compile(r"\d+-\d+ ")


def _without_match_before(text: str, date: re.Match[str]) -> str | None:
    """`text` without the match a result came in, right before its `date` (`… thắng 2-1 trước Monaco | trong trận
    đấu thuộc vòng 15 giải Ligue 1 | tối ngày 29/11`): where, as a place is; None when no result comes before it, or
    when what would go is more than the match (a clause, a predicate)."""
    match = MATCH_PHRASE.search(text, 0, date.start())
    if match is None or not _SCORE.search(text, 0, match.start()):
        return None
    time = TIME_AFTER_PLACE.search(text, match.end(), date.end())
    if (
        time is None
        or clause_after(text, match.end(), time.start())
        or PREDICATE.search(text, match.end(), time.start())
    ):
        return None
    return text[: match.start()] + text[time.start() :]


_MEASURE_END = re.compile(r"(?:\d|\b(?:mỗi|hằng|hàng) (?:năm|tháng|tuần|ngày|giờ)|\b(?:năm|tháng|ngày|giờ|tấn|km|%))$")


def drop_where_before_date(text: str) -> str:
    """A line kept whole past MAX_WHAT_WORDS (it has no clean cut) without where its event happened, when its date
    follows and the line then fits (`… tổ chức lễ khởi công nhà máy … | tại bang Odisha, Ấn Độ | ngày 20/8`), or
    without the match a result came in (`… thắng 2-1 trước Monaco | trong trận đấu thuộc vòng 15 … | tối ngày 29/11`):
    when outranks where, which stays under "where". The verb the place came with stays when the line still fits with
    it (`Lễ hội … | được tổ chức | tại … | tối ngày 8/11, thu hút …`)."""
    date = EVENT_DATE.search(text)
    if date is None or words(text) <= MAX_WHAT_WORDS:
        return text
    shorter = _without_place_before(text, date, keep_verb=True)
    if shorter is None or words(shorter) > MAX_WHAT_WORDS:
        shorter = _without_place_before(text, date) or _without_match_before(text, date)
    if shorter is None or words(shorter) > MAX_WHAT_WORDS:
        return text
    # … not when the date would follow a measure (`công suất 6 triệu tấn mỗi năm | ngày 20/8` reads as a yearly date)
    before_date = shorter[: len(shorter) - len(text) + date.start()]
    return text if _MEASURE_END.search(before_date.rstrip()) or pointed_back_at(text, shorter) else shorter


_DAY_DATE = re.compile(r"\b[Nn]gày (\d{1,2}/\d{1,2}(?:/\d{4})?)(?!\d)")
_SAME_DAY = re.compile(r"\bcùng ngày\b(?! hôm)")


def with_same_day_named(lead: str, line: str) -> str:
    """`line` with `cùng ngày` (the same day) named by the lead's one date when the line no longer holds it (`Ngày
    7/12, Bộ … cho biết | Triều Tiên phóng … ra biển sáng cùng ngày` → `… ra biển sáng ngày 7/12`): the date the phrase
    pointed back to went with the report, and "the same day" as what? would leave the reader to guess."""
    dates = {found.group(1) for found in _DAY_DATE.finditer(lead)}
    if len(dates) != 1 or _DAY_DATE.search(line) is not None:
        return line
    return _SAME_DAY.sub(f"ngày {dates.pop()}", line, count=1)
