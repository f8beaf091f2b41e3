"""Backoff, windows, digest times, the body hash and log redaction."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest

from bot.core.dedupe import body_hash
from bot.core.schedule_math import next_daily_run, parse_window
from bot.core.stories import backoff_delay
from bot.ops.logging_setup import RedactingFormatter, Redactor


def test_backoff_doubles_and_is_capped() -> None:
    base = timedelta(minutes=15)
    assert [backoff_delay(n, base) for n in (1, 2, 3)] == [base, base * 2, base * 4]
    assert backoff_delay(40, base) == timedelta(hours=6)


@pytest.mark.parametrize(("text", "seconds"), [("24h", 86400), ("90m", 5400), ("2d", 172800), ("45", 45)])
def test_windows(text: str, seconds: int) -> None:
    assert parse_window(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["", "yesterday", "-1h", "0h", "1w"])
def test_bad_windows(text: str) -> None:
    with pytest.raises(ValueError):
        parse_window(text)


def test_next_daily_run_is_in_the_subscribers_zone() -> None:
    after = datetime(2026, 3, 1, 0, 30, tzinfo=UTC)  # 07:30 in Ho Chi Minh City
    assert next_daily_run("08:00", "Asia/Ho_Chi_Minh", after) == datetime(2026, 3, 1, 1, 0, tzinfo=UTC)
    assert next_daily_run("07:00", "Asia/Ho_Chi_Minh", after) == datetime(2026, 3, 2, 0, 0, tzinfo=UTC)
    # New York springs forward on 8 March 2026: 08:00 EDT is 12:00 UTC.
    assert next_daily_run("08:00", "America/New_York", datetime(2026, 3, 8, 5, tzinfo=UTC)) == datetime(
        2026, 3, 8, 12, tzinfo=UTC
    )


def test_body_hash_ignores_glued_sentences_spacing_case_and_tone_placement() -> None:
    page = "Ông Lee đến Gyeongju.\n\nÔng Lee nói về hoà bình."
    archive = "Ông Lee đến Gyeongju.Ông Lee nói về hòa bình."
    assert body_hash(page) == body_hash(archive)
    assert body_hash(page) != body_hash("Ông Kim đến Gyeongju.")


def test_secrets_never_reach_a_log_line() -> None:
    formatter = RedactingFormatter("%(message)s", Redactor(["123456:ABCDEF-secret"]))
    try:
        raise RuntimeError("POST https://api.telegram.org/bot123456:ABCDEF-secret/getMe failed")
    except RuntimeError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "url=%s", ("/bot123456:ABCDEF-secret/",), True)
        import sys

        record.exc_info = sys.exc_info()
    text = formatter.format(record)
    assert "ABCDEF" not in text and "***" in text


def test_redaction_matches_a_token_whose_case_a_library_changed() -> None:
    redact = Redactor(["123456:ABCDEF-secret", "short"])
    line = redact("GET https://api.telegram.org/BOT123456:abcdef-SECRET/getMe and 123456:ABCDEF-secret")
    assert line == "GET https://api.telegram.org/BOT***/getMe and ***"
    assert redact("short words stay") == "short words stay"  # too short to be a secret: never redacted
