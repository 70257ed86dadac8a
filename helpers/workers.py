"""Local worker processes for the map over files: started early, dictionaries loaded once.

>>> with Workers(2) as pool:                      # doctest: +SKIP
...     lengths = pool.map(len, ["ab", "c"])

Every worker starts from a fresh interpreter, never from a copy of the caller, so the results are the same on
Linux, macOS and Windows. On Linux they are forked from a *fork server* (multiprocessing's "forkserver", the
default start method from Python 3.14): one fresh process that loads jieba's dictionaries and the place matcher
once (:mod:`helpers.preloaded`), then forks a worker with them ready whenever one is asked for, and is stopped
with the workers (:func:`stop_server`). Elsewhere they
are *spawned*, each loading the dictionaries itself (:func:`helpers.pipeline.prepare_worker`). The report
starts the fork server first thing (:func:`start_early`), and the workers before it imports pandas itself, so that
the start-ups overlap, and has them draw its figures once
the files are analysed. This module imports neither pandas nor jieba.
"""
from __future__ import annotations

import sys

from .reading import CorpusError

#: Below this many bytes to analyse, :func:`helpers.pipeline.run` analyses the files in this process: starting
#: processes (about a second, to import the package and load the dictionaries) would cost more than it saves.
#: (The report starts them for any corpus: they also draw its figures and write its tables while it gathers them.)
PROCESSES_FROM_BYTES = 600_000
#: How the worker processes start: "forkserver" where Python 3.14 makes it the default (Linux), else "spawn"
#: (macOS, where forking a process that loaded system libraries is unsafe, and Windows, which cannot fork).
START_METHOD = "forkserver" if sys.platform.startswith("linux") else "spawn"


def worth_starting(sizes: list[int], workers: int) -> bool:
    """True if files of these ``sizes`` (bytes) are worth sharing out between ``workers`` processes.

    >>> worth_starting([400_000, 400_000], 2), worth_starting([400_000, 400_000], 1), worth_starting([10], 2)
    (True, False, False)
    """
    return workers > 1 and len(sizes) > 1 and sum(sizes) >= PROCESSES_FROM_BYTES


class Workers:
    """``workers`` processes, started at once (the dictionaries load while the caller goes on), for :meth:`map`
    and :meth:`submit`; closed with :meth:`close` or at the end of a ``with`` block.

    ``then`` names a module of the package (``"plotting"``) for what comes after the files: one more process
    (:meth:`submit_then`) is started, and imports it, once the last jobs of a map are running, while the workers
    finish them. (The report's figures are drawn there, one after the other as they are made, while the workers
    find the keywords: matplotlib imported once, rather than by every worker at once, at the end, as they took the
    figures in turn. Imported by the fork server instead, before forking the workers, it would save the extra
    process, but the report would wait for it at the start: measured, 0.2 s more in all.)"""

    def __init__(self, workers: int, then: str | None = None):
        import threading
        from concurrent.futures import ProcessPoolExecutor

        self.workers, self.then, self.after = workers, then, None
        self.ours = not server_running()  # a fork server started here is stopped here (see close)
        self.pool = ProcessPoolExecutor(workers, mp_context=_context(START_METHOD), initializer=_prepare)
        # A process is started for each task submitted while none is idle; starting one waits for the fork server
        # to be ready, so they are started from a thread while the caller goes on.
        threading.Thread(target=self._start, daemon=True).start()

    def _start(self) -> None:
        try:
            for _ in range(self.workers):
                self.pool.submit(_ready)
        except RuntimeError:  # closed before they all started: nothing left to start them for
            pass

    def map(self, function, jobs: list, size=len, each=None) -> list:
        """``[function(job) for job in jobs]``, in order; the largest jobs (by ``size``) are started first,
        so that no long one is left for last; ``each`` as for :func:`largest_first`."""
        from concurrent.futures.process import BrokenProcessPool

        def run(ordered: list):
            return self._then_at_the_end(self.pool.map(function, ordered), len(ordered))  # as they come back

        try:
            return largest_first(jobs, size, run, each)
        except BrokenProcessPool:
            raise CorpusError("the worker processes stopped before they finished (out of memory, or started "
                              "from a script that runs the report again when imported): in a script, put the "
                              "call under `if __name__ == \"__main__\":`, or use workers=1.") from None

    def _then_at_the_end(self, results, jobs: int):
        """The ``results`` of a map of ``jobs`` as they come; the process for ``then`` is started once the last jobs
        are running (the others' results in), none left waiting: it would take the workers' time before."""
        for i, result in enumerate(results):
            if i == max(jobs - self.workers, 0):
                self._start_then()
            yield result

    def submit(self, function, *args, **kwargs):
        """``function(*args, **kwargs)`` in one of the processes: a future of its result."""
        return self.pool.submit(function, *args, **kwargs)

    def submit_then(self, function, *args, **kwargs):
        """``function(*args, **kwargs)`` in the process for what comes after the files, which has imported ``then``
        (in the order they are submitted): a future of its result."""
        self._start_then()
        return self.after.submit(function, *args, **kwargs)

    def _start_then(self) -> None:
        """Start the process for what comes after the files (once): forked from the fork server it has the
        dictionaries, and only imports ``then``; spawned, it loads no dictionary."""
        from concurrent.futures import ProcessPoolExecutor

        if self.then and self.after is None:
            self.after = ProcessPoolExecutor(1, mp_context=_context(START_METHOD), initializer=_prepare_then,
                                             initargs=(self.then,))
            self.after.submit(_ready)  # started now, importing ``then`` while the workers finish their files

    def close(self, finish: bool = True) -> None:
        """Stop the processes, once they have done all they were given (``finish``) or only the files they are
        analysing now (after an error or Ctrl-C: the rest is dropped), then the fork server they came from.
        (Stopping a process in the middle of a file could leave half its result in the pipe, which
        concurrent.futures would wait for forever.)"""
        self.pool.shutdown(wait=True, cancel_futures=not finish)
        if self.after is not None:
            self.after.shutdown(wait=True, cancel_futures=not finish)
        if self.ours:
            stop_server()

    def __enter__(self):
        return self

    def __exit__(self, kind, *exc):
        self.close(finish=kind is None)


def start_server(preload: list[str]) -> None:
    """Start multiprocessing's fork server now, importing the modules of ``preload`` (unless one runs already):
    it loads them while this process goes on, and the processes it forks later start with them."""
    import multiprocessing
    from multiprocessing import forkserver

    multiprocessing.get_context("forkserver").set_forkserver_preload(preload)
    forkserver.ensure_running()


def start_early() -> bool:
    """Start the fork server of :data:`START_METHOD` now (where it is one and none runs), preloading what the workers
    need, so that it loads while the caller goes on: True if started here (the caller stops it, :func:`stop_server`)."""
    if START_METHOD != "forkserver" or server_running():
        return False
    start_server([f"{__package__}.preloaded"])   # what _context preloads for the workers
    return True


def server_running() -> bool:
    """True if this process has a fork server running (started by the package, or by the caller's own process
    pools: from Python 3.14 it is their default on Linux)."""
    from multiprocessing import forkserver

    return getattr(forkserver._forkserver, "_forkserver_pid", None) is not None


def stop_server(at_once: bool = False) -> None:
    """Stop the fork server of this process, if any, once no worker of it is left: it holds the dictionaries
    (hundreds of MB), and a notebook's kernel would keep it as long as it runs. The next workers start a new one.
    Only for a server the package started (:func:`server_running` was False before): the caller's own pools
    may be using theirs. ``at_once``: without waiting for it to finish loading (it would only then see it is told to
    stop), for a server started early and not needed (:func:`start_early`)."""
    import os
    import signal
    from multiprocessing import forkserver

    stop = getattr(forkserver._forkserver, "_stop", None)  # multiprocessing's own (its tests stop it so)
    if stop is None:
        return
    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if at_once and pid is not None:
        os.kill(pid, signal.SIGTERM)
    stop()


def _context(method: str):
    """The multiprocessing context of ``method``; a fork server preloads :mod:`helpers.preloaded`."""
    import multiprocessing

    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload([f"{__package__}.preloaded"])
    return context


def _prepare() -> None:
    import gc

    from .pipeline import prepare_worker

    _ours()
    prepare_worker()
    gc.freeze()  # (as helpers.preloaded does) the dictionaries live as long as the worker: never collected


def _prepare_then(module: str) -> None:
    _ours()
    load(module)


def _ours() -> None:
    """Set up a worker process of ours (not a Dask worker's: its process is not ours to cut short)."""
    import atexit
    import os
    import signal

    # Ctrl-C in a terminal reaches every process of the command: the command stops the workers itself
    # (Workers.close), which would otherwise each print a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # When told to stop, a spawned worker of ours has sent every result: it leaves at once, without tearing its
    # memory (hundreds of MB of dictionaries and tables) down object by object, which the report would wait for
    # (a forked one leaves so anyway).
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


def load(module: str) -> None:
    """Import ``module`` of the package (``"plotting"``)."""
    from importlib import import_module

    import_module(f"{__package__}.{module}")


def _ready() -> None:
    """A task that does nothing: submitted to start a process."""
