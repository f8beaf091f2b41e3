"""The main event in one whole sentence, compressed the way an editor compresses a lead.

KBS leads with the event (inverted pyramid), so the lead sentence is the `what`, made to stand alone in at
most MAX_WHAT_WORDS words. It is compressed by deletion only (`asides.py`, `lead.py`, `trailing.py`, `descriptions.py`;
where it may be cut is `cut_points.py`, and how a line still too long is cut is `fitting.py`): every word kept is the
story's own, in the story's order, so the line is as faithful as the story. What goes, in this order:

- a weekday with its date (`hôm thứ Hai (1/10)`) and the words a one-line summary leaves out: the date a
  finding was announced, `tới` after a date, `vừa qua` after a period, light verbs (`đã có cuộc`), `đã`;
- parentheticals that are not a short Latin name (`(gần 52 tỷ USD)`, `(giờ Hàn Quốc)`; `(KTO)` stays);
- a leading attribution (`Theo …,`), when what follows has a subject of its own;
- a long setting before the subject (`Trong trận đấu … ngày 27/10, tiền đạo Son …`); a time stays, and so does a
  tally the subject ended with (`Với 2 huy chương vàng, …`) while the line fits; of `Tại Hà Nội ngày 11/8,` the
  date stays, unless what follows reports;
- an office or a company that reports a person's act (`Phủ Tổng thống cho biết Tổng thống Moon
  sẽ …` keeps `Tổng thống Moon sẽ …`); a person who says something stays the subject;
- an apposition describing the subject (`Nvidia, tập đoàn dẫn đầu … của Mỹ ngày 19/10 …`);
- a trailing attribution (`…, Bộ Ngoại giao cho biết.`, `…, theo Bộ Ngoại giao.`) and elaborations
  (`, nguyên nhân …`, `gồm …`);
- then, while the line is still too long, what `long_lead.py` lists (the leading attribution whatever follows it, the
  study a finding comes from, a description of a person or of a place, the smaller of two places, where a named event
  was held, what kind of trip a visit was and who invited the visitor, the level a lead states before the change its
  headline names, the usual baseline), then the last clause, at a comma or before a clause opener (`khi`, `nhằm`, `sau
  khi` …), one at a time (never at the comma closing a time after a reporting verb: `cho biết từ tháng 1 năm sau, …`
  would report nothing; never inside a list: `các lĩnh vực kinh tế, an ninh và giao lưu` would keep its first item
  alone). When that would cut off a record (`mức cao nhất kể từ …`, `lần đầu tiên`) and dropping the usual year-on-year
  baseline (`so với cùng kỳ năm ngoái`) lets it stay, the baseline goes instead: the record is the news; a streak keeps
  its words up to `liên tiếp` (`record_fit.py`). A cause it would cut off (`… bị thương do đợt mưa lớn …`) outranks the
  office reporting the toll (`Ủy ban … công bố`), and a toll (`…, khiến 179 người … thiệt mạng`) outranks a record said
  just before it, then the clause before it that says when (`khi hạ cánh xuống sân bay …`) or, failing one, where (`trên
  đường cao tốc …`; `toll.py`); a cause goes for it only after an accident. What a meeting or a speech came to (`…, nhất
  trí …`, `…, trong đó kêu gọi …`) or what the event became (`…, trở thành … đầu tiên …`, `…, qua đó giành …`) or what a
  protest was against (`… để phản đối …`) or what a visitor came to attend (`… để tham dự …`) outranks where it was
  held and what a meeting talked about (`…, trao đổi về …`), and the crowd it drew gives way to what it became; the time
  after the place stays. A contrast (`Trong khi A, thì B`) is no setting; too long, it loses its baselines and closing
  cause, or failing that A stands alone (after the date it opened with), with no record from the next sentence, which
  is of B (`contrast.halved`). A lead that opens with a quotation keeps its speaker: the quotation is cut at
  its own comma instead (`“…”, Tổng thống Moon khẳng định …`); when the speaker then does something (`…, đồng thời nâng
  mức cảnh báo …`) or said it in a decision (`… khi bác bỏ đơn kiện …`), the line is the speaker, the date and that act
  (`quotation_fit.act_after_quotation`). For a lead too long, a cause inside the subject's passive clause goes first (`…
  bị bắt giữ tại Campuchia | vì … | đã hạ cánh …`), and so does where what befell the subject happened (`… bị … bắt giữ
  | tại … | đã về tới …`), and a line that lost the lead's first amount ends before a later phrase that keeps it when
  one fits; whom a sentence or a sanction falls on stays, a few words over (`… | đối với cựu Thị trưởng …`; `whom_fit`).

A lead that asks (`Liệu … ?`), only says what a day is every year (`Ngày 22/11 hằng năm là …`) or what a
period was (`Năm 2024 là năm …`, with no figure) opens the story: the next sentence is the event. A lead
that only announces a report (`… công bố báo cáo "Xu hướng dân số tháng 3"`) takes its findings from the
next sentence (`Theo đó, số trẻ …`); both are `opening.py`.
When the sentence after those only states a record (`Đây là tỷ giá cao nhất trong vòng 12 năm …`), the record
ends the line (`record_after.py`, which also says what a record is); a `lần đầu tiên …,` whose next clause says
what was first is not a record alone. The line never ends in an ellipsis, on a word that asks for what follows
it, or on a conjunction that lost its clause (`…, nhưng chỉ 6 tiếng sau`), nor inside a `khiến` clause whose verb of
what befell was cut off (`… khiến thông tin cá nhân | … bị rò rỉ`: it ends before `khiến`, `toll.before_unsaid_effect`).
A line that states a disaster or its toll takes the evacuees a next sentence counts as its last clause when it fits
(`…; hơn 2.200 người dân phải đi sơ tán`; `evacuees.py`), a line that names an accident or a disaster and no toll takes
the toll a next sentence counts (`…; 2 người thiệt mạng và 15 người bị thương`; `toll_after.py`), and a line that never
says how its last figure moved takes the change a later sentence about the same measure gives (`…, giảm 8,2% so với …`;
`change_after.py`): the figures it borrows from after the lead.
Work is bounded: only the first MAX_LEAD_CHARS characters of a lead are read.
"""

from __future__ import annotations

import re

from bot.summarizer.amount_fit import fit_keeping_amount
from bot.summarizer.asides import (
    among_aside,
    drop_embedded_cause,
    drop_kin_before_name,
    drop_maker_in_subject,
    drop_parentheticals,
    drop_subject_apposition,
    without_among_aside,
)
from bot.summarizer.change_after import with_change_after
from bot.summarizer.clauses import MAX_LEAD_CHARS, MIN_WHAT_WORDS, keeps, words
from bot.summarizer.contrast import halved
from bot.summarizer.cut_points import REPORTED, cut_points, ends_cleanly
from bot.summarizer.dates import DAY_MONTH
from bot.summarizer.descriptions import drop_apposition
from bot.summarizer.evacuees import with_evacuees_after
from bot.summarizer.filler import drop_filler
from bot.summarizer.fitting import (
    HAPPENING_END,
    MAX_WHAT_WORDS,
    OVERFLOW_WORDS,
    fit,
    phrase_heads,
)
from bot.summarizer.headline_cut import fit_keeping_headline
from bot.summarizer.lead import (
    drop_leading_source,
    drop_reporting_source,
    drop_setting,
    starts_with_subject,
)
from bot.summarizer.lexicon import TOLLS, lexicon, match_at
from bot.summarizer.long_lead import shorten_long_lead, without_reporting_office
from bot.summarizer.opening import opening_news, with_findings, without_back_reference
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
    past_scorer,
    says_enough,
    without_where_or_occasion,
)
from bot.summarizer.place_asides import drop_place_in_subject
from bot.summarizer.quotation_fit import act_after_quotation
from bot.summarizer.record_after import (
    FIRST_OR_ONLY,
    RECORD,
    USUAL_BASELINE_PHRASE,
    with_record_after,
)
from bot.summarizer.record_fit import fit_keeping_change, fit_keeping_record
from bot.summarizer.toll import CAUSE, before_unsaid_effect, keep_mishap, keep_toll
from bot.summarizer.toll_after import with_toll_after
from bot.summarizer.trailing import drop_trailing
from bot.summarizer.unsaid_verbs import leaves_announced_subject, leaves_subject
from bot.summarizer.where_phrases import (
    WHERE_PHRASES,
    drop_where_before_date,
    drop_where_held,
    end_before_where,
    fit_keeping_date,
    fit_keeping_reason,
    without_where,
)
from bot.summarizer.whom_fit import fit_keeping_whom

_PLIGHT = re.compile(rf"\b(?:{TOLLS}|bị)\b")
_REASON = re.compile(r", vì (?!vậy\b|thế\b)")  # a reason set off after the act, not `, vì vậy` (so)
_REASON_WORDS = 4  # a reason kept says at least this much
_ANNOUNCER = re.compile(r"[^,.;]{1,80}? (?:công bố|thông báo|tuyên bố)(?: rằng)? ")
_DREW = re.compile(r", thu hút (?:[^,;.]|(?<=\d)[.,](?=\d)){1,80}?(?=, )")  # the crowd an event drew, as a clause


def _fit_keeping_cause(text: str) -> str:
    """`_fit_keeping_record`, except that a cause the cut would lose (`một người bị mất tích … do đợt mưa lớn
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


def _fit_keeping_outcome(text: str) -> str:
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
    if outcome is not None and (_DREW.match(text, outcome.start()) or outcome.group(0).endswith("trao đổi về ")):
        outcome = OUTCOME.search(text, outcome.end()) or outcome
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
            if not (shorter.startswith(("kể từ", "sau "), m.end()) and RECORD.search(shorter, said, m.start()))
            # … nor where a first or an only one holds (`nữ nghệ sĩ solo đầu tiên biểu diễn | tại sân vận động này`,
            # `nhà hàng duy nhất | tại Hàn Quốc …` would claim more)
            and not (shorter.startswith(("tại ", "ở "), m.end()) and FIRST_OR_ONLY.search(shorter, said, m.start()))
            and not leaves_subject(shorter_words, words(shorter[: m.start()]))  # `… công dân … bị bắt giữ | tại …`
            and not leaves_announced_subject(shorter_words, words(shorter[: m.start()]))  # `theo đó A | và B sẽ …`
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


def _tidy(text: str) -> str:
    """Spaces and punctuation left by deletions, a quotation the cut left open closed (`…: “Chính phủ sẽ
    làm mọi cách … khi thiên tai xảy ra”`), no ellipsis at the end, a capital to start and a full stop to
    end."""
    text = re.sub(r"\s+", " ", text).strip(" ,;:")
    text = re.sub(r"(?:\s*(?:…|\.{3}))+$", "", text).rstrip(" ,;:")  # a lead the source cut off ends in `…`
    text = re.sub(r" ([,.;:])(?=\s|$)", r"\1", text)  # not one that opens a word (`đã .nhiều`): as written
    text = re.sub(r",(?=[,.;:](?:\s|$))", "", text)  # not inside a number or a word (`7,.9%` stays as written)
    closing = "”" * (text.count("“") - text.count("”")) + '"' * (text.count('"') % 2)
    if closing:
        text = text.rstrip(" .,;:") + closing
    if text and not re.search(r"[.!?][\"”’»)]*$", text):
        text += "."
    return text[:1].upper() + text[1:]


# Punctuation a word may carry at either end, which says nothing of the word itself.
_EDGE_MARKS = ",.;:!?\"“”‘’'()[]«»…–—"


def _story_words(text: str) -> set[str]:
    return {word.strip(_EDGE_MARKS).casefold() for word in text.split()} - {""}


def main_event(sentences: list[str], title: str | None) -> str:
    """The main event (`_event_line`), checked word by word against the story: every deletion above is meant to keep
    whole words, but hostile text (a stop or a bracket inside a word: `Gyeong.sang`, `(ngày 28/11)ãn`) can make one
    cut a word in two. A line holding any word the story (or its title) does not have gives way to the lead's first
    clause, cut only between words: the line may say less, never something the story did not."""
    line = _event_line(sentences, title)
    if not sentences or _story_words(line) <= _story_words(" ".join(sentences)) | _story_words(title or ""):
        return line
    lead = " ".join(sentences[0].split()[: 2 * MAX_WHAT_WORDS])
    plain = fit(lead)
    plain = plain if words(plain) <= MAX_WHAT_WORDS else " ".join(lead.split()[:MAX_WHAT_WORDS])
    plain = plain.rstrip(" ,;:")
    return plain if plain.endswith((".", "!", "?")) else plain + "."


def _event_line(sentences: list[str], title: str | None) -> str:
    """The main event as one whole sentence of at most MAX_WHAT_WORDS words (`fitting.MAX_WHOLE_WORDS` for a lead
    with no clean cut), made of the story's words; the title when there is no sentence."""
    if not sentences:
        return (title or "").strip()
    opening = opening_news(sentences)
    sentences = sentences[opening:]
    text, taken = with_findings(sentences)
    text = without_back_reference(text) if opening else text
    text = text[:MAX_LEAD_CHARS]
    if words(text) > MAX_WHAT_WORDS:
        text = drop_kin_before_name(drop_maker_in_subject(drop_subject_apposition(drop_embedded_cause(text))))
    text = drop_place_in_subject(text) if words(text) > MAX_WHAT_WORDS else text  # while `đã` marks the verb
    text = act_after_quotation(drop_parentheticals(drop_filler(text)))  # `“…”, X cho biết, | đồng thời | nâng …`
    text = drop_leading_source(text)
    text = drop_setting(text)
    text = drop_reporting_source(text)
    text = drop_apposition(text)
    text = drop_trailing(text.rstrip(" .")).rstrip(" .")
    text = shorten_long_lead(text, title)
    if not text.strip():
        return _tidy(fit(sentences[0][:MAX_LEAD_CHARS]))  # a lead that is all aside still fits the line
    fitted = fit_keeping_headline(text, fit_keeping_amount(text, _fit_keeping_outcome(text)), title)
    aside = among_aside(text)  # a line ending on who was among a count: the clause it interrupted goes on instead
    interrupted = aside is not None and aside[0] < len(fitted) <= aside[1]
    unaside = without_among_aside(text) if interrupted else text
    fitted = fit_keeping_amount(unaside, _fit_keeping_outcome(unaside)) if interrupted else fitted
    fitted = without_reporting_office(text, end_before_where(fitted) if fitted == text else fitted)
    # a line the cut left a few words over loses where its named event was held (`… tại lễ trao giải Emmy lần thứ 74
    # | tổ chức tại Los Angeles, Mỹ | ngày 12/9`), which the whole lead had been too long to spare
    fitted = held if words(fitted) > MAX_WHAT_WORDS >= words(held := drop_where_held(fitted)) else fitted
    fitted = drop_where_before_date(fitted)  # … or where it happened, before its date (`… tại bang Odisha | ngày 20/8`)
    fitted = fit_keeping_change(text, before_unsaid_effect(text, fitted))  # … and a change keeps its place over its
    # baseline (`before_unsaid_effect`: a cut inside a `khiến` clause before its verb ends before `khiến` instead)
    following = sentences[taken:]  # (the date is kept from the lead the line was fitted from)
    fitted = fit_keeping_reason(text, fit_keeping_whom(text, fitted))  # … and whom it punished, and why
    fitted = with_record_after(fit_keeping_date(unaside, fitted), [] if halved(sentences[0], fitted) else following[:1])
    return _tidy(with_evacuees_after(with_toll_after(with_change_after(fitted, following, text), following), following))
