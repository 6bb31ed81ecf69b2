#!/bin/sh
# Install TechLedger for the current user, no root needed:
#   ~/.local/opt/techledger/              the program (replaced on upgrade)
#   ~/.local/bin/techledger, techledger-cli   links to start it
#   ~/.local/share/applications/techledger.desktop   the menu entry
#   ~/.local/share/icons/hicolor/256x256/apps/techledger.png
#
#   ./install.sh              install or upgrade
#   ./install.sh --uninstall  remove the program; your data stays
#
# Your database and backups live in ~/.local/share/TechLedger/ and are never
# touched by this script, neither on upgrade nor on uninstall.
set -eu

HERE="$(cd "$(dirname "$0")" && pwd)"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
PREFIX="$HOME/.local/opt/techledger"
BIN="$HOME/.local/bin"
DESKTOP_FILE="$DATA_HOME/applications/techledger.desktop"
ICON_FILE="$DATA_HOME/icons/hicolor/256x256/apps/techledger.png"

refresh_menus() {
  command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 &&
    gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$PREFIX"
  for name in techledger techledger-cli; do
    # Only our own links, never a file of the same name put there by someone else.
    if [ -L "$BIN/$name" ] && [ "$(readlink "$BIN/$name")" = "$PREFIX/$name" ]; then
      rm -f "$BIN/$name"
    fi
  done
  rm -f "$DESKTOP_FILE" "$ICON_FILE"
  refresh_menus
  echo "TechLedger removed. Your data is still in $DATA_HOME/TechLedger/."
  exit 0
fi

[ -x "$HERE/techledger/techledger" ] || { echo "install.sh: run it from the unpacked tarball" >&2; exit 1; }

mkdir -p "$(dirname "$PREFIX")" "$BIN" "$(dirname "$DESKTOP_FILE")" "$(dirname "$ICON_FILE")"
# Copy next to the old version first, then swap, so a failed copy leaves the
# installed program as it was.
rm -rf "$PREFIX.new"
cp -a "$HERE/techledger" "$PREFIX.new"
rm -rf "$PREFIX"
mv "$PREFIX.new" "$PREFIX"

ln -sfn "$PREFIX/techledger" "$BIN/techledger"
ln -sfn "$PREFIX/techledger-cli" "$BIN/techledger-cli"
cp "$HERE/techledger.png" "$ICON_FILE"
# The menu entry starts the program by its full path: ~/.local/bin is not on
# every desktop session's PATH.
sed -e "s|^Exec=.*|Exec=\"$PREFIX/techledger\"|" -e "s|^TryExec=.*|TryExec=$PREFIX/techledger|" \
  "$HERE/techledger.desktop" >"$DESKTOP_FILE"
chmod 644 "$DESKTOP_FILE"
refresh_menus

echo "TechLedger $("$PREFIX/techledger-cli" --version 2>/dev/null | sed 's/^TechLedger //') installed in $PREFIX"
case ":$PATH:" in
  *":$BIN:"*) echo "Start it from your menu, or type: techledger" ;;
  *) echo "Start it from your menu, or type: $BIN/techledger (add $BIN to PATH for plain 'techledger')" ;;
esac
