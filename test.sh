#!/usr/bin/env bash
# Run every check TechLedger has (set-up included): ruff (lint and format),
# mypy over the floors below the views (configured in pyproject.toml), the
# import-layer contracts, then the whole pytest suite (unit, db on SQLite and PostgreSQL,
# documents, GUI offscreen). Extra arguments go to pytest.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
"$ROOT/scripts/bootstrap.sh"
cd "$ROOT"
.venv/bin/ruff check desktop tests benchmarks scripts
.venv/bin/ruff format --check desktop tests benchmarks scripts installer
.venv/bin/mypy
.venv/bin/lint-imports
exec .venv/bin/python -m pytest "$@"
