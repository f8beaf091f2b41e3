"""Leases: one instance at a time polls a feed, and one takes Telegram updates.

`feeds.lease_owner` / `lease_until` mark who polls a feed now; `leases` holds named leases such as the
Telegram long-polling one. A holder that dies loses its lease when `until` passes.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from bot.store.models import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        batch.add_column(sa.Column("lease_owner", sa.String(64)))
        batch.add_column(sa.Column("lease_until", UTCDateTime()))
    op.create_table(
        "leases",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("owner", sa.String(64), nullable=False),
        sa.Column("until", UTCDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("leases")
    with op.batch_alter_table("feeds") as batch:
        batch.drop_column("lease_until")
        batch.drop_column("lease_owner")
