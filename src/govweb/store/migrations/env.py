"""Alembic environment: runs on the connection govweb.store.migrate hands over (or on a URL, offline)."""

from __future__ import annotations

from alembic import context

from govweb.store.models import Base

config = context.config
connection = config.attributes.get("connection")


def _run() -> None:
    if context.is_offline_mode():  # SQL script for a DBA: python -c "...command.upgrade(cfg, 'head', sql=True)"
        context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=Base.metadata,
                          literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    if connection is None:
        raise RuntimeError("run migrations through govweb.store.migrate (upgrade_to_head)")
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


_run()
