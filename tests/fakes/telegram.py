"""A loopback fake of the Telegram Bot API, enough for the real python-telegram-bot client.

It implements getMe, setWebhook/deleteWebhook (with a webhook set, updates are POSTed to it with its secret
token, as Telegram does, and getUpdates answers 409), setMyCommands/getMyCommands, getUpdates (offsets and
long polling that wakes at once on new updates), sendMessage (Telegram's HTML rules and 4096-unit limit), getChat
(channels by @username), getChatMember, answerCallbackQuery and editMessageText; it can inject
messages, callback queries, channel posts and my_chat_member changes; plus scripted faults (429 with retry_after, 403
blocked chats, any status) and an optional rate limit that answers 429 past N messages per second.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from aiohttp import web

from tests.fakes import serve_on_loopback

ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code",
                "pre", "blockquote", "tg-emoji"}  # fmt: skip
BOT = {"id": 777000, "is_bot": True, "first_name": "newsbot", "username": "newsbot_test_bot"}


class _TelegramHtml(HTMLParser):
    """Checks Telegram's HTML subset and collects the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.open: list[str] = []
        self.error: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS and self.error is None:
            self.error = f'Bad Request: can\'t parse entities: Unsupported start tag "{tag}"'
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.error = self.error or f'Bad Request: can\'t parse entities: Unexpected end tag "{tag}"'
            return
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


# Telegram knows the numeric entities and only four named ones; any other `&` must be escaped.
_BAD_AMPERSAND = re.compile(r"&(?!(?:lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)")


def parse_html(text: str) -> tuple[str | None, str]:
    """Telegram's verdict on an HTML message: (error or None, the visible text)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "Bad Request: strings must be encoded in UTF-8", ""
    bad = _BAD_AMPERSAND.search(text)
    if bad is not None:
        return f"Bad Request: can't parse entities: unsupported entity at byte offset {bad.start()}", ""
    parser = _TelegramHtml()
    parser.feed(text)
    parser.close()
    if parser.open and parser.error is None:
        parser.error = f"Bad Request: can't parse entities: Can't find end tag for \"{parser.open[-1]}\""
    return parser.error, "".join(parser.text)


@dataclass
class Sent:
    method: str
    params: dict[str, Any]
    at: float


@dataclass
class FakeTelegram:
    token: str = "123456:TEST-token-for-the-fake-api"
    base: str = ""
    updates: list[dict[str, Any]] = field(default_factory=list)
    calls: list[Sent] = field(default_factory=list)
    sent: list[dict[str, Any]] = field(default_factory=list)
    commands: dict[str, Any] = field(default_factory=dict)
    admins: dict[int, set[int]] = field(default_factory=dict)  # chat id -> user ids (the bot's id too)
    channels: dict[str, int] = field(default_factory=dict)  # "@username" -> channel id
    blocked_chats: set[int] = field(default_factory=set)
    failures: list[tuple[str, int, str, dict[str, Any]]] = field(default_factory=list)
    max_per_second: float = 0.0  # 0: no rate limit enforced
    rejected_429: int = 0
    answer_delay: float = 0.0  # seconds a sendMessage answer is held back after the message is delivered
    in_flight: int = 0  # messages delivered whose answers are still held back
    webhook: dict[str, Any] | None = None  # url, secret_token, allowed_updates, as setWebhook left them
    webhook_answers: list[int] = field(default_factory=list)  # the HTTP status of each update posted
    _next_update: int = 1
    _next_message: int = 1
    _tokens: float = -1.0
    _refilled: float = 0.0
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    _closing: bool = False
    _runner: web.AppRunner | None = None

    async def start(self) -> FakeTelegram:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner, base = await serve_on_loopback(app)
        self.base = base + "/bot"
        return self

    async def stop(self) -> None:
        async with self._changed:
            self._closing = True
            self._changed.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()

    # scripting ---------------------------------------------------------------------------------------
    def fail_next(self, method: str, status: int, description: str, **parameters: Any) -> None:
        self.failures.append((method, status, description, parameters))

    async def inject_message(
        self,
        text: str,
        *,
        chat_id: int = 1001,
        user_id: int = 501,
        chat_type: str = "private",
        thread_id: int | None = None,
        forum: bool = False,
    ) -> int:
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = "Reader"
        else:
            chat["title"] = "Nhóm đọc tin"
        if forum:
            chat["is_forum"] = True
        message: dict[str, Any] = {
            "message_id": self._new_message_id(),
            "date": int(time.time()),
            "chat": chat,
            "from": {"id": user_id, "is_bot": False, "first_name": "Reader", "language_code": "vi"},
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        return await self._push({"message": message})

    async def inject_channel_post(self, text: str, *, chat_id: int, username: str = "tin_kbs") -> int:
        """A post in a channel: its sender is the channel itself, as Telegram sends them."""
        chat = {"id": chat_id, "type": "channel", "title": "Kênh tin", "username": username}
        post: dict[str, Any] = {"message_id": self._new_message_id(), "date": int(time.time()), "chat": chat,
                                "sender_chat": chat, "text": text}  # fmt: skip
        if text.startswith("/"):
            post["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return await self._push({"channel_post": post})

    async def inject_my_chat_member(self, *, chat_id: int, chat_type: str, old: str, new: str) -> int:
        """The bot's own membership changed in a chat (added, promoted, demoted, removed)."""
        chat = {"id": chat_id, "type": chat_type, "title": "Kênh tin"}
        bot_id = int(BOT["id"])
        update = {
            "chat": chat,
            "from": {"id": 501, "is_bot": False, "first_name": "Admin"},
            "date": int(time.time()),
            "old_chat_member": self._member(bot_id, old),
            "new_chat_member": self._member(bot_id, new),
        }
        return await self._push({"my_chat_member": update})

    @staticmethod
    def _member(user_id: int, status: str) -> dict[str, Any]:
        user = BOT if user_id == BOT["id"] else {"id": user_id, "is_bot": False, "first_name": "Reader"}
        member: dict[str, Any] = {"status": status, "user": user}
        if status == "administrator":
            member.update(
                can_be_edited=False, is_anonymous=False, can_manage_chat=True, can_delete_messages=True,
                can_manage_video_chats=True, can_restrict_members=True, can_promote_members=False,
                can_change_info=True, can_invite_users=True, can_post_stories=False, can_edit_stories=False,
                can_delete_stories=False, can_post_messages=True, can_edit_messages=True,
            )  # fmt: skip
        elif status == "creator":
            member["is_anonymous"] = False
        elif status == "kicked":
            member["until_date"] = 0
        return member

    async def inject_callback(self, data: str, *, chat_id: int = 1001, user_id: int = 501) -> int:
        message = {"message_id": self._new_message_id(), "date": int(time.time()),
                   "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"}, "text": "…",
                   "from": BOT}  # fmt: skip
        query = {"id": str(self._next_update), "from": {"id": user_id, "is_bot": False, "first_name": "R"},
                 "chat_instance": "ci", "data": data, "message": message}  # fmt: skip
        return await self._push({"callback_query": query})

    async def _push(self, payload: dict[str, Any]) -> int:
        async with self._changed:
            update_id = self._next_update
            self._next_update += 1
            if self.webhook is None:
                self.updates.append({"update_id": update_id, **payload})
            self._changed.notify_all()
        if self.webhook is not None:
            status = await self.post_to_webhook({"update_id": update_id, **payload}, self.webhook.get("secret_token"))
            async with self._changed:
                self.webhook_answers.append(status)
                self._changed.notify_all()
        return update_id

    async def post_to_webhook(self, update: dict[str, Any], secret: str | None) -> int:
        """POST an update to the webhook as Telegram would (or as a forger would, with another secret);
        returns the HTTP status the bot answered."""
        import aiohttp

        assert self.webhook is not None, "no webhook is set"
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
        async with (
            aiohttp.ClientSession() as session,
            session.post(self.webhook["url"], json=update, headers=headers) as response,
        ):
            return response.status

    async def wait_for(self, predicate: Callable[[FakeTelegram], bool], seconds: float = 10.0) -> None:
        """Wait (on the fake's condition, never by sleeping) until `predicate` holds."""
        async with asyncio.timeout(seconds), self._changed:
            await self._changed.wait_for(lambda: predicate(self))

    async def wait_for_sent(self, count: int, seconds: float = 10.0) -> list[dict[str, Any]]:
        await self.wait_for(lambda fake: len(fake.sent) >= count, seconds)
        return self.sent

    def texts(self, chat_id: int | None = None) -> list[str]:
        return [m["text"] for m in self.sent if chat_id is None or m["chat"]["id"] == chat_id]

    def _new_message_id(self) -> int:
        self._next_message += 1
        return self._next_message

    # the API ---------------------------------------------------------------------------------------
    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            return dict(await request.json())
        form = await request.post()
        params: dict[str, Any] = {}
        for key, value in form.items():
            text = str(value)
            try:
                params[key] = json.loads(text) if text[:1] in "[{" or text in ("true", "false") else text
            except ValueError:
                params[key] = text
        return params

    @staticmethod
    def _reply(result: Any = True, status: int = 200, description: str = "", **parameters: Any) -> web.Response:
        if status == 200:
            body: dict[str, Any] = {"ok": True, "result": result}
        else:
            body = {"ok": False, "error_code": status, "description": description}
            if parameters:
                body["parameters"] = parameters
        return web.Response(body=json.dumps(body).encode(), status=status, content_type="application/json")

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        params = await self._params(request)
        if request.match_info["token"] != self.token:
            return self._reply(status=401, description="Unauthorized")
        async with self._changed:
            self.calls.append(Sent(method, params, time.monotonic()))
            self._changed.notify_all()
        for index, (name, status, description, parameters) in enumerate(self.failures):
            if name == method:
                del self.failures[index]
                return self._reply(status=status, description=description, **parameters)
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return self._reply(status=404, description="Not Found: method not found")
        response: web.StreamResponse = await handler(params)
        return response

    def _take_token(self) -> bool:
        """A token bucket: bursts up to `max_per_second`, refilled at `max_per_second` per second."""
        now = time.monotonic()
        if self._tokens < 0:
            self._tokens, self._refilled = self.max_per_second, now
        self._tokens = min(self.max_per_second, self._tokens + (now - self._refilled) * self.max_per_second)
        self._refilled = now
        if self._tokens < 1:
            return False
        self._tokens -= 1
        return True

    async def _api_getMe(self, params: dict[str, Any]) -> web.Response:
        return self._reply(BOT)

    async def _api_deleteWebhook(self, params: dict[str, Any]) -> web.Response:
        self.webhook = None
        return self._reply(True)

    async def _api_setWebhook(self, params: dict[str, Any]) -> web.Response:
        url = str(params.get("url") or "")
        if not url:
            self.webhook = None
            return self._reply(True)
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            return self._reply(status=400, description="Bad Request: secret token contains unallowed characters")
        self.webhook = {"url": url, "secret_token": secret, "allowed_updates": params.get("allowed_updates")}
        return self._reply(True)

    async def _api_getWebhookInfo(self, params: dict[str, Any]) -> web.Response:
        info = {"url": (self.webhook or {}).get("url", ""), "has_custom_certificate": False, "pending_update_count": 0}
        return self._reply(info)

    async def _api_setMyCommands(self, params: dict[str, Any]) -> web.Response:
        self.commands[params.get("language_code") or ""] = params["commands"]
        return self._reply(True)

    async def _api_getMyCommands(self, params: dict[str, Any]) -> web.Response:
        return self._reply(self.commands.get(params.get("language_code") or "", []))

    async def _api_getUpdates(self, params: dict[str, Any]) -> web.Response:
        if self.webhook is not None:
            return self._reply(
                status=409,
                description="Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        async with self._changed:
            if offset > 0:
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
            if not self.updates and timeout > 0 and not self._closing:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait_for(lambda: bool(self.updates) or self._closing), timeout)
            return self._reply(self.updates[:limit])

    async def _api_getChatMember(self, params: dict[str, Any]) -> web.Response:
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        if user_id in self.admins.get(chat_id, set()):
            return self._reply(self._member(user_id, "administrator" if user_id == BOT["id"] else "creator"))
        if chat_id in self.channels.values() and user_id == BOT["id"]:
            return self._reply(status=400, description="Bad Request: member not found")
        return self._reply(self._member(user_id, "member"))

    async def _api_getChat(self, params: dict[str, Any]) -> web.Response:
        key = str(params["chat_id"])
        if key not in self.channels:
            return self._reply(status=400, description="Bad Request: chat not found")
        return self._reply({"id": self.channels[key], "type": "channel", "title": "Kênh tin", "username": key[1:],
                            "accent_color_id": 0, "max_reaction_count": 11, "accepted_gift_types": {
                                "unlimited_gifts": False, "limited_gifts": False, "unique_gifts": False,
                                "premium_subscription": False, "gifts_from_channels": False}})  # fmt: skip

    async def _api_answerCallbackQuery(self, params: dict[str, Any]) -> web.Response:
        return self._reply(True)

    async def _api_editMessageText(self, params: dict[str, Any]) -> web.Response:
        return await self._message(params, edit=True)

    async def _api_sendMessage(self, params: dict[str, Any]) -> web.Response:
        return await self._message(params, edit=False)

    async def _message(self, params: dict[str, Any], *, edit: bool) -> web.Response:
        chat_id = int(params["chat_id"])
        if chat_id in self.blocked_chats:
            return self._reply(status=403, description="Forbidden: bot was blocked by the user")
        if not edit and self.max_per_second > 0 and not self._take_token():
            self.rejected_429 += 1
            return self._reply(status=429, description="Too Many Requests: retry after 1", retry_after=1)
        raw = str(params.get("text", ""))
        text = raw
        if params.get("parse_mode") == "HTML":
            error, text = parse_html(raw)
            if error:
                return self._reply(status=400, description=error)
        if not text.strip():
            return self._reply(status=400, description="Bad Request: message text is empty")
        if len(text.encode("utf-16-le")) // 2 > 4096:
            return self._reply(status=400, description="Bad Request: message is too long")
        message = {
            "message_id": self._new_message_id(),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
            "from": BOT,
            "text": text,
        }
        if params.get("message_thread_id"):
            message["message_thread_id"] = int(params["message_thread_id"])
        async with self._changed:
            self.sent.append({**message, "raw": raw, "params": params, "edit": edit})
            self._changed.notify_all()
        if self.answer_delay > 0:  # delivered to the chat, but the bot has not heard so yet
            self.in_flight += 1
            try:
                await asyncio.sleep(self.answer_delay)
            finally:
                self.in_flight -= 1
        return self._reply(message)
