#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package Taktflow needs to build, test and run.
# The list lives here and only here; the README's two commands and CI call this script.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # fuzzing (libFuzzer) for tests/fuzz/run-fuzzers.sh in the test command
  clang libclang-rt-14-dev
  # Qt 6.4: widgets, 3D, SVG, print support, linguist tools, test
  qt6-base-dev qt6-base-dev-tools qt6-3d-dev qt6-3d-defaultgeometryloader-plugin qt6-3d-gltfsceneio-plugin qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev qt6-qpa-plugins libgl-dev
  # geometry, graphs, persistence, CAD exchange
  libboost-dev libboost-graph-dev libsqlite3-dev libdxflib-dev
  # headless GUI tests, software OpenGL, fonts, PDF checks, desktop-file checks
  xvfb xauth libgl1-mesa-dri fonts-dejavu-core fonts-noto-cjk poppler-utils
  desktop-file-utils appstream libxml2-utils sqlite3 dpkg-dev
  # benchmarks: the SimPy 3 model that bench_simulation compares the simulation engine with
  python3-simpy3
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
