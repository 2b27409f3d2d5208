#!/usr/bin/env bash
# End-to-end test of the width probe: the real binary in a pty that answers its cursor
# query as a terminal drawing box characters two cells wide would, one cell wide, late, or
# never; and with --no-detect and --ascii, where no query may be sent. The screen (rebuilt
# with pyte) is compared row by row with `idash snapshot`. See e2e-width.py.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 path/to/idash" >&2; exit 2; }
exec python3 "$(dirname "$0")/e2e-width.py" "$1"
