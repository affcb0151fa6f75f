"""Where `newsmine export` spends its time, stage by stage (issue 17).

    python bench/profile_export.py [--data ../shared/data] [--per-category 150] [--categories business,politics]
                                   [--jobs 1 2] [--out bench/results/profile_export.json]

Runs the real `export.run_export` in this process on BBC articles (by default the first 150 of
business and of politics, sorted by name: 300 articles), with timers wrapped around each stage:
reading and cleaning, headline casing, the tokenizer and each spaCy component, each extractor,
the gazetteer, building rows and writing the tables. Times are CPU seconds of this thread
(`time.thread_time`), each stage counted exclusive of the stages it calls, so the figures hold
on a busy machine; `other` is the rest of the run (the export loop, Doc.from_docs, ...).

`transfer` estimates what `--jobs N` adds to move results from the workers: each Result pickled
and unpickled once (timed aside, not part of the run's total). With `--jobs 2` the run is
repeated with a worker pool and the parent's own CPU time (planning, receiving results,
writing) is reported beside the workers' (CPU seconds of the reaped children).
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import resource
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


class Clock:
    """Exclusive CPU time per stage: a stage's time excludes the timed stages it calls."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.stack: list[list] = []   # [stage, start, time spent in timed callees]

    def enter(self, stage: str) -> None:
        self.stack.append([stage, time.thread_time(), 0.0])

    def leave(self) -> None:
        stage, start, inner = self.stack.pop()
        elapsed = time.thread_time() - start
        self.totals[stage] += elapsed - inner
        self.calls[stage] += 1
        if self.stack:
            self.stack[-1][2] += elapsed

    def function(self, stage: str, func):
        def timed(*args, **kwargs):
            self.enter(stage)
            try:
                return func(*args, **kwargs)
            finally:
                self.leave()
        return timed

    def generator(self, stage: str, items):
        """Each step of `items` timed as `stage` (spaCy components are chained generators)."""
        items = iter(items)
        while True:
            self.enter(stage)
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                self.leave()
            yield item


def instrument(clock: Clock, transfer: dict) -> None:
    """Wrap the stages where the run looks them up (module attributes, the registry)."""
    import spacy.language

    from newsmine import articles, casing, export, gazetteer, kinds, pipeline

    articles.read_job = clock.function("read and clean", articles.read_job)
    casing.sentence_case_headlines = clock.function("headline casing", casing.sentence_case_headlines)
    pipeline.restore_text = clock.function("headline casing", pipeline.restore_text)
    for name in ("lookup", "is_known_place", "is_major_place", "demonym", "country", "continent", "country_name"):
        setattr(gazetteer, name, clock.function("gazetteer", getattr(gazetteer, name)))
    for name, kind in list(kinds.KINDS.items()):
        kinds.KINDS[name] = dataclasses.replace(kind, build=clock.function(f"extract {name}", kind.build))
    kinds.row_of = clock.function("rows", kinds.row_of)
    export.TableFiles.write = clock.function("write tables", _measuring_transfer(export.TableFiles.write, transfer))
    component = spacy.language._pipe

    def timed_component(examples, *, proc, name, default_error_handler, kwargs):
        return clock.generator(f"spaCy {name}", component(examples, proc=proc, name=name, kwargs=kwargs,
                                                          default_error_handler=default_error_handler))
    spacy.language._pipe = timed_component


def _measuring_transfer(write, transfer: dict):
    def measured(self, result, summary, *, checkpoint):
        started = time.thread_time()
        data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.loads(data)
        transfer["seconds"] += time.thread_time() - started
        transfer["bytes"] += len(data)
        return write(self, result, summary, checkpoint=checkpoint)
    return measured


def articles_of(data: Path, categories: list[str], per_category: int) -> list[str]:
    files = []
    for category in categories:
        files += sorted(str(p) for p in (data / "corpora" / "bbc" / category).glob("*.txt"))[:per_category]
    return files


def profile_one_process(files: list[str], out: Path) -> dict:
    from newsmine.export import run_export
    from newsmine.pipeline import load

    clock, transfer = Clock(), {"seconds": 0.0, "bytes": 0}
    nlp = load()   # the model loads before the clock starts (the hand loop's load is not in the table either)
    tokenizer = nlp.tokenizer   # called, not piped: timed as a function
    nlp.tokenizer = clock.function("tokenizer", tokenizer)
    instrument(clock, transfer)
    started, wall = time.thread_time(), time.monotonic()
    summary = run_export(files, out, jobs=1)
    total, wall = time.thread_time() - started, time.monotonic() - wall
    nlp.tokenizer = tokenizer
    stages = dict(clock.totals)
    stages["other"] = total - sum(stages.values())
    return {"articles": summary.tally.ok, "cpu_seconds": total, "wall_seconds": wall, "stages": stages,
            "transfer_seconds": transfer["seconds"], "transfer_mb": transfer["bytes"] / 1e6}


def profile_pool(files: list[str], out: Path, jobs: int) -> dict:
    from newsmine.export import run_export

    self_before = resource.getrusage(resource.RUSAGE_SELF)
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.monotonic()
    run_export(files, out, jobs=jobs)
    wall = time.monotonic() - wall
    self_after = resource.getrusage(resource.RUSAGE_SELF)
    children_after = resource.getrusage(resource.RUSAGE_CHILDREN)

    def cpu(a, b):
        return (b.ru_utime - a.ru_utime) + (b.ru_stime - a.ru_stime)
    return {"jobs": jobs, "wall_seconds": wall, "parent_cpu_seconds": cpu(self_before, self_after),
            "workers_cpu_seconds": cpu(children_before, children_after)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--categories", default="business,politics")
    parser.add_argument("--per-category", type=int, default=150)
    parser.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "profile_export.json"))
    args = parser.parse_args()

    files = articles_of(Path(args.data), args.categories.split(","), args.per_category)
    work = Path(tempfile.mkdtemp(prefix="newsmine-profile-"))
    report: dict = {"articles": len(files)}
    try:
        pools = [profile_pool(files, work / f"jobs{j}", j) for j in args.jobs if j > 1]  # before the wrapping
        if 1 in args.jobs:
            report["jobs1"] = profile_one_process(files, work / "jobs1")
        report["pools"] = pools
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_report(report)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=1))
    return 0


def print_report(report: dict) -> None:
    one = report.get("jobs1")
    if one:
        total = one["cpu_seconds"]
        print(f"export --jobs 1, {one['articles']} articles: {total:.1f} CPU s ({one['wall_seconds']:.1f} s wall)")
        print("| stage | CPU s | share |\n|---|---:|---:|")
        for stage, seconds in sorted(one["stages"].items(), key=lambda item: -item[1]):
            print(f"| {stage} | {seconds:.2f} | {seconds / total:.1%} |")
        print(f"transfer (pickle + unpickle each Result once, outside the total): "
              f"{one['transfer_seconds']:.2f} CPU s, {one['transfer_mb']:.1f} MB")
    for pool in report.get("pools", []):
        print(f"export --jobs {pool['jobs']}: {pool['wall_seconds']:.1f} s wall; parent {pool['parent_cpu_seconds']:.1f} "
              f"CPU s, workers {pool['workers_cpu_seconds']:.1f} CPU s")


if __name__ == "__main__":
    sys.exit(main())
