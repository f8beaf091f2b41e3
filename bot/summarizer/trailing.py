"""What trails the lead's event and a one-line summary leaves out: an attribution at the end (`…, Bộ Quốc phòng cho
biết.`, `…, theo Bộ Quốc phòng.`) and an elaboration (`, nguyên nhân …`, `gồm …`). Kept apart from `lead.py`, whose
deletions open the lead (its sources and settings); `what` calls `drop_trailing` after those.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import MIN_WHAT_WORDS, words
from bot.summarizer.lexicon import CAPITALS, lexicon, match_at

_TRAILING_SOURCE = re.compile(
    rf", ((?:[{CAPITALS}]|ông |bà |(?:công ty|hãng(?: tin| thông tấn)?|tập đoàn|cơ quan|tổ chức)"
    # `…, hãng thông tấn KCNA đưa tin ngày 9/9.`, `…, hãng thông tấn trung ương Triều Tiên …`, `…, tờ Korea …`
    rf"(?: quản lý| trung ương)? [{CAPITALS}]|(?:tờ|báo|tạp chí|đài|kênh) [{CAPITALS}]"
    r"|(?:người phát ngôn|phát ngôn viên) "  # `…, người phát ngôn Phủ Tổng thống Kang Yu-jung cho biết.`
    r"|(?:công ty|hãng)(?: quản lý)? của (?:cô|anh|ông|bà|họ|nhóm)(?= )"  # `…, công ty quản lý của cô cho biết`
    # `…, công ty cho biết ngày 11/2.`, `…, đơn vị tổ chức cho biết.`
    r"|(?:công ty|hãng|tập đoàn|ban tổ chức|đơn vị tổ chức|nhà tổ chức)(?= (?:cho biết|cho hay|thông báo|công bố)))"
    r"[^,;:]{0,100}?(?:, [^,;:]{1,40}? và [^,;:]{1,40}?)?) "  # `Bộ Nông nghiệp, thực phẩm và …`
    r"(?:cho biết|cho hay|nhấn mạnh|khẳng định|thông báo|công bố|đưa tin|nói|bày tỏ|viết)"
    # `…, tạp chí Billboard cho biết`, `…, Tổng thống Trump viết trên mạng xã hội Truth Social`
    r"(?: trên (?:mạng xã hội|trang|tài khoản)[^,;:.]{0,40})?"
    r"(?: (?:ngày|hôm|vào)[^,;:.]{0,30})?"
    # `…, KCNA đưa tin ngày 29/1, | cho biết …`, `…, | đồng thời cho biết …`, and what the source went on to expect
    # or aim at itself (`…, Bộ … cho biết ngày 2/12, | đặt mục tiêu đón 18,5 triệu lượt khách cả năm`)
    r"(?:, (?:đồng thời )?(?:cho biết|cho hay|nói thêm|đặt mục tiêu|dự kiến|dự báo|kỳ vọng|nhấn mạnh|cảnh báo)"
    r"(?: rằng)? [^;]{1,300})?"
    r"[.!?]?[\"”]?$"
)
# `…, theo Hội đồng tham mưu trưởng liên quân.`, `…, theo nhà xuất bản Munhakdongne.`: a named source
# at the very end (not `theo giờ địa phương`), or those who counted, unnamed (`, theo ban tổ chức.`, `, theo số
# liệu sơ bộ do … công bố ngày 28/10.`, `, theo số liệu thống kê về nguyên nhân tử vong do …`); a name's fields
# may be listed with commas (`, theo Bộ Nông nghiệp, Lương thực và Nông thôn.`, `, theo Bộ Công nghiệp, thương
# mại và tài nguyên.`).
_TRAILING_THEO = re.compile(
    rf", theo (?:[{CAPITALS}]|(?:báo cáo|số liệu|thông báo|thống kê|kết quả|ước tính|(?:cuộc )?khảo sát)"
    rf"(?: [a-zà-ỹđ]+){{0,8}}? (?:của|do) |(?:số liệu|báo cáo|thống kê)(?: [a-zà-ỹđ]+){{0,2}}? (?=[{CAPITALS}])"
    rf"|(?:công ty|hãng|tập đoàn|cơ quan|tổ chức|nhà xuất bản|nhà sản xuất|nhà phát hành|tờ|báo|tạp chí|đài|kênh)"
    rf"(?: [a-zà-ỹđ]+){{0,8}} "  # `công ty phân tích dữ liệu ứng dụng WiseApp`
    rf"[{CAPITALS}]"  # `công ty quản lý YG …`, `công ty bất động sản Dabang`
    r"|(?:ban tổ chức|cảnh sát|nhà chức trách|giới chức|lực lượng (?:cứu hỏa|chức năng)|chính quyền|chính phủ"
    r"|cơ quan (?:cứu hỏa|chức năng))(?=[.!?]?$| \w)"
    r"|(?:công bố|thông báo)(?=(?: (?:ngày|hôm) \d{1,2}/\d{1,2})?[.!?]?$))"  # `, theo công bố ngày 12/11.`: unnamed
    rf"[^,;:]{{0,100}}?(?:, [{CAPITALS}][^,;:]{{0,60}}?|, [^,;:A-Z]{{1,40}}? và [^,;:]{{1,40}}?){{0,3}}[.!?]?[\"”]?$"
)
_ELABORATION = re.compile(r"(?:, (?:trong đó )?(?:nguyên nhân|(?:với )?lý do|cụ thể|bao gồm|gồm)| (?:bao gồm|gồm)) ")
_OF_A_NAME = re.compile(rf" của [{CAPITALS}]")
_PURPOSE = re.compile(r" nhằm ")
_CLAUSE_END = re.compile(r";|(?<!\d)[,.]|[,.](?!\d)")  # not a number's own (`6,5 tỷ USD`)
_NAME_WORDS = rf"[{CAPITALS}][\w-]*(?: [{CAPITALS}0-9][\w-]*){{0,4}}"
_NAMES_LISTED = re.compile(rf"{_NAME_WORDS}(?:, {_NAME_WORDS}){{0,6}} và {_NAME_WORDS}(?![\w-])")  # `A, B và C`
_LISTED = re.compile(r"[^,;.]{1,40}(?:, [^,;.]{1,40}){0,8} và [^,;.]{1,40}(?=,)")  # `Samsung, LG, Hyosung và Lotte`
# … and after an elaboration, a clause of its own stays (`… "danh sách trắng" | gồm …, | 4 năm sau khi loại …`)
_KEPT_AFTER = re.compile(r", (?:\d+ (?:năm|tháng|tuần|ngày) sau khi|khiến|trở thành|đánh dấu)\b")
_QUOTE_THEN_SPEAKER = re.compile(r"[”\"](?:, [^,;.”\"]{1,40})?$")
# `… với album mới "Karma"`: a short quoted name inside the sentence, a title rather than a quotation; so is one of
# any length after the words that give a name (`được mệnh danh là "giải Nobel của ngành kiến trúc"`).
_QUOTED_TITLE = re.compile(
    r"(?:(?<=[^\W\d]) [\"“](?:[^\s\"“”]+ ){0,3}[^\s\"“”]+|\b(?:là|mệnh danh|gọi|tên) [\"“][^\"“”]{1,80})[\"”]$"
)


def _ends_on_quotation(text: str, end: int) -> bool:
    """The words before `end` close a quotation (and maybe name its speaker), not a quoted title."""
    found = _QUOTE_THEN_SPEAKER.search(text, 0, end)
    return found is not None and _QUOTED_TITLE.search(text, 0, found.start() + 1) is None


def drop_trailing(text: str) -> str:
    """A trailing attribution (`…, Bộ Quốc phòng cho biết.`, `…, theo Bộ Quốc phòng.`) and elaborations at the end
    (`, nguyên nhân …`, `gồm …`) go, when enough is left to stand alone, but not the purpose that closes one (`gồm 15
    nội dung | nhằm …`); the speaker of a quotation stays."""
    for trailing in (_TRAILING_SOURCE, _TRAILING_THEO):
        source = trailing.search(text)
        # a quotation keeps its speaker, and a speaker named before the title that says it (`“…”, ông Nguyễn Văn
        # Đính, | Chủ tịch Hội … cho biết`)
        said = source is not None and _ends_on_quotation(text, source.start())
        if source is not None and not said and words(text[: source.start()]) >= MIN_WHAT_WORDS:
            text = text[: source.start()]
    for match in _ELABORATION.finditer(text):
        clause = _CLAUSE_END.split(text[match.end() :], maxsplit=1)[0]
        # `danh sách rút gọn gồm 6 tác phẩm của Giải thưởng Booker …`: what the list belongs to comes after
        whose = not match.group(0).startswith(",") and _OF_A_NAME.search(clause) is not None
        # `6 người nước ngoài, gồm 5 người Nhật Bản …, | đã được sơ tán …`: an aside (or list) the clause goes on after
        listed = _LISTED.match(text, match.end())
        close = listed.end() if listed is not None else match.end() + len(clause)
        aside = text[close : close + 3][2:].islower()
        enough = words(text[: match.start()]) >= MIN_WHAT_WORDS and words(text[match.end() :]) >= 4
        # `ra mắt điện thoại … gồm Galaxy Z Fold7 và Galaxy Z Flip7 | tại …`: the names of what was made are the news
        named = not match.group(0).startswith(",") and _NAMES_LISTED.match(text, match.end()) is not None
        # `Ngoại trưởng ba nước … gồm | Bộ trưởng … Cho Tae-yul, … và … Vương Nghị | tổ chức …`: whom a subject holds
        people = match_at(lexicon().titles, text[match.end() : match.end() + 80].split(), 0) > 0
        # `công bố gói biện pháp | gồm 15 nội dung | nhằm ngăn chặn …`: what the whole is for is no item: it stays
        purpose = _PURPOSE.search(text, match.end(), match.end() + len(clause))
        kept = text[purpose.start() : match.end() + len(clause)] if purpose else ""
        close = match.end() + len(clause) if purpose else close
        if enough and not whose and not aside and not named and not people:
            return text[: match.start()] + kept + (text[close:] if _KEPT_AFTER.match(text, close) else "")
    return text


# The background a lead closes on (`…, mức cao nhất kể từ tháng 3 năm 2009|, trong bối cảnh thị trường lo ngại …`).
_CLOSING_BACKGROUND = re.compile(r", trong bối cảnh [^;]{1,300}$")


def drop_closing_background(text: str) -> str:
    """For a line too long: the background the lead closes on goes whole, so what it followed is the line's last
    clause, which a record may end a few words over (`record_fit`); the cut would have taken it anyway."""
    found = _CLOSING_BACKGROUND.search(text)
    if found is None or words(text[: found.start()]) < MIN_WHAT_WORDS:
        return text
    return text[: found.start()]
