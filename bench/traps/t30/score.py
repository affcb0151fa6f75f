#!/usr/bin/env python3
"""Score newsmine's `places` command on trap set t30.

    python3 score.py TREE [--half tune|blind|all] [--show]

Runs `newsmine places` and `newsmine places --mentions` once each over all the
set's articles (JSON Lines), evaluates the checks of the chosen half and prints
one line per half plus one line per family.  --show lists failed TUNE checks
only (refused for blind/all).  Standard library only.

Check kinds (names matched case- and accent-insensitively on mention text):
  place_country  every mention of NAME has country_code (and place_kind if given); at least one
  place_near     every mention of NAME has a point within km of (lat, lon); at least one
  some_place     at least one mention of NAME has country_code (and a point within km if given)
  no_place       no mention text and no place row/alias contains NAME as a whole word
  not_wrong      every mention of NAME has no point, or an allowed country (absent passes)
"""
import json
import math
import os
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
VENV_PY = "/work/main/.venv/bin/python"
REGION_WORDS = (" province", " state", " region", " governorate")


def norm(s):
    if s is None:
        return ""
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("\u2019", "'").casefold()
    s = re.sub(r"\s+", " ", s).strip()
    s = s.strip(" ,;:\"'()")
    if s.startswith("the "):
        s = s[4:]
    if s.endswith("'s"):
        s = s[:-2]
    return s.rstrip(".")


def km(lat1, lon1, lat2, lon2):
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def run(tree, files, extra):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(tree, "src")
    env.setdefault("NO_COLOR", "1")
    cmd = [VENV_PY, "-m", "newsmine", "places"] + extra + ["-f", "jsonl"] + files
    p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=170)
    if p.returncode not in (0, 1):
        sys.stderr.write("newsmine %s failed (exit %d):\n%s\n" % (" ".join(extra) or "places", p.returncode, p.stderr[-2000:]))
    rows = []
    for line in p.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            rows.append(json.loads(line))
        except ValueError:
            pass
    return rows


def ev_of(d):
    return {
        "text": d.get("text", d.get("place")),
        "place": d.get("place"),
        "cc": d.get("country_code"),
        "lat": d.get("lat"),
        "lon": d.get("lon"),
        "kind": d.get("kind"),
    }


def strip_region_word(t):
    for w in REGION_WORDS:
        if t.endswith(w):
            return t[: -len(w)]
    return t


def hits(name, ments, rows):
    n = norm(name)
    out = []
    for m in ments:
        t = norm(m.get("text"))
        if t == n or t.startswith(n + ",") or strip_region_word(t) == n:
            out.append(ev_of(m))
    if out:
        return out
    for r in rows:
        names = [norm(r.get("place"))] + [norm(a) for a in (r.get("aliases") or [])]
        if n in names:
            out.append(ev_of(r))
    if out:
        return out
    pat = re.compile(r"(?<![\w])" + re.escape(n) + r"(?![\w])")
    for m in ments:
        t = norm(m.get("text"))
        if not t:
            continue
        if pat.search(t) or (len(t) >= 4 and re.search(r"(?<![\w])" + re.escape(t) + r"(?![\w])", n)):
            out.append(ev_of(m))
    return out


def contains_word(name, ments, rows):
    n = norm(name)
    pat = re.compile(r"(?<![\w])" + re.escape(n) + r"(?![\w])")
    found = []
    for m in ments:
        if pat.search(norm(m.get("text"))):
            found.append(ev_of(m))
    for r in rows:
        for s in [r.get("place")] + list(r.get("aliases") or []):
            if pat.search(norm(s)):
                found.append(ev_of(r))
                break
    return found


def within(e, c):
    if e["lat"] is None or e["lon"] is None:
        return False
    return km(e["lat"], e["lon"], c["lat"], c["lon"]) <= c.get("km", 150)


def evaluate(c, ments, rows):
    k = c["kind"]
    if k == "no_place":
        f = contains_word(c["name"], ments, rows)
        return (not f), f
    ev = hits(c["name"], ments, rows)
    if k == "place_country":
        ok = bool(ev) and all(
            e["cc"] == c["country_code"] and (not c.get("place_kind") or e["kind"] == c["place_kind"]) for e in ev
        )
    elif k == "place_near":
        ok = bool(ev) and all(within(e, c) for e in ev)
    elif k == "some_place":
        ok = any(e["cc"] == c["country_code"] and ("lat" not in c or within(e, c)) for e in ev)
    elif k == "not_wrong":
        allowed = set(c["allowed_country_codes"])
        ok = all(e["lat"] is None or e["cc"] is None or e["cc"] in allowed for e in ev)
    else:
        raise SystemExit("unknown check kind %r" % k)
    return ok, ev


def expected(c):
    k = c["kind"]
    if k == "place_country":
        return "all '%s' -> %s%s" % (c["name"], c["country_code"], " kind " + c["place_kind"] if c.get("place_kind") else "")
    if k == "place_near":
        return "all '%s' within %s km of (%s, %s)" % (c["name"], c.get("km", 150), c["lat"], c["lon"])
    if k == "some_place":
        return "some '%s' -> %s within %s km of (%s, %s)" % (c["name"], c["country_code"], c.get("km", 150), c.get("lat"), c.get("lon"))
    if k == "no_place":
        return "no place for '%s'" % c["name"]
    if k == "not_wrong":
        return "'%s' absent, unresolved or in %s" % (c["name"], ",".join(c["allowed_country_codes"]))
    return k


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    half = "all"
    show = "--show" in argv
    if "--half" in argv:
        i = argv.index("--half")
        if i + 1 >= len(argv):
            print("usage: score.py TREE [--half tune|blind|all] [--show]", file=sys.stderr)
            return 2
        half = argv[i + 1]
        args = [a for a in args if a != half]
    for a in argv:
        if a.startswith("--half="):
            half = a.split("=", 1)[1]
    if len(args) != 1 or half not in ("tune", "blind", "all"):
        print("usage: score.py TREE [--half tune|blind|all] [--show]", file=sys.stderr)
        return 2
    if show and half != "tune":
        print("--show is only allowed with --half tune", file=sys.stderr)
        return 2
    tree = os.path.abspath(args[0])
    checks = json.load(open(os.path.join(HERE, "checks.json"), encoding="utf-8"))
    halves = ["tune", "blind"] if half == "all" else [half]
    checks = [c for c in checks if c["half"] in halves]
    adir = os.path.join(HERE, "articles")
    files = [os.path.join(adir, f) for f in sorted(os.listdir(adir)) if f.endswith(".txt")]
    rows = run(tree, files, [])
    ments = run(tree, files, ["--mentions"])
    by_doc_rows, by_doc_ments = defaultdict(list), defaultdict(list)
    for r in rows:
        by_doc_rows[os.path.basename(str(r.get("doc", "")))].append(r)
    for m in ments:
        by_doc_ments[os.path.basename(str(m.get("doc", "")))].append(m)

    tot = defaultdict(lambda: [0, 0])
    fam = defaultdict(lambda: [0, 0])
    failed = []
    for c in checks:
        ok, ev = evaluate(c, by_doc_ments[c["article"]], by_doc_rows[c["article"]])
        tot[c["half"]][1] += 1
        fam[(c["family"], c["half"])][1] += 1
        if ok:
            tot[c["half"]][0] += 1
            fam[(c["family"], c["half"])][0] += 1
        elif c["half"] == "tune":
            failed.append((c, ev))
    for h in halves:
        print("%s %d/%d" % (h, tot[h][0], tot[h][1]))
    for f in sorted({k[0] for k in fam}):
        for h in halves:
            if (f, h) in fam:
                print("family %s %s %d/%d" % (f, h, fam[(f, h)][0], fam[(f, h)][1]))
    if show:
        for c, ev in failed:
            got = "; ".join(
                "%s=%s[%s,%s] (%s,%s)" % (e["text"], e["place"], e["cc"], e["kind"], e["lat"], e["lon"]) for e in ev
            ) or "(no mention)"
            print("FAIL %s %s expected: %s | got: %s" % (c["id"], c["article"], expected(c), got))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
