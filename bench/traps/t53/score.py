#!/usr/bin/env python3
"""Score a newsmine tree on trap set T53 (`quotes`).

    python3 score.py TREE [--half tune|blind|all] [--show]

Runs `newsmine quotes` once over every article of the set (JSON Lines) and evaluates the
checks of the chosen half (default: tune). Prints one line per half (`tune 57/120`) and one
line per family and half (`family speaker_gender tune 9/20`). `--show` lists the FAILED checks
of the tune half only; it is refused for blind or all (exit 2). Nothing about individual
blind checks is ever printed.

Check kinds (checks.json):
  speaker  - the row of the article whose quote text contains `quote_contains` (case- and
             quote-mark-insensitive; the shortest such row when several do) must exist and
             its `speaker` must contain one of `speaker_any` (case-insensitive).
  gender   - as `speaker`, and the row's `speaker_gender` must equal `gender`
             ("female", "male", or "" for empty/null).
Standard library only.
"""
import argparse
import json
import os
import subprocess
import sys
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/work/main/.venv/bin/python"
TIMEOUT = 170


def norm(s):
    if s is None:
        return ""
    s = str(s).lower()
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u00a0", " ")):
        s = s.replace(a, b)
    return " ".join(s.split())


def run_newsmine(tree, articles):
    env = dict(os.environ)
    env.setdefault("NEWSMINE_CACHE_DIR", "/tmp/s43/cache_base")
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    cmd = [PYTHON, "-m", "newsmine", "quotes"] + articles + ["-f", "jsonl"]
    try:
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True,
                              timeout=TIMEOUT, cwd=HERE)
    except subprocess.TimeoutExpired:
        print("newsmine quotes timed out after %d s" % TIMEOUT, file=sys.stderr)
        return None
    rows = {}
    bad = 0
    for line in proc.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            row = json.loads(line)
        except ValueError:
            bad += 1
            continue
        doc = os.path.basename(str(row.get("doc") or ""))
        rows.setdefault(doc, []).append(row)
    if proc.returncode not in (0, 1) or (not rows and articles):
        print("newsmine quotes exited %d; stderr:" % proc.returncode, file=sys.stderr)
        print("\n".join(proc.stderr.splitlines()[-15:]), file=sys.stderr)
    elif proc.returncode == 1:
        print("note: newsmine exited 1 (some articles failed or were empty)", file=sys.stderr)
    if bad:
        print("note: %d output lines were not JSON" % bad, file=sys.stderr)
    return rows


def find_row(rows, needle):
    n = norm(needle)
    hits = [r for r in rows if n in norm(r.get("quote"))]
    if not hits:
        return None
    return min(hits, key=lambda r: (len(norm(r.get("quote"))), r.get("start") or 0))


def evaluate(check, rows_by_doc):
    """Return (passed, what newsmine gave)."""
    rows = rows_by_doc.get(check["article"], [])
    kind = check.get("kind")
    if kind not in ("speaker", "gender"):
        return False, "unknown check kind %r" % kind
    row = find_row(rows, check["quote_contains"])
    if row is None:
        return False, "no row whose quote contains the text"
    speaker = row.get("speaker")
    gender = row.get("speaker_gender") or ""
    got = "speaker=%r speaker_text=%r gender=%r type=%r quote=%r" % (
        speaker, row.get("speaker_text"), gender, row.get("type"),
        (row.get("quote") or "")[:90])
    sp = norm(speaker)
    ok = bool(sp) and any(norm(e) in sp for e in check["speaker_any"])
    if kind == "gender":
        ok = ok and gender == (check.get("gender") or "")
    return ok, got


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tree", help="a folder holding src/ (newsmine source tree)")
    ap.add_argument("--half", choices=("tune", "blind", "all"), default="tune")
    ap.add_argument("--show", action="store_true",
                    help="print each failed check of the tune half")
    args = ap.parse_args()
    if args.show and args.half != "tune":
        print("--show is only allowed with --half tune", file=sys.stderr)
        sys.exit(2)
    if not os.path.isdir(os.path.join(args.tree, "src")):
        print("no src/ folder in %s" % args.tree, file=sys.stderr)
        sys.exit(2)

    with open(os.path.join(HERE, "checks.json"), encoding="utf-8") as f:
        checks = json.load(f)
    art_dir = os.path.join(HERE, "articles")
    articles = sorted(os.path.join(art_dir, n) for n in os.listdir(art_dir)
                      if n.endswith(".txt"))
    halves = ["tune", "blind"] if args.half == "all" else [args.half]

    rows_by_doc = run_newsmine(args.tree, articles)
    if rows_by_doc is None:
        rows_by_doc = {}

    totals = OrderedDict()
    fams = OrderedDict()
    failed_tune = []
    for c in checks:
        if c["half"] not in halves:
            continue
        ok, got = evaluate(c, rows_by_doc)
        t = totals.setdefault(c["half"], [0, 0])
        t[0] += ok
        t[1] += 1
        f = fams.setdefault((c["family"], c["half"]), [0, 0])
        f[0] += ok
        f[1] += 1
        if not ok and c["half"] == "tune":
            failed_tune.append((c, got))

    for h in halves:
        p, n = totals.get(h, [0, 0])
        print("%s %d/%d" % (h, p, n))
    for h in halves:
        for (fam, half), (p, n) in sorted(fams.items()):
            if half == h:
                print("family %s %s %d/%d" % (fam, h, p, n))
    if args.show:
        for c, got in failed_tune:
            exp = "speaker contains one of %s" % c["speaker_any"]
            if c["kind"] == "gender":
                exp += ", gender %r" % c["gender"]
            print("FAIL %s %s [%s] quote~%r\n  expected: %s\n  newsmine: %s" % (
                c["id"], c["article"], c["family"], c["quote_contains"], exp, got))


if __name__ == "__main__":
    main()
