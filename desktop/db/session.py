"""Units of work: one Session per user action, committed by the action."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from .engine import READ_ONLY_OPTION


def session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: the window keeps showing the values it saved
    # without a lazy reload on a closed session.
    return sessionmaker(bind=engine, expire_on_commit=False, future=True)


@contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """Commit on success, roll back on any error, always close.

    Queries and repositories never commit; the action that opens the unit of
    work owns the transaction."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@contextmanager
def read_only(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session for reading; whatever it did is rolled back. On SQLite it
    takes no write lock, so lists stay readable while another copy writes."""
    engine = factory.kw["bind"]
    session = factory(bind=engine.execution_options(**{READ_ONLY_OPTION: True}))
    try:
        yield session
    finally:
        session.rollback()
        session.close()
