"""Where an organisation's name opens: at a head (`Bộ`, `Ngân hàng`, `Tòa án`), at `đảng` before a party's name or
its description (`đảng | cầm quyền Dân chủ`), or, in the lead, at a head written in lower case that only a place
follows (`chính phủ | Hàn Quốc`). A head that is also a common noun opens a name only before a capital (`Bộ Ngoại
giao`, not `bộ phim`). `organisations.OrgRules` then reads on to where the name ends.
"""

from __future__ import annotations

from bot.summarizer.common_heads import CommonHeadRules
from bot.summarizer.lexicon import match_at
from bot.summarizer.spans import BEFORE_A_NAME

# Heads that begin a name only when a capitalised word follows (`Bộ Y tế`, `Sở Cảnh sát`): otherwise
# they are common nouns (`bộ phim`, `ban nhạc`).
_NAMED_HEADS = frozenset(
    {"Bộ", "Ban", "Sở", "Phòng", "Đài", "Giải", "Đoàn", "Trụ sở", "Dàn nhạc", "Bảo tàng", "Thư viện", "Giáo hội"}
    | {"Hội", "Hội người", "Bệnh viện", "Liên doanh"}
)
_PARTY_WORDS = frozenset({"đảng", "Đảng"})  # a party's head, before its description or its name


class OrgOpeningRules(CommonHeadRules):
    """The heads an organisation's name opens with; `organisations.OrgRules` and `acronym_orgs.py` read them."""

    def _opens_organisation(self, k: int) -> bool:
        """words[k] starts an organisation's name: a head (`Bộ`, `Ngân hàng`) or `đảng` before a name."""
        return self._head_length(k) > 0

    def _head_length(self, k: int) -> int:
        """How many words of an organisation's head start at words[k] (`Ngân hàng`, `đảng` before a name),
        or 0. A head that is also a common noun needs a capital after it: `Bộ Ngoại giao`, `Phòng Thương
        mại`, not `bộ phim`, `Phòng ngừa` (to prevent)."""
        words = self.words
        capital_after = k + 1 < len(words) and words[k + 1][:1].isupper()
        if words[k] in _PARTY_WORDS and (described := self._party_description(k + 1)):
            return 1 + described  # the description is the head's: `đảng đối lập | Quyền lực Quốc dân`
        if words[k] == "đảng":
            return 1 if capital_after else 0
        if words[k] not in self.lex.org_head_starts:
            return 0
        length = match_at(self.lex.org_heads, words, k) if words[k][:1].isupper() else self._lower_bounded_head(k)
        named_after = k + length < len(words) and words[k + length][:1].isupper()
        if length and " ".join(words[k : k + length]) in _NAMED_HEADS and not named_after:
            return 0
        return length

    def _party_description(self, k: int) -> int:
        """How many words at k describe a party before its name (`đảng | cầm quyền Dân chủ`, `Đảng | đối lập
        chính Quyền lực Quốc dân`), or 0: the span runs on through them to the name."""
        stop = match_at(self.lex.span_stops, self.words, k) if k < len(self.words) else 0
        named = k + stop < len(self.words) and self.words[k + stop][:1].isupper()
        described = " ".join(self.words[k : k + stop]) in BEFORE_A_NAME
        return stop if described and named and self.same_sentence(k, k + stop) else 0

    def _lower_bounded_head(self, k: int) -> int:
        """How many words of a head taking only a place after it (`chính phủ | Hàn Quốc`) start at words[k] in lower
        case in the lead, or 0: later sentences name armies in passing, and one joined by `và` is half of a pair."""
        if self.tokens[k].sentence != 0:
            return 0
        capitalised = [self.words[k][:1].upper() + self.words[k][1:], *self.words[k + 1 : k + 3]]
        length = match_at(self.lex.org_heads, capitalised, 0)
        place_end = k + length
        while place_end < len(self.words) and self.tokens[place_end].tag == "place":
            place_end += 1
        paired = self.words[place_end : place_end + 1] == ["và"]
        head = " ".join(capitalised[:length])
        return length if length and head in self.lex.bounded_heads and place_end > k + length and not paired else 0
