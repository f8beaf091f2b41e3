"""Which figures a reader must know first.

A KBS story states its main figure in the headline and the lead (`xuất khẩu đạt 50,58 tỷ USD`), then the
change against a baseline (`tăng 5,7% so với cùng kỳ năm ngoái`), then details: shares of sub-items,
conversions in parentheses, thresholds (`trên 50 tỷ USD`), ordinals that name things (`vòng loại thứ 6`).
The ranking follows that order: the headline's figures and the lead's main figure first, then every
other figure by a score of what it is and where and how the story says it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.summarizer.found import FoundFigure
from bot.summarizer.lexicon import CAPITALS, SUPERLATIVES, TOLL_END, TRIP_KINDS, lexicon

_SCORE = re.compile(r"\d+[-:]\d+")  # `2-1`, `2:1`
_DESCRIBES = 0.5  # the kind score of an age or of a bare number
_TIME_UNITS = frozenset({"phút", "giờ", "ngày", "tuần", "tháng", "quý", "năm", "đêm", "tiếng"})
_RESULT = re.compile(r"(?:đạt|là|ở mức|lên|xuống|còn|tới|chiếm|có) (?:mức |khoảng |hơn |gần |trên |tổng cộng )?$")
_CHANGE_BEFORE = re.compile(r"(?:tăng|giảm|tăng thêm|giảm thêm|cao hơn|thấp hơn) (?:đến |tới |mạnh |khoảng )?$")
_BASELINE_AFTER = re.compile(r"^[^,;.()]{0,24}?\bso với\b")
_RECORD = re.compile(rf"{SUPERLATIVES}|đầu tiên|lần đầu")
# A measure named by a superlative (`nhiệt độ cao nhất`, the day's high) is no record.
_MEASURE_NAMED_BY_SUPERLATIVE = re.compile(r"(?i:nhiệt độ) (?:cao|thấp) nhất")
_THRESHOLD = re.compile(r"(?:ngưỡng|mốc|hơn cả mức|vượt) $")
# `vượt mốc 1.700 won/lít`: crossing a mark is the news itself, the level the measure reached.
_CROSSED = re.compile(r"vượt (?:qua )?(?:mốc|ngưỡng) $")
_PERIOD_END = re.compile(r" (?:đầu|qua|cuối|gần đây|gần nhất)\b")
_NAMING = re.compile(r"^(?:vòng|lượt|khóa|hiệp|tầng|phút|trận|số|hạng mục)\b")
# A figure named as the reference of a comparison or a past mark (`so với mức 55 tỷ USD`, `cao hơn cả
# mức lợi nhuận 6.570 tỷ won`, `kể từ sau khi đạt 51,3 tỷ USD`) is not the news itself.
# An anniversary names the occasion (`nhân kỷ niệm 80 năm Ngày giải phóng`), not what happened on it.
_OCCASION = re.compile(r"kỷ niệm (?:tròn )?$")
# The amount a price is quoted for (`giá bán lẻ trung bình 30 quả trứng gà là 6.200 won`) is its basis, not news;
# what a thing is worth (`trị giá 11 triệu krona`) is the news.
_PRICE_BASIS = re.compile(
    r"(?<!\w)(?<!trị )[Gg]iá(?: (?:bán lẻ|bán buôn|bán|mua|trung bình|bình quân|niêm yết)){0,3} (?:của |cho |mỗi )?$"
)
# The size of what is priced or sold (`giá bán lẻ gạo | loại 20 kg | …`, `một bao 20 kg`): the pack, not the news.
_PACK_SIZE = re.compile(r"\b(?:loại|cỡ|bao|gói|túi|chai|hộp|thùng) $")
_PACK_UNITS = frozenset({"kg", "g", "gram", "lít", "ml"})
# How long a visit or a tour lasts (`trong chuyến thăm chính thức kéo dài 3 ngày`) describes the trip; what
# was agreed on it is the news.
_TRIP_LENGTH = re.compile(rf"chuyến (?:{TRIP_KINDS})\b[^,.;]{{0,40}}? kéo dài $")
# Whom a survey asked (`khảo sát … thực hiện với 1.500 học sinh`) is its sample; what they answered is the news.
_SAMPLE = re.compile(
    r"(?:khảo sát|điều tra|thăm dò|thực hiện|tiến hành)[^,.;]{0,60}? (?:với|trên|đối với) (?:tổng cộng |khoảng |hơn )?$"
)
# How big a vessel is (`Một tàu cá 29 tấn chở 9 thuyền viên …`) describes it; what befell it or its crew is the news.
_VESSEL = re.compile(
    r"\b(?:tàu|thuyền|xà lan|sà lan)(?: (?:cá|hàng|chở hàng|chở dầu|du lịch|khách))? $"
    r"|\b(?:tàu|thuyền|xà lan|sà lan)\b[^,.;]{0,40}? trọng tải $"  # `tàu chở dầu mang cờ Panama trọng tải 8.000 tấn`
)
# … and so does how tall a building is (`một khu chung cư 15 tầng`, `tòa nhà cao 63 tầng`).
_BUILDING = re.compile(r"\b(?:tòa nhà|chung cư|cao ốc|tòa tháp|khách sạn|bệnh viện|trung tâm thương mại)(?: cao)? $")
# The age someone died at (`… đã qua đời vào rạng sáng ngày 25/11 ở | tuổi 91`): an obituary's figure.
_DIED_AT = re.compile(r"(?:qua đời|từ trần|tạ thế|tử vong)[^.;]{0,50}? ở $")
# How many a household the story takes as its example holds (`một hộ gia đình 4 người sử dụng …`) describes it; `hộ`
# ending another word (`tỷ lệ ủng hộ 49,42%`, `cứu hộ`, `bảo hộ`) is no household.
_HOUSEHOLD = re.compile(r"\b(?:hộ gia đình|gia đình|(?<!ủng )(?<!cứu )(?<!bảo )(?<!căn )hộ) (?:có )?$")
# `So với mức …`; not past a `và` that opens a change of its own (`so với tháng trước và | tăng 2,6% …`)
_REFERENCE = re.compile(r"(?i:so với|hơn cả|kể từ|sau khi|trước khi)(?: (?!và\b)[^\s,;.]+){0,4} $")

# An amount restated in another currency (`11 triệu krona Thụy Điển, | tương đương khoảng 1 triệu USD`): a conversion,
# like one in parentheses; not a share (`…, tương đương 59,5%`), which says how much of a whole.
# (`before` holds 40 characters: the amount before the comma may show only its scale word)
_CONVERTED = re.compile(r"(?:\d|triệu|tỷ|nghìn|ngàn)[^,;.]{1,40}, (?:tương đương|tức)(?: với)?(?: khoảng| gần| hơn)? $")
_SHARE = re.compile(r" trong (?:tổng )?số ")  # `12 trong tổng số 17 …`: a share of a whole
# What a change reached, after the level it started from (`từ 9% | lên 13%`).
_TO_LEVEL = re.compile(r" (?:lên|xuống|thành) (?:còn |mức |khoảng )?\d")
# Verbs that state a figure as a result (`đạt 0,75`, `tăng 0,03`, `là 2,5`).
_STATING = ("là ", "đạt ", "tăng ", "giảm ", "lên ", "xuống ")


def _kind_score(figure: FoundFigure, before: str) -> float:
    unit = figure.unit or ""
    first_word = unit.split(" ")[0].split("/")[0]  # `won/cổ phiếu`: a price per share is money too
    if unit == "%":
        return 2.5
    if first_word in lexicon().currencies:
        return 3.0
    if first_word in _TIME_UNITS:
        return 1.0
    if first_word == "tuổi":  # an age describes someone; it is rarely the news, save the age someone died at and an
        # age a verb states or an average (`độ tuổi kết hôn … là 33,9 tuổi`, `tăng 0,2 tuổi`)
        stated_age = before.endswith(_STATING) or "," in figure.text
        return 2.0 if _DIED_AT.search(before) or stated_age else _DESCRIBES
    if " thứ " in f" {figure.text} " or unit == "hạng":
        return 1.0
    if unit:
        return 2.0
    # a bare number a verb states (`tổng tỷ suất sinh … đạt 0,75, tăng 0,03`) is a result, like one with a unit
    stated = before.endswith(_STATING) or figure.text.startswith(("là ", "mức "))
    return 2.0 if stated else _DESCRIBES


def _names_which(figure: FoundFigure) -> bool:
    """An ordinal that names which one a thing is (`Tổng thống thứ 21`, `album hoàn chỉnh thứ năm`): never what its
    sentence states, unless it is a rank, a run or the how-many-th time (`lần thứ 11 liên tiếp`)."""
    ordinal = " thứ " in f" {figure.text} " and figure.unit != "hạng"
    return ordinal and not figure.text.lower().startswith("lần") and not figure.text.endswith("liên tiếp")


def _states(figure: FoundFigure, before: str) -> bool:
    """An age or a bare number (`độ tuổi từ 15 đến 29`) describes: it is never what a sentence states. A score
    (`1-0`) is stated."""
    return _SCORE.fullmatch(figure.text) is not None or _kind_score(figure, before) > _DESCRIBES


def _penalty(figure: FoundFigure, before: str, after: str) -> float:
    """How far a figure is from being a result: an aside, a threshold, a reference, a starting level, a name, the period
    the result is counted over (`trong 20 ngày đầu tháng 11`), the length of a trip, a vessel's or a building's size.
    `before` and `after` are the text around the figure."""
    penalty = 0.0
    period = (figure.unit or "").split(" ")[0] in _TIME_UNITS and before.lower().endswith("trong ")
    if period and _PERIOD_END.match(after):
        penalty += 1.5
    if _REFERENCE.search(before) or _OCCASION.search(before):
        penalty += 1.5
    if figure.parenthetical:
        penalty += 3.0
    elif _CONVERTED.search(before) and _kind_score(figure, before) == 3.0:
        penalty += 1.5
    if _TRIP_LENGTH.search(before) or _SAMPLE.search(before) or _HOUSEHOLD.search(before):
        penalty += 1.5
    if (figure.unit or "").startswith("tấn") and _VESSEL.search(before):
        penalty += 1.5
    if (figure.unit or "") == "tầng" and _BUILDING.search(before):
        penalty += 1.5
    if before.endswith("tại ") and not TOLL_END.search(figure.text) and not _SHARE.search(figure.text):
        # `giá nhà tại 3 quận …`: where a result was measured, not the result (`ở mức …` is one; so is a share won,
        # `giành chiến thắng tại 12 trong (tổng) số 17 vị trí`)
        penalty += 1.0
    priced = _PRICE_BASIS.search(before) and _kind_score(figure, before) == 2.0 and figure.unit
    if priced or (figure.unit in _PACK_UNITS and _PACK_SIZE.search(before)):
        penalty += 1.5  # what a price is of, or the pack it is for
    if before.endswith("từ ") and _TO_LEVEL.match(after):
        penalty += 1.5  # the level a change started from (`nâng … từ 9% lên 13%`): the new level is the news
    # … and so is falling below a level or rising above it for the first time (`lần đầu tiên xuống | dưới 2,5 triệu
    # em`; `lần đầu tiên …` may come before or after it)
    passed = figure.text.startswith(("dưới ", "trên ")) and before.endswith(("xuống ", "lên "))
    crossed = _CROSSED.search(before) is not None or (passed and _RECORD.search(before + after[:60]) is not None)
    at_least = before.endswith("từ ") and after.startswith(" trở lên")  # `đoàn khách từ 3 người trở lên`
    if (figure.text.startswith(("trên ", "dưới ")) or _THRESHOLD.search(before) or at_least) and not crossed:
        penalty += 1.5  # a threshold (`trên 50 tỷ USD`), not the result, unless the measure crossed it
    if _NAMING.search(figure.unit or "") and " thứ " in f" {figure.text} ":
        penalty += 2.0
    return penalty


def _before(figure: FoundFigure, text: str) -> str:
    return text[max(0, figure.start - 40) : figure.start]


# Where a sentence ends: a stop and a space, or a stop glued to the next sentence's capital (`… 6 phiếu trắng.Đây là
# …`, as pages come), never one inside an abbreviation (`TP.HCM`, whose stop follows a capital).
# (The stop is matched first, so the lookbehinds run at stops only, never at every position of a long story.)
_SENTENCE_END = re.compile(rf"[.!?](?: |(?<=[^\W\d_][.!?])(?<![{CAPITALS}][.!?])(?=[{CAPITALS}]))")


def _own_sentence(before: str) -> str:
    """The part of `before` (text up to a figure) in the figure's own sentence."""
    return _SENTENCE_END.split(before)[-1]


# The next sentence calling the level the one before reached a record (`Đây là chỉ số đóng cửa thấp nhất trong vòng một
# năm …`); a first or a record of what happened (`Đây là lần đầu tiên …`, `Đây là trận động đất mạnh nhất …`) is the
# event's, not of that sentence's figure.
_RECORD_NEXT = re.compile(
    r"Đây (?:cũng )?là (?:mức|chỉ số|tỷ giá|giá|con số|tỷ lệ|lượng|nhiệt độ)\b"
    rf"(?: [^\s.]+){{0,6}}? (?:{SUPERLATIVES})\b"
)
_SENTENCE_REACH = 300  # how far a figure's sentence is read on for its end


def _record_next(text: str, start: int) -> bool:
    """The sentence after the one a figure (ending at `start`) is in states a record (`_RECORD_NEXT`)."""
    end = _SENTENCE_END.search(text, start, start + _SENTENCE_REACH)
    return end is not None and _RECORD_NEXT.match(text, end.end()) is not None


def _rest_of_sentence(text: str, start: int, reach: int) -> str:
    """At most `reach` characters of `text` from `start` (a figure's end), up to the end of the figure's own sentence
    (searched in place: a glued stop is told by the letter before it)."""
    end = _SENTENCE_END.search(text, start, start + reach + 1)
    return text[start : min(end.start(), start + reach) if end else start + reach]


# A sentence that opens on what happened meanwhile (`Trong khi xuất khẩu sang EU tăng 12%, | xuất khẩu sang Mỹ …`), with
# no `thì` to make it half of a contrast: its figure sets the scene for the sentence's news, and is not it.
_WHILE_OPENING = re.compile(r"[Tt]rong khi [^,.;]{1,300}$")


def _sets_the_scene(figure: FoundFigure, text: str) -> bool:
    """The figure opens its sentence on what happened meanwhile (`_WHILE_OPENING`), or is asked about (`Liệu Hàn Quốc
    có thể trở thành một trong 7 cường quốc …?`): the story's news comes after it."""
    own = _own_sentence(text[max(0, figure.start - _SENTENCE_REACH) : figure.start])
    rest = re.split(r"(?<=[.?!]) ", text[figure.end : figure.end + _SENTENCE_REACH], maxsplit=1)[0]
    return rest.endswith("?") or (_WHILE_OPENING.match(own) is not None and ", thì " not in rest)


_SUBJECT_WORDS = 3  # words a later change shares with the lead's main measure to be its change
_NOT_SUBJECT = frozenset(
    {"đạt", "là", "của", "trong", "và", "có", "ở", "mức", "tại", "với", "đã", "sẽ", "tăng", "giảm", "công", "bố"}
)


def _subject_words(text: str, start: int) -> frozenset[str]:
    """The words that say what a figure measures: the lower-case words before it in its own sentence
    (within 50 characters), without the verbs and function words that link them to it; names (`Cơ quan du
    lịch Hàn Quốc`) say who reports, not what is measured, and words of a name after its capital go too."""
    low = max(0, start - 50)
    words = _own_sentence(text[low:start]).split()
    if low > 0 and text[low - 1 : low].isalnum() and words and text[low:start].startswith(words[0]):
        words = words[1:]  # the window opened inside a word (`h|ồi tháng 5`)
    kept = []
    for index, word in enumerate(words):
        word = word.strip(",()")
        in_name = word[:1].isupper() or (index > 0 and words[index - 1][:1].isupper() and word[:1].islower())
        if word and not in_name and not word[:1].isdigit() and word.lower() not in _NOT_SUBJECT:
            kept.append(word.lower())
    return frozenset(kept)


def _score(
    figure: FoundFigure, text: str, sentence: int, lead: int, main: bool, penalty: float, measure: frozenset[str]
) -> float:
    """`measure`: the words of what the lead's main figure measures (`kim ngạch xuất khẩu tháng 9`)."""
    before = _before(figure, text)
    after = text[figure.end : figure.end + 60]
    score = _kind_score(figure, before) - penalty
    score += {lead: 3.0, lead + 1: 1.5}.get(sentence, 0.0)
    if main:
        score += 1.0
    # A change against a baseline is news in the lead; later, changes mostly detail sub-items (each
    # region's, each product's), which outnumber the figures a reader needs, unless it is the change of
    # what the lead's main figure measures, said later (`Kim ngạch xuất khẩu trong tháng 9 giảm 8,2% …`).
    change = _CHANGE_BEFORE.search(before) or _BASELINE_AFTER.search(after)
    if change and sentence <= lead + 1:
        score += 1.0
    elif change and len(_subject_words(text, figure.start) & measure) >= _SUBJECT_WORDS:
        score += 2.5
    if _RESULT.search(before):
        score += 1.0
    said_with = (
        _own_sentence(text[max(0, figure.start - 60) : figure.start])
        + figure.text
        + _rest_of_sentence(text, figure.end, 40)
    )
    if _RECORD.search(_MEASURE_NAMED_BY_SUPERLATIVE.sub("", said_with)) or (main and _record_next(text, figure.end)):
        score += 1.5  # a record is news in itself, said in the figure's sentence or of its main figure in the next
    if figure.text.endswith("liên tiếp"):
        score += 1.0  # so is a run
    if TOLL_END.search(figure.text):
        score += 1.5  # and a toll
    return score


def rank_figures(
    figures: list[FoundFigure],
    sentence_of: Callable[[int], int],
    text: str,
    headline: frozenset[tuple[float, str]],
    limit: int,
) -> list[FoundFigure]:
    """At most `limit` figures, most needed first: those the headline states (by value and kind, the first of each;
    `headline.headline_figures`),
    then the lead's main figure (the first it states outright), then the rest by score, in reading order on ties."""
    sentences = [sentence_of(f.start) for f in figures]
    penalties = {f.start: _penalty(f, _before(f, text), text[f.end : f.end + 60]) for f in figures}
    outright = [
        penalties[f.start] == 0 and _states(f, _before(f, text)) and not _sets_the_scene(f, text) for f in figures
    ]
    stated = [s for s, plain in zip(sentences, outright, strict=True) if plain]
    lead = min(stated) if stated and min(stated) <= 1 else 0
    mains: set[int] = set()  # the first figure each sentence states outright
    seen_sentences: set[int] = set()
    for figure, sentence, plain in zip(figures, sentences, outright, strict=True):
        # a rank (`Xếp thứ hai là khách Trung Quốc đạt 168.000 người`) places what the sentence then states; one the
        # subject holds (`Đại học Quốc gia Seoul xếp thứ 31 …`) is what it states
        a_rank = figure.unit == "hạng" and text.startswith(" là ", figure.end)
        if plain and not a_rank and sentence not in seen_sentences:
            seen_sentences.add(sentence)
            mains.add(figure.start)
    # … the first the lead states outright, past an ordinal that only names which one (`Tổng thống thứ 21`)
    in_lead = [f for f, s, plain in zip(figures, sentences, outright, strict=True) if s == lead and plain]
    stating = next((f.start for f in in_lead if not _names_which(f)), None)
    lead_main = stating if stating is not None else next((f.start for f in in_lead if f.start in mains), None)
    measure = _subject_words(text, lead_main) if lead_main is not None else frozenset()
    # the headline's figure is the first of its value the story states (`Ba người thiệt mạng …`: the lead's
    # `ba thuyền viên thiệt mạng`, not the `3 máy bay` of the search that followed)
    headlined: dict[tuple[float, str], int] = {}
    for figure in figures:
        if figure.value is not None and (said := (abs(figure.value), figure.kind)) in headline:
            headlined[said] = min(headlined.get(said, figure.start), figure.start)

    def key(item: tuple[FoundFigure, int]) -> tuple[int, float, int]:
        figure, sentence = item
        if figure.value is not None and headlined.get((abs(figure.value), figure.kind)) == figure.start:
            return (0, 0.0, figure.start)
        if figure.start == lead_main:
            return (1, 0.0, figure.start)
        score = _score(figure, text, sentence, lead, figure.start in mains, penalties[figure.start], measure)
        return (2, -score, figure.start)

    ranked = sorted(zip(figures, sentences, strict=True), key=key)
    return [figure for figure, _ in ranked[:limit]]
