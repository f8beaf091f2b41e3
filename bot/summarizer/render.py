"""Bullets from the extracted fields, in Vietnamese (default) or English.

Rendering is separate from extraction so a digest for an English chat re-labels stored summaries
without summarizing again.
"""

from __future__ import annotations

import re

from bot.summarizer.lexicon import USUAL_BASELINE, lexicon
from bot.summarizer.model import Figure, Summary, Who

LABELS = {
    "vi": {"what": "Sự kiện", "who": "Ai", "numbers": "Số liệu", "when": "Khi nào", "where": "Ở đâu"},
    "en": {"what": "What", "who": "Who", "numbers": "Numbers", "when": "When", "where": "Where"},
}
MAX_WHO = 4
MAX_NUMBERS = 3
MAX_PLACES = 3
# A figure bullet whose words are almost all in the `what` already says nothing new: under this share of
# new words it is left out.
NEW_SHARE = 0.2
# Two contexts that meet on fewer characters than this are two phrases, not one span read twice.
MIN_OVERLAP = 12
# Bullets that meet are merged up to this many words; longer, they stay two bullets.
MAX_MERGED_WORDS = 40
_WORD = re.compile(r"\w+(?:[.,]\w+)*%?")
_NOT_ALNUM = re.compile(r"[\W_]")  # what `str.isalnum` rejects: `\w` is the alphanumerics and `_`
_USUAL_BASELINE = re.compile(rf"\b{USUAL_BASELINE}", re.IGNORECASE)


def _who(entity: Who) -> str:
    return f"{entity.name} ({entity.role})" if entity.role else entity.name


def _shown_actors(who: tuple[Who, ...]) -> list[Who]:
    """Up to MAX_WHO actors, leaving out an organisation a person's role already names (`Quốc hội` beside
    `Woo Won-shik (Chủ tịch Quốc hội)`): the reader sees it once."""
    # Only the roles of people shown anyway: dropping organisations can only move them up.
    roles = " | ".join(w.role.casefold() for w in who[:MAX_WHO] if w.kind == "person" and w.role)
    kept = [
        w for w in who if w.kind == "person" or not re.search(rf"(?<!\w){re.escape(w.name.casefold())}(?!\w)", roles)
    ]
    return kept[:MAX_WHO]


def _figure(figure: Figure) -> str:
    """The context alone when it holds the figure (it reads as a phrase: `giá tiêu dùng tăng 2%`)."""
    if figure.context and figure.text in figure.context:
        return figure.context
    return f"{figure.text} — {figure.context}" if figure.context else figure.text


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _says_nothing_new(bullet: str, what_words: set[str]) -> bool:
    """Fewer than NEW_SHARE of the bullet's words are new to the `what` (`trong tháng 6, đã có 1.282.093
    khách …` under a `what` that says `trong tháng 6, có 1.282.093 khách …`). The usual year-on-year
    baseline, which the `what` may leave out, is not news: a reader assumes it. Only words that carry
    meaning count: not `đã`, `có`, `đến` and the like (the words `lexicon.dangling_words` lists)."""
    function_words = lexicon().dangling_words
    words = [w for w in _words(_USUAL_BASELINE.sub("", bullet)) if w not in function_words]
    return bool(words) and sum(word not in what_words for word in words) < NEW_SHARE * len(words)


def _overlap(first: str, second: str) -> int:
    """How many characters the end of `first` shares with the start of `second`, as whole words of at
    least MIN_OVERLAP characters (two contexts read from one sentence); 0 when they do not meet."""
    # Only where a word of `second` ends can an overlap end: one pass finds those, then each is tried.
    ends = [found.start() for found in _NOT_ALNUM.finditer(second, MIN_OVERLAP, min(len(first), len(second)))]
    for size in reversed(ends):
        if not first[-size - 1].isalnum() and first.endswith(second[:size]):  # a char precedes the overlap
            return size
    return 0


def _joined(first: str, second: str) -> str | None:
    """`first` and `second` as one span when they meet (`_overlap`); None when they do not."""
    size = _overlap(first, second)
    return first + second[size:] if size else None


def _past_shown(shown: list[str], text: str, figure: str) -> str:
    """`text` without the clauses it shares with the end of a bullet already shown, when the two are too
    long to merge and what is left starts a clause of its own that holds `figure` (`…, hơn 1.000 cầu đường
    chìm trong nước`)."""
    for bullet in shown:
        size = _overlap(bullet, text)
        rest = text[size:]
        if size and len((bullet + rest).split()) > MAX_MERGED_WORDS and rest.startswith(", ") and figure in rest:
            return rest[2:]
    return text


def _merged(shown: list[str], text: str) -> list[str] | None:
    """`shown` with `text` folded into the first bullet it repeats, holds or meets (when the two fit in
    MAX_MERGED_WORDS); None when it is new."""
    for i, bullet in enumerate(shown):
        if text in bullet:
            return shown
        union = text if bullet in text else _joined(bullet, text) or _joined(text, bullet)
        if union is not None and len(union.split()) <= MAX_MERGED_WORDS:
            return [union if j == i else other for j, other in enumerate(shown) if j == i or other not in union]
    return None


_PAST = re.compile(r"(?<!\w)đã ")  # the `what` drops `đã` (`Hai công nhân đã thiệt mạng` → `… công nhân thiệt mạng`)


def _stated(figure_text: str, what: str) -> bool:
    """The `what` states the figure, as written or without the past marker it drops."""
    return figure_text in what or _PAST.sub("", figure_text) in what


def _distinct_figures(numbers: tuple[Figure, ...], what: str, limit: int, shown_elsewhere: str = "") -> list[str]:
    """Up to `limit` figure bullets that each say something the others and the `what` do not. Figures of
    one clause share words of their contexts (`… ở mức 1.301,8 won` and `… ở mức 1.301,8 won, tăng 4,5 won
    …`): their bullets become one, in the first one's place, covering both (up to MAX_MERGED_WORDS); a
    bullet whose figure the `what` states, and which says little else, is left out. The reader does not
    read the same words twice, and the next figure gets the room. Words `shown_elsewhere` (the dates of
    the "when" bullet) are not new either."""
    what_words = set(_words(what)) | set(_words(shown_elsewhere))
    shown: list[str] = []
    for figure in numbers:
        text = _past_shown(shown, _figure(figure), figure.text)
        if _stated(figure.text, what) and _says_nothing_new(text, what_words):
            continue
        merged = _merged(shown, text)
        if merged is not None:
            shown = merged
        elif len(shown) < limit:
            shown.append(text)
    return shown


def render_bullets(summary: Summary, lang: str = "vi", *, with_what: bool = True) -> tuple[str, ...]:
    """At most six short bullets: what, who, up to three numbers, then when and where.

    A digest that already uses the `what` as the story's heading leaves it out (`with_what=False`).
    """
    labels = LABELS.get(lang, LABELS["vi"])
    bullets: list[str] = []
    if summary.what and with_what:
        bullets.append(f"{labels['what']}: {summary.what}")
    if summary.who:
        bullets.append(f"{labels['who']}: " + "; ".join(_who(w) for w in _shown_actors(summary.who)))
    when = ", ".join(summary.when[:MAX_PLACES])
    figures = _distinct_figures(summary.numbers, summary.what, MAX_NUMBERS, when)
    bullets.extend(f"{labels['numbers']}: {text}" for text in figures)
    if summary.when:
        bullets.append(f"{labels['when']}: {when}")
    if summary.where and len(bullets) < 6:
        bullets.append(f"{labels['where']}: " + ", ".join(summary.where[:MAX_PLACES]))
    return tuple(bullets[:6])
