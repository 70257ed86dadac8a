"""Every call the quotation stages make to the segmenter, in one place.

The stages need three things from jieba: its part-of-speech cut of a piece of text (names are tagged
``nr``…), whether a word is an entry of its dictionary (jieba tags many common nouns there as names:
麦苗 nr, so a bare one is no evidence of a person), and a plain cut for comparing wordings (echoes). The
package's segmentation of record can be plugged in here alone: nothing else in ``helpers.quotes``
imports jieba, ``helpers.wordcut`` or ``helpers.segment``'s cut.

>>> pos_pairs("村民刘建国说")[-1]
('说', 'v')
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache


@lru_cache(maxsize=1)
def _wordcut():
    """:mod:`helpers.wordcut`, imported when first needed (the stages ask tens of thousands of times: an import
    statement each time costs more than the look-up it serves)."""
    from .. import wordcut

    return wordcut


@lru_cache(maxsize=1)
def _posseg():
    """:mod:`jieba.posseg`, imported when first needed."""
    import jieba.posseg

    return jieba.posseg


def pos_pairs(text: str, keep_whole: Callable[[int, int], bool] | None = None) -> list[tuple[str, str]]:
    """jieba's part-of-speech cut of ``text`` with the domain dictionary, as ``(word, tag)`` pairs.

    ``keep_whole(start, end)``: a run of Han characters for which it is true may be returned uncut as
    one ``(run, "x")`` pair (the caller has no use for its words: a run inside quotation marks).
    """
    return _wordcut().Text(text).pairs(uncut=keep_whole)


def dictionary_word(word: str) -> bool:
    """``word`` is an entry of jieba's own dictionary (not a name its model put together)."""
    _wordcut().posseg_tokenizer()
    return word in _posseg().dt.word_tag_tab


def dictionary_name_at(text: str, at: int, longest: int = 5) -> str:
    """The longest entry of jieba's own dictionary that it tags as a name (nr…), of two characters or more, opening
    ``text`` at ``at`` (国务院总理|李强, 种植户|李俊): look-ups only, no cut; "" where none opens there."""
    _wordcut().posseg_tokenizer()
    tags = _posseg().dt.word_tag_tab
    return next((text[at:at + n] for n in range(longest, 1, -1)
                 if at + n <= len(text) and tags.get(text[at:at + n], "").startswith("nr")), "")


def tagged_as_name(text: str) -> bool:
    """jieba reads ``text`` as one personal name."""
    words = pos_pairs(text)
    return len(words) == 1 and words[0][1].startswith("nr")


def content_words(text: str) -> list[str]:
    """The words of ``text`` with letters or Chinese characters, stopwords included (for word pairs)."""
    from ..segment import CONTENT, cut

    return [w for w in cut(text) if CONTENT.search(w)]


def is_stopword(word: str) -> bool:
    """``word`` is in the package's stopword list."""
    from ..segment import is_stopword as stop

    return stop(word)


def dictionary_key() -> tuple:
    """What identifies the segmenter's dictionaries now (part of the key of cached place look-ups)."""
    wordcut = _wordcut()
    return wordcut.dictionary_state(wordcut.posseg_tokenizer())


def load() -> None:
    """Load the dictionaries once, before work is shared out to forked processes."""
    from ..regions import preload

    preload()
