#!/usr/bin/env python3
"""Cross-check: `mizan eval --json` must give the figures of ../shared/eval/score.py on the same input.

compare_scores.py --mizan BIN --shared DIR --mode events|detect|actors --gold G [--gold G2 ...]
                  (--system SYS.jsonl | INPUT ...)
With INPUTs, mizan codes them first (--write-system) and both scorers read that output.
Exit 0: same figures; 1: they differ; 77: ../shared (score.py or a gold file) is missing (ctest skip).
"""
import argparse, json, math, os, subprocess, sys, tempfile

def same(a, b, path="$"):
    if isinstance(a, float) or isinstance(b, float):
        if a is None or b is None or not math.isclose(a, b, abs_tol=1e-9):
            return [f"{path}: mizan {a!r} != score.py {b!r}"]
        return []
    if isinstance(a, dict) and isinstance(b, dict):
        out = [f"{path}: keys differ {sorted(set(a) ^ set(b))}"] if set(a) != set(b) else []
        for k in set(a) & set(b):
            out += same(a[k], b[k], f"{path}.{k}")
        return out
    return [] if a == b else [f"{path}: mizan {a!r} != score.py {b!r}"]

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mizan", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--mode", choices=["events", "detect", "actors"], default="events")
    ap.add_argument("--gold", action="append", default=[])
    ap.add_argument("--system")
    ap.add_argument("inputs", nargs="*")
    a = ap.parse_args()
    score_py = os.path.join(a.shared, "eval", "score.py")
    if not os.path.exists(score_py) or not all(os.path.exists(g) for g in a.gold + a.inputs):
        print("skipped: ../shared is missing"); return 77
    mode_flag = {"events": [], "detect": ["--gsr"], "actors": ["--spans"]}[a.mode]
    gold_args = [x for g in a.gold for x in (["--gold", g] if a.mode == "events" else mode_flag + [g])]
    with tempfile.TemporaryDirectory() as tmp:
        system = a.system
        if not system:
            system = os.path.join(tmp, "system.jsonl")
            r = subprocess.run([a.mizan, "eval", *gold_args, *a.inputs, "--write-system", system, "--json"],
                               capture_output=True, text=True)
            if r.returncode not in (0, 1):
                print(r.stderr); return 1
        r = subprocess.run([a.mizan, "eval", "--system", system, *gold_args, "--json"], capture_output=True, text=True)
        if r.returncode not in (0, 1):
            print("mizan eval failed:", r.returncode, r.stderr); return 1
        ours = json.loads(r.stdout)
        ref = json.loads(subprocess.run([sys.executable, score_py, a.mode, system, *a.gold], capture_output=True,
                                        text=True, check=True).stdout)
    diffs = same(ours, ref)
    print(json.dumps(ours, ensure_ascii=False))
    for d in diffs:
        print("DIFF", d)
    return 1 if diffs else 0

if __name__ == "__main__":
    sys.exit(main())
