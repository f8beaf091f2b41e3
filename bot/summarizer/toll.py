"""A toll in a lead (`…, khiến 179 người … thiệt mạng`) is the news: what gives way when a cut would lose it.

`what.py` calls `keep_toll` on the line it fitted; the phrases that may go are a record said just before the
toll, a clause of time, where it happened (`where_phrases.py` says what is only where) or how strong it was;
with none of them to give way, the line may run a few words over rather than lose the toll. `before_unsaid_effect`
ends a line before a `khiến` whose verb of what befell the cut lost: the cause whole, not the effect half said.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import MIN_WHAT_WORDS, words
from bot.summarizer.cut_points import cut_points, last_clause_comma
from bot.summarizer.fitting import MAX_WHAT_WORDS, OVERFLOW_WORDS, fit, whole_lines
from bot.summarizer.lexicon import MISHAPS, TOLL_WORD, TOLLS
from bot.summarizer.line_ends import ends_cleanly
from bot.summarizer.record_after import RECORD
from bot.summarizer.toll_after import TOLL_LIST
from bot.summarizer.where_phrases import (
    PLACE_PHRASE,
    SUBJECT_AND_VERB_WORDS,
    TIME_AFTER_PLACE,
    only_where,
    second_predicate_before,
)

# A cause (`do …`, `vì …`), which what it caused follows from.
CAUSE = re.compile(r" (?:do|vì|bởi) (?!đó\b)")
# A clause of time before a toll, which may give way to it (`khi hạ cánh …, khiến 179 người … thiệt mạng`); not `kể từ
# khi` (a record's), and never the `khi` inside `sau khi`, which would leave `sau` behind.
_TIME_CLAUSE = re.compile(r"(?<!\btừ)(?<!\bsau)(?<!\btrong)(?<!\btrước) (?=(?:khi|sau khi|trong khi|trước khi) )")
# An act of the law on someone (`Cảnh sát … bắt giữ một người đàn ông … | sau khi người này dùng dao tấn công …, khiến
# ông Lee bị thương`): it harms no one, so a toll after it is what the clause of time told, which stays.
_ACT_OF_LAW = re.compile(
    r"\b(?:bắt giữ|bắt giam|bắt khẩn cấp|khởi tố|truy tố|tạm giữ|tạm giam|kết án|tuyên án|tuyên phạt|xét xử|truy nã"
    r"|trục xuất)\b"  # (not `bắt` alone: `bắt đầu`, to begin, is no arrest)
)
# A count in words (`hàng trăm ngôi nhà`, `hàng nghìn hộ`) is a count all the same.
_HUNDREDS = r"hàng (?:chục|trăm|nghìn|ngàn|vạn|triệu)(?! [\d])"
# A toll in the lead's last clause: what the event cost in lives, or a count it left in a plight (`, khiến 647 hệ thống
# … bị tê liệt`, `, làm 3.000 hộ dân phải sơ tán`, all of one: `khiến toàn bộ 480 chuyến bay … bị hủy`, `khiến hàng trăm
# ngôi nhà … bị ngập`, or cut off from power: `, làm mất điện hơn 12.000 hộ`), or the lead's own predicate (`Mưa lớn …
# tại huyện Sancheong | khiến 14 người thiệt mạng …`).
_TOLL = re.compile(  # … with how badly the injured were hurt (`bị thương nhẹ`), which the count is of
    # (the toll may close a list of what the event did: `, khiến nhiều tuyến đường … bị ngập, | 8 người thiệt mạng`)
    rf"(?:, (?:khiến|làm|buộc)| khiến)(?:(?:[^,.;]|,(?= (?:khoảng |hơn |gần )?\d)){{1,80}}?\b(?:{TOLLS})\b"
    r"(?: nhẹ\b| nặng\b)?"
    rf"| (?:cho )?(?:khoảng |hơn |gần |tới |toàn bộ )?(?:\d[\d.,]*|{_HUNDREDS})[^,.;]{{1,60}}? (?:bị|phải) \w+"
    r"(?: (?:hoặc|hay) [^\W\d]+(?: [^\W\d]+)?)?"  # `bị hủy hoặc trì hoãn`: all it says of the count
    # … or cut off a count from power or water (`, làm mất điện hơn 12.000 hộ gia đình`)
    r"| mất (?:điện|nước) (?:cho )?(?:khoảng |hơn |gần |tới )?"
    rf"(?:\d[\d.,]*|{_HUNDREDS})(?: [^\W\d]+){{1,4}}?(?= và |[,.;]|$))"
)
# What an event caused with no count (`, gây mưa lớn và gió mạnh trên diện rộng`, or a list: `, gây mưa lớn, lũ lụt
# và sạt lở đất`), which the toll after it outranks.
_VAGUE_HARM = re.compile(r", (?:gây|gây ra) [^\d,.;]{1,80}(?:, [^\d,.;]{1,40}){0,4}(?=, )")
# How strong a storm or a quake was, which a toll outranks (it stays under "numbers").
_STRENGTH = re.compile(
    r" với (?:sức gió|cường độ|tốc độ gió|lượng mưa|lượng tuyết)\b[^\d,.;]{0,30}\d[\d.,]*"
    r"(?: ?(?:m/giây|m/s|km/h|km/giờ|độ richter|độ|mm|cm)\b)?"
    r"(?:,? giật (?:cấp )?\d[\d.,]*(?: ?(?:m/giây|m/s|km/h|km/giờ)\b)?)?"  # `… cấp 10, giật cấp 12`: its gusts too
)

# … right before the toll's comma, with where it was that strong (`, với lượng mưa … lên tới 426,4 mm tại Gwangju`);
# never what the storm did after it (`… với sức gió tối đa 43 m/giây | đổ bộ vào đảo Jeju …, khiến …`).
_STRENGTH_ASIDE = re.compile(rf",?{_STRENGTH.pattern}(?: (?:tại|ở|trên) [^,.;]{{0,40}})?(?=, )")

# … or the part where it was strongest, set off with `trong đó` (`…, trong đó lượng mưa tại thành phố Seosan, tỉnh
# Chungcheong Nam lên tới 419 mm |, khiến …`), whose place may hold a comma.
_PEAK_ASIDE = re.compile(
    r", trong đó (?:lượng mưa|lượng tuyết|sức gió|tốc độ gió|nhiệt độ)\b[^.;\d]{0,80}?\d[\d.,]*"
    r" ?(?:mm|cm|m/giây|m/s|km/h|km/giờ|độ C|độ)(?=, )"
)

# … or inside the subject, with where it was that strong, up to the verb of what it caused (`Trận mưa lớn … | với lượng
# mưa lên tới hơn 100 mm mỗi giờ tại một số khu vực … | gây ngập lụt …, khiến …`).
_STRENGTH_SPAN = re.compile(rf"{_STRENGTH.pattern}[^,.;]{{0,80}}?(?= (?:đã |đang )?(?:gây|khiến|làm)\b)")

# A superlative with its figure right after it names a measure's peak (`với sức gió mạnh nhất 40 m/giây`), not a
# record: it is how strong the event was.
_PEAK_FIGURE = re.compile(r" (?:là |đạt |ở mức |lên tới |tới )?\d")
_SUBJECT_WORDS = 3  # words a subject keeps before where it was (`Một đoạn cầu vượt`)


def keep_toll(text: str, fitted: str) -> str:
    """`fitted` (the line `what` fitted so far), except that a toll the cut would lose (`…, khiến 179 người … thiệt
    mạng`, or the lead's own predicate: `Mưa lớn … | khiến 14 người thiệt mạng`) keeps all before it when the lead cut
    at a clause after the toll fits (`… thiệt mạng | khi …`), and otherwise outranks what the event caused with
    no count just before it (`…, gây mưa lớn …`), a record said of the event just before it (`…, lượng tuyết lớn
    nhất …`), then the clause before it that says when (`khi hạ cánh …`; never after an act of the law, `bắt giữ … |
    sau khi người này dùng dao tấn công …`, whose toll is that clause's), or failing one, the phrase that says where
    (`trên đường cao tốc …`; never with a verb or a cause after it, nor one inside that cause, and the only one
    after a second predicate: `second_predicate_before`) or how strong it was (`với sức gió … 45 m/giây`, that
    phrase alone): that goes instead, when the line then fits or is a few words over (OVERFLOW_WORDS), and the date
    at its end stays when the line still fits with it (`… gặp nạn | khi hạ cánh … vào | sáng ngày 29/12, khiến …`);
    failing that, every phrase of where before that date goes. A line kept over the limit loses how strong the event
    was too; one right before the toll's comma (`…, với lượng mưa … 426,4 mm tại Gwangju, khiến …`, `…, trong đó
    lượng mưa tại … lên tới 419 mm, khiến …`) goes first when the whole toll then fits, and where with it if the
    line then fits. With no line kept, how strong it was inside the subject goes (`_STRENGTH_SPAN`) and the toll is
    tried again; failing that, where the subject was, said before the mishap's verb (`_without_where_in_subject`)."""
    toll = _TOLL.search(text)
    if toll is None or toll.group(0).strip(" ,") in fitted:  # the toll whole, whatever follows it
        return fitted
    vague = _VAGUE_HARM.search(text, 0, toll.start() + 2)
    if vague is not None and vague.end() == toll.start():  # `…, gây mưa lớn … trên diện rộng |, khiến 470 chuyến …`
        text = text[: vague.start()] + text[vague.end() :]
        toll = _TOLL.search(text)
        if toll is None:
            return fitted
    # … first, with nothing before it lost, the lead cut after the toll (`…, khiến hai chị em … thiệt mạng | khi …`),
    # where a comma before the toll had been the cut
    whole = _cut_after(text, toll.end(), at_list_end=False)  # (the list's end may leave who had to flee)
    if whole is not None:
        return whole
    # how strong it was, set off by commas right before the toll (`…, với lượng mưa … 426,4 mm tại Gwangju |, khiến 2
    # người chết, 1 người mất tích và …`), goes when the line is then whole, a few words over at most
    asides = (*_STRENGTH_ASIDE.finditer(text), *_PEAK_ASIDE.finditer(text))
    aside = next((m for m in asides if m.end() == toll.start()), None)
    if aside is not None:
        unforced = text[: aside.start()] + text[aside.end() :]
        whole_toll = unforced[aside.start() :].rstrip(" .")
        shortened = keep_toll(unforced, fit(unforced))  # … and where goes too when the line then fits (the date stays)
        if shortened.endswith(whole_toll) and words(shortened) <= MAX_WHAT_WORDS:
            return shortened
        if words(unforced) <= MAX_WHAT_WORDS + OVERFLOW_WORDS:  # a few words over, as a toll may run
            return unforced
    before = last_clause_comma(text[: toll.start()])
    records = (m for m in RECORD.finditer(text, before, toll.start()) if not _PEAK_FIGURE.match(text, m.end()))
    if before > 0 and next(records, None):
        shorter = text[:before] + text[toll.start() :]
        if words(shorter) <= MAX_WHAT_WORDS:
            return shorter
    # A clause of time goes, never a cause or a purpose before the toll (`bắt giữ một người … vì nghi ngờ
    # phóng hỏa …, khiến 2 người thiệt mạng`): the toll follows from it, unless the event is an accident
    # (`MISHAPS`), whose toll is its own whatever caused it.
    # … and only one that ends before the toll: a toll inside it is what its own subject caused (`…, sau khi | các cuộc
    # giao tranh … khiến 460 người thiệt mạng`), which would otherwise be said of the line's subject
    clauses = _TIME_CLAUSE.finditer(text, 0, toll.start())
    openers = [m.start() for m in clauses if "," in text[m.end() : toll.start() + 1]]
    if openers and _ACT_OF_LAW.search(text, 0, openers[-1]):
        return _whole_a_few_words_over(text, toll.end()) or fitted  # the harm is the clause's own
    placed = not openers
    if placed:  # where goes, and the date after it stays if it fits (`… trên quốc lộ … | ngày 12/1, khiến`)
        openers = [m.start() for m in PLACE_PHRASE.finditer(text, 0, toll.start())]
        # … never a place inside the cause after it, which is where the cause was (`do băng đóng | trên mặt đường`)
        cause = CAUSE.search(text, openers[0], toll.start()) if openers else None
        openers = [o for o in openers if cause is None or o < cause.start()]
    strength = _STRENGTH.search(text, 0, toll.start()) if not openers else None
    if strength is not None:  # or how strong it was (`… ngày 31/10 | với sức gió lên tới 184 km/h |, khiến …`)
        return keep_toll(text[: strength.start()] + text[strength.end() :], fitted)
    # the date at the end of what goes stays if it fits (`khi đang di chuyển qua Biển Đỏ | vào ngày 7/7, khiến`)
    time = TIME_AFTER_PLACE.search(text, openers[-1] + 1, toll.start()) if openers else None
    ends = [time.start(), toll.start()] if time is not None else [toll.start()]
    if openers and CAUSE.search(text, openers[-1], toll.start()) and not MISHAPS.search(text, 0, openers[-1]):
        ends = ends[:-1]  # the cause stays (`bắt giữ … tại … ngày 3/5 | vì nghi ngờ phóng hỏa …, khiến 2 người …`)
    # the words before it are at least a subject and its verb (`Một vụ cháy rừng lớn bùng phát | tại …`)
    if not openers or words(text[: openers[-1]]) < SUBJECT_AND_VERB_WORDS:
        return _whole_a_few_words_over(text, toll.end()) or fitted
    toll_words = toll.group(0).strip(" ,")
    kept_where = second_predicate_before(text, openers, toll.start()) if placed else None
    after_preposition = text.find(" ", openers[-1] + 1) if openers else 0  # never a verb with where (`… bị sập`)
    lines = [text[: openers[-1]] + text[end:] for end in ends if not placed or only_where(text, after_preposition, end)]
    lines[-1:-1] = [kept_where] if kept_where else []
    refitted = (fit(line) for line in lines)  # a sub-clause after the toll may go
    kept = next((line for line in refitted if toll_words in line and words(line) >= MIN_WHAT_WORDS), None)
    # … failing that, every phrase of where goes, from the first, and the date after them stays (`… bị rơi | ở khu
    # vực đồi núi … ở thành phố Pohang, tỉnh Gyeongsang Bắc | ngày 29/5 trong chuyến bay huấn luyện, khiến …`)
    first = openers[0]
    subject_first = words(text[:first]) >= SUBJECT_AND_VERB_WORDS
    # a few words over, as a toll may run, rather than lose it: without every phrase of where, up to the date after
    # them, or without the last clause of time, with its date or without
    over_ends = ([time.start()] if time is not None else []) if placed else ends
    gone = first if placed else openers[-1]
    for end in over_ends if kept is None and subject_first else ():
        line = text[:gone] + text[end:]
        # (cut after the toll, not before a cause a short first clause would end at: `… xảy ra ngày 5/11 | do rò rỉ …`)
        after_toll = line.find(toll_words) + len(toll_words)
        line = line if words(line) <= MAX_WHAT_WORDS + OVERFLOW_WORDS else _cut_after(line, after_toll) or fit(line)
        if toll_words in line and (not placed or only_where(text, text.find(" ", first + 1), end)):
            kept = line
            break
    strength = _STRENGTH.search(kept) if kept is not None and words(kept) > MAX_WHAT_WORDS else None
    if kept is not None and strength is not None:  # over the limit, how strong it was goes too
        kept = kept[: strength.start()] + kept[strength.end() :]
    if kept is None and (span := _STRENGTH_SPAN.search(text, 0, toll.start())) is not None:
        return keep_toll(text[: span.start()] + text[span.end() :], fitted)  # how strong it was, and where, go first
    if kept is None and (inside := _without_where_in_subject(text, toll.start())) is not None:
        return keep_toll(inside, fitted)
    return kept or _whole_a_few_words_over(text, toll.end()) or fitted


# The verb of the mishap after where the subject was (`… trên quốc lộ ở thành phố Osan, tỉnh Gyeonggi | đã bị sập`).
_VERB_MARKS = re.compile(r" (?:(?:đã|bị) )*$")


def _without_where_in_subject(text: str, toll_start: int) -> str | None:
    """The lead without where its subject was, said inside the subject before the mishap's verb (`Một đoạn cầu vượt …
    | trên quốc lộ ở thành phố Osan, tỉnh Gyeonggi | đã bị sập …, khiến người lái xe … thiệt mạng`), when that phrase
    is only where and a subject stays before it; `where` keeps the place. None when there is no such phrase."""
    verb = MISHAPS.search(text, 0, toll_start)  # the lead's first: once it goes, no phrase is left before it
    place = PLACE_PHRASE.search(text, 0, verb.start()) if verb is not None else None
    if place is None or verb is None or words(text[: place.start()]) < _SUBJECT_WORDS:
        return None
    marks = _VERB_MARKS.search(text, place.end(), verb.start())  # (`đã bị` stays with the verb)
    if marks is None or not only_where(text, place.end(), marks.start()):
        return None
    return text[: place.start()] + text[marks.start() :]


def _cuts_after(text: str, toll_end: int) -> list[int]:
    """The clause commas and openers of `text` at or after the toll's end, latest first."""
    commas, openers = cut_points(text)
    return sorted((cut for cut in commas + openers if cut >= toll_end), reverse=True)


def _cut_after(line: str, toll_end: int, *, at_list_end: bool = True) -> str | None:
    """`line` cut at its latest clean cut point after the toll, or (`at_list_end`) at the end of the toll's list
    (`khiến 3 công nhân thiệt mạng và 12 người bị thương | và buộc …`), within the limit; else None."""
    listed = TOLL_LIST.search(line, max(0, toll_end - 60)) if at_list_end else None
    ends = sorted({*_cuts_after(line, toll_end), *([listed.end()] if listed else [])}, reverse=True)
    return next(whole_lines((line[:cut].rstrip(" ,;:") for cut in ends), MIN_WHAT_WORDS), None)


def _whole_a_few_words_over(text: str, toll_end: int) -> str | None:
    """With nothing before the toll to give way, the lead up to the toll's own clause end, at most
    OVERFLOW_WORDS over the limit (`… bị sập chiều ngày 11/4, khiến 1 công nhân tử vong và 1 người khác bị mắc
    kẹt trong 13 tiếng | trước khi …`), else up to the toll's first count (`…, khiến 1 công nhân tử vong`), rather
    than the line without its toll."""
    cuts = [len(text), *_cuts_after(text, toll_end), toll_end]  # at last, the toll's first count
    heads = (text[:cut].rstrip(" ,;:") for cut in cuts)
    return next(whole_lines(heads, 0, MAX_WHAT_WORDS + OVERFLOW_WORDS), None)


# The clause of the mishap a toll told first came in (`Một công nhân … tử vong … | khi một phần giàn giáo … bị sập`),
# and the verb of what befell the thing in it.
_MISHAP_CLAUSE = re.compile(r" (?:sau )?khi (?!đang\b|có\b)")  # (`… bị thương | sau khi một trận động đất …`)
_MISHAP_VERB = re.compile(r" (?:bị|bốc cháy|phát nổ|lao|đâm|sập|lật|chìm|đổ|rung chuyển|xảy ra|ập)\b")
_MISHAP_PLACES = 3


def keep_mishap(text: str, fitted: str) -> str:
    """`fitted`, unless it is a toll told first (`Một công nhân … tử vong và 2 công nhân … bị thương nặng`) and the cut
    lost the clause of what befell them (`khi một phần giàn giáo … bị sập …`), or its verb: a toll without its mishap
    does not say what happened. The clause stays when a phrase of where inside it (`ở thành phố Cheonan, tỉnh …`,
    then from `tại công trường …`), the latest first, can go and the line then fits, or whole when it is at most
    OVERFLOW_WORDS over."""
    when = _MISHAP_CLAUSE.search(text)
    kept = fitted.rstrip(" .")
    if when is None or not text.startswith(kept) or not TOLL_WORD.search(text, 0, when.start()):
        return fitted
    verb = _MISHAP_VERB.search(text, when.end())
    # the cut fell before the clause or inside it, before its verb (`… khi một bức tường tại khu nhà xưởng …`)
    if verb is None or not len(text[: when.start()].rstrip(" ,")) <= len(kept) < verb.start():
        return fitted
    places = list(PLACE_PHRASE.finditer(text, when.end(), verb.start()))[-_MISHAP_PLACES:]  # a few: each is a copy
    for place in reversed(places):
        line = text[: place.start()] + text[verb.start() :]
        if words(line) <= MAX_WHAT_WORDS:  # whole, as `fit` leaves a line that fits
            return line
    # … failing that, whole a few words over, as a clause comma may run (`… bị thương | sau khi một trận động đất …
    # rung chuyển …`)
    return text if words(text) <= MAX_WHAT_WORDS + OVERFLOW_WORDS and ends_cleanly(text) else fitted


# What befell the one a cause acted on (`khiến … bị rò rỉ`, `khiến mực nước … dâng cao`): a passive, a change, a toll.
_EFFECT_VERB = re.compile(rf"\b(?:bị|phải|tăng|giảm|dâng|sụt|ngừng|{TOLLS})\b")
# The rest of the sentence after a cut, up to a `;` or its end, through the commas of a list (`khiến địa chỉ, | số …
# và … bị lộ`), within 25 words.
_SENTENCE_REST = re.compile(r"(?:[^.;\s]|(?<=\d)\.(?=\d))*(?:\s+(?:[^.;\s]|(?<=\d)\.(?=\d))+){0,25}")


def before_unsaid_effect(text: str, fitted: str) -> str:
    """A line cut inside a `khiến` clause before its verb (`… SK Telecom hồi tháng 4 khiến thông tin cá nhân | của …
    bị rò rỉ`) ends before `khiến`: the cause alone is a whole sentence, what it caused half said is not. Only when
    the sentence's next 25 words in `text` hold a verb of what befell and the line after `khiến` holds none
    (`khiến hàng trăm hành khách mắc kẹt` is left to the usual cut); else `fitted`."""
    bare = fitted.rstrip(" .")
    at = bare.rfind(" khiến ")
    if at < 0 or not text.startswith(bare) or re.search(r"[,;]", bare[at:]) or _EFFECT_VERB.search(bare, at):
        return fitted
    rest = _SENTENCE_REST.match(text, len(bare))
    if rest is None or not _EFFECT_VERB.search(rest.group(0)):
        return fitted
    head = bare[:at].rstrip(" ,")
    return head if words(head) >= MIN_WHAT_WORDS and ends_cleanly(head) else fitted
