"""Plain-text rendering of a digest, for the console and `newsbot digest`."""

from __future__ import annotations

from bot.core.domain import Digest, Story
from bot.core.i18n import t
from bot.core.links import web_link
from bot.summarizer.render import render_bullets
from bot.summarizer.text import printable


def story_heading_and_bullets(story: Story, lang: str) -> tuple[str, tuple[str, ...]]:
    """A story's heading (its title, else its `what`) and its bullets, without repeating the heading.

    Shared by every renderer so the console, Telegram and any later platform agree on what a story says.
    """
    summary = story.summary
    heading = story.title or (summary.what if summary else "") or t("digest.untitled", lang)
    bullets = render_bullets(summary, lang, with_what=bool(story.title)) if summary else ()
    return heading, bullets


def digest_header(digest: Digest, lang: str) -> str:
    """The first line of a digest, an instant alert or search results, as plain text."""
    count = len(digest.stories)
    if digest.kind == "search":
        return t("search.header", lang, count=count, query=digest.query or "")
    return t("instant.header" if digest.kind == "instant" else "digest.header", lang, count=count)


def render_digest_text(digest: Digest, lang: str = "vi") -> str:
    """A readable digest: a header, then each story's title, bullets and link."""
    if not digest.stories:
        return t("digest.empty", lang)
    lines = [digest_header(digest, lang)]
    if digest.stale:
        lines.append(t("digest.none_recent", lang, count=len(digest.stories)))
    if digest.note:
        lines.append(digest.note)
    for number, story in enumerate(digest.stories, start=1):
        heading, bullets = story_heading_and_bullets(story, lang)
        lines.append("")
        lines.append(f"{number}. {printable(heading)}")
        lines.extend(f"   • {printable(bullet)}" for bullet in bullets)
        link = web_link(story.url)
        if link:
            lines.append(f"   {t('digest.read_more', lang)}: {link}")
    return "\n".join(lines)
