"""The context of a figure that restates the one before it in an aside (`21 trong số 60 giám đốc …, | tương đương
36%|, đã bị thay thế`): alone, `tương đương 36%` says nothing, so it takes the context of the figure it restates, up
to itself. `core.py` asks here first and falls back to `context.figure_context`.
"""

from __future__ import annotations

import re

from bot.summarizer.context import WordCache, figure_context

_RESTATES = re.compile(r", (?:tương đương(?: với)?|tức là) $")
# the first number of the clause before the aside, not a date's (`ngày 28/11`)
_NUMBER = re.compile(r"(?<![\d/])\d[\d.,]*(?![\d/])")
_REACH = 20  # characters read back from the figure for the aside's opening words


def restated_context(
    text: str, start: int, end: int, sentence_start: int, sentence_end: int, words_of: WordCache | None = None
) -> str | None:
    """For a figure that ends an aside restating the figure before it: that figure's context, up to this one (or,
    when it already reaches past this one, that context whole); else None. Reads one step back only, so a chain
    of asides costs twice a figure's context at most."""
    restates = _RESTATES.search(text, max(sentence_start, start - _REACH), start)
    if restates is None or not text.startswith(", ", end):  # the aside ends with the figure
        return None
    comma = restates.start()
    before = text.rfind(", ", sentence_start, comma)
    clause_start = before + 2 if before >= 0 else sentence_start
    number = _NUMBER.search(text, clause_start, comma)
    if number is None:
        return None
    restated = figure_context(text, number.start(), number.end(), sentence_start, sentence_end, words_of)
    at = text.find(restated, sentence_start, start + len(restated)) if restated else -1
    if at < 0:
        return None
    if at <= start and at + len(restated) >= end:
        return restated  # it already holds this figure (`21 … giám đốc, tương đương 36%, đã bị thay thế`)
    if at + len(restated) <= comma:
        return text[at:end]  # `… theo đó 21 trong số 60 giám đốc … các công ty con, tương đương 36%`
    return None
