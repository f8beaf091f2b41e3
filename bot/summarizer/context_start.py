"""Where a figure's context starts: past what carries nothing of the figure.

`context.py` finds the leftmost clean start within its reach, and back before an apposition it fell on
(`before_apposition`); these steps then move that start right, past
an opener that means nothing (`Theo đó`), a named source or a reporter (`… cho biết`), a leading date, a
figure that ended the clause before, and a clause of time, concession, occasion or purpose.
"""

from __future__ import annotations

from bot.summarizer.asides import among_aside
from bot.summarizer.dates import DAY_MONTH
from bot.summarizer.phrase_tokens import Tokens

_REPORTS = frozenset({("cho", "biết"), ("công", "bố"), ("cho", "thấy"), ("chỉ", "ra")})
# What a report says starts with these when it has no subject of its own: the reporter is the subject.
_SUBJECTLESS = frozenset({"sẽ", "đã", "đang", "vừa", "dự", "quyết", "đề", "kêu"})
# Conjunctions opening a clause of time or concession before the main one (`Trong khi …, …`, `Mặc dù …, …`).
_SUBORDINATORS = frozenset({"khi", "dù"})
# A setting of occasion or purpose (`nhân kỷ niệm 80 năm …,`, `nhằm ứng phó …,`) or time (`Trong khi …,`).
_SETTING_WORDS = frozenset({"nhân", "nhằm"})
_SETTING_PAIRS = frozenset({("trong", "khi"), ("mặc", "dù"), ("sau", "khi"), ("trước", "khi")})
_IN_THE_CONTEXT = ("trong", "bối", "cảnh")  # `Trong bối cảnh lãi suất giảm …,`
# Sentence openers that carry no meaning of their own: a context starts after them.
_MARKERS = (
    ("theo", "đó"),
    ("trong", "đó"),
    ("như", "vậy"),
    ("ngoài", "ra"),
    ("bên", "cạnh", "đó"),
    ("tuy", "nhiên"),
    ("đồng", "thời"),
    ("cụ", "thể"),
    ("đặc", "biệt"),
)


def leftmost_start(tokens: Tokens, low: int, high: int, window_start: int) -> int:
    """The first token in [low, high) a phrase may start at, else `high`."""
    return next((k for k in range(low, high) if tokens.clean_start(k, window_start)), high)


# What resumes the subject's clause after an apposition (`…, | đã vượt …`, `…, | ngày 27/11 công bố …`).
_RESUMES = frozenset({"đã", "sẽ", "đang", "vừa", "cũng", "ngày", "hôm"})


def before_apposition(tokens: Tokens, begin: int, first: int, low: int, window_start: int) -> int:
    """A start on an apposition set off by commas (`Ca khúc … của ca sĩ Jennie, | thành viên nhóm nhạc …, | đã vượt
    mốc …`) moves back to the start of what it describes, not before `low`: alone, the apposition reads as the
    subject of what follows it."""
    if not (window_start < begin < first and tokens.raw[begin - 1].endswith(",") and tokens.raw[begin][:1].islower()):
        return begin
    close = next((j for j in range(begin, first - 1) if tokens.ends_clause(j)), -1)
    if close < 0 or not tokens.raw[close].endswith(",") or tokens.core[close + 1] not in _RESUMES:
        return begin
    earlier = leftmost_start(tokens, low, begin - 1, window_start)
    return earlier if earlier < begin - 1 else begin


def after_report(tokens: Tokens, begin: int, first: int) -> int:
    """Start after the last `rằng`, `cho biết` or `công bố` before the figure: what was reported is what
    the figure measures, not who reported it or where. When what was reported has no subject of its own
    (`Văn phòng Tổng thống cho biết sẽ mở rộng …`), the one who reported it is its subject and stays."""
    for k in range(first - 1, begin, -1):
        pair = (tokens.core[k - 1], tokens.core[k])
        if (tokens.core[k] == "rằng" or pair in _REPORTS) and tokens.clean_start(k + 1, begin):
            return begin if tokens.core[k + 1] in _SUBJECTLESS else k + 1
    return begin


_PARTS_OF_DAY = frozenset({"hôm", "sáng", "chiều", "tối", "đêm", "trưa"})
_CLOCK_WORDS = 12  # `vào lúc 1 giờ 20 phút rạng sáng ngày 5/3,`: the most words a clock time and its date take


def skip_date(tokens: Tokens, k: int, first: int) -> int:
    """Start after a leading date set off by a comma (`ngày 1/12, kim ngạch …`, `Hôm nay (13/11), …`, `Vào lúc 1 giờ
    20 phút rạng sáng ngày 5/3, …`, `vào sáng 4/11, khiến …`): the date is the story's `when`. Without the comma it
    may be the subject (`ngày 3/12 đánh dấu tròn một năm …`)."""
    if (
        tokens.core[k] in ("ngày", "hôm")
        and k + 2 <= first
        and "/" in tokens.raw[k + 1]
        and tokens.raw[k + 1].endswith(",")
    ):
        return k + 2
    # `Vào lúc 1 giờ 20 phút rạng sáng ngày 5/3, lửa từ …`: a clock time and its date, the story's `when` too
    # (or a part of the day and its date: `…, | vào sáng 4/11, | khiến …`)
    clocked = k + 1 < first and (
        tokens.raw[k + 1][:1].isdigit() or tokens.core[k + 1] in ("lúc", "ngày") or tokens.core[k + 1] in _PARTS_OF_DAY
    )
    if tokens.core[k].casefold() in ("vào", "lúc") and clocked:
        dated = next((j for j in range(k + 2, min(first - 1, k + _CLOCK_WORDS)) if tokens.ends_clause(j)), None)
        if dated is not None and tokens.raw[dated].endswith(",") and DAY_MONTH.fullmatch(tokens.core[dated]):
            return dated + 1
    # `Hôm nay (13/11), 554.174 thí sinh …`, `hôm nay (ngày 29/12), trong năm nay …`, `Sáng qua, …`: a day told from
    # the day of writing
    if tokens.core[k].casefold() in _PARTS_OF_DAY and k + 1 < first and tokens.core[k + 1] in ("nay", "qua"):
        if tokens.raw[k + 1].endswith(","):
            return k + 2
        if k + 2 < first and tokens.raw[k + 2].startswith("("):  # the date in brackets, one word or two
            closing = next((j for j in range(k + 2, min(first, k + 4)) if tokens.raw[j].endswith("),")), None)
            if closing is not None:
                return closing + 1
    return k


def past_other_figure(tokens: Tokens, k: int, first: int) -> int:
    """A start at another figure that ends its own clause before this one (`3 ngày, | nhất trí nâng kim ngạch …
    lên 150 tỷ USD`) moves past that clause: the figure before says nothing of this one, unless this one is
    only its change (`…, tăng 31.504 người`)."""
    if k >= first or not tokens.core[k][:1].isdigit():
        return k
    # not the comma between a place and the larger one it lies in (`tại Paris, | Pháp từ ngày 17 …`)
    ends = [j for j in range(k, first - 1) if tokens.ends_clause(j) and not tokens.larger_place_at(j + 1)]
    if ends and ends[-1] == first - 2 and tokens.core[first - 1] in ("tăng", "giảm"):
        return k  # `554.174 thí sinh … năm 2026, | tăng 31.504 người`: a change of the figure before
    return ends[-1] + 1 if ends else k


def _inside_opening_setting(tokens: Tokens, k: int, sentence_start: bool) -> bool:
    """Token k lies inside the setting that opens the sentence (`Trong bối cảnh lãi suất | giảm và nguồn cung
    …, giá căn hộ …`): no comma has closed it yet."""
    if not sentence_start or k == 0:
        return False
    opens = tokens.core[0] in _SETTING_WORDS or any(
        tuple(tokens.core[: len(opener)]) == opener for opener in (*_SETTING_PAIRS, _IN_THE_CONTEXT)
    )
    return opens and not any(tokens.raw[j].endswith(",") for j in range(k))


# `…, trong khi giá dầu WTI tăng 7,26%, | lên 72,98 USD/thùng`: the level a change reached goes on with its clause.
_LEVEL_AFTER_CHANGE = frozenset({"lên", "xuống"})


def skip_subordinate(tokens: Tokens, k: int, first: int, sentence_start: bool = False) -> int:
    """Start after a clause of time, concession, occasion or purpose the figure's clause follows (`Trong khi
    kinh tế toàn cầu chững lại, xuất khẩu … tăng 30,8%`, `nhân kỷ niệm 80 năm …, Tổng thống … đặc xá cho
    2.188 người`), or an aside of who was among them (`…, trong đó có 6 người Việt Nam, đã bị lật …`): a
    start at or right after its conjunction, or inside the setting that opens the sentence (`sentence_start`:
    the tokens start with it), would read that clause as the figure's news. The first clean start after its
    comma; for a figure inside a concession opening its sentence or clause, the conjunction; else k."""
    after_conjunction = k > 0 and tokens.core[k - 1] in _SUBORDINATORS
    # `…, trong đó có 6 người Việt Nam, đã bị lật … khoảng 20 km`: an aside the figure's clause goes on after
    aside = k > 1 and tuple(tokens.core[k - 2 : k + 1]) == ("trong", "đó", "có")
    after_conjunction = after_conjunction or aside
    opening = tokens.core[k] in _SETTING_WORDS or tuple(tokens.core[k : k + 2]) in _SETTING_PAIRS
    if not (after_conjunction or opening or _inside_opening_setting(tokens, k, sentence_start)):
        return k
    # the comma that closes it, not one inside a place (`khi hạ cánh xuống sân bay Muan, | tỉnh Nam Jeolla …,`)
    comma = next(
        (
            j
            for j in range(k, first - 1)
            if tokens.raw[j].endswith(",")
            and not tokens.larger_place_at(j + 1)
            and not tokens.in_number_list(j + 1)
            and tokens.core[j + 1] not in _LEVEL_AFTER_CHANGE
        ),
        None,
    )
    if comma is None:
        # the figure is a concession's own (`Mặc dù | xuất khẩu tăng 0,4%, …`): `dù` opens it, as `khi` does not
        # need to (`sau khi | ghi bàn thắng thứ 100` reads whole from the clause's subject)
        if k > 0 and tokens.core[k - 1] == "dù":
            opens = k - 2 if k > 1 and tokens.core[k - 2] == "mặc" else k - 1
            # … when it opens the sentence or a clause (`Lợi nhuận mặc dù | giảm 56% …` has its subject before it)
            return opens if opens == 0 or tokens.raw[opens - 1].endswith(",") else k
        return k
    if comma == first - 2 and tokens.core[first - 1] in ("tăng", "giảm"):
        return k  # `trong khi | tỷ lệ thất nghiệp … lên tới 5,9%, tăng 0,5 điểm phần trăm`: the change has no subject
    return leftmost_start(tokens, comma + 1, first, comma + 1)


def skip_marker(tokens: Tokens, k: int, first: int, reach: int) -> int:
    """Start after an opener that carries no meaning (`Theo đó`, a `và` after a comma) or a named source (`Theo
    Cục Thống kê Hàn Quốc,`): the figure belongs to what follows."""
    for marker in _MARKERS:
        if tuple(tokens.core[k : k + len(marker)]) == marker and k + len(marker) <= first:
            return k + len(marker)
    if tokens.core[k] == "và" and k > 0 and tokens.raw[k - 1].endswith(",") and k + 1 <= first:
        return k + 1  # `…, | và | toàn bộ 3.200 con lợn …`: the `và` joining it to the clause before says nothing
    if tokens.core[k] == "theo":
        comma = next((j for j in range(k, min(first, k + reach)) if tokens.ends_source(j)), None)
        if comma is not None and comma + 1 <= first:
            return comma + 1
    return k


def past_among_list(tokens: Tokens, k: int, first: int, sentence: str, sentence_start: int) -> int:
    """A start on or inside a list set off before the figure's predicate (`… nông sản, trong đó có mì ăn liền, | kim chi
    và bánh kẹo, | trong năm ngoái đạt 13,1 tỷ USD`; `asides.among_aside` of the figure's `sentence`, which starts at
    `sentence_start`) moves past the list: begun there, the context would say its last items are what the figure
    measures."""
    aside = among_aside(sentence)
    if aside is None or not sentence.startswith(", trong đó có ", aside[0]):
        return k  # (the items of `, gồm A, B và C,` make up the whole: `… C, | lên cấp 4` is said of them all)
    opens, closes = sentence_start + aside[0], sentence_start + aside[1]
    if not opens <= tokens.spans[k][0] < closes <= tokens.spans[first][0]:
        return k
    return next((j for j in range(k, first) if tokens.spans[j][0] >= closes), k)
