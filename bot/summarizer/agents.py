"""Organisations named only as the agent of what they made public: `khảo sát do Gallup Hàn Quốc công bố`,
`do Realmeter thực hiện`, `bộ phim do Netflix sản xuất`, `được Clarivate Analytics đưa vào danh sách …`, `theo
khảo sát của Realmeter`.

A pollster or a studio is often named once, without the org noun (`tập đoàn`, `viện`) the other rules
need; `do … <verb>` says it acted. So does a city or a province that opens its sentence and then speaks or
decides (`Thành phố Seoul thông báo …`): it names its government. Kept apart from `organisations.py`, which holds
the rules that need a head.
"""

from __future__ import annotations

import re

from bot.summarizer.latin_words import latin_cap
from bot.summarizer.people import PeopleRules

_AGENT_VERB = re.compile(
    r" (?:công bố|thực hiện|tiến hành|phát hành|công khai|đưa ra|tổ chức|sản xuất|phát triển"
    r"|đưa vào|bình chọn|lựa chọn|chọn|vinh danh|trao tặng|xếp)\b"
)
# `do Gallup Hàn Quốc công bố`, and the passive's agent: `được Clarivate Analytics đưa vào danh sách …`.
_AGENT_MARKERS = frozenset({"do", "được", "bởi"})
_MAX_AGENT_WORDS = 5
# … and the maker of a finding, after `của` (`theo khảo sát của Realmeter`, `báo cáo của Gallup Korea`).
_FINDINGS = frozenset({"khảo sát", "báo cáo", "nghiên cứu", "số liệu", "dữ liệu", "thống kê"})
# A city or a province that opens its sentence and then speaks or decides (`Thành phố Seoul | thông báo sẽ …`,
# `Tỉnh Jeju ngày 3/4 | quyết định …`) is its government acting, not a place.
_LOCAL_GOVERNMENTS = (("Thành", "phố"), ("Tỉnh",))
_LOCAL_GOVERNMENT_STARTS = frozenset(head[0] for head in _LOCAL_GOVERNMENTS)
_GOVERNMENT_ACTS = re.compile(
    r" (?:(?:sáng|chiều|tối) )?(?:ngày \d{1,2}/\d{1,2} )?(?:(?:đã|sẽ|vừa|cũng|hôm nay) )?"
    r"(?:cho biết|thông báo|công bố|quyết định|tuyên bố|kêu gọi|ban hành|đề xuất|yêu cầu)\b"
)


class AgentRules(PeopleRules):
    """The `do <name> <verb>` (or `được`, `bởi`) rule; `entities._Extractor` runs it after the rules that need a
    head."""

    def find_agents(self) -> None:
        words, tokens = self.words, self.tokens
        for i in range(1, len(words)):
            made = words[i - 1] == "của" and " ".join(words[max(0, i - 3) : i - 1]) in _FINDINGS  # `khảo sát của`
            if (
                (words[i - 1] not in _AGENT_MARKERS and not made)
                or tokens[i].tag
                or not latin_cap(words[i])
                or not self.same_sentence(i - 1, i)
            ):
                continue
            if words[i] in self.lex.korean_surnames or words[i] in self.lex.non_org_acronyms:
                continue  # `do Kim …`: a person; `do AI …`: a thing
            if self.quotes.inside(tokens[i].start):
                continue
            j = i + 1
            while j < len(words) and j - i < _MAX_AGENT_WORDS and self.same_sentence(i, j):
                # `Gallup Hàn Quốc`: a country after the Latin words is part of the name
                if not ((latin_cap(words[j]) and not tokens[j].tag) or tokens[j].tag == "place"):
                    break
                j += 1
            acted = j < len(words) and self.same_sentence(i, j) and _AGENT_VERB.match(self.text, tokens[j - 1].end)
            if acted or made:
                self.add(i, j, "org")

    def find_acting_cities(self) -> None:
        """`Thành phố Seoul | thông báo …`: a city or a province, as its sentence's subject, that acts."""
        words, tokens = self.words, self.tokens
        for i, word in enumerate(words):
            if word not in _LOCAL_GOVERNMENT_STARTS or (i and self.same_sentence(i - 1, i)):
                continue  # only the sentence's subject
            head = next((h for h in _LOCAL_GOVERNMENTS if tuple(words[i : i + len(h)]) == h), None)
            j = i + len(head) if head is not None else i
            while j < len(words) and tokens[j].tag == "place" and self.same_sentence(i, j):
                j += 1
            if head is not None and j > i + len(head) and _GOVERNMENT_ACTS.match(self.text, tokens[j - 1].end):
                self.add(i, j, "org")
