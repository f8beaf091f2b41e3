"""Whatever a story holds, every part of every digest is valid for its platform and within its limit."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.adapters.telegram.render import TELEGRAM_LIMIT, render_digest
from bot.core.chunking import utf16_units
from bot.core.digest_text import render_digest_text
from bot.core.domain import Digest, Story
from bot.summarizer.model import Figure, Summary, Who
from tests.fakes.telegram import parse_html

NOW = datetime(2026, 11, 1, tzinfo=UTC)
# Text a hostile feed can carry: markup, entities, quotes, emoji, controls, lone surrogates.
TOKENS = [*"&<>\"'`;#/=\n\t", "&amp;", "<b>", "</a>", "&#xD800;", "\ud800", "\udfff", "😀", "&" * 50]
hostile_text = st.lists(st.one_of(st.sampled_from(TOKENS), st.characters()), max_size=400).map("".join)
urls = st.one_of(
    st.none(),
    hostile_text,
    st.builds(lambda tail: "https://world.kbs.co.kr/" + tail, hostile_text),
    st.just("https://world.kbs.co.kr/" + '&q="x"' * 900),
    st.just("javascript:alert(1)"),
)


def _story(title: str | None, body: str, url: str | None, index: int) -> Story:
    summary = Summary(
        title=title,
        url=url,
        published=None,
        source="test",
        what=body[:300],
        who=(Who(body[:40] or "x", body[40:80] or None, "person"),),
        numbers=(Figure(body[:20] or "1", 1.0, None, body[20:200]),),
        where=(body[:30],),
    )
    return Story(index, "test", body, title, url, None, NOW, "page", summary)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.one_of(st.none(), hostile_text), hostile_text, urls), min_size=1, max_size=6))
def test_every_telegram_part_is_valid_html_within_the_limit(stories: list[tuple[str | None, str, str | None]]) -> None:
    digest = Digest(stories=tuple(_story(*s, i) for i, s in enumerate(stories)), since=None, until=NOW)
    for lang in ("vi", "en"):
        parts = render_digest(digest, lang)
        assert parts
        for part in parts:
            error, visible = parse_html(part)
            assert error is None, error
            assert utf16_units(part) <= TELEGRAM_LIMIT and visible.strip()


def test_a_title_of_900_ampersands_and_a_5000_character_url_still_fit() -> None:
    story = _story("&" * 900, '"' * 2000, "https://world.kbs.co.kr/" + "a" * 5000, 1)
    parts = render_digest(Digest(stories=(story,), since=None, until=NOW), "vi")
    assert all(parse_html(p)[0] is None and utf16_units(p) <= TELEGRAM_LIMIT for p in parts)
    assert "<a href" not in "".join(parts)  # the over-long link is left out, the story stays
    assert "&amp;" * 100 in parts[0]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.none(), hostile_text), hostile_text, urls), min_size=1, max_size=4))
def test_console_digests_hold_no_control_characters_or_unencodable_text(
    stories: list[tuple[str | None, str, str | None]],
) -> None:
    digest = Digest(stories=tuple(_story(*s, i) for i, s in enumerate(stories)), since=None, until=NOW)
    text = render_digest_text(digest, "vi")
    text.encode("utf-8")
    assert not [ch for ch in text if ch not in "\n\t" and (ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0)]
    links = [line.split(": ", 1)[1] for line in text.split("\n") if line.startswith("   Đọc bài: ")]
    assert all(link.startswith(("http://", "https://")) for link in links)


def test_a_what_too_long_for_a_discord_title_is_given_whole_below_it() -> None:
    from bot.adapters.discord.render import TITLE_LIMIT, render_messages

    what = " ".join(["Tập đoàn Samsung Electronics công bố kế hoạch đầu tư"] * 5) + "."  # 266 characters
    story = _story(None, what, None, 1)
    embed = render_messages(Digest((story,), None, NOW), "vi")[0]["embeds"][0]
    assert len(embed["title"]) <= TITLE_LIMIT and embed["title"].endswith("…")
    assert what in embed["description"]
