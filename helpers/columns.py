"""Tables as columns of plain lists: how a file's results travel before they are DataFrames.

A worker of :mod:`helpers.pipeline` sends back each table of its file as ``{column: [values]}``; the corpus's
columns are the files' lists joined, made into one DataFrame each by the same function that makes the table of
a corpus loaded whole (:func:`frame`, or the table's own, such as :func:`helpers.quotes.event_frame`). Ten small
DataFrames a file cost more than the analysis of a short article (pandas builds each column, and turns text into
Arrow strings, call by call); a list costs nothing to build, send or join.

>>> frame(joined([of_rows([{"a": 1, "b": "x"}], ["a", "b"]), {"a": [2], "b": [None]}]))
   a    b
0  1    x
1  2  NaN
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where a table is made: a worker that only sends lists back never needs it
    import pandas as pd

Columns = dict[str, list]


def of_rows(rows: list[dict], names: list[str]) -> Columns:
    """The columns ``names`` of ``rows`` (dicts, one per row)."""
    return {name: [row[name] for row in rows] for name in names}


def joined(parts: list[Columns]) -> Columns:
    """The columns of ``parts`` (tables of the same columns), one under the other."""
    if len(parts) == 1:
        return parts[0]
    columns: Columns = {name: [] for name in parts[0]}
    for part in parts:
        for name, values in columns.items():
            values += part[name]
    return columns


def split(columns: Columns, parts: int, key: str) -> list[Columns]:
    """``columns`` in up to ``parts`` tables of about as many rows each, one after the other, never cutting a run of
    rows of the same ``key``.

    >>> split({"a": [1, 1, 2, 2, 2, 3], "b": list("uvwxyz")}, 2, "a")
    [{'a': [1, 1, 2, 2, 2], 'b': ['u', 'v', 'w', 'x', 'y']}, {'a': [3], 'b': ['z']}]
    """
    keys, n = columns[key], length(columns)
    cuts = [0]
    for k in range(1, parts):
        i = max(k * n // parts, cuts[-1])
        while 0 < i < n and keys[i] == keys[i - 1]:
            i += 1
        cuts.append(i)
    cuts.append(n)
    return [{name: values[a:b] for name, values in columns.items()} for a, b in zip(cuts, cuts[1:]) if b > a]


def length(columns: Columns) -> int:
    """The number of rows of ``columns``."""
    return len(next(iter(columns.values()), []))


def frame(columns: Columns) -> pd.DataFrame:
    """The DataFrame of ``columns``, each column's dtype inferred from its values (as from rows)."""
    import pandas as pd

    return pd.DataFrame(columns)
