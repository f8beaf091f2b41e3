"""A lead fitted so the record it states stays: the last record of a lead too long (`mức cao nhất kể từ …`, `lần đầu
tiên …`, a streak, a first named by what it is) outranks the usual baseline, how far back a record reaches when that
is "ever" and the occasion the event marked; it may run a few words over as the line's last clause. A change said
after a level outranks its usual baseline too (`fit_keeping_change`).

`what.py` takes `fit_keeping_record` first among its fits; `record_after.py` says what a record is.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import MIN_WHAT_WORDS, clause_comma, keeps, words
from bot.summarizer.cut_points import CLAUSE_OPENERS, cut_points, last_clause_comma
from bot.summarizer.dates import holds_count
from bot.summarizer.fitting import MAX_WHAT_WORDS, OVERFLOW_WORDS, fit, whole_lines
from bot.summarizer.line_ends import ends_cleanly
from bot.summarizer.outcomes import OCCASION
from bot.summarizer.quotation_fit import fit_quotation
from bot.summarizer.record_after import (
    CONSEQUENCE,
    FIRST_REACH,
    HISTORY_OF,
    RECORD,
    SINCE_EVER,
    USUAL_BASELINE_PHRASE,
    without_change_before_record,
)

_STREAK_WORDS = ("lần đầu tiên",)
_SCOPES = (" đối với ", " trong số ")  # among what a record holds


def _fit_without_occasion(text: str, keep: int) -> str:
    """The line fitted without the occasion before `keep` (a position in `text`), when it then keeps the
    words at `keep` (`… lễ duyệt binh … tối ngày 10/10 | nhân dịp kỷ niệm 80 năm … |, trong đó lần đầu tiên
    giới thiệu …`); else ""."""
    occasion = OCCASION.search(text, 0, keep)
    if occasion is None:
        return ""
    shorter = text[: occasion.start()] + text[occasion.end() :]
    moved = keep - (occasion.end() - occasion.start())
    refitted = fit(shorter)
    return refitted if shorter[moved : moved + 30].strip(" ,") in refitted else ""


_RECORD_OPENS_WITHIN = 4  # words from a clause's comma to the record it states (`, hợp đồng | lớn nhất`)


_PASSED_MARK = re.compile(r"lần đầu tiên (?:vượt|đạt|chạm) (?:mốc|ngưỡng)")


def fit_keeping_record(text: str) -> str:
    """`fit`, except that the lead's last record (not a superlative that names a measure before it:
    `nhiệt độ cao nhất ban ngày`) stays when the cut would lose it and dropping the usual year-on-year
    baseline makes room for it (`tăng 48% so với cùng kỳ năm ngoái, mức cao nhất …` → `tăng 48%, mức cao
    nhất …`), when it fits ending before the clause opener after it (`… kể từ tháng 3/2009 | trong bối cảnh
    …`), when a first named by what it is fits up to how far back it reaches (`…, album đầu tiên của cả nhóm
    sau gần 4 năm | kể từ khi …`), or without the occasion the event marked (`nhân dịp kỷ niệm 80 năm …,`), when
    a streak fits up to its `liên tiếp` (`…, lần cắt giảm thứ hai liên tiếp sau đợt hạ …`), or when it fits
    without saying it reaches back to when records began (with or without the baseline, or a consequence after
    it). A first up to how far back it reaches, and a record that is the lead's last clause (with or without the
    baseline, the change before a level's record or the occasion), may run OVERFLOW_WORDS over; failing all, a first
    that is the last clause outranks the clause before it (`…, | từ mức … lên …, | lần đầu tiên sau 27 năm`), and a
    record set in the last clause ends where it is said to be set (`…, lập kỷ lục mới | về …`)."""
    fitted = fit_quotation(text) or fit(text)
    records = list(RECORD.finditer(text))
    if records and keeps(fitted, text, records[-1].start()):
        # (a cut after the record that loses the clauses after it gives way to the line without its reach)
        mid_line = _without_reach_mid_line(text, USUAL_BASELINE_PHRASE.sub("", text)) if fitted != text else ""
        return mid_line or _without_first_cut_short(text, fitted, records[-1])
    if not records:
        return fitted
    record = records[-1]
    stripped = USUAL_BASELINE_PHRASE.sub("", text)
    without_baseline = fit(stripped)
    if keeps(without_baseline, stripped, list(RECORD.finditer(stripped))[-1].start()):
        return without_baseline
    if head := _without_reach_mid_line(text, stripped):
        return head
    # A first named by what it is ends at how far back it reaches (`album đầu tiên của cả nhóm sau gần 4 năm | kể từ
    # khi …`); `lần đầu tiên sau 5 năm` says what was first only after it, and goes on.
    reach = FIRST_REACH.match(text, record.end()) if record.group(0) == "đầu tiên" else None
    # … a few words over when it is the line's last clause, as a record may be
    most = MAX_WHAT_WORDS + (OVERFLOW_WORDS if reach and last_clause_comma(text[: reach.end()]) < record.start() else 0)
    if reach and MIN_WHAT_WORDS <= words(text[: reach.end()]) <= most:
        return text[: reach.end()]
    if head := _fit_before_opener(text, record.end()) or _fit_before_opener(stripped, stripped.rfind(record.group(0))):
        return head
    if head := _fit_without_occasion(text, record.start()):
        return head
    # A streak is whole at `liên tiếp`: what follows (`sau đợt hạ hồi tháng 10`) only elaborates it.
    streak_end = record.end() if record.group(0).endswith("liên tiếp") else 0
    if streak_end and MIN_WHAT_WORDS <= words(text[:streak_end]) <= MAX_WHAT_WORDS:
        return text[:streak_end]
    # A record set off as a clause of its own (`…, | hợp đồng lớn nhất trong lịch sử công ty |, nâng …`) ends the line
    # at its comma, a few words over, as a last clause may.
    before, after = last_clause_comma(text[: record.start()]), clause_comma(text, record.end())
    own_clause = before >= 0 and after > 0 and words(text[before : record.start()]) <= _RECORD_OPENS_WITHIN
    fits = own_clause and MIN_WHAT_WORDS <= words(text[:after]) <= MAX_WHAT_WORDS + OVERFLOW_WORDS
    if fits and ends_cleanly(text[:after]):
        return text[:after]
    # A record in the last clause loses how far back it reaches, when that is since records began (`, mức
    # cao nhất đối với tháng 7 | kể từ khi bắt đầu ghi nhận …`), before it is lost whole.
    # Failing that, it loses the usual baseline too (`tăng 15,2% | so với cùng kỳ năm ngoái | và là mức cao
    # nhất | từ trước đến nay`).
    # … and a consequence or a cause after it with no count (`…, gây ùn tắc giao thông …`, `…, nhờ nhu cầu … tăng
    # mạnh …`; a toll stays) goes first, with or without the baseline
    calm = [
        line[: consequence.start()]
        for line in (text, stripped)
        if (consequence := CONSEQUENCE.search(line, line.rfind(record.group(0))))
        and not holds_count(line[consequence.start() :])
    ]
    for candidate in (text, stripped, *calm):
        last = last_clause_comma(candidate)
        found = list(RECORD.finditer(candidate))[-1]
        since = SINCE_EVER.search(candidate, found.end())
        # `lần đầu tiên` alone before how far back it reaches would say nothing; with what was first it stays
        # (`lần đầu tiên vượt mốc 4.000 điểm | kể từ khi chỉ số này ra đời`: first since it began is first), and
        # so does one that is the whole last clause, of the event before it (`… vượt mốc 1 triệu lượt ngày
        # 28/11, lần đầu tiên | kể từ khi bắt đầu thống kê`)
        says_what = since is not None and (
            words(candidate[found.end() : since.start()]) >= 2 or candidate[last : found.start()] == ", "
        )
        if (
            last > 0
            and last < found.start()
            and since is not None
            and (found.group(0) not in _STREAK_WORDS or says_what)
        ):
            # only those words when whose record it is, or where it holds, follows and fits (`lớn nhất | từ trước
            # đến nay | của Hàn Quốc`, `… | tại Hàn Quốc`); anything else after them belongs to how far back it
            # reaches (`trong lịch sử | thống kê`)
            clause_end = clause_comma(candidate, since.end())
            rest = candidate[since.end() : clause_end if clause_end >= 0 else len(candidate)]
            if HISTORY_OF.match(rest):  # `trong lịch sử | ngành thương mại điện tử …`: a domain, not "ever"
                continue
            whose = [candidate[: since.start()] + rest] if rest.startswith((" của ", " tại ", " ở ", *_SCOPES)) else []
            # what the record is held among (`lớn nhất từ trước đến nay | đối với một cầu thủ châu Á …`) never goes
            bare = [] if rest.startswith(_SCOPES) else [candidate[: since.start()]]
            for shorter in (*whose, *bare):
                if MIN_WHAT_WORDS <= words(shorter) <= MAX_WHAT_WORDS and ends_cleanly(shorter):
                    return shorter
    # a record that is the lead's whole last clause may run a few words over, as an outcome may (`… cập cảng Busan
    # ngày 18/7, lần đầu tiên một tàu ngầm hạt nhân chiến lược của Mỹ đến Hàn Quốc kể từ năm 1981`), with or
    # without the usual baseline, or without the change between a level and its record (`… là 7,1% |, tăng 0,8
    # điểm phần trăm so với cùng kỳ năm ngoái|, cao nhất kể từ tháng 10 năm 2021`), or without the occasion the
    # event marked (`… tối ngày 10/10 | nhân dịp kỷ niệm 80 năm …|, trong đó lần đầu tiên giới thiệu …`)
    occasion = OCCASION.search(text, 0, record.start())
    unmarked = [text[: occasion.start()] + text[occasion.end() :]] if occasion is not None else []
    for candidate in (text, stripped, without_change_before_record(text), *unmarked):
        if last_clause_comma(candidate) < candidate.rfind(record.group(0)) and words(candidate) <= (
            MAX_WHAT_WORDS + OVERFLOW_WORDS
        ):
            return candidate
    # failing all, a first that is the lead's whole last clause outranks the clause before it, which only elaborates the
    # act (`… thêm 2.000 người, | từ mức 3.058 người … lên 5.058 người …, | lần đầu tiên sau 27 năm`); not a level's
    # record, which would then say the change was the highest
    if record.group(0) == "lần đầu tiên" and text.endswith(", ", 0, record.start()):
        before = last_clause_comma(text[: record.start() - 2])
        # (or the clause a clause opener set off before it: `… ngày 20/2 | nhằm thảo luận …, | lần đầu tiên kể từ …`)
        if before < 0:
            before = max((at for at in cut_points(text)[1] if at < record.start() - 2), default=-1)
        # (never a first that passes a mark a figure of that clause reached: `…, sau khi hãng công bố lợi nhuận … đạt
        # 11.380 tỷ won, | lần đầu tiên vượt mốc 10.000 tỷ won`: the first is the profit's)
        marked = _PASSED_MARK.match(text, record.start()) and re.search(r"\d", text[before : record.start()])
        shorter = text[:before] + text[record.start() - 2 :] if before > 0 and not marked else ""
        if shorter and MIN_WHAT_WORDS <= words(shorter) <= MAX_WHAT_WORDS + OVERFLOW_WORDS and ends_cleanly(shorter):
            return shorter
    # … and a record set in the lead's last clause ends where it is said to be set (`…, lập kỷ lục mới | về
    # video âm nhạc có lượt xem cao nhất …`): what follows only says what it is a record of
    set_record = _SET_RECORD.search(text, max(last_clause_comma(text), 0))
    if set_record is not None and MIN_WHAT_WORDS <= words(text[: set_record.end()]) <= MAX_WHAT_WORDS:
        return text[: set_record.end()]
    return fitted


_SET_RECORD = re.compile(r", (?:lập|thiết lập|phá) (?:một )?kỷ lục(?: thế giới| quốc gia)?(?: mới)?(?= )")


# A change after a level, as the clause right after the line's end (`… là 7,3% |, tăng 0,9 điểm phần trăm so với cùng kỳ
# năm ngoái`).
_CHANGE = re.compile(r", (?:tăng|giảm) (?:(?:gần |hơn |khoảng )?gấp (?:đôi|ba)\b|(?:gấp )?(?:khoảng |hơn |gần )?\d)")


def fit_keeping_change(text: str, fitted: str) -> str:
    """`fitted`, or, when it ends on a level and the lead's next clause is the change from it (`… là 7,3% |, tăng 0,9
    điểm phần trăm so với cùng kỳ năm ngoái`), the line with that change and without its usual baseline when that
    fits: an editor keeps how much a figure moved before saying against what (`…, giảm 9,7%`). A change whose clause
    runs on without a comma ends before its clause opener (`…, tăng 3,6% so với cùng kỳ năm ngoái | dù số ngày làm
    việc giảm …`), before a second verb `và` joins to it (`…, tăng 5,6% so với năm 2023 | và lập kỷ lục …`) or
    before its cause (`…, tăng 2,1 tỷ USD | nhờ nhu cầu …`)."""
    if not text.startswith(fitted) or not _CHANGE.match(text, len(fitted)):
        return fitted
    end = clause_comma(text, len(fitted) + 2)
    end = end if end >= 0 else len(text)
    opener = CLAUSE_OPENERS.search(text, len(fitted) + 2, end)
    second = _SECOND_PREDICATE.search(text, len(fitted) + 2, end)
    thanks = _THANKS_TO.search(text, len(fitted) + 2, end)
    for clause_end in (end, *(m.start() for m in (opener, second, thanks) if m is not None)):
        changed = USUAL_BASELINE_PHRASE.sub("", text[:clause_end])
        if words(changed) <= MAX_WHAT_WORDS and ends_cleanly(changed):
            return changed
    return fitted


_SINCE = re.compile(r" kể từ khi ")  # since a clause, whose end the cut cannot tell
_THANKS_TO = re.compile(r" (?:nhờ|vì)(?= )")  # `…, tăng 2,1 tỷ USD so với tháng trước | nhờ nhu cầu …`: its cause
# A second verb joined to a change (`tăng 5,6% … | và lập kỷ lục …`), where the change's own clause ends.
_SECOND_PREDICATE = re.compile(
    r" và (?:là |đã |cũng )?(?:lập|đạt|ghi nhận|đánh dấu|trở thành|vượt|duy trì|tăng|giảm)\b"
)


def _without_first_cut_short(text: str, fitted: str, record: re.Match[str]) -> str:
    """`fitted`, unless it cut a bare `lần đầu tiên` clause after how far back it reaches and before what was first
    (`…, lần đầu tiên kể từ khi thành lập vào năm 1945 số lượt khách | trong một năm vượt mốc 5 triệu`): such a clause
    says what was first only at its end, so the line ends before the clause instead."""
    since = _SINCE.match(text, record.end())
    if record.group(0) != "lần đầu tiên" or since is None or not text.endswith(", ", 0, record.start()):
        return fitted
    clause_end = clause_comma(text, record.end())
    if not since.end() < len(fitted) < (clause_end if clause_end >= 0 else len(text)):
        return fitted
    before = text[: record.start() - 2]
    return before if words(before) >= MIN_WHAT_WORDS and ends_cleanly(before) else fitted


def _without_reach_mid_line(text: str, stripped: str) -> str:
    """A record set off as a clause of its own before the lead's last (`…, mức cao nhất đối với tháng 1 | kể từ khi
    bắt đầu quan trắc vào năm 1904 |, khiến hơn 300 ngôi nhà … bị ngập`) loses how far back it reaches when that is
    since records began, so the clauses after it stay when they hold a count (a few words over, as the whole lead but
    for that reach): with or without the usual baseline; "" when that does not fit."""
    for candidate in (text, stripped):
        found = next(reversed(list(RECORD.finditer(candidate))), None)
        if found is None:
            continue
        since = SINCE_EVER.search(candidate, found.end())
        clause_end = clause_comma(candidate, since.end()) if since is not None else -1
        own_clause = last_clause_comma(candidate[: found.start()]) >= 0
        if since is None or clause_end < 0 or not own_clause or HISTORY_OF.match(candidate, since.end()):
            continue
        if clause_comma(candidate, found.end(), since.start() - found.end()) >= 0:
            continue  # the reach is a later clause's, not the record's
        if not holds_count(candidate[clause_end:]):
            continue  # a cause or a consequence with no count is worth less than how far back the record reaches
        shorter = candidate[: since.start()] + candidate[clause_end:]
        if MIN_WHAT_WORDS <= words(shorter) <= MAX_WHAT_WORDS + OVERFLOW_WORDS and ends_cleanly(shorter):
            return shorter
    return ""


def _fit_before_opener(text: str, start: int) -> str:
    """The line ending before the first clause opener after `start` (`…, mức cao nhất kể từ tháng 3/2009 |
    trong bối cảnh …`), when it fits and ends cleanly; else "". `fit` prefers an earlier comma, which
    would lose what lies between (the record `fit_keeping_record` keeps). The openers are `cut_points`' (never `mà`
    after a record: `mạnh nhất | mà Hàn Quốc từng phát triển`)."""
    opener = next((at for at in cut_points(text)[1] if at >= start), -1)
    head = text[:opener].rstrip(" ,") if opener >= 0 else ""
    return next(whole_lines([head], MIN_WHAT_WORDS), "") if head else ""
