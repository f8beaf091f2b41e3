"""Tolerant date parsing for feeds and pages: RFC 822 first, then ISO; zoneless times are Seoul time."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

SEOUL = ZoneInfo("Asia/Seoul")
_ISO = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")


def parse_date(text: str | None) -> datetime | None:
    """A UTC datetime from `text`, or None when nothing sensible can be read (never raises)."""
    if not text:
        return None
    text = text.strip()
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=SEOUL)
        return parsed.astimezone(UTC)
    match = _ISO.search(text)
    if not match:
        return None
    year, month, day, hour, minute, second = (int(g) if g else None for g in match.groups())
    try:
        local = datetime(year or 1, month or 1, day or 1, hour or 0, minute or 0, second or 0, tzinfo=SEOUL)
    except ValueError:
        return None
    return local.astimezone(UTC)
