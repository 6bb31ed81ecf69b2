"""One version, read everywhere: desktop.__version__ is the single source for
the package metadata, `techledger --version`, the changelog, the bundle's
build and smoke scripts and the Windows installer."""

from __future__ import annotations

import importlib.util
import json
import re
import tomllib
from pathlib import Path

import pytest
from packaging.version import Version

from desktop import __version__
from desktop.__main__ import main
from desktop.db.migrate import head_revision

ROOT = Path(__file__).resolve().parents[2]


def _load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_version_is_pep440():
    assert str(Version(__version__)) == __version__


def test_pyproject_takes_the_version_from_the_package():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in pyproject["project"]["dynamic"]
    assert "version" not in pyproject["project"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "desktop.__version__"}


def test_version_flag_prints_version_and_schema(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"TechLedger {__version__} (schema {head_revision()})"


def test_version_flag_as_json(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--json", "--version"])
    assert stop.value.code == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["version"] == __version__
    assert answer["frozen"] is False  # the tests run from source


def test_changelog_has_a_section_for_this_version():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## \[{re.escape(__version__)}\]", changelog, re.MULTILINE)


def test_build_and_smoke_scripts_read_the_same_version():
    assert _load(ROOT / "installer" / "build.py").version() == __version__
    assert _load(ROOT / "installer" / "smoke_test.py").expected_version() == __version__


def test_installer_script_does_not_hard_code_a_version():
    iss = (ROOT / "installer" / "windows" / "techledger.iss").read_text(encoding="utf-8")
    assert re.search(r"^AppVersion=\{#AppVersion\}$", iss, re.MULTILINE)
    assert __version__ not in iss.split("[Setup]", 1)[1]


def test_the_quick_head_read_from_the_files_is_alembics_head():
    # `techledger version` reads the migration files without Alembic.
    from desktop.db.migrate import known_revisions
    from desktop.db.revisions import shipped_head, shipped_revisions

    assert shipped_head() == head_revision()
    assert set(shipped_revisions()) == known_revisions()
