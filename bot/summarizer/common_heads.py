"""When an organisation's head names no one body: a law's or a treaty's name, an organising committee, a site, a prize,
a sentence's first word referring back (`Hiệp hội cho biết …`), a generic group (`Cơ quan chức năng …`), a team with no
country or club named, a company with no brand, a description before a Latin name, and an office named inside a
meeting's name (`Hội nghị Bộ trưởng … và Thống đốc | Ngân hàng Trung ương G20`); and where a company's
brand starts after the words of its trade (`Tập đoàn | phân tích dữ liệu | Clarivate`).

`organisations.OrgRules` asks these before it adds a name its head opened.
"""

from __future__ import annotations

import re

from bot.summarizer.latin_words import VOWEL_RUN
from bot.summarizer.lexicon import match_at
from bot.summarizer.people import PeopleRules

ASCII_CAP = re.compile(r"[A-Z][A-Za-z0-9]*(?:['’&-][A-Za-z0-9]+)*")  # `T'way Air`, `Hyundai-Kia`, `E&S`
TRADE_WORDS = 6  # lower-case words a company's trade may take between its head and its brand
# Stop words a trade may hold as nouns (`phân tích dữ liệu`, data analysis); any other stop is an act (`mua`).
_TRADE_STOPS = frozenset({"phân tích"})
# Words no trade holds: a company's own act or whose it is (`Tập đoàn | sẽ …`, `Công ty | của Mỹ`).
_NOT_TRADE = frozenset(
    {"của", "do", "và", "với", "cho", "tại", "ở", "đã", "sẽ", "đang", "vừa", "được", "bị", "là", "này"}
)
# Heads whose name holds a capitalised word somewhere (`Đội tuyển bóng đá quốc gia Hàn Quốc`, `Lực lượng
# Phòng vệ Nhật Bản`, `Dịch vụ Hưu trí Quốc gia`; `Lực lượng bảo vệ bờ biển` alone says what kind of force, not whose,
# and `Dịch vụ giao hàng` a kind of service).
_NAME_NEEDED_HEADS = frozenset({"Đội tuyển", "Lực lượng", "Đoàn thể thao", "Chính quyền", "Dịch vụ"})
# Heads whose lower-case words say what a company does, before its Latin brand (`Hãng hàng không giá rẻ Jeju`).
_COMPANY_HEADS = frozenset({"tập đoàn", "hãng", "công ty", "tổng công ty"})
_WHOLE_NAME_HEAD = 4  # words of a head that names one body by itself
_MEETING_NAME_WORDS = 10  # how far back a meeting's name may open before an office named in it
# A prize (`Giải Nobel Kinh tế`) or one of its categories (`Giải Nữ diễn viên chính …`): not a league.
_AWARDS = frozenset({"Nobel", "Oscar", "Grammy", "Pulitzer", "Booker", "Emmy", "Tony", "Nam", "Nữ", "Phim", "Đạo"})
_TREATIES = frozenset({("Công", "ước"), ("công", "ước"), ("Hiệp", "ước"), ("hiệp", "ước")})
_SITE_BEFORE = frozenset({("tòa", "nhà"), ("căn", "cứ"), ("thành", "lập")})  # before a head, no body that acts
PLURAL = frozenset({"các", "những"})  # after a head, what the body is made of (`Hội đồng các | giáo sư …`)


class CommonHeadRules(PeopleRules):
    """The checks `OrgRules` makes of a head before it names an organisation."""

    def _names_a_document(self, i: int) -> bool:
        """The head at i opens the name of a law or a treaty (`Luật | Tổ chức Chính phủ`, `Công ước | Liên hợp quốc
        về Luật Biển`): a document, no actor."""
        words = self.words
        return (i > 0 and words[i - 1] in ("Luật", "luật")) or tuple(words[max(0, i - 2) : i]) in _TREATIES

    def _names_no_body(self, i: int, head_end: int, end: int) -> bool:
        """The name words[i:end], opened by the head words[i:head_end], is no body that acts: an organising
        committee named by what it runs (`Ủy ban | tổ chức lễ hội`), a site or a body still to be set up (`Tòa nhà
        Chính phủ Seoul`, `Căn cứ Không quân Osan`, `dự luật thành lập Nhóm công tố viên …`), a prize (`Giải Nobel
        Kinh tế`), an office named inside a meeting's name, a body whose members were not read (`Hội đồng các`), a
        description before a Latin name already read as an organisation (`Tổ chức xếp hạng tín nhiệm quốc tế | Fitch
        Ratings`), or a common noun (`_common_noun_opening`)."""
        words, tokens = self.words, self.tokens
        described = end > head_end and end < len(words) and tokens[end].tag == "org"
        return (
            (end == head_end and words[end : end + 2] == ["tổ", "chức"])
            or (i > 1 and tuple(w.casefold() for w in words[i - 2 : i]) in _SITE_BEFORE)
            or (words[i].casefold() == "giải" and i + 1 < len(words) and words[i + 1] in _AWARDS)
            or self._inside_meeting_name(i)
            or words[end - 1] in PLURAL
            or (described and all(w[:1].islower() for w in words[head_end:end]))
            or self._common_noun_opening(i, head_end, end)
        )

    def _inside_meeting_name(self, i: int) -> bool:
        """The head at i follows a title inside a meeting's name that opens with `Hội nghị` a few words before
        it, with no punctuation nor stop word between (`Hội nghị Bộ trưởng Tài chính và Thống đốc | Ngân hàng
        Trung ương G20`): whose officials attend, not an organisation of its own (`Hội nghị thượng đỉnh doanh
        nghiệp Diễn đàn …` names one)."""
        if not any(i - n >= 0 and match_at(self.lex.titles, self.words, i - n) == n for n in (1, 2)):
            return False
        for k in range(i - 1, max(-1, i - _MEETING_NAME_WORDS - 1), -1):
            if self.words[k] == "Hội" and self.words[k + 1] == "nghị":
                return True
            if not self.words[k][:1].isalpha() or (self.is_stop(k) and self.words[k] != "và"):
                return False
        return False

    def _common_noun_opening(self, start: int, head_end: int, end: int) -> bool:
        """`Hiệp hội cho biết …`, `Cơ quan chức năng đang điều tra …`: a sentence's first word is capitalised
        anyway, so a head alone there refers back to a name (unless it is one institution: `Quốc hội`,
        `Chính phủ`); a generic group (`generic_orgs.txt`) and a team with no country or club named are no
        names anywhere."""
        span = self.span(start, end)
        if span.casefold() in self.lex.generic_orgs or (
            span[1:].islower() and any(span.casefold().startswith(f"{kind} ") for kind in self.lex.generic_orgs)
        ):
            return True  # `Cơ quan chức năng | ước lượng …`: lower-case words after a kind say what it does
        head = " ".join(self.words[start:head_end])
        if head in _NAME_NEEDED_HEADS and not any(
            w[:1].isupper() or self.tokens[k].tag for k, w in enumerate(self.words[head_end:end], head_end)
        ):
            return True  # `Đội tuyển chuẩn bị …`: a team is named by its country or club
        words = self.words
        generic = any(" ".join(words[start : end + n]).casefold() in self.lex.generic_orgs for n in (1, 2))
        if end == head_end and generic and self.same_sentence(start, end):
            return True  # `Cơ quan | điều tra tội phạm …`: a kind of body, cut where a verb seemed to start
        if start > 0 and self.same_sentence(start - 1, start):
            return False
        # `Công ty | đặt mục tiêu bán …`: a company is named by a brand, so only lower-case Vietnamese words
        # after its head name nothing (`Công ty meerecompany` does: a foreign word has more than one run of
        # vowels); an office may be written in lower case (`Cơ quan quản lý rừng`)
        named = any(w[:1].isupper() or len(VOWEL_RUN.findall(w)) > 1 for w in self.words[head_end:end])
        unnamed_company = self._company_head(start, head_end) and not named
        # a head of several words is one body even alone (`Nhóm công tố viên đặc biệt`, `Trụ sở ứng phó thảm họa`)
        alone = end == head_end and head_end - start < _WHOLE_NAME_HEAD
        return (alone or unnamed_company) and head not in self.lex.bounded_heads

    def _company_head(self, start: int, end: int) -> bool:
        return " ".join(self.words[start:end]).casefold() in _COMPANY_HEADS

    def _brand_after_trade(self, start: int, head_end: int, *, tagged: bool = False) -> int:
        """Where a Latin brand starts after a company's head and a few lower-case words of what it does (`Tập đoàn |
        phân tích dữ liệu | Clarivate`), or 0: those words may hold a stop word that names a trade (`phân tích`) and
        would end the name. With `tagged`, a brand another rule already read counts too (`Công đoàn | Công ty ô tô |
        Hyundai Motor`, a known brand inside a longer name)."""
        if not self._company_head(start, head_end):
            return 0
        for k in range(head_end, min(len(self.words), head_end + TRADE_WORDS + 1)):
            word = self.words[k]
            free = tagged or not self.tokens[k].tag
            if k > head_end and ASCII_CAP.fullmatch(word) and free and self.same_sentence(start, k):
                return k
            if not (word.isalpha() and word.islower()) or word in _NOT_TRADE:
                return 0
            stop = match_at(self.lex.span_stops, self.words, k)
            if stop and " ".join(self.words[k : k + stop]) not in _TRADE_STOPS:
                return 0  # `Hãng hàng không | mua máy bay Boeing`: an act, not a trade
        return 0
