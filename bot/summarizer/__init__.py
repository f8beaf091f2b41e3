"""The offline summarizer: who / what / numbers bullets from Vietnamese news text. Stdlib only."""

from bot.summarizer.core import summarize

__all__ = ["summarize"]
