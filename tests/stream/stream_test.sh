#!/bin/bash
# stream_test.sh MIZAN CORPUS DOCS WORKERS [fault]: feed DOCS documents of CORPUS (.jsonl.gz) to the NATS
# cluster in $MIZAN_TEST_NATS, code them with WORKERS workers into $MIZAN_TEST_PG, and check that the
# database holds exactly what `mizan ingest` of the same documents stores in SQLite.
# With "fault": once a fifth of the documents are stored, kill -9 one worker and the NATS node that leads
# the workers' consumer (an election follows, fetches go unanswered for seconds); the workers' idle exit
# is shorter than that and than the ack wait, so a worker that took empty fetches for a drained stream
# would stop with documents owed (stop 33's CI failure).
# With "dead": the workers get a --max-doc-bytes that the 3 longest documents exceed; those must become
# dead letters (counted by the workers) and the rest must be stored as `mizan ingest` stores them.
# MIZAN_TEST_ACK_WAIT (default 4 s, short so the CI run recovers fast from the kill): raise it for big corpora.
# Run inside scripts/pg_test.sh and scripts/nats_cluster.sh (tests/stream.tests.cmake does).
# Exit 77 (skip) when the corpus is missing.
set -uo pipefail
m=$1 corpus=$2 docs=$3 workers=$4 mode=${5:-}
if [ ! -f "$corpus" ]; then
  echo "skip: no corpus at $corpus"
  exit 77
fi
t=$(mktemp -d)
wpids=()
cleanup() {
  for p in "${wpids[@]}"; do kill -9 "$p" 2>/dev/null; done
  rm -rf "$t"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*"
  for f in "$t"/*.log; do echo "== $f"; tail -20 "$f"; done
  exit 1
}
zcat "$corpus" | head -n "$docs" >"$t/sample.jsonl"
cp "$t/sample.jsonl" "$t/ref.jsonl"
limit_opt=()
expect_dead=0
if [ "$mode" = dead ]; then
  # The limit is one byte under the third-longest text; ref.jsonl keeps the documents under it.
  limit=$(python3 - "$t/sample.jsonl" "$t/ref.jsonl" <<'PY'
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
sizes = sorted((len(d["text"].encode()) for d in docs), reverse=True)
limit = sizes[2] - 1
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for d in docs:
        if len(d["text"].encode()) <= limit:
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
print(limit)
PY
) || fail "choosing the byte limit"
  limit_opt=(--max-doc-bytes "$limit")
  expect_dead=$((docs - $(wc -l <"$t/ref.jsonl")))
  echo "documents over $limit bytes of text: $expect_dead (expected as dead letters)"
fi

start=$(date +%s.%N)
# Exit 1 = some inputs were bad (the full ANT corpus has two articles with an empty text): they are
# reported, the rest is published, and `mizan ingest` skips the same ones below.
"$m" feed -q --nats "$MIZAN_TEST_NATS" "$t/sample.jsonl" 2>"$t/feed.log"
rc=$?
[ $rc -eq 0 ] || { [ $rc -eq 1 ] && grep -q "bad input" "$t/feed.log"; } || fail "feed"
published=$(sed -n 's/^mizan feed: \([0-9]*\) published.*/\1/p' "$t/feed.log")
# Published twice: JetStream's duplicate window keeps one copy.
"$m" feed -q --nats "$MIZAN_TEST_NATS" "$t/sample.jsonl" 2>"$t/feed2.log"
[ $? -eq $rc ] || fail "second feed"
grep -q "^mizan feed: 0 published, $published duplicates" "$t/feed2.log" || fail "second feed was not all duplicates"

idle_exit=12
[ "$mode" = fault ] && idle_exit=3
for ((i = 0; i < workers; i++)); do
  "$m" worker -q --nats "$MIZAN_TEST_NATS" --db "$MIZAN_TEST_PG" --batch 10 -j 1 --ack-wait "${MIZAN_TEST_ACK_WAIT:-4}" \
    --idle-exit $idle_exit "${limit_opt[@]}" 2>"$t/worker$i.log" &
  wpids+=($!)
done
if [ "$mode" = fault ]; then
  # In the middle (a fifth stored): the first worker dies with its batch unacknowledged (or half
  # committed), and the NATS node leading the consumer goes away with it, its share of the stream's
  # replicas and whatever clients it served.
  psql=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | tail -1)}/psql
  stored=0
  for ((w = 0; w < 600; w++)); do
    stored=$("$psql" -X -A -t -c "SELECT count(*) FROM documents" 2>/dev/null || echo 0)
    [ "${stored:-0}" -ge $((docs / 5)) ] && break
    sleep 0.1
  done
  nats_pids=($MIZAN_TEST_NATS_PIDS)
  leader=$(python3 - ${MIZAN_TEST_NATS_MONITOR:-} <<'PY'
import json, sys, urllib.request
# The consumer's leader as any live node reports it (/jsz); the last node when none answers.
for url in sys.argv[1:]:
    try:
        d = json.load(urllib.request.urlopen(url + "/jsz?consumers=true", timeout=2))
        for acc in d.get("account_details", []):
            for st in acc.get("stream_detail", []):
                for c in st.get("consumer_detail", []):
                    name = c.get("cluster", {}).get("leader", "")
                    if name.startswith("node"):
                        print(name[4:])
                        sys.exit(0)
    except Exception:
        pass
print(len(sys.argv) - 2)
PY
)
  [ "$leader" -ge 0 ] 2>/dev/null && [ "$leader" -lt ${#nats_pids[@]} ] || leader=$((${#nats_pids[@]} - 1))
  kill -9 "${wpids[0]}"
  kill -9 "${nats_pids[$leader]}"
  echo "killed worker ${wpids[0]} and NATS node$leader (pid ${nats_pids[$leader]}, the consumer's leader) with $stored of $docs documents stored"
fi
for ((i = 0; i < workers; i++)); do
  wait "${wpids[$i]}"
  rc=$?
  if [ "$mode" = fault ] && [ $i -eq 0 ]; then continue; fi
  # Exit 1 = some documents went to the dead letters: expected in "dead" mode.
  if [ "$mode" = dead ] && [ $rc -eq 1 ]; then continue; fi
  [ $rc -eq 0 ] || fail "worker $i exited $rc"
done
dead=$(cat "$t"/worker*.log | sed -n 's/.* \([0-9]*\) dead letters.*/\1/p' | awk '{ s += $1 } END { print s + 0 }')
[ "$dead" -eq "$expect_dead" ] || fail "$dead dead letters, expected $expect_dead"
end=$(date +%s.%N)

"$m" ingest -q --db "$t/ref.db" "$t/ref.jsonl" 2>"$t/ingest.log"
rc=$?
[ $rc -eq 0 ] || { [ $rc -eq 1 ] && grep -q "empty" "$t/ingest.log"; } || fail "reference ingest"
# Canonical ordered dump of documents and events from both stores (tests/stream/dump.py).
here=$(cd "$(dirname "$0")" && pwd)
psql=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | tail -1)}/psql
dump() {
  if [ "$1" = pg ]; then python3 "$here/dump.py" postgres "$psql"; else python3 "$here/dump.py" sqlite "$1"; fi
}
dump pg >"$t/stream.dump" || fail "export from PostgreSQL"
dump "$t/ref.db" >"$t/ref.dump" || fail "export from SQLite"
[ -s "$t/ref.dump" ] || fail "the reference stored no events"
if ! cmp -s "$t/stream.dump" "$t/ref.dump"; then
  diff "$t/stream.dump" "$t/ref.dump" | head -10
  fail "the streamed database differs from the single-node ingest"
fi
ndocs=$(grep -o '[0-9]* new' "$t/ingest.log" | head -1)
cat "$t"/worker*.log | grep "docs stored" | sed 's/^/  /'
python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'ok: {sys.argv[3]} docs ($dead dead letters) through {sys.argv[4]} workers in {s:.1f} s ({int(sys.argv[3])/s:.1f} docs/s incl. idle exit), $(wc -l <"$t/ref.dump") dump rows (documents + events) identical to mizan ingest ($ndocs docs)')" \
  "$start" "$end" "$docs" "$workers"
