"""The normalized body hash: the same story from a seed file and from a page hashes the same.

Archives glue sentences (`Gyeongju.Ông`) where pages keep paragraph breaks, and tone marks come in old and
new placements; hashing only the accent-free letters and digits makes those copies one story.
"""

from __future__ import annotations

import hashlib

from bot.summarizer.text import fold

# Below this many letters and digits a text is a teaser or a headline, not a story: two different items
# may share it, so it never merges stories on its own.
MIN_IDENTIFYING_CHARS = 200


def body_hash(body: str) -> str:
    """SHA-256 of the folded letters and digits of `body`."""
    key = "".join(ch for ch in fold(body) if ch.isalnum())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def identifying(body: str) -> bool:
    """True when `body` is long enough for its hash alone to say two copies are one story."""
    return sum(ch.isalnum() for ch in body) >= MIN_IDENTIFYING_CHARS
