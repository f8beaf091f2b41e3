"""What a figure needs said after its own clause to mean anything: a record said of it after a comma (`… trong 86
phút, thời gian bay dài nhất từ trước đến nay`), what a length of time is counted from (`111 ngày | sau khi …`) and
what an occasion is the occasion of (`lần thứ hai | trong năm nay …`); and the years whose meaning follows them
(`told_after`), which let a context run past its usual reach.

`context.figure_context` reaches this far right past the figure's clause, within RECORD_WORDS words.
"""

from __future__ import annotations

import re

from bot.summarizer.lexicon import SUPERLATIVES
from bot.summarizer.phrase_tokens import ENDS_BEFORE, Tokens

RECORD_WORDS = 14  # a record after the figure's clause (`, mức cao nhất kể từ …`) is taken up to this long
_SUPERLATIVE = re.compile(rf"\b(?:{SUPERLATIVES})\b")
# A length of time and what it is counted from (`111 ngày sau khi …`, `2 năm kể từ …`).
_DURATION_UNITS = frozenset({"năm", "tháng", "tuần", "ngày", "giờ", "tiếng", "phút"})
_ANCHORS = frozenset({("sau", "khi"), ("trước", "khi"), ("kể", "từ")})
_OCCASIONS = frozenset({("lần", "thứ"), ("lần", "đầu")})
_ANNIVERSARY_VERBS = frozenset({("kỷ", "niệm"), ("đánh", "dấu")})  # `đánh dấu 140 năm thiết lập …`


def told_after(tokens: Tokens, first: int) -> bool:
    """The figure at token `first` is a span of years whose meaning follows it: what an anniversary is of (`kỷ niệm |
    đánh dấu 140 năm thiết lập quan hệ ngoại giao giữa …`) or what was first in so long (`lần đầu tiên sau | 5 năm
    Quốc hội thông qua ngân sách …`); the context may run longer than the usual reach to take it in."""
    if first < 2:
        return False
    before = tuple(tokens.core[first - 2 : first])
    return before in _ANNIVERSARY_VERBS or (before[0] == "tiên" and before[1] in ("sau", "trong"))


def with_record(tokens: Tokens, stop: int) -> int:
    """Past the comma that ends the figure's clause when what follows only says the figure is a record
    (`… trong 86 phút, thời gian bay dài nhất từ trước đến nay`): the record is what makes the figure news.
    The record ends at its clause's end, within RECORD_WORDS words."""
    if stop < 1 or stop >= len(tokens.raw) or not tokens.raw[stop - 1].endswith(","):
        return stop
    if tokens.core[stop] in ENDS_BEFORE or tokens.joins_clauses(stop) or tokens.raw[stop][:1].isupper():
        return stop
    for k in range(stop, min(len(tokens.raw), stop + RECORD_WORDS)):
        if tokens.ends_clause(k):
            clause = " ".join(tokens.core[stop : k + 1])
            return k + 1 if _SUPERLATIVE.search(clause) else stop
    return stop


def with_anchor(tokens: Tokens, first: int, after: int, stop: int, count: int) -> int:
    """A length of time says nothing without what it is counted from (`111 ngày | sau khi Quốc hội thông
    qua …`, `3 năm | kể từ …`), nor an occasion said to be one without what it is the occasion of (`Đây là
    lần thứ hai | trong năm nay Bắc Triều Tiên công khai …`): the context reaches to the end of that clause,
    within RECORD_WORDS words."""
    if stop != after or after + 2 > count:
        return stop
    duration = tokens.core[after - 1] in _DURATION_UNITS and (tokens.core[after], tokens.core[after + 1]) in _ANCHORS
    occasion = (
        first > 0
        and tokens.core[first - 1] == "là"
        and tuple(tokens.core[first : first + 2]) in _OCCASIONS
        and not tokens.ends_clause(after - 1)
    )
    if not (duration or occasion):
        return stop
    limit = min(count, after + RECORD_WORDS)
    return next((k + 1 for k in range(after + 2, limit) if tokens.ends_clause(k)), count if count <= limit else stop)
