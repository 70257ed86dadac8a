"""helpers.maps: the province tile grid and the tile map."""
import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib import colors

from helpers.maps import EMPTY_COLOUR, tile_map, tiles, to_short_names
from helpers.regions import provinces


def test_every_province_has_one_tile():
    layout = tiles()
    assert sorted(layout["short"]) == sorted(provinces()["short"])
    assert not layout.duplicated(["row", "col"]).any()


@pytest.mark.parametrize("a, b", [("四川", "重庆"), ("北京", "河北"), ("河北", "天津"), ("上海", "江苏"),
                                  ("广东", "福建"), ("黑龙江", "吉林"), ("青海", "西藏"), ("湖南", "广东")])
def test_neighbours_sit_next_to_each_other(a, b):
    at = tiles().set_index("short")
    assert abs(at.loc[a, "row"] - at.loc[b, "row"]) <= 1 and abs(at.loc[a, "col"] - at.loc[b, "col"]) <= 1


def tile_colours(fig):
    ax = fig.axes[0]
    positions = {(round(p.get_x()), round(-p.get_y() - 1)): p.get_facecolor() for p in ax.patches}
    layout = tiles()
    return {t.short: positions[(t.col, t.row)] for t in layout.itertuples()}


def test_tile_map_shades_by_count_and_labels_every_tile():
    fig = tile_map(pd.Series({"重庆": 10, "四川": 2}), title="测试", label="people quoted 受访人数")
    shade = tile_colours(fig)
    assert sum(shade["重庆"][:3]) < sum(shade["四川"][:3]) < 3  # darker for more
    assert shade["海南"] == colors.to_rgba(EMPTY_COLOUR)
    texts = {t.get_text() for t in fig.axes[0].texts}
    assert set(provinces()["short"]) <= texts and {"10", "2", "0"} <= texts
    assert fig.axes[0].get_title() == "测试"
    assert fig.axes[1].get_ylabel() == "people quoted 受访人数"  # the colour bar
    plt.close(fig)


def test_full_names_are_accepted_and_unknown_names_refused():
    assert to_short_names(pd.Series({"四川省": 1, "四川": 2, "广西壮族自治区": 3})).to_dict() == {"四川": 3, "广西": 3}
    with pytest.raises(ValueError, match="成都"):
        tile_map(pd.Series({"成都": 1}))


def test_empty_counts_and_highlight():
    fig = tile_map(pd.Series(dtype=float), highlight=["四川"], highlight_label="粗框")
    assert any(t.get_text() == "粗框" for t in fig.axes[0].texts)
    widths = sorted({p.get_linewidth() for p in fig.axes[0].patches})
    assert len(widths) == 2
    plt.close(fig)


def test_docstring_examples_hold():
    import doctest

    from helpers import maps
    assert doctest.testmod(maps).failed == 0
