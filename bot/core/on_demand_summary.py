"""The `/summary` use case: the latest stories, the N newest, or one article — for every platform.

One parser and one answer for Telegram and Discord alike, so `/summary ²`, `/summary 1 2` or a
5,000-character argument get the usage sentence from the same rule everywhere, never an error, and an
article link meets the same fetch policy and the same refusals.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from bot.core.domain import Digest, Story
from bot.core.errors import SourceError, UrlInvalid, UrlRefused
from bot.core.ports import PageFetcher
from bot.core.stories import StoryService

log = logging.getLogger(__name__)

MAX_STORIES = 20
_COUNT = re.compile(r"[0-9]{1,3}")  # ASCII digits only: `²` and `٣` are digits to str.isdigit


class SummaryUsage(ValueError):
    """The arguments do not form a request; the reader gets the usage sentence."""


@dataclass(frozen=True, slots=True)
class SummaryRequest:
    """`count` newest stories, or the article at `url`, or (both None) the latest digest."""

    count: int | None = None
    url: str | None = None


def looks_like_url(text: str) -> bool:
    return "://" in text or text.lower().startswith("www.")


def parse_summary_args(args: Sequence[str]) -> SummaryRequest:
    """Read `/summary` arguments; raises SummaryUsage when they are not one of the three forms."""
    if not args:
        return SummaryRequest()
    if len(args) != 1:
        raise SummaryUsage("one argument at most")
    arg = args[0]
    if _COUNT.fullmatch(arg):
        count = int(arg)
        if not 1 <= count <= MAX_STORIES:
            raise SummaryUsage(f"count must be 1–{MAX_STORIES}")
        return SummaryRequest(count=count)
    if looks_like_url(arg):
        return SummaryRequest(url=arg if "://" in arg else f"https://{arg}")
    raise SummaryUsage("neither a count nor a link")


@dataclass(frozen=True, slots=True)
class SummaryAnswer:
    """A digest to show, or the i18n key (and values) of the sentence that explains why not."""

    digest: Digest | None = None
    refusal: str | None = None
    values: Mapping[str, object] = field(default_factory=dict)


class OnDemandSummary:
    """Answers `/summary`; store and summarizer work run in worker threads, off the event loop."""

    def __init__(self, stories: StoryService, fetcher: PageFetcher, allowed_hosts: Sequence[str]) -> None:
        self._stories = stories
        self._fetcher = fetcher
        self.allowed_hosts = list(allowed_hosts)

    async def answer(self, request: SummaryRequest, *, chat: str = "-") -> SummaryAnswer:
        if request.url is not None:
            return await self._article(request.url, chat)
        if request.count is not None:
            return SummaryAnswer(await asyncio.to_thread(self._stories.newest, request.count))
        return SummaryAnswer(await asyncio.to_thread(self._stories.latest_digest))

    async def answer_args(self, args: Sequence[str], *, chat: str = "-") -> SummaryAnswer:
        """Parse, then answer: the usage sentence for arguments that are not a request."""
        try:
            request = parse_summary_args(args)
        except SummaryUsage:
            return SummaryAnswer(refusal="summary.usage")
        return await self.answer(request, chat=chat)

    async def _article(self, url: str, chat: str) -> SummaryAnswer:
        try:
            candidate = await self._fetcher.fetch(url)
        except UrlInvalid as exc:
            log.info("chat=%s invalid url: %s", chat, exc)
            return SummaryAnswer(refusal="error.url_invalid")
        except UrlRefused as exc:
            log.info("chat=%s refused url: %s", chat, exc)
            return SummaryAnswer(refusal="error.url_refused", values={"hosts": ", ".join(self.allowed_hosts)})
        except SourceError as exc:
            log.warning("chat=%s url=%.300s could not be read: %s", chat, url, exc)
            return SummaryAnswer(refusal="error.source")
        now = self._stories.now()
        story = Story(
            id=0,
            source=candidate.source,
            body=candidate.body,
            title=candidate.title,
            url=candidate.url,
            published=candidate.published,
            first_seen=now,
            origin=candidate.origin,
        )
        stories = await asyncio.to_thread(self._stories.summarized, [story])
        return SummaryAnswer(Digest(stories=stories, since=None, until=now))
