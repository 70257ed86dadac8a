"""Quotations in Chinese news: who is quoted, from where, saying what.

Reaction pieces (反响稿 *fǎnxiǎng gǎo*) are built from speech events: an official, an expert, a worker
answers the leader's words. :func:`extract` finds every speech event of a corpus, one row each:

>>> import helpers
>>> events = helpers.quotes.extract(helpers.load_corpus())
>>> events.loc[events["line"] == 17, ["speaker", "title", "organisation", "province", "verb", "mode"]]  # doctest: +SKIP
   speaker   title           organisation  province verb   mode
3  吴群刚   党组书记、厅长    四川省科技厅      四川     说  direct

The stages, one module each, pure functions over frozen dataclasses (run and test each alone):

1. ``marks`` — clean the text, pair the quotation marks (“” ‘’ 「」 『』, straight ``"`` and ``＂``, 〝〞);
2. ``paragraph`` — which quotations are speech, where clauses and sentences begin (one linear pass);
3. ``speakers`` — the speaker phrase before a reporting verb: organisation, title chain, name;
4. ``mentions`` and ``attribution`` — persons named in a paragraph; candidate attributions (verb +
   speaker), the quotations and reported words each claims, pronouns resolved to the nearest person
   introduced, in this paragraph or the one before;
5. ``placement`` — province, country, category and level, from the speaker's own organisation or the
   nearest local context in the same part of the article;
6. ``terms`` — quotation marks that are not speech (:func:`non_speech`);
7. ``echo`` — how quotations repeat the leader (:func:`echo`, :func:`echo_figure`);
8. ``gold`` — scoring against a hand-made table (:func:`read_gold`, :func:`compare`, :func:`score`).

``article`` runs stages 1–6 over one article; ``tables`` reads the word lists of ``helpers/data``
(speech_verbs.csv, verb_guards.csv, speaker_titles.csv, speaker_groups.txt, speaker_categories.csv,
organisation_suffixes.txt, honorifics.csv, anonymous_forms.txt, surnames.txt, not_names.txt, transliteration_chars.txt,
minority_name_parts.txt, uyghur_name_parts.txt, japanese_surnames.txt, country_abbreviations.csv,
international_organisations.txt, leaders.csv, quoted_terms.csv, echo_formulas.csv), each
with its source; ``tokens`` holds every call to the segmenter; places come from
:func:`helpers.regions.place_rows`.

What cannot be decided is reported by :func:`skipped`, not guessed: unpaired quotation marks, a
quotation with no speaker near, a pronoun with no one to refer to. Each stage's docstring states its limits.
"""
from __future__ import annotations

import weakref
from dataclasses import dataclass

from ..cache import read_result, result_path, write_result
from ..columns import Columns, frame, of_rows
from ..lazy import pandas as pd
from ..segment import DATA
from .article import analyse_article
from .echo import echo, echo_figure, echo_formulas
from .gold import GOLD, SCORED_FIELDS, compare, read_gold, score
from .marks import Span, scan_quotes
from .speakers import Speaker, parse_speaker, title_chain
from .tables import speaker_titles, speech_verbs

__all__ = ["extract", "non_speech", "skipped", "analyse", "QuoteAnalysis", "title_chain", "parse_speaker",
           "scan_quotes", "speech_verbs", "speaker_titles", "echo", "echo_figure", "echo_formulas", "read_gold",
           "compare", "score", "EVENT_COLUMNS", "NON_SPEECH_COLUMNS", "SKIPPED_COLUMNS", "DATA", "GOLD",
           "SCORED_FIELDS", "Span", "Speaker"]

EVENT_COLUMNS = ["file", "line", "article", "section", "speaker", "speaker_id", "speaker_type", "title",
                 "organisation", "place", "province", "country", "category", "level", "verb", "verb_class",
                 "mode", "text", "direct_text", "indirect_text", "n_chars", "start", "end", "note"]
NON_SPEECH_COLUMNS = ["file", "line", "article", "paragraph_kind", "term", "kind", "nested", "speaker",
                      "start", "end"]
SKIPPED_COLUMNS = ["file", "line", "article", "start", "end", "text", "reason"]
# What the analysis reads of a paragraph: the key of the cached tables.
QUOTE_FIELDS = ("paragraph", "file", "line", "article", "section", "kind", "start", "pieces", "text")


@dataclass
class QuoteAnalysis:
    events: pd.DataFrame
    non_speech: pd.DataFrame
    skipped: pd.DataFrame


_analyses: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def analyse(corpus, cache: bool = True) -> QuoteAnalysis:
    """Speech events, non-speech quotations and skipped marks of a corpus, computed once per corpus.

    With ``cache`` (the default) the tables are also kept in the user's cache directory and read back when
    the same paragraphs are analysed again by the same code and data (see helpers.regions.mentions).
    """
    if corpus not in _analyses:
        path = result_path("quotes", corpus._paragraphs, QUOTE_FIELDS) if cache else None
        result = read_result(path, kind=QuoteAnalysis)
        if result is None:
            result = _analyse(corpus)
            write_result(path, result)
        _analyses[corpus] = result
    return _analyses[corpus]


def extract(corpus) -> pd.DataFrame:
    """One row per speech event: who speaks (speaker, title, organisation, province, country,
    category, level), how (verb, mode) and what (text), with file offsets ``start``/``end``.

    ``speaker_type`` is person, leader, or group (a collective, or a speaker described but not named:
    有关负责人); ``mode`` is ``direct`` (only quoted words), ``indirect`` (reported, no quotation marks)
    or ``mixed``. ``speaker_id`` is the same for one person quoted in several articles.

    >>> events = extract(helpers.load_corpus())                       # doctest: +SKIP
    >>> events.groupby("mode").size()                                  # doctest: +SKIP
    """
    return analyse(corpus).events.copy()


def non_speech(corpus) -> pd.DataFrame:
    """Quotation marks that are not speech: slogans, metaphors, names, honours, cited words.

    ``kind``: slogan or metaphor (``quoted_terms.csv``), honour (“人民楷模”称号), name (“…论坛”,
    “图帕克·卡塔里”星), cited (someone else's words inside a quotation, ‘中国式现代化，民生为大。’),
    sound (“铃铃铃……”, no one's words), term (anything else). ``nested`` is True inside another quotation;
    ``speaker`` is whose speech it sits in, if any.
    """
    return analyse(corpus).non_speech.copy()


def skipped(corpus) -> pd.DataFrame:
    """What the extractor could not read: unbalanced quotation marks, quotations with no speaker,
    pronouns with no one to refer to."""
    return analyse(corpus).skipped.copy()


def _speaker_ids(events: pd.DataFrame) -> list[str]:
    """One id per person across the corpus: the name, unless two provinces say they are different
    people (then name#2…). Groups are counted per article; the leader is one speaker."""
    ids, seen = [], {}
    columns = (events[column].tolist() for column in ("speaker", "speaker_type", "article", "province"))
    for speaker, kind, article, province in zip(*columns):   # lists: iterating a column is ten times slower
        province = province if isinstance(province, str) else None  # missing: None, or NaN in a text column
        if kind == "group":
            ids.append(f"{speaker}#{article}")
            continue
        places = seen.setdefault(speaker, [])
        match = next((i for i, prov in enumerate(places)
                      if prov is None or province is None or prov == province), None)
        if match is None:
            places.append(province)
            match = len(places) - 1
        elif places[match] is None:
            places[match] = province
        ids.append(speaker if match == 0 else f"{speaker}#{match + 1}")
    return ids


def columns(corpus) -> dict[str, Columns]:
    """The ``events``, ``non_speech`` and ``skipped`` tables of :func:`analyse` as columns of plain lists
    (:mod:`helpers.columns`; ``speaker_id`` is settled by :func:`event_frame`, over the whole corpus)."""
    by_article: dict[int, list] = {}
    for p in corpus._paragraphs:
        by_article.setdefault(p.article, []).append(p)
    rows, terms, problems = [], [], []
    for article_rows, article_terms, article_problems in map(analyse_article, by_article.values()):
        rows += article_rows
        terms += article_terms
        problems += article_problems
    return {"events": of_rows(rows, EVENT_COLUMNS), "non_speech": of_rows(terms, NON_SPEECH_COLUMNS),
            "skipped": of_rows(problems, SKIPPED_COLUMNS)}


def event_frame(columns: Columns) -> pd.DataFrame:
    """The events table of its columns, ``speaker_id`` settled over all of them (one person, one id)."""
    events = frame(columns)
    events["speaker_id"] = _speaker_ids(events)
    return events


def _analyse(corpus) -> QuoteAnalysis:
    tables = columns(corpus)
    return QuoteAnalysis(event_frame(tables["events"]), frame(tables["non_speech"]), frame(tables["skipped"]))
