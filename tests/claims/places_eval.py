#!/usr/bin/env python3
"""Places of coded events against the hand-coded dev articles (../shared/eval/articles/dev), where the
gold gives a place: of the gold events Mizan finds (same document, source and target country, CAMEO
root, as eval/score.py matches them; the report in the gold's sentence first), how many carry a place
of the same country. Prints the rate over those events and over the ones given a place.

  mizan eval --gold ../shared/eval/articles/dev ../shared/eval/articles/dev --write-system sys.jsonl
  tests/claims/places_eval.py sys.jsonl [--dev ../shared/eval/articles/dev]"""
import argparse
import glob
import json
import os
import sys


def pair(event):
    return ((event.get("source") or {}).get("code"), (event.get("target") or {}).get("code"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("system", help="events written by mizan eval --write-system")
    ap.add_argument("--dev", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                  "../../../shared/eval/articles/dev"))
    a = ap.parse_args()
    sys.path.insert(0, os.path.join(a.dev, "../.."))  # eval/score.py: the reference matching helpers
    import score  # noqa: E402

    texts = {}
    for path in glob.glob(os.path.join(a.dev, "*.json")):
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        texts[d["id"]] = d["text"]
    with open(a.system, encoding="utf-8") as f:
        system = [json.loads(line) for line in f if line.strip()]
    gold = []
    for path in sorted(glob.glob(os.path.join(a.dev, "*.gold.jsonl"))):
        with open(path, encoding="utf-8") as f:
            gold.extend(json.loads(line) for line in f if line.strip())

    matched = given = right = 0
    for g in gold:
        if g.get("none") or g.get("negated") or not g.get("location"):
            continue
        want = (score.country(g["source"]), score.country(g["target"]))
        roots = {score.root(c) for c in g["cameo"]}
        pos = texts[g["doc"]].find(g["evidence"])
        found = []
        for e in system:
            if e["doc"] != g["doc"] or e.get("negated") or score.root(e["cameo"]) not in roots:
                continue
            got = tuple(score.country(c) for c in pair(e))
            if got == want or (g.get("symmetric") and got == want[::-1]):
                found.append(e)
        if not found:
            continue
        # The report in the gold's own sentence first.
        found.sort(key=lambda e: 0 if pos >= 0 and e["sentence"]["start"] <= pos <= e["sentence"]["end"] else 1)
        matched += 1
        place = found[0].get("location")
        if place:
            given += 1
            if place.get("country") == g["location"].get("country"):
                right += 1
    print(f"matched gold events with a gold place: {matched}; system gives a place: {given}; "
          f"same country: {right} ({right / max(matched, 1):.3f}); of those given: {right / max(given, 1):.3f}")


if __name__ == "__main__":
    main()
