"""Where the report's per-file CPU goes: each step of ``pipeline.analyse_file_for_report``, in one process.

    .venv/bin/python benchmarks/steps.py                        # the first 1 M characters of xwlb-2024
    .venv/bin/python benchmarks/steps.py --corpus DIR --chars all

The files (the corpus's first in name order up to ``--chars`` characters) are analysed one by one as a
report's worker does, each step timed with ``time.process_time()`` (CPU of this process: far steadier than the
wall clock on a shared machine), after the dictionaries and the place matcher are loaded (a worker's start,
which ``run.py`` times as part of the whole). The steps are those of ``pipeline._analyse``: loading and
structure, jieba's part-of-speech cut (run first here, so that the analyses after it read it as they do in a
worker), quotations, content words, formulations, place mentions, then the file's result, pickled as a worker
sends it. A measurement, not a test; the package never reads ``../shared``.
"""
from __future__ import annotations

import argparse
import gc
import pickle
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "bench" / "xwlb-2024"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REAL, help="a folder of .md/.txt files (default: %(default)s)")
    parser.add_argument("--chars", default="1000000", help="characters to take, or 'all' (default 1000000)")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"{args.corpus} is not a folder: give --corpus DIR (the default needs ../shared beside the checkout)")
    with tempfile.TemporaryDirectory() as folder:
        chars = _pick(args.corpus, None if args.chars == "all" else int(args.chars), Path(folder))
        print(f"{args.corpus}: {chars:,} characters")
        _measure(Path(folder))


def _pick(corpus: Path, limit: int | None, folder: Path) -> int:
    total = 0
    for path in sorted(p for p in corpus.iterdir() if p.suffix in (".md", ".txt")):
        if limit is not None and total >= limit:
            break
        shutil.copyfile(path, folder / path.name)
        total += len(path.read_text(encoding="utf-8"))
    return total


def _measure(folder: Path) -> None:
    from helpers import pipeline, quotes, regions, themes
    from helpers.jobs import file_jobs

    pipeline.prepare_worker()
    gc.freeze()  # as a worker does
    seconds: dict[str, float] = {}

    def timed(step: str, function, *args, **kwargs):
        start = time.process_time()
        result = function(*args, **kwargs)
        seconds[step] = seconds.get(step, 0.0) + time.process_time() - start
        return result

    for job in file_jobs(folder):
        corpus = timed("loading and structure", pipeline.load, job)
        timed("part-of-speech cut", _cut, corpus)
        analysis = timed("quotations", quotes.columns, corpus)
        words = timed("content words", themes.content_word_columns, corpus)
        formulations = timed("formulations", themes.formulation_columns, corpus)
        mentions = timed("place mentions", regions.mention_columns, corpus)
        timed("the result, pickled", _pickled, corpus, words, formulations, mentions, analysis)
    for step, value in seconds.items():
        print(f"{step:24} {value:6.2f} s CPU")
    print(f"{'all':24} {sum(seconds.values()):6.2f} s CPU")


def _pickled(corpus, words, formulations, mentions, analysis) -> bytes:
    """The file's result as a worker sends it back (``pipeline.analyse_file_for_report``: no tokens)."""
    from helpers import pipeline
    from helpers.pipeline import FileResult

    result = FileResult(**corpus.columns(), **analysis, tokens=None, words=words,
                        sections=pipeline.section_frequency(words), formulations=formulations, mentions=mentions)
    return pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)


def _cut(corpus) -> None:
    """jieba's part-of-speech cut of every paragraph, kept for the steps after it (as in a worker)."""
    from helpers import segment

    for paragraph in corpus._paragraphs:
        segment._packed(paragraph.text)


if __name__ == "__main__":
    main()
