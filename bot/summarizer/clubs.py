"""Sides in sport: a club named after its city (`câu lạc bộ Atlanta Braves`), whose city is then part of its name, and
the other side of a match (`đánh bại Tottenham Hotspur với tỷ số 4-3`). Kept apart from `entities.py`, which runs
these rules with the others.
"""

from __future__ import annotations

import re

from bot.summarizer.latin_words import latin_cap
from bot.summarizer.people import PeopleRules

# What a club named after its city is called before its name (`câu lạc bộ Atlanta Braves`).
_CLUB_NOUNS = frozenset({"câu lạc bộ", "clb", "đội", "đội bóng"})
# What comes before the other side of a match (`giành chiến thắng 3-1 trước Real Salt Lake`), and a score.
_AGAINST = frozenset({"đánh bại", "thắng", "thua", "hòa", "trước", "gặp", "vượt qua", "đấu với", "trận với"})
_SCORE = re.compile(r"\d{1,2}-\d{1,2}")
# … of which these name a match whatever the sentence gives (`trong trận đấu với Los Angeles Dodgers ngày 28/9`).
_PLAYED = frozenset({"đánh bại", "đấu với", "trận với"})
# A player's position, whose club follows the name after `của` (`Tiền vệ Lee Kang-in | của | Paris Saint-Germain`).
_PLAYERS = frozenset({"tiền vệ", "tiền đạo", "hậu vệ", "trung vệ", "thủ môn", "cầu thủ"})
_NAME_WORDS = 4  # the most words a player's name runs to
_MATCH_REACH = 6  # how far before `với` a match may be named (`trận chung kết Cúp Pháp | với Reims`)
_CLUB_WORDS = 8  # the most words of a club's name that is looked for again


class ClubRules(PeopleRules):
    """The rules that read clubs and the sides of a match."""

    _scored: set[int] | None = None  # the sentences that give a score (`3-1`), built on first use

    def find_clubs_named_after_places(self) -> None:
        """`câu lạc bộ Atlanta Braves`, `đội San Francisco Giants`: a club named after its city, then a Latin
        word; the city is then part of the club's name, not where the story happens. So is the second of two clubs
        (`câu lạc bộ Seoul E-Land và Jeonbuk Hyundai`), and the other side of a match (`đánh bại Pohang Steelers
        2-1`, `trận đấu với Los Angeles Dodgers`)."""
        words, tokens = self.words, self.tokens
        club_ends: set[int] = set()
        clubs: set[tuple[str, ...]] = set()
        for i in range(1, len(words)):
            second = words[i - 1] == "và" and i - 1 in club_ends
            if second and not tokens[i].tag and latin_cap(words[i]):  # `… và | Jeonbuk Hyundai`: a club by its name
                end = self._free_latin_end(i, i)
                if end - i >= 2:
                    self.add(i, end, "org")
                continue
            if tokens[i].tag != "place" or tokens[i - 1].tag == "place":
                continue  # (the cheap test first: every word of the story passes here)
            # `câu lạc bộ | Atlanta Braves`, `đánh bại | Pohang Steelers 2-1`, `trận đấu với | Los Angeles Dodgers`
            if not (self._club_noun_before(i) or second or self._opponent_at(i) or self.club_side_at(i)):
                continue
            j = i
            while j < len(words) and tokens[j].tag == "place" and self.same_sentence(i, j):
                j += 1
            end = self._free_latin_end(i, j)
            if end > j:
                self.forget(i, j)
                self.add(i, end, "org")
                club_ends.add(end)
                clubs.add(tuple(words[i:end]))
        self._name_again(clubs)

    def _free_latin_end(self, i: int, start: int) -> int:
        """Where the run of capitalised Latin words no rule has read, from `start` in i's sentence, ends."""
        end = start
        while (
            end < len(self.words)
            and not self.tokens[end].tag
            and latin_cap(self.words[end])
            and self.same_sentence(i, end)
        ):
            end += 1
        return end

    def _name_again(self, clubs: set[tuple[str, ...]]) -> None:
        """A club found by a rule is the same club wherever its whole name comes again (`Kim Ha-seong đã chơi cho
        Tampa Bay Rays và | Atlanta Braves`): its city is no place there either."""
        words, tokens = self.words, self.tokens
        names = {club for club in clubs if len(club) <= _CLUB_WORDS}
        lengths = sorted({len(club) for club in names}, reverse=True)  # at most _CLUB_WORDS tries a word, however
        for i in range(len(words)):  # many clubs a story names: linear
            if tokens[i].tag != "place":
                continue
            for n in lengths:
                if tuple(words[i : i + n]) in names and self.same_sentence(i, i + n - 1):
                    self.forget(i, i + n)
                    self.add(i, i + n, "org")
                    break

    def _opponent_at(self, i: int) -> bool:
        """The Latin run at i follows a verb of playing against (`đánh bại`, `trước`, `trận đấu với`) or a score and
        `với` (`hòa 2-2 với`) in a sentence that gives a score (`3-1`): it names the other side of the match."""
        after_score = i >= 2 and self.words[i - 1] == "với" and _SCORE.fullmatch(self.words[i - 2]) is not None
        if not after_score and not self._after_one_of(i, _AGAINST):
            return False
        if self._scored is None:  # the sentences that give a score, found once per story
            self._scored = {t.sentence for t in self.tokens if _SCORE.fullmatch(t.text)}
        return self.tokens[i].sentence in self._scored

    def club_side_at(self, i: int) -> bool:
        """The Latin run at i names a side in sport whatever the sentence gives: after a verb that names a match
        (`đánh bại`, `trận đấu với`), after `với` closing a match named just before (`trong trận chung kết Cúp Pháp
        với | Reims`), or after a player and `của` (`Tiền vệ Lee Kang-in của | Paris Saint-Germain`)."""
        return self._after_one_of(i, _PLAYED) or self._match_before(i) or self._player_before(i)

    def _match_before(self, i: int) -> bool:
        if i < 2 or self.words[i - 1] != "với":
            return False
        for k in range(i - 2, max(-1, i - 2 - _MATCH_REACH), -1):
            if self.words[k] in (",", ".") or not self.same_sentence(k, i):
                return False
            if self.words[k] == "trận":
                return True
        return False

    def _player_before(self, i: int) -> bool:
        if i < 3 or self.words[i - 1] != "của":
            return False
        k = i - 2
        while k > 0 and i - 2 - k < _NAME_WORDS and latin_cap(self.words[k]) and self.same_sentence(k, i):
            k -= 1
        return k < i - 2 and self._after_one_of(k + 1, _PLAYERS, folded=True)

    def _club_noun_before(self, i: int) -> bool:
        return self._after_one_of(i, _CLUB_NOUNS, longest=3, folded=True)

    def _after_one_of(self, i: int, phrases: frozenset[str], *, longest: int = 2, folded: bool = False) -> bool:
        """The one to `longest` words right before i are one of `phrases` (casefolded first with `folded`)."""
        for n in range(1, longest + 1):
            if i - n < 0:
                break
            before = " ".join(self.words[i - n : i])
            if (before.casefold() if folded else before) in phrases:
                return True
        return False
