"""The subscription use cases every platform shares: subscribe, unsubscribe, and change a setting.

One model for all platforms (ADR 0010): a subscription has a cadence (`daily` at one or more times in its
zone, or `instant`), sections (none: all), include and exclude keywords, and a language. Every value a
reader types goes through the same parsers here, so Telegram and Discord accept, refuse and explain in
the same words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from bot.core.domain import ChatTarget, Subscription
from bot.core.errors import ReaderInputError
from bot.core.i18n import LANGUAGES, t
from bot.core.ports import OutboxStore, SubscriptionStore
from bot.core.schedule_math import MAX_DIGEST_TIMES, is_time_zone, next_run, parse_times
from bot.core.sections import SectionError, describe_sections, parse_sections

log = logging.getLogger(__name__)
FIRST_DIGEST_WINDOW = timedelta(hours=24)
MAX_FILTER_WORDS = 20
SETTINGS = ("time", "timezone", "language", "include", "exclude", "sections", "cadence")
_CADENCES = {
    "instant": "instant", "tuc-thi": "instant", "tức thì": "instant", "ngay": "instant", "alert": "instant",
    "daily": "daily", "hang-ngay": "daily", "hằng ngày": "daily", "hàng ngày": "daily", "digest": "daily",
}  # fmt: skip


class SettingError(ReaderInputError):
    """A settings value a reader typed that cannot be used; `key` names the i18n sentence to answer."""


def parse_words(text: str) -> tuple[str, ...]:
    """Comma-separated plain words or phrases; `-` or empty clears. No patterns: words are matched as words."""
    if text.strip() in ("", "-"):
        return ()
    words = tuple(dict.fromkeys(" ".join(w.split()) for w in text.split(",") if w.strip()))
    if len(words) > MAX_FILTER_WORDS or any(len(w) > 60 or not w.isprintable() for w in words):
        raise SettingError("settings.bad_words", limit=MAX_FILTER_WORDS)
    return words


def describe_settings(current: Subscription | None, lang: str, key: str = "settings.show") -> str:
    """A chat's settings as plain text (`key` chooses the platform's wording of how to change them), or
    the hint to subscribe first."""
    if current is None:
        return t("settings.need_subscription", lang)
    none = t("settings.none", lang)
    cadence = (
        t("settings.cadence_instant", lang)
        if current.cadence == "instant"
        else t("settings.cadence_daily", lang, times=", ".join(current.digest_times))
    )
    return t(
        key,
        lang,
        cadence=cadence,
        zone=current.timezone,
        language=lang,
        sections=describe_sections(current.sections, lang, t("settings.all_sections", lang)),
        include=", ".join(current.include) or none,
        exclude=", ".join(current.exclude) or none,
    )


def schedule_sentence(subscription: Subscription, lang: str) -> str:
    """When the subscription's news arrives, as the end of a sentence (`mỗi ngày lúc 08:00 (Asia/…)`)."""
    if subscription.cadence == "instant":
        return t("schedule.instant", lang)
    return t("schedule.daily", lang, time=", ".join(subscription.digest_times), zone=subscription.timezone)


class SubscriptionService:
    """Subscriptions and their settings, for every chat platform."""

    def __init__(
        self,
        store: SubscriptionStore,
        outbox: OutboxStore,
        *,
        default_time: str,
        default_zone: str,
        sections: Sequence[str],
        clock: Callable[[], datetime],
    ) -> None:
        self.store = store
        self._outbox = outbox
        self._default_times = parse_times(default_time)
        self._default_zone = default_zone
        self.sections = tuple(sections)  # the configured section slugs, in order
        self._clock = clock

    def language(self, platform: str, chat_id: str, fallback: str = "vi") -> str:
        return self.store.language(platform, chat_id) or fallback

    def subscribe(self, target: ChatTarget, language: str) -> tuple[Subscription, bool]:
        """Start (or restart) the chat's subscription; a restarted one keeps its settings."""
        now = self._clock()
        existing = self.store.get(target)
        times, zone = (
            (existing.digest_times, existing.timezone) if existing else (self._default_times, self._default_zone)
        )
        defaults = Subscription(
            id=0,
            target=target,
            language=language,
            digest_times=times,
            timezone=zone,
            next_due=next_run(times, zone, now),
            last_digest_at=now - FIRST_DIGEST_WINDOW,
        )
        return self.store.upsert(target, defaults, now)

    def unsubscribe(self, target: ChatTarget) -> bool:
        return self.store.deactivate(target)

    def chat_gone(self, target: ChatTarget, reason: str) -> None:
        """The platform says the chat blocked or removed the bot: stop writing to it."""
        self._outbox.fail_chat(target, reason)
        log.warning(
            "platform=%s chat=%s is gone, subscription deactivated: %s", target.platform, target.chat_id, reason
        )

    def subscription(self, target: ChatTarget) -> Subscription | None:
        found = self.store.get(target)
        return found if found and found.active else None

    def change_setting(self, target: ChatTarget, name: str, value: str) -> Subscription | None:
        """Apply one typed setting. Language works without a subscription; the others need one."""
        value = value.strip()
        if name == "language":
            if value not in LANGUAGES:
                raise SettingError("settings.bad_language")
            self.store.set_language(target.platform, target.chat_id, value)
            return self.subscription(target)
        current = self.subscription(target)
        if current is None:
            raise SettingError("settings.need_subscription")
        changed = self._changed(current, name, value)
        now = self._clock()
        changed = replace(changed, next_due=next_run(changed.digest_times, changed.timezone, now))
        saved = self.store.save(changed)
        if changed.cadence == "instant" and current.cadence != "instant":
            self.store.start_window(saved.id, now)  # alerts start with what arrives from now on
        return saved

    def _changed(self, current: Subscription, name: str, value: str) -> Subscription:
        if name == "time":
            try:
                times = parse_times(value)
            except ValueError:
                raise SettingError("settings.bad_time", limit=MAX_DIGEST_TIMES) from None
            return replace(current, digest_times=times, cadence="daily")
        if name == "timezone":
            if not is_time_zone(value):
                raise SettingError("settings.bad_timezone", zone=value[:64])
            return replace(current, timezone=value)
        if name == "include":
            return replace(current, include=parse_words(value))
        if name == "exclude":
            return replace(current, exclude=parse_words(value))
        if name == "sections":
            try:
                return replace(current, sections=parse_sections(value, self.sections))
            except SectionError as exc:
                known = ", ".join(self.sections)
                raise SettingError("settings.bad_section", section=exc.unknown, known=known) from None
        if name == "cadence":
            cadence = _CADENCES.get(value.casefold())
            if cadence is None:
                raise SettingError("settings.bad_cadence")
            return replace(current, cadence="instant" if cadence == "instant" else "daily")
        raise SettingError("settings.unknown")

    def toggle_section(self, target: ChatTarget, section: str) -> Subscription | None:
        """A section button: add the section, or take it out (all sections when the last one goes)."""
        current = self.subscription(target)
        if current is None:
            raise SettingError("settings.need_subscription")
        if section not in self.sections:
            raise SettingError("settings.bad_section", section=section[:40], known=", ".join(self.sections))
        chosen = set(current.sections)
        chosen ^= {section}
        if set(self.sections) <= chosen:
            chosen = set()
        ordered = tuple(s for s in self.sections if s in chosen)
        return self.store.save(replace(current, sections=ordered))
