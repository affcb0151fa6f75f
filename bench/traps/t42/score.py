#!/usr/bin/env python3
"""Score a newsmine tree against the T42 entity trap set.

python3 score.py TREE [--half tune|blind|all] [--show]

Runs newsmine (entities, entities --mentions, places, places --mentions, clean) once each over
all articles of the set, evaluates the checks of the chosen half and prints totals per half and
per family. --show prints the failed checks of the TUNE half only.
"""
import argparse
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/work/main/.venv/bin/python"


def norm(s):
    if s is None:
        return ""
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


def run(tree, args, files):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(tree, "src")
    env["NO_COLOR"] = "1"
    cmd = [PY, "-m", "newsmine"] + args + files
    p = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode not in (0, 1):
        sys.stderr.write("newsmine %s failed (exit %d):\n%s\n" % (" ".join(args), p.returncode, p.stderr[-2000:]))
    return p.stdout


def jsonl_by_doc(out):
    res = defaultdict(list)
    for line in out.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            row = json.loads(line)
        except ValueError:
            continue
        res[os.path.basename(str(row.get("doc", "")))].append(row)
    return res


def parse_clean(out):
    texts = {}
    cur = None
    buf = []
    for line in out.split("\n"):
        m = re.match(r"^==> (.*) <==$", line)
        if m:
            if cur is not None:
                texts[cur] = "\n".join(buf)
            cur = os.path.basename(m.group(1))
            buf = []
        else:
            buf.append(line)
    if cur is not None:
        texts[cur] = "\n".join(buf)
    return texts


def names_of(row, field):
    out = [norm(row.get(field))]
    al = row.get("aliases") or []
    if isinstance(al, str):
        al = [a for a in al.split("; ") if a]
    out += [norm(a) for a in al]
    return out


def locate(text, context, name):
    """Span (start, end) of `name` inside the first occurrence of `context` in text."""
    if text is None:
        return None
    i = text.find(context)
    if i < 0:
        # tolerate whitespace differences and curly quotes
        t2 = text.replace("\u2019", "'")
        c2 = context.replace("\u2019", "'")
        i = t2.find(c2)
        if i < 0:
            return None
    j = context.find(name)
    if j < 0:
        return None
    return (i + j, i + j + len(name))


def overlapping(rows, span):
    s, e = span
    return [r for r in rows if r.get("start") is not None and r["start"] < e and r["end"] > s]


class Data:
    def __init__(self, tree, files):
        self.ents = jsonl_by_doc(run(tree, ["entities", "-f", "jsonl"], files))
        self.ment = jsonl_by_doc(run(tree, ["entities", "--mentions", "-f", "jsonl"], files))
        self.places = jsonl_by_doc(run(tree, ["places", "-f", "jsonl"], files))
        self.pment = jsonl_by_doc(run(tree, ["places", "--mentions", "-f", "jsonl"], files))
        self.clean = parse_clean(run(tree, ["clean"], files))


def evaluate(c, d):
    """Return (passed, what newsmine gave)."""
    a = c["article"]
    kind = c["kind"]
    ents = d.ents.get(a, [])
    if kind == "label":
        n = norm(c["name"])
        rows = [r for r in ents if n in names_of(r, "entity")]
        got = [(r["entity"], r["label"]) for r in rows]
        ok = bool(rows) and all(r["label"] in c["labels"] for r in rows)
        return ok, got or "no entity row"
    if kind == "entity_name":
        n = norm(c["name"])
        rows = [r for r in ents if norm(r["entity"]) == n]
        labels = c.get("labels")
        ok = any(labels is None or r["label"] in labels for r in rows)
        if not rows:
            key = norm(c["name"]).split(" ")[-1]
            near = [(r["entity"], r["label"]) for r in ents if key in norm(r["entity"]) or any(key in x for x in names_of(r, "entity"))]
            return False, near or "no such entity"
        return ok, [(r["entity"], r["label"]) for r in rows]
    if kind == "absent":  # the name must NOT appear as (or inside) any entity or alias
        n = norm(c["name"])
        mode = c.get("match", "exact")
        bad = []
        for r in ents:
            for x in names_of(r, "entity"):
                if (mode == "exact" and x == n) or (mode == "contains" and n in x):
                    bad.append((r["entity"], r["label"]))
                    break
        return not bad, bad or "absent"
    if kind == "not_place":  # the name must NOT appear in the places table
        n = norm(c["name"])
        rows = [r for r in d.places.get(a, []) if n in names_of(r, "place")]
        return not rows, [(r["place"], r.get("kind")) for r in rows] or "no place row"
    if kind == "place":
        n = norm(c["name"])
        rows = [r for r in d.places.get(a, []) if n in names_of(r, "place")]
        return bool(rows), [(r["place"], r.get("kind")) for r in rows] or "no place row"
    span = locate(d.clean.get(a), c["context"], c["name"])
    if span is None:
        return False, "context not found in clean text"
    if kind == "mention_label":
        rows = overlapping(d.ment.get(a, []), span)
        ok = any(r["label"] in c["labels"] for r in rows)
        return ok, [(r["text"], r["label"], r["entity"]) for r in rows] or "no mention"
    if kind == "mention_absent":  # no entity mention may cover the name at this context
        rows = overlapping(d.ment.get(a, []), span)
        return not rows, [(r["text"], r["label"], r["entity"]) for r in rows] or "no mention"
    if kind == "mention_entity":
        rows = overlapping(d.ment.get(a, []), span)
        ok = any(norm(r["entity"]) == norm(c["entity"]) for r in rows)
        return ok, [(r["text"], r["label"], r["entity"]) for r in rows] or "no mention"
    if kind == "mention_entity_not":  # a PERSON mention that is NOT the named entity
        rows = overlapping(d.ment.get(a, []), span)
        ok = any(r["label"] == "PERSON" and norm(r["entity"]) != norm(c["entity"]) for r in rows) and not any(
            norm(r["entity"]) == norm(c["entity"]) for r in rows)
        return ok, [(r["text"], r["label"], r["entity"]) for r in rows] or "no mention"
    if kind == "mention_place":
        rows = overlapping(d.pment.get(a, []), span)
        return bool(rows), [(r["text"], r.get("place"), r.get("kind")) for r in rows] or "no place mention"
    if kind == "mention_not_place":  # the name at this context must NOT be a place mention
        rows = overlapping(d.pment.get(a, []), span)
        return not rows, [(r["text"], r.get("place"), r.get("kind")) for r in rows] or "no place mention"
    return False, "unknown kind %s" % kind


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tree")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="tune")
    ap.add_argument("--show", action="store_true")
    o = ap.parse_args()
    if o.show and o.half != "tune":
        print("--show is only allowed with --half tune", file=sys.stderr)
        sys.exit(2)
    checks = json.load(open(os.path.join(HERE, "checks.json")))
    adir = os.path.join(HERE, "articles")
    files = sorted(os.path.join(adir, f) for f in os.listdir(adir) if f.endswith(".txt"))
    d = Data(os.path.abspath(o.tree), files)
    halves = ["tune", "blind"] if o.half == "all" else [o.half]
    fails = []
    for h in halves:
        tot = ok = 0
        fam = defaultdict(lambda: [0, 0])
        for c in checks:
            if c["half"] != h:
                continue
            passed, got = evaluate(c, d)
            tot += 1
            fam[c["family"]][1] += 1
            if passed:
                ok += 1
                fam[c["family"]][0] += 1
            elif h == "tune":
                fails.append((c, got))
        print("%s %d/%d" % (h, ok, tot))
        for f in sorted(fam):
            print("family %s %s %d/%d" % (f, h, fam[f][0], fam[f][1]))
    if o.show:
        for c, got in fails:
            exp = {k: v for k, v in c.items() if k not in ("id", "half", "article", "why", "family")}
            print("FAIL %s %s expected %s gave %s" % (c["id"], c["article"], json.dumps(exp), json.dumps(got, default=str)))


if __name__ == "__main__":
    main()
