"""The map over files on a Dask cluster: :class:`DaskWorkers` (the report's ``--scheduler``), :func:`map_dask`.

    pip install "zh-news-notebooks[dask]"
    python -m helpers report PATH --out DIR --scheduler local          # a LocalCluster of --workers processes
    python -m helpers report PATH --out DIR --scheduler tcp://host:8786

Every worker needs this package installed. This module imports neither pandas nor Dask until it is used, so that a
local cluster's fork server starts loading while the caller imports them (:class:`dask_client`).
"""
from __future__ import annotations

from .reading import CorpusError


def map_dask(function, jobs: list, scheduler: str, workers: int = 2) -> list:
    """``[function(job) for job in jobs]`` on a Dask cluster: ``scheduler`` is its address, or
    ``"local"`` to start a :class:`dask.distributed.LocalCluster` of ``workers`` processes here.

    Needs ``pip install "zh-news-notebooks[dask]"``; every worker needs this package installed.
    """
    if not jobs:
        return []
    with dask_client(scheduler, workers) as client:
        return map_on(client, function, jobs)


def map_on(client, function, jobs: list, size=None, then: tuple[str, str] | None = None, each=None) -> list:
    """``[function(job) for job in jobs]`` on the workers of a ``dask.distributed.Client``, the largest first;
    ``then``, a module of the package and a worker's address, is imported by that worker once it has no job left."""
    from .pipeline import _size, prepare_worker
    from .workers import largest_first, load

    def run(ordered: list):
        from distributed import fire_and_forget

        running = client.map(function, ordered, pure=False)
        if then:  # once it has no job left (a future nobody holds is a task Dask drops: this one must run)
            module, address = then
            fire_and_forget(client.submit(load, module, pure=False, workers=[address], priority=-1))
        return (future.result() for future in running)  # each as it comes back, while the others run

    client.run(prepare_worker)
    return largest_first(jobs, size or _size, run, each)


class DaskWorkers:
    """The workers of a Dask cluster (``scheduler`` "local" or an address), with the interface of
    :class:`helpers.workers.Workers`: :meth:`map`, :meth:`submit` (a future), :meth:`close`. The report keeps
    one open from its first file to its last figure. It connects (and starts a local cluster) in a thread,
    while the caller goes on; the first call waits for it, and raises its error if it could not. ``then``, a module
    of the package, is imported by one of the workers once it has no file left: :meth:`submit_then` runs there."""

    def __init__(self, scheduler: str, workers: int = 2, then: str | None = None):
        from concurrent.futures import ThreadPoolExecutor

        self.then, self._then_worker = then, None
        thread = ThreadPoolExecutor(1)
        self._connecting = thread.submit(self._connect, scheduler, workers, then)
        thread.shutdown(wait=False)  # the thread ends once connected

    @staticmethod
    def _connect(scheduler: str, workers: int, then: str | None):
        connection = dask_client(scheduler, workers)
        from .pipeline import prepare_worker

        client = connection.__enter__()
        client.run(prepare_worker)  # at once on a local cluster, whose workers are forked ready (see dask_client)
        return connection, client

    @property
    def client(self):
        return self._connecting.result()[1]

    def map(self, function, jobs: list, size=len, each=None) -> list:
        return map_on(self.client, function, jobs, size, self._then(), each)

    def submit(self, function, *args, **kwargs):
        return self.client.submit(function, *args, pure=False, **kwargs)

    def submit_then(self, function, *args, **kwargs):
        """:meth:`submit` to the worker that imports ``then`` (see :class:`helpers.workers.Workers`)."""
        then = self._then()
        return self.client.submit(function, *args, pure=False, workers=then and [then[1]], **kwargs)

    def _then(self) -> tuple[str, str] | None:
        """``then`` and the address of the worker that imports it (the same every time)."""
        if self.then is None:
            return None
        if self._then_worker is None:
            self._then_worker = max(self.client.scheduler_info()["workers"])
        return self.then, self._then_worker

    def close(self, finish: bool = True) -> None:
        """Close the client, and the local cluster if it started one (its workers stop either way)."""
        if self._connecting.exception() is None:
            self._connecting.result()[0].__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


#: What a local cluster's processes do on their own between tasks, made rarer: the workers' statistical profiler
#: (every 10 ms, for the dashboard, off here: 5% of their time), every process's check that its event loop is
#: alive (every 20 ms), the readings of its CPU, memory, disk and network (every 0.5 s, for the dashboard) and of
#: its memory against the limits (every 0.1 s). Each wakes a worker's event loop, which takes Python's lock from
#: the thread analysing a file.
QUIET = {"distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "500ms",
         "distributed.admin.system-monitor.interval": "5s", "distributed.worker.memory.monitor-interval": "1s"}


class dask_client:
    """A ``dask.distributed.Client`` for ``scheduler`` ("local" or an address), closed on exit.

    A local cluster's worker processes start as :class:`helpers.workers.Workers` do: on Linux forked from a
    fork server that has imported Dask and loaded the dictionaries once, elsewhere spawned. (Importing what
    comes next there too, matplotlib for the figures, delayed the cluster's start more than it saved: measured,
    0.17 s later in all, now that the dictionaries' fork server imports no pandas.)"""

    def __init__(self, scheduler: str, workers: int = 2):
        from importlib.util import find_spec

        from .workers import START_METHOD, server_running, start_server

        if find_spec("distributed") is None:
            raise CorpusError('--scheduler needs Dask: pip install "zh-news-notebooks[dask]"')
        self.ours = scheduler == "local" and START_METHOD == "forkserver" and not server_running()
        if self.ours:  # loading while this process imports Dask; stopped on exit
            start_server(["distributed", f"{__package__}.preloaded"])
        import dask
        from dask.distributed import Client, LocalCluster

        self.cluster = None
        if scheduler == "local":
            with dask.config.set({"distributed.worker.multiprocessing-method": START_METHOD, **QUIET}):
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                            dashboard_address=None, silence_logs=40)
            self.client = Client(self.cluster)
        else:
            try:
                self.client = Client(scheduler, timeout="20s")
            except (OSError, TimeoutError) as error:
                raise CorpusError(f"cannot reach the Dask scheduler at {scheduler} ({error}): start it with "
                                  "`dask scheduler` and give the address it prints.") from None

    def __enter__(self):
        return self.client

    def __exit__(self, *exc):
        from .workers import stop_server

        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        if self.ours:
            stop_server()
