"""Telegram command handlers: parse → one service call → render → reply. Nothing else lives here.

`/settings` and its buttons live in `settings_menu.py`, channels in `channels.py`; what they share in
`common.py`.
"""

from __future__ import annotations

import logging
from html import escape

from telegram import Update
from telegram.constants import ChatType

from bot.adapters.telegram.channels import ChannelCommands
from bot.adapters.telegram.common import ChatCommands, Context, chat_target, off_loop, reply
from bot.adapters.telegram.render import render_digest
from bot.adapters.telegram.settings_menu import SettingsMenu
from bot.core.i18n import t
from bot.core.on_demand_summary import OnDemandSummary
from bot.core.subscriptions import SubscriptionService, schedule_sentence

log = logging.getLogger(__name__)


class TelegramCommands(ChatCommands):
    """The bot's commands, each a thin translation between Telegram and the services."""

    def __init__(self, subscriptions: SubscriptionService, summaries: OnDemandSummary) -> None:
        super().__init__(subscriptions)
        self.summaries = summaries
        self.channels = ChannelCommands(subscriptions)
        self.settings_menu = SettingsMenu(subscriptions)

    async def _channel_command(self, update: Update, context: Context, *, subscribe: bool) -> bool:
        """`/subscribe @channel` in a private chat acts on that channel; True when it was one."""
        args, chat, message = context.args or [], update.effective_chat, update.effective_message
        if len(args) != 1 or not args[0].startswith("@") or chat is None or chat.type != ChatType.PRIVATE:
            return False
        lang = await self.lang(update)
        if message is not None:
            await reply(
                message, await self.channels.change_remote(update, context, args[0], subscribe=subscribe, lang=lang)
            )
        return True

    # commands ----------------------------------------------------------------------------------------
    async def help(self, update: Update, context: Context) -> None:
        if update.effective_message is not None:
            await reply(update.effective_message, escape(t("help", await self.lang(update))))

    async def subscribe(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if await self._channel_command(update, context, subscribe=True):
            return
        if message is None or not await self.admin_or_say_so(update, context):
            return
        lang = await self.lang(update)
        subscription, changed = await off_loop(self.subscriptions.subscribe, chat_target(update), lang)
        key = "subscribe.done" if changed else "subscribe.already"
        await reply(message, escape(t(key, lang, schedule=schedule_sentence(subscription, lang))))

    async def unsubscribe(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if await self._channel_command(update, context, subscribe=False):
            return
        if message is None or not await self.admin_or_say_so(update, context):
            return
        done = await off_loop(self.subscriptions.unsubscribe, chat_target(update))
        await reply(message, escape(t("unsubscribe.done" if done else "unsubscribe.none", await self.lang(update))))

    async def summary(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message is None:
            return
        lang = await self.lang(update)
        answer = await self.summaries.answer_args(context.args or [], chat=str(message.chat_id))
        if answer.digest is None:
            await reply(message, escape(t(answer.refusal or "error.generic", lang, **answer.values)))
            return
        for part in render_digest(answer.digest, lang):
            await reply(message, part)

    async def search(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message is None:
            return
        lang = await self.lang(update)
        answer = await self.summaries.search(" ".join(context.args or []), chat=str(message.chat_id))
        if answer.digest is None:
            await reply(message, escape(t(answer.refusal or "error.generic", lang, **answer.values)))
            return
        for part in render_digest(answer.digest, lang):
            await reply(message, part)

    async def unknown(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message is not None:
            await reply(message, escape(t("unknown.command", await self.lang(update))))
