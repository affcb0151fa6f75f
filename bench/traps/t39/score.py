#!/usr/bin/env python3
"""Score newsmine's `quotes` command against the T39 trap set.

    python3 score.py TREE [--half tune|blind|all] [--show]

TREE is a newsmine checkout (a folder holding src/). newsmine runs once over
all the set's articles (JSON Lines); every check of the chosen half is
evaluated. Prints one line per half ("tune 57/120") and one per family and half
("family speaker_pronoun tune 9/18"). --show lists the FAILED checks of the
tune half only; it is refused for blind or all (exit 2). Nothing about
individual blind checks is ever printed. Standard library only.

Check kinds (see checks.json):
  speaker       rows whose quote contains `quote_contains` (of `types`, if
                given) exist, and every one names an accepted `speaker`
  speaker_not   NOT check: no row whose quote contains `quote_contains` names
                any of `not_speaker` (passes when there is no such row)
  gender        rows containing `quote_contains` exist, every one has
                speaker_gender == `gender` ("" = empty) and, when `speaker`
                is given, names an accepted speaker
  no_row        NOT check: no row of the article has a quote containing `text`
  row_excludes  rows containing `quote_contains` exist, none of them contains
                `excludes`, and every one names an accepted `speaker`
Names match case-insensitively, accents and dots ignored, leading titles
(Mr, Ms, Dr, Cllr, Judge, ...) dropped; unless the check says `exact`, the
surname alone of an accepted multi-word name is accepted too.
"""
import argparse
import json
import os
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")
FAMILIES = ["speaker_direct", "speaker_pronoun", "continuation", "inside_quote",
            "not_a_quote", "speaker_gender", "indirect"]
TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lady",
          "lord", "cllr", "councillor", "cr", "judge", "justice", "district", "det",
          "detective", "insp", "inspector", "supt", "superintendent", "sgt", "sen", "senator",
          "rep", "gov", "governor", "fr", "father", "rev", "capt", "mayor", "councilman",
          "chief", "constable", "the"}


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u00ab", '"'), ("\u00bb", '"'), ("\u2014", "-"), ("\u2013", "-")):
        s = s.replace(a, b)
    return " ".join(s.lower().split())


def name_key(s):
    s = fold(s).replace(".", " ")
    toks = [t.strip(",;:'\"") for t in s.split()]
    toks = [t for t in toks if t]
    while len(toks) > 1 and toks[0] in TITLES:
        toks = toks[1:]
    return " ".join(toks)


def name_ok(speaker, accepted, exact=False):
    got = name_key(speaker)
    if not got:
        return False
    for acc in accepted:
        want = name_key(acc)
        if got == want:
            return True
        if not exact and len(want.split()) >= 2 and got == want.split()[-1]:
            return True
    return False


def run_newsmine(tree):
    py = os.environ.get("NEWSMINE_PYTHON", "/work/main/.venv/bin/python")
    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    env.pop("NO_COLOR", None)
    try:
        p = subprocess.run([py, "-m", "newsmine", "quotes", *files, "-f", "jsonl"],
                           cwd=ART, env=env, capture_output=True, text=True, timeout=170)
    except subprocess.TimeoutExpired:
        sys.exit("score.py: newsmine took longer than 170 s")
    if p.returncode not in (0, 1):
        sys.stderr.write(p.stderr[-2000:])
        sys.exit("score.py: newsmine exited %d" % p.returncode)
    rows = {}
    for line in p.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            r = json.loads(line)
        except ValueError:
            continue
        rows.setdefault(os.path.basename(r.get("doc") or ""), []).append(r)
    failed_docs = len(files) - len([f for f in files if f in rows])
    return rows, failed_docs


def matching(rows, sub, types=None):
    sub = fold(sub)
    out = [r for r in rows if sub in fold(r.get("quote"))]
    if types:
        out = [r for r in out if r.get("type") in types]
    return out


def evaluate(chk, rows):
    """Return (passed, what newsmine gave) for one check."""
    kind = chk["kind"]
    exact = chk.get("exact", False)
    if kind == "no_row":
        hits = matching(rows, chk["text"])
        return not hits, hits
    hits = matching(rows, chk["quote_contains"], chk.get("types"))
    if kind == "speaker":
        ok = bool(hits) and all(name_ok(r.get("speaker"), chk["speaker"], exact) for r in hits)
    elif kind == "speaker_not":
        ok = not any(name_ok(r.get("speaker"), chk["not_speaker"]) for r in hits)
    elif kind == "gender":
        ok = bool(hits) and all((r.get("speaker_gender") or "") == chk["gender"] for r in hits)
        if ok and chk.get("speaker"):
            ok = all(name_ok(r.get("speaker"), chk["speaker"], exact) for r in hits)
    elif kind == "row_excludes":
        bad = fold(chk["excludes"])
        ok = bool(hits) and not any(bad in fold(r.get("quote")) for r in hits)
        if ok and chk.get("speaker"):
            ok = all(name_ok(r.get("speaker"), chk["speaker"], exact) for r in hits)
    else:
        raise ValueError("unknown kind %r in %s" % (kind, chk.get("id")))
    return ok, hits


def expected_text(chk):
    k = chk["kind"]
    if k == "no_row":
        return "no row containing %r" % chk["text"]
    if k == "speaker":
        t = "speaker in %s" % chk["speaker"]
        return t + (" (types %s)" % chk["types"] if chk.get("types") else "")
    if k == "speaker_not":
        return "speaker not in %s" % chk["not_speaker"]
    if k == "gender":
        return "gender %r%s" % (chk["gender"], " and speaker in %s" % chk["speaker"] if chk.get("speaker") else "")
    if k == "row_excludes":
        return "no row containing it holds %r; speaker in %s" % (chk["excludes"], chk.get("speaker"))
    return k


def main():
    ap = argparse.ArgumentParser(description="Score newsmine quotes on the T39 trap set.")
    ap.add_argument("tree", help="a newsmine tree (folder holding src/)")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="all")
    ap.add_argument("--show", action="store_true", help="list failed TUNE checks (tune half only)")
    a = ap.parse_args()
    if a.show and a.half != "tune":
        print("score.py: --show is only allowed with --half tune", file=sys.stderr)
        sys.exit(2)
    if not os.path.isdir(os.path.join(a.tree, "src")):
        print("score.py: %s has no src/ folder" % a.tree, file=sys.stderr)
        sys.exit(2)
    with open(os.path.join(HERE, "checks.json"), encoding="utf-8") as f:
        checks = json.load(f)
    halves = ["tune", "blind"] if a.half == "all" else [a.half]
    rows, failed_docs = run_newsmine(a.tree)
    if failed_docs:
        print("note: %d article(s) gave no rows" % failed_docs)
    results = {}
    for chk in checks:
        if chk["half"] not in halves:
            continue
        ok, hits = evaluate(chk, rows.get(chk["article"], []))
        results[chk["id"]] = (chk, ok, hits)
    for half in halves:
        sel = [v for v in results.values() if v[0]["half"] == half]
        print("%s %d/%d" % (half, sum(1 for v in sel if v[1]), len(sel)))
    for fam in FAMILIES:
        for half in halves:
            sel = [v for v in results.values() if v[0]["half"] == half and v[0]["family"] == fam]
            if sel:
                print("family %s %s %d/%d" % (fam, half, sum(1 for v in sel if v[1]), len(sel)))
    if a.show:
        for chk, ok, hits in results.values():
            if ok or chk["half"] != "tune":
                continue
            print("FAIL %s %s [%s] %s" % (chk["id"], chk["article"], chk["family"], chk.get("why", "")))
            what = chk.get("quote_contains") or chk.get("text")
            print("  check: %r -> expected %s" % (what, expected_text(chk)))
            if not hits:
                print("  newsmine: no row containing it")
            for r in hits:
                print("  newsmine: %s %r speaker=%r speaker_text=%r gender=%r cue=%r" % (
                    r.get("type"), r.get("quote"), r.get("speaker"), r.get("speaker_text"),
                    r.get("speaker_gender"), r.get("cue")))


if __name__ == "__main__":
    main()
