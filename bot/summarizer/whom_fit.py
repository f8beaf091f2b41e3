"""Whom a sentence or a sanction falls on, which a cut must not leave out.

`… giữ nguyên mức án 20 năm tù giam cùng khoản tiền phạt 18 tỷ won | đối với cựu Chủ tịch Quốc hội Park Hee-tae, …`:
a line that ends before `đối với` says a court sentenced no one. `what` asks `fit_keeping_whom` after the cut.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import words
from bot.summarizer.fitting import MAX_WHAT_WORDS, OVERFLOW_WORDS
from bot.summarizer.lexicon import CAPITALS
from bot.summarizer.line_ends import ends_cleanly
from bot.summarizer.unsaid_verbs import names_whom_punished

# Whom it falls on: after `đối với`, a name (or a title before one) within a few words, to the end of its phrase.
_WHOM = re.compile(rf" đối với (?:[^\s,;.]+ ){{0,6}}?[{CAPITALS}\d][^,;.]{{0,60}}")
# A phrase of time or place the cut fell before, between the punishment and whom it falls on (`bản án … được tuyên | từ
# phiên sơ thẩm hồi tháng 6 | đối với …`): it may go for them.
_PHRASE_BETWEEN = re.compile(r"(?: (?:từ|tại|ở|trong|vào|hồi)\b[^,;.]{1,80}?)?(?= đối với )")


def fit_keeping_whom(text: str, fitted: str) -> str:
    """`fitted`, unless it ends before the `đối với` naming whom a sentence, a fine or a sanction in its last clause
    falls on (right before it, or before a phrase of time or place that then goes) and the line with them (to the end
    of their phrase) is at most OVERFLOW_WORDS over the limit: the line with `đối với …` then."""
    kept = fitted.rstrip(" .")
    if not text.startswith(kept) or not names_whom_punished(kept):
        return fitted
    between = _PHRASE_BETWEEN.match(text, len(kept))
    whom = _WHOM.match(text, between.end()) if between is not None else None
    if whom is None:
        return fitted
    line = kept + text[whom.start() : whom.end()].rstrip()
    return line if words(line) <= MAX_WHAT_WORDS + OVERFLOW_WORDS and ends_cleanly(line) else fitted
