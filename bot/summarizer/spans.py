"""The pieces the entity rules work on: tokens with their offsets and tags, and the entities found.

Kept apart from the rules (`entities.py`) and the ranking (`who.py`), which both use them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.summarizer.model import EntityKind

_TOKEN = re.compile(r"[A-Z]{1,4}\.[A-Z]{2,4}\b|\w(?:[\w'’-]*\w)?|[^\w\s]")


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    sentence: int
    tag: str = ""  # "", "place", "person", "org"


@dataclass
class Entity:
    name: str
    kind: EntityKind
    start: int
    sentence: int
    role: str | None = None
    mentions: int = 1
    keys: set[str] = field(default_factory=set)


def tokenize(sentences: list[tuple[int, str]]) -> list[Token]:
    """Tokens of every sentence with absolute offsets; `sentences` pairs each sentence with its offset."""
    tokens: list[Token] = []
    for index, (offset, sentence) in enumerate(sentences):
        tokens.extend(Token(m.group(0), offset + m.start(), offset + m.end(), index) for m in _TOKEN.finditer(sentence))
    return tokens
