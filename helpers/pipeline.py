"""The report's analysis as a map over files and a reduce over their results, on one machine or many.

Every file of a corpus is analysed on its own: articles never span files, and nothing in the loader,
the segmentation, the place finder or the quotation extractor looks beyond an article. So

* :func:`analyse_file` (a file's bytes → its paragraphs, tokens, formulations, place mentions and speech events) is
  one pure function, run anywhere: in this process, in a local process pool, or on a Dask cluster;
  the report uses :func:`analyse_file_for_report`, the same without the tokens (it needs only the
  content words, a third of them, for its keywords: less to send back, keep and read again);
* :func:`combine` numbers articles and paragraphs across files and settles the one corpus-wide fact,
  which speakers are the same person (``speaker_id``), giving the same tables as analysing the whole
  corpus at once.

>>> jobs = file_jobs("seeds")                                     # doctest: +SKIP
>>> tables = combine(run(jobs, workers=2))                        # doctest: +SKIP
>>> tables.mentions.head()                                        # doctest: +SKIP

Results are kept per file in the user's cache directory, under a key made of the file's bytes and
name, the package's code and data, jieba's version and any added words: a second run over the same
files reads them back instead of analysing again.
"""
from __future__ import annotations

import pickle
import shutil
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from .columns import Columns, frame, joined, length
from .corpus import corpus_of
from .jobs import FileJob, corpus_path, file_jobs, result_path, skipped  # noqa: F401 (pipeline.file_jobs, as before)
from .lazy import pandas as pd
from .reading import manifest_rows
from .segment import TOKEN_COLUMNS
from .workers import Workers, worth_starting

#: The per-file tables of :class:`FileResult` that are stacked into the corpus's tables.
TABLES = ("files", "articles", "paragraphs", "tokens", "words", "formulations", "mentions", "events", "non_speech",
          "skipped")


@dataclass(frozen=True)
class FileResult:
    """The tables of one file, numbered as if it were the whole corpus (articles and paragraphs from 1): as
    columns of plain lists (:mod:`helpers.columns`), made DataFrames once for the whole corpus by :func:`combine`,
    but for the tokens (a DataFrame, built in bulk)."""

    files: Columns
    articles: Columns
    paragraphs: Columns
    tokens: pd.DataFrame | None  # None where not computed (the report's: analyse_file_for_report)
    words: Columns  # the content words of helpers.themes.content_tokens: article, section, token
    sections: tuple[Counter, int]  # section_frequency(words), summed over the files for the keywords' IDF
    formulations: Columns  # helpers.themes.formulations, by article
    mentions: Columns
    events: Columns
    non_speech: Columns
    skipped: Columns


@dataclass(frozen=True)
class Tables:
    """The corpus's tables; has the ``files``, ``articles``, ``paragraphs`` and ``tokens`` of a
    :class:`helpers.corpus.Corpus`, so the corpus-level steps (helpers.themes) take it as one."""

    files: pd.DataFrame
    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    tokens: pd.DataFrame
    words: pd.DataFrame | None  # None where left out (``combine(..., words=False)``)
    formulations: pd.DataFrame
    mentions: pd.DataFrame
    events: pd.DataFrame
    non_speech: pd.DataFrame
    skipped: pd.DataFrame


def skipped_files(path) -> pd.DataFrame:
    """The files of ``path`` that the loader does not read, and why (``file``, ``reason``)."""
    return pd.DataFrame(skipped(path), columns=["file", "reason"])


def analyse_file(job: FileJob) -> FileResult:
    """Load one file (see :func:`load`) and find its tokens, place mentions and speech events."""
    return _analyse(job, tokens=True)


def analyse_file_for_report(job: FileJob) -> FileResult:
    """:func:`analyse_file` without the tokens (``tokens`` is empty; ``words`` has the content words)."""
    return _analyse(job, tokens=False)


def _analyse(job: FileJob, tokens: bool) -> FileResult:
    from . import quotes, regions, themes

    _add_words(job.added)
    corpus = load(job)
    words = themes.content_word_columns(corpus)
    return FileResult(**corpus.columns(), **quotes.columns(corpus), tokens=corpus.tokens if tokens else None,
                      words=words, sections=section_frequency(words),
                      formulations=themes.formulation_columns(corpus), mentions=regions.mention_columns(corpus))


def load(job: FileJob):
    """The file of ``job`` as :func:`helpers.load_corpus` loads it in its corpus: read from its bytes, under its
    name in the corpus, with the corpus's manifest; errors name the user's paths (``job.label``)."""
    manifest = {} if job.manifest is None else manifest_rows(job.manifest, job.manifest_label)
    return corpus_of([(job.name, job.data, job.label)], manifest, errors=job.errors)


def combine(results: list[FileResult], words: bool = True) -> Tables:
    """The corpus's tables from its files' results: joined, articles and paragraphs numbered on
    from file to file, and ``speaker_id`` settled over the whole corpus. ``words=False`` leaves the content
    words out (``Tables.words`` is None): the report has a worker find the keywords from :func:`word_columns`."""
    return _tables(results, 0, 0, words)


def word_columns(results: list[FileResult]) -> Columns:
    """The content words of ``results`` (``Tables.words``) as columns of plain lists, articles numbered as in
    :func:`combine`: ``keywords(columns.frame(word_columns(results)))`` is ``keywords(combine(results).words)``."""
    return _numbered("words", results, _numbers(results, 0, 0))


def corpus_sections(results: list[FileResult]) -> tuple[Counter, int]:
    """:func:`section_frequency` of the content words of ``results`` (:func:`word_columns`), from the files' own
    (their sections are distinct: the files' sums)."""
    frequency: Counter = Counter()
    for result in results:
        frequency.update(result.sections[0])
    return frequency, sum(result.sections[1] for result in results)


def _tables(results: list[FileResult], articles: int, paragraphs: int, words: bool = True) -> Tables:
    """The tables of ``results``, numbered after ``articles`` and ``paragraphs`` of files before them."""
    before = _numbers(results, articles, paragraphs)
    tables = {name: _table(name, results, before) for name in TABLES if words or name != "words"}
    tables["formulations"] = _by_term(tables["formulations"])
    return Tables(**{"words": None, **tables})


def _numbers(results: list[FileResult], articles: int, paragraphs: int) -> dict[str, list[int]]:
    """The number of articles and paragraphs in the files before each (after ``articles`` and ``paragraphs``)."""
    return {"article": _before([length(r.articles) for r in results], articles),
            "paragraph": _before([length(r.paragraphs) for r in results], paragraphs)}


def _table(name: str, results: list[FileResult], before: dict[str, list[int]]) -> pd.DataFrame:
    """The DataFrame of the table ``name`` of the files' ``results``, numbered (``before``): made by the function
    that makes it for a corpus loaded whole."""
    from .quotes import event_frame
    from .regions import mention_frame

    if name == "tokens":
        parts = [r.tokens for r in results]
        if all(part is None for part in parts):  # not computed
            return pd.DataFrame(columns=TOKEN_COLUMNS)
        return _stack(parts, before)
    return {"events": event_frame, "mentions": mention_frame}.get(name, frame)(_numbered(name, results, before))


def _numbered(name: str, results: list[FileResult], before: dict[str, list[int]]) -> Columns:
    """The columns of the table ``name`` of the files' ``results``, joined, numbered (``before``)."""
    return joined([{column: _plus(values, before[column][i]) if column in before else values
                    for column, values in getattr(result, name).items()} for i, result in enumerate(results)])


def _by_term(formulations: pd.DataFrame) -> pd.DataFrame:
    """The files' formulations, stacked, in the order of the corpus's: term by term, then as they come."""
    from .themes import formulation_list

    terms = {term: i for i, term in enumerate(formulation_list()["term"])}
    return formulations.sort_values("term", key=lambda column: column.map(terms), kind="stable", ignore_index=True)


def _plus(values: list[int], offset: int) -> list[int]:
    return [value + offset for value in values] if offset else values


def number(result: FileResult, articles: int, paragraphs: int) -> Tables:
    """The file's tables, its articles and paragraphs numbered after ``articles`` and ``paragraphs`` of the files
    before it."""
    return _tables([result], articles, paragraphs)


def _before(counts: list[int], first: int = 0) -> list[int]:
    """How many there are in the files before each (after ``first``): ``_before([3, 1, 2]) == [0, 3, 4]``."""
    totals, running = [], first
    for count in counts:
        totals.append(running)
        running += count
    return totals


def with_speaker_ids(events: pd.DataFrame) -> pd.DataFrame:
    """The corpus's speech events with ``speaker_id`` settled over all of them (one person, one id)."""
    from .quotes import _speaker_ids

    return events.assign(speaker_id=_speaker_ids(events)) if len(events) else events


def _stack(frames: list[pd.DataFrame], before: dict[str, list[int]]) -> pd.DataFrame:
    """The files' tables one under the other, each numbered column (article, paragraph) plus the
    count of the files before it."""
    import numpy as np

    present = [frame for frame in frames if len(frame)] or frames[:1]  # an empty table's columns are untyped
    stacked = pd.concat(present, ignore_index=True) if len(present) > 1 else present[0].reset_index(drop=True)
    lengths = [len(frame) for frame in frames]
    for column, offsets in before.items():
        if column in stacked and any(offsets):
            stacked[column] = stacked[column] + np.repeat(offsets, lengths)
    # A column of None in one file and of text in another stacks as object: type it as one table would.
    objects = [column for column, kind in stacked.dtypes.items() if str(kind) == "object"]
    kinds = [frame.dtypes for frame in frames if len(frame)]  # (a column's dtype read from each frame is slow)
    mixed = [c for c in objects if len({str(k[c]) for k in kinds}) > 1]
    return stacked.astype(stacked[mixed].infer_objects().dtypes.to_dict()) if mixed else stacked


# --- running the map: here, in local processes, or on Dask ------------------------------------------

def run(jobs: list[FileJob], workers: int = 1, scheduler: str | None = None, cache: bool = True,
        on_done=None, tokens: bool = True, pool=None) -> list[FileResult]:
    """:func:`analyse_file` of every job, in order: read from the cache where it is there, the rest
    in this process (``workers=1``), in ``workers`` local processes, or on the Dask ``scheduler`` (an address
    such as ``tcp://10.0.0.5:8786``, or ``"local"`` for a LocalCluster of ``workers``); by ``pool`` (a
    :class:`helpers.workers.Workers` or :class:`helpers.cluster.DaskWorkers`) if given.

    ``on_done(n_cached)`` is called with the number of files read from the cache before the rest run.
    ``tokens=False`` runs :func:`analyse_file_for_report` instead.
    """
    function = analyse_file if tokens else analyse_file_for_report
    paths = [result_path(job, tokens) for job in jobs] if cache else [None] * len(jobs)
    results: list = [_read_cached(path) for path in paths]
    missing = [i for i, result in enumerate(results) if result is None]
    if on_done:
        on_done(len(jobs) - len(missing))
    todo = [jobs[i] for i in missing]

    def kept(k: int, result):
        """The result of ``todo[k]``, kept in the cache (as it came, pickled or not) and unpickled."""
        _write_cached(paths[missing[k]], result)
        return pickle.loads(result) if isinstance(result, bytes) else result

    if pool is None and not scheduler and not worth_starting(list(map(_size, todo)), workers):
        computed = [kept(k, function(job)) for k, job in enumerate(todo)]
    else:  # results come back pickled, to be kept as they are and unpickled once
        pickled = _Pickled(function)
        if pool is not None:
            computed = pool.map(pickled, todo, _size, each=kept)  # each as it comes, while the others run
        elif scheduler:
            from .cluster import map_dask

            computed = [kept(k, result) for k, result in enumerate(map_dask(pickled, todo, scheduler, workers))]
        else:
            computed = [kept(k, result) for k, result in enumerate(map_local(pickled, todo, workers))]
    for i, result in zip(missing, computed):
        results[i] = result
    return results


@dataclass(frozen=True)
class _Pickled:
    """``function(job)``, pickled: what a worker sends back is then what the cache keeps."""

    function: Callable

    def __call__(self, job) -> bytes:
        return pickle.dumps(self.function(job), protocol=pickle.HIGHEST_PROTOCOL)


def map_local(function, jobs: list, workers: int) -> list:
    """``[function(job) for job in jobs]``, shared between ``workers`` spawned processes
    (:class:`helpers.workers.Workers`) when there are several jobs.

    >>> map_local(len, ["ab", "c"], workers=1)
    [2, 1]
    """
    workers = min(workers, len(jobs))
    if workers <= 1:
        return [function(job) for job in jobs]
    with Workers(workers) as pool:
        return pool.map(function, jobs, _size)


def prepare_worker() -> None:
    """Make a worker process ready for its first file: load jieba's dictionaries and the place matcher (which the
    quotations use too), then analyse a short article written for the purpose (``data/warm_up.txt``), so that
    everything else read or compiled once (the data tables, the patterns, the part-of-speech model) is ready too.
    The report's fork server does it once for all its workers (:mod:`helpers.preloaded`): a fifth of a second each
    would otherwise spend on its first file."""
    from . import regions, segment

    segment.prepare()
    regions.preload()
    _warm_up()


@lru_cache(maxsize=1)
def _warm_up() -> None:
    sample = Path(__file__).resolve().parent / "data" / "warm_up.txt"
    analyse_file_for_report(FileJob(sample.name, sample.read_bytes(), str(sample)))


def _add_words(added: tuple[str, ...]) -> None:
    """Add to this process's dictionary the words the job's session added (a spawned worker or a
    Dask worker starts without them)."""
    from . import segment

    for entry in added:
        if entry not in segment._ADDED:
            word, tag = entry.rsplit(" ", 1)
            segment.add_words(word, tag=None if tag == "None" else tag)


def _size(item) -> int:
    """The bytes a job (or a task holding one) has to analyse: the largest are started first."""
    job = getattr(item, "job", item)
    return len(getattr(job, "data", b""))


# --- the per-file cache ------------------------------------------------------------------------------

def _read(path: Path):
    from .cache import read_result

    return read_result(path)


def _write(path: Path, value) -> None:
    from .cache import write_result

    write_result(path, value)


def _read_cached(path: Path | None) -> FileResult | None:
    result = _read(path) if path is not None else None
    if not isinstance(result, FileResult) or {f.name for f in fields(result)} != {f.name for f in fields(FileResult)}:
        return None
    return result


def _write_cached(path: Path | None, result: FileResult | bytes) -> None:
    """Keep ``result`` (or its pickle) at ``path``."""
    if path is not None:
        _write(path, result)


# --- the corpus-level steps: a summary and the keywords -------------------------------------------------

@dataclass(frozen=True)
class Summary:
    """What the report's CSV tables, figures and page need, beside the paragraphs and mentions: small
    enough to gather for any corpus."""

    files: pd.DataFrame
    articles: pd.DataFrame
    repairs: pd.DataFrame
    formulations: pd.DataFrame
    events: pd.DataFrame
    non_speech: pd.DataFrame
    skipped: pd.DataFrame
    province_counts: pd.Series
    n_paragraphs: int
    n_words: int | None  # None where the words were left out
    n_mentions: int


def summarise(tables) -> Summary:
    """The :class:`Summary` of a corpus's tables (or of one file's)."""
    from . import regions
    from .anatomy import repairs

    return Summary(tables.files, tables.articles, repairs(tables), tables.formulations, tables.events,
                   tables.non_speech, tables.skipped, regions.province_counts(tables.mentions),
                   len(tables.paragraphs), None if tables.words is None else len(tables.words), len(tables.mentions))


def keywords(words: pd.DataFrame, top: int = 10) -> pd.DataFrame:
    """``helpers.themes.keywords(corpus, by="article", top=top)`` from the corpus's content words alone
    (``Tables.words``): TF in the article times ln(N / df) over the corpus's sections; the same table.

    >>> words = pd.DataFrame({"article": [1, 1, 1, 2], "section": ["(lead)"] * 4,
    ...                       "token": ["西部", "西部", "发展", "发展"]})
    >>> keywords(words)[["article", "keyword", "score"]].values.tolist()
    [[1, '西部', 0.4621], [1, '发展', 0.0], [2, '发展', 0.0]]
    """
    return _keyword_frame(keyword_columns(_word_lists(words), top))


def keyword_columns(words: Columns, top: int = 10) -> Columns:
    """:func:`keywords` of content words given as columns of plain lists (:func:`word_columns`), as columns:
    found without pandas (the report's worker processes never import it)."""
    return keywords_from([words], *section_frequency(words), top)


def section_frequency(words: Columns) -> tuple[Counter, int]:
    """In how many sections each content word occurs, and the number of sections (the IDF's N).

    >>> section_frequency({"article": [1, 1, 1, 2], "section": ["a", "a", "b", "a"], "token": ["x", "x", "x", "y"]})
    (Counter({'x': 2, 'y': 1}), 3)
    """
    tokens_of = defaultdict(set)  # (a set per section, not one of (article, section, token): twice as fast)
    for article, section, token in zip(words["article"], words["section"], words["token"]):
        tokens_of[article, section].add(token)
    frequency: Counter = Counter()
    for tokens in tokens_of.values():
        frequency.update(tokens)
    return frequency, len(tokens_of)


def keywords_from(parts, frequency: Counter, sections: int, top: int = 10) -> Columns:
    """The keywords (as :func:`keyword_columns`) of the content words given in ``parts`` (columns of plain lists,
    or Parquet files read one at a time), with the section ``frequency`` of each word in the whole corpus; scored
    and ranked as :func:`helpers.themes.keywords` does, the same floats."""
    import math

    from .themes import _ranked

    idf = {token: math.log(sections / n) for token, n in frequency.items()}
    found: Columns = {"article": [], "rank": [], "keyword": [], "score": []}
    for part in parts:
        words = part if isinstance(part, dict) else _word_lists(pd.read_parquet(part))
        lengths: Counter = Counter(words["article"])
        scores: dict[int, dict[str, float]] = {article: {} for article in lengths}
        for (article, token), count in Counter(zip(words["article"], words["token"])).items():
            scores[article][token] = count / lengths[article] * idf[token]
        for article in sorted(scores):
            for row in _ranked((article,), ["article"], scores[article], top):
                for name, values in found.items():
                    values.append(row[name])
    return found


def _word_lists(words: pd.DataFrame) -> Columns:
    return {name: words[name].tolist() for name in ("article", "section", "token")}


def _keyword_frame(columns: Columns) -> pd.DataFrame:
    return frame(columns) if length(columns) else pd.DataFrame(columns=list(columns))


# --- beyond memory: tables written per file as Parquet, only a summary gathered ------------------------

#: The tables written as Parquet in the partitioned report (folder per table, one file per input file).
PARTITIONED = ("paragraphs", "tokens", "mentions")


@dataclass(frozen=True)
class PartitionTask:
    """Analyse ``job``, number it after the files before it, write its large tables under ``folder``."""

    job: FileJob
    index: int
    articles: int
    paragraphs: int
    folder: str


def count_file(job: FileJob) -> tuple[int, int]:
    """The number of articles and paragraphs of a file (loading it only)."""
    corpus = load(job)
    return len(corpus._articles), len(corpus._paragraphs)


def analyse_into_parquet(task: PartitionTask) -> tuple[Summary, Counter, int]:
    """:func:`analyse_file`, its paragraphs, tokens and mentions written to ``task.folder/<table>/``,
    its content words (for keywords) to ``task.folder/.keywords/``; returns its summary, the
    :func:`section_frequency` of its words and its number of sections."""
    analysed = analyse_file(task.job)
    result = number(analysed, task.articles, task.paragraphs)
    folder = Path(task.folder)
    for name in PARTITIONED + (".keywords",):
        (folder / name).mkdir(parents=True, exist_ok=True)
    for name in PARTITIONED:
        table = getattr(result, name)
        # A column of None only in this file is text in others: say so, so that the parts read back as one.
        empty = [c for c in table if table[c].dtype == object and table[c].isna().all()]
        table.astype(dict.fromkeys(empty, "str")).to_parquet(folder / name / f"part-{task.index:06d}.parquet",
                                                              index=False)
    result.words.to_parquet(folder / ".keywords" / f"part-{task.index:06d}.parquet", index=False)
    return (summarise(result), *analysed.sections)


def run_partitioned(jobs: list[FileJob], folder, workers: int = 1, scheduler: str | None = None,
                    top: int = 10, pool=None) -> tuple[Summary, pd.DataFrame]:
    """The report's analysis for a corpus whose tables do not fit in memory: paragraphs, tokens and
    mentions written to ``folder/<table>/part-NNNNNN.parquet`` (one file per input file, numbered as
    the whole corpus; ``pandas.read_parquet(folder / "tokens")`` reads one back whole), the rest
    gathered. Returns the corpus's :class:`Summary` and its keywords (as helpers.themes.keywords).
    ``pool``: the :class:`helpers.workers.Workers` to use (else ``workers`` are started here)."""
    if pool is not None:
        return _partitioned(jobs, folder, lambda f, items: pool.map(f, items, _size), top)
    if scheduler:  # one cluster for both passes
        from .cluster import dask_client, map_on

        with dask_client(scheduler, workers) as client:
            return _partitioned(jobs, folder, lambda f, items: map_on(client, f, items), top)
    with Workers(workers) as started:  # one set of processes for both passes
        return _partitioned(jobs, folder, lambda f, items: started.map(f, items, _size), top)


def _partitioned(jobs: list[FileJob], folder, run_map, top: int) -> tuple[Summary, pd.DataFrame]:
    counts = run_map(count_file, jobs)
    tasks, articles, paragraphs = [], 0, 0
    for index, (job, (n_articles, n_paragraphs)) in enumerate(zip(jobs, counts)):
        tasks.append(PartitionTask(job, index, articles, paragraphs, str(folder)))
        articles += n_articles
        paragraphs += n_paragraphs
    done = run_map(analyse_into_parquet, tasks)
    frequency = sum((words for _, words, _ in done), Counter())
    parts = sorted((Path(folder) / ".keywords").glob("part-*.parquet"))
    found = _keyword_frame(keywords_from(parts, frequency, sum(n for _, _, n in done), top))
    shutil.rmtree(Path(folder) / ".keywords", ignore_errors=True)
    return _merged([summary for summary, _, _ in done]), found


def _merged(summaries: list[Summary]) -> Summary:
    stacked = {f.name: _stack([getattr(s, f.name) for s in summaries], {}) for f in fields(Summary)
               if f.name not in ("province_counts", "n_paragraphs", "n_words", "n_mentions")}
    stacked["events"] = with_speaker_ids(stacked["events"])
    stacked["formulations"] = _by_term(stacked["formulations"])
    counts = sum((s.province_counts for s in summaries[1:]), summaries[0].province_counts)
    return Summary(**stacked, province_counts=counts, n_paragraphs=sum(s.n_paragraphs for s in summaries),
                   n_words=sum(s.n_words for s in summaries), n_mentions=sum(s.n_mentions for s in summaries))
