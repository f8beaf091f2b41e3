"""Digests as Telegram HTML: only tags Telegram allows, everything escaped, parts ≤ 4096 UTF-16 units."""

from __future__ import annotations

from html import escape

from bot.chunking import split_message, utf16_units
from bot.digest_text import story_heading_and_bullets
from bot.domain import Digest, Story
from bot.i18n import t

TELEGRAM_LIMIT = 4096
MAX_LINE = 900  # a single bullet never needs more; keeps a hard cut away from tags


def _line(text: str) -> str:
    return escape(text if len(text) <= MAX_LINE else text[: MAX_LINE - 1] + "…")


def render_story(story: Story, number: int, lang: str) -> str:
    """One story: bold heading, bullets, and a link to the article."""
    heading, bullets = story_heading_and_bullets(story, lang)
    lines = [f"<b>{number}. {_line(heading)}</b>"]
    lines.extend(f"• {_line(b)}" for b in bullets)
    if story.url:
        lines.append(f'<a href="{escape(story.url, quote=True)}">{escape(t("digest.read_more", lang))}</a>')
    return "\n".join(lines)


def render_digest(digest: Digest, lang: str) -> list[str]:
    """The messages of one digest, split between stories (then bullets) to fit Telegram's limit."""
    if not digest.stories:
        return [escape(t("digest.empty", lang))]
    header = f"<b>{escape(t('digest.header', lang, count=len(digest.stories)))}</b>"
    if digest.stale:
        header += "\n" + escape(t("digest.none_recent", lang, count=len(digest.stories)))
    blocks = [header] + [render_story(s, i, lang) for i, s in enumerate(digest.stories, start=1)]
    return split_message(blocks, TELEGRAM_LIMIT, utf16_units)
