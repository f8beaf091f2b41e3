"""For a line too long: the time set before what a source reported goes (`Bộ Giáo dục thông báo | từ học kỳ mới …, |
học sinh … sẽ bị cấm …`), when what follows has a subject of its own. `long_lead.py` applies it; the other
deletions of a lead are in `lead.py`.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import clause_comma, words
from bot.summarizer.lead import (
    LEADING_SOURCE,
    REPORTED_OR_FORECAST,
    SETTING_OPENERS,
    TIME_MENTION,
    is_time,
    starts_with_subject,
)
from bot.summarizer.reported_counts import opens_with_count

_REPORTED_TIME_WORDS = 18  # a time set before what was reported is at most this long
_TIME_PHRASE = re.compile(r"(?:từ|kể từ|bắt đầu từ|vào|trong|đến|tới) ")
# … a time that holds an act or a count is more than when (`từ đầu năm đến nay ghi nhận 49 ca mắc sởi`)
# (a length of time is no count: `trong đợt truy quét kéo dài 3 tháng từ tháng 3 …,`)
_ACT_IN_TIME = re.compile(
    r"\b(?:đã|sẽ|đang|vừa|ghi nhận|có)\b|(?<!tháng )(?<!ngày )(?<!năm )(?<!quý )(?<![\d/])\d"
    r"(?![\d.,]* (?:tháng|năm|ngày|tuần|giờ|tiếng)\b)"
)


def drop_reported_time(text: str) -> str:
    """`Bộ Giáo dục thông báo | từ học kỳ mới bắt đầu vào tháng 3 năm sau, | học sinh … sẽ bị cấm …`: for a line
    too long, the time set before what was reported goes when what follows has a subject of its own; the
    story's "when" keeps it, and the cut no longer falls inside what was reported. Not the period a count that follows
    is over (`trong kỳ nghỉ Tết …, | tổng cộng có khoảng 2,44 triệu lượt …`): without it the count says nothing."""
    verb = REPORTED_OR_FORECAST.search(text, 0, 300)
    if verb is None:
        return text
    comma = clause_comma(text, verb.end(), 160)
    if comma < 0:
        return text
    clause, rest = text[verb.end() : comma], text[comma + 2 :]
    # a phrase of time (`từ …`, `vào …`), not a date that may be what was reported of (`ngày 3/12 đánh dấu …`)
    # … which names a time (`từ chức,` is "resign", no time)
    timed = is_time(clause.capitalize()) and TIME_MENTION.search(clause) is not None
    if words(clause) > _REPORTED_TIME_WORDS or not _TIME_PHRASE.match(clause) or not timed:
        return text
    if _ACT_IN_TIME.search(clause):
        return text  # `từ đầu năm đến nay đã ghi nhận 49 ca mắc sởi,`: a time and what happened in it
    if opens_with_count(rest):
        return text  # `… trong kỳ nghỉ Tết …, | tổng cộng có khoảng 2,44 triệu lượt …`: the period counted over
    if SETTING_OPENERS.match(text) or LEADING_SOURCE.match(text):
        return text  # `Trên trang … công bố ngày 3/12, …`: the verb is the setting's, and its date the report's
    return text[: verb.end()] + rest if starts_with_subject(rest) else text
