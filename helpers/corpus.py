"""Load a corpus of Chinese news text: files in, tables of articles and paragraphs out.

>>> from helpers import load_corpus
>>> corpus = load_corpus()              # the bundled seed page
>>> corpus.articles[["article", "title", "n_sections"]]      # doctest: +SKIP
>>> corpus.paragraphs.query("kind == 'body'").head()        # doctest: +SKIP
>>> load_corpus("xwlb_2024-04")         # a bundled corpus, by name      # doctest: +SKIP

A path may be one file or a folder: every ``.txt`` and ``.md`` file in it and in its subfolders
is read, in name order; what is skipped is listed in ``corpus.skipped``.
A bare name (no folder in it) of a folder under the bundled ``seeds/`` is that bundled corpus,
wherever the notebook runs; write ``./name`` for a folder of your own with the same name.
Every problem with a file raises :class:`CorpusError`, whose message names the file and says what
to do.
"""
from __future__ import annotations

from collections import Counter
from functools import cached_property
from operator import attrgetter
from pathlib import Path

from .columns import Columns, frame, of_rows
from .lazy import pandas as pd
from .reading import (
    REPLACED,
    SEED_PAGE,
    SEEDS,
    CorpusError,
    bundled_corpora,
    corpus_path,
    decode,
    read_bytes,
    read_manifest,
    text_files,
    to_simplified,
)
from .structure import date_in, parse_text

__all__ = ["Corpus", "CorpusError", "load_corpus", "bundled_corpora", "decode", "to_simplified", "SEEDS", "SEED_PAGE"]

PARAGRAPH_COLUMNS = ["paragraph", "file", "line", "article", "section", "kind", "text", "start", "end",
                     "note", "original"]
ARTICLE_COLUMNS = ["article", "file", "title", "subtitle", "source", "byline", "dateline",
                   "n_sections", "n_paragraphs", "first_line", "last_line", "date", "position"]
FILE_COLUMNS = ["file", "encoding", "script", "n_chars", "n_articles", "note"]
REPLACED_NOTE = "bytes that could not be decoded replaced by \ufffd (errors='replace')"


def _piece_spans(p) -> list[tuple[int, int]]:
    """(file offset, length) of each stretch of a paragraph's text."""
    bounds = [t for t, _ in p.pieces[1:]] + [len(p.text)]
    return [(f, end - t) for (t, f), end in zip(p.pieces, bounds)]


def _script(share: float) -> str:
    if share == 0:
        return "simplified"
    if share > 0.5:
        return "traditional (simplified for analysis)"
    return "mixed (traditional parts simplified for analysis)"


class Corpus:
    """Articles and paragraphs of one or more files; ``tokens`` is computed once, on first use."""

    def __init__(self, texts: dict[str, str], encodings: dict[str, str],
                 manifest: dict[str, dict] | None = None, skipped: list[dict] | None = None,
                 file_notes: dict[str, str] | None = None):
        self.texts = texts
        manifest, file_notes = manifest or {}, file_notes or {}
        self.analysis_texts, scripts = {}, {}
        paragraphs, articles = [], []
        for file, text in texts.items():
            self.analysis_texts[file], share = to_simplified(text)
            scripts[file] = _script(share)
            row = manifest.get(file, {})
            ps, arts = parse_text(self.analysis_texts[file], file, len(articles) + 1,
                                  row.get("publication") or None, date_in(row.get("date") or "") or date_in(file))
            for p in ps:
                p.original = "".join(text[f:f + n] for f, n in _piece_spans(p))
                if file in file_notes and REPLACED in p.original:
                    p.note = f"{p.note}; {REPLACED_NOTE}" if p.note else REPLACED_NOTE
            paragraphs += ps
            articles += arts
        for number, p in enumerate(paragraphs, start=1):
            p.paragraph = number
        self._paragraphs, self._articles = paragraphs, articles
        per_file = Counter(a["file"] for a in articles)
        self._files = [{"file": f, "encoding": encodings[f], "script": scripts[f], "n_chars": len(t),
                        "n_articles": per_file[f], "note": file_notes.get(f, "")} for f, t in texts.items()]
        self._skipped = skipped or []

    def columns(self) -> dict[str, Columns]:
        """The ``files``, ``articles`` and ``paragraphs`` tables as columns of plain lists (see
        :mod:`helpers.columns`)."""
        return {"files": of_rows(self._files, FILE_COLUMNS), "articles": of_rows(self._articles, ARTICLE_COLUMNS),
                "paragraphs": self._paragraph_columns()}

    def _paragraph_columns(self) -> Columns:
        return {name: list(map(attrgetter(name), self._paragraphs)) for name in PARAGRAPH_COLUMNS}

    @cached_property
    def files(self) -> pd.DataFrame:
        """One row per file: its encoding, script, characters, articles and any note on its bytes."""
        return frame(of_rows(self._files, FILE_COLUMNS))

    @cached_property
    def articles(self) -> pd.DataFrame:
        """One row per article: title, subtitle, source, byline, dateline, date, sections, paragraphs, lines."""
        return frame(of_rows(self._articles, ARTICLE_COLUMNS))

    @cached_property
    def paragraphs(self) -> pd.DataFrame:
        """One row per paragraph: its file, line, article, section, kind, text, offsets and what was repaired."""
        return frame(self._paragraph_columns())

    @cached_property
    def skipped(self) -> pd.DataFrame:
        """Files of the folder that were not read, and why (system files, other formats)."""
        return pd.DataFrame(self._skipped, columns=["file", "reason"])

    def __repr__(self) -> str:
        return (f"<Corpus: {len(self.files)} file(s), {len(self.articles)} article(s), "
                f"{len(self.paragraphs)} paragraphs>")

    def body(self, article: int | None = None) -> pd.DataFrame:
        """The body paragraphs, of one article or of all."""
        body = self.paragraphs[self.paragraphs["kind"] == "body"]
        return body if article is None else body[body["article"] == article]

    @cached_property
    def tokens(self) -> pd.DataFrame:
        """One row per token of every paragraph: paragraph, file, line, article, kind, token, pos,
        start, end, original, is_stop. Computed on first use (or read from the per-user cache)."""
        from .segment import tokens_of

        return tokens_of(self._paragraphs)



def load_corpus(path: str | Path | None = None, errors: str = "strict") -> Corpus:
    """Load one text file, or every .txt/.md file of a folder and its subfolders, as a :class:`Corpus`.

    With no argument, the bundled seed page; with the name of a bundled corpus
    (:func:`bundled_corpora`), that corpus. ``errors="replace"`` loads a file with a few bytes
    that are not text, replacing them with � and flagging the paragraphs in ``note``. Every problem
    raises :class:`CorpusError`, naming the file and saying what to do.

    >>> load_corpus().articles["title"].tolist()[2]
    '促进航天技术更好惠及人民'
    """
    path = corpus_path(path)
    files, skipped = text_files(path, bundled_corpora())
    return corpus_of([(name, read_bytes(file), str(file)) for name, file in files],
                     read_manifest(path if path.is_dir() else path.parent), skipped, errors)


def corpus_of(files: list[tuple[str, bytes, str]], manifest: dict[str, dict], skipped: list[dict] | None = None,
              errors: str = "strict") -> Corpus:
    """The :class:`Corpus` of ``files``, each (name in the corpus, bytes, path to show in errors), with the rows of
    the corpus's ``manifest`` (:func:`helpers.reading.read_manifest`)."""
    texts, encodings, notes = {}, {}, {}
    for name, data, shown in files:
        decoded = decode(data, shown, errors)
        texts[name], encodings[name] = decoded.text, decoded.encoding
        if decoded.n_replaced:
            notes[name] = (f"{decoded.n_replaced} undecodable byte sequence(s) replaced by \ufffd, the first at "
                           f"{decoded.first_bad}")
    return Corpus(texts, encodings, manifest, skipped, notes)
