"""How much of real articles `newsmine clean` keeps (issue 2: at least 99.5% of the words).

    python bench/clean.py [--data ../shared/data]

Reads every article of corpora/bbc (no site chrome), compares word counts of the raw text and
of the cleaned text, and lists the articles that lost words.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsmine.sources import Source, iter_sources, read_file


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(Path(__file__).resolve().parents[1] / ".." / "shared" / "data"))
    args = parser.parse_args()
    corpus = Path(args.data) / "corpora" / "bbc"
    raw_words = kept_words = articles = 0
    losers = []
    for source in iter_sources([str(corpus)]):
        if not isinstance(source, Source) or source.path.name.upper() == "README.TXT":
            continue
        raw = len(read_file(source.path, keep_boilerplate=True).split())
        kept = len(read_file(source.path).split())
        articles += 1
        raw_words += raw
        kept_words += kept
        if kept < raw:
            losers.append((raw - kept, source.doc))
    share = kept_words / raw_words if raw_words else 1.0
    print(f"articles {articles}  words {raw_words}  kept {kept_words}  share kept {share:.5f}")
    for lost, doc in sorted(losers, reverse=True)[:10]:
        print(f"  lost {lost:5d} words  {doc}")
    return 0 if share >= 0.995 else 1


if __name__ == "__main__":
    sys.exit(main())
