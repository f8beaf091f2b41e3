"""The words an editor leaves out of a one-line summary: a weekday beside its date, the date a finding was
announced, light verbs, `đã`, praise before a name. Each is deleted outside quotations, so what someone said
is quoted as said; `what.py` applies `drop_filler` first, then the deletions of `asides.py`, `lead.py`
and `descriptions.py`.
"""

from __future__ import annotations

import re

_QUOTED = re.compile(r"(“[^”]{0,2000}”|\"[^\"]{0,2000}\")")
_WEEKDAY_DATE = re.compile(
    r" ?(?:vào )?hôm (?:thứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|[Cc]hủ nhật) ?"
    r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)"
)
# Words an editor leaves out of a one-line summary, in the order they are deleted:
# - the date a finding was announced (`Samsung ngày 8/10 công bố`, `hôm nay (21/8) cho biết`, `Ngày 2/12, Tổng
#   cục … cho biết`; the event's own date stays, and so does the date of announcing a plan or a measure, which
#   is the event: `Chính phủ ngày 15/10 công bố gói biện pháp …`, `… công bố chương trình …`, `… thông báo sẽ áp dụng
#   chính sách …`, `… công bố áp thuế …`, `… thông báo đã ký hợp đồng …` (an act of its own done), or a date the
#   event is then said to share: `… ngày 28/1 cho biết … phóng … vào khoảng 7 giờ sáng cùng ngày`, whose clock time
#   goes as before a date);
# - "upcoming" after a date (`14/1 tới`), "just past" after a period (`tháng 6 vừa qua`), "in total" before
#   a figure, and `trong` before the period a subject is measured over (`xuất khẩu trong tháng 9 đạt`),
#   not after a number (`từ 15 đến 29 trong tháng 10` would read as the date 29/10);
# - the clock time a tally was taken at (`tính đến 11 giờ trưa ngày 11/7,`; an as-of date stays: it is the
#   figure's period) and a clock time before its date, to the minute or said with `vào`, `lúc` or `khoảng`
#   (`vào lúc 11 giờ 17 phút sáng ngày 4/3`, `vào khoảng 4 giờ chiều ngày 12/1` → `ngày 12/1`; not
#   `vào 0 giờ ngày 26/12`: the midnight a change takes effect at is news);
# - a time relative to the day it was written (`Sáng nay (5/12),`, `Hôm qua,`) opening the lead: a digest is
#   read later, and its date is under "when"; inside the lead, a part of the day keeps its date (`7 giờ sáng
#   nay (5/11)` → `7 giờ sáng 5/11`, and to the minute: `lúc 7 giờ 20 phút sáng nay (5/11)` → `sáng 5/11`), a day
#   ahead keeps its date too (`Từ ngày mai (1/1),` → `Từ ngày 1/1,`, `sáng mai (6/12)` → `sáng 6/12`)
#   and `hôm qua (8/8)` goes, and so does a bare `hôm nay` before the verb (`… tại Seoul hôm nay đã xuống tới …`;
#   not `tính đến hôm nay`); so is a day counted back from the report at the end
#   (`… hoàn tất dọn nhà vào một ngày trước.`), once the report's date has gone;
# - a light verb before an event noun that is a verb too (`đã có cuộc hội đàm với` → `hội đàm với`; not `tổ chức buổi
#   hòa nhạc`, `cuộc thi`: the noun alone would not say the act), not after a proposal nor before `giữa` (`đề xuất tổ
#   chức cuộc gặp giữa các gia đình` names a meeting) nor before an ordinal (`có cuộc gặp đầu tiên`: the first meeting,
#   not "met first") nor before a meeting named by a noun (`có cuộc gặp hội nghị thượng đỉnh`: "gặp hội nghị" would meet
#   a conference), a subject's report of its own act (`Cảnh sát Seoul cho biết đã bắt giữ …` → `Cảnh sát Seoul bắt giữ
#   …`; not of what there was: `cho biết đã có 35 ca`), the past marker `đã` (not in `đã qua xử lý`, treated, nor after
#   `thông báo`, `công bố`, `tiết lộ`, `xác nhận`, `tuyên bố` or `rằng` of an act of the subject's own, whose verb it
#   marks: `Lotte thông báo đã mua lại …` stays, so no later step reads `mua lại …` as what another did), `tiến hành` or
#   `tổ chức` right before such a verb (`tiến hành hội đàm` → `hội đàm`), and `vào` before a date or a clock time (`vào
#   ngày 14/1` → `ngày 14/1`, after a quoted title too, and opening the lead: `Vào ngày 3/6, …` → `Ngày 3/6, …`);
# - praise before a name (`hãng điện tử hàng đầu Hàn Quốc Samsung` → `hãng điện tử Samsung`), not a rank
#   (`đứng hàng đầu Châu Âu`);
# - a company referring to itself (`doanh số của hãng (quý I) đạt`);
# - `mức` before a record after its comma (`, mức cao nhất` → `, cao nhất`; not `mức tăng cao nhất`, which
#   names the change), `vòng` in a span (`trong vòng 11 ngày` → `trong 11 ngày`) and `sau` in `kể từ sau khi`;
# - `theo giờ địa phương` after a date (`ngày 23/2 theo giờ địa phương`, `(giờ địa phương)`): the clock time it
#   qualified has gone, and "when" keeps it with the date;
# - in market reports, `hối đoái` in `tỷ giá hối đoái won/USD` and `phiên giao dịch` after `đóng cửa` and before
#   its date (`đóng cửa phiên giao dịch ngày 23/6` → `đóng cửa ngày 23/6`).
# A clock time that goes before its date: to the minute, or said with `vào`, `lúc` or `khoảng` (not midnight).
_CLOCK_TIME = (
    r"(?:(?:[Vv]ào )?(?:lúc |khoảng )?\d{1,2} giờ \d{1,2} phút"
    r"|(?:[Vv]ào (?:lúc |khoảng )?|[Ll]úc |[Kk]hoảng )(?!0 )\d{1,2} giờ(?: \d{1,2} phút)?)"
)
# After `cho biết đã`, what is no act of the one reporting: what there was or happened (`cho biết đã có 35 ca`) or
# how a measure moved (`cho biết đã tăng 5%`).
_NOT_OWN_ACT = r"(?:có|xảy ra|xuất hiện|diễn ra|tăng|giảm|lên|xuống|đạt|vượt|là|bị)\b"
# Event nouns that are verbs too, so the light verb before them can go (`tổ chức buổi họp báo` → `họp báo`);
# before any other (`tổ chức buổi hòa nhạc`, `cuộc thi`, `buổi lễ`) the noun alone would not say the act.
_EVENT_VERBS = (
    "họp|gặp|tiếp|thăm|hội đàm|điện đàm|hội kiến|đàm phán|thảo luận|tranh luận|đối thoại|tọa đàm|trao đổi|"
    "trò chuyện|tập trận|diễn tập|ẩu đả|biểu tình|tuần hành|đình công|biểu diễn|điều tra|khảo sát|thanh tra|"
    "kiểm tra|phỏng vấn|bỏ phiếu|tấn công|không kích|đột kích|tìm kiếm|thử nghiệm|giao lưu|tiếp xúc"
)
# A plan or a measure announced: its announcing is the event, so its date stays (`chương trình`, `đề án`, `dự thảo
# ngân sách`); a package of support or investment (`gói hỗ trợ`, `gói đầu tư`) is reported, and its date goes like a
# finding's.
_MEASURE = (
    r"(?:gói biện pháp|kế hoạch|biện pháp|chính sách|chiến lược|lộ trình|chương trình|đề án|phương án|dự thảo|dự luật"
    r"|(?:bản )?(?:thông cáo|tuyên bố) chung|(?:bản|tờ) thông tin chung"  # … and so is a joint statement or
    r"|(?:đợt )?(?:cải tổ|tái cơ cấu))"  # fact sheet (two sides issuing it is their act), or a reshuffle
)
# A subject that says what it will do itself (`Bộ Nông nghiệp ngày 20/6 cho biết sẽ hỗ trợ …`): the saying is the
# event, as with a plan, so its date stays; a finding told of others (`cho biết giá nhà sẽ tăng`) is no such plan.
_OWN_PLAN = r"(?:công bố|cho biết|cho hay|thông báo)(?: rằng)? sẽ\b"
# … or that announces an act of its own done (`Samsung Biologics ngày 28/11 thông báo | đã ký hợp đồng …`): that is the
# news, not a finding; what there was or how a measure moved (`_NOT_OWN_ACT`) stays a finding.
_OWN_ACT = rf"(?:công bố|thông báo)(?: rằng)? đã (?!{_NOT_OWN_ACT})"
# … or that it will put one in place (`thông báo | sẽ áp dụng chính sách miễn thị thực …`).
_PUTTING = r"(?:(?:sẽ )?(?:áp dụng|triển khai|ban hành|thực hiện) )?"
# … or the measure itself, told by its verb (`Tổng thống Mỹ … ngày 2/4 công bố | áp thuế đối ứng …`).
_IMPOSING = r"(?:sẽ )?(?:áp thuế|áp đặt|áp dụng|ban hành|triển khai)\b"
# … or an award it announces it gives (`Viện Hàn lâm Thụy Điển ngày 10/10 công bố | trao giải Nobel …`): the
# announcing is the awarding, so its date is the award's.
_AWARDING = r"(?:trao|tặng)\b"
_FILLER = (
    (
        re.compile(
            r" (?:ngày \d{1,2}/\d{1,2}|hôm (?:nay|qua)(?: \(\d{1,2}/\d{1,2}\))?)"
            r"(?= (?:đã )?(?:công bố|cho biết|cho hay|thông báo)\b)"
            rf"(?! (?:đã )?(?:công bố|thông báo) {_PUTTING}(?:một |các )?"
            rf"{_MEASURE}\b)"
            rf"(?! (?:đã )?(?:công bố|thông báo) (?:{_IMPOSING}|{_AWARDING}))"
            rf"(?! (?:đã )?{_OWN_PLAN})"
            rf"(?! (?:đã )?{_OWN_ACT})"
            r"(?![^.;]{0,300} cùng ngày\b)"  # the event happened `cùng ngày`: that date is its date
        ),
        "",
    ),
    (  # … and before the subject that reports it (`Ngày 2/12, Tổng cục Du lịch … cho biết …`)
        re.compile(
            r"^(?:[Nn]gày \d{1,2}/\d{1,2}|(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Hh]ôm) (?:nay|qua) \(ngày \d{1,2}/\d{1,2}\)), "
            r"(?![Tt]heo )"  # (not before a source, whose own verb it is: `Ngày 12/3, theo số liệu … công bố …, …`)
            r"(?=[^,.;]{3,100}? (?:đã )?(?:công bố|cho biết|cho hay|thông báo)\b"
            rf"(?! {_PUTTING}(?:một |các )?{_MEASURE}\b)(?! {_IMPOSING})(?! (?:rằng )?sẽ\b)"
            rf"(?!(?:(?<=công bố)|(?<=thông báo)) (?:rằng )?đã (?!{_NOT_OWN_ACT})))"
            r"(?![^.;]{0,300} cùng ngày\b)"
        ),
        "",
    ),
    (re.compile(r"(\d{1,2}/\d{1,2}(?:/\d{2,4})?) tới(?: đây)?(?=[ ,.;]|$)"), r"\1"),
    (re.compile(r"((?:tháng|quý|năm|tuần) [\dIVX]+|ngày \d{1,2}/\d{1,2}) (?:vừa qua|năm nay)(?=[ ,.;]|$)"), r"\1"),
    (re.compile(r" tổng cộng(?= \d)"), ""),
    (
        re.compile(
            r"(?<=[^\W\d]) trong(?= (?:tháng|quý|năm) [\dIVX]+(?: năm \d{4})? (?:đạt|tăng|giảm|là|có|ghi nhận)\b)"
        ),
        "",
    ),
    # before a trailing source the comma it closed stays, so the source is seen as one (`… mất tích, theo …`)
    (re.compile(r" [Tt]ính đến \d{1,2} giờ[^,.;]{0,50}(?=, theo )"), ""),
    (re.compile(r"(?:^|(?<= ))[Tt]ính đến \d{1,2} giờ[^,.;]{0,50}, "), ""),
    (
        re.compile(
            rf"(?:^|(?<= )){_CLOCK_TIME} "
            r"(?:(?:rạng )?(?:sáng|chiều|tối|đêm|trưa) )?(?=ngày \d{1,2}/\d{1,2}|cùng ngày\b)"
        ),
        "",
    ),
    # `có cuộc gặp với X` → `gặp X` with the light verb below: `gặp` takes its object (not a meeting proposed)
    (re.compile(r"(?<!đề xuất)(?<!đề nghị)(?<!kêu gọi)(?<!yêu cầu)( (?:đã |sẽ )?có cuộc gặp) với(?= )"), r"\1"),
    (
        re.compile(
            r"(?<!đề xuất )(?<!đề nghị )(?<!kêu gọi )(?<!yêu cầu )(?<=[\w/] )((?:đã |sẽ )?)(?:có|tổ chức|tiến hành) "
            rf"(?:cuộc|buổi) (?=(?:{_EVENT_VERBS})\b)"
            r"(?!\S+ (?:\S+ )?giữa\b)"
            rf"(?!(?:{_EVENT_VERBS}) (?:đầu tiên|cuối cùng|thứ|lần|hội nghị|họp|theo)\b)"
        ),
        r"\1",
    ),
    (re.compile(rf"(?<=[\w/] )(?<!được )(?:tiến hành|tổ chức) (?=(?:{_EVENT_VERBS})\b)"), ""),
    (re.compile(rf"(?<=[\w)]) (?:cho biết|cho hay) đã (?!{_NOT_OWN_ACT})"), " "),
    # (not the `đã` of an act a subject announces of its own, which marks its verb: `Lotte thông báo | đã | mua lại …`)
    (
        re.compile(
            r" đã(?= \w)(?! qua (?:xử lý|sử dụng))"
            r"(?:(?<!công bố đã)(?<!thông báo đã)(?<!tiết lộ đã)(?<!xác nhận đã)(?<!tuyên bố đã)(?<!rằng đã)"
            rf"|(?= {_NOT_OWN_ACT}))"
        ),
        "",
    ),
    (
        re.compile(
            r"(?:(?<=[\w)])|^) vào(?: lúc)?"  # `^`: right after a quoted title (`"Arirang" | vào ngày 20/3`)
            r"(?= (?:ngày \d|\d{1,2} giờ|(?:sáng|chiều|tối|trưa|đêm|rạng sáng) (?:ngày )?\d))"
        ),
        "",
    ),
    (re.compile(r"^Vào (?=(?:ngày \d|(?:sáng|chiều|tối|trưa|đêm|rạng sáng) (?:ngày )?\d))"), ""),  # `Vào ngày 3/6, …`
    (re.compile(r"^(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Hh]ôm) (?:nay|qua)(?: \(\d{1,2}/\d{1,2}\))?, "), ""),
    (re.compile(r"(?<=\w )(sáng|chiều|tối|trưa|đêm) (?:nay|qua|mai) \((\d{1,2}/\d{1,2})\)(?![\w(])"), r"\1 \2"),
    (re.compile(r"(?<!\w)([Nn]gày) mai \((\d{1,2}/\d{1,2})\)(?![\w(])"), r"\1 \2"),
    (re.compile(r"(?<=\w)(?: vào)? hôm (?:nay|qua) \(\d{1,2}/\d{1,2}\)(?=[\s,.;:]|$)"), ""),  # never gluing two words
    (
        re.compile(
            r"(?<=\w)(?<!\bngày)(?<!\bđến)(?<!\btới)(?<!\bđầu)(?<!\bvào) hôm nay(?= (?:sẽ |đang |vừa )?[a-zà-ỹđ])"
        ),
        "",
    ),
    (
        re.compile(
            rf"(?:^|(?<= )){_CLOCK_TIME} "
            r"((?:rạng )?(?:sáng|chiều|tối|đêm|trưa) )(?=\d{1,2}/\d{1,2}\b)"
        ),
        r"\1",
    ),
    (
        re.compile(
            r"(?<!đây)(?<!khoảng)(?<!từ)(?<!hơn)(?<!gần)(?<!chỉ)(?<!trong)(?<!sau)"
            r",? (?:vào )?(?:một|hai|ba|\d) ngày trước(?: đó)?(?=[.;]|$)"
        ),
        "",
    ),
    (
        re.compile(
            r"(?<!đứng)(?<!xếp)(?<!trí) hàng đầu(?: (?:thế giới|Hàn Quốc|châu Á|Mỹ|Nhật Bản|Trung Quốc))?(?= [A-Z])"
        ),
        "",
    ),
    (
        re.compile(r" của (?:hãng|công ty|tập đoàn)(?= (?:(?:tháng|quý|năm) [\dIVX]+ )?(?:đạt|tăng|giảm|là|trong)\b)"),
        "",
    ),
    (re.compile(r"(?<=, )mức (?=(?:cao|thấp|lớn|nhiều) nhất\b)"), ""),
    (re.compile(r"(?<=\btrong) vòng(?= (?:\d|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|gần|hơn)\b))"), ""),
    (re.compile(r"(?<=\bkể từ) sau(?= khi\b)"), ""),
    (re.compile(r"(?<=\d)(?: theo giờ địa phương| \((?:theo )?giờ địa phương\))(?=[ ,.;]|$)"), ""),
    (re.compile(r"(?<=\b[Tt]ỷ giá) hối đoái(?= \w+/\w+)"), ""),
    (re.compile(r"(?<=\bđóng cửa) phiên giao dịch(?= (?:ngày|hôm|sáng|chiều) )"), ""),
)


# A dateline or a label in capitals opening the lead (`SEOUL - `, `HÀ NỘI (KBS) – `, `THÔNG BÁO: `): no part of the
# event.
_LABEL = re.compile(r"([^\W\d_]{2,}(?:,? [^\W\d_]{2,}){0,3})(?: \([^)]{1,30}\))? ?[-–—:] (?=[^\W\d_])")


def drop_label(text: str) -> str:
    """The lead without a dateline or a label in capital letters before its first word."""
    found = _LABEL.match(text)
    return text[found.end() :] if found is not None and found.group(1).isupper() else text


def drop_filler(text: str) -> str:
    """A weekday with its date (`hôm thứ Hai (1/10)`) and the words a one-line summary leaves out, outside
    quotations: what someone said is quoted as said (`“Chúng tôi đã làm hết sức”` keeps its `đã`); and a dateline
    or a label opening the lead (`drop_label`)."""
    parts = _QUOTED.split(drop_label(text))  # odd indices are quotations
    for index in range(0, len(parts), 2):
        part = _WEEKDAY_DATE.sub("", parts[index])
        for filler, replacement in _FILLER:
            part = filler.sub(replacement, part)
        parts[index] = part
    return "".join(parts)


# A subject's word that it will do something itself (`Bộ … cho biết | sẽ tiếp nhận …`): the plan is the subject's own,
# and the saying adds nothing a line too long can keep; not right after the date it was said (`Samsung ngày 3/10 cho
# biết sẽ đầu tư …`), which would then read as the plan's date, nor before what there will be (`cho biết sẽ có …`).
_OWN_PLAN_SAID = re.compile(rf"(?<!\d)(?<!\d\)) (?:cho biết|cho hay)(?: rằng)?(?= sẽ (?!{_NOT_OWN_ACT}))")


def drop_own_plan_saying(text: str) -> str:
    """`Bộ Việc làm … cho biết sẽ tiếp nhận 165.000 lao động …` → `Bộ Việc làm … sẽ tiếp nhận …`, for a line too
    long (`_OWN_PLAN_SAID`)."""
    return _OWN_PLAN_SAID.sub("", text, count=1)
