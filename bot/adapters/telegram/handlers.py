"""Telegram command handlers: parse → one service call → render → reply. Nothing else lives here.

Service calls touch the database and may summarize, so each runs in a worker thread (`_off_loop`): a
slow store or a long story never holds up the other chats' updates.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from html import escape
from typing import ParamSpec, TypeVar

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Message, Update
from telegram.constants import ChatMemberStatus, ChatType, ParseMode
from telegram.ext import ContextTypes

from bot.adapters.telegram.channels import ChannelCommands
from bot.adapters.telegram.render import render_digest
from bot.core.digests import DigestService, SettingError, describe_settings
from bot.core.domain import ChatTarget
from bot.core.i18n import t
from bot.core.on_demand_summary import OnDemandSummary

log = logging.getLogger(__name__)
PLATFORM = "telegram"
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
SETTING_NAMES = {
    "time": "time", "gio": "time", "giờ": "time",
    "timezone": "timezone", "tz": "timezone", "zone": "timezone",
    "language": "language", "lang": "language", "ngon_ngu": "language",
    "include": "include", "exclude": "exclude",
}  # fmt: skip
TIME_BUTTONS = ("06:00", "07:00", "08:00", "12:00", "18:00", "21:00")
Context = ContextTypes.DEFAULT_TYPE
P = ParamSpec("P")
R = TypeVar("R")


async def _off_loop(call: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    return await asyncio.to_thread(call, *args, **kwargs)


def chat_target(update: Update) -> ChatTarget:
    """The chat (and, in a forum supergroup, the topic) a command came from."""
    message = update.effective_message
    chat = update.effective_chat
    assert chat is not None
    thread = message.message_thread_id if message is not None and message.is_topic_message else None
    return ChatTarget(PLATFORM, str(chat.id), thread)


class TelegramCommands:
    """The bot's commands, each a thin translation between Telegram and the services."""

    def __init__(self, digests: DigestService, summaries: OnDemandSummary) -> None:
        self.digests = digests
        self.summaries = summaries
        self.channels = ChannelCommands(digests)

    async def _channel_command(self, update: Update, context: Context, *, subscribe: bool) -> bool:
        """`/subscribe @channel` in a private chat acts on that channel; True when it was one."""
        args, chat, message = context.args or [], update.effective_chat, update.effective_message
        if len(args) != 1 or not args[0].startswith("@") or chat is None or chat.type != ChatType.PRIVATE:
            return False
        lang = await self.lang(update)
        if message is not None:
            await self.reply(
                message, await self.channels.change_remote(update, context, args[0], subscribe=subscribe, lang=lang)
            )
        return True

    # helpers -----------------------------------------------------------------------------------------
    async def lang(self, update: Update) -> str:
        chat = update.effective_chat
        return await _off_loop(self.digests.language, PLATFORM, str(chat.id)) if chat else "vi"

    @staticmethod
    async def reply(message: Message, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
        await message.reply_text(
            text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW, reply_markup=markup, do_quote=False
        )

    @staticmethod
    async def is_admin(update: Update, context: Context) -> bool:
        """Private chats are their own admins; a channel post comes from the channel (only its admins
        post); in groups ask Telegram (getChatMember)."""
        chat, user, message = update.effective_chat, update.effective_user, update.effective_message
        if chat is None or chat.type == ChatType.PRIVATE:
            return True
        if message is not None and message.sender_chat is not None and message.sender_chat.id == chat.id:
            return True  # an anonymous administrator speaks as the group
        if user is None:
            return False
        member = await context.bot.get_chat_member(chat.id, user.id)
        return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)

    async def _admin_or_say_so(self, update: Update, context: Context) -> bool:
        if await self.is_admin(update, context):
            return True
        if update.effective_message is not None:
            await self.reply(update.effective_message, escape(t("admin.only", await self.lang(update))))
        return False

    # commands ----------------------------------------------------------------------------------------
    async def help(self, update: Update, context: Context) -> None:
        if update.effective_message is not None:
            await self.reply(update.effective_message, escape(t("help", await self.lang(update))))

    async def subscribe(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if await self._channel_command(update, context, subscribe=True):
            return
        if message is None or not await self._admin_or_say_so(update, context):
            return
        lang = await self.lang(update)
        subscription, changed = await _off_loop(self.digests.subscribe, chat_target(update), lang)
        key = "subscribe.done" if changed else "subscribe.already"
        await self.reply(message, escape(t(key, lang, time=subscription.digest_time, zone=subscription.timezone)))

    async def unsubscribe(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if await self._channel_command(update, context, subscribe=False):
            return
        if message is None or not await self._admin_or_say_so(update, context):
            return
        done = await _off_loop(self.digests.unsubscribe, chat_target(update))
        await self.reply(
            message, escape(t("unsubscribe.done" if done else "unsubscribe.none", await self.lang(update)))
        )

    async def summary(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message is None:
            return
        lang = await self.lang(update)
        answer = await self.summaries.answer_args(context.args or [], chat=str(message.chat_id))
        if answer.digest is None:
            await self.reply(message, escape(t(answer.refusal or "error.generic", lang, **answer.values)))
            return
        for part in render_digest(answer.digest, lang):
            await self.reply(message, part)

    async def settings(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message is None:
            return
        args = context.args or []
        target = chat_target(update)
        if args:
            if not await self._admin_or_say_so(update, context):
                return
            name = SETTING_NAMES.get(args[0].lower(), args[0].lower())
            try:
                await _off_loop(self.digests.change_setting, target, name, " ".join(args[1:]))
            except SettingError as exc:  # the values are the reader's own words: escaped once, with the rest
                await self.reply(message, escape(t(exc.key, await self.lang(update), **exc.values)))
                return
        await self.reply(message, await self._settings_text(update, target), self._keyboard())

    async def _settings_text(self, update: Update, target: ChatTarget) -> str:
        current = await _off_loop(self.digests.subscription, target)
        return escape(describe_settings(current, await self.lang(update)))

    @staticmethod
    def _keyboard() -> InlineKeyboardMarkup:
        languages = [
            InlineKeyboardButton("Tiếng Việt", callback_data="set:language:vi"),
            InlineKeyboardButton("English", callback_data="set:language:en"),
        ]
        times = [InlineKeyboardButton(v, callback_data=f"set:time:{v}") for v in TIME_BUTTONS]
        return InlineKeyboardMarkup([languages, times[:3], times[3:]])

    async def settings_button(self, update: Update, context: Context) -> None:
        query = update.callback_query
        if query is None or not query.data or not query.data.startswith("set:"):
            return
        _, name, value = [*query.data.split(":", 2), "", ""][:3]
        if not await self.is_admin(update, context):
            await query.answer(t("admin.only", await self.lang(update)), show_alert=True)
            return
        try:
            await _off_loop(self.digests.change_setting, chat_target(update), name, value)
        except SettingError as exc:
            await query.answer(t(exc.key, await self.lang(update), **exc.values), show_alert=True)
            return
        await query.answer(t("settings.saved", await self.lang(update)))
        await query.edit_message_text(
            await self._settings_text(update, chat_target(update)),
            parse_mode=ParseMode.HTML,
            reply_markup=self._keyboard(),
            link_preview_options=NO_PREVIEW,
        )

    async def unknown(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message is not None:
            await self.reply(message, escape(t("unknown.command", await self.lang(update))))
