"""Where a phrase may start or end among a sentence's words: the words of one window and what a cut
between two of them would break (a number, a name, a compound, a short aside or quotation, a word that
asks for its object). `context.py` chooses the span of a figure's context with these rules; the words they
read against are `phrase_words.py`'s.
"""

from __future__ import annotations

import re

from bot.summarizer.lexicon import (
    CONJUNCTION_PAIRS,
    and_inside_office,
    comma_joins_name,
    ends_on_name,
    lexicon,
    names_until_and,
)
from bot.summarizer.phrase_words import (
    BASELINE_CUT,
    BEFORE_LEVEL,
    BETWEEN_WORDS,
    CHANGE_VERBS,
    CLAUSE_END,
    COMPOUND_ENDS,
    DANGLING,
    EDGE_PUNCTUATION,
    ENDS_BEFORE,
    ENDS_BEFORE_PAIRS,
    HARD_CONJUNCTIONS,
    HARD_PAIRS,
    JOINING_WORDS,
    LEAD_IN_PAIRS,
    LEAD_INS,
    LEVEL_STARTS,
    LIVING,
    NOT_BEFORE_NUMBER,
    ONE_PHRASE_PAIRS,
    OPENERS,
    PARTS,
    PERIOD_NOUNS,
    RELATIVE_PERIODS,
    STARTING_WHEN,
    STILL,
    USED_FOR,
    VERB_COMPOUNDS,
    WHOLE_OF,
)
from bot.summarizer.place_commas import larger_place_at

GROUP_WORDS = 8  # an aside or quotation this short is never cut into
_TOKEN = re.compile(r"\S+")
_HARD_END = (";", ":")
# A closing bracket or quotation mark ends an aside, not the clause it sits in (`… Hàn Quốc (KBO) | năm 2024`).
_ASIDE_CLOSE = (")", "”", '"')
_NAME_RUN = 6  # capitalised words read back for a name (`Cục Dự trữ Liên bang Mỹ`)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_BARE_NUMBER = re.compile(r"\d+,?")
_RESTATED = re.compile(r"\(\d[\d.,]*%\)")
_FRACTION_WORD = re.compile(r"nửa|\d/\d{1,2}")  # `một nửa`, `1/3`: a share written without `%`

_LIST_ITEM_WORDS = 4  # an item of a list of lower-case words before its `và` (`xây dựng và`)


# After `N giờ`, what makes it a time of day rather than a count of hours (`9 giờ sáng ngày 5/12`).
_AFTER_AN_HOUR = frozenset({"sáng", "trưa", "chiều", "tối", "đêm", "ngày", "hôm"})


class Tokens:
    """The words of one window of a sentence, with what a cut between two of them would break."""

    def __init__(self, text: str, low: int, high: int) -> None:
        self.spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text, low, high)]
        self.raw = [text[s:e] for s, e in self.spans]
        self.core = [word.strip(EDGE_PUNCTUATION).casefold() for word in self.raw]
        window = text[low:high]
        has_groups = any(mark in window for mark in '(“"[')
        self.grouped = self._groups() if has_groups else [False] * (len(self.raw) + 1)
        for k in range(len(self.raw) - 1):  # `13 tỉnh, thành`: provinces and cities, one phrase
            if self.raw[k] == "tỉnh," and self.core[k + 1] == "thành":
                self.grouped[k + 1] = True
        self._breaks: list[bool] | None = None

    def _groups(self) -> list[bool]:
        """grouped[k]: the cut before token k falls inside a short aside `( … )` or quotation."""
        grouped = [False] * (len(self.raw) + 1)
        closers = {"(": ")", "“": "”", '"': '"', "[": "]"}
        k = 0
        while k < len(self.raw):
            opener = self.raw[k][:1]
            closer = closers.get(opener)
            if closer is None or self.raw[k].rstrip(",;:.!?").endswith(closer):
                k += 1
                continue
            for j in range(k + 1, min(len(self.raw), k + GROUP_WORDS)):
                if self.raw[j].rstrip(",.;:!?").endswith(closer):
                    for inner in range(k + 1, j + 1):
                        grouped[inner] = True
                    k = j
                    break
            k += 1
        return grouped

    def breaks(self) -> list[bool]:
        """breaks[k]: token k ends a statement or joins two; computed once, as the words are shared by
        every figure of a sentence."""
        if self._breaks is None:
            self._breaks = [  # (each test asked only of the words it may hold for: a stop, a joining word)
                (word.endswith((";", ":", "!", "?", ".")) and self.ends_statement(k))
                or (self.core[k] in JOINING_WORDS and self.joins_clauses(k))
                for k, word in enumerate(self.raw)
            ]
        return self._breaks

    def is_figure_number(self, k: int) -> bool:
        """Token k is a number that counts something, not a date (`7/1`, `ngày 25`), a clock time (`9 giờ sáng`)
        or a name (`vòng 5`)."""
        word = self.raw[k]
        clock = self.core[k + 1 : k + 2] == ["giờ"] and k + 2 < len(self.core) and self.core[k + 2] in _AFTER_AN_HOUR
        return (
            word[:1].isdigit()
            and "/" not in word
            and not clock
            and (k == 0 or self.core[k - 1] not in NOT_BEFORE_NUMBER)
            and not self._model_number(k)
        )

    def _model_number(self, k: int) -> bool:
        """Token k is the number of a name in a list of names (`Ioniq 5, | Ioniq 6 và Kona Electric`)."""
        if not (k > 0 and self.core[k].isdigit() and self.is_name(k - 1)) or k + 1 >= len(self.raw):
            return False
        after = self.raw[k + 2] if self.core[k + 1] == "và" and k + 2 < len(self.raw) else self.raw[k + 1]
        return after[:1].isupper()

    def clause_and(self, k: int) -> bool:
        """Token k is a `và` joining two clauses: not one whose next word ends its clause, which only closes
        a noun's list (`5 thành phố và huyện,`), nor one inside a list of names (`Gangnam, Seocho và Songpa`)
        or an office's name (`Tổ chức Hợp tác và Phát triển Kinh tế`)."""
        names = self.is_name(k - 1) and k + 1 < len(self.raw) and self.is_name(k + 1)
        joins = self.core[k] == "và" and k + 1 < len(self.raw) and not self.ends_clause(k + 1) and not names
        one_phrase = tuple(self.core[k - 1 : k + 2]) in ONE_PHRASE_PAIRS  # `trong và ngoài nước`
        return joins and not one_phrase and not self.and_inside_office(k)

    def share_of_a_group(self, k: int) -> bool:
        """Token k is a share followed by the group it is of (`78,4% người dân lo ngại …`, `một nửa (48,7%) số người
        …`, `1/3 số người …`, `97,6% trong tổng số …`): the subject of what follows, which says what it measures."""
        group = k + 2 if k + 1 < len(self.raw) and self.restates(k + 1) else k + 1
        group += self.core[group : group + 2] in (["trong", "tổng"], ["trong", "số"])  # `97,6% | trong tổng số …`
        following = group < len(self.raw) and self.raw[group][:1].islower() and self.raw[group].isalpha()
        share = self.raw[k].endswith("%") or _FRACTION_WORD.fullmatch(self.raw[k]) is not None
        share = share or (k > 0 and self.core[k - 1] == "phần" and self.core[k] in PARTS)  # `hai phần ba`
        return share and following and self.core[group] not in ENDS_BEFORE

    def restates(self, k: int) -> bool:
        """Token k is a share restated in parentheses after a share in words (`một nửa | (48,7%)`)."""
        return _RESTATED.fullmatch(self.raw[k]) is not None

    def ends_compound(self, k: int) -> bool:
        """Token k closes a compound (`cuối cùng`, `tự do`), so it asks for no object."""
        pair = (self.core[k - 1], self.core[k]) if k > 0 else ("", "")
        return k > 0 and (pair in COMPOUND_ENDS or " ".join(pair) in lexicon().stop_compounds)

    def splits_compound(self, k: int) -> bool:
        """A cut before token k would part a word written in two (`được tự | do tham quan`), unless the word before
        it already closes one (`phát hiện | tại …` is no `hiện tại`)."""
        closed = k >= 2 and self.ends_compound(k - 1)
        return 0 < k < len(self.raw) and self.ends_compound(k) and not self.ends_clause(k - 1) and not closed

    def is_name(self, k: int) -> bool:
        return self.raw[k][:1].isupper() and self.raw[k][-1:].isalnum()

    def and_inside_office(self, k: int) -> bool:
        """Token k is a `và` inside an office's name (`Bộ Bình đẳng giới | và | Gia đình`), or the one before
        the last of its fields listed with commas (`Bộ Đất đai, hạ tầng | và | giao thông`)."""
        if and_inside_office(self.raw, k):
            return True
        fields = range(max(0, k - 4), k)
        return self.core[k] == "và" and any(self.raw[j].endswith(",") and self.comma_in_name(j) for j in fields)

    def splits_name(self, k: int) -> bool:
        """A cut before token k would part two capitalised words of one name (`Trung | Quốc`)."""
        return 0 < k < len(self.raw) and self.is_name(k - 1) and self.raw[k][:1].isupper()

    def joins_clauses(self, k: int) -> bool:
        """Token k is (the end of) a conjunction that starts a new statement: `nhưng`, `trong khi`, `song` and `đổi lại`
        after a comma and `còn` after a comma or a figure, unless it means "still" (`song phương`, `vẫn còn`
        are words of their own)."""
        if self.core[k] not in JOINING_WORDS:
            return False
        pair = (self.core[k - 1], self.core[k]) if k > 0 else ("", "")
        if self.core[k] == "song":
            return k > 0 and self.raw[k - 1].endswith(",")
        if self.core[k] == "còn":  # `X tăng 5%, còn Y …`, `… 5% còn …`; not `Đội còn 2 vòng đấu` (remains)
            after_figure = any(self.is_figure_number(j) for j in range(max(0, k - 2), k))
            # `2 người còn lại` (remaining), `6 người còn mất tích` (still missing)
            after_figure = after_figure and self.core[k + 1 : k + 2] not in (
                ["lại"],
                ["mất"],
                ["đang"],
                ["chưa"],
                ["bị"],
            )
            return k > 0 and self.core[k - 1] not in STILL and (self.raw[k - 1].endswith(",") or after_figure)
        however = self.core[k] == "tuy" and self.core[k + 1 : k + 2] == ["nhiên"]  # `tuy | nhiên`: one word
        # `đồng | thời` joins only after a comma or `và`; after a verb it says "at once" (`bùng phát đồng thời tại …`)
        at_once = pair == ("đồng", "thời") and k > 1 and not self.raw[k - 2].endswith((",", ";"))
        at_once = at_once and self.core[k - 2] != "và"
        # `…, đổi lại | Hàn Quốc sẽ …` (in return) opens a statement after a comma only
        in_return = pair == ("đổi", "lại") and k > 1 and self.raw[k - 2].endswith(",")
        conjunction = self.core[k] in HARD_CONJUNCTIONS and not however and not self.ends_compound(k)  # `nhảy dù`
        return conjunction or (pair in HARD_PAIRS and not at_once) or in_return

    def ends_statement(self, k: int) -> bool:
        """Token k closes a clause the context never reaches across: `;`, `:`, or a sentence end the
        splitter kept (`quý I. Lợi nhuận`), but not an initial (`Donald J. Trump`)."""
        word = self.raw[k]
        if word.endswith(_HARD_END) or word.endswith(("!", "?")):
            return True
        if not word.endswith(".") or word[:-1].replace(".", "").replace(",", "").isdigit():
            return False
        initial = len(word) == 2 and word[0].isupper()
        return not (initial and k > 0 and self.is_name(k - 1))

    def comma_in_name(self, k: int) -> bool:
        """Token k ends with a comma inside an office's name (`Bộ Đất đai, hạ tầng và giao thông`)."""
        return comma_joins_name([*self.raw[max(0, k - 3) : k], self.raw[k][:-1]], self.raw[k + 1 : k + 5])

    def larger_place_at(self, k: int) -> bool:
        """After a place's comma, token k starts the larger place it lies in (`place_commas.larger_place_at`)."""
        return larger_place_at(self.raw, self.core, k)

    def ends_source(self, k: int) -> bool:
        """Token k ends `Theo <source>,` with its comma, not a comma inside the source's name."""
        return self.raw[k].endswith(",") and not self.comma_in_name(k)

    def ends_clause(self, k: int) -> bool:
        return self.raw[k].endswith(CLAUSE_END)

    def clean_start(self, k: int, window_start: int) -> bool:
        """A span may start at token k: the window's (sentence's) first word, after punctuation or a
        lead-in, at a number or at a verb that reports a figure; never inside a name or an aside."""
        if self.grouped[k] or self.splits_name(k) or self.joins_clauses(k):
            return False
        if k == window_start:
            return True
        previous = self.raw[k - 1]
        if self.raw[k].endswith(CLAUSE_END):
            return False  # a one-word fragment of the clause before
        if previous.endswith(",") and (self.comma_in_name(k - 1) or self.larger_place_at(k)):
            return False  # inside `Bộ Đất đai, hạ tầng và giao thông` or `quận Haeundae, thành phố Busan`
        if _YEAR.fullmatch(self.core[k]) and (previous.endswith(")") or self.is_name(k - 1)):
            return False  # `Hội nghị thượng đỉnh … (APEC) | 2025 đã khai mạc`: the year ends the name
        if (
            previous.endswith(",")
            and ends_on_name(self.raw[max(0, k - 2) : k])
            and names_until_and(self.raw[k : k + 7], 6)
        ):
            return False  # inside a list of names (`như Jeju Air, | T'way Air và Jin Air sẽ …`)
        if self.in_number_list(k):
            return False  # `tuyến số 1, | 3 và 4 do Korail vận hành`: the list's items share what names them
        if (previous.endswith(",") and self._inside_word_list(k)) or self.last_list_item(k):
            return False  # `trong các lĩnh vực năng lượng, | xây dựng và | quốc phòng với …`: a list's last items
        return (
            (previous.endswith(CLAUSE_END) and not previous.endswith(_ASIDE_CLOSE))
            or (self.raw[k][:1].isdigit() and self.core[k - 1] not in NOT_BEFORE_NUMBER)
            or self.core[k - 1] in LEAD_INS
            or (k >= 2 and (self.core[k - 2], self.core[k - 1]) in LEAD_IN_PAIRS)
            or (self.core[k] in OPENERS and (self.core[k - 1], self.core[k]) not in VERB_COMPOUNDS)
            or self.joins_clauses(k - 1)
        ) and self.raw[k][:1] not in '(“"'

    def in_number_list(self, k: int) -> bool:
        """Token k is a bare number after the comma of a bare number, in a list a `và` or `hoặc` closes (`tuyến
        số 1, | 3 và 4`, `ngày 1, | 3, 5 hoặc 7`): the comma parts items, not clauses."""
        if k < 1 or not (_BARE_NUMBER.fullmatch(self.raw[k - 1]) and self.raw[k - 1].endswith(",")):
            return False
        j = k
        while j < len(self.raw) - 1 and j < k + _LIST_ITEM_WORDS and _BARE_NUMBER.fullmatch(self.raw[j]):
            if not self.raw[j].endswith(","):
                return self.core[j + 1] in ("và", "hoặc")
            j += 1
        return False

    def _inside_word_list(self, k: int) -> bool:
        """Token k, after a comma, is an item of a list of lower-case words that `và` closes within a few words
        (`năng lượng, | xây dựng và quốc phòng`), not a clause of its own (`…, tăng 3% và …` opens one)."""
        if not (self.raw[k - 1][:-1].isalpha() and self.raw[k - 1][:1].islower()) or self.core[k] in OPENERS:
            return False
        for j in range(k, min(len(self.raw) - 1, k + _LIST_ITEM_WORDS)):
            if not (self.raw[j].isalpha() and self.raw[j].islower()):
                return False
            if self.core[j] == "và":
                return j > k and self.raw[j + 1][:1].islower()
        return False

    def last_list_item(self, k: int) -> bool:
        """Token k follows the `và` of a list of lower-case words whose items a comma parts (`năng lượng, xây dựng và |
        quốc phòng`)."""
        if k < 3 or self.core[k - 1] != "và" or not self.raw[k][:1].islower():
            return False
        for j in range(k - 2, max(0, k - 2 - _LIST_ITEM_WORDS), -1):
            if self.raw[j].endswith(","):
                return self.raw[j][:-1].isalpha() and self.raw[j][:1].islower()
            if not (self.raw[j].isalpha() and self.raw[j].islower()):
                return False
        return False

    def and_closes_pair(self, k: int, low: int) -> bool:
        """Token k is the `và` of `giữa A và B` or `cả A và B` (`giữa`, `cả` within BETWEEN_WORDS words before it, not
        before `low`): between both, or both, is said of the two together."""
        if self.core[k] != "và":
            return False
        start = max(low, k - BETWEEN_WORDS)
        return any(
            self.core[j] == "giữa" or (self.core[j] == "cả" and self.core[j + 1] not in WHOLE_OF)
            for j in range(start, k)
        )

    def _subject_after_khi(self, k: int) -> bool:
        """Tokens before k are a name right after `khi` (`sau khi | Quốc hội`, `khi | OPEC`; capitalised words, each
        maybe with one lower-case half): a clause of time that has named who acts and not yet what they did."""
        j = k - 1
        while j >= 1 and k - j <= _NAME_RUN and not self.ends_clause(j):
            lower_half = self.raw[j][:1].islower() and self.raw[j - 1][:1].isupper()  # `Quốc | hội`
            if not (self.raw[j][:1].isupper() or lower_half):
                break
            j -= 1
        return j < k - 1 and self.core[j] == "khi" and self.raw[j + 1][:1].isupper()

    def _level_at(self, k: int) -> bool:
        return k < len(self.core) and (self.raw[k][:1].isdigit() or self.core[k] in LEVEL_STARTS)

    def clean_end(self, k: int, last: int) -> bool:
        """A span may end after token k - 1."""
        # `doanh thu giảm.`: a verb of change that closes its clause has no object to ask for
        closed_change = self.core[k - 1] in CHANGE_VERBS and self.ends_clause(k - 1)
        if self.grouped[k] or (self.core[k - 1] in DANGLING and not self.ends_compound(k - 1) and not closed_change):
            return False
        if k < last and self.splits_compound(k):
            return False
        if k < last and (self.core[k - 1], self.core[k]) in CONJUNCTION_PAIRS | USED_FOR | ENDS_BEFORE_PAIRS:
            return False  # `… quay trở lại sau | khi …`, `… được dùng | để …`: half a conjunction, a use untold
        if k + 1 < last and self.core[k] == "và" and self.is_name(k - 1) and self.raw[k + 1][:1].isupper():
            return False  # `như Hanwha Ocean | và HD Hyundai`: a list of names is read whole
        if (
            k < last
            and self.raw[k - 1].endswith(",")
            and ends_on_name(self.raw[max(0, k - 2) : k])
            and names_until_and(self.raw[k : k + 7], 6)
        ):
            return False  # `sau Trung Quốc, | Nhật Bản, Đài Loan và Mỹ`
        if k + 1 < last and (tuple(self.core[k - 1 : k + 2]) in ONE_PHRASE_PAIRS or self.and_inside_office(k)):
            return False  # `chuyến bay đi | và đến sân bay …`, `do Bộ Bình đẳng giới | và Gia đình`
        if k < last and self._subject_after_khi(k):
            return False  # `111 ngày sau khi Quốc hội | thông qua …`: a clause of time with its subject only
        if k + 1 < last and self.and_closes_pair(k, 0):
            return False  # `thỏa thuận giữa giới chủ | và người lao động`: between one, untold
        if k + 1 < last and self.core[k] == "trong" and self.is_figure_number(k - 1) and self.raw[k + 1][:1].isdigit():
            return False  # `thắng 4 | trong 6 trận`: a share of a count is read whole
        if k + 1 < last and self.core[k] == "và" and self.core[k - 1].isdigit() and self.raw[k + 1][:1].isdigit():
            return False  # `vào ngày 21 | và 22/9`: two days of one date
        if k < last and self.core[k - 1] in LIVING and self.core[k] in ("tại", "ở"):
            return False  # `người đàn ông … sống | tại tỉnh Gangwon`: where one lives is the verb's own
        if k < last and k >= 2 and tuple(self.core[k - 2 : k]) in PERIOD_NOUNS:
            return False  # `đầu tư 21 tỷ USD vào Mỹ trong giai đoạn | từ năm 2025 …`: which period is untold
        if k < last and k >= 2 and tuple(self.core[k - 2 : k]) in BASELINE_CUT and self.core[k] in ("trước", "ngoái"):
            return False
        if k < last and self.core[k - 1] in RELATIVE_PERIODS and self.core[k] in ("sau", "trước"):
            return k + 1 < last and self.core[k + 1] == "khi" and not self.ends_clause(k)
        if k < last and k >= 2 and tuple(self.core[k - 2 : k]) in ENDS_BEFORE_PAIRS:
            return False  # `… vòng loại khu vực châu Á diễn ra | tại …`: it ends before `diễn ra`, or after where
        if k < last and k >= 2 and self.core[k - 2 : k] == ["bắt", "đầu"] and self.core[k] in STARTING_WHEN:
            return False  # `… tại 34 thành phố bắt đầu | từ tháng 4`: starting, but when is untold
        if k + 1 < last and k >= 2 and self.core[k - 2 : k] == ["tổ", "chức"] and self.core[k] == "vào":
            return False  # `… tại phiên họp toàn thể tổ chức | vào tối ngày 2/12`: held, but when is untold
        if k < last and k >= 2 and self.core[k - 2] in ("để", "nhằm") and not self.ends_clause(k - 1):
            return False  # `… muối 100 tấn kimchi để tặng | cho …`: a purpose that is only its verb
        if k == last or self.ends_clause(k - 1):
            return True
        # (`song` is "but", not the first half of `song phương`, bilateral; `theo`, not of `theo dõi`)
        opens_compound = " ".join(self.core[k : k + 2]) in lexicon().stop_compounds
        return not self.splits_name(k) and (
            (self.core[k] in ENDS_BEFORE and not opens_compound)
            or (self.core[k] in BEFORE_LEVEL and self._level_at(k + 1))
            or self.raw[k][:1] in '(“"'
            or tuple(self.core[k : k + 2]) in ENDS_BEFORE_PAIRS
            or (self.core[k : k + 2] == ["bắt", "đầu"] and k + 2 < last and self.core[k + 2] in STARTING_WHEN)
        )
