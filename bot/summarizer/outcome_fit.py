"""The fits of a lead too long that keep what the story turns on when the usual cut would lose it. Each builds on
the one before: the record's fit (`record_fit.fit_keeping_record`), then a cause over the office that reports it, a
toll over the words before it that tell less (`toll.py`), and what a meeting or an event came to over where it was
held (`outcomes.py` says what an outcome is). `what.py` then keeps the lead's first amount and the headline's change.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import IN_CLAUSE, MIN_WHAT_WORDS, clause_comma, keeps, words
from bot.summarizer.cut_points import REPORTED, cut_points
from bot.summarizer.dates import DAY_MONTH
from bot.summarizer.fitting import (
    HAPPENING_END,
    MAX_WHAT_WORDS,
    OVERFLOW_WORDS,
    fit,
    phrase_heads,
)
from bot.summarizer.lead import (
    starts_with_subject,
)
from bot.summarizer.lexicon import TOLLS, lexicon, match_at
from bot.summarizer.line_ends import ends_cleanly
from bot.summarizer.outcomes import (
    AGREED_BY_BOTH,
    BOTH_SIDES_ACT,
    FIRST_BEFORE,
    GAP_BEFORE,
    ITEM_END,
    LAST_ITEM_WORDS,
    NAMED_PARTIES,
    OCCASION,
    OUTCOME,
    OUTCOME_HALF,
    OUTCOME_OR_FIELD_HALF,
    PURPOSE_BEFORE,
    RANK_BEFORE_OTHERS,
    TIME_BEFORE,
    TOPIC_BEFORE,
    joins_one_whole,
    parts_item_from_field,
    past_scorer,
    says_enough,
    without_where_or_occasion,
)
from bot.summarizer.record_after import (
    FIRST_OR_ONLY,
    RECORD,
    USUAL_BASELINE_PHRASE,
)
from bot.summarizer.record_fit import fit_keeping_record
from bot.summarizer.toll import CAUSE, keep_mishap, keep_toll
from bot.summarizer.unsaid_verbs import leaves_announced_subject, leaves_subject
from bot.summarizer.where_phrases import (
    WHERE_PHRASES,
    drop_where_held,
    without_where,
)

_PLIGHT = re.compile(rf"\b(?:{TOLLS}|bị)\b")
_REASON = re.compile(r", vì (?!vậy\b|thế\b)")  # a reason set off after the act, not `, vì vậy` (so)
_REASON_WORDS = 4  # a reason kept says at least this much
_ANNOUNCER = re.compile(r"[^,.;]{1,80}? (?:công bố|thông báo|tuyên bố)(?: rằng)? ")
_DREW = re.compile(rf", thu hút {IN_CLAUSE}{{1,80}}?(?=, )")  # the crowd an event drew, as a clause


def _fit_keeping_cause(text: str) -> str:
    """`record_fit.fit_keeping_record`, except that a cause the cut would lose (`một người bị mất tích … do đợt mưa lớn
    kéo dài từ ngày 9/7`) outranks the office that reports it (`Ủy ban … công bố`): a toll without its cause
    does not say what happened. What is left after the reporting verb is fitted at its own comma when it runs on
    (`…, nâng tổng số ca tử vong … lên 5 người`), and opens on who it befell, never on the office's own act. A
    reason set off after the act (`…, vì cứu …`) outranks where it happened."""
    fitted = fit_keeping_record(text)
    # why a person was honoured or punished, set off after the act (`… trao bằng khen cho anh Hùng, | vì cứu một phụ
    # nữ … khỏi đám cháy | trong …`), outranks where it happened: the line ends before a phrase of place instead
    reason = _REASON.search(text)
    if reason is not None and not keeps(fitted, text, reason.start() + 2):
        kept = [h for h in phrase_heads(text) if words(h[reason.end() :]) >= _REASON_WORDS]
        if kept:
            return kept[0]
    cause = CAUSE.search(text)
    if cause is None or keeps(fitted, text, cause.start()):
        return fitted
    verb = REPORTED.search(text, 0, 300)
    if verb is None or words(text[: verb.start()]) > 30:
        return fitted
    rest = text[verb.end() :]
    cause_in_rest = CAUSE.search(rest)
    # only what befell someone (`hai người thiệt mạng … do …`, `bị hoãn do …`), not what the office announced
    # (`công bố gói hỗ trợ … dành cho … doanh nghiệp … gặp khó khăn do …`, which would lose its verb)
    plight = cause_in_rest is not None and _PLIGHT.search(rest, 0, cause_in_rest.start()) is not None
    # who it befell opens what is left (`có một người bị mất tích …`, `2 người …`, `thêm 2 người …`); not the office's
    # own act, which would have no subject left (`cho biết | sẽ hỗ trợ … nông dân bị thiệt hại do …`)
    befell = rest.startswith("có ") or rest[:1].isdigit() or starts_with_subject(rest)
    if not plight or not befell or words(rest) < MIN_WHAT_WORDS:
        return fitted
    # what befell them may itself run on past its cause (`…, nâng tổng số ca tử vong … lên 5 người`): fitted, it
    # still has to keep the cause
    whole = text[verb.end() :]
    rest = rest if words(rest) <= MAX_WHAT_WORDS else fit(rest)
    if words(rest) > MAX_WHAT_WORDS or cause_in_rest is None or not keeps(rest, whole, cause_in_rest.start()):
        return fitted
    return rest[:1].upper() + rest[1:]


def _fit_keeping_toll(text: str) -> str:
    """`_fit_keeping_cause`, except that a toll the cut would lose outranks what `toll.keep_toll` says, and a toll
    told first keeps the mishap it came in (`toll.keep_mishap`)."""
    return keep_mishap(text, keep_toll(text, _fit_keeping_cause(text)))


def fit_keeping_outcome(text: str) -> str:
    """`_fit_keeping_toll`, except that what a meeting or a speech came to (`…, nhất trí nâng kim ngạch thương mại … lên
    100 tỷ USD`) or what the event became (`…, trở thành hiệp định … đầu tiên …`), when the cut would lose it, outranks
    where it was held (`tại Phủ Thủ tướng ở thủ đô Tokyo`, still under "where"): the place phrase goes, the time after
    it stays if the line fits with it; failing that, the meeting it came on the sidelines of (`bên lề Hội nghị thượng
    đỉnh G7 tại Canada`), or the match it came in (`trong trận bán kết … với đội Vancouver …`), how long after something
    else it came (`, khoảng 4 tháng sau khi được phóng …`) or what it talked about (`, trao đổi về …`, after which it
    may end before the field it covers), the crowd it drew (`, thu hút 100.000 khán giả`), a first it marked (`, lần đầu
    tiên sau 10 năm …`), what it was for (`ký hợp đồng … | để cung cấp 3 tàu ngầm … |, đánh dấu lần đầu tiên …`) or what
    it came after (`… tử vong do sốt xuất huyết | sau khi trở về từ … |, trở thành …`). Failing that, whoever announces
    a person (`Viện Hàn lâm Thụy Điển công bố | nữ nhà văn Han Kang là chủ nhân …, trở thành …`) gives way to what the
    person became."""
    fitted = _fit_keeping_toll(text)
    outcome = OUTCOME.search(text)
    # a crowd drawn or a topic talked about, then what it became or agreed (`…, trao đổi về …, trong đó nhất trí …`)
    # (`…, thảo luận về …` too, when what it came to is set off after it: `…, | trong đó nhất trí …`; a `và nhất trí`
    # goes on the topic's own clause)
    later = OUTCOME.search(text, outcome.end()) if outcome is not None else None
    talked = outcome is not None and outcome.group(0).endswith("trao đổi về ")
    talked = talked or (
        outcome is not None
        and outcome.group(0).endswith("thảo luận ")
        and later is not None
        and later.group(0).startswith(",")
    )
    if outcome is not None and (_DREW.match(text, outcome.start()) or talked):
        outcome = later or outcome
    # … and who scored, then the title the win came to (`…, nhờ bàn thắng của …, qua đó giành chức vô địch …`)
    scored = past_scorer(text, outcome) if outcome is not None else None
    text, outcome = scored if scored is not None else (text, outcome)
    if outcome is None or keeps(fitted, text, outcome.start()):
        return fitted
    # the usual baseline goes first: a reader assumes it (`tăng 18% | so với cùng kỳ năm ngoái |, đưa Việt Nam
    # trở thành …`)
    head = USUAL_BASELINE_PHRASE.sub("", text[: outcome.start()])
    shorter_lines = [(head + text[outcome.start() :], len(head))] if len(head) < outcome.start() else []
    # then the occasion it came on (`…, nhân chuyến thăm Philippines của Tổng thống …, theo đó …`)
    occasion = OCCASION.search(text, 0, outcome.start() + 1)  # its comma is the outcome's
    if occasion is not None:
        shorter_lines.append(
            (text[: occasion.start()] + text[occasion.end() :], outcome.start() - len(occasion.group(0)))
        )
    shorter_lines += without_where_or_occasion(text, outcome, occasion)
    # … or where a named event it came in was held (`… tại giải … (VNL) | diễn ra ở thành phố Suwon | tối ngày 11/6,
    # chấm dứt chuỗi … tại giải đấu này`: the place `này` points at is the event, which stays)
    held = drop_where_held(text)
    if held != text and held.endswith(text[outcome.start() :]):
        shorter_lines.append((held, outcome.start() - len(text) + len(held)))
    # then the crowd it drew, told before it (`…, thu hút 100.000 khán giả|, trở thành …`; the count is under
    # "numbers")
    drew = next((m for m in _DREW.finditer(text) if m.end() == outcome.start()), None)  # its comma is the outcome's
    if drew is not None:
        undrawn = text[: drew.start()] + text[drew.end() :]
        shorter_lines.append((undrawn, drew.start()))
        became = OUTCOME.match(undrawn, drew.start())  # … and then where it was held too
        if became is not None:
            shorter_lines += [line for phrase in WHERE_PHRASES for line in without_where(undrawn, became, phrase)]
    # then how long after something else it came (`…, | khoảng 4 tháng sau khi được phóng …, | đưa Hàn Quốc …`); these
    # and the clauses below go only before an outcome set off by its comma: with none, the outcome is the clause's own
    # (`…, sau gần 19 tháng các bác sĩ rời bỏ bệnh viện | để phản đối …`: the doctors left to protest)
    set_off = text.startswith(",", outcome.start())
    # … and what it talked about (`…, trao đổi về …`), after which the outcome may end before the field it covers
    field_ends = {text}
    for before in (GAP_BEFORE, TOPIC_BEFORE) if set_off else ():
        found = before.search(text, 0, outcome.start())
        if found is not None:
            line = text[: found.start()] + text[outcome.start() :]
            shorter_lines.append((line, found.start()))
            if before is TOPIC_BEFORE:
                field_ends.add(line)
    # then a first it marked, told before it (`…, | lần đầu tiên sau 10 năm một Bộ trưởng … thăm Nhật Bản|, trong đó
    # hai bên nhất trí …`): what was agreed is the news the meeting came to
    first = FIRST_BEFORE.search(text, 0, outcome.start())
    if first is not None and set_off:
        shorter_lines.append((text[: first.start()] + text[outcome.start() :], first.start()))
    # then what it was for (`ký hợp đồng … | để cung cấp 3 tàu ngầm … |, đánh dấu lần đầu tiên …`), or when (`… tử vong
    # do sốt xuất huyết | sau khi trở về từ … |, trở thành ca tử vong đầu tiên …`)
    for before in (PURPOSE_BEFORE, TIME_BEFORE) if set_off else ():
        found = before.search(text, 0, outcome.start())
        # never a clause holding the line's only date, which the subject's own verb came with (`Nhà ga … | sau khi được
        # mở rộng chính thức đi vào hoạt động từ ngày 28/12 |, nâng …`: `đã` had marked that verb)
        dated = found is not None and DAY_MONTH.search(found.group(0)) and not DAY_MONTH.search(text, 0, found.start())
        if found is not None and not dated:
            shorter_lines.append((text[: found.start()] + text[found.end() :], found.start()))
    announced = _ANNOUNCER.match(text, 0, outcome.start())
    if announced is not None and match_at(lexicon().titles, text[announced.end() :].split()[:4], 0):
        rest = text[announced.end() :]
        shorter_lines.append((rest[:1].upper() + rest[1:], outcome.start() - announced.end()))
    shorter_lines.append((text, outcome.start()))  # failing all, the outcome may still end before its second half
    # … and, failing that, without who agreed, the meeting's both sides (`…, | theo đó hai bên | nhất trí …`)
    agreed = AGREED_BY_BOTH.match(text, outcome.start())
    if agreed is not None:
        shorter_lines.append((f"{text[: agreed.start()]}, {text[agreed.end() :]}", outcome.start()))
    shorter_lines += _without_the_meeting(text, outcome)
    for shorter, start in shorter_lines:
        refitted = fit(shorter)
        if keeps(refitted, shorter, start):
            return refitted
        # a long outcome ends before its second half (`nhất trí khởi động lại … | và thiết lập …`); with
        # nothing else to give way, before the field it covers too (`… đẩy mạnh hợp tác | trong lĩnh vực …`); it
        # may run a few words over the limit, as a clause comma may, rather than be lost
        said = start + len(outcome.group(0))  # where what it came to starts
        second_half = OUTCOME_OR_FIELD_HALF if shorter in field_ends else OUTCOME_HALF
        shorter_words = shorter.split()
        halves = (
            m.start()
            for m in reversed(list(second_half.finditer(shorter, said)))
            # never how far back a record in the outcome reaches (`đánh dấu lần đầu tiên … xuất khẩu tàu ngầm | kể từ
            # năm 2011`, `… đầu tiên | sau 6 năm` would claim a first ever)
            if not (shorter.startswith(("kể từ", "sau "), m.end()) and RECORD.search(shorter, start, m.start()))
            # … nor where a first or an only one holds (`nữ nghệ sĩ solo đầu tiên biểu diễn | tại sân vận động này`,
            # `nhà hàng duy nhất | tại Hàn Quốc …` would claim more)
            and not (shorter.startswith(("tại ", "ở "), m.end()) and FIRST_OR_ONLY.search(shorter, said, m.start()))
            and not leaves_subject(shorter_words, words(shorter[: m.start()]))  # `… công dân … bị bắt giữ | tại …`
            and not leaves_announced_subject(shorter_words, words(shorter[: m.start()]))  # `theo đó A | và B sẽ …`
            and not parts_item_from_field(shorter, said, m.start())  # `… và hợp tác | trong lĩnh vực …`
            # a phrase of place or purpose (`… nhân tạo | tại Việt Nam`) may go however short; a `và` may close a list
            and (
                not shorter.startswith(("và ", "cũng như "), m.end())
                or (
                    words(ITEM_END.split(shorter[m.end() :], maxsplit=1)[0]) > LAST_ITEM_WORDS  # `… tàu | và chip`
                    and "," not in shorter[max(said, m.start() - 40) : m.start()]  # `kinh tế, an ninh | và giao lưu …`
                    and not joins_one_whole(shorter, shorter_words, said, m.start())  # `giữa A | và B`, `| và … (G20)`
                )
            )
        )
        ends = sorted({*halves, *(m.end() for m in RANK_BEFORE_OTHERS.finditer(shorter, said))}, reverse=True)
        if BOTH_SIDES_ACT.search(outcome.group(0)):  # `hai bên nhất trí tăng cường … | giữa Hàn Quốc và EU`
            ends = sorted({*ends, *(m.start() for m in NAMED_PARTIES.finditer(shorter, said))}, reverse=True)
        # a few words over the limit rather than be lost: whole, when it is the line's last clause (`…, đưa giá trị
        # vốn hóa … lần đầu tiên vượt mốc 500.000 tỷ won`), or to its clause's comma (`…, nâng công suất … lên 106
        # triệu hành khách mỗi năm |, trở thành …`), else before its second half
        # (the first clause comma after it, not a list's: the cut points are read only when a comma follows)
        clauses_follow = ", " in shorter[said:]
        whole = [c for c in cut_points(shorter)[0] if c > said][:1] if clauses_follow else [len(shorter)]
        tries = [
            (ends, MAX_WHAT_WORDS),
            (whole, MAX_WHAT_WORDS + OVERFLOW_WORDS),
            (ends, MAX_WHAT_WORDS + OVERFLOW_WORDS),
        ]
        fits = (
            HAPPENING_END.sub("", shorter[:h])  # `… trong trận chung kết Siêu cúp Pháp | diễn ra |`: its place was cut
            for candidates, most in tries
            for h in candidates
            if words(shorter[:h]) <= most and ends_cleanly(shorter[:h]) and says_enough(shorter, said, h)
        )
        head = next(fits, "")
        if head:
            return head
    return fitted


# The meeting two sides held, named after both (`A và B | đồng chủ trì Ủy ban … lần thứ 10 tại Seoul ngày 6/3 |, thống
# nhất …`), and what they agreed at it.
_MEETING_ACT = re.compile(r" (?:đã )?(?:cùng )?(?:đồng chủ trì|chủ trì|hội đàm|điện đàm|tham dự|tiến hành)\b")
_AGREED = re.compile(r", (?:thống nhất|nhất trí|đồng ý|cam kết|ký kết|ký|đạt được)\b")
_SIDES_WORDS = 4  # a subject naming two sides is at least this long (`A và B`)


def _without_the_meeting(text: str, outcome: re.Match[str]) -> list[tuple[str, int]]:
    """Failing all else, the two sides a subject names go on straight to what they agreed, without the meeting they
    held (`Bộ trưởng … A và Bộ trưởng … B | đồng chủ trì Ủy ban Liên hợp … tại Seoul ngày 6/3, | thống nhất mục tiêu
    …`): the agreement is the news, and the meeting only where it was reached. Not for a subject of one side, whose
    meeting says whom it agreed with (`Tổng Bí thư … tiếp Chủ tịch …`)."""
    act = _MEETING_ACT.search(text, 0, outcome.start())
    if act is None or not _AGREED.match(text, outcome.start()):
        return []
    subject = text[: act.start()]
    if " và " not in subject or words(subject) < _SIDES_WORDS or clause_comma(subject) >= 0:
        return []
    return [(f"{subject} {text[outcome.start() + 2 :]}", act.start() + 1)]
