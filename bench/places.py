"""Geoparsing accuracy of `newsmine places` on LGL and TR-News (../shared/data/places).

Scoring (../shared/data/README.md): toponym recall and precision by span overlap; resolution
accuracy = share of the found gold toponyms (those with coordinates) whose matched mention lies
within 161 km of the gold point (a mention left unresolved counts as wrong), or, for a gold
country, read as that country: LGL and TR-News give the same GeoNames country two points from
different GeoNames versions (Canada, 6251999: (60, -96) in LGL, (60.1, -113.6) in TR-News), so
no one point for it can be right in both, and a country has no point within 161 km to speak of.
`wrong` counts the scored mentions given a point more than 161 km off: errors a reader cannot
see, where a mention left without a point says so (acc161 counts both). Each article's text
is parsed exactly as given (no boilerplate removal) so offsets match the gold spans. A few
TR-News gold spans are shifted by some characters from their phrase; they are moved to the
nearest occurrence of the phrase and counted in the `moved` column.

    .venv/bin/python bench/places.py [--data ../shared/data] [--limit N] [--errors FILE]
"""
from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsmine import gazetteer  # noqa: E402
from newsmine.kinds import extract  # noqa: E402
from newsmine.pipeline import load, parse  # noqa: E402

FILES = ("lgl.xml", "tr-news.xml")
KM = 161.0


def read(path: Path, limit: int | None):
    """[(text, [(start, end, phrase, lat, lon, country)])]; gold spans re-aligned to their phrase;
    `country` the ISO code of a gold country (GeoNames feature code PCL*), else None."""
    articles, moved = [], 0
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        gold = []
        for t in art.iter("toponym"):
            start, end = int(t.findtext("start")), int(t.findtext("end"))
            phrase = (t.findtext("phrase") or "").strip()
            if phrase and text[start:end] != phrase:
                hits = [i for i in _find_all(text, phrase)]
                if hits:
                    start = min(hits, key=lambda i: abs(i - start))
                    end = start + len(phrase)
                    moved += 1
            lat = lon = country = None
            g = t.find("gaztag")
            if g is not None and g.findtext("lat") and g.findtext("lon"):
                lat, lon = float(g.findtext("lat")), float(g.findtext("lon"))
                if (g.findtext("fcode") or "").startswith("PCL"):
                    country = _country_code(g.findtext("name") or phrase)
            gold.append((start, end, phrase, lat, lon, country))
        articles.append((text, gold))
        if limit and len(articles) >= limit:
            break
    return articles, moved


def _country_code(name: str) -> str | None:
    found = [c for c in gazetteer.lookup(name) if c.kind == "country"]
    return found[0].country_code if found else None


def _find_all(text: str, phrase: str):
    i = text.find(phrase)
    while i >= 0:
        yield i
        i = text.find(phrase, i + 1)


def score(articles, nlp, errors):
    n_gold = n_pred = found = correct_pred = resolvable = within = wrong_points = 0
    docs = parse(nlp, ((text, gold) for text, gold in articles))
    for number, (doc, gold) in enumerate(docs):
        pred = extract(doc, ["place_mentions"])["place_mentions"]
        n_gold += len(gold)
        n_pred += len(pred)
        correct_pred += sum(1 for p in pred if any(p.start < e and s < p.end for s, e, *_ in gold))
        for s, e, phrase, lat, lon, country in gold:
            hits = [p for p in pred if p.start < e and s < p.end]
            if not hits:
                errors.append(f"MISS\t{number}\t{phrase}\t{doc.text[max(0, s - 40):e + 40]!r}")
                continue
            found += 1
            if lat is None:
                continue
            resolvable += 1
            p = hits[0]
            if p.lat is not None and gazetteer.distance_km(p.lat, p.lon, lat, lon) <= KM \
                    or country and p.kind in ("country", "demonym") and p.country_code == country:
                within += 1
            else:
                where = "null" if p.lat is None else f"{gazetteer.distance_km(p.lat, p.lon, lat, lon):.0f}km"
                wrong_points += p.lat is not None
                errors.append(f"FAR\t{number}\t{phrase}\t{p.text}\t{p.kind}\t{p.country_code}\t{where}\t"
                              f"gold=({lat},{lon})\t{p.resolved_by}")
        for p in pred:
            if not any(p.start < e and s < p.end for s, e, *_ in gold):
                errors.append(f"EXTRA\t{number}\t{p.text}\t{p.kind}\t{p.country_code}\t"
                              f"{doc.text[max(0, p.start - 40):p.end + 40]!r}")
    recall = found / n_gold if n_gold else 0.0
    precision = correct_pred / n_pred if n_pred else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = within / resolvable if resolvable else 0.0
    return dict(gold=n_gold, pred=n_pred, precision=precision, recall=recall, f1=f1,
                acc161=accuracy, scored=resolvable, wrong=wrong_points)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"), help="data folder")
    ap.add_argument("--limit", type=int, default=None, help="first N articles of each file")
    ap.add_argument("--model", default=None)
    ap.add_argument("--errors", default=None, help="write misses, extras and far resolutions here")
    args = ap.parse_args(argv)

    nlp = load(args.model)
    errors: list[str] = []
    rows = []
    for name in FILES:
        path = Path(args.data) / "places" / name
        if not path.exists():
            print(f"missing {path}", file=sys.stderr)
            continue
        articles, moved = read(path, args.limit)
        errors.append(f"# {name}")
        t = time.perf_counter()
        result = score(articles, nlp, errors)
        result.update(file=name, docs=len(articles), moved=moved, seconds=time.perf_counter() - t)
        rows.append(result)
    print(f"{'file':<12} {'docs':>5} {'gold':>6} {'pred':>6} {'moved':>5} {'P':>6} {'R':>6} {'F1':>6} "
          f"{'acc161':>7} {'scored':>6} {'wrong':>5} {'sec':>6}")
    for r in rows:
        print(f"{r['file']:<12} {r['docs']:>5} {r['gold']:>6} {r['pred']:>6} {r['moved']:>5} "
              f"{r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f} {r['acc161']:>7.3f} "
              f"{r['scored']:>6} {r['wrong']:>5} {r['seconds']:>6.1f}")
    if args.errors:
        Path(args.errors).write_text("\n".join(errors) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
