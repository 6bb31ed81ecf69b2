"""A background loop that takes SQLite's write lock over and over must let a
save from another thread of the same process in, instead of starving it
until the busy timeout."""

from __future__ import annotations

import threading
import time

from sqlalchemy import text

from desktop.app import open_database
from desktop.db.engine import let_waiting_writers_go
from desktop.db.session import unit_of_work
from desktop.models import WorkType

ROUNDS = 60


def test_a_save_gets_in_between_background_writes(tmp_path):
    db = open_database(str(tmp_path / "fair.db"))
    try:
        with unit_of_work(db.sessions) as s:
            s.add(WorkType(code="remote", name="Remote"))
        rounds_done = [0]
        started = threading.Event()

        def background() -> None:
            for _ in range(ROUNDS):
                let_waiting_writers_go()
                with unit_of_work(db.sessions) as s:
                    s.execute(text("UPDATE work_types SET name = name"))
                    started.set()
                    time.sleep(0.03)  # the lock is held as a draft would hold it
                rounds_done[0] += 1

        worker = threading.Thread(target=background)
        worker.start()
        started.wait(5)
        with unit_of_work(db.sessions) as s:
            s.execute(text("UPDATE work_types SET name = 'Remote work'"))
        saved_after = rounds_done[0]
        worker.join()
        # Without the courtesy the save waits for the whole loop (or times out).
        assert saved_after < ROUNDS // 2
    finally:
        db.close()
