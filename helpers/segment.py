"""Word segmentation with jieba, set up once per process for this genre.

Chinese is written without spaces, so every count of "words" depends on a segmenter. We use
jieba with a domain dictionary (``helpers/data/domain_dict.txt``) that keeps the genre's
formulations and the names in the corpus whole:

>>> from helpers import cut
>>> cut("四川省科技厅党组书记、厅长吴群刚说")
['四川省', '科技厅', '党组书记', '、', '厅长', '吴群刚', '说']
>>> cut("吴群刚说", domain=False)       # jieba's own dictionary splits the name
['吴群', '刚', '说']

习近平总书记 is deliberately two tokens, 习近平 + 总书记: the name and the title are separate
facts (the third article calls him 习近平主席), and counting 习近平 should count every mention.

jieba's log is silenced and its prefix-dictionary cache lives in a per-user cache directory
(not the shared /tmp/jieba.cache, which another user on a server may own).
"""
from __future__ import annotations

import hashlib
import logging
import multiprocessing
import pickle
import re
import sys
import warnings
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path

import pandas as pd
from platformdirs import user_cache_dir

from .cache import write_atomically

DATA = Path(__file__).resolve().parent / "data"
CACHE_DIR = Path(user_cache_dir("zh-news-notebooks"))
# A token with no Chinese character, letter or digit in it is punctuation or space.
CONTENT = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")
NUMBER = re.compile(r"[0-9０-９.．%％]+")
LATIN = re.compile(r"[A-Za-z][A-Za-z0-9.\-]*")
TOKENS_VERSION = "1"  # bump when the tokens table changes shape, to ignore old cached files
_ADDED: list[str] = []  # words added this session: part of the cache key
HAN_RUN = "([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-\u00b7\u30fb]+)"


def read_list(name: str) -> list[str]:
    """The entries of a data file in ``helpers/data``, without its ``#`` comment lines."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def domain_entries() -> pd.DataFrame:
    """The domain dictionary as a table: ``word``, ``freq`` (or None), ``tag``."""
    rows = []
    for entry in read_list("domain_dict.txt"):
        word, *rest = entry.split()
        freq = next((int(x) for x in rest if x.isdigit()), None)
        tag = next((x for x in rest if not x.isdigit()), None)
        rows.append({"word": word, "freq": freq, "tag": tag})
    return pd.DataFrame(rows, columns=["word", "freq", "tag"])


def _quiet_jieba():
    """Import jieba without its start-up chatter on stderr."""
    with warnings.catch_warnings():
        # jieba 0.42 imports pkg_resources, which newer setuptools flags as deprecated.
        warnings.simplefilter("ignore")
        import jieba
        import jieba.posseg
    jieba.setLogLevel(logging.WARNING)
    # Transliterated foreign names are joined by the interpunct (米歇尔·布兰); jieba's patterns for
    # "a run of Chinese text" leave it out and so cut every such name in two.
    jieba.re_han_default = re.compile(HAN_RUN, re.U)
    jieba.posseg.re_han_internal = re.compile(HAN_RUN)
    return jieba


@lru_cache(maxsize=None)
def tokenizer(domain: bool = True):
    """The process-wide jieba tokenizer, with (default) or without the domain dictionary."""
    jieba = _quiet_jieba()
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    tok = jieba.Tokenizer()
    tok.tmp_dir = str(CACHE_DIR)
    tok.initialize()
    if domain:
        for row in domain_entries().itertuples():
            tok.add_word(row.word, None if pd.isna(row.freq) else int(row.freq), row.tag)
    return tok


@lru_cache(maxsize=None)
def _pos_tokenizer(domain: bool = True):
    jieba = _quiet_jieba()
    # POSTokenizer(...) would read jieba's 350,000-line dictionary again for the tags that
    # importing jieba.posseg has just read: share a copy of those instead.
    pos = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    pos.tokenizer, pos.word_tag_tab = tokenizer(domain), dict(jieba.posseg.dt.word_tag_tab)
    return pos


def add_words(*words: str, tag: str | None = None) -> None:
    """Add words to the domain dictionary for this session (reload a corpus to re-segment it).

    >>> add_words("泰勒", tag="nr")
    """
    for word in words:
        tokenizer(True).add_word(word, None, tag)
        _ADDED.append(f"{word} {tag}")


def cut(text: str, domain: bool = True) -> list[str]:
    """Segment ``text`` into a list of tokens (punctuation included, whitespace dropped).

    >>> cut("推动西部大开发形成新格局")
    ['推动', '西部大开发', '形成', '新格局']
    """
    return [t for t in tokenizer(domain).lcut(text) if t.strip()]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The shipped stopword list (``helpers/data/stopwords.txt``)."""
    return frozenset(read_list("stopwords.txt"))


def is_stopword(token: str) -> bool:
    """True for a listed stopword, punctuation, a bare number or whitespace.

    >>> is_stopword("的"), is_stopword("，"), is_stopword("2024"), is_stopword("西部大开发")
    (True, True, True, False)
    """
    return token in stopwords() or not CONTENT.search(token) or token.isdigit()


def tag(word: str, tags: dict) -> str:
    """jieba's part-of-speech tag for a word: its dictionary tag, else ``m`` (number), ``eng``
    (Latin letters), ``x`` (punctuation) or ``un`` (a word jieba's model found but no dictionary has)."""
    found = tags.get(word)
    if found:
        return found
    if NUMBER.fullmatch(word):
        return "m"
    if not CONTENT.search(word):
        return "x"
    return "eng" if LATIN.fullmatch(word) else "un"


def segment_texts(texts: list[str], domain: bool = True) -> list[list[tuple[str, str]]]:
    """``(word, tag)`` pairs for each text, whitespace included so that lengths add up.

    Words come from jieba's cut (with its model for unknown words) and tags from the dictionaries:
    three times faster than jieba.posseg, which runs a second model only to tag unknown words.
    """
    pos = _pos_tokenizer(domain)
    pos.makesure_userdict_loaded()
    cutter, tags = tokenizer(domain), pos.word_tag_tab
    return [[(w, tag(w, tags)) for w in cutter.cut(text)] for text in texts]


def _cache_key(texts: list[str], domain: bool) -> str:
    digest = hashlib.sha256()
    for part in (TOKENS_VERSION, str(domain), (DATA / "domain_dict.txt").read_text(encoding="utf-8"),
                 (DATA / "stopwords.txt").read_text(encoding="utf-8"),
                 "\x00".join(_ADDED), *texts):
        digest.update(part.encode("utf-8") + b"\x01")
    return digest.hexdigest()[:32]


def _segment_cached(texts: list[str], domain: bool) -> list[tuple[str, str]]:
    """segment_texts for one file, packed as two strings per text (words joined by NUL, tags by
    space: cheap to send between processes) and remembered on disk for the next run."""
    path = CACHE_DIR / "tokens" / f"{_cache_key(texts, domain)}.pickle"
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except (OSError, EOFError, pickle.UnpicklingError):
        pass
    result = [("\x00".join(w for w, _ in pairs), " ".join(t for _, t in pairs))
              for pairs in segment_texts(texts, domain)]
    write_atomically(path, result)
    return result


def tokens_of(paragraphs, domain: bool = True, workers: int = 1) -> pd.DataFrame:
    """Tokens with part of speech and file offsets, for :attr:`helpers.corpus.Corpus.tokens`.

    Cached in the user's cache directory, per file and for the whole table: a second run over the
    same corpus reads it back. ``workers=2`` segments files in two processes (for large corpora;
    the report command uses it).
    """
    corpus_key = _cache_key([repr((p.paragraph, p.file, p.line, p.article, p.kind, p.start, p.pieces, p.text,
                                   p.original)) for p in paragraphs], domain)
    cached = CACHE_DIR / "tokens" / f"corpus-{corpus_key}.pickle"
    try:
        return pd.read_pickle(cached)
    except (OSError, EOFError, pickle.UnpicklingError):
        pass
    by_file: dict[str, list] = {}
    for p in paragraphs:
        by_file.setdefault(p.file, []).append(p)
    jobs = [[p.text for p in ps] for ps in by_file.values()]
    if workers > 1 and len(jobs) > 1:
        tokenizer(domain), _pos_tokenizer(domain).makesure_userdict_loaded()  # load once, before forking
        context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            results = list(pool.map(_segment_cached, jobs, [domain] * len(jobs), chunksize=8))
    else:
        results = [_segment_cached(texts, domain) for texts in jobs]
    tables = [_table(ps, segmented) for ps, segmented in zip(by_file.values(), results)]
    columns = ["paragraph", "file", "line", "article", "kind", "token", "pos", "start", "end", "original"]
    table = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=columns)
    unique = table["token"].unique()  # a corpus repeats its words: decide each word once
    table["is_stop"] = table["token"].map(dict(zip(unique, map(is_stopword, unique)))).astype(bool)
    write_atomically(cached, table)
    return table


def _table(paragraphs, segmented) -> pd.DataFrame:
    """The tokens of one file's paragraphs as columns (built in bulk: a corpus has millions)."""
    index, words, tags, positions = [], [], [], []
    for i, (packed_words, packed_tags) in enumerate(segmented):
        at = 0
        for word, pos in zip(packed_words.split("\x00"), packed_tags.split(" ")):
            if word.strip():
                index.append(i)
                words.append(word)
                tags.append(pos)
                positions.append(at)
            at += len(word)
    def per_token(values):
        return [values[i] for i in index]
    starts = [paragraphs[i].file_offset(at) if len(paragraphs[i].pieces) > 1 else paragraphs[i].start + at
              for i, at in zip(index, positions)]
    converted = [p.original != p.text for p in paragraphs]  # once per paragraph, not per token
    originals = [paragraphs[i].original[at:at + len(w)] if converted[i] else w
                 for i, at, w in zip(index, positions, words)]
    return pd.DataFrame({
        "paragraph": per_token([p.paragraph for p in paragraphs]),
        "file": per_token([p.file for p in paragraphs]),
        "line": per_token([p.line for p in paragraphs]),
        "article": per_token([p.article for p in paragraphs]),
        "kind": per_token([p.kind for p in paragraphs]),
        "token": words, "pos": tags, "start": starts,
        "end": [s + len(w) for s, w in zip(starts, words)],
        "original": originals,
    })


def clear_cache() -> None:
    """Forget every cached segmentation (they are rebuilt on the next run)."""
    for path in (CACHE_DIR / "tokens").glob("*.pickle"):
        path.unlink(missing_ok=True)


def dictionary_changes(corpus, kinds=("body", "heading", "title", "subtitle")) -> pd.DataFrame:
    """Words that the domain dictionary keeps whole and jieba's own dictionary cuts up.

    One row per word: ``token`` (as the domain dictionary cuts it), ``default`` (how jieba alone
    cuts the same stretch of text, pieces joined by /) and ``count``.

    >>> from helpers import load_corpus
    >>> changes = dictionary_changes(load_corpus())
    >>> changes.set_index("token").loc["吴群刚", "default"]
    '吴群/刚'
    """
    found: Counter = Counter()
    for text in corpus.paragraphs.loc[corpus.paragraphs["kind"].isin(kinds), "text"]:
        plain = _spans(tokenizer(False).lcut(text))
        starts = {start: (start, end, word) for start, end, word in plain}
        ends = {end for _, end, _ in plain}
        for start, end, word in _spans(tokenizer(True).lcut(text)):
            if not CONTENT.search(word) or (start in starts and starts[start][1] == end):
                continue  # jieba alone cuts this word the same way
            pieces = [w for s, e, w in plain if s < end and e > start]
            if start in starts and end in ends:
                found[(word, "/".join(pieces))] += 1
            else:
                found[(word, "/".join(pieces) + " (boundaries differ)")] += 1
    rows = [{"token": w, "default": d, "count": n} for (w, d), n in found.items()]
    return (pd.DataFrame(rows, columns=["token", "default", "count"])
            .sort_values(["count", "token"], ascending=[False, True]).reset_index(drop=True))


def _spans(words: list[str]) -> list[tuple[int, int, str]]:
    spans, at = [], 0
    for word in words:
        spans.append((at, at + len(word), word))
        at += len(word)
    return spans
