"""Where the event of a lead happened, as a phrase the `what` may drop to keep what the event came to.

`what.py` decides that an outcome (`…, nhất trí …`, `…, giúp … giành …`) outranks where it happened; this module says
which words are only where: a place (`tại …`), the meeting an event came on the sidelines of, the match a goal came in,
where an amount came from (`từ 1,8 triệu khán giả tại 33 buổi diễn`), and the time after them that stays. A phrase a
clause of its own or a predicate follows is more than where, and is never dropped; a place inside the subject (`Hội
người Hàn Quốc | tại Việt Nam | tổ chức …`) is passed over, but where an event the subject took part in was held may
go from a line too long (`drop_where_held_in_subject`). When the event happened outranks where, too
(`date_fit.fit_keeping_date`), and so does what was said (`drop_where_said`); where a named event was held goes from a
line too long (`drop_where_held`), a line with no clean cut may end before where its event happened (`end_before_where`)
or lose it before its date (`date_fit.drop_where_before_date`), and `toll.py` asks `only_where` and
`second_predicate_before` what may go before a toll.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import clause_comma, words
from bot.summarizer.fitting import HAPPENING_END, MAX_WHAT_WORDS, PREFERRED_CUT
from bot.summarizer.lexicon import CAPITALS, MISHAPS, TOLLS
from bot.summarizer.line_ends import ends_cleanly

# The words before a phrase of place that make a line: at least a subject and its verb.
SUBJECT_AND_VERB_WORDS = 4

# Where it happened: it is under "where". `ở` as a verb (`đang ở thăm …`, staying) is no preposition, and `ở phút
# 87`, `ở tuổi 40`, `ở mức 2,5%`, `ở vị trí thứ 3` say when, how old, how much or what rank, not where; nor is the
# `trên` of `như trên`, `nói trên`, `kể trên` ("above": what was just said), nor the whole a count is taken over
# (`554.000 thí sinh | trên toàn quốc | tham dự …`: nationwide, which describes the subject, not where its act was).
PLACE_PHRASE = re.compile(
    r"(?<! đang)(?<! vẫn)(?<! như)(?<! nói)(?<! kể)(?<! nêu) (?:tại|ở|trên) (?!\d|thăm |(?:phút|tuổi|mức|vị trí|hạng) )"
    r"(?!(?<=trên )(?:toàn|cả) (?:quốc|nước|thế giới|cầu)\b)"
)
# The match a goal or a win came in (`ghi 2 bàn | trong trận bán kết …`): where, when no place is said.
MATCH_PHRASE = re.compile(r" trong (?:trận|trận đấu|cuộc đọ sức) ")
# … or the meeting it came on the sidelines of, with its place (`| bên lề Hội nghị thượng đỉnh G7 tại Canada |`).
_SIDELINES = re.compile(r" bên lề ")
# … or, after the amount the clause states, where it came from (`thu về 330 triệu USD | từ 1,8 triệu khán giả tại
# 33 buổi diễn |, trở thành …`); not the start of a change (`tăng | từ 5% lên 7%`).
_COUNTED_FROM = re.compile(
    r"(?<!tăng)(?<!giảm)(?<!hạ)(?<!nâng)(?<!lên)(?<!xuống) (?:từ|tại|với) (?=\d)"
    r"(?!\d[\d.,]* (?:[^\s,.;]+ ){1,2}trở lên\b)"  # (not a threshold: `khách … | từ 3 người trở lên | … nhập cảnh`)
)
# Tried in this order: the place alone, then the meeting with its place, then the match, then the counts.
WHERE_PHRASES = (PLACE_PHRASE, _SIDELINES, MATCH_PHRASE, _COUNTED_FROM)
# Where a place phrase ends before the outcome: at the time it happened (`… ở thủ đô Tokyo | chiều ngày 14/11`);
# not at a day that names a holiday (`tại lễ kỷ niệm 80 năm | ngày Giải phóng …`) or at `ngày càng` (ever more).
TIME_AFTER_PLACE = re.compile(
    r" (?=(?:vào |hồi |lúc |từ )?(?:(?:rạng )?(?:sáng|chiều|tối|trưa|đêm) )?(?:ngày|hôm) "
    rf"(?!càng\b)(?!(?!Chủ nhật|Thứ )[{CAPITALS}]))"
)
# `… biểu diễn tại đây`, `… thăm thành phố này`: the outcome points back to the place
# or to the contest it happened at (`… đoạt giải nhất … của cuộc thi danh giá này`)
_HERE = re.compile(
    r"\b(?:(?:tại|ở|nơi) (?:đây|đó)|(?:thành phố|tỉnh|nước|quốc gia|khu vực|địa phương|sân vận động|nhà hát"
    r"|địa điểm|sân đấu|nhà thi đấu|nơi) này"
    r"|(?:cuộc thi|liên hoan(?: phim)?|giải đấu|sự kiện)(?: (?:danh giá|uy tín|lớn))? này)\b"
)
# What only a predicate holds, never a phrase of place: an aspect word before its verb, a passive, a share, or
# what was said (`tuyên bố trên mạng xã hội | rằng Mỹ đạt được thỏa thuận …`).
# … or what the event did (`… thành phố Ulsan | khiến 31 người thiệt mạng …`), whose `đã` the filler took
PREDICATE = re.compile(  # `… | bị sập`: a passive; `… tỉnh Gyeonggi | tử vong do …`: a toll, a cause, a time
    rf" (?:đã|sẽ|đang|vừa|rằng|khiến|gây ra|{TOLLS}|(?<![Tt]ự )do|vì|(?:sau|trước) khi|phối hợp|là) |(?<!thiết) bị |%"
)  # … or a partner an organiser worked with (`… tại Hàn Quốc | phối hợp với Hội … tổ chức`), or what the object was
# made (`công nhận Tranh khắc đá … ở thành phố Ulsan | là Di sản Thế giới`)
# How many of a place's last words may be lower case after its name's capital (`Phủ Tổng | thống`).
_NAME_TAIL = 3
# … or the place it lies near or in (`cầu Seohae …, | gần thành phố Pyeongtaek`), or the stretch of a road through one
# (`đường cao tốc Seohaean, | đoạn qua thành phố Pyeongtaek`).
_NEAR_PLACE = re.compile(
    rf", (?:gần|thuộc|đoạn (?:đi |chạy )?qua) (?:(?:thành phố|tỉnh|huyện|quận|thủ đô|khu vực|bang|đảo) )?[{CAPITALS}]"
)
# After a comma, the unit a place belongs to (`…, bang Arizona`); a capital there (`Geneva, Thụy Sĩ`) goes on too.
_PLACE_UNIT = re.compile(r", (?:tỉnh|thành phố|huyện|quận|xã|phường|thị trấn|thủ đô|bang|miền|vùng|đảo) ")


def clause_after(text: str, start: int, end: int) -> bool:
    """A clause of its own starts in text[start:end]: a clause comma not followed by more of a place
    (`ở thành phố Geneva, Thụy Sĩ`, `thành phố Phoenix, bang Arizona`)."""
    comma = clause_comma(text, start, end - start)
    while comma >= 0:
        more_of_it = _PLACE_UNIT.match(text, comma) or _NEAR_PLACE.match(text, comma)  # `, gần thành phố Pyeongtaek`
        if not (text[comma + 2 : comma + 3].isupper() or more_of_it):  # `, Ấn Độ`
            return True
        comma = clause_comma(text, comma + 1, end - comma - 1)
    return False


# A mishap the outcome's event came in, whose verb of happening its place completed (`tìm thấy thi thể … trong vụ sạt lở
# đất xảy ra | tại huyện Sancheong`): without the place, the verb goes too (not a lead's own `Một vụ cháy đã xảy ra`).
_MISHAP_HAPPENED = re.compile(r"( (?:trong|sau|từ|do) (?:vụ|trận|cơn) [^,.;]{1,40}?) xảy ra$")


def without_where(text: str, outcome: re.Match[str], phrase: re.Pattern[str]) -> list[tuple[str, int]]:
    """The lines without where the outcome's event happened, each with where its outcome starts: without the
    phrase (up to the time after it, which stays), then, too long with its time, without the time too and
    `diễn ra` with it. A line is left out when what it drops is more than where: a clause of its own (`… tại
    các bệnh viện …, chấm dứt cuộc đình công … nhằm phản đối …`, where the outcome would hang on the wrong
    verb) or a predicate (`… tại thành phố Incheon … đã tăng 0,21%, đánh dấu …`). A place inside the subject
    (`Hội người Hàn Quốc | tại Việt Nam | tổ chức Lễ hội … tại Công viên …`) is passed over for the next one. An
    occasion (`tại phiên toàn thể của Hội nghị … | tại thành phố Belem`) is more than where: the lines that keep it
    and lose only its own place come first, then those without it."""
    place = event_place(text, outcome.start()) if phrase is PLACE_PHRASE else phrase.search(text, 0, outcome.start())
    if (
        place is None
        or words(text[: place.start()]) < SUBJECT_AND_VERB_WORDS  # `Vụ cháy rừng bùng phát | tại …`
        or (phrase is _COUNTED_FROM and not re.search(r"\d", text[: place.start()]))  # no amount it came to
        or _HERE.search(text, outcome.start())  # not the place `… biểu diễn tại đây` refers to
    ):
        return []
    occasion = phrase is PLACE_PHRASE and _OCCASION_AT.match(text, place.end()) is not None
    own_place = PLACE_PHRASE.search(text, place.end(), outcome.start()) if occasion else None
    kept = _lines_without(text, outcome, phrase, own_place) if own_place is not None else []
    return kept + _lines_without(text, outcome, phrase, place)


def _lines_without(
    text: str, outcome: re.Match[str], phrase: re.Pattern[str], place: re.Match[str]
) -> list[tuple[str, int]]:
    """`without_where`'s lines for one `place` phrase."""
    time = TIME_AFTER_PLACE.search(text, place.end(), outcome.start())
    head = _MISHAP_HAPPENED.sub(r"\1", text[: place.start()])  # `trong vụ sạt lở đất | xảy ra |`: its place goes
    # (with no time after the place, `diễn ra` goes with it: `… Giải vô địch … | diễn ra tại Đài Bắc …|, giành …`)
    head = head if time is not None else HAPPENING_END.sub("", head)
    cuts = [(head, time.start() if time is not None else outcome.start())]
    if time is not None:  # too long with its time, the time goes too, and `diễn ra` with its place
        cuts.append((HAPPENING_END.sub("", text[: place.start()]), outcome.start()))
    return [
        (head + text[end:], len(head) + outcome.start() - end)
        for head, end in cuts
        if only_where(text, place.end(), end) or (phrase is MATCH_PHRASE and _only_a_match(text, place.end(), end))
    ]


# What the words between the date and a toll may not open: a cause or a clause of time, which the toll follows
# from or happened in.
_CAUSE_OR_TIME = re.compile(r" (?:do|vì|bởi|sau khi|khi)\b")


def second_predicate_before(text: str, places: list[int], toll: int) -> str | None:
    """`Vụ cháy rừng bùng phát tại huyện Uiseong, … từ ngày 22/3 | đã lan rộng sang … Cheongsong |, khiến 4
    người thiệt mạng`: when dropping the lead's one place phrase (it starts at each of `places`) up to its toll
    would leave no place at all, a line that keeps where and when the event happened and drops what it went on
    to do instead; None when there are more places, no date follows the place, or a cause follows the date."""
    if len(places) != 1:
        return None
    date = EVENT_DATE.search(text, places[0], toll)  # the time after the place ends with its date
    if date is None or _CAUSE_OR_TIME.match(text, date.end()) or "," in text[date.end() : toll]:
        return None
    if not text[date.end() : toll].strip():
        return None  # nothing between the date and the toll: the place phrase is all there is to drop
    return text[: date.end()] + text[toll:]


def more_than_where(text: str, start: int, end: int) -> bool:
    """text[start:end], after a phrase's preposition, runs on past where: a clause of its own or a predicate."""
    return clause_after(text, start, end) or PREDICATE.search(text, start, end) is not None


def only_where(text: str, start: int, end: int) -> bool:
    """text[start:end], after a phrase's preposition, is only where: no clause of its own, no predicate, and
    it ends on a name before any time after it (`… tỉnh Gyeonggi tử vong vì sốt rét | ngày 2/8` has run on into
    the event, whose `đã` the filler took)."""
    time = TIME_AFTER_PLACE.search(text, start, end)  # the place ends on its name before the time after it
    return (
        not more_than_where(text, start, end)
        and not MISHAPS.search(text, start, end)  # `… tỉnh Gangwon | lao xuống vực …`, its `đã` gone with the filler
        and _ends_on_name(text[start : time.start() if time is not None else end])
    )


# Lower-case words that may stand between two names of one place (`Phủ Thủ tướng | ở thủ đô | Tokyo`).
_PLACE_LINKS = (
    frozenset({"ở", "tại", "thuộc", "của", "và", "trên", "gần", "phía", "khu", "vực", "thành", "phố", "tỉnh", "huyện"})
    | frozenset({"quận", "thủ", "đô", "bang", "miền", "vùng", "xã", "phường", "thị", "trấn", "đảo", "nước", "quốc"})
    | frozenset({"gia", "làng", "công", "viên", "trụ", "sở", "nhà", "hàng", "khách", "sạn", "trung", "tâm", "sân"})
    | frozenset({"vận", "động", "cảng", "bay"})
)


_TAKING_PLACE = re.compile(r" (?:diễn ra|được tổ chức|được tiến hành)(?!\w)")  # `World Cup 2022 | diễn ra | tại …`
_BEARING = re.compile(r" về (?:phía )?(?:đông|tây|nam|bắc)(?: (?:nam|bắc))?$")  # `… 30 km | về phía đông`


def event_place(text: str, end: int) -> re.Match[str] | None:
    """The first place phrase before `end` that may be where the event happened: one inside the subject, with
    the subject's verb after it (`_verb_after_place`), or the one a record holds in, is passed over for the next."""
    place = PLACE_PHRASE.search(text, 0, end)
    if place is not None and (_verb_after_place(text, place, end) or _RECORD_SCOPE.search(text, 0, place.start())):
        place = PLACE_PHRASE.search(text, place.end(), end)
    return place


# `… buổi biểu diễn đầu tiên | tại Việt Nam`, `cửa hàng … thứ 8 | tại Hàn Quốc`: the place right after a record or
# an ordinal is where it holds, not where the event happened; without it the line would claim more.
_RECORD_SCOPE = re.compile(r"\b(?:đầu tiên|nhất|kỷ lục|thứ (?:\d[\d.]*|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))$")


def _verb_after_place(text: str, place: re.Match[str], end: int) -> bool:
    """The place phrase from `place` to `end`, up to any time after it, holds a verb (`_verb_between_names`)."""
    time = TIME_AFTER_PLACE.search(text, place.end(), end)
    return _verb_between_names(text[place.end() : time.start() if time is not None else end])


_NAME_RUN_WORDS = 8  # lower-case words a name may hold after its first one (`Giải | vô địch bóng bàn châu | Á`)


def _verb_between_names(span: str) -> bool:
    """Two lower-case words or more that no place holds between a name of two capitalised words or more and
    another name (`tại Việt Nam | tổ chức | Lễ hội …`: the subject's own place, then its verb and object, whose
    `đã` the filler took); after one capitalised word up to _NAME_RUN_WORDS go on the name (`Thế vận hội Paris`, `Nhà
    thi đấu Jamsil`), more are the verb's (`tại Seoul | tham dự kỳ thi chọn học sinh giỏi … (KMO)`), and one may be a
    name's own (`Bộ Ngoại | giao | Mỹ`)."""
    run: list[str] = []
    capitals = 0  # capitalised words in a row before the run
    for word in _TAKING_PLACE.sub("", span).split():
        if word[:1].isupper() or word[:2].isupper() or word[:1].isdigit():  # `(APEC)`, `2022` are the name's too
            unplaced = sum(w.strip(",") not in _PLACE_LINKS for w in run)
            # (… and after one, a run too long to be a name's own: `tại Seoul | tham dự kỳ thi chọn học sinh giỏi …`)
            if unplaced >= (2 if capitals >= 2 else _NAME_RUN_WORDS + 1) and capitals:
                return True
            capitals = 1 if run else capitals + 1
            run = []
        elif capitals:
            run.append(word)
    return False


# A match named by its round (`trong trận | bán kết lượt về |`, `| chung kết |`) is no name, yet only where.
_MATCH_ROUND = re.compile(r"(?:đấu )?(?:bán kết|chung kết|tứ kết|vòng \d+|mở màn|ra quân)(?: lượt (?:đi|về))?")


def _only_a_match(text: str, start: int, end: int) -> bool:
    """text[start:end], after `trong trận`, is only the match's round, up to the time after it."""
    time = TIME_AFTER_PLACE.search(text, start, end)
    return _MATCH_ROUND.fullmatch(text[start : time.start() if time is not None else end].strip(" ,")) is not None


def _ends_on_name(span: str) -> bool:
    """A place that may go ends on its name, which may end in a syllable or two of lower case (`tại Phủ Tổng
    thống`, `tại cuộc họp Nội các`, `ở thủ đô Tokyo`, `tại Sân vận động 974`); one whose last words are all lower
    case has run on into the event (`tại các bệnh viện … quay trở lại làm việc`), where no `đã` is left to
    say so. A distance and a bearing from a name end it too (`cách cảng Pohang khoảng 30 km về phía đông`)."""
    tail = HAPPENING_END.sub("", _BEARING.sub("", span.rstrip(" ,"))).split()[-_NAME_TAIL:]  # `… Sevilla | diễn ra`
    return any(w[:1].isupper() or w[:1].isdigit() or w.endswith(")") for w in tail)


# The date of the lead's event, with the part of the day it names (`tối ngày 10/6`).
EVENT_DATE = re.compile(r"(?:(?:rạng )?(?:sáng|chiều|tối|trưa|đêm) )?(?:ngày|hôm) \d{1,2}/\d{1,2}\b")
# An event the line's news came at (`tại | Giải vô địch taekwondo châu Á …`) is more than where: it says what the
# medals or the speech were for, which a date does not outrank.
EVENT_NAME = re.compile(
    r"(?:[Gg]iải|[Hh]ội nghị|[Đđ]ại hội|Thế vận hội|Olympic|ASIAD|World Cup|[Ll]ễ|[Ll]iên hoan|[Tt]riển lãm|Cúp)\b"
)  # (`tại lễ trao giải Emmy …`: an event in lower case is the occasion all the same)
# … or a sitting, a forum or an event a phrase of place names (`tại phiên thảo luận chung …`, `tại sự kiện …`)
_OCCASION_AT = re.compile(rf"{EVENT_NAME.pattern}|(?:phiên|kỳ họp|hội thảo|diễn đàn|sự kiện)\b")


# Where something was said, between the verb of saying and `rằng` (`cho biết | tại phiên điều trần của Ủy ban
# Tình báo Quốc hội | ngày 4/11 rằng …`): its date and what was said stay.
_WHERE_SAID = re.compile(
    r"( (?:cho biết|nói|khẳng định|tuyên bố|nhấn mạnh|phát biểu)) (?:tại|trong) [^,.;]{3,120}?"
    r"(?= (?:(?:sáng|chiều|tối) )?(?:ngày \d{1,2}/\d{1,2} )?rằng )"
)


def drop_where_said(text: str) -> str:
    """`Giám đốc NIS Lee Jong-seok cho biết tại phiên điều trần … ngày 4/11 rằng Bắc Triều Tiên …` → `… cho biết
    ngày 4/11 rằng Bắc Triều Tiên …`: from a line too long, where it was said goes before what was said, which
    a cut would lose (leaving `… cho biết tại phiên điều trần.`, which says nothing)."""
    return _WHERE_SAID.sub(r"\1", text, count=1)


# `… tại sự kiện Galaxy Unpacked | tổ chức ở thành phố New York, Mỹ`: where an event named just before was
# held, up to the clause's end or the time after it; the event is itself where the news came (`tại …`).
_WHERE_HELD = re.compile(  # … or the first day it ran from (`| từ ngày 10 đến 20/7`)
    r"(?<=[\w)]) (?:được )?(?:tổ chức|diễn ra) (?:tại|ở) [^,.;]{1,80}?(?:, [^,.;]{1,40}?)?"
    r"(?=[,.;](?:\s|$)|$| (?:vào |hồi |lúc |từ )?(?:(?:rạng )?(?:sáng|chiều|tối|trưa|đêm) )?(?:ngày |hôm |\d{1,2}/\d))"
)  # … never at a decimal comma (`44|,75 giây`); a date may come without `ngày` (`vào 9/3`)
_AT_AN_EVENT = re.compile(r" (?:tại|trong) [^,.;]{1,80}$")
_LARGER_PLACE = re.compile(rf", [{CAPITALS}]")  # `tại Calgary | , Canada`: half a place never goes alone
# A subject that is itself an event (`Lễ tưởng niệm … | tại khu phố Itaewon | được tổ chức tại …`): the phrase of place
# inside it names no event, and `được tổ chức` is the line's own verb.
_EVENT_SUBJECT = re.compile(rf"(?:{_OCCASION_AT.pattern}|Buổi|Cuộc)")


def drop_where_held(text: str) -> str:
    """`… ra mắt … tại sự kiện Galaxy Unpacked tổ chức ở thành phố New York, Mỹ` → `… tại sự kiện Galaxy
    Unpacked`: where an event was held goes (`where` lists it) when the event is named just before, after
    `tại` or `trong`; the event stays, since it says what the news came at. Not an event that is the subject
    (`Lễ trao giải … lần thứ 46 | diễn ra tại …`, `Lễ tưởng niệm … tại khu phố Itaewon | được tổ chức tại …`:
    the verb is the subject's), nor a place that does not end on a name (`… ở Ấn Độ kết thúc`) or that a clause
    of its own follows."""
    found = _WHERE_HELD.search(text)
    if found is None:
        return text
    before = text[: found.start()]
    at = _AT_AN_EVENT.search(before)
    # … a name that may end in lower case when it opens with a capital (`tại Giải vô địch bơi lội thế giới`) or
    # holds one (`tại lễ kỷ niệm 80 năm ngày Giải phóng đất nước`)
    titled = at is not None and any(word[:1].isupper() for word in at.group(0).split()[1:])
    named = titled or before[-1:].isdigit() or before.endswith(")") or before.rsplit(" ", 1)[-1][:1].isupper()
    last = found.group(0).rsplit(" ", 1)[-1]
    if not (named and at) or not (last[:1].isupper() or last[:1].isdigit()):
        return text
    if _EVENT_SUBJECT.match(text) and "," not in before[: at.start()]:  # the subject's own place, then its verb
        return text
    if _HERE.search(found.group(0)) or clause_after(text, found.start(), found.end()):
        return text
    if _LARGER_PLACE.match(text, found.end()):
        return text
    if _ORGANISER.search(before):  # `… do Đại học Kyung Hee | tổ chức | tại Seoul`: the verb is the organiser's
        where = re.search(r" (?:tại|ở) ", found.group(0))
        return before + found.group(0)[: where.start()] + text[found.end() :] if where else text
    return before + text[found.end() :]


# Who organised the event, named right before where it was held: `tổ chức` is their verb and stays (`do Đại sứ quán …
# phối hợp với Hội … | tổ chức`; not `tự do`, freestyle).
_ORGANISER = re.compile(r"(?<!\btự) do (?:[^,.;\s]+ ){0,19}[^,.;\s]+$")


# Where a line with no clean cut may end: before the last `tại` of a place it ends on.
_LAST_PLACE = re.compile(r" tại (?!\d)(?!.* tại )")


def end_before_where(text: str) -> str:
    """A line too long with no clean cut (`fit` keeps it whole up to MAX_WHOLE_WORDS) ends before where its
    event happened when only that follows (`… làm nơi đăng cai ASIAD năm 2038 | tại kỳ họp toàn thể lần thứ 45
    tổ chức ở Kuwait`): a place phrase with no clause nor predicate of its own, ending on a name, after at
    least PREFERRED_CUT words that end on a name (`… ASIAD) năm 2038`, `… Galaxy Unpacked`). `where` lists the
    place. Not after a verb whose own place it is (`công dân Việt Nam sống | tại Hà Nội`), nor before `ở`."""
    if words(text) <= MAX_WHAT_WORDS:
        return text
    place = _LAST_PLACE.search(text)
    if place is None or not only_where(text, place.end(), len(text)):
        return text
    head = HAPPENING_END.sub("", text[: place.start()].rstrip(" ,"))
    fits = PREFERRED_CUT <= words(head) <= MAX_WHAT_WORDS and ends_cleanly(head)
    return head if fits and _ends_on_name(head.rsplit(" ", 1)[-1]) else text


# … not a phrase of time, purpose or company after the place (`… tham gia hội chợ tổ chức tại Hà Nội | ngày 3/4`)
_NOT_A_PREDICATE = (
    r"(?:ngày|hôm|vào|hồi|lúc|từ|đến|tới|sáng|chiều|tối|trưa|đêm|rạng|trong|tháng|năm|tuần|và|với|cùng|nhằm|để|của"
    r"|cho|do|theo|sau|trước|khi|qua|này|nước|vừa|mới)"
)
_NAME_WORDS = rf"[{CAPITALS}][\w-]*(?: [{CAPITALS}][\w-]*)*"
# A subject that took part in an event, then where the event was held and the subject's own predicate (`Đội tuyển
# Việt Nam tham dự kỳ thi IMO lần thứ 66 | tổ chức tại Sunshine Coast, Australia | đã giành được …`).
_HELD_IN_SUBJECT = re.compile(
    r"[^,.;]{1,160}? (?:tham dự|tham gia) [^,.;]{1,100}?"
    rf"(?P<held> (?:được )?(?:tổ chức|diễn ra) (?:tại|ở) (?:(?:thành phố|thủ đô|bang|tỉnh) )?{_NAME_WORDS}"
    rf"(?:, {_NAME_WORDS})?)(?= (?:đã |sẽ )?(?!{_NOT_A_PREDICATE}\b)[a-zà-ỹđ])"
)


def drop_where_held_in_subject(text: str) -> str:
    """`Đội tuyển Việt Nam tham dự kỳ thi … lần thứ 66 tổ chức tại Sunshine Coast, Australia đã giành được …` →
    `Đội tuyển Việt Nam tham dự kỳ thi … lần thứ 66 đã giành được …`: where the event the subject took part in was
    held goes (`where` lists it), so that a line too long, cut inside the subject, still reaches its predicate."""
    found = _HELD_IN_SUBJECT.match(text)
    return text if found is None else text[: found.start("held")] + text[found.end("held") :]
