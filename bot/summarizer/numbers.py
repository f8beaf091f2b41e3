"""Figures in Vietnamese news text.

Vietnamese writes `260.000` for 260000 and `15,1%` for 15.1; `tỷ / triệu / nghìn` multiply; dates
(`ngày 31/10`, `tháng 6`, `năm 2018`) are not figures: `dates.py` finds them first and the caller masks
them, so no digit is read twice. Values use Decimal so `16,6 tỷ` is exactly 16600000000.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from bot.summarizer.lexicon import SHARE_WORDS, TOLLS, lexicon
from bot.summarizer.text import QuoteIndex

_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d+|\d+"
# A sentence may open with one (`Khoảng 1,2 triệu người …`).
_QUALIFIER = r"(?:(?i:hơn|khoảng|gần|xấp xỉ|ít nhất|tối đa|trên|dưới|tới|tròn|chỉ|mức|tăng|giảm|đạt|là|gấp|âm) )?"
# Verbs that report a figure: they stay out of its text (the context carries them); `là` stays in front
# of a bare number (`là 0,2`), which says nothing without it.
_VERBS = ("tăng", "giảm", "đạt", "là")
# A run (`12 tháng liên tiếp`) and a toll (`một người bị mất tích`) belong to the count they follow.
_COUNT_TAIL = re.compile(rf" (?:liên tiếp|bị mất tích|{TOLLS})(?!\w)")
# Units written before the number.
_UNITS_BEFORE = frozenset({"Mach", "tuổi"})  # `Mach 5`, `ở tuổi 20`
_MULTIPLIER = r"(?: (?:nghìn tỷ|ngàn tỷ|tỷ|triệu|nghìn|ngàn|trăm))?"
FIGURE = re.compile(
    rf"(?<![\w.,/-])(?P<qual>{_QUALIFIER})(?P<sign>[-−](?=\d))?(?P<num>{_NUMBER})(?:-(?P<num2>\d+)(?![\d/]))?"
    rf"(?P<mult>{_MULTIPLIER})(?P<pct> ?%p?(?:/năm|/tháng)?| phần trăm)?(?![\w/])"
)
_OUT_OF = re.compile(r" (?:(?:trong|trên) (?:tổng )?số|trên) \d{1,3}(?:\.\d{3})*(?![\d,])")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_MULTIPLIERS = {
    "nghìn tỷ": Decimal(10) ** 12,
    "ngàn tỷ": Decimal(10) ** 12,
    "tỷ": Decimal(10) ** 9,
    "triệu": Decimal(10) ** 6,
    "nghìn": Decimal(1000),
    "ngàn": Decimal(1000),
    "trăm": Decimal(100),
}
_WORD_VALUES = {
    "một": 1, "nhất": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5,
    "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
}  # fmt: skip
_ORDINAL = re.compile(r"(?<!\w)thứ (?P<num>\d+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?!\w)")
_WORDS_BEFORE = re.compile(r"(?<!\w)(?:\w+ ){1,7}$")
_RANK_VERBS = frozenset({"đứng", "xếp", "xếp hạng"})
_RANK = re.compile(r"(?<!\w)(?:vị trí|hạng) (?:số |thứ )?(?P<num>\d+|một|nhất|hai|ba)(?!\w)")
_COUNT_WORD = re.compile(
    r"(?<!\w)(?P<qual>(?:hơn|khoảng|gần|tròn|đúng) )?(?P<num>hai|ba|bốn|sáu|bảy|tám|chín|mười|một)"
    r" (?P<noun>\w+(?: \w+)?)"
)
_NOT_NOUNS = frozenset({"là", "và", "của", "với", "hôm", "ngày", "vào", "cả"})
_WORD = re.compile(r"[^\s,.;:!?()\"“”]+")


@dataclass(frozen=True, slots=True)
class FoundFigure:
    """A figure with its place in the text, so the caller can rank it and find its context."""

    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    parenthetical: bool


# A length of time in several units, read as one figure: `13 tiếng 30 phút`, `1 phút 44 giây 40` (hundredths
# after the seconds end the phrase: `37 giây 21,`).
_DURATION = re.compile(
    r"(?<![\w.,/])(?:(?:khoảng|gần|hơn|chỉ) )?(?P<first>\d+) (?P<unit>giờ|tiếng|phút|giây)"
    r"(?P<rest>(?<!giây)(?: \d{1,2} (?:phút|giây))+(?: \d{1,2}(?=[,.;:!?)]|$))?|(?<=giây) \d{1,2}(?=[,.;:!?)]|$))"
)
_SECONDS_IN = {"giờ": 3600, "tiếng": 3600, "phút": 60, "giây": 1}


# A share written as a fraction (`khoảng 1/3 lượng khí thải`, `giảm 1/3`): `dates.py` leaves it to the figures.
_FRACTION = re.compile(rf"(?<![\w.,/])(?P<qual>(?i:{SHARE_WORDS}) )(?P<a>\d)/(?P<b>\d{{1,2}})(?![\w/])")


# A share written in words (`hơn một nửa số người lao động`, `khoảng một phần ba`, `hai phần ba`): the
# share of a whole, as news writes it when the exact figure is in a later sentence or not given.
_WORD_FRACTION = re.compile(
    r"(?<!\w)(?P<qual>(?i:hơn|khoảng|gần|chưa đến|chưa tới|tới|tròn|chiếm|bằng) )?"
    r"(?P<share>(?i:một) nửa|(?i:một|hai|ba) phần (?:hai|ba|tư|năm|mười))(?!\w)"
)
_PARTS = {"hai": 2, "ba": 3, "tư": 4, "năm": 5, "mười": 10}


def _fraction_figures(text: str, free: Callable[[int, int], bool]) -> list[FoundFigure]:
    """Fractions after a word of share or change, valued as the share (`1/3` is 0.333…), and shares
    written in words (`hơn một nửa` is 0.5)."""
    found: list[FoundFigure] = []
    for m in _WORD_FRACTION.finditer(text):
        share = m.group("share").lower().split()
        numerator = _WORD_VALUES[share[0]]
        denominator = 2 if share[-1] == "nửa" else _PARTS[share[-1]]
        qualifier = (m.group("qual") or "").strip().lower()
        start = m.start("share") if qualifier in ("chiếm", "bằng") else m.start()
        if numerator < denominator and free(start, m.end()):
            found.append(FoundFigure(start, m.end(), text[start : m.end()], numerator / denominator, "phần", False))
    for m in _FRACTION.finditer(text):
        numerator, denominator = int(m.group("a")), int(m.group("b"))
        if not 0 < numerator < denominator <= 10:
            continue
        qualifier = m.group("qual").strip().lower()
        start = m.start("a") if qualifier in ("chiếm", "bằng", "tương đương", "tăng", "giảm") else m.start()
        if free(start, m.end()):
            found.append(FoundFigure(start, m.end(), text[start : m.end()], numerator / denominator, "phần", False))
    return found


# A multiple written in words (`tăng gần gấp đôi`, `gấp rưỡi`): a figure as `gấp 3 lần` is.
_WORD_MULTIPLE = re.compile(
    r"(?<!\w)(?:(?:gần|hơn|khoảng|tới|đến) )?gấp (?P<times>đôi|rưỡi|ba|bốn|năm|sáu|mười)(?! (?:lần|\d))(?!\w)"
)
_TIMES = {"đôi": 2.0, "rưỡi": 1.5, "ba": 3.0, "bốn": 4.0, "năm": 5.0, "sáu": 6.0, "mười": 10.0}


def _multiple_figures(text: str, free: Callable[[int, int], bool]) -> list[FoundFigure]:
    """Multiples written in words (`gần gấp đôi` is 2), so a doubling is not left out for want of digits."""
    return [
        FoundFigure(m.start(), m.end(), m.group(0), _TIMES[m.group("times")], "lần", False)
        for m in _WORD_MULTIPLE.finditer(text)
        if free(m.start(), m.end())
    ]


def _duration_figures(text: str, free: Callable[[int, int], bool]) -> list[FoundFigure]:
    """Lengths of time in several units (`2 giờ 7 phút 20 giây`), valued in their first unit."""
    found: list[FoundFigure] = []
    for m in _DURATION.finditer(text):
        start = m.start()
        if not free(start, m.end()):
            continue
        unit = m.group("unit")
        seconds = Decimal(m.group("first")) * _SECONDS_IN[unit]
        parts = m.group("rest").split()
        for index in range(0, len(parts) - 1, 2):
            seconds += Decimal(parts[index]) * _SECONDS_IN[parts[index + 1]]
        if len(parts) % 2:  # hundredths of a second
            seconds += Decimal(parts[-1]) / 100
        value = seconds / _SECONDS_IN[unit]
        found.append(FoundFigure(start, m.end(), text[start : m.end()], float(value), unit, False))
    return found


# What a number after a name says of the person: a prison term or an age, never a model or a chart.
_AFTER_A_PERSON = re.compile(r"\d+(?:,\d+)? (?:(?:năm|tháng) tù|tuổi)(?!\w)")
# Two-word phrases that follow a counted noun rather than continue it: `trị giá` (worth), `nhân dịp` (on
# the occasion of).
_PHRASE_AFTER_UNIT = frozenset({("trị", "giá"), ("nhân", "dịp")})
_PRISON = re.compile(r" tù(?: (?:giam|treo))?(?!\w)")
_RANGE_START = re.compile(r" (?:đến|tới) \d")
# A rate's base after its count (`12,1 người | trên 1.000 người khám bệnh`): one figure, or the base would
# read as a count of its own ("over 1,000 patients").
_PER = re.compile(r" (?:trên|mỗi) (?:mỗi )?\d{1,3}(?:\.\d{3})*(?![\d,.]\d)")


def _decimal(token: str) -> Decimal | None:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", token):
        token = token.replace(".", "").replace(",", ".")
    else:
        token = token.replace(",", ".")
    try:
        return Decimal(token)
    except InvalidOperation:
        return None


_HALF = " rưỡi"  # `4 năm rưỡi`: four and a half years
_TIME_UNITS = frozenset({"năm", "tháng", "tuần", "ngày", "giờ", "phút", "giây", "quý", "tiếng"})
# Units written as symbols: the unit is that word alone (`200 m tự do` is 200 m, in the freestyle).
_SYMBOL_UNITS = frozenset(
    {"m", "km", "cm", "mm", "kg", "g", "ha", "m2", "m²", "km2", "km²", "m3", "m³", "kw", "kwh", "mw", "gw", "ml", "l"}
)


_MAX_UNIT_WORDS = 8


def _unit_words(text: str, start: int) -> tuple[str, int]:
    """The counted noun after a number (`khách nước ngoài`, `bộ xử lý đồ họa (GPU)`), ending before a
    stop word, a capitalised word, a digit or punctuation; at most eight syllables (`quả tên lửa đạn đạo tầm
    ngắn (SRBM)`)."""
    stops = lexicon().unit_stops
    currencies = lexicon().currencies
    words: list[str] = []
    end = start
    position = start
    while len(words) < _MAX_UNIT_WORDS:
        match = _WORD.match(text, position + 1) if position < len(text) and text[position] == " " else None
        if match is None:
            break
        word = match.group(0)
        if word.split("/")[0] in currencies and not words:  # `65,35 USD/thùng` is a price per barrel
            words.append(word)
            end = match.end()
            break
        if not words and (word in _TIME_UNITS or word == "tuổi" or word.split("/")[0] in _SYMBOL_UNITS):
            # `11 năm`, `200 m`, `73 tuổi`: what follows is the sentence, not the unit; `4 năm rưỡi` is a half
            # more
            words.append(word)
            end = match.end()
            if text.startswith(_HALF, end) and not text[end + len(_HALF) : end + len(_HALF) + 1].isalpha():
                words.append(_HALF.strip())
                end += len(_HALF)
            elif sentence := _PRISON.match(text, end):  # `7 năm tù giam`: a sentence, not a length of time
                words.extend(sentence.group(0).split())
                end = sentence.end()
            break
        if words == ["độ"] and word in ("C", "F"):  # `10 độ C`
            words.append(word)
            end = match.end()
            break
        if word.lower() in stops and not _compound_at(text, match, words):
            break
        if words and word == "đảng":
            break  # `11 nghị sĩ | đảng Sức mạnh quốc dân`: whose they are, not what is counted (`3 đảng` is)
        if words and word == "người" and text[match.end() + 1 : match.end() + 2].isupper():
            break  # `5 thuyền viên | người Việt Nam`: their nationality, not what is counted
        if not word[0].islower() or word[0].isdigit():
            break
        following = _WORD.match(text, match.end() + 1) if text.startswith(" ", match.end()) else None
        if words and following and (word, following.group(0)) in _PHRASE_AFTER_UNIT:
            break  # `12 tàu ngầm | trị giá 60 tỷ USD`, `2.188 người | nhân dịp …`: a phrase of its own follows
        words.append(word)
        end = position = match.end()
    acronym = re.match(r" \([A-Z][A-Z0-9-]{1,9}\)", text[end : end + 14])
    if words and acronym:
        end += acronym.end()
    return text[start:end].strip(), end


def _compound_at(text: str, match: re.Match[str], before: list[str]) -> bool:
    """The stop word `match` is half of a word written in two: it opens one (`34 thành phố`, `7 thành viên`)
    or closes the unit word `before` it (`người trưởng thành`)."""
    compounds = lexicon().stop_compounds
    if before and f"{before[-1]} {match.group(0)}".casefold() in compounds:
        return True
    after = _WORD.match(text, match.end() + 1) if text.startswith(" ", match.end()) else None
    return after is not None and f"{match.group(0)} {after.group(0)}".casefold() in compounds


# A number right after these names a thing (`vòng 5`, `quốc lộ 1`, `khóa 21`, `phút 75` of a match, not `2
# phút 24 giây`; an era: `thế kỷ 21`, `thập niên 90`) or ranks it (`thứ 4`, which `_ordinal_noun` reads when
# it knows what is ranked); it does not count one.
_NAMING_NOUN = re.compile(
    r"(?:^|\s)(?:(?<!trong )vòng|thứ|hiệp|tầng|khóa|điều|chương|mục|tuyến|cổng|phòng|ga|lộ|(?<!\d )phút|"
    r"thế kỷ|thập niên) $"
)


def _is_identifier(text: str, start: int) -> bool:
    """`Billboard 200`, `quốc lộ số 7`, `Hanul số 2`, `vòng 5`: a number naming a thing is not a figure;
    `con số 124` (the number 124) and `trong số 18 quốc gia` (among 18 countries) are."""
    before = text[max(0, start - 12) : start]
    if re.search(r"(?:^|\s)số $", before) and not re.search(r"(?:vị trí|hạng|con|tỷ|trong|trên|tổng) số $", before):
        return True
    if _NAMING_NOUN.search(before):
        return True
    previous = re.search(r"(\S+) $", before)
    return bool(
        previous
        and re.fullmatch(r"[\"“]?[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*", previous.group(1))  # `K-League 1`
        and previous.group(1) not in {"USD", *_UNITS_BEFORE}
        and not _AFTER_A_PERSON.match(text, start)  # `cựu Tổng thống Yoon Suk Yeol 5 năm tù`, `ông Kim 40 tuổi`
    )


def _inside_parentheses(text: str, start: int) -> bool:
    opening = text.rfind("(", max(0, start - 40), start)
    return opening != -1 and text.find(")", opening, start) == -1


def _figure_start(m: re.Match[str], *, bare: bool) -> int:
    """Where a figure's text starts: at its qualifier (`hơn`, `khoảng`), its sign, or its number; a
    reporting verb is left to the context, except `là` before a bare number."""
    qualifier = m.group("qual").strip().lower()
    if not qualifier or (qualifier == "là" and bare) or qualifier not in _VERBS:
        return m.start()
    return m.start("sign") if m.group("sign") else m.start("num")


def find_figures(text: str, masked: list[tuple[int, int]]) -> list[FoundFigure]:
    """Every figure outside the `masked` spans (dates), in text order."""
    blocked = bytearray(len(text))
    for start, end in masked:
        blocked[start:end] = b"\x01" * (end - start)
    found: list[FoundFigure] = []
    currencies = lexicon().currencies
    quotes = QuoteIndex(text)

    def free(start: int, end: int) -> bool:
        return not any(blocked[start:end])

    words_and_times = [*_duration_figures(text, free), *_fraction_figures(text, free), *_multiple_figures(text, free)]
    for item in [*words_and_times, *_word_figures(text, free)]:
        found.append(item)
        blocked[item.start : item.end] = b"\x01" * (item.end - item.start)
    for m in FIGURE.finditer(text):
        if not free(m.start("num"), m.end("num")) or _is_identifier(text, m.start("num")):
            continue
        if quotes.inside(m.start("num")):  # `"Map of the Soul: 7"` names a thing
            continue
        if m.group("num") == "1" and text.endswith(" đổi ", 0, m.start()):  # `1.380 won đổi 1 USD`
            continue
        if _YEAR.fullmatch(m.group("num")) and not (m.group("qual") or m.group("mult") or m.group("pct")):
            continue  # `Giải vô địch thế giới 2024`: a count this size is written `2.024`
        value = _decimal(m.group("num"))
        if value is None:
            continue
        multiplier = m.group("mult").strip()
        if multiplier:
            value *= _MULTIPLIERS[multiplier]
        if m.group("sign") or m.group("qual").lower() == "âm ":  # `-1,3%`, `âm 10 độ C`
            value = -value
        end = m.end()
        if m.group("pct"):  # `0,2%p` is in percentage points, as `0,2 điểm phần trăm` is
            unit: str | None = "điểm phần trăm" if "%p" in m.group("pct") else "%"
        else:
            out_of = _OUT_OF.match(text, m.end())  # `hơn 6 trong tổng số 10 cơ sở`: the share reads whole
            words, end = _unit_words(text, out_of.end() if out_of else m.end())
            if not free(m.end(), end):  # `độ tuổi 15-29 | tháng 5`: a unit ends before a date
                end = m.end() + len(text[m.end() : blocked.index(1, m.end(), end)].rstrip())
                words = text[m.end() : end].strip()
            first = words.split(" ", 1)[0] if words else ""
            unit = first if first in currencies else (words or None)
            if unit and unit.endswith(_HALF):
                unit, value = unit.removesuffix(_HALF), value + Decimal("0.5")
            tail = _COUNT_TAIL.match(text, end) if unit and unit != "tuổi" else None  # `phi công 73 tuổi thiệt mạng`
            end = tail.end() if tail else end
            per = _PER.match(text, end) if unit and tail is None else None
            if per is not None and free(per.start(), per.end()):  # `12,1 người trên 1.000 người khám bệnh`
                end = _unit_words(text, per.end())[1]
        if unit is None and _RANGE_START.match(text, end):
            continue  # `từ 15 đến 64 tuổi`: the range's end carries it, with its unit
        start = _figure_start(m, bare=unit is None)
        unit_before = next((u for u in _UNITS_BEFORE if text.endswith(f"{u} ", 0, start)), None)
        if unit_before and unit is None:
            start, unit = start - len(unit_before) - 1, unit_before
        found.append(FoundFigure(start, end, text[start:end], float(value), unit, _inside_parentheses(text, start)))
        blocked[start:end] = b"\x01" * (end - start)
    return sorted(found, key=lambda f: f.start)


def _ordinal_noun(text: str, thu: int, counted: frozenset[str]) -> tuple[int, str | None]:
    """What an ordinal counts and where its text starts: the nearest counted noun within seven words
    before `thứ` (`lần đóng băng thứ 13`, `bàn thắng thứ 8`), or a verb of ranking (`đứng thứ 17`).
    (start, None) when nothing before it is counted: `đạn đạo thứ 5` would cut a compound."""
    before = _WORDS_BEFORE.search(text, max(0, thu - 60), thu)
    if before is None:
        return thu, None
    words = before.group(0).split()
    for index in range(len(words) - 1, -1, -1):
        for size in (2, 1):
            phrase = " ".join(words[index : index + size])
            if len(words[index : index + size]) == size and (
                phrase in counted or (size == 1 and index == len(words) - 1 and phrase in _RANK_VERBS)
            ):
                start = before.start() + len(" ".join(words[:index])) + (1 if index else 0)
                return start, phrase if phrase in counted else "hạng"
        if words[index][:1].isupper() or words[index] in _NOT_NOUNS:
            break
    return thu, None


def _word_figures(text: str, free: Callable[[int, int], bool]) -> list[FoundFigure]:
    """Ordinals (`lần thứ ba`), ranks (`vị trí số một`) and counts in words (`hai phút`, `ba dự luật`)."""
    counted = lexicon().counted_nouns
    found: list[FoundFigure] = []
    for m in _ORDINAL.finditer(text):
        noun_start, unit = _ordinal_noun(text, m.start(), counted)
        if unit is None or not free(noun_start, m.end()):
            continue
        raw = m.group("num")
        value = float(raw) if raw.isdigit() else float(_WORD_VALUES[raw])
        tail = _COUNT_TAIL.match(text, m.end())
        if unit in _TIME_UNITS and tail is None:
            continue  # `tuần thứ hai của tháng 10` dates a figure; `tuần thứ 5 liên tiếp` is a run
        end = tail.end() if tail else m.end()
        found.append(FoundFigure(noun_start, end, text[noun_start:end], value, unit, False))
    for m in _RANK.finditer(text):
        if free(m.start(), m.end()):
            raw = m.group("num")
            value = float(raw) if raw.isdigit() else float(_WORD_VALUES[raw])
            found.append(FoundFigure(m.start(), m.end(), m.group(0), value, "hạng", False))
    for m in _COUNT_WORD.finditer(text):
        noun = m.group("noun")
        head = noun if noun in counted else noun.split(" ")[0]
        if head not in counted:
            continue
        if head == "năm" and noun.split(" ")[-1] in ("nay", "ngoái", "trước", "mới"):
            continue
        if text.endswith("thứ ", 0, m.start()):
            continue  # `thứ hai`: a weekday or an ordinal, not a count
        end = m.start("noun") + len(head)
        tail = _COUNT_TAIL.match(text, end)
        # `một` is mostly "a": it counts only when rounded (`tròn một năm`) or in a toll or a run.
        if m.group("num") == "một" and m.group("qual") != "tròn " and tail is None:
            continue
        end = tail.end() if tail else end
        if free(m.start(), end):
            value = float(_WORD_VALUES[m.group("num")])
            found.append(FoundFigure(m.start(), end, text[m.start() : end], value, head, False))
    return found
