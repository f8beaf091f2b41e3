"""Logging to stderr with secrets redacted: tokens appear in Bot API URLs that HTTP libraries log.

One `Redactor` serves the log formatter and every line the CLI prints itself, so no path shows a
token. Matching ignores case: a library that lower-cases a URL (or an error that upper-cases it) must
not slip a token past.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable

MIN_SECRET_LENGTH = 6


class Redactor:
    """Replaces every known secret in a text with `***`."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        known = sorted({s for s in secrets if s and len(s) >= MIN_SECRET_LENGTH}, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(s) for s in known), re.IGNORECASE) if known else None

    def __call__(self, text: str) -> str:
        return self._pattern.sub("***", text) if self._pattern is not None else text


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then redacts (message and traceback alike)."""

    def __init__(self, fmt: str, redactor: Redactor) -> None:
        super().__init__(fmt)
        self._redact = redactor

    def format(self, record: logging.LogRecord) -> str:
        return self._redact(super().format(record))


def configure_logging(level: str = "INFO", secrets: Iterable[str] = ()) -> Redactor:
    """One stderr handler on the root logger; stdout is kept for the command's own output. Returns the
    redactor, for the lines the caller prints itself."""
    redactor = Redactor(secrets)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", redactor))
    root = logging.getLogger()
    for existing in list(root.handlers):
        root.removeHandler(existing)
    root.addHandler(handler)
    root.setLevel(level.upper())
    for noisy in ("httpx", "httpcore", "alembic", "apscheduler.scheduler", "apscheduler.executors.default"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return redactor
