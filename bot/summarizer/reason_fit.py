"""Why an act was done outranks where it was done: a line that lost the reason an arrest, an honour or a fine was for
(`… bắt giữ … | tại cảng Yeosu | vì nghi ngờ …`) loses the place instead. `what.py` calls `fit_keeping_reason` on the
line it fitted; `where_phrases.py` says what is only where.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import figures_in, words
from bot.summarizer.fitting import HAPPENING_END, MAX_WHAT_WORDS, OVERFLOW_WORDS, fit
from bot.summarizer.unsaid_verbs import REASON_REACH, gives_its_reason
from bot.summarizer.where_phrases import PLACE_PHRASE, SUBJECT_AND_VERB_WORDS, TIME_AFTER_PLACE, more_than_where

# As long as a line `fit` cuts at a clause comma a few words over may be: a reason kept whole past that gives way.
_MOST_WITH_REASON = MAX_WHAT_WORDS + OVERFLOW_WORDS
# The `vì` of an act whose reason it gives (`bắt giữ … tại cảng Yeosu | vì nghi ngờ …`).
_BECAUSE = re.compile(r" vì ")


def fit_keeping_reason(text: str, fitted: str) -> str:
    """`fitted`, unless it lost the reason an arrest, an honour or a fine was for (`unsaid_verbs.gives_its_reason`)
    and the line without where the act happened, right before that `vì`, keeps the reason when fitted (`… bắt giữ một
    tàu chở dầu … trọng tải 5.000 tấn | tại cảng Yeosu | vì nghi ngờ tàu này chuyển dầu cho Triều Tiên …`): why
    outranks where, which stays under "where", and a time after the place stays. Never at the cost of a figure
    `fitted` kept, nor past the few words over MAX_WHAT_WORDS `fit` allows a clause comma."""
    if " vì " in fitted:
        return fitted
    because = next(
        (m for m in _BECAUSE.finditer(text) if gives_its_reason(text[max(0, m.start() - REASON_REACH) : m.start()])),
        None,
    )
    if because is None:
        return fitted
    place = PLACE_PHRASE.search(text, max(0, because.start() - 80), because.start())
    if place is None or words(text[: place.start()]) < SUBJECT_AND_VERB_WORDS:
        return fitted
    time = TIME_AFTER_PLACE.search(text, place.end(), because.start())  # when stays (`… | ngày 5/12 | vì …`)
    end = time.start() if time is not None else because.start()
    if more_than_where(text, place.end(), end):
        return fitted
    refitted = fit(HAPPENING_END.sub("", text[: place.start()]) + text[end:])
    keeps = " vì " in refitted and figures_in(refitted) >= figures_in(fitted) and words(refitted) <= _MOST_WITH_REASON
    return refitted if keeps else fitted
