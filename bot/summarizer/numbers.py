"""Figures and dates in Vietnamese news text.

Vietnamese writes `260.000` for 260000 and `15,1%` for 15.1; `tỷ / triệu / nghìn` multiply; dates
(`ngày 31/10`, `tháng 6`, `năm 2018`) are not figures. Dates are found first and masked, so no digit is
read twice. Values use Decimal so `16,6 tỷ` is exactly 16600000000.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from bot.summarizer.lexicon import lexicon
from bot.summarizer.text import QuoteIndex

_WEEKDAY = r"(?:thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy)|Chủ nhật|chủ nhật)"
_DAY_MONTH = r"\d{1,2}(?:-\d{1,2})?/\d{1,2}(?:/\d{4})?"
_LOCAL = r"(?: \((?:giờ [^()]{1,20})\))?"
_PART_OF_DAY = r"(?:sáng|trưa|chiều|tối|đêm|rạng sáng)"
WHEN = re.compile(
    "|".join(
        [
            rf"\d{{1,2}} giờ(?: \d{{1,2}} phút)?(?: {_PART_OF_DAY})?"
            rf"(?: (?:ngày )?{_DAY_MONTH}| cùng ngày| một ngày trước)?",
            rf"(?:(?:{_PART_OF_DAY}|hôm) )?(?:{_WEEKDAY} )?(?:ngày )?\(?{_DAY_MONTH}\)?{_LOCAL}",
            rf"(?:hôm )?{_WEEKDAY} \({_DAY_MONTH}\)",
            r"(?:(?:đầu|cuối|giữa|hồi|từ) )?tháng \d{1,2}(?:/\d{4}| năm \d{4}| năm nay| năm ngoái)?",
            r"quý (?:I{1,3}|IV|\d)(?: năm \d{4}| năm nay)?",
            r"(?:nửa đầu |nửa cuối |đầu |cuối )?năm (?:1[89]|20)\d{2}",
            r"(?:19|20)\d{2}-(?:19|20)\d{2}",
        ]
    )
)

_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d+|\d+"
_QUALIFIER = r"(?:(?:hơn|khoảng|gần|trên|dưới|tới|tròn|chỉ|mức|tăng|giảm|đạt) )?"
_MULTIPLIER = r"(?: (?:nghìn tỷ|ngàn tỷ|tỷ|triệu|nghìn|ngàn|trăm))?"
FIGURE = re.compile(
    rf"(?<![\w.,/-])(?P<qual>{_QUALIFIER})(?P<num>{_NUMBER})(?:-(?P<num2>\d+)(?![\d/]))?"
    rf"(?P<mult>{_MULTIPLIER})(?P<pct> ?%| phần trăm)?(?![\w/])"
)
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
_ORDINAL = re.compile(r"(?<!\w)(?P<noun>(?:\w+ ){1,2})thứ (?P<num>\d+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?!\w)")
_RANK = re.compile(r"(?<!\w)vị trí (?:số |thứ )?(?P<num>\d+|một|nhất|hai|ba)(?!\w)")
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


def find_when(text: str) -> list[tuple[int, int]]:
    """Spans of date and time expressions, in text order, never overlapping."""
    return [(m.start(), m.end()) for m in WHEN.finditer(text)]


def _decimal(token: str) -> Decimal | None:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", token):
        token = token.replace(".", "").replace(",", ".")
    else:
        token = token.replace(",", ".")
    try:
        return Decimal(token)
    except InvalidOperation:
        return None


def _unit_words(text: str, start: int) -> tuple[str, int]:
    """The counted noun after a number (`khách nước ngoài`, `bộ xử lý đồ họa (GPU)`), ending before a
    stop word, a capitalised word, a digit or punctuation; at most six syllables."""
    stops = lexicon().unit_stops
    currencies = lexicon().currencies
    words: list[str] = []
    end = start
    position = start
    while len(words) < 6:
        match = _WORD.match(text, position + 1) if position < len(text) and text[position] == " " else None
        if match is None:
            break
        word = match.group(0)
        if word in currencies and not words:
            words.append(word)
            end = match.end()
            break
        if word.lower() in stops or not word[0].islower() or word[0].isdigit():
            break
        words.append(word)
        end = position = match.end()
    acronym = re.match(r" \([A-Z][A-Z0-9-]{1,9}\)", text[end : end + 14])
    if words and acronym:
        end += acronym.end()
    return text[start:end].strip(), end


def _is_identifier(text: str, start: int) -> bool:
    """`Billboard 200`, `quốc lộ số 7`, `Hanul số 2`: a number naming a thing is not a figure."""
    before = text[max(0, start - 12) : start]
    if re.search(r"(?:^|\s)số $", before) and not re.search(r"vị trí số $|hạng số $", before):
        return True
    previous = re.search(r"(\S+) $", before)
    return bool(previous and re.fullmatch(r"[\"“]?[A-Z][A-Za-z]*", previous.group(1)) and previous.group(1) != "USD")


def _inside_parentheses(text: str, start: int) -> bool:
    opening = text.rfind("(", max(0, start - 40), start)
    return opening != -1 and text.find(")", opening, start) == -1


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

    for item in _word_figures(text, free):
        found.append(item)
        blocked[item.start : item.end] = b"\x01" * (item.end - item.start)
    for m in FIGURE.finditer(text):
        if not free(m.start("num"), m.end("num")) or _is_identifier(text, m.start("num")):
            continue
        if quotes.inside(m.start("num")):  # `"Map of the Soul: 7"` names a thing
            continue
        value = _decimal(m.group("num"))
        if value is None:
            continue
        multiplier = m.group("mult").strip()
        if multiplier:
            value *= _MULTIPLIERS[multiplier]
        end = m.end()
        if m.group("pct"):
            unit: str | None = "%"
        else:
            words, end = _unit_words(text, m.end())
            first = words.split(" ", 1)[0] if words else ""
            unit = first if first in currencies else (words or None)
        start = m.start() if m.group("qual").strip() not in ("tăng", "giảm", "đạt") else m.start("num")
        found.append(FoundFigure(start, end, text[start:end], float(value), unit, _inside_parentheses(text, start)))
        blocked[start:end] = b"\x01" * (end - start)
    return sorted(found, key=lambda f: f.start)


def _word_figures(text: str, free: Callable[[int, int], bool]) -> list[FoundFigure]:
    """Ordinals (`lần thứ ba`), ranks (`vị trí số một`) and counts in words (`hai phút`, `ba dự luật`)."""
    counted = lexicon().counted_nouns
    found: list[FoundFigure] = []
    for m in _ORDINAL.finditer(text):
        noun = m.group("noun").strip()
        last = noun.split(" ")[-1]
        if not last.islower() or last in _NOT_NOUNS:
            continue
        words = noun.split(" ")
        if len(words) == 2 and " ".join(words) not in counted:
            words = words[1:]
        start = m.end("noun") - len(" ".join(words)) - 1
        if not free(start, m.end()):
            continue
        raw = m.group("num")
        value = float(raw) if raw.isdigit() else float(_WORD_VALUES[raw])
        found.append(FoundFigure(start, m.end(), text[start : m.end()], value, " ".join(words), False))
    for m in _RANK.finditer(text):
        if free(m.start(), m.end()):
            raw = m.group("num")
            value = float(raw) if raw.isdigit() else float(_WORD_VALUES[raw])
            found.append(FoundFigure(m.start(), m.end(), m.group(0), value, "hạng", False))
    for m in _COUNT_WORD.finditer(text):
        noun = m.group("noun")
        head = noun if noun in counted else noun.split(" ")[0]
        if head not in counted or (m.group("num") == "một" and m.group("qual") != "tròn "):
            continue
        if head == "năm" and noun.split(" ")[-1] in ("nay", "ngoái", "trước", "mới"):
            continue
        end = m.start("noun") + len(head)
        if free(m.start(), end):
            value = float(_WORD_VALUES[m.group("num")])
            found.append(FoundFigure(m.start(), end, text[m.start() : end], value, head, False))
    return found


_TIME_UNITS = frozenset({"phút", "giờ", "ngày", "tuần", "tháng", "quý", "năm", "đêm"})
_FACT_VERBS = re.compile(r"(?:đạt|tăng|giảm|là|lên|xuống|tới|có) (?:mức |khoảng |hơn |gần |trên )?$")


def importance(figure: FoundFigure, sentence_index: int, text: str) -> float:
    """How much a reader needs this figure: money and rates over counts over durations and ordinals,
    the lead over later sentences, a reported result (`đạt`, `tăng`) over an aside in parentheses."""
    first_unit_word = (figure.unit or "").split(" ")[0]
    if figure.unit == "%":
        score = 2.5
    elif first_unit_word in lexicon().currencies:
        score = 3.0
    elif first_unit_word in _TIME_UNITS:
        score = 1.0
    elif " thứ " in f" {figure.text} " or figure.unit == "hạng":
        score = 1.5
    elif figure.unit:
        score = 2.0
    else:
        score = 0.5
    score += {0: 3.0, 1: 1.5}.get(sentence_index, 0.0)
    if _FACT_VERBS.search(text[max(0, figure.start - 16) : figure.start]):
        score += 1.0
    if figure.parenthetical:
        score -= 2.0
    if figure.text.startswith(("trên ", "dưới ")):
        score -= 1.0  # a threshold (`trên 50 tỷ USD`), not the result
    return score
