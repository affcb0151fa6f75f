"""newsmine tables as pandas DataFrames: read_tables in every export format, analyze_frame,
and the corpus-wide ids (entity_id, speaker_id) the tables carry."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from newsmine import kinds as registry
from newsmine.extract.entities import entity_id
from newsmine.output import open_table
from newsmine.tables import analyze_frame, dtypes, read_tables
from tests.conftest import NEWS

ROWS = {
    "documents": [
        {"doc": "a.txt", "title": "=HYPERLINK(1)", "chars": 120, "words": 20, "status": "ok", "error": None,
         "date": "2024-03-01T12:00:00+02:00", "source": "BBC", "url": None, "author": None},
        {"doc": "-", "title": None, "chars": None, "words": None, "status": "failed", "error": "binary",
         "date": None, "source": None, "url": None, "author": None},
    ],
    "entities": [
        {"doc": "a.txt", "entity": "Angela Merkel", "label": "PERSON", "mentions": 2, "first_start": 0,
         "aliases": ["Merkel", "Mrs Merkel"], "entity_id": "person:angela-merkel"},
        {"doc": "a.txt", "entity": "@Acme Corp", "label": "ORG", "mentions": 1, "first_start": 50,
         "aliases": ["-Acme"], "entity_id": "org:acme-corp"},
        {"doc": "a.txt", "entity": "'quoted", "label": "ORG", "mentions": 1, "first_start": 70,
         "aliases": [], "entity_id": "org:quoted"},
        {"doc": "a.txt", "entity": "NA", "label": "ORG", "mentions": 1, "first_start": 90,
         "aliases": [], "entity_id": "org:na"},
    ],
    "figures": [
        {"doc": "a.txt", "start": 10, "end": 25, "text": "more than 1,500", "value": 1500, "value_max": None,
         "qualifier": "more", "unit": None, "object": "tractors", "kind": "count", "sentence": "-5 degrees"},
        {"doc": "a.txt", "start": 30, "end": 34, "text": "2.5%", "value": 2.5, "value_max": 3.0,
         "qualifier": "range", "unit": "%", "object": None, "kind": "percent", "sentence": "x"},
    ],
    "places": [
        {"doc": "a.txt", "place": "Brussels", "kind": "city", "country_code": "BE", "country": "Belgium",
         "lat": 50.85, "lon": 4.35, "mentions": 1, "aliases": []},
    ],
}


def export_folder(folder: Path, fmt: str, *, parts: bool = False) -> Path:
    """The tables of ROWS written by the export writer itself (output.open_table)."""
    folder.mkdir()
    for name, rows in ROWS.items():
        sink = open_table(folder / f"{name}.{fmt}", registry.TABLES[name], fmt, parts=parts)
        sink.write(rows)
        sink.close()
    return folder


@pytest.fixture(params=["csv", "jsonl", "parquet", "parts"])
def tables(request, tmp_path):
    fmt = "parquet" if request.param == "parts" else request.param
    return read_tables(export_folder(tmp_path / request.param, fmt, parts=request.param == "parts"))


def test_every_format_reads_back_with_the_registry_dtypes(tables):
    assert list(tables) == ["documents", "entities", "places", "figures"]
    for name, frame in tables.items():
        assert {c: str(t) for c, t in frame.dtypes.items()} == dtypes(registry.TABLES[name]), name
        assert list(frame.columns) == registry.TABLES[name].column_names
    entities, figures = tables["entities"], tables["figures"]
    assert str(entities["mentions"].dtype) == "Int64" and str(entities["label"].dtype) == "category"
    assert str(figures["value"].dtype) == "float64" and str(figures["qualifier"].dtype) == "category"
    assert str(tables["places"]["lat"].dtype) == "float64"
    assert str(tables["documents"]["date"].dtype) == "datetime64[ns, UTC]"


def test_every_format_gives_the_same_values(tables):
    docs, entities, figures = tables["documents"], tables["entities"], tables["figures"]
    assert docs["doc"].tolist() == ["a.txt", "-"]            # the CSV guard on "-" is undone
    assert docs["title"].tolist()[0] == "=HYPERLINK(1)"
    assert docs["date"][0] == pd.Timestamp("2024-03-01 10:00", tz="UTC") and pd.isna(docs["date"][1])
    assert docs["chars"][0] == 120 and docs["chars"][1] is pd.NA
    assert entities["entity"].tolist() == ["Angela Merkel", "@Acme Corp", "'quoted", "NA"]
    assert entities["aliases"].tolist() == [["Merkel", "Mrs Merkel"], ["-Acme"], [], []]
    assert all(type(a) is list for a in entities["aliases"])
    assert entities["entity_id"].tolist()[0] == "person:angela-merkel"
    assert figures["value"].tolist() == [1500.0, 2.5] and pd.isna(figures["value_max"][0])
    assert figures["sentence"].tolist() == ["-5 degrees", "x"] and pd.isna(figures["unit"][0])
    assert tables["places"]["country_code"].tolist() == ["BE"]


def test_csv_holds_the_guard_and_read_tables_undoes_only_it(tmp_path):
    folder = export_folder(tmp_path / "t", "csv")
    text = (folder / "entities.csv").read_text()
    assert "'@Acme Corp" in text and "'-Acme" in text and ",'quoted," in text
    assert read_tables(folder)["entities"]["entity"].tolist()[1:3] == ["@Acme Corp", "'quoted"]


def test_tsv_and_a_table_from_an_older_export(tmp_path):
    """A TSV (`newsmine entities -f tsv > entities.tsv`) is never guarded; a table without the
    newer columns gets them, missing."""
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "documents.tsv").write_text("doc\ttitle\tchars\twords\tstatus\terror\na.txt\t\"Q\" said\t5\t1\tok\t\n")
    (folder / "entities.tsv").write_text("doc\tentity\tlabel\tmentions\tfirst_start\taliases\n"
                                         "a.txt\t'=x\tORG\t1\t0\tA; B\n")
    tables = read_tables(folder)
    assert tables["documents"]["title"].tolist() == ['"Q" said']
    entities = tables["entities"]
    assert entities["entity"].tolist() == ["'=x"] and entities["aliases"].tolist() == [["A", "B"]]
    assert entities["entity_id"].isna().all() and list(entities.columns) == registry.KINDS["entities"].column_names
    assert tables["documents"]["date"].isna().all()


def test_the_newer_file_wins_and_errors_are_clear(tmp_path):
    folder = export_folder(tmp_path / "t", "csv")
    sink = open_table(folder / "documents.jsonl", registry.DOCUMENTS, "jsonl")
    sink.write(ROWS["documents"][:1])
    sink.close()
    os.utime(folder / "documents.csv", (1, 1))
    assert len(read_tables(folder, tables=["documents"])["documents"]) == 1
    with pytest.raises(NotADirectoryError):
        read_tables(folder / "documents.csv")
    (tmp_path / "empty").mkdir()
    with pytest.raises(FileNotFoundError):
        read_tables(tmp_path / "empty")
    with pytest.raises(ValueError, match="unknown table nope"):
        read_tables(folder, tables=["nope"])


def test_read_tables_of_a_real_export(run_cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(NEWS, encoding="utf-8")
    for fmt in ("csv", "parquet"):
        result = run_cli("export", str(article), "--out", str(tmp_path / fmt), "-f", fmt, "--jobs", "1")
        assert result.exit_code == 0, result.stderr
    csv_tables, parquet_tables = read_tables(tmp_path / "csv"), read_tables(tmp_path / "parquet")
    assert list(csv_tables) == list(registry.TABLES)
    for name in registry.TABLES:
        pd.testing.assert_frame_equal(csv_tables[name], parquet_tables[name], check_categorical=False)
    assert "person:angela-merkel" in set(csv_tables["entities"]["entity_id"])


# ---------------------------------------------------------------- analyze_frame

def test_analyze_frame_is_keyed_by_the_index_and_typed_as_read_tables(nlp):
    df = pd.DataFrame({"body": [NEWS, "", None, "Boris Johnson visited Kyiv."]},
                      index=pd.Index(["x", "y", "z", "w"], name="story"))
    found = analyze_frame(df, "body", kinds=["entities", "quotes"], nlp=nlp)
    assert list(found) == ["documents", "entities", "quotes"]
    for name, frame in found.items():
        expected = dtypes(registry.TABLES[name])
        del expected["doc"]
        assert {c: str(t) for c, t in frame.dtypes.items()} == expected, name
        assert frame.index.name == "story"
    assert found["documents"].index.tolist() == ["x", "y", "z", "w"]
    assert found["documents"]["chars"].tolist() == [len(NEWS), 0, 0, len(df.loc["w", "body"])]
    entities = found["entities"]
    assert set(entities.index) == {"x", "w"}
    assert {"person:angela-merkel", "person:boris-johnson"} <= set(entities["entity_id"])
    quotes = found["quotes"]
    assert set(quotes.index) == {"x"}
    quote = quotes[quotes["speaker"] == "Angela Merkel"].iloc[0]
    assert quote["speaker_id"] == "person:angela-merkel"
    assert NEWS[quote["start"]:quote["end"]] == quote["quote"]


def test_analyze_frame_reads_cells_as_plain_text(nlp):
    """No HTML extraction: offsets index the cell as given (tags included)."""
    html = "<html><body><p>Angela Merkel visited Paris.</p></body></html>"
    found = analyze_frame(pd.DataFrame({"text": [html]}), kinds="mentions", nlp=nlp)
    mentions = found["mentions"]
    assert "Angela Merkel" in mentions["text"].tolist() and set(mentions.index) == {0}
    for start, end, text in zip(mentions["start"], mentions["end"], mentions["text"]):
        assert html[start:end] == text
    assert found["documents"]["title"].tolist() == [html]


def test_importing_newsmine_and_its_cli_loads_no_pandas():
    code = ("import sys, newsmine, newsmine.cli; assert 'pandas' not in sys.modules; "
            "newsmine.read_tables; assert 'pandas' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


# ---------------------------------------------------------------- corpus-wide ids

@pytest.mark.parametrize("label, name, expected", [
    ("PERSON", "Vladimir Putin", "person:vladimir-putin"),
    ("ORG", "European Commission", "org:european-commission"),
    ("GPE", "Kyiv", "gpe:kyiv"),
    ("GPE", "U.S.", "gpe:us"),
    ("GPE", "U.K.", "gpe:uk"),
    ("PERSON", "J.K. Rowling", "person:jk-rowling"),
    ("PERSON", "Conan O'Brien", "person:conan-obrien"),
    ("PERSON", "Conan O\u2019Brien", "person:conan-obrien"),
    ("GPE", "C\u00f4te d\u2019Ivoire", "gpe:cote-divoire"),
    ("PERSON", "Volodymyr Zelensk\u00fdy", "person:volodymyr-zelenskyy"),
    ("PERSON", "Lech Wa\u0142\u0119sa", "person:lech-walesa"),
    ("PERSON", "Gerhard Schro\u0308der", "person:gerhard-schroder"),   # combining diaeresis
    ("PERSON", "Fran\u00e7ois Hollande", "person:francois-hollande"),
    ("GPE", "St. Louis", "gpe:st-louis"),
    ("ORG", "AT&T", "org:at-t"),
    ("WORK_OF_ART", "Harry Potter", "work-of-art:harry-potter"),
    ("PERSON", "\u041f\u0443\u0442\u0438\u043d", "person:\u043f\u0443\u0442\u0438\u043d"),  # no Latin letters
    ("ORG", "...", None),
    ("ORG", "", None),
])
def test_entity_id(label, name, expected):
    assert entity_id(label, name) == expected


def test_records_carry_their_ids(make_doc):
    doc = make_doc(NEWS)
    found = registry.extract(doc, ["entities", "mentions", "quotes"])
    merkel = next(e for e in found["entities"] if e.entity == "Angela Merkel")
    assert merkel.entity_id == "person:angela-merkel"
    assert {m.entity_id for m in found["mentions"] if m.entity == "Angela Merkel"} == {"person:angela-merkel"}
    assert [q.speaker_id for q in found["quotes"] if q.speaker == "Angela Merkel"][:1] == ["person:angela-merkel"]
    for quote in found["quotes"]:
        assert quote.speaker_id is None or quote.speaker_id.split(":")[1] and quote.speaker
