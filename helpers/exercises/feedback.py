"""Plain-language feedback: compare an answer with the expected one and say what is wrong.

>>> compare(7, expected=7)
✓ Right 正确.
>>> compare(6, expected=7, hint="Count the headings.")
✗ Not yet 还不对: your answer is 6, which is too small. Hint: Count the headings.
>>> compare(..., expected=7)
✎ Not answered yet 还没有作答: replace the ... with your answer and run the cell again.

``compare`` never raises and never gives the expected answer away: it says what in *your*
answer is wrong (a wrong type, items that should not be there, how many are missing, a column
that is missing, a value that is too large) and adds the hint. Notebooks do not call it
directly: :func:`helpers.exercises.check` looks the exercise up by its id, works out the expected
answer from the notebook's corpus and calls ``compare``.
"""
from __future__ import annotations

import html
import math
import numbers
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping

import pandas as pd

SHOWN = 8  # at most this many items are named in a message


class Feedback(str):
    """Plain-language feedback from :func:`compare`; a ``str`` that also knows the verdict.

    ``status`` is "right", "wrong" or "unanswered"; ``ok`` (and ``bool(feedback)``) is True only
    when the answer is right. Shown in a notebook as a coloured line.

    >>> fb = compare(3, expected=3)
    >>> fb.ok, fb.status
    (True, 'right')
    """

    SYMBOL = {"right": "✓ Right 正确", "wrong": "✗ Not yet 还不对", "unanswered": "✎ Not answered yet 还没有作答"}
    COLOUR = {"right": "#166534", "wrong": "#991b1b", "unanswered": "#92400e"}

    status: str
    ok: bool

    def __new__(cls, status: str, message: str = ""):
        text = cls.SYMBOL[status] + (f": {message}" if message else ".")
        self = super().__new__(cls, text)
        self.status, self.ok = status, status == "right"
        return self

    def __bool__(self) -> bool:
        return self.ok

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        return (f'<p class="exercise-feedback exercise-{self.status}" '
                f'style="color:{self.COLOUR[self.status]}; font-weight:600">{html.escape(self)}</p>')


# --- describing values in words -------------------------------------------------------

def _scalar(value):
    """numpy / pandas scalars as plain Python values (np.int64(3) -> 3)."""
    if hasattr(value, "item") and getattr(value, "ndim", None) == 0:
        try:
            return value.item()
        except (ValueError, TypeError):
            return value
    return value


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _short(value) -> str:
    text = repr(_scalar(value))
    return text if len(text) <= 60 else text[:57] + "..."


def _describe(value) -> str:
    """'the number 6', 'the text '重庆'', 'a list of 3 items', 'a table (DataFrame) with 2 rows'..."""
    value = _scalar(value)
    if value is None:
        return "None"
    if isinstance(value, bool):
        return f"{value}, a yes/no value (bool)"
    if isinstance(value, numbers.Number):
        return f"the number {_short(value)}"
    if isinstance(value, str):
        return f"the text {_short(value)}"
    if isinstance(value, pd.DataFrame):
        return (f"a table (DataFrame) with {_plural(len(value), 'row')} and "
                f"{_plural(value.shape[1], 'column')}")
    if isinstance(value, pd.Series):
        return f"a Series with {_plural(len(value), 'row')}"
    if isinstance(value, Mapping):
        return f"a dict with {_plural(len(value), 'key')}"
    if isinstance(value, (list, tuple, set, frozenset)):
        kind = type(value).__name__
        return f"a {kind} of {_plural(len(value), 'item')}" + (f": {_short(value)}" if len(repr(value)) <= 60 else "")
    if isinstance(value, Iterator):
        return f"an iterator ({type(value).__name__})"
    if callable(value):
        return f"the function {getattr(value, '__name__', _short(value))}"
    return f"{_short(value)} (a {type(value).__name__})"


def _join(items) -> str:
    items = list(items)
    shown = "、".join(_short(x) if not isinstance(x, str) else x for x in items[:SHOWN])
    return shown + ("…" if len(items) > SHOWN else "")


# --- kinds of expected value -------------------------------------------------------------

def _is_number(value) -> bool:
    return isinstance(value, numbers.Number) and not isinstance(value, (bool, complex))


def _has_labels(data) -> bool:
    """Does the index of a Series or DataFrame mean something (value_counts, groupby, set_index)?

    A named index or one of text labels does; an unnamed integer index (0, 1, 2… or the row
    numbers left over from a filter) only says where the rows were."""
    index = data.index
    return any(name is not None for name in index.names) or not pd.api.types.is_integer_dtype(index)


def _items(value) -> list | None:
    """The items of a list-like answer, or None when it is not list-like."""
    if isinstance(value, pd.Series):
        return [_scalar(x) for x in value.tolist()]
    if isinstance(value, pd.Index):
        return [_scalar(x) for x in value.tolist()]
    if hasattr(value, "tolist") and getattr(value, "ndim", 0) == 1:  # numpy arrays
        return [_scalar(x) for x in value.tolist()]
    if isinstance(value, (list, tuple, set, frozenset)) or type(value).__name__ in ("dict_keys", "dict_values"):
        return [_scalar(x) for x in value]
    return None


def _same(a, b, tolerance: float) -> bool:
    """Equality of two items: numbers within tolerance, NaN equals NaN, the rest with ==."""
    a, b = _scalar(a), _scalar(b)
    if _is_number(a) and _is_number(b):
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return math.isclose(a, b, rel_tol=tolerance, abs_tol=tolerance)
    if a is None or b is None or a is pd.NA or b is pd.NA:
        return a is b
    try:
        return bool(a == b)
    except Exception:  # arrays and other things whose == is not a yes/no
        return repr(a) == repr(b)


def _key(x, tolerance: float):
    """A hashable stand-in for an item, numbers rounded to the tolerance's precision."""
    x = _scalar(x)
    if _is_number(x):
        if math.isnan(x):
            return ("nan",)
        digits = max(0, round(-math.log10(tolerance))) if tolerance > 0 else 12
        x = round(float(x), digits) + 0.0  # + 0.0 turns -0.0 into 0.0
        return float(int(x)) if x.is_integer() else x
    try:
        hash(x)
        return x
    except TypeError:
        return ("unhashable", repr(x))


# --- the comparisons; each returns None when right, else what is wrong -----------------

def _compare_number(answer, expected, tolerance: float) -> str | None:
    answer = _scalar(answer)
    if isinstance(answer, bool):
        return f"your answer is {_describe(answer)}; the answer should be a number."
    if isinstance(answer, str):
        try:
            float(answer)
        except ValueError:
            return f"your answer is {_describe(answer)}; the answer should be a number."
        return (f"your answer is {_describe(answer)}, text that looks like a number; the answer "
                f"should be the number itself (no quotes, or convert with int() or float()).")
    if isinstance(answer, (pd.Series, pd.DataFrame, pd.Index)) or _items(answer) is not None:
        size = len(answer)
        if size == 1:
            how = ".iloc[0] or .item()" if hasattr(answer, "iloc") else "[0]"
            return (f"your answer is {_describe(answer)}, not a number: take the single value out "
                    f"with {how}.")
        return f"your answer is {_describe(answer)}; the answer should be a single number."
    if not _is_number(answer):
        return f"your answer is {_describe(answer)}; the answer should be a number."
    if _same(answer, expected, tolerance):
        return None
    if math.isnan(answer):
        return "your answer is NaN (not a number): a calculation had nothing to work on, e.g. an empty selection."
    if math.isnan(expected):
        return f"your answer is {_short(answer)}, but this one should come out as NaN (no value)."
    size = "too small" if answer < expected else "too large"
    message = f"your answer is {_short(answer)}, which is {size}."
    if expected and any(math.isclose(answer, expected * k, rel_tol=1e-6) for k in (100, 0.01)):
        message += " It is 100 times off: a percentage where a share (0–1) is wanted, or the other way round?"
    return message


def _compare_text(answer, expected: str) -> str | None:
    answer = _scalar(answer)
    if not isinstance(answer, str):
        items = _items(answer)
        if items is not None and len(items) == 1 and isinstance(items[0], str):
            return f"your answer is {_describe(answer)}; take the text out of it with [0]."
        return f"your answer is {_describe(answer)}; the answer should be text (a str)."
    if answer.strip() == expected.strip():
        return None
    squeeze = lambda s: re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))  # noqa: E731
    if squeeze(answer) == squeeze(expected):
        return ("almost: your text differs only in spaces or in full-width/half-width characters "
                "(，and , are different characters).")
    if answer.strip().lower() == expected.strip().lower():
        return "almost: your text differs only in upper/lower case."
    if not answer.strip():
        return "your answer is empty text."
    if answer.strip() in expected:
        return f"your answer {_short(answer)} is only part of the answer: something is missing."
    if expected.strip() in answer:
        return f"your answer {_short(answer)} contains the answer, but also text that should not be there."
    return f"your answer is {_describe(answer)}."


def _compare_items(answer, expected, ordered: bool, tolerance: float) -> str | None:
    want = _items(expected)
    if isinstance(answer, pd.DataFrame) and answer.shape[1] == 1:
        return (f"your answer is {_describe(answer)}; the answer should be a list of items: take the "
                f"column with df[{answer.columns[0]!r}] (one pair of brackets) or .tolist().")
    got = _items(answer)
    if got is None:
        if isinstance(answer, Mapping):
            return (f"your answer is {_describe(answer)}; the answer should be a list of items "
                    f"(its keys? use list(d) or list(d.values())).")
        if isinstance(answer, Iterator):
            return (f"your answer is {_describe(answer)}, which hands out its items one at a time; "
                    f"wrap it in list(...) to get them all.")
        return f"your answer is {_describe(answer)}; the answer should be a list of items."
    as_set = isinstance(expected, (set, frozenset))
    if as_set:
        got_keys = {_key(x, tolerance) for x in got}
        want_keys = {_key(x, tolerance) for x in want}
        missing, extra = want_keys - got_keys, got_keys - want_keys
        if not missing and not extra:
            return None
        extra_items = [x for x in dict.fromkeys(_key(x, tolerance) for x in got) if x in extra]
        return _missing_extra(len(missing), extra_items, "item")
    got_count = Counter(_key(x, tolerance) for x in got)
    want_count = Counter(_key(x, tolerance) for x in want)
    if got_count == want_count:
        if not ordered:
            return None
        for position, (a, b) in enumerate(zip(got, want), start=1):
            if not _same(a, b, tolerance):
                return (f"the items are right but the order is not: your item {position}, "
                        f"{_short(a)}, is in the wrong place.")
        return None
    missing, extra = want_count - got_count, got_count - want_count
    message = _missing_extra(sum(missing.values()), [x for x in extra if x not in want_count], "item",
                             twice=[x for x in extra if x in want_count])
    return message + (" The order matters here, too." if ordered else "")


def _missing_extra_parts(n_missing: int, extra: list, word: str, twice: list = ()) -> list[str]:
    parts = []
    if extra:
        parts.append(f"{_plural(len(extra), word)} in your answer should not be there: {_join(extra)}")
    if twice:
        parts.append(f"some appear too many times: {_join(twice)}")
    if n_missing:
        parts.append(f"{_plural(n_missing, word)} {'is' if n_missing == 1 else 'are'} missing")
    return parts


def _missing_extra(n_missing: int, extra: list, word: str, twice: list = ()) -> str:
    return "; ".join(_missing_extra_parts(n_missing, extra, word, twice)) + "."


def _as_mapping(value) -> dict | None:
    if isinstance(value, pd.Series):
        return {_scalar(k): _scalar(v) for k, v in value.items()}
    if isinstance(value, Mapping):
        return {_scalar(k): _scalar(v) for k, v in value.items()}
    return None


def _compare_mapping(answer, expected, ordered: bool, tolerance: float) -> str | None:
    want = _as_mapping(expected)
    got = _as_mapping(answer)
    if isinstance(answer, pd.Series) and not _has_labels(answer):
        return (f"your answer is {_describe(answer)} numbered 0, 1, 2…, but the answer has labels "
                f"(like value_counts() gives): keep the labels in the index rather than reset_index().")
    if got is None:
        if isinstance(answer, pd.DataFrame) and answer.shape[1] == 1:
            return (f"your answer is {_describe(answer)}; the answer should be one column with labels "
                    f"(a Series or a dict): take it with df[{answer.columns[0]!r}].")
        if isinstance(answer, pd.DataFrame) and answer.shape[1] == 2:
            return (f"your answer is {_describe(answer)}; the answer should be labels with values (a "
                    f"Series or a dict): try .set_index(...) on the label column, then take the other.")
        what = "a Series with labels" if isinstance(expected, pd.Series) else "a dict (key → value)"
        return f"your answer is {_describe(answer)}; the answer should be {what}."
    missing = [k for k in want if k not in got]
    extra = [k for k in got if k not in want]
    wrong = [k for k in want if k in got and _compare(got[k], want[k], False, tolerance) is not None]
    if not missing and not extra and not wrong:
        if ordered and list(got) != list(want):
            return "the labels and values are right but the order is not."
        return None
    word = "label" if isinstance(expected, pd.Series) else "key"
    parts = _missing_extra_parts(len(missing), extra, word)
    if wrong:
        shown = "、".join(f"{k} (yours: {_short(got[k])})" for k in wrong[:SHOWN])
        parts.append(f"the value is wrong for {_plural(len(wrong), word)}: {shown}"
                     + ("…" if len(wrong) > SHOWN else ""))
    return "; ".join(parts) + "."


def _flat(df: pd.DataFrame) -> pd.DataFrame:
    """The table with a meaningful index turned into columns and row numbers dropped."""
    return df.reset_index() if _has_labels(df) else df.reset_index(drop=True)


def _row_keys(df: pd.DataFrame, tolerance: float) -> list[tuple]:
    return [tuple(_key(x, tolerance) for x in row) for row in df.itertuples(index=False, name=None)]


def _compare_table(answer, expected: pd.DataFrame, ordered: bool, tolerance: float) -> str | None:
    if isinstance(answer, pd.Series):
        return (f"your answer is {_describe(answer)}, one column; the answer should be a table "
                f"(DataFrame): select columns with df[[...]] (two pairs of brackets) or use "
                f".reset_index() / .to_frame().")
    if not isinstance(answer, pd.DataFrame):
        return f"your answer is {_describe(answer)}; the answer should be a table (DataFrame)."
    got, want = _flat(answer), _flat(expected)
    got.columns, want.columns = [str(c) for c in got.columns], [str(c) for c in want.columns]
    missing = [c for c in want.columns if c not in got.columns]
    extra = [c for c in got.columns if c not in want.columns]
    if missing or extra:
        parts = []
        if missing:
            parts.append(f"your table lacks the column(s) {_join(missing)}")
        if extra:
            parts.append(f"it has column(s) that should not be there: {_join(extra)}")
        return "; ".join(parts) + "."
    if len(got) != len(want):
        return (f"your table has {_plural(len(got), 'row')}, which is too "
                f"{'many' if len(got) > len(want) else 'few'}.")
    got = got[list(want.columns)]
    for column in want.columns:
        if pd.api.types.is_numeric_dtype(want[column]) and not pd.api.types.is_bool_dtype(want[column]) \
                and not pd.api.types.is_numeric_dtype(got[column]):
            return (f"the column {column!r} should hold numbers, but yours holds "
                    f"{got[column].dtype} values; convert it with pd.to_numeric(...) or .astype(int).")
    got_rows, want_rows = _row_keys(got, tolerance), _row_keys(want, tolerance)
    if not ordered and sorted(got_rows, key=repr) == sorted(want_rows, key=repr):
        return None
    if ordered and all(_same(a, b, tolerance) for ga, wa in zip(got_rows, want_rows) for a, b in zip(ga, wa)):
        return None
    if ordered and Counter(got_rows) == Counter(want_rows):
        return "the rows are right but their order is not: check how you sorted the table."
    # Name the columns whose values differ, comparing each column as a bag of values.
    wrong = [c for c in want.columns
             if Counter(_key(x, tolerance) for x in got[c]) != Counter(_key(x, tolerance) for x in want[c])]
    extra_rows = list((Counter(got_rows) - Counter(want_rows)).elements())
    message = f"{_plural(len(extra_rows), 'row')} of your table {'is' if len(extra_rows) == 1 else 'are'} not right"
    if wrong:
        message += f"; look at the column(s) {_join(wrong)}"
    else:
        message += ": each column has the right values, but they are combined into the wrong rows"
    if extra_rows:
        row = got.iloc[got_rows.index(extra_rows[0])]
        message += f". For example, this row of yours: {_short({c: _scalar(v) for c, v in row.items()})}"
    return message + "."


def _compare(answer, expected, ordered: bool, tolerance: float) -> str | None:
    """None when *answer* matches *expected*, else a sentence (lower case) saying what is wrong."""
    expected, answer = _scalar(expected), _scalar(answer)
    if answer is None and expected is not None:
        return ("your answer is None (nothing). Functions that print or that change something in place "
                "give back None: print(...), list.sort(), df.sort_values(..., inplace=True). Make "
                "the last step give back the value itself.")
    if callable(answer) and not callable(expected) and not isinstance(answer, (pd.DataFrame, pd.Series)):
        return (f"your answer is {_describe(answer)} itself, not its result: did you forget the "
                f"brackets () that call it?")
    if isinstance(expected, pd.DataFrame):
        return _compare_table(answer, expected, ordered, tolerance)
    if isinstance(expected, Mapping) or (isinstance(expected, pd.Series) and _has_labels(expected)):
        return _compare_mapping(answer, expected, ordered, tolerance)
    if _items(expected) is not None:
        return _compare_items(answer, expected, ordered, tolerance)
    if isinstance(expected, bool):
        if isinstance(answer, bool):
            return None if answer == expected else f"your answer is {answer}."
        return f"your answer is {_describe(answer)}; the answer should be True or False."
    if _is_number(expected):
        return _compare_number(answer, expected, tolerance)
    if isinstance(expected, str):
        return _compare_text(answer, expected)
    if type(answer) is not type(expected) and not (answer is None or expected is None):
        return f"your answer is {_describe(answer)}; the answer should be a {type(expected).__name__}."
    return None if _same(answer, expected, tolerance) else f"your answer is {_describe(answer)}."


def compare(answer, expected, *, hint: str = "", ordered: bool = False, tolerance: float = 1e-6) -> Feedback:
    """Compare a student's *answer* with *expected* and say in plain words what is right or wrong.

    - numbers: within *tolerance* (relative and absolute); text that looks like a number, a
      bool, or a one-item Series/list gets its own message.
    - text: exact after stripping spaces at the ends; near misses (full-width punctuation,
      spaces, case, part of the answer) are named.
    - lists, tuples, arrays, Series with a plain 0, 1, 2… index: the same items as many times
      each (in the same order when ``ordered=True``); a set: the same items.
    - dicts and Series with meaningful labels (value_counts, groupby): the same labels with the
      same values (order too when ``ordered=True``).
    - DataFrames: the same columns and the same rows (in order when ``ordered=True``); a
      meaningful index counts as columns, so set_index/reset_index does not matter.
    - ``...`` is "not answered yet"; None, a function, an iterator and wrong types are explained.

    It never raises and never shows the expected value: the message names what in the answer is
    wrong. ``hint`` is appended to every message that is not "right".

    >>> compare({"四川", "重庆", "上海"}, expected={"四川", "重庆", "广西"}, hint="Look at article 1.")
    ✗ Not yet 还不对: 1 item in your answer should not be there: 上海; 1 item is missing. Hint: Look at article 1.
    """
    if answer is ...:
        return Feedback("unanswered", "replace the ... with your answer and run the cell again.")
    try:
        problem = _compare(answer, expected, ordered, tolerance)
    except Exception as exc:  # a self-check must not crash the student's notebook
        problem = (f"your answer is {_describe(answer)}, and it could not be compared with the "
                   f"expected one ({type(exc).__name__}: {exc}).")
    if problem is None:
        return Feedback("right")
    tail = f" Hint: {hint}" if hint else ""
    return Feedback("wrong", problem + tail)
