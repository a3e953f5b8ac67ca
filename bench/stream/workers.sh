#!/bin/bash
# workers.sh MIZAN CORPUS DOCS "1 2 4": documents/s of `mizan worker` for each worker count, one NATS
# server and a throw-away PostgreSQL per run. Time = first fetch to last commit (the workers' idle exit,
# 2 s, is taken off). Run: bench/stream/workers.sh build/mizan ../shared/corpora/ant-multisource/ant-multisource.jsonl.gz 600 "1 2 4"
set -uo pipefail
m=$(realpath "$1") corpus=$2 docs=$3 counts=${4:-"1 2 4"}
root=$(cd "$(dirname "$0")/../.." && pwd)
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
zcat "$corpus" | head -n "$docs" >"$t/sample.jsonl"
for k in $counts; do
  "$root/scripts/pg_test.sh" "$root/scripts/nats_cluster.sh" -n 1 bash -c '
    m=$1 k=$2 t=$3 docs=$4
    "$m" feed -q --nats "$MIZAN_TEST_NATS" "$t/sample.jsonl" 2>/dev/null || exit 1
    start=$(date +%s.%N)
    pids=()
    for ((i = 0; i < k; i++)); do
      "$m" worker -q --nats "$MIZAN_TEST_NATS" --db "$MIZAN_TEST_PG" --batch 20 -j 1 --idle-exit 2 2>"$t/w$i.log" &
      pids+=($!)
    done
    wait "${pids[@]}"
    end=$(date +%s.%N)
    python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1])-2; print(f\"workers={sys.argv[3]} docs={sys.argv[4]} seconds={s:.1f} docs_per_s={int(sys.argv[4])/s:.1f}\")" "$start" "$end" "$k" "$docs"
  ' bench "$m" "$k" "$t" "$docs"
done
