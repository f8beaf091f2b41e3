"""Summarize one story: clean, split, extract who / numbers / when / where, choose the what, render.

Faithfulness is enforced last: a name or figure that is not an exact substring of the cleaned body is
dropped, whatever rule produced it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bot.domain import Figure, Summary, Who
from bot.summarizer.numbers import FoundFigure, find_figures, find_when, importance
from bot.summarizer.render import render_bullets
from bot.summarizer.text import clean_body, split_sentences
from bot.summarizer.what import figure_context, main_event
from bot.summarizer.who import extract_who

SOURCE_NAME = "newsbot-rules"
# Bump when output changes: stored summaries of another version are recomputed on read.
SUMMARIZER_VERSION = "4"
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


def _sentence_bounds(located: list[tuple[int, str]], position: int) -> tuple[int, int]:
    for start, sentence in located:
        if start <= position < start + len(sentence):
            return start, start + len(sentence)
    return 0, 0


def _distinct(figures: list[FoundFigure]) -> list[FoundFigure]:
    """One entry per figure text: a repeated `trên 50 tỷ USD` says nothing new."""
    seen: set[str] = set()
    kept = []
    for figure in figures:
        if figure.text.casefold() not in seen:
            seen.add(figure.text.casefold())
            kept.append(figure)
    return kept


def _rank_figures(figures: list[FoundFigure], located: list[tuple[int, str]], body: str) -> list[FoundFigure]:
    """The lead's figures in reading order (the headline first), then the rest by importance."""

    def key(figure: FoundFigure) -> tuple[int, float, int]:
        index = _sentence_index(located, figure.start)
        if index == 0 and not figure.parenthetical:
            return (0, 0.0, figure.start)
        return (1, -importance(figure, index, body), figure.start)

    return sorted(figures, key=key)[:MAX_NUMBERS]


def _sentence_index(located: list[tuple[int, str]], position: int) -> int:
    for index, (start, sentence) in enumerate(located):
        if start <= position < start + len(sentence):
            return index
    return len(located)


def _unique(items: list[str], limit: int) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.casefold(), item)
    return tuple(seen.values())[:limit]


def summarize(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: datetime | None = None,
    lang: str = "vi",
) -> Summary:
    """Who / what / numbers / when / where of one story, and its rendered bullets."""
    body = clean_body(text).body
    sentences = split_sentences(body)
    located = _offsets(body, sentences)
    entities, places = extract_who(body, located)
    when_spans = find_when(body)
    figures = _rank_figures(_distinct(find_figures(body, when_spans)), located, body)

    who = tuple(Who(e.name, e.role, e.kind) for e in entities if e.name and e.name in body)
    numbers = tuple(
        Figure(f.text, f.value, f.unit, context)
        for f in figures
        if f.text
        and f.text in body
        # A figure with no words around it says nothing a reader can use.
        and (context := figure_context(body, f.start, f.end, *_sentence_bounds(located, f.start)))
    )
    summary = Summary(
        title=title,
        url=url,
        published=published,
        source=SOURCE_NAME,
        what=main_event(sentences, title),
        who=who,
        numbers=numbers,
        when=_unique([body[s:e] for s, e in when_spans], MAX_WHEN),
        where=_unique(places, MAX_WHERE),
    )
    return replace(summary, bullets=render_bullets(summary, lang))
