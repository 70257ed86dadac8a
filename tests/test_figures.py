import importlib.util
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib import font_manager  # noqa: E402

from helpers import figures  # noqa: E402

REGIONS = pd.Series({"四川": 42, "重庆": 35, "广西": 21, "内蒙古": 17})
WORDS = {"西部大开发": 40, "改革": 30, "发展": 28, "基础设施": 15, "生态保护": 12,
         "中国": 10, "经济": 9, "内蒙古": 6, "新疆": 5, "人民": 4}
BUNDLED = Path(importlib.util.find_spec("mplfonts").origin).parent / "fonts" / "NotoSansCJKsc-Regular.otf"


def glyph_warnings_text(messages):
    return [m for m in messages if "missing from font" in m or "Glyph" in m]


def glyph_warnings(caught):
    return glyph_warnings_text([str(w.message) for w in caught])


def bar_chart():
    fig, ax = plt.subplots()
    ax.bar(REGIONS.index, REGIONS.values)
    ax.set_title("西部省区新闻数量")
    ax.set_xlabel("省区")
    ax.set_ylabel("篇数")
    ax.set_yticks([-5, 0, 20, 40], ["-5", "零", "二十", "四十"])
    return fig


def draw_and_save(fig, path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.canvas.draw()
        fig.savefig(path)
    plt.close(fig)
    return glyph_warnings(caught)


@pytest.fixture
def restore():
    """Undo a forced font choice: re-run setup with the original choice."""
    rc, chosen = matplotlib.rcParams.copy(), figures._chosen
    yield
    figures._chosen = chosen
    matplotlib.rcParams.update(rc)


def test_chinese_bar_chart_has_no_missing_glyphs(tmp_path):
    figures.setup()
    out = tmp_path / "bar.png"
    assert draw_and_save(bar_chart(), out) == []
    assert out.stat().st_size > 1000
    resolved = font_manager.findfont(font_manager.FontProperties())
    assert Path(resolved).resolve() == Path(figures.font_path()).resolve()
    # wordcloud/PIL draw face 0 of a .ttc; matplotlib must draw that same face.
    assert getattr(resolved, "face_index", 0) == 0


def test_glyph_check_can_fail(tmp_path):
    # Same chart with matplotlib's default Latin font must trip the check.
    with matplotlib.rc_context({"font.family": ["sans-serif"], "font.sans-serif": ["DejaVu Sans"]}):
        found = draw_and_save(bar_chart(), tmp_path / "boxes.png")
    assert any("missing from font" in msg for msg in found)


def test_wordcloud_draws_deterministically(tmp_path):
    pixels = []
    for run, freqs in enumerate([WORDS, pd.Series(WORDS)]):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            fig = figures.wordcloud(freqs, title="高频词", random_state=7)
            fig.canvas.draw()
            fig.savefig(tmp_path / f"cloud{run}.png")
        assert glyph_warnings(caught) == []
        pixels.append(np.asarray(fig.canvas.buffer_rgba()).copy())
        plt.close(fig)
    image = plt.imread(tmp_path / "cloud0.png")
    assert image.std() > 0.05, "word cloud PNG is blank"
    assert np.array_equal(pixels[0], pixels[1])

    fig = figures.wordcloud(WORDS, random_state=8)
    fig.canvas.draw()
    assert not np.array_equal(pixels[0], np.asarray(fig.canvas.buffer_rgba()))
    plt.close(fig)


def test_wordcloud_uses_given_axes():
    fig, (left, right) = plt.subplots(1, 2)
    assert figures.wordcloud(WORDS, ax=right, title="右") is fig
    assert not right.axison and right.get_title() == "右"
    plt.close(fig)


def test_font_has_chinese_glyphs():
    assert figures._has_glyphs(figures.font_path(), "中国西部大开发四川重庆广西内蒙古新闻")
    # U+1F600 (emoji) and U+E000 (private use) are not in any CJK text font.
    assert not figures._has_glyphs(figures.font_path(), "中\U0001F600")
    assert not figures._has_glyphs(figures.font_path(), "\ue000")
    assert not figures._has_glyphs("/nonexistent/font.otf")


def test_rcparams_after_setup():
    matplotlib.rcdefaults()
    name = figures.setup()
    assert name == figures.font_name()
    assert matplotlib.rcParams["axes.unicode_minus"] is False
    assert matplotlib.rcParams["font.family"] == ["sans-serif"]
    assert matplotlib.rcParams["font.sans-serif"][:2] == [name, "DejaVu Sans"]
    assert matplotlib.rcParams["savefig.bbox"] == "tight"
    assert figures.setup() == name  # idempotent


def test_bundled_font_when_no_system_font(monkeypatch, restore, tmp_path):
    monkeypatch.setattr(figures, "SYSTEM_FONTS", ())
    monkeypatch.setattr(figures, "_chosen", None)
    assert figures._find_system_font() is None
    assert figures.setup() == "Noto Sans CJK SC"
    assert Path(figures.font_path()) == BUNDLED
    assert draw_and_save(bar_chart(), tmp_path / "bar.png") == []


# Run in a fresh interpreter: hide every system CJK font from matplotlib
# before helpers.figures is imported, as on a machine without one.
NO_SYSTEM_FONT = """
import json, warnings
from matplotlib import font_manager
import matplotlib.pyplot as plt
fm = font_manager.fontManager
hidden = ("CJK", "Source Han", "WenQuanYi", "Droid Sans Fallback")
fm.ttflist = [f for f in fm.ttflist if not any(h in f.name for h in hidden)]
fm._findfont_cached.cache_clear()
from helpers import figures
fig, ax = plt.subplots()
ax.set_title("中国西部大开发")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    fig.canvas.draw()
print(json.dumps({"name": figures.font_name(), "path": figures.font_path(),
                  "system": figures._find_system_font(),
                  "resolved": font_manager.findfont(font_manager.FontProperties()),
                  "warnings": [str(w.message) for w in caught]}))
"""


def test_bundled_font_on_machine_without_system_font():
    run = subprocess.run([sys.executable, "-c", NO_SYSTEM_FONT], capture_output=True,
                         text=True, check=True, env={**os.environ, "MPLBACKEND": "Agg"},
                         cwd=Path(__file__).parents[1])
    result = json.loads(run.stdout)
    assert result["system"] is None
    assert result["name"] == "Noto Sans CJK SC"
    assert Path(result["path"]) == BUNDLED == Path(result["resolved"])
    assert glyph_warnings_text(result["warnings"]) == []


def test_system_font_preferred_when_installed():
    system = figures._find_system_font()
    if system is None:
        pytest.skip("no system CJK font installed (CI installs fonts-noto-cjk)")
    assert (figures.font_name(), figures.font_path()) == system
    assert Path(figures.font_path()) != BUNDLED


def test_alt_text():
    fig = plt.figure()
    assert figures.alt(fig, " 四川最多。 ") is fig
    assert fig._alt_text == "四川最多。"
    with pytest.raises(ValueError):
        figures.alt(fig, "  ")
    plt.close(fig)
