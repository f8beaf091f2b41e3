"""Where a story happens: known places, capitalised words after an administrative unit, a city before its country.

Places are marked before any other rule runs, so no rule reads a place as a name; naming an organisation
re-tags its words, so a place inside a name (`châu Á-Thái Bình Dương` in APEC's) is not where it happens.
"""

from __future__ import annotations

import re

from bot.summarizer.lexicon import match_at
from bot.summarizer.spans import Token, TokenText

_LATIN_CAP = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z]+)*")
_SHIP_PREFIXES = frozenset({"USS", "HMS", "ROKS", "INS", "JS"})  # a navy's ship prefix: `USS George Washington`
# One syllable of Vietnamese written without marks (`Theo`, `Nam`, `Hoa`): a capitalised ASCII word that is not one is
# foreign (`Bayern`, `Real`, `FC`).
_VIETNAMESE_SYLLABLE = re.compile(
    r"(?i:(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?)"
)
_CLUB_WORDS = frozenset({"Saint-Germain", "United", "City", "FC", "Hotspur", "Athletic", "Atlético", "Rovers"})
_DIRECTIONS = frozenset({"Nam", "Bắc", "Đông", "Tây"})
_PRONOUN_VERBS = frozenset({"là", "đã", "sẽ", "cũng", "đang", "vẫn", "từng", "được", "bị", "cho", "chia", "nói"})
_PLACE_PARTICLES = frozenset({"de", "do", "da", "dos", "das", "del"})  # inside a Latin place name: `Rio de Janeiro`
_PLACE_UNITS = frozenset({"tỉnh", "phố", "huyện", "quận", "xã", "phường", "trấn", "đảo", "bang", "làng"})
_TWO_WORD_UNITS = frozenset({"thủ đô", "khu vực"})


# Second halves of words written with `pháp` (law), capitalised in a body's name: `Pháp chế`, `Pháp y`, `Pháp luật`.
_LAW_HALVES = frozenset({"chế", "y", "luật", "lý", "quyền"})  # not `nhân`: `Tổng thống Pháp | nhân dịp …`


class PlaceRules(TokenText):
    """The place rules; `entities._Extractor` runs `mark_places` first."""

    def _place_after_unit(self, i: int) -> int:
        """`tỉnh Bắc Pyongan`, `thành phố Samcheok`: capitalised words after an administrative unit, or after the
        airport the town is named for (`sân bay quốc tế Muan`)."""
        # `Huyện Sancheong, …` opening a sentence is capitalised like the name
        before = [word.lower() for word in self.words[max(0, i - 4) : i]]
        # `sân bay quốc tế Muan`; not a carrier (`tàu sân bay USS George Washington`)
        airport = (before[-2:] == ["sân", "bay"] and before[-3:-2] != ["tàu"]) or before == ["sân", "bay", "quốc", "tế"]
        # `khu vực Sinpo`, `thủ đô Minsk`: a unit written in two words; `khu vực` is also said of a field or a body
        # (`khu vực Thủ đô`, `khu vực Nhà nước`), so only a foreign word after it names a place
        unit = bool(before) and (before[-1] in _PLACE_UNITS or " ".join(before[-2:]) in _TWO_WORD_UNITS)
        if before[-2:] == ["khu", "vực"] and not self._foreign_word(i):
            return 0
        # `Chỉ số Sức mạnh | Thành phố | Toàn cầu`: a unit capitalised mid-sentence is a word of a name; so is a
        # Vietnamese word after it (a city it names is foreign, or known: `Thành phố Hồ Chí Minh`)
        unit_start = i - (2 if " ".join(before[-2:]) in _TWO_WORD_UNITS or before[-2:] == ["thành", "phố"] else 1)
        mid_sentence = unit_start > 0 and self.same_sentence(unit_start - 1, unit_start)
        if unit and mid_sentence and self.words[unit_start][:1].isupper() and not self._foreign_word(i):
            return 0
        if i == 0 or (not unit and not airport) or not self.same_sentence(i - 1, i):
            return 0
        if airport and [word.lower() for word in self.words[i : i + 2]] == ["quốc", "tế"]:
            return 0  # `Sân bay Quốc tế | Incheon`: international, written in capitals in a name; the town follows
        j = i
        while j < len(self.words) and j - i < 3 and self.words[j][:1].isupper() and self.words[j].isalpha():
            j += 1 + 2 * self._particle_at(j + 1)  # `bang Rio Grande | do Sul`
        if j > i and match_at(self.lex.org_heads, self.words, j - 1) > 1:
            return 0  # `Tòa án quận Trung tâm Seoul`: `Trung` opens a word written in two, no place of its own
        return j - i

    def _known_place(self, i: int) -> int:
        """A place the list knows, with the direction that names a province (`tỉnh Chungcheong Nam`)."""
        length = match_at(self.lex.places, self.words, i)
        after = i + length
        if length and after < len(self.words) and self.words[after] in _DIRECTIONS and self.same_sentence(i, after):
            next_word = self.words[after + 1] if after + 1 < len(self.words) else ""
            return length if next_word[:1].isupper() else length + 1  # `Nam Hàn` is a country of its own
        return length

    def _city_of(self, i: int) -> int:
        """`tại San Jose, Mỹ`, `ở Calgary, Canada`: Latin capitalised words after `tại`/`ở` and before a comma
        and a known place are a city of that place, though no list knows it."""
        if i == 0 or self.words[i - 1] not in ("tại", "ở") or not self.same_sentence(i - 1, i):
            return 0
        j = i
        while j < len(self.words) and j - i < 3 and _LATIN_CAP.fullmatch(self.words[j]) and self.same_sentence(i, j):
            j += 1 + 2 * self._particle_at(j + 1)  # `tại Rio | de Janeiro, Brazil`
        comma = j < len(self.words) and j > i and self.words[j] == "," and self.same_sentence(i, j + 1)
        return j - i if comma and match_at(self.lex.places, self.words, j + 1) else 0

    def _particle_at(self, k: int) -> int:
        """1 when word k is a lower-case particle inside a Latin place name, between two capitalised words (`Rio | de |
        Janeiro`, `Rio Grande | do | Sul`), else 0: the caller takes the particle and the word after it together."""
        inside = 0 < k < len(self.words) - 1 and self.words[k] in _PLACE_PARTICLES
        return 1 if inside and _LATIN_CAP.fullmatch(self.words[k + 1]) and self.same_sentence(k - 1, k + 1) else 0

    def _pronoun_anh(self, i: int) -> bool:
        """`Anh là cầu thủ châu Á đầu tiên …`: `Anh` opening a sentence right before its verb is the pronoun
        "he"; the country is named with its title or its people (`Thủ tướng Anh`, `nước Anh`) far more often."""
        opens = i == 0 or not self.same_sentence(i - 1, i)
        following = self.words[i + 1] if i + 1 < len(self.words) else ""
        return self.words[i] == "Anh" and opens and following in _PRONOUN_VERBS

    def _honorific_anh(self, i: int) -> bool:
        """`Anh Nguyễn Văn Hùng, 34 tuổi, …`, `Anh Hùng đã sang …`: `Anh` before a surname and a capitalised
        syllable, or opening a sentence before a capitalised name, is the courtesy title "Mr", not England
        (which a title or its people name: `Thủ tướng Anh Keir Starmer`)."""
        if self.words[i] != "Anh" or i + 1 >= len(self.words) or not self.same_sentence(i, i + 1):
            return False
        name = self.words[i + 1]
        if not (name[:1].isupper() and name.replace("-", "").isalpha()) or name == "Quốc":  # `Anh Quốc`: Britain
            return False
        if i == 0 or not self.same_sentence(i - 1, i):
            return True
        given = self.words[i + 2] if i + 2 < len(self.words) and self.same_sentence(i, i + 2) else ""
        surnames = self.lex.vietnamese_surnames | self.lex.korean_surnames
        return name in surnames and given[:1].isupper() and given.replace("-", "").isalpha()

    def _inside_vietnamese_name(self, i: int) -> bool:
        """`Nguyễn Đức Hiển`, `Lê Đức Thọ`: a one-word country between a Vietnamese surname and a capitalised
        syllable is the middle of a name, not Germany."""
        if not 0 < i < len(self.words) - 1 or not self.same_sentence(i - 1, i + 1):
            return False
        following = self.words[i + 1]
        return self.words[i - 1] in self.lex.vietnamese_surnames and following[:1].isupper() and following.isalpha()

    def _field_of_law(self, i: int) -> bool:
        """`Bộ Pháp chế`, `Viện Pháp y`: the Sino-Vietnamese `pháp` (law) of a field, not France."""
        return self.words[i] == "Pháp" and self.words[i + 1 : i + 2] != [] and self.words[i + 1] in _LAW_HALVES

    def _in_club_name(self, i: int) -> bool:
        """`câu lạc bộ Bayern Munich`, `đội bóng Real Madrid`: a city inside a club's capitalised name is the
        club's, not where anything happened; so is one inside a ship's (`tàu sân bay USS George Washington`)."""
        j = i - 1
        while j >= 0 and i - j <= 3 and self.same_sentence(j, i) and self.words[j][:1].isupper():
            j -= 1
        before = " ".join(self.words[max(0, j - 2) : j + 1]).lower()
        ship = self.words[j + 1] in _SHIP_PREFIXES if j < i - 1 else False
        return j < i - 1 and (before.endswith(("câu lạc bộ", "đội bóng", "clb")) or ship)

    def _after_foreign_name(self, i: int) -> bool:
        """`Bayern Munich`, `Real Madrid`, `FC Seoul`: a place written in Latin letters right after a capitalised Latin
        word that is no Vietnamese syllable ends a club's or a company's name, not where anything happened."""
        if i == 0 or not self.same_sentence(i - 1, i) or self.tokens[i - 1].tag:
            return False
        # `Gallup | Hàn Quốc`: a country written in Vietnamese stays one
        return self._foreign_word(i - 1) and self.words[i].isascii()

    def _foreign_word(self, i: int) -> bool:
        """A capitalised word in Latin letters that is no Vietnamese syllable (`Sinpo`, `Bayern`; not `Nam`)."""
        word = self.words[i]
        return word.isascii() and word[:1].isupper() and _VIETNAMESE_SYLLABLE.fullmatch(word) is None

    def _before_club_word(self, j: int) -> bool:
        """`Paris Saint-Germain`, `Manchester United`: a place right before a word that names a club opens the club's
        name (a person's name after a country is no club: `Mỹ Donald Trump`)."""
        return j < len(self.words) and self.same_sentence(j - 1, j) and self.words[j] in _CLUB_WORDS

    def _ends_vietnamese_name(self, i: int) -> bool:
        """`Nguyễn Thị Minh Anh`, `Trần Văn Anh`: a one-word country after a Vietnamese surname and one or two
        capitalised syllables, with no comma between, is the given name, not England."""
        for surname in (i - 2, i - 3):
            if surname < 0 or not self.same_sentence(surname, i):
                continue
            between = self.words[surname + 1 : i]
            written = self.text[self.tokens[surname].start : self.tokens[i].start]
            if (
                self.words[surname] in self.lex.vietnamese_surnames
                and all(w[:1].isupper() and w.isalpha() for w in between)
                and not any(mark in written for mark in ",;:()")
            ):
                return True
        return False

    def _given_names_again(self) -> frozenset[tuple[str, str]]:
        """The last two words of each Vietnamese name the text writes whole (`Trần Thị | Mai Anh`) when its last is a
        one-word country: read once, so a later `Mai Anh` (the given name alone) is that person again, not England."""
        return frozenset(
            (self.words[k - 1], self.words[k])
            for k in range(1, len(self.words))
            if self.words[k] in self.lex.places and self._ends_vietnamese_name(k)
        )

    def _inside_ocean(self, i: int, length: int) -> bool:
        """`Ấn Độ | Dương`, `Thái | Bình Dương`: a place's name inside an ocean's (the Indian, the Pacific)."""
        after = self.words[i + length] if i + length < len(self.words) else ""
        before = self.words[i - 1] if i else ""
        return after.startswith("Dương") or (self.words[i] == "Bình" and before.endswith("Thái"))

    def mark_places(self) -> None:
        words, places = self.words, self.lex.places
        given_names = self._given_names_again()
        i = 0
        while i < len(self.tokens):
            # Most words neither open a known place nor follow `tỉnh`, `tại` or `sân bay (quốc tế)`: pass them without
            # the three rules, which would each find nothing (this loop runs over every word of every story).
            before = words[i - 1] if i else ""
            follows = before.lower() in _PLACE_UNITS or before in ("tại", "ở", "bay", "tế", "đô", "vực")
            if words[i] not in places and not follows:
                i += 1
                continue
            length = self._known_place(i) or self._place_after_unit(i) or self._city_of(i)
            if length and i + length < len(self.words) and self.words[i + length] in self.lex.company_words:
                length = 0  # `Jeju Air`, `Busan Bank`: the place names a company
            if length == 1 and (
                self._pronoun_anh(i)
                or self._honorific_anh(i)
                or self._inside_vietnamese_name(i)
                or self._ends_vietnamese_name(i)
                or (i > 0 and self.same_sentence(i - 1, i) and (words[i - 1], words[i]) in given_names)
                or self._field_of_law(i)
            ):
                length = 0
            if length and (self._in_club_name(i) or self._after_foreign_name(i) or self._before_club_word(i + length)):
                length = 0
            if length and (self._inside_ocean(i, length) or before in ("vua", "Vua")):
                length = 0  # `vua Sejong`: a king named like the city after him
            if length and self.same_sentence(i, i + length - 1):
                for t in self.tokens[i : i + length]:
                    t.tag = "place"
                place = Token(
                    self.span(i, i + length),
                    self.tokens[i].start,
                    self.tokens[i + length - 1].end,
                    self.tokens[i].sentence,
                )
                self.places.append((i, place))
                i += length
            else:
                i += 1

    def place_names(self) -> frozenset[str]:
        return frozenset(place.text.casefold() for _, place in self.places)

    def places_outside_names(self) -> list[tuple[str, int]]:
        """Places with their offsets, except those inside an organisation's name: APEC's `châu Á-Thái Bình
        Dương` is part of a name, not where the story happens (naming an organisation re-tags its words)."""
        return [(place.text, place.start) for i, place in self.places if self.tokens[i].tag == "place"]
