"""The date a line opens with goes after its subject: `Ngày 19/9, đảng Dân chủ … thông qua …` → `Đảng Dân chủ … ngày
19/9 thông qua …`, the way the source's own leads put it (`Quốc hội Hàn Quốc ngày 2/12 đã thông qua …`) and the way an
editor writes a one-line summary. A line opens with a date when a setting before the subject was dropped and its date
kept (`Trong phiên họp toàn thể … ngày 19/9, | đảng Dân chủ …`).

The subject is read off the lead, not guessed: it is the words before the lead's `đã` (which `filler.py` took from the
line; or `sẽ`, `vừa`, `đang`, which it kept), when the line still holds them and the verb after them, with or without
an apposition after a name (`SK hynix, nhà sản xuất …,`). A subject that names no one (`một vụ cháy rừng`, an event
whose date reads better after its verb) or that a clause interrupts (`một ngày sau cuộc gặp, Tổng thống …`) keeps the
line as it was. Where, set off between the date and the subject (`Ngày 15/12, tại thủ đô Tokyo, …`), goes with the
move: `where` lists it.
"""

from __future__ import annotations

import re

from bot.summarizer.lexicon import CAPITALS

_OPENING_DATE = re.compile(
    r"((?:(?i:sáng|trưa|chiều|tối|đêm|rạng sáng) )?(?:[Nn]gày|[Hh]ôm) \d{1,2}/\d{1,2}(?:/\d{4})?), (?=\S)"
)
# Where, set off between the date and the subject (`Ngày 15/12, | tại thủ đô Tokyo, | Bộ trưởng …`).
_PLACE_AFTER_DATE = re.compile(
    rf"(?:tại|ở) (?:(?:thủ đô|thành phố|tỉnh|bang|đảo) )?[{CAPITALS}][^\s,]*(?: [{CAPITALS}][^\s,]*){{0,3}}, (?=\S)"
)
# The most words a subject may have: more, and `đã` may belong to a clause inside it.
_SUBJECT_WORDS = 20
# The words that mark a verb after its subject; the filler takes `đã` from the line, and keeps the rest.
_ASPECTS = frozenset({"đã", "sẽ", "vừa", "đang"})
# How far into the lead the subject is looked for: past the longest setting a line drops before it.
_LEAD_WORDS = 120
# Words that open a subject naming no one in particular.
_INDEFINITE = frozenset({"một", "các", "những", "nhiều", "hàng", "có"})


def date_after_subject(line: str, lead: str) -> str:
    """`line` with its opening date moved after its subject, when the lead shows where the subject ends (see the
    module docstring); else `line` unchanged."""
    opening = _OPENING_DATE.match(line)
    if opening is None:
        return line
    place = _PLACE_AFTER_DATE.match(line, opening.end())
    rest = line[place.end() if place else opening.end() :].split()
    subject = _subject_before_da(rest, lead.split()[:_LEAD_WORDS])
    if subject is None:
        return line
    date = opening.group(1)
    head = " ".join(rest[:subject])
    return f"{head[:1].upper()}{head[1:]} {date[:1].lower()}{date[1:]} {' '.join(rest[subject:])}"


def _subject_before_da(rest: list[str], lead: list[str]) -> int | None:
    """How many of `rest`'s first words are the subject: the words the lead has right before its `đã` (or `sẽ`,
    `vừa`, `đang`), followed in `rest` by the verb (`_verb_follows`); None when no such run is found, or it names no
    one. A comma inside is an apposition only after a name the subject opens with (`LG Energy Solution, | nhà sản
    xuất …, | đã`); else (`một ngày sau cuộc gặp, | Tổng thống …`) it sets off a clause, and no one subject is told."""
    for start in range(len(lead)):
        if lead[start] != rest[0]:
            continue
        for count in range(1, min(_SUBJECT_WORDS, len(rest) - 1) + 1):
            word = lead[start + count - 1] if start + count - 1 < len(lead) else ""
            if word.endswith(",") and not rest[0][:1].isupper():
                break
            if word != rest[count - 1]:
                if word.rstrip(",") != rest[count - 1]:
                    break
                after = _past_apposition(lead, start + count)  # an apposition the line dropped
                if after < 0 or not _verb_follows(lead, after, rest[count]):
                    break
                return count if _names_someone(rest[:count]) else None
            if _verb_follows(lead, start + count, rest[count]):
                return count if _names_someone(rest[:count]) else None
    return None


def _verb_follows(lead: list[str], at: int, next_word: str) -> bool:
    """The lead's verb starts at `at` with an aspect word, and the line goes on there: past `đã`, which the filler
    took (`đã | thông qua`), or at the aspect word it kept (`sẽ thăm`, `vừa ký`)."""
    if at >= len(lead) or lead[at] not in _ASPECTS:
        return False
    return lead[at] == next_word if lead[at] != "đã" else lead[at + 1 : at + 2] == [next_word]


def _past_apposition(lead: list[str], start: int) -> int:
    """Where the lead goes on after an apposition that opens at `start` and closes with a comma right before `đã`
    (`SK hynix, | nhà sản xuất chip nhớ lớn thứ hai thế giới, | đã …`); -1 when none closes within a few words."""
    for end in range(start, min(len(lead) - 1, start + _SUBJECT_WORDS)):
        if lead[end].endswith((";", ":", ".")):
            return -1
        if lead[end].endswith(","):
            return end + 1 if lead[end + 1] in _ASPECTS else -1
    return -1


def _names_someone(subject: list[str]) -> bool:
    """A subject that names who acts: it holds a capitalised word (`đảng Dân chủ`, `tiền đạo … Son Heung-min`, `Tổng
    thống …`), and does not open indefinitely (`một vụ cháy rừng`)."""
    return subject[0].casefold() not in _INDEFINITE and any(word[:1].isupper() for word in subject)
