"""Inputs: files, folders, globs and stdin, decoded and cleaned into article text.

Everything downstream (offsets included) refers to the text `article_text` returns, which is
exactly what `newsmine clean` prints.
"""
from __future__ import annotations

import glob
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
HTML_SUFFIXES = {".html", ".htm"}


class InputError(Exception):
    """One input that cannot be read; the message is the cause, shown after the path."""


@dataclass(frozen=True)
class Source:
    doc: str            # the name reported in the `doc` column: the path as given, or "-"
    path: Path | None   # None for stdin


@dataclass(frozen=True)
class Skipped:
    """A path that was found but is not an article (or does not exist: `missing`)."""
    doc: str
    reason: str
    missing: bool = False

    @property
    def path(self) -> Path | None:
        return None if self.missing else Path(self.doc)


def iter_sources(inputs: list[str], *, exclude: Iterable[str | Path] = ()) -> Iterator[Source | Skipped]:
    """Expand INPUT arguments in order; folders recursively and sorted, so runs are repeatable.
    Paths at or under `exclude` (a run's own output folder and report) are never read."""
    excluded = [Path(p).resolve() for p in exclude]
    for item in _expand(inputs):
        if item.path is not None and _under(item.path, excluded):
            continue
        yield item


def _under(path: Path, excluded: list[Path]) -> bool:
    resolved = path.resolve()
    return any(resolved == e or e in resolved.parents for e in excluded)


def _expand(inputs: list[str]) -> Iterator[Source | Skipped]:
    for given in inputs:
        if given == "-":
            yield Source("-", None)
            continue
        path = Path(given)
        if path.is_dir():
            yield from _walk_folder(path)
        elif path.exists():
            yield Source(given, path)
        elif glob.has_magic(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield Skipped(given, "no file matches this pattern", missing=True)
            for match in matches:
                if Path(match).is_dir():
                    yield from _walk_folder(Path(match))
                else:
                    yield Source(match, Path(match))
        else:
            yield Skipped(given, "no such file or directory", missing=True)


def _walk_folder(folder: Path) -> Iterator[Source | Skipped]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            if path.suffix.lower() in ARTICLE_SUFFIXES:
                yield Source(str(path), path)
            else:
                yield Skipped(str(path), f"skipped: not an article file ({path.suffix or 'no extension'})")


def read_bytes(path: Path) -> bytes:
    """A file's bytes; InputError with the cause a user understands when it cannot be read."""
    try:
        return path.read_bytes()
    except PermissionError:
        raise InputError("permission denied") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except FileNotFoundError:
        raise InputError("no such file or directory") from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None


def title_of(text: str) -> str | None:
    """An article's title: its first non-empty line, at most 300 characters."""
    title = next((line.strip() for line in text.split("\n") if line.strip()), None)
    return title[:300] if title else None


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else the legacy Windows/Latin-1 encodings."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode_or_fail(data[3:], "utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_or_fail(data, "utf-16")
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # cp1252 leaves five bytes undefined; Latin-1 maps all


def _decode_or_fail(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {encoding.upper()}: {exc.reason} at byte {exc.start}") from None


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def html_to_text(html: str) -> str:
    """Main article text by trafilatura (menus, scripts, footers dropped), title first."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, favor_precision=True, with_metadata=True
    )
    if doc is None:
        return ""
    title = (doc.title or "").strip()
    body = (doc.text or "").strip()
    if title and not body.startswith(title):
        return f"{title}\n\n{body}"
    return body


def read_file(path: str | Path, *, keep_boilerplate: bool = False) -> str:
    """The article text of one file (HTML by its suffix); InputError when it cannot be read."""
    path = Path(path)
    return article_text(read_bytes(path), html=path.suffix.lower() in HTML_SUFFIXES,
                        keep_boilerplate=keep_boilerplate)


def article_text(data: bytes, *, html: bool | None, keep_boilerplate: bool = False) -> str:
    """Bytes of one input to article text; `html=None` sniffs the text (stdin has no suffix)."""
    from .boilerplate import strip_boilerplate

    text = normalise_newlines(decode(data))
    if html or (html is None and _looks_like_html(text)):
        text = html_to_text(text)
    text = text.replace("\x00", "")
    if not keep_boilerplate:
        text = strip_boilerplate(text)
    return text


_HTML_START = re.compile(r"^\s*(<!doctype html|<html\b)", re.IGNORECASE)


def _looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:1000]))
