"""Stage 3: the speaker phrase — who a phrase before a reporting verb names, split into organisation,
title chain and name.

A phrase names a ``person`` (a name, with or without a title chain: 四川省科技厅党组书记、厅长吴群刚; a
name with a title after it, as session coverage writes deputies: 罗云峰代表; a form of address on a
surname: 老王, 张阿姨), the ``leader`` (``leaders.csv``), a ``group`` (大家, 不少与会代表; also an office or
person described but not named: 有关负责人, 一位老人), or a ``pronoun`` (他, 她) that a later stage resolves.

Limits: a phrase is read from at most :data:`LONGEST_PHRASE` characters before the verb (a longer run with
no punctuation is not a speaker's description); a name must be two to four Han characters, or a foreign
name with ·, or a word jieba tags as a name (so a one-part foreign name written alone, 安瓦尔, is read only
where jieba knows it or a title precedes it); one character and 方 written alone is a side of talks (黎方, 埃方),
not a person, so a person so named is read only after a title (村民王方) or where the article named them so;
so is a country's abbreviation and a noun (乌媒体, 黎公共…: ``country_abbreviations.csv``).

>>> parse_speaker("四川省科技厅党组书记、厅长吴群刚").title
'党组书记、厅长'
>>> parse_speaker("不少与会的拉美和加勒比国家代表").kind
'group'
>>> parse_speaker("罗云峰代表").name, parse_speaker("罗云峰代表").title
('罗云峰', '代表')
>>> parse_speaker("据") is None
True
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import tokens
from .places import abbreviated_country, place_chains, places
from .tables import (
    anonymous_forms,
    groups,
    honorifics,
    japanese_surnames,
    leaders,
    minority_name_parts,
    not_names,
    organisation_suffixes,
    read_columns,
    speaker_titles,
    speech_verbs,
    surnames,
    titles_after_names,
    transliteration_chars,
)

HAN = r"\u4e00-\u9fff"
LONGEST_PHRASE = 60
# What joins the parts of a foreign name: the middle dot in its forms, and a hyphen (迪亚斯-卡内尔, 阿库福-阿多;
# also the hyphen ‐ and the full-width －)
NAME_JOINERS = "-·•・‐－"   # the hyphen first: a character class opening with it reads it as itself
# A dash joins a double-barrelled surname (托尔斯滕·舍费尔—君贝尔) only inside a name its other parts join by ·
# or a hyphen: between two words alone it stands between places or units (中国—东盟, 西安—汉堡)
NAME_DASHES = "—–"
_PARTS = rf"[{HAN}]{{1,8}}(?:[{NAME_JOINERS}{NAME_DASHES}][{HAN}]{{1,8}}){{1,3}}"
_JOINED = rf"(?=.*[{NAME_JOINERS}])"
FOREIGN_NAME = re.compile(_JOINED + _PARTS)
# a foreign name with · after a description glued to its first part, however long (旅游行业资深人士伊斯梅尔·侯赛因)
DESCRIBED_FOREIGN_NAME = re.compile(_JOINED + rf"[{HAN}]+(?:[{NAME_JOINERS}{NAME_DASHES}][{HAN}]{{1,8}}){{1,3}}")
# What may stand between a speaker and the verb: 在接受记者采访时, 在…听完报告后, 对记者, 对大家, 向记者展示 (an
# addressee or a partner, 与…领导人: a group noun, never a bare name, since 向 and 对 are surnames too),
# 笑着, 边修剪边, 纷纷…
ADVERBIAL = re.compile(
    r"(?:在接受[^，。“”]{0,12}?采访时|接受采访时|在[^，。“”]{2,16}?时|在[^，。“”]{2,20}?(?:之后|后)|"
    r"在[^，。“”]{0,12}?(?:会|讲话|致辞|发言|采访|论坛|仪式|典礼|活动|报告)[上中]|"
    r"(?:对|向|跟|同|与)(?:本报|新华社)?(?:记者|大家|在场[^，。“”]{0,8}|"
    r"[^，。“”]{0,12}(?:们|者|群众|同事|乡亲|村民|游客|学生|孩子|观众|代表|客商|领导人))(?:展示|演示|比划|示意)?|"
    r"笑着|"
    r"(?:一)?边[^，。“”]{1,6}?(?:一)?边|纷纷|一致|齐声|异口同声|均|都|也|还|则|又|就|却|竟然|竟|在|曾经|曾|等|这样|这么|如此|再次|同时|当即|接着|随即|高兴|笑|共同|分别|先后|相继|一起|"
    # how often or how readily one speaks (常常叮嘱, 忍不住诉苦, 一直强调, 主动问, 啧啧称赞); not 常 or 总 alone (王总)
    # how much, and 正在, one word before 在 alone (有些感慨, 十分感慨, 正在讲解): degree and aspect of two characters,
    # never the end of a name (陈唐|有些, 张放|正在)
    r"有些|有点|十分|非常|格外|颇为|更加|正在|常常|经常|时常|总是|一直|始终|时不时|不时|忍不住|不禁|连连|连声|习惯性地?|主动|啧啧|"
    # a habit, with the modal verb after an adverb (每当…，都会主动提醒, 总会叮嘱); not 会 alone (社会, 大会)
    r"(?:都|也|总|还|就)(?:会|要)|"
    # manner words of reported speech (郑重宣布, 明确指出, 强调指出); 发出, a light verb (发出感慨, 发出感叹)
    r"郑重|明确|高度|由衷|深刻|严正|坚决|一再|反复|专门|深情|热情|形象|生动|耐心|详细|细致|风趣|幽默|动情|诚恳|充分|积极|公开|正式|首次|多次|严厉|强烈|全面|强调|发表(?:声明|讲话|谈话|文章)?|发出|"
    r"(?:当地时间)?[0-9０-９一二三四五六七八九十]{1,3}日(?:上午|下午|晚间|晚)?|当天|当日|同日|同一天|次日|日前|近日|此前|随后|昨天|今天|目前|(?:在)?会上|(?:在)?会见时|在致辞中|在讲话中)$")
# Words before a speaker that do not change who speaks (近日，习近平总书记…; 据俄方官员称: according to; 正如…所言:
# as … said).
LEAD_IN = re.compile(r"^(?:近日|日前|此前|随后|同时|还|也|又|再次|对此|为此|谈及此|谈到这里|据|正如|"
                     r"(?:在)?(?:会见|会晤|会谈|接见|见到|致电)[^，。“”]{1,16}?时)")   # 会见…时|王建华表示
# where a person comes from or lives, in the words that describe them (来自巴西的, 家住湖南长沙的, 家在保定的; not the
# 家在 of 国家在…, 专家在…)
ORIGIN = re.compile(rf"(?:来自|家住|(?<![{HAN}])家在)([{HAN}·]{{2,12}}?)的")
HONOURS = re.compile(r"“([^”]{1,12})”")
# a side of talks (黎方, 埃方): read as a name only after a title (村民王方)
SIDE = re.compile(rf"[{HAN}]方")
# 一位年轻工程师, 这名老党员: a count word for people before a title; 一家企业负责人: for units
PERSON_COUNT = re.compile(rf"^(?:一|这|那|该|某)(?:位|名)[{HAN}]{{0,3}}$")
UNIT_COUNT = re.compile(r"^(?:一|这|那|该|某)(?:家|个)")
# 90后女孩, 00后小伙, 95后姑娘: the decade of birth describes the person, as a count word does; it names no unit
GENERATION = re.compile(r"^(?:[0-9０-９]{2}|[〇零一二三四五六七八九]{2})后$")
PRONOUNS = ("他", "她")
ASPECT = re.compile("[了着]")   # particles of a verb: what stands before them is a clause, not a unit's name
# The narrator, or the speaker of the words around (我看到…, 自己一直记得…), then a verb of perceiving or
# remembering: whoever it names after it (一名…小女孩, 老师) is the speaker of the words that follow (not so
# after other words: 我同托卡耶夫总统宣布 is the speaker's own announcement)
NARRATOR = ("我", "我们", "自己", "笔者")
PERCEIVING = frozenset({"看到", "看见", "见到", "听到", "听见", "读到", "遇到", "发现", "注意到", "记得", "想起",
                        "想到", "记起"})
# The reporter of the article, named bare (记者问…, 此时记者…): claims the questions, but is no speaker
REPORTER = ("记者", "本报记者")
# The narrator of a first-person piece (a diary, a 手记: “…”我笑着答道): claims the words, but is no person named
FIRST_PERSON = ("我", "我们", "笔者")
# Verbs and prepositions whose object is a person (听他们分享, 期望大家…分享, 为进店的老人介绍): a phrase they open
# names no speaker (jieba's tags cannot tell them: it tags 以军 and 与会 as verbs too)
OBJECT_OPENERS = frozenset({"听", "问", "请", "让", "叫", "邀请", "期望", "希望", "鼓励", "号召", "引导", "帮助",
                            "带领", "组织", "对", "向", "为", "给"})
NUMERALS = "一二三四五六七八九十两〇零"   # no name opens with one (一 and 十 are no surnames here)
# Demonstratives: where jieba reads one as a pronoun (这|一, 那|些; not 那英), it opens a noun phrase (这一要求)
DEMONSTRATIVES = "这那此该每各"
FUNCTION_TAGS = frozenset({"d", "a", "ad", "v", "vd", "vn", "c", "p", "m", "q", "r", "t", "f", "u", "uj", "ul",
                           "ud", "uz", "k"})


@dataclass(frozen=True)
class Speaker:
    """Who speaks: ``name`` (the person's name; for a group or an unnamed speaker, the phrase), ``kind``
    (person, group, leader, pronoun), ``title`` and ``organisation`` as written, ``place`` (the place that
    opens the organisation), ``origin`` (where they come from or live: 来自…的, 家住…的), ``phrase`` (the words
    read)."""

    name: str
    kind: str
    title: str | None = None
    organisation: str | None = None
    place: str | None = None
    origin: str | None = None
    phrase: str = ""

    @property
    def described(self) -> bool:
        """Introduced by a title or an organisation (种粮大户刘建国), not a bare name."""
        return bool(self.title or self.organisation)


# 边…边… (doing two things at once: 边走边说, 边跳边教), never a name though 边 is a surname
AT_ONCE = re.compile(rf"边[{HAN}]{{1,2}}边")


# What ends a village's name, never a person's, however jieba tags it (白竹村 nr)
VILLAGE_ENDINGS = frozenset("村屯寨乡")


WITHHELD = "某"   # what stands for a name withheld (车某, 王某某: a court report's parties)


def withheld_name(text: str) -> bool:
    """``text`` ends in a surname and 某 or 某某, no given name: a name withheld (被告人王某某, 而朱某), which names no
    one (慕某生, with a given name, is a name)."""
    base = text.rstrip(WITHHELD)
    return len(text) - len(base) in (1, 2) and (base[-2:] in surnames() or base[-1:] in surnames())


def anonymous_name(text: str) -> bool:
    """``text`` is a surname and a form by which the press keeps a person anonymous (``anonymous_forms.txt``:
    王女士, 李先生), or 老 or 小 and a surname (``honorifics.csv``: 小张, 老陈) that the article never tied to a full
    name: a person who speaks, but not a named one. A limit: a scholar called 钱先生 is one too."""
    form = next((f for f in anonymous_forms() if text.endswith(f)), None)
    if form is not None and text[:-len(form)] in surnames():
        return True
    before = next((f for f in honorifics()["before"] if text.startswith(f)), None)
    return before is not None and text[len(before):] in surnames()


# a surname, 家 or 氏, and a landform: a village's name (肖家坡, 陈家沟, 黄氏坝), never a person's
LANDFORM_PLACE = re.compile("[^家氏][家氏][坡沟坝湾岭峪洼坪垭塬峁]")


def is_name(text: str | None) -> bool:
    """``text`` could be a person's name: two to four Han characters, or a foreign name with ·; not three
    or more ending like an organisation (总理|办公室, 代表|民盟中央), unless the ending is one character that
    jieba reads into one name with the rest (孙洪旗, 李建社: 旗 and 社 end units' names too), but not a village's
    ending (白竹村, 姚川村: jieba tags some as names)."""
    if not text or text in not_names() or text in groups() or text[0] in NUMERALS or withheld_name(text) \
            or AT_ONCE.fullmatch(text) or LANDFORM_PLACE.fullmatch(text) or _opens_with_demonstrative(text):
        return False   # 二十大, 十四五; 王某; 边跳边; 肖家坡; 这一
    if len(text) >= 3 and text.endswith(organisation_suffixes()):
        ending = next(suffix for suffix in organisation_suffixes() if text.endswith(suffix))   # the longest
        if not (len(ending) == 1 and ending not in VILLAGE_ENDINGS and tokens.pos_pairs(text) == [(text, "nr")]):
            return False
    return bool(re.fullmatch(rf"[{HAN}]{{2,4}}", text) or FOREIGN_NAME.fullmatch(text))


def _opens_with_demonstrative(text: str) -> bool:
    """``text`` opens with a demonstrative jieba reads as a pronoun there (这|一, 各|位): a noun phrase, no name."""
    return text[0] in DEMONSTRATIVES and tokens.pos_pairs(text)[0] == (text[0], "r")


@lru_cache(maxsize=1)
def tibetan_name_pattern() -> re.Pattern:
    """Two parts of Tibetan names in a row (扎西平措, 顿珠江村: ``minority_name_parts.txt``)."""
    parts = "|".join(minority_name_parts())
    return re.compile(f"(?:{parts})(?:{parts})")


def tibetan_name(text: str) -> bool:
    """``text`` is a Tibetan name of two name parts (扎西平措, 拉巴顿珠), however jieba cuts it (扎|西平|措)."""
    return len(text) == 4 and bool(tibetan_name_pattern().fullmatch(text))


def transliterated_name(text: str) -> bool:
    """``text`` is a one-part foreign name: two to eight characters, all of them characters of
    transliteration (加兰特, 拉赫蒙, 托克托索诺夫), which jieba cuts as it likes (加/兰特, 拉赫/蒙). Read only
    after a title, where a Chinese name made of such characters (王海) is a name too."""
    return 2 <= len(text) <= 8 and set(text) <= transliteration_chars() and text not in not_names()


@lru_cache(maxsize=8192)   # asked of every word of a paragraph
def surname_form(text: str) -> str | None:
    """The surname of a form of address (老王 → 王, 张阿姨 → 张), or None; a title is none (老师: 师 is a surname),
    and so is a surname jieba reads as a conjunction there (但|师傅: a repairman, not 但)."""
    if text in speaker_titles():
        return None
    forms = honorifics()
    for before in forms["before"]:
        if text.startswith(before) and text[len(before):] in surnames():
            return text[len(before):]
    for after in forms["after"]:
        if text.endswith(after) and text[:-len(after)] in surnames():
            words = tokens.pos_pairs(text)
            return None if words[0][1] == "c" and len(words[0][0]) == len(text) - len(after) else text[:-len(after)]
    return None


def function_word(text: str) -> bool:
    """jieba reads ``text`` as one adverb, verb, conjunction, preposition, time word or particle
    (共同, 当天): not a name."""
    words = tokens.pos_pairs(text)
    return len(words) == 1 and words[0][1] in FUNCTION_TAGS


# Verbs of one character that say how one speaks, right before a reporting verb (笑|说, 叹|道, 插|话): never the
# last character of a name
VERBS_OF_MANNER = frozenset("笑叹哭喊叫嚷骂问答回接插补抢忙急轻低追")


def two_surnames_name(name: str, last: tuple) -> bool:
    """``name``, three characters that jieba reads as a name and that open with two surnames (王陈思, 徐潘依: the
    father's and the mother's), and ``last``, the one character after it that jieba leaves alone as a verb (如 v),
    make one name of four (王陈思如): no reporting verb and no verb of manner (李王明|笑|说)."""
    word, tag = last
    return len(name) == 3 and name[0] in surnames() and name[1] in surnames() and name[:2] not in surnames() and \
        len(word) == 1 and tag == "v" and word not in speech_verbs() and word not in VERBS_OF_MANNER


def _holds_function_word(text: str) -> bool:
    """jieba reads such a word into ``text`` (委员|们发言后, 副委员|长丁仲礼) or a personal pronoun (常|给|他): not a
    name after a title.
    A surname of one or two characters and a given name of one or two is always a name (何卫东, 欧阳日辉), unless
    jieba reads the surname as a conjunction (大户|和/农技人员); so is a Tibetan name (次仁乔:
    ``minority_name_parts.txt``) and a form of address (老周)."""
    if surname_form(text):    # 村民|老周: jieba tags the form of address as a time word
        return False
    words = tokens.pos_pairs(text)
    if predicate_after_title(words) or _points_at_a_person(words) or _idiom(words):
        return True
    if len(text) <= 3 and text[0] in surnames() and words[0][1] != "c" or text.startswith(minority_name_parts()):
        return False
    if len(text) in (3, 4) and text[:2] in surnames():   # 欧阳|日|辉: a two-character surname and a given name
        return False
    if len(words) == 2 and words[0][1].startswith("nr") and two_surnames_name(words[0][0], words[1]):
        return False     # 王陈思|如: a name of four that opens with two surnames
    if he_surname_name(words):
        return False     # 主席|和|卓雅: the surname 和, read as a conjunction
    return any(tag in FUNCTION_TAGS for _, tag in words)


# jieba's tags of a given name it reads after 和 as an adjective or a distinctive word (和|卓雅 a)
GIVEN_NAME_AFTER_HE = ("a", "ad", "z", "b")


def he_surname_name(words: list[tuple]) -> bool:
    """``words`` (jieba's cut of what follows a title) are 和, read as a conjunction, and one or two characters it reads
    as an adjective or as a given name with no surname (和|卓雅 a, 和|丽娟 nr): a name of the rare surname 和 (文联主席
    和卓雅介绍), not a pair of people (主席|和|秘书长, 主席|和|王明, 书记|和|大家)."""
    if len(words) != 2 or words[0] != ("和", "c") or not 1 <= len(words[1][0]) <= 2:
        return False
    given, tag = words[1]
    return (tag in GIVEN_NAME_AFTER_HE or tag.startswith("nr") and given[0] not in surnames()) and \
        title_suffix(given) is None and given not in not_names()


# jieba's tags of idioms and set phrases (脱口而出 i, 开门见山 i, 娓娓道来 l)
IDIOM_TAGS = ("i", "l")


def _idiom(words: list[tuple]) -> bool:
    """``words`` (jieba's cut of what follows a title) are one idiom of four characters or more (学生|脱口而出：,
    负责同志|开门见山：): how the person of the title speaks, no name (audit23q, People's Daily 2025-03-02/23)."""
    return len(words) == 1 and words[0][1] in IDIOM_TAGS and len(words[0][0]) >= 4


def predicate_after_title(words: list[tuple]) -> bool:
    """``words`` (jieba's cut of what follows a title) open with a surname that jieba reads as a verb or an adverb
    there, then a verb (小孙子|来/打卡, 爷爷|曾/叹息, 讲解员|解/说道): what the person of the title does, no name
    (何/守卫: 何 is a pronoun there; 张胜利, 曾志伟: one name); so is a verb then a conjunction that joins predicates
    only (为观众|展演/并/讲解: what is done for the audience)."""
    return len(words) > 1 and words[0][1] in ("v", "d") and \
        (words[1][1] == "v" or words[1][0] in PREDICATE_JOINERS and words[0][1] == "v")


# Conjunctions that join verbs, never names (展演并讲解, 介绍并且演示)
PREDICATE_JOINERS = ("并", "并且")


# Personal pronouns: no name holds one as a word of its own (母亲|常/给/他: what the mother does to him)
PERSONAL_PRONOUNS = frozenset({"他", "她", "我", "你", "您", "他们", "她们", "我们", "你们", "咱", "咱们"})


def _points_at_a_person(words: list[tuple]) -> bool:
    """``words`` (jieba's cut of what follows a title) hold a personal pronoun as a word of its own (常|给|他,
    总|对|我): what the person of the title does to someone, no name (张我军, one word for jieba, is one)."""
    return len(words) > 1 and any(tag == "r" and word in PERSONAL_PRONOUNS for word, tag in words)


def unknown_proper_name(word: str, tag: str) -> bool:
    """A word of three characters, a surname first, that jieba's model put together and tags as another proper
    noun (马尕林 nz: 尕 is rare), not an entry of its dictionary: a name."""
    return tag == "nz" and len(word) == 3 and word[0] in surnames() and not tokens.dictionary_word(word)


def named_after_modifier(text: str) -> bool:
    """``text``, right after a description in 的 (来自白俄罗斯的|娜杰日达), is a foreign name written without ·: three
    to eight characters of transliteration, no place, that jieba reads as a name at least in part, however it cuts
    it (娜杰|日|达, 达|莉娅)."""
    return len(text) >= 3 and transliterated_name(text) and not places(text) and \
        any(tag.startswith("nr") for _, tag in tokens.pos_pairs(text))


def _read_as_name(text: str) -> bool:
    """jieba reads ``text`` as one name, or as a name and a last character it cut off (刘阳/三), or as
    :func:`unknown_proper_name`."""
    from .mentions import join_name

    words = tokens.pos_pairs(text)
    if words == [(text, "nz")]:
        return unknown_proper_name(text, "nz")
    return bool(words) and words[0][1].startswith("nr") and join_name(words + [("说", "v")], 0)[0] == text


def _named_after_place(text: str) -> bool:
    """A surname and a place name as given name (李云南, 张河南, 刘永安): a person, not a place; not where jieba
    reads the surname as a preposition or a conjunction (向|日本, 于|上海)."""
    from .mentions import surname_and_place

    rest = text[1:]
    if len(text) < 3 or text[0] not in surnames():
        return False
    words = tokens.pos_pairs(text)
    if words[0][0] == text[0] and words[0][1] in ("p", "c"):   # 向|日本, 于|上海: a preposition before a place
        return False
    return any(p.start == 0 and p.end == len(rest) for p in places(rest)) or surname_and_place(words, 0) == text


def _named_before_title(text: str) -> bool:
    """Session coverage writes a name before 代表 or 委员 (贺海东代表): a surname and one or two characters
    there are a name, however jieba cuts them (贺海/东), unless they are one word of its dictionary (党员)."""
    return bool(re.fullmatch(rf"[{HAN}]{{2,3}}", text)) and text[0] in surnames() and text not in not_names() \
        and not tokens.dictionary_word(text)


def _named_before_title_or_foreign(text: str) -> bool:
    """A name before a title written after it: a Chinese one (贺海东代表) or one written in characters of
    transliteration, not a place (托卡耶夫总统, but 伊朗总统)."""
    return _named_before_title(text) or transliterated_name(text) and not places(text) and not _one_common_word(text)


def _one_common_word(text: str) -> bool:
    """``text`` is one word of jieba's dictionary that it does not tag as a name or a place (普通 of 普通代表, in
    characters of transliteration since 通 is one: an adjective, no name; 普京 is a name)."""
    words = tokens.pos_pairs(text)
    return len(words) == 1 and not words[0][1].startswith(("nr", "ns")) and tokens.dictionary_word(text)


def title_suffix(element: str) -> str | None:
    """The longest title that ends ``element`` (党委书记 rather than 书记), of 12 characters at most."""
    titles = speaker_titles()
    for at in range(max(0, len(element) - min(12, _longest_title())), len(element)):
        if element[at:] in titles:
            return element[at:]
    return None


@lru_cache(maxsize=1)
def _longest_title() -> int:
    """How many characters the longest title has: :func:`title_suffix` reads no further back."""
    return max(map(len, speaker_titles()), default=0)


def _org_boundary(prefix: str) -> int:
    """Where the organisation in ``prefix`` ends: after its last organisation ending or place name. An ending ends
    a word of jieba's cut of ``prefix``: one inside a word is none (本末科|技: 科技; 市|场监管)."""
    best, ends = 0, None
    for suffix in organisation_suffixes():
        at = prefix.rfind(suffix)
        while at >= 0:
            if len(suffix) > 1 or at >= 2:   # a one-character ending needs a name before it: 民乐乡, not 返乡
                if ends is None:             # jieba's cut only where an ending is there at all
                    ends = set(itertools.accumulate(len(word) for word, _ in tokens.pos_pairs(prefix)))
                if at + len(suffix) in ends:
                    best = max(best, at + len(suffix))
            at = prefix.rfind(suffix, 0, at)
    for place in places(prefix):
        best = max(best, place.end)
    return best


def modifier_end(text: str) -> int:
    """Where a description ending in 的 stops (0 if there is none); 的 inside quotation marks is ignored."""
    if "的" not in text:   # most phrases
        return 0
    plain = re.sub(r"“[^”]*”", lambda m: "＂" * len(m.group()), text)
    return plain.rindex("的") + 1 if "的" in plain else 0


def whole_foreign_name(text: str) -> bool:
    """``text`` is a foreign name with · (or a hyphen), and its last part runs on over no word of the sentence: a
    verb, an adverb or an adjective of jieba's dictionary of two characters or more, not in characters of
    transliteration, after the part's first word (让—皮埃尔·马丁|感到|非常|惊喜: the name ends where the transliteration
    does)."""
    if not FOREIGN_NAME.fullmatch(text):
        return False
    last = re.split(f"[{NAME_JOINERS}{NAME_DASHES}]", text)[-1]
    if len(last) <= 3:   # most names: no room for a word of the sentence after the part
        return True
    return not any(len(word) >= 2 and tag[:1] in SENTENCE_WORD_TAGS and tokens.dictionary_word(word) and
                   not set(word) <= transliteration_chars() for word, tag in tokens.pos_pairs(last)[1:])


# jieba's tags of the words that go on with a sentence after a name: verbs, adverbs, adjectives
SENTENCE_WORD_TAGS = ("v", "d", "a")


def _split_name(text: str) -> tuple[str | None, str]:
    """(name, title chain before it); the name is what follows the longest title, if it reads as a name."""
    best, best_title = None, 0
    for end in range(len(text) - 1, max(-1, len(text) - 16), -1):
        title = title_suffix(text[:end])
        # the longest title wins: 党总支书记|张耀文, not 党总支书|记张耀文; 博士生|泰勒, not 博士|生泰勒
        if not title or len(title) <= best_title:
            continue
        name = text[end:]
        # a foreign name's parts are transliterations, not words: jieba's cut of them is no evidence; nor is it of
        # a Japanese name's (露口洋|介)
        foreign = whole_foreign_name(name) or transliterated_name(name) or japanese_name(name, text[:end])
        if foreign or is_name(name) and not _holds_function_word(name) and not _opens_with_a_word(name) \
                and not _title_again(name):
            best, best_title = end, len(title)
    if best is not None:
        return text[best:], text[:best]
    # 营员|丹尼斯·曼图林, 粮仓管理员|刘玉翠: a noun for a person no title list holds
    before = _before_name_after_person_noun(text)
    if before and (not FOREIGN_NAME.fullmatch(text[len(before):]) or whole_foreign_name(text[len(before):])):
        return text[len(before):], before
    if title_suffix(text):      # 有关负责人表示: a title and no name
        return None, text
    if is_name(text) and not SIDE.fullmatch(text) and not abbreviated_country(text) and (
            _read_as_name(text) or whole_foreign_name(text) or _named_after_place(text) or tibetan_name(text)):
        return text, ""
    return None, ""


JAPAN = "日本"
# what a Japanese name never holds, in jieba's cut of it: a preposition, a conjunction, a particle, a pronoun
NOT_IN_A_JAPANESE_NAME = ("p", "c", "u", "r")
# ... nor a word of two characters or more that jieba tags as a verb, an adverb or a numeral (对此|评价: what the
# person does; a single character so tagged may be a given name's, 露口洋|介 v, 近藤|昭|一 m)
NOT_A_JAPANESE_WORD = ("v", "d", "m")


THREE_TO_FIVE = re.compile(rf"[{HAN}]{{3,5}}")


def japanese_name(text: str, before: str = "") -> bool:
    """``text``, after a title, is a Japanese name, whatever jieba makes of it (铃木|一郎 m, 露口洋|介 v): three to five
    Han characters that open with a surname of ``japanese_surnames.txt`` (two or three characters) and one to three
    of given name, or, where the description ``before`` it names Japan (日本帝京大学教授|露口洋介), three or four
    characters; never a place, a title, a unit's name (中山大学), or words that hold a preposition, a conjunction, a
    particle or a pronoun (教授|和他), or a verb or an adverb of two characters or more (教授|对此|评价)."""
    if not THREE_TO_FIVE.fullmatch(text) or text in not_names():
        return False
    surname = next((s for s in (text[:3], text[:2]) if s in japanese_surnames() and 1 <= len(text) - len(s) <= 3), "")
    if not surname and not (len(text) <= 4 and _names_japan(before)):
        return False
    words = tokens.pos_pairs(text[len(surname):])   # a listed surname is read as it is (久保 v)
    if words[-1][0] in "之也" and len(words) > 1:   # a given name's last character (清之, 哲也), whatever jieba tags it
        words = words[:-1]
    return not places(text) and title_suffix(text) is None and not text.endswith(organisation_suffixes()) and \
        not any(tag.startswith(NOT_IN_A_JAPANESE_NAME) or len(word) > 1 and tag.startswith(NOT_A_JAPANESE_WORD)
                and not (surname and tag == "m") for word, tag in words)   # 一郎 m, of a listed surname


def _names_japan(text: str) -> bool:
    """``text`` names Japan or a city of it (日本帝京大学, 东京大学: ``foreign_cities.csv``)."""
    return JAPAN in text or any(city in text for city in _japanese_cities())


@lru_cache(maxsize=1)
def _japanese_cities() -> tuple[str, ...]:
    """The cities of Japan that ``foreign_cities.csv`` lists (东京, 大阪 …)."""
    table = read_columns("foreign_cities.csv")   # without pandas, which the report's workers never import
    return tuple(name for name, country in zip(table["name"], table["country"]) if country == JAPAN)


def _title_again(text: str) -> bool:
    """``text``, after a title, ends in a title of two characters or more and opens with no surname (讲师|团成员,
    教练|组成员): the rest of a longer description, no name."""
    title = title_suffix(text)
    return title is not None and len(title) >= 2 and text[0] not in surnames()


PERSON_NOUN_ENDINGS = "员主生师长工手者家人士"   # 营员, 园主, 学员, 店主, 农场主…


def _opens_with_a_word(text: str) -> bool:
    """``text`` is a preposition and a group or a title (妈妈|向记者表达: no person 向记者; 于集华 is one), or,
    three characters or more, opens with a common noun of two whose first is no surname (干部|群众时: no 群众时)."""
    word, tag = tokens.pos_pairs(text)[0]
    rest = text[len(word):]
    return (tag == "p" and (rest in groups() or title_suffix(rest) == rest)) or (
        len(text) >= 3 and len(word) == 2 and tag == "n" and word[0] not in surnames())


def person_noun(word: str, tag: str) -> bool:
    """A noun of jieba's dictionary ending like a noun for a person (管理员, 园主, 毕业生), or a set phrase it tags
    ``l`` (翻译家)."""
    return len(word) >= 2 and tag in ("n", "l") and word[-1] in PERSON_NOUN_ENDINGS


def untransliterated_noun(word: str, tag: str) -> bool:
    """A common noun of jieba's dictionary of two characters or more, none of them a character of transliteration
    (导游, 司机, 厨师, 教练): glued before a transliterated name, a description of the person (an occupation), never
    the name's first part, which jieba may tag as a noun too (木合|塔尔, 买买提: characters of transliteration)."""
    return len(word) >= 2 and tag in ("n", "vn") and not set(word) & transliteration_chars() \
        and tokens.dictionary_word(word)


# Last characters of titles that jieba's model reads into the name after them where the title is no word of its
# dictionary (项目代办|员褚琴 nr, 窗口帮办|员冉琴): no name opens with one
GLUED_TITLE_ENDINGS = "员"


def glued_title_ending(word: str) -> bool:
    """``word``, three or four characters that jieba tags as a name, is a title's last character of
    :data:`GLUED_TITLE_ENDINGS` and a name that opens with a surname (员|褚琴, 员|欧阳芳): the name is the rest."""
    return 3 <= len(word) <= 4 and word[0] in GLUED_TITLE_ENDINGS and word[0] not in surnames() and \
        (word[1] in surnames() or word[1:3] in surnames())


def _before_name_after_person_noun(text: str) -> str | None:
    """What stands before a name that follows a noun for a person no title list holds: glued before a foreign name,
    the first word of its first part (营员丹尼斯·曼图林, 园主阿尔瓦罗·佩雷拉·科里; also an occupation of no such
    ending, 导游安德里亚斯·施罗德: :func:`untransliterated_noun`), with two characters or more of the name left (a
    transliteration's first word is a name or a place for jieba: 丹尼斯 ns, 约翰 nrt), or the words up to a later one
    (风机维护|师|伊万·…) where two or more characters of transliteration are left; before a Chinese name jieba reads
    as one (粮仓管理员|刘玉翠), or before a foreign name of three characters of transliteration or more
    (倡导者|哈尔基奇), everything before it; before a name jieba glued a title's last character to (项目代办|员褚琴:
    :func:`glued_title_ending`), everything up to that character. The description glued to a foreign name may be of
    any length (瓦迪拉姆旅游行业资深人士|伊斯梅尔·侯赛因)."""
    if DESCRIBED_FOREIGN_NAME.fullmatch(text):
        first = re.split(f"[{NAME_JOINERS}{NAME_DASHES}]", text, maxsplit=1)[0]
        at, before, places_only = 0, None, True
        for word, tag in tokens.pos_pairs(first):
            at += len(word)
            rest = first[at:]
            # first, or after a country's name alone (埃及|翻译家|侯赛因·伊斯梅尔: a nationality, then an occupation)
            opening = before is None and (at == len(word) or places_only)
            places_only = places_only and tag == "ns"
            # a noun for a person jieba cuts into a verb and its ending (维护|师, ng) ends the description too
            ending = person_noun(word, tag) or tag == "ng" and word in PERSON_NOUN_ENDINGS and at > 1 \
                or opening and untransliterated_noun(word, tag)
            if ending and len(rest) >= 2 and (opening or transliterated_name(rest)):
                before = first[:at]
        return before
    # both readings below need a noun for a person ending two characters or more before the end (a word of the
    # text's cut ending in one of PERSON_NOUN_ENDINGS, a name of two or more after it): none, no cut to make
    if any(char in PERSON_NOUN_ENDINGS for char in text[:-2]):
        words = tokens.pos_pairs(text)
        if len(words) >= 2 and words[-1][1].startswith("nr") and glued_title_ending(words[-1][0]):
            return text[:1 - len(words[-1][0])]     # 项目代办|员褚琴: the 员 closes the title
        if len(words) >= 2 and words[-1][1].startswith("nr") and 2 <= len(words[-1][0]) <= 3 \
                and person_noun(*words[-2]) and is_name(words[-1][0]):   # not 老师|殷殷 (nr): a way of speaking
            return text[:-len(words[-1][0])]
        # a foreign name written without · in characters of transliteration, three or more, however jieba cuts it
        # (反欺凌行为倡导者|哈尔基|奇)
        at = 0
        for word, tag in words:
            at += len(word)
            rest = text[at:]
            if person_noun(word, tag) and len(rest) >= 3 and transliterated_name(rest):
                return text[:at]
    return before_transliterated_name(text)


# What follows a foreign country's or city's name to make a word for its people (泰国人, 伊朗裔, 英国籍)
DEMONYM_ENDINGS = "人裔籍"


def before_transliterated_name(text: str) -> str | None:
    """What stands before a foreign name written without · that ends ``text``, where no noun for a person of
    :data:`PERSON_NOUN_ENDINGS` does: a nationality, a foreign place and 人, 裔 or 籍 (泰国人|肯特, 伊朗裔|谢拉泽),
    before two characters of transliteration or more, or a noun for a person by trade (:func:`_occupation`: 饮料经销商|
    克林特, 美食博主|基|亚尼), before three or more. The name is the longest run of such characters that jieba's cut
    begins, names no place and holds a word jieba tags as a name or a place; None where there is none (a Chinese
    name of such characters after an occupation is a name too: 经销商胡华明)."""
    chars = transliteration_chars()
    tail = len(text) - len("".join(itertools.takewhile(chars.__contains__, reversed(text))))
    if len(text) - tail < 2 or tail == 0:   # most phrases: no run of two at the end, or nothing before it
        return None
    words = tokens.pos_pairs(text)
    starts = list(itertools.accumulate((len(word) for word, _ in words), initial=0))
    for k, at in enumerate(starts[:-1]):
        if at < tail:
            continue
        name = text[at:]
        described = len(name) >= 3 and k and _occupation(*words[k - 1]) or after_demonym(text[:at])
        if described and transliterated_name(name) and not places(name) and \
                any(tag.startswith(("nr", "ns")) for _, tag in words[k:]):   # 阿兰 ns|卡: not a place as a whole
            return text[:at]
    return None


# Last characters of nouns for people by trade or pastime beyond :data:`PERSON_NOUN_ENDINGS` (经销商, 供应商, 房客,
# 网友, 球迷): never those of verbs that jieba tags as nouns too (悼念, 会见)
OCCUPATION_ENDINGS = "商客友迷"


def _occupation(word: str, tag: str) -> bool:
    """``word`` is a noun for a person by what they do: :func:`person_noun` (博主, 服务员), or one of jieba's dictionary
    ending in :data:`OCCUPATION_ENDINGS` (饮料经销商)."""
    return person_noun(word, tag) or len(word) >= 2 and tag == "n" and word[-1] in OCCUPATION_ENDINGS \
        and tokens.dictionary_word(word)


def after_demonym(text: str) -> bool:
    """``text`` ends in a word for a foreign country's or city's people: its name and 人, 裔 or 籍 (泰国人, 伊朗裔)."""
    if len(text) < 3 or text[-1] not in DEMONYM_ENDINGS:
        return False
    found = places(text[:-1])
    return bool(found) and found[-1].end == len(text) - 1 and not found[-1].province and \
        found[-1].country not in (None, "中国")


def title_chain(text: str) -> dict:
    """Split a speaker's description into organisation, titles and name.

    The title chain is what stands between the organisation and the name, as written (a title written
    after the name, 罗云峰代表, closes it); ``titles`` lists its titles one by one; ``place`` is the place
    that opens the organisation.

    >>> c = title_chain("贵州省毕节市委副书记、市长、市农业农村局党组书记、局长郑建旭")
    >>> c["organisation"], c["title"], c["titles"], c["name"]
    ('贵州省毕节市委', '副书记、市长、市农业农村局党组书记、局长', ['副书记', '市长', '党组书记', '局长'], '郑建旭')
    >>> title_chain("中国铁路成都局集团有限公司重庆机务段电力机车司机江彤")["title"]
    '电力机车司机'
    """
    text = text[modifier_end(text):]     # 75岁的|退休居民陈代蓉: what ends in 的 describes the person
    for after in titles_after_names() if text.endswith(titles_after_names()) else ():   # most end in none
        if text.endswith(after) and len(text) > len(after) and not _description_and_surname(text[:-len(after)], after):
            head = text[:-len(after)]
            inner = title_chain(head)
            if not inner["name"] and _named_before_title_or_foreign(head):
                inner = {**inner, "name": head}
            if not inner["name"]:        # 长沙市第一中学|王子涵|同学: a unit, the name, the title after it
                inner = _unit_then_name(head) or inner
            if inner["name"]:
                titles = inner["titles"] + [after]
                return {**inner, "title": "、".join(filter(None, [inner["title"], after])), "titles": titles}
    name, chain = _split_name(text)
    result = {"organisation": None, "title": None, "titles": [], "name": name, "place": None}
    if not chain:
        return result
    elements = chain.split("、")
    suffixes = [title_suffix(e) for e in elements]
    if suffixes[0] is None:
        if len(elements) == 1 and transliterated_name(name):   # 饮料经销商|克林特, 泰国人|肯特: the words describe
            result.update(title=chain, titles=[chain])           # a foreign name written without ·
        return result
    # The organisation is the unit named before the first title that has one (全国人大代表、
    # 深圳智联芯科技有限公司董事长: the company); the title chain is the rest, as written.
    organisation, written = None, list(elements)
    for i, (element, suffix) in enumerate(zip(elements, suffixes)):
        prefix = element[:len(element) - len(suffix)] if suffix else element
        cut = _org_boundary(prefix)
        rest = prefix[cut:]
        counted = UNIT_COUNT.match(rest)
        if PERSON_COUNT.match(rest):         # 一位年轻(工程师): a description, not part of the title
            rest = ""
        elif GENERATION.match(prefix):       # 90后(女孩): a description, neither part of the title nor a unit
            cut, rest = 0, ""
        elif counted:                        # 一家(企业负责人): the count word goes, the unit stays
            rest = rest[counted.end():]
        elif cut == 0 and len(prefix) > 2 and i == 0:   # 长安汽车, 东方空间: a name with no tell-tale ending
            cut, rest = len(prefix), ""
        if i == 0 or (cut and suffix):
            if cut:    # 本报记者专访了|公司: a clause with an aspect particle is no part of a unit's name
                organisation = ASPECT.split(prefix[:cut])[-1] or None
            written[i] = rest + (suffix or "")
        if organisation is not None or i > 0:
            break
    result.update(organisation=organisation, title="、".join(written),
                  titles=[s or e for s, e in zip(suffixes, written)], place=_opening_place(organisation))
    return result


def _description_and_surname(head: str, form: str) -> bool:
    """``head``, read before a kinship form of address (``anonymous_forms.txt``: 大爷, 师傅), ends in a surname alone
    after a word of jieba's dictionary of two characters or more (司机|王|师傅, 常客|朱|大爷, 居民|张|阿姨): a
    description and the surname form, which names no one; not a full name (村民|李建|华大爷, 高峰大爷)."""
    if form not in anonymous_forms() or len(head) < 3 or head[-1] not in surnames():
        return False
    last = tokens.pos_pairs(head[:-1])[-1][0]
    return len(last) >= 2 and tokens.dictionary_word(last)


def _opening_place(organisation: str | None) -> str | None:
    """The place that opens ``organisation`` (贵州省毕节市 of 贵州省毕节市委), or None."""
    chains = place_chains(organisation) if organisation else None
    return organisation[:chains[0][-1].end] if chains and chains[0][0].start == 0 else None


def _unit_then_name(text: str) -> dict | None:
    """``text``, before a title written after a name, is a unit's name and a Chinese name with no title between
    (长沙市第一中学|王子涵 同学, 湘雅医院|周海涛 医生): the unit and the name, or None."""
    cut = _org_boundary(text)
    name = text[cut:]
    if not cut or not _named_before_title(name) and not _read_as_name(name):
        return None
    organisation = text[:cut]
    return {"organisation": organisation, "title": None, "titles": [], "name": name,
            "place": _opening_place(organisation)}


def strip_adverbials(phrase: str) -> str:
    """The phrase without what stands between a speaker and the verb (在接受记者采访时, 笑着, 纷纷, 高兴地)."""
    previous = None
    while previous != phrase:
        previous, phrase = phrase, ADVERBIAL.sub("", _without_manner(phrase))
    return phrase


MANNER_WORD = re.compile(rf"[{HAN}]{{1,4}}")
DEGREE = re.compile(r"(?:很|非常|十分|特别|格外|更加|更|颇为|有些|有点)$")


def _without_manner(phrase: str) -> str:
    """``phrase`` without a manner adverb in 地 at its end: its longest run of whole words of up to four characters
    before 地 (信心满满地, 语重心长地), but never one that leaves a surname alone (谢|长顺高兴地: jieba cut the name,
    so only the last word goes, 谢长顺|高兴地), and a word of degree before it (很高兴地). A run never takes a word
    that names or describes who speaks (:func:`_speaker_word`: 王明|兴奋地, 村民|王芳|高兴地), nor opens with a
    character alone that is no adverb (石子|非|兴奋地: the end of a name jieba cut; 很|高兴地 still goes, 很 with
    the degree words); a word jieba reads as a name may be the manner where it is the last (孟三|支支吾吾 nr)."""
    if len(phrase) < 3 or not phrase.endswith("地"):
        return phrase
    pairs = tokens.pos_pairs(phrase[:-1])
    words = [w for w, _ in pairs]
    starts = list(itertools.accumulate((len(w) for w in words[:-1]), initial=0))
    # no manner runs over a name, a place, a locative or a noun for a person before its last word (村民|王芳|高兴地,
    # 当地|咖农|高兴地, 王明|兴奋地: the speaker, not how they speak), nor opens with a character alone that is no
    # adverb
    first = max((n + 1 for n, (w, tag) in enumerate(pairs[:-1]) if _speaker_word(w, tag)), default=0)
    cuts = [at for at, (word, tag) in list(zip(starts, pairs))[first:] if MANNER_WORD.fullmatch(phrase[at:-1]) and
            not (len(word) == 1 and not tag.startswith(("d", "m")))]
    if not cuts:
        return phrase
    head = phrase[:cuts[0]]
    if len(head) == 1 and head in surnames():
        head = phrase[:cuts[-1]]
    return DEGREE.sub("", head)


def _speaker_word(word: str, tag: str) -> bool:
    """``word`` (tagged ``tag`` by jieba) names or describes who speaks: a name, a place, a locative (当地), a title or
    a noun for a person (村民, 咖农): no part of a manner adverb in 地 after it."""
    return tag.startswith(("nr", "ns")) or tag == "s" or title_suffix(word) == word or person_noun(word, tag)


# Prepositions after which a person or a group is an addressee, a partner or a source, not the speaker (对到访的…
# 布林肯说, 根据各代表团的意见…建议, 为当地群众讲述); read where jieba tags them as prepositions (与会, 对外联络部,
# 为民服务 are words)
PREPOSITIONS = frozenset({"对", "向", "同", "与", "跟", "为", "给", "根据", "按照", "通过", "就"})
PREPOSITION_CHARS = re.compile("[对向同与跟为给据照过就]")


def head_before_preposition(phrase: str) -> str | None:
    """The part of ``phrase`` before its first preposition of :data:`PREPOSITIONS` (not its first word), or None. A
    preposition has an object: one that ends the phrase, right before the verb, is none, but the last character of a
    name that jieba cut off (总监刘西|同|介绍, 站长周文|与|表示).

    >>> head_before_preposition("以色列总理内塔尼亚胡对到访的美国国务卿布林肯")
    '以色列总理内塔尼亚胡'
    """
    if not PREPOSITION_CHARS.search(phrase):   # most phrases: no cut needed
        return None
    return _head_before_preposition(phrase, tokens.dictionary_key())


@lru_cache(maxsize=4096)   # the genre repeats its phrases; the segmenter's dictionaries are part of the key
def _head_before_preposition(phrase: str, dictionaries) -> str | None:
    at = 0
    for word, tag in tokens.pos_pairs(phrase):
        if not at and tag == "v":    # 让|西部地区学生|通过…: a clause opened by a verb names no speaker
            return None
        if at and tag == "p" and word in PREPOSITIONS and at + len(word) < len(phrase):
            return phrase[:at]
        at += len(word)
    return None


def parse_speaker(phrase: str) -> Speaker | None:
    """Who ``phrase`` names, or None if it names no one (see the module's docstring). Remembered per
    phrase and dictionary state: the genre names the same people with the same phrases again and again."""
    return _parse_speaker(phrase.strip()[-LONGEST_PHRASE:], tokens.dictionary_key())


@lru_cache(maxsize=8192)
def _parse_speaker(phrase: str, dictionaries) -> Speaker | None:
    lead = LEAD_IN.match(phrase)
    # a lead-in that opens a place's name is no lead-in (也门胡塞武装)
    if lead and not any(p.start == 0 and p.end > lead.end() for p in places(phrase[:12])):
        core = phrase[lead.end():]
    else:
        core = phrase
    if not core:
        return None
    for mention, name, title in leaders():
        if core == mention:
            return Speaker(name, "leader", title or None, phrase=phrase)
    if core in PRONOUNS:
        return Speaker(core, "pronoun", phrase=phrase)
    if core.startswith(FIRST_PERSON) and narrator(core):
        return Speaker(narrator(core), "group", phrase=phrase)
    if core.endswith(WITHHELD) and withheld_name(core):
        return Speaker(core, "group", phrase=phrase)
    if surname_form(core):
        return Speaker(core, "person", phrase=phrase)
    origin = ORIGIN.search(phrase)
    cut = modifier_end(core)
    modifier, rest = core[:cut], core[cut:]
    honours = HONOURS.findall(modifier) if modifier.endswith("称号的") else []
    chain = title_chain(rest)
    if modifier and not chain["name"] and not chain["title"] and named_after_modifier(rest):
        chain = {**chain, "name": rest}              # 来自乌克兰的|达莉娅: a foreign name written without ·
    if modifier and chain["name"] == rest and len(rest) == 2 and not honours and tokens.dictionary_word(rest):
        # …看着即将收获的|麦田: a word of two of jieba's dictionary (麦田 nr; most it tags as names are common nouns,
        # most of three are persons: 徐霞客) is no name alone after 的
        return None
    named_deputy = chain["name"] and rest.endswith(titles_after_names())   # 罗云峰代表, not the group 代表
    plural = rest.endswith("们") and title_suffix(rest[:-1]) is not None    # 渔民们: a title and 们
    if (plural or rest.endswith(groups())) and not named_deputy:     # 各国与会嘉宾和专家学者
        unnamed = _unnamed(core)
        return Speaker(unnamed, "group", phrase=phrase) if unnamed and len(phrase) <= 25 else None
    if not chain["name"] and not chain["title"]:
        return None
    organisation = chain["organisation"]
    if organisation is None and chain["title"] and modifier and not honours and not origin:
        # 华为的一位年轻工程师: the company is the organisation (of a title only: 土生土长的本地人王某 holds none)
        owner = tokens.pos_pairs(modifier[:-1])
        if len(owner) == 1 and owner[0][1][:1] in ("n", "e") and owner[0][1] != "nrfg":
            organisation = owner[0][0]
    title = chain["title"] or ("、".join(honours) if honours else None)
    leader = next((t for _, name, t in leaders() if name == chain["name"]), None)
    if leader is not None:                           # 中共中央总书记、国家主席习近平: the leader, in full
        return Speaker(chain["name"], "leader", title or leader or None, phrase=phrase)
    if chain["name"]:
        return Speaker(chain["name"], "person", title, organisation, chain["place"],
                       origin.group(1) if origin else None, phrase)
    unnamed = _unnamed(core)                         # 有关负责人, 一位老人: described, not named
    if unnamed is None:
        return None
    if unnamed != core:                              # 自己一直记得|老师: the description is read again
        return _parse_speaker(unnamed, dictionaries)
    return Speaker(core, "group", title, organisation, chain["place"], origin.group(1) if origin else None, phrase)


def _unnamed(core: str) -> str | None:
    """The words of ``core`` that describe an unnamed speaker: what follows a verb of perceiving or remembering
    of the narrator or of the speaker around (自己一直记得|老师, 我看到|一名三年级的小女孩); None where it is the
    object of a verb or a preposition that opens it (听|他们, 为|来买家电的顾客): that clause names no subject.

    >>> _unnamed("自己始终记得师傅"), _unnamed("听他们"), _unnamed("与会代表")
    ('师傅', None, '与会代表')
    """
    words = tokens.pos_pairs(core)
    if not words:
        return None
    first = words[0][0]
    if first in NARRATOR:
        at = 0
        for word, _ in words:
            at += len(word)
            if word in PERCEIVING:
                return core[at:] or None
        return core
    return None if first in OBJECT_OPENERS else core


def narrator(core: str) -> str | None:
    """The first person (我, 我们, 笔者) that ``core`` is, alone or before a verb or an adverb (我开玩笑, 我笑着): the
    narrator; not a first person that owns a description (我的同事李正) or a word that opens with it (我国)."""
    words = tokens.pos_pairs(core)
    if any(word in PERCEIVING for word, _ in words):   # 我读到|一名男生: the one perceived speaks
        return None
    if words[0][0] in FIRST_PERSON and (len(words) == 1 or words[1][1][:1] in ("v", "d")):
        return words[0][0]
    return None


def is_reporter(speaker: Speaker) -> bool:
    """``speaker`` is the article's reporter, named bare (记者, 此时记者), or the narrator (我, 笔者): whose words and
    questions are no speech event.

    >>> [is_reporter(parse_speaker(phrase)) for phrase in ("此时记者", "一名外国记者", "我")]
    [True, False, True]
    """
    if speaker.kind == "group" and speaker.name in FIRST_PERSON:
        return True
    if speaker.kind != "group" or not speaker.name.endswith(REPORTER):
        return False
    words = itertools.dropwhile(lambda w: w[1] in ("t", "c", "d"), tokens.pos_pairs(speaker.name))
    return "".join(word for word, _ in words) in REPORTER


def renamed(speaker: Speaker, full: Speaker) -> Speaker:
    """``speaker`` under the fuller name and description of ``full`` (斯柳萨列娃 → 娜塔莉娅·斯柳萨列娃)."""
    return replace(speaker, name=full.name, title=speaker.title or full.title,
                   organisation=speaker.organisation or full.organisation, place=speaker.place or full.place,
                   origin=speaker.origin or full.origin)
