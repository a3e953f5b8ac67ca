#!/usr/bin/env python3
"""Bad input for `mizan ingest`, one case a run, generated at test time (nothing large is committed).

  badinput_test.py --mizan BIN --case NAME      (--list prints the case names)

Every case puts a bad piece between good documents (or makes the database unusable) and checks the exit
code, that stderr names the document or the database with a clear reason, that the good documents
around it were stored, and that nothing stored before was lost.
"""
import argparse
import gzip
import json
import os
import re
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

# Test sentences written for this test.
GOOD_TEXT = "استقبل الرئيس التونسي في قصر قرطاج وزير الخارجية الجزائري وبحث معه التعاون بين البلدين."
OTHER_TEXT = "ندد رئيس الوزراء العراقي بالهجوم الذي استهدف مقر البرلمان في بغداد أمس."


def good(doc_id, text=GOOD_TEXT):
    return json.dumps({"id": doc_id, "text": text, "published": "2019-05-02", "outlet": "test"},
                      ensure_ascii=False).encode() + b"\n"


def around(bad_line):
    """good-1, the bad line, good-2: the usual JSON Lines shape of a case."""
    return good("good-1") + bad_line + b"\n" + good("good-2", OTHER_TEXT)


def fail(msg):
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)
    return path


def stored_ids(db):
    if not os.path.exists(db):
        return set()
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    ids = {r[0] for r in con.execute("SELECT id FROM documents")}
    con.close()
    return ids


class Case:
    """inputs(tmp) -> list of input paths; expect exit code, stderr regex, ids that must (not) be stored."""

    def __init__(self, name, inputs, rc, message, stored=("good-1", "good-2"), absent=(), args=(),
                 setup=None, check=None):
        self.name, self.inputs, self.rc, self.message = name, inputs, rc, message
        self.stored, self.absent, self.args, self.setup, self.check = stored, absent, list(args), setup, check


def jsonl(name, data):
    return lambda tmp: [write(os.path.join(tmp, name), data)]


def nested(depth):
    return ("[" * depth + "]" * depth).encode()


def huge_line(tmp):
    # A 100 MB single-line document between two good ones, written in blocks.
    path = os.path.join(tmp, "huge.jsonl")
    word = ("كلمة " * 1000).encode()
    with open(path, "wb") as f:
        f.write(good("good-1"))
        f.write(b'{"id": "huge", "text": "')
        for _ in range(100 * 1000 * 1000 // len(word) + 1):
            f.write(word)
        f.write(b'"}\n')
        f.write(good("good-2", OTHER_TEXT))
    return [path]


def huge_txt(tmp):
    path = os.path.join(tmp, "huge.txt")
    word = ("كلمة " * 1000).encode()
    with open(path, "wb") as f:
        for _ in range(100 * 1000 * 1000 // len(word) + 1):
            f.write(word)
    return [jsonl("a.jsonl", good("good-1"))(tmp)[0], path, jsonl("b.jsonl", good("good-2", OTHER_TEXT))(tmp)[0]]


def slow_doc(tmp):
    # ~1.5 MB of real sentences: seconds of coding, far over a 0.2 s budget; the small ones take ~1 ms.
    text = " ".join([GOOD_TEXT, OTHER_TEXT] * 6000)
    return jsonl("slow.jsonl", around(json.dumps({"id": "slow", "text": text}, ensure_ascii=False).encode()))(tmp)


def truncated_gzip(tmp):
    path = os.path.join(tmp, "cut.jsonl.gz")
    body = good("good-1") + good("good-2", OTHER_TEXT) + b"".join(good(f"tail-{i}") for i in range(300))
    data = gzip.compress(body)
    return [write(path, data[: len(data) * 2 // 3])]


def prefill(db, mizan, tmp):
    """Stores good-1 and good-2 first: the database cases check they survive."""
    src = write(os.path.join(tmp, "first.jsonl"), good("good-1") + good("good-2", OTHER_TEXT))
    p = subprocess.run([mizan, "ingest", src, "--db", db, "-q"], capture_output=True)
    if p.returncode != 0:
        fail(f"prefill failed: {p.stderr.decode()}")


def many_docs(tmp, n=3000):
    return [write(os.path.join(tmp, "more.jsonl"),
                  b"".join(good(f"more-{i}", f"{OTHER_TEXT} {i} {GOOD_TEXT}") for i in range(n)))]


CASES = [
    Case("invalid_utf8", jsonl("u.jsonl", around(b'{"id": "bad", "text": "\xd9\x82\xc3\x28\xff\xfe \xd8"}')),
         1, r"u\.jsonl:2: cannot decode", absent=["bad"]),
    Case("windows_1256", jsonl("w.jsonl", around(
        ('{"id": "cp1256", "text": "%s"}' % GOOD_TEXT).encode("cp1256"))), 0, r"0 bad inputs",
         stored=["good-1", "cp1256", "good-2"]),
    Case("mixed_scripts", jsonl("m.jsonl", around(json.dumps(
        {"id": "mixed", "text": "قال Macron إن فرنسا 中国 שלום Россия 🇱🇾 ستدعم ليبيا. Ελλάδα 2021 ١٢٣"},
        ensure_ascii=False).encode())), 0, r"0 bad inputs", stored=["good-1", "mixed", "good-2"]),
    Case("huge_line_100mb", huge_line, 1, r"huge\.jsonl:2: line longer than 16777216 bytes", absent=["huge"]),
    Case("huge_txt_100mb", huge_txt, 1, r"huge\.txt: larger than 16777216 bytes", absent=["huge"]),
    Case("only_tashkeel", jsonl("t.jsonl", around(json.dumps(
        {"id": "tashkeel", "text": "ًٌٍَُِّْ" * 50}, ensure_ascii=False).encode())), 0, r"0 bad inputs",
         stored=["good-1", "tashkeel", "good-2"]),
    Case("only_punctuation", jsonl("p.jsonl", around(json.dumps(
        {"id": "punct", "text": "،؛؟!... «» — (؟) ،،، !!! ..." * 20}, ensure_ascii=False).encode())), 0,
         r"0 bad inputs", stored=["good-1", "punct", "good-2"]),
    Case("deeply_nested_json", jsonl("n.jsonl", around(b'{"id": "deep", "text": ' + nested(100000) + b"}")), 1,
         r"n\.jsonl:2: .*text", absent=["deep"]),
    Case("truncated_json", jsonl("tr.jsonl", around('{"id": "cut", "text": "قال الرئيس'.encode())), 1,
         r"tr\.jsonl:2: malformed JSON", absent=["cut"]),
    Case("truncated_gzip", truncated_gzip, 1, r"cut\.jsonl\.gz:\d+: truncated gzip stream"),
    Case("nul_bytes_raw", jsonl("z.jsonl", around(b'{"id": "nul", "text": "\xd9\x82\x00\x00\xd8\xa7"}')), 1,
         r"z\.jsonl:2: binary data", absent=["nul"]),
    Case("nul_escaped_in_text", jsonl("e.jsonl", around(json.dumps(
        {"id": "esc", "text": "قال\u0000 الرئيس\u0000"}, ensure_ascii=False).encode())), 0, r"0 bad inputs",
         stored=["good-1", "esc", "good-2"]),
    Case("max_doc_bytes", jsonl("b.jsonl", around(json.dumps(
        {"id": "big", "text": GOOD_TEXT * 30}, ensure_ascii=False).encode())), 1,
         r"b\.jsonl:2: line longer than 2000 bytes", absent=["big"], args=["--max-doc-bytes", "2000"]),
    Case("max_doc_seconds", slow_doc, 1, r"slow\.jsonl:2: .*document slow took .* over the limit of 0\.2 s",
         absent=["slow"], args=["--max-doc-seconds", "0.2", "-j", "2"]),
    Case("missing_file", lambda tmp: [jsonl("a.jsonl", good("good-1"))(tmp)[0], os.path.join(tmp, "nope.jsonl"),
                                      jsonl("b.jsonl", good("good-2", OTHER_TEXT))(tmp)[0]],
         1, r"nope\.jsonl: no such file"),
    Case("not_a_database", lambda tmp: jsonl("a.jsonl", good("good-1"))(tmp), 3,
         r"cannot use the database .*junk\.db.*not a Mizan database", stored=(), setup="junk"),
    Case("locked_database", many_docs, 3, r"database is locked.*m\.db", args=["--busy-timeout", "0.5"],
         setup="lock", check="kept"),
    Case("read_only_database", many_docs, 3, r"read-only", setup="read_only", check="kept"),
    Case("disk_full", many_docs, 3, r"(disk full|disk I/O error|database or disk is full).*m\.db", setup="full",
         check="kept"),
]


def run_case(c, mizan):
    with tempfile.TemporaryDirectory() as tmp:
        os.chmod(tmp, 0o755)
        dbdir = os.path.join(tmp, "db")
        os.mkdir(dbdir)
        db = os.path.join(dbdir, "m.db")
        mounted = False
        preexec = None
        holder = None
        try:
            if c.setup == "junk":
                db = write(os.path.join(dbdir, "junk.db"), b"this is not SQLite\n" * 100)
            if c.setup == "full":
                # A 1 MB disk: a tmpfs as root; elsewhere a 1 MB file-size limit (EFBIG, not ENOSPC).
                mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", dbdir],
                                         capture_output=True).returncode == 0
                if not mounted:
                    def preexec():
                        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                        resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, 1 << 20))
            if c.check == "kept":
                prefill(db, mizan, tmp)
            if c.setup == "lock":
                holder = sqlite3.connect(db, timeout=1, isolation_level=None)
                holder.execute("BEGIN IMMEDIATE")
            if c.setup == "read_only":
                os.chmod(db, 0o444)
                os.chmod(dbdir, 0o555)
                if os.geteuid() == 0:  # root writes anyway: run as nobody
                    def preexec():
                        os.setgid(65534)
                        os.setuid(65534)
            inputs = c.inputs(tmp)
            cmd = [mizan, "ingest", *inputs, "--db", db, "--batch", "50", *c.args]
            t0 = time.monotonic()
            p = subprocess.run(cmd, capture_output=True, preexec_fn=preexec)
            secs = time.monotonic() - t0
            err = p.stderr.decode(errors="replace")
            if holder:
                holder.rollback()
                holder.close()
                holder = None
            print(f"{c.name}: exit {p.returncode} in {secs:.2f} s\n" + "\n".join("  " + l for l in err.splitlines()[-6:]))
            if p.returncode != c.rc:
                fail(f"{c.name}: exit {p.returncode}, expected {c.rc}")
            if not re.search(c.message, err):
                fail(f"{c.name}: stderr does not match /{c.message}/")
            if c.setup == "lock" and secs < 0.5:
                fail(f"{c.name}: gave up after {secs:.2f} s, before --busy-timeout 0.5")
            ids = stored_ids(db) if c.setup != "junk" else set()
            for want in c.stored:
                if want not in ids:
                    fail(f"{c.name}: good document {want} was not stored (stored: {sorted(ids)[:10]})")
            for unwanted in c.absent:
                if unwanted in ids:
                    fail(f"{c.name}: bad document {unwanted} was stored")
            if c.check == "kept":
                con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
                ok = con.execute("PRAGMA integrity_check").fetchone()[0]
                con.close()
                if ok != "ok":
                    fail(f"{c.name}: integrity_check says {ok}")
            print(f"ok: {c.name}")
        finally:
            if holder:
                holder.close()
            if c.setup == "read_only":
                os.chmod(dbdir, 0o755)
            if mounted:
                subprocess.run(["umount", dbdir])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mizan")
    ap.add_argument("--case")
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()
    if a.list:
        print("\n".join(c.name for c in CASES))
        return
    todo = [c for c in CASES if a.case in (None, c.name)]
    if not todo:
        fail(f"no case named {a.case}")
    for c in todo:
        run_case(c, a.mizan)


if __name__ == "__main__":
    main()
