"""Reading a corpus as JSON Lines costs no more than reading the same articles as files (issue 16).

    python bench/jsonl.py [--limit 200] [--runs 2]

Writes the first N BBC articles (read at run time from ../shared/data, never copied into the
project) to a temporary folder as .txt files and as one .jsonl, exports both with `--jobs 1`
in alternation, and prints the median wall time of each and their ratio (target: JSONL within
+5% of files).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus(data: Path, limit: int) -> list[Path]:
    files = sorted(p for p in (data / "corpora" / "bbc").glob("*/*.txt"))
    return files[:: max(1, len(files) // limit)][:limit]


def timed(args: list[str]) -> float:
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "newsmine", *args], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newsmine-jsonl-"))
    (work / "files").mkdir()
    with open(work / "corpus.jsonl", "w", encoding="utf-8") as out:
        for i, path in enumerate(corpus(Path(args.data), args.limit)):
            text = path.read_bytes().decode("utf-8", errors="replace")
            (work / "files" / f"{i:05d}.txt").write_text(text, encoding="utf-8")
            out.write(json.dumps({"id": f"{i:05d}", "text": text}) + "\n")
    times: dict[str, list[float]] = {"files": [], "jsonl": []}
    for run in range(args.runs):
        times["files"].append(timed(["export", str(work / "files"), "--out", str(work / f"t{run}f"), "-j", "1"]))
        times["jsonl"].append(timed(["export", str(work / "corpus.jsonl"), "--out", str(work / f"t{run}j"), "-j", "1"]))
    files, jsonl = statistics.median(times["files"]), statistics.median(times["jsonl"])
    print(f"{args.limit} articles: files {files:.1f} s, jsonl {jsonl:.1f} s, jsonl/files {jsonl / files:.3f}")
    return 0 if jsonl <= files * 1.05 else 1


if __name__ == "__main__":
    sys.exit(main())
