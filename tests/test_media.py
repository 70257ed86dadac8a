"""helpers.media: one event in two media, on hand-written programmes and on the real event
(the Western Development symposium of 23 April 2024: the seed page against the month of 新闻联播)."""

import matplotlib
import pytest

matplotlib.use("Agg")

import helpers  # noqa: E402
from helpers import media  # noqa: E402


@pytest.fixture(scope="module")
def symposium(seed):
    tv = helpers.load_corpus("xwlb_2024-04")
    return {"人民日报 newspaper": (seed, media.select(seed, "西部大开发")),
            "新闻联播 television": (tv, media.select(tv, "西部大开发", "2024-04-23", "2024-04-26"))}


@pytest.mark.parametrize("headline, start, end, titles", [
    ("航天", None, None, ["习近平向航天论坛致贺信"]),
    ("习近平", None, None, ["习近平主持召开西部大开发座谈会", "习近平向航天论坛致贺信"]),
    ("习近平", "2024-01-02", None, ["习近平向航天论坛致贺信"]),
    ("习近平", None, "2024-01-01", ["习近平主持召开西部大开发座谈会"]),
    ("外宾", "2024-01-04", None, []),
])
def test_select_by_headline_and_dates(evenings, headline, start, end, titles):
    chosen = media.select(evenings, headline, start, end)
    assert evenings.articles.set_index("article").loc[chosen, "title"].tolist() == titles


def test_profile_of_two_hand_written_stories(evenings):
    parts = {"甲": (evenings, [1]), "乙": (evenings, [5, 6])}     # 5 has a headline only
    table = media.profile(parts).set_index("medium")
    assert table.loc["甲", ["articles", "body_chars", "sentences"]].tolist() == [1, 35, 2]
    assert table.loc["乙", ["articles", "body_chars", "sentences"]].tolist() == [2, 24, 1]
    assert table["speech_events"].tolist() == [0, 0]


def test_formulations_of_two_media_mark_the_shared_ones(evenings):
    table = media.formulations({"甲": (evenings, [1]), "乙": (evenings, [6])})
    assert table[["term", "甲", "乙", "shared"]].values.tolist() == [
        ["高质量发展", 1, 1, True], ["西部大开发", 3, 0, False]]


def test_the_newspaper_quotes_many_people_by_name_and_television_none(symposium):
    table = media.profile(symposium).set_index("medium")
    paper, tv = table.loc["人民日报 newspaper"], table.loc["新闻联播 television"]
    assert tv["articles"] == 3 and paper["articles"] == 1
    assert paper["people_quoted"] >= 20 and tv["people_quoted"] == 0
    assert tv["body_chars"] < paper["body_chars"] / 3
    assert tv["leader"] > 0 and tv["group"] > 0 and tv["direct"] == 0


def test_both_media_use_the_formulations_of_the_speech(symposium):
    shared = media.formulations(symposium).query("shared")["term"].tolist()
    assert {"西部大开发", "重要讲话精神", "高质量发展", "大开放"} <= set(shared)


def test_distinctive_words_and_voice_bars(symposium):
    words = media.distinctive(symposium, top=10)
    assert list(words.columns) == ["medium", "token", "count", "z"]
    assert "党组书记" in words.query("medium == '人民日报 newspaper'")["token"].tolist()  # the titles of those quoted
    fig = media.voice_bars(media.profile(symposium))
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["人民日报 newspaper", "新闻联播 television"]
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
