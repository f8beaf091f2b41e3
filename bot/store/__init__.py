"""Persistence: SQLAlchemy models, the repository behind the `Store` port, and Alembic migrations."""
