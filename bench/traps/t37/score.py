#!/usr/bin/env python3
"""Score newsmine's `entities` command on trap set t37.

    python3 score.py TREE [--half tune|blind|all] [--show]

TREE is a newsmine tree (a folder holding src/). newsmine is run once, on all the set's
articles, as JSON Lines; every check of the chosen half is evaluated and the totals are printed
per half and per family. --show lists the FAILED checks of the tune half only (it is refused for
blind and all). Standard library only.

Check kinds (names are matched case-insensitively, after Unicode NFC and with curly apostrophes
read as straight ones; `name` is a list of acceptable spellings, `label` a list of acceptable labels):
  has                               an entity row named `name` (with a label in `label`, if given)
  must_not_have_entity              NO entity row (nor alias of one) named `name` (with a label in `label`, if given)
  must_not_have_entity_containing   NO entity row (nor alias) whose name contains `text`
  mentions                          the row named `name` (label) has exactly `count` mentions
  alias                             the row named `name` (label) has every one of `forms` among its aliases
  distinct                          both `names` have rows (label), different rows, neither an alias of the other
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/work/main/.venv/bin/python"
FAMILIES = ["one_person", "sports", "labels", "junk", "boundaries"]


def norm(s):
    s = unicodedata.normalize("NFC", str(s or ""))
    for a in "\u2019\u2018\u02bc`\u00b4":
        s = s.replace(a, "'")
    s = s.replace("\u2010", "-").replace("\u2011", "-")
    return " ".join(s.split()).casefold()


def as_list(v):
    if v is None:
        return None
    return v if isinstance(v, list) else [v]


def run_newsmine(tree):
    arts = sorted(f for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".txt"))
    paths = [os.path.join(HERE, "articles", f) for f in arts]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    env.pop("NEWSMINE_MODEL", None)
    env["NO_COLOR"] = "1"
    try:
        proc = subprocess.run([PYTHON, "-m", "newsmine", "entities", *paths, "-f", "jsonl"],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=170, cwd=HERE)
    except subprocess.TimeoutExpired:
        print("newsmine timed out (170 s)", file=sys.stderr)
        return {}
    rows = collections.defaultdict(list)
    bad = 0
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            r = json.loads(line)
        except ValueError:
            bad += 1
            continue
        rows[os.path.basename(str(r.get("doc", "")))].append(r)
    if proc.returncode != 0:
        # only a count: stderr names articles, and nothing about blind checks may be printed
        n = sum(1 for l in proc.stderr.decode("utf-8", "replace").splitlines() if l.strip())
        print(f"(newsmine exit {proc.returncode}, {n} stderr lines)", file=sys.stderr)
    if bad:
        print(f"({bad} output lines were not JSON)", file=sys.stderr)
    return rows


def rows_named(rows, names, labels=None):
    names = {norm(n) for n in names}
    return [r for r in rows if norm(r.get("entity")) in names
            and (labels is None or r.get("label") in labels)]


def forms_of(r):
    return {norm(r.get("entity"))} | {norm(a) for a in (r.get("aliases") or [])}


def evaluate(c, rows):
    """(passed, what newsmine gave) for one check on one article's rows."""
    kind = c["kind"]
    labels = as_list(c.get("label"))
    if kind == "has":
        hit = rows_named(rows, as_list(c["name"]), labels)
        return bool(hit), hit or rows_named(rows, as_list(c["name"])) or "no such entity"
    if kind == "must_not_have_entity":
        names = {norm(n) for n in as_list(c["name"])}
        hit = [r for r in rows if forms_of(r) & names
               and (labels is None or r.get("label") in labels)]
        return not hit, hit or "absent"
    if kind == "must_not_have_entity_containing":
        t = norm(c["text"])
        hit = [r for r in rows if any(t in f for f in forms_of(r))]
        return not hit, hit or "absent"
    if kind == "mentions":
        hit = rows_named(rows, as_list(c["name"]), labels)
        ok = any(r.get("mentions") == c["count"] for r in hit)
        return ok, hit or rows_named(rows, as_list(c["name"])) or "no such entity"
    if kind == "alias":
        hit = rows_named(rows, as_list(c["name"]), labels)
        want = {norm(f) for f in c["forms"]}
        ok = any(want <= forms_of(r) for r in hit)
        return ok, hit or rows_named(rows, as_list(c["name"])) or "no such entity"
    if kind == "distinct":
        a, b = c["names"]
        ra, rb = rows_named(rows, [a], labels), rows_named(rows, [b], labels)
        ok = bool(ra and rb) and not any(
            x.get("entity_id") == y.get("entity_id") or norm(b) in forms_of(x) or norm(a) in forms_of(y)
            for x in ra for y in rb)
        gave = ra + rb or [r for r in rows if norm(a.split()[-1]) in " ".join(forms_of(r))]
        return ok, gave or "neither entity"
    raise ValueError(f"unknown kind {kind!r} in {c['id']}")


def expected(c):
    keep = {k: v for k, v in c.items() if k not in ("id", "half", "article", "family", "style", "why")}
    return json.dumps(keep, ensure_ascii=False)


def short(gave):
    if isinstance(gave, str):
        return gave
    return "; ".join(f"{r.get('entity')!r} {r.get('label')} m={r.get('mentions')} aliases={r.get('aliases')}"
                     for r in gave)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tree")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="all")
    ap.add_argument("--show", action="store_true", help="list failed TUNE checks (only with --half tune)")
    args = ap.parse_args()
    if args.show and args.half != "tune":
        print("--show is only allowed with --half tune (blind checks are never shown)", file=sys.stderr)
        sys.exit(2)
    if not os.path.isdir(os.path.join(args.tree, "src")):
        print(f"{args.tree}: no src/ folder", file=sys.stderr)
        sys.exit(2)
    checks = json.load(open(os.path.join(HERE, "checks.json"), encoding="utf-8"))
    halves = ["tune", "blind"] if args.half == "all" else [args.half]
    rows = run_newsmine(args.tree)
    tally = collections.defaultdict(lambda: [0, 0])
    failed = []
    for c in checks:
        if c["half"] not in halves:
            continue
        ok, gave = evaluate(c, rows.get(c["article"], []))
        for key in ((c["half"],), (c["half"], c["family"])):
            tally[key][1] += 1
            tally[key][0] += bool(ok)
        if not ok and c["half"] == "tune":
            failed.append((c, gave))
    for h in halves:
        p, n = tally[(h,)]
        print(f"{h} {p}/{n}")
    for h in halves:
        for f in FAMILIES:
            p, n = tally[(h, f)]
            print(f"family {f} {h} {p}/{n}")
    if args.show:
        for c, gave in failed:
            print(f"FAIL {c['id']} {c['article']} [{c['family']}] expected {expected(c)} -- {c['why']}")
            print(f"     newsmine: {short(gave)}")


if __name__ == "__main__":
    main()
