"""Organisations named by an acronym in brackets (`Viện … Hàn Quốc (KISTI)`, `câu lạc bộ Paris Saint-Germain
(PSG)`): the acronym closes the name, and the rules here find where it opens, at a head a few words back or,
failing one, at the capitalised words an organisation noun introduces. `entities._Extractor` runs
`find_acronym_orgs` before the headed names of `organisations.py`.
"""

from __future__ import annotations

from bot.summarizer.lexicon import match_at
from bot.summarizer.organisations import ACRONYM, OrgRules

# Stop words a name spelled out before its acronym may hold (`Tổ chức Giáo dục, Khoa học và Văn hóa …`).
_INSIDE_A_NAME = frozenset({"và", "của", "thuộc", "về", "đối", "với"})  # `… tham nhũng đối với quan chức …`
_WITHOUT_BORDERS = ["không", "biên", "giới"]  # `Tổ chức Phóng viên không biên giới (RSF)`, `Bác sĩ không biên giới`


class AcronymOrgRules(OrgRules):
    """The acronym rules on top of the headed-name rules, whose heads say where a name opens."""

    def find_acronym_orgs(self) -> None:
        words = self.words
        for k in range(1, len(words) - 1):
            if words[k - 1] != "(" or words[k + 1] != ")" or not ACRONYM.fullmatch(words[k]):
                continue
            if words[k] in self.lex.non_org_acronyms:
                continue
            head = self._head_before(k - 1)
            head = head if head is not None else self._name_after_org_noun(k - 1)
            if head is not None:
                self.add(head, k + 2, "org")

    def _name_after_org_noun(self, paren: int) -> int | None:
        """`câu lạc bộ Paris Saint-Germain (PSG)`: the capitalised words before the bracket, when an
        organisation noun comes right before them; where they start, or None."""
        j = paren
        while j > 0 and paren - j < 5 and self.words[j - 1][:1].isupper() and self.same_sentence(j - 1, paren):
            j -= 1
        noun = any(j - n >= 0 and match_at(self.lex.org_nouns, self.words, j - n) == n for n in (1, 2, 3))
        return j if j < paren and noun else None

    def _head_before(self, paren: int) -> int | None:
        j = paren - 1
        while j >= 0 and paren - j <= 14 and self.same_sentence(j, paren):
            if self.words[j] in (")", ".", ";", ":", "(") or self.tokens[j].tag == "person":
                return None
            # `Đội tuyển Hàn Quốc | tham dự | kỳ thi Olympic … (IMO)`: a verb, and the acronym's name after it
            stop = self.words[j] not in _INSIDE_A_NAME and self.words[j][:1].islower() and self.is_stop(j)
            stop = stop and self.words[j : j + 3] != _WITHOUT_BORDERS
            if stop and not self._right_after_head(j):  # `Văn phòng | điều tra …`: what the office does names it
                return None
            if self._opens_organisation(j):
                return self._outer_head(j, paren)
            if self.words[j] == "và" and match_at(self.lex.org_nouns, self.words, j + 1):
                return j + 1  # `… LG Energy Solution và | hãng ô tô General Motors (GM)`: the second company's
            j -= 1
        return None

    def _right_after_head(self, j: int) -> bool:
        return any(j - n >= 0 and self._head_length(j - n) == n for n in (1, 2, 3))

    def _outer_head(self, head: int, paren: int) -> int:
        """`Bộ Tổng Tham mưu | Quân đội Hàn Quốc (JCS)`: a head joined to an earlier one by the words of a name
        only (capitalised, or a compound's lower-case half after a capital: `Tham mưu`) is part of that one's
        name, so the acronym names the whole; the earliest such head."""
        k = head - 1
        while k >= 0 and paren - k <= 14 and self.same_sentence(k, paren) and self.tokens[k].tag != "person":
            word = self.words[k]
            name_word = word[:1].isupper() or (
                word[:1].isalpha() and k > 0 and self.words[k - 1][:1].isupper() and not self.is_stop(k)
            )
            # `Tổ chức Giáo dục, Khoa học và Văn hóa | Liên hợp quốc (UNESCO)`: the fields of an earlier name, listed,
            # before the one that opens here (never `Bộ Ngoại giao và | Liên hợp quốc (UN)`: a second body)
            name_word = name_word or (
                word in (",", "và") and k + 1 < head and k > 0 and self.words[k - 1][:1].isalpha()
            )
            if not name_word:
                break
            if self._opens_organisation(k):
                head = k
            k -= 1
        return head
