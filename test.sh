#!/usr/bin/env bash
# Run every check TechLedger has (set-up included): ruff, the import-layer
# contracts, then the whole pytest suite (unit, db on SQLite and PostgreSQL,
# documents, GUI offscreen). Extra arguments go to pytest.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
"$ROOT/scripts/bootstrap.sh"
cd "$ROOT"
.venv/bin/ruff check desktop tests benchmarks scripts
.venv/bin/lint-imports
exec .venv/bin/python -m pytest "$@"
