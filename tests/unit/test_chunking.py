"""Splitting messages at a limit, on story then bullet boundaries, counting UTF-16 units."""

from __future__ import annotations

from bot.core.chunking import split_message, utf16_units


def test_utf16_counts_emoji_as_two_units() -> None:
    assert utf16_units("Hàn Quốc") == 8 and utf16_units("😀") == 2


def test_blocks_are_packed_whole_while_they_fit() -> None:
    blocks = ["a" * 40, "b" * 40, "c" * 40]
    assert split_message(blocks, 100) == ["a" * 40 + "\n\n" + "b" * 40, "c" * 40]


def test_a_block_too_long_is_split_between_its_lines_and_a_giant_line_is_cut() -> None:
    block = "\n".join(["x" * 30, "y" * 30, "z" * 30])
    assert split_message([block], 65) == ["x" * 30 + "\n" + "y" * 30, "z" * 30]
    parts = split_message(["😀" * 30], 20, utf16_units)
    assert all(utf16_units(p) <= 20 for p in parts) and "".join(parts) == "😀" * 30


def test_nothing_is_lost_or_reordered() -> None:
    blocks = [f"story {i}\n• bullet {i}" for i in range(200)]
    parts = split_message(blocks, 300)
    assert all(len(p) <= 300 for p in parts)
    assert "\n\n".join(parts).replace("\n\n", "\n").split("\n") == "\n".join(blocks).split("\n")
