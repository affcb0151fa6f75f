#!/usr/bin/env python3
"""Score newsmine's `quotes` command on the t34 trap set.

usage: python3 score.py TREE [--half tune|blind|all] [--show]

Runs newsmine once over all articles (JSON Lines), evaluates the checks of the chosen half,
prints one line per half and one line per family and half. --show prints the FAILED checks of
the TUNE half only (refused for blind/all). Standard library only.
"""
import argparse, json, os, re, subprocess, sys, unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/work/main/.venv/bin/python"
FAMILIES = ["speaker_direct", "speaker_pronoun", "continuation", "indirect", "not_a_quote", "speaker_gender"]


def norm(s):
    s = unicodedata.normalize("NFC", "" if s is None else str(s))
    s = s.translate({0x2018: "'", 0x2019: "'", 0x201c: '"', 0x201d: '"', 0x00a0: " "})
    return re.sub(r"\s+", " ", s).strip().lower()


def run_newsmine(tree, files):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    env.pop("NO_COLOR", None)
    cmd = [PY, "-m", "newsmine", "quotes"] + files + ["-f", "jsonl"]
    p = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True, timeout=170)
    if p.returncode not in (0, 1):
        sys.stderr.write(p.stderr[-2000:])
        sys.exit("score.py: newsmine quotes exited with %d" % p.returncode)
    rows = defaultdict(list)
    for line in p.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            r = json.loads(line)
        except ValueError:
            continue
        rows[os.path.basename(str(r.get("doc") or ""))].append(r)
    return rows


def matching(rows, sub):
    s = norm(sub)
    return [r for r in rows if s in norm(r.get("quote"))]


def evaluate(c, rows):
    """Return (passed, relevant_rows)."""
    k = c["kind"]
    if k == "speaker":
        m = matching(rows, c["quote_contains"])
        sc = norm(c["speaker_contains"])
        return any(sc in norm(r.get("speaker")) for r in m), m
    if k == "no_quote":
        m = matching(rows, c["text_contains"])
        return not m, m
    if k == "no_speaker":
        m = matching(rows, c["quote_contains"])
        sn = norm(c["speaker_not"])
        return not any(sn in norm(r.get("speaker")) for r in m), m
    if k == "speaker_absent":
        sn = norm(c["speaker_not"])
        m = [r for r in rows if sn in norm(r.get("speaker"))]
        return not m, m
    if k == "gender":
        m = matching(rows, c["quote_contains"])
        g = norm(c["gender"])
        sc = norm(c.get("speaker_contains", ""))
        ok = any(norm(r.get("speaker_gender")) == g and (not sc or sc in norm(r.get("speaker")))
                 for r in m)
        return ok, m
    if k == "type":
        m = matching(rows, c["quote_contains"])
        return any(norm(r.get("type")) == norm(c["type"]) for r in m), m
    raise ValueError("unknown kind %r" % k)


def expected(c):
    return {k: v for k, v in c.items() if k not in ("id", "half", "article", "why", "family")}


def brief(r):
    return {k: r.get(k) for k in ("quote", "type", "speaker", "speaker_text", "cue", "speaker_gender")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tree")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="all")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    if a.show and a.half != "tune":
        sys.stderr.write("score.py: --show is only allowed with --half tune\n")
        sys.exit(2)
    with open(os.path.join(HERE, "checks.json"), encoding="utf-8") as f:
        checks = json.load(f)
    adir = os.path.join(HERE, "articles")
    files = sorted(os.path.join(adir, n) for n in os.listdir(adir) if n.endswith(".txt"))
    rows = run_newsmine(a.tree, files)
    halves = ["tune", "blind"] if a.half == "all" else [a.half]
    tot = {h: [0, 0] for h in halves}
    fam = {(h, f): [0, 0] for h in halves for f in FAMILIES}
    failed = []
    for c in checks:
        h = c["half"]
        if h not in halves:
            continue
        ok, m = evaluate(c, rows.get(c["article"], []))
        tot[h][1] += 1
        fam.setdefault((h, c["family"]), [0, 0])[1] += 1
        if ok:
            tot[h][0] += 1
            fam[(h, c["family"])][0] += 1
        elif h == "tune":
            failed.append((c, m))
    for h in halves:
        print("%s %d/%d" % (h, tot[h][0], tot[h][1]))
    for f in FAMILIES:
        for h in halves:
            p, n = fam[(h, f)]
            print("family %s %s %d/%d" % (f, h, p, n))
    if a.show:
        for c, m in failed:
            print("FAIL %s %s expected=%s" % (c["id"], c["article"], json.dumps(expected(c), ensure_ascii=False)))
            print("     why: %s" % c["why"])
            if not m:
                print("     newsmine: no matching row")
            for r in m:
                print("     newsmine: %s" % json.dumps(brief(r), ensure_ascii=False))


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        sys.exit(0)
