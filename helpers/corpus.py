"""Load a corpus of Chinese news text: files in, tables of articles and paragraphs out.

>>> from helpers import load_corpus
>>> corpus = load_corpus()              # the bundled seed page
>>> corpus.articles[["article", "title", "n_sections"]]      # doctest: +SKIP
>>> corpus.paragraphs.query("kind == 'body'").head()        # doctest: +SKIP
>>> load_corpus("xwlb_2024-04")         # a bundled corpus, by name      # doctest: +SKIP

A path may be one file or a folder: every ``.txt`` and ``.md`` file in it is read, in name order.
A bare name (no folder in it) of a folder under the bundled ``seeds/`` is that bundled corpus,
wherever the notebook runs; write ``./name`` for a folder of your own with the same name.
Every problem with a file raises :class:`CorpusError`, whose message names the file and says what
to do.
"""
from __future__ import annotations

import codecs
import csv
from collections import Counter
from functools import cached_property, lru_cache
from pathlib import Path

import pandas as pd

from .structure import date_in, parse_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_PAGE = SEEDS / "000_b4574a547f6afe6f.txt"
TEXT_SUFFIXES = (".txt", ".md")
CHINESE_ENCODINGS = ["gb18030", "big5", "big5hkscs", "utf_16", "utf_32"]

PARAGRAPH_COLUMNS = ["paragraph", "file", "line", "article", "section", "kind", "text", "start", "end",
                     "note", "original"]
ARTICLE_COLUMNS = ["article", "file", "title", "subtitle", "source", "byline", "dateline",
                   "n_sections", "n_paragraphs", "first_line", "last_line", "date", "position"]


class CorpusError(ValueError):
    """A file or folder that cannot be read as a corpus; the message says which and what to do."""


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode the bytes of a text file, returning ``(text, encoding)``.

    UTF-8 (with or without BOM) and UTF-16 with BOM are read directly; anything else is handed to
    charset-normalizer, which recognises GB18030/GBK and Big5.

    >>> decode("西部".encode("gb18030") * 20, "a.txt")[1]
    'gb18030'
    """
    if not data.strip():
        raise CorpusError(f"{name} is empty: put the article's text in it, or remove the file from the folder.")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding), encoding
    if b"\x00" in data:
        raise CorpusError(f"{name} looks like a binary file (it contains NUL bytes), not text: "
                          "save the article as plain text (.txt, UTF-8) and load that instead.")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # Only the encodings Chinese text comes in: unrestricted, a short GBK file can pass for Japanese.
    best = from_bytes(data, cp_isolation=CHINESE_ENCODINGS).best()
    if best is None or not any("\u4e00" <= ch <= "\u9fff" for ch in str(best)):
        raise CorpusError(f"{name}: cannot tell this file's encoding, or it holds no Chinese text. "
                          "Open it in an editor and save it as UTF-8, then load it again.")
    encoding = best.encoding
    if encoding in ("gb2312", "gbk", "hz"):
        encoding = "gb18030"  # the superset: decodes every GBK file and the rarer characters too
    return data.decode(encoding), encoding


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


# Corner brackets are the quotation marks of traditional-character text; analysis reads “”‘’.
CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")


def to_simplified(text: str, threshold: float = 0.05) -> tuple[str, bool]:
    """The text in simplified characters, *of the same length*, and whether it was converted.

    A text is converted (with OpenCC, phrase by phrase) when at least ``threshold`` of its Chinese
    characters are traditional forms. Offsets stay valid in both versions, so every result can be
    reported in the original characters.

    >>> to_simplified("習近平總書記強調「發展」")
    ('习近平总书记强调“发展”', True)
    >>> to_simplified("习近平总书记强调")
    ('习近平总书记强调', False)
    """
    chinese = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if not chinese:
        return text, False
    sample = "".join(chinese[:20000])
    changed = sum(a != b for a, b in zip(sample, _t2s().convert(sample)))
    if changed < threshold * len(sample):
        return text, False
    lines = []
    for line in text.split("\n"):
        converted = _t2s().convert(line)
        if len(converted) != len(line):  # a phrase changed length: convert character by character
            converted = "".join(_t2s().convert(ch) if len(_t2s().convert(ch)) == 1 else ch for ch in line)
        lines.append(converted.translate(CORNER_QUOTES))
    return "\n".join(lines), True


def _piece_spans(p) -> list[tuple[int, int]]:
    """(file offset, length) of each stretch of a paragraph's text."""
    bounds = [t for t, _ in p.pieces[1:]] + [len(p.text)]
    return [(f, end - t) for (t, f), end in zip(p.pieces, bounds)]


def _files(path: Path) -> list[Path]:
    if not path.exists():
        raise CorpusError(f"{path} does not exist: check the spelling, or give the full path "
                          "(load_corpus() with no argument loads the bundled seed page; bundled corpora "
                          f"by name: {', '.join(bundled_corpora()) or 'none'}).")
    if path.is_file():
        return [path]
    files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
    if not files:
        raise CorpusError(f"{path} holds no .txt or .md files: put one article (or one page) per "
                          "text file in the folder.")
    return files


def bundled_corpora() -> list[str]:
    """The names of the corpora shipped in ``seeds/``, for ``load_corpus(name)``."""
    return sorted(p.name for p in SEEDS.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def _resolve(path: str | Path | None) -> Path:
    """The file or folder a ``load_corpus`` argument means: nothing is the seed page, a bare name
    of a bundled corpus is that corpus, anything else a path."""
    if path is None:
        return SEED_PAGE
    if isinstance(path, str) and path and not any(sep in path for sep in "/\\") and (SEEDS / path).is_dir():
        return SEEDS / path
    return Path(path).expanduser()


def _manifest(folder: Path) -> dict[str, dict]:
    """File name -> its manifest row (publication, date), from the folder's manifest.csv."""
    manifest = folder / "manifest.csv"
    if not manifest.exists():
        return {}
    with manifest.open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return {row["file"]: row for row in rows}


class Corpus:
    """Articles and paragraphs of one or more files; ``tokens`` is computed once, on first use."""

    def __init__(self, texts: dict[str, str], encodings: dict[str, str],
                 manifest: dict[str, dict] | None = None):
        self.texts = texts
        manifest = manifest or {}
        self.analysis_texts, scripts = {}, {}
        paragraphs, articles = [], []
        for file, text in texts.items():
            self.analysis_texts[file], converted = to_simplified(text)
            scripts[file] = "traditional (simplified for analysis)" if converted else "simplified"
            row = manifest.get(file, {})
            ps, arts = parse_text(self.analysis_texts[file], file, len(articles) + 1,
                                  row.get("publication") or None, date_in(row.get("date") or "") or date_in(file))
            for p in ps:
                p.original = "".join(text[f:f + n] for f, n in _piece_spans(p))
            paragraphs += ps
            articles += arts
        for number, p in enumerate(paragraphs, start=1):
            p.paragraph = number
        self._paragraphs = paragraphs
        self.paragraphs = pd.DataFrame([{c: getattr(p, c) for c in PARAGRAPH_COLUMNS} for p in paragraphs],
                                       columns=PARAGRAPH_COLUMNS)
        self.articles = pd.DataFrame(articles, columns=ARTICLE_COLUMNS)
        per_file = Counter(a["file"] for a in articles)
        self.files = pd.DataFrame(
            [{"file": f, "encoding": encodings[f], "script": scripts[f], "n_chars": len(t),
              "n_articles": per_file[f]} for f, t in texts.items()])

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

    def segment(self, workers: int = 1) -> pd.DataFrame:
        """Compute ``tokens`` now, in ``workers`` processes; for large corpora."""
        if "tokens" not in self.__dict__:
            from .segment import tokens_of

            self.__dict__["tokens"] = tokens_of(self._paragraphs, workers=workers)
        return self.tokens


def load_corpus(path: str | Path | None = None) -> Corpus:
    """Load one text file, or every .txt/.md file of a folder, as a :class:`Corpus`.

    With no argument, the bundled seed page; with the name of a bundled corpus
    (:func:`bundled_corpora`), that corpus.

    >>> load_corpus().articles["title"].tolist()[2]
    '促进航天技术更好惠及人民'
    """
    path = _resolve(path)
    texts, encodings = {}, {}
    for file in _files(path):
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CorpusError(f"{file} cannot be read ({error.strerror}): check that it is a file "
                              "you are allowed to read.") from None
        texts[file.name], encodings[file.name] = decode(data, str(file))
    folder = path if path.is_dir() else path.parent
    return Corpus(texts, encodings, _manifest(folder))
