"""What a reader asks for with `/summary`: the latest stories, the N newest, or one article.

One pure parser for every chat platform, so `/summary ²`, `/summary 1 2` or a 5,000-character argument
get the usage sentence from the same rule everywhere, never an error.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

MAX_STORIES = 20
_COUNT = re.compile(r"[0-9]{1,3}")  # ASCII digits only: `²` and `٣` are digits to str.isdigit


class SummaryUsage(ValueError):
    """The arguments do not form a request; the reader gets the usage sentence."""


@dataclass(frozen=True, slots=True)
class SummaryRequest:
    """`count` newest stories, or the article at `url`, or (both None) the latest digest."""

    count: int | None = None
    url: str | None = None


def looks_like_url(text: str) -> bool:
    return "://" in text or text.lower().startswith("www.")


def parse_summary_args(args: Sequence[str]) -> SummaryRequest:
    """Read `/summary` arguments; raises SummaryUsage when they are not one of the three forms."""
    if not args:
        return SummaryRequest()
    if len(args) != 1:
        raise SummaryUsage("one argument at most")
    arg = args[0]
    if _COUNT.fullmatch(arg):
        count = int(arg)
        if not 1 <= count <= MAX_STORIES:
            raise SummaryUsage(f"count must be 1–{MAX_STORIES}")
        return SummaryRequest(count=count)
    if looks_like_url(arg):
        return SummaryRequest(url=arg if "://" in arg else f"https://{arg}")
    raise SummaryUsage("neither a count nor a link")
