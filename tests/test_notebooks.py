"""The notebooks run cleanly and are committed without outputs (the site: tests/test_site.py).

Each course notebook is executed once per session (the `executed` fixture in conftest.py)
and reused by the per-notebook test, the site tests and the exercise tests. Small throwaway notebooks written
to tmp_path check that the checks themselves can fail.
"""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from helpers import site

NOTEBOOK_DIR = Path(__file__).resolve().parent.parent / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("[0-9][0-9]_*.ipynb"))


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
