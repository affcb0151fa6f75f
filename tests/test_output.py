"""The output contract: fixed columns, every format, exact text."""
from __future__ import annotations

import io
import json

from newsmine.output import RecordWriter, flat_cell, geojson_features, render_table, spreadsheet_safe, to_string

COLUMNS = ["doc", "entity", "label", "mentions", "aliases", "lat"]
ROWS = [
    {"doc": "a.txt", "entity": "Tatiana Moskalkova", "label": "PERSON", "mentions": 2,
     "aliases": ["Moskalkova"], "lat": None},
    {"doc": "a.txt", "entity": "tab\there\nnewline", "label": "ORG", "mentions": 1, "aliases": [],
     "lat": float("nan")},
]


def test_tsv_with_header_lists_joined_no_tabs_or_newlines_in_fields():
    assert to_string(COLUMNS, ROWS, "tsv") == (
        "doc\tentity\tlabel\tmentions\taliases\tlat\n"
        "a.txt\tTatiana Moskalkova\tPERSON\t2\tMoskalkova\t\n"
        "a.txt\ttab here newline\tORG\t1\t\t\n"
    )


def test_tsv_and_csv_without_header():
    assert to_string(COLUMNS, ROWS[:1], "tsv", header=False) == "a.txt\tTatiana Moskalkova\tPERSON\t2\tMoskalkova\t\n"
    assert to_string(COLUMNS, ROWS[:1], "csv", header=False) == "a.txt,Tatiana Moskalkova,PERSON,2,Moskalkova,\n"


def test_csv_quotes_as_needed():
    rows = [dict(ROWS[0], entity='Say "hi", Bob')]
    assert to_string(COLUMNS, rows, "csv").splitlines()[1] == 'a.txt,"Say ""hi"", Bob",PERSON,2,Moskalkova,'


def test_json_is_one_array_with_numbers_lists_and_nulls():
    data = json.loads(to_string(COLUMNS, ROWS, "json"))
    assert data[0] == {"doc": "a.txt", "entity": "Tatiana Moskalkova", "label": "PERSON", "mentions": 2,
                       "aliases": ["Moskalkova"], "lat": None}
    assert data[1]["lat"] is None  # NaN is never printed
    assert list(data[0]) == COLUMNS
    assert json.loads(to_string(COLUMNS, [], "json")) == []


def test_jsonl_is_one_object_a_line():
    lines = to_string(COLUMNS, ROWS, "jsonl").splitlines()
    assert len(lines) == 2
    assert json.loads(lines[1])["entity"] == "tab\there\nnewline"  # JSON keeps text as is


def test_auto_is_tsv_off_a_terminal_and_table_on_one():
    assert RecordWriter(COLUMNS, "auto", stream=io.StringIO()).fmt == "tsv"

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    assert RecordWriter(COLUMNS, "auto", stream=Terminal()).fmt == "table"


def test_rich_table_exact_text():
    out = io.StringIO()
    render_table(["doc", "entity", "label", "mentions"], [["a.txt", "We [and] Kyiv", "GPE", "3"]], out,
                 title="entities", width=50)
    assert out.getvalue() == (
        "                  entities                  \n"
        "┏━━━━━━━┳━━━━━━━━━━━━━━━┳━━━━━━━┳━━━━━━━━━━┓\n"
        "┃ doc   ┃ entity        ┃ label ┃ mentions ┃\n"
        "┡━━━━━━━╇━━━━━━━━━━━━━━━╇━━━━━━━╇━━━━━━━━━━┩\n"
        "│ a.txt │ We [and] Kyiv │ GPE   │        3 │\n"
        "└───────┴───────────────┴───────┴──────────┘\n"
    )


def test_flat_cell_numbers_and_lists():
    assert flat_cell(1500.0) == "1500"
    assert flat_cell(2.5) == "2.5"
    assert flat_cell(float("inf")) == ""
    assert flat_cell(["a", "b"]) == "a; b"
    assert flat_cell(None) == ""


def test_spreadsheet_safe_cells():
    assert spreadsheet_safe("=SUM(A1)") == "'=SUM(A1)"
    assert spreadsheet_safe("+44 20") == "'+44 20"
    assert spreadsheet_safe("@user") == "'@user"
    assert spreadsheet_safe("\tx") == "'\tx"
    assert spreadsheet_safe("-12.5") == "-12.5"
    assert spreadsheet_safe("Moscow") == "Moscow"


def test_geojson_skips_unresolved_places():
    rows = [{"doc": "a", "place": "Moscow", "kind": "city", "country_code": "RU", "mentions": 2,
             "lat": 55.75, "lon": 37.62},
            {"doc": "a", "place": "Nowhere", "kind": "place", "country_code": None, "mentions": 1,
             "lat": None, "lon": None}]
    fc = geojson_features(rows)
    assert fc["type"] == "FeatureCollection"
    assert fc["features"] == [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [37.62, 55.75]},
                               "properties": {"doc": "a", "place": "Moscow", "kind": "city",
                                              "country_code": "RU", "mentions": 2}}]
