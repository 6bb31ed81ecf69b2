#!/usr/bin/env bash
# Set up everything TechLedger needs on a Debian/Ubuntu machine, idempotently:
# Qt's system libraries, Xvfb and poppler-utils from apt (only what is
# missing), then a virtual environment in .venv with the project and its test
# and build (PyInstaller) extras. Sourced by ./techledger.sh and ./test.sh;
# safe to run again.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PYTHON="${PYTHON:-python3}"

# Qt widgets (offscreen and xcb), fonts, screenshots and PDF checks.
APT_PACKAGES=(
  libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0 fonts-dejavu-core
  libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1
  libxkbcommon-x11-0 libxcb-randr0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-glx0
  xvfb xauth poppler-utils python3-venv
  # The bundle (installer/build.py): PyInstaller reads and strips libraries
  # (binutils); installer/icu_trim.py cuts Qt's ICU data (icupkg, gcc).
  binutils icu-devtools gcc
)

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || { echo "bootstrap: not a Debian-like system; install Qt's libraries, Xvfb and poppler-utils yourself" >&2; return 0; }
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "bootstrap: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_python_packages() {
  [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
  # Reinstall only when pyproject.toml changed since the last install.
  local stamp="$VENV/.techledger-installed"
  if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -e "$ROOT[test,build]"
    touch "$stamp"
  fi
}

install_system_packages
install_python_packages
