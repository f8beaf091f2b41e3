"""Seed stories from `*.txt` files in the archived-text format.

Layout: optional `key: value` metadata lines (url, title, date, source) and a blank line, then an optional
archive header (` date 2025-10-29 Photo : YONHAP News`) or caption line, then the body.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from bot.core.domain import Candidate, SeedFile
from bot.core.errors import SourceError
from bot.core.urls import canonical_url, url_key
from bot.sources.dates import parse_date
from bot.summarizer.text import clean_body, nfc

log = logging.getLogger(__name__)
SEEDS_SOURCE = "seeds"
_META = re.compile(r"^(url|title|date|source):[ \t]*(.*)$")


def parse_seed_text(text: str, name: str) -> Candidate:
    """A Candidate from archived text; raises SourceError when no story text is left."""
    lines = nfc(text).lstrip("\ufeff").splitlines()
    meta: dict[str, str] = {}
    index = 0
    while index < len(lines) and (match := _META.match(lines[index])):
        meta[match.group(1)] = match.group(2).strip()
        index += 1
    if meta:
        text = "\n".join(lines[index:])
    cleaned = clean_body(text)
    if not cleaned.body:
        raise SourceError("no story text")
    url = meta.get("url") or None
    title = meta.get("title")
    date_text = meta.get("date") if meta.get("date") not in (None, "unknown") else cleaned.header_date
    return Candidate(
        source=SEEDS_SOURCE,
        body=cleaned.body,
        title=title if title and title != "unknown" else None,
        url=canonical_url(url) if url else None,
        url_key=url_key(url) if url else None,
        published=parse_date(date_text),
        origin="seed",
    )


def read_seed_file(path: Path) -> SeedFile:
    """Read one file; undecodable, binary or empty files come back as errors, never exceptions."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return SeedFile(path.name, None, f"cannot read: {exc.strerror}")
    if b"\x00" in raw:
        return SeedFile(path.name, None, "binary file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return SeedFile(path.name, None, f"not UTF-8 (byte {exc.start})")
    try:
        return SeedFile(path.name, parse_seed_text(text, path.name))
    except SourceError as exc:
        return SeedFile(path.name, None, str(exc))


def scan_seeds(folder: Path) -> list[SeedFile]:
    """Every `*.txt` in `folder`, sorted by name; a missing folder is simply no seeds."""
    if not folder.is_dir():
        return []
    return [read_seed_file(p) for p in sorted(folder.glob("*.txt")) if p.is_file()]


class SeedFolder:
    """The `SeedSource` over one folder; rescanned on every poll so new and edited files are picked up."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def scan(self) -> list[SeedFile]:
        return scan_seeds(self.folder)
