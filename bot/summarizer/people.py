"""People in a story: names after titles, Korean, Vietnamese and Vietnamese-written names, and their roles.

KBS writes a title before a name, with the country or the organisation in between (`Tổng thống Hàn Quốc
Lee Jae Myung`, `Chủ tịch Trung Quốc Tập Cận Bình`), and sometimes a role after it in apposition
(`ông Jensen Huang, Giám đốc điều hành …`), which `roles_after.py` reads. Hyphenated Korean given names are part of
the name.
"""

from __future__ import annotations

import re

from bot.summarizer.latin_words import latin_cap
from bot.summarizer.lexicon import (
    CAPITALS,
    GOVERNMENTS,
    and_inside_office,
    leaders_service_at,
    match_at,
)
from bot.summarizer.roles_after import CAMPS, FORMER, HONORIFICS, RoleAfterRules

HYPHEN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
# One syllable of a romanised Korean given name (`Jae`, `Myung`, `Un`, `Hyeon`): consonants, vowels, at most a
# final consonant; `Other`, `Choice` (`"…" (No Other Choice)`, a film's title) are English words, not syllables.
_SYLLABLE = re.compile(r"(?=[A-Z][a-z]{1,5}$)(?i:[bcdghjklmnprstwy]{0,3}[aeiouwy]{1,3}(?:ng|[klmnpt])?)")
_DESCRIPTIONS = frozenset({"tỷ phú", "doanh nhân"})  # what someone is, not an office they hold
_OFFICE_WORDS = 12  # the words of an office between a title and the name it titles
# Whose kin someone is, opening the phrase set before their name (`Em gái nhà lãnh đạo …, | bà Kim Yo-jong`).
_KIN = frozenset(
    {(first, half) for first in ("em", "anh", "chị", "con", "cháu") for half in ("gái", "trai")}
    | {("vợ",), ("chồng",), ("mẹ",), ("cha",), ("bố",)}
)
_TITLE_REACH = 18  # how far before a name its title may open (`Phó Vụ trưởng Ban … đảng Lao động Triều Tiên | Kim …`)
# One syllable of a name written the Vietnamese way (`Tập Cận Bình`, `Lý Cường`): a capital, then letters.
_VI_SYLLABLE = re.compile(r"[^\W\d_][^\W\d_]{0,6}")
# A party committee named by its place (`Tỉnh ủy Điện Biên`): the capitalised words after it are that place.
_PARTY_COMMITTEES = frozenset({("Tỉnh", "ủy"), ("Thành", "ủy"), ("Huyện", "ủy"), ("Tỉnh", "uỷ"), ("Thành", "uỷ")})


# Kinds of site or craft named after a person (`quảng trường Kim Il-sung`, `Đại lộ Lê Duẩn`, `tàu khu trục Jeong
# Jo`), and the words that give a thing its name (`tàu ngầm … mang tên "Jang Yeong-sil"`).
_SITE_KINDS = tuple(
    f" {kind}"
    for kind in (
        *("quảng trường", "sân vận động", "đại lộ", "sân bay", "nhà ga", "tượng đài", "lăng", "công viên"),
        *("tàu ngầm", "tàu khu trục", "mang tên", "có tên"),
    )
)


# Nouns for a person a name may be given after (`nghi phạm … tên là …`), and a word of such a name.
_PERSON_NOUNS = frozenset({"người", "ông", "bà", "anh", "chị", "nghi", "phạm", "đối", "tượng", "thanh", "niên", "cô"})
_NAME_WORD = re.compile(rf"[{CAPITALS}]\w*(?:-\w+)?")


# Offices that serve a title's holder (`Văn phòng chính sách Tổng thống`: the president's policy office).
_SERVING_OFFICES = (("Văn", "phòng"), ("Ban",), ("Ủy", "ban"))
_PLURAL_MARKERS = frozenset({"các", "những", "hai", "ba", "bốn", "năm"})  # a title said of each name that follows
_FIELD_WORDS = 5  # lower-case words read back for such an office's field (and the lower half of its head)


class PeopleRules(RoleAfterRules):
    """The rules that find people; `entities._Extractor` adds places and organisations."""

    def find_people(self) -> None:
        tokens, words = self.tokens, self.words
        shared: tuple[int, str] | None = None  # where a name with a plural title ended, and that title
        for i, word in enumerate(words):
            if tokens[i].tag or not word[:1].isupper() or self._names_a_site(i):
                continue
            end = 0
            if word in self.lex.korean_surnames and i + 1 < len(words) and self.same_sentence(i, i + 1):
                if HYPHEN_GIVEN.fullmatch(words[i + 1]):
                    end = i + 2
                elif self.korean_name_at(i) and (self._title_before(i) is not None or self._alone(i + 3)):
                    end = i + 3
            elif word in self.lex.vietnamese_surnames and not self._after_city(i):
                j = i + 1
                while j - i <= 3 and self._name_part(j, i):
                    j += 1
                if j - i >= 3 or (j - i == 2 and self._title_before(i) is not None):
                    end = j
            if not end:
                end = self._vietnamese_written_name(i) or self._named_person(i)
            if end:
                role = self._role(i, end)
                listed = shared is not None and shared[0] == i - 1 and words[i - 1] in ("và", ",")
                if role is None and shared is not None and listed:
                    role = shared[1]  # `các diễn viên Lee Byung-hun và | Son Ye-jin`: the title is each one's
                self.add(i, end, "person", role)
                shared = (end, role) if role and (listed or self._plural_before(i, role)) else None

    def _plural_before(self, i: int, role: str) -> bool:
        """The role set right before the name at i is said of several (`các diễn viên`, `hai nghị sĩ`)."""
        k = i - len(role.split()) - 1
        return k >= 0 and self.words[k].casefold() in _PLURAL_MARKERS

    def _named_person(self, i: int) -> int:
        """`một người đàn ông 41 tuổi tên là Yamagami Tetsuya`: two or three capitalised words after `tên là`, a few
        words after a noun for a person, are that person's name; the end, or 0."""
        words = self.words
        if i < 2 or words[i - 2 : i] != ["tên", "là"] or not _PERSON_NOUNS & set(words[max(0, i - 8) : i - 2]):
            return 0
        j = i
        while j - i < 3 and j < len(words) and self.same_sentence(i, j) and _NAME_WORD.fullmatch(words[j]):
            j += 1
        return j if j - i >= 2 else 0

    def _names_a_site(self, i: int) -> bool:
        """`quảng trường Kim Il-sung`, `sân bay Kimpo`, `tàu ngầm mang tên …`: a name right after a kind of site or
        craft, or after the words that name a thing, is the thing's, not a person who acts in the story."""
        if i == 0 or not self.same_sentence(i - 1, i):
            return False
        before = " " + " ".join(self.words[max(0, i - 4) : i]).lower()
        return before.removesuffix(' "').removesuffix(" “").endswith(_SITE_KINDS)  # `mang tên "Jang Yeong-sil"`

    def _alone(self, end: int) -> bool:
        """No capitalised word follows the name ending at `end` in its sentence (`Kim Jong Un gặp …`), so the
        three syllables are the whole name, not the start of a longer proper noun."""
        return end >= len(self.words) or not self.same_sentence(end - 1, end) or not self.words[end][:1].isupper()

    def korean_name_at(self, i: int) -> bool:
        """A Korean name written without a hyphen starts at token i: a surname, then two syllables that are
        not surnames (`Lee Jae Myung`), or any two after a title (`Bộ trưởng Ngoại giao Choe Son Hui`: `Son`
        is a surname too)."""
        given = self.words[i + 1 : i + 3]
        titled = self._title_before(i) is not None
        return (
            self.words[i] in self.lex.korean_surnames
            and len(given) == 2
            and self.same_sentence(i, i + 2)
            and all(_SYLLABLE.fullmatch(w) and (titled or w not in self.lex.korean_surnames) for w in given)
        )

    def _vietnamese_written_name(self, i: int) -> int:
        """`Chủ tịch Trung Quốc Tập Cận Bình`, `Thủ tướng Lý Cường`: two or three capitalised syllables right
        after a title (and the country it names) are a name, whatever the surname; the end, or 0."""
        words, tokens = self.words, self.tokens
        j = i
        while (
            j < len(words)
            and j - i < 4
            and self.same_sentence(i, j)
            and not tokens[j].tag
            and words[j][:1].isupper()
            and _VI_SYLLABLE.fullmatch(words[j])
        ):
            j += 1
        if not 2 <= j - i <= 3 or all(latin_cap(w) for w in words[i:j]):
            return 0  # one word is no name; an all-Latin run (`Luiz Inácio Lula`) is the Latin rules' to read
        if j < len(words) and words[j][:1].isupper() and self.same_sentence(i, j):
            return 0  # the run goes on: part of a longer proper noun
        if words[j : j + 1] == ["("] and words[j + 2 : j + 3] == [")"] and words[j + 1].isupper():
            return 0  # `… Bắc Đại Tây Dương (NATO)`: an acronym closes an organisation's name, never a person's
        if match_at(self.lex.org_heads, words, i) or match_at(self.lex.titles, words, i):
            return 0  # `Bộ Ngoại giao`, `Chủ tịch Quốc hội`
        if tuple(words[max(0, i - 2) : i]) in _PARTY_COMMITTEES:
            return 0  # `Bí thư Tỉnh ủy | Điện Biên`: the province whose party committee it is
        return j if self._title_right_before(i) else 0

    def _title_right_before(self, i: int) -> bool:
        """A title ends just before token i, or before the place it names (`Thủ tướng Nhật Bản …`) and the
        portfolio it holds (`Bộ trưởng Quốc phòng Trung Quốc Đổng Quân`)."""
        words = self.words
        j = i - 1
        while j >= 0 and self.tokens[j].tag == "place" and self.same_sentence(j, i):
            j -= 1
        # a capitalised word, then lower-case ones: `Quốc phòng`, `Tài chính`; or the ministry: `Bộ Ngoại giao`
        for portfolio in range(5):
            end = j - portfolio
            if end < 0:
                break
            held = words[end + 1 : j + 1]
            held = held[1:] if held[:1] == ["Bộ"] else held
            if held and (not held[0][:1].isupper() or not all(w.isalpha() and w.islower() for w in held[1:])):
                continue
            if any(end - n + 1 >= 0 and match_at(self.lex.titles, words, end - n + 1) == n for n in (1, 2, 3, 4)):
                return True
        return self._titled_office_ends_at(j)

    def _titled_office_ends_at(self, j: int) -> bool:
        """An organisation's name ends at token j, opened by its head right after a title, with no stop word inside
        (`Chủ tịch | Ủy ban Thường vụ Quốc hội | Trung Quốc Triệu Lạc Tế`): the title is the name's after it."""
        for head in range(j, max(0, j - _OFFICE_WORDS), -1):
            if not (self.words[head].isalpha() and self.same_sentence(head, j)) or self.is_stop(head):
                return False
            if match_at(self.lex.org_heads, self.words, head) and self._title_ending_at(head - 1) is not None:
                return True
            if match_at(self.lex.org_heads, self.words, head) and match_at(self.lex.titles, self.words, head - 1) == 1:
                return True
        return False

    def _name_part(self, j: int, start: int) -> bool:
        """Token j is a capitalised word of a name written the Vietnamese way, in start's sentence."""
        return (
            j < len(self.words)
            and self.same_sentence(start, j)
            and self.words[j][:1].isupper()
            and not self.tokens[j].tag
            and self.words[j].isalpha()
        )

    def _after_city(self, i: int) -> bool:
        return i > 0 and self.words[i - 1] in ("phố", "TP", "Thành", "thành")

    def _title_before(self, i: int) -> int | None:
        """Index of the title phrase that governs a name starting at token i, if any (same clause)."""
        j = i - 1
        steps = 0
        while j >= 0 and steps < _TITLE_REACH and self.same_sentence(j, i):
            word = self.words[j]
            if word in (".", ";", ":") or self.tokens[j].tag == "person":
                return None
            if word == "và" and j == i - 1:
                return None  # `nữ diễn viên IU và Park Bo-gum`: the title is the first name's, not this one's
            ending = self._title_ending_at(j)
            if ending is not None and not self._inside_office(ending):
                deputy = ending > 0 and self.words[ending - 1] in ("Phó", "phó") and self.same_sentence(ending - 1, j)
                return ending - 1 if deputy else ending  # `Phó | Chủ tịch Quốc hội`: a deputy, not the head
            side = self._side_ending_at(j)
            if side:  # `lãnh đạo | phe đối lập | Venezuela María Corina Machado`: which camp the title leads
                j -= side
                steps += side
                continue
            if word == "về" and (field_of := self._title_before_field(j)) is not None:
                return field_of  # `Đại diện cấp cao | về chính sách đối ngoại và an ninh của EU | Kaja Kallas`
            inside_name = self._in_portfolio(j) or and_inside_office(self.words, j)  # `Ban Tuyên truyền | và | Cổ động`
            if self.is_stop(j) and word != "của" and not self.between_places(j) and not inside_name:
                return None
            length = match_at(self.lex.titles, self.words, j)
            length = 0 if length and self._inside_office(j) else length  # (read only where a title starts)
            length = 0 if self.words[j + length : j + length + 1] == ["quán"] else length  # `Đại sứ quán`
            if length and j >= 2 and self.words[j - 1] == "(":  # `Giám đốc điều hành (CEO)`: the title it abbreviates
                spelled = self._title_ending_at(j - 2)
                if spelled is None and match_at(self.lex.titles, self.words, j - 2) == 1:
                    spelled = j - 2
                if spelled is not None:
                    return spelled
            if length:
                # `Nhà lãnh đạo`, `Cựu Tổng thống`: a longer title that ends where this one does wins
                for back in (1, 2):
                    if j - back >= 0 and match_at(self.lex.titles, self.words, j - back) >= back + length:
                        return j - back
                return j
            j -= 1
            steps += 1
        return None

    def _title_before_field(self, about: int) -> int | None:
        """The start of a title that ends right before `về` at `about`, with its rank (`Đại diện | cấp cao | về …`,
        `Báo cáo viên | đặc biệt | về …`): the field the title is for follows, up to the name; None if none does."""
        for n in range(1, 5):
            k = about - n
            length = match_at(self.lex.titles, self.words, k) if k >= 0 else 0
            if length and self.words[k + length : about] in ([], ["cấp", "cao"], ["đặc", "biệt"]):
                return k
        return None

    def _in_portfolio(self, j: int) -> bool:
        """Token j (`,` or `và`) lists the fields of one ministry (`Bộ trưởng Kinh tế, thương mại và công
        nghiệp Nhật Bản Akazawa Ryosei`): lower-case words back to a capitalised field right after a title."""
        if self.words[j] not in (",", "và"):
            return False
        k = j - 1
        while (
            k >= 0
            and j - k <= 6
            and (self.words[k] in (",", "và") or (self.words[k].isalpha() and self.words[k].islower()))
        ):
            k -= 1
        return (
            k > 0
            and j - k <= 6
            and self.words[k][:1].isupper()
            and self.same_sentence(k, j)
            and any(k - n >= 0 and match_at(self.lex.titles, self.words, k - n) == n for n in (1, 2))
        )

    def _inside_office(self, j: int) -> bool:
        """Token j is inside an office's name that holds a title and is itself an organisation head (`Tổng thống`
        in `Phủ Tổng thống`), or that a head opens right before it (`Văn phòng | Tổng thống`): the person's own
        title is further left (`người phát ngôn Phủ Tổng thống`, `Người phát ngôn Văn phòng Tổng thống`, `Chánh Văn
        phòng chính sách Tổng thống`), or that ends on the leader it serves (`lexicon.leaders_service_at`)."""
        inside = any(j - n >= 0 and match_at(self.lex.org_heads, self.words, j - n) > n for n in (1, 2))
        after_head = any(j - n >= 0 and match_at(self.lex.org_heads, self.words, j - n) == n for n in (1, 2))
        # … or an office serving the title's holder, with its field in lower case between (`Văn phòng chính sách |
        # Tổng thống`)
        after_head = after_head or self._serving_office_before(j)
        governed = tuple(self.words[max(0, j - 2) : j]) in GOVERNMENTS  # `Chính phủ | Tổng thống Lee …`
        return inside or (after_head and not governed) or leaders_service_at(self.words, j)

    def _serving_office_before(self, j: int) -> bool:
        """One of _SERVING_OFFICES, then one to four lower-case words of its field, end right before token j."""
        words, k = self.words, j
        while k > 0 and j - k < _FIELD_WORDS and words[k - 1].isalpha() and words[k - 1].islower():
            k -= 1  # words[k:j] is the field so far: does a head end right before it?
            if words[k - 1 : k] == ["Ban"] or tuple(words[k - 2 : k]) in _SERVING_OFFICES:
                return True
        return False

    def _title_ending_at(self, j: int) -> int | None:
        """The start of a title of two to four words ending at token j, even one whose last word alone
        would end a span (`phu nhân`, `sáng lập`); None if none does, or if it is the start of a mission's
        name (`Đại sứ | quán`, `Lãnh sự | quán`: the embassy, not the envoy)."""
        if self.words[j] not in self.lex.title_ends or self.words[j + 1 : j + 2] == ["quán"]:
            return None
        for n in (3, 2, 1):
            if j - n >= 0 and match_at(self.lex.titles, self.words, j - n) == n + 1:
                return j - n
        return None

    def _side_ending_at(self, j: int) -> int:
        """How many words end at j that say which side a camp is on, with the camp (`phe | đối lập`, `đảng | cầm
        quyền`); 0 when none."""
        for n in (3, 2):
            camp = j - n
            if camp >= 0 and self.words[camp].casefold() in CAMPS and self._side_at(camp + 1) == n:
                return n + 1
        return 0

    def _concurrent_title(self, title: int) -> int:
        """`Phó Thủ tướng kiêm Bộ trưởng Tài chính …`: the start of the first of the offices held together."""
        while title >= 2 and self.words[title - 1] == "kiêm" and self.same_sentence(title - 2, title):
            earlier = self._title_ending_at(title - 2)
            if earlier is None and match_at(self.lex.titles, self.words, title - 2) == 1:
                earlier = title - 2
            if earlier is None:
                break
            title = earlier
        return title

    def _kin_before(self, comma: int) -> int | None:
        """Where a phrase of whose kin someone is opens the clause that ends at `comma` (`Em gái nhà lãnh đạo Triều Tiên
        Kim Jong-un,`, `Vợ Tổng thống …,`), if it does."""
        k = comma - 1
        while k > 0 and comma - k < _TITLE_REACH and self.same_sentence(k - 1, comma) and self.words[k - 1] != ",":
            k -= 1
        pair = tuple(w.casefold() for w in self.words[k : k + 2])
        return k if pair in _KIN or pair[:1] in _KIN else None

    def _role(self, i: int, end: int) -> str | None:
        title, role_end = self._title_before(i), i
        if title is not None and self.words[title] in HONORIFICS and title >= 2 and self.words[title - 1] == ",":
            # `Giám đốc điều hành (CEO) của OpenAI, ông Sam Altman,`: the role is set before, in apposition
            before = self._title_before(title - 1)
            kin = self._kin_before(title - 1) if before is None else None
            if kin is not None:
                return self.span(kin, title - 1).rstrip(" ,")  # `Em gái nhà lãnh đạo … Kim Jong-un, | bà Kim Yo-jong`
            title, role_end = (before, title - 1) if before is not None else (title, i)
        if title is not None and self.words[title] not in HONORIFICS:
            title = self._concurrent_title(title)
            wife = title >= 2 and [w.casefold() for w in self.words[title - 2 : title]] == ["phu", "nhân"]
            # … unless the wife was named before, in apposition (`bà Kim Keon-hee, | phu nhân | cựu Tổng thống Yoon …`)
            named_before = title >= 4 and self.words[title - 3] == "," and self.tokens[title - 4].tag == "person"
            if wife and not named_before:
                title -= 2  # `Phu nhân | Tổng thống Kim Keon-hee`: the wife of the office, not its holder
            if title > 0 and self.words[title - 1] == "nhà" and self.words[title] == "lãnh":
                title -= 1  # `nhà lãnh đạo Kim Jong Un`: the role is the whole noun (not a title in `titles.txt`,
                # where it would make the comma before `…, nhà lãnh đạo đầu tiên …` no cut point)
            for _ in range(2):  # `cựu Chánh án …`: the role was, and the reader must see that it was
                if title > 0 and self.words[title - 1].casefold() in FORMER and self.same_sentence(title - 1, title):
                    if title > 1 and tuple(self.words[title - 2 : title]) in GOVERNMENTS:
                        break  # `chính quyền | Tổng thống Lee`: his administration, not an acting president
                    title -= 1
            role = self.span(title, role_end).rstrip(" ,")
            # `Tỷ phú Elon Musk, Giám đốc điều hành hãng xe điện Tesla, …`: what someone is gives way to the office
            # held, set after the name
            described = role.casefold() in _DESCRIPTIONS and self.apposition_role(end)
            return described or role or None
        apposition = self.apposition_role(end)
        if apposition is not None:
            return apposition or None
        return self.appointed_role(i, end)
