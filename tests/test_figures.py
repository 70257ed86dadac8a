import base64
import importlib.util
import json
import os
import shutil
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
BUNDLED = (Path(importlib.util.find_spec("mplfonts").origin).parent
           / "fonts" / "NotoSansCJKsc-Regular.otf")
REPO = Path(__file__).resolve().parents[1]


def glyph_warnings(messages):
    return [m for m in map(str, messages) if "missing from font" in m or "Glyph" in m]


def bar_chart():
    fig, ax = plt.subplots()
    ax.bar(REGIONS.index, REGIONS.values)
    ax.set_title("西部省区新闻数量")
    ax.set_xlabel("省区")
    ax.set_ylabel("篇数")
    ax.set_yticks([-5, 0, 20, 40], ["-5", "零", "二十", "四十"])
    return fig


def draw_and_save(fig, path):
    """Draw and save *fig*; return the missing-glyph warnings raised."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.canvas.draw()
        fig.savefig(path)
    plt.close(fig)
    return glyph_warnings(w.message for w in caught)


@pytest.fixture
def restore():
    """Put back the module's font choice and rcParams after a test forces another."""
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
    # The same chart in matplotlib's default Latin font must trip the check.
    rc = {"font.family": ["sans-serif"], "font.sans-serif": ["DejaVu Sans"]}
    with matplotlib.rc_context(rc):
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
        assert glyph_warnings(w.message for w in caught) == []
        pixels.append(np.asarray(fig.canvas.buffer_rgba()).copy())
        plt.close(fig)
    assert plt.imread(tmp_path / "cloud0.png").std() > 0.05, "word cloud PNG is blank"
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
    assert figures.has_glyphs("中国西部大开发四川重庆广西内蒙古新闻")
    assert figures.has_glyphs("中国", path=figures.font_path())
    # U+1F600 (emoji) and U+E000 (private use) are not in any CJK text font.
    assert not figures.has_glyphs("中\U0001F600")
    assert not figures.has_glyphs("\ue000")
    dejavu = font_manager.findfont("DejaVu Sans")
    assert figures.has_glyphs("Glyph", path=dejavu) and not figures.has_glyphs("中", path=dejavu)
    assert not figures.has_glyphs("中", path="/nonexistent/font.otf")


def test_rcparams_after_setup():
    matplotlib.rcdefaults()
    name = figures.setup()
    assert name == figures.font_name()
    assert matplotlib.rcParams["axes.unicode_minus"] is False
    assert matplotlib.rcParams["font.family"] == ["sans-serif"]
    assert matplotlib.rcParams["font.sans-serif"][:2] == [name, "DejaVu Sans"]
    assert matplotlib.rcParams["savefig.bbox"] == "tight"
    assert figures.setup() == name  # idempotent


def test_choice_prefers_system_font():
    system = figures._find_system_font()
    expected = system[1] if system else str(BUNDLED)
    assert Path(figures.font_path()) == Path(expected)


def test_bundled_font_when_no_system_font(monkeypatch, restore, tmp_path):
    monkeypatch.setattr(figures, "SYSTEM_FONTS", ())
    monkeypatch.setattr(figures, "_chosen", None)
    assert figures._find_system_font() is None
    assert figures.setup() == "Noto Sans CJK SC"
    assert Path(figures.font_path()) == BUNDLED
    assert draw_and_save(bar_chart(), tmp_path / "bar.png") == []
    resolved = font_manager.findfont(font_manager.FontProperties())
    assert Path(resolved) == BUNDLED


def test_find_system_font_rules(monkeypatch, tmp_path):
    def face(name, target=BUNDLED, index=0, weight=400):
        link = tmp_path / f"{name}-{index}-{weight}{target.suffix}"
        link.symlink_to(target)
        return font_manager.FontEntry(fname=str(link), index=index, name=name,
                                      style="normal", weight=weight)

    def found(*faces):
        monkeypatch.setattr(font_manager.fontManager, "ttflist", list(faces))
        return figures._find_system_font()

    dejavu = Path(font_manager.findfont("DejaVu Sans"))
    bold, regular = face("Noto Sans CJK SC", weight=700), face("Noto Sans CJK SC")
    wqy = face("WenQuanYi Micro Hei")
    assert found(bold, wqy, regular) == ("Noto Sans CJK SC", regular.fname)
    assert found(wqy) == ("WenQuanYi Micro Hei", wqy.fname)
    assert found(face("Noto Sans CJK SC", index=2)) is None  # not face 0 of its .ttc
    assert found(face("Noto Sans CJK JP")) is None  # Japanese glyph forms
    assert found(face("Droid Sans Fallback", target=dejavu)) is None  # no Chinese glyphs
    bundled = font_manager.FontEntry(fname=str(BUNDLED), name="Noto Sans CJK SC",
                                     style="normal", weight=400)
    assert found(bundled) is None  # the mplfonts file is not a system font


# A fresh interpreter, with every system CJK font hidden from matplotlib before
# helpers.figures is imported; argv[1], if given, is registered as the only one.
FRESH_MACHINE = """
import json, sys, warnings
from matplotlib import font_manager
import matplotlib.pyplot as plt
fm = font_manager.fontManager
hidden = ("CJK", "Source Han", "WenQuanYi", "Droid Sans Fallback")
fm.ttflist = [f for f in fm.ttflist if not any(h in f.name for h in hidden)]
if len(sys.argv) > 1:
    fm.addfont(sys.argv[1])
fm._findfont_cached.cache_clear()
from helpers import figures
fig, ax = plt.subplots()
ax.set_title("中国西部大开发")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    fig.canvas.draw()
print(json.dumps({"name": figures.font_name(), "path": figures.font_path(),
                  "resolved": font_manager.findfont(font_manager.FontProperties()),
                  "warnings": [str(w.message) for w in caught]}))
"""


def fresh_machine(*args):
    run = subprocess.run([sys.executable, "-c", FRESH_MACHINE, *map(str, args)],
                         capture_output=True, text=True, check=True, cwd=REPO,
                         env={**os.environ, "MPLBACKEND": "Agg"})
    return json.loads(run.stdout)


def test_fresh_machine_without_system_font_uses_bundled():
    result = fresh_machine()
    assert result["name"] == "Noto Sans CJK SC"
    assert Path(result["path"]) == BUNDLED == Path(result["resolved"])
    assert glyph_warnings(result["warnings"]) == []


def test_fresh_machine_with_system_font_uses_it(tmp_path):
    system_font = tmp_path / "fonts" / "NotoSansCJKsc-Regular.otf"
    system_font.parent.mkdir()
    shutil.copy(BUNDLED, system_font)  # a copy outside mplfonts counts as a system font
    result = fresh_machine(system_font)
    assert result["name"] == "Noto Sans CJK SC"
    assert Path(result["path"]) == system_font == Path(result["resolved"])
    assert glyph_warnings(result["warnings"]) == []


def test_alt_text():
    fig = plt.figure()
    shown = figures.alt(fig, " 四川最多。 ")
    assert shown.figure is fig and fig._alt_text == "四川最多。"
    data, metadata = shown._repr_mimebundle_()
    assert metadata == {"image/png": {"alt": "四川最多。"}}
    assert base64.b64decode(data["image/png"]).startswith(b"\x89PNG")
    assert not plt.fignum_exists(fig.number)  # shown once: the inline backend will not repeat it
    with pytest.raises(ValueError):
        figures.alt(fig, "  ")
    plt.close(fig)
