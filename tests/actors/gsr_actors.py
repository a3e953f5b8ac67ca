#!/usr/bin/env python3
"""Source/target country rates of Mizan's events on GSR *_spans.jsonl lines (the rule of
`mizan eval --spans`, docs/eval.md), plus a per-span listing of misses for error analysis.

  gsr_actors.py SPANS.jsonl SYSTEM.jsonl [--misses] [--min-source X --min-target Y]

SYSTEM is `mizan code --one-sided SPANS.jsonl` output: GSR spans are protests and attacks, most with
one named side, so the one-sided events are the ones that carry the actor. Exit 4 below a gate."""
import argparse
import json
import sys


def country(actor):
    if not isinstance(actor, dict):
        return None
    code = actor.get("code") or ""
    return code[:3] if len(code) >= 3 else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("spans")
    ap.add_argument("system")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--min-source", type=float, default=0.0)
    ap.add_argument("--min-target", type=float, default=0.0)
    a = ap.parse_args()
    by_doc = {}
    with open(a.system, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                e = json.loads(line)
                by_doc.setdefault(str(e.get("doc")), []).append(e)
    rates = {}
    with open(a.spans, encoding="utf-8") as f:
        lines = [json.loads(l) for l in f if l.strip()]
    for side in ("source", "target"):
        n = ok = 0
        for g in lines:
            evs = by_doc.get(str(g.get("id")), [])
            for s in g.get("spans") or []:
                role = s.get(side + "_role")
                main_ = role.get("main") if isinstance(role, dict) else None
                if not isinstance(main_, str) or len(main_) != 3 or main_ in ("IMG", "INT", "UNK"):
                    continue
                n += 1
                if any(country(e.get(side)) == main_ for e in evs):
                    ok += 1
                elif a.misses:
                    got = sorted({f"{country(e.get('source'))}->{country(e.get('target'))}:{e.get('cameo')}" for e in evs})
                    words = " ".join(s.get(side + "_actor") or [])
                    print(f"MISS {side} gold={main_}/{role.get('role')} [{words}] got={got}\n   {g['text'][:300]}")
        rates[side] = (ok / n) if n else None
        print(f"{side:<7} gold {n}  right {ok}  rate {rates[side]:.3f}" if n else f"{side} gold 0")
    fail = (rates["source"] or 0) < a.min_source or (rates["target"] or 0) < a.min_target
    return 4 if fail else 0


if __name__ == "__main__":
    sys.exit(main())
