"""Pure date arithmetic for daily digests, kept apart so it is testable without a clock or a scheduler."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

_HHMM = re.compile(r"([01]?[0-9]|2[0-3]):([0-5][0-9])")
MAX_WINDOW = timedelta(days=3650)


@cache
def zone_names() -> frozenset[str]:
    """Every IANA zone name the zone database knows (for validation and autocomplete)."""
    return frozenset(available_timezones())


def is_time_zone(name: str) -> bool:
    """True for an IANA zone name such as `Asia/Seoul`.

    Checked against the list of zones, not by opening the name: `Asia` is a folder of the zone database
    and `../x` a path, and ZoneInfo answers those with OS errors rather than "unknown zone".
    """
    return name in zone_names()


def parse_hhmm(value: str) -> time:
    """Parse a 24-hour `HH:MM`; raise ValueError with a readable message otherwise."""
    match = _HHMM.fullmatch(value.strip())
    if not match:
        raise ValueError(f"time must be HH:MM (24-hour), got {value!r}")
    return time(int(match.group(1)), int(match.group(2)))


def next_daily_run(hhmm: str, zone: str, after: datetime) -> datetime:
    """The first wall-clock `hhmm` in `zone` strictly after `after`, returned in UTC.

    Wall-clock times that a DST jump skips resolve forward through `fold`-free arithmetic, which is what a
    reader expects from "every day at 08:00".
    """
    tz = ZoneInfo(zone)
    at = parse_hhmm(hhmm)
    local = after.astimezone(tz)
    candidate = datetime.combine(local.date(), at, tzinfo=tz)
    while candidate.astimezone(UTC) <= after.astimezone(UTC):
        candidate = datetime.combine(candidate.date() + timedelta(days=1), at, tzinfo=tz)
    return candidate.astimezone(UTC)


MAX_DIGEST_TIMES = 8


def parse_times(text: str) -> tuple[str, ...]:
    """Daily times a reader typed (`07:30, 18:00`), as sorted distinct `HH:MM`; raises ValueError for a
    time that is not one, for none at all, or for more than MAX_DIGEST_TIMES."""
    parts = [p for p in re.split(r"[,;\s]+", text.strip()) if p]
    if not parts:
        raise ValueError("no time given")
    if len(parts) > MAX_DIGEST_TIMES:
        raise ValueError(f"at most {MAX_DIGEST_TIMES} times a day")
    times = sorted({parse_hhmm(p).strftime("%H:%M") for p in parts})
    return tuple(times)


def next_run(times: tuple[str, ...], zone: str, after: datetime) -> datetime:
    """The first of several daily wall-clock times in `zone` strictly after `after`, in UTC."""
    return min(next_daily_run(t, zone, after) for t in times)


def parse_window(text: str) -> timedelta:
    """Parse a window such as `24h`, `90m`, `2d` or `3600` (seconds)."""
    match = re.fullmatch(r"\s*([0-9]{1,12})\s*([smhd]?)\s*", text)
    if not match:
        raise ValueError(f"window must look like 24h, 90m, 2d or 3600, got {text!r}")
    amount = int(match.group(1))
    unit = match.group(2) or "s"
    seconds = {"s": 1, "m": 60, "h": 3600, "d": 86400}[unit] * amount
    if seconds <= 0:
        raise ValueError("window must be positive")
    if seconds > MAX_WINDOW.total_seconds():
        raise ValueError("window must be at most 3650 days")
    return timedelta(seconds=seconds)
