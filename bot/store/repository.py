"""The SQL store behind the `Store` port: stories, feeds and summaries.

Sync SQLAlchemy on purpose: every call is a few rows on a local or LAN database, and a sync session is
simpler to reason about than an async pool shared by PTB, the scheduler and the CLI.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, or_, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bot.core.dedupe import identifying
from bot.core.domain import Candidate, FeedState, Story
from bot.core.errors import ConfigError
from bot.store.models import Base, FeedRow, LeaseRow, SeedFileRow, StoryRow, SummaryRow
from bot.summarizer.model import Summary

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets its folder created, foreign keys on and cross-thread use allowed."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigError(f"database URL is not valid: {exc}") from None
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=5000")
            cursor.close()

        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        return create_engine(parsed, pool_pre_ping=True)
    except ModuleNotFoundError as exc:
        raise ConfigError(f"database driver missing for {parsed.drivername}: {exc.name}") from None


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (the newest by default); safe to run on every start.

    On SQLite, foreign keys are off while migrating: a revision that rebuilds a table (SQLite cannot drop
    a constraint) must not cascade-delete the rows that refer to it. The pragma only works outside a
    transaction, so it is set before the migration's transaction begins.
    """
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()  # end the autobegun (empty) transaction; the pragma stays in force
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def upsert(session: Session, model: type[Base], values: dict[str, Any]) -> None:
    """Insert a row or update it on a primary-key clash, in one statement.

    Get-then-add races when two writers create the same row (a /summary and a poll summarizing the same
    new story); the database's own upsert does not.
    """
    from sqlalchemy import inspect

    keys = [c.name for c in inspect(model).primary_key]
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        statement: Any = pg_insert(model)
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        statement = sqlite_insert(model)
    else:
        raise ConfigError(f"unsupported database {dialect!r}: use SQLite or PostgreSQL")
    statement = statement.values(**values)
    changes = {name: statement.excluded[name] for name in values if name not in keys}
    session.execute(statement.on_conflict_do_update(index_elements=keys, set_=changes))


def insert_ignoring(session: Session, model: type[Base], values: dict[str, Any], unique: list[str]) -> Any:
    """An INSERT that does nothing when a row with the same `unique` columns exists (any writer may win)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(model).values(**values).on_conflict_do_nothing(index_elements=unique)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(model).values(**values).on_conflict_do_nothing(index_elements=unique)


def _links_disagree(row: StoryRow, candidate: Candidate) -> bool:
    return bool(row.url_key and candidate.url_key and row.url_key != candidate.url_key)


def _story(row: StoryRow) -> Story:
    origin = row.origin if row.origin in ("page", "seed", "description") else "page"
    return Story(
        id=row.id,
        source=row.source,
        body=row.body,
        title=row.title,
        url=row.url,
        published=row.published,
        first_seen=row.first_seen,
        origin=origin,  # type: ignore[arg-type]
    )


class SqlStore:
    """Stories, feed state and summaries in one SQL database (SQLite or PostgreSQL)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str) -> SqlStore:
        engine = make_engine(url)
        try:
            migrate(engine)
        except OperationalError as exc:
            raise ConfigError(f"cannot open database {make_url(url).render_as_string()}: {exc.orig}") from None
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def ping(self) -> bool:
        """The database answers a trivial query (for /healthz)."""
        from sqlalchemy import text

        with self.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return True

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    # feeds -------------------------------------------------------------------------------------------
    def feed_state(self, url: str) -> FeedState:
        with self.session() as s:
            row = s.get(FeedRow, url)
            return self._feed(row) if row else FeedState(url=url)

    def feed_states(self, urls: Sequence[str]) -> list[FeedState]:
        with self.session() as s:
            rows = {r.url: r for r in s.scalars(select(FeedRow).where(FeedRow.url.in_(urls)))}
            return [self._feed(rows[u]) if u in rows else FeedState(url=u) for u in urls]

    def lease_feed(self, url: str, owner: str, now: datetime, until: datetime) -> bool:
        """Take (or renew) the right to poll `url` until `until`; False while another instance holds it."""
        with self.session() as s:
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
        with self.session() as s:
            s.execute(
                update(FeedRow)
                .where(FeedRow.url == url, FeedRow.lease_owner == owner)
                .values(lease_owner=None, lease_until=None)
            )

    def take_lease(self, name: str, owner: str, now: datetime, until: datetime) -> bool:
        """Take or renew the named lease; False while another owner holds it and it has not run out."""
        with self.session() as s:
            if s.get(LeaseRow, name) is None:
                try:
                    with s.begin_nested():
                        s.add(LeaseRow(name=name, owner=owner, until=until))
                    return True
                except IntegrityError:
                    pass
            result = s.execute(
                update(LeaseRow)
                .where(LeaseRow.name == name, or_(LeaseRow.owner == owner, LeaseRow.until < now))
                .values(owner=owner, until=until)
            )
            return bool(getattr(result, "rowcount", 0))

    def drop_lease(self, name: str, owner: str) -> None:
        with self.session() as s:
            s.execute(delete(LeaseRow).where(LeaseRow.name == name, LeaseRow.owner == owner))

    def save_feed_state(self, state: FeedState) -> None:
        with self.session() as s:
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

    # stories -----------------------------------------------------------------------------------------
    def known_items(self, url_keys: Sequence[str], guids: Sequence[str]) -> tuple[set[str], set[str]]:
        """Which of these URL keys and GUIDs are stored already: one query per 500 values, so a feed of
        10,000 items costs a few queries, not 10,000."""
        found_keys: set[str] = set()
        found_guids: set[str] = set()
        with self.session() as s:
            for column, values, found in (
                (StoryRow.url_key, url_keys, found_keys),
                (StoryRow.guid, guids, found_guids),
            ):
                unique = sorted(set(values))
                for start in range(0, len(unique), 500):
                    chunk = unique[start : start + 500]
                    found.update(v for v in s.scalars(select(column).where(column.in_(chunk))) if v is not None)
        return found_keys, found_guids

    def add_story(self, candidate: Candidate, body_hash: str, now: datetime) -> tuple[Story, bool]:
        """Store `candidate` unless the same story is known by URL key, GUID or body hash.

        Returns the stored story and whether it is new. A duplicate fills in what the stored copy lacks
        (URL, title, published date), so a seed story later seen in the feed gains its link. The body
        hash only merges texts long enough to identify a story whose links do not disagree: two items
        that share a short teaser are two stories.
        """
        identity = []
        if candidate.url_key:
            identity.append(StoryRow.url_key == candidate.url_key)
        if candidate.guid:
            identity.append(StoryRow.guid == candidate.guid)
        try:
            with self.session() as s:
                existing = list(s.scalars(select(StoryRow).where(or_(*identity)).limit(2))) if identity else []
                if not existing and identifying(candidate.body):
                    same_text = s.scalars(select(StoryRow).where(StoryRow.body_hash == body_hash).limit(20))
                    existing = [r for r in same_text if not _links_disagree(r, candidate)][:1]
                if existing:
                    row = existing[0]
                    if len(existing) == 1:
                        self._fill_missing(row, candidate)
                    return _story(row), False
                row = StoryRow(
                    source=candidate.source,
                    url=candidate.url,
                    url_key=candidate.url_key,
                    guid=candidate.guid,
                    body_hash=body_hash,
                    title=candidate.title,
                    body=candidate.body,
                    origin=candidate.origin,
                    published=candidate.published,
                    first_seen=now,
                )
                s.add(row)
                s.flush()
                return _story(row), True
        except IntegrityError:
            # Another process stored the same story between our check and insert: it is a duplicate.
            with self.session() as s:
                row = s.scalars(select(StoryRow).where(or_(*identity)).limit(1)).one()
                return _story(row), False

    @staticmethod
    def _fill_missing(row: StoryRow, candidate: Candidate) -> None:
        if row.url is None and candidate.url:
            row.url, row.url_key = candidate.url, candidate.url_key
        if row.guid is None and candidate.guid:
            row.guid = candidate.guid
        if row.title is None and candidate.title:
            row.title = candidate.title
        if row.published is None and candidate.published:
            row.published = candidate.published

    def seed_file(self, path: str) -> tuple[int, str] | None:
        """The story id and body hash a seed file produced last time, if it was ingested before."""
        with self.session() as s:
            row = s.get(SeedFileRow, path)
            return (row.story_id, row.body_hash) if row else None

    def record_seed_file(self, path: str, story_id: int, body_hash: str) -> None:
        with self.session() as s:
            upsert(s, SeedFileRow, {"path": path, "story_id": story_id, "body_hash": body_hash})

    def replace_body(self, story_id: int, candidate: Candidate, body_hash: str) -> Story | None:
        """An edited seed file: update its story in place (first-seen stays) and drop the stale summary.

        Returns None when the new text identifies another stored story, which then stands for it.
        """
        with self.session() as s:
            row = s.get(StoryRow, story_id)
            if row is None:
                return None
            if identifying(candidate.body):
                other = select(StoryRow.id).where(StoryRow.body_hash == body_hash, StoryRow.id != story_id).limit(1)
                if s.scalar(other) is not None:
                    return None
            row.body, row.body_hash = candidate.body, body_hash
            row.title = candidate.title or row.title
            row.published = candidate.published or row.published
            summary = s.get(SummaryRow, story_id)
            if summary is not None:
                s.delete(summary)
            s.flush()
            return _story(row)

    def story(self, story_id: int) -> Story | None:
        with self.session() as s:
            row = s.get(StoryRow, story_id)
            return _story(row) if row else None

    def stories_seen_since(self, since: datetime | None, limit: int) -> list[Story]:
        """Stories first seen at or after `since` (all when None), newest first."""
        query = select(StoryRow).order_by(StoryRow.first_seen.desc(), StoryRow.id.desc()).limit(limit)
        if since is not None:
            query = query.where(StoryRow.first_seen >= since)
        with self.session() as s:
            return [_story(r) for r in s.scalars(query)]

    # summaries ---------------------------------------------------------------------------------------
    def summary(self, story_id: int, version: str) -> Summary | None:
        with self.session() as s:
            row = s.get(SummaryRow, story_id)
            if row is None or row.version != version:
                return None
            return Summary.from_dict(json.loads(row.data))

    def prune_summaries(self, current_version: str) -> int:
        """Delete summaries made by other summarizer versions (recomputed on read when needed)."""
        with self.session() as s:
            result = s.execute(delete(SummaryRow).where(SummaryRow.version != current_version))
            return int(getattr(result, "rowcount", 0) or 0)

    def save_summary(self, story_id: int, version: str, summary: Summary) -> None:
        data = json.dumps(summary.to_dict(), ensure_ascii=False)
        with self.session() as s:
            upsert(s, SummaryRow, {"story_id": story_id, "version": version, "data": data})
