"""Telegram channels: subscribing a channel, and reacting when the bot is removed or demoted.

A channel admin adds the bot as an administrator and posts `/subscribe` in the channel (it arrives as a
`channel_post`, whose sender is the channel: only admins can post there), or subscribes it from a
private chat with `/subscribe @channelname`, after the bot checks that both it and the user are admins
of that channel. `my_chat_member` tells the bot at once when it was removed from a chat or lost the
rights it needs; that chat's subscription is deactivated then, not on the next failed send.
"""

from __future__ import annotations

import asyncio
import logging
from html import escape

from telegram import ChatMember, ChatMemberAdministrator, ChatMemberRestricted, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import BadRequest, Forbidden

from bot.adapters.telegram.common import PLATFORM, Context
from bot.core.domain import ChatTarget
from bot.core.i18n import t
from bot.core.subscriptions import SubscriptionService, schedule_sentence

log = logging.getLogger(__name__)
_GONE = (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED)


def can_post(member: ChatMember, chat_type: str) -> bool:
    """Whether the bot, as this member of a chat of `chat_type`, can still post digests there."""
    if member.status in _GONE:
        return False
    if chat_type == ChatType.CHANNEL:
        return isinstance(member, ChatMemberAdministrator) and bool(member.can_post_messages)
    if isinstance(member, ChatMemberRestricted):
        return bool(member.can_send_messages)
    return True


class ChannelCommands:
    """`/subscribe @channel` and `/unsubscribe @channel` from a private chat, and membership changes."""

    def __init__(self, subscriptions: SubscriptionService) -> None:
        self.subscriptions = subscriptions

    async def _channel_for(self, name: str, update: Update, context: Context) -> tuple[int | None, str]:
        """The id of channel `@name` when both the bot and the asking user administer it; else a reason."""
        user = update.effective_user
        try:
            chat = await context.bot.get_chat(name)
        except (BadRequest, Forbidden):
            return None, "channel.not_found"
        if chat.type != ChatType.CHANNEL:
            return None, "channel.not_a_channel"
        try:
            mine = await context.bot.get_chat_member(chat.id, context.bot.id)
            theirs = await context.bot.get_chat_member(chat.id, user.id) if user else None
        except (BadRequest, Forbidden):
            return None, "channel.bot_not_admin"
        if not can_post(mine, chat.type):
            return None, "channel.bot_not_admin"
        if theirs is None or theirs.status not in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER):
            return None, "channel.user_not_admin"
        return chat.id, ""

    async def change_remote(self, update: Update, context: Context, name: str, *, subscribe: bool, lang: str) -> str:
        """Subscribe or unsubscribe the channel `name`; returns the sentence to answer with (HTML)."""
        chat_id, problem = await self._channel_for(name, update, context)
        if chat_id is None:
            return escape(t(problem, lang, channel=name))
        target = ChatTarget(PLATFORM, str(chat_id))
        if subscribe:
            subscription, changed = await asyncio.to_thread(self.subscriptions.subscribe, target, lang)
            key = "channel.subscribed" if changed else "channel.already"
            return escape(t(key, lang, channel=name, schedule=schedule_sentence(subscription, lang)))
        done = await asyncio.to_thread(self.subscriptions.unsubscribe, target)
        return escape(t("channel.unsubscribed" if done else "channel.not_subscribed", lang, channel=name))

    async def membership_changed(self, update: Update, context: Context) -> None:
        """`my_chat_member`: removed, banned, or no longer allowed to post → stop that subscription now."""
        change = update.my_chat_member
        if change is None or can_post(change.new_chat_member, change.chat.type):
            return
        target = ChatTarget(PLATFORM, str(change.chat.id))
        reason = f"bot is now {change.new_chat_member.status} in {change.chat.type} {change.chat.id}"
        await asyncio.to_thread(self.subscriptions.chat_gone, target, reason)
