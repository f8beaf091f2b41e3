"""Organisations named by a brand alone: a Latin name used twice or more, a company KBS names by its brand
(`Samsung và LG sẽ …`), a band written in lower case (`nhóm nhạc nữ aespa`), and Latin names listed before an
organisation. Kept apart from `organisations.py`, whose rules need a head (`Bộ`, `tập đoàn`); `entities.py` runs
these after them, so a brand only names what no rule with a head claimed.
"""

from __future__ import annotations

import re

from bot.summarizer.common_heads import ASCII_CAP
from bot.summarizer.latin_words import foreign_lower
from bot.summarizer.lexicon import ROMAN_NUMERAL
from bot.summarizer.people import HYPHEN_GIVEN
from bot.summarizer.places import PlaceRules
from bot.summarizer.roles_after import HONORIFICS

# Vietnamese words written without accents that open a place's name (`Khu phi quân sự`, `Khu vực an ninh chung`,
# `Cung điện …`), a title (`Hoa hậu Hoàn vũ`), an award's category (`Phim nói tiếng nước ngoài hay nhất`) or an
# office's field (`Bộ trưởng Khoa học và Công nghệ`): capitalised twice, they are no brand.
_VIETNAMESE_HEADS = frozenset({"Khu", "Cung", "Ban", "Hoa", "Phim", "Khoa"})
# What kind of company an apposition says a Latin name is (`Motional, công ty liên doanh …`).
_COMPANY_KINDS = ("công ty ", "tập đoàn ", "hãng ", "nhà sản xuất ", "nhà phát triển ", "doanh nghiệp ", "startup ")
_REPORTS = re.compile(r"\b(?:cho biết|cho hay|thông báo|công bố|đưa tin|nói)\b")
_REPORTER_WORDS = 9  # `công ty quản lý của cô cho biết`, with a word to spare
_SMALL_FIRST = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z0-9]*")  # `iPhone`, `eSIM`: a product's name, small first letter
# Words that open a list of what was just counted or named (`…, trong đó có A, B và C`), and the companies it may be of.
_LIST_OPENERS = (("trong", "đó", "có"), ("bao", "gồm"), ("gồm",), ("như",))
_OPENER_FIRSTS = frozenset(opener[0] for opener in _LIST_OPENERS)
_COMPANIES = re.compile(r"\b(?:doanh nghiệp|công ty|tập đoàn|hãng|startup)\b")
_COMPANIES_REACH = 50  # words (and marks) read back from the opener, in its sentence, for the companies
_GROUP_LETTERS = re.compile(r"[A-Z]{2,3}")  # `HD`, `HL`: a group's letters before its brand
_AMOUNT_WORDS = frozenset({"tỷ", "triệu", "nghìn", "ngàn", "%"})  # after a number: an amount, not a model
# A facility, a craft, a tournament, an award, an event, an exercise, a site, a breed or a therapy a name may follow:
# the name is where something is, what flew, what was played, won, held, drilled, farmed or used, not a company
# (`Nhà máy điện hạt nhân Kori`, `tên lửa đẩy Nuri`, `giải quần vợt Wimbledon`, `Huy chương Fields`).
_FACILITY_BEFORE = re.compile(
    r"(?i)(?:^| )(?:nhà máy(?: điện)?(?: hạt nhân)?|sân bay|cảng|ga|đập|mỏ|tên lửa(?: đẩy)?|tàu vũ trụ|vệ tinh"
    r"|hệ thống|tàu khu trục|tàu ngầm|tàu sân bay|xe tăng|máy bay chiến đấu"  # `hệ thống Aegis`: a system, a ship
    r"|tòa nhà|tòa tháp|mang tên|có tên|giải(?: [a-zà-ỹđ]+){0,2}"  # `tàu thăm dò … mang tên Danuri`: a thing's name
    r"|huy chương|huân chương|cúp"  # `Huy chương Fields`: an award, as a `giải` is
    r"|sự kiện|lễ hội|triển lãm|hội chợ|liên hoan"  # `sự kiện LG World Premiere`: an event the brand holds
    r"|tập trận(?: chung)?"  # `cuộc tập trận UFS`: an exercise, which no one is
    r"|đền|chùa|nhà thờ|lăng|bảo tàng|công viên|quảng trường"  # `ngôi đền Yasukuni`: a site people visit
    r"|bò|lợn|gà|gạo|giống"  # `thịt bò Hanwoo`, `giống lúa …`: a breed or a crop, what is farmed
    r"|liệu pháp(?: tế bào)?|thuốc|vắc-xin|vaccine|phần mềm|ứng dụng)$"  # `liệu pháp CAR-T`: what is used or taken
)


class BrandRules(PlaceRules):
    """The brand rules; `entities._Extractor` runs them after the rules that need a head."""

    def _in_quotes(self, i: int) -> bool:
        return self.quotes.inside(self.tokens[i].start)

    def _in_latin_run(self, i: int) -> bool:
        """words[i] has a Latin capitalised neighbour (`World Cup`), or follows a product's name written with a small
        first letter (`iPhone Fold`); a sentence's first word (`Theo Netflix`) is capitalised anyway and does not
        count."""
        return any(
            0 <= k < len(self.words)
            and self.same_sentence(i, k)
            and (ASCII_CAP.fullmatch(self.words[k]) is not None or (k < i and _SMALL_FIRST.fullmatch(self.words[k])))
            and self.same_sentence(k - 1, k)
            for k in (i - 1, i + 1)
        )

    def find_repeated_brands(self) -> None:
        """A Latin name used twice or more (Nvidia, Tottenham) that no rule claimed is an organisation;
        a name the text also uses as a place (`phường Seocho … Seocho`) or in lower case (`Phim`, `phim`)
        is not."""
        places = self.place_names()
        counts: dict[str, list[int]] = {}
        for i, token in enumerate(self.tokens):
            if token.tag or not ASCII_CAP.fullmatch(token.text) or ROMAN_NUMERAL.fullmatch(token.text):
                continue
            if any(ch.isdigit() for ch in token.text):
                continue  # `Galaxy S24`, `G20`: a model or a forum, not a company
            if i == 0 or self.tokens[i - 1].sentence != token.sentence or self._in_quotes(i):
                continue  # a sentence's first word is capitalised anyway; a quoted name is a title
            previous = self.words[i - 1]
            if previous[:1].isupper() and not previous.isascii():
                continue  # the tail of a Vietnamese proper noun (`Nhà Xanh`)
            following = self.words[i + 1] if i + 1 < len(self.words) else ""
            if following[:1].isupper() and not following.isascii() and self.same_sentence(i, i + 1):
                continue  # its head (`Ninh Thuận`)
            if self._in_latin_run(i):
                continue  # a word of a longer Latin name (`World Cup`), never a brand on its own
            counts.setdefault(token.text, []).append(i)
        lower_words = {w for w in self.words if w[:1].islower()}
        for word, positions in counts.items():
            if len(positions) < 2 or word in self.lex.non_org_acronyms or len(word) < 2 or word.casefold() in places:
                continue
            if word.lower() in lower_words:
                continue  # `giải Phim hay nhất` beside `bộ phim`: a common word capitalised in a title
            if word in self.lex.korean_surnames or word in _VIETNAMESE_HEADS or (word.isupper() and len(word) > 6):
                continue
            if any(i > 0 and self.words[i - 1] in HONORIFICS for i in positions):
                continue
            if any(i > 0 and self.words[i - 1].casefold() == "bão" for i in positions):
                continue  # `cơn bão Yagi … Bão Yagi`: a storm's name, not a company
            if any(self.words[i - 1] == "(" and self._term_before(i - 1) for i in positions):
                continue  # `pin lưu trữ năng lượng (ESS)`: a term's abbreviation, not a company
            if any(_FACILITY_BEFORE.search(" ".join(self.words[max(0, i - 4) : i])) for i in positions):
                continue  # `Nhà máy điện hạt nhân Kori … Nhà máy Kori số 2`, `tên lửa Nuri`: where or what, not who
            if all(i + 1 < len(self.words) and self.words[i + 1][:1].isdigit() for i in positions):
                continue  # `Ioniq 5, Ioniq 6`: a product's models
            self.add(positions[0], positions[0] + 1, "org")

    def _term_before(self, paren: int) -> bool:
        """Six lower-case words before the bracket (`cung cấp pin lưu trữ năng lượng (ESS)`) spell out a term, a
        place among them too (`ổ dịch tả lợn châu Phi (ASF)`); any other capital starts a name spelled out (`Đoàn
        thiếu niên chống đạn (BTS)`)."""
        return paren >= 6 and all(
            self.words[k][:1].islower() or self.tokens[k].tag == "place" for k in range(paren - 6, paren)
        )

    def find_known_brands(self) -> None:
        """A company KBS names by brand alone (`Samsung và LG sẽ …`, known_brands.txt) that no rule claimed,
        with the Latin run it opens (`LG Energy Solution`); not inside a quotation (a title)."""
        i = 0
        while i < len(self.words):
            if self.tokens[i].tag or self.words[i] not in self.lex.known_brands or self._in_quotes(i):
                i += 1
                continue
            start = i - 1 if self._letters_before(i) else i  # `HD Hyundai`: a group's letters before its brand
            end = i + 1
            while end < len(self.words) and self._free_latin(end) and self.same_sentence(i, end):
                end += 1
            if end < len(self.words) and foreign_lower(self.words[end]) and self.same_sentence(i, end):
                end += 1  # `SK hynix`: a brand's own lower-case word
            if end - i > 1 and HYPHEN_GIVEN.fullmatch(self.words[end - 1]):
                end = i + 1  # `Samsung Lee Jae-yong`: the brand, then its head
            following = self.words[end] if end < len(self.words) else ""
            amount = following[:1].isdigit() and self._amount_at(end)
            if any(ch.isdigit() for w in [*self.words[i:end], following] for ch in w) and not amount:
                i = end + 1  # `máy bay Boeing 737-800`, `Galaxy S25`: a product's model, not who acts (`phạt
                continue  # Google 42,1 tỷ won` is an amount after the brand)
            if end - i > 1 and _FACILITY_BEFORE.search(" ".join(self.words[max(0, i - 4) : i])):
                i = end  # `tòa nhà Lotte World Tower`: a site named after the brand, not who acts
                continue
            self.add(start, end, "org")
            i = end

    def _letters_before(self, i: int) -> bool:
        """words[i - 1] is two or three capital letters, free, in words[i]'s sentence and no known acronym (`HD
        Hyundai`, `HL Mando`): the group's letters are part of the brand's name (`AI Samsung` is no name)."""
        k = i - 1
        return (
            k >= 0
            and _GROUP_LETTERS.fullmatch(self.words[k]) is not None
            and self._free_latin(k)
            and self.same_sentence(k, i)
            and self.words[k] not in self.lex.non_org_acronyms
        )

    def find_lowercase_groups(self) -> None:
        """`nhóm nhạc nữ aespa`: a band's name written in lower case, a foreign word (two runs of vowels or
        more, no Vietnamese accent) right after `nhóm nhạc` or `ban nhạc` and the sex it names."""
        for i, word in enumerate(self.words):
            if self.tokens[i].tag or not foreign_lower(word):
                continue
            before = [w.casefold() for w in self.words[max(0, i - 3) : i]]
            if before[-1:] in (["nam"], ["nữ"]):
                before = before[:-1]
            if before[-2:] in (["nhóm", "nhạc"], ["ban", "nhạc"]):
                self.add(i, i + 1, "org")

    def find_described_brands(self) -> None:
        """`do Motional, công ty liên doanh giữa …, phát triển`: a Latin name (a run of them: `Rebellions`, `Open
        Door`) that no rule claimed, set off by a comma before what kind of company it is, is one, used once or
        opening a sentence."""
        for i in range(len(self.words) - 3):
            if not self._free_latin(i) or (i > 0 and self._free_latin(i - 1) and self.same_sentence(i - 1, i)):
                continue
            end = self._latin_run_end(i, i)
            kind = " ".join(self.words[end + 1 : end + 4]).casefold()
            if self.words[end : end + 1] != [","] or not kind.startswith(_COMPANY_KINDS) or self._in_quotes(i):
                continue
            if self.words[i] in self.lex.non_org_acronyms or self.words[i] in self.lex.korean_surnames:
                continue
            if _REPORTS.search(" ".join(self.words[end + 1 : end + 1 + _REPORTER_WORDS])):
                continue  # `… của Hollywood, | công ty quản lý của cô cho biết`: the company that reports, unnamed
            self.add(i, end, "org")

    def find_listed_companies(self) -> None:
        """`10 doanh nghiệp …, trong đó có FuriosaAI, Rebellions và DeepX`: Latin names listed after companies were
        counted or named (`doanh nghiệp`, `công ty`, `tập đoàn`, `hãng` earlier in the sentence, before `trong đó có`,
        `gồm` or `như`) are those companies; only a whole list, closed by `và`, of names no rule claimed."""
        lowered = [w.casefold() for w in self.words]
        for i in range(len(self.words)):
            if lowered[i] not in _OPENER_FIRSTS:
                continue
            opener = next((len(o) for o in _LIST_OPENERS if tuple(lowered[i : i + len(o)]) == o), 0)
            if not opener:
                continue
            reach = range(max(0, i - _COMPANIES_REACH), i)
            if not _COMPANIES.search(" ".join(lowered[k] for k in reach if self.same_sentence(k, i))):
                continue
            items, j = [], i + opener
            while (end := self._latin_run_end(j, i)) > j:
                items.append((j, end))
                if self.words[end : end + 1] == ["và"]:
                    last = self._latin_run_end(end + 1, i)
                    items.append((end + 1, last))
                    if last > end + 1 and all(self.words[a] not in self.lex.non_org_acronyms for a, _ in items):
                        for a, b in items:
                            self.add(a, b, "org")
                    break
                if self.words[end : end + 1] != [","]:
                    break
                j = end + 1

    def _latin_run_end(self, j: int, i: int) -> int:
        """Where the run of Latin capitalised words no rule claimed, from j, ends within the sentence of i."""
        end = j
        while end < len(self.words) and self._free_latin(end) and self.same_sentence(i, end):
            end += 1
        return end

    def find_listed_before(self) -> None:
        """`họp với POSCO và Hyundai Steel`: a Latin name listed before an organisation (`và` between them, or
        a comma when the list goes on: `Naver, Kakao và …`) is one too, as `_list_after` reads those after
        one; walked back through the whole list. A comma before a reporting office (`… bão Yagi, Bộ Ngoại
        giao cho biết`) lists nothing."""
        listed: set[int] = set()  # where a listed name starts: the comma before it goes on a list
        for i in range(len(self.tokens) - 1, 1, -1):
            if self.tokens[i].tag != "org" or self.tokens[i - 1].tag == "org" or self.words[i - 1] not in (",", "và"):
                continue
            if self.words[i - 1] == "," and i not in listed:
                continue
            end = i - 1
            start = end
            while start > 0 and self._free_latin(start - 1) and self.same_sentence(start - 1, end):
                start -= 1
            if start == end or (start > 0 and not self.same_sentence(start - 1, start)):
                continue  # nothing listed, or the sentence's first word, capitalised anyway
            if end - start > 1 and HYPHEN_GIVEN.fullmatch(self.words[end - 1]):
                continue  # `Lee Jae-yong và Samsung`: a person's name
            if self.words[start] not in self.lex.non_org_acronyms:
                self.add(start, end, "org")
                listed.add(start)

    def _amount_at(self, k: int) -> bool:
        """words[k:] is a number (`42 , 1`, as the words split it) and then a multiplier or a currency."""
        j = k
        while j < len(self.words) and j - k < 5 and (self.words[j].isdigit() or self.words[j] in (",", ".")):
            j += 1
        return j < len(self.words) and (self.words[j] in _AMOUNT_WORDS or self.words[j] in self.lex.currencies)

    def _free_latin(self, k: int) -> bool:
        return not self.tokens[k].tag and ASCII_CAP.fullmatch(self.words[k]) is not None
