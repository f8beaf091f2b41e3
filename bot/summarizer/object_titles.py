"""The title of a person named as the object of an appointment or an election, which a line too long may lose while
the person stays (`bổ nhiệm ông Jun, Phó Chủ tịch …, làm CEO`, `bầu Chủ tịch Đảng … Takaichi Sanae làm Thủ tướng`):
"who" keeps it as their role. `long_lead.py` and `record_after.py` take these deletions.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import words
from bot.summarizer.descriptions import MAX_WHO_APPOSITION_WORDS
from bot.summarizer.lexicon import CAPITALS, lexicon, match_at

# `… bổ nhiệm ông Jun Young-hyun, | Phó Chủ tịch phụ trách mảng bán dẫn, | làm Tổng Giám đốc …`: the title a
# person named as an object holds now, set off by commas before what the sentence makes of them.
_OBJECT_TITLE = re.compile(
    rf"(?<= )(?:ông|bà) [{CAPITALS}][\w'-]*(?: [{CAPITALS}][\w'-]*){{0,3}}(, ([^,;.]{{3,100}}?),) "
    r"(?=(?:làm|giữ|vào|lên|sang|thay|kiêm|là) )"
)


# … or the title before the name of one elected or appointed (`bầu | Chủ tịch Đảng … cầm quyền | Takaichi Sanae làm …`)
_TITLE_BEFORE_OBJECT = re.compile(
    rf"\b(?:bầu|bổ nhiệm|chọn|đề cử)( ([^,;.]{{3,100}}?))(?= [{CAPITALS}][\w'-]*(?: [{CAPITALS}][\w'-]*){{1,3}} làm )"
)


def drop_object_title(text: str) -> str:
    """For a line too long: who a person named as an object is, when the sentence then says what they become
    (`bổ nhiệm ông Jun, Phó Chủ tịch phụ trách mảng bán dẫn, làm CEO` → `bổ nhiệm ông Jun làm CEO`); it is
    under "who" as that person's role."""
    return _without_title(text, _OBJECT_TITLE.search(text))


def drop_title_before_object(text: str) -> str:
    """`bầu Chủ tịch Đảng … Takaichi Sanae làm Thủ tướng` → `bầu Takaichi Sanae làm Thủ tướng` (the title is her role
    under "who"); `long_lead` takes it only when the line then fits: the title tells more than a later cut saves."""
    return _without_title(text, _TITLE_BEFORE_OBJECT.search(text))


def _without_title(text: str, found: re.Match[str] | None) -> str:
    """`text` without `found`'s group 1, when its group 2 opens with a title and is short enough to be one."""
    if found is None or words(found.group(2)) > MAX_WHO_APPOSITION_WORDS:
        return text
    description = found.group(2).split()
    start = 1 if description[0] in ("cựu", "nguyên") else 0
    if not match_at(lexicon().titles, description, start):
        return text
    return text[: found.start(1)] + text[found.end(1) :]
