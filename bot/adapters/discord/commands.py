"""Discord slash commands: parse → one service call → render → reply, like the Telegram handlers.

Names are English; descriptions are localized (vi and en) through a Translator over the shared i18n
table. `/subscribe`, `/unsubscribe` and changing `/settings` need Manage Channels: the commands declare
it (`default_member_permissions`) so Discord hides them from others, and each interaction is checked
again, because a server can override what Discord shows. `/summary` is deferred at once, so Discord's
3-second deadline holds however long fetching an article takes.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Literal

import discord
from discord import app_commands

from bot.adapters.discord.render import escaped_text, render_messages
from bot.core.domain import ChatTarget, Digest
from bot.core.i18n import t
from bot.core.on_demand_summary import OnDemandSummary, SummaryRequest, SummaryUsage, parse_summary_args
from bot.core.schedule_math import zone_names
from bot.core.sections import section_name
from bot.core.subscriptions import SettingError, SubscriptionService, describe_settings, schedule_sentence

log = logging.getLogger(__name__)
PLATFORM = "discord"
NO_MENTIONS = discord.AllowedMentions.none()
_LOCALES = {
    discord.Locale.vietnamese: "vi",
    discord.Locale.american_english: "en",
    discord.Locale.british_english: "en",
}


def _text(key: str) -> app_commands.locale_str:
    """A command or option description: English by default, translated per locale from the i18n table."""
    return app_commands.locale_str(t(key, "en"), key=key)


class I18nTranslator(app_commands.Translator):
    """Fills `description_localizations` from the i18n table when the commands are synced."""

    async def translate(
        self, string: app_commands.locale_str, locale: discord.Locale, context: app_commands.TranslationContextTypes
    ) -> str | None:
        key = string.extras.get("key")
        lang = _LOCALES.get(locale)
        return t(key, lang) if key and lang else None


def target_of(interaction: discord.Interaction[Any]) -> ChatTarget:
    """The channel (a thread is a channel of its own) a command came from."""
    return ChatTarget(PLATFORM, str(interaction.channel_id))


class DiscordCommands:
    """The bot's slash commands over the same services as Telegram's."""

    def __init__(self, subscriptions: SubscriptionService, summaries: OnDemandSummary) -> None:
        self.subscriptions = subscriptions
        self.summaries = summaries

    async def lang(self, interaction: discord.Interaction[Any]) -> str:
        """The channel's chosen language, else the reader's Discord language when we speak it, else vi."""
        fallback = _LOCALES.get(interaction.locale, "vi")
        return await asyncio.to_thread(self.subscriptions.language, PLATFORM, str(interaction.channel_id), fallback)

    @staticmethod
    def may_manage(interaction: discord.Interaction[Any]) -> bool:
        """Manage Channels in this channel; a direct message is the reader's own."""
        return interaction.guild_id is None or interaction.permissions.manage_channels

    async def _say(self, interaction: discord.Interaction[Any], text: str, *, ephemeral: bool = False) -> None:
        content = escaped_text(text)
        if interaction.response.is_done():
            await interaction.followup.send(content, ephemeral=ephemeral, allowed_mentions=NO_MENTIONS)
        else:
            await interaction.response.send_message(content, ephemeral=ephemeral, allowed_mentions=NO_MENTIONS)

    async def _refuse_unless_manager(self, interaction: discord.Interaction[Any], lang: str) -> bool:
        if self.may_manage(interaction):
            return False
        await self._say(interaction, t("discord.manage_only", lang), ephemeral=True)
        return True

    # commands ----------------------------------------------------------------------------------------
    async def summary(self, interaction: discord.Interaction[Any], n: int | None, url: str | None) -> None:
        lang = await self.lang(interaction)
        args = [a for a in (str(n) if n is not None else None, url) if a is not None]
        try:
            request: SummaryRequest = parse_summary_args(args)
        except SummaryUsage:
            await self._say(interaction, t("discord.summary_usage", lang), ephemeral=True)
            return
        await interaction.response.defer(thinking=True)
        answer = await self.summaries.answer(request, chat=str(interaction.channel_id))
        if answer.digest is None:
            await self._say(interaction, t(answer.refusal or "error.generic", lang, **answer.values))
            return
        await self._send_digest(interaction, answer.digest, lang)

    async def search(self, interaction: discord.Interaction[Any], query: str | None) -> None:
        lang = await self.lang(interaction)
        if not (query or "").strip():
            await self._say(interaction, t("discord.search_usage", lang), ephemeral=True)
            return
        await interaction.response.defer(thinking=True)
        answer = await self.summaries.search(query or "", chat=str(interaction.channel_id))
        if answer.digest is None:
            await self._say(interaction, t(answer.refusal or "error.generic", lang, **answer.values))
            return
        await self._send_digest(interaction, answer.digest, lang)

    async def _send_digest(self, interaction: discord.Interaction[Any], digest: Digest, lang: str) -> None:
        for message in render_messages(digest, lang):
            embeds = [discord.Embed.from_dict(e) for e in message["embeds"]]
            await interaction.followup.send(
                message["content"] or discord.utils.MISSING, embeds=embeds, allowed_mentions=NO_MENTIONS
            )

    async def subscribe(self, interaction: discord.Interaction[Any]) -> None:
        lang = await self.lang(interaction)
        if await self._refuse_unless_manager(interaction, lang):
            return
        subscription, changed = await asyncio.to_thread(self.subscriptions.subscribe, target_of(interaction), lang)
        key = "subscribe.done" if changed else "subscribe.already"
        await self._say(interaction, t(key, lang, schedule=schedule_sentence(subscription, lang)))

    async def unsubscribe(self, interaction: discord.Interaction[Any]) -> None:
        lang = await self.lang(interaction)
        if await self._refuse_unless_manager(interaction, lang):
            return
        done = await asyncio.to_thread(self.subscriptions.unsubscribe, target_of(interaction))
        await self._say(interaction, t("unsubscribe.done" if done else "unsubscribe.none", lang))

    async def settings(self, interaction: discord.Interaction[Any], changes: dict[str, str | None]) -> None:
        lang = await self.lang(interaction)
        wanted = {name: value for name, value in changes.items() if value is not None}
        if wanted:
            if await self._refuse_unless_manager(interaction, lang):
                return
            for name, value in wanted.items():  # `language` first: the answers that follow use it
                try:
                    await asyncio.to_thread(self.subscriptions.change_setting, target_of(interaction), name, value)
                except SettingError as exc:
                    await self._say(interaction, t(exc.key, lang, **exc.values), ephemeral=True)
                    return
                if name == "language":
                    lang = value.strip()
        await self._say(interaction, await self._settings_text(interaction, lang), ephemeral=not wanted)

    async def _settings_text(self, interaction: discord.Interaction[Any], lang: str) -> str:
        current = await asyncio.to_thread(self.subscriptions.subscription, target_of(interaction))
        return describe_settings(current, lang, "discord.settings_show")

    @staticmethod
    async def zone_choices(current: str) -> list[app_commands.Choice[str]]:
        needle = current.strip().lower().replace(" ", "_")
        names = sorted(n for n in zone_names() if needle in n.lower())
        return [app_commands.Choice(name=n, value=n) for n in names[:25]]

    def section_choices(self, current: str, lang: str) -> list[app_commands.Choice[str]]:
        """The sections to choose from as the reader types a comma-separated list: what is typed so far,
        followed by each section not in it yet (and `-`, for all of them)."""
        done, _, partial = current.rpartition(",")
        chosen = [part.strip() for part in done.split(",") if part.strip()]
        needle = partial.strip().casefold()
        prefix = ",".join(chosen) + ("," if chosen else "")
        choices = [app_commands.Choice(name=t("settings.button_all", lang), value="-")] if not chosen else []
        for slug in self.subscriptions.sections:
            name = section_name(slug, lang)
            if slug not in chosen and (needle in slug or needle in name.casefold()):
                value = prefix + slug
                label = f"{', '.join(section_name(c, lang) for c in chosen)}{', ' if chosen else ''}{name}"
                choices.append(app_commands.Choice(name=label[:100], value=value[:100]))
        return choices[:25]

    # registration ------------------------------------------------------------------------------------
    def register(self, tree: app_commands.CommandTree[Any]) -> None:
        """Add the commands to `tree`; the callbacks stay thin and call the methods above."""

        @tree.command(name="summary", description=_text("cmd.summary"))
        @app_commands.describe(n=_text("discord.opt_n"), url=_text("discord.opt_url"))
        async def summary(
            interaction: discord.Interaction[Any],
            n: app_commands.Range[int, 1, 20] | None = None,
            url: app_commands.Range[str, 1, 2048] | None = None,
        ) -> None:
            await self.summary(interaction, n, url)

        manage = discord.Permissions(manage_channels=True)

        @tree.command(name="search", description=_text("cmd.search"))
        @app_commands.describe(query=_text("discord.opt_query"))
        async def search(
            interaction: discord.Interaction[Any], query: app_commands.Range[str, 1, 200] | None = None
        ) -> None:
            await self.search(interaction, query)

        @tree.command(name="subscribe", description=_text("cmd.subscribe"))
        @app_commands.default_permissions(manage)
        @app_commands.guild_only()
        async def subscribe(interaction: discord.Interaction[Any]) -> None:
            await self.subscribe(interaction)

        @tree.command(name="unsubscribe", description=_text("cmd.unsubscribe"))
        @app_commands.default_permissions(manage)
        @app_commands.guild_only()
        async def unsubscribe(interaction: discord.Interaction[Any]) -> None:
            await self.unsubscribe(interaction)

        @tree.command(name="settings", description=_text("cmd.settings"))
        @app_commands.describe(
            cadence=_text("discord.opt_cadence"),
            time=_text("discord.opt_time"),
            sections=_text("discord.opt_sections"),
            timezone=_text("discord.opt_timezone"),
            language=_text("discord.opt_language"),
            include=_text("discord.opt_include"),
            exclude=_text("discord.opt_exclude"),
        )
        @app_commands.guild_only()
        async def settings(
            interaction: discord.Interaction[Any],
            cadence: Literal["instant", "daily"] | None = None,
            time: str | None = None,
            sections: str | None = None,
            timezone: str | None = None,
            language: Literal["vi", "en"] | None = None,
            include: str | None = None,
            exclude: str | None = None,
        ) -> None:
            # `language` first (the answers that follow use it); `cadence` after `time` (a time alone means
            # daily, an explicit cadence wins)
            changes = {
                "language": language, "time": time, "cadence": cadence, "sections": sections,
                "timezone": timezone, "include": include, "exclude": exclude,
            }  # fmt: skip
            await self.settings(interaction, changes)

        @settings.autocomplete("timezone")
        async def timezone_autocomplete(
            interaction: discord.Interaction[Any], current: str
        ) -> list[app_commands.Choice[str]]:
            return await self.zone_choices(current)

        @settings.autocomplete("sections")
        async def sections_autocomplete(
            interaction: discord.Interaction[Any], current: str
        ) -> list[app_commands.Choice[str]]:
            return self.section_choices(current[:300], await self.lang(interaction))

        @tree.error
        async def on_error(interaction: discord.Interaction[Any], error: app_commands.AppCommandError) -> None:
            log.error("discord command failed channel=%s", interaction.channel_id, exc_info=error)
            try:
                await self._say(interaction, t("error.generic", await self.lang(interaction)), ephemeral=True)
            except Exception:  # telling the reader is best effort; the error is logged above
                log.warning("channel=%s could not be told about the error", interaction.channel_id)
