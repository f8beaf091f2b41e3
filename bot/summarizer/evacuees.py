"""The evacuees a disaster's toll line leaves out, taken from the sentences after the lead.

KBS writes a disaster lead as its toll (`Mưa lớn … khiến 17 người thiệt mạng và 10 người mất tích`) and counts who had
to leave their homes a sentence or two later (`Mưa lũ cũng khiến hơn 2.200 người dân thuộc hơn 1.200 hộ gia đình phải đi
sơ tán`). An editor's one line says all three, so a line that states a toll, or a disaster that cost no lives (`một vụ
cháy rừng phát sinh …`), takes that count as its last clause (`…; hơn 2.200 người dân phải đi sơ tán`) when it fits. The
clause keeps the story's words in its order: the count (of people, patients, pupils, passengers, tourists or workers,
and a second count joined to it by `và`), where they lived when that is short and the line has room (`ở xã
Heunghae`), and the verb; the households they belong to (`thuộc … hộ gia đình`), a list of places and the past marker
`đã` go. A sentence that says they went home or that an order was lifted or given, or that denies they left, is no count
of evacuees; only the first sentence that speaks of evacuation is read, and not when it turns to another event (`Trong
khi đó, … một vụ cháy rừng khác …`). A line that states no toll takes the toll the count ends with it (`…; 2 người thiệt
mạng, 1 người mất tích và khoảng 3.400 người phải đi sơ tán`), or the toll alone when both do not fit: the dead and the
missing outrank the evacuees. Work is bounded: each sentence read is cut at MAX_LEAD_CHARS, and a toll is looked for
at most _TOLL_WINDOW characters before its count.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import MAX_LEAD_CHARS, words
from bot.summarizer.fitting import MAX_WHAT_WORDS
from bot.summarizer.lexicon import NOT_A_NAMES_DIGIT, TOLL_WORD, TOLLS

# a line about a disaster: its toll, or the disaster itself when it cost no lives (`một vụ cháy rừng phát sinh …`)
DISASTER = re.compile(
    rf"\b(?:{TOLLS}|cháy rừng|vụ cháy|đám cháy|hỏa hoạn|động đất|bão|lũ|mưa lớn|ngập lụt|sạt lở|núi lửa|sóng thần"
    r"|tuyết rơi|nắng nóng)\b",
    re.IGNORECASE,
)
_SENTENCES_READ = 3  # how far after the lead a count of evacuees is looked for
_COUNT = re.compile(
    rf"(?<![\w,]){NOT_A_NAMES_DIGIT}(?:(?:[Hh]ơn|[Kk]hoảng|[Gg]ần|[Tt]rên|[Íí]t nhất) )?"
    r"(?:\d{1,3}(?:\.\d{3})+|\d+|[Hh]àng (?:chục|trăm|nghìn|ngàn|vạn))"
    r" (?:người dân|người|cư dân|bệnh nhân|học sinh|hành khách|du khách|công nhân)\b"
)
# … with a second count joined to it (`Khoảng 30 bệnh nhân | và 15 nhân viên y tế | đã được sơ tán`), sharing its verb
_JOINED = re.compile(
    r" và (?:(?:hơn|khoảng|gần) )?\d[\d.]* [^\W\d]+(?: [^\W\d]+){0,3}?"
    r"(?= (?:đã |đều )?(?:phải |được )?(?:đi )?sơ tán\b)"
)
_HOUSEHOLDS = re.compile(r" thuộc (?:(?:hơn|khoảng|gần) )?[\d.]+ (?:hộ gia đình|hộ|gia đình|ngôi làng|làng)")
# where they lived (`ở xã Heunghae`, `trong khu vực`), up to the verb (`_evacuees_in` refuses one with a second count)
_WHERE = re.compile(r"(?: (?:ở|tại|trong) [^.;]{1,120}?)?(?= (?:đã |đều )?(?:phải |được )?(?:đi )?sơ tán\b)")
_VERB = re.compile(r" (?:đã |đều )?(?P<verb>(?:phải |được )?(?:đi )?sơ tán)\b")
_KEPT_WHERE_WORDS = 8  # a place kept before the verb says at most this much
# a sentence that denies they left or says they went back counts no evacuees
_NOT_FLED = re.compile(
    r"\b(?:không|chưa|chẳng|trở về|quay về|quay lại|về nhà|được phép|dỡ bỏ|hủy bỏ|lệnh)\b", re.IGNORECASE
)

# one count of a toll (`2 người thiệt mạng`, `4 công nhân đã tử vong`, `3 người khác đang mất tích`), which a count of
# evacuees may end (`khiến | 2 người thiệt mạng, 1 người mất tích và | khoảng 3.400 người …`; `toll_after.py` reads
# such counts alone)
TOLL_ITEM = (
    r"(?:(?:[Hh]ơn|[Kk]hoảng|[Gg]ần|[Íí]t nhất) )?(?:\d{1,3}(?:\.\d{3})+|\d+|[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm) "
    r"(?:người(?: dân)?|công nhân|lao động|nhân viên|hành khách|thuyền viên|binh sĩ|học sinh|trẻ em|du khách) "
    rf"(?:khác |còn lại )?(?:đã |đang |vẫn )?(?:{TOLLS})(?: (?:và|hoặc) (?:bị )?(?:{TOLLS}))?(?: nặng| nhẹ)?"
)
# `3 người | khác | đang mất tích`, `4 người | còn lại | …`: others than those a line does not name; the count stands
OTHERS = re.compile(rf"(?<=\w) (?:khác|còn lại)(?= (?:đã |đang |vẫn )?(?:{TOLLS}))")
_TOLL_BEFORE = re.compile(rf"(?<= )(?:{TOLL_ITEM}, )*{TOLL_ITEM} và $")
_TOLL_WINDOW = 200  # how far before the count its toll is looked for

# a sentence turning to another event (`Trong khi đó, tại Ulsan, một vụ cháy rừng khác …`) counts its own evacuees
ANOTHER_EVENT = re.compile(r"^\s*(?:Trong khi đó|Ngoài ra|Bên cạnh đó)\b|\bkhác\b")


def _evacuees_in(sentence: str, *, with_toll: bool) -> list[str]:
    """`hơn 2.200 người dân phải đi sơ tán` from a sentence counting who had to leave, with where they lived when that
    is short and then without it; else none. With `with_toll`, the toll the count ends comes first (`2 người thiệt
    mạng, 1 người mất tích và khoảng 3.400 người phải đi sơ tán`)."""
    sentence = sentence[:MAX_LEAD_CHARS]
    if _NOT_FLED.search(sentence):
        return []
    for count in _COUNT.finditer(sentence):
        end = count.end()
        if households := _HOUSEHOLDS.match(sentence, end):
            end = households.end()
        if joined := _JOINED.match(sentence, end):
            end = joined.end()
        where = _WHERE.match(sentence, end)
        if where is None:
            continue
        verb = _VERB.match(sentence, where.end())
        if verb is None:
            continue
        place = where.group(0)
        if re.search(r"\d+ (?:người|cư dân)", place):  # a second count before the verb is its own
            continue
        kept = place if "," not in place and words(place) <= _KEPT_WHERE_WORDS else ""
        window = max(0, count.start() - _TOLL_WINDOW)
        found = _TOLL_BEFORE.search(sentence, window, count.start()) if with_toll else None
        toll = OTHERS.sub("", found.group(0)) if found is not None else ""
        counted = count.group(0) + (joined.group(0) if joined else "")  # (the households between go)
        evacuees = [f"{counted}{where} {verb.group('verb')}" for where in (kept, "")]
        # the toll and the evacuees, else the toll alone (it outranks them), else the evacuees
        clauses = dict.fromkeys(
            [f"{toll}{clause}" for clause in evacuees] + [toll.removesuffix(" và ")] + evacuees if toll else evacuees
        )
        return [clause[:1].lower() + clause[1:] for clause in clauses]
    return []


def with_evacuees_after(line: str, following: list[str]) -> str:
    """The line and, when it states a disaster or its toll and one of the next sentences (`following`; the first
    _SENTENCES_READ are read) counts evacuees, that count as its last clause (`…; hơn 2.200 người dân phải đi sơ
    tán`), when it fits."""
    if DISASTER.search(line) is None or "sơ tán" in line:
        return line
    # only the first sentence that speaks of evacuation: a later one may count those fleeing another fire
    said = next((sentence for sentence in following[:_SENTENCES_READ] if "sơ tán" in sentence[:MAX_LEAD_CHARS]), "")
    with_toll = TOLL_WORD.search(line) is None  # a line that states no toll takes the one the count ends, when it fits
    clauses = _evacuees_in(said, with_toll=with_toll) if ANOTHER_EVENT.search(said) is None else []
    joined = (f"{line.rstrip(' .')}; {clause}" for clause in clauses)
    return next((whole for whole in joined if words(whole) <= MAX_WHAT_WORDS), line)
