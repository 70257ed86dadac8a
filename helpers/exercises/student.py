"""The student edition: each solution cell becomes a stub, every output is cleared.

A solution is a code cell tagged ``solution`` (cell metadata ``tags``), which the site folds
under "Solution 参考答案". In the student edition its source becomes one stub per answer that
the next cell checks, and the tag goes:

    no_verb = events.loc[events["verb"].isna(), "speaker"].tolist()   →   no_verb = ...  # your answer here

``check`` on a stub says "not answered yet", so the student's notebook runs from top to bottom.
"""
from __future__ import annotations

import argparse
import ast
import copy
import re
import sys
from collections.abc import Iterable
from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
SOLUTION = "solution"  # the cell tag
STUB = "...  # your answer here"
# nbgrader's and otter-grader's in-cell markers; here a solution is a whole cell, tagged.
MARKER = re.compile(r"^[ \t]*#+[ \t]*(BEGIN|END)[ \t]+SOLUTION\b", re.I | re.M)


class StudentEditionError(ValueError):
    """A notebook the student edition cannot be made from without giving a solution away."""


def is_solution(cell) -> bool:
    """Is this a code cell tagged ``solution``?"""
    return cell.get("cell_type") == "code" and SOLUTION in cell.get("metadata", {}).get("tags", [])


def checked_names(source: str) -> list[str]:
    """The answers a check cell passes: ``check("04.1", no_verb)`` → ["no_verb"].

    >>> checked_names('check("01.1", n_body_2)\\ncheck("01.2", rejoined)')
    ['n_body_2', 'rejoined']
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    return [node.args[1].id for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "check"
            and len(node.args) >= 2 and isinstance(node.args[1], ast.Name)]


def _assigned_names(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, (ast.Tuple, ast.List)):
        return [name for elt in node.elts for name in _assigned_names(elt)]
    if isinstance(node, ast.Starred):
        return _assigned_names(node.value)
    return []  # df["x"] = ..., obj.attr = ...: no new name to stub


def assigned_names(source: str) -> list[str]:
    """Names a cell assigns at its top level, in order.

    >>> assigned_names("a, (b, *c) = 1, (2, 3)\\nd: int = 4\\ndf['x'] = 5")
    ['a', 'b', 'c', 'd']
    """
    names = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names += [name for target in node.targets for name in _assigned_names(target)]
        elif isinstance(node, ast.AnnAssign):
            names += _assigned_names(node.target)
    return list(dict.fromkeys(names))


def stub_source(solution: str, check_cell: str = "") -> str:
    """The stub that replaces a solution: ``name = ...`` for each answer the check cell passes,
    else for each name the solution assigns, else a bare ``...``.

    >>> print(stub_source("t = corpus.tokens\\nn = len(t)", 'check("02.4", n)'))
    n = ...  # your answer here
    >>> print(stub_source("x = 1 + 1"))
    x = ...  # your answer here
    """
    names = checked_names(check_cell) or assigned_names(solution)
    return "\n".join(f"{name} = {STUB}" for name in names) or STUB


def student_notebook(nb):
    """A copy of *nb* with solution cells stubbed and untagged, every output and run record cleared."""
    nb = copy.deepcopy(nb)
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    for position, cell in enumerate(code):
        if MARKER.search(cell.source) and not is_solution(cell):
            raise StudentEditionError(f"cell {cell.get('id', position)} holds '# BEGIN SOLUTION' markers: put the "
                                      "solution in a cell of its own, tagged 'solution', and the check in the next")
        if is_solution(cell):
            following = code[position + 1].source if position + 1 < len(code) else ""
            cell.source = stub_source(cell.source, following)
            cell.metadata["tags"] = [t for t in cell.metadata["tags"] if t != SOLUTION]
            if not cell.metadata["tags"]:
                del cell.metadata["tags"]
        cell.outputs, cell.execution_count = [], None
        cell.metadata.pop("execution", None)
    return nb


def notebook_paths(folder=NOTEBOOKS) -> list[Path]:
    """The course notebooks, in order: every folder/NN_*.ipynb."""
    return sorted(Path(folder).glob("[0-9][0-9]_*.ipynb"))


def build_student_edition(out, notebooks: Iterable[Path] | None = None) -> list[Path]:
    """Write the student edition of every notebook into *out*; return the written paths.

    *notebooks* defaults to every notebooks/NN_*.ipynb. Student notebooks in *out* whose source
    no longer exists are removed, so the folder is exactly the edition to hand out.
    """
    import nbformat  # imported here: a notebook's check() does not need it, and it is slow to import

    out = Path(out)
    paths = list(notebooks) if notebooks is not None else notebook_paths()
    editions = []
    for path in paths:  # everything is checked before anything is written
        try:
            editions.append(student_notebook(nbformat.read(path, as_version=4)))
        except StudentEditionError as error:
            raise StudentEditionError(f"{Path(path).name}: {error}") from None
    out.mkdir(parents=True, exist_ok=True)
    names = {Path(p).name for p in paths}
    for stale in out.glob("[0-9][0-9]_*.ipynb"):
        if stale.name not in names:
            stale.unlink()
    written = []
    for path, nb in zip(paths, editions):
        target = out / Path(path).name
        nbformat.write(nb, target)
        written.append(target)
    return written


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Write the student edition of the notebooks: "
                                     "solutions replaced by stubs, outputs cleared.")
    parser.add_argument("--out", type=Path, default=Path("student"), help="folder to write (default: student)")
    args = parser.parse_args(argv)
    try:
        written = build_student_edition(args.out)
    except StudentEditionError as error:
        print(f"student edition not written: {error}", file=sys.stderr)
        return 1
    import nbformat

    for path in written:
        n = sum(STUB in cell.source for cell in nbformat.read(path, as_version=4).cells)
        print(f"wrote {path} ({n} exercise{'' if n == 1 else 's'})", flush=True)
    return 0
