#!/usr/bin/env python3
"""Score newsmine `places` on the T44 trap set.

    python3 score.py TREE [--half tune|blind|all] [--show]

TREE is a folder holding `src/` (a newsmine tree). newsmine is run once,
`places --mentions -f jsonl`, over every article of the set; each check of the
chosen half is evaluated on the mention rows of its article (matched on the
basename of `doc`). `--show` lists the failed checks of the tune half only.
Standard library only.
"""
import argparse
import json
import math
import os
import re
import signal
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/work/main/.venv/bin/python"
FAMILIES = ["local_focus", "qualifier", "two_regions", "not_a_place", "unresolved_ok"]


def norm(s):
    s = (s or "").replace("\u2019", "'").replace("\u2018", "'").strip().lower()
    s = re.sub(r"\s+", " ", s)
    if s.startswith("the "):
        s = s[4:]
    s = re.sub(r"'s$|'$", "", s)
    return s.strip(" .,;:")


def cc_of(row):
    c = row.get("country_code")
    if not c:
        return None
    c = str(c).upper()
    return "GB" if c == "UK" else c


def km(lat1, lon1, lat2, lon2):
    r = math.radians
    a = (math.sin(r(lat2 - lat1) / 2) ** 2
         + math.cos(r(lat1)) * math.cos(r(lat2)) * math.sin(r(lon2 - lon1) / 2) ** 2)
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def has_point(row):
    return row.get("lat") is not None and row.get("lon") is not None


def word_in(name, text):
    return re.search(r"(?<![a-z0-9])" + re.escape(norm(name)) + r"(?![a-z0-9])", norm(text)) is not None


def brief(row):
    lat, lon = row.get("lat"), row.get("lon")
    pt = "no point" if lat is None else "%.2f,%.2f" % (lat, lon)
    return "%r -> %s [%s, %s]" % (row.get("text"), row.get("place"), cc_of(row), pt)


def evaluate(check, rows):
    """Return (passed, what newsmine gave)."""
    kind = check["kind"]
    name = check["name"]
    if kind == "place_at":
        n = norm(name)
        hits = [r for r in rows if norm(r.get("text")) == n or norm(r.get("text")).startswith(n + ",")]
        if not hits:
            return False, "no mention row for %r" % name
        want = check["country"].upper()
        ok_all = True
        for r in hits:
            if has_point(r):
                ok = cc_of(r) == want and km(check["lat"], check["lon"], r["lat"], r["lon"]) <= check["km"]
            else:
                ok = bool(check.get("allow_unresolved")) and cc_of(r) in (None, want)
            ok_all = ok_all and ok
        return ok_all, "; ".join(brief(r) for r in hits)
    if kind == "not_place":
        hits = [r for r in rows if word_in(name, r.get("text")) or norm(r.get("place")) == norm(name)]
        return (not hits), ("; ".join(brief(r) for r in hits) or "no row")
    if kind == "no_wrong_place":
        hits = [r for r in rows if word_in(name, r.get("text"))]
        allowed = {c.upper() for c in check["countries"]}
        ok_all = True
        for r in hits:
            c = cc_of(r)
            ok = c is None or c in allowed
            if ok and has_point(r):
                ok = km(check["lat"], check["lon"], r["lat"], r["lon"]) <= check["km"]
            ok_all = ok_all and ok
        return ok_all, ("; ".join(brief(r) for r in hits) or "no row")
    raise ValueError("unknown kind %r" % kind)


def expected(check):
    kind = check["kind"]
    if kind == "place_at":
        s = "%s in %s within %d km of %.2f,%.2f" % (check["name"], check["country"], check["km"], check["lat"], check["lon"])
        if check.get("allow_unresolved"):
            s += " (or no point, country %s/none)" % check["country"]
        return s
    if kind == "not_place":
        return "no place row for %r" % check["name"]
    return "%r: country in %s or none; point within %d km of %.2f,%.2f or none" % (
        check["name"], "/".join(check["countries"]), check["km"], check["lat"], check["lon"])


def run_newsmine(tree, paths):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    env.pop("NO_COLOR", None)
    cmd = [PYTHON, "-m", "newsmine", "places", "--mentions"] + paths + ["-f", "jsonl"]
    try:
        p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=175)
    except subprocess.TimeoutExpired:
        print("score.py: newsmine timed out", file=sys.stderr)
        return {}
    if p.returncode not in (0, 1):
        tail = "\n".join(p.stderr.strip().splitlines()[-5:])
        print("score.py: newsmine exited %d\n%s" % (p.returncode, tail), file=sys.stderr)
    rows = {}
    for line in p.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            r = json.loads(line)
        except ValueError:
            continue
        rows.setdefault(os.path.basename(str(r.get("doc", ""))), []).append(r)
    return rows


def main():
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends quietly
    ap = argparse.ArgumentParser()
    ap.add_argument("tree")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="all")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    if a.show and a.half != "tune":
        print("score.py: --show is only allowed with --half tune", file=sys.stderr)
        sys.exit(2)
    if not os.path.isfile(os.path.join(a.tree, "src", "newsmine", "__init__.py")):
        # otherwise `python -m newsmine` would silently run the installed copy
        print("score.py: %s has no src/newsmine package" % a.tree, file=sys.stderr)
        sys.exit(2)
    checks = json.load(open(os.path.join(HERE, "checks.json"), encoding="utf-8"))
    halves = ["tune", "blind"] if a.half == "all" else [a.half]
    art_dir = os.path.join(HERE, "articles")
    paths = sorted(os.path.join(art_dir, f) for f in os.listdir(art_dir) if f.endswith(".txt"))
    rows = run_newsmine(a.tree, paths)

    results = {}
    failed_tune = []
    for c in checks:
        if c["half"] not in halves:
            continue
        try:
            ok, got = evaluate(c, rows.get(c["article"], []))
        except Exception as e:  # a malformed row must not hide the others
            ok, got = False, "scorer error: %s" % e
        results.setdefault(c["half"], []).append((c["family"], ok))
        if not ok and c["half"] == "tune":
            failed_tune.append((c, got))

    for h in halves:
        res = results.get(h, [])
        print("%s %d/%d" % (h, sum(ok for _, ok in res), len(res)))
    for h in halves:
        res = results.get(h, [])
        for fam in FAMILIES:
            fr = [ok for f, ok in res if f == fam]
            if fr:
                print("family %s %s %d/%d" % (fam, h, sum(fr), len(fr)))
    if a.show:
        for c, got in failed_tune:
            print("FAIL %s %s\n  expected: %s\n  newsmine: %s" % (c["id"], c["article"], expected(c), got))


if __name__ == "__main__":
    main()
