"""Where a count's noun ends when it ran on to the end of the sentence its figure opens.

`numbers.find_figures` reads a counted noun up to a stop word (`counted_nouns.unit_words`); with none before the
sentence's stop (`Hơn 500 người chờ đợi suốt đêm.`), the noun takes the predicate, the figure is the whole sentence,
and it has no words around it to say what it counts. `without_predicate` ends it after what the lexicon knows is
counted.
"""

from __future__ import annotations

import re

from bot.summarizer.lexicon import lexicon

# A counted noun of this many words or more that reaches the end of its sentence may have run on into the predicate.
_RUN_ON_WORDS = 4
_SENTENCE_END = re.compile(r"[.!?]?$|[.!?]\s")


def without_predicate(text: str, unit_start: int, unit: str, end: int) -> tuple[str, int]:
    """`Hơn 500 người | chờ đợi suốt đêm.`: for a figure that opens its sentence, a counted noun run on to the
    sentence's end ends after what it counts, the longest head the lexicon lists (`người`, `công nhân`, `lính cứu
    hỏa`); `(unit, end)` as they were otherwise."""
    words = unit.split()
    if len(words) < _RUN_ON_WORDS or not _SENTENCE_END.match(text, end):
        return unit, end
    counted = lexicon().counted_nouns
    head = next((" ".join(words[:n]) for n in (3, 2, 1) if " ".join(words[:n]) in counted), "")
    if not head or not text.startswith(f" {head}", unit_start):
        return unit, end
    return head, unit_start + 1 + len(head)
