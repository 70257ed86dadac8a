"""Local worker processes for the map over files: spawned, started early, dictionaries loaded once each.

>>> with Workers(2) as pool:                      # doctest: +SKIP
...     lengths = pool.map(len, ["ab", "c"])

Processes are *spawned* (fresh interpreters, as on macOS and Windows), never forked, so the results are
the same everywhere. Each loads jieba's dictionaries and the place matcher once, when it starts
(:func:`helpers.pipeline.prepare_worker`); the report starts them before it imports pandas itself, so
that the two start-ups overlap, and has them draw its figures once the files are analysed. This module
imports neither pandas nor jieba.
"""
from __future__ import annotations

from .reading import CorpusError

#: Below this many bytes to analyse, starting processes (a second each, to import the package and load the
#: dictionaries) costs more than it saves: the files are analysed in this process.
PROCESSES_FROM_BYTES = 600_000


def worth_starting(sizes: list[int], workers: int) -> bool:
    """True if files of these ``sizes`` (bytes) are worth sharing out between ``workers`` processes.

    >>> worth_starting([400_000, 400_000], 2), worth_starting([400_000, 400_000], 1), worth_starting([10], 2)
    (True, False, False)
    """
    return workers > 1 and len(sizes) > 1 and sum(sizes) >= PROCESSES_FROM_BYTES


class Workers:
    """``workers`` spawned processes, started at once (each loads the dictionaries while the caller goes
    on), for :meth:`map` and :meth:`submit`; closed with :meth:`close` or at the end of a ``with`` block.

    ``then`` names a function of the package (``"report.load_plotting"``) that the processes run once the
    jobs of a map are all handed out: what comes next is loaded by a process that would wait idle for the
    last job of the others."""

    def __init__(self, workers: int, then: str | None = None):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.workers, self.then = workers, then
        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_prepare)
        for _ in range(workers):  # a process is started for each task submitted while none is idle
            self.pool.submit(_ready)

    def map(self, function, jobs: list, size=len, each=None) -> list:
        """``[function(job) for job in jobs]``, in order; the largest jobs (by ``size``) are started first,
        so that no long one is left for last; ``each`` as for :func:`largest_first`."""
        from concurrent.futures.process import BrokenProcessPool

        def run(ordered: list):
            running = self.pool.map(function, ordered)
            for _ in range(self.workers if self.then else 0):
                self.pool.submit(call, self.then)
            return running  # the results as they come back

        try:
            return largest_first(jobs, size, run, each)
        except BrokenProcessPool:
            raise CorpusError("the worker processes stopped before they finished (out of memory, or started "
                              "from a script that runs the report again when imported): in a script, put the "
                              "call under `if __name__ == \"__main__\":`, or use workers=1.") from None

    def submit(self, function, *args, **kwargs):
        """``function(*args, **kwargs)`` in one of the processes: a future of its result."""
        return self.pool.submit(function, *args, **kwargs)

    def close(self) -> None:
        """Let the processes go without waiting for them to exit."""
        self.pool.shutdown(wait=False, cancel_futures=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _prepare() -> None:
    import atexit
    import os

    from .pipeline import prepare_worker

    prepare_worker()
    # When told to stop, a worker of ours has sent every result: it leaves at once, without tearing its memory
    # (hundreds of MB of dictionaries and tables) down object by object, which the report would wait for. (Not
    # done to a Dask worker: its process is not ours to cut short.)
    atexit.register(os._exit, 0)


def largest_first(jobs: list, size, run, each=None) -> list:
    """``run(jobs)`` with the jobs handed to it largest first (by ``size``), so that no long one is left for
    last; the results come back in the order of ``jobs``. ``each(i, result)``, if given, is what is kept of the
    result of ``jobs[i]``, taken as soon as it comes back (while the other jobs run).

    >>> largest_first(["a", "ccc", "bb"], len, lambda ordered: [job.upper() for job in ordered])
    ['A', 'CCC', 'BB']
    """
    order = sorted(range(len(jobs)), key=lambda i: -size(jobs[i]))
    results: list = [None] * len(jobs)
    for i, result in zip(order, run([jobs[i] for i in order])):
        results[i] = each(i, result) if each else result
    return results


def call(function: str, *args, **kwargs):
    """``function(*args, **kwargs)``, the function named inside the package (``"maps.tile_map"``): a process
    that only names it never imports its module."""
    from importlib import import_module

    module, name = function.rsplit(".", 1)
    return getattr(import_module(f"{__package__}.{module}"), name)(*args, **kwargs)


def _ready() -> None:
    """A task that does nothing: submitted to start a process."""
