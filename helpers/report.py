"""The whole analysis of a file or folder in one command: CSV tables, PNG figures, an HTML page.

    python -m helpers report PATH --out DIR [--workers 2] [--scheduler local|ADDRESS] [--force]

>>> from helpers.report import write_report
>>> written = write_report("seeds", "/tmp/report")          # doctest: +SKIP
"""
from __future__ import annotations

import argparse
import base64
import contextlib
import html
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from .columns import Columns, frame, length, split
from .reading import CorpusError

if TYPE_CHECKING:  # pandas is imported where tables are made: a report read back from the cache needs none
    import pandas as pd

TABLE_NOTES = {
    "articles.csv": "one row per article: title, subtitle, source, byline, dateline, sections, paragraphs",
    "paragraphs.csv": "every paragraph with its kind, section, offsets and what the loader repaired",
    "repairs.csv": "the paragraphs the loader repaired or flagged",
    "keywords.csv": "the ten keywords of each article (TF-IDF over the corpus's sections)",
    "formulations.csv": "how often each political formulation (提法) occurs in each article",
    "mentions.csv": "every place mention: surface, place, level, province, country, offsets",
    "quotes.csv": "every speech event: speaker, title, organisation, province, verb, mode, words",
    "quote_marks_not_speech.csv": "quotation marks around names, terms and slogans, not speech",
    "quotes_skipped.csv": "quotation marks the extractor could not attribute, with the reason",
    "skipped_files.csv": "files of the folder that were not read (system files, other formats), and why",
    "tables/paragraphs/": "every paragraph (as paragraphs.csv), in Parquet, one file per input file",
    "tables/tokens/": "every token with its part of speech and offsets, in Parquet, one file per input file",
    "tables/mentions/": "every place mention (as mentions.csv), in Parquet, one file per input file",
}


class ReportError(CorpusError):
    """A report that cannot be written where asked: the message says why and what to do."""


#: Written last into every report folder: the files the report wrote, so that the next report may
#: replace them, and only them.
MARKER = ".zh-news-report"
#: Above this many MB of text (about a third as many million characters), the report writes its large tables
#: per file as Parquet instead of gathering them: gathered, they take about 100 times the text's size in memory.
PARQUET_ABOVE_MB = 200


class Progress:
    """Numbered progress lines with timings, on stdout: the report can take a while.

    Whoever reads them may stop reading (``| head``): the report then goes on without them."""

    def __init__(self, steps: int, stream=sys.stdout):
        self.steps, self.done, self.stream = steps, 0, stream

    def step(self, what: str):
        self.done += 1
        self.say(f"[{self.done}/{self.steps}] {what} …", end=" ")
        self.started = time.monotonic()

    def finish(self, detail: str = ""):
        self.say(f"{time.monotonic() - self.started:.1f} s{'  ' + detail if detail else ''}")

    def say(self, text: str, end: str = "\n"):
        if self.stream is None:
            return
        try:
            print(text, end=end, flush=True, file=self.stream)
        except BrokenPipeError:
            if self.stream is sys.stdout:
                _silence_stdout()
            self.stream = None


def _silence_stdout():
    """Point stdout at /dev/null, so that the interpreter's last flush does not fail on a closed pipe."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (a notebook): nothing to flush there
        pass


def write_report(path, out, workers: int = 2, stream=sys.stdout, force: bool = False, errors: str = "strict",
                 scheduler: str | None = None, parquet_above: float | None = PARQUET_ABOVE_MB) -> list[Path]:
    """Analyse ``path`` (a file or a folder) and write tables, figures and ``index.html`` to ``out``.

    The report is built in a temporary folder beside ``out`` and moved into place only when it is
    complete, so ``out`` never holds half a report or a mix of two. ``out`` must be new, empty or a
    report written before (which is replaced); a folder holding other files is refused unless
    ``force``, which writes the report's files among them. ``errors="replace"`` loads files with bad
    bytes (see helpers.load_corpus). ``workers`` processes analyse the files, or the Dask cluster at
    ``scheduler`` ("local" starts one on this machine). Above ``parquet_above`` MB of text, the
    paragraphs, tokens and mentions are not gathered into memory but written per file as Parquet
    under ``out/tables/`` (None: always gathered). Every problem raises :class:`CorpusError`.
    """
    from . import cache, jobs
    from .workers import start_early, stop_server

    path, out = jobs.corpus_path(str(path)), Path(out).expanduser()
    mine = check_arguments(path, out, force)
    building = _building_folder(out)
    progress = Progress(6, stream)
    # The worker processes' fork server starts now, loading the dictionaries while this process reads the files and
    # checks the cache (stopped at the end, unused if the report is read back from the cache).
    early = workers > 1 and not scheduler and start_early()
    try:
        progress.step(f"reading {path}")
        files, skipped = jobs.file_jobs(path, errors=errors), jobs.skipped(path)
        size = sum(len(job.data) for job in files)
        progress.finish(f"{len(files)} file(s), {size / 1e6:.1f} MB"
                        + (f"; {len(skipped)} skipped (see skipped_files.csv)" if skipped else ""))
        partitioned = parquet_above is not None and size > parquet_above * 1e6
        # The report of the same files by the same code is read back; a partitioned one is too large to keep twice.
        key = None if partitioned else jobs.digest("report", _drawn_by(), repr(skipped), *(job.key() for job in files))
        written = cache.copy_kept("reports", key, building) if key else None
        if written is not None:
            progress.say("   made before from the same files with the same code: copied from the cache")
        else:
            written = _build(files, skipped, building, workers, progress, scheduler, partitioned)
            if key:
                cache.keep_folder("reports", key, written)
        (building / MARKER).write_text(
            "# written by python -m helpers report; the next report replaces these files\n"
            + "".join(f"{name}\n" for name in sorted(p.name for p in written)), encoding="utf-8")
        _move_into_place(building, out, mine)
    finally:
        shutil.rmtree(building, ignore_errors=True)
        if early:
            stop_server(at_once=True)   # (the workers, if any, are stopped: nothing is lost)
    progress.say(f"wrote {len(written)} files to {out}/ (open {out / 'index.html'})")
    return [out / p.name for p in written]


def check_arguments(path: Path, out: Path, force: bool) -> bool:
    """Raise :class:`ReportError` for an input or output folder the report cannot use; return True if
    ``out`` holds nothing but an earlier report (or nothing at all), which may then be replaced."""
    if not path.exists():
        raise ReportError(f"{path} does not exist: check the spelling, or give the full path.")
    if out.exists() and not out.is_dir():
        raise ReportError(f"--out {out} is a file, not a folder: give the name of a new folder for the report.")
    if out.resolve() == path.resolve():
        raise ReportError(f"--out {out} is the input itself: give another folder for the report "
                          f"(for example {path.name}-report).")
    if not out.exists():
        return True
    listed = _listed(out)
    foreign = sorted(p.name for p in out.iterdir() if p.name != MARKER and p.name not in listed)
    if foreign and not force:
        shown = ", ".join(foreign[:5]) + (" …" if len(foreign) > 5 else "")
        raise ReportError(f"--out {out} already holds files this report did not write ({shown}): give a new "
                          "or empty folder, or add --force to write the report among them (files of the "
                          "report's names are then replaced).")
    return not foreign


def _listed(out: Path) -> set[str]:
    """The files an earlier report in ``out`` says it wrote (none if it has no marker)."""
    try:
        lines = (out / MARKER).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return set()
    return {line for line in lines if line and not line.startswith("#")}


def _building_folder(out: Path) -> Path:
    """A new folder beside ``out`` (same file system, so that moving it into place is a rename)."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".building", dir=out.parent))
    except OSError as error:
        raise ReportError(f"cannot write the report to {out} ({error.strerror or error}): choose a folder "
                          "you are allowed to write to.") from None


def _move_into_place(building: Path, out: Path, mine: bool) -> None:
    """Put the finished report at ``out``: by renaming folders when ``out`` held only an earlier report,
    else (``--force`` among the user's files) file by file, the marker last."""
    if not out.exists():
        building.rename(out)
    elif mine:
        old = out.with_name(f".{out.name}.{os.getpid()}.old")
        out.rename(old)
        building.rename(out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        (out / MARKER).unlink(missing_ok=True)  # a report interrupted from here on is not taken for complete
        for name in _listed(out) - {p.name for p in building.iterdir()}:
            _remove(out / name)  # a file of the earlier report that this one does not write
        for item in sorted(building.iterdir(), key=lambda p: p.name == MARKER):
            _remove(out / item.name)
            item.rename(out / item.name)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def _build(jobs: list, skipped: list[dict], out: Path, workers: int, progress: Progress, scheduler: str | None,
           partitioned: bool) -> list[Path]:
    """Write the report's tables, figures and page for the files of ``jobs`` (:class:`helpers.jobs.FileJob`)
    into the (new, empty) folder ``out``; ``skipped`` lists the files not read. Tables too large for
    memory (``partitioned``) are written per file as Parquet."""
    from .jobs import result_path
    from .workers import Workers

    # The worker processes start first: they load the dictionaries while this process imports pandas and
    # matplotlib and reads back the files' results kept before. They analyse the other files, then find the
    # keywords, while one more process draws the figures this one makes, and this one gathers the tables and writes
    # the CSV files (then draws the figures that process has not begun): even for one small file, quicker on two
    # cores than one process (measured: the seed page 2.1 -> 1.8 s, the eight dev articles 3.6 -> 2.6 s). With no
    # file to analyse, or one worker, it is all done here.
    todo = any(partitioned or not result_path(job, tokens=False).exists() for job in jobs)
    if scheduler:
        from .cluster import DaskWorkers

        pool = DaskWorkers(scheduler, workers, then="plotting")
    else:
        pool = Workers(workers, then="plotting") if todo and workers > 1 else None
    # Closed at the end; after an error or Ctrl-C, once the files being analysed are done (the rest dropped).
    with pool if pool is not None else contextlib.nullcontext():
        return _analyse_and_write(jobs, skipped, out, workers, progress, scheduler, partitioned, pool)


def _analyse_and_write(jobs: list, skipped: list[dict], out: Path, workers: int, progress: Progress,
                       scheduler: str | None, partitioned: bool, pool) -> list[Path]:
    """:func:`_build`, the files analysed and the figures drawn by ``pool`` (a :class:`helpers.workers.Workers`
    or :class:`helpers.cluster.DaskWorkers`) if there is one, else in this process."""
    import threading

    import pandas as pd

    from . import pipeline
    from .workers import call, load

    # The figures are made here: matplotlib and the CJK font load while the files are analysed.
    plotting = threading.Thread(target=load, args=("plotting",), daemon=True)
    plotting.start()
    if pool is not None:  # what the reduce needs is loaded while this process waits for the workers' first results
        import io

        from . import anatomy, quotes, regions, themes  # noqa: F401

        pd.DataFrame({"a": ["b"]}).to_csv(io.StringIO())  # pandas loads its CSV writer on first use
    written: list[Path] = []
    files: list = []  # (name, its bytes, a worker's future or futures for them, or the drawings holding it)
    found = None  # the keywords' CSV file (or the workers' futures for its parts), where found from the content words

    def table(name: str, data: pd.DataFrame) -> None:
        """Write ``data`` into the CSV file ``name`` (see :func:`csv_bytes`), here: a worker process would have to
        import pandas to read the table (a third of a second), longer than this process takes to write it."""
        files.append((name, csv_bytes(data)))
        written.append(out / name)

    images: list[tuple[str, str]] = []
    drawings = Drawings(pool)

    def figure(name: str, alt: str, function: str, *args, **kwargs) -> None:
        """The figure ``function(*args, **kwargs)``, made here, drawn into ``name`` (see :class:`Drawings`)."""
        plotting.join()
        drawings.add(name, call(function, *args, **kwargs))
        files.append((name, drawings))
        written.append(out / name)
        images.append((name, alt))

    if skipped:
        table("skipped_files.csv", pd.DataFrame(skipped, columns=["file", "reason"]))

    where = f"on Dask ({scheduler})" if scheduler else f"with {workers} worker(s)"
    progress.step(f"analysing each file {where}: structure, words, places, quotations")
    if partitioned:
        summary, keywords = pipeline.run_partitioned(jobs, out / "tables", workers=workers, scheduler=scheduler,
                                                     pool=pool)
        written.append(out / "tables")
        tables = None
        progress.finish(f"{len(summary.articles)} article(s), {summary.n_paragraphs} paragraphs, "
                        f"{summary.n_words} content words; paragraphs, tokens and mentions written to tables/ "
                        "(Parquet)")
    else:
        cached = []
        results = pipeline.run(jobs, workers=workers, scheduler=scheduler, on_done=cached.append, tokens=False,
                               pool=pool)
        # The content words stay plain lists: the keywords are found from them without pandas, by the worker
        # processes if there are any (first, so that they start at once), while this one makes the other tables and
        # the figures.
        words = pipeline.word_columns(results)
        if sum(length(result.articles) for result in results) <= 12:
            pass  # (found below, from the table)
        elif pool is None:
            found = keywords_csv(words)
        else:  # the articles shared out between the workers, each given the IDF's counts
            frequency = pipeline.corpus_sections(results)
            # (pickled here: a Dask client would otherwise walk every value of the lists, looking for futures)
            found = [pool.submit(keywords_csv_part, _sent_words(part, frequency), header=i == 0)
                     for i, part in enumerate(split(words, workers, "article") or [words])]
        tables = pipeline.combine(results, words=False)
        del results
        summary = pipeline.summarise(tables)
        progress.finish(f"{cached[0]} from the cache; {len(tables.articles)} article(s), "
                        f"{len(tables.paragraphs)} paragraphs, {length(words)} content words")

    formulations, counts, events = summary.formulations, summary.province_counts, summary.events
    speakers = events[events["speaker_type"] == "person"].drop_duplicates("speaker_id")
    # The figures first: made here, drawn by the worker processes while this one writes the tables.
    if len(summary.articles) <= 12:  # one small chart per article stays readable up to about a dozen
        if tables is not None:  # (a partitioned report has them already)
            keywords = pipeline.keywords(frame(words))
        figure("keywords.png", "Bar charts of the top keywords of each article.",
               "themes.keyword_bars", keywords.groupby("article").head(8), xlabel="TF-IDF score")
    if len(summary.articles) <= 30:
        figure("formulations.png", "Heat map of the most frequent political formulations by article.",
               "themes.formulation_heatmap", formulations, top=15)
    else:  # a column per article stops being readable: the corpus's totals instead
        figure("formulations.png", "Bar chart of the most frequent political formulations in the whole corpus.",
               "themes.formulation_bars", formulations, top=20)
    if summary.articles["date"].nunique() >= 3:
        figure("formulations_over_time.png", "Heat map of the most frequent political formulations by date of the "
               "articles (by month for corpora of more than 45 dates).", "report._over_time_figure", formulations,
               summary.articles)
    figure("regions.png", f"Tile map of China's 34 province-level divisions shaded by mentions; "
           f"{int((counts > 0).sum())} are named.", "maps.tile_map", counts,
           title="各省区被提及次数 · Province mentions")
    figure("speakers.png", f"Tile map of the provinces of the {len(speakers)} people quoted.", "maps.tile_map",
           speakers["province"].value_counts(), cmap="Blues", label="people quoted 受访人数",
           title="受访者来自哪里 · Where the people quoted come from")

    progress.step("structure")
    table("articles.csv", summary.articles)
    if tables is not None:
        table("paragraphs.csv", tables.paragraphs)
    table("repairs.csv", summary.repairs)
    progress.finish()

    progress.step("keywords and formulations")
    if found is None:
        table("keywords.csv", keywords)
    else:  # being found from the words, above
        files.append(("keywords.csv", found))
        written.append(out / "keywords.csv")
    table("formulations.csv", formulations)
    progress.finish()

    progress.step("place mentions")
    if tables is not None:
        table("mentions.csv", tables.mentions)
    progress.finish(f"{summary.n_mentions} mentions")

    progress.step("quotations")
    table("quotes.csv", events)
    table("quote_marks_not_speech.csv", summary.non_speech)
    table("quotes_skipped.csv", summary.skipped)
    progress.finish(f"{len(events)} speech events")

    drawings.finish()
    for name, data in files:
        (out / name).write_bytes(drawings.png(name) if data is drawings else _received(data))

    links = [p.name for p in written if p.suffix == ".csv"] + [f"tables/{name}/" for name in pipeline.PARTITIONED
                                                              if tables is None]
    written.append(_write_page(out, summary, images, links))
    return written


class Drawings:
    """The report's figures, made in its own process (where the tables are) and drawn into PNG files (:func:`png`) by
    the process its workers start for what comes after the files (``then``: it imports matplotlib while they finish
    theirs), given one at a time, and by this process too once it has nothing else to do: the figures are shared
    out between the two as they come. Given a figure pickled, a worker needs neither the tables nor pandas, only
    matplotlib. Without workers (``pool`` None), every figure is drawn here, as it comes."""

    def __init__(self, pool):
        import threading

        self.pool, self.waiting, self.drawn, self.figures = pool, [], {}, []
        self.lock, self.busy = threading.RLock(), False

    def add(self, name: str, figure) -> None:
        """Draw ``figure`` into the PNG file ``name``: given to the worker if it is free, else waiting."""
        import pickle

        if self.pool is None:
            self.drawn[name] = png(figure)
            return
        self.figures.append(figure)
        with self.lock:
            self.waiting.append((name, figure, pickle.dumps(figure)))  # (matplotlib used by this thread only)
            if not self.busy:
                self._give()

    def _give(self) -> None:
        """Give the worker the first figure waiting (the lock held)."""
        name, _, pickled = self.waiting[0]
        try:
            future = self.pool.submit_then(png, pickled)
        except RuntimeError:  # the workers are being stopped (Ctrl-C): it stays waiting
            return
        del self.waiting[0]
        self.busy, self.drawn[name] = True, future
        future.add_done_callback(self._done)

    def _done(self, future) -> None:
        with self.lock:
            self.busy = False
            if self.waiting and not future.cancelled():  # (cancelled: the workers are being stopped, Ctrl-C)
                self._give()

    def finish(self) -> None:
        """Draw here the figures still waiting, the last first (while the worker draws the others); the others are
        then closed here (drawn there)."""
        import matplotlib.pyplot as plt

        while True:
            with self.lock:
                if not self.waiting:
                    break
                name, figure, _ = self.waiting.pop()
            self.drawn[name] = png(figure)
        for figure in self.figures:
            plt.close(figure)

    def png(self, name: str) -> bytes:
        """The PNG file ``name`` (once :meth:`finish` has run)."""
        drawn = self.drawn[name]
        return drawn if isinstance(drawn, bytes) else drawn.result()


def _received(data) -> bytes:
    """``data``'s bytes: given, or a worker's future for them, or a list of futures for the parts of a file."""
    if isinstance(data, bytes):
        return data
    return b"".join(map(_received, data)) if isinstance(data, list) else data.result()


def _drawn_by() -> str:
    """The version of matplotlib, which draws the figures: part of the key of a report kept whole."""
    from importlib.metadata import version

    return f"matplotlib={version('matplotlib')}"


def _over_time_figure(formulations: pd.DataFrame, articles: pd.DataFrame, top: int = 15):
    """The ``top`` formulations date by date (a day per column up to 45 dates, else a month per column)."""
    from . import figures, themes

    counts = themes.over_time(formulations, articles)
    terms = counts.groupby("term")["count"].sum().loc[lambda t: t > 0].nlargest(top).index
    if counts["date"].str.len().max() > 7:   # days: the calendar, with the days without a text hatched
        return themes.timeline_heatmap(counts, terms, title="提法逐日分布 · Formulations by date")
    wide = counts.pivot_table(index="term", columns="date", values="count", aggfunc="sum", fill_value=0)
    fig = figures.heatmap(wide.reindex(list(terms)), log=True, cmap="Reds", label="occurrences 出现次数",
                          numbers=wide.shape[1] <= 12)
    fig.axes[0].set_title("提法逐月分布 · Formulations by month")
    fig.axes[0].set_xlabel("month 月份")
    fig.axes[0].set_ylabel("formulation 提法")
    return fig


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The CSV file of ``frame``, UTF-8 with a byte-order mark (which lets Excel read Chinese)."""
    return frame.to_csv(index=False).encode("utf-8-sig")


def keywords_csv(words: Columns | bytes, top: int = 10) -> bytes:
    """The CSV file of the keywords of the content words ``words`` (:func:`helpers.pipeline.keyword_columns`, or
    them pickled), written without pandas as :func:`csv_bytes` writes their table: numbers as Python prints them,
    text quoted where it holds a comma, a quote or a line break."""
    import pickle

    from .pipeline import keyword_columns

    return _keywords_file(keyword_columns(pickle.loads(words) if isinstance(words, bytes) else words, top))


def keywords_csv_part(words: bytes, header: bool, top: int = 10) -> bytes:
    """The rows of :func:`keywords_csv` for a part of the corpus's articles, given with the counts of the IDF over
    the whole corpus (see :func:`_sent_words`), the header row first if ``header``: the parts one after the other
    are the file of the whole."""
    import pickle

    from .pipeline import keywords_from

    part, frequency, sections = pickle.loads(words)
    part["token"] = part["token"].split("\0") if part["article"] else []
    return _keywords_file(keywords_from([part], frequency, sections, top), header)


def _sent_words(words: Columns, frequency: tuple) -> bytes:
    """The content words ``words`` and the IDF's counts ``frequency`` (see :func:`helpers.pipeline.keywords_from`),
    pickled for :func:`keywords_csv_part`, the words joined into one string (no word holds a NUL: the segmentation
    is kept joined by it, see :func:`helpers.segment._packed`), which pickles at once: a tenth of the time of the
    list (0.2 s for 740,000 words; a Dask client would otherwise walk every value, looking for futures)."""
    import pickle

    return pickle.dumps(({**words, "token": "\0".join(words["token"])}, *frequency))


def _keywords_file(found: Columns, header: bool = True) -> bytes:
    """The CSV file of the keywords ``found``; without its ``header`` (and byte-order mark), the rows that follow
    another part's."""
    import csv
    import io

    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    if header:
        writer.writerow(found)
    writer.writerows(zip(*found.values()))
    return text.getvalue().encode("utf-8-sig" if header else "utf-8")


def png(figure) -> bytes:
    """The PNG of ``figure`` (a matplotlib figure, or one pickled), drawn without a screen, Chinese in the
    package's CJK font, then closed. A pickled figure holds what it shows: a worker process draws it with
    matplotlib alone (:mod:`helpers.plotting`), without the tables it was made from or pandas."""
    import io
    import pickle

    from .workers import load

    load("plotting")
    import matplotlib.pyplot as plt

    fig = pickle.loads(figure) if isinstance(figure, bytes) else figure
    image = io.BytesIO()
    fig.savefig(image, dpi=110)
    plt.close(fig)
    return image.getvalue()


def _write_page(out: Path, corpus, images, tables) -> Path:
    """A one-page summary that opens offline: figures embedded, tables linked; ``corpus`` is the
    :class:`helpers.pipeline.Summary` of the corpus."""
    from .fonts import CJK_SANS

    articles = corpus.articles[["article", "file", "title", "source", "n_sections", "n_paragraphs"]]
    articles = articles.astype(object).where(articles.notna(), "")  # an article without a source: an empty cell
    figures_html = "\n".join(
        f'<figure><img alt="{html.escape(alt)}" src="data:image/png;base64,'
        f'{base64.b64encode((out / name).read_bytes()).decode()}"><figcaption>{html.escape(alt)}</figcaption></figure>'
        for name, alt in images)
    links = "\n".join(f'<li><a href="{name}">{name}</a>: {html.escape(TABLE_NOTES.get(name, ""))}</li>'
                      for name in tables)
    page = f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>Report 报告</title>
<style>body {{ font-family: {CJK_SANS}; }} main {{ max-width: 60rem; margin: 0 auto; padding: 1rem; line-height: 1.6; }}
img {{ max-width: 100%; }} figure {{ margin: 1.5rem 0; }}
table {{ border-collapse: collapse; }}
td, th {{ border-bottom: 1px solid #ddd; padding: .2rem .6rem; text-align: left; }}</style>
</head><body><main>
<h1>Report 分析报告</h1>
<p>{len(corpus.files)} file(s), {len(corpus.articles)} article(s), {corpus.n_paragraphs} paragraphs.</p>
<h2>Articles 文章</h2>
{articles.to_html(index=False, border=0, na_rep="")}
<h2>Figures 图表</h2>
{figures_html}
<h2>Tables 表格 (CSV, UTF-8)</h2>
<ul>{links}</ul>
</main></body></html>
"""
    target = out / "index.html"
    target.write_text(page, encoding="utf-8")
    return target


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers report",
                                     description="Analyse a file or folder of Chinese news articles.")
    parser.add_argument("path", type=Path, help="a .txt/.md file or a folder of them")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the report into")
    parser.add_argument("--workers", type=int, default=2,
                        help="processes analysing the files, or Dask workers with --scheduler local (default 2)")
    parser.add_argument("--force", action="store_true",
                        help="write into an --out folder that holds other files (files of the report's names "
                             "are replaced)")
    parser.add_argument("--errors", choices=["strict", "replace"], default="strict",
                        help="'replace' loads files with bad bytes, replacing them and flagging the paragraphs "
                             "(default: stop and say where the first bad byte is)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="analyse the files on a Dask cluster: its scheduler's address "
                             "(tcp://host:8786), or 'local' for a cluster of --workers processes here")
    parser.add_argument("--parquet-above", type=float, default=PARQUET_ABOVE_MB, metavar="MB",
                        help="above this many MB of text, write paragraphs, tokens and mentions per file as "
                             f"Parquet under OUT/tables/ instead of CSV (default {PARQUET_ABOVE_MB})")
    args = parser.parse_args(argv)
    if args.workers < 1:
        parser.error("--workers must be 1 or more")
    try:
        write_report(args.path, args.out, workers=args.workers, force=args.force, errors=args.errors,
                     scheduler=args.scheduler, parquet_above=args.parquet_above)
    except CorpusError as error:
        print(f"\nerror: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\ninterrupted: no report written", file=sys.stderr)
        return 130  # as a shell reports a command stopped by Ctrl-C
    return 0
