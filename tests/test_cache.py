"""helpers.cache: results kept on disk under a key that follows the text, and work shared out."""
from types import SimpleNamespace

import helpers.segment as segment
from helpers import cache


def _paragraphs(*texts):
    return [SimpleNamespace(text=t, line=i) for i, t in enumerate(texts, 1)]


def _lengths(jobs):
    return [len(job) for job in jobs]


def test_result_path_follows_the_paragraphs_and_the_added_words(monkeypatch, tmp_path):
    monkeypatch.setattr(segment, "CACHE_DIR", tmp_path)
    a = cache.result_path("mentions", _paragraphs("西部大开发。"), ("text", "line"))
    assert a == cache.result_path("mentions", _paragraphs("西部大开发。"), ("text", "line"))
    assert a != cache.result_path("mentions", _paragraphs("高质量发展。"), ("text", "line"))
    assert a != cache.result_path("quotes", _paragraphs("西部大开发。"), ("text", "line"))
    monkeypatch.setattr(segment, "_ADDED", ["某某某 nr"])
    assert a != cache.result_path("mentions", _paragraphs("西部大开发。"), ("text", "line"))
    assert a.parent == tmp_path / "tokens"


def test_results_round_trip_and_bad_files_are_recomputed(tmp_path):
    path = tmp_path / "tokens" / "x.pickle"
    assert cache.read_result(path) is None and cache.read_result(None) is None
    cache.write_result(path, {"rows": [1, 2]})
    assert cache.read_result(path) == {"rows": [1, 2]}
    path.write_bytes(b"half a pickle")
    assert cache.read_result(path) is None
    assert not list(path.parent.glob("*.tmp"))  # the atomic writer leaves no temporary file


def test_work_shared_between_processes_comes_back_in_order():
    jobs = [[0] * n for n in range(20)]
    assert cache.in_processes(_lengths, jobs, workers=2) == list(range(20))
    assert cache.in_processes(_lengths, jobs, workers=1) == list(range(20))


def test_small_corpora_stay_in_one_process():
    assert cache.useful_workers(_paragraphs("短。"), 2) == 1
    big = _paragraphs(*("字" * 1000 + str(i) for i in range(400)))
    assert cache.useful_workers(big, 2) == 2 and cache.useful_workers(big, 1) == 1
