"""The HTML report: markup, escaping, self-containment, export --html, and a real browser."""
from __future__ import annotations

import csv
import html
import os
import re
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings

from newsmine.report import CSP, Collector, marked_html, render_html, table_html, write_html
from newsmine.view import LAYERS, IndexRow, Span, View, view_of_rows
from tests.conftest import SEED, TEXT, small_view, views

HOSTILE = ("Angela Merkel met Emmanuel Macron in Paris on Monday. <script>document.title='pwned'</script> "
           "She said 40 percent of voters in Berlin agreed. "
           "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> The end.\n")
LABEL_TAGS = re.compile(r'<(span|sup) class="(lbl|cc|val|speaker)">[^<]*</\1>')
VOID = {"meta", "br", "img", "link", "input", "hr"}


class Nesting(HTMLParser):
    """Checks that every element is closed in order and collects the text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.text, self.errors = [], [], []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def text_of(fragment: str) -> str:
    """The article text back from marked-up HTML: tags (country code, value...) removed."""
    parser = Nesting()
    parser.feed(LABEL_TAGS.sub("", fragment))
    parser.close()
    assert parser.errors == [] and parser.stack == []
    return "".join(parser.text)


def test_marked_html_exactly():
    out = marked_html(small_view())
    assert out == (
        '<div class="article"><mark class="ent" data-label="PERSON">Angela Merkel<span class="lbl">PERSON'
        '</span></mark> said in <span class="place" data-cc="DE"><mark class="ent" data-label="GPE">Berlin'
        '<span class="lbl">GPE</span></mark><sup class="cc">DE</sup></span> that <b class="fig">more than '
        '1,500<span class="val">&gt;1,500</span></b> people came. <span class="quote">\u201cIt was great,'
        '\u201d<span class="speaker">\u2014 Angela Merkel</span></span> she said.</div>')
    assert text_of(out) == TEXT


def test_crossing_spans_are_closed_and_reopened():
    text = "one two three four"
    view = View("x", text, LAYERS, [Span(0, 7, "quotes", "Q"), Span(4, 13, "entities", "ORG")], {})
    out = marked_html(view)
    assert text_of(out) == text
    # the entity is split at the quote's end; its label comes once, at its real end
    assert out.count('<mark class="ent"') == 2 and out.count('class="lbl"') == 1
    assert out.count('class="speaker"') == 1


def test_everything_from_the_article_is_escaped():
    text = "<script>alert(1)</script> & <img src=x onerror=alert(2)> \"q\""
    spans = [Span(0, 8, "entities", '"><script>x</script>', title="<b>t</b>"),
             Span(27, 56, "quotes", "<i>speaker</i>")]
    view = View("<b>doc</b>.txt", text, LAYERS, spans,
                {"entities": [{"entity": "<script>", "label": "ORG", "mentions": 1, "aliases": ["<img>"]}],
                 "places": [], "figures": [], "quotes": []})
    page = render_html([view])
    assert "<script" not in page and "<img" not in page and "<b>doc" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;" in page
    assert text_of(marked_html(view)) == text


def test_report_is_self_contained(article_view):
    page = render_html([article_view(SEED)])
    assert page.startswith("<!DOCTYPE html>") and f'content="{CSP}"' in page
    for outside in ("<script", "<link", "src=", "url(", "@import", "@font-face", "http://", "https://"):
        assert outside not in page
    assert page.count("<section") == 1 and 'id="index"' not in page  # one article: no index
    for heading in ("Entities (", "Places (", "Figures (", "Quotes ("):
        assert heading in page


def test_tables_list_every_row():
    rows = [{"text": "$2bn", "value": 2000000000, "value_max": None, "qualifier": "exact", "unit": "USD",
             "object": None, "kind": "money"}]
    out = table_html("figures", rows)
    assert out.count("<tr>") == 2
    assert '<td class="num">2000000000</td>' in out and "<td>2,000,000,000 USD</td>" in out
    assert table_html("quotes", []) == '<p class="none">No quotes found.</p>'


def test_corpus_index_links_articles_with_counts():
    views = [small_view(), View("b.txt", "Nothing here.", LAYERS, [], {k: [] for k in LAYERS})]
    page = render_html(views)
    assert page.count("<section") == 2 and 'id="index"' in page
    assert '<a href="#a1">t.txt</a>' in page and '<a href="#a2">b.txt</a>' in page
    row = re.search(r'<a href="#a1">.*?</tr>', page).group(0)
    assert re.findall(r'<td class="num">(\d+)</td>', row) == [str(len(TEXT)), str(len(TEXT.split())),
                                                              "2", "1", "1", "1"]


def test_a_failed_article_is_in_the_index_without_a_section():
    page = render_html([small_view()], index=[IndexRow("t.txt", "T", anchor="a1"),
                                               IndexRow("bad.txt", None, "failed", error="not UTF-8")])
    assert "failed: not UTF-8" in page and page.count("<section") == 1


def test_write_html_replaces_the_file(tmp_path):
    target = tmp_path / "r.html"
    target.write_text("old")
    write_html(target, "<p>new</p>")
    assert target.read_text() == "<p>new</p>" and os.listdir(tmp_path) == ["r.html"]


# ---------------------------------------------------------------- commands

def test_show_html(run_cli, tmp_path):
    target = tmp_path / "seed.html"
    result = run_cli("show", SEED, "--html", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert "seed.html" in result.stderr
    page = target.read_text(encoding="utf-8")
    assert page.count("<section") == 1 and "Tatiana Moskalkova" in page


def test_show_html_unwritable(run_cli, tmp_path):
    result = run_cli("show", SEED, "--html", str(tmp_path / "missing" / "r.html"))
    assert result.exit_code == 2 and "cannot write the report" in result.stderr


def test_export_html_matches_the_tables(run_cli, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "a.txt")
    (corpus / "b.txt").write_text(HOSTILE, encoding="utf-8")
    (corpus / "c.txt").write_bytes(b"\xff\xfe\x00")  # undecodable: a failed article
    out, target = tmp_path / "tables", tmp_path / "report.html"
    result = run_cli("export", str(corpus), "--out", str(out), "--html", str(target), "-j", "1")
    assert result.exit_code == 1  # c.txt failed, the rest were written
    page = target.read_text(encoding="utf-8")
    assert page.count("<section") == 2 and page.count('<a href="#a') == 2
    assert "<script" not in page and "<img" not in page and "&lt;script&gt;document.title=" in page

    def per_doc(table):
        with open(out / f"{table}.csv", encoding="utf-8") as f:
            return [row["doc"] for row in csv.DictReader(f)]
    for n, name in enumerate(["a.txt", "b.txt"], 1):
        doc = str(corpus / name)
        row = re.search(rf'<a href="#a{n}">{re.escape(html.escape(doc))}</a>.*?</tr>', page).group(0)
        counts = [int(c) for c in re.findall(r'<td class="num">(\d+)</td>', row)[2:]]
        assert counts == [per_doc(t).count(doc) for t in ("entities", "places", "figures", "quotes")]
    assert re.search(r"c\.txt</td><td></td><td>failed: ", page)


def article_rows(doc: str, content: str | None = TEXT, status: str = "ok", error: str | None = None) -> dict:
    """What export's per-article path gives the Collector for an article (content: its text)
    whose records are those of small_view."""
    rows = {
        "documents": [{"doc": doc, "title": content and content.split("\n")[0],
                       "chars": content and len(content), "words": content and len(content.split()),
                       "status": status, "error": error}],
    }
    if status != "ok":
        return rows
    rows.update(small_view().rows)
    rows["mentions"] = [{"start": 0, "end": 13, "text": "Angela Merkel", "label": "PERSON", "entity": "Angela Merkel"},
                        {"start": 22, "end": 28, "text": "Berlin", "label": "GPE", "entity": "Berlin"}]
    rows["place_mentions"] = [{"start": 22, "end": 28, "text": "Berlin", "place": "Berlin", "kind": "city",
                               "country_code": "DE", "country": "Germany"}]
    return rows


def result(doc: str, *, text: str | None = None, **kwargs) -> SimpleNamespace:
    """An export result as the on_result hook passes it (text only when the run kept it)."""
    status = kwargs.get("status", "ok")
    return SimpleNamespace(doc=doc, key="k", status=status, rows=article_rows(doc, **kwargs), text=text)


def test_collector_marks_up_each_article_from_its_rows(tmp_path):
    collector = Collector()
    collector.add(result("t.txt", text=TEXT), 1, 3)
    collector.add(result("bad.txt", status="failed", content=None, error="not UTF-8"), 2, 3)
    on_disk = tmp_path / "u.txt"
    on_disk.write_text(TEXT, encoding="utf-8")   # read back with a final newline
    collector.add(result(str(on_disk), content=TEXT + "\n"))  # no text in the result (resumed): read again
    page = collector.html()
    record_rows = {k: v for k, v in article_rows("t.txt").items() if k != "documents"}
    assert marked_html(view_of_rows("t.txt", TEXT, record_rows)) in page
    assert marked_html(view_of_rows(str(on_disk), TEXT + "\n", record_rows)) in page
    assert page.count("<section") == 2 and page.count('<sup class="cc">DE</sup>') == 2
    assert re.search(r"bad\.txt</td><td></td><td>failed: not UTF-8</td>", page)
    target = tmp_path / "r.html"
    collector.write(target)
    assert target.read_text(encoding="utf-8") == page


def test_collector_without_the_text_lists_the_article(tmp_path):
    changed = tmp_path / "changed.txt"
    changed.write_text("Not the text the offsets refer to.", encoding="utf-8")
    collector = Collector()
    collector.add(result(str(changed)))
    collector.add(result("-"))
    page = collector.html()
    assert page.count("The article text is not available") == 2
    assert page.count("<section") == 2 and "Entities (2)" in page


def test_collector_marks_up_at_most_max_articles():
    collector = Collector(max_articles=1)
    for name in ("a.txt", "b.txt", "c.txt"):
        collector.add(result(name, text=TEXT))
    page = collector.html()
    assert page.count("<section") == 1 and page.count("<a href=") == 1
    assert "2 more articles are listed in the index only (a report marks up at most 1)." in page
    assert re.search(r'<td class="doc">c\.txt</td><td>[^<]*</td><td>ok</td>(<td class="num">\d+</td>){6}', page)


def test_index_is_escaped():
    index = [IndexRow("t.txt", "T", anchor="a1"),
             IndexRow("<b>x</b>.txt", "<script>t</script>", "failed", error="<img src=x onerror=y>")]
    page = render_html([small_view()], index=index, title="<i>mine</i>")
    assert "<script" not in page and "<img" not in page and "<b>x" not in page and "<i>mine" not in page
    assert "&lt;b&gt;x&lt;/b&gt;.txt</td><td>&lt;script&gt;t&lt;/script&gt;</td><td>failed: &lt;img src=x" in page
    assert "<title>&lt;i&gt;mine&lt;/i&gt;</title>" in page


def test_the_templates_ship_with_the_package():
    from importlib.resources import files

    folder = files("newsmine") / "templates"
    assert {"report.html", "tables.html", "report.css"} <= {f.name for f in folder.iterdir()}


# ---------------------------------------------------------------- a real browser

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)


def chromium(tmp_path: Path, page: Path, *args: str) -> str:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium; .ci/run installs it)")
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run",
               f"--user-data-dir={tmp_path / 'chromium-profile'}", *args, page.resolve().as_uri()]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


@pytest.fixture(scope="module")
def hostile_report(article_view, tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    view = article_view(folder / "hostile.txt")
    target = folder / "hostile.html"
    write_html(target, render_html([view]))
    return view, target


def test_browser_shows_marks_and_runs_nothing(hostile_report, tmp_path):
    view, target = hostile_report
    dom = chromium(tmp_path, target, "--dump-dom")
    assert "<title>newsmine report</title>" in dom  # document.title='pwned' did not run
    assert "data-pwned" not in re.sub(r"&[^;]+;", "", dom.split("<body", 1)[1].split(">", 1)[0])
    assert "<script" not in dom and "<img" not in dom
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom
    assert "&lt;img src=x onerror=" in dom
    marks = re.findall(r'<mark class="ent" data-label="([A-Z_]+)"[^>]*>([^<]*)<span class="lbl">', dom)
    expected = [(s.label, HOSTILE[s.start:s.end]) for s in sorted(view.spans, key=lambda s: s.start)
                if s.layer == "entities"]
    assert marks and marks == expected


def test_browser_harness_would_see_a_script_run(tmp_path):
    """The check above can fail: an unescaped script without our CSP does change the title."""
    page = tmp_path / "control.html"
    page.write_text("<!DOCTYPE html><html><head><title>newsmine report</title></head><body>"
                    "<script>document.title='pwned'</script></body></html>")
    assert "<title>pwned</title>" in chromium(tmp_path, page, "--dump-dom")


def test_browser_screenshot(hostile_report, tmp_path):
    _, target = hostile_report
    png = tmp_path / "report.png"
    chromium(tmp_path, target, f"--screenshot={png}", "--window-size=1200,2000")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1200, 2000)
    assert len(png_pixels_distinct(data)) > 100  # a blank page has a handful of byte values


def png_pixels_distinct(data: bytes) -> set[int]:
    """Distinct byte values of the decompressed image data (IDAT chunks)."""
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    return set(zlib.decompress(idat))


def test_show_html_of_several_articles_lists_failures(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("Angela Merkel visited Paris.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00")
    target = tmp_path / "r.html"
    result = run_cli("show", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--html", str(target))
    assert result.exit_code == 1 and result.stdout == ""
    page = target.read_text(encoding="utf-8")
    assert page.count("<section") == 1 and 'id="index"' in page
    assert re.search(r"b\.txt</td><td></td><td>failed: [^<]+</td>", page)
    assert re.search(r'<a href="#a1">[^<]*a\.txt</a></td><td>Angela Merkel visited Paris\.</td><td>ok</td>', page)


@settings(max_examples=150, deadline=None)
@given(views())
def test_marked_html_is_well_nested_and_keeps_the_text(view):
    fragment = marked_html(view)
    assert text_of(fragment) == view.text
    assert "<script" not in fragment.lower()
