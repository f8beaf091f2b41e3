"""Asides inside the lead that a one-line summary leaves out or reads around: parentheticals and what a count takes in
(`drop_parentheticals`), the cause inside a subject (`drop_embedded_cause`), what the subject is before its verb
(`drop_subject_apposition`), who was among a count (`among_aside`), what a thing already is (`drop_already_aside`) and
when an opening condition would hold (`drop_condition_adjuncts`).
Kept apart from `lead.py` and `trailing.py`, whose deletions work on the lead's clauses: its sources, settings and
trailing parts.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import words
from bot.summarizer.dates import holds_count
from bot.summarizer.lexicon import CAPITALS, PUBLISHING_VERBS, REPORTING_VERBS, SUPERLATIVES, lexicon, match_at
from bot.summarizer.roles_after import HONORIFICS

_PAREN = re.compile(r" ?\(([^()]{0,300})\)")
_SHORT_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9&.'’ -]{0,40}")
_NUMBERED_NAME = re.compile(r"[A-Z]{1,4}-?\d{1,3}")

# `tổng dân số Hàn Quốc, | bao gồm cả người nước ngoài, | là 51,81 triệu người`: what a count takes in, set off by
# commas inside its clause.
_INCLUDING_ASIDE = re.compile(r", (?:bao gồm|kể cả|không kể|không bao gồm) [^,;.]{1,60},(?= )")
# … whose comma may be a list's, which goes on past it (`, bao gồm tên, | địa chỉ email, số điện thoại và …`): the
# list's items after the comma, the last after `và` or `hoặc`; `_LIST_RUNS_ON` asks for two more at least. A phrase
# opened by a preposition after the comma is the clause going on (`, bao gồm …, | vào danh sách cấm xuất khẩu sang Nga
# và Belarus,`), no item; so is a verb (`, trong đó có 8 thuyền viên …, | đã bị lật và chìm …,`).
_LIST_AFTER = (
    r" (?!(?:vào|sang|tới|đến|cho|với|tại|ở|để|nhằm|từ|trong|trên|lên|xuống|đã|sẽ|đang|bị|được|vừa)\b)"
    r"[^,;.]{{1,40}}(?:, [^,;.]{{1,40}}){{{more},6}} (?:và|hoặc) [^,;.]{{1,40}}(?:[,;.]|$)"
)
_LIST_GOES_ON = re.compile(_LIST_AFTER.format(more=0))
_LIST_RUNS_ON = re.compile(_LIST_AFTER.format(more=1))
_NAMED_LIST_TAIL = re.compile(rf" [{CAPITALS}\d][^,;.]{{0,40}} và [^,;.]{{1,40}},(?= [a-zà-ỹđ])")
# A source set off by commas inside the lead, before a clause that goes on (`… cao nhất trong 3 năm qua, | theo Cục
# Thống kê Việt Nam|, trong đó …`): the trailing attribution `trailing.drop_trailing` drops, said in the middle.
_SOURCE_ASIDE = re.compile(
    rf", theo (?:[{CAPITALS}]|số liệu |báo cáo |thống kê |cơ quan |cảnh sát |chính quyền |giới chức |lực lượng )"
    r"[^,;.:]{0,80}?(?=, (?:trong đó|trong khi|nhưng|đồng thời|tăng|giảm|mức|cao|thấp|đứng|xếp|khiến|làm|gây)\b)"
)  # … or before the toll the event took (`… chiều ngày 12/8, | theo cơ quan cứu hỏa địa phương|, khiến 5 người …`)

# What the subject's term means, set off by commas before its verb (`Tổng tỷ suất sinh, | tức số con trung bình một phụ
# nữ sinh ra trong đời, | năm ngoái đạt 0,75`): a gloss, which the story keeps; never a figure it restates (`gần một
# nửa, tức 48,7%,`), which says more than what it glosses.
_GLOSS_OF_SUBJECT = re.compile(r"^([^,;.]{1,80}), tức(?: là)? [^,;.\d]{3,100}?,(?= )")

# `Hôm qua (ngày 3/4), …`, `sáng nay (ngày 5/6)`: a digest is read on another day, so the date stays and the
# word relative to the day of writing goes (`ngày 3/4, …`, `sáng ngày 5/6`).
_RELATIVE_DAY = re.compile(
    r"(?i)\b(?:(sáng|chiều|tối|trưa|đêm) (?:nay|qua)|hôm (?:nay|qua)) \((ngày \d{1,2}/\d{1,2}(?:/\d{4})?)\)(?![\w(])"
)


def drop_parentheticals(text: str) -> str:
    """Parentheticals go (`(gần 52 tỷ USD)`, `(giờ Hàn Quốc)`), except a short Latin name that is no place (`(KTO)`,
    `(G20)`, `(UAE)`; not `(Australia)`), and so do an aside of what a count takes in (`, bao gồm cả người nước
    ngoài,`), a source set off by commas before a clause that goes on (`, theo Cục Thống kê Việt Nam, | trong đó
    …`) and a gloss of the subject's term (`, tức số con trung bình …,`)."""

    def keep(match: re.Match[str]) -> str:
        inner = match.group(1).strip()
        short_name = _SHORT_LATIN_NAME.fullmatch(inner) is not None and words(inner) <= 4
        # … a country in brackets (`Richard Robson (Australia)`) says where someone is from, as `(Nhật Bản)` does; a
        # country's short name (`(UAE)`) stays
        place = short_name and not inner.isupper() and match_at(lexicon().places, inner.split(), 0) == words(inner)
        short_name = short_name and not place
        numbered = _NUMBERED_NAME.fullmatch(inner) is not None  # `(G20)`, `(COP28)`: a name, not an amount
        return match.group(0) if short_name and (numbered or not any(ch.isdigit() for ch in inner)) else _gone(match)

    text = _RELATIVE_DAY.sub(lambda m: f"{m.group(1)} {m.group(2)}" if m.group(1) else m.group(2), text)
    for _ in range(2):  # a parenthetical inside another goes with it on the second pass
        text = _PAREN.sub(keep, text)
    return _GLOSS_OF_SUBJECT.sub(r"\1", _SOURCE_ASIDE.sub("", _without_including_aside(text)))


def drop_latin_names(text: str) -> str:
    """`Triển lãm thế giới (World Expo)` → `Triển lãm thế giới`: the short Latin names `drop_parentheticals` keeps,
    for a line that saves a clause from the cut by losing them; the name they render stays."""
    return _PAREN.sub(lambda m: _gone(m) if _SHORT_LATIN_NAME.fullmatch(m.group(1).strip()) else m.group(0), text)


def _gone(match: re.Match[str]) -> str:
    """What a deleted parenthetical leaves: nothing, unless a word follows it with no space of its own (`hôm nay
    (10/12)0 đại biểu`): it then stays, since deleting it would glue two words, or split one, into a word the story
    does not have."""
    glued = match.string[match.end() : match.end() + 1].isalnum()
    return match.group(0) if glued else ""


def _without_including_aside(text: str) -> str:
    """`text` without its aside of what a count takes in; when the aside's comma is a list's, to the list's end
    if the list is of names and the clause goes on after it (`…, bao gồm các mẫu Ioniq 5, Ioniq 6 và EV6, | do
    lỗi …`), else the aside stays whole: half a list never stays."""
    start = 0
    while (aside := _INCLUDING_ASIDE.search(text, start)) is not None:
        names = _NAMED_LIST_TAIL.match(text, aside.end())
        # … of a count: what a plain noun takes in is said of it (`bằng mọi năng lực quân sự, | kể cả vũ khí hạt nhân,`)
        opened, closed = text.rfind(",", 0, aside.start()), text.find(",", aside.end())
        if not holds_count(text[opened + 1 : closed if closed >= 0 else len(text)]):
            start = aside.end()
        elif names is not None:
            text = text[: aside.start()] + text[names.end() :]
        elif _LIST_GOES_ON.match(text, aside.end()) is None and not text[aside.end() + 1 : aside.end() + 2].isdigit():
            # (never before a count that goes on with the list: `, bao gồm 17 thị trưởng và tỉnh trưởng, | 226 người …`)
            text = text[: aside.start()] + text[aside.end() :]
        else:
            start = aside.end()
    return text


# A subject that holds a passive clause with its cause (`… 64 công dân bị bắt giữ tại Campuchia | vì liên quan
# đến … | đã hạ cánh …`) or the raid it happened in (`… bị bắt giữ | trong cuộc truy quét của … tại nhà máy pin
# của Hyundai và LG ở bang Georgia | đã hạ cánh …`): it ends where the sentence's own verb starts, marked by
# `đã`; a `và` inside it joins names only (`Hyundai và LG`), never a second verb.
_EMBEDDED_CAUSE = re.compile(
    r"(?:(?<= bị )|(?<= được ))([^,.;]{1,60}?) (?:vì|do|trong (?:cuộc|vụ|đợt)) "
    rf"(?:(?!\bvà [^{CAPITALS}])[^,.;]){{1,140}}? (?=đã \w)"
)


def drop_embedded_cause(text: str) -> str:
    """The cause inside a subject goes (the caller does this only for a lead too long), so a cut never
    leaves the subject's passive clause as the line (`Một chiếc máy bay chở 64 công dân Hàn Quốc bị bắt giữ
    tại Campuchia.` had said the plane was seized): `… bị bắt giữ tại Campuchia đã hạ cánh …`. Called
    before `drop_filler`, which takes the `đã` away."""
    return _EMBEDDED_CAUSE.sub(r"\1 ", text, count=1)


# `Dự án … trên đảo Gadeokdo, | công trình hạ tầng trị giá 13.500 tỷ won …, | sẽ lùi …`, `… cho biết hệ thống … L-SAM, |
# lá chắn then chốt …, | đã hoàn tất …`: what the subject is, in lower case between its commas, before the subject's
# verb (marked by `đã`, `sẽ`, `đang`, `vừa` or a passive `được`, `bị`); not a time, a reason or a place set before the
# verb (`Theo KDCA, tính đến ngày 10/8, đã có …`).
_NOT_A_SUBJECT = r"(?:Theo|Trong|Tính|Sau|Khi|Vào|Ngày|Từ|Với|Do|Để|Nhằm|Nhân|Tại|Ở|Nếu|Dù|Mặc)\b"
_NOT_A_DESCRIPTION = (
    r"(?:tính|trong|sau|trước|theo|khi|vào|ngày|từ|với|do|vì|để|nhằm|nhân|tại|ở|và|nhưng|song|còn|đồng thời|nếu)\b"
)
# a comma or a point between digits is no end (`13.500`), nor one before the larger place (`ở huyện Sinan, | tỉnh …`,
# `cư dân quận Mapo, | thủ đô Seoul`)
_PHRASE_CHAR = rf"(?:[^,;.]|(?<=\d)[.,](?=\d)|,(?= (?:tỉnh|thành phố|bang|thủ đô) [{CAPITALS}]))"
# A description may name a larger place after a comma (`chuyến bay … từ Bangkok|, Thái Lan|, đã …`, `… từ cảng
# Jeddah|, Ả Rập Xê Út| đến …`, `… từ Đà Nẵng|, Việt Nam,| đến Hội An, …`): its comma after it too when the phrase goes
# on in lower case, not on the verb. (Only in a description, which opens in lower case: in a subject, whose commas may
# open any capital, a place read two ways would make a failed match try both at every comma.)
_GOES_ON = r"(?= (?!(?:đã|sẽ|đang|vừa|được|bị) )[a-zà-ỹđ])"
_DESCRIPTION_CHAR = rf"(?:{_PHRASE_CHAR}|, [{CAPITALS}][\w-]*(?: [{CAPITALS}][\w-]*){{0,3}}(?:,?{_GOES_ON}|(?=, )))"
# the subject may name a place and the larger one after its comma (`… tại quận Dongjak, | Seoul vào tối ngày 8/8, |
# mức cao nhất …, | đã khiến …`), or a person's age between commas (`Ông Park …, | 65 tuổi, | cựu Chủ tịch …, | đã
# bị …`)
_SUBJECT_CHAR = rf"(?:{_PHRASE_CHAR}|,(?= [{CAPITALS}])|,(?= \d{{1,3}} tuổi,)|(?<=\d tuổi),)"
# … and who took part in it (`Triển lãm ô tô … 2026, | với sự tham gia của hơn 150 doanh nghiệp …, | đã khai mạc …`)
_WHO_TOOK_PART = r"với sự (?:tham gia|tham dự|góp mặt) của\b"
# a description may go on to who the subject is known as (`…, phi hành gia đầu tiên của Hàn Quốc, | người đã bay vào vũ
# trụ năm 2008 …, | cho biết …`): `người …` is never the predicate
_THEN_WHO = rf"(?:, người {_PHRASE_CHAR}{{3,160}}?)?"
_SUBJECT_APPOSITION = re.compile(
    rf"^(?!{_NOT_A_SUBJECT}){_SUBJECT_CHAR}{{3,160}}?(, (?!(?!{_WHO_TOOK_PART}){_NOT_A_DESCRIPTION})[a-zà-ỹđ]"
    rf"{_DESCRIPTION_CHAR}{{3,160}}?{_THEN_WHO}),"
    r" (?=(?:đã|sẽ|đang|vừa|được|bị) )"
)
_SUBJECT_APPOSITION_WORDS = 40
_AGE_AT_END = re.compile(r", \d{1,3} tuổi$")


# A company a person heads, named in what the person is, which what the person then says points back to by its kind
# alone (`Tỷ phú Elon Musk, Giám đốc điều hành hãng xe điện Tesla, | cho biết công ty sẽ …`).
_COMPANY = re.compile(r"\b(?:công ty|hãng|tập đoàn)\b")
_SAYS_OF_THE_COMPANY = re.compile(
    rf"(?:ngày \S+ )?(?:đã )?(?:{REPORTING_VERBS}|khẳng định)(?: rằng)? (?:công ty|hãng|tập đoàn)"
    rf"(?! [{CAPITALS}])"
)


def names_company_said_of(description: str, after: str) -> bool:
    """`description` (who someone is) names the company that what follows it (`after`) points back to by its kind: the
    description is then the only place that says which company, and stays."""
    return _COMPANY.search(description) is not None and _SAYS_OF_THE_COMPANY.match(after) is not None


def drop_subject_apposition(text: str) -> str:
    """What the subject is goes (the caller does this only for a lead too long), so a cut at its comma never leaves
    the subject and its description as the line, with no verb: `Dự án … Gadeokdo, công trình hạ tầng …, sẽ lùi …` →
    `Dự án … Gadeokdo sẽ lùi …`; not one naming the company what follows points back to (`names_company_said_of`).
    Called before `drop_filler`, which takes the `đã` away."""
    found = _SUBJECT_APPOSITION.search(text) or _bare_name_apposition(text)
    if found is None or words(found.group(1)) > _SUBJECT_APPOSITION_WORDS:
        return text
    if names_company_said_of(found.group(1), text[found.end(1) + 2 :]):
        return text
    subject = text[: found.start(1)]
    aged = _AGE_AT_END.search(subject)  # `Ông Park …, 65 tuổi, | cựu Chủ tịch …,`: the age goes too (figures keep it)
    return (subject[: aged.start()] if aged else subject) + text[found.end(1) + 1 :]


# … or, with no word marking the verb, after a subject that is only a name (`Tập đoàn Samsung Electronics, | nhà sản
# xuất chip nhớ lớn nhất thế giới, | cho biết …`), before a predicate in lower case that opens no phrase and names no
# one (`Ông Kim, cựu Bộ trưởng, | ông Lee, …` lists people).
_BARE_APPOSITION = re.compile(
    rf"^(?!{_NOT_A_SUBJECT})(?:{_PHRASE_CHAR}|, \d{{1,3}} tuổi(?=,)){{3,90}}?"
    rf"(, (?!{_NOT_A_DESCRIPTION})[a-zà-ỹđ]{_PHRASE_CHAR}{{3,160}}?{_THEN_WHO}), (?=[a-zà-ỹđ])(?!{_NOT_A_DESCRIPTION})"
)
_COUNTED_GROUP = re.compile(r"(?i:khoảng|hơn|gần|hàng|nhiều|các|\d)[^,;]*$")  # `Khoảng 3.000 tài xế`, `Hàng trăm …`
_SAYING = re.compile(rf"\b(?:{REPORTING_VERBS}|{PUBLISHING_VERBS}|cho rằng|nói|khẳng định|nhấn mạnh)\b")
_PLACE_HEADS = frozenset({("Thành", "phố"), ("Tỉnh",), ("Huyện",), ("Quận",), ("Thủ", "đô")})  # `Thành phố Daegu, …`


def _bare_name_apposition(text: str) -> re.Match[str] | None:
    """`_BARE_APPOSITION` when the subject before it is a title, an organisation's head or a place's and then
    capitalised words only, with an age after them if any (`Ca sĩ Lim Young-woong, 34 tuổi`, `Ngân hàng KB Kookmin`,
    `Thành phố Daegu`), which holds no verb, or a counted group's description says `những người …`, and the
    predicate after it names no one (`ông …`, `Thủ tướng …`)."""
    found = _BARE_APPOSITION.search(text)
    # (the class `à-ỹ` holds capitals too, `Đ`, `Ấ`: the description and the predicate must open in lower case)
    if found is None or not found.group(1)[2:3].islower() or not text[found.end() : found.end() + 1].islower():
        return None
    lex = lexicon()
    subject = _AGE_AT_END.sub("", text[: found.start(1)]).split()
    place = next((len(unit) for unit in _PLACE_HEADS if tuple(subject[: len(unit)]) == unit), 0)
    head = max(match_at(lex.titles, subject, 0), match_at(lex.org_heads, subject, 0), place)
    named = head < len(subject) and all(word[:1].isupper() or word.startswith("(") for word in subject[head:])
    # … or a description as those who … of a group counted first (`Khoảng 3.000 tài xế …, | những người phản đối …, |
    # tổ chức đình công …`), which is never the predicate; not a setting before a subject (`Hôm qua, | những người …`)
    counted = _COUNTED_GROUP.match(text[: found.start(1)]) is not None
    named = named or (counted and found.group(1).startswith(", những người "))
    after = text[found.end() : found.end() + 80].split()[:4]
    # (nor `người …`, who the subject is known as, which `_THEN_WHO` takes when it ends before the predicate)
    person = bool(after) and (after[0] in HONORIFICS or after[0] == "người" or match_at(lex.titles, after, 0) > 0)
    said = _SAYING.search(found.group(1)) is not None  # `Ông Kim, | cho biết hôm qua, | chính phủ sẽ …`: what he said
    return found if named and not person and not said else None


# Who made the subject, between it and its verb (`Tên lửa đẩy Nuri | do Hàn Quốc tự phát triển | đã được phóng …`): it
# says what the subject is, not what happened to it.
_MAKER_IN_SUBJECT = re.compile(
    r"^[^,.;]{3,60}?( do [^,.;]{1,60}? (?:tự )?(?:phát triển|sản xuất|chế tạo|thiết kế))"
    r"(?= (?:đã|sẽ|đang|vừa|được|bị) )"
)


def drop_maker_in_subject(text: str) -> str:
    """Who made the subject goes (the caller does this only for a lead too long): `Tên lửa đẩy Nuri do Hàn Quốc tự
    phát triển đã được phóng …` → `Tên lửa đẩy Nuri đã được phóng …`. Called before `drop_filler`, which takes the
    `đã` that marks the verb away."""
    found = _MAKER_IN_SUBJECT.search(text)
    return text if found is None else text[: found.start(1)] + text[found.end(1) :]


# Who was among a count, who it is made of, or what share it is, set off by commas in the middle of the lead (`bắt
# giữ 48 người, trong đó có 12 người nước ngoài, liên quan đến …`, `6 người nước ngoài, gồm 5 người Nhật Bản …,
# đã được sơ tán …`, `khoảng 7.980 bác sĩ, tương đương 59,5% …, đã quay trở lại …`; a comma between digits is no
# end): a detail of the count, before the rest of its clause.
_AMONG_ASIDE = re.compile(
    r", (?:trong đó có|tương đương(?: với)?|tức là|chiếm|(?:bao )?gồm) (?:[^,.;]|(?<=\d)[,.](?=\d)){1,80}, (?=\w)"
)

# A comparison with no figure of its own after the aside compares the aside's count (`…, trong đó có 5 thí sinh đạt
# điểm tuyệt đối, | giảm so với 11 thí sinh …`), and a threshold crossed after it is the aside's share crossing it
# (`…, chiếm 5,3% dân số, | vượt ngưỡng 5% …`): the clause does not go on, and the aside is no interruption.
# … nor is what the count brought about (`… đạt 10.245.000 người, chiếm 20% tổng dân số, | chính thức đưa Hàn Quốc
# trở thành …`): a predicate of its own, after which the share is the line's figure.
_CONSEQUENCE_AFTER = re.compile(r"(?:chính thức |qua đó |từ đó )?(?:đưa|đánh dấu|khiến|giúp|biến|trở thành)\b")
# … nor is the next item of a ranking (`… cao nhất với 5.370 người, tương đương 45,4%, | tiếp theo là …`), nor the
# aside's own rank (`…, trong đó có 2.136 người Việt Nam, | đứng thứ 2 sau người Thái Lan`).
_NEXT_ITEM_AFTER = re.compile(r"(?:tiếp theo|tiếp đến|kế đến|sau đó)(?: là)?\b|(?:đứng|xếp) (?:thứ|hạng|đầu)\b")
# … and a list of named items goes on past the aside's comma (`, bao gồm thành phố Bokor, | thị trấn Bavet và Poipet,`).
_NAMED_ITEM_AFTER = re.compile(
    rf" (?:[a-zà-ỹđ]+ ){{1,3}}[{CAPITALS}][^\s,.;]*(?: [{CAPITALS}][^\s,.;]*)* (?:và|hoặc) [^,.;]{{1,40}}(?=, )"
)
# … nor is a time said of the whole clause after it (`…, chiếm 20% tổng dân số, | chỉ 7 năm sau khi …`).
_TIME_AFTER = re.compile(r"(?:chỉ |gần |hơn |khoảng |tròn )?(?:\d+ (?:năm|tháng|tuần|ngày) )?(?:sau|kể từ|trước)\b")
# … nor is a clause of its own after it (`…, chiếm 23,9% tổng số ca tử vong, | trong đó ung thư phổi …`), nor what the
# whole is (`… công bố bản "Chiến lược …", trong đó nêu rõ …, bao gồm …, | là chiến lược … đầu tiên …`): joined to the
# item before the aside, `là` would say that item is it.
# … or a verb opening its own (`…, | dự báo …`, `…, | cho rằng …`), or the sentence's source (`…, | theo khảo sát …`)
_CLAUSE_AFTER = re.compile(
    r"(?:trong đó|trong số đó|nhưng|song|đồng thời|còn|riêng|là|dự báo|cảnh báo|khuyến cáo|kêu gọi|yêu cầu|theo"
    r"|cho rằng|khẳng định|nhấn mạnh|tuyên bố)\b"
)
# … nor is a record it sets (`…, tương đương 29,1 người trên 100.000 dân, | cao nhất trong số 38 nước …`, `| tiếp tục
# cao nhất …`): the rate is what is highest, not the count before the aside.
_COMPARED_AFTER = re.compile(
    r"(?:(?:tăng|giảm|ít|nhiều|cao|thấp)(?: hơn)? )?so với |vượt (?:qua )?(?:ngưỡng|mốc) "
    rf"|(?:(?:tiếp tục|vẫn)(?: là)? )?(?:mức )?(?:{SUPERLATIVES})\b"
)


def among_aside(text: str) -> tuple[int, int] | None:
    """Where `, trong đó có …,` or `, tương đương …,` interrupts a clause that goes on in lower case (`… bắt giữ
    48 người, trong đó có 12 người nước ngoài, liên quan đến …`): a detail of the count, to the end of a list of named
    items whose comma the aside's is (`, bao gồm thành phố Bokor, thị trấn Bavet và Poipet,`) or of any (`, bao gồm
    các khoản vay …, bảo lãnh tín dụng và …,`); None when there is none (a list that ends the sentence is its tail,
    a new subject after it, a comparison or threshold of the aside's figure, what the count brought about, the
    next item of a ranking, a time said of the whole clause or a clause of its own is no interruption)."""
    found = _AMONG_ASIDE.search(text)
    if found is None or not text[found.end()].islower():
        return None
    listing = "gồm " in found.group(0) or found.group(0).startswith(", trong đó có ")
    named = _NAMED_ITEM_AFTER.match(text, found.end() - 1) if listing else None
    if named is not None:  # `, bao gồm thành phố Bokor, | thị trấn Bavet và Poipet,`: its comma is a list's
        end = text.find(", ", named.end())
        goes_on = end >= 0 and text[end + 2 : end + 3].islower() and not _CLAUSE_AFTER.match(text, end + 2)
        return (found.start(), end + 2) if goes_on else None
    listed = _LIST_GOES_ON.match(text, found.end() - 1) if listing else None
    if listed is not None:  # `, bao gồm các khoản vay …, | bảo lãnh tín dụng và hỗ trợ …`, `, trong đó có mì ăn liền, |
        # kim chi và bánh kẹo,`: the list goes on
        end = listed.end() - 1
        goes_on = text.startswith(", ", end) and text[end + 2 : end + 3].islower()
        return (found.start(), end + 2) if goes_on and not _CLAUSE_AFTER.match(text, end + 2) else None
    if any(
        after.match(text, found.end())
        for after in (_COMPARED_AFTER, _CONSEQUENCE_AFTER, _NEXT_ITEM_AFTER, _TIME_AFTER, _CLAUSE_AFTER)
    ):
        return None
    return found.start(), found.end()


def without_among_aside(text: str, *, breakdown_only: bool = False) -> str:
    """`text` without the detail of a count `among_aside` finds, or unchanged when there is none; with
    `breakdown_only`, only when it says what the count is made of (`… chở 181 người, gồm 175 hành khách …, gặp nạn …`
    → `… chở 181 người gặp nạn …`) or the kinds it takes in (`…, trong đó có kem chống nắng, son môi và …,`): who was
    among it (`…, trong đó có hơn 200 công dân Việt Nam, …`) is news."""
    aside = among_aside(text)
    if aside is None:
        return text
    made_of = text.startswith((", gồm ", ", bao gồm "), aside[0])
    kinds = text.startswith(", trong đó có ", aside[0]) and not any(c.isdigit() for c in text[aside[0] : aside[1]])
    if breakdown_only and not made_of and not kinds:
        return text
    if breakdown_only and _LIST_RUNS_ON.match(text, aside[1] - 1):
        return text  # `bị rò rỉ, bao gồm tên, | địa chỉ email, số điện thoại và …`: its comma is a list's
    return text[: aside[0]] + " " + text[aside[1] :]


# Whose kin the subject is, before the name that says who (`Em gái nhà lãnh đạo Triều Tiên Kim Jong-un, | bà Kim
# Yo-jong, | ngày 28/5 ra tuyên bố …`).
_KIN_BEFORE_NAME = re.compile(
    r"^(?:Em|Anh|Chị|Con|Cháu) (?:gái|trai)[^,.;]{3,80}?, ((?:ông|bà|anh|chị) "
    rf"[{CAPITALS}][\w-]*(?: [{CAPITALS}][\w-]*){{0,3}}), (?=[\w(])"
)


def drop_kin_before_name(text: str) -> str:
    """For a line too long, whose kin the subject is goes and the name stays as the subject (`Em gái nhà lãnh đạo …
    Kim Jong-un, bà Kim Yo-jong, ngày 28/5 ra tuyên bố …` → `Bà Kim Yo-jong ngày 28/5 ra tuyên bố …`): a cut at the
    name's comma would leave no predicate; the kin stays under "who" as her role."""
    found = _KIN_BEFORE_NAME.match(text)
    if found is None:
        return text
    name = found.group(1)
    return f"{name[:1].upper()}{name[1:]} {text[found.end() :]}"


# `… đơn vị Cheonghae, | vốn đang làm nhiệm vụ chống cướp biển ở vịnh Aden, | tới eo biển Hormuz …`: what a thing
# already is or does, set off by commas; the sentence goes on after it.
_ALREADY_ASIDE = re.compile(r", vốn (?:là |đang |được |đã )?[^,;.]{3,100}?,(?= )")


# The theme an event was held under (`… lễ kỷ niệm … | với chủ đề "Chấm dứt ô nhiễm nhựa"`): its slogan, which a line
# too long leaves to the story.
_THEME = re.compile(r" (?:với|theo|mang) (?:chủ đề|khẩu hiệu|thông điệp) [“\"][^”\"]{1,120}[”\"]")


def drop_theme(text: str) -> str:
    """`text` without the theme or slogan an event was held under, quoted after `với chủ đề`."""
    return _THEME.sub("", text, count=1)


def drop_already_aside(text: str) -> str:
    """For a line too long: an aside saying what a thing already is or does (`, vốn đang làm nhiệm vụ …,`)."""
    return _ALREADY_ASIDE.sub("", text, count=1)


# When a condition that opens the lead (after its date, if any) would hold: the session, the time or the plan it follows
# (`Nếu dự luật … được Quốc hội thông qua | trong kỳ họp thường kỳ tháng 12 như đề xuất của đảng cầm quyền|, …`), set
# right before the comma closing the condition; never a phrase holding a verb of its own.
_NO_VERB = r"(?:(?! (?:đã|sẽ|được|bị|mà|đang) )[^,;.]){0,60}"
_CONDITION_ADJUNCTS = re.compile(
    r"^((?:[^,;.]{1,30}, )?(?:[Nn]ếu|[Gg]iả sử|[Tt]rong trường hợp) [^,;.]{10,200}?)"
    r"(?: (?:trong (?:kỳ họp|phiên họp|cuộc họp|tuần|tháng|năm)|vào (?:tuần|tháng|năm|cuối|đầu)"
    rf"|như (?:đề xuất|dự kiến|kế hoạch|dự định)|theo (?:kế hoạch|dự kiến|đề xuất|lộ trình))\b{_NO_VERB}){{1,3}},"
)


def drop_condition_adjuncts(text: str) -> str:
    """For a line too long: when and by what plan the lead's opening condition would hold (`trong kỳ họp …`, `như đề
    xuất của …`), so the event that depends on it fits; the condition itself stays, whatever its length."""
    return _CONDITION_ADJUNCTS.sub(r"\1,", text, count=1)
