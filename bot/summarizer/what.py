"""The main event in one line, and the context words that say what a figure measures.

KBS leads with the event (inverted pyramid), so the first sentence, shortened at a phrase or clause
boundary, is the `what`.
"""

from __future__ import annotations

import re

MAX_WHAT_WORDS = 28
# Where the lead turns from the event to its setting; `where` and `when` carry that part.
_SETTING = re.compile(r" (?:bên lề|trong khuôn khổ|nhân dịp) ")
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]| và | trong đó | tương đương | nhưng ")
_EDGE_WORDS = frozenset(
    {"với", "là", "có", "đạt", "đã", "của", "và", "trong", "khi", "thì", "nhằm", "để", "nên", "do", "theo",
     "mức", "ở", "tại", "đến", "tới", "lên", "từ", "hơn", "khoảng", "gần", "trên", "dưới", "tăng", "giảm"}
)  # fmt: skip


_PHRASE_STARTERS = _EDGE_WORDS | {"sẽ", "biết", "được", "bị", "này", "cho", "rằng", "mà"}


def main_event(sentences: list[str], title: str | None) -> str:
    """The lead sentence, cut before its setting or at a comma when it runs past ~28 words."""
    if not sentences:
        return (title or "").strip()
    lead = sentences[0]
    if len(lead.split()) < 6 and len(sentences) > 1:
        lead = f"{lead} {sentences[1]}"
    words = lead.split(maxsplit=MAX_WHAT_WORDS)
    if len(words) <= MAX_WHAT_WORDS:
        return lead
    # Only a setting phrase within the first MAX_WHAT_WORDS words can end the `what`: look no further, so
    # a long lead that repeats the phrase costs one pass, not one pass per repetition.
    reach = len(lead) - len(words[-1])
    for match in _SETTING.finditer(lead, 0, reach + 1):
        if 12 <= len(lead[: match.start()].split()) <= MAX_WHAT_WORDS:
            return lead[: match.start()].rstrip(" ,;:") + "."
    head = " ".join(words[:MAX_WHAT_WORDS])
    comma = head.rfind(", ")
    if comma > len(head) // 2:
        return head[:comma] + "…"
    return head.rstrip(" ,;:") + "…"


def _trim(words: list[str]) -> list[str]:
    while words and words[0].lower() in _EDGE_WORDS:
        words = words[1:]
    while words and words[-1].lower() in _EDGE_WORDS:
        words = words[:-1]
    return words


def _phrase_end(words: list[str]) -> list[str]:
    """The last phrase of a clause, at most ~9 syllables, starting after a function word when one is near
    so it does not begin in the middle of a compound (`mạnh mẽ`)."""
    words = _trim(words)
    if len(words) <= 6:
        return words
    tail = words[-10:]
    for index in range(len(tail) - 5, -1, -1):
        if tail[index].lower() in _PHRASE_STARTERS:
            return _trim(tail[index + 1 :])
    return words[-6:]


def _words(text: str) -> list[str]:
    return [w for w in (raw.strip(',.;:!?()"“”') for raw in text.split()) if w]


CONTEXT_REACH = 400  # characters either side of a figure; a context is a dozen words at most


def figure_context(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> str:
    """What a figure measures: the words before it in its clause (or the end of the clause before,
    when its own is too short), then a few words after it. Never empty when the sentence has words.

    Only CONTEXT_REACH characters either side are read (from a word start), so a sentence of 100 KB
    costs no more than a normal one."""
    if start - sentence_start > CONTEXT_REACH:
        space = text.find(" ", start - CONTEXT_REACH, start)
        sentence_start = space + 1 if space >= 0 else start
    sentence_end = min(sentence_end, end + CONTEXT_REACH)
    left = text[sentence_start:start]
    clauses = _CLAUSE_BREAK.split(left)
    before = _phrase_end(_words(clauses[-1]))
    if len(before) < 2 and len(clauses) > 1:
        before = _phrase_end(_words(clauses[-2])) + before
    after = _trim(_words(_CLAUSE_BREAK.split(text[end:sentence_end])[0]))
    words = before + _trim(after[: 3 if len(before) >= 4 else 6])
    if len(words) < 2:
        words = _words(left)[-4:] + _words(text[end:sentence_end])[:4]
    return " ".join(words)
