#!/usr/bin/env python3
"""Source/target country rates of Mizan's events on GSR *_spans.jsonl lines (the rule of
`mizan eval --spans`, docs/eval.md), per half of the file, plus a listing of misses for error analysis.

  gsr_actors.py SPANS.jsonl --mizan BUILD/mizan [--misses] [--gate-part all|A|B]
                [--min-source X --min-target Y]

The spans are coded with `mizan code --one-sided` (GSR spans are protests and attacks, most with one
named side, so the one-sided events are the ones that carry the actor). Each line is coded under its
own id (`gsr:<line>`): the file's ids name outlets and repeat, and events of another line of the same
outlet must not count.

Part A is the first half of the file (lines [0, n/2)), the one whose errors the rules were built from;
part B, the second half, is held out: look at its misses only to measure, never to write rules
(--misses lists part A only unless --misses-part says otherwise). The gate applies to --gate-part
(default all). Exit 4 below a gate."""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def country(actor):
    if not isinstance(actor, dict):
        return None
    code = actor.get("code") or ""
    return code[:3] if len(code) >= 3 else None


def gold_country(span, side):
    role = span.get(side + "_role")
    main_ = role.get("main") if isinstance(role, dict) else None
    if not isinstance(main_, str) or len(main_) != 3 or main_ in ("IMG", "INT", "UNK"):
        return None
    return main_


def code_lines(mizan, lines):
    """Runs `mizan code --one-sided` on the lines under unique ids; events grouped by line index."""
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "spans.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, g in enumerate(lines):
                f.write(json.dumps({"id": f"gsr:{i}", "text": g["text"]}, ensure_ascii=False) + "\n")
        out = subprocess.run([mizan, "code", "--one-sided", path], capture_output=True, text=True)
        if out.returncode not in (0, 1):
            sys.stderr.write(out.stderr)
            sys.exit(3)
    by_line = {}
    for line in out.stdout.splitlines():
        if line.strip():
            e = json.loads(line)
            doc = str(e.get("doc"))
            if doc.startswith("gsr:"):
                by_line.setdefault(int(doc[4:]), []).append(e)
    return by_line


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("spans")
    ap.add_argument("--mizan", required=True, help="the mizan binary")
    ap.add_argument("--misses", action="store_true", help="list the spans missed (part A)")
    ap.add_argument("--misses-part", default="A", choices=["A", "B", "all"])
    ap.add_argument("--gate-part", default="all", choices=["A", "B", "all"])
    ap.add_argument("--min-source", type=float, default=0.0)
    ap.add_argument("--min-target", type=float, default=0.0)
    a = ap.parse_args()
    with open(a.spans, encoding="utf-8") as f:
        lines = [json.loads(l) for l in f if l.strip()]
    by_line = code_lines(a.mizan, lines)
    half = len(lines) // 2
    parts = {"A": range(0, half), "B": range(half, len(lines)), "all": range(0, len(lines))}
    rates = {}
    for part, rng in parts.items():
        for side in ("source", "target"):
            n = ok = 0
            for i in rng:
                g = lines[i]
                evs = by_line.get(i, [])
                for s in g.get("spans") or []:
                    main_ = gold_country(s, side)
                    if main_ is None:
                        continue
                    n += 1
                    if any(country(e.get(side)) == main_ for e in evs):
                        ok += 1
                    elif a.misses and (a.misses_part == "all" or a.misses_part == part) and part != "all":
                        got = sorted({f"{country(e.get('source'))}->{country(e.get('target'))}:{e.get('cameo')}"
                                      for e in evs})
                        words = " ".join(s.get(side + "_actor") or [])
                        role = s.get(side + "_role", {}).get("role")
                        print(f"MISS {part}{i} {side} gold={main_}/{role} [{words}] got={got}\n   {g['text'][:300]}")
            rates[(part, side)] = (ok / n) if n else None
            label = {"A": "part A (first half)", "B": "part B (held out)", "all": "all"}[part]
            print(f"{label:<20} {side:<7} gold {n:>3}  right {ok:>3}  rate {ok / n:.3f}" if n
                  else f"{label:<20} {side:<7} gold 0")
    fail = ((rates[(a.gate_part, "source")] or 0) < a.min_source or
            (rates[(a.gate_part, "target")] or 0) < a.min_target)
    return 4 if fail else 0


if __name__ == "__main__":
    sys.exit(main())
