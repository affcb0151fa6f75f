"""The registry of record kinds: every table newsmine writes is declared here, once.

A kind says what it is called, which columns it has (in output order, each typed), which other
kinds it is built from, and how to build its records. Every kind reads the whole spaCy pipeline:
`entities` without the parser ran names across sentence ends ("Warner Bros. However") and wrote
other rows than export's table for 19 of 2,226 BBC articles.
The commands, export, show, the HTML report, the Python API and the benches all read this
registry; adding a kind means one entry here, one extractor module and its tests.

Nothing here imports spaCy or the extractors at import time (`newsmine --help` stays instant).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable


@dataclass(frozen=True)
class Column:
    name: str
    type: str = "str"   # str | int | float | list (a list of strings)


def columns(spec: str) -> tuple[Column, ...]:
    """'doc mentions:int aliases:list' -> typed columns, in that order."""
    out = []
    for item in spec.split():
        name, _, kind = item.partition(":")
        out.append(Column(name, kind or "str"))
    return tuple(out)


@dataclass(frozen=True)
class Kind:
    name: str
    columns: tuple[Column, ...]
    help: str                                   # one line: what a row is
    requires: tuple[str, ...] = ()              # kinds whose records `build` receives
    build: Callable[..., list] | None = None    # (doc, **required records) -> records
    # The terminal table only: every column, most useful first (a narrow terminal hides them
    # from the end); `a,b` are shown or hidden together; `*` marks long text, which wraps and
    # takes the width the others leave.
    terminal: str = ""

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def terminal_ranking(self) -> list[tuple[str, ...]]:
        """Groups of columns, most useful first: a narrow terminal table hides them from the end."""
        if not self.terminal:
            return [(name,) for name in self.column_names]
        return [tuple(name.rstrip("*") for name in group.split(",")) for group in self.terminal.split()]

    @property
    def long_text(self) -> frozenset[str]:
        """Columns of sentences rather than names: on a terminal they get the width left over."""
        return frozenset(name[:-1] for name in self.terminal.replace(",", " ").split() if name.endswith("*"))


# ---------------------------------------------------------------- how each kind is built
# Each function takes the parsed Doc and, by keyword, the records of the kinds it requires.

def _entities(doc) -> list:
    from .extract.entities import extract_entities

    return extract_entities(doc)


def _mentions(doc, *, entities) -> list:
    from .extract.entities import mentions_of

    return mentions_of(entities)


def _place_mentions(doc, *, entities) -> list:
    from .extract.places import extract_place_mentions

    return extract_place_mentions(doc, entities=entities)


def _places(doc, *, place_mentions) -> list:
    from .extract.places import places_of

    return places_of(place_mentions)


def _figures(doc) -> list:
    from .extract.figures import extract_figures

    return extract_figures(doc)


def _quotes(doc, *, entities) -> list:
    from .extract.quotes import extract_quotes

    return extract_quotes(doc, entities=entities)


KINDS: dict[str, Kind] = {k.name: k for k in (
    Kind("entities", columns("doc entity label mentions:int first_start:int aliases:list entity_id"),
         "one row per named thing per article", build=_entities,
         terminal="doc entity label mentions aliases first_start entity_id"),
    Kind("mentions", columns("doc start:int end:int text label entity entity_id"),
         "one row per mention of a named thing", requires=("entities",), build=_mentions,
         terminal="doc text label entity start,end entity_id"),
    Kind("places", columns("doc place kind country_code country lat:float lon:float mentions:int "
                           "aliases:list resolved_by"),
         "one row per place per article", requires=("place_mentions",), build=_places,
         terminal="doc place kind country_code mentions country aliases lat,lon resolved_by"),
    Kind("place_mentions", columns("doc start:int end:int text place kind country_code lat:float "
                                   "lon:float country resolved_by"),
         "one row per mention of a place", requires=("entities",),
         build=_place_mentions,
         terminal="doc text place kind country_code country start,end lat,lon resolved_by"),
    Kind("figures", columns("doc start:int end:int text value:float value_max:float qualifier unit "
                            "object kind sentence change"),
         "one row per figure", build=_figures,
         terminal="doc text value qualifier unit object sentence* kind value_max start,end change"),
    Kind("quotes", columns("doc start:int end:int quote type speaker speaker_text speaker_start:int "
                           "speaker_end:int cue cue_start:int cue_end:int speaker_id speaker_gender"),
         "one row per quote", requires=("entities",), build=_quotes,
         terminal="doc quote* type speaker cue speaker_text start,end cue_start,cue_end "
                  "speaker_start,speaker_end speaker_id speaker_gender"),
)}

# Not a record kind: one row per input, written by export whatever kinds were asked for.
# date, source, url, author: from structured inputs and HTML metadata (empty when unknown).
DOCUMENTS = Kind("documents", columns("doc title chars:int words:int status error date source url author"),
                 "one row per input article",
                 terminal="doc title* status error* chars words date source url author")
TABLES: dict[str, Kind] = {"documents": DOCUMENTS, **KINDS}


def parse_kinds(value: str | None, *, default: tuple[str, ...] = tuple(KINDS)) -> tuple[str, ...]:
    """'quotes, figures' -> the kinds in registry order ('documents' alone: none); ValueError
    names unknown ones."""
    wanted = {v.strip().lower() for v in (value or "").split(",") if v.strip()}
    if not wanted:
        return default
    unknown = sorted(wanted - set(KINDS) - {"documents"})
    if unknown:
        raise ValueError(f"unknown {', '.join(unknown)}; choose from documents, {', '.join(KINDS)}")
    return tuple(name for name in KINDS if name in wanted)


def _with_requirements(kinds) -> list[str]:
    """The kinds and the kinds they require, each after what it requires."""
    order: list[str] = []

    def visit(name: str) -> None:
        if name not in order:
            for required in KINDS[name].requires:
                visit(required)
            order.append(name)

    for name in kinds:
        visit(name)
    return order


def extract(doc, kinds) -> dict[str, list]:
    """Records of each asked kind for one parsed article; each kind is built once, so kinds that
    share work (mentions and entities, quotes and entities) share it."""
    found: dict[str, list] = {}
    for name in _with_requirements(kinds):
        kind = KINDS[name]
        found[name] = kind.build(doc, **{r: found[r] for r in kind.requires})
    return {name: found[name] for name in kinds}


def row_of(doc_name: str, record: Any, kind: Kind) -> dict[str, Any]:
    """A record's fields in the kind's column order, `doc` first, JSON-safe."""
    from .output import clean_value

    get = record.get if isinstance(record, dict) else (lambda name: getattr(record, name, None))
    return {c: doc_name if c == "doc" else clean_value(get(c)) for c in kind.column_names}
