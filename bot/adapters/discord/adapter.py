"""The Discord adapter: discord.py in newsbot's event loop, publishing digests and serving slash commands.

`client.start()` would own login and reconnects but not readiness, so the adapter logs in (an invalid
token fails fast here), runs `client.connect()` as a task, waits for READY and then syncs the commands:
globally, or to `DISCORD_GUILD_IDS` for instant updates. Intents are the minimum (guilds, not
privileged). `DISCORD_API_BASE_URL` and `DISCORD_GATEWAY_URL` point discord.py at a proxy, or at the
tests' fake: discord.py keeps both as class attributes, set here, in the one place that builds it.

Several instances: every instance logs in and sends over REST, but only the holder of the gateway lease
(one per shard set) connects the gateway, so each slash command reaches one instance and is answered
once; when the holder dies its lease runs out and a standby connects. Past one shard, discord.py's
AutoShardedClient runs `DISCORD_SHARD_COUNT` shards, or the `DISCORD_SHARD_IDS` this instance was given.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import aiohttp
import discord
import yarl
from discord import app_commands

from bot.adapters.discord.commands import PLATFORM, DiscordCommands, I18nTranslator
from bot.adapters.discord.render import render_digest
from bot.core.domain import ChatTarget, Digest
from bot.core.errors import ChatGone, ConfigError, DeliveryError
from bot.core.leases import keep_leased
from bot.core.ports import UpdatesGate

log = logging.getLogger(__name__)
READY_TIMEOUT = 30.0
STOP_TIMEOUT = 5.0
NO_MENTIONS = discord.AllowedMentions.none()


def point_discord_at(api_base_url: str, gateway_url: str) -> None:
    """Where discord.py sends REST calls (webhooks and interaction callbacks included) and opens the gateway."""
    discord.http.Route.BASE = api_base_url.rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


def message_of(payload: str) -> tuple[str | None, list[discord.Embed]]:
    """A stored payload as discord.py's arguments: content (None when empty) and embeds."""
    data = json.loads(payload)
    return data.get("content") or None, [discord.Embed.from_dict(e) for e in data.get("embeds") or []]


def delivery_error(exc: Exception) -> DeliveryError:
    """Discord's answer as the outbox's policy: gone chats stop, malformed messages fail, the rest retry."""
    if isinstance(exc, discord.Forbidden | discord.NotFound):
        return ChatGone(f"{exc.status} {exc.text or type(exc).__name__}")
    if isinstance(exc, discord.HTTPException):
        if exc.status == 429 or exc.status >= 500:
            return DeliveryError(f"HTTP {exc.status}: {exc.text}")
        return DeliveryError(f"rejected (HTTP {exc.status}): {exc.text}", permanent=True)
    return DeliveryError(f"{type(exc).__name__}: {exc}")


class DiscordAdapter:
    """Publisher for Discord channels (and threads), and the home of the slash commands."""

    platform = PLATFORM

    def __init__(
        self,
        token: str,
        *,
        api_base_url: str,
        gateway_url: str,
        guild_ids: list[int],
        guild_ready_timeout: float,
        commands: DiscordCommands,
        gateway_gate: UpdatesGate | None = None,
        shard_count: int | None = None,
        shard_ids: list[int] | None = None,
    ) -> None:
        point_discord_at(api_base_url, gateway_url)
        self._token = token
        self._guild_ids = guild_ids
        self._commands = commands
        self._options: dict[str, Any] = {
            "intents": discord.Intents(guilds=True),
            "allowed_mentions": NO_MENTIONS,
            "guild_ready_timeout": guild_ready_timeout,
        }
        self._shard_count = shard_count
        if shard_ids:
            self._options["shard_ids"] = shard_ids
        self.client, self.tree = self._new_client()
        self._connected = False
        self._gateway: asyncio.Task[None] | None = None
        self._gate = gateway_gate
        self._keeper: asyncio.Task[None] | None = None
        self._login_lock = asyncio.Lock()
        self._stopped = False

    def _new_client(self) -> tuple[discord.Client, app_commands.CommandTree[Any]]:
        """A client with the commands in its tree; a new one replaces a closed one (discord.py cannot log
        a closed client in again)."""
        client: discord.Client
        if self._shard_count is not None:  # 0: as many shards as Discord recommends (GET /gateway/bot)
            client = discord.AutoShardedClient(shard_count=self._shard_count or None, **self._options)
        else:
            client = discord.Client(**{k: v for k, v in self._options.items() if k != "shard_ids"})
        tree: app_commands.CommandTree[Any] = app_commands.CommandTree(client)
        self._commands.register(tree)
        return client, tree

    async def _login_on_new_client(self) -> None:
        """Log in again on a new client, for REST (and a later gateway session). Callers hold
        `_login_lock`: the lease loop and a send may both find the login gone, and only one may replace
        the client."""
        self.client, self.tree = self._new_client()
        self._connected = False
        await self.tree.set_translator(I18nTranslator())
        await self.connect()

    async def connect(self) -> None:
        """Log in over REST (GET /users/@me): enough to post digests, and where a bad token shows."""
        if self._connected:
            return
        client = self.client
        try:
            await client.login(self._token)
        except discord.LoginFailure:
            await client.close()
            raise ConfigError("DISCORD_BOT_TOKEN was rejected by Discord (invalid token)") from None
        except (discord.HTTPException, aiohttp.ClientError) as exc:
            await client.close()
            raise ConfigError(f"Discord could not be reached: {type(exc).__name__}") from None
        self._connected = True

    async def start(self) -> None:
        """Log in, then connect the gateway — at once without a lease; with one, while this instance holds
        it (a standby only sends, and keeps asking for the lease)."""
        await self.connect()
        await self.tree.set_translator(I18nTranslator())
        if self._gate is None:
            await self._start_gateway()
            return
        if await self._gate.acquire():
            await self._start_gateway()
        else:
            log.info("discord: another instance holds the gateway; this one sends only")
        keeper = keep_leased(
            self._gate, name="discord gateway", running=self.gateway_running, start=self._start_gateway,
            stop=self._stop_gateway,
        )  # fmt: skip
        self._keeper = asyncio.create_task(keeper, name="discord-gateway-lease")

    async def _start_gateway(self) -> None:
        """Connect the gateway in the running loop, wait for READY, then sync the slash commands."""
        if self.client.is_closed():  # a session that ended (the gateway gave up): start afresh
            async with self._login_lock:
                await self._login_on_new_client()
        self._gateway = asyncio.create_task(self.client.connect(reconnect=True), name="discord-gateway")
        ready = asyncio.create_task(self.client.wait_until_ready())
        done, _ = await asyncio.wait({ready, self._gateway}, timeout=READY_TIMEOUT, return_when=asyncio.FIRST_COMPLETED)
        if ready not in done:
            ready.cancel()
            problem = self._gateway.exception() if self._gateway in done else None
            await self._stop_gateway()
            if isinstance(problem, discord.LoginFailure | discord.ConnectionClosed):
                raise ConfigError("DISCORD_BOT_TOKEN was rejected by the Discord gateway") from None
            raise ConfigError(f"the Discord gateway did not become ready: {problem or 'timed out'}")
        await self._sync_commands()
        log.info("discord ready as %s, commands synced to %s", self.client.user, self._guild_ids or "all servers")

    async def _stop_gateway(self) -> None:
        """End the gateway session and go on sending over REST, logged in on a new client."""
        async with self._login_lock:
            await self._close_client()
            await self._login_on_new_client()

    def gateway_running(self) -> bool:
        return self._gateway is not None and not self._gateway.done()

    async def _sync_commands(self) -> None:
        if not self._guild_ids:
            await self.tree.sync()
            return
        for guild_id in self._guild_ids:
            guild = discord.Object(id=guild_id)
            self.tree.copy_global_to(guild=guild)
            await self.tree.sync(guild=guild)

    async def _close_client(self) -> None:
        self._connected = False
        try:
            await asyncio.wait_for(self.client.close(), STOP_TIMEOUT)
        except (TimeoutError, discord.DiscordException, aiohttp.ClientError) as exc:
            log.warning("discord shutdown did not finish cleanly: %s", exc)
        if self._gateway is not None:
            self._gateway.cancel()
            await asyncio.gather(self._gateway, return_exceptions=True)
            self._gateway = None

    async def stop(self) -> None:
        """Give the lease back and close the gateway and the HTTP session, bounded so SIGTERM finishes in
        seconds; safe to call twice."""
        self._stopped = True
        if self._keeper is not None:
            self._keeper.cancel()
            await asyncio.gather(self._keeper, return_exceptions=True)
            self._keeper = None
            if self._gate is not None:
                await self._gate.release()
        if not self._connected and self._gateway is None:
            return
        await self._close_client()

    def is_ready(self) -> bool:
        """Logged in; with the gateway running, also connected and past READY."""
        if self._gateway is not None:
            return self.client.is_ready() and not self.client.is_closed()
        return self._connected

    async def _logged_in(self) -> None:
        """Log in again if the login after a gateway session ended failed (Discord was unreachable then),
        once for all the sends waiting on it; after `stop` a send fails, to be retried by the outbox."""
        if self._connected:
            return
        async with self._login_lock:
            if self._connected:
                return
            if self._stopped:
                raise DeliveryError("the Discord adapter has stopped")
            try:
                await self._login_on_new_client()
            except ConfigError as exc:
                raise DeliveryError(str(exc)) from None

    # Publisher ---------------------------------------------------------------------------------------
    def render(self, digest: Digest, lang: str) -> list[str]:
        return render_digest(digest, lang)

    async def send(self, target: ChatTarget, payload: str) -> None:
        await self._logged_in()
        content, embeds = message_of(payload)
        channel = self.client.get_partial_messageable(int(target.chat_id))
        try:
            await channel.send(content=content, embeds=embeds, allowed_mentions=NO_MENTIONS)
        except (discord.HTTPException, aiohttp.ClientError) as exc:
            raise delivery_error(exc) from None
