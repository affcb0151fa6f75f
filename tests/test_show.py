"""`newsmine show`: the marked article and its panel, rendered to a fixed-width console."""
from __future__ import annotations

import io
import re

import pytest
from hypothesis import given, settings
from rich.cells import cell_len
from rich.console import Console

from newsmine.show import TAG_CLOSE, TAG_OPEN, make_console, marked_text, panel, render
from newsmine.view import (LAYERS, Span, View, figure_value, index_row_of_view, layers_in, segments,
                           view_of_rows)
from tests.conftest import SEED, TEXT, run_on_terminal, small_view, views

ANSI = re.compile(r"\x1b\[[0-9;]*m")
COLOUR = re.compile(r"\x1b\[[0-9;]*(3[0-8]|9[0-7]|4[0-8]|10[0-7])[0-9;]*m")


def rendered(view: View, *, terminal: bool, width: int = 80) -> str:
    buffer = io.StringIO()
    render(view, Console(file=buffer, width=width, force_terminal=terminal, highlight=False))
    return buffer.getvalue()


def test_spans_and_tags_in_the_text():
    assert TEXT[0:13] == "Angela Merkel" and TEXT[22:28] == "Berlin" and TEXT[34:49] == "more than 1,500"
    assert TEXT[63:78] == "\u201cIt was great,\u201d"
    assert marked_text(small_view()).plain == (
        "Angela Merkel said in Berlin\u27e8DE\u27e9 that more than 1,500\u27e8>1,500\u27e9 people came. "
        "\u201cIt was great,\u201d \u27e8\u2014 Angela Merkel\u27e9 she said.")


def test_plain_output_exactly():
    out = rendered(small_view(), terminal=False)
    assert not ANSI.search(out)
    lines = out.splitlines()  # exactly: no line is padded with spaces
    assert lines[:3] == [
        "Angela Merkel said in Berlin\u27e8DE\u27e9 that more than 1,500\u27e8>1,500\u27e9 people came. \u201cIt",
        "was great,\u201d \u27e8\u2014 Angela Merkel\u27e9 she said.",
        "",
    ]
    assert lines[3].startswith("\u256d\u2500 t.txt \u2500") and len(lines[3]) == 80
    body = [line.strip("\u2502 ") for line in lines[4:-1]]
    assert body == [
        "Entities (2) Angela Merkel PERSON 2  Berlin GPE 1",
        "Places (1)   Berlin DE 1",
        "Figures (1)  more than 1,500 \u27e8>1,500\u27e9 people",
        "Quotes (1)   Angela Merkel 1",
        "Angela Merkel: \u201cIt was great,\u201d",
    ]
    assert lines[-1].startswith("\u2570") and len(lines[-1]) == 80


def test_terminal_output_is_the_plain_text_with_colour():
    coloured = rendered(small_view(), terminal=True)
    plain = rendered(small_view(), terminal=False)
    assert COLOUR.search(coloured)
    assert ANSI.sub("", coloured) == plain
    # PERSON is cyan (36), figures bold (1), places underlined (4)
    assert "\x1b[36mAngela Merkel\x1b[0m" in coloured
    assert re.search(r"\x1b\[1mmore than 1,500\x1b\[0m", coloured)
    assert re.search(r"\x1b\[4;32mBerlin\x1b\[0m", coloured)


def test_no_color_keeps_the_content(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    coloured = rendered(small_view(), terminal=True)
    assert not COLOUR.search(coloured)
    assert ANSI.sub("", coloured) == rendered(small_view(), terminal=False)


class TtyBuffer(io.StringIO):
    def isatty(self):
        return True


def test_no_color_means_no_escape_at_all(monkeypatch):
    """NO_COLOR on a terminal: not even bold, underline or italic (Rich alone keeps those)."""
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.delenv("NO_COLOR", raising=False)
    styled = TtyBuffer()
    render(small_view(), make_console(styled))
    assert "\x1b[1m" in styled.getvalue()  # a terminal: figures are bold
    monkeypatch.setenv("NO_COLOR", "1")
    plain = TtyBuffer()
    console = make_console(plain)
    assert console.is_terminal
    render(small_view(), console)
    assert "\x1b" not in plain.getvalue()
    assert plain.getvalue() == rendered(small_view(), terminal=False)


@pytest.mark.parametrize("terminal", [False, True])
@pytest.mark.parametrize("width", [30, 50, 80])
def test_no_line_ends_with_a_space(terminal, width):
    out = ANSI.sub("", rendered(small_view(), terminal=terminal, width=width))
    assert not [line for line in out.splitlines() if line.endswith(" ")]
    assert all(cell_len(line) <= width for line in out.splitlines())
    article = out.split("\n\n")[0]
    assert article.split() == marked_text(small_view()).plain.split()  # the same words and tags


def test_only_narrows_text_and_panel():
    out = rendered(small_view(layers=("quotes",)), terminal=False)
    assert "\u27e8\u2014 Angela Merkel\u27e9" in out and "Quotes (1)" in out
    assert "\u27e8DE\u27e9" not in out and "Entities" not in out and "Figures" not in out
    assert "Places" not in out


def test_only_names_unknown_layers_as_a_usage_error(run_cli):
    result = run_cli("show", SEED, "--only", "quotes,people")
    assert result.exit_code == 2
    assert "unknown people; choose from entities, figures, places, quotes" in result.stderr


@pytest.mark.parametrize("row,expected", [
    ({"value": 1500, "qualifier": "more"}, ">1,500"),
    ({"value": 3000.0, "qualifier": "approx"}, "\u22483,000"),
    ({"value": 5, "qualifier": "less", "unit": "percent"}, "<5%"),
    ({"value": 2, "value_max": 3, "qualifier": "range", "unit": "km"}, "2\u20133 km"),
    ({"value": 2000000000, "qualifier": "exact", "unit": "USD"}, "2,000,000,000 USD"),
    ({"value": 0.25, "qualifier": "exact"}, "0.25"),
    ({"value": None, "qualifier": "exact"}, "?"),
])
def test_figure_value(row, expected):
    assert figure_value(row) == expected


def test_fits_80_columns_without_breaking_words():
    words = ["Authorities", "in", "Zaporizhzhia", "said", "the", "counter-offensive", "had", "stalled"]
    text = " ".join(words[i % len(words)] for i in range(400))
    spans, pos = [], 0
    for i in range(400):
        word = words[i % len(words)]
        if word == "Zaporizhzhia":
            spans.append(Span(pos, pos + len(word), "places", "UA"))
        if word == "counter-offensive":
            spans.append(Span(pos, pos + len(word), "quotes", "Volodymyr Oleksandrovych Zelensky"))
        pos += len(word) + 1
    view = View("long.txt", text, LAYERS, spans, {})
    out = rendered(view, terminal=False)
    article = out.split("\n\n")[0]
    assert all(cell_len(line) <= 80 for line in out.splitlines())
    assert len(article.splitlines()) > 10
    # Same words in the same order as the unwrapped text: wrapping only happened at spaces.
    assert article.split() == marked_text(view).plain.split()


def test_segments_join_back_and_nest_outermost_first():
    spans = [Span(4, 9, "entities", "ORG"), Span(0, 12, "quotes", "X"), Span(4, 9, "places", "FR")]
    parts = list(segments("abc Paris de", spans))
    assert "".join(p for p, _, _ in parts) == "abc Paris de"
    piece, active, ending = parts[1]
    assert piece == "Paris"
    assert [s.layer for s in active] == ["quotes", "places", "entities"]
    assert [s.layer for s in ending] == ["entities", "places"]


def test_stale_or_odd_spans_are_dropped_not_raised():
    view = view_of_rows("x", "short", {"figures": [{"start": 2, "end": 99, "text": "?", "value": 1,
                                                  "qualifier": "exact"}], "quotes": []})
    assert view.spans == [] and view.layers == ("figures", "quotes")
    assert marked_text(view).plain == "short"
    assert marked_text(View("-", None)).plain == "(article text not available)"


def test_places_from_rows_are_found_as_whole_words():
    text = "The Kursk region and Kursk, not Kurskaya."
    rows = {"places": [{"place": "Kursk region", "kind": "region", "country_code": "RU", "mentions": 2,
                        "aliases": ["Kursk"]}]}
    view = view_of_rows("x", text, rows, layers=("places",))
    assert [(s.start, s.end, s.label) for s in view.spans] == [(4, 16, "RU"), (21, 26, "RU")]


def test_place_mentions_mark_places_at_their_offsets():
    text = "The Kursk region and Kursk, not Kurskaya."
    rows = {"places": [{"place": "Kursk region", "kind": "region", "country_code": "RU", "mentions": 1,
                        "aliases": ["Kursk"]}],
            "place_mentions": [{"start": 4, "end": 16, "text": "Kursk region", "place": "Kursk region",
                                "kind": "region", "country_code": "RU", "country": "Russia"}]}
    view = view_of_rows("x", text, rows, layers=("places",))
    # only the mention the extractor found, not every occurrence of the name
    assert view.spans == [Span(4, 16, "places", "RU", "Kursk region (region, Russia)")]
    assert view.rows == {"places": rows["places"]}


def test_rows_decide_the_layers():
    rows = {"mentions": [{"start": 0, "end": 13, "text": "Angela Merkel", "label": "PERSON",
                          "entity": "Angela Merkel"}],
            "place_mentions": [], "quotes": []}
    assert layers_in(rows) == ("entities", "places", "quotes")
    assert layers_in(rows, ("quotes", "figures")) == ("quotes",)
    view = view_of_rows("t.txt", TEXT, rows)
    assert view.layers == ("entities", "places", "quotes")
    assert view.rows == {"entities": [], "places": [], "quotes": []}  # tables not given are empty
    assert view.spans == [Span(0, 13, "entities", "PERSON", "Angela Merkel (PERSON)")]
    assert view_of_rows("-", None, rows).spans == []


def test_index_row_of_a_view():
    row = index_row_of_view(small_view(), "a1")
    assert (row.doc, row.title, row.status, row.anchor) == ("t.txt", TEXT, "ok", "a1")
    assert (row.chars, row.words) == (len(TEXT), len(TEXT.split()))
    assert row.counts == {"entities": 2, "places": 1, "figures": 1, "quotes": 1}


def test_coloured_text_exactly(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    buffer = io.StringIO()
    console = Console(file=buffer, width=120, force_terminal=True, color_system="standard", highlight=False)
    console.print(marked_text(small_view()))
    assert buffer.getvalue() == (
        "\x1b[36mAngela Merkel\x1b[0m said in \x1b[4;32mBerlin\x1b[0m\x1b[2;32m\u27e8DE\u27e9\x1b[0m that "
        "\x1b[1mmore than 1,500\x1b[0m\x1b[1m\u27e8>1,500\u27e9\x1b[0m people came. "
        "\x1b[3;100m\u201cIt was great,\u201d\x1b[0m\x1b[2;3m \u27e8\u2014 Angela Merkel\u27e9\x1b[0m she said.\n")


def test_coloured_panel_exactly(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    buffer = io.StringIO()
    console = Console(file=buffer, width=60, force_terminal=True, color_system="standard", highlight=False)
    console.print(panel(small_view(("places", "quotes"))))
    bold, dim, off = "\x1b[1m", "\x1b[2m", "\x1b[0m"
    assert buffer.getvalue().splitlines() == [
        "\u256d\u2500 t.txt " + "\u2500" * 50 + "\u256e",
        f"\u2502 {bold}Places (1){off}{bold} {off}\x1b[4mBerlin{off}{dim} DE 1{off}" + " " * 35 + "\u2502",
        f"\u2502 {bold}Quotes (1){off}{bold} {off}{bold}Angela Merkel{off}{dim} 1{off}" + " " * 31 + "\u2502",
        f"\u2502 {bold}          {off}{bold} {off}{dim}Angela Merkel: {off}\x1b[3m\u201cIt was great,\u201d{off}"
        + " " * 16 + "\u2502",
        "\u2570" + "\u2500" * 58 + "\u256f",
    ]


@settings(max_examples=150, deadline=None)
@given(views())
def test_marked_text_keeps_the_text_whatever_the_spans(view):
    plain = marked_text(view).plain
    assert re.sub(" \u27e8\u2014 [^\u27e9]*\u27e9|\u27e8[^\u27e9]*\u27e9", "", plain) == re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", "\ufffd",
                                                                  view.text)
    out = rendered(view, terminal=True, width=30)
    assert "\x1b" not in ANSI.sub("", out)  # no escape sequence from the article reaches the terminal
    assert not [line for line in ANSI.sub("", out).splitlines() if line.endswith(" ")]


def test_article_escape_sequences_are_neutralised():
    text = "Hello \x1b]0;owned\x07 world \x1b[31mred"
    view = View("x", text, ("places",), [Span(0, 5, "places", "\x1b[2J")], {"places": []})
    out = rendered(view, terminal=True)
    assert "\x1b]" not in out and "\x1b[2J" not in out and "\x1b[31mred" not in out
    assert "Hello\u27e8\ufffd[2J\u27e9 \ufffd]0;owned\ufffd world \ufffd[31mred" in ANSI.sub("", out)


def test_seed_view_marks_what_the_extractors_found(article_view, seed_doc):
    from newsmine.extract.places import extract_place_mentions

    view = article_view(SEED)
    assert view.layers == LAYERS and view.text == seed_doc.text
    assert {s.layer for s in view.spans} == set(LAYERS)
    plain = marked_text(view).plain
    for place in extract_place_mentions(seed_doc):
        assert f"{place.text}{TAG_OPEN}{place.country_code}{TAG_CLOSE}" in plain
    for quote in view.rows["quotes"]:
        assert f"{TAG_OPEN}\u2014 {quote['speaker'] or 'speaker unknown'}{TAG_CLOSE}" in plain
    assert "Tatiana Moskalkova" in [r["entity"] for r in view.rows["entities"]]


def test_cli_show_is_plain_without_a_terminal(run_cli):
    result = run_cli("show", SEED)
    assert result.exit_code == 0, result.stderr
    assert not ANSI.search(result.stdout)
    assert "Kyiv\u27e8UA\u27e9" in result.stdout
    for heading in ("Entities (", "Places (", "Figures (", "Quotes ("):
        assert heading in result.stdout
    assert all(cell_len(line) <= 80 for line in result.stdout.splitlines())


def test_piped_show_is_richs_layout_without_trailing_spaces(run_cli, article_view):
    result = run_cli("show", SEED, env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    assert not [line for line in result.stdout.splitlines() if line.endswith(" ")]
    padded = io.StringIO()  # what Rich prints on its own: the same lines, padded
    console = Console(file=padded, width=80, highlight=False)
    console.print(marked_text(article_view(SEED)))
    console.print()
    console.print(panel(article_view(SEED)))
    assert result.stdout.splitlines() == [line.rstrip() for line in padded.getvalue().splitlines()]


def test_cli_show_only_and_bad_only(run_cli):
    result = run_cli("show", SEED, "--only", "quotes")
    assert result.exit_code == 0
    assert "Quotes (" in result.stdout and "Entities (" not in result.stdout
    assert "Kyiv\u27e8UA\u27e9" not in result.stdout
    bad = run_cli("show", SEED, "--only", "people")
    assert bad.exit_code == 2 and "unknown people" in bad.stderr


def test_cli_show_missing_file(run_cli, tmp_path):
    result = run_cli("show", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2 and "nope.txt" in result.stderr


def test_show_on_a_real_terminal_is_coloured_and_fits():
    code, out = run_on_terminal(["show", SEED, "--only", "places"])
    assert code == 0 and COLOUR.search(out)
    plain = ANSI.sub("", out).replace("\r\n", "\n")
    assert "Kyiv\u27e8UA\u27e9" in plain and "Places (" in plain and "Entities (" not in plain
    assert max(cell_len(line) for line in plain.splitlines()) == 100  # COLUMNS=100: the panel's width
