"""helpers.wordcut: the word-boundary questions regions and quotes ask, answered from the segmentation of
record; and the fast paths of helpers.regions (names looked up only where one can begin, tables shared
between processes and kept on disk) give exactly the answers of the plain ones. No test here measures
time: benchmarks/segmentation.py and benchmarks/run.py do.
"""
from __future__ import annotations

import pandas as pd
import pytest
from conftest import DATA

import helpers
from helpers import cache, quotes, regions, segment, wordcut
from helpers.regions import _Match, _overlaps
from helpers.segment import paragraph_tokens

TRICKY = ["", " ", "  a b\r\nc 3.5% 米歇尔·布兰说 ＡＢ１２ abc123 ８０后 㐀㐁 ", "\u9fd6\u9fd7中国",
          "吴群刚说：“川渝两地要加强合作。”", "青海省海南藏族自治州共和县塔拉滩上", "持续加强对文山会海的整治",
          "中拉航天合作", "拉美中航天合作", "广西壮族自洽区商务厅党组书记", "实验室副主任何志远说"]


@pytest.fixture(scope="module")
def corpora(seed):
    return {"seed": seed, "tests/data": helpers.load_corpus(DATA)}


# --- the questions ---------------------------------------------------------------------------------

TEXT = "吴群刚说：“川渝两地要加强合作。”"  # 吴群刚|说|：|“|川渝|两地|要|加强|合作|。|”


@pytest.mark.parametrize("question, args, expected", [
    ("is_start", (0,), True), ("is_start", (1,), False), ("is_start", (3,), True),
    ("is_start", (len(TEXT),), True), ("is_start", (-1,), False),
    ("token_at", (1,), wordcut.Token("吴群刚", "nr", 0, 3)), ("token_at", (len(TEXT),), None),
    ("token_at", (-1,), None),
    ("rest_of_token", (1,), "群刚"), ("rest_of_token", (3,), ""),
    ("next_word", (1,), "群刚"), ("next_word", (3,), "说"), ("next_word", (len(TEXT),), ""),
    ("boundary", (6,), True), ("boundary", (9,), False),
])
def test_questions(question, args, expected):
    assert getattr(wordcut.Text(TEXT), question)(*args) == expected


@pytest.mark.parametrize("text, pos, boundary", [
    ("吉林长春", 2, True),        # inside a glued place-name token, jieba's base dictionary decides
    ("中国式现代化", 3, True),
    ("中国式现代化", 4, False),
])
def test_boundaries_inside_glued_names(text, pos, boundary):
    assert wordcut.Text(text).boundary(pos) is boundary


def test_tokens_from():
    tokens = list(wordcut.Text(TEXT).tokens_from(1, 3))
    assert [t.word for t in tokens] == ["吴群刚", "说", "："]
    assert list(wordcut.Text(TEXT).tokens_from(len(TEXT), 3)) == []


@pytest.mark.parametrize("pos", [-1, 0, 1, 3, 5, len(TEXT) - 1, len(TEXT)])
def test_pairs_from_are_the_tokens_words_and_tags(pos):
    t = wordcut.Text(TEXT)
    assert list(t.pairs_from(pos, 3)) == [(x.word, x.tag) for x in t.tokens_from(pos, 3)]


@pytest.mark.parametrize("text", TRICKY)
def test_text_reads_the_segmentation_of_record(text):
    t = wordcut.Text(text)
    assert t.pairs() == [(w, pos) for w, pos, _, _ in paragraph_tokens(text)]
    assert "".join(w for w, _ in t.pairs()) == text
    assert [(x.start, x.end) for x in t.tokens] == [(s, e) for _, _, s, e in paragraph_tokens(text)]


def test_leaving_quoted_runs_uncut_keeps_the_rest():
    text = "他说：“重庆江北要加强合作。”吴群刚表示，“好”"
    inside = [text.index("“") <= i <= text.index("”") for i in range(len(text))]

    def outside(pairs):
        at, kept = 0, []
        for word, tag in pairs:
            if not all(inside[at:at + len(word)]):
                kept.append((at, word, tag))
            at += len(word)
        return kept

    pairs = wordcut.Text(text).pairs(uncut=lambda s, e: all(inside[s:e]))
    assert ("重庆江北要加强合作", "x") in pairs
    assert "".join(w for w, _ in pairs) == text
    assert outside(pairs) == outside(wordcut.Text(text).pairs())


# --- the matcher's fast paths ------------------------------------------------------------------------

def plain_scan(self, t, blocked, named):
    """Every position, every length from the longest name down."""
    text, found, pos = t.text, [], 0
    while pos < len(text):
        matched = None
        for size in range(min(self.lex.longest, len(text) - pos), 1, -1):
            readings = self.lex.forms.get(text[pos:pos + size])
            if not readings or _overlaps(pos, pos + size, blocked):
                continue
            why = {r: self._accept(t, pos, pos + size, r, found, named) for r in readings}
            accepted = [r for r in readings if why[r]]
            if accepted:
                matched = self._resolve(pos, pos + size, accepted, found)
                matched.chained = all(why[r] == "chain" for r in accepted)
                break
        if matched:
            found.append(matched)
            pos = matched.end
        else:
            pos += 1
    return found


def plain_compounds(self, t, found, blocked):
    """Runs of abbreviations, position by position."""
    covered = {i for m in found for i in range(m.start, m.end)}
    new, text = [], t.text
    for table in self.lex.abbreviations.values():
        pos = 0
        while pos < len(text):
            run_end = pos
            while run_end < len(text) and text[run_end] in table and run_end not in covered:
                run_end += 1
            span = next(((s, e) for s in range(pos, run_end - 1) for e in range(run_end, s + 1, -1)
                         if t.boundary(s) and self._end_ok(t, e) and not _overlaps(s, e, blocked)
                         and not text.startswith(self.not_followed_by, e) and self._licensed(t, s, e)), None)
            if span:
                start, end = span
                new.append(_Match(start, end, "abbreviation", [list(table[ch]) for ch in text[start:end]]))
                covered.update(range(start, end))
                pos = end
            else:
                pos = max(run_end, pos + 1)
    for m in found:
        first = m.resolved[0] if m.resolved else None
        system = None if first is None else "domestic" if first.province else \
            "foreign" if first.country not in (None, regions.CHINA) or first.place == regions.CHINA else None
        end, table = m.end, self.lex.abbreviations.get(system, {})
        if end < len(text) and text[end] in table and end not in covered and t.boundary(end) \
                and t.boundary(end + 1) and self._licensed(t, end, end + 1):
            new.append(_Match(end, end + 1, "abbreviation", [list(table[text[end]])],
                              f"abbreviation after {text[m.start:end]}"))
            covered.add(end)
    return new


def assert_same(fast: pd.DataFrame, slow: pd.DataFrame):
    assert list(fast.columns) == list(slow.columns)
    assert list(fast.dtypes) == list(slow.dtypes)
    pd.testing.assert_frame_equal(fast.reset_index(drop=True), slow.reset_index(drop=True))


@pytest.mark.parametrize("name", ["seed", "tests/data"])
def test_scanning_only_where_a_name_can_begin_finds_what_a_full_scan_finds(corpora, name, monkeypatch):
    texts = list(dict.fromkeys(corpora[name].paragraphs["text"])) + TRICKY
    fast = [regions.places_in(text) for text in texts]
    monkeypatch.setattr(regions._Matcher, "_scan", plain_scan)
    monkeypatch.setattr(regions._Matcher, "_compounds", plain_compounds)
    for text, table in zip(texts, fast):
        assert_same(table, regions.places_in(text))


def test_cached_tables_are_the_computed_ones(tmp_path, monkeypatch):
    monkeypatch.setattr(segment, "CACHE_DIR", tmp_path)
    corpus = helpers.load_corpus(DATA)
    computed = regions.mentions(corpus)
    analysis = quotes.analyse(corpus)
    kept = sorted(p.name.split("-")[0] for p in (tmp_path / "tokens").glob("*-*.pickle"))
    assert kept == ["mentions", "quotes"]  # besides the segmentation of each file

    def fail(*args):
        raise AssertionError("computed again instead of read from the cache")

    monkeypatch.setattr(regions, "_mention_rows", fail)
    monkeypatch.setattr(quotes, "analyse_article", fail)
    again = helpers.load_corpus(DATA)  # a new corpus object: nothing remembered in memory
    assert_same(regions.mentions(again), computed)
    for table in ("events", "non_speech", "skipped"):
        assert_same(getattr(quotes.analyse(again), table), getattr(analysis, table))


def test_cache_key_follows_the_text_and_the_added_words(monkeypatch):
    from dataclasses import replace

    corpus = helpers.load_corpus(DATA)
    paragraphs = list(corpus._paragraphs)
    key = cache.result_path("mentions", paragraphs, regions.MENTION_FIELDS)
    assert key == cache.result_path("mentions", list(corpus._paragraphs), regions.MENTION_FIELDS)
    paragraphs[3] = replace(paragraphs[3], text=paragraphs[3].text + "重庆")
    assert cache.result_path("mentions", paragraphs, regions.MENTION_FIELDS) != key
    monkeypatch.setattr(segment, "_ADDED", ["孙立新 nr"])
    assert cache.result_path("mentions", list(corpus._paragraphs), regions.MENTION_FIELDS) != key
