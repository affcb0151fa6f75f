#!/usr/bin/env python3
"""Score a newsmine tree on the T46 figures trap set.

    python3 score.py TREE [--half tune|blind|all] [--show]

Runs `newsmine figures` once over every article of the set (JSON Lines), evaluates
the checks of the chosen half and prints one line per half and one per family and half.
--show lists the FAILED checks of the tune half only (refused for blind or all: exit 2).
Standard library only.
"""
import json
import math
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/work/main/.venv/bin/python"
FAMILIES = ["change", "scale", "object", "junk"]


def usage(msg):
    sys.stderr.write("score.py: %s\nusage: python3 score.py TREE [--half tune|blind|all] [--show]\n" % msg)
    sys.exit(2)


def parse_args(argv):
    tree, half, show = None, None, False
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--show":
            show = True
        elif a == "--half":
            i += 1
            if i >= len(argv):
                usage("--half needs a value")
            half = argv[i]
        elif a.startswith("--half="):
            half = a.split("=", 1)[1]
        elif a.startswith("-"):
            usage("unknown option " + a)
        elif tree is None:
            tree = a
        else:
            usage("one TREE only")
        i += 1
    if tree is None:
        usage("TREE is required")
    if half is None:
        half = "tune" if show else "all"
    if half not in ("tune", "blind", "all"):
        usage("--half must be tune, blind or all")
    if show and half != "tune":
        sys.stderr.write("score.py: --show is only allowed with --half tune\n")
        sys.exit(2)
    return tree, half, show


def run_newsmine(tree, files):
    env = dict(os.environ)
    src = os.path.join(os.path.abspath(tree), "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("NO_COLOR", None)
    cmd = [PYTHON, "-m", "newsmine", "figures"] + files + ["-f", "jsonl"]
    try:
        p = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=170, cwd=HERE)
    except subprocess.TimeoutExpired:
        sys.stderr.write("score.py: newsmine timed out\n")
        return {}
    if p.returncode not in (0, 1):
        sys.stderr.write("score.py: newsmine exited %d\n" % p.returncode)
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
        if not isinstance(r, dict):
            continue
        doc = os.path.basename(str(r.get("doc") or "").split("#")[0])
        rows.setdefault(doc, []).append(r)
    return rows


def as_int(x):
    try:
        return int(x)
    except (TypeError, ValueError):
        return None


def aligned(text, rows):
    """True when the rows' offsets index the article file's text."""
    if not rows:
        return True
    good = 0
    for r in rows:
        s, e = as_int(r.get("start")), as_int(r.get("end"))
        if s is not None and e is not None and text[s:e] == (r.get("text") or ""):
            good += 1
    return good * 10 >= len(rows) * 9


def candidates(text, rows, ctx, num):
    """Rows over the figure `num` inside the unique context `ctx`, best first."""
    p = text.find(ctx)
    if p < 0:
        return []
    s = p + ctx.find(num)
    e = s + len(num)
    out = []
    if aligned(text, rows):
        for r in rows:
            rs, re_ = as_int(r.get("start")), as_int(r.get("end"))
            if rs is None or re_ is None:
                continue
            ov = min(e, re_) - max(s, rs)
            if ov > 0:
                out.append((-ov, abs(rs - s), r))
    else:  # fall back on the row's text and sentence
        for r in rows:
            t = r.get("text") or ""
            sent = r.get("sentence") or ""
            if not t:
                continue
            if (num in t or t in num) and (ctx in sent or num in sent):
                out.append((-min(len(t), len(num)), 0, r))
    out.sort(key=lambda x: (x[0], x[1]))
    return [r for _, _, r in out]


IRREG = {"people": "person", "children": "child", "men": "man", "women": "woman",
         "mice": "mouse", "geese": "goose", "feet": "foot", "teeth": "tooth"}


def forms(word):
    w = word.lower().strip()
    f = {w}
    if w.endswith("'s"):
        w = w[:-2]
        f.add(w)
    f.update({w + "s", w + "es"})
    if w.endswith("y"):
        f.add(w[:-1] + "ies")
    if w.endswith("ies"):
        f.add(w[:-3] + "y")
    if w.endswith("es"):
        f.add(w[:-2])
    if w.endswith("s"):
        f.add(w[:-1])
    for pl, sg in IRREG.items():
        if w in (pl, sg):
            f.update({pl, sg})
    return f


def object_words(obj):
    if isinstance(obj, list):
        obj = " ".join(str(o) for o in obj)
    obj = (obj or "").lower().replace("\u2019", "'")
    words = set()
    for tok in re.findall(r"[a-z0-9']+(?:-[a-z0-9']+)*", obj):
        words.add(tok)
        if tok.endswith("'s"):
            words.add(tok[:-2])
        if "-" in tok:
            words.update(tok.split("-"))
    return words


def value_of(r):
    v = r.get("value")
    if v is None or v == "":
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def show_row(r):
    if r is None:
        return "no row"
    keys = ["text", "value", "value_max", "unit", "object", "kind", "change"]
    return json.dumps({k: r.get(k) for k in keys}, ensure_ascii=False)


def evaluate(c, text, rows):
    """Returns (passed, what newsmine gave)."""
    cands = candidates(text, rows, c["context"], c["num"])
    fam = c["family"]
    if fam == "junk":
        bad = [r for r in cands if value_of(r) is not None]
        return (not bad, "; ".join(show_row(r) for r in bad) or "no figure")
    if not cands:
        return (False, "no row")
    r = cands[0]
    if fam == "change":
        got = r.get("change")
        got = "" if got in (None, "") else str(got).strip().lower()
        return (got == c["expect"], show_row(r))
    if fam == "scale":
        v = value_of(r)
        ok = v is not None and math.isclose(v, float(c["expect"]), rel_tol=1e-6, abs_tol=1e-9)
        if ok and c.get("unit"):
            ok = str(r.get("unit") or "").upper() == c["unit"].upper()
        return (ok, show_row(r))
    if fam == "object":
        words = object_words(r.get("object"))
        ok = False
        for exp in c["expect"]:
            exp = exp.lower()
            obj = r.get("object")
            obj = " ".join(str(o) for o in obj) if isinstance(obj, list) else str(obj or "")
            if (" " in exp or "-" in exp) and exp in obj.lower():
                ok = True
            if words & forms(exp):
                ok = True
        return (ok, show_row(r))
    return (False, "unknown family")


def main():
    tree, half, show = parse_args(sys.argv[1:])
    with open(os.path.join(HERE, "checks.json"), encoding="utf-8") as f:
        checks = json.load(f)
    adir = os.path.join(HERE, "articles")
    names = sorted(n for n in os.listdir(adir) if n.endswith(".txt"))
    texts = {}
    for n in names:
        with open(os.path.join(adir, n), encoding="utf-8-sig") as f:
            texts[n] = f.read().replace("\r\n", "\n").replace("\r", "\n")
    rows = run_newsmine(tree, [os.path.join(adir, n) for n in names])
    halves = ["tune", "blind"] if half == "all" else [half]
    tot = {h: [0, 0] for h in halves}
    fam = {(fm, h): [0, 0] for fm in FAMILIES for h in halves}
    failed = []
    for c in checks:
        h = c["half"]
        if h not in halves:
            continue
        ok, got = evaluate(c, texts.get(c["article"], ""), rows.get(c["article"], []))
        tot[h][1] += 1
        fam[(c["family"], h)][1] += 1
        if ok:
            tot[h][0] += 1
            fam[(c["family"], h)][0] += 1
        elif show and h == "tune":
            failed.append((c, got))
    for h in halves:
        print("%s %d/%d" % (h, tot[h][0], tot[h][1]))
    for fm in FAMILIES:
        for h in halves:
            print("family %s %s %d/%d" % (fm, h, fam[(fm, h)][0], fam[(fm, h)][1]))
    if show:
        for c, got in failed:
            print("FAIL %s %s [%s] expected %s at %r; newsmine: %s" % (
                c["id"], c["article"], c["family"], json.dumps(c["expect"], ensure_ascii=False),
                c["context"], got))


if __name__ == "__main__":
    main()
