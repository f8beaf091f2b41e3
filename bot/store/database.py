"""The database: the engine, migrations, sessions, and the dialect-aware writes every repository shares.

Sync SQLAlchemy on purpose: every call is a few rows on a local or LAN database, and a sync session is
simpler to reason about than an async pool shared by PTB, the scheduler and the CLI. Each repository
(stories, feeds, subscriptions, the outbox, leases) takes a `Database` and keeps to its own tables.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bot.core.errors import ConfigError
from bot.store.models import Base

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


class Database:
    """One SQL database (SQLite or PostgreSQL), migrated to the newest schema when opened."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str) -> Database:
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
