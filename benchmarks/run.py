"""Benchmark: the full report against bare jieba segmentation on a corpus of about a million characters.

    .venv/bin/python benchmarks/run.py [--files 130] [--notebooks]

Builds a corpus of 130 files from the seed's articles (each file a different arrangement of the
seed's paragraphs, so that no two files are identical and the segmentation cache cannot cheat),
then, each in a fresh Python process:

1. bare ``jieba.lcut`` over the whole text (dictionary loading included, as in the report);
2. ``python -m helpers report`` on the folder, first run (empty cache);
3. the same report again (segmentation read back from the per-corpus cache);

and prints the times, the ratio report / bare segmentation and each run's peak memory.
With ``--notebooks``, it also times executing the whole notebook sequence.
"""
from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_b4574a547f6afe6f.txt"

BARE = """
import resource, sys, time
from pathlib import Path
start = time.perf_counter()
import jieba, logging
jieba.setLogLevel(logging.WARNING)
text = "\\n".join(p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt")))
words = jieba.lcut(text)
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, len(text), len(words))
"""

REPORT = """
import io, re, resource, sys, time
start = time.perf_counter()
from helpers.report import write_report
progress = io.StringIO()
write_report(sys.argv[1], sys.argv[2], workers=int(sys.argv[3]), stream=progress)
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
segmenting = re.search(r"segmenting with jieba … ([0-9.]+) s", progress.getvalue()).group(1)
print(time.perf_counter() - start, peak, segmenting)
"""


def build_corpus(folder: Path, files: int) -> int:
    """Write ``files`` variations of the seed page into ``folder``; return the total characters."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    body = [i for i, line in enumerate(lines) if len(line) > 60 and not line.startswith("#")]
    rng = random.Random(2024)
    total = 0
    for n in range(files):
        page = lines[:]
        for _ in range(6):  # swap body paragraphs: the same kind of text, never the same file
            a, b = rng.sample(body, 2)
            page[a], page[b] = page[b], page[a]
        text = "\n".join(page)
        (folder / f"page_{n:03d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
    return total


def run(code: str, *args: str, env=None) -> list[float]:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True,
                         cwd=ROOT, env=env)
    return [float(x) for x in out.stdout.split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=130)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--notebooks", action="store_true", help="also time executing every notebook")
    args = parser.parse_args()
    import os

    work = Path(tempfile.mkdtemp(prefix="zhnews-bench-"))
    env = dict(os.environ, XDG_CACHE_HOME=str(work / "cache"))  # a cold, private cache
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        chars = build_corpus(corpus, args.files)
        print(f"corpus: {args.files} files, {chars:,} characters")
        bare, bare_kb, _, n_words = run(BARE, str(corpus), env=env)
        print(f"bare jieba.lcut:          {bare:6.2f} s   peak {bare_kb / 1024:6.0f} MB   ({int(n_words):,} words)")
        first, first_kb, first_seg = run(REPORT, str(corpus), str(work / "out1"), str(args.workers), env=env)
        print(f"report, first run:        {first:6.2f} s   peak {first_kb / 1024:6.0f} MB   "
              f"ratio to bare segmentation {first / bare:.2f}   (segmenting step {first_seg:.1f} s)")
        second, second_kb, second_seg = run(REPORT, str(corpus), str(work / "out2"), str(args.workers), env=env)
        print(f"report, second run:       {second:6.2f} s   peak {second_kb / 1024:6.0f} MB   "
              f"{100 * second / first:.0f}% of the first run   (segmenting step {second_seg:.1f} s, "
              f"{100 * second_seg / max(first_seg, 0.05):.0f}% of the first)")
        if args.notebooks:
            sys.path.insert(0, str(ROOT))
            from helpers.site import NOTEBOOKS, execute_notebook

            start = time.perf_counter()
            for path in sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")):
                one = time.perf_counter()
                execute_notebook(path)
                print(f"  notebook {path.name:28} {time.perf_counter() - one:6.1f} s")
            print(f"all notebooks:            {time.perf_counter() - start:6.2f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
