#!/usr/bin/env python3
"""Score newsmine's `places` (and `entities` for label agreement) on trap set t38.

    python3 score.py TREE [--half tune|blind|all] [--show]

TREE is a newsmine tree (a folder holding src/). newsmine is run once per command
(`places`, `places --mentions`, `entities`) over all articles, as JSON Lines, with
PYTHONPATH=TREE/src and the interpreter in $NEWSMINE_PYTHON (default
/work/main/.venv/bin/python). Prints one line per half and one per family and half.
--show lists the failed checks of the tune half only (refused for blind or all).
Standard library only.
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "articles")
CHECKS = os.path.join(HERE, "checks.json")
FAMILIES = ["namesakes", "qualifier", "not_a_place", "unresolved_ok", "regions", "consistency"]
PLACE_LABELS = {"GPE", "LOC", "FAC"}


def norm(s):
    """Lower case, no accents, no dots, one space, no leading 'the', no trailing possessive."""
    if s is None:
        return ""
    s = str(s).replace("\u2019", "'").replace("\u2018", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower().replace(".", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^the ", "", s)
    s = re.sub(r"'s?$", "", s).strip()
    return s


def word_re(name):
    return re.compile(r"(?<![a-z0-9])" + re.escape(norm(name)) + r"(?![a-z0-9])")


def km_between(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def has_point(r):
    return r.get("lat") is not None and r.get("lon") is not None


def run(tree, args):
    py = os.environ.get("NEWSMINE_PYTHON", "/work/main/.venv/bin/python")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    env.pop("NO_COLOR", None)
    cmd = [py, "-m", "newsmine"] + args + [ARTICLES, "-f", "jsonl"]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=170)
    rows = []
    for line in proc.stdout.splitlines():
        line = line.strip()
        if line:
            rows.append(json.loads(line))
    if proc.returncode != 0 and not rows:
        sys.stderr.write("score.py: newsmine %s failed (exit %d)\n%s\n"
                         % (" ".join(args), proc.returncode, proc.stderr[-2000:]))
        sys.exit(1)
    by_doc = defaultdict(list)
    for r in rows:
        by_doc[os.path.basename(str(r.get("doc", "")))].append(r)
    return by_doc


class Output:
    def __init__(self, tree):
        self.places = run(tree, ["places"])
        self.mentions = run(tree, ["places", "--mentions"])
        self.entities = run(tree, ["entities"])

    def place_rows(self, doc, names, match="exact"):
        """Place-table rows and mention rows that name one of `names`."""
        out = []
        if match == "word":
            pats = [word_re(n) for n in names]
            hit = lambda s: any(p.search(norm(s)) for p in pats)
        else:
            ns = {norm(n) for n in names}
            hit = lambda s: norm(s) in ns
        for r in self.places.get(doc, []):
            if hit(r.get("place")) or any(hit(a) for a in (r.get("aliases") or [])):
                out.append(dict(r, _from="places"))
        for r in self.mentions.get(doc, []):
            if hit(r.get("text")) or hit(r.get("place")):
                out.append(dict(r, _from="mentions"))
        return out

    def entity_rows(self, doc, names, match="exact"):
        if match == "word":
            pats = [word_re(n) for n in names]
            hit = lambda s: any(p.search(norm(s)) for p in pats)
        else:
            ns = {norm(n) for n in names}
            hit = lambda s: norm(s) in ns
        return [r for r in self.entities.get(doc, [])
                if hit(r.get("entity")) or any(hit(a) for a in (r.get("aliases") or []))]


def within(r, lat, lon, km):
    return has_point(r) and km_between(r["lat"], r["lon"], lat, lon) <= km


def evaluate(c, out):
    """Return (passed, rows shown for --show)."""
    doc, kind = c["article"], c["kind"]
    if kind == "place_at":
        rows = out.place_rows(doc, c["names"])
        ok = (bool(rows)
              and any(r.get("country_code") == c["country"] and within(r, c["lat"], c["lon"], c["km"])
                      for r in rows)
              and all(within(r, c["lat"], c["lon"], c["km"]) for r in rows if has_point(r))
              and all(r.get("country_code") == c["country"] for r in rows if r.get("country_code")))
        return ok, rows
    if kind == "present_ok":
        rows = out.place_rows(doc, c["names"])
        ok = (bool(rows)
              and all(within(r, c["lat"], c["lon"], c["km"]) for r in rows if has_point(r))
              and all(r.get("country_code") in c["countries"] for r in rows if r.get("country_code")))
        return ok, rows
    if kind == "no_wrong_point":
        rows = out.place_rows(doc, c["names"])
        allowed = c.get("countries")
        ok = True
        for r in rows:
            if has_point(r) and not any(within(r, la, lo, k) for la, lo, k in c["ok"]):
                ok = False
            if allowed is not None and r.get("country_code") and r["country_code"] not in allowed:
                ok = False
        return ok, rows
    if kind == "not_place":
        rows = out.place_rows(doc, c["names"], c.get("match", "word"))
        return not rows, rows
    if kind == "consistent":
        if c["expect"] == "place":
            prow = out.place_rows(doc, c["names"])
            erow = out.entity_rows(doc, c["names"])
            ok = bool(prow) and any(r.get("label") in PLACE_LABELS for r in erow)
        else:
            prow = out.place_rows(doc, c["names"], "word")
            erow = out.entity_rows(doc, c["names"], "word")
            ok = not prow and not any(r.get("label") in PLACE_LABELS for r in erow)
        return ok, prow + [dict(r, _from="entities") for r in erow]
    raise ValueError("unknown kind %r" % kind)


def expected_text(c):
    k = c["kind"]
    if k == "place_at":
        return "%s in %s within %g km of (%g, %g)" % (c["names"][0], c["country"], c["km"], c["lat"], c["lon"])
    if k == "present_ok":
        return "a row for %s; any point within %g km of (%g, %g); country in %s" % (
            c["names"][0], c["km"], c["lat"], c["lon"], "/".join(c["countries"]))
    if k == "no_wrong_point":
        oks = "; ".join("within %g km of (%g, %g)" % (k2, la, lo) for la, lo, k2 in c["ok"]) or "no point at all"
        cc = c.get("countries")
        return "%s: no point, or %s; country %s" % (
            c["names"][0], oks, "any" if cc is None else ("/".join(cc) if cc else "empty"))
    if k == "not_place":
        return "no place row or mention for %s" % " / ".join(c["names"])
    if k == "consistent":
        if c["expect"] == "place":
            return "%s: a place row AND an entity labelled GPE/LOC/FAC" % c["names"][0]
        return "%s: no place row AND no GPE/LOC/FAC entity" % c["names"][0]
    return "?"


def row_text(r):
    src = r.get("_from")
    if src == "entities":
        return "entity %r %s aliases=%s" % (r.get("entity"), r.get("label"), r.get("aliases"))
    pt = "(%.3f, %.3f)" % (r["lat"], r["lon"]) if has_point(r) else "(no point)"
    txt = (" text=%r" % r.get("text")) if src == "mentions" else (" aliases=%s" % r.get("aliases"))
    return "%s %r %s %s %s %s%s" % (src, r.get("place"), r.get("kind"), r.get("country_code"), pt,
                                   r.get("resolved_by"), txt)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tree")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="all")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    if a.show and a.half != "tune":
        sys.stderr.write("score.py: --show is only for --half tune (blind failures are never shown)\n")
        sys.exit(2)
    if not os.path.isdir(os.path.join(a.tree, "src")):
        sys.stderr.write("score.py: %s has no src/ folder\n" % a.tree)
        sys.exit(2)
    with open(CHECKS, encoding="utf-8") as f:
        checks = json.load(f)
    halves = ["tune", "blind"] if a.half == "all" else [a.half]
    out = Output(a.tree)
    total = defaultdict(lambda: [0, 0])
    fam = defaultdict(lambda: [0, 0])
    failed = []
    for c in checks:
        if c["half"] not in halves:
            continue
        try:
            ok, rows = evaluate(c, out)
        except Exception as e:  # a malformed row must not hide the rest
            ok, rows = False, [{"_from": "error", "place": repr(e)}]
        total[c["half"]][1] += 1
        fam[(c["family"], c["half"])][1] += 1
        if ok:
            total[c["half"]][0] += 1
            fam[(c["family"], c["half"])][0] += 1
        elif c["half"] == "tune":
            failed.append((c, rows))
    for h in halves:
        print("%s %d/%d" % (h, total[h][0], total[h][1]))
    for fname in FAMILIES:
        for h in halves:
            p, n = fam[(fname, h)]
            print("family %s %s %d/%d" % (fname, h, p, n))
    if a.show:
        for c, rows in failed:
            print()
            print("FAIL %s %s [%s/%s, %s] %s" % (c["id"], c["article"], c["family"], c["kind"],
                                                  c["style"], c["why"]))
            print("  expected: %s" % expected_text(c))
            if not rows:
                print("  got: no matching row")
            for r in rows:
                print("  got: %s" % row_text(r))


if __name__ == "__main__":
    main()
