"""Which articles newsmine reads as sports stories (`extract.sports.is_sports_story`), where a
town's name the article puts nothing in is its club.

    python bench/sports_story.py [--data ../shared/data]

Counts the BBC corpus's topic folders (the folder is the desk: sport should be read as sports,
the other four not) and the LGL and TR-News geoparsing articles (local and world news, whose
town names the gold keeps as toponyms), and lists the non-sport articles read as sports.
"""
from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from newsmine.extract.sports import is_sports_story


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(Path(__file__).resolve().parents[1] / ".." / "shared" / "data"))
    args = parser.parse_args()
    data = Path(args.data)
    read, total, strays = Counter(), Counter(), []
    for path in sorted((data / "corpora" / "bbc").glob("*/*.txt")):
        desk = path.parent.name
        sports = is_sports_story(path.read_text(encoding="utf-8", errors="replace"))
        total[desk] += 1
        read[desk] += sports
        if sports and desk != "sport":
            strays.append(f"{desk}/{path.name}")
    for name in ("lgl.xml", "tr-news.xml"):
        for article in ET.parse(data / "places" / name).getroot().iter("article"):
            total[name] += 1
            read[name] += is_sports_story(article.findtext("text") or "")
    print(f"{'set':<14}{'articles':>9}{'sports':>8}")
    for name in total:
        print(f"{name:<14}{total[name]:>9}{read[name]:>8}")
    print("non-sport BBC articles read as sports:", ", ".join(strays) or "none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
