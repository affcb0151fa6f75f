#!/usr/bin/env python3
"""Score newsmine `quotes` on trap set T101.

    python3 score.py TREE [--half tune|blind|all] [--show]

Runs newsmine once (`quotes ARTICLES... -f jsonl`, all 60 articles in one
invocation) from TREE/src (PYTHONPATH=TREE/src, `-m newsmine`), with
$NEWSMINE_PYTHON (default /work/main/.venv/bin/python) and NEWSMINE_CACHE_DIR
(default /tmp/s56/cache_base when not set), evaluates the checks of the chosen
half and prints one total line per half ("tune: X / 120") and one line per
family and half.  `--show` lists the failed checks of the TUNE half only, with
what was expected and what newsmine gave (never a single blind check).
Standard library only.  Exit status 0 after scoring; 2 for a usage error
(`--show --half blind`); newsmine failing outright stops the scorer with a
message.

Sixty articles, four checks each (checks 1 and 3 `tune`, 2 and 4 `blind`);
article N belongs to family (N - 1) mod 5 in this order, 12 articles and 48
checks (24 tune + 24 blind) per family:
  pronouns_across_paragraphs
                            he / she / they cues a paragraph or two after the
                            person was named, with two or three people of the
                            same or different genders between: a named
                            bystander (a neighbour praised, a coach in the
                            previous quote, a president thanked), a name said
                            only inside the previous quote ("Mr Mfinanga's
                            team", "Mrs Kaur at the chemist"), a person named
                            deep in a reported clause, an age descriptor ("The
                            22-year-old"), "X told him" and "asked him" (the
                            one asked answers), a he whose rival is only a
                            possessive ("Haugen's decision"), a quote talking
                            of a she of the speaker's own gender; and a group
                            "they" (a couple, a pair of founders, the
                            Beatties / McKeowns / Pritchards after a bystander)
  attribution_forms         inverted cues ("said Ms Okafor", "added the
                            minister", "added Prof Weber", "says Tremblay"),
                            "X, a Y at Z, said", colon cues ("was blunt:",
                            "put it this way:", "said:" ending its paragraph
                            with the quote as the next one), "according to X"
                            (also "according to the spokesman of ..., X,"),
                            "X told the BBC / Reuters / Sky News / RTE", "wrote
                            in a post on X", "wrote on Instagram", "wrote in a
                            letter to ...", "in a statement, X said", "X quoted
                            Y as saying" (also with a colon), "Y was quoted by
                            X as saying", a cue after a quote of several
                            sentences, a quote spanning two paragraphs (the
                            second opening with a quote mark), a cue inside a
                            split quote: the speaker is whoever the words
                            belong to, never the outlet that carried them
  bodies_and_unnamed_sources
                            a spokeswoman / spokesperson for a body, police,
                            officials, a ministry ("the ministry said"),
                            residents, workers, an unnamed driver or resident,
                            "a source close to", "people familiar with the
                            talks", "a senior official who asked not to be
                            named", joint statements ("A joint statement from
                            the two clubs", "the statement said"), a family's
                            statement read out by a solicitor, "X issued a
                            statement:", "read a statement from X", "it said"
                            for a body: the speaker is the body or role the
                            text names, never a person named nearby
  not_a_quote_and_indirect  scare quotes ("so-called", "temporary"), titles of
                            books, films, songs and shows, slogans, banners
                            and signs, nicknames ("nicknamed", "dubbed", "known
                            as"), quoted words used as terms, headlines with
                            quote marks, "according to the schedule",
                            "declined to comment on", "pleads not guilty",
                            "adds 175,000 jobs", "continued to rise" (no row);
                            and speech with no quote marks, which the README
                            makes an indirect row of its speaker ("said",
                            "told the judge that", "insisted that", "warned
                            that", "urged", "called for", "denied misleading",
                            "according to X", a clause split by "said X"), a
                            reported clause holding quoted words (mixed), and
                            "used the phrase" (a row of the one who used it)
  speaker_gender            female / male / empty from the article's own
                            words: titles (Mr, Mrs, Ms, Dame, Sir, Lord, Lady,
                            Baroness), family roles (son, wife, daughter,
                            grandmother, great-grandson, mother of two, husband),
                            gendered roles (businessman, chairwoman, actress,
                            congresswoman, spokeswoman, spokesman), earlier
                            pronouns for that person (a She or He opening the
                            next sentence, "said he would"); empty when the
                            article gives no evidence (Dr, Prof, Sen., Group
                            Captain, a judge, a first name alone: "Kirsty
                            Malone said" is empty, "Frances Elliot ... said he
                            would" is male), for a parent whose son's "his" is
                            not theirs, for a co-founder introduced by someone
                            else's "Her", for organisations, a spokesperson and
                            "they"

Check kinds (checks.json):
  quote      a row whose quote text holds `match` (quote marks, apostrophes,
             case, accents and spacing ignored); optional `types` (allowed row
             types: "direct", "indirect", "mixed"), `speaker` (full name or
             surname, titles ignored; `surname` replaces the short form
             accepted, set to the full name where relatives share a surname),
             `alt` (more accepted names), `speaker_any` (the speaker must
             contain one of these words or phrases as whole words: a body,
             group, office or unnamed role), `not_speakers` (names the speaker
             must not be; an empty speaker is allowed unless `speaker` or
             `speaker_any` is given), `gender` ("female", "male" or "" for
             empty), `min_rows` (at least that many such rows).  Passes when
             enough rows meet every condition given.
  no_row     no row's quote text holds `match`.
Each check also has `id` ("t101-NNN-k"), `half`, `article`, `family`, `ctx`
(a passage of its article's text, found there exactly once, showing where the
check looks) and `why` (what a right answer is and why).  An article for which
newsmine gives no row at all fails all its checks (every article holds at
least one plain attributed quote, so no rows means newsmine failed on it).
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
CACHE_DEFAULT = "/tmp/s56/cache_base"
FAMILIES = ["pronouns_across_paragraphs", "attribution_forms", "bodies_and_unnamed_sources",
            "not_a_quote_and_indirect", "speaker_gender"]
TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "baroness", "baron", "prince", "princess", "king", "queen", "madam", "madame", "chief",
    "hon", "rt", "justice", "judge", "magistrate", "senator", "sen", "rep", "representative",
    "congressman", "congresswoman", "president", "minister", "cllr", "councillor", "councilor",
    "cr", "mayor", "governor", "gov", "inspector", "insp", "di", "sergeant", "sgt", "constable",
    "detective", "det", "superintendent", "supt", "lt", "lieutenant", "colonel", "col",
    "captain", "capt", "group", "gen", "general", "commissioner", "coach", "deputy", "senior",
    "acting", "assistant", "the", "a", "an", "rev", "reverend", "revd", "kc", "qc", "barrister",
    "coroner", "district", "us", "u", "s", "councilwoman", "premier", "treasurer", "manager",
    "principal", "director", "fire", "businessman", "actress", "chairwoman",
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
    ap.add_argument("tree", help="a folder holding newsmine's src/")
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
        print("%s: %d / %d" % (h, sum(1 for v in hs if v[1]), len(hs)))
    for h in halves:
        for fam in FAMILIES:
            fs = [v for v in results if v[0]["half"] == h and v[0]["family"] == fam]
            if fs:
                print("%s %s: %d / %d" % (h, fam, sum(1 for v in fs if v[1]), len(fs)))
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
