"""The words that decide where a phrase may start or end (`phrase_tokens.Tokens` reads a window's words against
them): words that ask for what follows, open a new phrase or join clauses, pairs read as one, and the units of a
place. Kept apart from the token rules so those stay about positions, and these about Vietnamese words.
"""

from __future__ import annotations

# What ends a clause, or edges a word, in a window's raw tokens.
CLAUSE_END = (",", ";", ":", ".", "!", "?", ")", "”", '"', "…")
EDGE_PUNCTUATION = ",.;:!?()[]\"“”'‘’«»…"


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Administrative units that open the larger place a smaller one lies in (`quận Haeundae, thành phố Busan`).
# (`miền`: `bang Uttarakhand, | miền Bắc Ấn Độ`, the region of the country it lies in)
LARGER_UNITS = frozenset(
    {("tỉnh",), ("bang",), ("thành", "phố"), ("thủ", "đô"), ("đặc", "khu"), ("quận",), ("huyện",), ("miền",)}
)
UNIT_WORDS = frozenset({"tỉnh", "bang", "phố", "quận", "huyện"})  # a one-word place named with its unit
# `huyện Cheorwon, | tỉnh Gangwon`, `khu vực Daegwallyeong, | tỉnh …`: a unit or an area, then the larger one
SMALLER_UNITS = UNIT_WORDS | {"xã", "phường", "vực", "khu"}


# Words that ask for what follows them: a context never ends on one.
DANGLING = _word_set(
    "với của cho mang là và hoặc cùng so từ đến tới tại ở trong trên dưới về vào theo bởi do vì để "
    "nhằm khi mà rằng như thì nhưng được bị các những một mức đã sẽ đang có hơn gần khoảng tròn chỉ "
    "tăng giảm đạt lên xuống ghi chiếm bằng thuộc gồm nên nếu kể suốt xuyên"
)
CHANGE_VERBS = frozenset({"tăng", "giảm", "lên", "xuống"})
BETWEEN_WORDS = 4  # `giữa` this close before a `và` makes one phrase of both sides (`giữa Hàn Quốc và Pháp`)
COMPOUND_ENDS = frozenset(
    {("cuối", "cùng"), ("sau", "cùng"), ("chung", "cùng"), ("vừa", "qua"), ("trở", "lên"), ("trở", "xuống")}
    | {("tiếp", "theo")}  # `4 chuyến bay tiếp theo`: the next ones
    | {(period, "tới") for period in ("ngày", "tuần", "tháng", "quý", "năm")}  # `vào năm tới`: next year
)
# A phrase may end before these: they open a new phrase (a preposition, a conjunction, a reason).
ENDS_BEFORE = _word_set(
    "và nhưng song còn do vì để nhằm khi trong tại ở so từ sau trước kể theo với cho nhờ bởi mà thì nên nếu dù tuy bằng"
)
# … and a span may end before the level a change reaches (`tăng gấp đôi quỹ … | lên 48 triệu USD mỗi năm …`), though a
# record after a comma (`…, lên mức cao nhất …`) still goes on with its figure; never before where a motion went (`xe
# buýt … đã lao | xuống vực`).
BEFORE_LEVEL = frozenset({"lên", "xuống"})
LEVEL_STARTS = frozenset({"mức", "tới", "đến", "khoảng", "gần", "hơn", "còn", "thành", "top", "hạng", "thứ"})
# `… lễ hội pháo hoa | diễn ra tối ngày 5/10`: where the event took place starts a phrase of its own, and so
# do whose tenure it was in (`… 6 trận gần nhất | dưới thời huấn luyện viên …`) and when it was.
ENDS_BEFORE_PAIRS = frozenset(
    tuple(pair.split())
    for pair in ("diễn ra", "dưới thời", "thông qua", "tính đến", "tính theo", "liên quan", "trị giá")
) | frozenset(
    ("vào", when) for when in ("ngày", "sáng", "trưa", "chiều", "tối", "đêm", "rạng", "lúc", "khoảng", "tháng", "năm")
)  # `… qua các nền tảng trực tuyến | vào tối ngày 17/9`: when; `vốn vay | thông qua …`: the means; `| tính đến`: as of;
# `đề nghị luận tội | liên quan đến …`: what it concerns; `khoảng 4 kg ma túy đá | trị giá 13 tỷ won`: what it is worth;
# `thị phần TV toàn cầu | tính theo doanh thu`: what it is reckoned by. A span never ends inside such a pair.
# `… tại 34 thành phố | bắt đầu từ tháng 4`: when it starts is a phrase of its own, read whole.
STARTING_WHEN = frozenset({"từ", "vào"})
# `cả` before these is "the whole" (`trên cả nước | và …`), no pair a `và` closes (`cả giới chủ | và người lao động`).
WHOLE_OF = frozenset({"nước", "năm", "ngày", "tháng", "tuần", "thế", "khu", "vùng", "đời", "nhà", "gia", "thành"})
# Nouns of a period that ask for which one (`trong giai đoạn | 2025-2028`).
PERIOD_NOUNS = frozenset({("giai", "đoạn"), ("thời", "kỳ"), ("thời", "gian")})
# `so với tuần | trước đó`: a baseline period whose `trước` was cut off compares with any week.
BASELINE_CUT = frozenset(("với", period) for period in ("ngày", "tuần", "tháng", "quý", "năm", "phiên", "kỳ"))
# `từ tháng 4 năm | sau`, `3 năm | trước`: next year, three years ago; cut there, it is any year. Only before `sau khi`
# or `trước khi` (`3 năm | sau khi …`) does a length of time end, before its clause of time.
RELATIVE_PERIODS = frozenset({"tuần", "tháng", "quý", "năm"})
# Clauses joined by these are separate statements: the context does not reach across them.
HARD_CONJUNCTIONS = frozenset({"nhưng", "tuy", "dù", "mặc"})
# `còn` after these means "still" or "down to" (`vẫn còn`, `xuống còn`), not "while".
STILL = frozenset({"vẫn", "chỉ", "không", "hiện", "đã", "cũng", "mà", "nay", "sẽ", "đang", "xuống", "lên", "giảm"})
HARD_PAIRS = frozenset({("trong", "khi"), ("trong", "đó"), ("đồng", "thời"), ("tuy", "nhiên")})
# The words a joining of two clauses may end on: a conjunction, the second word of a pair, `còn`, `song` and `lại`.
JOINING_WORDS = frozenset({"song", "còn", "lại", *HARD_CONJUNCTIONS, *(second for _, second in HARD_PAIRS)})
PARTS = frozenset({"hai", "ba", "tư", "năm", "mười"})
# Two words joined by `và` that read as one phrase, never split: `doanh nghiệp vừa và nhỏ`, `chuyến bay đi và
# đến sân bay …`.
ONE_PHRASE_PAIRS = frozenset(
    {("vừa", "và", "nhỏ"), ("đi", "và", "đến"), ("đến", "và", "đi"), ("ra", "và", "vào"), ("vào", "và", "ra")}
    | {("trong", "và", "ngoài")}  # `các hãng trong và ngoài nước`
    | {("tiếp", "và", "gián"), ("lớn", "và", "vừa"), ("nam", "và", "nữ")}  # `việc làm trực tiếp và gián tiếp`
)
# `được dùng để …`: what a sum is used for is what it measures.
USED_FOR = frozenset({("dùng", "để"), ("dụng", "để"), ("dành", "để"), ("dùng", "cho"), ("dụng", "cho")})
# A phrase may start right after these (what was announced, said or compared follows them).
LEAD_INS = frozenset({"là", "rằng", "khi", "nhưng"})
LEAD_IN_PAIRS = frozenset(
    tuple(pair.split()) for pair in ("công bố", "cho biết", "cho thấy", "chỉ ra", "theo đó", "như vậy", "ngoài ra")
) | {("đồng", "thời"), ("về", "việc")}  # `thảo luận về việc | cung cấp chip … cho dự án … trị giá 500 tỷ USD`
# A phrase may start at these: a verb that reports a figure.
OPENERS = frozenset({"tăng", "giảm", "đạt", "chiếm", "ghi", "vượt", "đã", "sẽ", "đang"})
# … but not at the second half of a verb written in two (`doanh số sụt | giảm kéo dài`).
VERB_COMPOUNDS = frozenset({("sụt", "giảm"), ("suy", "giảm"), ("cắt", "giảm"), ("thuyên", "giảm"), ("gia", "tăng")})
# A number after these belongs to the word before it (`khoảng 12`), to a date, a clock time (`lúc 1 giờ 13
# phút`) or a name: no figure and no span starts at it.
NOT_BEFORE_NUMBER = _word_set(  # … nor the number of a season, a round or an episode (`phần 3`, `vòng 14`, `top 5`)
    "hơn khoảng gần trên dưới tới đến cộng xỉ mức tròn chỉ tháng ngày năm quý tuần số thứ lần khóa lúc giờ "
    "phần mùa tập vòng đợt top"
)

LIVING = frozenset({"sống", "cư", "trú"})  # `sinh sống`, `cư trú`: verbs whose place follows them
