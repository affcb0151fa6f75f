#!/usr/bin/env python3
"""Score newsmine `entities` on trap set T55.

    python3 score.py TREE [--half tune|blind|all] [--show]

Runs newsmine once (`entities ... -f jsonl`) over every article of the set,
evaluates the checks of the chosen half and prints one total line per half and
one line per family.  `--show` lists the failed checks of the TUNE half only.
Standard library only.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/work/main/.venv/bin/python"
FAMILIES = ["one_person", "world_names", "orgs", "labels", "junk"]
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "chief", "alhaji", "hajiya", "sheikh", "justice", "judge", "senator", "sen", "rep",
    "president", "minister", "cllr", "councillor", "cr", "madam", "hon", "rt", "shri", "smt",
    "engr", "eng", "barr", "advocate", "comrade", "deputy", "mayor", "premier", "governor",
    "director", "magistrate", "speaker", "dsp", "mx",
}


def norm(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = re.sub(r"'s$", "", s.strip())
    s = re.sub(r"[\"\u201c\u201d'.,]", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def untitled(s):
    words = norm(s).split()
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    return " ".join(words)


def run_newsmine(tree, files):
    env = dict(os.environ)
    env.setdefault("NEWSMINE_CACHE_DIR", "/tmp/s43/cache_base")
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    cmd = [PYTHON, "-m", "newsmine", "entities"] + files + ["-f", "jsonl"]
    try:
        p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=170)
    except subprocess.TimeoutExpired:
        sys.exit("score.py: newsmine timed out")
    if p.returncode not in (0, 1):
        sys.stderr.write(p.stderr[-2000:])
        sys.exit("score.py: newsmine exited %d" % p.returncode)
    if p.returncode == 1:
        sys.stderr.write("score.py: newsmine exit 1 (some inputs failed)\n")
    rows = {}
    for line in p.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        r = json.loads(line)
        rows.setdefault(os.path.basename(r.get("doc") or ""), []).append(r)
    return rows


def names_of(c):
    return {norm(c["entity"])} | {norm(a) for a in c.get("alt", [])}


def find(rows, c, labels):
    """Rows whose name is the check's entity or an accepted variant; (rows with an
    accepted label, rows with any label)."""
    want = names_of(c)
    any_label = [r for r in rows if norm(r.get("entity")) in want]
    ok = [r for r in any_label if not labels or r.get("label") in labels]
    ok.sort(key=lambda r: -(r.get("mentions") or 0))
    return ok, any_label


def brief(r):
    return "%s/%s/%s" % (r.get("entity"), r.get("label"), r.get("mentions"))


def forbidden_rows(rows, c, keep):
    bad = {untitled(x) for x in c.get("not_rows", [])}
    labs = c.get("not_labels")
    out = []
    for r in rows:
        if any(r is k for k in keep):
            continue
        if untitled(r.get("entity")) in bad and (not labs or r.get("label") in labs):
            out.append(r)
    return out


def check_row(c, rows):
    labels = c.get("label")
    ok, any_label = find(rows, c, labels)
    if not ok:
        if any_label:
            return False, "label %s" % ", ".join(brief(r) for r in any_label)
        return False, "no row"
    r = ok[0]
    if c.get("min_mentions") and (r.get("mentions") or 0) < c["min_mentions"]:
        return False, "mentions %s < %d" % (brief(r), c["min_mentions"])
    bad = forbidden_rows(rows, c, [r])
    if bad:
        return False, "row %s; also %s" % (brief(r), ", ".join(brief(b) for b in bad))
    return True, brief(r)


def check_apart(c, rows):
    labels = c.get("label")
    got = []
    for p in c["people"]:
        ok, any_label = find(rows, p, labels)
        ok = [r for r in ok if not any(r is g for g in got)]
        if not ok:
            if any_label:
                return False, "%s: label %s" % (p["entity"], ", ".join(brief(r) for r in any_label))
            return False, "%s: no row" % p["entity"]
        r = ok[0]
        m = r.get("mentions") or 0
        if p.get("min_mentions") and m < p["min_mentions"]:
            return False, "%s: mentions %s < %d" % (p["entity"], brief(r), p["min_mentions"])
        if p.get("max_mentions") and m > p["max_mentions"]:
            return False, "%s: mentions %s > %d" % (p["entity"], brief(r), p["max_mentions"])
        got.append(r)
    bad = forbidden_rows(rows, c, got)
    if bad:
        return False, "also %s" % ", ".join(brief(b) for b in bad)
    return True, "; ".join(brief(r) for r in got)


def check_no_row(c, rows):
    pats = [re.compile(r"(?<![a-z0-9])" + re.escape(norm(m)) + r"(?![a-z0-9])") for m in c["match"]]
    hits = []
    for r in rows:
        texts = [r.get("entity") or ""] + list(r.get("aliases") or [])
        if any(p.search(norm(t)) for p in pats for t in texts):
            hits.append(r)
    if hits:
        return False, "rows " + ", ".join(brief(r) for r in hits)
    return True, "none"


KINDS = {"row": check_row, "rows_apart": check_apart, "no_row": check_no_row}


def expected(c):
    if c["kind"] == "row":
        s = "row %r %s" % (c["entity"], "/".join(c.get("label") or []))
        if c.get("min_mentions"):
            s += " mentions>=%d" % c["min_mentions"]
        if c.get("not_rows"):
            s += " and no row %s" % c["not_rows"]
        return s
    if c["kind"] == "rows_apart":
        return "separate rows " + ", ".join(
            "%s[%s..%s]" % (p["entity"], p.get("min_mentions", ""), p.get("max_mentions", ""))
            for p in c["people"])
    return "no row matching %s" % c["match"]


def related(c, rows):
    keys = set()
    for n in [c.get("entity")] + [p["entity"] for p in c.get("people", [])] + c.get("match", []):
        if n:
            keys |= {w for w in norm(n).split() if len(w) > 2}
    return [brief(r) for r in rows if keys & set(norm(r.get("entity")).split())]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tree")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="all")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    if a.show and a.half != "tune":
        sys.stderr.write("score.py: --show is only allowed with --half tune\n")
        sys.exit(2)
    checks = json.load(open(os.path.join(HERE, "checks.json"), encoding="utf-8"))
    art_dir = os.path.join(HERE, "articles")
    files = sorted(os.path.join(art_dir, f) for f in os.listdir(art_dir) if f.endswith(".txt"))
    rows = run_newsmine(a.tree, files)
    halves = ["tune", "blind"] if a.half == "all" else [a.half]
    results = {}
    for c in checks:
        if c["half"] not in halves:
            continue
        doc_rows = rows.get(c["article"], [])
        try:
            ok, got = KINDS[c["kind"]](c, doc_rows)
        except Exception as e:  # a malformed row must not stop the scoring
            ok, got = False, "error %r" % (e,)
        results[c["id"]] = (c, ok, got)
    for h in halves:
        hs = [v for v in results.values() if v[0]["half"] == h]
        print("%s %d/%d" % (h, sum(1 for v in hs if v[1]), len(hs)))
    for h in halves:
        for fam in FAMILIES:
            fs = [v for v in results.values() if v[0]["half"] == h and v[0]["family"] == fam]
            if fs:
                print("family %s %s %d/%d" % (fam, h, sum(1 for v in fs if v[1]), len(fs)))
    if a.show:
        for c, ok, got in results.values():
            if ok or c["half"] != "tune":
                continue
            print("FAIL %s %s [%s]" % (c["id"], c["article"], c["family"]))
            print("  expected: %s" % expected(c))
            print("  got:      %s" % got)
            rel = related(c, rows.get(c["article"], []))
            if rel:
                print("  related:  %s" % "; ".join(rel))


if __name__ == "__main__":
    main()
