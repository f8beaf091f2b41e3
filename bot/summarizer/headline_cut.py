"""A cut the headline moves later: the clause that says what the headline says stays when the line still fits.

A lead often opens with the setting and ends on the act the editor put in the headline (`Thủ tướng … chủ trì cuộc họp
… trong mùa đông, | trong đó kêu gọi người dân … tiết kiệm điện | khi …` under `Thủ tướng … kêu gọi người dân tiết
kiệm điện`). The usual cut prefers the first clause comma; a later clean cut that keeps the headline's words, and
still fits (a few words over, as a clause may run), says the news the reader was promised.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.summarizer.clauses import words
from bot.summarizer.cut_points import cut_points, ends_on_stub
from bot.summarizer.fitting import MAX_WHAT_WORDS, OVERFLOW_WORDS, PREFERRED_CUT
from bot.summarizer.line_ends import ends_cleanly
from bot.summarizer.text import nfc

_WORD = re.compile(r"[^\W\d_]+")
# Pairs of the headline's words a later cut must add to move: one pair may be a name the lead repeats.
_LEAST_PAIRS_GAINED = 2


def _pairs(text: str) -> set[tuple[str, str]]:
    found = [w.casefold() for w in _WORD.findall(text)]
    return set(pairwise(found))


def fit_keeping_headline(text: str, fitted: str, title: str | None) -> str:
    """`fitted`, or the clean cut of `text` after it that fits, at most OVERFLOW_WORDS over, and says the most (at
    least two) more of the headline's word pairs than `fitted` does, the latest of equals; unchanged when `fitted`
    is not a plain head of `text`."""
    head = fitted.rstrip(" .")
    if not title or not text.startswith(head) or len(head) >= len(text.rstrip(" .")):
        return fitted
    headline = _pairs(nfc(title))
    said = len(headline & _pairs(head))
    if len(headline) - said < _LEAST_PAIRS_GAINED:
        return fitted  # the line already says all the headline says but a pair: no cut can gain two
    commas, openers = cut_points(text)
    best, gained = fitted, 0
    for cut in sorted({*commas, *openers}):
        line = text[:cut].rstrip(" ,;:")
        if cut <= len(head) or words(line) > MAX_WHAT_WORDS + OVERFLOW_WORDS or words(line) < PREFERRED_CUT:
            continue
        more = len(headline & _pairs(line)) - said
        if more >= _LEAST_PAIRS_GAINED and more >= gained and ends_cleanly(line) and not ends_on_stub(line):
            best, gained = line, more
    return best
