#!/usr/bin/env python3
"""Score newsmine's `places` command on trap set T48.

    python3 score.py TREE [--half tune|blind|all] [--show]

TREE is a folder holding `src/` (newsmine is run as PYTHONPATH=TREE/src python -m newsmine).
Runs `newsmine places --mentions ... -f jsonl` once over all articles, then evaluates the checks
of the chosen half. Prints one total line per half and one line per family and half.
`--show` lists the failed checks of the TUNE half only (refused for blind or all: exit 2).
Standard library only.

Check kinds (every kind finds the article's spans of `name`: the spans of `name` inside
each string of `anchors`, first occurrence of the anchor, or else every whole-word
occurrence of `name` in the article; a newsmine mention covers a span when they overlap):
  place_country  every span is covered by a place mention, all with country_code
  place_near     as place_country, and every covering mention's point is within km of lat/lon
  no_place       (must NOT appear) no span is covered by any place mention
  not_far        (must NOT land far away) every covering mention has no point or a point within
                 km of lat/lon, and no country or country_code; no mention at all also passes
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "articles")
TIMEOUT = 170


def python_for_newsmine():
    env = os.environ.get("NEWSMINE_PYTHON")
    if env:
        return env
    venv = "/work/main/.venv/bin/python"
    return venv if os.path.exists(venv) else sys.executable


def run_places(tree, files):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    env.pop("NO_COLOR", None)
    cmd = [python_for_newsmine(), "-m", "newsmine", "places", "--mentions"] + files + ["-f", "jsonl"]
    try:
        proc = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=TIMEOUT, cwd=HERE)
    except subprocess.TimeoutExpired:
        sys.stderr.write("score.py: newsmine places timed out after %d s\n" % TIMEOUT)
        return {}, False
    rows = defaultdict(list)
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            r = json.loads(line)
        except ValueError:
            continue
        rows[os.path.basename(str(r.get("doc", "")))].append(r)
    ok = proc.returncode in (0, 1) and bool(rows)
    if not ok:
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-5:]
        sys.stderr.write("score.py: newsmine places exited %d\n" % proc.returncode)
        for t in tail:
            sys.stderr.write("  " + t + "\n")
    return rows, ok


def aligned(text, m):
    """(start, end) of mention m in text; realigned on its text if the offsets disagree."""
    try:
        s, e = int(m["start"]), int(m["end"])
    except (KeyError, TypeError, ValueError):
        s, e = -1, -1
    mt = m.get("text") or ""
    if 0 <= s <= e <= len(text) and (not mt or text[s:e] == mt):
        return s, e
    if mt:
        best = None
        for hit in re.finditer(re.escape(mt), text):
            if best is None or abs(hit.start() - s) < abs(best - s):
                best = hit.start()
        if best is not None:
            return best, best + len(mt)
    return s, e


def spans(text, check):
    name = check["name"]
    anchors = check.get("anchors")
    if anchors:
        out = []
        for a in anchors:
            i = text.find(a)
            j = a.find(name)
            if i < 0 or j < 0:
                raise ValueError("anchor %r not found for %s" % (a, check["id"]))
            out.append((i + j, i + j + len(name)))
        return out
    out = [(h.start(), h.end()) for h in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)]
    if not out:
        raise ValueError("name %r not found for %s" % (name, check["id"]))
    return out


def km_between(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def point(m):
    try:
        lat, lon = m.get("lat"), m.get("lon")
        if lat is None or lon is None:
            return None
        return float(lat), float(lon)
    except (TypeError, ValueError):
        return None


def evaluate(check, text, mentions):
    """Returns (passed, list of (span, covering mentions))."""
    placed = [(aligned(text, m), m) for m in mentions]
    found = []
    for s, e in spans(text, check):
        cover = [m for (ms, me), m in placed if ms < e and me > s]
        found.append(((s, e), cover))
    kind = check["kind"]
    cc = check.get("country_code")
    ok = True
    for _, cover in found:
        if kind == "place_country":
            ok &= bool(cover) and all(m.get("country_code") == cc for m in cover)
        elif kind == "place_near":
            ok &= bool(cover) and all(
                m.get("country_code") == cc and point(m) is not None
                and km_between(check["lat"], check["lon"], *point(m)) <= check["km"]
                for m in cover)
        elif kind == "no_place":
            ok &= not cover
        elif kind == "not_far":
            for m in cover:
                pt = point(m)
                if pt is not None and km_between(check["lat"], check["lon"], *pt) > check["km"]:
                    ok = False
                if cc and m.get("country_code") not in (None, "", cc):
                    ok = False
        else:
            raise ValueError("unknown kind %r in %s" % (kind, check["id"]))
    return ok, found


def expected(check):
    k = check["kind"]
    if k == "place_country":
        return "%s: a place in %s at every span" % (check["name"], check["country_code"])
    if k == "place_near":
        return "%s: %s within %s km of (%s, %s)" % (check["name"], check["country_code"], check["km"],
                                                   check["lat"], check["lon"])
    if k == "no_place":
        return "%s: NO place mention" % check["name"]
    return "%s: no point farther than %s km from (%s, %s), country %s or none" % (
        check["name"], check["km"], check["lat"], check["lon"], check.get("country_code"))


def describe(found):
    parts = []
    for (s, e), cover in found:
        if not cover:
            parts.append("@%d: no place mention" % s)
            continue
        for m in cover:
            pt = point(m)
            parts.append("@%d: %r -> %s [%s] %s %s" % (
                s, m.get("text"), m.get("place"), m.get("country_code"), m.get("kind"),
                "(%.2f, %.2f)" % pt if pt else "(no point)"))
    return "; ".join(parts)


def main():
    ap = argparse.ArgumentParser(description="Score newsmine places on trap set T48.")
    ap.add_argument("tree", help="folder holding src/newsmine")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default=None)
    ap.add_argument("--show", action="store_true", help="list failed TUNE checks")
    args = ap.parse_args()
    half = args.half or ("tune" if args.show else "all")
    if args.show and half != "tune":
        sys.stderr.write("score.py: --show is only allowed with --half tune\n")
        return 2
    if not os.path.isdir(os.path.join(args.tree, "src")):
        sys.stderr.write("score.py: %s has no src/ folder\n" % args.tree)
        return 2

    with open(os.path.join(HERE, "checks.json"), encoding="utf-8") as f:
        checks = json.load(f)
    halves = ["tune", "blind"] if half == "all" else [half]
    checks = [c for c in checks if c["half"] in halves]

    files = sorted(os.path.join("articles", n) for n in os.listdir(ARTICLES) if n.endswith(".txt"))
    texts = {}
    for rel in files:
        with open(os.path.join(HERE, rel), encoding="utf-8") as f:
            texts[os.path.basename(rel)] = f.read()
    rows, ran = run_places(args.tree, files)

    totals = OrderedDict((h, [0, 0]) for h in halves)
    fam = OrderedDict()
    failures = []
    for c in checks:
        text = texts[c["article"]]
        ok, found = evaluate(c, text, rows.get(c["article"], []))
        totals[c["half"]][1] += 1
        key = (c["family"], c["half"])
        fam.setdefault(key, [0, 0])
        fam[key][1] += 1
        if ok:
            totals[c["half"]][0] += 1
            fam[key][0] += 1
        elif c["half"] == "tune":
            failures.append((c, found))

    for h in halves:
        print("%s %d/%d" % (h, totals[h][0], totals[h][1]))
    families = []
    for c in checks:
        if c["family"] not in families:
            families.append(c["family"])
    for f_ in families:
        for h in halves:
            if (f_, h) in fam:
                print("family %s %s %d/%d" % (f_, h, fam[(f_, h)][0], fam[(f_, h)][1]))
    if args.show:
        for c, found in failures:
            print("FAIL %s %s [%s] expected %s | got %s" % (
                c["id"], c["article"], c["kind"], expected(c), describe(found)))
    return 0 if ran else 1


if __name__ == "__main__":
    sys.exit(main())
