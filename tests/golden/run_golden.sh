#!/usr/bin/env bash
# Golden tests: `mizan dump` of each tests/golden/cases/NAME.txt must equal NAME.expected.
# Usage: run_golden.sh MIZAN_BINARY [--update]
#   --update rewrites the .expected files from the current output (review the diff before committing).
set -uo pipefail
BIN=$1; UPDATE=${2:-}
DIR="$(cd "$(dirname "$0")" && pwd)/cases"
PUBLISHED=2021-06-15   # every case is read as if published that day
fail=0; n=0
for in in "$DIR"/*.txt; do
  name=$(basename "$in" .txt); exp="$DIR/$name.expected"; n=$((n+1))
  out=$("$BIN" dump "$in" --published "$PUBLISHED" 2>&1)
  if [ "$UPDATE" = "--update" ]; then
    printf '%s\n' "$out" > "$exp"; echo "updated $name"; continue
  fi
  if [ ! -f "$exp" ]; then echo "MISSING $exp (run with --update)"; fail=1; continue; fi
  if ! diff -u "$exp" <(printf '%s\n' "$out") > /tmp/golden_diff.$$; then
    echo "FAIL $name"; head -40 /tmp/golden_diff.$$; fail=1
  fi
done
rm -f /tmp/golden_diff.$$
echo "golden: $n cases"
exit $fail
