#!/usr/bin/env python3
"""Score newsmine's `figures` command on trap set t36.

    python3 score.py TREE [--half tune|blind|all] [--show]

TREE is a folder holding `src/` (newsmine's package). newsmine is run once over all the
articles of the set (`figures ... -f jsonl`) with PYTHONPATH=TREE/src and the Python of
/work/main/.venv (override with $NEWSMINE_PYTHON). Standard library only.

Families: object, scale, change, qualifier, unit, junk (must NOT be a figure row),
missed (a figure a reader expects must be a row).

Locating a row: a check's `find` gives `ctx`, a phrase of the article around the figure; a row
is a candidate when its `sentence` contains `ctx` (whitespace collapsed, case-insensitive) or,
failing that, its [start, end) lies inside an occurrence of `ctx` in the article. `text` (a
substring of the row's `text`, case-insensitive) and `value_in` (numeric) narrow the
candidates. A positive check passes when ANY candidate satisfies it (and fails when there is
none); a junk check passes when there is NO candidate.

Objects are matched leniently: a check passes when the expected head noun (lower case,
singular or plural) is a word of the object newsmine gives ("theatre nurses" passes for
"nurses"; "GPs" for "gps"; hyphenated pieces count as words).

With --show the FAILED checks of the TUNE half are listed (never blind ones: --show with
--half blind or all is refused, exit 2).
"""
import argparse
import json
import os
import re
import subprocess
import sys
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ["object", "scale", "change", "qualifier", "unit", "junk", "missed"]
DEFAULT_PYTHON = "/work/main/.venv/bin/python"


def norm(s):
    return " ".join((s or "").split()).lower()


def close(a, b):
    if a is None or b is None:
        return False
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(b)) or (abs(b) < 1 and abs(a - b) < 1e-3)


def noun_forms(w):
    w = w.lower()
    forms = {w, w + "s", w + "es"}
    if w.endswith("ies"):
        forms.add(w[:-3] + "y")
    if w.endswith("es"):
        forms.add(w[:-2])
    if w.endswith("s"):
        forms.add(w[:-1])
    if w.endswith("y"):
        forms.add(w[:-1] + "ies")
    if w == "people":
        forms.add("person")
    if w in ("women", "men"):
        forms.add(w[:-2] + "an")
    return forms


def object_words(obj):
    obj = (obj or "").lower()
    words = set(re.findall(r"[a-z0-9]+", obj))
    words |= set(re.findall(r"[a-z0-9][a-z0-9'\-]*", obj))
    return words


def run_newsmine(tree, articles_dir):
    files = sorted(os.path.join(articles_dir, f) for f in os.listdir(articles_dir)
                   if f.endswith(".txt"))
    py = os.environ.get("NEWSMINE_PYTHON", DEFAULT_PYTHON)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    env.pop("NO_COLOR", None)
    try:
        proc = subprocess.run([py, "-m", "newsmine", "figures", *files, "-f", "jsonl"],
                              capture_output=True, text=True, env=env, timeout=175)
    except subprocess.TimeoutExpired:
        print("score.py: newsmine figures timed out", file=sys.stderr)
        sys.exit(1)
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
    if not rows and proc.returncode != 0:
        print("score.py: newsmine figures failed (exit %d):" % proc.returncode, file=sys.stderr)
        print("\n".join(proc.stderr.splitlines()[-15:]), file=sys.stderr)
        sys.exit(1)
    return rows


def candidates(check, rows, text):
    f = check["find"]
    ctx = norm(f["ctx"])
    spans = []
    low = text.lower()
    i = low.find(f["ctx"].lower())
    while i >= 0:
        spans.append((i, i + len(f["ctx"])))
        i = low.find(f["ctx"].lower(), i + 1)
    out = []
    for r in rows:
        ok = ctx in norm(r.get("sentence"))
        if not ok and isinstance(r.get("start"), int) and isinstance(r.get("end"), int):
            ok = any(a <= r["start"] and r["end"] <= b for a, b in spans)
        if not ok:
            continue
        if "text" in f and f["text"].lower() not in (r.get("text") or "").lower():
            continue
        if "value_in" in f and not any(close(r.get("value"), v) for v in f["value_in"]):
            continue
        out.append(r)
    return out


def row_ok(check, r):
    fam = check["family"]
    if fam == "object":
        words = object_words(r.get("object"))
        return bool(noun_forms(check["expect"]) & words)
    if fam == "change":
        got = r.get("change") or None
        return got == check["expect"]
    if fam == "qualifier":
        return (r.get("qualifier") or "") == check["expect"]
    if fam == "unit":
        return (r.get("unit") or "").lower() in [u.lower() for u in check["unit_any"]]
    if fam == "scale":
        if not close(r.get("value"), check["value"]):
            return False
        if "unit_any" in check:
            return (r.get("unit") or "").lower() in [u.lower() for u in check["unit_any"]]
        return True
    if fam == "missed":
        return "value" not in check or close(r.get("value"), check["value"])
    raise ValueError(fam)


def evaluate(check, rows, text):
    cands = candidates(check, rows, text)
    if check["family"] == "junk":
        return not cands, cands
    return any(row_ok(check, r) for r in cands), cands


def describe(check, cands):
    fam = check["family"]
    if fam == "junk":
        exp = "no figure row"
    elif fam == "object":
        exp = "object has word %r" % check["expect"]
    elif fam in ("change", "qualifier"):
        exp = "%s=%r" % (fam, check["expect"])
    elif fam == "unit":
        exp = "unit in %s" % check["unit_any"]
    elif fam == "scale":
        exp = "value=%s" % check["value"] + (" unit in %s" % check["unit_any"] if "unit_any" in check else "")
    else:
        exp = "a row" + (" with value=%s" % check["value"] if "value" in check else "")
    if not cands:
        got = "no matching row"
    else:
        got = "; ".join("text=%r value=%r unit=%r qualifier=%r change=%r object=%r" % (
            r.get("text"), r.get("value"), r.get("unit"), r.get("qualifier"), r.get("change"),
            r.get("object")) for r in cands)
    return exp, got


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tree")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="tune")
    ap.add_argument("--show", action="store_true", help="list failed TUNE checks")
    a = ap.parse_args()
    if a.show and a.half != "tune":
        print("score.py: --show lists tune failures only; use --half tune", file=sys.stderr)
        sys.exit(2)
    if not os.path.isfile(os.path.join(a.tree, "src", "newsmine", "__init__.py")):
        # without it Python would import the installed newsmine instead of TREE's
        print("score.py: %s has no src/newsmine/__init__.py" % a.tree, file=sys.stderr)
        sys.exit(2)
    with open(os.path.join(HERE, "checks.json"), encoding="utf-8") as fh:
        checks = json.load(fh)
    halves = ["tune", "blind"] if a.half == "all" else [a.half]
    art_dir = os.path.join(HERE, "articles")
    rows = run_newsmine(a.tree, art_dir)
    texts = {}
    totals = OrderedDict((h, [0, 0]) for h in halves)
    fams = OrderedDict(((f, h), [0, 0]) for f in FAMILIES for h in halves)
    failed = []
    for c in checks:
        if c["half"] not in halves:
            continue
        art = c["article"]
        if art not in texts:
            with open(os.path.join(art_dir, art), encoding="utf-8") as fh:
                texts[art] = fh.read()
        ok, cands = evaluate(c, rows.get(art, []), texts[art])
        totals[c["half"]][1] += 1
        fams[(c["family"], c["half"])][1] += 1
        if ok:
            totals[c["half"]][0] += 1
            fams[(c["family"], c["half"])][0] += 1
        elif c["half"] == "tune" and a.show:
            failed.append((c, cands))
    for h, (p, n) in totals.items():
        print("%s %d/%d" % (h, p, n))
    for (f, h), (p, n) in fams.items():
        if n:
            print("family %s %s %d/%d" % (f, h, p, n))
    if a.show:
        for c, cands in failed:
            exp, got = describe(c, cands)
            print("FAIL %s %s [%s] expected %s; got %s" % (c["id"], c["article"], c["find"]["ctx"], exp, got))


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
