"""helpers.fasthmm: jieba's part-of-speech cut, faster; every word and tag must be exactly jieba.posseg's."""
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import jieba
import jieba.posseg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import fasthmm, segment

SHARED = Path(__file__).resolve().parents[2] / "shared"


@contextmanager
def _jiebas_own_viterbi():
    fasthmm.uninstall()
    try:
        yield
    finally:
        segment._quiet_jieba()  # puts back what helpers.segment.FAST_HMM says


def _jieba(pos, text: str) -> tuple[list[str], list[str]]:
    """jieba.posseg's own answer: POSTokenizer.cut with jieba's own Viterbi."""
    with _jiebas_own_viterbi():
        pairs = list(pos.cut(text))
    return [p.word for p in pairs], [p.flag for p in pairs]


@contextmanager
def _jieba_s_hmm_kept():
    """add_word(word, 0) also tells jieba's own hidden Markov model (jieba.finalseg, one for every tokenizer)
    to split ``word``; the part-of-speech cut does not read it. Undo that, for the tests that follow."""
    kept = set(jieba.finalseg.Force_Split_Words)
    try:
        yield
    finally:
        jieba.finalseg.Force_Split_Words.clear()
        jieba.finalseg.Force_Split_Words.update(kept)


def _with_words(*entries) -> "jieba.posseg.POSTokenizer":
    """A part-of-speech tokenizer over a copy of the domain dictionary, with ``entries`` added by add_word."""
    ours = segment._pos_tokenizer(True)
    tok = jieba.Tokenizer()
    tok.FREQ, tok.total, tok.initialized = dict(ours.tokenizer.FREQ), ours.tokenizer.total, True
    pos = object.__new__(jieba.posseg.POSTokenizer)
    pos.tokenizer, pos.word_tag_tab = tok, dict(ours.word_tag_tab)
    with _jieba_s_hmm_kept():
        for word, freq, tag in entries:
            tok.add_word(word, freq, tag)
    return pos


@lru_cache(maxsize=1)
def _pos_with_words():
    return _with_words(*ADDED)


ADDED = [("孙立新", None, "nr"), ("G20峰会", None, "nz"), ("abc123", 7, "eng"), ("中国", 0, None),
         ("米歇尔·布兰", None, "nr"), ("百分之%", None, "m"), ("新质生产", 3, "l"), ("一", 0, None)]


# Characters of the hidden Markov model's range that it has never seen: every state equally likely, so
# that only jieba's way of breaking ties decides.
UNSEEN = [chr(c) for c in range(0x9F00, 0x9FD6) if chr(c) not in jieba.posseg.char_state_tab_P][:12]


@pytest.mark.parametrize("text", [
    "", " ", "\r\n", "\n\n", "\t\u3000", "。", "吴群刚说：", "副厅长孙立新说", "米歇尔·布兰说", "㐀㐁嘤嘤嘤",
    "ＡＢ１２ abc123 ８０后", "GDP增长6.5%，CPI上涨0.3%", "3.14abc", "C++和C#", "COVID-19疫情", "5G基站",
    "G20峰会在杭州举行", "中国中国中国", "一一一一", "新质生产力", "2024年4月24日", "a.b.c", "..", "_-_",
    "".join(UNSEEN), "王" + "".join(UNSEEN[:3]) + "说", "习近平总书记强调，要推动西部大开发形成新格局。",
])
def test_the_cut_is_jieba_s_on_small_cases(text):
    for pos in (segment._pos_tokenizer(True), segment._pos_tokenizer(False), _pos_with_words()):
        assert fasthmm.cut(pos, text) == _jieba(pos, text)


def _lines(paths) -> list[str]:
    return [line for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_cut_is_jieba_s_on_the_seed(seed):
    pos = segment._pos_tokenizer(True)
    texts = [p.text for p in seed._paragraphs]
    assert [fasthmm.cut(pos, text) for text in texts] == [_jieba(pos, text) for text in texts]


@pytest.mark.parametrize("sample, every, chars", [("dev/texts", 1, 15_000), ("bench/xwlb-2024", 40, 80_000)])
def test_the_cut_is_jieba_s_on_real_text(sample, every, chars):
    """The 8 dev articles, and 10 evenings of 新闻联播 spread over 2024 (markdown marks and all)."""
    folder = SHARED / sample
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent: the real-text check needs the shared folder beside the checkout")
    texts = _lines(sorted(folder.glob("*.*"))[::every])
    assert sum(map(len, texts)) > chars
    for domain in (True, False):
        pos = segment._pos_tokenizer(domain)
        assert [fasthmm.cut(pos, text) for text in texts] == [_jieba(pos, text) for text in texts]


def test_the_segmentation_of_record_is_jieba_s(seed, monkeypatch):
    """helpers.segment reads fasthmm's cut; with FAST_HMM off it reads jieba's own: the same tokens."""
    texts = [p.text for p in seed._paragraphs] + ["四\u00ad川省", "重庆\u200b市委", "副厅长孙立新说"]
    fast = [segment._segment(text) for text in texts]
    monkeypatch.setattr(segment, "FAST_HMM", False)
    with _jiebas_own_viterbi():
        assert [segment._segment(text) for text in texts] == fast


def test_words_added_or_deleted_count_at_once():
    pos = _with_words()
    text = "副厅长孙立新说中国经济"
    assert "孙立新" not in fasthmm.cut(pos, text)[0]
    pos.tokenizer.add_word("孙立新", None, "nr")
    assert ("孙立新", "nr") in zip(*fasthmm.cut(pos, text))
    with _jieba_s_hmm_kept():
        pos.tokenizer.del_word("副厅长")
    assert fasthmm.cut(pos, text)[0][:2] == ["副", "厅长"]
    assert fasthmm.cut(pos, text) == _jieba(pos, text)


# Generated text: pieces of real sentences, words of the dictionaries and added ones, single characters of
# every kind the cut treats apart (Han, letters, digits, full-width forms, punctuation, spaces, newlines).
PIECES = ["习近平总书记", "西部大开发", "新质生产力", "成渝地区双城经济圈", "吴群刚", "孙立新", "中国", "一",
          "G20峰会", "abc123", "米歇尔·布兰", "百分之%", "新质生产", "要推动", "高质量发展", "的", "了", "说"]
CHARS = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
         "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性"
         "好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第"
         "向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管"
         "特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处"
         "队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单"
         "风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土"
         "许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省"
         "列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置"
         "派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞")
OTHER = list("abcxyzABCXYZ0123456789ＡＢ１２％，。、：；！？“”《》（）·・%.-_+#&@/ \n\r\t\u3000㐀")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.sampled_from(CHARS), st.sampled_from(OTHER),
                          st.sampled_from(UNSEEN)), max_size=30).map("".join))
def test_the_cut_is_jieba_s_on_generated_text(text):
    pos = _pos_with_words()
    assert fasthmm.cut(pos, text) == _jieba(pos, text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=CHARS[:60] + "".join(UNSEEN), min_size=1, max_size=12))
def test_the_viterbi_search_is_jieba_s_ties_included(text):
    model = (jieba.posseg.char_state_tab_P, jieba.posseg.start_P, jieba.posseg.trans_P, jieba.posseg.emit_P)
    assert fasthmm._viterbi(text) == fasthmm._original()(text, *model)
