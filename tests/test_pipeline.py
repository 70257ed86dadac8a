"""helpers.pipeline: the report's per-file map and its reduce give the tables of the corpus analysed
whole, in one process, in worker processes (spawned or forked from a fork server) and on a Dask cluster."""
from pathlib import Path

import pandas as pd
import pytest

from helpers import cluster, load_corpus, pipeline, quotes, regions, themes
from helpers.corpus import CorpusError

DATA = Path(__file__).resolve().parent / "data"
GBK_ARTICLE = "西部大开发\n\n本报记者 甲\n\n“我们要加油干。”四川省科技厅厅长王五说。\n"
XWLB = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "xwlb-2024"
FILES = ("plain_article.txt", "quotes_a_spring_farming.txt", "regions_southwest.txt", "quotes_b_central_asia.txt")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    for name in FILES:
        (folder / name).write_bytes((DATA / name).read_bytes())
    (folder / "gbk.txt").write_bytes(GBK_ARTICLE.encode("gbk"))
    (folder / "2024").mkdir()  # a subfolder, and a file dated by its name
    (folder / "2024" / "20240424.txt").write_bytes((DATA / "regions_bay_area.txt").read_bytes())
    if XWLB.is_dir():  # two real programmes: many stories per file
        for source in sorted(XWLB.glob("*.md"))[:2]:
            (folder / source.name).write_bytes(source.read_bytes())
    return folder


@pytest.fixture(scope="module")
def serial(folder):
    return pipeline.combine(pipeline.run(pipeline.file_jobs(folder), workers=1, cache=False))


def _whole(folder) -> dict:
    corpus = load_corpus(folder)
    analysis = quotes.analyse(corpus, cache=False)
    return {"files": corpus.files, "articles": corpus.articles, "paragraphs": corpus.paragraphs,
            "tokens": corpus.tokens, "words": themes.content_tokens(corpus)[["article", "section", "token"]],
            "formulations": themes.formulations(corpus),
            "mentions": regions.mentions(corpus, cache=False),
            "events": analysis.events, "non_speech": analysis.non_speech, "skipped": analysis.skipped}


def assert_same_tables(got, expected: dict) -> None:
    for name, table in expected.items():
        pd.testing.assert_frame_equal(getattr(got, name).reset_index(drop=True), table.reset_index(drop=True),
                                      obj=name)


def test_file_by_file_gives_the_tables_of_the_corpus_analysed_whole(folder, serial):
    """Articles and paragraphs numbered on across files, and speaker_id settled over the corpus."""
    assert len(serial.files) == len(list(folder.rglob("*.*")))
    assert "2024/20240424.txt" in serial.files["file"].tolist()
    assert_same_tables(serial, _whole(folder))


def test_keywords_from_the_content_words_are_those_of_themes(serial):
    """The report's keywords (vectorised, from the content words only) are helpers.themes.keywords."""
    pd.testing.assert_frame_equal(pipeline.keywords(serial.words), themes.keywords(serial, by="article", top=10))
    pd.testing.assert_frame_equal(pipeline.keywords(serial.words, top=3), themes.keywords(serial, top=3))


def test_the_keywords_found_from_plain_lists_are_written_as_pandas_writes_them(folder, serial):
    """The report's worker finds the keywords from the content words' plain columns and writes their CSV file without
    pandas: byte for byte the file of the keywords table (helpers.themes.keywords)."""
    from helpers import report

    words = pipeline.word_columns(pipeline.run(pipeline.file_jobs(folder), workers=1, cache=False, tokens=False))
    expected = report.csv_bytes(themes.keywords(serial, by="article", top=10))
    assert report.keywords_csv(words) == expected
    assert expected.count(b"\n") > 20  # (every article's ten: not an empty table)


def test_the_keywords_found_by_parts_are_those_of_the_whole(folder):
    """The report shares the articles out between its workers, each given the IDF's counts of the whole corpus (summed
    from the files' own): the parts, one after the other, are the file of the whole."""
    from helpers import report
    from helpers.columns import split

    results = pipeline.run(pipeline.file_jobs(folder), workers=1, cache=False, tokens=False)
    words = pipeline.word_columns(results)
    frequency = pipeline.corpus_sections(results)
    assert frequency == pipeline.section_frequency(words)
    parts = split(words, 3, "article")
    assert len(parts) == 3 and len({part["article"][-1] for part in parts}) == 3
    found = [report.keywords_csv_part(report._sent_words(part, frequency), header=i == 0)
             for i, part in enumerate(parts)]
    assert b"".join(found) == report.keywords_csv(words)
    assert all("\0" not in word for word in words["token"])  # what joins them on their way to the worker


def test_the_report_leaves_the_tokens_out_and_keeps_the_rest(folder, serial):
    results = pipeline.run(pipeline.file_jobs(folder), workers=1, cache=False, tokens=False)
    tables = pipeline.combine(results)
    assert len(tables.tokens) == 0
    assert_same_tables(tables, {name: getattr(serial, name) for name in pipeline.TABLES if name != "tokens"})


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_two_processes_give_what_one_gives(folder, serial, monkeypatch, method):
    """Spawned (macOS, Windows) or forked from the fork server that loaded the dictionaries (Linux)."""
    import multiprocessing

    from helpers import workers

    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"this platform cannot start processes by {method}")
    monkeypatch.setattr(workers, "START_METHOD", method)
    jobs = pipeline.file_jobs(folder)
    results = pipeline.map_local(pipeline.analyse_file, jobs, workers=2)
    assert_same_tables(pipeline.combine(results), {name: getattr(serial, name) for name in pipeline.TABLES})


def test_dask_local_cluster_gives_what_one_process_gives(folder, serial):
    pytest.importorskip("dask.distributed", reason='the Dask test needs pip install "zh-news-notebooks[dask]"')
    jobs = pipeline.file_jobs(folder)
    results = cluster.map_dask(pipeline.analyse_file, jobs, "local", workers=2)
    assert_same_tables(pipeline.combine(results), {name: getattr(serial, name) for name in pipeline.TABLES})


def test_results_are_kept_per_file_and_keyed_on_the_bytes(folder, tmp_path, monkeypatch):
    import helpers.segment as segment

    monkeypatch.setattr(segment, "CACHE_DIR", tmp_path / "cache")
    jobs = pipeline.file_jobs(folder)
    counts = []
    first = pipeline.run(jobs, workers=1, on_done=counts.append)
    again = pipeline.run(jobs, workers=1, on_done=counts.append)
    changed = [jobs[0].__class__(**{**jobs[0].__dict__, "data": jobs[0].data + "新的一段。\n".encode()})] + jobs[1:]
    pipeline.run(changed, workers=1, on_done=counts.append)
    assert counts == [0, len(jobs), len(jobs) - 1]
    assert_same_tables(pipeline.combine(again), {n: getattr(pipeline.combine(first), n) for n in pipeline.TABLES})


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "empty.txt is empty"),
    ("binary.txt", b"\x00\x01\x02" * 20, "binary.txt looks like a binary file"),
])
def test_errors_name_the_users_file_not_a_temporary_copy(name, data, message):
    job = pipeline.FileJob(name, data, f"/home/someone/articles/{name}")
    with pytest.raises(CorpusError, match=message) as error:
        pipeline.analyse_file(job)
    assert f"/home/someone/articles/{name}" in str(error.value) and "zhnews-file-" not in str(error.value)


def test_a_file_in_a_subfolder_keeps_its_path_in_the_tables():
    job = pipeline.FileJob("2024/a.txt", "# 题\n\n重庆市发展改革委主任高健表示，要加快发展。\n".encode(), "2024/a.txt")
    result = pipeline.analyse_file(job)
    assert {"2024/a.txt"} == set(result.paragraphs["file"]) == set(result.mentions["file"]) == set(result.files["file"])


def test_beyond_memory_the_large_tables_go_to_parquet_and_the_rest_is_the_same(folder, serial, tmp_path):
    """run_partitioned writes paragraphs, tokens and mentions per file and gathers only a summary;
    read back, they and the summary and keywords are those of the gathered run."""
    pytest.importorskip("pyarrow", reason='Parquet needs pip install "zh-news-notebooks[dask]"')
    summary, keywords = pipeline.run_partitioned(pipeline.file_jobs(folder), tmp_path / "tables", workers=1)
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == ["mentions", "paragraphs", "tokens"]
    for name in pipeline.PARTITIONED:
        expected = getattr(serial, name)
        got = pd.read_parquet(tmp_path / "tables" / name)
        assert len(list((tmp_path / "tables" / name).iterdir())) == len(serial.files)
        pd.testing.assert_frame_equal(got, expected.astype(got.dtypes.to_dict()), obj=name)
    gathered = pipeline.summarise(serial)
    for name in ("files", "articles", "repairs", "formulations", "events", "non_speech", "skipped"):
        pd.testing.assert_frame_equal(getattr(summary, name).reset_index(drop=True),
                                      getattr(gathered, name).reset_index(drop=True), obj=name)
    pd.testing.assert_series_equal(summary.province_counts, gathered.province_counts)
    pd.testing.assert_frame_equal(keywords, themes.keywords(serial, by="article", top=10))


def test_docstring_examples():
    import doctest

    assert doctest.testmod(pipeline, optionflags=doctest.ELLIPSIS).failed == 0


def test_beyond_memory_on_dask_the_workers_write_the_parquet_files(folder, serial, tmp_path):
    pytest.importorskip("dask.distributed", reason='the Dask test needs pip install "zh-news-notebooks[dask]"')
    summary, keywords = pipeline.run_partitioned(pipeline.file_jobs(folder), tmp_path / "tables", workers=2,
                                                 scheduler="local")
    tokens = pd.read_parquet(tmp_path / "tables" / "tokens")
    assert tokens["token"].tolist() == serial.tokens["token"].tolist()
    assert tokens["paragraph"].tolist() == serial.tokens["paragraph"].tolist()
    pd.testing.assert_frame_equal(keywords, pipeline.keywords(serial.words))
    assert summary.events["speaker_id"].tolist() == serial.events["speaker_id"].tolist()


def test_a_column_of_none_in_one_file_and_of_text_in_another_is_text_as_in_one_table():
    """A file whose articles have no source gives a column of None (object); stacked with a file that has
    sources, the column is text, as it is when the two are one table."""
    with_source = pd.DataFrame({"article": [1], "source": ["人民日报"]})
    without = pd.DataFrame({"article": [1], "source": [None]})
    stacked = pipeline._stack([without, with_source], {"article": [0, 1]})
    whole = pd.DataFrame({"article": [1, 2], "source": [None, "人民日报"]})
    pd.testing.assert_frame_equal(stacked, whole)


def _plotting_loaded() -> bool:
    import sys

    return "matplotlib.pyplot" in sys.modules


def test_one_dask_worker_loads_what_comes_next_once_it_has_no_file_left(folder):
    """One of the report's workers loads matplotlib while the other finishes (``then``), and draws the figures
    (``submit_then``): on Dask too, where a task whose future nobody holds is dropped."""
    pytest.importorskip("dask.distributed", reason='the Dask test needs pip install "zh-news-notebooks[dask]"')
    import time

    with cluster.DaskWorkers("local", 2, then="plotting") as pool:
        pool.map(pipeline.analyse_file, pipeline.file_jobs(folder), pipeline._size)
        deadline = time.monotonic() + 20
        while not any(pool.client.run(_plotting_loaded).values()) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert sorted(pool.client.run(_plotting_loaded).values()) == [False, True]
        assert pool.submit_then(_plotting_loaded).result()
        # ... and their event loops wake rarely between tasks (cluster.QUIET): each wake-up takes Python's lock
        # from the thread analysing a file.
        assert set(pool.client.run(_wake_ups).values()) == {(False, 500, 5000, 1000)}


def _wake_ups(dask_worker) -> tuple:
    every = {name: callback.callback_time for name, callback in dask_worker.periodic_callbacks.items()}
    return "profile-cycle" in every, every["tick"], every["monitor"], every["memory_monitor"]


def test_without_dask_the_scheduler_option_says_what_to_install(monkeypatch):
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *rest: None)
    with pytest.raises(CorpusError, match=r'pip install "zh-news-notebooks\[dask\]"'):
        cluster.dask_client("local")


def test_a_file_analysed_alone_reads_the_corpus_s_manifest(tmp_path):
    (tmp_path / "a.txt").write_text("某地举办活动\n\n本报记者 张三\n\n今天，某地举办活动。\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,publication,date\na.txt,某日报,2025-03-01\n", encoding="utf-8")
    [job] = pipeline.file_jobs(tmp_path)
    alone = pipeline.combine([pipeline.analyse_file(job)]).articles
    whole = load_corpus(tmp_path).articles
    pd.testing.assert_frame_equal(alone, whole)
    assert alone.loc[0, "date"] == "2025-03-01"


def test_a_manifest_without_its_file_column_is_named_by_its_own_path(tmp_path):
    (tmp_path / "a.txt").write_text("标题\n\n正文。\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("name,publication\na.txt,某日报\n", encoding="utf-8")
    [job] = pipeline.file_jobs(tmp_path)
    with pytest.raises(CorpusError, match="has no 'file' column") as error:
        pipeline.analyse_file(job)
    assert str(tmp_path / "manifest.csv") in str(error.value)


NO_PANDAS = """
import sys

class Refuse:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("pandas", "pyarrow"):
            raise ImportError(f"a worker imported {name}")

sys.meta_path.insert(0, Refuse())
import helpers.preloaded  # what the fork server loads
from helpers import pipeline

results = [pipeline.analyse_file_for_report(job) for job in pipeline.file_jobs(sys.argv[1])]
print("analysed without pandas")

from helpers import report  # what the report gives its workers once the files are analysed
png = report.png(open(sys.argv[2], "rb").read())  # a figure made where the tables are, pickled
written = report.keywords_csv(pipeline.word_columns(results))
assert png.startswith(b"\\x89PNG") and written.count(b"\\n") > 20
print("drew and wrote without pandas")
"""


def test_a_worker_analyses_draws_and_finds_keywords_without_importing_pandas(folder, tmp_path):
    """The fork server the report waits for at its start, and the workers it forks, never import pandas (0.3 s
    each): a file's tables travel as plain lists, a figure made by the report's process is drawn from its pickle,
    and the keywords are found from plain lists. (Once the dictionaries' and the place matcher's caches are built.)"""
    import pickle
    import subprocess
    import sys

    from helpers import maps

    figure = maps.tile_map(pd.Series({"北京": 3, "四川": 1}), title="测试")
    (tmp_path / "figure.pickle").write_bytes(pickle.dumps(figure))
    env = {**__import__("os").environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    subprocess.run([sys.executable, "-c", "from helpers import pipeline; pipeline.prepare_worker()"], env=env,
                   check=True, cwd=Path(__file__).resolve().parent.parent)
    done = subprocess.run([sys.executable, "-c", NO_PANDAS, str(folder), str(tmp_path / "figure.pickle")], env=env,
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "analysed without pandas" in done.stdout and "drew and wrote without pandas" in done.stdout


READY = """
from helpers import fasthmm, pipeline, structure
pipeline.prepare_worker()
print(structure._any_line_form.cache_info().currsize, fasthmm._model.cache_info().currsize)
"""


def test_a_worker_is_ready_for_its_first_file_before_it(tmp_path):
    """prepare_worker (once for all workers, in the report's fork server) analyses a short article of its own, so
    that what the analysis builds once (the line patterns, the part-of-speech model) is built before the first file;
    the article finds a speaker and places, so that it reaches the quotations and the place matcher too."""
    import subprocess
    import sys

    env = {**__import__("os").environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", READY], env=env, capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["1", "1"]
    sample = Path(pipeline.__file__).parent / "data" / "warm_up.txt"
    result = pipeline.analyse_file_for_report(pipeline.FileJob(sample.name, sample.read_bytes(), str(sample)))
    assert len(result.events["speaker"]) >= 2 and {"浙江", "江苏", "安徽"} <= set(result.mentions["province"])
