"""The HTML report: one self-contained file (inline CSS, no scripts, fonts, images or links
out) with each article marked up, its tables, and for a corpus an index of articles.

The page comes from the Jinja2 templates in `templates/` (report.html, tables.html, report.css)
with autoescaping on; the marked-up article body is built here from escaped pieces
(`markupsafe`), since spans that nest or cross are easier in Python. Everything that comes from
an article (text, names, paths) is escaped, and a Content-Security-Policy that forbids scripts
and outside resources is a second guard: an article containing `<script>` shows it as text.

`show --html` renders views of the articles it parsed; `export --html` feeds a `Collector` the
rows of each finished article (the on_result hook), re-reading only the text (cheap), never
re-parsing.
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from . import __version__
from .lexicon import LABEL_HTML_COLOURS
from .view import (LAYERS, IndexRow, Span, View, figure_value, index_row_of_view, layers_in, segments,
                   view_of_rows)

MAX_ARTICLES = 500   # marked-up sections in one report; the index still lists every article

TABLE_COLUMNS = {
    "entities": ["entity", "label", "mentions", "aliases"],
    "places": ["place", "kind", "country_code", "country", "mentions", "lat", "lon", "aliases"],
    "figures": ["text", "value", "value_max", "qualifier", "unit", "object", "kind"],
    "quotes": ["quote", "type", "speaker", "speaker_text", "cue"],
}
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


# ---------------------------------------------------------------- the templates

def _blank_none(value: Any) -> Any:
    """What `{{ value }}` prints: nothing for None (an empty cell), the value otherwise."""
    return "" if value is None else value


def _joined(value: Any) -> Any:
    """A list cell (aliases) as one string."""
    return "; ".join(str(v) for v in value) if isinstance(value, (list, tuple)) else value


def _numeric(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


@functools.cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("newsmine", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, finalize=_blank_none,
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["joined"] = _joined
    env.tests["numeric"] = _numeric
    env.globals.update(
        csp=Markup(CSP),  # our constant, not article text: its quotes stay as written
        version=__version__, label_colours=LABEL_HTML_COLOURS,
        table_columns=TABLE_COLUMNS, figure_value=figure_value, marked_html=marked_html)
    return env


# ---------------------------------------------------------------- the marked-up article

def _open(span: Span) -> Markup:
    title = Markup(' title="{}"').format(span.title) if span.title else ""
    if span.layer == "entities":
        return Markup('<mark class="ent" data-label="{}"{}>').format(span.label, title)
    if span.layer == "places":
        return Markup('<span class="place" data-cc="{}"{}>').format(span.label, title)
    if span.layer == "figures":
        return Markup('<b class="fig"{}>').format(title)
    return Markup('<span class="quote"{}>').format(title)


_TAGS = {"entities": '<span class="lbl">{}</span>', "places": '<sup class="cc">{}</sup>',
         "figures": '<span class="val">{}</span>', "quotes": '<span class="speaker">\u2014 {}</span>'}
_CLOSE = {"entities": "</mark>", "figures": "</b>"}


def _close(span: Span, *, at_end: bool) -> Markup:
    """Close a span's element; at the span's real end its tag goes in first."""
    tag = Markup(_TAGS[span.layer]).format(span.label) if at_end else Markup("")
    return tag + Markup(_CLOSE.get(span.layer, "</span>"))


def marked_html(view: View) -> Markup:
    """The article as nested inline elements; spans that cross are closed and reopened."""
    if view.text is None:
        return Markup('<p class="none">The article text is not available '
                      '(read from stdin or unreadable).</p>')
    out: list[Markup] = []
    stack: list[Span] = []
    pos = 0
    for piece, active, _ending in segments(view.text, view.spans):
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        out += [_close(span, at_end=span.end == pos) for span in reversed(stack[keep:])]
        out += [_open(span) for span in active[keep:]]
        stack = list(active)
        out.append(Markup.escape(piece))
        pos += len(piece)
    out += [_close(span, at_end=span.end == pos) for span in reversed(stack)]
    return Markup('<div class="article">{}</div>').format(Markup("").join(out))


# ---------------------------------------------------------------- the page

def table_html(layer: str, rows: list[dict]) -> Markup:
    """One record table as the report shows it (a paragraph saying so when there are no rows)."""
    return Markup(_environment().get_template("tables.html").module.record_table(layer, rows).strip())


def render_html(views: list[View], *, index: list[IndexRow] | None = None, title: str = "newsmine report",
                omitted: int = 0, max_articles: int = MAX_ARTICLES) -> str:
    """The whole report. `index` (export) lists every article, including failed ones and the
    `omitted` ones past `max_articles`; without it the index is built from the views. The index
    is shown when it has more than one row."""
    anchors = [f"a{n}" for n in range(1, len(views) + 1)]
    if index is None:
        index = [index_row_of_view(v, a) for v, a in zip(views, anchors)]
    titles = {row.anchor: row.title for row in index}
    sections = [(v, a, titles.get(a) or v.doc) for v, a in zip(views, anchors)]
    layers = next((v.layers for v in views), LAYERS)
    return _environment().get_template("report.html").render(
        title=title, layers=layers, index=index, omitted=omitted, max_articles=max_articles,
        sections=sections)


def write_html(path: str | Path, html_text: str) -> None:
    """Write next to the target, then rename: a reader never sees half a report."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(html_text, encoding="utf-8")
    tmp.replace(path)


# ---------------------------------------------------------------- export --html

class Collector:
    """Gathers export's finished articles (Result objects) into a report, in input order."""

    def __init__(self, *, keep_boilerplate: bool = False, max_articles: int = MAX_ARTICLES):
        self.keep_boilerplate = keep_boilerplate
        self.max_articles = max_articles
        self.views: list[View] = []
        self.index: list[IndexRow] = []
        self.omitted = 0

    def add(self, result, done: int | None = None, total: int | None = None) -> None:
        """An export on_result callback: (result, done, total)."""
        doc_row = (result.rows.get("documents") or [{}])[0]
        index = IndexRow(result.doc, doc_row.get("title"), result.status, doc_row.get("chars"),
                         doc_row.get("words"), doc_row.get("error"))
        self.index.append(index)
        if result.status != "ok":
            return
        record_rows = {k: v for k, v in result.rows.items() if k != "documents"}
        layers = layers_in(record_rows)
        index.counts = {layer: len(record_rows.get(layer, [])) for layer in layers}
        if len(self.views) >= self.max_articles:
            self.omitted += 1
            return
        text = getattr(result, "text", None) or self._text(result.doc, doc_row.get("chars"))
        index.anchor = f"a{len(self.views) + 1}"
        self.views.append(view_of_rows(result.doc, text, record_rows, layers=layers))

    def _text(self, doc: str, chars: int | None) -> str | None:
        """The article text the offsets refer to, when the result does not carry it (a resumed
        article): read again; None for stdin or a file changed since."""
        from .sources import InputError, read_file

        if doc == "-":
            return None
        try:
            text = read_file(doc, keep_boilerplate=self.keep_boilerplate)
        except (InputError, OSError, ValueError):
            return None
        return text if chars is None or len(text) == chars else None

    def html(self, *, title: str = "newsmine report") -> str:
        return render_html(self.views, index=self.index, title=title, omitted=self.omitted,
                           max_articles=self.max_articles)

    def write(self, path: str | Path, *, title: str = "newsmine report") -> None:
        write_html(path, self.html(title=title))
