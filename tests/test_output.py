"""The output contract: fixed columns, every format, exact text, safe CSV cells and terminals."""
from __future__ import annotations

import io
import json

import pytest
from rich.cells import cell_len

from newsmine.kinds import KINDS, TABLES, Kind, columns
from newsmine.output import (RecordWriter, csv_cell, flat_cell, geojson_features, render_table, short_doc,
                             spreadsheet_safe, terminal_safe, to_string)

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
          "sentence": "+5 or -5, said =cmd|' /C calc'!A0", "change": "down"}


def test_figures_csv_is_spreadsheet_safe_unless_raw():
    kind = KINDS["figures"]
    assert to_string(kind, [FIGURE], "csv", header=False) == (
        "a.txt,0,2,-5,-5,,exact,\"'=HYPERLINK(\"\"http://x\"\")\",'@people,count,"
        "\"'+5 or -5, said =cmd|' /C calc'!A0\",down\n")
    assert to_string(kind, [FIGURE], "csv", header=False, raw=True) == (
        "a.txt,0,2,-5,-5,,exact,\"=HYPERLINK(\"\"http://x\"\")\",@people,count,\"+5 or -5, said =cmd|' /C calc'!A0\",down\n")


def test_tsv_and_json_stay_raw():
    kind = KINDS["figures"]
    tsv = to_string(kind, [FIGURE], "tsv", header=False)
    assert tsv == ("a.txt\t0\t2\t-5\t-5\t\texact\t=HYPERLINK(\"http://x\")\t@people\tcount\t"
                   "+5 or -5, said =cmd|' /C calc'!A0\tdown\n")
    assert json.loads(to_string(kind, [FIGURE], "jsonl"))["unit"] == "=HYPERLINK(\"http://x\")"
    assert json.loads(to_string(kind, [FIGURE], "json"))[0]["object"] == "@people"


def test_aliases_list_cell_is_guarded():
    kind = KINDS["entities"]
    row = {"doc": "a.txt", "entity": "Acme", "label": "ORG", "mentions": 2, "first_start": 0,
           "aliases": ["@acme", "Acme Corp"], "entity_id": "org:acme"}
    assert to_string(kind, [row], "csv", header=False) == "a.txt,Acme,ORG,2,0,'@acme; Acme Corp,org:acme\n"
    assert to_string(kind, [row], "csv", header=False, raw=True) == "a.txt,Acme,ORG,2,0,@acme; Acme Corp,org:acme\n"


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


# ---------------------------------------------------------------- terminal tables fitted to the width

DOC = "corpus/2024/000_99ea542e174f6d0c.txt"
QUOTE_ROWS = [
    {"doc": DOC, "start": 170, "end": 342, "quote": "Authorities in Moscow and Kyiv are in discussions about "
     "opening a humanitarian corridor for civilians stranded behind Ukrainian lines in the partially occupied "
     "Kursk region", "type": "indirect", "speaker": "Tatiana Moskalkova",
     "speaker_text": "Russia\u2019s Human Rights Commissioner Tatiana Moskalkova", "speaker_start": 344,
     "speaker_end": 397, "cue": "said", "cue_start": 398, "cue_end": 402},
    {"doc": DOC, "start": 650, "end": 684, "quote": "the true number is closer to 3,000", "type": "indirect",
     "speaker": "The region\u2019s displaced residents and Ukraine\u2019s military",
     "speaker_text": "The region\u2019s displaced residents and Ukraine\u2019s military", "speaker_start": 590,
     "speaker_end": 645, "cue": "say", "cue_start": 646, "cue_end": 649},
]
SAMPLES = {  # a few rows of the seed article for every table
    "entities": [{"doc": DOC, "entity": "Tatiana Moskalkova", "label": "PERSON", "mentions": 2, "first_start": 185,
                  "aliases": ["Moskalkova"]},
                 {"doc": DOC, "entity": "Kozachya Loknya", "label": "GPE", "mentions": 1, "first_start": 99,
                  "aliases": []}],
    "mentions": [{"doc": DOC, "start": 99, "end": 114, "text": "Kozachya Loknya", "label": "GPE",
                  "entity": "Kozachya Loknya"}],
    "places": [{"doc": DOC, "place": "Kursk region", "kind": "region", "country_code": "RU", "country": "Russia",
                "lat": 51.6568, "lon": 36.4853, "mentions": 6, "aliases": ["Kursk"]},
               {"doc": DOC, "place": "Kozachya Loknya", "kind": "city", "country_code": "RU", "country": "Russia",
                "lat": None, "lon": None, "mentions": 1, "aliases": []}],
    "place_mentions": [{"doc": DOC, "start": 67, "end": 72, "text": "Kursk", "place": "Kursk region",
                        "kind": "region", "country_code": "RU", "lat": 51.6568, "lon": 36.4853, "country": "Russia"}],
    "figures": [{"doc": DOC, "start": 413, "end": 428, "text": "More than 1,500", "value": 1500, "value_max": None,
                 "qualifier": "more", "unit": None, "object": "civilians", "kind": "count",
                 "sentence": "More than 1,500 Russian civilians are estimated to be still living in areas of the "
                             "Kursk region that Ukraine's army seized in a shock cross-border offensive launched "
                             "in August."},
                {"doc": DOC, "start": 1377, "end": 1387, "text": "six months", "value": 6, "value_max": None,
                 "qualifier": "exact", "unit": "months", "object": None, "kind": "duration",
                 "sentence": "Groups of displaced Kursk region residents have accused the Russian authorities of "
                             "neglect in the six months since the Ukrainian incursion."}],
    "quotes": QUOTE_ROWS,
    "documents": [{"doc": DOC, "title": "Russia in Talks With Ukraine on Humanitarian Corridor for Stranded Kursk "
                   "Residents", "chars": 2431, "words": 402, "status": "ok", "error": None}],
}


def table_at(kind, rows, width) -> str:
    out = io.StringIO()
    render_table(kind, [[terminal_safe(flat_cell(r.get(c))) for c in kind.column_names] for r in rows], out,
                 title=kind.name, width=width)
    return out.getvalue()


def shown_columns(table: str) -> list[str]:
    header = next(line for line in table.splitlines() if line.startswith("\u2503"))
    return [cell.strip() for cell in header.strip("\u2503").split("\u2503")]


def test_every_table_has_a_terminal_ranking_of_all_its_columns():
    for kind in TABLES.values():
        ranked = [c for group in kind.terminal_ranking for c in group]
        assert sorted(ranked) == sorted(kind.column_names), kind.name
        assert kind.long_text <= set(kind.column_names)
    assert KINDS["quotes"].long_text == {"quote"} and KINDS["figures"].long_text == {"sentence"}


@pytest.mark.parametrize("width", [80, 120, 200])
@pytest.mark.parametrize("name", list(TABLES))
def test_terminal_table_fits_with_whole_headers_and_says_what_it_hid(name, width):
    kind = TABLES[name]
    out = table_at(kind, SAMPLES[name], width)
    assert all(cell_len(line) <= width for line in out.splitlines())
    shown = shown_columns(out)  # one header line, each name whole: no header was broken
    assert shown == [c for c in kind.column_names if c in shown]
    hidden = [c for c in kind.column_names if c not in shown]
    note = f"hidden at {width} columns: {', '.join(hidden)} (use -f tsv for every column)"
    if hidden:
        assert " ".join(out.split("\u2518\n")[-1].split()) == note
    else:
        assert out.endswith("\u2518\n")
    assert not any(line.endswith(" ") for line in out.splitlines()[1:])  # only the title is centred


@pytest.mark.parametrize("name,width,shown", [
    ("quotes", 80, ["doc", "quote", "type", "speaker", "cue"]),
    ("figures", 80, ["doc", "text", "value", "qualifier", "unit", "object"]),
    ("places", 80, ["doc", "place", "kind", "country_code", "country", "mentions"]),
    ("figures", 120, ["doc", "text", "value", "qualifier", "unit", "object", "sentence"]),
    # speaker_gender (issue 15), last in the terminal hint, is the one column left out at 200
    ("quotes", 200, [c for c in KINDS["quotes"].column_names if c != "speaker_gender"]),
    ("figures", 200, KINDS["figures"].column_names),
])
def test_narrow_terminals_keep_the_most_useful_columns(name, width, shown):
    assert shown_columns(table_at(TABLES[name], SAMPLES[name], width)) == shown


def test_entities_keep_their_columns_at_80():
    shown = shown_columns(table_at(KINDS["entities"], SAMPLES["entities"], 80))
    assert {"doc", "entity", "label", "mentions", "first_start", "aliases"} <= set(shown)


QUOTES = Kind("quotes", columns("doc start:int end:int quote type speaker speaker_text speaker_start:int "
                                "speaker_end:int cue cue_start:int cue_end:int"), "the quotes of issue 13",
               terminal="doc quote* type speaker cue speaker_text start,end cue_start,cue_end "
                        "speaker_start,speaker_end")


def test_quotes_table_at_80_columns_exactly():
    assert table_at(QUOTES, QUOTE_ROWS, 80) == (
        "                                     quotes                                     \n"
        "┏━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━┳━━━━━━━━━━━━━━━━┳━━━━━━┓\n"
        "┃ doc          ┃ quote                      ┃ type     ┃ speaker        ┃ cue  ┃\n"
        "┡━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━╇━━━━━━━━━━━━━━━━╇━━━━━━┩\n"
        "│ …74f6d0c.txt │ Authorities in Moscow and  │ indirect │ Tatiana        │ said │\n"
        "│              │ Kyiv are in discussions    │          │ Moskalkova     │      │\n"
        "│              │ about opening a            │          │                │      │\n"
        "│              │ humanitarian corridor for  │          │                │      │\n"
        "│              │ civilians stranded behind  │          │                │      │\n"
        "│              │ Ukrainian lines in the     │          │                │      │\n"
        "│              │ partially occupied Kursk   │          │                │      │\n"
        "│              │ region                     │          │                │      │\n"
        "│ …74f6d0c.txt │ the true number is closer  │ indirect │ The region’s   │ say  │\n"
        "│              │ to 3,000                   │          │ displaced      │      │\n"
        "│              │                            │          │ residents and  │      │\n"
        "│              │                            │          │ Ukraine’s      │      │\n"
        "│              │                            │          │ military       │      │\n"
        "└──────────────┴────────────────────────────┴──────────┴────────────────┴──────┘\n"
        "hidden at 80 columns: start, end, speaker_text, speaker_start, speaker_end,\n"
        "cue_start, cue_end (use -f tsv for every column)\n"
    )


def test_doc_is_shortened_from_the_left():
    assert short_doc("a.txt") == "a.txt"
    assert short_doc("corpus/2024/000_99ea542e174f6d0c.txt") == "\u20269ea542e174f6d0c.txt"  # 20 cells
    assert short_doc("corpus/2024/kursk-corridor.txt") == "\u2026/kursk-corridor.txt"
    assert short_doc("/home/me/news/2024/03/kursk.txt") == "\u2026/2024/03/kursk.txt"
    assert short_doc("corpus/2024/kursk-corridor.txt", 12) == "\u2026orridor.txt"  # no file name fits: cells


def test_every_other_format_keeps_every_column():
    kind = QUOTES
    assert to_string(kind, QUOTE_ROWS, "tsv").splitlines()[0].split("\t") == kind.column_names
    assert to_string(kind, QUOTE_ROWS, "csv").splitlines()[0].split(",") == kind.column_names
    assert list(json.loads(to_string(kind, QUOTE_ROWS, "json"))[0]) == kind.column_names
    assert list(json.loads(to_string(kind, QUOTE_ROWS, "jsonl").splitlines()[0])) == kind.column_names
