"""Figures written in words or in several units: durations (`13 tiếng 30 phút`), shares (`khoảng 1/3`,
`hơn một nửa`), multiples (`gần gấp đôi`), ordinals, ranks and counts in words (`lần thứ ba`, `ba dự
luật`). `numbers.find_figures` runs these first and masks what they found, so no digit is read twice.

Each pattern below opens with a lookahead listing the letters a match can start with: the scan passes every
other position of the story at once, which keeps these whole-story scans cheap.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from bot.summarizer.found import COUNT_TAIL, MULTIPLIERS, TIME_UNITS, WORD_VALUES, FoundFigure, compares
from bot.summarizer.lexicon import NOT_A_NAMES_DIGIT, SHARE_OF, SHARE_WORDS, lexicon, match_at

# A length of time in several units, read as one figure: `13 tiếng 30 phút`, `1 phút 44 giây 40` (hundredths, or
# thousandths, after the seconds end the phrase: `37 giây 21,`, `18 giây 512.`).
# Hundredths after seconds end the time: at punctuation, or before a word that opens a phrase (`51 giây 02 tại …`).
_HUNDREDTHS_END = r"(?=[,.;:!?)]|$| (?:tại|ở|do|và|trong|của|với|khi|sau|trước)\b)"
_DURATION = re.compile(
    rf"(?=[\dkghc])(?<![\w,/]){NOT_A_NAMES_DIGIT}(?:(?:khoảng|gần|hơn|chỉ) )?"
    r"(?P<first>\d+) (?P<unit>giờ|tiếng|phút|giây)"
    rf"(?P<rest>(?<!giây)(?: \d{{1,2}} phút)*(?: \d{{1,2}}(?:,\d{{1,3}})? giây| \d{{1,2}} phút)"  # `44,75 giây`
    rf"(?: \d{{1,3}}{_HUNDREDTHS_END})?"
    rf"|(?<=giây) \d{{1,3}}{_HUNDREDTHS_END})"
)
_SECONDS_IN = {"giờ": 3600, "tiếng": 3600, "phút": 60, "giây": 1}


# A share written as a fraction (`khoảng 1/3 lượng khí thải`, `giảm 1/3`, `1/3 số người được hỏi`): `dates.py` leaves
# it to the figures.
_SHARE_OPENS = "".join(sorted({word[0] for word in SHARE_WORDS.split("|")}))  # kept in step with the lexicon
_FRACTION = re.compile(
    rf"(?=(?i:[\d{_SHARE_OPENS}]))(?<![\w,/]){NOT_A_NAMES_DIGIT}"
    rf"(?P<qual>(?i:{SHARE_WORDS}) )?(?P<a>\d)/(?P<b>\d{{1,2}})(?![\w/])(?P<of> (?:{SHARE_OF})\b)?"
)


# A share written in words (`hơn một nửa số người lao động`, `khoảng một phần ba`, `hai phần ba`): the
# share of a whole, as news writes it when the exact figure is in a later sentence or not given; not a span of
# time (`đối với một nửa năm`, `một phần tư thế kỷ`).
_WORD_FRACTION = re.compile(
    r"(?=(?i:[hkgctbm]))(?<!\w)(?P<qual>(?i:hơn|khoảng|gần|chưa đến|chưa tới|tới|tròn|chiếm|bằng) )?"
    r"(?P<share>(?i:một) nửa|(?i:một|hai|ba) phần (?:hai|ba|tư|năm|mười))(?!\w)"
    r"(?! (?:năm|tháng|tuần|ngày|giờ|thế kỷ|thập kỷ)\b)"
)
_PARTS = {"hai": 2, "ba": 3, "tư": 4, "năm": 5, "mười": 10}


def fraction_figures(text: str, free: Callable[[int, int], bool]) -> list[FoundFigure]:
    """Fractions after a word of share or change, valued as the share (`1/3` is 0.333…), and shares
    written in words (`hơn một nửa` is 0.5)."""
    found: list[FoundFigure] = []
    for m in _WORD_FRACTION.finditer(text):
        share = m.group("share").lower().split()
        numerator = WORD_VALUES[share[0]]
        denominator = 2 if share[-1] == "nửa" else _PARTS[share[-1]]
        qualifier = (m.group("qual") or "").strip().lower()
        start = m.start("share") if qualifier in ("chiếm", "bằng") else m.start()
        if numerator < denominator and free(start, m.end()):
            found.append(FoundFigure(start, m.end(), text[start : m.end()], numerator / denominator, "phần", False))
    for m in _FRACTION.finditer(text):
        numerator, denominator = int(m.group("a")), int(m.group("b"))
        if not 0 < numerator < denominator <= 10:
            continue
        if m.group("qual") is None and m.group("of") is None:
            continue  # a bare day/month: a date
        qualifier = (m.group("qual") or "").strip().lower()
        start = m.start("a") if qualifier in ("chiếm", "bằng", "tương đương", "tăng", "giảm") else m.start()
        end = m.end("b")
        if free(start, end):
            found.append(FoundFigure(start, end, text[start:end], numerator / denominator, "phần", False))
    return found


# A multiple written in words (`tăng gần gấp đôi`, `gấp rưỡi`): a figure as `gấp 3 lần` is.
_WORD_MULTIPLE = re.compile(
    r"(?=[ghktđ])(?<!\w)(?:(?:gần|hơn|khoảng|tới|đến) )?"
    r"gấp (?P<times>đôi|rưỡi|ba|bốn|năm|sáu|mười)(?! (?:lần|\d))(?!\w)"
)
_TIMES = {"đôi": 2.0, "rưỡi": 1.5, "ba": 3.0, "bốn": 4.0, "năm": 5.0, "sáu": 6.0, "mười": 10.0}


def multiple_figures(text: str, free: Callable[[int, int], bool]) -> list[FoundFigure]:
    """Multiples written in words (`gần gấp đôi` is 2), so a doubling is not left out for want of digits."""
    return [
        FoundFigure(m.start(), m.end(), m.group(0), _TIMES[m.group("times")], "lần", False)
        for m in _WORD_MULTIPLE.finditer(text)
        if free(m.start(), m.end())
    ]


# A ratio or a score written with a colon (`tỷ lệ cạnh tranh … là 1:38`, `tỷ lệ 1.200:1`, `với tỷ số 2:1`), after `tỷ
# lệ` or `tỷ số` and a few words: one figure, where the colon alone would read as two numbers (`numbers.FIGURE` reads
# no number beside a colon: `lúc 14:30` is a clock time).
_RATIO = re.compile(
    r"(?<=\b[Tt]ỷ (?P<kind>lệ|số) )(?:[^,.;:]{1,80}? )?(?:đã )?(?:là |ở mức |lên tới |lên |khoảng )?"
    r"(?P<ratio>\d{1,5}(?:\.\d{3})*(?:,\d{1,2})?(?::| chọi )\d{1,5})(?![\d:])"  # `10 chọi 1`: ten applicants to a place
)


def ratio_figures(text: str, free: Callable[[int, int], bool]) -> list[FoundFigure]:
    """Ratios after `tỷ lệ` (`1:38` is valued 38, the many to the one; `1.200:1` is 1.200), unit `tỷ lệ`, and scores
    after `tỷ số` (`2:1`, valued by its first side, as `numbers` values `2-1`)."""
    found: list[FoundFigure] = []
    for m in _RATIO.finditer(text):
        start, end = m.span("ratio")
        if not free(start, end):
            continue
        sides = re.split(r":| chọi ", m.group("ratio"))  # (`24,1:1`: a decimal comma)
        left, right = (Decimal(side.replace(".", "").replace(",", ".")) for side in sides)
        if m.group("kind") == "số":
            found.append(FoundFigure(start, end, m.group("ratio"), float(left), None, False))
            continue
        value = max(left, right) / min(left, right) if min(left, right) else max(left, right)
        found.append(FoundFigure(start, end, m.group("ratio"), float(value), "tỷ lệ", False))
    return found


def duration_figures(text: str, free: Callable[[int, int], bool]) -> list[FoundFigure]:
    """Lengths of time in several units (`2 giờ 7 phút 20 giây`), valued in their first unit."""
    found: list[FoundFigure] = []
    for m in _DURATION.finditer(text):
        start = m.start("first") if compares(text, m.start(), m.end()) else m.start()
        if not free(start, m.end()):
            continue
        unit = m.group("unit")
        seconds = Decimal(m.group("first")) * _SECONDS_IN[unit]
        parts = m.group("rest").split()
        for index in range(0, len(parts) - 1, 2):
            seconds += Decimal(parts[index].replace(",", ".")) * _SECONDS_IN[parts[index + 1]]  # `44,75 giây`
        if len(parts) % 2:  # hundredths (or thousandths: `18 giây 512`) of a second
            seconds += Decimal(parts[-1]) / 10 ** len(parts[-1])
        value = seconds / _SECONDS_IN[unit]
        found.append(FoundFigure(start, m.end(), text[start : m.end()], float(value), unit, False))
    return found


# `lượt khách thứ 5 triệu`: an ordinal in digits may carry a scale word, which is part of the rank; `thứ 2.000` is
# grouped in thousands.
_ORDINAL = re.compile(
    r"(?=t)(?<!\w)thứ (?P<num>\d{1,3}(?:\.\d{3})+(?![.,]?\d)|\d+(?P<scale> (?:triệu|nghìn|ngàn|tỷ))?"
    r"|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?!\w)"
)
_WORDS_BEFORE = re.compile(r"(?<!\w)(?:\w+ ){1,7}$")
# … or an adjective it ranks by (`lớn thứ 10 thế giới`, the tenth largest; `cao thứ hai`, the second highest)
_RANK_VERBS = frozenset({"đứng", "xếp", "xếp hạng", "lớn", "cao", "thấp", "đông"})
# … or what is only ever ranked, never counted in words (`nước thứ 7 trên thế giới`, while `hai nước` is "the two
# countries", no figure)
_RANKED_NOUNS = frozenset({"nước", "quốc gia", "thành phố", "công ty", "doanh nghiệp", "nền kinh tế", "thị trường"})
# `tuyến xe buýt ban đêm thứ ba`: "at night" describes the thing ranked; the night is not what is counted.
_TIMES_OF_DAY = frozenset({"ban đêm", "ban ngày"})
# … never a class of stars (`xếp hạng 3 sao`, `khách sạn hạng 5 sao`): the stars are counted, no place is ranked.
_RANK = re.compile(r"(?=[vh])(?<!\w)(?:vị trí|hạng) (?:số |thứ )?(?P<num>\d+|một|nhất|hai|ba)(?!\w)(?! sao\b)")
# A grade or a category (`bão cấp 5`, `xe … khí thải loại 5`): one digit, after what is graded or before no counted
# noun (`loại 5 | bị cấm`); never the verbs `cấp`, `loại` (`được cấp 5 giấy phép`, `cấp 5 triệu won`, `loại 5 đội`).
_GRADE = re.compile(
    r"(?=[lc])(?<!\w)(?<!được )(?<!đã )(?<!sẽ )(?<!bị )(?<!vừa )(?:cấp|loại) (?P<num>[1-9])"
    r"(?![\w%/-]|[.,]\d| (?:triệu|tỷ|nghìn|ngàn|trăm|phần)\b)"
)
_GRADED = re.compile(r"(?i:bão|cảnh báo|báo động|khí thải|động đất|gió|ứng phó|khẩn cấp) $")
_NEXT_WORD = re.compile(r" ?([^\s,.;:!?()]*)")
_COUNT_WORD = re.compile(
    r"(?=(?i:[hkgtđbscm]))(?<!\w)(?P<qual>(?i:hơn|khoảng|gần|tròn|đúng) )?"
    r"(?P<num>(?i:mười (?:một|hai|ba|bốn|lăm|sáu|bảy|tám|chín)|hai|ba|bốn|sáu|bảy|tám|chín|mười|một))"
    r" (?P<noun>\w+(?: \w+)?)"
)
_NOT_NOUNS = frozenset({"là", "và", "của", "với", "hôm", "ngày", "vào", "cả", "thuộc", "tại", "ở", "trên"})
_MEDAL_COLOUR = re.compile(r" (?:vàng|bạc|đồng)(?!\w)")  # `ba huy chương vàng`: which medals are counted


def _ordinal_noun(text: str, thu: int, counted: frozenset[str]) -> tuple[int, str | None]:
    """What an ordinal counts and where its text starts: the nearest counted noun within seven words before `thứ`,
    past an acronym or a Latin brand but no other name nor a preposition (`lần đóng băng thứ 13`, `danh hiệu LPGA thứ
    7`, `cửa hàng Starbucks thứ 2.000`; not `chiến thắng | tại chặng đua thứ 5`), or a verb of ranking (`đứng thứ 17`);
    a title right before a number (`Tổng thống thứ 21`) ranks its holder. (start, None) when nothing before it is
    counted: `đạn đạo thứ 5` would cut a compound."""
    before = _WORDS_BEFORE.search(text, max(0, thu - 60), thu)
    if before is None:
        return thu, None
    words = before.group(0).split()
    titles = lexicon().titles
    # `Tổng thống thứ 21`: the holder's place in the line of those with the title; in words it is part of the
    # title (`Thứ trưởng thứ nhất`, the First Vice Minister)
    numbered = text[thu + 4 : thu + 5].isdigit()
    for size in (4, 3, 2, 1) if numbered else ():
        if len(words) >= size and match_at(titles, words, len(words) - size) == size:
            title = " ".join(words[-size:])
            return thu - 1 - len(title), title
    for index in range(len(words) - 1, -1, -1):
        for size in (2, 1):  # the two-word noun ending here first: `nhiệm kỳ thứ hai`, never `nhiệm | kỳ thứ hai`
            first = index + 1 - size
            if first < 0:
                continue
            phrase = " ".join(words[first : index + 1])
            if phrase in _TIMES_OF_DAY:
                return thu, None
            start = before.start() + len(" ".join(words[:first])) + (1 if first else 0)
            if opens_sentence(text, start):
                phrase = phrase[:1].lower() + phrase[1:]  # `Vệ tinh trinh sát … thứ 5 …` opening its sentence
            ranked = phrase in counted or phrase in _RANKED_NOUNS
            if ranked or (size == 1 and index == len(words) - 1 and phrase in _RANK_VERBS):
                return start, phrase if ranked else "hạng"
        acronym = len(words[index]) >= 2 and words[index].isupper()  # `danh hiệu LPGA thứ 7`: whose titles
        # … or one Latin brand right before it (`cửa hàng Starbucks thứ 2.000`: whose shops)
        brand = index == len(words) - 1 and words[index].isascii() and words[index].isalpha()
        if (words[index][:1].isupper() and not acronym and not brand) or words[index] in _NOT_NOUNS:
            break
    return thu, None


def opens_sentence(text: str, start: int) -> bool:
    """Position `start` opens the text, a line, or follows a sentence's stop and any closing quotation mark (read a
    few characters back, never the whole text before it: this runs for every ordinal and every count)."""
    before = text[max(0, start - 4) : start]
    return start == 0 or before.rstrip(" ").endswith("\n") or before.rstrip().rstrip('”"').endswith((".", "!", "?"))


def _count_value(number: str) -> int:
    """`hai` is 2, `mười hai` 12, `mười lăm` 15 (`lăm` is how five is said after ten)."""
    tens, _, unit = number.partition(" ")
    if not unit:
        return WORD_VALUES[tens]
    return 10 + (5 if unit == "lăm" else WORD_VALUES[unit])


def word_figures(text: str, free: Callable[[int, int], bool]) -> list[FoundFigure]:
    """Ordinals (`lần thứ ba`), ranks (`vị trí số một`), grades (`bão cấp 5`) and counts in words (`hai phút`, `ba dự
    luật`)."""
    counted = lexicon().counted_nouns
    found: list[FoundFigure] = []
    previous: FoundFigure | None = None
    for m in _ORDINAL.finditer(text):
        noun_start, unit = _ordinal_noun(text, m.start(), counted)
        if unit is None and previous is not None and text[previous.end : m.start()] in (" và ", ", "):
            noun_start, unit = m.start(), previous.unit  # `lần lượt xếp thứ 2 và thứ 3`: the same rank again
        if unit is None or not free(noun_start, m.end()):
            continue
        raw, scale = m.group("num"), m.group("scale")
        if scale:
            value = float(int(raw.removesuffix(scale)) * MULTIPLIERS[scale.strip()])
        else:
            digits = raw.replace(".", "")  # `thứ 2.000`: thousands are grouped with dots
            value = float(digits) if digits.isdigit() else float(WORD_VALUES[raw])
        tail = COUNT_TAIL.match(text, m.end())
        if unit in TIME_UNITS and tail is None:
            continue  # `tuần thứ hai của tháng 10` dates a figure; `tuần thứ 5 liên tiếp` is a run
        end = tail.end() if tail else m.end()
        previous = FoundFigure(noun_start, end, text[noun_start:end], value, unit, False)
        found.append(previous)
    for m in _RANK.finditer(text):
        if free(m.start(), m.end()):
            raw = m.group("num")
            value = float(raw) if raw.isdigit() else float(WORD_VALUES[raw])
            found.append(FoundFigure(m.start(), m.end(), m.group(0), value, "hạng", False))
    stops = lexicon().unit_stops
    for m in _GRADE.finditer(text):
        following = _NEXT_WORD.match(text, m.end())
        bare = following is None or not following.group(1) or following.group(1) in stops
        if (bare or _GRADED.search(text, max(0, m.start() - 12), m.start())) and free(m.start(), m.end()):
            found.append(FoundFigure(m.start(), m.end(), m.group(0), float(m.group("num")), "cấp", False))
    for m in _COUNT_WORD.finditer(text):
        noun = m.group("noun")
        head = noun if noun in counted else noun.split(" ")[0]
        if head not in counted:
            continue
        if head == "năm" and noun.split(" ")[-1] in ("nay", "ngoái", "trước", "mới"):
            continue
        if text.endswith("thứ ", 0, m.start()):
            continue  # `thứ hai`: a weekday or an ordinal, not a count
        if text.endswith("so với ", 0, m.start()) and text.startswith(" trước", m.start("noun") + len(head)):
            continue  # `tăng 2 người so với | hai ngày trước`: when the baseline was, not an amount
        end = m.start("noun") + len(head)
        colour = _MEDAL_COLOUR.match(text, end) if head == "huy chương" else None
        end = colour.end() if colour else end
        tail = COUNT_TAIL.match(text, end)
        # `một` is mostly "a": it counts only when rounded (`tròn một năm`) or in a toll or a run.
        number = m.group("num").lower()  # `Hai anh em …` opening a sentence
        if number == "một" and (m.group("qual") or "").lower() != "tròn " and tail is None:
            continue
        end = tail.end() if tail else end
        if free(m.start(), end):
            found.append(FoundFigure(m.start(), end, text[m.start() : end], float(_count_value(number)), head, False))
    return found
