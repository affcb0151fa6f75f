#!/usr/bin/env python3
"""Score newsmine's `entities` (and `quotes`) on trap set T51.

    python3 score.py TREE [--half tune|blind|all] [--show]

Runs newsmine once per command over all articles (JSON Lines), evaluates the
checks of the chosen half and prints per-half and per-family totals. --show
prints the failed checks of the TUNE half only. Standard library only.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/work/main/.venv/bin/python"
TITLES = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor",
    "sen", "sen.", "senator", "rep", "rep.", "gov", "gov.", "governor", "judge", "justice",
    "dame", "sir", "lord", "lady", "chief", "alhaji", "barr", "barr.", "engr", "engr.", "hon",
    "hon.", "sgt", "sgt.", "sergeant", "councillor", "cllr", "coun.", "madam", "mdm", "begum",
    "premier", "minister", "president", "deputy", "smt", "smt.", "shri", "the", "dpp", "coach",
}


def norm(s):
    s = unicodedata.normalize("NFC", str(s or ""))
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", s).strip().lower()


def strip_titles(s):
    s = norm(s)
    if s.endswith("'s"):
        s = s[:-2]
    words = s.split(" ")
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    return " ".join(words)


def names_of(x):
    return [norm(v) for v in (x if isinstance(x, list) else [x])]


def run(tree, command, files):
    env = dict(os.environ, PYTHONPATH=os.path.join(tree, "src"))
    proc = subprocess.run([PYTHON, "-m", "newsmine", command, *files, "-f", "jsonl"],
                          cwd=HERE, env=env, capture_output=True, text=True, timeout=170)
    rows = defaultdict(list)
    for line in proc.stdout.splitlines():
        line = line.strip()
        if line:
            r = json.loads(line)
            rows[os.path.basename(r.get("doc") or "")].append(r)
    if not rows:
        sys.exit(f"score.py: newsmine {command} gave no rows (exit {proc.returncode}): "
                 f"{proc.stderr.strip()[-500:]}")
    return rows


def aliases(r):
    return [norm(a) for a in (r.get("aliases") or [])]


def brief(r):
    al = "; ".join(r.get("aliases") or [])
    return f"{r.get('entity')} [{r.get('label')}]" + (f" (aliases: {al})" if al else "")


def word_in(sub, text):
    return re.search(r"(?<!\w)" + re.escape(norm(sub)) + r"(?!\w)", norm(text)) is not None


def evaluate(c, ents, quotes):
    """Return (passed, what newsmine gave)."""
    k = c["kind"]
    if k == "entity":
        names, labels = names_of(c["name"]), c.get("labels")
        hits = [r for r in ents if norm(r["entity"]) in names]
        ok = any(labels is None or r["label"] in labels for r in hits)
        return ok, ", ".join(brief(r) for r in hits) or "no such entity"
    if k == "label":
        names = names_of(c["name"])
        hits = [r for r in ents if norm(r["entity"]) in names]
        if not hits:
            hits = [r for r in ents if set(aliases(r)) & set(names)]
        ok = bool(hits) and all(r["label"] in c["labels"] for r in hits)
        return ok, ", ".join(brief(r) for r in hits) or "no such entity"
    if k == "merged":
        name = norm(c["name"])
        forms = {strip_titles(f) for f in c["forms"]}
        target = [r for r in ents if norm(r["entity"]) == name and r["label"] == "PERSON"]
        bad = [r for r in ents if r not in target and
               (strip_titles(r["entity"]) in forms or
                {strip_titles(a) for a in (r.get("aliases") or [])} & forms)]
        got = ("person: " + ", ".join(brief(r) for r in target) if target else "no PERSON row")
        if bad:
            got += "; also: " + ", ".join(brief(r) for r in bad)
        return bool(target) and not bad, got
    if k == "apart":
        found = []
        for item in c["names"]:
            names = names_of(item)
            found.append([r for r in ents if norm(r["entity"]) in names and r["label"] == "PERSON"])
        ok = all(found) and found[0][0].get("entity_id") != found[1][0].get("entity_id")
        got = " | ".join(", ".join(brief(r) for r in f) or "missing" for f in found)
        return ok, got
    if k == "quote_speaker":
        want = names_of(c["speaker"])
        ids = {r.get("entity_id") for r in ents if norm(r["entity"]) in want}
        hits = [q for q in quotes if norm(c["quote_contains"]) in norm(q.get("quote"))]
        ok = bool(hits) and all(norm(q.get("speaker")) in want or
                                (q.get("speaker_id") and q.get("speaker_id") in ids)
                                for q in hits)
        got = ", ".join(f"speaker={q.get('speaker')!r} id={q.get('speaker_id')!r}"
                        for q in hits) or "no quote row with that text"
        return ok, got
    if k == "absent":
        names, labels = set(names_of(c["names"])), c.get("labels")
        bad = [r for r in ents if (labels is None or r["label"] in labels) and
               (norm(r["entity"]) in names or set(aliases(r)) & names)]
        return not bad, ", ".join(brief(r) for r in bad) or "absent"
    if k == "absent_contains":
        bad = [r for r in ents if any(word_in(s, t) for s in c["substrings"]
                                      for t in [r["entity"], *(r.get("aliases") or [])])]
        return not bad, ", ".join(brief(r) for r in bad) or "absent"
    raise ValueError(f"unknown kind {k}")


def expected(c):
    return {k: v for k, v in c.items() if k not in ("id", "half", "article", "family", "kind", "why")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tree")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="all")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    if a.show and a.half != "tune":
        print("score.py: --show is only for --half tune (blind failures are never shown)",
              file=sys.stderr)
        sys.exit(2)
    checks = json.load(open(os.path.join(HERE, "checks.json"), encoding="utf-8"))
    halves = ["tune", "blind"] if a.half == "all" else [a.half]
    checks = [c for c in checks if c["half"] in halves]
    files = sorted(os.path.join("articles", f) for f in os.listdir(os.path.join(HERE, "articles"))
                   if f.endswith(".txt"))
    tree = os.path.abspath(a.tree)
    ents = run(tree, "entities", files)
    quotes = run(tree, "quotes", files) if any(c["kind"] == "quote_speaker" for c in checks) else {}
    total, fam = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0])
    failed = []
    for c in checks:
        try:
            ok, got = evaluate(c, ents.get(c["article"], []), quotes.get(c["article"], []))
        except Exception as e:  # a malformed row counts as a failure
            ok, got = False, f"error: {e!r}"
        total[c["half"]][1] += 1
        fam[(c["family"], c["half"])][1] += 1
        if ok:
            total[c["half"]][0] += 1
            fam[(c["family"], c["half"])][0] += 1
        elif c["half"] == "tune":
            failed.append((c, got))
    for h in halves:
        print(f"{h} {total[h][0]}/{total[h][1]}")
    for family in sorted({f for f, _ in fam}):
        for h in halves:
            p, n = fam[(family, h)]
            print(f"family {family} {h} {p}/{n}")
    if a.show:
        for c, got in failed:
            print(f"FAIL {c['id']} {c['article']} [{c['kind']}] expected "
                  f"{json.dumps(expected(c), ensure_ascii=False)} got: {got}")


if __name__ == "__main__":
    main()
