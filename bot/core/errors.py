"""The one small error tree of newsbot.

Each error carries a short user-facing key so adapters can answer in the reader's language without
parsing exception text, while logs keep the full context.
"""

from __future__ import annotations


class NewsbotError(Exception):
    """Base class: anything newsbot raises on purpose."""

    user_key = "error.generic"


class ConfigError(NewsbotError):
    """Settings that cannot work; the CLI prints one line and exits with 2."""

    user_key = "error.config"


class SourceError(NewsbotError):
    """A feed, page or seed file that could not be read; the poll reports it and moves on."""

    user_key = "error.source"


class EmptyStory(SourceError):
    """A story with no text at all (no page text, no feed text): expected, skipped, never stored."""


class UrlRefused(NewsbotError):
    """An on-demand URL the bot will not fetch (host not allowed, private address, bad scheme)."""

    user_key = "error.url_refused"


class UrlInvalid(UrlRefused):
    """A URL that is not even well formed (an unclosed `[`, a port out of range, control characters)."""

    user_key = "error.url_invalid"


class SearchTimeout(NewsbotError):
    """A search the database could not answer within its time bound."""

    user_key = "search.timeout"


class DeliveryError(NewsbotError):
    """A message the platform did not take. `permanent` means sending it again cannot help (a message
    the platform rejects as malformed); otherwise the outbox tries again later."""

    user_key = "error.delivery"

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class ChatGone(DeliveryError):
    """The chat blocked or removed the bot, or no longer exists: its subscription is deactivated."""

    user_key = "error.chat_gone"


class ReaderInputError(ValueError):
    """What a reader typed that cannot be used; `key` names the sentence that says why, `values` fill it.
    A ValueError (the reader's value is wrong), not a NewsbotError: nothing failed, the answer is the point."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values
