"""The registry of record kinds: columns, requirements, and pure extraction."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsmine import kinds
from newsmine.extract.entities import extract_entities, mentions_of
from newsmine.kinds import DOCUMENTS, KINDS, TABLES, Column, columns, parse_kinds, row_of
from tests.conftest import NEWS, jsonl


def test_columns_spec_gives_typed_columns_in_order():
    assert columns("doc mentions:int lat:float aliases:list") == (
        Column("doc"), Column("mentions", "int"), Column("lat", "float"), Column("aliases", "list"))


def test_every_table_starts_with_doc_and_has_known_types():
    assert list(TABLES) == ["documents", *KINDS] and TABLES["documents"] is DOCUMENTS
    for kind in TABLES.values():
        assert kind.column_names[0] == "doc", kind.name
        assert len(set(kind.column_names)) == len(kind.columns), kind.name
        assert {c.type for c in kind.columns} <= {"str", "int", "float", "list"}, kind.name
        assert kind.help
    for kind in KINDS.values():
        assert kind.build is not None and set(kind.requires) <= set(KINDS), kind.name


def test_the_readme_column_table_is_the_registry():
    # the table had gone without resolved_by, change and speaker_gender for two sessions
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    table = dict(re.findall(r"^  \| ([a-z :-]+?) \| (doc, [a-z_, ]+) \|$", readme, re.M))
    tables = {"entities": "entities", "entities --mentions": "mentions", "places": "places",
              "places --mentions": "place_mentions", "figures": "figures", "quotes": "quotes",
              "export: documents": "documents"}
    assert {command: table.get(command, "").split(", ") for command in tables} == {
        command: TABLES[name].column_names for command, name in tables.items()}


def test_parse_kinds_gives_registry_order():
    assert parse_kinds("quotes, figures") == ("figures", "quotes")
    assert parse_kinds("Mentions,ENTITIES") == ("entities", "mentions")
    assert parse_kinds(None) == tuple(KINDS) and parse_kinds("") == tuple(KINDS)
    assert parse_kinds("documents") == ()  # documents alone: no record table, nothing parsed


def test_parse_kinds_names_unknown_kinds():
    with pytest.raises(ValueError, match="unknown people, things; choose from documents, entities, mentions"):
        parse_kinds("quotes,people,things")


def test_extract_mentions_equals_mentions_of_the_entities(make_doc):
    doc = make_doc(NEWS)
    assert kinds.extract(doc, ["mentions"]) == {"mentions": mentions_of(extract_entities(doc))}
    both = kinds.extract(doc, ["mentions", "entities"])
    assert list(both) == ["mentions", "entities"]  # in the order asked
    assert both["mentions"] == mentions_of(both["entities"])
    assert both["entities"] == extract_entities(doc)


def test_extract_only_returns_what_was_asked(make_doc):
    doc = make_doc(NEWS)
    assert list(kinds.extract(doc, ["quotes"])) == ["quotes"]  # entities were built, not returned
    assert kinds.extract(doc, []) == {}


def test_row_of_is_in_column_order_doc_first_and_json_safe():
    from newsmine.extract.entities import Entity

    entity = Entity("Acme", "ORG", 2, 5, ["ACME"], spans=[(5, 9), (20, 24)])
    row = row_of("a.txt", entity, KINDS["entities"])
    assert row == {"doc": "a.txt", "entity": "Acme", "label": "ORG", "mentions": 2, "first_start": 5,
                   "aliases": ["ACME"], "entity_id": "org:acme"}
    assert list(row) == KINDS["entities"].column_names
    assert row_of("b", {"lat": float("nan"), "aliases": ("x",), "doc": "ignored"}, KINDS["places"]) == {
        "doc": "b", "place": None, "kind": None, "country_code": None, "country": None, "lat": None,
        "lon": None, "mentions": None, "aliases": ["x"], "resolved_by": None}


def test_the_users_own_spacy_gets_the_records_the_cli_prints(user_nlp, run_cli, tmp_path):
    """Extractors are pure functions of the Doc: no state hidden on it or in newsmine's loaded
    pipeline, so `spacy.load` + `kinds.extract` gives what `newsmine <kind>` prints."""
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    doc = user_nlp(NEWS)
    found = kinds.extract(doc, list(KINDS))
    assert doc.user_data == {}
    commands = {"entities": ["entities"], "mentions": ["entities", "--mentions"], "places": ["places"],
                "place_mentions": ["places", "--mentions"], "figures": ["figures"], "quotes": ["quotes"]}
    assert set(commands) == set(KINDS)
    for name, command in commands.items():
        result = run_cli(*command, str(path), "-f", "jsonl")
        assert result.exit_code == 0, result.stderr
        printed = jsonl(result.stdout)
        assert [row_of(str(path), r, KINDS[name]) for r in found[name]] == printed, name
    for name in ("entities", "mentions", "figures", "quotes"):
        assert found[name], f"the test text has no {name}"
    assert doc.user_data == {}
