"""Results remembered on disk: a table computed from a corpus, a file's analysis, a whole report.

A table computed from a corpus (helpers.regions.mentions, helpers.quotes.analyse) is kept in the user's cache
directory, next to the corpus's tokens (``helpers.segment.clear_cache()`` empties both), under a name that
changes whenever the paragraphs, the package's code or data, jieba, the libraries the pickles depend on or the
added words change:

>>> path = result_path("mentions", corpus._paragraphs, ("paragraph", "text"))  # doctest: +SKIP
>>> read_result(path) is None or write_result(path, table)  # doctest: +SKIP

The cache only saves time, it never decides a result: where its folder cannot be created or written (a
read-only or full disk, a HOME the user cannot write to), everything is computed as usual and not kept, and
one :class:`CacheWarning` says so (set the ``ZH_NEWS_CACHE`` environment variable to a folder that can be
written to keep results again). An entry it cannot use (written by another environment, cut short by a killed
run, of another kind) is a miss: the result is computed again.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sys
import time
import warnings
from functools import lru_cache
from pathlib import Path

RESULTS_VERSION = "1"  # bump when a cached table changes shape
# Libraries whose objects end up in the pickles (a table of pyarrow strings cannot be read without pyarrow):
# their versions are part of every key, so that environments sharing one cache folder never read each other's.
PICKLED_LIBRARIES = ("pandas", "numpy", "pyarrow", "jieba")
_unusable: dict[str, str] = {}  # cache root folder -> why it cannot be written (warned about once)


class CacheWarning(UserWarning):
    """Results cannot be kept on disk this session; they are computed as usual."""


def usable(folder: Path) -> bool:
    """True if results can be kept in ``folder`` (created if need be); if not, warn once and say False."""
    if _root() in _unusable:
        return False
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not os.access(folder, os.W_OK | os.X_OK):
            raise PermissionError(13, "Permission denied", str(folder))
    except OSError as error:
        give_up(folder, error)
        return False
    return True


def give_up(folder: Path, error: OSError) -> None:
    """Stop using the cache for this session, with one warning saying why (``folder`` is the one that failed)."""
    if _root() in _unusable:
        return
    _unusable[_root()] = why = error.strerror or str(error)
    warnings.warn(f"helpers: results are computed but not kept: the cache folder {folder} cannot be written "
                  f"({why}). Set ZH_NEWS_CACHE to a folder you can write to keep them.", CacheWarning, stacklevel=3)


def _root() -> str:
    from . import segment

    return str(segment.CACHE_DIR)


def environment() -> str:
    """Python's version and those of :data:`PICKLED_LIBRARIES` ("-" where one is not installed).

    >>> environment()  # doctest: +SKIP
    'python=3.11.2 pandas=2.2.3 numpy=2.1.3 pyarrow=- jieba=0.42.1'
    """
    from importlib.metadata import PackageNotFoundError, version

    def installed(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "-"

    return " ".join([f"python={sys.version.split()[0]}"] + [f"{name}={installed(name)}" for name in PICKLED_LIBRARIES])


@lru_cache(maxsize=1)
def fingerprint() -> bytes:
    """A digest of every module and data file of the package (the dictionaries included) and of the
    :func:`environment`: part of every key in the cache, so that a changed rule or dictionary never serves old
    results, and a pickle written by another environment is never read."""
    digest = hashlib.sha256((RESULTS_VERSION + "\x01" + environment()).encode("utf-8"))
    package = Path(__file__).resolve().parent
    for path in sorted(package.glob("*.py")) + sorted(package.glob("*/*.py")) + sorted((package / "data").glob("*")):
        if path.is_file():
            digest.update(path.name.encode("utf-8") + b"\x01" + path.read_bytes() + b"\x01")
    return digest.digest()


def result_path(name: str, paragraphs, fields: tuple[str, ...]):
    """Where the cached table ``name`` of these paragraphs lives: the key covers the paragraphs (the
    ``fields`` the analysis reads), the package's code and data and jieba's version (:func:`fingerprint`)
    and the words added to the dictionary this session."""
    from . import segment

    digest = hashlib.sha256(fingerprint())
    for part in (name, "\x00".join(segment._ADDED)):
        digest.update(part.encode("utf-8") + b"\x01")
    for p in paragraphs:
        digest.update(repr(tuple(getattr(p, f) for f in fields)).encode("utf-8") + b"\x01")
    return segment.CACHE_DIR / "tokens" / f"{name}-{digest.hexdigest()[:32]}.pickle"


def read_result(path, kind: type = object):
    """The result kept at ``path`` (from :func:`result_path`), or None if there is none to use: none kept, or
    one that cannot be read (half-written by a killed run, naming a module this environment lacks) or is not
    of ``kind``."""
    if path is None:
        return None
    try:
        with path.open("rb") as f:
            found = pickle.load(f)
    except Exception:  # any failure to read an entry is a miss: the result is computed again
        return None
    return found if isinstance(found, kind) else None


def write_result(path, value) -> None:
    """Keep ``value`` at ``path`` for :func:`read_result`, if the cache directory can be written."""
    if path is not None:
        write_atomically(path, value)


def write_atomically(path: Path, value) -> bool:
    """Pickle ``value`` to ``path`` so that another process never reads half a file; False (and one
    warning) if the cache cannot be written, and then nothing is left behind. ``value`` may be ``bytes``
    that are a pickle already: they are written as they are."""
    folder = path.parent
    if not usable(folder):
        return False
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        with temporary.open("wb") as f:
            f.write(value) if isinstance(value, bytes) else pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)  # atomic: another process never reads half a file
    except OSError as error:  # a full or read-only disk: the result is still right, only not kept
        temporary.unlink(missing_ok=True)
        give_up(folder, error)
        return False
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return True


# --- whole folders of results (a report), kept by key ---------------------------------------------------
#: How many folders of each kind are kept (the most recently used): a report is several MB per 100,000 characters.
FOLDERS_KEPT = 3
#: A folder larger than this (MB) is not kept: three copies of it would fill a laptop's disk.
FOLDER_MB_KEPT = 500
_COMPLETE = ".complete"  # written last into a kept folder: its files, one per line


def copy_kept(kind: str, key: str, into: Path) -> list[Path] | None:
    """Copy the files kept by :func:`keep_folder` under ``kind``/``key`` into the folder ``into``; the paths
    written, or None (and nothing written) if none are kept or they cannot all be read."""
    from . import segment

    source = segment.CACHE_DIR / kind / key
    written: list[Path] = []
    try:
        for name in (source / _COMPLETE).read_text(encoding="utf-8").splitlines():
            written.append(into / name)
            _copy(source / name, into / name)
        os.utime(source)  # recently used: kept longest
    except (OSError, UnicodeDecodeError):
        for item in written:  # what was copied before the failure, and nothing else
            shutil.rmtree(item, ignore_errors=True) if item.is_dir() else item.unlink(missing_ok=True)
        return None
    return written


def keep_folder(kind: str, key: str, files: list[Path]) -> bool:
    """Keep a copy of ``files`` (files or folders, side by side in one folder) under ``kind``/``key`` for
    :func:`copy_kept`, and forget all but the :data:`FOLDERS_KEPT` most recently used of ``kind``. False if
    they are larger than :data:`FOLDER_MB_KEPT` or (with one warning) the cache cannot be written; nothing
    half-copied is ever read."""
    from . import segment

    folder = segment.CACHE_DIR / kind
    if sum(map(_size, files)) > FOLDER_MB_KEPT * 1e6 or not usable(folder):
        return False
    temporary = folder / f".{key}.{os.getpid()}.tmp"
    try:
        temporary.mkdir()
        for file in files:
            _copy(file, temporary / file.name)
        (temporary / _COMPLETE).write_text("".join(f"{file.name}\n" for file in files), encoding="utf-8")
        shutil.rmtree(folder / key, ignore_errors=True)
        temporary.rename(folder / key)
    except OSError as error:
        shutil.rmtree(temporary, ignore_errors=True)
        give_up(folder, error)
        return False
    kept = sorted((p for p in folder.iterdir() if not p.name.startswith(".")), key=_mtime, reverse=True)
    abandoned = [p for p in folder.glob(".*.tmp") if _mtime(p) < time.time() - 86400]  # by runs that were killed
    for old in kept[FOLDERS_KEPT:] + abandoned:
        shutil.rmtree(old, ignore_errors=True)
    return True


def _copy(source: Path, target: Path) -> Path:
    if source.is_dir():
        shutil.copytree(source, target)
    else:
        shutil.copyfile(source, target)
    return target


def _size(path: Path) -> int:
    """The bytes of a file, or of every file in a folder."""
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
