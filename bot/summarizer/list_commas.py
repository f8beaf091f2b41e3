"""Commas inside a list, where a lead may not be cut: a list of counts (`17 người thiệt mạng, 10 người mất tích`), of
items that `và` or `hoặc` closes (`kinh tế, an ninh và giao lưu`), of names (`Jeju Air, T'way Air và Jin Air`), a
pair written with a comma (`các bộ, ngành`), and the last items of a subject that `và` opened, before its verb (`… và
chức năng điều tra, truy tố sẽ được …`). `cut_points` asks these of every comma it reads; cutting at one would report
the first item alone.
"""

from __future__ import annotations

import re

from bot.summarizer.lexicon import BUT_SONG, ends_on_name, names_until_and

_COUNT = r"(?:\d[\d.,]*|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
_COUNT_AHEAD = re.compile(rf"(?:hơn |gần |khoảng )?{_COUNT} (\w+)")
# After a list comma: items of at most eight words (`cân bằng giữa công việc và cuộc sống`), the last after `và`
# or `hoặc`, then the clause ends or a phrase of time, place or purpose starts.
_ITEM = r"[^\s,;:.]+(?: [^\s,;:.]+){0,7}?"
_LIST_REACH = 200  # characters read after a comma for the rest of its list
_LIST_AHEAD = re.compile(
    rf"{_ITEM}(?:, {_ITEM})* (?:và|hoặc) {_ITEM}"
    r"(?=[,;.]|$| (?:nhân|tại|ở|trong|trên|với|vào|để|nhằm|từ|theo|khi|sau|trước) )"
)
# An item that opens a clause of its own (`…, khiến 3 người thiệt mạng và …`, `…, và có cuộc hội đàm …`) makes
# no list.
_CLAUSE_START = re.compile(
    rf"(?:sau|trước|khi|trong|nhưng|{BUT_SONG}|còn|đồng thời|tuy|mặc dù|dù|nên|vì|do|để|nhằm|khiến|làm|gây|"
    r"đã|sẽ|có cuộc|đặc biệt|nhất là|chủ yếu)\b"  # `…, đặc biệt trong lĩnh vực …` singles out, lists nothing
    r"|(?:lần đầu tiên|trở thành|đánh dấu|cho phép|giúp)\b"  # `…, lần đầu tiên tại Hàn Quốc, cho phép …`: a record
    r"|với (?:tỷ lệ|số phiếu|sự)\b"  # `…, với tỷ lệ 7 phiếu thuận và 2 phiếu chống`: a tally, no list
)


def in_count_list(text: str, comma: int) -> bool:
    """`17 người thiệt mạng, 10 người mất tích`: the comma goes on a list of counts of the same thing, and
    cutting there would report the first count alone."""
    ahead = _COUNT_AHEAD.match(text, comma + 2)
    if ahead is None:
        return False
    return re.search(rf"{_COUNT} {re.escape(ahead.group(1))}\b", text[max(0, comma - 60) : comma]) is not None


_PAIR_BEFORE, _PAIR_AFTER = re.compile(r"(?:^|\s)(?:bộ|ban|cấp|sở|tỉnh)$"), re.compile(r"(?:ngành|thành)\b")


def in_word_list(text: str, comma: int) -> bool:
    """`các lĩnh vực kinh tế, an ninh và giao lưu nhân dân`, `với mục đích kinh doanh, du lịch hoặc thăm thân`: the
    comma separates items of a list that `và` or `hoặc` closes a few words later; cutting there would report the
    first item alone; so would one inside a pair written with a comma (`các bộ, ngành`, `các tỉnh, thành`)."""
    if _PAIR_AFTER.match(text, comma + 2) and _PAIR_BEFORE.search(text, max(0, comma - 6), comma):
        return True
    # … and a comma after a date ends no item (`… sáng ngày 29/12, | lao ra khỏi đường băng và đâm vào …`)
    ahead = _LIST_AHEAD.match(text, comma + 2, comma + _LIST_REACH)
    if ahead is None or re.search(r"\d/\d{1,2}$", text[max(0, comma - 12) : comma]):
        return False
    items = re.split(r", | và | hoặc ", ahead.group(0))
    return not any(_CLAUSE_START.match(item) for item in items)


# The last items of a subject that `và` opened before the comma, its predicate right after them (`… và chức năng
# điều tra, | truy tố sẽ được tách thành hai cơ quan`, `… môn toán, | tiếng Anh sẽ …`): a few words each, opening in
# lower case.
_AND_ITEM_BEFORE = re.compile(r"\b(?:và|hoặc)(?: [a-zà-ỹđ]+){1,5}$")
_ITEM_THEN_PREDICATE = re.compile(r"[a-zà-ỹđ]+(?: [^\s,;:.]+){0,2} (?:sẽ|đã|được|bị|đang|đều)\b")


def in_subject_list(text: str, comma: int) -> bool:
    """`… Viện Kiểm sát sẽ bị giải thể và chức năng điều tra, truy tố sẽ được tách …`: the comma joins items of a
    subject whose verb follows the last of them; cutting there would leave `và chức năng điều tra` with no verb."""
    ahead = _ITEM_THEN_PREDICATE.match(text, comma + 2)
    if ahead is None or _CLAUSE_START.match(ahead.group(0)):
        return False
    return _AND_ITEM_BEFORE.search(text, max(0, comma - 40), comma) is not None


_NAME_LIST_WORDS = 12  # words read after a comma for the rest of a list of names


def in_name_list(text: str, comma: int) -> bool:
    """`các hãng như Jeju Air, T'way Air và Jin Air sẽ …`: a name before the comma and the rest of a list of
    names after it; cutting there would report the first name alone."""
    before = text[max(0, comma - 40) : comma].split()
    ahead = text[comma + 2 : comma + _LIST_REACH].split()
    return ends_on_name(before) and names_until_and(ahead, _NAME_LIST_WORDS)
