#!/usr/bin/env python3
"""Score newsmine's `entities` command on trap set t31.

    python3 score.py TREE [--half tune|blind|all] [--show]

TREE is a newsmine checkout (a folder holding src/). Runs newsmine once for the entity
rows, once for --mentions and once for `clean` (the text the offsets refer to), over all
articles, then evaluates the checks of the chosen half. --show lists failed TUNE checks only.
Standard library only.
"""
import argparse, collections, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PY = os.environ.get("NEWSMINE_PYTHON", "/work/main/.venv/bin/python")


def norm(s):
    return (s or "").replace("\u2019", "'").replace("\u2018", "'").strip().casefold()


def run(tree, args, timeout=170):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    env.pop("NO_COLOR", None)
    p = subprocess.run([PY, "-m", "newsmine"] + args, capture_output=True, text=True,
                       env=env, timeout=timeout)
    if p.returncode not in (0, 1):
        sys.stderr.write("newsmine %s exited %d\n%s\n" % (args[0], p.returncode, p.stderr[-2000:]))
    return p.stdout


def jsonl(out):
    rows = []
    for line in out.splitlines():
        line = line.strip()
        if line:
            try:
                rows.append(json.loads(line))
            except ValueError:
                pass
    return rows


def parse_clean(out, paths):
    heads = {"==> %s <==" % p: os.path.basename(p) for p in paths}
    texts, cur, buf = {}, None, []
    for line in out.split("\n"):
        if line in heads:
            if cur is not None:
                texts[cur] = "\n".join(buf)
            cur, buf = heads[line], []
        else:
            buf.append(line)
    if cur is not None:
        texts[cur] = "\n".join(buf)
    return texts


def locate(text, pattern):
    """Spans of the bracketed target (or the whole pattern) at every occurrence."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if "[" in pattern and "]" in pattern:
        pre, rest = pattern.split("[", 1)
        tgt, post = rest.split("]", 1)
    else:
        pre, tgt, post = "", pattern, ""
    full = pre + tgt + post
    rx = re.escape(full)
    if full[:1].isalnum():
        rx = r"(?<!\w)" + rx
    if full[-1:].isalnum():
        rx = rx + r"(?!\w)"
    hits = list(re.finditer(rx, text))
    if not hits:
        hits = list(re.finditer(rx, text, re.IGNORECASE))
    return [(m.start() + len(pre), m.start() + len(pre) + len(tgt)) for m in hits]


class Doc:
    def __init__(self, rows, mentions, text):
        self.rows, self.mentions, self.text = rows, mentions, text
        self.by_id = collections.defaultdict(list)
        for r in rows:
            self.by_id[r.get("entity_id")].append(r)

    def ids_at(self, pattern):
        spans = locate(self.text or "", pattern)
        if not spans:
            return None
        ids = set()
        for s, e in spans:
            for m in self.mentions:
                if m.get("start") is not None and m["start"] < e and m["end"] > s:
                    ids.add(m.get("entity_id"))
        return ids

    def rows_of(self, ids):
        out = []
        for i in ids:
            out.extend(self.by_id.get(i) or [])
        return out

    def names(self, r):
        return [r.get("entity") or ""] + list(r.get("aliases") or [])

    def matched(self, sub):
        sub = norm(sub)
        m = [r for r in self.rows if sub in norm(r.get("entity"))]
        if not m:
            m = [r for r in self.rows if any(sub in norm(a) for a in (r.get("aliases") or []))]
        return m


def brief(rows):
    return "; ".join("%s/%s%s" % (r.get("entity"), r.get("label"),
                                 (" aka " + "|".join(r.get("aliases") or [])) if r.get("aliases") else "")
                     for r in rows) or "(nothing)"


def evaluate(c, d):
    k = c["kind"]
    if d is None:
        return False, "no output for article"
    if k in ("entity_label", "not_label"):
        m = d.matched(c["entity_contains"])
        if k == "entity_label":
            ok = bool(m) and all(r.get("label") == c["label"] for r in m)
        else:
            ok = bool(m) and not any(r.get("label") == c["label"] for r in m)
        return ok, brief(m)
    if k == "at_label":
        ids = d.ids_at(c["at"])
        if ids is None:
            return False, "pattern not found in clean text"
        rows = d.rows_of(ids)
        return bool(rows) and all(r.get("label") == c["label"] for r in rows), brief(rows)
    if k in ("same_entity", "distinct"):
        ia, ib = d.ids_at(c["a"]), d.ids_at(c["b"])
        got = "a: %s || b: %s" % (brief(d.rows_of(ia or ())), brief(d.rows_of(ib or ())))
        if not ia or not ib:
            return False, got
        if k == "same_entity":
            return len(ia | ib) == 1, got
        return not (ia & ib), got
    if k == "no_entity":
        bad = []
        exact = {norm(c["text"])} | {norm(v) for v in c.get("variants", [])}
        word = re.compile(r"(?<!\w)%s(?!\w)" % re.escape(norm(c["text"]))) if c.get("match") == "word" else None
        for r in d.rows:
            for n in d.names(r):
                nn = norm(n)
                if nn in exact or (word and word.search(nn)):
                    bad.append(r)
                    break
        return not bad, brief(bad)
    if k == "no_entity_in_span":
        spans = locate(d.text or "", c["span"])
        labels = set(c.get("labels") or [])
        bad = []
        for s, e in spans:
            for m in d.mentions:
                if m["start"] < e and m["end"] > s and (not labels or m.get("label") in labels):
                    bad.append(m)
        return not bad, "; ".join("%s/%s" % (m.get("text"), m.get("label")) for m in bad) or "(nothing)"
    if k == "entity_name":
        ids = d.ids_at(c["at"])
        if ids is None:
            return False, "pattern not found in clean text"
        rows = d.rows_of(ids)
        want = c["entity"] if isinstance(c["entity"], list) else [c["entity"]]
        want = {norm(w) for w in want}
        ok = bool(rows) and all(norm(r.get("entity")) in want for r in rows)
        if ok and c.get("label"):
            ok = all(r.get("label") == c["label"] for r in rows)
        return ok, brief(rows)
    return False, "unknown kind " + k


def expected(c):
    k = c["kind"]
    if k in ("entity_label", "not_label"):
        return "%s %s%s" % (c["entity_contains"], "is " if k == "entity_label" else "not ", c["label"])
    if k == "at_label":
        return "%s -> %s" % (c["at"], c["label"])
    if k in ("same_entity", "distinct"):
        return "%s %s %s" % (c["a"], "==" if k == "same_entity" else "!=", c["b"])
    if k == "no_entity":
        return "no row named %r%s" % (c["text"], " (word)" if c.get("match") == "word" else "")
    if k == "no_entity_in_span":
        return "no mention in %r" % c["span"]
    if k == "entity_name":
        return "%s -> entity %s%s" % (c["at"], c["entity"], (" " + c["label"]) if c.get("label") else "")
    return k


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
    adir = os.path.join(HERE, "articles")
    paths = [os.path.join(adir, f) for f in sorted(os.listdir(adir)) if f.endswith(".txt")]
    rows = jsonl(run(a.tree, ["entities"] + paths + ["-f", "jsonl"]))
    ments = jsonl(run(a.tree, ["entities"] + paths + ["-f", "jsonl", "--mentions"]))
    texts = parse_clean(run(a.tree, ["clean"] + paths), paths)
    R, M = collections.defaultdict(list), collections.defaultdict(list)
    for r in rows:
        R[os.path.basename(r.get("doc", ""))].append(r)
    for m in ments:
        M[os.path.basename(m.get("doc", ""))].append(m)
    docs = {os.path.basename(p): Doc(R[os.path.basename(p)], M[os.path.basename(p)],
                                     texts.get(os.path.basename(p))) for p in paths}
    if not texts:  # fall back to the raw files if clean printed nothing usable
        for p in paths:
            docs[os.path.basename(p)].text = open(p, encoding="utf-8").read()
    halves = ["tune", "blind"] if a.half == "all" else [a.half]
    tot, fam, failed = collections.Counter(), collections.Counter(), []
    ok_t, ok_f = collections.Counter(), collections.Counter()
    for c in checks:
        if c["half"] not in halves:
            continue
        try:
            ok, got = evaluate(c, docs.get(c["article"]))
        except Exception as e:  # a scorer fault fails the check, never the run
            ok, got = False, "scorer error: %r" % e
        tot[c["half"]] += 1
        fam[(c["family"], c["half"])] += 1
        if ok:
            ok_t[c["half"]] += 1
            ok_f[(c["family"], c["half"])] += 1
        elif c["half"] == "tune":
            failed.append((c, got))
    for h in halves:
        print("%s %d/%d" % (h, ok_t[h], tot[h]))
    for f in sorted({f for f, _ in fam}):
        for h in halves:
            if fam[(f, h)]:
                print("family %s %s %d/%d" % (f, h, ok_f[(f, h)], fam[(f, h)]))
    if a.show:
        for c, got in failed:
            print("FAIL %s [%s] %s: expected %s; got %s" % (c["id"], c["family"], c["article"],
                                                           expected(c), got))


if __name__ == "__main__":
    main()
