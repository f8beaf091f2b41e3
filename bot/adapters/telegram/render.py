"""Digests as Telegram HTML: only tags Telegram allows, everything escaped, parts ≤ 4096 UTF-16 units.

Text is escaped first and measured after, and each line is cut (on a character, never inside an entity)
to LINE_LIMIT units, so a part is only ever split between lines and every part stays valid HTML
whatever a title, a body or a link holds.
"""

from __future__ import annotations

from html import escape

from bot.core.chunking import split_message, utf16_units
from bot.core.digest_text import digest_header, story_heading_and_bullets
from bot.core.domain import Digest, Story
from bot.core.i18n import t
from bot.core.links import web_link
from bot.summarizer.text import printable

TELEGRAM_LIMIT = 4096
LINE_LIMIT = 1000  # UTF-16 units of escaped text in one line; a bullet never needs more
LINK_LIMIT = 1200  # UTF-16 units of an escaped href; a longer link is left out


def escaped_within(text: str, limit: int) -> str:
    """`text` escaped for Telegram HTML, at most `limit` UTF-16 units, cut between characters (never
    inside an entity) with an ellipsis when cut."""
    escaped = escape(printable(text), quote=False)
    if utf16_units(escaped) <= limit:
        return escaped
    pieces: list[str] = []
    used = 1  # room for the ellipsis
    for char in printable(text):
        piece = escape(char, quote=False)
        used += utf16_units(piece)
        if used > limit:
            break
        pieces.append(piece)
    return "".join(pieces) + "…"


def _link(story: Story, lang: str) -> str | None:
    url = web_link(story.url)
    if url is None:
        return None
    href = escape(url, quote=True)
    if utf16_units(href) > LINK_LIMIT:
        return None
    return f'<a href="{href}">{escape(t("digest.read_more", lang), quote=False)}</a>'


def render_story(story: Story, number: int, lang: str) -> str:
    """One story: bold heading, bullets, and a link to the article when it has a usable one."""
    heading, bullets = story_heading_and_bullets(story, lang)
    lines = [f"<b>{number}. {escaped_within(heading, LINE_LIMIT)}</b>"]
    lines.extend(f"• {escaped_within(b, LINE_LIMIT)}" for b in bullets)
    link = _link(story, lang)
    if link:
        lines.append(link)
    return "\n".join(lines)


def render_digest(digest: Digest, lang: str) -> list[str]:
    """The messages of one digest, split between stories (then lines) to fit Telegram's limit."""
    if not digest.stories:
        return [escape(t("digest.empty", lang), quote=False)]
    header = f"<b>{escaped_within(digest_header(digest, lang), LINE_LIMIT)}</b>"
    if digest.stale:
        header += "\n" + escape(t("digest.none_recent", lang, count=len(digest.stories)), quote=False)
    blocks = [header] + [render_story(s, i, lang) for i, s in enumerate(digest.stories, start=1)]
    return split_message(blocks, TELEGRAM_LIMIT, utf16_units)
