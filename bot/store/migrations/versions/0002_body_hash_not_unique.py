"""The body hash stops being unique: two items that share a short teaser are two stories.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from bot.store.models import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _stories_without_unique_hash() -> sa.Table:
    """The stories table as it is after this revision, for SQLite's copy-and-rename rebuild."""
    return sa.Table(
        "stories",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("source", sa.String(2048), nullable=False),
        sa.Column("url", sa.String(2048)),
        sa.Column("url_key", sa.String(2048), unique=True),
        sa.Column("guid", sa.String(2048), unique=True),
        sa.Column("body_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("published", UTCDateTime()),
        sa.Column("first_seen", UTCDateTime(), nullable=False),
        sa.Index("ix_stories_first_seen", "first_seen"),
    )


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite cannot drop a constraint: batch mode rebuilds the table from the definition given here.
        with op.batch_alter_table("stories", recreate="always", copy_from=_stories_without_unique_hash()):
            pass
    else:
        op.drop_constraint("stories_body_hash_key", "stories", type_="unique")
    op.create_index("ix_stories_body_hash", "stories", ["body_hash"])


def downgrade() -> None:
    op.drop_index("ix_stories_body_hash", "stories")
    with op.batch_alter_table("stories") as batch:
        batch.create_unique_constraint("uq_stories_body_hash", ["body_hash"])
