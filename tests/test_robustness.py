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
        assert raw[row.start:row.end].replace("\n", "") == row.original.replace("\n", "") or len(row.original) < row.end - row.start
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
