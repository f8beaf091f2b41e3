"""Who acts in a story: people (with their titles) and organisations, from rules and word lists.

Offline NER for Vietnamese is poor on news (it tags companies as places and swallows titles), so the rules
follow how KBS writes: `Chủ tịch tập đoàn SK Chey Tae-won`, `ông Jensen Huang, Giám đốc điều hành …`,
`Viện … Hàn Quốc (KISTI)`, `Cục thống kê quốc gia Hàn Quốc`. Every name is a span of the text.
"""

from __future__ import annotations

import re

from bot.summarizer.agents import AgentRules
from bot.summarizer.lexicon import comma_joins_name, match_at
from bot.summarizer.people import HONORIFICS, HYPHEN_GIVEN, latin_cap
from bot.summarizer.places import PlaceRules
from bot.summarizer.spans import Entity, tokenize

_ASCII_CAP = re.compile(r"[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,9}")

# Words naming an administrative level between an office and its place (`Tòa án quận trung tâm Seoul`).
_LEVEL_WORDS = frozenset(
    {"quận", "huyện", "tỉnh", "thành", "phố", "khu", "vực", "cấp", "cao", "trung", "tâm", "thủ", "đô"}
)
# Heads that begin a name only when a capitalised word follows (`Bộ Y tế`, `Sở Cảnh sát`): otherwise
# they are common nouns (`bộ phim`, `ban nhạc`).
_NAMED_HEADS = frozenset({"Bộ", "Ban", "Sở", "Phòng", "Đài", "Giải", "Đoàn", "Trụ sở"})
# Heads whose name holds a capitalised word somewhere (`Đội tuyển bóng đá quốc gia Hàn Quốc`, `Lực lượng
# Phòng vệ Nhật Bản`; `Lực lượng bảo vệ bờ biển` alone says what kind of force, not whose).
_NAME_NEEDED_HEADS = frozenset({"Đội tuyển", "Lực lượng"})
# Heads whose lower-case words say what a company does, before its Latin brand (`Hãng hàng không giá rẻ Jeju`).
_COMPANY_HEADS = frozenset({"tập đoàn", "hãng", "công ty", "tổng công ty"})
# Titles a one-word stage name follows (`ca sĩ IU`, `rapper Psy`, `nữ diễn viên IU`).
_STAGE_TITLES = frozenset(
    tuple(t.split())
    for t in (
        *("ca sĩ", "Ca sĩ", "nữ ca sĩ", "Nữ ca sĩ", "nam ca sĩ", "Nam ca sĩ", "rapper", "Rapper"),
        *("diễn viên", "Diễn viên", "nữ diễn viên", "Nữ diễn viên", "nam diễn viên", "Nam diễn viên"),
    )
)
_NO_NAME_END = frozenset({"và", "cùng", "hoặc", "với"})
_CLOSING_QUOTES = frozenset({'"', "”", "»"})
_ROMAN = re.compile(r"[IVXLC]+")
# Lower-case particles inside a Latin name (`Ursula von der Leyen`, `Mohammed bin Salman`).
_NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "bin", "al", "dos", "ter"}
)


def _is_latin_name(word: str, previous: str) -> bool:
    """An acronym (`LG`) or a second Latin word (`LG Energy`): an organisation's name written in Latin."""
    return (word.isupper() and _ACRONYM.fullmatch(word) is not None) or bool(
        previous and _ASCII_CAP.fullmatch(word) and _ASCII_CAP.fullmatch(previous)
    )


class _Extractor(AgentRules, PlaceRules):
    """Every rule, run in order by `extract_entities`: places first, so no rule reads a place as a name."""

    # organisations -----------------------------------------------------------------------------------
    def find_acronym_orgs(self) -> None:
        words = self.words
        for k in range(1, len(words) - 1):
            if words[k - 1] != "(" or words[k + 1] != ")" or not _ACRONYM.fullmatch(words[k]):
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
            if self._opens_organisation(j):
                return j
            j -= 1
        return None

    def find_headed_orgs(self) -> None:
        words, tokens = self.words, self.tokens
        i = 0
        while i < len(words):
            length = self._head_length(i) if not tokens[i].tag else 0
            if length and match_at(self.lex.titles, words, i) > length:
                length = 0  # `Bộ trưởng`, `Phó Chủ tịch`: a title that begins like an organisation
            if not length:
                i += 1
                continue
            end = self._extend_org(i, i + length)
            if self._common_noun_opening(i, i + length, end):
                self.forget(i, end)  # `Ngân hàng Trung ương`: `Trung` alone is no brand either
                i = end
                continue
            if end - i >= 2 and (end - i > length or length >= 2):
                self.add(i, end, "org")
                if _ASCII_CAP.fullmatch(words[end - 1]):
                    self._list_after(end)  # `Hãng Hyundai Motor và Kia`: brands listed after the first
                i = end
            else:
                i += 1

    def _extend_org(self, start: int, j: int) -> int:
        words, tokens = self.words, self.tokens
        head_end = j
        bounded = " ".join(words[start:j]) in self.lex.bounded_heads
        named = False  # a capitalised word after the head starts a name, which may go on in lower case
        latin = False  # an acronym or two Latin words (`LG Energy`) make a name that lower case ends
        while j < len(words) and j - start < 16 and self.same_sentence(start, j):
            word = words[j]
            if tokens[j].tag == "place":
                while j < len(words) and tokens[j].tag == "place" and self.same_sentence(start, j):
                    j += 1
                return j + 1 if self._brand_after_country(start, j) else j
            if word == "(" and j + 2 < len(words) and words[j + 2] == ")" and _ACRONYM.fullmatch(words[j + 1]):
                return j + 3 if words[j + 1] not in self.lex.non_org_acronyms else j
            if word == "," and self._comma_inside_name(j):
                j += 1
                continue
            if word == "và" and j + 1 < len(words) and self._opens_organisation(j + 1):
                break  # `Bộ Công nghiệp và Bộ Tài chính`, `… cầm quyền và đảng Dân chủ`: two organisations
            if not word[0].isalpha() or tokens[j].tag == "person" or self.is_stop(j):
                break
            if bounded and not word[0].isupper() and not named:
                if self._compound_at(j):
                    j += 2  # `Tòa án tối cao`
                    continue
                if not self._named_after_lower(j):
                    break  # `Chính phủ đương nhiệm` is no name; `Tòa án Hiến pháp`, `Tòa án quận Nam Seoul` are
            if latin and word[0].islower():
                break  # `Công ty LG Energy Solution đầu tư …`: a Latin name ends the organisation's
            # `Hãng điện tử Samsung`, `Tập đoàn thương mại điện tử Coupang`: what a company does, then its brand,
            # which ends the name like a Latin one
            brand = not named and self._company_head(start, head_end) and _ASCII_CAP.fullmatch(word) is not None
            named = named or word[0].isupper()
            latin = latin or brand or _is_latin_name(word, words[j - 1] if j > head_end else "")
            if _ASCII_CAP.fullmatch(word) and j + 1 < len(words) and HYPHEN_GIVEN.fullmatch(words[j + 1]):
                break  # a person's name starts here
            if j > head_end and self.korean_name_at(j):
                break  # `ứng cử viên đảng Dân chủ Lee Jae Myung`: so does this one
            if j > head_end and match_at(self.lex.titles, words, j):
                break
            if word[0].isupper() and j - head_end >= 3 and all(w.islower() for w in words[j - 3 : j]) and not brand:
                break  # a new proper noun after a long lower-case run
            j += 1
        while j > head_end + 1 and words[j - 1] in _NO_NAME_END:
            j -= 1  # `Viện Vũ khí hạt nhân | và kêu gọi`: a name never ends on a conjunction
        return j

    def _common_noun_opening(self, start: int, head_end: int, end: int) -> bool:
        """`Hiệp hội cho biết …`, `Cơ quan chức năng đang điều tra …`: a sentence's first word is capitalised
        anyway, so a head alone there refers back to a name (unless it is one institution: `Quốc hội`,
        `Chính phủ`); a generic group (`generic_orgs.txt`) and a team with no country or club named are no
        names anywhere."""
        if self.span(start, end).casefold() in self.lex.generic_orgs:
            return True
        head = " ".join(self.words[start:head_end])
        if head in _NAME_NEEDED_HEADS and not any(
            w[:1].isupper() or self.tokens[k].tag for k, w in enumerate(self.words[head_end:end], head_end)
        ):
            return True  # `Đội tuyển chuẩn bị …`: a team is named by its country or club
        if start > 0 and self.same_sentence(start - 1, start):
            return False
        return end == head_end and head not in self.lex.bounded_heads

    def _named_after_lower(self, j: int) -> bool:
        """A place's name follows words[j] within three words of an administrative level (`quận trung tâm
        Seoul`, `cấp cao Seoul`): the court or the police of that place."""
        for k in range(j, min(j + 4, len(self.words))):
            if not self.same_sentence(j, k):
                return False
            if self.words[k][:1].isupper():
                return k > j
            if self.words[k] not in _LEVEL_WORDS:
                return False
        return False

    def _company_head(self, start: int, end: int) -> bool:
        return " ".join(self.words[start:end]).casefold() in _COMPANY_HEADS

    def _brand_after_country(self, start: int, j: int) -> bool:
        """`Hãng điện tử hàng đầu Hàn Quốc Samsung`: a one-word Latin name after the country is the
        organisation's; after a title (`Chủ tịch Ủy ban châu Âu Ursula …`) it is a person's."""
        words = self.words
        brand = j < len(words) and _ASCII_CAP.fullmatch(words[j]) and not self.tokens[j].tag
        one_word = j + 1 >= len(words) or not words[j + 1][:1].isupper()
        in_role = any(start >= n and match_at(self.lex.titles, words, start - n) == n for n in (1, 2, 3))
        return bool(brand and one_word and not in_role and self.same_sentence(start, j))

    def _opens_organisation(self, k: int) -> bool:
        """words[k] starts an organisation's name: a head (`Bộ`, `Ngân hàng`) or `đảng` before a name."""
        return self._head_length(k) > 0

    def _head_length(self, k: int) -> int:
        """How many words of an organisation's head start at words[k] (`Ngân hàng`, `đảng` before a name),
        or 0. A head that is also a common noun needs a capital after it: `Bộ Ngoại giao`, `Phòng Thương
        mại`, not `bộ phim`, `Phòng ngừa` (to prevent)."""
        words = self.words
        capital_after = k + 1 < len(words) and words[k + 1][:1].isupper()
        if words[k] == "đảng":
            return 1 if capital_after else 0
        length = match_at(self.lex.org_heads, words, k) if words[k][:1].isupper() else 0
        named_after = k + length < len(words) and words[k + length][:1].isupper()
        if length and " ".join(words[k : k + length]) in _NAMED_HEADS and not named_after:
            return 0
        return length

    def _comma_inside_name(self, j: int) -> bool:
        """`Bộ Công nghiệp, thương mại và tài nguyên`, `Bộ Văn hóa, Thể thao và Du lịch`: one name."""
        return comma_joins_name(self.words[max(0, j - 4) : j], self.words[j + 1 : j + 5])

    def find_latin_names(self) -> None:
        """Runs of Latin capitalised words: people after a title, organisations after an org noun."""
        words, tokens = self.words, self.tokens
        i = 0
        while i < len(words):
            if tokens[i].tag or not latin_cap(words[i]) or self._in_quotes(i):
                i += 1
                continue
            title = match_at(self.lex.titles, words, i)
            if title:  # `CEO OpenAI Sam Altman`: the title is not part of the name after it
                i += title
                continue
            j = i
            while j < len(words) and not tokens[j].tag and self.same_sentence(i, j):
                if latin_cap(words[j]):
                    j += 1
                elif j > i and (after := self._particles_inside_name(j)):
                    j = after
                else:
                    break
            if j < len(words) and words[j][:1].isupper() and not latin_cap(words[j]) and self.same_sentence(i, j):
                i = j + 1  # part of a Vietnamese proper noun (Trung Quốc)
                continue
            if i >= 2 and words[i - 1] == "(" and words[i - 2] in _CLOSING_QUOTES and words[j : j + 1] == [")"]:
                i = j  # `"Khi cuộc đời cho bạn quả quýt" (When Life Gives You Tangerines)`: the work's own title
                continue
            self._classify_run(i, j)
            i = j

    def _particles_inside_name(self, j: int) -> int:
        """Past `von der`, `bin` … when they sit between two capitalised Latin words (`Ursula von der Leyen`):
        the index of the capitalised word after them, or 0."""
        k = j
        while k < len(self.words) and k - j < 3 and self.words[k] in _NAME_PARTICLES:
            k += 1
        return k if k > j and k < len(self.words) and latin_cap(self.words[k]) else 0

    def _in_quotes(self, i: int) -> bool:
        return self.quotes.inside(self.tokens[i].start)

    def _org_noun_before(self, i: int) -> bool:
        """An organisation noun (`tập đoàn`, `câu lạc bộ`) names the Latin word at i: it comes within seven
        lower-case words before it, and is not plural (`các câu lạc bộ người hâm mộ Hallyu` are clubs of
        fans of Hallyu) unless `như` lists examples (`các tập đoàn toàn cầu như BlackRock`)."""
        j = i - 1
        listed = j >= 0 and self.words[j] == "như"
        if listed:
            j -= 1
        while j >= 0 and i - j <= 7 and self.same_sentence(i, j) and self.words[j].islower() and not self.is_stop(j):
            if match_at(self.lex.org_nouns, self.words, j):
                return listed or not self._plural_at(j - 1)
            j -= 1
        named = j >= 0 and self.same_sentence(i, j) and match_at(self.lex.org_nouns, self.words, j) > 0
        return named and (listed or not self._plural_at(j - 1))

    def _plural_at(self, j: int) -> bool:
        return j >= 0 and self.words[j] in ("các", "những", "nhiều")

    def _classify_run(self, i: int, j: int) -> None:
        words = self.words
        if j - i >= 2 and any(w in self.lex.company_words for w in words[i + 1 : j]):
            last = max(k for k in range(i + 1, j) if words[k] in self.lex.company_words)
            title = self._title_before(i)
            if j - last >= 3 and title is not None:  # `Chủ tịch Hyundai Motor Chung Euisun`: its head after it
                self.add(i, last + 1, "org")
                self.add(last + 1, j, "person", self.span(title, last + 1).rstrip(" ,") or None)
                return
            self.add(i, j, "org")  # `Samsung Electronics`, `Asiana Airlines`: a company's name on its own
            self._list_after(j)
            return
        known = self.entities.get(words[i].casefold())
        if j - i == 2 and known is not None and known.kind == "org":
            self.add(i, j, "org")  # `tập đoàn SK … SK Hynix`: a known group's name opens its affiliate's
            return
        if self._org_noun_before(i) and words[i] not in self.lex.non_org_acronyms:
            title = self._title_before(i)
            if j - i >= 3 and title is not None:
                self.add(i, i + 1, "org")
                self.add(i + 1, j, "person", self.span(title, i + 1).rstrip(" ,") or None)
            else:
                self.add(i, j, "org")
            self._list_after(j)
            return
        if j - i >= 2 and i > 0 and words[i - 1] == "của" and self._title_close_before(i):
            # `CEO của Samsung SDI`: whose the title is, not who holds it; `Chủ tịch của Meta Mark Zuckerberg`:
            # the company's one word, then its head
            if j - i == 2:
                self.add(i, j, "org")
            else:
                self.add(i, i + 1, "org")
                self.add(i + 1, j, "person", self._role(i + 1, j))
        elif j - i >= 2 and (self._title_close_before(i) or self._apposition_title(j)):
            if j - i >= 3 and self._brand_first(i, j):  # `CEO OpenAI Sam Altman`
                self.add(i, i + 1, "org")
                i += 1
            self.add(i, j, "person", self._role(i, j))
        elif j - i == 1 and any(tuple(words[i - n : i]) in _STAGE_TITLES for n in (1, 2)):
            self.add(i, j, "person", self._role(i, j))  # `ca sĩ IU`, `Ca sĩ Rosé`: a stage name is one word

    def _title_close_before(self, i: int) -> bool:
        """A title governs the Latin name at i with at most three lower-case words between them (`Giám đốc
        điều hành tập đoàn Samsung Electronics Jun …`); further off, the words describe something else
        (`tay golf Hàn Quốc trẻ nhất vô địch một giải PGA Tour`)."""
        title = self._title_before(i)
        if title is None:
            return False
        start = title + max(1, match_at(self.lex.titles, self.words, title))
        listed = [k for k in range(start, i) if self._in_portfolio(k)]
        if (
            listed
        ):  # `Bộ trưởng Kinh tế, thương mại và công nghiệp …`: the fields are the title's, the last of two words
            start = listed[-1] + 3
        return sum(1 for w in self.words[start:i] if w[:1].islower()) <= 3

    def _brand_first(self, i: int, j: int) -> bool:
        """The first word of a three-word Latin run is a company's, not a given name: an acronym, a
        capital inside (`OpenAI`), or a word the story also uses on its own."""
        first = self.words[i]
        if first.isupper() or any(ch.isupper() for ch in first[1:]):
            return True
        rest = " ".join(self.words[i + 1 : j])
        return self.text.count(first) > self.text.count(f"{first} {rest}")

    def _apposition_title(self, end: int) -> bool:
        return (
            end + 1 < len(self.words) and self.words[end] == "," and match_at(self.lex.titles, self.words, end + 1) > 0
        )

    def _list_after(self, j: int) -> None:
        """`các tập đoàn như BlackRock và OpenAI`, `Samsung Electronics và SK Hynix`: organisations listed
        after the first, each a run of Latin capitalised words."""
        while j + 1 < len(self.words) and self.words[j] in (",", "và") and _ASCII_CAP.fullmatch(self.words[j + 1]):
            if self.words[j + 1] in self.lex.non_org_acronyms or self.tokens[j + 1].tag:
                return
            end = j + 2
            while end < len(self.words) and _ASCII_CAP.fullmatch(self.words[end]) and not self.tokens[end].tag:
                end += 1
            if end - j - 1 > 1 and HYPHEN_GIVEN.fullmatch(self.words[end - 1]):
                return  # `… và Lee Jae-yong`: a person's name, not a brand
            self.add(j + 1, end, "org")
            j = end

    def _in_latin_run(self, i: int) -> bool:
        """words[i] has a Latin capitalised neighbour (`World Cup`); a sentence's first word (`Theo Netflix`)
        is capitalised anyway and does not count."""
        return any(
            0 <= k < len(self.words)
            and self.same_sentence(i, k)
            and _ASCII_CAP.fullmatch(self.words[k]) is not None
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
            if token.tag or not _ASCII_CAP.fullmatch(token.text) or _ROMAN.fullmatch(token.text):
                continue
            if any(ch.isdigit() for ch in token.text):
                continue  # `Galaxy S24`, `G20`: a model or a forum, not a company
            if i == 0 or self.tokens[i - 1].sentence != token.sentence or self._in_quotes(i):
                continue  # a sentence's first word is capitalised anyway; a quoted name is a title
            previous = self.words[i - 1]
            if previous[:1].isupper() and not previous.isascii():
                continue  # the tail of a Vietnamese proper noun (`Nhà Xanh`)
            if self._in_latin_run(i):
                continue  # a word of a longer Latin name (`World Cup`), never a brand on its own
            counts.setdefault(token.text, []).append(i)
        lower_words = {w for w in self.words if w[:1].islower()}
        for word, positions in counts.items():
            if len(positions) < 2 or word in self.lex.non_org_acronyms or len(word) < 2 or word.casefold() in places:
                continue
            if word.lower() in lower_words:
                continue  # `giải Phim hay nhất` beside `bộ phim`: a common word capitalised in a title
            if word in self.lex.korean_surnames or (word.isupper() and len(word) > 6):
                continue
            if any(i > 0 and self.words[i - 1] in HONORIFICS for i in positions):
                continue
            self.add(positions[0], positions[0] + 1, "org")


def extract_entities(text: str, sentences: list[tuple[int, str]]) -> tuple[list[Entity], list[tuple[str, int]]]:
    """Every person and organisation the rules find, and each place with its offset, unranked."""
    extractor = _Extractor(text, tokenize(sentences))
    extractor.mark_places()
    extractor.find_people()
    extractor.find_acronym_orgs()
    extractor.find_latin_names()
    extractor.find_headed_orgs()
    extractor.find_agents()
    extractor.find_repeated_brands()
    places = extractor.place_names()
    actors = [e for e in extractor.entities.values() if e.name.casefold() not in places]  # a place never acts
    return actors, extractor.places_outside_names()
