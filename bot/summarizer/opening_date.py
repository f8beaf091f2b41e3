"""The date a line opens with goes after its subject: `Ngày 19/9, đảng Dân chủ … thông qua …` → `Đảng Dân chủ … ngày
19/9 thông qua …`, the way the source's own leads put it (`Quốc hội Hàn Quốc ngày 2/12 đã thông qua …`) and the way an
editor writes a one-line summary. A line opens with a date when a setting before the subject was dropped and its date
kept (`Trong phiên họp toàn thể … ngày 19/9, | đảng Dân chủ …`).

The subject is read off the lead, not guessed: it is the words before the lead's `đã` (which `filler.py` took from the
line), when the line still holds them unchanged and the verb after them; a subject that names no one (`một vụ cháy
rừng`, an event whose date reads better after its verb) or that a comma interrupts keeps the line as it was.
"""

from __future__ import annotations

import re

_OPENING_DATE = re.compile(
    r"((?:(?:Sáng|Trưa|Chiều|Tối|Đêm|Rạng sáng) )?(?:[Nn]gày|[Hh]ôm) \d{1,2}/\d{1,2}(?:/\d{4})?), (?=\S)"
)
# The most words a subject may have: more, and `đã` may belong to a clause inside it.
_SUBJECT_WORDS = 14
# Words that open a subject naming no one in particular.
_INDEFINITE = frozenset({"một", "các", "những", "nhiều", "hàng", "có"})


def date_after_subject(line: str, lead: str) -> str:
    """`line` with its opening date moved after its subject, when the lead shows where the subject ends (see the
    module docstring); else `line` unchanged."""
    opening = _OPENING_DATE.match(line)
    if opening is None:
        return line
    rest = line[opening.end() :].split()
    subject = _subject_before_da(rest, lead.split())
    if subject is None:
        return line
    date = opening.group(1)
    head = " ".join(rest[:subject])
    return f"{head[:1].upper()}{head[1:]} {date[:1].lower()}{date[1:]} {' '.join(rest[subject:])}"


def _subject_before_da(rest: list[str], lead: list[str]) -> int | None:
    """How many of `rest`'s first words are the subject: the words the lead has right before its `đã`, followed in
    `rest` by the word the lead has right after it; None when no such run is found, or it names no one."""
    for start in range(len(lead)):
        if lead[start] != rest[0]:
            continue
        for count in range(1, min(_SUBJECT_WORDS, len(rest) - 1) + 1):
            if lead[start + count - 1 : start + count] != rest[count - 1 : count]:
                break
            if lead[start + count - 1].endswith((",", ";", ":")):
                break  # a comma inside: an aside or a clause, not one subject
            if lead[start + count : start + count + 2] == ["đã", rest[count]]:
                return count if _names_someone(rest[:count]) else None
    return None


def _names_someone(subject: list[str]) -> bool:
    """A subject that names who acts: it holds a capitalised word (`đảng Dân chủ`, `tiền đạo … Son Heung-min`, `Tổng
    thống …`), and does not open indefinitely (`một vụ cháy rừng`)."""
    return subject[0].casefold() not in _INDEFINITE and any(word[:1].isupper() for word in subject)
