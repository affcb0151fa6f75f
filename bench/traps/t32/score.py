#!/usr/bin/env python3
"""Score newsmine `figures` on trap set t32.

usage: python3 score.py TREE [--half tune|blind|all] [--show]

Runs `newsmine figures` once over every article (JSON Lines) with PYTHONPATH=TREE/src and the
interpreter of /work/main/.venv, evaluates the checks of the chosen half and prints one total
line per half and one line per family. --show lists failed TUNE checks only.
"""
import argparse
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/work/main/.venv/bin/python"
FAMILIES = ["scale", "change", "qualifier", "junk", "object", "units"]


def norm(s):
    return re.sub(r"\s+", " ", str(s or "")).strip().lower()


def pattern(tc):
    """Regex for a text_contains needle that does not match inside a longer number/word."""
    tc = tc.lower()
    p = re.escape(tc)
    if tc[0].isdigit() or tc[0] == ".":
        p = r"(?<![\d.,])" + p
    elif tc[0].isalpha():
        p = r"(?<![a-z])" + p
    if tc[-1].isdigit():
        p = p + r"(?![\d])"
    elif tc[-1].isalpha():
        p = p + r"(?![a-z])"
    return re.compile(p)


def run_newsmine(tree, files):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    env.pop("NO_COLOR", None)
    cmd = [PY, "-m", "newsmine", "figures"] + files + ["-f", "jsonl"]
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=170)
    rows = defaultdict(list)
    for line in p.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            r = json.loads(line)
        except ValueError:
            continue
        rows[os.path.basename(str(r.get("doc", "")))].append(r)
    failed = set()
    for line in p.stderr.splitlines():
        m = re.match(r"newsmine: (.+?): ", line)
        if m and ("error" in line or "no article text" in line or "cannot" in line):
            failed.add(os.path.basename(m.group(1)))
    if p.returncode not in (0, 1) or (p.returncode != 0 and not rows):
        sys.stderr.write(p.stderr[-3000:])
        sys.stderr.write("score.py: newsmine failed (exit %d)\n" % p.returncode)
        sys.exit(1)
    return rows, failed


def sentence_of(row, raw):
    s = row.get("sentence")
    if s:
        return norm(s)
    # fallback: the paragraph of the article file holding the row's start offset
    st = row.get("start")
    if isinstance(st, int) and 0 <= st <= len(raw):
        a = raw.rfind("\n", 0, st) + 1
        b = raw.find("\n", st)
        return norm(raw[a:b if b >= 0 else len(raw)])
    return ""


def num_eq(got, want):
    if want is None:
        return got is None or got == ""
    try:
        g = float(got)
    except (TypeError, ValueError):
        return False
    w = float(want)
    return abs(g - w) <= 1e-9 * max(1.0, abs(w))


def str_eq(got, want):
    if want is None or want == "":
        return got is None or str(got).strip() == ""
    return got is not None and str(got).strip() == str(want).strip()


def candidates(check, rows, raw):
    pat = pattern(check["text_contains"])
    sc = norm(check.get("sentence_contains", ""))
    out = []
    for r in rows:
        if not pat.search(norm(r.get("text"))):
            continue
        if sc and sc not in sentence_of(r, raw):
            continue
        out.append(r)
    return out


def row_ok(check, r):
    k = check["kind"]
    if k == "change":
        return str_eq(r.get("change"), check["change"])
    if k == "object":
        return check["object_contains"].lower() in norm(r.get("object"))
    if k == "figure":
        for f in ("value", "value_max"):
            if f in check and not num_eq(r.get(f), check[f]):
                return False
        for f in ("qualifier", "unit", "change"):
            if f in check and not str_eq(r.get(f), check[f]):
                return False
        if "figure_kind" in check and not str_eq(r.get("kind"), check["figure_kind"]):
            return False
        if "object_contains" in check and check["object_contains"].lower() not in norm(r.get("object")):
            return False
        return True
    raise ValueError("unknown kind " + k)


def junk_hits(check, rows, raw):
    target = check["text_contains"].lower()
    pat = pattern(check["text_contains"])
    sc = norm(check["sentence_contains"])
    hits = []
    for r in rows:
        if sc not in sentence_of(r, raw):
            continue
        t = norm(r.get("text"))
        if not t:
            continue
        if pat.search(t) or (re.search(r"[0-9a-z]", t) and t in target):
            hits.append(r)
    return hits


def evaluate(check, rows, raw, failed):
    """Return (passed, detail rows)."""
    if check["article"] in failed:
        return False, []
    if check["kind"] == "no_figure":
        hits = junk_hits(check, rows, raw)
        return (not hits), hits
    cands = candidates(check, rows, raw)
    return any(row_ok(check, r) for r in cands), cands


SHOW_FIELDS = ("text", "value", "value_max", "qualifier", "unit", "object", "kind", "change")


def brief(r):
    return {f: r.get(f) for f in SHOW_FIELDS}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tree")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="all")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    if a.show and a.half != "tune":
        print("score.py: --show is only allowed with --half tune", file=sys.stderr)
        sys.exit(2)
    checks = json.load(open(os.path.join(HERE, "checks.json"), encoding="utf-8"))
    adir = os.path.join(HERE, "articles")
    files = sorted(os.path.join(adir, f) for f in os.listdir(adir) if f.endswith(".txt"))
    raws = {os.path.basename(f): open(f, encoding="utf-8").read() for f in files}
    rows, failed = run_newsmine(a.tree, files)
    halves = ["tune", "blind"] if a.half == "all" else [a.half]
    tot = defaultdict(lambda: [0, 0])
    fam = defaultdict(lambda: [0, 0])
    shown = []
    for c in checks:
        if c["half"] not in halves:
            continue
        ok, detail = evaluate(c, rows.get(c["article"], []), raws.get(c["article"], ""), failed)
        tot[c["half"]][1] += 1
        fam[(c["family"], c["half"])][1] += 1
        if ok:
            tot[c["half"]][0] += 1
            fam[(c["family"], c["half"])][0] += 1
        elif a.show and c["half"] == "tune":
            shown.append((c, detail))
    if a.show:
        for c, detail in shown:
            exp = {k: v for k, v in c.items() if k not in ("id", "half", "article", "why", "family")}
            print("FAIL %s %s [%s] expected %s" % (c["id"], c["article"], c["family"],
                                                  json.dumps(exp, ensure_ascii=False)))
            print("     why: %s" % c["why"])
            if c["kind"] == "no_figure":
                print("     got rows:", json.dumps([brief(r) for r in detail], ensure_ascii=False))
            elif detail:
                print("     candidates:", json.dumps([brief(r) for r in detail], ensure_ascii=False))
            else:
                near = [brief(r) for r in rows.get(c["article"], [])
                        if not c.get("sentence_contains")
                        or norm(c["sentence_contains"]) in sentence_of(r, raws.get(c["article"], ""))]
                print("     no row matches text_contains; rows%s: %s" % (
                    " in that sentence" if c.get("sentence_contains") else " of the article",
                    json.dumps(near, ensure_ascii=False)))
        print()
    for h in halves:
        print("%s %d/%d" % (h, tot[h][0], tot[h][1]))
    for h in halves:
        for f in FAMILIES:
            if fam[(f, h)][1]:
                print("family %s %s %d/%d" % (f, h, fam[(f, h)][0], fam[(f, h)][1]))


if __name__ == "__main__":
    main()
