"""Place look-ups for the quotation stages: :func:`helpers.regions.place_rows`, as small frozen rows.

>>> [p.province for p in places("四川省成都市")]
['四川', '四川']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..regions import lexicon, place_rows
from . import tokens
from .tables import country_abbreviations, organisation_suffixes

LONGEST_CACHED = 400
UNIVERSITY = ("大学", "学院")   # longer texts (whole paragraphs) are looked up each time, not kept


@dataclass(frozen=True)
class Place:
    surface: str
    place: str
    level: str
    province: str | None
    country: str | None
    start: int
    end: int
    form: str = "full"    # full | short | alias | typo | part | abbreviation (helpers.regions.places_in)

    @property
    def a_scene(self) -> bool:
        """Can the place set a scene for the people named after it? Not a run of abbreviations (沪宁高速, 川渝两地:
        a link between places, each only half of it)."""
        return self.form != "abbreviation"


def _text(value) -> str | None:
    return value if isinstance(value, str) and value else None


@lru_cache(maxsize=4096)
def _cached(text: str, dictionaries, context: frozenset[str]) -> tuple[Place, ...]:
    return _look_up(text, context)


def _look_up(text: str, context: frozenset[str] = frozenset()) -> tuple[Place, ...]:
    rows = (Place(r["surface"], r["place"], r["level"], _text(r["province"]), _text(r["country"]),
                  int(r["start"]), int(r["end"]), r["form"]) for r in place_rows(text, context))
    return tuple(sorted(rows, key=lambda p: p.start))


def places(text: str, context: frozenset[str] = frozenset()) -> tuple[Place, ...]:
    """Places named in ``text``, in text order; ``context``: the places settled around it
    (:func:`helpers.regions.place_rows`)."""
    if not text.strip():
        return ()
    if len(text) > LONGEST_CACHED:
        return _look_up(text, context)
    return _cached(text, tokens.dictionary_key(), context)


@lru_cache(maxsize=1)
def _short_names() -> re.Pattern:
    forms = {form for names in lexicon().short_forms.values() for form in names}
    return re.compile("|".join(map(re.escape, sorted(forms, key=len, reverse=True))))


def spells_a_place(word: str) -> bool:
    """``word`` is, character for character, a name of the gazetteer (黄石: a city's, whatever the text around it
    makes of it)."""
    return word in lexicon().forms


def may_name_a_place(text: str) -> bool:
    """``text`` holds a name that its surroundings may make a place: a short name that needs context (海宁 of
    海宁市) or a name several places share (普陀区: in 上海 and in 浙江)."""
    return holds_a_short_name(text) or any(p.province is None and p.country is None for p in places(text))


@lru_cache(maxsize=1024)
def holds_a_short_name(text: str) -> bool:
    """``text`` holds a short name that needs context (海宁 of 海宁市), whatever place it may be (kept: the
    paragraphs before a speaker are asked again for each speaker after them)."""
    return bool(_short_names().search(text))


def short_names_settled_by(context: frozenset[str]) -> frozenset[str]:
    """The short names that ``context`` makes places (义乌 once 义乌市 is settled): the only names that
    :func:`places` with ``context`` finds where it finds nothing without it (shared names it only settles).

    >>> sorted(short_names_settled_by(frozenset({"义乌市"})))
    ['义乌']
    """
    short_forms = lexicon().short_forms
    return frozenset(form for place in context for form in short_forms.get(place, ()))


def settled(texts) -> frozenset[str]:
    """What ``texts`` settle for a name read after them: the provinces, countries and places they name (the
    context of :func:`places`)."""
    return frozenset().union(*map(_settled_by, texts))


@lru_cache(maxsize=1024)
def _settled_by(text: str) -> frozenset[str]:
    # each paragraph is read once, however many of its article's speakers ask
    return frozenset(x for p in places(text) for x in (p.province, p.country, p.place) if x)


def place_chains(text: str, context: frozenset[str] = frozenset()) -> list[list[Place]]:
    """Runs of places written one after another (四川省|成都市, 新疆…|乌鲁木齐市|天山区)."""
    chains: list[list[Place]] = []
    for place in places(text, context):
        if chains and place.start <= chains[-1][-1].end:
            chains[-1].append(place)
        else:
            chains.append([place])
    return chains


def province_of(text: str, last_chain: bool = True, context: frozenset[str] = frozenset()) \
        -> tuple[str | None, list[Place]]:
    """The province a unit's name places it in: the outermost place of its last (or first) run of Chinese
    places — 中国铁路成都局集团有限公司重庆机务段 is in 重庆, where the unit is. A run of provinces' abbreviations
    (陕甘宁边区政府, 川渝高竹新区管委会) names a region of several provinces, not the first of them: it places the
    unit in none (:attr:`Place.a_scene`)."""
    chains = [c for c in place_chains(text, context) if any(p.province and p.a_scene for p in c)]
    if not chains:
        return None, []
    chain = chains[-1] if last_chain else chains[0]
    return next(p.province for p in chain if p.province and p.a_scene), chain


def foreign_country(text: str, regions: bool = True) -> str | None:
    """The foreign country a unit's name places it in: the last country named (东盟轮值主席国马来西亚|总理
    → 马来西亚; not a country in a university's name after another, 美国哥伦比亚大学 → 美国), else a world
    region before which the name holds no unit of its own (东盟秘书长 → 东盟; not a firm's market or division named
    after a region, 某集团东南亚市场 or 欧洲区, nor a ministry's department, 俄外交部第三欧洲司) unless ``regions``
    is false; a foreign city as such a region, only where it ends the unit's name (法兰克福市 of 法兰克福市市长, not a
    firm named after one: 明斯克商贸有限公司) or opens a university's (河内大学: universities stand in their city). A
    place after 驻 is where the unit is stationed: a unit named X驻Y is X's where X names a place (中国驻美国大使:
    none abroad, 俄罗斯驻美国大使: 俄罗斯), else Y's (某组织驻伊朗代表: 伊朗)."""
    own, stationed, _ = text.partition("驻")
    text = own if stationed and places(own) else text
    foreign = [p for p in places(text) if p.country and p.country != "中国" and not p.province
               and (p.level != "city" or p.end == len(text) or text.startswith(UNIVERSITY, p.end))]
    # a country after another that opens a university's name is part of that name (美国|哥伦比亚大学)
    countries = [p.country for i, p in enumerate(foreign) if p.level == "country" and not (
        i and text.startswith(UNIVERSITY, p.end))]
    if countries or not regions:
        return countries[-1] if countries else None
    if not foreign or any(ending in text[:foreign[0].start] for ending in organisation_suffixes()):
        return None
    return foreign[0].country


NAME_OR_PLACE = ("nr", "ns")


#: the end of a unit's name that makes it a Chinese village, town or neighbourhood (沙窝村, 沙河镇党委), never a
#: country's organ
VILLAGE = re.compile(r"(?:村|镇|乡|屯|寨|社区|街道|嘎查)(?:党总支|党支部|党委|居委会|村委会)?$")


def abbreviated_country(text: str) -> str | None:
    """The foreign country whose one-character abbreviation opens a unit's name (``country_abbreviations.csv``:
    俄外交部 → 俄罗斯, 黎看守政府 → 黎巴嫩, 法方代表团 → 法国), or None. The character counts only where
    jieba does not read it into a longer name or place (巴黎, 伊弗) and jieba reads the whole as an
    organisation of three characters or more (越共中央; not the firm 美团) or a word of two characters or more,
    or 方, follows it (not 法院, 美术馆), and not a given name (黎|成龙).

    >>> abbreviated_country("乌国防部情报总局"), abbreviated_country("法院")
    ('乌克兰', None)
    """
    country = country_abbreviations().get(text[:1])
    if country is None or len(text) < 2 or VILLAGE.search(text):   # 沙窝村: a village's first character
        return None
    first = tokens.pos_pairs(text)[0]
    if len(first[0]) > 1 and first[1].startswith(NAME_OR_PLACE):
        return None
    rest, tag = tokens.pos_pairs(text[1:])[0]
    if tag.startswith("nr") and rest == text[1:]:     # 黎|成龙: a surname and a given name
        return None
    # an organisation of three characters or more (越共中央, 美政府, 法新社); one of two is a firm's brand (美团)
    return country if (first[1] == "nt" and len(first[0]) > 2) or len(rest) >= 2 or rest == "方" else None
