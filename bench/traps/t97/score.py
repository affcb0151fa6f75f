#!/usr/bin/env python3
"""Score newsmine `quotes` on trap set T97.

    python3 score.py TREE [--half tune|blind|all] [--show]

Runs newsmine once (`quotes ARTICLES... -f jsonl`) from TREE/src over every
article of the set, with $NEWSMINE_PYTHON (default /work/main/.venv/bin/python)
and NEWSMINE_CACHE_DIR (default /tmp/s55/cache_base when not set), evaluates
the checks of the chosen half and prints one total line per half and one line
per family and half.  `--show` lists the failed checks of the TUNE half only
(never a single blind check).  Standard library only.

Families (40 checks each, 20 tune + 20 blind; every article holds two checks
of each of its two families, checks 1 and 3 tune, 2 and 4 blind):
  pronoun_antecedents       he / she / they after two or more people of
                            different and of the same gender, a name said
                            only inside the previous quote, a non-speaking
                            person between the speaker and the pronoun, a
                            person named deep in a reported clause, "he told
                            him", "the one asked replies", and a plural
                            "they" for a group, a pair of founders or a couple
  relayed_and_sourced       "X quoted Y as saying", "Y was quoted by X as
                            saying", "according to Y" (also "according to the
                            paper, Y said"), "Y told the BBC / NHK / RTE",
                            "Y said in an interview with Z", "in remarks
                            carried by Z", "in a post on X, Y wrote", "Y's
                            office said", "a letter from Y said", "the company
                            said", "a museum official told AFP": the speaker
                            is whoever the words belong to
  continuation_and_failed_cues
                            quotes over several paragraphs, bare quotes after
                            an attributed quote or a reported statement (also
                            across one sentence of the writer's), split
                            quotes, unclosed run-together quotes, '"X," he
                            said, but "Y"', a pull quote printed again with
                            its speaker, colon cues ("is blunt:", "said:" at a
                            paragraph's end), "Said X:", "spoke", manner verbs
                            ("shrugged"), a view sentence ("firmly believes
                            that"), an unnamed new speaker in between, and a
                            quote after a paragraph about someone else (a row,
                            but not the earlier speaker's)
  interviews_and_live_formats
                            Q&A layouts (A: and "Dr X:" answers), transcript
                            lines in capitals, live pages with time stamps,
                            press conferences and inquests with several
                            questioners (the bare answer after a question to
                            "you"), post-match list labels, posts on X and
                            Instagram, text and WhatsApp messages, a
                            one-speaker profile's bare quotes
  not_a_quote               titles of books, films, songs, reports,
                            programmes and exhibitions; slogans, a chant named
                            after "a chant,", signs and costumes, hashtags,
                            nicknames ("nicknamed", "dubbed", "nickname",
                            "known as"), scare quotes ("so-called"), words
                            quoted for their meaning, "data showed", "these
                            figures suggest", "the economy added 41,000
                            jobs", quoted words in headlines
  speaker_gender            female / male / empty from the article's own
                            words (Mr / Mrs / Ms, he / she for that person,
                            "a spokeswoman", "a spokesman", son, daughter,
                            granddaughter, father, widow); empty for
                            organisations, groups, "they", and people the
                            article gives no evidence for (Dr, Judge, Cr,
                            Councilor, a first name)

Check kinds (checks.json):
  quote      a row whose quote text holds `match` (quote marks, apostrophes,
             case, accents and spacing ignored); optional `types` (allowed row
             types), `speaker` (full name or surname, titles ignored;
             `surname` replaces the short form accepted, set to the full name
             where relatives share a surname), `alt` (more accepted names),
             `speaker_any` (the speaker must contain one of these words or
             phrases: a body, group, office or unnamed role), `not_speakers`
             (names the speaker must not be; an empty speaker is allowed
             unless `speaker` or `speaker_any` is given), `gender` ("female",
             "male" or "" for empty), `min_rows` (at least that many such
             rows; for a pull quote printed twice).  Passes when enough rows
             meet every condition given.
  no_row     no row's quote text holds `match`.
Each check also has `ctx` (a piece of its article's text, found there exactly
once, showing where the check looks) and `why`.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = os.environ.get("NEWSMINE_PYTHON") or "/work/main/.venv/bin/python"
CACHE_DEFAULT = "/tmp/s55/cache_base"
FAMILIES = ["pronoun_antecedents", "relayed_and_sourced", "continuation_and_failed_cues",
            "interviews_and_live_formats", "not_a_quote", "speaker_gender"]
TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "baroness", "baron", "madam", "madame", "chief", "hon", "rt", "justice", "judge",
    "magistrate", "senator", "sen", "rep", "representative", "president", "minister", "cllr",
    "councillor", "councilor", "cr", "mayor", "governor", "gov", "inspector", "insp", "di",
    "sergeant", "sgt", "constable", "detective", "det", "superintendent", "supt", "lt",
    "lieutenant", "colonel", "col", "captain", "capt", "gen", "general", "commissioner", "coach",
    "deputy", "senior", "acting", "assistant", "the", "a", "an", "rev", "reverend", "revd", "kc",
    "qc", "congressman", "congresswoman", "barrister", "coroner", "district", "us", "u", "s",
    "councilwoman", "premier", "treasurer", "coxswain", "manager", "selector",
}
QUOTE_CHARS = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a"


def norm(s):
    """Lower case, no accents, no quote marks or apostrophes, single spaces."""
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    for ch in QUOTE_CHARS:
        s = s.replace(ch, "")
    return re.sub(r"\s+", " ", s).strip()


def norm_name(s):
    s = norm(s)
    s = re.sub(r"[.,;:()\[\]\u2013\u2014-]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def untitled(s):
    words = norm_name(s).split()
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    return " ".join(words)


def name_forms(c, key="speaker"):
    """Accepted untitled forms of the check's speaker."""
    full = c.get(key)
    forms = set()
    if full:
        forms.add(untitled(full))
        sur = c.get("surname") or full.split()[-1]
        forms.add(untitled(sur))
    for a in c.get("alt") or []:
        forms.add(untitled(a))
    forms.discard("")
    return forms


def name_matches(speaker, forms):
    if not speaker:
        return False
    sp = untitled(speaker)
    if sp in forms:
        return True
    for f in forms:
        if len(f.split()) >= 2 and (sp.startswith(f + " ") or sp.endswith(" " + f)):
            return True
    return False


def contains_any(speaker, phrases):
    sp = " " + norm_name(speaker) + " "
    return any((" " + norm_name(p) + " ") in sp for p in phrases)


def run_newsmine(tree, files):
    env = dict(os.environ)
    env.setdefault("NEWSMINE_CACHE_DIR", CACHE_DEFAULT)
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    cmd = [PYTHON, "-m", "newsmine", "quotes"] + files + ["-f", "jsonl"]
    try:
        p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=1800)
    except subprocess.TimeoutExpired:
        sys.exit("score.py: newsmine timed out")
    except OSError as e:
        sys.exit("score.py: cannot run %s (%s); set NEWSMINE_PYTHON" % (PYTHON, e))
    if p.returncode not in (0, 1):
        sys.stderr.write(p.stderr[-2000:])
        sys.exit("score.py: newsmine exited %d" % p.returncode)
    if p.returncode == 1:
        sys.stderr.write("score.py: newsmine exit 1 (some inputs failed)\n")
    rows = {}
    for line in p.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        r = json.loads(line)
        rows.setdefault(os.path.basename(r.get("doc") or ""), []).append(r)
    return rows


def brief(r):
    q = re.sub(r"\s+", " ", r.get("quote") or "")
    if len(q) > 70:
        q = q[:67] + "..."
    return "[%s] %r speaker=%r gender=%r" % (r.get("type"), q, r.get("speaker"),
                                             r.get("speaker_gender") or "")


def holding(rows, match):
    m = norm(match)
    return [r for r in rows if m in norm(r.get("quote"))]


def gender_of(r):
    return (r.get("speaker_gender") or "").strip().lower()


def row_ok(c, r, forms, bad_forms):
    sp = r.get("speaker") or ""
    if forms is not None and not name_matches(sp, forms):
        return False
    if c.get("speaker_any") and not (sp.strip() and contains_any(sp, c["speaker_any"])):
        return False
    if bad_forms and name_matches(sp, bad_forms):
        return False
    if "gender" in c and gender_of(r) != c["gender"]:
        return False
    return True


def check_quote(c, rows):
    cands = holding(rows, c["match"])
    if not cands:
        return False, "no row holding %r" % c["match"]
    if c.get("types"):
        typed = [r for r in cands if r.get("type") in c["types"]]
        if not typed:
            return False, "type: " + "; ".join(brief(r) for r in cands)
        cands = typed
    forms = name_forms(c) if c.get("speaker") else None
    bad_forms = set()
    for n in c.get("not_speakers") or []:
        bad_forms |= name_forms({"speaker": n})
    good = [r for r in cands if row_ok(c, r, forms, bad_forms)]
    need = c.get("min_rows") or 1
    if len(good) >= need:
        return True, "; ".join(brief(r) for r in good)
    return False, "; ".join(brief(r) for r in cands)


def check_no_row(c, rows):
    hits = holding(rows, c["match"])
    if hits:
        return False, "; ".join(brief(r) for r in hits)
    return True, "none"


KINDS = {"quote": check_quote, "no_row": check_no_row}


def expected(c):
    k = c["kind"]
    if k == "no_row":
        return "no quote row holding %r" % c["match"]
    s = "%s holding %r" % ("%d rows" % c["min_rows"] if c.get("min_rows") else "a row",
                           c["match"])
    if c.get("types"):
        s += " of type %s" % "/".join(c["types"])
    if c.get("speaker"):
        s += ", speaker %s" % " | ".join([c["speaker"]] + (c.get("alt") or []))
    if c.get("speaker_any"):
        s += ", speaker containing %s" % " | ".join(repr(p) for p in c["speaker_any"])
    if c.get("not_speakers"):
        s += ", speaker not %s" % " / ".join(c["not_speakers"])
    if "gender" in c:
        s += ", speaker_gender %r" % c["gender"]
    return s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tree")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="all")
    ap.add_argument("--show", action="store_true",
                    help="list the failed checks of the tune half (only)")
    a = ap.parse_args()
    if a.show and a.half == "blind":
        sys.stderr.write("score.py: --show lists tune failures only; use --half tune or all\n")
        sys.exit(2)
    with open(os.path.join(HERE, "checks.json"), encoding="utf-8") as f:
        checks = json.load(f)
    art_dir = os.path.join(HERE, "articles")
    files = sorted(os.path.join(art_dir, f) for f in os.listdir(art_dir) if f.endswith(".txt"))
    rows = run_newsmine(a.tree, files)
    halves = ["tune", "blind"] if a.half == "all" else [a.half]
    results = []
    for c in checks:
        if c["half"] not in halves:
            continue
        doc_rows = rows.get(c["article"], [])
        if not doc_rows:
            # every article has quotes: no rows at all means newsmine failed on it
            results.append((c, False, "no rows at all for %s" % c["article"]))
            continue
        try:
            ok, got = KINDS[c["kind"]](c, doc_rows)
        except Exception as e:  # a malformed row must not stop the scoring
            ok, got = False, "error %r" % (e,)
        results.append((c, ok, got))
    for h in halves:
        hs = [v for v in results if v[0]["half"] == h]
        print("%s: %d/%d" % (h, sum(1 for v in hs if v[1]), len(hs)))
    for h in halves:
        for fam in FAMILIES:
            fs = [v for v in results if v[0]["half"] == h and v[0]["family"] == fam]
            if fs:
                print("%s %s: %d/%d" % (h, fam, sum(1 for v in fs if v[1]), len(fs)))
    if a.show:
        for c, ok, got in results:
            if ok or c["half"] != "tune":
                continue
            print("FAIL %s %s [%s]" % (c["id"], c["article"], c["family"]))
            print("  ctx:      %s" % c["ctx"].replace("\n", "\\n"))
            print("  why:      %s" % c["why"])
            print("  expected: %s" % expected(c))
            print("  got:      %s" % got)


if __name__ == "__main__":
    main()
