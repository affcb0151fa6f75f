#!/usr/bin/env python3
"""Blind trap set t29 for `newsmine quotes`.

usage: python3 score.py TREE [--half tune|blind|all] [--show]

Runs `newsmine quotes` once over all articles (JSON Lines) with PYTHONPATH=TREE/src and
the interpreter in $NEWSMINE_PYTHON (default /work/main/.venv/bin/python), evaluates the
checks of the chosen half and prints one line per half and per family.
--show lists the FAILED checks of the tune half only (refused for blind/all: exit 2).

Check kinds (all text matching is case-insensitive, curly quote marks read as straight
ones, whitespace collapsed; rows are matched to articles by the basename of `doc`):
  speaker        some row whose quote contains quote_contains has a speaker containing
                 speaker_contains (a string, or a list: any of them)
  no_speaker     no row whose quote contains quote_contains has a speaker containing
                 speaker_not (string or list); passes when there is no such row
  no_quote       no row's quote contains text_contains
  never_speaker  no row of the article has a speaker containing speaker_not
  gender         some row whose quote contains quote_contains (and, when given, whose
                 speaker contains speaker_contains) has speaker_gender == gender
                 ("" = empty/null)
"""
import argparse
import json
import os
import re
import subprocess
import sys
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ["speaker_direct", "speaker_pronoun", "speaker_continuation",
            "speaker_inside", "not_a_quote", "speaker_gender"]


def norm(s):
    if s is None:
        return ""
    s = str(s).lower()
    for a in "\u201c\u201d\u00ab\u00bb\u201e\u201f\u2033":
        s = s.replace(a, '"')
    for a in "\u2018\u2019\u201a\u201b\u2032`":
        s = s.replace(a, "'")
    return re.sub(r"\s+", " ", s).strip()


def as_list(v):
    return v if isinstance(v, list) else [v]


def run_newsmine(tree, files):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    py = os.environ.get("NEWSMINE_PYTHON", "/work/main/.venv/bin/python")
    cmd = [py, "-m", "newsmine", "quotes"] + files + ["-f", "jsonl"]
    try:
        p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=170)
    except subprocess.TimeoutExpired:
        print("newsmine quotes timed out", file=sys.stderr)
        sys.exit(1)
    if p.returncode not in (0, 1):
        print("newsmine quotes failed (exit %d):\n%s" % (p.returncode, p.stderr[-2000:]),
              file=sys.stderr)
        sys.exit(1)
    if p.returncode == 1:
        print("warning: newsmine exit 1:\n%s" % p.stderr[-2000:], file=sys.stderr)
    rows = {}
    for line in p.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        r = json.loads(line)
        rows.setdefault(os.path.basename(str(r.get("doc", ""))), []).append(r)
    return rows


def evaluate(c, rows):
    """Return (passed, what newsmine gave)."""
    kind = c["kind"]
    if kind == "no_quote":
        t = norm(c["text_contains"])
        hits = [r for r in rows if t in norm(r.get("quote"))]
        return (not hits, [(r.get("quote"), r.get("speaker")) for r in hits])
    if kind == "never_speaker":
        bad = [norm(x) for x in as_list(c["speaker_not"])]
        hits = [r for r in rows if any(b in norm(r.get("speaker")) for b in bad)]
        return (not hits, [(r.get("quote"), r.get("speaker")) for r in hits])
    q = norm(c["quote_contains"])
    cand = [r for r in rows if q in norm(r.get("quote"))]
    gave = [(r.get("quote"), r.get("type"), r.get("speaker"), r.get("speaker_gender"))
            for r in cand]
    if kind == "speaker":
        want = [norm(x) for x in as_list(c["speaker_contains"])]
        ok = any(any(w in norm(r.get("speaker")) for w in want) for r in cand)
        return (ok, gave or "no row with that quote")
    if kind == "no_speaker":
        bad = [norm(x) for x in as_list(c["speaker_not"])]
        ok = not any(any(b in norm(r.get("speaker")) for b in bad) for r in cand)
        return (ok, gave or "no row with that quote")
    if kind == "gender":
        if c.get("speaker_contains"):
            want = [norm(x) for x in as_list(c["speaker_contains"])]
            cand2 = [r for r in cand if any(w in norm(r.get("speaker")) for w in want)]
        else:
            cand2 = cand
        ok = any(norm(r.get("speaker_gender")) == norm(c["gender"]) for r in cand2)
        return (ok, gave or "no row with that quote")
    raise ValueError("unknown kind %r" % kind)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tree")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="all")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    if a.show and a.half != "tune":
        print("--show is only allowed with --half tune", file=sys.stderr)
        sys.exit(2)
    checks = json.load(open(os.path.join(HERE, "checks.json"), encoding="utf-8"))
    adir = os.path.join(HERE, "articles")
    files = sorted(os.path.join(adir, f) for f in os.listdir(adir) if f.endswith(".txt"))
    rows = run_newsmine(a.tree, files)
    halves = ["tune", "blind"] if a.half == "all" else [a.half]
    res = OrderedDict()
    fails = []
    for c in checks:
        if c["half"] not in halves:
            continue
        ok, gave = evaluate(c, rows.get(c["article"], []))
        res.setdefault(c["half"], []).append((c["family"], ok))
        if not ok and c["half"] == "tune":
            fails.append((c, gave))
    for h in halves:
        r = res.get(h, [])
        print("%s %d/%d" % (h, sum(ok for _, ok in r), len(r)))
    for h in halves:
        r = res.get(h, [])
        for fam in FAMILIES:
            fr = [ok for f, ok in r if f == fam]
            if fr:
                print("family %s %s %d/%d" % (fam, h, sum(fr), len(fr)))
    if a.show:
        for c, gave in fails:
            exp = {k: v for k, v in c.items()
                   if k not in ("id", "half", "article", "family", "style", "why")}
            print("FAIL %s %s %s\n  expected: %s\n  why: %s\n  newsmine: %s"
                  % (c["id"], c["article"], c["family"], json.dumps(exp, ensure_ascii=False),
                     c["why"], json.dumps(gave, ensure_ascii=False)))


if __name__ == "__main__":
    main()
