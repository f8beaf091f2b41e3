"""Initial schema: feeds, stories, seed files, summaries, subscriptions, chat settings, digests, deliveries.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from bot.store.models import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("url", sa.String(2048), primary_key=True),
        sa.Column("etag", sa.String(512)),
        sa.Column("last_modified", sa.String(128)),
        sa.Column("last_success", UTCDateTime()),
        sa.Column("last_error", sa.Text()),
        sa.Column("last_error_at", UTCDateTime()),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("next_attempt", UTCDateTime()),
    )
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("source", sa.String(2048), nullable=False),
        sa.Column("url", sa.String(2048)),
        sa.Column("url_key", sa.String(2048), unique=True),
        sa.Column("guid", sa.String(2048), unique=True),
        sa.Column("body_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("title", sa.Text()),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("published", UTCDateTime()),
        sa.Column("first_seen", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_stories_first_seen", "stories", ["first_seen"])
    op.create_table(
        "seed_files",
        sa.Column("path", sa.String(1024), primary_key=True),
        sa.Column("story_id", sa.Integer(), sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
        sa.Column("body_hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "summaries",
        sa.Column("story_id", sa.Integer(), sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("version", sa.String(32), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
    )
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("chat_id", sa.String(64), nullable=False),
        sa.Column("thread_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("digest_time", sa.String(5), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("include_words", sa.Text(), nullable=False),
        sa.Column("exclude_words", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("next_due", UTCDateTime()),
        sa.Column("last_digest_at", UTCDateTime()),
        sa.Column("created", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("platform", "chat_id", "thread_id", name="uq_subscription_target"),
    )
    op.create_index("ix_subscriptions_next_due", "subscriptions", ["next_due"])
    op.create_table(
        "chat_settings",
        sa.Column("platform", sa.String(16), primary_key=True),
        sa.Column("chat_id", sa.String(64), primary_key=True),
        sa.Column("language", sa.String(8), nullable=False),
    )
    op.create_table(
        "digests",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("subscription_id", sa.Integer(), sa.ForeignKey("subscriptions.id", ondelete="SET NULL")),
        sa.Column("window_start", UTCDateTime()),
        sa.Column("window_end", UTCDateTime(), nullable=False),
        sa.Column("story_ids", sa.Text(), nullable=False),
        sa.Column("created", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("digest_id", sa.Integer(), sa.ForeignKey("digests.id", ondelete="CASCADE"), nullable=False),
        sa.Column("part", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("chat_id", sa.String(64), nullable=False),
        sa.Column("thread_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text()),
        sa.Column("created", UTCDateTime(), nullable=False),
        sa.Column("sent_at", UTCDateTime()),
        sa.UniqueConstraint("digest_id", "part", name="uq_delivery_part"),
    )
    op.create_index("ix_deliveries_status", "deliveries", ["status"])


def downgrade() -> None:
    for table in (
        "deliveries",
        "digests",
        "chat_settings",
        "subscriptions",
        "summaries",
        "seed_files",
        "stories",
        "feeds",
    ):
        op.drop_table(table)
