"""A loopback fake of Discord, enough for the real discord.py client: REST, webhooks, the gateway and
interactions.

REST: users/@me, oauth2/applications/@me, gateway/bot, application commands (global and per guild),
channel messages, interaction callbacks and follow-ups, webhooks. Gateway (plain JSON text frames): HELLO,
IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME, and INTERACTION_CREATE injected by tests. Sharded
sessions get the guilds of their shard (`(guild_id >> 22) % shard_count`), and an interaction goes only to
the session of its guild's shard, as Discord routes them.
It checks Discord's rules itself: message and embed limits, the 3-second interaction deadline, the
`application/json` content type discord.py insists on, and scripted 429 (with the `Via` header
discord.py reads), 403 Missing Access and 404 Unknown Channel.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from tests.fakes import serve_on_loopback

TOKEN = "ODc2NTQzMjEwOTg3NjU0MzIx.fake.discord-bot-token-for-tests"
APP_ID = "876543210987654321"
GUILD_ID = "111111111111111111"  # shard 1 of 2
CHANNEL_ID = "222222222222222222"
OTHER_GUILD_ID = "333333333333333333"  # shard 0 of 2
OTHER_CHANNEL_ID = "444444444444444440"
GUILDS = {GUILD_ID: CHANNEL_ID, OTHER_GUILD_ID: OTHER_CHANNEL_ID}
INTERACTION_DEADLINE = 3.0
MANAGE_CHANNELS = 1 << 4
BOT_USER = {"id": APP_ID, "username": "newsbot", "discriminator": "0", "avatar": None, "bot": True, "global_name": None}
_ids = itertools.count(900000000000000000)


def _json(data: Any, status: int = 200, **headers: str) -> web.Response:
    body = b"" if data is None else json.dumps(data).encode()
    return web.Response(body=body, status=status, headers={"Content-Type": "application/json", **headers})


def _error(status: int, code: int, message: str, **extra: Any) -> web.Response:
    return _json({"code": code, "message": message, **extra}, status)


def check_message(payload: dict[str, Any]) -> str | None:
    """Discord's verdict on a message body: None when it would be accepted."""
    content = payload.get("content") or ""
    embeds = payload.get("embeds") or []
    if not content and not embeds:
        return "Cannot send an empty message"
    if len(content) > 2000:
        return "content: Must be 2000 or fewer in length."
    if len(embeds) > 10:
        return "embeds: Must be 10 or fewer in length."
    total = 0
    for embed in embeds:
        title, description = embed.get("title") or "", embed.get("description") or ""
        if len(title) > 256:
            return "embeds.title: Must be 256 or fewer in length."
        if len(description) > 4096:
            return "embeds.description: Must be 4096 or fewer in length."
        if len(embed.get("fields") or []) > 25:
            return "embeds.fields: Must be 25 or fewer in length."
        total += len(title) + len(description) + len((embed.get("footer") or {}).get("text", ""))
    if total > 6000:
        return "embeds: Embed size exceeds maximum size of 6000"
    return None


@dataclass
class Posted:
    """A message the bot posted: to a channel, as an interaction reply or follow-up, or by webhook."""

    where: str  # "channel:<id>", "interaction:<id>", "followup:<token>", "webhook:<id>"
    payload: dict[str, Any]
    at: float


@dataclass
class FakeDiscord:
    token: str = TOKEN
    posted: list[Posted] = field(default_factory=list)
    callbacks: list[dict[str, Any]] = field(default_factory=list)
    commands: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # "global" or guild id
    gone_channels: dict[str, tuple[int, int, str]] = field(default_factory=dict)  # id -> status, code, message
    identified: list[dict[str, Any]] = field(default_factory=list)
    base: str = ""
    max_per_second: float = 0.0  # > 0: answer 429 past this many channel messages per second
    rejected_429: int = 0
    shard_count: int = 1  # what GET /gateway/bot recommends
    logins: int = 0  # GET /users/@me: one per client login
    failed_on_request: int = 0  # requests answered with a failure set by `fail_next`
    _shards: dict[web.WebSocketResponse, tuple[int, int]] = field(default_factory=dict)
    _fail_next: list[tuple[str, int, dict[str, Any]]] = field(default_factory=list)
    _sockets: list[web.WebSocketResponse] = field(default_factory=list)
    _interactions: dict[str, tuple[str, float]] = field(default_factory=dict)  # id -> token, sent at
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    _runner: web.AppRunner | None = None
    _seq: int = 0
    _bucket: tuple[float, float] = (0.0, 0.0)

    # lifecycle ---------------------------------------------------------------------------------------
    async def start(self) -> FakeDiscord:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner, self.base = await serve_on_loopback(app)
        return self

    async def stop(self) -> None:
        for socket in list(self._sockets):
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        return f"{self.base}/api/v10"

    @property
    def gateway_url(self) -> str:
        return self.base.replace("http://", "ws://") + "/gateway"

    def webhook_url(self, webhook_id: str = "333333333333333333") -> str:
        """A production-shaped webhook URL; discord.py only reads its id and token, never its host."""
        return f"https://discord.com/api/webhooks/{webhook_id}/{'w' * 68}"

    # test helpers ------------------------------------------------------------------------------------
    def fail_next(self, route: str, status: int, **body: Any) -> None:
        """The next request whose path contains `route` gets `status` and `body` (429s get `Via`)."""
        self._fail_next.append((route, status, body))

    async def wait_for(self, predicate: Callable[[FakeDiscord], bool], seconds: float = 10.0) -> None:
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: predicate(self)), seconds)

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def ready(self) -> bool:
        return bool(self.identified) and bool(self._sockets)

    async def interact(
        self,
        name: str,
        options: list[dict[str, Any]] | None = None,
        *,
        permissions: int = MANAGE_CHANNELS,
        channel_id: str = CHANNEL_ID,
        locale: str = "vi",
        kind: int = 2,
        guild_id: str = GUILD_ID,
    ) -> str:
        """Send INTERACTION_CREATE for slash command `name`; returns the interaction id."""
        interaction_id, token = str(next(_ids)), f"itoken-{next(_ids)}"
        user = {"id": "444444444444444444", "username": "reader", "discriminator": "0", "avatar": None}
        data = {
            "id": interaction_id,
            "application_id": APP_ID,
            "type": kind,
            "token": token,
            "version": 1,
            "guild_id": guild_id,
            "channel_id": channel_id,
            "channel": {"id": channel_id, "type": 0, "guild_id": guild_id, "name": "news", "position": 0},
            "member": {"user": user, "roles": [], "permissions": str(permissions), "joined_at": "2026-01-01T00:00:00Z",
                       "deaf": False, "mute": False, "flags": 0},
            "locale": locale,
            "guild_locale": "vi",
            "app_permissions": str((1 << 11) | (1 << 14)),
            "attachment_size_limit": 8_388_608,
            "entitlements": [],
            "authorizing_integration_owners": {"0": guild_id},
            "context": 0,
            "data": {"id": str(next(_ids)), "name": name, "type": 1, "options": options or []},
        }  # fmt: skip
        self._interactions[interaction_id] = (token, time.monotonic())
        await self._dispatch("INTERACTION_CREATE", data)
        return interaction_id

    def replies(self, interaction_id: str) -> list[dict[str, Any]]:
        """What the bot answered to one interaction: the callback's message, then the follow-ups."""
        token = self._interactions[interaction_id][0]
        return [p.payload for p in self.posted if p.where in (f"interaction:{interaction_id}", f"followup:{token}")]

    def acknowledged_at(self, interaction_id: str) -> float:
        """When (time.monotonic) the bot's callback for the interaction arrived."""
        return next(float(c["at"]) for c in self.callbacks if c["interaction_id"] == interaction_id)

    def answered_at(self, interaction_id: str) -> float:
        """When the bot's first answer (a reply or a follow-up) to the interaction arrived."""
        token = self._interactions[interaction_id][0]
        return next(p.at for p in self.posted if p.where in (f"interaction:{interaction_id}", f"followup:{token}"))

    def callback_types(self, interaction_id: str) -> list[int]:
        return [int(c["type"]) for c in self.callbacks if c["interaction_id"] == interaction_id]

    def channel_messages(self, channel_id: str = CHANNEL_ID) -> list[dict[str, Any]]:
        return [p.payload for p in self.posted if p.where == f"channel:{channel_id}"]

    # gateway -----------------------------------------------------------------------------------------
    async def _send(self, socket: web.WebSocketResponse, payload: dict[str, Any]) -> None:
        with contextlib.suppress(ConnectionError, RuntimeError):
            await socket.send_str(json.dumps(payload))

    @staticmethod
    def shard_of(guild_id: str, count: int) -> int:
        return (int(guild_id) >> 22) % count

    async def _dispatch(self, event: str, data: dict[str, Any]) -> None:
        guild_id = data.get("guild_id")
        for socket in list(self._sockets):
            shard, count = self._shards.get(socket, (0, 1))
            if guild_id is not None and self.shard_of(guild_id, count) != shard:
                continue  # Discord sends a guild's events to the session of its shard only
            self._seq += 1
            await self._send(socket, {"op": 0, "t": event, "s": self._seq, "d": data})

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        await self._send(socket, {"op": 10, "d": {"heartbeat_interval": 41250}})
        try:
            await self._serve(socket)
        finally:  # also when the client vanished (kill -9): the server cancels this handler then
            if socket in self._sockets:
                self._sockets.remove(socket)
            self._shards.pop(socket, None)
            with contextlib.suppress(RuntimeError):
                await asyncio.shield(self._notify())
        return socket

    async def _serve(self, socket: web.WebSocketResponse) -> None:
        async for message in socket:
            if message.type != WSMsgType.TEXT:
                continue
            frame = json.loads(message.data)
            op = frame.get("op")
            if op == 1:
                await self._send(socket, {"op": 11})
            elif op == 2:
                if frame["d"].get("token") != self.token:
                    await socket.close(code=4004, message=b"Authentication failed.")
                    break
                self.identified.append(frame["d"])
                shard, count = frame["d"].get("shard") or [0, 1]
                self._shards[socket] = (int(shard), int(count))
                self._sockets.append(socket)
                await self._ready(socket)
            elif op == 6:
                self._sockets.append(socket)
                self._seq += 1
                await self._send(socket, {"op": 0, "t": "RESUMED", "s": self._seq, "d": {}})

    async def _ready(self, socket: web.WebSocketResponse) -> None:
        shard, count = self._shards.get(socket, (0, 1))
        guilds = [g for g in GUILDS if self.shard_of(g, count) == shard]
        self._seq += 1
        ready = {
            "v": 10, "user": BOT_USER, "session_id": f"fake-session-{shard}", "resume_gateway_url": self.gateway_url,
            "shard": [shard, count], "guilds": [{"id": g, "unavailable": True} for g in guilds],
            "application": {"id": APP_ID, "flags": 0},
        }  # fmt: skip
        await self._send(socket, {"op": 0, "t": "READY", "s": self._seq, "d": ready})
        for guild_id in guilds:
            self._seq += 1
            channel_id = GUILDS[guild_id]
            guild = {
                "id": guild_id, "name": "Tin tức", "icon": None, "owner_id": "444444444444444444", "unavailable": False,
                "member_count": 2, "roles": [{"id": guild_id, "name": "@everyone", "permissions": "0", "position": 0,
                                              "color": 0, "hoist": False, "managed": False, "mentionable": False}],
                "channels": [{"id": channel_id, "type": 0, "name": "news", "position": 0, "guild_id": guild_id}],
                "members": [], "threads": [], "emojis": [], "stickers": [], "features": [], "large": False,
            }  # fmt: skip
            await self._send(socket, {"op": 0, "t": "GUILD_CREATE", "s": self._seq, "d": guild})
        await self._notify()

    async def end_sessions(self, code: int) -> None:
        """Close every gateway session with `code` (4010-4014 are closes discord.py does not resume)."""
        for socket in list(self._sockets):
            await socket.close(code=code, message=b"Closed by the fake gateway.")

    def sessions(self) -> list[tuple[int, int]]:
        """The (shard, shard count) of every gateway session open now."""
        return [self._shards.get(socket, (0, 1)) for socket in self._sockets]

    # REST --------------------------------------------------------------------------------------------
    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        for index, (route, status, body) in enumerate(self._fail_next):
            if route in path:
                del self._fail_next[index]
                self.failed_on_request += 1
                await self._notify()
                headers = {"Via": "1.1 google"} if status == 429 else {}
                return _json(body, status, **headers)
        if not path.startswith(("/webhooks/", "/interactions/")) and request.headers.get("Authorization") != (
            f"Bot {self.token}"
        ):
            return _error(401, 0, "401: Unauthorized")
        body: Any = None
        if request.can_read_body:
            raw = await request.read()
            body = json.loads(raw) if raw else None
        parts = path.strip("/").split("/")
        if path == "/users/@me":
            self.logins += 1
            await self._notify()
            return _json(BOT_USER)
        if path == "/gateway/bot":
            limits = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
            return _json({"url": self.gateway_url, "shards": self.shard_count, "session_start_limit": limits})
        if path == "/oauth2/applications/@me":
            return _json(
                {"id": APP_ID, "name": "newsbot", "description": "", "icon": None, "bot_public": True,
                 "bot_require_code_grant": False, "owner": BOT_USER, "verify_key": "k", "flags": 0}
            )  # fmt: skip
        if parts[0] == "applications" and parts[-1] == "commands" and request.method == "PUT":
            scope = parts[3] if "guilds" in parts else "global"
            stored = [{**c, "id": str(next(_ids)), "application_id": APP_ID, "version": "1"} for c in body or []]
            self.commands[scope] = stored
            await self._notify()
            return _json(stored)
        if parts[0] == "channels" and parts[-1] == "messages" and request.method == "POST":
            return await self._channel_message(parts[1], body or {})
        if parts[0] == "interactions" and parts[-1] == "callback":
            return await self._callback(parts[1], body or {})
        if parts[0] == "webhooks" and request.method == "POST":
            where = "followup:" + parts[2] if parts[1] == APP_ID else "webhook:" + parts[1]
            return await self._post(where, body or {}, wait=request.query.get("wait") in ("true", "1", "True"))
        if parts[0] == "webhooks" and request.method in ("PATCH", "GET"):
            return _json(self._message(body or {}, "0"))
        return _error(404, 0, f"404: Not Found ({request.method} {path})")

    def _take_token(self) -> bool:
        if self.max_per_second <= 0:
            return True
        tokens, last = self._bucket
        now = time.monotonic()
        tokens = min(self.max_per_second, tokens + (now - last) * self.max_per_second)
        if tokens < 1:
            self._bucket = (tokens, now)
            return False
        self._bucket = (tokens - 1, now)
        return True

    async def _channel_message(self, channel_id: str, payload: dict[str, Any]) -> web.Response:
        if channel_id in self.gone_channels:
            status, code, message = self.gone_channels[channel_id]
            return _error(status, code, message)
        if not self._take_token():
            self.rejected_429 += 1
            return _json({"message": "You are being rate limited.", "retry_after": 0.05, "global": False}, 429,
                         Via="1.1 google")  # fmt: skip
        return await self._post(f"channel:{channel_id}", payload, wait=True, channel_id=channel_id)

    async def _post(self, where: str, payload: dict[str, Any], *, wait: bool, channel_id: str = "0") -> web.Response:
        problem = check_message(payload)
        if problem is not None:
            return _error(400, 50035 if "Must" in problem or "size" in problem else 50006, problem)
        self.posted.append(Posted(where, payload, time.monotonic()))
        await self._notify()
        return _json(self._message(payload, channel_id)) if wait else web.Response(status=204)

    async def _callback(self, interaction_id: str, body: dict[str, Any]) -> web.Response:
        token, sent_at = self._interactions.get(interaction_id, ("", 0.0))
        if not token or time.monotonic() - sent_at > INTERACTION_DEADLINE:
            return _error(404, 10062, "Unknown interaction")
        if any(c["interaction_id"] == interaction_id for c in self.callbacks):
            return _error(400, 40060, "Interaction has already been acknowledged.")
        self.callbacks.append({"interaction_id": interaction_id, **body, "at": time.monotonic()})
        kind = int(body.get("type", 0))
        data = body.get("data") or {}
        message = None
        if kind == 4:
            problem = check_message(data)
            if problem is not None:
                return _error(400, 50035, problem)
            self.posted.append(Posted(f"interaction:{interaction_id}", data, time.monotonic()))
            message = self._message(data, CHANNEL_ID)
        await self._notify()
        flags = int(data.get("flags") or 0)
        response = {
            "interaction": {"id": interaction_id, "type": 2, "response_message_id": message["id"] if message else None,
                            "response_message_loading": kind == 5, "response_message_ephemeral": bool(flags & 64)},
            "resource": {"type": kind, **({"message": message} if message else {})},
        }  # fmt: skip
        return _json(response)

    @staticmethod
    def _message(payload: dict[str, Any], channel_id: str) -> dict[str, Any]:
        return {
            "id": str(next(_ids)), "channel_id": channel_id, "author": BOT_USER,
            "content": payload.get("content") or "", "timestamp": "2026-12-01T00:00:00+00:00",
            "edited_timestamp": None, "tts": False, "mention_everyone": False, "mentions": [], "mention_roles": [],
            "attachments": [], "embeds": payload.get("embeds") or [], "pinned": False, "type": 0,
            "flags": int(payload.get("flags") or 0),
        }  # fmt: skip
