"""The on-demand use cases: `/summary` (the latest stories, the N newest, or one article) and `/search`
(stored stories by their words) — for every platform.

One parser and one answer for Telegram and Discord alike, so `/summary ²`, `/summary 1 2`, a 5,000-character
argument or a search of punctuation get a sentence from the same rule everywhere, never an error, and an
article link meets the same fetch policy and the same refusals.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from bot.core.domain import Digest, Story
from bot.core.errors import ReaderInputError, SearchTimeout, SourceError, UrlInvalid, UrlRefused
from bot.core.ports import PageFetcher, StorySearch
from bot.core.stories import StoryService
from bot.summarizer.text import fold

log = logging.getLogger(__name__)

MAX_STORIES = 20
MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 8
MAX_QUERY_WORD = 40
SEARCH_RESULTS = 10
_QUERY_WORD = re.compile(r"[^\W_]+")
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


class SearchUsage(ReaderInputError):
    """A search the reader cannot mean as words to find; `key` names the sentence that says why."""


def parse_search(text: str) -> tuple[str, ...]:
    """The words of a search, accent- and case-free (`Hàn Quốc` → `han`, `quoc`); raises SearchUsage for
    nothing, for a query too long to be one, for punctuation only, or for too many or too long words."""
    text = text.strip()
    if not text:
        raise SearchUsage("search.usage")
    if len(text) > MAX_QUERY_CHARS:
        raise SearchUsage("search.too_long", limit=MAX_QUERY_CHARS)
    words = tuple(dict.fromkeys(_QUERY_WORD.findall(fold(text))))
    if not words:
        raise SearchUsage("search.no_words")
    if len(words) > MAX_QUERY_WORDS or any(len(w) > MAX_QUERY_WORD for w in words):
        raise SearchUsage("search.too_many", limit=MAX_QUERY_WORDS)
    return words


@dataclass(frozen=True, slots=True)
class SummaryAnswer:
    """A digest to show, or the i18n key (and values) of the sentence that explains why not."""

    digest: Digest | None = None
    refusal: str | None = None
    values: Mapping[str, object] = field(default_factory=dict)


class OnDemandSummary:
    """Answers `/summary`; store and summarizer work run in worker threads, off the event loop."""

    def __init__(
        self,
        stories: StoryService,
        fetcher: PageFetcher,
        allowed_hosts: Sequence[str],
        search: StorySearch | None = None,
    ) -> None:
        self._stories = stories
        self._fetcher = fetcher
        self._search = search
        self.allowed_hosts = list(allowed_hosts)

    async def search(self, text: str, *, chat: str = "-") -> SummaryAnswer:
        """`/search <words>`: the newest stored stories holding every word, summarized (at most
        SEARCH_RESULTS), or the sentence that says why there are none."""
        try:
            words = parse_search(text)
        except SearchUsage as exc:
            return SummaryAnswer(refusal=exc.key, values=exc.values)
        if self._search is None:
            return SummaryAnswer(refusal="error.generic")
        query = " ".join(text.split())[:80]
        try:
            found = await asyncio.to_thread(self._search.search, words, SEARCH_RESULTS)
        except SearchTimeout:
            log.warning("chat=%s search timed out: %.80r", chat, query)
            return SummaryAnswer(refusal="search.timeout")
        if not found:
            return SummaryAnswer(refusal="search.none", values={"query": query})
        stories = await asyncio.to_thread(self._stories.with_summaries, found)
        return SummaryAnswer(Digest(stories=stories, since=None, until=self._stories.now(), kind="search", query=query))

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
