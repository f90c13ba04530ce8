#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one command on a private Xvfb display (Qt 3D crashes under QT_QPA_PLATFORM=offscreen,
# and CI has no display). Xvfb picks a free display number itself, so tests may run in parallel.
set -euo pipefail
command -v Xvfb >/dev/null || { echo "run-with-xvfb: Xvfb is not installed (packaging/install-deps.sh)" >&2; exit 1; }

fifo_dir=$(mktemp -d)
trap 'kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; rm -rf "$fifo_dir"' EXIT
mkfifo "$fifo_dir/display"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp +extension GLX 3>"$fifo_dir/display" 2>"$fifo_dir/xvfb.log" &
xvfb_pid=$!
read -r -t 20 display_number <"$fifo_dir/display" || { cat "$fifo_dir/xvfb.log" >&2; exit 1; }

export DISPLAY=":$display_number"
export QT_QPA_PLATFORM=xcb
export LIBGL_ALWAYS_SOFTWARE=1
"$@"
