"""python -m helpers report: tables, figures and a page from a folder; clear errors for bad input."""
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers.report import write_report

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    for name in ("plain_article.txt", "quotes_a_spring_farming.txt", "regions_southwest.txt"):
        (folder / name).write_bytes((DATA / name).read_bytes())
    (folder / "gbk.txt").write_bytes("西部大开发\n\n本报记者 甲\n\n“我们要加油干。”四川省科技厅厅长王五说。\n".encode("gbk"))
    out = tmp_path_factory.mktemp("report")
    written = write_report(folder, out, workers=2, stream=open("/dev/null", "w"))
    return folder, out, written


def test_report_writes_every_table_figure_and_the_page(report):
    folder, out, written = report
    names = {p.name for p in written}
    assert {"articles.csv", "paragraphs.csv", "repairs.csv", "keywords.csv", "formulations.csv", "mentions.csv",
            "quotes.csv", "quote_marks_not_speech.csv", "quotes_skipped.csv", "index.html",
            "formulations.png", "regions.png", "speakers.png"} <= names
    articles = pd.read_csv(out / "articles.csv", encoding="utf-8-sig")
    assert len(articles) == 4 and "西部大开发" in articles["title"].tolist()
    quotes = pd.read_csv(out / "quotes.csv", encoding="utf-8-sig")
    assert "王五" in quotes["speaker"].tolist()
    assert quotes.set_index("speaker").loc["王五", "province"] == "四川"
    page = (out / "index.html").read_text(encoding="utf-8")
    assert page.count("<img") >= 3 and 'src="data:image/png;base64,' in page and "http" not in page.split("<main>")[1]


def test_report_command_line_progress_and_errors(tmp_path):
    (tmp_path / "a.txt").write_text("# 题\n\n重庆市发展改革委主任高健表示，要加快发展。\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "helpers", "report", str(tmp_path / "a.txt"), "--out",
                          str(tmp_path / "out"), "--workers", "1"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "[1/6] loading" in run.stdout and "[6/6] quotations" in run.stdout and run.stderr == ""
    missing = subprocess.run([sys.executable, "-m", "helpers", "report", str(tmp_path / "nope"), "--out",
                              str(tmp_path / "o2")], capture_output=True, text=True)
    assert missing.returncode == 2 and "nope does not exist" in missing.stderr and "Traceback" not in missing.stderr
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "e.txt").write_text("", encoding="utf-8")
    empty = subprocess.run([sys.executable, "-m", "helpers", "report", str(tmp_path / "empty"), "--out",
                            str(tmp_path / "o3")], capture_output=True, text=True)
    assert empty.returncode == 2 and "e.txt is empty" in empty.stderr
    usage = subprocess.run([sys.executable, "-m", "helpers"], capture_output=True, text=True)
    assert usage.returncode == 2 and "report" in usage.stderr


def test_two_workers_give_the_same_tables_as_one(report, tmp_path, monkeypatch):
    """With workers=2 places and quotations are found in a second process while the first segments;
    here the one-process report runs with an empty cache, so it computes everything again."""
    import helpers.segment as segment

    folder, out, _ = report
    monkeypatch.setattr(segment, "CACHE_DIR", tmp_path / "cache")
    write_report(folder, tmp_path / "one", workers=1, stream=open("/dev/null", "w"))
    assert list((tmp_path / "cache" / "tokens").glob("mentions-*.pickle"))  # computed afresh, then kept
    for name in ("mentions.csv", "quotes.csv", "keywords.csv", "paragraphs.csv"):
        assert (tmp_path / "one" / name).read_bytes() == (out / name).read_bytes(), name
