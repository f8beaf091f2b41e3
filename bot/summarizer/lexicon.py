"""Word lists the summarizer reads from `data/*.txt`, loaded once and indexed for fast lookup, and the few
short phrase lists several rules share as regex alternations.

Lists are data, not code, so extending them (a new title, a new city) needs no code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

# Phrases several rules look for, as regex alternations, so each list is written once.
# A record (ranking, the `what`). Only adjectives: `duy nhất` (only) and `thống nhất` (unify) are no record.
# `song` is "but" only on its own: `song phương` (bilateral), `song song` (parallel) are words.
BUT_SONG = r"song(?! (?:phương|song|hành|ngữ|sinh|đôi)\b)"
SUPERLATIVES = (
    "kỷ lục|cao nhất|thấp nhất|lớn nhất|nhiều nhất|mạnh nhất|nhanh nhất|chậm nhất|lâu nhất|dài nhất|"
    "tồi tệ nhất|nghiêm trọng nhất|nặng nề nhất|sớm nhất|muộn nhất|đông nhất|tốt nhất|nóng nhất|lạnh nhất|"
    "mỏng nhất|nhẹ nhất|nhỏ nhất|trẻ nhất|đắt nhất|rẻ nhất|xa nhất"
)
# A government named after who heads it (`Chính phủ | Tổng thống Lee Jae-myung`): the title after it is the person's,
# not part of an office's name as in `Văn phòng Tổng thống`.
GOVERNMENTS = frozenset({("Chính", "phủ"), ("chính", "phủ"), ("Chính", "quyền"), ("chính", "quyền")})
PUBLISHING_VERBS = "công bố|đưa ra|công khai|phát hành"  # a source making a report public
REPORTING_VERBS = "cho biết|cho hay|thông báo|tuyên bố"  # a source saying what it reports
NEWS_AGENCIES = "hãng tin|hãng thông tấn|thông tấn xã"  # the press by the kind of body it is (`Thông tấn xã Việt Nam`)
# A figure or a date never starts on a digit right after a letter's full stop, which goes on a name (`KP.3`); it may
# start on a word there, since KBS archives glue sentences (`tuần trước.Ngày 5/3`).
NOT_A_NAMES_DIGIT = r"(?!(?<=\w\.)\d)"
# Capital letters for a regex class: ASCII, `Đ` and the accented ones (`Ủy ban`, `Ấn Độ`, `Úc`), which `[A-Z]` misses.
CAPITALS = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# The comparison a reader assumes (`what`, bullets): the year before, or the session, week or quarter before
# for market, weekly and quarterly figures; not the month before (a month's prices are read year on year).
USUAL_BASELINE = (
    "so với (?:cùng kỳ(?: năm (?:ngoái|trước))?|năm (?:ngoái|trước)|(?:một|1) năm trước"
    "|(?:phiên|tuần|tháng|quý) (?:trước|liền trước))(?: đó)?"  # `so với tuần trước đó`: `đó` is part of it
)
SHARE_WORDS = "khoảng|gần|hơn|chiếm|bằng|tương đương|tăng|giảm"  # before a fraction (`giảm 1/3`), not a date
SHARE_OF = "số|tổng số|lượng|dân số|diện tích|trong số"  # after a fraction (`1/3 số người …`), not a date
TRIP_KINDS = "thăm|công du|công tác|lưu diễn"  # `chuyến …`: a visit or a tour (`what`, ranking)
TOLLS = "thiệt mạng|tử vong|thương vong|bị thương|mất tích|chết"  # what an event cost in lives (figures, `what`)
# A figure whose text ends on its toll (`Hai công nhân đã thiệt mạng`): it says what befell those it counts.
TOLL_END = re.compile(rf"(?:{TOLLS})$")
TOLL_WORD = re.compile(rf"\b(?:{TOLLS})\b")  # a toll anywhere in a line or sentence (`what`, `toll_after`, `evacuees`)
# What befalls a thing in an accident (`what`): a toll after it is its own, whatever caused it (`… xảy ra … do sương
# mù, khiến 2 người thiệt mạng`), unlike a toll after an act (`bắt giữ … vì nghi ngờ phóng hỏa …, khiến …`).
MISHAPS = re.compile(
    r"\b(?:xảy ra|bùng phát|phát nổ|bốc cháy|bị lật|lật|gặp nạn|va chạm|đâm vào|lao xuống|sập|bị chìm|chìm|trật bánh"
    r"|rơi|mất lái)\b"
)


def _read(name: str) -> list[str]:
    text = resources.files("bot.summarizer").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _by_first_word(phrases: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Index phrases by first word, longest first, so a scan tries `Chủ tịch Quốc hội` before `Chủ tịch`."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        index.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def _with_sentence_case(phrases: list[str]) -> list[str]:
    """Each phrase, and its capitalised form: a title that opens a sentence (`Tiền đạo Son …`) is
    written with a capital."""
    return list(dict.fromkeys(phrases + [p[:1].upper() + p[1:] for p in phrases]))


_RANK_PREFIXES = frozenset({"Tổng", "Phó", "Trưởng", "Thứ", "Chánh"})


def _with_title_case(phrases: list[str]) -> list[str]:
    """Each title in sentence case, and with its second word or every word capitalised too, as some
    writers do for the office a prefix ranks (`Tổng Giám đốc`, `Phó Tổng Thống`). Only after a prefix:
    `Quốc Vương` would read the end of `Trung Quốc` as a king."""
    cased = _with_sentence_case(phrases)
    split = [p.split() for p in cased if p.split(" ", 1)[0] in _RANK_PREFIXES and " " in p]
    second = [" ".join([w[0], w[1][:1].upper() + w[1][1:], *w[2:]]) for w in split]
    every = [" ".join(part[:1].upper() + part[1:] for part in w) for w in split]
    return list(dict.fromkeys(cased + second + every))


@dataclass(frozen=True, slots=True)
class Lexicon:
    titles: dict[str, tuple[tuple[str, ...], ...]]
    # The last word of every title of two words or more (`tướng`, `tịch`): where no such word stands, no such title
    # ends, and the search back for one is passed at once.
    title_ends: frozenset[str]
    org_heads: dict[str, tuple[tuple[str, ...], ...]]
    # Every word an organisation's head may open with, as written or in lower case (`Bộ`, `bộ`, `đảng`), so the scan
    # of each word can pass the rest by at once.
    org_head_starts: frozenset[str]
    bounded_heads: frozenset[str]
    org_nouns: dict[str, tuple[tuple[str, ...], ...]]
    places: dict[str, tuple[tuple[str, ...], ...]]
    span_stops: dict[str, tuple[tuple[str, ...], ...]]
    stop_compounds: frozenset[str]
    korean_surnames: frozenset[str]
    vietnamese_surnames: frozenset[str]
    non_org_acronyms: frozenset[str]
    unit_stops: frozenset[str]
    phrases_after_count: frozenset[str]
    currencies: frozenset[str]
    counted_nouns: frozenset[str]
    dangling_words: frozenset[str]
    subjectless_openers: frozenset[str]
    company_words: frozenset[str]
    generic_orgs: frozenset[str]
    known_brands: frozenset[str]


@cache
def lexicon() -> Lexicon:
    org_heads = _by_first_word(_read("org_heads.txt") + _read("org_heads_bounded.txt"))
    titles = _by_first_word(_with_title_case(_read("titles.txt")))
    return Lexicon(
        titles=titles,
        title_ends=frozenset(phrase[-1] for phrases in titles.values() for phrase in phrases if len(phrase) > 1),
        org_heads=org_heads,
        org_head_starts=frozenset([*org_heads, *(first[:1].lower() + first[1:] for first in org_heads), "đảng"]),
        bounded_heads=frozenset(_read("org_heads_bounded.txt")),
        org_nouns=_by_first_word(_with_sentence_case(_read("org_nouns.txt"))),
        places=_by_first_word(_read("places.txt")),
        span_stops=_by_first_word(_read("span_stops.txt")),
        stop_compounds=frozenset(_read("stop_compounds.txt")),
        korean_surnames=frozenset(_read("korean_surnames.txt")),
        vietnamese_surnames=frozenset(_read("vietnamese_surnames.txt")),
        non_org_acronyms=frozenset(_read("non_org_acronyms.txt")),
        unit_stops=frozenset(_read("unit_stops.txt")),
        phrases_after_count=frozenset(_read("phrases_after_count.txt")),
        currencies=frozenset(_read("currencies.txt")),
        counted_nouns=frozenset(_read("counted_nouns.txt")),
        dangling_words=frozenset(_read("dangling_words.txt")),
        subjectless_openers=frozenset(_read("subjectless_openers.txt")),
        company_words=frozenset(_read("company_words.txt")),
        known_brands=frozenset(_read("known_brands.txt")),
        generic_orgs=frozenset(_read("generic_orgs.txt")),
    )


_COMPETITOR = ["đối", "thủ", "cạnh", "tranh"]


def names_a_competitor(words: list[str], i: int) -> bool:
    """`đối thủ cạnh tranh` at words[i]: a competitor, said of a company or a product (`One Store, đối thủ cạnh tranh
    của Google Play`), where `đối thủ` alone is a title (`đối thủ Trung Quốc Wang Zhiyi`)."""
    return [w.casefold() for w in words[i : i + len(_COMPETITOR)]] == _COMPETITOR


def match_at(index: dict[str, tuple[tuple[str, ...], ...]], words: list[str], i: int) -> int:
    """Length (in words) of the longest phrase of `index` starting at words[i], or 0 (also past the last word)."""
    if i >= len(words):
        return 0
    for phrase in index.get(words[i], ()):
        if tuple(words[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def ends_on_name(words: list[str]) -> bool:
    """The words end on a name: a capitalised word, or a number right after one (`Ioniq 5,`, `Boeing 737`)."""
    last = words[-1] if words else ""
    return last[:1].isupper() or (last[:1].isdigit() and len(words) > 1 and words[-2][:1].isupper())


def names_until_and(words: list[str], limit: int) -> bool:
    """`T'way Air, Jin Air và Jeju Air`: within `limit` words, one or more capitalised words (or numbers),
    then `và` and one more: the rest of a list of names after its first comma. Shared by the `what`'s cut
    points and the figure contexts, which must not cut such a list after its first name. A name's lower-case
    half between two capitalised words counts as the name's (`Thành phố Hồ Chí Minh và Đà Nẵng`)."""
    for index, word in enumerate(words[:limit]):
        if word.strip(",") == "và":
            following = words[index + 1][:1] if index + 1 < len(words) else ""
            return index > 0 and (following.isupper() or following.isdigit())
        inside_name = 0 < index < len(words) - 1 and words[index - 1][:1].isupper() and words[index + 1][:1].isupper()
        if not (word[:1].isupper() or word[:1].isdigit() or (inside_name and not word.endswith(","))):
            return False
    return False


# Words a span or a line never ends between: half a conjunction or a preposition (`sau | khi`, `đối | với`, `ngay
# | từ khi`, `dành | cho`, `thay | vì`) or of a fixed phrase (`vừa | và nhỏ`). Shared by the figure contexts and the
# `what`'s cuts.
CONJUNCTION_PAIRS = frozenset(
    {("sau", "khi"), ("trước", "khi"), ("trong", "khi"), ("đối", "với"), ("ngay", "từ"), ("ngay", "sau"),
     ("ngay", "khi"), ("vừa", "và"), ("dành", "cho"), ("thay", "vì")}
)  # fmt: skip
_OFFICE_FIELD_WORDS = 6  # `Bộ Bình đẳng giới và …`: how far back an office's head may open its name
_SHORT_NAME = re.compile(r"\([A-Z][A-Z0-9+-]{1,9}\)[,.;:]?")  # `(G20)`, `(OECD).`: a name's short name closing it


def and_inside_office(words: list[str], k: int) -> bool:
    """words[k] is a `và` inside an office's name (`Tổ chức Hợp tác | và | Phát triển Kinh tế`): a capitalised
    word follows it, and an organisation's head opens the name a few words before it, with no punctuation
    between; or inside a name its short name closes a few words after it, with no punctuation between (`Nhóm các
    nền kinh tế phát triển | và | mới nổi hàng đầu thế giới (G20)`). Shared by the figure contexts and the `what`'s
    cuts, which must not end a name there."""
    if words[k].strip(",") != "và" or k + 1 >= len(words):
        return False
    for after in words[k + 1 : k + 2 + _OFFICE_FIELD_WORDS]:
        if _SHORT_NAME.fullmatch(after):
            return True
        if not after[-1:].isalnum():
            break
    if not words[k + 1][:1].isupper():
        return False
    for j in range(k - 1, max(-1, k - _OFFICE_FIELD_WORDS - 1), -1):
        if not words[j][-1:].isalnum():
            return False
        if words[j][:1].isupper() and match_at(lexicon().org_heads, words, j) > 0:
            return True
    return False


_LEADERS = frozenset({("Tổng", "thống"), ("Thủ", "tướng")})  # whose services are named after them


def leaders_service_at(words: list[str], j: int) -> bool:
    """`Tổng thống` or `Thủ tướng` at j ends the name of a body serving the leader, whose head and name (from a
    capitalised word) come right before it (`Cơ quan An ninh | Tổng thống`, the Presidential Security Service): no
    title of a person, whose own title is further left (`Trưởng Cơ quan An ninh Tổng thống Park …`). Shared by the
    people's titles and the organisations' names."""
    if tuple(words[j : j + 2]) not in _LEADERS:
        return False
    for named in range(1, 5):
        k = j - named  # words[k:j] name the body after its head
        if k < 1 or not words[k].isalpha():
            return False
        headed = any(k - n >= 0 and match_at(lexicon().org_heads, words, k - n) == n for n in (1, 2))
        if headed and words[k][:1].isupper():
            return True
    return False


# Words after a place that go on with the phrase it is in rather than open a clause (`từ khu vực Sunan,
# Bình Nhưỡng | ra …`): a comma before such a place joins it to the smaller one it holds.
# Words that make a number approximate before a distance (`cách … khoảng 24 km`), shared by the cut points and the
# figure contexts, which must both read a distance from two places whole.
APPROXIMATELY = frozenset({"khoảng", "hơn", "gần", "chừng"})
# A number in Roman numerals (`quý III`, `thế kỷ XXI`): written in capitals, never a name.
ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
PLACE_GOES_ON = frozenset({"ra", "vào", "đến", "tới", "sang", "về", "ngày", "hôm", "lúc", "từ", "trong", "với"}) | {
    "sáng",  # … or its part of the day (`Tokyo Dome, | Nhật Bản | tối ngày 16/11`)
    "chiều",
    "tối",
    "đêm",
    "trưa",
    "rạng",
}

# An office's name: its head, then a capitalised word (`Bộ Văn hóa`, `Ủy ban Tài chính`), not `Trung Quốc`.
_OFFICE_NAME = re.compile(
    r"\b(?:(?:[Bb]ộ|[Tt]hứ) trưởng (?:Bộ )?"
    r"|(?:Bộ|Cục|Tổng cục|Ủy ban|Viện|Sở|Hiệp hội|Trung tâm|Văn phòng|Quỹ|Tổ chức) )"
    rf"[{CAPITALS}]"
)


# A school or an institute by its name, capitalised on its first word (`Đại học Ngoại ngữ`, `Trường Đại học Khoa học Xã
# hội và Nhân văn`), which a comma may join to the university it belongs to; no verb inside.
_SCHOOL = re.compile(
    rf"\b(?:Đại học|Trường|Khoa|Viện|Học viện) [{CAPITALS}][\w-]*(?: (?!(?:đã|sẽ|đang|vừa|được|bị|cho|là)\b)[\w-]+)"
    r"{0,5}$"
)


def comma_joins_name(before: list[str], ahead: list[str]) -> bool:
    """A comma between `before` and `ahead` (the words either side) sits inside one office's name: `Bộ Công
    nghiệp, thương mại và tài nguyên`, `Bộ Đất đai, hạ tầng và giao thông`, `Bộ Văn hóa, Thể thao và Du
    lịch`, `Tổ chức Giáo dục, Khoa học và Văn hóa …`. What follows is a few words, then `và`, and no other comma,
    and no office's head of its own; what precedes is a capitalised word or the name of an office. Or it joins a
    school to its university (`trường Đại học Ngoại ngữ, Đại học Quốc gia Hà Nội`), one body's name."""
    if ahead[:2] == ["Đại", "học"] and ahead[2:3] and ahead[2][:1].isupper() and _SCHOOL.search(" ".join(before[-8:])):
        return True
    ahead = ahead[:4]
    if not before or not ahead or "và" not in ahead[1:] or any("," in w for w in ahead):
        return False  # `…, và có cuộc hội đàm …`: a field follows the comma, `và` only the next one
    if match_at(lexicon().org_heads, ahead, 0):
        return False  # `Bộ Tài chính, | Bộ Ngoại giao và …`: a second office, listed
    office = _OFFICE_NAME.search(" ".join(before[-4:])) is not None
    if ahead[0][:1].islower():
        return before[-1][:1].isupper() or office
    return office and ahead[0][:1].isupper()
