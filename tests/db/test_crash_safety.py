"""A small run of benchmarks/crash_stress.py: the worker is SIGKILLed at
random moments while it writes; after every kill the database must be whole
(the full run, 200+ kills, is the benchmark)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "crash_stress.py"


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_writers_leave_no_half_written_record(tmp_path):
    spec = importlib.util.spec_from_file_location("crash_stress", SCRIPT)
    stress = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(stress)
    path = str(tmp_path / "stress.db")
    kills, checks, problems = stress.run(8, path, seed=5)
    assert (kills, checks) == (8, 8)
    assert problems == []
    assert stress.violations(path) == []
