"""Matplotlib figures and word clouds that draw Chinese with a real CJK font.

Importing the module picks the font (nothing is downloaded) and sets rcParams.
"""

import base64
import importlib.util
import io
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
from matplotlib import font_manager, ft2font

# Tried in order; all draw mainland (simplified) glyph forms. A face counts only
# if it is face 0 of its file, because wordcloud and PIL open face 0 of a .ttc.
# Debian's fonts-noto-cjk has "Noto Sans CJK JP" at face 0, whose Japanese forms
# of 领, 零, 直, 骨 look wrong in Chinese, so there the bundled font is used.
SYSTEM_FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
                "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback")
SAMPLE = "中国西部大开发"
# The same fonts for web pages (the HTML site and the report), falling back sensibly on every system.
CJK_SANS = ('"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", '
            '"Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif')
# Text outputs stay monospaced so printed tables line up; CJK falls back to a mono CJK face.
CJK_MONO = '"DejaVu Sans Mono", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace'

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


def wordcloud(frequencies, *, title=None, ax=None, width=800, height=400,
              random_state=42, colormap="viridis", max_words=100):
    """Draw a word cloud of ``{word: weight}`` (dict or pandas Series); return the Figure.

    *random_state* fixes the layout, so the same input gives the same picture.

    >>> fig = wordcloud({"发展": 30, "改革": 20, "西部": 12}, title="高频词")
    """
    from wordcloud import WordCloud  # imported late: only this function needs it

    weights = {str(word): float(w) for word, w in dict(frequencies).items() if w > 0}
    cloud = WordCloud(font_path=font_path(), width=width, height=height,
                      background_color="white", colormap=colormap,
                      max_words=max_words, random_state=random_state)
    cloud.generate_from_frequencies(weights)
    if ax is None:
        _, ax = plt.subplots(figsize=(width / 100, height / 100))
    ax.imshow(cloud, interpolation="bilinear")
    ax.set_axis_off()
    ax.set_title(title or "")
    return ax.get_figure()


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
