"""Finding place names in a text: every name a place can go by (the lexicon), and the decision procedure that
says where a name is that place (``helpers/data/place_rules.csv``, read by one function, ``_Matcher._decide``).
:mod:`helpers.regions` turns what it finds into tables of coverage.

How a place is found
--------------------
Every name a place can go by is generated from the data under ``helpers/data/``: the official full name
(四川省, 文山壮族苗族自治州, 沧源佤族自治县), the short name of a province (四川, 内蒙古, 广西), the short
name of a prefecture (成都, 毕节, 文山州, 文山), a region (西部, 西部地区), a country (玻利维亚) or an alias
(拉美). A county-level division is found by its full name (长安区, 沧源佤族自治县, 沧源县), and by its short
name only where the text supports it: right after its province or prefecture (重庆江北, 浙江义乌), once the
article has named it so or in full (招远 after 山东烟台招远), or, if no other place has that short name,
right before its product or its own organs (安溪铁观音, 安溪县委). Alone, a county's short name is too often
an ordinary word (合作 is 合作市 in Gansu, 资源 is 资源县 in Guangxi, 长安 is also a car maker); one that
jieba's dictionary has as an ordinary word is never read as a place before a noun. A county renamed in
place (罗江县, now 罗江区) is its current name. A province's one-character abbreviation and a direction
name a part of that province (湘西北 is north-west Hunan, not the 西北 region; 滇中 central Yunnan; form
``part``), except for abbreviations that are also common words or countries (港, 澳, 台), and a part in 中 before
the head of a pair (黑中两国 is Montenegro and China). The text is read left to right and at
each position the longest name that the decision procedure below accepts wins, so 青海省海南藏族自治州 is 青海省 +
海南藏族自治州 (in Qinghai), never 海南 (Hainan).

A name must also be a word of the text. jieba's segmentation (with the course's domain dictionary) says where
words begin and end; a name that begins or ends inside a word is refused (华南 in 中华/南大街, 文山 in the idiom
文山会海), unless that word is itself a name jieba glued together (吉林长春, 中国铁路成都局集团有限公司: inside
such a token the boundaries of jieba's base dictionary count) or the rest of the word is an office
(毕节市 + 市委 → 毕节市委), or a full name ends inside a word no dictionary has, which only jieba's model
guessed (罗江区|略坪镇 cut as 罗江/区略/坪镇). A province's name may end inside a word (四川人, 台湾同胞), but
not one whose first character jieba gave the word before (大运|河|南端; 端|上|海外餐桌, 世界|上|海拔; 除|上|海外
is still 上海). A
name is not the place where it is part of another name:
a surname of its own before a short name, with a person's context around, is a person (村党支部书记王海南说,
张河南表示, 记者刘江西: the surnames and context words are data); a short name before 村, 镇, 社区, 街道… names
a village or neighbourhood (西黄山村, 向阳村); before 舰 a warship (福建舰), before the word 号 a ship, train
or craft (大连号驱逐舰; not 深圳号召), before 族 an ethnic group (蒙古族). Invisible characters (a soft
hyphen, a zero-width joiner) inside a name do not hide it; offsets still count them. A limit: a person
named after a province with no person's context around the name (王海南在海南说: no title before, no
speech verb after) is still read as the province. Lists in
``place_context.csv`` catch what segmentation cannot: words that contain a place but do not name it
(``not_a_place``: 酒泉卫星发射中心 lies in Inner Mongolia), prefecture short names that are ordinary words
(``ambiguous_stem``: 大同 counts as 大同市, after 山西, or where the text has named 大同市 and no noun follows),
generic district names (城区) and street suffixes (中山路 is a street).
A name that several places share (江北区 in Ningbo and, until 2025, in Chongqing) is settled by the place
before it, then by the other places of its paragraph, then of its article; failing that, ``place`` is None
(``province`` too, unless every candidate is in one province) and ``note`` lists the candidates.

Abbreviations (川渝, 成渝, 京津冀, 中拉, 玻中) are runs of one-character abbreviations (provinces.csv,
place_abbreviations.csv) that are licensed by what follows (川渝两地, 中拉航天合作), by their length (京津冀)
or by jieba reading them as one place-name token (中拉); each character becomes a row of its own, so 川渝 is
both 四川 and 重庆. A typo of 自治 (自洽, 自冶) in a full name is still found (广西壮族自洽区 → 广西).

The decision procedure
----------------------
The text is read left to right. At each position where a name can begin, the names that begin there are tried
longest first; for each of a surface's readings (the place or places it stands for) the matcher asks two
questions of place_rules.csv, each a list of rows read top to bottom where the first row that applies and holds
answers:

1. ``why`` may the reading count here: it needs no context (``plain``); right after its province or prefecture
   (``chain``); the text has named the place (``named``); in a list next to a place of its level
   (``listed``); where one is or goes (``located``); a county's short name before its product (``product``,
   checked by ``refuse``); otherwise ``refuse``.
2. ``refuse``: an ethnic group, a warship or a ship named X号 follows; a direction after a place names a part
   of it, and so does one listed after another part (黎巴嫩南部、东部); a number and a contract section's mark
   follow (六安8标); the rest of its word names a gate, lake, garden, street or flower (广安门, 昆明湖, 长春道); it is
   one more of a list of things that end as it does (湖石、黄石、宣石); its first character ends a name jieba
   knows, or, for a part of a province (鲁北), a county's name of the text's province (平鲁|北坪 after 朔州); it begins,
   or ends, inside a word (a part of a province ends inside one only before its land's, waters' or area's word:
   川西|平原, not 苏东|坡); a street, village or town is named after it; a venue, building, eatery, dish or brand
   is named after it that its sentence, or else its paragraph and article, place in another province or abroad
   (广州的重庆火锅店; 北京饭店 stays where 北京 is named too, or nothing says where), and so is a school named after
   a province (河南…的河北小学; 在北京中学 stays); it is inside a firm's trade name, glued to a lone piece of a name
   after a place of another province (成都|捷|安顺|国际物流有限公司); it is part of a
   person's name, or begins inside one the article said (祁伟成坦言 … 祁伟成都会); a county's short name inside
   a longer word, or an ordinary word jieba does not tag as a place; no product or organ after a county's short
   name, or a name several places share; a short name that is also a word before a noun. Any of these refuses it.

The longest surface with a reading that counts wins (several: the best-ranked level, then the place before
decides, :meth:`_Matcher._resolve`), and reading goes on after it. A second pass runs where a name the first
pass settled has a short form in the text (中山 after 中山市). Then runs of one-character abbreviations not
inside a name found: a stretch counts as a compound unless a row of ``run`` refuses it (boundaries, words
that are not places, a village, a transliterated name, one character twice in a row…), the last of which
asks ``licence`` (a head of compounds after it, a pair of countries the news uses, three or more, one
place-name token of jieba's…); one abbreviation right after a place of its system asks ``single``. Names
several places share are settled by the places of the paragraph, then of the article
(:meth:`_Matcher._resolve_by_context`). Last, ``kind`` says how each place found is used: ``organisation``,
``name`` or ``place``.

Each test named in the table is an entry of :data:`TESTS` below, one line or a small function, taking the
matcher, the candidate and the words of the roles of ``place_context.csv`` the row reads; ``tests/test_placefinder.py``
shows for most rows a sentence that the row decides.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from . import segment
from .cache import fingerprint, read_result, write_atomically
from .lazy import pandas as pd
from .segment import DATA, read_rows
from .wordcut import Text, Token, posseg_tokenizer

CHINA = "中国"
# A typo for 自治 in a full name (广西壮族自洽区): 洽 and 冶 look like 治.
TYPOS_OF_ZIZHI = ("自洽", "自冶")
STREET = re.compile(r"^[东西南北中]?(?:{streets})(?:$|社区|小区|街道|居委会|口|上|旁|边|两侧)")
PERSON_CONTEXT_CHARS = 60  # how far before a surname a person's title or list of names is looked for
SAID_WITHIN_CHARS = 8  # how far after a name right after a quotation the verb saying it is looked for


# --- the data ----------------------------------------------------------------------------

def read_table(name: str) -> pd.DataFrame:
    """A CSV data file of ``helpers/data``, without its ``#`` header lines, every column as text."""
    return pd.DataFrame(read_rows(name)).fillna("")


@lru_cache(maxsize=1)
def gazetteer() -> pd.DataFrame:
    """China's divisions: adcode, name, level, province (short name), prefecture, stem, status.

    >>> gazetteer().query("name == '沧源佤族自治县'")[["level", "province", "prefecture"]]  # doctest: +SKIP
    """
    return read_table("gazetteer_cn.csv")


@lru_cache(maxsize=1)
def provinces() -> pd.DataFrame:
    """The 34 province-level divisions: adcode, name, short, abbr, alt_abbr, region, west (bool).

    >>> provinces().set_index("short").loc["四川", "abbr"]
    '川'
    """
    table = read_table("provinces.csv")
    table["west"] = table["west"] == "True"
    return table


@lru_cache(maxsize=1)
def macro_regions() -> pd.DataFrame:
    """Macro-regions of China: name, aliases, members (province short names, '|'), parts, group."""
    return read_table("macro_regions.csv")


@lru_cache(maxsize=1)
def foreign_places() -> pd.DataFrame:
    """Countries and world regions: code, name, level (country|macro-region), aliases, source."""
    return read_table("foreign_places.csv")


@lru_cache(maxsize=1)
def foreign_cities() -> pd.DataFrame:
    """Foreign cities the news names often: name, country, aliases, source."""
    return read_table("foreign_cities.csv")


@lru_cache(maxsize=1)
def context_words() -> dict[str, frozenset[str]]:
    """``role -> words`` from ``place_context.csv`` (not_a_place, ambiguous_stem, office, title...)."""
    words: dict[str, set[str]] = {}
    for row in read_rows("place_context.csv"):
        words.setdefault(row["role"], set()).add(row["word"])
    return {role: frozenset(found) for role, found in sorted(words.items())}


# --- names and the places they stand for ---------------------------------------------------

@dataclass(frozen=True)
class Target:
    """One place a name stands for."""

    place: str
    level: str
    province: str | None
    country: str


@dataclass(frozen=True)
class Reading:
    """One way to read a surface string: the place(s) it names and how."""

    targets: tuple[Target, ...]
    form: str  # full | short | alias | typo | abbreviation
    rank: int  # lower wins when two readings of one surface compete (province before prefecture...)
    note: str = ""
    # "" | "chain": only right after its province or prefecture (洛阳市老城区, a generic name)
    # | "chain_or_named": also where the text has named the place (招远 after 山东烟台招远, 大同 after 大同市);
    # a county's short name also before its product or an organisation (安溪铁观音)
    needs: str = ""
    ordinary: bool = False  # the short name is also an ordinary word (大同, 合作): never before a noun

    @cached_property
    def whole_country(self) -> bool:
        """A province or China itself is that place whatever word it begins (台湾同胞, 四川人, 中国式)."""
        return self.form != "part" and all(x.level == "province" or x.place == CHINA for x in self.targets)

    @cached_property
    def profile(self) -> tuple:
        """What the column ``when`` of place_rules.csv may ask of a reading: the values of ``ASKED["why"]``."""
        return self.needs, self.form, self.targets[0].level, self.ordinary, self.whole_country


@dataclass
class Lexicon:
    """Every surface form with its readings, and the one-character abbreviations."""

    forms: dict[str, list[Reading]] = field(default_factory=dict)
    short_forms: dict[str, set[str]] = field(default_factory=dict)  # place -> its names that need context
    ambiguous_chars: frozenset[str] = frozenset()  # abbreviations that are also common words (港 a port)
    abbreviations: dict[str, dict[str, list[Target]]] = field(default_factory=dict)  # system -> char -> targets
    compounds: dict[str, list[list[Target]]] = field(default_factory=dict)  # 沪宁 -> [[上海市], [南京市]]
    longest: int = 0

    def add(self, surface: str, reading: Reading) -> None:
        if len(surface) < 2:
            return
        readings = self.forms.setdefault(surface, [])
        if reading.targets not in [r.targets for r in readings]:
            readings.append(reading)
        self.longest = max(self.longest, len(surface))
        if reading.needs:
            for target in reading.targets:
                self.short_forms.setdefault(target.place, set()).add(surface)


RANK = {"country": 0, "province": 1, "macro-region": 2, "prefecture": 3, "city": 3, "county": 4}
# jieba's tag of a place's name: a place's name whose first character ends one of three or four characters
# (内华达|州, 佛罗里达|州) is not that place; two-character ones are too often a chance pair (抵达兰州), and
# jieba's person names too (连接池/nr: 连接|池州)
CLOSING_TAGS = ("ns",)
# a region of China named by its direction (西部, 中西部, 东北地区): right after another place, a part of that place
DIRECTION = re.compile("[东南西北中]+部?(?:地区)?")
DIRECTION_GAP = re.compile("[东南西北中]*")  # 广东|中|东部: the part begins right after the place
PART = re.compile("[东南西北中]+部$")  # a direction naming a part (南部), searched up to a list separator
HAN = re.compile("[\u4e00-\u9fff]+")
CLOSED_NAME_LENGTHS = (3, 4)
# jieba's tags of names: a short name that jieba's own dictionary has under another tag is an ordinary word
NAME_TAGS = ("ns", "nr", "nrt", "nrfg", "nz", "nt", "j")


#: A word jieba's dictionary tags as a common word but counts less often than this is a name it tags loosely
#: (仙居/n 4, 盐源/n 6, 平乡/n 8, 金坛/n 32); a word of the language is counted far more often (资源/n 17,453,
#: 富民/n 122, 海盐/n 128, 安居/v 142).
ORDINARY_FREQUENCY = 100


def _is_ordinary_word(word: str, ambiguous: frozenset[str], tags: dict[str, str],
                      frequencies: dict[str, int], names: frozenset[str] = frozenset()) -> bool:
    """合作 and 资源 are words before they are 合作市 and 资源县; 招远 and 罗江 are only names, and so are
    仙居 and 盐源, which jieba's dictionary tags as nouns but hardly ever counts, and the ``names`` it tags as
    common words and counts often all the same (平遥/a 239: place_context.csv, role name_stem).
    ``tags``, ``frequencies``: jieba's own dictionary, word -> tag and word -> count (:func:`_jieba_tags`)."""
    tag = tags.get(word)
    return word in ambiguous or (tag is not None and tag not in NAME_TAGS and word not in names
                                 and frequencies.get(word, 0) >= ORDINARY_FREQUENCY)


def _jieba_tags() -> dict[str, str]:
    """The tags of jieba's own dictionary (jieba.posseg's default tokenizer)."""
    from .segment import _quiet_jieba

    return _quiet_jieba().posseg.dt.word_tag_tab


def _jieba_frequencies() -> dict[str, int]:
    """The counts of jieba's own dictionary (without the domain words), as the package's tokenizer keeps it."""
    from .wordcut import base_tokenizer

    return base_tokenizer().FREQ


def _typo_variants(name: str) -> list[str]:
    return [name.replace("自治", typo) for typo in TYPOS_OF_ZIZHI] if "自治" in name else []


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Every name the place matcher knows (built once from the data files: see :func:`_matcher`)."""
    return _matcher().lex


def _build_lexicon() -> Lexicon:
    """Build the lexicon from the data files."""
    lex = Lexicon()
    words = context_words()
    generic, ambiguous = words.get("generic_name", frozenset()), words.get("ambiguous_stem", frozenset())
    names = words.get("name_stem", frozenset())
    tags, frequencies = _jieba_tags(), _jieba_frequencies()
    prov = provinces().set_index("short")
    province_names = set(prov.index)

    def add_full(name: str, target: Target, note: str = "") -> None:
        lex.add(name, Reading((target,), "full", RANK[target.level], note))
        for typo in _typo_variants(name):
            lex.add(typo, Reading((target,), "typo", RANK[target.level], f"typo for {name}"))

    for short, row in prov.iterrows():
        target = Target(row["name"], "province", short, CHINA)
        add_full(row["name"], target)
        lex.add(short, Reading((target,), "short", RANK["province"]))

    places = gazetteer()
    for row in places[places["level"] != "province"].itertuples():
        target = Target(row.name, row.level, row.province, CHINA)
        note = "former name (not in the 2025 table)" if row.status == "former" else ""
        if row.name in generic:  # 城区, 老城区: only right after their prefecture (洛阳市老城区)
            lex.add(row.name, Reading((target,), "full", RANK[row.level], note, "chain"))
            continue
        add_full(row.name, target, note)
        stem = row.stem
        if len(stem) < 2:
            continue
        if row.name.endswith(("自治州", "自治县", "自治旗")):  # 文山州; 海南州 and 河南县 too, both in Qinghai
            lex.add(stem + row.name[-1], Reading((target,), "short", RANK[row.level], note))
        if stem in province_names:
            continue
        if row.level == "prefecture":
            needs = "chain_or_named" if stem in ambiguous else ""
            lex.add(stem, Reading((target,), "short", RANK["prefecture"], note, needs, bool(needs)))
        else:
            lex.add(stem, Reading((target,), "short", RANK["county"], note, "chain_or_named",
                                  _is_ordinary_word(stem, ambiguous, tags, frequencies, names)))

    regions = macro_regions().set_index("name")
    for name, row in regions.iterrows():
        parts = row["parts"].split("|") if row["parts"] else [name]
        targets = tuple(Target(part, "macro-region", None, CHINA) for part in parts)
        lex.add(name, Reading(targets, "short", RANK["macro-region"]))
        for alias in filter(None, row["aliases"].split("|")):
            lex.add(alias, Reading(targets, "full" if alias.startswith(name) else "alias", RANK["macro-region"]))

    for row in foreign_places().itertuples():
        country = row.name
        target = Target(row.name, row.level, None, country)
        lex.add(row.name, Reading((target,), "full", RANK[row.level]))
        for alias in filter(None, row.aliases.split("|")):
            lex.add(alias, Reading((target,), "alias", RANK[row.level]))

    for row in foreign_cities().itertuples():   # 法兰克福 and 法兰克福市: a place of 德国
        target = Target(row.name, "city", None, row.country)
        lex.add(row.name, Reading((target,), "full", RANK["city"]))
        for alias in filter(None, [row.name + "市" * (not row.name.endswith("市")), *row.aliases.split("|")]):
            lex.add(alias, Reading((target,), "alias", RANK["city"]))

    # One-character abbreviations: the provinces' own, and those of a few cities and of countries.
    lex.ambiguous_chars = words.get("ambiguous_abbreviation", frozenset())
    lex.abbreviations = {"domestic": {}, "foreign": {}}
    for short, row in prov.iterrows():
        for char in filter(None, (row["abbr"], row["alt_abbr"])):
            lex.abbreviations["domestic"].setdefault(char, []).append(
                Target(row["name"], "province", short, CHINA))
    by_name = {r.targets[0].place: r.targets[0] for readings in lex.forms.values() for r in readings
               if r.form == "full" and len(r.targets) == 1}
    for row in read_table("place_abbreviations.csv").itertuples():
        targets = [by_name[name] for name in row.place.split("|")]
        lex.abbreviations[row.system].setdefault(row.char, []).extend(targets)
    lex.compounds = {row.compound: [[by_name[name]] for name in row.places.split("|")]
                     for row in read_table("place_compounds.csv").itertuples()}
    # a compound with a character that abbreviates nothing alone (江 of 江浙沪: 湘江 is a river) is a name of its own
    alone = {ch for table in lex.abbreviations.values() for ch in table}
    for compound, slots in lex.compounds.items():
        if not set(compound) <= alone:
            lex.add(compound, Reading(tuple(slot[0] for slot in slots), "abbreviation", RANK["province"]))

    # A part of a province: its abbreviation and a direction (湘西北, 川西, 鲁西南), unless that is a name already
    # (黔东南 is a prefecture, 陕西 a province) or the character also abbreviates a country (澳东北部: Australia).
    for char, targets in lex.abbreviations["domestic"].items():
        if targets[0].level != "province" or char in lex.abbreviations["foreign"] or char in lex.ambiguous_chars:
            continue
        for direction in words.get("direction", ()):
            if char + direction not in lex.forms:
                lex.add(char + direction, Reading(tuple(targets[:1]), "part", RANK["province"],
                                                  f"a part of {targets[0].place}"))

    for readings in lex.forms.values():
        readings.sort(key=lambda r: r.rank)
    return lex


def name_forms() -> pd.DataFrame:
    """Every name the matcher knows, one row per (surface, place): the table a naive search would use.

    Columns: surface, place, level, province, country, form.

    >>> forms = name_forms()
    >>> sorted(forms.loc[forms["surface"] == "海南", "place"])
    ['海南省']
    """
    rows = [{"surface": surface, "place": t.place, "level": t.level, "province": t.province,
             "country": t.country, "form": r.form}
            for surface, readings in lexicon().forms.items() for r in readings for t in r.targets]
    return pd.DataFrame(rows, columns=["surface", "place", "level", "province", "country", "form"])


def _is_nounish(tag: str) -> bool:
    """jieba tags of nouns and noun-like words: nouns, places, times, directions (两岸), noun-verbs."""
    return tag.startswith("n") or tag in ("f", "s", "t", "vn", "j", "b", "an")


# --- matching ----------------------------------------------------------------------------

@dataclass
class _Match:
    """One name found in the text; ``slots`` holds, per place it names, the candidate places."""

    start: int
    end: int
    form: str
    slots: list[list[Target]]  # one slot per place named (two for 川渝); >1 candidate = unresolved
    note: str = ""
    kind: str = "place"
    slot_notes: dict[int, str] = field(default_factory=dict)  # "ambiguous: ..." for one slot
    chained: bool = False  # a short name right after its province or prefecture: as sure as a full name
    named_after: bool = False  # a short name opening a thing's name (上海|大戏院, 兰州|拉面): it settles nothing

    @property
    def resolved(self) -> list[Target]:
        return [slot[0] for slot in self.slots if len(slot) == 1]


def _start(m: _Match) -> int:
    return m.start


def _named(matches: list[_Match]) -> set[str]:
    """What a text settles: the provinces and countries of its places, and the places named in full."""
    settled: set[str] = set()
    for m in matches:
        if m.named_after:
            continue   # 兰州拉面 may be anywhere: it settles nothing
        full = m.form == "full" or m.chained
        for slot in m.slots:
            if len(slot) == 1:   # (m.resolved, without making a list)
                settled.add(slot[0].province or slot[0].country)
                if full:
                    settled.add(slot[0].place)
    return settled


def _exception_positions(t: Text) -> frozenset[int]:
    """Every position inside a word that contains a place but does not name it (文山会海; not 京东 in
    北京东城): a set, so that a name is checked against it in the time of its own length."""
    positions: set[int] = set()
    words = context_words().get("not_a_place", frozenset())
    if _any_of(words).search(t.text) is None:   # one pass for most texts, not one per word
        return frozenset()
    for word in words:
        if word in t.text:
            for m in re.finditer(re.escape(word), t.text):
                if t.boundary(m.start()):
                    positions.update(range(m.start(), m.end()))
    return frozenset(positions)


@lru_cache(maxsize=4)
def _any_of(words: frozenset[str]) -> re.Pattern:
    """A regular expression matching any of ``words`` (none if there are none)."""
    return re.compile(_alternatives(words) or "(?!)")


def _alternatives(words) -> str:
    """A regular expression matching any of ``words``, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _overlaps(start: int, end: int, blocked: frozenset[int]) -> bool:
    """Does ``text[start:end]`` touch a position of :func:`_exception_positions`?"""
    return not blocked.isdisjoint(range(start, end))


# --- the context rules ---------------------------------------------------------------------
# The decision procedure is the table helpers/data/place_rules.csv, read by one function (_Matcher._decide); each
# test it names is an entry of TESTS (below the small functions), of the matcher, the candidate and the words of
# its roles.

#: What the column ``when`` may ask of a candidate, for each question (the candidate's ``profile`` holds the
#: values, in this order); the answer to ``why`` may be asked too.
_READING = ("needs", "form", "level", "ordinary", "whole_country")
ASKED = {"why": _READING, "refuse": _READING, "run": ("system",), "licence": ("system",), "single": (),
         "kind": ("inside", "goes_on")}


@dataclass(frozen=True)
class Rule:
    """A row of place_rules.csv: for ``question``, where ``when`` holds and ``test`` holds, the answer is
    ``verdict``. ``when``: (attribute, equal, values) conditions, all of which must hold."""

    question: str
    rule: str
    when: tuple[tuple[str, bool, frozenset[str]], ...]
    test: str
    reads: tuple[str, ...]
    verdict: str

    def applies(self, attributes: dict[str, str]) -> bool:
        return all((str(attributes.get(name)) in values) == equal for name, equal, values in self.when)


def _condition(text: str) -> tuple[str, bool, frozenset[str]]:
    """``level=county|prefecture`` -> ('level', True, {county, prefecture}); ``needs!=`` -> ('needs', False, {''})."""
    name, equal, values = re.fullmatch(r"\s*(\w+)\s*(!?=)\s*(.*?)\s*", text).groups()
    return name, equal == "=", frozenset(values.split("|"))


@lru_cache(maxsize=1)
def place_rules() -> tuple[Rule, ...]:
    """The rows of ``place_rules.csv``, in order (see that file's header for what each column means)."""
    return tuple(Rule(row["question"], row["rule"], tuple(_condition(c) for c in filter(None, row["when"].split("&"))),
                      row["test"], tuple(row["reads"].split()), row["verdict"])
                 for row in read_rows("place_rules.csv"))


class Words(frozenset):
    """The words of a rule's roles: a set, and as ``prefixes`` a tuple for ``str.startswith``."""

    def __init__(self, words=()):
        self.prefixes = tuple(sorted(self))


class _Candidate:
    """What a rule looks at: ``text[start:end]``, the places ``found`` before it (for ``kind``: every place found)
    and the values its ``profile`` gives the column ``when``; for a name, its ``reading``, the places the article
    ``named`` and (once asked) ``why`` it may count; for a run, the positions ``blocked`` by words that are not
    places; for a place found, where its chain of places ends (``after``)."""

    __slots__ = ("t", "text", "start", "end", "found", "named", "reading", "profile", "blocked", "before", "why",
                 "after", "_token")

    # (called with positional arguments only: keywords make the call twice as slow, and it is made at every name)
    def __init__(self, t: Text, start: int, end: int, profile: tuple, found=(), blocked=(), named=(), reading=None):
        self.t = t
        self.text = t.text
        self.start = start
        self.end = end
        self.found = found
        self.named = named
        self.reading = reading
        self.profile = profile  # the values of what the column ``when`` may ask (ASKED; Reading.profile for a name)
        self.blocked = blocked
        self.why = None
        self.before = found[-1] if found and found[-1].end == start else None  # a place right before
        self._token = None

    def token(self):
        """The token of the segmentation that covers ``start`` (looked up once)."""
        if self._token is None:
            self._token = self.t.token_at(self.start)
        return self._token


@lru_cache(maxsize=1)
def _word_tags() -> dict[str, str]:
    """The tags of the segmentation of record's dictionary (one table for the process: asked at every name)."""
    return posseg_tokenizer().word_tag_tab


def after_its_parent(m, c, words) -> bool:
    """Right after a place of its province and, for a county, of its prefecture (山西大同, 重庆江北); a county is
    never right after its parent after another county (阜康市|天山天池: the mountains, not 天山区)."""
    target = c.reading.targets[0]
    if c.before is None or not any(x.province == target.province for x in c.before.resolved):
        return False
    if target.level == "county" and any(x.level == "county" for x in c.before.resolved):
        return False
    parent = [x.place for x in c.before.resolved if x.level == "prefecture"]
    return target.level != "county" or not parent or parent[0] == _prefecture_of(target)


#: the number before a contract section's mark (六安|8|标)
NUMBER = re.compile(r"[0-9０-９]+")

#: The most characters of a part of a dotted name around a place inside it.
DOTTED_PART_CHARS = 4
DOT_BEFORE = re.compile(r"[·•]([\u4e00-\u9fff]{1,%d})$" % DOTTED_PART_CHARS)
DOT_AFTER = re.compile(r"([\u4e00-\u9fff]{1,%d})[·•]" % DOTTED_PART_CHARS)


def in_a_list(m, c, words) -> bool:
    """A list separator between the name and a Chinese place of its level that needs no context: one found
    right before (陇南、天水), or a name right after (包头至银川; 东城和朝阳: then 朝阳 is a district)."""
    text, level, last = c.text, c.reading.targets[0].level, c.found[-1] if c.found else None
    for separator in words.prefixes:
        at = c.start - len(separator)
        if last is not None and last.end == at and text.startswith(separator, at) \
                and any(x.country == CHINA and x.level == level for x in last.resolved):
            return True
        if text.startswith(separator, c.end) and m._sure_place_at(c.t, c.end + len(separator), level):
            return True
    return False


#: a county's short name that jieba's dictionary counts this often is a word of its own too (江南 4,986, 古城 1,664,
#: 海港 420 times; 嘉定 196, 满洲里 38): in a list it needs a name that needs no context beside it
LISTED_NAME_FREQUENCY = 300


def in_a_list_of_names(m, c, words) -> bool:
    """A list separator, then a county's short name, both names no common word and rare in jieba's dictionary
    (:data:`LISTED_NAME_FREQUENCY`): 满洲里、珲春, two county-level cities, stand for each other (the name after
    is then read by :func:`in_a_list`); 江南、江汉 are regions."""
    text = c.text
    if not text.startswith(words.prefixes, c.end):   # most names stand in no list: asked first
        return False
    return _jieba_frequencies().get(text[c.start:c.end], 0) < LISTED_NAME_FREQUENCY and any(
        text.startswith(separator, c.end) and m._county_name_at(c.t, c.end + len(separator))
        for separator in words.prefixes)


def listed_among_things(m, c, words) -> bool:
    """A list separator between the name and a word that ends in the name's last character and holds no place's
    name: the name is one more of those things (湖石、黄石、宣石: a garden stone, not 黄石市; 鄂州、黄石 and
    防城港与钦州港 stay)."""
    text, last = c.text, c.text[c.end - 1]
    if text[c.start - 1:c.start] not in words and text[c.end:c.end + 1] not in words:
        return False   # most names stand in no list (the separators are one character each)
    for separator in words.prefixes:
        for before, at in ((True, c.start - len(separator) - 1), (False, c.end + len(separator))):
            if not text.startswith(separator, c.start - len(separator) if before else c.end):
                continue
            token = c.t.token_at(at)
            word = token.word if token is not None else ""
            if len(word) >= 2 and word[-1] == last and not any(
                    word[i:j] in m.lex.forms for i in range(len(word) - 1) for j in range(i + 2, len(word) + 1)):
                return True
    return False


def after_a_foreign_country(m, c, words) -> bool:
    """Right after a foreign country or city: the place of that country that shares the name (韩国丽水, 越南太原,
    首尔龙山区)."""
    before = c.before.resolved if c.before is not None else ()
    return bool(before) and all(x.level in ("country", "city") and x.country != CHINA for x in before)


def in_an_epithet(m, c, words) -> bool:
    """A foreign country or city right after one of ``words`` (东方, 东方小): a Chinese city's epithet by
    likeness, not the place (哈尔滨, “东方莫斯科”“东方小巴黎”; 苏州, 东方威尼斯); 东方 anywhere else
    (东方航空开通…至莫斯科) leaves it."""
    return c.reading.targets[0].country != CHINA and c.text.endswith(tuple(words), 0, c.start)


def after_a_place_of_another_province(m, c, words) -> bool:
    """Right after a Chinese place of another province, nothing between: a word about that place, not the place
    of another province it spells (凤凰|古城区: the old town of 凤凰, in 湖南; not 丽江's 古城区, in 云南)."""
    target = c.reading.targets[0]
    before = c.before.resolved if c.before is not None else ()
    return bool(before) and target.country == CHINA and bool(target.province) and all(
        x.country == CHINA and x.province and x.province != target.province for x in before)


#: the characters of a direction that may close a province's name (河北, 湖南, 江西, 山东)
DIRECTION_CHARS = frozenset("东南西北")


def located(m, c, words) -> bool:
    """Between a word of being or going somewhere and the end of a clause (在包头，, 赶到海拉尔。)."""
    text = c.text
    return text.startswith(m.clause_ends, c.end) and any(text.startswith(w, c.start - len(w)) for w in m.locatives)


def located_doing(m, c, words) -> bool:
    """Between a word of being or going somewhere and a verb of working, living or travelling there (``words``:
    在正定工作时, 赴景宁旅游)."""
    text = c.text
    return text.startswith(words.prefixes, c.end) and any(text.startswith(w, c.start - len(w)) for w in m.locatives)


def located_acting(m, c, words) -> bool:
    """Right after a word of being or going somewhere that is a word of its own, and right before a verb (在开封投资,
    在海口成立公司): the name is where something is done; a word's other reading does not go on with a verb. Not
    after 在 inside another word (正在|开封: unsealing), nor before a noun (在红河两岸), nor before a verb of relations
    (``words``: 在巴中建交50周年之际 is Brazil and China)."""
    before, after = c.t.token_at(c.start - 1), c.t.token_at(c.end)
    return before is not None and before.end == c.start and before.word in m.locatives \
        and after is not None and after.start == c.end and after.tag.startswith("v") and after.word not in words


def part_of_the_place_before(m, c, words) -> bool:
    """A region named by its direction right after a place (日本中部, 辽宁西部, 西北地区东部, 广东中东部), with
    only directions between; not after China (中国西部 is the region), nor a bare direction after a region
    (华北东北 is a list of two regions)."""
    if not c.found or not DIRECTION_GAP.fullmatch(c.text, c.found[-1].end, c.start):
        return False
    owner, surface = c.found[-1].resolved, c.text[c.start:c.end]
    return bool(owner) and DIRECTION.fullmatch(surface) is not None and all(x.place != CHINA for x in owner) \
        and ("部" in surface or all(x.level != "macro-region" for x in owner))


def part_of_a_feature_before(m, c, words) -> bool:
    """A bare direction right after the name of a landmark, a settlement or a border area that is no place found
    (``words``: its last character): 爨岭庙|西南的山坡 (south-west of a temple), 县城|东北10公里, 冀热边|西部四个
    联合县 are parts of them, not China's regions (推动|西部大开发, 我国|西南 keep theirs)."""
    start = c.start
    return start > 0 and c.text[start - 1] in words and DIRECTION.fullmatch(c.text, start, c.end) is not None \
        and not (c.found and c.found[-1].end == start)


def listed_after_a_part(m, c, words) -> bool:
    """A direction ending in 部 right after a list separator and another such direction that is not a region
    found (黎巴嫩南部、东部, 加沙地带北部和中部: parts of one place); a list of China's regions begins with one
    found (东部、中部、西部)."""
    text, start = c.text, c.start
    if "部" not in text[start:c.end]:
        return False
    for separator in words.prefixes:
        at = start - len(separator)
        if at > 0 and text.startswith(separator, at) and PART.search(text, max(0, at - 4), at) is not None \
                and not (c.found and c.found[-1].end == at):
            return True
    return False


def closes_a_name(m, c, words) -> bool:
    """No place right before, and the first character ends a place's name jieba's dictionary has that began
    after the last place found: 内华达|州 (Nevada), 大别山|东麓."""
    if c.before is not None:
        return False
    floor, tags, start, text = c.found[-1].end if c.found else 0, _word_tags(), c.start, c.text
    for n in CLOSED_NAME_LENGTHS:
        if start + 1 - n >= floor and tags.get(text[start + 1 - n:start + 1]) in CLOSING_TAGS:
            return True
    return False


def inside_a_countys_name(m, c, words) -> bool:
    """Its first character ends a county's short name that begins one or two characters before it, in a province
    the text has named or whose places it found before (平|鲁北|坪 after 朔州: 平鲁 of 朔州, not north Shandong)."""
    text, provinces = c.text, set(c.named) | {x.province for f in c.found for x in f.resolved}
    for begin in range(max(0, c.start - 2), c.start):
        for size in m._prefixes().get(text[begin:begin + 2], ()):
            if c.start < begin + size <= c.end and any(
                    r.form == "short" and r.targets[0].level == "county" and r.targets[0].province in provinces
                    for r in m.lex.forms.get(text[begin:begin + size], ())):
                return True
    return False


def _stands_alone(m, c, own_suffixes) -> bool:
    """A county's or district's full name, suffix included (南海区), naming one place in the gazetteer: it
    counts where jieba's cut begins it inside a word (以南|海区), unless that word is a place itself
    (中山|城区 is the town of 中山, not 山城区)."""
    surface, reading = c.text[c.start:c.end], c.reading
    if not (reading.form == "full" and surface.endswith(own_suffixes.prefixes) and len(surface) >= 3):
        return False
    token = c.token()
    return len(m.lex.forms[surface]) == 1 and len(reading.targets) == 1 and reading.targets[0].level == "county" \
        and token is not None and token.tag != "ns" and token.word not in m.lex.forms


def _word_it_closes(c) -> Token | None:
    """The word of jieba's that begins before the name and ends with it, where no place was found before it."""
    if c.before is not None or c.t.is_start(c.start):
        return None   # (most names begin a word: then no token is looked up)
    token = c.token()
    return token if token is not None and token.end == c.end else None


def closes_another_name(m, c, words) -> bool:
    """The name closes a place-name word of jieba's that begins before it, with no place found there: that word
    names another county, a former one (江宁县 holds 宁县 of 甘肃, 川沙县 沙县 of 福建); not 吉林|长春, 湖南|长沙市."""
    token = _word_it_closes(c)
    return token is not None and token.tag in NAME_TAGS


def closes_a_known_persons_name(m, c, words) -> bool:
    """The name closes a person's name of jieba's own dictionary, with no place found before it (李长春, 刘海南,
    孙中山: a person, not 长春, 海南 or 中山); a name jieba's model only guessed (向雄安 in 向雄安汇聚) is not asked."""
    token = _word_it_closes(c)
    return token is not None and token.tag.startswith("nr") and _jieba_tags().get(token.word, "").startswith("nr")


def begins_a_word(m, c, words) -> bool:
    """Right after a place, or where a word begins, or a full name that stands alone (:func:`_stands_alone`)."""
    return c.before is not None or c.t.boundary(c.start) or _stands_alone(m, c, words)


def ends_a_word(m, c, words) -> bool:
    """Where a word ends, before an office or a place's head inside the word (毕节市|委), a part of a province
    before a direction's tail or the word of its land, waters or area (湘|西北地区, 川西|平原, 辽东|湾), or a full
    name inside a word no dictionary has, which only jieba's model guessed (罗江区|略坪镇 cut as 罗江/区略/坪镇), or
    a county's full name whose last character opens a word for its residents (丹阳|市民: the ``resident`` role;
    a prefecture's short name counts alone: 长春|市民 stays 长春). A part does not end where only the dictionary's
    words inside a name jieba knows end (苏东|坡 is a poet, 苏东坡)."""
    t, end, reading = c.t, c.end, c.reading
    if reading is not None and reading.form == "part" and not t.is_start(end):
        return t.rest_of_token(end).startswith(m.heads_in_token + m.direction_tails)
    if t.boundary(end) or t.rest_of_token(end).startswith(m.heads_in_token):
        return True
    if reading is None:
        return False
    if reading.form == "part":
        return t.rest_of_token(end).startswith(m.direction_tails)
    if reading.form == "full" and reading.targets[0].level == "county" and _opens_a_residents_word(m, t, end):
        return True
    return reading.form in ("full", "typo") and t.token_at(end).word not in _word_tags()


def _opens_a_residents_word(m, t, end: int) -> bool:
    """The last character of a name ending at ``end`` opens a word of the ``resident`` role (丹阳|市民)."""
    token = t.token_at(end - 1)
    return token is not None and token.start == end - 1 and token.word in m.residents


#: the most characters between a part in 中 and the head that makes it a pair of countries (津中全面战略|合作)
PAIR_GAP = 4
#: jieba's tags of the words before which a name cut in two by the segmentation is still read: a preposition,
#: a conjunction or punctuation (除|上|海外 is 除上海外, "except Shanghai")
FUNCTION_TAGS = ("p", "c", "x")


def across_two_words(m, c, words) -> bool:
    """The name ends inside a word that begins inside it, and its first character belongs to the word before: it
    ends a name jieba glued together (大运|河|南端: the canal's southern end), or it is a direction completing a
    content word before it (端|上|海外餐桌, 世界|上|海拔). Not a place jieba cut in two otherwise (湖|南岳|阳 is
    湖南岳阳, 山|西南部 is 山西南部), nor after a preposition or a comma (除|上|海外 is 除上海外)."""
    t, start, end = c.t, c.start, c.end
    if start == 0 or t.boundary(end) or t.token_at(end - 1).start <= start:
        return False
    first = t.token_at(start)
    return first.start < start or (first.end == start + 1 and first.tag == "f"
                                   and not t.token_at(start - 1).tag.startswith(FUNCTION_TAGS))


def village_follows(m, c, words) -> bool:
    """A village's, town's or neighbourhood's word follows (西黄山村, 闽宁|镇): as a word of its own, or opening a
    word no dictionary has, which only jieba's model guessed (闽宁|镇立兰|酒庄: a winery of the town 闽宁镇)."""
    if c.text[c.end:c.end + 1] not in m.village_initials:
        return False
    word = c.t.next_word(c.end)
    return word in m.village_suffixes or (word[:1] in m.village_suffixes and word not in _word_tags())


#: jieba's tags of a common noun: a province's name whose last character begins one is cut in two (新|疆域)
COMMON_NOUN_TAGS = frozenset({"n"})


def last_begins_a_noun(m, c, words) -> bool:
    """The name's last character begins a common noun of jieba's that goes on after it (极地新|疆域: new
    frontiers, not Xinjiang); not a place or a direction (湖|南岳|阳 is 湖南岳阳, 山|东南部 is 山东南部)."""
    token = c.t.token_at(c.end - 1)
    return c.start < token.start and token.end > c.end and token.tag in COMMON_NOUN_TAGS


#: the most characters between a name and the 《 or 》 of a title around it
TITLE_CHARS = 40
TRAILING_BRACKET = re.compile(r"(?:[（(][^（）()]*[）)]|[·•]\d+)+$")   # （负面清单）（2024版）, ·2024
#: the most characters between a word naming a press article (文章, 题为) and the 《 of its title
ARTICLE_WORD_GAP = 8


def in_a_work_title(m, c, words) -> bool:
    """Inside a title in 《》 that is not a document's (``words``: what a document's title ends in, a trailing
    （…） aside) nor a press article's (after a word of the ``article_word`` role): 《邯郸梦》 is a play,
    《南京照相馆》 a film; 《赣州革命老区…建设方案》 is a plan for 赣州."""
    text = c.text
    opening = text.rfind("《", max(0, c.start - TITLE_CHARS), c.start)
    if opening < 0 or "》" in text[opening:c.start]:
        return False
    closing = text.find("》", c.end, c.end + TITLE_CHARS)
    if closing < 0 or "《" in text[c.end:closing]:
        return False
    if any(w in text[max(0, opening - ARTICLE_WORD_GAP):opening] for w in m.article_words):
        return False   # 发表评论员文章《…澳门特色…》: an article's title names its subject
    return not TRAILING_BRACKET.sub("", text[opening + 1:closing]).endswith(words.prefixes)


def person_named(m, c, words) -> bool:
    """A surname of its own before the name, and a person's context around: 书记王海南说, 张河南表示. The
    context before is looked for in the :data:`PERSON_CONTEXT_CHARS` characters before the surname (a title
    and a list of names, 记者刘江西、王海南, or a list of two names or more, 曾庆红、吴官正、李长春). A person the
    article has introduced so elsewhere (:meth:`_Matcher.persons`, in the context) needs no context again."""
    t, start = c.t, c.start
    if start == 0 or c.text[start - 1] not in m.surnames or not t.is_start(start - 1):
        return False
    return bool(c.text[start - 1:c.end] in c.named or _introduced_as_a_person(m, c.text, start - 1, c.end))


def opens_a_persons_name(m, c, words) -> bool:
    """The name opens a three-character person's name: its first character is a surname, one character follows
    that is no unit's or place's (``words``: 代表江西队。 names 江西's team), then the name ends (a mark, 和 or 、,
    or a verb or title that says it is a person's), and a title comes right before it, not a list's 、: 被服厂
    厂长安顺福。, 村主任吉林生表示 (the place's name is the person's surname and first given character)."""
    text, start, end = c.text, c.start, c.end
    if text[start] not in m.surnames or end >= len(text) or text[end] in words or not HAN.match(text, end) \
            or not c.t.is_start(start):
        return False   # (长江西进: 江西 begins inside 长江, after no title)
    after = end + 1
    if after < len(text) and HAN.match(text, after) and text[after] not in NAME_JOINERS \
            and not m.person_after.match(text, after):
        return False
    # a title right before it, not a list (新疆、甘肃、江西等9省区 is a list of provinces, not of persons)
    return start > 0 and text[start - 1] != "、" \
        and m.person_before.search(text, max(0, start - PERSON_CONTEXT_CHARS), start) is not None


#: what may join a person's name to the next one's (李凤善和安顺福, 安顺福、李凤善)
NAME_JOINERS = frozenset("和与及、")


def inside_a_persons_name(m, c, words) -> bool:
    """The name's first character ends a person's name the article introduced (:meth:`_Matcher.persons`, in the
    context): 祁伟成坦言… 祁伟成都会把… holds no 成都."""
    text, start = c.text, c.start
    return start >= 2 and text[start - 2] in m.surnames and text[start - 2:start + 1] in c.named


def _occurrences(texts: list[str], name: str):
    """(text, start) for every occurrence of ``name`` in ``texts``, left to right, none overlapping another."""
    for text in texts:
        at = text.find(name)
        while at >= 0:
            yield text, at
            at = text.find(name, at + len(name))


def _three_before(text: str, end: int) -> str:
    """The three characters before ``end``, spaces before it skipped (祁伟成 in 祁伟成 坦言)."""
    while end and text[end - 1].isspace():
        end -= 1
    return text[max(0, end - 3):end]


def _introduced_as_a_person(m, text: str, start: int, end: int) -> bool:
    """Is the name ``text[start:end]`` (a surname first) said, listed or titled as a person's: 王海南说,
    记者刘江西, 65岁的车泰安, or right after a quotation, the one saying it further on in the clause
    (“……”汪桂林擦着操作台回忆)?"""
    return bool(m.person_after.match(text, end)
                or m.person_before.search(text, max(0, start - PERSON_CONTEXT_CHARS), start)
                or start and text[start - 1] == "”" and m.said_in_the_clause.match(text, end))


def inside_a_dotted_name(m, c, words) -> bool:
    """Inside a part of a foreign name written with ·: characters of transliteration stand between the name and
    the · (普|拉萨|德·丹格尔, 比曼·普|拉萨|德), or stand right before and right after it in such a part (布|威海|丽且姆·
    图尔荪: a Uyghur name's 且 is in no list). A place that is a whole part counts (中国·北方), and so does one
    before a word that is not a name (地处昆明的云甘美·悦养园)."""
    text, letters = c.text, _transliteration_chars()
    if "·" not in text and "•" not in text:
        return False   # (most texts have no dotted name)
    before = DOT_BEFORE.search(text, max(0, c.start - DOTTED_PART_CHARS), c.start)
    after = DOT_AFTER.match(text, c.end)
    if not (before or after):
        return False
    inside = c.start > 0 and text[c.start - 1] in letters and text[c.end:c.end + 1] in letters
    return bool(inside or before and set(before.group(1)) <= letters or after and set(after.group(1)) <= letters)


@lru_cache(maxsize=1)
def _transliteration_chars() -> frozenset[str]:
    lines = (DATA / "transliteration_chars.txt").read_text(encoding="utf-8").splitlines()
    return frozenset("".join(line.strip() for line in lines if not line.startswith("#")))


def opens_an_organisation(m, c, words) -> bool:
    """The name opens a word of jieba's dictionary that is an organisation's (敦煌研究院/nt, 西昌卫星发射中心/nt,
    庐山管理局/nt), whose rest is a word of two characters or more ending as an organisation's does (``words``:
    研究院, 发射中心; not 新乐|队, 宁国|府), and jieba's dictionary reads the name itself as a place (敦煌/ns; not
    友谊/nr of 友谊医院, 兴业 of 兴业银行); not a name other places share (南昌大学: 南昌县 or the city). The
    organisation is there, as one named after its prefecture is (成都市图书馆); not a unit often named after its
    street (瑞金医院 of 上海: the role street_unit), nor a society named after the organisation (黄埔军校同学会 in
    北京: the role association)."""
    token, surface = c.token(), c.text[c.start:c.end]
    if not (token is not None and token.start == c.start and token.tag == "nt" and token.end - c.end >= 2
            and token.word.endswith(words.prefixes) and _jieba_tags().get(surface) == "ns"
            and len(m.lex.forms[surface]) == 1 and not token.word.endswith(tuple(m.words.get("street_unit", ())))):
        return False
    following = c.t.token_at(token.end)
    return following is None or following.word not in m.words.get("association", ())


#: the roles of place_context.csv that name a thing after a place (上海大戏院, 北京饭店, 兰州拉面馆, 上海牌)
THING_ROLES = ("venue", "building", "eatery", "dish", "brand")
#: what may close the word of such a thing where the text's word goes on (米粉|店, 烩面|馆; not 酒店|业, the trade)
THING_SHOPS = ("", "店", "馆")


def _thing_after(t: Text, end: int, words) -> bool:
    """Does a word of ``words`` (a venue, building, eatery, dish or brand) follow ``end``, ending where a word of the
    text ends or before a shop's character (重庆|火锅|店里, 桂林|米粉店; not 上海|酒店业)?"""
    text = t.text
    for word in words.prefixes:
        if text.startswith(word, end):
            after = end + len(word)
            if t.is_start(after) or t.rest_of_token(after) in THING_SHOPS:
                return True
    return False


#: what ends a sentence: the sentence around a thing named after a place (上海|大戏院) is the first that may place it
SENTENCE_ENDS = "。！？；!?\n"


def placed_elsewhere(m, c, words) -> bool:
    """A venue, building, eatery, dish or brand named after the place follows its name (``words``: 上海|大戏院,
    北京|饭店, 兰州|拉面馆, 重庆|火锅), and the text places it elsewhere, in another province or abroad. Its
    sentence first: one naming another place and not the place's province places it there (在扬州，上海大戏院…;
    他在深圳开了一家兰州拉面馆; 重庆小面在杭州很受欢迎), but for where someone or something comes from (the
    role ``origin``: 北京饭店迎来了来自广东的游客; 他从广州来到成都，品尝了重庆火锅 is in 成都). A sentence
    naming no place leaves it to the rest of the paragraph and the places settled around the text (its article:
    ``Text.context``) taken together: the place's province named there keeps it (闭幕式在呼伦贝尔大剧院举行 in
    a report from 内蒙古 that names 辽宁, the next host, too; 柳州螺蛳粉 in an article on 柳州), another place
    without it does not (广陵路316号的“上海大戏院” in an article on 扬州). Nothing said either way keeps it
    (兰州拉面走向全国). The names of such things place nothing themselves."""
    if m._looking_around or not _thing_after(c.t, c.end, words):
        return False
    own, text = c.reading.targets[0].province, c.text
    around = m._places_around(c.t, c.named)
    begin = max(text.rfind(end, 0, c.start) for end in SENTENCE_ENDS) + 1
    ends = [at for at in (text.find(end, c.end) for end in SENTENCE_ENDS) if at >= 0]
    end = min(ends, default=len(text))
    sentence = {name for at, name, origin in around if begin <= at < end and not origin}
    if sentence:
        return own not in sentence
    if not c.t.context:
        return False   # no article around it (the first reading of a paragraph: read again with the article's places)
    named = {name for _, name, _ in around} | c.t.context
    return own not in named and any(m._another_province_or_country(name, own) for name in named)


#: jieba's tags of a lone character that its dictionary reads as a piece of a name, no word of its own (捷/ns, 华/ns,
#: 鑫/nr, 恒/nr, 粤/j): glued to a place's name between another place and a unit, a piece of a firm's trade name
LONE_NAME_TAGS = ("nr", "ns", "nz", "nt", "j")


def _lone_name_character(t: Text, start: int, words) -> bool:
    """Is the token at ``start`` one character that jieba's dictionary reads as a piece of a name, not an
    organisation's last character (``words``: 南昌局|龙岩车务段, the bureau's depot)?"""
    token = t.token_at(start)
    return token is not None and token.start == start and token.end == start + 1 and token.tag in LONE_NAME_TAGS \
        and token.word not in words


def in_a_trade_name(m, c, words) -> bool:
    """The name is glued to a lone character that is a piece of a name (:func:`_lone_name_character`) right after a
    place found of another province (成都|捷|安顺), and a unit follows within a few nouns (国际|物流|有限公司): a
    firm's name is its seat, its trade name (字号) and its trade and form, and the place's name is inside the trade
    name (成都捷安顺国际物流有限公司 is a firm of 成都, in 四川, not of 安顺, in 贵州). Not a word of its own between
    (南昌局|龙岩车务段), nor a name right after the place (山东临沂港国际物流有限公司: 临沂港 is 临沂's port)."""
    t, start = c.t, c.start
    if not (start >= 2 and c.found and c.found[-1].end == start - 1 and _lone_name_character(t, start - 1, words)):
        return False
    own, before = c.reading.targets[0].province, c.found[-1].resolved
    return bool(before) and all(x.province and x.province != own for x in before) \
        and _unit_within_nouns(m, t, c.end, titles=False)


def whole_token(m, c, words) -> bool:
    token = c.token()
    return token.start == c.start and token.end == c.end


#: how many words after a county's short name may name its product (浦城|桂花|红茶, 松溪|百年|蔗|红糖)
PRODUCT_WORDS = 3


def product_follows(m, c, words) -> bool:
    """A product (安溪铁观音; within :data:`PRODUCT_WORDS` nouns: 浦城桂花红茶) or one of a county's organs (县委,
    政府) right after the name; not any organisation: 方正出版社 and 同安国民议会 are not in 方正县 or 同安区."""
    token = c.t.token_at(c.end)
    if token is None or not c.t.is_start(c.end):
        return False
    if token.word in m.organs:
        return True
    for token in c.t.tokens_from(c.end, PRODUCT_WORDS):
        if token.word.endswith(m.products):
            return True
        if not token.tag.startswith(("n", "m")):   # only nouns before it (吉利|拿出|两瓶|酒: a person's act)
            return False
    return False


def noun_follows(m, c, words) -> bool:
    """A noun after the name (红河两岸: 红河 is the river)."""
    following = c.t.token_at(c.end)
    return following is not None and c.t.is_start(c.end) and _is_nounish(following.tag)


def a_locative_after_a_noun(m, c, words) -> bool:
    """The run opens with a locative (``words``: 中) that closes a noun before it, and 的 follows the run: 人生中|新的
    起点 (a new start in life) is no China–Singapore; after a mark, a verb or a time (，中新的发展, 推动中新的合作) the
    run is a pair."""
    start = c.start
    if start == 0 or c.text[start] not in words or not c.text.startswith("的", c.end):
        return False
    before = c.t.token_at(start - 1)
    return before is not None and before.end == start and (before.tag.startswith("n") or before.tag == "vn") \
        and before.tag != "nr"


def run_ends(m, c, words) -> bool:
    """Where a word ends, or inside a word of jieba's that goes on with a head (中英|关系 is one word)."""
    return c.t.boundary(c.end) or c.t.rest_of_token(c.end).startswith(words.prefixes)


def last_begins_a_word(m, c, words) -> bool:
    """The last character begins a longer word (深港澳|青少年, 俄中|新时代), unless the rest is a head that makes
    the run a compound (中日|韩三国, 苏浙沪|皖三省: 三国 and 三省 count the places)."""
    token = c.t.token_at(c.end - 1)
    return token is not None and token.start == c.end - 1 and token.end > c.end \
        and not c.text.startswith(words.prefixes, c.end)


def inside_transliteration(m, c, words) -> bool:
    """Inside a word of three characters or more that jieba reads as a transliterated name (哈马德/nrt: a
    person, not 哈 马 德)."""
    token = c.token()
    return token is not None and token.tag == "nrt" and token.end >= c.end and token.end - token.start >= 3


def doubles_a_character(m, c, words) -> bool:
    """One character twice in a row (宁宁 in 曹宁宁: a given name; 京港沪港 is two pairs, and counts)."""
    return any(c.text[i] == c.text[i + 1] for i in range(c.start, c.end - 1))


NUMERALS = frozenset("0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万两几多")


def after_a_number(m, c, words) -> bool:
    """The run opens with a measure word or a day (``words``) right after a number: 25台新电梯, 25日中美会谈."""
    return c.start > 0 and c.text[c.start] in words and c.text[c.start - 1] in NUMERALS


def head_follows(m, c, words) -> bool:
    """A head of compounds right after (川渝两地), or a head of relations up to two characters later (中拉航天合作)."""
    text = c.text
    return text.startswith(m.compound_heads, c.end) or any(text.startswith(m.relation_heads, c.end + k)
                                                           for k in range(3))


def without_china(m, c, words) -> bool:
    return CHINA not in m._places_of(c.text[c.start:c.end])


def place_token(m, c, words) -> bool:
    token = c.token()
    return token.start == c.start and token.end == c.end and token.tag in ("ns", "j")


def title_follows(m, c, words) -> bool:
    following = c.t.token_at(c.end)
    return following is not None and following.word.endswith(words.prefixes)


def name_half_follows(m, c, words) -> bool:
    """The second half of a transliterated name follows: a transliteration (科夫/nrt), or a word of Chinese
    characters no dictionary has (福萨)."""
    following = c.t.token_at(c.end)
    return following is not None and c.t.is_start(c.end) and (
        following.tag == "nrt" or (HAN.fullmatch(following.word) is not None
                                   and following.word not in _word_tags()))


def not_all_places(m, c, words) -> bool:
    """The word it is inside is not covered by the places found (成渝地区双城经济圈). ``found`` is sorted by
    start and bisected, never scanned: a paragraph naming thousands of places is read in linear time."""
    token, found = c.token(), c.found
    inside = found[bisect_left(found, token.start, key=_start):bisect_left(found, token.end, key=_start)]
    return sum(x.end - x.start for x in inside if x.end <= token.end) < token.end - token.start


def organisation_follows(m, c, words) -> bool:
    """An organ, organisation or title within a few nouns (科技厅, 大数据…管理局, 州长)."""
    return _unit_within_nouns(m, c.t, c.after, titles=True)


def unit_follows(m, c, words) -> bool:
    """An organ or organisation, not a title, within a few nouns: the name opens a unit's (新乡|南|太行|旅游|有限公司;
    not 红河|两岸|群众|代表). Asked of a name: the nouns after its end."""
    return _unit_within_nouns(m, c.t, c.end, titles=False)


def _unit_within_nouns(m, t: Text, after: int, titles: bool) -> bool:
    for word, tag in t.pairs_from(after, 6):
        if not (_is_nounish(tag) or word.endswith(("乡", "镇", "村", "社区", "街道"))):
            return False
        if tag == "nt" or word in m.org_words or titles and word.endswith(m.title_endings) \
                or (len(word) >= 3 and word[-1] in m.org_suffixes):
            return True
    return False


#: The context tests place_rules.csv names, each (matcher, candidate, the words of the row's roles) -> True or
#: False: one line here, or a function of a few above.
TESTS = {
    # tests of a name's reading (questions why and refuse)
    "always": lambda m, c, words: True,
    "after_its_parent": after_its_parent,
    "named_by_the_text": lambda m, c, words: c.reading.targets[0].place in c.named,
    "located_acting": located_acting,
    "in_a_list": in_a_list,
    "in_a_list_of_names": in_a_list_of_names,
    "located": located,
    "located_doing": located_doing,
    # 清陶（昆山）能源, 丝绸之路（敦煌）国际文化博览会: a firm's or a fair's seat, in brackets inside its name
    "in_brackets": lambda m, c, words: c.text[c.start - 1:c.start] == "（" and c.text[c.end:c.end + 1] == "）",
    "after_a_foreign_country": after_a_foreign_country,
    "after_a_place_of_another_province": after_a_place_of_another_province,
    "listed_among_things": listed_among_things,
    # 在河北|岸, 湖北|岸边: the name's last character is the direction of a bank (河北岸线 is Hebei's coastline)
    "bank_follows": lambda m, c, words: c.text[c.end - 1] in DIRECTION_CHARS and c.t.next_word(c.end) in words,
    "followed_by": lambda m, c, words: c.text.startswith(words.prefixes, c.end),
    "opens": lambda m, c, words: c.text.startswith(words.prefixes, c.start),   # 凤凰 opens 凤凰古城
    "pair_follows": lambda m, c, words: any(c.text.startswith(words.prefixes, c.end + k) for k in range(PAIR_GAP + 1)),
    "word_follows": lambda m, c, words: (
        c.text.startswith(words.prefixes, c.end) and c.t.next_word(c.end) in words),
    # 六安8标: a number and a contract section's mark after the name (六安标准 stays 六安)
    "section_follows": lambda m, c, words: (
        (digits := NUMBER.match(c.text, c.end)) is not None and c.text.startswith(words.prefixes, digits.end())),
    # 广安|门 (one word of jieba's): the rest of the name's word is one of the row's words
    "rest_of_its_word": lambda m, c, words: c.t.rest_of_token(c.end) in words,
    "part_of_the_place_before": part_of_the_place_before,
    "listed_after_a_part": listed_after_a_part,
    "part_of_a_feature_before": part_of_a_feature_before,
    "in_an_epithet": in_an_epithet,
    "closes_a_name": closes_a_name,
    "inside_a_countys_name": inside_a_countys_name,
    "closes_another_name": closes_another_name,
    "closes_a_known_persons_name": closes_a_known_persons_name,
    "begins_a_word": begins_a_word,
    "ends_a_word": ends_a_word,
    "across_two_words": across_two_words,
    "last_begins_a_noun": last_begins_a_noun,
    "in_a_work_title": in_a_work_title,
    "placed_elsewhere": placed_elsewhere,
    "street_follows": lambda m, c, words: (
        c.text[c.end:c.end + 1] in m.street_initials and m.street.match(c.t.next_word(c.end)) is not None),
    "village_follows": village_follows,
    "person_named": person_named,
    "opens_a_persons_name": opens_a_persons_name,
    "inside_a_persons_name": inside_a_persons_name,
    "opens_an_organisation": opens_an_organisation,
    "in_a_trade_name": in_a_trade_name,
    "whole_token": whole_token,
    "inside_a_dotted_name": inside_a_dotted_name,
    "tagged_as_a_place": lambda m, c, words: c.token().tag == "ns",
    "shared_name": lambda m, c, words: len(m.lex.forms[c.text[c.start:c.end]]) != 1,
    "product_follows": product_follows,
    "noun_follows": noun_follows,
    # tests of a run of abbreviations (questions run, licence, single)
    "begins_at_a_boundary": lambda m, c, words: c.t.boundary(c.start),
    "run_ends": run_ends,
    "inside_not_a_place": lambda m, c, words: _overlaps(c.start, c.end, c.blocked),
    "last_begins_a_word": last_begins_a_word,
    "inside_transliteration": inside_transliteration,
    "doubles_a_character": doubles_a_character,
    "a_locative_after_a_noun": a_locative_after_a_noun,
    "after_a_number": after_a_number,
    "licensed": lambda m, c, words: m._decide("licence", c) == "yes",
    "head_follows": head_follows,
    "country_pair": lambda m, c, words: without_china(m, c, words) and c.text[c.start:c.end] in words,
    "without_china": without_china,
    "three_or_more": lambda m, c, words: c.end - c.start >= 3,
    "place_token": place_token,
    "title_follows": title_follows,
    "name_half_follows": name_half_follows,
    "one_word": lambda m, c, words: c.t.boundary(c.start) and c.t.boundary(c.end),
    # tests of a place found (question kind); ``after``: where its chain of places ends (四川省成都市|发展改革委)
    "not_all_places": not_all_places,
    "office_follows_in_the_word": lambda m, c, words: c.t.rest_of_token(c.after).startswith(words.prefixes),
    "organisation_follows": organisation_follows,
    "unit_follows": unit_follows,
}


def _initials(words) -> frozenset[str] | None:
    """The first characters of ``words`` (None if one is empty: then any character may begin one)."""
    return frozenset(w[0] for w in words) if all(words) else None


#: The tests that can hold only where one of a few characters follows the name, each (matcher, the row's words)
#: -> those characters: ``_decide`` does not call such a test (unless the row negates it) where another character
#: or none follows, which is where most names stand. Each test itself checks that character first, too.
FOLLOWING = {
    "followed_by": lambda m, words: _initials(words),
    "word_follows": lambda m, words: _initials(words),
    "rest_of_its_word": lambda m, words: _initials(words),   # the rest of a word of the text, begun at the end
    "bank_follows": lambda m, words: _initials(words),   # the next word, begun at the end
    "located_doing": lambda m, words: _initials(words),
    "in_a_list_of_names": lambda m, words: _initials(words),
    "located": lambda m, words: _initials(m.clause_ends),
    "street_follows": lambda m, words: m.street_initials,
    "village_follows": lambda m, words: m.village_initials,
    "section_follows": lambda m, words: frozenset("0123456789０１２３４５６７８９"),   # NUMBER
    "in_brackets": lambda m, words: frozenset("）"),
    "placed_elsewhere": lambda m, words: _initials(words),
}


class _Matcher:
    _looking_around = False   # True while placed_elsewhere reads the places of a paragraph (see _places_around)

    def __init__(self, lex: Lexicon | None = None):
        self.lex = lex or lexicon()
        words = context_words()
        self.words = words
        # the words the tests of the rules read in a form of their own (the others take their row's words)
        self.street = re.compile(STREET.pattern.format(
            streets="|".join(sorted(words.get("street", ()), key=len, reverse=True))))
        self.heads_in_token = tuple(words.get("office", frozenset()) | words.get("place_head", frozenset()))
        self.compound_heads = tuple(words.get("compound_head", ()))
        self.relation_heads = tuple(words.get("relation_head", ()))
        # what a street name (中山路) can begin with: before any other character no segmentation is asked for
        self.street_initials = frozenset("东西南北中") | {w[0] for w in words.get("street", ()) if w}
        self.title_endings = tuple(words.get("title", ()))
        self.not_followed_by = tuple(words.get("not_followed_by", ()))  # for tests/test_wordcut.py's plain scan
        self.locatives = tuple(words.get("locative", ()))
        self.clause_ends = tuple(words.get("clause_end", ()))
        self.village_suffixes = words.get("village_suffix", frozenset())
        # what a village suffix begins with: the next word is looked up only after one of these
        self.village_initials = frozenset(w[0] for w in self.village_suffixes if w)
        self.direction_tails = tuple(words.get("direction_tail", ()))
        self.residents = words.get("resident", frozenset())
        self.article_words = tuple(words.get("article_word", ()))
        self.products = tuple(words.get("product", ()))
        self.organs = words.get("office", frozenset()) | {w for w in words.get("org_word", ()) if w.endswith("委")}
        self.org_words, self.org_suffixes = words.get("org_word", frozenset()), words.get("org_suffix", frozenset())
        # a thing named after a place (上海大戏院, 兰州拉面): marks the name, which then settles nothing (_named)
        self.thing_words = Words(w for role in THING_ROLES for w in words.get(role, ()))
        # ... and a school named after a province (北京中学, 河北小学), which may be a village's: a county's is its own
        self.schools = Words(words.get("school", ()))
        self.thing_initials = (_initials(self.thing_words) or frozenset()) | (_initials(self.schools) or frozenset())
        self.origins = tuple(words.get("origin", ()))   # 来自广东的游客: no place where a thing is (placed_elsewhere)
        # 书记王海南说, 记者刘江西、王海南, 王海南、李云南等代表: a surname, a place's short name, a person's context
        # the course's list of surnames (surnames.txt) but for characters that are words before a place (于, 向)
        listed = {w for w in segment.read_list("surnames.txt") if len(w) == 1}
        surnames = "".join(sorted((words.get("surname", frozenset()) | listed) - words.get("not_a_surname", set())))
        before = _alternatives(words.get("person_before", frozenset()) | words.get("title", frozenset()))
        after = _alternatives(words.get("person_after", ()))
        other_person = f"[{surnames}][\u4e00-\u9fff]{{1,2}}"
        self.surnames = frozenset(surnames)
        # a title and names, or a list of at least two names (看望了吴官正、曾庆红、李长春)
        self.person_before = re.compile(f"(?:(?:{before})\\s*(?:{other_person}、)*|(?:{other_person}、){{2,}})$")
        self.person_after = re.compile(f"(?:、{other_person})*\\s*(?:{after})")
        self.said = re.compile(f"(?:{after})")   # (persons(): what may follow a name a place begins inside)
        self.said_in_the_clause = re.compile(f"[^，。；：！？“”]{{0,{SAID_WITHIN_CHARS}}}?(?:{after})")
        self._index_size = -1
        # (question, profile, why, the character after the name or '' for any that no row's test needs: see
        # FOLLOWING) -> its rows that apply
        self._applicable: dict[tuple, tuple] = {}
        self._rows_of_kind: dict[tuple, tuple] = {}  # (question, profile, why) -> its rows, whatever follows
        self._following = frozenset().union(*filter(None, (self._test_of(rule)[3] for rule in place_rules())))

    def __getstate__(self) -> dict:
        # the rows hold the tests themselves: chosen again on use
        return {**self.__dict__, "_applicable": {}, "_rows_of_kind": {}}

    def _prefixes(self) -> dict[str, list[int]]:
        """First two characters of a name -> the lengths of the names that begin so, longest first: the
        scan looks up only the names that can start at a position (rebuilt if the lexicon grew)."""
        if self._index_size != len(self.lex.forms):
            lengths: dict[str, set[int]] = {}
            for surface in self.lex.forms:
                lengths.setdefault(surface[:2], set()).add(len(surface))
            self._prefix_lengths = {prefix: sorted(sizes, reverse=True) for prefix, sizes in lengths.items()}
            # a first character of a name followed by a second character of one: the regex engine skips the
            # rest of the text (nine positions in ten) before a two-character prefix is looked up
            firsts, seconds = ("".join(sorted({prefix[k] for prefix in lengths})) for k in (0, 1))
            self._maybe_prefix = re.compile(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])") if lengths \
                else re.compile("(?!)")
            self._abbreviation_runs = {
                system: re.compile("[" + "".join(re.escape(ch) for ch in sorted(table) if len(ch) == 1) + "]{2,}")
                for system, table in self.lex.abbreviations.items() if table}
            self._abbreviation_chars = frozenset(ch for table in self.lex.abbreviations.values() for ch in table)
            self._index_size = len(self.lex.forms)
        return self._prefix_lengths

    # the rules: place_rules.csv, read by _decide
    def _decide(self, question: str, c: _Candidate) -> str:
        """The verdict of the first row of ``question`` in place_rules.csv that applies to the candidate and
        whose test holds. The rows that apply to a kind of candidate and the character after it are chosen once,
        then looked up: a test that cannot hold with that character (:data:`FOLLOWING`) is not among them."""
        following = c.text[c.end:c.end + 1]
        key = (question, c.profile, c.why, following if following in self._following else "")
        try:
            tests, otherwise = self._applicable[key]
        except KeyError:
            tests, otherwise = self._applicable[key] = self._rows_for(key)
        for test, words, negated, verdict in tests:
            if test(self, c, words) is not negated:
                return verdict
        return otherwise

    def _rows_for(self, key: tuple) -> tuple[tuple, str]:
        """The rows of a question that apply to candidates of this ``key``, as (test, words, negated, verdict)
        up to the first whose test is ``always``, and that row's verdict (no row after it can answer), but for a
        row whose test cannot hold with the character after the name (:data:`FOLLOWING`)."""
        question, profile, why, following = key
        kind = question, profile, why
        if kind not in self._rows_of_kind:
            self._rows_of_kind[kind] = self._rows_applying(question, profile, why)
        rows, otherwise = self._rows_of_kind[kind]
        return tuple(row for row, follows in rows if follows is None or following in follows), otherwise

    def _rows_applying(self, question: str, profile: tuple, why: str | None) -> tuple[tuple, str]:
        """The rows of a question that apply to candidates of this kind, as ((test, words, negated, verdict),
        follows: see :meth:`_test_of`) up to the first whose test is ``always``, and that row's verdict. The rows just
        before it that give its verdict are left out: whether their tests hold or not, that is the answer (a
        county's short name that is also a word never has a product: the rows of ``refuse`` before that one are
        not asked of it)."""
        attributes = {**dict(zip(ASKED[question], profile)), "why": why}
        rows = []
        for rule in place_rules():
            if rule.question == question and rule.applies(attributes):
                if rule.test == "always":
                    while rows and rows[-1][0][3] == rule.verdict:
                        rows.pop()
                    return tuple(rows), rule.verdict
                test, words, negated, follows = self._test_of(rule)
                rows.append(((test, words, negated, rule.verdict), follows))
        raise LookupError(f"no row of {question!r} in place_rules.csv is 'always': its last row must be")

    def _test_of(self, rule: Rule) -> tuple:
        """(test, words, negated, follows) of a row: its test, the words of its roles, whether it says ``not``, and
        the characters one of which must follow the name for the row to hold (None: any; :data:`FOLLOWING`)."""
        words = Words(w for role in rule.reads for w in self.words.get(role, ()))
        name, negated = rule.test.removeprefix("not "), rule.test.startswith("not ")
        return TESTS[name], words, negated, FOLLOWING[name](self, words) if name in FOLLOWING and not negated else None

    def _accept(self, t: Text, start: int, end: int, reading: Reading, found: list[_Match],
                named: set[str]) -> str | None:
        """Why the text supports this reading here (the verdict of ``why``: chain, named, listed, located,
        product, plain), or None where it does not or a row of ``refuse`` holds."""
        c = _Candidate(t, start, end, reading.profile, found, (), named, reading)
        c.why = self._decide("why", c)
        if c.why == "refuse" or self._decide("refuse", c) == "refuse":
            return None
        return c.why

    def _end_ok(self, t: Text, end: int, reading: Reading | None = None) -> bool:
        """Can a name end here (the test ``ends_a_word``; tests/test_wordcut.py's plain scan asks it)?"""
        return ends_a_word(self, _Candidate(t, end, end, (), (), (), (), reading), ())

    def _sure_place_at(self, t: Text, pos: int, level: str) -> bool:
        """Does a word at ``pos`` name a Chinese place of ``level`` by itself (三亚, 钦州; not 大同, not a
        county's short name)?"""
        text = t.text
        for size in self._prefixes().get(text[pos:pos + 2], ()):
            readings = self.lex.forms.get(text[pos:pos + size], ())
            if any(not r.needs and r.form in ("full", "short") and r.targets[0].country == CHINA
                   and r.targets[0].level == level for r in readings):
                return t.boundary(pos) and t.boundary(pos + size)
        return False

    def _county_name_at(self, t: Text, pos: int) -> bool:
        """Does a word at ``pos`` name a Chinese county by a short name that is no common word and rare in jieba's
        dictionary (珲春; not 合作, not 江南: :data:`LISTED_NAME_FREQUENCY`)?"""
        text, frequencies = t.text, _jieba_frequencies()
        for size in self._prefixes().get(text[pos:pos + 2], ()):
            readings = self.lex.forms.get(text[pos:pos + size], ())
            if frequencies.get(text[pos:pos + size], 0) < LISTED_NAME_FREQUENCY and any(
                    not r.ordinary and r.form == "short" and r.targets[0].country == CHINA
                    and r.targets[0].level == "county" for r in readings):
                return t.boundary(pos) and t.boundary(pos + size)
        return False

    def _scan(self, t: Text, blocked, named: set[str]) -> list[_Match]:
        """Longest match, left to right, of the names that pass the checks."""
        text, found, pos, forms = t.text, [], 0, self.lex.forms
        prefixes = self._prefixes()
        if t.candidates is None:
            t.candidates = self._candidates(text)
        for start in t.candidates:
            if start < pos:
                continue
            matched = None
            for size in prefixes[text[start:start + 2]]:
                end = start + size
                readings = forms.get(text[start:end]) if end <= len(text) else None
                if not readings or (blocked and _overlaps(start, end, blocked)):
                    continue
                why = [self._accept(t, start, end, r, found, named) for r in readings]
                accepted = [r for r, because in zip(readings, why) if because]
                if accepted:
                    matched = self._resolve(start, end, accepted, found)
                    # chained: every reading that counts does so right after its parent ("chain" first: most have none),
                    # and names the place for the rest of the text as a full name would; not a county's short name
                    # that is a common word (丽江古城: the old town of 丽江 more often than its district 古城区)
                    matched.chained = "chain" in why and all(because == "chain" for because in why if because) \
                        and not (accepted[0].ordinary and accepted[0].targets[0].level == "county")
                    break
            if matched:
                if matched.form == "short" and text[matched.end:matched.end + 1] in self.thing_initials:
                    matched.named_after = _thing_after(t, matched.end, self.thing_words) or (
                        matched.slots[0][0].level == "province" and _thing_after(t, matched.end, self.schools))
                found.append(matched)
                pos = matched.end
        return found

    def _places_around(self, t: Text, named: set[str]) -> list[tuple[int, str, bool]]:
        """(start, province or foreign country, whether it is where someone or something comes from) of the places a
        paragraph names, but for names of things (兰州拉面): a scan of its own, in which no thing is placed elsewhere
        (the test placed_elsewhere asks it). A place comes from where an ``origin`` word is right before it (来自广东,
        从广州), or a place that does right before it (来自四川|成都)."""
        self._looking_around = True
        try:
            found = self._scan(t, _exception_positions(t), named)
        finally:
            del self._looking_around
        places, text, origin_ends = [], t.text, -1
        for f in found:
            origin = f.start == origin_ends or text.endswith(self.origins, 0, f.start)
            origin_ends = f.end if origin else -1
            if not f.named_after:
                places += [(f.start, x.province or x.country, origin) for x in f.resolved
                           if x.province or x.country != CHINA]
        return places

    def _another_province_or_country(self, name: str, own: str | None) -> bool:
        """Is ``name`` (a name the article settled) a Chinese province other than ``own``, or a foreign country?"""
        return name != own and any(
            len(r.targets) == 1 and (r.targets[0].level == "province" and r.targets[0].country == CHINA
                                     or r.targets[0].level == "country" and r.targets[0].place != CHINA)
            for r in self.lex.forms.get(name, ()))

    def _candidates(self, text: str) -> list[int]:
        """The positions where some name begins (builds the matcher's indexes if need be)."""
        prefixes = self._prefixes()
        return [i for i in (m.start() for m in self._maybe_prefix.finditer(text)) if text[i:i + 2] in prefixes]

    def persons(self, texts: list[str], found: list[list[_Match]]) -> set[str]:
        """The persons of an article whose given name is a place's short name (车泰安, 王海南), or ends in a place's
        first character (祁伟成, before 成都会): a surname before a place ``found`` in one of its ``texts``, where
        one of them introduces that name as a person's. Given to :meth:`find` in the context, they are persons
        in every paragraph (为此，车泰安和服务中心…; 祁伟成都会把…)."""
        names = {text[m.start - 1:m.end] for text, matches in zip(texts, found) for m in matches
                 if m.start and text[m.start - 1] in self.surnames}
        persons = {name for name in names if any(_introduced_as_a_person(self, text, at, at + len(name))
                                                 for text, at in _occurrences(texts, name))}
        # a three-character name a place begins inside (祁伟成|都会 holds 成都), where a verb or title after it
        # says it is a person's (祁伟成坦言): a title before it would not do (总书记关于|湖北: 关 is a surname)
        inside = {text[m.start - 2:m.start + 1] for text, matches in zip(texts, found) for m in matches
                  if m.start >= 2 and text[m.start - 2] in self.surnames}
        if not inside:
            return persons
        # the three characters before each verb or title that follows a name, found in one pass over the article
        said = {_three_before(text, i.start()) for text in texts for i in self.said.finditer(text)}
        return persons | (inside & said)

    def prepared(self, text: str) -> Text | None:
        """``text`` with its tokens and the positions where a name can begin (:meth:`find` reads both), or None
        where no name and no run of abbreviations can begin: then nothing is segmented, and nothing is found."""
        self._prefixes()   # the indexes of names and of runs of abbreviations
        candidates = self._candidates(text)
        if not candidates and not any(run.search(text) for run in self._abbreviation_runs.values()):
            return None
        t = Text(text)
        t.candidates = candidates
        return t

    def find(self, text: str, context: set[str] | None = None, t: Text | None = None) -> list[_Match]:
        """Every place named in ``text``, left to right (see the module's docstring).

        ``context``: provinces, countries and full place names settled around the text (elsewhere in its
        article); they settle ambiguous names. ``t``: the text's tokens, if already at hand.
        """
        t = t if t is not None else self.prepared(text)
        if t is None:
            return []   # no name and no run of abbreviations can begin anywhere: nothing was segmented
        text = t.text
        if t.candidates is None:
            t.candidates = self._candidates(text)
        if not t.candidates and not any(run.search(text) for run in self._abbreviation_runs.values()):
            return []
        blocked = _exception_positions(t)
        context = set(context or ())
        t.context = context   # (the places settled around the text: placed_elsewhere reads them)
        found = self._scan(t, blocked, context)
        named = context | _named(found)
        short_forms = self.lex.short_forms
        if any(form in text for place in named - context for form in short_forms.get(place, ())):
            found = self._scan(t, blocked, named)   # a second pass for 中山 after 中山市 (see _accept)
        found += self._compounds(t, found, blocked)
        found.sort(key=lambda m: m.start)
        self._resolve_by_context(found, context)
        starts = {m.start: m for m in found}
        for m in found:
            m.kind = self._kind(t, m, found, starts)
        return found

    @staticmethod
    def _resolve(start: int, end: int, readings: list[Reading], found: list[_Match]) -> _Match:
        """One surface, several places: the best-ranked level wins; within it, the place before decides."""
        best = [r for r in readings if r.rank == readings[0].rank]
        if len(best) == 1:
            return _Match(start, end, best[0].form, [[x] for x in best[0].targets], best[0].note)
        candidates = [r.targets[0] for r in best]
        before = found[-1].resolved if found and found[-1].end == start else []
        fits = [c for c in candidates if any(c.province == x.province for x in before)]
        if len(fits) != 1 and all(c.level == "county" for c in candidates) \
                and len({(c.province, _prefecture_of(c)) for c in fits or candidates}) == 1:
            # one county under its old and its new name (罗江县, now 罗江区): the current one
            fits = [r.targets[0] for r in best if r.targets[0] in (fits or candidates) and not r.note][:2]
        if len(fits) == 1:
            chosen = best[candidates.index(fits[0])]
            return _Match(start, end, chosen.form, [[fits[0]]], chosen.note)
        return _Match(start, end, best[0].form, [candidates])

    @staticmethod
    def _resolve_by_context(found: list[_Match], context: set[str]) -> None:
        """An ambiguous name takes the province (or country) settled elsewhere in the text, else in the article."""
        unsettled = [(m, i, slot) for m in found for i, slot in enumerate(m.slots) if len(slot) > 1]
        own = _named(found) if unsettled else set()
        for m, i, slot in unsettled:
            fits = []
            for named in (own, own | context):
                fits = fits or [c for c in slot if (c.province or c.country) in named or c.place in named]
                # places of one name (普陀区 of 上海 and of 浙江): the province named decides
                fits = fits if len(fits) < 2 else [c for c in fits if (c.province or c.country) in named]
                fits = fits if len(fits) == 1 else []
            if len(fits) == 1:
                m.slots[i] = fits
                m.slot_notes[i] = "resolved by the context"
            else:
                m.slot_notes[i] = "ambiguous: " + "|".join(
                    f"{c.place}({c.province})" if c.province else c.place for c in slot)

    # abbreviations: 川渝, 京津冀, 中拉, and 中 after 拉美
    def _licensed(self, t: Text, start: int, end: int, foreign: bool = False) -> bool:
        """Is a run of abbreviations a compound of places (the question ``licence``; tests/test_wordcut.py's plain
        scan asks it)?"""
        system = "foreign" if foreign else "domestic"
        return self._decide("licence", _Candidate(t, start, end, (system,))) == "yes"

    def _places_of(self, run: str) -> set[str]:
        """The places the characters of a run of abbreviations may stand for (中巴: 中国, 巴西, 巴基斯坦)."""
        return {x.place for ch in run for table in self.lex.abbreviations.values() for x in table.get(ch, ())}

    def _compounds(self, t: Text, found: list[_Match], blocked) -> list[_Match]:
        text = t.text
        self._prefixes()  # builds the patterns of abbreviation runs too
        runs = [(system, table, run) for system, table in self.lex.abbreviations.items()
                if system in self._abbreviation_runs for run in self._abbreviation_runs[system].finditer(text)]
        if not runs and all(text[m.end:m.end + 1] not in self._abbreviation_chars for m in found):
            return []   # no run of abbreviations, and none right after a place (most texts)
        covered = {i for m in found for i in range(m.start, m.end)}
        new: list[_Match] = []
        for system, table, run in runs:
            profile = (system,)
            # the run's stretches of two or more abbreviations not already part of a name
            stretches, begin = [], run.start()
            for at in range(run.start(), run.end() + 1):
                if at == run.end() or at in covered:
                    if at - begin >= 2:
                        stretches.append((begin, at))
                    begin = at + 1
            for pos, run_end in stretches:
                while pos < run_end - 1:
                    span = next(((s, e) for s in range(pos, run_end - 1) for e in range(run_end, s + 1, -1)
                                 if self._decide("run", _Candidate(t, s, e, profile, (), blocked))
                                 == "count"), None)
                    if not span:
                        break
                    start, end = span
                    readings = self.lex.compounds.get(text[start:end]) or [
                        list(table[ch]) for ch in text[start:end]]
                    new.append(_Match(start, end, "abbreviation", readings))
                    covered.update(range(start, end))
                    pos = end
        # One abbreviation right after a place of the same system: 拉美中(航天合作) -> 拉美 + 中国.
        for m in found:
            if text[m.end:m.end + 1] not in self._abbreviation_chars:
                continue   # no abbreviation of any system follows
            resolved = m.resolved
            first = resolved[0] if resolved else None
            system = None if first is None else "domestic" if first.province else \
                "foreign" if first.country not in (None, CHINA) or first.place == CHINA else None
            end = m.end
            table = self.lex.abbreviations.get(system, {})
            if end < len(text) and text[end] in table and end not in covered \
                    and self._decide("single", _Candidate(t, end, end + 1, (), (), blocked)) == "count":
                new.append(_Match(end, end + 1, "abbreviation", [list(table[text[end]])],
                                  f"abbreviation after {text[m.start:end]}"))
                covered.add(end)
        return new

    # how the place is used
    def _kind(self, t: Text, m: _Match, found: list[_Match], starts: dict[int, _Match]) -> str:
        """The question ``kind``. ``found``: every match, sorted by start; ``starts``: the match at each start.
        Both are looked up, never scanned, so that a paragraph naming thousands of places is read in linear time."""
        token = t.token_at(m.start)
        inside = token.tag if token.end >= m.end and (token.start, token.end) != (m.start, m.end) else ""
        after = m.end
        while after in starts:  # a chain of places: 四川省成都市发展改革委
            after = starts[after].end
        c = _Candidate(t, m.start, m.end, (inside, not t.is_start(after)), found)
        c._token, c.after = token, after
        return self._decide("kind", c)


def _prefecture_of(target: Target) -> str:
    """The prefecture a county belongs to ('' for province-administered units)."""
    return _prefectures().get((target.place, target.province), "")


@lru_cache(maxsize=1)
def _prefectures() -> dict[tuple[str, str], str]:
    """(name, province) -> prefecture, of the gazetteer's first row of each name and province."""
    found: dict[tuple[str, str], str] = {}
    for row in read_rows("gazetteer_cn.csv"):  # (not gazetteer(): a worker process never imports pandas)
        found.setdefault((row["name"], row["province"]), row["prefecture"])
    return found


@lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    """The place matcher of this process: built from the data files (a tenth of a second), or read back
    (a fiftieth) from the user's cache directory, where the first process to build it keeps it under the
    package's fingerprint (code, data, jieba's version). A kept copy that cannot be read is built again;
    where the cache cannot be written, it is built in every process. A limit: it reads jieba's dictionary as
    shipped (which county names are ordinary words), not words a script added with ``jieba.add_word``."""
    path = segment.CACHE_DIR / "tokens" / f"places-{fingerprint().hex()[:32]}.pickle"
    matcher = read_result(path, kind=_Matcher)
    if matcher is None:
        matcher = _Matcher(_build_lexicon())
        matcher._prefixes()
        write_atomically(path, matcher)
    return matcher
