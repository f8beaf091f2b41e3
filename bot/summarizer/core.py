"""Summarize one story: clean, split, extract who / numbers / when / where, choose the what, render.

Faithfulness is enforced last: a name, a figure or a figure's context that is not an exact substring of
the cleaned body is dropped, whatever rule produced it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from bot.summarizer.context import WordCache, figure_context
from bot.summarizer.cut_off import context_where_source_did_not, cut_off_end
from bot.summarizer.dates import dates_shown, find_when
from bot.summarizer.fitting import MAX_WHAT_WORDS
from bot.summarizer.found import FoundFigure
from bot.summarizer.headline import headline_figures
from bot.summarizer.lexicon import TOLL_END
from bot.summarizer.model import Figure, Summary, Who
from bot.summarizer.numbers import find_figures
from bot.summarizer.ranking import rank_figures
from bot.summarizer.render import render_bullets
from bot.summarizer.restated import restated_context
from bot.summarizer.text import MAX_SUMMARY_INPUT, cap_text, clean_body, split_sentences
from bot.summarizer.what import main_event
from bot.summarizer.who import extract_who

SOURCE_NAME = "newsbot-rules"
# Bump when output changes: stored summaries of another version are recomputed on read.
SUMMARIZER_VERSION = "55"
MAX_NUMBERS = 10
MAX_WHEN = 4
MAX_WHERE = 4


def _offsets(body: str, sentences: list[str]) -> list[tuple[int, str]]:
    located: list[tuple[int, str]] = []
    position = 0
    for sentence in sentences:
        found = body.find(sentence, position)
        if found < 0:
            continue
        located.append((found, sentence))
        position = found + len(sentence)
    return located


class _Sentences:
    """Where each sentence starts, so finding the sentence of a position is a binary search, not a scan
    (a hostile text has thousands of sentences and thousands of figures)."""

    def __init__(self, located: list[tuple[int, str]]) -> None:
        self._located = located
        self._starts = [start for start, _ in located]

    def index(self, position: int) -> int:
        """The index of the sentence holding `position`, or len(sentences) when none does."""
        found = bisect.bisect_right(self._starts, position) - 1
        if found >= 0:
            start, sentence = self._located[found]
            if position < start + len(sentence):
                return found
        return len(self._located)

    def bounds(self, position: int) -> tuple[int, int]:
        found = self.index(position)
        if found == len(self._located):
            return 0, 0
        start, sentence = self._located[found]
        return start, start + len(sentence)


def _distinct(figures: list[FoundFigure]) -> list[FoundFigure]:
    """One entry per figure text: a repeated `trên 50 tỷ USD` says nothing new."""
    seen: set[str] = set()
    kept = []
    for figure in figures:
        if figure.text.casefold() not in seen:
            seen.add(figure.text.casefold())
            kept.append(figure)
    return kept


def _unique(items: list[str], limit: int, same: Callable[[str], str] = str.casefold) -> tuple[str, ...]:
    """The first of each group of `items` that `same` says are one, at most `limit`."""
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(same(item), item)
    return tuple(seen.values())[:limit]


# A count that holds what befell it (`Hai công nhân đã thiệt mạng`) is a clause of its own: with no words around it
# that a context may take (`… | và một người khác bị thương …` is the next clause's), it is its own context.
def _own_clause(figure: FoundFigure) -> str:
    return figure.text if TOLL_END.search(figure.text) else ""


_DAY_WORD = re.compile(r"^(?:ngày|vào ngày) (?=\d)")


def _same_date(date: str) -> str:
    """`ngày 12/6` and `12/6` (`nhân dịp Ngày nước Nga 12/6`) are one date under "when"."""
    return _DAY_WORD.sub("", date.casefold())


def plain_summary(
    text: str, *, title: str | None = None, url: str | None = None, published: datetime | None = None, lang: str = "vi"
) -> Summary:
    """The story told by its title alone (or, with none, its first words): what a caller sends when `summarize`
    failed on a story, so one bad story never holds back the digest it is in. Plain string work, which no text
    can make fail."""
    first = " ".join(text.split()[:MAX_WHAT_WORDS])
    summary = Summary(title=title, url=url, published=published, source=SOURCE_NAME, what=(title or first).strip())
    return replace(summary, bullets=render_bullets(summary, lang))


def summarize(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: datetime | None = None,
    lang: str = "vi",
    max_chars: int | None = MAX_SUMMARY_INPUT,
) -> Summary:
    """Who / what / numbers / when / where of one story, and its rendered bullets.

    The text is capped at `max_chars` (`cap_text`; None lifts the cap, for benchmarks) and every pass is
    linear in it, so any input costs bounded time.
    """
    body = clean_body(text).body
    body = cap_text(body, max_chars) if max_chars is not None else body
    sentences = split_sentences(body)
    located = _offsets(body, sentences)
    index = _Sentences(located)
    entities, places = extract_who(body, located)
    when_spans = find_when(body)
    figures = rank_figures(
        _distinct(find_figures(body, when_spans)), index.index, body, headline_figures(title), MAX_NUMBERS
    )

    who = tuple(Who(e.name, e.role, e.kind) for e in entities if e.name and e.name in body)
    words_of: WordCache = {}
    source_end = cut_off_end(body)  # where a teaser stopped, read once for every figure's context
    numbers = tuple(
        Figure(f.text, f.value, f.unit, context)
        for f in figures
        if f.text
        and f.text in body
        # A figure with no words around it says nothing a reader can use, unless it says what befell it.
        and (
            context := restated_context(body, f.start, f.end, *index.bounds(f.start), words_of)
            or figure_context(body, f.start, f.end, *index.bounds(f.start), words_of)
            or _own_clause(f)
        )
        and (context := context_where_source_did_not(context, f.text, source_end))
        and context in body
    )
    summary = Summary(
        title=title,
        url=url,
        published=published,
        source=SOURCE_NAME,
        what=main_event(sentences, title),
        who=who,
        numbers=numbers,
        when=_unique(dates_shown(body, when_spans), MAX_WHEN, _same_date),
        where=_unique(places, MAX_WHERE),
    )
    return replace(summary, bullets=render_bullets(summary, lang))
