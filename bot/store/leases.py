"""A named lease in the database, for work only one instance may do at a time (Telegram long polling).

Telegram gives each bot one `getUpdates` stream: two instances polling it would fight (409 Conflict)
and lose updates. The instance that holds the lease polls; it renews it every third of its duration;
when it dies the lease runs out and another instance takes over.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.store.repository import SqlStore

TELEGRAM_UPDATES = "telegram-updates"


class NamedLease:
    """The `UpdatesGate` port over `leases`; `acquire` also renews, so call it every `renew_every`."""

    def __init__(
        self, store: SqlStore, name: str, owner: str, clock: Callable[[], datetime], duration: timedelta
    ) -> None:
        self._store, self._name, self._owner, self._clock, self._duration = store, name, owner, clock, duration
        self.renew_every = duration.total_seconds() / 3

    async def acquire(self) -> bool:
        now = self._clock()
        return await asyncio.to_thread(self._store.take_lease, self._name, self._owner, now, now + self._duration)

    async def release(self) -> None:
        await asyncio.to_thread(self._store.drop_lease, self._name, self._owner)
