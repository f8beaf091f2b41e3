"""Persistence: SQLAlchemy models, one repository per port (stories, feeds, subscriptions, the outbox,
leases), and Alembic migrations."""
