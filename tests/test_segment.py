"""helpers.segment: jieba with the domain dictionary, tokens table, stopwords, quiet set-up."""
import pickle
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers import cache, cut, segment
from helpers.segment import CACHE_DIR, domain_entries, is_stopword, paragraph_tokens, stopwords

FORMULATIONS = ["西部大开发", "中国式现代化", "新质生产力", "成渝地区双城经济圈", "西部陆海新通道",
                "长江经济带", "一带一路", "高质量发展"]


@pytest.mark.parametrize("term", FORMULATIONS)
def test_formulations_stay_whole_in_context(term):
    assert term in cut(f"要推动{term}取得新进展")


def test_formulations_stay_whole_where_jieba_alone_splits_them():
    assert cut("发展新质生产力", domain=False) == ["发展", "新质", "生产力"]
    assert cut("发展新质生产力") == ["发展", "新质生产力"]
    assert cut("厅长吴群刚说") == ["厅长", "吴群刚", "说"]


def test_leader_name_and_title_are_two_tokens():
    assert cut("习近平总书记强调") == ["习近平", "总书记", "强调"]
    assert cut("习近平主席的贺信")[:2] == ["习近平", "主席"]


def test_every_domain_entry_is_one_token_on_its_own():
    split = [w for w in domain_entries()["word"] if cut(w) != [w]]
    assert split == []


def test_data_files_carry_provenance_headers():
    from helpers.segment import DATA
    for name in ("domain_dict.txt", "stopwords.txt"):
        head = (DATA / name).read_text(encoding="utf-8").splitlines()[:8]
        assert any(line.startswith("# Source:") for line in head), name
        assert any("Licence" in line for line in head), name


def test_stopwords():
    assert {"的", "了", "和", "我们"} <= stopwords()
    assert "说" not in stopwords() and "表示" not in stopwords()  # speech verbs are studied, not dropped
    assert is_stopword("，") and is_stopword("2024") and not is_stopword("西部大开发")


def test_tokens_table_maps_back_to_the_file(seed):
    tokens = seed.tokens
    assert list(tokens.columns[:9]) == ["paragraph", "file", "line", "article", "kind", "token", "pos", "start", "end"]
    assert (tokens["original"] == tokens["token"]).all()  # simplified text: the same characters
    raw = seed.texts[tokens["file"].iloc[0]]
    assert all(raw[r.start:r.end] == r.token for r in tokens.itertuples())
    assert seed.tokens is tokens  # computed once per corpus
    names = tokens[tokens["pos"] == "nr"]["token"]
    assert {"吴群刚", "习近平", "米歇尔·布兰"} <= set(names)


def test_tokens_across_a_rejoined_paragraph_point_to_the_second_line(seed):
    tokens = seed.tokens
    row = tokens[(tokens["line"] == 35) & (tokens["token"] == "重要讲话")].iloc[0]
    raw = seed.texts[row["file"]]
    assert raw.count("\n", 0, row["start"]) + 1 == 37


def test_jieba_is_silent_and_caches_per_user():
    code = "import helpers; helpers.cut('西部大开发'); print('ok')"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "ok" and run.stderr == ""
    assert segment.dictionaries_path().exists() and segment.dictionaries_path().parent == CACHE_DIR
    assert "/tmp" not in str(CACHE_DIR) or "jieba.cache" not in str(CACHE_DIR.parent)


def test_dictionary_changes_lists_what_the_domain_dictionary_keeps_whole(seed):
    from helpers.segment import dictionary_changes

    changes = dictionary_changes(seed).set_index("token")
    assert changes.loc["新质生产力", "default"] == "新质/生产力"
    assert changes.loc["新质生产力", "count"] == 5
    assert "习近平" not in changes.index  # jieba alone already keeps it whole
    # every listed word really is cut differently by jieba alone
    for token, row in changes.head(20).iterrows():
        assert token not in cut(token, domain=False) or "boundaries" in row["default"]


def test_tokens_are_cached_per_file_and_per_corpus(tmp_path, monkeypatch):
    import helpers.segment as segment
    from helpers import load_corpus

    monkeypatch.setattr(segment, "CACHE_DIR", tmp_path)
    for i, text in enumerate(["# 甲\n\n西部大开发取得新进展。\n", "# 乙\n\n吴群刚说，要推动高质量发展。\n"]):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    first = load_corpus(tmp_path).tokens
    assert len(list((tmp_path / "tokens").glob("corpus-*.pickle"))) == 1
    assert len(list((tmp_path / "tokens").glob("*.pickle"))) == 3  # one per file, one per corpus
    again = load_corpus(tmp_path).tokens
    segment._RECORD.clear()
    (tmp_path / "tokens" / next(p.name for p in (tmp_path / "tokens").glob("corpus-*.pickle"))).unlink()
    per_file = segment.tokens_of(load_corpus(tmp_path)._paragraphs)  # from the files' segmentations kept
    assert first.equals(again) and first.equals(per_file)
    assert "吴群刚" in first["token"].tolist()
    segment.clear_cache()
    assert not list((tmp_path / "tokens").glob("*.pickle"))


# A cache folder shared with another environment, or left by a killed run: every entry it cannot use is a miss.
UNUSABLE_ENTRIES = {
    "names a module this environment lacks (written where pyarrow was installed)": b"cno_such_module_xyz\nFoo\n)R.",
    "cut short by a killed run": pickle.dumps(list(range(100)))[:20],
    "some other value": pickle.dumps("not a table"),
}


@pytest.mark.parametrize("entry", UNUSABLE_ENTRIES.values(), ids=UNUSABLE_ENTRIES.keys())
def test_an_unusable_cache_entry_is_computed_again(tmp_path, monkeypatch, entry):
    from helpers import load_corpus, regions

    monkeypatch.setattr(segment, "CACHE_DIR", tmp_path / "cache")
    segment._RECORD.clear()  # cut afresh (what this process has cut is not read from disk, nor kept there again)
    (tmp_path / "a.txt").write_text("# 甲\n\n四川省成都市推动西部大开发。\n", encoding="utf-8")
    tokens, places = load_corpus(tmp_path).tokens, regions.mentions(load_corpus(tmp_path))
    kept = [p for p in (tmp_path / "cache" / "tokens").glob("*.pickle") if not p.name.startswith("places-")]
    assert len(kept) == 3  # the file's segmentation, the corpus's tokens, the mentions (not the place matcher,
    # built once a process and kept if this is the first test to build it: tests/test_regions.py has its own)
    for path in kept:
        path.write_bytes(entry)
    assert load_corpus(tmp_path).tokens.equals(tokens)
    assert regions.mentions(load_corpus(tmp_path)).equals(places)


# --- one segmentation of record -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("吴群刚说：", [("吴群刚", "nr", 0, 3), ("说", "v", 3, 4), ("：", "x", 4, 5)]),
    ("四\u00ad川省", [("四川省", "ns", 0, 4)]),                       # a soft hyphen inside a word
    ("重庆\u200b市委", [("重庆市委", "nt", 0, 5)]),  # a zero-width space: the words as they show
    ("\u200d", []),
    ("", []),
    ("GDP 增长", [("GDP", "eng", 0, 3), (" ", "x", 3, 4), ("增长", "v", 4, 6)]),
])
def test_paragraph_tokens(text, expected):
    assert paragraph_tokens(text) == expected


def test_corpus_tokens_regions_and_quotes_read_one_segmentation(seed):
    from helpers import quotes
    from helpers.wordcut import Text

    tokens = seed.tokens
    by_paragraph = tokens.groupby("paragraph")["token"].apply(list)
    for p in seed._paragraphs:
        record = paragraph_tokens(p.text)
        assert by_paragraph.get(p.paragraph, []) == [w for w, _, _, _ in record if w.strip()]
        assert Text(p.text).pairs() == [(w, pos) for w, pos, _, _ in record]
        assert quotes.tokens.pos_pairs(p.text) == [(w, pos) for w, pos, _, _ in record]


def test_the_cache_key_follows_code_dictionaries_jieba_and_added_words(monkeypatch):
    key = segment._cache_key(["西部大开发"], True)
    assert key == segment._cache_key(["西部大开发"], True)
    assert key != segment._cache_key(["西部大开发。"], True) and key != segment._cache_key(["西部大开发"], False)
    monkeypatch.setattr(segment, "_ADDED", ["某某某 nr"])
    assert key != segment._cache_key(["西部大开发"], True)
    monkeypatch.setattr(segment, "_ADDED", [])
    monkeypatch.setattr(segment.cache, "fingerprint", lambda: b"another jieba or another rule")
    assert key != segment._cache_key(["西部大开发"], True)


def test_the_fingerprint_covers_the_package_s_code_and_dictionaries():
    source = (Path(cache.__file__).read_bytes(), (segment.DATA / "domain_dict.txt").read_bytes())
    assert len(cache.fingerprint()) == 32 and all(source)


def test_added_words_are_segmented_again():
    text = "副厅长孙立新说"
    assert "孙立新" not in cut(text)
    try:
        segment.add_words("孙立新", tag="nr")
        assert ("孙立新", "nr", 3, 6) in paragraph_tokens(text)
    finally:
        segment.tokenizer(True).del_word("孙立新")
        segment._ADDED.remove("孙立新 nr")
        segment._RECORD.clear()


def test_no_analysis_writes_jieba_s_shared_temp_cache(tmp_path):
    """jieba's global tokenizer caches in the shared temp folder; nothing of ours may wake it."""
    code = ("import helpers; from helpers import themes, regions, quotes; c = helpers.load_corpus(); "
            "c.tokens; themes.keywords(c, method='jieba'); themes.keywords(c, method='textrank', domain=False); "
            "regions.mentions(c, cache=False); quotes.extract(c)")
    env = {**__import__("os").environ, "TMPDIR": str(tmp_path)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True)
    assert not (tmp_path / "jieba.cache").exists()


def test_one_tokenizer_however_it_is_asked_for():
    """``tokenizer()`` and ``tokenizer(True)`` are one object, so words added to it are seen by every caller."""
    from helpers.segment import _pos_tokenizer, tokenizer

    assert tokenizer() is tokenizer(True) and tokenizer(False) is tokenizer(0)
    assert _pos_tokenizer() is _pos_tokenizer(True)
    assert _pos_tokenizer().tokenizer is tokenizer()


# --- the dictionaries, built once and kept in the cache -------------------------------------------------

def _jieba_s_own_way(tmp_path):
    """The tokenizers as jieba builds them: its dictionary loaded, then every domain entry added."""
    import jieba
    import jieba.posseg

    base, domain = jieba.Tokenizer(), jieba.Tokenizer()
    for tok in (base, domain):
        tok.tmp_dir = str(tmp_path)
        tok.initialize()
    for row in domain_entries().itertuples():
        domain.add_word(row.word, None if pd.isna(row.freq) else int(row.freq), row.tag)
    pos = [jieba.posseg.POSTokenizer(tok) for tok in (base, domain)]
    for p in pos:
        p.makesure_userdict_loaded()
    return base, domain, pos


def test_the_kept_dictionaries_are_those_jieba_builds(tmp_path, monkeypatch):
    monkeypatch.setattr(segment, "CACHE_DIR", tmp_path / "cache")
    built = segment._dictionaries()
    assert segment.dictionaries_path().exists()
    kept = segment._dictionaries()  # read back
    assert kept == built
    base, domain, pos = _jieba_s_own_way(tmp_path)
    ours = segment._tokenizers_of(kept)
    for tok, theirs in zip(ours, (base, domain)):
        assert tok.FREQ == theirs.FREQ and tok.total == theirs.total
    for tok, theirs in zip(ours, pos):
        assert segment._pos_tokenizer_over(tok).word_tag_tab == theirs.word_tag_tab


UNUSABLE_DICTIONARIES = {
    "not a pickle": b"half a pickle",
    "cut short by a killed run": None,
    "some other value": pickle.dumps(["not", "a", "table"]),
    "built from other dictionaries": pickle.dumps({"key": "another jieba", "freq": {}}),
}


@pytest.mark.parametrize("entry", UNUSABLE_DICTIONARIES.values(), ids=UNUSABLE_DICTIONARIES.keys())
def test_unusable_kept_dictionaries_are_built_again(tmp_path, monkeypatch, entry):
    monkeypatch.setattr(segment, "CACHE_DIR", tmp_path)
    good = segment._dictionaries()
    path = segment.dictionaries_path()
    path.write_bytes(path.read_bytes()[:1000] if entry is None else entry)
    assert segment._dictionaries() == good
    assert cache.read_result(path, kind=dict) == good  # and kept again


def test_a_warm_start_reads_nothing_of_jieba_s_dictionary_again(tmp_path):
    """With the dictionaries kept, a new process neither builds jieba's prefix dictionary nor reads its tags."""
    env = {**__import__("os").environ, "ZH_NEWS_CACHE": str(tmp_path)}
    cold = "from helpers import segment; segment.prepare(); print(segment.cut('副厅长吴群刚说'))"
    warm = ("import jieba, jieba.posseg\n"
            "def refuse(*args, **kwargs): raise AssertionError('read jieba dictionary again')\n"
            "jieba.Tokenizer.gen_pfdict = staticmethod(refuse)\n"
            "jieba.Tokenizer.initialize = jieba.posseg.POSTokenizer.load_word_tag = refuse\n" + cold.replace("; ", "\n"))
    first = subprocess.run([sys.executable, "-c", cold], env=env, capture_output=True, text=True, check=True)
    again = subprocess.run([sys.executable, "-c", warm], env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert again.stdout == first.stdout == "['副厅长', '吴群刚', '说']\n" and again.stderr == ""


def test_the_tags_are_those_of_jieba_s_dictionary_file_whatever_jieba_posseg_was_told(monkeypatch):
    """The tags are kept with the dictionaries, read from jieba's dictionary file: words added to jieba's own
    tokenizers since do not leak into ours."""
    import jieba
    import jieba.posseg

    kept = segment._word_tags()
    monkeypatch.setitem(jieba.posseg.dt.word_tag_tab, "西部大开发", "nz")  # as jieba.add_word would leave it
    assert segment._word_tags() == kept and "西部大开发" not in kept
    theirs = object.__new__(jieba.posseg.POSTokenizer)
    theirs.load_word_tag(jieba.Tokenizer().get_dict_file())
    assert kept == theirs.word_tag_tab


def test_kept_dictionaries_of_an_older_layout_are_built_again(tmp_path, monkeypatch):
    """A file kept by an older version of the package (no tags in it) is not trusted."""
    monkeypatch.setattr(segment, "CACHE_DIR", tmp_path)
    good = segment._dictionaries()
    old = {k: v for k, v in good.items() if k != "tags"}
    with monkeypatch.context() as m:
        m.setattr(segment, "DICTIONARIES_VERSION", "1")
        old["key"] = segment._dictionaries_key()
    cache.write_atomically(segment.dictionaries_path(), old)
    assert segment._dictionaries() == good


# In a new process that has not imported jieba.posseg: what a notebook may touch after helpers set up.
POSSEG_IN_A_NEW_PROCESS = """
import json, sys
import jieba
{before}
from helpers import segment
segment.prepare()
sys.setprofile(None)
import jieba.posseg
text = "吴群刚说：米歇尔·布兰到北京调研新质生产力"
print(json.dumps({{"tags": jieba.posseg.dt.word_tag_tab, "cut": [tuple(p) for p in jieba.posseg.cut(text)],
                  "ours": segment.cut(text), "read": sorted(READ)}}, ensure_ascii=False))
"""
WATCH_READS = """
READ = set()
def watch(frame, event, arg):
    if event == "call" and frame.f_code.co_name in ("load_word_tag", "gen_pfdict"):
        if hasattr(frame.f_locals["f"], "name"):  # a dictionary file read
            READ.add(frame.f_code.co_name)
sys.setprofile(watch)
"""


def _in_a_new_process(tmp_path, before: str) -> dict:
    import json
    import os

    env = {**os.environ, "ZH_NEWS_CACHE": str(tmp_path / "cache"), "TMPDIR": str(tmp_path)}  # jieba.dt's own cache
    code = POSSEG_IN_A_NEW_PROCESS.format(before=WATCH_READS + before)
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert run.returncode == 0 and run.stderr == "", run.stderr
    return json.loads(run.stdout)


def _jieba_s_tags(dictionary) -> dict:
    import jieba.posseg

    pos = object.__new__(jieba.posseg.POSTokenizer)
    pos.load_word_tag(dictionary)
    return pos.word_tag_tab


def test_jieba_posseg_in_a_warm_process_gives_jieba_s_answers_without_reading_its_dictionary(tmp_path):
    import jieba
    import jieba.posseg

    first = _in_a_new_process(tmp_path, "")  # builds the kept dictionaries
    warm = _in_a_new_process(tmp_path, "")
    assert first["read"] == ["gen_pfdict"] and warm["read"] == []
    assert warm["tags"] == first["tags"] == _jieba_s_tags(jieba.Tokenizer().get_dict_file())
    segment._quiet_jieba()
    text = "吴群刚说：米歇尔·布兰到北京调研新质生产力"
    assert warm["cut"] == first["cut"] == [list(p) for p in jieba.posseg.POSTokenizer(jieba.Tokenizer()).cut(text)]
    assert warm["ours"] == first["ours"] == cut(text)


def test_jieba_posseg_reads_the_tags_of_a_dictionary_set_with_set_dictionary(tmp_path):
    small = tmp_path / "small.txt"
    small.write_text("北京 100 ns\n调研 50 vn\n说 80 v\n", encoding="utf-8")
    found = _in_a_new_process(tmp_path, f"jieba.set_dictionary({str(small)!r})")
    assert found["tags"] == {"北京": "ns", "调研": "vn", "说": "v"} and "load_word_tag" in found["read"]
