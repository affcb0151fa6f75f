"""One model load for the whole suite; helpers to run the CLI and parse text."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmine.cli import cli
from newsmine.pipeline import load, parse

ROOT = Path(__file__).resolve().parent.parent
SEED = str(ROOT / "seeds" / "000_99ea542e174f6d0c.txt")


@pytest.fixture(scope="session")
def nlp():
    return load()


@pytest.fixture(scope="session")
def make_doc(nlp):
    """Parse a text exactly as the CLI does (all components, headline casing, long-text pieces)."""
    def make(text: str):
        doc, _ = next(parse(nlp, [(text, None)]))
        return doc
    return make


@pytest.fixture(scope="session")
def seed_doc(make_doc):
    from newsmine.sources import read_file

    return make_doc(read_file(SEED))


def set_guessed_entities(doc, guesses: list[tuple[str, str]], *, occurrence: dict | None = None):
    """Make `doc`'s entities the given (text, label) guesses: each at the first occurrence (after
    skipping `occurrence[name]` of them) that no earlier guess covers."""
    spans = []
    for name, label in guesses:
        start = doc.text.find(name)
        for _ in range((occurrence or {}).get(name, 0)):
            start = doc.text.find(name, start + 1)
        while any(s.start_char <= start < s.end_char for s in spans):
            start = doc.text.find(name, start + 1)
        spans.append(doc.char_span(start, start + len(name), label=label))
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


@pytest.fixture(scope="session")
def guessed(make_doc):
    """A parsed Doc whose entities are the given (text, label) guesses, so a test reads newsmine's
    correction of the model, not the model's mood (test_entities, test_sports)."""
    def make(text: str, guesses: list[tuple[str, str]], *, occurrence: dict | None = None):
        return set_guessed_entities(make_doc(text), guesses, occurrence=occurrence)
    return make


@pytest.fixture
def run_cli():
    """Invoke the CLI in-process; returns the click Result (stdout and stderr kept apart)."""
    def invoke(*args, input=None, env=None):
        runner = CliRunner()
        return runner.invoke(cli, list(args), input=input, env=env, catch_exceptions=False)
    return invoke


# --- view/report helpers
# Shared by test_show, test_report and test_terminal (test modules never import each other).
import os  # noqa: E402
import pty  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

from hypothesis import strategies as st  # noqa: E402

from newsmine.view import LAYERS, Span, View, view_of_rows  # noqa: E402

NEWSMINE = [sys.executable, "-m", "newsmine"]
TEXT = "Angela Merkel said in Berlin that more than 1,500 people came. \u201cIt was great,\u201d she said."


def small_view(layers=LAYERS) -> View:
    """A hand-made view of TEXT, so tests do not depend on the extractors' accuracy."""
    spans = [Span(0, 13, "entities", "PERSON"), Span(22, 28, "entities", "GPE"),
             Span(22, 28, "places", "DE"), Span(34, 49, "figures", ">1,500"),
             Span(63, 78, "quotes", "Angela Merkel")]
    rows = {
        "entities": [{"entity": "Angela Merkel", "label": "PERSON", "mentions": 2, "first_start": 0},
                     {"entity": "Berlin", "label": "GPE", "mentions": 1, "first_start": 22}],
        "places": [{"place": "Berlin", "kind": "city", "country_code": "DE", "mentions": 1}],
        "figures": [{"start": 34, "end": 49, "text": "more than 1,500", "value": 1500, "value_max": None,
                     "qualifier": "more", "unit": None, "object": "people", "kind": "count"}],
        "quotes": [{"start": 63, "end": 78, "quote": "\u201cIt was great,\u201d", "type": "direct",
                    "speaker": "Angela Merkel"}],
    }
    return View("t.txt", TEXT, layers, [s for s in spans if s.layer in layers],
                {k: v for k, v in rows.items() if k in layers})


label_text = st.text(alphabet=st.characters(blacklist_characters="\u27e8\u27e9", blacklist_categories=("Cs",)),
                     max_size=80)


@st.composite
def views(draw):
    """Any text with any in-range spans of any layers (they may nest, cross or coincide)."""
    text = draw(label_text)
    n = len(text)
    spans = []
    for _ in range(draw(st.integers(0, 6))):
        a = draw(st.integers(0, n + 2))
        b = draw(st.integers(0, n + 2))
        spans.append(Span(a, b, draw(st.sampled_from(LAYERS)), draw(st.text(alphabet="ABC xyz", max_size=8))))
    return View("h.txt", text, LAYERS, [s for s in spans if 0 <= s.start < s.end <= n], {})


@pytest.fixture(scope="session")
def article_view(nlp):
    """The view of a file as `show` and `export --html` build it: the per-article path's rows."""
    from newsmine.articles import Options, results

    def make(path, layers=LAYERS) -> View:
        result = next(results([str(path)], Options(keep_text=True), nlp=nlp))
        assert result.status == "ok", result.rows
        return view_of_rows(result.doc, result.text, result.rows, layers=layers)
    return make


def run_on_terminal(args, env_extra=None):
    """Run newsmine with stdout on a pseudo-terminal; returns (exit code, what the terminal got)."""
    env = dict(os.environ, COLUMNS="100", TERM="xterm-256color", **(env_extra or {}))
    if "NO_COLOR" not in (env_extra or {}):
        env.pop("NO_COLOR", None)
    master, slave = pty.openpty()
    proc = subprocess.Popen(NEWSMINE + args, stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(master)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")


# --- article path helpers
# Shared by test_kinds, test_articles, test_cli and test_export.
import json  # noqa: E402

NEWS = ("Angela Merkel met officials of the European Commission in Brussels on Monday. "
        "\u201cWe agreed on almost everything,\u201d Merkel said after the talks. "
        "Groups of farmers protested outside the building, and more than 1,500 tractors blocked roads, "
        "police said. The Commission will publish its plan in March.\n")
# ("Groups", which the model takes for an ORG, is only known to be a common word from the
# model's word list: the records must not depend on which pipeline newsmine loaded.)


@pytest.fixture(scope="session")
def user_nlp():
    """The user's own pipeline: spaCy's `load` of the default model, not newsmine's (no compiled
    ruler, no component selection, no headline casing)."""
    import spacy

    from newsmine.pipeline import model_name

    return spacy.load(model_name())


def jsonl(text: str) -> list[dict]:
    """The rows of JSON Lines output."""
    return [json.loads(line) for line in text.splitlines()]


# --- web helpers
# A loopback web site for test_web: routes set by each test, every request recorded.
import threading  # noqa: E402
import time  # noqa: E402
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer  # noqa: E402


class LoopbackSite:
    """An HTTP server on 127.0.0.1 (port 0). `routes[path]` is (status, headers, body) or a
    function of the request number for that path (1, 2, ...) returning one; a `sleep` header
    value makes the handler wait that many seconds before answering. `log` holds
    (path, arrival, departure) per request, `max_in_flight` the most requests handled at once and
    `user_agents` every User-Agent seen."""

    def __init__(self):
        self.routes: dict = {}
        self.log: list[tuple[str, float, float]] = []
        self.hits: dict[str, int] = {}
        self.user_agents: set[str] = set()
        self.in_flight = self.max_in_flight = 0
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def url(self, path: str) -> str:
        return self.base + path

    def requests_to(self, path: str) -> list[tuple[str, float, float]]:
        return [entry for entry in self.settled_log() if entry[0] == path]

    def settled_log(self) -> list[tuple[str, float, float]]:
        """The log once no request is in flight: a handler logs its request after the client has
        the answer, so on a loaded machine a test could read the log first (two CI-like runs under
        load failed so, and one more counting `log` itself)."""
        deadline = time.monotonic() + 5
        while self.in_flight and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.log

    def _answer(self, path: str):
        with self.lock:
            self.hits[path] = n = self.hits.get(path, 0) + 1
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        route = self.routes.get(path, (404, {"Content-Type": "text/html"}, b"<html>not found</html>"))
        return route(n) if callable(route) else route

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"         # keep-alive: connections are reused, as on the web
            disable_nagle_algorithm = True

            def do_GET(self):
                start = time.monotonic()
                site.user_agents.add(self.headers.get("User-Agent", ""))
                try:
                    status, headers, body = site._answer(self.path)
                    headers = dict(headers)
                    time.sleep(float(headers.pop("sleep", 0)))
                    self.send_response(status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                finally:
                    with site.lock:
                        site.in_flight -= 1
                        site.log.append((self.path, start, time.monotonic()))

            def log_message(self, *args):
                pass

        return Handler

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def loopback_site():
    site = LoopbackSite()
    yield site
    site.close()


def news_page(title: str, body: str, *, author: str = "Jane Reporter", date: str = "2024-03-05",
              site_name: str = "Loopback News") -> bytes:
    """An article page with the metadata trafilatura reads (title, author, date, site name)."""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f"<!doctype html><html><head><title>{title}</title>"
            f'<meta name="author" content="{author}">'
            f'<meta property="article:published_time" content="{date}T08:00:00Z">'
            f'<meta property="og:site_name" content="{site_name}"></head>'
            f"<body><nav>Home | World | Sport</nav><article><h1>{title}</h1>{paragraphs}</article>"
            f"<footer>Copyright Loopback News</footer></body></html>").encode("utf-8")


# --- top helpers
# Shared by test_top (and any test that opens a page in a real browser, as test_report does).
import shutil as _shutil  # noqa: E402
import struct as _struct  # noqa: E402
import zlib as _zlib  # noqa: E402

CHROMIUM_BINARY = _shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)


def headless_chromium(tmp_path: Path, page: Path, *args: str) -> str:
    """Open a local page in headless chromium (no network, a fresh profile); returns stdout
    (the DOM with --dump-dom). Skips when chromium is not installed."""
    if CHROMIUM_BINARY is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium; .ci/run installs it)")
    command = [CHROMIUM_BINARY, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run",
               f"--user-data-dir={tmp_path / 'chromium-profile'}", *args, page.resolve().as_uri()]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


def png_distinct_bytes(data: bytes) -> set[int]:
    """Distinct byte values of a PNG's decompressed image data: a blank page has a handful."""
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = _struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    return set(_zlib.decompress(idat))


def write_tables(folder: Path, tables: dict[str, str]) -> Path:
    """A hand-made export folder: {'documents.csv': 'doc,title,...\\n...'} written as given."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in tables.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
