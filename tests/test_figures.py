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


# --- one colour and one bilingual label per category --------------------------------------

def test_category_table_is_well_formed():
    table = figures.categories()
    assert list(table.columns) == ["group", "name", "english", "chinese", "colour"]
    assert table["name"].is_unique, "a name must say which category it is, whatever the group"
    assert table["colour"].str.fullmatch(r"#[0-9A-F]{6}").all()
    assert (table["english"].str.strip() != "").all() and table["chinese"].str.contains(r"[\u4e00-\u9fff]").all()
    for group, rows in table.groupby("group"):
        if group != "paragraph_kind":  # 'other' stands for fragment and the rest: the same grey
            assert rows["colour"].is_unique, f"two categories of {group} share a colour"


def test_every_category_the_analyses_produce_has_a_colour(seed):
    from helpers import quotes, regions

    events = quotes.extract(seed)
    produced = {
        "paragraph kind": set(seed.paragraphs["kind"]),
        "speaker category": set(events["category"].dropna()),
        "speaker type": set(events["speaker_type"].dropna()),
        "mode": set(events["mode"].dropna()),
        "region": set(regions.region_of(regions.mentions(seed))),
    }
    known = set(figures.categories()["name"])
    missing = {what: values - known for what, values in produced.items() if values - known}
    assert missing == {}, f"add these to helpers/data/categories.csv: {missing}"


def test_every_paragraph_kind_the_loader_knows_has_a_colour():
    from helpers.structure import KINDS

    assert set(KINDS) - set(figures.categories()["name"]) == set()


@pytest.mark.parametrize("name, colour, label", [
    ("official", "#EE6677", "official 官员"),
    ("body", "#4477AA", "body text 正文"),
    ("indirect", "#882255", "indirect 间接引语"),
    ("西部", "#CC3311", "western provinces 西部"),
])
def test_category_colour_and_label(name, colour, label):
    assert figures.category_colour(name) == colour
    assert figures.category_label(name) == label


def test_unknown_category_says_where_to_add_it():
    with pytest.raises(KeyError, match="no category 'alien'.*categories.csv"):
        figures.category_colour("alien")


def test_legend_is_bilingual_and_coloured():
    fig, ax = plt.subplots()
    shown = figures.legend(ax, ["direct", "mixed"])
    assert [t.get_text() for t in shown.get_texts()] == ["direct 直接引语", "mixed 混合"]
    assert [matplotlib.colors.to_hex(p.get_facecolor()).upper() for p in shown.get_patches()] == ["#44AA99", "#DDCC77"]
    ax.clear()
    ax.bar([0], [1], label="official", color=figures.category_colour("official"))
    assert [t.get_text() for t in figures.legend(ax).get_texts()] == ["official 官员"]
    plt.close(fig)


# --- text big enough at the size the page shows it ---------------------------------------------

@pytest.mark.parametrize("width_in, fontsize, too_small", [
    (6, 9, False),    # shown at its own size: 9 pt of the figure is 10.3 CSS points
    (6, 7, True),     # 8.0 pt
    (8, 10, False),   # a little wider than the page: 10 pt becomes 9.5
    (14, 10, True),   # twice the page width: 10 pt becomes 5.6
])
def test_small_text_at_page_width(width_in, fontsize, too_small):
    fig, ax = plt.subplots(figsize=(width_in, 3))
    ax.set_axis_off()
    ax.text(0.5, 0.5, "看得清吗 readable?", fontsize=fontsize)
    found = figures.small_text(fig)
    assert bool(found) == too_small, found
    plt.close(fig)


def test_small_text_ignores_an_axes_turned_off_and_finds_legends():
    fig, ax = plt.subplots(figsize=(6, 3))
    ax.plot([0, 1], label="line 线")
    ax.set_axis_off()
    ax.tick_params(labelsize=5)
    assert figures.small_text(fig) == []
    ax.legend(fontsize=6)
    assert figures.small_text(fig) == [("line 线", 6.9)]
    plt.close(fig)


def test_default_sizes_pass_at_page_width():
    fig, (left, right) = plt.subplots(1, 2, figsize=(7.5, 3.5))
    for ax in (left, right):
        ax.bar(["四川", "重庆"], [3, 4], label="official")
        ax.set_title("标题 title")
        ax.set_xlabel("省区 province")
        figures.legend(ax)
    fig.suptitle("总标题 · Title")
    assert figures.small_text(fig) == []
    plt.close(fig)


# --- heat maps and word clouds -------------------------------------------------------------------

def test_heatmap_log_scale_keeps_small_counts_visible():
    matrix = pd.DataFrame([[0, 120, 3], [120, 0, 2], [3, 2, 0]], index=list("甲乙丙"), columns=list("甲乙丙"))
    fig = figures.heatmap(matrix, log=True, label="sentences 句数")
    ax, bar = fig.axes
    image = ax.images[0]
    assert isinstance(image.norm, matplotlib.colors.LogNorm)
    rgba = image.to_rgba(image.get_array())
    # a count of 3 is clearly shaded (not near-white) even beside 120; zeros stay white
    assert rgba[0, 2, :3].mean() < 0.85 and np.allclose(rgba[0, 0, :3], 1)
    assert sorted(t.get_text() for t in ax.texts) == ["120", "120", "2", "2", "3", "3"]
    assert "log scale" in bar.get_ylabel()
    assert figures.small_text(fig) == []
    linear = figures.heatmap(matrix).axes[0].images[0]
    assert linear.to_rgba(linear.get_array())[0, 2, :3].mean() > 0.85  # what log scale is for
    plt.close("all")


def test_wordcloud_colours_read_on_white():
    assert all(figures.contrast(c) >= 4.5 for c in figures.WORDCLOUD_COLOURS)
    fig = figures.wordcloud(WORDS, random_state=3)
    pixels = np.asarray(fig.axes[0].images[0].get_array())[..., :3].reshape(-1, 3)
    ink = pixels[(pixels < 250).any(axis=1)]
    colours, counts = np.unique(ink, axis=0, return_counts=True)
    # the colours that fill the letters (the rest are anti-aliased edges, blends with white)
    main = {matplotlib.colors.to_hex(c / 255).upper() for c, n in zip(colours, counts) if n > 0.02 * len(ink)}
    assert main and main <= {c.upper() for c in figures.WORDCLOUD_COLOURS}, main
    plt.close(fig)


def test_docstring_examples():
    import doctest

    result = doctest.testmod(figures, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 10


# --- every figure of the course notebooks, at page width ---------------------------------------

NOTEBOOKS = sorted((REPO / "notebooks").glob("[0-9][0-9]_*.ipynb"))
# Runs each notebook's code in a fresh interpreter (as Jupyter would, Agg backend) and records, for
# every figure handed to figures.alt, the text that small_text finds too small.
FIGURE_CENSUS = """
import json, os, sys
import matplotlib
matplotlib.use("Agg")
from IPython.core.interactiveshell import InteractiveShell
from helpers import figures
found, current, real_alt = {}, {}, figures.alt
def alt(fig, text):
    found[current["id"]] = figures.small_text(fig)
    return real_alt(fig, text)
figures.alt = alt
import nbformat
nb = nbformat.read(sys.argv[1], as_version=4)
os.chdir(os.path.dirname(sys.argv[1]))
shell = InteractiveShell.instance()
for cell in nb.cells:
    if cell.cell_type == "code":
        current["id"] = cell.id
        result = shell.run_cell(cell.source, silent=True)
        if not result.success:
            raise SystemExit(f"cell {cell.id} failed: {result.error_in_exec or result.error_before_exec}")
print("CENSUS " + json.dumps(found, ensure_ascii=False))
"""


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_figures_are_readable_at_page_width(path):
    run = subprocess.run([sys.executable, "-c", FIGURE_CENSUS, str(path)], capture_output=True, text=True,
                         cwd=REPO, env={**os.environ, "MPLBACKEND": "Agg"}, timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    census = json.loads(next(line for line in run.stdout.splitlines() if line.startswith("CENSUS "))[7:])
    too_small = {cell: small[:4] for cell, small in census.items() if small}
    assert too_small == {}, f"{path.name}: text under {figures.MIN_FONT_PT} pt at page width: {too_small}"


# helpers.plotting, imported by the report's processes: matplotlib without its artists' set() help, the same pixels.
DRAW_AFTER_IMPORT = """
import io, sys
if sys.argv[1] == "ipython":
    import IPython  # noqa: F401  (an interactive session: matplotlib left as it is)
if sys.argv[1] != "plain":
    import helpers.plotting  # noqa: F401
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from helpers import figures, maps
import pandas as pd
figures.setup()
fig = maps.tile_map(pd.Series({"四川": 42, "重庆": 35, "广西": 21}), title="各省区被提及次数")
fig.axes[0].set(xlabel="x 横轴", ylabel="y")  # set() takes the properties as before
image = io.BytesIO()
fig.savefig(image, dpi=110)
sys.stdout.buffer.write(repr((plt.Axes.set.__doc__ is not None, len(image.getvalue()))).encode() + b"\\n")
sys.stdout.buffer.write(image.getvalue())
"""


def test_the_reports_matplotlib_skips_the_help_text_only():
    def draw(how: str) -> tuple[str, bytes]:
        run = subprocess.run([sys.executable, "-c", DRAW_AFTER_IMPORT, how], capture_output=True, cwd=REPO,
                             env={**os.environ, "PYTHONPATH": str(REPO)}, check=False)
        assert run.returncode == 0, run.stderr.decode()
        head, _, png = run.stdout.partition(b"\n")
        return head.decode(), png

    plain, skipped, interactive = draw("plain"), draw("report"), draw("ipython")
    assert plain[0].startswith("(True") and interactive[0].startswith("(True")  # the help is there...
    assert skipped[0].startswith("(False")  # ...but not in the report's processes
    assert skipped[1] == plain[1] == interactive[1]  # and every pixel is the same
