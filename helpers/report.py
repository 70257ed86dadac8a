"""The whole analysis of a file or folder in one command: CSV tables, PNG figures, an HTML page.

    python -m helpers report PATH --out DIR

>>> from helpers.report import write_report
>>> written = write_report("seeds", "/tmp/report")          # doctest: +SKIP
"""
from __future__ import annotations

import argparse
import base64
import html
import sys
import time
from pathlib import Path

import pandas as pd

from .corpus import CorpusError, load_corpus

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
}


class Progress:
    """Numbered progress lines with timings, on stdout: the report can take a while."""

    def __init__(self, steps: int, stream=sys.stdout):
        self.steps, self.done, self.stream = steps, 0, stream

    def step(self, what: str):
        self.done += 1
        print(f"[{self.done}/{self.steps}] {what} …", end=" ", flush=True, file=self.stream)
        self.started = time.monotonic()

    def finish(self, detail: str = ""):
        print(f"{time.monotonic() - self.started:.1f} s{'  ' + detail if detail else ''}",
              flush=True, file=self.stream)


def write_report(path, out, workers: int = 2, stream=sys.stdout) -> list[Path]:
    """Analyse ``path`` (a file or a folder) and write tables, figures and ``index.html`` to ``out``."""
    import matplotlib

    matplotlib.use("Agg")  # a command-line run has no screen
    import matplotlib.pyplot as plt

    from . import figures, maps, quotes, regions, themes

    figures.setup()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    progress = Progress(6, stream)
    written: list[Path] = []

    def table(name: str, frame: pd.DataFrame) -> None:
        frame.to_csv(out / name, index=False, encoding="utf-8-sig")  # the BOM lets Excel read Chinese
        written.append(out / name)

    images: list[tuple[str, str]] = []

    def figure(name: str, fig, alt: str) -> None:
        fig.savefig(out / name, dpi=110)
        plt.close(fig)
        written.append(out / name)
        images.append((name, alt))

    progress.step(f"loading {path}")
    corpus = load_corpus(path)
    progress.finish(f"{len(corpus.files)} file(s), {len(corpus.articles)} article(s), "
                    f"{len(corpus.paragraphs)} paragraphs")

    progress.step("segmenting with jieba")
    # Places and quotations do not need the tokens: with two workers, one process finds them (and
    # leaves them in the cache) while this one segments, so both cores work on different steps.
    background = _in_background(_places_and_quotes, corpus) if workers > 1 else None
    tokens = corpus.segment(workers=1 if background else workers)
    progress.finish(f"{len(tokens)} tokens")

    progress.step("structure")
    from .anatomy import repairs

    table("articles.csv", corpus.articles)
    table("paragraphs.csv", corpus.paragraphs)
    table("repairs.csv", repairs(corpus))
    progress.finish()

    progress.step("keywords and formulations")
    keywords = themes.keywords(corpus, by="article", top=10)
    formulations = themes.formulations(corpus)
    table("keywords.csv", keywords)
    table("formulations.csv", formulations)
    if len(corpus.articles) <= 12:  # one small chart per article stays readable up to about a dozen
        figure("keywords.png", themes.keyword_bars(keywords.groupby("article").head(8), xlabel="TF-IDF score"),
               "Bar charts of the top keywords of each article.")
    if len(corpus.articles) <= 30:
        figure("formulations.png", themes.formulation_heatmap(formulations, top=15),
               "Heat map of the most frequent political formulations by article.")
    else:  # a column per article stops being readable: the corpus's totals instead
        figure("formulations.png", themes.formulation_bars(formulations, top=20),
               "Bar chart of the most frequent political formulations in the whole corpus.")
    progress.finish()

    if background:
        background.join()  # its tables are now in the cache, read back below
    progress.step("place mentions")
    mentions = regions.mentions(corpus, workers=workers)
    table("mentions.csv", mentions)
    counts = regions.province_counts(mentions)
    figure("regions.png", maps.tile_map(counts, title="各省区被提及次数 · Province mentions"),
           f"Tile map of China's 34 province-level divisions shaded by mentions; {int((counts > 0).sum())} are named.")
    progress.finish(f"{len(mentions)} mentions")

    progress.step("quotations")
    analysis = quotes.analyse(corpus, workers=workers)
    events = analysis.events
    table("quotes.csv", events)
    table("quote_marks_not_speech.csv", quotes.non_speech(corpus))
    table("quotes_skipped.csv", quotes.skipped(corpus))
    speakers = events[events["speaker_type"] == "person"].drop_duplicates("speaker_id")
    figure("speakers.png", maps.tile_map(speakers["province"].value_counts(), cmap="Blues",
                                         title="受访者来自哪里 · Where the people quoted come from",
                                         label="people quoted 受访人数"),
           f"Tile map of the provinces of the {len(speakers)} people quoted.")
    progress.finish(f"{len(events)} speech events")

    written.append(_write_page(out, corpus, images, [p.name for p in written if p.suffix == ".csv"]))
    print(f"wrote {len(written)} files to {out}/ (open {out / 'index.html'})", file=stream)
    return written


def _places_and_quotes(corpus) -> None:
    from . import quotes, regions

    regions.mentions(corpus)
    quotes.analyse(corpus)


def _in_background(function, corpus):
    """Run ``function(corpus)`` in a forked process (Linux); None where forking is not available."""
    import multiprocessing

    if sys.platform != "linux":
        return None
    process = multiprocessing.get_context("fork").Process(target=function, args=(corpus,), daemon=True)
    process.start()
    return process


def _write_page(out: Path, corpus, images, tables) -> Path:
    """A one-page summary that opens offline: figures embedded, tables linked."""
    from .figures import CJK_SANS

    articles = corpus.articles[["article", "file", "title", "source", "n_sections", "n_paragraphs"]]
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
table {{ border-collapse: collapse; }} td, th {{ border-bottom: 1px solid #ddd; padding: .2rem .6rem; text-align: left; }}</style>
</head><body><main>
<h1>Report 分析报告</h1>
<p>{len(corpus.files)} file(s), {len(corpus.articles)} article(s), {len(corpus.paragraphs)} paragraphs.</p>
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
    parser.add_argument("--workers", type=int, default=2, help="processes for segmentation (default 2)")
    args = parser.parse_args(argv)
    try:
        write_report(args.path, args.out, workers=args.workers)
    except CorpusError as error:
        print(f"\nerror: {error}", file=sys.stderr)
        return 2
    return 0
