"""Sides in sport: a club named after its city (`câu lạc bộ Atlanta Braves`), whose city is then part of its name, and
the other side of a match (`đánh bại Tottenham Hotspur với tỷ số 4-3`). Kept apart from `entities.py`, which runs
these rules with the others.
"""

from __future__ import annotations

import re

from bot.summarizer.people import PeopleRules, latin_cap

# What a club named after its city is called before its name (`câu lạc bộ Atlanta Braves`).
_CLUB_NOUNS = frozenset({"câu lạc bộ", "clb", "đội", "đội bóng"})
# What comes before the other side of a match (`giành chiến thắng 3-1 trước Real Salt Lake`), and a score.
_AGAINST = frozenset({"đánh bại", "thắng", "thua", "hòa", "trước", "gặp", "vượt qua", "đấu với", "trận với"})
_SCORE = re.compile(r"\d{1,2}-\d{1,2}")
# … of which these name a match whatever the sentence gives (`trong trận đấu với Los Angeles Dodgers ngày 28/9`).
_PLAYED = frozenset({"đánh bại", "đấu với", "trận với"})


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
        for i in range(1, len(words)):
            second = words[i - 1] == "và" and i - 1 in club_ends
            if second and not tokens[i].tag and latin_cap(words[i]):  # `… và | Jeonbuk Hyundai`: a club by its name
                end = i
                while end < len(words) and not tokens[end].tag and latin_cap(words[end]) and self.same_sentence(i, end):
                    end += 1
                if end - i >= 2:
                    self.add(i, end, "org")
                continue
            if tokens[i].tag != "place" or tokens[i - 1].tag == "place":
                continue  # (the cheap test first: every word of the story passes here)
            # `câu lạc bộ | Atlanta Braves`, `đánh bại | Pohang Steelers 2-1`, `trận đấu với | Los Angeles Dodgers`
            if not (self._club_noun_before(i) or second or self._opponent_at(i) or self._played_before(i)):
                continue
            j = i
            while j < len(words) and tokens[j].tag == "place" and self.same_sentence(i, j):
                j += 1
            end = j
            while end < len(words) and not tokens[end].tag and latin_cap(words[end]) and self.same_sentence(i, end):
                end += 1
            if end > j:
                self.forget(i, j)
                self.add(i, end, "org")
                club_ends.add(end)

    def _opponent_at(self, i: int) -> bool:
        """The Latin run at i follows a verb of playing against (`đánh bại`, `trước`, `trận đấu với`) or a score and
        `với` (`hòa 2-2 với`) in a sentence that gives a score (`3-1`): it names the other side of the match."""
        after_score = i >= 2 and self.words[i - 1] == "với" and _SCORE.fullmatch(self.words[i - 2]) is not None
        if not after_score and not self._after_one_of(i, _AGAINST):
            return False
        if self._scored is None:  # the sentences that give a score, found once per story
            self._scored = {t.sentence for t in self.tokens if _SCORE.fullmatch(t.text)}
        return self.tokens[i].sentence in self._scored

    def _played_before(self, i: int) -> bool:
        return self._after_one_of(i, _PLAYED)

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
