"""Bullets from the extracted fields, in Vietnamese (default) or English.

Rendering is separate from extraction so a digest for an English chat re-labels stored summaries
without summarizing again.
"""

from __future__ import annotations

from bot.summarizer.model import Figure, Summary, Who

LABELS = {
    "vi": {"what": "Sự kiện", "who": "Ai", "numbers": "Số liệu", "when": "Khi nào", "where": "Ở đâu"},
    "en": {"what": "What", "who": "Who", "numbers": "Numbers", "when": "When", "where": "Where"},
}
MAX_WHO = 4
MAX_NUMBERS = 3
MAX_PLACES = 3


def _who(entity: Who) -> str:
    return f"{entity.name} ({entity.role})" if entity.role else entity.name


def _figure(figure: Figure) -> str:
    """The context alone when it holds the figure (it reads as a phrase: `giá tiêu dùng tăng 2%`)."""
    if figure.context and figure.text in figure.context:
        return figure.context
    return f"{figure.text} — {figure.context}" if figure.context else figure.text


def _distinct_figures(numbers: tuple[Figure, ...], what: str, limit: int) -> list[str]:
    """Up to `limit` figure bullets that each say something the others and the `what` do not. Two figures
    of one clause share their context (`… ở mức 1.301,8 won` and `… ở mức 1.301,8 won, tăng 4,5 won …`):
    the longer bullet, which holds both, takes the place of the first; a bullet the `what` or another
    bullet already holds word for word is left out. The reader never reads the same words twice, and the
    next figure gets the room."""
    shown: list[str] = []
    for figure in numbers:
        text = _figure(figure)
        if text in what or any(text in bullet for bullet in shown):
            continue
        held = [i for i, bullet in enumerate(shown) if bullet in text]
        if held:
            shown[held[0]] = text
            shown = [bullet for i, bullet in enumerate(shown) if i not in held[1:]]
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
        bullets.append(f"{labels['who']}: " + "; ".join(_who(w) for w in summary.who[:MAX_WHO]))
    bullets.extend(
        f"{labels['numbers']}: {text}" for text in _distinct_figures(summary.numbers, summary.what, MAX_NUMBERS)
    )
    if summary.when:
        bullets.append(f"{labels['when']}: " + ", ".join(summary.when[:MAX_PLACES]))
    if summary.where and len(bullets) < 6:
        bullets.append(f"{labels['where']}: " + ", ".join(summary.where[:MAX_PLACES]))
    return tuple(bullets[:6])
