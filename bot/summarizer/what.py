"""The main event in one whole sentence, compressed the way an editor compresses a lead.

KBS leads with the event (inverted pyramid), so the lead sentence is the `what`, made to stand alone in at
most MAX_WHAT_WORDS words. It is compressed by deletion only (`asides.py`, `lead.py`, `trailing.py`, `descriptions.py`;
where it may be cut is `cut_points.py`, and how a line still too long is cut is `fitting.py`): every word kept is the
story's own, in the story's order (save one: a `cùng ngày` left pointing back at a date that went with its report
is named by the lead's date, `date_fit.with_same_day_named`), so the line is as faithful as the story. What goes, in
this order:

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
  protest was against (`… để phản đối …`) or what a visitor came to attend (`… để tham dự …`) outranks where it was held
  and what a meeting talked about (`…, trao đổi về …`), and the crowd it drew gives way to what it became; the time
  after the place stays (the cause, the toll and the outcome: `outcome_fit.py`). A contrast (`Trong khi A, thì B`) is no
  setting; too long, it loses its baselines and closing cause, or failing that A stands alone (after the date it opened
  with), with no record from the next sentence, which is of B (`contrast.halved`). A lead that opens with a quotation
  keeps its speaker: the quotation is cut at its own comma instead (`“…”, Tổng thống Moon khẳng định …`); when the
  speaker then does something (`…, đồng thời nâng mức cảnh báo …`) or said it in a decision (`… khi bác bỏ đơn kiện …`),
  the line is the speaker, the date and that act (`quotation_fit.act_after_quotation`). For a lead too long, a cause
  inside the subject's passive clause goes first (`… bị bắt giữ tại Campuchia | vì … | đã hạ cánh …`), and so does where
  what befell the subject happened (`… bị … bắt giữ | tại … | đã về tới …`), and a line that lost the lead's first
  amount ends before a later phrase that keeps it when one fits; whom a sentence or a sanction falls on stays, a few
  words over (`… | đối với cựu Thị trưởng …`; `whom_fit`).

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
`change_after.py`): the figures it borrows from after the lead. A line ending where the source cut the story off (a
feed's teaser, `… Lương Cường tại...`) loses the words at its end that ask for what was cut (`cut_off`).
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
from bot.summarizer.clauses import MAX_LEAD_CHARS, words
from bot.summarizer.contrast import halved
from bot.summarizer.cut_off import end_where_source_did_not
from bot.summarizer.date_fit import drop_where_before_date, fit_keeping_date, with_same_day_named
from bot.summarizer.descriptions import drop_apposition
from bot.summarizer.evacuees import with_evacuees_after
from bot.summarizer.filler import drop_filler
from bot.summarizer.fitting import (
    MAX_WHAT_WORDS,
    fit,
)
from bot.summarizer.headline_cut import fit_keeping_headline
from bot.summarizer.lead import (
    drop_leading_source,
    drop_reporting_source,
    drop_setting,
)
from bot.summarizer.line_ends import EDGE_MARKS, SENTENCE_STOP, ends_cleanly
from bot.summarizer.long_lead import shorten_long_lead, without_reporting_office
from bot.summarizer.opening import opening_news, with_findings, without_back_reference
from bot.summarizer.outcome_fit import fit_keeping_outcome
from bot.summarizer.place_asides import drop_place_in_subject
from bot.summarizer.quotation_fit import act_after_quotation
from bot.summarizer.reason_fit import fit_keeping_reason
from bot.summarizer.record_after import (
    with_record_after,
)
from bot.summarizer.record_fit import fit_keeping_change
from bot.summarizer.toll import before_unsaid_effect
from bot.summarizer.toll_after import with_toll_after
from bot.summarizer.trailing import drop_trailing
from bot.summarizer.where_phrases import drop_where_held, end_before_where
from bot.summarizer.whom_fit import fit_keeping_whom


def _tidy(text: str) -> str:
    """Spaces and punctuation left by deletions, a quotation the cut left open closed (`…: “Chính phủ sẽ
    làm mọi cách … khi thiên tai xảy ra”`), no ellipsis at the end and no list mark at the start (`- Thứ Hai: …`), a
    capital to start and a full stop to end."""
    text = re.sub(r"\s+", " ", text).strip(" ,;:")
    text = re.sub(r"^(?:[-–•*] )+", "", text)  # a line of a list, not a minus (`-1,3%` has no space)
    text = re.sub(r"(?:\s*(?:…|\.{3}))+$", "", text).rstrip(" ,;:")  # a lead the source cut off ends in `…`
    text = re.sub(r" ([,.;:])(?=\s|$)", r"\1", text)  # not one that opens a word (`đã .nhiều`): as written
    text = re.sub(r",(?=[,.;:](?:\s|$))", "", text)  # not inside a number or a word (`7,.9%` stays as written)
    closing = "”" * (text.count("“") - text.count("”")) + '"' * (text.count('"') % 2)
    if closing:
        text = text.rstrip(" .,;:") + closing
    if text and not SENTENCE_STOP.search(text):
        text += "."
    return text[:1].upper() + text[1:]


def _story_words(text: str) -> set[str]:
    """The story's words, casefolded, without their edge marks (each word written once is stripped once)."""
    return {word.strip(EDGE_MARKS) for word in set(text.casefold().split())} - {""}


def main_event(sentences: list[str], title: str | None) -> str:
    """The main event (`_event_line`), checked word by word against the story: every deletion above is meant to keep
    whole words, but hostile text (a stop or a bracket inside a word: `Gyeong.sang`, `(ngày 28/11)ãn`) can make one
    cut a word in two. A line holding any word the story (or its title) does not have gives way to the lead's first
    clause, cut only between words: the line may say less, never something the story did not. The line of a teaser
    cut off mid-sentence (`Hàn Quốc đã…`) that still ends on a word asking for more gives way to the title, when there
    is one; a whole story keeps its line."""
    line = _event_line(sentences, title)
    line = _tidy(end_where_source_did_not(line, sentences[-1])) if sentences else line
    last = sentences[-1].rstrip() if sentences else ""  # (three dots are an ellipsis, as `…` is, not a full stop)
    teaser = bool(sentences) and (last.endswith("...") or not last.endswith((".", "!", "?", '"', "”", ")")))
    if teaser and title and title.strip() and not ends_cleanly(line):
        return title.strip()  # a teaser cut off before its verb's object (`Hàn Quốc đã…`): the title says the event
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
    fitted = fit_keeping_headline(text, fit_keeping_amount(text, fit_keeping_outcome(text)), title)
    aside = among_aside(text)  # a line ending on who was among a count: the clause it interrupted goes on instead
    interrupted = aside is not None and aside[0] < len(fitted) <= aside[1]
    unaside = without_among_aside(text) if interrupted else text
    fitted = fit_keeping_amount(unaside, fit_keeping_outcome(unaside)) if interrupted else fitted
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
    fitted = with_evacuees_after(with_toll_after(with_change_after(fitted, following, text), following), following)
    return _tidy(with_same_day_named(sentences[0], fitted))
