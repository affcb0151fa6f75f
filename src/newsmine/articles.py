"""The one per-article path: input -> read -> clean -> parse -> extract -> `Result`.

Every command, `export --jobs N` and the Dask engine go through `plan` (inputs to jobs, in
order) and `analyse` (jobs to results, streaming). A result holds the article's rows for every
asked table, or why it failed, was empty or was skipped; nothing here writes output. `Tally` turns results
into the stderr notices and the exit code of the output contract, the same for every command:

- 0: every input was read (non-article files met in a folder are skipped with a notice only);
- 1: some inputs failed (a named file that cannot be read, a binary file) or were empty (no
  article text in them), the rest were done;
- 2: no input gave article text at all (or a usage error elsewhere).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from . import kinds as registry
from .output import terminal_safe
from .sources import MAX_CHARS, Article, InputError, Skipped, iter_sources, load_article, load_file, title_of

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
TASK_ARTICLES = 16  # articles per task sent to a worker process or Dask worker (one nlp.pipe batch)
NO_TEXT = "no article text found"


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
    max_chars: int = MAX_CHARS     # longer inputs are cut at a line break, with a warning (0: no limit)


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
    status: str                                    # ok | failed | empty | skipped
    rows: dict[str, list[dict]] = field(default_factory=dict)
    text: str | None = None                        # only with Options.keep_text
    warnings: tuple[str, ...] = ()                 # how it was read: bytes replaced, text cut

    @property
    def error(self) -> str | None:
        return self.rows["documents"][0]["error"]

    @property
    def notices(self) -> list[str]:
        """The stderr lines about this input (without its path): its warnings, then why it is not ok."""
        return [*self.warnings, *([self.error] if self.status != "ok" else [])]


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


def read_job(job: Job, options: Options) -> Article:
    """The article newsmine analyses (its text is what `newsmine clean` prints: offsets refer to
    it) and the warnings about reading it. Stdin has no suffix, so HTML is judged from its text."""
    if job.data is not None:
        return load_article(job.data, html=None, keep_boilerplate=options.keep_boilerplate,
                            max_chars=options.max_chars)
    return load_file(job.path, keep_boilerplate=options.keep_boilerplate, max_chars=options.max_chars)


def _read(job: Job, options: Options) -> Article | Result:
    """The job's article, or at once its result: failed (it cannot be read) or empty (no article
    text in it: a user who gets no rows hears why)."""
    try:
        article = read_job(job, options)
    except InputError as exc:
        return _without_text(job.doc, "failed", str(exc), job.key)
    if not article.text.strip():
        return Result(job.doc, job.key, "empty", {"documents": [document_row(job.doc, "", "empty", NO_TEXT)]},
                      warnings=article.warnings)
    return article


def analyse(jobs: Iterable[Job], options: Options, nlp) -> Iterator[Result]:
    """Results in job order, streaming: one nlp.pipe over every readable article. With no kinds
    asked for, nothing is parsed (`newsmine clean`)."""
    from .pipeline import parse, sections

    jobs = list(jobs)
    if not options.kinds:
        yield from (_read_only(job, options) for job in jobs)
        return
    unparsed: dict[int, Result] = {}               # failed or empty inputs
    warnings: dict[int, tuple[str, ...]] = {}
    whole: dict[int, str] = {}                     # texts analysed in sections (see `_merged`)

    def texts():
        for i, job in enumerate(jobs):
            article = _read(job, options)
            if isinstance(article, Result):
                unparsed[i] = article
            else:
                warnings[i] = article.warnings
                bounds = sections(article.text)
                if len(bounds) > 1:
                    whole[i] = article.text
                for start, end in bounds:
                    yield (article.text[start:end] if len(bounds) > 1 else article.text), (i, start, len(bounds))

    done = 0
    parts: list[dict[str, list[dict]]] = []        # the rows of a long text's sections so far
    for doc, (i, start, count) in parse(nlp, texts(), components=registry.components_for(options.kinds)):
        while done < i:  # inputs not parsed before this article keep their place
            yield unparsed.pop(done)
            done += 1
        if count > 1:
            parts.append(_rows(doc, jobs[i], options, shift=start))
            if len(parts) < count:
                continue
            yield _merged(parts, whole.pop(i), jobs[i], options, warnings.pop(i))
            parts = []
        else:
            yield _analysed(doc, jobs[i], options, warnings.pop(i))
        done = i + 1
    while done < len(jobs):
        yield unparsed.pop(done)
        done += 1


def _read_only(job: Job, options: Options) -> Result:
    article = _read(job, options)
    if isinstance(article, Result):
        return article
    return Result(job.doc, job.key, "ok", {"documents": [document_row(job.doc, article.text, "ok", None)]},
                  article.text if options.keep_text else None, article.warnings)


def _analysed(doc, job: Job, options: Options, warnings: tuple[str, ...]) -> Result:
    rows = _rows(doc, job, options)
    rows["documents"] = [document_row(job.doc, doc.text, "ok", None)]
    return Result(job.doc, job.key, "ok", rows, doc.text if options.keep_text else None, warnings)


# Row columns holding character offsets into the article text.
OFFSET_COLUMNS = ("start", "end", "first_start", "speaker_start", "speaker_end", "cue_start", "cue_end")


def _rows(doc, job: Job, options: Options, *, shift: int = 0) -> dict[str, list[dict]]:
    """The rows of each asked kind for one Doc; offsets moved by `shift` (a section's start)."""
    records = registry.extract(doc, options.kinds)
    rows = {name: [registry.row_of(job.doc, r, registry.KINDS[name]) for r in found]
            for name, found in records.items()}
    if shift:
        for table in rows.values():
            for row in table:
                for column in OFFSET_COLUMNS:
                    if row.get(column) is not None:
                        row[column] += shift
    return rows


def _merged(parts: list[dict[str, list[dict]]], text: str, job: Job, options: Options,
            warnings: tuple[str, ...]) -> Result:
    """One result for a text longer than `pipeline.SECTION_CHARS`, analysed section by section
    (a whole Doc of it would take gigabytes): each table's rows in text order, offsets into the
    whole text. Mentions are grouped into entities (and places) within a section only."""
    rows = {name: [row for part in parts for row in part[name]] for name in parts[0]}
    rows["documents"] = [document_row(job.doc, text, "ok", None)]
    return Result(job.doc, job.key, "ok", rows, text if options.keep_text else None, warnings)


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
    """Counts results, says on stderr what failed, was empty or skipped (and any warning), and
    gives the exit code. An empty input counts as a failed one: the user asked for its rows."""
    ok: int = 0
    failed: int = 0
    empty: int = 0
    skipped: int = 0
    quiet: bool = False          # the caller prints the notices itself (export's progress bar)

    def add(self, result: Result) -> Result:
        setattr(self, result.status, getattr(self, result.status) + 1)
        if not self.quiet:
            for notice in result.notices:
                report(f"{result.doc}: {notice}")
        return result

    def exit_code(self) -> int:
        if self.ok == 0:
            if not (self.failed or self.empty):
                report("no input articles found")
            return EXIT_USAGE
        return EXIT_SOME_FAILED if self.failed or self.empty else EXIT_OK
