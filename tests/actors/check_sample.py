#!/usr/bin/env python3
"""Checks a hand-judged sample of actor mentions (tests/actors/sample_*.tsv, made by
sample_mentions.py and judged by hand) and recomputes its precision.

  check_sample.py SAMPLE.tsv [--min-precision 0.9]

Every row needs doc, start < end, mention, code, a verdict `ok` or `wrong`, and a reason when wrong.
Prints the rate; exit 1 on a malformed file, 4 below the gate."""
import argparse
import sys

COLUMNS = ["doc", "start", "end", "mention", "code", "via", "context", "verdict", "reason"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sample")
    ap.add_argument("--min-precision", type=float, default=0.0)
    a = ap.parse_args()
    errors, ok, n = [], 0, 0
    with open(a.sample, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    if not lines or lines[0].split("\t") != COLUMNS:
        print(f"{a.sample}: header must be {COLUMNS}")
        return 1
    for i, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            errors.append(f"row {i}: {len(cells)} cells, want {len(COLUMNS)}")
            continue
        row = dict(zip(COLUMNS, cells))
        if not row["doc"] or not row["mention"]:
            errors.append(f"row {i}: doc and mention are required")
        try:
            if int(row["start"]) >= int(row["end"]):
                errors.append(f"row {i}: start must be before end")
        except ValueError:
            errors.append(f"row {i}: start/end must be integers")
        if row["verdict"] not in ("ok", "wrong"):
            errors.append(f"row {i}: verdict must be ok or wrong, got '{row['verdict']}'")
        if row["verdict"] == "wrong" and not row["reason"].strip():
            errors.append(f"row {i}: a wrong mention needs a reason")
        n += 1
        ok += row["verdict"] == "ok"
    for e in errors:
        print(f"{a.sample}: {e}")
    if errors:
        return 1
    rate = ok / n if n else 0.0
    print(f"{a.sample}: {n} mentions, {ok} right, precision {rate:.3f}")
    return 4 if rate < a.min_precision else 0


if __name__ == "__main__":
    sys.exit(main())
