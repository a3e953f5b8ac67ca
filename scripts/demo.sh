#!/usr/bin/env bash
# The main job: set up, build, code the bundled example articles into mizan.db (SQLite), show the result.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
rm -f mizan.db
build/mizan ingest examples/ --db mizan.db
echo
echo "== Events (first 15) =="
sqlite3 -header -separator '  ' mizan.db "SELECT doc_id AS doc, source_code AS source, cameo, target_code AS target, CASE negated WHEN 1 THEN 'negated' ELSE certainty END AS claim, substr(trigger_text,1,40) AS trigger FROM events ORDER BY doc_id, id LIMIT 15" 2>/dev/null \
  || build/mizan code examples/ | head -15
echo
echo "== Strongest relations =="
build/mizan dyads --db mizan.db --top 10
