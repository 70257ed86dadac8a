"""Modules imported where first used, not where named: ``from .lazy import pandas as pd``.

A worker process of the report (:mod:`helpers.workers`) analyses its files into plain lists
(:mod:`helpers.columns`) and never makes a table, so it never needs pandas: the fork server that starts the
workers, and whose start the report waits for, is spared importing it (0.3 s, a tenth of the time bare jieba
takes over a million characters). A module that names pandas this way imports it the first time it reads an
attribute of it (``pd.DataFrame``); annotations are never evaluated (``from __future__ import annotations``).

>>> from helpers.lazy import pandas as pd
>>> pd.DataFrame({"a": [1]}).shape
(1, 1)
"""
from __future__ import annotations

from importlib import import_module


class Lazy:
    """The module ``name``, imported when one of its attributes is first read."""

    def __init__(self, name: str):
        self._name = name

    def __getattr__(self, attribute: str):
        return getattr(import_module(self._name), attribute)

    def __repr__(self) -> str:
        return f"<module {self._name}, imported on first use>"


pandas = Lazy("pandas")
numpy = Lazy("numpy")
