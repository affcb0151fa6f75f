"""How fast `newsmine top` answers over the tables of a whole corpus (issue 16: under 2 s for
`newsmine top speakers DIR` on the BBC corpus's tables).

    python bench/top.py [--tables /tmp/bbc_tables] [--runs 5] [--data ../shared/data]

Exports corpora/bbc to --tables first when that folder holds no tables (a few minutes, once),
then times the whole command (a new process each run: start-up, pandas import, reading the
tables, counting, writing) for several questions, and reports the best and median wall time.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

QUESTIONS = [
    ["speakers"],
    ["speakers", "--by", "month"],
    ["people", "--by", "source"],
    ["places", "-n", "50"],
    ["countries"],
    ["figures-units"],
]
LIMIT_SECONDS = 2.0   # for `top speakers DIR`


def newsmine(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsmine", *args], capture_output=True, text=True)


def ensure_tables(tables: Path, data: Path) -> None:
    if (tables / "documents.csv").exists() or (tables / "documents.parquet").exists():
        return
    corpus = data / "corpora" / "bbc"
    print(f"exporting {corpus} to {tables} (once) ...", flush=True)
    done = newsmine("export", str(corpus), "--out", str(tables))
    if done.returncode != 0:
        sys.exit(done.stderr)


def timed(args: list[str], runs: int) -> list[float]:
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        done = newsmine("top", *args, "-f", "tsv")
        seconds.append(time.perf_counter() - started)
        if done.returncode != 0:
            sys.exit(f"newsmine top {' '.join(args)}: exit {done.returncode}: {done.stderr}")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", default="/tmp/bbc_tables")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", default=str(Path(__file__).resolve().parents[1] / ".." / "shared" / "data"))
    args = parser.parse_args()
    tables = Path(args.tables)
    ensure_tables(tables, Path(args.data))
    rows = {t.name.split(".")[0]: t for t in sorted(tables.iterdir()) if not t.name.startswith(".")}
    print("tables:", ", ".join(f"{name} {path.stat().st_size // 1024} KB" for name, path in rows.items()))
    worst = 0.0
    for question in QUESTIONS:
        seconds = timed([question[0], str(tables), *question[1:]], args.runs)
        best, median = min(seconds), statistics.median(seconds)
        print(f"newsmine top {' '.join(question):<28} best {best:5.2f} s  median {median:5.2f} s")
        if question == ["speakers"]:
            worst = median
    ok = worst < LIMIT_SECONDS
    print(f"top speakers: median {worst:.2f} s ({'under' if ok else 'OVER'} {LIMIT_SECONDS:.0f} s)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
