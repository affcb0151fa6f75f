"""`newsmine export`: tables on disk, failure isolation, never half-written, resume, jobs."""
from __future__ import annotations

import csv
import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsmine.articles import Options, Result, analyse, document_row
from newsmine.export import Checkpoint, RunError, run_export
from newsmine.kinds import TABLES
from newsmine.output import arrow_schema
from tests.conftest import NEWS, SEED, jsonl

ARTICLES = {
    "a.txt": "Angela Merkel met Emmanuel Macron in Paris on Monday.\n\nMerkel said the talks went well.\n",
    "b.txt": "=HYPERLINK(\"x\") Corp was fined by the European Commission in Brussels.\n",
    "sub/c.md": "Boris Johnson visited Kyiv and met Volodymyr Zelensky.\n",
}


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    for name, text in ARTICLES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_export_writes_every_table_with_doc_column(run_cli, corpus, tmp_path):
    out = tmp_path / "tables"
    result = run_cli("export", str(corpus), "--out", str(out), "--jobs", "1", "--only", "entities,mentions")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["documents.csv", "entities.csv", "mentions.csv", "run.json"]
    docs = read_csv(out / "documents.csv")
    assert [d["doc"] for d in docs] == [str(corpus / "a.txt"), str(corpus / "b.txt"), str(corpus / "sub/c.md")]
    assert docs[0] == {"doc": str(corpus / "a.txt"), "title": "Angela Merkel met Emmanuel Macron in Paris on Monday.",
                       "chars": str(len(ARTICLES["a.txt"])), "words": "15", "status": "ok", "error": "",
                       "date": "", "source": "", "url": "", "author": ""}
    entities = read_csv(out / "entities.csv")
    assert list(entities[0]) == ["doc", "entity", "label", "mentions", "first_start", "aliases", "entity_id"]
    assert {"doc": str(corpus / "a.txt"), "entity": "Angela Merkel", "label": "PERSON", "mentions": "2",
            "first_start": "0", "aliases": "Merkel", "entity_id": "person:angela-merkel"} in entities
    assert result.stderr.startswith("newsmine: export: 3 articles ok, 0 failed, 0 skipped; rows: documents 3, ")
    assert not (out / ".newsmine-export").exists()


def test_csv_cells_are_spreadsheet_safe_unless_raw(run_cli, corpus, tmp_path):
    run_cli("export", str(corpus / "b.txt"), "--out", str(tmp_path / "safe"), "--jobs", "1", "--only", "mentions")
    run_cli("export", str(corpus / "b.txt"), "--out", str(tmp_path / "raw"), "--jobs", "1", "--only", "mentions",
            "--raw")
    safe = read_csv(tmp_path / "safe" / "documents.csv")[0]["title"]
    raw = read_csv(tmp_path / "raw" / "documents.csv")[0]["title"]
    assert safe == "'" + raw and raw.startswith("=HYPERLINK")


def test_jsonl_and_parquet_hold_the_same_rows(run_cli, corpus, tmp_path):
    import pyarrow.parquet as pq

    run_cli("export", str(corpus), "--out", str(tmp_path / "j"), "-f", "jsonl", "--jobs", "1", "--only", "entities")
    run_cli("export", str(corpus), "--out", str(tmp_path / "p"), "-f", "parquet", "--jobs", "1", "--only", "entities")
    rows = [json.loads(line) for line in (tmp_path / "j" / "entities.jsonl").read_text().splitlines()]
    table = pq.read_table(tmp_path / "p" / "entities.parquet")
    assert table.column_names == ["doc", "entity", "label", "mentions", "first_start", "aliases", "entity_id"]
    assert table.to_pylist() == rows
    assert isinstance(rows[0]["mentions"], int) and isinstance(rows[0]["aliases"], list)


def test_a_bad_article_is_a_failed_row_and_the_run_goes_on(run_cli, corpus, tmp_path):
    (corpus / "broken.txt").write_bytes(b"\x00\x01binary\x00")
    (corpus / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    out = tmp_path / "tables"
    result = run_cli("export", str(corpus), "--out", str(out), "--jobs", "1", "--only", "entities")
    assert result.exit_code == 1
    docs = {Path(d["doc"]).name: d for d in read_csv(out / "documents.csv")}
    assert docs["broken.txt"]["status"] == "failed" and docs["broken.txt"]["error"] == "binary file, not text"
    assert docs["photo.jpg"]["status"] == "skipped"
    assert docs["a.txt"]["status"] == "ok"
    assert f"newsmine: {corpus / 'broken.txt'}: binary file, not text\n" in result.stderr
    assert "3 articles ok, 1 failed, 1 skipped" in result.stderr


def test_unknown_table_and_no_input_are_usage_errors(run_cli, corpus, tmp_path):
    assert run_cli("export", str(corpus), "--out", str(tmp_path / "t"), "--only", "people").exit_code == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_cli("export", str(empty), "--out", str(tmp_path / "t"))
    assert result.exit_code == 2 and result.stderr == "newsmine: no input articles found\n"
    assert not (tmp_path / "t").exists()


def test_jobs_2_equals_jobs_1(run_cli, corpus, tmp_path):
    for i in range(12):
        shutil.copy(SEED, corpus / f"seed{i:02}.txt")
    (corpus / "seed05.txt").write_bytes(b"\x00binary")  # a failure keeps its place in the order
    run_cli("export", str(corpus), "--out", str(tmp_path / "one"), "--jobs", "1", "--only", "entities,mentions")
    run_cli("export", str(corpus), "--out", str(tmp_path / "two"), "--jobs", "2", "--only", "entities,mentions")
    for name in ("documents.csv", "entities.csv", "mentions.csv"):
        assert (tmp_path / "one" / name).read_text() == (tmp_path / "two" / name).read_text()


def test_interrupted_run_keeps_old_tables_and_resume_equals_a_full_run(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(60):
        shutil.copy(SEED, corpus / f"{i:03}.txt")
    out = tmp_path / "tables"
    out.mkdir()
    (out / "entities.csv").write_text("previous run\n")
    args = [sys.executable, "-m", "newsmine", "export", str(corpus), "--out", str(out), "--jobs", "1",
            "--only", "entities,mentions"]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    checkpoint = out / ".newsmine-export" / "checkpoint.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not checkpoint.exists() or checkpoint.stat().st_size < 20_000):
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.endswith("newsmine: interrupted\n")
    assert (out / "entities.csv").read_text() == "previous run\n"
    assert not (out / "mentions.csv").exists()
    assert not (out / ".newsmine-export.lock").exists()  # released on the way out

    resumed = subprocess.run(args + ["--resume"], capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert "from the checkpoint" in resumed.stderr
    full = tmp_path / "full"
    subprocess.run(args[:6] + [str(full)] + args[7:], capture_output=True, text=True, timeout=300, check=True)
    for name in ("documents.csv", "entities.csv", "mentions.csv"):
        assert (out / name).read_text() == (full / name).read_text()
    assert len((out / "documents.csv").read_text().splitlines()) == 61


def test_parquet_parts_is_a_folder_read_as_one_table(run_cli, corpus, tmp_path):
    import pyarrow.parquet as pq

    run_cli("export", str(corpus), "--out", str(tmp_path / "one"), "-f", "parquet", "--jobs", "1", "--only", "mentions")
    result = run_cli("export", str(corpus), "--out", str(tmp_path / "parts"), "-f", "parquet", "--parts",
                     "--jobs", "1", "--only", "mentions")
    assert result.exit_code == 0, result.stderr
    folder = tmp_path / "parts" / "mentions.parquet"
    assert sorted(p.name for p in folder.iterdir()) == ["part-00000.parquet"]
    assert pq.read_table(folder).to_pylist() == pq.read_table(tmp_path / "one" / "mentions.parquet").to_pylist()
    again = run_cli("export", str(corpus), "--out", str(tmp_path / "parts"), "-f", "parquet", "--parts",
                    "--jobs", "1", "--only", "mentions")  # replaces the earlier folder
    assert again.exit_code == 0 and pq.read_table(folder).num_rows == pq.read_table(tmp_path / "one" / "mentions.parquet").num_rows
    csv_parts = run_cli("export", str(corpus), "--out", str(tmp_path / "x"), "--parts")
    assert csv_parts.exit_code == 2 and csv_parts.stderr == "newsmine: --parts needs --format parquet\n"


def test_stdin_html_is_read_as_html_like_the_other_commands(run_cli, tmp_path):
    body = " ".join(["The council voted on Tuesday to close the old bridge to traffic."] * 4)
    page = (f"<!doctype html><html><head><title>Bridge closes</title></head><body><nav>Home News</nav>"
            f"<article><h1>Bridge to close after council vote</h1><p>{body}</p><p>{body}</p></article></body></html>")
    result = run_cli("export", "-", "--out", str(tmp_path / "t"), "--jobs", "1", "--only", "mentions", "--raw", input=page)
    assert result.exit_code == 0, result.stderr
    doc = read_csv(tmp_path / "t" / "documents.csv")[0]
    assert doc["doc"] == "-" and "Bridge" in doc["title"] and "<" not in doc["title"]


def test_every_table_file_has_exactly_the_registrys_columns(run_cli, corpus, tmp_path):
    import pyarrow.parquet as pq

    (corpus / "news.txt").write_text(NEWS, encoding="utf-8")  # a figure and quotes too
    for fmt in ("csv", "jsonl", "parquet"):
        out = tmp_path / fmt
        result = run_cli("export", str(corpus), "--out", str(out), "-f", fmt, "--jobs", "1")
        assert result.exit_code == 0, result.stderr
        assert sorted(p.name for p in out.iterdir()) == sorted([f"{name}.{fmt}" for name in TABLES] + ["run.json"])
        for name, kind in TABLES.items():
            path = out / f"{name}.{fmt}"
            if fmt == "csv":
                with open(path, newline="", encoding="utf-8") as f:
                    assert next(csv.reader(f)) == kind.column_names, name
            elif fmt == "jsonl":
                rows = jsonl(path.read_text(encoding="utf-8"))
                assert rows and all(list(row) == kind.column_names for row in rows), name
            else:
                assert pq.read_schema(path).remove_metadata() == arrow_schema(kind), name


def test_run_export_counts_in_its_summary(corpus, tmp_path, nlp):
    (corpus / "broken.txt").write_bytes(b"\x00binary")
    (corpus / "photo.jpg").write_bytes(b"\xff\xd8")
    summary = run_export([str(corpus)], tmp_path / "t", options=Options(kinds=("entities",)), jobs=1)
    assert (summary.tally.ok, summary.tally.failed, summary.tally.skipped) == (3, 1, 1)
    assert summary.tally.exit_code() == 1
    assert summary.rows["documents"] == 5
    assert summary.rows["entities"] == len(read_csv(tmp_path / "t" / "entities.csv")) > 0
    assert set(summary.rows) == {"documents", "entities"}


def test_an_interrupted_run_resumes_to_the_tables_of_a_full_run(corpus, tmp_path, nlp):
    """In process: an engine interrupted after two articles, then --resume."""
    options = Options(kinds=("entities", "mentions"))
    out = tmp_path / "tables"

    def interrupted(todo, options):
        for i, result in enumerate(analyse(todo, options, nlp)):
            if i == 2:
                raise KeyboardInterrupt
            yield [result]

    with pytest.raises(KeyboardInterrupt):
        run_export([str(corpus)], out, options=options, results=interrupted)
    assert not (out / "entities.csv").exists()
    with pytest.raises(RunError, match="was made with --only entities,mentions, this run asks for --only mentions;"):
        run_export([str(corpus)], out, options=Options(kinds=("mentions",)), resume=True)
    seen = []

    def counting(todo, options):
        seen.extend(job.doc for job in todo)
        yield from ([r] for r in analyse(todo, options, nlp))

    resumed = run_export([str(corpus)], out, options=options, resume=True, results=counting)
    assert resumed.resumed == 2 and seen == [str(corpus / "sub/c.md")]
    run_export([str(corpus)], tmp_path / "full", options=options, jobs=1)
    for name in ("documents.csv", "entities.csv", "mentions.csv"):
        assert (out / name).read_text() == (tmp_path / "full" / name).read_text()


def test_checkpoint_keeps_results_and_ignores_a_torn_last_line(tmp_path):
    path = tmp_path / "checkpoint.jsonl"
    first = Result("a.txt", "a.txt\0h1", "ok", {"documents": [document_row("a.txt", "Title\nBody", "ok", None)],
                                                 "entities": [{"doc": "a.txt", "entity": "Kyiv", "aliases": []}]})
    failed = Result("b.txt", "b.txt\0h2", "failed", {"documents": [document_row("b.txt", None, "failed", "why")]})
    checkpoint = Checkpoint(path, resume=False)
    checkpoint.add(first)
    checkpoint.add(failed)
    checkpoint.close()
    with open(path, "ab") as f:
        f.write(b'{"key": "c.txt\\u0000h3", "doc": "c.t')  # killed mid-write
    again = Checkpoint(path, resume=True)
    assert first.key in again and failed.key in again and "c.txt\0h3" not in again
    assert (again[first.key], again[failed.key]) == (first, failed)
    again.close()
    assert path.read_bytes().endswith(b"}\n")  # the torn line is gone: appending stays valid JSON Lines
