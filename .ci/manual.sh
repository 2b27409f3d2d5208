#!/usr/bin/env bash
# The manual page is generated from the command definitions (swift-argument-parser's
# generate-manual plugin), so it cannot drift from --help. `.ci/manual.sh --write`
# refreshes docs/man/idash.1; without it, this fails when the committed page is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
swift package --allow-writing-to-package-directory generate-manual --date 2026-12-02 \
    --authors "IndustryDash developers" --configuration debug >/dev/null
generated=.build/plugins/GenerateManual/outputs/idash/idash.1
if [ "${1:-}" = "--write" ]; then
    mkdir -p docs/man && cp "$generated" docs/man/idash.1 && echo "wrote docs/man/idash.1"
elif diff -u docs/man/idash.1 "$generated"; then
    echo "ok: docs/man/idash.1 matches the commands"
else
    echo "FAIL: docs/man/idash.1 is stale: run .ci/manual.sh --write" >&2
    exit 1
fi
