"""What the summarizer returns: the key bullets of one story, as plain data.

The summarizer owns its result types so it stays a stdlib library with no dependency on the rest of the
bot; the core's `Story` carries a `Summary`, and the JSON shape (`to_dict`) is the contract other tools read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

EntityKind = Literal["person", "org"]


@dataclass(frozen=True, slots=True)
class Who:
    """A person or organisation that acts in a story, with its role when the text gives one."""

    name: str
    role: str | None
    kind: EntityKind

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "kind": self.kind}


@dataclass(frozen=True, slots=True)
class Figure:
    """One number in a story: its exact text, its value, its unit and what it measures."""

    text: str
    value: float | None
    unit: str | None
    context: str

    def to_dict(self) -> dict[str, Any]:
        value: float | int | None = self.value
        if value is not None and float(value).is_integer() and abs(value) < 2**53:
            value = int(value)
        return {"text": self.text, "value": value, "unit": self.unit, "context": self.context}


@dataclass(frozen=True, slots=True)
class Summary:
    """The key bullets of one story; `to_dict` is the JSON contract other tools read."""

    title: str | None
    url: str | None
    published: datetime | None
    source: str
    what: str
    who: tuple[Who, ...] = ()
    numbers: tuple[Figure, ...] = ()
    when: tuple[str, ...] = ()
    where: tuple[str, ...] = ()
    bullets: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "what": self.what,
            "who": [w.to_dict() for w in self.who],
            "numbers": [n.to_dict() for n in self.numbers],
            "when": list(self.when),
            "where": list(self.where),
            "bullets": list(self.bullets),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Summary:
        published = data.get("published")
        return cls(
            title=data.get("title"),
            url=data.get("url"),
            published=datetime.fromisoformat(published) if published else None,
            source=str(data.get("source", "")),
            what=str(data.get("what", "")),
            who=tuple(Who(w["name"], w.get("role"), w.get("kind", "org")) for w in data.get("who", [])),
            numbers=tuple(
                Figure(n["text"], n.get("value"), n.get("unit"), n.get("context", "")) for n in data.get("numbers", [])
            ),
            when=tuple(data.get("when", [])),
            where=tuple(data.get("where", [])),
            bullets=tuple(data.get("bullets", [])),
        )
