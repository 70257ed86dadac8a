"""The running order (编排顺序 *biānpái shùnxù*) of a news programme: which story comes where, evening
by evening, and whose activities open it.

Works on a corpus of dated programmes whose articles have ``date`` and ``position`` (the story's
place in the evening, 1 = the opening story), such as the month of 新闻联播 in ``seeds/xwlb_2024-04``.
The leaders and their protocol order are data: ``helpers/data/leaders.csv``.

>>> import helpers
>>> month = helpers.load_corpus("xwlb_2024-04")                 # doctest: +SKIP
>>> stories(month).query("position == 1")[["date", "title", "leader"]]   # doctest: +SKIP

Limits: a story belongs to the highest-ranking leader its *headline* names (``王沪宁会见…``); a
leader named only in the text, or a headline naming someone by title alone (``总书记``), is not
counted. A story without text in the source still has its place in the running order.
"""
from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .regions import read_table

BULLETIN = "快讯"  # 国内联播快讯, 国际联播快讯: short items read one after another
OTHER = "other stories 其他新闻"
STORY_COLUMNS = ["article", "date", "position", "n_stories", "title", "chars", "leader", "rank", "role",
                 "bulletin"]


@lru_cache(maxsize=1)
def leaders() -> pd.DataFrame:
    """One row per leader of ``helpers/data/leaders.csv``: ``name``, ``rank`` (1 = the general
    secretary, then the protocol order), ``role``.

    >>> leaders().head(2)["name"].tolist()
    ['习近平', '李强']
    """
    table = read_table("leaders.csv")
    table["rank"] = table["rank"].astype(int)
    return table.drop_duplicates("name")[["name", "rank", "role"]].sort_values("rank").reset_index(drop=True)


def leader_in(headline: str) -> str | None:
    """The highest-ranking leader the headline names, or None.

    >>> leader_in("王沪宁会见哈萨克斯坦议会下院议长"), leader_in("神舟十八号载人飞船发射窗口确定")
    ('王沪宁', None)
    """
    return next((name for name in leaders()["name"] if name in headline), None)


def stories(corpus) -> pd.DataFrame:
    """One row per story (article) of dated programmes, in running order.

    Columns: ``article``, ``date``, ``position`` (1 = the opening story), ``n_stories`` (stories that
    evening), ``title``, ``chars`` (characters of body text: 0 where the source has only the headline),
    ``leader``/``rank``/``role`` (from the headline, see :func:`leader_in`; empty for other stories),
    ``bulletin`` (a 快讯 of short items).

    >>> import helpers
    >>> table = stories(helpers.load_corpus("xwlb_2024-04"))
    >>> table.loc[0, ["date", "title", "leader"]].tolist()
    ['2024-04-01', '习近平同印度尼西亚当选总统会谈', '习近平']
    """
    articles = corpus.articles
    missing = [c for c in ("date", "position") if c not in articles.columns]
    if missing:
        raise ValueError(f"these articles have no {' or '.join(missing)}: the running order needs dated "
                         "programmes, such as helpers.load_corpus(\"xwlb_2024-04\")")
    body = corpus.paragraphs[corpus.paragraphs["kind"] == "body"]
    chars = body.groupby("article")["text"].apply(lambda texts: int(texts.str.len().sum()))
    table = articles[["article", "date", "position", "title"]].copy()
    table["n_stories"] = table.groupby("date")["position"].transform("count")
    table["chars"] = table["article"].map(chars).fillna(0).astype(int)
    table["leader"] = table["title"].fillna("").map(leader_in)
    ranks = leaders().set_index("name")
    table["rank"] = table["leader"].map(ranks["rank"]).astype("Int64")
    table["role"] = table["leader"].map(ranks["role"])
    table["bulletin"] = table["title"].fillna("").str.contains(BULLETIN)
    return table.sort_values(["date", "position"])[STORY_COLUMNS].reset_index(drop=True)


def evenings(table: pd.DataFrame) -> pd.DataFrame:
    """One row per evening from :func:`stories`: ``date``, ``n_stories``, ``opener`` (the first
    headline), ``opener_leader``, ``leaders`` (the leaders' stories in running order, ``习近平 › 李强``),
    ``leader_stories``, ``protocol`` (True when the leaders appear in protocol order: no leader
    before one who outranks them) and ``leaders_first`` (True when every leader's story comes before
    every other story).

    >>> import helpers
    >>> nights = evenings(stories(helpers.load_corpus("xwlb_2024-04")))
    >>> len(nights), bool(nights["protocol"].all())
    (29, True)
    """
    rows = []
    for date, evening in table.sort_values("position").groupby("date"):
        led = evening[evening["leader"].notna()]
        others = evening[evening["leader"].isna()]
        ranks = led["rank"].tolist()
        rows.append({"date": date, "n_stories": len(evening), "opener": evening["title"].iloc[0],
                     "opener_leader": evening["leader"].iloc[0],
                     "leaders": " › ".join(led["leader"]), "leader_stories": len(led),
                     "protocol": ranks == sorted(ranks),
                     "leaders_first": led.empty or others.empty or led["position"].max() < others["position"].min()})
    return pd.DataFrame(rows)


def leader_summary(table: pd.DataFrame) -> pd.DataFrame:
    """One row per leader of ``leaders.csv`` from :func:`stories`: ``name``, ``rank``, ``role``,
    ``stories``, ``evenings`` (with at least one), ``openings`` (stories at position 1),
    ``mean_position`` and ``best_position``; leaders with no story have 0 and empty positions.

    >>> import helpers
    >>> summary = leader_summary(stories(helpers.load_corpus("xwlb_2024-04")))
    >>> summary.set_index("name").loc["习近平", "openings"].item()
    20
    """
    led = table[table["leader"].notna()]
    grouped = led.groupby("leader")
    summary = leaders().set_index("name")
    summary["stories"] = grouped.size()
    summary["evenings"] = grouped["date"].nunique()
    summary["openings"] = grouped["position"].apply(lambda p: int((p == 1).sum()))
    summary[["stories", "evenings", "openings"]] = summary[["stories", "evenings", "openings"]].fillna(0).astype(int)
    summary["mean_position"] = grouped["position"].mean().round(1)
    summary["best_position"] = grouped["position"].min().astype("Int64")
    return summary.reset_index()


# One colour per rank, dark to light: the eye reads the top of the order first.
RANK_COLOURS = ["#7f1d1d", "#c2410c", "#d97706", "#65a30d", "#0f766e", "#1d4ed8", "#6d28d9", "#be185d"]
OTHER_COLOUR = "#d4d4d4"
BULLETIN_COLOUR = "#9ca3af"


def order_chart(table: pd.DataFrame, title: str = "每晚的编排顺序 · The running order, evening by evening"):
    """Day × position grid from :func:`stories`: each story a cell, coloured by the leader its headline
    names (protocol order, darkest first), grey for other stories, darker grey for bulletins (快讯);
    days without a programme hatched. Returns the Figure.

    >>> import helpers
    >>> fig = order_chart(stories(helpers.load_corpus("xwlb_2024-04")))     # doctest: +SKIP
    """
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch, Rectangle

    from . import figures
    from .themes import calendar

    figures.setup()
    days = calendar(table["date"])
    column = {day: i for i, day in enumerate(days["date"])}
    ranks = leaders()
    colour = dict(zip(ranks["name"], RANK_COLOURS * (len(ranks) // len(RANK_COLOURS) + 1)))
    depth = int(table["position"].max())
    # At most 7 inches wide: the page shows it unscaled, so 8-point labels stay legible.
    fig, ax = plt.subplots(figsize=(min(7.0, 0.21 * len(days) + 1.6), 0.2 * depth + 3.2), layout="constrained")
    for story in table.itertuples():
        x = column[pd.Timestamp(story.date)]
        face = colour[story.leader] if isinstance(story.leader, str) else (
            BULLETIN_COLOUR if story.bulletin else OTHER_COLOUR)
        ax.add_patch(Rectangle((x - 0.45, story.position - 0.45), 0.9, 0.9, facecolor=face, linewidth=0))
    for day in days.loc[~days["programme"], "date"]:
        ax.add_patch(Rectangle((column[day] - 0.45, 0.55), 0.9, depth, facecolor="white", edgecolor="#bbbbbb",
                               hatch="//", linewidth=0))
    ax.set_xlim(-0.6, len(days) - 0.4)
    ax.set_ylim(depth + 0.6, 0.4)
    ax.set_xticks(range(len(days)), [d.strftime("%m-%d") for d in days["date"]], rotation=90, fontsize=8)
    ax.set_yticks(range(1, depth + 1), [str(p) if p == 1 or p % 5 == 0 else "" for p in range(1, depth + 1)])
    ax.set_xlabel("date of the programme 播出日期 (hatched: no programme 斜线：缺)")
    ax.set_ylabel("place in the running order 播出顺序")
    ax.set_title(title)
    present = [name for name in ranks["name"] if name in set(table["leader"].dropna())]
    roles = ranks.set_index("name")["role"]
    handles = [Patch(color=colour[name], label=f"{name} · {roles[name]}") for name in present]
    handles += [Patch(color=BULLETIN_COLOUR, label="news in brief 联播快讯"), Patch(color=OTHER_COLOUR, label=OTHER)]
    fig.legend(handles=handles, title="whose story, by the headline 谁的新闻（据标题）", loc="outside lower center",
               ncols=2, fontsize=8, title_fontsize=9, frameon=False)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig
