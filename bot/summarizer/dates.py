"""Dates and times in Vietnamese news text: where they are, and which a reader is shown under "when".

They are found before figures and masked, so no digit is read twice (`ngày 31/10` is no count of 31). A
length of time written like a clock time (`kéo dài 2 giờ 15 phút`) is no date: the figures read it.
"""

from __future__ import annotations

import re

from bot.summarizer.lexicon import NOT_A_NAMES_DIGIT, SHARE_OF, SHARE_WORDS, SUPERLATIVES

_WEEKDAY = r"(?:thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy)|Chủ nhật|chủ nhật)"
# A day of the month and a month that exist: `42/42` is a score, not a date.
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_DAY_MONTH = rf"{_DAY}(?:-{_DAY})?/(?:1[0-2]|0?[1-9])(?!\d|[.,]\d)(?:/\d{{4}})?"
DAY_MONTH = re.compile(_DAY_MONTH)  # a date written `5/3`, `3-5/12`, `5/3/2024`, for other modules to match
_LOCAL = r"(?: \((?:giờ [^()]{1,20})\))?"
_PART_OF_DAY = r"(?:sáng|trưa|chiều|tối|đêm|rạng sáng)"
# Minutes written without `phút` (`từ 23 giờ 30 đến 5 giờ 10 sáng hôm sau`): only before a part of the day, the end
# of a range, a date or punctuation, where no count can follow them.
_BARE_MINUTES = rf" [0-5]?\d(?= (?:{_PART_OF_DAY}|đến|tới|ngày \d)\b|[,.;)]|$)"
# The lookahead lets the engine skip, in one test, every position where no alternative can start (a
# date starts with a digit, a bracket, or one of a few words): half the time of trying each alternative.
# A date never starts inside a number or a word (`209 giờ làm việc` holds no `09 giờ`).
WHEN = re.compile(
    rf"(?<![\w,/]){NOT_A_NAMES_DIGIT}(?=[\d(sStTcCđĐhHgGqQnNrR])(?:"
    + "|".join(
        [
            # a period counted in months from a year's start or end (`9 tháng đầu năm nay`): when the figures it
            # bounds were counted, not a count of its own; listed first, so `6 tháng đầu năm 2018` is not read as
            # `đầu năm 2018`, when the period starts (`ba`, `bốn`, `bảy`, `mười` would add letters to the scan)
            r"(?:\d{1,2}|[Hh]ai|[Nn]ăm|[Ss]áu|[Tt]ám|[Cc]hín) tháng (?:đầu|cuối) năm"
            r"(?: nay| ngoái| (?:19|20)\d{2})?(?!\w)",
            rf"\d{{1,2}} giờ(?: \d{{1,2}} phút|{_BARE_MINUTES})?(?: {_PART_OF_DAY})?"
            rf"(?: (?:ngày )?{_DAY_MONTH}| cùng ngày| một ngày trước)?",
            rf"(?:(?:{_PART_OF_DAY}|hôm) )?(?:{_WEEKDAY} )?(?:[Nn]gày )?\(?{_DAY_MONTH}\)?{_LOCAL}",
            # the first day of a range whose second day carries the month: `từ ngày 3 đến ngày 5/12`, `từ đêm 26 đến
            # sáng 28/11`
            rf"(?:[Nn]gày|(?i:{_PART_OF_DAY})) \d{{1,2}}"
            rf"(?= (?:đến|tới|-|và) (?:(?:ngày|{_PART_OF_DAY}) )?{_DAY_MONTH})",
            rf"(?:hôm )?{_WEEKDAY} \({_DAY_MONTH}\)",
            # a date in words: `ngày 5 tháng 3 năm 2024`
            r"(?:(?:[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm) )?[Nn]gày \d{1,2} tháng \d{1,2}(?: năm \d{4})?",
            # a sentence may open with one: `Năm 2023, …`, `Đầu tháng 8, …`
            r"(?:(?:[Đđ]ầu|[Cc]uối|[Gg]iữa|[Hh]ồi|[Tt]ừ) )?[Tt]háng \d{1,2}(?:/\d{4}| năm \d{4}| năm nay| năm ngoái)?",
            r"[Qq]uý (?:IV|I{1,3}|\d)(?!\w)(?: năm \d{4}| năm nay)?",
            # a decade (`đầu những năm 1990`, `thập niên 1980`), which is no year of its own
            r"(?:(?:[Đđ]ầu|[Cc]uối|[Gg]iữa) )?(?:[Nn]hững năm|[Tt]hập (?:niên|kỷ)) (?:1[89]|20)\d0(?!\w)",
            r"(?:[Nn]ửa đầu |[Nn]ửa cuối |(?<!lần )[Đđ]ầu |[Cc]uối )?[Nn]ăm (?:1[89]|20)\d{2}",  # `lần đầu | năm 2022`
            r"(?:19|20)\d{2}-(?:19|20)\d{2}",
        ]
    )
    + ")"
)


# A day/month after these is a share (`khoảng 1/3 lượng khí thải`, `giảm 1/3`), not a date.
_SHARE_BEFORE = re.compile(rf"(?i:{SHARE_WORDS}) $")
_BARE_DAY_MONTH = re.compile(r"\d{1,2}/\d{1,2}")
# … and so is one before what it is a share of (`Chỉ có 1/3 | số người được hỏi`, `1/4 | dân số`).
_SHARE_AFTER = re.compile(rf" (?:{SHARE_OF})\b")


def _share_of(text: str, found: re.Match[str]) -> bool:
    """A small fraction before what it is a share of (`1/3 | số người`); `15/10 số …` stays a date."""
    numerator, denominator = (int(part) for part in found.group(0).split("/"))
    return numerator < denominator <= 10 and _SHARE_AFTER.match(text, found.end()) is not None


def find_when(text: str) -> list[tuple[int, int]]:
    """Spans of date and time expressions, in text order, never overlapping; a length of time written like a
    clock time (`kéo dài 2 giờ 15 phút`) is left to the figures. The month a future is due (`giao tháng 3`) is one,
    so no figure is read inside it (`tháng 2 năm sau` is no `2 năm`), but `dates_shown` leaves it out."""
    return [
        (m.start(), m.end())
        for m in WHEN.finditer(text)
        if not (
            _BARE_DAY_MONTH.fullmatch(m.group(0))
            and (_SHARE_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _share_of(text, m))
        )
        and not _is_duration(text, m)
    ]


# `dầu Brent giao | tháng 3`, `hợp đồng kỳ hạn | tháng 6`: the month a future is due, not when anything happened.
# (`Bộ Ngoại giao | ngày 2/3`, `bàn giao | tháng 3` are no future)
_DELIVERY_BEFORE = re.compile(r"(?:(?<![Nn]goại )(?<!bàn )(?<!trao )(?<!chuyển )\bgiao|kỳ hạn) $")


# Words before a length of time: `kéo dài 2 giờ`, `sau 2 giờ 7 phút 20 giây`, `trong vòng 3 giờ`.
_LASTING_BEFORE = re.compile(
    r"(?:kéo dài|mất|sau|trong|trong vòng|hết|suốt|thành tích|thời gian|tổng cộng|(?:rút ngắn |giảm )?còn"
    r"|trung bình|bình quân|dành|làm việc|ngủ|(?:ít|nhiều) hơn"  # `dành trung bình 4 giờ 12 phút mỗi ngày`
    r"|(?:muộn|sớm|chậm|trễ|lùi)(?: hơn)?"  # `mở cửa muộn hơn 1 giờ`: how much later, not at 1 o'clock
    r"|tăng(?: thêm)?|giảm|thêm|tối đa|tối thiểu)"  # a change or a cap in hours: `tăng 5 giờ so với …`
    r"(?: khoảng| gần| hơn| chỉ)? $"
)  # `mất khoảng 9 giờ 10 phút`, `được rút ngắn còn 2 giờ 17 phút`
# After it, what makes it a rate of hours (`40 giờ/tuần`, `12 giờ mỗi tuần`) or how often (`2 giờ một lần`), not a
# time of day (`9 giờ mỗi ngày` may be either).
_RATE_AFTER = re.compile(r"/| mỗi (?:tuần|tháng|năm)| một lần\b")
# … or a span counted from an event (`chỉ 1 giờ | sau khi phát hành`, `2 giờ | trước khi khai mạc`).
_SPAN_AFTER = re.compile(r" (?:sau|trước) (?:khi|đó)\b| kể từ\b")
# … or what it changed to (`rút ngắn thời gian di chuyển từ | 2 giờ 40 phút | xuống còn 2 giờ 17 phút`).
_CHANGED_AFTER = re.compile(r" (?:xuống|lên)(?: còn| mức)? \d")
# `thời gian ngủ trung bình của người Hàn Quốc là | 6 giờ 58 phút`, `Thời gian bay khoảng | 2 giờ 40 phút`, `có
# thời gian sử dụng dài nhất với | 4 giờ 35 phút`: what a length of time is said to be.
_TIME_SPENT_IS = re.compile(r"\b[Tt]hời gian [^,.;]{0,60} (?:là|khoảng|mất|chỉ|còn|với)(?: khoảng| gần| hơn)? $")
_CLOCK = re.compile(rf"\d{{1,2}} giờ(?: \d{{1,2}} phút)?(?! {_PART_OF_DAY}| (?:ngày )?\d| cùng ngày| một ngày)")


def holds_count(text: str) -> bool:
    """A digit outside the dates of `text` (`khiến hơn 300 ngôi nhà …`; not `hạ lãi suất trong tháng 12`)."""
    dated = bytearray(len(text))
    for start, end in find_when(text):
        dated[start:end] = b"\x01" * (end - start)
    return any(char.isdigit() and not dated[k] for k, char in enumerate(text))


def _is_duration(text: str, m: re.Match[str]) -> bool:
    """`2 giờ 15 phút` with no part of the day and no date, after a word of lasting, before seconds, a rate's
    `/` or `mỗi`, the event it is counted from (`sau khi`) or what it changed to (`xuống còn …`), or more hours than
    a day has (`52 giờ`)."""
    if _CLOCK.fullmatch(m.group(0)) is None:
        return False
    return (
        _LASTING_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None
        or _TIME_SPENT_IS.search(text, max(0, m.start() - 80), m.start()) is not None
        or _SECONDS_AFTER.match(text, m.end()) is not None
        or _RATE_AFTER.match(text, m.end()) is not None
        or _SPAN_AFTER.match(text, m.end()) is not None
        or _CHANGED_AFTER.match(text, m.end()) is not None
        or int(m.group(0).split()[0]) > _HOURS_IN_A_DAY
    )


_HOURS_IN_A_DAY = 24


_SECONDS_AFTER = re.compile(r" \d{1,2} giây")


# A date a record or a comparison is measured from (`cao nhất kể từ năm 1997`, `so với mức năm 2018`, `tốt nhất kể từ
# Thế vận hội Vancouver năm 2010`) is not when the story happens.
_REFERENCE_BEFORE = re.compile(
    r"(?i:(?:kể từ|từ sau)(?: khi [^,.;]{0,40}? vào| [^,.;\d]{1,40}?)?|so với(?: mức| cùng kỳ)?) $"
)
# `kể từ` reaches back from a record or a gap (`cao nhất kể từ năm 1997`, `lần đầu tiên kể từ …`, `trở lại sau
# 5 năm kể từ năm 2018`); without one it says when something starts (`kể từ ngày 28/6, giá vé sẽ tăng …`),
# which is when the story happens.
_GAP = r"sau \d+ (?:năm|tháng|tuần|ngày)"
# (a number's own dot is no sentence's end: `lần đầu tiên vượt mốc 4.000 điểm kể từ …`)
_RECORD_BEFORE = re.compile(rf"(?:{SUPERLATIVES}|đầu tiên|lần đầu|liên tiếp|{_GAP})(?:[^.;]|(?<=\d)\.(?=\d)){{0,50}}$")
_RANGE_JOINT = re.compile(r" (?:đến|tới|và) | ?- ?")


def dates_shown(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The dates a reader is shown under "when", in text order: a range or a pair reads as one (`ngày 13 đến
    17/3`, `ngày 5 và 6/7`), a date in brackets without them, and a date a record or a comparison is measured
    from is left out, and so is the month a future is due (`dầu Brent giao tháng 3`)."""
    shown: list[tuple[int, int]] = []
    for start, end in spans:
        if text.startswith("tháng", start) and _DELIVERY_BEFORE.search(text, max(0, start - 16), start):
            continue
        opening = 3 if text[start : start + 3].casefold() == "từ " else 0  # `kể | từ tháng 12 năm 2018`
        reference = _REFERENCE_BEFORE.search(text, max(0, start - 60), start + opening)
        if reference is not None and (
            not reference.group(0).casefold().startswith("kể từ")
            or _RECORD_BEFORE.search(text, max(0, reference.start() - 60), reference.start())
        ):
            continue
        if shown and _RANGE_JOINT.fullmatch(text, shown[-1][1], start):
            shown[-1] = (shown[-1][0], end)
        else:
            shown.append((start, end))
    return [_balanced(text[start:end]) for start, end in shown]


def _balanced(date: str) -> str:
    """`(5/12)` → `5/12`, and brackets the match took without their partners go, while a bracket that closes
    inside the date stays (`ngày 21/11 (giờ địa phương)`, `hôm thứ Hai (1/10)`)."""
    if date.startswith("(") and date.endswith(")") and date.count("(") == 1:
        return date[1:-1]
    if date.count("(") != date.count(")"):
        return " ".join(date.replace("(", " ").replace(")", " ").split())
    return date
