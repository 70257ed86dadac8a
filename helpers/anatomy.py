"""The anatomy of a news report, as tables: sentences, lengths, section openers, data quality.

These functions take a :class:`helpers.corpus.Corpus` and return DataFrames for notebook 01.

>>> from helpers import load_corpus
>>> from helpers.anatomy import sentences, section_openers
>>> corpus = load_corpus()
>>> sentences(corpus).groupby("article")["n_chars"].median()      # doctest: +SKIP
>>> section_openers(corpus)[["section", "speaker", "overlap"]]     # doctest: +SKIP
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lazy import pandas as pd

# A sentence ends at 。！？ (and …… in speech), together with any closing quotation marks after it.
SENTENCE = re.compile(r"[^。！？!?…]*(?:[。！？!?]+|…+)[”’」』]*|[^。！？!?…]+$")
# 习近平总书记强调，要… / 习近平主席指出… : the leader's statement that opens a section; how the leader is
# named comes from helpers/data/leaders.csv (helpers.quotes.tables.leaders).
STATEMENT_VERBS = ("强调", "指出", "要求", "表示", "说")


@lru_cache(maxsize=1)
def leader_statement() -> re.Pattern:
    """The opening of a leader's statement: a mention of the leader (``leaders.csv``) and a verb.

    >>> leader_statement().match("习近平总书记强调，要…").groups()
    ('习近平总书记', '强调')
    """
    from .quotes.tables import leaders

    names = {w for mention, name, _ in leaders() for w in (mention, name) if w}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"^({alternatives})({'|'.join(STATEMENT_VERBS)})[，,：:]")


def sentences(corpus, kinds=("body",)) -> pd.DataFrame:
    """One row per sentence of the body paragraphs: paragraph, file, line, article, section, sentence,
    text, n_chars.

    >>> from helpers import load_corpus
    >>> sentences(load_corpus()).iloc[0]["text"]
    '4月23日下午，习近平总书记在重庆主持召开新时期推动西部大开发座谈会并发表重要讲话。'
    """
    rows = []
    paragraphs = corpus.paragraphs[corpus.paragraphs["kind"].isin(kinds)]
    for p in paragraphs.itertuples():
        for number, text in enumerate((s for s in SENTENCE.findall(p.text) if s.strip()), start=1):
            rows.append({"paragraph": p.paragraph, "file": p.file, "line": p.line, "article": p.article,
                         "section": p.section,
                         "sentence": number, "text": text, "n_chars": len(text)})
    return pd.DataFrame(rows, columns=["paragraph", "file", "line", "article", "section", "sentence", "text",
                                       "n_chars"])


def paragraph_lengths(corpus) -> pd.DataFrame:
    """Body paragraphs with their length in characters and in sentences."""
    body = corpus.body().copy()
    body["n_chars"] = body["text"].str.len()
    counts = sentences(corpus).groupby("paragraph").size().rename("n_sentences")
    columns = ["paragraph", "file", "line", "article", "section", "n_chars", "n_sentences"]
    return body.join(counts, on="paragraph")[columns]


def section_openers(corpus) -> pd.DataFrame:
    """Each section heading beside the first body paragraph under it.

    ``speaker`` and ``verb`` are set when that paragraph opens with the leader's statement
    (习近平总书记强调，要…); ``overlap`` is the share of the heading's characters, in order,
    that the statement repeats (1.0: the heading is taken word for word from the statement).
    """
    p = corpus.paragraphs
    rows = []
    for heading in p[p["kind"] == "heading"].itertuples():
        after = p[(p["article"] == heading.article) & (p["section"] == heading.text) & (p["kind"] == "body")]
        opener = after.iloc[0] if len(after) else None
        match = leader_statement().match(opener["text"]) if opener is not None else None
        rows.append({
            "article": heading.article, "line": heading.line, "section": heading.text,
            "opener": None if opener is None else opener["text"],
            "speaker": match.group(1) if match else None, "verb": match.group(2) if match else None,
            "overlap": _overlap(heading.text, opener["text"]) if match else 0.0,
        })
    return pd.DataFrame(rows, columns=["article", "line", "section", "opener", "speaker", "verb", "overlap"])


def _overlap(heading: str, statement: str) -> float:
    """Share of the heading's characters that appear, in order, in the statement (LCS / len)."""
    a, b = heading.replace(" ", ""), statement
    previous = [0] * (len(b) + 1)
    for ch in a:
        current = [0]
        for j, other in enumerate(b, start=1):
            current.append(previous[j - 1] + 1 if ch == other else max(previous[j], current[j - 1]))
        previous = current
    return round(previous[-1] / len(a), 3) if a else 0.0


def repairs(corpus) -> pd.DataFrame:
    """Every paragraph the loader repaired or flagged, with what it did: the data-quality lesson."""
    p = corpus.paragraphs
    flagged = p[(p["note"] != "") | p["kind"].isin(["marker", "dateline", "fragment"])]
    return flagged[["file", "line", "article", "kind", "text", "note"]]
