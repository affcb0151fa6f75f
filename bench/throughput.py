"""Speed and memory of `newsmine export` against the script a user would write by hand (issue 6).

    python bench/throughput.py [--data ../shared/data] [--limit N] [--jobs 1 2] [--scheduler local:2]

Every measurement is a fresh process timed from start to exit (model load included, for the
baseline too). Peak memory is the high-water mark (VmHWM) of each process of the run's process
tree, sampled every 50 ms. Results go to stdout as a table and to bench/results/throughput.json.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
SEED = ROOT / "seeds" / "000_99ea542e174f6d0c.txt"

BASELINE = r"""
import sys, spacy
from pathlib import Path
paths = [Path(p) for p in sys.argv[2:]]
texts = (p.read_bytes().decode("utf-8", "replace") for p in paths)
nlp = spacy.load(sys.argv[1])
ents = [[(e.text, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]
print(sum(map(len, ents)))
"""


def corpus_files(data: Path, limit: int | None) -> list[str]:
    files = sorted(str(p) for p in (data / "corpora" / "bbc").rglob("*.txt") if p.name != "README.TXT")
    return files[:limit] if limit else files


def words_of(files: list[str]) -> int:
    return sum(len(Path(f).read_bytes().decode("utf-8", "replace").split()) for f in files)


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            threads = os.listdir(f"/proc/{p}/task")
        except OSError:
            continue
        for thread in threads:  # children started from any thread (Dask starts workers from one)
            try:
                with open(f"/proc/{p}/task/{thread}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
            except OSError:
                pass
    return out


def _hwm_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def timed(cmd: list[str], *, env=None) -> dict:
    """Wall time and the largest per-process peak RSS of a command and its children."""
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, text=True)
    peaks: dict[int, float] = {}
    while proc.poll() is None:
        for pid in _tree(proc.pid):
            hwm = _hwm_mb(pid)
            if hwm is not None:
                peaks[pid] = max(peaks.get(pid, 0.0), hwm)
        time.sleep(0.05)
    seconds = time.monotonic() - started
    err = proc.stderr.read()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd[:6])} ...\n{err}")
    return {"seconds": seconds, "peak_mb": max(peaks.values(), default=0.0), "processes": len(peaks)}


def newsmine(*args: str) -> list[str]:
    return [PYTHON, "-m", "newsmine", *args]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--scheduler", help="also run export --scheduler ADDRESS (e.g. local:2)")
    parser.add_argument("--model", default=None)
    parser.add_argument("--memory-check", type=int, default=300,
                        help="also export this many articles (an even sample of the corpus) to "
                             "compare peak memory with the whole run (0: skip)")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT / "src"))
    from newsmine.pipeline import model_name

    model = model_name(args.model)
    files = corpus_files(Path(args.data), args.limit)
    words = words_of(files)
    listing = Path(tempfile.mkdtemp(prefix="newsmine-bench-"))
    results: dict[str, dict] = {}
    print(f"corpus: {len(files)} articles, {words} words; model {model}; {os.cpu_count()} cores", flush=True)

    results["baseline"] = timed([PYTHON, "-c", BASELINE, model, *files])
    report("baseline (nlp.pipe, doc.ents)", results["baseline"], words, None)
    for jobs in args.jobs:
        out = listing / f"jobs{jobs}"
        results[f"export --jobs {jobs}"] = timed(newsmine("export", *files, "--out", str(out), "--jobs", str(jobs),
                                                          "--model", model))
        report(f"export --jobs {jobs}", results[f"export --jobs {jobs}"], words, results["baseline"])
    if args.scheduler:
        out = listing / "dask"
        key = f"export --scheduler {args.scheduler}"
        results[key] = timed(newsmine("export", *files, "--out", str(out), "--scheduler", args.scheduler,
                                      "--model", model))
        report(key, results[key], words, results["baseline"])
        local = results.get(f"export --jobs {args.scheduler.split(':')[-1]}")
        if local:
            print(f"  cluster overhead vs local processes: {results[key]['seconds'] / local['seconds'] - 1:+.1%}")
    if args.memory_check and args.memory_check < len(files):
        # An even sample across the corpus, so both runs meet articles of every length.
        sample = files[::len(files) // args.memory_check][:args.memory_check]
        small = timed(newsmine("export", *sample, "--out", str(listing / "small"),
                               "--jobs", "1", "--model", model))
        big = results.get("export --jobs 1")
        results[f"export --jobs 1 ({args.memory_check} articles)"] = small
        if big:
            print(f"peak memory, --jobs 1: {small['peak_mb']:.0f} MB at {args.memory_check} articles, "
                  f"{big['peak_mb']:.0f} MB at {len(files)} ({big['peak_mb'] / small['peak_mb'] - 1:+.1%})")

    help_runs = [timed(newsmine("--help"))["seconds"] for _ in range(5)]
    results["newsmine --help"] = {"seconds": statistics.median(help_runs)}
    parse_only = [PYTHON, "-c", f"import spacy; nlp = spacy.load({model!r}); "
                                f"nlp(open({str(SEED)!r}, encoding='utf-8').read())"]
    plain = statistics.median(timed(parse_only)["seconds"] for _ in range(3))
    ours = statistics.median(timed(newsmine("entities", str(SEED), "--model", model))["seconds"] for _ in range(3))
    results["python -c load+parse seed"] = {"seconds": plain}
    results["newsmine entities seed"] = {"seconds": ours}
    print(f"newsmine --help: {results['newsmine --help']['seconds']:.3f} s (median of 5)")
    print(f"newsmine entities seed: {ours:.2f} s vs python -c load+parse {plain:.2f} s ({ours / plain:.2f}x)")

    shutil.rmtree(listing, ignore_errors=True)
    (ROOT / "bench" / "results").mkdir(exist_ok=True)
    (ROOT / "bench" / "results" / "throughput.json").write_text(json.dumps(
        {"articles": len(files), "words": words, "model": model, "results": results}, indent=1))
    return 0


def report(name: str, result: dict, words: int, baseline: dict | None) -> None:
    ratio = f"  {result['seconds'] / baseline['seconds']:.2f}x baseline wall" if baseline else ""
    print(f"{name:34s} {result['seconds']:8.1f} s  {words / result['seconds']:8.0f} words/s  "
          f"peak {result['peak_mb']:5.0f} MB/process ({result['processes']} processes){ratio}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
