#!/bin/sh
# Packs dist/piu-desk/ (from `make dist`) as dist/piu-desk-<version>-linux-<arch>.tar.gz:
# one folder piu-desk-<version>/ with the program, the .desktop file, the icon and
# install.sh, which puts it in the officer's own folders (no administrator needed).
set -eu
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' piu_desk/__init__.py)
test -n "$version" && test -x dist/piu-desk/piu-desk
arch=$(uname -m)
name="piu-desk-$version"
stage=build/tarball
rm -rf "$stage" && mkdir -p "$stage/$name"
cp -a dist/piu-desk/. "$stage/$name/"
cp packaging/piu-desk.desktop resources/piu-desk.svg packaging/linux/install.sh "$stage/$name/"
chmod +x "$stage/$name/install.sh"
tarball="dist/$name-linux-$arch.tar.gz"
tar -C "$stage" --owner=0 --group=0 --numeric-owner -czf "$tarball" "$name"
rm -rf "$stage"
echo "$tarball ($(du -h "$tarball" | cut -f1))"
