"""What a figure measures: one clean span of its sentence that holds the figure.

A reader trusts a figure when the words beside it say what it counts. So the context is one contiguous,
exact span of the sentence (faithful by construction, never stitched from two places). It grows left to
take in the subject the figure belongs to (`chỉ số giá tiêu dùng tháng trước đạt 104,73 điểm`) and right to
take in its baseline (`so với cùng kỳ năm ngoái`) and a record said of it after a comma (`…, thời gian bay
dài nhất từ trước đến nay`), within a word budget, and is cut only where a phrase
may start or end: at punctuation, after a lead-in (`công bố`, `rằng`), before a verb of change (`tăng`,
`giảm`) or a preposition — never inside a number, a name, a compound, a short aside or quotation, and
never after a word that needs its object (`với`, `của`, `mang`).
"""

from __future__ import annotations

import re

from bot.summarizer.context_anchor import to_predicate, told_after, with_anchor, with_first_since, with_record
from bot.summarizer.context_reach import (
    LEFT_WORDS,
    RIGHT_WORDS,
    latest_end,
    left_limit,
    right_limit,
    through_plight,
)
from bot.summarizer.context_start import (
    after_report,
    before_apposition,
    leftmost_start,
    past_among_list,
    past_other_figure,
    skip_date,
    skip_marker,
    skip_subordinate,
)
from bot.summarizer.found import TIME_UNITS
from bot.summarizer.lexicon import TOLL_END
from bot.summarizer.phrase_tokens import Tokens
from bot.summarizer.phrase_words import CHANGE_VERBS, DANGLING, OPENERS

# Characters read before and after a figure: enough for 2 × LEFT_WORDS and RIGHT_WORDS words of Vietnamese
# (syllables are short, `context_reach`), so a sentence of 100 KB costs no more than a normal one.
LEFT_REACH = 280
RIGHT_REACH = 140
_EVENT_WORDS = 5  # how far back the event an anniversary names may start
_PHRASE_OPENERS = frozenset({"để", "nhằm", "tại", "ở", "trong", "với", "cho", "vào", "khi", "và", "của", "là", "mà"})


_OPINIONS = frozenset({("cho", "rằng"), ("cho", "biết"), ("trả", "lời"), ("tin", "rằng"), ("nói", "rằng")})
_AUXILIARIES = frozenset({"sẽ", "đã", "đang"})
_TOLL_CAUSES = frozenset({"khiến", "làm"})  # `…, khiến | 4 người thiệt mạng`
_THRESHOLD_WORDS = frozenset({"mốc", "ngưỡng", "mức"})  # `vượt | mốc | 10 tỷ USD`: the verb's object is the figure
_CHANGE_WORDS = frozenset({"tăng", "giảm"})
_PURPOSE = frozenset({"nhằm", "để"})
_BOUND = re.compile(r" trở (?:lên|xuống)\b")


# A share in words, restated in the parentheses that follow it (`Gần một nửa (| 48,7%)`).
_SHARE_RESTATED = re.compile(
    r"(?:(?<=\s)|^)(?:(?:[Gg]ần|[Hh]ơn|[Kk]hoảng|[Cc]hưa đến) )?(?:[Mm]ột nửa|(?:[Mm]ột|[Hh]ai|[Bb]a) phần "
    r"(?:hai|ba|tư|năm|mười)|\d/\d{1,2}) \($"
)


def _figure_tokens(tokens: Tokens, start: int, end: int) -> tuple[int, int]:
    """The first token of the figure and the one after its last, widened to a short aside holding it."""
    first = next(k for k, (_, e) in enumerate(tokens.spans) if e > start)
    after = next((k for k, (s, _) in enumerate(tokens.spans) if s >= end), len(tokens.spans))
    while first > 0 and tokens.grouped[first]:
        first -= 1
    while after < len(tokens.spans) and tokens.grouped[after]:
        after += 1
    return first, after


# Verbs that give a report's finding as a clause of its own (`Kết quả khảo sát … cho thấy | 49,2% …`).
_REPORTING = frozenset({("cho", "thấy"), ("cho", "biết"), ("chỉ", "ra")})


def _opinion_follows(tokens: Tokens, first: int, after: int, left: int) -> bool:
    """A figure that opens its clause and counts people who say something (`54,3% người được hỏi cho rằng
    mức lương thấp là nguyên nhân chính`): what they say is what the figure measures, so the context may
    reach 2 × RIGHT_WORDS words right to take it in."""
    opens = left == first or (first > 0 and tokens.ends_clause(first - 1))
    # … or the clause a report gives (`Kết quả khảo sát … cho thấy | 49,2% số người được hỏi cho rằng …`)
    opens = (
        opens or (first > 0 and tokens.core[first - 1] == "rằng") or tuple(tokens.core[first - 2 : first]) in _REPORTING
    )
    said = range(after, min(len(tokens.core) - 1, after + RIGHT_WORDS))
    return opens and any((tokens.core[k], tokens.core[k + 1]) in _OPINIONS for k in said)


def _outside_aside(tokens: Tokens, begin: int, first: int, left: int, window_start: int) -> int:
    """A start inside a long aside (`(trừ … nông sản, xăng dầu) tăng 3%`) moves before the aside when
    a phrase starts a few words before it, else just after it."""
    depth = 0
    for k in range(begin, first):
        depth += tokens.raw[k].count("(")
        closes = tokens.raw[k].count(")")
        if closes > depth:
            opening = next(
                (j for j in range(begin - 1, max(left, begin - LEFT_WORDS) - 1, -1) if "(" in tokens.raw[j]), -1
            )
            if opening >= 0:
                earlier = leftmost_start(tokens, max(left, opening - 6), opening, window_start)
                if earlier < opening:
                    return earlier
            return k + 1
        depth -= closes
    return begin


def _before_cut_purpose(tokens: Tokens, after: int, stop: int) -> int:
    """An end that cuts a purpose clause short (`… dành cho các doanh nghiệp xuất khẩu nhằm ứng phó | với …`)
    moves before the clause: what the figure is for, half said, is worse than not said."""
    if stop >= len(tokens.raw) or tokens.ends_clause(stop - 1):
        return stop
    opener = next((k for k in range(stop - 1, after, -1) if tokens.core[k] in _PURPOSE), None)
    return opener if opener is not None and tokens.clean_end(opener, len(tokens.raw)) else stop


def _before_aside(tokens: Tokens, after: int, stop: int) -> int:
    """An end inside an aside that closes past it moves before the aside."""
    for k in range(after, stop):
        if "(" in tokens.raw[k] and ")" not in "".join(tokens.raw[k:stop]):
            return k if tokens.clean_end(k, len(tokens.raw)) else stop
    return stop


def _past_aside(tokens: Tokens, after: int) -> int:
    """For a figure that is its whole clause and opens it (`khoảng 7.000 bác sĩ nội trú, tương đương 70% tổng
    số, sẽ trở lại làm việc …`): the end of the clause after the aside that follows it, where its predicate
    is; `after` when the aside is longer than 2 × RIGHT_WORDS words, or nothing ends cleanly within
    RIGHT_WORDS words past it."""
    count = len(tokens.raw)
    if after >= count or not tokens.raw[after - 1].endswith(","):
        return after
    reach = min(count, after + 2 * RIGHT_WORDS)
    aside_end = next((k + 1 for k in range(after, reach) if tokens.ends_clause(k)), None)
    if aside_end is None or aside_end >= count or not tokens.raw[aside_end - 1].endswith(","):
        return after
    right = right_limit(tokens, aside_end + 1)
    limit = min(right, aside_end + RIGHT_WORDS)
    return next((k for k in range(limit, aside_end + 1, -1) if tokens.clean_end(k, count)), after)


_JOINED_NOUN_WORDS = 4


def _joined_noun(tokens: Tokens, after: int) -> int:
    """For a figure that opens its clause, the end of a second noun its `và` joins to the counted one before the
    clause's predicate or an aside (`khoảng 7.984 bác sĩ nội trú | và thực tập sinh | đã …`, `…, tương đương …`), where
    the context goes on; else `after`."""
    count = len(tokens.raw)
    if after >= count or tokens.core[after] != "và":
        return after
    for k in range(after + 1, min(count, after + 1 + _JOINED_NOUN_WORDS)):
        if not tokens.raw[k][:1].islower():
            return after
        if tokens.raw[k].endswith(",") or (k + 1 < count and tokens.core[k + 1] in _AUXILIARIES):
            return k + 1 if tokens.core[k] not in DANGLING else after  # never `và so với,`: a noun, not a link
    return after


def _whole_it_is_part_of(tokens: Tokens, first: int, window_start: int) -> int:
    """For a figure that is its whole clause after `trong đó` (`… 2.350 người phải nhập viện …, trong đó 17
    người tử vong`, `…, trong đó có 18 người lao động nước ngoài`): the start of the whole it is a part of
    (the last count before, else the clause), which says what it counts among; else `first`."""
    part = first - 1 if first >= 1 and tokens.core[first - 1] == "có" else first  # `trong đó có 18 người …`
    if part < 2 or (tokens.core[part - 2], tokens.core[part - 1]) != ("trong", "đó"):
        return first
    low = max(window_start, part - 2 - 2 * LEFT_WORDS)
    counts = [  # a count, not a change or a share of one (`…, tăng | 28% so với …, trong đó có 21 người …`)
        k
        for k in range(low, part - 2)
        if tokens.is_figure_number(k)
        and tokens.clean_start(k, window_start)
        and not tokens.raw[k].rstrip(",").endswith("%")
        and (k == 0 or tokens.core[k - 1] not in _CHANGE_WORDS)
        and tokens.core[k + 1 : k + 2] != ["lần"]  # nor a multiple (`…, gấp | 5 lần so với …, trong đó 42 ca …`)
        # nor a length of time (`… 12 ca nhiễm … trong | 2 tháng đầu năm, trong đó có 5 ca tử vong`)
        and not (k + 1 < len(tokens.core) and tokens.core[k + 1] in TIME_UNITS)
    ]
    whole = counts[-1] if counts else leftmost_start(tokens, max(low, part - 2 - LEFT_WORDS), part - 2, window_start)
    return whole if whole < part - 2 else first


def _trim(span: str) -> str:
    """Drop closing punctuation (a dash too: `… 130.000 người – mức cao nhất … –`), and a bracket or quote whose
    partner is outside the span."""
    span = span.rstrip(",;:.!?…–— ")
    for opening, closing in (("(", ")"), ("“", "”"), ("[", "]")):
        if span.endswith(closing) and opening not in span:
            span = span[:-1].rstrip(",;: ")
        if span.startswith(opening) and closing not in span:
            span = span[1:].lstrip()
    if span.count('"') % 2:
        span = span.rstrip('"').lstrip('"') if span[:1] == '"' or span[-1:] == '"' else span
    return span


WordCache = dict[tuple[int, int], Tokens]
"""Each short sentence's words, by its bounds: read once for all the figures it holds."""


def _clause_before(tokens: Tokens, begin: int, first: int, window_start: int) -> int:
    """For a bare predicate (`…, tăng 31.504 người`) whose subject is out of reach, so that the start fell on
    an auxiliary (`đã được tổ chức … , với 554.174 thí sinh …,`): the clause right before it, which names what
    changed (`với 554.174 thí sinh đăng ký dự thi, tăng 31.504 người`); `begin` when there is none or it
    names no amount."""
    ends = [j for j in range(begin, first - 2) if tokens.ends_clause(j)]
    if not ends or not any(word[:1].isdigit() for word in tokens.core[ends[-1] + 1 : first - 1]):
        return begin  # the clause before names no amount: it is not what changed
    return leftmost_start(tokens, ends[-1] + 1, first, window_start)


# The fewest words before the figure that make a predicate of its own say what it measures (`rút ngắn thời gian | 22
# phút`); fewer (`, đạt | 10 tỷ USD`) say less than the clause before.
_OWN_PREDICATE_WORDS = 3


def _own_predicate(tokens: Tokens, begin: int, first: int) -> int:
    """For a start that fell on an auxiliary, the subject out of reach (`đã chính thức đi vào hoạt động …`): the
    figure's own predicate after the comma or `và` that joins it to the clause before, when it says what the figure
    measures (`…, | rút ngắn thời gian di chuyển … xuống còn 22 phút`); else `begin` (a clause further back is not
    the figure's own, and one of a word or two says less than the start it replaces)."""
    # (a bracket's close ends no clause: `… chip trí tuệ nhân tạo (AI) | quốc gia với …` goes on the noun)
    joint = next(
        (
            k
            for k in range(first, begin, -1)
            if (tokens.ends_clause(k - 1) and not tokens.raw[k - 1].endswith(")")) or tokens.core[k - 1] == "và"
        ),
        0,
    )
    own = joint and first - joint >= _OWN_PREDICATE_WORDS and tokens.raw[joint][:1].islower()
    return joint if own and tokens.core[joint] not in _AUXILIARIES else begin


def _after_last_joint(tokens: Tokens, first: int) -> int:
    """As a last resort, the figure's own predicate after the `và` that joins it to the clause before (`… đảo
    Jeju vào ngày 1/12 và | thu giữ khoảng 3 tấn hải sản`), when its subject is out of reach; else `first`."""
    for k in range(first - 1, max(0, first - 4), -1):
        if tokens.core[k] == "và":
            return k + 1 if k + 1 < first and tokens.raw[k + 1][:1].islower() else first
    return first


def figure_context(
    text: str,
    start: int,
    end: int,
    sentence_start: int,
    sentence_end: int,
    words_of: WordCache | None = None,
) -> str:
    """The span of the sentence text[sentence_start:sentence_end] that says what text[start:end] measures.

    Only LEFT_REACH characters before the figure and RIGHT_REACH after it are read. A sentence that short
    is read once for all its figures when the caller passes a `words_of` cache. Returns "" when the
    figure has no words around it."""
    if sentence_end <= sentence_start:
        sentence_start, sentence_end = start, end
    share = _SHARE_RESTATED.search(text, max(sentence_start, start - 40), start)
    if share is not None and text.startswith(")", end):  # `Gần một nửa (|48,7%|) số người …`: the share's context
        return figure_context(text, share.start(), share.end() - 2, sentence_start, sentence_end, words_of)
    low = max(sentence_start, start - LEFT_REACH)
    high = min(sentence_end, end + RIGHT_REACH)
    whole = sentence_end - sentence_start <= LEFT_REACH + RIGHT_REACH
    if whole:
        low, high = sentence_start, sentence_end
    cached = words_of.get((low, high)) if whole and words_of is not None else None
    tokens = cached or Tokens(text, low, high)
    if whole and words_of is not None:
        words_of[(low, high)] = tokens
    if not tokens.spans:
        return ""
    window_start = 0 if low == sentence_start else 1  # a window cut by the reach starts mid-phrase
    window_start = min(window_start, len(tokens.spans) - 1)
    first, after = _figure_tokens(tokens, start, end)
    count = len(tokens.raw)

    left = left_limit(tokens, first, window_start)
    right = right_limit(tokens, after)
    reach = (
        2 * RIGHT_WORDS if _opinion_follows(tokens, first, after, left) or told_after(tokens, first) else RIGHT_WORDS
    )
    stop = _before_cut_purpose(
        tokens,
        after,
        latest_end(tokens, after, min(right, after + reach)),
    )
    worded = not tokens.raw[after - 1].endswith("%")  # `một nửa (48,7%) số người …`, `1/3 số người …`
    # `62,4% người … trong độ tuổi 20-39 | cho biết họ không …`: a group's clause that ends within twice the reach
    # is read to its end (not a change: `giảm 4,3% | xuống còn …`)
    changed = first > 0 and tokens.core[first - 1] in CHANGE_VERBS
    whole_clause = right <= after + 2 * RIGHT_WORDS and not changed
    if (stop == after or worded or whole_clause) and right > after + reach and tokens.share_of_a_group(after - 1):
        # `cho thấy 78,4% người dân lo ngại về … dân số.`: what the share did ends a little past the reach (a share in
        # words names its group first, then what the group did: `Gần một nửa số người lao động … | cho biết …`)
        stop = _before_cut_purpose(tokens, after, latest_end(tokens, after, min(right, after + 2 * RIGHT_WORDS)))
    counted_time = first > 0 and tokens.core[first - 1] == "là" and tokens.core[first] == "lần"
    if stop == after and (counted_time or "thứ" in tokens.core[first:after]):
        # `Đây là lần thứ 5 | trong lịch sử câu lạc bộ giành chức vô địch …`, `nước thứ 7 | trên thế giới tự phóng …`:
        # with no clean end within the reach, the event a time counts or what a rank is in ends a little past it
        stop = _before_cut_purpose(tokens, after, latest_end(tokens, after, min(right, after + 2 * RIGHT_WORDS)))
    stop = through_plight(tokens, first, stop, min(len(tokens.raw), after + 2 * RIGHT_WORDS))
    anchored = with_anchor(tokens, first, after, after, count)
    if left > window_start and tokens.core[left - 1] == "và":
        window_start = left  # the figure's clause starts after the `và` that ends the one before
    if anchored != after and first > 0 and tokens.raw[first - 1].endswith(","):
        return _trim(text[tokens.spans[first][0] : tokens.spans[anchored - 1][1]])  # `, 111 ngày sau khi …`
    stop = anchored if stop == after else stop
    begin = leftmost_start(tokens, max(left, first - LEFT_WORDS), first, window_start)
    # With no clean start within LEFT_WORDS (alone in its clause: `… và 10 người mất tích,`; linked to a
    # subject on its left: `… ở | mức 1.451,9 won`, `đắc cử … với | 49,42%`; after a long name and a date:
    # `Ngân hàng … (BOK) ngày 29/5 quyết định hạ … thêm | 0,25 điểm`), a bare predicate (`…, tăng 1,3%`),
    # one that starts at its auxiliary (`sẽ thu hút thêm khoảng 1 triệu lượt khách`) or at a number (`15 đến
    # 29 trong tháng 10 là 5,9%`, inside a range): the subject is further left.
    bare = first >= 2 and tokens.core[first - 1] in OPENERS and tokens.ends_clause(first - 2)
    auxiliary = window_start < begin < first and tokens.core[begin] in _AUXILIARIES
    numeric = begin < first and tokens.core[begin][:1].isdigit()
    # `đạt 34,57 tỷ USD`, `vượt mốc 10 tỷ USD`: whose, further left
    verb_only = tokens.core[begin] in OPENERS and (
        begin == first - 1 or (begin == first - 2 and tokens.core[first - 1] in _THRESHOLD_WORDS)
    )
    if begin == first and first >= 2 and tokens.core[first - 2 : first] == ["kỷ", "niệm"]:
        # `… nhân dịp kỷ niệm 80 năm thành lập Đảng …`: an anniversary says what it is of after it, not before
        begin = first - 2
        if tokens.core[max(0, first - 4) : first - 2] == ["nhân", "dịp"]:
            begin = first - 4
        elif first >= 3 and tokens.core[first - 3] == "nhân":
            begin = first - 3  # `nhân kỷ niệm 80 năm …`
        elif first > 2 and not tokens.ends_clause(first - 3) and tokens.core[first - 3].isalpha():
            # `… để | dự lễ duyệt binh kỷ niệm 80 năm …`: the event the anniversary names, from the word that opens
            # its phrase
            opens = (k for k in range(first - 3, max(left, first - 3 - _EVENT_WORDS), -1) if k > 0)
            begin = next((k for k in opens if tokens.core[k - 1] in _PHRASE_OPENERS), first - 2)
    elif begin == first or bare or auxiliary or numeric or verb_only:
        begin = leftmost_start(tokens, max(left, first - 2 * LEFT_WORDS), first, window_start)
        if bare and tokens.core[begin] in _AUXILIARIES:
            begin = _clause_before(tokens, begin, first, window_start)
    if begin == first and tokens.core[first] == "lần" and first > 0 and tokens.core[first - 1] not in _PHRASE_OPENERS:
        # `… tại | lễ trao giải Emmy lần thứ 74 | tổ chức ở …`: the how-many-th time of an event, cut off from the
        # subject by the reach, names the event before it, from the word that opens its phrase
        opens = (k for k in range(first - 1, max(window_start, first - 1 - _EVENT_WORDS), -1) if k > 0)
        begin = next((k for k in opens if tokens.core[k - 1] in _PHRASE_OPENERS), first)
    caused = first > 0 and tokens.core[first - 1] in _TOLL_CAUSES
    if caused and tokens.core[begin] in _AUXILIARIES and TOLL_END.search(text, start, end):
        # `…, khiến 4 công nhân thiệt mạng`: a toll says what befell those it counts; with the mishap's subject out of
        # reach, its own predicate says more than a start inside the subject (`đang trong quá trình thi công …`)
        begin = first - 1
    elif begin > window_start and tokens.core[begin] in _AUXILIARIES:
        begin = _own_predicate(tokens, begin, first)
    begin = _outside_aside(tokens, begin, first, left, window_start)
    begin = before_apposition(tokens, begin, first, max(left, first - 2 * LEFT_WORDS), window_start)
    begin = skip_date(tokens, after_report(tokens, skip_marker(tokens, begin, first, LEFT_WORDS), first), first)
    begin = skip_subordinate(tokens, past_other_figure(tokens, begin, first), first, window_start == 0)
    begin = past_among_list(tokens, begin, first, text[sentence_start:sentence_end], sentence_start)
    stop = with_first_since(tokens, first, after, with_record(tokens, _before_aside(tokens, after, stop)))
    # (a count that opens its clause after a setting too: `Tại lễ hội, | khoảng 3.000 người dân | và du khách | đã …`)
    opens_clause = begin == first or (begin < first and tokens.raw[first - 1].endswith(","))
    joined = _joined_noun(tokens, after) if opens_clause and stop == after else after
    if joined > after:  # `khoảng 7.984 bác sĩ nội trú | và thực tập sinh | đã quay trở lại …`
        past = _past_aside(tokens, joined)
        stop = past if past > joined else latest_end(tokens, joined, min(right_limit(tokens, joined), after + reach))
    if begin == first and stop == after:
        stop = _past_aside(tokens, after)
    # `Trong cuộc họp, | 4 trên 6 thành viên …`: a figure that opens its clause after a comma says no more
    # with what is before it than alone
    if opens_clause and stop == after:  # `Khoảng 554.000 thí sinh đã tham dự kỳ thi … năm 2026 diễn ra …`
        stop = latest_end(tokens, after, min(right, after + 2 * RIGHT_WORDS))
    if begin == first or (begin == first - 1 and tokens.core[begin] == "có"):
        # `…, trong đó 62% trở về từ Việt Nam`: what the part is of comes first, when the whole fits
        whole_start = _whole_it_is_part_of(tokens, first, window_start)
        begin = min(begin, whole_start) if stop == after or stop - whole_start <= 2 * LEFT_WORDS else begin
    if begin == first and stop == after:
        begin = _after_last_joint(tokens, first)
    if begin == first and stop == after:  # a subject whose long predicate holds a name (`… lễ khai mạc Liên hoan
        stop = latest_end(tokens, after, min(right, after + 3 * RIGHT_WORDS))  # phim quốc tế Busan …`)
    stop = to_predicate(tokens, begin, first, after, stop)
    if begin < first and tokens.core[begin] == "và":
        begin += 1  # `…, trong đó có 2 trẻ em, | và | 12 người khác bị thương`: a context opens on its own words
    if begin == first and stop == after:
        return ""
    span_end = tokens.spans[stop - 1][1]
    bound = _BOUND.match(text, span_end) if span_end == end else None  # `số người từ 65 tuổi | trở lên`: its bound
    span = _trim(text[tokens.spans[begin][0] : bound.end() if bound else span_end])
    return span if len(span.split()) > len(text[start:end].split()) else ""
