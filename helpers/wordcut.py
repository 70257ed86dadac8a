"""jieba's part-of-speech cut, computed faster with the same results.

posseg cuts a text as a sequence of independent pieces: each run of Han characters, letters and digits
(its re_han_internal, which helpers.segment widens to keep 米歇尔·布兰 whole) is cut on its own, and every
character between runs is a token of its own. Inside a run, the dictionary's best route gives the words;
a stretch the route leaves in single characters goes, as a whole, to posseg's hidden Markov model
(the expensive part). The functions below are posseg's code, split so that a run is cut only when a
question is asked about it (:class:`Text`, used by helpers.regions and helpers.quotes) and an unknown
stretch only when a question falls inside it; the runs cut are kept, and the hidden Markov model walks
only the transitions that exist. tests/test_wordcut.py checks that the tokens are exactly posseg's.

>>> Text("吴群刚说：“川渝两地要加强合作。”").pairs()[:2]  # doctest: +SKIP
[('吴群刚', 'nr'), ('说', 'v')]
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .segment import _pos_tokenizer, tokenizer

NAME_TAGS = {"nr", "nrt", "nrfg", "ns", "nt", "nz", "j"}


@dataclass
class Token:
    word: str
    tag: str
    start: int
    end: int


@dataclass
class _Unknown:
    """A stretch of a run that jieba's dictionary leaves in single characters: posseg's hidden Markov
    model cuts and tags it, but only if a question about it is asked."""

    word: str
    start: int
    end: int


@lru_cache(maxsize=4096)
def _inner_boundaries(word: str) -> frozenset[int]:
    """Positions inside a glued name token where jieba's base dictionary sees a word boundary.

    The pieces of jieba's base segmentation (without HMM) and, inside longer pieces, the dictionary's two-
    and three-character words: 中国式现代化 -> 中国 | 式 | 现代化, 吉林长春 -> 吉林 | 长春.
    """
    base = base_tokenizer()
    cuts, at = {0, len(word)}, 0
    for piece in base.lcut(word, HMM=False):
        for n in (2, 3):
            if len(piece) > n:
                for i in range(len(piece) - n + 1):
                    if base.FREQ.get(piece[i:i + n]):
                        cuts.update((at + i, at + i + n))
        at += len(piece)
        cuts.add(at)
    return frozenset(cuts)


class _BaseFrequencies:
    """The domain tokenizer's word frequencies with the words added to it read as jieba's dict.txt has them."""

    def __init__(self, domain: dict, base: dict):
        self.domain, self.base = domain, base

    def __contains__(self, word) -> bool:
        return word in self.domain

    def __getitem__(self, word):
        return self.base[word] if word in self.base else self.domain[word]

    def get(self, word, default=None):
        if word in self.base:
            return self.base[word]
        return self.domain.get(word, default)


_base: dict = {}


def base_tokenizer():
    """jieba's own dictionary, without the domain words: for :func:`_inner_boundaries`.

    The domain tokenizer is jieba's dictionary plus the domain words and the words added this session;
    read with those words set back to their entries in jieba's dict.txt (a word jieba does not have counts
    as frequency 0, which its segmentation treats as absent), it segments exactly as jieba's own, without
    loading a second dictionary (half a second, 70 MB). If its total is not dict.txt's plus the added
    words' (the tokenizer was changed some other way), jieba's own dictionary is loaded after all.
    """
    import jieba

    from . import segment

    domain = tokenizer(True)
    key = (domain.total, len(domain.FREQ), tuple(segment._ADDED))
    if _base.get("key") != key:
        added = list(segment.domain_entries()["word"]) + [entry.rsplit(" ", 1)[0] for entry in segment._ADDED]
        view = None
        try:
            base, total = _dictionary_entries(set(added))
            if domain.total - total == sum(domain.FREQ.get(word, 0) for word in added):
                view = jieba.Tokenizer()
                view.FREQ, view.total, view.initialized = _BaseFrequencies(domain.FREQ, base), total, True
        except (OSError, ValueError):
            pass
        _base.update(key=key, tokenizer=view or tokenizer(False))
    return _base["tokenizer"]


def _dictionary_entries(words: set[str]) -> tuple[dict[str, int], int]:
    """The frequencies jieba's dict.txt gives ``words`` (0 if it has none) and its total, read as jieba
    reads the file (``Tokenizer.gen_pfdict``)."""
    import os

    import jieba

    found, total = dict.fromkeys(words, 0), 0
    with open(os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME), "rb") as f:
        for line in f:
            word, freq = line.strip().decode("utf-8").split(" ")[:2]
            freq = int(freq)
            total += freq
            if word in found:
                found[word] = freq
    return found, total


def posseg_tokenizer():
    """The part-of-speech tokenizer over the domain dictionary, with the words added this session."""
    pos = _pos_tokenizer(True)
    pos.makesure_userdict_loaded()
    return pos


def dictionary_state(pos) -> tuple:
    """Changes whenever words are added to the tokenizer: part of the key of the cut runs kept."""
    return (pos.tokenizer.total, len(pos.tokenizer.FREQ), len(pos.word_tag_tab))


_RUN_CACHE_SIZE = 8192
_runs: dict = {}  # (run, dictionary state) -> its route; a bounded first-in-first-out cache


def _cut_run(run: str) -> tuple:
    """``(offset, word, tag)`` for each word of a run of Han characters, letters and digits, as posseg's
    ``__cut_DAG`` cuts it; ``tag`` is None for a stretch left to the hidden Markov model (:func:`_cut_unknown`)."""
    pos = posseg_tokenizer()
    key = (run, dictionary_state(pos))
    cached = _runs.get(key)
    if cached is not None:
        return cached
    tok, tags = pos.tokenizer, pos.word_tag_tab
    route: dict = {}
    tok.calc(run, tok.get_DAG(run), route)
    out: list = []

    def flush(buf: str, at: int) -> None:
        if len(buf) == 1:
            out.append((at, buf, tags.get(buf, "x")))
        elif not tok.FREQ.get(buf):
            out.append((at, buf, None))
        else:
            out.extend((at + k, ch, tags.get(ch, "x")) for k, ch in enumerate(buf))

    x, n, buf = 0, len(run), ""
    while x < n:
        y = route[x][1] + 1
        if y - x == 1:
            buf += run[x]
        else:
            if buf:
                flush(buf, x - len(buf))
                buf = ""
            word = run[x:y]
            out.append((x, word, tags.get(word, "x")))
        x = y
    if buf:
        flush(buf, n - len(buf))
    result = tuple(out)
    if _RUN_CACHE_SIZE:
        if len(_runs) >= _RUN_CACHE_SIZE:
            del _runs[next(iter(_runs))]
        _runs[key] = result
    return result


def _viterbi(obs: str) -> tuple:
    """jieba.posseg's viterbi (jieba/posseg/viterbi.py) with the same answer, ties included, but walking
    only the state transitions that exist (a fifth of the pairs the original tries)."""
    import jieba.posseg as posseg
    from jieba.posseg.viterbi import MIN_FLOAT, viterbi

    states, start_p, trans_p, emit_p = posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P
    all_states = trans_p.keys()
    V = {y: start_p[y] + emit_p[y].get(obs[0], MIN_FLOAT) for y in states.get(obs[0], all_states)}
    paths = [dict.fromkeys(V, "")]
    for t in range(1, len(obs)):
        previous = [x for x in V if trans_p[x]]
        if not previous:  # the original fails here (max() of nothing): let it
            return viterbi(obs, states, start_p, trans_p, emit_p)
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


def _hmm_words(sentence: str):
    """posseg's ``__cut`` over :func:`_viterbi`."""
    _, pos_list = _viterbi(sentence)
    begin, nexti = 0, 0
    for i, char in enumerate(sentence):
        pos = pos_list[i][0]
        if pos == "B":
            begin = i
        elif pos == "E":
            yield sentence[begin:i + 1], pos_list[i][1]
            nexti = i + 1
        elif pos == "S":
            yield char, pos_list[i][1]
            nexti = i + 1
    if nexti < len(sentence):
        yield sentence[nexti:], pos_list[nexti][1]


@lru_cache(maxsize=16384)
def _cut_unknown(buf: str) -> tuple:
    """``(word, tag)`` pairs for a stretch of unknown characters: posseg's ``__cut_detail`` (its hidden
    Markov model is fixed: the answer does not depend on the dictionary)."""
    import jieba.posseg as posseg

    out = []
    for blk in posseg.re_han_detail.split(buf):
        if posseg.re_han_detail.match(blk):
            out.extend(_hmm_words(blk))
        else:
            for x in posseg.re_skip_detail.split(blk):
                if x:
                    out.append((x, "m" if posseg.re_num.match(x) else "eng" if posseg.re_eng.match(x) else "x"))
    return tuple(out)


def _cut_between(piece: str) -> list:
    """``(offset, word, tag)`` for the characters between runs, as posseg's ``__cut_internal`` tags them."""
    import jieba.posseg as posseg

    out, at = [], 0
    for x in posseg.re_skip_internal.split(piece):
        if posseg.re_skip_internal.match(x):
            out.append((at, x, "x"))
            at += len(x)
        else:
            for xx in x:
                tag = "m" if posseg.re_num.match(xx) else "eng" if posseg.re_eng.match(x) else "x"
                out.append((at, xx, tag))
                at += 1
    return out


class Text:
    """A text with its jieba tokens (``jieba.posseg``, cut piece by piece as questions need them), and the
    word-boundary questions the matcher asks."""

    def __init__(self, text: str):
        import jieba.posseg as posseg

        posseg_tokenizer()  # imports jieba with helpers.segment's wider runs
        self.text = text
        self.length = len(text)
        pieces, at = [], 0
        for m in posseg.re_han_internal.finditer(text):
            if m.start() > at:
                pieces.append((at, m.start(), False))
            pieces.append((m.start(), m.end(), True))
            at = m.end()
        if at < len(text):
            pieces.append((at, len(text), False))
        self._pieces = pieces
        self._piece_starts = [start for start, _, _ in pieces]
        self._items: list = [None] * len(pieces)  # per piece, once cut: its _Tokens and _Unknowns
        self._item_starts: list = [None] * len(pieces)
        self.candidates: list[int] | None = None  # set by the matcher

    # cutting, lazily
    def _cut(self, i: int) -> list:
        items = self._items[i]
        if items is None:
            start, end, run = self._pieces[i]
            piece = self.text[start:end]
            items = [Token(word, tag, start + at, start + at + len(word)) if tag is not None
                     else _Unknown(word, start + at, start + at + len(word))
                     for at, word, tag in (_cut_run(piece) if run else _cut_between(piece))]
            self._items[i] = items
            self._item_starts[i] = [item.start for item in items]
        return items

    def _resolve(self, i: int, k: int) -> None:
        unknown = self._items[i][k]
        tokens, at = [], unknown.start
        for word, tag in _cut_unknown(unknown.word):
            tokens.append(Token(word, tag, at, at + len(word)))
            at += len(word)
        self._items[i][k:k + 1] = tokens
        self._item_starts[i][k:k + 1] = [token.start for token in tokens]

    def _locate(self, pos: int) -> tuple[int, int]:
        """(piece, item) of the token covering ``0 <= pos < len(text)``."""
        i = bisect_right(self._piece_starts, pos) - 1
        self._cut(i)
        k = bisect_right(self._item_starts[i], pos) - 1
        if type(self._items[i][k]) is _Unknown:
            self._resolve(i, k)
            k = bisect_right(self._item_starts[i], pos) - 1
        return i, k

    def is_start(self, pos: int) -> bool:
        """True if a token begins at ``pos`` (or ``pos`` is the end of the text)."""
        if pos == self.length:
            return True
        if not 0 <= pos < self.length:
            return False
        i = bisect_right(self._piece_starts, pos) - 1
        if self._piece_starts[i] == pos:
            return True
        self._cut(i)
        k = bisect_right(self._item_starts[i], pos) - 1
        if self._item_starts[i][k] == pos:
            return True
        if type(self._items[i][k]) is _Unknown:
            self._resolve(i, k)
            k = bisect_right(self._item_starts[i], pos) - 1
            return self._item_starts[i][k] == pos
        return False

    def token_at(self, pos: int) -> Token | None:
        if not 0 <= pos < self.length:
            return None
        i, k = self._locate(pos)
        return self._items[i][k]

    def tokens_from(self, pos: int, count: int):
        """The token covering ``pos`` and the ones after it, ``count`` tokens at most."""
        while count > 0 and 0 <= pos < self.length:
            token = self.token_at(pos)
            yield token
            pos, count = token.end, count - 1

    def pairs(self, uncut=None) -> list[tuple[str, str]]:
        """Every token as ``(word, tag)``: the same list as ``jieba.posseg``'s cut of the whole text.

        ``uncut(start, end)``: a run of Han characters, letters and digits for which it is true is left
        uncut, as one ``(run, "x")`` pair (for a caller that has no use for the words inside it).
        """
        out = []
        for i, (start, end, run) in enumerate(self._pieces):
            if run and uncut is not None and uncut(start, end):
                out.append((self.text[start:end], "x"))
                continue
            items, k = self._cut(i), 0
            while k < len(items):
                if type(items[k]) is _Unknown:
                    self._resolve(i, k)
                    items = self._items[i]
                    continue
                out.append((items[k].word, items[k].tag))
                k += 1
        return out

    def boundary(self, pos: int) -> bool:
        """True if a word may begin or end at ``pos``."""
        if self.is_start(pos):
            return True
        token = self.token_at(pos)
        return token.tag in NAME_TAGS and pos - token.start in _inner_boundaries(token.word)

    def rest_of_token(self, pos: int) -> str:
        """The part of the token that ``pos`` falls inside, from ``pos`` on ('' at a token boundary)."""
        if self.is_start(pos):
            return ""
        token = self.token_at(pos)
        return token.word[pos - token.start:]

    def next_word(self, pos: int) -> str:
        """What follows ``pos``: the rest of its token, or the next token."""
        rest = self.rest_of_token(pos)
        if rest:
            return rest
        token = self.token_at(pos)
        return token.word if token else ""
