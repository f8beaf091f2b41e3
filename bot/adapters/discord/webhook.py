"""Webhook mode: digests posted to one channel's webhook, with no bot login and no commands.

For servers that want digests and nothing else. The webhook is a subscription like any other
(platform `discord_webhook`, keyed by the webhook's id), so its time, zone and filters follow the same
rules; the URL, which carries the webhook's token, stays in the environment and never in the database.
"""

from __future__ import annotations

import logging
import re

import aiohttp
import discord

from bot.adapters.discord.adapter import NO_MENTIONS, delivery_error, message_of
from bot.adapters.discord.render import render_digest
from bot.core.domain import ChatTarget, Digest
from bot.core.errors import ConfigError

log = logging.getLogger(__name__)
WEBHOOK_PLATFORM = "discord_webhook"


class DiscordWebhookPublisher:
    """Posts each payload to the configured webhook (`?wait=true`, so failures are seen)."""

    platform = WEBHOOK_PLATFORM

    def __init__(self, url: str) -> None:
        self._url = url
        self._session: aiohttp.ClientSession | None = None
        self._webhook: discord.Webhook | None = None
        found = re.search(r"/webhooks/([0-9]{17,20})/", url)
        if found is None:
            raise ConfigError("DISCORD_WEBHOOK_URL is not a Discord webhook URL")
        self.webhook_id = found.group(1)

    @property
    def target(self) -> ChatTarget:
        return ChatTarget(WEBHOOK_PLATFORM, self.webhook_id)

    async def connect(self) -> None:
        if self._session is None:
            self._session = aiohttp.ClientSession()
            self._webhook = discord.Webhook.from_url(self._url, session=self._session)

    async def start(self) -> None:
        await self.connect()
        log.info("discord webhook %s ready", self.webhook_id)

    async def stop(self) -> None:
        session, self._session, self._webhook = self._session, None, None
        if session is not None:
            await session.close()

    def is_ready(self) -> bool:
        return self._session is not None and not self._session.closed

    def render(self, digest: Digest, lang: str) -> list[str]:
        return render_digest(digest, lang)

    async def send(self, target: ChatTarget, payload: str) -> None:
        await self.connect()
        assert self._webhook is not None
        content, embeds = message_of(payload)
        try:
            await self._webhook.send(
                content=content or discord.utils.MISSING, embeds=embeds, allowed_mentions=NO_MENTIONS, wait=True
            )
        except (discord.HTTPException, aiohttp.ClientError) as exc:
            raise delivery_error(exc) from None
