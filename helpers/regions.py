"""Regional coverage: which provinces, cities, regions and countries a text names.

>>> from helpers.regions import places_in
>>> places_in("贵州省毕节市委副书记")[["surface", "place", "level", "province", "kind"]]  # doctest: +SKIP
  surface place      level province          kind
0    贵州省  贵州省   province       贵州  organisation
1    毕节市  毕节市 prefecture       贵州  organisation

How a place is found is :mod:`helpers.placefinder`'s (every name a place can go by, and the decision
procedure, ``helpers/data/place_rules.csv``, that says where a name is that place); this module turns what
it finds into tables, counts and figures.

What counts as coverage
-----------------------
Names in titles, subtitles, headings and body paragraphs count; datelines (新华社北京4月24日电) and bylines
do not: they say where the reporter filed from, not what the page is about. ``kind`` says how the place is
used: ``place`` (在重庆主持召开), ``organisation`` (the place names an organ, company or office:
四川省科技厅, 重庆市委, 云南省文山州州长) or ``name`` (part of the name of a programme, project or formulation:
西部大开发, 成渝地区双城经济圈, 中国式现代化). Anaphora (全省, 两地, 当地), towns and villages below county level,
rivers and mountains are not in the gazetteer and are not counted.

Columns of :func:`places_in`: surface, place, level, province, country, kind, form, start, end, context, note;
:func:`mentions` adds file, line, article and part (the paragraph's kind) in front.

Large corpora
-------------
The answers above never depend on how fast they come, but a year of articles should not take minutes. The
matcher reads the segmentation of record (``helpers.segment.paragraph_tokens``, the tokens of
``corpus.tokens``, read back from the cache when the corpus was segmented before) through
``helpers.wordcut.Text``, and looks only where some name can begin (a lookup on the first two characters); a
text where none can begin is not segmented at all, and the second pass (中山 after 中山市) runs only where a
name the first pass settled has a short form in the text. A paragraph that comes again is not matched again.
:func:`mentions` can share the articles between processes and keeps its table in the user's cache directory
(``helpers.cache``), next to the corpus's tokens (``helpers.segment.clear_cache()`` empties both); the
matcher itself (every name and its indexes) is kept there too, so that a new process reads it back instead
of building it. ``tests/test_wordcut.py`` checks the fast paths against plain ones.
"""
from __future__ import annotations

import re

from .cache import read_result, result_path, write_result
from .columns import Columns, of_rows
from .lazy import numpy as np
from .lazy import pandas as pd
from .placefinder import (  # noqa: F401 (the data and the lexicon, reachable here as before)
    CHINA,
    Target,
    _any_of,
    _Match,
    _Matcher,
    _matcher,
    _named,
    _overlaps,
    _word_tags,
    context_words,
    foreign_cities,
    foreign_places,
    gazetteer,
    lexicon,
    macro_regions,
    name_forms,
    provinces,
    read_table,
)
from .segment import segment_paragraphs, visible
from .wordcut import Text, base_tokenizer, posseg_tokenizer

LEVELS = ("province", "prefecture", "county", "macro-region", "country", "city")
KINDS = ("place", "organisation", "name")
#: Paragraph kinds whose place names count as coverage.
COVERAGE_KINDS = ("title", "subtitle", "heading", "body")
# a byline that opens with a dash signs a statement with its author's unit and title (——中车株洲…研究所总工程师…),
# one in brackets that opens with 作者为 or 作者单位 closes an article with them
# (（作者为陕西宝鸡市文物局局长，本报记者…采访整理）): their places are coverage, up to the reporters' names;
# other bylines name reporters only, whose names may look like places (毕京津)
SIGNATURES = ("——", "（作者为", "（作者单位")
REPORTERS = "本报记者"  # in a byline, what follows names reporters, not places
TEXT_COLUMNS = ["surface", "place", "level", "province", "country", "kind", "form", "start", "end",
                "context", "note"]
COLUMNS = ["file", "line", "article", "part"] + TEXT_COLUMNS
CONTEXT_CHARS = 12


def western_provinces() -> list[str]:
    """Short names of the 12 provinces of the Western Development programme (西部大开发)."""
    table = provinces()
    return table.loc[table["west"], "short"].tolist()


# --- finding them in a text and a corpus ----------------------------------------------------

def _rows(text: str, matches: list[_Match], positions: list[int] | None = None) -> list[dict]:
    """The rows of the ``matches`` found in the visible characters of ``text`` (``positions``: the offset in
    ``text`` of each, from :func:`helpers.segment.visible`), with offsets and surfaces as in ``text``."""
    rows = []
    for m in matches:
        start, end = (m.start, m.end) if positions is None else (positions[m.start], positions[m.end - 1] + 1)
        surface = text[start:end]
        context = f"{text[max(0, start - CONTEXT_CHARS):start]}【{surface}】{text[end:end + CONTEXT_CHARS]}"
        for i, slot in enumerate(m.slots):
            if len(slot) == 1:
                x = slot[0]
            else:
                shared = {(c.province, c.country) for c in slot}  # candidates all in one province: that one
                x = Target(None, slot[0].level, *(shared.pop() if len(shared) == 1 else (None, None)))
            rows.append({"surface": surface, "place": x.place, "level": x.level, "province": x.province,
                         "country": x.country, "kind": m.kind, "form": m.form, "start": start,
                         "end": end, "context": context,
                         "note": "; ".join(filter(None, [m.note, m.slot_notes.get(i, "")]))})
    return rows


def places_in(text: str) -> pd.DataFrame:
    """Every place named in a string: one row per place, offsets relative to the string.

    Columns: surface (as written), place (normalised: official full name, region or country), level
    (province|prefecture|county|macro-region|country|city: a foreign one), province (short name; None for foreign
    places and regions), country (中国 or the foreign country or region), kind (place|organisation|name), form
    (full|short|alias|typo|abbreviation), start, end, context, note. A compound gives one row per place
    (川渝 → 四川省 and 重庆市, both with surface 川渝). A name that several places share and that the text
    does not settle has place, province and country None and a note listing the candidates.

    Meant also for organisation names and title chains, e.g. to place a quoted speaker:

    >>> places_in("四川省成都市发展改革委副主任")[["place", "province", "kind"]]  # doctest: +SKIP
      place province          kind
    0  四川省       四川  organisation
    1  成都市       四川  organisation
    >>> places_in("中拉航天合作")["place"].tolist()
    ['中国', '拉美和加勒比']
    >>> places_in("文山会海").empty
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"places_in needs a string, not {type(text).__name__}")
    return _frame(place_rows(text), TEXT_COLUMNS)


def place_rows(text: str, context: frozenset[str] = frozenset()) -> list[dict]:
    """The rows of :func:`places_in` as dicts, without building a table: ``place_rows("川渝")[0]["place"]``.
    ``context``: provinces, countries and full place names settled around the text (as in :func:`mentions`,
    the other places of its article), which admit short names (海宁 once 海宁市 is named) and settle ambiguous
    ones (普陀区 in 浙江)."""
    if not text.strip():
        return []
    seen, positions = visible(text)
    return _rows(text, _matcher().find(seen, set(context)), positions)


def preload() -> None:
    """Load the dictionaries and the matcher now (a worker process does, once, before its first file)."""
    posseg_tokenizer(), base_tokenizer(), _matcher()


def mentions(corpus, cache: bool = True) -> pd.DataFrame:
    """Every place named in the corpus's titles, subtitles, headings and body paragraphs.

    One row per place (see :func:`places_in` for the columns), with ``file``, ``line`` (the paragraph's
    line, as in ``corpus.paragraphs``), ``article`` and ``part`` (the paragraph's kind) in front; ``start``
    and ``end`` are offsets in ``corpus.texts[file]``. Datelines, bylines, page-jump markers and layout
    fragments are not coverage and are skipped, except a byline that names its author's unit: one that signs a
    statement (——…公司总工程师…委员) or a closing bracket (（作者为…博物馆馆长，本报记者…采访整理）), up to
    the reporters' names. An ambiguous name is settled by the other places of its paragraph, then of its article.

    With ``cache`` (the default) the table is also kept in the user's cache directory, next to the corpus's
    tokens, and read back when the same paragraphs are analysed again by the same code and data. (For a
    corpus too large for one process, ``helpers.pipeline.run`` shares its files between processes.)

    >>> import helpers
    >>> m = mentions(helpers.load_corpus())
    >>> m.loc[m["surface"] == "川渝", "place"].unique().tolist()
    ['四川省', '重庆市']
    """
    paragraphs = _covered(corpus)
    path = result_path("mentions", paragraphs, MENTION_FIELDS) if cache else None
    table = read_result(path, kind=pd.DataFrame)
    if table is None:
        table = mention_frame(_mention_columns(paragraphs))
        write_result(path, table)
    return table


def mention_columns(corpus) -> Columns:
    """:func:`mentions` as columns of plain lists (:mod:`helpers.columns`), made a table by :func:`mention_frame`."""
    return _mention_columns(_covered(corpus))


def _covered(corpus) -> list:
    """The paragraphs whose places are coverage."""
    return [p for p in corpus._paragraphs
            if p.kind in COVERAGE_KINDS or p.kind == "byline" and p.text.startswith(SIGNATURES)]


def _mention_columns(paragraphs: list) -> Columns:
    articles: dict[int, list[int]] = {}
    for i, p in enumerate(paragraphs):
        articles.setdefault(p.article, []).append(i)
    jobs = [[paragraphs[i] for i in indices] for indices in articles.values()]
    segment_paragraphs(paragraphs)  # the segmentation of record, read from the cache if kept
    results = _mention_rows(jobs)
    per_paragraph = dict(zip((i for indices in articles.values() for i in indices),
                             (rows for job in results for rows in job)))
    return of_rows([row for i in range(len(paragraphs)) for row in per_paragraph[i]], COLUMNS)


MENTION_FIELDS = ("paragraph", "file", "line", "article", "kind", "start", "pieces", "text")


#: a former county the gazetteer lacks, written right after the province or prefecture it was in (河南林县, 江苏吴县)
FORMER_COUNTY = re.compile(r"[\u4e00-\u9fff]{1,2}县")


def former_counties(texts: list[str], found: list[list[_Match]]) -> list[tuple[int, str, Target]]:
    """(paragraph, name, place) of each county name the gazetteer lacks that an article writes right after a
    province or prefecture it has found (河南林县, the 林县 of 1994 and before, now 林州市; 江苏吴县): a name
    jieba's dictionary has as a place (ns), which no place's name the lexicon knows begins or overlaps, nor a
    class of counties (百强县, 大县: the role ``county_class`` of ``place_context.csv``). The place is that
    province's from the paragraph on (林县人不认命…)."""
    tags, forms = _word_tags(), lexicon().forms
    classes = context_words().get("county_class", frozenset())
    counties, known = [], set()
    for i, (text, matches) in enumerate(zip(texts, found)):
        starts = {m.start for m in matches}
        for m in matches:
            parent = m.resolved[0] if len(m.slots) == 1 and m.resolved else None
            if parent is None or parent.level not in ("province", "prefecture") or parent.province is None:
                continue
            name = FORMER_COUNTY.match(text, m.end)
            if name is None:
                continue
            # the shortest name jieba has as a place (林县 of 林县人, not 林县人): one or two characters and 县
            word = next((w for w in (text[m.end:m.end + n] for n in (2, 3)) if w.endswith("县")
                         and tags.get(w) == "ns"), None)
            if word is None or word in known or word in forms or word in classes or m.end in starts:
                continue
            known.add(word)
            counties.append((i, word, Target(word, "county", parent.province, CHINA)))
    return counties


def _with_former_counties(text: str, matches: list[_Match], counties: list[tuple[str, Target]]) -> list[_Match]:
    """``matches`` and, where no name found covers them, the former counties of :func:`former_counties`."""
    added = []
    for name, target in counties:
        at = text.find(name)
        while at >= 0:
            if not any(m.start < at + len(name) and at < m.end for m in matches):
                added.append(_Match(at, at + len(name), "full", [[target]],
                                    note="a former county named after its province"))
            at = text.find(name, at + len(name))
    return sorted(matches + added, key=lambda m: m.start) if added else matches


def _mention_rows(articles: list[list]) -> list[list[list[dict]]]:
    """For each article (a list of paragraphs), for each paragraph, its rows of :func:`mentions`."""
    matcher, short_forms = _matcher(), lexicon().short_forms
    ambiguous = _any_of(context_words()["ambiguous_stem"])
    found: dict[tuple[str, frozenset], list[_Match]] = {}  # a paragraph's text may come again
    result = []
    # the tokens of the article's paragraphs, for its second look (None: no name can begin in the paragraph)
    texts: dict[str, Text | None] = {}

    def find(text: str, context: frozenset) -> list[_Match]:
        key = (text, context)
        if key not in found:
            if text not in texts:
                texts[text] = matcher.prepared(text)
            t = texts[text]
            found[key] = matcher.find(text, set(context), t) if t is not None else []
        return found[key]

    for paragraphs in articles:
        texts.clear()
        seen = [visible(p.text) for p in paragraphs]
        first = [find(text, frozenset()) for text, _ in seen]
        named: set[str] = set()
        for matches in first:
            named |= _named(matches)
        # the short names of the places the article has named (招远 after 山东烟台招远)
        named_forms = {form for place in named for form in short_forms.get(place, ())}
        # the persons it has introduced whose given name is a place's (65岁的车泰安 … 车泰安还会…)
        persons = matcher.persons([text for text, _ in seen], first)
        named |= persons
        counties = former_counties([text for text, _ in seen], first) if "县" in "".join(t for t, _ in seen) else []
        article_rows = []
        for i, (p, (text, positions), matches) in enumerate(zip(paragraphs, seen, first)):
            unsettled = any(len(slot) > 1 for m in matches for slot in m.slots)
            if (unsettled or ambiguous.search(text) or any(form in text for form in named_forms)
                    or any(person in text for person in persons) or any(m.named_after for m in matches)):
                matches = find(text, frozenset(named))  # again, with the article as context
            if counties:   # 林县人 after 河南林县: from the paragraph that wrote it after its province on
                matches = _with_former_counties(text, matches, [(n, t) for j, n, t in counties if j <= i])
            rows = []
            reporters = p.text.find(REPORTERS) if p.kind == "byline" else -1
            for row in _rows(p.text, matches, positions):
                start, end = row["start"], row["end"]
                if 0 <= reporters <= start:
                    continue
                row["start"], row["end"] = p.file_offset(start), p.file_offset(end - 1) + 1
                rows.append({"file": p.file, "line": p.line, "article": p.article, "part": p.kind, **row})
            article_rows.append(rows)
        result.append(article_rows)
    return result


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    return mention_frame(of_rows(rows, columns))


def mention_frame(columns: Columns) -> pd.DataFrame:
    """The table of ``columns``, whose text columns keep None (not NaN) for 'no province' or 'no country'."""
    numbers = ("line", "article", "start", "end")
    table = pd.DataFrame({name: values for name, values in columns.items() if name not in numbers}, dtype=object)
    for i, name in enumerate(columns):
        if name in numbers:
            table.insert(i, name, np.array(columns[name], dtype=int))
    return table


# --- counting ----------------------------------------------------------------------------

def province_counts(table: pd.DataFrame, unit: str = "mentions") -> pd.Series:
    """How often each of the 34 provinces is named, in the order of provinces.csv (zeros included).

    ``unit``: ``"mentions"`` counts rows; ``"paragraphs"`` counts the paragraphs (file, line) naming a
    province, ``"articles"`` the articles — so 四川省成都市 counts once per paragraph.

    >>> province_counts(places_in("四川省成都市和重庆")).loc[["四川", "重庆", "贵州"]].tolist()
    [2, 1, 0]
    """
    order = provinces()["short"].tolist()
    domestic = table[table["province"].notna()]
    if unit == "mentions":
        counts = domestic["province"].value_counts()
    elif unit in ("paragraphs", "articles"):
        keys = ["file", "line"] if unit == "paragraphs" else ["article"]
        counts = domestic.drop_duplicates(keys + ["province"])["province"].value_counts()
    else:
        raise ValueError("unit must be 'mentions', 'paragraphs' or 'articles'")
    return counts.reindex(order, fill_value=0).rename("mentions" if unit == "mentions" else unit)


def region_of(table: pd.DataFrame) -> pd.Series:
    """For each row: 西部 (one of the 12 western provinces), 其他省区 (another Chinese province),
    全国/大区 (a macro-region or China as a whole), or 国外 (a foreign place)."""
    west = set(western_provinces())

    def label(row) -> str:
        if row["province"] is not None and not pd.isna(row["province"]):
            return "西部" if row["province"] in west else "其他省区"
        if row["country"] == CHINA:
            return "全国/大区"
        return "国外" if row["country"] else "未定"

    return table.apply(label, axis=1).rename("region") if len(table) else pd.Series([], dtype=object)


# --- figures -------------------------------------------------------------------------------

#: The order of :func:`region_of`'s labels in figures; colours and legend labels are ``helpers.figures``'.
REGIONS = ("西部", "其他省区", "全国/大区", "国外", "未定")
PANELS_PER_ROW = 3  # a row of panels fits the page (figures.PAGE_WIDTH_PX) with its text at full size


def article_bars(table: pd.DataFrame, top: int = 8, ax=None):
    """Horizontal bars: the provinces most named in each article, one panel per article (three to a row);
    returns the Figure. Every article gets a panel: for a large corpus, pass the rows of a few articles.

    >>> fig = article_bars(places_in("四川省成都市和重庆").assign(article=1))
    """
    import matplotlib.pyplot as plt

    from . import figures

    figures.setup()
    articles = sorted(table["article"].unique())
    if not articles:
        raise ValueError("article_bars needs a table of mentions with at least one row")
    if ax is None:
        rows = -(-len(articles) // PANELS_PER_ROW)
        columns = min(len(articles), PANELS_PER_ROW)
        fig, axes = plt.subplots(rows, columns, figsize=(7.0, 3.0 * rows + 0.6), squeeze=False,
                                 layout="constrained")
        axes = list(axes.flat)
        for unused in axes[len(articles):]:
            unused.remove()
    else:
        fig, axes = ax.get_figure(), [ax]
    west = set(western_provinces())
    for axis, article in zip(axes, articles):
        counts = province_counts(table[table["article"] == article])
        counts = counts[counts > 0].sort_values(ascending=False).head(top)[::-1]
        colours = [figures.category_colour("西部" if p in west else "其他省区") for p in counts.index]
        axis.barh(counts.index, counts.values, color=colours)
        axis.set_title(f"Article {article} 第{article}篇")
        axis.set_xlabel("mentions 提及次数")
        axis.xaxis.get_major_locator().set_params(integer=True)
        if counts.empty:
            axis.text(0.5, 0.5, "no province\n未提及省区", ha="center", va="center", transform=axis.transAxes)
    for row_start in axes[:len(articles):PANELS_PER_ROW]:
        row_start.set_ylabel("province 省区")
    _region_legend(fig, ax, ["西部", "其他省区"])
    fig.suptitle("Provinces named in each article 各篇文章提及的省区")
    return fig


def _region_legend(fig, ax, names) -> None:
    """The bilingual legend of the regions: below a figure of our own, on the axes a caller gave us."""
    from . import figures

    if ax is None:
        figures.legend(fig, names, title="where 地区", loc="outside lower center", ncol=2)
    else:
        figures.legend(ax, names, title="where 地区")


def west_vs_rest(table: pd.DataFrame, ax=None):
    """Stacked bars per article: mentions of western provinces, other provinces, China or its macro-regions,
    and foreign places; returns the Figure.

    >>> fig = west_vs_rest(places_in("四川省成都市和重庆、美国").assign(article=1))
    """
    import matplotlib.pyplot as plt

    from . import figures

    figures.setup()
    data = table.assign(region=region_of(table))
    counts = pd.crosstab(data["article"], data["region"]).reindex(columns=list(REGIONS), fill_value=0)
    counts = counts.loc[:, counts.sum() > 0]
    if ax is None:
        fig, axis = plt.subplots(figsize=(7, 3.8), layout="constrained")
    else:
        fig, axis = ax.get_figure(), ax
    left = pd.Series(0, index=counts.index)
    labels = [f"Article {a} 第{a}篇" for a in counts.index]
    for region in counts.columns:
        axis.barh(labels, counts[region], left=left, color=figures.category_colour(region))
        left += counts[region]
    axis.invert_yaxis()
    axis.set_xlabel("place mentions 地名提及次数")
    axis.set_ylabel("article 文章")
    axis.set_title("The Western region against the rest 西部与其他地区")
    _region_legend(fig, ax, list(counts.columns))
    return fig
