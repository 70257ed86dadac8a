"""helpers.cache: results kept on disk under a key that follows the text; whole folders kept by key."""
import errno
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

import helpers.segment as segment
from helpers import cache


def _paragraphs(*texts):
    return [SimpleNamespace(text=t, line=i) for i, t in enumerate(texts, 1)]


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


def test_a_result_of_another_kind_is_a_miss(tmp_path):
    path = tmp_path / "tokens" / "x.pickle"
    cache.write_result(path, "not a table")
    assert cache.read_result(path, kind=dict) is None and cache.read_result(path) == "not a table"


def test_the_key_follows_the_environment_that_wrote_the_pickle(monkeypatch):
    import pandas

    assert f"pandas={pandas.__version__}" in cache.environment() and sys.version.split()[0] in cache.environment()
    ours = cache.fingerprint()
    monkeypatch.setattr(cache, "environment", lambda: "python=3.11 pandas=2.2 pyarrow=17.0")
    cache.fingerprint.cache_clear()
    try:
        assert cache.fingerprint() != ours  # a pickle written with pyarrow is never read without it
    finally:
        cache.fingerprint.cache_clear()


# --- a cache folder that cannot be used: the analyses still work, with one warning at most -----------

ANALYSES = ("import helpers; c = helpers.load_corpus(); "
            "print(len(c.tokens) > 0, len(helpers.regions.mentions(c)) > 0, len(helpers.quotes.extract(c)) > 0)")


def _run_analyses(env_changes: dict, tmp_path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_CACHE_HOME", "ZH_NEWS_CACHE")}
    env.update(env_changes, TMPDIR=str(tmp_path))
    return subprocess.run([sys.executable, "-c", ANALYSES], capture_output=True, text=True, env=env,
                          cwd=Path(__file__).resolve().parent.parent, timeout=600)


def _a_file(tmp_path) -> Path:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    return blocker


@pytest.mark.parametrize("case", ["uncreatable cache folder", "unwritable home", "read-only cache folder"])
def test_analyses_work_when_the_cache_cannot_be_written(case, tmp_path):
    if case == "uncreatable cache folder":
        env = {"XDG_CACHE_HOME": str(_a_file(tmp_path) / "cache")}
    elif case == "unwritable home":
        env = {"HOME": str(_a_file(tmp_path) / "home")}
    else:
        if os.geteuid() == 0:
            pytest.skip("root writes to a read-only folder all the same: run the tests as a user to check this case")
        folder = tmp_path / "read-only"
        folder.mkdir(mode=0o555)
        env = {"XDG_CACHE_HOME": str(folder)}
    run = _run_analyses(env, tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["True", "True", "True"]
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert run.stderr.count("CacheWarning") <= 1 and len(lines) <= 2, run.stderr  # the warning and its source line
    assert not list(tmp_path.glob("jieba*")), "jieba's shared temp cache was used instead"


class _FullDisk:
    """pickle.dump that writes a little and then fails as a full disk does."""

    def __call__(self, value, f, protocol=None):
        f.write(b"partial")
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_leaves_no_temporary_file_and_no_error(tmp_path, monkeypatch):
    monkeypatch.setattr(cache.pickle, "dump", _FullDisk())
    monkeypatch.setattr(cache, "_unusable", {})
    path = tmp_path / "tokens" / "x.pickle"
    with pytest.warns(cache.CacheWarning, match="cache"):
        cache.write_result(path, {"rows": [1]})
    cache.write_result(path, {"rows": [1]})  # warned once only (pytest would fail on a second warning below)
    assert cache.read_result(path) is None
    assert list(path.parent.glob("*")) == []


def test_tokens_on_a_full_disk_are_still_computed(tmp_path, monkeypatch):
    from helpers import load_corpus

    monkeypatch.setattr(segment, "CACHE_DIR", tmp_path)
    monkeypatch.setattr(cache.pickle, "dump", _FullDisk())
    monkeypatch.setattr(cache, "_unusable", {})
    (tmp_path / "a.txt").write_text("# 甲\n\n西部大开发取得新进展。\n", encoding="utf-8")
    with pytest.warns(cache.CacheWarning):
        tokens = load_corpus(tmp_path / "a.txt").tokens
    assert "西部大开发" in tokens["token"].tolist()
    assert not [p for p in (tmp_path / "tokens").glob("*") if p.suffix != ".pickle" or p.stat().st_size]


def _folder(root: Path, files: dict) -> list[Path]:
    root.mkdir(parents=True)
    for name, data in files.items():
        (root / name).write_bytes(data)
    return [root / name for name in files]


def test_a_kept_folder_is_copied_back_whole_or_not_at_all(tmp_path, monkeypatch):
    monkeypatch.setattr(segment, "CACHE_DIR", tmp_path / "cache")
    files = _folder(tmp_path / "made", {"a.csv": b"x,y\n", "b.png": b"\x89PNG"})
    assert cache.copy_kept("reports", "k1", tmp_path) is None  # nothing kept yet
    assert cache.keep_folder("reports", "k1", files)
    into = tmp_path / "into"
    into.mkdir()
    assert sorted(p.name for p in cache.copy_kept("reports", "k1", into)) == ["a.csv", "b.png"]
    assert {p.name: p.read_bytes() for p in into.iterdir()} == {"a.csv": b"x,y\n", "b.png": b"\x89PNG"}
    (tmp_path / "cache" / "reports" / "k1" / "b.png").unlink()  # a kept folder damaged since
    again = tmp_path / "again"
    again.mkdir()
    assert cache.copy_kept("reports", "k1", again) is None and list(again.iterdir()) == []


def test_a_folder_too_large_is_not_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(segment, "CACHE_DIR", tmp_path / "cache")
    monkeypatch.setattr(cache, "FOLDER_MB_KEPT", 0.001)  # 1,000 bytes
    assert cache.keep_folder("reports", "small", _folder(tmp_path / "small", {"a.csv": b"1" * 999}))
    assert not cache.keep_folder("reports", "large", _folder(tmp_path / "large", {"a.csv": b"1" * 1001}))
    assert sorted(p.name for p in (tmp_path / "cache" / "reports").iterdir()) == ["small"]


def test_only_the_most_recently_used_folders_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(segment, "CACHE_DIR", tmp_path / "cache")
    files = _folder(tmp_path / "made", {"a.csv": b"1"})
    for i in range(cache.FOLDERS_KEPT + 2):
        assert cache.keep_folder("reports", f"k{i}", files)
        os.utime(tmp_path / "cache" / "reports" / f"k{i}", (i, i))  # k0 the oldest
    kept = sorted(p.name for p in (tmp_path / "cache" / "reports").iterdir())
    assert kept == [f"k{i}" for i in range(2, cache.FOLDERS_KEPT + 2)]
