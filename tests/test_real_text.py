"""Real text nobody here wrote: every 新闻联播 transcript of 2024 loads, losslessly, one article
per story (``../shared/bench/xwlb-2024``)."""
import re
from pathlib import Path

import pytest
from lossless import check_lossless

from helpers import load_corpus

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


# --- property tests: files built from random mixes of real lines, markup, control characters, odd
# line ends and every supported encoding load losslessly or raise CorpusError, never anything else.


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from helpers import CorpusError  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_b4574a547f6afe6f.txt"
REAL_LINES = sorted({line for path in [SEED, *sorted(DATA.glob("*.txt"))]
                     for line in path.read_text(encoding="utf-8").splitlines() if line.strip()})
TRADITIONAL_LINES = ["習近平總書記強調，要堅持把發展特色優勢產業作為主攻方向。", "「我們要發揮模範帶頭作用。」他說。",
                     "本報記者 張三", "### 堅定信心", "兩岸經濟合作不斷深化。"]
CONSTRUCTS = [
    "# ", "## ", "### ", "> ", "---", "***", "**", "[查看原文](https://tv.cctv.com/a.shtml)", "![图](a.png)",
    "#两会#", "## 详细新闻", "## 新闻摘要", "(更新时间戳: 1713876616363)", "（下转第三版）", "——", "——编  者",
    "<p>", "</p>", "<br>", "<br/>", "<strong>", "</strong>", "&nbsp;", "&#12288;", "<!-- 注释 -->", "<div class='x'>",
    "<人民日报>", "<5%", "<<", ">>", "<", ">", "&", "[", "]", "(", ")", "“", "”", "「", "」", "，", "。", "　　",
    "（新华社北京4月24日电 记者张三）", "《人民日报》（2025年05月22日第 01 版）", "李  蕊摄", "本报记者 李明",
]
CONTROL = "\x07\x08\x1b\x7f\u200b\ufeff\u3000\t \u00a0\ufffd"
LINE_ENDS = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\n\n"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-32", "gb18030", "big5"]



def documents(lines, constructs):
    """Files of up to 25 lines, each a random mix of pieces, ended by random line ends."""
    piece = st.one_of(st.sampled_from(lines), st.sampled_from(constructs),
                      st.text(alphabet=CONTROL, min_size=1, max_size=3), st.text(min_size=1, max_size=4))
    line = st.lists(piece, max_size=4).map("".join)
    return st.lists(st.tuples(line, st.sampled_from(LINE_ENDS)), max_size=25).map(
        lambda rows: "".join(text + end for text, end in rows))


document = documents(REAL_LINES + TRADITIONAL_LINES, CONSTRUCTS)
# Big5 has no simplified characters: its files are made of traditional lines.
big5_document = documents(TRADITIONAL_LINES, [c for c in CONSTRUCTS if c.isascii()])
encoded = st.sampled_from(ENCODINGS).flatmap(
    lambda encoding: st.tuples(big5_document if encoding == "big5" else document, st.just(encoding)))
PROPERTY = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _load_or_refuse(path, **kw):
    try:
        return load_corpus(path, **kw)
    except CorpusError as error:
        assert path.name in str(error)
        return None


@PROPERTY
@given(mix=encoded)
def test_any_mix_loads_losslessly_or_is_refused_with_a_corpus_error(tmp_path, mix):
    text, encoding = mix
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:  # not every character exists in Big5's repertoire
        data, encoding = text.encode("utf-8"), "utf-8"
    path = tmp_path / "mix.txt"
    path.write_bytes(data)
    corpus = _load_or_refuse(path)
    if corpus is None:
        return
    # read back exactly what was written (a leading U+FEFF in a UTF-8 file is its BOM)
    assert corpus.texts["mix.txt"] == (text[1:] if encoding == "utf-8" and text.startswith("\ufeff") else text)
    check_lossless(corpus)


@PROPERTY
@given(text=document, junk=st.binary(min_size=1, max_size=3), at=st.floats(0, 1))
def test_bad_bytes_are_refused_or_replaced_and_flagged(tmp_path, text, junk, at):
    data = text.encode("utf-8")
    cut = int(at * len(data))
    path = tmp_path / "bad.txt"
    path.write_bytes(data[:cut] + junk + data[cut:])
    corpus = _load_or_refuse(path, errors="replace")
    if corpus is None:
        return
    check_lossless(corpus)
    if corpus.files.loc[0, "note"]:
        assert "\ufffd" in corpus.texts["bad.txt"]
