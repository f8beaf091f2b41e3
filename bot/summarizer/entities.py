"""Who acts in a story: people (with their titles) and organisations, from rules and word lists.

Offline NER for Vietnamese is poor on news (it tags companies as places and swallows titles), so the rules
follow how KBS writes: `Chủ tịch tập đoàn SK Chey Tae-won`, `ông Jensen Huang, Giám đốc điều hành …`,
`Viện … Hàn Quốc (KISTI)`, `Cục thống kê quốc gia Hàn Quốc`. Every name is a span of the text.
"""

from __future__ import annotations

from bot.summarizer.acronym_orgs import AcronymOrgRules
from bot.summarizer.agents import AgentRules
from bot.summarizer.brands import BrandRules
from bot.summarizer.clubs import ClubRules
from bot.summarizer.latin_words import latin_cap
from bot.summarizer.lexicon import match_at
from bot.summarizer.roles_after import ROLE_WORDS
from bot.summarizer.spans import Entity, tokenize

# Titles a one-word stage name follows (`ca sĩ IU`, `rapper Psy`, `nữ diễn viên IU`).
_STAGE_TITLES = frozenset(
    tuple(t.split())
    for t in (
        *("ca sĩ", "Ca sĩ", "nữ ca sĩ", "Nữ ca sĩ", "nam ca sĩ", "Nam ca sĩ", "rapper", "Rapper"),
        *("diễn viên", "Diễn viên", "nữ diễn viên", "Nữ diễn viên", "nam diễn viên", "Nam diễn viên"),
        *("trưởng nhóm", "Trưởng nhóm"),  # a band's leader (`Trưởng nhóm Karina`)
    )
)
# The titles that head a company, case-folded.
_COMPANY_HEADS = frozenset(
    {"ceo", "giám đốc điều hành", "giám đốc", "tổng giám đốc", "chủ tịch", "phó chủ tịch", "nhà sáng lập"}
)
_CLOSING_QUOTES = frozenset({'"', "”", "»"})
# Titles of a head of state or government, whom the news names by surname alone (`Tổng thống Trump`).
_LEADER_TITLES = tuple(
    tuple(t.split())
    for t in ("Tổng thống", "Phó Tổng thống", "Thủ tướng", "Phó Thủ tướng", "Ngoại trưởng", "Quốc vương", "Giáo hoàng")
)
_LEADER_OPENINGS = frozenset(t[0] for t in _LEADER_TITLES)
_MANY = frozenset({"các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"})
# Titles a discipline follows in a few lower-case words (`vận động viên trượt băng nghệ thuật`, `nghệ sĩ đàn tranh`).
_DISCIPLINE_TITLES = frozenset(
    {"vận động viên", "nghệ sĩ", "cầu thủ", "võ sĩ", "kỳ thủ", "tay vợt", "nhạc sĩ", "họa sĩ"}
)
# The words a title's field may take after `về` (`Đại diện cấp cao | về chính sách đối ngoại và an ninh`).
_FIELD_AFTER_ABOUT = 9
# Words that open with an organisation noun but name a thing (`trang phục Hanbok` is a garment, not a web page).
_NOT_ORG_NOUNS = frozenset(("trang", second) for second in ("phục", "trại", "bị", "sức", "trí", "điểm"))
# `sự kiện Galaxy Unpacked`, `lễ hội Boryeong Mud`: a name after these names an event, not who holds it.
_EVENT_NOUNS = frozenset({("sự", "kiện"), ("lễ", "hội"), ("triển", "lãm"), ("hội", "chợ"), ("liên", "hoan")})
# Words that make a Latin run a competition or an event (`K League`, `Korea Open`, `World Cup`), never a person.
_COMPETITION_WORDS = frozenset({"League", "Cup", "Open", "Series", "Championship", "Tour", "Games", "Awards", "Prix"})
_EVENT_WORDS = _COMPETITION_WORDS | {"Show", "Expo", "Festival", "Fair"}  # … and a show, whatever company it names
_MAX_NAME_WORDS = 4  # a listed person's name: `Philippe Aghion`, `Jean-Claude Van Damme`
_MEMBER_OF_BAND = [",", "thành", "viên", "nhóm"]  # `Rosé, thành viên nhóm nhạc …` (or `… ban nhạc …`)
# Lower-case particles inside a Latin name (`Ursula von der Leyen`, `Mohammed bin Salman`).
_NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "bin", "al", "dos", "ter"}
)


class _Extractor(AgentRules, AcronymOrgRules, BrandRules, ClubRules):
    """Every rule, run in order by `extract_entities`: places first, so no rule reads a place as a name."""

    _positions: dict[str, list[int]] | None = None  # each word's token positions, built on first use

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
            if words[i] == "Theo" and self._source_after(i + 1):
                i += 1  # `Theo | CNN, …`: "according to", not a given name
                continue
            j = i
            while j < len(words) and not tokens[j].tag and self.same_sentence(i, j):
                if latin_cap(words[j]):
                    j += 1
                elif j > i and (after := self._particles_inside_name(j)):
                    j = after
                elif j > i and self._stop_of_initial(j):
                    j += 1  # `J.D. Vance`, `George W. Bush`: an initial's stop, with more of the name after it
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

    def _source_after(self, k: int) -> bool:
        """Capitalised words from token k up to a comma (`Theo | Yonhap,`, `Theo | Nikkei Asia,`): whom a sentence
        opened by `Theo` cites."""
        j = k
        while j < len(self.words) and j - k < 5 and self.words[j][:1].isupper() and self.same_sentence(k, j):
            j += 1
        return j > k and self.words[j : j + 1] == [","]

    def _envoy_named(self, i: int, j: int) -> bool:
        """`Đại sứ Mỹ Michelle Park Steel`: a run that ends on a company word right after a title no company has
        (an envoy, a minister) is a person's name; after a company head's (`Chủ tịch Hyundai Steel`) it is the
        company."""
        first = self.words[i]
        if first.isupper() or any(ch.isupper() for ch in first[1:]) or first in self.lex.known_brands:
            return False  # `đại diện POSCO Steel`: an acronym or a brand opens a company's name
        title = self._title_before(i)
        if title is None or self.words[j - 1] not in self.lex.company_words or not self._title_close_before(i):
            return False
        length = match_at(self.lex.titles, self.words, title)
        return " ".join(self.words[title : title + length]).casefold() not in _COMPANY_HEADS

    def _stop_of_initial(self, j: int) -> bool:
        """The `.` at j follows a one-letter initial and comes before a capitalised Latin word of the same name."""
        words = self.words
        return (
            words[j] == "."
            and len(words[j - 1]) == 1
            and words[j - 1].isupper()
            and j + 1 < len(words)
            and latin_cap(words[j + 1])
            and self.tokens[j].start == self.tokens[j - 1].end  # (`J.`, not a list's `… hạng A . Tiếp`)
        )

    def _particles_inside_name(self, j: int) -> int:
        """Past `von der`, `bin` … when they sit between two capitalised Latin words (`Ursula von der Leyen`):
        the index of the capitalised word after them, or 0."""
        k = j
        while k < len(self.words) and k - j < 3 and self.words[k] in _NAME_PARTICLES:
            k += 1
        return k if k > j and k < len(self.words) and latin_cap(self.words[k]) else 0

    def _org_noun_before(self, i: int) -> bool:
        """An organisation noun (`tập đoàn`, `câu lạc bộ`) names the Latin word at i: it comes within seven
        lower-case words before it, and is not plural (`các câu lạc bộ người hâm mộ Hallyu` are clubs of
        fans of Hallyu) unless `như` lists examples (`các tập đoàn toàn cầu như BlackRock`)."""
        j = i - 1
        listed = j >= 0 and self.words[j] == "như"
        if listed:
            j -= 1
        while j >= 0 and i - j <= 7 and self.same_sentence(i, j) and self.words[j].islower() and not self.is_stop(j):
            if tuple(self.words[j : j + 2]) in _EVENT_NOUNS:
                return False  # `tổ chức sự kiện Galaxy Unpacked`: the name is the event's, `tổ chức` the verb
            if match_at(self.lex.org_nouns, self.words, j) and tuple(self.words[j : j + 2]) not in _NOT_ORG_NOUNS:
                return listed or not self._plural_at(j - 1)
            j -= 1
        named = j >= 0 and self.same_sentence(i, j) and match_at(self.lex.org_nouns, self.words, j) > 0
        return named and (listed or not self._plural_at(j - 1))

    def _plural_at(self, j: int) -> bool:
        return j >= 0 and self.words[j] in ("các", "những", "nhiều")

    def _classify_run(self, i: int, j: int) -> None:
        words = self.words
        if self._names_a_site(i):  # `Công viên Vinhomes Ocean Park`: a venue, where the story happens
            return
        sided = j - i <= 3 and (self._opponent_at(i) or self.club_side_at(i))  # `đánh bại Tottenham Hotspur 4-3`
        if sided and not self._title_close_before(i):
            self.add(i, j, "org")  # the team a match was played against, or a player's club
            return
        if j - i >= 2 and any(w in self.lex.company_words for w in words[i + 1 : j]) and not self._envoy_named(i, j):
            if words[j - 1] in _EVENT_WORDS:
                return  # a company's word in an event's name (`Seoul Mobility Show`): the event holds nobody
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
        staged = any(tuple(words[i - n : i]) in _STAGE_TITLES for n in (1, 2))  # `Trưởng | nhóm` is no band
        if self._org_noun_before(i) and words[i] not in self.lex.non_org_acronyms and not staged:
            title = self._title_before(i)
            # `Thành viên nhóm nhạc BTS | Jungkook`: a member of a band, named by one word after the band's name
            band = j - i == 2 and words[i - 2 : i] in (["nhóm", "nhạc"], ["ban", "nhạc"])
            if band and i >= 4 and words[i - 4].casefold() == "thành" and words[i - 3] == "viên":
                self.add(i, i + 1, "org")
                self.add(i + 1, j, "person", self.span(i - 4, i + 1))
            elif j - i >= 3 and title is not None:
                self.add(i, i + 1, "org")
                self.add(i + 1, j, "person", self.span(title, i + 1).rstrip(" ,") or None)
            else:  # with its short name in parentheses (`tổ chức giáo dục Quacquarelli Symonds (QS)`)
                self.add(i, j + 3 if self._short_name_at(j) else j, "org")
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
            if any(w in _COMPETITION_WORDS for w in words[i:j]):
                return  # `cầu thủ xuất sắc nhất (MVP) K League 1`: a competition, nobody's name
            if j - i >= 3 and self._brand_first(i, j):  # `CEO OpenAI Sam Altman`, `CEO Goldman Sachs David Solomon`
                self.add(i, j - 2, "org")
                i = j - 2
            role = self._role(i, j)
            self.add(i, j, "person", role)
            title = self._title_before(i)
            if title is not None and title > 0 and words[title - 1].lower() in _MANY:  # `ba nhà kinh tế học …`
                self._people_listed_after(j, role)
            elif words[j : j + 1] == ["và"]:  # `… Penny Wong và Richard Marles`: someone else, whose role is untold
                self._person_listed_after(j)
        elif (
            j - i == 1
            and words[i] not in self.lex.non_org_acronyms  # `một ca sĩ K-pop`: a genre, no stage name
            and (any(tuple(words[i - n : i]) in _STAGE_TITLES for n in (1, 2)) or self._stage_title(i))
        ):
            # `ca sĩ IU`, `Ca sĩ Rosé`, `Ca sĩ nổi tiếng Hàn Quốc G-Dragon`: a stage name is one word
            self.add(i, j, "person", self._role(i, j))
        elif j - i == 1 and self._leader_by_surname(i):
            # `Tổng thống Trump`, `Thủ tướng Nhật Bản Ishiba`: a head of state or government named by surname alone
            self.add(i, j, "person", self._role(i, j))
        elif j - i == 1 and i >= 2 and words[i - 2].casefold() == "thành" and words[i - 1] == "viên":
            # `cùng với thành viên Jimin`; not `thành viên NATO`, an alliance's member, nor `các thành viên
            # NewJeans`, the band whose members they are
            plural = i >= 3 and words[i - 3].lower() in _MANY
            if not words[i].isupper() and not plural:
                self.add(i, j, "person", self.span(i - 2, i).strip())
        elif j - i == 1 and (
            words[j : j + 4] == _MEMBER_OF_BAND or words[j : j + 5] == [*_MEMBER_OF_BAND[:3], "ban", "nhạc"]
        ):
            # `Rosé, thành viên nhóm nhạc nữ BLACKPINK,`: a member of a band, named by a stage name
            end = next((k for k in range(j + 1, min(len(words), j + ROLE_WORDS)) if words[k] in (",", ".")), j + 4)
            self.add(i, j, "person", self.span(j + 1, end).strip(" ,"))

    def _leader_by_surname(self, i: int) -> bool:
        """One Latin word right after the title of a head of state or government, or with only its country between
        (`Tổng thống Mỹ | Trump`), is that leader's surname: no acronym (`Tổng thống | EU`…) nor brand."""
        word = self.words[i]
        if (
            word.isupper()
            or word in self.lex.known_brands
            or _LEADER_OPENINGS.isdisjoint(self.words[max(0, i - 6) : i])
        ):
            return False  # (the last test is cheap: most one-word Latin names have no leader's title near them)
        title = self._title_before(i)
        if title is None or not self._title_close_before(i):
            return False
        return any(tuple(self.words[title : title + len(t)]) == t for t in _LEADER_TITLES)

    def _stage_title(self, i: int) -> bool:
        """A singer's or an actor's title governs the one Latin word at i across a few words that describe them
        and their country (`Ca sĩ nổi tiếng Hàn Quốc | G-Dragon`)."""
        title = self._title_before(i)
        if title is None or not self._title_close_before(i):
            return False
        stage = next((n for n in (1, 2, 3) if tuple(self.words[title : title + n]) in _STAGE_TITLES), 0)
        # … never across another name (`Ca sĩ … Sơn Tùng | M-TP` is one name the run does not hold whole)
        between = range(title + stage, i)
        return stage > 0 and all(self.words[k].islower() or self.tokens[k].tag == "place" for k in between)

    def _people_listed_after(self, j: int, role: str | None) -> None:
        """`ba nhà kinh tế học Joel Mokyr, Philippe Aghion và Peter Howitt`: people listed after the first one a
        title counted in the plural names, each two or more Latin capitalised words, share its role (after a
        title in the singular, `Tổng thống Trump và Elon Musk`, the next name is someone else's)."""
        words = self.words
        j = self._past_country(j)
        while j + 2 < len(words) and words[j] in (",", "và") and self.same_sentence(j, j + 2):
            end = self._listed_name_end(j)
            if end - j - 1 < 2:
                return
            self.add(j + 1, end, "person", role)
            j = self._past_country(end)

    def _past_country(self, j: int) -> int:
        """Past a country in brackets at j (`Susumu Kitagawa (Nhật Bản), Richard Robson …`), which says where a listed
        person is from; else j."""
        close = j + 1
        while close < min(len(self.words), j + 5) and self.tokens[close].tag == "place":
            close += 1
        listed = self.words[j : j + 1] == ["("] and close > j + 1 and self.words[close : close + 1] == [")"]
        return close + 1 if listed else j

    def _listed_name_end(self, j: int) -> int:
        """Where the run of free Latin capitalised words after the separator at j ends (at most _MAX_NAME_WORDS), an
        initial and its stop among them (`Omar M. Yaghi`)."""
        words, end = self.words, j + 1
        while end < len(words) and latin_cap(words[end]) and not self.tokens[end].tag and end - j <= _MAX_NAME_WORDS:
            initial = len(words[end]) == 1 and words[end + 1 : end + 2] == ["."] and end + 2 < len(words)
            end += 2 if initial and end > j + 1 and latin_cap(words[end + 2]) else 1
        return end

    def _person_listed_after(self, j: int) -> None:
        """After a titled person, `và` at j and two or more Latin capitalised words that a lower-case word or
        punctuation ends: a second person, unless a company's word or a known brand is among them."""
        words = self.words
        end = self._listed_name_end(j)
        name = words[j + 1 : end]
        ended = end == len(words) or not words[end][:1].isupper()
        company = any(w in self.lex.company_words or w in self.lex.known_brands for w in name)
        if len(name) >= 2 and ended and not company and self.same_sentence(j, end - 1):
            self.add(j + 1, end, "person", None)

    def _title_close_before(self, i: int) -> bool:
        """A title governs the Latin name at i with at most three lower-case words between them (`Giám đốc
        điều hành tập đoàn Samsung Electronics Jun …`); further off, the words describe something else
        (`tay golf Hàn Quốc trẻ nhất vô địch một giải PGA Tour`)."""
        title = self._title_before(i)
        if title is None:
            return False
        start = title + max(1, match_at(self.lex.titles, self.words, title))
        # `Bộ trưởng Kinh tế, thương mại và công nghiệp …`: the fields are the title's, the last of two words
        listed = [k for k in range(start, i) if self._in_portfolio(k)]
        if listed:
            start = listed[-1] + 3
        # whose title it is, after `của`, is an organisation's name (`Ủy viên phụ trách thương mại | của Ủy ban châu
        # Âu | Valdis Dombrovskis`): only the words before it count
        whose = next((k for k in range(start, i - 1) if self.words[k] == "của" and self.words[k + 1][:1].isupper()), i)
        # an organisation's own words are the title's (`Chủ tịch Liên đoàn bóng đá thế giới (FIFA) Gianni …`)
        lower = sum(1 for k in range(start, whose) if self.words[k][:1].islower() and self.tokens[k].tag != "org")
        # … and so is the field it is for, after `về` (`Đại diện cấp cao | về chính sách đối ngoại và an ninh | của EU`)
        about = next((k for k in range(start, min(whose, start + 3)) if self.words[k] == "về"), None)
        if about is not None and self._title_before_field(about) == title:
            return whose - about <= _FIELD_AFTER_ABOUT
        # a field the title covers may take a word more (`phụ trách …`), and so may an athlete's or an artist's
        # discipline (`vận động viên | trượt băng nghệ thuật | Kim Yuna`)
        discipline = " ".join(self.words[title:start]).casefold().removeprefix("cựu ") in _DISCIPLINE_TITLES
        return lower <= (4 if whose < i or discipline else 3)

    def _brand_first(self, i: int, j: int) -> bool:
        """A Latin run of three or more words after a title opens with an organisation when its first word is an
        acronym, has a capital inside (`NATO`, `OpenAI`) or stands alone elsewhere in the story; after a company head's
        title, with any brand (`CEO Apple Tim Cook`): news writes a head that way. Not after a title of state (`Tổng
        thống Recep Tayyip Erdogan` is one name), not when particles join the words (`Ursula von der Leyen`) or initials
        open it (`J.D. Vance`), not a Korean name written without hyphens (`Lee Jae Myung`, by surname), not right after
        the short name of the body the title heads, which named it (a title's own short name, `(CEO)`, names no
        body)."""
        if "." in self.words[i:j]:
            return False  # `Phó Tổng thống Mỹ J.D. Vance`: initials open a person's name, not an acronym's
        first = self.words[i]
        if first.isupper() or any(ch.isupper() for ch in first[1:]):
            return True  # `Tổng thư ký NATO Mark Rutte`, `CEO OpenAI Sam Altman`: an acronym or a brand's capital
        if i > 1 and self.words[i - 1] == ")" and not match_at(self.lex.titles, self.words, i - 2):
            return False  # `Tổng Giám đốc Tổ chức Y tế Thế giới (WHO) | Tedros …`: the body was named, its head follows
        # (`Giám đốc điều hành (CEO) | Nvidia Jensen Huang`: the parentheses shorten the title, the body comes after)
        if self._stands_alone(i, j):
            return True  # the story also names it alone
        title = self._title_before(i)
        length = match_at(self.lex.titles, self.words, title) if title is not None else 0
        heads = title is not None and " ".join(self.words[title : title + length]).casefold() in _COMPANY_HEADS
        if not heads or any(not latin_cap(w) for w in self.words[i:j]):
            return False
        return first not in self.lex.korean_surnames

    def _stands_alone(self, i: int, j: int) -> bool:
        """words[i] also stands in the story without the words[i + 1:j] that follow it here. Read from an
        index of each word's positions, built once: a scan of the text for each run would make a text of
        many titled runs cost its length squared."""
        if self._positions is None:
            self._positions = {}
            for k, word in enumerate(self.words):
                self._positions.setdefault(word, []).append(k)
        run = self.words[i:j]
        return any(self.words[k : k + len(run)] != run for k in self._positions[self.words[i]])

    def _apposition_title(self, end: int) -> bool:
        return (
            end + 1 < len(self.words) and self.words[end] == "," and match_at(self.lex.titles, self.words, end + 1) > 0
        )


def extract_entities(text: str, sentences: list[tuple[int, str]]) -> tuple[list[Entity], list[tuple[str, int]]]:
    """Every person and organisation the rules find, and each place with its offset, unranked."""
    extractor = _Extractor(text, tokenize(sentences))
    extractor.mark_places()
    extractor.find_people()
    extractor.find_acronym_orgs()
    extractor.find_clubs_named_after_places()
    extractor.find_latin_names()
    extractor.find_headed_orgs()
    extractor.find_agents()
    extractor.find_acting_cities()
    extractor.find_repeated_brands()
    extractor.find_known_brands()
    extractor.find_lowercase_groups()
    extractor.find_described_brands()
    extractor.find_listed_companies()
    extractor.find_listed_before()
    places = extractor.place_names()
    actors = [e for e in extractor.entities.values() if e.name.casefold() not in places]  # a place never acts
    return actors, extractor.places_outside_names()
