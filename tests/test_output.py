"""The output contract: fixed columns, every format, exact text, safe CSV cells and terminals."""
from __future__ import annotations

import io
import json

from newsmine.kinds import KINDS, Kind, columns
from newsmine.output import (RecordWriter, csv_cell, flat_cell, geojson_features, render_table, spreadsheet_safe,
                             terminal_safe, to_string)

KIND = Kind("things", columns("doc entity label mentions:int aliases:list lat:float"), "a test kind")
COLUMNS = KIND.column_names
ROWS = [
    {"doc": "a.txt", "entity": "Tatiana Moskalkova", "label": "PERSON", "mentions": 2,
     "aliases": ["Moskalkova"], "lat": None},
    {"doc": "a.txt", "entity": "tab\there\nnewline", "label": "ORG", "mentions": 1, "aliases": [],
     "lat": float("nan")},
]


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_tsv_with_header_lists_joined_no_tabs_or_newlines_in_fields():
    assert to_string(KIND, ROWS, "tsv") == (
        "doc\tentity\tlabel\tmentions\taliases\tlat\n"
        "a.txt\tTatiana Moskalkova\tPERSON\t2\tMoskalkova\t\n"
        "a.txt\ttab here newline\tORG\t1\t\t\n"
    )


def test_tsv_and_csv_without_header():
    assert to_string(KIND, ROWS[:1], "tsv", header=False) == "a.txt\tTatiana Moskalkova\tPERSON\t2\tMoskalkova\t\n"
    assert to_string(KIND, ROWS[:1], "csv", header=False) == "a.txt,Tatiana Moskalkova,PERSON,2,Moskalkova,\n"


def test_csv_quotes_as_needed():
    rows = [dict(ROWS[0], entity='Say "hi", Bob')]
    assert to_string(KIND, rows, "csv").splitlines()[1] == 'a.txt,"Say ""hi"", Bob",PERSON,2,Moskalkova,'


def test_json_is_one_array_with_numbers_lists_and_nulls():
    data = json.loads(to_string(KIND, ROWS, "json"))
    assert data[0] == {"doc": "a.txt", "entity": "Tatiana Moskalkova", "label": "PERSON", "mentions": 2,
                       "aliases": ["Moskalkova"], "lat": None}
    assert data[1]["lat"] is None  # NaN is never printed
    assert list(data[0]) == COLUMNS
    assert json.loads(to_string(KIND, [], "json")) == []


def test_jsonl_is_one_object_a_line():
    lines = to_string(KIND, ROWS, "jsonl").splitlines()
    assert len(lines) == 2
    assert json.loads(lines[1])["entity"] == "tab\there\nnewline"  # JSON keeps text as is


def test_writer_columns_are_the_kinds_columns():
    for kind in KINDS.values():
        header = to_string(kind, [], "tsv")
        assert header == "\t".join(kind.column_names) + "\n"


def test_auto_is_tsv_off_a_terminal_and_table_on_one():
    assert RecordWriter(KIND, "auto", stream=io.StringIO()).fmt == "tsv"
    assert RecordWriter(KIND, "auto", stream=Terminal()).fmt == "table"


def test_rich_table_exact_text():
    out = io.StringIO()
    kind = Kind("entities", columns("doc entity label mentions:int"), "")
    render_table(kind, [["a.txt", "We [and] Kyiv", "GPE", "3"]], out, title="entities", width=50)
    assert out.getvalue() == (
        "                  entities                  \n"
        "┏━━━━━━━┳━━━━━━━━━━━━━━━┳━━━━━━━┳━━━━━━━━━━┓\n"
        "┃ doc   ┃ entity        ┃ label ┃ mentions ┃\n"
        "┡━━━━━━━╇━━━━━━━━━━━━━━━╇━━━━━━━╇━━━━━━━━━━┩\n"
        "│ a.txt │ We [and] Kyiv │ GPE   │        3 │\n"
        "└───────┴───────────────┴───────┴──────────┘\n"
    )


def test_empty_table_says_so():
    assert to_string(KIND, [], "table") == "no things\n"


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
    assert spreadsheet_safe("-5") == "-5"
    assert spreadsheet_safe("-5 people") == "'-5 people"
    assert spreadsheet_safe("Moscow") == "Moscow"


def test_csv_cell_guards_text_and_lists_never_numbers():
    assert csv_cell("=1+1") == "'=1+1"
    assert csv_cell("=1+1", raw=True) == "=1+1"
    assert csv_cell(["=cmd()", "Bob"]) == "'=cmd(); Bob"   # a list cell too (aliases)
    assert csv_cell(-5) == "-5" and csv_cell(-5.0) == "-5" and csv_cell(-2.5) == "-2.5"
    assert csv_cell("-5") == "-5"                          # a number as text is still a number


FIGURE = {"doc": "a.txt", "start": 0, "end": 2, "text": "-5", "value": -5.0, "value_max": None,
          "qualifier": "exact", "unit": "=HYPERLINK(\"http://x\")", "object": "@people", "kind": "count",
          "sentence": "+5 or -5, said =cmd|' /C calc'!A0"}


def test_figures_csv_is_spreadsheet_safe_unless_raw():
    kind = KINDS["figures"]
    assert to_string(kind, [FIGURE], "csv", header=False) == (
        "a.txt,0,2,-5,-5,,exact,\"'=HYPERLINK(\"\"http://x\"\")\",'@people,count,"
        "\"'+5 or -5, said =cmd|' /C calc'!A0\"\n")
    assert to_string(kind, [FIGURE], "csv", header=False, raw=True) == (
        "a.txt,0,2,-5,-5,,exact,\"=HYPERLINK(\"\"http://x\"\")\",@people,count,\"+5 or -5, said =cmd|' /C calc'!A0\"\n")


def test_tsv_and_json_stay_raw():
    kind = KINDS["figures"]
    tsv = to_string(kind, [FIGURE], "tsv", header=False)
    assert tsv == ("a.txt\t0\t2\t-5\t-5\t\texact\t=HYPERLINK(\"http://x\")\t@people\tcount\t"
                   "+5 or -5, said =cmd|' /C calc'!A0\n")
    assert json.loads(to_string(kind, [FIGURE], "jsonl"))["unit"] == "=HYPERLINK(\"http://x\")"
    assert json.loads(to_string(kind, [FIGURE], "json"))[0]["object"] == "@people"


def test_aliases_list_cell_is_guarded():
    kind = KINDS["entities"]
    row = {"doc": "a.txt", "entity": "Acme", "label": "ORG", "mentions": 2, "first_start": 0,
           "aliases": ["@acme", "Acme Corp"]}
    assert to_string(kind, [row], "csv", header=False) == "a.txt,Acme,ORG,2,0,'@acme; Acme Corp\n"
    assert to_string(kind, [row], "csv", header=False, raw=True) == "a.txt,Acme,ORG,2,0,@acme; Acme Corp\n"


EVIL = dict(ROWS[0], entity="Evil\x1b[2J\x1b]0;title\x07Corp", label="\x1b[31mORG", aliases=["\x9b2Jx\x7f"])
# every control character shows as U+FFFD: the text stays readable, the terminal untouched
SHOWN = dict(ROWS[0], entity="Evil\ufffd[2J\ufffd]0;title\ufffdCorp", label="\ufffd[31mORG",
             aliases=["\ufffd2Jx\ufffd"])


def _table(stream, row):
    writer = RecordWriter(KIND, "auto", stream=stream)
    assert writer.fmt == "table"
    writer.write(row)
    writer.close()
    return stream.getvalue()


def test_terminal_tables_never_print_control_characters():
    out = _table(Terminal(), EVIL)  # Rich styles a terminal's table with its own escapes, only those
    assert out == _table(Terminal(), SHOWN)
    assert "\x07" not in out and "\x1b[2J" not in out and "\x1b]" not in out and "\x9b" not in out
    assert "\x1b[31m" not in out and "\x7f" not in out


def test_table_off_a_terminal_has_no_escape_at_all():
    out = to_string(KIND, [EVIL], "table")
    assert out == to_string(KIND, [SHOWN], "table")
    assert not any(ord(c) < 32 and c != "\n" or 0x7f <= ord(c) <= 0x9f for c in out)


def test_terminal_safe():
    assert terminal_safe("a\x1b[2Jb\x07c") == "a\ufffd[2Jb\ufffdc"
    assert terminal_safe("x\x1b]0;owned\x07y\x9b\x85") == "x\ufffd]0;owned\ufffdy\ufffd\ufffd"
    assert terminal_safe("Kyiv – “quoted” ünïcode\tok\n") == "Kyiv – “quoted” ünïcode\tok\n"


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


def test_geojson_of_mentions_keeps_every_mention_column():
    row = {"doc": "a", "start": 3, "end": 9, "text": "Moscow", "place": "Moscow", "kind": "city",
           "country_code": "RU", "lat": 55.75, "lon": 37.62, "country": "Russia"}
    (feature,) = geojson_features([row])["features"]
    assert feature["properties"] == {"doc": "a", "start": 3, "end": 9, "text": "Moscow", "place": "Moscow",
                                     "kind": "city", "country_code": "RU", "country": "Russia"}
