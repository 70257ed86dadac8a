"""What the text is about: word frequencies, keywords, formulations, concordances, co-occurrence.

Every function takes a corpus and returns a DataFrame (``dispersion_plot`` returns a Figure).

>>> from helpers import load_corpus
>>> from helpers import themes
>>> corpus = load_corpus()
>>> themes.keywords(corpus, by="article", top=3)               # doctest: +SKIP
>>> themes.kwic(corpus, "新质生产力").head()                     # doctest: +SKIP
"""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from itertools import combinations
from operator import attrgetter

from .anatomy import sentences
from .columns import Columns, frame
from .lazy import pandas as pd
from .segment import (
    DATA,
    INVISIBLE,
    _packed,
    _pos_tokenizer,
    _quiet_jieba,
    cut,
    is_stopword,
    read_rows,
    stopwords,
    tokenizer,
)

LEAD = "(lead)"  # the section name of text before an article's first heading


def content_tokens(corpus, kinds=("body",), min_len: int = 2) -> pd.DataFrame:
    """Tokens of the given paragraph kinds that carry content: no stopwords, punctuation or numbers.

    ``min_len=2`` also drops single characters (大, 新, 好), which are mostly parts of phrases.
    """
    t = corpus.tokens
    keep = t["kind"].isin(kinds) & ~t["is_stop"] & (t["token"].str.len() >= min_len)
    sections = corpus.paragraphs.set_index("paragraph")["section"]
    out = t[keep].join(sections, on="paragraph")
    out["section"] = out["section"].fillna(LEAD)
    return out


def content_words(corpus, kinds=("body",), min_len: int = 2) -> pd.DataFrame:
    """The ``article``, ``section`` and ``token`` columns of :func:`content_tokens`, read from the segmentation of
    record without building the token table (the report's keywords need nothing more)."""
    return frame(content_word_columns(corpus, kinds, min_len))


def content_word_columns(corpus, kinds=("body",), min_len: int = 2) -> Columns:
    """:func:`content_words` as columns of plain lists (:mod:`helpers.columns`)."""
    rows = [(p.article, p.section if p.section is not None else LEAD, word)
            for p in corpus._paragraphs if p.kind in kinds
            for word in _words(p.text) if len(word) >= min_len and word.strip()]
    unique = {word for _, _, word in rows}
    stop = {word for word in unique if is_stopword(word)}
    kept = [row for row in rows if row[2] not in stop]
    return {name: [row[i] for row in kept] for i, name in enumerate(("article", "section", "token"))}


def _words(text: str) -> list[str]:
    """The words of :func:`helpers.segment.paragraph_tokens` of ``text``, read from its packed segmentation without
    the offsets and tags."""
    words = _packed(text)[0].split("\x00") if text else []
    if INVISIBLE.search(text) is None:
        return words
    return [word for word in (INVISIBLE.sub("", word) for word in words) if word]


def frequencies(corpus, by: str | None = None, top: int | None = None, min_len: int = 2) -> pd.DataFrame:
    """Counts of content tokens, overall (``by=None``) or per ``"article"`` / ``"section"`` /
    ``"date"`` / ``"position"`` (the last two for dated programmes: the evening, the running order).

    >>> from helpers import load_corpus
    >>> frequencies(load_corpus(), top=3)["token"].tolist()
    ['习近平', '总书记', '发展']
    """
    keys = _group_keys(by)
    tokens = _with_article_columns(content_tokens(corpus, min_len=min_len), corpus, keys)
    counts = (tokens.groupby(keys + ["token"]).size().rename("count").reset_index()
              .sort_values(keys + ["count", "token"], ascending=[True] * len(keys) + [False, True]))
    if top:
        counts = counts.groupby(keys).head(top) if keys else counts.head(top)
    return counts.reset_index(drop=True)


GROUPS = {None: [], "article": ["article"], "section": ["article", "section"], "date": ["date"],
          "position": ["position"]}
ARTICLE_KEYS = ("date", "position")  # grouping columns read from corpus.articles


def _group_keys(by: str | None) -> list[str]:
    if by not in GROUPS:
        raise ValueError(f"by must be one of {', '.join(repr(k) for k in GROUPS)}, not {by!r}")
    return GROUPS[by]


def _with_article_columns(table: pd.DataFrame, corpus, keys: list[str]) -> pd.DataFrame:
    """``table`` (with an ``article`` column) joined to the articles' ``date``/``position`` that ``keys`` need.

    Rows of articles without a date (or position) drop out of the groups: a limit, not an error."""
    wanted = [k for k in keys if k in ARTICLE_KEYS]
    if not wanted:
        return table
    missing = [k for k in wanted if k not in corpus.articles.columns or corpus.articles[k].isna().all()]
    if missing:
        raise ValueError(f"the articles of this corpus have no {missing[0]!r}: grouping by date or position "
                         "needs dated programmes, such as helpers.load_corpus(\"xwlb_2024-04\")")
    return table.join(corpus.articles.set_index("article")[wanted], on="article")


def keywords(corpus, by: str = "article", method: str = "tfidf", top: int = 10,
             domain: bool = True, documents: str = "section") -> pd.DataFrame:
    """The ``top`` keywords of each article, section, date or position, with their scores.

    ``method``:

    * ``"tfidf"``: term frequency in the group times an IDF computed over *this corpus's*
      ``documents`` (``ln(N / df)``): sections by default, or ``"article"``, or ``"date"`` (one
      document per evening of a programme). A word found in every document scores 0, however frequent.
    * ``"jieba"``: jieba.analyse's TF-IDF with its built-in IDF, learnt from a general corpus:
      words rare in general Chinese (names, numbers such as 901.2) rank high.
    * ``"textrank"``: jieba.analyse's TextRank, a graph of co-occurring words; no IDF at all.

    ``domain=False`` runs the two jieba methods as jieba comes, without our domain dictionary and
    stopwords: names split into pieces and numbers rank high.

    Returns columns: the grouping column(s), ``rank``, ``keyword``, ``score``.
    """
    keys = _group_keys(by)
    if method == "tfidf":
        units = _group_keys(documents)
        tokens = _with_article_columns(content_tokens(corpus), corpus, list(dict.fromkeys(keys + units)))
        docs = tokens.groupby(units)["token"].apply(set)
        df = Counter(word for words in docs for word in words)
        n = len(docs)
        rows = []
        for key, group in tokens.groupby(keys):
            tf = group["token"].value_counts()
            scores = {w: c / len(group) * math.log(n / df[w]) for w, c in tf.items()}
            rows += _ranked(key, keys, scores, top)
    elif method in ("jieba", "textrank"):
        extractor = _jieba_extractor(method, domain)
        body = corpus.paragraphs[corpus.paragraphs["kind"] == "body"].copy()
        body["section"] = body["section"].fillna(LEAD)
        body = _with_article_columns(body, corpus, keys)
        rows = []
        for key, group in body.groupby(keys):
            text = "\n".join(group["text"])
            if method == "jieba":
                pairs = extractor.extract_tags(text, topK=top, withWeight=True)
            else:
                pairs = extractor.textrank(text, topK=top, withWeight=True)
            rows += _ranked(key, keys, dict(pairs), top)
    else:
        raise ValueError(f"method must be 'tfidf', 'jieba' or 'textrank', not {method!r}")
    return pd.DataFrame(rows, columns=keys + ["rank", "keyword", "score"])


def _ranked(key, keys, scores: dict, top: int) -> list[dict]:
    key = key if isinstance(key, tuple) else (key,)
    ordered = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return [dict(zip(keys, key), rank=i, keyword=w, score=round(s, 4)) for i, (w, s) in enumerate(ordered, 1)]


@lru_cache(maxsize=None)
def _jieba_extractor(method: str, domain: bool = True):
    """jieba.analyse's extractors on our tokenizers (never jieba's global one, whose cache is in /tmp)."""
    _quiet_jieba()
    import jieba.analyse

    if method == "jieba":
        extractor = jieba.analyse.TFIDF()
        extractor.tokenizer, extractor.postokenizer = tokenizer(domain), _pos_tokenizer(domain)
    else:
        extractor = jieba.analyse.TextRank()
        extractor.tokenizer = extractor.postokenizer = _pos_tokenizer(domain)
    if domain:
        extractor.stop_words = set(extractor.stop_words) | set(stopwords())
    return extractor


@lru_cache(maxsize=1)
def formulation_list() -> pd.DataFrame:
    """The formulations (提法) studied, with pinyin and English: ``helpers/data/formulations.csv``."""
    return pd.read_csv(DATA / "formulations.csv", comment="#")


TEXT_KINDS = ("body", "heading", "title", "subtitle")


def term_counts(corpus, terms, by: str = "article", kinds=TEXT_KINDS) -> pd.DataFrame:
    """How often each of ``terms`` occurs in each article, section, date or position: columns
    ``term``, the grouping column(s) and ``count`` (zeros included), in the order of ``terms``.

    Counted in the text itself, not in tokens, so the count does not depend on segmentation.
    With ``by="date"`` there is one row per term and evening that has a programme: days without
    one (19 April 2024 in the month) are absent, not zero.

    >>> from helpers import load_corpus
    >>> term_counts(load_corpus(), ["航天"])["count"].tolist()
    [0, 0, 32]
    """
    keys = _group_keys(by)
    columns = _term_columns(corpus, list(dict.fromkeys(terms)), keys, kinds)
    return pd.DataFrame(columns, columns=["term"] + keys + ["count"])


def _term_columns(corpus, terms: list[str], keys: list[str], kinds) -> dict[str, list]:
    """The columns of :func:`term_counts` (``terms`` without repeats), as lists: term by term, each over every
    group. Grouped by hand, from the paragraphs' columns as lists: a file's few dozen articles, not a pandas
    groupby (nor a copy of the table) each."""
    paragraph_kinds, texts, *by = _paragraph_lists(corpus, keys, kinds)
    lead = [key == "section" for key in keys]  # text before an article's first heading: its section is LEAD
    groups: dict[tuple, list[str]] = {}
    for kind, text, *key in zip(paragraph_kinds, texts, *by):
        if kind not in kinds:
            continue
        key = tuple(LEAD if first and (value != value or value is None) else value
                    for first, value in zip(lead, key))
        if not any(value != value or value is None for value in key):  # rows without a date drop out
            groups.setdefault(key, []).append(text)
    order = sorted(groups) if keys and keys[0] in ARTICLE_KEYS else list(groups)  # dates and positions in order
    values = ["\n".join(groups[key]) for key in order]
    columns = {"term": [term for term in terms for _ in values]}
    for i, key in enumerate(keys):
        columns[key] = [group[i] for group in order] * len(terms)
    columns["count"] = [text.count(term) for term in terms for text in values]
    return columns


def _paragraph_lists(corpus, keys: list[str], kinds) -> list[list]:
    """The paragraphs' ``kind``, ``text`` and ``keys`` columns as lists; from a loaded corpus's paragraphs
    themselves where the keys are theirs (its table is not built for this: a report's worker never needs it)."""
    names = ["kind", "text", *keys]
    if any(key in ARTICLE_KEYS for key in keys):
        p = corpus.paragraphs
        p = _with_article_columns(p[p["kind"].isin(kinds)], corpus, keys)
    elif hasattr(corpus, "_paragraphs"):
        return [list(map(attrgetter(name), corpus._paragraphs)) for name in names]
    else:
        p = corpus.paragraphs
    return [p[name].tolist() for name in names]


@lru_cache(maxsize=1)
def _formulation_terms() -> Columns:
    """The ``term``, ``pinyin`` and ``english`` columns of :func:`formulation_list`, each term once (its first row),
    read without pandas (a worker of the report never imports it)."""
    rows: dict[str, dict[str, str]] = {}
    for row in read_rows("formulations.csv"):
        rows.setdefault(row["term"], row)
    return {column: [row[column] for row in rows.values()] for column in ("term", "pinyin", "english")}


def formulations(corpus, by: str = "article", kinds=TEXT_KINDS) -> pd.DataFrame:
    """How often each formulation occurs in each article (or section, date, position): columns
    ``term``, ``pinyin``, ``english``, the grouping column(s) and ``count`` (zeros included).

    Counted in the text itself (see :func:`term_counts`).
    ``.pivot(index="term", columns="article", values="count")`` gives a term × article table.

    >>> from helpers import load_corpus
    >>> table = formulations(load_corpus())
    >>> table[table["term"] == "西部大开发"]["count"].tolist()
    [6, 1, 0]
    """
    return frame(formulation_columns(corpus, by, kinds))


def formulation_columns(corpus, by: str = "article", kinds=TEXT_KINDS) -> Columns:
    """:func:`formulations` as columns of plain lists (:mod:`helpers.columns`)."""
    keys, terms = _group_keys(by), _formulation_terms()
    columns = _term_columns(corpus, terms["term"], keys, kinds)
    groups = len(columns["count"]) // len(terms["term"])
    for column in ("pinyin", "english"):   # each term's, repeated over the groups
        columns[column] = [value for value in terms[column] for _ in range(groups)]
    return {name: columns[name] for name in ["term", "pinyin", "english"] + keys + ["count"]}


def kwic(corpus, term: str, width: int = 15, kinds=("body",)) -> pd.DataFrame:
    """Keyword in context: every occurrence of ``term`` with ``width`` characters either side.

    Like AntConc's concordance; in a notebook, right-align ``left`` to line the keyword up.
    """
    rows = []
    p = corpus.paragraphs[corpus.paragraphs["kind"].isin(kinds)]
    for row in p.itertuples():
        for m in re.finditer(re.escape(term), row.text):
            rows.append({"file": row.file, "line": row.line, "article": row.article,
                         "left": row.text[max(0, m.start() - width):m.start()], "keyword": term,
                         "right": row.text[m.end():m.end() + width]})
    return pd.DataFrame(rows, columns=["file", "line", "article", "left", "keyword", "right"])


def cooccurrence(corpus, terms=None, top: int = 20, min_count: int = 2) -> pd.DataFrame:
    """Pairs of content words that occur in the same sentence, with the number of such sentences.

    ``terms`` limits the pairs to those words; otherwise all content words are paired.
    """
    wanted = set(terms) if terms is not None else None
    counts: Counter = Counter()
    for text in sentences(corpus)["text"]:
        words = {w for w in cut(text) if len(w) >= 2 and not is_stopword(w)}
        if wanted is not None:
            words &= wanted
        counts.update(combinations(sorted(words), 2))
    rows = [(a, b, n) for (a, b), n in counts.items() if n >= min_count]
    table = pd.DataFrame(rows, columns=["term_a", "term_b", "sentences"])
    table = table.sort_values(["sentences", "term_a", "term_b"], ascending=[False, True, True])
    return table.head(top).reset_index(drop=True)


def dispersion(corpus, terms, kinds=("body", "heading")) -> pd.DataFrame:
    """Where each term occurs along the page: one row per hit, ``position`` in characters of
    running text (paragraphs of ``kinds`` in reading order), with its article and line."""
    p = corpus.paragraphs[corpus.paragraphs["kind"].isin(kinds)]
    rows, offset = [], 0
    for row in p.itertuples():
        for term in terms:
            for m in re.finditer(re.escape(term), row.text):
                rows.append({"term": term, "position": offset + m.start(), "article": row.article, "line": row.line})
        offset += len(row.text)
    table = pd.DataFrame(rows, columns=["term", "position", "article", "line"])
    table.attrs["length"] = offset
    table.attrs["article_starts"] = _article_starts(p)
    return table


def _article_starts(p: pd.DataFrame) -> dict[int, int]:
    starts, offset = {}, 0
    for row in p.itertuples():
        starts.setdefault(row.article, offset)
        offset += len(row.text)
    return starts


def dispersion_plot(hits: pd.DataFrame, terms=None, title: str = "词语分布图 · Lexical dispersion"):
    """A lexical dispersion plot (one row per term, a tick per occurrence) from :func:`dispersion`."""
    import matplotlib.pyplot as plt

    from . import figures

    figures.setup()  # Chinese labels need the CJK font
    terms = list(terms) if terms is not None else list(dict.fromkeys(hits["term"]))
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(terms) + 1.4))  # 7 in: the page shows it unscaled
    for y, term in enumerate(terms):
        xs = hits.loc[hits["term"] == term, "position"]
        ax.scatter(xs, [y] * len(xs), marker="|", s=250, linewidths=1.6, color="#1f4e79")
    for article, start in hits.attrs.get("article_starts", {}).items():
        ax.axvline(start, color="#b91c1c", linewidth=0.8, linestyle="--")
        ax.text(start, len(terms) - 0.4, f" article {article} 文章{article}", color="#b91c1c", va="bottom")
    ax.set_yticks(range(len(terms)), terms)
    ax.set_ylim(-0.6, len(terms) - 0.1)
    ax.invert_yaxis()
    ax.set_xlim(0, hits.attrs.get("length", hits["position"].max() + 1))
    ax.set_xlabel("position in the running text (characters) 在正文中的位置（字）")
    ax.set_ylabel("term 词语")
    ax.set_title(title)
    return fig


def distinctive(corpus, top: int = 10, prior: float = 0.01, by: str = "article") -> pd.DataFrame:
    """Words that set each article (or date, or position) apart from the others: weighted log-odds
    ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), as a z-score.

    A high ``z`` means the article uses the word far more than the rest of the corpus does.
    Columns: the grouping column, ``token``, ``count``, ``z``. See :func:`log_odds` for any grouping.
    """
    keys = _group_keys(by)
    if len(keys) != 1:
        raise ValueError(f"by must be 'article', 'date' or 'position', not {by!r}")
    return log_odds(_with_article_columns(content_tokens(corpus), corpus, keys), keys[0], top, prior)


def log_odds(tokens: pd.DataFrame, by: str, top: int = 10, prior: float = 0.01) -> pd.DataFrame:
    """The weighted log-odds z-score of each token in each group of ``tokens[by]`` against all other
    groups: the ``top`` tokens per group, columns ``by``, ``token``, ``count``, ``z``.

    ``tokens`` is any table with a ``token`` column, such as :func:`content_tokens` of two corpora
    concatenated with a column saying which is which (``helpers.media.distinctive`` does that).

    >>> t = pd.DataFrame({"medium": ["a", "a", "a", "b", "b", "b"],
    ...                   "token": ["会议", "会议", "发展", "发展", "发展", "航天"]})
    >>> log_odds(t, "medium", top=1)["token"].tolist()
    ['会议', '发展']
    """
    counts = tokens.groupby([by, "token"]).size().unstack(fill_value=0)
    total = counts.sum(axis=0)
    alpha = prior * total / total.sum() * len(total)  # prior proportional to overall use
    alpha0 = alpha.sum()
    rows = []
    for group, row in counts.iterrows():
        rest = total - row
        n_i, n_j = row.sum(), rest.sum()
        log_i = ((row + alpha) / (n_i + alpha0 - row - alpha)).apply(math.log)
        log_j = ((rest + alpha) / (n_j + alpha0 - rest - alpha)).apply(math.log)
        delta = log_i - log_j
        var = 1 / (row + alpha) + 1 / (rest + alpha)
        z = delta / var.pow(0.5)
        ranked = sorted(z.items(), key=lambda kv: (-kv[1], kv[0]))[:top]  # ties in a fixed order
        for token, score in ranked:
            rows.append({by: group, "token": token, "count": int(row[token]), "z": round(score, 3)})
    return pd.DataFrame(rows, columns=[by, "token", "count", "z"])


# --- over time: dated programmes (one row per evening) ---------------------------------------------

def time_profile(counts: pd.DataFrame, window: int = 3, campaign: float = 0.5, steady: float = 0.5,
                 min_total: int = 8) -> pd.DataFrame:
    """Which terms are steady and which are campaigns, from a :func:`term_counts` or
    :func:`formulations` table ``by="date"``.

    One row per term: ``total``, ``evenings`` (dates on which it occurs), ``share_of_evenings``,
    ``peak`` (the evening with most uses, the first if tied), ``peak_share`` (the share of ``total``
    in the busiest ``window`` consecutive programmes) and ``pattern``:

    * ``steady``: on at least ``steady`` of the evenings;
    * ``campaign``: otherwise, at least ``min_total`` uses and at least ``campaign`` of them in the
      busiest window;
    * ``intermittent``: the rest that occur; ``absent``: never.

    The thresholds are choices, not findings: with few uses, three in a row happen by chance.

    The window counts programmes, not calendar days: a day without a programme is skipped.
    Sorted by pattern, then total.
    """
    wide = counts.pivot_table(index="term", columns="date", values="count", aggfunc="sum", fill_value=0)
    wide = wide.reindex(columns=sorted(wide.columns))
    window = min(window, wide.shape[1])
    rolling = wide.T.rolling(window).sum().T.iloc[:, window - 1:]
    totals = wide.sum(axis=1)
    table = pd.DataFrame({
        "total": totals,
        "evenings": (wide > 0).sum(axis=1),
        "share_of_evenings": ((wide > 0).sum(axis=1) / wide.shape[1]).round(3),
        "peak": wide.idxmax(axis=1),
        "peak_share": (rolling.max(axis=1) / totals.where(totals > 0)).fillna(0).round(3),
    })
    table["pattern"] = "intermittent"
    table.loc[(table["total"] >= min_total) & (table["peak_share"] >= campaign), "pattern"] = "campaign"
    table.loc[table["share_of_evenings"] >= steady, "pattern"] = "steady"
    table.loc[table["total"] == 0, "pattern"] = "absent"
    order = {"campaign": 0, "steady": 1, "intermittent": 2, "absent": 3}
    table["rank"] = table["pattern"].map(order)
    table = table.reset_index().sort_values(["rank", "total", "term"], ascending=[True, False, True])
    return table.drop(columns="rank").reset_index(drop=True)


def calendar(dates) -> pd.DataFrame:
    """Every day from the first to the last of ``dates``: columns ``date`` (Timestamp) and
    ``programme`` (False on days the corpus has no programme for, such as 19 April 2024)."""
    dates = pd.to_datetime(pd.Series(list(dates))).drop_duplicates()
    days = pd.date_range(dates.min(), dates.max(), freq="D")
    return pd.DataFrame({"date": days, "programme": days.isin(dates)})


def dated(table: pd.DataFrame, corpus) -> pd.DataFrame:
    """``table`` (any table with an ``article`` column: place mentions, speech events, tokens) with
    its articles' ``date`` and ``week`` (Monday to Sunday, clipped to the corpus's dates: ``04-29–04-30``).

    >>> import helpers
    >>> dated(helpers.load_corpus().articles[["article"]], helpers.load_corpus())["week"].tolist()
    ['04-24–04-25', '04-24–04-25', '04-24–04-25']
    """
    dates = pd.to_datetime(corpus.articles["date"])
    monday = dates - pd.to_timedelta(dates.dt.day_of_week, unit="D")
    sunday = (monday + pd.Timedelta(days=6)).clip(upper=dates.max())
    week = monday.clip(lower=dates.min()).dt.strftime("%m-%d") + "–" + sunday.dt.strftime("%m-%d")
    weeks = pd.DataFrame({"article": corpus.articles["article"], "date": corpus.articles["date"], "week": week})
    return table.drop(columns=["date", "week"], errors="ignore").merge(weeks, on="article", how="left")


def over_time(table: pd.DataFrame, articles: pd.DataFrame, max_dates: int = 45) -> pd.DataFrame:
    """A by-article count table (:func:`formulations`, :func:`term_counts`) summed per date of the
    articles, or per month (``2024-04``) when they span more than ``max_dates`` dates, so that a year
    of evenings still draws as a readable figure. Columns ``term``, ``date`` (the day or the month),
    ``count``; articles without a date are left out.

    >>> import helpers
    >>> month = helpers.load_corpus("xwlb_2024-04")
    >>> daily = over_time(formulations(month), month.articles)
    >>> daily.query("term == '西部大开发'").nlargest(1, "count")["date"].tolist()
    ['2024-04-25']
    """
    dates = articles.set_index("article")["date"].dropna()
    dated = table[table["article"].isin(dates.index)].assign(date=lambda t: t["article"].map(dates))
    if dated["date"].nunique() > max_dates:
        dated = dated.assign(date=dated["date"].str[:7])
    return dated.groupby(["term", "date"], as_index=False)["count"].sum()


def _mark_missing_days(ax, days: pd.DataFrame, x_of, half=0.5) -> None:
    """Hatch the days without a programme; ``x_of(day)`` is the day's x, ``half`` half a day's width."""
    for day in days.loc[~days["programme"], "date"]:
        ax.axvspan(x_of(day) - half, x_of(day) + half, facecolor="#eeeeee", edgecolor="#bbbbbb", hatch="//",
                   zorder=0, linewidth=0)


def timeline(counts: pd.DataFrame, terms=None, title: str = "每晚的提及次数 · Mentions per evening",
             ylabel: str = "occurrences per evening 每晚出现次数"):
    """Lines of daily counts from a :func:`term_counts` (or :func:`formulations`) table ``by="date"``,
    one per term of ``terms`` (default: all). Days without a programme are a hatched gap."""
    import matplotlib.pyplot as plt

    from . import figures

    figures.setup()
    terms = list(terms) if terms is not None else list(dict.fromkeys(counts["term"]))
    days = calendar(counts["date"])
    fig, ax = plt.subplots(figsize=(7.0, 3.8))  # at most 7 inches: the page shows it unscaled
    for term in terms:
        series = counts[counts["term"] == term].assign(date=lambda t: pd.to_datetime(t["date"]))
        daily = series.groupby("date")["count"].sum().reindex(days["date"])  # NaN on missing days: a gap
        ax.plot(daily.index, daily.to_numpy(), marker="o", markersize=3.5, linewidth=1.6, label=term)
    _mark_missing_days(ax, days, lambda day: day, pd.Timedelta(hours=12))
    ax.set_xlim(days["date"].min() - pd.Timedelta(days=0.7), days["date"].max() + pd.Timedelta(days=0.7))
    ax.xaxis.set_major_formatter(_day_formatter())
    ax.set_ylim(bottom=0)
    ax.set_title(title)
    ax.set_xlabel("date of the programme 播出日期 (hatched: no programme 斜线：缺)")
    ax.set_ylabel(ylabel)
    ax.legend(title="term 词语", ncol=2 if len(terms) > 4 else 1)
    fig.tight_layout()
    return fig


def _day_formatter():
    from matplotlib.dates import DateFormatter

    return DateFormatter("%m-%d")


def timeline_heatmap(counts: pd.DataFrame, terms=None, title: str = "提法逐日分布 · Formulations evening by evening"):
    """Heat map terms × days from a :func:`term_counts` (or :func:`formulations`) table ``by="date"``;
    ``terms`` (default: every term that occurs) in the order given. Days without a programme are hatched."""
    import matplotlib.pyplot as plt
    import numpy as np

    from . import figures

    figures.setup()
    table = counts.assign(date=pd.to_datetime(counts["date"]))
    wide = table.pivot_table(index="term", columns="date", values="count", aggfunc="sum", fill_value=0)
    if terms is None:
        terms = wide.index[wide.sum(axis=1) > 0]
    wide = wide.reindex(list(terms))
    days = calendar(table["date"])
    wide = wide.reindex(columns=days["date"])  # NaN columns on days without a programme
    fig, ax = plt.subplots(figsize=(min(7.0, 0.16 * len(days) + 3.2), 0.3 * len(wide) + 1.9), layout="constrained")
    shown = np.ma.masked_invalid(wide.to_numpy(dtype=float))
    image = ax.imshow(shown, cmap="Reds", aspect="auto", vmin=0)
    _mark_missing_days(ax, days, lambda day: list(days["date"]).index(day))
    ax.set_xticks(range(len(days)), [d.strftime("%m-%d") for d in days["date"]], rotation=90, fontsize=8)
    ax.set_yticks(range(len(wide)), wide.index)
    fig.colorbar(image, ax=ax, label="occurrences 出现次数", shrink=0.8)
    ax.set_title(title)
    ax.set_xlabel("date 播出日期 (hatched: no programme 斜线：缺)")
    ax.set_ylabel("term 词语")
    return fig


def formulation_heatmap(table: pd.DataFrame, top: int = 15,
                        title: str = "提法在各篇文章中的分布 · Formulations by article"):
    """Heat map of the ``top`` formulations by article, from :func:`formulations`; returns the Figure."""
    import matplotlib.pyplot as plt
    import numpy as np

    from . import figures

    figures.setup()
    wide = table.pivot_table(index="term", columns="article", values="count", aggfunc="sum")
    wide = wide.loc[wide.sum(axis=1).sort_values(ascending=False).index].head(top)
    wide = wide[wide.sum(axis=1) > 0]
    fig, ax = plt.subplots(figsize=(min(7.0, 1.1 * wide.shape[1] + 3.2), 0.38 * len(wide) + 1.6))
    if wide.empty:
        ax.text(0.5, 0.5, "no formulation from the list occurs 未出现列表中的提法", ha="center", va="center")
        ax.set_axis_off()
        ax.set_title(title)
        return fig
    image = ax.imshow(wide.to_numpy(), cmap="Reds", aspect="auto")
    ax.set_xticks(range(wide.shape[1]), [f"文章 {a}" for a in wide.columns])
    ax.set_yticks(range(len(wide)), wide.index)
    high = wide.to_numpy().max() if wide.size else 0
    for (i, j), value in np.ndenumerate(wide.to_numpy()):
        ax.text(j, i, int(value), ha="center", va="center", fontsize=9,
                color="white" if value > high / 2 else "black")
    fig.colorbar(image, ax=ax, label="occurrences 出现次数")
    ax.set_title(title)
    ax.set_xlabel("article 文章")
    ax.set_ylabel("formulation 提法")
    return fig


def keyword_bars(table: pd.DataFrame, title: str = "各篇文章的关键词 · Keywords per article", colour: str = "#228833",
                 score: str = "score", label: str = "keyword", xlabel: str = "score", by: str = "article"):
    """One small bar chart per article (or per value of ``by``: date, medium…) from a :func:`keywords`
    (or :func:`distinctive`, :func:`log_odds`) table."""
    import matplotlib.pyplot as plt

    from . import figures

    figures.setup()
    groups = list(table.groupby(by))
    # At most 7 in wide, so that the page shows the words at full size.
    fig, axes = plt.subplots(1, max(1, len(groups)), figsize=(min(7.0, 2.5 * max(1, len(groups)) + 0.4), 3.8),
                             squeeze=False)
    for ax, (value, group) in zip(axes[0], groups):
        ax.barh(group[label], group[score], color=colour)
        ax.invert_yaxis()
        ax.set_title(f"文章 {value}" if by == "article" else str(value), fontsize=10)
        ax.set_xlabel(xlabel)
    axes[0][0].set_ylabel("word 词")
    fig.suptitle(title)
    fig.tight_layout()
    return fig


def formulation_bars(table: pd.DataFrame, top: int = 20, title: str = "提法出现次数 · Formulations in the corpus"):
    """Bar chart of the ``top`` formulations over the whole corpus, from :func:`formulations`."""
    import matplotlib.pyplot as plt

    from . import figures

    figures.setup()
    totals = table.groupby("term")["count"].sum().sort_values(ascending=False).head(top)
    totals = totals[totals > 0]
    fig, ax = plt.subplots(figsize=(7, 0.32 * max(len(totals), 3) + 1.4))
    ax.barh(totals.index, totals.to_numpy(), color="#b91c1c")
    ax.invert_yaxis()
    ax.set_title(title)
    ax.set_xlabel("occurrences 出现次数")
    ax.set_ylabel("formulation 提法")
    return fig
