#!/bin/sh
# Installs this PIU Desk folder for the current user: the program in
# ~/.local/opt/piu-desk-<version>, a `piu-desk` command in ~/.local/bin, the menu entry and
# its icon. Needs no administrator. The store (~/.local/share/piu-desk) is never touched;
# to remove PIU Desk, delete those three paths and the menu entry, not the store.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
name=$(basename "$here")
data="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/opt/$name"
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$data/applications" \
         "$data/icons/hicolor/scalable/apps"
if [ "$here" != "$target" ]; then
  rm -rf "$target"
  cp -a "$here" "$target"
fi
ln -sf "$target/piu-desk" "$HOME/.local/bin/piu-desk"
cp "$here/piu-desk.svg" "$data/icons/hicolor/scalable/apps/piu-desk.svg"
sed "s|^Exec=piu-desk|Exec=$target/piu-desk|" "$here/piu-desk.desktop" \
  > "$data/applications/piu-desk.desktop"
echo "PIU Desk installed in $target; it is in the applications menu and runs as piu-desk."
echo "Check it with: $target/piu-desk --self-test"
