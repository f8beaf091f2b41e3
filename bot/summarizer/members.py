"""Who a subject is made of, named before its verb (`Đội tuyển bắn cung nữ Hàn Quốc | gồm Lim Si-hyeon, Jeon
Hun-young và Nam Su-hyeon | đã đánh bại …`, `Ngoại trưởng ba nước … | gồm Bộ trưởng Ngoại giao Hàn Quốc Cho Tae-yul,
… và Bộ trưởng Ngoại giao Trung Quốc Vương Nghị | tổ chức …`): what a line too long loses, each person staying under
"who".

`long_lead.py` takes `drop_member_list` while the line is still too long.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import words
from bot.summarizer.lexicon import CAPITALS, lexicon, match_at

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
    `Đội tuyển … đã đánh bại …`, and the same for people named with their titles (`_without_titled_members`); each
    person is under "who"."""
    found = _MEMBER_LIST.search(text, 0, _MEMBER_LIST_REACH + 150)
    if found is None or found.start() > _MEMBER_LIST_REACH or words(text[found.end() :]) < 4:
        return _without_titled_members(text)
    return text[: found.start()] + text[found.end() :]


_MEMBERS_OPEN = re.compile(r" gồm (?:có )?")
_PORTFOLIO_WORDS = 2  # lower-case words of a portfolio between capitalised ones (`Bộ trưởng Ngoại | giao | Hàn Quốc`)


def _without_titled_members(text: str) -> str:
    """`… gồm Bộ trưởng Ngoại giao Hàn Quốc Cho Tae-yul, … và Bộ trưởng … Vương Nghị tổ chức …` → `… tổ chức …`: each
    item opens with a title, then capitalised words and the lower-case words of a portfolio (`Ngoại giao`); the
    first lower-case word after the last item with no capital soon after it is the subject's verb."""
    found = _MEMBERS_OPEN.search(text, 0, _MEMBER_LIST_REACH + 10)
    if found is None:
        return text
    after = text[found.end() :].split()
    titles = lexicon().titles
    k, items, last = 0, 0, False
    while k < len(after) and items <= 7:
        title = match_at(titles, after, k)
        if not title:
            return text  # every item opens with a title
        k += title
        while k < len(after):
            word = after[k]
            if word == "và":
                break  # the last item's
            capital_soon = any(w[:1].isupper() for w in after[k + 1 : k + 1 + _PORTFOLIO_WORDS])
            if not (word[:1].isupper() or (word.isalpha() and word.islower() and capital_soon)):
                break
            k += 1
            if word.endswith(","):
                break
        items += 1
        if last or k >= len(after):
            break
        if after[k - 1].endswith(","):
            continue
        if after[k] != "và":
            return text
        k, last = k + 1, True
    rest = " ".join(after[k:])
    if not last or not after[k - 1][:1].isupper() or words(rest) < 4 or not rest[:1].islower():
        return text
    return f"{text[: found.start()]} {rest}"
