"""Speed of web inputs (issue 18): fetching pages politely, the page cache, and WARC reading.

    python bench/web.py [--data ../shared/data] [--pages 200] [--latency 0.02] [--json FILE]

A loopback server in this process serves `--pages` articles built from the BBC texts (HTML pages
with a title, an author and a date), each answered after `--latency` seconds (a stand-in for the
network). Measured:

- fetching them with `per_host=2` (newsmine's default) and with no per-host limit (8 workers),
  no delay between requests (a polite 1 s delay makes any crawl of one host 1 page/s), no cache;
- the same URLs again from the page cache (a second run makes no request);
- reading the same pages from a `.warc.gz` written here vs from `.html` files, raw (bytes only)
  and to article text (trafilatura on each page, as `newsmine clean` does).
"""
from __future__ import annotations

import argparse
import html
import io
import json
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsmine.sources import article_text  # noqa: E402
from newsmine.warc import warc_pages  # noqa: E402
from newsmine.web import Fetcher  # noqa: E402


def bbc_pages(data: Path, count: int) -> list[bytes]:
    """HTML pages from the first `count` BBC texts (title line, then paragraphs)."""
    files = sorted(p for p in (data / "corpora" / "bbc").rglob("*.txt") if p.name != "README.TXT")[:count]
    pages = []
    for i, path in enumerate(files):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", "replace")
        title, _, body = text.strip().partition("\n")
        paragraphs = "".join(f"<p>{html.escape(p.strip())}</p>" for p in body.split("\n") if p.strip())
        pages.append((f"<!doctype html><html><head><title>{html.escape(title)}</title>"
                      f'<meta name="author" content="BBC News"><meta property="article:published_time" '
                      f'content="2005-01-{1 + i % 28:02d}"></head><body><nav>Home | News | Sport</nav>'
                      f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article></body></html>").encode("utf-8"))
    return pages


def serve(pages: list[bytes], latency: float) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True   # headers and body go out at once, no delayed-ACK stall

        def do_GET(self):
            time.sleep(latency)
            if self.path == "/robots.txt":
                status, body, ctype = 200, b"User-agent: *\nAllow: /\n", "text/plain"
            else:
                index = int(self.path.rsplit("/", 1)[-1]) if self.path.startswith("/news/") else -1
                ok = 0 <= index < len(pages)
                status, body, ctype = (200, pages[index], "text/html; charset=utf-8") if ok else (404, b"", "text/plain")
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def timed(label: str, run) -> dict:
    start = time.perf_counter()
    count = run()
    seconds = time.perf_counter() - start
    row = {"measure": label, "items": count, "seconds": round(seconds, 3), "per_second": round(count / seconds, 1)}
    print(f"{label:<52} {count:>5} {seconds:>8.2f} s {row['per_second']:>9.1f}/s", flush=True)
    return row


def fetch_rows(urls: list[str], cache: Path) -> list[dict]:
    def fetch(**options):
        def run():
            pages = list(Fetcher(delay=0.0, **options).fetch_all(urls))
            assert all(p.ok for p in pages), {p.status for p in pages}
            return len(pages)
        return run

    list(Fetcher(delay=0.0, cache=False).fetch_all(urls[:2]))   # imports and metadata code warmed up
    return [timed("fetch, per_host=2 (default), no cache", fetch(per_host=2, cache=False)),
            timed("fetch, no per-host limit (8 workers), no cache", fetch(per_host=None, cache=False)),
            timed("fetch, per_host=2, first run into the cache", fetch(per_host=2, cache_dir=cache)),
            timed("fetch, second run from the cache", fetch(per_host=2, cache_dir=cache))]


def write_warc(path: Path, base: str, pages: list[bytes]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for i, body in enumerate(pages):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"{base}/news/{i}", "response", payload=io.BytesIO(body),
                                                          http_headers=headers))


def warc_rows(folder: Path, base: str, pages: list[bytes]) -> list[dict]:
    warc = folder / "pages.warc.gz"
    write_warc(warc, base, pages)
    files = []
    for i, body in enumerate(pages):
        files.append(folder / f"{i:04d}.html")
        files[-1].write_bytes(body)
    return [
        timed("WARC (.warc.gz): bytes of each page", lambda: sum(1 for _ in warc_pages(warc, metadata=False))),
        timed("files (.html): bytes of each page", lambda: sum(1 for p in files if p.read_bytes())),
        timed("WARC (.warc.gz): bytes + metadata (trafilatura)", lambda: sum(1 for _ in warc_pages(warc))),
        timed("WARC (.warc.gz): article text", lambda: sum(1 for p in warc_pages(warc, metadata=False)
                                                           if article_text(p.body, html=True))),
        timed("files (.html): article text", lambda: sum(1 for p in files if article_text(p.read_bytes(), html=True))),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.02, help="seconds the server waits before each answer")
    parser.add_argument("--json", type=Path, help="also write the rows to this JSON file")
    args = parser.parse_args()
    pages = bbc_pages(args.data, args.pages)
    server, base = serve(pages, args.latency)
    urls = [f"{base}/news/{i}" for i in range(len(pages))]
    print(f"{len(pages)} pages, server latency {args.latency * 1000:.0f} ms\n{'measure':<52} {'items':>5} {'time':>10} {'rate':>11}")
    with tempfile.TemporaryDirectory() as tmp:
        rows = fetch_rows(urls, Path(tmp) / "cache") + warc_rows(Path(tmp), base, pages)
    server.shutdown()
    if args.json:
        args.json.write_text(json.dumps({"pages": len(pages), "latency": args.latency, "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
