"""Digests can be claimed by one sender at a time: `claimed_by` and `claimed_until` (a lease).

Several processes share one outbox: a sender claims whole digests (their parts go out in order), and a
claim that outlives its lease (the sender died) can be taken by another.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from bot.store.models import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("digests") as batch:
        batch.add_column(sa.Column("claimed_by", sa.String(64)))
        batch.add_column(sa.Column("claimed_until", UTCDateTime()))
    op.create_index("ix_deliveries_platform_status", "deliveries", ["platform", "status"])


def downgrade() -> None:
    op.drop_index("ix_deliveries_platform_status", "deliveries")
    with op.batch_alter_table("digests") as batch:
        batch.drop_column("claimed_until")
        batch.drop_column("claimed_by")
