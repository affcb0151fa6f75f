"""Articles from web archives (`.warc`, `.warc.gz`), read record by record with warcio.

`warc_pages(path)` yields each HTML `response` record with HTTP status 200 as a `WarcPage` (target
URI, body, meta); a multi-GB archive is streamed, one record in memory at a time. Records that
are not pages are skipped and counted in the `counts` Counter the caller passes: `pages`,
`not html`, `http 404` (any non-200 status), `revisit`, `too large`, and `other records`
(warcinfo, request, metadata: never pages, so not reported as skipped).

Each page knows its record's `offset` in the file: `read_page(path, offset)` reads that one
record again (a `.warc.gz` record is a gzip member of its own), so the article path keeps only
offsets while it plans an archive and reads each page where it is processed.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .sources import InputError

SKIP_REASONS_NOT_REPORTED = ("pages", "other records")


@dataclass
class WarcPage:
    url: str          # WARC-Target-URI
    body: bytes       # the HTTP payload, transfer and content encodings removed
    meta: dict        # url, date (page's own, else WARC-Date; YYYY-MM-DD), crawled (WARC-Date),
                      # content_type, http_status; with metadata=True also title, author, source
    offset: int = 0   # of the record in the file (see `read_page`)


def is_warc(path: str) -> bool:
    return path.lower().endswith((".warc", ".warc.gz"))


def warc_pages(path: str | Path, counts: Counter | None = None, *, metadata: bool = True,
               max_bytes: int = 20_000_000) -> Iterator[WarcPage]:
    """HTML pages with status 200, in archive order. InputError when the file cannot be opened
    or is not a WARC (at its start, or corrupt further on: the pages before are yielded)."""
    from warcio.archiveiterator import ArchiveIterator

    counts = counts if counts is not None else Counter()
    try:
        stream = open(path, "rb")
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    with stream:
        try:
            records = ArchiveIterator(stream)
            for record in records:
                page = _page_of(record, counts, metadata, max_bytes)
                if page is not None:
                    counts["pages"] += 1
                    page.offset = records.get_record_offset()
                    yield page
        except InputError:
            raise
        except Exception as exc:  # noqa: BLE001 - warcio raises ArchiveLoadFailed, zlib, EOF... errors
            seen = sum(counts.values())
            where = "not a WARC file" if seen == 0 else f"corrupt after {seen} records"
            raise InputError(f"{where} ({type(exc).__name__}: {exc})") from None


def _page_of(record, counts: Counter, metadata: bool, max_bytes: int) -> WarcPage | None:
    """The record as a page, or None with the reason counted."""
    if record.rec_type == "revisit":
        counts["revisit"] += 1
        return None
    if record.rec_type != "response" or record.http_headers is None:
        counts["other records"] += 1
        return None
    status = record.http_headers.get_statuscode()
    if status != "200":
        counts[f"http {status}"] += 1
        return None
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        counts["too large"] += 1
        return None
    return _html_page(record, body, counts, metadata)


def _html_page(record, body: bytes, counts: Counter, metadata: bool) -> WarcPage | None:
    from .web import Page, decode_page, iso_date, page_kind, page_meta

    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    crawled = record.rec_headers.get_header("WARC-Date")
    meta = {"url": url, "date": iso_date(crawled), "crawled": crawled, "http_status": 200,
            "content_type": record.http_headers.get_header("Content-Type")}
    page = Page(url, "ok", body, meta)
    if page_kind(page) != "html":
        counts["not html"] += 1
        return None
    if metadata:
        found = page_meta(decode_page(page), url)
        meta.update({k: v for k, v in found.items() if v})
    return WarcPage(url, body, meta)


def skipped_summary(counts: Counter) -> str | None:
    """'skipped 2 records: 1 not html, 1 http 404', or None when nothing was skipped."""
    skipped = {k: n for k, n in counts.items() if k not in SKIP_REASONS_NOT_REPORTED and n}
    if not skipped:
        return None
    total = sum(skipped.values())
    parts = ", ".join(f"{n} {k}" for k, n in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0])))
    return f"skipped {total} record{'s' if total != 1 else ''}: {parts}"


def read_page(path: str | Path, offset: int, *, max_bytes: int = 20_000_000) -> WarcPage:
    """The page of the record at `offset` (from `warc_pages`); InputError when it is no longer there."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        with open(path, "rb") as stream:
            stream.seek(offset)
            for record in ArchiveIterator(stream):
                page = _page_of(record, Counter(), False, max_bytes)
                if page is None:
                    break
                page.offset = offset
                return page
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    except Exception as exc:  # noqa: BLE001 - warcio's errors
        raise InputError(f"WARC record at byte {offset} cannot be read ({type(exc).__name__})") from None
    raise InputError(f"no page at byte {offset} (the archive changed?)")
