"""A named lease in the database, for work only one instance may do at a time (Telegram long polling).

Telegram gives each bot one `getUpdates` stream: two instances polling it would fight (409 Conflict)
and lose updates. The instance that holds the lease polls; it renews it every third of its duration;
when it dies the lease runs out and another instance takes over.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, update
from sqlalchemy.exc import IntegrityError

from bot.store.database import Database
from bot.store.models import LeaseRow

TELEGRAM_UPDATES = "telegram-updates"


class NamedLease:
    """The `UpdatesGate` port over `leases`; `acquire` also renews, so call it every `renew_every`."""

    def __init__(self, db: Database, name: str, owner: str, clock: Callable[[], datetime], duration: timedelta) -> None:
        self._db, self._name, self._owner, self._clock, self._duration = db, name, owner, clock, duration
        self.renew_every = duration.total_seconds() / 3

    async def acquire(self) -> bool:
        now = self._clock()
        return await asyncio.to_thread(self.take, now, now + self._duration)

    async def release(self) -> None:
        await asyncio.to_thread(self.drop)

    def take(self, now: datetime, until: datetime) -> bool:
        """Take or renew the named lease; False while another owner holds it and it has not run out."""
        with self._db.session() as s:
            if s.get(LeaseRow, self._name) is None:
                try:
                    with s.begin_nested():
                        s.add(LeaseRow(name=self._name, owner=self._owner, until=until))
                    return True
                except IntegrityError:
                    pass
            result = s.execute(
                update(LeaseRow)
                .where(LeaseRow.name == self._name, or_(LeaseRow.owner == self._owner, LeaseRow.until < now))
                .values(owner=self._owner, until=until)
            )
            return bool(getattr(result, "rowcount", 0))

    def drop(self) -> None:
        with self._db.session() as s:
            s.execute(delete(LeaseRow).where(LeaseRow.name == self._name, LeaseRow.owner == self._owner))
