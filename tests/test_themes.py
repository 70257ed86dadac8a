"""helpers.themes: frequencies, keywords, formulations, KWIC, co-occurrence, dispersion."""
import matplotlib
import pytest

matplotlib.use("Agg")

from helpers import themes  # noqa: E402
from helpers.corpus import Corpus  # noqa: E402


def tiny():
    text = ("# 甲文\n\n### 一节\n\n西部大开发要推动发展。西部大开发很重要。\n\n"
            "### 二节\n\n航天合作推动发展。\n\n# 乙文\n\n航天合作促进航天发展。\n")
    return Corpus({"t.txt": text}, {"t.txt": "utf-8"})


def test_frequencies_drop_stopwords_and_punctuation(seed):
    freq = themes.frequencies(seed, top=20)
    assert freq["token"].iloc[0] == "习近平"
    assert not freq["token"].isin(["的", "，", "我们", "和"]).any()
    assert freq["count"].is_monotonic_decreasing


def test_frequencies_per_article_on_a_hand_written_corpus():
    freq = themes.frequencies(tiny(), by="article")
    counts = {(r.article, r.token): r.count for r in freq.itertuples()}
    assert counts[(1, "西部大开发")] == 2 and counts[(2, "航天")] == 2
    assert (1, "航天") in counts and (2, "西部大开发") not in counts


def test_corpus_tfidf_scores_words_in_every_section_zero():
    kw = themes.keywords(tiny(), by="article", method="tfidf", top=10)
    scores = {(r.article, r.keyword): r.score for r in kw.itertuples()}
    assert scores[(1, "发展")] == 0  # 发展 is in every section: no information
    assert scores[(1, "西部大开发")] > scores[(1, "航天")] > 0


@pytest.mark.parametrize("method", ["tfidf", "jieba", "textrank"])
def test_keywords_of_the_seed_articles(seed, method):
    kw = themes.keywords(seed, by="article", method=method, top=5)
    assert list(kw.columns) == ["article", "rank", "keyword", "score"]
    assert kw.groupby("article").size().tolist() == [5, 5, 5]
    assert "航天" in kw[kw["article"] == 3]["keyword"].tolist()
    assert kw.groupby("article")["score"].apply(lambda s: s.is_monotonic_decreasing).all()


def test_jieba_without_the_domain_dictionary_splits_formulations(seed):
    plain = themes.keywords(seed, by="article", method="jieba", top=40, domain=False)
    ours = themes.keywords(seed, by="article", method="jieba", top=40)
    assert "新质生产力" in set(ours["keyword"]) and "新质生产力" not in set(plain["keyword"])
    assert "新质" in set(plain["keyword"])


def test_keywords_rejects_unknown_method(seed):
    with pytest.raises(ValueError, match="method"):
        themes.keywords(seed, method="lda")


def test_formulations_counted_in_the_text(seed):
    table = themes.formulations(seed)
    assert list(table.columns) == ["term", "pinyin", "english", "article", "count"]
    wide = table.pivot(index="term", columns="article", values="count")
    assert wide.loc["西部大开发"].tolist() == [6, 1, 0]
    assert wide.loc["新质生产力"].sum() == 5 and wide.loc["重要讲话精神", 1] == 14
    by_section = themes.formulations(seed, by="section")
    assert by_section.groupby("term")["count"].sum().equals(wide.sum(axis=1).rename("count"))
    assert by_section.query("term == '铸牢中华民族共同体意识' and count > 0")["section"].tolist() == [
        "坚持铸牢中华民族共同体意识，切实维护民族团结和边疆稳定"]


def test_kwic_aligns_every_occurrence(seed):
    conc = themes.kwic(seed, "新质生产力", width=6)
    assert len(conc) == 4
    assert conc["line"].tolist() == [111, 119, 119, 121]
    row = conc.iloc[0]
    assert row["left"] == "科技创新是发展" [-6:] and row["right"] == "的核心要素。"
    text = seed.paragraphs.set_index("line").loc[111, "text"]
    assert row["left"] + row["keyword"] + row["right"] in text


def test_cooccurrence_within_sentences():
    pairs = themes.cooccurrence(tiny(), min_count=1)
    found = {(r.term_a, r.term_b): r.sentences for r in pairs.itertuples()}
    assert found[("合作", "航天")] == 2
    assert ("西部大开发", "航天") not in found  # never in the same sentence


def test_dispersion_positions_follow_the_reading_order(seed):
    hits = themes.dispersion(seed, ["西部大开发", "航天"])
    first_space = hits[hits["term"] == "航天"]["position"].min()
    assert first_space >= hits.attrs["article_starts"][3]
    assert hits[hits["term"] == "西部大开发"]["article"].max() <= 2
    fig = themes.dispersion_plot(hits)
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["西部大开发", "航天"]


def test_distinctive_words(seed):
    table = themes.distinctive(seed, top=5)
    third = table[table["article"] == 3]["token"].tolist()
    assert "合作" in third and "航天" in third
    assert table.groupby("article")["z"].apply(lambda s: s.is_monotonic_decreasing).all()


def test_reusable_theme_figures(seed):
    heat = themes.formulation_heatmap(themes.formulations(seed), top=5)
    labels = [t.get_text() for t in heat.axes[0].get_yticklabels()]
    assert labels[0] == "重要讲话精神" and len(labels) == 5
    totals = themes.formulation_bars(themes.formulations(seed), top=4)
    assert [t.get_text() for t in totals.axes[0].get_yticklabels()][0] == "重要讲话精神"
    bars = themes.keyword_bars(themes.keywords(seed, top=3), xlabel="TF-IDF score")
    assert [ax.get_title() for ax in bars.axes] == ["文章 1", "文章 2", "文章 3"]


def test_formulation_heatmap_without_any_formulation_draws_a_note(recwarn):
    from helpers.corpus import Corpus

    empty = themes.formulation_heatmap(themes.formulations(Corpus({"a.txt": "# 题\n\n今天天气很好。\n"}, {"a.txt": "utf-8"})))
    assert "no formulation" in empty.axes[0].texts[0].get_text()
    assert not [w for w in recwarn if "singular" in str(w.message)]
