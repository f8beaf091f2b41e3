"""KBS news sections: their slugs, their names in each language, and how a reader names them.

A section is known by a slug (`kinh-te`), which is what subscriptions store and what the configuration
maps to a feed URL. Readers may type the slug, the Vietnamese name with or without accents (`Kinh tế`,
`kinh te`) or the English one (`economy`); all of them read as the same slug.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.summarizer.text import fold

MAX_SECTION_INPUT = 300  # characters of a typed list of sections; longer is not a list of sections


@dataclass(frozen=True, slots=True)
class Section:
    slug: str
    kbs_id: str  # the `id=` of the KBS section feed
    vi: str
    en: str


KBS_SECTIONS = (
    Section("chinh-tri", "Po", "Chính trị", "Politics"),
    Section("kinh-te", "Ec", "Kinh tế", "Economy"),
    Section("xa-hoi", "Dm", "Xã hội", "Society"),
    Section("lien-trieu", "IK", "Liên Triều", "Inter-Korea"),
    Section("quoc-te", "In", "Quốc tế", "World"),
    Section("khoa-hoc", "Sc", "Khoa học – Công nghệ", "Science & tech"),
    Section("van-hoa", "Cu", "Văn hóa", "Culture"),
)
KBS_SECTION_FEED = "https://world.kbs.co.kr/rss/rss_news.htm?lang=v&id={id}"
_BY_SLUG = {s.slug: s for s in KBS_SECTIONS}
_ALL = frozenset({"-", "all", "tat-ca", "tat ca", "*"})


class SectionError(ValueError):
    """Typed sections that name none of the configured ones; `unknown` is what did not read as one."""

    def __init__(self, unknown: str) -> None:
        super().__init__(unknown)
        self.unknown = unknown


def default_section_feeds() -> dict[str, str]:
    """Every KBS section, slug → feed URL."""
    return {s.slug: KBS_SECTION_FEED.format(id=s.kbs_id) for s in KBS_SECTIONS}


def slugify(text: str) -> str:
    """`Kinh tế` → `kinh-te`, `Inter-Korea` → `inter-korea`: accent- and case-free words joined by `-`."""
    return "-".join(re.findall(r"[^\W_]+", fold(text)))


def section_name(slug: str, lang: str) -> str:
    """The section's name in `lang`, or the slug itself for a section the operator added."""
    section = _BY_SLUG.get(slug)
    if section is None:
        return slug
    return section.en if lang == "en" else section.vi


def _aliases(slug: str) -> set[str]:
    section = _BY_SLUG.get(slug)
    names = {slug}
    if section is not None:
        names |= {slugify(section.vi), slugify(section.en), section.kbs_id.casefold()}
    return names


def parse_sections(text: str, configured: Iterable[str]) -> tuple[str, ...]:
    """The sections a reader typed (comma-separated names), as configured slugs in configuration order;
    `-`, `all` or nothing means every section, which is stored as the empty tuple. Raises SectionError
    naming the first entry that is no configured section."""
    if len(text) > MAX_SECTION_INPUT:
        raise SectionError(text[:40] + "…")
    entries = [e.strip() for e in text.split(",") if e.strip()]
    if not entries or any(e.casefold() in _ALL or slugify(e) in _ALL for e in entries):
        return ()
    order = list(configured)
    lookup = {alias: slug for slug in order for alias in _aliases(slug)}
    chosen: set[str] = set()
    for entry in entries:
        slug = lookup.get(slugify(entry)) or lookup.get(entry.casefold())
        if slug is None:
            raise SectionError(entry[:40])
        chosen.add(slug)
    if set(order) <= chosen:
        return ()  # every section is "all"
    return tuple(s for s in order if s in chosen)


def describe_sections(sections: tuple[str, ...], lang: str, everything: str) -> str:
    """`Kinh tế, Liên Triều`, or `everything` when no section is chosen."""
    return ", ".join(section_name(s, lang) for s in sections) if sections else everything
