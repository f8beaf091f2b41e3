"""newsbot: faithful who/what/numbers digests of KBS World Vietnamese news.

Importing the package stays light: `summarize` pulls only the stdlib summarizer, on first use.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.summarizer.model import Summary

__all__ = ["summarize"]


def summarize(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: datetime | None = None,
    lang: str = "vi",
) -> Summary:
    """Summarize one story into who / what / numbers / when / where and rendered bullets."""
    from bot.summarizer.core import summarize as _summarize

    return _summarize(text, title=title, url=url, published=published, lang=lang)
