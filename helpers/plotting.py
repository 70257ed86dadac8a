"""Imported to draw figures without a screen: matplotlib on its Agg backend, and the CJK font set up
(:func:`helpers.figures.setup`), nothing else (no pandas).

The report makes its figures in its own process, where the tables are, and has its worker processes, local or on
Dask, draw them (:func:`helpers.report.png`): each imports this module once its files are analysed (see
:class:`helpers.workers.Workers` and :func:`helpers.cluster.map_on`), while the others finish theirs.
"""
import matplotlib

matplotlib.use("Agg")  # a command-line run has no screen
import matplotlib.pyplot  # noqa: E402,F401

from . import figures  # noqa: E402

figures.setup()
