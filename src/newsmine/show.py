"""`newsmine show`: one article the way an editor reads it, in the terminal.

The article text is printed with entities coloured by label, places tagged with their country
code, figures in bold with their normalised value, and quotes highlighted with their speaker;
then a compact panel of the top entities, places, figures and quotes.

The same `View` (text, marked spans, record rows) feeds the HTML report (`report.py`), whether
it comes from a parsed Doc (`view_of_doc`) or from the rows `export` wrote (`view_of_rows`).
Tags are inserted after the span they belong to; styles carry the rest, so without colour
(no terminal, NO_COLOR) the output has the same words and tags as plain text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from . import schemas

LAYERS = ("entities", "places", "figures", "quotes")
# Outermost first when spans nest: a quote holds figures, places and entities.
_NESTING = {"quotes": 0, "figures": 1, "places": 2, "entities": 3}
TAG_OPEN, TAG_CLOSE = "\u27e8", "\u27e9"  # ⟨ ⟩: rare in news text, so a tag is never mistaken for it
QUALIFIER_SIGNS = {"approx": "\u2248", "more": ">", "less": "<"}
PANEL_ITEMS = 8
# Control characters from an article never reach the terminal (an ESC could restyle or retitle it).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(text: Any) -> str:
    """Article-derived text for the terminal: control characters shown as U+FFFD."""
    return _CONTROL.sub("\ufffd", "" if text is None else str(text))


def one_line(text: Any) -> str:
    """A name or tag on one line: safe, whitespace runs (newlines too) as one space."""
    return " ".join(safe(text).split())


@dataclass(frozen=True)
class Span:
    """A marked stretch of the article: which layer, and the tag shown after it."""
    start: int
    end: int
    layer: str          # entities | places | figures | quotes
    label: str          # entity label, country code, normalised value, speaker
    title: str = ""     # longer description (HTML tooltip)


@dataclass
class View:
    """One article ready to show: its text (None if unavailable), spans, and record rows."""
    doc: str
    text: str | None
    layers: tuple[str, ...] = LAYERS
    spans: list[Span] = field(default_factory=list)
    rows: dict[str, list[dict]] = field(default_factory=dict)   # entities, places, figures, quotes

    def count(self, layer: str) -> int:
        return len(self.rows.get(layer, []))


def parse_only(value: str | None) -> tuple[str, ...]:
    """`--only quotes,figures` -> the layers in display order; ValueError names unknown ones."""
    if not value:
        return LAYERS
    wanted = [v.strip().lower() for v in value.split(",") if v.strip()]
    unknown = [v for v in wanted if v not in LAYERS]
    if unknown:
        raise ValueError(f"unknown {', '.join(unknown)}; choose from {', '.join(LAYERS)}")
    return tuple(layer for layer in LAYERS if layer in wanted) or LAYERS


# ---------------------------------------------------------------- building views

def view_of_doc(doc, name: str, *, layers: Iterable[str] = LAYERS) -> View:
    """Run the extractors a view needs on a parsed Doc."""
    from .output import clean_value, row_of

    layers = tuple(layer for layer in LAYERS if layer in set(layers))
    rows: dict[str, list[dict]] = {}
    spans: list[Span] = []
    columns = {"entities": schemas.ENTITIES, "places": schemas.PLACES, "figures": schemas.FIGURES,
               "quotes": schemas.QUOTES}

    def as_rows(layer, records):
        return [{k: clean_value(v) for k, v in row_of(name, r, columns[layer]).items()} for r in records]

    if "entities" in layers:
        from .extract.entities import extract_entities, extract_mentions

        rows["entities"] = as_rows("entities", extract_entities(doc))
        spans += [_entity_span(m.start, m.end, m.label, m.entity) for m in extract_mentions(doc)]
    if "places" in layers:
        from .extract.places import extract_place_mentions, extract_places

        rows["places"] = as_rows("places", extract_places(doc))
        spans += [_place_span(m.start, m.end, m.place, m.kind, m.country_code, m.country)
                  for m in extract_place_mentions(doc)]
    if "figures" in layers:
        from .extract.figures import extract_figures

        rows["figures"] = as_rows("figures", extract_figures(doc))
        spans += [_figure_span(r) for r in rows["figures"]]
    if "quotes" in layers:
        from .extract.quotes import extract_quotes

        rows["quotes"] = as_rows("quotes", extract_quotes(doc))
        spans += [_quote_span(r) for r in rows["quotes"]]
    return View(name, doc.text, layers, _valid(spans, doc.text), rows)


def view_of_rows(name: str, text: str | None, rows: dict[str, list[dict]], *,
                 layers: Iterable[str] = LAYERS) -> View:
    """A view from export's table rows (no parse). Entity spans come from the `mentions` rows;
    the places table has no offsets, so its names and aliases are found in the text as words."""
    layers = tuple(layer for layer in LAYERS if layer in set(layers) and
                   (layer in rows or (layer == "entities" and "mentions" in rows)))
    spans: list[Span] = []
    if text is not None:
        if "entities" in layers:
            spans += [_entity_span(r["start"], r["end"], r.get("label") or "", r.get("entity") or "")
                      for r in rows.get("mentions", [])]
        if "places" in layers:
            spans += _place_spans_in_text(text, rows.get("places", []))
        if "figures" in layers:
            spans += [_figure_span(r) for r in rows.get("figures", [])]
        if "quotes" in layers:
            spans += [_quote_span(r) for r in rows.get("quotes", [])]
    kept = {layer: list(rows.get(layer, [])) for layer in layers}
    if "entities" in layers and "entities" not in rows:
        kept["entities"] = []
    return View(name, text, layers, _valid(spans, text) if text is not None else [], kept)


def _entity_span(start, end, label, entity) -> Span:
    return Span(start, end, "entities", label, f"{entity} ({label})" if entity else label)


def _place_span(start, end, place, kind, code, country) -> Span:
    where = ", ".join(x for x in (kind, country) if x)
    return Span(start, end, "places", code or "?", f"{place} ({where})" if where else place)


def _figure_span(row: dict) -> Span:
    value = figure_value(row)
    described = " ".join(str(x) for x in (value, row.get("object")) if x)
    return Span(row["start"], row["end"], "figures", value, f"{described} ({row.get('kind')})")


def _quote_span(row: dict) -> Span:
    speaker = row.get("speaker") or "speaker unknown"
    return Span(row["start"], row["end"], "quotes", speaker, f"{row.get('type')} quote, {speaker}")


def _place_spans_in_text(text: str, place_rows: list[dict]) -> list[Span]:
    """Whole-word occurrences of each place's name and aliases, longest names first."""
    names: dict[str, dict] = {}
    for row in place_rows:
        for name in [row.get("place")] + list(row.get("aliases") or []):
            if name and name.strip():
                names.setdefault(name, row)
    taken = bytearray(len(text))
    spans = []
    for name in sorted(names, key=len, reverse=True):
        row = names[name]
        for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if any(taken[match.start():match.end()]):
                continue
            taken[match.start():match.end()] = b"\1" * (match.end() - match.start())
            spans.append(_place_span(match.start(), match.end(), row.get("place"), row.get("kind"),
                                     row.get("country_code"), row.get("country")))
    return sorted(spans, key=lambda s: s.start)


def _valid(spans: list[Span], text: str) -> list[Span]:
    """Spans inside the text, non-empty; anything else (a stale row) is dropped, not raised."""
    out = []
    for s in spans:
        if isinstance(s.start, int) and isinstance(s.end, int) and 0 <= s.start < s.end <= len(text):
            out.append(s)
    return out


def figure_value(row: dict) -> str:
    """The normalised value as a reader says it: >1,500, ≈3,000, 2–3 km, 5%, 2,000,000,000 USD."""
    value = _number(row.get("value"))
    if value is None:
        return "?"
    if row.get("qualifier") == "range" and _number(row.get("value_max")) is not None:
        text = f"{value}\u2013{_number(row.get('value_max'))}"
    else:
        text = QUALIFIER_SIGNS.get(row.get("qualifier") or "", "") + value
    unit = row.get("unit")
    if unit == "percent":
        return text + "%"
    return f"{text} {unit}" if unit else text


def _number(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return None
        if value.is_integer() and abs(value) < 1e15:
            value = int(value)
    return f"{value:,}" if isinstance(value, int) else format(value, ",.10g")


# ---------------------------------------------------------------- walking the marked text

def segments(text: str, spans: list[Span]) -> Iterator[tuple[str, list[Span], list[Span]]]:
    """(piece, spans covering it outermost first, spans ending after it innermost first).

    The pieces join back to `text`; overlapping spans are fine (each piece knows all of them).
    """
    order = sorted(spans, key=lambda s: (s.start, -s.end, _NESTING[s.layer]))
    bounds = sorted({0, len(text)} | {s.start for s in order} | {s.end for s in order})
    by_start: dict[int, list[Span]] = {}
    for s in order:
        by_start.setdefault(s.start, []).append(s)
    active: list[Span] = []
    for a, b in zip(bounds, bounds[1:]):
        active = [s for s in active if s.end > a] + by_start.get(a, [])
        active.sort(key=lambda s: (s.start, -s.end, _NESTING[s.layer]))
        ending = [s for s in reversed(active) if s.end == b]
        yield text[a:b], list(active), ending


# ---------------------------------------------------------------- terminal rendering

def _styles():
    from .output import LABEL_COLOURS

    return LABEL_COLOURS


STYLE = {"places": "underline", "figures": "bold", "quotes": "italic"}
TAG_STYLE = {"places": "dim green", "figures": "bold", "quotes": "dim italic"}
QUOTE_STYLE = "italic on grey19"


def tag_of(span: Span) -> str:
    """The tag after a span: glued to a place or figure (so it wraps with its word), spaced
    after a quote."""
    if span.layer == "quotes":
        return f" {TAG_OPEN}\u2014 {one_line(span.label)}{TAG_CLOSE}"
    return f"{TAG_OPEN}{one_line(span.label)}{TAG_CLOSE}"


def marked_text(view: View):
    """The article as a Rich Text: styled spans, each followed by its tag (country code,
    value, speaker). Entities carry colour only; their label is in the panel."""
    from rich.text import Text

    colours = _styles()
    out = Text()
    if view.text is None:
        out.append("(article text not available)", style="dim")
        return out
    for piece, active, ending in segments(view.text, view.spans):
        styles = []
        for s in active:
            if s.layer == "entities":
                styles.append(colours.get(s.label, "bold blue"))
            elif s.layer == "quotes":
                styles.append(QUOTE_STYLE)
            else:
                styles.append(STYLE[s.layer])
        out.append(safe(piece), style=" ".join(styles) or None)
        for s in ending:
            if s.layer != "entities":
                out.append(tag_of(s), style=TAG_STYLE[s.layer])
    return out


def _top(rows: list[dict], n: int = PANEL_ITEMS) -> list[dict]:
    return sorted(rows, key=lambda r: (-(r.get("mentions") or 0), r.get("first_start") or 0))[:n]


def _shorten(text: str, limit: int) -> str:
    """Cut at a word boundary with an ellipsis, so nothing is cut mid-word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > 0 else limit].rstrip(",;:") + "\u2026"


def panel(view: View):
    """The compact summary: top entities and places, figures, quotes (only the shown layers).
    Each item is one unbreakable cell of a column layout, so "Tatiana Moskalkova PERSON 2"
    never wraps inside."""
    from rich.columns import Columns
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    colours = _styles()
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()

    def cells(parts: list[Text]):
        if not parts:
            return Text("none", style="dim")
        return Columns(parts, padding=(0, 2))

    if "entities" in view.layers:
        rows = view.rows.get("entities", [])
        grid.add_row(f"Entities ({len(rows)})", cells(
            [Text.assemble((one_line(r["entity"]), colours.get(r["label"], "bold blue")),
                           (f" {safe(r['label'])} {r['mentions']}", "dim")) for r in _top(rows)]))
    if "places" in view.layers:
        rows = view.rows.get("places", [])
        grid.add_row(f"Places ({len(rows)})", cells(
            [Text.assemble((one_line(r["place"]), "underline"),
                           (f" {safe(r.get('country_code') or '?')} {r['mentions']}", "dim"))
             for r in _top(rows)]))
    if "figures" in view.layers:
        rows = view.rows.get("figures", [])
        lines = [Text.assemble((safe(" ".join(r["text"].split())), "bold"),
                               (f" {TAG_OPEN}{safe(figure_value(r))}{TAG_CLOSE}", "dim"),
                               (f" {safe(r['object'])}" if r.get("object") else "", "dim"))
                 for r in rows[:PANEL_ITEMS]]
        grid.add_row(f"Figures ({len(rows)})", Group(*lines) if lines else cells([]))
    if "quotes" in view.layers:
        rows = view.rows.get("quotes", [])
        speakers: dict[str, int] = {}
        for r in rows:
            name = one_line(r.get("speaker") or "speaker unknown")
            speakers[name] = speakers.get(name, 0) + 1
        ranked = sorted(speakers.items(), key=lambda kv: -kv[1])[:PANEL_ITEMS]
        grid.add_row(f"Quotes ({len(rows)})",
                     cells([Text.assemble((name, "bold"), (f" {n}", "dim")) for name, n in ranked]))
        for r in rows[:PANEL_ITEMS // 2]:  # one line each: speaker, then the quote's opening
            speaker = one_line(r.get("speaker") or "speaker unknown")
            grid.add_row("", Text.assemble((f"{speaker}: ", "dim"),
                                           (safe(_shorten(r["quote"], max(20, 58 - len(speaker)))), "italic")))
    return Panel(grid, title=Text(safe(view.doc)), title_align="left", expand=True)


def render(view: View, console) -> None:
    """Print the marked article and its panel on a Rich console (which decides colour and width)."""
    console.print(marked_text(view), soft_wrap=False)
    console.print()
    console.print(panel(view))


def make_console(file=None):
    """A console for the show command: colour only on a terminal, NO_COLOR honoured by Rich."""
    from rich.console import Console

    return Console(file=file, highlight=False, emoji=False, markup=False)


def run_show(inputs: list[str], *, model: str | None = None, keep_boilerplate: bool = False,
             layers: tuple[str, ...] = LAYERS, html: str | None = None, console=None) -> int:
    """The `show` command: each article to the terminal, or all of them to one HTML report.
    Returns the output contract's exit code."""
    from rich.text import Text

    from .pipeline import ModelError, load
    from .runner import EXIT_USAGE, Run, report

    index = []  # the report's index: every article, failed ones with their cause

    def failed(doc: str, cause: str) -> None:
        from .report import IndexRow

        index.append(IndexRow(doc, None, "failed", error=cause))

    run = Run(list(inputs), keep_boilerplate=keep_boilerplate, on_failure=failed)
    sources = run.sources()
    if not sources:
        return run.exit_code()
    try:
        nlp = load(model)
    except ModelError as exc:
        report(str(exc))
        return EXIT_USAGE
    console = console or make_console()
    views: list[View] = []
    for doc, source in run.docs(sources, nlp=nlp, tasks=layers):
        view = view_of_doc(doc, source.doc, layers=layers)
        if html is None:
            if len(sources) > 1:
                console.rule(Text(safe(source.doc)))
            render(view, console)
            continue
        from .report import MAX_ARTICLES, index_row_of_view

        keep = len(views) < MAX_ARTICLES
        index.append(index_row_of_view(view, f"a{len(views) + 1}" if keep else None))
        if keep:
            views.append(view)
    if html is not None and views:
        from .report import render_html, write_html

        try:
            omitted = sum(1 for row in index if row.status == "ok") - len(views)
            write_html(html, render_html(views, index=index, omitted=omitted))
        except OSError as exc:
            report(f"{html}: cannot write the report ({exc.strerror or exc})")
            return EXIT_USAGE
        report(f"report: {len(index)} article{'s' if len(index) != 1 else ''} -> {html}")
    return run.exit_code()
