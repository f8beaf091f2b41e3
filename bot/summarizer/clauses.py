"""Where a clause of a lead sentence ends, and how long a piece of it is: the measures every deletion of
`asides.py`, `lead.py` and `descriptions.py` and every cut of `cut_points.py` and `fitting.py` share.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from bot.summarizer.lexicon import comma_joins_name

MIN_WHAT_WORDS = 8
# One character inside a clause: anything but its punctuation, a number's own stop or comma included (`để cung cấp 2
# tàu ngầm lớp 1.400 tấn`, `phạt Google 42,1 tỷ won`): a pattern for the regexes that read to a clause's end.
IN_CLAUSE = r"(?:[^,;.]|(?<=\d)[.,](?=\d))"
# Only this much of a lead is read: a hostile lead costs what a long real one does.
MAX_LEAD_CHARS = 1500


def words(text: str) -> int:
    return len(text.split())


def figures_in(line: str) -> int:
    """How many words of a line hold a digit: what a cut must not lose when a few words more would keep it."""
    return sum(any(ch.isdigit() for ch in word) for word in line.split())


@cache
def _aside_marks(marks: str) -> re.Pattern[str]:
    return re.compile(f'[()“”"{re.escape(marks)}]')


def outside_asides(text: str, marks: str, start: int = 0, limit: int | None = None) -> Iterator[int]:
    """The positions of `marks` (punctuation, neither bracket nor quotation mark) in text[start:start + limit] outside
    parentheses and quotation marks: where a clause of the sentence itself may end. Only the marks and the
    brackets and quotes around them are visited, not every character."""
    depth = 0
    quoted = False
    end = len(text) if limit is None else min(len(text), start + limit)
    for found in _aside_marks(marks).finditer(text, start, end):
        ch = found.group()
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in '“”"':
            quoted = (not quoted) if ch == '"' else ch == "“"
        elif depth == 0 and not quoted:
            yield found.start()


def clause_comma(text: str, start: int = 0, limit: int = 400) -> int:
    """The first comma at or after `start` (looking at most `limit` characters) that ends a clause: outside
    parentheses and quotes, not inside a name (`Bộ Công nghiệp, thương mại và tài nguyên`) or a number
    (`1,5`). -1 if none."""
    return next(
        (
            i
            for i in outside_asides(text, ",", start, limit)
            if text[i + 1 : i + 2] == " " and not _comma_in_name(text, i)
        ),
        -1,
    )


def _comma_in_name(text: str, i: int) -> bool:
    """The comma at text[i] is inside an office's name (`lexicon.comma_joins_name`)."""
    return comma_joins_name(text[max(0, i - 40) : i].split(), text[i + 2 : i + 60].split())


def keeps(fitted: str, text: str, start: int) -> bool:
    """The fitted line still holds the words of `text` at `start`, to the clause's comma or 30 characters (a
    fitted line may have lost words before them, so it is read, not measured; it may end at that comma: `…,
    bắt giữ 475 người |, trong đó …`)."""
    words_at = text[start : start + 30]
    comma = words_at.find(", ", 2)
    return (words_at[:comma] if comma > 0 else words_at).strip(" ,") in fitted
