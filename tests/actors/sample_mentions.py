#!/usr/bin/env python3
"""Draws a fixed random sample of actor mentions from `mizan dump` of the dev articles, for judging
by hand (docs/actors.md, "Hand-checked precision").

  sample_mentions.py --mizan build/mizan --dev ../shared/eval/articles/dev --seed 1 --n 100 > sample.tsv

Output columns (tab-separated): doc, start, end (code points in the article text), mention (the
words, short), code, via, context (up to 60 characters either side), verdict, reason. verdict and
reason are left empty for the judge to fill: `ok`, or `wrong` with a reason."""
import argparse
import glob
import json
import os
import random
import subprocess


def mentions_of(mizan, path):
    out = subprocess.run([mizan, "dump", path], capture_output=True, text=True, check=True).stdout
    doc, sentences, rows = None, {}, []
    cur = None
    spans = {}  # token index -> (sentence, start, end) in the sentence text
    for line in out.splitlines():
        if line.startswith("# doc "):
            doc = line[6:]
        elif line.startswith("# sentence "):
            parts = line.split()  # "# sentence 3 para 1 cp [120,245) tokens [30,61)"
            cur = int(parts[2])
            sentences[cur] = {"start": int(parts[6][1:].split(",")[0]), "text": "", "cursor": 0}
        elif line.startswith("# text ") and cur is not None:
            sentences[cur]["text"] = line[7:]
        elif line.startswith("{") and "\"via\"" in line:
            rows.append(json.loads(line))
        elif cur is not None and line[:1].isdigit() and "\t" in line:
            # a token row: index, surface, ...: find the surface after the previous token
            idx, surface = line.split("\t")[:2]
            s = sentences[cur]
            k = s["text"].find(surface, s["cursor"])
            if k >= 0:
                spans[int(idx)] = (cur, k, k + len(surface))
                s["cursor"] = k + len(surface)
    result = []
    for m in rows:
        s = sentences.get(m["sentence"])
        if s is None or not m["text"]:
            continue
        first, last = spans.get(m["tokens"][0]), spans.get(m["tokens"][1] - 1)
        k = -1
        if first and last and first[0] == last[0] == m["sentence"]:
            # The mention's words lie in its tokens' span; a pronoun is the end of its token.
            span = s["text"][first[1]:last[2]]
            j = span.rfind(m["text"]) if m["via"] == "pronoun" else span.find(m["text"])
            if j >= 0:
                k = first[1] + j
        if k < 0:
            k = s["text"].find(m["text"])
        start = s["start"] + max(k, 0)
        ctx_l = s["text"][max(0, k - 60):max(k, 0)]
        ctx_r = s["text"][k + len(m["text"]):k + len(m["text"]) + 60] if k >= 0 else ""
        result.append([doc, str(start), str(start + len(m["text"])), m["text"], m["code"], m["via"],
                       f"{ctx_l}[[{m['text']}]]{ctx_r}".replace("\t", " "), "", ""])
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mizan", required=True)
    ap.add_argument("--dev", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=100)
    a = ap.parse_args()
    pool = []
    for path in sorted(glob.glob(os.path.join(a.dev, "*.json"))):
        pool.extend(mentions_of(a.mizan, path))
    random.Random(a.seed).shuffle(pool)
    print("doc\tstart\tend\tmention\tcode\tvia\tcontext\tverdict\treason")
    for row in pool[:a.n]:
        print("\t".join(row))


if __name__ == "__main__":
    main()
