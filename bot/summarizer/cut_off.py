"""A story the source cut off inside its last sentence: a feed's teaser (`… với Chủ tịch nước Việt Nam Lương Cường
tại...`), used when the article page could not be fetched, or a page that stops mid-sentence. A `what` line that
ends where the source stopped must not end there on a word asking for what was cut (`tại`).
"""

from __future__ import annotations

from bot.summarizer.line_ends import EDGE_MARKS, SENTENCE_STOP, ends_cleanly

_FEWEST_WORDS = 3  # a line is not cut back further than this to end cleanly: it stays as it was


def _key(word: str) -> str:
    return word.strip(EDGE_MARKS).casefold()


def end_where_source_did_not(line: str, last_sentence: str) -> str:
    """`line` (a tidied `what`, ending in a full stop) unchanged, unless `last_sentence` (the story's last) was cut
    off (it ends in an ellipsis or on no stop at all) and the line ends on its last word: then without the words at
    its end that ask for what was cut (`… Lương Cường | tại`), to be tidied again (its stop is gone)."""
    source = last_sentence.rstrip()
    ellipsis = source.endswith(("…", "..."))
    if not ellipsis and SENTENCE_STOP.search(source):
        return line
    bare = source.rstrip(".…").rstrip() if ellipsis else source  # (no pattern: a run of dots costs its length)
    words = line.rstrip(".").split()
    if not bare or not words or _key(words[-1]) != _key(bare.split()[-1]) or ends_cleanly(" ".join(words)):
        return line  # the line was cut before the source's end, or ends cleanly there
    kept = next(
        (k for k in range(len(words) - 1, _FEWEST_WORDS - 1, -1) if ends_cleanly(" ".join(words[:k]))), len(words)
    )
    return " ".join(words[:kept])
