"""A minister's ministry, dropped from a line too long: `Bộ trưởng Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc
Ahn Duk-geun` → `Bộ trưởng Hàn Quốc Ahn Duk-geun`; and any long office a title names before a person (`Phó Trưởng ban
Ban Tuyên truyền và Cổ động Trung ương đảng Lao động Triều Tiên Kim Yo-jong` → `Phó Trưởng ban Kim Yo-jong`).

A lead that names two ministers by their full titles (`Bộ trưởng Bộ Công Thương Việt Nam … và Bộ trưởng Bộ …`) spends
most of its words on the ministries and leaves none for what they signed; the country and the name say who acted,
and "who" keeps each role whole.
"""

from __future__ import annotations

import re

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


_LONG_OFFICE_WORDS = 8  # an office this long takes more of the line than the name it comes before (not `Tập
# đoàn Điện lực Hàn Quốc`, which says whose chairman someone is in six)
_OFFICE_WORDS = 14  # … and one longer than this has run past the sentence's verb
_GIVEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?[,.;:]?")  # `Yo-jong`, `Jae`, `Lâm`: capitalised (`_is_given`)


# Titles that say only a rank in an office (`Phó Ban | Tuyên truyền và Cổ động`, `Trưởng | Cơ quan An ninh Tổng
# thống`): without its office, `Trưởng Park …` says nothing, so only the body above that office may go.
_RANK_IN_OFFICE = frozenset({"trưởng", "phó trưởng", "phó ban", "trưởng phòng"})
_PARENT_WORDS = 5  # the body above an office, long enough to be worth a cut (`Ban Chấp hành Trung ương đảng …`)
_OWN_OFFICE_WORDS = 4  # … which may start this far past where a long office would reach


def drop_long_office(text: str) -> str:
    """For a line too long, after `drop_ministries`: the office between a title and the person's name it comes
    before, when it runs eight words or more and holds no verb, no punctuation and no second title; "who" keeps the
    role whole. After a title that is only a rank in its office, the office stays and the body above it goes, when
    that runs five words or more (`Phó Ban Tuyên truyền và Cổ động | Ban Chấp hành Trung ương đảng Lao động Triều
    Tiên | Kim Yo-jong`)."""
    lex = lexicon()
    tokens = text.split(" ")
    for k in range(len(tokens)):
        title = match_at(lex.titles, tokens, k)
        office = k + title
        rank = " ".join(tokens[k:office]).casefold() in _RANK_IN_OFFICE
        if not title or office >= len(tokens) or not (rank or match_at(lex.org_heads, tokens, office)):
            continue
        reach = office + _OFFICE_WORDS + (_OWN_OFFICE_WORDS if rank else 0)
        for m in range(office + 1, min(len(tokens) - 1, reach)):
            if tokens[m - 1][-1:] in ",.;:" or match_at(lex.span_stops, tokens, m) or match_at(lex.titles, tokens, m):
                break  # (a second title: `Chủ tịch Tập đoàn … và | Chủ tịch …` names a second person)
            surname = tokens[m] in lex.korean_surnames or tokens[m] in lex.vietnamese_surnames
            # not a place's last word (`Đảng Cộng sản Việt | Nam | Tô Lâm`) nor a body's head (`Ban | Chấp hành`)
            surname = surname and not _ends_a_place(tokens, m) and not match_at(lex.org_heads, tokens, m)
            if surname and _is_given(tokens[m + 1]):
                if rank:
                    parent = next((p for p in range(office + 2, m) if _heads_a_body(tokens, p)), m)
                    if m - parent >= _PARENT_WORDS:
                        return " ".join(tokens[:parent] + tokens[m:])
                elif m - office >= _LONG_OFFICE_WORDS:
                    return " ".join(tokens[:office] + tokens[m:])
                break
    return text


def _ends_a_place(tokens: list[str], m: int) -> bool:
    """Token m is the last word of a place's name that starts before it (`Việt | Nam`, `Triều | Tiên`)."""
    places = lexicon().places
    return any(match_at(places, tokens, j) == m + 1 - j for j in range(max(0, m - 3), m))


def _is_given(token: str) -> bool:
    """A given name's syllable as a name writes it: a capital, then lower case (`Jae`, `Yo-jong`, `Lâm`)."""
    return _GIVEN.fullmatch(token) is not None and token[:1].isupper() and token[1:].islower()


def _heads_a_body(tokens: list[str], p: int) -> bool:
    return tokens[p][:1].isupper() and match_at(lexicon().org_heads, tokens, p) > 0
