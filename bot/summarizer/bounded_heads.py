"""What may follow an organisation head that takes only a place or a proper name after it (`Chính phủ`, `Lực lượng`,
`Tòa án`; `lexicon.bounded_heads`) and still be its name: which force or which team it is, written in lower case
(`Lực lượng | cảnh sát biển | Hàn Quốc`), or the administrative level before the place it serves (`Tòa án | quận trung
tâm | Seoul`). `organisations.OrgRules._extend_org` asks these of each lower-case word after such a head.
"""

from __future__ import annotations

from bot.summarizer.lexicon import match_at
from bot.summarizer.spans import TokenText

# Whom a sports delegation is made of, written in lower case before its country (`Đoàn thể thao | người khuyết tật |
# Hàn Quốc`).
_TEAM_KINDS = (("người", "khuyết", "tật"), ("nữ",), ("nam",), ("trẻ",))
# Words naming an administrative level between an office and its place (`Tòa án quận trung tâm Seoul`).
_LEVEL_WORDS = frozenset(
    {"quận", "huyện", "tỉnh", "thành", "phố", "khu", "vực", "cấp", "cao", "trung", "tâm", "thủ", "đô"}
)


def force_kind(text: TokenText, start: int, head_end: int, j: int) -> int:
    """After `Lực lượng`, an organisation's head written in lower case (`cảnh sát biển`, `hải quân`), and after
    `Đoàn thể thao`, who the team is of (`người khuyết tật`, `nữ`), that a place's name then follows: how many
    words it has, or 0."""
    if text.words[start:head_end] == ["Đoàn", "thể", "thao"] and j == head_end:
        kind = next((len(k) for k in _TEAM_KINDS if tuple(text.words[j : j + len(k)]) == k), 0)
        return kind if kind and j + kind < len(text.words) and text.tokens[j + kind].tag == "place" else 0
    if text.words[start:head_end] != ["Lực", "lượng"] or j != head_end:
        return 0
    capitalised = [text.words[j].capitalize(), *text.words[j + 1 : j + 3]]
    length = match_at(text.lex.org_heads, capitalised, 0)
    place_after = j + length < len(text.words) and text.tokens[j + length].tag == "place"
    return length if place_after else 0


def named_after_lower(text: TokenText, j: int) -> bool:
    """A place's name follows words[j] within three words of an administrative level (`quận trung tâm
    Seoul`, `cấp cao Seoul`): the court or the police of that place."""
    for k in range(j, min(j + 4, len(text.words))):
        if not text.same_sentence(j, k):
            return False
        if text.words[k][:1].isupper():
            return k > j
        if text.words[k] not in _LEVEL_WORDS:
            return False
    return False
