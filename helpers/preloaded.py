"""Imported once by the fork server that starts the report's worker processes on Linux (see helpers.workers):
jieba's dictionaries and the place matcher are loaded there, and every worker forked from it starts with them.

A failure here is not reported: each worker loads what is missing again when it starts, and reports it then.
"""
import atexit
import gc
import os
import sys
from multiprocessing import forkserver

from .pipeline import prepare_worker


def in_the_fork_server() -> bool:
    """Is this module being imported by multiprocessing's fork server (its ``main`` below on the stack)?"""
    frame = sys._getframe()
    while frame is not None and frame.f_code is not forkserver.main.__code__:
        frame = frame.f_back
    return frame is not None


try:
    prepare_worker()
except Exception:  # noqa: BLE001 (the worker's own start reports it, with the message the user needs)
    pass
gc.freeze()  # the dictionaries live as long as the workers: their garbage collector never looks at them
#: True where this module was imported by the fork server (and so in the workers forked from it).
QUICK_EXIT = in_the_fork_server()
if QUICK_EXIT:
    # Stopped (its last worker gone), the server would leave through the interpreter's exit, taking the dictionaries
    # apart object by object while the report waits for it (a tenth of a second): it leaves at once instead. (Its
    # workers never run this: a process forked from the server leaves with os._exit.)
    atexit.register(os._exit, 0)
