#!/usr/bin/env python3
"""Score newsmine `entities` on trap set T103.

    python3 score.py TREE [--half tune|blind|all] [--show]

TREE is a folder holding newsmine's src/.  The scorer runs newsmine once
(`entities FILES... -f jsonl`, one invocation with all 60 articles of the set)
with $NEWSMINE_PYTHON (default /work/main/.venv/bin/python) and
PYTHONPATH=TREE/src, NEWSMINE_CACHE_DIR defaulting to /tmp/s56/cache_base when
unset, evaluates the checks of the chosen half(s) and prints one total line per
half ("tune: X / 120") and one line per family and half.  `--show` lists the
failed checks of the TUNE half only (never a single blind check), with what was
expected and what newsmine gave.  Exit 0 when scored; newsmine's own failure to
run (exit other than 0 or 1, a timeout) stops the scorer with a message.
Standard library only.

Families (48 checks each, 12 articles each, all four checks of an article in
one family; article N belongs to family (N-1) mod 5 in this order):
  one_person       a lone surname after the full name (also inside quotes),
                   Mr/Mrs/Ms/Dr/Prof/Cllr/Senator/Alhaji and a surname, a
                   spouse, a daughter, a son, a brother and namesakes sharing a
                   surname kept apart (a wife's "Mrs", a title the story gave
                   one of two namesakes, kin introduced later), particles
                   (van den, du, da, ter, al-, bin) also capitalised at a
                   sentence start, hyphenated and Spanish double surnames,
                   family name first (Korean, Chinese and Hong Kong, Japanese,
                   Hungarian), nicknames in quotes inside a name, a Title-Case
                   headline's glued word, a firm that looks like a person
  sport            clubs named after places as ORG (football, rugby union,
                   county cricket, GAA counties, NHL nicknames, Spanish clubs),
                   national sides as their country (GPE), players in team
                   sheets, scorecards and results lines, grounds and circuits
                   (FAC), tournaments and stage races (EVENT), horses (no
                   row), racing and cycling teams (ORG), roles before names
  labels           books, albums, songs, TV dramas, plays and films
                   (WORK_OF_ART, also when named like a town), awards
                   (WORK_OF_ART), festivals, games, championships and contests
                   (EVENT), apps and platforms (ORG), a phone (PRODUCT),
                   directives, agreements, treaties and acts (LAW), named
                   storms and their bare names (EVENT), ships with prefixes
                   (PRODUCT) and a capsule (no person or place), languages
                   (LANGUAGE), faiths and peoples (NORP), weather services
  bodies_and_short_forms
                   acronyms defined in brackets then used alone (also foreign
                   ones: SPD, CDU, AfD), "the Ministry", "the Commission", "the
                   Directorate", "the Bank", own-language names in brackets,
                   a parent and its subsidiary, foreign legal forms (AG, GmbH,
                   SpA, BV, NV, S.L., KK, Ltd, plc, Pvt Ltd, ASA) and the short
                   names after them, universities, unions, parties, courts,
                   regulators
  page_furniture   bylines and their desks, "Updated" stamps and time zones,
                   photo credits (AP, REUTERS/, Photograph:), "READ MORE:",
                   "ALSO READ |", "See also:", "Trending:", "SPONSORED:",
                   podcast, follow and WhatsApp-channel plugs, share rows, tags,
                   copyright lines and the tip plug after them, a newsletter
                   plug mid-story, a "Most read" box, a live page's menu and
                   stamps, wire credits ("Reporting by ...; Editing by ...",
                   "Our Standards:"), a desk tag, a cookie banner; beside them
                   the story's real entities must stay
Within each article checks 1 and 3 are tune, 2 and 4 blind, so every family
is split evenly between the halves (24 / 24).

Check kinds (checks.json; every check has id, half, article, family, kind,
ctx and why):
  row        an entity row named `entity` (or one of `alt`), with a label in
             `label`, at least `min_mentions` and at most `max_mentions`
             mentions (each when given), and no other row named as one of
             `not_rows` (restricted to `not_labels` when given); with
             `not_match`, no row at all (the found one included) whose name or
             alias contains one of those strings (whole words).
  rows_apart one distinct row for each of `people` (each with its own name,
             alternatives and mention bounds; used for bodies too; an item's
             own `label` list, when given, replaces the check's `label`, so a
             firm and the person who shares its name are kept apart), plus
             the `not_rows` and `not_match` rules.
  no_row     no row whose name or alias contains one of `match` (whole words);
             with `labels`, only rows with one of those labels count (a wire
             credit's reporter may be a person, never a body or a place).
Names are compared without case, accents, dots, commas, quotes, apostrophes, a
leading "the", a trailing "'s" and leading personal titles.  `ctx` is the
passage of the article the check is about (it occurs exactly once there); it is
shown with --show and plays no part in scoring.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = os.environ.get("NEWSMINE_PYTHON") or "/work/main/.venv/bin/python"
FAMILIES = ["one_person", "sport", "labels", "bodies_and_short_forms", "page_furniture"]
TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "justice", "judge", "senator", "sen", "rep", "cllr", "councillor", "cr", "insp", "inspector",
    "ds", "detective", "sergeant", "chief", "alhaji", "advocate", "president", "minister",
    "governor", "deputy", "associate", "rev", "father", "captain", "capt", "hon", "smt", "shri",
    "madam", "engr", "barrister", "sheikh", "supt", "hajiya", "alhaja",
    "baroness", "canon", "fr", "revd", "reverend", "gen", "lt", "lieutenant",
    "maj", "col", "colonel", "emerita", "emeritus", "mayor",
    "coach", "chancellor", "supervisor", "sister", "commissioner", "superintendent",
    "constable", "councilor",
}


def norm(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = s.strip()
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"[\"\u201c\u201d'.,]", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def untitled(s):
    words = norm(s).split()
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    return " ".join(words)


def keys(s):
    return {norm(s), untitled(s)}


def run_newsmine(tree, files):
    env = dict(os.environ)
    env.setdefault("NEWSMINE_CACHE_DIR", "/tmp/s56/cache_base")
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    cmd = [PYTHON, "-m", "newsmine", "entities"] + files + ["-f", "jsonl"]
    try:
        p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
    except subprocess.TimeoutExpired:
        sys.exit("score.py: newsmine timed out")
    except OSError as e:
        sys.exit("score.py: cannot run %s (%s)" % (PYTHON, e))
    if p.returncode not in (0, 1):
        sys.stderr.write(p.stderr[-2000:])
        sys.exit("score.py: newsmine exited %d" % p.returncode)
    if p.returncode == 1:
        sys.stderr.write("score.py: newsmine exit 1 (some inputs failed)\n")
    rows = {}
    for line in p.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            r = json.loads(line)
        except ValueError:
            continue
        rows.setdefault(os.path.basename(r.get("doc") or ""), []).append(r)
    return rows


def brief(r):
    return "%s/%s/%s" % (r.get("entity"), r.get("label"), r.get("mentions"))


def find(rows, spec, labels, taken=()):
    """(rows with the spec's name and an accepted label, best first; rows with
    the name and any label).  The spec's own name ranks before its variants."""
    main = keys(spec["entity"])
    alts = set()
    for a in spec.get("alt", []):
        alts |= keys(a)
    named = []
    for r in rows:
        if any(r is t for t in taken):
            continue
        k = keys(r.get("entity"))
        if k & main:
            named.append((0, r))
        elif k & alts:
            named.append((1, r))
    ok = [(rank, r) for rank, r in named if not labels or r.get("label") in labels]
    ok.sort(key=lambda x: (x[0], -(x[1].get("mentions") or 0)))
    return [r for _, r in ok], [r for _, r in named]


def forbidden(rows, c, keep):
    bad = set()
    for x in c.get("not_rows", []):
        bad |= keys(x)
    labs = c.get("not_labels")
    out = []
    for r in rows:
        if any(r is k for k in keep):
            continue
        if keys(r.get("entity")) & bad and (not labs or r.get("label") in labs):
            out.append(r)
    return out


def glued(rows, c):
    """Rows whose name or an alias contains one of `not_match` (whole words)."""
    pats = [re.compile(r"(?<![a-z0-9])" + re.escape(norm(m)) + r"(?![a-z0-9])")
            for m in c.get("not_match", [])]
    if not pats:
        return []
    out = []
    for r in rows:
        texts = [r.get("entity") or ""] + list(r.get("aliases") or [])
        if any(p.search(norm(t)) for p in pats for t in texts):
            out.append(r)
    return out


def check_row(c, rows):
    ok, named = find(rows, c, c.get("label"))
    if not ok:
        if named:
            return False, "label: " + ", ".join(brief(r) for r in named)
        return False, "no row"
    r = ok[0]
    if c.get("min_mentions") and (r.get("mentions") or 0) < c["min_mentions"]:
        return False, "mentions %s < %d" % (brief(r), c["min_mentions"])
    if c.get("max_mentions") and (r.get("mentions") or 0) > c["max_mentions"]:
        return False, "mentions %s > %d" % (brief(r), c["max_mentions"])
    bad = forbidden(rows, c, [r])
    if bad:
        return False, "row %s; also %s" % (brief(r), ", ".join(brief(b) for b in bad))
    run_on = glued(rows, c)
    if run_on:
        return False, "row %s; run on: %s" % (brief(r), ", ".join(brief(b) for b in run_on))
    return True, brief(r)


def check_apart(c, rows):
    got = []
    for p in c["people"]:
        ok, named = find(rows, p, p.get("label") or c.get("label"), taken=got)
        if not ok:
            if named:
                return False, "%s: label %s" % (p["entity"], ", ".join(brief(r) for r in named))
            return False, "%s: no row of its own" % p["entity"]
        r = ok[0]
        m = r.get("mentions") or 0
        if p.get("min_mentions") and m < p["min_mentions"]:
            return False, "%s: mentions %s < %d" % (p["entity"], brief(r), p["min_mentions"])
        if p.get("max_mentions") and m > p["max_mentions"]:
            return False, "%s: mentions %s > %d" % (p["entity"], brief(r), p["max_mentions"])
        got.append(r)
    bad = forbidden(rows, c, got)
    if bad:
        return False, "%s; also %s" % ("; ".join(brief(r) for r in got),
                                      ", ".join(brief(b) for b in bad))
    run_on = glued(rows, c)
    if run_on:
        return False, "%s; run on: %s" % ("; ".join(brief(r) for r in got),
                                         ", ".join(brief(b) for b in run_on))
    return True, "; ".join(brief(r) for r in got)


def check_no_row(c, rows):
    pats = [re.compile(r"(?<![a-z0-9])" + re.escape(norm(m)) + r"(?![a-z0-9])") for m in c["match"]]
    hits = []
    labs = c.get("labels")
    for r in rows:
        if labs and r.get("label") not in labs:
            continue
        texts = [r.get("entity") or ""] + list(r.get("aliases") or [])
        if any(p.search(norm(t)) for p in pats for t in texts):
            hits.append(r)
    if hits:
        return False, "rows " + ", ".join(brief(r) for r in hits)
    return True, "none"


KINDS = {"row": check_row, "rows_apart": check_apart, "no_row": check_no_row}


def expected(c):
    if c["kind"] == "row":
        s = "row %r %s" % (c["entity"], "/".join(c.get("label") or []))
        if c.get("alt"):
            s += " (or %s)" % ", ".join(repr(a) for a in c["alt"])
        if c.get("min_mentions"):
            s += " mentions>=%d" % c["min_mentions"]
        if c.get("max_mentions"):
            s += " mentions<=%d" % c["max_mentions"]
        if c.get("not_rows"):
            s += "; no other row %s%s" % (c["not_rows"],
                                          " as " + "/".join(c["not_labels"]) if c.get("not_labels") else "")
        if c.get("not_match"):
            s += "; no name or alias containing %s" % c["not_match"]
        return s
    if c["kind"] == "rows_apart":
        return "separate %s rows " % "/".join(c.get("label") or []) + ", ".join(
            "%s%s[>=%s%s]" % (p["entity"], "/" + "/".join(p["label"]) if p.get("label") else "",
                              p.get("min_mentions", ""),
                              ",<=%s" % p["max_mentions"] if p.get("max_mentions") else "")
            for p in c["people"]) + (
            "; no row %s" % c["not_rows"] if c.get("not_rows") else "") + (
            "; no name or alias containing %s" % c["not_match"] if c.get("not_match") else "")
    return "no row matching %s%s" % (c["match"], " as " + "/".join(c["labels"]) if c.get("labels") else "")


def related(c, rows):
    ks = set()
    names = [c.get("entity")] + [p["entity"] for p in c.get("people", [])] + c.get("match", [])
    for n in names:
        if n:
            ks |= {w for w in norm(n).split() if len(w) > 2}
    return [brief(r) for r in rows if ks & set(norm(r.get("entity")).split())]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tree")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="all")
    ap.add_argument("--show", action="store_true",
                    help="list the failed checks of the tune half (never blind ones)")
    a = ap.parse_args()
    if a.show and a.half == "blind":
        sys.stderr.write("score.py: --show lists tune failures only; use --half tune or all\n")
        sys.exit(2)
    with open(os.path.join(HERE, "checks.json"), encoding="utf-8") as f:
        checks = json.load(f)
    art_dir = os.path.join(HERE, "articles")
    files = sorted(os.path.join(art_dir, n) for n in os.listdir(art_dir) if n.endswith(".txt"))
    rows = run_newsmine(a.tree, files)
    halves = ["tune", "blind"] if a.half == "all" else [a.half]
    results = []
    for c in checks:
        if c["half"] not in halves:
            continue
        doc_rows = rows.get(c["article"], [])
        try:
            ok, got = KINDS[c["kind"]](c, doc_rows)
        except Exception as e:  # a malformed row must not stop the scoring
            ok, got = False, "error %r" % (e,)
        results.append((c, ok, got))
    for h in halves:
        hs = [x for x in results if x[0]["half"] == h]
        print("%s: %d / %d" % (h, sum(1 for x in hs if x[1]), len(hs)))
    for h in halves:
        for fam in FAMILIES:
            fs = [x for x in results if x[0]["half"] == h and x[0]["family"] == fam]
            if fs:
                print("  %s %s: %d / %d" % (h, fam, sum(1 for x in fs if x[1]), len(fs)))
    if a.show:
        for c, ok, got in results:
            if ok or c["half"] != "tune":
                continue
            print("FAIL %s [%s] %s" % (c["id"], c["family"], c["article"]))
            print("  why:      %s" % c["why"])
            print("  ctx:      %s" % c["ctx"])
            print("  expected: %s" % expected(c))
            print("  got:      %s" % got)
            rel = related(c, rows.get(c["article"], []))
            if rel:
                print("  related:  %s" % "; ".join(rel))


if __name__ == "__main__":
    main()
