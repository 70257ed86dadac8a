"""Self-checks (check) and the student edition (solution markers → stubs).

The first half checks `check` on small hand-written answers of every kind a student hands in;
the second half builds the student edition of every course notebook, proves that no solution
text leaks into it and runs it from top to bottom.
"""
from __future__ import annotations

import ast
import json
import math
import subprocess
import sys
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import pytest

from helpers import site
from helpers.exercises import (Feedback, MarkerError, build_student_edition, check, has_solution,
                               main, solution_lines, student_notebook, student_source,
                               without_markers)

NOTEBOOK_DIR = Path(__file__).resolve().parent.parent / "notebooks"
NOTEBOOKS = site.notebook_paths(NOTEBOOK_DIR)
UNANSWERED = "Not answered yet"


def right(answer, expected, **kw) -> None:
    feedback = check(answer, expected, **kw)
    assert feedback.ok and feedback.status == "right", feedback


def wrong(answer, expected, *phrases: str, **kw) -> Feedback:
    feedback = check(answer, expected, **kw)
    assert not feedback.ok and feedback.status == "wrong", feedback
    assert feedback.startswith("✗ Not yet"), feedback
    for phrase in phrases:
        assert phrase in feedback, f"{phrase!r} not in {feedback!r}"
    return feedback


# --- check: numbers -------------------------------------------------------------------

def test_numbers_right_within_tolerance_and_across_types():
    right(7, 7)
    right(7.0, 7)
    right(np.int64(7), 7)  # what pandas hands back from .loc / len of a filter
    right(7, np.int64(7))
    right(np.float64(0.1 + 0.2), 0.3)
    right(0.3334, 1 / 3, tolerance=1e-3)
    right(float("nan"), float("nan"))


def test_numbers_wrong_say_which_way():
    wrong(6, 7, "your answer is 6", "too small")
    wrong(8.5, 7, "too large")
    wrong(0.3334, 1 / 3, "too large")  # the default tolerance is tight
    wrong(700, 7, "100 times off")
    wrong(float("nan"), 7, "NaN")


def test_numbers_wrong_type_is_explained():
    wrong("7", 7, "text that looks like a number", "int()")
    wrong("seven", 7, "the text 'seven'", "should be a number")
    wrong(True, 1, "yes/no value", "should be a number")
    wrong(pd.Series([7]), 7, "Series with 1 row", ".iloc[0]")
    wrong([7], 7, "take the single value out with [0]")
    wrong(pd.Series([1, 2]), 7, "Series with 2 rows", "single number")
    wrong({"n": 7}, 7, "a dict with 1 key")


# --- check: text ------------------------------------------------------------------------

def test_text():
    right("重庆", "重庆")
    right(" 重庆\n", "重庆")  # spaces at the ends do not matter
    wrong("重庆市", "重庆", "contains the answer")
    wrong("重", "重庆", "only part of the answer")
    wrong("成渝,双城", "成渝，双城", "full-width/half-width")
    wrong("Xi Jinping", "xi jinping", "upper/lower case")
    wrong("", "重庆", "empty text")
    wrong("四川", "重庆", "your answer is the text '四川'")
    wrong(3, "重庆", "should be text")
    wrong(["重庆"], "重庆", "take the text out of it with [0]")


# --- check: lists, sets, ordered lists, arrays -----------------------------------------------

def test_lists_compare_as_bags_unless_ordered():
    right(["四川", "重庆"], ["重庆", "四川"])
    right(("四川", "重庆"), ["重庆", "四川"])
    right(np.array([1, 2, 3]), [3, 2, 1])
    right(pd.Series(["a", "b"]), ["b", "a"])
    right(pd.Index(["a", "b"]), ["b", "a"])
    right([1.0000000001, 2], [1, 2])
    wrong(["重庆", "四川"], ["四川", "重庆"], "order is not", "your item 1, '重庆'", ordered=True)
    right(["四川", "重庆"], ["四川", "重庆"], ordered=True)
    wrong(["重庆", "重庆", "四川"], ["四川", "重庆"], "too many times: 重庆")
    wrong(["重庆", "上海"], ["重庆", "四川"], "should not be there: 上海", "1 item is missing", "order matters",
          ordered=True)


def test_sets_ignore_order_and_repeats():
    right({"重庆", "四川"}, {"四川", "重庆"})
    right(["四川", "重庆", "重庆"], {"四川", "重庆"})
    right(pd.Series(["四川", "重庆"]), frozenset({"四川", "重庆"}))
    wrong({"四川", "重庆", "上海"}, {"四川", "重庆", "广西"}, "1 item in your answer should not be there: 上海",
          "1 item is missing")


def test_lists_wrong_type_is_explained():
    wrong("四川重庆", ["四川", "重庆"], "the text '四川重庆'", "list of items")
    wrong(iter(["四川"]), ["四川"], "iterator", "list(...)")
    wrong({"四川": 1}, ["四川"], "a dict", "list(d)")
    wrong(pd.DataFrame({"place": ["四川"]}), ["四川"], "take the column with df['place']")
    wrong(5, ["四川"], "the number 5", "list of items")


def test_missing_items_are_counted_not_shown():
    feedback = wrong(["四川"], ["四川", "广西", "重庆"], "2 items are missing")
    assert "广西" not in feedback and "重庆" not in feedback


# --- check: Series, dicts -------------------------------------------------------------------

@pytest.fixture
def counts() -> pd.Series:
    """Like corpus.tokens['token'].value_counts(): labels that mean something."""
    return pd.Series([5, 3, 1], index=pd.Index(["重庆", "四川", "广西"], name="token"), name="count")


def test_series_with_labels_compare_labels_and_values(counts):
    right(counts, counts)
    right(counts.sort_values(), counts)
    right(counts.to_dict(), counts)
    wrong(counts.sort_values(), counts, "order is not", ordered=True)
    feedback = wrong(counts.drop("广西").rename({"四川": "上海"}), counts,
                     "1 label in your answer should not be there: 上海", "2 labels are missing")
    assert "广西" not in feedback
    wrong(counts.replace({3: 4}), counts, "the value is wrong for 1 label: 四川 (yours: 4)")
    wrong(counts.reset_index(drop=True), counts, "numbered 0, 1, 2", "labels")
    wrong(counts.reset_index(), counts, "labels with values", "set_index")
    wrong(counts.to_frame(), counts, "take it with df['count']")
    wrong(list(counts), counts, "should be a Series with labels")


def test_series_of_plain_rows_compare_as_lists():
    texts = pd.Series(["甲", "乙", "丙"], index=[4, 9, 12])  # a filtered column: row numbers, no labels
    right(["丙", "乙", "甲"], texts)
    right(texts.reset_index(drop=True), texts)
    wrong(["甲", "乙"], texts, "1 item is missing")


def test_dicts():
    right({"a": 1, "b": 2.0}, {"b": 2, "a": 1})
    right({"a": [1, 2]}, {"a": [2, 1]})
    wrong({"a": 1, "c": 3}, {"a": 1, "b": 2}, "1 key in your answer should not be there: c", "1 key is missing")
    wrong({"a": 2, "b": 2}, {"a": 1, "b": 2}, "the value is wrong for 1 key: a (yours: 2)")
    wrong([("a", 1)], {"a": 1}, "should be a dict")


# --- check: DataFrames ------------------------------------------------------------------

@pytest.fixture
def table() -> pd.DataFrame:
    return pd.DataFrame({"article": [1, 2, 3], "source": ["本报", "新华社", "新华社"], "n": [10, 20, 30]})


def test_dataframes_right(table):
    right(table, table)
    right(table.iloc[::-1], table)  # row order does not matter unless ordered
    right(table[["n", "source", "article"]], table)  # nor column order
    right(table.assign(n=table["n"].astype(float)), table)  # nor int vs float
    right(table.set_index("article"), table)  # a meaningful index counts as a column
    grouped = table.groupby("source")["n"].sum().to_frame()
    right(grouped.reset_index(), grouped)
    right(table.query("n > 10"), table.query("n > 10").reset_index(drop=True))  # row numbers do not matter


def test_dataframes_wrong(table):
    wrong(table.iloc[::-1], table, "rows are right but their order is not", ordered=True)
    wrong(table.drop(columns="n"), table, "lacks the column(s) n")
    wrong(table.assign(extra=1), table, "should not be there: extra")
    wrong(table.iloc[:2], table, "2 rows, which is too few")
    wrong(table.assign(n=[10, 20, 31]), table, "1 row of your table is not right", "column(s) n", "'n': 31")
    wrong(table.assign(n=[20, 10, 30]), table, "combined into the wrong rows")
    wrong(table.assign(n=["10", "20", "30"]), table, "should hold numbers", "pd.to_numeric")
    wrong(table["n"], table, "one column", "df[[...]]")
    wrong([1, 2, 3], table, "should be a table (DataFrame)")


# --- check: not answered, None, functions, weird things ------------------------------------

EXPECTED_OF_EVERY_KIND = [7, 2.5, "重庆", ["a"], {"a"}, ("a", 1), {"a": 1}, True, None,
                          pd.Series([1, 2]), pd.Series({"a": 1}), pd.DataFrame({"a": [1]}), np.array([1])]
ANSWERS_OF_EVERY_KIND = EXPECTED_OF_EVERY_KIND + [
    "", float("nan"), math.inf, object(), len, iter([1]), pd.DataFrame(), pd.Series([], dtype=float),
    np.array([[1, 2]]), {"a": {"b": [1]}}, [[1], [2]], [{"a": 1}], b"bytes", 3 + 4j, pd.NA, pd.NaT]


@pytest.mark.parametrize("expected", EXPECTED_OF_EVERY_KIND, ids=lambda e: type(e).__name__)
def test_stub_answer_is_not_answered_yet(expected):
    feedback = check(..., expected, hint="ignored")
    assert feedback.status == "unanswered" and not feedback.ok
    assert feedback.startswith("✎ " + UNANSWERED) and "Hint" not in feedback


@pytest.mark.parametrize("expected", EXPECTED_OF_EVERY_KIND, ids=lambda e: type(e).__name__)
def test_never_raises_and_always_speaks(expected):
    for answer in ANSWERS_OF_EVERY_KIND:
        feedback = check(answer, expected, hint="look again")
        assert isinstance(feedback, Feedback) and feedback.status in ("right", "wrong")
        if not feedback.ok:
            assert feedback.endswith("Hint: look again") and "Traceback" not in feedback
            assert len(feedback) < 600, feedback


def test_every_kind_matches_itself():
    for expected in EXPECTED_OF_EVERY_KIND:
        assert check(expected, expected).ok, expected


def test_none_and_functions_are_explained():
    wrong(None, 7, "None", "inplace=True")
    wrong(len, 7, "the function len", "brackets ()")
    right(None, None)
    wrong(1, True, "should be True or False")
    wrong(False, True, "your answer is False")


class Grumpy:
    def __eq__(self, other):
        raise RuntimeError("cannot compare")

    __hash__ = object.__hash__


def test_an_answer_that_cannot_be_compared_is_wrong_not_a_crash():
    wrong(Grumpy(), Grumpy(), "Grumpy")
    wrong(Grumpy(), ["a"], "list of items")


def test_feedback_object():
    yes, no = check(1, 1), check(2, 1, hint="<b>look</b>")
    assert isinstance(yes, str) and bool(yes) and not bool(no)
    assert repr(yes) == str(yes) == "✓ Right 正确."
    assert "&lt;b&gt;look&lt;/b&gt;" in no._repr_html_() and "exercise-wrong" in no._repr_html_()
    assert "Hint" not in yes


# --- solution markers -------------------------------------------------------------------

def compiles(source: str) -> bool:
    ast.parse(source)
    return True


@pytest.mark.parametrize("source, expected", [
    ("# BEGIN SOLUTION\nx = 1 + 1\n# END SOLUTION\ncheck(x, 2)",
     "x = ...  # your answer here\ncheck(x, 2)"),
    ("### BEGIN SOLUTION\na, (b, *c) = 1, (2, 3)\nd: int = 4\ndf['x'] = 5\n### END SOLUTION\n",
     "a = ...  # your answer here\nb = ...  # your answer here\nc = ...  # your answer here\n"
     "d = ...  # your answer here\n"),
    ("def f(x):\n    # BEGIN SOLUTION\n    y = x * 2\n    return y\n    # END SOLUTION\ncheck(f(2), 4)",
     "def f(x):\n    y = ...  # your answer here\n    return ...  # your answer here\ncheck(f(2), 4)"),
    ("# BEGIN SOLUTION\ndef double(x, *, k=2):\n    return x * k\n# END SOLUTION\ncheck(double(2), 4)",
     "def double(x, *, k=2):\n    return ...  # your answer here\ncheck(double(2), 4)"),
    ("a = 1\n# BEGIN SOLUTION\nprint('a')\n# END SOLUTION", "a = 1\n...  # your answer here"),
    ("# BEGIN SOLUTION\nanswer = (corpus\n    .paragraphs)\n# END SOLUTION\r\ncheck(answer, 1)",
     "answer = ...  # your answer here\ncheck(answer, 1)"),
    ("#BEGIN SOLUTION\nx = 1\n#END SOLUTION\n# BEGIN SOLUTION\ny = x\n# END SOLUTION\nz = 3",
     "x = ...  # your answer here\ny = ...  # your answer here\nz = 3"),
    ("print('no exercise here')", "print('no exercise here')"),
])
def test_student_source(source, expected):
    assert student_source(source) == expected
    assert compiles(student_source(source))
    assert "SOLUTION" not in student_source(source)


def test_without_markers_keeps_the_solution_and_drops_the_markers():
    source = "# BEGIN SOLUTION\nx = 1 + 1\n# END SOLUTION\ncheck(x, 2)"
    assert has_solution(source) and not has_solution("x = 1  # a SOLUTION comment")
    assert without_markers(source) == "x = 1 + 1\ncheck(x, 2)"
    assert solution_lines(source) == ["x = 1 + 1"]


@pytest.mark.parametrize("source, where", [
    ("# BEGIN SOLUTION\nx = 1", "without an END"),
    ("x = 1\n# END SOLUTION", "line 2: END SOLUTION without a BEGIN"),
    ("# BEGIN SOLUTION\n# BEGIN SOLUTION\nx = 1\n# END SOLUTION", "line 2: BEGIN SOLUTION inside"),
])
def test_unpaired_markers_are_refused_not_leaked(source, where):
    with pytest.raises(MarkerError, match=where):
        student_source(source)


def exercise_notebook(*code: str) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# 01 · Toy 玩具\n\n## Exercises 练习")])
    for i, source in enumerate(code):
        cell = nbformat.v4.new_code_cell(source, id=f"toy-{i}")
        cell.outputs = [nbformat.v4.new_output("stream", text="the solution printed this")]
        cell.execution_count = i + 1
        cell.metadata["execution"] = {"iopub.status.busy": "2024-04-24T00:00:00"}
        nb.cells.append(cell)
    return nb


def test_student_notebook_stubs_and_clears_without_touching_the_original():
    nb = exercise_notebook("from helpers.exercises import check",
                           "# BEGIN SOLUTION\nanswer = 6 * 7\n# END SOLUTION\ncheck(answer, expected=42)")
    student = student_notebook(nb)
    assert [c.id for c in student.cells] == [c.id for c in nb.cells]
    assert student.cells[0] == nb.cells[0]  # markdown untouched
    assert student.cells[2].source == "answer = ...  # your answer here\ncheck(answer, expected=42)"
    for cell in student.cells[1:]:
        assert cell.outputs == [] and cell.execution_count is None and "execution" not in cell.metadata
    assert "6 * 7" in nb.cells[2].source and nb.cells[2].outputs  # the original is unchanged


def test_build_student_edition_writes_runs_and_cleans(tmp_path):
    source, out = tmp_path / "nbs", tmp_path / "student"
    source.mkdir()
    nb = exercise_notebook("from helpers.exercises import check",
                           "# BEGIN SOLUTION\nanswer = 6 * 7\n# END SOLUTION\ncheck(answer, expected=42)")
    nbformat.write(nb, source / "01_toy.ipynb")
    out.mkdir()
    (out / "09_removed.ipynb").write_text("{}")
    (out / "notes.txt").write_text("the instructor's own file")
    written = build_student_edition(out, [source / "01_toy.ipynb"])
    assert written == [out / "01_toy.ipynb"]
    assert sorted(p.name for p in out.iterdir()) == ["01_toy.ipynb", "notes.txt"]
    ran = site.execute_notebook(out / "01_toy.ipynb")
    assert site.problems(ran) == []
    assert UNANSWERED in outputs_text(ran.cells[-1])


def test_bad_markers_stop_the_build_before_anything_is_written(tmp_path, capsys):
    source, out = tmp_path / "nbs", tmp_path / "student"
    source.mkdir()
    nbformat.write(exercise_notebook("# BEGIN SOLUTION\nx = 1"), source / "02_bad.ipynb")
    with pytest.raises(MarkerError, match=r"02_bad\.ipynb: cell 1 \(id toy-0\): BEGIN SOLUTION without"):
        build_student_edition(out, [source / "02_bad.ipynb"])
    assert not out.exists()


def test_command_line_builds_the_course_edition(tmp_path):
    result = subprocess.run([sys.executable, "-m", "helpers.exercises", "--out", str(tmp_path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert sorted(p.name for p in tmp_path.glob("*.ipynb")) == [p.name for p in NOTEBOOKS]
    assert main(["--out", str(tmp_path / "again")]) == 0


# --- the course notebooks' student edition ------------------------------------------------

def outputs_text(cell) -> str:
    parts = []
    for out in cell.get("outputs", []):
        parts.append(out.get("text", ""))
        parts.extend(str(v) for v in out.get("data", {}).values())
        if out.get("output_type") == "error":
            parts.append(f"{out.get('ename')}: {out.get('evalue')}")
    return "\n".join(parts)


def exercise_cells(nb) -> list[int]:
    return [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and has_solution(c.source)]


@pytest.fixture(scope="session")
def student_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("student")
    build_student_edition(out, NOTEBOOKS)
    return out


def secret_lines(nb) -> list[str]:
    """The solution lines a student must not see: every non-trivial line between markers,
    except lines that also appear outside the solutions (not secret) and `def` lines (a stub
    keeps the function's signature on purpose)."""
    public = {line.strip() for c in nb.cells if c.cell_type == "code"
              for line in student_source(c.source).splitlines()
              if line.strip() and not line.strip().endswith("# your answer here")}
    public |= {line.strip() for c in nb.cells if c.cell_type == "markdown" for line in c.source.splitlines()}
    secret = []
    for cell in nb.cells:
        if cell.cell_type == "code":
            for line in solution_lines(cell.source):
                text = line.strip()
                trivial = (len(text.replace(" ", "")) < 4 or text.startswith("#")
                           or text.startswith(("def ", "async def ")) or not any(ch.isalnum() for ch in text))
                if not trivial and text not in public:
                    secret.append(text)
    return secret


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_solution_text_leaks(path, student_dir):
    original = nbformat.read(path, as_version=4)
    student = nbformat.read(student_dir / path.name, as_version=4)
    assert [c.id for c in student.cells] == [c.id for c in original.cells]
    everything = "\n".join([c.source for c in student.cells]
                           + [json.dumps(c.get("metadata", {}), ensure_ascii=False) for c in student.cells]
                           + [json.dumps(c.get("attachments", {}), ensure_ascii=False) for c in student.cells]
                           + [json.dumps(student.metadata, ensure_ascii=False)])
    leaked = [line for line in secret_lines(original) if line in everything]
    assert leaked == [], f"{path.name}: solution text in the student edition: {leaked}"
    assert "SOLUTION" not in everything
    for cell in student.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
    if exercise_cells(original):
        assert secret_lines(original), f"{path.name}: the leak test found nothing to look for"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_student_notebook_runs_and_says_not_answered(path, student_dir):
    ran = site.execute_notebook(student_dir / path.name)
    assert site.problems(ran) == [], f"{path.name} (student edition)"
    code = [c for c in ran.cells if c.cell_type == "code"]
    assert all(c.execution_count is not None for c in code), "not every cell ran"
    silent = [i for i in exercise_cells(nbformat.read(path, as_version=4))
              if UNANSWERED not in outputs_text(ran.cells[i])]
    assert silent == [], (f"{path.name}: exercise cells {silent} of the student edition do not say "
                          f"'{UNANSWERED}' (pass the stub, ..., to check rather than None)")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_solutions_pass_their_own_checks(path, executed):
    nb = executed(path)
    failing = [(i, outputs_text(nb.cells[i])[:300]) for i in exercise_cells(nb)
               if "✓ Right" not in outputs_text(nb.cells[i])]
    assert failing == [], f"{path.name}: exercise cells whose solution does not pass check(): {failing}"
