"""Plain-text rendering of a digest, for the console and `newsbot digest`."""

from __future__ import annotations

from bot.domain import Digest
from bot.i18n import t
from bot.summarizer.render import render_bullets


def render_digest_text(digest: Digest, lang: str = "vi") -> str:
    """A readable digest: a header, then each story's title, bullets and link."""
    if not digest.stories:
        return t("digest.empty", lang)
    lines = [t("digest.header", lang, count=len(digest.stories))]
    if digest.stale:
        lines.append(t("digest.none_recent", lang, count=len(digest.stories)))
    if digest.note:
        lines.append(digest.note)
    for number, story in enumerate(digest.stories, start=1):
        summary = story.summary
        heading = story.title or (summary.what if summary else "") or t("digest.untitled", lang)
        lines.append("")
        lines.append(f"{number}. {heading}")
        if summary is not None:
            bullets = render_bullets(summary, lang, with_what=bool(story.title))
            lines.extend(f"   • {bullet}" for bullet in bullets)
        if story.url:
            lines.append(f"   {t('digest.read_more', lang)}: {story.url}")
    return "\n".join(lines)
