"""Full-text search over stored stories with the database's own index, bounded in time.

Both databases index `stories.search_text` (title and body, accent- and case-free), built by migration
0007: SQLite with an FTS5 table kept in step by triggers, PostgreSQL with a generated `tsvector` and a GIN
index. Words are matched whole and all of them must occur; the newest stories come first (by id, which
is the order they were stored in, so the index gives them without sorting every match). A query that
runs past SEARCH_TIMEOUT is stopped: SQLite by a progress handler, PostgreSQL by `statement_timeout`.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from bot.core.domain import Story
from bot.core.errors import SearchTimeout
from bot.store.database import Database
from bot.store.models import StoryRow
from bot.store.stories import stories_with_sections

SEARCH_TIMEOUT = 2.0  # seconds
PROGRESS_EVERY = 10_000  # SQLite virtual-machine steps between looks at the clock
_SQLITE_IDS = text("SELECT rowid FROM stories_fts WHERE stories_fts MATCH :query ORDER BY rowid DESC LIMIT :limit")
_POSTGRES_IDS = text(
    "SELECT id FROM stories WHERE search_vector @@ plainto_tsquery('simple', :query) ORDER BY id DESC LIMIT :limit"
)


class SqlSearch:
    """Finds stories by words (already folded to plain lower-case word characters by the core)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def search(self, words: Sequence[str], limit: int) -> list[Story]:
        """The newest `limit` stories holding every word; raises SearchTimeout past SEARCH_TIMEOUT."""
        if not words:
            return []
        with self._db.session() as s:
            ids = self._ids(s, words, limit)
            if not ids:
                return []
            rows = {r.id: r for r in s.scalars(select(StoryRow).where(StoryRow.id.in_(ids)))}
            return stories_with_sections(s, [rows[i] for i in ids if i in rows])

    def _ids(self, s: Session, words: Sequence[str], limit: int) -> list[int]:
        dialect = s.get_bind().dialect.name
        if dialect == "postgresql":
            s.execute(text(f"SET LOCAL statement_timeout = {int(SEARCH_TIMEOUT * 1000)}"))
            try:
                return [int(i) for i in s.scalars(_POSTGRES_IDS, {"query": " ".join(words), "limit": limit})]
            except OperationalError as exc:
                if "statement timeout" in str(exc.orig):
                    raise SearchTimeout("search took too long") from None
                raise
        # Each word a quoted phrase of its own (all must occur); a quote inside is doubled, so no word is
        # ever read as FTS5 syntax, whoever called.
        query = " ".join('"' + word.replace('"', '""') + '"' for word in words)
        raw: Any = s.connection().connection.driver_connection
        deadline = time.monotonic() + SEARCH_TIMEOUT
        raw.set_progress_handler(lambda: int(time.monotonic() > deadline), PROGRESS_EVERY)
        try:
            return [int(i) for i in s.scalars(_SQLITE_IDS, {"query": query, "limit": limit})]
        except OperationalError as exc:
            if "interrupted" in str(exc.orig):
                raise SearchTimeout("search took too long") from None
            raise
        finally:
            raw.set_progress_handler(None, 0)
