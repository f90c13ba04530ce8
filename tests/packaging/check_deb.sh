#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack, unpacks it with dpkg -x and runs the packaged programs from it.
# Usage: check_deb.sh BUILD_DIR
set -euo pipefail
build_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build_dir" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
echo "package: $(basename "$deb")"

depends=$(dpkg-deb -f "$deb" Depends)
echo "depends: $depends"
for lib in libqt6core6 libqt6widgets6 libsqlite3-0; do
    grep -q "$lib" <<<"$depends" || { echo "missing dependency $lib" >&2; exit 1; }
done

dpkg -x "$deb" "$work/root"
for f in usr/bin/taktflow usr/bin/taktflow-cli usr/share/applications/org.taktflow.Taktflow.desktop \
         usr/share/metainfo/org.taktflow.Taktflow.metainfo.xml usr/share/mime/packages/taktflow.xml \
         usr/share/icons/hicolor/scalable/apps/org.taktflow.Taktflow.svg; do
    [ -e "$work/root/$f" ] || { echo "package lacks $f" >&2; exit 1; }
done

cli="$work/root/usr/bin/taktflow-cli"
"$cli" --help | grep -q "Commands:"
"$cli" new "$work/sample.taktflow" --sample
"$cli" validate "$work/sample.taktflow"
"$cli" info "$work/sample.taktflow" --json | grep -q '"name": "Cell layout"'
QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/taktflow" --version | grep -q taktflow
echo "packaged taktflow-cli and taktflow run"
