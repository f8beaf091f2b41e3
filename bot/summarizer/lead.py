"""Deletions that compress a lead sentence the way an editor does; each keeps the rest exactly as written.

Every public function takes a text and returns it with one kind of span removed, or unchanged when the
span is not there or removing it would leave too little to stand alone. Deletion only: what is kept is
the story's own words in the story's order. `what.py` chooses the lead, applies these, then fits the line.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import clause_comma, words
from bot.summarizer.contrast import CONTRAST
from bot.summarizer.descriptions import BODY_KIND
from bot.summarizer.latin_words import VOWEL_RUN
from bot.summarizer.lexicon import (
    CAPITALS,
    NEWS_AGENCIES,
    PUBLISHING_VERBS,
    REPORTING_VERBS,
    SUPERLATIVES,
    lexicon,
    match_at,
    names_until_and,
)
from bot.summarizer.reported_counts import COUNT_BEFALLEN, COUNT_EXISTS, COUNT_RECORDED, NUMBER_OF, OWN_NEXT_ACT
from bot.summarizer.reporting_people import opens_with_named_person, opens_with_person, points_back
from bot.summarizer.setting_lists import past_list

_TIME_OPENERS = frozenset(
    {"Vào", "Lúc", "Ngày", "Hôm", "Sáng", "Chiều", "Tối", "Đêm", "Trưa", "Rạng", "Từ", "Đến", "Tính", "Kể", "Đầu",
     "Cuối", "Giữa", "Năm", "Tháng"}
)  # fmt: skip
SETTING_OPENERS = re.compile(
    r"(?:Trong|Tại|Ở|Sau|Trước|Nhân|Bên lề|Chủ trì|Phát biểu|Trả lời|Khi|Với|Giữa|Dù|Mặc dù|Bất chấp|Để|Nhằm|"
    r"Tiếp theo|Tiếp nối|Liên quan (?:đến|tới)|Về|Được|Là|Vào dịp|"
    r"(?:Một|Hai|Ba|Vài|\d+) (?:giờ|ngày|tuần|tháng|năm) (?:sau|trước))\b",  # `Một ngày sau trận động đất …, …`
    re.IGNORECASE,
)
# … and, for a line too long, a cause set before the subject (`Do ảnh hưởng của …`, `Vì lo ngại …`, `Nhờ …`; not `Do`
# before a name: `Do Kwon`)
LEADING_CAUSE = r"(?-i:[Dd]o(?= [a-zà-ỹđ])|[Vv]ì|[Nn]hờ)\b"
_SETTING_OR_CAUSE = re.compile(rf"{SETTING_OPENERS.pattern}|{LEADING_CAUSE}", re.IGNORECASE)
TIME_MENTION = re.compile(
    r"\d{1,2}/\d{1,2}|\b(?:ngày|tháng|năm|giờ|sáng|chiều|tối|đêm|trưa|tuần|quý) \d|\bhôm (?:qua|nay)"
)
# `Trong 20 ngày đầu tháng 11`, `Trong quý III`, `Trong nửa đầu năm`, `Từ đầu năm đến nay`: the period a figure is
# measured over.
_PERIOD = re.compile(
    r"[Tt]rong (?:vòng )?(?:\d|(?:tháng|quý|năm|tuần|nửa|hai|ba|sáu|chín|kỳ nghỉ|dịp|đợt|giai đoạn) )"
    r"|(?:[Tt]ính )?[Tt]ừ đầu (?:năm|tháng|quý|tuần)\b"
)
LEADING_SOURCE = re.compile(r"Theo\s")
# `sân bay này`, `công ty này`: the rest points back to the source, which alone names it (not `hội` nor `sở`, the
# halves of `cơ hội này`, `cơ sở này`).
POINTS_BACK = re.compile(
    r"\b(?:sân bay|cảng|công ty|tập đoàn|hãng|cơ quan|tổ chức|bộ|trường|bệnh viện|viện|ngân hàng|cục) này\b"
)
# `… do Cục Thống kê công bố ngày 4/2`, `… do Viện … Stockholm (SIPRI) công bố`: who published a report
_PUBLISHED_BY = re.compile(
    rf" do (\w[\w&-]*(?: [\w&-]+){{0,12}}?(?: \([A-Z][A-Za-z0-9&-]{{1,9}}\))?) ({PUBLISHING_VERBS})"
    r"(?: (?:ngày|hôm) [\d/]+)?$"
)
_FOUND = re.compile(r"[^,;.]{3,80}? (?:được|bị) phát hiện\b")  # a thing found, the verb's subject before it
_REPORTING = re.compile(r" (?:đã )?(?:cho biết|cho hay|thông báo|tiết lộ|đưa tin)(?: rằng)?,? ")
# Unnamed sources and the press at large: what they say is not yet confirmed, and the line says whose it is.
_HEARSAY_WORDS = "truyền thông|báo chí|nguồn tin|tin đồn"
# (capitalised mid-sentence, such a word is one of a name's: `Bộ Thông tin và Truyền thông`, `Viện … Truyền thông …`)
_HEARSAY_PATTERN = rf"(?<!\w)(?:{_HEARSAY_WORDS})(?!\w)|^(?i:{_HEARSAY_WORDS})(?!\w)"
_HEARSAY = re.compile(_HEARSAY_PATTERN)
# A source that is the press, named or not: what it reports stays attributed to it.
_MEDIA = re.compile(rf"(?<!\w)(?i:tờ|{NEWS_AGENCIES}|đài(?! loan)|kênh)(?!\w)|{_HEARSAY_PATTERN}")
# What a source expects rather than reports: the line keeps whose expectation it is.
_FORECAST = re.compile(r"\b(?:dự kiến|dự báo|ước tính|ước đạt|dự đoán|triển vọng)\b")
# `kim ngạch xuất khẩu | của nước này | trong tháng 11`: a country named only in the source that went.
_THIS_COUNTRY = re.compile(r"^([^,.;]{1,60}?) của (?:nước|quốc gia) này(?=[ ,])")


def starts_with_subject(text: str) -> bool:
    """Whether a clause has a subject of its own (it does not start with a verb, a preposition or a time)."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    subjectless = lexicon().subjectless_openers
    return bool(first) and first.strip('“"(').casefold() not in subjectless and not first[:1].isdigit()


def is_time(clause: str) -> bool:
    """The clause opens with a time or a period (`Ngày 4/3`, `Vào lúc 6 giờ …`, `Trong 20 ngày đầu tháng 11`)."""
    first = clause.split(maxsplit=1)[0] if clause.strip() else ""
    return (
        (first in _TIME_OPENERS and first not in ("Từ", "Đến"))
        # `vào`, `lúc`, `từ`, `đến` open other words too (`Từ chức …`, resigning): only with a time in the clause
        or (first.casefold() in ("vào", "lúc", "từ", "đến") and bool(TIME_MENTION.search(clause)))
        or _PERIOD.match(clause) is not None
    )


def _subject_after_time(text: str) -> bool:
    """Whether `text` has a subject of its own, after a leading time set off by a comma (`trong tháng 6,`)."""
    comma = clause_comma(text, 0, 120)
    if comma > 0 and TIME_MENTION.search(text[:comma]) and words(text[:comma]) <= 10:
        text = text[comma + 2 :]
    return starts_with_subject(text)


def _names_publisher(words_before_verb: str) -> bool:
    """`Cục Thống kê`, `công ty Realmeter`: a name, or a kind of body and its name; not `các chuyên gia`."""
    kind = BODY_KIND.match(words_before_verb)
    return words_before_verb[:1].isupper() or (kind is not None and words_before_verb[kind.end() + 1 :][:1].isupper())


# A ranking as the source (`Theo bảng xếp hạng sức mạnh quân sự toàn cầu …,`) of a rank (`… đứng thứ 5`).
_RANKING = re.compile(r"Theo (?:bảng |kết quả )?xếp hạng\b")
_RANKING_BY = re.compile(rf" do [^,;]{{1,120}}? (?:{PUBLISHING_VERBS})(?: (?:ngày|hôm) [\d/]+)?$")  # who published it
_RANK = re.compile(r"\b(?:đứng|xếp) (?:thứ|hạng|vị trí)\b|\bxếp hạng\b")


def _mid_sentence(text: str) -> str:
    """`text`, which opened a sentence, as it reads after a verb: its first letter in lower case unless it
    starts a name (`Hàn Quốc`, `Mỹ`, `Samsung`, `LG`: a capital after it, a place, an acronym, a foreign
    word), which keeps its capital."""
    first, _, after = text.partition(" ")
    name = after[:1].isupper() or first.isupper() or len(VOWEL_RUN.findall(first)) > 1
    name = name or match_at(lexicon().places, text.split()[:3], 0) > 0
    return text if name else text[:1].lower() + text[1:]


def _in_list_of_names(text: str, comma: int) -> bool:
    """The comma at `comma` follows a name and goes on to more names and a `và` (`Hyundai, | Kia, GM Korea và …`)."""
    last_word = text[:comma].rsplit(" ", 1)[-1]
    return last_word[:1].isupper() and names_until_and(text[comma + 2 :].split()[:8], 7)


# When the source was made public, set off after it (`Theo khảo sát …, | công bố ngày 3/2 |, Việt Nam …`): the source's.
_PUBLISHED_ON = re.compile(r"(?:được )?(?:công bố|công khai)(?: vào)? (?:ngày|hôm) \d{1,2}/\d{1,2}(?:/\d{4})?(?=, )")


# A survey's whole description (who ran it, with whom, on whom, when, how, when published) is a source of up to this
# many words before its comma; a first comma farther than that is inside the event itself.
_MAX_SOURCE_WORDS = 60


def drop_leading_source(text: str, *, always: bool = False) -> str:
    """`Theo báo cáo của Cục Thống kê, chỉ số giá …` → `chỉ số giá …`. Unless `always`, a source stays when
    what follows has no subject of its own (`Theo KTO, trong tháng 6 đã có …`): it is what the line is about,
    or states a forecast (`Theo KDI, tăng trưởng … dự kiến đạt 2%`): an estimate is only ever someone's; an
    unnamed source or the press at large (`Theo nguồn tin giấu tên, …`) always stays: its word is
    unconfirmed; unless `always`, a source the rest points back to (`… sân bay này`) stays, as the only place it
    is named; and a source that names who published it (`Theo báo cáo … do Cục Thống kê công bố ngày
    4/2, chỉ số giá …`) becomes the subject (`Cục Thống kê công bố chỉ số giá …`), by deleting the words
    around it. A ranking whose rank follows (`Theo bảng xếp hạng sức mạnh quân sự …, Hàn Quốc đứng thứ 5`)
    always stays, without who published it: it says what the rank is in."""
    time_comma = clause_comma(text, 0, 60)
    if time_comma > 0 and is_time(text[:time_comma]) and text.startswith(", theo ", time_comma):
        # `Sáng 5/9, | theo số liệu …, | chính quyền tỉnh …`: the time stays, the source after it goes as one opening
        source = "T" + text[time_comma + 3 :]
        dropped = drop_leading_source(source, always=always)
        first = text[len(text) - len(dropped)] if dropped != source and text.endswith(dropped[1:]) else dropped[:1]
        return text if dropped == source else f"{text[:time_comma]}, {first}{dropped[1:]}"
    if not LEADING_SOURCE.match(text):
        return text
    comma = clause_comma(text)
    while comma > 0 and text[comma - 1 : comma].isalnum() and _in_list_of_names(text, comma):
        comma = clause_comma(text, comma + 1)  # `Theo số liệu của 5 hãng … gồm Hyundai, | Kia … và Renault Korea, |`
    published_on = _PUBLISHED_ON.match(text, comma + 2) if comma > 0 else None
    comma = published_on.end() if published_on else comma  # `Theo khảo sát …, | công bố ngày 3/2, |`: the source's
    if comma < 0 or words(text[:comma]) > _MAX_SOURCE_WORDS or words(text[comma + 2 :]) < 6:
        return text
    rest = text[comma + 2 :]
    if _HEARSAY.search(text, 0, comma):
        return text  # `Theo nguồn tin giấu tên, Samsung đang cân nhắc …`: unconfirmed, and said so
    if not always and POINTS_BACK.search(rest, 0, 400):
        return text  # `Theo Tổng công ty Sân bay quốc tế Incheon, … sử dụng sân bay này`: which airport is the source
    if _RANKING.match(text) and _RANK.search(rest, 0, 200):  # the ranking says what the rank is in
        published = _RANKING_BY.search(text, 0, comma)
        return f"{text[: published.start() if published is not None else comma]}, {rest}"
    if not always and _FORECAST.search(rest, 0, 200):
        return text  # `Theo KDI, tăng trưởng năm nay dự kiến đạt 2%`: a forecast is only ever someone's
    publisher = None if always else _PUBLISHED_BY.search(text, 0, comma)
    if publisher is not None and _names_publisher(publisher.group(1)) and _subject_after_time(rest):
        name = publisher.group(1)
        return f"{name[:1].upper()}{name[1:]} {publisher.group(2)} {_mid_sentence(rest)}"
    if always or text.startswith("Theo đó") or _subject_after_time(rest):
        return _THIS_COUNTRY.sub(r"\1", rest, count=1)
    return text


def drop_reporting_source(text: str, too_long: bool = False, any_subject: bool = False) -> str:
    """`Phủ Tổng thống cho biết Tổng thống Moon sẽ …` → `Tổng thống Moon sẽ …`: an office, its spokesperson or a company
    that reports a person's act gives way to that person; a person who says something stays the subject, and so does an
    office announcing what happens to a thing (`Bộ Văn hóa cho biết Lễ hội … sẽ được tổ chức`), since the announcement
    is then the event. The press stays (`Truyền thông Nhật Bản đưa tin Thủ tướng … có thể sẽ thăm …`): what it reports
    is a report, not a fact. A time set off by a comma after the verb stays with the act. From a line `too_long`, an
    office reporting another office's act gives way to it too, and so does an office reporting a count over a period or
    as of a date (`… cho biết trong 8 tháng đầu năm, có 286 ca …` → `Trong 8 tháng đầu năm, có 286 ca …`, `… từ đầu năm
    đến nay, cả nước ghi nhận 35 ca …`, `… tính đến ngày 23/12, số người … là …`, `… trong năm 2025, số vụ … là …`),
    what befell someone it names only as one (`… cho biết một người đàn ông … tử vong …`) or what was found (`… cho
    biết, virus … được phát hiện …`),
    those it counts with what befell them (`… cho biết 2 du khách … thiệt mạng …`), or the number of something it
    reports and did not publish (`… cho biết số bệnh nhân … là 73,1 người …`, without what the office did next: `…, và
    đã ban hành …`). With `any_subject` (`long_lead.without_reporting_office`, after the cut), an office that did not
    itself publish gives way to whatever it reports that has a subject of its own (`… cho biết | tên lửa đẩy Nuri …
    được phóng … và đưa thành công 13 vệ tinh …`)."""
    match = _REPORTING.search(text, 0, 300)
    if match is None or words(text[: match.start()]) > 30:
        return text
    source = text[: match.start()]
    last_comma = source.rfind(", ")
    if opens_with_person(source[last_comma + 2 :] if last_comma >= 0 else source) or _MEDIA.search(source):
        return text
    rest = text[match.end() :]
    # … or to what it found (`… cho biết, | virus cúm gia cầm … được phát hiện tại …`): the finding is the event
    if too_long and _FOUND.match(rest) and starts_with_subject(rest) and words(rest) >= 6:
        return rest[:1].upper() + rest[1:]
    # (with `any_subject`: an office, not people asked in a survey, `có 41% người lao động … cho biết`; nor one that
    # published what it reports, `Cục Thống kê công bố số liệu cho biết`: figures keep who published them)
    if any_subject:
        source_words = source[last_comma + 1 :].split()[:3]  # none when the lead opens on the verb (`cho biết …`)
        by_office = bool(source_words) and match_at(lexicon().org_heads, source_words, 0) > 0
        opened = rest[:1].upper() + rest[1:]
        thing = starts_with_subject(rest) and not is_time(opened) and words(rest) >= 6
        # … never an office named after a clause of its own, a trailing attribution set mid-sentence (`Thủ tướng … ký
        # …, | Bộ Khoa học … cho biết, | nâng tổng số vốn …`): only after a time (`Ngày 3/4, Bộ … cho biết …`)
        first = clause_comma(source)
        own_clause = first >= 0 and not is_time(source[:first])
        if by_office and thing and not own_clause and REPORTED_OR_FORECAST.search(f" {source} ") is None:
            return opened
    subject = rest
    indefinite = too_long and rest.startswith("một ")
    # `Đại sứ quán … cho biết | chính phủ Hàn Quốc sẽ …`: a government written in lower case is an office all the same
    government = too_long and rest.startswith(("chính phủ ", "chính quyền ")) and starts_with_subject(rest)
    if government and words(rest) >= 6:
        return rest[:1].upper() + rest[1:]
    # … or to those it counts, when it says what befell them (`Bộ Ngoại giao cho biết | 2 du khách … thiệt mạng …`)
    if too_long and COUNT_BEFALLEN.match(rest) and words(rest) >= 6:
        return rest[:1].upper() + rest[1:]
    # … or to the number of something it reports (`KDCA cho biết | số bệnh nhân … là 73,1 người …, tăng gấp 3 lần …`),
    # without what the office went on to do itself (`…, | và đã ban hành cảnh báo …`), which needs it as subject; not
    # when it published the figures (`Cục Thống kê công bố số liệu cho biết …`): figures keep who published them
    published = REPORTED_OR_FORECAST.search(f" {source} ") is not None
    if too_long and not published and (count_of := NUMBER_OF.match(rest)) and words(rest) >= 6:
        own_act = OWN_NEXT_ACT.search(rest, count_of.end())
        return rest[:1].upper() + rest[1 : own_act.start() if own_act else len(rest)]
    named = opens_with_named_person(rest) and not points_back(source, rest)
    if (not rest[:1].isupper() and not indefinite and not named) or rest.split(maxsplit=1)[0] in _TIME_OPENERS:
        comma = clause_comma(rest, 0, 160)
        period = too_long and _PERIOD.match(rest) is not None
        if comma < 0 or not (TIME_MENTION.search(rest[:comma]) or period):
            return text
        subject = rest[comma + 2 :]
    person = named or match_at(lexicon().titles, subject.split()[:4], 0) > 0  # `Tổng thống …`, `nhà lãnh đạo …`
    # from a line too long, an office also gives way to another office whose act it reports (`Bộ Kinh tế và
    # Tài chính cho biết | Ủy ban Thương mại Hàn Quốc (KTC) đã quyết định áp thuế …`), or to a count over a
    # period it reports (`KDCA cho biết | trong 8 tháng đầu năm nay, có 286 ca …`)
    office = too_long and match_at(lexicon().org_heads, subject.split()[:3], 0) > 0 and subject[:1].isupper()
    # … or the number of something over a period it did not publish (`… cho biết | trong năm 2025, số vụ … là 42 vụ`)
    over_period = _PERIOD.match(rest) is not None and not published
    as_of = (rest.casefold().startswith("tính đến") or over_period) and NUMBER_OF.match(subject) is not None
    count = COUNT_EXISTS.match(subject) or COUNT_RECORDED.match(subject)
    counted = too_long and subject is not rest and (count is not None or as_of)
    if counted and words(rest) >= 6:
        return rest[:1].upper() + rest[1:]
    # … or to someone or something it names only as one (`KDCA cho biết | một người đàn ông khoảng 60 tuổi … tử vong`)
    if indefinite and starts_with_subject(rest) and words(rest) >= 6:
        return rest[:1].upper() + rest[1:]
    if not (person or office) or not starts_with_subject(subject) or words(rest) < 6:
        return text
    return rest[:1].upper() + rest[1:]


_PLACE_UNIT = re.compile(rf"(?:tỉnh|thành phố|huyện|quận|bang) (?:[{CAPITALS}]\w*(?: |$))+")


def _past_country(text: str, comma: int) -> int:
    """The comma after `…ở Kuala Lumpur, Malaysia ngày 1/11,` when `comma` is the one between a city and its
    country or province (a known place or `tỉnh …`, then at most a time): a setting's place reads whole;
    else `comma`."""
    if comma < 0:
        return comma
    following = clause_comma(text, comma + 1)
    if following < 0:
        return comma
    segment = text[comma + 2 : following].split()
    place = match_at(lexicon().places, segment, 0) if segment else 0
    unit = _PLACE_UNIT.match(" ".join(segment[:5]))  # `…, tỉnh Chungcheong Nam`: a province named by its unit
    if not place and unit:
        place = len(unit.group(0).split())
    rest = " ".join(segment[place:])
    return following if place and (not rest or is_time(rest[:1].upper() + rest[1:])) else comma


# `Tại Hà Nội ngày 11/8`, `Trong phiên họp toàn thể Quốc hội ngày 19/9`, `Bên lề hội nghị … ngày 30/10`: where the
# event took place, then its date; or what the subject was doing then (`Chủ trì cuộc họp Nội các … ngày 26/8`,
# `Phát biểu tại …`, `Trả lời phỏng vấn …`), which happened when the event did (not `Sau khi …`, `Nhân dịp …`, whose
# date is another event's). The place may hold a comma (`… ở Kuala Lumpur, Malaysia ngày 1/11`, `… Hàn Quốc, Mỹ và …`).
_PLACE_THEN_DATE = re.compile(
    r"(?:Tại|Ở|Trong|Bên lề|Chủ trì|Phát biểu|Trả lời) [^;]{1,200}? "
    r"((?:(?:sáng|trưa|chiều|tối|đêm) )?(?:ngày|hôm) \d{1,2}/\d{1,2}(?:/\d{4})?)"
)
_REPORTS = re.compile(rf" (?:đã )?(?:{PUBLISHING_VERBS}|tuyên bố|phát biểu)\b")
# `Tại quảng trường Gwanghwamun | ở trung tâm thủ đô Seoul,`: a named place, then the larger place it is in
_NAMED_PLACE = re.compile(
    r"(?:Tại|Ở) (?:(?:quảng trường|thành phố|thủ đô|tỉnh|huyện|quận|bang|đảo|sân vận động|sân bay|cảng|khu vực|làng|"
    rf"vùng|thị trấn) )?[{CAPITALS}][\w-]*(?: [{CAPITALS}][\w-]*){{0,3}}(?= (?:ở|tại) )"
)
# A subject that points back to the parties a setting names (`hai nước`, `hai bên`, `ba nhà lãnh đạo`).
_BOTH_PARTIES = re.compile(r"(?:hai|ba|cả hai) (?:nước|bên|phía|quốc gia|nhà lãnh đạo|lãnh đạo)\b")
_NAMED = re.compile(rf"[{CAPITALS}]")
# `Trong khi A, | hai bên cũng B`: B is what the parties of A did as well, so A, which names them, is the news; for a
# line far too long, A stands alone (`Tổng thống … và Chủ tịch nước … nhất trí nâng cấp quan hệ … ngày 23/6`).
_ALONGSIDE = re.compile(
    rf"[Tt]rong khi ((?=[^,;]{{0,40}}[{CAPITALS}])[^;]{{10,300}}?), (?:hai|ba|cả hai) "
    r"(?:nước|bên|phía|quốc gia|nhà lãnh đạo|lãnh đạo|ông|bà) (?:cũng|còn)\b"
)
_TALLY = re.compile(r"Với (?:tổng cộng |tổng số )?\d")  # `Với 2 huy chương vàng, …`: what the subject won
# An occasion (`Nhân dịp kỳ nghỉ Tết Trung thu …,`) before an expectation or an estimate no one is named as holding
# (`dự kiến sẽ có khoảng 35 triệu lượt người di chuyển`): the occasion is what the figure is of, and stays when both fit
# a line with room to spare (as a vote a result is of does, however long: `VOTE_SETTING`).
_OCCASION = re.compile(r"(?:Nhân|Trong|Vào) dịp ")
_EXPECTED = re.compile(r"(?:dự kiến|ước tính)\b")
_SETTING_LINE_WORDS = 33  # two words under the line's limit (`fitting.MAX_WHAT_WORDS`)
_TIME_CLAUSE_WORDS = 15  # a period told in more words than this is background (`drop_setting`)
# A vote the subject's result is of (`Trong cuộc bầu cử Quốc hội …, | đảng Dân chủ … giành được 175 … ghế`): the result
# alone would not say what it was won in.
VOTE_SETTING = re.compile(r"Trong (?:cuộc |kỳ )?(?:tổng tuyển cử|bầu cử|bỏ phiếu|trưng cầu (?:ý dân|dân ý))\b")
_VOTE_SETTING_WORDS = 12


# A record the setting's figure holds, set off after it: it goes with the setting.
# … or a streak (`…, | lần cắt giảm thứ hai liên tiếp trong năm nay, | tỷ giá …`): what the setting's event was
_SETTING_RECORD = re.compile(rf"(?:(?:mức )?(?:{SUPERLATIVES})|lần [^,;.]{{0,30}}?thứ \w+)[^,;.]{{0,40}}, ")


def drop_setting(text: str, *, keep_tally: bool = True, keep_parties: bool = True, causes: bool = False) -> str:
    """A long setting before the subject goes (`Trong trận đấu …, tiền đạo Son …`); a time stays, and so does the first
    half of a contrast (`Trong khi giá nhà ở Seoul tăng …, thì …`: see `contrast.py`) and, unless `keep_tally` is false
    (a line too long, which a cut would leave with the tally alone), a tally the subject ended with (`Với 2 huy chương
    vàng, 3 huy chương bạc …, đoàn thể thao … kết thúc …`), and, unless `keep_parties` is false (a line far too long),
    the name of a place the setting names with the larger one it is in (`Tại quảng trường Gwanghwamun | ở trung tâm
    thủ đô Seoul,`) and the setting that names the parties a subject points back to (`Trong cuộc hội đàm giữa Tổng
    thống Lee … và Thủ tướng Ishiba …, hai bên nhất trí …`) or alone names what it points back to (`Liên quan đến vụ …
    tại Coupang, cảnh sát … trụ sở của công ty này`) or the vote its result is of (`VOTE_SETTING`). With `causes` (a
    line too long), a cause set before the subject goes too (`Do ảnh hưởng của cơn bão …, | hơn 300 chuyến bay …`):
    the event outranks why. Without `keep_parties`, `Trong khi A, hai bên cũng B` is A alone (`_ALONGSIDE`)."""
    time_comma = clause_comma(text, 0, 60)
    setting = _SETTING_OR_CAUSE if causes else SETTING_OPENERS
    if time_comma > 0 and is_time(text[:time_comma]) and setting.match(text, time_comma + 2):
        # `Ngày 20/6, | tại phiên họp … ở thủ đô Vienna, | Hàn Quốc …`: the time stays, the setting after it goes
        rest = text[time_comma + 2 :]
        dropped = drop_setting(rest, keep_tally=keep_tally, keep_parties=keep_parties, causes=causes)
        return text if dropped == rest else f"{text[:time_comma]}, {dropped}"
    if not keep_parties and (alongside := _ALONGSIDE.match(text)) is not None:
        return alongside.group(1)[:1].upper() + alongside.group(1)[1:]
    for _ in range(3):  # settings can follow one another (`Trong buổi họp báo …, nhân dịp …, Tổng thống …`)
        if not setting.match(text) or CONTRAST.match(text) or (keep_tally and _TALLY.match(text)):
            return text
        comma = past_list(text, _past_country(text, clause_comma(text)))
        if comma < 0:
            return text
        clause, rest = text[:comma], text[comma + 2 :]
        record = _SETTING_RECORD.match(rest)  # `Với tổng tỷ suất sinh chỉ 0,72 …, | thấp nhất thế giới, | Hàn Quốc …`
        if record is not None:
            clause, rest = text[: comma + record.end()], rest[record.end() :]
        opens = starts_with_subject(rest) or COUNT_EXISTS.match(rest) is not None
        # (a period told with the circumstances of a whole clause, `Trong dịp nghỉ hè năm nay khi nhu cầu … tăng mạnh
        # sau …`, is background, not a time)
        timed = is_time(clause) and words(clause) <= _TIME_CLAUSE_WORDS
        if timed or words(clause) < 5 or words(rest) < 6 or not opens:
            return text
        rest_clause = rest[: max(0, clause_comma(rest))] or rest
        roomy = words(clause) + words(rest_clause) <= _SETTING_LINE_WORDS  # both fit a line with room to spare
        if _OCCASION.match(clause) and _EXPECTED.match(rest) and roomy:
            return text  # `Nhân dịp kỳ nghỉ Tết Trung thu …, | dự kiến sẽ có 35 triệu lượt người …`: what it is of
        if keep_parties and VOTE_SETTING.match(clause) and (words(clause) <= _VOTE_SETTING_WORDS or roomy):
            return text  # a long one (`… sau nhiều giờ tranh luận …`) would leave the result no room
        if keep_parties and _NAMED.search(clause, 1) and (_BOTH_PARTIES.match(rest) or POINTS_BACK.search(rest)):
            return text  # `Nhân chuyến thăm … của Tổng Bí thư Tô Lâm, | hai nước ký kết …`: the setting says which two
        # `Tại Hà Nội ngày 11/8,`: where goes, when stays, unless what follows reports (then it is the date of
        # the report, which a one-line summary leaves out: see `filler.py`) or has a date of its own
        place_then_date = _PLACE_THEN_DATE.fullmatch(clause) if not TIME_MENTION.search(rest, 0, 200) else None
        reports = _REPORTING.search(rest, 0, 200) is not None or _REPORTS.search(rest, 0, 200) is not None
        # … and a named place keeps its name alone, where the event is (`Tại quảng trường Gwanghwamun, | khoảng 50.000
        # người …`), when nothing else is kept from the setting and the line is not far too long
        named_place = _NAMED_PLACE.match(clause) if keep_parties and not reports and not place_then_date else None
        if named_place is not None:
            return f"{named_place.group(0)}, {rest}"  # (which is then no setting to drop again)
        text = f"{place_then_date.group(1)}, {rest}" if place_then_date and not reports else rest
    return text


# a source saying or publishing what it reports, or forecasting it (`… dự báo | trong kỳ nghỉ …, | sẽ có …`)
REPORTED_OR_FORECAST = re.compile(rf" (?:{PUBLISHING_VERBS}|{REPORTING_VERBS}|dự báo)(?: rằng)?,? ")
