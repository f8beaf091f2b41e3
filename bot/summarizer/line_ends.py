"""Whether a line may end where it does: its last words ask for nothing that was cut off after them (`với`, `của`,
`trong đó` …), and it does not end on half of a baseline, a share, a period, an expectation or a place's kind whose
other half was cut. Every cut of the `what` is judged by `ends_cleanly`; kept apart from `cut_points.py`, which says
where a lead may be cut, since this only reads a line's end.
"""

from __future__ import annotations

import re

from bot.summarizer.lexicon import lexicon

# A stop ending a sentence, with any closing quotation mark or bracket after it (`… nói: “…”`, `(…).`).
SENTENCE_STOP = re.compile(r"[.!?][\"”’»)]*$")
# Punctuation a word may carry at either end, which says nothing of the word itself.
EDGE_MARKS = ",.;:!?\"“”‘’'()[]«»…–—"

# `dưới sự giám sát`, `với sự tham gia`: an act named by `sự`, which asks whose it is (`của …`); not a thing
# named with `sự` (`có sự cố`: there was an incident).
_WHOSE_ACT = re.compile(
    r"\b(?:dưới|với|có|nhờ) sự(?! (?:cố|kiện|nghiệp|thật|việc|vụ)\b)(?: [^\s,;.]+){0,2}$", re.IGNORECASE
)
_HALF_BASELINE = re.compile(r"\bso với (?:cùng kỳ(?: năm)?|ngày|tuần|tháng|quý|năm|phiên)$", re.IGNORECASE)
# An expectation or an estimate no one holds, opening a clause whose figure was cut off (`…, dự kiến | sẽ có khoảng 2
# triệu khách …`; not `… như dự kiến`, as expected).
_EXPECTATION_ALONE = re.compile(r", (?:theo )?(?:dự kiến|ước tính)(?: sẽ(?: có)?)?$", re.IGNORECASE)
# Words that single out what follows (`, đặc biệt trong lĩnh vực …`, `, nhất là …`): alone after a comma, a stub.
_FOCUS_ALONE = re.compile(r", (?:đặc biệt|nhất là|chủ yếu)(?: là)?$")
# A share whose whole was cut off (`…, chiếm 70% | tổng số khách …`): "70%" of nothing said.
_SHARE_ALONE = re.compile(r"\bchiếm (?:khoảng |gần |hơn |tới |trên |dưới )?\d[\d.,]*%$")
# A period whose span was cut off (`… trong thời gian | từ ngày 29/9 …`): "for the period" of no dates.
_PERIOD_ALONE = re.compile(r"\b(?:trong|vào) (?:thời gian|giai đoạn|thời kỳ)$")
# … or the kind of place whose name was (`… của vương quốc Gaya ở miền | Nam Hàn Quốc`): "in the region" of no name
# (not `thành phố` or `vùng`, which a line may end on: `khắp thành phố`, `trong vùng`).
# … or where a body sits, with the place cut off (`… đường dây lừa đảo … có trụ sở | tại Phnom Penh`)
_PLACE_KIND_ALONE = re.compile(
    r"\b(?:miền|tỉnh|huyện|quận|bang|xã|phường|thị trấn|thị xã|đặc khu|(?:có|đặt|đóng) trụ sở(?: chính)?)$"
)


def ends_cleanly(text: str) -> bool:
    """The last word or two do not ask for what follows them (`với`, `của`, `nhân`, `trong đó` …), unless
    they end a word written in two (`hạt nhân`, `tự do`), and the line does not end on a baseline whose
    `trước` or `ngoái` was cut off (`tăng 0,2% so với tuần | trước đó`), nor on whose act it was under or with
    before its `của` (`… dưới sự giám sát | của nhà lãnh đạo …`), nor on a word that singles out what was cut (`…,
    đặc biệt | trong lĩnh vực …`), nor on a share whose whole was cut off (`…, chiếm 70% | tổng số …`) or a period
    whose span was (`… trong thời gian | từ ngày 29/9 …`), nor on an expectation whose figure was (`…, dự kiến`), nor on
    the kind of place whose name was (`… ở miền | Nam Hàn Quốc`) or where a body sits (`… có trụ sở | tại …`)."""
    last_two = text.rsplit(None, 2)[-2:]  # (the line's last two words, read once: not the whole line split)
    tail = [w.strip(',.;:!?"”’»)').casefold() for w in last_two]
    bare = text.rstrip(',.;:!?"”’») ')
    if not tail or not tail[-1] or _HALF_BASELINE.search(bare) or _WHOSE_ACT.search(bare) or _FOCUS_ALONE.search(bare):
        return False
    if _SHARE_ALONE.search(bare) or _PERIOD_ALONE.search(bare) or _EXPECTATION_ALONE.search(bare):
        return False
    if _PLACE_KIND_ALONE.search(bare):
        return False
    dangling = lexicon().dangling_words
    if " ".join(tail) in dangling:
        return False  # `…, trong đó`: a connective whose clause was cut off
    # (never across a comma: `…, liên tiếp, | theo` is no `tiếp theo`)
    joined = len(last_two) == 2 and not last_two[0].endswith((",", ";", ":"))
    return tail[-1] not in dangling or (joined and " ".join(tail) in lexicon().stop_compounds)


def quotations_closed(text: str) -> bool:
    """Every quotation in `text` that opens closes: as many `“` as `”`, and the straight marks in pairs."""
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0
