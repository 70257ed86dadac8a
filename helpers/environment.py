"""Check that this machine can run the course: versions, the Chinese font, jieba's cache.

>>> from helpers.environment import check
>>> check()          # doctest: +SKIP
"""
from __future__ import annotations

import platform
from importlib.metadata import PackageNotFoundError, version

import pandas as pd

PACKAGES = ["jieba", "pandas", "matplotlib", "wordcloud", "jupyterlab", "charset-normalizer", "mplfonts"]


def check() -> pd.DataFrame:
    """One row per component: ``component``, ``detail`` and ``ok`` (True when usable)."""
    rows = [{"component": "python", "detail": platform.python_version(), "ok": True}]
    for name in PACKAGES:
        try:
            rows.append({"component": name, "detail": version(name), "ok": True})
        except PackageNotFoundError:
            rows.append({"component": name, "detail": "not installed: run `make test` once", "ok": False})
    from . import figures
    from .segment import cut, dictionaries_path, keep_dictionaries

    where = "from the mplfonts package" if "mplfonts" in figures.font_path() else "installed on this system"
    rows.append({"component": "CJK font", "detail": f"{figures.font_name()}, {where}",
                 "ok": figures.has_glyphs("中国西部大开发")})
    words = cut("成渝地区双城经济圈建设")
    rows.append({"component": "jieba + domain dictionary", "detail": " / ".join(words),
                 "ok": words[0] == "成渝地区双城经济圈"})
    rows.append({"component": "jieba cache", "detail": _home_relative(dictionaries_path()),
                 "ok": keep_dictionaries()})
    return pd.DataFrame(rows)


def _home_relative(path) -> str:
    """``~/.cache/...`` rather than the full path: shorter, and it names no user in a published page."""
    from pathlib import Path

    try:
        return "~/" + str(Path(path).relative_to(Path.home()))
    except ValueError:
        return str(path)
