"""Hostile texts through every extractor: no exception, every offset inside its text, no slow article.

    python bench/fuzz.py [--seed 1] [--texts 300] [--slow 5]

Builds texts at random from pieces that have tripped the rules (quote marks left open, fixtures
with "v", "Co Wexford", runs of "A.", 200-letter words, titles inside names, ...), parses them with
the tree's own `src/` and runs entities, places, quotes and figures on each. Exit 1 on any fault
or any article slower than `--slow` seconds (after the parse).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsmine.extract.entities import extract_entities  # noqa: E402
from newsmine.extract.figures import extract_figures  # noqa: E402
from newsmine.extract.places import extract_place_mentions  # noqa: E402
from newsmine.extract.quotes import extract_quotes  # noqa: E402
from newsmine.pipeline import load, parse  # noqa: E402

PIECES = ["Mr Brown", "Co Wexford", "Hamilton, Bermuda", "the town of Denmark", "villages such as Berlin",
          "Lesotho v Malawi", "vs.", " v ", "said the minister, Helen Achterberg,", "According to the chief, Jo Ray,",
          "boss Nadia Kerrigan: ", '"', "“", "”", "'", "\n\n", "Ontarians", "Britons are", "The Welsh novelist",
          "Dallas Pruitt, 34,", "aged 50 to 74", "four times their income", "5m disposable vapes", "Tour de France",
          "Johannesburg Water", "Analysing Mr Brown's", "Stefano Lucchese", "Lucchese said", "Seamer Owen Kearsley",
          "Durham captain Alex Pridmore", "Nathan Lane and Lee Evans", "Dan Lane calls", ",", ".", " ", "-", "—",
          "Perth", "Scotland", "Australian", "London", "Ontario", "Britain", "Victoria, Texas", "Wales were",
          "Samoa", "NEW YORK (Reuters) -", "12", "3-1", "£4m", "(", ")", ":", ";", "Dr", "Mrs Crane", "her husband,",
          "ÉÑ", "\t", "A." * 30, "Wales fly-half", "New Brunswick's", "Lord Dunkeld's", "X" * 200]


def check(doc, text: str) -> None:
    """Raise AssertionError when a record's offsets leave the text or do not give its own words."""
    entities = extract_entities(doc)
    for e in entities:
        assert all(0 <= s < end <= len(text) for s, end in e.spans), ("entity", e.entity)
    for m in extract_place_mentions(doc, entities=entities):
        assert text[m.start:m.end] == m.text and m.start < m.end, ("place", m.text)
    for q in extract_quotes(doc, entities=entities):
        assert text[q.start:q.end] == q.quote and q.start < q.end, ("quote", q.start)
    for f in extract_figures(doc):
        assert 0 <= f.start < f.end <= len(text), ("figure", f.start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--texts", type=int, default=300)
    parser.add_argument("--slow", type=float, default=5.0, help="seconds an article may take after the parse")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    texts = ["".join(rng.choice(PIECES) + rng.choice([" ", "", " ", "\n"]) for _ in range(rng.randint(1, 120)))
             for _ in range(args.texts)]
    faults = slow = 0
    for doc, text in parse(load(), [(t, t) for t in texts]):
        started = time.perf_counter()
        try:
            check(doc, text)
        except Exception as exc:  # noqa: BLE001 - every fault is reported, none stops the run
            faults += 1
            print(f"FAULT {exc!r:.200} in {text[:120]!r}")
        if time.perf_counter() - started > args.slow:
            slow += 1
            print(f"SLOW {time.perf_counter() - started:.1f} s, {len(text)} characters")
    print(f"{args.texts} texts, {faults} faults, {slow} slow")
    return 1 if faults or slow else 0


if __name__ == "__main__":
    sys.exit(main())
