"""Reading users' files: which files a path means, how their bytes become text, what was repaired.

>>> decode("西部".encode("gb18030") * 20, "a.txt").encoding
'gb18030'

Every problem raises :class:`CorpusError`, whose message names the file and says what to do.
What is read, repaired, flagged and refused is listed in the README ("Users' own files").
"""
from __future__ import annotations

import codecs
import csv
import fnmatch
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .structure import read_lines

TEXT_SUFFIXES = (".txt", ".md")
CHINESE_ENCODINGS = ["gb18030", "big5", "big5hkscs", "utf_16", "utf_32"]
# Longest BOM first: the UTF-32-LE BOM begins with the UTF-16-LE one.
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
ERRORS = ("strict", "replace")
REPLACED = "\ufffd"
CHINESE = re.compile(r"[\u3400-\u9fff]")


class CorpusError(ValueError):
    """A file or folder that cannot be read as a corpus; the message says which and what to do."""


class Decoded(NamedTuple):
    """A file's text, the encoding it was read in, and the bad bytes replaced (``errors="replace"``)."""

    text: str
    encoding: str
    n_replaced: int = 0
    first_bad: str = ""  # "line L, column C" of the first byte replaced


@lru_cache(maxsize=1)
def junk_patterns() -> list[str]:
    """File-name patterns of what editors and systems leave beside articles (``junk_files.txt``)."""
    return read_lines("junk_files.txt")


def is_junk(name: str) -> bool:
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in junk_patterns())


#: The corpora shipped with the package: the seed page, and one folder per named corpus.
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_PAGE = SEEDS / "000_b4574a547f6afe6f.txt"


def bundled_corpora() -> list[str]:
    """The names of the corpora shipped in ``seeds/``, for ``load_corpus(name)``."""
    folders = SEEDS.iterdir() if SEEDS.is_dir() else []
    return sorted(p.name for p in folders if p.is_dir() and not p.name.startswith((".", "_")))


def corpus_path(path) -> Path:
    """The file or folder ``path`` means to :func:`helpers.load_corpus` (None: the seed page; the bare name
    of a bundled corpus: its folder).

    >>> corpus_path("~/my_articles").name
    'my_articles'
    """
    return resolve(path, SEEDS, SEED_PAGE, bundled_corpora())


def resolve(path, seeds: Path, seed_page: Path, bundled: list[str]) -> Path:
    """The file or folder a ``load_corpus`` argument means: nothing is the seed page, a bare name of
    a bundled corpus is that corpus, anything else a path."""
    if path is None:
        return seed_page
    if not isinstance(path, (str, os.PathLike)):
        raise CorpusError(f"load_corpus({path!r}): give the path of a file or folder as text, e.g. "
                          "load_corpus('my_articles/'), or the name of a bundled corpus "
                          f"({', '.join(bundled) or 'none'}).")
    if isinstance(path, str) and not path.strip():
        raise CorpusError("load_corpus(''): the path is empty. Give the path of a file or folder, "
                          "or call load_corpus() with no argument for the bundled seed page.")
    if isinstance(path, str) and path in bundled:
        return seeds / path
    try:
        return Path(path).expanduser()
    except RuntimeError:  # ~someone who has no home folder here
        raise CorpusError(f"{path}: no home folder for this ~name; give the full path instead.") from None


def text_files(path: Path, bundled: list[str]) -> tuple[list[tuple[str, Path]], list[dict]]:
    """``(name, path)`` of every text file that ``path`` means, in name order, and the files skipped
    (``file``, ``reason``). A folder is read with its subfolders; a file's name is its path inside
    the folder (``2024/b.txt``)."""
    try:
        exists = path.exists()
    except OSError as error:  # a name too long for the file system, …
        raise CorpusError(f"{str(path)[:200]}: {error.strerror}; check the path.") from None
    if not exists:
        raise CorpusError(f"{path} does not exist: check the spelling, or give the full path "
                          "(load_corpus() with no argument loads the bundled seed page; bundled corpora "
                          f"by name: {', '.join(bundled) or 'none'}).")
    if path.is_file():
        return [(path.name, path)], []
    if not path.is_dir():
        raise CorpusError(f"{path} is neither a file nor a folder (a device or a pipe): give the path "
                          "of a text file or of a folder of text files.")
    files, skipped = [], []

    def refuse(error: OSError):
        raise CorpusError(f"{error.filename} cannot be read ({error.strerror}): check that it is a folder "
                          "you are allowed to read.")

    for folder, subfolders, names in os.walk(path, onerror=refuse):
        here = Path(folder)
        inside = here.relative_to(path)
        for sub in sorted(subfolders):
            if is_junk(sub):
                skipped.append({"file": (inside / sub).as_posix() + "/", "reason": "system or editor folder"})
        subfolders[:] = sorted(s for s in subfolders if not is_junk(s))
        for name in names:
            relative = (inside / name).as_posix()
            if is_junk(name):
                skipped.append({"file": relative, "reason": "system or editor file"})
            elif not name.lower().endswith(TEXT_SUFFIXES):
                if name != "manifest.csv" or inside != Path("."):
                    skipped.append({"file": relative, "reason": "not a .txt or .md file"})
            elif not (here / name).is_file():  # a pipe or device would block or never end
                skipped.append({"file": relative, "reason": "not a regular file"})
            else:
                files.append((relative, here / name))
    if not files:
        raise CorpusError(f"{path} holds no .txt or .md files (its subfolders included): put one article "
                          "(or one page) per text file in the folder.")
    return sorted(files, key=lambda f: f[0]), sorted(skipped, key=lambda s: s["file"])


def read_bytes(file: Path) -> bytes:
    try:
        return file.read_bytes()
    except OSError as error:
        raise CorpusError(f"{file} cannot be read ({error.strerror}): check that it is a file "
                          "you are allowed to read.") from None


def _position(data: bytes, at: int, encoding: str) -> str:
    line_start = data.rfind(b"\n", 0, at) + 1
    column = len(data[line_start:at].decode(encoding, "replace")) + 1
    line = data.count(b"\n", 0, at) + 1
    return f"line {line}, column {column}"


def _decode_replacing(data: bytes, encoding: str) -> Decoded:
    """``data`` decoded with every undecodable byte sequence replaced by �, counted."""
    bad: list[int] = []

    def record(error: UnicodeDecodeError):
        bad.append(error.start)
        return REPLACED, error.end

    codecs.register_error("zh_news_record", record)
    text = data.decode(encoding, "zh_news_record")
    return Decoded(text, encoding, len(bad), _position(data, bad[0], encoding) if bad else "")


def _is_damaged_utf8(data: bytes, sample: int = 200_000) -> bool:
    """Mostly UTF-8 Chinese with a few bad bytes, rather than another encoding (judged on the
    first ``sample`` bytes: GBK or Big5 read as UTF-8 gives almost no Chinese at all)."""
    head = data[:sample]
    attempt = head.decode("utf-8", "replace")
    n_bad = attempt.count(REPLACED) - head.count(REPLACED.encode())
    return len(CHINESE.findall(attempt)) >= 2 * max(n_bad, 1)


def decode(data: bytes, name: str, errors: str = "strict") -> Decoded:
    """Decode the bytes of a text file.

    UTF-8 (with or without BOM) and UTF-16 and UTF-32 with BOM are read directly; anything else is
    handed to charset-normalizer, restricted to the encodings Chinese text comes in (GB18030/GBK,
    Big5). A UTF-8 file with a few bad bytes is refused, naming the first one, unless
    ``errors="replace"``, which replaces them with � and counts them.

    >>> decode(b"\\xef\\xbb\\xbf" + "新闻".encode(), "a.txt").encoding
    'utf-8-sig'
    """
    if errors not in ERRORS:
        raise CorpusError(f"errors={errors!r}: use errors='strict' (refuse a file with bad bytes, the "
                          "default) or errors='replace' (replace them with � and flag the paragraphs).")
    encoding = next((enc for bom, enc in BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data:
        raise CorpusError(f"{name} looks like a binary file (it contains NUL bytes), not text: save the "
                          "article as plain text (.txt, UTF-8) and load that instead.")
    if encoding is None:
        try:
            data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            if _is_damaged_utf8(data):
                encoding = "utf-8"
    if encoding is None:
        encoding = _detect(data, name)
    try:
        decoded = Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError as error:
        if errors == "strict":
            raise CorpusError(
                f"{name}: {_position(data, error.start, encoding)} holds a byte that is not {encoding} "
                f"(0x{data[error.start]:02x}): correct it in an editor, or load the file anyway with "
                "load_corpus(path, errors='replace') (report: --errors replace), which replaces such "
                "bytes with � and flags the paragraphs concerned in note.") from None
        decoded = _decode_replacing(data, encoding)
    if not decoded.text.replace("\ufeff", "").strip():
        raise CorpusError(f"{name} is empty: put the article's text in it, or remove the file from the folder.")
    return decoded


def _is_common_gb(data: bytes) -> bool:
    """GB18030 bytes of common simplified Chinese: every character also in GB2312. Short GBK files
    (an Excel manifest) fool statistical detection; Big5 bytes read as GB18030 rarely pass this."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return False
    chinese = "".join(CHINESE.findall(text))
    if not chinese:
        return False
    try:
        chinese.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _detect(data: bytes, name: str) -> str:
    if _is_common_gb(data):
        return "gb18030"
    from charset_normalizer import from_bytes

    # Only the encodings Chinese text comes in: unrestricted, a short GBK file can pass for Japanese.
    best = from_bytes(data, cp_isolation=CHINESE_ENCODINGS).best()
    if best is None or not CHINESE.search(str(best)):
        raise CorpusError(f"{name}: cannot tell this file's encoding, or it holds no Chinese text. "
                          "Open it in an editor and save it as UTF-8, then load it again.")
    encoding = best.encoding
    return "gb18030" if encoding in ("gb2312", "gbk", "hz") else encoding  # the superset


def read_manifest(folder: Path) -> dict[str, dict]:
    """File name -> its row (``publication``, ``date``) in the folder's ``manifest.csv``, whatever
    encoding Excel or another program saved it in."""
    manifest = folder / "manifest.csv"
    return manifest_rows(read_bytes(manifest), str(manifest)) if manifest.is_file() else {}


def manifest_rows(data: bytes, manifest: str) -> dict[str, dict]:
    """:func:`read_manifest` of the bytes ``data`` of the manifest at path ``manifest`` (named in errors)."""
    text = decode(data, manifest).text.lstrip("\ufeff")
    rows = list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))
    if rows and "file" not in rows[0]:
        raise CorpusError(f"{manifest} has no 'file' column (its columns: {', '.join(map(str, rows[0]))}): "
                          "the manifest names each text file in a column 'file', with its 'publication' "
                          "and 'date' beside it; rename the column, or remove the manifest.")
    return {row["file"]: row for row in rows if row.get("file")}


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


# Corner brackets are the quotation marks of traditional-character text; analysis reads “”‘’.
CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")
LINE = re.compile(r"[^\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")


def _n_different(a: str, b: str) -> int:
    """How many characters differ between two strings of the same length (vectorised: a line can
    be a million characters long)."""
    import numpy as np

    return int(np.count_nonzero(np.frombuffer(a.encode("utf-32-le"), np.uint32)
                                != np.frombuffer(b.encode("utf-32-le"), np.uint32)))


def _mostly_simplified(line: str, changed: int, threshold: float) -> bool:
    """Whether ``changed`` traditional forms are under ``threshold`` of the line's Chinese
    characters; counts no further than it needs to, so a long line costs little."""
    enough = int(changed / threshold) + 1
    return re.match(rf"(?:[^\u3400-\u9fff]*[\u3400-\u9fff]){{{enough}}}", line) is not None


def to_simplified(text: str, threshold: float = 0.05) -> tuple[str, float]:
    """The text in simplified characters, *of the same length*, and the share of it that stood in
    lines converted.

    Each line (paragraph) is decided on its own: it is converted (with OpenCC, phrase by phrase)
    when at least ``threshold`` of its Chinese characters are traditional forms, so a traditional
    article after a simplified one in the same file is converted too. Offsets stay valid in both
    versions, so every result can be reported in the original characters.

    >>> to_simplified("習近平總書記強調「發展」")
    ('习近平总书记强调“发展”', 1.0)
    >>> to_simplified("习近平总书记强调\\n習近平總書記強調")
    ('习近平总书记强调\\n习近平总书记强调', 0.471)
    """
    whole = _t2s().convert(text)  # one pass finds the lines worth a look
    if whole == text:   # nothing to convert (most files)
        return text, 0.0
    aligned = len(whole) == len(text)
    parts, at, converted = [], 0, 0
    for m in LINE.finditer(text):
        line = m.group(0)
        simplified = whole[m.start():m.end()] if aligned else _t2s().convert(line)
        if simplified == line:
            continue
        if len(simplified) != len(line):  # a phrase changed length: convert character by character
            simplified = "".join(c if len(c := _t2s().convert(ch)) == 1 else ch for ch in line)
        changed = _n_different(line, simplified)
        if changed and not _mostly_simplified(line, changed, threshold):
            parts += [text[at:m.start()], simplified.translate(CORNER_QUOTES)]
            at = m.end()
            converted += len(line)
    parts.append(text[at:])
    return "".join(parts), round(converted / max(1, len(text.strip())), 3)
