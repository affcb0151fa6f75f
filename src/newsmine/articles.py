"""The one per-article path: input -> read -> clean -> parse -> extract -> `Result`.

Every command, `export --jobs N` and the Dask engine go through `plan` (inputs to jobs, in
order) and `analyse` (jobs to results, streaming). A result holds the article's rows for every
asked table, or why it failed or was skipped; nothing here writes output. `Tally` turns results
into the stderr notices and the exit code of the output contract, the same for every command:

- 0: every input was read (non-article files met in a folder are skipped with a notice only);
- 1: some inputs failed (a named file that cannot be read, a binary file), the rest were done;
- 2: no input article could be read at all (or a usage error elsewhere).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from . import kinds as registry
from .output import terminal_safe
from .sources import InputError, Skipped, article_text, iter_sources, read_file, title_of

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
TASK_ARTICLES = 16  # articles per task sent to a worker process or Dask worker (one nlp.pipe batch)


class RunError(Exception):
    """A problem with a run as a whole, not one article (bad --out, a lost Dask scheduler): one
    line on stderr and exit 2."""


def report(message: str) -> None:
    """One line on stderr, prefixed so it is clear which program spoke; a file name holding
    control characters cannot restyle the terminal through it."""
    print(f"newsmine: {terminal_safe(message)}", file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Options:
    """What to make of each article; the same for every article of a run."""
    kinds: tuple[str, ...] = tuple(registry.KINDS)
    model: str | None = None
    keep_boilerplate: bool = False
    keep_text: bool = False        # carry the article text in the result (show, HTML report)


@dataclass(frozen=True)
class Job:
    """One article to read: a file (read where it is processed) or stdin's bytes."""
    doc: str
    path: str | None
    data: bytes | None = None
    key: str = ""                  # export's checkpoint key (path and content hash)


@dataclass
class Result:
    """Everything one input contributes: rows per table (`documents` always), or its failure."""
    doc: str
    key: str
    status: str                                    # ok | failed | skipped
    rows: dict[str, list[dict]] = field(default_factory=dict)
    text: str | None = None                        # only with Options.keep_text

    @property
    def error(self) -> str | None:
        return self.rows["documents"][0]["error"]


def plan(inputs: list[str], *, exclude: Iterable[str] = ()) -> Iterator[Job | Result]:
    """Jobs in input order; paths that are not articles are results at once (failed when the
    user named them and they do not exist, skipped when met in a folder). Paths at or under
    `exclude` (the run's own outputs) are never read."""
    for item in iter_sources(inputs, exclude=exclude):
        if isinstance(item, Skipped):
            status = "failed" if item.missing else "skipped"
            yield _without_text(item.doc, status, item.reason)
        elif item.path is None:
            yield Job("-", None, sys.stdin.buffer.read())
        else:
            yield Job(item.doc, str(item.path))


def job_text(job: Job, *, keep_boilerplate: bool = False) -> str:
    """The article text newsmine analyses (what `newsmine clean` prints): offsets refer to it.
    Stdin has no suffix, so whether it is HTML is judged from its text."""
    if job.data is not None:
        return article_text(job.data, html=None, keep_boilerplate=keep_boilerplate)
    return read_file(job.path, keep_boilerplate=keep_boilerplate)


def analyse(jobs: Iterable[Job], options: Options, nlp) -> Iterator[Result]:
    """Results in job order, streaming: one nlp.pipe over every readable article. With no kinds
    asked for, nothing is parsed (`newsmine clean`)."""
    from .pipeline import parse

    jobs = list(jobs)
    if not options.kinds:
        yield from (_read_only(job, options) for job in jobs)
        return
    failures: dict[int, Result] = {}

    def texts():
        for i, job in enumerate(jobs):
            try:
                yield job_text(job, keep_boilerplate=options.keep_boilerplate), i
            except InputError as exc:
                failures[i] = _without_text(job.doc, "failed", str(exc), job.key)

    done = 0
    for doc, i in parse(nlp, texts(), components=registry.components_for(options.kinds)):
        while done < i:  # failed reads before this article keep their place
            yield failures.pop(done)
            done += 1
        yield _analysed(doc, jobs[i], options)
        done = i + 1
    while done < len(jobs):
        yield failures.pop(done)
        done += 1


def _read_only(job: Job, options: Options) -> Result:
    try:
        text = job_text(job, keep_boilerplate=options.keep_boilerplate)
    except InputError as exc:
        return _without_text(job.doc, "failed", str(exc), job.key)
    return Result(job.doc, job.key, "ok", {"documents": [document_row(job.doc, text, "ok", None)]},
                  text if options.keep_text else None)


def _analysed(doc, job: Job, options: Options) -> Result:
    records = registry.extract(doc, options.kinds)
    rows = {name: [registry.row_of(job.doc, r, registry.KINDS[name]) for r in found]
            for name, found in records.items()}
    rows["documents"] = [document_row(job.doc, doc.text, "ok", None)]
    return Result(job.doc, job.key, "ok", rows, doc.text if options.keep_text else None)


def _without_text(doc: str, status: str, error: str, key: str = "") -> Result:
    return Result(doc, key, status, {"documents": [document_row(doc, None, status, error)]})


def document_row(doc: str, text: str | None, status: str, error: str | None) -> dict:
    return {"doc": doc, "title": title_of(text) if text else None,
            "chars": len(text) if text is not None else None,
            "words": len(text.split()) if text is not None else None, "status": status, "error": error}


def results(inputs: list[str], options: Options, *, nlp=None, exclude: Iterable[str] = (),
            on_plan: Callable[[int], None] | None = None) -> Iterator[Result]:
    """Every input's result in input order, processed in this process. `on_plan` hears how many
    articles there are to read before the first result. The model is loaded only when some input is an
    article and something is to be extracted (`nlp` overrides it)."""
    items = list(plan(inputs, exclude=exclude))
    jobs = [item for item in items if isinstance(item, Job)]
    if on_plan:
        on_plan(len(jobs))
    if jobs and nlp is None and options.kinds:
        from .pipeline import load

        nlp = load(options.model)
    analysed = analyse(jobs, options, nlp) if jobs else iter(())
    for item in items:
        yield item if isinstance(item, Result) else next(analysed)


@dataclass
class Tally:
    """Counts results, says on stderr what failed or was skipped, and gives the exit code."""
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    quiet: bool = False          # the caller prints the notices itself (export's progress bar)

    def add(self, result: Result) -> Result:
        setattr(self, result.status, getattr(self, result.status) + 1)
        if result.status != "ok" and not self.quiet:
            report(f"{result.doc}: {result.error}")
        return result

    def exit_code(self) -> int:
        if self.ok == 0:
            if not self.failed:
                report("no input articles found")
            return EXIT_USAGE
        return EXIT_SOME_FAILED if self.failed else EXIT_OK
