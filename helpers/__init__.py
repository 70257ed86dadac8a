"""Helpers for the teaching notebooks on Chinese political news.

>>> import helpers
>>> corpus = helpers.load_corpus()
>>> helpers.cut("成渝地区双城经济圈")
['成渝地区双城经济圈']

Modules, one per stage of the data's way: ``corpus`` (files in, articles and paragraphs out),
``structure`` (what each line of a page is), ``segment`` (jieba), ``anatomy`` (sentences,
section openers, repairs), ``themes`` (keywords, formulations, concordances), ``regions`` and
``maps`` (places named, tile maps), ``quotes`` (speech events, speakers, echoes of the leader),
``running_order`` (a programme's stories in order, and whose they are), ``media`` (one event told by
two corpora), ``figures`` (Chinese in plots), ``exercises`` (self-checks, student edition), ``report`` (the
whole analysis in one command), ``site`` (the HTML build); behind them ``wordcut`` (jieba's
part-of-speech cut, faster, same results) and ``cache`` (results kept on disk, work shared
between processes).
"""
from .corpus import Corpus, CorpusError, load_corpus
from .segment import add_words, cut, stopwords

__all__ = ["Corpus", "CorpusError", "load_corpus", "cut", "add_words", "stopwords"]
__version__ = "0.1.0"
