"""The console publisher: with no chat tokens, digests go to stdout so the bot is useful anywhere."""

from __future__ import annotations

import sys
from typing import TextIO

from bot.core.digest_text import render_digest_text
from bot.core.domain import ChatTarget, Digest


class ConsolePublisher:
    """Prints each digest as plain text, separated by a rule, and flushes so pipes see it at once."""

    platform = "console"

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stdout

    def render(self, digest: Digest, lang: str) -> list[str]:
        return [render_digest_text(digest, lang)]

    async def send(self, target: ChatTarget, payload: str) -> None:
        self._stream.write(payload + "\n" + "-" * 40 + "\n")
        self._stream.flush()
