"""Telegram: commands in, digests out, through python-telegram-bot against the Bot API."""
