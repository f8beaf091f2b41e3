"""What every Telegram command module shares: the chat a command came from, the chat's language, whether
the sender may change the chat's subscription, and the reply every command answers with.

Service calls touch the database and may summarize, so each runs in a worker thread (`off_loop`): a slow
store or a long story never holds up the other chats' updates.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from html import escape
from typing import ParamSpec, TypeVar

from telegram import InlineKeyboardMarkup, LinkPreviewOptions, Message, Update
from telegram.constants import ChatMemberStatus, ChatType, ParseMode
from telegram.ext import ContextTypes

from bot.core.domain import ChatTarget
from bot.core.i18n import t
from bot.core.subscriptions import SubscriptionService

PLATFORM = "telegram"
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
Context = ContextTypes.DEFAULT_TYPE
P = ParamSpec("P")
R = TypeVar("R")


async def off_loop(call: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    return await asyncio.to_thread(call, *args, **kwargs)


def chat_target(update: Update) -> ChatTarget:
    """The chat (and, in a forum supergroup, the topic) a command came from."""
    message = update.effective_message
    chat = update.effective_chat
    assert chat is not None
    thread = message.message_thread_id if message is not None and message.is_topic_message else None
    return ChatTarget(PLATFORM, str(chat.id), thread)


async def reply(message: Message, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Answer in the chat (HTML, no link preview); `text` is already escaped."""
    await message.reply_text(
        text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW, reply_markup=markup, do_quote=False
    )


async def is_admin(update: Update, context: Context) -> bool:
    """Private chats are their own admins; a channel post comes from the channel (only its admins post);
    in groups ask Telegram (getChatMember)."""
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    if chat is None or chat.type == ChatType.PRIVATE:
        return True
    if message is not None and message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True  # an anonymous administrator speaks as the group
    if user is None:
        return False
    member = await context.bot.get_chat_member(chat.id, user.id)
    return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


class ChatCommands:
    """The base of each command module: the subscription service, and the chat's language and rights."""

    def __init__(self, subscriptions: SubscriptionService) -> None:
        self.subscriptions = subscriptions

    async def lang(self, update: Update) -> str:
        chat = update.effective_chat
        return await off_loop(self.subscriptions.language, PLATFORM, str(chat.id)) if chat else "vi"

    async def admin_or_say_so(self, update: Update, context: Context) -> bool:
        if await is_admin(update, context):
            return True
        if update.effective_message is not None:
            await reply(update.effective_message, escape(t("admin.only", await self.lang(update))))
        return False
