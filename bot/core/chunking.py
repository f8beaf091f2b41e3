"""Split a message into parts under a platform's length limit, on the boundaries a reader expects.

One shared, pure function: each platform passes its own limit and its own way of measuring (Telegram
counts UTF-16 code units, Discord counts characters).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence


def utf16_units(text: str) -> int:
    """Length as Telegram counts it: astral characters (emoji) are two units."""
    return len(text.encode("utf-16-le")) // 2


def _hard_split(line: str, limit: int, measure: Callable[[str], int]) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in line:
        if current and measure(current + char) > limit:
            pieces.append(current)
            current = ""
        current += char
    if current:
        pieces.append(current)
    return pieces


def split_message(
    blocks: Sequence[str], limit: int, measure: Callable[[str], int] = len, separator: str = "\n\n"
) -> list[str]:
    """Pack `blocks` (stories) into as few parts as fit under `limit`.

    A block too long for one part is split between its lines (bullets); a single line too long for a
    part is cut, which only happens to pathological input.
    """
    parts: list[str] = []
    current = ""
    for block in blocks:
        candidate = f"{current}{separator}{block}" if current else block
        if measure(candidate) <= limit:
            current = candidate
            continue
        if current:
            parts.append(current)
            current = ""
        if measure(block) <= limit:
            current = block
            continue
        for line in block.split("\n"):
            for piece in _hard_split(line, limit, measure) if measure(line) > limit else [line]:
                joined = f"{current}\n{piece}" if current else piece
                if measure(joined) <= limit:
                    current = joined
                else:
                    parts.append(current)
                    current = piece
    if current:
        parts.append(current)
    return parts
