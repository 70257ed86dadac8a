"""Real text nobody here wrote: every 新闻联播 transcript of 2024 loads, losslessly, one article
per story (``../shared/bench/xwlb-2024``)."""
import re
from pathlib import Path

import pytest

from helpers import load_corpus
from lossless import check_lossless

XWLB = Path(__file__).resolve().parents[2] / "shared" / "bench" / "xwlb-2024"


@pytest.fixture(scope="module")
def xwlb():
    if not XWLB.is_dir():
        pytest.skip(f"{XWLB} is absent: the 新闻联播 benchmark corpus sits in ../shared/bench beside the checkout")
    return load_corpus(XWLB)


def test_every_programme_loads_losslessly(xwlb):
    assert len(xwlb.files) == len(list(XWLB.glob("*.md"))) == 364
    check_lossless(xwlb)


def test_each_programme_splits_into_its_stories_in_running_order(xwlb):
    for file, articles in xwlb.articles.groupby("file"):
        text = (XWLB / file).read_text(encoding="utf-8")
        stories = re.findall(r"(?m)^### (.*)$", text.split("\n## 详细新闻", 1)[1])
        assert articles["title"].tolist() == [s.strip() for s in stories], file
        assert articles["position"].tolist() == list(range(1, len(stories) + 1)), file
        day = file[:4] + "-" + file[4:6] + "-" + file[6:8]
        assert set(articles["date"]) == {day}, file


def test_programme_furniture_is_typed_and_kept_out_of_the_body(xwlb):
    p = xwlb.paragraphs
    kinds = p.groupby("kind")["text"]
    assert kinds.apply(lambda t: t.str.startswith("[查看原文](").all()).get("link")
    assert (p.loc[p["kind"] == "rule", "text"] == "---").all()
    assert p.loc[p["kind"] == "stamp", "text"].str.startswith("(更新时间戳").all()
    assert (p["kind"] == "rule").sum() == (p["kind"] == "stamp").sum() == 364
    body = "".join(p.loc[p["kind"] == "body", "text"])
    for furniture in ("查看原文", "更新时间戳", "本期节目主要内容", "<p>", "</strong>", "新闻摘要"):
        assert furniture not in body


DEV = Path(__file__).resolve().parents[2] / "shared" / "dev"


def test_structure_of_the_development_articles_scores_at_least_095():
    if not (DEV / "score.py").exists():
        pytest.skip(f"{DEV} is absent: the development set sits in ../shared/dev beside the checkout")
    import subprocess
    import sys

    run = subprocess.run([sys.executable, str(DEV / "score.py"), "structure"], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[1], timeout=300)
    figures = [float(f) for f in re.findall(r"^structure dev .*?F1=([0-9.]+)", run.stdout, re.M)]
    assert len(figures) == 2 and min(figures) >= 0.95, run.stdout[-3000:]
