"""The Telegram adapter: owns the PTB Application in newsbot's event loop and publishes digests.

PTB runs with its manual lifecycle (initialize / start / updater.start_polling), never `run_polling`,
so the scheduler and other platforms share the loop. Updates come by long polling (one instance at a
time, under a lease) or, in webhook mode, by PTB's own webhook server: every instance behind the public
URL serves it, and PTB refuses any request whose secret-token header is not the configured secret.
FloodControl keeps sends on Telegram's schedule (30 messages/s overall, 20/min per group) and retries a
429 after its `retry_after`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import Any
from urllib.parse import urlsplit

from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, InvalidToken, RetryAfter, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.adapters.telegram.common import NO_PREVIEW, PLATFORM
from bot.adapters.telegram.flood_control import FloodControl
from bot.adapters.telegram.handlers import TelegramCommands
from bot.adapters.telegram.render import render_digest
from bot.core.domain import ChatTarget, Digest
from bot.core.errors import ChatGone, ConfigError, DeliveryError
from bot.core.i18n import LANGUAGES, t
from bot.core.leases import keep_leased
from bot.core.ports import UpdatesGate

log = logging.getLogger(__name__)
STOP_TIMEOUT = 5.0
COMMANDS = ("start", "help", "subscribe", "unsubscribe", "summary", "search", "settings")
ALLOWED_UPDATES = [Update.MESSAGE, Update.CHANNEL_POST, Update.CALLBACK_QUERY, Update.MY_CHAT_MEMBER]
_GONE_MARKERS = (
    "chat not found",
    "bot was kicked",
    "user is deactivated",
    "message thread not found",
    "not enough rights",
    "have no rights",
)


class TelegramAdapter:
    """Publisher for Telegram chats, and the home of the bot's command handlers."""

    platform = PLATFORM

    def __init__(
        self,
        token: str,
        *,
        base_url: str,
        commands: TelegramCommands,
        overall_max_rate: float,
        group_max_rate: float,
        poll_timeout: float,
        updates_gate: UpdatesGate | None = None,
        webhook: tuple[str, str, str, int] | None = None,
    ) -> None:
        builder = ApplicationBuilder().token(token).base_url(base_url).base_file_url(_file_url(base_url))
        limiter = FloodControl(overall_max_rate, group_max_rate, max_retries=5)
        self.app: Application[Any, Any, Any, Any, Any, Any] = (
            builder.rate_limiter(limiter).concurrent_updates(True).build()
        )
        self._poll_timeout = poll_timeout
        self._commands = commands
        self._connected = False
        self._gate = updates_gate
        self._webhook = webhook  # public URL, secret, listen host, listen port
        self._gatekeeper: asyncio.Task[None] | None = None
        self._register(commands)

    def _register(self, commands: TelegramCommands) -> None:
        app = self.app
        # Commands work in chats and in channels (a channel post); an unknown command in a channel is
        # left alone, so its readers never see a hint meant for whoever typed it.
        posts = filters.UpdateType.MESSAGES | filters.UpdateType.CHANNEL_POSTS
        app.add_handler(CommandHandler(["start", "help"], commands.help, filters=posts))
        app.add_handler(CommandHandler("subscribe", commands.subscribe, filters=posts))
        app.add_handler(CommandHandler("unsubscribe", commands.unsubscribe, filters=posts))
        app.add_handler(CommandHandler("summary", commands.summary, filters=posts))
        app.add_handler(CommandHandler("search", commands.search, filters=posts))
        app.add_handler(CommandHandler("settings", commands.settings_menu.settings, filters=posts))
        app.add_handler(CallbackQueryHandler(commands.settings_menu.settings_button, pattern=r"^set:"))
        app.add_handler(ChatMemberHandler(commands.channels.membership_changed, ChatMemberHandler.MY_CHAT_MEMBER))
        app.add_handler(MessageHandler(filters.COMMAND & filters.UpdateType.MESSAGES, commands.unknown))
        app.add_error_handler(self._on_error)

    async def connect(self) -> None:
        """Check the token (getMe) and register the command menu in Vietnamese and English."""
        if self._connected:
            return
        try:
            await self.app.initialize()
        except InvalidToken:
            raise ConfigError("TELEGRAM_BOT_TOKEN was rejected by the Bot API (invalid token)") from None
        for lang in LANGUAGES:
            menu = [BotCommand(name, t(f"cmd.{name}", lang)) for name in COMMANDS]
            await self.app.bot.set_my_commands(menu, language_code=None if lang == "vi" else lang)
        self._connected = True
        log.info("telegram ready as @%s", self.app.bot.username)

    async def start(self) -> None:
        """Take updates (long polling) in the running loop — while this instance holds the updates gate,
        when there is one; otherwise it only sends, and keeps asking for the gate."""
        await self.connect()
        if self._webhook is not None:
            await self._start_webhook(*self._webhook)
            return
        if self._gate is None:
            await self._start_polling()
            return
        if await self._gate.acquire():
            await self._start_polling()
        keeper = keep_leased(
            self._gate,
            name="telegram updates",
            running=self.is_polling,
            start=self._start_polling,
            stop=self._stop_polling,
        )
        self._gatekeeper = asyncio.create_task(keeper, name="telegram-updates-lease")

    async def _start_webhook(self, url: str, secret: str, host: str, port: int) -> None:
        """Serve the webhook's path on host:port and tell Telegram where to POST (setWebhook, with the
        secret it must send back in every request)."""
        assert self.app.updater is not None
        await self.app.updater.start_webhook(
            listen=host,
            port=port,
            url_path=urlsplit(url).path.lstrip("/"),
            webhook_url=url,
            secret_token=secret,
            allowed_updates=ALLOWED_UPDATES,
        )
        if not self.app.running:
            await self.app.start()
        log.info("telegram: webhook mode, serving %s:%d", host, port)

    async def _start_polling(self) -> None:
        assert self.app.updater is not None
        await self.app.updater.start_polling(timeout=int(self._poll_timeout), allowed_updates=ALLOWED_UPDATES)
        if not self.app.running:
            await self.app.start()

    async def _stop_polling(self) -> None:
        if self.app.updater is not None and self.app.updater.running:
            await _bounded(self.app.updater.stop())

    def is_polling(self) -> bool:
        return self.app.updater is not None and self.app.updater.running

    async def stop(self) -> None:
        """Stop polling and close the client, each step bounded so SIGTERM finishes in seconds."""
        if self._gatekeeper is not None:
            self._gatekeeper.cancel()
            await asyncio.gather(self._gatekeeper, return_exceptions=True)
            self._gatekeeper = None
            if self._gate is not None:
                await self._gate.release()
        steps: list[Awaitable[None]] = []
        if self.app.updater is not None and self.app.updater.running:
            steps.append(self.app.updater.stop())
        if self.app.running:
            steps.append(self.app.stop())
        for step in steps:
            await _bounded(step)
        if self._connected:
            self._connected = False
            await _bounded(self.app.shutdown())

    def is_ready(self) -> bool:
        return self._connected

    # Publisher ---------------------------------------------------------------------------------------
    def render(self, digest: Digest, lang: str) -> list[str]:
        return render_digest(digest, lang)

    async def send(self, target: ChatTarget, payload: str) -> None:
        try:
            await self.app.bot.send_message(
                chat_id=int(target.chat_id),
                text=payload,
                parse_mode=ParseMode.HTML,
                link_preview_options=NO_PREVIEW,
                message_thread_id=target.thread_id,
            )
        except Forbidden as exc:
            raise ChatGone(f"forbidden: {exc.message}") from None
        except BadRequest as exc:
            if any(marker in exc.message.lower() for marker in _GONE_MARKERS):
                raise ChatGone(exc.message) from None
            raise DeliveryError(f"rejected: {exc.message}", permanent=True) from None
        except RetryAfter as exc:
            raise DeliveryError(f"rate limited, retry after {exc.retry_after}") from None
        except TelegramError as exc:
            raise DeliveryError(f"{type(exc).__name__}: {exc.message}") from None

    async def _on_error(self, update: object, context: Any) -> None:
        """Log with context; tell the user in their language; stop writing to a chat that blocked us."""
        if not isinstance(update, Update) or update.effective_chat is None:
            log.error("telegram error outside an update: %r", context.error)
            return
        chat_id = update.effective_chat.id
        if isinstance(context.error, Forbidden):
            await asyncio.to_thread(
                self._commands.subscriptions.chat_gone, ChatTarget(PLATFORM, str(chat_id)), str(context.error)
            )
            return
        log.error("telegram update failed chat=%s", chat_id, exc_info=context.error)
        if update.effective_message is not None:
            try:
                lang = await self._commands.lang(update)
                await update.effective_message.reply_text(t("error.generic", lang), do_quote=False)
            except Exception:  # telling the user is best effort: the error above is what gets logged
                log.warning("chat=%s could not be told about the error", chat_id)


def _file_url(base_url: str) -> str:
    return base_url[: -len("/bot")] + "/file/bot" if base_url.endswith("/bot") else base_url


async def _bounded(step: Awaitable[None]) -> None:
    try:
        await asyncio.wait_for(step, STOP_TIMEOUT)
    except (TimeoutError, TelegramError, RuntimeError) as exc:
        log.warning("telegram shutdown step did not finish cleanly: %s", exc)
