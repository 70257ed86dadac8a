"""Helpers for the teaching notebooks on Chinese political news.

>>> import helpers
>>> corpus = helpers.load_corpus()
>>> helpers.cut("成渝地区双城经济圈")
['成渝地区双城经济圈']

Modules, one per stage of the data's way: ``corpus`` (files in, articles and paragraphs out),
``structure`` (what each line of a page is), ``segment`` (jieba), ``anatomy`` (sentences,
section openers, repairs), ``themes`` (keywords, formulations, concordances), ``regions`` and
``maps`` (places named, tile maps; the matcher and its rule table in ``placefinder``), ``quotes`` (speech
events, speakers, echoes of the leader),
``running_order`` (a programme's stories in order, and whose they are), ``media`` (one event told by
two corpora), ``figures`` (Chinese in plots), ``exercises`` (self-checks, student edition), ``report`` (the
whole analysis in one command, with ``jobs``, ``pipeline`` and ``workers``: the files, the map over them,
the processes), ``site`` (the HTML build); behind them ``fasthmm`` (jieba's part-of-speech cut, faster, same
results), ``wordcut`` (word-boundary questions) and ``cache`` (results kept on disk). Each module is
reachable after ``import helpers`` alone (``helpers.quotes.extract(corpus)``), imported the first time it
is used.
"""
from importlib import import_module

from .reading import CorpusError

__all__ = ["Corpus", "CorpusError", "load_corpus", "cut", "add_words", "stopwords"]
__version__ = "0.1.0"
#: The modules reachable as ``helpers.NAME`` after ``import helpers``, imported on first use (PEP 562), so
#: that ``import helpers`` stays light: matplotlib and jieba load only when a module needs them.
MODULES = ("anatomy", "cache", "corpus", "environment", "exercises", "fasthmm", "figures", "fonts", "jobs", "maps",
           "media", "pipeline", "placefinder", "quotes", "reading", "regions", "report", "running_order", "segment",
           "site", "structure", "themes", "wordcut", "workers")


#: The functions of ``helpers.corpus`` and ``helpers.segment`` reachable as ``helpers.NAME``, also on first use:
#: ``import helpers`` imports neither pandas nor jieba.
FUNCTIONS = {"Corpus": "corpus", "load_corpus": "corpus", "cut": "segment", "add_words": "segment",
             "stopwords": "segment"}


def __getattr__(name: str):
    if name in MODULES:
        return import_module(f".{name}", __name__)
    if name in FUNCTIONS:
        return getattr(import_module(f".{FUNCTIONS[name]}", __name__), name)
    raise AttributeError(f"module 'helpers' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(MODULES) | set(FUNCTIONS))
