#!/usr/bin/env python3
"""Score newsmine `places` on the T43 blind trap set.

    python3 score.py TREE [--half tune|blind|all] [--show]

TREE is a folder holding `src/` (newsmine's package). newsmine is run once
(`places`, JSON Lines) over every article of the set; each check of the chosen
half is evaluated; one line per half and one per family and half are printed.
`--show` lists the FAILED checks of the tune half only (refused otherwise).
Standard library only.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/work/main/.venv/bin/python"
FAMILIES = ["namesakes", "qualifier", "not_a_place", "unresolved_ok", "country_level"]


def norm(s):
    if s is None:
        return ""
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower().replace("\u2019", "").replace("'", "").replace(".", "")
    s = s.replace("-", " ").replace("\u2013", " ").replace("\u2014", " ")
    s = " ".join(s.split())
    if s.startswith("the "):
        s = s[4:]
    return s


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def row_names(row):
    out = [norm(row.get("place"))]
    al = row.get("aliases") or []
    if isinstance(al, str):
        al = [a for a in al.split(";")]
    out += [norm(a) for a in al]
    return [n for n in out if n]


def matches(row, names, subphrase=False):
    """A row matches when its name or an alias equals one of the names
    (or is that name followed by a comma: "Kells, Co Meath"); with subphrase,
    also when it is a run of whole words inside one of the names."""
    targets = [norm(n) for n in names]
    for rn in row_names(row):
        for t in targets:
            if rn == t or rn.startswith(t + ","):
                return True
            if subphrase:
                rw, tw = rn.split(), t.split()
                for i in range(len(tw) - len(rw) + 1):
                    if tw[i:i + len(rw)] == rw:
                        return True
    return False


def cc_of(row):
    cc = row.get("country_code")
    return cc.upper() if isinstance(cc, str) and cc else None


def num(v):
    try:
        f = float(v)
        return f if math.isfinite(f) else None
    except (TypeError, ValueError):
        return None


def describe(rows):
    return [{k: r.get(k) for k in ("place", "kind", "country_code", "lat", "lon", "aliases", "resolved_by") if k in r}
            for r in rows]


def evaluate(check, rows):
    """Return (passed, what newsmine gave)."""
    kind = check["kind"]
    names = check["names"]
    if kind == "no_wrong_point":
        hit = [r for r in rows if matches(r, names, subphrase=True)]
        allowed = [c.upper() for c in check.get("allowed_cc", [])]
        ok = check.get("ok")
        good = True
        for r in hit:
            lat, lon, cc = num(r.get("lat")), num(r.get("lon")), cc_of(r)
            if lat is None or lon is None:
                if cc is not None and cc not in allowed:
                    good = False
            else:
                if not ok:
                    good = False
                elif allowed and cc not in allowed:
                    good = False
                elif km(lat, lon, ok["lat"], ok["lon"]) > ok["km"]:
                    good = False
        return good, describe(hit) or "no row (fine)"
    hit = [r for r in rows if matches(r, names)]
    if kind == "place_absent":
        return not hit, describe(hit) or "no row"
    if not hit:
        return False, "no matching row; rows: %s" % sorted({r.get("place") for r in rows if r.get("place")})
    want = check["cc"].upper()
    good = True
    for r in hit:
        if cc_of(r) != want:
            good = False
        if kind == "place_near":
            lat, lon = num(r.get("lat")), num(r.get("lon"))
            if lat is None or lon is None or km(lat, lon, check["lat"], check["lon"]) > check["km"]:
                good = False
    return good, describe(hit)


def run_newsmine(tree, files):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    env.pop("NO_COLOR", None)
    cmd = [PYTHON, "-m", "newsmine", "places"] + files + ["-f", "jsonl"]
    try:
        p = subprocess.run(cmd, env=env, cwd=HERE, capture_output=True, text=True, timeout=170)
    except subprocess.TimeoutExpired:
        print("newsmine places timed out", file=sys.stderr)
        return {}
    by_doc = {}
    bad = 0
    for line in p.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            row = json.loads(line)
        except ValueError:
            bad += 1
            continue
        by_doc.setdefault(os.path.basename(str(row.get("doc", ""))), []).append(row)
    nerr = len([l for l in p.stderr.splitlines() if l.strip()])
    if p.returncode != 0 or bad:
        # counts only: stderr lines may name articles
        print("note: newsmine places exit %d, %d stderr lines, %d unparsable lines"
              % (p.returncode, nerr, bad), file=sys.stderr)
        if not by_doc:
            tail = p.stderr.strip().splitlines()[-3:]
            for t in tail:
                if "articles/" not in t:
                    print("  " + t[:300], file=sys.stderr)
    return by_doc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tree")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="all")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    if a.show and a.half != "tune":
        print("--show is only allowed with --half tune", file=sys.stderr)
        sys.exit(2)
    if not os.path.isdir(os.path.join(a.tree, "src")):
        print("no src/ in %s" % a.tree, file=sys.stderr)
        sys.exit(2)
    checks = json.load(open(os.path.join(HERE, "checks.json"), encoding="utf-8"))
    halves = ["tune", "blind"] if a.half == "all" else [a.half]
    arts = sorted({c["article"] for c in checks})
    files = [os.path.join("articles", f) for f in arts]
    by_doc = run_newsmine(a.tree, files)
    results = {}
    failed_tune = []
    for c in checks:
        if c["half"] not in halves:
            continue
        ok, gave = evaluate(c, by_doc.get(c["article"], []))
        results.setdefault(c["half"], []).append((c["family"], ok))
        if not ok and c["half"] == "tune":
            failed_tune.append((c, gave))
    for h in halves:
        r = results.get(h, [])
        print("%s %d/%d" % (h, sum(ok for _, ok in r), len(r)))
    for fam in FAMILIES:
        for h in halves:
            r = [ok for f, ok in results.get(h, []) if f == fam]
            if r:
                print("family %s %s %d/%d" % (fam, h, sum(r), len(r)))
    if a.show:
        for c, gave in failed_tune:
            exp = {k: c[k] for k in ("names", "cc", "lat", "lon", "km", "allowed_cc", "ok") if k in c}
            print("FAIL %s %s [%s/%s] expected %s | why: %s\n     newsmine gave: %s"
                  % (c["id"], c["article"], c["family"], c["kind"], json.dumps(exp, ensure_ascii=False),
                     c["why"], json.dumps(gave, ensure_ascii=False)))


if __name__ == "__main__":
    main()
