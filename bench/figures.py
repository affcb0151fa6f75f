"""Accuracy of `newsmine figures` on NewsQuant (../shared/data/figures/newsquant-dev.json).

Scoring (../shared/data/README.md): a predicted figure matches a gold quantity of the same
sentence when their values agree (relative 1e-6); qualifier and unit accuracy are measured on
the matches. Mapping choices, stated so the numbers can be judged:
- gold `value` "a-b" is a range; a predicted range matches a gold value equal to either end,
  and a gold range matches a predicted value equal to either end (so "from 5 to 7" split in two
  on one side is not counted as an error on the other).
- gold `change`: "=" -> exact (range when the value is a range), "~" -> approx, ">" -> more,
  "<" -> less, "up"/"down" -> exact (they give a direction of change, not a bound).
- gold `normalized_unit` -> our unit (dollar -> USD, percentage -> percent, mile -> miles, ...);
  a gold unit that is a counted noun ("people", "users") or "-" means no unit for us: newsmine
  reports the counted noun as `object`. Object accuracy is measured on those matches: our
  object's head word (singular) must be one of the words of the gold counted noun phrase, as
  normalised or as written (`unit`: the normal form expands "WAR" to "win above replacement")
  ("heart transplants" vs "heart transplant"; "moments" vs "proud moment life"; "people" vs
  "person": the plural's every possible singular is tried, see `head_forms`).
- NewsQuant does not annotate ordinals, so rows of kind `ordinal` are left out of precision.

    .venv/bin/python bench/figures.py [--data PATH] [--errors]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "figures" / "newsquant-dev.json"

CHANGE = {"=": "exact", "~": "approx", ">": "more", "<": "less", "up": "exact", "down": "exact"}
CURRENCIES = [("australian dollar", "AUD"), ("hong kong dollar", "HKD"), ("canadian dollar", "CAD"),
              ("united states dollar", "USD"), ("dollar", "USD"), ("japanese yen", "JPY"),
              ("pound sterling", "GBP"), ("euro", "EUR"), ("shekel", "ILS"), ("malaysian ringgit", "MYR"),
              ("danish krone", "DKK"), ("croatian kuna", "HRK"), ("cent", "cents"), ("yuan", "CNY"),
              ("ruble", "RUB"), ("rouble", "RUB")]
UNITS = {
    "percentage": "percent", "basis point": "basis points", "point": "points", "mile": "miles",
    "yard": "yards", "kilometre": "km", "metre": "m", "foot": "feet", "inch": "inches",
    "mile per hour": "mph", "kilometre per hour": "km/h", "mile per gallon": "mpg", "kilowatt": "kW",
    "gigawatt": "GW", "megawatt": "MW", "watt": "W", "kilowatt hour": "kWh", "gigawatt hour": "GWh",
    "horsepower": "hp", "brake horsepower": "hp", "celsius": "°C", "fahrenheit": "°F", "degree": "degrees",
    "gigabyte": "GB", "megabyte": "MB", "terabyte": "TB", "hertz": "Hz", "decibel": "dB",
    "parts-per-billion": "ppb", "gigapascal": "GPa", "micrometre": "μm", "nanometre": "nm",
    "millimetre": "mm", "centimetre": "cm", "square metre": "sq m", "square mile": "sq miles",
    "square foot": "sq ft", "cubic foot": "cubic feet", "litre": "litres", "millilitre": "ml",
    "kilogram": "kg", "gram": "g", "milligram": "mg", "pound-mass": "lb", "ounce": "oz",
    "newton metre": "Nm", "foot pound-force": "lb-ft", "milliampere-hour": "mAh", "volt": "V",
    "barrel of oil": "barrels", "barrel": "barrels", "year": "years", "month": "months", "week": "weeks",
    "day": "days", "hour": "hours", "minute": "minutes", "second": "seconds", "year of age": "years",
    "month of age": "months", "age": "years", "tonne": "tonnes", "hectare": "hectares", "acre": "acres", "gallon": "gallons",
    "revolutions per minute": "rpm", "knot": "knots", "pound-foot": "lb-ft",
}


def gold_values(raw: str) -> list[float]:
    raw = raw.strip()
    match = re.fullmatch(r"(-?[\d.]+(?:[eE][-+]?\d+)?)\s*-\s*(-?[\d.]+(?:[eE][-+]?\d+)?)", raw)
    return [float(match.group(1)), float(match.group(2))] if match else [float(raw)]


def gold_unit(q: dict, values: list[float]) -> str | None:
    norm = q["normalized_unit"].strip().lower()
    if norm.startswith("%") and values[0] < 1:
        return "fraction"
    for name, code in CURRENCIES:
        if norm == name or norm.startswith(name + " per") or norm == name + "s":
            return code
    if norm.split(" per ")[0] in ("dollar",):
        return "USD"
    return UNITS.get(norm, UNITS.get(norm.split(" per ")[0]) if " per " in norm else None)


def gold_object(q: dict) -> set[str] | None:
    """The words of the counted noun phrase when the gold unit is one ("heart transplant"), in its
    normalised form and as the text writes it: the normal form expands abbreviations the text uses
    ("b" -> "bit", a baseball "WAR" -> "win above replacement"), and an object read from the text
    can only be the text's word."""
    norm = q["normalized_unit"].strip().lower()
    if gold_unit(q, [2.0]) is not None or norm in ("-", "count", "") or norm.startswith("%"):
        return None
    words = norm.split() + [w for w in q["unit"].strip().lower().split() if w not in SURFACE_STOPWORDS]
    return set().union(*(head_forms(w) for w in words))


# Words of a gold unit as written that head no counted noun: "of the largest dinosaurs to ever live".
SURFACE_STOPWORDS = frozenset({"of", "the", "a", "an", "to", "and", "per"})


IRREGULAR = {"people": "person", "children": "child", "men": "man", "women": "woman", "feet": "foot",
             "teeth": "tooth", "mice": "mouse", "geese": "goose"}


def head_forms(text: str) -> set[str]:
    """The last word and every singular it may be the plural of. One guessed singular was wrong for
    whole families: "cases" and "houses" became "cas" and "hous" (gold "case", "house"),
    "churches" "churche", "lives" "live", "MPs" stayed "mps", and "people" never met gold
    "person"; offering each candidate ("cases" -> case, cas) lets either spelling match."""
    word = text.lower().split()[-1].strip(".,")
    forms = {word}
    if word in IRREGULAR:
        forms.add(IRREGULAR[word])
    elif word.endswith(("ss", "us", "is")) or len(word) <= 2 or word in ("series", "news"):
        return forms
    elif word.endswith("ies"):
        forms.add(word[:-3] + "y")
    elif word.endswith("ves"):
        forms |= {word[:-3] + "f", word[:-3] + "fe", word[:-1]}
    elif word.endswith("men"):
        forms.add(word[:-3] + "man")
    elif word.endswith("es"):
        forms |= {word[:-2], word[:-1]}
    elif word.endswith("s"):
        forms.add(word[:-1])
    return forms


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b)) or abs(a - b) < 1e-12


def ends(values) -> list[float]:
    return [v for v in values if v is not None]


def score_sentence(golds: list[dict], preds: list) -> dict:
    """One-to-one greedy matching by value; leftover range ends are neither misses nor false alarms."""
    gold_ends = [gold_values(q["value"]) for q in golds]
    pred_ends = [ends([float(p.value), None if p.value_max is None else float(p.value_max)]) for p in preds]
    pairs, used_g, used_p = [], set(), set()
    for gi, ge in enumerate(gold_ends):
        for pi, pe in enumerate(pred_ends):
            if pi not in used_p and any(close(a, b) for a in ge for b in pe):
                pairs.append((gi, pi))
                used_g.add(gi)
                used_p.add(pi)
                break
    extra_g = {gi for gi in range(len(golds)) if gi not in used_g and any(
        any(close(a, b) for a in gold_ends[gi] for b in pred_ends[pi]) and len(pred_ends[pi]) == 2 for pi in used_p)}
    extra_p = {pi for pi in range(len(preds)) if pi not in used_p and any(
        any(close(a, b) for a in pred_ends[pi] for b in gold_ends[gi]) and len(gold_ends[gi]) == 2 for gi in used_g)}
    return {"pairs": pairs, "recalled": used_g | extra_g, "correct": used_p | extra_p}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="NewsQuant JSON (default: %(default)s)")
    parser.add_argument("--errors", action="store_true",
                        help="print misses and false alarms of the even half only (the odd half stands for held-out data)")
    parser.add_argument("--model", default=None)
    args = parser.parse_args(argv)

    from newsmine.extract.figures import extract_figures
    from newsmine.pipeline import load, parse

    data = json.loads(Path(args.data).read_text(encoding="utf-8"))
    nlp = load(args.model)
    began = time.perf_counter()
    docs = [doc for doc, _ in parse(nlp, ((s["text"], None) for s in data))]
    keys = ("gold", "pred", "tp_g", "tp_p", "pairs", "qual", "unit", "obj_n", "obj", "ordinals")
    t = {k: 0 for k in keys}
    halves = [{k: 0 for k in keys}, {k: 0 for k in keys}]  # even / odd sentence index: a fixed split
    errors: list[str] | None = [] if args.errors else None
    for index, (item, doc) in enumerate(zip(data, docs)):
        figures = extract_figures(doc)
        # Errors come from the even half only: the odd half is never read while tuning.
        score_item(item, figures, t, None)
        score_item(item, figures, halves[index % 2], errors if index % 2 == 0 else None)
    seconds = time.perf_counter() - began
    if errors:
        print("\n".join(errors), file=sys.stderr)
    print_table(Path(args.data).name, t, halves, len(data), seconds)
    return 0


def print_table(name: str, t: dict, halves: list[dict], sentences: int, seconds: float) -> None:
    """The measures on the whole set, then on its even and odd sentences (a gap shows overfitting)."""
    rows = summary(t, sentences, seconds)
    even = dict(summary(halves[0], (sentences + 1) // 2, seconds))
    odd = dict(summary(halves[1], sentences // 2, seconds))
    width = max(len(r[0]) for r in rows)
    print(f"newsmine figures on {name}    (halves: even | odd sentence index)")
    for label, value in rows:
        split = "" if label.startswith("time") else f"    [{even[label].split()[0]} | {odd[label].split()[0]}]"
        if label == "object accuracy":  # few objects per half, each 2-3 points of it: show the counts
            split = "    [{} | {}]".format(*(f"{h[label].split()[0]} = {c['obj']}/{c['obj_n']}"
                                             for h, c in ((even, halves[0]), (odd, halves[1]))))
        print(f"  {label:<{width}}  {value}{split}")


def score_item(item: dict, figures: list, t: dict, errors: list[str] | None) -> None:
    """Add one sentence's counts to `t`; its misses and false alarms to `errors` when wanted."""
    golds = item["quantities"]
    t["ordinals"] += sum(f.kind == "ordinal" for f in figures)
    preds = [f for f in figures if f.kind != "ordinal"]
    result = score_sentence(golds, preds)
    t["gold"] += len(golds)
    t["pred"] += len(preds)
    t["tp_g"] += len(result["recalled"])
    t["tp_p"] += len(result["correct"])
    for gi, pi in result["pairs"]:
        score_pair(golds[gi], preds[pi], t, errors, item["text"])
    if errors is not None:
        for gi, q in enumerate(golds):
            if gi not in result["recalled"]:
                errors.append(f"  MISS {q['value']} {q['unit']!r} | {item['text'][:120]}")
        for pi, p in enumerate(preds):
            if pi not in result["correct"]:
                errors.append(f"  FALSE {p.text!r} = {p.value} | {item['text'][:120]}")


def score_pair(q: dict, p, t: dict, errors: list[str] | None, text: str) -> None:
    """Qualifier, unit and object of a predicted figure against the gold quantity it matched."""
    values = gold_values(q["value"])
    want_q = "range" if len(values) == 2 and q["change"] in ("=", "~") else CHANGE.get(q["change"], "exact")
    if len(values) == 2 and q["change"] in ("up", "down"):
        want_q = "range"
    want_u = gold_unit(q, values)
    t["pairs"] += 1
    ok_q = p.qualifier == want_q or (want_q == "range" and p.value_max is None and p.qualifier != "range")
    t["qual"] += ok_q
    t["unit"] += p.unit == want_u
    want_o = gold_object(q) if want_u is None else None
    if want_o:
        t["obj_n"] += 1
        right = bool(p.object) and bool(head_forms(p.object) & want_o)
        t["obj"] += right
        if errors is not None and not right:
            errors.append(f"  OBJECT {p.text!r}: {p.object} (gold {q['normalized_unit']}) | {text[:100]}")
    if errors is not None and (not ok_q or p.unit != want_u):
        errors.append(f"  MISMATCH {p.text!r}: qualifier {p.qualifier} (gold {want_q}), unit {p.unit} "
                      f"(gold {want_u}) | {text[:100]}")


def summary(t: dict, sentences: int, seconds: float) -> list[tuple[str, str]]:
    precision = t["tp_p"] / t["pred"] if t["pred"] else 0.0
    recall = t["tp_g"] / t["gold"] if t["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return [("sentences", f"{sentences}"), ("gold quantities", f"{t['gold']}"),
            ("predicted figures", f"{t['pred']} (+{t['ordinals']} ordinals, not scored)"),
            ("value precision", f"{precision:.3f}"), ("value recall", f"{recall:.3f}"), ("value F1", f"{f1:.3f}"),
            ("qualifier accuracy", f"{t['qual'] / max(t['pairs'], 1):.3f}  (on {t['pairs']} matches)"),
            ("unit accuracy", f"{t['unit'] / max(t['pairs'], 1):.3f}  (on {t['pairs']} matches)"),
            ("object accuracy", f"{t['obj'] / max(t['obj_n'], 1):.3f}  (on {t['obj_n']} counted-noun matches)"),
            ("time (parse + extract)", f"{seconds:.1f} s")]


if __name__ == "__main__":
    sys.exit(main())
