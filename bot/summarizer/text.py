"""Text clean-up and sentence splitting for Vietnamese news.

KBS archives glue sentences together (`Gyeongju.Ông Lee`) and carry an archive header and a photo caption
that are not story text; everything downstream assumes this module removed them.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

_ARCHIVE_HEADER = re.compile(r"^\s*date (\d{4}-\d{2}(?:-\d{2})?)[ \t]*")
# A caption is its credit's line (`Photo : YONHAP News`, `ⓒKBS News`); a line longer than a credit holds the story
# too, glued on by a page that lost its line break (`Photo : YONHAP News Cơ quan …`): only the credit goes (an
# agency in capitals, `News`, `Radio`), so the story is never dropped with it.
_CREDIT_CHARS = 60
_CAPTION = re.compile(rf"^\s*(?:Photo\s*:[^\n]{{0,{_CREDIT_CHARS}}}|ⓒ[^\n]{{0,{_CREDIT_CHARS}}})(?:\n|$)")
_CREDIT_WORD = r"(?:[A-Z]{2,}|News|Radio|Images)(?!\S)"
_GLUED_CREDIT = re.compile(
    rf"^[ \t]*(?:Photo[ \t]*:[ \t]*|ⓒ[ \t]*)(?:[A-Z]{{2,}}|Reuters|Getty|Xinhua)(?: {_CREDIT_WORD}){{0,2}}"
    rf"(?! {_CREDIT_WORD})[ \t]+(?=\S)",  # the whole credit, and story text after it on its line
    re.MULTILINE,
)
_UI_TEXT = re.compile(r"Nghe Menu Nghe nội dung\s*")
# Horizontal space only: `\s*` here would cross line breaks and make a run of blank lines quadratic.
_CAPTION_LINE = re.compile(
    rf"^[ \t]*(?:Photo[ \t]*:[^\n]{{0,{_CREDIT_CHARS}}}|ⓒ[ \t]*[A-Z][^\n]{{0,40}})[ \t]*$", re.MULTILINE
)
# An editor's label opening a line (`[Tin nóng] Một trận động đất …`): what kind of item it is, not the story.
_LABEL = re.compile(r"^[ \t]*\[[^\]\n]{1,30}\][ \t]*", re.MULTILINE)

# Dotted abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    {
        "tp",
        "ts",
        "ths",
        "pgs",
        "gs",
        "bs",
        "th.s",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "v.v",
        "vv",
        "u.s",
        "ph.d",
        "no",
        "tr",
    }
)
_BOUNDARY = re.compile(r"[.!?…]+[\"”’»)]*")
_CLOSING_QUOTES = '"”’»)'


@dataclass(frozen=True, slots=True)
class CleanText:
    """A body with the archive header and caption removed; `header_date` is the archive's date, if any."""

    body: str
    header_date: str | None
    credit: str | None


def nfc(text: str) -> str:
    """NFC-normalize; decomposed input must match the same literals as composed input."""
    return unicodedata.normalize("NFC", text)


# C0 and C1 controls except tab and line breaks, and lone surrogates (they cannot be encoded, so a chat
# platform would reject the whole message that carries one).
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` without control characters (a carriage return becomes a line break) and with each lone
    surrogate replaced by U+FFFD."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNPRINTABLE.sub(lambda m: "\ufffd" if m.group(0) >= "\ud800" else "", text)


MAX_SUMMARY_INPUT = 50_000
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)]*(?=\s)|\n")


def cap_text(text: str, limit: int = MAX_SUMMARY_INPUT) -> str:
    """At most `limit` characters of `text`, cut after the last sentence end that fits.

    KBS stories are under 10 KB; a longer text is hostile or not a story, and capping it keeps every pass
    of the summarizer cheap. With no sentence end in the last half, the cut falls on a space instead.
    """
    if len(text) <= limit:
        return text
    head = text[:limit]
    ends = [m.end() for m in _SENTENCE_END.finditer(head, limit // 2)]
    if ends:
        return head[: ends[-1]].rstrip()
    space = head.rfind(" ", limit // 2)
    return head[:space].rstrip() if space > 0 else head


def clean_body(text: str) -> CleanText:
    """Strip the archive header, the leading photo caption, UI strings and an editor's label opening a line
    (`[Tin nóng]`); keep everything else.

    Order matters: the header sits before the caption on the same line in most archives.
    """
    body = nfc(text).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    header_date: str | None = None
    match = _ARCHIVE_HEADER.match(body)
    if match:
        header_date = match.group(1)
        body = body[match.end() :]
    credit: str | None = None
    body = _GLUED_CREDIT.sub("", body)
    caption = _CAPTION.match(body)
    if caption:
        credit = caption.group(0).strip()
        body = body[caption.end() :]
    body = _UI_TEXT.sub("", body)
    body = _CAPTION_LINE.sub("", body)
    body = _LABEL.sub("", body)
    body = re.sub(r"[ \t]{2,}|\t", " ", body)  # only what changes: a sub per single space is slow
    body = re.sub(r" *\n *", "\n", body)
    body = re.sub(r"\n{3,}", "\n\n", body)
    return CleanText(body=body.strip(), header_date=header_date, credit=credit)


def _previous_token(text: str, end: int) -> str:
    start = end
    while start > 0 and end - start < 24 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


_NEXT_WORD = re.compile(r"[^\s.,;:!?]{1,40}")
_INITIALS = re.compile(r"(?:[a-z]\.){1,3}[a-z]")  # `j.d` before the stop of `J.D. Vance` (lower-cased)
_GAP = re.compile(r"[ \t]*")


def _is_boundary(text: str, start: int, end: int) -> bool:
    """Decide whether the punctuation run text[start:end] ends a sentence.

    Works on indices only (no slicing of the remaining text) so splitting stays linear.
    """
    if end >= len(text) or text[end] == "\n":
        return True
    gap_end = _GAP.match(text, end)
    after = gap_end.end() if gap_end else end
    if after >= len(text) or text[after] == "\n":
        return True
    first = text[after]
    glued = after == end
    terminal = text[start:end].rstrip(_CLOSING_QUOTES)
    if terminal == "." and start > 0 and text[start - 1].isdigit() and first.isdigit():
        return False  # 1.5, 260.000
    word = _NEXT_WORD.match(text, after)
    next_word = word.group(0) if word else ""
    looks_like_word = bool(next_word) and next_word[0].isupper() and (len(next_word) == 1 or not next_word.isupper())
    if glued:
        # Glued: only a capitalised word (not an acronym like TP.HCM, not a digit) starts a new sentence.
        if first in '"“‘«(':
            return True
        followed_by_dot = word is not None and word.end() < len(text) and text[word.end()] == "."
        if f"{_previous_token(text, start)}.{next_word}".lower() in _ABBREVIATIONS:
            return False  # `bằng Ph.D từ …`
        if looks_like_word:
            return not (len(next_word) == 1 and followed_by_dot)
        # `tỷ won.BOK cũng`, `tới Vladivostok.NIS cho biết`: an acronym after a word ending in lower case is a new
        # sentence (`TP.HCM` is not, nor `Ph.D`).
        previous = _previous_token(text, start)
        word_before = previous.isalpha() and previous[-1:].islower() and (previous.islower() or len(previous) >= 3)
        # `… công bố ngày 30/10.SK Hynix vươn lên …`: after a date, any capital starts the next sentence; after a
        # plain number, an acronym does (`… so với đầu tháng 7.KDCA dự báo …`)
        date_before = "/" in previous and previous[-1:].isdigit()
        # … and after a degree's scale (`… lên tới 35 độ C.KMA khuyến cáo …`)
        degree_before = previous in ("C", "F") and _previous_token(text, start - 2).endswith("độ")
        acronym = len(next_word) >= 2 and next_word.isupper()
        return (acronym and (word_before or previous.isdigit() or degree_before)) or (date_before and first.isupper())
    if terminal == ".":
        prev = _previous_token(text, start).lstrip("(\"“'‘").lower()
        # (and a run of them: `J.D. Vance`, `phó tổng thống Mỹ J.D. | Vance`)
        initial = (len(prev) == 1 and prev.isascii() and prev.isalpha()) or _INITIALS.fullmatch(prev) is not None
        # `âm 12 độ C. Cục …`: a degree's scale ends the sentence; it is no initial
        degree = initial and prev in "cf" and _previous_token(text, start - 2).endswith("độ")
        if prev in _ABBREVIATIONS or (initial and not degree):
            return False  # TS. Nguyễn, Donald J. Trump (`nhà ở.` ends a sentence: `ở` is a word, not an initial)
    if terminal.endswith(("…", "..")):
        return first.isupper()  # "ký … 1,5 tỷ" continues; "đưa tin... Tổng thống" does not
    return first.isupper() or first.isdigit() or first in '"“‘«(-–'


def split_sentences(text: str) -> list[str]:
    """Split a cleaned body into sentences, repairing glued boundaries.

    Linear in the input: one regex pass and constant work per candidate boundary.
    """
    sentences: list[str] = []
    begin = 0
    for match in _BOUNDARY.finditer(text):
        if _is_boundary(text, match.start(), match.end()):
            piece = text[begin : match.end()].strip()
            if piece:
                sentences.extend(p.strip() for p in piece.split("\n") if p.strip())
            begin = match.end()
    tail = text[begin:].strip()
    if tail:
        sentences.extend(p.strip() for p in tail.split("\n") if p.strip())
    return sentences


def fold(text: str) -> str:
    """Accent- and case-free key: `Hàn Quốc` and `han quoc` compare equal; đ folds to d."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class QuoteIndex:
    """Answers "is this position inside quotation marks?" in O(log n), for the whole text at once.

    Straight quotes toggle; curly quotes open and close. A window-based guess would flip at every quote
    that falls outside the window.
    """

    def __init__(self, text: str) -> None:
        self._inside_after: list[tuple[int, bool]] = []
        self._end = len(text)
        inside = False
        for match in re.finditer(r"[\"“”]", text):
            mark = match.group(0)
            inside = (not inside) if mark == '"' else mark == "“"
            self._inside_after.append((match.start(), inside))

    def inside(self, position: int) -> bool:
        index = bisect.bisect_left(self._inside_after, (position, False)) - 1
        return index >= 0 and self._inside_after[index][1]

    def quoted(self, position: int) -> tuple[int, int] | None:
        """The span between the quotation marks around `position` (the closing one, or the text's end, when none
        closes), or None outside quotation marks."""
        index = bisect.bisect_left(self._inside_after, (position, False)) - 1
        if index < 0 or not self._inside_after[index][1]:
            return None
        closing = self._inside_after[index + 1][0] if index + 1 < len(self._inside_after) else self._end
        return self._inside_after[index][0] + 1, closing
