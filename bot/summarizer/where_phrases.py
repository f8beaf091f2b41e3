"""Where the event of a lead happened, as a phrase the `what` may drop to keep what the event came to.

`what.py` decides that an outcome (`…, nhất trí …`, `…, giúp … giành …`) outranks where it happened; this
module says which words are only where: a place (`tại …`), the meeting an event came on the sidelines of,
the match a goal came in, and the time after them that stays. A phrase a clause of its own or a predicate
follows is more than where, and is never dropped.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import MIN_WHAT_WORDS, clause_comma, words
from bot.summarizer.fitting import HAPPENING_END

PLACE_PHRASE = re.compile(r" (?:tại|ở|trên) (?!\d)")  # where it happened: it is under "where"
# The match a goal or a win came in (`ghi 2 bàn | trong trận bán kết …`): where, when no place is said.
_MATCH_PHRASE = re.compile(r" trong (?:trận|trận đấu|cuộc đọ sức) ")
# … or the meeting it came on the sidelines of, with its place (`| bên lề Hội nghị thượng đỉnh G7 tại Canada |`).
_SIDELINES = re.compile(r" bên lề ")
# Tried in this order: the place alone, then the meeting with its place, then the match.
WHERE_PHRASES = (PLACE_PHRASE, _SIDELINES, _MATCH_PHRASE)
# Where a place phrase ends before the outcome: at the time it happened (`… ở thủ đô Tokyo | chiều ngày 14/11`).
TIME_AFTER_PLACE = re.compile(r" (?=(?:vào |hồi |lúc |từ )?(?:(?:rạng )?(?:sáng|chiều|tối|trưa|đêm) )?(?:ngày|hôm) )")
_HERE = re.compile(r"\b(?:tại|ở|nơi) (?:đây|đó)\b")
# What only a predicate holds, never a phrase of place: an aspect word before its verb, or a share.
_PREDICATE = re.compile(r" (?:đã|sẽ|đang|vừa) |%")
# After a comma, more of the same place: a name, or the unit it belongs to (`Geneva, Thụy Sĩ`, `…, bang Arizona`).
_PLACE_GOES_ON = re.compile(r", (?:[A-ZĐ]|(?:tỉnh|thành phố|huyện|quận|xã|phường|thị trấn|thủ đô|bang|miền|vùng) )")


def _clause_after(text: str, start: int, end: int) -> bool:
    """A clause of its own starts in text[start:end]: a clause comma not followed by more of a place
    (`ở thành phố Geneva, Thụy Sĩ`, `thành phố Phoenix, bang Arizona`)."""
    comma = clause_comma(text, start, end - start)
    while comma >= 0:
        if not _PLACE_GOES_ON.match(text, comma):
            return True
        comma = clause_comma(text, comma + 1, end - comma - 1)
    return False


def without_where(text: str, outcome: re.Match[str], phrase: re.Pattern[str]) -> list[tuple[str, int]]:
    """The lines without where the outcome's event happened, each with where its outcome starts: without the
    phrase (up to the time after it, which stays), then, too long with its time, without the time too and
    `diễn ra` with it. No line when the phrase is not only where."""
    place = phrase.search(text, 0, outcome.start())
    if (
        place is None
        or words(text[: place.start()]) < MIN_WHAT_WORDS
        or _HERE.search(text, outcome.start())  # not the place `… biểu diễn tại đây` refers to
        # nor a place a clause follows (`… tại các bệnh viện …, chấm dứt cuộc đình công … nhằm phản đối …`):
        # that clause would go with it, and the outcome would hang on the wrong verb
        or _clause_after(text, place.end(), outcome.start())
        # nor a `tại` the verb and its figure follow (`… tại thành phố Incheon … đã tăng 0,21%, đánh dấu …`)
        or _PREDICATE.search(text, place.end(), outcome.start())
    ):
        return []
    time = TIME_AFTER_PLACE.search(text, place.end(), outcome.start())
    end = time.start() if time is not None else outcome.start()
    lines = [(text[: place.start()] + text[end:], outcome.start() - (end - place.start()))]
    if time is not None:
        head = HAPPENING_END.sub("", text[: place.start()])
        lines.append((head + text[outcome.start() :], len(head)))
    return lines
