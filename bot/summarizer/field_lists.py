"""The fields a list of agreements covers (`… ký kết 10 văn kiện hợp tác | trong các lĩnh vực như năng lượng hạt nhân,
khoáng sản và tài chính`): what a line too long loses before where and when the agreements were signed.
`long_lead.py` takes `drop_field_list` while the line is still too long.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import words

# `… ký kết 10 văn kiện hợp tác | trong các lĩnh vực như năng lượng hạt nhân, khoáng sản và tài chính|, tại …`: the
# fields a list of agreements covers, before where or when they were signed (`… và tài chính | tại Phủ Tổng thống`);
# the comma after the list, if any, goes too.
_FIELD = r"[^,;.()“”\"]{1,40}?"
_FIELDS = rf" trong (?:các |nhiều |những )?lĩnh vực(?: như| gồm| bao gồm|,)? {_FIELD}(?:, {_FIELD}){{0,6}} và {_FIELD}"
_FIELD_LIST = re.compile(rf"{_FIELDS},? (?=(?:tại|ở|vào|ngày|sáng|chiều|tối) )")  # with its comma or without
_CLOSING_FIELD_LIST = re.compile(rf"{_FIELDS}\.?$")


def drop_field_list(text: str, *, closing: bool = False) -> str:
    """For a line too long: `… ký kết 10 văn kiện hợp tác trong các lĩnh vực như A, B và C, tại Seoul ngày 11/8` →
    `… ký kết 10 văn kiện hợp tác tại Seoul ngày 11/8`: the fields go before where and when the act was. With
    `closing`, a list that ends the line goes too, where a cut could only fall before the act and leave a setting
    alone (`Nhân chuyến thăm … của Tổng Bí thư Tô Lâm, hai nước ký kết 10 văn kiện hợp tác | trong các lĩnh vực …`)."""
    found = _FIELD_LIST.search(text) or (_CLOSING_FIELD_LIST.search(text) if closing else None)
    if found is None or words(text[: found.start()]) < 4:
        return text
    return f"{text[: found.start()]} {text[found.end() :]}".rstrip()
