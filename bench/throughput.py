"""Speed and memory of `newsmine export` against the loop a user would write by hand (issues 6, 17).

    python bench/throughput.py [--data ../shared/data] [--sets 300 all] [--repeats 3] [--limit N]
                               [--jobs 1 2] [--scheduler local:2]

The hand loop streams: `spacy.load`, `nlp.pipe(texts, batch_size=32)` over every component,
collect each Doc's `doc.ents`, keep nothing. The ratios are against it; the same loop with the
model's matrix products on numpy's BLAS (what newsmine's pipeline does) is timed beside it.
Sets: `300` is the first 150 business and the first 150 politics articles of BBC (by name), each
command run `--repeats` times (median); `all` is the whole BBC corpus, run once. Every measurement is a fresh process timed from start to exit
(model load included, for the hand loop too). Peak memory is the high-water mark (VmHWM) of
each process of the run's process tree, sampled every 50 ms. Results go to stdout and to
bench/results/throughput.json.
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
entities = 0
for doc in nlp.pipe(texts, batch_size=32):
    entities += len([(e.text, e.label_) for e in doc.ents])
print(entities)
"""
# The same loop with the one switch newsmine flips in the model (pipeline._numpy_products): thinc's
# matrix products on numpy's BLAS instead of blis, one thread. Reported beside, for information:
# the ratios are against the loop a user writes with spaCy's defaults.
BASELINE_NUMPY_BLAS = BASELINE.replace("nlp = spacy.load(sys.argv[1])\n", """nlp = spacy.load(sys.argv[1])
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits
threadpool_limits(1, user_api="blas")
for _, component in nlp.pipeline:
    model = getattr(component, "model", None)
    for node in model.walk() if hasattr(model, "walk") else ():
        node.ops = NumpyOps(use_blis=False)
""")
assert BASELINE_NUMPY_BLAS != BASELINE
SAMPLE = {"business": 150, "politics": 150}  # the set `300`


def sample_files(data: Path) -> list[str]:
    files = []
    for category, count in SAMPLE.items():
        files += sorted(str(p) for p in (data / "corpora" / "bbc" / category).glob("*.txt"))[:count]
    return files


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
    if proc.returncode not in (0, 1) or proc.returncode and "Traceback" in err:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd[:6])} ...\n{err}")
    return {"seconds": seconds, "peak_mb": max(peaks.values(), default=0.0), "processes": len(peaks)}


def newsmine(*args: str) -> list[str]:
    return [PYTHON, "-m", "newsmine", *args]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--sets", nargs="*", default=["300", "all"], choices=["300", "all"])
    parser.add_argument("--repeats", type=int, default=3, help="runs of each command on the set 300 (median)")
    parser.add_argument("--limit", type=int, help="the set `all`: only the first N articles")
    parser.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--scheduler", help="also run export --scheduler ADDRESS (e.g. local:2)")
    parser.add_argument("--model", default=None)
    parser.add_argument("--memory-check", type=int, default=300,
                        help="set `all`: also export this many articles (an even sample of the corpus) to "
                             "compare peak memory with the whole run (0: skip)")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT / "src"))
    from newsmine.pipeline import model_name

    model = model_name(args.model)
    listing = Path(tempfile.mkdtemp(prefix="newsmine-bench-"))
    results: dict[str, dict] = {}
    for name in args.sets:
        files = sample_files(Path(args.data)) if name == "300" else corpus_files(Path(args.data), args.limit)
        repeats = args.repeats if name == "300" else 1
        results[name] = run_set(files, model, listing / name, jobs=args.jobs, repeats=repeats,
                                scheduler=args.scheduler, memory_check=args.memory_check if name == "all" else 0)
    results.update(startup(model))
    shutil.rmtree(listing, ignore_errors=True)
    (ROOT / "bench" / "results").mkdir(exist_ok=True)
    (ROOT / "bench" / "results" / "throughput.json").write_text(json.dumps({"model": model, "results": results},
                                                                           indent=1))
    return 0


def run_set(files: list[str], model: str, listing: Path, *, jobs: list[int], repeats: int,
            scheduler: str | None, memory_check: int) -> dict:
    """The hand loop and each export of one set of articles, each the median of `repeats` runs."""
    words = words_of(files)
    print(f"{len(files)} articles, {words} words; model {model}; {os.cpu_count()} cores; "
          f"median of {repeats} run(s)", flush=True)

    def median_run(cmd: list[str]) -> dict:
        runs = [timed(cmd) for _ in range(repeats)]
        runs.sort(key=lambda r: r["seconds"])
        return {**runs[len(runs) // 2], "runs": [r["seconds"] for r in runs]}

    results = {"articles": len(files), "words": words}
    results["baseline"] = median_run([PYTHON, "-c", BASELINE, model, *files])
    report("hand loop (nlp.pipe, doc.ents)", results["baseline"], words, None)
    results["baseline, numpy BLAS"] = median_run([PYTHON, "-c", BASELINE_NUMPY_BLAS, model, *files])
    report("hand loop, numpy BLAS", results["baseline, numpy BLAS"], words, results["baseline"])
    for n in jobs:
        key = f"export --jobs {n}"
        results[key] = median_run(newsmine("export", *files, "--out", str(listing / f"jobs{n}"), "--jobs", str(n),
                                           "--model", model))
        report(key, results[key], words, results["baseline"])
    if scheduler:
        key = f"export --scheduler {scheduler}"
        results[key] = median_run(newsmine("export", *files, "--out", str(listing / "dask"), "--scheduler",
                                           scheduler, "--model", model))
        report(key, results[key], words, results["baseline"])
        local = results.get(f"export --jobs {scheduler.split(':')[-1]}")
        if local:
            print(f"  cluster overhead vs local processes: {results[key]['seconds'] / local['seconds'] - 1:+.1%}")
    if memory_check and memory_check < len(files):
        # An even sample across the corpus, so both runs meet articles of every length.
        sample = files[::len(files) // memory_check][:memory_check]
        small = timed(newsmine("export", *sample, "--out", str(listing / "small"), "--jobs", "1", "--model", model))
        big = results.get("export --jobs 1")
        results[f"export --jobs 1 ({memory_check} articles)"] = small
        if big:
            print(f"peak memory, --jobs 1: {small['peak_mb']:.0f} MB at {memory_check} articles, "
                  f"{big['peak_mb']:.0f} MB at {len(files)} ({big['peak_mb'] / small['peak_mb'] - 1:+.1%})")
    return results


def startup(model: str) -> dict:
    """`newsmine --help` (the console script) and `newsmine entities SEED` against `python -c`
    loading the model and parsing the seed."""
    script = Path(PYTHON).parent / "newsmine"
    help_cmd = [str(script), "--help"] if script.exists() else newsmine("--help")
    help_runs = [timed(help_cmd)["seconds"] for _ in range(5)]
    parse_only = [PYTHON, "-c", f"import spacy; nlp = spacy.load({model!r}); "
                                f"nlp(open({str(SEED)!r}, encoding='utf-8').read())"]
    plain = statistics.median(timed(parse_only)["seconds"] for _ in range(3))
    ours = statistics.median(timed(newsmine("entities", str(SEED), "--model", model))["seconds"] for _ in range(3))
    print(f"newsmine --help: {statistics.median(help_runs):.3f} s (median of 5)")
    print(f"newsmine entities seed: {ours:.2f} s vs python -c load+parse {plain:.2f} s ({ours / plain:.2f}x)")
    return {"newsmine --help": {"seconds": statistics.median(help_runs)},
            "python -c load+parse seed": {"seconds": plain}, "newsmine entities seed": {"seconds": ours}}


def report(name: str, result: dict, words: int, baseline: dict | None) -> None:
    ratio = f"  {result['seconds'] / baseline['seconds']:.2f}x hand loop wall" if baseline else ""
    print(f"{name:34s} {result['seconds']:8.1f} s  {words / result['seconds']:8.0f} words/s  "
          f"peak {result['peak_mb']:5.0f} MB/process ({result['processes']} processes){ratio}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
