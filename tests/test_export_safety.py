"""`newsmine export` (and `show --html`) never destroy data: one export per --out at a time, --out
describes one run, no output lands on an input, no run reads its own outputs, a full disk is one
line, and the checkpoint is never lost or misread silently (issue 13)."""
from __future__ import annotations

import csv
import errno
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsmine.articles import Options, Result, results
from newsmine.export import (LOCK_FILE, WORK_DIR, ExportProgress, RunError, Throughput, check_outputs,
                             run_export)
from newsmine.view import with_layer_tables
from tests.conftest import NEWSMINE, SEED

ARTICLES = {
    "a.txt": "Angela Merkel met Emmanuel Macron in Paris on Monday.\n\nMerkel said the talks went well.\n",
    "b.txt": "The European Commission fined Acme Corp in Brussels.\n",
    "sub/c.md": "Boris Johnson visited Kyiv and met Volodymyr Zelensky.\n",
}


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    for name, text in ARTICLES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def docs_of(out: Path, fmt: str = "csv") -> list[str]:
    if fmt == "jsonl":
        return [json.loads(line)["doc"] for line in (out / "documents.jsonl").read_text().splitlines()]
    with open(out / "documents.csv", newline="", encoding="utf-8") as f:
        return [row["doc"] for row in csv.DictReader(f)]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def dead_pid() -> int:
    """The pid of a process that has ended (and been waited for)."""
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


# ---------------------------------------------------------------- 1. one export per --out

def test_an_export_into_a_folder_another_run_uses_fails_at_once_and_touches_nothing(run_cli, corpus, tmp_path):
    out = tmp_path / "t"
    out.mkdir()
    (out / "entities.csv").write_text("the other run's table\n")
    (out / LOCK_FILE).write_text(f"{os.getpid()}\n")  # a live process holds it
    before = snapshot(out)
    result = run_cli("export", str(corpus), "--out", str(out), "-j", "1")
    assert result.exit_code == 2
    assert result.stderr == (f"newsmine: {out}: another newsmine export (pid {os.getpid()}) is writing there; "
                             "wait for it to finish or choose another --out\n")
    assert snapshot(out) == before and not (out / WORK_DIR).exists()


def test_a_lock_left_by_a_dead_process_is_taken_over_and_released(run_cli, corpus, tmp_path):
    out = tmp_path / "t"
    out.mkdir()
    pid = dead_pid()
    (out / LOCK_FILE).write_text(f"{pid}\n")
    result = run_cli("export", str(corpus), "--out", str(out), "-j", "1", "--only", "mentions")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith(
        f"newsmine: {out}: taking over the lock of an export that is no longer running (pid {pid})\n")
    assert not (out / LOCK_FILE).exists()
    assert len(docs_of(out)) == 3


def test_two_real_exports_into_one_folder(tmp_path):
    """The second fails at once with one line; SIGTERM stops the first (130) and frees the folder."""
    big, small = tmp_path / "big", tmp_path / "small"
    big.mkdir()
    small.mkdir()
    for i in range(150):
        shutil.copy(SEED, big / f"{i:03}.txt")
    (small / "x.txt").write_text("Angela Merkel spoke in Berlin.\n")
    out = tmp_path / "t"
    out.mkdir()
    (out / "documents.csv").write_text("previous\n")
    first = subprocess.Popen(NEWSMINE + ["export", str(big), "--out", str(out), "-j", "1", "--only", "mentions"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    checkpoint = out / WORK_DIR / "checkpoint.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not checkpoint.exists() or checkpoint.stat().st_size == 0):
        time.sleep(0.05)
    assert (out / LOCK_FILE).read_text() == f"{first.pid}\n"
    second = subprocess.run(NEWSMINE + ["export", str(small), "--out", str(out), "-j", "1"],
                            capture_output=True, text=True, timeout=120)
    assert second.returncode == 2
    assert second.stderr == (f"newsmine: {out}: another newsmine export (pid {first.pid}) is writing there; "
                             "wait for it to finish or choose another --out\n")
    first.send_signal(signal.SIGTERM)
    _, err = first.communicate(timeout=60)
    assert first.returncode == 130 and err.endswith("newsmine: interrupted\n"), err
    assert not (out / LOCK_FILE).exists()
    assert (out / "documents.csv").read_text() == "previous\n"
    again = subprocess.run(NEWSMINE + ["export", str(small), "--out", str(out), "-j", "1", "--only", "mentions"],
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert "discarding the checkpoint of an interrupted run" in again.stderr
    assert docs_of(out) == [str(small / "x.txt")]


# ---------------------------------------------------------------- 2. --out describes one run

def test_a_finished_export_leaves_only_its_own_tables_and_a_manifest(run_cli, corpus, tmp_path):
    out = tmp_path / "t"
    assert run_cli("export", str(corpus), "--out", str(out), "-j", "1").exit_code == 0
    (out / "notes.txt").write_text("mine\n")
    (out / "entities.parquet").mkdir()                       # an earlier --parts run's folder
    (out / "entities.parquet" / "part-00000.parquet").write_bytes(b"PAR1")
    (out / "places.parquet").mkdir()                         # not newsmine's: it stays
    (out / "places.parquet" / "keep.txt").write_text("mine\n")
    result = run_cli("export", str(corpus / "a.txt"), "--out", str(out), "-j", "1", "--only", "quotes",
                     "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["documents.jsonl", "notes.txt", "places.parquet",
                                                      "quotes.jsonl", "run.json"]
    manifest = json.loads((out / "run.json").read_text())
    assert manifest["inputs"] == [str(corpus / "a.txt")]
    assert manifest["options"] | {"model": None} == {"tables": ["documents", "quotes"], "format": "jsonl",
                                                      "raw": False, "parts": False, "model": None,
                                                      "keep_boilerplate": False, "max_chars": 5_000_000}
    assert manifest["options"]["model"]  # the pipeline's name
    counts = manifest["counts"]  # per status (`ok`, `failed`, `skipped`, ...) and `resumed`
    assert {"ok", "failed", "skipped", "resumed"} <= set(counts) and {k: v for k, v in counts.items() if v} == {"ok": 1}
    assert manifest["rows"] == {"documents": 1,
                                "quotes": len((out / "quotes.jsonl").read_text().splitlines())}
    assert manifest["newsmine"] and isinstance(manifest["seconds"], float)
    for key in ("started", "finished"):
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", manifest[key])


def test_an_interrupted_run_leaves_the_previous_run_and_its_manifest(corpus, tmp_path, nlp):
    out = tmp_path / "t"
    run_export([str(corpus)], out, options=Options(kinds=("mentions",)), jobs=1)
    before = snapshot(out)

    def interrupted(todo, options):
        raise KeyboardInterrupt
        yield

    with pytest.raises(KeyboardInterrupt):
        run_export([str(corpus)], out, options=Options(kinds=("quotes",)), results=interrupted)
    assert {k: v for k, v in snapshot(out).items() if not k.startswith(WORK_DIR)} == before
    assert not (out / LOCK_FILE).exists()


# ---------------------------------------------------------------- 3. outputs onto inputs

def test_show_refuses_a_report_onto_its_input(run_cli, corpus):
    article = corpus / "a.txt"
    result = run_cli("show", str(article), "--html", str(article))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == f"newsmine: {article}: --html would overwrite an input article; choose another file\n"
    assert article.read_text() == ARTICLES["a.txt"]
    inside = run_cli("show", str(corpus), "--html", str(corpus / "sub" / "c.md"))
    assert inside.exit_code == 2 and inside.stderr == (
        f"newsmine: {corpus / 'sub' / 'c.md'}: --html would overwrite an input article read from {corpus}; "
        "choose another file\n")
    assert (corpus / "sub" / "c.md").read_text() == ARTICLES["sub/c.md"]


def test_export_refuses_a_report_onto_a_table_or_an_input(run_cli, corpus, tmp_path):
    out = tmp_path / "t"
    out.mkdir()
    (out / "documents.csv").write_text("previous\n")
    for target in (out / "documents.csv", out / "quotes.parquet", out / "run.json", out / LOCK_FILE,
                   out / WORK_DIR / "x.html"):
        result = run_cli("export", str(corpus), "--out", str(out), "--html", str(target))
        assert result.exit_code == 2, target
        assert result.stderr == (f"newsmine: {target}: --html would overwrite a file of this export in {out}; "
                                 "choose another file\n")
    glob_input = run_cli("export", str(corpus / "*.txt"), "--out", str(out), "--html", str(corpus / "b.txt"))
    assert glob_input.exit_code == 2 and "would overwrite an input article" in glob_input.stderr
    assert sorted(p.name for p in out.iterdir()) == ["documents.csv"]
    assert (out / "documents.csv").read_text() == "previous\n"
    assert (corpus / "b.txt").read_text() == ARTICLES["b.txt"]


def test_check_outputs_allows_new_files_and_an_earlier_report(corpus, tmp_path):
    check_outputs([str(corpus)], html=str(corpus / "new.html"), out=str(tmp_path / "t"))
    check_outputs([str(corpus)], html=str(corpus / "notes.pdf"))                # not an article: not read
    (corpus / "report.html").write_text('<!DOCTYPE html><meta name="generator" content="newsmine 0.1.0">')
    check_outputs([str(corpus)], html=str(corpus / "report.html"))               # replaced, never read
    (corpus / ".hidden").mkdir()
    (corpus / ".hidden" / "x.txt").write_text("not read\n")
    check_outputs([str(corpus)], html=str(corpus / ".hidden" / "x.txt"))
    with pytest.raises(RunError, match="would overwrite an input article"):
        check_outputs([str(corpus / "**" / "*.md")], html=str(corpus / "sub" / "c.md"))
    with pytest.raises(RunError, match="would overwrite an input article"):
        check_outputs([str(corpus / "report.html")], html=str(corpus / "report.html"))  # named: always


# ---------------------------------------------------------------- 4. a run never reads its own outputs

def test_an_export_inside_its_corpus_never_reads_its_tables_or_report(run_cli, corpus):
    out, target = corpus / "tables", corpus / "report.html"
    for _ in range(2):
        result = run_cli("export", str(corpus), "--out", str(out), "--html", str(target), "-j", "1",
                         "--only", "mentions")
        assert result.exit_code == 0, result.stderr
        assert result.stderr.count("\n") == 1 and "0 skipped" in result.stderr  # the summary line only
        assert result.stderr.endswith(f" -> {out}; report -> {target}\n")
        assert docs_of(out) == [str(corpus / "a.txt"), str(corpus / "b.txt"), str(corpus / "sub" / "c.md")]
        assert target.read_text().count("<section") == 3


def test_show_never_reads_its_own_report(run_cli, corpus):
    target = corpus / "report.html"
    for _ in range(2):
        result = run_cli("show", str(corpus), "--html", str(target), "--only", "entities")
        assert result.exit_code == 0 and result.stderr == f"newsmine: report: 3 articles -> {target}\n"


def test_a_named_input_inside_out_is_a_usage_error(run_cli, corpus):
    result = run_cli("export", str(corpus / "sub"), "--out", str(corpus))
    assert result.exit_code == 2
    assert result.stderr == (f"newsmine: {corpus / 'sub'}: is inside --out {corpus}, whose files export never "
                             "reads; choose an --out outside the inputs\n")


# ---------------------------------------------------------------- 8. a full disk

def _no_space(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("fmt,method", [("csv", "write"), ("jsonl", "close")])
def test_a_full_disk_is_one_line_and_keeps_the_previous_tables(run_cli, corpus, tmp_path, monkeypatch, fmt, method):
    from newsmine import output

    out = tmp_path / "t"
    out.mkdir()
    (out / f"documents.{fmt}").write_text("previous\n")
    (out / "run.json").write_text("{}\n")
    table = {"csv": output.CsvTable, "jsonl": output.JsonlTable}[fmt]
    with monkeypatch.context() as patch:
        patch.setattr(table, method, _no_space)
        result = run_cli("export", str(corpus), "--out", str(out), "-j", "1", "--only", "mentions", "-f", fmt)
    assert result.exit_code == 2
    assert result.stderr == f"newsmine: {out}: cannot write the tables (No space left on device)\n"
    assert (out / f"documents.{fmt}").read_text() == "previous\n" and (out / "run.json").read_text() == "{}\n"
    assert not (out / LOCK_FILE).exists()
    resumed = run_cli("export", str(corpus), "--out", str(out), "-j", "1", "--only", "mentions", "-f", fmt,
                      "--resume")  # once there is room, the articles done are kept
    assert resumed.exit_code == 0, resumed.stderr
    assert "from the checkpoint" in resumed.stderr and len(docs_of(out, fmt)) == 3


# ---------------------------------------------------------------- 14, 16. the checkpoint

def _leave_a_checkpoint(out: Path, signature: dict, articles: int) -> None:
    work = out / WORK_DIR
    work.mkdir(parents=True)
    (work / "run.json").write_text(json.dumps(signature))
    (work / "checkpoint.jsonl").write_text("".join(json.dumps({"key": f"k{i}"}) + "\n" for i in range(articles)))


SIGNATURE = {"tables": ["entities", "quotes"], "model": None, "format": "csv", "raw": False,
             "keep_boilerplate": False, "parts": False, "max_chars": 5_000_000}


def test_resume_with_other_options_names_them_as_the_command_line_does(run_cli, corpus, tmp_path):
    out = tmp_path / "t"
    _leave_a_checkpoint(out, SIGNATURE, 2)
    result = run_cli("export", str(corpus), "--out", str(out), "--only", "entities,quotes", "-f", "jsonl", "--resume")
    assert result.exit_code == 2
    assert result.stderr == (f"newsmine: --resume: the checkpoint in {out} was made with -f csv, this run asks for "
                             "-f jsonl; run without --resume to start over\n")
    result = run_cli("export", str(corpus), "--out", str(out), "--raw", "--keep-boilerplate", "--resume")
    assert result.stderr == (f"newsmine: --resume: the checkpoint in {out} was made with --only entities,quotes "
                             "without --raw without --keep-boilerplate, this run asks for no --only --raw "
                             "--keep-boilerplate; run without --resume to start over\n")


def test_a_run_without_resume_says_it_discards_the_checkpoint(run_cli, corpus, tmp_path):
    out = tmp_path / "t"
    _leave_a_checkpoint(out, SIGNATURE, 2)
    result = run_cli("export", str(corpus), "--out", str(out), "-j", "1", "--only", "mentions")
    assert result.exit_code == 0
    assert result.stderr.startswith(f"newsmine: {out}: discarding the checkpoint of an interrupted run "
                                    "(2 articles); use --resume to continue it\n")
    assert not (out / WORK_DIR).exists()


# ---------------------------------------------------------------- smaller things

def test_throughput_is_recent_and_counts_only_analysed_articles():
    now = [0.0]
    rate = Throughput(clock=lambda: now[0])
    rate.start(2000)
    assert rate.rate() is None and rate.eta() is None
    for _ in range(10):         # 16 articles every 16 s: 1 a second
        now[0] += 16
        rate.add(16)
    assert rate.rate() == pytest.approx(1.0)
    for _ in range(20):         # then 16 every 2 s: the rate follows within the window
        now[0] += 2
        rate.add(16)
    assert rate.rate() == pytest.approx(8.0)
    assert rate.eta() == pytest.approx((2000 - 480) / 8.0)


def test_progress_counts_what_the_engine_analyses_not_the_checkpoint():
    progress = ExportProgress()
    seen = []

    def engine(todo, options):
        yield from ([Result(job, job, "ok")] for job in todo)

    counted = progress.counting(engine)
    for batch in counted(["a", "b", "c"], Options()):
        seen += batch
    assert len(seen) == 3 and progress.throughput.analysed == 3 and progress.throughput.todo == 3


def test_the_report_lists_entities_from_mention_rows_alone(run_cli, corpus, tmp_path, nlp):
    target = tmp_path / "r.html"
    result = run_cli("export", str(corpus / "a.txt"), "--out", str(tmp_path / "t"), "--html", str(target),
                     "-j", "1", "--only", "mentions")
    assert result.exit_code == 0, result.stderr
    page = target.read_text()
    assert "No entities found" not in page and '<table class="entities">' in page
    assert "<td>Angela Merkel</td><td>PERSON</td>" in page
    full = next(results([SEED], Options(), nlp=nlp))
    grouped = with_layer_tables({"mentions": full.rows["mentions"], "place_mentions": full.rows["place_mentions"]})
    assert grouped["entities"] == full.rows["entities"]
    assert [{k: v for k, v in row.items() if k != "first_start"} for row in grouped["places"]] == full.rows["places"]
