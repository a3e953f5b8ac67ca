#!/usr/bin/env python3
"""dump.py sqlite FILE | dump.py postgres: the stored documents and events as sorted tab-separated lines.

The same query runs on both stores (PostgreSQL through psql and the PG* variables pg_test.sh exports), so
two databases hold the same documents and events exactly when their dumps are equal. Row ids, coding
times and canonical-event links (which depend on the order documents arrived in) are left out; floats
are compared at 0.1 precision.
"""
import sqlite3
import subprocess
import sys

DOCS = "SELECT 'doc', id, content_hash, coalesce(published, ''), coalesce(outlet, '') FROM documents"
EVENTS = """SELECT 'event', doc_id, sentence, coalesce(trigger_start, -1), coalesce(trigger_end, -1),
  coalesce(source_code, ''), coalesce(target_code, ''), coalesce(broker_code, ''), cameo,
  coalesce(plover, ''), CAST(round(coalesce(goldstein, 0) * 10) AS integer), coalesce(quad_class, 0),
  CASE WHEN negated THEN 1 ELSE 0 END, coalesce(certainty, ''), coalesce(attribution_kind, ''),
  coalesce(date_value, ''), coalesce(location_name, '') FROM events"""


def rows(kind, target):
    out = []
    if kind == "sqlite":
        db = sqlite3.connect(target)
        for q in (DOCS, EVENTS):
            out += ["\t".join(str(v) for v in r) for r in db.execute(q)]
    else:
        for q in (DOCS, EVENTS):
            res = subprocess.run([target, "-X", "-A", "-t", "-F", "\t", "-c", q], capture_output=True, text=True,
                                 check=True)
            out += [line for line in res.stdout.split("\n") if line]
    return sorted(out)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    print("\n".join(rows(sys.argv[1], sys.argv[2])))
