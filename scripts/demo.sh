#!/usr/bin/env bash
# The main job: set up, build, code the bundled example articles into mizan.db (SQLite), show the
# result, and serve the web page over it (the last line printed is the page's address).
# MIZAN_PORT picks the port (default 8080); MIZAN_NO_SERVE=1 skips the server.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
rm -f mizan.db mizan.db-wal mizan.db-shm
build/mizan ingest examples/ --db mizan.db
echo
echo "== Events (first 15) =="
sqlite3 -header -separator '  ' mizan.db "SELECT doc_id AS doc, source_code AS source, cameo, target_code AS target, CASE negated WHEN 1 THEN 'negated' ELSE certainty END AS claim, substr(trigger_text,1,40) AS trigger FROM events ORDER BY doc_id, id LIMIT 15" 2>/dev/null \
  || build/mizan code examples/ | head -15
echo
echo "== Strongest relations =="
build/mizan dyads --db mizan.db --top 10
[[ "${MIZAN_NO_SERVE:-}" == 1 ]] && exit 0

# The page: a server left running in the background over the demo database.
PORT=${MIZAN_PORT:-8080}
if [[ -f mizan-serve.pid ]] && kill -0 "$(cat mizan-serve.pid)" 2>/dev/null; then
  kill "$(cat mizan-serve.pid)" 2>/dev/null || true  # an earlier demo's server holds the port
  sleep 0.5
fi
nohup build/mizan serve --db mizan.db --port "$PORT" >mizan-serve.log 2>&1 &
echo $! >mizan-serve.pid
for _ in $(seq 50); do
  grep -q "http://" mizan-serve.log 2>/dev/null && break
  kill -0 "$(cat mizan-serve.pid)" 2>/dev/null || { cat mizan-serve.log >&2; exit 3; }
  sleep 0.1
done
echo
echo "== The page (network, timelines, evidence, paste an article); stop it with: kill $(cat mizan-serve.pid) =="
echo "http://127.0.0.1:${PORT}/"
