"""Exercises registered by id, and ``check``, which a notebook's check cell calls.

A notebook's check cell names the exercise and the student's answer, nothing else:

    check("04.1", no_verb)

The expected answer is worked out here, from the corpus the notebook loaded (the notebook's own
variable ``corpus``), so no check line shows it. Two kinds of exercise:

- :func:`exercise` registers a function ``corpus -> expected answer``; :func:`compare` then
  says in plain words what is wrong with the student's answer, without showing the expected one;
- :func:`own_answer` registers a function ``answer -> problem or None`` for answers the student
  makes up (an article of their own, a trap for the place matcher): there is no single expected
  answer, only a rule the answer must meet.

Open questions ("what regularity do you find?") have no check; their key is in the teacher's guide.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

from .feedback import Feedback, compare


@dataclass(frozen=True)
class Exercise:
    """One self-checked exercise: ``answer`` computes the expected answer from the corpus
    (``judged=False``) or judges the student's own answer (``judged=True``)."""

    id: str
    hint: str
    answer: Callable
    judged: bool = False
    ordered: bool = False
    tolerance: float = 1e-6


EXERCISES: dict[str, Exercise] = {}


def _register(item: Exercise) -> None:
    if item.id in EXERCISES:
        raise ValueError(f"exercise {item.id!r} is registered twice "
                         f"({EXERCISES[item.id].answer.__module__} and {item.answer.__module__})")
    EXERCISES[item.id] = item


def exercise(id: str, hint: str, *, ordered: bool = False, tolerance: float = 1e-6):
    """Register ``fn(corpus) -> expected answer`` as exercise *id* ("NN.k": notebook NN, exercise k).

    >>> import helpers
    >>> @exercise("99.1", hint="Count the rows of corpus.articles.")
    ... def n_articles(corpus):
    ...     return len(corpus.articles)
    >>> check("99.1", 3, corpus=helpers.load_corpus())
    ✓ Right 正确.
    >>> del EXERCISES["99.1"]
    """
    def register(fn: Callable) -> Callable:
        _register(Exercise(id, hint, fn, ordered=ordered, tolerance=tolerance))
        return fn
    return register


def own_answer(id: str, hint: str):
    """Register ``fn(answer) -> None if the answer meets the rule, else what is wrong`` as exercise *id*.

    >>> @own_answer("99.2", hint="Any text with 重庆 in it.")
    ... def mentions_chongqing(text):
    ...     return None if "重庆" in text else "your text does not name 重庆."
    >>> check("99.2", "我在重庆")
    ✓ Right 正确.
    >>> del EXERCISES["99.2"]
    """
    def register(fn: Callable) -> Callable:
        _register(Exercise(id, hint, fn, judged=True))
        return fn
    return register


def load_own_text(text, name: str):
    """The corpus of an article a student wrote as a string (for an :func:`own_answer` check), or a plain
    sentence saying why it cannot be read: not a string, or a text the loader refuses."""
    import tempfile
    from pathlib import Path

    from .. import CorpusError, load_corpus

    if not isinstance(text, str):
        return f"your answer is a {type(text).__name__}; it should be the article as text (a str)."
    path = Path(tempfile.mkdtemp()) / name
    path.write_text(text, encoding="utf-8")
    try:
        return load_corpus(path)
    except CorpusError as error:
        return f"the loader cannot read your text: {error}"


def check(exercise_id: str, answer, *, corpus=None) -> Feedback:
    """Say in plain words whether *answer* is right for exercise *exercise_id*.

    The expected answer is computed from *corpus*, by default the variable ``corpus`` of the
    notebook (or module) that calls ``check``. Like :func:`compare`, it never shows the
    expected answer, and a mistake in the answer never raises; an unknown id (a typo in the
    notebook, not the student's doing) raises KeyError.

    >>> import helpers
    >>> corpus = helpers.load_corpus()
    >>> check("01.1", 1)
    ✗ Not yet 还不对: your answer is 1, which is too small. Hint: ...
    >>> check("01.1", ...)
    ✎ Not answered yet 还没有作答: replace the ... with your answer and run the cell again.
    """
    try:
        item = EXERCISES[exercise_id]
    except KeyError:
        raise KeyError(f"no exercise {exercise_id!r}; registered: {', '.join(sorted(EXERCISES))}") from None
    if answer is ...:
        return compare(..., None)
    if item.judged:
        try:
            problem = item.answer(answer)
        except Exception as exc:  # a self-check must not crash the student's notebook
            problem = f"your answer could not be checked ({type(exc).__name__}: {exc})."
        return Feedback("right") if problem is None else Feedback("wrong", f"{problem} Hint: {item.hint}")
    if corpus is None:
        corpus = sys._getframe(1).f_globals.get("corpus")
    if corpus is None:
        return Feedback("wrong", "this check compares your answer with the corpus the notebook loaded, "
                                 "but there is no variable `corpus`: run the notebook's first cells again.")
    try:
        expected = item.answer(corpus)
    except Exception as exc:
        return Feedback("wrong", f"the check could not work out the answer from `corpus` ({type(exc).__name__}: "
                                 f"{exc}); did a cell change `corpus`? Run the notebook from the top.")
    return compare(answer, expected, hint=item.hint, ordered=item.ordered, tolerance=item.tolerance)
