#!/usr/bin/env python3
"""Validates the dictionaries under data/ against docs/data-formats.md: magic line, header,
column counts, CAMEO codes that exist, 3-letter role codes, dates that parse, flags and preps
from the allowed sets, duplicate surfaces. Exit status 1 when an error is found.

Usage: scripts/check_data.py [DATA_DIR]
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "data")

TABLES = {
    "cameo/event_codes.tsv": ("mizan-cameo", ["code", "name", "goldstein", "quad", "plover", "plover_mode"]),
    "actors/country_aliases.tsv": ("mizan-country-aliases", ["code", "kind", "surface", "note"]),
    "actors/people.tsv": ("mizan-people", ["id", "name", "variants", "code", "from", "to", "note"]),
    "actors/organizations.tsv": ("mizan-organizations", ["id", "name", "variants", "code", "kind", "note"]),
    "actors/roles.tsv": ("mizan-roles", ["surface", "role", "kind", "plural", "note"]),
    "events/verbs.tsv": ("mizan-verbs", ["id", "cameo", "kind", "forms", "preps", "flags", "note"]),
    "events/role_codes.tsv": ("mizan-role-codes", ["pattern", "side", "roles", "cameo", "note"]),
    "attrib/cues.tsv": ("mizan-cues", ["surface", "kind", "label", "note"]),
    "text/words.tsv": ("mizan-words", ["word", "note"]),
    "text/word_classes.tsv": ("mizan-word-classes", ["class", "word", "note"]),
    "actors/references.tsv": ("mizan-references", ["surface", "refers", "countries", "note"]),
}
# The word classes the code asks for (Lexicon::InClass callers): the names in src/lex/lexicon.cc's
# kWordClassNames, read from there so that a class added in the code needs no second list here.
def _word_classes():
    src = os.path.join(ROOT, "src", "lex", "lexicon.cc")
    with open(src, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"kWordClassNames\[\]\s*=\s*\{(.*?)\};", text, re.S)
    if not m:
        sys.exit(f"check_data.py: no kWordClassNames in {src}")
    return set(re.findall(r'"([a-z_]+)"', m.group(1)))


WORD_CLASSES = _word_classes()

ROLES = set("GOV MIL SPY LEG BUS MED CVL REB OPP JUD COP PTY NGO REF EDU LAB HLH ELI ENV AGR CRM "
            "IGO INS SEP UAF MOD RAD IMG REL NGM MNC HRI DEV UNO ELI AMN IRC OIC ARL SEP SET".split())
# CAMEO region / generic codes usable in place of a country.
REGIONS = set("AFR ASA BLK CAS CAU CFR CRB EAF EEU EIN EUR LAM MDE MEA NAF NMR PGS SAF SAM SAS SEA "
              "WAF WEU WST IGO NGO NGM MNC PSE KUR XXX SCN BAL INT UIS".split())
# Codes of the CAMEO actor table whose length is not a multiple of three.
ODD_CODES = {"NGOREFIONM"}
ARABIC = re.compile(r"[\u0600-\u06FF]")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PREPS = {"-", "ب", "ل", "مع", "الى", "إلى", "على", "ضد", "من", "عن", "في", "تجاه"}
FLAGS = {"inverse", "symmetric", "place_adjective", "no_article_noun", "patient_genitive", "article_noun", "participle", "retake"}

errors = 0
warnings = 0


def err(path, n, msg):
    global errors
    errors += 1
    print(f"ERROR {path}:{n}: {msg}")


def warn(path, n, msg):
    global warnings
    warnings += 1
    print(f"warn  {path}:{n}: {msg}")


def read(rel):
    """Yields (line_no, cells) for data lines; checks magic, header and column count."""
    magic, header = TABLES[rel]
    path = os.path.join(DATA, rel)
    if not os.path.exists(path):
        print(f"skip  {rel} (missing)")
        return
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if not lines or lines[0].strip() != f"# {magic} v1":
        err(rel, 1, f"magic line must be '# {magic} v1'")
    if len(lines) < 2 or lines[1].split("\t") != header:
        err(rel, 2, f"header must be {header}")
    for n, line in enumerate(lines[2:], start=3):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < len(header):
            err(rel, n, f"{len(cells)} columns, want {len(header)}")
            continue
        if any(c != c.strip() for c in cells[: len(header) - 1]):
            err(rel, n, "cell with leading/trailing spaces")
        yield n, cells


def country_code_ok(code, countries):
    return code in countries or code in REGIONS


def actor_code_ok(code, countries):
    """Country or region (3) + any number of 3-letter role codes."""
    if code in ODD_CODES:
        return True
    if len(code) < 3 or len(code) % 3 or not code.isupper():
        return False
    # Later triples may be roles or CAMEO organization codes (IGOUNOREFCHR, NGOHRIAMN): any letters.
    head = code[:3]
    return country_code_ok(head, countries) or head in ROLES or head == "---"


def main():
    cameo = {}
    for n, c in read("cameo/event_codes.tsv"):
        cameo[c[0]] = c
        try:
            float(c[2])
            assert c[3] in "1234"
        except (ValueError, AssertionError):
            err("cameo", n, "bad goldstein/quad")
    if len(cameo) != 311:
        err("cameo/event_codes.tsv", 0, f"{len(cameo)} codes, want 311")

    countries = set()
    cc_path = "/usr/share/iso-codes/json/iso_3166-1.json"
    if os.path.exists(cc_path):
        import json
        countries = {c["alpha_3"] for c in json.load(open(cc_path))["3166-1"]}
    else:
        countries = None  # cannot check

    seen = {}
    stats = {}
    for n, c in read("actors/country_aliases.tsv"):
        code, kind, surface = c[0], c[1], c[2]
        if kind not in ("name", "capital", "metonym", "demonym", "not"):
            err("country_aliases", n, f"kind {kind}")
        if countries is not None and not country_code_ok(code, countries):
            err("country_aliases", n, f"unknown country code {code}")
        if not ARABIC.search(surface):
            err("country_aliases", n, "surface has no Arabic")
        if kind == "demonym" and surface.startswith("ال"):
            err("country_aliases", n, "demonym must have no article")
        key = (kind == "demonym", surface)
        if key in seen and seen[key] != code:
            err("country_aliases", n, f"{surface} also maps to {seen[key]}")
        seen[key] = code
        stats.setdefault("countries", set()).add(code)

    ids = {}
    for n, c in read("actors/people.tsv"):
        pid, name, variants, code, frm, to = c[:6]
        if not re.match(r"^[a-z0-9_]+$", pid):
            err("people", n, f"bad id {pid}")
        if not ARABIC.search(name):
            err("people", n, "name has no Arabic")
        for d in (frm, to):
            if d and not DATE.match(d):
                err("people", n, f"bad date {d}")
        if frm and to and frm > to:
            err("people", n, "from after to")
        if countries is not None and not actor_code_ok(code, countries):
            err("people", n, f"bad code {code}")
        ids.setdefault(pid, []).append((frm, to, n))
        if any(not v.strip() for v in variants.split("|")) and variants:
            err("people", n, "empty variant")
    for pid, periods in ids.items():
        periods.sort()
        for (f1, t1, n1), (f2, t2, n2) in zip(periods, periods[1:]):
            if not t1 or (f2 and t1 > f2):
                warn("people", n2, f"{pid} periods overlap")
    stats["people_rows"] = sum(len(v) for v in ids.values())
    stats["people"] = len(ids)

    for n, c in read("actors/organizations.tsv"):
        if c[4] not in ("organization", "group"):
            err("organizations", n, f"kind {c[4]}")
        if countries is not None and not actor_code_ok(c[3], countries):
            err("organizations", n, f"bad code {c[3]}")
        stats["orgs"] = stats.get("orgs", 0) + 1

    seen_roles = {}
    for n, c in read("actors/roles.tsv"):
        surface, role, kind, plural = c[:4]
        # An empty role with kind "state" stands for the state itself: "الجانب الإسرائيلي" -> ISR.
        if (not role and kind != "state") or len(role) % 3 or any(role[i:i + 3] not in ROLES for i in range(0, len(role), 3)):
            err("roles", n, f"bad role {role}")
        if kind not in ("person", "group", "organization", "state"):
            err("roles", n, f"kind {kind}")
        if plural not in ("0", "1"):
            err("roles", n, f"plural {plural}")
        if surface in seen_roles:
            err("roles", n, f"duplicate surface {surface} (line {seen_roles[surface]})")
        seen_roles[surface] = n
    stats["roles"] = len(seen_roles)

    verb_ids = set()
    roots = set()
    codes = set()
    for n, c in read("events/verbs.tsv"):
        vid, code, kind, forms, preps, flags = c[:6]
        if vid in verb_ids:
            err("verbs", n, f"duplicate id {vid}")
        verb_ids.add(vid)
        if code not in cameo:
            err("verbs", n, f"unknown CAMEO code {code}")
        roots.add(code[:2])
        codes.add(code)
        if kind not in ("verb", "noun"):
            err("verbs", n, f"kind {kind}")
        for form in forms.split("|"):
            if not form.strip():
                err("verbs", n, "empty form")
            elif kind == "verb" and "/" not in form.split(" ")[0] and not vid.endswith("_passive"):
                # ("PERFECT/-" names the perfect alone in any row)
                # a perfect alone is allowed in a passive row (`*_passive`, docs/data-formats.md)
                err("verbs", n, f"verb form without PERFECT/IMPERFECT: {form}")
        for p in preps.split("|"):
            if p not in PREPS:
                err("verbs", n, f"bad prep {p}")
        for fl in filter(None, flags.split("|")):
            if fl not in FLAGS:
                err("verbs", n, f"bad flag {fl}")
    stats["verbs"] = len(verb_ids)
    stats["verb_codes"] = len(codes)
    if cameo and len(roots) < 20 and verb_ids:
        warn("verbs", 0, f"roots covered: {sorted(roots)}")

    for n, c in read("events/role_codes.tsv"):
        pattern, side, roles, code = c[:4]
        if pattern not in verb_ids and pattern not in codes:
            err("role_codes", n, f"no verbs.tsv pattern has id or code {pattern}")
        if side not in ("source", "target"):
            err("role_codes", n, f"side {side} is not source or target")
        for r in roles.split():
            if r not in ROLES:
                err("role_codes", n, f"unknown role {r}")
        if not roles.split():
            err("role_codes", n, "no roles")
        if code not in cameo:
            err("role_codes", n, f"unknown CAMEO code {code}")
        stats["role_codes"] = stats.get("role_codes", 0) + 1

    cue_kinds = {"attribution": {"named", "anonymous", "close-to-actor", "media", "leaks"},
                 "certainty": {"reported", "hedged", "asserted", "denied"},
                 "negation": {"negated"}, "broker": {"broker"}}
    for n, c in read("attrib/cues.tsv"):
        if c[1] not in cue_kinds or c[2] not in cue_kinds[c[1]]:
            err("cues", n, f"bad kind/label {c[1]}/{c[2]}")
        stats["cues"] = stats.get("cues", 0) + 1

    words = set()
    for n, c in read("text/words.tsv"):
        w = c[0]
        if not ARABIC.search(w) or " " in w:
            err("words", n, f"bad word {w}")
        if w in words:
            warn("words", n, f"duplicate {w}")
        words.add(w)
    stats["words"] = len(words)

    seen = set()
    for n, c in read("text/word_classes.tsv"):
        if c[0] not in WORD_CLASSES:
            err("word_classes", n, f"unknown class {c[0]} (the code asks for {', '.join(sorted(WORD_CLASSES))})")
        # (thing_phrase holds a noun and its adjective; every other class one word)
        if not ARABIC.search(c[1]) or (len(c[1].split()) == 2) != (c[0] == "thing_phrase") or len(c[1].split()) > 2:
            err("word_classes", n, f"bad word {c[1]}" + (" (thing_phrase: a noun and its adjective)" if c[0] == "thing_phrase" else ""))
        if (c[0], c[1]) in seen:
            warn("word_classes", n, f"duplicate {c[0]} {c[1]}")
        seen.add((c[0], c[1]))
    stats["word_classes"] = len(seen)

    for n, c in read("actors/references.tsv"):
        if c[1] not in {"state", "actor", "guest", "host", "kingdom", "group", "same_head", "issuer"}:
            err("references", n, f"bad refers {c[1]}")
        codes = c[2].split()
        if (c[1] == "kingdom") != bool(codes):
            err("references", n, "countries are given for refers = kingdom, and only there")
        for cc in codes:
            if not re.fullmatch(r"[A-Z]{3}", cc):
                err("references", n, f"bad country {cc}")

    if "countries" in stats:
        stats["countries"] = len(stats["countries"])
    print("stats:", stats)
    print(f"{errors} errors, {warnings} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
