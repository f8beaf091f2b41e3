"""What a lead's event came to, which outranks where it happened, and where such an outcome may end when it is long.

`outcome_fit.fit_keeping_outcome` finds the outcome (`OUTCOME`: `…, nhất trí …`, `…, trở thành …`, `…, thu hút …`),
drops where the event happened for it (`without_where_or_occasion`), and, for an outcome still too long, ends before its
second half (`OUTCOME_HALF`), never before a list's last item (`ITEM_END`, `LAST_ITEM_WORDS`) nor between that item and
its field (`parts_item_from_field`). An occasion the event marked or came on (`OCCASION`) gives way to the outcome, and
to a record (`record_fit`), before where the event happened does; so do what a meeting talked about (`TOPIC_BEFORE`) and
the clauses of time, purpose or a first told between the event and what it came to (`GAP_BEFORE`, `PURPOSE_BEFORE`,
`TIME_BEFORE`, `FIRST_BEFORE`). A cut outcome keeps enough words to say something (`says_enough`).
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import IN_CLAUSE, words
from bot.summarizer.dates import DAY_MONTH
from bot.summarizer.lexicon import CAPITALS, and_inside_office
from bot.summarizer.where_phrases import WHERE_PHRASES, without_where
from bot.summarizer.word_bounds import second_source

# What a meeting or a speech came to, in a clause of the same subject or of both sides after it (`…, nhất trí
# nâng kim ngạch …`, `…, hai bên nhất trí …`, `…, trong đó kêu gọi …`; failing that, what it talked about: `…, trao
# đổi về …`), what the event became (`…, trở thành
# hiệp định … đầu tiên …`), won (`…, qua đó giành danh hiệu …`), drew (`…, thu hút khoảng 1 triệu người …`) or
# raised a measure to (`…, nâng công suất … lên 106 triệu hành khách`), put in orbit (`…, đưa vệ tinh … vào quỹ
# đạo`), won a match by (`…, nhờ bàn thắng …`) or failed to come to (`…, nhưng chưa phát hiện …`),
# or what a protest was against (`… biểu tình … để phản đối kế hoạch …`), or what a visitor came to attend (`… đến
# Gyeongju ngày 30/10 để tham dự Hội nghị …`): the news, which outranks where it was held.
_SIDES = r"(?:hai|các|cả hai) (?:bên|nước|phía|nhà lãnh đạo)"
_BOTH_SIDES = rf"(?:{_SIDES} )?"
OUTCOME = re.compile(
    rf"(?:, (?:(?:trong đó |qua đó |và )?{_BOTH_SIDES}(?:đã |cùng )?(?:nhất trí|thống nhất|đồng ý|cam kết|nâng cấp|"
    r"thỏa thuận|ký kết|ký|thông qua|quyết định|kêu gọi|đề nghị|đề xuất|đạt được|tuyên bố|khẳng định|"
    r"thảo luận|trở thành|đánh dấu|thu hút|trao đổi về)"
    r"|qua đó (?:đã |chính thức |cũng )?(?:giành|nâng|lập|vượt|góp phần|giúp|trở thành)|theo đó"
    r"|nhờ(?= (?:bàn thắng|cú đúp|cú hat-trick|hat-trick|pha lập công|cú sút|cú đánh)\b)"  # who won a match
    r"|giành (?:huy chương|chức vô địch|danh hiệu|vé|quyền|chiếc cúp)"  # `…, giành huy chương vàng lần thứ 10 …`
    r"|(?:góp phần )?giúp [^,.;]{0,50}?(?:giành|vô địch|lọt vào|lên ngôi|đăng quang|đánh bại|thắng)"  # `…, giúp đội …`
    r"|(?:chính thức )?đưa [^,.;]{1,50}? (?:trở thành|(?:lần đầu tiên )?vượt)"  # `…, đưa Việt Nam trở thành …`
    r"|đưa(?= [^,.;]{1,100}? (?:vào|lên) (?:quỹ đạo|vũ trụ|không gian))"  # a launch: `…, đưa vệ tinh … vào quỹ đạo`
    r"|nâng (?:tổng )?[^,.;]{1,50}? lên(?= (?:khoảng |hơn |gần )?\d)"  # `…, nâng công suất … lên 106 triệu …`
    r"|trong đó [^,.;]{1,60}? (?:giành|đoạt)"  # `…, trong đó nhóm nhạc … giành giải thưởng lớn nhất`
    r"|(?:trong đó |theo đó )?(?:bãi bỏ|cho phép|cấm|quy định|áp dụng(?! (?:kể )?từ\b)|miễn|nới lỏng|siết chặt)"
    # what a law passed does (`thông qua dự luật …, | cấm học sinh sử dụng điện thoại …`; not `, áp dụng từ ngày …`,
    # when it takes effect)
    r"|trong đó (?:trưng bày|phô diễn)"  # what a parade showed (`…, trong đó trưng bày khoảng 11 tên lửa …`)
    r"|lần đầu tiên (?:giành|lọt vào|vô địch|đăng quang|thắng|thua|đánh bại|vượt qua)"  # `…, lần đầu tiên giành …`
    r"|lần đầu tiên(?= sau (?:gần |hơn )?\d+ (?:năm|tháng)\.?$)"  # `… vô địch …, lần đầu tiên sau 20 năm`: a first
    r"|(?:chấm dứt|phá vỡ|nối dài|kéo dài) chuỗi"  # `…, chấm dứt chuỗi 24 trận thua liên tiếp …`: what a win ended
    r"|(?:đây|đó) (?:cũng )?là(?= [^,.;]{0,40}?(?:đầu tiên|nhất|kỷ lục))"  # `…, đây là ca tử vong đầu tiên …`: a record
    # … or what a ceremony was the occasion to announce (`… tổ chức lễ kỷ niệm …, đồng thời công bố kế hoạch …`)
    r"|đồng thời (?:công bố|ký kết|ký|thông qua|ban hành|quyết định|nhất trí)"
    r"|bắt giữ(?= (?:khoảng |hơn |gần )?\d)"  # `… đột kích …, bắt giữ 475 người`: a raid's count
    r"|sau khi bị(?= [^,.;]{0,30}?(?:bắt cóc|tra tấn|tấn công|đâm|bắn|hành hung|sát hại|giam giữ|lừa))"  # what befell
    # someone before the death or the find the lead tells (`… được phát hiện tử vong …, sau khi bị … bắt cóc …`)
    r"|xếp (?:thứ|hạng) (?:\d|nhất|nhì|ba|tư|năm)(?![^,.;]{0,30}\bsau\b)"  # `…, xếp thứ 3 trong số 110 nước`
    # what it failed to come to (`…, nhưng chưa phát hiện …`)
    r"|nhưng (?:vẫn )?(?:chưa|không)(?= (?:phát hiện|tìm thấy|đạt|thể|có|được)\b)"
    r")"
    r"|,? (?:để|nhằm) (?:phản đối|yêu cầu|kêu gọi|lên án|phản kháng)"
    rf"| để (?:tham dự|dự (?:lễ|hội nghị|[{CAPITALS}]))"  # `… đến Gyeongju ngày 30/10 | để tham dự Hội nghị …`
    r"| và (?:nâng cấp|nhất trí|thống nhất|ký kết|ký|ra tuyên bố chung)) "  # `… hội đàm … và nâng cấp quan hệ …`
)
# Where an outcome too long may end: before its second verb or a phrase of place, means or purpose, not
# before the last item of a list (what follows has more than this many words).
LAST_ITEM_WORDS = 4
# A long outcome may end before its second half, its purpose, its place, what it faces (`tăng cường răn đe |
# trước các mối đe dọa …`) or whom it is aimed at (`| đối với …`), the count it came with (`… nhiều huy chương vàng
# nhất | với 5 huy chương`; the figure stays under "numbers"), the score it came by (`giành chức vô địch … | với tổng
# tỷ số 5-3`), the parties the subject already names (`nâng cấp hiệp định … | giữa hai nước`) or the year it aims at
# or starts in (`… năng lượng sạch | đến năm 2030`, `… 4,5 ngày mỗi tuần | từ năm 2027`, `… trong giờ học | từ học kỳ
# mới`) …
_HALF_OPENERS = (
    r"và|cũng như|nhằm|để|tại|với mục tiêu|với (?:tổng )?tỷ số|với \d+|trước (?:các|những|mối|nguy cơ|sự)"
    r"|nhân (?:dịp|kỷ niệm)"  # `nâng cấp quan hệ … lên đối tác chiến lược | nhân kỷ niệm 75 năm …`: the occasion
    r"|sau khi"  # `…, nâng tổng vốn đầu tư … lên 6,65 tỷ USD | sau khi rót thêm 1 tỷ USD`: what it followed
    r"|sau (?:gần |hơn |khoảng )?\d+ (?:năm|tháng|tuần)"  # `nhất trí nối lại cơ chế đối thoại … | sau 6 năm gián đoạn`
    r"|sau (?:thời gian|giai đoạn|thời hạn)"  # `theo đó luật có hiệu lực từ năm 2027 | sau thời gian ân hạn 3 năm`
    r"|theo (?:tiêu chuẩn|quy định|phân loại|cách tính)"  # `… trở thành xã hội siêu già | theo tiêu chuẩn của …`
    r"|(?:với |có )?(?:tổng )?(?:trị giá|giá trị)"  # `ký kết 15 thỏa thuận hợp tác | trị giá … 30 tỷ USD`: its worth
    r"|đối với"  # `nhất trí tăng cường khả năng răn đe mở rộng của Mỹ | đối với Bắc Triều Tiên`: whom it is aimed at
    r"|ở độ cao"  # `…, đưa 13 vệ tinh vào quỹ đạo | ở độ cao 600 km`: how high an orbit is (under "numbers")
)
_TARGET_YEAR = r"(?:đến|vào|trước|từ) năm \d|từ (?:tháng \d|học kỳ|(?:đầu|cuối|giữa) năm)"  # `… | từ học kỳ mới`
_PARTIES = r"giữa (?:hai|ba|các) (?:nước|bên|phía|quốc gia)\b"
# … or, when the outcome's subject is both sides, the parties it names (`hai bên nhất trí … | giữa Hàn Quốc và …`).
BOTH_SIDES_ACT = re.compile(rf"\b{_SIDES}\b")
NAMED_PARTIES = re.compile(rf" (?=giữa [{CAPITALS}])")
# `giữa Hàn Quốc | và …`: the `và` names the second party (not after `giữa hai …`, which names both)
# Who agreed, after a meeting both sides are the subject of (`…, theo đó hai bên | nhất trí …`).
AGREED_BY_BOTH = re.compile(
    r", (?:theo đó |trong đó |qua đó )?(?:hai bên|hai nước|hai nhà lãnh đạo|hai phía) (?:đã )?(?=nhất trí|thống nhất|"
    r"đồng ý|cam kết|thỏa thuận)"
)
# (not one that names both sides already: `giữa cơ quan lập pháp hai nước | và thúc đẩy …` goes on to a second act)
_BOTH_NAMED = r"(?![^,;.]* (?:hai|ba) (?:nước|bên|quốc gia|phía)$)"
BETWEEN = re.compile(rf"\bgiữa (?!(?:hai|ba|các|cả hai) ){_BOTH_NAMED}[^,;.]{{1,50}}$")
# … or when it starts (`sẽ giảm … xuống còn 240 ghế | kể từ cuộc bầu cử năm 2028`), but not how far back a record
# reaches (`cao nhất | kể từ năm 2009` would claim more)
_FROM_WHEN = r"(?<!nhất)(?<!tiên) (?=kể từ )"
OUTCOME_HALF = re.compile(rf" (?=(?:{_HALF_OPENERS}) |{_TARGET_YEAR}|{_PARTIES})|{_FROM_WHEN}")
# … or a rank before those ranked above it (`trở thành đối tác … lớn thứ ba của Hàn Quốc | sau Trung Quốc và Mỹ`).
RANK_BEFORE_OTHERS = re.compile(
    rf"thứ (?:hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d{{1,2}})\b[^,.;]{{0,60}}?(?= sau [{CAPITALS}])"
)
# … and, when nothing else can give way, before the field it covers (`… hợp tác | trong lĩnh vực …`).
OUTCOME_OR_FIELD_HALF = re.compile(
    rf" (?=(?:{_HALF_OPENERS}|trong (?:các )?lĩnh vực) |{_TARGET_YEAR}|{_PARTIES})|{_FROM_WHEN}"
)
# Where a list's last item ends: at a clause's punctuation, at a time after it (`… năng lượng sạch | đến năm 2030`)
# or at a phrase of place, scope or possession (`thị trường gạo và thịt bò | trong đàm phán …`); the field an item
# covers is its own (`và hợp tác trong lĩnh vực chip bán dẫn` is one item).
ITEM_END = re.compile(
    r"[,;.]| (?:đến|vào|trước|trong|từ) (?:năm|tháng|ngày) | (?:trong(?! (?:các )?lĩnh vực)|tại|ở|cho|của) "
)
# … so a cut before a field (`OUTCOME_OR_FIELD_HALF`) never parts it from a short last item (`… an ninh kinh tế và hợp
# tác | trong lĩnh vực khoáng sản`: the line would end on `và hợp tác`).
_FIELD_AHEAD = re.compile(r" trong (?:các )?lĩnh vực ")
_SHORT_LAST_ITEM = re.compile(rf" (?:và|cũng như)(?: [^\s,;.]+){{1,{LAST_ITEM_WORDS}}}$")


def parts_item_from_field(text: str, said: int, at: int) -> bool:
    """A cut at `at`, before a field (`trong lĩnh vực …`), would leave the outcome's last list item, which starts after
    `said`, without the field it covers."""
    return _FIELD_AHEAD.match(text, at) is not None and _SHORT_LAST_ITEM.search(text, said, at) is not None


# What else may stand between an event and what it came to, and give way to it before where the event happened does:
# how long after something else it came (`, khoảng 4 tháng sau khi …`, `, sau hơn 10 năm kể từ khi …`), what it was
# for right before the outcome's comma (`… | để cung cấp 3 tàu ngầm … |, đánh dấu …`), a clause of time with how long
# after or before something it came (`… 22/10 | một ngày sau khi bà nhậm chức |, và nhất trí …`, `… từ chức, | chỉ
# một ngày trước khi …|, đánh dấu …`: never `trước` without its clause) and a first it marked (`…, | lần đầu
# tiên sau 10 năm … |, trong đó …`).
_COUNT = r"(?:\d+|một|hai|ba|vài)"  # how many days or years, in digits or in words (`một ngày sau khi …`)
# … and how near that count is (`chưa đầy | một tháng sau khi …` would leave `chưa đầy` behind)
_ABOUT = r"(?:khoảng |gần |hơn |chỉ |chưa đầy |chưa tới |chưa đến |không đầy |tròn )"
GAP_BEFORE = re.compile(
    rf", (?:{_ABOUT}?{_COUNT} (?:năm|tháng|tuần|ngày) sau (?:khi )?"
    rf"|sau (?:khoảng |gần |hơn )?{_COUNT} (?:năm|tháng|tuần|ngày) (?:kể từ (?:khi )?)?){IN_CLAUSE}{{1,80}}$"
)
PURPOSE_BEFORE = re.compile(rf" (?:để|nhằm) {IN_CLAUSE}{{1,80}}$")
TIME_BEFORE = re.compile(
    rf"(?: {_ABOUT}?{_COUNT} (?:năm|tháng|tuần|ngày|giờ))?(?<! từ) (?:sau khi|trước khi|khi) "
    rf"{IN_CLAUSE}{{1,80}}$"  # (not `kể từ | khi …`, since when a count runs: `thứ ba kể từ` would be left)
)
FIRST_BEFORE = re.compile(rf", lần đầu tiên (?:sau|kể từ|trong) {IN_CLAUSE}{{1,100}}$")
# What a meeting talked about, set off right before what it came to (`… điện đàm ngày 18/9|, trao đổi về phương hướng …
# |, trong đó nhất trí …`): the agreement is the news, so the topic gives way to it.
TOPIC_BEFORE = re.compile(rf", (?:trao đổi|thảo luận|bàn thảo|bàn) (?:về )?{IN_CLAUSE}{{1,150}}$")
# An occasion the event marked (`nhân dịp kỷ niệm 80 năm thành lập Đảng …`) or came on (`nhân chuyến thăm …`),
# set off before a later clause or inside the subject, before its passive verb (`Lễ hội … | nhân dịp … | được tổ
# chức …`).
# …, or the visit a guest is on (`… Tô Lâm | đang ở thăm Hàn Quốc |, hai bên nhất trí …`).
OCCASION = re.compile(
    r"(?:,? nhân (?:dịp|kỷ niệm|chuyến)| đang (?:ở )?(?:thăm|công du))"
    # never past the sentence's own verb (`… | đã kêu gọi …`, `… | được tổ chức tại …` once the filler took its
    # `đã`), nor past a date, after which it comes (`… Ngày Giải phóng ngày 15/8 | kêu gọi …`)
    r"(?:(?! (?:đã|sẽ|đang|vừa|cũng|được) )(?!(?<=\d/\d) |(?<=\d/\d\d) )[^,.;]){1,120}?(?=,| được )"
)


def without_where_or_occasion(
    text: str, outcome: re.Match[str], occasion: re.Match[str] | None
) -> list[tuple[str, int]]:
    """The lines without where the outcome's event was held (`where_phrases.without_where`), each with where its
    outcome starts. When an occasion or, failing one, what the event was for is told too (`Lễ hội … | nhân dịp mùa
    xuân năm nay | được tổ chức | tại quận … | ngày 28/3, thu hút …`, `… duyệt binh | tại … tối ngày 8/2 | để kỷ niệm
    … |, trong đó trưng bày …`), the lines without both come after those that keep the lead's date and before the
    others: they keep the verb and the date that a line without the place and its date would lose."""
    lines = [line for phrase in WHERE_PHRASES for line in without_where(text, outcome, phrase)]
    set_off = text.startswith(",", outcome.start())  # (a purpose with no comma after it is its clause's own)
    aside = occasion or (PURPOSE_BEFORE.search(text, 0, outcome.start()) if set_off else None)
    if aside is None or DAY_MONTH.search(text, 0, outcome.start()) is None:
        return lines
    unmarked = text[: aside.start()] + text[aside.end() :]
    became = OUTCOME.search(unmarked, aside.start())
    both = [line for phrase in WHERE_PHRASES for line in without_where(unmarked, became, phrase)] if became else []
    dated = [line for line in lines if DAY_MONTH.search(line[0], 0, line[1])]
    both_dated = [line for line in both if DAY_MONTH.search(line[0], 0, line[1])]
    return dated + both_dated + [line for line in lines if line not in dated]


# A cut outcome keeps at least this many words of what it came to: `nhất trí phối hợp | để chuẩn bị …` says
# too little to be worth the place or the time it would cost; a count says enough in fewer (`bắt giữ | 475 người`).
_CUT_OUTCOME_WORDS = 3


def says_enough(line: str, said: int, end: int) -> bool:
    """The outcome starting at `said` and kept to `end` says something: whole, or cut with enough words or a count."""
    kept = line[said:end]
    return not line[end:].strip(" .") or words(kept) >= _CUT_OUTCOME_WORDS or re.match(r"\d", kept) is not None


# An outcome that only says what was talked about (`…, trong đó hai bên thảo luận về | thuế quan của Mỹ và chuỗi cung
# ứng …`): its `và` joins the topics, unless a second act follows (`… và nhất trí …`, `OUTCOME`).
_TOPIC_SAID = re.compile(r"(?:thảo luận|trao đổi về|bàn thảo) $")


def joins_one_whole(text: str, every: list[str], said: int, at: int) -> bool:
    """The `và` after the space at `at` joins what must stay together: the second of two parties (`BETWEEN`) or sources
    (`word_bounds.second_source`), the rest of a name (`lexicon.and_inside_office`) or the next topic talked about
    (`_TOPIC_SAID`). `every` is `text.split()`, which the caller has already made; `said` is where the outcome's words
    start, which the party is looked for after."""
    if _TOPIC_SAID.search(text, max(0, said - 20), said) is not None and OUTCOME.match(text, at) is None:
        return True
    if second_source(text[max(said, at - 50) : at]):
        return True
    return BETWEEN.search(text, max(said, at - 60), at) is not None or and_inside_office(every, len(text[:at].split()))


def past_scorer(text: str, outcome: re.Match[str]) -> tuple[str, re.Match[str]] | None:
    """`text` without who won a match (`…, nhờ bàn thắng của tiền đạo … ở phút 8`) and the outcome after it (`…, qua
    đó giành chức vô địch …`), when `outcome` is the scorer and a title or a record follows: what the win came to
    outranks who scored it. None otherwise."""
    later = OUTCOME.search(text, outcome.end()) if outcome.group(0).startswith(", nhờ") else None
    if later is None or not later.group(0).startswith(", qua đó"):
        return None
    shorter = text[: outcome.start()] + text[later.start() :]
    found = OUTCOME.match(shorter, outcome.start())
    return (shorter, found) if found is not None else None
