#!/usr/bin/env python3
"""Score newsmine's `quotes` command on trap set T41.

    python3 score.py TREE [--half tune|blind|all] [--show]

Runs newsmine once over every article (JSON Lines), evaluates the checks of the
chosen half and prints one total line per half and one line per family and half.
--show lists the FAILED checks of the tune half only; it is refused for blind/all.
Standard library only.
"""
import argparse, json, os, re, subprocess, sys, unicodedata
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = os.environ.get("NEWSMINE_PYTHON", "/work/main/.venv/bin/python")
FAMILIES = ["speaker_direct", "speaker_pronoun", "shared_surname", "quoted_as_saying",
            "noun_cue", "continuation", "not_a_quote", "speaker_gender"]
LEADING = {"the", "a", "an", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame",
           "lady", "lord", "rev", "fr", "father", "judge", "justice", "chief", "lt", "gov", "sen",
           "senator", "minister", "advocate", "senior"}


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


def name_key(s):
    s = fold(s)
    s = re.sub(r"[.,;:\"]", " ", s)
    words = s.split()
    while len(words) > 1 and words[0] in LEADING:
        words = words[1:]
    return " ".join(words)


def run_newsmine(tree, files):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    cmd = [PYTHON, "-m", "newsmine", "quotes"] + files + ["-f", "jsonl"]
    try:
        p = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=170, cwd=HERE)
    except subprocess.TimeoutExpired:
        print("newsmine timed out", file=sys.stderr)
        return {}
    if p.returncode not in (0, 1):
        sys.stderr.write(p.stderr.decode("utf-8", "replace")[-2000:])
    rows = {}
    for line in p.stdout.decode("utf-8", "replace").splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            r = json.loads(line)
        except ValueError:
            continue
        doc = os.path.basename(str(r.get("doc") or "").split("#")[0])
        rows.setdefault(doc, []).append(r)
    return rows


def matching(rows, sub):
    key = fold(sub)
    return [r for r in rows if key in fold(r.get("quote") or "")]


def evaluate(check, rows):
    """Return (passed, what newsmine gave)."""
    found = matching(rows, check["quote_has"])
    kind = check["kind"]
    if kind == "no_row":
        return (not found, [r.get("quote") for r in found])
    if kind == "speaker":
        want = {name_key(x) for x in check["speaker"]}
        got = [r.get("speaker") or "" for r in found]
        return (bool(found) and all(name_key(g) in want for g in got), got or "no row")
    if kind == "speaker_not":
        bad = set()
        for x in check["not_speaker"]:
            bad.add(name_key(x))
        got = [r.get("speaker") or "" for r in found]
        return (all(name_key(g) not in bad for g in got), got or "no row")
    if kind == "gender":
        got = [r.get("speaker_gender") or "" for r in found]
        return (bool(found) and all(g == check["gender"] for g in got), got or "no row")
    raise ValueError("unknown kind %r" % kind)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tree")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="tune")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    if a.show and a.half != "tune":
        print("--show is only allowed with --half tune", file=sys.stderr)
        sys.exit(2)
    checks = json.load(open(os.path.join(HERE, "checks.json"), encoding="utf-8"))
    halves = ["tune", "blind"] if a.half == "all" else [a.half]
    checks = [c for c in checks if c["half"] in halves]
    arts = sorted({c["article"] for c in checks})
    files = [os.path.join(HERE, "articles", n) for n in arts]
    rows = run_newsmine(a.tree, files)
    res = OrderedDict((h, OrderedDict((f, [0, 0]) for f in FAMILIES)) for h in halves)
    failed = []
    for c in checks:
        ok, got = evaluate(c, rows.get(c["article"], []))
        t = res[c["half"]][c["family"]]
        t[1] += 1
        t[0] += int(ok)
        if not ok and c["half"] == "tune":
            failed.append((c, got))
    for h in halves:
        n = sum(v[0] for v in res[h].values())
        d = sum(v[1] for v in res[h].values())
        print("%s %d/%d" % (h, n, d))
    for f in FAMILIES:
        for h in halves:
            print("family %s %s %d/%d" % (f, h, res[h][f][0], res[h][f][1]))
    if a.show:
        for c, got in failed:
            exp = {k: c[k] for k in ("speaker", "not_speaker", "gender") if k in c}
            if c["kind"] == "no_row":
                exp = "no row"
            print("FAIL %s %s [%s/%s] quote~%r expected=%s got=%s" % (
                c["id"], c["article"], c["family"], c["kind"], c["quote_has"],
                json.dumps(exp, ensure_ascii=False), json.dumps(got, ensure_ascii=False)))


if __name__ == "__main__":
    main()
