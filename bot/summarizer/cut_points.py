"""Where a lead may be cut to fit the `what`: the commas and clause openers that end a clause, and the
checks that keep a cut from ending on a stub (`ends_on_stub`); whether a line's last words ask for more is
`line_ends.ends_cleanly`.

Kept apart from `what.py`, which chooses among these cuts and decides what outranks what: this module
only knows where a sentence may end. A comma is no cut point inside a list (`kinh tế, an ninh và …`), a
list of counts (`17 người thiệt mạng, 10 người mất tích`; both `list_commas.py`), before a role or an
apposition, after a leading attribution or setting, where it closes a time set before what was reported, or
between a place and the larger one it lies in (`Sunan, Bình Nhưỡng`).
"""

from __future__ import annotations

import bisect
import re

from bot.summarizer.clauses import IN_CLAUSE, clause_comma, outside_asides, words
from bot.summarizer.descriptions import is_apposition, members_apposition, person_subject_end, title_apposition
from bot.summarizer.lead import LEADING_CAUSE, LEADING_SOURCE, REPORTED_OR_FORECAST, SETTING_OPENERS, is_time
from bot.summarizer.lexicon import (
    APPROXIMATELY,
    BUT_SONG,
    CAPITALS,
    PLACE_GOES_ON,
    PUBLISHING_VERBS,
    REPORTING_VERBS,
    SUPERLATIVES,
    lexicon,
    match_at,
    names_a_competitor,
)
from bot.summarizer.list_commas import in_count_list, in_name_list, in_subject_list, in_word_list
from bot.summarizer.unsaid_verbs import REASON_REACH, gives_its_reason, leaves_agent, leaves_announced_subject

# `do` before who made a thing is "by", not "because" (`hệ thống … L-SAM | do Hàn Quốc tự phát triển`).
# … or took or recorded it (`hình ảnh … | do tàu thăm dò Mặt Trăng Danuri chụp`).
_AGENT = (
    rf" (?:[{CAPITALS}]\S*|chính phủ|chính quyền|tàu|vệ tinh|kính viễn vọng|camera|máy bay)(?: [^\s,.;]+){{0,5}}? "
    r"(?:tự )?(?:phát triển|sản xuất|chế tạo|thực hiện|tiến hành|tổ chức|dẫn đầu|công bố|đề xuất|xây dựng|điều hành|"
    r"quản lý|phát hành|chủ trì|tài trợ|chụp|ghi lại|quay|thu thập)\b"
)
# Where a trailing clause may be cut off (`do` and `khi` only as conjunctions: not `lý do`, `tự do`, `sau khi`,
# nor `do` before who made a thing; `nhằm` only as "in order to": not `nhằm vào`, "aimed at"; `nơi` only as
# "where": not `làm nơi đăng cai`, the place it is chosen as).
CLAUSE_OPENERS = re.compile(
    r"(?<!\blý)(?<!\b[Tt]ự)(?<!\bsau)(?<!\btrong)(?<!\btrước)(?<!\bngay)(?<!\bmặc) (?=(?:khi|nhằm(?! vào)|để|sau khi|"
    r"trong khi|(?:mặc )?dù(?! sao\b| vậy\b| lượn\b)|bất chấp|"  # `… tăng 3,6% | dù số ngày làm việc giảm …`
    r"trước khi|ngay(?: sau| từ)? khi|"  # `… đứng đầu | ngay khi ra mắt`: the clause of time opens at `ngay`
    # not `thay vì`, `do thám`, `vì tội` (the charge; `vì tội phạm …` is "because criminals …")
    rf"do(?!{_AGENT}| thám\b| dự\b)|(?<!\bthay )vì(?! tội\b(?! phạm))|nhờ|"
    rf"nhưng|{BUT_SONG}|đồng thời|với mục tiêu|với mục đích|qua đó|từ đó|trong đó|bao gồm|gồm|"
    r"(?<!làm )(?<!là )nơi(?! ở\b)|"  # not `nơi ở` (a residence)
    r"theo đó|bên lề|nếu|(?:chủ yếu|phần lớn|một phần)(?: là)? (?:do|vì|nhờ)|"  # `…, | chủ yếu do giá nông sản …`
    r"nhân dịp|trong khuôn khổ|trong bối cảnh|mà(?! còn\b| cả\b)|"
    # `vốn` opening a relative clause (`quan hệ hai nước | vốn trở nên lạnh nhạt …`); before a noun it is capital
    r"vốn(?= (?:trở nên|đã|đang|là|không|chưa|luôn|được|bị|rất)\b)|"
    r"dưới sự (?:giám sát|chỉ đạo|chủ trì|chứng kiến|theo dõi|dẫn dắt)) )"  # `… | dưới sự giám sát của …`: who oversaw
    # … and after `năm sau` (next year), whose `sau` opens nothing (`… đến hết tháng 6 năm sau | nhằm kích cầu …`)
    r"|(?:(?<=\bnăm sau)|(?<=\btuần sau)|(?<=\btháng sau)) (?=(?:nhằm|để|nhờ|do|vì|khi|nhưng|trong khi) )"
)
# The second of two purposes a purpose clause joins with `và` (`… để tưởng niệm một giáo viên … | và yêu cầu sửa đổi
# luật …`), or of two things a statement does (`… lên án cuộc tập trận … là hành động khiêu khích | và cảnh báo sẽ …`):
# what is left is still the act and why it was done, or what was said first. Only verbs no noun shares the spelling
# of after `và`, `yêu cầu` only before its object (not `các tiêu chuẩn và yêu cầu của …`), and `cảnh báo` only
# after a statement and before what it warns of (not `các cảnh báo`).
_SECOND_PURPOSE = re.compile(
    r"\b(?:(?:để|nhằm) [^,;.]{3,150}?( )và (?:kêu gọi|yêu cầu|đòi|phản đối|lên án|bày tỏ|thúc giục)\b"
    r"|(?:lên án|chỉ trích|phản đối|tuyên bố) [^,;.]{3,150}?( )và (?:kêu gọi|yêu cầu|đòi|bày tỏ|thúc giục|cảnh báo "
    r"(?=sẽ|rằng|về|nếu))\b)"
    r"(?! (?:của|về|này|đó|mới|đối với)\b)"
)
# `… đầu tiên | mà EU ký với một quốc gia châu Á`, `ca tử vong đầu tiên | do SFTS trong năm nay`: a relative clause or
# a cause after a record says what it is a record of; the record alone would claim more.
_RECORD_BEFORE = re.compile(rf"(?:đầu tiên|{SUPERLATIVES})$")
_AFTER_DURATION = re.compile(r"(?:\d+|một|hai|ba|bốn|năm|vài|mấy) (?:năm|tháng|tuần|ngày|giờ|phút)$")
REPORTED = re.compile(rf" (?:{PUBLISHING_VERBS}|{REPORTING_VERBS})(?: rằng)? ")
# A clause opened by a conjunction needs a verb of its own; this short, it is a stub (`nhưng chỉ 6 tiếng sau`).
_STUB_OPENER = re.compile(rf"(?:nhưng|{BUT_SONG}|và|còn|trong khi|tuy nhiên)\b")
# A condition or a cause opening the line (`Nếu dự luật … được thông qua`, `Do ảnh hưởng của cơn bão …`), alone or
# after a time: no event yet (a condition is no setting to drop, since the event depends on it; a cause goes only from
# a line too long: `lead.drop_setting`).
_CONDITION = re.compile(rf"(?:[Nn]ếu|[Gg]iả sử|[Tt]rong trường hợp)\b|{LEADING_CAUSE}")
_STUB_WORDS = 5
# … or a conjunction and only where its clause happens (`…, trong khi tại thị trấn Daegwallyeong thuộc tỉnh Gangwon`):
# names, the words that say what kind of place each is and what it is in, however long
_PLACE_ALONE = re.compile(
    rf"(?:{_STUB_OPENER.pattern}) (?:tại|ở) (?:(?:thuộc|của|tỉnh|thành phố|thị trấn|huyện|quận|khu vực|thủ đô|bang|"
    rf"miền|vùng|xã|làng|phường|đảo|phía) |[{CAPITALS}][\w-]* )*[{CAPITALS}][\w-]*$"
)
# A claim about an act named with `việc`, before anything is said of it (`cho rằng việc … | là hành động …`).
_OPEN_NOMINAL = re.compile(
    r"\b(?:rằng|biết|định|nói|cho là) việc (?:(?!\b(?:là|sẽ|đã|đang|bị|được|không|chưa|cần|phải|gây|khiến|làm)\b)"
    rf"{IN_CLAUSE})*$"  # a number's own `.` or `,` (`4.100 tỷ won`) ends nothing
)
_NOMINAL_REACH = 200  # characters read back from a head's end for an open `việc …`
# A study and who made it, before it says anything (`Kết quả khảo sát do Viện … thực hiện`): no event yet.
_STUDY = re.compile(r"(?:Một|Kết quả|Các) (?:cuộc |bản |công trình )?(?:khảo sát|nghiên cứu|báo cáo|điều tra)\b")
_STUDY_SAYS = re.compile(r" (?:cho thấy|cho biết|chỉ ra|khẳng định|phát hiện)\b")
_SUBJECT_WORDS = 6  # a head this short before `, trong đó …` is only the subject the aside counts among
# `Thủ tướng … Kim Min-seok ngày 25/11 hội kiến với …`: a date after the subject and words after the date, so the
# head before its comma has its verb and what the comma sets off describes the object, not the subject.
_DATED_ACT = re.compile(r"\b(?:ngày|hôm) \d{1,2}/\d{1,2}(?:/\d{4})? (?:đã |sẽ |đang |vừa )?[^\W\d]+ ")
# Words that go on with a phrase of place rather than start a clause after it.
# In a line, a place may also go on into a list of places (`… tại Seoul | và Busan`).
_AFTER_PLACE = PLACE_GOES_ON | {"và"}


def _closes_reported_time(text: str, comma: int, verb_ends: list[int]) -> bool:
    """`… cho biết từ tháng 1 năm sau, mức lương …`: the comma closes a time set before what was reported
    (`verb_ends`: where each reporting verb of the text ends); cutting there would leave the report
    without its content."""
    before = bisect.bisect_right(verb_ends, comma) - 1
    if before < 0:
        return False
    clause = text[verb_ends[before] : comma]
    if clause_comma(clause) >= 0:
        return False  # the time closed at an earlier comma; this one closes what was reported
    if _OUTCOME_AFTER.match(text, comma + 2):
        return False  # `… Michelin Guide Seoul 2026 công bố ngày 10/10, | trở thành …`: the date it was published
    return is_time(clause[:1].upper() + clause[1:])


_OUTCOME_AFTER = re.compile(r"(?:trở thành|đánh dấu|qua đó|giúp)\b")  # what the event became, no reported content


_UNIT = re.compile(r"(?:tỉnh|thành phố|bang|thủ đô|đặc khu|đảo)(?= |$)")
_SMALLER_UNIT = re.compile(
    rf"\b(?:thành phố|huyện|quận|thị trấn|thị xã|xã|phường|khu vực) [{CAPITALS}]\S*(?: [{CAPITALS}]\S*)*$"
)


def _between_places(text: str, comma: int) -> bool:
    """`từ khu vực Sunan, Bình Nhưỡng ra …`: a comma after a capitalised word and before a known place, then no
    new clause (`, Bình Nhưỡng khẳng định …` starts one), joins a place to the larger one it lies in."""
    before = text[max(0, comma - 30) : comma].split()
    ahead = text[comma + 2 : comma + 60].split()
    unit = _UNIT.match(" ".join(ahead[:2]))  # `quận Busanjin, | thành phố Busan vào …`: named with its unit
    at = len(unit.group(0).split()) if unit is not None else 0
    place = match_at(lexicon().places, ahead, at) if len(ahead) > at and before and before[-1][:1].isupper() else 0
    end = at + place
    if (unit is not None or place) and _SMALLER_UNIT.search(" ".join(before[-4:])):
        # `nhiệt độ … tại thành phố Gyeongsan, | tỉnh Bắc Gyeongsang lên tới …`, `Nhà hàng … tại quận Yongsan, | Seoul
        # lần đầu tiên được trao …`: two units of one place inside a subject whose predicate follows (not a place after
        # its verb: `phóng từ xã Dongchang, | tỉnh … vào …`); an area too (`tại khu vực Daegwallyeong, | tỉnh …`)
        k = at
        while k < len(ahead) and ahead[k][:1].isupper() and ahead[k][-1:].isalnum():
            k += 1
        if at < k < len(ahead) and ahead[k][:1].islower() and ahead[k].casefold() not in _AFTER_PLACE:
            return True
    named = end
    while named < len(ahead) and ahead[named][:1].isupper():
        named += 1  # `Jeolla | Nam`: the rest of the place's name
    distance = ahead[named : named + 2]
    if distance and distance[0] in APPROXIMATELY:
        distance = distance[1:]
    if place and "cách" in before[-5:] and distance[:1] and distance[0][:1].isdigit():
        return True  # `cách đảo Heuksan, tỉnh Jeolla Nam khoảng 70 km`: how far, from the two places
    # … read after the rest of its name (`tỉnh Gyeongsang | Nam | vào tối …`)
    return bool(place) and (len(ahead) == named or ahead[named].casefold() in _AFTER_PLACE)


def _colons_and_semicolons(text: str) -> list[int]:
    """Colons outside parentheses and quotes (`… 3 biện pháp nhằm ổn định thị trường nhà ở: mở rộng …; hạ trần
    …`): what comes before one is a whole statement, what follows it a list or a detail. Not a colon that opens
    a quotation (`nói: “…”`), which would leave a verb of saying with nothing said. A semicolon only before what
    restates the event (`…; | đây là lần đầu tiên …`); otherwise a line too long for its `…; hai bên nhất trí …`
    keeps it whole rather than lose what the talks came to."""
    return [
        i
        for i in outside_asides(text, ":;")
        if (text[i] == ":" and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3] not in '“"')
        or (text[i] == ";" and _RESTATED.match(text, i + 2) is not None)
    ]


_RESTATED = re.compile(r"(?:đây|đó) (?:cũng )?là ")


_NAME_QUOTE_WORDS = 4  # a quoted name (`lễ kỷ niệm "Ngày Takeshima"`) is at most this long
_DESCRIBED = re.compile(r"\w+ mà ")  # `ngày mà …`: a noun and the relative clause that describes it
_NEXT_CLAUSE = re.compile(r"(?:và|nhưng|đồng thời|song) ")
_SPEAKERS = frozenset({"ông", "bà", "anh", "chị", "em", "người", "cô", "các", "những", "giới"})  # `”, ông Kim nói`


def _closes_quotation(text: str, comma: int) -> bool:
    """`“…”, Chủ tịch Kim nói`: the comma closes a quotation, which keeps its speaker; not a short quoted name
    inside the sentence that a relative clause then describes (`… lễ kỷ niệm "Ngày Takeshima", ngày mà …`),
    where the sentence may end, nor one a lower-case clause of the sentence's follows (`"Ngày Takeshima", | đòi …`;
    what follows any longer one is the sentence's: `"Karma", trở thành …`)."""
    if text[comma - 1 : comma] not in ('"', "”"):
        return False
    if _NEXT_CLAUSE.match(text, comma + 2):
        return False  # `… là hành động "làm tê liệt chính phủ", | và yêu cầu …`: a clause follows, not a speaker
    opening = max(text.rfind('"', 0, comma - 1), text.rfind("“", 0, comma - 1))
    short_name = opening > 0 and words(text[opening : comma - 1]) <= _NAME_QUOTE_WORDS
    after = text[comma + 2 : comma + 60].split()
    # … nor one a lower-case clause of the sentence's follows (`sự kiện "Ngày Takeshima", | đòi chủ quyền …`)
    speaker = bool(after) and (after[0][:1].isupper() or after[0] in _SPEAKERS or match_at(lexicon().titles, after, 0))
    clause = not speaker and _OUTCOME_AFTER.match(text, comma + 2) is None  # `"Strategy", | trở thành …`: the news
    return not (short_name and (_DESCRIBED.match(text, comma + 2) or clause))


def _closing_apposition(text: str, comma: int) -> bool:
    """The apposition after `comma` ends the sentence (`… với công ty quản lý ADOR, | công ty con của HYBE`): it
    describes the last thing named, and a line may end before it; one in the subject comes before the verb."""
    return clause_comma(text, comma + 2, len(text)) < 0 and words(text[comma + 2 :]) <= _CLOSING_APPOSITION_WORDS


_CLOSING_APPOSITION_WORDS = 12


_PERSON_APPOSITION_WORDS = 24  # who the opening person is, with the school and university they belong to


def cut_points(text: str) -> tuple[list[int], list[int]]:
    """Where a trailing clause may be cut off: colons and some semicolons (`_colons_and_semicolons`), clause commas
    (not the one closing a leading attribution or setting, not one closing a quotation, before its speaker, not
    the one before a role or an apposition: `…, Giám đốc …`, `…, em gái …`, unless a short apposition ends the
    sentence, not one inside a list of counts or of items, not one closing a time after a reporting verb) and
    clause openers (not `sau khi` after a duration: `111 ngày sau khi …` is one phrase, nor `để` after `triệu tập`,
    nor `vì` after an honour or an arrest), and `và` before a second purpose (`_SECOND_PURPOSE`)."""
    commas = []
    position = 0
    titles = lexicon().titles
    leading = LEADING_SOURCE.match(text) or SETTING_OPENERS.match(text) or is_time(text[:40])
    verb_ends = [m.end() for m in REPORTED_OR_FORECAST.finditer(text)]
    # `Chị Nguyễn Thị Lan, chủ một quán ăn nhỏ ở Seoul, | đã giành …`: a comma that closes who the person opening
    # the line is; cut there, the line would have no verb
    person_end = person_subject_end(text)
    every = text.split()
    while (comma := clause_comma(text, position, len(text))) >= 0:
        opening = leading and position == 0  # `Theo KDI, …`: what precedes the first comma is no sentence
        if (
            not opening
            and not _closes_quotation(text, comma)
            and not (
                match_at(titles, after := text[comma + 2 : comma + 80].split(), 0) and not names_a_competitor(after, 0)
            )
            and not in_count_list(text, comma)
            and not in_word_list(text, comma)
            and not in_subject_list(text, comma)
            and not in_name_list(text, comma)
            and not _closes_reported_time(text, comma, verb_ends)
            and not (is_apposition(text[comma + 2 : comma + 40]) and not _closing_apposition(text, comma))
            and not _between_places(text, comma)
            and not (0 <= person_end < comma and words(text[person_end:comma]) <= _PERSON_APPOSITION_WORDS)
            and not (" do " in text[max(0, comma - 120) : comma] and leaves_agent(every, words(text[: comma + 1])))
            and not leaves_announced_subject(every, words(text[: comma + 1]))  # `theo đó A ở X, | Y và Z sẽ …`
        ):
            commas.append(comma)
        position = comma + 1
    commas = sorted([*commas, *_colons_and_semicolons(text)])
    openers = [
        m.start()
        for m in CLAUSE_OPENERS.finditer(text)
        if not (text.startswith((" sau khi", " trước khi"), m.start()) and _AFTER_DURATION.search(text, 0, m.start()))
        and not (
            text.startswith((" mà ", " do "), m.start())
            and _RECORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        )
        and not (text.startswith(" để ", m.start()) and _SUMMONED.search(text, max(0, m.start() - 80), m.start()))
        and not (
            text.startswith(" vì ", m.start()) and gives_its_reason(text[max(0, m.start() - REASON_REACH) : m.start()])
        )
    ]
    openers = [_after_damage_cause(text, opener) for opener in openers]
    openers = sorted({*openers, *(m.start(1) if m.group(1) else m.start(2) for m in _SECOND_PURPOSE.finditer(text))})
    return commas, openers


# `khắc phục thiệt hại | do lũ lụt nghiêm trọng | ở các tỉnh miền Trung`: what caused a damage names it (the damage
# alone says nothing of what happened), and where it struck follows.
_DAMAGE_CAUSE = re.compile(
    r"(?:(?<=\bthiệt hại)|(?<=\bhậu quả)|(?<=\btổn thất)) do (?:[^\s,;.]+ ){1,5}?(?=(?:ở|tại|trên) )"
)


def _after_damage_cause(text: str, opener: int) -> int:
    """Where a `do` opener at `opener` that gives what caused a damage may cut instead: after the cause, before the
    place it struck; the opener itself when no place follows the cause."""
    cause = _DAMAGE_CAUSE.match(text, opener)
    return cause.end() - 1 if cause is not None else opener


# An envoy summoned, whose purpose is why (`triệu tập Đại sứ Nhật Bản … | để phản đối việc …`): the protest is the news.
_SUMMONED = re.compile(r"\btriệu tập [^,;.]*$")
# A measure set after a comma with `với`, whose figure follows (`…, với nhiệt độ thấp nhất … xuống âm 15 độ C`).
_MEASURE_AWAITING = re.compile(r"với (?:nhiệt độ|sức gió|lượng mưa|tốc độ|cường độ|mức|tỷ lệ|giá)\b")


def ends_on_stub(head: str) -> bool:
    """The head's last clause is a conjunction and a few words that lost their own clause (`…, nhưng chỉ 6
    tiếng sau`), one lower-case word (`…, ngày`) or a measure whose figure was cut off (`…, với nhiệt độ thấp
    nhất vào buổi sáng`), the head is only a setting, a condition or a source (`Trong cuộc khảo sát …`, `Nếu …`, `Kết
    quả khảo sát do … thực hiện`), or the head is a subject and its apposition with no verb yet
    (`Phó Chủ tịch … Kim Yo-jong, em gái nhà lãnh đạo Kim Jong-un`; not when the head has its verb after a date:
    `… Kim Min-seok ngày 25/11 hội kiến với … Bùi Thanh Sơn, người đang ở thăm Seoul`): cutting there would end
    the line on half a sentence."""
    last = last_clause_comma(head)
    if last < 0 and (SETTING_OPENERS.match(head) or LEADING_SOURCE.match(head) or _CONDITION.match(head)):
        return True  # `Trong cuộc khảo sát do KCCI thực hiện`, `Với 8 huy chương vàng`: a setting, no event yet
    if last < 0 and _STUDY.match(head) and not _STUDY_SAYS.search(head):
        return True
    tail = head[last + 2 :] if last >= 0 else ""
    opening = _CONDITION.match(tail) or SETTING_OPENERS.match(tail) or tail.startswith("theo ")
    if opening and is_time(head[:last]) and clause_comma(head, 0, last) < 0:
        return True  # `Ngày 9/9, | nếu dự luật … được thông qua`, `Sáng 5/9, | theo số liệu …`: no event after the time
    if _STUB_OPENER.match(tail) and words(tail) <= _STUB_WORDS:
        return True
    if _PLACE_ALONE.match(tail):
        return True
    if words(tail) == 1 and tail[:1].islower():
        return True  # `… "Ngày Takeshima", ngày | mà …`: a noun whose relative clause was cut off
    if _MEASURE_AWAITING.match(tail) and not any(ch.isdigit() for ch in tail):
        return True  # `…, với nhiệt độ thấp nhất vào buổi sáng | tại Seoul xuống âm 15 độ C`: a measure, no figure
    if _OPEN_NOMINAL.search(head, max(0, len(head) - _NOMINAL_REACH)):
        return True  # `… cho rằng việc đảng Dân chủ đơn phương cắt giảm 4.100 tỷ won`: `việc …` with no predicate yet
    first_clause = clause_comma(head, 0, last) < 0
    if last >= 0 and first_clause and _described_then_named(head[:last], tail):
        return True  # `Phi hành gia Hàn Quốc đầu tiên …, Tiến sĩ Lee So-yeon`: who the subject is, then their name
    # `Khoảng 475 người, trong đó có hơn 300 công dân Hàn Quốc`: a subject and who was among it, no verb yet
    among = tail.startswith("trong đó") and words(head[:last]) <= _SUBJECT_WORDS
    described = is_apposition(tail) or title_apposition(head[:last], tail) or members_apposition(head[:last], tail)
    described = described and _DATED_ACT.search(head, 0, max(0, last)) is None
    return last >= 0 and first_clause and (described or among)


def _described_then_named(subject: str, tail: str) -> bool:
    """`Phi hành gia Hàn Quốc đầu tiên được đào tạo trong nước, | Tiến sĩ Lee So-yeon`: a subject opening on a role
    that says who someone is, then their title and name and nothing more; the verb is still to come."""
    titles = lexicon().titles
    said, named = subject.split(), tail.split()
    title = match_at(titles, named, 0) if named else 0
    name = named[title:]
    return (
        bool(said)
        and match_at(titles, said, 0) > 0
        and title > 0
        and bool(name)
        and all(word[:1].isupper() for word in name)
    )


def last_clause_comma(text: str) -> int:
    """The last comma that ends a clause (not one inside a name: `Bộ Công nghiệp, thương mại …`); -1 if none."""
    last = -1
    while (comma := clause_comma(text, last + 1, len(text))) >= 0:
        last = comma
    return last
