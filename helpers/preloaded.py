"""Imported once by the fork server that starts the report's worker processes on Linux (see helpers.workers):
jieba's dictionaries and the place matcher are loaded there, and every worker forked from it starts with them.

A failure here is not reported: each worker loads what is missing again when it starts, and reports it then.
"""
import gc

from .pipeline import prepare_worker

try:
    prepare_worker()
except Exception:  # noqa: BLE001 (the worker's own start reports it, with the message the user needs)
    pass
gc.freeze()  # the dictionaries live as long as the workers: their garbage collector never looks at them
