"""Rank and merge what the entity rules found: the lead's actors first, short forms folded into long ones.

Kept apart from the rules themselves (`entities.py`) so each file has one job.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.summarizer.entities import extract_entities
from bot.summarizer.lexicon import NEWS_AGENCIES
from bot.summarizer.spans import Entity

MAX_WHO = 10
# Merging compares each candidate with those kept, so it is bounded: a real story names a few dozen
# actors; a text naming thousands is hostile, and its first ones (the lead's) are the ones that count.
MAX_CANDIDATES = 120
_EVENT_PLACE = re.compile(r"(?:tại|ở|thành phố|tỉnh|huyện|thủ đô|đến|tới|khỏi|khu vực) $")  # `sơ tán khỏi Israel`
# A name every mention of which follows one of these is a venue or an index, not an actor: `tại Nhà
# Trắng`, `chỉ số KOSPI`, `bệnh viện Đại học Quốc gia Seoul` (the hospital of), `phóng từ Trung tâm Vũ trụ
# Naro`, `phóng thành công lên quỹ đạo từ Trung tâm vũ trụ Kourou` (the launch site), `Theo hãng tin Yonhap` (who
# reported the story), `khánh thành Trung tâm …` (a site opened, not an actor); `liên quan đến WTO` is a topic, not a
# destination.
_NOT_ACTING = re.compile(
    r"(?:(?:tại|ở|(?<!quan )đến|(?<!quan )tới|bệnh viện|khánh thành|khai trương"
    r"|phóng(?: thành công)?(?: lên quỹ đạo)? từ"
    r"|phóng [^.;]{1,100} từ"  # `được phóng … bằng tên lửa Falcon 9 của công ty SpaceX | từ Trung tâm Vũ trụ Kennedy`
    r"|(?<!\w)theo (?:hãng tin|hãng thông tấn|tờ báo|tờ|báo|đài|kênh)) "  # `Theo hãng tin | Yonhap`: who reported it
    r"|(?:chỉ số|sàn)(?: (?!(?:do|của)\b)[^\s,.;()\"“”]+){0,6} \(?)$",
    re.IGNORECASE,
)
# Words before a place that make it no where (read in `extract_who`).
_NOT_WHERE_BEFORE = ("(giờ ", "tiếng ", " cờ ", "mang quốc tịch ", "dịch tả lợn ")
# The press under its own name (`Theo | Thông tấn xã Trung ương Triều Tiên (KCNA),`), cited as where the story is from.
_PRESS_NAME = re.compile(rf"(?i)(?:{NEWS_AGENCIES})\b")
_CITED = re.compile(r"(?i)(?<!\w)theo $")
# A name first written after the kind of thing it names is that thing, not an actor, wherever it is
# mentioned again (`Tên lửa đẩy vũ trụ Nuri … lần phóng thứ tư của Nuri`, `Bão số 6 Khanun … của Khanun`, `phà
# Sewol`, a stream or a mountain: `dọc suối Cheonggye`, `núi Bukhan`);
# not a maker or an owner named after `của`/`do` (`tàu chở dầu của Hyundai Merchant Marine`), nor a shipyard or
# a shipping line (`Tập đoàn đóng tàu Hanwha Ocean`, `hãng tàu HMM`).
_NAMES_A_THING = re.compile(
    r"\b(?:bão|siêu bão|tên lửa|(?<!đóng )(?<!hãng )tàu|phà|máy bay|tàu vũ trụ|vệ tinh|bảng chữ cái"
    r"|suối|sông|núi|hồ(?! sơ\b)|vịnh|thác|đèo)"
    r"(?: (?!(?:của|do|thuộc|cho|với|và|bị|được)\b)[^\s,.;()]+){0,5} $",  # `tên lửa đẩy vũ trụ nội địa | Nuri`
    re.IGNORECASE,
)
MAX_MENTIONS_CHECKED = 20
_NOT_ACTING_REACH = 120  # characters read before a mention
_ADDRESSED = re.compile(r"(?:ông|bà|thống|tịch|trưởng) (\w+)\b")


def _candidates(entities: list[Entity]) -> list[Entity]:
    """The lead's entities, then the most mentioned, at most MAX_CANDIDATES."""
    if len(entities) <= MAX_CANDIDATES:
        return entities
    return sorted(entities, key=lambda e: (e.sentence != 0, -e.mentions, e.start))[:MAX_CANDIDATES]


def _merge(entities: list[Entity], text_folded: str) -> list[Entity]:
    """Fold short forms into long ones (`Tottenham` into `Tottenham Hotspur`, `Lee` into `Lee Jae Myung`, `Trump`
    into `Donald Trump`, `Lula` into `Luiz Inácio Lula da Silva`)."""
    addressed = Counter(m.group(1) for m in _ADDRESSED.finditer(text_folded))  # `ông lee`: one pass
    merged: list[Entity] = []
    first_with_surname: dict[str, Entity] = {}
    for entity in sorted(entities, key=lambda e: e.start):
        if entity.kind == "person":
            first_with_surname.setdefault(entity.name.split()[0].casefold(), entity)
    for entity in sorted(entities, key=lambda e: -len(e.name)):
        words = entity.name.casefold().split()
        home = next(
            (
                m
                for m in merged
                if m.kind == entity.kind
                and not _product_of(entity.name, m.name)
                and (
                    m.name.casefold().startswith(entity.name.casefold() + " ")
                    # `Trump` into `Donald Trump`: a Western surname comes last
                    or (entity.kind == "person" and len(words) == 1 and m.name.casefold().split()[-1] == words[0])
                    # … and `Lula` into `Luiz Inácio Lula da Silva`: a long name's middle word its bearer goes by
                    or (entity.kind == "person" and len(words) == 1 and words[0] in m.name.casefold().split()[1:-1])
                    or (entity.kind == "org" and entity.name.casefold() in m.name.casefold().split("(")[-1])
                    or (entity.kind == "org" and _without_description(entity.name, m.name))
                    or (entity.kind == "org" and _head_and_short_name(words, m.name.casefold()))
                    or (entity.kind == "org" and _brand_inside(entity.name, m.name))
                )
            ),
            None,
        )
        if home is not None:
            home.mentions += entity.mentions
            home.start = min(home.start, entity.start)
            home.sentence = min(home.sentence, entity.sentence)
            continue
        if entity.kind == "person" and first_with_surname.get(words[0]) is entity:
            surname = words[0] if len(words) > 1 else ""
            entity.mentions += addressed[surname] if surname else 0
        merged.append(entity)
    return merged


# What a company names its services after itself (`Google Play`, `Apple Music`, `Samsung Pay`): another thing, not a
# longer form of the company's name
_SERVICE_WORDS = frozenset({"play", "music", "pay", "store", "cloud", "maps", "tv", "search", "ads", "wallet", "watch"})


def _product_of(company: str, name: str) -> bool:
    """`Google Play` is Google's store, not Google: the longer name is the company's and a service word."""
    rest = name.casefold()[len(company) + 1 :].split()
    return bool(rest) and rest[0] in _SERVICE_WORDS


def _brand_inside(brand: str, name: str) -> bool:
    """`Hyundai Motor` is the brand `Công ty Hyundai Motor (Hyundai)` names: a Latin name, whole words of the longer
    name before its parentheses."""
    if not brand.isascii():
        return False
    before = f" {' '.join(name.split('(')[0].casefold().split())} "
    return f" {' '.join(brand.casefold().split())} " in before


def _head_and_short_name(short: list[str], long: str) -> bool:
    """`Đảng LDP` is `đảng Dân chủ Tự do (LDP)`: the same head, then the short name the long one gives in
    parentheses (both casefolded)."""
    head, _, bracketed = long.partition(" ")
    return len(short) >= 2 and short[0] == head and bracketed.endswith(f"({' '.join(short[1:])})")


def _without_description(short: str, long: str) -> bool:
    """`Tập đoàn Hyundai Motor` is `Tập đoàn ô tô Hyundai Motor` without the lower-case words that say what the
    group does, and `đảng Sức mạnh quốc dân` is `Đảng cầm quyền Sức mạnh quốc dân`: the same head and the same
    name, only description left out (a capitalised word left out would be another name: `Bộ Tài chính` is not
    `Bộ Kinh tế và Tài chính`)."""
    kept, whole = short.split(), long.split()
    kept[0], whole[0] = kept[0].casefold(), whole[0].casefold()  # `đảng …` opening a sentence is `Đảng …`
    if len(kept) < 2 or len(whole) <= len(kept) or kept[0] != whole[0] or kept[-1] != whole[-1]:
        return False
    position = 0
    for word in whole:
        if position < len(kept) and word == kept[position]:
            position += 1
        elif not word.islower():
            return False
    return position == len(kept)


def _acts(entity: Entity, text: str) -> bool:
    """False for an organisation that names a thing (a rocket, a storm) where it is first written, or that is
    only ever a place, an index or the press cited as a source in the story (first mentions only: a name repeated past
    MAX_MENTIONS_CHECKED times is an actor)."""
    if entity.kind != "org":
        return True
    first = text.find(entity.name)  # where it is first written, which may be where no rule found it
    if first >= 0 and _NAMES_A_THING.search(text, max(0, first - 48), first):
        return False
    position = text.find(entity.name, entity.start)
    press = _PRESS_NAME.match(entity.name) is not None
    for _ in range(MAX_MENTIONS_CHECKED):
        if position < 0:
            return False
        cited_press = press and _CITED.search(text, max(0, position - 5), position) is not None
        if not cited_press and not _NOT_ACTING.search(text, max(0, position - _NOT_ACTING_REACH), position):
            return True
        position = text.find(entity.name, position + len(entity.name))
    return True


def extract_who(text: str, sentences: list[tuple[int, str]]) -> tuple[list[Entity], list[str]]:
    """People and organisations, most important first, and the places seen (for `where`)."""
    found_entities, found_places = extract_entities(text, sentences)
    tail = text.rstrip()
    truncated = not tail.endswith((".", "!", "?", '"', "”", ")", "…"))
    # a single letter is no name: the first of dotted initials (`tạp chí U.S. News …`) the words were split at
    found = [e for e in found_entities if not (truncated and tail.endswith(e.name)) and len(e.name) > 1]
    # Bounded first: each check reads the text once, so a text naming thousands stays linear.
    acting = [e for e in _candidates(found) if _acts(e, text)]
    entities = _merge(acting, text.casefold())
    for entity in entities:
        entity.mentions += text.count(entity.name) - 1 if entity.kind == "org" else 0

    # The lead sentence names the main actors, in order; after it people with a role, then the most
    # mentioned organisations, then the rest in reading order.
    def rank(e: Entity) -> tuple[int, int, int]:
        if e.sentence == 0:
            return (0, 0, e.start)
        if e.kind == "person" and e.role:
            return (1, -e.mentions, e.start)
        return (2, -e.mentions, e.start)

    entities.sort(key=rank)
    # `(giờ Việt Nam)` names a clock, `tiếng Anh` a language, `mang cờ Panama` and `mang quốc tịch Liberia` a
    # ship's flag and `dịch tả lợn châu Phi` a disease, not where the story happens.
    found_places = [p for p in found_places if not text.endswith(_NOT_WHERE_BEFORE, 0, p[1])]
    return entities[:MAX_WHO], _event_places_first(found_places, text)


def _event_places_first(places: list[tuple[str, int]], text: str) -> list[str]:
    """Places the story happens at (`tại Gyeongju`, and the country after its city: `tại San Jose, Mỹ`)
    first, then the others, each in reading order."""
    event_ends: set[int] = set()
    for name, start in places:
        if _EVENT_PLACE.search(text[max(0, start - 14) : start]) or start - 2 in event_ends:
            event_ends.add(start + len(name))
    ranked = sorted(places, key=lambda p: (p[1] + len(p[0]) not in event_ends, p[1]))
    return [name for name, _ in ranked]
