"""A cut the headline moves later: the clause that says what the headline says stays when the line still fits.

A lead often opens with the setting and ends on the act the editor put in the headline (`Thủ tướng … chủ trì cuộc họp
… trong mùa đông, | trong đó kêu gọi người dân … tiết kiệm điện | khi …` under `Thủ tướng … kêu gọi người dân tiết
kiệm điện`). The usual cut prefers the first clause comma; a later clean cut that keeps the headline's words, and
still fits (a few words over, as a clause may run), says the news the reader was promised. A line that ended on a
contrast set off mid-lead (`…, trong khi nhập khẩu tăng …,`) loses the contrast instead, when the headline's clause
comes after it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.summarizer.clauses import words
from bot.summarizer.cut_points import cut_points, ends_on_stub
from bot.summarizer.fitting import MAX_WHAT_WORDS, OVERFLOW_WORDS, PREFERRED_CUT
from bot.summarizer.line_ends import ends_cleanly
from bot.summarizer.record_after import USUAL_BASELINE_PHRASE
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
    best = _best_cut(text, len(head), headline, said)
    aside = _CONTRAST_ASIDE.search(text) if best is None else None
    if aside is not None and aside.start() < len(head) <= aside.end():
        # the line ended on a contrast set off mid-lead and the headline is said after it (`…, | trong khi nhập khẩu
        # tăng 1,2% …, | giúp cán cân thương mại thặng dư …, đánh dấu tháng thặng dư thứ 10 liên tiếp`): the contrast
        # goes instead, and past the limit the usual baseline with it (`tăng 8,4% | so với cùng kỳ năm ngoái`)
        before = text[: aside.start()]
        if words(before + text[aside.end() :]) > MAX_WHAT_WORDS + OVERFLOW_WORDS:
            before = USUAL_BASELINE_PHRASE.sub("", before)
        best = _best_cut(before + text[aside.end() :], len(before), headline, said, whole=True)
    return best or fitted


# A contrast set off by commas inside a lead (`…, trong khi nhập khẩu tăng 1,2% lên 51,3 tỷ USD|,`): a side of the news.
_CONTRAST_ASIDE = re.compile(r", trong khi (?:[^,;]|,(?=\d)){5,160}(?=, )")  # (a number's own comma: `1,2%`)


def _best_cut(
    text: str, head_end: int, headline: set[tuple[str, str]], said: int, *, whole: bool = False
) -> str | None:
    """The latest clean cut of `text` after `head_end` (or, with `whole`, all of it) that fits, at most OVERFLOW_WORDS
    over, and says the most (at least two) more of the headline's word pairs than were said; None with none."""
    commas, openers = cut_points(text)
    ends = sorted({*commas, *openers, *([len(text.rstrip(" ."))] if whole else [])})
    best, gained = None, 0
    for cut in ends:
        line = text[:cut].rstrip(" ,;:")
        if cut <= head_end or words(line) > MAX_WHAT_WORDS + OVERFLOW_WORDS or words(line) < PREFERRED_CUT:
            continue
        more = len(headline & _pairs(line)) - said
        if more >= _LEAST_PAIRS_GAINED and more >= gained and ends_cleanly(line) and not ends_on_stub(line):
            best, gained = line, more
    return best
