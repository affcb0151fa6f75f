"""Articles from the web: pages fetched politely, a local page cache, feeds and sitemaps.

- `Fetcher(...).fetch_all(urls)` yields one `Page` per URL, in input order, streaming. Requests
  run on a thread pool, at most `per_host` at once to one host and `delay` seconds apart
  (robots.txt `Crawl-delay` lengthens it), with `Retry-After` honoured and retries with
  exponential backoff on 429/5xx and network errors. A failed fetch is a Page whose `status`
  says why (`http 404`, `timeout`, `connection refused`, `robots.txt disallows`), never an
  exception, so a batch goes on.
- Fetched pages are kept in `cache_dir` (keyed by a hash of the URL, written atomically): a second
  run makes no request, unless `refresh=True`.
- `page_meta(html, url)`: title, date (ISO 8601, `YYYY-MM-DD`), author, source (site name), url.
- `feed_links(url_or_file)`: the article links of an RSS/Atom feed or a (news) sitemap, with the
  feed's title and date as fallback metadata.
- `feed_inputs(sources)`: `--feed`'s links as inputs (`FeedUrl`: a URL carrying the feed's
  metadata); `read_url_list(path)`: `--urls`. `articles.plan` turns URL inputs into jobs and
  fetches them with a `Fetcher` (this module never imports the article path).
"""
from __future__ import annotations

import email.utils
import errno
import gzip
import hashlib
import io
import json
import os
import re
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from . import __version__
from .sources import is_url

USER_AGENT = f"newsmine/{__version__} (+https://pypi.org/project/newsmine/)"
REDIRECTS = {301, 302, 303, 307, 308}
RETRY_STATUSES = {429, 500, 502, 503, 504}
MAX_REDIRECTS = 10
MAX_SITEMAPS = 200          # child sitemaps read from one sitemap index, at most
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain", "text/markdown")


class WebError(Exception):
    """A feed or sitemap that cannot be read at all (the run's input, not one article)."""


@dataclass(frozen=True)
class Link:
    """An article link from a feed or sitemap, with the feed's own metadata as fallback."""
    url: str
    title: str | None = None
    date: str | None = None
    source: str | None = None


@dataclass
class Page:
    """One URL's outcome. `status` is "ok" or why it failed; `meta` holds title, date, author,
    source, url (the final URL after redirects), plus http_status, content_type and fetched."""
    url: str
    status: str
    body: bytes | None = None
    meta: dict = field(default_factory=dict)
    from_cache: bool = False

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def content_type(self) -> str:
        return (self.meta.get("content_type") or "").split(";")[0].strip().lower()


def default_cache_dir() -> Path:
    """Beside the gazetteer, so one folder ($NEWSMINE_CACHE_DIR or ~/.cache/newsmine) holds all."""
    from .gazetteer import cache_dir

    return cache_dir() / "pages"


# ---------------------------------------------------------------- politeness per host

class _Host:
    """One host's limits: at most `per_host` requests in flight, starts `delay` seconds apart,
    and a later start when the host said so (Retry-After)."""

    def __init__(self, per_host: int | None, delay: float):
        self.slots = threading.BoundedSemaphore(per_host) if per_host else None
        self.delay = delay
        self.lock = threading.Lock()
        self.next_start = 0.0
        self.robots: RobotFileParser | str | None = None   # parser, or why it could not be read
        self.robots_lock = threading.Lock()

    @contextmanager
    def turn(self):
        """Hold one of the host's slots from the request's start to the end of its body."""
        if self.slots:
            self.slots.acquire()
        try:
            self._wait_for_start()
            yield
        finally:
            if self.slots:
                self.slots.release()

    def _wait_for_start(self) -> None:
        while True:
            with self.lock:
                now = time.monotonic()
                if now >= self.next_start:
                    self.next_start = now + self.delay
                    return
                wait = self.next_start - now
            time.sleep(wait)

    def defer(self, seconds: float) -> None:
        """No request to this host before `seconds` from now (the host asked us to wait)."""
        with self.lock:
            self.next_start = max(self.next_start, time.monotonic() + seconds)


# ---------------------------------------------------------------- the fetcher

class Fetcher:
    """Polite, cached HTTP GETs; one instance per run (it keeps connections, hosts and robots).

    per_host: requests in flight to one host at most (None: no limit); delay: seconds between
    the starts of two requests to one host; timeout: (connect, read) seconds; tries: attempts on
    429/5xx and network errors, `backoff` * 2**n seconds apart unless the server gives
    Retry-After (a wait longer than `max_retry_after` gives up at once)."""

    def __init__(self, *, per_host: int | None = 2, delay: float = 1.0,
                 timeout: tuple[float, float] = (10.0, 30.0), tries: int = 3, backoff: float = 1.0,
                 max_retry_after: float = 120.0, ignore_robots: bool = False,
                 cache_dir: str | Path | None = None, cache: bool = True, refresh: bool = False,
                 workers: int = 8, max_bytes: int = 20_000_000, user_agent: str = USER_AGENT):
        import urllib3

        self.per_host, self.delay, self.tries, self.backoff = per_host, delay, tries, backoff
        self.max_retry_after, self.ignore_robots = max_retry_after, ignore_robots
        self.cache = PageCache(Path(cache_dir) if cache_dir else default_cache_dir()) if cache else None
        self.refresh, self.workers, self.max_bytes, self.user_agent = refresh, workers, max_bytes, user_agent
        self.timeout = urllib3.Timeout(connect=timeout[0], read=timeout[1])
        self.http = urllib3.PoolManager(num_pools=64, maxsize=max(per_host or workers, 1), block=False,
                                        headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"})
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self._links: dict[str, Link] = {}

    def remember(self, links: Iterable[Link]) -> None:
        """Feed metadata for URLs fetched later by their plain string (`--feed` then `plan`)."""
        self._links.update((link.url, link) for link in links)

    def fetch_all(self, urls: Iterable[str | Link]) -> Iterator[Page]:
        """Pages in input order, streaming: at most 2 x workers pages fetched ahead of the reader."""
        window: deque = deque()
        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="newsmine-web") as pool:
            try:
                for url in urls:
                    window.append(pool.submit(self._fetch_safely, url))
                    if len(window) >= 2 * self.workers:
                        yield window.popleft().result()
                while window:
                    yield window.popleft().result()
            finally:
                for future in window:
                    future.cancel()

    def _fetch_safely(self, url: str | Link) -> Page:
        """A bug or an unforeseen error on one page fails that page, not the batch."""
        try:
            return self.fetch(url)
        except Exception as exc:  # noqa: BLE001
            return Page(url.url if isinstance(url, Link) else url, f"error ({type(exc).__name__}: {exc})")

    def fetch(self, url: str | Link, *, use_cache: bool = True) -> Page:
        """One URL, from the cache when it is there; feed metadata fills what the page lacks."""
        link = url if isinstance(url, Link) else self._links.get(url) or Link(url)
        cached = self.cache.get(link.url) if self.cache and use_cache and not self.refresh else None
        page = cached or self._download(link.url)
        if page.ok and not cached and self.cache and use_cache:
            self.cache.put(page)
        _fill_from_link(page.meta, link)
        return page

    def _download(self, url: str) -> Page:
        status, final_url, response = self._follow(urldefrag(url.strip())[0], robots=not self.ignore_robots)
        return _page_of(url, final_url, status, response)

    def _follow(self, url: str, *, robots: bool) -> tuple[str, str, "_Response | None"]:
        """(status, final URL, response): redirects followed one hop at a time, each hop under
        its own host's limits and robots.txt."""
        for _ in range(MAX_REDIRECTS + 1):
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                return "invalid url", url, None
            refusal = self._robots_refusal(url) if robots else None
            if refusal:
                return refusal, url, None
            status, response = self._get_with_retries(url)
            if status != "redirect":
                return status, url, response
            url = urldefrag(urljoin(url, response.headers["location"]))[0]
        return "too many redirects", url, None

    def _get_with_retries(self, url: str) -> tuple[str, "_Response | None"]:
        """('ok' | 'redirect' | failure, response). Retries 429/5xx and network errors."""
        host = self._host(url)
        status, response = "failed", None
        for attempt in range(max(self.tries, 1)):
            with host.turn():
                status, response = self._get_once(url)
            retryable = status == "timeout" or status.startswith("connection") or \
                (response is not None and response.status in RETRY_STATUSES)
            if not retryable or attempt == self.tries - 1:
                break
            wait = self.backoff * 2 ** attempt
            if response is not None and response.status in (429, 503):
                asked = retry_after_seconds(response.headers.get("retry-after"))
                if asked is not None and asked > self.max_retry_after:
                    break
                if asked is not None:
                    host.defer(asked)
                    wait = 0.0
            time.sleep(wait)
        return status, response

    def _get_once(self, url: str) -> tuple[str, "_Response | None"]:
        """One GET; a redirect or a body over `max_bytes` closes the connection unread."""
        import urllib3

        try:
            r = self.http.request("GET", url, redirect=False, retries=False, timeout=self.timeout,
                                  preload_content=False)
        except urllib3.exceptions.HTTPError as exc:
            return network_status(exc), None
        headers = {k.lower(): v for k, v in r.headers.items()}
        body = None
        try:
            if r.status in REDIRECTS and headers.get("location"):
                return "redirect", _Response(r.status, headers, b"")
            body = _read_capped(r, self.max_bytes)
        except urllib3.exceptions.HTTPError as exc:
            return network_status(exc), None
        finally:
            if not isinstance(body, bytes):
                r.close()
            r.release_conn()
        if body is False:
            return f"too large (over {self.max_bytes:,} bytes)", None
        status = "ok" if 200 <= r.status < 300 else f"http {r.status}"
        return status, _Response(r.status, headers, body)

    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc.lower()
        with self._hosts_lock:
            if key not in self._hosts:
                self._hosts[key] = _Host(self.per_host, self.delay)
            return self._hosts[key]

    def _robots_refusal(self, url: str) -> str | None:
        """Why robots.txt forbids `url` (None: allowed). Read once per host; per RFC 9309 a
        missing robots.txt (4xx) allows all, an unreachable one (5xx, network) allows none."""
        host = self._host(url)
        with host.robots_lock:
            if host.robots is None:
                host.robots = self._read_robots(url, host)
        if isinstance(host.robots, str):
            return host.robots
        return None if host.robots.can_fetch(self.user_agent, url) else "robots.txt disallows"

    def _read_robots(self, url: str, host: _Host) -> RobotFileParser | str:
        parts = urlsplit(url)
        status, _, response = self._follow(f"{parts.scheme}://{parts.netloc}/robots.txt", robots=False)
        parser = RobotFileParser()
        if status == "ok":
            parser.parse(response.body.decode("utf-8", "replace").splitlines())
            asked = parser.crawl_delay(self.user_agent)
            if asked:
                host.delay = max(host.delay, min(float(asked), 60.0))
        elif response is not None and 400 <= response.status < 500:
            parser.parse([])
        elif response is not None or status.startswith("too large"):
            return f"robots.txt unavailable ({status})"
        else:
            return status   # the host cannot be reached: the page would fail the same way
        return parser


@dataclass(frozen=True)
class _Response:
    status: int
    headers: dict       # names in lower case
    body: bytes


def _read_capped(response, max_bytes: int) -> bytes | bool:
    """The body, or False past `max_bytes` (a page that large is not an article)."""
    chunks, size = [], 0
    for chunk in response.stream(65536):
        size += len(chunk)
        if size > max_bytes:
            return False
        chunks.append(chunk)
    return b"".join(chunks)


def network_status(exc: Exception) -> str:
    """A failure a user understands from urllib3's exception (the order matters: subclasses)."""
    import urllib3.exceptions as e

    if isinstance(exc, e.NameResolutionError):
        return "host not found"
    if isinstance(exc, e.NewConnectionError):
        cause = exc.__cause__ or exc.__context__
        if isinstance(cause, OSError) and cause.errno == errno.ECONNREFUSED:
            return "connection refused"
        return f"connection failed ({getattr(cause, 'strerror', None) or cause or exc})"
    if isinstance(exc, e.TimeoutError):
        return "timeout"
    if isinstance(exc, e.SSLError):
        return "tls error"
    if isinstance(exc, e.ProtocolError):
        return "connection reset"
    if isinstance(exc, (e.LocationParseError, e.LocationValueError)):
        return "invalid url"
    return f"network error ({type(exc).__name__})"


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds from now: a number of seconds or an HTTP date (RFC 9110)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


META_KEYS = ("title", "date", "author", "source", "url")


def _page_of(url: str, final_url: str, status: str, response: _Response | None) -> Page:
    meta = dict.fromkeys(META_KEYS) | {"url": final_url}
    if response is None:
        return Page(url, status, meta=meta)
    meta.update(http_status=response.status, content_type=response.headers.get("content-type"),
                fetched=datetime.now(timezone.utc).isoformat(timespec="seconds"))
    if status != "ok":
        return Page(url, status, meta=meta)
    page = Page(url, status, response.body, meta)
    if page_kind(page) == "html":
        meta.update(page_meta(decode_page(page), final_url))
    return page


def _fill_from_link(meta: dict, link: Link) -> None:
    """The feed's title, date and name where the page has none (trafilatura's site name falls
    back to the host name, which the feed's own name beats)."""
    host = urlsplit(meta.get("url") or link.url).netloc
    for key in ("title", "date", "source"):
        missing = not meta.get(key) or (key == "source" and meta[key] in (host, host.split(":")[0]))
        if missing and getattr(link, key):
            meta[key] = getattr(link, key)


# ---------------------------------------------------------------- content

def page_kind(page: Page) -> str | None:
    """'html', 'text', or None (a PDF, an image: not an article). By Content-Type, else sniffed."""
    ctype = page.content_type
    if ctype in HTML_TYPES:
        return "html"
    if ctype in TEXT_TYPES:
        return "text"
    if ctype and ctype != "application/octet-stream":
        return None
    head = (page.body or b"")[:1024].lstrip().lower()
    return "html" if head.startswith((b"<!doctype html", b"<html")) else None


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)


def decode_page(page: Page) -> str:
    """The page as text: its BOM, else the Content-Type charset, else <meta charset>, else UTF-8
    (Windows-1252 when that fails). An unknown charset name falls through to the next."""
    body = page.body or b""
    if body.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return body.decode("utf-16" if body[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig", "replace")
    header = re.search(r"charset=([\w.:-]+)", page.meta.get("content_type") or "", re.IGNORECASE)
    in_page = _META_CHARSET.search(body[:4096])
    for name in (header and header.group(1), in_page and in_page.group(1).decode("ascii"), "utf-8"):
        if name:
            try:
                return body.decode(name)
            except (LookupError, UnicodeDecodeError):
                continue
    return body.decode("cp1252", "replace")


def article_bytes(page: Page) -> bytes | None:
    """What `articles.job_text` reads (it sniffs HTML from the first bytes): UTF-8, and HTML
    marked with a doctype so a page starting with a comment or <head> is still read as HTML.
    None when the page is not an article."""
    kind = page_kind(page)
    if kind is None:
        return None
    text = decode_page(page)
    if kind == "html" and not re.match(r"\s*(<!doctype html|<html\b)", text[:1000], re.IGNORECASE):
        text = "<!doctype html>\n" + text
    return text.encode("utf-8")


def page_meta(html: str, url: str | None = None) -> dict:
    """trafilatura's metadata of one HTML page: title, date (YYYY-MM-DD), author, source
    (site name), url (its canonical URL, else `url`). Missing values are None."""
    import trafilatura

    from .sources import page_meta as meta_of

    try:
        doc = trafilatura.extract_metadata(html, default_url=url)
    except Exception:  # noqa: BLE001 - a page whose metadata cannot be read still has text
        doc = None
    return meta_of(doc, url)


def iso_date(value) -> str | None:
    """YYYY-MM-DD from a date string starting with it or a time.struct_time; None otherwise."""
    if value is None:
        return None
    if isinstance(value, time.struct_time):
        return time.strftime("%Y-%m-%d", value)
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", str(value))
    return match.group(1) if match else None


# ---------------------------------------------------------------- the page cache

class PageCache:
    """Fetched pages on disk: `<sha256 of URL>.body` and `.json` (final URL, headers, metadata).
    Both are written to a temporary file and renamed, the JSON last, so a reader sees a whole
    entry or none."""

    def __init__(self, folder: Path):
        self.folder = folder

    def _paths(self, url: str) -> tuple[Path, Path]:
        digest = hashlib.sha256(url.encode("utf-8")).hexdigest()
        base = self.folder / digest[:2] / digest
        return base.with_suffix(".body"), base.with_suffix(".json")

    def get(self, url: str) -> Page | None:
        body_path, meta_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text("utf-8"))
            body = body_path.read_bytes()
        except (OSError, ValueError):
            return None
        if meta.get("request_url") != url or len(body) != meta.get("size"):
            return None
        meta.pop("request_url"), meta.pop("size")
        return Page(url, "ok", body, meta, from_cache=True)

    def put(self, page: Page) -> None:
        """Store a page; a cache that cannot be written (read-only, full disk) is no failure."""
        body_path, meta_path = self._paths(page.url)
        record = dict(page.meta, request_url=page.url, size=len(page.body or b""))
        try:
            _write_atomically(body_path, page.body or b"")
            _write_atomically(meta_path, json.dumps(record, ensure_ascii=False).encode("utf-8"))
        except OSError:
            pass


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------- feeds and sitemaps

def feed_links(source: str, fetcher: Fetcher | None = None) -> list[Link]:
    """Article links of an RSS/Atom feed or a sitemap (URL or file), in the feed's order, each
    once. A sitemap index is followed into its sitemaps. WebError when it cannot be read."""
    fetcher = fetcher or Fetcher(cache=False)
    data, base = _feed_bytes(source, fetcher)
    if _is_sitemap(data):
        links = list(_sitemap_links(data, fetcher, depth=0))
    else:
        links = _rss_links(data, base, source)
    seen: set[str] = set()
    return [link for link in links if not (link.url in seen or seen.add(link.url))]


def _feed_bytes(source: str, fetcher: Fetcher) -> tuple[bytes, str | None]:
    """(bytes, URL for relative links). Feeds change: never from the page cache."""
    if is_url(source):
        page = fetcher.fetch(source, use_cache=False)
        if not page.ok:
            raise WebError(f"{source}: {page.status}")
        data, base = page.body, page.meta.get("url") or source
    else:
        try:
            data, base = Path(source).read_bytes(), None
        except OSError as exc:
            raise WebError(f"{source}: {exc.strerror or exc}") from None
    return (gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data), base


def _is_sitemap(data: bytes) -> bool:
    head = re.sub(rb"<\?.*?\?>|<!--.*?-->", b"", data[:4096], flags=re.DOTALL).lstrip()
    return bool(re.match(rb"<(?:\w+:)?(urlset|sitemapindex)\b", head))


def _rss_links(data: bytes, base: str | None, source: str) -> list[Link]:
    import feedparser

    headers = {"content-location": base} if base else {}
    parsed = feedparser.parse(data, response_headers=headers)
    if not parsed.entries and (parsed.bozo or not parsed.version):
        raise WebError(f"{source}: not an RSS/Atom feed or a sitemap")
    site = parsed.feed.get("title") or None
    links = []
    for entry in parsed.entries:
        url = entry.get("link") or next((l.get("href") for l in entry.get("links", []) if l.get("href")), None)
        if url:
            date = iso_date(entry.get("published_parsed") or entry.get("updated_parsed"))
            links.append(Link(urljoin(base or "", url), entry.get("title") or None, date, site))
    return links


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _sitemap_links(data: bytes, fetcher: Fetcher, depth: int) -> Iterator[Link]:
    """<urlset> entries (with news:title, news:publication_date, news:name, else lastmod), or
    the entries of each sitemap an index names (two levels at most, MAX_SITEMAPS sitemaps)."""
    children = []
    try:
        for _, element in ET.iterparse(io.BytesIO(data)):
            name = _local(element.tag)
            if name == "url":
                link = _sitemap_entry(element)
                if link:
                    yield link
                element.clear()
            elif name == "sitemap":
                loc = _child_text(element, "loc")
                if loc:
                    children.append(loc)
                element.clear()
    except ET.ParseError as exc:
        raise WebError(f"sitemap is not well-formed XML ({exc})") from None
    for child in children[:MAX_SITEMAPS] if depth < 2 else []:
        page = fetcher.fetch(child, use_cache=False)
        if page.ok:
            body = gzip.decompress(page.body) if page.body[:2] == b"\x1f\x8b" else page.body
            yield from _sitemap_links(body, fetcher, depth + 1)


def _sitemap_entry(element) -> Link | None:
    loc = _child_text(element, "loc")
    if not loc:
        return None
    return Link(loc, _child_text(element, "title"),
                iso_date(_child_text(element, "publication_date") or _child_text(element, "lastmod")),
                _child_text(element, "name"))


def _child_text(element, name: str) -> str | None:
    """Text of the first descendant named `name` in any namespace (news:title, image:title...
    only news: elements use these names in sitemaps)."""
    for child in element.iter():
        if child is not element and _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


# ---------------------------------------------------------------- wiring into articles.plan

def read_url_list(path: str) -> list[str]:
    """`--urls FILE`: one URL a line; blank lines and lines starting with # are ignored."""
    text = Path(path).read_text("utf-8") if path != "-" else sys.stdin.read()
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


class FeedUrl(str):
    """A URL input from `--feed`: the URL itself, with the feed's metadata (`link`) as fallback."""
    link: Link

    def __new__(cls, link: Link):
        url = super().__new__(cls, link.url)
        url.link = link
        return url

    def __getnewargs__(self):
        return (self.link,)


def feed_inputs(sources: Iterable[str], fetcher: Fetcher | None = None) -> list[FeedUrl]:
    """The article links of each feed or sitemap, in order, each once (WebError when one
    cannot be read)."""
    seen: set[str] = set()
    found = []
    for source in sources:
        for link in feed_links(source, fetcher):
            if link.url not in seen:
                seen.add(link.url)
                found.append(FeedUrl(link))
    return found
