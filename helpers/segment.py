"""Word segmentation with jieba, set up once per process for this genre.

Chinese is written without spaces, so every count of "words" depends on a segmenter. We use
jieba with a domain dictionary (``helpers/data/domain_dict.txt``) that keeps the genre's
formulations and the names in the corpus whole:

>>> from helpers import cut
>>> cut("四川省科技厅党组书记、厅长吴群刚说")
['四川省', '科技厅', '党组书记', '、', '厅长', '吴群刚', '说']
>>> cut("发展新质生产力", domain=False)   # jieba's own dictionary splits the formulation
['发展', '新质', '生产力']

Every analysis reads one segmentation, the *segmentation of record*: jieba's part-of-speech cut
(``jieba.posseg``, whose hidden Markov model also finds and tags words no dictionary has, such as most
people's names) over the domain dictionary. ``cut``, ``corpus.tokens`` (and so themes), regions and quotes
all read it, through :func:`paragraph_tokens` (one text) or :func:`tokens_of` (a corpus); it is kept in the
user's cache under a key that covers the text, the package's code and data and jieba's version.

习近平总书记 is deliberately two tokens, 习近平 + 总书记: the name and the title are separate
facts (the third article calls him 习近平主席), and counting 习近平 should count every mention.

jieba's log is silenced, and its dictionaries, built once, are kept in a per-user cache directory
(not jieba's shared /tmp/jieba.cache, which another user on a server may own): :func:`prepare` loads them.
"""
from __future__ import annotations

import csv
import hashlib
import io
import logging
import os
import re
import sys
import threading
import warnings
from collections import Counter
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_cache_dir

from . import cache, fasthmm
from .cache import write_atomically

if TYPE_CHECKING:  # pandas is imported where a table is made: `import helpers` and the report's cache check stay light
    import pandas as pd

DATA = Path(__file__).resolve().parent / "data"
# The per-user cache folder (jieba's prefix dictionary, tokens, tables); ZH_NEWS_CACHE chooses another.
CACHE_DIR = Path(os.environ.get("ZH_NEWS_CACHE") or user_cache_dir("zh-news-notebooks"))
# A token with no Chinese character, letter or digit in it is punctuation or space.
CONTENT = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")
TOKENS_VERSION = "2"  # bump when the tokens table changes shape, to ignore old cached files
_ADDED: list[str] = []  # words added this session: part of the cache key
# jieba.posseg's cut done faster, with the same answers (helpers.fasthmm): three times as fast on real text
# (README, "Segmentation decisions"). False: jieba's own POSTokenizer.cut, for comparison.
FAST_HMM = True
HAN_RUN = "([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-\u00b7\u30fb]+)"


# Characters that do not show but sit inside words in pasted text: soft hyphen, zero-width space and joiners,
# word joiner, direction marks, a byte-order mark inside the text.
INVISIBLE = re.compile("[\u00ad\u034f\u180e\u200b-\u200f\u2060-\u2064\ufeff]")


def visible(text: str) -> tuple[str, list[int] | None]:
    """``text`` without its invisible characters, and the offset in ``text`` of each character kept
    (None when nothing was removed): words are found in the first and reported in ``text``.

    >>> visible("四\u00ad川省")
    ('四川省', [0, 2, 3])
    """
    if not INVISIBLE.search(text):
        return text, None
    positions = [i for i, ch in enumerate(text) if not INVISIBLE.match(ch)]
    return "".join(text[i] for i in positions), positions


def read_list(name: str) -> list[str]:
    """The entries of a data file in ``helpers/data``, without its ``#`` comment lines."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def read_rows(name: str) -> list[dict[str, str]]:
    """The rows of a CSV data file in ``helpers/data``, without its ``#`` header lines: every cell text ("" where
    a row is short)."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return list(csv.DictReader((line for line in lines if not line.startswith("#")), restval=""))


def domain_entries() -> pd.DataFrame:
    """The domain dictionary as a table: ``word``, ``freq`` (or None), ``tag``."""
    import pandas as pd

    rows = []
    for entry in read_list("domain_dict.txt"):
        word, *rest = entry.split()
        freq = next((int(x) for x in rest if x.isdigit()), None)
        tag = next((x for x in rest if not x.isdigit()), None)
        rows.append({"word": word, "freq": freq, "tag": tag})
    return pd.DataFrame(rows, columns=["word", "freq", "tag"])


@contextmanager
def _quietly():
    """Import jieba's modules without their start-up chatter on stderr."""
    hide = "pkg_resources" not in sys.modules
    with warnings.catch_warnings():
        # jieba 0.42 imports pkg_resources (deprecated, and a tenth of a second) only to open its own files;
        # hidden, jieba opens them by path, as it does where setuptools has no pkg_resources.
        warnings.simplefilter("ignore")
        if hide:
            sys.modules["pkg_resources"] = None
        try:
            yield
        finally:
            if hide and sys.modules.get("pkg_resources", 0) is None:
                del sys.modules["pkg_resources"]


def _jieba():
    """jieba itself, quietly imported, its pattern for a run of Chinese text ours."""
    with _quietly():
        import jieba
    jieba.setLogLevel(logging.WARNING)
    # Transliterated foreign names are joined by the interpunct (米歇尔·布兰); jieba's patterns for
    # "a run of Chinese text" leave it out and so cut every such name in two.
    jieba.re_han_default = re.compile(HAN_RUN, re.U)
    return jieba


def _quiet_jieba():
    """jieba and jieba.posseg, quietly imported, set up for this package (runs of text, :mod:`fasthmm`)."""
    jieba = _jieba()
    with _IMPORTING:
        if "jieba.posseg" not in sys.modules:
            _import_posseg(jieba)
    jieba.posseg.re_han_internal = re.compile(HAN_RUN)
    fasthmm.install() if FAST_HMM else fasthmm.uninstall()
    return jieba


def _import_posseg(jieba) -> None:
    """Import jieba.posseg, whose default tokenizer (``jieba.posseg.dt``) gets the tags of jieba's dictionary
    kept with ours, rather than reading them from the dictionary file again (a third of a second). With another
    dictionary set (``jieba.set_dictionary``), jieba reads its tags itself."""
    if jieba.dt.dictionary is not None:
        with _quietly():
            import jieba.posseg
        return
    tags = _word_tags()
    jieba.dt.get_dict_file = io.BytesIO  # for the import only: an empty dictionary, no tags read
    try:
        with _quietly():
            import jieba.posseg
    finally:
        del jieba.dt.get_dict_file  # jieba's own method again
    jieba.posseg.dt.word_tag_tab = tags


_IMPORTING = threading.RLock()  # two threads setting up at once import jieba.posseg once


def prepare() -> None:
    """Make this process ready to cut: the domain and base tokenizers and the part-of-speech one, from the
    dictionaries kept in the cache (built and kept the first time). The report's worker processes call it
    once, before their first file."""
    _pos_tokenizer(True), tokenizer(False)
    if FAST_HMM:
        fasthmm._model()  # (numpy and the model's tables)


def tokenizer(domain: bool = True):
    """The process-wide jieba tokenizer, with (default) or without the domain dictionary."""
    return _tokenizers()[bool(domain)]


@lru_cache(maxsize=1)
def _tokenizers() -> tuple:
    """jieba's dictionary alone and with the domain dictionary, as two ``jieba.Tokenizer`` (one instance
    each, however they are asked for, so that words added to one are seen by every caller)."""
    return _tokenizers_of(_tables())


@lru_cache(maxsize=1)
def _tables() -> dict:
    """The dictionaries of this process (:func:`_dictionaries`), read once."""
    return _dictionaries()


def _tokenizers_of(tables: dict) -> tuple:
    jieba = _jieba()
    base, domain = jieba.Tokenizer(), jieba.Tokenizer()
    base.FREQ, base.total = tables["freq"], tables["total"]
    domain.FREQ, domain.total = {**tables["freq"], **tables["domain"]}, tables["domain_total"]
    domain.user_word_tag_tab = dict(tables["domain_tags"])  # for the part-of-speech tokenizer's tags
    for tok in (base, domain):
        tok.initialized = True  # never jieba's own loading, nor its cache in the shared temp folder
    for word in tables["force_split"]:  # as add_word does for a word of frequency 0
        jieba.finalseg.add_force_split(word)
    return base, domain


# The dictionaries as jieba builds them (its prefix dictionary: every word and every prefix of a word, with
# its frequency; the part-of-speech tag of each word, as jieba.posseg reads them), and what the domain
# dictionary changes, kept in one file in the cache: loading it is several times faster than jieba reading its
# own dictionary three times. A file of other dictionaries, of another jieba or unreadable is built again.
DICTIONARIES_VERSION = "2"  # bump when the kept tables change shape or are built differently


def _dictionaries() -> dict:
    """The tables of :func:`_tokenizers`, from the cache or built (and kept) now."""
    path = dictionaries_path()
    key = _dictionaries_key()
    found = cache.read_result(path, kind=dict)
    if found is None or found.get("key") != key:
        found = _build_dictionaries(key)
        write_atomically(path, found)
    return found


def dictionaries_path() -> Path:
    """Where the dictionaries are kept, ready to load (``helpers.environment`` reports whether it exists)."""
    return CACHE_DIR / "jieba-dictionaries.pickle"


def keep_dictionaries() -> bool:
    """Keep the dictionaries in the cache if they are not kept there yet (this process may have loaded them from
    another cache folder); True if they are kept now."""
    _dictionaries()
    return dictionaries_path().exists()


def _dictionaries_key() -> str:
    """Changes with jieba's version and dictionary, the domain dictionary and what decides a run of text."""
    jieba = _jieba()
    digest = hashlib.sha256(f"{DICTIONARIES_VERSION} {jieba.__version__} {HAN_RUN}".encode("utf-8"))
    with jieba.Tokenizer().get_dict_file() as f:
        digest.update(f.read())
    digest.update((DATA / "domain_dict.txt").read_bytes())
    return digest.hexdigest()


def _build_dictionaries(key: str) -> dict:
    jieba = _jieba()
    tok = jieba.Tokenizer()
    freq, total = tok.gen_pfdict(tok.get_dict_file())
    same = {word: word for word in freq}  # the tags' words are the same strings: kept once in the file
    tags = {same.get(word, word): tag for word, tag in _read_tags(tok.get_dict_file()).items()}
    tok.FREQ, tok.total, tok.initialized = dict(freq), total, True
    import pandas as pd

    entries = list(domain_entries().itertuples())
    for row in entries:  # in order: a word's suggested frequency depends on the words added before it
        tok.add_word(row.word, None if pd.isna(row.freq) else int(row.freq), row.tag)
    touched = {row.word[:i] for row in entries for i in range(1, len(row.word) + 1)}  # add_word sets no other
    return {"key": key, "freq": freq, "tags": tags, "total": total, "domain_total": tok.total,
            "domain": {word: tok.FREQ[word] for word in touched if freq.get(word) != tok.FREQ[word]},
            "domain_tags": tok.user_word_tag_tab,
            "force_split": [row.word for row in entries if row.freq == 0]}


def _pos_tokenizer(domain: bool = True):
    """The process-wide part-of-speech tokenizer (jieba.posseg) over :func:`tokenizer`."""
    return _pos_tokenizer_of(bool(domain))


@lru_cache(maxsize=None)
def _pos_tokenizer_of(domain: bool):
    return _pos_tokenizer_over(tokenizer(domain))


def _pos_tokenizer_over(tok):
    jieba = _quiet_jieba()
    pos = object.__new__(jieba.posseg.POSTokenizer)  # its __init__ would read jieba's dictionary again
    pos.tokenizer, pos.word_tag_tab = tok, _word_tags()
    pos.makesure_userdict_loaded()  # the domain dictionary's tags
    return pos


def _word_tags() -> dict:
    """The part-of-speech tag of every word of jieba's dictionary (a copy: a tokenizer adds its words' tags)."""
    return dict(_tables()["tags"])


def _read_tags(f) -> dict:
    """The tags of a jieba dictionary file, read as jieba.posseg reads them (``POSTokenizer.load_word_tag``:
    ``word frequency tag`` on each line)."""
    tags = {}
    with f:
        for line in f:
            line = line.strip().decode("utf-8")
            if line:
                word, _, tag = line.split(" ")
                tags[word] = tag
    return tags


def add_words(*words: str, tag: str | None = None) -> None:
    """Add words to the domain dictionary for this session (reload a corpus to re-segment it).

    >>> add_words("泰勒", tag="nr")
    """
    for word in words:
        tokenizer(True).add_word(word, None, tag)
        _ADDED.append(f"{word} {tag}")
    _pos_tokenizer(True).makesure_userdict_loaded()
    _RECORD.clear()  # texts are segmented again with the new words


def cut(text: str, domain: bool = True) -> list[str]:
    """Segment ``text`` into a list of tokens (punctuation included, whitespace dropped).

    >>> cut("推动西部大开发形成新格局")
    ['推动', '西部大开发', '形成', '新格局']
    """
    return [word for word, _, _, _ in paragraph_tokens(text, domain) if word.strip()]


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


# --- the segmentation of record ----------------------------------------------------------------
# Every analysis reads one segmentation: jieba's part-of-speech cut (jieba.posseg, with its hidden Markov
# model for unknown words and their tags) over the domain dictionary, of the text without its invisible
# characters. corpus.tokens, themes, regions and quotes all read it (through paragraph_tokens or tokens_of).
# A text's segmentation is kept packed, as the slices of the text that are its tokens (joined by NUL) and
# their tags (joined by spaces): cheap to keep, to send between processes and to store on disk.
_RECORD: dict[tuple[bool, str], tuple[str, str]] = {}
_RECORD_LIMIT = 400_000  # texts kept in memory (a year of transcripts has about 40,000 paragraphs)


def _segment(text: str, domain: bool = True) -> tuple[str, str]:
    """The packed segmentation of ``text``: its tokens as slices of ``text`` (invisible characters inside a
    word stay in it; between words they are tokens of their own, tagged ``x``) and their tags."""
    seen, positions = visible(text)
    pos = _pos_tokenizer(domain)
    if FAST_HMM:
        words, tags = fasthmm.cut(pos, seen)
    else:
        words, tags = [], []
        for pair in pos.cut(seen):
            words.append(pair.word)
            tags.append(pair.flag)
    if positions is None:
        return "\x00".join(words), " ".join(tags)
    covered, at, out = 0, 0, []
    for word, flag in zip(words, tags):
        start, end = positions[at], positions[at + len(word) - 1] + 1
        if start > covered:
            out.append((text[covered:start], "x"))
        out.append((text[start:end], flag))
        covered, at = end, at + len(word)
    if covered < len(text):
        out.append((text[covered:], "x"))
    return "\x00".join(w for w, _ in out), " ".join(f for _, f in out)


def _packed(text: str, domain: bool = True) -> tuple[str, str]:
    """The packed segmentation of ``text``, from memory if this process has it."""
    key = (domain, text)
    found = _RECORD.get(key)
    if found is None:
        found = _segment(text, domain)
        _remember({key: found})
    return found


def _remember(packed: dict) -> None:
    if len(_RECORD) + len(packed) > _RECORD_LIMIT:
        _RECORD.clear()
    _RECORD.update(packed)


def _unpack(text: str, packed: tuple[str, str]) -> list[tuple[str, str, int, int]]:
    words, tags = packed
    out, at = [], 0
    for word, pos in zip(words.split("\x00"), tags.split(" ")) if text else ():
        out.append((word, pos, at, at + len(word)))
        at += len(word)
    return out


def paragraph_tokens(text: str, domain: bool = True) -> list[tuple[str, str, int, int]]:
    """The segmentation of record of one text: ``(word, pos, start, end)`` for each token, left to right,
    ``start`` and ``end`` offsets in ``text``. The same tokens as ``corpus.tokens`` has for a paragraph with
    this text, and the ones regions and quotes read. Punctuation and whitespace are tokens too (tag ``x``);
    ``word`` is ``text[start:end]`` without invisible characters (a soft hyphen or zero-width joiner inside a
    word does not split it), and a stretch of invisible characters alone is no token.

    >>> paragraph_tokens("吴群刚说：")
    [('吴群刚', 'nr', 0, 3), ('说', 'v', 3, 4), ('：', 'x', 4, 5)]
    >>> paragraph_tokens("四\u00ad川省")
    [('四川省', 'ns', 0, 4)]
    """
    tokens = _unpack(text, _packed(text, domain))
    if INVISIBLE.search(text) is None:
        return tokens
    shown = [(INVISIBLE.sub("", word), pos, start, end) for word, pos, start, end in tokens]
    return [token for token in shown if token[0]]


def segment_paragraphs(paragraphs, domain: bool = True) -> list[tuple[str, str]]:
    """The packed segmentation of each paragraph: from memory if this process has cut them all, else read from
    the cache on disk (one file per corpus file) or computed and kept there; also kept in memory for
    :func:`paragraph_tokens`, so that every analysis of these paragraphs reads the same tokens, cut once."""
    by_file: dict[str, list[int]] = {}
    for i, p in enumerate(paragraphs):
        by_file.setdefault(p.file, []).append(i)
    jobs = [[paragraphs[i].text for i in indices] for indices in by_file.values()]
    results = [[_RECORD[(domain, text)] for text in texts] if all((domain, text) in _RECORD for text in texts)
               else _segment_cached(texts, domain) for texts in jobs]  # what this process has cut is not read again
    packed: list = [None] * len(paragraphs)
    for indices, texts, result in zip(by_file.values(), jobs, results):
        for i, value in zip(indices, result):
            packed[i] = value
        _remember({(domain, text): value for text, value in zip(texts, result)})
    return packed


def _cache_key(texts: list[str], domain: bool) -> str:
    """Changes with the texts, the package's code and data (dictionaries included), jieba's version and the
    words added this session."""
    digest = hashlib.sha256(cache.fingerprint())
    for part in (TOKENS_VERSION, str(domain), "\x00".join(_ADDED), *texts):
        digest.update(part.encode("utf-8") + b"\x01")
    return digest.hexdigest()[:32]


def _segment_cached(texts: list[str], domain: bool) -> list[tuple[str, str]]:
    """The packed segmentation of one file's texts, remembered on disk for the next run."""
    path = CACHE_DIR / "tokens" / f"{_cache_key(texts, domain)}.pickle"
    found = cache.read_result(path, kind=list)
    if found is None or len(found) != len(texts):
        found = [_packed(text, domain) for text in texts]
        write_atomically(path, found)
    return found


#: The columns of ``corpus.tokens``.
TOKEN_COLUMNS = ["paragraph", "file", "line", "article", "kind", "token", "pos", "start", "end", "original", "is_stop"]


def tokens_of(paragraphs, domain: bool = True) -> pd.DataFrame:
    """Tokens with part of speech and file offsets, for :attr:`helpers.corpus.Corpus.tokens`: the
    segmentation of record (:func:`paragraph_tokens`) of every paragraph.

    Cached in the user's cache directory, per file and for the whole table: a second run over the
    same corpus reads it back. (A corpus too large for one process: see ``helpers.pipeline.run``, which
    shares its files between processes.)
    """
    import pandas as pd

    corpus_key = _cache_key([repr((p.paragraph, p.file, p.line, p.article, p.kind, p.start, p.pieces, p.text,
                                   p.original)) for p in paragraphs], domain)
    cached = CACHE_DIR / "tokens" / f"corpus-{corpus_key}.pickle"
    table = cache.read_result(cached, kind=pd.DataFrame)
    if table is not None:
        return table
    packed = segment_paragraphs(paragraphs, domain)
    by_file: dict[str, list[int]] = {}
    for i, p in enumerate(paragraphs):
        by_file.setdefault(p.file, []).append(i)
    tables = [_table([paragraphs[i] for i in indices], [packed[i] for i in indices])
              for indices in by_file.values()]
    table = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=TOKEN_COLUMNS[:-1])
    unique = table["token"].unique()  # a corpus repeats its words: decide each word once
    table["is_stop"] = table["token"].map(dict(zip(unique, map(is_stopword, unique)))).astype(bool)
    write_atomically(cached, table)
    return table


def _table(paragraphs, segmented) -> pd.DataFrame:
    """The tokens of one file's paragraphs as columns (built in bulk: a corpus has millions)."""
    import pandas as pd

    index, words, tags, positions, lengths = [], [], [], [], []
    for i, (packed_words, packed_tags) in enumerate(segmented):
        at, invisible = 0, INVISIBLE.search(packed_words) is not None
        for word, pos in zip(packed_words.split("\x00"), packed_tags.split(" ")):
            shown = INVISIBLE.sub("", word) if invisible else word
            if shown.strip():
                index.append(i)
                words.append(shown)
                tags.append(pos)
                positions.append(at)
                lengths.append(len(word))
            at += len(word)

    def per_token(values):
        return [values[i] for i in index]
    starts = [paragraphs[i].file_offset(at) if len(paragraphs[i].pieces) > 1 else paragraphs[i].start + at
              for i, at in zip(index, positions)]
    converted = [p.original != p.text for p in paragraphs]  # once per paragraph, not per token
    ends = [paragraphs[i].file_offset(at + n - 1) + 1 if len(paragraphs[i].pieces) > 1 else s + n
            for i, at, n, s in zip(index, positions, lengths, starts)]
    originals = [paragraphs[i].original[at:at + n] if converted[i] or n != len(w)
                 else w for i, at, n, w in zip(index, positions, lengths, words)]
    return pd.DataFrame({
        "paragraph": per_token([p.paragraph for p in paragraphs]),
        "file": per_token([p.file for p in paragraphs]),
        "line": per_token([p.line for p in paragraphs]),
        "article": per_token([p.article for p in paragraphs]),
        "kind": per_token([p.kind for p in paragraphs]),
        "token": words, "pos": tags, "start": starts, "end": ends,
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
    >>> changes.set_index("token").loc["新质生产力", "default"]
    '新质/生产力'
    """
    import pandas as pd

    found: Counter = Counter()
    for text in corpus.paragraphs.loc[corpus.paragraphs["kind"].isin(kinds), "text"]:
        plain = _spans(_packed(text, False)[0].split("\x00"))
        starts = {start: (start, end, word) for start, end, word in plain}
        ends = {end for _, end, _ in plain}
        for start, end, word in _spans(_packed(text, True)[0].split("\x00")):
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
