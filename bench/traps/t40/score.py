#!/usr/bin/env python3
"""Score newsmine `figures` (the `object` column) on trap set t40.

    python3 score.py TREE [--half tune|blind|all] [--show]

TREE is a folder holding `src/` (newsmine is run as
`PYTHONPATH=TREE/src /work/main/.venv/bin/python -m newsmine figures FILES... -f jsonl`,
once, over every article of the set). Standard library only.

Families and kinds of checks (checks.json):
  object        kind "object": the figure row must exist and its `object` must contain the
                expected head noun. Matching is LENIENT: the check passes when the expected
                noun (lower case, singular or plural) is a word of the object newsmine gives
                (objects are split on spaces; a hyphenated word counts whole and by its
                pieces; "-s"/"-es"/"-ies" plurals and people/person, children/child,
                men/man, women/woman are equated).
  junk          kind "no_figure": NO figure row may be found at that place (a date, a year,
                a time of day, a phone number, an age after a name, a name's number, ...).
                kind "empty_object": no figure row found there may have a non-empty object
                (a missing row also passes).
A check's row is found by `figure` (a number as written, matched as whole tokens inside the
row's `text`; a list for no_figure means any of them) and `context` (a distinctive phrase of
the article around the figure, found in the row's `sentence` or in the article text around
the row's offsets). Rows are matched to articles by the basename of `doc`.

Only counts are printed for the blind half; `--show` lists failed TUNE checks only and is
refused (exit 2) for `--half blind` or `--half all`.
"""
import argparse
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/work/main/.venv/bin/python"
IRREG = {"people": "person", "children": "child", "men": "man", "women": "woman",
         "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose"}


def toks(s):
    return re.findall(r"\d+(?:[.,]\d+)*|[^\W\d_]+|[^\w\s]", (s or "").lower())


def contains(small, big):
    n = len(small)
    return n > 0 and any(big[i:i + n] == small for i in range(len(big) - n + 1))


def norm(s):
    s = (s or "").lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", s).strip()


def singulars(w):
    w = w.strip("'\".,;:()[]").lower()
    out = {w}
    if w.endswith("'s"):
        w = w[:-2]
        out.add(w)
    if w.endswith("s'"):
        w = w[:-1]
        out.add(w)
    if w in IRREG:
        out.add(IRREG[w])
    if w.endswith("ies") and len(w) > 3:
        out.add(w[:-3] + "y")
    if w.endswith("es") and len(w) > 2:
        out.add(w[:-2])
    if w.endswith("s") and len(w) > 1:
        out.add(w[:-1])
    return out


def object_words(obj):
    if isinstance(obj, list):
        obj = " ".join(str(x) for x in obj)
    words = set()
    for w in str(obj or "").split():
        w = w.strip("'\".,;:()[]")
        if not w:
            continue
        words.add(w)
        for piece in w.split("-"):
            if piece:
                words.add(piece)
    return words


def object_matches(expected, obj):
    want = singulars(expected)
    for w in object_words(obj):
        if want & singulars(w):
            return True
    return False


def empty(obj):
    if obj is None:
        return True
    if isinstance(obj, list):
        return not any(str(x).strip() for x in obj)
    return not str(obj).strip()


def run_newsmine(tree, files):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    env["NO_COLOR"] = "1"
    cmd = [PYTHON, "-m", "newsmine", "figures"] + files + ["-f", "jsonl"]
    try:
        p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=170)
    except subprocess.TimeoutExpired:
        sys.exit("score.py: newsmine figures timed out")
    if p.returncode not in (0, 1):
        sys.stderr.write(p.stderr[-2000:])
        sys.exit("score.py: newsmine figures exited %d" % p.returncode)
    if p.returncode == 1:
        sys.stderr.write("score.py: warning: newsmine exited 1 (some inputs failed)\n")
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
    return rows


def find_rows(check, rows, text):
    figs = check["figure"] if isinstance(check["figure"], list) else [check["figure"]]
    figs = [toks(f) for f in figs]
    ctx = norm(check["context"])
    found = []
    for r in rows:
        rt = toks(r.get("text"))
        if not any(contains(f, rt) for f in figs):
            continue
        ok = ctx in norm(r.get("sentence"))
        if not ok:
            try:
                s, e = int(r.get("start")), int(r.get("end"))
                pad = len(check["context"]) + 10
                ok = ctx in norm(text[max(0, s - pad):e + pad])
            except (TypeError, ValueError):
                ok = False
        if ok:
            found.append(r)
    return found


def evaluate(check, rows, text):
    """Return (passed, what newsmine gave)."""
    found = find_rows(check, rows, text)
    given = [{"text": r.get("text"), "object": r.get("object"), "kind": r.get("kind")}
             for r in found]
    kind = check["kind"]
    if kind == "object":
        return any(object_matches(check["expected"], r.get("object")) for r in found), given
    if kind == "no_figure":
        return not found, given
    if kind == "empty_object":
        return all(empty(r.get("object")) for r in found), given
    raise ValueError("unknown kind %r" % kind)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("tree")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="all")
    ap.add_argument("--show", action="store_true",
                    help="list failed checks of the TUNE half (refused for blind/all)")
    a = ap.parse_args()
    if a.show and a.half != "tune":
        sys.stderr.write("score.py: --show is only allowed with --half tune\n")
        sys.exit(2)
    if not os.path.isdir(os.path.join(a.tree, "src")):
        sys.stderr.write("score.py: %s has no src/ folder\n" % a.tree)
        sys.exit(2)
    with open(os.path.join(HERE, "checks.json"), encoding="utf-8") as fh:
        checks = json.load(fh)
    halves = ["tune", "blind"] if a.half == "all" else [a.half]
    checks = [c for c in checks if c["half"] in halves]
    art_dir = os.path.join(HERE, "articles")
    names = sorted(f for f in os.listdir(art_dir) if f.endswith(".txt"))
    texts = {}
    for n in names:
        with open(os.path.join(art_dir, n), encoding="utf-8") as fh:
            texts[n] = fh.read()
    rows = run_newsmine(a.tree, [os.path.join(art_dir, n) for n in names])
    tot = defaultdict(lambda: [0, 0])
    fam = defaultdict(lambda: [0, 0])
    failed = []
    for c in checks:
        ok, given = evaluate(c, rows.get(c["article"], []), texts.get(c["article"], ""))
        tot[c["half"]][1] += 1
        fam[(c["family"], c["half"])][1] += 1
        if ok:
            tot[c["half"]][0] += 1
            fam[(c["family"], c["half"])][0] += 1
        elif c["half"] == "tune":
            failed.append((c, given))
    for h in halves:
        print("%s %d/%d" % (h, tot[h][0], tot[h][1]))
    for f in sorted({c["family"] for c in checks}):
        for h in halves:
            p, n = fam[(f, h)]
            print("family %s %s %d/%d" % (f, h, p, n))
    if a.show:
        for c, given in failed:
            exp = c.get("expected") if c["kind"] == "object" else c["kind"]
            print("FAIL %s %s [%s] figure=%s context=%r expected=%r got=%s" % (
                c["id"], c["article"], c["kind"], json.dumps(c["figure"], ensure_ascii=False),
                c["context"], exp, json.dumps(given, ensure_ascii=False)))


if __name__ == "__main__":
    main()
