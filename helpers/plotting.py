"""Imported to draw figures without a screen: matplotlib on its Agg backend, the package's plotting modules, and the
CJK font set up (:func:`helpers.figures.setup`).

The report draws its figures in its worker processes: on Linux their fork server imports this module before
forking them (with the dictionaries, :mod:`helpers.preloaded`), so that they draw as soon as the figures are asked
for; elsewhere each worker imports it once its files are analysed (see :class:`helpers.workers.Workers`).
"""
import matplotlib

matplotlib.use("Agg")  # a command-line run has no screen
import matplotlib.pyplot  # noqa: E402,F401

from . import figures, maps, themes  # noqa: E402,F401

figures.setup()
