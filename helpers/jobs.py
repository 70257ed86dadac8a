"""What a report or a map over files is asked to analyse: the files, their bytes, and the keys of their results.

>>> jobs = file_jobs("seeds")                       # doctest: +SKIP
>>> jobs[0].name, len(jobs[0].data), jobs[0].key()  # doctest: +SKIP

A key is a digest of everything a result depends on: the file's bytes and name, how it is read, the
package's code and data (:func:`helpers.cache.fingerprint`, jieba's version and the environment included) and
the words added to the dictionary this session. Results are kept in the user's cache under their key, so a
second run over the same files reads them back. This module imports neither pandas nor jieba: a report
whose every result is kept starts, checks and copies in a fraction of a second.
"""
from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass

from .reading import bundled_corpora, corpus_path, read_bytes, text_files


@dataclass(frozen=True)
class FileJob:
    """What analysing one file needs: its name in the corpus, its bytes, and how to read them.

    ``label`` is the path shown in error messages; ``manifest`` the bytes of the folder's
    manifest.csv (publications), if any, at ``manifest_label``; ``added`` the words added to the dictionary this
    session.
    """

    name: str
    data: bytes
    label: str
    errors: str = "strict"
    manifest: bytes | None = None
    added: tuple[str, ...] = ()
    manifest_label: str = "manifest.csv"

    def key(self) -> str:
        """A digest of everything the result depends on: the file, its name and how it is read,
        the package's code and data, jieba's version and the added words."""
        return digest(self.name, self.errors, self.manifest or b"", "\x00".join(self.added), self.data)


def result_path(job: FileJob, tokens: bool = True):
    """Where the analysis of ``job`` is kept in the user's cache (with its tokens, or for the report: without)."""
    from .segment import CACHE_DIR

    return CACHE_DIR / "files" / f"{job.key()}{'' if tokens else '-words'}.pickle"


def digest(*parts: str | bytes) -> str:
    """A key (32 hex digits) for ``parts`` and the package's code and data.

    >>> digest("a", b"b") == digest("a", b"b") != digest("ab")
    True
    """
    from .cache import fingerprint

    whole = hashlib.sha256(fingerprint())
    for part in parts:
        whole.update(hashlib.sha256(part if isinstance(part, bytes) else part.encode("utf-8")).digest())
    return whole.hexdigest()[:32]


def file_jobs(path, errors: str = "strict") -> list[FileJob]:
    """One :class:`FileJob` per text file of ``path`` (a file, a folder and its subfolders, or the name
    of a bundled corpus), in the loader's order and under the loader's names (``2024/b.txt``)."""
    path = corpus_path(path)
    files, _ = text_files(path, bundled_corpora())
    manifest = path / "manifest.csv" if path.is_dir() else path.parent / "manifest.csv"
    manifest_bytes = read_bytes(manifest) if manifest.is_file() else None
    return [FileJob(name, read_bytes(file), str(file), errors, manifest_bytes, added_words(), str(manifest))
            for name, file in files]


def skipped(path) -> list[dict]:
    """The files of ``path`` that the loader does not read, and why (``file``, ``reason``)."""
    return text_files(corpus_path(path), bundled_corpora())[1]


def added_words() -> tuple[str, ...]:
    """The words added to the dictionary this session (``helpers.add_words``), as ``"word tag"``.

    Words are added only through helpers.segment: if it was never imported, none were, and jieba need
    not be loaded to know it."""
    segment = sys.modules.get(f"{__package__}.segment")
    return tuple(segment._ADDED) if segment is not None else ()
