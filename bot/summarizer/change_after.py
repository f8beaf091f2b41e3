"""How much a level moved, taken from a later sentence about the same measure.

A statistics lead often states only a level (`… công bố kim ngạch xuất khẩu tháng 9 đạt 50,58 tỷ USD`) and says how much
it moved a sentence or two later (`Kim ngạch xuất khẩu trong tháng 9 giảm 8,2% so với …`, `Con số này tăng …`). An
editor's one line says both, so a line whose last clause holds a figure, and that says nowhere how anything moved, takes
that change as its last clause (`…, giảm 8,2% so với cùng kỳ năm ngoái`) when it fits, or without its usual baseline
when only that fits. The later sentence must be about the same measure: its subject points back to the figure (`Con số
này`, `Mức này`), or every word of it is in a line whose last clause states a level (`… đạt 50,58 tỷ USD`; `Chỉ số giá
xuất khẩu` is another measure than `chỉ số giá nhập khẩu`), naming every place or body the line narrows its measure to
(`Kim ngạch xuất khẩu` is not all of `kim ngạch xuất khẩu sang Mỹ`). A record or streak the change sets, in the clause
after it, goes with it (`…, tăng 12,4 won, đánh dấu tuần tăng thứ 5 liên tiếp`), and may run OVERFLOW_WORDS over as a
record in the lead may; failing that, a change joined to more by `và` is taken alone. Still the story's words in its
order; `đã` goes. Work is bounded: each sentence read is cut at MAX_LEAD_CHARS.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import MAX_LEAD_CHARS, clause_comma, words
from bot.summarizer.cut_points import last_clause_comma
from bot.summarizer.fitting import MAX_WHAT_WORDS, OVERFLOW_WORDS
from bot.summarizer.lexicon import ROMAN_NUMERAL
from bot.summarizer.record_after import RECORD, USUAL_BASELINE_PHRASE

_SENTENCES_READ = 3  # how far after the lead a change of the line's level is looked for
_MOVED = re.compile(r"\b(?:tăng|giảm|gấp)\b")  # a line that says how something moved has its change
# a last clause stating a level (`… đạt 50,58 tỷ USD`), with at most a short unit after the figure
_LEVEL = re.compile(r" (?:đạt|là|ở mức) (?:khoảng |hơn |gần |trên )?\d[\d.,]*(?: [^\s,;.]+){0,3}$")
# a sentence opening on its subject and then how much it moved (`Chỉ số … đã tăng 3,1% …`)
_CHANGE = re.compile(
    r"(?P<subject>[^,;.]{3,120}?) (?:đã |cũng )?"
    r"(?P<change>(?:tăng|giảm|cao gấp|gấp) (?:khoảng |hơn |gần |tới |đến )?\d)"
)
# an amount, not a date (`ngày 2/5`, `tháng 4`): what `Con số này` points back to
_AMOUNT = re.compile(r"(?<![\d/])(?<!ngày )(?<!tháng )(?<!năm )(?<!quý )\d[\d.,]*(?![\d/])")
_POINTS_BACK = re.compile(r"(?:Con số|Mức|Chỉ số|Tỷ lệ) (?:này|trên|đó)", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:công bố|cho biết|thông báo|cho hay)\b")  # what is reported follows these
_SUBJECT_FILLER = frozenset({"trong", "của", "năm", "nay"})  # words a subject may add to the line's measure


def _same_measure(subject: str, line: str, states_level: bool, last_amount: str) -> bool:
    """The subject names the line's measure: it points back to the lead's last figure, which the line's last clause
    holds (`last_amount`, "" when the sentence is not the next one or the line lost that figure), or each of its words
    is in a line whose last clause states a level."""
    if _POINTS_BACK.fullmatch(subject):
        return bool(last_amount) and last_amount in _AMOUNT.findall(line[max(last_clause_comma(line), 0) :])
    said = set(line.casefold().split())
    if not states_level or not all(word in said or word in _SUBJECT_FILLER for word in subject.casefold().split()):
        return False
    # the names that narrow the line's measure are the subject's too (`xuất khẩu sang Mỹ` is not all `Xuất khẩu`)
    return all(name in subject for name in _narrowing_names(line))


def _narrowing_names(line: str) -> list[str]:
    """The capitalised words of the measure a line's last clause states a level of, between its reporting verb and the
    level (`kim ngạch xuất khẩu sang | Mỹ | đạt …`); not the home country, which is the default scope, nor a quarter's
    numeral (`quý III`)."""
    last = line[max(last_clause_comma(line), 0) :]
    level = _LEVEL.search(last)
    measure = last[: level.start()] if level else ""
    reported = list(_REPORTED.finditer(measure))
    measure = measure[reported[-1].end() :] if reported else measure
    words_ = measure.replace("Hàn Quốc", " ").split()
    return [word for word in words_[1:] if word[:1].isupper() and not ROMAN_NUMERAL.fullmatch(word)]  # not `quý III`


def _changes_in(sentence: str, line: str, states_level: bool, last_amount: str) -> list[str]:
    """From a sentence saying how the line's measure moved, the change to its clause's end with the record or streak
    the next clause says it sets (`…, đánh dấu tuần tăng thứ 5 liên tiếp`: the news), the change alone (`tăng 3,1% so
    với cùng kỳ năm ngoái`), and that change before a second clause `và` joins to it (`tăng 14,8% | và là …`), the
    longest first; none when the sentence says no such thing."""
    sentence = sentence[:MAX_LEAD_CHARS].rstrip(" .")
    found = _CHANGE.match(sentence)
    if found is None or not _same_measure(found.group("subject"), line, states_level, last_amount):
        return []
    start = found.start("change")
    comma = clause_comma(sentence, start)
    end = comma if comma >= 0 else len(sentence)
    change = sentence[start:end]
    after = clause_comma(sentence, end + 1) if comma >= 0 else -1
    record_end = after if after >= 0 else len(sentence)
    recorded = [sentence[start:record_end]] if comma >= 0 and RECORD.search(sentence, end, record_end) else []
    joined = change.find(" và ")
    return [*recorded, change, *([change[:joined]] if joined > 0 else [])]


def with_change_after(line: str, following: list[str], lead: str) -> str:
    """The line made of `lead` and, when it never says how anything moved and one of the next sentences (`following`;
    the first _SENTENCES_READ are read) says how the figure its last clause holds moved, the change as its last clause
    (`…, giảm 8,2% so với cùng kỳ năm ngoái`), or without its usual baseline, when that fits. `Con số này` is read only
    in the sentence right after the lead, and only of the lead's last figure: a later one points back to its own."""
    line = line.rstrip(" .")
    if _MOVED.search(line):
        return line
    states_level = _LEVEL.search(line[max(last_clause_comma(line), 0) :]) is not None
    amounts = _AMOUNT.findall(lead[:MAX_LEAD_CHARS])
    last_amount = amounts[-1] if amounts else ""
    told = next(
        (
            found
            for index, sentence in enumerate(following[:_SENTENCES_READ])
            if (found := _changes_in(sentence, line, states_level, last_amount if index == 0 else ""))
        ),
        [],
    )
    clauses = [said for clause in told for said in (clause, USUAL_BASELINE_PHRASE.sub("", clause))]
    room = MAX_WHAT_WORDS - words(line)
    # a record first, within the line's words, else a few words over as the lead's own may; then the change alone
    recorded = [said for said in clauses if RECORD.search(said) and words(said) <= room]
    over = [said for said in clauses if RECORD.search(said) and words(said) <= room + OVERFLOW_WORDS]
    fits = [said for said in clauses if words(said) <= room]
    said = next(iter(recorded + over + fits), "")
    return f"{line}, {said}" if said else line
