#!/usr/bin/env python3
"""Score newsmine `figures` on trap set T54.

Usage: python3 score.py TREE [--half tune|blind|all] [--show]

Runs newsmine once (`figures ... -f jsonl`) over every article of the set,
then evaluates the checks of the chosen half. Prints one line per half and
one line per family and half. --show lists the FAILED checks of the tune
half only; it is refused for blind or all (exit 2). Nothing about individual
blind checks is ever printed. Standard library only.
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "articles")
PYTHON = os.environ.get("NEWSMINE_PYTHON", "/work/main/.venv/bin/python")
FAMILIES = ["object", "scale", "change", "junk"]
FAMILY_OF = {"object": "object", "scale": "scale", "change": "change", "junk_absent": "junk"}
IRREGULAR = {"person": "people", "child": "children", "man": "men", "woman": "women",
             "mouse": "mice", "foot": "feet", "tooth": "teeth", "goose": "geese"}


def num_re(n):
    e = re.escape(n)
    if n[0].isdigit():
        pre = r"(?<![0-9])(?<![0-9][.,])"
    elif n[0].isalpha():
        pre = r"(?<![A-Za-z])"
    else:
        pre = ""
    if n[-1].isdigit():
        post = r"(?![0-9])(?![.,][0-9])"
    elif n[-1].isalpha():
        post = r"(?![A-Za-z])"
    else:
        post = ""
    return re.compile(pre + e + post, re.I)


def norm(s):
    s = (s or "").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(s.lower().split())


def forms(word):
    w = word.lower()
    out = {w, w + "s", w + "es"}
    if w.endswith("ies"):
        out.add(w[:-3] + "y")
    if w.endswith("es"):
        out.add(w[:-2])
    if w.endswith("s"):
        out.add(w[:-1])
    if w.endswith("y"):
        out.add(w[:-1] + "ies")
    for sg, pl in IRREGULAR.items():
        if w in (sg, pl):
            out.update((sg, pl))
    return out


def object_ok(obj, expected):
    words = set(re.findall(r"[a-z]+", (obj or "").lower()))
    return any(forms(e) & words for e in expected)


def run_newsmine(tree, files):
    env = dict(os.environ)
    env.setdefault("NEWSMINE_CACHE_DIR", "/tmp/s43/cache_base")
    src = os.path.join(os.path.abspath(tree), "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    cmd = [PYTHON, "-m", "newsmine", "figures", *files, "-f", "jsonl"]
    try:
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=170)
    except subprocess.TimeoutExpired:
        sys.exit("score.py: newsmine figures timed out after 170 s")
    rows = []
    for line in proc.stdout.splitlines():
        line = line.strip()
        if line:
            rows.append(json.loads(line))
    if proc.returncode not in (0, 1) or not rows:
        sys.stderr.write(proc.stderr[-2000:])
        sys.exit(f"score.py: newsmine figures exited {proc.returncode} with {len(rows)} rows")
    return rows


def locate(rows, text, tokens, context):
    """Rows whose text holds one of the tokens and that lie in the context."""
    pats = [num_re(t) for t in tokens]
    ctx = norm(context)
    spans = []
    i = text.find(context)
    while i >= 0:
        spans.append((i, i + len(context)))
        i = text.find(context, i + 1)
    found = []
    for r in rows:
        rt = r.get("text") or ""
        if not any(p.search(rt) for p in pats):
            continue
        in_sentence = ctx in norm(r.get("sentence"))
        st, en = r.get("start"), r.get("end")
        by_offset = (isinstance(st, int) and isinstance(en, int) and text[st:en] == rt
                     and any(a <= st < b for a, b in spans))
        if in_sentence or by_offset:
            found.append(r)
    return found


def evaluate(check, rows, text):
    kind = check["kind"]
    if kind == "junk_absent":
        hits = locate(rows, text, check["nums"], check["context"])
        return not hits, hits
    cands = locate(rows, text, [check["num"]], check["context"])
    if kind == "object":
        expected = [check["expect"]] + check.get("alts", [])
        return any(object_ok(r.get("object"), expected) for r in cands), cands
    if kind == "scale":
        want = float(check["expect_value"])
        tol = 1e-6 * max(1.0, abs(want))
        ok = any(isinstance(r.get("value"), (int, float)) and abs(r["value"] - want) <= tol
                 for r in cands)
        return ok, cands
    if kind == "change":
        return any(r.get("change") == check["expect"] for r in cands), cands
    raise ValueError(kind)


def brief(r):
    keys = ("text", "value", "value_max", "qualifier", "unit", "object", "kind", "change")
    return {k: r.get(k) for k in keys}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tree")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="tune")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    if args.show and args.half != "tune":
        sys.stderr.write("score.py: --show is only allowed with --half tune\n")
        sys.exit(2)
    with open(os.path.join(HERE, "checks.json"), encoding="utf-8") as f:
        checks = json.load(f)
    files = sorted(os.path.join(ARTICLES, n) for n in os.listdir(ARTICLES) if n.endswith(".txt"))
    rows = run_newsmine(args.tree, files)
    by_doc = {}
    for r in rows:
        by_doc.setdefault(os.path.basename(r.get("doc") or ""), []).append(r)
    texts = {}
    halves = ["tune", "blind"] if args.half == "all" else [args.half]
    score = {h: [0, 0] for h in halves}
    fam = {(h, f): [0, 0] for h in halves for f in FAMILIES}
    failed = []
    for c in checks:
        h = c["half"]
        if h not in halves:
            continue
        art = c["article"]
        if art not in texts:
            with open(os.path.join(ARTICLES, art), encoding="utf-8") as f:
                texts[art] = f.read()
        ok, got = evaluate(c, by_doc.get(art, []), texts[art])
        fk = (h, FAMILY_OF[c["kind"]])
        score[h][1] += 1
        fam[fk][1] += 1
        if ok:
            score[h][0] += 1
            fam[fk][0] += 1
        elif h == "tune":
            failed.append((c, got))
    for h in halves:
        print(f"{h} {score[h][0]}/{score[h][1]}")
    for h in halves:
        for f in FAMILIES:
            n, d = fam[(h, f)]
            print(f"family {f} {h} {n}/{d}")
    if args.show and args.half == "tune":
        for c, got in failed:
            if c["kind"] == "junk_absent":
                exp = f"no figure row for {c['nums']}"
            elif c["kind"] == "object":
                exp = "object ~ " + "|".join([c["expect"]] + c.get("alts", []))
            elif c["kind"] == "scale":
                exp = f"value {c['expect_value']}"
            else:
                exp = f"change {c['expect']}"
            gave = [brief(r) for r in got] or "no matching row"
            print(f"FAIL {c['id']} {c['article']} [{c['kind']}] {c['context']!r}: "
                  f"expected {exp}; newsmine gave {json.dumps(gave, ensure_ascii=False)}")


if __name__ == "__main__":
    main()
