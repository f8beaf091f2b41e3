"""A contrast (`Trong khi giá nhà ở Seoul tăng …, thì giá nhà ở các tỉnh giảm …`): two halves of one news, not a setting
and its event. `lead.drop_setting` leaves it alone; `long_lead.py`, for a line too long, tries both halves without their
baselines and then stands the first half alone.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import MIN_WHAT_WORDS, words

CONTRAST = re.compile(r"[Tt]rong khi ([^;:]{10,400}?), thì ")


def drop_contrast(text: str) -> str:
    """`Trong khi giá nhà ở Seoul tăng 0,29% …, thì giá nhà ở các tỉnh giảm 0,01%` → `Giá nhà ở Seoul tăng
    0,29% …`: for a line too long, the first half of a contrast, which the story puts first, stands alone."""
    found = CONTRAST.match(text)
    if found is None or words(found.group(1)) < MIN_WHAT_WORDS:
        return text
    first = found.group(1)
    return first[:1].upper() + first[1:]
