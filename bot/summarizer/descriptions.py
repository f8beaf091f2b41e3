"""Descriptions a line too long may lose before its event: who a subject is (`Nvidia, tập đoàn dẫn đầu …`, `Thủ tướng
Kim, người vừa nhậm chức …`), what a measure is (`…, chỉ số phản ánh …,`), what a company does (`công ty | dịch vụ điện
toán đám mây | Amazon …`) and whose act a group is (`thuộc công ty quản lý …`); what is said of a place is
`place_asides.py`'s, of a visit `visits.py`'s.

Like the deletions of `lead.py`, each takes a text and returns it with one span removed, or unchanged;
`cut_points.py` asks `is_apposition` and `title_apposition` so it never cuts a line before one.
"""

from __future__ import annotations

import re

from bot.summarizer.asides import names_company_said_of
from bot.summarizer.clauses import clause_comma, words
from bot.summarizer.common_heads import ASCII_CAP
from bot.summarizer.lexicon import CAPITALS, ROMAN_NUMERAL, lexicon, match_at

# A kind of body (`tập đoàn`, `cơ quan` …): after a comma it opens an apposition that describes the subject
# (`Nvidia, tập đoàn dẫn đầu …`), not a role (`…, Giám đốc …`); before a name it says what the name is
# (`công ty Realmeter`, read by `lead.drop_leading_source`).
BODY_KIND = re.compile(
    r"(?:một (?:trong những )?)?(?:tập đoàn|hãng|công ty|tổ chức|cơ quan|doanh nghiệp|nhóm|ngân hàng|"
    r"trường đại học|viện|nhà sản xuất|nhà cung cấp|đơn vị)\b"
)
# `Lễ hội pháo hoa quốc tế Seoul, | sự kiện thường niên do … tổ chức, | …`: the kind of event a named event is.
_EVENT_KIND = re.compile(r"(?:một (?:trong những )?)?(?:sự kiện|lễ hội|giải đấu|cuộc thi|liên hoan)\b")
# `…, người vừa nhậm chức hồi tháng 7, …`, `…, em gái nhà lãnh đạo Kim Jong-un, …`, `…, vai chính trong phim
# "…", …`, `…, cô dâu Việt Nam …`: a person described by what they did, whose kin they are, what part they play
# or who they are and from where (not a second person in a list: `tác giả Han Kang`); it ends at its comma only,
# since its own verb (`vừa nhậm chức`) is not the subject's. `người dân`, `người lao động` are people, not this.
_WHO_APPOSITION = re.compile(
    r"(?:người (?!dân\b|lao động\b|hâm mộ\b)|(?:em|anh|chị) (?:gái|trai)\b|con (?:gái|trai)\b|(?:vợ|chồng|cha|mẹ) |"
    rf"(?:vai|thành viên|tác giả|chủ nhân|nhà sáng lập) (?![{CAPITALS}])"
    r"|một (?:cô dâu|sinh viên|học sinh|lao động|nông dân|ngư dân|nhân viên|công nhân|giáo viên|bác sĩ"
    r"|người (?:vợ|chồng|mẹ|cha|phụ nữ|đàn ông))\b"  # `, một người vợ Việt Nam sống tại …,`
    # … or of a nationality (`, cô dâu Việt Nam sống tại …,`)
    rf"|(?:cô dâu|du học sinh|sinh viên|lao động|ngư dân|công nhân|thực tập sinh) (?:người )?[{CAPITALS}])"
)
# It ends before the subject's date or verb, or at the comma that closes it.
_APPOSITION_END = re.compile(
    r" (?=(?:ngày|hôm|vào ngày|vào lúc) \d|(?:đã|sẽ|đang|vừa|cho biết|công bố|thông báo|tuyên bố)\b)|, "
)
# A description is a noun phrase: one longer than this has run past a verb the list above does not know
# (`…, hãng điện tử lớn nhất ký hợp đồng …, trị giá …`), and deleting it would delete the event.
MAX_APPOSITION_WORDS = 12
# Who a person is ends at its own comma, never at a verb, so it may run longer (`vai chính trong loạt phim
# "Trò chơi con mực" (Squid Game) của Netflix`).
MAX_WHO_APPOSITION_WORDS = 16
# … and may run 12 words longer when the subject's own verb follows its comma (`…, đã nhậm chức`).
_VERB_NEXT = re.compile(
    r"(?:(?:(?:sáng|chiều|tối|trưa|đêm) )?(?:ngày|hôm) \d[\d/]*(?: \(\d[\d/]*\))? )?"  # `…, ngày 28/7 ra tuyên bố`
    r"(?:đã|sẽ|đang|vừa|chính thức|cho biết|tuyên bố|ra tuyên bố|ra thông cáo|phát biểu)\b"
)
_THEN = re.compile(r", theo đó ")  # what an announcement or a decision says follows, with its own subject
_PARENT_NAME_WORDS = 10  # `…, | Đại học Quốc gia Hà Nội, |`: the body a named school or unit belongs to
_NAMED_SUBJECT_WORDS = 6  # `Ông Ahn Gyu-back`, `Thủ tướng Nhật Bản Ishiba Shigeru`: a subject, no verb yet


_PREDICATE = re.compile(r" (?:đã|sẽ|đang|vừa|được|bị) ")  # what a subject before an apposition never holds


def _after_named_subject(text: str) -> tuple[str, str] | None:
    """A subject with a name in it (`Tập đoàn Nvidia`, `Thủ tướng Kim`) and what follows its comma, or None
    when the text does not open that way."""
    comma = clause_comma(text, 0, 120)
    if comma < 0 or not any(w[:1].isupper() for w in text[:comma].split()[1:]):
        return None
    return text[:comma], text[comma + 2 :]


def drop_apposition(text: str) -> str:
    """`Tập đoàn Nvidia, tập đoàn dẫn đầu … của Mỹ ngày 19/10 cho biết …` → `Tập đoàn Nvidia ngày 19/10 …`;
    `Lễ hội … Seoul năm 2025, sự kiện thường niên do … tổ chức, đã thu hút …` → `Lễ hội … năm 2025 đã thu hút …`."""
    opening = _after_named_subject(text)
    if opening is None or not _subject_ends_on_name(opening[0]) or _PREDICATE.search(opening[0]):
        return text  # `… sẽ tham gia … của Hollywood, | công ty quản lý của cô cho biết`: a clause, then its source
    if not (BODY_KIND.match(opening[1]) or (_EVENT_KIND.match(opening[1]) and _EVENT_KIND.match(opening[0].lower()))):
        return text
    subject, rest = opening
    stop = _APPOSITION_END.search(rest, 0, 300)
    if stop is None or words(rest[: stop.start()]) > MAX_APPOSITION_WORDS or _REPORTS.search(rest, 0, stop.start()):
        return text  # (`…, hãng thông tấn … (KCNA) đưa tin | ngày 29/1, …`: a source after a clause, not a description)
    tail = rest[stop.end() :] if stop.group(0) == ", " else rest[stop.start() :]
    return f"{subject} {tail.strip()}"


_REPORTS = re.compile(r"\b(?:đưa tin|cho biết|cho hay|thông báo|công bố|tuyên bố)\b")  # a source's verb


def drop_same_kind_apposition(text: str) -> str:
    """For a line too long: `Cơn bão số 11 Hinnamnor, cơn bão mạnh nhất đổ bộ vào Hàn Quốc trong năm nay, càn quét
    …` → `Cơn bão số 11 Hinnamnor càn quét …`: an apposition that names the subject's kind again says what it is,
    and goes before what the subject did does (a record there stays when the line fits)."""
    opening = _after_named_subject(text)
    if opening is None or not _subject_ends_on_name(opening[0]):
        return text
    subject, rest = opening
    kind = " ".join(subject.split()[:2]).casefold()
    if len(kind.split()) < 2 or not rest.casefold().startswith(kind + " "):
        return text
    stop = _APPOSITION_END.search(rest, 0, 300)
    closed = stop is not None and stop.group(0) == ", "  # at its own comma it may run longer, as who someone is
    if stop is None or words(rest[: stop.start()]) > (MAX_WHO_APPOSITION_WORDS if closed else MAX_APPOSITION_WORDS):
        return text
    tail = rest[stop.end() :] if closed else rest[stop.start() :]
    return f"{subject} {tail.strip()}"


# `thâm hụt ngân sách quản lý, | chỉ số phản ánh tình hình tài chính thực tế của chính phủ, | trong 9 tháng …`: what a
# measure is, set off by commas between the measure and its period or its verb; no figure in it.
_MEASURE_APPOSITION = re.compile(
    r", (?:chỉ số|chỉ tiêu|thước đo) [^,;.\d]{3,100}?,(?= (?:trong|tính đến|năm|tháng|quý|là|đạt|tăng|giảm|ở mức)\b)"
)


def drop_measure_apposition(text: str) -> str:
    """For a line too long: `… cho biết thâm hụt ngân sách quản lý, chỉ số phản ánh …, trong 9 tháng đầu năm nay là
    102.400 tỷ won …` → `… thâm hụt ngân sách quản lý trong 9 tháng đầu năm nay là 102.400 tỷ won …`: what a measure
    is goes before its figure does."""
    found = _MEASURE_APPOSITION.search(text)
    return text if found is None else text[: found.start()] + text[found.end() :]


def _subject_ends_on_name(subject: str) -> bool:
    """An apposition follows a name (`Tập đoàn Nvidia, | tập đoàn …`, `… (KTO), | cơ quan …`), not a clause
    (`Hyundai Motor công bố trong tháng 11, | hãng đã bán được …`: `hãng` is the subject of what was said)."""
    head, _, last = subject.rpartition(" ")
    # an event named with its year or its edition (`… Seoul năm 2025, | sự kiện …`, `… lần thứ 30, | …`)
    numbered = last.isdigit() and head.endswith((" năm", " lần thứ"))
    return last[:1].isupper() or last.endswith(")") or numbered


# `… liên quan đến bà Kim Keon-hee, | phu nhân của cựu Tổng thống …, | ngày 20/3 đã tiến hành …`: a person named
# inside the subject, before who they are; the subject's verb follows the closing comma.
_PERSON_INSIDE = re.compile(rf"\b(?:ông|bà) [{CAPITALS}][\w-]*(?: [{CAPITALS}][\w-]*){{0,3}}(?=, )")
_PERSON_INSIDE_REACH = 300  # characters: in the subject, not in what the event concerns
# … or its date and the verb after it (`ngày 20/3 | tiến hành`, once the filler has taken `đã`)
_DATE_THEN_VERB = re.compile(r"(?:(?:sáng|chiều|tối|trưa|đêm) )?(?:ngày|hôm) \d[\d/]* [a-zà-ỹđ]")


def drop_inner_who_apposition(text: str) -> str:
    """For a line too long: `Nhóm công tố viên … liên quan đến bà Kim, phu nhân của cựu Tổng thống Yoon, ngày
    20/3 đã tiến hành khám xét …` → `… liên quan đến bà Kim ngày 20/3 đã tiến hành khám xét …`: who a person
    named inside the subject is goes before the subject's verb would (a cut at its comma leaves no verb)."""
    for found in _PERSON_INSIDE.finditer(text, 0, _PERSON_INSIDE_REACH):
        rest = text[found.end() + 2 :]
        if not (_WHO_APPOSITION.match(rest) or _titled(rest.split(maxsplit=6))):
            continue
        close = clause_comma(rest, 0, 200)
        if close <= 0 or words(rest[:close]) > MAX_WHO_APPOSITION_WORDS:
            continue
        if _VERB_NEXT.match(rest, close + 2) or _DATE_THEN_VERB.match(rest, close + 2):
            return f"{text[: found.end()]} {rest[close + 2 :]}"
    return text


def _titled(found: list[str], *, titles_after: bool = True) -> bool:
    """The words open with a title (after `cựu`, `nguyên`) that no name follows: who the person before is. With
    `titles_after`, a second title may follow (`phu nhân | Tổng thống …`); without, any capital ends it."""
    start = 1 if found[:1] and found[0] in ("cựu", "nguyên") else 0
    length = match_at(lexicon().titles, found, start) if len(found) > start else 0
    after = found[start + length : start + length + 1]
    another = titles_after and bool(match_at(lexicon().titles, found, start + length))
    return length > 0 and not (after and after[0][:1].isupper() and not another)


# The larger place a place said in an apposition lies in, after its comma: the apposition goes on.
_LARGER_PLACE = re.compile(rf"(?:tỉnh|thành phố|bang|huyện|quận) [{CAPITALS}]")


def drop_who_apposition(text: str) -> str:
    """`Thủ tướng Kim, người vừa nhậm chức hồi tháng 7, ngày 2/9 chủ trì …` → `Thủ tướng Kim ngày 2/9 chủ trì
    …`, `Ông Ahn, cựu nghị sĩ 5 nhiệm kỳ …, đã nhậm chức …` → `Ông Ahn đã nhậm chức …`. It says who the person
    is, so it goes only from a line that is too long; one the subject's own verb follows may run longer. The
    subject of what an announcement says (`…, theo đó Phó Chủ tịch Jun, người đứng đầu mảng bán dẫn, được bổ
    nhiệm …`) loses it the same way, since a cut there would end the line before that subject's verb."""
    dropped = _drop_opening_who_apposition(text)
    then = _THEN.search(text) if dropped == text else None
    if then is None:
        return dropped
    return text[: then.end()] + _drop_opening_who_apposition(text[then.end() :])


def _drop_opening_who_apposition(text: str) -> str:
    opening = _after_named_subject(text)
    if opening is None or not (_WHO_APPOSITION.match(opening[1]) or title_apposition(*opening)):
        return text
    subject, rest = opening
    close = clause_comma(rest, 0, 300)
    while close >= 0 and _LARGER_PLACE.match(rest, close + 2):  # `… sống tại thành phố Jeonju, | tỉnh Jeolla Bắc,`
        close = clause_comma(rest, close + 2, 300)
    # `…, sinh viên Trường Đại học Ngoại ngữ, | Đại học Quốc gia Hà Nội, | đã giành …`: a school and the one it
    # belongs to, one description; it closes after a short name that starts and ends capitalised
    second = clause_comma(rest, close + 2, 300) if close >= 0 else -1
    if second >= 0 and words(rest[close + 2 : second]) <= _PARENT_NAME_WORDS:
        parent = rest[close + 2 : second].split()
        # (none at all between two commas, `BTS, , đã …`: a stray comma, which closes the description too)
        close = second if not parent or (parent[0][:1].isupper() and parent[-1][:1].isupper()) else close
    longest = MAX_WHO_APPOSITION_WORDS + (12 if _VERB_NEXT.match(rest, close + 2) else 0)
    longest += _PARENT_NAME_WORDS if close == second else 0
    if close < 0 or words(rest[:close]) > longest or words(rest[close + 2 :]) < 4:
        return text
    if names_company_said_of(rest[:close], rest[close + 2 :]):
        return text  # `Tỷ phú Elon Musk, Giám đốc điều hành hãng xe điện Tesla, | cho biết công ty sẽ …`: which one
    return f"{subject} {rest[close + 2 :]}"


# `Nhóm nhạc nam Stray Kids | thuộc công ty quản lý JYP Entertainment | đã đứng đầu …`: whose act the subject
# is, right after its name and before its verb (a lower-case word). The agency stays under "who".
_AFFILIATION = re.compile(
    r"(?<=[\w)]) thuộc (?:công ty quản lý|công ty giải trí|công ty|hãng đĩa|hãng thu âm)"
    r"(?: [A-Z0-9][\w&.'-]*)+(?= [a-zà-ỹđ])"
)
_AFFILIATION_REACH = 80  # characters: in the subject, not in what the event concerns


def drop_affiliation(text: str) -> str:
    """`Nhóm nhạc nam Stray Kids thuộc công ty quản lý JYP Entertainment đã đứng đầu …` → `Nhóm nhạc nam Stray
    Kids đã đứng đầu …`: whose act a group is goes only from a line that is too long, and only from its
    subject."""
    found = _AFFILIATION.search(text, 0, _AFFILIATION_REACH + 60)
    if found is None or found.start() > _AFFILIATION_REACH or words(text[found.end() :]) < 4:
        return text
    return text[: found.start()] + text[found.end() :]


# `Tập đoàn SK và công ty | dịch vụ điện toán đám mây | Amazon Web Services (AWS) …`: what a company does, said
# between its kind and its Latin name in the subject, in three words or more (`Hãng điện tử Samsung` is how KBS names
# it). The kind stays, so the line still says what the name is.
_COMPANY_TRADE = re.compile(r"\b(?:[Cc]ông ty|[Hh]ãng|[Tt]ập đoàn)(?P<trade>(?: [a-zà-ỹđ]+){3,8})(?= [A-Z][A-Za-z])")
# … a name whose capitalised words are all Latin (`ASCII_CAP`: `Amazon Web Services`; not `Triều Tiên`, nor `Nam Hải`)
_LATIN_NAME = re.compile(rf"(?: {ASCII_CAP.pattern})+(?![^\s,.;:()])(?! [{CAPITALS}])")
_COMPANY_TRADE_REACH = 100  # characters: in the subject, not in what the event concerns
# a verb, an auxiliary or a preposition: the words before the name are the sentence, not what the company does
# (syllables that open compounds, `bị` of `thiết bị`, `có` of `có trụ sở`, are not among them)
_NOT_A_TRADE = frozenset(
    {"đã", "sẽ", "đang", "vừa", "với", "và", "của", "cho", "là", "tại", "ở", "ký", "từ", "đến", "tới", "trong"}
    | {"theo", "vào", "cùng", "mua", "thuê", "gặp", "bố", "biết"}  # (`công bố`, `tuyên bố`, `cho biết`: what it said)
)


def drop_company_trade(text: str) -> str:
    """`Tập đoàn SK và công ty dịch vụ điện toán đám mây Amazon Web Services (AWS) ngày 20/6 công bố …` →
    `Tập đoàn SK và công ty Amazon Web Services (AWS) ngày 20/6 công bố …`: what a company does goes only from a
    line that is too long, and only from its subject; never a verb or a preposition (`công ty đã ký với Apple`)."""
    found = _COMPANY_TRADE.search(text, 0, _COMPANY_TRADE_REACH + 60)
    if found is None or found.start() > _COMPANY_TRADE_REACH:
        return text
    if any(word in _NOT_A_TRADE for word in found.group("trade").split()):
        return text
    name = _LATIN_NAME.match(text, found.end())
    if name is None:  # `Hãng thông tấn trung ương | Triều Tiên`: a Vietnamese name
        return text
    if ROMAN_NUMERAL.fullmatch(name.group(0).split()[0]):  # `hãng công bố lợi nhuận … quý | III`: a quarter, no name
        return text
    if match_at(lexicon().places, name.group(0).split(), 0):  # `Công ty sân bay quốc tế | Incheon`: named by the
        return text  # place, the words before it are its name, not its trade
    return text[: found.start("trade")] + text[found.end("trade") :]


# `Hai nhà khoa học Hàn Quốc, | giáo sư Kim … và giáo sư Park …, | có tên …`: a subject that counts people, then
# who they are by name (a title may come first).
_COUNTED_PEOPLE = re.compile(r"(?:Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười|\d{1,2}) (?!tháng|ngày|năm|giờ)\w")
_MEMBERS_WORDS = 30  # the apposition that names them, at most


def members_apposition(subject: str, clause: str) -> bool:
    """The clause names, one by one, the people the subject counts (`Hai nhà khoa học Hàn Quốc, | giáo sư Kim
    Bit-nari … và giáo sư Park Nam-gyu …`): no verb yet."""
    if words(subject) > _NAMED_SUBJECT_WORDS + 2 or not _COUNTED_PEOPLE.match(subject):
        return False
    found = clause.split(maxsplit=6)
    cased = [found[0][:1].upper() + found[0][1:], *found[1:]] if found else []  # titles are kept capitalised
    length = match_at(lexicon().titles, cased, 0) if found else 0
    name = found[length : length + 1]
    return bool(name) and name[0][:1].isupper() and (" và " in clause or ", " in clause)


def drop_members_apposition(text: str) -> str:
    """For a line too long: `Hai nhà khoa học Hàn Quốc, giáo sư Kim … và giáo sư Park …, có tên …` → `Hai nhà
    khoa học Hàn Quốc có tên …`; each person is under "who" with their title."""
    opening = _after_named_subject(text)
    if opening is None:
        return text
    subject, rest = opening
    close = clause_comma(rest, 0, 300)
    while close >= 0 and words(rest[:close]) <= _MEMBERS_WORDS and rest[close + 2 : close + 3].isupper():
        close = clause_comma(rest, close + 2, 300)  # `giáo sư Kim, | giáo sư Park và …`: still the list
    if close < 0 or words(rest[:close]) > _MEMBERS_WORDS or not members_apposition(subject, rest[:close]):
        return text
    return f"{subject} {rest[close + 2 :]}" if words(rest[close + 2 :]) >= 4 else text


_PERSON_WORDS = frozenset({"Ông", "Bà", "Anh", "Chị", "Em", "Cô"})
_HONORIFIC_NAME = re.compile(rf"(?:ông|bà) [{CAPITALS}]")


def person_subject_end(text: str) -> int:
    """Where a line opening with a person and a comma (`Chị Nguyễn Thị Lan, | …`, `Thủ tướng Kim Min-seok, | …`, or a
    longer title before the name: `Người phát ngôn Bộ …, | ông Lâm Kiếm, | …`) has that comma, before who the person
    is; -1 when it does not open that way. `cut_points` never cuts at the comma that closes it: no verb is left."""
    first = clause_comma(text, 0, len(text))
    subject = text[:first].split() if first >= 0 else []
    named_after = 2 <= len(subject) <= 2 * _NAMED_SUBJECT_WORDS and _HONORIFIC_NAME.match(text, first + 2) is not None
    if not 2 <= len(subject) <= _NAMED_SUBJECT_WORDS and not named_after:
        return -1
    person = subject[0] in _PERSON_WORDS or match_at(lexicon().titles, subject, 0) > 0
    return first if person and subject[-1][:1].isupper() else -1


def title_apposition(subject: str, clause: str) -> bool:
    """`Ông Ahn, | cựu nghị sĩ 5 nhiệm kỳ của đảng …`, `Bà Kang, | cựu Bộ trưởng Ngoại giao và là …`: a title
    not followed by a name (`Bộ trưởng Ngoại giao Kang …` would be a second person in a list) describes the
    person named just before the comma, when that is all the subject is (after `… tiếp ông Jensen Huang,` it
    says who was met, and the sentence has its verb)."""
    named = any(w[:1].isupper() for w in subject.split()[1:])  # `Ngày 3/12, | Tổng thống …` names no one
    if words(subject) > _NAMED_SUBJECT_WORDS or not named:
        return False
    return _titled(clause.split(maxsplit=6), titles_after=False)


def is_apposition(clause: str) -> bool:
    """The clause describes the subject before it (`tập đoàn dẫn đầu …`, `em gái nhà lãnh đạo …`)."""
    return BODY_KIND.match(clause) is not None or _WHO_APPOSITION.match(clause) is not None


# `… cho anh Nguyễn Văn Hùng|, 28 tuổi|, lao động …`: a person's age set off after their name.
# (not before `, của …`, which goes on saying who they are: `Kim Ha-eun, 17 tuổi, của Trường …`)
_AGE_APPOSITION = re.compile(
    rf"(?<!\w)[{CAPITALS}][\w'-]*(, (?:khoảng |gần |hơn )?\d{{1,3}} tuổi)(?=[.;]|$|,(?! của\b))"
)


# What may follow a subject's age: its verb (`Lim Yun-chan, 20 tuổi, | được trao …`), whose comma goes with the age.
_PREDICATE_AHEAD = re.compile(r", (?=(?:đã|được|bị|sẽ|vừa|đang|cũng|là|trở thành)\b)")


def drop_age_apposition(text: str) -> str:
    """For a line too long: the age set off after a person's name (`anh Nguyễn Văn Hùng, 28 tuổi,` → `anh Nguyễn
    Văn Hùng,`), a detail the figures list keeps; with its closing comma when the verb follows (`Lim Yun-chan, 20
    tuổi, được trao …` → `Lim Yun-chan được trao …`), or when the rest of the predicate follows, opening on a figure
    (`tuyên phạt … Han Duck-soo, 76 tuổi, | 23 năm tù giam` → `… Han Duck-soo 23 năm tù giam`)."""
    found = _AGE_APPOSITION.search(text)
    if found is None:
        return text
    figure_ahead = text.startswith(", ", found.end(1)) and text[found.end(1) + 2 : found.end(1) + 3].isdigit()
    closing = _PREDICATE_AHEAD.match(text, found.end(1)) or figure_ahead or _subject_verb_after(text, found)
    end = found.end(1) + (1 if closing else 0)
    return text[: found.start(1)] + text[end:]


# … before which no verb nor preposition says the person is an object (`Cảnh sát đã bắt giữ anh …, 28 tuổi, …`).
_NOT_A_SUBJECT = re.compile(r",|\b(?:đã|sẽ|đang|vừa|được|bị|cho|của|với|và|bắt giữ|gặp)\b")
_SUBJECT_WORDS = 10  # words of a line's subject before its age (`Tuyển thủ bóng chuyền nữ nổi tiếng Kim Yeon-koung`)


def _subject_verb_after(text: str, found: re.Match[str]) -> bool:
    """The age follows the line's opening subject and the subject's verb follows its comma, its `đã` taken by the
    filler (`Tuyển thủ … Kim Yeon-koung, 37 tuổi, | chính thức giải nghệ …`): no description (`, lao động …`,
    `, Giám đốc …`) nor whose (`, của …`)."""
    before, after = text[: found.start(1)], text[found.end(1) + 2 :]
    opening = words(before) <= _SUBJECT_WORDS and before[:1].isupper() and _NOT_A_SUBJECT.search(before) is None
    titled = (after[:1].upper() + after[1:]).split()[:4]  # `giám đốc nhà máy`: a title, in lower case
    # … nor an indefinite description (`, | một người vợ Việt Nam đang sinh sống tại …,`)
    described = is_apposition(after) or match_at(lexicon().titles, titled, 0) > 0 or after.startswith("một ")
    return opening and text.startswith(", ", found.end(1)) and after[:1].islower() and not described
