"""Self-checked exercises, and the student edition of the notebooks.

In a notebook, each exercise is a markdown cell with the task, a code cell tagged ``solution``
that computes the answer, and a check cell that names the exercise and the answer, nothing more:

    no_verb = events.loc[events["verb"].isna(), "speaker"].tolist()    # the cell tagged "solution"

    check("04.1", no_verb)                                              # the next cell

``check`` looks exercise "04.1" up, works out the expected answer from the notebook's ``corpus``
and says in plain words what is right or wrong, never what the expected answer is.

Where things are:

- ``feedback.py``: :func:`compare`, the plain-language comparison of an answer with the expected one;
- ``registry.py``: :func:`check`, and the decorators :func:`exercise` and :func:`own_answer`;
- ``nbNN_slug.py``: the exercises of ``notebooks/NN_slug.ipynb``, one function each. **To add a
  notebook's exercises, add one such file**: every ``nb*.py`` module here is loaded on import;
- ``student.py``: the student edition (``python -m helpers.exercises --out student``): each
  solution cell becomes ``answer = ...  # your answer here``, and every output is cleared.
"""
import importlib
import pkgutil

from .feedback import Feedback, compare
from .registry import EXERCISES, Exercise, check, exercise, own_answer
from .student import build_student_edition, student_notebook

for _module in pkgutil.iter_modules(__path__):
    if _module.name.startswith("nb"):
        importlib.import_module(f"{__name__}.{_module.name}")

__all__ = ["EXERCISES", "Exercise", "Feedback", "build_student_edition", "check", "compare", "exercise",
           "own_answer", "student_notebook"]
