"""Word-boundary questions about a text, answered from the segmentation of record.

:class:`Text` holds a text's tokens as :func:`helpers.segment.paragraph_tokens` gives them (jieba's
part-of-speech cut over the domain dictionary, the same tokens as ``corpus.tokens``) and answers the
questions helpers.regions and helpers.quotes ask: does a word begin here, which token covers this
position, what follows.

>>> Text("吴群刚说：“川渝两地要加强合作。”").pairs()[:2]
[('吴群刚', 'nr'), ('说', 'v')]
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from .segment import HAN_RUN, _packed, _pos_tokenizer, tokenizer

NAME_TAGS = {"nr", "nrt", "nrfg", "ns", "nt", "nz", "j"}
_RUN = re.compile(HAN_RUN)


class Token(NamedTuple):
    """A token of the segmentation of record: ``word`` is ``text[start:end]``. (A named tuple: the matcher
    makes tens of thousands of them per million characters, twice as fast to make as a frozen dataclass.)"""

    word: str
    tag: str
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


def base_tokenizer():
    """jieba's own dictionary, without the domain words: for :func:`_inner_boundaries`."""
    return tokenizer(False)


def posseg_tokenizer():
    """The part-of-speech tokenizer of the segmentation of record (the domain dictionary, words added)."""
    return _pos_tokenizer(True)


def dictionary_state(pos) -> tuple:
    """Changes whenever words are added to the tokenizer: part of the key of results kept in memory."""
    return (pos.tokenizer.total, len(pos.tokenizer.FREQ), len(pos.word_tag_tab))


class Text:
    """A text with its tokens (the segmentation of record), and the word-boundary questions the matcher asks.
    Every token is a slice of the text (``word`` is ``text[start:end]``), so offsets add up."""

    def __init__(self, text: str):
        self.text = text
        self.length = len(text)
        words, tags = _packed(text)
        self._words = words.split("\x00") if text else []
        self._tags = tags.split(" ") if text else []
        self._starts = list(accumulate(map(len, self._words), initial=0))[:-1]
        self._start_set = set(self._starts)
        self.candidates: list[int] | None = None  # set by the matcher
        self.context: set[str] = set()  # the places settled around the text (its article): set by the matcher

    @property
    def tokens(self) -> list[Token]:
        """Every token, left to right."""
        return [self._token(k) for k in range(len(self._words))]

    def _token(self, k: int) -> Token:
        start = self._starts[k]
        return Token(self._words[k], self._tags[k], start, start + len(self._words[k]))

    def is_start(self, pos: int) -> bool:
        """True if a token begins at ``pos`` (or ``pos`` is the end of the text)."""
        return pos == self.length or pos in self._start_set

    def token_at(self, pos: int) -> Token | None:
        """The token covering ``pos``, or None outside the text."""
        if not 0 <= pos < self.length:
            return None
        return self._token(bisect_right(self._starts, pos) - 1)

    def tokens_from(self, pos: int, count: int):
        """The token covering ``pos`` and the ones after it, ``count`` tokens at most."""
        if not 0 <= pos < self.length:
            return iter(())
        first = bisect_right(self._starts, pos) - 1
        return (self._token(k) for k in range(first, min(first + count, len(self._words))))

    def pairs_from(self, pos: int, count: int):
        """``(word, tag)`` of the token covering ``pos`` and of the ones after it, ``count`` tokens at most (as
        :meth:`tokens_from`, without making tokens)."""
        if not 0 <= pos < self.length:
            return iter(())
        first = bisect_right(self._starts, pos) - 1
        return zip(self._words[first:first + count], self._tags[first:first + count])

    def pairs(self, uncut=None) -> list[tuple[str, str]]:
        """Every token as ``(word, tag)``, left to right.

        ``uncut(start, end)``: a run of Han characters, letters and digits for which it is true is given as
        one ``(run, "x")`` pair (for a caller that has no use for the words inside it).
        """
        pairs = list(zip(self._words, self._tags))
        if uncut is None:
            return pairs
        skipped = [(m.start(), m.end()) for m in _RUN.finditer(self.text) if uncut(m.start(), m.end())]
        out, k, n = [], 0, len(pairs)
        for start, end in skipped:
            while k < n and self._starts[k] < start:
                out.append(pairs[k])
                k += 1
            out.append((self.text[start:end], "x"))
            while k < n and self._starts[k] < end:
                k += 1
        return out + pairs[k:]

    def boundary(self, pos: int) -> bool:
        """True if a word may begin or end at ``pos``."""
        if self.is_start(pos):
            return True
        token = self.token_at(pos)
        return token is not None and token.tag in NAME_TAGS and pos - token.start in _inner_boundaries(token.word)

    def rest_of_token(self, pos: int) -> str:
        """The part of the token that ``pos`` falls inside, from ``pos`` on ('' at a token boundary)."""
        if self.is_start(pos):
            return ""
        token = self.token_at(pos)
        return token.word[pos - token.start:] if token else ""

    def next_word(self, pos: int) -> str:
        """What follows ``pos``: the rest of its token, or the next token."""
        rest = self.rest_of_token(pos)
        if rest:
            return rest
        token = self.token_at(pos)
        return token.word if token else ""
