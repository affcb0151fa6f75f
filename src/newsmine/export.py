"""A whole corpus to one table per record kind, never half-written, resumable.

One spaCy pass per article feeds every extractor asked for. Rows are appended to a checkpoint in
DIR/.newsmine-export/ as each article finishes and streamed into temporary tables there; only a
complete run moves the tables into DIR. An interrupted run leaves DIR's previous tables as they
were, and `--resume` reuses the checkpointed articles (keyed by path and content hash), so the
final tables equal those of one uninterrupted run.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime
import hashlib
import json
import os
import re
import shutil
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from . import kinds as registry
from .articles import Job, Options, Result, RunError, Tally, analyse, fetched, plan, report, tasks
from .output import TABLE_FORMATS, open_table, terminal_safe
from .sources import ARTICLE_SUFFIXES

WORK_DIR = ".newsmine-export"        # the running export's tables and checkpoint, in DIR
LOCK_FILE = ".newsmine-export.lock"  # the pid of the export writing to DIR
MANIFEST = "run.json"                # which run DIR's tables come from
MANIFEST_DRAFT = "manifest.json"     # the manifest in the work folder, until it is published


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
        batches = tasks(todo, jobs)
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


def _fetching(engine):
    """The engine, with the URLs among the articles to do fetched first (here, politely, in
    parallel): a page that cannot be fetched is a failed result in its place."""
    def run(todo: list[Job], options: Options) -> Iterator[list[Result]]:
        items = list(fetched(todo, options.source))
        jobs = [item for item in items if isinstance(item, Job)]
        batches = engine(jobs, options) if jobs else iter(())
        done = (result for batch in batches for result in batch)
        try:
            for item in items:
                yield [item if isinstance(item, Result) else next(done)]
        finally:
            getattr(batches, "close", lambda: None)()
    return run


# ---------------------------------------------------------------- what a run was asked for

@dataclass(frozen=True)
class Asked:
    """A run's table options: the checkpoint's signature (--resume must match it) and the
    manifest's `options`."""
    options: Options
    fmt: str = "csv"
    raw: bool = False
    parts: bool = False

    @property
    def tables(self) -> tuple[str, ...]:
        return ("documents",) + self.options.kinds

    def signature(self) -> dict:
        return {"tables": list(self.options.kinds), "model": self.options.model, "format": self.fmt,
                "raw": self.raw, "keep_boilerplate": self.options.keep_boilerplate, "parts": self.parts,
                "max_chars": self.options.max_chars}


_CLI_ORDER = ("format", "tables", "raw", "parts", "model", "keep_boilerplate", "max_chars")
_FLAGS = {"raw": "--raw", "parts": "--parts", "keep_boilerplate": "--keep-boilerplate"}


def _cli_spelling(signature: dict, keys: Iterable[str]) -> str:
    """Checkpoint options as the command line spells them: `-f csv --only entities,quotes`."""
    def spell(key: str) -> str:
        value = signature.get(key)
        if key == "format":
            return f"-f {value}"
        if key == "tables":
            value = list(value or [])
            return "no --only" if value == list(registry.KINDS) else f"--only {','.join(value) or 'documents'}"
        if key == "model":
            return f"--model {value}" if value else "the default model"
        if key == "max_chars":
            return f"--max-chars {value}"
        return _FLAGS[key] if value else f"without {_FLAGS[key]}"
    return " ".join(spell(key) for key in _CLI_ORDER if key in keys)


def _check_same_options(out: Path, previous: dict, current: dict) -> None:
    """--resume continues a checkpoint only with the options it was made with (its rows would
    not fit other tables); the message names the options that differ."""
    differ = {key for key in current if previous.get(key) != current[key]}
    if differ:
        raise RunError(f"--resume: the checkpoint in {out} was made with {_cli_spelling(previous, differ)}, "
                       f"this run asks for {_cli_spelling(current, differ)}; run without --resume to start over")


# ---------------------------------------------------------------- the run (parent process)

def _keyed(job: Job) -> Job:
    """The job with its checkpoint key: its name and a hash of its content (an unreadable input
    gets a key of its own and fails again, in order, where it is processed). Jobs planned with a
    key keep it: a corpus row and a web archive page (name and a hash of the row's text or the
    page), a URL (the URL alone: `--resume` does not fetch a page the checkpoint holds)."""
    if job.key:
        return job
    try:
        if job.data is not None:
            digest = hashlib.sha256(job.data).hexdigest()
        else:  # streamed: a huge file is hashed without being held in memory
            with open(job.path, "rb") as f:
                digest = hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        digest = "unreadable"
    return dataclasses.replace(job, key=job.doc + "\0" + digest)


def run_export(inputs: list[str], out: str | os.PathLike, *, options: Options = Options(),
               fmt: str = "csv", raw: bool = False, jobs: int = 1, resume: bool = False,
               parts: bool = False, exclude: Iterable[str | os.PathLike] = (),
               on_result: Callable[[Result, int, int], None] | None = None,
               results: Callable[[list[Job], Options], Iterator[list[Result]]] | None = None) -> Summary:
    """Export `inputs` to tables in `out`; returns counts. Raises RunError for run-level problems
    (another export using `out`, a full disk).

    `results` lets another engine (the Dask backend) process the batches; by default they run
    in this process (jobs=1) or in a pool of `jobs` worker processes. `parts` (Parquet only)
    writes each table as a folder of part files, one per 50,000 rows, for very large runs.
    Nothing under `out` nor in `exclude` (the HTML report) is read as an input.
    """
    if parts and fmt != "parquet":
        raise RunError("--parts needs --format parquet")
    asked, out = Asked(options, fmt, raw, parts), Path(out)
    started, started_at = time.monotonic(), _utc_now()
    _refuse_inputs_inside(inputs, out)
    items = list(plan(inputs, exclude=[out, *exclude], source=options.source))
    summary = Summary(Tally(quiet=True), rows={t: 0 for t in asked.tables})
    if not any(isinstance(it, Job) for it in items):  # nothing to export: say why, touch nothing
        for done, item in enumerate(items, 1):
            summary.tally.add(item)
            if on_result:
                on_result(item, done, len(items))
        return summary
    _make_folder(out)
    with OutLock(out):
        work = _prepare(out, asked, resume)
        items = [item if isinstance(item, Result) else _keyed(item) for item in items]
        _write_tables(items, TableFiles(out, work, asked, resume), summary,
                      _fetching(results or _local_engine(jobs)), options, on_result)
        summary.seconds = time.monotonic() - started
        _write_json(out, work / MANIFEST_DRAFT, _manifest(inputs, asked, summary, started_at))
        _publish(work, out, asked)
    summary.published = True
    return summary


def _write_tables(items: list[Job | Result], files: "TableFiles", summary: Summary, engine, options: Options,
                  on_result: Callable[[Result, int, int], None] | None) -> None:
    """Every input's rows into the work folder's tables, in input order; the articles not in
    the checkpoint go through the engine."""
    todo = [it for it in items if isinstance(it, Job) and it.key not in files.checkpoint]
    batches = engine(todo, options) if todo else iter(())
    fresh = (r for batch in batches for r in batch)
    try:
        for done, item in enumerate(items, 1):
            result, new = _result_of(item, files.checkpoint, fresh, summary)
            files.write(result, summary, checkpoint=new)
            summary.tally.add(result)
            if on_result:
                on_result(result, done, len(items))
    except BaseException:
        files.close(quiet=True)
        raise
    finally:
        fresh.close()
        getattr(batches, "close", lambda: None)()  # stops worker processes on an interrupt
    files.close()


def _result_of(item: Job | Result, checkpoint: "Checkpoint", fresh: Iterator[Result],
               summary: Summary) -> tuple[Result, bool]:
    """An input's result: known at planning, kept in the checkpoint, or the next one processed
    (True: it is new, for the checkpoint)."""
    if isinstance(item, Result):
        return item, False
    if item.key in checkpoint:
        summary.resumed += 1
        return checkpoint[item.key], False
    return next(fresh), True


def _refuse_inputs_inside(inputs: list[str], out: Path) -> None:
    """A named input at or under DIR would never be read (DIR's files are the run's own
    output): say so rather than report "no input articles found"."""
    target = out.resolve()
    for given in inputs:
        if given != "-" and Path(given).exists():
            path = Path(given).resolve()
            if path == target or target in path.parents:
                raise RunError(f"{given}: is inside --out {out}, whose files export never reads; "
                               "choose an --out outside the inputs")


def _make_folder(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise RunError(f"{out}: exists and is not a directory")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RunError(f"{out}: cannot create ({exc.strerror})") from None


def _prepare(out: Path, asked: Asked, resume: bool) -> Path:
    """The work folder: the interrupted run's checkpoint kept with --resume (same options only),
    else a fresh one (discarding an old checkpoint says so)."""
    work = out / WORK_DIR
    signature_file = work / "run.json"
    if resume and signature_file.exists():
        try:
            previous = json.loads(signature_file.read_text())
        except (OSError, ValueError):
            raise RunError(f"--resume: the checkpoint in {out} cannot be read; "
                           "run without --resume to start over") from None
        _check_same_options(out, previous, asked.signature())
    elif work.exists():
        _discard_checkpoint(out, work)
    with writing(out):
        work.mkdir(exist_ok=True)
        signature_file.write_text(json.dumps(asked.signature()))
    return work


def _discard_checkpoint(out: Path, work: Path) -> None:
    """A run without --resume starts over; the interrupted run's articles are lost, so say so."""
    try:
        with open(work / "checkpoint.jsonl", "rb") as f:
            articles = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
    except OSError:
        articles = 0
    report(f"{out}: discarding the checkpoint of an interrupted run ({articles} article"
           f"{'s' if articles != 1 else ''}); use --resume to continue it")
    with writing(out):
        shutil.rmtree(work)


@contextlib.contextmanager
def writing(out: Path) -> Iterator[None]:
    """Writing the run's files: an OSError (a full disk, a quota) is one line and exit 2, and
    DIR's previous tables stay as they were (nothing is moved into DIR before the end)."""
    try:
        yield
    except OSError as exc:
        raise RunError(f"{out}: cannot write the tables ({exc.strerror or exc})") from None


class TableFiles:
    """The run's tables and checkpoint, in the work folder until the run completes."""

    def __init__(self, out: Path, work: Path, asked: Asked, resume: bool):
        self.out, self.sinks, self.checkpoint = out, {}, None
        try:
            with writing(out):
                self.checkpoint = Checkpoint(work / "checkpoint.jsonl", resume=resume)
                for table in asked.tables:
                    self.sinks[table] = open_table(work / f"{table}.{asked.fmt}", registry.TABLES[table],
                                                   asked.fmt, raw=asked.raw, parts=asked.parts)
        except BaseException:
            self.close(quiet=True)
            raise

    def write(self, result: Result, summary: Summary, *, checkpoint: bool) -> None:
        with writing(self.out):
            if checkpoint:
                self.checkpoint.add(result)
            for table, sink in self.sinks.items():
                rows = result.rows.get(table, [])
                sink.write(rows)
                summary.rows[table] += len(rows)

    def close(self, *, quiet: bool = False) -> None:
        """Close every file even when one fails; the first failure is raised unless `quiet`
        (another error is on its way already)."""
        failures = []
        for f in [*self.sinks.values(), self.checkpoint]:
            try:
                if f is not None:
                    f.close()
            except OSError as exc:
                failures.append(exc)
        if failures and not quiet:
            with writing(self.out):
                raise failures[0]


# ---------------------------------------------------------------- publishing and the manifest

def _utc_now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _manifest(inputs: list[str], asked: Asked, summary: Summary, started_at: str) -> dict:
    """`DIR/run.json`: which run the tables in DIR come from, and what it made."""
    from . import __version__
    from .pipeline import model_name

    options = asked.options
    tally = summary.tally
    return {"newsmine": __version__, "inputs": list(inputs),
            "options": {"tables": list(asked.tables), "format": asked.fmt, "raw": asked.raw,
                        "parts": asked.parts, "model": model_name(options.model),
                        "keep_boilerplate": options.keep_boilerplate, "max_chars": options.max_chars},
            "counts": {**_status_counts(tally), "resumed": summary.resumed},
            "rows": dict(summary.rows), "started": started_at, "finished": _utc_now(),
            "seconds": round(summary.seconds, 3)}


def _status_counts(tally: Tally) -> dict[str, int]:
    """Inputs per status (ok, failed, empty, skipped: whatever `Tally` counts)."""
    return {f.name: getattr(tally, f.name) for f in dataclasses.fields(tally) if f.name != "quiet"}


def _write_json(out: Path, path: Path, data: dict) -> None:
    with writing(out):
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def table_names() -> set[str]:
    """File names of every table newsmine writes in DIR, in every format."""
    return {f"{table}.{ext}" for table in registry.TABLES for ext in TABLE_FORMATS}


def _publish(work: Path, out: Path, asked: Asked) -> None:
    """Move the finished tables and the manifest into place, remove the tables this run did not
    write (DIR then describes one run), then drop the checkpoint. Signals wait until it is done."""
    import signal

    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        with writing(out):
            written = {f"{table}.{asked.fmt}" for table in asked.tables}
            for name in sorted(written):
                _remove(out / name)
                os.replace(work / name, out / name)
            for name in sorted(table_names() - written):
                _remove(out / name)
            os.replace(work / MANIFEST_DRAFT, out / MANIFEST)
            shutil.rmtree(work)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _remove(path: Path) -> None:
    """A table of an earlier run: a file, or a folder of Parquet parts (only ever such a
    folder: anything else in it means it is not newsmine's, and it stays)."""
    if path.is_dir() and not path.is_symlink():
        if all(_PART.fullmatch(p.name) for p in path.iterdir()):
            shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


_PART = re.compile(r"part-\d+\.parquet")


# ---------------------------------------------------------------- one export per DIR

class OutLock:
    """`DIR/.newsmine-export.lock`, created atomically (O_CREAT|O_EXCL) and holding the owner's
    pid: a second export into DIR fails at once instead of mixing its tables with the first's.
    A lock whose process is gone (killed with SIGKILL, a crash) is taken over."""

    def __init__(self, out: Path):
        self.out, self.path = out, out / LOCK_FILE
        self.guard = out / (LOCK_FILE + ".takeover")
        self.pid: int | None = None

    def __enter__(self) -> "OutLock":
        deadline = time.monotonic() + 2 * LOCK_GRACE
        while not self._create():
            owner = _lock_owner(self.path)
            if owner is not None and _alive(owner) or time.monotonic() > deadline:
                raise RunError(f"{self.out}: another newsmine export{f' (pid {owner})' if owner else ''} "
                               "is writing there; wait for it to finish or choose another --out")
            self._take_over(owner)
            time.sleep(0.01)
        return self

    def _create(self) -> bool:
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
        except OSError as exc:
            raise RunError(f"{self.out}: cannot write there ({exc.strerror})") from None
        with os.fdopen(fd, "w") as f:
            f.write(f"{os.getpid()}\n")
        self.pid = os.getpid()
        return True

    def _take_over(self, owner: int | None) -> None:
        """Remove a dead owner's lock, one process at a time (a second O_EXCL file), and only if
        it is still that owner's: two runs taking over at once cannot both win."""
        try:
            fd = os.open(self.guard, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            if _age(self.guard) > LOCK_GRACE:  # left by a process killed mid-takeover
                self.guard.unlink(missing_ok=True)
            return
        try:
            still = self.path.exists() and _lock_owner(self.path) == owner
            if still and (owner is not None or _age(self.path) > LOCK_GRACE):
                self.path.unlink()
                report(f"{self.out}: taking over the lock of an export that is no longer running"
                       f"{f' (pid {owner})' if owner else ''}")
        finally:
            os.close(fd)
            self.guard.unlink(missing_ok=True)

    def __exit__(self, *exc) -> None:
        if self.pid == os.getpid() and _lock_owner(self.path) == self.pid:
            self.path.unlink(missing_ok=True)


LOCK_GRACE = 2.0  # seconds a lock (or takeover guard) without a pid may be one being written


def _lock_owner(path: Path) -> int | None:
    try:
        text = path.read_text().strip()
    except (OSError, ValueError):
        return None
    return int(text) if text.isdigit() and int(text) > 0 else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    except OverflowError:
        return False
    return True


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


# ---------------------------------------------------------------- outputs that would destroy inputs

def check_outputs(inputs: list[str], *, html: str | None = None, out: str | os.PathLike | None = None) -> None:
    """Refuse an --html report that would overwrite an input article or a file of this export
    (a table, the manifest, the lock, the checkpoint): RunError, before anything is read."""
    if not html:
        return
    target = Path(html).resolve()
    if out is not None and _is_export_file(target, Path(out).resolve()):
        raise RunError(f"{html}: --html would overwrite a file of this export in {out}; choose another file")
    for given in inputs:
        if given != "-" and _would_read(given, target):
            named = Path(given).is_file()
            raise RunError(f"{html}: --html would overwrite an input article"
                           f"{'' if named else f' read from {given}'}; choose another file")


def _is_export_file(target: Path, out: Path) -> bool:
    """A table (any kind, any format), the manifest, the lock or anything in the work folder."""
    if target.parent == out and (target.name in table_names() or target.name == MANIFEST
                                 or target.name.startswith(LOCK_FILE)):
        return True
    return target == out / WORK_DIR or out / WORK_DIR in target.parents


def _would_read(given: str, target: Path) -> bool:
    """Whether INPUT `given` reads the existing file `target`: it is that file, or an article in
    that folder or glob. An earlier newsmine report there is not taken for an article: the run
    leaves it out of its inputs and replaces it."""
    import glob

    path = Path(given)
    if not target.is_file():
        return False
    if path.is_file():
        return os.path.samefile(path, target)
    if path.is_dir():
        roots = [path]
    elif glob.has_magic(given):
        roots = [Path(match) for match in glob.glob(given, recursive=True)]
    else:
        return False
    return not _is_report(target) and any(_in_walk(root, target) for root in roots)


def _in_walk(root: Path, target: Path) -> bool:
    """`target` is read when walking `root` (a folder: not hidden, an article suffix) or is `root`."""
    root = root.resolve()
    if root == target:
        return True
    if not root.is_dir() or root not in target.parents:
        return False
    parts = target.relative_to(root).parts
    return not any(p.startswith(".") for p in parts) and target.suffix.lower() in ARTICLE_SUFFIXES


def _is_report(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(2048)
    except OSError:
        return False
    return b'<meta name="generator" content="newsmine ' in head


# ---------------------------------------------------------------- the command

def run_corpus_export(inputs: list[str], out: str, *, options: Options, fmt: str, raw: bool, parts: bool,
                      jobs: int, resume: bool, scheduler: str | None, html_file: str | None) -> int:
    """`newsmine export`: the run with progress, the optional HTML report and the summary line;
    returns the exit code (the same policy as every command: `articles.Tally`)."""
    from .articles import EXIT_USAGE
    from .pipeline import ModelError

    progress = ExportProgress()
    collector = _collector(html_file, options)
    on_result = progress.update if collector is None else \
        (lambda *args: (progress.update(*args), collector.add(_with_layer_tables(args[0]))))
    try:
        check_outputs(inputs, html=html_file, out=out)
        if options.model and not scheduler:
            from .pipeline import load

            load(options.model)  # a missing model is a usage error before any work starts
        with progress:
            engine = progress.counting(_engine(scheduler) or _local_engine(jobs))
            summary = run_export(inputs, out, options=options, fmt=fmt, raw=raw, parts=parts, results=engine,
                                 resume=resume, exclude=[html_file] if html_file else [], on_result=on_result)
    except (RunError, ModelError) as exc:
        report(str(exc))
        return EXIT_USAGE
    if collector is not None and summary.published and not _write_report(html_file, collector):
        return EXIT_USAGE
    if summary.published:
        report(_summary_line(summary, out, html_file if collector is not None else None))
    return summary.tally.exit_code()


def _collector(html_file: str | None, options: Options):
    """The report is built from each finished article's rows: no second parse."""
    if not html_file:
        return None
    from .report import Collector

    return Collector(keep_boilerplate=options.keep_boilerplate)


def _with_layer_tables(result: Result) -> Result:
    """The result as the report wants it: entity (place) rows grouped from the mention rows when
    only `mentions` (`place_mentions`) was asked for, so the report's tables are not empty."""
    from .view import with_layer_tables

    return dataclasses.replace(result, rows=with_layer_tables(result.rows))


def _write_report(path: str, collector) -> bool:
    try:
        collector.write(path)
    except OSError as exc:
        report(f"{path}: cannot write the report ({exc.strerror or exc})")
        return False
    return True


def _engine(scheduler: str | None):
    if not scheduler:
        return None
    from . import cluster

    return cluster.engine(scheduler)


def _summary_line(summary: Summary, out: str, html_file: str | None = None) -> str:
    tally = summary.tally
    rows = ", ".join(f"{table} {count}" for table, count in summary.rows.items())
    resumed = f" ({summary.resumed} from the checkpoint)" if summary.resumed else ""
    empty = f", {tally.empty} empty" if getattr(tally, "empty", 0) else ""
    report_to = f"; report -> {html_file}" if html_file else ""
    return (f"export: {tally.ok} articles ok{resumed}, {tally.failed} failed{empty}, {tally.skipped} skipped; "
            f"rows: {rows}; {summary.seconds:.1f} s -> {out}{report_to}")


class Throughput:
    """Articles analysed per second over about the last WINDOW seconds, and the time left. Only
    what the engine analyses counts: checkpointed and skipped inputs come at once and would
    make the rate (and the ETA) meaningless; batches arriving 16 at a time are averaged out."""
    WINDOW = 30.0

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self.samples: deque[tuple[float, int]] = deque()   # (time, analysed so far)
        self.analysed = self.todo = 0

    def start(self, todo: int) -> None:
        self.todo, self.analysed = todo, 0
        self.samples = deque([(self.clock(), 0)])

    def add(self, count: int) -> None:
        self.analysed += count
        now = self.clock()
        self.samples.append((now, self.analysed))
        while len(self.samples) > 2 and self.samples[1][0] <= now - self.WINDOW:
            self.samples.popleft()   # keep one sample at least WINDOW old as the base

    def rate(self) -> float | None:
        if len(self.samples) < 2 or self.samples[-1][0] <= self.samples[0][0]:
            return None
        (t0, n0), (t1, n1) = self.samples[0], self.samples[-1]
        return (n1 - n0) / (t1 - t0)

    def eta(self) -> float | None:
        rate = self.rate()
        return (self.todo - self.analysed) / rate if rate else None


def _clock_text(seconds: float | None) -> str:
    if seconds is None:
        return "-:--"
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


class ExportProgress:
    """Failed and skipped inputs as they come; on a terminal also articles done/total, the
    recent rate of articles analysed and the time left, on stderr."""

    def __init__(self):
        self.progress = None
        self.task = None
        self.throughput = Throughput()

    def __enter__(self):
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self.progress = Progress(TextColumn("export"), BarColumn(), MofNCompleteColumn(),
                                     TextColumn("{task.fields[rate]} articles/s"),
                                     TextColumn("ETA {task.fields[eta]}"),
                                     console=Console(stderr=True), transient=True)
            self.progress.__enter__()
        return self

    def counting(self, engine):
        """The engine, with each batch it returns counted as analysed."""
        def counted(todo: list[Job], options: Options) -> Iterator[list[Result]]:
            self.throughput.start(len(todo))
            batches = engine(todo, options)
            try:
                for batch in batches:
                    self.throughput.add(len(batch))
                    yield batch
            finally:
                getattr(batches, "close", lambda: None)()
        return counted

    def update(self, result: Result, done: int, total: int) -> None:
        for notice in result.notices:
            self._say(f"{result.doc}: {notice}")
        if self.progress is None:
            return
        if self.task is None:
            self.task = self.progress.add_task("export", total=total, rate="-", eta="-:--")
        rate = self.throughput.rate()
        self.progress.update(self.task, completed=done, rate="-" if rate is None else f"{rate:.1f}",
                             eta=_clock_text(self.throughput.eta()))

    def _say(self, message: str) -> None:
        if self.progress is None:
            report(message)
        else:
            self.progress.console.print(f"newsmine: {terminal_safe(message)}", markup=False, highlight=False)

    def __exit__(self, *exc):
        if self.progress is not None:
            self.progress.__exit__(*exc)


# ---------------------------------------------------------------- checkpoint

# Rows held as tuples (`articles.Rows`, a long text's) are written as the list of dicts they read as.
_CHECKPOINT_JSON = json.JSONEncoder(ensure_ascii=False, default=list)
_CHECKPOINT_CHUNK = 1000  # rows per encode: json's C encoder only runs whole values (iterencode is pure Python)


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
        """One JSON line, written a thousand rows at a time: the rows of a 16 MB article make a
        100 MB line."""
        self._offsets[result.key] = self._file.tell()
        head = _CHECKPOINT_JSON.encode({"key": result.key, "doc": result.doc, "status": result.status})
        self._file.write(f'{head[:-1]}, "rows": {{'.encode())
        for number, (table, rows) in enumerate(result.rows.items()):
            self._file.write(f'{", " if number else ""}{_CHECKPOINT_JSON.encode(table)}: ['.encode())
            for start in range(0, len(rows), _CHECKPOINT_CHUNK):
                chunk = _CHECKPOINT_JSON.encode(list(rows[start:start + _CHECKPOINT_CHUNK]))
                self._file.write(f'{", " if start else ""}{chunk[1:-1]}'.encode())
            self._file.write(b"]")
        self._file.write(b"}}\n")
        self._since_sync += 1
        if self._since_sync >= 50:
            self._file.flush()
            self._since_sync = 0

    def close(self) -> None:
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
