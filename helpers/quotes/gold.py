"""Stage 8: scoring against a hand-made gold table (``tests/quotes_gold.csv`` by default).

>>> score(extract(corpus), read_gold())                         # doctest: +SKIP
{'gold': 57, 'found': 57, 'correct': 57, 'precision': 1.0, 'recall': 1.0}
"""
from __future__ import annotations

from pathlib import Path

from ..lazy import pandas as pd
from .tables import read_table

GOLD = Path(__file__).resolve().parents[2] / "tests" / "quotes_gold.csv"
SCORED_FIELDS = ("speaker", "province", "verb", "mode")


def read_gold(path: str | Path = GOLD) -> pd.DataFrame:
    """A hand-checked gold table (``tests/quotes_gold.csv`` by default); empty cells become None."""
    table = read_table(Path(path))
    table["line"] = table["line"].astype(int)
    table["article"] = table["article"].astype(int)
    return table.replace({"": None})


def _same(a, b) -> bool:
    def empty(v) -> bool:
        return v is None or (isinstance(v, float) and pd.isna(v)) or v == ""
    return (empty(a) and empty(b)) or a == b


def compare(events: pd.DataFrame, gold: pd.DataFrame, fields=SCORED_FIELDS) -> pd.DataFrame:
    """Gold and extracted events side by side, matched on file, line and speaker.

    ``status``: ``correct`` (found, every field right), ``wrong`` (found, some field wrong — see
    ``wrong_fields``), ``missed`` (in gold only), ``extra`` (extracted only).
    """
    key = ["file", "line", "speaker"]
    left = gold[key + [f for f in fields if f != "speaker"]]
    right = events[key + [f for f in fields if f != "speaker"]]
    both = left.merge(right, on=key, how="outer", suffixes=("_gold", "_found"), indicator=True)
    rows = []
    for r in both.to_dict("records"):
        wrong = [f for f in fields if f != "speaker" and not _same(r[f + "_gold"], r[f + "_found"])]
        status = {"left_only": "missed", "right_only": "extra"}.get(r["_merge"]) or ("wrong" if wrong else "correct")
        rows.append({**{k: r[k] for k in key}, "status": status,
                     "wrong_fields": "、".join(wrong) if status == "wrong" else None,
                     **{c: r[c] for c in r if c.endswith(("_gold", "_found"))}})
    return pd.DataFrame(rows).sort_values(["file", "line", "speaker"], ignore_index=True)


def score(events: pd.DataFrame, gold: pd.DataFrame, fields=SCORED_FIELDS) -> dict:
    """Precision and recall of speech events, counting an event right only if every field is.

    >>> score(extract(corpus), read_gold())                         # doctest: +SKIP
    {'gold': 57, 'found': 57, 'correct': 57, 'precision': 1.0, 'recall': 1.0}
    """
    table = compare(events, gold, fields)
    correct = int((table["status"] == "correct").sum())
    found = int(table["status"].isin(["correct", "wrong", "extra"]).sum())
    expected = int(table["status"].isin(["correct", "wrong", "missed"]).sum())
    return {"gold": expected, "found": found, "correct": correct,
            "precision": correct / found if found else 0.0, "recall": correct / expected if expected else 0.0}
