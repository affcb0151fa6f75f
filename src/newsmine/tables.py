"""newsmine tables as pandas DataFrames, with the dtypes the registry's column types imply.

`read_tables(DIR)` reads what `newsmine export` wrote (CSV, TSV, JSON Lines, Parquet files or
Parquet part folders) and `analyze_frame(df)` runs the extractors over a DataFrame's text column;
both give the same dtypes, set in one place (`dtype_of`), so code written against one works on
the other. This module imports pandas: the CLI imports it only inside the commands that need it.
"""
from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from . import kinds as registry
from .output import LIST_SEPARATOR

# Text columns with few distinct values: categoricals (less memory, fast groupby).
CATEGORICAL = frozenset({"label", "kind", "qualifier", "unit", "type", "status", "country_code", "country",
                         "source", "speaker_gender"})
DATES = frozenset({"date"})          # datetime64[ns, UTC]; unparseable dates become NaT
# File endings a table may have, preferred in this order when two were written at the same time.
ENDINGS = (".parquet", ".jsonl", ".csv", ".tsv")
# What newsmine's spreadsheet guard put before a CSV text cell (output.spreadsheet_safe): a '
# before text starting with one of these.
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_GUARDED = r"^'(?=[=+\-@\t\r])"


def dtype_of(column: registry.Column) -> str:
    """The pandas dtype of a registry column: nullable integers for offsets and counts, floats
    for values and coordinates, categoricals for labels and kinds, UTC datetimes for dates,
    Python lists (object) for list columns, pandas strings for the rest."""
    if column.name in DATES:
        return "datetime64[ns, UTC]"
    if column.type in ("int", "float", "list"):
        return {"int": "Int64", "float": "float64", "list": "object"}[column.type]
    return "category" if column.name in CATEGORICAL else "string"


def dtypes(kind: registry.Kind) -> dict[str, str]:
    """Every column's dtype, in column order (what `read_tables` and `analyze_frame` give)."""
    return {c.name: dtype_of(c) for c in kind.columns}


# ---------------------------------------------------------------- reading an export folder

def read_tables(folder: str | Path, tables: Iterable[str] | None = None, *,
                columns: Iterable[str] | None = None) -> dict[str, pd.DataFrame]:
    """The tables of an export folder (`documents`, `entities`, ...; those present, in registry
    order; `tables` picks some) as typed DataFrames. Each table may be CSV, TSV, JSON Lines, one
    Parquet file or a folder of Parquet parts; when a folder holds one table in two formats (two
    exports with different -f), the newer file is read. `columns` keeps only the columns of those
    names each table has (less to convert on a big corpus)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder}: not a folder of newsmine tables")
    wanted = registry.TABLES if tables is None else list(tables)
    unknown = [t for t in wanted if t not in registry.TABLES]
    if unknown:
        raise ValueError(f"unknown table {', '.join(unknown)}; choose from {', '.join(registry.TABLES)}")
    found = {name: path for name in registry.TABLES if name in wanted
             for path in [table_file(folder, name)] if path is not None}
    if not found and tables is None:
        raise FileNotFoundError(f"{folder}: no newsmine tables (documents.csv, entities.parquet, ...)")
    return {name: read_table(path, registry.TABLES[name], columns=columns) for name, path in found.items()}


def table_file(folder: Path, name: str) -> Path | None:
    """The file (or Parquet part folder) holding a table, the newest when there are several."""
    paths = [folder / f"{name}{ending}" for ending in ENDINGS if (folder / f"{name}{ending}").exists()]
    return max(paths, key=lambda p: p.stat().st_mtime_ns) if paths else None


def read_table(path: str | Path, kind: registry.Kind, *, columns: Iterable[str] | None = None) -> pd.DataFrame:
    """One table file of `kind`, typed (only `columns`, when given). CSV cells lose the leading '
    of newsmine's spreadsheet guard; TSV, JSON Lines and Parquet are never guarded."""
    path = Path(path)
    ending = path.suffix.lower()
    keep = None if columns is None else set(columns)
    if ending in (".parquet", ".jsonl"):
        frame = pd.read_parquet(path) if ending == ".parquet" else _read_jsonl(path)
        return typed(frame if keep is None else frame[[c for c in frame.columns if c in keep]], kind, only=keep)
    tsv = ending == ".tsv"
    # Numbers are parsed by the C parser (fast); everything else is read as text, as written:
    # no "NA" or "null" turned into a missing value, only empty cells.
    numbers = defaultdict(lambda: str, {c.name: dtype_of(c) for c in kind.columns if c.type in ("int", "float")})
    frame = pd.read_csv(path, sep="\t" if tsv else ",", dtype=numbers, keep_default_na=False, na_values=[""],
                        quoting=csv.QUOTE_NONE if tsv else csv.QUOTE_MINIMAL, encoding="utf-8",
                        usecols=None if keep is None else (lambda name: name in keep))
    return typed(frame, kind, guarded=not tsv, only=keep)


def _read_jsonl(path: Path) -> pd.DataFrame:
    """JSON Lines as written (strings stay strings: no date or number guessing)."""
    with open(path, encoding="utf-8") as f:
        return pd.DataFrame.from_records([json.loads(line) for line in f if line.strip()])


# ---------------------------------------------------------------- dtypes

def typed(frame: pd.DataFrame, kind: registry.Kind, *, guarded: bool = False,
          only: set[str] | None = None) -> pd.DataFrame:
    """The kind's columns in order with their dtypes (a column the file lacks, from an older
    export, is all missing); columns the registry does not know are kept after them as text.
    `guarded`: cells come from newsmine CSV, whose spreadsheet guard is undone here. `only`:
    just these of the kind's columns."""
    known = {c.name: c for c in kind.columns if only is None or c.name in only}
    names = list(known) + [name for name in frame.columns if name not in known]
    data = {}
    for name in names:
        column = known.get(name) or registry.Column(name)
        series = frame[name] if name in frame.columns else pd.Series([None] * len(frame), index=frame.index,
                                                                      dtype=object)
        data[name] = _converted(series, column, guarded)
    return pd.DataFrame(data, index=frame.index)


def _converted(series: pd.Series, column: registry.Column, guarded: bool) -> pd.Series:
    dtype = dtype_of(column)
    if dtype == "Int64":
        return pd.to_numeric(series, errors="coerce").astype("Int64")
    if dtype == "float64":
        return pd.to_numeric(series, errors="coerce").astype("float64")
    if dtype == "object":
        return pd.Series([_as_list(v, guarded) for v in series], index=series.index, dtype=object)
    if dtype.startswith("datetime"):
        return _dates(series)
    text = series.astype("string")
    if guarded:
        quoted = text.str.startswith("'").fillna(False).astype(bool)   # rare: undo the guard on those only
        if quoted.any():
            text = text.copy()
            text[quoted] = text[quoted].str.replace(_GUARDED, "", regex=True)
    return text.astype("category") if dtype == "category" else text


def _as_list(value: Any, guarded: bool) -> list[str]:
    """A list cell as a Python list: CSV/TSV joined it with '; ', Parquet gives an array."""
    if isinstance(value, str):
        if guarded and value[:1] == "'" and value[1:2] in _TRIGGERS:
            value = value[1:]
        return value.split(LIST_SEPARATOR) if value else []
    if value is None or value is pd.NA or isinstance(value, float):   # missing (NaN)
        return []
    return [str(v) for v in value]


def _dates(series: pd.Series) -> pd.Series:
    """UTC datetimes; ISO 8601 first (fast), then any other form dateutil reads; else NaT."""
    dates = pd.to_datetime(series, utc=True, errors="coerce", format="ISO8601")
    retry = dates.isna() & series.notna()
    if retry.any():
        dates[retry] = pd.to_datetime(series[retry], utc=True, errors="coerce", format="mixed")
    return dates.astype("datetime64[ns, UTC]")   # one unit whatever pandas inferred


def frame_of(kind: registry.Kind, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rows as the per-article path makes them (`kinds.row_of`), typed as `read_tables` types them."""
    return typed(pd.DataFrame.from_records(rows, columns=kind.column_names), kind)


# ---------------------------------------------------------------- a DataFrame of texts

def analyze_frame(df: pd.DataFrame, text: str = "text", *, kinds: Iterable[str] | str | None = None,
                  model: str | None = None, nlp=None) -> dict[str, pd.DataFrame]:
    """Run the extractors over the strings of `df[text]`: one spaCy pass per row, as the CLI
    parses (headlines in sentence case, long texts in pieces). Returns `documents` and each asked
    kind (all by default) as DataFrames typed as `read_tables` types them, **indexed by the
    labels of `df`'s index** (repeated for rows of the same text; the `doc` column is dropped),
    so `df.join(tables["entities"])` lines up. Each cell is read as plain text, as it is: no
    HTML extraction or boilerplate removal, so offsets index `df[text]` itself. Missing cells are
    empty texts."""
    from .articles import document_row
    from .pipeline import load, parse

    wanted = registry.parse_kinds(kinds) if isinstance(kinds, str) or kinds is None \
        else registry.parse_kinds(",".join(kinds))
    rows: dict[str, list[dict]] = {name: [] for name in ("documents", *wanted)}
    where: dict[str, list[int]] = {name: [] for name in rows}
    texts = [value if isinstance(value, str) else "" for value in df[text]]
    parsed = parse(nlp or load(model), ((t, i) for i, t in enumerate(texts) if t.strip())) if wanted else iter(())
    found = {i: registry.extract(doc, wanted) for doc, i in parsed}
    for i, value in enumerate(texts):
        _add(rows["documents"], where["documents"], i, [document_row(str(i), value, "ok", None)])
        for name, records in found.get(i, {}).items():
            kind = registry.KINDS[name]
            _add(rows[name], where[name], i, [registry.row_of(str(i), r, kind) for r in records])
    out = {}
    for name, table_rows in rows.items():
        frame = frame_of(registry.TABLES[name], table_rows).drop(columns="doc")
        frame.index = df.index.take(where[name])
        out[name] = frame
    return out


def _add(rows: list, positions: list, i: int, new: list) -> None:
    rows.extend(new)
    positions.extend([i] * len(new))
