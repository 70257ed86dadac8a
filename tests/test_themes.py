"""helpers.themes: frequencies, keywords, formulations, KWIC, co-occurrence, dispersion."""

import matplotlib
import pandas as pd
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

    plain = Corpus({"a.txt": "# 题\n\n今天天气很好。\n"}, {"a.txt": "utf-8"})
    empty = themes.formulation_heatmap(themes.formulations(plain))
    assert "no formulation" in empty.axes[0].texts[0].get_text()
    assert not [w for w in recwarn if "singular" in str(w.message)]


# --- over time: two hand-written evenings (tests/data/programmes), three stories each; 2 January
# has no programme. See tests/test_running_order.py for the running order of the same evenings.

@pytest.mark.parametrize("term, by, expected", [
    ("西部大开发", "date", {"2024-01-01": 3, "2024-01-03": 0}),     # headline + two body paragraphs
    ("高质量发展", "date", {"2024-01-01": 2, "2024-01-03": 1}),
    ("航天", "date", {"2024-01-01": 2, "2024-01-03": 3}),           # a 快讯 sub-headline counts too
    ("航天", "position", {1: 1, 2: 0, 3: 4}),
    ("本期节目主要内容", "date", {"2024-01-01": 0, "2024-01-03": 0}),  # the summary list is not text
])
def test_term_counts_per_evening_and_per_place_in_the_running_order(evenings, term, by, expected):
    table = themes.term_counts(evenings, [term], by=by)
    assert list(table.columns) == ["term", by, "count"]
    assert dict(zip(table[by], table["count"])) == expected


def test_formulations_by_date_keep_the_formulation_columns(evenings):
    table = themes.formulations(evenings, by="date")
    assert list(table.columns) == ["term", "pinyin", "english", "date", "count"]
    assert len(table) == 2 * len(themes.formulation_list())


def test_grouping_by_date_needs_dated_articles():
    undated = Corpus({"t.txt": "# 甲文\n\n航天合作。\n"}, {"t.txt": "utf-8"})
    with pytest.raises(ValueError, match="date"):
        themes.term_counts(undated, ["航天"], by="date")
    with pytest.raises(ValueError, match="by must be one of"):
        themes.term_counts(undated, ["航天"], by="week")


def test_tfidf_per_evening_counts_evenings_as_documents(evenings):
    kw = themes.keywords(evenings, by="date", documents="date", top=20)
    scores = {(r.date, r.keyword): r.score for r in kw.itertuples()}
    assert scores[("2024-01-03", "航天")] == 0          # in both evenings: no information
    assert scores[("2024-01-01", "西部大开发")] > 0
    assert ("2024-01-03", "西部大开发") not in scores


@pytest.mark.parametrize("daily, expected", [
    ([0, 0, 9, 1, 0, 0], ("campaign", 1.0, "d3")),       # nearly all in three evenings running
    ([2, 1, 2, 1, 2, 1], ("steady", 0.556, "d1")),       # every evening
    ([0, 3, 0, 0, 0, 3], ("intermittent", 0.5, "d2")),   # two evenings, too few for a campaign
    ([0, 0, 0, 0, 0, 0], ("absent", 0.0, "d1")),
])
def test_time_profile_tells_campaigns_from_steady_terms(daily, expected):
    counts = pd.DataFrame({"term": "词", "date": [f"d{i}" for i in range(1, 7)], "count": daily})
    row = themes.time_profile(counts, window=3).iloc[0]
    assert (row["pattern"], row["peak_share"], row["peak"]) == expected
    assert row["evenings"] == sum(1 for n in daily if n)


def test_calendar_and_timeline_show_the_day_without_a_programme(evenings):
    days = themes.calendar(["2024-01-03", "2024-01-01"])
    assert days["programme"].tolist() == [True, False, True]
    fig = themes.timeline(themes.term_counts(evenings, ["高质量发展", "航天"], by="date"))
    ax = fig.axes[0]
    assert [line.get_label() for line in ax.get_lines()] == ["高质量发展", "航天"]
    assert pd.isna(ax.get_lines()[0].get_ydata()[1])   # a gap on 2 January, not a zero
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    heat = themes.timeline_heatmap(themes.formulations(evenings, by="date"))
    assert [t.get_text() for t in heat.axes[0].get_yticklabels()] == ["西部大开发", "高质量发展"]
    assert len(heat.axes[0].get_xticklabels()) == 3


def test_log_odds_between_two_groups_of_tokens():
    tokens = pd.DataFrame({"medium": ["报"] * 4 + ["视"] * 4,
                           "token": ["座谈会", "座谈会", "座谈会", "发展", "发展", "发展", "发展", "会见"]})
    table = themes.log_odds(tokens, "medium", top=1)
    assert dict(zip(table["medium"], table["token"])) == {"报": "座谈会", "视": "发展"}


def test_over_time_sums_articles_per_date_or_per_month():
    from helpers.themes import over_time

    counts = pd.DataFrame({"term": ["甲", "甲", "甲", "乙"], "article": [1, 2, 3, 3], "count": [1, 2, 4, 1]})
    articles = pd.DataFrame({"article": [1, 2, 3, 4], "date": ["2024-04-01", "2024-04-01", "2024-05-02", None]})
    daily = over_time(counts, articles)
    assert daily.values.tolist() == [["乙", "2024-05-02", 1], ["甲", "2024-04-01", 3], ["甲", "2024-05-02", 4]]
    monthly = over_time(counts, articles, max_dates=1)
    assert monthly.values.tolist() == [["乙", "2024-05", 1], ["甲", "2024-04", 3], ["甲", "2024-05", 4]]


@pytest.mark.parametrize("which", ["seed", "month"])
def test_content_words_are_the_content_tokens_without_the_token_table(which, request):
    corpus = request.getfixturevalue(which)
    expected = themes.content_tokens(corpus)[["article", "section", "token"]].reset_index(drop=True)
    pd.testing.assert_frame_equal(themes.content_words(corpus), expected)
