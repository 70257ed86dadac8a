"""Imported to draw figures without a screen: matplotlib on its Agg backend, the package's plotting modules, and the
CJK font set up (:func:`helpers.figures.setup`).

The report draws its figures in its worker processes: each imports this module once its files are analysed (see
:class:`helpers.workers.Workers`); on a local Dask cluster, their fork server imports it before forking them
(:class:`helpers.cluster.dask_client`), as Dask's own start-up leaves the time for it.
"""
import matplotlib

matplotlib.use("Agg")  # a command-line run has no screen
import matplotlib.pyplot  # noqa: E402,F401

from . import figures, maps, themes  # noqa: E402,F401

figures.setup()
