"""Users' own files: traditional characters, web and markdown remnants, one-line files, mixed
encodings, unbalanced quotation marks. Nothing may be lost or crash."""
import re

from helpers import load_corpus
from helpers.corpus import to_simplified

TRADITIONAL = """# 習近平在重慶考察

——強調進一步全面深化改革開放

本報記者 張三

「我們要發揮模範帶頭作用。」雲南省臨滄市滄源佤族自治縣班洪鄉老支書胡德學說。

### 堅定信心

乾隆年間的故事與頭髮的乾燥無關。
"""


def test_traditional_text_is_analysed_in_simplified_and_reported_in_the_original(tmp_path):
    path = tmp_path / "trad.txt"
    path.write_text(TRADITIONAL, encoding="utf-8")
    corpus = load_corpus(path)
    p = corpus.paragraphs
    assert corpus.files.loc[0, "script"].startswith("traditional")
    assert p["kind"].tolist() == ["title", "subtitle", "byline", "body", "heading", "body"]
    assert p.loc[0, "text"] == "习近平在重庆考察" and p.loc[0, "original"] == "習近平在重慶考察"
    assert p.loc[3, "text"].startswith("“我们要发挥模范带头作用。”")  # corner brackets read as quotes
    assert p.loc[5, "text"].startswith("乾隆年间")  # phrase-level conversion: 乾隆 stays 乾隆
    assert corpus.articles.loc[0, "source"] == "本报记者"
    # offsets are valid in the original file
    raw = corpus.texts["trad.txt"]
    for row in p.itertuples():
        shown = raw[row.start:row.end].replace("\n", "")
        assert shown == row.original.replace("\n", "") or len(row.original) < row.end - row.start
    tokens = corpus.tokens
    assert "胡德学" in tokens["token"].tolist()
    assert tokens.set_index("token").loc["胡德学", "original"] == "胡德學"
    assert all(raw[t.start:t.end] == t.original for t in tokens.itertuples())


def test_simplified_text_is_left_alone():
    text = "在中国式现代化建设中奋力谱写西部大开发新篇章。乾隆皇帝。"
    assert to_simplified(text) == (text, False)


def test_html_remnants_are_removed_and_split_into_paragraphs(tmp_path):
    page = ("<h1>促进航天技术更好惠及人民</h1><p>　　4月24日，论坛在北京开幕。</p>"
            "<p>　　“这是一个好机会。”他说。&nbsp;</p><p><strong>航天</strong>合作不断深化。</p>")
    path = tmp_path / "pasted.html.txt"
    path.write_text(page, encoding="utf-8")
    p = load_corpus(path).paragraphs
    assert p["text"].tolist() == ["促进航天技术更好惠及人民", "4月24日，论坛在北京开幕。",
                                  "“这是一个好机会。”他说。", "航天合作不断深化。"]
    assert p["kind"].tolist()[0] == "title" and (p["kind"].tolist()[1:] == ["body"] * 3)
    # the note is on each paragraph whose own text had markup inside or around it
    assert p["note"].str.contains("markup removed").tolist() == [True, False, True, True]
    raw = page
    for row in p.itertuples():  # nothing but markup between start and end
        inside = re.sub(r"<[^>]+>|&\w+;|\s|\u3000", "", raw[row.start:row.end])
        assert inside == row.text


def test_markdown_links_and_emphasis(tmp_path):
    path = tmp_path / "md.md"
    path.write_text("# 标题\n\n**重要**消息：详见[新华网](http://example.org/a)报道。\n\n> 引用的一段话。\n",
                    encoding="utf-8")
    p = load_corpus(path).paragraphs
    assert p["text"].tolist() == ["标题", "重要消息：详见新华网报道。", "引用的一段话。"]


def test_one_very_long_line_with_typeset_indents(tmp_path):
    paragraph = "　　西部地区要坚持把发展特色优势产业作为主攻方向，因地制宜发展新兴产业。"
    path = tmp_path / "oneline.txt"
    path.write_text("标题" + paragraph * 3000, encoding="utf-8")  # ~100,000 characters, no newline
    corpus = load_corpus(path)
    p = corpus.paragraphs
    assert len(p) == 3001 and (p["line"] == 1).all()
    assert p.loc[0, "kind"] == "title" and (p["kind"][1:] == "body").all()
    assert "".join(p["text"]) == ("标题" + paragraph * 3000).replace("\u3000", "")


def test_a_single_line_without_any_break_is_one_paragraph(tmp_path):
    text = "西部地区要坚持把发展特色优势产业作为主攻方向。" * 5000
    path = tmp_path / "wall.txt"
    path.write_text(text, encoding="utf-8")
    p = load_corpus(path).paragraphs
    assert p["text"].tolist() == [text] and p.loc[0, "kind"] == "body"


def test_a_folder_with_mixed_encodings(tmp_path):
    (tmp_path / "a_utf8.txt").write_text("# 甲\n\n西部大开发。\n", encoding="utf-8")
    (tmp_path / "b_bom.txt").write_text("# 乙\n\n高质量发展。\n", encoding="utf-8-sig")
    (tmp_path / "c_gbk.txt").write_bytes("# 丙\n\n新质生产力。\n".encode("gbk"))
    (tmp_path / "d_big5.txt").write_bytes("# 丁\n\n兩岸經濟合作。\n".encode("big5"))
    corpus = load_corpus(tmp_path)
    assert corpus.files["encoding"].tolist() == ["utf-8", "utf-8-sig", "gb18030", "big5"]
    assert corpus.articles["title"].tolist() == ["甲", "乙", "丙", "丁"]
    assert corpus.paragraphs.query("kind == 'body'")["text"].tolist() == [
        "西部大开发。", "高质量发展。", "新质生产力。", "两岸经济合作。"]


def test_unbalanced_quotation_marks_are_flagged_not_dropped(tmp_path):
    path = tmp_path / "quotes.txt"
    path.write_text("标题\n\n他说：“我们要加油干。\n\n另一段。”多出来的引号。”\n", encoding="utf-8")
    p = load_corpus(path).paragraphs
    assert len(p) == 3
    assert "unbalanced quotation marks: 1 “ and 0 ”" in p.loc[1, "note"]
    assert "unbalanced quotation marks: 0 “ and 2 ”" in p.loc[2, "note"]


# --- issue 10: real files of any kind load losslessly, or raise CorpusError naming the file -----------

import codecs  # noqa: E402

import pytest  # noqa: E402
from lossless import check_lossless  # noqa: E402

from helpers import CorpusError  # noqa: E402
from helpers.anatomy import repairs  # noqa: E402


def load_text(tmp_path, text, name="a.txt", encoding="utf-8", **kw):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return load_corpus(path, **kw)


@pytest.mark.parametrize("line, expected", [
    ("他在<人民日报>上发表文章，称增速<5%，而利润率>3%，这是事实。",
     "他在<人民日报>上发表文章，称增速<5%，而利润率>3%，这是事实。"),
    ("他说：<<我们要加快发展>>，大家都赞同。", "他说：<<我们要加快发展>>，大家都赞同。"),
    ("如果a<b且c>d，则结论成立。", "如果a<b且c>d，则结论成立。"),
    ("正文<strong>重点</strong>内容<span class=\"x\">在此</span>。", "正文重点内容在此。"),
    ("正文<!-- 注释 -->继续<br/>。", "正文继续"),   # <br/> breaks the paragraph: the first part
    ("#两会# 代表委员热议发展新路径，大家纷纷表示赞同。", "#两会# 代表委员热议发展新路径，大家纷纷表示赞同。"),
])
def test_only_real_html_tags_and_marks_are_markup(tmp_path, line, expected):
    corpus = load_text(tmp_path, "标题\n\n" + line + "\n")
    assert corpus.paragraphs["text"].tolist()[1] == expected
    check_lossless(corpus)


def test_a_hashtag_line_does_not_start_an_article(tmp_path):
    corpus = load_text(tmp_path, "# 标题\n\n正文。\n\n#两会#\n\n代表委员热议。\n")
    assert len(corpus.articles) == 1


@pytest.mark.parametrize("line_end", ["\r", "\u2028", "\u2029", "\x85", "\r\n", "\x0c"])
def test_every_line_end_splits_lines(tmp_path, line_end):
    text = (DATA_TEXT := "标题\n\n——副题\n\n本报记者 张三\n\n第一段。\n\n第二段。\n")
    lf = load_text(tmp_path, DATA_TEXT, "lf.txt").paragraphs
    other = load_text(tmp_path, text.replace("\n", line_end), "other.txt")
    assert other.paragraphs[["line", "kind", "text"]].values.tolist() == lf[["line", "kind", "text"]].values.tolist()
    check_lossless(other)


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"])
def test_utf16_and_utf32_with_a_bom(tmp_path, encoding):
    bom = {"utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE,
           "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    corpus = load_text(tmp_path, bom + "# 标题\n\n正文。\n".encode(encoding))
    assert corpus.paragraphs["text"].tolist() == ["标题", "正文。"]
    assert corpus.files.loc[0, "encoding"] in ("utf-32", "utf-16")


@pytest.mark.parametrize("content", [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, "\u3000\u3000\n\u3000".encode(),
                                     codecs.BOM_UTF8 + b" \n\t", "\ufeff\ufeff".encode()])
def test_a_file_of_only_a_bom_or_blanks_is_empty(tmp_path, content):
    with pytest.raises(CorpusError, match="a.txt is empty"):
        load_text(tmp_path, content)


@pytest.mark.parametrize("argument, expected", [
    ("", "path is empty"), ("  ", "path is empty"), (42, "give the path"), (["a.txt"], "give the path"),
    ("/dev/null", "neither a file nor a folder"), ("x" * 5000, "File name too long"),
    ("~no_such_user_here/a.txt", "no home folder"),
])
def test_arguments_that_are_not_a_corpus(argument, expected):
    with pytest.raises(CorpusError, match=expected):
        load_corpus(argument)


def test_an_unknown_errors_option_is_refused(tmp_path):
    with pytest.raises(CorpusError, match="errors='replace'"):
        load_text(tmp_path, "正文。", errors="ignore")


def test_subfolders_are_read_in_name_order_and_named_by_their_path(tmp_path):
    (tmp_path / "2024" / "05").mkdir(parents=True)
    (tmp_path / "2024" / "b.txt").write_text("乙\n\n正文乙。\n", encoding="utf-8")
    (tmp_path / "2024" / "05" / "c.md").write_text("# 丙\n\n正文丙。\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("甲\n\n正文甲。\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.articles[["file", "title"]].values.tolist() == [
        ["2024/05/c.md", "丙"], ["2024/b.txt", "乙"], ["a.txt", "甲"]]
    only_subfolders = load_corpus(tmp_path / "2024")
    assert only_subfolders.files["file"].tolist() == ["05/c.md", "b.txt"]


def test_junk_files_are_skipped_and_listed(tmp_path):
    (tmp_path / "a.txt").write_text("甲\n\n正文。\n", encoding="utf-8")
    (tmp_path / "._a.txt").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / "~$draft.txt").write_bytes(b"\xff\xfe\x00")
    (tmp_path / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0")
    (tmp_path / ".ipynb_checkpoints").mkdir()
    (tmp_path / ".ipynb_checkpoints" / "a-checkpoint.txt").write_text("旧\n", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.files["file"].tolist() == ["a.txt"]
    assert corpus.skipped.values.tolist() == [
        [".DS_Store", "system or editor file"], ["._a.txt", "system or editor file"],
        [".ipynb_checkpoints/", "system or editor folder"], ["Thumbs.db", "system or editor file"],
        ["notes.csv", "not a .txt or .md file"], ["~$draft.txt", "system or editor file"]]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk", "utf-8"])
def test_a_manifest_saved_by_excel_or_in_gbk_is_read(tmp_path, encoding):
    (tmp_path / "manifest.csv").write_bytes("file,publication,date\r\na.txt,光明日报,2024-05-06\r\n".encode(encoding))
    (tmp_path / "a.txt").write_text("标题\n\n本报记者 张三\n\n正文。\n", encoding="utf-8")
    art = load_corpus(tmp_path).articles.iloc[0]
    assert (art["source"], art["date"]) == ("光明日报本报记者", "2024-05-06")


def test_a_manifest_without_a_file_column_gets_a_clear_error(tmp_path):
    (tmp_path / "manifest.csv").write_text("name,publication\na.txt,光明日报\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("标题\n\n正文。\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="manifest.csv has no 'file' column"):
        load_corpus(tmp_path)


BAD_BYTE = "标题\n\n第一段。\n\n第二段有坏".encode() + b"\xff" + "字节。\n".encode()


def test_one_bad_byte_names_its_line_and_column_and_the_way_to_load_anyway(tmp_path):
    with pytest.raises(CorpusError) as info:
        load_text(tmp_path, BAD_BYTE)
    message = str(info.value)
    assert "a.txt" in message and "line 5, column 6" in message and "errors='replace'" in message


def test_errors_replace_replaces_flags_and_lists_the_repair(tmp_path):
    corpus = load_text(tmp_path, BAD_BYTE, errors="replace")
    p = corpus.paragraphs
    assert p["text"].tolist() == ["标题", "第一段。", "第二段有坏\ufffd字节。"]
    assert p["note"].str.contains("replaced").tolist() == [False, False, True]
    assert "line 5, column 6" in corpus.files.loc[0, "note"]
    assert repairs(corpus)["line"].tolist() == [5]


def test_files_joined_with_cat_keep_each_title(tmp_path):
    one = "# 第一篇\n\n正文一。\n".encode("utf-8-sig")
    two = "# 第二篇\n\n正文二。\n".encode("utf-8-sig")
    corpus = load_text(tmp_path, one + two)
    assert corpus.articles["title"].tolist() == ["第一篇", "第二篇"]
    check_lossless(corpus)


def test_a_traditional_article_after_many_simplified_characters_is_converted(tmp_path):
    simplified = "# 简体\n\n" + "西部地区要坚持把发展特色优势产业作为主攻方向。\n\n" * 1000  # 23,000 characters
    corpus = load_text(tmp_path, simplified + TRADITIONAL)
    p = corpus.paragraphs
    assert p["text"].iloc[-6:].tolist()[0] == "习近平在重庆考察"
    assert p["original"].iloc[-6:].tolist()[0] == "習近平在重慶考察"
    assert corpus.files.loc[0, "script"].startswith("mixed")
    assert (p["text"].iloc[:-6] == p["original"].iloc[:-6]).all()


def test_a_pipe_in_the_folder_is_skipped_not_waited_for(tmp_path):
    import os

    (tmp_path / "a.txt").write_text("甲\n\n正文。\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    corpus = load_corpus(tmp_path)
    assert corpus.skipped.values.tolist() == [["pipe.txt", "not a regular file"]]
