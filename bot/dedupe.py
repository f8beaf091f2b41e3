"""The normalized body hash: the same story from a seed file and from a page hashes the same.

Archives glue sentences (`Gyeongju.Ông`) where pages keep paragraph breaks, and tone marks come in old and
new placements; hashing only the accent-free letters and digits makes those copies one story.
"""

from __future__ import annotations

import hashlib

from bot.summarizer.text import fold


def body_hash(body: str) -> str:
    """SHA-256 of the folded letters and digits of `body`."""
    key = "".join(ch for ch in fold(body) if ch.isalnum())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()
