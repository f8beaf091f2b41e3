"""Digests as Discord messages: one embed per story, within Discord's limits, markdown escaped.

Limits (characters): content 2000; embed title 256, description 4096; at most 10 embeds and 6000
characters of embed text per message. Text is escaped first, then cut, never inside an escape; a digest
that does not fit one message goes on in the next. A payload is the message as JSON, as the outbox keeps
it and `send` posts it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from bot.core.digest_text import digest_header, story_heading_and_bullets
from bot.core.domain import Digest, Story
from bot.core.i18n import t
from bot.core.links import web_link
from bot.summarizer.render import render_bullets
from bot.summarizer.text import printable

CONTENT_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
EMBEDS_PER_MESSAGE = 10
EMBED_TEXT_PER_MESSAGE = 6000
EMBED_COLOUR = 0x1F6FB2
_MARKDOWN = re.compile(r"([\\*_~`|>\[\]])")
_MENTION = re.compile(r"@(everyone|here|[!&]?[0-9]{15,20})")


def escape(text: str) -> str:
    """Markdown and mentions made literal: a story can neither format the message nor ping anyone."""
    text = _MARKDOWN.sub(r"\\\1", printable(text))
    return _MENTION.sub("@\u200b\\1", text)


def fit(text: str, limit: int) -> str:
    """Escaped `text` cut to `limit` characters with an ellipsis, never leaving half an escape."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    trailing = len(cut) - len(cut.rstrip("\\"))
    if trailing % 2:
        cut = cut[:-1]
    return cut + "…"


def story_embed(story: Story, number: int, lang: str) -> dict[str, Any]:
    """One story: its heading as the title (linked when the story has a usable link), bullets below. A
    heading too long for a title (a `what` standing in for a missing title) is cut there and given whole
    as the first bullet, so the reader still gets the whole sentence."""
    heading, bullets = story_heading_and_bullets(story, lang)
    title = escape(f"{number}. {heading}")
    if len(title) > TITLE_LIMIT and story.summary is not None and not story.title:
        bullets = render_bullets(story.summary, lang, with_what=True)
    embed: dict[str, Any] = {"type": "rich", "title": fit(title, TITLE_LIMIT), "color": EMBED_COLOUR}
    if bullets:
        embed["description"] = fit("\n".join(f"• {escape(b)}" for b in bullets), DESCRIPTION_LIMIT)
    link = web_link(story.url)
    if link:
        embed["url"] = link
    return embed


def _embed_size(embed: dict[str, Any]) -> int:
    return len(embed.get("title", "")) + len(embed.get("description", ""))


def render_messages(digest: Digest, lang: str) -> list[dict[str, Any]]:
    """The messages of one digest: the header as the first message's content, then the embeds, packed
    ten (or 6000 characters) to a message."""
    if not digest.stories:
        return [{"content": fit(escape(t("digest.empty", lang)), CONTENT_LIMIT), "embeds": []}]
    header = f"**{escape(digest_header(digest, lang))}**"
    if digest.stale:
        header += "\n" + escape(t("digest.none_recent", lang, count=len(digest.stories)))
    messages: list[dict[str, Any]] = [{"content": fit(header, CONTENT_LIMIT), "embeds": []}]
    size = 0
    for number, story in enumerate(digest.stories, start=1):
        embed = story_embed(story, number, lang)
        current = messages[-1]["embeds"]
        if len(current) >= EMBEDS_PER_MESSAGE or size + _embed_size(embed) > EMBED_TEXT_PER_MESSAGE:
            messages.append({"content": "", "embeds": []})
            current, size = messages[-1]["embeds"], 0
        current.append(embed)
        size += _embed_size(embed)
    return messages


def render_digest(digest: Digest, lang: str) -> list[str]:
    """The digest's messages as JSON payloads for the outbox."""
    return [json.dumps(m, ensure_ascii=False) for m in render_messages(digest, lang)]


def escaped_text(text: str, limit: int = CONTENT_LIMIT) -> str:
    """A sentence of the bot's own (an i18n answer with the reader's words in it), safe as content."""
    return fit(escape(text), limit)
