"""Who a subject is made of, named before its verb (`Đội tuyển bắn cung nữ Hàn Quốc | gồm Lim Si-hyeon, Jeon
Hun-young và Nam Su-hyeon | đã đánh bại …`): what a line too long loses, each person staying under "who".

`long_lead.py` takes `drop_member_list` while the line is still too long.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import words
from bot.summarizer.lexicon import CAPITALS

# `Đội tuyển bắn cung nữ Hàn Quốc | gồm Lim Si-hyeon, Jeon Hun-young và Nam Su-hyeon | đã đánh bại …`: the names of
# those the subject is made of, before its verb.
_NAME = rf"[{CAPITALS}][\w'-]*(?: [{CAPITALS}][\w'-]*){{0,3}}"
# … its verb after the last name, not a phrase of place or time (`… gồm Galaxy Z Fold7 và Galaxy Z Flip7 | tại …`
# names what the subject made)
_MEMBER_LIST = re.compile(
    rf" gồm (?:có )?{_NAME}(?:, {_NAME}){{0,6}} và {_NAME}(?= (?!(?:tại|ở|vào|ngày|trong|trên|tới|đến) )[a-zà-ỹđ])"
)
_MEMBER_LIST_REACH = 100  # characters: in the subject, not in what the event concerns


def drop_member_list(text: str) -> str:
    """For a line too long: `Đội tuyển … gồm Lim Si-hyeon, Jeon Hun-young và Nam Su-hyeon đã đánh bại …` →
    `Đội tuyển … đã đánh bại …`; each person is under "who"."""
    found = _MEMBER_LIST.search(text, 0, _MEMBER_LIST_REACH + 150)
    if found is None or found.start() > _MEMBER_LIST_REACH or words(text[found.end() :]) < 4:
        return text
    return text[: found.start()] + text[found.end() :]
