#!/usr/bin/env python3
"""The hand-checked sample of canonical links (docs/relations.md, tests/dedup/README.md).

  sample.py draw DB N [OLD.tsv] > p.tsv  draw N linked pairs (deterministic) from a store built by
                                         `mizan ingest` over the sample's articles, leaving out the pairs
                                         of OLD.tsv (an earlier round); verdict left empty
  sample.py show pairs.tsv [CORPUS]      print each pair's two sentences from ../shared (never copied here)
  sample.py score pairs.tsv              precision of the links over the judged pairs

The sample's articles: ANT multi-source (../shared/corpora/ant-multisource), categories
internationalNews, middleEast and politic, published 2018-05-07 .. 2018-05-10 (497 articles).
"""
import csv
import gzip
import hashlib
import json
import os
import sqlite3
import sys

COLUMNS = ["pair", "canonical", "event_a", "doc_a", "sent_a_start", "sent_a_end", "event_b", "doc_b",
           "sent_b_start", "sent_b_end", "codes_a", "codes_b", "cameo_a", "cameo_b", "date_a", "date_b",
           "verdict", "reason"]
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "shared", "corpora", "ant-multisource", "ant-multisource.jsonl.gz")


def draw(db, n, exclude=None):
    con = sqlite3.connect(db)
    rows = con.execute(
        "SELECT c.id, r.id, r.doc_id, r.sentence_start, r.sentence_end, r.source_code || '>' || r.target_code, "
        "r.cameo, r.date_value, e.id, e.doc_id, e.sentence_start, e.sentence_end, "
        "e.source_code || '>' || e.target_code, e.cameo, e.date_value "
        "FROM canonical_events c JOIN events r ON r.id = c.rep_event "
        "JOIN events e ON e.canonical_id = c.id AND e.id <> r.id").fetchall()
    # Deterministic draw: order by a hash of the pair, at most two pairs per canonical event.
    rows.sort(key=lambda r: hashlib.sha1(f"{r[1]}|{r[8]}".encode()).hexdigest())
    old = {(p["event_a"], p["event_b"]) for p in read(exclude)} if exclude else set()
    per, out = {}, []
    for r in rows:
        if (r[1], r[8]) in old or (r[8], r[1]) in old:
            continue
        if per.get(r[0], 0) >= 2:
            continue
        per[r[0]] = per.get(r[0], 0) + 1
        out.append(r)
        if len(out) == n:
            break
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(COLUMNS)
    for i, r in enumerate(out, 1):
        w.writerow([i, r[0], r[1], r[2], r[3], r[4], r[8], r[9], r[10], r[11], r[5], r[12], r[6], r[13], r[7], r[14],
                    "", ""])
    print(f"{len(rows)} linked pairs in the store, {len(out)} drawn", file=sys.stderr)


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def show(path, corpus):
    pairs = read(path)
    want = {p["doc_a"] for p in pairs} | {p["doc_b"] for p in pairs}
    texts = {}
    for line in gzip.open(corpus, "rt", encoding="utf-8"):
        d = json.loads(line)
        if d["id"] in want:
            texts[d["id"]] = (d["outlet"], d["published"][:10], d["text"])
    for p in pairs:
        print(f"== pair {p['pair']} canonical {p['canonical']}  {p['codes_a']} {p['cameo_a']} {p['date_a']}  |  "
              f"{p['codes_b']} {p['cameo_b']} {p['date_b']}   verdict: {p['verdict']} {p['reason']}")
        for side in ("a", "b"):
            outlet, published, text = texts.get(p["doc_" + side], ("?", "?", ""))
            s, e = int(p[f"sent_{side}_start"]), int(p[f"sent_{side}_end"])
            print(f"  [{side}] {p['event_' + side]} {outlet} {published}: {text[s:e]}")


def score(path):
    pairs = read(path)
    judged = [p for p in pairs if p["verdict"] in ("same", "different")]
    if not judged:
        print("no judged pairs")
        return 1
    same = sum(p["verdict"] == "same" for p in judged)
    print(f"{len(judged)} judged pairs: {same} same act, {len(judged) - same} different: "
          f"precision {same / len(judged):.3f}")
    return 0


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    if sys.argv[1] == "draw":
        draw(sys.argv[2], int(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else None)
    elif sys.argv[1] == "show":
        show(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else CORPUS)
    elif sys.argv[1] == "score":
        return score(sys.argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main())
