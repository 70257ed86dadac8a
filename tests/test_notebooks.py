"""The notebooks run cleanly, are committed without outputs, and build an offline site.

Each course notebook is executed once per session (the `executed` fixture in conftest.py)
and reused by the per-notebook test, the site tests and the exercise tests. Small throwaway notebooks written
to tmp_path check that the checks themselves can fail.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

from helpers import site

NOTEBOOK_DIR = Path(__file__).resolve().parent.parent / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("[0-9][0-9]_*.ipynb"))
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")


# --- the course notebooks ---------------------------------------------------------

@pytest.mark.parametrize("path", sorted(NOTEBOOK_DIR.glob("*.ipynb")), ids=lambda p: p.name)
def test_committed_notebook_has_no_outputs(path):
    nb = nbformat.read(path, as_version=4)
    dirty = [i for i, c in enumerate(nb.cells)
             if c.cell_type == "code" and (c.outputs or c.execution_count is not None)]
    assert dirty == [], f"{path.name}: clear outputs of cells {dirty} before committing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_cleanly(path, executed):
    assert site.problems(executed(path)) == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_has_exercises(path):
    if path.name.startswith("00_"):
        pytest.skip("00_start_here has no exercises by design")
    nb = nbformat.read(path, as_version=4)
    headings = [line for c in nb.cells if c.cell_type == "markdown"
                for line in c.source.splitlines() if line.startswith("#")]
    assert any(h.startswith("## Exercises") for h in headings), \
        f"{path.name} needs a '## Exercises' section; headings: {headings}"


MAX_ROWS = 30  # a table longer than this is a page to scroll, not something to read


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_tables_are_trimmed(path, executed):
    long = [(i, html.count("<tr")) for i, cell in enumerate(executed(path).cells) for out in cell.get("outputs", [])
            for html in [out.get("data", {}).get("text/html", "")] if html.count("<tr") > MAX_ROWS + 2]
    assert long == [], (f"{path.name}: (cell, rows) of tables too long to read: {long}; show the head and the "
                        "counts, and say how to get the whole table (df.to_csv or `python -m helpers report`)")


def test_site_builds_offline(tmp_path, executed):
    if not NOTEBOOKS:
        pytest.skip("no notebooks in notebooks/ yet")
    site.build_site(tmp_path, NOTEBOOK_DIR, execute=executed)
    check_site(tmp_path, NOTEBOOKS)


# --- the checks themselves, on throwaway notebooks ---------------------------------

def write_notebook(path: Path, *cells) -> Path:
    """cells: strings; those starting with '#' are markdown, the rest code."""
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell(c) if c.startswith("#") else nbformat.v4.new_code_cell(c)
        for c in cells])
    nbformat.write(nb, path)
    return path


def test_problems_reports_stderr_and_warnings(tmp_path):
    path = write_notebook(tmp_path / "00_noisy.ipynb", "# Noisy", "print('fine')",
                          "import sys; sys.stderr.write('oops\\n')",
                          "import warnings; warnings.warn('careful')")
    found = site.problems(site.execute_notebook(path))
    assert len(found) == 2, found
    assert found[0] == "cell 2: stderr: oops"
    assert found[1].startswith("cell 3: stderr:") and "careful" in found[1]


def test_execute_names_notebook_and_cell_that_raises(tmp_path):
    path = write_notebook(tmp_path / "01_broken.ipynb", "# Broken", "x = 1", "raise ValueError('boom 爆炸')")
    with pytest.raises(site.NotebookError, match=r"01_broken\.ipynb: cell 2 failed(.|\n)*boom 爆炸"):
        site.execute_notebook(path)


def test_build_fails_on_stderr(tmp_path, capsys):
    (tmp_path / "nbs").mkdir()
    write_notebook(tmp_path / "nbs" / "00_ok.ipynb", "# OK", "print(1)")
    write_notebook(tmp_path / "nbs" / "01_noisy.ipynb", "# Noisy", "import sys; sys.stderr.write('oops')")
    assert site.main(["--out", str(tmp_path / "out"), "--notebooks", str(tmp_path / "nbs")]) == 1
    assert "01_noisy.ipynb cell 1: stderr: oops" in capsys.readouterr().err
    assert not (tmp_path / "out" / "index.html").exists()


def test_build_toy_site(tmp_path):
    nbs = tmp_path / "nbs"
    nbs.mkdir()
    paths = [
        write_notebook(nbs / "00_start_here.ipynb",
                       "# Start here 从这里开始\n\n**Learning goals 学习目标**\n\n- Run a cell 运行\n- Read 中文",
                       "print('人民日报')",
                       "## Counts by region 按地区",
                       "import matplotlib.pyplot as plt\nplt.bar(['a', 'b'], [1, 2]); plt.show()"),
        write_notebook(nbs / "01_structure.ipynb", "# Structure 结构\n\nNo goals here. $x^2$",
                       "## Exercises", "print(2)"),
    ]
    site.build_site(tmp_path / "out", nbs)
    out = tmp_path / "out"
    check_site(out, paths)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "<li>Run a cell 运行</li>" in index and "<li>Read 中文</li>" in index
    assert index.count("<ul>") == 1  # 01 has no learning goals, so no list
    first = (out / "00_start_here.html").read_text(encoding="utf-8")
    assert 'alt="Figure: Counts by region 按地区"' in first
    assert first.count('href="01_structure.html"') == 2  # next → at top and bottom
    assert "Noto Sans CJK SC" in first
    assert 'href="00_start_here.html"' in (out / "01_structure.html").read_text(encoding="utf-8")


def test_remote_resources_are_detected():
    page = ('<script src="https://cdn.example/x.js"></script>'
            '<link href="//fonts.example/f.css">'
            '<style>@import url("https://fonts.example/a.css")</style>'
            '<a href="https://ok.example">ok</a>')
    assert len(site.remote_resources(page)) == 3
    assert len(RemoteFinder.find(page)) == 2  # the test's own, independent parser: tags only


# --- helpers ------------------------------------------------------------------------

class RemoteFinder(HTMLParser):
    """Tags other than <a> whose src/href points off the machine."""

    def __init__(self):
        super().__init__()
        self.remote: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if tag != "a" and name in ("src", "href") and re.match(r"(https?:)?//", value or ""):
                self.remote.append(f"<{tag} {name}={value}>")

    @classmethod
    def find(cls, page: str) -> list[str]:
        finder = cls()
        finder.feed(page)
        return finder.remote


def check_site(out: Path, notebooks: list[Path]) -> None:
    index = (out / "index.html").read_text(encoding="utf-8")
    for nb_path in notebooks:
        page_path = out / (nb_path.stem + ".html")
        assert page_path.exists(), f"missing {page_path.name}"
        page = page_path.read_text(encoding="utf-8")
        assert f'href="{page_path.name}"' in index
        assert re.search(r'<meta charset="utf-8"\s*/?>', page, re.I)
        assert RemoteFinder.find(page) == [] and "url(http" not in page
        nb = nbformat.read(nb_path, as_version=4)
        chinese = {run for c in nb.cells if c.cell_type == "markdown" for run in CJK.findall(c.source)}
        missing = [run for run in chinese if run not in page]
        assert missing == [], f"{page_path.name} lost Chinese text: {missing}"
    assert re.search(r'<meta charset="utf-8"\s*/?>', index, re.I)
    assert RemoteFinder.find(index) == []
