"""SQLite carries one `newsbot run` at a time; a second one on the same file is refused, saying why.

Several instances need PostgreSQL (row locks with SKIP LOCKED). On SQLite an advisory lock on a file
beside the database marks the running instance; the operating system drops it when the process ends,
however it ends, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import IO

from sqlalchemy.engine import make_url

from bot.core.errors import ConfigError


class InstanceLock:
    """Held for the life of `newsbot run` on a SQLite database; nothing to hold on PostgreSQL."""

    def __init__(self, database_url: str) -> None:
        url = make_url(database_url)
        database = url.database or ""
        self._database = database
        self._path = (
            Path(database).expanduser().with_name(Path(database).name + ".run.lock")
            if url.get_backend_name() == "sqlite" and database not in ("", ":memory:")
            else None
        )
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        if self._path is None:
            return
        handle = self._path.open("a+", encoding="utf-8")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise ConfigError(
                f"another newsbot run is using the SQLite database {self._database}; "
                "SQLite carries one instance: use PostgreSQL (NEWSBOT_DATABASE_URL) to run several"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
