"""How far a figure's context may reach: left to the clause it belongs to, right to that clause's end (or on to the
plight of a count an event befell), and where within those bounds a span may end. `context.figure_context` chooses the
span inside them.
"""

from __future__ import annotations

from bot.summarizer.lexicon import TOLLS, names_until_and
from bot.summarizer.phrase_tokens import Tokens
from bot.summarizer.phrase_words import HARD_PAIRS, ONE_PHRASE_PAIRS, OPENERS

LEFT_WORDS = 16
RIGHT_WORDS = 10
_TOLL_VERBS = frozenset(TOLLS.split("|"))  # `thiệt mạng`, `tử vong`: what befell a count of people
_CAUSING = ("khiến", "làm")
_LIST_REACH = 25  # tokens read back for the `khiến` a later item of a list depends on


def left_limit(tokens: Tokens, first: int, window_start: int) -> int:
    """How far left the context may reach: not across `;`, `:` or a contrasting conjunction, nor across
    a `và` that joins two clauses with figures of their own (`X tăng 5% và Y giảm 3%`); a `và` inside a
    list (`nông sản, thủy sản và chăn nuôi tăng 7,5%`) or right before the figure is crossed."""
    k = first
    limit = floor = max(window_start, first - 2 * LEFT_WORDS - 1)  # no context starts further left
    breaks = tokens.breaks()
    while k > floor:
        if breaks[k - 1]:
            limit = k
            break
        k -= 1
    last_number = max((j for j in range(limit, first) if tokens.is_figure_number(j)), default=None)
    if last_number is not None:  # the clause of the figure before ends at the first `và` after it
        joint = next(
            (
                j
                for j in range(last_number + 1, first - 2)
                if tokens.clause_and(j) and not tokens.last_list_item(j + 1) and _counts_before_comma(tokens, j, first)
            ),
            None,
        )
        # `…, Nhật Bản 24% và Việt Nam 46%`: after the `và` only a name, a list item that shares the verb
        elliptical = joint is not None and all(tokens.is_name(j) for j in range(joint + 1, first))
        limit = joint + 1 if joint is not None and not elliptical else limit
        if _parallel(tokens, last_number, first, window_start):
            limit = first
    return limit


_CLAUSE_AFTER_COMMA = OPENERS | {"gây", "khiến", "làm", "đưa", "kéo"}  # `…, | gây thiệt hại …`: a bare predicate


def _counts_before_comma(tokens: Tokens, joint: int, first: int) -> bool:
    """The clause a `và` at `joint` opens holds a number, or runs on to the figure past any list comma: a clause of its
    own (`87 chuyến bay bị hủy | và hơn 200 chuyến bị hoãn, …`, `… | và khu vực nông, lâm nghiệp … tăng 3,3%`), not a
    second noun of the one before, whose comma a bare predicate follows (`35.000 vụ … qua điện thoại | và tin nhắn được
    báo cáo, | gây thiệt hại khoảng 1.200 tỷ won`)."""
    for k in range(joint + 1, first):
        if tokens.raw[k][:1].isdigit():
            return True
        if tokens.raw[k].endswith(",") and k + 1 < first and tokens.core[k + 1] in _CLAUSE_AFTER_COMMA:
            return False  # the comma ends that clause: what follows is its predicate's next step
    return True


def _parallel(tokens: Tokens, before: int, first: int, window_start: int) -> bool:
    """The figure and the one before each open a clause of their own (`Trong đó, 54,3% người được hỏi cho
    rằng …, 21,7% chỉ ra …`): the figure's clause starts at the figure; the one before says nothing of it."""

    def opens_clause(k: int) -> bool:
        return k == window_start or (k > 0 and tokens.ends_clause(k - 1))

    return first > 0 and tokens.raw[first - 1].endswith(",") and opens_clause(before) and opens_clause(first)


def latest_end(tokens: Tokens, after: int, limit: int) -> int:
    """The latest place in (after, limit] a span may end, else `after` (the figure's own end)."""
    return next((k for k in range(limit, after, -1) if tokens.clean_end(k, len(tokens.raw))), after)


def _names_to_clause_end(tokens: Tokens, k: int) -> bool:
    """Token k is the `và` of a list of names that closes its clause (`trở về từ Việt Nam và Indonesia.`):
    one phrase, not a second clause (`… ở Mỹ và Samsung cũng tăng …`)."""
    if not (tokens.core[k] == "và" and k > 0 and tokens.is_name(k - 1)):
        return False
    for j in range(k + 1, min(len(tokens.raw), k + 5)):
        if not tokens.raw[j][:1].isupper():
            return False
        if j == len(tokens.raw) - 1 or tokens.ends_clause(j):
            return True
    return False


def _nationalities(tokens: Tokens, k: int) -> bool:
    """Token k is the `và` between two countries people come from (`4 thuyền viên người Việt Nam | và | Myanmar vẫn
    …`): one phrase, whatever follows it."""
    if not (tokens.core[k] == "và" and k + 1 < len(tokens.raw) and tokens.raw[k + 1][:1].isupper()):
        return False
    j = k - 1
    while j > 0 and tokens.raw[j][:1].isupper() and k - j <= 3:
        j -= 1
    return j < k - 1 and tokens.core[j] in ("người", "quốc tịch")


def right_limit(tokens: Tokens, after: int) -> int:
    """How far right it may reach: to the end of the figure's clause."""
    if tokens.ends_clause(after - 1) and not tokens.grouped[after]:
        return after
    k = after
    while k < len(tokens.raw):
        starts_pair = k + 1 < len(tokens.raw) and (tokens.core[k], tokens.core[k + 1]) in HARD_PAIRS
        # `và` right after the figure may add a parallel figure (`17 người thiệt mạng và 10 người mất tích`)
        parallel = k == after and k + 1 < len(tokens.raw) and tokens.is_figure_number(k + 1)
        # no second clause: `doanh nghiệp vừa và nhỏ`, `Bộ Bình đẳng giới và Gia đình`
        one_phrase = tuple(tokens.core[k - 1 : k + 2]) in ONE_PHRASE_PAIRS or tokens.and_inside_office(k)
        one_phrase = one_phrase or tokens.and_closes_pair(k, after)  # `giữa Hàn Quốc và Pháp`
        one_phrase = one_phrase or _names_to_clause_end(tokens, k) or _nationalities(tokens, k)
        # `ở độ tuổi 20 và 30`: two bare numbers of one phrase
        one_phrase = one_phrase or (
            tokens.raw[k - 1].isdigit() and k + 1 < len(tokens.raw) and tokens.raw[k + 1].isdigit()
        )
        if tokens.joins_clauses(k) or starts_pair or (tokens.core[k] == "và" and not parallel and not one_phrase):
            return k
        # `3 thành phố là Hà Nội, | Huế và Đà Nẵng`: a comma inside a list of names goes on to its last name
        listed = tokens.raw[k].endswith(",") and tokens.raw[k][:1].isupper()
        ends = tokens.ends_clause(k) and not (listed and names_until_and(tokens.raw[k + 1 : k + 8], 6))
        if ends and not tokens.grouped[k + 1] and not (k == after and tokens.restates(k)):
            return k + 1  # (`Gần một nửa | (48,7%) số người …`: the figure restated goes on to its group)
        k += 1
    return k


def through_plight(tokens: Tokens, first: int, stop: int, limit: int) -> int:
    """`khiến hơn 200 chuyến bay tại các sân bay … | bị hủy`: a count (starting at token `first`) an event left in a
    plight, right after `khiến`/`làm` or as a later item of its list, reaches the plight, `bị`/`phải` and its verb or a
    toll (`thiệt mạng`), before `limit` and within its clause, when a context stopped (at `stop`) before it; else
    `stop`."""
    core, count = tokens.core, len(tokens.raw)
    caused = first > 0 and core[first - 1] in _CAUSING
    # `khiến hơn 2.200 người dân … phải đi sơ tán, | 1.900 ngôi nhà và … bị hư hỏng`: a later item of the list
    listed = first > 0 and tokens.raw[first - 1].endswith(",")
    listed = listed and any(core[j] in _CAUSING for j in range(max(0, first - _LIST_REACH), first))
    if not (caused or listed):
        return stop
    for k in range(stop, limit):
        if core[k] in ("bị", "phải"):  # its verb of one or two words: `bị hủy`, `bị hư hỏng`
            return next((end for end in (k + 2, k + 3) if end <= count and tokens.clean_end(end, count)), stop)
        if " ".join(core[k : k + 2]) in _TOLL_VERBS:  # `khiến hai chị em 10 tuổi và 7 tuổi | thiệt mạng`
            return k + 2 if k + 2 <= count and tokens.clean_end(k + 2, count) else stop
        if tokens.ends_clause(k) or tokens.breaks()[k]:
            break
    return stop
