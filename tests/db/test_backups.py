"""Backups: complete and checked, rotated 7/4/12, restorable only when sound."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from desktop.app import open_database
from desktop.db.backup import (
    BackupCancelled,
    BackupError,
    BackupFile,
    backup_if_due,
    backup_sqlite,
    backups_to_keep,
    list_backups,
    rotate,
)
from desktop.db.migrate import known_revisions
from desktop.db.restore import restore_sqlite
from desktop.db.session import unit_of_work
from tests import factories


@pytest.fixture
def shop_file(tmp_path):
    path = tmp_path / "shop.db"
    db = open_database(str(path))
    with unit_of_work(db.sessions) as s:
        factories.shop(s)
        factories.client(s, name="Kept Client AB")
    db.close()
    return path


def _client_names(path):
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("SELECT name FROM clients ORDER BY id")]


def test_a_backup_is_complete_even_with_uncheckpointed_wal(shop_file, tmp_path):
    writer = sqlite3.connect(shop_file)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")  # keep the new row in the -wal file
    writer.execute(
        "INSERT INTO clients (name, country, currency, document_language,"
        " payment_terms_days, show_raw_time, notes, archived, version, street,"
        " postcode, city) VALUES ('Only In WAL', 'SE', 'SEK', 'en', 30, 0, '', 0,"
        " 1, '', '', '')"
    )
    writer.commit()
    copy = backup_sqlite(shop_file, tmp_path / "backups", "manual")
    writer.close()
    assert _client_names(copy) == ["Kept Client AB", "Only In WAL"]
    assert not list((tmp_path / "backups").glob("*.partial"))


def test_a_cancelled_backup_leaves_no_file(shop_file, tmp_path):
    with pytest.raises(BackupCancelled):
        backup_sqlite(shop_file, tmp_path / "b", "manual", cancelled=lambda: True)
    assert list((tmp_path / "b").iterdir()) == []


def test_rotation_keeps_7_daily_4_weekly_12_monthly():
    start = dt.datetime(2026, 11, 29, 9)
    backups = [
        BackupFile(path=f"b{n}", taken_at=start - dt.timedelta(days=n), reason="auto")
        for n in range(400)
    ]
    kept = backups_to_keep(backups)
    days_back = sorted(int(str(path)[1:]) for path in kept)
    # 7 newest days; the newest of 4 ISO weeks; the newest of 12 months.
    assert days_back[:7] == [0, 1, 2, 3, 4, 5, 6]
    assert {7, 14} <= set(days_back)  # Sundays 22 and 15 November: newest of their weeks
    assert 29 in days_back and 60 in days_back  # 31 October, 30 September
    assert len(kept) == len(set(days_back)) and len(kept) <= 7 + 4 + 12
    assert max(days_back) < 366


def test_automatic_backup_at_most_daily_and_safety_copies_never_rotated(shop_file, tmp_path):
    folder = tmp_path / "backups"
    monday = dt.datetime(2026, 11, 30, 8)
    for day in range(30):
        backup_if_due(shop_file, folder, now=monday + dt.timedelta(days=day))
        assert (
            backup_if_due(shop_file, folder, now=monday + dt.timedelta(days=day, hours=3)) is None
        )
    backup_sqlite(shop_file, folder, "before-migration", now=monday)
    rotate(folder)
    reasons = [b.reason for b in list_backups(folder)]
    assert reasons.count("before-migration") == 1
    assert 7 <= reasons.count("auto") <= 7 + 4 + 12 < 30


def test_restore_checks_the_file_and_keeps_the_current_data(shop_file, tmp_path):
    copy = backup_sqlite(shop_file, tmp_path / "backups", "manual")
    db = open_database(str(shop_file))
    with unit_of_work(db.sessions) as s:
        factories.client(s, name="Added After Backup")
    db.close()
    safety = restore_sqlite(shop_file, copy, known_revisions())
    assert _client_names(shop_file) == ["Kept Client AB"]
    assert _client_names(safety) == ["Kept Client AB", "Added After Backup"]


@pytest.mark.parametrize("damage", ["not_sqlite", "not_techledger", "too_new", "corrupt"])
def test_unsound_files_are_not_restored(shop_file, tmp_path, damage):
    bad = tmp_path / "bad.db"
    if damage == "not_sqlite":
        bad.write_text("name,amount\nAcme,12\n")
    elif damage == "not_techledger":
        sqlite3.connect(bad).execute("CREATE TABLE t (x)").connection.close()
    else:
        bad.write_bytes(backup_sqlite(shop_file, tmp_path / "b", "manual").read_bytes())
        with sqlite3.connect(bad) as conn:
            if damage == "too_new":
                conn.execute("UPDATE alembic_version SET version_num = 'future'")
        if damage == "corrupt":
            data = bytearray(bad.read_bytes())
            data[4096 * 3 : 4096 * 3 + 200] = b"\xff" * 200  # scribble over a b-tree page
            bad.write_bytes(bytes(data))
    before = shop_file.read_bytes()
    with pytest.raises(BackupError):
        restore_sqlite(shop_file, bad, known_revisions())
    assert shop_file.read_bytes() == before
