"""Benchmark: the segmentation of record, plain jieba.posseg against its faster Viterbi, on real text.

    .venv/bin/python benchmarks/segmentation.py [--chars 300000] [--bench ../shared/bench/xwlb-2024]

Takes the first ``--chars`` characters of the 新闻联播 transcripts in ``--bench`` (markdown marks, links
and the update line stripped here, since the loader does not read that layout yet), writes them as text
files to a temporary folder and then, each in a fresh Python process with an empty cache:

(jieba's prefix dictionary already built and kept, as after the first use of the package; each run
``--repeat`` times, the fastest kept, since the machine is shared):

1. bare ``jieba.lcut`` over the text (the floor: segmentation without tags);
2. the analyses that read the segmentation (corpus.tokens, regions.mentions, quotes.analyse) with
   jieba's own Viterbi search (``helpers.segment.FAST_HMM = False``);
3. the same with helpers.fasthmm's Viterbi (the default).

It prints each run's time (the segmentation step and the whole), peak memory and that runs 2 and 3 give
the same tokens. A measurement, not a test: the README's "Segmentation decisions" quotes it.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import logging, resource, sys, time
from pathlib import Path
start = time.perf_counter()
import jieba
jieba.setLogLevel(logging.WARNING)
text = "\\n".join(p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt")))
words = jieba.lcut(text)
print(f"{time.perf_counter() - start:.1f} s  peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB"
      f"  {len(words)} words")
"""

ANALYSES = """
import hashlib, os, resource, sys, time
start = time.perf_counter()
import helpers
from helpers import quotes, regions, segment
segment.FAST_HMM = sys.argv[2] == "fast"
corpus = helpers.load_corpus(sys.argv[1])
t0 = time.perf_counter()
tokens = corpus.tokens
t1 = time.perf_counter()
regions.mentions(corpus, cache=False)
quotes.analyse(corpus, cache=False)
t2 = time.perf_counter()
digest = hashlib.sha256("\\x00".join(tokens["token"] + "/" + tokens["pos"]).encode()).hexdigest()[:12]
print(f"{t2 - start:.1f} s in all (loading {t0 - start:.1f} s, dictionaries and segmentation {t1 - t0:.1f} s, "
      f"places and quotations {t2 - t1:.1f} s)  peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB"
      f"  {len(tokens)} tokens, digest {digest}")
"""


def strip_markup(source: Path, folder: Path, limit: int) -> int:
    """Write the first ``limit`` characters of the transcripts in ``source`` as plain text files."""
    total = 0
    for path in sorted(source.glob("*.md")):
        lines = []
        for line in path.read_text(encoding="utf-8").splitlines():
            line = re.sub(r"\[查看原文\]\([^)]*\)", "", line)
            line = re.sub(r"^#+\s*", "", line).strip()
            if line and line != "---" and not line.startswith(("更新时间", "本期节目主要内容")):
                lines.append(line)
        text = "\n\n".join(lines) + "\n"
        (folder / f"{path.stem}.txt").write_text(text, encoding="utf-8")
        total += len(text)
        if total >= limit:
            break
    return total


def run(code: str, *args: str, cache: Path) -> str:
    cache.mkdir(exist_ok=True)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cache), "ZH_NEWS_CACHE": str(cache), "TMPDIR": str(cache)}
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, check=True)
    return done.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chars", type=int, default=300_000)
    parser.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench" / "xwlb-2024")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    if not args.bench.is_dir():
        sys.exit(f"{args.bench} not found: give the folder of the 新闻联播 transcripts with --bench")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "texts"
        folder.mkdir()
        chars = strip_markup(args.bench, folder, args.chars)
        print(f"{chars} characters in {len(list(folder.iterdir()))} files of {args.bench}")
        warm = Path(tmp) / "warm"
        run("from helpers import segment; segment.tokenizer(True)", cache=warm)
        for name, code, extra in (("bare jieba.lcut", BARE, ()), ("posseg, jieba's Viterbi", ANALYSES, ("plain",)),
                                  ("posseg, fasthmm's Viterbi", ANALYSES, ("fast",))):
            results = []
            for _ in range(args.repeat):
                cache = Path(tempfile.mkdtemp(dir=tmp))
                shutil.copy(warm / "jieba-dictionaries.pickle", cache / "jieba-dictionaries.pickle")
                results.append(run(code, str(folder), *extra, cache=cache))
            print(f"{name:28s} {min(results, key=lambda line: float(line.split()[0]))}")


if __name__ == "__main__":
    main()
