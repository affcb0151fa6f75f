#!/usr/bin/env python3
"""Score a newsmine tree against the t47 entity trap set.

usage: python3 score.py TREE [--half tune|blind|all] [--show]

Runs `newsmine entities` and `newsmine places` once each over all articles
(JSON Lines), evaluates the checks of the chosen half and prints totals per
half and per family.  --show lists failed checks of the TUNE half only.
Standard library only.
"""
import argparse
import json
import os
import re
import signal
import subprocess
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PY = os.environ.get("NEWSMINE_PY", "/work/main/.venv/bin/python")
FAMILIES = ["labels", "sport", "one_person", "role_words", "junk"]


def norm(s):
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = re.sub(r"\s+", " ", s).strip().lower()
    s = re.sub(r"^the ", "", s)
    s = re.sub(r"('s|')$", "", s)
    return s.strip(" .,;:")


def run(tree, command, files):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    env["NO_COLOR"] = "1"
    proc = subprocess.run([PY, "-m", "newsmine", command] + files + ["-f", "jsonl"],
                          env=env, capture_output=True, text=True, timeout=170)
    rows = defaultdict(list)
    for line in proc.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            r = json.loads(line)
        except ValueError:
            continue
        rows[os.path.basename(str(r.get("doc", "")))].append(r)
    if proc.returncode not in (0, 1) or not rows:
        sys.stderr.write(f"score.py: newsmine {command} exited {proc.returncode}\n")
        sys.stderr.write(proc.stderr[-2000:] + "\n")
    return rows


def names_of(row, key):
    out = [norm(row.get(key) or "")]
    out += [norm(a) for a in (row.get("aliases") or [])]
    return out


def ent_matches(rows, names):
    ns = {norm(n) for n in names}
    return [r for r in rows if ns & set(names_of(r, "entity"))]


def ent_by_entity(rows, names):
    ns = {norm(n) for n in names}
    return [r for r in rows if norm(r.get("entity") or "") in ns]


def person_row(rows, names):
    for r in ent_by_entity(rows, names):
        if r.get("label") == "PERSON":
            return r
    return None


def brief(rs):
    return [{k: r.get(k) for k in ("entity", "label", "mentions", "aliases", "place", "kind")
             if k in r} for r in rs]


def related(rows, words):
    ws = set()
    for w in words:
        ws |= set(norm(w).split())
    ws = {w for w in ws if len(w) > 2}
    out = []
    for r in rows:
        text = " ".join(names_of(r, "entity" if "entity" in r else "place"))
        if ws & set(re.findall(r"[\w'-]+", text)):
            out.append(r)
    return brief(out)


def evaluate(c, ents, places):
    k = c["kind"]
    if k == "label":
        rs = ent_matches(ents, c["names"])
        ok = bool(rs) and all(r.get("label") in c["labels"] for r in rs)
        return ok, brief(rs) or related(ents, c["names"])
    if k == "not_label":
        rs = ent_matches(ents, c["names"])
        ok = not any(r.get("label") in c["labels"] for r in rs)
        return ok, brief(rs)
    if k == "absent":
        pat = re.compile(r"(?<![\w])" + re.escape(norm(c["text"])) + r"(?![\w])")
        bad = [r for r in ents if any(pat.search(n) for n in names_of(r, "entity"))]
        return not bad, brief(bad)
    if k in ("place_present", "place_absent"):
        ns = {norm(n) for n in c["names"]}
        rs = [r for r in places if ns & set(names_of(r, "place"))]
        ok = bool(rs) if k == "place_present" else not rs
        return ok, brief(rs) or related(places, c["names"])
    if k == "clean_person":
        row = person_row(ents, [c["name"]])
        pat = re.compile(r"(?<![\w])" + re.escape(norm(c["bad"])) + r"(?![\w])")
        bad = [r for r in ents if any(pat.search(n) for n in names_of(r, "entity"))]
        ok = row is not None and not bad
        return ok, brief(bad) + related(ents, [c["name"]])
    if k == "same_person":
        row = person_row(ents, c["name"])
        vs = {norm(v) for v in c["variants"]}
        strays = [r for r in ents if r is not row and norm(r.get("entity") or "") in vs]
        ok = (row is not None and (row.get("mentions") or 0) >= c["min_mentions"]
              and not strays)
        return ok, related(ents, c["name"] + c["variants"])
    if k == "distinct_people":
        a = person_row(ents, c["a"])
        b = person_row(ents, c["b"])
        ok = a is not None and b is not None and a is not b
        return ok, related(ents, c["a"] + c["b"])
    if k == "surname_owner":
        own = person_row(ents, [c["owner"]])
        oth = person_row(ents, [c["other"]])
        v = norm(c["variant"])
        strays = [r for r in ents if norm(r.get("entity") or "") == v]
        ok = (own is not None and oth is not None and own is not oth
              and v in [norm(a) for a in own.get("aliases") or []]
              and v not in [norm(a) for a in oth.get("aliases") or []]
              and not strays)
        return ok, related(ents, [c["owner"], c["other"]])
    raise ValueError(f"unknown kind {k}")


def expected(c):
    skip = {"id", "half", "article", "family", "style", "why"}
    return {k: v for k, v in c.items() if k not in skip}


def main():
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    ap = argparse.ArgumentParser()
    ap.add_argument("tree")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="all")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    if a.show and a.half != "tune":
        sys.stderr.write("score.py: --show is only allowed with --half tune\n")
        sys.exit(2)
    checks = json.load(open(os.path.join(HERE, "checks.json"), encoding="utf-8"))
    halves = ["tune", "blind"] if a.half == "all" else [a.half]
    checks = [c for c in checks if c["half"] in halves]
    art_dir = os.path.join(HERE, "articles")
    files = sorted(os.path.join(art_dir, f) for f in os.listdir(art_dir) if f.endswith(".txt"))
    ents = run(a.tree, "entities", files)
    places = run(a.tree, "places", files)
    score = defaultdict(lambda: [0, 0])
    fails = []
    for c in checks:
        try:
            ok, got = evaluate(c, ents.get(c["article"], []), places.get(c["article"], []))
        except Exception as e:  # a check must never crash the scorer
            ok, got = False, f"error: {e}"
        for key in ((c["half"],), (c["family"], c["half"])):
            score[key][1] += 1
            score[key][0] += int(ok)
        if not ok and c["half"] == "tune":
            fails.append((c, got))
    for h in halves:
        p, t = score[(h,)]
        print(f"{h} {p}/{t}")
    for f in FAMILIES:
        for h in halves:
            if (f, h) in score:
                p, t = score[(f, h)]
                print(f"family {f} {h} {p}/{t}")
    if a.show:
        for c, got in fails:
            print(f"FAIL {c['id']} {c['article']} [{c['family']}] {c['why']}")
            print(f"  expected: {json.dumps(expected(c), ensure_ascii=False)}")
            print(f"  newsmine: {json.dumps(got, ensure_ascii=False)}")


if __name__ == "__main__":
    main()
