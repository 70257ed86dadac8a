"""Matplotlib figures and word clouds that draw Chinese with a real CJK font, and read at a glance.

Importing the module picks the font (nothing is downloaded) and sets rcParams. Beside the font:

- one colour and one bilingual label per category, in every figure (``helpers/data/categories.csv``):
  :func:`category_colour`, :func:`category_label`, :func:`legend`;
- text big enough at the size the page shows the figure (:data:`MIN_FONT_PT`, :func:`small_text`);
- word clouds in dark colours that read on white (:data:`WORDCLOUD_COLOURS`);
- a heat map that a single dominant cell cannot swamp (:func:`heatmap` with ``log=True``).
"""
from __future__ import annotations

import base64
import csv
import importlib.util
import io
import math
from functools import lru_cache
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
from matplotlib import colors, font_manager, ft2font
from matplotlib.text import Text

from .fonts import CJK_MONO, CJK_SANS  # noqa: F401 (the web pages' fonts, also reachable here)
from .lazy import pandas as pd  # (a process that only draws figures made elsewhere needs none)

DATA = Path(__file__).resolve().parent / "data"

# Tried in order; all draw mainland (simplified) glyph forms. A face counts only
# if it is face 0 of its file, because wordcloud and PIL open face 0 of a .ttc.
# Debian's fonts-noto-cjk has "Noto Sans CJK JP" at face 0, whose Japanese forms
# of 领, 零, 直, 骨 look wrong in Chinese, so there the bundled font is used.
SYSTEM_FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
                "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback")
SAMPLE = "中国西部大开发"

_chosen: tuple[str, str] | None = None  # (family name, file path), once found


def has_glyphs(text: str = SAMPLE, path: str | None = None) -> bool:
    """True if face 0 of *path* (default: the font in use) maps every character of *text*.

    >>> has_glyphs("中国西部大开发"), has_glyphs("\U0001F600")
    (True, False)
    """
    try:
        font = ft2font.FT2Font(path or font_path())
    except (OSError, RuntimeError):  # missing or unreadable file
        return False
    return all(font.get_char_index(ord(ch)) for ch in text)


def _find_system_font() -> tuple[str, str] | None:
    """(name, path) of the first usable SYSTEM_FONTS face matplotlib knows."""
    manager = font_manager.fontManager
    faces = [f for f in manager.ttflist if f.name in SYSTEM_FONTS and f.style == "normal"
             and getattr(f, "index", 0) == 0 and "mplfonts" not in Path(f.fname).parts]
    faces.sort(key=lambda f: (SYSTEM_FONTS.index(f.name), manager.score_weight(400, f.weight)))
    return next(((f.name, f.fname) for f in faces if has_glyphs(path=f.fname)), None)


def _bundled_font() -> tuple[str, str]:
    """Register Noto Sans CJK SC from the mplfonts wheel; return (name, path)."""
    spec = importlib.util.find_spec("mplfonts")  # not imported: that rewrites rcParams
    path = spec and Path(spec.origin).parent / "fonts" / "NotoSansCJKsc-Regular.otf"
    if not path or not path.is_file():
        raise RuntimeError("No CJK font: install mplfonts or fonts-noto-cjk")
    # findfont breaks ties by list order: put this file (once) ahead of a same-named
    # face PIL can't open (face 2 of Debian's .ttc). addfont clears findfont's cache.
    manager = font_manager.fontManager
    others = [f for f in manager.ttflist if Path(f.fname) != path]
    manager.ttflist[:] = others
    manager.addfont(str(path))
    manager.ttflist[:] = manager.ttflist[len(others):] + others
    return font_manager.FontProperties(fname=str(path)).get_name(), str(path)


def setup() -> str:
    """Make matplotlib draw Chinese; return the CJK family name in use.

    The font is chosen once; later calls only re-apply rcParams, which helps
    after ``plt.style.use`` or ``matplotlib.rcdefaults()``.

    >>> setup()  # doctest: +SKIP
    'Noto Sans CJK SC'
    """
    global _chosen
    if _chosen is None:
        _chosen = _find_system_font() or _bundled_font()
    matplotlib.rcParams.update({
        "font.family": ["sans-serif"],
        # DejaVu Sans as fallback for any symbol the CJK font lacks.
        "font.sans-serif": [_chosen[0], "DejaVu Sans"],
        # U+2212 MINUS SIGN is missing from some CJK fonts; use ASCII '-'.
        "axes.unicode_minus": False,
        "figure.dpi": 110,
        "savefig.bbox": "tight",
        # Matplotlib's defaults draw legends and tick labels at 10 pt or less, which a page that
        # shrinks a wide figure turns into 7 px; these sizes keep them readable (see small_text).
        "font.size": 11,
        "axes.titlesize": 12,
        "axes.labelsize": 11,
        "xtick.labelsize": 10,
        "ytick.labelsize": 10,
        "legend.fontsize": 10,
        "legend.title_fontsize": 10,
        "figure.titlesize": 13,
    })
    return _chosen[0]


def font_path() -> str:
    """Path of the CJK font file in use, e.g. for wordcloud or PIL.

    >>> from PIL import ImageFont; font = ImageFont.truetype(font_path(), 24)
    """
    setup()
    return _chosen[1]


def font_name() -> str:
    """Family name of the CJK font in use.

    >>> font_name() in SYSTEM_FONTS + ("Noto Sans CJK SC",)
    True
    """
    return setup()


# --- categories: one colour and one bilingual label each ------------------------------------

@lru_cache(maxsize=1)
def categories() -> pd.DataFrame:
    """The table of ``helpers/data/categories.csv``: group, name, english, chinese, colour.

    >>> categories().query("group == 'mode'")["name"].tolist()
    ['direct', 'mixed', 'indirect']
    """
    lines = (DATA / "categories.csv").read_text(encoding="utf-8").splitlines()
    return pd.DataFrame(csv.DictReader(line for line in lines if not line.startswith("#")))


def _category(name: str):
    rows = categories()[categories()["name"] == str(name)]
    if rows.empty:
        raise KeyError(f"no category {name!r} in helpers/data/categories.csv; known: "
                       f"{', '.join(categories()['name'])}. Add a row there to give it a colour.")
    return rows.iloc[0]


def category_colour(name: str) -> str:
    """The colour of a category, the same in every figure.

    >>> category_colour("official"), category_colour("body")
    ('#EE6677', '#4477AA')
    """
    return _category(name)["colour"]


def category_label(name: str) -> str:
    """The bilingual label of a category, for legends and tick labels.

    >>> category_label("official")
    'official 官员'
    >>> category_label("西部")
    'western provinces 西部'
    """
    row = _category(name)
    return f"{row['english']} {row['chinese']}"


def category_colours(names) -> list[str]:
    """Colours for a sequence of category names (a column to colour bars by).

    >>> category_colours(["body", "heading"])
    ['#4477AA', '#EE6677']
    """
    return [category_colour(name) for name in names]


def legend(ax, names=None, **kwargs):
    """A legend whose entries read "english 中文", coloured by category.

    With *names*, one patch per category in that order; without, the labels already given to the
    plotted artists (``label="official"``) are replaced by their bilingual labels. Other keyword
    arguments go to ``ax.legend``.

    >>> fig, ax = plt.subplots()
    >>> [t.get_text() for t in legend(ax, ["direct", "indirect"], title="mode 方式").get_texts()]
    ['direct 直接引语', 'indirect 间接引语']
    """
    if names is None:
        handles, names = ax.get_legend_handles_labels()
    else:
        handles = [plt.Rectangle((0, 0), 1, 1, color=category_colour(name)) for name in names]
    return ax.legend(handles, [category_label(name) for name in names], **kwargs)


# --- text big enough to read -----------------------------------------------------------------

MIN_FONT_PT = 9
# The width, in CSS pixels, at which the site's text column (and JupyterLab at a laptop's width)
# shows a figure; a figure saved wider than this is scaled down, and its text with it.
PAGE_WIDTH_PX = 760


def shown_scale(fig, page_width_px: int = PAGE_WIDTH_PX) -> float:
    """How many CSS points one point of the figure's text becomes on the page.

    A PNG saved at ``fig.dpi`` is shown one image pixel per CSS pixel (96 per inch) until it is wider
    than the page, then scaled down to the page width.
    """
    width_px = fig.get_tightbbox(fig.canvas.get_renderer()).width * fig.dpi
    return fig.dpi / 96 * min(1.0, page_width_px / width_px)


def small_text(fig, min_pt: float = MIN_FONT_PT, page_width_px: int = PAGE_WIDTH_PX) -> list[tuple[str, float]]:
    """Every visible text of *fig* smaller than *min_pt* points as the page shows it: (text, points).

    >>> fig, ax = plt.subplots(figsize=(6, 3))
    >>> _ = ax.set_title("big enough 够大"); _ = ax.text(0.5, 0.5, "tiny 太小", fontsize=6)
    >>> small_text(fig)
    [('tiny 太小', 6.9)]
    """
    fig.canvas.draw()
    scale = shown_scale(fig, page_width_px)
    hidden = {id(t) for ax in fig.axes if not ax.axison  # the ticks and labels of an axes turned off
              for axis in (ax.xaxis, ax.yaxis) for t in axis.findobj(Text)}
    found = []
    for text in fig.findobj(Text):
        if text.get_visible() and text.get_text().strip() and id(text) not in hidden:
            shown = text.get_fontsize() * scale
            if shown < min_pt - 1e-6:
                found.append((text.get_text(), round(shown, 1)))
    return found


# --- heat maps ------------------------------------------------------------------------------------

def heatmap(matrix: pd.DataFrame, *, ax=None, log: bool = False, cmap: str = "Blues", label: str = "",
            numbers: bool = True):
    """Shade a table (rows × columns) cell by cell, with each count written in its cell; return the Figure.

    ``log=True`` shades on a logarithmic scale, so that one dominant cell (a name and the title that
    always goes with it) does not leave every other cell pale; say so in the caption. Zero and
    missing cells stay white. ``label`` names the colour bar.

    >>> fig = heatmap(pd.DataFrame([[120, 3], [3, 0]], index=["习近平", "发展"], columns=["总书记", "建设"]),
    ...               log=True, label="sentences 句数")
    """
    if ax is None:
        fig, ax = plt.subplots(figsize=(max(4.0, 0.55 * matrix.shape[1] + 2.5), max(3.0, 0.45 * matrix.shape[0] + 1.5)))
    else:
        fig = ax.get_figure()
    values = matrix.to_numpy(dtype=float)
    top = max(float(np.nanmax(values)) if values.size else 1.0, 2.0)
    norm = colors.LogNorm(vmin=1, vmax=top) if log else colors.Normalize(vmin=0, vmax=top)
    # The palest 15% of the colour map is left out, so that a count of 1 is visibly tinted: only
    # zero and missing cells are white.
    colour_map = colors.ListedColormap(plt.get_cmap(cmap)(np.linspace(0.15, 1, 256))).with_extremes(bad="white")
    image = ax.imshow(np.ma.masked_where(~(values > 0), values), cmap=colour_map, norm=norm, aspect="auto")
    ax.set_xticks(range(matrix.shape[1]), [str(c) for c in matrix.columns], rotation=60, ha="right")
    ax.set_yticks(range(matrix.shape[0]), [str(i) for i in matrix.index])
    if numbers:
        for (i, j), value in np.ndenumerate(values):
            if value > 0:
                rgba = colour_map(norm(value))
                dark = 0.299 * rgba[0] + 0.587 * rgba[1] + 0.114 * rgba[2] < 0.5
                ax.text(j, i, f"{value:g}", ha="center", va="center", fontsize=matplotlib.rcParams["xtick.labelsize"],
                        color="white" if dark else "#111111")
    bar = fig.colorbar(image, ax=ax, shrink=0.9)
    bar.set_label(label + (" (log scale 对数刻度)" if log else ""))
    if log:  # plain numbers (1, 2, 5, 10…) rather than powers of ten
        ticks = [k * 10 ** e for e in range(int(math.log10(top)) + 1) for k in (1, 2, 5) if k * 10 ** e <= top]
        bar.set_ticks(ticks, labels=[f"{t:g}" for t in ticks])
        bar.minorticks_off()
    return fig


# --- word clouds ------------------------------------------------------------------------------------

# Dark colours only: each has a contrast of at least 4.5:1 with white (WCAG AA), so no word fades
# into the background as the pale yellow end of viridis (1.3:1) does. Mostly from Paul Tol's sets.
WORDCLOUD_COLOURS = ("#004488", "#994455", "#806000", "#117733", "#882255", "#332288", "#666666", "#AA3377")


def contrast(colour: str, background: str = "white") -> float:
    """WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white).

    >>> round(contrast("black"), 1), round(contrast("#999999"), 1)
    (21.0, 2.8)
    """
    def luminance(c):
        rgb = [((v / 12.92) if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4) for v in colors.to_rgb(c)]
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
    high, low = sorted((luminance(colour), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _wordcloud_colour(word, font_size, position, orientation, random_state=None, **kwargs):
    return WORDCLOUD_COLOURS[random_state.randint(0, len(WORDCLOUD_COLOURS) - 1)]


def wordcloud(frequencies, *, title=None, ax=None, width=800, height=400, random_state=42, max_words=100):
    """Draw a word cloud of ``{word: weight}`` (dict or pandas Series); return the Figure.

    *random_state* fixes the layout and the colours, so the same input gives the same picture.
    Words are drawn in :data:`WORDCLOUD_COLOURS`, and no smaller than :data:`MIN_FONT_PT` as the
    page shows the figure (so a small panel holds fewer words).

    >>> fig = wordcloud({"发展": 30, "改革": 20, "西部": 12}, title="高频词")
    """
    from wordcloud import WordCloud  # imported late: only this function needs it

    weights = {str(word): float(w) for word, w in dict(frequencies).items() if w > 0}
    if ax is None:
        _, ax = plt.subplots(figsize=(width / 100, height / 100))
    fig = ax.get_figure()
    # CSS pixels on the page per pixel of the cloud image: the image is fitted into the axes.
    box = ax.get_window_extent(fig.canvas.get_renderer())
    per_pixel = min(box.width / width, box.height / height) * shown_scale(fig) * 96 / fig.dpi
    min_font_px = math.ceil(MIN_FONT_PT * 96 / 72 / per_pixel)
    cloud = WordCloud(font_path=font_path(), width=width, height=height, background_color="white",
                      color_func=_wordcloud_colour, min_font_size=min_font_px, max_words=max_words,
                      random_state=random_state)
    cloud.generate_from_frequencies(weights)
    ax.imshow(cloud, interpolation="bilinear")
    ax.set_axis_off()
    ax.set_title(title or "")
    return fig


class FigureWithAlt:
    """A figure shown once, as PNG, with its alternative text attached to the output.

    JupyterLab shows it like any figure; the HTML build writes the text into ``<img alt>``.
    """

    def __init__(self, fig, text: str):
        self.figure, self.alt = fig, text

    def _repr_mimebundle_(self, include=None, exclude=None):
        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png")
        # Closed here so that the inline backend does not show the figure a second time.
        plt.close(self.figure)
        png = base64.b64encode(buffer.getvalue()).decode("ascii")
        return ({"image/png": png, "text/plain": f"<Figure: {self.alt}>"},
                {"image/png": {"alt": self.alt}})


def alt(fig, text: str) -> FigureWithAlt:
    """Attach a sentence of alternative text to *fig*; end a cell with it to show the figure.

    >>> shown = alt(plt.figure(), "四个省区的新闻篇数柱状图，四川最多。")
    >>> shown.figure._alt_text
    '四个省区的新闻篇数柱状图，四川最多。'
    """
    if not text or not text.strip():
        raise ValueError("alt text must be a non-empty sentence saying what the figure shows")
    fig._alt_text = text.strip()
    return FigureWithAlt(fig, fig._alt_text)


setup()
