"""A contrast (`Trong khi giá nhà ở Seoul tăng …, thì giá nhà ở các tỉnh giảm …`): two halves of one news, not a setting
and its event. `lead.drop_setting` leaves it alone; `long_lead.py`, for a line too long, tries both halves without their
baselines and then stands the first half alone.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import MIN_WHAT_WORDS, words

# … after the date both halves happened on, if the lead opens with it (`Ngày 15/8, | trong khi …, thì …`)
CONTRAST = re.compile(
    r"(?P<date>(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày|[Hh]ôm) )*\d{1,2}/\d{1,2}(?:/\d{4})?, )?"
    r"[Tt]rong khi ([^;:]{10,400}?), thì "
)


_SECOND_HALF = re.compile(r", trong khi ")


def drop_contrast(text: str) -> str:
    """`Trong khi giá nhà ở Seoul tăng 0,29% …, thì giá nhà ở các tỉnh giảm 0,01%` → `Giá nhà ở Seoul tăng
    0,29% …`: for a line too long, the first half of a contrast, which the story puts first, stands alone, after the
    date it opened with (`Ngày 15/8, Tổng thống … kêu gọi …`)."""
    found = CONTRAST.match(text)
    if found is None or words(found.group(2)) < MIN_WHAT_WORDS:
        return text
    first = found.group(2)
    return (found.group("date") or "") + (first if found.group("date") else first[:1].upper() + first[1:])


def halved(lead: str, line: str) -> bool:
    """The line keeps only the first half of the lead's contrast, set first or after its first half (`…, trong khi
    nam diễn viên Song Kang-ho giành giải …`): what the next sentence says of the event (`Đây là phản ứng đầu tiên …`,
    `Đây là lần đầu tiên hai phim … cùng giành giải …`) may be of the half that went, or of both, and must not be
    added to the one that stayed."""
    found = CONTRAST.match(lead) or _SECOND_HALF.search(lead)
    return found is not None and " ".join(lead[found.end() :].split()[:3]) not in line
