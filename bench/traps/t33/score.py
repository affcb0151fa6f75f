#!/usr/bin/env python3
"""Blind trap set t33 for `newsmine entities`.

    python3 score.py TREE [--half tune|blind|all] [--show]

Runs newsmine (PYTHONPATH=TREE/src) once per command over articles/*.txt:
  entities -f jsonl, entities --mentions -f jsonl, clean (the text offsets refer to).
Prints one line per half and one per family and half.  --show lists the failed TUNE checks
only; it is refused for blind/all (exit 2).  Standard library only.

Check kinds (names matched case-insensitively, accents and a leading "the" ignored):
  same_entity   a, b: {context, text}: the mentions at both places belong to one entity
  distinct      a, b: both places are mentions, of two different entities
  entity_name   text_in_article + target: the mention there belongs to the entity named
                `entity` (and, when given, has `label`)
  mention_label text_in_article + target: the mention there has `label`
  no_mention    (must NOT) text_in_article + target: no mention covers that place
  entity_label  entity (exact name) or entity_contains (substring): at least one entity row
                matches and every matching row has `label`
  no_entity     (must NOT) no entity row's name or alias contains `text`
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ["one_person", "sports", "boundaries", "label", "junk"]


def norm(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"\s+", " ", s).strip().casefold()
    if s.startswith("the "):
        s = s[4:]
    return s


def python_for(tree):
    env = os.environ.get("NEWSMINE_PYTHON")
    if env:
        return env
    for cand in (os.path.join(tree, ".venv", "bin", "python"), "/work/main/.venv/bin/python"):
        if os.path.exists(cand):
            return cand
    return sys.executable


def run(tree, args, files):
    env = os.environ.copy()
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    env["NO_COLOR"] = "1"
    cmd = [python_for(tree), "-m", "newsmine"] + args + files
    try:
        p = subprocess.run(cmd, cwd=HERE, env=env, capture_output=True, text=True, timeout=160)
    except subprocess.TimeoutExpired:
        print(f"score.py: newsmine {' '.join(args)} timed out", file=sys.stderr)
        return ""
    if p.returncode not in (0, 1):
        print(f"score.py: newsmine {' '.join(args)} exited {p.returncode}: {p.stderr.strip()[:300]}",
              file=sys.stderr)
    return p.stdout


def jsonl(out):
    rows = []
    for line in out.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            rows.append(json.loads(line))
        except ValueError:
            pass
    return rows


def parse_clean(out):
    texts, cur, buf = {}, None, []
    for line in out.splitlines(keepends=True):
        m = re.match(r"^==> (.*) <==\n?$", line)
        if m:
            if cur is not None:
                texts[cur] = "".join(buf)
            cur, buf = os.path.basename(m.group(1)), []
        else:
            buf.append(line)
    if cur is not None:
        texts[cur] = "".join(buf)
    return texts


class Data:
    def __init__(self, tree, files):
        self.ents = defaultdict(list)
        self.ments = defaultdict(list)
        for r in jsonl(run(tree, ["entities", "-f", "jsonl"], files)):
            self.ents[os.path.basename(str(r.get("doc", "")))].append(r)
        for r in jsonl(run(tree, ["entities", "--mentions", "-f", "jsonl"], files)):
            self.ments[os.path.basename(str(r.get("doc", "")))].append(r)
        self.text = parse_clean(run(tree, ["clean"], files))
        for f in files:
            b = os.path.basename(f)
            if b not in self.text:
                with open(os.path.join(HERE, f), encoding="utf-8") as fh:
                    self.text[b] = fh.read()

    def locate(self, doc, spec):
        text = self.text.get(doc, "")
        ctx, t = spec["context"], spec["text"]
        i = text.find(ctx)
        if i < 0:
            i = text.lower().find(ctx.lower())
        if i < 0:
            return None
        j = ctx.find(t)
        if j < 0:
            j = ctx.lower().find(t.lower())
        return (i + j, i + j + len(t))

    def mention_at(self, doc, spec):
        span = self.locate(doc, spec)
        if span is None:
            return None, "context not found in clean text"
        s, e = span
        best, best_ov = None, 0
        for m in self.ments.get(doc, []):
            try:
                ms, me = int(m["start"]), int(m["end"])
            except (KeyError, TypeError, ValueError):
                continue
            ov = min(e, me) - max(s, ms)
            if ov > best_ov or (ov == best_ov and ov > 0 and best is not None
                                and (me - ms) < (int(best["end"]) - int(best["start"]))):
                best, best_ov = m, ov
        return best, None


def key(m):
    return m.get("entity_id") or (norm(m.get("entity")) + "|" + str(m.get("label")))


def show_m(m):
    if m is None:
        return "no mention"
    return f"mention {m.get('text')!r} -> entity {m.get('entity')!r} {m.get('label')} ({m.get('entity_id')})"


def evaluate(c, D):
    doc = c["article"]
    k = c["kind"]
    if k in ("same_entity", "distinct"):
        ma, ea = D.mention_at(doc, c["a"])
        mb, eb = D.mention_at(doc, c["b"])
        got = f"a: {ea or show_m(ma)}; b: {eb or show_m(mb)}"
        if ma is None or mb is None:
            return False, got
        same = key(ma) == key(mb)
        return (same if k == "same_entity" else not same), got
    if k in ("entity_name", "mention_label", "no_mention"):
        spec = {"context": c["text_in_article"], "text": c["target"]}
        m, err = D.mention_at(doc, spec)
        got = err or show_m(m)
        if k == "no_mention":
            return (err is None and m is None), got
        if m is None:
            return False, got
        if k == "mention_label":
            return m.get("label") == c["label"], got
        ok = norm(m.get("entity")) == norm(c["entity"])
        if c.get("label"):
            ok = ok and m.get("label") == c["label"]
        return ok, got
    if k == "entity_label":
        rows = D.ents.get(doc, [])
        if "entity" in c:
            match = [r for r in rows if norm(r.get("entity")) == norm(c["entity"])]
        else:
            sub = norm(c["entity_contains"])
            match = [r for r in rows if sub in norm(r.get("entity"))]
        got = "; ".join(f"{r.get('entity')!r} {r.get('label')}" for r in match) or "no such entity row"
        return bool(match) and all(r.get("label") == c["label"] for r in match), got
    if k == "no_entity":
        sub = norm(c["text"])
        hits = []
        for r in D.ents.get(doc, []):
            names = [r.get("entity")] + list(r.get("aliases") or [])
            if any(sub in norm(n) for n in names):
                hits.append(f"{r.get('entity')!r} {r.get('label')} aliases={r.get('aliases')}")
        return not hits, ("; ".join(hits) or "none")
    return False, f"unknown kind {k}"


def expected(c):
    k = c["kind"]
    if k in ("same_entity", "distinct"):
        return f"{k}: {c['a']['text']!r} in {c['a']['context']!r} vs {c['b']['text']!r} in {c['b']['context']!r}"
    if k == "entity_name":
        return f"{c['target']!r} in {c['text_in_article']!r} is entity {c['entity']!r} {c.get('label') or ''}"
    if k == "mention_label":
        return f"{c['target']!r} in {c['text_in_article']!r} labelled {c['label']}"
    if k == "no_mention":
        return f"no mention at {c['target']!r} in {c['text_in_article']!r}"
    if k == "entity_label":
        return f"entity {c.get('entity') or '*' + c.get('entity_contains') + '*'!r} labelled {c['label']}"
    if k == "no_entity":
        return f"no entity row containing {c['text']!r}"
    return k


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tree")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default=None)
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    half = a.half or ("tune" if a.show else "all")
    if a.show and half != "tune":
        print("score.py: --show is only allowed with --half tune", file=sys.stderr)
        sys.exit(2)
    if not os.path.isdir(os.path.join(a.tree, "src")):
        print(f"score.py: {a.tree}/src not found", file=sys.stderr)
        sys.exit(2)
    with open(os.path.join(HERE, "checks.json"), encoding="utf-8") as f:
        checks = json.load(f)
    files = sorted(os.path.relpath(p, HERE) for p in glob.glob(os.path.join(HERE, "articles", "*.txt")))
    D = Data(a.tree, files)
    halves = ["tune", "blind"] if half == "all" else [half]
    res = {}
    for c in checks:
        if c["half"] not in halves:
            continue
        try:
            ok, got = evaluate(c, D)
        except Exception as ex:  # a malformed row must not crash the scorer
            ok, got = False, f"error {type(ex).__name__}: {ex}"
        res[c["id"]] = (ok, got)
    for h in halves:
        hc = [c for c in checks if c["half"] == h]
        print(f"{h} {sum(res[c['id']][0] for c in hc)}/{len(hc)}")
    for fam in FAMILIES:
        for h in halves:
            hc = [c for c in checks if c["half"] == h and c["family"] == fam]
            print(f"family {fam} {h} {sum(res[c['id']][0] for c in hc)}/{len(hc)}")
    if a.show:
        for c in checks:
            if c["half"] == "tune" and not res[c["id"]][0]:
                print(f"FAIL {c['id']} {c['article']} [{c['family']}] expected {expected(c)} | got {res[c['id']][1]}")


if __name__ == "__main__":
    main()
