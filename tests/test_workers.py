"""helpers.workers: the local worker processes start from a fresh interpreter that has the dictionaries ready."""
import io
import multiprocessing
import sys

import pytest

from helpers import workers


def _started_with() -> tuple[bool, int]:
    """In a worker: was the fork server's preload there, and how many dictionaries had it loaded?"""
    from helpers import segment

    return "helpers.preloaded" in sys.modules, segment._tokenizers.cache_info().currsize


def test_linux_forks_workers_from_a_server_that_loaded_the_dictionaries():
    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork server on this platform: the workers are spawned")
    assert workers.START_METHOD == ("forkserver" if sys.platform.startswith("linux") else "spawn")
    with workers.Workers(1) as pool:
        preloaded, dictionaries = pool.submit(_started_with).result()
    assert preloaded and dictionaries == 1


def _plotting_loaded() -> bool:
    return "matplotlib.pyplot" in sys.modules


@pytest.mark.parametrize("method", sorted({workers.START_METHOD, "spawn"}))
def test_what_comes_after_the_files_runs_in_one_more_process_that_imports_it(monkeypatch, method):
    """The report's figures are drawn by one process that imports matplotlib once the workers are on their last
    files (not the fork server: the report would wait for it before the first file; not every worker at once)."""
    import os

    monkeypatch.setattr(workers, "START_METHOD", method)
    with workers.Workers(1, then="plotting") as pool:
        assert pool.after is None  # not before the files
        assert pool.map(str.upper, ["a", "bc"]) == ["A", "BC"]
        assert pool.after is not None
        assert pool.submit_then(_plotting_loaded).result()
        assert not pool.submit(_plotting_loaded).result()  # the workers never import it
        assert pool.submit_then(os.getpid).result() != pool.submit(os.getpid).result()


def test_the_process_for_what_comes_next_starts_once_the_last_jobs_are_running(monkeypatch):
    """Started before, it would take the workers' time while jobs are still waiting for them."""
    pool = workers.Workers.__new__(workers.Workers)
    pool.workers, pool.then, pool.after = 2, "plotting", None
    started = []
    monkeypatch.setattr(pool, "_start_then", lambda: started.append(len(seen)))
    seen = []
    for result in pool._then_at_the_end(iter(range(5)), 5):
        seen.append(result)
    assert seen == [0, 1, 2, 3, 4] and started == [3]  # with the results of 3 jobs in, the last 2 are running


def test_spawned_workers_load_the_dictionaries_themselves(monkeypatch):
    monkeypatch.setattr(workers, "START_METHOD", "spawn")
    with workers.Workers(1) as pool:
        preloaded, dictionaries = pool.submit(_started_with).result()
    assert not preloaded and dictionaries == 1


def test_workers_closed_at_once_leave_no_error_behind(capfd):
    """The processes are started from a thread: closing before they are all started is not an error."""
    for _ in range(3):
        workers.Workers(2).close()
    assert "Traceback" not in capfd.readouterr().err


def test_the_fork_server_holding_the_dictionaries_stops_with_the_workers():
    """A notebook's kernel would otherwise keep a process of hundreds of MB for as long as it runs."""
    from multiprocessing import forkserver

    if workers.START_METHOD != "forkserver":
        pytest.skip("no fork server on this platform: the workers are spawned")
    with workers.Workers(1) as pool:
        pool.submit(_started_with).result()
        assert forkserver._forkserver._forkserver_pid is not None
    assert forkserver._forkserver._forkserver_pid is None


def test_a_fork_server_the_caller_started_is_left_to_the_caller():
    """From Python 3.14 the caller's own process pools use a fork server by default: stopping it would wait for
    (or break) their workers."""
    import concurrent.futures

    if workers.START_METHOD != "forkserver":
        pytest.skip("no fork server on this platform: the workers are spawned")
    theirs = concurrent.futures.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("forkserver"))
    try:
        assert theirs.submit(abs, -1).result() == 1  # their pool started the server
        with workers.Workers(1) as pool:
            pool.submit(_started_with).result()
        assert workers.server_running() and theirs.submit(abs, -2).result() == 2
    finally:
        theirs.shutdown()
        workers.stop_server()
    assert not workers.server_running()


def test_only_the_fork_server_leaves_without_tearing_down():
    """The fork server, once stopped, leaves at once (os._exit at its exit); any other process importing the module
    keeps its own exit status: a test run importing it must still fail when a test fails."""
    import subprocess

    done = subprocess.run([sys.executable, "-c", "import helpers.preloaded as p; print(p.QUICK_EXIT); "
                           "raise SystemExit(3)"], capture_output=True, text=True)
    assert (done.returncode, done.stdout.strip()) == (3, "False")
    if workers.START_METHOD != "forkserver":
        pytest.skip("no fork server on this platform: the workers are spawned")
    with workers.Workers(1) as pool:  # a worker forked from the server has the module as the server left it
        assert pool.submit(_preloaded_value, "QUICK_EXIT").result() is True


def _preloaded_value(name: str):
    import helpers.preloaded

    return getattr(helpers.preloaded, name)



def test_a_fork_server_started_early_and_unused_is_stopped_without_waiting_for_it():
    """The report starts the fork server before it knows whether any file is left to analyse (it loads while the
    files are read and the cache is checked); read back from the cache, the report stops it at once, not after it
    has loaded the dictionaries it would never use."""
    import os
    from multiprocessing import forkserver

    if workers.START_METHOD != "forkserver":
        pytest.skip("no fork server on this platform: the workers are spawned")
    assert workers.start_early() and workers.server_running()
    pid = forkserver._forkserver._forkserver_pid
    assert not workers.start_early()   # one is running: not started twice
    workers.stop_server(at_once=True)
    assert not workers.server_running()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)   # gone (and reaped)


def test_a_report_leaves_no_fork_server_behind_cold_or_read_back(tmp_path):
    from helpers.report import write_report

    (tmp_path / "in").mkdir()
    for name in ("a", "b"):
        (tmp_path / "in" / f"{name}.txt").write_text("标题\n\n“今年收成好。”村民王建国说。\n", encoding="utf-8")
    for out in ("first", "again"):   # analysed, then read back from the cache
        write_report(tmp_path / "in", tmp_path / out, workers=2, stream=io.StringIO())
        assert not workers.server_running()
