"""The counted noun after a number (`khách nước ngoài`, `bộ xử lý đồ họa (GPU)`, `won/cổ phiếu`, `7 năm tù giam`):
what a figure counts or is measured in. Kept apart from `numbers.py`, which finds the figures and asks `unit_words`
for each one's unit.
"""

from __future__ import annotations

import re

from bot.summarizer.found import TIME_UNITS
from bot.summarizer.lexicon import lexicon

_PER_NUMBER = re.compile(r"/\d+$")  # `won/100`: a price per an amount …
# … written with thousands (`kg/1.000 m2`), whose unit follows (`gram`)
_PER_AMOUNT_UNIT = re.compile(r"((?:\.\d{3})*) (gram|g|kg|ml|lít|m2|m²|km|ha)(?!\w)")
_WORD = re.compile(r"[^\s,.;:!?()\"“”…]+")  # (an ellipsis ends a word: `đã…` is `đã`, cut off)
_RATE_UNIT = re.compile(r"[A-Za-zµ]{1,4}/[A-Za-z]{1,4}")
# Adjectives a superlative's `nhất` follows: the counted noun ends before them (`100 doanh nghiệp | lớn nhất`).
_SUPERLATIVE_ADJECTIVES = frozenset(
    {"tốt", "lớn", "cao", "thấp", "nhiều", "ít", "mạnh", "nhanh", "đông", "dài", "rộng", "đẹp", "giàu", "nặng", "nhỏ"}
)
_TIMES_BEFORE = re.compile(r"\bgấp (?:khoảng |hơn |gần |tới )?[\d.,]+$")
# Words after which a capital letter grades the counted noun (`loại A`, `hạng B`), rather than opening a name.
_GRADE_WORDS = frozenset({"loại", "hạng", "cấp", "nhóm"})
# Words after a counted noun that name its nationality or model when a name follows (`lớp KSS-III`).
_OF_A_KIND = frozenset({"người", "lớp", "mẫu", "kiểu", "dòng"})
# `3 tỉnh | miền Trung`, `48 quốc gia | châu Phi`, `3.000 người dân | quận Mapo`: where
_REGION_WORDS = frozenset({"miền", "phía", "vùng", "châu", "quận", "huyện", "tỉnh", "xã", "phường"})
_PRISON = re.compile(r"(?: \d{1,2} tháng)? tù(?: (?:giam|treo))?(?!\w)")  # `7 năm | tù giam`, `2 năm | 6 tháng tù`
HALF = " rưỡi"  # `4 năm rưỡi`: four and a half years
# Units written as symbols: the unit is that word alone (`200 m tự do` is 200 m, in the freestyle).
_SYMBOL_UNITS = frozenset(
    {"m", "km", "cm", "mm", "kg", "g", "ha", "m2", "m²", "km2", "km²", "m3", "m³", "ml", "l"}
    | {"kw", "kwh", "mw", "mwh", "gw", "gwh", "tw", "twh", "kn", "teu", "cgt", "dwt"}  # case-folded: `97,1 GW`, `kN`
)
_MAX_UNIT_WORDS = 8
# … or two more when that reaches its natural end (`230 trung tâm hỗ trợ gia đình đa văn hóa`), not half a word.
_UNIT_OVERRUN = 2
_RELATIVE_TIME = frozenset({"ngoái", "nay", "qua", "trước", "sau", "tới", "này", "đó"})  # after `năm`, `tháng` …
_PROVINCES_AND_CITIES = re.compile(r", thành(?: phố)?(?!\w)")
_DOLLAR_OF = re.compile(r" (?:Mỹ|Australia|Úc|Canada|Singapore|Hồng Kông|Đài Loan|New Zealand)(?!\w)")
# What a price is per, when written in two syllables after `/` (`won/cổ phiếu`, `won/mét vuông`).
_SECOND_SYLLABLES = {"cổ": "phiếu", "mét": "vuông"}
# `đồng` opens words that are no money (`đồng nghiệp`, colleagues; `đồng minh`, allies).
_NOT_MONEY = re.compile(r" (?:nghiệp|hương|minh|bào|đội|chí|hồ|phạm|tác giả|chủ tịch|sở hữu|ruộng|bằng)(?!\w)")
_AS_OF = re.compile(r" (?:đến|tới|từ)\b")  # after `tính`: "as of", "counting from"


def unit_words(text: str, start: int) -> tuple[str, int]:
    """The counted noun after a number (`khách nước ngoài`, `bộ xử lý đồ họa (GPU)`), ending before a
    stop word, a capitalised word, a digit or punctuation; at most eight syllables (`quả tên lửa đạn đạo tầm
    ngắn (SRBM)`), or ten when the noun ends there (`trung tâm hỗ trợ gia đình đa văn hóa`)."""
    stops = lexicon().unit_stops
    currencies = lexicon().currencies
    words: list[str] = []
    end = start
    position = start
    at_most = start  # where the noun ends at _MAX_UNIT_WORDS syllables
    while len(words) <= _MAX_UNIT_WORDS + _UNIT_OVERRUN:  # one more word read says whether it ended there
        if len(words) == _MAX_UNIT_WORDS:
            at_most = end
        match = _WORD.match(text, position + 1) if position < len(text) and text[position] == " " else None
        if match is None:
            break
        word = match.group(0)
        if (
            word.split("/")[0] in currencies
            and not words
            and not (word == "đồng" and _NOT_MONEY.match(text, match.end()))
        ):
            # `65,35 USD/thùng` is a price per barrel; `4 đồng nghiệp` are colleagues, no money
            words.append(word)
            end = match.end()
            if word == "đô" and text.startswith(" la", end) and not text[end + 3 : end + 4].isalpha():
                words.append("la")  # `60 tỷ đô la Canada`: the dollar is written in two
                end += 3
                whose = _DOLLAR_OF.match(text, end)
                if whose is not None:  # … and whose dollar it is
                    words.append(whose.group(0).strip())
                    end = whose.end()
            end = _per_amount(text, words, end)  # `2.350 won/100 gram`: a price per an amount, with its own unit
            second = _SECOND_SYLLABLES.get(word.partition("/")[2])
            after = _WORD.match(text, end + 1) if second and text.startswith(" ", end) else None
            if after is not None and after.group(0) == second:  # `420.000 won/cổ phiếu`: a price per share
                words.append(second)
                end = after.end()
            break
        if not words and (word in TIME_UNITS or word == "tuổi" or word.split("/")[0].casefold() in _SYMBOL_UNITS):
            # `11 năm`, `200 m`, `73 tuổi`: what follows is the sentence, not the unit; `4 năm rưỡi` is a half
            # more
            words.append(word)
            end = match.end()
            if (per_end := _per_amount(text, words, end)) > end:
                end = per_end  # `531 kg/1.000 m2`: a yield per an area
            elif text.startswith(HALF, end) and not text[end + len(HALF) : end + len(HALF) + 1].isalpha():
                words.append(HALF.strip())
                end += len(HALF)
            elif sentence := _PRISON.match(text, end):  # `7 năm tù giam`: a sentence, not a length of time
                words.extend(sentence.group(0).split())
                end = sentence.end()
            break
        if not words and word == "lần" and _TIMES_BEFORE.search(text, max(0, start - 30), start):
            words.append(word)  # `gấp 3 lần | diện tích thủ đô Seoul`: a multiple, then what it is a multiple of
            end = match.end()
            break
        if not words and _RATE_UNIT.fullmatch(word):  # `400 Wh/kg`, `50 mg/L`: a unit of measure per another
            words.append(word)
            end = match.end()
            break
        if words == ["độ"] and word in ("C", "F"):  # `10 độ C`
            words.append(word)
            end = match.end()
            break
        if word == "đầu" and text.startswith(" tiên", match.end()):
            break  # `cấp độ 4 | đầu tiên`: what is first is the noun before the number, no unit of it
        if word.lower() in stops and not _compound_at(text, match, words):
            if word == "nhất" and len(words) > 1 and words[-1] in _SUPERLATIVE_ADJECTIVES:  # `50 thành phố | tốt nhất`
                words.pop()
                end = text.rfind(" ", start, end)
            break
        if words == ["tấn"] and word == "chở":
            break  # `tàu cá trọng tải 29 tấn | chở 10 thuyền viên`: a tonnage, then what the ship carried
        if word == "tính" and _AS_OF.match(text, match.end()):
            break  # `166 ca | tính đến ngày 20/10`: the count as of a date (`5 máy tính` is a count of computers)
        if words and word == "đảng" and words[-1] not in ("lưỡng", "đa"):
            break  # `11 nghị sĩ | đảng Sức mạnh quốc dân`: whose they are, not what is counted (`3 đảng` is, and so is
            # `8 nghị sĩ lưỡng đảng`: bipartisan)
        if (
            words
            and word in _OF_A_KIND
            and (
                text[match.end() + 1 : match.end() + 2].isupper()
                or (word != "người" and text[match.end() + 1 : match.end() + 2].isdigit())
            )
        ):
            # `5 thuyền viên | người Việt Nam`, `8 tàu ngầm | lớp KSS-III`, `2 tàu ngầm | lớp 3.000 tấn`: of whom, of
            # which model
            break
        if not words and word in lexicon().non_org_acronyms and word.isupper():
            words.append(word)  # `21 CEO`, `3 GPU`: a counted thing written as an acronym
            end = match.end()
            break
        if words and word in _REGION_WORDS and text[match.end() + 1 : match.end() + 2].isupper():
            break
        if words and words[-1] in _GRADE_WORDS and re.fullmatch(r"[A-E]", word):
            words.append(word)  # `14 tội phạm chiến tranh loại A`: the class is the noun's last word
            end = match.end()
            break
        if not word[0].islower() or word[0].isdigit():
            break
        following = _WORD.match(text, match.end() + 1) if text.startswith(" ", match.end()) else None
        if words and word in TIME_UNITS and following and following.group(0) in _RELATIVE_TIME:
            break  # `75 điểm | năm ngoái`: when it was counted, not what
        if words and following and following.group(0) == "hơn":
            break  # `12 địa phương | cao hơn 35 độ C`: a comparison is the clause's predicate, not the noun
        if words and following and f"{word} {following.group(0)}" in lexicon().phrases_after_count:
            break  # `12 tàu ngầm | trị giá 60 tỷ USD`, `500 người biểu tình | phản đối …`: a phrase of its own follows
        words.append(word)
        end = position = match.end()
    else:  # still running on past the overrun: the noun ends at the limit, as it always did
        end = at_most
    both = _PROVINCES_AND_CITIES.match(text, end) if words == ["tỉnh"] else None
    if both is not None:  # `8 tỉnh, thành phố`: provinces and cities, one count
        end = both.end()
    acronym = re.match(r" \([A-Z][A-Z0-9-]{1,9}\)", text[end : end + 14])
    if words and acronym:
        end += acronym.end()
    return text[start:end].strip(), end


def _per_amount(text: str, words: list[str], end: int) -> int:
    """After a unit written per a number (`won/100`, `kg/1.000`), that number's thousands join the last word and its own
    unit follows it (`2.350 won/100 gram`, `531 kg/1.000 m2`); where the unit now ends (`end`, if it is per nothing)."""
    per = _PER_AMOUNT_UNIT.match(text, end) if _PER_NUMBER.search(words[-1]) else None
    if per is None:
        return end
    words[-1] += per.group(1)
    words.append(per.group(2))
    return per.end()


def _compound_at(text: str, match: re.Match[str], before: list[str]) -> bool:
    """The stop word `match` is half of a word written in two: it opens one (`34 thành phố`, `7 thành viên`)
    or closes the unit word `before` it (`người trưởng thành`)."""
    compounds = lexicon().stop_compounds
    if before and f"{before[-1]} {match.group(0)}".casefold() in compounds:
        return True
    after = _WORD.match(text, match.end() + 1) if text.startswith(" ", match.end()) else None
    return after is not None and f"{match.group(0)} {after.group(0)}".casefold() in compounds
