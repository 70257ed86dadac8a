"""Stage 5: where a speaker is from — province, country, category and level.

The province comes from the speaker's own organisation (四川省科技厅 → 四川), completed with the places the article
writes before it when it first names the unit (固原巷社区 → …乌鲁木齐市天山区固原巷社区); a unit whose name holds
no place is where ``organisation_places.csv`` puts it (中国人民大学 → 北京), not where the report meets its people;
a speaker with no organisation is placed by the sentence that names them, then by the place nearest before it: in
the paragraph's earlier sentences (at most :data:`EARLIER` characters of them: a limit that keeps one paragraph of
a million characters linear), then in the paragraphs before (of the last :data:`LOOK_BACK`) in the same part of the
article (a sub-report under its own heading). Never by the file as a whole: a page of five local reports has five
places. The central leaders of ``leaders.csv`` are national officials wherever the report meets them (limit: a
namesake, a villager called 李强, is placed so too). A place inside a person's name (王海南) is not read. A foreign
country in the organisation, in 来自…的, or as the only place of the speaker's scene makes the speaker ``foreign``.

The category is the class of the last title (``speaker_titles.csv``), changed by the rules of
``speaker_categories.csv``; an official's level is national, provincial, prefecture, county or grassroots.

>>> category_and_level("official", "四川省科技厅", "厅长", "四川", [])
('official', 'provincial')
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..regions import context_words
from .paragraph import SENTENCE_END, Paragraph
from .places import (
    Place,
    abbreviated_country,
    foreign_country,
    holds_a_short_name,
    may_name_a_place,
    place_chains,
    places,
    province_of,
    settled,
    short_names_settled_by,
)
from .speakers import FOREIGN_NAME, Speaker, modifier_end, title_suffix, transliterated_name
from .tables import (
    category_rules,
    central_leaders,
    goods_route,
    international_organisation,
    minority_name_parts,
    organisation_place_pattern,
    organisation_places,
    organisation_suffixes,
    read_columns,
    speaker_titles,
    speech_verbs,
    surnames,
    uyghur_name_parts,
)
from .tokens import pos_pairs

WINDOW = 40   # how far before a unit's name the places that complete it are looked for
GAP = 12      # the most characters (with no punctuation) between those places and the unit's name
SCENE = 200   # how much of a sentence, either side of the speaker's name, is read for a place
LOOK_BACK = 12   # how many earlier paragraphs of the part are read for a speaker's place
EARLIER = 1000   # how much of the paragraph before the speaker's sentence is read for a place (a limit that
                 # keeps a paragraph of a million characters linear; a real one is a few hundred long)


#: a run-in sub-point line, opening a point of a report under its section's heading (——科技助残成果加速涌现。)
SUB_POINT = re.compile(r"——[^—\s]")


@dataclass(frozen=True)
class Scene:
    """What placing a speaker may look at: the paragraph (names blanked) and, nearest first, the
    narrative of the earlier paragraphs of the same part of the article; the places the whole article has named
    so far settle a unit's name (海宁|丰欧服装公司 after a kicker naming 浙江海宁)."""

    paragraph: Paragraph
    narrative: str
    earlier: tuple[str, ...]
    article: tuple[str, ...] = ()   # every paragraph of the article before this one, its headline and kicker too
    headline: str = ""   # the article's headline lines (kicker, title, subtitle) before its first body paragraph

    @cached_property
    def context(self) -> frozenset[str]:
        """The places the article has settled up to this paragraph (its own text included): they admit the
        short names of the scene (义乌 after 浙江义乌) and settle shared ones (普陀区)."""
        return settled((self.paragraph.text,) + self.article)

    @cached_property
    def point(self) -> tuple[str, ...]:
        """:attr:`earlier` up to the nearest run-in sub-point line (——科技助残成果加速涌现。), which it keeps: the
        paragraphs before that line tell another point of the report, whose places are not the speaker's."""
        for i, text in enumerate(self.earlier):
            if SUB_POINT.match(text):
                return self.earlier[:i + 1]
        return self.earlier

    @cached_property
    def settled_short_names(self) -> frozenset[str]:
        """The short names that :attr:`context` makes places (义乌 once the article has named 浙江义乌)."""
        return short_names_settled_by(self.context)

    @cached_property
    def story_headline(self) -> str:
        """The headline lines of the speaker's story: :attr:`headline`, but in a page of sub-reports each under its
        kicker and heading (标题, 本报记者…, 青海隆宝…保护区 | 让黑颈鹤…), the kicker read with the article's
        headline (the lines after its first run: after the byline) is the first sub-report's; a speaker of a later
        sub-report reads the article's own lines and the kicker right before their part's heading instead (a line
        with no sentence in it, not the last paragraph of the sub-report before). Unchanged where the speaker's
        part is the one the headline opens, or the first sub-report's."""
        lines = [line for line in self.headline.split("\n") if line]
        if not self.earlier or not lines or self.earlier[-1] in lines:
            return self.headline
        first = next((i for i, text in enumerate(self.article) if text in lines), len(self.article))
        own = list(itertools.takewhile(lines.__contains__, self.article[first:]))
        if len(own) == len(lines):   # no sub-report's kicker in the headline
            return self.headline
        heading = len(self.article) - 1 - self.article[::-1].index(self.earlier[-1]) \
            if self.earlier[-1] in self.article else 0
        kicker = self.article[heading - 1] if heading > 0 else ""
        if kicker in lines:   # the first sub-report: its kicker is in the headline
            return self.headline
        if kicker and not SENTENCE_END.intersection(kicker):
            own.append(kicker)
        return "".join(line + "\n" for line in own)


def _expanded_organisation(organisation: str, scene: Scene, before: int) -> str:
    """The organisation with the places written before it where the article first names it in full; a
    bare unit noun (公司, 合作社: "the company") where the part of the article last named a unit of that kind; a
    short name of a brand and a unit noun (龙航公司) where the article named the unit in full with that brand and
    noun (吉林龙航无人机科技服务有限公司). A unit's name is looked for in the part first, then in the rest of the
    article before the paragraph (a sub-report's kicker: 甘肃省庄浪县韩店镇东门村驻村第一书记贾盛——)."""
    texts = tuple(reversed(scene.earlier)) + (scene.narrative[:before],)
    generic = organisation in organisation_suffixes()
    # a unit named in full may be named in the rest of the article; a bare unit noun is the part's own
    narratives = tuple(reversed(texts)) if generic else texts + scene.article[::-1]
    for narrative in narratives:
        at = narrative.rfind(organisation) if generic else narrative.find(organisation)
        expanded = _with_places_before(narrative, at, organisation)
        if expanded:
            return expanded
    full = None if generic else _full_name_pattern(organisation)
    for narrative in narratives if full else ():
        named = full.search(narrative)
        expanded = _with_places_before(narrative, named.start(), named.group()) if named else None
        if expanded:
            return expanded
    return organisation


#: a word between a place and a unit's name that lists the unit beside the place (成都市和波恩市: a partner city)
CONJUNCTIONS = ("和", "与", "及", "同", "跟")


def _with_places_before(narrative: str, at: int, name: str) -> str | None:
    """``name``, written at ``at`` in ``narrative``, with the chain of places right before it (at most :data:`GAP`
    characters before, with no punctuation between; not where someone comes from, nor a place listed beside the
    unit: 成都市和波恩市 … 波恩市副市长, nor one opening a unit listed before it: 新疆生地所与|咸海国际创新中心, a
    partner; :data:`CONJUNCTIONS`), or None where there is none."""
    if at <= 0:
        return None
    window = narrative[max(0, at - WINDOW):at]
    for chain in reversed(place_chains(window)):
        between = window[chain[-1].end:]
        if len(between) <= GAP and not any(ch in "，。；！？、,;" for ch in between) \
                and not between.startswith(CONJUNCTIONS) and not between.endswith(CONJUNCTIONS) \
                and not window[:chain[0].start].endswith(ORIGIN_BEFORE):   # 来自浙江温州的游客来到金溪香谷小镇
            return window[chain[0].start:] + name
    return None


FULL_NAME_GAP = 12   # the most characters between a brand and the unit noun that close a unit's full name


@lru_cache(maxsize=256)
def _full_name_pattern(organisation: str) -> re.Pattern | None:
    """A pattern of the full names of a short one, a brand of two characters or more and a unit noun (龙航公司:
    龙航…公司, with no punctuation between), or None where the name is no such short one."""
    suffix = next((s for s in organisation_suffixes() if organisation.endswith(s)), None)
    if suffix is None or len(organisation) - len(suffix) < 2:
        return None
    brand = organisation[:-len(suffix)]
    return re.compile(re.escape(brand) + "[^，。；！？、,;:：“”（）()\\s]{1,%d}?" % FULL_NAME_GAP + re.escape(suffix))


def _placed(found, abroad: bool = True, regions: bool = False) -> tuple[str | None, str | None]:
    """(province, foreign country) of the first of ``found`` that has one; a foreign city's country only where no
    province or country is named; a world region (中亚, 东盟) never, so the search goes on to a country named further
    on, unless ``regions`` (for a group, whose members come from a region's countries: 当地官员 of 非洲); no foreign
    place at all unless ``abroad``."""
    for cities in (False, True):
        for place in found:
            if place.province:
                return place.province, None
            if abroad and place.country and place.country != "中国" and (cities or place.level == "country") \
                    and (regions or place.country not in world_regions()):
                return None, place.country
    return None, None


@lru_cache(maxsize=1)
def world_regions() -> frozenset[str]:
    """The world regions of ``foreign_places.csv`` (亚洲, 中亚, 东盟, 拉美和加勒比 …): what is never a speaker's
    country, though a unit of one speaks for no country of ours (东盟秘书长: foreign, of no country)."""
    table = read_columns("foreign_places.csv")   # without pandas, which the report's workers never import
    return frozenset(name for name, level in zip(table["name"], table["level"]) if level == "macro-region")


@lru_cache(maxsize=256)
def first_place(text: str, abroad: bool = True, regions: bool = False) -> tuple[str | None, str | None]:
    """(province, foreign country) of the first place of ``text`` that has one (a Chinese one unless
    ``abroad``)."""
    return _placed(places(text), abroad, regions)


@lru_cache(maxsize=256)
def first_scene(text: str, abroad: bool = True, upto: int | None = None, regions: bool = False,
                of_others: bool = False) -> tuple[str | None, str | None]:
    """:func:`first_place` of ``text`` (of its first ``upto`` characters, read with the rest of it) but for the
    places others come from (两名来自江苏的游客, 一家从山东来到…: :func:`_left`; 在浙江打工的王某回来 reads the words
    after the name), for places on the route of goods or a partner's (运往北京, 由广东一家企业代加工:
    :func:`_on_goods_route`) and for runs of provinces' abbreviations, which name a region of several provinces, not
    the first of them (冀鲁豫边区, 赣浙皖三省: :attr:`Place.a_scene`; countries' still place a guest: 中越 of 越共中央…
    苏林). With ``of_others`` (the words after the speaker's name), nor where the goods they deal with come from
    (刚购进一车南宁火龙果: :func:`_goods_origin`)."""
    found = places(text)
    return _placed(tuple(p for i, p in enumerate(found) if (upto is None or p.end <= upto)
                         and (p.a_scene or not p.province) and not _left(text, p, found[i - 1] if i else None)
                         and not _on_goods_route(text, found, i)
                         and not (of_others and _goods_origin(text, found, i))), abroad, regions)


@lru_cache(maxsize=256)
def nearest_place(text: str, abroad: bool = True, regions: bool = False) -> tuple[str | None, str | None]:
    """(province, foreign country) of the last place of ``text`` that has one: the nearest to what follows
    (a Chinese one unless ``abroad``)."""
    return _placed(tuple(reversed(places(text))), abroad, regions)


@lru_cache(maxsize=256)
def nearest_scene(text: str, abroad: bool = True, of_others: bool = False, regions: bool = False
                  ) -> tuple[str | None, str | None]:
    """:func:`nearest_place` of the places that set a scene (:attr:`Place.a_scene`): for a speaker placed by the
    sentences and paragraphs before them, not by a link between places (衔接沪宁高速: not 江苏), nor by a place that
    only begins a university's name (黔东南州同北京建筑大学合作: 贵州, not 北京), that goods came from
    (当地从山东引入金银花: where the story is, not 山东), that others come from (两名来自江苏的游客) or that gives aid
    to the region of the story (湖南援藏支持的葡萄基地: :data:`AID_AFTER`), nor where goods go or a partner is
    (发往上海洋山港, 与上海一家超市签订协议: :func:`_on_goods_route`). With ``of_others`` (the words after the
    speaker's name, where what they deal with is named), nor by a place that opens the name of a unit whose thing
    follows (浙江某法院的判决认定李某为…: :func:`_opens_a_units_own`), nor where their goods come from (摊位上堆满了
    山东大葱: :func:`_goods_origin`)."""
    found = places(text)
    return _placed(tuple(p for i, p in reversed(tuple(enumerate(found)))
                         if p.a_scene and not _elsewhere(text, p, found[i - 1] if i else None)
                         and not _gives_aid(text, found, i) and not _on_goods_route(text, found, i)
                         and not (of_others and (_opens_a_units_own(text, p) or _goods_origin(text, found, i)))),
                   abroad, regions)


#: the endings of a place's own name, which close no unit named after it (四川省的, 杭州市的)
PLACE_ENDINGS = frozenset({"省", "市", "县", "区", "州", "盟", "旗", "乡", "镇", "村", "自治区", "自治州", "自治县",
                           "社区", "街道"})
UNIT_OWN_GAP = 10   # the most characters of a unit's name between the place that opens it and its ending
TITLE_WITHIN = 6    # how far after 的 a title is looked for (四川某公司的员工: the speaker is the unit's)


@lru_cache(maxsize=1)
def _units_own() -> re.Pattern:
    """A unit's name after a place, closed by a unit's ending and 的 (某法院的, 某药业公司的)."""
    endings = "|".join(re.escape(e) for e in organisation_suffixes() if e not in PLACE_ENDINGS)
    return re.compile(r"[^，。；：、！？,;:!?“”（）()的\s]{1,%d}?(?:%s)的" % (UNIT_OWN_GAP, endings))


def _opens_a_units_own(text: str, place) -> bool:
    """``place`` opens the name of a unit, and what follows in 的 is that unit's thing (浙江某法院的判决, 山东一家公司
    的产品): the unit's place, not that of a person named in the sentence; not where the thing is a member of the
    unit (四川某公司的员工: the speaker may be that member)."""
    unit = _units_own().match(text, place.end)
    if unit is None:
        return False
    after = text[unit.end():unit.end() + TITLE_WITHIN]
    return not any(after[:k] in speaker_titles() for k in range(1, len(after) + 1))


# a university's name (not 北京一所大学; not a hospital or school it runs: 重庆医科大学附属儿童医院 is in 重庆)
UNIVERSITY_NAME = re.compile(r"[^，。；、：,;:\s“”（）()的所家]{0,6}?(?:大学|学院)(?!附属|医院|附中|附小)")
# goods brought, or a plant or a family moved, from a place (当地从山东引入金银花, 基地从广东东莞搬到南康,
# 一家从山东来到达西村): not the scene
MOVED_FROM = re.compile(r"[^，。；：,;:]{0,10}?(?:引入|引进|购进|调入|调运|采购|运来|买来|进口"
                        r"|搬到|搬迁到|迁到|迁至|迁往|转移到|来到|迁来|搬来)")
# a place someone left to come home (在浙江打工的…回来, 在广东务工多年后返乡): not where the story finds them
LEFT_FOR_HOME = re.compile(r"[^，。；：,;:]{0,12}?(?:回来|回乡|返乡|回村|回到家乡|回到村里)")


#: the words before a place that make it where someone comes from (两名来自江苏的游客), not where the story is
ORIGIN_BEFORE = ("来自",)
#: ... or where someone was born (出生在湖北襄阳: the chain of places after them too)
BIRTH_BEFORE = ("出生在", "出生于")


def _elsewhere(text: str, place, before=None) -> bool:
    """``place`` in ``text`` names no scene: it begins a university's name, or it is where goods or people came
    from (:func:`_left`)."""
    return bool(UNIVERSITY_NAME.match(text, place.end)) or _left(text, place, before)


def _left(text: str, place, before=None) -> bool:
    """Someone or something came from ``place``: their origin or birthplace (来自北京的边防武警, 出生在湖北襄阳; a
    speaker's own 来自…的 is read as theirs), where goods or people moved from (从山东引入, 一家从山东来到达西村), where
    someone left to come home (在浙江打工的…回来)."""
    return _origin(text, place, before) or bool(LEFT_FOR_HOME.match(text, place.end)) or (
        _after_cong(text, place.start, before) and bool(MOVED_FROM.match(text, place.end)))


def _chain_span(found, i: int) -> tuple[int, int]:
    """(start, end) of the chain of places written one after another (广东省|广州市|花都区) that ``found[i]`` is in."""
    head = tail = i
    while head > 0 and found[head - 1].end >= found[head].start:
        head -= 1
    while tail + 1 < len(found) and found[tail + 1].start <= found[tail].end:
        tail += 1
    return found[head].start, found[tail].end


def _on_goods_route(text: str, found, i: int) -> bool:
    """The place ``found[i]``, or the chain of places it is in, is where goods are sent (发往上海洋山港, 远销美国:
    the ``sent_to`` words of ``goods_route.csv`` before it) or a partner unit's place (由广东省广州市的一家食品企业
    代加工, 与上海一家超市签订协议: ``partner_before`` before it, ``partner_unit`` after it or after 的), not the
    scene of the people around it; 在浙江一家企业 still is one."""
    start, end = _chain_span(found, i)
    words = goods_route()
    if text.endswith(words["sent_to"], 0, start):
        return True
    if not text.endswith(words["partner_before"], 0, start):
        return False
    end += text.startswith("的", end)
    return text.startswith(words["partner_unit"], end)


def _goods_origin(text: str, found, i: int) -> bool:
    """The place ``found[i]``, or the chain it is in, names where goods come from: a ``goods`` word of
    ``goods_route.csv`` right after it, or after 的 or a ``modifier`` (南宁火龙果, 广西特色水果, 海南的芒果), not
    followed by a ``producer`` word (广西百香果种植基地, 赣南脐橙产业: the place's own). Asked only of the words after a
    speaker's name, where what they buy, sell or stock is named; a producer described before the name by the place
    of their product (赣南脐橙种植户李某) is there."""
    _, end = _chain_span(found, i)
    words = goods_route()
    end += text.startswith("的", end)
    end += next((len(w) for w in words["modifier"] if text.startswith(w, end)), 0)
    goods = next((w for w in words["goods"] if text.startswith(w, end)), None)
    return goods is not None and not text.startswith(words["producer"], end + len(goods))


#: the words after a place that make it the partner who gives aid to the region of the story (湖南援藏, 山东东营援疆
#:指挥部, 上海对口支援): not its scene
AID_AFTER = ("援藏", "援疆", "援青", "援建", "对口支援", "对口帮扶")


def _gives_aid(text: str, found, i: int) -> bool:
    """The place ``found[i]``, or the chain of places it opens (山东东营), is followed by :data:`AID_AFTER`."""
    end = found[i].end
    if i + 1 < len(found) and found[i + 1].start == end:
        end = found[i + 1].end
    return text.startswith(AID_AFTER, end)


def _after_cong(text: str, start: int, before=None) -> bool:
    """从 right before the place, or before the place ``before`` it whose name it goes on (从广东东莞)."""
    if before is not None and before.end == start:
        start = before.start
    return text[max(0, start - 1):start] == "从"


QUOTED = re.compile(r"“[^”]*”")


@lru_cache(maxsize=256)
def headline_province(headline: str) -> str | None:
    """The one Chinese province where the article's headline sets its story (安徽黄山推动民宿…, 浙江杭州银龄教育…),
    read as :func:`nearest_scene` reads a scene: not a university's name (浙江师范大学…支教团), nor the partner who
    gives aid (山东援疆…), nor a slogan in quotation marks (“跳出河南发展河南”); None where it names none or several
    (吉林长春无人机操控师、四川德智装备工匠).

    >>> headline_province("安徽黄山推动民宿与乡村旅游深度融合")
    '安徽'
    """
    text = QUOTED.sub(lambda m: "　" * len(m.group()), headline)
    found = places(text)
    provinces = {p.province for i, p in enumerate(found) if p.province and p.a_scene
                 and not _elsewhere(text, p, found[i - 1] if i else None) and not _gives_aid(text, found, i)}
    return provinces.pop() if len(provinces) == 1 else None


def _own_sentence_place(scene: Scene, at: int, end: int) -> str | None:
    """The province the sentence naming the speaker (at ``at``…``end``) names, before or after the name."""
    begin = max(scene.paragraph.sentence_start(at), at - SCENE)
    return first_scene(scene.narrative[begin:_sentence_end(scene.narrative, end)])[0]


def _scene_place(scene: Scene, at: int, end: int, name: str, described: bool = True, regions: bool = False
                 ) -> tuple[str | None, str | None]:
    """The sentence naming the speaker, then the paragraph's earlier sentences, its next sentence (a Chinese place
    only), the earlier paragraphs of the part that named the speaker (only their sentences naming them), then the
    nearest earlier paragraph of the part that names a place, then the sentence of an earlier part that introduced
    them by a title (:func:`_introduction_scene`).
    A speaker with a foreign name (:func:`foreign_name`) is not placed in China by where the report meets them,
    only by a foreign country: written before the name in its own sentence (马来西亚总理安瓦尔), else, for a
    name without ·, the one nearest before it in the paragraph, else the one written last before the name in
    its sentence in the nearest earlier paragraph naming it, else the first of the nearest earlier paragraph
    naming one (白俄罗斯总统卢卡申科。… 卢卡申科表示).
    Limit: a name with · is placed by its own sentence or where it was introduced only (its story may be set in
    another country).
    A person with a Chinese name (not all of it characters of transliteration) described by a title in their
    own sentence (店主赵俊杰, 总经理董宏志) is placed abroad by a foreign country written before the name in its
    own sentence (马来西亚…主任曾敏凯) or before it in the earlier sentence that introduced them (会见俄罗斯总统
    普京。…普京表示: an office abroad first, :func:`office_country`; a foreign name too); the markets and
    customers of what they say (…说，一位南美客户…) do not place them; in the sentences before, the nearest
    Chinese place does, then, where they name none, the foreign country (a report from abroad: 埃及乡下的棉田…
    棉农赛义德), not markets (产品畅销欧美市场) nor a list of countries (在美国、加拿大、澳大利亚等国上映:
    :func:`_lists_countries`). Limit: a report at home whose places the matcher does not read (义乌国际商贸城)
    and whose paragraphs name customers abroad (哥伦比亚客商) reads as a report from abroad."""
    narrative, foreign_only = scene.narrative, foreign_name(name) and not citizen_name(name)
    # a group (当地官员) is where the story is, at home or abroad; so is a name that may be foreign (哈尼亚), and a
    # bare name, which is how the news goes on naming a guest it introduced (…会见塞尔维亚总统武契奇。武契奇表示)
    abroad = not described or transliterated_name(name)
    begin = max(scene.paragraph.sentence_start(at), at - SCENE)
    stop = _sentence_end(narrative, end)
    if foreign_only:   # the country named last before the name, else the first place (亚洲论坛理事、菲律宾前总统)
        country = foreign_country(narrative[begin:at], regions=False) or first_place(narrative[begin:at])[1]
        if country:
            return None, country
    else:   # before the name in its own sentence (not where others come from: 来自江苏的游客), then where the
        # article introduced them, then after the name
        province, country = first_scene(narrative[begin:stop], upto=at - begin, regions=regions)
        if not (province or country):
            province, country = _introduction_place(scene, begin, name)
        if not (province or country):
            province, country = first_scene(narrative[end:stop], abroad=abroad, regions=regions, of_others=True)
            if country and _chinese_name(name):   # 陈唐在后台注意到，美国专场大促: a market, no scene
                country = _located_abroad(narrative[end:stop])
        if province or country:
            return province, country
    abroad_only = None   # the foreign country of the sentences before, where they name no Chinese place
    # where the article introduced a foreign name (会见洪都拉斯副总统…、赞比亚副总统纳卢曼戈; 会见古巴国家主席
    # 迪亚斯-卡内尔)
    introduced = _introduction_place(scene, begin, name)[1] if foreign_only else None
    if foreign_only and FOREIGN_NAME.fullmatch(name):   # a name with ·: its own sentence, its introduction, the
        return None, introduced or _scene_abroad(scene, at, end)   # the scene abroad (记者走进开罗南部…)
    earlier = narrative[scene.paragraph.sentence_start(max(0, begin - EARLIER)):begin]
    if foreign_only:   # the foreign country nearest before in the paragraph (not in what another speaker said:
        # :func:`_unreported`), else where the name was introduced, else the first of the nearest earlier paragraph
        # naming one: the report's lead names the guest's country
        return None, nearest_place(_unreported(earlier))[1] or introduced or next(
            filter(None, (first_place(text)[1] for text in scene.earlier[:LOOK_BACK])), None)
    # then the paragraph's earlier sentences and the earlier paragraphs, the place nearest the speaker first: in
    # a paragraph that named them, the place nearest before the name (…互助县林川乡，合作社负责人付志鹏将蔬菜装箱。
    # 当晚，蔬菜摆上了深圳的货架: 青海, not where the goods went); the paragraphs that named them before those
    # that did not (在云南…老达保村，…带头人李娜倮…。|…普洱飞北京…。|…李娜倮说: 云南, not where the flights go)
    before = scene.point[:LOOK_BACK]
    if len(name) >= 2:
        before = tuple(text for text in before if name in text) + tuple(text for text in before if name not in text)
    # the paragraph's sentence right after the speaker's, by a Chinese place only (村民陶大平说。…融入普定县全域旅游:
    # 贵州, not the partner in 广东 of the paragraph before; not 韩国 where the panda their keeper greets was born)
    later = narrative[stop:_sentence_end(narrative, stop)]
    for i, text in enumerate((earlier, later) + before):
        named = text.find(name) if len(name) >= 2 else -1
        at_home = abroad and i != 1
        province, country = nearest_scene(text[:named], abroad=at_home, regions=regions) if named > 0 else (None, None)
        if not (province or country):
            # in a paragraph that named them, the rest of the sentences naming them, not of who comes after them
            # (…程忠仁扛着锄头…等着李新庆。一个是…大户，一个是山东鲁花…公司的指导员。: not 山东 for 程忠仁)
            named_last = text.rfind(name)
            span = text if named < 0 else text[named:_sentence_end(text, named_last)]
            # (the speaker's own name places them nowhere: 汪桂林 is not in 桂林; nor a unit's thing after it: 以王某为
            # 原告的案件…浙江某法院的判决认定王某为…)
            province, country = nearest_scene(span.replace(name, "　" * len(name)) if named >= 0 else span,
                                              abroad=at_home, of_others=named >= 0, regions=regions)
        if province or country:
            return province, country
        if i != 1:
            abroad_only = abroad_only or (None if abroad or _lists_countries(text) else
                                          nearest_place(text, regions=regions)[1])
    if abroad_only is None:   # (a foreign name returned above)
        return _introduction_scene(scene, name), None
    return None, abroad_only


@lru_cache(maxsize=1)
def _reported() -> re.Pattern:
    """A reporting verb of ``speech_verbs.csv`` and a comma or colon, then what is reported, to the sentence's end."""
    verbs = "|".join(re.escape(v) for v in sorted(speech_verbs(), key=len, reverse=True))
    return re.compile(f"((?:{verbs})[，：,:])([^。！？!?]*)")


def _unreported(text: str) -> str:
    """``text`` with the words reported after a reporting verb blanked (王某表示，今年各方将在哈萨克斯坦举办…): where
    another speaker says something is or will be is not the scene of a speaker after them."""
    return _reported().sub(lambda m: m.group(1) + "　" * len(m.group(2)), text)


def _introduction_scene(scene: Scene, name: str) -> str | None:
    """The Chinese province of the sentence that introduced the speaker by a title earlier in the article, outside
    their part (贵州毕节黔西市金碧镇，某合作社负责人杜某忙着…: the lead sets the scene, then a section heading opens
    the part where they speak): the place nearest before the name in that sentence that sets a scene. Asked only
    where nothing in the speaker's part placed them."""
    for text in scene.article[::-1]:
        at = text.find(name)
        while at > 0:
            before = text[:at]
            sentence = before[max(map(before.rfind, SENTENCE_END)) + 1:]
            phrase = sentence[max(map(sentence.rfind, PHRASE_BREAKS)) + 1:]
            if title_suffix(phrase):
                province = nearest_scene(sentence, abroad=False)[0]
                if province:
                    return province
            at = text.find(name, at + len(name))
    return None


LISTED_COUNTRIES = 3   # this many foreign countries in one text are a list (of markets, partners, a tour): no scene


def _lists_countries(text: str) -> bool:
    """``text`` names :data:`LISTED_COUNTRIES` foreign countries or more (在美国、加拿大、澳大利亚等国上映; 远销英国、
    法国、德国): the markets or partners of a story at home, not a report from abroad."""
    return len({p.country for p in places(text) if p.level == "country" and p.country != "中国"}) >= LISTED_COUNTRIES


def _origin(text: str, place, before=None) -> bool:
    """Someone comes from ``place`` (来自北京的边防武警) or was born there, or in the place ``before`` it whose name
    it goes on (出生在湖北襄阳): it is their origin, not the scene of the story. Limit: 来自 is read before the first
    place of a chain only (来自重庆巫山县的读者: 巫山县 still places them, as the speaker's own origin should)."""
    start = before.start if before is not None and before.end == place.start else place.start
    return text[:place.start].endswith(ORIGIN_BEFORE) or text[:start].endswith(BIRTH_BEFORE)


CLAUSE_BREAKS = re.compile(r"[，。；！？：,;!?:]")


def _scene_abroad(scene: Scene, at: int, end: int) -> str | None:
    """The foreign country where the paragraph sets its scene before the speaker: the first place abroad of the
    last clause of being or going somewhere (the ``locative`` words of ``place_context.csv``: 在一家英国通信运营商
    的门店内, 记者走进埃及开罗南部的一家纺织厂, 在俄罗斯罗斯托夫州击落…乌克兰无人机) that names none in China;
    else of such a clause right after the name (普拉萨德·丹格尔在尼泊尔经营着一家线香厂). Not the markets of what
    is said (产品出口到美国): a clause that does not open with 在 or hold a verb of going is no scene."""
    words = context_words()["locative"]

    def scene_of(clause: str, country: str | None) -> str | None:
        clause = clause.strip()
        if not (clause.startswith(tuple(words)) or any(w in clause for w in words if len(w) > 1)):
            return country
        found = places(clause)
        if any(p.province for p in found):
            return None
        return next((p.country for p in found if p.country and p.country != "中国"), country)

    country = None
    for clause in CLAUSE_BREAKS.split(scene.narrative[max(0, at - EARLIER):at]):
        country = scene_of(clause, country)
    after = CLAUSE_BREAKS.split(scene.narrative[end:end + SCENE], maxsplit=1)[0]
    return country or (scene_of(after, None) if after.startswith(tuple(words)) else None)


def _chinese_name(name: str) -> bool:
    """``name`` is a Chinese person's: a surname and one or two characters, not all of them of transliteration."""
    return 2 <= len(name) <= 3 and name[0] in surnames() and not transliterated_name(name)


@lru_cache(maxsize=256)
def _located_abroad(text: str) -> str | None:
    """The first foreign country of ``text`` written right after a word of being or going somewhere (the
    ``locative`` words of ``place_context.csv``: 说，他在尼泊尔经营着一家餐馆), not one its words only speak of
    (美国专场大促, 美国买家)."""
    words = tuple(context_words()["locative"])
    return next((p.country for p in places(text) if not p.province and p.country not in (None, "中国")
                 and text[:p.start].endswith(words)), None)


def _settled_scene_place(scene: Scene, at: int) -> str | None:
    """The Chinese province nearest before the speaker in the paragraph, then in the earlier paragraphs of the
    part, of the names that only the places the article has settled make places: 义乌 once the article has named
    浙江义乌 (what the text names without them was read already: 习近平在北京会见巴西总统卢拉 is not 北京). Asked
    only where nothing placed a speaker in China: it reads the whole article once, and only where a text before
    the speaker holds a short name (most hold none), and reads a text again only where it holds a short name of
    a settled place (the only names the settled places add: a shared one they settle was read already)."""
    before = scene.narrative[scene.paragraph.sentence_start(max(0, at - EARLIER)):at]
    for text in (before,) + scene.point[:LOOK_BACK]:
        if not (holds_a_short_name(text) and any(name in text for name in scene.settled_short_names)):
            continue
        seen = {p.start for p in places(text)}   # what the first reading saw did not place the speaker
        province = next((p.province for p in reversed(places(text, scene.context))
                         if p.province and p.start not in seen), None)
        if province:
            return province
    return None


def _unit_scene(text: str) -> str | None:
    """The province of the last chain of places in ``text`` (:func:`province_of`), the words before a speaker whose
    unit's name places it nowhere, but for a chain on the route of goods or a partner's (…发往上海洋山港。正和国际码头
    的…经理: not 上海; 由广东省广州市…的一家企业代加工: :func:`_on_goods_route`)."""
    province, chain = province_of(text)
    while province is not None:
        found = places(text)
        i = found.index(chain[0])
        if not _on_goods_route(text, found, i):
            return province
        text = text[:chain[0].start]
        province, chain = province_of(text)
    return None


def _sentence_end(narrative: str, end: int) -> int:
    """Where the sentence going on at ``end`` stops: after its closing mark, at most :data:`SCENE` characters on."""
    return next((i + 1 for i in range(end, min(len(narrative), end + SCENE)) if narrative[i] in SENTENCE_END),
                min(len(narrative), end + SCENE))


def _introduction_place(scene: Scene, begin: int, name: str) -> tuple[str | None, str | None]:
    """Where the sentence that introduced the speaker (the nearest before that names them, in the part of the
    article, else anywhere before it) places them, whatever the paragraphs between or their words say: an office
    abroad before the name (会见新加坡总理黄循财。…黄循财表示，…苏州工业园区…: 新加坡), else a place in the phrase
    right before the name, with no punctuation between (not 在北京会见越共中央总书记、国家主席苏林: 北京 is where
    they met); a line of a guest list that opens with the name is placed by its title chain (王立新  全国人大代表、
    四川省雅安市某中学校长: 四川), one that closes with it by the phrase before it (银川西夏陵区管理处主任  熊  军:
    a name of two characters padded to the width of three, as guest lists print it)."""
    unblanked = scene.paragraph.text[scene.paragraph.sentence_start(max(0, begin - EARLIER)):begin]
    # the part of the article, then the rest of it before the part: a sub-report's kicker introduces its
    # speaker above its headline (福建厦门市官任社区西班牙籍居民马努——)
    for text in (unblanked,) + scene.earlier[:LOOK_BACK] + scene.article[::-1]:
        named, after = _named_at(text, name)
        if named >= 0 and not text[:named].strip():
            province, country = first_place(_listed_titles(text[after:]))
            if province or country:
                return province, country
        if named > 0:
            before = text[:named]
            sentence = before[max(map(before.rfind, SENTENCE_END)) + 1:]
            office = office_country(sentence)
            if office:
                return None, office
            phrase = sentence[max(map(sentence.rfind, PHRASE_BREAKS)) + 1:]
            pair = places(phrase)[-2:]   # of two countries in a row, the first (文莱|苏丹哈桑纳尔: 苏丹 is Sultan)
            if len(pair) == 2 and pair[0].end == pair[1].start and not pair[0].province and not pair[1].province:
                return None, pair[0].country
            province, country = nearest_place(phrase)
            if province or country:
                return province, country
    return None, None


def _named_at(text: str, name: str) -> tuple[int, int]:
    """(start, end) of ``name`` in ``text``, written plain or, for a name of two characters, padded with spaces to the
    width of three (熊  军); (-1, -1) where it is not there (or is one character: a short form)."""
    if len(name) < 2:
        return -1, -1
    at = text.find(name)
    if at >= 0:
        return at, at + len(name)
    padded = re.search(re.escape(name[0]) + "[ 　]{1,2}" + re.escape(name[1]), text) if len(name) == 2 else None
    return (padded.start(), padded.end()) if padded else (-1, -1)


PHRASE_BREAKS = "，。；：、,;:（）()“”"
#: a title chain after a name that opens a line of a guest list: after a gap (王立新  全国人大代表、…校长), or in
#: brackets (王立新（全国人大代表、…校长）)
LISTED_TITLES = re.compile(r"(?:\s{2,}|\u3000+)([^。；！？\n]*)|（([^）]*)）")


def _listed_titles(after: str) -> str:
    """The title chain that follows a name opening a line of a guest list ('' if none follows)."""
    listed = LISTED_TITLES.match(after)
    return next(filter(None, listed.groups()), "") if listed else ""


OFFICE_GAP = 12   # the most characters from a country to the end of the title of an office in it
# ... and to its start (新加坡共和国|副总理, 欧盟委员会|主席; not 中非|合作论坛非方共同|主席)
OFFICE_GAP_BEFORE_TITLE = 4


@lru_cache(maxsize=256)
def office_country(text: str) -> str | None:
    """The foreign country of the last office ``text`` names: a country and a title after it, with no
    punctuation between (塞尔维亚总统, 日本首相, 欧盟委员会主席); not a market or a journal (欧美市场, 英国《自然》)."""
    found = places(text)
    for i in range(len(found) - 1, -1, -1):
        place = found[i]
        if place.province or not place.country or place.country == "中国":
            continue
        after = text[place.end:place.end + OFFICE_GAP]
        for end in range(1, len(after) + 1):
            if after[end - 1] in "，。；：、！？,;:（）()《》“”":
                break
            title = title_suffix(after[:end])
            if title and end - len(title) <= OFFICE_GAP_BEFORE_TITLE:
                before = found[i - 1] if i else None   # of two countries in a row, the first (文莱|苏丹: Sultan)
                adjacent = before is not None and before.end == place.start and not before.province \
                    and before.country not in (None, "中国")
                return before.country if adjacent else place.country
    return None


def foreign_name(name: str) -> bool:
    """``name`` is foreign: written with ·, or in characters of transliteration (科沙诺夫) and either four or
    more of them or not opening with a Chinese surname (马丽 and 卢强 may be Chinese; 塞西 is not)."""
    return bool(FOREIGN_NAME.fullmatch(name)) or transliterated_name(name) and (
        len(name) >= 4 or name[0] not in surnames())


def _foreign_speaker(speaker: Speaker) -> bool:
    """A foreign name (:func:`foreign_name`) that is not a deputy's (全国人大代表木亚赛尔·托乎提) nor a Chinese
    citizen's (:func:`citizen_name`): such a speaker is placed in China only by a Chinese organisation."""
    return foreign_name(speaker.name) and title_class(speaker.title) != "deputy" and not citizen_name(speaker.name)


def _dotted_citizen(name: str) -> bool:
    """A dotted name of a Chinese citizen (:func:`citizen_name`: 古力亚尔·阿不都外力): placed by the scene of its own
    sentence only, as a foreign name is, not by the places of the sentences before (a speaker of a list of members
    after one from 台湾), and never abroad."""
    return "·" in name and citizen_name(name)


def citizen_name(name: str) -> bool:
    """``name`` is a Chinese citizen's though it may read as foreign: a Tibetan name (``minority_name_parts.txt``), or
    a dotted name with a part that opens as Uyghur names do in Chinese (``uyghur_name_parts.txt``: 古力亚尔·阿不都外力).
    Such a name is placed by a Chinese scene like any other, and is never a foreigner of no country.
    Limit: a Kazakh or Kyrgyz name of a Chinese citizen (巴依卡·凯力迪别克) reads as foreign."""
    return name.startswith(minority_name_parts()) or "·" in name and any(
        part.startswith(uyghur_name_parts()) for part in name.split("·"))


def category_and_level(kind: str, organisation: str, title: str | None, province: str | None,
                       chain: list[Place]) -> tuple[str, str | None]:
    """Category from the class of the last title, through the rules of ``speaker_categories.csv``; an
    official's level from the organisation."""
    key = f"{organisation}|{title or ''}"
    for rule, when, pattern, result in category_rules():
        if rule == "category" and when == kind and pattern.search(key):
            kind = result
            break
    if kind != "official":
        return kind, None
    for rule, _, pattern, result in category_rules():
        if rule == "level" and pattern.search(organisation):
            return kind, result
    if province is None:
        return kind, "national"
    levels = [p.level for p in chain]
    return kind, next((level for level in ("county", "prefecture") if level in levels), "provincial")


def national(organisation: str) -> bool:
    """``organisation`` is a central organ (中共中央政治局, 国务院: a level rule of ``speaker_categories.csv``)."""
    return any(rule == "level" and result == "national" and pattern.search(organisation)
               for rule, _, pattern, result in category_rules())


#: a village's, township's or neighbourhood's Party or residents' committee (…村党支部, …社区居委会): a Chinese unit
PARTY_BRANCH = re.compile(r"(?:村|镇|乡|社区|街道|嘎查)(?:党总支|党支部|党委|居委会|村委会)")


def _headline_place(speaker: Speaker, organisation: str, scene: Scene) -> str | None:
    """:func:`headline_province` for a person whom nothing else placed, unless their organisation or a unit of their
    title chain is a central organ (…组委会副主任、中国残联党组成员). Not for a group (商务部有关负责人: a ministry the
    level rules do not list). Limit: a visitor (a guest from Taiwan at a forum in 福建) is placed where they are met."""
    if speaker.kind != "person" or any(map(national, [organisation, *(speaker.title or "").split("、")])):
        return None
    return headline_province(scene.story_headline)


def _national_member(speaker: Speaker) -> bool:
    """A person with no unit of their own whose title chain names a member of a central body (全国政协委员、奥运冠军
    杨某): the scene the report set before them is where it met them, not their place; the sentence that names them
    may still say it. Not a deputy (全国人大代表): elected by a province, they sit in its delegation, whose scene
    places them."""
    return speaker.kind == "person" and any(national(title) and not title.endswith("代表")
                                            for title in (speaker.title or "").split("、"))


def _country_before_unit(full: str, organisation: str) -> str | None:
    """The foreign country of the places the article writes before a unit's name where it first names it (``full``:
    德国北威州迪伦市 of 迪伦市, 日本石川县 of 石川县), or None: none named, or a preposition between the country and the
    unit (乌克兰对俄库尔斯克州的袭击: the country acts on the unit, which is not its own)."""
    if full == organisation or not full.endswith(organisation):
        return None
    if any(tag == "p" for _, tag in pos_pairs(full[:-len(organisation)])):
        return None
    return foreign_country(full, regions=False)


def listed_province(text: str) -> str | None:
    """The province of the first unit of ``organisation_places.csv`` named in ``text``: a unit whose name holds no
    place (中国人民大学, 华中科技大学) is where it is, wherever the report meets its people; None where none is named.

    >>> listed_province("华中科技大学同济医学院"), listed_province("中国科学院")
    ('湖北', None)
    """
    named = organisation_place_pattern().search(text)
    return organisation_places()[named.group()] if named else None


def title_class(title: str | None) -> str:
    """The class of the last title of a chain; no title at all: a resident or worker."""
    titles = speaker_titles()
    classes = [titles[t] for t in map(title_suffix, (title or "").split("、")) if t]
    return classes[-1] if classes else "worker"


#: how much of what follows ``NAME是`` is read for the unit the article introduces a person by
INTRODUCED_UNIT = 30


#: the verbs by which an article introduces a person as a member of a unit (王某是…研究员, 王某来到…研究院)
INTRODUCED_AS = ("是", "来到", "进入", "调入", "加入", "任职于", "就职于", "供职于")
#: an office held, written before the title chain that introduces a person (时任…研究室副主任的王某)
HELD = re.compile(r"^(?:时任|现任|曾任)")
#: a person's biography line, as a feature's box prints it: 徐某，1969年生，新疆伊犁人，中国科学院院士，…
BIOGRAPHY = re.compile(r"，(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年(?:出)?生，([^。\n]*)")


def _national_by_introduction(scene: Scene, name: str) -> bool:
    """The article introduces the speaker as a member of a central organ or national academy, by name and a verb of
    :data:`INTRODUCED_AS` (卢琦是中国林业科学研究院首席科学家, 年过六旬的王某是国家气候中心研究员, 毕业后王某来到中国
    水利水电科学研究院), by a title chain and 的 right before the name (时任中国水利水电科学研究院…副主任的王某), or by
    a biography line that opens with the name and, after where they come from, a central organ (徐某，1969年生，
    新疆伊犁人，中国科学院院士，…; not 景德镇某博物院名誉院长、中国某学会常务理事): the scene of a report about them is
    where their work took them, not their place. Asked of a speaker with no organisation of their own."""
    if len(name) < 2:
        return False
    for text in (scene.paragraph.text,) + scene.article:
        at = text.find(name)
        while at >= 0:
            after = text[at + len(name):at + len(name) + INTRODUCED_UNIT]
            verb = next((v for v in INTRODUCED_AS if after.startswith(v)), None)
            before = text[max(0, at - INTRODUCED_UNIT):at]
            phrase = HELD.sub("", before[max(map(before.rfind, PHRASE_BREAKS + "！？")) + 1:])
            if verb and national(after[len(verb):]) or phrase.endswith("的") and national(phrase):
                return True
            biography = BIOGRAPHY.match(text, at + len(name)) if not text[:at].strip() else None
            units = [unit for unit in re.split("[，、；]", biography.group(1)) if not unit.endswith("人")] \
                if biography else []
            if units and national(units[0]):   # the first unit (not a member of a national society besides)
                return True
            at = text.find(name, at + len(name))
    return False


#: a name in quotation marks inside a unit's name (“桂超”联赛): the name the article explains the unit by
QUOTED_NAME = re.compile(r"“([^”]{2,12})”")


#: the copula after a subject that introduces what it is, also after a comma (袁某，是湖北十堰…的志愿者)
COPULAS = ("是", "，是")


def _described_place(scene: Scene, name: str, organisation: str) -> str | None:
    """The province of what the article says the speaker or their unit is, after 是 (or ，是: :data:`COPULAS`), in the
    paragraph or before it (曹彩霞是天津市非物质文化遗产…的第三代传承人; “桂超”是广西足球超级联赛的简称): asked where
    the unit's name places it nowhere. A unit is looked for by its name, or by the name in quotation marks inside it
    (“桂超”联赛). Not where they come from or went (李某是从河南来到…: :func:`first_scene`)."""
    quoted = QUOTED_NAME.search(organisation)
    subjects = [s for s in (name, organisation, quoted.group(0) if quoted else "") if len(s) >= 2]
    for text in (scene.paragraph.text,) + scene.article[::-1]:
        for subject, copula in itertools.product(subjects, COPULAS):
            at = text.find(subject + copula)
            while at >= 0:
                after = at + len(subject) + len(copula)
                province = first_scene(text[after:_sentence_end(text, after)], abroad=False)[0]
                if province:
                    return province
                at = text.find(subject + copula, after)
    return None


#: words before a description's unit that make it where the person is or goes, not their unit (在某公司工作的)
NOT_A_UNIT_BEFORE = ("在", "从", "到", "来自", "对", "向", "为")


def _unit_opening_the_description(speaker: Speaker) -> str:
    """The unit that opens a description in 的 before a person's title, where the phrase gave them a title but no
    unit (中宣部电影局主持日常工作的副局长毛羽: 中宣部电影局; 作为中山大学校长的全国人大代表高松: 中山大学): the longest
    start of the description, in whole words, that ends as a unit's name does (``organisation_suffixes.txt``), not
    as a place's (北京市: :data:`PLACE_ENDINGS`), nor after a word of where one is or goes (在某公司工作的:
    :data:`NOT_A_UNIT_BEFORE`), also after a time word (当天在现场观看演出的: no unit 当天在现场); '' where there is
    none (土生土长的老艺人)."""
    if speaker.kind != "person" or speaker.organisation or not speaker.title:
        return ""
    description = speaker.phrase[:modifier_end(speaker.phrase)][:-1].removeprefix("作为")
    if len(description) < 2 or description.startswith(NOT_A_UNIT_BEFORE):
        return ""
    endings = tuple(e for e in organisation_suffixes() if e not in PLACE_ENDINGS)
    words = list(itertools.takewhile(lambda pair: pair[0] not in NOT_A_UNIT_BEFORE, pos_pairs(description)))
    starts = ["".join(word for word, _ in start) for start in itertools.accumulate([pair] for pair in words)]
    return next((start for start in reversed(starts) if start.endswith(endings)), "")


#: the words after a name that state where the person is from (谢某来自美国芝加哥, 谢某出生于法国, 谢某是美国人,
#: 谢某，美国人); after the last two, a country is a nationality only with 人 or 籍 after it
NATIONALITY_AFTER = ("来自", "出生于", "出生在", "生于", "是", "，")
#: how far around a name a stated nationality is read (英国人白某, 哈萨克斯坦籍员工某某)
NATIONALITY_SPAN = 12
#: what ends the phrase before a name: a nationality before it is another person's
NATIONALITY_BREAK = "。！？；，、：“”\n"


def stated_nationality(text: str, name: str) -> str | None:
    """The foreign country an article's ``text`` states a person's nationality to be, anywhere in it (the
    introduction often follows their first words): a country right after their name and 来自 or 出生于, or 是 or a
    comma with 人 or 籍 after the country (某某是美国人, 某某，美国人，), or a country with 人 or 籍 in the phrase right
    before the name (英国人白某, 哈萨克斯坦籍员工某某). Where they work or are met (a unit's or scene's province, a
    scene abroad) does not count; 来自 a Chinese place names no country."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        after = text[end:end + NATIONALITY_SPAN]
        word = next((w for w in NATIONALITY_AFTER if after.startswith(w)), None)
        if word:
            found = places(after[len(word):])
            if found and found[0].start == 0 and found[0].level == "country" \
                    and found[0].country not in (None, "中国") \
                    and (word not in ("是", "，") or after[len(word) + found[0].end:].startswith(("人", "籍"))):
                return found[0].country
        before = text[max(0, at - NATIONALITY_SPAN):at]
        cut = max(before.rfind(c) for c in NATIONALITY_BREAK) + 1
        before = before[cut:]
        for place in places(before):
            if place.level == "country" and place.country not in (None, "中国") \
                    and before[place.end:].startswith(("人", "籍")) and not before[place.end:].startswith("人民"):
                return place.country
        at = text.find(name, end)
    return None


def locate(speaker: Speaker, anchor: int, scene: Scene) -> dict:
    """``province``, ``country``, ``category`` and ``level`` of a speaker named at ``anchor``; a world region is never
    a person's country (东盟秘书长: foreign, no country; 中亚 near a foreign name: none), only a group's, whose members
    come from its countries (不少与会的拉美和加勒比国家代表)."""
    located = _locate(speaker, anchor, scene)
    if speaker.kind != "group" and located["country"] in world_regions():
        located = {**located, "country": None}
    return located


def _locate(speaker: Speaker, anchor: int, scene: Scene) -> dict:
    if speaker.kind == "leader":
        return {"province": None, "country": "中国", "category": "leader", "level": None}
    if speaker.kind == "person" and speaker.name in central_leaders() \
            and province_of(speaker.organisation or "")[0] is None:  # (银川市…中心副主任李强: a namesake)
        return {"province": None, "country": "中国", "category": "official", "level": "national"}
    if speaker.kind == "group" and not speaker.title:
        foreign = [p.country for p in places(speaker.phrase) if not p.province and p.country != "中国"]
        return {"province": None, "country": foreign[0] if foreign else None, "category": "group", "level": None}
    organisation = speaker.organisation or _unit_opening_the_description(speaker)
    # 来自…的 names a country (来自巴西的…) or a Chinese place (来自景德镇的陶瓷手艺人: their province)
    home = province_of(speaker.origin)[0] if speaker.origin else None
    # a country in the title chain where the organisation names none (亚洲论坛理事、菲律宾前总统)
    country = (None if home else foreign_country(speaker.origin or "")) or \
        foreign_country(organisation, regions=False) or foreign_country(speaker.title or "", regions=False)
    # an international organisation speaks for no country, though its name holds a world region (亚洲基础设施
    # 投资银行); the whole description is read, for names cut between organisation and title (国际奥委|会主席),
    # unless the organisation is a Chinese place's unit (…管委会副主任、上合组织经贸合作中心主任: that place)
    if not country and international_organisation().search(organisation + (speaker.title or "")) \
            and province_of(organisation)[0] is None:
        category = "foreign" if foreign_name(speaker.name) else title_class(speaker.title)
        return {"province": None, "country": None, "category": category, "level": None}
    country = country or foreign_country(organisation) or abbreviated_country(organisation or speaker.title or "")
    if country:
        return {"province": None, "country": country, "category": "foreign", "level": None}
    chain: list[Place] = []
    listed = None   # the province of organisation_places.csv that placed the speaker's unit
    at = scene.paragraph.text.find(speaker.name)
    at, end = (at, at + len(speaker.name)) if at >= 0 else (anchor, anchor)
    if organisation:
        full = _expanded_organisation(organisation, scene, anchor)
        province, chain = province_of(full)
        if province is None and may_name_a_place(full):   # 海宁|丰欧服装公司 once the part has named 海宁
            province, chain = province_of(full, context=scene.context)
        abroad = _country_before_unit(full, organisation) if province is None else None
        if abroad:   # a foreign city's unit, the city named with its country before (德国北威州|迪伦市|市长顾问)
            return {"province": None, "country": abroad, "category": "foreign", "level": None}
        if province is None and speaker.title:   # a later unit of the title chain (…中心主任、北京儿童医院院长)
            province, chain = province_of(speaker.title)
        if province is None:   # a unit whose name holds no place is where it is (中国人民大学: 北京), not the scene
            province = listed = listed_province(full) or listed_province(speaker.title or "")
        if province is None:   # where the article says the unit or the speaker is (“桂超”是广西足球超级联赛的简称)
            province = _described_place(scene, speaker.name, organisation)
        if province is None and not national(full) and _foreign_speaker(speaker) \
                and not PARTY_BRANCH.search(full + (speaker.title or "")):
            # 伊弗经济研究所所长福斯特: not where the report meets him; a village's secretary is Chinese (…村党支部书记
            # 阿卜力克木·阿卜来提: placed by the words before, 新疆…岳普湖县)
            return {"province": None, "country": _scene_place(scene, at, end, speaker.name)[1],
                    "category": "foreign", "level": None}
        if province is None and not national(full):
            # a unit whose name places it nowhere (公司, 研究所): the paragraph before the speaker (在新疆霍尔果斯口岸，
            # …。霍尔果斯海关副关长杜建军…), never the earlier paragraphs (where the report went is not where the
            # unit is: 西北师范大学教授 in a report from 新疆) nor the words reported after the verb (where things
            # will be or go: …合作社副理事长张某介绍，合作社又与北京一家餐饮连锁店签订供货协议)
            province = _unit_scene(scene.narrative[max(0, at - SCENE):at])
            abroad = None if province else _scene_abroad(scene, at, end)
            if abroad:   # 在一家英国通信运营商的门店内，…门店助理销售经理凯文介绍
                return {"province": None, "country": abroad, "category": "foreign", "level": None}
        if province is None:   # 东方空间总经理布向伟 under 山东商业航天向海而行
            province = _headline_place(speaker, full, scene)
    elif _national_by_introduction(scene, speaker.name):   # 卢琦是中国林业科学研究院首席科学家: no scene places him
        full, province = "", None
    elif _national_member(speaker) or _dotted_citizen(speaker.name):
        # their own sentence only (全国政协委员黄某介绍，甘肃…; 在新疆喀什市…卫生室里，乡村医生古力亚尔·阿不都外力…),
        # not the scene before it
        full, province = "", _own_sentence_place(scene, at, end)
    else:
        full = ""
        province, country = _scene_place(scene, at, end, speaker.name,
                                         speaker.kind == "person" and bool(speaker.title), speaker.kind == "group")
        if province is None and not _foreign_speaker(speaker):
            # a scene named by short names the article settled (在义乌国际商贸城: 浙江): there, not abroad
            province = _settled_scene_place(scene, at)
            country = None if province else country
        if province is None and country is None:   # nothing else places them: their article's province
            province = _headline_place(speaker, full, scene)
        if country or province is None and _foreign_speaker(speaker):   # nothing places 弗朗西斯: not 中国
            return {"province": None, "country": country, "category": "foreign", "level": None}
    if home and not chain and not listed:   # where they come from, not where the report meets them
        province = home
    category, level = category_and_level(title_class(speaker.title), full, speaker.title, province, chain)
    return {"province": province, "country": "中国", "category": category, "level": level}
