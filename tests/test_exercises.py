"""Self-checks (compare, check by exercise id) and the student edition (solution cells → stubs).

The first part checks `compare` on small hand-written answers of every kind a student hands in;
the second the registry of exercises (`check("04.1", no_verb)`) on the seed corpus; the third
builds the student edition of every course notebook, proves that no solution and no expected
value reaches it, and runs it from top to bottom.
"""
from __future__ import annotations

import ast
import doctest
import importlib
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
from helpers.exercises import (
    EXERCISES,
    Feedback,
    build_student_edition,
    check,
    compare,
    exercise,
    own_answer,
    student_notebook,
)
from helpers.exercises.student import (
    StudentEditionError,
    assigned_names,
    checked_names,
    is_solution,
    main,
    notebook_paths,
    stub_source,
)

NOTEBOOK_DIR = Path(__file__).resolve().parent.parent / "notebooks"
NOTEBOOKS = notebook_paths(NOTEBOOK_DIR)
UNANSWERED = "Not answered yet"


def right(answer, expected, **kw) -> None:
    feedback = compare(answer, expected, **kw)
    assert feedback.ok and feedback.status == "right", feedback


def wrong(answer, expected, *phrases: str, **kw) -> Feedback:
    feedback = compare(answer, expected, **kw)
    assert not feedback.ok and feedback.status == "wrong", feedback
    assert feedback.startswith("✗ Not yet"), feedback
    for phrase in phrases:
        assert phrase in feedback, f"{phrase!r} not in {feedback!r}"
    return feedback


# --- compare: numbers -------------------------------------------------------------------

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


# --- compare: text ------------------------------------------------------------------------

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


# --- compare: lists, sets, ordered lists, arrays -----------------------------------------------

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


# --- compare: Series, dicts -------------------------------------------------------------------

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


# --- compare: DataFrames ------------------------------------------------------------------

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


# --- compare: not answered, None, functions, weird things ------------------------------------

EXPECTED_OF_EVERY_KIND = [7, 2.5, "重庆", ["a"], {"a"}, ("a", 1), {"a": 1}, True, None,
                          pd.Series([1, 2]), pd.Series({"a": 1}), pd.DataFrame({"a": [1]}), np.array([1])]
ANSWERS_OF_EVERY_KIND = EXPECTED_OF_EVERY_KIND + [
    "", float("nan"), math.inf, object(), len, iter([1]), pd.DataFrame(), pd.Series([], dtype=float),
    np.array([[1, 2]]), {"a": {"b": [1]}}, [[1], [2]], [{"a": 1}], b"bytes", 3 + 4j, pd.NA, pd.NaT]


@pytest.mark.parametrize("expected", EXPECTED_OF_EVERY_KIND, ids=lambda e: type(e).__name__)
def test_stub_answer_is_not_answered_yet(expected):
    feedback = compare(..., expected, hint="ignored")
    assert feedback.status == "unanswered" and not feedback.ok
    assert feedback.startswith("✎ " + UNANSWERED) and "Hint" not in feedback


@pytest.mark.parametrize("expected", EXPECTED_OF_EVERY_KIND, ids=lambda e: type(e).__name__)
def test_never_raises_and_always_speaks(expected):
    for answer in ANSWERS_OF_EVERY_KIND:
        feedback = compare(answer, expected, hint="look again")
        assert isinstance(feedback, Feedback) and feedback.status in ("right", "wrong")
        if not feedback.ok:
            assert feedback.endswith("Hint: look again") and "Traceback" not in feedback
            assert len(feedback) < 600, feedback


def test_every_kind_matches_itself():
    for expected in EXPECTED_OF_EVERY_KIND:
        assert compare(expected, expected).ok, expected


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
    yes, no = compare(1, 1), compare(2, 1, hint="<b>look</b>")
    assert isinstance(yes, str) and bool(yes) and not bool(no)
    assert repr(yes) == str(yes) == "✓ Right 正确."
    assert "&lt;b&gt;look&lt;/b&gt;" in no._repr_html_() and "exercise-wrong" in no._repr_html_()
    assert "Hint" not in yes


# --- check by exercise id: the registry -------------------------------------------------------

SEED_EXERCISES = sorted(i for i, e in EXERCISES.items() if not e.judged and i < "05")  # 05 has its own corpus


@pytest.mark.parametrize("exercise_id, answer, phrase", [
    ("01.1", -1, "too small"),
    ("01.1", "20", "text that looks like a number"),
    ("01.2", [], "2 items are missing"),
    ("01.2", [35, 155, 999], "should not be there: 999"),
    ("01.3", "民生为大", "only part of the answer"),
    ("02.3", {"不是提法"}, "should not be there: 不是提法"),
    ("03.1", ["湖北", "江苏"], "order is not"),
    ("03.4", 98.27586206896551, "100 times off"),
    ("04.1", "王有德", "should be a list of items"),
    ("04.3", {"西藏"}, "5 items are missing"),
    ("04.5", ["政委", "党委书记"], "order is not"),
])
def test_check_says_what_is_wrong_with_the_answer(seed, exercise_id, answer, phrase):
    feedback = check(exercise_id, answer, corpus=seed)
    assert feedback.status == "wrong" and phrase in feedback, feedback
    assert feedback.endswith("Hint: " + EXERCISES[exercise_id].hint)


@pytest.mark.parametrize("exercise_id", SEED_EXERCISES)
def test_reference_passes_and_is_never_shown(seed, exercise_id):
    item = EXERCISES[exercise_id]
    expected = item.answer(seed)
    assert check(exercise_id, expected, corpus=seed).ok
    assert check(exercise_id, ..., corpus=seed).status == "unanswered"
    items = expected if isinstance(expected, (list, set)) else [expected]
    for wrong_answer in (-1, "", [], {"?"}):
        message = check(exercise_id, wrong_answer, corpus=seed).removesuffix("Hint: " + item.hint)
        shown = [x for x in items if str(x) in message and str(x) not in repr(wrong_answer)]
        assert shown == [], f"{exercise_id}: the feedback {message!r} shows the expected {shown}"


def test_check_finds_the_callers_corpus(seed):
    global_corpus = {"corpus": seed, "check": check}
    assert eval('check("01.1", 20)', global_corpus).ok
    assert not eval('check("01.1", 20)', {"check": check}).ok
    assert "no variable `corpus`" in eval('check("01.1", 20)', {"check": check})
    assert check("01.1", 20, corpus=seed).ok


def test_check_never_raises_on_answers_but_does_on_unknown_ids(seed):
    assert "could not work out the answer" in check("01.1", 20, corpus="not a corpus")
    assert check("01.5", 42).status == "wrong" and "should be the article as text" in check("01.5", 42)
    assert check("01.5", ...).status == "unanswered"
    with pytest.raises(KeyError, match="no exercise '01.9'"):
        check("01.9", 1, corpus=seed)


ARTICLE = ("绿色发展绘新篇\n——各地推进生态文明建设\n本报记者 王明\n\n"
           "{}长江沿岸的化工企业已经全部搬迁，江水更清了。\n\n建设美丽乡村\n村里修了新路。\n")


@pytest.mark.parametrize("exercise_id, answer, phrase", [
    ("01.5", ARTICLE.format("守护一江清水\n"), None),
    ("01.5", ARTICLE.format(""), "finds 1 section(s) in your article, not 2"),
    ("03.5", "在南京路上散步", None),
    ("03.5", "我在重庆工作", "places_in finds 重庆市"),
    ("03.5", "今天天气很好", "finds no place name"),
    ("05.4", "乡村振兴\n本报记者 赵明\n\n“路修好了。”四川省松潘县川主寺镇党委书记杨勇说。\n", None),
    ("05.4", "乡村振兴\n本报记者 赵明\n\n路修好了。\n", "finds no speech event"),
    ("05.4", "乡村振兴\n本报记者 赵明\n\n“路修好了。”村民杨勇说。\n", "no speaker with a province"),
])
def test_own_answers_are_judged_by_their_rule(exercise_id, answer, phrase):
    feedback = check(exercise_id, answer)
    if phrase is None:
        assert feedback.ok, feedback
    else:
        assert feedback.status == "wrong" and phrase in feedback, feedback


def test_registering_an_id_twice_is_refused():
    with pytest.raises(ValueError, match="registered twice"):
        exercise("01.1", hint="again")(lambda corpus: 1)
    with pytest.raises(ValueError, match="registered twice"):
        own_answer("01.5", hint="again")(lambda answer: None)


@pytest.mark.parametrize("module", ["feedback", "registry", "student"])
def test_docstring_examples(module):
    result = doctest.testmod(importlib.import_module(f"helpers.exercises.{module}"), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0


# --- notebooks: solution cells, check cells, ids -------------------------------------------------

def check_calls(source: str) -> list[ast.Call]:
    return [node for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "check"]


def is_bare_check(source: str) -> bool:
    """Is the cell only `check("<id>", <name>)` lines: nothing that could compute an expected value?"""
    return all(isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)
               and getattr(stmt.value.func, "id", None) == "check" and not stmt.value.keywords
               and len(stmt.value.args) == 2 and isinstance(stmt.value.args[0], ast.Constant)
               and isinstance(stmt.value.args[1], ast.Name)
               for stmt in ast.parse(source).body)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_each_solution_cell_is_followed_by_a_bare_check(path):
    code = [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
    ids = []
    for position, cell in enumerate(code):
        assert "BEGIN SOLUTION" not in cell.source, f"{path.name}: tag the cell 'solution' instead of markers"
        for call in check_calls(cell.source):
            assert is_bare_check(cell.source), \
                f"{path.name}: {cell.source!r} must be check(\"NN.k\", answer) lines, nothing else"
            assert position > 0 and is_solution(code[position - 1]), \
                f"{path.name}: {cell.source!r} must follow the cell tagged 'solution'"
            ids.append(call.args[0].value)
        if is_solution(cell):
            assert position + 1 < len(code) and check_calls(code[position + 1].source), \
                f"{path.name}: the solution {cell.source[:40]!r} has no check cell after it"
    registered = sorted(i for i in EXERCISES if i.startswith(path.name[:2] + "."))
    assert sorted(ids) == registered, f"{path.name}: checks {sorted(ids)}, registered {registered}"


@pytest.mark.parametrize("solution, check_cell, expected", [
    ("n_body_2 = len(corpus.body(2))", 'check("01.1", n_body_2)', "n_body_2 = ...  # your answer here"),
    ("t = corpus.tokens\nn = len(t)", 'check("02.4", n)', "n = ...  # your answer here"),
    ("a, (b, *c) = 1, (2, 3)\nd: int = 4\ndf['x'] = 5", "",
     "a = ...  # your answer here\nb = ...  # your answer here\nc = ...  # your answer here\n"
     "d = ...  # your answer here"),
    ("print('no name')", "", "...  # your answer here"),
    ("x = 1", 'check("01.1", x)\ncheck("01.2", y)', "x = ...  # your answer here\ny = ...  # your answer here"),
])
def test_stub_source(solution, check_cell, expected):
    assert stub_source(solution, check_cell) == expected
    ast.parse(stub_source(solution, check_cell))


def test_names():
    assert checked_names('check("01.1", a)\nprint(check("01.2", b))\ncheck("01.3", f(c))') == ["a", "b"]
    assert checked_names("not python (") == []
    assert assigned_names("x = y = 1\nfor z in []: pass") == ["x", "y"]


TOY_SETUP = ("from helpers.exercises import EXERCISES, check, exercise\n"
             "corpus = 'unused'\n"
             "if 'toy.1' not in EXERCISES:\n"
             "    exercise('toy.1', hint='Six sevens.')(lambda corpus: 42)")


def exercise_notebook(solution: str = "answer = 6 * 7", check_cell: str = 'check("toy.1", answer)'):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# 01 · Toy 玩具\n\n## Exercises 练习")])
    for i, source in enumerate([TOY_SETUP, solution, check_cell]):
        cell = nbformat.v4.new_code_cell(source, id=f"toy-{i}")
        cell.outputs = [nbformat.v4.new_output("stream", text="the solution printed this")]
        cell.execution_count = i + 1
        cell.metadata["execution"] = {"iopub.status.busy": "2024-04-24T00:00:00"}
        nb.cells.append(cell)
    nb.cells[2].metadata["tags"] = ["solution"]
    return nb


def test_student_notebook_stubs_and_clears_without_touching_the_original():
    nb = exercise_notebook()
    nb.cells[2].metadata["tags"] = ["solution", "keep-me"]
    student = student_notebook(nb)
    assert [c.id for c in student.cells] == [c.id for c in nb.cells]
    assert student.cells[0] == nb.cells[0]  # markdown untouched
    assert student.cells[2].source == "answer = ...  # your answer here"
    assert student.cells[2].metadata["tags"] == ["keep-me"] and not is_solution(student.cells[2])
    assert student.cells[3].source == 'check("toy.1", answer)'
    for cell in student.cells[1:]:
        assert cell.outputs == [] and cell.execution_count is None and "execution" not in cell.metadata
    assert nb.cells[2].source == "answer = 6 * 7" and nb.cells[2].outputs  # the original is unchanged
    assert "tags" not in student_notebook(exercise_notebook()).cells[2].metadata


def test_build_student_edition_writes_runs_and_cleans(tmp_path):
    source, out = tmp_path / "nbs", tmp_path / "student"
    source.mkdir()
    nbformat.write(exercise_notebook(), source / "01_toy.ipynb")
    out.mkdir()
    (out / "09_removed.ipynb").write_text("{}")
    (out / "notes.txt").write_text("the instructor's own file")
    written = build_student_edition(out, [source / "01_toy.ipynb"])
    assert written == [out / "01_toy.ipynb"]
    assert sorted(p.name for p in out.iterdir()) == ["01_toy.ipynb", "notes.txt"]
    ran = site.execute_notebook(out / "01_toy.ipynb")
    assert site.problems(ran) == []
    assert UNANSWERED in outputs_text(ran.cells[-1])
    teacher = site.execute_notebook(source / "01_toy.ipynb")
    assert "✓ Right" in outputs_text(teacher.cells[-1])


def test_markers_in_an_untagged_cell_stop_the_build_before_anything_is_written(tmp_path, capsys):
    source, out = tmp_path / "nbs", tmp_path / "student"
    source.mkdir()
    nb = exercise_notebook(solution="# BEGIN SOLUTION\nanswer = 6 * 7\n# END SOLUTION")
    nb.cells[2].metadata = {}
    nbformat.write(nb, source / "02_bad.ipynb")
    with pytest.raises(StudentEditionError, match=r"02_bad\.ipynb: cell toy-1 holds '# BEGIN SOLUTION' markers"):
        build_student_edition(out, [source / "02_bad.ipynb"])
    assert not out.exists()


def test_command_line_builds_the_course_edition(tmp_path):
    result = subprocess.run([sys.executable, "-m", "helpers.exercises", "--out", str(tmp_path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert sorted(p.name for p in tmp_path.glob("*.ipynb")) == [p.name for p in NOTEBOOKS]
    assert "01_structure.ipynb (5 exercises)" in result.stdout
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


def check_cells(nb) -> list[int]:
    return [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and check_calls(c.source)]


@pytest.fixture(scope="session")
def student_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("student")
    build_student_edition(out, NOTEBOOKS)
    return out


def secret_lines(nb) -> list[str]:
    """The solution lines a student must not see: every non-trivial line of a solution cell,
    except lines that also appear in the student's edition anyway (not secret)."""
    student = student_notebook(nb)
    public = {line.strip() for c in student.cells for line in c.source.splitlines()}
    return [line.strip() for c in nb.cells if is_solution(c) for line in c.source.splitlines()
            if len(line.strip().replace(" ", "")) >= 4 and not line.strip().startswith("#")
            and any(ch.isalnum() for ch in line) and line.strip() not in public]


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
    assert not any(is_solution(c) for c in student.cells)
    for cell in student.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
    if any(is_solution(c) for c in original.cells):
        assert secret_lines(original), f"{path.name}: the leak test found nothing to look for"


def probe(check_source: str) -> str:
    """A cell that hands every expression of a check cell to check() as the answer, as a student
    pasting it into the answer cell would, and prints what check says."""
    lines = ["from helpers.exercises import check as _check"]
    for call in check_calls(check_source):
        expressions = {ast.get_source_segment(check_source, node) for node in ast.walk(call)
                       if isinstance(node, ast.expr) and node is not call.func}
        for expression in sorted(expressions):
            lines.append(f"print('PROBE', {expression!r}, _check({call.args[0].value!r}, ({expression})).status)")
    return "\n".join(lines)


@pytest.fixture(scope="session")
def student_runs(student_dir):
    """execute(path) -> the student edition of *path*, run with a probe cell after each check cell."""
    runs = {}

    def execute(path: Path):
        if path not in runs:
            nb = nbformat.read(student_dir / path.name, as_version=4)
            for index in reversed(check_cells(nb)):
                nb.cells.insert(index + 1, nbformat.v4.new_code_cell(probe(nb.cells[index].source),
                                                                     id=f"probe-{index}"))
            probed = student_dir / f"probed-{path.name}"
            nbformat.write(nb, probed)
            runs[path] = site.execute_notebook(probed)
        return runs[path]

    return execute


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_student_notebook_runs_says_not_answered_and_gives_nothing_away(path, student_runs):
    ran = student_runs(path)
    assert site.problems(ran) == [], f"{path.name} (student edition)"
    code = [c for c in ran.cells if c.cell_type == "code"]
    assert all(c.execution_count is not None for c in code), "not every cell ran"
    checks = [i for i in check_cells(ran) if not ran.cells[i].id.startswith("probe-")]
    silent = [i for i in checks if UNANSWERED not in outputs_text(ran.cells[i])]
    assert silent == [], f"{path.name}: check cells {silent} of the student edition do not say '{UNANSWERED}'"
    probes = [line.split() for c in ran.cells if c.id.startswith("probe-")
              for line in outputs_text(c).splitlines() if line.startswith("PROBE")]
    assert len(probes) >= 2 * len(checks)
    revealing = [p for p in probes if p[-1] == "right"]
    assert revealing == [], f"{path.name}: pasting these check-line expressions passes the check: {revealing}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_solutions_pass_their_own_checks(path, executed):
    nb = executed(path)
    failing = [(i, outputs_text(nb.cells[i])[:300]) for i in check_cells(nb)
               if "✓ Right" not in outputs_text(nb.cells[i])]
    assert failing == [], f"{path.name}: check cells whose solution does not pass: {failing}"
