"""helpers.wordcut and the fast paths of helpers.regions and helpers.quotes give exactly the answers
of the plain ones.

For large corpora, regions cuts a text with jieba.posseg only where the matcher asks a question (and
has its own, same-answer hidden Markov model), looks up only the names that can begin at a position,
reuses the matches of a paragraph that comes again, can share the articles between processes and
keeps its tables in the user's cache directory; quotes shares that cutting and those caches. Each test
below runs the straightforward version (kept here as the reference: posseg's cut of the whole text,
a scan of every position, no cache, one process) and the fast one on the seed and on a corpus of
several files, and compares every row. No test here measures time: benchmarks/run.py does.
"""
from __future__ import annotations

import random

import jieba.posseg
import pandas as pd
import pytest

import helpers
from helpers import cache, quotes, regions, segment, wordcut
from helpers.regions import _Match, _overlaps
from conftest import DATA

TRICKY = ["", " ", "  a b\r\nc 3.5% 米歇尔·布兰说 ＡＢ１２ abc123 ８０后 㐀㐁 ", "\u9fd6\u9fd7中国",
          "吴群刚说：“川渝两地要加强合作。”", "青海省海南藏族自治州共和县塔拉滩上", "持续加强对文山会海的整治",
          "中拉航天合作", "拉美中航天合作", "广西壮族自洽区商务厅党组书记", "实验室副主任何志远说"]


@pytest.fixture(scope="module")
def corpora(seed):
    return {"seed": seed, "tests/data": helpers.load_corpus(DATA)}


def posseg_pairs(text):
    return [(p.word, p.flag) for p in segment._pos_tokenizer(True).cut(text)]


# --- the reference versions --------------------------------------------------------------------

class WholeText:
    """wordcut.Text the plain way: posseg's cut of the whole text, every token at once."""

    def __init__(self, text):
        self.text, self.length, self.candidates = text, len(text), None
        self.tokens, at = [], 0
        for word, tag in posseg_pairs(text):
            self.tokens.append(wordcut.Token(word, tag, at, at + len(word)))
            at += len(word)
        self.covering = [i for i, token in enumerate(self.tokens) for _ in range(token.start, token.end)]
        self.starts = {token.start for token in self.tokens} | {len(text)}

    def is_start(self, pos):
        return pos in self.starts

    def token_at(self, pos):
        return self.tokens[self.covering[pos]] if 0 <= pos < len(self.text) else None

    def tokens_from(self, pos, count):
        index = self.covering[pos] if 0 <= pos < len(self.text) else len(self.tokens)
        return self.tokens[index:index + count]

    def pairs(self, uncut=None):
        return [(token.word, token.tag) for token in self.tokens]

    boundary = wordcut.Text.boundary
    rest_of_token = wordcut.Text.rest_of_token
    next_word = wordcut.Text.next_word


def plain_accept(self, t, start, end, reading, found, named):
    """The checks in the order the module's docstring gives them."""
    if not (t.boundary(start) or (found and found[-1].end == start)):
        return False
    whole_country = all(x.level == "province" or x.place == regions.CHINA for x in reading.targets)
    if not (whole_country or self._end_ok(t, end)):
        return False
    if self.street.match(t.next_word(end)) or t.text[end:end + 1] == "族":
        return False
    if not reading.needs:
        return True
    target = reading.targets[0]
    before = found[-1] if found and found[-1].end == start else None
    if before and any(x.province == target.province for x in before.resolved):
        parent = [x.place for x in before.resolved if x.level == "prefecture"]
        if target.level != "county" or not parent or parent[0] == regions._prefecture_of(target):
            return True
    if reading.needs == "chain_or_named" and target.place in named:
        following = t.token_at(end)
        return following is None or not t.is_start(end) or not regions._is_nounish(following.tag)
    return False


def plain_scan(self, t, blocked, named):
    """Every position, every length from the longest name down."""
    text, found, pos = t.text, [], 0
    while pos < len(text):
        matched = None
        for size in range(min(self.lex.longest, len(text) - pos), 1, -1):
            readings = self.lex.forms.get(text[pos:pos + size])
            if not readings or _overlaps(pos, pos + size, blocked):
                continue
            accepted = [r for r in readings if self._accept(t, pos, pos + size, r, found, named)]
            if accepted:
                matched = self._resolve(pos, pos + size, accepted, found)
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
    for system, table in self.lex.abbreviations.items():
        pos = 0
        while pos < len(text):
            run_end = pos
            while run_end < len(text) and text[run_end] in table and run_end not in covered:
                run_end += 1
            span = next(((s, e) for s in range(pos, run_end - 1) for e in range(run_end, s + 1, -1)
                         if t.boundary(s) and self._end_ok(t, e) and not _overlaps(s, e, blocked)
                         and self._licensed(t, s, e)), None)
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


def plain_mentions(corpus):
    """mentions() as one loop over the paragraphs, every paragraph matched afresh."""
    matcher = regions._matcher()
    paragraphs = [p for p in corpus._paragraphs if p.kind in regions.COVERAGE_KINDS]
    found = {id(p): matcher.find(p.text) for p in paragraphs}
    named = {}
    for p in paragraphs:
        named.setdefault(p.article, set()).update(regions._named(found[id(p)]))
    rows = []
    for p in paragraphs:
        matches = found[id(p)]
        unsettled = any(len(slot) > 1 for m in matches for slot in m.slots)
        if unsettled or any(word in p.text for word in regions.context_words()["ambiguous_stem"]):
            matches = matcher.find(p.text, named[p.article])
        for row in regions._rows(p.text, matches):
            row["start"], row["end"] = p.file_offset(row["start"]), p.file_offset(row["end"] - 1) + 1
            rows.append({"file": p.file, "line": p.line, "article": p.article, "part": p.kind, **row})
    return regions._frame(rows, regions.COLUMNS)


@pytest.fixture
def plain(monkeypatch):
    """Switch every fast path off (for the duration of one test)."""
    def switch():
        monkeypatch.setattr(regions, "Text", WholeText)
        monkeypatch.setattr(regions._Matcher, "_accept", plain_accept)
        monkeypatch.setattr(regions._Matcher, "_scan", plain_scan)
        monkeypatch.setattr(regions._Matcher, "_compounds", plain_compounds)
        monkeypatch.setattr(quotes.tokens, "pos_pairs", lambda text, keep_whole=None: posseg_pairs(text))
    return switch


def assert_same(fast: pd.DataFrame, slow: pd.DataFrame):
    assert list(fast.columns) == list(slow.columns)
    assert list(fast.dtypes) == list(slow.dtypes)
    pd.testing.assert_frame_equal(fast.reset_index(drop=True), slow.reset_index(drop=True))


# --- the tokens ----------------------------------------------------------------------------------

def test_lazy_cut_gives_posseg_tokens(corpora):
    texts = [t for c in corpora.values() for t in dict.fromkeys(c.paragraphs["text"])] + TRICKY
    for text in texts:
        assert wordcut.Text(text).pairs() == posseg_pairs(text), text


def test_lazy_questions_match_the_whole_cut(seed):
    # each question asked first of a text (nothing cut yet) and asked after all the others
    for text in list(dict.fromkeys(seed.paragraphs["text"]))[:30] + TRICKY:
        whole, used = WholeText(text), wordcut.Text(text)
        for pos in range(-1, len(text) + 1):
            questions = [("is_start", (pos,)), ("token_at", (pos,)), ("tokens_from", (pos, 6))]
            if 0 <= pos <= len(text):
                questions += [("boundary", (pos,)), ("rest_of_token", (pos,)), ("next_word", (pos,))]
            for name, args in questions:
                expected = getattr(whole, name)(*args)
                for lazy in (wordcut.Text(text), used):
                    answer = getattr(lazy, name)(*args)
                    assert (list(answer) if name == "tokens_from" else answer) == \
                        (list(expected) if name == "tokens_from" else expected), (text, name, pos)


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
    assert outside(pairs) == outside(posseg_pairs(text))


def test_hidden_markov_model_matches_posseg(seed):
    rng = random.Random(2024)
    characters = sorted(set("".join(seed.paragraphs["text"])))
    stretches = ["".join(rng.choice(characters) for _ in range(rng.randint(2, 20))) for _ in range(300)]
    stretches += ["abc3.5%中文12３", "米歇尔·布兰", "１２３", "吴群刚何志远"]
    posseg = segment._pos_tokenizer(True)
    for stretch in stretches:
        expected = tuple((p.word, p.flag) for p in posseg._POSTokenizer__cut_detail(stretch))
        assert wordcut._cut_unknown.__wrapped__(stretch) == expected, stretch
        han = "".join(ch for ch in stretch if "\u4e00" <= ch <= "\u9fd5")
        if han:
            assert wordcut._viterbi(han) == jieba.posseg.viterbi(
                han, jieba.posseg.char_state_tab_P, jieba.posseg.start_P, jieba.posseg.trans_P,
                jieba.posseg.emit_P)


# --- the tables ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["seed", "tests/data"])
def test_mentions_fast_and_plain_agree(corpora, plain, name):
    corpus = corpora[name]
    fast = regions.mentions(corpus, cache=False)
    places = [regions.places_in(text) for text in TRICKY]
    plain()
    assert_same(fast, plain_mentions(corpus))
    for text, table in zip(TRICKY, places):
        assert_same(table, regions.places_in(text))


@pytest.mark.parametrize("name", ["seed", "tests/data"])
def test_quotes_fast_and_plain_agree(corpora, plain, name):
    corpus = corpora[name]
    fast = quotes._analyse(corpus)
    plain()
    slow = quotes._analyse(corpus)
    for table in ("events", "non_speech", "skipped"):
        assert_same(getattr(fast, table), getattr(slow, table))


def test_processes_give_the_same_tables(corpora, monkeypatch):
    corpus = corpora["tests/data"]
    one, events = regions.mentions(corpus, cache=False), quotes._analyse(corpus, workers=1)
    monkeypatch.setattr(cache, "PROCESSES_FROM_CHARS", 0)  # fork even for a small corpus
    assert_same(regions.mentions(corpus, workers=2, cache=False), one)
    two = quotes._analyse(corpus, workers=2)
    for table in ("events", "non_speech", "skipped"):
        assert_same(getattr(two, table), getattr(events, table))


def test_cached_tables_are_the_computed_ones(tmp_path, monkeypatch):
    monkeypatch.setattr(segment, "CACHE_DIR", tmp_path)
    corpus = helpers.load_corpus(DATA)
    computed = regions.mentions(corpus)
    analysis = quotes.analyse(corpus)
    kept = sorted(p.name.split("-")[0] for p in (tmp_path / "tokens").glob("*.pickle"))
    assert kept == ["mentions", "quotes"]

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


def test_base_dictionary_read_through_the_domain_one(seed, monkeypatch):
    # a domain tokenizer of this test's own: the session's may have been given words twice (a doctest
    # adds 泰勒, already a domain word), and then the view rightly gives way to jieba's own dictionary
    domain, base = segment.tokenizer.__wrapped__(True), segment.tokenizer(False)
    monkeypatch.setattr(wordcut, "tokenizer", lambda domain_words=True: domain if domain_words else base)
    monkeypatch.setattr(segment, "_ADDED", [])
    monkeypatch.setattr(wordcut, "_base", {})
    view = wordcut.base_tokenizer()
    assert isinstance(view.FREQ, wordcut._BaseFrequencies) and view.total == base.total
    words = set(segment.domain_entries()["word"])
    for text in seed.paragraphs["text"]:
        assert view.lcut(text, HMM=False) == base.lcut(text, HMM=False)
        words.update(w for w in domain.lcut(text) if len(w) > 1)
    for word in words:
        assert view.lcut(word, HMM=False) == base.lcut(word, HMM=False), word
        for i in range(len(word)):
            for j in range(i + 1, min(len(word), i + 4) + 1):
                assert (view.FREQ.get(word[i:j]) or 0) == (base.FREQ.get(word[i:j]) or 0), word[i:j]
    # a word added this session (as helpers.add_words does): still read through
    domain.add_word("孙立新", None, "nr")
    segment._ADDED.append("孙立新 nr")
    view = wordcut.base_tokenizer()
    assert isinstance(view.FREQ, wordcut._BaseFrequencies)
    assert view.lcut("副厅长孙立新说", HMM=False) == base.lcut("副厅长孙立新说", HMM=False)
    # a domain word added a second time: the totals no longer add up, jieba's own dictionary is used
    domain.add_word("泰勒", None, "nr")
    segment._ADDED.append("泰勒 nr")
    assert wordcut.base_tokenizer() is base
