#!/usr/bin/env python3
"""Trains the PROTEST/ASSAULT detection filter (data/models/event_filter.tsv) and scores it honestly.

The features come from Mizan itself: `MIZAN_EVENT_FEATURES=1 mizan code --one-sided` prints every
PROTEST/ASSAULT candidate event with its features (src/event/event_filter.cc), so training and the
shipped filter can never disagree. The labels are the arabic_event_gsr detection sentences (MIT).

A sentence "says" a type when one of its candidates of that type scores at or above the type's
threshold (as `mizan eval --gsr` counts it). The model is L2-regularised logistic regression trained
by AdaGrad on candidate events, each labelled with its sentence's label (ambiguous sentences left out).
One model serves both types: every feature exists under its type's prefix and under the shared '*:'
prefix, so the scarce PROTEST examples borrow what ASSAULT teaches about specific acts.

  (EVAL: the evaluation data folder, the one holding gsr/*_detection.jsonl; never read by the product)
  tools/train/event_filter.py --mizan build/mizan --gsr $EVAL/gsr --cv          # 5-fold CV
  tools/train/event_filter.py --mizan build/mizan --gsr $EVAL/gsr --write data/models/event_filter.tsv
  ... --cv --min-f1 PROTEST=0.6 --min-f1 ASSAULT=0.6      # a gate: exit 1 when a CV mean falls below

Cross-validation: sentences are split into 5 folds by a hash of their id; for each fold the model is
trained on the other four (its thresholds chosen by an inner 3-fold split of those four) and scored on
the fifth. The reported figure is the mean over the folds; nothing is scored in-sample. With
--repeats R the whole 5-fold split is drawn R times (the hash salted by the repeat) and the mean is
over all 5R folds: with a few dozen positive sentences per fold, one sentence's features moving the
inner threshold moves a single split's mean by several points, and the repeats average that out.
"""
import argparse
import hashlib
import json
import math
import os
import subprocess
import sys
import time

TYPES = {"PROTEST": "protest_detection.jsonl", "ASSAULT": "assault_detection.jsonl"}
EPOCHS = 12
L2 = 1e-3
RATE = 0.1
MIN_COUNT = 2  # features seen in fewer training candidates are dropped


def read_sentences(path):
    """(id, label 1/0) of every sentence that is not ambiguous."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["label"] == "ambiguous":
                continue
            out.append((d["id"], 1 if d["label"] == "yes" else 0))
    return out


def candidates(mizan, path, plover):
    """id -> list of feature lists, for the candidates of type plover that Mizan finds in each sentence."""
    env = dict(os.environ, MIZAN_EVENT_FEATURES="1")
    r = subprocess.run([mizan, "code", "--one-sided", path], env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, check=False)
    if r.returncode not in (0, 1):
        sys.exit(f"event_filter.py: {mizan} code failed ({r.returncode}): {r.stderr[-500:]!r}")
    out = {}
    for line in r.stderr.decode("utf-8").splitlines():
        if not line.startswith("[features] "):
            continue
        doc, typ, _score, feats = line[len("[features] "):].split("\t", 3)
        if typ == plover:
            out.setdefault(doc, []).append(feats.split(" "))
    return out


def fold_of(sid, k=5):
    return int(hashlib.sha1(sid.encode("utf-8")).hexdigest()[:8], 16) % k


def train(examples):
    """examples: list of (feature list, label). Returns {feature: weight}."""
    counts = {}
    for feats, _ in examples:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT or f.endswith(":bias")))}
    data = [([vocab[f] for f in feats if f in vocab], y) for feats, y in examples]
    pos = sum(y for _, y in data)
    # Positives are rare (about one candidate in six): weigh the classes equally.
    wpos = (len(data) - pos) / max(pos, 1)
    w = [0.0] * len(vocab)
    g2 = [1e-8] * len(vocab)
    order = list(range(len(data)))
    for epoch in range(EPOCHS):
        # a fixed shuffle per epoch, so that training is deterministic
        order.sort(key=lambda i: hashlib.md5(f"{epoch}:{i}".encode()).digest())
        for i in order:
            ids, y = data[i]
            z = sum(w[j] for j in ids)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * (wpos if y else 1.0)
            for j in ids:
                gj = g + L2 * w[j]
                g2[j] += gj * gj
                w[j] -= RATE * gj / math.sqrt(g2[j])
    return {f: w[i] for f, i in vocab.items() if abs(w[i]) > 1e-6}


def score(model, feats):
    z = sum(model.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def sentence_scores(model, sents, cands):
    """(max candidate score or -1 when none, label) per sentence."""
    return [(max((score(model, f) for f in cands.get(sid, [])), default=-1.0), y) for sid, y in sents]


def prf(scored, thr):
    tp = sum(1 for s, y in scored if s >= thr and y)
    fp = sum(1 for s, y in scored if s >= thr and not y)
    fn = sum(1 for s, y in scored if s < thr and y)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def best_threshold(scored):
    cands = sorted({round(s, 3) for s, _ in scored if s >= 0})
    best, best_f = 0.5, -1.0
    for t in cands:
        f = prf(scored, t)[2]
        if f > best_f:
            best, best_f = t, f
    return best


def examples_of(sents, cands):
    return [(f, y) for sid, y in sents for f in cands.get(sid, [])]


def joint_examples(data, keep):
    """Training candidates of every type, from the sentences keep(sentence id) accepts."""
    ex = []
    for sents, cands in data.values():
        ex += examples_of([s for s in sents if keep(s[0])], cands)
    return ex


def fit(data, keep, inner=3, salt=""):
    """One model trained on the kept sentences of every type, and a threshold per type chosen by an
    inner cross-validation on those sentences. data: type -> (sentences, candidates)."""
    oof = {t: [] for t in data}
    for k in range(inner):
        model = train(joint_examples(data, lambda sid: keep(sid) and fold_of(salt + "inner" + sid, inner) != k))
        for t, (sents, cands) in data.items():
            te = [s for s in sents if keep(s[0]) and fold_of(salt + "inner" + s[0], inner) == k]
            oof[t] += sentence_scores(model, te, cands)
    return train(joint_examples(data, keep)), {t: best_threshold(o) for t, o in oof.items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mizan", required=True, help="the mizan binary")
    ap.add_argument("--gsr", required=True, help="folder with protest_detection.jsonl and assault_detection.jsonl")
    ap.add_argument("--cv", action="store_true", help="report 5-fold cross-validated P/R/F1 per type")
    ap.add_argument("--repeats", type=int, default=1, help="with --cv: draw the 5-fold split this many times")
    ap.add_argument("--write", help="train on every sentence and write the model here")
    ap.add_argument("--min-f1", action="append", default=[], help="TYPE=F1: fail when the CV mean is lower")
    a = ap.parse_args()
    t0 = time.time()
    data = {}
    for plover, name in TYPES.items():
        path = os.path.join(a.gsr, name)
        data[plover] = (read_sentences(path), candidates(a.mizan, path, plover))
    gates = dict(g.split("=", 1) for g in a.min_f1)
    failed = False
    report = {}
    if a.cv:
        folds = {t: [] for t in data}
        for r in range(max(1, a.repeats)):
            salt = f"repeat{r}:" if r else ""  # the first split is the one reported without --repeats
            for k in range(5):
                model, thr = fit(data, lambda sid, k=k: fold_of(salt + sid) != k, salt=salt)
                for plover, (sents, cands) in data.items():
                    te = [s for s in sents if fold_of(salt + s[0]) == k]
                    folds[plover].append(prf(sentence_scores(model, te, cands), thr[plover]))
        for plover, (sents, cands) in data.items():
            n = len(folds[plover])
            mean = [sum(f[i] for f in folds[plover]) / n for i in range(3)]
            ceiling = sum(1 for sid, y in sents if y and sid in cands) / max(1, sum(y for _, y in sents))
            report[plover] = {"precision": round(mean[0], 3), "recall": round(mean[1], 3), "f1": round(mean[2], 3),
                              "folds_f1": [round(f[2], 3) for f in folds[plover]], "candidate_recall": round(ceiling, 3),
                              "repeats": max(1, a.repeats)}
            if plover in gates and mean[2] < float(gates[plover]):
                failed = True
                print(f"FAIL {plover}: CV F1 {mean[2]:.3f} < {gates[plover]}", file=sys.stderr)
    if a.write:
        lines = ["# mizan-event-filter v1",
                 "# Logistic regression over the features of src/event/event_filter.cc; written by",
                 "# tools/train/event_filter.py from arabic_event_gsr (MIT). Format: docs/models.md."]
        weights, thr = fit(data, lambda sid: True, inner=5)
        lines += [f"threshold\t{plover}\t{thr[plover]:.3f}" for plover in data]
        lines += [f"w\t{f}\t{w:.5f}" for f, w in sorted(weights.items())]
        with open(a.write, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        report["written"] = {"path": a.write, "weights": len(weights)}
    report["seconds"] = round(time.time() - t0, 1)
    print(json.dumps(report, ensure_ascii=False))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
