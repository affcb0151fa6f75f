#!/usr/bin/env python3
"""Score newsmine's `quotes` command on the T45 trap set (standard library only).

    python3 score.py TREE [--half tune|blind|all] [--show]

TREE is a newsmine tree (a folder holding src/). newsmine runs once, over all 60 articles,
as `PYTHONPATH=TREE/src /work/main/.venv/bin/python -m newsmine quotes FILES... -f jsonl`
(set NEWSMINE_PYTHON to use another interpreter). One line per half is printed
(`tune 57/120`), then one per family and half. `--show` lists the failed checks of the TUNE
half only; it is refused for `blind` and `all` (exit 2). Nothing about single blind checks
is ever printed.

Check kinds (checks.json):
  speaker         the row whose quote contains `quote_contains` (the shortest such row)
                  has `speaker` (a name, or a list of acceptable names)
  speaker_not     that row, if any, must NOT have `not_speaker`
  no_row          no row of the article may have a quote containing `text`
  speaker_gender  that row has `speaker` and speaker_gender `gender` ("" = empty)
Names match case-insensitively, ignoring accents, full stops, a trailing "'s" and leading
titles (Mr, Dr, Cllr, Justice, ...). Quote text matches ignoring case, accents, curly vs
straight quote marks and runs of white space. Rows are matched to articles by basename.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = os.environ.get("NEWSMINE_PYTHON", "/work/main/.venv/bin/python")
TIMEOUT = 170
FAMILIES = ["multi_speaker", "pronoun", "continuation", "partial_quote", "interview",
            "not_a_quote", "speaker_gender"]
TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "sir", "dame", "lord",
    "lady", "rev", "reverend", "fr", "cllr", "councillor", "cr", "judge", "justice", "magistrate",
    "senator", "sen", "gov", "governor", "chief", "alhaji", "comrade", "engr", "hon", "asp",
    "dsp", "supt", "superintendent", "det", "detective", "inspector", "dci", "sgt", "sergeant",
    "president", "minister", "mayor", "coach", "captain", "capt", "commissioner", "the",
}
QUOTE_MAP = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                           "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"',
                           "\u00bb": '"', "`": "'", "\u00a0": " "})


def norm_text(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.translate(QUOTE_MAP)).strip().lower()


def norm_name(s):
    s = norm_text(s)
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"[^\w\s'-]", " ", s.replace(".", " "))
    words = s.split()
    while len(words) > 1 and words[0] in TITLES:
        words.pop(0)
    return " ".join(words)


def names_of(value):
    return value if isinstance(value, list) else [value]


def name_matches(got, expected):
    if not got:
        return False
    return norm_name(got) in {norm_name(e) for e in names_of(expected)}


def run_newsmine(tree, paths):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(tree, "src")
    env["NO_COLOR"] = "1"
    cmd = [PYTHON, "-m", "newsmine", "quotes", *paths, "-f", "jsonl"]
    try:
        proc = subprocess.run(cmd, cwd=HERE, env=env, capture_output=True, text=True,
                              timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        print("score.py: newsmine did not finish in %d s; every check counts as failed"
              % TIMEOUT, file=sys.stderr)
        return {}, None
    rows = collections.defaultdict(list)
    for line in proc.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict):
            rows[os.path.basename(str(row.get("doc") or ""))].append(row)
    return rows, proc


def report_failure(proc, names):
    """Only a run-wide failure is reported; article names are masked."""
    print("score.py: newsmine exited %s with no rows" % proc.returncode, file=sys.stderr)
    tail = proc.stderr.strip().splitlines()[-5:]
    for line in tail:
        for name in names:
            line = line.replace(name, "<article>")
        print("  " + line, file=sys.stderr)


def best_row(rows, sub):
    key = norm_text(sub)
    found = [r for r in rows if key in norm_text(r.get("quote"))]
    return min(found, key=lambda r: len(r.get("quote") or "")) if found else None


def describe(row):
    if row is None:
        return "no row"
    return "speaker=%r gender=%r type=%r quote=%r" % (
        row.get("speaker"), row.get("speaker_gender"), row.get("type"),
        (row.get("quote") or "")[:120])


def evaluate(check, rows):
    """Return (passed, expected text, what newsmine gave)."""
    kind = check["kind"]
    if kind == "no_row":
        key = norm_text(check["text"])
        hits = [r for r in rows if key in norm_text(r.get("quote"))]
        return (not hits, "no row containing %r" % check["text"],
                describe(hits[0]) if hits else "no row")
    row = best_row(rows, check["quote_contains"])
    got = describe(row)
    if kind == "speaker":
        ok = row is not None and name_matches(row.get("speaker"), check["speaker"])
        return ok, "speaker %r" % (check["speaker"],), got
    if kind == "speaker_not":
        ok = row is None or not name_matches(row.get("speaker"), check["not_speaker"])
        return ok, "speaker is NOT %r" % (check["not_speaker"],), got
    if kind == "speaker_gender":
        ok = (row is not None and name_matches(row.get("speaker"), check["speaker"])
              and (row.get("speaker_gender") or "") == check["gender"])
        return ok, "speaker %r with gender %r" % (check["speaker"], check["gender"]), got
    raise ValueError("unknown check kind %r in %s" % (kind, check.get("id")))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("tree", help="a newsmine tree (a folder holding src/)")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="tune")
    ap.add_argument("--show", action="store_true",
                    help="list the failed checks of the tune half")
    args = ap.parse_args(argv)
    if args.show and args.half != "tune":
        print("score.py: --show is only for the tune half (use --half tune --show)",
              file=sys.stderr)
        return 2
    tree = os.path.abspath(args.tree)
    if not os.path.isdir(os.path.join(tree, "src")):
        print("score.py: %s has no src/ folder" % tree, file=sys.stderr)
        return 2

    with open(os.path.join(HERE, "checks.json"), encoding="utf-8") as f:
        checks = json.load(f)
    art_dir = os.path.join(HERE, "articles")
    names = sorted(n for n in os.listdir(art_dir) if n.endswith(".txt"))
    rows, proc = run_newsmine(tree, [os.path.join(art_dir, n) for n in names])
    if proc is not None and not rows:
        report_failure(proc, names)

    halves = ["tune", "blind"] if args.half == "all" else [args.half]
    total = collections.Counter()
    passed = collections.Counter()
    failures = []
    for check in checks:
        half = check["half"]
        if half not in halves:
            continue
        ok, expected, got = evaluate(check, rows.get(check["article"], []))
        total[half] += 1
        total[(check["family"], half)] += 1
        if ok:
            passed[half] += 1
            passed[(check["family"], half)] += 1
        elif half == "tune":
            failures.append((check, expected, got))

    for half in halves:
        print("%s %d/%d" % (half, passed[half], total[half]))
    families = FAMILIES + sorted({c["family"] for c in checks} - set(FAMILIES))
    for fam in families:
        for half in halves:
            if total[(fam, half)]:
                print("family %s %s %d/%d" % (fam, half, passed[(fam, half)],
                                              total[(fam, half)]))
    if args.show:
        for check, expected, got in failures:
            print("FAIL %s %s [%s/%s] expected %s; newsmine: %s" % (
                check["id"], check["article"], check["family"], check["kind"], expected, got))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
