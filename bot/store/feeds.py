"""Feed state in SQL: the HTTP validators, failure backoff, and the lease that lets one instance at a
time poll a feed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError

from bot.core.domain import FeedState
from bot.store.database import Database, upsert
from bot.store.models import FeedRow


class SqlFeeds:
    """The `FeedStore` port: what the bot remembers about each feed between polls."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def feed_state(self, url: str) -> FeedState:
        with self._db.session() as s:
            row = s.get(FeedRow, url)
            return self._feed(row) if row else FeedState(url=url)

    def feed_states(self, urls: Sequence[str]) -> list[FeedState]:
        with self._db.session() as s:
            rows = {r.url: r for r in s.scalars(select(FeedRow).where(FeedRow.url.in_(urls)))}
            return [self._feed(rows[u]) if u in rows else FeedState(url=u) for u in urls]

    def lease_feed(self, url: str, owner: str, now: datetime, until: datetime) -> bool:
        """Take (or renew) the right to poll `url` until `until`; False while another instance holds it."""
        with self._db.session() as s:
            if s.get(FeedRow, url) is None:
                try:
                    with s.begin_nested():
                        s.add(FeedRow(url=url, failures=0))
                except IntegrityError:
                    pass  # another instance created the row at the same moment
            result = s.execute(
                update(FeedRow)
                .where(
                    FeedRow.url == url,
                    or_(FeedRow.lease_until.is_(None), FeedRow.lease_until < now, FeedRow.lease_owner == owner),
                )
                .values(lease_owner=owner, lease_until=until)
            )
            return bool(getattr(result, "rowcount", 0))

    def release_feed(self, url: str, owner: str) -> None:
        with self._db.session() as s:
            s.execute(
                update(FeedRow)
                .where(FeedRow.url == url, FeedRow.lease_owner == owner)
                .values(lease_owner=None, lease_until=None)
            )

    def save_feed_state(self, state: FeedState) -> None:
        with self._db.session() as s:
            upsert(s, FeedRow, asdict(state))

    @staticmethod
    def _feed(row: FeedRow) -> FeedState:
        return FeedState(
            url=row.url,
            etag=row.etag,
            last_modified=row.last_modified,
            last_success=row.last_success,
            last_error=row.last_error,
            last_error_at=row.last_error_at,
            failures=row.failures or 0,
            next_attempt=row.next_attempt,
        )
