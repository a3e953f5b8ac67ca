#!/usr/bin/env python3
"""List the matched events whose date, attribution or certainty disagrees with the gold.

Codes a gold set with `mizan eval --write-system`, matches system triples to gold events exactly as
../shared/eval/score.py does (a gold event is matched by every system event of its document with the
same source country, target country and CAMEO root), and prints, for each matched gold event that no
matched system event gets right, the gold value, its evidence, and each matched system event with its
value, trigger and sentence. `same` marks a system event whose sentence holds the gold evidence: the
other misses are matching errors (the right event was not found) that no claims rule can fix.

  tests/claims/errors.py --mizan build/mizan --set dev --half even      # the working half
  tests/claims/errors.py --mizan build/mizan --set dev --half odd -q    # the held-out half, figures only
  tests/claims/errors.py --mizan build/mizan --set challenge -q

--half splits the dev articles by the position of their file name in sorted order (even: 0, 2, 4 ...).
"""
import argparse, collections, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("MIZAN_TEST_SHARED_DIR", os.path.join(HERE, "..", "..", "..", "shared"))


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def code(a):
    if isinstance(a, dict):
        a = a.get("code")
    return (a or "").upper()


def root(c):
    return str(c or "")[:2]


def date_ok(sysd, gold):
    if not isinstance(sysd, dict) or not sysd.get("value"):
        return False
    return str(sysd["value"])[:len(gold["value"])] == gold["value"]


def inputs_for(args):
    ev = os.path.join(SHARED, "eval")
    if args.set == "seed":
        return [os.path.join(ev, "seed", "article.txt")], [os.path.join(ev, "seed", "gold.jsonl")]
    if args.set == "challenge":
        return [os.path.join(ev, "challenge", "input.jsonl")], [os.path.join(ev, "challenge", "gold.jsonl")]
    d = os.path.join(ev, "articles", "dev")
    names = sorted(f[:-5] for f in os.listdir(d) if f.endswith(".json") and not f.endswith(".gold.json"))
    if args.half != "all":
        names = names[0 if args.half == "even" else 1::2]
    return [os.path.join(d, n + ".json") for n in names], [os.path.join(d, n + ".gold.jsonl") for n in names]


def texts_of(inputs):
    out = {}
    for p in inputs:
        if p.endswith(".txt"):
            out[os.path.splitext(os.path.basename(p))[0]] = open(p, encoding="utf-8").read()
        elif p.endswith(".jsonl"):
            for r in load(p):
                out[str(r["id"])] = r.get("text", "")
        else:
            r = json.load(open(p, encoding="utf-8"))
            out[str(r["id"])] = r.get("text", "")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mizan", default=os.path.join(HERE, "..", "..", "build", "mizan"))
    ap.add_argument("--data", help="data directory for the binary (to compare two versions of data/)")
    ap.add_argument("--set", choices=["dev", "seed", "challenge"], default="dev")
    ap.add_argument("--half", choices=["even", "odd", "all"], default="all")
    ap.add_argument("--field", choices=["date", "attr", "cert", "all"], default="all")
    ap.add_argument("-q", "--quiet", action="store_true", help="figures only")
    args = ap.parse_args()
    inputs, golds = inputs_for(args)
    with tempfile.TemporaryDirectory() as tmp:
        sys_path = os.path.join(tmp, "sys.jsonl")
        cmd = [args.mizan, "eval", "--write-system", sys_path] + (["--data", args.data] if args.data else [])
        for g in golds:
            cmd += ["--gold", g]
        subprocess.run(cmd + inputs, check=False, stdout=subprocess.DEVNULL)
        pred = [p for p in load(sys_path) if not p.get("negated")]
    texts = texts_of(inputs)
    gold = [g for p in golds for g in load(p) if not g.get("negated") and not g.get("none")]
    by_key = collections.defaultdict(list)
    for p in pred:
        by_key[(str(p.get("doc")), code(p.get("source"))[:3], code(p.get("target"))[:3], root(p.get("cameo")))].append(p)
    n = collections.Counter()
    wrong = collections.Counter()
    for g in gold:
        d, gs, gt = str(g["doc"]), code(g["source"])[:3], code(g["target"])[:3]
        roots = {root(c) for c in g["cameo"]}
        evs = [e for (kd, s, t, r), es in by_key.items() if kd == d and r in roots and
               ((s, t) == (gs, gt) or (g.get("symmetric") and (s, t) == (gt, gs))) for e in es]
        if not evs:
            continue
        text = texts.get(d, "")
        checks = []
        if g.get("date"):
            checks.append(("date", g["date"]["value"] + "/" + (g["date"].get("qualifier") or ""),
                           any(date_ok(e.get("date"), g["date"]) for e in evs),
                           lambda e: ((e.get("date") or {}).get("value") or "-") + "/" +
                           ((e.get("date") or {}).get("qualifier") or "") + " '" +
                           ((e.get("date") or {}).get("text") or "") + "'"))
        if g.get("attribution"):
            checks.append(("attr", g["attribution"]["kind"] + " '" + (g["attribution"].get("text") or "") + "'",
                           any((e.get("attribution") or {}).get("kind") == g["attribution"]["kind"] for e in evs),
                           lambda e: ((e.get("attribution") or {}).get("kind") or "-") + " '" +
                           ((e.get("attribution") or {}).get("text") or "") + "'"))
        if g.get("certainty"):
            checks.append(("cert", g["certainty"], any(e.get("certainty") == g["certainty"] for e in evs),
                           lambda e: e.get("certainty") or "-"))
        for field, gv, ok, show in checks:
            n[field] += 1
            if ok:
                continue
            wrong[field] += 1
            same = [e for e in evs if g["evidence"] in text[e["sentence"]["start"]:e["sentence"]["end"]]]
            wrong[field + "_same"] += bool(same)
            if args.quiet or args.field not in (field, "all"):
                continue
            print(f"== {field} {g['id']} gold {gv}  ({'same sentence' if same else 'OTHER sentences only'})")
            print(f"   gold evidence: {g['evidence']}")
            for e in evs:
                s = text[e["sentence"]["start"]:e["sentence"]["end"]].replace("\n", " ")
                mark = "same" if e in same else "other"
                print(f"   [{mark}] {show(e)}  trigger '{(e.get('trigger') or {}).get('text', '')}'")
                print(f"          {s[:400]}")
    for f in ("date", "attr", "cert"):
        if n[f]:
            print(f"{args.set}/{args.half} {f}: {n[f] - wrong[f]}/{n[f]} = {(n[f] - wrong[f]) / n[f]:.3f}"
                  f"  (wrong {wrong[f]}, of which {wrong[f + '_same']} with a system event in the evidence's sentence)")


if __name__ == "__main__":
    main()
