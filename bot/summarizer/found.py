"""A figure found in a story's text, and the number words and tails the finders of figures share.

`numbers.py` finds figures written with digits, `word_figures.py` those written in words or in several
units; both return `FoundFigure`s, which `ranking.py` orders and `core.py` turns into `Figure`s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from bot.summarizer.lexicon import TOLLS

# A run (`12 tháng liên tiếp`) and a toll (`một người bị mất tích`) belong to the count they follow.
# `3 người (đã) thiệt mạng`, `hai người khác mất tích`, `3 người bị thương nặng` (how badly is whom it counts)
COUNT_TAIL = re.compile(
    rf" (?:liên tiếp|(?:khác )?(?:bị mất tích|(?:đã )?(?:{TOLLS})(?: (?:và|hoặc) (?:bị )?(?:{TOLLS}))?))"
    r"(?: nặng| nhẹ)?(?!\w)"
)  # a toll of two kinds counted together (`290 người thiệt mạng | và mất tích`) is one
WORD_VALUES = {
    "một": 1, "nhất": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5,
    "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
}  # fmt: skip
# The scale words after a number: `1,5 triệu`, `6.000 tỷ`, `thứ 5 triệu`.
MULTIPLIERS = {
    "nghìn tỷ": Decimal(10) ** 12,
    "ngàn tỷ": Decimal(10) ** 12,
    "tỷ": Decimal(10) ** 9,
    "triệu": Decimal(10) ** 6,
    "nghìn": Decimal(1000),
    "ngàn": Decimal(1000),
    "trăm": Decimal(100),
}
TIME_UNITS = frozenset({"năm", "tháng", "tuần", "ngày", "giờ", "phút", "giây", "quý", "tiếng"})
# `hơn` after an adjective compares. Of time (`sớm hơn 4 ngày`), or with what it is compared to after the
# figure (`thấp hơn 4,9% so với …`), or in percentage points (`thấp hơn 1,5 điểm phần trăm`), the figure is the
# difference itself, and `hơn 4 ngày` ("more than 4 days") would say something else; otherwise it may be a
# threshold (`nhiệt độ cao hơn 35 độ C`), which `hơn` reads right.
_COMPARED_IN_TIME = re.compile(r"(?<!\w)(?:sớm|muộn|trễ|nhanh|chậm) $")
_COMPARED = re.compile(r"(?<!\w)(?:cao|thấp|nhiều|ít|lớn|nhỏ|mạnh|yếu|rẻ|đắt|dài|ngắn|nặng|nhẹ|rộng|hẹp|xa|tốt|kém) $")
_DIFFERENCE_AFTER = re.compile(r"(?: [^\s,;.]+){0,3}? (?:so với|điểm phần trăm\b)")  # after the unit (`won`)


def compares(text: str, qualifier_start: int, figure_end: int) -> bool:
    """The `hơn` at `qualifier_start` compares by the figure ending at `figure_end`: it does not say "more than"."""
    if not text.startswith("hơn ", qualifier_start):
        return False
    before = max(0, qualifier_start - 8)
    if _COMPARED_IN_TIME.search(text, before, qualifier_start):
        return True
    compared = _COMPARED.search(text, before, qualifier_start) is not None
    return compared and _DIFFERENCE_AFTER.match(text, figure_end) is not None


@dataclass(frozen=True, slots=True)
class FoundFigure:
    """A figure with its place in the text, so the caller can rank it and find its context."""

    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    parenthetical: bool

    @property
    def measures_time(self) -> bool:
        """How long something took or lasted (`khoảng 1 tiếng`, `5 ngày`), by its unit."""
        return (self.unit or "").split(" ")[0] in TIME_UNITS

    @property
    def kind(self) -> str:
        """What sort of measure it is, by its unit: a length of time, a share (`%`) or anything else; a headline's
        `20%` is no `20 kg`, and a `1` of a count is no hour (`headline.headline_figures`)."""
        if self.measures_time:
            return "time"
        return "share" if self.unit in ("%", "điểm phần trăm") else "other"
