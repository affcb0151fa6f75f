"""The HTML report: one self-contained file (inline CSS, no scripts, fonts, images or links
out) with each article marked up, its tables, and for a corpus an index of articles.

Everything that comes from an article (text, names, paths) goes through `html.escape`, and a
Content-Security-Policy that forbids scripts and outside resources is a second guard: an article
containing `<script>` shows it as text.

`show --html` builds views from parsed Docs; `export --html` feeds a `Collector` the rows of each
finished article (the on_result hook), re-reading only the text (cheap), never re-parsing.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .show import LAYERS, Span, View, figure_value, segments, view_of_rows

MAX_ARTICLES = 500   # marked-up sections in one report; the index still lists every article

ENTITY_COLOURS = {  # displaCy's palette
    "PERSON": "#aa9cfc", "ORG": "#7aecec", "GPE": "#feca74", "LOC": "#ff9561", "NORP": "#c887fb",
    "FAC": "#9cc9cc", "EVENT": "#ffeb80", "PRODUCT": "#bfeeb7", "WORK_OF_ART": "#f0d0ff",
    "LAW": "#ff8197", "LANGUAGE": "#ff8197",
}
TABLE_COLUMNS = {
    "entities": ["entity", "label", "mentions", "aliases"],
    "places": ["place", "kind", "country_code", "country", "mentions", "lat", "lon", "aliases"],
    "figures": ["text", "value", "value_max", "qualifier", "unit", "object", "kind"],
    "quotes": ["quote", "type", "speaker", "speaker_text", "cue"],
}
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _css() -> str:
    labels = "\n".join(f'mark.ent[data-label="{label}"]{{background:{colour}}}'
                       for label, colour in ENTITY_COLOURS.items())
    return """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:2rem auto;
 max-width:62rem;padding:0 1rem;color:#222;background:#fff;line-height:1.5}
h1{font-size:1.5rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:2px solid #ddd}h3{font-size:1rem}
.doc{color:#666;font-size:.9rem;word-break:break-all}
.article{white-space:pre-wrap;line-height:2.4;font-size:1.05rem;border:1px solid #eee;padding:1rem;border-radius:6px}
mark.ent{background:#ddd;padding:.15em .35em;border-radius:.35em;line-height:1;box-decoration-break:clone;
 -webkit-box-decoration-break:clone}
mark.ent .lbl{font-size:.62em;font-weight:bold;text-transform:uppercase;vertical-align:middle;margin-left:.4em}
.place{border-bottom:2px solid #2a8a4a}
sup.cc{font-size:.65em;font-weight:bold;color:#2a8a4a;margin-left:.1em}
b.fig{font-weight:bold}
.val{font-size:.7em;font-weight:bold;color:#fff;background:#555;border-radius:.3em;padding:0 .3em;margin-left:.2em}
.quote{background:#fff6d5;font-style:italic}
.speaker{font-size:.75em;font-style:normal;font-weight:bold;color:#8a6d00;margin-left:.3em}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem;width:100%}
th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.num{text-align:right;font-variant-numeric:tabular-nums}
.none{color:#888;font-style:italic}.legend mark{margin-right:.3rem}
footer{margin-top:3rem;color:#888;font-size:.8rem}
""" + labels


# ---------------------------------------------------------------- the marked-up article

def _open(span: Span) -> str:
    title = f' title="{esc(span.title)}"' if span.title else ""
    if span.layer == "entities":
        return f'<mark class="ent" data-label="{esc(span.label)}"{title}>'
    if span.layer == "places":
        return f'<span class="place" data-cc="{esc(span.label)}"{title}>'
    if span.layer == "figures":
        return f'<b class="fig"{title}>'
    return f'<span class="quote"{title}>'


def _close(span: Span, *, at_end: bool) -> str:
    """Close a span's element; at the span's real end its tag goes in first."""
    tag = ""
    if at_end:
        if span.layer == "entities":
            tag = f'<span class="lbl">{esc(span.label)}</span>'
        elif span.layer == "places":
            tag = f'<sup class="cc">{esc(span.label)}</sup>'
        elif span.layer == "figures":
            tag = f'<span class="val">{esc(span.label)}</span>'
        else:
            tag = f'<span class="speaker">\u2014 {esc(span.label)}</span>'
    return tag + ("</mark>" if span.layer == "entities" else "</b>" if span.layer == "figures" else "</span>")


def marked_html(view: View) -> str:
    """The article as nested inline elements; spans that cross are closed and reopened."""
    if view.text is None:
        return '<p class="none">The article text is not available (read from stdin or unreadable).</p>'
    out: list[str] = []
    stack: list[Span] = []
    pos = 0
    for piece, active, _ending in segments(view.text, view.spans):
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        for span in reversed(stack[keep:]):
            out.append(_close(span, at_end=span.end == pos))
        for span in active[keep:]:
            out.append(_open(span))
        stack = list(active)
        out.append(esc(piece))
        pos += len(piece)
    for span in reversed(stack):
        out.append(_close(span, at_end=span.end == pos))
    return '<div class="article">' + "".join(out) + "</div>"


# ---------------------------------------------------------------- tables and sections

def _cell(column: str, value: Any) -> str:
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
    return f'<td class="num">{esc(value)}</td>' if numeric else f"<td>{esc(value)}</td>"


def table_html(layer: str, rows: list[dict]) -> str:
    if not rows:
        return f'<p class="none">No {layer} found.</p>'
    columns = TABLE_COLUMNS[layer]
    head = "".join(f"<th>{esc(c)}</th>" for c in columns)
    if layer == "figures":
        head += "<th>as read</th>"
    body = []
    for row in rows:
        cells = "".join(_cell(c, row.get(c)) for c in columns)
        if layer == "figures":
            cells += f"<td>{esc(figure_value(row))}</td>"
        body.append(f"<tr>{cells}</tr>")
    return f'<table class="{esc(layer)}"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def _counts(view: View) -> str:
    return ", ".join(f"{view.count(layer)} {layer}" for layer in view.layers)


def section_html(view: View, anchor: str, title: str | None) -> str:
    heading = esc(title or view.doc)
    parts = [f'<section id="{esc(anchor)}"><h2>{heading}</h2>',
             f'<p class="doc">{esc(view.doc)} \u00b7 {esc(_counts(view))}</p>', marked_html(view)]
    for layer in view.layers:
        parts.append(f"<h3>{esc(layer.capitalize())} ({view.count(layer)})</h3>")
        parts.append(table_html(layer, view.rows.get(layer, [])))
    parts.append("</section>")
    return "\n".join(parts)


@dataclass
class IndexRow:
    """One article in the corpus index: what documents.csv says, plus its record counts."""
    doc: str
    title: str | None = None
    status: str = "ok"
    chars: int | None = None
    words: int | None = None
    error: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    anchor: str | None = None


def index_html(rows: list[IndexRow], layers: tuple[str, ...]) -> str:
    head = "".join(f"<th>{esc(c)}</th>" for c in ("#", "document", "title", "status", "chars", "words") + layers)
    body = []
    for n, row in enumerate(rows, 1):
        doc = f'<a href="#{esc(row.anchor)}">{esc(row.doc)}</a>' if row.anchor else esc(row.doc)
        status = esc(row.status) + (f": {esc(row.error)}" if row.error else "")
        counts = "".join(f'<td class="num">{esc(row.counts.get(layer, ""))}</td>' for layer in layers)
        body.append(f'<tr><td class="num">{n}</td><td class="doc">{doc}</td><td>{esc(row.title)}</td>'
                    f'<td>{status}</td><td class="num">{esc(row.chars)}</td><td class="num">{esc(row.words)}</td>'
                    f"{counts}</tr>")
    return (f'<h2 id="index">Articles ({len(rows)})</h2><table class="index"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table>')


def _legend(layers: tuple[str, ...]) -> str:
    parts = []
    if "entities" in layers:
        parts += [f'<mark class="ent" data-label="{label}">{label}</mark>' for label in ENTITY_COLOURS]
    if "places" in layers:
        parts.append('<span class="place">place</span><sup class="cc">country</sup>')
    if "figures" in layers:
        parts.append('<b class="fig">figure</b><span class="val">value</span>')
    if "quotes" in layers:
        parts.append('<span class="quote">quote</span><span class="speaker">\u2014 speaker</span>')
    return f'<p class="legend">{" ".join(parts)}</p>'


def index_row_of_view(view: View, anchor: str | None) -> IndexRow:
    text = view.text or ""
    title = next((line.strip() for line in text.split("\n") if line.strip()), None)
    return IndexRow(view.doc, title[:300] if title else None, "ok", len(text), len(text.split()),
                    counts={layer: view.count(layer) for layer in view.layers}, anchor=anchor)


def render_html(views: list[View], *, index: list[IndexRow] | None = None, title: str = "newsmine report",
                omitted: int = 0) -> str:
    """The whole report. `index` (export) lists every article, including failed ones and those
    past MAX_ARTICLES; without it the index is built from the views. Shown when more than one."""
    anchors = [f"a{n}" for n in range(1, len(views) + 1)]
    if index is None:
        index = [index_row_of_view(v, a) for v, a in zip(views, anchors)]
    layers = next((v.layers for v in views), LAYERS)
    titles = {row.anchor: row.title for row in index}
    body = [f"<h1>{esc(title)}</h1>", _legend(layers)]
    if len(index) > 1:
        body.append(index_html(index, layers))
    if omitted:
        body.append(f'<p class="none">{omitted} more articles are listed in the index only '
                    f"(a report marks up at most {MAX_ARTICLES}).</p>")
    body += [section_html(v, a, titles.get(a)) for v, a in zip(views, anchors)]
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="newsmine {esc(__version__)}">'
            f"<title>{esc(title)}</title><style>{_css()}</style></head>\n<body>\n"
            + "\n".join(body)
            + f"\n<footer>Made by newsmine {esc(__version__)}. Offsets and tables: "
              "<code>newsmine export</code>.</footer>\n</body></html>\n")


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
        layers = tuple(layer for layer in LAYERS
                       if layer in record_rows or (layer == "entities" and "mentions" in record_rows))
        index.counts = {layer: len(record_rows.get(layer, [])) for layer in layers}
        if len(self.views) >= self.max_articles:
            self.omitted += 1
            return
        text = self._text(result.doc, doc_row.get("chars"))
        index.anchor = f"a{len(self.views) + 1}"
        self.views.append(view_of_rows(result.doc, text, record_rows, layers=layers))

    def _text(self, doc: str, chars: int | None) -> str | None:
        """The article text the offsets refer to; None for stdin or a file changed since."""
        from .sources import InputError, Source, read_article

        if doc == "-":
            return None
        try:
            text = read_article(Source(doc, Path(doc)), keep_boilerplate=self.keep_boilerplate)
        except (InputError, OSError, ValueError):
            return None
        return text if chars is None or len(text) == chars else None

    def html(self, *, title: str = "newsmine report") -> str:
        return render_html(self.views, index=self.index, title=title, omitted=self.omitted)

    def write(self, path: str | Path, *, title: str = "newsmine report") -> None:
        write_html(path, self.html(title=title))
