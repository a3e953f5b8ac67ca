#!/usr/bin/env python3
"""Kill/resume test for `mizan ingest`: SIGKILL at random points, then resume, must give the same
database as one clean run (nothing lost, nothing stored twice).

  resume_test.py --mizan BIN --corpus FILE.jsonl.gz [--docs 300] [--kills 3] [--seed N]

Takes the first --docs articles of the corpus (exit 77 = skipped when it is missing), ingests them once
cleanly into a.db, then into b.db with --kills SIGKILLs at random moments of the run, each followed by
a restart of the same command, and a last run to the end. Both databases are dumped canonically (every
table, every column but timestamps, rows sorted) and must be identical.
"""
import argparse
import gzip
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time


def fail(msg):
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


# Columns that point at another table's surrogate key: compared through a natural key of the row they
# point at (the surrogate numbers depend on the order rows came and went, e.g. a document replaced twice
# after a kill, once before).
REFERENCES = {("events", "canonical_id"): ("canonical_events", "rep_event")}


def canonical_dump(path):
    """Every user table, columns in schema order minus timestamps (*_at) and surrogate integer keys,
    references translated to natural keys, rows sorted."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    out = []
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    # A full-text index's shadow tables hold segments whose layout depends on the transaction history;
    # the virtual table itself (its rows) is compared.
    virtual = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")]
    tables = [t for t in tables if not any(t.startswith(v + "_") for v in virtual)]
    # summary_generation (schema 5) is a random id of the database and a count of its commits: it differs
    # between any two databases by design (readers use it to know the summaries changed).
    tables = [t for t in tables if t != "summary_generation"]
    for t in tables:
        info = list(con.execute(f'PRAGMA table_info("{t}")'))
        int_pk = [r[1] for r in info if r[5] == 1 and r[2].upper() == "INTEGER"]
        single_int_pk = int_pk if sum(1 for r in info if r[5] > 0) == 1 else []
        exprs, cols = [], []
        for r in info:
            c = r[1]
            if c.endswith("_at") or c in single_int_pk:
                continue
            ref = REFERENCES.get((t, c))
            if ref:
                rt, rc = ref
                exprs.append(f'(SELECT "{rc}" FROM "{rt}" WHERE rowid = "{t}"."{c}")')
            else:
                exprs.append(f'"{c}"')
            cols.append(c)
        if not cols:
            continue
        sel = ", ".join(exprs)
        rows = con.execute(f'SELECT {sel} FROM "{t}" ORDER BY {", ".join(str(i + 1) for i in range(len(cols)))}').fetchall()
        out.append((t, cols, rows))
    con.close()
    return out


def count_docs(path):
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        n = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        con.close()
        return n
    except sqlite3.Error:
        return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mizan", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--kills", type=int, default=3)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--batch", type=int, default=10)
    a = ap.parse_args()
    if not os.path.exists(a.corpus):
        print(f"skip: no corpus at {a.corpus}")
        sys.exit(77)
    seed = a.seed if a.seed is not None else int(time.time())
    rng = random.Random(seed)
    print(f"seed {seed}")
    with tempfile.TemporaryDirectory() as tmp:
        sample = os.path.join(tmp, "sample.jsonl.gz")
        with gzip.open(a.corpus, "rb") as src, gzip.open(sample, "wb") as dst:
            first = None
            for i, line in enumerate(src):
                if i >= a.docs:
                    break
                dst.write(line)
                first = first or line
                if i == a.docs // 2:
                    # The same id again with new content, as feeds re-send corrected articles: the later
                    # version must win in both runs, whichever side of a kill each lands on.
                    doc = json.loads(first)
                    doc["text"] += "\nتصحيح: أضيفت هذه الفقرة بعد النشر."
                    dst.write(json.dumps(doc, ensure_ascii=False).encode() + b"\n")
        def cmd(db):
            return [a.mizan, "ingest", sample, "--db", db, "-j", "2", "--batch", str(a.batch),
                    "--progress-interval", "0"]
        clean_db = os.path.join(tmp, "a.db")
        t0 = time.monotonic()
        p = subprocess.run(cmd(clean_db), capture_output=True)
        clean_s = time.monotonic() - t0
        if p.returncode not in (0, 1):
            fail(f"clean run exit {p.returncode}: {p.stderr.decode()}")
        summary = p.stderr.decode().strip().splitlines()[-1]
        print(f"clean run {clean_s:.2f} s: {summary}")

        db = os.path.join(tmp, "b.db")
        total = count_docs(clean_db)
        # Kill points spread over the run: wait until the resumed run has stored past a random number of
        # documents, then a random moment more (mostly mid-batch), then SIGKILL. The first kill may come
        # before anything is stored (while the dictionaries load).
        targets = sorted(rng.randrange(0, max(1, total)) for _ in range(a.kills))
        for k, target in enumerate(targets):
            before = count_docs(db)
            proc = subprocess.Popen(cmd(db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            t0 = time.monotonic()
            while proc.poll() is None and count_docs(db) < target and time.monotonic() - t0 < 60:
                time.sleep(0.01)
            time.sleep(rng.uniform(0, 0.2))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            after = count_docs(db)
            print(f"kill {k + 1}: at {time.monotonic() - t0:.2f} s (target {target} docs), rc {proc.returncode}, "
                  f"documents stored {before} -> {after}")
        p = subprocess.run(cmd(db), capture_output=True)
        if p.returncode not in (0, 1):
            fail(f"resumed run exit {p.returncode}: {p.stderr.decode()}")
        resumed = p.stderr.decode().strip().splitlines()[-1]
        print(f"resumed run: {resumed}")
        m = re.search(r"(\d+) docs read: (\d+) new, (\d+) replaced, (\d+) unchanged", resumed)
        if not m:
            fail(f"no summary in the resumed run: {resumed}")
        m = re.search(r"(\d+) replaced", summary)
        if not m or m.group(1) != "1":
            fail(f"the clean run should replace the re-sent document once: {summary}")

        da, db_ = canonical_dump(clean_db), canonical_dump(db)
        if [t for t, _, _ in da] != [t for t, _, _ in db_]:
            fail(f"tables differ: {[t for t, _, _ in da]} vs {[t for t, _, _ in db_]}")
        for (t, cols, ra), (_, _, rb) in zip(da, db_):
            if ra != rb:
                extra = set(rb) - set(ra)
                missing = set(ra) - set(rb)
                fail(f"table {t}: clean {len(ra)} rows, resumed {len(rb)}; {len(missing)} missing, "
                     f"{len(extra)} extra, e.g. {next(iter(missing or extra), None)!r:.300}")
            print(f"  {t}: {len(ra)} rows identical")
        docs = next((len(r) for t, _, r in da if t == "documents"), 0)
        if docs == 0:
            fail("the clean run stored no documents")
    print(f"ok: {docs} documents, clean and killed {a.kills}x + resumed databases identical")


if __name__ == "__main__":
    main()
