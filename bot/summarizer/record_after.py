"""A record or a streak the lead's event set, and the one a follow-up sentence states (`Đây là tỷ giá cao nhất
trong vòng 12 năm …`), which an editor puts in the one line as its last clause.

Kept apart from `what.py`, which decides what outranks what in the lead itself: this module says what a
record is, how far back it reaches when that is "ever", and how the next sentence's record joins the line.
"""

from __future__ import annotations

import re

from bot.summarizer.asides import drop_parentheticals
from bot.summarizer.clauses import MAX_LEAD_CHARS, MIN_WHAT_WORDS, clause_comma, figures_in, words
from bot.summarizer.cut_points import CLAUSE_OPENERS, last_clause_comma
from bot.summarizer.descriptions import drop_age_apposition
from bot.summarizer.fitting import MAX_WHAT_WORDS, OVERFLOW_WORDS
from bot.summarizer.lexicon import CAPITALS, SUPERLATIVES, USUAL_BASELINE, lexicon, match_at
from bot.summarizer.line_ends import ends_cleanly
from bot.summarizer.object_titles import drop_object_title

# The usual baseline a reader assumes (`so với cùng kỳ năm ngoái`), which gives way to a record: it ends where its
# clause does, or before what comes next (`… tuần trước | và …`); never inside a longer phrase (`so với năm
# trước | của …` would leave `của …` behind), nor before a second change with a baseline of its own (`tăng gần gấp
# đôi so với cùng kỳ năm ngoái | và tăng gấp 3 lần so với mức trung bình …`, `… | và cao hơn 18,2% so với …` would set
# both against the second).
USUAL_BASELINE_PHRASE = re.compile(
    rf" {USUAL_BASELINE}(?=[,.;]|$| (?:và(?!(?:[^,.;]|(?<=\d)[.,](?=\d))* so với )|nhưng|khi|lên|xuống|đạt|ở mức)\b)"
)
# A record (`cao nhất`, `lần đầu tiên`) or a streak (`4 tháng liên tiếp`, `thứ hai liên tiếp`).
_STREAK = r"(?:\d+ (?:ngày|tuần|tháng|quý|năm|lần|phiên)|thứ (?:\d+|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)) liên tiếp"
# `album đầu tiên của cả nhóm | sau gần 4 năm`: a first counted from a length of time is a record too; the length
# of time (FIRST_REACH) says how far back it reaches. So is one counted from when its subject took office
# (`chuyến công du nước ngoài đầu tiên của bà | kể từ khi nhậm chức`).
FIRST_REACH = re.compile(
    r"(?: [^\s,.;]+){0,5}? (?:sau (?:gần |hơn |khoảng )?(?:\d+|một|hai|ba) (?:năm|tháng|tuần)"
    r"(?: rưỡi| \d+ (?:tháng|tuần|ngày))?"  # `sau 3 năm 2 tháng`: a length read whole, never cut at its first unit
    r"|kể từ khi (?:nhậm chức|lên nắm quyền|cầm quyền|đắc cử|lên ngôi))\b"
)
_FIRST_AFTER = rf"đầu tiên(?={FIRST_REACH.pattern})"
RECORD = re.compile(rf"\b(?:{SUPERLATIVES}|lần đầu tiên|{_FIRST_AFTER}|{_STREAK})\b")
FIRST = re.compile(r"\bđầu tiên\b")  # `nữ tướng đầu tiên giữ chức vụ này`: the first to be something, however far back
# … and the only one (`nhà hàng duy nhất | tại Hàn Quốc đạt danh hiệu này`): where and of what it holds is the claim.
FIRST_OR_ONLY = re.compile(r"\b(?:đầu tiên|duy nhất)\b")
# How far back a record reaches, when that is "ever": only then may it go without changing the claim
# (`cao nhất kể từ năm 2009` is not `cao nhất`). Whoever began the records may be named in full (`kể từ khi Cơ quan
# Khí tượng Hàn Quốc bắt đầu quan trắc`).
SINCE_EVER = re.compile(
    r" (?:kể từ (?:sau )?khi (?:[^\s,.;]+ ){0,8}?(?:(?:bắt đầu|chính thức) (?:[^\s,.;]+ ){0,2}?"
    r"(?:ghi nhận|quan trắc|thống kê|theo dõi|tổng hợp|đo|lưu trữ)|có số liệu|ghi nhận số liệu"
    r"|(?:được )?(?:ra đời|thành lập|ra mắt|mở cửa|khánh thành))|"  # `kể từ khi chỉ số này ra đời năm 1980`, `… mở cửa`
    r"từ trước (?:đến|tới) nay|trong lịch sử)\b"
)
# What follows `trong lịch sử` when it names a domain (`trong lịch sử ngành …`, `… của ngành …`), or runs on to whose
# history it is (`trong lịch sử xuất khẩu vũ khí | của công ty`): dropping `trong lịch sử …` would widen the claim to
# "ever, anywhere".
HISTORY_OF = re.compile(
    rf" (?:(?:của )?(?:ngành|giải|giải đấu|câu lạc bộ|đội|công ty|hãng|tập đoàn|thị trường|các|những|cuộc|kỳ)\b"
    rf"|[{CAPITALS}]|[^,.;]{{1,60}}? của\b)"
)  # `trong lịch sử Hàn Quốc`, `trong lịch sử các cuộc bầu chọn …` name a domain too
_RECORD_AFTER = re.compile(
    rf"Đây là (?P<record>(?:\S+ ){{0,6}}?(?:{SUPERLATIVES}|lần đầu tiên|thứ \S+ liên tiếp)\b"
    rf"|(?:\S+ ){{1,8}}?đầu tiên\b)"  # `Đây là | ca tử vong do sốt xuất huyết đầu tiên …`: a first named by what it is
)
# `Han Kang là | người Hàn Quốc đầu tiên …`, `Bà Takaichi trở thành | nữ Thủ tướng đầu tiên …`: someone named, then
# the record they set (a first, too, when it says who was first).
_NAMED_RECORD_AFTER = re.compile(
    rf"(?:(?:Ông|Bà|Anh|Chị|Cô|Nhóm|Đội) )?(?P<name>[{CAPITALS}][\w-]*(?: [{CAPITALS}][\w-]*){{0,3}}) "
    rf"(?:là|(?:đã )?trở thành) (?P<record>(?:\S+ ){{0,6}}?(?:{SUPERLATIVES}|đầu tiên)\b)"
)
# After the comma closing `lần đầu tiên …`, a clause says what was first, unless it only extends the time.
_EXTENDS_TIME = re.compile(r"(?:kể từ|tính từ|sau|trong|từ) ")
# A shorter record says only `lần đầu tiên,` before a clause of its own, not what was first.
_MIN_RECORD_WORDS = 5


def _record_in(sentence: str, line: str = "") -> str:
    """`Đây là tỷ giá cao nhất trong vòng 12 năm, kể từ …` → `tỷ giá cao nhất trong vòng 12 năm`: the record
    or streak a follow-up sentence states, to its first clause comma; empty when it states none. A sentence
    naming someone the line names says so too (`Han Kang là người Hàn Quốc đầu tiên …`, `Bà Takaichi trở thành
    nữ Thủ tướng đầu tiên …`)."""
    found = _RECORD_AFTER.match(sentence)
    if found is None:
        named = _NAMED_RECORD_AFTER.match(sentence)
        # … not a country the line names as a party (`Việt Nam là | nước nhận vốn … lớn nhất …` after a deal of two
        # governments): the record is that country's, not the event's
        place = named is not None and match_at(lexicon().places, named.group("name").split(), 0) > 0
        found = named if named is not None and named.group("name") in line and not place else None
    if found is None:
        return ""
    record = sentence[found.start("record") : found.start("record") + MAX_LEAD_CHARS].rstrip(" .")
    comma = clause_comma(record)
    # what the record is of, between it and the comma (`lần thứ 7 liên tiếp | nhóm đứng đầu bảng xếp hạng này,`)
    said = record[len(found.group("record")) : max(comma, 0)].strip()
    after = comma > 0 and not _EXTENDS_TIME.match(record, comma + 2)
    if after and "lần" in found.group("record") and (not said or _EXTENDS_TIME.match(f"{said} ")):
        return ""  # `Đây là lần đầu tiên kể từ năm 2009, BOK hạ lãi suất …`: what was first comes after
    record = drop_parentheticals(record[:comma] if comma > 0 else record)
    return record if words(record) >= _MIN_RECORD_WORDS else ""


def _cut_to(clause: str, budget: int) -> str:
    """The clause whole when it fits `budget` words, else cut before its latest clause opener or second
    record, or before how far back a record reaches when that is since records began (`quy mô hỗ trợ lớn nhất
    | từ trước đến nay`), that fits and ends cleanly, keeping at least _MIN_RECORD_WORDS words; empty when
    nothing does."""
    if words(clause) <= budget:
        return clause
    # never before `mà`: `số huy chương vàng nhiều nhất | mà Hàn Quốc giành được kể từ …` says what it is a record of
    openers = [m.start() for m in CLAUSE_OPENERS.finditer(clause) if not clause.startswith(" mà ", m.start())]
    second = [m.start() for m in _SECOND_RECORD.finditer(clause)]  # `dài nhất Hàn Quốc | và dài thứ 5 thế giới`
    # never before `trong lịch sử` that names a domain (`… bị bắt giữ | trong lịch sử Hàn Quốc`: not "ever, anywhere")
    ever = (m.start() for m in SINCE_EVER.finditer(clause) if not HISTORY_OF.match(clause, m.end()))
    cuts = sorted([*openers, *second, *ever], reverse=True)
    heads = (clause[:cut] for cut in cuts)
    return next((h for h in heads if _MIN_RECORD_WORDS <= words(h) <= budget and ends_cleanly(h)), "")


# A second record joined to the first (`… dài nhất Hàn Quốc | và dài thứ 5 thế giới`, `| và là … lớn nhất …`, `| và
# là phụ nữ châu Á đầu tiên …`).
_SECOND_RECORD = re.compile(rf" và (?:là )?(?:\S+ ){{0,4}}?(?:{SUPERLATIVES}|thứ \d+|đầu tiên)\b")


# `… là 7,1% |, tăng 0,8 điểm phần trăm so với cùng kỳ năm ngoái|, cao nhất kể từ …`: the change between a level
# and the level's record, which may go when nothing else lets the record fit (a record of the change itself, `mức
# tăng cao nhất`, never follows the bare `cao nhất`, so that keeps its change).
_CHANGE_BEFORE_LEVEL_RECORD = re.compile(
    rf"(?<=\d)(?P<unit>%|(?: [^\s\d,;.]+){{1,2}})?(?P<change>, (?:tăng|giảm) (?:[^,;.]|(?<=\d)[,.](?=\d)){{1,80}}?)"
    # (… or before what the level comes to, whose record it is: `…, tăng 8,3% …, | tương đương 29,1 người trên 100.000
    # dân, cao nhất …`)
    rf"(?=(?:, tương đương (?:[^,;.]|(?<=\d)[,.](?=\d)){{1,60}})?, (?:mức |ở mức )?(?:{SUPERLATIVES})\b)"
)


def without_change_before_record(text: str) -> str:
    """`… là 7,1%, tăng 0,8 điểm phần trăm, cao nhất …` → `… là 7,1%, cao nhất …`: the level's record outranks how
    much the level moved; the text unchanged when there is no such change."""
    match = _CHANGE_BEFORE_LEVEL_RECORD.search(text)
    return text if match is None else text[: match.start("change")] + text[match.end("change") :]


# A record of a level (`mức nhiệt thấp nhất …`, `tỷ giá cao nhất …`) is of the figure the line states; a date is none.
_LEVEL = re.compile(r"(?:mức|con số|tỷ lệ|tỷ giá|giá|nhiệt độ|lượng)\b")
_DATES = re.compile(r"\b(?:(?:năm|tháng|quý|ngày) )?\d{1,2}/\d{1,2}(?:/\d{4})?|\b(?:năm|tháng|quý|ngày) \d+")

# What followed a record, or what it came from (`…, mức cao nhất từ trước đến nay |, nhờ nhu cầu … tăng mạnh …`)
CONSEQUENCE = re.compile(r", (?:gây|gây ra|dẫn đến|kéo theo|nhờ|do) ")


# … up to the date after it, which stays (`… họp Ủy ban … | tại Washington | ngày 14/11`)
_TRAILING_WHERE = re.compile(
    r"(?: diễn ra| được tổ chức)? (?:tại|ở) [^,;]{1,80}?"
    r"(?=(?: (?:vào )?(?:(?:sáng|chiều|tối|trưa|đêm) )?ngày \d{1,2}(?:(?: và |-)\d{1,2})?/\d{1,2})?$)"
)
_TRAILING_PURPOSE = re.compile(r" nhằm [^,;]{1,120}$")  # not `để`, which is also a verb's auxiliary (`để thua`)


# A record named by pointing back at one the lead states (`… lập | kỷ lục | này`, `danh hiệu đó`).
_BACK_REFERENCE = re.compile(r"\b(kỷ lục|danh hiệu|thành tích|giải thưởng|cột mốc) (?:này|đó)\b")
# … or at the place the lead names (`biểu diễn tại | địa điểm có sức chứa 66.000 khán giả | này`): the place stays.
_PLACE_REFERENCE = re.compile(r"\b(?:địa điểm|nơi)\b[^,;]{0,60}? (?:này|đó)\b")
# A level the record names by what it measures (`mức | thâm hụt | lớn nhất …`): the line must say that measure, or the
# record would tell the reader the export figure it kept was the deficit's.
_LEVEL_OF = re.compile(rf"(?:mức|con số) (?!(?:{SUPERLATIVES})\b)(?P<of>\w+)")


# A line that ends on who said it and the verb of saying (`“…”, Bộ trưởng … cho biết`)
_SAID_LAST = re.compile(r" (?:cho biết|cho hay|nói|khẳng định|nhấn mạnh|tuyên bố|phát biểu)(?: như vậy)?$")


def with_record_after(line: str, following: list[str]) -> str:
    """The line and, when the sentence after it (`following`, at most one) only says the event is a record or a streak
    (`Đây là tỷ giá cao nhất trong vòng 12 năm`, `Đây là lần thứ 5 liên tiếp …`), that record as the line's last clause:
    it is the news peg an editor puts in the one line. To make room, a last clause that compares (`tăng 4,5 won so với
    phiên trước`; only its usual baseline, for a record of rises) or tells a consequence with no count in it (`gây ùn
    tắc giao thông …`; a toll stays) or who a person named as an object is (`bầu bà …, | Chủ tịch …, | làm Thủ tướng`),
    or where the event was held or what it was for, at the line's end (`… | diễn ra tại sân vận động …`, `… | nhằm thảo
    luận về …`; a date after the place stays), gives way to the record, and the whole record may run OVERFLOW_WORDS
    over, before the record itself is cut (before a second record joined to it: `người Hàn Quốc đầu tiên | và là …`),
    within the line's words if it can be, else a few over too. A record of a measure the line does not state (`mức
    thâm hụt …` after a line kept to the exports) is left out; one that points back at the place (`địa điểm … này`)
    keeps it."""
    record = _record_in(following[0], line) if following and RECORD.search(line) is None else ""
    if record and _SAID_LAST.search(line.rstrip(" .")):
        return line  # `“…”, Bộ trưởng … cho biết, | lần đầu tiên …` would read as what was said
    if not record or (_LEVEL.match(record) and not figures_in(_DATES.sub("", line))):
        return line  # `mức nhiệt thấp nhất …` after a line the cut left with no level: the record would say nothing
    back = _BACK_REFERENCE.search(record)
    if back is not None and back.group(1).casefold() not in line.casefold():
        return line  # `… lập kỷ lục này` after a line the cut left without that record: `này` would point nowhere
    measure = _LEVEL_OF.match(record)
    if measure is not None and not re.search(rf"\b{re.escape(measure.group('of'))}\b", line, re.IGNORECASE):
        return line  # `mức thâm hụt lớn nhất …` after a line the cut left with the exports only
    line = line.rstrip(" .")
    last_comma = last_clause_comma(line)
    last = line[last_comma:] if last_comma > 0 else ""
    # `…, tăng 4,5 won so với phiên trước`, `…, gây ùn tắc giao thông …` (a consequence with no count: no toll)
    gives_way = " so với " in last or (CONSEQUENCE.match(last) is not None and not re.search(r"\d", last))
    shorter = line[:last_comma] if gives_way and words(line[:last_comma]) >= MIN_WHAT_WORDS else line
    # … and so does who a person named as an object is, when the sentence says what they become (`bầu bà Takaichi
    # Sanae, | Chủ tịch đảng …, | làm Thủ tướng …`): it is under "who" as their role
    untitled = drop_object_title(line)
    # when the record is one of rises or falls (`tháng thứ 10 liên tiếp số người có việc làm tăng …`), a change
    # against the usual baseline keeps its amount and loses only the baseline (`…, tăng 193.000 người | so với cùng
    # kỳ năm ngoái`), which a reader assumes; a record of the level (`mức giá cao nhất …`) takes the change's place
    moves = re.search(r"\b(?:tăng|giảm)\b", record) is not None
    unbased = USUAL_BASELINE_PHRASE.sub("", line) if gives_way and moves else line
    aged = drop_age_apposition(line)  # `Lim Yun-chan, | 20 tuổi, | giành …`: the age is under the figures
    # … and so do where the event was held (under "where") and what it was for, at the line's end (`… trong trận đấu
    # giao hữu | diễn ra tại sân vận động Tokyo Dome`, `… đề xuất tổ chức cuộc đàm phán … | nhằm thảo luận về …`)
    points_at_place = _PLACE_REFERENCE.search(record) is not None  # `địa điểm … này`: the place stays
    unplaced = [
        line[: found.start()] + line[found.end() :]
        for found in (
            _TRAILING_WHERE.search(line, max(last_comma, 0)),
            _TRAILING_PURPOSE.search(line, max(last_comma, 0)),
        )
        if found is not None and words(line[: found.start()]) >= MIN_WHAT_WORDS and ends_cleanly(line[: found.start()])
    ]
    unplaced = [] if points_at_place else unplaced
    for base in (line, unbased, shorter, untitled, aged, *unplaced):
        if words(base) + words(record) <= MAX_WHAT_WORDS:
            return f"{base}, {record}"
    # as the lead's own record may, the whole record as the last clause may run a few words over
    for base in (line, shorter, *unplaced):
        if words(base) + words(record) <= MAX_WHAT_WORDS + OVERFLOW_WORDS:
            return f"{base}, {record}"
    for base in (line, shorter):
        if cut := _cut_to(record, MAX_WHAT_WORDS - words(base)):
            return f"{base}, {cut}"
    # … and so may the record cut before how far back it reaches (`mức thặng dư cao nhất đối với một tháng | kể từ khi
    # bắt đầu thống kê …`), when nothing shorter of it says what it is a record of
    for base in (line, shorter):
        if cut := _cut_to(record, MAX_WHAT_WORDS + OVERFLOW_WORDS - words(base)):
            return f"{base}, {cut}"
    return line
