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

import dataclasses
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from . import kinds as registry
from .extract import text_of
from .output import report  # noqa: F401  (articles.report: the commands' one stderr line)
from .sources import (MAX_CHARS, Article, InputError, Skipped, is_url, iter_sources, load_article, load_file,
                      title_of)

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
TASK_ARTICLES = 16  # articles per task sent to a worker process or Dask worker (one nlp.pipe batch)
LAST_TASK_ARTICLES = 2  # the smallest task, at the end of a run
NO_TEXT = "no article text found"


class RunError(Exception):
    """A problem with a run as a whole, not one article (bad --out, a lost Dask scheduler): one
    line on stderr and exit 2."""


@dataclass(frozen=True)
class SourceOptions:
    """How inputs are read: fields of structured corpora, and fetching from the web."""
    text_field: str | None = None     # corpora: the text's field (default: text, content, body, article)
    id_field: str | None = None       # corpora: the id's field (default: id, else url, else the row number)
    input_format: str | None = None   # stdin: "jsonl" | "csv" (a corpus, a row an article), else one article
    per_host: int | None = 2          # web: requests in flight to one host at most
    delay: float = 1.0                # web: seconds between the starts of two requests to one host
    cache: str | None = None          # web: page cache folder (None: the default one)
    refresh: bool = False             # web: fetch again, ignoring the cache
    ignore_robots: bool = False


@dataclass(frozen=True)
class Options:
    """What to make of each article; the same for every article of a run."""
    kinds: tuple[str, ...] = tuple(registry.KINDS)
    model: str | None = None
    keep_boilerplate: bool = False
    keep_text: bool = False        # carry the article text in the result (show, HTML report)
    max_chars: int = MAX_CHARS     # longer inputs are cut at a line break, with a warning (0: no limit)
    source: SourceOptions = SourceOptions()


@dataclass(frozen=True)
class Job:
    """One article to read: a file (read where it is processed), bytes (stdin, a fetched page),
    a record of a corpus file or web archive (`locator`: read where it is processed), or a URL
    still to fetch (`locator` ("url",), no data: `fetched` fetches it)."""
    doc: str
    path: str | None
    data: bytes | None = None
    key: str = ""                  # export's checkpoint key (path and content hash)
    meta: dict | None = None       # title, date, source, url, author known before reading
    locator: tuple | None = None   # ("jsonl"|"csv"|"parquet", ...), ("warc", offset) or ("url",)


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


def tasks(todo: list, workers: int) -> list[list]:
    """The jobs in consecutive tasks of TASK_ARTICLES articles, smaller toward the end (at most
    half of each worker's share of what remains, at least LAST_TASK_ARTICLES): with full tasks
    to the end, one worker would sit idle while another finishes the last one."""
    out, i = [], 0
    while i < len(todo):
        size = max(LAST_TASK_ARTICLES, min(TASK_ARTICLES, (len(todo) - i) // (2 * max(workers, 1))))
        out.append(todo[i:i + size])
        i += size
    return out


def plan(inputs: list[str], *, exclude: Iterable[str] = (),
         source: SourceOptions = SourceOptions()) -> Iterator[Job | Result]:
    """Jobs in input order; paths that are not articles are results at once (failed when the
    user named them and they do not exist, skipped when met in a folder). Paths at or under
    `exclude` (the run's own outputs) are never read. A corpus file (JSON Lines, CSV, Parquet)
    gives a job per row, a web archive a job per page, a URL a job to fetch (see `fetched`);
    each file and URL is read once per run."""
    seen: set[str] = set()
    walked: set[str] = set()
    for kind, group in group_inputs(inputs):
        if kind == "urls":
            for url in group:
                if url not in seen:
                    seen.add(url)
                    yield _url_job(url)
            continue
        for item in iter_sources(group, exclude=exclude, seen=seen, walked=walked):
            if isinstance(item, Skipped):
                yield _without_text(item.doc, "failed" if item.missing else "skipped", item.reason)
            elif item.path is None:
                yield from _stdin_items(source)
            else:
                yield from _file_items(item.doc, str(item.path), source)


def group_inputs(inputs: list[str]) -> Iterator[tuple[str, list[str]]]:
    """Inputs in order, as runs of one kind: ('urls', [...]) fetched, ('files', [...]) for
    `sources.iter_sources` (files, folders, globs, stdin; web archives and corpora among them)."""
    run_kind, run = None, []
    for given in inputs:
        kind = "urls" if is_url(given) else "files"
        if run and kind != run_kind:
            yield run_kind, run
            run = []
        run_kind = kind
        run.append(given)
    if run:
        yield run_kind, run


def _url_job(url: str) -> Job:
    """A URL to fetch; from `--feed`, it carries the feed's title, date and name as fallback."""
    link = getattr(url, "link", None)
    meta = {"title": link.title, "date": link.date, "source": link.source} if link is not None else None
    return Job(str(url), None, key=f"{url}\0url", meta=meta, locator=("url",))


def _file_items(doc: str, path: str, source: SourceOptions) -> Iterator[Job | Result]:
    from .corpora import corpus_format
    from .warc import is_warc

    if is_warc(path):
        yield from _warc_items(doc, path)
    elif corpus_format(path):
        yield from _corpus_items(doc, path, source)
    else:
        yield Job(doc, path)


def _stdin_items(source: SourceOptions) -> Iterator[Job | Result]:
    if source.input_format:
        yield from _corpus_items("-", "-", source, fmt=source.input_format)
    else:
        yield Job("-", None, sys.stdin.buffer.read())


def _corpus_items(doc: str, path: str, source: SourceOptions, fmt: str | None = None) -> Iterator[Job | Result]:
    """A job per row of a corpus file (doc `FILE#ID`); a bad row is a failed result naming its
    line (`FILE#line 17: not JSON (...)`), and the rest of the file goes on."""
    from . import corpora

    fields = corpora.Fields(source.text_field, source.id_field)
    rows = corpora.stdin_rows(fmt, fields) if path == "-" else corpora.rows(path, fields)
    try:
        for row in rows:
            name = f"{doc}#{row.id if row.id is not None else row.line}"
            if row.error:
                error = row.error[len(row.line) + 2:] if row.id is None else row.error
                yield _without_text(name, "failed", error)
            else:
                data = row.text.encode("utf-8") if row.text is not None else None
                yield Job(name, None if data is not None else path, data, f"{name}\0{row.digest}", row.meta,
                          None if data is not None else row.locator)
    except InputError as exc:
        yield _without_text(doc, "failed", str(exc))


def _warc_items(doc: str, path: str) -> Iterator[Job | Result]:
    """A job per HTML page of a web archive (doc: its target URI), then one `skipped` result for
    the archive saying which records were not pages, or a failed one when it cannot be read."""
    import hashlib
    from collections import Counter

    from .warc import skipped_summary, warc_pages

    counts: Counter = Counter()
    try:
        for page in warc_pages(path, counts, metadata=False):
            meta = {"url": page.url, "crawled": page.meta.get("date")}
            yield Job(page.url, path, key=f"{page.url}\0{hashlib.sha256(page.body).hexdigest()}", meta=meta,
                      locator=("warc", page.offset))
    except InputError as exc:
        yield _without_text(doc, "failed", str(exc))
        return
    summary = skipped_summary(counts)
    if summary:
        yield _without_text(doc, "skipped", summary)


def fetched(items: Iterable[Job | Result], source: SourceOptions) -> Iterator[Job | Result]:
    """The items with every URL job fetched (in parallel, politely: `web.Fetcher`), in order: a
    job holding the page, or a failed result (`http 404`, `timeout`, `not an article (...)`)."""
    items = list(items)
    wanted = [it for it in items if isinstance(it, Job) and it.locator == ("url",) and it.data is None]
    if not wanted:
        yield from items
        return
    from .web import Fetcher, Link

    fetcher = Fetcher(per_host=source.per_host, delay=source.delay, cache_dir=source.cache,
                      refresh=source.refresh, ignore_robots=source.ignore_robots)
    meta = [job.meta or {} for job in wanted]
    pages = fetcher.fetch_all(Link(job.doc, m.get("title"), m.get("date"), m.get("source"))
                              for job, m in zip(wanted, meta))
    to_fetch = {id(job) for job in wanted}
    try:
        for item in items:
            yield _page_job(item, next(pages)) if id(item) in to_fetch else item
    finally:
        pages.close()


def _page_job(job: Job, page) -> Job | Result:
    from .web import META_KEYS, article_bytes

    meta = {key: page.meta.get(key) for key in META_KEYS}
    data = article_bytes(page) if page.ok else None
    if data is None:
        cause = page.status if not page.ok else f"not an article ({page.content_type or 'unknown type'})"
        # a key of its own: `export --resume` tries a failed URL again
        return _without_text(job.doc, "failed", cause, f"{job.key}\0failed", meta)
    return dataclasses.replace(job, data=data, meta=meta)


def read_job(job: Job, options: Options) -> Article:
    """The article newsmine analyses (its text is what `newsmine clean` prints: offsets refer to
    it) and the warnings about reading it. Stdin has no suffix, so HTML is judged from its text."""
    if job.data is None and job.locator is not None:
        return _read_record(job, options)
    if job.data is not None:
        return load_article(job.data, html=None, keep_boilerplate=options.keep_boilerplate,
                            max_chars=options.max_chars)
    return load_file(job.path, keep_boilerplate=options.keep_boilerplate, max_chars=options.max_chars)


def _read_record(job: Job, options: Options) -> Article:
    """A row of a corpus file or a page of a web archive, read again where it is processed."""
    if job.locator[0] == "url":
        raise InputError("not fetched")
    if job.locator[0] == "warc":
        from .warc import read_page
        from .web import Page, article_bytes

        page = read_page(job.path, job.locator[1])
        data = article_bytes(Page(page.url, "ok", page.body, page.meta))
    else:
        from .corpora import read_text

        data = read_text(job.path, job.locator).encode("utf-8")
    return load_article(data, html=None, keep_boilerplate=options.keep_boilerplate, max_chars=options.max_chars)


def with_meta(job: Job, article: Article) -> Job:
    """The job, its metadata completed by what the article's HTML says (the job's own wins)."""
    if not article.meta:
        return job
    known = {k: v for k, v in (job.meta or {}).items() if v}
    return dataclasses.replace(job, meta={**{k: v for k, v in article.meta.items() if v}, **known})


def _read(job: Job, options: Options) -> Article | Result:
    """The job's article, or at once its result: failed (it cannot be read) or empty (no article
    text in it: a user who gets no rows hears why)."""
    try:
        article = read_job(job, options)
    except InputError as exc:
        return _without_text(job.doc, "failed", str(exc), job.key, job.meta)
    if not article.text.strip():
        meta = with_meta(job, article).meta
        return Result(job.doc, job.key, "empty", {"documents": [document_row(job.doc, "", "empty", NO_TEXT, meta)]},
                      warnings=article.warnings)
    return article


def analyse(jobs: Iterable[Job], options: Options, nlp) -> Iterator[Result]:
    """Results in job order, streaming: one nlp.pipe over every readable article. With no kinds
    asked for, nothing is parsed (`newsmine clean`)."""
    from .pipeline import parse, release_memory, sections

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
                jobs[i] = job = with_meta(job, article)   # HTML metadata for its documents row
                bounds = sections(article.text)
                if len(bounds) > 1:
                    whole[i] = article.text
                for start, end in bounds:
                    yield (article.text[start:end] if len(bounds) > 1 else article.text), (i, start, len(bounds))

    done = 0
    parts: list = []                               # the rows (or a fault) of a long text's sections so far
    for doc, (i, start, count) in parse(nlp, texts()):
        while done < i:  # inputs not parsed before this article keep their place
            yield unparsed.pop(done)
            done += 1
        rows = _rows_or_fault(doc, jobs[i], options, shift=start)
        if count > 1:
            parts.append(rows if isinstance(rows, Result) else {name: Rows.of(found) for name, found in rows.items()})
            release_memory()  # the section's parse scratch, else kept by the C heap beside the rows
            if len(parts) < count:
                continue
            fault = next((part for part in parts if isinstance(part, Result)), None)
            text, warned = whole.pop(i), warnings.pop(i)
            yield fault or _merged(parts, text, jobs[i], options, warned)
            parts = []
        else:
            warned = warnings.pop(i)
            yield rows if isinstance(rows, Result) else _analysed(doc, rows, jobs[i], options, warned)
        done = i + 1
    while done < len(jobs):
        yield unparsed.pop(done)
        done += 1


def _read_only(job: Job, options: Options) -> Result:
    article = _read(job, options)
    if isinstance(article, Result):
        return article
    meta = with_meta(job, article).meta
    return Result(job.doc, job.key, "ok", {"documents": [document_row(job.doc, article.text, "ok", None, meta)]},
                  article.text if options.keep_text else None, article.warnings)


def _analysed(doc, rows: dict[str, list[dict]], job: Job, options: Options, warnings: tuple[str, ...]) -> Result:
    text = text_of(doc)
    rows["documents"] = [document_row(job.doc, text, "ok", None, job.meta)]
    return Result(job.doc, job.key, "ok", rows, text if options.keep_text else None, warnings)


# Row columns holding character offsets into the article text.
OFFSET_COLUMNS = ("start", "end", "first_start", "speaker_start", "speaker_end", "cue_start", "cue_end")


def _rows_or_fault(doc, job: Job, options: Options, *, shift: int = 0) -> dict[str, list[dict]] | Result:
    """The rows, or the article failed with a one-line error when a rule of ours breaks on it (an
    IndexError in a quote rule on one BBC article had ended the whole batch with a traceback)."""
    try:
        return _rows(doc, job, options, shift=shift)
    except Exception as exc:  # noqa: BLE001  (any fault of ours fails one article, never the batch)
        error = f"internal error ({type(exc).__name__}: {exc}); please report this article"
        return _without_text(job.doc, "failed", error, job.key, job.meta)


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


def _merged(parts: list[dict[str, Rows]], text: str, job: Job, options: Options,
            warnings: tuple[str, ...]) -> Result:
    """One result for a text longer than `pipeline.SECTION_CHARS`, analysed section by section
    (a whole Doc of it would take gigabytes): each table's rows in text order, offsets into the
    whole text. Mentions are grouped into entities (and places) within a section only."""
    rows: dict[str, Any] = {name: Rows.joined([part[name] for part in parts]) for name in parts[0]}
    for name, key in _SAME_THING.items():
        if name in rows:
            rows[name] = _one_row_per_thing(rows[name], key)
    rows["documents"] = [document_row(job.doc, text, "ok", None, job.meta)]
    return Result(job.doc, job.key, "ok", rows, text if options.keep_text else None, warnings)


# What makes two sections' rows one thing: a place's resolved reading, an entity's id and label.
_SAME_THING: dict[str, Callable[[dict], tuple]] = {
    "places": lambda row: (row["place"], row["kind"], row["country_code"], row["lat"], row["lon"]),
    "entities": lambda row: (row["entity_id"], row["label"]),
}


def _one_row_per_thing(rows: "Rows", key: Callable[[dict], tuple]) -> "Rows":
    """The rows of a thing named in several sections as one: mentions summed, aliases joined, the
    first mention's offset and the strongest resolution kept ("Inverness" named all through a
    200 KB text was a row per section)."""
    from .extract.places import evidence_rank

    merged: dict[tuple, dict] = {}
    for row in rows:
        first = merged.setdefault(key(row), row)
        if first is row:
            continue
        first["mentions"] += row["mentions"]
        name = first.get("place", first.get("entity"))
        first["aliases"] = list(dict.fromkeys([*first["aliases"], *(a for a in row["aliases"] if a != name)]))
        if "resolved_by" in first:
            first["resolved_by"] = min(first["resolved_by"], row["resolved_by"], key=evidence_rank)
    return Rows.of(list(merged.values()))


class Rows(Sequence):
    """A table's rows held as tuples and read as dicts: the rows of a text analysed in sections
    (16 MB of text give ~300 MB of row dicts, a third of that as tuples)."""

    def __init__(self, columns: tuple[str, ...], values: list[tuple]):
        self.columns, self.values = columns, values

    @classmethod
    def of(cls, rows: list[dict]) -> "Rows":
        columns = tuple(rows[0]) if rows else ()
        return cls(columns, [tuple(row.values()) for row in rows])

    @classmethod
    def joined(cls, parts: list["Rows"]) -> "Rows":
        columns = next((p.columns for p in parts if p.columns), ())
        return cls(columns, [values for part in parts for values in part.values])

    def __len__(self) -> int:
        return len(self.values)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [dict(zip(self.columns, values)) for values in self.values[index]]
        return dict(zip(self.columns, self.values[index]))

    def __iter__(self):
        return (dict(zip(self.columns, values)) for values in self.values)

    def __eq__(self, other) -> bool:
        return list(self) == list(other) if isinstance(other, (list, Rows)) else NotImplemented

    __hash__ = None  # type: ignore[assignment]  (a mutable table, like a list)

    def __add__(self, other) -> list[dict]:
        return [*self, *other]

    def __radd__(self, other) -> list[dict]:
        return [*other, *self]


def _without_text(doc: str, status: str, error: str, key: str = "", meta: dict | None = None) -> Result:
    return Result(doc, key, status, {"documents": [document_row(doc, None, status, error, meta)]})


def document_row(doc: str, text: str | None, status: str, error: str | None, meta: dict | None = None) -> dict:
    """One `documents` row. `meta` (a corpus row's fields, a page's metadata) gives the title
    (else the text's first line), date (else a web archive's crawl date), source, url, author."""
    meta = meta or {}
    title = " ".join(str(meta["title"]).split())[:300] if meta.get("title") else None
    return {"doc": doc, "title": title or (title_of(text) if text else None),
            "chars": len(text) if text is not None else None,
            "words": len(text.split()) if text is not None else None, "status": status, "error": error,
            "date": meta.get("date") or meta.get("crawled"), "source": meta.get("source"),
            "url": meta.get("url"), "author": meta.get("author")}


def results(inputs: list[str], options: Options, *, nlp=None, exclude: Iterable[str] = (),
            on_plan: Callable[[int], None] | None = None) -> Iterator[Result]:
    """Every input's result in input order, processed in this process. `on_plan` hears how many
    articles there are to read before the first result. The model is loaded only when some input is an
    article and something is to be extracted (`nlp` overrides it)."""
    items = list(fetched(plan(inputs, exclude=exclude, source=options.source), options.source))
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
