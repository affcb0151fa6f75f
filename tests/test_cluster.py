"""`newsmine export --scheduler`: the Dask engine writes the tables a local `--jobs 1` run writes.

Clusters here are real: worker processes on loopback, started by the tests.
"""
from __future__ import annotations

import os
import signal
import sys
import time

import pytest

from newsmine.articles import Options
from newsmine.export import run_export

PEOPLE = ["Angela Merkel", "Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni", "Pedro Sanchez",
          "Keir Starmer", "Ursula von der Leyen", "Mark Rutte"]
CITIES = ["Paris", "Berlin", "Rome", "Madrid", "London", "Brussels", "Warsaw", "Vienna"]
TABLES = ("documents", "entities", "mentions", "places", "figures", "quotes")


def article(i: int) -> str:
    a, b = PEOPLE[i % len(PEOPLE)], PEOPLE[(i * 3 + 1) % len(PEOPLE)]
    city = CITIES[(i * 5) % len(CITIES)]
    return (f"{a} meets {b} in {city}\n\n"
            f"{a} met {b} in {city} on Monday to discuss a fund of ${i + 2} million.\n\n"
            f"\"We agreed on almost everything,\" {a.split()[-1]} said. Prices rose {i % 9 + 1}% "
            f"last year, and more than {(i + 1) * 150} workers went on strike in {city}.\n")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """48 small articles (6 batches) and one unreadable file, in a known input order."""
    root = tmp_path_factory.mktemp("corpus")
    for i in range(48):
        (root / f"{i:02d}.txt").write_text(article(i), encoding="utf-8")
    (root / "25b.txt").write_bytes(b"\x00\x01binary\x00")
    return root


def tables_of(out) -> dict[str, bytes]:
    return {t: (out / f"{t}.csv").read_bytes() for t in TABLES}


@pytest.fixture(scope="module")
def local_tables(corpus, tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("local")
    run_export([str(corpus)], out, options=Options(), jobs=1)
    tables = tables_of(out)
    docs = tables["documents"].decode().splitlines()
    assert len(docs) == 50 and docs[1].startswith(str(corpus / "00.txt") + ",")
    assert ",failed," in tables["documents"].decode() and tables["quotes"].count(b"\n") > 40
    return tables


@pytest.fixture(scope="module")
def dask_cluster():
    """Two single-threaded worker processes (each with a nanny that restarts it) on loopback."""
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=":0")
    client = distributed.Client(cluster, set_as_default=False)
    client.wait_for_workers(2, timeout=60)
    yield cluster, client
    client.close()
    cluster.close()


def test_tables_on_a_cluster_equal_a_local_run(run_cli, corpus, local_tables, dask_cluster, tmp_path):
    cluster, client = dask_cluster
    out = tmp_path / "dask"
    result = run_cli("export", str(corpus), "--out", str(out), env={"NEWSMINE_SCHEDULER": cluster.scheduler_address})
    assert result.exit_code == 1, result.stderr  # the unreadable file is a failed row, as locally
    assert tables_of(out) == local_tables
    assert "export: 48 articles ok, 1 failed, 0 skipped" in result.stderr

    def model_of_plugin(dask_worker):
        from newsmine.pipeline import load

        return dask_worker.plugins["newsmine-model:default"].nlp is load()

    # each worker process holds the model its plugin loaded: the one `load` gives in that process
    assert client.run(model_of_plugin) == {address: True for address in client.run(os.getpid)}


def test_workers_read_relative_inputs_from_the_clients_directory(run_cli, corpus, dask_cluster, tmp_path,
                                                                monkeypatch):
    cluster, _ = dask_cluster
    monkeypatch.chdir(corpus.parent)  # the workers' working directory is another one
    name = f"{corpus.name}/07.txt"
    result = run_cli("export", name, "--out", str(tmp_path / "rel"), "--only", "entities",
                     "--scheduler", cluster.scheduler_address)
    assert result.exit_code == 0, result.stderr
    import csv

    with open(tmp_path / "rel" / "documents.csv", newline="") as f:
        (row,) = csv.DictReader(f)
    assert (row["doc"], row["status"], row["error"]) == (name, "ok", "")


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(corpus, local_tables, dask_cluster, tmp_path):
    from newsmine import cluster as dask_engine

    cluster, client = dask_cluster
    before = client.run(os.getpid)
    killed = {}

    def kill_a_busy_worker(result, done, total):
        if done != 2:
            return
        for _ in range(200):  # the first batch is back; find a worker that holds a later one
            busy = [w for w, keys in client.processing().items() if any(str(k).startswith("newsmine-") for k in keys)]
            if busy:
                killed[busy[0]] = before[busy[0]]
                os.kill(before[busy[0]], signal.SIGKILL)
                return
            time.sleep(0.01)

    out = tmp_path / "killed"
    summary = run_export([str(corpus)], out, options=Options(),
                         results=dask_engine.engine(cluster.scheduler_address), on_result=kill_a_busy_worker)
    assert killed, "no worker was busy with a batch"
    assert (summary.tally.ok, summary.tally.failed) == (48, 1)
    assert tables_of(out) == local_tables
    client.wait_for_workers(2, timeout=60)
    assert set(client.run(os.getpid).values()) != set(before.values())  # the nanny started a new worker


def test_local_n_starts_a_cluster_of_processes(run_cli, corpus, tmp_path):
    pytest.importorskip("distributed")
    inputs = [str(corpus / f"{i:02d}.txt") for i in (3, 1, 2, 0)] + [str(corpus / "25b.txt")]
    run_export(inputs, tmp_path / "local", options=Options(), jobs=1)
    result = run_cli("export", *inputs, "--out", str(tmp_path / "local2"), "--scheduler", "local:2")
    assert result.exit_code == 1, result.stderr
    assert result.stderr.startswith("newsmine: ") and result.stderr.count("\n") == 2  # failed file, summary
    assert tables_of(tmp_path / "local2") == tables_of(tmp_path / "local")


def test_an_unreachable_scheduler_is_one_line_and_exit_2(run_cli, corpus, tmp_path):
    pytest.importorskip("distributed")
    from newsmine.cluster import CONNECT_TIMEOUT

    started = time.monotonic()
    result = run_cli("export", str(corpus / "00.txt"), "--out", str(tmp_path / "t"), "--scheduler", "tcp://127.0.0.1:1")
    seconds = time.monotonic() - started
    assert result.exit_code == 2
    assert result.stderr.startswith("newsmine: cannot reach the Dask scheduler at tcp://127.0.0.1:1 (")
    assert result.stderr.count("\n") == 1 and result.stdout == ""
    # gives up after about CONNECT_TIMEOUT, not at once nor never: Dask's own timer may fire a few
    # milliseconds early on a loaded machine (CI measured 9.95 s for 10)
    assert CONNECT_TIMEOUT - 1 <= seconds < CONNECT_TIMEOUT + 3
    assert not (tmp_path / "t").exists()  # nothing was written


def test_a_bad_local_spec_is_a_usage_error(run_cli, corpus, tmp_path):
    pytest.importorskip("distributed")
    result = run_cli("export", str(corpus / "00.txt"), "--out", str(tmp_path / "t"), "--scheduler", "local:0")
    assert result.exit_code == 2
    assert result.stderr == ("newsmine: --scheduler local:0: expected local:N with N worker processes, "
                             "e.g. local:4\n")


def test_without_dask_the_scheduler_option_names_the_extra(run_cli, corpus, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "dask", None)  # `import dask` now raises ImportError
    monkeypatch.setitem(sys.modules, "distributed", None)
    result = run_cli("export", str(corpus / "00.txt"), "--out", str(tmp_path / "t"), "--scheduler", "local:2")
    assert result.exit_code == 2
    assert result.stderr == ("newsmine: --scheduler needs Dask: install newsmine[dask] "
                             "(pip install 'newsmine[dask]')\n")
    assert not (tmp_path / "t").exists()
