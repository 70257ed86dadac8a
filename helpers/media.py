"""One event in two media: the same story told by two corpora (a newspaper page, a television
programme), side by side — length, formulations, who gets a voice, distinguishing words.

Each medium is a *part*: a corpus and the articles of it that tell the event, chosen with
:func:`select` (headlines that name the event, within some dates) or by hand.

>>> import helpers
>>> paper, tv = helpers.load_corpus(), helpers.load_corpus("xwlb_2024-04")          # doctest: +SKIP
>>> parts = {"人民日报 newspaper": (paper, select(paper, "西部大开发")),
...          "新闻联播 television": (tv, select(tv, "西部大开发", "2024-04-23", "2024-04-26"))}  # doctest: +SKIP
>>> profile(parts)                                                                  # doctest: +SKIP

Limits: a speech event counts for the speaker type ``helpers.quotes`` gives it (``leader``,
``person``, ``group``, ``pronoun``); a story whose source has only its headline (the symposium on
23 April in the month) adds a story but no text.
"""
from __future__ import annotations

import pandas as pd

from . import quotes, themes
from .anatomy import sentences

SPEAKER_TYPES = ["leader", "person", "group", "pronoun"]


def select(corpus, headline: str, start: str | None = None, end: str | None = None) -> list[int]:
    """The articles whose title contains ``headline``, dated from ``start`` to ``end`` (inclusive,
    ``"2024-04-23"``) when given.

    >>> import helpers
    >>> select(helpers.load_corpus(), "西部大开发")
    [1]
    """
    a = corpus.articles
    keep = a["title"].fillna("").str.contains(headline, regex=False)
    if start is not None:
        keep &= a["date"] >= start
    if end is not None:
        keep &= a["date"] <= end
    return a.loc[keep, "article"].tolist()


def _part_table(parts: dict, table_of) -> pd.DataFrame:
    """``table_of(corpus)`` of each part, limited to its articles, with a ``medium`` column first."""
    frames = []
    for medium, (corpus, articles) in parts.items():
        table = table_of(corpus)
        frames.append(table[table["article"].isin(articles)].assign(medium=medium))
    table = pd.concat(frames, ignore_index=True)
    return table[["medium"] + [c for c in table.columns if c != "medium"]]


def voices(parts: dict) -> pd.DataFrame:
    """Every speech event (``helpers.quotes.extract``) of each part, with its ``medium``."""
    return _part_table(parts, quotes.extract)


def profile(parts: dict) -> pd.DataFrame:
    """One row per medium: ``articles``, ``body_chars``, ``sentences``, ``speech_events``, one column
    per speaker type (``leader``, ``person``, ``group``, ``pronoun``: speech events), ``people_quoted``
    (distinct named persons), ``direct`` (events in quotation marks, wholly or partly) and
    ``people_per_1000_chars`` (named persons quoted per thousand characters of body text)."""
    body = _part_table(parts, lambda c: c.paragraphs[c.paragraphs["kind"] == "body"])
    said = voices(parts)
    rows = []
    for medium, (corpus, articles) in parts.items():
        text = body[body["medium"] == medium]
        events = said[said["medium"] == medium]
        chars = int(text["text"].str.len().sum())
        people = events.loc[events["speaker_type"] == "person", "speaker_id"].nunique()
        by_type = events["speaker_type"].value_counts()
        rows.append({"medium": medium, "articles": len(articles), "body_chars": chars,
                     "sentences": int(sentences(corpus).query("article in @articles").shape[0]),
                     "speech_events": len(events), **{t: int(by_type.get(t, 0)) for t in SPEAKER_TYPES},
                     "people_quoted": int(people), "direct": int(events["mode"].isin(["direct", "mixed"]).sum()),
                     "people_per_1000_chars": round(1000 * people / chars, 2) if chars else 0.0})
    return pd.DataFrame(rows)


def formulations(parts: dict) -> pd.DataFrame:
    """The formulations (``helpers/data/formulations.csv``) each medium uses: columns ``term``,
    ``english``, one count column per medium, and ``shared`` (used by every medium). Only
    formulations that at least one medium uses; shared ones first, then by total."""
    counts = _part_table(parts, lambda c: themes.formulations(c))
    wide = counts.pivot_table(index=["term", "english"], columns="medium", values="count", aggfunc="sum",
                              fill_value=0)[list(parts)]
    wide = wide[wide.sum(axis=1) > 0]
    wide["shared"] = (wide[list(parts)] > 0).all(axis=1)
    wide = wide.assign(_total=wide[list(parts)].sum(axis=1)).sort_values(["shared", "_total"], ascending=False)
    return wide.drop(columns="_total").reset_index().rename_axis(columns=None)


def distinctive(parts: dict, top: int = 10, prior: float = 0.01) -> pd.DataFrame:
    """Words that distinguish each medium's telling from the other's: the weighted log-odds z-score
    (``helpers.themes.log_odds``) of content tokens, ``top`` per medium."""
    tokens = _part_table(parts, themes.content_tokens)
    return themes.log_odds(tokens, "medium", top=top, prior=prior)


def voice_bars(table: pd.DataFrame, title: str = "谁在说话 · Who gets a voice"):
    """Stacked bars from :func:`profile`: speech events per medium by speaker type (coloured and
    labelled as in every figure: ``helpers/data/categories.csv``), with the body length and the
    named people quoted written beside each bar. Returns the Figure."""
    import matplotlib.pyplot as plt

    from . import figures

    figures.setup()
    fig, ax = plt.subplots(figsize=(7.0, 1.1 * len(table) + 2.6), layout="constrained")
    left = pd.Series(0, index=table.index)
    for kind in SPEAKER_TYPES:
        ax.barh(table["medium"], table[kind], left=left, color=figures.category_colour(kind),
                label=figures.category_label(kind))
        left += table[kind]
    for y, row in enumerate(table.itertuples()):
        ax.text(left.iloc[y] + 0.5, y, f"{row.body_chars:,} 字 · {row.people_quoted} people named 具名人士",
                va="center")
    ax.set_xlim(0, left.max() * 2 + 1)  # room for the note beside the longest bar
    ax.invert_yaxis()
    ax.set_title(title)
    ax.set_xlabel("speech events 引语次数")
    ax.set_ylabel("medium 媒体")
    fig.legend(title="speaker 说话人", loc="outside lower center", ncols=2, fontsize=9, frameon=False)
    return fig
