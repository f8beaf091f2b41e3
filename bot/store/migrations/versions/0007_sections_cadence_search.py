"""Sections, cadence and search: stories tagged with the sections that carried them, subscriptions with
several daily times, an instant cadence and chosen sections, and full-text search over stories.

Existing rows are kept: each subscription's one `digest_time` becomes its `digest_times`; every stored
story gets its folded `search_text`, and the index is built over it (SQLite FTS5 with triggers that keep
it in step; on PostgreSQL a generated tsvector column with a GIN index, no extension needed).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

from bot.summarizer.text import fold

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None
BATCH = 500

SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE stories_fts USING fts5(search_text, content='stories', content_rowid='id')",
    "CREATE TRIGGER stories_fts_insert AFTER INSERT ON stories BEGIN "
    "INSERT INTO stories_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER stories_fts_delete AFTER DELETE ON stories BEGIN "
    "INSERT INTO stories_fts(stories_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER stories_fts_update AFTER UPDATE OF search_text ON stories BEGIN "
    "INSERT INTO stories_fts(stories_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO stories_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO stories_fts(stories_fts) VALUES ('rebuild')",
)
POSTGRES_SEARCH = (
    "ALTER TABLE stories ADD COLUMN search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', coalesce(search_text, ''))) STORED",
    "CREATE INDEX ix_stories_search_vector ON stories USING gin (search_vector)",
    "ANALYZE stories",  # the planner's word statistics from the start, not after autovacuum's first pass
)


def _fold_stories() -> None:
    """Every stored story's folded title and body, a batch at a time (a large store must not be read at once)."""
    connection = op.get_bind()
    stories = sa.table("stories", sa.column("id"), sa.column("title"), sa.column("body"), sa.column("search_text"))
    last = 0
    while True:
        rows = connection.execute(
            sa.select(stories.c.id, stories.c.title, stories.c.body)
            .where(stories.c.id > last)
            .order_by(stories.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        for story_id, title, body in rows:
            connection.execute(
                stories.update()
                .where(stories.c.id == story_id)
                .values(search_text=fold(f"{title or ''}\n{body or ''}"))
            )
        last = rows[-1][0]


def upgrade() -> None:
    with op.batch_alter_table("subscriptions") as batch:
        batch.add_column(sa.Column("digest_times", sa.Text(), nullable=False, server_default="08:00"))
        batch.add_column(sa.Column("cadence", sa.String(8), nullable=False, server_default="daily"))
        batch.add_column(sa.Column("sections", sa.Text(), nullable=False, server_default=""))
    op.execute("UPDATE subscriptions SET digest_times = digest_time")
    with op.batch_alter_table("subscriptions") as batch:
        batch.drop_column("digest_time")
    op.create_table(
        "story_sections",
        sa.Column("story_id", sa.Integer(), sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("section", sa.String(32), primary_key=True),
    )
    op.create_index("ix_story_sections_section", "story_sections", ["section"])
    op.add_column("stories", sa.Column("search_text", sa.Text(), nullable=True))
    _fold_stories()
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_SEARCH if dialect == "sqlite" else POSTGRES_SEARCH if dialect == "postgresql" else ():
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trigger in ("stories_fts_insert", "stories_fts_delete", "stories_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS stories_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_stories_search_vector")
        op.execute("ALTER TABLE stories DROP COLUMN IF EXISTS search_vector")
    with op.batch_alter_table("stories") as batch:
        batch.drop_column("search_text")
    op.drop_index("ix_story_sections_section", "story_sections")
    op.drop_table("story_sections")
    with op.batch_alter_table("subscriptions") as batch:
        batch.add_column(sa.Column("digest_time", sa.String(5), nullable=False, server_default="08:00"))
    op.execute("UPDATE subscriptions SET digest_time = substr(digest_times, 1, 5)")
    with op.batch_alter_table("subscriptions") as batch:
        batch.drop_column("digest_times")
        batch.drop_column("cadence")
        batch.drop_column("sections")
