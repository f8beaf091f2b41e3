"""What a reader may type for sections, times, cadence and searches, and what each reads as."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.domain import ChatTarget, Subscription
from bot.core.on_demand_summary import MAX_QUERY_WORDS, SearchUsage, parse_search
from bot.core.schedule_math import MAX_DIGEST_TIMES, next_run, parse_times
from bot.core.sections import SectionError, default_section_feeds, parse_sections, section_name
from bot.core.subscriptions import describe_settings

SECTIONS = list(default_section_feeds())


@pytest.mark.parametrize(
    ("typed", "sections"),
    [
        ("kinh-te", ("kinh-te",)),
        ("Kinh tế, Liên Triều", ("kinh-te", "lien-trieu")),
        ("lien trieu,KINH TE", ("kinh-te", "lien-trieu")),  # configuration order, whatever the typed order
        ("economy, inter-korea", ("kinh-te", "lien-trieu")),
        ("Ec", ("kinh-te",)),  # KBS's own section id
        ("-", ()),
        ("all", ()),
        ("tất cả", ()),
        ("", ()),
        (",".join(SECTIONS), ()),  # every section is all of them
    ],
)
def test_a_section_is_its_slug_its_name_with_or_without_accents_or_its_english_name(
    typed: str, sections: tuple[str, ...]
) -> None:
    assert parse_sections(typed, SECTIONS) == sections


@pytest.mark.parametrize("typed", ["the-thao", "kinh-te, bong da", "x" * 400, "<b>"])
def test_anything_else_is_refused_naming_what_did_not_read(typed: str) -> None:
    with pytest.raises(SectionError) as raised:
        parse_sections(typed, SECTIONS)
    assert len(raised.value.unknown) <= 41


def test_a_section_the_operator_added_is_known_by_its_slug() -> None:
    assert parse_sections("the-thao", ["kinh-te", "the-thao"]) == ("the-thao",)
    assert section_name("the-thao", "vi") == "the-thao" and section_name("kinh-te", "en") == "Economy"


def test_several_times_are_sorted_distinct_and_bounded() -> None:
    assert parse_times("18:00, 7:30 ,07:30") == ("07:30", "18:00")
    with pytest.raises(ValueError):
        parse_times(",".join(["07:00"] * (MAX_DIGEST_TIMES + 1)))
    for bad in ("", "25:00", "7h30", "07:30;٠٨:٠٠"):
        with pytest.raises(ValueError):
            parse_times(bad)


def test_the_next_run_of_several_times_is_the_nearest() -> None:
    after = datetime(2026, 3, 1, 2, 0, tzinfo=UTC)  # 09:00 in Ho Chi Minh City
    assert next_run(("07:30", "18:00"), "Asia/Ho_Chi_Minh", after) == datetime(2026, 3, 1, 11, 0, tzinfo=UTC)
    late = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)  # 19:00
    assert next_run(("07:30", "18:00"), "Asia/Ho_Chi_Minh", late) == datetime(2026, 3, 2, 0, 30, tzinfo=UTC)


def test_a_search_is_its_folded_words() -> None:
    assert parse_search("  Hàn Quốc, SAMSUNG!  ") == ("han", "quoc", "samsung")
    assert parse_search("Đà Nẵng đà nẵng") == ("da", "nang")


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("", "search.usage"),
        ("   ", "search.usage"),
        ("a" * 10_000, "search.too_long"),
        ("?!… —«»", "search.no_words"),
        (" ".join(f"w{n}" for n in range(MAX_QUERY_WORDS + 1)), "search.too_many"),
        ("x" * 41, "search.too_many"),
    ],
)
def test_a_search_that_is_no_words_to_find_is_answered_in_words(typed: str, key: str) -> None:
    with pytest.raises(SearchUsage) as raised:
        parse_search(typed)
    assert raised.value.key == key


def test_settings_read_back_cadence_times_and_sections_in_each_language() -> None:
    daily = Subscription(1, ChatTarget("telegram", "1"), digest_times=("07:30", "18:00"), sections=("kinh-te",))
    assert "bản tin lúc 07:30, 18:00" in describe_settings(daily, "vi")
    assert "Chuyên mục: Kinh tế" in describe_settings(daily, "vi")
    instant = Subscription(1, ChatTarget("telegram", "1"), cadence="instant")
    assert "instant alerts" in describe_settings(instant, "en") and "Sections: all" in describe_settings(instant, "en")
