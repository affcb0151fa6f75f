"""Web inputs (issue 18): polite fetching, the page cache, metadata, feeds, sitemaps and WARC.

Every page is served by a loopback server the tests start (conftest's `loopback_site`); nothing
leaves the machine. Time-outs, delays and backoffs are tiny so the file runs in seconds.
"""
from __future__ import annotations

import gzip
import io
import socket
from collections import Counter
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

import pytest

from newsmine import web
from newsmine.articles import Job, Options, Result, SourceOptions, fetched, group_inputs, plan, read_job
from newsmine.sources import InputError, article_text
from newsmine.warc import is_warc, skipped_summary, warc_pages
from newsmine.web import Fetcher, Link, feed_links, retry_after_seconds

from .conftest import news_page

HTML = {"Content-Type": "text/html; charset=utf-8"}
BODY = ("Heavy rain flooded the Lune valley on Monday, the county council said.\n\n"
        "More than 300 homes were evacuated as the river rose overnight, and two bridges were closed.")
def job_text(job: Job) -> str:
    """The article text newsmine reads from a job's bytes (as it reads stdin: HTML sniffed)."""
    return article_text(job.data, html=None)


def web_jobs(urls, tmp_path, **options):
    """URL inputs through the article path: planned, then fetched (fast settings, test cache)."""
    source = SourceOptions(delay=0.0, cache=str(tmp_path / "cache"), **options)
    return fetched(plan(list(urls), source=source), source)


def warc_jobs(path):
    return list(plan([path]))


ROBOTS = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n")


def fetcher(tmp_path, **options) -> Fetcher:
    """Fast settings for tests; the cache in the test's folder, never the user's."""
    settings = dict(delay=0.0, timeout=(2.0, 2.0), backoff=0.02, cache_dir=tmp_path / "cache")
    return Fetcher(**(settings | options))


@pytest.fixture
def site(loopback_site):
    s = loopback_site
    s.routes.update({
        "/robots.txt": ROBOTS,
        "/news/floods": (200, HTML, news_page("Floods hit the Lune valley", BODY)),
        "/news/old-floods": (301, {"Location": "/news/floods"}, b""),
        "/private/memo": (200, HTML, news_page("Private memo", BODY)),
        "/report.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4 binary"),
    })
    return s


# ---------------------------------------------------------------- fetching

def test_fetched_page_has_text_and_metadata(site, tmp_path):
    page = fetcher(tmp_path).fetch(site.url("/news/floods"))
    assert page.status == "ok"
    assert page.meta["title"] == "Floods hit the Lune valley"
    assert page.meta["date"] == "2024-03-05"
    assert page.meta["author"] == "Jane Reporter"
    assert page.meta["source"] == "Loopback News"
    assert page.meta["url"] == site.url("/news/floods")
    job = next(web_jobs([site.url("/news/floods")], tmp_path))
    assert isinstance(job, Job) and job.doc == site.url("/news/floods")
    text = job_text(job)
    assert text.startswith("Floods hit the Lune valley")
    assert "300 homes were evacuated" in text and "Home | World" not in text


def test_user_agent_names_newsmine(site, tmp_path):
    fetcher(tmp_path).fetch(site.url("/news/floods"))
    from newsmine import __version__
    assert site.user_agents == {f"newsmine/{__version__} (+https://pypi.org/project/newsmine/)"}


def test_redirect_is_followed_and_final_url_kept(site, tmp_path):
    page = fetcher(tmp_path).fetch(site.url("/news/old-floods"))
    assert page.status == "ok" and page.url == site.url("/news/old-floods")
    assert page.meta["url"] == site.url("/news/floods")


def test_failures_are_statuses_not_exceptions(site, tmp_path):
    with socket.socket() as s:          # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/news"
    pages = list(fetcher(tmp_path, tries=1).fetch_all([site.url("/missing"), dead, "ftp://example.org/x"]))
    assert [p.status for p in pages] == ["http 404", "connection refused", "invalid url"]


def test_oversized_page_fails_and_later_pages_still_load(site, tmp_path):
    site.routes["/huge"] = (200, HTML, b"<html>" + b"x" * 300_000 + b"</html>")
    f = fetcher(tmp_path, per_host=1, max_bytes=100_000)
    pages = list(f.fetch_all([site.url("/huge"), site.url("/news/old-floods"), site.url("/news/floods")]))
    assert pages[0].status == "too large (over 100,000 bytes)"
    assert [p.meta["title"] for p in pages[1:]] == ["Floods hit the Lune valley"] * 2


def test_slow_page_times_out(site, tmp_path):
    site.routes["/slow"] = (200, HTML | {"sleep": "1.5"}, news_page("Slow", BODY))
    page = fetcher(tmp_path, timeout=(1.0, 0.2), tries=1).fetch(site.url("/slow"))
    assert page.status == "timeout"


def test_robots_txt_is_obeyed_unless_ignored(site, tmp_path):
    refused = fetcher(tmp_path).fetch(site.url("/private/memo"))
    assert refused.status == "robots.txt disallows"
    assert site.requests_to("/private/memo") == []
    allowed = fetcher(tmp_path, ignore_robots=True, cache=False).fetch(site.url("/private/memo"))
    assert allowed.status == "ok"


def test_robots_txt_read_once_per_host(site, tmp_path):
    site.routes.update({f"/news/{i}": (200, HTML, news_page(f"Story {i}", BODY)) for i in range(5)})
    list(fetcher(tmp_path).fetch_all(site.url(f"/news/{i}") for i in range(5)))
    assert len(site.requests_to("/robots.txt")) == 1


def test_missing_robots_txt_allows_all(site, tmp_path):
    del site.routes["/robots.txt"]
    assert fetcher(tmp_path).fetch(site.url("/private/memo")).status == "ok"


def test_retry_after_is_honoured(site, tmp_path):
    site.routes["/busy"] = lambda n: ((429, {"Retry-After": "1"}, b"slow down") if n == 1
                                      else (200, HTML, news_page("Busy", BODY)))
    page = fetcher(tmp_path, tries=3).fetch(site.url("/busy"))
    assert page.status == "ok"
    first, second = site.requests_to("/busy")
    assert second[1] - first[1] >= 0.95


def test_retry_after_longer_than_allowed_gives_up_at_once(site, tmp_path):
    site.routes["/closed"] = (503, {"Retry-After": "3600"}, b"maintenance")
    page = fetcher(tmp_path, tries=3).fetch(site.url("/closed"))
    assert page.status == "http 503" and len(site.requests_to("/closed")) == 1


def test_server_errors_are_retried_with_backoff(site, tmp_path):
    site.routes["/flaky"] = lambda n: (500, HTML, b"oops") if n < 3 else (200, HTML, news_page("Flaky", BODY))
    assert fetcher(tmp_path, tries=3).fetch(site.url("/flaky")).status == "ok"
    site.routes["/broken"] = (502, HTML, b"bad gateway")
    assert fetcher(tmp_path, tries=2).fetch(site.url("/broken")).status == "http 502"
    assert len(site.requests_to("/broken")) == 2


def test_retry_after_as_http_date():
    later = datetime.now(timezone.utc) + timedelta(seconds=30)
    assert 25 <= retry_after_seconds(format_datetime(later, usegmt=True)) <= 31
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


# ---------------------------------------------------------------- politeness and order

def test_one_request_at_a_time_with_a_delay(site, tmp_path):
    site.routes.update({f"/news/{i}": (200, HTML, news_page(f"Story {i}", BODY)) for i in range(4)})
    delay = 0.25
    pages = list(fetcher(tmp_path, per_host=1, delay=delay).fetch_all(site.url(f"/news/{i}") for i in range(4)))
    assert all(p.ok for p in pages)
    starts = sorted(entry[1] for entry in site.settled_log())  # robots.txt included
    assert len(starts) == 5
    assert min(b - a for a, b in zip(starts, starts[1:])) >= delay * 0.9
    assert site.max_in_flight == 1


def test_at_most_per_host_requests_in_flight(site, tmp_path):
    site.routes.update({f"/news/{i}": (200, HTML | {"sleep": "0.2"}, news_page(f"Story {i}", BODY))
                        for i in range(8)})
    pages = list(fetcher(tmp_path, per_host=2, workers=8).fetch_all(site.url(f"/news/{i}") for i in range(8)))
    assert all(p.ok for p in pages)
    assert site.max_in_flight == 2


def test_results_keep_input_order(site, tmp_path):
    # The first pages are the slowest, so they finish last.
    urls = []
    for i in range(6):
        site.routes[f"/news/{i}"] = (200, HTML | {"sleep": str(0.3 - 0.05 * i)}, news_page(f"Story {i}", BODY))
        urls.append(site.url(f"/news/{i}"))
    urls.insert(3, site.url("/missing"))
    pages = list(fetcher(tmp_path, per_host=None, workers=4).fetch_all(urls))
    assert [p.url for p in pages] == urls
    assert [p.meta["title"] for p in pages if p.ok] == [f"Story {i}" for i in range(6)]
    assert pages[3].status == "http 404"


# ---------------------------------------------------------------- the cache

def test_second_run_makes_no_request(site, tmp_path):
    urls = [site.url("/news/floods"), site.url("/news/old-floods")]
    first = list(fetcher(tmp_path).fetch_all(urls))
    made = len(site.settled_log())
    second = list(fetcher(tmp_path).fetch_all(urls))
    assert len(site.settled_log()) == made
    assert all(p.from_cache for p in second) and not any(p.from_cache for p in first)
    assert [(p.body, p.meta) for p in second] == [(p.body, p.meta) for p in first]
    assert second[1].meta["url"] == site.url("/news/floods")      # the final URL is kept
    list(fetcher(tmp_path, refresh=True).fetch_all(urls))
    assert len(site.settled_log()) > made


def test_failures_are_not_cached(site, tmp_path):
    fetcher(tmp_path).fetch(site.url("/missing"))
    fetcher(tmp_path).fetch(site.url("/missing"))
    assert len(site.requests_to("/missing")) == 2


def test_cache_folder_follows_newsmine_cache_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSMINE_CACHE_DIR", str(tmp_path))
    assert web.default_cache_dir() == tmp_path / "pages"


def test_a_damaged_cache_entry_is_fetched_again(site, tmp_path):
    f = fetcher(tmp_path)
    f.fetch(site.url("/news/floods"))
    for path in (tmp_path / "cache").rglob("*.body"):
        path.write_bytes(b"truncated")
    page = fetcher(tmp_path).fetch(site.url("/news/floods"))
    assert page.ok and not page.from_cache and b"Lune" in page.body


# ---------------------------------------------------------------- jobs for the article path

def test_web_jobs_fail_pages_that_are_not_articles(site, tmp_path):
    items = list(web_jobs([site.url("/report.pdf"), site.url("/missing"), site.url("/news/floods")], tmp_path))
    assert [type(i) for i in items] == [Result, Result, Job]
    assert items[0].status == "failed" and items[0].error == "not an article (application/pdf)"
    assert items[1].error == "http 404"


def test_pages_in_other_charsets_become_utf8(site, tmp_path):
    latin = "<p>Caf\u00e9 owners in M\u00fcnster protested.</p>" * 3
    site.routes["/latin"] = (200, {"Content-Type": "text/html; charset=iso-8859-1"},
                             f"<head><title>Caf\u00e9</title></head><body><article>{latin}</article></body>".encode("latin-1"))
    job = next(web_jobs([site.url("/latin")], tmp_path))
    assert "Caf\u00e9 owners in M\u00fcnster" in job_text(job)


def test_group_inputs_keeps_order_and_batches_urls():
    groups = list(group_inputs(["a.txt", "https://x/1", "http://y/2", "c.warc.gz", "d.warc", "e/", "https://x/3"]))
    assert groups == [("files", ["a.txt"]), ("urls", ["https://x/1", "http://y/2"]),
                      ("files", ["c.warc.gz", "d.warc", "e/"]), ("urls", ["https://x/3"])]


def test_url_list_file(tmp_path):
    path = tmp_path / "urls.txt"
    path.write_text("# today\nhttps://x/1\n\n  https://x/2  \n")
    assert web.read_url_list(str(path)) == ["https://x/1", "https://x/2"]


# ---------------------------------------------------------------- feeds and sitemaps

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback News</title>
<item><title>Floods hit the valley</title><link>{base}/news/floods</link>
<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate></item>
<item><title>Bridge reopens</title><link>/news/bridge</link><pubDate>Wed, 06 Mar 2024 09:00:00 GMT</pubDate></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Loopback Atom</title><id>urn:x</id><updated>2024-03-06T09:00:00Z</updated>
<entry><title>Floods hit the valley</title><link href="{base}/news/floods"/><id>urn:1</id>
<published>2024-03-05T08:00:00Z</published><updated>2024-03-05T08:00:00Z</updated></entry>
<entry><title>Bridge reopens</title><link rel="alternate" href="{base}/news/bridge"/><id>urn:2</id>
<updated>2024-03-06T09:00:00Z</updated></entry></feed>"""

SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{base}/news/floods</loc><news:news><news:publication><news:name>Loopback News</news:name>
<news:language>en</news:language></news:publication><news:publication_date>2024-03-05T08:00:00+00:00</news:publication_date>
<news:title>Floods hit the valley</news:title></news:news></url>
<url><loc>{base}/news/bridge</loc><lastmod>2024-03-06</lastmod></url>
</urlset>"""

INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{base}/sitemap-news.xml.gz</loc></sitemap></sitemapindex>"""

EXPECTED = [("/news/floods", "Floods hit the valley", "2024-03-05"), ("/news/bridge", "Bridge reopens", "2024-03-06")]


def serve_feeds(site):
    xml = {"Content-Type": "application/xml"}
    site.routes.update({
        "/rss.xml": (200, {"Content-Type": "application/rss+xml"}, RSS.format(base=site.base).encode()),
        "/atom.xml": (200, {"Content-Type": "application/atom+xml"}, ATOM.format(base=site.base).encode()),
        "/sitemap.xml": (200, xml, SITEMAP.format(base=site.base).encode()),
        "/sitemap-news.xml.gz": (200, {"Content-Type": "application/gzip"},
                                 gzip.compress(SITEMAP.format(base=site.base).encode())),
        "/sitemap-index.xml": (200, xml, INDEX.format(base=site.base).encode()),
    })


@pytest.mark.parametrize("path,source", [("/rss.xml", "Loopback News"), ("/atom.xml", "Loopback Atom")])
def test_feed_links(site, tmp_path, path, source):
    serve_feeds(site)
    links = feed_links(site.url(path), fetcher(tmp_path))
    assert [(link.url, link.title, link.date) for link in links] == \
        [(site.url(p), t, d) for p, t, d in EXPECTED]
    assert {link.source for link in links} == {source}


def test_feed_from_a_file(site, tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(RSS.format(base="https://example.org"))
    links = feed_links(str(path))
    assert [link.url for link in links] == ["https://example.org/news/floods", "/news/bridge"]


@pytest.mark.parametrize("path", ["/sitemap.xml", "/sitemap-index.xml"])
def test_sitemap_links(site, tmp_path, path):
    serve_feeds(site)
    links = feed_links(site.url(path), fetcher(tmp_path))
    assert [(link.url, link.title, link.date) for link in links] == \
        [(site.url("/news/floods"), "Floods hit the valley", "2024-03-05"), (site.url("/news/bridge"), None, "2024-03-06")]
    assert links[0].source == "Loopback News"


def test_feed_metadata_fills_what_the_page_lacks(site, tmp_path):
    site.routes["/bare"] = (200, HTML, b"<html><body><article><p>" + BODY.encode() * 3 + b"</p></article></body></html>")
    page = fetcher(tmp_path).fetch(Link(site.url("/bare"), "From the feed", "2024-01-02", "Feed Site"))
    assert (page.meta["title"], page.meta["date"], page.meta["source"]) == ("From the feed", "2024-01-02", "Feed Site")
    page = fetcher(tmp_path).fetch(Link(site.url("/news/floods"), "Feed title", "2020-01-01", "Feed"))
    assert page.meta["title"] == "Floods hit the Lune valley" and page.meta["date"] == "2024-03-05"
    remembering = fetcher(tmp_path, refresh=True)
    remembering.remember([Link(site.url("/bare"), "Remembered", None, None)])
    assert next(remembering.fetch_all([site.url("/bare")])).meta["title"] == "Remembered"


def test_not_a_feed_is_an_error(site, tmp_path):
    with pytest.raises(web.WebError, match="http 404"):
        feed_links(site.url("/missing"), fetcher(tmp_path))
    path = tmp_path / "page.html"
    path.write_text("<html><body>hello</body></html>")
    with pytest.raises(web.WebError, match="not an RSS/Atom feed"):
        feed_links(str(path))


# ---------------------------------------------------------------- WARC

def write_warc(path, *, extra_pages: int = 0, gz: bool = True):
    """A WARC with warcinfo, an HTML page (and its request), a PDF and a 404 page."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newsmine tests"}))

        def response(url, status, ctype, body, date="2024-03-07T10:00:00Z"):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers,
                                                          warc_headers_dict={"WARC-Date": date}))
        writer.write_record(writer.create_warc_record("https://example.org/news/floods", "request",
                                                      payload=io.BytesIO(b"GET /news/floods HTTP/1.1\r\n\r\n")))
        response("https://example.org/news/floods", "200 OK", "text/html; charset=utf-8",
                 news_page("Floods hit the Lune valley", BODY, date="2024-03-05"))
        response("https://example.org/report.pdf", "200 OK", "application/pdf", b"%PDF-1.4 binary")
        response("https://example.org/gone", "404 Not Found", "text/html", b"<html>gone</html>")
        for i in range(extra_pages):
            response(f"https://example.org/news/{i}", "200 OK", "text/html",
                     b"<!doctype html><html><body><p>Story</p></body></html>")


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_pages_keep_html_200_and_count_the_rest(tmp_path, name):
    path = tmp_path / name
    write_warc(path, gz=name.endswith(".gz"))
    counts = Counter()
    pages = list(warc_pages(path, counts))
    assert [p.url for p in pages] == ["https://example.org/news/floods"]
    assert pages[0].meta["title"] == "Floods hit the Lune valley"
    assert pages[0].meta["crawled"] == "2024-03-07T10:00:00Z"
    assert pages[0].meta["date"] == "2024-03-05"             # the page's own date first
    assert counts["pages"] == 1 and counts["not html"] == 1 and counts["http 404"] == 1
    assert skipped_summary(counts) == "skipped 2 records: 1 http 404, 1 not html"


def test_warc_date_when_the_page_has_none(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, extra_pages=1)
    page = [p for p in warc_pages(path, metadata=False)][-1]
    assert page.meta["date"] == "2024-03-07" and page.meta["url"] == "https://example.org/news/0"


def test_warc_jobs_for_the_article_path(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path)
    items = list(warc_jobs(str(path)))
    assert isinstance(items[0], Job) and items[0].doc == "https://example.org/news/floods"
    assert items[0].data is None                              # read again where it is processed
    assert "300 homes were evacuated" in read_job(items[0], Options()).text
    assert isinstance(items[1], Result) and items[1].status == "skipped"
    assert items[1].doc == str(path) and items[1].error.startswith("skipped 2 records")
    assert is_warc("x.WARC.GZ") and not is_warc("x.warc.txt")


def test_warc_is_streamed_pages_before_a_corrupt_tail(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, extra_pages=3)
    data = path.read_bytes()
    path.write_bytes(data + b"\x1f\x8b\x08\x00garbage that is no gzip member")
    pages = warc_pages(path)
    first = next(pages)
    assert first.url == "https://example.org/news/floods"
    rest = []
    with pytest.raises(InputError, match="corrupt after"):
        for page in pages:
            rest.append(page.url)
    assert len(rest) == 3


def test_not_a_warc(tmp_path):
    path = tmp_path / "notes.warc"
    path.write_text("just some notes\n")
    with pytest.raises(InputError, match="not a WARC file"):
        list(warc_pages(path))
    items = list(warc_jobs(str(tmp_path / "missing.warc")))
    assert items[0].status == "failed" and items[0].error == "no such file or directory"


# ---------------------------------------------------------------- through the CLI

def web_args(tmp_path, *more):
    return ["--delay", "0", "--cache", str(tmp_path / "cache"), *more]


def documents(folder) -> list[dict]:
    import csv

    with open(folder / "documents.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_entities_of_a_url_and_a_404(site, run_cli, tmp_path):
    site.routes["/news/merkel"] = (200, HTML, news_page("Merkel in Paris", "Angela Merkel visited Paris on "
                                                        "Monday, where she met Emmanuel Macron.\n\n" + BODY))
    result = run_cli("entities", site.url("/news/merkel"), site.url("/missing"), "-f", "jsonl", "--with-meta",
                     *web_args(tmp_path))
    assert result.exit_code == 1
    rows = [__import__("json").loads(line) for line in result.stdout.splitlines()]
    assert rows and {r["doc"] for r in rows} == {site.url("/news/merkel")}
    assert "Angela Merkel" in {r["entity"] for r in rows}
    assert {(r["date"], r["source"], r["author"]) for r in rows} == {("2024-03-05", "Loopback News", "Jane Reporter")}
    assert f"newsmine: {site.url('/missing')}: http 404" in result.stderr


def test_url_list_and_html_metadata_in_documents(site, run_cli, tmp_path):
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# today\n{site.url('/news/floods')}\n{site.url('/report.pdf')}\n")
    page = tmp_path / "page.html"
    page.write_bytes(news_page("Bridge reopens", BODY, author="Sam Writer", date="2024-02-01", site_name="Local"))
    out = tmp_path / "out"
    result = run_cli("export", str(page), "--urls", str(urls), "--out", str(out), "--only", "documents",
                     *web_args(tmp_path))
    assert result.exit_code == 1
    docs = documents(out)
    assert [(d["doc"], d["status"]) for d in docs] == [
        (str(page), "ok"), (site.url("/news/floods"), "ok"), (site.url("/report.pdf"), "failed")]
    assert (docs[0]["title"], docs[0]["date"], docs[0]["author"], docs[0]["source"], docs[0]["url"]) == \
        ("Bridge reopens", "2024-02-01", "Sam Writer", "Local", "")
    assert (docs[1]["title"], docs[1]["date"], docs[1]["author"], docs[1]["source"], docs[1]["url"]) == \
        ("Floods hit the Lune valley", "2024-03-05", "Jane Reporter", "Loopback News", site.url("/news/floods"))
    assert docs[2]["error"] == "not an article (application/pdf)"


def test_feed_on_export(site, run_cli, tmp_path):
    serve_feeds(site)
    site.routes["/news/bridge"] = (200, HTML, b"<html><body><article><p>" + BODY.encode() * 2 +
                                   b"</p></article></body></html>")
    out = tmp_path / "out"
    result = run_cli("export", "--feed", site.url("/rss.xml"), "--out", str(out), "--only", "documents",
                     *web_args(tmp_path))
    assert result.exit_code == 0, result.stderr
    docs = documents(out)
    assert [d["doc"] for d in docs] == [site.url("/news/floods"), site.url("/news/bridge")]
    assert (docs[1]["title"], docs[1]["date"], docs[1]["source"]) == ("Bridge reopens", "2024-03-06", "Loopback News")
    bad = run_cli("export", "--feed", site.url("/nothing.xml"), "--out", str(out), *web_args(tmp_path))
    assert bad.exit_code == 2 and "http 404" in bad.stderr


def test_warc_through_export(run_cli, tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, extra_pages=1)
    out = tmp_path / "out"
    result = run_cli("export", str(path), "--out", str(out), "--only", "documents", "-j", "1")
    assert result.exit_code == 0, result.stderr
    docs = documents(out)
    assert [(d["doc"], d["status"]) for d in docs] == [
        ("https://example.org/news/floods", "ok"), ("https://example.org/news/0", "ok"), (str(path), "skipped")]
    assert (docs[0]["date"], docs[0]["title"], docs[0]["url"]) == \
        ("2024-03-05", "Floods hit the Lune valley", "https://example.org/news/floods")
    assert docs[1]["date"] == "2024-03-07"                          # no date on the page: the crawl's
    assert f"newsmine: {path}: skipped 2 records: 1 http 404, 1 not html" in result.stderr


def test_resume_does_not_fetch_again(site, tmp_path):
    from newsmine.export import _local_engine, run_export

    site.routes["/news/bridge"] = (200, HTML, news_page("Bridge reopens", BODY))
    urls = [site.url("/news/floods"), site.url("/news/bridge"), site.url("/missing")]
    options = Options(kinds=(), source=SourceOptions(delay=0.0, refresh=True, cache=str(tmp_path / "cache")))

    def interrupted(todo, opts):
        for n, batch in enumerate(_local_engine(1)(todo, opts)):
            if n == 1:
                raise KeyboardInterrupt
            yield batch

    with pytest.raises(KeyboardInterrupt):
        run_export(urls, tmp_path / "out", options=options, results=interrupted)
    assert site.hits == {"/robots.txt": 1, "/news/floods": 1, "/news/bridge": 1, "/missing": 1}
    summary = run_export(urls, tmp_path / "out", options=options, resume=True)
    assert summary.resumed == 1 and summary.tally.ok == 2 and summary.tally.failed == 1
    assert site.hits["/news/floods"] == 1                           # in the checkpoint: not fetched again
    assert site.hits["/news/bridge"] == 2 and site.hits["/missing"] == 2   # not done, failed: again
