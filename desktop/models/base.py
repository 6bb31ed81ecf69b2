"""Declarative base and the column conventions every entity shares.

Conventions (they hold for every table):
- Money is an integer of minor units (`*_minor`), in the currency named on the
  owning record. Never float.
- Durations are integer minutes; distances integer metres; quantities integer
  thousandths (`*_milli`); rates and multipliers integer basis points
  (`*_bp`, 10000 = 100 % or 1.0x).
- Date-times are the shop's local wall-clock time, stored without a zone:
  after-hours, weekend and holiday rules are about the local clock.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar, cast

from sqlalchemy import DateTime, Integer, MetaData, Table, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Stable constraint names: Alembic batch mode on SQLite needs them to alter or
# drop a constraint, and PostgreSQL and SQLite then agree on every name.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    if TYPE_CHECKING:
        # Every entity here is declared with its columns, so its __table__ is a
        # Table (DeclarativeBase only promises a FromClause): insert/update on it
        # and `.c`/`.name` then type-check.
        __table__: ClassVar[Table]


class IdMixin:
    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class TimestampMixin:
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, nullable=False, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime,
        nullable=False,
        server_default=func.current_timestamp(),
        onupdate=func.current_timestamp(),
    )


class VersionedMixin:
    """Optimistic concurrency: SQLAlchemy adds `WHERE version = :seen` to every
    UPDATE and raises StaleDataError when another user saved first, so the
    second save of a shared record is refused instead of overwriting."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:  # noqa: N805 - SQLAlchemy's signature
        # `cls` is the mapped class (a Base) by the time SQLAlchemy calls this.
        return {"version_id_col": cast("type[Base]", cls).__table__.c.version}
