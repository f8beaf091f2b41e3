"""Which sentence holds the event, and what opens it before the event itself.

A lead that asks (`Liệu … ?`), only says what a day is every year (`Ngày 22/11 hằng năm là …`), what a period was,
with no figure (`Năm 2024 là năm du lịch … phục hồi …`), or what a thing is (`Sởi là bệnh truyền nhiễm …`), opens the
story: the next sentence is the event, without the `Nhân dịp này,` that points back. A lead that only announces a
report or a plan takes its findings or measures from the next sentence (`Theo đó, …`); a study a finding comes from may
give way to the finding, a list announced to the one on it who set a record, and a plan, a draft, results or a report
named to what they will do or found.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import MIN_WHAT_WORDS, clause_comma, words
from bot.summarizer.dates import DAY_MONTH
from bot.summarizer.lead import starts_with_subject
from bot.summarizer.lexicon import CAPITALS, PUBLISHING_VERBS
from bot.summarizer.record_after import FIRST, RECORD

# … or a plan, whose measures the next sentence gives (`công bố kế hoạch … . Theo đó, Hàn Quốc sẽ tăng …`)
_REPORT_LEAD = re.compile(
    rf" (?:{PUBLISHING_VERBS})(?= (?:báo cáo|kết quả|số liệu|thống kê|bản báo cáo|kế hoạch|gói|biện pháp)\b)"
)
_FINDING_SOURCE = re.compile(
    r"(?:Một|Kết quả|Các) (?:cuộc |bản |công trình )?(?:khảo sát|nghiên cứu|báo cáo|thống kê|điều tra)"
    r"(?:[^,.;:]|(?<=\d)[.,](?=\d)){0,160}? cho thấy(?: rằng)? "  # `… với 3.000 người trưởng thành cho thấy`
)
# A lead that only says what a day is every year, or what a period was: background, not the event.
_BACKGROUND = re.compile(
    r"^(?:[^,.;]{0,60} )?(?:hằng|hàng) năm (?:là|được coi là|được chọn là) (?!\d)"
    # `Năm 2024 là năm du lịch Hàn Quốc phục hồi …`: what a period was, with no figure and no record
    r"|^(?:Năm|Tháng|Quý) [\dIV]+(?:/\d{4})? (?:vừa qua |qua )?là (?:một )?(?:năm|tháng|quý|thời điểm|giai đoạn) "
    r"(?![^.]*(?:\d|\bnhất\b))"
    # `Sởi là bệnh truyền nhiễm cấp tính …`: what a thing is, with no figure and no record
    r"|^[^,.;\d]{1,60}? là (?:một )?(?:bệnh|căn bệnh|loại|hiện tượng|thuật ngữ|khái niệm|món|lễ hội|phong tục)\b"
    r"(?![^.]*(?:\d|\bnhất\b|đầu tiên))"
)
_BACK_REFERENCE = re.compile(
    r"(?:Nhân|Vào|Trong) (?:dịp|ngày) (?:này|đó), "
    # `"…". Đó là phát biểu của ông Kim … | sau khi Hàn Quốc và Mỹ đạt được thỏa thuận …`: after a quotation that
    # opens the story, who said it and when; what happened then is the event
    r"|(?:Đó|Đây) là (?:lời |những lời |câu )?(?:phát biểu|tuyên bố|chia sẻ|khẳng định|nhận định|nhận xét|lời kêu gọi)"
    r"\b[^.;\"“”]{0,160}? (?:ngay )?(?:sau khi|khi) "
    # … and after a question that opens it, the question's being asked: `Liệu …? | Đây là câu hỏi được đặt ra khi |
    # dân số … dự kiến sẽ giảm …`
    r"|(?:Đó|Đây) là (?:câu hỏi|vấn đề|mối lo ngại|mối quan tâm)(?: lớn)?(?: được| đang được)?"
    r" (?:đặt ra|dư luận quan tâm) (?:ngay )?(?:sau khi|khi|trong bối cảnh) "
)
# A lead that is only a quotation (`"Chúng ta đã vượt qua được cửa ải khó khăn nhất".`): a hook, not the event.
_QUOTATION_ONLY = re.compile(r'^["“][^"“”]{3,}["”][.!]?$|^["“][^"“”]{3,}[.!?]["”]$')
_FINDINGS = re.compile(r"(?:Theo đó|Theo báo cáo(?: này)?|Cụ thể|Báo cáo cho biết),? ")
_HAS_FIGURE = re.compile(r"\d[.,]?\d*\s*%|\d\.\d{3}")


_TEASER_WORDS = 6  # a lead this short (or two words longer, with no figure or date) only announces the story


def with_findings(sentences: list[str]) -> tuple[str, int]:
    """The lead, or — when it only announces a report and the next sentence gives its findings — the
    reporter and its verb followed by those findings. A lead of a few words (`BTS đã chính thức trở lại.`, under
    _TEASER_WORDS, or two more with no figure or date) takes the next sentence too, or gives way to it when it
    names the lead's subject again (a teaser).
    Also how many sentences the text took, so a later rule reads only the ones after them."""
    lead = sentences[0]
    if len(sentences) > 1 and not _HAS_FIGURE.search(lead):
        verb = _REPORT_LEAD.search(lead)
        findings = _FINDINGS.match(sentences[1])
        if verb is not None and findings is not None:
            return f"{lead[: verb.end()]} {sentences[1][findings.end() :]}", 2
    teaser = words(lead) < _TEASER_WORDS or (words(lead) < _TEASER_WORDS + 2 and not re.search(r"\d", lead))
    if teaser and len(sentences) > 1:
        # `BTS đã trở lại. Nhóm nhạc nam BTS ngày 20/3 …`: a teaser whose subject the next sentence names again
        # gives way to it, in lower case there too when the teaser has no figure (`Giá thịt lợn … giảm mạnh. Theo …,
        # giá bán lẻ thịt …`); else the two are read together (`Triều Tiên phóng tên lửa. Vụ phóng …`)
        subject = lead.split(maxsplit=1)[0].strip(".,!?:")
        any_case = re.IGNORECASE if not re.search(r"\d", lead) else 0
        again = re.compile(rf"(?<!\w){re.escape(subject)}(?!\w)", any_case)
        named_again = subject[:1].isupper() and again.search(sentences[1])
        return (sentences[1], 2) if named_again else (f"{lead} {sentences[1]}", 2)
    return lead, 1


# A finding that opens with a share of no one named (`… với 3.000 người lao động cho thấy | gần một nửa, tức 48,7%,
# muốn …`), or only of those asked (`có 61,2% số người được hỏi cho biết …`): the study says whose share it is.
_BARE_SHARE = re.compile(
    r"(?:có )?(?:gần |hơn |khoảng |chỉ |tới )?(?:một nửa|một phần (?:ba|tư|năm)|\d+(?:[.,]\d+)?%|\d+/\d+|phần lớn"
    r"|đa số)(?: (?:số )?(?:người|những người) (?:được hỏi|được khảo sát|tham gia khảo sát|trả lời khảo sát)\b"
    r"|,| (?:muốn|cho rằng|cho biết|tin rằng|ủng hộ|phản đối|đồng ý|lo ngại|mong muốn|dự định|có ý định|trả lời)\b)"
)
# A survey opening the line with who ran it (`Theo kết quả khảo sát | do Viện … Hàn Quốc thực hiện | đối với 2.000
# người …, có 61,2% số người được hỏi …`).
_SURVEY_SOURCE = re.compile(r"Theo (?:kết quả )?(?:một |cuộc |các )*(?:khảo sát|điều tra|thăm dò)\b")
_SURVEY_MAKER = re.compile(r" do [^,;.]{3,120}? (?:thực hiện|tiến hành)(?=[ ,])")


def drop_survey_maker(text: str) -> str:
    """`Theo kết quả khảo sát do Viện … thực hiện đối với 2.000 người trong độ tuổi …, có 61,2% số người được hỏi …` →
    `Theo kết quả khảo sát đối với 2.000 người …, có 61,2% …`: for a line too long, whom a survey asked, which the
    share the line opens with is of, outranks who ran it (still among the actors); without it the share is no one's."""
    comma = clause_comma(text)
    maker = _SURVEY_MAKER.search(text, 0, comma + 1) if comma > 0 and _SURVEY_SOURCE.match(text) else None
    if maker is None or not _BARE_SHARE.match(text, comma + 2):
        return text
    return text[: maker.start()] + text[maker.end() :]


def drop_finding_source(text: str) -> str:
    """`Một cuộc khảo sát mới đây cho thấy tỷ lệ …` → `Tỷ lệ …`: the study a finding comes from, for a line
    too long to keep both; not when the finding opens with a share of no one it names (`gần một nửa, …`). So does who
    published the list or report a finding is in, named after it before a clause comma (`… xếp thứ 31 trong Bảng xếp
    hạng … năm 2026 | do tổ chức … (QS) của Anh công bố ngày 19/6 |, tăng 7 bậc …`)."""
    text = _PUBLISHER_BEFORE_COMMA.sub("", text, count=1)
    found = _FINDING_SOURCE.match(text)
    if found is None or words(text[found.end() :]) < MIN_WHAT_WORDS or _BARE_SHARE.match(text, found.end()):
        return text
    rest = text[found.end() :]
    return rest[:1].upper() + rest[1:]


_PUBLISHER_BEFORE_COMMA = re.compile(
    rf"(?<=\w) do [^,;.]{{3,120}}? (?:{PUBLISHING_VERBS})(?: (?:ngày|hôm) \d{{1,2}}/\d{{1,2}})?(?=, )"
)


def opening_news(sentences: list[str]) -> int:
    """How many sentences open the story before its event: a broadcast's greeting or programme line (`Xin chào quý
    vị.`, `Sau đây là bản tin thời sự.`, a dateline `Theo tin từ Seoul.`), then 1 more when the lead asks (`Liệu Hàn
    Quốc có thể đạt mục tiêu …?`), is only a quotation, only says what a day is every year (`Ngày 22/11 hằng năm là
    Ngày Kimchi …`), what a period was or what a thing is (`Sởi là bệnh …`), with no figure and no record, or only
    sets the scene before a dated sentence (`_teaser`); always leaving a sentence: a greeting, a question, a
    quotation, background or a scene opens a story, it is not the event."""
    said = 0
    while said < len(sentences) - 1 and _BROADCAST_LINE.match(sentences[said].strip()):
        said += 1
    rest = sentences[said:]
    asks = rest[0].rstrip(' "”’»)').endswith("?")
    hook = _QUOTATION_ONLY.match(rest[0].strip()) is not None
    return said + (1 if (asks or hook or _BACKGROUND.search(rest[0]) or _teaser(rest)) and len(rest) > 1 else 0)


# What a broadcast says before its news, as a sentence of its own: a greeting, the programme, a dateline.
_BROADCAST_LINE = re.compile(
    r"(?:(?:Xin chào|Kính chào|Kính thưa|Thưa|Mời|Chào mừng) (?:quý vị|các bạn|thính giả|độc giả)"
    r"|Sau đây (?:là|mời quý vị)|Quý vị (?:và các bạn )?đang (?:nghe|theo dõi)"
    rf"|Theo tin từ [{CAPITALS}][^,.;]{{0,30}}\.?$)[^.!?]{{0,80}}[.!?]?$"
)


_TEASER_WORDS = 10  # a lead this short, with no date and no figure, only sets the scene (`Mưa lớn lại trút xuống …`)


def _teaser(sentences: list[str]) -> bool:
    """The lead is a line of scene-setting (fewer than _TEASER_WORDS words, no digit at all) and the next sentence,
    dated, tells the event (`Mưa lớn lại trút xuống vùng thủ đô. | Cơ quan Khí tượng … đã ban hành cảnh báo … ngày
    17/7 …`)."""
    lead, after = sentences[0], sentences[1] if len(sentences) > 1 else ""
    return (
        words(lead) < _TEASER_WORDS
        and not re.search(r"\d", lead)
        and words(after) >= MIN_WHAT_WORDS
        and DAY_MONTH.search(after) is not None
    )


def without_back_reference(text: str) -> str:
    """`Nhân dịp này, Bộ … tổ chức …` → `Bộ … tổ chức …`: after a background lead, the occasion it refers
    back to is not in the line; after a quotation, neither is who said it when (`Đó là phát biểu của … sau khi`), nor,
    after a question, its being asked (`Đây là câu hỏi được đặt ra khi …`)."""
    found = _BACK_REFERENCE.match(text)
    if found is None or words(text[found.end() :]) < MIN_WHAT_WORDS:
        return text
    rest = text[found.end() :]
    return rest[:1].upper() + rest[1:]


# `Bộ Quốc phòng … công bố danh sách bổ nhiệm các tướng lĩnh cấp cao, | trong đó Thiếu tướng Kang … được thăng hàm …,
# trở thành nữ tướng đầu tiên …`: a list announced, then the one on it the story is about.
_LIST_THEN_ONE = re.compile(
    rf"([^;]{{3,160}}?) (?:{PUBLISHING_VERBS}|thông báo) (?:danh sách|kết quả)\b[^,;]{{0,120}}, trong đó "
)
# `… công bố kết quả cải tổ nhân sự, trong đó | bổ nhiệm ông Jun … làm …`: the announcer's own act on the list
_APPOINTS = re.compile(r"(?:bổ nhiệm|đề cử|chỉ định|thăng chức|thăng hàm|miễn nhiệm|cách chức|điều chuyển) ")


def among_news(text: str) -> str:
    """`… công bố danh sách …, trong đó Thiếu tướng Kang … được thăng hàm …, trở thành nữ tướng đầu tiên …` → `Thiếu
    tướng Kang … trở thành nữ tướng đầu tiên …`: from a line too long, a list announced gives way to the one on it
    whose clause names a record, with a subject and a verb of its own; the list is how the news came out, the record
    is the news. A clause that appoints someone with no subject of its own is the announcer's act: `Samsung … công bố
    kết quả cải tổ nhân sự, trong đó bổ nhiệm ông Jun … làm …` → `Samsung … bổ nhiệm ông Jun … làm …`. Unchanged
    otherwise."""
    found = _LIST_THEN_ONE.match(text)
    if found is None:
        return text
    one = text[found.end() :]
    if _APPOINTS.match(one):
        return f"{found.group(1)} {one}"
    if not starts_with_subject(one) or not (RECORD.search(one) or FIRST.search(one)):
        return text
    return one[:1].upper() + one[1:] if words(one) >= MIN_WHAT_WORDS else text


# `… công bố Kế hoạch cơ bản lần thứ 11 về cung cầu điện năng, theo đó | sẽ xây dựng thêm 2 lò phản ứng …`, `… công bố
# dự thảo sửa đổi luật thuế năm 2025, theo đó | thuốc lá điện tử … sẽ bị đánh thuế …`: a plan or a draft named, then
# what it will do (or results and a report named, then what they found: `… công bố kết quả kỳ thi …, theo đó | chỉ có
# 5 thí sinh …`); not a bill passed, whose name `thông qua` needs (`thông qua | học sinh sẽ …` would not read).
_PLAN_THEN_MEASURES = re.compile(
    rf"([^;]{{3,160}}? (?:{PUBLISHING_VERBS})) (?:[Kk]ế hoạch|[Cc]hiến lược|[Đđ]ề án|[Cc]hương trình|[Gg]ói"
    r"|[Dd]ự thảo|[Dd]ự luật|[Kk]ết quả|[Bb]áo cáo)\b[^,;]{0,120}, theo đó,? "
)


def plan_measures(text: str) -> str:
    """`Bộ … công bố Kế hoạch cơ bản lần thứ 11 …, theo đó sẽ xây dựng thêm 2 lò phản ứng …` → `Bộ … công bố sẽ xây
    dựng thêm 2 lò phản ứng …`: from a line too long, the name of a plan or a draft gives way to what it will do, as
    the next sentence's findings replace a report announced (`with_findings`). Unchanged otherwise."""
    found = _PLAN_THEN_MEASURES.match(text)
    if found is None or words(text[found.end() :]) < MIN_WHAT_WORDS:
        return text
    return f"{found.group(1)} {text[found.end() :]}"
