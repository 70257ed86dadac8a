"""jieba's part-of-speech cut (``jieba.posseg``), faster, with exactly its answers.

jieba.posseg finds the most probable route through its dictionary's words (a graph of every word at every
position, then a walk back over it), cuts what no word covers with a hidden Markov model of 256 states
(position in the word x part of speech) and tags each word from its dictionary. :func:`cut` does the same in
one backward pass for the route, a numpy Viterbi search over only the states a character can have
(:func:`_viterbi`, which remembers the stretches it has seen), and words and tags as two lists, not ``pair``
objects. Ties are broken as jieba breaks them; the dictionary is read as it is at each call, so words added
or deleted with ``add_word`` count at once. It mirrors the internals of jieba 0.42.1 (pinned).

On the 875,330 characters of paragraphs of the first 100 新闻联播 transcripts, in one process:
``jieba.lcut`` (no tags) 1.9 s of CPU, ``POSTokenizer.cut`` (with :func:`viterbi`) 3.2 s, :func:`cut`
1.7 s, every cache cold (README, "Segmentation decisions"). ``tests/test_fasthmm.py`` checks that every word and tag is
jieba's; ``helpers.segment.FAST_HMM = False`` gives jieba's own cut, for comparison.

>>> from helpers.segment import _pos_tokenizer
>>> cut(_pos_tokenizer(), "吴群刚说：GDP增长5%")
(['吴群刚', '说', '：', 'GDP', '增长', '5', '%'], ['nr', 'v', 'x', 'eng', 'v', 'm', 'x'])
"""
from __future__ import annotations

from functools import lru_cache
from importlib import import_module
from math import log
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is imported where the Viterbi runs: the report's own process, which never cuts, starts
    # its workers sooner without it
    import numpy as np


def cut(pos, sentence: str) -> tuple[list[str], list[str]]:
    """``jieba.posseg.POSTokenizer.cut``'s answer for ``pos`` (a POSTokenizer) on ``sentence``: its words and
    their tags, as two lists (``[(p.word, p.flag) for p in pos.cut(sentence)]``, unzipped)."""
    import jieba.posseg as posseg

    pos.makesure_userdict_loaded()
    tokenizer = pos.tokenizer
    freq, tag_of, logs = tokenizer.FREQ, pos.word_tag_tab, _log_probabilities(tokenizer.total)
    words: list[str] = []
    tags: list[str] = []
    # split() with one group alternates: text between runs, a run, text between runs...
    for k, block in enumerate(posseg.re_han_internal.split(sentence)):
        if k % 2:
            _cut_run(block, freq, tag_of, logs, words, tags)
        elif block:
            found_words, found_tags = _cut_between(block)
            words += found_words
            tags += found_tags
    return words, tags


@lru_cache(maxsize=4096)
def _cut_between(block: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Text between runs (punctuation, spaces): each space or line break, and each other character."""
    import jieba.posseg as posseg

    words: list[str] = []
    tags: list[str] = []
    skip, num, eng = posseg.re_skip_internal, posseg.re_num, posseg.re_eng
    for i, x in enumerate(skip.split(block)):
        if i % 2:  # split() with one group: every other piece is a space, newline or \r\n
            words.append(x)
            tags.append("x")
            continue
        english = eng.match(x)  # jieba tests the whole stretch here, not the character
        for xx in x:
            words.append(xx)
            tags.append("m" if num.match(xx) else "eng" if english else "x")
    return tuple(words), tuple(tags)


class _LogProbabilities(dict):
    """log(frequency) - log(total) for each frequency asked for, computed as jieba's ``Tokenizer.calc`` does."""

    def __init__(self, total: int):
        super().__init__()
        self.log_total = log(total)
        self.unknown = log(1) - self.log_total  # a character that is no word: jieba counts it once

    def __missing__(self, frequency: int) -> float:
        value = self[frequency] = log(frequency) - self.log_total
        return value


@lru_cache(maxsize=8)
def _log_probabilities(total: int) -> _LogProbabilities:
    return _LogProbabilities(total)


def _cut_run(run: str, freq: dict, tag_of: dict, logs: _LogProbabilities, words: list, tags: list) -> None:
    """POSTokenizer's ``__cut_DAG``: jieba's ``get_DAG`` and ``calc`` in one backward pass, then the walk."""
    get = freq.get
    n = len(run)
    best = [0.0] * (n + 1)  # best[i]: the log-probability of the best route from i to the end
    route = list(range(1, n + 2))  # route[i]: where the word beginning at i ends
    unknown = logs.unknown
    for start in range(n - 1, -1, -1):
        top = None
        end = start + 1
        f = get(run[start])
        while f is not None:  # every prefix of a word is in FREQ (0 if it is not a word itself)
            if f:
                p = logs[f] + best[end]
                if top is None or p >= top:  # jieba's max() of (p, end) tuples: on a tie the longer word
                    top, top_end = p, end
            if end == n:
                break
            end += 1
            f = get(run[start:end])
        if top is None:
            best[start] = unknown + best[start + 1]
        else:
            best[start], route[start] = top, top_end
    x = single = 0  # characters from ``single`` to ``x`` came one by one: cut them together
    tag = tag_of.get
    while x < n:
        y = route[x]
        if y - x > 1:
            if single < x:
                _cut_singles(run[single:x], get, tag, words, tags)
            word = run[x:y]
            words.append(word)
            tags.append(tag(word, "x"))
            single = y
        x = y
    if single < n:
        _cut_singles(run[single:n], get, tag, words, tags)


def _cut_singles(chars: str, get, tag, words: list, tags: list) -> None:
    """Characters the route took one by one: one character, a dictionary word, or a stretch for the model."""
    if len(chars) == 1:
        words.append(chars)
        tags.append(tag(chars, "x"))
    elif not get(chars):
        found_words, found_tags = _cut_detail(chars)
        words.extend(found_words)
        tags.extend(found_tags)
    else:
        for ch in chars:
            words.append(ch)
            tags.append(tag(ch, "x"))


@lru_cache(maxsize=65536)
def _cut_detail(chars: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """POSTokenizer's ``__cut_detail``: Chinese with the hidden Markov model, numbers ``m``, letters ``eng``."""
    import jieba.posseg as posseg

    words: list[str] = []
    tags: list[str] = []
    han, skip, num, eng = posseg.re_han_detail, posseg.re_skip_detail, posseg.re_num, posseg.re_eng
    for block in han.split(chars):
        if han.match(block):
            states = _viterbi(block)[1]
            begin = after = 0
            for i, ch in enumerate(block):
                position, tag = states[i]
                if position == "B":
                    begin = i
                elif position == "E":
                    words.append(block[begin:i + 1])
                    tags.append(tag)
                    after = i + 1
                elif position == "S":
                    words.append(ch)
                    tags.append(tag)
                    after = i + 1
            if after < len(block):
                words.append(block[after:])
                tags.append(states[after][1])
        else:
            for x in skip.split(block):
                if x:
                    words.append(x)
                    tags.append("m" if num.match(x) else "eng" if eng.match(x) else "x")
    return tuple(words), tuple(tags)


# --- the hidden Markov model -------------------------------------------------------------------------

def install() -> None:
    """Make jieba.posseg's own cut use :func:`viterbi` too (same answers, faster)."""
    import jieba.posseg

    jieba.posseg.viterbi = viterbi


def uninstall() -> None:
    """Give jieba.posseg its own Viterbi back."""
    import jieba.posseg

    jieba.posseg.viterbi = _original()


def _original():
    """jieba's own Viterbi (the module jieba.posseg.viterbi; the name inside jieba.posseg may be ours)."""
    return import_module("jieba.posseg.viterbi").viterbi


def viterbi(obs: str, states, start_p, trans_p, emit_p) -> tuple:
    """jieba.posseg.viterbi's answer: for posseg's own model, computed by :func:`_viterbi` and remembered."""
    import jieba.posseg as posseg

    if (states, start_p, trans_p, emit_p) == (posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P):
        found = _viterbi(obs)
        if found is not None:
            return found
    return _original()(obs, states, start_p, trans_p, emit_p)


class _Model:
    """jieba.posseg's hidden Markov model as arrays, its states numbered in the order ``max()`` compares them."""

    def __init__(self):
        import jieba.posseg as posseg
        import numpy as np
        from jieba.posseg.viterbi import MIN_FLOAT, MIN_INF

        self.names = sorted(posseg.trans_P)
        number = {state: i for i, state in enumerate(self.names)}
        self.start = np.array([posseg.start_P[state] for state in self.names])
        self.trans = np.full((len(self.names),) * 2, MIN_INF)  # jieba's value for a transition it lacks
        self.follows = np.zeros((len(self.names),) * 2, bool)
        for state, row in posseg.trans_P.items():
            for after, p in row.items():
                self.trans[number[state], number[after]] = p
                self.follows[number[state], number[after]] = True
        self.leads = self.follows.any(axis=1)
        self.columns = np.arange(len(self.names))
        self.emissions: dict[str, list] = {}  # character -> the states that emit it, and how likely
        for state, row in posseg.emit_P.items():
            for ch, p in row.items():
                self.emissions.setdefault(ch, []).append((number[state], p))
        self.number, self.min_float, self.char_states = number, MIN_FLOAT, posseg.char_state_tab_P
        self.chars: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def char(self, ch: str) -> tuple[np.ndarray, np.ndarray]:
        """The log-probability of ``ch`` in each state, and which states the model allows it."""
        found = self.chars.get(ch)
        if found is None:
            import numpy as np

            emit = np.full(len(self.names), self.min_float)  # jieba's value for an emission it lacks
            for state, p in self.emissions.get(ch, ()):
                emit[state] = p
            allowed = np.zeros(len(self.names), bool)
            own = self.char_states.get(ch)
            if own is None:
                allowed[:] = True
            else:
                allowed[[self.number[state] for state in own]] = True
            found = self.chars[ch] = (emit, allowed)
        return found


@lru_cache(maxsize=1)
def _model() -> _Model:
    return _Model()


@lru_cache(maxsize=65536)
def _viterbi(obs: str) -> tuple | None:
    """jieba.posseg's viterbi (jieba/posseg/viterbi.py) for its own model, the same answer, ties included:
    the same candidate states at each character, the same sums in the same order, and on equal
    probabilities the greater state (``max()`` of ``(probability, state)`` pairs). None where jieba's fails."""
    import numpy as np

    model = _model()
    emit, allowed = model.char(obs[0])
    last = len(obs) - 1
    # Only states that lead on (that have a transition) can come before the next character: before the last
    # character, the others are dropped at once (jieba drops them at the next character).
    keys = np.flatnonzero(allowed & model.leads if last else allowed)
    values = model.start[keys] + emit[keys]
    steps = []  # for each next character: the states before it, and which of them each of its states came from
    for i in range(1, len(obs)):
        if not len(keys):
            return None  # jieba's max() of nothing fails here
        expected = model.follows.take(keys, 0).any(axis=0)
        emit, allowed = model.char(obs[i])
        possible = expected & allowed
        after = possible if possible.any() else expected
        after = (after & model.leads if i < last else after).nonzero()[0]
        scores = values[:, None] + model.trans.take(keys, 0).take(after, 1)
        scores += emit[after]
        rows = len(keys) - 1 - scores[::-1].argmax(axis=0)  # the last of equal maxima: the greater state
        values = scores[rows, model.columns[:len(after)]]
        steps.append((keys, rows))
        keys = after
    at = len(keys) - 1 - values[::-1].argmax()
    prob, route = float(values[at]), [model.names[keys[at]]]
    for before, rows in reversed(steps):
        at = rows[at]
        route.append(model.names[before[at]])
    return prob, route[::-1]
