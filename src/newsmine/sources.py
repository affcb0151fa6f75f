"""Inputs: files, folders, globs and stdin, decoded and cleaned into article text.

Everything downstream (offsets included) refers to the text `article_text` returns, which is
exactly what `newsmine clean` prints. Nothing here prints: what a user should hear about how an
input was read (bytes replaced, a text cut) comes back as `Article.warnings`.
"""
from __future__ import annotations

import codecs
import errno
import fnmatch
import glob
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
# Files of many articles, also read in folders: corpora (a row each) and web archives (a page each).
MANY_SUFFIXES = (".jsonl", ".jsonl.gz", ".csv", ".parquet", ".warc", ".warc.gz")
HTML_SUFFIXES = {".html", ".htm"}
MAX_CHARS = 5_000_000   # --max-chars default: a stray log file is cut rather than wedging a run
BYTES_PER_CHAR = 4      # the most any encoding read here needs (UTF-8, UTF-16, GB18030)
NOT_REGULAR = "not a regular file"


class InputError(Exception):
    """One input that cannot be read; the message is the cause, shown after the path."""


@dataclass(frozen=True)
class Source:
    doc: str            # the name reported in the `doc` column: the path as given, or "-"
    path: Path | None   # None for stdin


@dataclass(frozen=True)
class Skipped:
    """A path that is not read: met in a folder or glob and not an article (a notice only), or one
    that cannot be read at all (`missing`: it fails, e.g. a named path that does not exist)."""
    doc: str
    reason: str
    missing: bool = False

    @property
    def path(self) -> Path | None:
        return None if self.missing else Path(self.doc)


@dataclass(frozen=True)
class Article:
    """One input's article text, and what the user should hear about how it was read."""
    text: str
    warnings: tuple[str, ...] = ()
    meta: dict | None = None    # an HTML page's title, date, author, source (site name), url


# ---------------------------------------------------------------- which inputs

def is_url(text: str) -> bool:
    """An input fetched from the web rather than read from disk."""
    return bool(re.match(r"https?://", text, re.IGNORECASE))


def iter_sources(inputs: list[str], *, exclude: Iterable[str | Path] = (),
                 seen: set[str] | None = None, walked: set[str] | None = None) -> Iterator[Source | Skipped]:
    """Expand INPUT arguments in order; folders recursively and sorted, so runs are repeatable.
    Each file is read once per run, where it is first met (`a.txt ./a.txt`, `'corpus/**'` and a
    link to a file name one file). Paths at or under `exclude` (a run's own output folder and
    report) are never read. `seen` and `walked` (files read, folders walked) carry over from an
    earlier call of the same run (`articles.plan` calls it once per run of file inputs)."""
    excluded = [Path(p).resolve() for p in exclude]
    seen = set() if seen is None else seen
    for item in _expand(inputs, set() if walked is None else walked):
        if item.path is not None and _under(item.path, excluded):
            continue
        identity = item.doc if item.path is None else os.path.realpath(item.path)
        if identity not in seen:
            seen.add(identity)
            yield item


def _under(path: Path, excluded: list[Path]) -> bool:
    resolved = path.resolve()
    return any(resolved == e or e in resolved.parents for e in excluded)


def _expand(inputs: list[str], walked: set[str]) -> Iterator[Source | Skipped]:
    """`walked`: real paths of the folders walked this run: each is walked once."""
    for given in inputs:
        if given == "-":
            yield Source("-", None)
        elif os.path.isdir(given):
            yield from _walk_folder(Path(given), walked)
        elif os.path.lexists(given):
            yield _named_file(given)
        elif glob.has_magic(given):
            yield from _globbed(given, walked)
        else:
            yield Skipped(given, "no such file or directory", missing=True)


def _named_file(given: str) -> Source | Skipped:
    """A file the user named is read if it is a regular file; anything else (a FIFO, a device,
    a symlink loop) fails with the cause. Stdin is read as `-`."""
    cause = unreadable(Path(given))
    return Source(given, Path(given)) if cause is None else Skipped(given, cause, missing=True)


def _found_file(path: Path) -> Source | Skipped:
    """A file met in a folder or glob: an article file is read; other files, and a FIFO, socket or
    device (reading one would block or never end), are skipped with a notice."""
    if not is_article_file(path):
        return Skipped(str(path), f"skipped: not an article file ({path.suffix or 'no extension'})")
    cause = unreadable(path)
    if cause == NOT_REGULAR:
        return Skipped(str(path), f"skipped: {NOT_REGULAR}")
    return Source(str(path), path) if cause is None else Skipped(str(path), cause, missing=True)


def is_article_file(path: str | Path) -> bool:
    """Whether a file met in a folder or glob is read: by its suffix (`.jsonl.gz` and `.warc.gz`
    count, other `.gz` files do not)."""
    name = str(path).lower()
    return Path(name).suffix in ARTICLE_SUFFIXES or name.endswith(MANY_SUFFIXES)


def unreadable(path: Path) -> str | None:
    """Why `path` cannot be read as an article file, or None for a regular file. Checked before
    opening it: opening a FIFO waits for a writer, and a device may never end."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return _cause(exc)
    if stat.S_ISDIR(mode):
        return "is a directory"
    return None if stat.S_ISREG(mode) else NOT_REGULAR


def _cause(exc: OSError) -> str:
    """An OSError in the words a user understands."""
    causes = {errno.ENOENT: "no such file or directory", errno.EACCES: "permission denied",
              errno.EPERM: "permission denied", errno.EISDIR: "is a directory", errno.ELOOP: "symlink loop"}
    return causes.get(exc.errno) or exc.strerror or str(exc)


def _walk_folder(folder: Path, walked: set[str]) -> Iterator[Source | Skipped]:
    """A folder's files, recursively: a folder's own files (sorted) before its subfolders (sorted)."""
    if _first_visit(folder, walked):
        for path, is_folder in _tree(folder, walked):
            if not is_folder:
                yield _found_file(path)


def _tree(top: Path, walked: set[str]) -> Iterator[tuple[Path, bool]]:
    """(path, is it a folder) for everything under `top`, hidden names left out. Links to folders
    are followed, except into a folder already walked this run: one of its own parents (a loop,
    `a/up -> ..`) or one reached another way, so no folder is walked twice."""
    for root, folders, files in os.walk(top, followlinks=True):
        folders[:] = [name for name in sorted(folders)
                      if not name.startswith(".") and _first_visit(Path(root, name), walked)]
        yield from ((Path(root, name), False) for name in sorted(files) if not name.startswith("."))
        yield from ((Path(root, name), True) for name in folders)


def _first_visit(folder: Path, walked: set[str]) -> bool:
    real = os.path.realpath(folder)
    if real in walked:
        return False
    walked.add(real)
    return True


def _globbed(pattern: str, walked: set[str]) -> Iterator[Source | Skipped]:
    """A glob's matches in sorted order: folders walked, files taken as a folder's files are."""
    matches = _glob(pattern)
    if not matches:
        yield Skipped(pattern, "no file matches this pattern", missing=True)
    for match in matches:
        if os.path.isdir(match):
            yield from _walk_folder(Path(match), walked)
        else:
            yield _found_file(Path(match))


def _glob(pattern: str) -> list[str]:
    """Sorted matches of a glob. `**` (any folders deep) is matched on our own walk of the folder
    it starts from, which does not follow links into loops (Python's glob follows `a/up -> ..` some
    40 levels deep, and twice as many paths with each further link)."""
    if "**" not in pattern:
        return sorted(glob.glob(pattern))
    parts = pattern.split("/")
    first_magic = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    base = "/".join(parts[:first_magic]) or ("/" if pattern.startswith("/") else "")
    wanted = [part for part in parts[first_magic:] if part]
    top = Path(base or ".")
    found = [os.path.join(base, "")] if base and top.is_dir() and _matches([], wanted) else []
    for path, _ in _tree(top, {os.path.realpath(top)}):
        relative = os.path.relpath(path, top)
        if _matches(relative.split(os.sep), wanted):
            found.append(os.path.join(base, relative))
    return sorted(found)


def _matches(names: list[str], wanted: list[str]) -> bool:
    """Whether path components `names` match glob components `wanted` (`**`: zero or more folders)."""
    if not wanted:
        return not names
    if wanted[0] == "**":
        return any(_matches(names[i:], wanted[1:]) for i in range(len(names) + 1))
    return bool(names) and fnmatch.fnmatchcase(names[0], wanted[0]) and _matches(names[1:], wanted[1:])


# ---------------------------------------------------------------- reading one input

def read_bytes(path: Path) -> bytes:
    """A regular file's bytes; InputError with the cause a user understands when it cannot be read."""
    return _read_head(Path(path), None)[0]


def _read_head(path: Path, limit: int | None) -> tuple[bytes, int]:
    """A regular file's bytes, only the first `limit` when it is larger, and its size in bytes."""
    cause = unreadable(path)
    if cause:
        raise InputError(cause)
    try:
        size = path.stat().st_size
        if limit is not None and size > limit:
            with path.open("rb") as file:
                return file.read(limit), size
        return path.read_bytes(), size
    except OSError as exc:
        raise InputError(_cause(exc)) from None


def title_of(text: str) -> str | None:
    """An article's title: its first non-empty line, at most 300 characters."""
    title = next((line.strip() for line in text.split("\n") if line.strip()), None)
    return title[:300] if title else None


def read_file(path: str | Path, *, keep_boilerplate: bool = False, max_chars: int = 0) -> str:
    """The article text of one file (HTML by its suffix); InputError when it cannot be read."""
    return load_file(path, keep_boilerplate=keep_boilerplate, max_chars=max_chars).text


def load_file(path: str | Path, *, keep_boilerplate: bool = False, max_chars: int = 0) -> Article:
    """One file's article and warnings. With `max_chars`, at most the bytes that many characters
    can take are read: a 1 GB log file is not read whole only to be cut."""
    path = Path(path)
    limit = max_chars * BYTES_PER_CHAR + 4 if max_chars else None  # + a byte order mark
    data, size = _read_head(path, limit)
    return load_article(data, html=path.suffix.lower() in HTML_SUFFIXES, keep_boilerplate=keep_boilerplate,
                        max_chars=max_chars, size=size)


def article_text(data: bytes, *, html: bool | None, keep_boilerplate: bool = False) -> str:
    """Bytes of one input to article text; `html=None` sniffs the text (stdin has no suffix)."""
    return load_article(data, html=html, keep_boilerplate=keep_boilerplate).text


def load_article(data: bytes, *, html: bool | None, keep_boilerplate: bool = False, max_chars: int = 0,
                 size: int | None = None) -> Article:
    """Bytes of one input to its article and warnings. `size`, when larger than `data`, is the
    input's size in bytes: `data` is only its head. Texts over `max_chars` (0: no limit) are cut."""
    from .boilerplate import strip_boilerplate

    head = size is not None and size > len(data)
    text, warnings = decode_text(_without_cut_end(data) if head else data)
    text = normalise_newlines(text)
    if max_chars and (head or len(text) > max_chars):
        whole = f"{size:,} bytes" if head else f"{len(text):,} characters"
        warnings.append(f"{whole}, cut to {max_chars:,}{' characters' if head else ''} (--max-chars)")
        text = cut_text(text, max_chars)
    meta = None
    if html or (html is None and _looks_like_html(text)):
        text, meta = html_article(text)
    text = text.replace("\x00", "")
    if not keep_boilerplate:
        text = strip_boilerplate(text)
    return Article(text, tuple(warnings), meta)


def cut_text(text: str, max_chars: int) -> str:
    """At most `max_chars` characters, ending at a line break (else a space) in the second half."""
    head = text[:max_chars]
    line_end = head.rfind("\n", max_chars // 2)
    if line_end >= 0:
        return head[:line_end + 1]
    space = head.rfind(" ", max_chars // 2)
    return head[:space] if space >= 0 else head


def _without_cut_end(data: bytes) -> bytes:
    """The head of a file read in part, ending at a line break or space (in every encoding read
    here, bytes 0x0A and 0x20 are those characters), so no character is cut in two."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return codecs.getincrementaldecoder("utf-16")().decode(data, final=False).encode("utf-16")
        except UnicodeDecodeError:
            return data
    for separator in (b"\n", b" "):
        at = data.rfind(separator, len(data) // 2)
        if at >= 0:
            return data[:at + 1]
    return data


# ---------------------------------------------------------------- encodings

def decode(data: bytes) -> str:
    """The text of a file's bytes (see `decode_text`)."""
    return decode_text(data)[0]


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM; a few invalid bytes are replaced, with a warning), UTF-16 with
    BOM, else the legacy encoding the bytes are in (Windows-1252, Windows-1251, Shift-JIS, ...)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_or_fail(data, "utf-16"), []
    bom = data.startswith(b"\xef\xbb\xbf")
    if bom:
        data = data[3:]
    elif b"\x00" in data[:8192]:
        raise InputError("binary file, not text")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _utf8_but_a_few_bytes(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    if bom:
        return _decode_or_fail(data, "utf-8"), []
    return _legacy(data), []


_INVALID_BYTE = re.compile("[\udc80-\udcff]")  # how surrogateescape keeps an undecodable byte
_NON_ASCII = re.compile("[^\x00-\x7f]")


def _utf8_but_a_few_bytes(data: bytes) -> tuple[str, list[str]] | None:
    """UTF-8 with its invalid bytes replaced by U+FFFD, when they are few beside its valid
    multi-byte characters: at most 1% of them, or up to 8 and fewer than the valid ones (a legacy
    file has its accented letters invalid and next to none valid). Else None."""
    escaped = data.decode("utf-8", "surrogateescape")
    invalid = len(_INVALID_BYTE.findall(escaped))
    valid = len(_NON_ASCII.findall(escaped)) - invalid
    if valid == 0 or (invalid * 100 > valid + invalid and not (invalid <= 8 and invalid < valid)):
        return None
    warning = f"{invalid:,} invalid UTF-8 byte{'s' if invalid != 1 else ''} replaced"
    return _INVALID_BYTE.sub("\ufffd", escaped), [warning]


_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))
_HIGH = bytes(range(0x80, 0x100))


def _legacy(data: bytes) -> str:
    """Bytes that are not UTF-8. Most letters ASCII: a Latin-script text, read as Windows-1252
    (else Latin-1) as the BBC's Latin-1 files need; charset-normalizer guesses badly from a few
    accented letters (one £ reads as Japanese). Mostly non-ASCII letters (Cyrillic, Greek, CJK,
    ...): the encoding charset-normalizer detects (Windows-1251, KOI8-R, Shift-JIS, GB18030)."""
    non_ascii = len(data) - len(data.translate(None, _HIGH))
    ascii_letters = len(data) - len(data.translate(None, _LETTERS))
    if non_ascii > ascii_letters:
        from charset_normalizer import from_bytes

        guess = from_bytes(data).best()
        if guess is not None:
            try:
                return data.decode(guess.encoding)
            except (UnicodeDecodeError, LookupError):
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


# ---------------------------------------------------------------- HTML

def html_to_text(html: str) -> str:
    """Main article text of a page (see `html_article`)."""
    return html_article(html)[0]


def html_article(html: str) -> tuple[str, dict | None]:
    """Main article text by trafilatura (menus, scripts, footers dropped), title first. Its
    precision mode can keep nothing of a bare fragment or of plain text saved as HTML: when it
    keeps under a quarter of the words the page shows outside links (menus and link lists are
    chrome), recall mode, then trafilatura's baseline, then the page's visible text, whichever
    first keeps that much. "" when the page shows no text. With it, the page's metadata as
    trafilatura reads it (`page_meta`), None when it has none."""
    visible, link_words = visible_text(html)
    enough = max(1, (len(visible.split()) - link_words) / 4)
    title, meta = "", None
    for body, found_title, doc in _html_bodies(html, visible):
        title = title or found_title
        meta = meta or (page_meta(doc) if doc is not None else None)
        if len(body.split()) >= enough:
            return (f"{title}\n\n{body}" if title and not body.startswith(title) else body), meta
    return "", meta


def page_meta(doc, url: str | None = None) -> dict:
    """A trafilatura Document's metadata: title, date (`YYYY-MM-DD`), author, source (the site's
    name), url (its canonical URL, else `url`); missing values are None."""
    def get(name):
        value = getattr(doc, name, None) if doc is not None else None
        return value.strip() if isinstance(value, str) and value.strip() else None

    date = re.match(r"\s*(\d{4}-\d{2}-\d{2})", get("date") or "")
    return {"title": get("title"), "date": date.group(1) if date else None, "author": get("author"),
            "source": get("sitename"), "url": url or get("url")}


def _html_bodies(html: str, visible: str) -> Iterator[tuple[str, str]]:
    """(body, title, trafilatura's Document or None) by ever less selective means, each tried only when the one before fell short."""
    import trafilatura

    for mode in ({"favor_precision": True}, {"favor_recall": True}):
        doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False,
                                          with_metadata=True, **mode)
        yield ((doc.text or "").strip(), (doc.title or "").strip(), doc) if doc else ("", "", None)
    yield trafilatura.baseline(html)[1].strip(), "", None
    yield visible, "", None


_INVISIBLE = ("head", "script", "style", "noscript", "template", "svg", "iframe", "object")
_BLOCKS = ("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
           "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
           "pre", "section", "table", "td", "th", "tr", "ul")


def visible_text(html: str) -> tuple[str, int]:
    """The text a browser shows of a page, a line per block (or per paragraph of plain text saved
    as HTML: a blank line in the source also ends one), spaces collapsed; and how many of its
    words are link text."""
    import lxml.etree
    import lxml.html

    # libxml2 stops reading at 256 nested elements unless told the tree may be huge: a page of
    # 500 nested <div>s (a page builder's output) gave "no article text found".
    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        root = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", html), parser=parser)
    except (ValueError, lxml.etree.ParserError):
        return "", 0
    for element in list(root.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction, *_INVISIBLE)):
        element.drop_tree()
    link_words = sum(len(link.text_content().split()) for link in root.iter("a"))
    for element in root.iter(*_BLOCKS):
        element.text = "\n\n" + (element.text or "")
        element.tail = "\n\n" + (element.tail or "")
    lines = (" ".join(block.split()) for block in re.split(r"\n\s*\n", root.text_content()))
    return "\n".join(line for line in lines if line), link_words


_HTML_START = re.compile(r"^\s*(<!doctype html|<html\b)", re.IGNORECASE)


def _looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:1000]))
