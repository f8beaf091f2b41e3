"""Numbers that name a thing rather than count it: `quốc lộ số 7`, `vòng 5`, `Billboard 200`, `nhà máy điện hạt
nhân Ninh Thuận 2`. `numbers.py` asks `is_identifier` before it reads a number as a figure; kept apart so the
figure reader stays about reading figures.
"""

from __future__ import annotations

import re

from bot.summarizer.found import TIME_UNITS
from bot.summarizer.latin_words import VOWEL_RUN
from bot.summarizer.lexicon import CAPITALS, NOT_A_NAMES_DIGIT, lexicon, match_at

# Units written before the number.
UNITS_BEFORE = frozenset({"Mach", "tuổi", "cấp độ", "cấp"})  # `Mach 5`, `ở tuổi 20`, `cấp độ 4`, `cấp 4`

# What a number after a name says of the person: a prison term (`2 năm 6 tháng tù`) or an age, never a model or a chart.
_AFTER_A_PERSON = re.compile(r"\d+(?:,\d+)? (?:(?:năm|tháng)(?: \d{1,2} tháng)? tù|tuổi)(?!\w)")
# A number with a unit of length, area, mass or temperature, or a margin in a game, or a count of times, measures,
# whatever name comes before it (`tỉnh Bắc Chungcheong 24 km`, `hơn người về nhì Lilia Vu 1 gậy`, `tham dự World Cup
# 11 lần liên tiếp`); a number naming a thing takes no such unit. `lần đầu tiên` after a number is "for the first
# time", no count of times (`… Giải bóng chày WBSC Premier 12 | lần đầu tiên sau 10 năm`).
_MEASURE = re.compile(
    r"\d+(?:[.,]\d+)? (?:km|m|cm|mm|ha|héc-ta|kg|tấn|độ|lít|mét|gậy|điểm|bàn|lần(?! đầu tiên\b| thứ\b))(?!\w)"
)


# A number right after these names a thing (`vòng 5`, `chặng 3`, `quốc lộ 1`, `khóa 21`, `phút 75` of a match, not `2
# phút 24 giây`; a season, a part or an episode of a show: `mùa 3`, `phần 3`, `tập 16`; an era: `thế kỷ 21`,
# `thập niên 90`) or ranks it (`thứ 4`, which `_ordinal_noun` reads when it knows what is ranked); it does not
# count one.
_NAMING_NOUN = re.compile(
    r"(?:^|\s)(?:(?<!trong )vòng|thứ|hiệp|tầng|khóa|điều|chương|mục|tuyến|cổng|phòng|ga|lộ|(?<!\d )phút|[Mm]ùa|[Tt]ập|"
    r"[Qq]uận|[Pp]hường|lớp|chặng|"  # `quận 1`: a district named by its number; `lớp 4`: a school grade; a stage
    r"[Pp]hần|thế kỷ|thập niên|[Ss]ân vận động|[Nn]hà thi đấu) $"  # `Sân vận động 974`: an arena's name
)

# `điều` before a number is a law's article (`điều 40 của Luật …`) or the verb "to send" (`điều 40 xe ủi`): sent, a
# lower-case noun follows, counted.
_SENT = re.compile(r"(?:^|\s)điều $")
_SENT_COUNT = re.compile(r"\d[\d.,]* (?!(?:của|khoản|luật|bộ luật|quy định|về|và|hoặc|trong|thuộc|nêu)\b)[a-zà-ỹđ]")

# A number with a decimal part names nothing: `công suất dự phòng 11,5 GW` is no room (`phòng 11`).
_DECIMAL = re.compile(r"\d+,\d+(?!\d)")

# `dự án 425`, `chiến dịch 1105`: a project named by a bare number at its clause's end (`dự án 2 tỷ USD` counts),
# also after what it does (`dự án phóng 5 vệ tinh trinh sát quân sự 425`).
_PROJECT = re.compile(  # (no verb between: `chương trình đã thu hút 300.` counts)
    r"(?:^|\s)(?:[Dd]ự án|[Cc]hiến dịch|[Cc]hương trình)"
    r"(?: (?!(?:đã|sẽ|đang|được|bị|là|có|đạt|với|cho|thu|gồm|lên|xuống)\b)[a-zà-ỹđ\d]+){0,10} $"
)
# … or before what the project is for or whose it is (`dự án 425 | nhằm triển khai 5 vệ tinh`, `… 425 | của quân đội`)
_BARE_AT_CLAUSE_END = re.compile(
    r"\d+(?=[.,;:)]?(?:\s|$))(?![.,]?\d)(?!\s+(?!(?:nhằm|để|của|do|tại|ở|đã|sẽ|được)\b)[a-zà-ỹđ])"
)
# `đàm phán giai đoạn 2`: a phase named by its number; `giai đoạn 5 năm` is a span of time, and counts.
_PHASE = re.compile(r"(?:^|\s)[Gg]iai đoạn $")
_SPAN_OF_TIME = re.compile(r"\d+ (?:năm|tháng|tuần|ngày|quý)(?!\w)")
_LISTED_AFTER = re.compile(rf"(?<![\w,]){NOT_A_NAMES_DIGIT}(\d+)(?:,| và| hoặc) $")
_BARE_LISTED = re.compile(
    r"\d+(?![.,]?\d)(?=[.,;:)]|$| (?:của|tại|ở|thuộc|trong|đã|sẽ|được|đều|cũng|với|và|hoặc|do)\b)"
)


def is_identifier(text: str, start: int, known: dict[int, bool] | None = None) -> bool:
    """`Billboard 200`, `quốc lộ số 7`, `Hanul số 2`, `vòng 5`: a number naming a thing is not a figure;
    `con số 124` (the number 124) and `trong số 18 quốc gia` (among 18 countries) are. So is a bare number listed
    after one that names a thing (`tổ máy số 3 và 4 của`): `known`, the answers for the numbers before it in the
    same text, lets a caller reading in order walk a list once; the walk stops after _LIST_WALK items, and every
    number it passes gets the same answer."""
    known = {} if known is None else known
    passed: list[int] = []
    position, answer = start, False
    for _ in range(_LIST_WALK):
        if position in known:
            answer = known[position]
            break
        if _names_a_thing(text, position):
            answer = True
            break
        passed.append(position)
        listed = _LISTED_AFTER.search(text[max(0, position - 16) : position])
        if listed is None or not _BARE_LISTED.match(text, position):
            break
        position = max(0, position - 16) + listed.start(1)
    known.update(dict.fromkeys(passed, answer))
    return answer


_LIST_WALK = 10  # items of a list walked back to the number that names them


# `con số 124`, `trong số 18`, and a rank: `vị trí số 1`, `đứng số 1` (first on a chart).
_COUNTED_NUMBER = re.compile(r"(?i:vị trí|hạng|con|tỷ|trong|trên|tổng|đứng|xếp) số $")


def _names_a_thing(text: str, start: int) -> bool:
    """The words around the number at `start` say it names a thing (`số 7`, `vòng 5`, `K-League 1`)."""
    before = text[max(0, start - 16) : start]
    if re.search(r"(?:^|\s)số $", before) and not _COUNTED_NUMBER.search(before):
        return True
    named = _NAMING_NOUN.search(before) and not _DECIMAL.match(text, start)
    named = named and not (_SENT.search(before) and _SENT_COUNT.match(text, start))
    bare_at_end = _BARE_AT_CLAUSE_END.match(text, start) is not None  # (read first: a project is rarely near)
    if named or (bare_at_end and _PROJECT.search(text, max(0, start - 80), start)):
        return True
    if _numbered_vietnamese_name(text, start) or (_PHASE.search(before) and not _SPAN_OF_TIME.match(text, start)):
        return True
    previous = re.search(r"(\S+) $", before)
    # `Khi 5 dầm cầu …`: a sentence's first word is capitalised anyway, no name (unless it is no Vietnamese syllable:
    # `Ioniq 5 còn giành …` opens on a model's name)
    opening = previous is not None and (
        start == len(previous.group(0)) or re.search(r"[.!?] \S+ $", text[max(0, start - 30) : start]) is not None
    )
    opening = opening and previous is not None and len(VOWEL_RUN.findall(previous.group(1))) <= 1
    return bool(
        previous
        and not opening
        # `K-League 1`, `(Ligue 1)`, and a brand written with a small first letter: `iPhone 17`
        and re.fullmatch(r"[\"“(]?[a-z]?[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*", previous.group(1))
        and previous.group(1) not in {"USD", *UNITS_BEFORE}
        and not _AFTER_A_PERSON.match(text, start)  # `cựu Tổng thống Yoon Suk Yeol 5 năm tù`, `ông Kim 40 tuổi`
        and not _MEASURE.match(text, start)
        and not _count_after_place(text, start)
    )


# A place named with its unit right before a number (`tặng tỉnh Sơn La | 30 xe …`).
_UNIT_AND_NAME = re.compile(rf"(?:tỉnh|thành phố|huyện|quận|bang) (?:[{CAPITALS}]\S* ){{1,3}}$")
_COUNTED_AFTER = re.compile(r"\d[\d.,]*(?: (?:nghìn|ngàn|triệu|tỷ))? [a-zà-ỹđ]")


def _count_after_place(text: str, start: int) -> bool:
    """`cấp cho Busan | 200 xe buýt`, `tặng tỉnh Sơn La | 30 xe cứu thương`: a place is given a count of
    something (a lower-case noun follows), not numbered like a name (`Billboard 200`)."""
    if not _COUNTED_AFTER.match(text, start):
        return False
    before = text[max(0, start - 40) : start]
    if _UNIT_AND_NAME.search(before):
        return True
    names = before.split()
    return any(match_at(lexicon().places, names, len(names) - n) == n for n in (1, 2, 3) if len(names) >= n)


# What is numbered after its name: a plant, a project, a port, a bridge, a satellite (`điện Ninh Thuận 2`).
_NUMBERED_THING = re.compile(
    r"(?i:dự án|nhà máy|điện|hạt nhân|tổ máy|lò phản ứng|cảng|sân bay|cầu|vệ tinh|tên lửa|khu công nghiệp|mỏ|đập) $"
)
# Two capitalised syllables right before the number (`Ninh Thuận 2`).
_TWO_NAME_SYLLABLES = re.compile(r"(?:^|\s)([^\W\d_]+) ([^\W\d_]+) $")


def _numbered_vietnamese_name(text: str, start: int) -> bool:
    """`nhà máy điện hạt nhân Ninh Thuận 2`, `nhiệt điện Nghi Sơn 2`: a plant or project numbered after
    its Vietnamese name, which the ASCII test below cannot see. Only after such a thing (`tặng Sơn La 30 xe`
    counts), a known province's name too (`điện hạt nhân Ninh Thuận 2`), and not a long number, one that measures (`24
    km`) or counts."""
    number = re.match(r"\d{1,2}(?![\d.,]\d)", text[start:])
    if number is None or _MEASURE.match(text, start) or _AFTER_A_PERSON.match(text, start):
        return False
    name = _TWO_NAME_SYLLABLES.search(text, max(0, start - 24), start)
    if (
        name is None
        or name.group(0).isascii()
        or not _NUMBERED_THING.search(text, max(0, start - 48), name.start() + 1)
    ):
        return False
    parts = [name.group(1), name.group(2)]
    if not all(part[0].isupper() for part in parts):
        return False
    lex = lexicon()  # (a share or a multiplier after the number never reaches here: the caller has measured it)
    unit = re.match(r" (\w+)", text[start + number.end() : start + number.end() + 12])
    if unit is not None and (unit.group(1) in TIME_UNITS or unit.group(1) in lex.counted_nouns):
        return False  # `chuyến thăm Đà Nẵng 3 ngày`: a count, whatever the name before it
    return parts[0] not in lex.vietnamese_surnames
