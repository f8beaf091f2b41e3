"""SQLAlchemy table definitions: the database is newsbot's source of truth across restarts."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, returns aware UTC: SQLite has no zones and PostgreSQL must not apply the session's."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class FeedRow(Base):
    __tablename__ = "feeds"

    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(128))
    last_success: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    failures: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt: Mapped[datetime | None] = mapped_column(UTCDateTime())
    lease_owner: Mapped[str | None] = mapped_column(String(64))  # the instance polling it right now
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime())


class LeaseRow(Base):
    """A named lease (the Telegram long-polling one): one holder at a time, lost when `until` passes."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    owner: Mapped[str] = mapped_column(String(64))
    until: Mapped[datetime] = mapped_column(UTCDateTime())


class StoryRow(Base):
    __tablename__ = "stories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(String(2048))
    url: Mapped[str | None] = mapped_column(String(2048))
    url_key: Mapped[str | None] = mapped_column(String(2048), unique=True)
    guid: Mapped[str | None] = mapped_column(String(2048), unique=True)
    body_hash: Mapped[str] = mapped_column(String(64), index=True)  # not unique: see dedupe.identifying
    title: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(16))
    published: Mapped[datetime | None] = mapped_column(UTCDateTime())
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    # Title and body folded (accent- and case-free), as full-text search reads them: the migration that
    # adds it indexes it with SQLite FTS5 (`stories_fts`) or a PostgreSQL tsvector (`search_vector`).
    search_text: Mapped[str | None] = mapped_column(Text)


class StorySectionRow(Base):
    """A KBS section whose feed carried the story; one story may be in several."""

    __tablename__ = "story_sections"
    __table_args__ = (Index("ix_story_sections_section", "section"),)

    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True)
    section: Mapped[str] = mapped_column(String(32), primary_key=True)


class SeedFileRow(Base):
    """Which story a seed file produced, so an edited file updates its story instead of adding one."""

    __tablename__ = "seed_files"

    path: Mapped[str] = mapped_column(String(1024), primary_key=True)
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    body_hash: Mapped[str] = mapped_column(String(64))


class SummaryRow(Base):
    __tablename__ = "summaries"

    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True)
    version: Mapped[str] = mapped_column(String(32))
    data: Mapped[str] = mapped_column(Text)


class SubscriptionRow(Base):
    __tablename__ = "subscriptions"
    __table_args__ = (UniqueConstraint("platform", "chat_id", "thread_id", name="uq_subscription_target"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    platform: Mapped[str] = mapped_column(String(16))
    chat_id: Mapped[str] = mapped_column(String(64))
    thread_id: Mapped[int] = mapped_column(Integer, default=0)
    language: Mapped[str] = mapped_column(String(8), default="vi")
    digest_times: Mapped[str] = mapped_column(Text, default="08:00")  # comma-separated HH:MM
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Ho_Chi_Minh")
    include_words: Mapped[str] = mapped_column(Text, default="")
    exclude_words: Mapped[str] = mapped_column(Text, default="")
    sections: Mapped[str] = mapped_column(Text, default="")  # section slugs, one per line; empty: all
    cadence: Mapped[str] = mapped_column(String(8), default="daily")  # daily | instant
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    next_due: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    last_digest_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created: Mapped[datetime] = mapped_column(UTCDateTime())


class ChatSettingsRow(Base):
    """Per-chat preferences (language) that exist before or without a subscription."""

    __tablename__ = "chat_settings"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    chat_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), default="vi")


class DigestRow(Base):
    __tablename__ = "digests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    subscription_id: Mapped[int | None] = mapped_column(ForeignKey("subscriptions.id", ondelete="SET NULL"))
    window_start: Mapped[datetime | None] = mapped_column(UTCDateTime())
    window_end: Mapped[datetime] = mapped_column(UTCDateTime())
    story_ids: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(UTCDateTime())
    claimed_by: Mapped[str | None] = mapped_column(String(64))  # the sender working on its parts
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())  # lease, or retry-not-before


class PayloadRow(Base):
    """A rendered message as its platform sends it (Telegram HTML, Discord JSON), stored once and shared
    by every delivery of the same digest text."""

    __tablename__ = "payloads"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    body: Mapped[str] = mapped_column(Text)
    created: Mapped[datetime] = mapped_column(UTCDateTime())


class DeliveryRow(Base):
    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("digest_id", "part", name="uq_delivery_part"),
        Index("ix_deliveries_status", "status"),
        Index("ix_deliveries_platform_status", "platform", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    digest_id: Mapped[int] = mapped_column(ForeignKey("digests.id", ondelete="CASCADE"))
    part: Mapped[int] = mapped_column(Integer)
    platform: Mapped[str] = mapped_column(String(16))
    chat_id: Mapped[str] = mapped_column(String(64))
    thread_id: Mapped[int] = mapped_column(Integer, default=0)
    payload: Mapped[str | None] = mapped_column(Text)  # rows queued before payloads were shared
    payload_id: Mapped[int | None] = mapped_column(ForeignKey("payloads.id", name="fk_deliveries_payload_id"))
    # pending → sending (committed just before the platform call) → sent, or failed with last_error
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
