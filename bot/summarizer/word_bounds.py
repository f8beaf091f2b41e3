"""Tests at a word a line with no clean cut might end before (`fitting.fit`'s phrase cuts): where it may (`gần` before
a name, a phrase of place, a word that opens a phrase: `| mà`) and where it never may (inside a quotation, inside a
relative time `năm | sau`, between two names or numbers joined by `và`, between a title and whose it is: `Ủy viên … |
của Ủy ban châu Âu`, before where imports come from). Each reads the line's words (`kept`) and the index of that word
(`n`), but `second_source`, which reads the text before a `và` and also serves the amount's ends (`amount_fit`) and an
outcome's (`outcomes.joins_one_whole`).
"""

from __future__ import annotations

import re

from bot.summarizer.lexicon import lexicon, match_at


def open_quotes(kept: list[str]) -> list[int | None]:
    """For each n from 0 to len(kept), the index of the word that opens a quotation `kept[:n]` leaves unclosed, or
    None: one pass over the words."""
    opened: int | None = None
    states: list[int | None] = [None]
    for index, word in enumerate(kept):
        for mark in word:
            if mark == "“" or (mark == '"' and opened is None):
                opened = index if opened is None else opened
            elif mark in '”"':
                opened = None
        states.append(opened)
    return states


def relative_time(kept: list[str], n: int) -> bool:
    """`sau` or `trước` at n closes a time counted from now or from a span (`năm sau`, next year; `3 tháng trước`, 3
    months ago), unless it opens a clause of its own (`… 7 tháng | sau khi …`)."""
    return (
        kept[n] in ("sau", "trước")
        and kept[n - 1] in ("năm", "tháng", "tuần", "ngày")
        and kept[n + 1 : n + 2] != ["khi"]
    )


def names_joined(kept: list[str], n: int) -> bool:
    """`và` at n joins two names (`với Samsung Electronics | và SK hynix về …`): a line ending before it would say the
    first was the only one."""
    return kept[n] == "và" and 0 < n < len(kept) - 1 and kept[n - 1][:1].isupper() and kept[n + 1][:1].isupper()


_TITLE_FIELD_WORDS = 6  # a title and the field it covers (`Ủy viên phụ trách thương mại`)


def whose_title(kept: list[str], n: int) -> bool:
    """`của` at n says whose a title a few words before it is (`Ủy viên phụ trách thương mại | của Ủy ban châu Âu
    Valdis …`): the name and its verb are still to come."""
    titles = lexicon().titles
    return kept[n] == "của" and any(match_at(titles, kept, j) for j in range(max(0, n - _TITLE_FIELD_WORDS), n))


def near_place(kept: list[str], n: int) -> bool:
    """`… 8 tỉnh của Nhật Bản | gần Nhà máy điện hạt nhân Fukushima`: `gần` before a name is a phrase of place
    (before a number it is "nearly", part of the figure)."""
    return kept[n] == "gần" and n + 1 < len(kept) and kept[n + 1][:1].isupper()


# Verbs of putting a thing somewhere (`đưa … vào danh sách`, `xếp … vào nhóm`): the object then the `vào` that says
# where, without which the verb says nothing (`đưa nghề làm tương … của Hàn Quốc` alone puts it nowhere); not `đưa ra`,
# `đưa tin`, `đưa vào` (the destination right after), `xếp hạng`, which are whole.
_PUTTING = frozenset({"đưa", "đặt", "xếp"})
_WHOLE_AFTER_PUTTING = frozenset({"ra", "tin", "đón", "lên", "xuống", "về", "đến", "tới", "sang", "vào", "hạng"})
_PUT_OBJECT_WORDS = 15  # the object a verb of putting holds before its `vào`


def put_into(words: list[str]) -> tuple[int, int] | None:
    """The first verb of putting with an object and then the `vào` that says where (`quyết định đưa | nghề làm tương
    truyền thống của Hàn Quốc | vào danh sách …`), as the indices of the verb and of `vào`; None when there is none.
    A line ending between them would leave the verb with no destination (`fitting.fit` reads it once)."""
    for verb, word in enumerate(words):
        if word not in _PUTTING or verb + 1 >= len(words) or words[verb + 1] in _WHOLE_AFTER_PUTTING:
            continue
        for k in range(verb + 2, min(len(words), verb + 1 + _PUT_OBJECT_WORDS)):
            if words[k] == "vào":
                return verb, k
            if words[k].endswith((",", ";", ":", ".")):
                break  # the verb's clause ended first
    return None


# The first of two sources something comes from, a `và` right after it (`đầu tư 100.000 tỷ won từ ngân sách nhà nước |
# và khu vực tư nhân`): not a time (`từ năm 2027`, `từ đầu năm`) nor a figure.
_SOURCE_OF = re.compile(r"\btừ (?!(?:năm|tháng|ngày|tuần|quý|khi|đầu|cuối|nay|hôm)\b)[^,;.\d]{1,40}$")


def second_source(before: str) -> bool:
    """A `và` after `before` names the second of two sources: cut there, the first would claim to be the only one."""
    return _SOURCE_OF.search(before) is not None


def origin_of_trade(kept: list[str], n: int) -> bool:
    """`áp thuế … đối với thép nhập khẩu | từ Hàn Quốc và Trung Quốc`: where imports come from bounds what a measure
    covers; cut there, the line would claim it covers every import."""
    return kept[n] == "từ" and n >= 2 and [w.casefold() for w in kept[n - 2 : n]] == ["nhập", "khẩu"]


def joins_two_counts(kept: list[str], n: int) -> bool:
    """The `và` at n joins two numbers (`ở độ tuổi 30 | và 50`, `năm 2024 | và 2025`): cut there, the line would say
    only the first."""
    return n + 1 < len(kept) and kept[n - 1][:1].isdigit() and kept[n + 1][:1].isdigit()


# Words that open a phrase and never end a word written in two, or a pair that does (`có thể`: can); not `các` or
# `những`, which open the object a verb before them needs (`vì ép | các nhà phát triển …`).
FRESH_STARTS = frozenset({"mà", "đã", "sẽ", "đang", "cũng", "bị"})


def opens_fresh(kept: list[str], n: int) -> bool:
    """The word at n opens a phrase and never ends a word written in two (`| có thể`, `| mà`)."""
    return kept[n] in FRESH_STARTS or kept[n : n + 2] == ["có", "thể"]
