"""What a line too long may lose of a place before anything of the event: what the place is known for (`tại thành
phố Nara, quê hương của …,`) and one of two places (`khu vực Jangyon, | tỉnh Nam Hwanghae`, `thành phố Ansan|,
tỉnh Gyeonggi|`), which `where` still lists.

Like the deletions of `descriptions.py`, `drop_place_apposition` takes a text and returns it with one span removed,
or unchanged; `place_in_unit_cuts` gives the ways to say two places with one, best first.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import words
from bot.summarizer.lexicon import CAPITALS

# A place's description ends before a time said after it (`quận Dongjak, thủ đô Seoul | tối ngày 8/8, …`): when stays.
_TIME_AFTER = re.compile(r" (?:vào )?(?:(?:sáng|chiều|tối|trưa|đêm|rạng sáng) )?(?:ngày|hôm) \d")
# `… tại thành phố Nara, | quê hương của bà Takaichi, | và …`: a description of the place just named, set
# off by commas, or by a comma and the purpose of what happened there (`… tại khu vực Gwanghwamun, | trung tâm thủ
# đô Seoul | để phản đối …`); where it was stays under "where" and in the line, what it is known for may go.
# A capital is only named (`, thủ đô Seoul`): lower-case words after its name are the sentence going on (`Bảo tàng …
# ở quận Yongsan, thủ đô Seoul | đón vị khách thứ 5 triệu …`), whose verb would go with it.
_PLACE_APPOSITION = re.compile(
    r"(, (?:(?:quê hương|quê nhà|nơi|thủ phủ|trụ sở|trung tâm|địa điểm|cách(?! đây)) [^,;.]{2,80}?"
    rf"|thủ đô [{CAPITALS}][\w-]*(?: [{CAPITALS}][\w-]*)*))"
    rf"(?=, | (?:để|nhằm) |{_TIME_AFTER.pattern})"
)
# … whose closing comma goes with it when the same phrase goes on after it (`từ khu vực Yeokpo, thủ đô Bình
# Nhưỡng, | về phía biển …`): a clause after it (`, và nhất trí …`) keeps its comma.
_SAME_PHRASE_AFTER = re.compile(r", (?=(?:về|tới|đến|sang|ra|vào|lúc|ngày|hướng) )")
# … after a name that is a place: one said after where it is or where someone went, or after its unit.
_PLACE_BEFORE = re.compile(
    r"\b(?:tại|ở|tới|đến|thăm|thành phố|tỉnh|huyện|quận|đảo|bang|làng|thị trấn|khu vực|quảng trường|công viên|"
    r"sân vận động|sân bay|cảng) "
    rf"(?:[{CAPITALS}][\w-]*(?: |$))+$"
)


# `… trên đường cao tốc Gyeongbu|, đoạn đi qua thành phố Cheonan, tỉnh Chungcheong Nam| ngày 16/12`: the stretch of a
# named road, with the larger unit it lies in; the road stays.
_ROAD_SECTION = re.compile(
    rf"(?:đường cao tốc|cao tốc|quốc lộ|tuyến đường|đường|cầu) [{CAPITALS}0-9][\w-]*(?: [{CAPITALS}][\w-]*)*"
    rf"(, đoạn (?:đi |chạy )?qua [^,;.]{{2,60}}?(?:, (?:tỉnh|thành phố|huyện|bang) [{CAPITALS}][\w-]*"
    rf"(?: [{CAPITALS}][\w-]*)*)?)(?=, |{_TIME_AFTER.pattern})"
)


def drop_place_apposition(text: str) -> str:
    """`… tại thành phố Nara, quê hương của bà Takaichi, và nhất trí …` → `… tại thành phố Nara, và nhất trí …`:
    what a place is known for goes only from a line that is too long, before anything of the event does; `…
    từ khu vực Yeokpo, thủ đô Bình Nhưỡng, về phía biển …` → `… từ khu vực Yeokpo về phía biển …`; so does the
    stretch of a road (`… trên đường cao tốc Gyeongbu, đoạn đi qua thành phố Cheonan, … ngày 16/12`)."""
    section = _ROAD_SECTION.search(text)
    if section is not None:
        return text[: section.start(1)] + text[section.end(1) :]
    found = _PLACE_APPOSITION.search(text)
    if found is None or not _PLACE_BEFORE.search(text, 0, found.start(1)) or words(text[found.end(1) :]) < 4:
        return text
    time = _TIME_AFTER.search(text, found.start(1), found.end(1))
    if time is not None:
        return text[: found.start(1)] + text[time.start() :]
    after = text[found.end(1) :]
    return text[: found.start(1)] + (" " + after[2:] if _SAME_PHRASE_AFTER.match(after) else after)


# `… từ |khu vực Jangyon, |tỉnh Nam Hwanghae ngày 18/9 …`, `từ |khu vực gần thành phố Nampo, |tỉnh …`: a named
# place, after its preposition, before the larger unit it lies in (group 2), which a reader abroad knows better.
_PLACE_IN_UNIT = re.compile(
    r" (?:tại|ở|từ|xuống|đến|tới) ((?:khu vực )?(?:gần )?"
    r"(?:(?:khu vực|tỉnh|huyện|quận|xã|phường|thị trấn|thành phố|sân bay(?: quốc tế)?|cảng|sân vận động) )?"
    rf"[{CAPITALS}][\w-]*(?: [{CAPITALS}][\w-]*)*, )((?:tỉnh|bang|thành phố|quận|huyện) [{CAPITALS}][\w-]*"
    rf"(?: [{CAPITALS}][\w-]*)*)"
)
# A city or a county named by its unit in a province (`thành phố Ansan, tỉnh …`, `huyện Goheung, tỉnh …`): where
# the event was, which the province only widens (a district of a city is not: `quận Busanjin, thành phố Busan`).
_CITY_OR_COUNTY = re.compile(r"(?:thành phố|huyện) ")
# … and a site (`hạ cánh xuống sân bay quốc tế Muan, tỉnh Jeolla Nam`), which is the one place the event had: only
# the province goes
_SITE = re.compile(r"(?:sân bay|cảng|sân vận động) ")
# the words around a place's name (`khu vực gần thành phố Nampo` → `Nampo`)
_UNIT_WORDS = frozenset(
    ["gần", "khu", "vực", "tỉnh", "huyện", "quận", "xã", "phường", "thị", "trấn", "thành", "phố", "bang"]
)


def place_in_unit_cuts(text: str, title: str | None = None) -> list[str]:
    """The ways a line too long may say a place named within a larger unit, best first; the caller takes the
    first that fits. `… phóng … từ khu vực Jangyon, tỉnh Nam Hwanghae ngày 18/9 …` → `… từ tỉnh Nam Hwanghae
    ngày 18/9 …`: the smaller place goes, before the date or what came of the event do; the unit it lies in
    stays, and `where` lists both. A city or a county named by its unit in a province is where the event was:
    the province goes first (`tại thành phố Ansan, tỉnh Gyeonggi` → `tại thành phố Ansan`, then `tại Ansan`),
    and the city only when neither fits, or when the headline names the province. When the headline names the
    smaller place and not the larger (`Cháy nhà máy pin ở Hwaseong …`), the editor chose it: the larger goes,
    and the smaller's unit too when the headline does without it (`ở thành phố Hwaseong, tỉnh Gyeonggi` → `ở
    Hwaseong`). A site (`xuống sân bay quốc tế Muan, tỉnh Jeolla Nam`) is the one place the event had: only the
    province goes."""
    found = _PLACE_IN_UNIT.search(text)
    if found is None:
        return []
    smaller = found.group(1).rstrip(", ")
    name = _proper_name(smaller)
    larger_named = bool(title) and _named_in(_proper_name(found.group(2)), title or "")
    if title and _named_in(name, title) and not larger_named:
        kept = smaller if _named_in(smaller, title) else name
        return [text[: found.start(1)] + kept + text[found.end(2) :]]
    without_smaller = text[: found.start(1)] + text[found.end(1) :]
    if _SITE.match(smaller) and not larger_named:
        return [text[: found.start(1)] + smaller + text[found.end(2) :]]
    if found.group(2).startswith("tỉnh ") and _CITY_OR_COUNTY.match(smaller) and not larger_named:
        before, after = text[: found.start(1)], text[found.end(2) :]
        return [before + smaller + after, before + name + after, without_smaller]
    return [without_smaller]


def _proper_name(place: str) -> str:
    """`thành phố Hwaseong` → `Hwaseong`: a place without the word of its unit."""
    return " ".join(w for w in place.split() if w not in _UNIT_WORDS)


def _named_in(name: str, title: str) -> bool:
    return bool(name) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title) is not None


# `Khoảng 316 công dân Hàn Quốc bị cơ quan di trú Mỹ bắt giữ | tại công trường … ở bang Georgia | đã về tới …`: where
# what befell a subject happened, told inside the subject before its own verb (`đã`, still in the lead).
_PLACE_IN_SUBJECT = re.compile(
    rf"[^,;.]{{3,120}}? (?:bị|được) [^,;.]{{1,60}}?( (?:tại|ở) (?:(?! và )[^,;.]|, (?=[{CAPITALS}])){{3,120}}?)(?= đã )"
)  # a place may name its country after a comma (`ở tỉnh Sihanoukville, Campuchia`), never a `và` that joins a second
# predicate (`… tại bang New York, Mỹ | và đã được … giải cứu`)


def drop_place_in_subject(text: str) -> str:
    """For a line too long, read before `đã` goes: where what befell the subject happened (`… bị … bắt giữ tại công
    trường … ở bang Georgia đã về tới …` → `… bị … bắt giữ đã về tới …`), which would otherwise leave the line
    ending on the subject, cut before its verb; `where` keeps the place."""
    found = _PLACE_IN_SUBJECT.match(text)
    if found is None or words(text[found.end(1) :]) < 4:
        return text
    return text[: found.start(1)] + text[found.end(1) :]


# Where a named site lies, said after it (`tại mỏ "Cá voi xanh" | ngoài khơi thành phố Pohang, tỉnh Gyeongsang Bắc |,
# nhưng …`, `… Naro | ở huyện Goheung, tỉnh Jeolla Nam | ngày 5/8`): the site says where; the town it is off, near or in
# is under "where".
_UNIT_WORD = r"(?:thành phố|tỉnh|huyện|quận|đảo|bang|thị trấn)"
_NAMED = rf"[{CAPITALS}][\w-]*(?: [{CAPITALS}][\w-]*)*"
_SITE_LOCATION = re.compile(
    rf"(?<=[\w”\"]) (?:(?:ngoài khơi|gần|ở phía (?:Bắc|Nam|Đông|Tây)(?: Bắc| Nam)? của) (?:{_UNIT_WORD} )?"
    rf"|ở {_UNIT_WORD} ){_NAMED}(?:, {_UNIT_WORD} {_NAMED})?(?!, {_UNIT_WORD} )(?=[,.;]|$| ngày \d)"
)
# … after a site named by its kind and a name (`mỏ "Cá voi xanh"`) or by a name of its own (`Trung tâm vũ trụ Naro`)
_SITE_BEFORE = re.compile(
    rf" (?:tại|ở|từ) (?:(?:[a-zà-ỹđ]+ ){{1,4}}(?:[“\"][^”\"]{{1,40}}[”\"]|{_NAMED})"
    rf"|[{CAPITALS}][\w-]*(?: [\w-]+){{0,4}} [{CAPITALS}][\w-]*)$"
)


def drop_site_location(text: str) -> str:
    """From a line too long, where a site named after `tại`, `ở` or `từ` lies (`tại mỏ "Cá voi xanh" | ngoài khơi thành
    phố Pohang, tỉnh Gyeongsang Bắc`, `từ Trung tâm vũ trụ Naro | ở huyện Goheung, tỉnh Jeolla Nam`) goes: the site
    itself says where it happened. A province after the town goes with it, never alone."""
    for found in _SITE_LOCATION.finditer(text):
        if _SITE_BEFORE.search(text, max(0, found.start() - 80), found.start()):
            return text[: found.start()] + text[found.end() :]
    return text


# The market a price or an index is quoted on, inside the subject before its date or verb (`Giá cổ phiếu … | trên sàn
# giao dịch chứng khoán Hàn Quốc | ngày 27/10 đã đóng cửa …`, `Tỷ giá … | trên thị trường ngoại hối Seoul |`).
_MARKET_IN_SUBJECT = re.compile(
    r"^(?:Giá|Tỷ giá|Chỉ số)[^,;.]{3,80}?( trên (?:sàn|thị trường) [^,;.]{3,60}?)"
    r"(?= (?:(?:sáng|chiều|tối) )?(?:ngày \d|hôm|đã|tăng|giảm|đóng cửa|lên|xuống))"
)


def drop_market_in_subject(text: str) -> str:
    """For a line too long: the market a price is quoted on, named inside the subject; the price and what it did
    stay (`Giá cổ phiếu của … Samsung Electronics | trên sàn giao dịch chứng khoán Hàn Quốc | ngày 27/10 đóng cửa ở
    mức 102.000 won, lần đầu tiên vượt …` had lost its record to the cut); not a market the rest points back at
    (`pointed_back_at`)."""
    found = _MARKET_IN_SUBJECT.match(text)
    shorter = text if found is None else text[: found.start(1)] + text[found.end(1) :]
    return text if pointed_back_at(text, shorter) else shorter


_PLACE_KIND = re.compile(r"\s*(?:tại|ở|trên) (\w+)")


def pointed_back_at(text: str, shorter: str) -> bool:
    """What `shorter` left out of `text` is a place the rest of the line points back at by its kind (`… trên | Sàn
    giao dịch vàng Hàn Quốc | ngày 14/10 …, kể từ khi | sàn giao dịch này | mở cửa …`): `này` would point nowhere."""
    start = next((k for k, (a, b) in enumerate(zip(text, shorter, strict=False)) if a != b), len(shorter))
    end = start + len(text) - len(shorter)
    kind = _PLACE_KIND.match(text, start, end)
    back = rf"\b{re.escape(kind.group(1))} [^,.;]{{0,30}}?\b(?:này|đó)\b" if kind else ""
    return kind is not None and re.search(back, text[end:], re.IGNORECASE) is not None


# Where, set off between the lead's opening date and its subject (`Ngày 15/12, | tại thủ đô Tokyo, | Bộ trưởng …`).
_PLACE_AFTER_OPENING_DATE = re.compile(
    r"^(?:(?:[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Rr]ạng sáng) )?(?:[Nn]gày|[Hh]ôm) \d{1,2}/\d{1,2}(?:/\d{4})?,"
    rf"( (?:tại|ở) (?:(?:thủ đô|thành phố|tỉnh|bang|đảo) )?[{CAPITALS}][^\s,]*(?: [{CAPITALS}][^\s,]*){{0,3}},)(?= \S)"
)


def drop_place_after_opening_date(text: str) -> str:
    """For a line too long: where, set off between the opening date and the subject (`Ngày 15/12, | tại thủ đô Tokyo, |
    Bộ trưởng Ngoại giao …`), goes before anything of the event; the date stays, and `where` lists the place."""
    found = _PLACE_AFTER_OPENING_DATE.match(text)
    return text if found is None else text[: found.start(1)] + text[found.end(1) :]


# Where the event happened, between its date and how it went (`… kết thúc ngày 14/5 | tại bang New Jersey, Mỹ | với
# tổng điểm 269 gậy`): a place after its unit or kind and, it may be, its country.
_PLACE_BEFORE_RESULT = re.compile(
    rf"(?<= ngày )\d{{1,2}}/\d{{1,2}}(?:/\d{{4}})?( (?:tại|ở) (?:[a-zà-ỹđ]+ ){{0,3}}{_NAMED}(?:, {_NAMED})?)(?= với )"
)


def drop_place_before_result(text: str) -> str:
    """For a line too long: where the event happened, between its date and the `với` phrase of how it went (`… kết thúc
    ngày 14/5 | tại bang New Jersey, Mỹ | với tổng điểm 269 gậy, …`), goes before the result does; `where` lists it."""
    found = _PLACE_BEFORE_RESULT.search(text)
    return text if found is None else text[: found.start(1)] + text[found.end(1) :]
