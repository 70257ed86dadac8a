"""helpers.corpus: loading files, encodings, errors, and the structure facts of the seed."""
import re
from pathlib import Path

import pytest
from conftest import DATA, SEED

import helpers
from helpers import CorpusError, load_corpus

SHARED_SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / SEED.name


def test_seed_is_byte_identical_to_the_shared_corpus():
    if not SHARED_SEED.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    assert SEED.read_bytes() == SHARED_SEED.read_bytes()


def test_load_corpus_without_argument_reads_the_bundled_seeds(seed, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # paths are resolved by the package, not the working directory
    corpus = load_corpus()
    assert corpus.files["file"].tolist() == [SEED.name]
    assert corpus.files.loc[0, "n_chars"] == 7616


def test_seed_has_three_articles_with_their_titles_and_sections(seed):
    arts = seed.articles
    assert arts["title"].tolist() == [
        "在中国式现代化建设中奋力谱写西部大开发新篇章",
        "抓当前、谋未来，在推进中国式现代化进程中展现更大作为",
        "促进航天技术更好惠及人民",
    ]
    assert arts["n_sections"].tolist() == [7, 3, 0]
    assert arts["source"].tolist() == ["人民日报本报记者", "新华社", "新华社"]
    assert arts.loc[0, "subtitle"].startswith("——习近平总书记在新时期推动西部大开发座谈会上")
    assert arts["dateline"].tolist()[1:] == ["新华社北京4月24日电", "新华社北京4月24日电"]


def test_seed_markers_datelines_and_fragments_are_kept_out_of_the_body(seed):
    p = seed.paragraphs

    def by_kind(kind):
        return p[p["kind"] == kind]

    assert by_kind("marker")["text"].tolist() == ["（下转第三版）"]
    assert by_kind("marker")["line"].tolist() == [91]
    assert by_kind("dateline")["line"].tolist() == [139, 171]
    fragment = by_kind("fragment")
    assert fragment["line"].tolist() == [141] and "repeated kicker" in fragment["note"].iloc[0]
    body_text = "".join(by_kind("body")["text"])
    for stray in ("下转第三版", "新华社北京4月24日电", "催人奋进——", "抓当前、谋未来"):
        assert stray not in body_text


def test_headline_printed_after_its_article_belongs_to_that_article(seed):
    title_row = seed.paragraphs.query("kind == 'title' and article == 2")
    assert title_row["line"].tolist() == [143]
    second = seed.articles.iloc[1]
    assert (second["first_line"], second["last_line"]) == (93, 143)


def test_paragraphs_broken_mid_sentence_are_rejoined_under_the_first_line(seed):
    p = seed.paragraphs.set_index("line")
    assert 37 not in p.index and 157 not in p.index
    assert "习近平总书记重要讲话精神，我们将不断完善" in p.loc[35, "text"]
    assert p.loc[35, "text"].count("“") == p.loc[35, "text"].count("”")  # the quotation is whole again
    assert p.loc[155, "text"].startswith("拉美和加勒比地区是航天领域的重要力量，中国与拉美")
    assert "rejoined with line 157" in p.loc[155, "note"]


def test_sections_follow_headings(seed):
    p = seed.paragraphs
    row = p[p["text"].str.contains("吴群刚说")].iloc[0]
    assert row["section"].startswith("坚持把发展特色优势产业作为主攻方向")
    assert p[(p["article"] == 3) & (p["kind"] == "body")]["section"].isna().all()


def _without_marks_and_space(text):
    return re.sub(r"\s", "", re.sub(r"(?m)^[ \t]*#+", "", text))


def test_nothing_is_lost(seed):
    raw = SEED.read_text(encoding="utf-8")
    assert _without_marks_and_space(raw) == re.sub(r"\s", "", "".join(seed.paragraphs["text"]))


def test_offsets_point_into_the_decoded_file(seed):
    raw = seed.texts[SEED.name]
    for row in seed.paragraphs.itertuples():
        span = raw[row.start:row.end]
        assert re.sub(r"\s", "", span) == re.sub(r"\s", "", row.text), row.line
        assert raw.count("\n", 0, row.start) + 1 == row.line


def test_a_folder_is_read_in_name_order_and_articles_numbered_across_files(tmp_path):
    (tmp_path / "b.txt").write_text("第二篇\n\n正文二。\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("# 第一篇\n\n正文一。\n", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("not,text\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.articles[["file", "article", "title"]].values.tolist() == [
        ["a.md", 1, "第一篇"], ["b.txt", 2, "第二篇"]]


@pytest.mark.parametrize("encoding,prefix", [("utf-8", b""), ("utf-8-sig", b""), ("gb18030", b""),
                                             ("gbk", b""), ("utf-16", b"")])
def test_encodings_are_detected(tmp_path, encoding, prefix):
    text = (DATA / "plain_article.txt").read_text(encoding="utf-8")
    path = tmp_path / "article.txt"
    path.write_bytes(prefix + text.encode(encoding))
    corpus = load_corpus(path)
    assert corpus.articles.loc[0, "title"] == "让绿色成为高质量发展的鲜明底色"
    expected = re.sub(r"\s", "", text).replace("本报记者李明王芳", "本报记者 李明 王芳")
    assert "".join(corpus.paragraphs["text"]) == expected
    assert corpus.files.loc[0, "encoding"] in {"utf-8": ["utf-8"], "utf-8-sig": ["utf-8-sig"],
                                                 "gb18030": ["gb18030"], "gbk": ["gb18030"],
                                                 "utf-16": ["utf-16"]}[encoding]


def test_a_short_gbk_file_is_not_mistaken_for_japanese(tmp_path):
    path = tmp_path / "short.txt"
    path.write_bytes("西部大开发".encode("gbk") * 3)
    corpus = load_corpus(path)
    assert corpus.texts["short.txt"] == "西部大开发" * 3 and corpus.files.loc[0, "encoding"] == "gb18030"


def test_big5_traditional_text_is_read(tmp_path):
    path = tmp_path / "trad.txt"
    path.write_bytes("習近平總書記強調，要堅持把發展特色優勢產業作為主攻方向。".encode("big5"))
    corpus = load_corpus(path)
    assert corpus.paragraphs.loc[0, "original"].startswith("習近平總書記強調")
    assert corpus.paragraphs.loc[0, "text"].startswith("习近平总书记强调")


def test_crlf_line_ends_give_the_same_paragraphs(tmp_path):
    text = (DATA / "plain_article.txt").read_text(encoding="utf-8")
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    crlf = load_corpus(path).paragraphs
    lf = load_corpus(DATA / "plain_article.txt").paragraphs
    assert crlf[["line", "kind", "text"]].values.tolist() == lf[["line", "kind", "text"]].values.tolist()
    assert not crlf["text"].str.contains("\r").any()


@pytest.mark.parametrize("content,expected", [
    (b"", "is empty"),
    (b"  \n\n \r\n", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (bytes(range(128, 256)) * 4, "encoding"),
])
def test_bad_files_get_a_clear_error_naming_the_file(tmp_path, content, expected):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(CorpusError, match=expected) as info:
        load_corpus(path)
    assert "bad.txt" in str(info.value)


def test_missing_path_and_empty_folder_get_clear_errors(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(tmp_path / "no_such_file.txt")
    with pytest.raises(CorpusError, match="no .txt or .md files") as info:
        load_corpus(tmp_path)
    assert str(tmp_path) in str(info.value)


def test_corpus_error_is_a_value_error_and_exported():
    assert issubclass(helpers.CorpusError, ValueError)


def test_seed_articles_are_dated_and_numbered_within_their_file(seed):
    # the first article prints no date: the page's (manifest); the others: their datelines
    assert seed.articles["date"].tolist() == ["2024-04-25", "2024-04-24", "2024-04-24"]
    assert seed.articles["position"].tolist() == [1, 2, 3]


@pytest.fixture
def bundled(tmp_path, monkeypatch):
    """A seeds/ folder holding the seed page and one named corpus."""
    import helpers.reading

    seeds = tmp_path / "seeds"
    (seeds / "xwlb_2024-04").mkdir(parents=True)
    programme = "# 《新闻联播》 (20240423)\n\n## 详细新闻\n\n### 甲\n\n正文。\n"
    (seeds / "xwlb_2024-04" / "20240423.md").write_text(programme, encoding="utf-8")
    (seeds / SEED.name).write_bytes(SEED.read_bytes())
    monkeypatch.setattr(helpers.reading, "SEEDS", seeds)
    monkeypatch.setattr(helpers.reading, "SEED_PAGE", seeds / SEED.name)
    monkeypatch.chdir(tmp_path)
    return seeds


def test_a_bare_name_loads_the_bundled_corpus_and_no_argument_the_seed_page_only(bundled):
    assert helpers.corpus.bundled_corpora() == ["xwlb_2024-04"]
    assert load_corpus().files["file"].tolist() == [SEED.name]
    named = load_corpus("xwlb_2024-04")
    assert named.articles[["file", "title", "date", "position"]].values.tolist() == [
        ["20240423.md", "甲", "2024-04-23", 1]]


def test_a_name_with_a_folder_in_it_is_a_path_and_an_unknown_name_lists_the_bundled_ones(bundled):
    own = bundled.parent / "mine" / "xwlb_2024-04"
    own.mkdir(parents=True)
    (own / "a.txt").write_text("自己的\n\n正文。\n", encoding="utf-8")
    assert load_corpus("mine/xwlb_2024-04").articles["title"].tolist() == ["自己的"]
    with pytest.raises(CorpusError, match="xwlb_2024-04"):
        load_corpus("xwlb_2025-01")
