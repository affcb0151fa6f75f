#!/usr/bin/env python3
"""Score newsmine's `quotes` command on the T49 trap set (standard library only).

    python3 score.py TREE [--half tune|blind|all] [--show]

TREE is a newsmine tree (a folder holding src/). newsmine runs once, over all the
articles in articles/, as `PYTHONPATH=TREE/src PYTHON -m newsmine quotes FILES... -f jsonl`
(PYTHON: $NEWSMINE_PYTHON, else /work/main/.venv/bin/python).

Check kinds (checks.json):
  speaker_of_quote  rows of the article whose quote contains `quote_has`; passes when one of
                    them has a speaker equal to one of `speaker` (or containing one of
                    `speaker_has`). Names are compared case-insensitively, without accents,
                    dots, apostrophes, a leading a/an/the or personal titles.
  gender_of_quote   as above, and that row's speaker_gender equals `gender` ("" = empty).
  must_not_appear   NOT-appear check: fails when any row of the article has a quote containing
                    `quote_has`, or a speaker equal to one of `speaker_is`.
No quote row found for a speaker/gender check counts as failed.

Output: one line per half (`tune 57/60`) and one per family and half
(`family wrong_antecedent tune 9/10`). --show lists the failed checks of the TUNE half only;
it is refused for blind or all (exit 2). Nothing about single blind checks is ever printed.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ["attribution_forms", "wrong_antecedent", "inner_attribution",
            "shared_surname", "not_a_quote", "speaker_gender"]

QMAP = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                      "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                      "\u2013": "-", "\u2014": "-", "\u00a0": " "})
TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lady", "lord",
          "cllr", "cr", "councillor", "councilor", "judge", "justice", "rev", "reverend",
          "senator", "sen", "madam", "alhaji", "hajia", "nana", "togbe", "hon", "honourable"}
ARTICLES = {"a", "an", "the"}


def norm(text):
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.translate(QMAP).lower()).strip()


def norm_name(text):
    text = norm(text).replace(".", " ").replace("'", "").replace('"', "")
    text = re.sub(r"[,;:!?()]", " ", text).replace("-", " ")
    words = text.split()
    while words and (words[0] in ARTICLES or words[0] in TITLES):
        words = words[1:]
    return " ".join(words)


def run_newsmine(tree, paths):
    python = os.environ.get("NEWSMINE_PYTHON", "/work/main/.venv/bin/python")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    env.pop("NO_COLOR", None)
    cmd = [python, "-m", "newsmine", "quotes"] + paths + ["-f", "jsonl"]
    try:
        proc = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=170, check=False)
    except subprocess.TimeoutExpired:
        sys.stderr.write("score.py: newsmine timed out after 170 s\n")
        return {}
    if proc.returncode not in (0, 1):
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        sys.stderr.write("score.py: newsmine exit %d: %s\n" % (proc.returncode, " | ".join(err)))
    rows = {}
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            row = json.loads(line)
        except ValueError:
            continue
        rows.setdefault(os.path.basename(str(row.get("doc") or "")), []).append(row)
    return rows


def speaker_ok(row, check):
    got = norm_name(row.get("speaker") or "")
    if not got:
        return False
    if any(got == norm_name(s) for s in check.get("speaker", [])):
        return True
    return any(norm_name(s) in got for s in check.get("speaker_has", []))


def evaluate(check, rows):
    """Return (passed, rows that matter) for one check."""
    want = norm(check.get("quote_has", ""))
    hits = [r for r in rows if want and want in norm(r.get("quote") or "")]
    kind = check["kind"]
    if kind == "must_not_appear":
        names = {norm_name(s) for s in check.get("speaker_is", [])}
        bad = [r for r in rows if (want and r in hits) or
               (names and norm_name(r.get("speaker") or "") in names)]
        return not bad, bad
    if kind == "speaker_of_quote":
        return any(speaker_ok(r, check) for r in hits), hits
    if kind == "gender_of_quote":
        gender = check.get("gender") or ""
        return any(speaker_ok(r, check) and (r.get("speaker_gender") or "") == gender
                   for r in hits), hits
    raise ValueError("unknown kind %r" % kind)


def expected_text(check):
    if check["kind"] == "must_not_appear":
        parts = []
        if check.get("quote_has"):
            parts.append("no quote containing %r" % check["quote_has"])
        if check.get("speaker_is"):
            parts.append("no speaker %s" % " / ".join(check["speaker_is"]))
        return "; ".join(parts)
    who = " / ".join(check.get("speaker", []) + ["*%s*" % s for s in check.get("speaker_has", [])])
    text = "quote with %r spoken by %s" % (check["quote_has"], who)
    if check["kind"] == "gender_of_quote":
        text += ", speaker_gender %r" % (check.get("gender") or "")
    return text


def row_text(row):
    quote = (row.get("quote") or "").replace("\n", " ")
    if len(quote) > 90:
        quote = quote[:87] + "..."
    return "speaker=%r gender=%r type=%s cue=%r quote=%r" % (
        row.get("speaker"), row.get("speaker_gender"), row.get("type"), row.get("cue"), quote)


def main():
    parser = argparse.ArgumentParser(description="Score newsmine quotes on trap set T49.")
    parser.add_argument("tree")
    parser.add_argument("--half", choices=["tune", "blind", "all"], default="all")
    parser.add_argument("--show", action="store_true",
                        help="list failed checks of the tune half (only with --half tune)")
    args = parser.parse_args()
    if args.show and args.half != "tune":
        sys.stderr.write("score.py: --show is only allowed with --half tune\n")
        return 2
    if not os.path.isdir(os.path.join(args.tree, "src")):
        sys.stderr.write("score.py: %s has no src/ folder\n" % args.tree)
        return 2
    with open(os.path.join(HERE, "checks.json"), encoding="utf-8") as f:
        checks = json.load(f)
    art_dir = os.path.join(HERE, "articles")
    paths = sorted(os.path.join(art_dir, n) for n in os.listdir(art_dir) if n.endswith(".txt"))
    rows = run_newsmine(args.tree, paths)
    halves = ["tune", "blind"] if args.half == "all" else [args.half]
    failed_tune = []
    totals, fam = {}, {}
    for check in checks:
        half = check["half"]
        if half not in halves:
            continue
        passed, relevant = evaluate(check, rows.get(check["article"], []))
        totals.setdefault(half, [0, 0])
        fam.setdefault((check["family"], half), [0, 0])
        for bucket in (totals[half], fam[(check["family"], half)]):
            bucket[1] += 1
            bucket[0] += int(passed)
        if not passed and half == "tune" and args.show:
            failed_tune.append((check, relevant))
    for half in halves:
        got, n = totals.get(half, [0, 0])
        print("%s %d/%d" % (half, got, n))
    for half in halves:
        for family in FAMILIES:
            if (family, half) in fam:
                got, n = fam[(family, half)]
                print("family %s %s %d/%d" % (family, half, got, n))
    if args.show:
        print()
        for check, relevant in failed_tune:
            print("FAIL %s [%s] %s (%s)" % (check["id"], check["family"], check["article"], check["style"]))
            print("  expected: %s" % expected_text(check))
            if not relevant:
                print("  newsmine: no row with that quote")
            for row in relevant:
                print("  newsmine: %s" % row_text(row))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
