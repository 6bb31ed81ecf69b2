#!/usr/bin/env bash
# Start TechLedger (set-up included). `./techledger.sh --demo` opens a demo shop.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
"$ROOT/scripts/bootstrap.sh"
exec "$ROOT/.venv/bin/python" -m desktop "$@"
