"""Imported to draw figures without a screen: matplotlib on its Agg backend, the package's plotting modules, and the
CJK font set up (:func:`helpers.figures.setup`).

The report draws its figures in its worker processes, local or on Dask: each imports this module once its files are
analysed (see :class:`helpers.workers.Workers` and :func:`helpers.cluster.map_on`), while the others finish theirs.
"""
import matplotlib

matplotlib.use("Agg")  # a command-line run has no screen
import matplotlib.pyplot  # noqa: E402,F401

from . import figures, maps, themes  # noqa: E402,F401

figures.setup()
