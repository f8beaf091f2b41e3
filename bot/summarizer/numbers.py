"""Figures in Vietnamese news text, written with digits (those written in words: `word_figures.py`).

Vietnamese writes `260.000` for 260000 and `15,1%` for 15.1; `tỷ / triệu / nghìn` multiply; dates
(`ngày 31/10`, `tháng 6`, `năm 2018`) are not figures: `dates.py` finds them first and the caller masks
them, so no digit is read twice. Values use Decimal so `16,6 tỷ` is exactly 16600000000. What each figure counts
or is measured in is read by `counted_nouns.unit_words`.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from bot.summarizer.counted_nouns import HALF, unit_words
from bot.summarizer.found import COUNT_TAIL, MULTIPLIERS, TIME_UNITS, FoundFigure, compares
from bot.summarizer.identifiers import UNITS_BEFORE, is_identifier
from bot.summarizer.lexicon import NOT_A_NAMES_DIGIT, lexicon
from bot.summarizer.run_on_counts import without_predicate
from bot.summarizer.text import QuoteIndex
from bot.summarizer.word_figures import (
    duration_figures,
    fraction_figures,
    multiple_figures,
    opens_sentence,
    ratio_figures,
    word_figures,
)

_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d+|\d+"
# A sentence may open with one (`Khoảng 1,2 triệu người …`).
# `dựa trên 209 giờ` (based on), `khảo sát (trực tuyến) trên 1.001 người`, `thực hiện từ ngày 2 đến 4/12 trên 1.002
# người` (a survey of): `trên` there is no "over", no threshold; nor is `tới` "up to" in `lên tới` (rose to), and
# `chưa tới 50 m` is "under", never `tới 50 m`, "up to".
_ON = (
    r"(?<!dựa )(?<!tiến hành )(?<!thực hiện )(?<!khảo sát )(?<!thử nghiệm )(?<!nghiên cứu )(?<!trực tuyến )"
    r"(?<!/\d )(?<!/\d\d )"
)
_QUALIFIER = (
    rf"(?:(?i:hơn|khoảng|gần|xấp xỉ|ít nhất|tối đa|{_ON}trên|dưới|chưa (?:tới|đến)|không quá|(?<!lên )tới|tròn|chỉ"
    r"|mức|tăng|giảm|đạt|là|gấp|âm) )?"
)
# Verbs that report a figure: they stay out of its text (the context carries them); `là` stays in front
# of a bare number (`là 0,2`), which says nothing without it.
_VERBS = ("tăng", "giảm", "đạt", "là")
_MULTIPLIER = r"(?: (?:nghìn tỷ|ngàn tỷ|tỷ|triệu|nghìn|ngàn|trăm))?"
# `cuộc họp 2+2` (two ministers a side) names a format, `ASEAN+3` a group, `loại 1++` a grade, `phim 18+` an age
# rating: a number joined to anything by `+` counts nothing; a number right after `%-` ends a range (`4,25%-4,5%`),
# never a negative figure. The leading lookahead lists every letter a match can open with (a sign, a digit, a
# qualifier's first letter), so the scan passes the other positions of a long story without trying the lookbehinds
# there.
FIGURE = re.compile(
    rf"(?=(?i:[-−\dhkgxítdcmđlâ]))(?<![\w,/%-]){NOT_A_NAMES_DIGIT}(?<!\w\+)(?<!\d:)(?P<qual>{_QUALIFIER})(?P<sign>[-−](?=\d))?"
    rf"(?P<num>{_NUMBER})(?!:\d|[.,]\d+:\d)"  # (nor the whole part of a ratio's decimal side: `24|,1:1`)
    rf"(?:-(?P<num2>\d+(?:,\d+)?)(?![\d/]))?"  # `4,25-4,5%`: a range's second end may have decimals
    rf"(?P<mult>{_MULTIPLIER})(?P<pct> ?%p?(?:/năm|/tháng)?| phần trăm)?(?![\w/+])"
)
_OUT_OF = re.compile(r" (?:(?:trong|trên) (?:tổng )?số|trên|trong) \d{1,3}(?:\.\d{3})*(?![\d,])")
# A quoted name (`"Trò chơi con mực 3"`) is short; a longer quotation is what someone said. Read only this far, so
# a figure inside a long quotation costs no more than one outside it.
_TITLE_WORDS = 12
_TITLE_CHARS = 120
_YEAR = re.compile(r"(?:19|20)\d{2}")
_OLD_YEAR = re.compile(r"[1-9]\d{2,3}")
_AFTER_YEAR_WORD = re.compile(r"(?<!\w)[Nn]ăm $")


_AND_MONTHS = re.compile(r"năm (\d{1,2}) tháng")
_RANGE_START = re.compile(r" (?:đến|tới) \d")
_RANGE_OPENED = re.compile(r"\btừ (?:khoảng )?\d[\d.,]*%? (?:đến|tới) $")  # … and the figure after it ends one
_TALLY_BEFORE = re.compile(r"(?:tỉ|tỷ) (?:số|lệ) $")  # `tỉ số 2-1`, `tỷ lệ 8-0`: a score or a vote, not a range
_VOTE_OUT_OF = re.compile(r" trên \d{1,3}(?!\d|[.,]\d|%| \w)")  # `tỷ lệ 6 trên 3`: a vote
_BARE_RANGE_END = re.compile(r"\btừ \d+ (?:đến|tới) (?:hơn )?$")
# A rate's base after its count (`12,1 người | trên 1.000 người khám bệnh`): one figure, or the base would
# read as a count of its own ("over 1,000 patients").
_PER = re.compile(r" (?:trên|mỗi) (?:mỗi )?\d{1,3}(?:\.\d{3})*(?![\d,.]\d)")
# … and the base of a rate named before its count (`số ca nghi mắc cúm | trên 1.000 bệnh nhân | … là 73,1 ca`): `trên`
# there is "per", never "over", so the base counts nothing of its own (the count after it carries it in its context).
_RATE_NAMED_BEFORE = re.compile(
    r"\b(?:[Ss]ố (?:ca|người|trẻ|vụ)|[Tt]ỷ (?:lệ|suất))(?: (?!(?:là|đạt|lên|vượt|tới|có)\b)[^\s,.;:\d]+){0,6} $"
)
_POWERS_OF_TEN = frozenset({"10", "100", "1.000", "10.000", "100.000", "1.000.000"})


def _decimal(token: str) -> Decimal | None:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", token):
        token = token.replace(".", "").replace(",", ".")
    else:
        token = token.replace(",", ".")
    try:
        return Decimal(token)
    except InvalidOperation:
        return None


def _inside_parentheses(text: str, start: int) -> bool:
    opening = text.rfind("(", max(0, start - 40), start)
    return opening != -1 and text.find(")", opening, start) == -1


def _figure_start(m: re.Match[str], *, bare: bool) -> int:
    """Where a figure's text starts: at its qualifier (`hơn`, `khoảng`), its sign, or its number; a
    reporting verb is left to the context, except `là` before a bare number."""
    qualifier = m.group("qual").strip().lower()
    if qualifier == "hơn" and compares(m.string, m.start(), m.end()):
        return m.start("sign") if m.group("sign") else m.start("num")
    if not qualifier or (qualifier == "là" and bare) or qualifier not in _VERBS:
        return m.start()
    return m.start("sign") if m.group("sign") else m.start("num")


_TOP = ("top ", "Top ")  # `top 5`: among the first five
# `diễn ra trong 2 | ngày 31/10-1/11`, `kéo dài 2 | ngày 8-9/6`: the count's `ngày` opens the dates it counts.
_DAYS_OF_DATE = re.compile(r" ngày(?= \d{1,2}(?:/\d{1,2})?(?:-| và )\d{1,2}/\d{1,2})")


def _names_a_title(text: str, start: int, end: int) -> bool:
    """The quotation text[start:end] is short enough to be a name (`"Map of the Soul: 7"`), not what someone said."""
    return end - start <= _TITLE_CHARS and len(text[start:end].split()) <= _TITLE_WORDS


def find_figures(text: str, masked: list[tuple[int, int]]) -> list[FoundFigure]:
    """Every figure outside the `masked` spans (dates), in text order."""
    blocked = bytearray(len(text))
    for start, end in masked:
        blocked[start:end] = b"\x01" * (end - start)
    found: list[FoundFigure] = []
    currencies = lexicon().currencies
    quotes = QuoteIndex(text)
    named: dict[int, bool] = {}  # whether the number at each offset names a thing, for the lists that follow

    def free(start: int, end: int) -> bool:
        return not any(blocked[start:end])

    def take(items: list[FoundFigure]) -> None:
        for item in items:
            found.append(item)
            blocked[item.start : item.end] = b"\x01" * (item.end - item.start)

    take([*duration_figures(text, free), *fraction_figures(text, free), *multiple_figures(text, free)])
    take(ratio_figures(text, free))
    take(word_figures(text, free))  # after them: `hai phần ba` is a share, not the count `hai phần`
    for m in FIGURE.finditer(text):
        # `Việt Nam 46%`, `Hyundai 5 tỷ`: a share or an amount; `hòa Iraq 2-2`: a score (`Boeing 737-800` is a name)
        score = m.group("num2") is not None and len(m.group("num")) <= 2 and len(m.group("num2")) <= 2
        measured = m.group("pct") or m.group("mult") or score
        if not free(m.start("num"), m.end("num")) or (not measured and is_identifier(text, m.start("num"), named)):
            continue
        quoted = quotes.quoted(m.start("num"))  # `"Map of the Soul: 7"` names a thing; a quoted speech's figures count
        if quoted is not None and _names_a_title(text, *quoted):
            continue
        bare = not (measured or m.group("qual") or m.group("sign"))
        if bare and text.startswith(")", m.end()) and _inside_parentheses(text, m.start()):
            continue  # `"Squid Game 2" (Trò chơi con mực 2)`: a bare number closing a bracket names, as in the title
        if m.group("num") == "1" and text.endswith(" đổi ", 0, m.start()):  # `1.380 won đổi 1 USD`
            continue
        per = m.group("qual").lower() == "trên " or (not m.group("qual") and text.endswith("mỗi ", 0, m.start()))
        per_base = per and m.group("num") in _POWERS_OF_TEN
        if per_base and not m.group("mult") and _RATE_NAMED_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # `số ca nghi mắc cúm trên 1.000 bệnh nhân …`: a rate's base, not "over 1,000 patients"
        if _YEAR.fullmatch(m.group("num")) and not (m.group("qual") or m.group("mult") or m.group("pct")):
            continue  # `Giải vô địch thế giới 2024`: a count this size is written `2.024`
        if _AFTER_YEAR_WORD.search(text, max(0, m.start() - 5), m.start()) and _OLD_YEAR.fullmatch(m.group(0)):
            continue  # `được xây dựng từ năm 681`: `năm` before a number makes it a year (a length is `681 năm`)
        value = _decimal(m.group("num"))
        if value is None:
            continue
        multiplier = m.group("mult").strip()
        if multiplier:
            value *= MULTIPLIERS[multiplier]
        if m.group("sign") or m.group("qual").lower() == "âm ":  # `-1,3%`, `âm 10 độ C`
            value = -value
        end = m.end()
        tallied = _TALLY_BEFORE.search(text, max(0, m.start() - 10), m.start()) is not None
        vote = _VOTE_OUT_OF.match(text, end) if tallied and not m.group("num2") else None
        end = vote.end() if vote else end  # `với tỷ lệ 6 trên 3`: one vote, not 6 and a threshold `trên 3`
        # `nhất trí 8-0 | bãi nhiệm …`: a score or a vote (it never falls, as a range rises) counts nothing after it
        descending = score and int(m.group("num2")) <= int(m.group("num"))
        tally = (score and tallied) or vote is not None or descending
        if m.group("pct"):  # `0,2%p` is in percentage points, as `0,2 điểm phần trăm` is
            unit: str | None = "điểm phần trăm" if "%p" in m.group("pct") else "%"
        elif tally:  # `với tỷ lệ 8-0 | chấp thuận …`: a tally counts nothing after it
            unit = None
        elif text.endswith(_TOP, 0, m.start("num")) and not m.group("qual"):  # `lọt vào top 5 | cuộc thi …`: a rank
            unit = "top"
        else:
            out_of = _OUT_OF.match(text, m.end())  # `hơn 6 trong tổng số 10 cơ sở`: the share reads whole
            words, end = unit_words(text, out_of.end() if out_of else m.end())
            if opens_sentence(text, m.start()):
                words, end = without_predicate(text, out_of.end() if out_of else m.end(), words, end)
            if not free(m.end(), end):  # `độ tuổi 15-29 | tháng 5`: a unit ends before a date
                end = m.end() + len(text[m.end() : blocked.index(1, m.end(), end)].rstrip())
                words = text[m.end() : end].strip()
            first = words.split(" ", 1)[0] if words else ""
            currency = "đô la" if words.startswith("đô la") else first  # `60 tỷ đô la Canada`: written in two
            unit = currency if first in currencies else (words or None)
            if unit and unit.endswith(HALF):
                unit, value = unit.removesuffix(HALF), value + Decimal("0.5")
            if unit and (months := _AND_MONTHS.match(unit)):  # `2 năm 6 tháng tù`: 2.5 years' prison
                unit, value = "năm" + unit[months.end() :], value + Decimal(months.group(1)) / 12
            tail = COUNT_TAIL.match(text, end) if unit and unit != "tuổi" else None  # `phi công 73 tuổi thiệt mạng`
            end = tail.end() if tail else end
            per = _PER.match(text, end) if unit and tail is None else None
            if per is not None and free(per.start(), per.end()):  # `12,1 người trên 1.000 người khám bệnh`
                end = unit_words(text, per.end())[1]
        days = _DAYS_OF_DATE.match(text, m.end()) if unit is None and not tally else None
        if days is not None:  # `trong 2 | ngày 31/10-1/11`: a count of days, whose `ngày` the date took
            unit, end = "ngày", days.end()
        if unit is None and _RANGE_START.match(text, end):
            continue  # `từ 3 đến 5 ngày`: the range's end carries it, with its unit (of ages, neither counts: below)
        if unit == "%" and text.endswith("từ ", 0, m.start()) and _RANGE_START.match(text, end):
            continue  # `từ 2% đến 2,1%`: so does a range of percentages, each end written with its `%`
        if (unit is None or unit == "tuổi") and _BARE_RANGE_END.search(text, max(0, m.start() - 20), m.start()):
            continue  # `độ tuổi từ 15 đến 29`, `trẻ em từ 7 đến 12 tuổi`: a range of ages bounds who is counted; it
            # counts nothing (a range of anything else is a figure: `từ 3 đến 5 ngày`)
        start = _figure_start(m, bare=unit is None) - (len(_TOP[0]) if unit == "top" else 0)
        unit_before = next((u for u in UNITS_BEFORE if text.endswith(f"{u} ", 0, start)), None)
        if m.group("num2") and not tally and "tuổi" in (unit, unit_before):
            continue  # `nhóm tuổi 7-12`, `30-34 tuổi`: a bracket of ages, as `từ 7 đến 12 tuổi` above
        if unit in TIME_UNITS and text.startswith(" trước", end) and text.endswith("so với ", 0, start):
            continue  # `tăng 8,2 điểm phần trăm so với | 3 năm trước`: when the baseline was, not an amount
        if unit_before and unit is None:
            start, unit = start - len(unit_before) - 1, unit_before
        opened = _RANGE_OPENED.search(text, max(0, start - 30), start)
        start = opened.start() if opened is not None else start  # `từ 53% đến 61%`: the range, not its end alone
        found.append(FoundFigure(start, end, text[start:end], float(value), unit, _inside_parentheses(text, start)))
        blocked[start:end] = b"\x01" * (end - start)
    return sorted(found, key=lambda f: f.start)
