"""What a line too long may lose of a visit or a meeting before the visit itself: what kind of trip it was (`trong
chuyến thăm chính thức …`, or which tour a concert belongs to), how the visitor travelled (`bằng tàu hỏa bọc thép`),
who invited them (`theo lời mời của …`), how long a meeting lasted (`hội đàm | kéo dài 90 phút`) and before whom a
report was given (`báo cáo | trước Ủy ban … | rằng …`).

Like the deletions of `descriptions.py`, each takes a text and returns it with one span removed, or unchanged;
`long_lead.py` takes them in turn while the line is still too long.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import MIN_WHAT_WORDS, words
from bot.summarizer.lexicon import TRIP_KINDS

# `… tới Seoul ngày 16/11 | trong chuyến thăm chính thức kéo dài 2 ngày | và hội đàm …`: what kind of trip it
# was, between the arrival and what was done there; or which tour a concert belongs to, before where it is
# (`2 đêm hòa nhạc | trong khuôn khổ chuyến lưu diễn thế giới "Deadline" | tại …`).
_TRIP = re.compile(
    rf" trong (?:khuôn khổ )?chuyến (?:{TRIP_KINDS})\b[^,.;]{{0,80}}?(?: theo lời mời của [^,.;]{{3,80}}?)?"
    # … with the larger place the visited one is in (`… thăm đảo Gadeok|, thành phố Busan|`), which alone would read
    # as the last name's apposition
    r"(?:, (?:thành phố|tỉnh|huyện|quận|bang|thủ đô) [^,.;]{1,40}?)?"
    r"(?=,| và | tại | ở | vào |(?<!\btừ)(?<!\bđến)(?<!\btới) (?:(?:rạng )?(?:sáng|chiều|tối|trưa|đêm) )?ngày \d|$)"
)  # … never the event's date, though the trip's own days and who invited the visitor go with it (`… Việt Nam | từ
# ngày 21 đến ngày 24/8 theo lời mời của …`)


def drop_trip(text: str) -> str:
    """`… tới Seoul ngày 16/11 trong chuyến thăm chính thức kéo dài 2 ngày và hội đàm với …` → `… tới Seoul
    ngày 16/11 và hội đàm với …`: what kind of visit (or which tour) it was goes only from a line that is too
    long, and only when something is said after it, so the line still says what was done, where and when."""
    found = _TRIP.search(text)
    if found is None or words(text[: found.start()]) < MIN_WHAT_WORDS or words(text[found.end() :]) < 4:
        return text
    return text[: found.start()] + text[found.end() :]


# `… chuyến thăm cấp nhà nước Việt Nam kéo dài 4 ngày | theo lời mời của Chủ tịch nước Lương Cường|`: who
# invited a visitor, up to the clause's end.
_INVITATION = re.compile(r",? theo lời mời của [^,.;]{3,80}?(?=[,.;]|$)")


def drop_invitation(text: str) -> str:
    """`… tới Hà Nội tối ngày 10/8, bắt đầu chuyến thăm … kéo dài 4 ngày theo lời mời của Chủ tịch nước …` →
    `… kéo dài 4 ngày`: who invited the visitor goes only from a line that is too long, before the visit
    itself does; the host stays under "who"."""
    found = _INVITATION.search(text)
    if found is None or words(text[: found.start()]) < MIN_WHAT_WORDS:
        return text
    return text[: found.start()] + text[found.end() :]


# `… đến thành phố Vladivostok | bằng tàu hỏa bọc thép | sáng ngày 12/9 để hội đàm …`: how a visitor travelled.
_MEANS_OF_TRAVEL = re.compile(
    r" bằng (?:tàu hỏa|tàu|máy bay|chuyên cơ|trực thăng|xe|ô tô|đường)"
    r"(?: (?!(?:vào|lúc|sáng|chiều|tối|trưa|đêm|ngày|hôm|để|nhằm|và|tại|ở)\b)[^\s,;.]+){0,3}(?= )"
)
_TRAVEL_BEFORE = re.compile(r"\b(?:đến|tới|sang|về|thăm|rời|di chuyển)\b[^,;.]{0,60}$")


def drop_means_of_travel(text: str) -> str:
    """For a line too long: how a visitor travelled (`đến Vladivostok bằng tàu hỏa bọc thép`), before what the
    trip was for."""
    for found in _MEANS_OF_TRAVEL.finditer(text, 0, 400):
        if _TRAVEL_BEFORE.search(text, max(0, found.start() - 60), found.start()):
            return text[: found.start()] + text[found.end() :]
    return text


# `… đã có cuộc hội đàm | kéo dài 90 phút | tại Tokyo`: how long a meeting or a call lasted, in minutes or hours (a
# visit's days are `drop_trip`'s).
_MEETING_LENGTH = re.compile(
    r" kéo dài (?:khoảng |gần |hơn |tới )?\d+ (?:phút|tiếng|giờ)(?: đồng hồ)?(?: \d+ phút)?(?=[ ,;.]|$)"
)
_MEETING_BEFORE = re.compile(r"\b(?:hội đàm|điện đàm|hội kiến|tiếp kiến|cuộc gặp|gặp gỡ|gặp|thảo luận|họp)$")


def drop_meeting_length(text: str) -> str:
    """For a line too long: how long a meeting lasted (`… Lee Jae Myung hội đàm | kéo dài 90 phút | tại Tokyo ngày
    15/1, …`), right after the meeting's word; the length stays under "numbers", and what the meeting came to after
    it is the news."""
    for found in _MEETING_LENGTH.finditer(text, 0, 400):
        if _MEETING_BEFORE.search(text, max(0, found.start() - 20), found.start()):
            return text[: found.start()] + text[found.end() :]
    return text


# `… Lee Jong-seok ngày 4/11 đã báo cáo | trước Ủy ban Tình báo của Quốc hội | rằng Triều Tiên …`: before whom something
# was said, between the verb of saying and what was said (not `trước đó`, `trước khi`: a time).
_AUDIENCE = re.compile(
    r"\b(?:báo cáo|phát biểu|tuyên bố|khẳng định|trình bày|cam kết|nói|cho biết|thông báo)"
    r"( trước (?!(?:đó|khi|hết|mắt|tiên|nay|kia)\b)[^,;.]{3,80}?)(?= rằng )"
)


def drop_audience(text: str) -> str:
    """For a line too long: before whom something was said (`báo cáo | trước Ủy ban Tình báo của Quốc hội | rằng …`), so
    what was said fits; the line had otherwise ended on the verb of saying, with nothing said."""
    found = _AUDIENCE.search(text, 0, 400)
    return text if found is None else text[: found.start(1)] + text[found.end(1) :]
