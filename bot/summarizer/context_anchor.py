"""What a figure needs said after its own clause to mean anything: a record said of it after a comma (`… trong 86
phút, thời gian bay dài nhất từ trước đến nay`), what a length of time is counted from (`111 ngày | sau khi …`) and
what an occasion is the occasion of (`lần thứ hai | trong năm nay …`); and the years whose meaning follows them
(`told_after`), which let a context run past its usual reach; and, for a count that is its clause's subject, what
befell it (`to_predicate`).

`context.figure_context` reaches this far right past the figure's clause, within RECORD_WORDS words.
"""

from __future__ import annotations

import re

from bot.summarizer.context_reach import latest_end
from bot.summarizer.lexicon import APPROXIMATELY, SUPERLATIVES
from bot.summarizer.phrase_tokens import Tokens
from bot.summarizer.phrase_words import ENDS_BEFORE

RECORD_WORDS = 14  # a record after the figure's clause (`, mức cao nhất kể từ …`) is taken up to this long
_CLAUSE_REACH = 20  # words of the clause after such a span's comma a context may take
_OPENING_SPAN_TAIL = 2  # words after a span of time opening the sentence before its comma (`Sau 3 năm | gián đoạn,`)
_SUPERLATIVE = re.compile(rf"\b(?:{SUPERLATIVES})\b")
# A length of time and what it is counted from (`111 ngày sau khi …`, `2 năm kể từ …`).
_DURATION_UNITS = frozenset({"năm", "tháng", "tuần", "ngày", "giờ", "tiếng", "phút"})
_ANCHORS = frozenset({("sau", "khi"), ("trước", "khi"), ("kể", "từ")})
_OCCASIONS = frozenset({("lần", "thứ"), ("lần", "đầu")})
_ANNIVERSARY_VERBS = frozenset({("kỷ", "niệm"), ("đánh", "dấu")})  # `đánh dấu 140 năm thiết lập …`


def told_after(tokens: Tokens, first: int) -> bool:
    """The figure at token `first` is a span of years whose meaning follows it: what an anniversary is of (`kỷ niệm |
    đánh dấu 140 năm thiết lập quan hệ ngoại giao giữa …`) or what was first in so long (`lần đầu tiên sau | 5 năm
    Quốc hội thông qua ngân sách …`); the context may run longer than the usual reach to take it in."""
    if first < 2:
        return False
    before = tuple(tokens.core[first - 2 : first])
    return before in _ANNIVERSARY_VERBS or (before[0] == "tiên" and before[1] in ("sau", "trong"))


_REPORTED_BY = re.compile(r" (?:cho biết|cho hay|thông báo|công bố|đưa tin)(?: (?:hôm|ngày|vào|hôm nay|hôm qua)\b.*)?$")


def with_first_since(tokens: Tokens, first: int, after: int, stop: int) -> int:
    """Past the comma that closes what was first in so long (`Đây là lần đầu tiên sau 5 năm, | ngân sách được
    thông qua đúng hạn`), or a span of time that opens the sentence (`Sau 3 năm gián đoạn, | Hàn Quốc và Trung Quốc
    đã nối lại …`): the clause after it is what happened, without which the span says nothing. The context ends at
    that clause's end, or where a span may end, within _CLAUSE_REACH words."""
    if first < 1 or stop >= len(tokens.raw) or not tokens.raw[stop - 1].endswith(","):
        return stop
    first_since = stop == after and tokens.core[max(0, first - 2) : first] in (["tiên", "sau"], ["tiên", "trong"])
    # `Sau 3 năm gián đoạn,`: the span and a word or two of what it was, opening the sentence
    opening = first == 1 and tokens.core[0].casefold() == "sau" and stop - after <= _OPENING_SPAN_TAIL
    if not (first_since or opening):
        return stop
    if tokens.core[stop] in ENDS_BEFORE or tokens.joins_clauses(stop):
        return stop  # `…, lần đầu tiên sau 7 năm, | sau khi OPEC …`: why, not what was first
    limit = min(len(tokens.raw), stop + _CLAUSE_REACH)
    for k in range(stop, limit):
        if tokens.ends_clause(k):
            # … nor who reported it (`…, lần tăng đầu tiên sau 2 năm, | Chính quyền thành phố Seoul thông báo hôm 13/6`)
            said = _REPORTED_BY.search(" ".join(tokens.core[stop : k + 1]))
            return stop if said else k + 1
    # a longer clause ends where it may within the reach (`… được quyết định thông qua thỏa thuận | giữa …`)
    end = latest_end(tokens, stop + 2, limit)
    return end if end > stop + 2 else stop


def with_record(tokens: Tokens, stop: int) -> int:
    """Past the comma that ends the figure's clause when what follows only says the figure is a record
    (`… trong 86 phút, thời gian bay dài nhất từ trước đến nay`): the record is what makes the figure news.
    The record ends at its clause's end, within RECORD_WORDS words."""
    if stop < 1 or stop >= len(tokens.raw) or not tokens.raw[stop - 1].endswith(","):
        return stop
    if tokens.core[stop] in ENDS_BEFORE or tokens.joins_clauses(stop) or tokens.raw[stop][:1].isupper():
        return stop
    for k in range(stop, min(len(tokens.raw), stop + RECORD_WORDS)):
        if tokens.ends_clause(k):
            clause = " ".join(tokens.core[stop : k + 1])
            return k + 1 if _SUPERLATIVE.search(clause) else stop
    return stop


def with_anchor(tokens: Tokens, first: int, after: int, stop: int, count: int) -> int:
    """A length of time says nothing without what it is counted from (`111 ngày | sau khi Quốc hội thông
    qua …`, `3 năm | kể từ …`), nor an occasion said to be one without what it is the occasion of (`Đây là
    lần thứ hai | trong năm nay Bắc Triều Tiên công khai …`): the context reaches to the end of that clause,
    within RECORD_WORDS words (a longer clause after a length of time: where a span may end within them)."""
    if stop != after or after + 2 > count:
        return stop
    # … past its comma only `kể từ`, which restates where the span starts (`trong 36 tháng, kể từ tháng 4 năm 2016`);
    # `sau khi` there opens a clause of its own, why the whole clause happened (`… sau 15 năm 9 tháng|, sau khi Fed …`)
    anchor = (tokens.core[after], tokens.core[after + 1])
    closed = tokens.raw[after - 1].endswith(",") and anchor != ("kể", "từ")
    duration = tokens.core[after - 1] in _DURATION_UNITS and anchor in _ANCHORS and not closed
    occasion = (
        first > 0
        and tokens.core[first - 1] == "là"
        and tuple(tokens.core[first : first + 2]) in _OCCASIONS
        and not tokens.ends_clause(after - 1)
    )
    if not (duration or occasion):
        return stop
    limit = min(count, after + RECORD_WORDS)
    end = next((k + 1 for k in range(after + 2, limit) if tokens.ends_clause(k)), count if count <= limit else stop)
    if end == stop and duration:  # a longer clause ends where it may (`111 ngày sau khi Quốc hội thông qua … | vì …`)
        end = latest_end(tokens, after + 3, limit)
        end = end if end > after + 3 else stop
    return end


# Words that show a clause's predicate has begun: an auxiliary, the passive, a copula or a verb of change.
_PREDICATE_MARKERS = frozenset({"đã", "sẽ", "đang", "vừa", "bị", "được", "phải", "là", "tăng", "giảm", "đạt"})
# What may stand before a count at the head of its clause (`Tất cả 212 chuyến bay`, `toàn bộ 67.000 vé`).
_QUANTIFIERS = frozenset({"tất", "cả", "toàn", "bộ", "mỗi", "các", "những"})
_REPORTS = frozenset({("cho", "biết"), ("công", "bố"), ("cho", "thấy")})  # what was reported opens a clause
_SUBJECT_REACH = 20  # words past the count its predicate may end within
# Words opening an aside on a count before its predicate (`2 người còn lại, | đều là người Việt Nam, | vẫn …`,
# `…, | phần lớn là sinh viên, | …`, `…, | chủ yếu ở Jeju, | …`, `…, | trong đó có …`).
_ASIDE_OPENERS = frozenset({"đều", "phần", "chủ", "hầu", "trong", "gồm", "bao"})
_ASIDE_WORDS = 10


def to_predicate(tokens: Tokens, begin: int, first: int, after: int, stop: int) -> int:
    """A count that opens its clause is its subject: a context that stopped before the predicate began (`Tất cả 212
    chuyến bay đi và đến sân bay … | đã bị hủy`, `Khoảng 15.000 hộ gia đình tại Jeju và tỉnh … | bị mất điện`) says
    what was counted and not what befell it. It reaches the end of the clause when that is within _SUBJECT_REACH
    words, ends cleanly, holds an auxiliary, a passive or a verb of change, and holds no other figure (`… 10 người tại
    A và 5 người tại B …` stays two); else `stop`. A short aside on the count is passed over to the predicate after it
    (`Hơn 300 người, | phần lớn là sinh viên, | đã tham gia …`), and a clause `nhưng` opens is a clause too."""
    reported = begin > 0 and (tokens.core[begin - 1] == "rằng" or tuple(tokens.core[begin - 2 : begin]) in _REPORTS)
    # `…, nhưng | 2 người còn lại … vẫn đang mất tích`: a clause a contrast opens
    contrasted = begin >= 2 and tokens.core[begin - 1] == "nhưng" and tokens.ends_clause(begin - 2)
    opens = begin == 0 or tokens.ends_clause(begin - 1) or reported or contrasted
    if not opens or any(tokens.core[k] not in _QUANTIFIERS | APPROXIMATELY for k in range(begin, first)):
        return stop
    if any(tokens.core[k] in _PREDICATE_MARKERS for k in range(after, stop)):
        return stop
    count = len(tokens.raw)
    read_from, k = stop, after
    if stop == after and tokens.raw[after - 1].endswith(","):  # `Hơn 300 người, | phần lớn là sinh viên, | đã …`
        read_from = k = _past_aside_on_count(tokens, after)
    while 0 <= k < min(count, after + _SUBJECT_REACH):
        if tokens.is_figure_number(k) or tokens.joins_clauses(k):
            return stop
        if tokens.ends_clause(k) or k == count - 1:
            if any(tokens.core[j] in _PREDICATE_MARKERS for j in range(read_from, k + 1)):
                return k + 1 if tokens.clean_end(k + 1, count) else stop
            # `2 người còn lại, | đều là người Việt Nam, | vẫn đang …`: an aside on the count, then its predicate
            if read_from != stop or not tokens.raw[k].endswith(","):
                return stop
            read_from = k = _past_aside_on_count(tokens, k + 1)
            continue
        k += 1
    return stop


def _past_aside_on_count(tokens: Tokens, k: int) -> int:
    """The token after an aside on a count that opens at k and closes at a comma within _ASIDE_WORDS, else -1."""
    if k >= len(tokens.raw) or tokens.core[k] not in _ASIDE_OPENERS:
        return -1
    closing = (j for j in range(k, min(len(tokens.raw) - 1, k + _ASIDE_WORDS)) if tokens.raw[j].endswith(","))
    return next(closing, -2) + 1
