"""Plain data that crosses every layer of newsbot.

Stdlib-only on purpose: the summarizer, the service and the adapters all share these shapes, and none of
them should pull a database driver or an HTTP client in just to name a story.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from bot.summarizer.model import Summary

# `description`: the feed's own text, used when the page could not be read or was refused.
TextOrigin = Literal["page", "seed", "description"]
# `daily`: a digest at each of the subscription's times; `instant`: each poll's new stories as they arrive.
Cadence = Literal["daily", "instant"]
# What a digest answers: a subscription's digest, an instant alert, a search, or a `/summary`.
DigestKind = Literal["digest", "instant", "search"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A story as a source hands it over, before de-duplication gives it an identity."""

    source: str
    body: str
    title: str | None = None
    url: str | None = None
    url_key: str | None = None
    guid: str | None = None
    published: datetime | None = None
    origin: TextOrigin = "page"
    refused: bool = False  # the fetch policy refused the item's link; the text is the feed's own


@dataclass(frozen=True, slots=True)
class Story:
    """A stored story: one per real-world article, however many sources carried it."""

    id: int
    source: str
    body: str
    title: str | None
    url: str | None
    published: datetime | None
    first_seen: datetime
    origin: TextOrigin
    summary: Summary | None = None
    sections: tuple[str, ...] = ()  # the KBS sections whose feeds carried it (slugs)


@dataclass(frozen=True, slots=True)
class Digest:
    """The stories one reader gets at once, already summarized, newest first."""

    stories: tuple[Story, ...]
    since: datetime | None
    until: datetime
    note: str | None = None
    stale: bool = False
    kind: DigestKind = "digest"
    query: str | None = None  # the reader's words, for a search


@dataclass(frozen=True, slots=True)
class ChatTarget:
    """Where a message goes: a platform, a chat and (for forum topics) a thread."""

    platform: str
    chat_id: str
    thread_id: int | None = None


@dataclass(frozen=True, slots=True)
class Subscription:
    """One chat's wish to follow the news: when (`cadence`: a digest at each of its `digest_times` in its
    zone, or each new story as it arrives), which sections (none: all), which keywords, which language."""

    id: int
    target: ChatTarget
    language: str = "vi"
    digest_times: tuple[str, ...] = ("08:00",)
    timezone: str = "Asia/Ho_Chi_Minh"
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    cadence: Cadence = "daily"
    active: bool = True
    next_due: datetime | None = None
    last_digest_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class FeedState:
    """What the bot remembers about one feed between polls: HTTP validators and failure backoff."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_success: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    failures: int = 0
    next_attempt: datetime | None = None


@dataclass(frozen=True, slots=True)
class SectionTags:
    """What tagging a section feed's stories did: how many stored stories it carries, and how many of them
    were put in the section just now (the rest were in it already)."""

    stories: int
    added: int


@dataclass(slots=True)
class SourceReport:
    """The outcome of polling one source once; the poll command prints one of these per source."""

    name: str
    new: int = 0
    unchanged: int = 0
    failed: int = 0
    updated: int = 0
    skipped: int = 0  # entries or stories with nothing to keep
    refused: int = 0  # item links the fetch policy refused; those stories keep the feed's text
    deferred: int = 0  # new items over the per-poll cap, left for the next poll
    tagged: int = 0  # stories stored before that this section's feed put in the section for the first time
    status: str = "ok"
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        text = f"{self.name}: new={self.new} unchanged={self.unchanged} failed={self.failed}"
        for name in ("updated", "tagged", "skipped", "refused", "deferred"):
            if getattr(self, name):
                text += f" {name}={getattr(self, name)}"
        if self.status != "ok":
            text += f" ({self.status})"
        return text


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One RSS item as the feed gives it; `description` is the fullest text the feed carries (often a
    teaser: the page holds the story). `link` is empty for an RSS item that has none."""

    title: str | None
    link: str
    guid: str | None
    published: datetime | None
    description: str


@dataclass(frozen=True, slots=True)
class FeedFetch:
    """One feed poll: either not modified (304) or the items with the validators to send next time."""

    not_modified: bool
    items: tuple[FeedItem, ...] = ()
    etag: str | None = None
    last_modified: str | None = None
    skipped: int = 0  # entries with nothing to keep (no text and no link)


@dataclass(frozen=True, slots=True)
class SeedFile:
    """One readable seed file (`candidate`) or the reason it could not be read (`error`)."""

    name: str
    candidate: Candidate | None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Delivery:
    """One queued message of a digest, waiting in the outbox, as its platform will send it."""

    id: int
    digest_id: int
    part: int
    target: ChatTarget
    payload: str
    attempts: int
    created: datetime | None = None  # when the digest was queued: delivery latency counts from here


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """A delivery as an operator sees it in `newsbot outbox`."""

    id: int
    platform: str
    chat_id: str
    part: int
    status: str
    attempts: int
    last_error: str | None
    created: datetime | None
