"""What the headline says the news is: its figures' values, which outrank the lead's other figures.

An editor's headline names the figure the story is about (`Số ca mắc cúm mùa tăng gấp 3 lần …`): the
figures of the same value come first in the figure list (`core`), and a `what` too long to keep both the
level a lead states and the change the headline names keeps the change (`keep_headline_change`).
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import MIN_WHAT_WORDS, words
from bot.summarizer.dates import find_when
from bot.summarizer.numbers import find_figures
from bot.summarizer.text import nfc

# `…, số bệnh nhân … | là 22,8 người trên 1.000 người đến khám, | tăng gấp khoảng 3 lần so với tuần trước`:
# a level stated with its verb, then the change from a baseline, in the line's last clause.
_LEVEL_THEN_CHANGE = re.compile(
    r" (?:là|đạt|ở mức|ghi nhận|lên tới|lên đến) (?P<level>(?:[^,;:]|,(?=\d)){1,80}), "
    r"(?P<change>(?:tăng|giảm) (?:[^,;:]|,(?=\d)){1,120})$"
)


# `… lên mức cao nhất | trong 4 năm`: how far back a record reaches, which the headline states only to say what
# the record is; the figure the story is about is another.
_REACH_BEFORE = re.compile(r"(?:nhất|đầu tiên)(?: \S+){0,2} (?:trong|sau|kể từ)(?: vòng)? $")
# `Số ca mắc bệnh do nhiệt | vượt 3.000`, `… giảm xuống | dưới 36 triệu người`: a milestone passed, which the count
# that passed it (`3.071 ca`, `35,91 triệu người`) states.
_MILESTONE_BEFORE = re.compile(r"\b(?:vượt|vượt qua|cán)(?: (?:mốc|ngưỡng|mức))? $")
_MILESTONE_QUALIFIER = "dưới "  # read into the figure's text (`dưới 2,5 triệu`)


def headline_values(title: str | None) -> frozenset[float]:
    """The values of the headline's figures, but for a record's reach and a milestone passed."""
    return frozenset(value for value, _ in headline_figures(title))


def headline_figures(title: str | None) -> frozenset[tuple[float, str]]:
    """The headline's figures as `headline_values` reads them, each with its kind (`FoundFigure.kind`): a count
    (`Một người thiệt mạng …`) is not the story's duration of the same value (`mất khoảng 1 tiếng để dập tắt`), nor a
    share (`Giá gạo tăng 20%`) the size of a pack (`gạo loại 20 kg`)."""
    if not title:
        return frozenset()
    title = nfc(title)
    return frozenset(
        (abs(f.value), f.kind)
        for f in find_figures(title, find_when(title))
        if f.value is not None
        and not _REACH_BEFORE.search(title, 0, f.start)
        and not _MILESTONE_BEFORE.search(title, max(0, f.start - 20), f.start)
        and not f.text.casefold().startswith(_MILESTONE_QUALIFIER)
    )


def _values(text: str) -> set[float]:
    return {abs(f.value) for f in find_figures(text, find_when(text)) if f.value is not None}


def keep_headline_change(text: str, headline: frozenset[float]) -> str:
    """`…, số bệnh nhân … là 22,8 người …, tăng gấp khoảng 3 lần so với tuần trước` → `…, số bệnh nhân … tăng
    gấp khoảng 3 lần so với tuần trước` when the headline names the change and not the level: a line too long
    for both would otherwise lose its last clause, the one the headline is about. The subject reads on into
    the change, so the sentence stays whole; the level stays among the figures."""
    found = _LEVEL_THEN_CHANGE.search(text[-300:])
    if found is None or not headline:
        return text
    offset = max(0, len(text) - 300)
    level, change = found.group("level"), found.group("change")
    if not re.search(r"\d", level) or _values(level) & headline or not _values(change) & headline:
        return text
    shorter = f"{text[: offset + found.start()]} {change}"
    return shorter if words(shorter) >= MIN_WHAT_WORDS else text


# A purpose set off before the next clause (`… triệu tập Đại sứ Nga | để phản đối việc … | , đồng thời thông báo trục
# xuất 3 nhà ngoại giao Nga`).
_PURPOSE = re.compile(r" (?:để|nhằm) [^,;.]{3,160}?(?=, )")
_HEADLINE_REACH = 200  # characters after a purpose read for the headline's figure
# … not what a trip is for (`đến sân bay … | để bắt đầu chuyến thăm cấp nhà nước tới Hàn Quốc |, chuyến thăm đầu tiên
# sau 11 năm`): the visit or the meeting attended is the news the arrival is only the start of
_TRIP_PURPOSE = re.compile(r" (?:để|nhằm) (?:bắt đầu |chính thức )?(?:chuyến (?:thăm|công du)|thăm|dự|tham dự)\b")


def drop_purpose_before_headline(text: str, headline: frozenset[float]) -> str:
    """`text` without a purpose clause that stands before the clause holding the headline's figure, when no
    headline figure comes before it: the headline names what the news is (`Hàn Quốc trục xuất 3 nhà ngoại giao
    Nga`), and a line cut at the purpose's comma would keep why and lose it. What a trip is for (`để bắt đầu chuyến
    thăm …`, `để dự …`) stays: it is the news."""
    if not headline:
        return text
    figures = find_figures(text, find_when(text))
    headlined = [f.start for f in figures if f.value is not None and abs(f.value) in headline]
    for purpose in _PURPOSE.finditer(text):  # the figures are read once, however many purposes the lead holds
        if any(start < purpose.start() for start in headlined):
            return text
        if _TRIP_PURPOSE.match(text, purpose.start()):
            continue
        if any(purpose.end() <= start < purpose.end() + _HEADLINE_REACH for start in headlined):
            return text[: purpose.start()] + text[purpose.end() :]
    return text
