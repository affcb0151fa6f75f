"""Structured corpora (issue 16 items 1-3): JSON Lines, CSV and Parquet files, one article per row,
with their metadata in the documents table."""
from __future__ import annotations

import csv
import gzip
import io
import json

import pytest

from newsmine.articles import Job, Options, Result, SourceOptions, plan, read_job
from newsmine.corpora import normalise_date

ROWS = [
    {"id": "a1", "title": "Floods in the valley", "text": "Angela Merkel visited Paris on Monday.",
     "date": "Tue, 05 Mar 2024 14:30:00 GMT", "source": "BBC", "url": "https://bbc.example/a1",
     "author": "Jane Reporter", "language": "en", "likes": 3},
    {"id": "a2", "content": "Boris Johnson spoke in London.", "date": "2024-03-05T14:30:00+01:00",
     "outlet": "Reuters"},
]


def documents(folder) -> list[dict]:
    with open(folder / "documents.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write_jsonl(path, rows, *, bad_line: str | None = None):
    lines = [json.dumps(r) for r in rows]
    if bad_line is not None:
        lines.insert(1, bad_line)
    data = ("\n".join(lines) + "\n").encode()
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


def export_documents(run_cli, tmp_path, *args, input=None):
    out = tmp_path / "out"
    result = run_cli("export", *args, "--out", str(out), "--only", "documents", "-j", "1", input=input)
    return result, documents(out)


@pytest.mark.parametrize("name", ["news.jsonl", "news.jsonl.gz"])
def test_jsonl_rows_with_metadata(run_cli, tmp_path, name):
    path = write_jsonl(tmp_path / name, ROWS)
    result, docs = export_documents(run_cli, tmp_path, str(path))
    assert result.exit_code == 0, result.stderr
    assert [d["doc"] for d in docs] == [f"{path}#a1", f"{path}#a2"]
    first, second = docs
    assert (first["title"], first["date"], first["source"], first["url"], first["author"]) == \
        ("Floods in the valley", "2024-03-05T14:30:00+00:00", "BBC", "https://bbc.example/a1", "Jane Reporter")
    assert first["chars"] == str(len(ROWS[0]["text"]) + 1) and first["status"] == "ok"   # + the final \n
    assert (second["date"], second["source"], second["title"]) == \
        ("2024-03-05T14:30:00+01:00", "Reuters", "Boris Johnson spoke in London.")


def test_a_bad_row_fails_alone(run_cli, tmp_path):
    rows = ROWS + [{"id": "a4", "text": "  "}, {"id": "a5", "body": None}, {"title": "no text here"},
                   {"id": "a7", "text": "Olaf Scholz met Emmanuel Macron in Berlin."}]
    path = write_jsonl(tmp_path / "news.jsonl", rows, bad_line="{not json")
    result, docs = export_documents(run_cli, tmp_path, str(path))
    assert result.exit_code == 1
    assert [(d["doc"], d["status"], d["error"]) for d in docs] == [
        (f"{path}#a1", "ok", ""),
        (f"{path}#line 2", "failed", "not JSON (Expecting property name enclosed in double quotes)"),
        (f"{path}#a2", "ok", ""),
        (f"{path}#a4", "failed", "line 4: empty text"),
        (f"{path}#a5", "failed", "line 5: empty text"),
        (f"{path}#line 6", "failed", "no text field (text, content, body, article)"),
        (f"{path}#a7", "ok", ""),
    ]
    assert f"newsmine: {path}#line 2: not JSON (Expecting property name" in result.stderr


def test_ids_fall_back_to_url_then_row_number(run_cli, tmp_path):
    path = write_jsonl(tmp_path / "n.jsonl", [{"text": "One."}, {"url": "https://x.example/2", "text": "Two."},
                                               {"id": 7, "text": "Three."}])
    result = run_cli("clean", str(path))
    assert result.exit_code == 0
    assert result.stdout == (f"==> {path}#1 <==\nOne.\n==> {path}#https://x.example/2 <==\nTwo.\n"
                             f"==> {path}#7 <==\nThree.\n")


def test_text_and_id_fields_can_be_named(run_cli, tmp_path):
    path = write_jsonl(tmp_path / "n.jsonl", [{"key": "k1", "story": "Hello Paris.", "text": "not this"}])
    result = run_cli("clean", str(path), "--text-field", "story", "--id-field", "key")
    assert result.stdout == "Hello Paris.\n" and result.exit_code == 0
    result = run_cli("clean", str(path), "--text-field", "missing")
    assert result.exit_code == 2 and "no text field (missing)" in result.stderr


def test_csv_rows(run_cli, tmp_path):
    path = tmp_path / "news.csv"
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow(["ID", "Headline", "Body", "Published", "Source", "Author"])
        writer.writerow(["c1", "Two lines", "Angela Merkel visited Paris.\n\nShe met Emmanuel Macron.",
                         "March 5, 2024", "BBC", "Jane"])
        writer.writerow(["c2", "", "", "05/03/2024", "", ""])
        writer.writerow(["c3", "Big cell", "word " * 50_000, "2024-03-06", "AP", ""])
    result, docs = export_documents(run_cli, tmp_path, str(path))
    assert result.exit_code == 1
    assert [(d["doc"], d["status"], d["error"], d["date"], d["source"]) for d in docs] == [
        (f"{path}#c1", "ok", "", "2024-03-05", "BBC"),
        (f"{path}#c2", "failed", "line 5: empty text", "", ""),
        (f"{path}#c3", "ok", "", "2024-03-06", "AP"),
    ]
    assert docs[0]["title"] == "Two lines" and docs[0]["author"] == "Jane"
    assert docs[2]["words"] == "50000"
    clean = run_cli("clean", str(path))
    assert "Angela Merkel visited Paris.\n\nShe met Emmanuel Macron." in clean.stdout


def test_csv_without_a_text_column_fails_as_a_file(run_cli, tmp_path):
    path = tmp_path / "prices.csv"
    path.write_text("item,price\napple,3\n")
    result = run_cli("clean", str(path))
    assert result.exit_code == 2
    assert f"newsmine: {path}: no text column (text, content, body, article); name it with --text-field" \
        in result.stderr


def test_parquet_rows_in_record_batches(run_cli, tmp_path):
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    texts = [f"Story {i}: Angela Merkel visited Paris." for i in range(2500)]
    table = pa.table({"id": [f"p{i}" for i in range(2500)], "text": texts,
                      "date": [dt.datetime(2024, 3, 5, 14, 30, tzinfo=dt.timezone.utc)] * 2500,
                      "source": ["BBC"] * 2500})
    path = tmp_path / "news.parquet"
    pq.write_table(table, path, row_group_size=1000)
    result, docs = export_documents(run_cli, tmp_path, str(path))
    assert result.exit_code == 0
    assert len(docs) == 2500 and docs[1234]["doc"] == f"{path}#p1234"
    assert docs[0]["date"] == "2024-03-05T14:30:00+00:00" and docs[0]["source"] == "BBC"
    assert docs[2499]["chars"] == str(len(texts[2499]) + 1)
    # the plan keeps no text: each row is read again where it is processed
    jobs = [job for job in plan([str(path)]) if isinstance(job, Job)]
    assert all(job.data is None and job.locator for job in jobs)
    assert read_job(jobs[2001], Options()).text == texts[2001] + "\n"
    assert read_job(jobs[5], Options()).text == texts[5] + "\n"      # backwards: read again


def test_jsonl_rows_are_not_held_in_the_plan(tmp_path):
    path = write_jsonl(tmp_path / "n.jsonl.gz", [{"id": i, "text": f"Story number {i}."} for i in range(50)])
    items = list(plan([str(path)]))
    assert all(isinstance(i, Job) and i.data is None for i in items)
    assert [read_job(items[i], Options()).text for i in (3, 40, 2)] == \
        ["Story number 3.\n", "Story number 40.\n", "Story number 2.\n"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_stdin_as_a_corpus(run_cli, tmp_path, fmt):
    if fmt == "jsonl":
        data = "\n".join(json.dumps(r) for r in ROWS) + "\n"
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["id", "text", "date", "source"])
        writer.writerows([[r["id"], r.get("text") or r.get("content"), r["date"], r.get("source", "")]
                          for r in ROWS])
        data = buffer.getvalue()
    result, docs = export_documents(run_cli, tmp_path, "-", "--input-format", fmt, "--raw", input=data)
    assert result.exit_code == 0, result.stderr
    assert [(d["doc"], d["date"]) for d in docs] == [("-#a1", "2024-03-05T14:30:00+00:00"),
                                                     ("-#a2", "2024-03-05T14:30:00+01:00")]


def test_corpora_in_folders_are_read(run_cli, tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Angela Merkel visited Paris.\n")
    write_jsonl(folder / "b.jsonl", ROWS)
    (folder / "c.gz").write_bytes(gzip.compress(b"x"))
    result = run_cli("clean", str(folder))
    assert result.exit_code == 0
    assert [line for line in result.stdout.splitlines() if line.startswith("==>")] == \
        [f"==> {folder}/a.txt <==", f"==> {folder}/b.jsonl#a1 <==", f"==> {folder}/b.jsonl#a2 <=="]
    assert "skipped: not an article file (.gz)" in result.stderr


def test_entities_with_meta(run_cli, tmp_path):
    path = write_jsonl(tmp_path / "n.jsonl", ROWS[:1])
    result = run_cli("entities", str(path), "--with-meta", "-f", "jsonl")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["date"] == "2024-03-05T14:30:00+00:00" and r["source"] == "BBC" for r in rows)
    assert list(rows[0])[-4:] == ["date", "source", "url", "author"]


@pytest.mark.parametrize("given,iso", [
    ("2024-03-05", "2024-03-05"),
    ("2024-03-05T14:30:00+01:00", "2024-03-05T14:30:00+01:00"),
    ("2024-03-05T14:30:00Z", "2024-03-05T14:30:00+00:00"),
    ("2024-03-05 14:30", "2024-03-05T14:30:00"),
    ("Tue, 05 Mar 2024 14:30:00 GMT", "2024-03-05T14:30:00+00:00"),
    ("Tue, 05 Mar 2024 14:30:00 -0500", "2024-03-05T14:30:00-05:00"),
    ("March 5, 2024", "2024-03-05"),
    ("5 March 2024", "2024-03-05"),
    ("05/03/2024", "2024-03-05"),          # day first
    ("12/31/2024", "2024-12-31"),          # cannot be day first
    (1709649000, "2024-03-05T14:30:00+00:00"),
    ("yesterday", None), ("", None), (None, None), ("March 5", None),
])
def test_dates_are_normalised_to_iso(given, iso):
    assert normalise_date(given) == iso


def test_failed_rows_are_results_in_order(tmp_path):
    path = write_jsonl(tmp_path / "n.jsonl", ROWS, bad_line="[1, 2]")
    items = list(plan([str(path)], source=SourceOptions()))
    assert [type(i) for i in items] == [Job, Result, Job]
    assert items[1].doc == f"{path}#line 2" and items[1].error == "not a JSON object"
