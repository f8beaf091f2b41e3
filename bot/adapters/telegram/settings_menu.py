"""`/settings` on Telegram: typed (`/settings sections kinh-te,lien-trieu`) and with buttons that show the
chat's current choices (a ✓ on each chosen section and on the cadence) and change one thing each.

Typed values and buttons go through the same core parsers as Discord's options, so they are accepted,
refused and explained in the same words. Button data is `set:<name>:<value>`, well under Telegram's 64
bytes: section buttons toggle one section, the others set a value.
"""

from __future__ import annotations

from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode

from bot.adapters.telegram.common import NO_PREVIEW, ChatCommands, Context, chat_target, is_admin, off_loop, reply
from bot.core.domain import ChatTarget, Subscription
from bot.core.i18n import t
from bot.core.sections import section_name
from bot.core.subscriptions import SettingError, describe_settings

SETTING_NAMES = {
    "time": "time", "times": "time", "gio": "time", "giờ": "time",
    "timezone": "timezone", "tz": "timezone", "zone": "timezone",
    "language": "language", "lang": "language", "ngon_ngu": "language",
    "include": "include", "exclude": "exclude",
    "sections": "sections", "section": "sections", "chuyen_muc": "sections", "chuyên_mục": "sections",
    "cadence": "cadence", "mode": "cadence",
}  # fmt: skip
TIME_BUTTONS = ("06:00", "07:00", "08:00", "12:00", "18:00", "21:00")
CHOSEN = "✓ "


class SettingsMenu(ChatCommands):
    """`/settings` and its buttons."""

    async def settings(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message is None:
            return
        args = context.args or []
        target = chat_target(update)
        if args:
            if not await self.admin_or_say_so(update, context):
                return
            name = SETTING_NAMES.get(args[0].lower(), args[0].lower())
            try:
                await off_loop(self.subscriptions.change_setting, target, name, " ".join(args[1:]))
            except SettingError as exc:  # the values are the reader's own words: escaped once, with the rest
                await reply(message, escape(t(exc.key, await self.lang(update), **exc.values)))
                return
        text, markup = await self._view(update, target)
        await reply(message, text, markup)

    async def _view(self, update: Update, target: ChatTarget) -> tuple[str, InlineKeyboardMarkup]:
        lang = await self.lang(update)
        current = await off_loop(self.subscriptions.subscription, target)
        return escape(describe_settings(current, lang)), self.keyboard(current, lang)

    def keyboard(self, current: Subscription | None, lang: str) -> InlineKeyboardMarkup:
        """Language, daily times, cadence and sections; what is chosen now carries a ✓."""

        def mark(chosen: bool, label: str) -> str:
            return CHOSEN + label if chosen else label

        languages = [
            InlineKeyboardButton(mark(lang == "vi", "Tiếng Việt"), callback_data="set:language:vi"),
            InlineKeyboardButton(mark(lang == "en", "English"), callback_data="set:language:en"),
        ]
        times = current.digest_times if current is not None and current.cadence == "daily" else ()
        time_buttons = [InlineKeyboardButton(mark(v in times, v), callback_data=f"set:time:{v}") for v in TIME_BUTTONS]
        instant = current is not None and current.cadence == "instant"
        cadence = [
            InlineKeyboardButton(
                mark(instant, t("settings.button_instant", lang)), callback_data="set:cadence:instant"
            ),
            InlineKeyboardButton(
                mark(not instant, t("settings.button_daily", lang)), callback_data="set:cadence:daily"
            ),
        ]
        chosen = current.sections if current is not None else ()
        sections = [
            InlineKeyboardButton(mark(slug in chosen, section_name(slug, lang)), callback_data=f"set:section:{slug}")
            for slug in self.subscriptions.sections
        ]
        rows = [languages, time_buttons[:3], time_buttons[3:], cadence]
        rows.extend(sections[i : i + 2] for i in range(0, len(sections), 2))
        if sections:
            everything = InlineKeyboardButton(
                mark(not chosen, t("settings.button_all", lang)), callback_data="set:sections:-"
            )
            rows.append([everything])
        return InlineKeyboardMarkup(rows)

    async def settings_button(self, update: Update, context: Context) -> None:
        query = update.callback_query
        if query is None or not query.data or not query.data.startswith("set:"):
            return
        _, name, value = [*query.data.split(":", 2), "", ""][:3]
        if not await is_admin(update, context):
            await query.answer(t("admin.only", await self.lang(update)), show_alert=True)
            return
        target = chat_target(update)
        try:
            if name == "section":
                await off_loop(self.subscriptions.toggle_section, target, value)
            else:
                await off_loop(self.subscriptions.change_setting, target, name, value)
        except SettingError as exc:
            await query.answer(t(exc.key, await self.lang(update), **exc.values), show_alert=True)
            return
        await query.answer(t("settings.saved", await self.lang(update)))
        text, markup = await self._view(update, target)
        await query.edit_message_text(
            text, parse_mode=ParseMode.HTML, reply_markup=markup, link_preview_options=NO_PREVIEW
        )
