"""The outbox keeps what each platform sends: `deliveries.text` becomes `deliveries.payload`.

A Telegram payload is the message's HTML; a Discord payload is the message as JSON (content and embeds).

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("deliveries") as batch:
        batch.alter_column("text", new_column_name="payload")


def downgrade() -> None:
    with op.batch_alter_table("deliveries") as batch:
        batch.alter_column("payload", new_column_name="text")
