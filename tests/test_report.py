"""python -m helpers report: tables, figures and a page from a folder; clear errors for bad input;
never loses or mixes a user's files."""
import io
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers import load_corpus
from helpers.report import MARKER, main, write_report

DATA = Path(__file__).resolve().parent / "data"
GBK_ARTICLE = "西部大开发\n\n本报记者 甲\n\n“我们要加油干。”四川省科技厅厅长王五说。\n"
QUIET = io.StringIO()  # the reports' progress, unread
ONE_ARTICLE = "# 题\n\n重庆市发展改革委主任高健表示，要加快发展。\n"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    for name in ("plain_article.txt", "quotes_a_spring_farming.txt", "regions_southwest.txt"):
        (folder / name).write_bytes((DATA / name).read_bytes())
    (folder / "gbk.txt").write_bytes(GBK_ARTICLE.encode("gbk"))
    out = tmp_path_factory.mktemp("report") / "out"
    written = write_report(folder, out, workers=2, stream=QUIET)
    return folder, out, written


def test_report_writes_every_table_figure_and_the_page(report):
    folder, out, written = report
    names = {p.name for p in written}
    assert {"articles.csv", "paragraphs.csv", "repairs.csv", "keywords.csv", "formulations.csv", "mentions.csv",
            "quotes.csv", "quote_marks_not_speech.csv", "quotes_skipped.csv", "index.html",
            "formulations.png", "regions.png", "speakers.png"} <= names
    assert all(p.exists() for p in written)
    articles = pd.read_csv(out / "articles.csv", encoding="utf-8-sig")
    assert len(articles) == 4 and "西部大开发" in articles["title"].tolist()
    quotes = pd.read_csv(out / "quotes.csv", encoding="utf-8-sig")
    assert "王五" in quotes["speaker"].tolist()
    assert quotes.set_index("speaker").loc["王五", "province"] == "四川"
    page = (out / "index.html").read_text(encoding="utf-8")
    assert page.count("<img") >= 3 and 'src="data:image/png;base64,' in page and "http" not in page.split("<main>")[1]


def test_an_article_without_a_source_has_an_empty_cell_on_the_page(tmp_path):
    (tmp_path / "a.txt").write_text(ONE_ARTICLE, encoding="utf-8")
    write_report(tmp_path / "a.txt", tmp_path / "out", workers=1, stream=QUIET)
    assert pd.read_csv(tmp_path / "out" / "articles.csv", encoding="utf-8-sig")["source"].isna().all()
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "<td>题</td>" in page and "<td>None</td>" not in page and "<td>nan</td>" not in page


def test_dated_articles_get_a_figure_over_time_and_undated_ones_none(report, tmp_path):
    assert "formulations_over_time.png" not in {p.name for p in report[2]}   # no dates in those files
    folder = tmp_path / "evenings"
    folder.mkdir()
    for name in ("20240101.md", "20240103.md"):
        (folder / name).write_bytes((DATA / "programmes" / name).read_bytes())
    (folder / "20240105.txt").write_text("# 西部大开发座谈会召开\n\n会议强调，推进西部大开发形成新格局。\n", encoding="utf-8")
    out = tmp_path / "out"
    names = {p.name for p in write_report(folder, out, workers=1, stream=QUIET)}
    assert "formulations_over_time.png" in names
    assert "formulations by date of the articles" in (out / "index.html").read_text(encoding="utf-8")


def test_report_tables_are_the_corpus_analysed_whole(report):
    """The report analyses file by file; its tables are those of the corpus loaded and analysed at once."""
    from helpers import quotes, regions, themes

    folder, out, _ = report
    corpus = load_corpus(folder)
    for name, expected in (("paragraphs.csv", corpus.paragraphs), ("mentions.csv", regions.mentions(corpus)),
                           ("quotes.csv", quotes.extract(corpus)), ("keywords.csv", themes.keywords(corpus)),
                           ("formulations.csv", themes.formulations(corpus))):
        got = pd.read_csv(out / name, encoding="utf-8-sig", keep_default_na=False)
        expected = pd.read_csv(pd.io.common.StringIO(expected.to_csv(index=False)), keep_default_na=False)
        pd.testing.assert_frame_equal(got, expected, check_dtype=False, obj=name)


def test_report_command_line_progress_and_errors(tmp_path):
    (tmp_path / "a.txt").write_text(ONE_ARTICLE, encoding="utf-8")
    env = {**__import__("os").environ, "ZH_NEWS_CACHE": str(tmp_path / "cache")}  # analysed, not copied back
    run = subprocess.run([sys.executable, "-m", "helpers", "report", str(tmp_path / "a.txt"), "--out",
                          str(tmp_path / "out"), "--workers", "1"], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert "[1/6] reading" in run.stdout and "[6/6] quotations" in run.stdout and run.stderr == ""
    usage = subprocess.run([sys.executable, "-m", "helpers"], capture_output=True, text=True)
    assert usage.returncode == 2 and "report" in usage.stderr


def _bad_arguments(tmp: Path) -> dict:
    """name -> (argv, what the message must say); every case ends with exit status 2."""
    (tmp / "in").mkdir()
    (tmp / "in" / "a.txt").write_text(ONE_ARTICLE, encoding="utf-8")
    (tmp / "empty").mkdir()
    (tmp / "empty" / "e.txt").write_text("", encoding="utf-8")
    (tmp / "a_file").write_text("x", encoding="utf-8")
    (tmp / "theirs").mkdir()
    (tmp / "theirs" / "articles.csv").write_text("their own table", encoding="utf-8")
    return {
        "missing input": (["nope", "--out", "o"], "nope does not exist"),
        "empty file": (["empty", "--out", "o"], "e.txt is empty"),
        "out is a file": (["in", "--out", "a_file"], "is a file, not a folder"),
        "out is the input": (["in", "--out", "in"], "is the input itself"),
        "out cannot be created": (["in", "--out", "a_file/report"], "cannot write the report"),
        "out holds the user's files": (["in", "--out", "theirs"], "did not write (articles.csv)"),
        "workers": (["in", "--out", "o", "--workers", "0"], "--workers must be 1 or more"),
    }


@pytest.mark.parametrize("case", ["missing input", "empty file", "out is a file", "out is the input",
                                  "out cannot be created", "out holds the user's files", "workers"])
def test_a_bad_argument_ends_with_a_clear_message_and_status_2(case, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    argv, message = _bad_arguments(tmp_path)[case]
    try:
        status = main(argv)
    except SystemExit as exit:  # argparse's own checks
        status = exit.code
    err = capsys.readouterr().err
    assert status == 2 and message in err and "Traceback" not in err, err
    assert not list(tmp_path.glob(".*building")), "a temporary folder was left behind"
    assert (tmp_path / "theirs" / "articles.csv").read_text(encoding="utf-8") == "their own table"


def test_force_writes_among_the_users_files_and_keeps_theirs(tmp_path):
    (tmp_path / "a.txt").write_text(ONE_ARTICLE, encoding="utf-8")
    out = tmp_path / "theirs"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    (out / "articles.csv").write_text("their own table", encoding="utf-8")
    write_report(tmp_path / "a.txt", out, workers=1, stream=QUIET, force=True)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert "题" in (out / "articles.csv").read_text(encoding="utf-8-sig")  # replaced, as --force says
    assert (out / "index.html").exists() and (out / MARKER).exists()
    with pytest.raises(Exception, match="did not write"):  # still not a folder of the report's own
        write_report(tmp_path / "a.txt", out, workers=1, stream=QUIET)


def test_a_new_report_replaces_an_earlier_one_whole(tmp_path):
    """An earlier report's files that the new one does not write (keywords.png beyond a dozen
    articles) do not survive into the new one."""
    (tmp_path / "a.txt").write_text(ONE_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    write_report(tmp_path / "a.txt", out, workers=1, stream=QUIET)
    (out / "stale.png").write_bytes(b"")
    (out / MARKER).write_text((out / MARKER).read_text(encoding="utf-8") + "stale.png\n", encoding="utf-8")
    write_report(tmp_path / "a.txt", out, workers=1, stream=QUIET)
    assert not (out / "stale.png").exists() and (out / "index.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out"]  # nothing left beside it


def test_an_interrupted_report_leaves_the_earlier_one_untouched(tmp_path, monkeypatch):
    from helpers import themes

    (tmp_path / "a.txt").write_text(ONE_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    write_report(tmp_path / "a.txt", out, workers=1, stream=QUIET)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(themes, "formulation_columns", interrupted)
    (tmp_path / "a.txt").write_text(ONE_ARTICLE.replace("重庆", "四川"), encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        write_report(tmp_path / "a.txt", out, workers=1, stream=QUIET)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out"]


def test_progress_piped_into_head_is_no_traceback(tmp_path):
    (tmp_path / "a.txt").write_text(ONE_ARTICLE, encoding="utf-8")
    run = subprocess.run(f"{sys.executable} -m helpers report a.txt --out out --workers 1 | head -c 5",
                         shell=True, capture_output=True, text=True, cwd=tmp_path)
    assert run.stdout == "[1/6]" and "Traceback" not in run.stderr and "Error" not in run.stderr, run.stderr
    assert (tmp_path / "out" / "index.html").exists()  # the report went on without its reader


BAD_BYTE = ONE_ARTICLE.encode("utf-8") + b"\xff" + "第二段。\n".encode("utf-8")


def test_errors_replace_loads_a_file_with_a_bad_byte(tmp_path, capsys):
    (tmp_path / "a.txt").write_bytes(BAD_BYTE * 3)
    refused = main([str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--workers", "1"])
    err = capsys.readouterr().err
    assert refused == 2 and "a.txt" in err and "errors" in err and "Traceback" not in err, err
    status = main([str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--errors", "replace", "--workers", "1"])
    assert status == 0, capsys.readouterr().err
    paragraphs = pd.read_csv(tmp_path / "out" / "paragraphs.csv", encoding="utf-8-sig", keep_default_na=False)
    assert paragraphs["text"].str.contains("\ufffd").any() and paragraphs["note"].str.contains("replaced").any()


def test_files_the_loader_skips_are_listed(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ONE_ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "._a.txt").write_bytes(b"\x00\x05\x16\x07")
    (tmp_path / "in" / "notes.docx").write_bytes(b"PK")
    write_report(tmp_path / "in", tmp_path / "out", workers=1, stream=QUIET)
    skipped = pd.read_csv(tmp_path / "out" / "skipped_files.csv", encoding="utf-8-sig")
    assert sorted(skipped["file"]) == ["._a.txt", "notes.docx"]


def test_two_workers_give_the_same_tables_as_one(report, tmp_path, monkeypatch):
    """Two worker processes (even for a small corpus), against one process and an empty cache: the same
    tables, figures and page."""
    import helpers.segment as segment

    folder, out, _ = report
    monkeypatch.setattr(segment, "CACHE_DIR", tmp_path / "cache")
    write_report(folder, tmp_path / "two", workers=2, stream=QUIET)
    assert len(list((tmp_path / "cache" / "files").glob("*.pickle"))) == 4  # computed afresh, then kept
    # every table, and the figures, drawn by the worker processes here and by the report's own process there
    assert {p.name: p.read_bytes() for p in (tmp_path / "two").iterdir()} == {p.name: p.read_bytes() for p in out.iterdir()}


def test_the_figures_are_shared_between_the_worker_that_draws_and_the_report_itself():
    """The figures are given one at a time to the process that draws them; those still waiting when the report is
    done with its tables it draws itself, the last first: the same PNG files either way."""
    import time

    from helpers import maps
    from helpers.report import Drawings, png
    from helpers.workers import Workers

    def made(i: int):
        return maps.tile_map(pd.Series({"北京": i + 1, "四川": 3 - i}), title=f"图{i}")

    with Workers(1, then="plotting") as pool:
        pool.submit_then(time.sleep, 1)  # busy: the first figure is given to it, the others wait
        drawings = Drawings(pool)
        for i in range(3):
            drawings.add(f"{i}.png", made(i))
        drawings.finish()
        here = [name for name, drawn in drawings.drawn.items() if isinstance(drawn, bytes)]
        assert sorted(here) == ["1.png", "2.png"]
        assert [drawings.png(f"{i}.png") for i in range(3)] == [png(made(i)) for i in range(3)]


def test_figures_waiting_when_the_workers_are_stopped_leave_no_error_behind(capfd, caplog):
    """Ctrl-C while the figures are drawn stops the workers: the figures still waiting are not given to a process
    being stopped (which would log an exception from the callback that gives them)."""
    import time

    import matplotlib.pyplot as plt

    from helpers import maps
    from helpers.report import Drawings
    from helpers.workers import Workers

    with Workers(1, then="plotting") as pool:
        pool.submit_then(time.sleep, 0.5)
        drawings = Drawings(pool)
        for i in range(3):
            drawings.add(f"{i}.png", maps.tile_map(pd.Series({"北京": i + 1}), title=f"图{i}"))
        pool.close(finish=False)
    time.sleep(0.2)
    for figure in drawings.figures:
        plt.close(figure)
    err = capfd.readouterr().err
    assert "Traceback" not in err and "exception calling callback" not in err, err
    assert not [record.getMessage() for record in caplog.records if record.levelname == "ERROR"]


def test_above_the_threshold_the_large_tables_are_parquet_beside_the_csv_summary(report, tmp_path):
    pytest.importorskip("pyarrow", reason='Parquet needs pip install "zh-news-notebooks[dask]"')
    folder, gathered, _ = report
    out = tmp_path / "out"
    assert main([str(folder), "--out", str(out), "--workers", "1", "--parquet-above", "0"]) == 0
    assert not (out / "paragraphs.csv").exists() and not (out / "mentions.csv").exists()
    for name in ("articles.csv", "keywords.csv", "formulations.csv", "quotes.csv"):
        assert (out / name).read_bytes() == (gathered / name).read_bytes(), name
    paragraphs = pd.read_parquet(out / "tables" / "paragraphs")
    assert len(paragraphs) == len(pd.read_csv(gathered / "paragraphs.csv", encoding="utf-8-sig"))
    assert 'href="tables/tokens/"' in (out / "index.html").read_text(encoding="utf-8")


RUN_REPORT = """
import sys
from helpers.report import write_report
if __name__ == "__main__":
    write_report(sys.argv[1], sys.argv[2], workers=1)
    print("pandas imported:", "pandas" in sys.modules)
"""


def test_a_report_of_unchanged_files_is_copied_from_the_cache_and_of_changed_ones_made_again(tmp_path):
    """Run again on the same files, the report is copied whole from the cache, without even importing
    pandas; after one file changes, only that file is analysed again."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ONE_ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(GBK_ARTICLE, encoding="utf-8")
    env = {**__import__("os").environ, "ZH_NEWS_CACHE": str(tmp_path / "cache")}

    def run(out: str) -> str:
        done = subprocess.run([sys.executable, "-c", RUN_REPORT, str(folder), str(tmp_path / out)],
                              capture_output=True, text=True, env=env, cwd=Path(__file__).parent.parent)
        assert done.returncode == 0, done.stderr
        return done.stdout

    first, second = run("first"), run("second")
    assert "0 from the cache" in first and "pandas imported: True" in first
    assert "copied from the cache" in second and "pandas imported: False" in second
    assert {p.name: p.read_bytes() for p in (tmp_path / "first").iterdir()} == \
        {p.name: p.read_bytes() for p in (tmp_path / "second").iterdir()}
    (folder / "b.txt").write_text(GBK_ARTICLE.replace("王五", "赵六"), encoding="utf-8")
    third = run("third")
    assert "copied" not in third and "1 from the cache" in third
    assert "赵六" in (tmp_path / "third" / "quotes.csv").read_text(encoding="utf-8-sig")


def test_on_a_dask_local_cluster_the_report_is_the_same(report, tmp_path, monkeypatch):
    """The files analysed and the figures drawn by the two workers of a LocalCluster: the same files as the
    report made in one process."""
    pytest.importorskip("dask.distributed", reason='the Dask test needs pip install "zh-news-notebooks[dask]"')
    import helpers.segment as segment

    folder, out, _ = report
    monkeypatch.setattr(segment, "CACHE_DIR", tmp_path / "cache")
    write_report(folder, tmp_path / "dask", workers=2, stream=QUIET, scheduler="local")
    assert {p.name: p.read_bytes() for p in (tmp_path / "dask").iterdir()} == {p.name: p.read_bytes() for p in out.iterdir()}


def _in_group(group: int) -> list[int]:
    """The processes of a process group still running (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the processes left from /proc")
@pytest.mark.parametrize("when", ["while the workers start", "while they analyse"])
def test_ctrl_c_stops_the_report_at_once_and_leaves_no_process_behind(tmp_path, when):
    """Ctrl-C in a terminal interrupts the command and its workers: it says so and exits (status 130) once
    the files being analysed are done, with no traceback, no report folder half written and no worker or fork
    server left running."""
    import os
    import signal
    import time

    for copy in "abcd":  # text enough (3 MB, each copy distinct) to keep the workers busy for seconds
        for source in (Path(__file__).parent.parent / "seeds").rglob("*.*"):
            target = tmp_path / "in" / copy / source.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes().replace("。".encode(), f"。{copy}".encode()))
    env = {**os.environ, "ZH_NEWS_CACHE": str(tmp_path / "cache")}
    run = subprocess.Popen([sys.executable, "-u", "-m", "helpers", "report", str(tmp_path / "in"), "--out",
                            str(tmp_path / "out")], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           env=env, cwd=Path(__file__).parent.parent, start_new_session=True,
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # not ignored, as in a shell
    while "analysing" not in run.stdout.readline():
        pass
    while when == "while they analyse" and not list((tmp_path / "cache").rglob("files/*.pickle")):
        assert run.poll() is None, run.stderr.read()  # (until the first file's result is back)
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGINT)  # as the terminal does: to the command and every process it started
    try:
        stdout, stderr = run.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        pytest.fail("the report hung after Ctrl-C")
    assert run.returncode == 130 and "interrupted" in stderr and "Traceback" not in stderr, stderr
    assert not (tmp_path / "out").exists() and not list(tmp_path.glob(".out.*"))
    deadline = time.monotonic() + 10
    while _in_group(run.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _in_group(run.pid) == []
