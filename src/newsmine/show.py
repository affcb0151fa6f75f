"""`newsmine show`: one article the way an editor reads it, in the terminal.

The article text is printed with entities coloured by label, places tagged with their country
code, figures in bold with their normalised value, and quotes highlighted with their speaker;
then a compact panel of the top entities, places, figures and quotes.

This module renders a `View` (view.py) on a Rich console; the HTML report (report.py) renders
the same views. Tags are inserted after the span they belong to; styles carry the rest, so
without colour (no terminal, NO_COLOR) the output has the same words and tags as plain text.
"""
from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator

from rich.columns import Columns
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .lexicon import LABEL_STYLES
from .output import no_color_requested, terminal_safe, unpadded
from .sources import MAX_CHARS
from .view import LAYERS, Span, View, figure_value, segments, view_of_rows

TAG_OPEN, TAG_CLOSE = "\u27e8", "\u27e9"  # ⟨ ⟩: rare in news text, so a tag is never mistaken for it
PANEL_ITEMS = 8
ENTITY_STYLE = "bold blue"   # a label without a style of its own
STYLE = {"places": "underline", "figures": "bold", "quotes": "italic on grey19"}
TAG_STYLE = {"places": "dim green", "figures": "bold", "quotes": "dim italic"}


def safe(text: Any) -> str:
    """Article-derived text for the terminal (an ESC could restyle, retitle or clear it)."""
    return terminal_safe("" if text is None else str(text))


def one_line(text: Any) -> str:
    """A name or tag on one line: safe, whitespace runs (newlines too) as one space."""
    return " ".join(safe(text).split())


def tag_of(span: Span) -> str:
    """The tag after a span: glued to a place or figure (so it wraps with its word), spaced
    after a quote."""
    if span.layer == "quotes":
        return f" {TAG_OPEN}\u2014 {one_line(span.label)}{TAG_CLOSE}"
    return f"{TAG_OPEN}{one_line(span.label)}{TAG_CLOSE}"


def _style_of(span: Span) -> str:
    if span.layer == "entities":
        return LABEL_STYLES.get(span.label, ENTITY_STYLE)
    return STYLE[span.layer]


def marked_text(view: View) -> Text:
    """The article as a Rich Text: styled spans, each followed by its tag (country code,
    value, speaker). Entities carry colour only; their label is in the panel."""
    out = Text()
    if view.text is None:
        out.append("(article text not available)", style="dim")
        return out
    for piece, active, ending in segments(view.text, view.spans):
        out.append(safe(piece), style=" ".join(_style_of(s) for s in active) or None)
        for s in ending:
            if s.layer != "entities":
                out.append(tag_of(s), style=TAG_STYLE[s.layer])
    return out


# ---------------------------------------------------------------- the panel

def _top(rows: list[dict], n: int = PANEL_ITEMS) -> list[dict]:
    return sorted(rows, key=lambda r: (-(r.get("mentions") or 0), r.get("first_start") or 0))[:n]


def _shorten(text: str, limit: int) -> str:
    """Cut at a word boundary with an ellipsis, so nothing is cut mid-word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > 0 else limit].rstrip(",;:") + "\u2026"


def _cells(parts: list[Text]):
    """Items side by side, each unbreakable; "none" when there are none."""
    if not parts:
        return Text("none", style="dim")
    return Columns(parts, padding=(0, 2))


def _entity_rows(rows: list[dict]):
    yield f"Entities ({len(rows)})", _cells(
        [Text.assemble((one_line(r["entity"]), LABEL_STYLES.get(r["label"], ENTITY_STYLE)),
                       (f" {safe(r['label'])} {r['mentions']}", "dim")) for r in _top(rows)])


def _place_rows(rows: list[dict]):
    yield f"Places ({len(rows)})", _cells(
        [Text.assemble((one_line(r["place"]), "underline"),
                       (f" {safe(r.get('country_code') or '?')} {r['mentions']}", "dim"))
         for r in _top(rows)])


def _figure_rows(rows: list[dict]):
    lines = [Text.assemble((safe(" ".join(r["text"].split())), "bold"),
                           (f" {TAG_OPEN}{safe(figure_value(r))}{TAG_CLOSE}", "dim"),
                           (f" {safe(r['object'])}" if r.get("object") else "", "dim"))
             for r in rows[:PANEL_ITEMS]]
    yield f"Figures ({len(rows)})", Group(*lines) if lines else _cells([])


def _quote_rows(rows: list[dict]):
    speakers: dict[str, int] = {}
    for r in rows:
        name = one_line(r.get("speaker") or "speaker unknown")
        speakers[name] = speakers.get(name, 0) + 1
    ranked = sorted(speakers.items(), key=lambda kv: -kv[1])[:PANEL_ITEMS]
    yield f"Quotes ({len(rows)})", _cells([Text.assemble((name, "bold"), (f" {n}", "dim"))
                                            for name, n in ranked])
    for r in rows[:PANEL_ITEMS // 2]:  # one line each: speaker, then the quote's opening
        speaker = one_line(r.get("speaker") or "speaker unknown")
        yield "", Text.assemble((f"{speaker}: ", "dim"),
                                (safe(_shorten(r["quote"], max(20, 58 - len(speaker)))), "italic"))


_PANEL_ROWS = {"entities": _entity_rows, "places": _place_rows, "figures": _figure_rows,
               "quotes": _quote_rows}


def panel(view: View) -> Panel:
    """The compact summary: top entities and places, figures, quotes (only the shown layers).
    Each item is one unbreakable cell of a column layout, so "Tatiana Moskalkova PERSON 2"
    never wraps inside."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    for layer in view.layers:
        for heading, cells in _PANEL_ROWS[layer](view.rows.get(layer, [])):
            grid.add_row(heading, cells)
    return Panel(grid, title=Text(safe(view.doc)), title_align="left", expand=True)


def render(view: View, console: Console) -> None:
    """Print the marked article and its panel on a Rich console (which decides colour and width)."""
    console.print(unpadded(marked_text(view), console), soft_wrap=True)
    console.print()
    console.print(panel(view))


def make_console(file=None) -> Console:
    """A console for the show command: styles only on a terminal, and none with NO_COLOR (Rich
    alone would drop the colours but keep bold, underline and italic)."""
    return Console(file=file, highlight=False, emoji=False, markup=False,
                   color_system=None if no_color_requested() else "auto")


# ---------------------------------------------------------------- the command

# The record kinds behind each layer: its own table and the one with its offsets.
_KINDS = {"entities": ("entities", "mentions"), "places": ("places", "place_mentions"),
          "figures": ("figures",), "quotes": ("quotes",)}


def run_show(inputs: list[str], *, model: str | None = None, keep_boilerplate: bool = False,
             max_chars: int = MAX_CHARS, layers: Iterable[str] | None = None, html: str | None = None,
             console: Console | None = None, wrap: Callable[[Iterator], Iterator] | None = None) -> int:
    """The `show` command: each article to the terminal, or all of them to one HTML report.
    `wrap` wraps the stream of results (the CLI turns a model error into exit 2 there).
    Returns the output contract's exit code."""
    from .articles import EXIT_USAGE, Options, RunError, Tally, report, results
    from .export import check_outputs
    from .kinds import KINDS
    from .report import Collector

    try:
        check_outputs(list(inputs), html=html)  # before anything is read
    except RunError as exc:
        report(str(exc))
        return EXIT_USAGE
    layers = tuple(layer for layer in LAYERS if layer in set(layers or LAYERS))
    wanted = {kind for layer in layers for kind in _KINDS[layer]}
    options = Options(kinds=tuple(k for k in KINDS if k in wanted), model=model,
                      keep_boilerplate=keep_boilerplate, keep_text=True, max_chars=max_chars)
    planned: list[int] = []
    tally, console = Tally(), console or make_console()
    collector = Collector(keep_boilerplate=keep_boilerplate) if html is not None else None
    exclude = [html] if html is not None else []  # a report from an earlier run is not an article
    for result in (wrap or iter)(results(list(inputs), options, exclude=exclude, on_plan=planned.append)):
        tally.add(result)
        if collector is not None:
            collector.add(result)
        elif result.status == "ok":
            if planned[0] > 1:
                console.rule(Text(safe(result.doc)))
            render(view_of_rows(result.doc, result.text, result.rows, layers=layers), console)
    if collector is not None and tally.ok and not _write_report(html, collector):
        return EXIT_USAGE
    return tally.exit_code()


def _write_report(path: str, collector) -> bool:
    """The HTML report of the shown articles; False (and a message) when it cannot be written."""
    from .articles import report

    try:
        collector.write(path)
    except OSError as exc:
        report(f"{path}: cannot write the report ({exc.strerror or exc})")
        return False
    count = len(collector.index)
    report(f"report: {count} article{'s' if count != 1 else ''} -> {path}")
    return True
