#!/bin/bash
# Browser tests: builds a demo database, starts `mizan serve`, drives headless Chromium through the page.
#   run.sh MIZAN_BINARY SOURCE_DIR ARTIFACT_DIR [SHARED_DIR]
# Exit 77 (ctest: skipped) when Chromium or Node is missing; `npm ci` runs when node_modules is missing.
set -euo pipefail
mizan=$1 src=$2 out=$3 shared=${4:-$src/../shared}
command -v node >/dev/null || { echo "browser tests: node not found; skipped"; exit 77; }
[ -x /usr/bin/chromium ] || { echo "browser tests: /usr/bin/chromium not found; skipped"; exit 77; }
if [ ! -d "$src/web/node_modules/playwright-core" ]; then
  (cd "$src/web" && npm ci --no-audit --no-fund --loglevel=error)
fi
rm -rf "$out" && mkdir -p "$out"
inputs=("$src/examples")
[ -f "$shared/eval/seed/article.txt" ] && inputs+=("$shared/eval/seed/article.txt")
"$mizan" ingest "${inputs[@]}" --published 2021-12-15 --db "$out/demo.db" --quiet
exec node "$src/tests/browser/run.mjs" --mizan "$mizan" --db "$out/demo.db" --web "$src/web/dist" --out "$out" \
  --seed "$shared/eval/seed/article.txt"
