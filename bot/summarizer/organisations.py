"""Organisations named by a head (`Bộ Ngoại giao`, `Ngân hàng trung ương Hàn Quốc`, `Tòa án quận Trung tâm
Seoul`) or listed after another (`Samsung Electronics và SK Hynix`); those an acronym in brackets closes
(`Viện … Hàn Quốc (KISTI)`) are `acronym_orgs.py`'s, which opens them at the same heads.

A head starts the name (`org_openings.py` says which words are heads, and when one is only a common noun: `bộ
phim`); the rules here say where the name ends (a place, a person's name, a verb, a long lower-case run) and when
a head opens none (`Hiệp hội cho biết …`). `entities._Extractor` runs them after the places and before the
Latin-name rules.
"""

from __future__ import annotations

import re

from bot.summarizer.bounded_heads import force_kind, named_after_lower
from bot.summarizer.common_heads import ASCII_CAP, PLURAL, TRADE_WORDS
from bot.summarizer.latin_words import VOWEL_RUN, foreign_lower
from bot.summarizer.lexicon import GOVERNMENTS, comma_joins_name, leaders_service_at, match_at
from bot.summarizer.org_openings import OrgOpeningRules
from bot.summarizer.people import HYPHEN_GIVEN

ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,9}")
_SHORT_NAME = re.compile(r"[A-Z][a-z]{2,6}")  # `Cục Dự trữ Liên bang Mỹ (Fed)`: a short name in parentheses

# Lower-case words a name may hold after its last capitalised one (`Cơ quan Cảnh sát | quốc gia`, `Ủy ban
# Dân số và Xã hội | già hóa`) before what follows is what the organisation does.
_NAME_TAIL_WORDS = 3
# Lower-case halves that end a name before its verb (`đảng Sức mạnh | quốc dân | tẩy chay cuộc bỏ phiếu`, `đảng
# Quyền lực | nhân dân | với 41,15%`).
_NAME_TAILS = frozenset(
    {("quốc", "dân"), ("quốc", "gia"), ("đồng", "hành"), ("đổi", "mới"), ("nhân", "dân"), ("trung", "ương")}
)
# … and a field of three lower-case syllables that ends one (`Cục Quản lý | xuất nhập cảnh | cho biết`).
_FIELD_TAILS = frozenset({("xuất", "nhập", "cảnh")})
_SENTENCE_STOPS = frozenset({".", "!", "?", ";"})
_SAYS = frozenset({("cho", "biết"), ("thông", "báo"), ("tuyên", "bố"), ("công", "bố"), ("cho", "rằng")})
_OBJECT_OPENERS = frozenset({"các", "những", "một", "mức", "cuộc", "nhiều", "với"})  # `… hợp tác | với`
# Where a verb of motion goes (`Bộ Quốc phòng | chuyển | về Yongsan`, `… | rút quân | khỏi …`): words before them,
# past a name's last half-word, are what the organisation does, not its name.
_WHITHER = frozenset({"về", "sang", "tới", "đến", "ra", "vào", "lên", "xuống", "khỏi"})
# What `và` opens after a name in lower case when it joins a second site to it, not a field to the name.
_SECOND_SITE = frozenset({"cơ sở", "nhà máy", "khu vực", "trung tâm", "các cơ"})  # `các cơ quan`: agencies
_NO_NAME_END = frozenset({"và", "cùng", "hoặc", "với", "các", "những"})
_FIELD_WORDS = 4  # lower-case words of a ministry's second field (`và công nghệ thông tin`)
_NATIONAL = frozenset({("Quốc", "gia"), ("Trung", "ương")})  # what level a body is, the last words of its name
_FIELD_HALF_WORDS = 6  # … after a field whose lower-case half runs to five words (`Di sản | văn hóa dưới nước`)


def _is_latin_name(word: str, previous: str) -> bool:
    """An acronym (`LG`) or a second Latin word (`LG Energy`): an organisation's name written in Latin."""
    return (word.isupper() and ACRONYM.fullmatch(word) is not None) or bool(
        previous and ASCII_CAP.fullmatch(word) and ASCII_CAP.fullmatch(previous)
    )


# A Vietnamese syllable written without accents (`Giao`, `Thanh`), which a Latin brand seldom is (`Naver`).
_PLAIN_SYLLABLE = re.compile(r"(?i)(?:ngh|[cgknpt]h|gi|qu|ng|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")


# Heads that also open common words (`Vụ tai nạn`, an accident; `Vụ Itaewon`, the Itaewon incident): a department only
# right after the title of the one heading it (`Vụ trưởng | Vụ Chính sách Ngoại giao`).
_TITLED_HEADS = {"Vụ": (["Vụ", "trưởng"], ["Vụ", "phó"])}


class OrgRules(OrgOpeningRules):
    """The rules for organisations named by a head; `entities._Extractor` runs `find_headed_orgs`, and
    `acronym_orgs.AcronymOrgRules` adds the names an acronym in brackets closes."""

    def find_headed_orgs(self) -> None:
        words, tokens = self.words, self.tokens
        i = 0
        while i < len(words):  # (a word's head start read first: most words open no head)
            length = self._head_length(i) if words[i] in self.lex.org_head_starts and not tokens[i].tag else 0
            if length and match_at(self.lex.titles, words, i) > length:
                length = 0  # `Bộ trưởng`, `Phó Chủ tịch`: a title that begins like an organisation
            if length and self._title_holds_head(i):
                length = 0  # `Chánh | Văn phòng …`: a title that holds an organisation's head
            if length and words[i] in _TITLED_HEADS and words[max(0, i - 2) : i] not in _TITLED_HEADS[words[i]]:
                length = 0  # `Vụ tai nạn`, `Vụ Itaewon`: an incident, unless its own title is just before
            if not length:
                i += 1
                continue
            end = self._extend_org(i, i + length)
            if self._names_a_document(i):  # `Luật Tổ chức Chính phủ`: a law's or a treaty's name, no actor
                i = end
                continue
            if self._names_no_body(i, i + length, end):
                self.forget(i, end)
                i = end
                continue
            if end - i >= 2 and (end - i > length or length >= 2):
                self.add(i, end, "org")
                if ASCII_CAP.fullmatch(words[end - 1]):
                    self._list_after(end)  # `Hãng Hyundai Motor và Kia`: brands listed after the first
                i = end
            else:
                i += 1

    def _short_name_at(self, j: int) -> bool:
        """`(KDCA)`, `(Fed)` at j: the organisation's short name in parentheses (not `(AI)`, not a place)."""
        words = self.words
        if j + 2 >= len(words) or words[j] != "(" or words[j + 2] != ")" or self.tokens[j + 1].tag:
            return False
        short = words[j + 1]
        named = ACRONYM.fullmatch(short) or _SHORT_NAME.fullmatch(short)
        return bool(named) and short not in self.lex.non_org_acronyms

    def _extend_org(self, start: int, j: int) -> int:
        words, tokens = self.words, self.tokens
        head_end = j
        bounded = " ".join(words[start:j]) in self.lex.bounded_heads
        named = False  # a capitalised word after the head starts a name, which may go on in lower case
        fields_end = 0  # where a ministry's second field, written in lower case, ends (`… và việc làm`)
        latin = False  # an acronym or two Latin words (`LG Energy`) make a name that lower case ends
        while j < len(words) and j - start < 16 and self.same_sentence(start, j):
            word = words[j]
            if tokens[j].tag == "place":
                while j < len(words) and tokens[j].tag == "place" and self.same_sentence(start, j):
                    j += 1
                if self._short_name_at(j):  # `Cục Dự trữ Liên bang Mỹ (Fed)`
                    return j + 3
                if words[start].casefold() == "đảng" and self._compound_at(j) and self.same_sentence(start, j + 1):
                    return j + 2  # `đảng Hàn Quốc tự do`: a party named after its country and what it stands for
                if words[start:head_end] == ["Hội", "người"] and self._place_after(j, "tại"):
                    j += 1  # `Hội người Việt Nam | tại Hàn Quốc`: the community of one country living in another
                    continue
                return j + 1 if self._brand_after_country(start, j) else j
            if self._short_name_at(j):  # `(KDCA)`
                return j + 3
            if word == "(" and j + 2 < len(words) and words[j + 2] == ")" and ACRONYM.fullmatch(words[j + 1]):
                return j  # `(AI)`: an acronym that names no organisation
            if word == "," and self._comma_inside_name(j):
                j += 1
                continue
            if words[j : j + 2] == ["nhiệm", "kỳ"]:
                break  # `Hội đồng Nhân quyền Liên Hợp Quốc | nhiệm kỳ 2026-2028`: the term it is held for
            if words[j : j + 3] == ["vừa", "và", "nhỏ"]:
                j += 3  # `Bộ Doanh nghiệp vừa và nhỏ và Khởi nghiệp`: small and medium, one phrase
                continue
            if word == "và" and j + 1 < len(words) and self._opens_organisation(j + 1):
                break  # `Bộ Công nghiệp và Bộ Tài chính`, `… cầm quyền và đảng Dân chủ`: two organisations
            if word == "và" and not named and " ".join(words[j + 1 : j + 3]) in _SECOND_SITE:
                break  # `Viện vũ khí hạt nhân | và cơ sở sản xuất uranium …`: a second site, not a field
            if word == "và" and named and words[start] == "Bộ" and (field := self._second_field(j)):
                j = fields_end = j + 1 + field  # `Bộ Khoa học và công nghệ thông tin`: its second field
                continue
            # after a plural marker, a title or an organisation's noun is what the body is made of (`Hội đồng các |
            # giáo sư y khoa toàn quốc`, `Liên đoàn các | tổ chức kinh tế`), not a person or a body it stops before
            members = j > head_end and words[j - 1] in PLURAL
            if not word[0].isalpha() or tokens[j].tag == "person":
                break
            if not named and j == head_end and (brand := self._brand_after_trade(start, head_end)):
                j = brand  # `Tập đoàn | phân tích dữ liệu | Clarivate`: what a company does, stop words and all
                continue
            if self.is_stop(j) and not (members and words[j : j + 2] == ["tổ", "chức"]):
                break  # … but `các tổ chức` are organisations, not `tổ chức`, to organise
            if bounded and not word[0].isupper() and not named:
                if self._compound_at(j):
                    j += 2  # `Tòa án tối cao`
                    continue
                if (kind := force_kind(self, start, head_end, j)) > 0:
                    j += kind  # `Lực lượng cảnh sát biển Hàn Quốc`: which force, written in lower case
                    continue
                if not named_after_lower(self, j):
                    break  # `Chính phủ đương nhiệm` is no name; `Tòa án Hiến pháp`, `Tòa án quận Nam Seoul` are
            # `Công ty LG Energy Solution đầu tư …`: a Latin name ends the organisation's; not a word of one
            # plain syllable whose lower-case half a name follows (`Tổng công ty Giao | thông | Seoul`)
            foreign = word.isascii() and len(VOWEL_RUN.findall(word)) > 1  # `SK hynix`: a brand's own lower case
            if latin and word[0].islower() and not self._vietnamese_half(start, j) and not foreign:
                break
            if (
                not named
                and not members
                and word[0].islower()
                and match_at(self.lex.org_nouns, words, j)
                and not self._compound_at(j)
            ):
                break  # `Hội đồng quản trị | hãng hàng không Vietjet`: whose board, another organisation (not
                # `Cơ quan vũ khí trang bị …`: `trang bị`, equipment, is one word)
            # `Hãng điện tử Samsung`, `Tập đoàn thương mại điện tử Coupang`: what a company does, then its brand,
            # which ends the name like a Latin one
            brand = not named and self._company_head(start, head_end) and ASCII_CAP.fullmatch(word) is not None
            # … and so does the brand of a company named inside the name (`Công đoàn | Công ty ô tô | Hyundai Motor`)
            inside = j - head_end >= 2 and ASCII_CAP.fullmatch(word) is not None  # (only a Latin word is a brand)
            brand = brand or (inside and self._brand_of_company_inside(head_end, j))
            named = named or word[0].isupper()
            latin = latin or brand or _is_latin_name(word, words[j - 1] if j > head_end else "")
            if ASCII_CAP.fullmatch(word) and j + 1 < len(words) and HYPHEN_GIVEN.fullmatch(words[j + 1]):
                break  # a person's name starts here
            if j > head_end and self.korean_name_at(j):
                break  # `ứng cử viên đảng Dân chủ Lee Jae Myung`: so does this one
            # a title ends the name (`… Quốc hội | Chủ tịch …`); right after the head, only when it is a government's,
            # named after who heads it (`Chính phủ | Tổng thống Lee Jae-myung`; `Văn phòng Tổng thống` is a name)
            government = tuple(words[start:head_end]) in GOVERNMENTS
            title = match_at(self.lex.titles, words, j) if j > head_end or government else 0
            title = 0 if title and leaders_service_at(words, j) else title  # `Cơ quan An ninh Tổng thống` is a name
            named_after = j + title < len(words) and words[j + title][:1].isupper()
            governed = j == head_end and government and named_after
            if title and (j > head_end or governed) and not members:
                break
            # a new proper noun after a long lower-case run, unless a `và` there joins fields of one name
            run = words[j - 3 : j]
            lower_run = j - head_end >= 3 and all(w.islower() for w in run) and "và" not in run
            # … except a party or an office named in lower case, whose name this one goes on into (`Ban … Ban
            # chấp hành trung ương đảng Lao động Triều Tiên`)
            of_a_body = any(match_at(self.lex.org_nouns, words, j - n) == n for n in (1, 2))
            # … and `Quốc gia`, `Trung ương` right after a field's lower-case half, which a name puts last (`Viện
            # Nghiên cứu Di sản văn hóa | Quốc gia`)
            national = tuple(words[j : j + 2]) in _NATIONAL and any(
                words[k][:1].isupper() for k in range(max(start + 1, j - _FIELD_HALF_WORDS), j - 3)
            )
            if word[0].isupper() and lower_run and not brand and not of_a_body and not national:
                break
            j += 1
        while j > head_end + 1 and words[j - 1] in _NO_NAME_END:
            j -= 1  # `Viện Vũ khí hạt nhân | và kêu gọi`: a name never ends on a conjunction
        j = max(self._before_its_verb(start, head_end, j), min(j, fields_end))
        while j > head_end + 1 and words[j - 1] in _NO_NAME_END:
            j -= 1
        return j

    def _brand_of_company_inside(self, head_end: int, j: int) -> bool:
        """words[j] is a Latin brand after a company's head and what it does, inside a longer name (`Công đoàn | Công
        ty ô tô | Hyundai Motor`)."""
        starts = range(max(head_end, j - TRADE_WORDS - 3), j - 1)
        return any(self._brand_after_trade(k, k + n, tagged=True) == j for k in starts for n in (1, 2, 3))

    def _title_holds_head(self, i: int) -> bool:
        """The head at i is the second half of a title whose first half is no title alone (`Chánh | Văn phòng`);
        after one that is (`Chủ tịch | Quốc hội`), the organisation is named in the role and stays an actor."""
        titles = self.lex.titles
        for n in (1, 2):
            if i >= n and match_at(titles, self.words, i - n) > n:
                return tuple(self.words[i - n : i]) not in titles.get(self.words[i - n], ())
        return False

    def _place_after(self, j: int, word: str) -> bool:
        """words[j] is `word` and a place follows it (`tại | Hàn Quốc`)."""
        return self.words[j : j + 1] == [word] and j + 1 < len(self.words) and self.tokens[j + 1].tag == "place"

    def _second_field(self, j: int) -> int:
        """After `và` at j in a ministry's name, how many lower-case words name its second field (`Bộ Lao động và
        | việc làm | đã ra lệnh …`): two to four, which a stop word, a verb or punctuation then ends; else 0 (`Bộ Y tế
        và | các cơ quan …`, a second body or a long run that may be what the ministry does)."""
        k = j + 1
        while k < len(self.words) and k - j <= _FIELD_WORDS and self.words[k][:1].islower() and not self.is_stop(k):
            if not self.words[k].isalpha() or match_at(self.lex.org_nouns, self.words, k):
                return 0
            k += 1
        ended = k >= len(self.words) or not self.words[k][:1].isalpha() or self.is_stop(k) or bool(self.tokens[k].tag)
        return k - j - 1 if ended and 2 <= k - j - 1 <= _FIELD_WORDS else 0

    def _vietnamese_half(self, start: int, j: int) -> bool:
        """words[j] is the lower-case half of a Vietnamese word written without accents on its first half
        (`Giao | thông`), which a capitalised word then follows in the name (`… Giao thông Seoul`)."""
        words = self.words
        return (
            j + 1 < len(words)
            and self.same_sentence(start, j + 1)
            and words[j + 1][:1].isupper()
            and _PLAIN_SYLLABLE.fullmatch(words[j - 1]) is not None
            and not self.is_stop(j)
        )

    def _before_its_verb(self, start: int, head_end: int, j: int) -> int:
        """`Bộ Y tế | khuyến cáo người dân`: a name's lower-case words after its last capitalised one are that
        word's other half and a few more (`Cơ quan Cảnh sát quốc gia`); a longer run that nothing capitalised
        closes is the name's half-word and then what the organisation does, and so are a few such words before
        an object's determiner (`Bộ Y tế | mở cuộc điều tra`), where it goes or a title it names (`Bộ Quốc phòng |
        chuyển về …`, `… | cử Thiếu tướng …`), or the two that end the sentence after `do`, the agent's verb (`Dự án
        do Bộ Khoa học | tài trợ.`). A source after `theo` has no verb: its name runs to its clause's end."""
        words = self.words
        # `_extend_org` goes past a comma only inside a name, which then ends two words after the `và` of its
        # fields (`Bộ Nông nghiệp, thực phẩm và nông thôn | cho biết`)
        commas = [k for k in range(head_end, j) if words[k] == ","]
        if commas:
            return min(j, next((k + 3 for k in range(commas[-1], j) if words[k] == "và"), j))
        capitals = [k for k in range(head_end, j) if words[k][:1].isupper()]
        if not capitals:
            return j
        # `Bộ Y tế | mở cuộc điều tra`, `… | nâng mức cảnh báo`: words before an object's determiner are a verb
        after = range(capitals[-1] + 2, min(j + 1, len(words)))
        if any(words[k] in _OBJECT_OPENERS or words[k][:1].isdigit() for k in after):  # `Bộ Y tế | chi 5 tỷ won`
            return self._half_word_end(capitals[-1])
        # `Bộ Quốc phòng | chuyển về Yongsan`, `Bộ Quốc phòng | cử Trung tướng …`: past the half-word, what the body
        # does before where it goes or whom it names
        goes_or_names = words[j : j + 1] and (words[j] in _WHITHER or match_at(self.lex.titles, words, j))
        if j - capitals[-1] - 1 >= 2 and goes_or_names:
            return self._half_word_end(capitals[-1])
        ends = j == len(words) or words[j] in _SENTENCE_STOPS
        if start > 0 and words[start - 1].casefold() == "theo" and (ends or words[j] == ","):
            return j  # `theo Trụ sở Đối phó | thảm họa và an toàn trung ương.`: a source, whose clause has no verb
        agent = start > 0 and words[start - 1] == "do" and ends
        verb = tuple(words[capitals[-1] + 2 : j])
        if agent and len(verb) == 2 and verb not in _NAME_TAILS:
            return capitals[-1] + 2
        if j - capitals[-1] - 1 <= _NAME_TAIL_WORDS:
            return j
        if j - capitals[-1] - 1 <= _NAME_TAIL_WORDS + 2 and tuple(words[j : j + 2]) in _SAYS:
            return j  # `Ủy ban Bảo vệ thông tin cá nhân | cho biết`: a name the subject's saying closes
        if j - capitals[-1] - 1 <= _NAME_TAIL_WORDS + 5 and self._dated_saying_at(j):
            return j  # `Viện Nghiên cứu chính sách giáo dục đại học | ngày 5/9 cho biết`: and so does its date
        # … or the body it belongs to (`Cục Quản lý lao động ngoài nước | thuộc Bộ Nội vụ`)
        under = j + 1 < len(words) and words[j] == "thuộc" and self._opens_organisation(j + 1)
        if j - capitals[-1] - 1 <= _NAME_TAIL_WORDS + 2 and under:
            return j
        closed = j < len(words) and (words[j][:1].isupper() or words[j] == "(") and self.same_sentence(j, capitals[-1])
        end = capitals[-1] + 2
        if closed:
            return j
        if tuple(words[end : end + 3]) in _FIELD_TAILS:
            return end + 3
        # a field of two syllables, then the half a name ends on (`Cơ quan Dịch vụ | thông tin | quốc gia | tại …`)
        tail = end + 2
        return tail + 2 if tail + 2 <= j and tuple(words[tail : tail + 2]) in _NAME_TAILS else end

    def _half_word_end(self, last_capital: int) -> int:
        """Where a name ends that its last capitalised word closes with that word's other half (`Bộ Y tế`), or
        with the word alone when it is foreign (`Chính quyền Trump | áp thuế 25%`), and a known tail after
        (`Cơ quan Cảnh sát | quốc gia`); what follows is the organisation's verb."""
        words = self.words
        last = words[last_capital]
        foreign = last.isascii() and not _PLAIN_SYLLABLE.fullmatch(last)
        end = last_capital + (1 if foreign else 2)
        return end + 2 if tuple(words[end : end + 2]) in _NAME_TAILS else end

    def _dated_saying_at(self, j: int) -> bool:
        """words[j] opens a date (`ngày 3/6`) that the subject's saying or its past act follows (`cho biết`, `đã`)."""
        words = self.words
        if words[j : j + 1] != ["ngày"] or not words[j + 1 : j + 2] or not words[j + 1].isdigit():
            return False
        k = j + 1
        while k < len(words) and k - j <= 5 and (words[k].isdigit() or words[k] == "/"):
            k += 1
        return tuple(words[k : k + 2]) in _SAYS or words[k : k + 1] == ["đã"]

    def _brand_after_country(self, start: int, j: int) -> bool:
        """`Hãng điện tử hàng đầu Hàn Quốc Samsung`: a one-word Latin name after the country is the
        organisation's; after a title (`Chủ tịch Ủy ban châu Âu Ursula …`) it is a person's."""
        words = self.words
        brand = j < len(words) and ASCII_CAP.fullmatch(words[j]) and not self.tokens[j].tag
        one_word = j + 1 >= len(words) or not words[j + 1][:1].isupper()
        in_role = any(start >= n and match_at(self.lex.titles, words, start - n) == n for n in (1, 2, 3))
        return bool(brand and one_word and not in_role and self.same_sentence(start, j))

    def _comma_inside_name(self, j: int) -> bool:
        """`Bộ Công nghiệp, thương mại và tài nguyên`, `Bộ Văn hóa, Thể thao và Du lịch`: one name."""
        return comma_joins_name(self.words[max(0, j - 4) : j], self.words[j + 1 : j + 5])

    def _list_after(self, j: int) -> None:
        """`các tập đoàn như BlackRock và OpenAI`, `Samsung Electronics và SK Hynix`: organisations listed
        after the first, each a run of Latin capitalised words."""
        while j + 1 < len(self.words) and self.words[j] in (",", "và") and ASCII_CAP.fullmatch(self.words[j + 1]):
            if self.words[j + 1] in self.lex.non_org_acronyms or self.tokens[j + 1].tag:
                return
            end = j + 2
            while end < len(self.words) and ASCII_CAP.fullmatch(self.words[end]) and not self.tokens[end].tag:
                end += 1
            if end < len(self.words) and foreign_lower(self.words[end]) and not self.tokens[end].tag:
                end += 1  # `… và SK hynix`: a brand's own lower-case word
            if end - j - 1 > 1 and HYPHEN_GIVEN.fullmatch(self.words[end - 1]):
                return  # `… và Lee Jae-yong`: a person's name, not a brand
            self.add(j + 1, end, "org")
            j = end
