#!/usr/bin/env python3
"""Score newsmine's `places` command on trap set T52.

usage: python3 score.py TREE [--half tune|blind|all] [--show]

Runs newsmine once (`places`, JSON Lines) over every article of the set, with
PYTHONPATH=TREE/src, and evaluates the checks of the chosen half. Prints one
line per half and one line per family and half. --show lists the failed checks
of the TUNE half only; it is refused for blind or all (exit 2).
Standard library only.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import unicodedata
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/work/main/.venv/bin/python"
DEFAULT_CACHE = "/tmp/s43/cache_base"
TIMEOUT = 170


def norm(s):
    if s is None:
        return ""
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace(".", " ")
    return " ".join(s.lower().split())


def km_between(lat1, lon1, lat2, lon2):
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def run_places(tree, articles):
    env = dict(os.environ)
    env.setdefault("NEWSMINE_CACHE_DIR", DEFAULT_CACHE)
    src = os.path.join(os.path.abspath(tree), "src")
    env["PYTHONPATH"] = src
    env.pop("NO_COLOR", None)
    cmd = [PYTHON, "-m", "newsmine", "places"] + articles + ["-f", "jsonl"]
    try:
        proc = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=TIMEOUT, cwd=HERE)
    except subprocess.TimeoutExpired:
        print("newsmine places: timed out after %d s" % TIMEOUT, file=sys.stderr)
        return None
    if proc.returncode not in (0, 1):
        print("newsmine places: exit %d" % proc.returncode, file=sys.stderr)
        print(proc.stderr.decode("utf-8", "replace")[-2000:], file=sys.stderr)
        return None
    if proc.returncode == 1:
        print("newsmine places: exit 1 (some inputs failed)", file=sys.stderr)
    rows = {}
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            row = json.loads(line)
        except ValueError:
            continue
        doc = os.path.basename(str(row.get("doc", "")))
        rows.setdefault(doc, []).append(row)
    return rows


def matching(rows, names):
    want = set(norm(n) for n in names)
    out = []
    for r in rows:
        keys = [norm(r.get("place"))] + [norm(a) for a in (r.get("aliases") or [])]
        if any(k in want for k in keys):
            out.append(r)
    return out


def row_ok(r, check, need_point):
    """Is this row consistent with the check's country and point?"""
    cc = check.get("cc")
    code = r.get("country_code")
    lat, lon = r.get("lat"), r.get("lon")
    if need_point:
        if cc and code not in cc:
            return False
        if check.get("lat") is not None:
            if lat is None or lon is None:
                return False
            return km_between(lat, lon, check["lat"], check["lon"]) <= check["km"]
        return True
    # absent_or_near: no wrong country, and any point near
    if cc and code is not None and code not in cc:
        return False
    if lat is not None and lon is not None and check.get("lat") is not None:
        return km_between(lat, lon, check["lat"], check["lon"]) <= check["km"]
    return True


def evaluate(check, rows):
    found = matching(rows, check["names"])
    kind = check["kind"]
    if kind == "place_at":
        ok = bool(found) and all(row_ok(r, check, True) for r in found)
    elif kind == "no_place":
        ok = not found
    elif kind == "absent_or_near":
        ok = all(row_ok(r, check, False) for r in found)
    else:
        raise ValueError("unknown check kind %r" % kind)
    return ok, found


def expected_text(c):
    names = "/".join(c["names"])
    if c["kind"] == "no_place":
        return "no place row named %s" % names
    where = ""
    if c.get("cc"):
        where += " country %s" % ",".join(c["cc"])
    if c.get("lat") is not None:
        where += " within %g km of (%g, %g)" % (c["km"], c["lat"], c["lon"])
    if c["kind"] == "place_at":
        return "every row named %s:%s (at least one row)" % (names, where)
    return "rows named %s absent, unresolved, or%s" % (names, where)


def gave_text(found, rows):
    if not found:
        return "no matching row; article's places: " + ", ".join(
            "%s[%s]" % (r.get("place"), r.get("country_code")) for r in rows) if rows else "no matching row; no place rows"
    parts = []
    for r in found:
        parts.append("%s kind=%s cc=%s lat=%s lon=%s by=%s aliases=%s" % (
            r.get("place"), r.get("kind"), r.get("country_code"), r.get("lat"), r.get("lon"),
            r.get("resolved_by"), r.get("aliases")))
    return " | ".join(parts)


def main():
    ap = argparse.ArgumentParser(description="Score newsmine places on trap set T52")
    ap.add_argument("tree", help="a newsmine tree (a folder holding src/)")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="tune")
    ap.add_argument("--show", action="store_true", help="list failed TUNE checks")
    args = ap.parse_args()
    if args.show and args.half != "tune":
        print("score.py: --show is only allowed with --half tune", file=sys.stderr)
        return 2
    if not os.path.isdir(os.path.join(args.tree, "src")):
        print("score.py: %s has no src/ folder" % args.tree, file=sys.stderr)
        return 2

    with open(os.path.join(HERE, "checks.json"), encoding="utf-8") as f:
        checks = json.load(f)
    art_dir = os.path.join(HERE, "articles")
    articles = sorted(os.path.join(art_dir, n) for n in os.listdir(art_dir) if n.endswith(".txt"))

    rows = run_places(args.tree, articles)
    if rows is None:
        return 1

    halves = ["tune", "blind"] if args.half == "all" else [args.half]
    families = list(OrderedDict.fromkeys(c["family"] for c in checks))
    tally = {}
    failed_tune = []
    for c in checks:
        if c["half"] not in halves:
            continue
        ok, found = evaluate(c, rows.get(c["article"], []))
        t = tally.setdefault((c["family"], c["half"]), [0, 0])
        t[1] += 1
        if ok:
            t[0] += 1
        elif c["half"] == "tune":
            failed_tune.append((c, found))

    for h in halves:
        good = sum(v[0] for (fam, hh), v in tally.items() if hh == h)
        total = sum(v[1] for (fam, hh), v in tally.items() if hh == h)
        print("%s %d/%d" % (h, good, total))
    for fam in families:
        for h in halves:
            v = tally.get((fam, h))
            if v:
                print("family %s %s %d/%d" % (fam, h, v[0], v[1]))

    if args.show:
        print()
        print("failed tune checks: %d" % len(failed_tune))
        for c, found in failed_tune:
            print("- %s %s [%s, %s]" % (c["id"], c["article"], c["family"], c["kind"]))
            print("    expected: %s" % expected_text(c))
            print("    newsmine: %s" % gave_text(found, rows.get(c["article"], [])))
            print("    why: %s" % c["why"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
