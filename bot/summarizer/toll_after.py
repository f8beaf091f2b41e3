"""The toll an accident's or a disaster's line leaves out, taken from the sentences after the lead.

A lead may state the mishap alone (`Một xe buýt chở 40 hành khách bị lật trên đường cao tốc …`) and count the dead and
hurt in the next sentence (`Vụ tai nạn khiến 2 người thiệt mạng và 15 người bị thương.`). An editor's one line says
both, so a line that names an accident or a disaster and states no toll takes that count as its last clause (`…; 2 người
thiệt mạng và 15 người bị thương`) when it fits or runs a few words over. Only a plain count of people and what befell
them is read (`N người (đã|đang) thiệt mạng`, `N công nhân …`), a list of them joined by commas and `và`, and only when
it holds the sentence's first toll: the hurt never come without the dead (`4 công nhân … thiệt mạng và 6 người khác bị
thương`); who were among a count (`, trong đó có 18 lao động nước ngoài,`) goes from the list, and `khác` and `còn lại`
after the counted noun go (`còn 3 người | khác | đang mất tích` → `3 người đang mất tích`): the others they set apart
are not in the line. Only the first of the next _SENTENCES_READ sentences that counts a toll is read, and not one that
turns to another event or an earlier one, keeps a running tally (unless the event itself caused the count: `vụ cháy đã
khiến …`) or counts the toll as part of a larger count, or also counts evacuees: `evacuees.py` joins a toll and its
evacuees in one clause. Work is bounded: each sentence read is cut at MAX_LEAD_CHARS.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import MAX_LEAD_CHARS, words
from bot.summarizer.evacuees import ANOTHER_EVENT, DISASTER, OTHERS, TOLL_ITEM
from bot.summarizer.fitting import MAX_WHAT_WORDS, OVERFLOW_WORDS
from bot.summarizer.lexicon import NOT_A_NAMES_DIGIT, TOLL_WORD

# a line about an accident (a disaster is `evacuees.DISASTER`'s)
_ACCIDENT = re.compile(
    r"\b(?:tai nạn|sự cố|va chạm|bị lật|lật úp|bị chìm|phát nổ|vụ nổ|bốc cháy|sập|trật bánh|đâm vào|lao vào|lao xuống"
    r"|mất lái|rơi)\b",
    re.IGNORECASE,
)
# a sentence recalling an earlier event (`Năm 2022, một vụ tai nạn tương tự khiến 5 người thiệt mạng`) counts its toll
_EARLIER = re.compile(r"\b(?:[Tt]rước đó|tương tự|năm ngoái|năm trước|từng|năm \d{4})\b")
# a running tally (`Tính đến ngày 1/8, đã có 1.800 người mắc bệnh …`, `Từ đầu năm đến nay, …`) or a part of a larger
# count (`…, trong đó 12 người tử vong`) is no toll of the line's event
_TALLY_OR_PART = re.compile(r"\b(?:[Tt]ính đến|[Tt]ừ đầu năm|[Ll]ũy kế)\b|, trong đó (?:có )?$")
# … unless the event itself caused it, as of a date (`Tính đến ngày 28/3, | vụ cháy đã khiến | 28 người thiệt mạng`)
_EVENT_CAUSED = re.compile(r"\b(?:[Vv]ụ|[Đđ]ám|[Tt]rận|[Cc]ơn) [^,;.]{1,30}? (?:đã )?(?:khiến|làm) $")
_SENTENCES_READ = 2  # how far after the lead a toll is looked for
# who were among a count (`22 người thiệt mạng|, trong đó có 18 lao động nước ngoài,| và 8 người khác bị thương`): a
# detail the list goes on past, and the line leaves out
_AMONG = r", trong đó (?:có )?[^,;.]{1,60}?,(?= )"
TOLL_LIST = re.compile(rf"(?<![\w,]){NOT_A_NAMES_DIGIT}{TOLL_ITEM}(?:(?:, | và |{_AMONG} (?:và )?){TOLL_ITEM})*(?!\w)")


def with_toll_after(line: str, following: list[str]) -> str:
    """The line and, when it names an accident or a disaster and states no toll, the toll the first of the next
    sentences (`following`) that counts one gives, as its last clause (`…; 2 người thiệt mạng và 15 người bị
    thương`), when it fits, or runs at most OVERFLOW_WORDS over as a record or an outcome that ends a line may."""
    if TOLL_WORD.search(line) is not None or (_ACCIDENT.search(line) is None and DISASTER.search(line) is None):
        return line
    for sentence in following[:_SENTENCES_READ]:
        sentence = sentence[:MAX_LEAD_CHARS]
        toll = TOLL_LIST.search(sentence)
        if toll is None:
            continue
        if TOLL_WORD.search(sentence, 0, toll.start()) is not None:
            return line  # `4 công nhân … thiệt mạng và | 6 người khác bị thương`: never the hurt without the dead
        if ANOTHER_EVENT.search(OTHERS.sub("", sentence)) or _EARLIER.search(sentence) or "sơ tán" in sentence:
            return line
        if _TALLY_OR_PART.search(sentence, 0, toll.start()) and not _EVENT_CAUSED.search(sentence, 0, toll.start()):
            return line
        clause = OTHERS.sub("", re.sub(_AMONG, ",", toll.group(0)).replace(", và ", " và "))
        clause = clause.replace(" đã ", " ")  # `179 người | đã | thiệt mạng`, as lines drop it
        whole = f"{line.rstrip(' .')}; {clause[:1].lower()}{clause[1:]}"
        return whole if words(whole) <= MAX_WHAT_WORDS + OVERFLOW_WORDS else line  # as a last clause may run over
    return line
