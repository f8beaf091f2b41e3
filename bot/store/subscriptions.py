"""Subscriptions and chat settings in SQL: who gets digests, when, in which language, with which filters."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.core.domain import ChatTarget, Subscription
from bot.store.database import Database, upsert
from bot.store.models import ChatSettingsRow, SubscriptionRow


def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in text.split("\n") if w)


def _times(text: str) -> tuple[str, ...]:
    return tuple(t for t in (part.strip() for part in text.split(",")) if t) or ("08:00",)


def _target(platform: str, chat_id: str, thread_id: int) -> ChatTarget:
    return ChatTarget(platform, chat_id, thread_id or None)  # 0 stores "no topic" in a NOT NULL column


def _subscription(row: SubscriptionRow) -> Subscription:
    return Subscription(
        id=row.id,
        target=_target(row.platform, row.chat_id, row.thread_id),
        language=row.language,
        digest_times=_times(row.digest_times),
        timezone=row.timezone,
        include=_words(row.include_words),
        exclude=_words(row.exclude_words),
        sections=_words(row.sections),
        cadence="instant" if row.cadence == "instant" else "daily",
        active=row.active,
        next_due=row.next_due,
        last_digest_at=row.last_digest_at,
    )


class SqlSubscriptions:
    """The `SubscriptionStore` port: who gets digests, when, and in which language."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _row(self, s: Session, target: ChatTarget) -> SubscriptionRow | None:
        return s.scalars(
            select(SubscriptionRow).where(
                SubscriptionRow.platform == target.platform,
                SubscriptionRow.chat_id == target.chat_id,
                SubscriptionRow.thread_id == (target.thread_id or 0),
            )
        ).first()

    def get(self, target: ChatTarget) -> Subscription | None:
        with self._db.session() as s:
            row = self._row(s, target)
            return _subscription(row) if row else None

    def upsert(self, target: ChatTarget, defaults: Subscription, now: datetime) -> tuple[Subscription, bool]:
        """Activate (or create) the chat's subscription; returns it and whether anything changed."""
        try:
            with self._db.session() as s:
                row = self._row(s, target)
                if row is not None and row.active:
                    return _subscription(row), False
                if row is None:
                    row = SubscriptionRow(
                        platform=target.platform,
                        chat_id=target.chat_id,
                        thread_id=target.thread_id or 0,
                        language=defaults.language,
                        digest_times=",".join(defaults.digest_times),
                        timezone=defaults.timezone,
                        include_words="",
                        exclude_words="",
                        sections="",
                        cadence=defaults.cadence,
                        created=now,
                    )
                    s.add(row)
                row.active = True
                row.next_due = defaults.next_due
                row.last_digest_at = row.last_digest_at or defaults.last_digest_at
                s.flush()
                return _subscription(row), True
        except IntegrityError:  # a concurrent /subscribe won the race
            found = self.get(target)
            assert found is not None
            return found, False

    def save(self, subscription: Subscription) -> Subscription:
        """Write the editable settings and schedule of an existing subscription."""
        with self._db.session() as s:
            row = s.get(SubscriptionRow, subscription.id)
            if row is None:
                raise LookupError(f"subscription {subscription.id} is gone")
            row.language = subscription.language
            row.digest_times = ",".join(subscription.digest_times)
            row.timezone = subscription.timezone
            row.include_words = "\n".join(subscription.include)
            row.exclude_words = "\n".join(subscription.exclude)
            row.sections = "\n".join(subscription.sections)
            row.cadence = subscription.cadence
            row.active = subscription.active
            row.next_due = subscription.next_due
            return _subscription(row)

    def start_window(self, subscription_id: int, at: datetime) -> None:
        """The next digest covers stories first seen from `at` on (an instant subscription starts now,
        not with a day's worth of stories)."""
        with self._db.session() as s:
            s.execute(update(SubscriptionRow).where(SubscriptionRow.id == subscription_id).values(last_digest_at=at))

    def deactivate(self, target: ChatTarget) -> bool:
        with self._db.session() as s:
            result = s.execute(
                update(SubscriptionRow)
                .where(
                    SubscriptionRow.platform == target.platform,
                    SubscriptionRow.chat_id == target.chat_id,
                    SubscriptionRow.active.is_(True),
                )
                .values(active=False)
            )
            return bool(getattr(result, "rowcount", 0))

    def due(self, now: datetime, *, force: bool = False) -> list[Subscription]:
        """Active daily subscriptions whose next digest is due (every active one with `force`)."""
        query = (
            select(SubscriptionRow)
            .where(SubscriptionRow.active.is_(True), SubscriptionRow.cadence != "instant")
            .order_by(SubscriptionRow.id)
        )
        if not force:
            query = query.where(SubscriptionRow.next_due <= now)
        with self._db.session() as s:
            return [_subscription(r) for r in s.scalars(query)]

    def instant(self) -> list[Subscription]:
        """Active subscriptions that get each new story as it arrives."""
        query = (
            select(SubscriptionRow)
            .where(SubscriptionRow.active.is_(True), SubscriptionRow.cadence == "instant")
            .order_by(SubscriptionRow.id)
        )
        with self._db.session() as s:
            return [_subscription(r) for r in s.scalars(query)]

    # chat language -----------------------------------------------------------------------------------
    def language(self, platform: str, chat_id: str) -> str | None:
        with self._db.session() as s:
            row = s.get(ChatSettingsRow, (platform, chat_id))
            return row.language if row else None

    def set_language(self, platform: str, chat_id: str, language: str) -> None:
        with self._db.session() as s:
            upsert(s, ChatSettingsRow, {"platform": platform, "chat_id": chat_id, "language": language})
            s.execute(
                update(SubscriptionRow)
                .where(SubscriptionRow.platform == platform, SubscriptionRow.chat_id == chat_id)
                .values(language=language)
            )
