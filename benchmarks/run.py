"""Benchmark: the full report against bare jieba segmentation, on real text.

    .venv/bin/python benchmarks/run.py                       # ../shared/bench/xwlb-2024: 1 M characters, then all
    .venv/bin/python benchmarks/run.py --corpus DIR --sizes 1000000,all --workers 2
    .venv/bin/python benchmarks/run.py --notebooks           # also times executing every notebook
    .venv/bin/python benchmarks/run.py --repeat 5            # and the cold ratio over 5 alternated pairs

For each size (the corpus's first files in name order up to that many characters, or ``all``), each
in a fresh Python process with its own empty cache, so that imports and dictionary loading count:

1. bare ``jieba.lcut`` over the same text (the floor: segmentation alone, one core);
2. ``python -m helpers report`` on the files, cold (no result kept), with ``--workers`` processes, and
   the time of each of its steps; for the first size also the first run ever (not even the dictionaries'
   caches built: jieba builds its own once per installation, and the bare run finds it built);
3. the same report again, warm (the same files: the report is copied from the cache);
4. the report once one file is edited (that file analysed again, the others read from the cache);
5. the report on a Dask ``LocalCluster`` of ``--workers`` processes, cold (skip with ``--no-dask``);
6. with ``--repeat N``, N more pairs of a bare run and a cold report run one right after the other (each report
   with a cache of its own), and the cold ratio's median and range over the pairs: on a host whose speed drifts
   from one minute to the next, one pair's ratio says little (seen here: 15%).

It prints wall-clock times and CPU times (user + system, of the process and all its worker processes:
much steadier than wall-clock time on a shared machine), both measured from outside the process, so that
start-up and exit count; peak memory (resident set size: the larger of the process and its largest
child), and the ratios against the targets of issue 14. The real corpus is
``../shared/bench/xwlb-2024`` (364 新闻联播 transcripts of 2024, 3.8 M characters); where it is absent,
a corpus of shuffled seed pages stands in, and the output says so. A measurement, not a test: nothing
fails on a slow machine.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_b4574a547f6afe6f.txt"
REAL = ROOT.parent / "shared" / "bench" / "xwlb-2024"
TARGETS = {"cold / bare": 1.5, "warm / cold": 0.10, "all / 1 M": 4.2, "peak MB": 1024, "dask / local": 1.2}

# Each prints, when its interpreter ends (its worker processes joined), its peak memory: the larger of its own
# and its largest child's resident set size, in KB.
PEAK = """
import atexit, resource
atexit.register(lambda: print(max(resource.getrusage(w).ru_maxrss
                                  for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))))
"""

BARE = PEAK + """
import sys
from pathlib import Path
import jieba, logging
jieba.setLogLevel(logging.WARNING)
text = "\\n".join(p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).iterdir()))
words = jieba.lcut(text)
print(len(text), len(words))
"""

REPORT = PEAK + """
import io, re, sys
from helpers.report import write_report
if __name__ == "__main__":
    progress = io.StringIO()
    write_report(sys.argv[1], sys.argv[2], workers=int(sys.argv[3]), stream=progress,
                 scheduler=sys.argv[4] if len(sys.argv) > 4 else None)
    steps = re.findall(r"\\] (\\S+)[^\\]]*?… ([0-9.]+) s", progress.getvalue())
    print(*(f"{name}={seconds}" for name, seconds in steps))
"""


def pick(corpus: Path, chars: int | None, folder: Path) -> tuple[int, int]:
    """Copy the corpus's first files (name order) up to ``chars`` characters into ``folder``."""
    total = files = 0
    for path in sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".md")):
        if chars is not None and total >= chars:
            break
        shutil.copyfile(path, folder / path.name)
        total += len(path.read_text(encoding="utf-8"))
        files += 1
    return files, total


def build_seed_corpus(folder: Path, chars: int | None) -> tuple[int, int]:
    """The fallback: variations of the seed page (paragraphs swapped), up to ``chars`` characters
    (2 M for ``all``). Its distinct paragraphs are few: memos make places and quotations look cheap."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    body = [i for i, line in enumerate(lines) if len(line) > 60 and not line.startswith("#")]
    rng = random.Random(2024)
    total = files = 0
    while total < (chars or 2_000_000):
        page = lines[:]
        for _ in range(6):
            a, b = rng.sample(body, 2)
            page[a], page[b] = page[b], page[a]
        text = "\n".join(page)
        (folder / f"page_{files:04d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
        files += 1
    return files, total


def run(code: str, *args: str, env=None) -> tuple[list[float], dict[str, float]]:
    """Run ``code`` in a fresh interpreter: its wall-clock time and CPU time (its own and its processes'),
    measured from here so that start-up and worker processes still exiting at the end count, then the
    numbers it prints and its ``step=seconds`` pairs."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, env=env)
    wall = time.perf_counter() - start
    if out.returncode:
        sys.exit(f"benchmark step failed:\n{out.stderr[-3000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the process and every process it waited for
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    words = out.stdout.split()
    numbers = [float(w) for w in words if "=" not in w]
    steps = dict((w.split("=")[0], float(w.split("=")[1])) for w in words if "=" in w)
    return [wall, cpu, *numbers], steps


PRIME = """
import compileall
compileall.compile_dir("helpers", quiet=1)  # as pip does for a package it installs (not for an editable one)
from helpers import pipeline
pipeline.prepare_worker()
import matplotlib.pyplot  # matplotlib's list of the system's fonts, kept in the same cache folder
"""


def measure(work: Path, corpus: Path, size: str, workers: int, dask: bool, real: bool, first: bool,
            repeat: int = 0) -> dict:
    chars = None if size == "all" else int(size)
    folder = work / f"corpus-{size}"
    folder.mkdir()
    files, total = pick(corpus, chars, folder) if real else build_seed_corpus(folder, chars)
    print(f"\n== {size} : {files} files, {total:,} characters")
    env = dict(os.environ, XDG_CACHE_HOME=str(work / f"cache-{size}"))  # a private cache: no results kept,
    shutil.copytree(work / "dictionaries", work / f"cache-{size}")  # the dictionaries built once, as bare jieba's
    (bare, bare_cpu, _, n_words, bare_kb), _ = run(BARE, str(folder), env=env)
    print(f"bare jieba.lcut:       {bare:7.2f} s   peak {bare_kb / 1024:6.0f} MB   CPU {bare_cpu:6.1f} s   "
          f"({int(n_words):,} words, one core)")
    (cold, cold_cpu, cold_kb), steps = run(REPORT, str(folder), str(work / f"out-{size}-1"), str(workers), env=env)
    print(f"report, cold:          {cold:7.2f} s   peak {cold_kb / 1024:6.0f} MB   CPU {cold_cpu:6.1f} s   "
          f"{cold / bare:.2f}× bare (target ≤ {TARGETS['cold / bare']}); CPU {cold_cpu / bare_cpu:.2f}× bare's")
    print("   steps: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in steps.items()))
    if first:
        empty = dict(env, XDG_CACHE_HOME=str(work / f"empty-{size}"))
        (ever, ever_cpu, _), _ = run(REPORT, str(folder), str(work / f"out-{size}-0"), str(workers), env=empty)
        print(f"report, first run ever: {ever:6.2f} s   CPU {ever_cpu:6.1f} s   (the dictionaries' caches built too)")
    (warm, warm_cpu, warm_kb), warm_steps = run(REPORT, str(folder), str(work / f"out-{size}-2"), str(workers),
                                                env=env)
    print(f"report, warm:          {warm:7.2f} s   peak {warm_kb / 1024:6.0f} MB   CPU {warm_cpu:6.1f} s   "
          f"{100 * warm / cold:.0f}% of cold (target ≤ {100 * TARGETS['warm / cold']:.0f}%); the same files: "
          "the report is copied from the cache")
    last = sorted(folder.iterdir())[-1]
    last.write_text(last.read_text(encoding="utf-8") + "\n本台记者报道。\n", encoding="utf-8")
    (edited, edited_cpu, edited_kb), edited_steps = run(REPORT, str(folder), str(work / f"out-{size}-4"),
                                                        str(workers), env=env)
    print(f"report, one file edited: {edited:5.2f} s   peak {edited_kb / 1024:6.0f} MB   CPU {edited_cpu:6.1f} s   "
          f"{100 * edited / cold:.0f}% of cold: that file analysed again, the others' analyses read from the cache")
    print("   steps: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in edited_steps.items()))
    result = {"chars": total, "bare": bare, "cold": cold, "warm": warm, "peak": max(cold_kb, warm_kb) / 1024,
              "cold_cpu": cold_cpu}
    if dask:
        env["XDG_CACHE_HOME"] = str(work / f"cache-{size}-dask")
        shutil.copytree(work / "dictionaries", work / f"cache-{size}-dask")
        (on_dask, dask_cpu, dask_kb), _ = run(REPORT, str(folder), str(work / f"out-{size}-3"), str(workers),
                                              "local", env=env)
        print(f"report, Dask local:    {on_dask:7.2f} s   peak {dask_kb / 1024:6.0f} MB   CPU {dask_cpu:6.1f} s   "
              f"{on_dask / cold:.2f}× the local cold run (target ≤ {TARGETS['dask / local']})")
        result["dask"] = on_dask
    if repeat:
        ratios = [cold / bare]
        for i in range(repeat):
            cache = work / f"cache-{size}-r{i}"
            shutil.copytree(work / "dictionaries", cache)
            (bare_i, *_), _ = run(BARE, str(folder), env=dict(env, XDG_CACHE_HOME=str(cache)))
            (cold_i, *_), _ = run(REPORT, str(folder), str(work / f"out-{size}-r{i}"), str(workers),
                                  env=dict(env, XDG_CACHE_HOME=str(cache)))
            ratios.append(cold_i / bare_i)
        ratios.sort()
        print(f"cold / bare over {len(ratios)} pairs: median {ratios[len(ratios) // 2]:.2f}× "
              f"(range {ratios[0]:.2f}–{ratios[-1]:.2f}×; target ≤ {TARGETS['cold / bare']})")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REAL, help=f"a folder of .txt/.md files (default {REAL})")
    parser.add_argument("--sizes", default="1000000,all", help="characters per run, comma-separated, or 'all'")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster runs")
    parser.add_argument("--notebooks", action="store_true", help="also time executing every notebook")
    parser.add_argument("--repeat", type=int, default=0, metavar="N",
                        help="N more alternated pairs of bare and cold runs: the cold ratio's median and range")
    args = parser.parse_args()
    real = args.corpus.is_dir()
    print(f"corpus: {args.corpus}" if real else
          f"corpus: {args.corpus} is absent; shuffled seed pages stand in (few distinct paragraphs: "
          "places and quotations look cheaper than on real text)")
    print(f"machine: {os.cpu_count()} cores, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    work = Path(tempfile.mkdtemp(prefix="zhnews-bench-"))
    try:
        # jieba keeps its prefix dictionary in a cache (bare jieba's in /tmp), built once per installation, and
        # so do this package (its dictionaries and place matcher) and matplotlib (its list of the system's
        # fonts; it is in the same folder, XDG_CACHE_HOME): build them once, outside the timings.
        run(PRIME, env=dict(os.environ, XDG_CACHE_HOME=str(work / "dictionaries")))
        sizes = args.sizes.split(",")
        results = {size: measure(work, args.corpus, size, args.workers, not args.no_dask, real, size == sizes[0],
                                 args.repeat) for size in sizes}
        sizes = list(results)
        if len(sizes) > 1:
            small, large = results[sizes[0]], results[sizes[-1]]
            print(f"\n{sizes[-1]} / {sizes[0]}: {large['chars'] / small['chars']:.1f}× the characters in "
                  f"{large['cold'] / small['cold']:.2f}× the time, {large['cold_cpu'] / small['cold_cpu']:.2f}× "
                  f"the CPU time (target ≤ {TARGETS['all / 1 M']} for 3.8×); "
                  f"largest peak {max(r['peak'] for r in results.values()):.0f} MB (target < {TARGETS['peak MB']})")
        print(f"load average now {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
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
