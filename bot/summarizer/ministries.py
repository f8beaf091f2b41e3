"""A minister's ministry, dropped from a line too long: `Bộ trưởng Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc
Ahn Duk-geun` → `Bộ trưởng Hàn Quốc Ahn Duk-geun`.

A lead that names two ministers by their full titles (`Bộ trưởng Bộ Công Thương Việt Nam … và Bộ trưởng Bộ …`) spends
most of its words on the ministries and leaves none for what they signed; the country and the name say who acted,
and "who" keeps each role whole.
"""

from __future__ import annotations

from bot.summarizer.clauses import words
from bot.summarizer.lexicon import lexicon, match_at

_MINISTER_TITLES = frozenset({("Bộ", "trưởng"), ("Thứ", "trưởng")})
_MINISTRY_WORDS = 12  # words a ministry's name may take before its country (`Bộ Nông nghiệp, Thực phẩm và …`)


def drop_ministries(text: str) -> str:
    """Each `Bộ …` between a minister's title and a country that a capitalised name follows goes; unchanged when
    no such title is in the text, or the ministry holds no country before the name (`Bộ trưởng Bộ Ngoại giao Cho
    Hyun` keeps it: without a country, the ministry is all the title says)."""
    tokens = text.split(" ")
    kept: list[str] = []
    k = 0
    while k < len(tokens):
        kept.append(tokens[k])
        if tuple(tokens[k : k + 2]) in _MINISTER_TITLES and tokens[k + 2 : k + 3] == ["Bộ"]:
            country = _country_before_name(tokens, k + 3)
            if country is not None:
                kept.append(tokens[k + 1])
                k = country
                continue
        k += 1
    shorter = " ".join(kept)
    return shorter if words(shorter) < words(text) else text


def _country_before_name(tokens: list[str], start: int) -> int | None:
    """Where a country starts within _MINISTRY_WORDS tokens of `start`, right before a capitalised name, or None."""
    places = lexicon().places
    for k in range(start, min(len(tokens), start + _MINISTRY_WORDS)):
        if tokens[k - 1].endswith((".", ";", ":")):
            return None
        length = match_at(places, tokens, k)
        if length and k + length < len(tokens) and tokens[k + length][:1].isupper():
            return k
    return None
