"""Self-checks for exercises, and the student edition of the notebooks.

In a notebook, an exercise is a markdown cell with the task, a code cell whose solution sits
between markers (as in nbgrader and otter-grader), and a check that answers in plain words:

    # BEGIN SOLUTION
    n_sections = corpus.articles.loc[0, "n_sections"]
    # END SOLUTION
    check(n_sections, expected=7, hint="Count the headings of article 1 in corpus.paragraphs.")

>>> check(7, expected=7)
✅ Right.
>>> check(6, expected=7, hint="Count the headings.")
❌ Not yet: your answer is 6, which is too small. Hint: Count the headings.

The student edition (``python -m helpers.exercises --out student``, or ``make student``) replaces
everything between the markers with ``name = ...`` stubs; ``check(...)`` on a stub says "not
answered yet", so a student's notebook runs from top to bottom without error.
"""
from __future__ import annotations

import argparse
import math
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

BEGIN, END = "# BEGIN SOLUTION", "# END SOLUTION"
STUB = "...  # your answer here"
SOLUTION_BLOCK = re.compile(r"^([ \t]*)" + re.escape(BEGIN) + r"[^\n]*\n(.*?)^[ \t]*" + re.escape(END)
                            + r"[^\n]*(\n|$)", re.M | re.S)
ASSIGNED = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*(?:\s*,\s*[A-Za-z_][A-Za-z0-9_]*)*)\s*=(?!=)", re.M)


class Feedback(str):
    """Plain-language feedback; ``ok`` says whether the answer is right."""

    ok: bool

    def __new__(cls, ok: bool, message: str):
        self = super().__new__(cls, ("✅ " if ok else "❌ ") + message)
        self.ok = ok
        return self

    def __repr__(self) -> str:
        return str(self)

    def _repr_markdown_(self) -> str:
        colour = "#166534" if self.ok else "#991b1b"
        return f'<p style="color:{colour}; font-weight:600">{self}</p>'


def _describe(value) -> str:
    if isinstance(value, (pd.DataFrame, pd.Series)):
        return f"a {type(value).__name__} with {len(value)} rows"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _as_collection(value):
    if isinstance(value, (pd.Series, pd.Index)):
        return value.tolist()
    if isinstance(value, (set, frozenset, list, tuple)):
        return list(value)
    return None


def check(answer, expected, *, hint: str = "", ordered: bool = False, tolerance: float = 1e-6) -> Feedback:
    """Compare a student's ``answer`` with ``expected`` and say, in words, what is right or wrong.

    Numbers are compared with a tolerance; lists, sets and Series as sets of items (in order when
    ``ordered``), naming what is missing and what should not be there; strings after stripping
    spaces. A ``...`` answer is "not answered yet".

    >>> check(["四川", "重庆"], expected={"四川", "重庆", "广西"})
    ❌ Not yet: missing 1 item(s): 广西.
    """
    tail = f" Hint: {hint}" if hint else ""
    if answer is ... or answer is None:
        return Feedback(False, "Not answered yet: replace the ... with your answer and run the cell again.")
    got, want = _as_collection(answer), _as_collection(expected)
    if want is not None:
        if got is None:
            return Feedback(False, f"Not yet: the answer should be a list of items, but it is {_describe(answer)}.{tail}")
        if ordered:
            if got == want:
                return Feedback(True, "Right.")
            if sorted(map(str, got)) == sorted(map(str, want)):
                return Feedback(False, f"Not yet: the items are right but the order is not.{tail}")
        missing = [x for x in want if x not in got]
        extra = [x for x in got if x not in want]
        if not missing and not extra and (ordered is False):
            return Feedback(True, "Right.")
        parts = []
        if missing:
            parts.append(f"missing {len(missing)} item(s): {'、'.join(map(str, missing[:8]))}")
        if extra:
            parts.append(f"{len(extra)} item(s) that should not be there: {'、'.join(map(str, extra[:8]))}")
        return Feedback(False, "Not yet: " + "; ".join(parts) + "." + tail)
    if isinstance(expected, Mapping):
        return check(sorted(dict(answer).items()) if isinstance(answer, Mapping) else answer,
                     sorted(expected.items()), hint=hint)
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        try:
            value = float(answer)
        except (TypeError, ValueError):
            return Feedback(False, f"Not yet: the answer should be a number, but it is {_describe(answer)}.{tail}")
        if math.isclose(value, expected, rel_tol=tolerance, abs_tol=tolerance):
            return Feedback(True, "Right.")
        size = "too small" if value < expected else "too large"
        return Feedback(False, f"Not yet: your answer is {_describe(answer)}, which is {size}.{tail}")
    if isinstance(expected, str):
        if isinstance(answer, str) and answer.strip() == expected.strip():
            return Feedback(True, "Right.")
        return Feedback(False, f"Not yet: your answer is {_describe(answer)}.{tail}")
    if answer == expected:
        return Feedback(True, "Right.")
    return Feedback(False, f"Not yet: your answer is {_describe(answer)}.{tail}")


def student_source(source: str) -> str:
    """A code cell's source with each solution block replaced by ``name = ...`` stubs.

    >>> print(student_source("# BEGIN SOLUTION\\nx = 1 + 1\\n# END SOLUTION\\ncheck(x, 2)"))
    x = ...  # your answer here
    check(x, 2)
    """
    def stub(match: re.Match) -> str:
        indent, body, newline = match.group(1), match.group(2), match.group(3)
        names = list(dict.fromkeys(n.strip() for found in ASSIGNED.findall(body) for n in found.split(",")))
        lines = [f"{indent}{name} = {STUB}" for name in names] or [f"{indent}# your answer here"]
        return "\n".join(lines) + newline

    return SOLUTION_BLOCK.sub(stub, source)


def has_solution(source: str) -> bool:
    return BEGIN in source


def student_notebook(nb):
    """A copy of the notebook with solutions stubbed and outputs cleared."""
    import copy

    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.source = student_source(cell.source)
            cell.outputs, cell.execution_count = [], None
    return nb


def build_student_edition(out: Path, notebooks: Iterable[Path] | None = None) -> list[Path]:
    """Write the student edition of every notebook into ``out``; return the written paths."""
    import nbformat

    from .site import NOTEBOOKS, notebook_paths

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for path in notebooks or notebook_paths(NOTEBOOKS):
        target = out / Path(path).name
        nbformat.write(student_notebook(nbformat.read(path, as_version=4)), target)
        written.append(target)
    return written


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="Write the student edition of the notebooks.")
    parser.add_argument("--out", type=Path, default=Path("student"))
    args = parser.parse_args(argv)
    for path in build_student_edition(args.out):
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
