"""Where a setting that opens the lead ends when a list runs through it (`Với 8 huy chương vàng, | 10 huy chương bạc và
9 huy chương đồng, | đoàn thể thao …`): `lead.drop_setting` reads the setting up to the list's last comma, never to its
first. Apart from `lead.py` because it reads commas only, not what the setting says.
"""

from __future__ import annotations

from bot.summarizer.clauses import clause_comma, words

_LIST_END_OPENERS = frozenset({"tại", "ở", "vào", "ngày", "hôm", "trong", "sáng", "chiều", "tối", "đêm", "trưa"})


def past_list(text: str, comma: int) -> int:
    """The comma after `Với 8 huy chương vàng, 10 huy chương bạc và 9 huy chương đồng,` when `comma` is the
    first of a list that `và` closes before the next comma: a setting's list reads whole; else `comma`."""
    if comma < 0:
        return comma
    following = clause_comma(text, comma + 1)
    segment = text[comma + 2 : following] if following > 0 else ""
    listed = segment[:1].isdigit() or words(segment) <= 6  # `10 huy chương bạc và 9 …`, `Anh, Pháp và Đức`
    # … or names whose list goes on past `và` (`ba nước Hàn Quốc, | Mỹ và Nhật Bản tại New York ngày 22/9,`)
    first, _, after = segment.partition(" và ")
    # (the last name ends the list, or a phrase of place or time does: `, Hàn Quốc và Mỹ | đạt được …` is a subject)
    tail = after.split()
    tail = tail[next((k for k, word in enumerate(tail) if not word[:1].isupper()), len(tail)) :]
    named_last = after[:1].isupper() and (not tail or tail[0] in _LIST_END_OPENERS)
    listed = listed or (words(first) <= 4 and first[:1].isupper() and named_last)
    if following < 0 or " và " not in segment or words(segment) > 12 or not listed:
        return comma
    return following
