"""A tile-grid map of China's 34 province-level divisions, drawn offline with matplotlib.

Each division is one square of the same size, placed roughly where it lies (the layout is data:
``helpers/data/province_tiles.csv``). Unlike a real map, Shanghai's tile is as large as Xinjiang's, so
a count is read by colour without area getting in the way, and no boundary data need be downloaded.

>>> import pandas as pd
>>> fig = tile_map(pd.Series({"四川": 12, "重庆": 30, "贵州": 4}), title="提及次数")
"""
from __future__ import annotations

from functools import lru_cache

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib import colors
from matplotlib.patches import Rectangle

from .figures import setup
from .regions import provinces, read_table

EMPTY_COLOUR = "#f2f2f2"


@lru_cache(maxsize=1)
def tiles() -> pd.DataFrame:
    """The tile layout: short (province short name), name (full name), row, col, region, west."""
    layout = read_table("province_tiles.csv")
    layout[["row", "col"]] = layout[["row", "col"]].astype(int)
    return layout.merge(provinces()[["short", "name", "region", "west"]], on="short", validate="1:1")


def to_short_names(counts: pd.Series) -> pd.Series:
    """``counts`` indexed by province short name; full names (四川省) are accepted and converted.

    Raises ValueError naming every label that is not a province-level division.
    """
    table = provinces()
    full_to_short = dict(zip(table["name"], table["short"]))
    index = [full_to_short.get(str(k), str(k)) for k in counts.index]
    unknown = sorted(set(index) - set(table["short"]))
    if unknown:
        raise ValueError(f"not province-level divisions: {'、'.join(unknown)}; use short names such as "
                         "四川, 内蒙古, 广西 (see helpers.regions.provinces())")
    return pd.Series(counts.to_numpy(), index=index).groupby(level=0).sum()


def tile_map(counts: pd.Series, *, title: str | None = None, cmap: str = "Reds",
             label: str = "mentions 提及次数", ax=None, vmax: float | None = None, show_counts: bool = True,
             highlight: list[str] | None = None,
             highlight_label: str = "outlined: the 12 western provinces 粗框：西部12省区"):
    """Shade the 34 tiles by ``counts`` (a Series indexed by province short name); return the Figure.

    Tiles without a count, or with 0, are pale grey. Every tile is labelled with its Chinese short name
    and, when ``show_counts``, its count; the colour bar is labelled with ``label``. ``highlight`` draws a
    thicker outline round some tiles (e.g. the 12 western provinces), explained by ``highlight_label``.

    >>> fig = tile_map(pd.Series({"四川": 3}), title="Where the people quoted come from 受访者来自哪里",
    ...                label="people quoted 受访人数", cmap="Blues")
    """
    setup()
    values = to_short_names(pd.Series(counts, dtype=float)) if len(counts) else pd.Series(dtype=float)
    layout = tiles()
    top = float(vmax if vmax is not None else max(values.max() if len(values) else 0, 1))
    norm = colors.Normalize(vmin=0, vmax=top)
    colour_map = plt.get_cmap(cmap)
    if ax is None:
        fig, ax = plt.subplots(figsize=(7.2, 6.6))
    else:
        fig = ax.get_figure()
    outlined = set(highlight or ())
    for tile in layout.itertuples():
        value = float(values.get(tile.short, 0.0))
        face = colour_map(norm(value)) if value > 0 else colors.to_rgba(EMPTY_COLOUR)
        thick = tile.short in outlined
        ax.add_patch(Rectangle((tile.col + 0.04, -tile.row - 0.96), 0.92, 0.92, facecolor=face,
                               edgecolor="#222222" if thick else "#bbbbbb", linewidth=2.2 if thick else 0.8))
        luminance = 0.299 * face[0] + 0.587 * face[1] + 0.114 * face[2]
        ink = "white" if luminance < 0.5 else "#111111"
        name_size = 11 if len(tile.short) <= 2 else 9
        ax.text(tile.col + 0.5, -tile.row - (0.40 if show_counts else 0.5), tile.short, ha="center",
                va="center", fontsize=name_size, color=ink)
        if show_counts:
            number = f"{value:g}" if value else "0"
            ax.text(tile.col + 0.5, -tile.row - 0.72, number, ha="center", va="center", fontsize=8, color=ink)
    ax.set_xlim(-0.1, layout["col"].max() + 1.1)
    ax.set_ylim(-layout["row"].max() - 1.1, 0.1)
    ax.set_aspect("equal")
    ax.set_axis_off()
    if title:
        ax.set_title(title)
    if outlined:
        # the top-left corner of the grid is empty (north of Xinjiang): room for the key
        ax.text(0.05, -0.5, highlight_label, fontsize=8, va="center", color="#333333")
    mappable = plt.cm.ScalarMappable(norm=norm, cmap=colour_map)
    bar = fig.colorbar(mappable, ax=ax, shrink=0.6, pad=0.02)
    bar.set_label(label)
    if top <= 10:
        bar.set_ticks(range(0, int(top) + 1, 1 if top <= 5 else 2))
    return fig
