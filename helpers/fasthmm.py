"""A faster hidden Markov model for jieba's part-of-speech cut, with the same answers.

jieba.posseg cuts a stretch of characters its dictionary does not know (a new name, a new term) with a
hidden Markov model of 256 states (position in the word x part of speech), and its Viterbi search tries
every pair of states at every character, although only a fifth of the pairs are transitions the model has.
:func:`viterbi` walks only those, breaks ties as the original does, and remembers the answer for a
stretch it has seen (news repeats its names). It replaces ``jieba.posseg.viterbi`` (a name inside jieba,
not part of its documented API) when :func:`install` is called, which helpers.segment does when
``helpers.segment.FAST_HMM`` is true (the default): segmenting 300,000 characters of 新闻联播 transcripts
then takes 6.7 s instead of 13.3 s, and the analyses that read it 11.4 s instead of 18.0 s (README,
"Segmentation decisions"; ``benchmarks/segmentation.py``).
``tests/test_segment.py`` checks that the tokens are exactly those of jieba's own Viterbi.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import import_module


def install() -> None:
    """Make jieba.posseg use :func:`viterbi` (same answers, faster)."""
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
        return _viterbi(obs)
    return _original()(obs, states, start_p, trans_p, emit_p)


@lru_cache(maxsize=65536)
def _viterbi(obs: str) -> tuple:
    """jieba.posseg's viterbi (jieba/posseg/viterbi.py) with the same answer, ties included, but walking
    only the state transitions that exist."""
    import jieba.posseg as posseg
    from jieba.posseg.viterbi import MIN_FLOAT

    states, start_p, trans_p, emit_p = posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P
    all_states = trans_p.keys()
    V = {y: start_p[y] + emit_p[y].get(obs[0], MIN_FLOAT) for y in states.get(obs[0], all_states)}
    paths = [dict.fromkeys(V, "")]
    for t in range(1, len(obs)):
        previous = [x for x in V if trans_p[x]]
        if not previous:  # the original fails here (max() of nothing): let it
            return _original()(obs, states, start_p, trans_p, emit_p)
        expected = set()
        for x in previous:
            expected.update(trans_p[x])
        possible = set(states.get(obs[t], all_states)) & expected or expected
        emit = {y: emit_p[y].get(obs[t], MIN_FLOAT) for y in possible}
        best: dict = {}
        came: dict = {}
        for y0 in previous:
            v0 = V[y0]
            for y, p in trans_p[y0].items():
                if y in emit:
                    prob = v0 + p + emit[y]
                    known = best.get(y)
                    # max() over (prob, y0) pairs: on equal probabilities the greater state wins
                    if known is None or prob > known or (prob == known and y0 > came[y]):
                        best[y], came[y] = prob, y0
        V = best
        paths.append(came)
    prob, state = max((p, y) for y, p in V.items())
    route = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = paths[i][state]
    return prob, route
