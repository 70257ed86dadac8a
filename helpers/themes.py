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

import pandas as pd

from .anatomy import sentences
from .segment import DATA, _pos_tokenizer, _quiet_jieba, cut, is_stopword, stopwords, tokenizer

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


def frequencies(corpus, by: str | None = None, top: int | None = None, min_len: int = 2) -> pd.DataFrame:
    """Counts of content tokens, overall (``by=None``) or per ``"article"`` / ``"section"``.

    >>> from helpers import load_corpus
    >>> frequencies(load_corpus(), top=3)["token"].tolist()
    ['习近平', '总书记', '发展']
    """
    tokens = content_tokens(corpus, min_len=min_len)
    keys = _group_keys(by)
    counts = (tokens.groupby(keys + ["token"]).size().rename("count").reset_index()
              .sort_values(keys + ["count", "token"], ascending=[True] * len(keys) + [False, True]))
    if top:
        counts = counts.groupby(keys).head(top) if keys else counts.head(top)
    return counts.reset_index(drop=True)


def _group_keys(by: str | None) -> list[str]:
    return {None: [], "article": ["article"], "section": ["article", "section"]}[by]


def keywords(corpus, by: str = "article", method: str = "tfidf", top: int = 10,
             domain: bool = True) -> pd.DataFrame:
    """The ``top`` keywords of each article or section, with their scores.

    ``method``:

    * ``"tfidf"``: term frequency in the group times an IDF computed over *this corpus's sections*
      (``ln(N / df)``): a word found in every section scores 0, however frequent.
    * ``"jieba"``: jieba.analyse's TF-IDF with its built-in IDF, learnt from a general corpus:
      words rare in general Chinese (names, numbers such as 901.2) rank high.
    * ``"textrank"``: jieba.analyse's TextRank, a graph of co-occurring words; no IDF at all.

    ``domain=False`` runs the two jieba methods as jieba comes, without our domain dictionary and
    stopwords: names split into pieces and numbers rank high.

    Returns columns: the grouping column(s), ``rank``, ``keyword``, ``score``.
    """
    keys = _group_keys(by)
    if method == "tfidf":
        tokens = content_tokens(corpus)
        sections = tokens.groupby(["article", "section"])["token"].apply(set)
        df = Counter(word for words in sections for word in words)
        n = len(sections)
        rows = []
        for key, group in tokens.groupby(keys):
            tf = group["token"].value_counts()
            scores = {w: c / len(group) * math.log(n / df[w]) for w, c in tf.items()}
            rows += _ranked(key, keys, scores, top)
    elif method in ("jieba", "textrank"):
        extractor = _jieba_extractor(method, domain)
        body = corpus.paragraphs[corpus.paragraphs["kind"] == "body"].copy()
        body["section"] = body["section"].fillna(LEAD)
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


def formulations(corpus, by: str = "article", kinds=("body", "heading", "title", "subtitle")) -> pd.DataFrame:
    """How often each formulation occurs in each article (or section): columns ``term``,
    ``pinyin``, ``english``, the grouping column(s) and ``count`` (zeros included).

    Counted in the text itself, not in tokens, so the count does not depend on segmentation.
    ``.pivot(index="term", columns="article", values="count")`` gives a term × article table.

    >>> from helpers import load_corpus
    >>> table = formulations(load_corpus())
    >>> table[table["term"] == "西部大开发"]["count"].tolist()
    [6, 1, 0]
    """
    p = corpus.paragraphs[corpus.paragraphs["kind"].isin(kinds)].copy()
    p["section"] = p["section"].fillna(LEAD)
    keys = _group_keys(by)
    texts = p.groupby(keys, sort=False)["text"].apply("\n".join)
    rows = []
    for term in formulation_list().itertuples():
        for key, text in texts.items():
            key = key if isinstance(key, tuple) else (key,)
            rows.append({"term": term.term, "pinyin": term.pinyin, "english": term.english,
                         **dict(zip(keys, key)), "count": text.count(term.term)})
    return pd.DataFrame(rows, columns=["term", "pinyin", "english"] + keys + ["count"])


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
    return table.sort_values(["sentences", "term_a", "term_b"], ascending=[False, True, True]).head(top).reset_index(drop=True)


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
    fig, ax = plt.subplots(figsize=(9, 0.45 * len(terms) + 1.4))
    for y, term in enumerate(terms):
        xs = hits.loc[hits["term"] == term, "position"]
        ax.scatter(xs, [y] * len(xs), marker="|", s=250, linewidths=1.6, color="#1f4e79")
    for article, start in hits.attrs.get("article_starts", {}).items():
        ax.axvline(start, color="#b91c1c", linewidth=0.8, linestyle="--")
        ax.text(start, len(terms) - 0.4, f" 文章 {article}", color="#b91c1c", fontsize=9, va="bottom")
    ax.set_yticks(range(len(terms)), terms)
    ax.set_ylim(-0.6, len(terms) - 0.1)
    ax.invert_yaxis()
    ax.set_xlim(0, hits.attrs.get("length", hits["position"].max() + 1))
    ax.set_xlabel("position in the running text (characters) 在正文中的位置（字）")
    ax.set_ylabel("term 词语")
    ax.set_title(title)
    return fig


def distinctive(corpus, top: int = 10, prior: float = 0.01) -> pd.DataFrame:
    """Words that set each article apart from the others: weighted log-odds ratio with an
    informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), as a z-score.

    A high ``z`` means the article uses the word far more than the rest of the corpus does.
    """
    tokens = content_tokens(corpus)
    counts = tokens.groupby(["article", "token"]).size().unstack(fill_value=0)
    total = counts.sum(axis=0)
    alpha = prior * total / total.sum() * len(total)  # prior proportional to overall use
    alpha0 = alpha.sum()
    rows = []
    for article, row in counts.iterrows():
        rest = total - row
        n_i, n_j = row.sum(), rest.sum()
        log_i = ((row + alpha) / (n_i + alpha0 - row - alpha)).apply(math.log)
        log_j = ((rest + alpha) / (n_j + alpha0 - rest - alpha)).apply(math.log)
        delta = log_i - log_j
        var = 1 / (row + alpha) + 1 / (rest + alpha)
        z = delta / var.pow(0.5)
        ranked = sorted(z.items(), key=lambda kv: (-kv[1], kv[0]))[:top]  # ties in a fixed order
        for token, score in ranked:
            rows.append({"article": article, "token": token, "count": int(row[token]), "z": round(score, 3)})
    return pd.DataFrame(rows, columns=["article", "token", "count", "z"])


def formulation_heatmap(table: pd.DataFrame, top: int = 15, title: str = "提法在各篇文章中的分布 · Formulations by article"):
    """Heat map of the ``top`` formulations by article, from :func:`formulations`; returns the Figure."""
    import matplotlib.pyplot as plt
    import numpy as np

    from . import figures

    figures.setup()
    wide = table.pivot_table(index="term", columns="article", values="count", aggfunc="sum")
    wide = wide.loc[wide.sum(axis=1).sort_values(ascending=False).index].head(top)
    wide = wide[wide.sum(axis=1) > 0]
    fig, ax = plt.subplots(figsize=(1.2 * wide.shape[1] + 3.5, 0.38 * len(wide) + 1.6))
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
        ax.text(j, i, int(value), ha="center", va="center", fontsize=8,
                color="white" if value > high / 2 else "black")
    fig.colorbar(image, ax=ax, label="occurrences 出现次数")
    ax.set_title(title)
    ax.set_xlabel("article 文章")
    ax.set_ylabel("formulation 提法")
    return fig


def keyword_bars(table: pd.DataFrame, title: str = "各篇文章的关键词 · Keywords per article", colour: str = "#228833",
                 score: str = "score", label: str = "keyword", xlabel: str = "score"):
    """One small bar chart per article from a :func:`keywords` (or :func:`distinctive`) table."""
    import matplotlib.pyplot as plt

    from . import figures

    figures.setup()
    groups = list(table.groupby("article"))
    fig, axes = plt.subplots(1, max(1, len(groups)), figsize=(3.7 * max(1, len(groups)), 3.8), squeeze=False)
    for ax, (article, group) in zip(axes[0], groups):
        ax.barh(group[label], group[score], color=colour)
        ax.invert_yaxis()
        ax.set_title(f"文章 {article}", fontsize=10)
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
