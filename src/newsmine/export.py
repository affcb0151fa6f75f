"""A whole corpus to one table per record kind, never half-written, resumable.

One spaCy pass per article feeds every extractor asked for. Rows are appended to a checkpoint in
DIR/.newsmine-export/ as each article finishes and streamed into temporary tables there; only a
complete run moves the tables into DIR. An interrupted run leaves DIR's previous tables as they
were, and `--resume` reuses the checkpointed articles (keyed by path and content hash), so the
final tables equal those of one uninterrupted run.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from . import kinds as registry
from .articles import TASK_ARTICLES, Job, Options, Result, RunError, Tally, analyse, plan, report
from .output import open_table, terminal_safe
from .sources import InputError, read_bytes

WORK_DIR = ".newsmine-export"


@dataclass
class Summary:
    tally: Tally
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    resumed: int = 0
    published: bool = False      # the tables are in place (False: no input article at all)


# ---------------------------------------------------------------- worker processes

_WORKER: dict[str, Any] = {}   # this worker process's model and options, set once by _worker_init


def _worker_init(options: Options) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt means
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the CLI's handler: Pool.terminate must kill
    from .pipeline import load

    _WORKER.update(nlp=load(options.model), options=options)


def _worker_process(jobs: list[Job]) -> list[Result]:
    return list(analyse(jobs, _WORKER["options"], _WORKER["nlp"]))


def _local_engine(jobs: int):
    """`(todo, options) -> batches of results in input order`, here (jobs=1) or in a pool."""
    def engine(todo: list[Job], options: Options) -> Iterator[list[Result]]:
        batches = [todo[i:i + TASK_ARTICLES] for i in range(0, len(todo), TASK_ARTICLES)]
        if jobs <= 1 or len(batches) <= 1:
            from .pipeline import load

            for result in analyse(todo, options, load(options.model)):
                yield [result]
            return
        import multiprocessing

        context = multiprocessing.get_context("fork")
        with context.Pool(min(jobs, len(batches)), initializer=_worker_init, initargs=(options,)) as pool:
            yield from pool.imap(_worker_process, batches)
    return engine


# ---------------------------------------------------------------- the run (parent process)

def _keyed(job: Job) -> Job:
    """The job with its checkpoint key: its name and a hash of its content (an unreadable input
    gets a key of its own and fails again, in order, where it is processed)."""
    try:
        data = job.data if job.data is not None else read_bytes(Path(job.path))
        digest = hashlib.sha256(data).hexdigest()
    except InputError:
        digest = "unreadable"
    return dataclasses.replace(job, key=job.doc + "\0" + digest)


def run_export(inputs: list[str], out: str | os.PathLike, *, options: Options = Options(),
               fmt: str = "csv", raw: bool = False, jobs: int = 1, resume: bool = False,
               parts: bool = False,
               on_result: Callable[[Result, int, int], None] | None = None,
               results: Callable[[list[Job], Options], Iterator[list[Result]]] | None = None) -> Summary:
    """Export `inputs` to tables in `out`; returns counts. Raises RunError for run-level problems.

    `results` lets another engine (the Dask backend) process the batches; by default they run
    in this process (jobs=1) or in a pool of `jobs` worker processes. `parts` (Parquet only)
    writes each table as a folder of part files, one per 50,000 rows, for very large runs.
    """
    if parts and fmt != "parquet":
        raise RunError("--parts needs --format parquet")
    started = time.monotonic()
    out = Path(out)
    items = [item if isinstance(item, Result) else _keyed(item) for item in plan(inputs)]
    tables = ("documents",) + options.kinds
    summary = Summary(Tally(quiet=True), rows={t: 0 for t in tables})
    if not any(isinstance(it, Job) for it in items):  # nothing to export: say why, touch nothing
        for done, item in enumerate(items, 1):
            summary.tally.add(item)
            if on_result:
                on_result(item, done, len(items))
        return summary
    work = _prepare(out, options, fmt, raw, resume, parts)
    checkpoint = Checkpoint(work / "checkpoint.jsonl", resume=resume)
    sinks = {t: open_table(work / f"{t}.{fmt}", registry.TABLES[t], fmt, raw=raw, parts=parts)
             for t in tables}
    todo = [it for it in items if isinstance(it, Job) and it.key not in checkpoint]
    batches = (results or _local_engine(jobs))(todo, options) if todo else iter(())
    fresh = (r for batch in batches for r in batch)
    try:
        for done, item in enumerate(items, 1):
            result = _result_of(item, checkpoint, fresh, summary)
            for table, sink in sinks.items():
                rows = result.rows.get(table, [])
                sink.write(rows)
                summary.rows[table] += len(rows)
            summary.tally.add(result)
            if on_result:
                on_result(result, done, len(items))
    finally:
        fresh.close()
        getattr(batches, "close", lambda: None)()  # stops worker processes on an interrupt
        for sink in sinks.values():
            sink.close()
        checkpoint.close()
    _publish(work, out, tables, fmt)
    summary.published = True
    summary.seconds = time.monotonic() - started
    return summary


def _result_of(item: Job | Result, checkpoint: "Checkpoint", fresh: Iterator[Result], summary: Summary) -> Result:
    """An input's result: known at planning, kept in the checkpoint, or the next one processed."""
    if isinstance(item, Result):
        return item
    if item.key in checkpoint:
        summary.resumed += 1
        return checkpoint[item.key]
    result = next(fresh)
    checkpoint.add(result)
    return result


def _prepare(out: Path, options: Options, fmt: str, raw: bool, resume: bool, parts: bool) -> Path:
    if out.exists() and not out.is_dir():
        raise RunError(f"{out}: exists and is not a directory")
    work = out / WORK_DIR
    signature = {"tables": list(options.kinds), "model": options.model, "format": fmt, "raw": raw,
                 "keep_boilerplate": options.keep_boilerplate, "parts": parts}
    run_file = work / "run.json"
    if resume and run_file.exists():
        previous = json.loads(run_file.read_text())
        if previous != signature:
            raise RunError(f"{out}: the checkpoint was made with other options ({previous}); "
                              "run without --resume to start over")
    elif work.exists():
        shutil.rmtree(work)
    try:
        work.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RunError(f"{out}: cannot create ({exc.strerror})") from None
    run_file.write_text(json.dumps(signature))
    return work


def _publish(work: Path, out: Path, tables: Iterable[str], fmt: str) -> None:
    """Move the finished tables into place, then drop the checkpoint."""
    import signal

    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        for table in tables:
            name = f"{table}.{fmt}"
            if (out / name).is_dir():  # a folder of parts from an earlier --parts run
                shutil.rmtree(out / name)
            elif (work / name).is_dir() and (out / name).exists():
                (out / name).unlink()
            os.replace(work / name, out / name)
        shutil.rmtree(work)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


# ---------------------------------------------------------------- the command

def run_corpus_export(inputs: list[str], out: str, *, options: Options, fmt: str, raw: bool, parts: bool,
                      jobs: int, resume: bool, scheduler: str | None, html_file: str | None) -> int:
    """`newsmine export`: the run with progress, the optional HTML report and the summary line;
    returns the exit code (the same policy as every command: `articles.Tally`)."""
    from .articles import EXIT_USAGE

    progress = ExportProgress()
    on_result = progress.update
    if html_file:  # the report is built from each finished article's rows: no second parse
        from .report import Collector

        collector = Collector(keep_boilerplate=options.keep_boilerplate)
        on_result = lambda *args: (progress.update(*args), collector.add(*args))  # noqa: E731
    try:
        if options.model and not scheduler:
            from .pipeline import load

            load(options.model)  # a missing model is a usage error before any work starts
        with progress:
            engine = _engine(scheduler)
            summary = run_export(inputs, out, options=options, fmt=fmt, raw=raw, parts=parts, results=engine,
                                 jobs=jobs, resume=resume, on_result=on_result)
        if html_file:
            collector.write(html_file)
    except RunError as exc:
        report(str(exc))
        return EXIT_USAGE
    except OSError as exc:
        report(f"{html_file}: cannot write the report ({exc.strerror or exc})")
        return EXIT_USAGE
    if summary.published:
        report(_summary_line(summary, out))
    return summary.tally.exit_code()


def _engine(scheduler: str | None):
    if not scheduler:
        return None
    from . import cluster

    return cluster.engine(scheduler)


def _summary_line(summary: Summary, out: str) -> str:
    tally = summary.tally
    rows = ", ".join(f"{table} {count}" for table, count in summary.rows.items())
    resumed = f" ({summary.resumed} from the checkpoint)" if summary.resumed else ""
    return (f"export: {tally.ok} articles ok{resumed}, {tally.failed} failed, {tally.skipped} skipped; "
            f"rows: {rows}; {summary.seconds:.1f} s -> {out}")


class ExportProgress:
    """Failed and skipped inputs as they come; on a terminal also articles done/total, articles/s
    and ETA on stderr."""

    def __init__(self):
        self.progress = None
        self.task = None

    def __enter__(self):
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.progress = Progress(TextColumn("export"), BarColumn(), MofNCompleteColumn(),
                                     TextColumn("{task.fields[rate]} articles/s"), TimeRemainingColumn(),
                                     console=Console(stderr=True), transient=True)
            self.progress.__enter__()
        return self

    def update(self, result: Result, done: int, total: int) -> None:
        if result.status != "ok":
            self._say(f"{result.doc}: {result.error}")
        if self.progress is None:
            return
        if self.task is None:
            self.started = time.monotonic()
            self.task = self.progress.add_task("export", total=total, rate="-")
        rate = done / max(time.monotonic() - self.started, 1e-6)
        self.progress.update(self.task, completed=done, rate=f"{rate:.1f}")

    def _say(self, message: str) -> None:
        if self.progress is None:
            report(message)
        else:
            self.progress.console.print(f"newsmine: {terminal_safe(message)}", markup=False, highlight=False)

    def __exit__(self, *exc):
        if self.progress is not None:
            self.progress.__exit__(*exc)


# ---------------------------------------------------------------- checkpoint

class Checkpoint:
    """Append-only JSON Lines of finished articles; a torn last line (a kill mid-write) is ignored."""

    def __init__(self, path: Path, *, resume: bool):
        self.path = path
        self._offsets: dict[str, int] = {}
        if resume and path.exists():
            self._index()
        self._file = open(path, "ab")
        self._since_sync = 0

    def _index(self) -> None:
        good = 0
        with open(self.path, "rb") as f:
            offset = 0
            for line in f:
                if not line.endswith(b"\n"):
                    break
                try:
                    self._offsets[json.loads(line)["key"]] = offset
                except (ValueError, KeyError):
                    break
                offset += len(line)
                good = offset
        with open(self.path, "r+b") as f:
            f.truncate(good)

    def __contains__(self, key: str) -> bool:
        return key in self._offsets

    def __getitem__(self, key: str) -> Result:
        with open(self.path, "rb") as f:
            f.seek(self._offsets[key])
            data = json.loads(f.readline())
        return Result(data["doc"], data["key"], data["status"], data["rows"])

    def add(self, result: Result) -> None:
        line = json.dumps({"key": result.key, "doc": result.doc, "status": result.status,
                           "rows": result.rows}, ensure_ascii=False).encode() + b"\n"
        self._offsets[result.key] = self._file.tell()
        self._file.write(line)
        self._since_sync += 1
        if self._since_sync >= 50:
            self._file.flush()
            self._since_sync = 0

    def close(self) -> None:
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
