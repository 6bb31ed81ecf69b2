"""Alembic environment. The app passes its own connection in
`config.attributes["connection"]` so the upgrade runs inside the caller's
single transaction; the developer command line (alembic -c desktop/db/alembic.ini)
builds one from the URL instead."""

from alembic import context
from sqlalchemy import Connection, create_engine

from desktop.db.schema_filter import include_name
from desktop.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        context.run_migrations()
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("alembic: set sqlalchemy.url (or pass a connection)")
    engine = create_engine(url)
    with engine.begin() as connection:
        _configure(connection)
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("TechLedger migrations run online only")
run_migrations_online()
