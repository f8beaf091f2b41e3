"""A figure found in a story's text, and the number words and tails the finders of figures share.

`numbers.py` finds figures written with digits, `word_figures.py` those written in words or in several
units; both return `FoundFigure`s, which `ranking.py` orders and `core.py` turns into `Figure`s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.summarizer.lexicon import TOLLS

# A run (`12 tháng liên tiếp`) and a toll (`một người bị mất tích`) belong to the count they follow.
# `3 người (đã) thiệt mạng`, `hai người khác mất tích`
COUNT_TAIL = re.compile(rf" (?:liên tiếp|(?:khác )?(?:bị mất tích|(?:đã )?(?:{TOLLS})))(?!\w)")
WORD_VALUES = {
    "một": 1, "nhất": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5,
    "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
}  # fmt: skip
TIME_UNITS = frozenset({"năm", "tháng", "tuần", "ngày", "giờ", "phút", "giây", "quý", "tiếng"})


@dataclass(frozen=True, slots=True)
class FoundFigure:
    """A figure with its place in the text, so the caller can rank it and find its context."""

    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    parenthetical: bool
