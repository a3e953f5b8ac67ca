#!/usr/bin/env python3
"""End-to-end checks of the mizan binary: runs it and validates what it prints.

  e2e.py --mizan BIN version
  e2e.py --mizan BIN code INPUT... [--published D] [--expect-exit N] [--min-events N]
  e2e.py --mizan BIN partial          (a JSON Lines file with bad lines: exit 1, good docs still coded)
  e2e.py --mizan BIN ingest INPUT...  (ingest twice, the second run changes nothing; dyads parse)
  e2e.py --mizan BIN dump INPUT
Every event record is checked against event-schema.md: fields, value sets, and that each quoted text
is text[start:end] of its document in code points.
"""
import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile

KEYS = ["doc", "id", "sentence", "trigger", "source", "target", "broker", "cameo", "cameo_name", "plover",
        "plover_mode", "goldstein", "quad_class", "negated", "certainty", "attribution", "date", "location",
        "confidence"]
CERTAINTY = {"asserted", "reported", "hedged", "denied"}
ATTRIBUTION = {"author", "named", "anonymous", "close-to-actor", "media", "leaks"}
ANCHOR = {"published", "text", "none"}
GRANULARITY = {"day", "week", "month", "quarter", "year", "decade"}


def fail(msg):
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def run(cmd, expect=None, stdin=None):
    p = subprocess.run(cmd, capture_output=True, input=stdin)
    if expect is not None and p.returncode != expect:
        fail(f"{' '.join(cmd)} exited {p.returncode}, expected {expect}\nstderr:\n"
             + p.stderr.decode("utf-8", "replace")[-3000:])
    return p


def stem(path):
    name = os.path.basename(path)
    for ext in (".jsonl.gz", ".jsonl", ".json", ".txt"):
        if name.endswith(ext):
            return name[: -len(ext)]
    return name


def load_texts(inputs):
    """doc id -> original text, for the inputs mizan was given (good UTF-8 documents only)."""
    texts = {}
    files = []
    for path in inputs:
        if os.path.isdir(path):
            for root, _, names in os.walk(path):
                files += [os.path.join(root, n) for n in names]
        else:
            files.append(path)
    for path in files:
        opener = gzip.open if path.endswith(".gz") else open
        if path.endswith((".jsonl", ".jsonl.gz")):
            with opener(path, "rb") as f:
                for n, line in enumerate(f, 1):
                    try:
                        obj = json.loads(line.decode("utf-8"))
                        texts[str(obj.get("id") or f"{stem(path)}-{n}")] = obj["text"]
                    except (ValueError, KeyError, UnicodeDecodeError, AttributeError, TypeError):
                        pass
        elif path.endswith(".json"):
            with open(path, encoding="utf-8") as f:
                obj = json.load(f)
            texts[str(obj.get("id") or stem(path))] = obj["text"]
        elif path.endswith(".txt"):
            with open(path, encoding="utf-8-sig") as f:
                texts[stem(path)] = f.read()
    return texts


def check_span(where, span, text):
    for k in ("text", "start", "end"):
        if k not in span:
            fail(f"{where}: no '{k}' in {span}")
    s, e = span["start"], span["end"]
    if not (0 <= s <= e <= len(text)):
        fail(f"{where}: offsets [{s},{e}) outside the document ({len(text)} code points)")
    if text[s:e] != span["text"]:
        fail(f"{where}: text[{s}:{e}] is {text[s:e]!r}, the record quotes {span['text']!r}")


def check_event(ev, texts):
    where = ev.get("id", "?")
    for k in KEYS:
        if k not in ev:
            fail(f"{where}: missing field '{k}'")
    if ev["doc"] not in texts:
        fail(f"{where}: unknown doc {ev['doc']!r}")
    text = texts[ev["doc"]]
    if not re.fullmatch(re.escape(ev["doc"]) + r":\d+:\d+", ev["id"]):
        fail(f"{where}: id is not doc:sentence:n")
    sent = ev["sentence"]
    if ev["id"].split(":")[-2] != str(sent["index"]):
        fail(f"{where}: id and sentence.index disagree")
    check_span(where + " trigger", ev["trigger"], text)
    if not (sent["start"] <= ev["trigger"]["start"] and ev["trigger"]["end"] <= sent["end"]):
        fail(f"{where}: the trigger is outside its sentence")
    for role in ("source", "target", "broker"):
        actor = ev[role]
        if actor is None:
            continue
        check_span(f"{where} {role}", actor, text)
        if not isinstance(actor.get("code"), str):
            fail(f"{where}: {role}.code is not a string")
    if not re.fullmatch(r"\d{2,4}", ev["cameo"] or ""):
        fail(f"{where}: cameo {ev['cameo']!r} is not a CAMEO code")
    if ev["certainty"] not in CERTAINTY:
        fail(f"{where}: certainty {ev['certainty']!r}")
    if ev["attribution"].get("kind") not in ATTRIBUTION:
        fail(f"{where}: attribution.kind {ev['attribution']!r}")
    date = ev["date"]
    if date.get("anchor") not in ANCHOR:
        fail(f"{where}: date.anchor {date!r}")
    if "granularity" in date and date["granularity"] not in GRANULARITY:
        fail(f"{where}: date.granularity {date!r}")
    if not isinstance(ev["negated"], bool):
        fail(f"{where}: negated is not a boolean")
    if not (0.0 <= ev["confidence"] <= 1.0):
        fail(f"{where}: confidence {ev['confidence']} outside [0, 1]")
    if ev["quad_class"] is not None and ev["quad_class"] not in (1, 2, 3, 4):
        fail(f"{where}: quad_class {ev['quad_class']}")


def parse_events(stdout, texts):
    events = []
    for n, line in enumerate(stdout.decode("utf-8").splitlines(), 1):
        try:
            ev = json.loads(line)
        except ValueError as e:
            fail(f"stdout line {n} is not JSON: {e}: {line[:200]}")
        check_event(ev, texts)
        events.append(ev)
    # Ids are unique within a document; the same document in two inputs (the GSR files share
    # sentences) repeats its events legitimately, but an id never names two different events.
    by_id = {}
    for e in events:
        if by_id.setdefault(e["id"], e) != e:
            fail(f"the event id {e['id']} names two different events")
    return events


def cmd_version(a):
    out = run([a.mizan, "--version"], expect=0).stdout.decode()
    if not re.search(r"mizan \d+\.\d+\.\d+", out):
        fail(f"--version printed {out!r}")
    for sub in ("code", "ingest", "dump", "dyads"):
        h = run([a.mizan, sub, "--help"], expect=0).stdout.decode()
        if "Example" not in h:
            fail(f"mizan {sub} --help has no example")
    run([a.mizan, "code", "--no-such-option", "x"], expect=2)
    run([a.mizan], expect=2)


def cmd_code(a):
    cmd = [a.mizan, "code", "--stats"] + a.inputs
    if a.published:
        cmd += ["--published", a.published]
    p = run(cmd, expect=a.expect_exit)
    events = parse_events(p.stdout, load_texts(a.inputs))
    if len(events) < a.min_events:
        fail(f"{len(events)} events, expected at least {a.min_events}")
    if "docs" not in p.stderr.decode():
        fail("--stats printed no summary")
    if a.published:
        for ev in events:
            d = ev["date"]
            if d["anchor"] == "none":
                fail(f"{ev['id']}: no date although --published was given")
    print(f"ok: {len(events)} events")


def cmd_partial(a):
    src = a.inputs[0] if a.inputs else None
    text = open(src, encoding="utf-8").read() if src else "التقى وزير الخارجية المصري نظيره الأردني في عمان."
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "mixed.jsonl")
        with open(path, "wb") as f:
            f.write(json.dumps({"id": "good1", "text": text}, ensure_ascii=False).encode() + b"\n")
            f.write(b'{"id": "broken", "text": \n')                    # malformed JSON
            f.write(b'{"id": "notext", "title": "x"}\n')               # no text
            f.write(b'\x00\x01\x02binary\xff\xfe\n')                   # binary
            f.write(json.dumps({"id": "cp1256", "text": text}, ensure_ascii=False).encode("cp1256") + b"\n")
            f.write(json.dumps({"id": "good2", "text": text}, ensure_ascii=False).encode() + b"\n")
        p = run([a.mizan, "code", "--stats", path], expect=1)
        err = p.stderr.decode()
        for origin in ("mixed.jsonl:2", "mixed.jsonl:3", "mixed.jsonl:4"):
            if origin not in err:
                fail(f"stderr does not report {origin}:\n{err}")
        texts = {"good1": text, "good2": text, "cp1256": text}
        events = parse_events(p.stdout, texts)
        docs = {e["doc"] for e in events}
        if events and not {"good1", "good2"} <= docs:
            fail(f"the good documents after the bad lines were not coded: {sorted(docs)}")
        # stdin is JSON Lines too
        p = run([a.mizan, "code", "-"], expect=0,
                stdin=json.dumps({"id": "in", "text": text}, ensure_ascii=False).encode() + b"\n")
        parse_events(p.stdout, {"in": text})
        run([a.mizan, "code", os.path.join(tmp, "missing.txt")], expect=1)
        run([a.mizan, "code", path, "--published", "yesterday"], expect=2)
    print("ok")


def cmd_ingest(a):
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "m.db")
        base = [a.mizan, "ingest", "--db", db] + a.inputs
        if a.published:
            base += ["--published", a.published]
        first = run(base, expect=0).stderr.decode()
        second = run(base, expect=0).stderr.decode()
        m = re.search(r"(\d+) docs read: (\d+) new, (\d+) replaced, (\d+) unchanged", second)
        if not m or m.group(2) != "0" or m.group(3) != "0" or m.group(1) != m.group(4):
            fail(f"re-ingesting changed something:\nfirst: {first}\nsecond: {second}")
        rows = run([a.mizan, "dyads", "--db", db, "--json", "--period", "all", "--top", "0"], expect=0)
        for line in rows.stdout.decode().splitlines():
            r = json.loads(line)
            for k in ("source", "target", "period", "events", "goldstein_sum", "goldstein_mean", "quad", "sources"):
                if k not in r:
                    fail(f"dyad row without {k}: {line}")
            if sum(r["quad"]) > r["events"]:
                fail(f"quad counts exceed events: {line}")
        run([a.mizan, "dyads", "--db", db], expect=0)
        # Bad inputs are counted, the good ones still stored, and the exit code says so.
        bad = os.path.join(tmp, "bad.jsonl")
        with open(bad, "w", encoding="utf-8") as f:
            f.write('{"id": "x1", "text": "التقى الرئيس المصري نظيره الأردني"}\n{"id": "x2"}\n')
        p = run([a.mizan, "ingest", "--db", db, "-q", bad], expect=1)
        if "bad.jsonl:2" not in p.stderr.decode() or " 1 new" not in p.stderr.decode():
            fail("ingest with a bad line: " + p.stderr.decode())
        # Another writer holds the lock: ingest gives up with exit 3 after its busy timeout.
        import sqlite3
        con = sqlite3.connect(db, isolation_level=None)
        con.execute("BEGIN IMMEDIATE")
        p = run([a.mizan, "ingest", "--db", db, "-q"] + a.inputs, expect=3)
        con.execute("ROLLBACK")
        con.close()
        if "locked" not in p.stderr.decode():
            fail("a locked database was not reported as locked: " + p.stderr.decode())
        run([a.mizan, "dyads", "--db", os.path.join(tmp, "none.db")], expect=3)
        run([a.mizan, "dyads", "--db", db, "--period", "fortnight"], expect=2)
    print("ok")


def cmd_dump(a):
    p = run([a.mizan, "dump"] + a.inputs, expect=0)
    out = p.stdout.decode()
    if "# sentence 0" not in out:
        fail("dump has no sentence lines")
    again = run([a.mizan, "dump"] + a.inputs, expect=0).stdout.decode()
    if out != again:
        fail("two dumps of the same input differ")
    seg = run([a.mizan, "dump", "--upto", "segment"] + a.inputs, expect=0).stdout.decode()
    if "# stages normalize segment\n" not in seg or "\t" not in seg:
        fail("--upto segment did not stop after segment with tokens")
    run([a.mizan, "dump", "--upto", "no-such-stage"] + a.inputs, expect=2)
    print("ok")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mizan", required=True)
    ap.add_argument("mode", choices=["version", "code", "partial", "ingest", "dump"])
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--published")
    ap.add_argument("--expect-exit", type=int, default=0)
    ap.add_argument("--min-events", type=int, default=0)
    a = ap.parse_args()
    {"version": cmd_version, "code": cmd_code, "partial": cmd_partial, "ingest": cmd_ingest, "dump": cmd_dump}[a.mode](a)


if __name__ == "__main__":
    main()
