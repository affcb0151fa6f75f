#!/usr/bin/env python3
"""Score newsmine's `places` command on the t35 trap set.

    python3 score.py TREE [--half tune|blind|all] [--show]

TREE is a newsmine tree (a folder holding src/). newsmine runs twice over all
60 articles (`places --mentions -f jsonl` and `places -f jsonl`), then every
check of the chosen half is evaluated. `--show` lists the failed checks of
the tune half only; it is refused for blind and all (exit 2).
Standard library only. The interpreter is $NEWSMINE_PYTHON, else
/work/main/.venv/bin/python.
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys
import unicodedata
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
PY = os.environ.get("NEWSMINE_PYTHON", "/work/main/.venv/bin/python")
FAMILIES = ["namesake_focus", "qualifier", "not_a_place", "unresolved_ok", "regions"]
SUFFIXES = ("state", "province", "region", "county", "district", "department", "governorate")
PREFIXES = ("county ", "co ", "co. ")


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", s).strip().lower()


def core(s):
    s = fold(s)
    if s.startswith("the "):
        s = s[4:]
    s = s.strip(" .,;:")
    if s.endswith("'s"):
        s = s[:-2]
    elif s.endswith("'"):
        s = s[:-1]
    return s.strip()


def name_matches(text, name):
    t, n = core(text), core(name)
    if not t:
        return False
    if t == n or t.startswith(n + ","):
        return True
    if any(t == n + " " + suf for suf in SUFFIXES):
        return True
    if any(t == p + n for p in PREFIXES):
        return True
    for suf in SUFFIXES:  # "Montgomery County" may be reported as "Montgomery"
        if n.endswith(" " + suf) and t == n[: -len(suf) - 1]:
            return True
    return False


def word_in(text, name):
    return re.search(r"(?<!\w)" + re.escape(fold(name)) + r"(?!\w)", fold(text)) is not None


def km_between(lat1, lon1, lat2, lon2):
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def run_newsmine(tree, files, extra):
    env = dict(os.environ)
    src = os.path.join(os.path.abspath(tree), "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("NO_COLOR", "1")
    cmd = [PY, "-m", "newsmine", "places"] + files + extra + ["-f", "jsonl"]
    try:
        p = subprocess.run(cmd, cwd=HERE, env=env, capture_output=True, text=True, timeout=170)
    except subprocess.TimeoutExpired:
        return [], ["timeout after 170 s"], -1
    rows = []
    for line in p.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            rows.append(json.loads(line))
        except ValueError:
            pass
    return rows, [l for l in p.stderr.splitlines() if l.strip()], p.returncode


def by_doc(rows):
    out = {}
    for r in rows:
        out.setdefault(os.path.basename(str(r.get("doc", ""))), []).append(r)
    return out


def aligned_start(row, text):
    """Offset of the mention in the article file's text (None if not found)."""
    s, e, t = row.get("start"), row.get("end"), row.get("text") or ""
    if isinstance(s, int) and isinstance(e, int) and fold(text[s:e]) == fold(t):
        return s
    if not t:
        return None
    guess = s if isinstance(s, int) else 0
    best = None
    for m in re.finditer(re.escape(t), text, re.I):
        if abs(m.start() - guess) <= 400 and (best is None or abs(m.start() - guess) < abs(best - guess)):
            best = m.start()
    return best


def select(check, mentions, text):
    rows = [r for r in mentions if name_matches(r.get("text", ""), check["name"])]
    ctx = check.get("context")
    if ctx:
        i = text.find(ctx)
        if i < 0:
            return []
        lo, hi = i, i + len(ctx)
        rows = [r for r in rows if (lambda a: a is not None and lo <= a < hi)(aligned_start(r, text))]
    return rows


def evaluate(check, mentions, table, text):
    kind = check["kind"]
    if kind == "no_place":
        for r in mentions:
            if word_in(r.get("text", ""), check["name"]):
                return False
        for r in table:
            names = [r.get("place") or ""] + list(r.get("aliases") or [])
            if any(word_in(n, check["name"]) for n in names):
                return False
        return True
    rows = select(check, mentions, text)
    if kind == "not_wrong":
        allowed = {c.upper() for c in check["allowed_country_codes"]}
        return all((not r.get("country_code")) or r["country_code"].upper() in allowed for r in rows)
    if not rows:
        return False
    if kind == "place_country":
        ok = all((r.get("country_code") or "").upper() == check["country_code"].upper() for r in rows)
        if ok and check.get("kinds"):
            ok = all(r.get("kind") in check["kinds"] for r in rows)
        return ok
    if kind == "place_near":
        for r in rows:
            lat, lon = r.get("lat"), r.get("lon")
            if lat is None or lon is None:
                return False
            if km_between(float(lat), float(lon), check["lat"], check["lon"]) > check["km"]:
                return False
        return True
    if kind == "place_kind":
        ok = all(r.get("kind") in check["kinds"] for r in rows)
        if ok and check.get("country_code"):
            ok = all((r.get("country_code") or "").upper() == check["country_code"].upper() for r in rows)
        return ok
    if kind == "place_is":
        return all(core(r.get("place") or "") == core(check["place"]) for r in rows)
    raise ValueError("unknown check kind: %s" % kind)


def describe(check, mentions):
    got = []
    for r in mentions:
        if word_in(r.get("text", ""), check["name"]) or word_in(r.get("place") or "", check["name"]):
            got.append("%r@%s -> %s [%s] %s (%s, %s)" % (
                r.get("text"), r.get("start"), r.get("place"), r.get("kind"),
                r.get("country_code"), r.get("lat"), r.get("lon")))
    return got or ["(no mention row)"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tree")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="tune")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    if a.show and a.half != "tune":
        print("score.py: --show is only allowed with --half tune", file=sys.stderr)
        sys.exit(2)
    if not os.path.isdir(os.path.join(a.tree, "src")):
        print("score.py: %s has no src/ folder" % a.tree, file=sys.stderr)
        sys.exit(2)
    with open(os.path.join(HERE, "checks.json"), encoding="utf-8") as f:
        checks = json.load(f)
    arts = sorted(fn for fn in os.listdir(os.path.join(HERE, "articles")) if fn.endswith(".txt"))
    files = [os.path.join("articles", fn) for fn in arts]
    texts = {}
    for fn in arts:
        with open(os.path.join(HERE, "articles", fn), encoding="utf-8", newline=None) as f:
            texts[fn] = f.read()

    with ThreadPoolExecutor(2) as ex:
        fm = ex.submit(run_newsmine, a.tree, files, ["--mentions"])
        ft = ex.submit(run_newsmine, a.tree, files, [])
        m_rows, m_err, m_rc = fm.result()
        t_rows, t_err, t_rc = ft.result()
    mentions, table = by_doc(m_rows), by_doc(t_rows)
    if m_rc not in (0, 1) or t_rc not in (0, 1):
        print("newsmine exit codes: mentions %s, table %s" % (m_rc, t_rc))
    nerr = len(m_err) + len(t_err)
    if nerr:
        print("newsmine wrote %d stderr line(s)" % nerr)

    halves = ["tune", "blind"] if a.half == "all" else [a.half]
    score = {}
    failed = []
    for ck in checks:
        if ck["half"] not in halves:
            continue
        doc = ck["article"]
        try:
            ok = evaluate(ck, mentions.get(doc, []), table.get(doc, []), texts.get(doc, ""))
        except Exception as e:  # a malformed row must not stop the scoring
            ok = False
            if ck["half"] == "tune":
                print("error in %s: %r" % (ck["id"], e))
        key = (ck["half"], ck["family"])
        got, tot = score.get(key, (0, 0))
        score[key] = (got + ok, tot + 1)
        if not ok and ck["half"] == "tune":
            failed.append(ck)

    for h in halves:
        g = sum(v[0] for k, v in score.items() if k[0] == h)
        t = sum(v[1] for k, v in score.items() if k[0] == h)
        print("%s %d/%d" % (h, g, t))
    for fam in FAMILIES:
        for h in halves:
            if (h, fam) in score:
                g, t = score[(h, fam)]
                print("family %s %s %d/%d" % (fam, h, g, t))

    if a.show:
        for ck in failed:
            exp = {k: v for k, v in ck.items() if k not in ("id", "half", "article", "why", "family")}
            print("FAIL %s %s [%s] expected %s" % (ck["id"], ck["article"], ck["family"],
                                                   json.dumps(exp, ensure_ascii=False)))
            print("     why: %s" % ck["why"])
            for line in describe(ck, mentions.get(ck["article"], [])):
                print("     got: %s" % line)
        tune_docs = {ck["article"] for ck in checks if ck["half"] == "tune"}
        for line in m_err + t_err:
            if any(d in line for d in tune_docs):
                print("stderr: %s" % line)


if __name__ == "__main__":
    main()
