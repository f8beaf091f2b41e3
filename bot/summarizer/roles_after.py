"""The role said after a person's name: in apposition (`Jensen Huang, Giám đốc điều hành tập đoàn Nvidia …`) or the
office an act gives them (`bổ nhiệm ông Kang | làm Chánh Văn phòng Tổng thống`, `ông Jang | được bầu làm …`).
`people.PeopleRules` reads it when no title stands before the name, or when one there only describes the person.
"""

from __future__ import annotations

import re

from bot.summarizer.lexicon import match_at, names_a_competitor
from bot.summarizer.spans import BEFORE_A_NAME, TokenText

# Words before a title that belong to the role: former, ex-, late (`cố`), newly appointed, acting; female
# (`Nữ golf thủ`).
FORMER = frozenset({"cựu", "nguyên", "tân", "quyền", "nữ", "cố"})
ROLE_WORDS = 14  # an apposition longer than this is not read as a role
# The verbs that give a person the office named after them (`bầu ông X | làm Chủ tịch …`, `X | được bổ nhiệm làm …`).
_APPOINTING = r"(?:bầu|bổ nhiệm|đề cử|chỉ định|lựa chọn|chọn|tiến cử|tái bổ nhiệm)"
_APPOINTED_BEFORE = re.compile(rf"\b{_APPOINTING}(?: (?:ông|bà|anh|chị))?$")
_APPOINTING_WORD = re.compile(rf"\b{_APPOINTING}\b")
_APPOINTED_AFTER = re.compile(rf"(?:đã |vừa )?được {_APPOINTING} (?:làm )?")
CAMPS = frozenset({"phe", "đảng", "khối", "liên minh", "minh", "phái"})  # whose side a role's camp is on
_LINKS = frozenset({"và", "cùng", "hoặc", "kiêm"})  # a role never ends on a word that joins it to the next
HONORIFICS = frozenset({"ông", "bà", "Ông", "Bà"})


class RoleAfterRules(TokenText):
    """Roles said after a name; `people.PeopleRules` builds on it."""

    def appointed_role(self, i: int, end: int) -> str | None:
        """The office an act gives the person named at words[i:end], said after the name; None when none is."""
        # `bầu ông Jang Dong-hyuk | làm Chủ tịch đảng | tại …`, `ông Jang | được bầu làm Chủ tịch đảng`: the office a
        # person is elected or appointed to (`ông Kim làm Bộ trưởng … từ năm 2020` is an office held once)
        giver = " ".join(self.words[max(0, i - 3) : i])
        # (or further back, for the next person the same act appoints: `bổ nhiệm ông Kang làm … | và ông Wi | làm …`)
        listed = i >= 2 and self.words[i - 2] == "và" and self.words[i - 1] in HONORIFICS
        if listed:  # (within the sentence)
            back = next(k for k in range(max(0, i - 30), i) if self.same_sentence(k, i))
            giver = " ".join(self.words[back : i - 2])
        act = _APPOINTING_WORD.search(giver) if listed else _APPOINTED_BEFORE.search(giver)
        appointed = act is not None and self.words[end : end + 1] == ["làm"]
        said = _APPOINTED_AFTER.match(" ".join(self.words[end : end + 6]))
        if appointed:
            at = end + 1
        elif said is not None:
            at = end + len(said.group(0).split())
        else:
            return None
        title = match_at(self.lex.titles, self.words, at) if at < len(self.words) else 0
        return self.role_after(at - 1, title) if title and self.same_sentence(end, at) else None

    def apposition_role(self, end: int) -> str | None:
        """The role set after the name ending at `end`, in apposition (`Jensen Huang, Giám đốc điều hành tập đoàn
        Nvidia (Mỹ) bên lề …`, `Ahn Gyu-back, cựu nghị sĩ 5 nhiệm kỳ …`): None when no title follows the comma, ""
        when one does that is no role of the person's."""
        former = int(end + 1 < len(self.words) and self.words[end + 1].casefold() in FORMER)
        title = match_at(self.lex.titles, self.words, end + 1 + former) if end + 1 + former < len(self.words) else 0
        title = title + former if title else 0
        # `ông Moon Jae In, ông Son …`: an honorific after the comma opens the next person of a list, not a role
        if self.words[end : end + 1] != [","] or not title or self.words[end + 1] in HONORIFICS:
            return None
        # `kho ứng dụng One Store, | đối thủ cạnh tranh của Google Play`: a competitor is a thing's description
        return "" if names_a_competitor(self.words, end + 1) else (self.role_after(end, title) or "")

    def role_after(self, end: int, title: int) -> str | None:
        """The role said after a name, from words[end + 1] (a title of `title` words) to the punctuation or
        the stop word that ends it, at most ROLE_WORDS words."""
        j = end + 1
        while j < len(self.words) and j - end <= ROLE_WORDS and self.same_sentence(j, end):
            if side := self._side_at(j):
                j = min(j + side, len(self.words))  # (the text may end on the side: `… phe đối lập`)
                continue
            if self.words[j] in (",", ".", ";", ")") or (
                j > end + max(2, title) and self.is_stop(j) and not self.between_places(j)  # past the title
            ):
                break
            if self.words[j] == "và" and self.words[j + 1 : j + 2] and self.words[j + 1] in HONORIFICS:
                break  # `… làm Chánh Văn phòng Tổng thống | và ông Wi …`: the next person appointed
            j += 1
        if j < len(self.words) and self.words[j] == ")" and j - end <= ROLE_WORDS + 1:
            j += 1
        elif j - end > ROLE_WORDS:  # no end in sight: the title alone, never half a word
            j = end + 1 + title
        while j > end + 2 and self.words[j - 1] in _LINKS:  # `em gái … Kim Jong-un | và là …`
            j -= 1
        return self.span(end + 1, j).strip(" ,") or None

    def _side_at(self, j: int) -> int:
        """How many words at j say which side a camp of the role is on (`lãnh đạo phe | đối lập | tại Venezuela`,
        `đảng | cầm quyền`), part of the role; 0 when none (after a party's own name it ends the name:
        `spans.is_stop`)."""
        if j == 0 or self.words[j - 1].casefold() not in CAMPS:
            return 0
        return next((n for n in (3, 2) if " ".join(self.words[j : j + n]).casefold() in BEFORE_A_NAME), 0)

    def between_places(self, j: int) -> bool:
        """`Đại sứ Việt Nam tại Hàn Quốc Vũ Hồ`, `Đại sứ Hàn Quốc tại Liên hợp quốc Cha Ji-hoon`, `Trưởng đại diện
        KOTRA tại Hà Nội Kim Jong-hwan`: `tại` between a place or an organisation's short name and a place or an
        organisation is part of the title (the mission's host)."""
        tokens = self.tokens
        if self.words[j] != "tại" or not 0 < j < len(tokens) - 1:
            return False
        sender = self.words[j - 1]
        if tokens[j - 1].tag != "place" and not (sender.isupper() and sender.isalpha() and len(sender) > 1):
            return False
        return tokens[j + 1].tag == "place" or match_at(self.lex.org_heads, self.words, j + 1) > 0
