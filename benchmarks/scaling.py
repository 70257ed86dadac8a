"""Scaling: does the cost grow in proportion to the text, however the text comes?

    .venv/bin/python benchmarks/scaling.py                  # loading and corpus.tokens
    .venv/bin/python benchmarks/scaling.py --analyses       # also regions.mentions and quotes.extract

Three shapes of text, each at two sizes, built from the real 新闻联播 transcripts of
``../shared/bench/xwlb-2024`` (the benchmark needs that folder; the package never reads it):

* **one file**: the transcripts joined into one file of 0.15 M and 1.5 M characters (many
  programmes, thousands of articles, in one file);
* **one paragraph**: their text with every tag and line break removed, one line of 0.15 M and 1.5 M
  characters;
* **xwlb-2024**: the folder as it is, its first 100 files (1.0 M characters) and all 364 (3.8 M).

Each step runs in a fresh Python process with an empty cache (its own ``XDG_CACHE_HOME``), a
memory ceiling (``--limit-gb``, default 4) and a time limit (``--timeout``), so that a superlinear
step ends as "over the limit" instead of taking the machine down. The time printed is the step's own
(imports, and loading dictionaries once on the seed page, excluded; for loading, the best of three),
as CPU time (the process and its workers: on a shared machine far steadier than the wall clock,
which is printed beside it); peak memory is the process's maximum resident set size (imports included). The
ratios compare the larger size with the smaller: the target is at most 1.2 × the ratio of
characters (10× the text in at most 12× the time) and a peak under 1 GB. This is a measurement,
not a test: nothing here fails on a slow machine.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
XWLB = ROOT.parent / "shared" / "bench" / "xwlb-2024"

CHILD = """
import json, resource, sys, time
def cpu():
    return sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
               for f in ("ru_utime", "ru_stime"))
import helpers
from helpers import quotes, regions
STEPS = {"load": lambda corpus: None, "tokens": lambda corpus: corpus.tokens,
         "mentions": regions.mentions, "quotes": quotes.extract}
step = STEPS[sys.argv[2]]
step(helpers.load_corpus())  # warm up on the seed page: dictionaries and tables load once, untimed
loads = []
for _ in range(3 if sys.argv[2] == "load" else 1):  # the best of three: loading is quick, the machine noisy
    ready, ready_cpu = time.perf_counter(), cpu()
    corpus = helpers.load_corpus(sys.argv[1])
    loads.append((cpu() - ready_cpu, time.perf_counter() - ready))
loaded, loaded_cpu = time.perf_counter(), cpu()
step(corpus)
done, done_cpu = time.perf_counter(), cpu()
print(json.dumps({"load": min(loads)[0], "load_wall": min(loads)[1], "step": done_cpu - loaded_cpu,
                  "step_wall": done - loaded,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "chars": sum(map(len, corpus.texts.values()))}))
"""


def build(folder: Path) -> dict[str, Path]:
    """The six inputs, written into ``folder``."""
    files = sorted(XWLB.glob("*.md"))
    joined = "".join(p.read_text(encoding="utf-8") for p in files)
    flat = re.sub(r"<[^<>]*>|\s", "", joined)
    cases = {}
    for label, size in (("0.15M", 150_000), ("1.5M", 1_500_000)):
        cases[f"one file {label}"] = folder / f"file_{label}.md"
        cases[f"one file {label}"].write_text(joined[:size], encoding="utf-8")
        cases[f"one paragraph {label}"] = folder / f"paragraph_{label}.txt"
        cases[f"one paragraph {label}"].write_text(flat[:size], encoding="utf-8")
    first = folder / "xwlb_first100"
    first.mkdir()
    for p in files[:100]:
        (first / p.name).write_bytes(p.read_bytes())
    cases["xwlb-2024 1.0M"] = first
    cases["xwlb-2024 3.8M"] = XWLB
    return cases


def run(path: Path, step: str, limit_gb: float, timeout: float) -> dict | str:
    """One step on one input in a fresh process: its measurements, or why it did not finish."""
    def ceiling():
        limit = int(limit_gb * 1024 ** 3)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "XDG_CACHE_HOME": cache, "PYTHONPATH": str(ROOT)}
        try:
            done = subprocess.run([sys.executable, "-c", CHILD, str(path), step], capture_output=True, text=True,
                                  env=env, cwd=ROOT, timeout=timeout, preexec_fn=ceiling)
        except subprocess.TimeoutExpired:
            return f"over {timeout:.0f} s"
    if done.returncode:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return "over the memory ceiling" if "MemoryError" in done.stderr else f"failed: {last[:80]}"
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--analyses", action="store_true", help="also time regions.mentions and quotes.extract")
    parser.add_argument("--limit-gb", type=float, default=4.0, help="memory ceiling of each step (GB)")
    parser.add_argument("--timeout", type=float, default=600.0, help="time limit of each step (s)")
    args = parser.parse_args()
    if not XWLB.is_dir():
        sys.exit(f"{XWLB} is absent: the scaling run builds its inputs from the 新闻联播 transcripts there.")
    steps = ["load", "tokens"] + (["mentions", "quotes"] if args.analyses else [])
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores (timings on a busy machine are noisy)")
    with tempfile.TemporaryDirectory() as tmp:
        cases = build(Path(tmp))
        results: dict[tuple[str, str], dict | str] = {}
        print(f"{'input':22s} {'step':9s} {'chars':>10s} {'CPU s':>8s} {'wall s':>8s} {'peak MB':>8s}")
        for name, path in cases.items():
            for step in steps:
                r = results[name, step] = run(path, step, args.limit_gb, args.timeout)
                if isinstance(r, str):
                    print(f"{name:22s} {step:9s} {'':>10s} {r}")
                else:
                    key = "load" if step == "load" else "step"
                    print(f"{name:22s} {step:9s} {r['chars']:>10,d} {r[key]:8.2f} {r[key + '_wall']:8.2f} "
                          f"{r['peak_mb']:8.0f}")
                sys.stdout.flush()
    print("\nratios, larger / smaller (target: CPU time ratio at most 1.2 × the character ratio; peak < 1 GB)")
    for shape in ("one file", "one paragraph", "xwlb-2024"):
        small, large = [name for name in cases if name.startswith(shape)]
        for step in steps:
            a, b = results[small, step], results[large, step]
            if isinstance(a, str) or isinstance(b, str):
                print(f"{shape:14s} {step:9s} not comparable ({a if isinstance(a, str) else b})")
                continue
            key = "load" if step == "load" else "step"
            chars, seconds = b["chars"] / a["chars"], b[key] / max(a[key], 1e-9)
            verdict = "linear" if seconds <= 1.2 * chars else "SUPERLINEAR"
            print(f"{shape:14s} {step:9s} characters ×{chars:5.2f}  CPU time ×{seconds:6.2f}  "
                  f"peak {a['peak_mb']:.0f} → {b['peak_mb']:.0f} MB  {verdict}")


if __name__ == "__main__":
    main()
