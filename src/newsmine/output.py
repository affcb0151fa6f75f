"""Records out: a Rich table for people, TSV/CSV/JSON/JSON Lines for programs.

Rows are written as they come (except the table and the JSON array's closing bracket), so
`| head` sees the first rows early and a failure later leaves earlier rows complete.
"""
from __future__ import annotations

import csv
import io
import json
import math
import re
import sys
from typing import Any, Iterable, TextIO

FORMATS = ("auto", "table", "tsv", "csv", "json", "jsonl")
LIST_SEPARATOR = "; "
_SPREADSHEET_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def row_of(doc: str, record: Any, columns: Iterable[str]) -> dict[str, Any]:
    """The record's fields in schema order, with the `doc` column first."""
    get = record.get if isinstance(record, dict) else (lambda name: getattr(record, name, None))
    return {c: doc if c == "doc" else get(c) for c in columns}


def clean_value(value: Any) -> Any:
    """JSON-safe: no NaN or infinity (they become null); tuples become lists."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, tuple):
        return list(value)
    return value


def flat_cell(value: Any) -> str:
    """One cell of TSV/CSV/table text: lists joined, no tabs or newlines, null as empty."""
    if type(value) is str:  # the common case first: this runs for every cell of an export
        return " ".join(value.split()) if _LINE_BREAKS.search(value) else value
    if type(value) is int:
        return str(value)
    value = clean_value(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(flat_cell(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return flat_cell(str(value))


_LINE_BREAKS = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]")


def spreadsheet_safe(cell: str) -> str:
    """Neutralise cells a spreadsheet would run as a formula; plain numbers are left alone."""
    if cell.startswith(_SPREADSHEET_TRIGGERS) and not _is_number(cell):
        return "'" + cell
    return cell


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return text.strip() == text


def resolve_format(fmt: str, stream: TextIO) -> str:
    if fmt != "auto":
        return fmt
    return "table" if _isatty(stream) else "tsv"


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class RecordWriter:
    """Writes rows of fixed columns to a stream in one format; call close() once at the end."""

    def __init__(self, columns: list[str], fmt: str, *, stream: TextIO | None = None,
                 header: bool = True, title: str | None = None):
        self.columns = list(columns)
        self.stream = stream if stream is not None else sys.stdout
        self.fmt = resolve_format(fmt, self.stream)
        self.header = header
        self.title = title
        self.count = 0
        self._table_rows: list[list[str]] = []
        self._csv = csv.writer(self.stream, lineterminator="\n") if self.fmt == "csv" else None
        self._started = False

    def _start(self) -> None:
        if self._started:
            return
        self._started = True
        if self.fmt == "tsv" and self.header:
            self.stream.write("\t".join(self.columns) + "\n")
        elif self.fmt == "csv" and self.header:
            self._csv.writerow(self.columns)
        elif self.fmt == "json":
            self.stream.write("[")

    def write(self, row: dict[str, Any]) -> None:
        self._start()
        if self.fmt == "tsv":
            self.stream.write("\t".join(flat_cell(row[c]) for c in self.columns) + "\n")
        elif self.fmt == "csv":
            self._csv.writerow([flat_cell(row[c]) for c in self.columns])
        elif self.fmt in ("json", "jsonl"):
            obj = {c: clean_value(row[c]) for c in self.columns}
            text = json.dumps(obj, ensure_ascii=False)
            if self.fmt == "json":
                text = ("\n" if self.count == 0 else ",\n") + text
            else:
                text += "\n"
            self.stream.write(text)
        else:
            self._table_rows.append([flat_cell(row[c]) for c in self.columns])
        self.count += 1

    def close(self) -> None:
        self._start()
        if self.fmt == "json":
            self.stream.write("\n]\n" if self.count else "]\n")
        elif self.fmt == "table":
            render_table(self.columns, self._table_rows, self.stream, title=self.title)
        self.stream.flush()


def render_table(columns: list[str], rows: list[list[str]], stream: TextIO, *, title: str | None = None,
                 width: int | None = None) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=stream, width=width, highlight=False)
    table = Table(title=title, show_lines=False, header_style="bold", expand=False)
    for column in columns:
        numeric = column in _NUMERIC_COLUMNS
        if column == "doc":  # long paths would squeeze the data columns
            table.add_column(column, overflow="ellipsis", no_wrap=True, max_width=24)
        else:
            table.add_column(column, justify="right" if numeric else "left", overflow="fold")
    for row in rows:  # Text, not markup: article text may contain "[brackets]"
        table.add_row(*(Text(cell, style=LABEL_COLOURS.get(cell, "") if column == "label" else "")
                        for column, cell in zip(columns, row)))
    if not rows:
        console.print(f"[dim]no {title or 'rows'}[/dim]" if title else "[dim]no rows[/dim]")
        return
    console.print(table)


LABEL_COLOURS = {"PERSON": "cyan", "ORG": "magenta", "GPE": "green", "LOC": "green", "FAC": "green",
                 "NORP": "yellow", "EVENT": "blue", "PRODUCT": "blue", "WORK_OF_ART": "blue",
                 "LAW": "blue", "LANGUAGE": "blue"}
_NUMERIC_COLUMNS = {"mentions", "first_start", "start", "end", "value", "value_max", "lat", "lon",
                    "speaker_start", "speaker_end", "cue_start", "cue_end", "chars", "words"}


def to_string(columns: list[str], rows: list[dict[str, Any]], fmt: str, **kwargs) -> str:
    """Rendered output as a string (used by tests and the HTML report)."""
    buffer = io.StringIO()
    writer = RecordWriter(columns, fmt, stream=buffer, **kwargs)
    for row in rows:
        writer.write(row)
    writer.close()
    return buffer.getvalue()


def geojson_features(place_rows: list[dict[str, Any]]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the places that have coordinates (lon, lat order)."""
    features = []
    for row in place_rows:
        lat, lon = clean_value(row.get("lat")), clean_value(row.get("lon"))
        if lat is None or lon is None:
            continue
        properties = {k: clean_value(row.get(k)) for k in ("doc", "place", "kind", "country_code", "mentions")}
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                         "properties": properties})
    return {"type": "FeatureCollection", "features": features}
