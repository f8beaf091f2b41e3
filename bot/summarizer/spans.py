"""The pieces the entity rules work on: tokens with their offsets and tags, and the entities found.

Kept apart from the rules (`entities.py`) and the ranking (`who.py`), which both use them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.summarizer.lexicon import Lexicon, lexicon, match_at
from bot.summarizer.model import EntityKind
from bot.summarizer.text import QuoteIndex

_TOKEN = re.compile(r"[A-Z]{1,4}\.[A-Z]{2,4}\b|[A-Z]+&[A-Z]+\b|\w(?:[\w'’-]*\w)?|[^\w\s]")  # `E&S`, `AT&T`

# Stop words that describe a party and may come before its name as well as after it.
BEFORE_A_NAME = frozenset({"cầm quyền", "đối lập", "đối lập chính"})
# Words that negate the verb after them: a stop before a stop whatever compound they seem to close.
_NEGATIONS = frozenset({"không", "chưa"})


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


class TokenText:
    """A text as tokens, with the entities found in it so far; the rule classes build on it."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text = text
        self.tokens = tokens
        self.words = [t.text for t in tokens]
        self.lex: Lexicon = lexicon()
        self.entities: dict[str, Entity] = {}
        self.places: list[tuple[int, Token]] = []  # (index of its first token, the place)
        self.quotes = QuoteIndex(text)

    # helpers -----------------------------------------------------------------------------------------
    def same_sentence(self, i: int, j: int) -> bool:
        return (
            0 <= i < len(self.tokens)
            and 0 <= j < len(self.tokens)
            and self.tokens[i].sentence == self.tokens[j].sentence
        )

    def span(self, i: int, j: int) -> str:
        """Text of tokens i..j-1, exactly as written."""
        return self.text[self.tokens[i].start : self.tokens[j - 1].end]

    def is_stop(self, i: int) -> bool:
        """Whether words[i] ends a name span: a stop word (`tối`, `do`, `nhân`), unless it is half of a word
        written in two (`lương tối thiểu`, `Tự do`, `Ủy ban nhân dân`) or a description a name follows
        (`đảng cầm quyền Dân chủ`; after the name, `đảng Quyền lực Nhân dân | cầm quyền` ends it); `cấp` before a
        number (`cấp 3`) does too."""
        stop = match_at(self.lex.span_stops, self.words, i)
        if stop and " ".join(self.words[i : i + stop]) in BEFORE_A_NAME:
            return not self.words[i + stop : i + stop + 1] or not self.words[i + stop][:1].isupper()
        if self.words[i] in _NEGATIONS and match_at(self.lex.span_stops, self.words, i + 1):
            return True  # `Bộ Quốc phòng | không cho biết`: a verb negated, though `Phòng không` is air defence
        if self.words[i] == "cấp" and self.words[i + 1 : i + 2] and self.words[i + 1][:1].isdigit():
            return True  # `Trụ sở … trung ương | cấp 3`: the level it works at, no part of its name
        return stop > 0 and not (self._compound_at(i) or self._compound_at(i - 1))

    def _compound_at(self, i: int) -> bool:
        """words[i] and words[i + 1] are one word written in two (`tối thiểu`, `Tự do`; stop_compounds.txt)."""
        pair = " ".join(self.words[i : i + 2]).casefold() if i >= 0 else ""
        return pair in self.lex.stop_compounds

    def forget(self, i: int, j: int) -> None:
        """Tokens i..j-1 name no one: entities an earlier rule found there go, and the tokens are free."""
        start, end = self.tokens[i].start, self.tokens[j - 1].end
        for key in [k for k, e in self.entities.items() if start <= e.start < end]:
            del self.entities[key]
        for t in self.tokens[i:j]:
            t.tag = ""

    def add(self, i: int, j: int, kind: EntityKind, role: str | None = None) -> Entity:
        name = self.span(i, j).strip(" ,")
        for t in self.tokens[i:j]:
            t.tag = kind
        key = name.casefold()
        entity = self.entities.get(key)
        if entity is None:
            entity = Entity(name, kind, self.tokens[i].start, self.tokens[i].sentence, role)
            self.entities[key] = entity
        else:
            entity.mentions += 1
            entity.role = entity.role or role
        return entity
