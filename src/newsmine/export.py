"""A whole corpus to one table per record kind, never half-written, resumable.

One spaCy pass per article feeds every extractor asked for. Rows are appended to a checkpoint in
DIR/.newsmine-export/ as each article finishes and streamed into temporary tables there; only a
complete run moves the tables into DIR. An interrupted run leaves DIR's previous tables as they
were, and `--resume` reuses the checkpointed articles (keyed by path and content hash), so the
final tables equal those of one uninterrupted run.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from . import schemas
from .output import clean_value, flat_cell, row_of, spreadsheet_safe
from .sources import InputError, Skipped, Source, article_text, iter_sources, read_article

TABLES = {
    "documents": schemas.DOCUMENTS,
    "entities": schemas.ENTITIES,
    "mentions": schemas.MENTIONS,
    "places": schemas.PLACES,
    "figures": schemas.FIGURES,
    "quotes": schemas.QUOTES,
}
RECORD_TABLES = ("entities", "mentions", "places", "figures", "quotes")
TASK_OF_TABLE = {"entities": "entities", "mentions": "entities", "places": "places",
                 "figures": "figures", "quotes": "quotes"}
FORMATS = ("csv", "jsonl", "parquet")
WORK_DIR = ".newsmine-export"
BATCH = 16  # articles per task sent to a worker process (one nlp.pipe batch each)


class ExportError(Exception):
    """A problem with the run as a whole (not one article): bad --out, mismatched checkpoint."""


@dataclass(frozen=True)
class Options:
    tables: tuple[str, ...] = RECORD_TABLES
    model: str | None = None
    keep_boilerplate: bool = False

    @property
    def tasks(self) -> list[str]:
        return sorted({TASK_OF_TABLE[t] for t in self.tables})


@dataclass
class Result:
    """Everything one article contributes to the tables."""
    doc: str
    key: str
    status: str                      # ok | failed | skipped
    rows: dict[str, list[dict]] = field(default_factory=dict)


@dataclass
class Summary:
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    resumed: int = 0


# ---------------------------------------------------------------- per article (runs in workers)

def _extractor(table: str):
    """The extract function behind a record table."""
    from .extract import entities, figures, places, quotes

    return {"entities": entities.extract_entities, "mentions": entities.extract_mentions,
            "places": places.extract_places, "figures": figures.extract_figures,
            "quotes": quotes.extract_quotes}[table]


def rows_of_doc(doc, name: str, tables: Iterable[str]) -> dict[str, list[dict]]:
    """Rows of every requested record table for one parsed article."""
    return {table: [{k: clean_value(v) for k, v in row_of(name, r, TABLES[table]).items()}
                    for r in _extractor(table)(doc)]
            for table in tables}


def document_row(name: str, text: str | None, status: str, error: str | None) -> dict:
    title = None
    if text:
        title = next((line.strip() for line in text.split("\n") if line.strip()), None)
        title = title[:300] if title else None
    return {"doc": name, "title": title, "chars": len(text) if text is not None else None,
            "words": len(text.split()) if text is not None else None, "status": status, "error": error}


@dataclass(frozen=True)
class Job:
    """One article to process: where to read it and its checkpoint key."""
    doc: str
    path: str | None
    key: str
    data: bytes | None = None   # stdin content; files are read by the worker


def process(jobs: list[Job], options: Options, nlp) -> list[Result]:
    """Read, parse and extract a batch of articles; failures become `failed` results."""
    return list(process_stream(jobs, options, nlp))


def process_stream(jobs: Iterable[Job], options: Options, nlp) -> Iterator[Result]:
    """Results in job order, streaming: one nlp.pipe over all readable articles."""
    from .pipeline import parse

    jobs = list(jobs)
    failures: dict[int, Result] = {}

    def texts():
        for i, job in enumerate(jobs):
            try:
                if job.data is not None:
                    text = article_text(job.data, html=None, keep_boilerplate=options.keep_boilerplate)
                else:
                    text = read_article(Source(job.doc, Path(job.path)), keep_boilerplate=options.keep_boilerplate)
            except InputError as exc:
                failures[i] = Result(job.doc, job.key, "failed",
                                     {"documents": [document_row(job.doc, None, "failed", str(exc))]})
                continue
            yield text, i

    next_index = 0
    for doc, i in parse(nlp, texts(), tasks=options.tasks):
        while next_index < i:  # failed reads before this article keep their place
            yield failures.pop(next_index)
            next_index += 1
        job = jobs[i]
        rows = rows_of_doc(doc, job.doc, options.tables)
        rows["documents"] = [document_row(job.doc, doc.text, "ok", None)]
        yield Result(job.doc, job.key, "ok", rows)
        next_index = i + 1
    while next_index < len(jobs):
        yield failures.pop(next_index)
        next_index += 1


_WORKER_NLP = None
_WORKER_OPTIONS: Options | None = None


def _worker_init(options: Options) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt means
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the CLI's handler: Pool.terminate must kill
    global _WORKER_NLP, _WORKER_OPTIONS
    from .pipeline import load

    _WORKER_NLP, _WORKER_OPTIONS = load(options.model), options


def _worker_process(jobs: list[Job]) -> list[Result]:
    return process(jobs, _WORKER_OPTIONS, _WORKER_NLP)


# ---------------------------------------------------------------- the run (parent process)

def plan(inputs: list[str]) -> Iterator[Job | Result]:
    """Jobs in input order; paths that are not articles become `skipped` results at once."""
    import sys

    for item in iter_sources(inputs):
        if isinstance(item, Skipped):
            status = "failed" if item.missing else "skipped"
            yield Result(item.doc, "", status, {"documents": [document_row(item.doc, None, status, item.reason)]})
        elif item.path is None:
            data = sys.stdin.buffer.read()
            yield Job("-", None, _key("-", data), data)
        else:
            try:
                data = item.path.read_bytes()
            except OSError as exc:
                yield Result(item.doc, "", "failed",
                             {"documents": [document_row(item.doc, None, "failed", exc.strerror or str(exc))]})
                continue
            yield Job(item.doc, str(item.path), _key(item.doc, data))


def _key(doc: str, data: bytes) -> str:
    return doc + "\0" + hashlib.sha256(data).hexdigest()


def run_export(inputs: list[str], out: str | os.PathLike, *, options: Options = Options(),
               fmt: str = "csv", raw: bool = False, jobs: int = 1, resume: bool = False,
               parts: bool = False,
               on_result: Callable[[Result, int, int], None] | None = None,
               results: Callable[[list[Job], Options], Iterator[list[Result]]] | None = None) -> Summary:
    """Export `inputs` to tables in `out`; returns counts. Raises ExportError for run-level problems.

    `results` lets another engine (the Dask backend) process the batches; by default they run
    in this process (jobs=1) or in a pool of `jobs` worker processes. `parts` (Parquet only)
    writes each table as a folder of part files, one per 50,000 rows, for very large runs.
    """
    if parts and fmt != "parquet":
        raise ExportError("--parts needs --format parquet")
    started = time.monotonic()
    out = Path(out)
    items = list(plan(inputs))
    if not any(isinstance(it, Job) for it in items):
        raise ExportError("no input articles found")
    work = _prepare(out, options, fmt, raw, resume, parts)
    checkpoint = Checkpoint(work / "checkpoint.jsonl", resume=resume)
    total = len(items)
    summary = Summary(rows={t: 0 for t in ("documents",) + options.tables})
    sinks = {t: open_sink(work / f"{t}.{_suffix(fmt)}", TABLES[t], fmt, raw=raw, parts=parts)
             for t in ("documents",) + options.tables}
    todo = [it for it in items if isinstance(it, Job) and it.key not in checkpoint]
    batches = (results or _local_engine(jobs))(todo, options) if todo else iter(())
    fresh = (r for batch in batches for r in batch)
    try:
        for done, item in enumerate(items, 1):
            if isinstance(item, Result):
                result = item
            elif item.key in checkpoint:
                result = checkpoint[item.key]
                summary.resumed += 1
            else:
                result = next(fresh)
                checkpoint.add(result)
            for table, sink in sinks.items():
                rows = result.rows.get(table, [])
                sink.write(rows)
                summary.rows[table] += len(rows)
            setattr(summary, result.status, getattr(summary, result.status) + 1)
            if on_result:
                on_result(result, done, total)
    finally:
        fresh.close()
        getattr(batches, "close", lambda: None)()  # stops worker processes on an interrupt
        for sink in sinks.values():
            sink.close()
        checkpoint.close()
    _publish(work, out, sinks.keys(), fmt)
    summary.seconds = time.monotonic() - started
    return summary


def _local_engine(jobs: int):
    def engine(todo: list[Job], options: Options) -> Iterator[list[Result]]:
        batches = [todo[i:i + BATCH] for i in range(0, len(todo), BATCH)]
        if jobs <= 1 or len(batches) <= 1:
            from .pipeline import load

            for result in process_stream(todo, options, load(options.model)):
                yield [result]
            return
        import multiprocessing

        context = multiprocessing.get_context("fork")
        with context.Pool(min(jobs, len(batches)), initializer=_worker_init, initargs=(options,)) as pool:
            yield from pool.imap(_worker_process, batches)
    return engine


def _suffix(fmt: str) -> str:
    return {"csv": "csv", "jsonl": "jsonl", "parquet": "parquet"}[fmt]


def _prepare(out: Path, options: Options, fmt: str, raw: bool, resume: bool, parts: bool) -> Path:
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out}: exists and is not a directory")
    work = out / WORK_DIR
    signature = {"tables": list(options.tables), "model": options.model, "format": fmt, "raw": raw,
                 "keep_boilerplate": options.keep_boilerplate, "parts": parts}
    run_file = work / "run.json"
    if resume and run_file.exists():
        previous = json.loads(run_file.read_text())
        if previous != signature:
            raise ExportError(f"{out}: the checkpoint was made with other options ({previous}); "
                              "run without --resume to start over")
    elif work.exists():
        shutil.rmtree(work)
    try:
        work.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{out}: cannot create ({exc.strerror})") from None
    run_file.write_text(json.dumps(signature))
    return work


def _publish(work: Path, out: Path, tables: Iterable[str], fmt: str) -> None:
    """Move the finished tables into place, then drop the checkpoint."""
    import signal

    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        for table in tables:
            name = f"{table}.{_suffix(fmt)}"
            if (out / name).is_dir():  # a folder of parts from an earlier --parts run
                shutil.rmtree(out / name)
            elif (work / name).is_dir() and (out / name).exists():
                (out / name).unlink()
            os.replace(work / name, out / name)
        shutil.rmtree(work)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


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


# ---------------------------------------------------------------- table files

def open_sink(path: Path, columns: list[str], fmt: str, *, raw: bool, parts: bool = False):
    if parts:
        return ParquetPartsSink(path, columns)
    if fmt == "csv":
        return CsvSink(path, columns, raw=raw)
    if fmt == "jsonl":
        return JsonlSink(path, columns)
    return ParquetSink(path, columns)


class CsvSink:
    def __init__(self, path: Path, columns: list[str], *, raw: bool):
        self.columns, self.raw = columns, raw
        self.file = open(path, "w", encoding="utf-8", newline="")
        self.writer = csv.writer(self.file, lineterminator="\n")
        self.writer.writerow(columns)

    def cell(self, value: Any) -> str:
        text = flat_cell(value)
        return text if self.raw or not isinstance(value, str) else spreadsheet_safe(text)

    def write(self, rows: list[dict]) -> None:
        self.writer.writerows([self.cell(row.get(c)) for c in self.columns] for row in rows)

    def close(self) -> None:
        self.file.close()


class JsonlSink:
    def __init__(self, path: Path, columns: list[str]):
        self.columns = columns
        self.file = open(path, "w", encoding="utf-8")

    def write(self, rows: list[dict]) -> None:
        for row in rows:
            self.file.write(json.dumps({c: row.get(c) for c in self.columns}, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.file.close()


INT_COLUMNS = {"mentions", "first_start", "start", "end", "speaker_start", "speaker_end", "cue_start",
               "cue_end", "chars", "words"}
FLOAT_COLUMNS = {"value", "value_max", "lat", "lon"}
LIST_COLUMNS = {"aliases"}


def arrow_schema(columns: list[str]):
    import pyarrow as pa

    def kind(c):
        if c in INT_COLUMNS:
            return pa.int64()
        if c in FLOAT_COLUMNS:
            return pa.float64()
        if c in LIST_COLUMNS:
            return pa.list_(pa.string())
        return pa.string()
    return pa.schema([(c, kind(c)) for c in columns])


class ParquetSink:
    """Row groups of up to 50,000 rows with a fixed schema, so every part types the same."""

    def __init__(self, path: Path, columns: list[str]):
        import pyarrow.parquet as pq

        self.columns = columns
        self.schema = arrow_schema(columns)
        self.writer = pq.ParquetWriter(str(path), self.schema)
        self.buffer: list[dict] = []

    def write(self, rows: list[dict]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= 50_000:
            self._flush()

    def _flush(self) -> None:
        self.writer.write_table(self._table())
        self.buffer = []

    def _table(self):
        import pyarrow as pa

        data = {c: [_typed(c, row.get(c)) for row in self.buffer] for c in self.columns}
        return pa.Table.from_pydict(data, schema=self.schema)

    def close(self) -> None:
        self._flush()
        self.writer.close()


class ParquetPartsSink(ParquetSink):
    """A folder `<table>.parquet/` of part files, one per 50,000 rows (at least one, so an empty
    table still has its schema); pyarrow, pandas, DuckDB and Spark read the folder as one table."""

    def __init__(self, path: Path, columns: list[str]):
        self.columns = columns
        self.schema = arrow_schema(columns)
        self.folder = path
        self.folder.mkdir()
        self.buffer = []
        self.parts = 0

    def _flush(self) -> None:
        import pyarrow.parquet as pq

        if self.buffer or self.parts == 0:
            pq.write_table(self._table(), str(self.folder / f"part-{self.parts:05d}.parquet"))
            self.parts += 1
        self.buffer = []

    def close(self) -> None:
        self._flush()


def _typed(column: str, value: Any) -> Any:
    if value is None:
        return None
    if column in FLOAT_COLUMNS:
        return float(value)
    if column in INT_COLUMNS:
        return int(value)
    if column in LIST_COLUMNS:
        return [str(v) for v in value]
    return str(value)
