#!/bin/bash
# pg_writers_test.sh MIZAN CORPUS DOCS WRITERS: WRITERS `mizan ingest` processes write disjoint shares of
# DOCS documents of CORPUS (.jsonl.gz) into one PostgreSQL ($MIZAN_TEST_PG) at once, in small batches.
# The documents are every 10th of the corpus' first 10*DOCS, so that their events fall in many months:
# each batch needs month partitions of `events` that may not exist yet, and all batches update the same
# summary rows. Passes when every writer succeeds, the server logged no deadlock and no lock timeout, and
# the database holds exactly what one `mizan ingest` of the same documents stores in SQLite.
# (Before the fix, partitions were created inside the batch transactions and held the events table to
# commit, and summary rows were locked in no common order: writers deadlocked or timed out.)
# Run inside scripts/pg_test.sh (tests/pg.tests.cmake does). Exit 77 (skip) when the corpus is missing.
set -uo pipefail
m=$1 corpus=$2 docs=$3 writers=$4
if [ ! -f "$corpus" ]; then
  echo "skip: no corpus at $corpus"
  exit 77
fi
t=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null; done
  rm -rf "$t"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*"
  for f in "$t"/*.log; do echo "== $f"; tail -5 "$f"; done
  [ -f "$PGHOST/server.log" ] && { echo "== server log"; grep -E 'ERROR|DETAIL' "$PGHOST/server.log" | head -20; }
  exit 1
}
# Documents with an empty text are refused by every ingest alike; keep them out of the comparison.
zcat "$corpus" | head -n $((docs * 10)) | awk 'NR % 10 == 1' | grep -v '"text": *""' >"$t/all.jsonl"
for ((i = 0; i < writers; i++)); do
  awk -v n="$writers" -v i="$i" '(NR - 1) % n == i' "$t/all.jsonl" >"$t/part$i.jsonl"
done
start=$(date +%s.%N)
for ((i = 0; i < writers; i++)); do
  "$m" ingest -q -j 1 --batch 5 --busy-timeout 60 --db "$MIZAN_TEST_PG" "$t/part$i.jsonl" 2>"$t/writer$i.log" &
  pids+=($!)
done
failed=0
for ((i = 0; i < writers; i++)); do
  wait "${pids[$i]}" || failed=$((failed + 1))
done
end=$(date +%s.%N)
pids=()
psql=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | tail -1)}/psql
partitions=$("$psql" -X -A -t -c "SELECT count(*) FROM pg_inherits WHERE inhparent = 'events'::regclass" 2>/dev/null)
deadlocks=$(grep -c 'deadlock detected' "$PGHOST/server.log" 2>/dev/null)
timeouts=$(grep -c 'canceling statement due to lock timeout' "$PGHOST/server.log" 2>/dev/null)
echo "$writers writers, $(wc -l <"$t/all.jsonl") documents: $failed writers failed, ${deadlocks:-?} deadlocks," \
  "${timeouts:-?} lock timeouts in the server log, ${partitions:-?} partitions of events"
[ "$failed" -eq 0 ] || fail "$failed of $writers writers failed"
[ "${deadlocks:-1}" -eq 0 ] || fail "the server broke $deadlocks deadlocks"
[ "${timeouts:-1}" -eq 0 ] || fail "$timeouts lock timeouts"
[ "${partitions:-0}" -gt 10 ] || fail "only ${partitions:-?} partitions: the sample does not span many months"

"$m" ingest -q --db "$t/ref.db" "$t/all.jsonl" 2>"$t/ingest.log" || fail "reference ingest"
here=$(cd "$(dirname "$0")" && pwd)
python3 "$here/dump.py" postgres "$psql" >"$t/pg.dump" || fail "export from PostgreSQL"
python3 "$here/dump.py" sqlite "$t/ref.db" >"$t/ref.dump" || fail "export from SQLite"
[ -s "$t/ref.dump" ] || fail "the reference stored nothing"
if ! cmp -s "$t/pg.dump" "$t/ref.dump"; then
  diff "$t/pg.dump" "$t/ref.dump" | head -10
  fail "the concurrent writers stored something else than one ingest"
fi
python3 -c "import sys; print(f'ok: {sys.argv[3]} rows (documents + events) identical to one ingest; writers took {float(sys.argv[2]) - float(sys.argv[1]):.1f} s')" \
  "$start" "$end" "$(wc -l <"$t/ref.dump")"
