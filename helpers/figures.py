"""Matplotlib figures and word clouds that draw Chinese with a real CJK font.

Importing the module is enough: ``from helpers import figures`` picks the font
and sets matplotlib's rcParams. Nothing is downloaded.
"""

import importlib.util
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
from matplotlib import font_manager, ft2font

# Tried in order. A face counts only if it is face 0 of its file, because
# wordcloud and PIL open face 0 of a .ttc: matplotlib then draws the same face.
# On Debian's fonts-noto-cjk that face is "Noto Sans CJK JP".
SYSTEM_FONTS = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC",
                "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback")
SAMPLE = "中国西部大开发"

_chosen: tuple[str, str] | None = None  # (family name, file path), once found


def _has_glyphs(path: str, text: str = SAMPLE) -> bool:
    """True if face 0 of the font file maps every character of *text*."""
    try:
        font = ft2font.FT2Font(path)
    except (OSError, RuntimeError):  # missing or unreadable file
        return False
    return all(font.get_char_index(ord(ch)) for ch in text)


def _find_system_font() -> tuple[str, str] | None:
    """(name, path) of the first usable SYSTEM_FONTS face matplotlib knows."""
    manager = font_manager.fontManager
    for name in SYSTEM_FONTS:
        faces = sorted((f for f in manager.ttflist
                        if f.name == name and f.style == "normal"
                        and getattr(f, "index", 0) == 0 and "mplfonts" not in Path(f.fname).parts),
                       key=lambda f: manager.score_weight(400, f.weight))
        for face in faces:
            if _has_glyphs(face.fname):
                return name, face.fname
    return None


def _bundled_font() -> tuple[str, str]:
    """Register Noto Sans CJK SC from the mplfonts wheel; return (name, path)."""
    spec = importlib.util.find_spec("mplfonts")  # not imported: that rewrites rcParams
    path = spec and Path(spec.origin).parent / "fonts" / "NotoSansCJKsc-Regular.otf"
    if not path or not path.is_file():
        raise RuntimeError("No CJK font found: install the mplfonts package "
                           "or a system font such as fonts-noto-cjk")
    if str(path) not in {f.fname for f in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(str(path))
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

    >>> from PIL import ImageFont
    >>> font = ImageFont.truetype(font_path(), 24)
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


def alt(fig, text: str):
    """Attach alternative text to *fig* as ``fig._alt_text``; return *fig*.

    An HTML build can read ``getattr(fig, "_alt_text", None)`` for <img alt>.

    >>> alt(plt.figure(), "四个省区的新闻篇数柱状图，四川最多。")._alt_text
    '四个省区的新闻篇数柱状图，四川最多。'
    """
    if not text or not text.strip():
        raise ValueError("alt text must be a non-empty sentence")
    fig._alt_text = text.strip()
    return fig


setup()
