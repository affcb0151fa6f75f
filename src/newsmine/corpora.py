"""Structured corpora: JSON Lines (`.jsonl`, `.jsonl.gz`), CSV and Parquet files of articles,
one article per row, with their metadata.

`rows(path, fields)` streams a file's rows (a 10 GB file is never held in memory): each `Row`
has the article's id, its metadata (title, date in ISO 8601, source, url, author, language) and a
`locator`, or why the row cannot be read (`error`, naming its line). The row's text is not kept:
`read_text(path, locator)` reads it again where the article is processed (a worker process), so a
plan of millions of rows holds only ids and metadata. Reading rows in file order is linear (a
`.jsonl.gz` or a Parquet row group is read on from where the last row was found).
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import email.utils
import gzip
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterable, Iterator

from .sources import InputError

CORPUS_SUFFIXES = (".jsonl", ".jsonl.gz", ".csv", ".parquet")
TEXT_FIELDS = ("text", "content", "body", "article")
ID_FIELDS = ("id", "url")
# metadata key: the field names that give it, the first present wins (case-insensitive)
META_FIELDS = {
    "title": ("title", "headline"),
    "date": ("date", "published", "published_at", "publish_date", "pubdate", "datetime"),
    "source": ("source", "outlet", "publisher", "site"),
    "url": ("url", "link"),
    "author": ("author", "authors", "byline"),
    "language": ("language", "lang"),
}
PARQUET_BATCH = 1024
csv.field_size_limit(2**31 - 1)   # a whole article in one cell (the default limit is 128 KiB)


@dataclass(frozen=True)
class Fields:
    """Which fields hold the text and the id (None: the defaults, TEXT_FIELDS and ID_FIELDS)."""
    text: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class Row:
    number: int                  # 1-based: line (JSON Lines), record (CSV), row (Parquet)
    line: str                    # where it is, for messages: "line 17", "row 3"
    id: str | None = None
    meta: dict | None = None
    locator: tuple | None = None
    digest: str = ""             # sha256 of the text (export's checkpoint key)
    error: str | None = None
    text: str | None = None      # only for rows read from stdin (they cannot be read again)


def corpus_format(name: str) -> str | None:
    """'jsonl', 'csv' or 'parquet' by the file name, else None."""
    lower = name.lower()
    if lower.endswith((".jsonl", ".jsonl.gz")):
        return "jsonl"
    if lower.endswith(".csv"):
        return "csv"
    if lower.endswith(".parquet"):
        return "parquet"
    return None


def rows(path: str, fields: Fields = Fields(), *, fmt: str | None = None, stream: IO[bytes] | None = None
         ) -> Iterator[Row]:
    """The rows of a corpus file (or of `stream`, stdin: then each Row carries its text).
    InputError when the file cannot be read at all (missing, no text column)."""
    fmt = fmt or corpus_format(path)
    reader = {"jsonl": _jsonl_rows, "csv": _csv_rows, "parquet": _parquet_rows}[fmt]
    try:
        yield from reader(path, fields, stream)
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None


def _row(number: int, line: str, record: dict, fields: Fields, locator: tuple, text_field: str | None,
         keep_text: bool) -> Row:
    """A row from one record (a dict of field name -> value), or its error."""
    if text_field is None:
        return Row(number, line, error=f"{line}: no text field ({_text_names(fields)})")
    text = record.get(text_field)
    row_id = _row_id(record, fields, number)
    if text is None or (isinstance(text, str) and not text.strip()):
        return Row(number, line, row_id, error=f"{line}: empty text")
    if not isinstance(text, str):
        return Row(number, line, row_id, error=f"{line}: {text_field} is not text ({type(text).__name__})")
    return Row(number, line, row_id, _meta(record), locator, hashlib.sha256(text.encode("utf-8")).hexdigest(),
               text=text if keep_text else None)


def _text_names(fields: Fields) -> str:
    return fields.text if fields.text else ", ".join(TEXT_FIELDS)


def _text_field(names: Iterable[str], fields: Fields) -> str | None:
    """The name (as spelled in the file) of the text field: --text-field, else the first present
    of TEXT_FIELDS (case-insensitive)."""
    by_lower = {}
    for name in names:
        by_lower.setdefault(str(name).strip().lower(), name)
    wanted = (fields.text,) if fields.text else TEXT_FIELDS
    return next((by_lower[w.lower()] for w in wanted if w.lower() in by_lower), None)


def _row_id(record: dict, fields: Fields, number: int) -> str:
    lower = {str(k).strip().lower(): v for k, v in record.items()}
    for name in ((fields.id,) if fields.id else ID_FIELDS):
        value = lower.get(name.lower())
        if value is not None and str(value).strip():
            return str(value).strip()
    return str(number)


def _meta(record: dict) -> dict:
    lower = {str(k).strip().lower(): v for k, v in record.items()}
    meta = {}
    for key, names in META_FIELDS.items():
        value = next((lower[n] for n in names if lower.get(n) not in (None, "")), None)
        if key == "date":
            value = normalise_date(value)
        elif isinstance(value, (list, tuple)):
            value = "; ".join(str(v) for v in value if v) or None
        elif value is not None:
            value = str(value).strip() or None
        meta[key] = value
    return meta


# ---------------------------------------------------------------- JSON Lines

def _open_jsonl(path: str) -> IO[bytes]:
    return gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb")


def _jsonl_rows(path: str, fields: Fields, stream: IO[bytes] | None) -> Iterator[Row]:
    file = stream or _open_jsonl(path)
    try:
        offset = 0
        for number, raw in enumerate(file, 1):
            start, offset = offset, offset + len(raw)
            if not raw.strip():
                continue
            line = f"line {number}"
            try:
                record = json.loads(raw)
            except ValueError as exc:
                yield Row(number, line, error=f"{line}: not JSON ({getattr(exc, 'msg', exc)})")
                continue
            if not isinstance(record, dict):
                yield Row(number, line, error=f"{line}: not a JSON object")
                continue
            field = _text_field(record, fields)
            yield _row(number, line, record, fields, ("jsonl", start, field), field, stream is not None)
    except (EOFError, gzip.BadGzipFile) as exc:
        raise InputError(f"not a gzip file or cut short ({exc})") from None
    finally:
        if stream is None:
            file.close()


# ---------------------------------------------------------------- CSV

class _Lines:
    """A binary file's lines as text (UTF-8, a BOM dropped, invalid bytes replaced), with the byte
    offset and line number of the next line to be read: where a CSV record starts."""

    def __init__(self, file: IO[bytes], offset: int = 0):
        self.file, self.offset, self.number = file, offset, 1
        self.decoder = codecs.getincrementaldecoder("utf-8-sig" if offset == 0 else "utf-8")("replace")

    def __iter__(self):
        for raw in self.file:
            self.offset += len(raw)
            self.number += raw.count(b"\n")
            yield self.decoder.decode(raw)


def _csv_rows(path: str, fields: Fields, stream: IO[bytes] | None) -> Iterator[Row]:
    file = stream or open(path, "rb")
    try:
        lines = _Lines(file)
        reader = csv.reader(lines)
        header = next(reader, None)
        if header is None:
            return
        text_field = _text_field(header, fields)
        if text_field is None:
            raise InputError(f"no text column ({_text_names(fields)}); name it with --text-field")
        column = header.index(text_field)
        number = 0
        while True:
            start, line_number = lines.offset, lines.number
            try:
                values = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                raise InputError(f"line {line_number}: not CSV ({exc})") from None
            if not values:
                continue
            number += 1
            record = dict(zip(header, values))
            yield _row(number, f"line {line_number}", record, fields, ("csv", start, column), text_field,
                       stream is not None)
    finally:
        if stream is None:
            file.close()


# ---------------------------------------------------------------- Parquet

def _parquet_rows(path: str, fields: Fields, stream: IO[bytes] | None) -> Iterator[Row]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # noqa: BLE001 - pyarrow raises ArrowInvalid and others
        raise InputError(f"not a Parquet file ({exc})") from None
    names = parquet.schema_arrow.names
    text_field = _text_field(names, fields)
    if text_field is None:
        raise InputError(f"no text column ({_text_names(fields)}); name it with --text-field")
    wanted = {n.lower() for names_ in META_FIELDS.values() for n in names_} | set(ID_FIELDS)
    wanted |= {fields.id.lower()} if fields.id else set()
    columns = [n for n in names if n == text_field or n.lower() in wanted]
    number = 0
    for batch in parquet.iter_batches(batch_size=PARQUET_BATCH, columns=columns):
        for record in batch.to_pylist():
            number += 1
            yield _row(number, f"row {number}", record, fields, ("parquet", number - 1, text_field), text_field,
                       False)


# ---------------------------------------------------------------- reading a row's text again

class _Cursor:
    """The last file read by `read_text` in this process, open where the last row ended, so rows
    read in order cost one pass over a `.jsonl.gz` or a Parquet file."""
    path: str | None = None
    kind: str | None = None
    file = None
    position = 0           # JSON Lines: byte offset; Parquet: index of the first row of `batch`
    batch: list | None = None
    batches = None


_CURSOR = _Cursor()


def read_text(path: str, locator: tuple) -> str:
    """The text of the row at `locator` (from `rows`); InputError when it cannot be read."""
    try:
        kind = locator[0]
        if kind == "jsonl":
            return json.loads(_jsonl_line(path, locator[1]))[locator[2]]
        if kind == "csv":
            with open(path, "rb") as file:
                file.seek(locator[1])
                return next(csv.reader(_Lines(file, locator[1])))[locator[2]]
        return _parquet_value(path, locator[1], locator[2])
    except (OSError, EOFError) as exc:
        raise InputError(getattr(exc, "strerror", None) or str(exc)) from None
    except (ValueError, KeyError, IndexError, StopIteration, csv.Error):
        raise InputError("the file changed while it was read") from None


def _jsonl_line(path: str, offset: int) -> bytes:
    if not path.lower().endswith(".gz"):
        with open(path, "rb") as file:
            file.seek(offset)
            return file.readline()
    cursor = _CURSOR
    if cursor.path != path or cursor.kind != "jsonl" or offset < cursor.position:
        _close_cursor()
        cursor.path, cursor.kind, cursor.file, cursor.position = path, "jsonl", gzip.open(path, "rb"), 0
    cursor.file.seek(offset)          # forward in a gzip stream: reads on from where it is
    line = cursor.file.readline()
    cursor.position = offset + len(line)
    return line


def _parquet_value(path: str, index: int, column: str) -> str:
    import pyarrow.parquet as pq

    cursor = _CURSOR
    if cursor.path != path or cursor.kind != ("parquet", column) or index < cursor.position:
        _close_cursor()
        cursor.path, cursor.kind = path, ("parquet", column)
        cursor.batches = pq.ParquetFile(path).iter_batches(batch_size=PARQUET_BATCH, columns=[column])
        cursor.position, cursor.batch = 0, []
    while index >= cursor.position + len(cursor.batch):
        cursor.position += len(cursor.batch)
        cursor.batch = next(cursor.batches).column(0).to_pylist()
    return cursor.batch[index - cursor.position]


def _close_cursor() -> None:
    if _CURSOR.file is not None:
        _CURSOR.file.close()
    _CURSOR.path = _CURSOR.kind = _CURSOR.file = _CURSOR.batches = _CURSOR.batch = None
    _CURSOR.position = 0


# ---------------------------------------------------------------- dates

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def normalise_date(value) -> str | None:
    """A date in ISO 8601: `2024-03-05`, or with its time and offset as given
    (`2024-03-05T14:30:00+01:00`; no offset when the source gives none). Reads ISO 8601, RFC 2822
    (`Tue, 05 Mar 2024 14:30:00 GMT`), `March 5, 2024`, `5 March 2024`, Unix timestamps and
    datetime values; `05/03/2024` is read day first (5 March 2024; `12/31/2024`, which cannot be,
    is read month first). None when it is not a date (or gives no year)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return _iso(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if abs(value) > 1e11 else value
        try:
            return _iso(dt.datetime.fromtimestamp(seconds, dt.timezone.utc))
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    if _ISO_DATE.match(text):
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    for parse in (_from_iso, _from_rfc2822, _from_dateutil):
        found = parse(text)
        if found is not None:
            return found
    return None


def _iso(value: dt.datetime) -> str:
    return value.isoformat(timespec="seconds" if not value.microsecond else "auto")


def _from_iso(text: str) -> str | None:
    try:
        return _iso(dt.datetime.fromisoformat(text.replace("z", "Z")))
    except ValueError:
        return None


def _from_rfc2822(text: str) -> str | None:
    if not re.search(r"\d{1,2}:\d{2}", text):
        return None
    try:
        return _iso(email.utils.parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        return None


def _from_dateutil(text: str) -> str | None:
    if not _YEAR.search(text) or len(text) > 64:
        return None
    try:
        from dateutil import parser
    except ImportError:
        return None
    try:
        found = parser.parse(text, dayfirst=True, default=dt.datetime(2000, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return None
    return _iso(found) if ":" in text else found.date().isoformat()


def stdin_rows(fmt: str, fields: Fields) -> Iterator[Row]:
    """Rows of stdin (`--input-format jsonl|csv`), each carrying its text."""
    return rows("-", fields, fmt=fmt, stream=sys.stdin.buffer)


def is_corpus(name: str | Path) -> bool:
    return corpus_format(str(name)) is not None
