#!/usr/bin/env python3
"""Score newsmine `figures` on trap set T50.

    python3 score.py TREE [--half tune|blind|all] [--show]

Runs `newsmine figures` once over every article of the set (JSON Lines), then evaluates the
checks of the chosen half (default: tune). Prints `tune N/M` / `blind N/M` and one line per
family and half. `--show` lists the failed checks of the tune half only; it is refused for
blind and all (exit 2). Standard library only.

How a check finds its figure: `anchor` is a string written in the article (matched as a whole
token, case-insensitively; `occurrence` says which one, 0-based). The figure rows considered are
those whose span in the article overlaps that anchor (spans from the rows' start/end when they
index the article's text, else found by the row's text).

Families and kinds:
  object        pass when one of `nouns` (lower case, singular or plural forms listed) is a word
                of the row's object (words split at spaces and punctuation; a hyphenated word
                also counts by its pieces).
  scale         pass when the row's value equals `value` (relative tolerance 1e-6).
  change        pass when the row's change is `change` ("up", "down", or "" for none/null).
  junk          kind `not_a_figure`: pass when NO figure row overlaps the anchor.
A check whose anchor no row overlaps fails (except junk, where that is the pass).
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/work/main/.venv/bin/python"
FAMILIES = ["object", "scale", "change", "junk"]


def anchor_re(anchor):
    return re.compile(r"(?<![A-Za-z0-9])(?<![0-9][,.])" + re.escape(anchor)
                      + r"(?![A-Za-z0-9])(?![,.][0-9])", re.IGNORECASE)


def anchor_span(text, anchor, occurrence):
    found = list(anchor_re(anchor).finditer(text))
    if len(found) <= occurrence:
        return None
    m = found[occurrence]
    return m.start(), m.end()


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip().lower()


def row_span(row, text):
    rt = row.get("text") or ""
    start, end = row.get("start"), row.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text):
        if norm(text[start:end]) == norm(rt):
            return start, end
    if not rt:
        return None
    # offsets do not index our file: find the row's text nearest its start
    best = None
    for m in re.finditer(re.escape(rt), text, re.IGNORECASE):
        d = abs(m.start() - start) if isinstance(start, int) else m.start()
        if best is None or d < best[0]:
            best = (d, m.start(), m.end())
    return (best[1], best[2]) if best else None


def candidates(rows, text, check):
    span = anchor_span(text, check["anchor"], check.get("occurrence", 0))
    out = []
    for row in rows:
        rs = row_span(row, text)
        if span is not None and rs is not None:
            if rs[0] < span[1] and span[0] < rs[1]:
                out.append(row)
        elif check["anchor"].lower() in (row.get("text") or "").lower():
            out.append(row)
    return out


def object_words(obj):
    words = set()
    for tok in re.split(r"[^\w'’-]+", (obj or "").lower()):
        tok = tok.strip("'’-")
        if not tok:
            continue
        tok = re.sub(r"['’]s?$", "", tok)
        words.add(tok)
        for piece in tok.split("-"):
            if piece:
                words.add(piece)
    return words


def same_value(a, b):
    try:
        a = float(a)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def change_of(row):
    c = row.get("change")
    return (c or "").strip().lower()


def evaluate(check, rows, text):
    cands = candidates(rows, text, check)
    fam = check["family"]
    if fam == "junk":
        return not cands, cands
    if not cands:
        return False, cands
    if fam == "object":
        nouns = {n.lower() for n in check["nouns"]}
        return any(nouns & object_words(r.get("object")) for r in cands), cands
    if fam == "scale":
        return any(same_value(r.get("value"), check["value"]) for r in cands), cands
    if fam == "change":
        return any(change_of(r) == check["change"] for r in cands), cands
    raise ValueError("unknown family %r" % fam)


def run_newsmine(tree, paths):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    env.pop("NEWSMINE_MODEL", None)
    cmd = [PYTHON, "-m", "newsmine", "figures"] + paths + ["-f", "jsonl"]
    try:
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=170,
                              cwd=HERE)
    except subprocess.TimeoutExpired:
        sys.stderr.write("score.py: newsmine figures timed out\n")
        return {}
    if proc.returncode not in (0, 1):
        sys.stderr.write("score.py: newsmine figures exited %d\n%s\n"
                         % (proc.returncode, proc.stderr[-2000:]))
    rows = {}
    for line in proc.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            row = json.loads(line)
        except ValueError:
            continue
        doc = os.path.basename(str(row.get("doc", "")).split("#")[0])
        rows.setdefault(doc, []).append(row)
    return rows


def expected_of(check):
    fam = check["family"]
    if fam == "object":
        return "object has one of %s" % "/".join(check["nouns"])
    if fam == "scale":
        return "value %s" % repr(check["value"])
    if fam == "change":
        return "change %r" % (check["change"] or "(none)")
    return "no figure row at the anchor"


def gave_of(cands):
    if not cands:
        return "no figure row at the anchor"
    return "; ".join("text=%r value=%r unit=%r object=%r change=%r" % (
        r.get("text"), r.get("value"), r.get("unit"), r.get("object"), r.get("change"))
        for r in cands)


def main():
    ap = argparse.ArgumentParser(description="Score newsmine figures on trap set T50.")
    ap.add_argument("tree", help="a folder holding src/newsmine")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="tune")
    ap.add_argument("--show", action="store_true", help="list failed TUNE checks")
    args = ap.parse_args()
    if args.show and args.half != "tune":
        sys.stderr.write("score.py: --show is only allowed with --half tune\n")
        return 2
    if not os.path.isdir(os.path.join(args.tree, "src")):
        sys.stderr.write("score.py: %s has no src/ folder\n" % args.tree)
        return 2

    with open(os.path.join(HERE, "checks.json"), encoding="utf-8") as f:
        checks = json.load(f)
    art_dir = os.path.join(HERE, "articles")
    names = sorted(n for n in os.listdir(art_dir) if n.endswith(".txt"))
    texts = {}
    for n in names:
        with open(os.path.join(art_dir, n), encoding="utf-8") as f:
            texts[n] = f.read().replace("\r\n", "\n")
    rows = run_newsmine(args.tree, [os.path.join(art_dir, n) for n in names])

    halves = ["tune", "blind"] if args.half == "all" else [args.half]
    for half in halves:
        mine = [c for c in checks if c["half"] == half]
        per_family = {f: [0, 0] for f in FAMILIES}
        failed = []
        for c in mine:
            ok, cands = evaluate(c, rows.get(c["article"], []), texts[c["article"]])
            per_family[c["family"]][1] += 1
            if ok:
                per_family[c["family"]][0] += 1
            elif half == "tune":
                failed.append((c, cands))
        total_ok = sum(v[0] for v in per_family.values())
        print("%s %d/%d" % (half, total_ok, len(mine)))
        for fam in FAMILIES:
            ok, n = per_family[fam]
            if n:
                print("family %s %s %d/%d" % (fam, half, ok, n))
        if args.show and half == "tune":
            for c, cands in failed:
                print("FAIL %s %s anchor=%r | expected: %s | newsmine: %s"
                      % (c["id"], c["article"], c["anchor"], expected_of(c), gave_of(cands)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
