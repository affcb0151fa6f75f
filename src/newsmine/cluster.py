"""`newsmine export --scheduler ADDRESS`: the per-article work on a Dask distributed cluster.

An engine for `run_export(results=...)`: batches of articles become Dask tasks, each worker
loads the spaCy model once (a worker plugin, also re-run on a restarted worker), and batches
come back in input order with at most a small window of batches in flight, so memory stays
bounded however large the corpus. Checkpoint, resume and table writing stay in `run_export`, so
the tables equal those of a local run.

Faults: every batch is one task with its own key; the scheduler re-runs the task of a worker
that died, and we read each key's result exactly once, so no article is lost or duplicated.
A scheduler that cannot be reached within CONNECT_TIMEOUT seconds is an RunError.

Dask is imported only here, and this module only when --scheduler is used. From a Python
script, `engine("local:N")` spawns worker processes, so call it under `if __name__ == "__main__":`.
"""
from __future__ import annotations

import dataclasses
import logging
import os
import threading
import uuid
from collections import deque
from typing import Iterator

from .articles import Job, Options, Result, RunError, analyse, tasks

try:  # the plugin's base class; engine() reports a missing Dask before anything needs it
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - exercised with a monkeypatched import in the tests
    WorkerPlugin = object

CONNECT_TIMEOUT = 10.0  # seconds to reach a scheduler before giving up
# Worker settings for local:N (and the README's advice for real clusters). Dask's nannies set
# MALLOC_TRIM_THRESHOLD_, which switches off glibc's adaptive mmap threshold: every large array
# spaCy allocates is then mmapped and unmapped again (about 12% more CPU, all system time). The
# statistical profiler samples the parsing thread's stack every 10 ms for a dashboard nobody sees.
WORKER_CONFIG = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
                 "distributed.worker.profile.enabled": False}
INSTALL_HINT = "--scheduler needs Dask: install newsmine[dask] (pip install 'newsmine[dask]')"


class ModelPlugin(WorkerPlugin):
    """Loads the spaCy model once per worker, when the worker starts or joins the run."""

    idempotent = True  # registered again by a later run: keep the loaded model

    def __init__(self, model: str | None):
        self.model = model
        self.name = plugin_name(model)

    def setup(self, worker=None):
        from .pipeline import load

        self.nlp = load(self.model)
        self.lock = threading.Lock()  # a worker with several threads parses one batch at a time


def plugin_name(model: str | None) -> str:
    return f"newsmine-model:{model or 'default'}"


def run_batch(jobs: list[Job], options: Options) -> list[Result]:
    """The task: one batch of articles on a worker, with the model its plugin loaded."""
    from distributed import get_worker

    plugin = get_worker().plugins[plugin_name(options.model)]
    with plugin.lock:
        return list(analyse(jobs, options, plugin.nlp))


def _require_dask() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise RunError(INSTALL_HINT) from None


def engine(address: str, *, timeout: float = CONNECT_TIMEOUT) -> "DaskEngine":
    """Connect to `address` (or start `local:N`) now, so a bad address fails before any work."""
    _require_dask()
    import dask
    from distributed import Client, LocalCluster

    address = address.strip()
    if address == "local" or address.startswith("local:"):
        count = address.partition(":")[2] or str(os.cpu_count() or 1)
        if not count.isdigit() or int(count) < 1:
            raise RunError(f"--scheduler {address}: expected local:N with N worker processes, e.g. local:4")
        with dask.config.set(WORKER_CONFIG):
            cluster = LocalCluster(n_workers=int(count), threads_per_worker=1, processes=True, host="127.0.0.1",
                                   dashboard_address=":0",  # any free port: never clash
                                   silence_logs=logging.ERROR)  # stderr is ours: no INFO/WARNING chatter
        return DaskEngine(Client(cluster, set_as_default=False), cluster, address)
    _probe(address, timeout)
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except Exception as exc:
        raise RunError(f"cannot reach the Dask scheduler at {address} ({_first_line(exc)})") from None
    return DaskEngine(client, None, address)


def _probe(address: str, timeout: float) -> None:
    """Connect once without a Client: a failed Client lingers in its finaliser for 20 s more."""
    import asyncio

    from distributed.comm import connect

    async def probe():
        comm = await connect(address, timeout=timeout)
        await comm.close()

    try:
        asyncio.run(probe())
    except (OSError, ValueError) as exc:  # refused, timed out, unknown host, bad scheme
        raise RunError(f"cannot reach the Dask scheduler at {address} ({_first_line(exc)})") from None
    except Exception:  # something answered, but not in Dask's protocol
        raise RunError(f"cannot reach the Dask scheduler at {address} (the server there does not "
                          "speak Dask's protocol)") from None


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200] or type(exc).__name__


def _absolute(job: Job) -> Job:
    """Workers have their own working directory: send them absolute paths (`doc` stays as given)."""
    return job if job.path is None else dataclasses.replace(job, path=os.path.abspath(job.path))


class DaskEngine:
    """`(todo, options) -> batches of results in input order`, on one Dask client."""

    def __init__(self, client, cluster, address: str):
        self.client, self.cluster, self.address = client, cluster, address
        # a lost scheduler is our one error line, not also the client's reconnect traceback
        self._client_log = logging.getLogger("distributed.client")
        self._client_level = self._client_log.level
        self._client_log.setLevel(logging.CRITICAL)

    def __call__(self, todo: list[Job], options: Options) -> Iterator[list[Result]]:
        return self._results(todo, options)

    def _results(self, todo: list[Job], options: Options) -> Iterator[list[Result]]:
        in_flight: deque = deque()
        try:
            self._load_model(options)
            todo = [_absolute(job) for job in todo]
            batches = tasks(todo, sum(self.client.nthreads().values()))
            run = uuid.uuid4().hex[:12]
            submitted = 0
            while submitted < len(batches) or in_flight:
                window = self._window()
                while submitted < len(batches) and len(in_flight) < window:
                    future = self.client.submit(run_batch, batches[submitted], options,
                                                key=f"newsmine-{run}-{submitted:09d}")
                    in_flight.append((future, batches[submitted]))
                    submitted += 1
                yield self._result(*in_flight.popleft())
        finally:
            for future, _ in in_flight:
                future.cancel()
            self.close()

    def _load_model(self, options: Options) -> None:
        from .pipeline import ModelError

        try:
            self.client.register_plugin(ModelPlugin(options.model))
        except ModelError as exc:
            raise RunError(f"a Dask worker cannot load the model: {exc}") from None

    def _window(self) -> int:
        """Batches in flight: two per worker thread, so no worker waits for its next batch."""
        return 2 * sum(self.client.nthreads().values()) + 2

    def _result(self, future, batch: list[Job]) -> list[Result]:
        from distributed import KilledWorker
        from distributed.client import FutureCancelledError

        try:
            return future.result()
        except KilledWorker as exc:
            raise RunError(f"the batch of articles {batch[0].doc} .. {batch[-1].doc} killed "
                              f"{exc.allowed_failures + 1} Dask workers in turn (out of memory?); "
                              "--resume keeps the finished articles") from None
        except (FutureCancelledError, OSError, TimeoutError) as exc:
            raise RunError(f"lost the Dask scheduler at {self.address} ({_first_line(exc)}); "
                              "--resume keeps the finished articles") from None
        finally:
            future.release()

    def close(self) -> None:
        try:
            self.client.close()
            if self.cluster is not None:
                self.cluster.close()
        finally:
            self._client_log.setLevel(self._client_level)
