"""The one writer layer: rows out as a Rich table for people, TSV/CSV/JSON/JSON Lines for
programs, and CSV/JSON Lines/Parquet table files for export.

All output safety happens here: every CSV cell newsmine writes that a spreadsheet would run as a
formula gets a leading ' (unless --raw), and terminal tables never print control characters or
escape sequences from an article. Rows are written as they come (except the table and the JSON
array's closing bracket), so `| head` sees the first rows early and a failure later leaves
earlier rows complete.
"""
from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import sys
from pathlib import Path
from typing import Any, TextIO

FORMATS = ("auto", "table", "tsv", "csv", "json", "jsonl")
LIST_SEPARATOR = "; "
_SPREADSHEET_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


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


def csv_cell(value: Any, *, raw: bool = False) -> str:
    """A CSV cell: flat, and spreadsheet-safe when it holds text (numbers are never touched)."""
    text = flat_cell(value)
    return text if raw or not isinstance(value, (str, list)) else spreadsheet_safe(text)


# C0 and C1 control characters but tab and newline (tables have none left by then).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """Article text for a terminal: control characters shown as U+FFFD, so an article can never
    restyle, retitle or clear the user's terminal (ESC [2J prints as U+FFFD [2J)."""
    return _CONTROL.sub("\ufffd", text)


def report(message: str) -> None:
    """One line on stderr, prefixed so it is clear which program spoke; a file name holding
    control characters cannot restyle the terminal through it."""
    print(f"newsmine: {terminal_safe(message)}", file=sys.stderr, flush=True)


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
    """Writes rows of one kind's columns to a stream in one format; call close() once at the end."""

    def __init__(self, kind, fmt: str, *, stream: TextIO | None = None, header: bool = True,
                 raw: bool = False, title: str | None = None):
        self.kind = kind
        self.columns = kind.column_names
        self.stream = stream if stream is not None else sys.stdout
        self.fmt = resolve_format(fmt, self.stream)
        self.header, self.raw = header, raw
        self.title = title or kind.name
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
            self._csv.writerow([csv_cell(row[c], raw=self.raw) for c in self.columns])
        elif self.fmt in ("json", "jsonl"):
            text = json.dumps({c: clean_value(row[c]) for c in self.columns}, ensure_ascii=False)
            if self.fmt == "json":
                text = ("\n" if self.count == 0 else ",\n") + text
            else:
                text += "\n"
            self.stream.write(text)
        else:
            self._table_rows.append([terminal_safe(flat_cell(row[c])) for c in self.columns])
        self.count += 1

    def close(self) -> None:
        self._start()
        if self.fmt == "json":
            self.stream.write("\n]\n" if self.count else "]\n")
        elif self.fmt == "table":
            render_table(self.kind, self._table_rows, self.stream, title=self.title)
        self.stream.flush()


def render_table(kind, rows: list[list[str]], stream: TextIO, *, title: str | None = None,
                 width: int | None = None) -> None:
    """A Rich table of already flat, terminal-safe cells, fitted to the terminal: the least
    useful columns are hidden when they cannot all fit, and a dim note under it says which."""
    from rich.table import Table
    from rich.text import Text

    console = _table_console(stream, width)
    if not rows:
        console.print(Text(f"no {title or 'rows'}", style="dim"))
        return
    widths, hidden = table_layout(kind, rows, console.width)
    table = Table(title=title, show_lines=False, header_style="bold", expand=False)
    for column in kind.columns:
        if column.name in widths:
            fixed = column.type in ("int", "float") or column.name == "doc"  # these never wrap
            table.add_column(column.name, width=widths[column.name], no_wrap=fixed, overflow="fold",
                             justify="right" if column.type in ("int", "float") else "left")
    for row in rows:
        table.add_row(*(_table_cell(name, cell, widths[name])
                        for name, cell in zip(kind.column_names, row) if name in widths))
    console.print(table)
    if hidden:
        note = Text(f"hidden at {console.width} columns: {', '.join(hidden)} "
                    "(use -f tsv for every column)", style="dim")
        console.print(unpadded(note, console), soft_wrap=True)


def no_color_requested() -> bool:
    """NO_COLOR set and not empty (no-color.org). Rich's own no_color only drops colours; newsmine
    then drops bold, underline and dim too, so the terminal gets no escape sequence at all."""
    return os.environ.get("NO_COLOR", "") != ""


def unpadded(text: "Text", console: "Console") -> "Text":
    """Text wrapped at spaces to the console's width, without the space Rich leaves at the end
    of each wrapped line (piped output, diffs and editors show it). Print it with soft_wrap."""
    from rich.text import Text

    lines = text.wrap(console, console.width)
    for line in lines:
        line.rstrip()
    return Text("\n").join(lines)


def _table_console(stream: TextIO, width: int | None):
    from rich.console import Console

    return Console(file=stream, width=width, highlight=False,
                   color_system=None if no_color_requested() else "auto")


def _table_cell(name: str, cell: str, width: int):
    """Text, not markup (article text may contain "[brackets]"); labels in their colour, the
    doc path shortened from the left to its column."""
    from rich.text import Text

    from .lexicon import LABEL_STYLES

    if name == "doc":
        return Text(short_doc(cell, width))
    return Text(cell, style=LABEL_STYLES.get(cell, "") if name == "label" else "")


DOC_WIDTH, DOC_FLOOR = 20, 12   # the doc column at most / at the narrowest
NAME_WIDTH, NAME_FLOOR = 20, 10  # a name column (entity, speaker): widened first to / narrowest


def short_doc(doc: str, width: int = DOC_WIDTH) -> str:
    """A path shortened from the left ('…/seeds/a.txt'): its end (the file name) is what tells
    the rows of a folder apart."""
    from rich.cells import cell_len

    if cell_len(doc) <= width:
        return doc
    parts = doc.split("/")
    for i in range(1, len(parts)):
        tail = "/".join(parts[i:])
        if cell_len(tail) + 2 <= width:
            return "\u2026/" + tail
    while doc and cell_len(doc) > width - 1:
        doc = doc[1:]
    return "\u2026" + doc


def table_layout(kind, rows: list[list[str]], width: int) -> tuple[dict[str, int], list[str]]:
    """The width of each shown column, and the hidden columns (in column order). Columns are
    hidden least useful first (the kind's terminal ranking) until every shown one gets its
    floor; the width left widens names (most useful first), then doc, then everything toward
    its natural width (long text, wanting the most, gets the most)."""
    needs = _column_needs(kind, rows, width)
    groups = kind.terminal_ranking
    while len(groups) > 1 and _table_width([needs[c][0] for group in groups for c in group]) > width:
        groups = groups[:-1]
    shown = [c for group in groups for c in group]
    space = width - _table_width([0] * len(shown))
    widths = {c: needs[c][0] for c in shown}
    for stage in (1, 2):
        widths = _widen_in_order(widths, {c: needs[c][stage] for c in shown}, space)
    widths = _widen(widths, {c: needs[c][3] for c in shown}, space)
    return widths, [c for c in kind.column_names if c not in widths]


def _table_width(widths: list[int]) -> int:
    """Columns plus a space either side of each and the n + 1 rules between and around them."""
    return sum(widths) + 3 * len(widths) + 1


def _column_needs(kind, rows: list[list[str]], width: int) -> dict[str, tuple[int, ...]]:
    """Each column's width at its floor, once names are widened, once doc is, and at its
    natural width. Never narrower than its header (a header never breaks); numbers never wrap;
    doc is shortened from the left; text wraps at spaces, long text (quote, sentence) to no
    less than a third of the terminal."""
    from rich.cells import cell_len

    long_floor = min(max(width // 3, 20), 40)
    needs = {}
    for i, column in enumerate(kind.columns):
        name = column.name
        cells = (short_doc(row[i]) for row in rows) if name == "doc" else (row[i] for row in rows)
        natural = max([len(name), *(cell_len(cell) for cell in cells)])
        if name == "doc":
            floor = min(natural, max(len(name), DOC_FLOOR))
            needs[name] = (floor, floor, natural, natural)
        elif column.type in ("int", "float"):
            needs[name] = (natural,) * 4
        elif name in kind.long_text:
            floor = max(len(name), min(natural, long_floor))
            needs[name] = (floor, floor, floor, natural)
        else:
            floor = max(len(name), min(natural, NAME_FLOOR))
            named = max(floor, min(natural, NAME_WIDTH))
            needs[name] = (floor, named, named, natural)
    return needs


def _widen_in_order(widths: dict[str, int], targets: dict[str, int], space: int) -> dict[str, int]:
    """Columns widened to their targets one after the other, in order, while `space` lasts."""
    out = dict(widths)
    for c in out:
        room = max(0, space - sum(out.values()))
        out[c] = max(out[c], min(targets[c], out[c] + room))
    return out


def _widen(widths: dict[str, int], targets: dict[str, int], space: int) -> dict[str, int]:
    """Columns widened toward their targets within `space`, each by a part of the room left in
    proportion to how much it lacks."""
    lacking = {c: targets[c] - w for c, w in widths.items() if targets[c] > w}
    room, total = space - sum(widths.values()), sum(lacking.values())
    if room <= 0 or not total:
        return widths
    if total <= room:
        return {c: max(w, targets[c]) for c, w in widths.items()}
    out = {c: w + room * lacking.get(c, 0) // total for c, w in widths.items()}
    left = space - sum(out.values())
    for c in sorted(lacking, key=lambda c: out[c] - targets[c])[:left]:  # most lacking first
        out[c] += 1
    return out


def to_string(kind, rows: list[dict[str, Any]], fmt: str, **kwargs) -> str:
    """Rendered output as a string (for tests and the Python API)."""
    buffer = io.StringIO()
    writer = RecordWriter(kind, fmt, stream=buffer, **kwargs)
    for row in rows:
        writer.write(row)
    writer.close()
    return buffer.getvalue()


def geojson_features(place_rows: list[dict[str, Any]]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the place rows that have coordinates (lon, lat order); every
    other column of the row is a property."""
    features = []
    for row in place_rows:
        lat, lon = clean_value(row.get("lat")), clean_value(row.get("lon"))
        if lat is None or lon is None:
            continue
        properties = {k: clean_value(v) for k, v in row.items() if k not in ("lat", "lon")}
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                         "properties": properties})
    return {"type": "FeatureCollection", "features": features}


# ---------------------------------------------------------------- table files (export)

TABLE_FORMATS = ("csv", "jsonl", "parquet")
PART_ROWS = 50_000   # rows per Parquet row group / part file


def open_table(path: Path, kind, fmt: str, *, raw: bool = False, parts: bool = False):
    """A sink for one export table: write(rows) any number of times, then close()."""
    if parts:
        return ParquetPartsTable(path, kind)
    return {"csv": CsvTable, "jsonl": JsonlTable, "parquet": ParquetTable}[fmt](path, kind, raw=raw)


class CsvTable:
    def __init__(self, path: Path, kind, *, raw: bool = False):
        self.columns, self.raw = kind.column_names, raw
        self.file = open(path, "w", encoding="utf-8", newline="")
        self.writer = csv.writer(self.file, lineterminator="\n")
        self.writer.writerow(self.columns)

    def write(self, rows: list[dict]) -> None:
        self.writer.writerows([csv_cell(row.get(c), raw=self.raw) for c in self.columns] for row in rows)

    def close(self) -> None:
        self.file.close()


class JsonlTable:
    def __init__(self, path: Path, kind, *, raw: bool = False):
        self.columns = kind.column_names
        self.file = open(path, "w", encoding="utf-8")

    def write(self, rows: list[dict]) -> None:
        for row in rows:
            self.file.write(json.dumps({c: row.get(c) for c in self.columns}, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.file.close()


_ARROW_TYPES = {"str": "string", "int": "int64", "float": "float64"}


def arrow_schema(kind):
    import pyarrow as pa

    def arrow_type(column):
        return pa.list_(pa.string()) if column.type == "list" else pa.type_for_alias(_ARROW_TYPES[column.type])
    return pa.schema([(c.name, arrow_type(c)) for c in kind.columns])


def _typed(column, value: Any) -> Any:
    if value is None:
        return None
    return {"float": float, "int": int, "str": str}.get(column.type, lambda v: [str(x) for x in v])(value)


class ParquetTable:
    """Row groups of up to PART_ROWS rows with a fixed schema, so every part types the same."""

    def __init__(self, path: Path, kind, *, raw: bool = False):
        import pyarrow.parquet as pq

        self.kind, self.schema, self.buffer = kind, arrow_schema(kind), []
        self.writer = pq.ParquetWriter(str(path), self.schema)

    def write(self, rows: list[dict]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= PART_ROWS:
            self._flush()

    def _flush(self) -> None:
        self.writer.write_table(self._table())
        self.buffer = []

    def _table(self):
        import pyarrow as pa

        data = {c.name: [_typed(c, row.get(c.name)) for row in self.buffer] for c in self.kind.columns}
        return pa.Table.from_pydict(data, schema=self.schema)

    def close(self) -> None:
        self._flush()
        self.writer.close()


class ParquetPartsTable(ParquetTable):
    """A folder `<table>.parquet/` of part files, one per PART_ROWS rows (at least one, so an
    empty table still has its schema); pyarrow, pandas, DuckDB and Spark read it as one table."""

    def __init__(self, path: Path, kind):
        self.kind, self.schema, self.buffer = kind, arrow_schema(kind), []
        self.folder, self.parts = path, 0
        self.folder.mkdir()

    def _flush(self) -> None:
        import pyarrow.parquet as pq

        if self.buffer or self.parts == 0:
            pq.write_table(self._table(), str(self.folder / f"part-{self.parts:05d}.parquet"))
            self.parts += 1
        self.buffer = []

    def close(self) -> None:
        self._flush()
