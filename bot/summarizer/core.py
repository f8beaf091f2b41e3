"""Summarize one story: clean, split, extract, render."""

from __future__ import annotations

from datetime import datetime

from bot.domain import Summary
from bot.summarizer.text import clean_body, split_sentences

SOURCE_NAME = "newsbot-rules"
# Bump when output changes: stored summaries of another version are recomputed on read.
SUMMARIZER_VERSION = "1"


def summarize(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: datetime | None = None,
    lang: str = "vi",
) -> Summary:
    """Lead-based summary: the first sentence is the main event in KBS's inverted-pyramid style."""
    body = clean_body(text).body
    sentences = split_sentences(body)
    what = sentences[0] if sentences else (title or "")
    bullets = (what,) if what else ()
    return Summary(title=title, url=url, published=published, source=SOURCE_NAME, what=what, bullets=bullets)
