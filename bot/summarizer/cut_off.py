"""A story the source cut off inside its last sentence: a feed's teaser (`… với Chủ tịch nước Việt Nam Lương Cường
tại...`), used when the article page could not be fetched, or a page that stops mid-sentence. A `what` line that
ends where the source stopped must not end there on a word asking for what was cut (`tại`), nor a figure's context.
"""

from __future__ import annotations

from bot.summarizer.line_ends import EDGE_MARKS, SENTENCE_STOP, ends_cleanly
from bot.summarizer.phrase_words import DANGLING

_FEWEST_WORDS = 3  # a line is not cut back further than this to end cleanly: it stays as it was


def _key(word: str) -> str:
    return word.strip(EDGE_MARKS).casefold()


def cut_off_end(text: str) -> str | None:
    """What `text` (the story's last sentence, or the whole story: both end where the story does) ends on, without its
    ellipsis, when the source cut it off (it ends in an ellipsis or on no stop at all); None when it ends on a stop."""
    source = text.rstrip()
    ellipsis = source.endswith(("…", "..."))
    if not ellipsis and SENTENCE_STOP.search(source):
        return None
    return source.rstrip(".…").rstrip() if ellipsis else source  # (no pattern: a run of dots costs its length)


def end_where_source_did_not(line: str, last_sentence: str) -> str:
    """`line` (a tidied `what`, ending in a full stop) unchanged, unless `last_sentence` (the story's last) was cut
    off (it ends in an ellipsis or on no stop at all) and the line ends on its last word: then without the words at
    its end that ask for what was cut (`… Lương Cường | tại`), to be tidied again (its stop is gone)."""
    bare = cut_off_end(last_sentence)
    if bare is None:
        return line
    words = line.rstrip(".").split()
    if not bare or not words or _key(words[-1]) != _key(bare.split()[-1]) or ends_cleanly(" ".join(words)):
        return line  # the line was cut before the source's end, or ends cleanly there
    kept = next(
        (k for k in range(len(words) - 1, _FEWEST_WORDS - 1, -1) if ends_cleanly(" ".join(words[:k]))), len(words)
    )
    return " ".join(words[:kept])


def context_where_source_did_not(context: str, figure_text: str, source_end: str | None) -> str:
    """A figure's context that runs to where the source stopped (`source_end`, from `cut_off_end`: `Một trận động đất
    mạnh 6,7 độ richter đã`) without the words at its end that ask for what was cut or leave a context hanging
    (`DANGLING`), while it keeps its figure; any other context, a whole sentence's among them, unchanged."""
    if source_end is None or not source_end.endswith(context):
        return context
    kept = context.split(" ")
    while len(kept) > 1 and figure_text in " ".join(kept[:-1]):
        if ends_cleanly(" ".join(kept)) and kept[-1].strip(",;:") not in DANGLING:
            break
        kept.pop()
    return " ".join(kept).rstrip(" ,;:")
