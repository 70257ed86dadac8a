"""helpers/data/place_rules.csv: the place matcher's decision procedure as data, read by one function
(``regions._Matcher._decide``). Every row is well formed, and each row listed below decides a sentence of
its own: without that row the matcher reads the sentence differently (a row no sentence needs would be dead)."""
from __future__ import annotations

import pytest

from helpers import regions

RULES = regions.place_rules()


def read(text: str) -> list[tuple[str, str]]:
    """(surface, kind) of every place found, by a matcher that chooses its rows afresh."""
    return [(text[m.start:m.end], m.kind) for m in regions._Matcher(regions.lexicon()).find(text)]


def test_every_row_names_a_test_roles_and_attributes_that_exist():
    roles = set(regions.context_words())
    for rule in RULES:
        assert rule.question in regions.ASKED, rule
        assert rule.test.removeprefix("not ") in regions.TESTS, rule
        assert set(rule.reads) <= roles, rule
        assert {name for name, _, _ in rule.when} <= set(regions.ASKED[rule.question]) | {"why"}, rule


def test_every_question_ends_with_a_row_that_always_holds():
    for question in regions.ASKED:
        rows = [rule for rule in RULES if rule.question == question]
        assert rows and rows[-1].test == "always" and not rows[-1].when, question


def test_every_test_is_used_and_answers_true_or_false():
    used = {rule.test.removeprefix("not ") for rule in RULES}
    assert used == set(regions.TESTS)


@pytest.mark.parametrize("condition, attributes, holds", [
    ("needs=", {"needs": ""}, True),
    ("needs!=", {"needs": ""}, False),
    ("why=named|listed", {"why": "listed"}, True),
    ("ordinary=False", {"ordinary": False}, True),
    ("level=county", {}, False),
])
def test_conditions(condition, attributes, holds):
    rule = regions.Rule("why", "", (regions._condition(condition),), "always", (), "plain")
    assert rule.applies(attributes) is holds


# (question: the beginning of a rule's name, a sentence, what the matcher reads in it)
EXAMPLES = [
    ("why: a name that needs no context", "西藏的风电项目投产", [("西藏", "place")]),
    ("why: right after its province or prefecture", "在四川广汉，人们走进博物馆。",
     [("四川", "place"), ("广汉", "place")]),
    ("why: the text has named the place", "大同市委书记表示，大同将加快发展",
     [("大同市", "organisation"), ("大同", "place")]),
    ("why: in a list next to a place of its level", "陇南、天水两市", [("陇南", "place"), ("天水", "place")]),
    ("why: a prefecture where one is or goes", "他们在包头，", [("包头", "place")]),
    ("why: a county not a common word where one is or goes", "连夜赶到海拉尔。", [("海拉尔", "place")]),
    ("why: a county before its product or organs", "安溪铁观音", [("安溪", "place")]),
    ("refuse: an ethnic group or a warship", "海军山东舰的官兵", []),
    ("refuse: a direction after a place is a part of it", "日本中部沿海地区发生地震", [("日本", "place")]),
    ("refuse: its first character ends a name jieba knows", "美国内华达州发布警报", [("美国", "place")]),
    ("refuse: begins inside a word", "向红海南部海域发射导弹", []),
    ("refuse: ends inside a word", "成都市场", [("成都", "place")]),
    ("refuse: a street named after it", "南京路步行街", []),
    ("refuse: a village or town named after it", "西黄山村", []),
    ("refuse: a person's name", "村党支部书记王海南说", []),
    ("refuse: a county's short name inside a longer word", "位于浦东新区，与浦东国际机场相连",
     [("浦东新区", "place")]),
    ("refuse: no product or organ after a county's short name", "方正出版社出版了这本书", []),
    ("run: inside a word that is not a place", "以军方称在拉法地区的军事行动", []),
    ("run: its last character begins a longer word", "中俄新时代全面战略协作伙伴关系", [("中俄", "place")]),
    ("run: a village or town named after it", "云台镇的村民", []),
    ("run: not a compound of places", "中朝是山水相连的友好邻邦", []),
    ("licence: a head of compounds follows", "中朝两党两国领导人互致贺电", [("中朝", "place")]),
    ("licence: countries without China the news pairs", "抗议美英的打击行动", [("美英", "place")]),
    ("licence: other countries without China", "俄称打击乌美制武器", []),
    ("licence: three or more", "京津冀联手打造共同体", [("京津冀", "place")]),
    ("single: begins or ends inside a word", "期待与中国加深合作", [("中国", "place")]),
    ("single: no head of compounds after it", "九江港一派繁忙景象", [("九江", "place")]),
    ("kind: inside a name jieba knows", "为中国式现代化贡献力量", [("中国", "name")]),
    ("kind: inside a place name jieba knows that is not all places", "广州白云国际机场",
     [("广州", "name"), ("白云", "name")]),
    ("kind: an office ends the word after the places", "福州市委书记", [("福州市", "organisation")]),
    ("kind: an organ or title within a few nouns", "日本气象厅发布海啸警报", [("日本", "organisation")]),
]


@pytest.mark.parametrize("rule, text, expected", EXAMPLES)
def test_each_row_decides_a_sentence(rule, text, expected, monkeypatch):
    assert read(text) == expected
    question, _, name = rule.partition(": ")
    others = tuple(row for row in RULES if not (row.question == question and row.rule.startswith(name)))
    assert len(others) == len(RULES) - 1, f"{rule!r} names no row or several"
    monkeypatch.setattr(regions, "place_rules", lambda: others)
    assert read(text) != expected
