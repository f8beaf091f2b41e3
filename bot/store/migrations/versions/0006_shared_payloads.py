"""Rendered payloads are stored once and shared: deliveries reference `payloads` by id.

Ten thousand subscribers who get the same digest in the same language share one stored payload, so the
outbox grows with distinct digests, not with subscribers. Rows queued before keep their own text in
`deliveries.payload`.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

from bot.store.models import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "payloads",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created", UTCDateTime(), nullable=False),
    )
    with op.batch_alter_table("deliveries") as batch:
        batch.add_column(
            sa.Column(
                "payload_id", sa.Integer(), sa.ForeignKey("payloads.id", name="fk_deliveries_payload_id"), nullable=True
            )
        )
        batch.alter_column("payload", existing_type=sa.Text(), nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_column("payload_id")
    op.drop_table("payloads")
