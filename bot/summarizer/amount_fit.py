"""Fitting a line so it keeps the lead's first amount, share or prison term (`khoảng 1 tỷ USD`, `55%`, `5 năm tù`),
what a reader most wants from it: `what.py` hands `fit_keeping_amount` the lead and the line `fitting.fit` (or an
outranking fit) chose.

The ends it tries are before a phrase of place, time, means or possession after the amount, or at the amount itself,
each judged by `fitting.whole_lines`, the one test every cut is judged by.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import MIN_WHAT_WORDS
from bot.summarizer.fitting import (
    LATER_OPENERS,
    MAX_WHAT_WORDS,
    OVERFLOW_WORDS,
    PHRASE_OPENERS,
    ends_on_record,
    whole_lines,
)
from bot.summarizer.lexicon import CAPITALS, and_inside_office
from bot.summarizer.outcomes import OUTCOME, TOPIC_BEFORE
from bot.summarizer.record_after import RECORD
from bot.summarizer.word_bounds import second_source

# A superlative cut from its scope, and `bắt đầu` cut from when it starts, go with the cut (see `fit_keeping_amount`).
_STARTING_END = re.compile(r" (?:bắt đầu|kể)$")
_SUPERLATIVE_END = re.compile(r"(?<=\w) (?:lớn|cao|thấp|nhiều|mạnh|đông|dài|rộng|hiện đại) nhất$")

# The lead's first amount or share (`khoảng 1 tỷ USD`, `55%`), or a rank (`… công bố bảng xếp hạng …, trong đó Hàn Quốc
# xếp thứ 61`): what a reader most wants from the line.
_AMOUNT = re.compile(
    r"(?<![\w/.,])\d[\d.,]*(?:%| (?:nghìn tỷ|tỷ|triệu|nghìn) (?:USD|won|đồng|euro|yen|yên)|"
    r" (?:USD|won|đồng|euro|yen|yên)\b| (?:km|ha)\b(?!/))"
    r"|(?<=xếp )thứ \d+\b|(?<=đứng )thứ \d+\b"
)
# … or, in a lead with none, the term of a sentence (`tuyên phạt ông …, cựu Chủ tịch …, | 5 năm tù giam`, `án tù chung
# thân`): a line ending on whom a court sentenced would say it sentenced them to nothing.
_TERM = re.compile(r"(?<![\w/.,])\d+ (?:năm|tháng) tù(?: giam)?\b|\btù chung thân\b|\btử hình\b")
_DISTANCE_FROM = re.compile(r"\bcách [^.;]*$")  # `cách đảo Yokji, … khoảng | 5 km`: how far from a place
# After an amount, what it is counted per (`5% mỗi năm`, `3 tỷ USD một năm`, `2 USD/giờ`) or where a range or a change
# from it goes (`từ 1.600 tỷ won | xuống còn 600 tỷ won`), or the total a share is of (`trong tổng số …`, `52% số
# phiếu bầu`): the amount stays with it.
_PER_AHEAD = re.compile(r"/| (?:mỗi|một|trên|cho mỗi|bình quân|xuống|lên|đến|tới|sang|(?:trong (?:tổng )?)?số)\b")
# Whom an amount is counted per, up to the next verb, phrase or clause (`150 triệu won | cho mỗi nạn nhân | bị …`).
_PER_WHOM = re.compile(
    r" cho mỗi(?: [^\s,.;:]+){1,3}?(?=[,.;:]| (?:bị|được|là|đã|sẽ|đang|trong|tại|ở|vì|do|khi|từ|theo|với|nếu)\b|$)"
)
_MORE_THAN = re.compile(r"\b(?:cao|thấp|nhiều|ít|lớn|nhỏ|nhanh|chậm|dài|ngắn|rẻ|đắt) hơn (?:khoảng |gần |tới )?$")
_PHRASE_AHEAD = re.compile(  # not `đối | với`, `trước | khi`, `sau | khi`, nor the total of a share (`trong tổng số`)
    # nor whom an amount is counted per (`150 triệu won | cho mỗi nạn nhân`)
    # nor what a rate is per (`29,1 người | trên 100.000 dân`)
    r"(?<!\bđối) (?!(?<=\btrước )khi\b)(?!(?<=\bsau )khi\b)(?!trong (?:tổng )?số\b)(?!cho mỗi\b)(?!trên \d)"
    rf"(?=(?:{'|'.join(sorted(PHRASE_OPENERS | LATER_OPENERS))}) )"
)


def fit_keeping_amount(text: str, fitted: str, most: int = MAX_WHAT_WORDS) -> str:
    """`fitted`, unless it lost the lead's first amount (money, a share, a distance, an area or a prison term) and a
    line ending before a later phrase of place, time, means or possession keeps it (`… ký thỏa thuận với EVN | để
    đầu tư khoảng 1 tỷ USD xây dựng nhà máy … | tại tỉnh Quảng Ninh`, `… chiếm đoạt khoảng 45 tỷ won | của …`,
    `…, tên lửa bay khoảng 1.000 km | trước khi rơi …`), else at the amount itself when nothing it is counted per
    follows (`… và ký kết thỏa thuận cùng đầu tư 3 tỷ USD | xây dựng trung tâm …`): the latest such end that fits
    and ends cleanly. Failing that, where it happened goes when the amount follows it in the same phrase, and the line
    may then run OVERFLOW_WORDS over, ending on the amount."""
    # not how far the event was from a place (`ở vùng biển cách đảo Yokji, … khoảng 5 km`): that is where, not what
    amount = next(
        (m for m in _AMOUNT.finditer(text) if not _DISTANCE_FROM.search(text, max(0, m.start() - 100), m.start())), None
    )
    amount = _TERM.search(text) if amount is None else amount
    # … unless it is only what a meeting talked about, and the line kept what the meeting came to (`…, thảo luận về gói
    # đầu tư 350 tỷ USD …, | trong đó hai bên nhất trí …`): the agreement is the news; the amount stays under "numbers"
    talked = amount is not None and TOPIC_BEFORE.search(text, max(0, amount.start() - 150), amount.start())
    if talked and OUTCOME.search(fitted) is not None:
        return fitted
    if amount is None or amount.group(0) in fitted:
        return fitted
    every = text.split()
    ends = [  # not before the `và` inside an office's name (`Tổ chức Hợp tác | và Phát triển Kinh tế`) or before a
        # second source (`từ ngân sách nhà nước | và khu vực tư nhân`)
        m.start()
        for m in _PHRASE_AHEAD.finditer(text, amount.end())
        if not and_inside_office(every, len(text[: m.start()].split()))
        and not (text.startswith(" và ", m.start()) and second_source(text[max(0, m.start() - 50) : m.start()]))
    ]
    ends = ends if most == MAX_WHAT_WORDS else []  # a few words over, the line ends on the amount itself
    # last, the amount's own end (`… cùng đầu tư 3 tỷ USD | xây dựng …`), unless what it is more than follows (`cao hơn
    # khoảng 50% | so với pin lithium-ion`)
    compared = text.startswith(" so với", amount.end()) and _MORE_THAN.search(text, 0, amount.start()) is not None
    # (a rank says all alone: `đứng thứ 27 | trong tổng số 69 nền kinh tế`)
    if (not _PER_AHEAD.match(text, amount.end()) or amount.group(0).startswith("thứ")) and not compared:
        ends.insert(0, amount.end())
    per_whom = _PER_WHOM.match(text, amount.end())  # … or the end of whom it is counted per (`… won cho mỗi nạn nhân`)
    if per_whom is not None:
        ends.insert(0, per_whom.end())
    heads = (text[:end].rstrip(" ,") for end in reversed(ends))
    # a superlative cut from its scope goes with it (`nhà máy điện khí LNG | lớn nhất | ở miền Bắc …`), and so does
    # `bắt đầu` cut from when it starts (`… nhập khẩu từ Hàn Quốc | bắt đầu | từ ngày 1/8`)
    heads = (_STARTING_END.sub("", _SUPERLATIVE_END.sub("", h)) for h in heads)
    kept = next((h for h in whole_lines(heads, MIN_WHAT_WORDS, most) if not ends_on_record(h.split())), None)
    if kept is not None:
        # (never for a line that loses the record `fitted` kept: `…, tương đương 29,1 người trên 100.000 dân, cao nhất
        # trong số 38 nước …` is the news the change before it gave way to)
        return fitted if RECORD.search(fitted) and not RECORD.search(kept) else kept
    # … failing that, where it happened goes when the amount follows it in the same phrase (`… cho Cơ quan Vũ khí Ba
    # Lan | tại thủ đô Warsaw | với tổng giá trị khoảng 6,5 tỷ USD`): how much outranks the city; a site named with
    # its country gives way first, and the country stays (`… tại | nhà máy điện hạt nhân Dukovany của | Cộng hòa Séc
    # trị giá khoảng 26.000 tỷ won`)
    if most > MAX_WHAT_WORDS:
        return fitted
    site = next((m for m in _SITE_OF.finditer(text, 0, amount.start()) if m.end() + 40 >= amount.start()), None)
    country = _PLACE_NAME.match(text, site.end()) if site is not None else None
    if site is not None and country is not None and _SAME_PHRASE.fullmatch(text, country.end(), amount.start()):
        shorter = text[: site.start(1)] + text[site.end(1) :]
        kept = fit_keeping_amount(shorter, fitted, MAX_WHAT_WORDS + OVERFLOW_WORDS)
        if kept != fitted:
            return kept
    place = next((m for m in _PLACE_BEFORE.finditer(text, 0, amount.start()) if m.end() + 40 >= amount.start()), None)
    if place is None or not _SAME_PHRASE.fullmatch(text, place.end(), amount.start()):
        return fitted
    return fit_keeping_amount(text[: place.start()] + text[place.end() :], fitted, MAX_WHAT_WORDS + OVERFLOW_WORDS)


_NAME = rf"[{CAPITALS}][^\s,.;]*(?: [{CAPITALS}][^\s,.;]*)*"
_UNIT = r"(?:(?:thủ đô|thành phố|tỉnh|bang|quận|huyện) )?"  # `tại thành phố Queen Creek, bang Arizona, Mỹ`
_PLACE_BEFORE = re.compile(rf" (?:tại|ở) {_UNIT}{_NAME}(?:, {_UNIT}{_NAME}){{0,2}}(?= )")
# A site named with the country it lies in (`tại | nhà máy điện hạt nhân Dukovany của | Cộng hòa Séc`).
_SITE_OF = re.compile(rf" (?:tại|ở) ((?:[a-zà-ỹđ]+ ){{1,5}}{_NAME} của )(?=[{CAPITALS}])")
_PLACE_NAME = re.compile(rf"(?:Cộng hòa |Vương quốc )?{_NAME}")  # `Cộng hòa Séc`: a country named with its form
_SAME_PHRASE = re.compile(
    r",? (?:với |có )?(?:tổng )?(?:giá trị|trị giá|kinh phí|số vốn|vốn(?: đầu tư)?)(?: (?:khoảng|hơn|gần))? "
)
