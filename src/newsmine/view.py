"""The view model of one article: its text, the spans to mark, and its record rows.

A `View` is built from records already extracted — the table rows export writes (dicts keyed by
column) — never from a parse: no spaCy and no extractor runs here. The terminal (`show.py`)
and the HTML report (`report.py`) both render views; neither knows how the rows were made.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from .sources import title_of

LAYERS = ("entities", "places", "figures", "quotes")
# The table that holds each layer's offsets, when it is not the layer's own table.
SPAN_TABLES = {"entities": "mentions", "places": "place_mentions"}
# Outermost first when spans nest: a quote holds figures, places and entities.
_NESTING = {"quotes": 0, "figures": 1, "places": 2, "entities": 3}
QUALIFIER_SIGNS = {"approx": "\u2248", "more": ">", "less": "<"}


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


# ---------------------------------------------------------------- building views

def layers_in(rows: dict[str, list[dict]], wanted: Iterable[str] = LAYERS) -> tuple[str, ...]:
    """The wanted layers the rows can show, in display order: a layer shows when its own table
    or its offsets table (`mentions` for entities, `place_mentions` for places) is there."""
    wanted = set(wanted)
    return tuple(layer for layer in LAYERS
                 if layer in wanted and (layer in rows or SPAN_TABLES.get(layer) in rows))


def view_of_rows(name: str, text: str | None, rows: dict[str, list[dict]], *,
                 layers: Iterable[str] = LAYERS) -> View:
    """A view from one article's table rows (as export produces them).

    Entity spans come from `mentions`, place spans from `place_mentions`; without
    `place_mentions` the places' names and aliases are found in the text as whole words.
    Rows whose offsets do not fit the text (a stale row) are dropped, not raised."""
    layers = layers_in(rows, layers)
    spans: list[Span] = []
    if text is not None:
        if "entities" in layers:
            spans += [_entity_span(r["start"], r["end"], r.get("label") or "", r.get("entity") or "")
                      for r in rows.get("mentions", [])]
        if "places" in layers:
            spans += _place_spans(text, rows)
        if "figures" in layers:
            spans += [_figure_span(r) for r in rows.get("figures", [])]
        if "quotes" in layers:
            spans += [_quote_span(r) for r in rows.get("quotes", [])]
    kept = {layer: list(rows.get(layer, [])) for layer in layers}
    return View(name, text, layers, _valid(spans, text) if text is not None else [], kept)


def with_layer_tables(rows: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The rows with an `entities` (`places`) table grouped from the mention rows when only
    those were extracted (`export --only mentions`): a layer's table is never empty while its
    mentions are marked in the text."""
    rows = dict(rows)
    if "entities" not in rows and "mentions" in rows:
        rows["entities"] = _grouped(rows["mentions"], "entity")
    if "places" not in rows and "place_mentions" in rows:
        rows["places"] = _grouped(rows["place_mentions"], "place")
    return rows


def _grouped(mentions: list[dict], name: str) -> list[dict]:
    """One row per named thing (mentions alike in all but offsets and text), in order of first
    mention, as the extractors build them: mentions counted, first_start, other spellings as
    aliases."""
    groups: dict[tuple, dict] = {}
    for m in mentions:
        same = {k: v for k, v in m.items() if k not in ("start", "end", "text")}
        key = tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in same.items())
        row = groups.setdefault(key, {**same, "mentions": 0, "first_start": m.get("start"), "aliases": []})
        row["mentions"] += 1
        if m.get("text") and m["text"] != row.get(name) and m["text"] not in row["aliases"]:
            row["aliases"].append(m["text"])
    return list(groups.values())


def _entity_span(start, end, label, entity) -> Span:
    return Span(start, end, "entities", label, f"{entity} ({label})" if entity else label)


def _place_span(start, end, row: dict) -> Span:
    place, where = row.get("place"), ", ".join(x for x in (row.get("kind"), row.get("country")) if x)
    return Span(start, end, "places", row.get("country_code") or "?",
                f"{place} ({where})" if where else place)


def _figure_span(row: dict) -> Span:
    value = figure_value(row)
    described = " ".join(str(x) for x in (value, row.get("object")) if x)
    return Span(row["start"], row["end"], "figures", value, f"{described} ({row.get('kind')})")


def _quote_span(row: dict) -> Span:
    speaker = row.get("speaker") or "speaker unknown"
    return Span(row["start"], row["end"], "quotes", speaker, f"{row.get('type')} quote, {speaker}")


def _place_spans(text: str, rows: dict[str, list[dict]]) -> list[Span]:
    """Places at their mentions' exact offsets; without mention rows, found in the text."""
    if "place_mentions" in rows:
        return [_place_span(r["start"], r["end"], r) for r in rows["place_mentions"]]
    return _place_spans_in_text(text, rows.get("places", []))


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
        for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if any(taken[match.start():match.end()]):
                continue
            taken[match.start():match.end()] = b"\1" * (match.end() - match.start())
            spans.append(_place_span(match.start(), match.end(), names[name]))
    return sorted(spans, key=lambda s: s.start)


def _valid(spans: list[Span], text: str) -> list[Span]:
    """Spans inside the text, non-empty; anything else (a stale row) is dropped, not raised."""
    return [s for s in spans
            if isinstance(s.start, int) and isinstance(s.end, int) and 0 <= s.start < s.end <= len(text)]


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


# ---------------------------------------------------------------- the corpus index

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


def index_row_of_view(view: View, anchor: str | None) -> IndexRow:
    """The index row of a shown article: title (first non-blank line), size and counts."""
    text = view.text or ""
    return IndexRow(view.doc, title_of(text), "ok", len(text), len(text.split()),
                    counts={layer: view.count(layer) for layer in view.layers}, anchor=anchor)
