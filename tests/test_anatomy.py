"""helpers.anatomy: sentences, lengths, section openers and the repairs table."""

from helpers.anatomy import SENTENCE, paragraph_lengths, repairs, section_openers, sentences


def test_sentence_splitting_keeps_closing_quotes_with_their_sentence():
    text = "“我们要加油干。”他说，“未来会更好！”真的吗？没有句号的结尾"
    assert SENTENCE.findall(text) == ["“我们要加油干。”", "他说，“未来会更好！”", "真的吗？", "没有句号的结尾"]


def test_sentences_cover_every_body_character(seed):
    s = sentences(seed)
    body = seed.body()
    assert "".join(s["text"]) == "".join(body["text"])
    assert set(s.columns) >= {"file", "line", "article", "section", "sentence", "text", "n_chars"}


def test_paragraph_lengths(seed):
    lengths = paragraph_lengths(seed)
    assert len(lengths) == len(seed.body())
    row = lengths.set_index("line").loc[9]
    assert (row["n_chars"], row["n_sentences"]) == (42, 1)


def test_section_openers_line_up_the_leader_s_statements_with_the_headings(seed):
    openers = section_openers(seed)
    first = openers[openers["article"] == 1]
    assert len(first) == 7
    assert first["speaker"].eq("习近平总书记").all()
    assert set(first["verb"]) == {"强调", "指出"}
    # six headings repeat the statement word for word; the last one condenses it
    assert (first["overlap"] == 1.0).sum() == 6 and first["overlap"].min() > 0.9
    assert openers[openers["article"] == 2]["speaker"].isna().all()


def test_section_opener_on_a_hand_written_page():
    from helpers.corpus import Corpus

    text = "# 题\n\n### 坚持创新驱动\n\n习近平总书记指出，要坚持创新驱动发展。\n\n### 另一节\n\n记者走进工厂。\n"
    corpus = Corpus({"a.txt": text}, {"a.txt": "utf-8"})
    openers = section_openers(corpus)
    assert openers["speaker"].tolist()[0] == "习近平总书记"
    assert openers["overlap"].tolist() == [1.0, 0.0]


def test_repairs_lists_what_the_loader_did(seed):
    table = repairs(seed)
    notes = " ".join(table["note"])
    for expected in ("rejoined with line 37", "rejoined with line 157", "misprint? 自洽区",
                     "repeated list item? 护绿", "headline printed after its article", "repeated kicker"):
        assert expected in notes
    assert set(table["kind"]) >= {"marker", "dateline", "fragment"}
    assert not table["line"].isin([9, 11]).any()  # clean paragraphs are not listed
