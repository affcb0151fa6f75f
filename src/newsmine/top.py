"""`newsmine top`: answers about a corpus (who is quoted most, which places, which units), counted
over an export folder's tables (read with `tables.read_tables`, nothing parsed) or over articles
(parsed through the one article path, only the kinds the question needs).

Each answer row is an item (per group with --by): `documents`, the articles it appears in;
`mentions`, its mentions in them (figures for a unit); `quotes` for speakers; `share`, the part
of the group's articles it appears in. Items are the same thing across articles by `entity_id`
(else by name); a surname-only speaker joins the one full name of the corpus ending with it.
pandas is imported inside the functions: the CLI imports this module to list its choices.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, Callable

# KIND -> (the table counted, the item column, the entity labels kept)
KINDS: dict[str, tuple[str, str, frozenset[str] | None]] = {
    "entities": ("entities", "entity", None),
    "people": ("entities", "entity", frozenset({"PERSON"})),
    "organisations": ("entities", "entity", frozenset({"ORG"})),
    "places": ("places", "place", None),
    "countries": ("places", "country", None),
    "speakers": ("quotes", "speaker", None),
    "figures-units": ("figures", "unit", None),
}
GROUPS = ("source", "month", "week", "year", "doc", "speaker_gender")
TIME_GROUPS = ("month", "week", "year")
# The columns any question reads from an export folder (the rest is never converted).
COLUMNS_READ = frozenset({"doc", "status", "date", "source", "entity", "label", "mentions", "entity_id",
                          "speaker", "speaker_id", "speaker_gender", "place", "country_code", "country", "unit"})
_NONE = ""   # an item's group when the article has none (no date, no source): printed empty


class TopError(ValueError):
    """A question these tables cannot answer (a table or column they lack): a usage error."""


@dataclass(frozen=True)
class Query:
    kind: str
    by: str | None = None
    since: date | None = None
    until: date | None = None        # inclusive
    limit: int | None = 20           # rows per group; None: every row
    labels: frozenset[str] | None = None

    @property
    def table(self) -> str:
        return KINDS[self.kind][0]

    @property
    def item(self) -> str:
        return KINDS[self.kind][1]

    @property
    def metric(self) -> str:
        """What ranks the items (and what the chart draws)."""
        return "quotes" if self.kind == "speakers" else "documents"

    def kinds_to_parse(self) -> tuple[str, ...]:
        """Record kinds needed: speakers also count their entities' mentions."""
        return ("entities", "quotes") if self.kind == "speakers" else (self.table,)

    def columns(self) -> list[str]:
        """The answer's columns, in output order."""
        return ([self.by] if self.by else []) + [self.item] + (["label"] if self.kind == "entities" else []) \
            + ["documents", "mentions"] + (["quotes"] if self.kind == "speakers" else []) + ["share"]


def result_kind(query: Query):
    """A registry-style Kind for the answer's columns, so it is written like every table."""
    from .kinds import Kind, columns

    types = {"documents": ":int", "mentions": ":int", "quotes": ":int", "share": ":float"}
    spec = " ".join(name + types.get(name, "") for name in query.columns())
    return Kind(f"top {query.kind}", columns(spec), "one row per item (per group)")


# ---------------------------------------------------------------- the answer

def top(tables: dict, query: Query):
    """The answer as a DataFrame with `query.columns()`, ranked within each group."""
    return _top(tables, query).drop(columns="key")


def _top(tables: dict, query: Query):
    """The answer with each item's `key` (its entity_id, or name) kept, for the chart."""
    _check(tables, query)
    docs = documents_in(tables["documents"], query)
    long = _LONG[query.kind](tables, query)
    long = long[long["doc"].isin(docs["doc"])]
    if query.by and query.by != "speaker_gender":
        long = long.merge(docs[["doc", "group"]], on="doc", how="inner")
    if long.empty:
        return _nothing(query)
    display = _display(long, query)
    if query.kind == "speakers":
        long = long.assign(key=long["key"].replace(join_surnames(display)))
    counts = _counted(long, query)
    sizes = docs.groupby("group", dropna=False).size() if "group" in docs.columns else len(docs)
    return _ranked(counts.merge(display, on="key", how="left"), sizes, query)


def _nothing(query: Query):
    """The answer with no rows (its columns typed as a full one's)."""
    import pandas as pd

    types = {"documents": "Int64", "mentions": "Int64", "quotes": "Int64", "share": "float64"}
    return pd.DataFrame({c: pd.Series(dtype=types.get(c, "string")) for c in query.columns() + ["key"]})


def _check(tables: dict, query: Query) -> None:
    needed = ["documents", query.table]
    missing = [t for t in needed if t not in tables]
    if missing:
        raise TopError(f"no {' or '.join(missing)} table: export it too (newsmine export ... --only "
                       f"{query.table})")
    if query.by == "speaker_gender":
        if query.kind != "speakers":
            raise TopError("--by speaker_gender groups speakers only (newsmine top speakers ...)")
        if "speaker_gender" not in tables["quotes"].columns:
            raise TopError("--by speaker_gender needs a speaker_gender column in the quotes table, "
                           "which these tables do not have")
    if query.labels and query.kind != "entities":
        raise TopError(f"--label filters top entities; top {query.kind} has its own labels")


def documents_in(documents, query: Query):
    """The articles counted (status ok, within --since/--until) with their group for --by."""
    import pandas as pd

    docs = documents[documents["status"] == "ok"] if "status" in documents.columns else documents
    dates = docs["date"] if "date" in docs.columns else \
        pd.Series(pd.NaT, index=docs.index, dtype="datetime64[ns, UTC]")
    if query.since:
        keep = dates >= pd.Timestamp(query.since, tz="UTC")
        docs, dates = docs[keep], dates[keep]
    if query.until:
        keep = dates < pd.Timestamp(query.until, tz="UTC") + pd.Timedelta(days=1)
        docs, dates = docs[keep], dates[keep]
    out = pd.DataFrame({"doc": docs["doc"].astype("string")})
    if query.by in TIME_GROUPS:
        out["group"] = _periods(dates, query.by)
    elif query.by in ("source", "doc"):
        out["group"] = docs[query.by].astype("string")
    if "group" in out.columns:
        out["group"] = out["group"].fillna(_NONE)
    return out.drop_duplicates("doc")


def _periods(dates, by: str):
    """'2024-03' (month), '2024-W09' (ISO week), '2024' (year); missing for undated articles."""
    if by == "week":
        iso = dates.dt.isocalendar()
        return (iso["year"].astype("string") + "-W" + iso["week"].astype("string").str.zfill(2)).astype("string")
    return dates.dt.strftime("%Y-%m" if by == "month" else "%Y").astype("string")


# ---------------------------------------------------------------- one row per occurrence

def _entities(tables: dict, query: Query):
    """Entity rows of the asked labels: key entity_id (computed for tables from before it)."""
    import pandas as pd

    e = tables["entities"]
    labels = query.labels or KINDS[query.kind][2]
    if labels:
        e = e[e["label"].isin(labels)]
    return pd.DataFrame({"doc": e["doc"].astype("string"), "key": _ids(e, "label", "entity", "entity_id"),
                         "item": e["entity"].astype("string"), "label": e["label"].astype("string"),
                         "mentions": e["mentions"]})


def _ids(frame, label: str, name: str, column: str):
    """The id column where the table has it, else `entity_id(label, name)` (older exports)."""
    import pandas as pd

    from .extract.entities import entity_id

    ids = frame[column].astype("string") if column in frame.columns else \
        pd.Series(pd.NA, index=frame.index, dtype="string")
    missing = ids.isna()
    if missing.any():
        ids = ids.copy()
        ids[missing] = [entity_id(str(lab), str(n)) for lab, n in zip(frame.loc[missing, label],
                                                                       frame.loc[missing, name])]
    return ids


def _places(tables: dict, query: Query):
    """Place rows, one thing per name and country ('Paris' in FR and in US are two)."""
    import pandas as pd

    p = tables["places"]
    p = p[p["place"].notna()]
    code = p["country_code"].astype("string").fillna("")
    return pd.DataFrame({"doc": p["doc"].astype("string"), "key": p["place"].astype("string") + "\x1f" + code,
                         "item": p["place"].astype("string"), "mentions": p["mentions"]})


def _countries(tables: dict, query: Query):
    import pandas as pd

    p = tables["places"]
    p = p[p["country"].notna()]
    key = p["country_code"].astype("string").fillna(p["country"].astype("string"))
    return pd.DataFrame({"doc": p["doc"].astype("string"), "key": key, "item": p["country"].astype("string"),
                         "mentions": p["mentions"]})


def _units(tables: dict, query: Query):
    """Figure rows with a unit: each figure is one mention of its unit."""
    import pandas as pd

    f = tables["figures"]
    f = f[f["unit"].notna()]
    unit = f["unit"].astype("string")
    return pd.DataFrame({"doc": f["doc"].astype("string"), "key": unit, "item": unit,
                         "mentions": pd.Series(1, index=f.index, dtype="Int64")})


def _speakers(tables: dict, query: Query):
    """Quote rows with a speaker: key the speaker's entity_id, else its words ('text:...')."""
    import pandas as pd

    q = tables["quotes"]
    q = q[q["speaker"].notna()]
    name = q["speaker"].astype("string")
    words = "text:" + name.str.casefold().str.split().str.join(" ")
    has_ids = "speaker_id" in q.columns
    ids = q["speaker_id"].astype("string") if has_ids else pd.Series(pd.NA, index=q.index, dtype="string")
    long = pd.DataFrame({"doc": q["doc"].astype("string"), "key": ids.fillna(words), "item": name,
                         "quotes": pd.Series(1, index=q.index, dtype="Int64")})
    long["mentions"] = _speaker_mentions(long, ids if has_ids else None, name, tables.get("entities"))
    if query.by == "speaker_gender":
        long["group"] = q["speaker_gender"].astype("string").fillna(_NONE)
    return long


def _speaker_mentions(long, ids, names, entities):
    """Mentions of each quoted speaker's entity in the article, on the first of its quotes there
    (0 on the others, so sums count them once); missing without an entities table or for a
    speaker that names no entity."""
    import pandas as pd

    if entities is None:
        return pd.Series(pd.NA, index=long.index, dtype="Int64")
    by_id = ids is not None and "entity_id" in entities.columns
    who = entities["entity_id" if by_id else "entity"].astype("string")
    right = pd.DataFrame({"doc": entities["doc"].astype("string"), "who": who, "found": entities["mentions"]})
    right = right.groupby(["doc", "who"], as_index=False)["found"].sum()
    left = pd.DataFrame({"doc": long["doc"], "who": (ids if by_id else names)})
    found = left.merge(right, on=["doc", "who"], how="left")["found"].set_axis(long.index)
    first = ~long.duplicated(["doc", "key"])
    return found.mask(~first & found.notna(), 0).astype("Int64")


_LONG: dict[str, Callable] = {"entities": _entities, "people": _entities, "organisations": _entities,
                              "places": _places, "countries": _countries, "speakers": _speakers,
                              "figures-units": _units}


# ---------------------------------------------------------------- names, joins, counts

def _display(long, query: Query):
    """Each key's name as the corpus writes it most often (and its label for entities)."""
    shown = ["item"] + (["label"] if query.kind == "entities" else [])
    counts = long.groupby(["key", *shown], dropna=False).size().reset_index(name="n")
    counts = counts.sort_values(["key", "n", "item"], ascending=[True, False, True]).drop_duplicates("key")
    display = counts.drop(columns="n").reset_index(drop=True)
    if query.kind == "places":  # two places of one name: say which country each is in
        twice = display["item"].duplicated(keep=False)
        codes = display["key"].str.split("\x1f").str[1]
        display.loc[twice & (codes != ""), "item"] = display["item"] + " (" + codes + ")"
    return display


def join_surnames(display) -> dict[str, str]:
    """Speaker keys to merge: a one-word speaker (a person, or words naming no entity) joins the
    one full name of the corpus (a person of two or more words) that ends with that word; when
    several full names end with it (Tony and Cherie Blair), it joins none."""
    from .extract.entities import entity_id

    def slug(word: str) -> str:
        return (entity_id("", word) or ":" + word)[1:]

    full: dict[str, set[str]] = {}
    single: list[tuple[str, str]] = []
    for key, item in zip(display["key"], display["item"]):
        family, words = key.split(":", 1)[0], str(item).split()
        if len(words) == 1 and family in ("person", "text"):
            single.append((key, slug(words[0])))
        elif len(words) > 1 and family == "person":
            full.setdefault(slug(words[-1]), set()).add(key)
    return {key: next(iter(full[word])) for key, word in single if len(full.get(word, ())) == 1}


def _counted(long, query: Query):
    """Per key (and group): articles, and the sums of mentions (and quotes) over them. A sum of
    only missing values stays missing."""
    keys = (["group"] if query.by else []) + ["key"]
    values = ["mentions"] + (["quotes"] if query.kind == "speakers" else [])
    per_doc = long.groupby(keys + ["doc"], dropna=False, sort=False)[values].sum(min_count=1)
    grouped = per_doc.groupby(level=keys, dropna=False, sort=False)
    counts = grouped[values].sum(min_count=1)
    counts["documents"] = grouped.size()
    return counts.reset_index()


def _ranked(counts, sizes, query: Query):
    """Shares, ranking (most quotes or articles first, then mentions, then name) and the top
    `limit` of each group; groups in ascending order."""
    import pandas as pd

    out = counts
    total = out["group"].map(sizes) if query.by and query.by != "speaker_gender" else sizes
    out["share"] = (out["documents"] / total).astype("float64").round(3)
    if query.by:  # articles with no group (no date, no source) come last
        out = out.assign(_last=out["group"] == _NONE)
    order = ([("_last", True), ("group", True)] if query.by else []) + [(query.metric, False)] \
        + [(c, False) for c in ("documents", "mentions") if c != query.metric] + [("item", True)]
    out = out.sort_values([c for c, _ in order], ascending=[a for _, a in order], na_position="last",
                          kind="mergesort")
    if query.limit:
        out = out.groupby("group", sort=False).head(query.limit) if query.by else out.head(query.limit)
    out = out.rename(columns={"item": query.item, "group": query.by or "group"})
    if query.by:
        out[query.by] = out[query.by].replace(_NONE, pd.NA)
    for name in ("documents", "mentions", "quotes"):
        if name in out.columns:
            out[name] = out[name].astype("Int64")
    return out[query.columns() + ["key"]].reset_index(drop=True)


# ---------------------------------------------------------------- the command

def export_folder(inputs: list[str]) -> Path | None:
    """The one INPUT when it is a folder of newsmine tables (it holds a documents table)."""
    from .tables import table_file

    if len(inputs) == 1 and Path(inputs[0]).is_dir() and table_file(Path(inputs[0]), "documents"):
        return Path(inputs[0])
    return None


def load_tables(inputs: list[str], query: Query, *, reading: dict | None = None,
                wrap: Callable = lambda results: results) -> tuple[dict | None, int]:
    """(tables, exit code): an export folder's tables, or the articles' rows through the one
    article path (only the kinds the question needs; `reading`: more `articles.Options`, such
    as model and keep_boilerplate). No tables when no article was read."""
    from . import kinds as registry
    from .articles import Options, Tally, results
    from .tables import frame_of, read_tables

    folder = export_folder(inputs)
    if folder is not None:
        return read_tables(folder, tables=("documents", *query.kinds_to_parse()), columns=COLUMNS_READ), 0
    options = Options(kinds=query.kinds_to_parse(), **(reading or {}))
    tally = Tally()
    rows: dict[str, list] = {name: [] for name in ("documents", *options.kinds)}
    for result in wrap(results(list(inputs), options)):
        tally.add(result)
        for name, found in rows.items():
            found.extend(result.rows.get(name, []))
    if not tally.ok:
        return None, tally.exit_code()
    return {name: frame_of(registry.TABLES[name], found) for name, found in rows.items()}, tally.exit_code()


def date_notice(documents, query: Query) -> str | None:
    """What a question about dates should know: how many articles have none."""
    if not (query.since or query.until or query.by in TIME_GROUPS):
        return None
    docs = documents[documents["status"] == "ok"] if "status" in documents.columns else documents
    undated = int(docs["date"].isna().sum()) if "date" in docs.columns else len(docs)
    if not undated:
        return None
    what = "left out by --since/--until" if query.since or query.until else f"counted under an empty {query.by}"
    return f"top: {undated} of {len(docs)} articles have no date ({what})"


def records(frame) -> list[dict[str, Any]]:
    """DataFrame rows as plain Python values (None for missing), for the writer layer."""
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def run_top(inputs: list[str], query: Query, *, fmt: str, header: bool, raw: bool, html_file: str | None,
            reading: dict | None = None, wrap: Callable = lambda results: results) -> int:
    """`newsmine top`: the answer on stdout through the writer layer, or a chart in --html FILE;
    returns the exit code (usage problems with the tables are one line and exit 2)."""
    import pandas as pd

    from .articles import EXIT_USAGE, report
    from .output import RecordWriter

    try:  # unreadable tables (a bad CSV, a missing file) and questions they cannot answer
        tables, code = load_tables(inputs, query, reading=reading, wrap=wrap)
        if tables is None:
            return code
        answer = _top(tables, query)
    except (TopError, OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        report(str(exc))
        return EXIT_USAGE
    notice = date_notice(tables["documents"], query)
    if notice:
        report(notice)
    if html_file:
        return _write_chart(html_file, tables, query, answer) or code
    writer = RecordWriter(result_kind(query), fmt, header=header, raw=raw, title=f"top {query.kind}")
    for row in records(answer.drop(columns="key")):
        writer.write(row)
    writer.close()
    return code


def _write_chart(path: str, tables: dict, query: Query, answer) -> int:
    """Writes the chart; 0, or the usage exit code when the file cannot be written. Over time
    (--by month/week/year) it shows the top items of the whole period and each one's series."""
    from .articles import EXIT_USAGE, report
    from .report import write_html

    docs = documents_in(tables["documents"], query)
    overall = series = None
    if query.by in TIME_GROUPS:
        overall = _top(tables, replace(query, by=None))
        series = _top(tables, replace(query, limit=None))
        series = series[series["key"].isin(overall["key"])]
    periods = sorted(set(docs["group"]) - {_NONE}) if query.by in TIME_GROUPS else []
    try:
        write_html(path, chart_html(query, answer, overall=overall, series=series, periods=periods,
                                    articles=len(docs)))
    except OSError as exc:
        report(f"{path}: cannot write the chart ({exc.strerror or exc})")
        return EXIT_USAGE
    return 0


# ---------------------------------------------------------------- the chart (--html)

MULTIPLE_WIDTH, MULTIPLE_HEIGHT, AXIS = 240, 72, 14   # one small multiple, in px; room for the axis


def chart_html(query: Query, answer, *, overall=None, series=None, periods: list[str] = (),
               articles: int = 0) -> str:
    """The page: bars of the top items (one chart per group with --by, or of the whole period
    with --by month/week/year, followed by one small chart per item over time). Rendered from
    templates/top.html with the report's Jinja2 environment (autoescape, its CSP)."""
    from .report import _environment

    if overall is not None:
        sections = [("All articles", overall)]
    elif query.by:
        sections = [(group or f"(no {query.by})", rows) for group, rows in
                    answer.fillna({query.by: ""}).groupby(query.by, sort=False)]
    else:
        sections = [(None, answer)]
    title = f"newsmine top {query.kind}" + (f" by {query.by}" if query.by else "")
    return _environment().get_template("top.html").render(
        title=title, item_name=query.item, metric=query.metric, by=query.by, articles=articles,
        sections=[{"heading": heading, "bars": _bars(rows, query)} for heading, rows in sections],
        multiples=_multiples(overall, series, periods, query) if overall is not None else [],
        first=periods[0] if periods else "", last=periods[-1] if periods else "")


def _bars(rows, query: Query) -> list[dict]:
    """One bar per row, the longest 85% of its cell (room for the number beside it)."""
    values = [int(v) for v in rows[query.metric].fillna(0)]
    most = max(values, default=0) or 1
    labels = rows["label"] if "label" in rows.columns else [None] * len(rows)
    return [{"item": item, "label": label, "value": value, "share": f"{share:.3f}",
             "width": f"{85 * value / most:.1f}"}
            for item, label, value, share in zip(rows[query.item], labels, values, rows["share"])]


def _multiples(overall, series, periods: list[str], query: Query) -> list[dict]:
    """One small bar chart per top item: a bar per period (zero where it is absent), all on
    one scale so the charts compare."""
    values = {(k, g): int(v) for k, g, v in zip(series["key"], series[query.by], series[query.metric].fillna(0))}
    most = max(values.values(), default=0) or 1
    width = MULTIPLE_WIDTH / max(len(periods), 1)
    room = MULTIPLE_HEIGHT - AXIS
    out = []
    for key, item in zip(overall["key"], overall[query.item]):
        cells = []
        for i, period in enumerate(periods):
            value = values.get((key, period), 0)
            height = room * value / most
            cells.append({"period": period, "value": value, "x": f"{i * width + 0.5:.2f}",
                          "w": f"{max(width - 1, 0.5):.2f}", "y": f"{room - height:.2f}", "h": f"{height:.2f}"})
        out.append({"item": item, "total": sum(c["value"] for c in cells), "cells": cells,
                    "width": MULTIPLE_WIDTH, "height": MULTIPLE_HEIGHT})
    return out
