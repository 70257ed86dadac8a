"""Stage 7: echoes — how each quotation repeats the leader's words: formulas (``echo_formulas.csv``),
citations and word pairs shared with the leader's statements reported in the same article.

>>> bool(echo_formulas().set_index("label").loc["深入贯彻落实…精神", "regex"].search("深入贯彻落实重要讲话精神"))
True
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from ..lazy import pandas as pd
from . import tokens
from .paragraph import CLAUSE_END
from .tables import leaders, read_table

# --- echoes of the leader's words ---------------------------------------------------------------

SPEECH = r"(?:重要讲话|重要指示|重要论述|重要回信|贺信|回信|讲话|指示)?精神"


def _leader_words() -> str:
    """How the leader is named (``leaders.csv``: his mentions, name and titles), as one alternation."""
    words = {w for row in leaders() for w in row if w}
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def echo_formulas() -> pd.DataFrame:
    """The formulas of ``echo_formulas.csv`` with their compiled patterns (column ``regex``)."""
    table = read_table("echo_formulas.csv")
    leader = f"(?:{_leader_words()})?(?:的)?"
    table["regex"] = [re.compile(p.replace("{leader}", leader).replace("{speech}", SPEECH))
                      for p in table["pattern"]]
    return table


def _bigrams(text: str) -> list[tuple[str, str]]:
    words = tokens.content_words(text)
    return [(a, b) for a, b in zip(words, words[1:]) if not (tokens.is_stopword(a) and tokens.is_stopword(b))]


def _first_clause_end(text: str) -> int:
    return next((i for i, ch in enumerate(text) if ch in CLAUSE_END), len(text))


def echo(events: pd.DataFrame) -> pd.DataFrame:
    """How each quotation repeats the leader: formulas, citations and shared wording.

    One row per speech event other than the leader's, with ``formulas`` (labels from
    ``echo_formulas.csv`` found in the words, in order), ``opens_with_formula`` (one stands in the
    first clause: 深入贯彻落实习近平总书记重要讲话精神，我们将…), ``cites_leader`` (the words name him),
    ``n_bigrams`` (word pairs in the words),
    ``shared_bigrams`` (how many also occur in the leader's statements reported in the same
    article), ``echo_share`` (their share) and ``longest_shared`` (the longest run of characters
    copied from the leader's statements; ``None`` where the article reports none).

    >>> table = echo(extract(helpers.load_corpus()))                   # doctest: +SKIP
    """
    formulas = echo_formulas()
    leader_text = events[events["speaker_type"] == "leader"].groupby("article")["text"].apply("".join)
    rows = []
    for row in events[events["speaker_type"] != "leader"].itertuples():
        words = row.text
        found = sorted(((m.start(), label, kind) for label, kind, regex in
                        zip(formulas["label"], formulas["kind"], formulas["regex"])
                        for m in [regex.search(words)] if m), key=lambda f: f[0])
        statement = leader_text.get(row.article)
        pairs = _bigrams(words)
        shared, longest = None, None
        if statement:
            leader_pairs = set(_bigrams(statement))
            shared = sum(pair in leader_pairs for pair in pairs)
            match = SequenceMatcher(None, words, statement, autojunk=False).find_longest_match(
                0, len(words), 0, len(statement))
            longest = words[match.a:match.a + match.size].strip("，。；、：！？,;:")
            longest = longest if len(longest) >= 4 else ""
        rows.append({"file": row.file, "line": row.line, "article": row.article, "speaker": row.speaker,
                     "category": row.category, "mode": row.mode,
                     "formulas": "、".join(label for _, label, _ in found) or None,
                     "formula_kinds": "、".join(dict.fromkeys(kind for _, _, kind in found)) or None,
                     "opens_with_formula": bool(found) and found[0][0] < _first_clause_end(words),
                     "cites_leader": bool(re.search(_leader_words(), words)),
                     "n_bigrams": len(pairs), "shared_bigrams": shared,
                     "echo_share": (shared / len(pairs)) if shared is not None and pairs else None,
                     "longest_shared": longest})
    return pd.DataFrame(rows)


def echo_figure(table: pd.DataFrame, title: str = "引语如何呼应总书记的话 · How quotations echo the leader"):
    """Two panels from an :func:`echo` table: how many quotations use each formula; and, per article,
    the share of quotations that open with a formula, cite the leader, or repeat a word pair of the
    leader's statements reported in that article ("n/a" where the article reports none)."""
    import matplotlib.pyplot as plt

    from ..figures import setup

    setup()   # Chinese labels need the CJK font
    labels = table["formulas"].dropna().str.split("、").explode().value_counts().sort_values()
    measures = {"opens with a formula 以套语开头": table["opens_with_formula"],
                "cites the leader 提到总书记/主席": table["cites_leader"],
                "repeats his wording 重复原话词对":
                    (table["shared_bigrams"] > 0).where(table["shared_bigrams"].notna())}
    shares = pd.DataFrame({k: v.groupby(table["article"]).mean() * 100 for k, v in measures.items()})
    # stacked, not side by side: at the width of a page (or a phone) every label stays at 9 pt or more
    fig, (left, right) = plt.subplots(2, 1, figsize=(7.5, 8.5), gridspec_kw={"height_ratios": [1.1, 1]})
    left.barh(labels.index, labels.values, color="#4477aa")
    left.set_xlabel("quotations 引语数")
    left.set_title("formulas used 套语")
    for y, value in enumerate(labels.values):
        left.text(value + 0.1, y, str(value), va="center")
    left.set_xlim(0, labels.max() * 1.15 + 1 if len(labels) else 1)
    width = 0.8 / len(shares.columns)
    for i, (column, colour) in enumerate(zip(shares.columns, ["#ee6677", "#228833", "#ccbb44"])):
        right.bar(shares.index + (i - 1) * width, shares[column].fillna(0), width, label=column, color=colour)
        for x in shares.index[shares[column].isna()]:   # no leader statement reported in the article
            right.text(x + (i - 1) * width, 1, "n/a", ha="center", va="bottom", rotation=90)
    right.set_xticks(shares.index, [f"article {a} 文章{a}" for a in shares.index])
    right.set_ylabel("share of quotations (%)\n占本篇引语的比例")
    right.set_ylim(0, 140)   # room for the legend above the bars
    right.set_yticks(range(0, 101, 20))
    right.set_title("per article 各篇文章")
    right.legend(loc="upper center", ncol=1, frameon=False)
    fig.suptitle(title)
    fig.tight_layout()
    return fig


