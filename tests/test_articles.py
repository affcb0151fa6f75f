"""The one per-article path: inputs in order, failures in place, the one exit-code policy."""
from __future__ import annotations

import pytest

from newsmine import kinds
from newsmine.articles import (EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, Job, Options, Result, Tally, analyse,
                               document_row, plan, results)
from newsmine.sources import read_file
from tests.conftest import NEWS

OTHER = "Boris Johnson visited Kyiv on Tuesday.\n"


@pytest.fixture
def files(tmp_path):
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"text\x00\x01\x02")
    return tmp_path


def test_results_keep_input_order_with_failures_in_place(files, nlp):
    inputs = [str(files / "a.txt"), str(files / "missing.txt"), str(files / "binary.txt"), str(files / "b.txt")]
    found = list(results(inputs, Options(kinds=("entities",)), nlp=nlp))
    assert [(r.doc, r.status) for r in found] == [
        (inputs[0], "ok"), (inputs[1], "failed"), (inputs[2], "failed"), (inputs[3], "ok")]
    assert [r.error for r in found] == [None, "no such file or directory", "binary file, not text", None]
    assert [e["entity"] for e in found[3].rows["entities"]] == ["Boris Johnson", "Kyiv"]
    assert set(found[0].rows) == {"documents", "entities"}
    assert found[1].rows == {"documents": [{"doc": inputs[1], "title": None, "chars": None, "words": None,
                                            "status": "failed", "error": "no such file or directory",
                                            "date": None, "source": None, "url": None, "author": None}]}
    assert "entities" not in found[2].rows


def test_a_folder_skips_what_is_no_article(files, nlp):
    (files / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    found = list(results([str(files)], Options(kinds=("entities",)), nlp=nlp))
    assert [(r.doc, r.status) for r in found] == [
        (str(files / "a.txt"), "ok"), (str(files / "b.txt"), "ok"), (str(files / "binary.txt"), "failed"),
        (str(files / "photo.jpg"), "skipped")]
    assert found[3].error == "skipped: not an article file (.jpg)"


def test_rows_are_the_registrys_rows_of_the_parsed_article(files, nlp, make_doc):
    (result,) = results([str(files / "a.txt")], Options(kinds=("quotes", "mentions")), nlp=nlp)
    doc = make_doc(NEWS)
    for name, records in kinds.extract(doc, ["quotes", "mentions"]).items():
        assert result.rows[name] == [kinds.row_of(str(files / "a.txt"), r, kinds.KINDS[name]) for r in records]
    assert result.rows["documents"] == [document_row(str(files / "a.txt"), NEWS, "ok", None)]
    assert result.rows["documents"][0]["title"] == NEWS.strip()
    assert result.text is None  # only with keep_text


def test_reading_only_needs_no_model(files, monkeypatch):
    from newsmine import pipeline

    def no_model(*args, **kwargs):
        raise AssertionError("no model or parse is needed to read articles")

    monkeypatch.setattr(pipeline, "load", no_model)
    monkeypatch.setattr(pipeline, "parse", no_model)
    found = list(results([str(files / "b.txt"), str(files / "binary.txt")],
                         Options(kinds=(), keep_text=True), nlp=None))
    assert [(r.status, r.text) for r in found] == [("ok", OTHER), ("failed", None)]
    assert found[0].rows == {"documents": [{"doc": str(files / "b.txt"), "title": OTHER.strip(), "chars": len(OTHER),
                                            "words": 6, "status": "ok", "error": None,
                                            "date": None, "source": None, "url": None, "author": None}]}


def test_no_article_at_all_loads_no_model(tmp_path, monkeypatch):
    from newsmine import pipeline

    monkeypatch.setattr(pipeline, "load", lambda *a, **k: pytest.fail("loaded a model for nothing"))
    (tmp_path / "photo.jpg").write_bytes(b"\xff")
    found = list(results([str(tmp_path), str(tmp_path / "nope.txt")], Options()))
    assert [r.status for r in found] == ["skipped", "failed"]


def test_on_plan_hears_the_number_of_articles_first(files):
    heard = []
    found = results([str(files / "a.txt"), str(files / "nope.txt"), str(files / "b.txt")],
                    Options(kinds=()), on_plan=heard.append)
    assert heard == []  # a generator: nothing happens before the first result is asked for
    first = next(found)
    assert heard == [2] and first.status == "ok"
    assert [r.status for r in found] == ["failed", "ok"]


def test_plan_makes_jobs_in_order_and_results_for_what_cannot_be_one(files):
    items = list(plan([str(files / "b.txt"), str(files / "nope.txt")]))
    assert items[0] == Job(str(files / "b.txt"), str(files / "b.txt"))
    assert isinstance(items[1], Result) and items[1].status == "failed"


def test_stdin_bytes_are_read_like_a_file(nlp):
    page = ("<!doctype html><html><body><article><h1>Bridge to close</h1><p>"
            + "The council voted on Tuesday to close the old bridge to traffic. " * 6
            + "</p></article></body></html>").encode()
    (read,) = analyse([Job("-", None, b"Plain text from stdin.\n")], Options(kinds=(), keep_text=True), None)
    assert (read.doc, read.status, read.text) == ("-", "ok", "Plain text from stdin.\n")
    (html,) = analyse([Job("-", None, page)], Options(kinds=("entities",), keep_text=True), nlp)
    assert html.text.startswith("Bridge to close") and "<" not in html.text


def test_the_text_is_what_clean_reads(files, nlp):
    (result,) = results([str(files / "a.txt")], Options(kinds=("entities",), keep_text=True), nlp=nlp)
    assert result.text == read_file(files / "a.txt") == NEWS


# --- the one exit-code policy ---------------------------------------------------------------------

def tally_of(*statuses, quiet=False):
    tally = Tally(quiet=quiet)
    for i, status in enumerate(statuses):
        error = None if status == "ok" else f"why {i}"
        tally.add(Result(f"d{i}", "", status, {"documents": [document_row(f"d{i}", None, status, error)]}))
    return tally


@pytest.mark.parametrize("statuses, code", [
    (("ok",), EXIT_OK),
    (("ok", "skipped", "skipped"), EXIT_OK),      # files in a folder that are no articles
    (("ok", "failed"), EXIT_SOME_FAILED),
    (("failed", "skipped", "ok"), EXIT_SOME_FAILED),
    (("failed",), EXIT_USAGE),                    # nothing could be read
    (("failed", "skipped"), EXIT_USAGE),
    (("skipped",), EXIT_USAGE),
    ((), EXIT_USAGE),
])
def test_exit_codes(statuses, code):
    assert tally_of(*statuses, quiet=True).exit_code() == code
    assert (EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE) == (0, 1, 2)


def test_tally_says_what_failed_or_was_skipped_on_stderr(capsys):
    tally = tally_of("ok", "failed", "skipped")
    assert (tally.ok, tally.failed, tally.skipped) == (1, 1, 1)
    assert capsys.readouterr() == ("", "newsmine: d1: why 1\nnewsmine: d2: why 2\n")
    tally_of("failed", quiet=True)
    assert capsys.readouterr().err == ""


def test_no_article_at_all_says_so_once(capsys):
    assert tally_of("skipped", quiet=True).exit_code() == EXIT_USAGE
    assert capsys.readouterr().err == "newsmine: no input articles found\n"
    assert tally_of("failed", quiet=True).exit_code() == EXIT_USAGE
    assert capsys.readouterr().err == ""  # the failure itself was the message


def test_tasks_keep_every_job_in_order_and_shrink_toward_the_end():
    from newsmine.articles import TASK_ARTICLES, tasks

    todo = list(range(300))
    split = tasks(todo, 2)
    assert [job for task in split for job in task] == todo
    sizes = [len(task) for task in split]
    assert sizes[0] == TASK_ARTICLES and sizes == sorted(sizes, reverse=True) and sizes[-2] == 2
    assert tasks([], 2) == [] and [len(t) for t in tasks(list(range(5)), 4)] == [2, 2, 1]
