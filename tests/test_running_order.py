"""helpers.running_order: stories in running order, whose they are, protocol order, the day × position chart.

Two hand-written evenings in the 新闻联播 format (tests/data/programmes: 1 and 3 January 2024, three
stories each, the second evening out of protocol order on purpose), and the bundled month.
"""
import time

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

import helpers  # noqa: E402
from helpers import running_order  # noqa: E402


@pytest.mark.parametrize("headline, leader", [
    ("习近平主持召开新时代推动西部大开发座谈会强调 进一步形成大保护大开放高质量发展新格局", "习近平"),
    ("李强在贵州调研", "李强"),
    ("王沪宁会见哈萨克斯坦议会下院议长", "王沪宁"),
    ("中共中央政治局召开会议 中共中央总书记习近平主持会议", "习近平"),
    ("赵乐际出席会议 李强讲话", "李强"),            # the higher rank, wherever it stands
    ("神舟十八号载人飞船发射窗口确定 航天员乘组亮相", None),
    ("总书记的关怀温暖人心", None),                  # a title alone names no one: a stated limit
])
def test_leader_in_headline(headline, leader):
    assert running_order.leader_in(headline) == leader


def test_leaders_follow_the_protocol_order_of_the_data_file():
    table = running_order.leaders()
    assert table["name"].tolist()[:7] == ["习近平", "李强", "赵乐际", "王沪宁", "蔡奇", "丁薛祥", "李希"]
    assert table["rank"].is_monotonic_increasing and table["name"].is_unique


def test_stories_of_two_evenings(evenings):
    table = running_order.stories(evenings)
    assert list(table.columns) == running_order.STORY_COLUMNS
    assert table["position"].tolist() == [1, 2, 3, 1, 2, 3]
    assert table["leader"].fillna("-").tolist() == ["习近平", "李强", "-", "赵乐际", "-", "习近平"]
    assert table["rank"].fillna(0).tolist() == [1, 2, 0, 3, 0, 1]
    assert table["bulletin"].tolist() == [False, False, True, False, False, False]
    assert table["n_stories"].tolist() == [3] * 6
    assert table.loc[4, "chars"] == 0 and (table.drop(index=4)["chars"] > 0).all()  # headline only


def test_evenings_check_protocol_order(evenings):
    table = running_order.evenings(running_order.stories(evenings))
    assert table["date"].tolist() == ["2024-01-01", "2024-01-03"]
    assert table["opener_leader"].tolist() == ["习近平", "赵乐际"]
    assert table["leaders"].tolist() == ["习近平 › 李强", "赵乐际 › 习近平"]
    assert table["protocol"].tolist() == [True, False]
    assert table["leaders_first"].tolist() == [True, False]


def test_leader_summary(evenings):
    table = running_order.leader_summary(running_order.stories(evenings)).set_index("name")
    assert table.loc["习近平", ["stories", "evenings", "openings", "mean_position", "best_position"]].tolist() == [
        2, 2, 1, 2.0, 1]
    assert table.loc["赵乐际", ["stories", "openings"]].tolist() == [1, 1]
    assert table.loc["王沪宁", "stories"] == 0 and pd.isna(table.loc["王沪宁", "best_position"])


def test_order_chart_draws_every_story_and_the_missing_day(evenings):
    fig = running_order.order_chart(running_order.stories(evenings))
    ax = fig.axes[0]
    cells = [p for p in ax.patches if not p.get_hatch()]
    assert len(cells) == 6
    assert [p.get_hatch() for p in ax.patches if p.get_hatch()] == ["//"]     # 2 January
    labels = [t.get_text() for t in fig.legends[0].get_texts()]
    assert labels[:3] == ["习近平 · general secretary 中共中央总书记", "李强 · premier 国务院总理",
                          "赵乐际 · NPC chairman 全国人大常委会委员长"]
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()


def test_stories_need_dated_programmes():
    undated = helpers.Corpus({"a.txt": "# 题\n\n正文。\n"}, {"a.txt": "utf-8"})
    undated.articles = undated.articles.drop(columns=["date", "position"])
    with pytest.raises(ValueError, match="dated programmes"):
        running_order.stories(undated)


# --- the month ------------------------------------------------------------------------------------

def test_the_month_loads_quickly_when_warm(month):
    start = time.perf_counter()
    helpers.load_corpus("xwlb_2024-04")
    assert time.perf_counter() - start < 3


def test_the_month_has_29_evenings_and_no_programme_on_19_april(month):
    table = running_order.stories(month)
    assert table["date"].nunique() == 29
    days = helpers.themes.calendar(table["date"])
    assert days.loc[~days["programme"], "date"].dt.strftime("%m-%d").tolist() == ["04-19"]


def test_in_the_month_leaders_always_appear_in_protocol_order_and_only_the_leader_opens(month):
    table = running_order.stories(month)
    nights = running_order.evenings(table)
    assert nights["protocol"].all()
    assert set(nights["opener_leader"].dropna()) == {"习近平"}
    symposium = table.query("date == '2024-04-23' and position == 1").iloc[0]
    assert symposium["leader"] == "习近平" and symposium["chars"] == 0    # the source has only its headline


def test_in_the_month_western_development_is_a_campaign_around_23_april(month):
    profile = helpers.themes.time_profile(helpers.themes.formulations(month, by="date")).set_index("term")
    assert profile.loc["西部大开发", "pattern"] == "campaign"
    assert "2024-04-22" <= profile.loc["西部大开发", "peak"] <= "2024-04-25"
    assert profile.loc["高质量发展", "pattern"] == "steady"
