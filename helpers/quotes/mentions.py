"""Stage 4a: the persons a paragraph names outside its quotations, with their descriptions, and whom a
pronoun refers to.

A person is a word jieba tags as a name (nr…), joined with the name words after it, or the two
characters after a title where jieba's cut missed the name (实验室副主任何志远: 主/任何/志远), or a foreign
name after a title that jieba reads as a place or that has five characters or more (俄罗斯总统普京, 以色列总理
内塔尼亚胡). A bare
name that is an entry of jieba's own dictionary (麦苗 nr) counts only if the article also introduces it
with a title or has heard it speak. A name that is also a place (王海南, 李云南) is a name where jieba
reads it as one or a title stands before it.

>>> from helpers.quotes.paragraph import read_paragraph
>>> [m.name for m in mentions(read_paragraph("种粮大户刘建国正在查看麦苗长势。"))]
['刘建国']
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

from . import tokens
from .paragraph import Paragraph
from .places import places, spells_a_place
from .speakers import (
    HAN,
    LONGEST_PHRASE,
    NAME_DASHES,
    NAME_JOINERS,
    VERBS_OF_MANNER,
    Speaker,
    after_demonym,
    function_word,
    glued_title_ending,
    he_surname_name,
    is_name,
    japanese_name,
    named_after_modifier,
    parse_speaker,
    person_noun,
    predicate_after_title,
    surname_form,
    tibetan_name_pattern,
    title_suffix,
    transliterated_name,
    two_surnames_name,
    unknown_proper_name,
)
from .tables import (
    anonymous_forms,
    groups,
    honorifics,
    leaders,
    minority_name_parts,
    organisation_suffixes,
    speaker_titles,
    speech_verbs,
    surnames,
    transliteration_chars,
)

CONJUNCTIONS = "和与及、"
# What ends a village's or township's name: a "name" right before it is part of that name (阿达伊达蒙|村), unless
# a title or a word of its people follows (王村长, 村民, 村委, 村干部, 村支书, 镇党委)
VILLAGE_AFTER = re.compile(r"[村镇乡寨屯](?![长民委干支党里])")


@lru_cache(maxsize=1)
def unit_endings() -> tuple[str, ...]:
    """Endings of units' names of two characters or more (``organisation_suffixes.txt``: 中学, 集团, 医院) that
    no title begins with (not 工程|师, 党委|书记): a "name" right before one is part of the unit's name (弘德|中学)."""
    titles = speaker_titles()
    return tuple(s for s in organisation_suffixes() if len(s) >= 2 and not any(t.startswith(s) for t in titles))


def unit_after(text: str, at: int) -> bool:
    """A village's or a unit's name ends with what follows ``at`` (阿达伊达蒙|村, 弘德|中学), or an ending that titles
    also open, then 的 (文智|社区的张英; not 社区书记), or where no title opens there (惠民|工程还能…; not 工程师)."""
    return bool(VILLAGE_AFTER.match(text, at)) or text.startswith(unit_endings(), at) or \
        text.startswith(_unit_endings_of(), at) or \
        text.startswith(_title_opening_endings(), at) and not _title_at(text, at)


@lru_cache(maxsize=1)
def _unit_endings_of() -> tuple[str, ...]:
    """Endings of units' names of two characters or more, then 的 (社区的, 公司的)."""
    return tuple(s + "的" for s in organisation_suffixes() if len(s) >= 2)


@lru_cache(maxsize=1)
def _title_opening_endings() -> tuple[str, ...]:
    """Endings of units' names of two characters or more that a title opens (工程: 工程师; 社区: 社区书记)."""
    return tuple(s for s in organisation_suffixes() if len(s) >= 2 and s not in unit_endings())


def _title_at(text: str, at: int) -> bool:
    """A title of ``speaker_titles.csv`` begins at ``at`` of ``text`` (工程师, 社区书记)."""
    titles = speaker_titles()
    return any(text[at:end] in titles for end in range(at + 2, min(len(text), at + 12) + 1))


# What follows two countries' or parties' abbreviations, never a person's name (卢中|两国人民: 卢旺达 and 中国)
TWO_SIDES = ("两国", "两党", "两军")


# jieba's tags of the nouns that make up a unit's name after its proper part (智微|新材/科技/有限公司)
UNIT_NAME_TAGS = frozenset({"n", "nt", "nz", "vn"})
UNIT_NAME_WORDS = 4   # the most such words read


def _unit_named_after(words: list[tuple], j: int) -> bool:
    """The words from ``words[j]`` on name a unit with the "name" before them: a word jieba tags as an organisation
    (普立|供电所 nt), or nouns up to an ending of a unit's name (智微|新材/科技/有限公司): a place or a firm's own
    name (a township, a brand), not a person."""
    if j < len(words) and words[j][1] == "nt":
        return True
    run = ""
    for word, tag, *_ in words[j:j + UNIT_NAME_WORDS]:
        if tag not in UNIT_NAME_TAGS:
            break
        run += word
        if run.endswith(unit_endings()):
            return True
    return False


def _village_name(name: str, text: str, end: int) -> bool:
    """``name`` (ending at ``end`` of ``text``), three characters or more, ends as a village's or a township's name
    does (高坪村全村…, 毛田镇新建…): jieba's model tags many such names nr, but they are places; so is a "name" run on
    from such a word (乾潭镇|梅: the township, then the first character of a village's name)."""
    return len(name) >= 3 and bool(VILLAGE_AFTER.match(text, end - 1))
# jieba's tags of bound morphemes (verb, noun, adjective, character-only): never a word alone
BOUND = frozenset({"vg", "ng", "ag", "zg"})
# jieba's tags of a one-character word that is not a surname where it stands (于|上海, 和|平, 在)
NOT_A_SURNAME = frozenset({"p", "c", "d", "r", "u", "uj", "ul", "m", "q", "f", "v"})


@dataclass(frozen=True)
class Mention:
    """A person named at ``start:end`` of a paragraph's text, as the sentence describes them."""

    name: str
    start: int
    end: int
    speaker: Speaker
    described_from: int = -1   # where the description before the name begins

    @property
    def described(self) -> bool:
        return self.speaker.described


def title_in_word(text: str, m: re.Match) -> bool:
    """The title of one character matched at ``m`` makes one word of jieba's dictionary with the character after it
    (官|方账号: 官方): no title there."""
    return len(m.group()) == 1 and m.end() < len(text) and tokens.dictionary_word(m.group() + text[m.end()])


# Nouns of one character that follow a name as a word of their own (王强家: his home; 高峰时: when), never its last
# character
NOUNS_AFTER_A_NAME = frozenset("家时")
# jieba's tags of a last given-name character it reads as a conjunction or an idiom of one character (张忠|和, 邢伟|彬)
# where a mark closing a clause follows: no conjunction ends a clause, so the character is the name's
CLOSING_CHARACTER_TAGS = ("c", "i")
CLAUSE_MARKS = "，。；！？、：）"
# Adverbs that jieba reads into a four-character name after a three-character one (赵海伶正与, 王建国也说)
ADVERB_AFTER_NAME = frozenset("正在也还又就都便才却仍")
# 在 before a verb marks an action under way (胡尧在讲解时, 王明在介绍): no given name's last character (audit23q)
ASPECT_PREPOSITIONS = frozenset("在")
# An adverb that jieba reads into a name of three characters (王巍曾|这样评价): 曾 (once) opens the predicate; no name
# is a surname, one character and 曾
ADVERB_AFTER_SHORT_NAME = "曾"


def join_name(words: list[tuple], i: int) -> tuple[str, int]:
    """The name that begins at ``words[i]`` (``(word, tag, …)`` of jieba's cut, the first tagged as a
    name) and the index after it: the name words that follow, every part of a foreign name after its ·s,
    the given name after a surname cut off alone (杨/光明), a last given-name character that jieba
    read as a conjunction or a one-character word before a verb (何建/和/竖起, 刘阳/三/说), or left alone
    as a bound morpheme (段江/哗, 李/文/喆), or read as a noun before a reporting verb (徐成/志/回忆起) or as a
    preposition right before one, with no object (刘西/同/介绍), or one that
    jieba cannot read as a word at all (索木措/姆), or left alone as a verb after a name that opens with two surnames,
    before a reporting verb (王陈思/如/说: :func:`two_surnames_name`), up to four characters; not a
    word of jieba's dictionary after the part that follows a · (阿依古丽·吐尔逊|朴素的话语), nor a reporting verb that
    jieba tags as a name (岳明|夸赞 nrt)."""
    name, j = words[i][0], i + 1
    while j < len(words) and (words[j][1].startswith("nr") and not _word_after_foreign_name(name, words[j][0]) and
                              words[j][0] not in speech_verbs() and not _word_after_whole_name(name, words[j][0])
                              and not _word_after_two_characters(name, words[j][0]) or
                              _more_of_a_part_after_a_dot(name, words[j][0]) or
                              (_joiner(name, words[j][0]) and j + 1 < len(words) and
                               re.fullmatch(rf"[{HAN}]+", words[j + 1][0])) or
                              (name.endswith(JOINERS_AND_DASHES) and re.fullmatch(rf"[{HAN}]+", words[j][0])) or
                              (j + 1 < len(words) and words[j + 1][0] in NAME_JOINERS and
                               re.fullmatch(rf"[{HAN}]{{1,2}}", words[j][0]))):
        name += words[j][0]
        j += 1
    single = j < len(words) and re.fullmatch(rf"[{HAN}]", words[j][0])
    dotted = any(dot in name for dot in NAME_JOINERS) and not name.endswith(JOINERS_AND_DASHES)
    if dotted and single and (words[j][1] == "n" or words[j][1] in BOUND):
        name += words[j][0]    # jieba's 阿卜杜拉耶/夫
        j += 1
    elif len(name) == 1 and j < len(words) and len(words[j][0]) <= 2 and re.fullmatch(rf"[{HAN}]+", words[j][0]) \
            and not _verb(words[j]):
        name += words[j][0]
        j += 1
    elif len(name) == 2 and single and j + 1 < len(words) and words[j][0] not in NOUNS_AFTER_A_NAME and (
            words[j + 1][1].startswith(("v", "d")) and words[j][1] in ("c", "m") and not tokens.dictionary_word(name)
            or words[j][1] == "n" and words[j + 1][0].startswith(tuple(speech_verbs()))
            or words[j][1] == "p" and words[j][0] not in ASPECT_PREPOSITIONS and words[j + 1][0] in speech_verbs()
            or _verb_cut_off_before_saying(name, words[j], words[j + 1][0])):
        # not 师傅|半|蹲, 高峰|时|预计, 胡尧|在|讲; but 徐成/志/回忆起, 刘西/同/介绍 (no object), 张庭/帮/说
        name += words[j][0]
        j += 1
    elif len(name) == 2 and single and name[0] in surnames() and words[j][1] in CLOSING_CHARACTER_TAGS and \
            (j + 1 == len(words) or words[j + 1][0][:1] in CLAUSE_MARKS or
             words[j][1] != "c" and words[j + 1][0] in speech_verbs()):
        # 77岁的张忠|和|。, 邢伟|彬|，是…: no conjunction ends a clause, nor stands alone before 说 (not 贺信|并|宣布)
        name += words[j][0]
        j += 1
    if len(name) == 2 and j < len(words) and re.fullmatch(rf"[{HAN}]", words[j][0]) and (
            words[j][1] in BOUND and words[j][0] not in NOUNS_AFTER_A_NAME and not _common_word(name)
            or _abbreviation_in_name(words, j)):
        # a rare given-name character jieba leaves alone as a bound morpheme (段江/哗, 埃拉/奇); not after a word of
        # its dictionary in no characters of transliteration (毛竹|行, 魏晋|时: a thing or an age, then a word)
        name += words[j][0]
        j += 1
    elif 3 <= len(name) < 8 and j < len(words) and transliterated_name(name + words[j][0]) and \
            re.fullmatch(rf"[{HAN}]", words[j][0]) and _abbreviation_in_name(words, j):
        name += words[j][0]    # 米舒斯|京|和: a foreign name's last character, read as a city's abbreviation (names23b)
        j += 1
    if len(name) < 4 and j < len(words) and words[j][1] == "x" and re.fullmatch(rf"[{HAN}]", words[j][0]):
        name += words[j][0]    # a character jieba cannot read as a word of its own is more of the name: 索木措/姆
        j += 1
    if j + 1 < len(words) and words[j + 1][0] in speech_verbs() and two_surnames_name(name, words[j][:2]):
        name += words[j][0]    # 王陈思|如|说: a name of four that opens with two surnames
        j += 1
    if len(name) == 4 and name[-1] in ADVERB_AFTER_NAME and name[0] in surnames() and name[:2] not in surnames():
        name = name[:3]        # jieba's 赵海伶正|与网友互动: a one-character surname, two of given name, an adverb
    elif len(name) == 3 and name.endswith(ADVERB_AFTER_SHORT_NAME) and name[0] in surnames() \
            and name[:2] not in surnames():
        name = name[:2]        # jieba's 王巍曾|这样评价
    return name, j


JOINERS_AND_DASHES = tuple(NAME_JOINERS + NAME_DASHES)

# Verbs of one character that stand between a speaker and a reporting verb: a modal or auxiliary (王明|会/想/要|说,
# 李华|来|介绍), never a name's last character
MODALS_BEFORE_SAYING = frozenset("要会能想敢该得爱来去可肯愿好应需没是有")


def _verb_cut_off_before_saying(name: str, word: tuple, after: str) -> bool:
    """``word``, one character jieba reads as a verb after ``name`` (a surname and one character) and right before a
    reporting verb (张庭|帮|说), is the given name's second character: no verb of one character stands alone before
    one, but a modal (会说, 来介绍: :data:`MODALS_BEFORE_SAYING`) or a verb of manner (笑说, 接话)."""
    return word[1] == "v" and name[0] in surnames() and after in speech_verbs() and word[0] not in speech_verbs() \
        and word[0] not in VERBS_OF_MANNER and word[0] not in MODALS_BEFORE_SAYING


def _joiner(name: str, word: str) -> bool:
    """``word`` joins two parts of the foreign name ``name`` opens: a · or a hyphen, or a dash where ``name`` holds
    one of those already (托尔斯滕·舍费尔—君贝尔: a double-barrelled surname; not 中国—东盟)."""
    return word in NAME_JOINERS or word in NAME_DASHES and any(dot in name for dot in NAME_JOINERS)


# jieba's tags of what may follow a whole name: a verb, an adverb, an adjective, a conjunction, a preposition, a mark
AFTER_A_NAME = ("v", "d", "a", "c", "p", "x")


def _common_word(name: str) -> bool:
    """``name`` is a word of jieba's dictionary not written in characters of transliteration (毛竹, 魏晋; not 埃拉)."""
    return tokens.dictionary_word(name) and not transliterated_name(name)


def _abbreviation_in_name(words: list[tuple], j: int) -> bool:
    """``words[j]``, one character that jieba reads as a place's abbreviation or a place (川, 京: ``j``; 坤: ``ns``)
    right after a name of two characters, before a verb, an adverb, a preposition or a mark (林海/川/接过, 常春/川/开,
    邓明/坤/沿着): the last character of the given name, not a place (no place stands between a person and their
    action)."""
    return words[j][1] in ("j", "ns") and (j + 1 == len(words) or words[j + 1][1].startswith(AFTER_A_NAME))


def _more_of_a_part_after_a_dot(name: str, word: str) -> bool:
    """``word`` goes on with the part after a · that ``name`` ends in: written in characters of transliteration, and
    no reporting verb (艾沙·吾|守|尔, 沙吾尔·芒|力克: jieba's cut of an Uyghur name)."""
    return any(dot in name for dot in NAME_JOINERS) and name[-1] not in NAME_JOINERS and \
        set(word) <= transliteration_chars() and word not in speech_verbs()


def _word_after_whole_name(name: str, word: str) -> bool:
    """``name`` is whole, a one-character surname and two characters of given name, and ``word`` an entry of jieba's
    dictionary that it tags as a name, in no characters of transliteration (田东芳|满怀 nr|憧憬): a word of the
    sentence, not more of the name (a foreign name runs on: 伊万诺|夫娜, 斯托尔|滕|贝格)."""
    return len(name) == 3 and len(word) >= 2 and name[0] in surnames() and name[:2] not in surnames() and \
        not transliterated_name(name) and tokens.dictionary_word(word) and not set(word) <= transliteration_chars()


def _word_after_two_characters(name: str, word: str) -> bool:
    """``name``, two characters and no compound surname or Tibetan name part, and ``word``, an entry of jieba's
    dictionary of two characters or more not written in characters of transliteration (通伦|祝贺 nr, 杨卫|干劲十足 nr):
    a word of the sentence that jieba tags as a name, not the rest of the name (no given name has three characters)."""
    return len(name) == 2 and len(word) >= 2 and name not in surnames() and \
        not name.startswith(minority_name_parts()) and tokens.dictionary_word(word) and \
        not set(word) <= transliteration_chars()


def _word_after_foreign_name(name: str, word: str) -> bool:
    """``word`` follows a foreign name's part after a · (阿依古丽·吐尔逊|朴素), is an entry of jieba's dictionary,
    which tags it as a name, and is not written in characters of transliteration (as 热克舍姆|别科夫 is): a word of
    the sentence, not more of the name."""
    return name[-1] not in NAME_JOINERS and any(dot in name for dot in NAME_JOINERS) and len(word) >= 2 and \
        tokens.dictionary_word(word) and not set(word) <= transliteration_chars()


def _verb_or_particle(word: tuple) -> bool:
    """A reporting verb, preposition, conjunction or particle: what never ends a name (童|介绍)."""
    return word[0] in speech_verbs() or word[1][:1] in ("p", "c", "u")


def _verb(word: tuple) -> bool:
    """A verb or verbal noun (麦|工作): not the given name after a surname cut off alone."""
    return _verb_or_particle(word) or word[1] in ("v", "vn", "vd")


def surname_and_place(words: list[tuple], i: int) -> str | None:
    """A surname that jieba did not tag as a name, then a given name it read as a place or another name
    (刘/泰安, 刘/建安): one name. A surname that is a preposition or a conjunction here (于|上海, 向|西安)
    is not one; one jieba reads as a measure word is one where no numeral or demonstrative counts with it (张|开国给…:
    not 一张|新年贺卡)."""
    if i + 1 >= len(words) or words[i][0] not in surnames():
        return None
    if words[i][1] in NOT_A_SURNAME and not (words[i][1] == "q" and (i == 0 or words[i - 1][1][:1] not in "mr")):
        return None
    given = words[i + 1]
    named = given[1] in ("ns", "nz") or given[1].startswith("nr")
    return words[i][0] + given[0] if named and len(given[0]) <= 2 else None


def _listed_with_things(words: list[tuple], i: int) -> bool:
    """The word at ``i`` follows 、 after a word that is no name (小区、楼栋) or spells a place's (湖石、黄石、宣石:
    黄石 is a city's name, though not a place in a list of stones): an item of a list of things."""
    before = words[i - 2][0] if i >= 2 else ""
    return i >= 2 and words[i - 1][0] == "、" and (not words[i - 2][1].startswith("nr") or is_place_name(before)
                                                   or spells_a_place(before))


def _modifies_a_thing(words: list[tuple], i: int, j: int) -> bool:
    """``words[j]``, right after a name that ``words[i]`` begins inside its clause, is a common noun of two
    characters or more (摆放的|黎锦|作品, 将领|陈中柱|事迹): the "name" names what the thing is made of or whose it
    is, not a person who acts. Not for a name that opens its clause, the subject (杜嘉祺|高度赞赏: jieba tags 高度 a
    noun there), nor before a word for a person (a title, 女士, 夫妇), a verb doubled that jieba tags as a noun
    (马贵滨|指指: he points), or what its dictionary lacks (付静|婵入: jieba's cut of a name)."""
    if i == 0 or words[i - 1][1] == "x" or j >= len(words) or words[j][1] != "n" or len(words[j][0]) < 2:
        return False
    word = words[j][0]
    return word[0] != word[1] and tokens.dictionary_word(word) and title_suffix(word) is None and \
        word not in anonymous_forms() and word not in groups() and not person_noun(word, "n")


def is_place_name(name: str) -> bool:
    """``name`` reads as a place, not a person: a place covers it, or a part of it that does not follow a
    surname (王|海南 and 张|河南 are people; 海南, 云南省 are places)."""
    return any(p.start == 0 or name[:p.start] not in surnames() for p in places(name))


def _description_start(par: Paragraph, start: int, found: list[Mention]) -> int:
    """Where the description of a person named at ``start`` begins: the clause, or after the person
    named before them in it and a 和/与/及/、 (种粮大户张建军和|村民李卫东), or after such a person and the verb
    they do it with (村医吴光潮看完|村民吴林星的报告: the one seen is described by 村民 alone), or after any verb with
    an aspect particle (…药剂员代红拨通了|68岁居民张美华: a clause, whose object the person is, whoever its subject);
    never with the preposition 在 that opens the clause (在|副主任医师王某的引导下: a frame; not 在场, 在职)."""
    clause = max(par.clause_start(start), start - LONGEST_PHRASE)
    if par.text.startswith("在", clause) and clause + 1 < start and \
            not tokens.dictionary_word(par.text[clause:clause + 2]):
        clause += 1
    ends = {m.end for m in found if clause <= m.start < start}   # found: the mentions near ``start``
    joined = [e + 1 for e in range(clause, start) if e in ends and par.text[e] in CONJUNCTIONS]
    nearest = max((e for e in ends if e < start), default=None)   # only the nearest person can act on them
    acted = _verb_after(par.text, nearest, start) if nearest is not None else 0
    return max([clause, _after_completed_verb(par.text, clause, start)] + joined +
               ([nearest + acted] if acted else []))


def _after_completed_verb(text: str, begin: int, end: int) -> int:
    """Where the last verb of ``text[begin:end]`` with an aspect particle after it (拨通|了, 握|着) ends, with the
    particle; ``begin`` if there is none (most descriptions: no particle to cut at)."""
    if not any(particle in text[begin:end] for particle in "了着过"):
        return begin
    at, after, previous = begin, begin, ""
    for word, tag in tokens.pos_pairs(text[begin:end]):
        at += len(word)
        if tag in ASPECT and previous.startswith("v"):
            after = at
        previous = tag
    return after


def _verb_after(text: str, at: int, before: int) -> int:
    """The length of the verb that jieba reads right at ``at``, with a complement or an aspect particle after it
    (看|完, 带|着), before ``before``; 0 if there is none."""
    words = tokens.pos_pairs(text[at:before])
    if not words or words[0][1] != "v":
        return 0
    completed = len(words) > 1 and (words[1][1] in ASPECT or words[1][0] in COMPLEMENTS)
    return len(words[0][0]) + (len(words[1][0]) if completed else 0)


def _inside_a_description(par: Paragraph, found: list[Mention]) -> set[int]:
    """Starts of "names" that stand inside another person's description: part of a unit's name
    (安天|科技集团董事长肖新光), not the subject of a verb or a preposition before that person (村民郦大为|不断向…
    父亲郦荣法学习). Descriptions are short, so only the mentions just after are looked at."""
    starts = [m.start for m in found]
    inside = set()
    for m in found:
        following = found[bisect_right(starts, m.start):bisect_right(starts, m.end + LONGEST_PHRASE)]
        if any(n.described_from <= m.start and m.end <= n.start and not _subject_before(par.text[m.end:n.start])
               for n in following):
            inside.add(m.start)
    return inside


def _subject_before(between: str) -> bool:
    """What stands between two names opens with an adverb and a preposition (不断|向…): the first is a subject."""
    words = tokens.pos_pairs(between[:8])
    tags = [tag for _, tag in words[:3]]
    return bool(tags) and "p" in tags and all(tag in ("d", "p") for tag in tags[:tags.index("p") + 1])


def _after_leader(text: str, at: int) -> bool:
    """``at`` follows a mention of the leader (习近平主席|贺信: jieba may tag the next word as a name); a bare title
    (总书记) after another unit's name (联合民主同盟总书记|奥马尔, 越共中央总书记|苏林) is that unit's, not his."""
    return any(text.endswith(m, 0, at) and not _another_units_title(text, at - len(m), m, title)
               for m, _, title in leaders())


# How the Party the leader heads is named before his bare title (中共中央总书记)
OWN_PARTY = ("中共中央", "党中央", "中共")


def _another_units_title(text: str, start: int, mention: str, title: str) -> bool:
    """``mention`` at ``start`` of ``text`` is a bare title (总书记) closing another unit's name: a Han character
    before it, and no name of the leader's Party."""
    return mention == title and start > 0 and bool(re.match(rf"[{HAN}]", text[start - 1])) and \
        not text.endswith(OWN_PARTY, 0, start)


def _described(par: Paragraph, start: int, end: int, name: str, found: list[Mention]) -> Mention | None:
    begin = _description_start(par, start, found[-8:])
    speaker = parse_speaker(par.text[begin:end]) or parse_speaker(name)
    if speaker and speaker.kind == "person" and _cut_off_before(speaker.name, name) and \
            par.text.endswith(speaker.name, begin, end):   # 美食博主基|亚尼: the description reads the whole name
        name, start = speaker.name, end - len(speaker.name)
    if speaker and speaker.kind == "person" and speaker.name == name:
        return Mention(name, start, end, speaker, begin if speaker.described else start)
    return None


def _cut_off_before(whole: str, name: str) -> bool:
    """``whole``, a foreign name in characters of transliteration, is ``name`` and one or two characters before it
    that jieba cut off (基|亚尼 nrt), or ``name`` and one Han character and a · before it that jieba read as another
    word (会长额|·|阿迪雅: a Mongolian name, the initial of the father's name first; not 安东·|布托: a part of two,
    which jieba reads as a name of its own where it stands, and which another rule joins), or one Han character or
    two of transliteration and a dash before a name with · (让—|米歇尔·托贝莱姆, 玛丽—|克莱尔·贝热尔: a double given
    name, its first part read as a verb or as a name alone): the name the description reads."""
    if not whole.endswith(name) or len(whole) <= len(name):
        return False
    if whole[-len(name) - 1] in NAME_DASHES:
        first = whole[:-len(name) - 1]
        return any(dot in name for dot in NAME_JOINERS) and (
            bool(re.fullmatch(f"[{HAN}]", first)) or len(first) == 2 and set(first) <= transliteration_chars())
    if whole[-len(name) - 1] in NAME_JOINERS:
        return len(whole) == len(name) + 2 and bool(re.fullmatch(f"[{HAN}]", whole[0]))
    return len(whole) - len(name) <= 2 and transliterated_name(whole)


@lru_cache(maxsize=1)
def title_before_name() -> re.Pattern:
    """A title before two Han characters, the longest that fits, as a trie of the titles (党委|书记, 副|主任): one
    alternative per character, not one per title, which every paragraph scanned would try in turn."""
    return re.compile(_trie_pattern(speaker_titles()) + rf"(?=[{HAN}]{{2}})")


def _trie_pattern(words) -> str:
    """A regular expression that matches each of ``words``, the longest first where several begin alike."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return "(?:" + pattern(trie) + ")"


PARTICLES = ("p", "c", "u", "d", "r")


def _whole_foreign_name(name: str, words: list[tuple]) -> str:
    """``name`` (read from the start of ``words``) run on, if it is written in characters of transliteration,
    over the words of such characters jieba cut off from it: one character other than a particle (米卡/提,
    瑟尔斯/基), or a word it does not know or tags as a name or place (阿卜杜拉/希扬, 图伊马莱/阿利/法诺).
    A word of three or four such characters that it tags as a name goes on with it too (达/维塔/什维利). A word of the
    sentence (多次, 今天), or a verb and its complement (巴顿|拉|住), ends it."""
    if not name or not transliterated_name(name):
        return name
    at, k = 0, 0
    while k < len(words) and at < len(name):
        at += len(words[k][0])
        k += 1
    for n, (word, tag) in enumerate(words[k:] if at == len(name) else (), start=k):
        single = len(word) == 1 and not tag.startswith(PARTICLES) and not _verb_and_complement(words, n)
        unknown = len(word) == 2 and (tag.startswith(("nr", "ns")) or not tokens.dictionary_word(word))
        longer = len(word) in (3, 4) and tag.startswith("nr")     # 达/维塔/什维利 nrt
        if not (single or unknown or longer) or not set(word) <= transliteration_chars():
            break
        name += word
    return name


# One character after a verb that completes it (拉|住, 站|起, 拿|着): its result, direction or aspect
COMPLEMENTS = frozenset("住着了过起到上下出开回进完")


def _verb_and_complement(words: list[tuple], n: int) -> bool:
    """``words[n]`` is a verb of one character that the next word completes (巴顿|拉|住): the sentence's verb."""
    return words[n][1] == "v" and n + 1 < len(words) and words[n + 1][0] in COMPLEMENTS


BEFORE_ACTION = ("v", "l")


def _surname_before_verb(words: list[tuple]) -> str:
    """After a title, a surname and two characters that jieba cut into places or words (刘国/中), where its
    cut ends them and a verb of two characters or more follows (刘国/中/出席会议): a name; not a word of its
    dictionary or a title (和/外长), nor a verb and a pronoun (游客|来/这里/打卡)."""
    if not words or words[0][0][0] not in surnames() or words[0][1][:1] in ("c", "p", "d", "r", "u"):
        return ""
    text, at = "".join(w for w, _ in words), 0
    for k, (word, tag) in enumerate(words[:-1]):
        at += len(word)
        if at > 3 or k and tag[:1] in ("c", "p", "r", "u"):
            break
        candidate = text[:at]
        following, tag = words[k + 1]
        if at == 3 and len(following) >= 2 and tag[:1] in BEFORE_ACTION and not tokens.dictionary_word(candidate) \
                and title_suffix(candidate) is None:
            return candidate
    return ""


# A surname and one or two characters that close a clause (…驻村第一书记高远。, a line ——…第一书记管仲贵)
CLOSING_NAME = re.compile(rf"[{HAN}]{{2,3}}(?=[，。；！？、：:,;（(]|$)")
# jieba's tags of a word that is no name where it closes a clause after a title (总书记|考察。)
NOT_A_CLOSING_NAME = ("v", "p", "c", "u", "r", "m", "q", "f", "t")


def name_closing_clause(text: str, at: int) -> str:
    """The surname and one or two characters after a title at ``at`` that end the clause, whatever jieba makes of
    them (a word of its dictionary, 高远 d; a name of old and a character, 周瑜|明); not where it reads a verb, a
    particle, a numeral or a time or place word into them (考察, 商量|后) or a title."""
    closing = CLOSING_NAME.match(text, at)
    if closing is None or closing.group()[0] not in surnames():
        return ""
    return closing.group() if _closing_name(closing.group(), tokens.dictionary_key()) else ""


@lru_cache(maxsize=4096)   # the genre names its people again and again; the segmenter's dictionaries are in the key
def _closing_name(name: str, dictionaries) -> bool:
    words = tokens.pos_pairs(name)
    return not (any(tag.startswith(NOT_A_CLOSING_NAME) for _, tag in words) or title_suffix(name) or
                is_place_name(name))


def _after_titles(par: Paragraph) -> list[Mention]:
    """Title + name where jieba's cut missed the name (实验室副主任何志远: 主/任何/志远), or where the name closes
    the clause (:func:`name_closing_clause`)."""
    found: list[Mention] = []
    for m in title_before_name().finditer(par.text):
        if par.is_inside(m.start()) or _after_leader(par.text, m.end()) or title_in_word(par.text, m):
            continue
        words = tokens.pos_pairs(par.text[m.end():m.end() + 20])   # cut alone: no 任何 swallows the surname
        name = name_closing_clause(par.text, m.end())
        joined = join_name(words, 0)[0] if words and words[0][1].startswith("nr") else ""
        name = name or (joined if len(joined) > 1 else "")   # 朱|传来: a surname alone is read on below
        if not name and len(words) > 1 and len(words[0][0]) == 1 and words[1][1].startswith("nr") \
                and len(words[1][0]) <= 2:
            name = words[0][0] + words[1][0]     # 何/志远: the surname read as another word
        if not name and len(words) > 1 and words[0][0] in surnames() and words[0][1] != "c" \
                and len(words[1][0]) == 2 and words[1][1][:1] in ("n", "v", "a") and not _verb_or_particle(words[1]) \
                and not predicate_after_title(words):
            name = words[0][0] + words[1][0]     # 何/守卫: after a title, a given name that is a word
            if len(words) > 2 and words[2][1] in ASPECT_TAGS and words[1][1].startswith("v"):
                name = name[:2]   # 张|迈开|着: a verb before its aspect particle ran into the name (张迈|开着)
        if not name and len(words) > 2 and he_surname_name(words[:2]) and words[2][0] in speech_verbs():
            name = words[0][0] + words[1][0]     # 文联主席|和|卓雅|介绍: the rare surname 和, read as a conjunction
        if len(name) < 3 and _rare_middle_character(words):
            name = "".join(word for word, _ in words[:3])   # 张 q|珺 yg|楠 nr: a character jieba cannot read
        if not name and len(words) > 1 and _joined_by_the_model(words[0][0]) and words[1][1].startswith("v"):
            name = words[0][0]     # 中医|代勤 n|拨通: a name jieba's model joined, tagged as a noun, before a verb
        if not name and words and words[0][1].startswith("ns") and transliterated_name(words[0][0]) \
                and not is_place_name(words[0][0]):
            name = words[0][0]     # 总统|普京: a foreign name jieba reads as a place, no place of the gazetteer
        if not name and len(words) > 2 and words[0][1].startswith(("ns", "nz")) and words[1][0] in NAME_JOINERS \
                and not is_place_name(words[0][0]) and not is_place_name(words[2][0]):
            name = join_name(words, 0)[0]   # 副主席|亚历山德罗 ns|·|比安奇: a dotted name jieba reads as a place first
        japanese = _japanese_name_after_title(par.text, m, words)
        if len(japanese) > len(name) and japanese.startswith(name):   # 教授|露口洋|介, 教授|铃木|一郎 (m): a Japanese
            name = japanese                                            # name, where jieba's cut ends it
        name = _last_character_cut_off(name or _surname_before_verb(words), words)
        name = _run_to_the_dot(par.text, m.end(), _whole_foreign_name(name, words), 0, [])[0]
        # after a title, 内塔尼亚胡 has five characters
        if (is_name(name) or transliterated_name(name)) and not _predicate(words, 0, name):
            mention = _described(par, m.start(), m.end() + len(name), name, found)
            if mention:
                found.append(Mention(name, m.end(), m.end() + len(name), mention.speaker, mention.described_from))
    return found


def _japanese_name_after_title(text: str, m: re.Match, words: list[tuple]) -> str:
    """The Japanese name (:func:`japanese_name`) right after the title matched at ``m``: the longest of three to five
    characters that jieba's cut ``words`` of what follows ends, the description up to the title naming Japan or the
    name opening with a Japanese surname; "" where there is none."""
    ends = set(itertools.accumulate(len(word) for word, _ in words[:5]))
    before = text[max(0, m.start() - LONGEST_PHRASE):m.end()]
    for length in (5, 4, 3):
        if length in ends and japanese_name(text[m.end():m.end() + length], before):
            return text[m.end():m.end() + length]
    return ""


# jieba's tags of the aspect particles 着, 了, 过: what stands right before one is a verb, never the end of a name
ASPECT_TAGS = frozenset({"uz", "ul", "ug"})


def _rare_middle_character(words: list[tuple]) -> bool:
    """``words`` (jieba's cut after a title) open with a surname (tagged as it likes, 张 q, but no conjunction), a
    character it reads as a bound morpheme (珺 yg, 喆 zg: rare in words, common in given names) and one it tags as a
    name (楠 nr): a name of three, which it cut in three (负责人张|珺|楠|头戴…)."""
    return len(words) > 2 and words[0][0] in surnames() and words[0][1] != "c" and len(words[1][0]) == 1 and \
        words[1][1] in RARE_TAGS and len(words[2][0]) == 1 and words[2][1].startswith("nr")


# jieba's tags of a character it reads as no word (a bound morpheme, yg: a rare one)
RARE_TAGS = BOUND | {"yg"}


def _joined_by_the_model(word: str) -> bool:
    """``word``, two or three characters and a surname first, is no entry of jieba's dictionary (代勤, which its model
    put together and tagged as a noun) and no title: after a title, before a verb, a name (中医|代勤|拨通了…)."""
    return 2 <= len(word) <= 3 and word[0] in surnames() and not tokens.dictionary_word(word) and \
        title_suffix(word) is None


def _last_character_cut_off(name: str, words: list[tuple]) -> str:
    """``name``, read after a title from the start of ``words``, with the one character after it that jieba leaves
    alone as a noun or an adjective (游客吴雨|萱特地…) before a word of two characters or a mark: the last character
    of the given name; no noun or adjective of one character stands between a person and what they do. So is a verb
    of one character after a two-character name of jieba's dictionary, before an idiom (讲解员胡佳|晴|娓娓道来: the
    dictionary's 胡佳 took the first two characters of the name; no verb of one character takes an idiom after it).
    Only for a surname and one character that jieba reads as one name (a longer name so run on, 杨道尔|基, is left
    as jieba cuts it), and not a character that makes a word with the next (短|视频)."""
    if len(name) != 2 or name[0] not in surnames() or len(words) < 2 or words[0][0] != name \
            or not words[0][1].startswith("nr"):
        return name
    word, tag = words[1]
    after = words[2] if len(words) > 2 else ("", "x")
    glued = tokens.dictionary_word(word + after[0])
    if len(word) == 1 and tag in ("n", "a") and word not in NOUNS_AFTER_A_NAME and word not in speech_verbs() \
            and not glued and (len(after[0]) >= 2 or after[1] == "x"):
        return name + word
    if len(word) == 1 and tag == "v" and after[1] in IDIOM and tokens.dictionary_word(name) \
            and word not in speech_verbs() and word not in COMPLEMENTS:
        return name + word     # 胡佳|晴|娓娓道来: a name of jieba's dictionary took two characters of a longer one
    return name


# jieba's tags of set phrases and idioms (娓娓道来 l, 语重心长 i): a predicate of their own, never the object of a
# verb of one character before them
IDIOM = ("l", "i")


# A clause that opens with a word of two or three characters, then 是 and a description ending in a title
# (保林是育英中学初一学生，): the word is a name, however jieba reads it
CLAUSE_OPENS_AFTER = frozenset("，。；！？：”")
DESCRIPTION_ENDS = re.compile(r"[^，。；！？“”]{2,24}?(?=[，。；])")


# jieba's tags of the aspect particles 着, 了, 过
ASPECT = frozenset({"uz", "ul", "ug"})


def _predicate(words: list[tuple], i: int, name: str) -> bool:
    """``name``, read from ``words[i]`` on, is a word of jieba's dictionary right before an aspect particle: a
    predicate (一群孩子高昂|着脖子: 高昂 is nr in the dictionary), not a person; a name is never followed by 着, 了
    or 过 alone."""
    length, j = 0, i
    while j < len(words) and length < len(name):
        length, j = length + len(words[j][0]), j + 1
    return length == len(name) and j < len(words) and words[j][1] in ASPECT and tokens.dictionary_word(name)


def _introduced_by_is(par: Paragraph) -> list[Mention]:
    """Persons introduced as ``name是…title`` (保林是育英中学初一学生): a surname first, no word of jieba's
    dictionary, no place, and a title ending the description (初一学生, 种粮大户); not where 是 ends an adverb or a
    conjunction (关颖|先是|联系…技术人员, 还是, 于是). Read from each 是 (a scan of
    the whole text with a pattern that may start anywhere costs more)."""
    text, found = par.text, []
    at = text.find("是", 2)
    while at >= 0:
        for start in (at - 2, at - 3):
            name = text[start:at] if start >= 0 else ""
            if name and name[0] in surnames() and (start == 0 or text[start - 1] in CLAUSE_OPENS_AFTER):
                description = DESCRIPTION_ENDS.match(text, at + 1)
                title = title_suffix(description.group()) if description else None
                if title and is_name(name) and not tokens.dictionary_word(name) and not is_place_name(name) \
                        and not par.is_inside(start) and not function_word(text[at - 1:at + 1]):   # 关颖|先是
                    found.append(Mention(name, start, at, Speaker(name, "person", title=title, phrase=name), start))
                    break
        at = text.find("是", at + 1)
    return found


PSEUDONYM = re.compile(r"[（(]化名[）)]")
AGE = re.compile(r"[0-9一二三四五六七八九十]+多?岁的")
# A pupil's school year in 的 (三年级的郎米多): as an age, it introduces a child by name (names23b)
GRADE = re.compile(r"[一二三四五六]年级的")
# A sentence that opens with a name of two or three Han characters and a verb of where a person comes from, was born
# or studied (付怡然来自天津市…执法总队, 王某出生于…, 李某毕业于…): the profile's way of introducing its person; after
# 来自, only where a place or a unit follows (not 底气来自科技创新, 绸缎来自江浙一带: no name); \u3000 is a quotation
# blanked in the narrative (“…。”付怡然来自…)
ORIGIN = re.compile(rf"(?:^|(?<=[。！？；\u3000]))([{HAN}]{{2,3}})(来自|出生于|毕业于)([^，。；！？“”]{{2,30}})")


def introduced_names(par: Paragraph) -> frozenset[str]:
    """The names a paragraph introduces in ways jieba does not read as names: marked as pseudonyms (乐乐（化名）: the
    word cut right before the mark, of two or three Han characters and no title), or after an age in 的, a word of
    two or three characters, a surname first, before a verb (30岁的|文景|患有); names of the article from there on,
    whatever jieba makes of them; so are names that open a sentence before 来自, 出生于 or 毕业于 (付怡然来自天津市…:
    :data:`ORIGIN`)."""
    names = set()
    if "化名" in par.narrative:
        for m in PSEUDONYM.finditer(par.narrative):
            words = tokens.pos_pairs(par.text[max(0, m.start() - 8):m.start()])
            name = words[-1][0] if words else ""
            if re.fullmatch(rf"[{HAN}]{{2,3}}", name) and title_suffix(name) is None:
                names.add(name)
    if "岁的" in par.narrative or "年级的" in par.narrative:
        for m in itertools.chain(AGE.finditer(par.narrative), GRADE.finditer(par.narrative)):
            words = tokens.pos_pairs(par.text[m.end():m.end() + 8])
            name = words[0][0] if len(words) > 1 and words[1][1].startswith("v") else _name_in_characters(words)
            if re.fullmatch(rf"[{HAN}]{{2,3}}", name) and name[0] in surnames() and title_suffix(name) is None \
                    and is_name(name):
                names.add(name)
    if "来自" in par.narrative or "出生于" in par.narrative or "毕业于" in par.narrative:
        names |= {name for name in map(_introduced_by_origin, ORIGIN.finditer(par.narrative)) if name}
    return frozenset(names)


# jieba's tags of a character that is no part of a name where it stands alone: a particle, preposition, conjunction,
# pronoun, adverb or verb (30岁的|她|在, 的|他|说)
NOT_IN_A_NAME = ("u", "p", "c", "r", "d", "v")


def _name_in_characters(words: list[tuple]) -> str:
    """A name of three characters that jieba cut into three words of one character (三年级的|郎/米/多|话语中: a surname,
    then two it reads as numerals), before a word of two characters or more: no three characters alone in a row after
    an age or a school year are anything but a name; no word of jieba's dictionary; "" otherwise."""
    if len(words) < 4 or any(len(w) != 1 or t.startswith(NOT_IN_A_NAME) for w, t in words[:3]) or \
            len(words[3][0]) < 2 or words[0][0] not in surnames():
        return ""
    name = "".join(w for w, _ in words[:3])
    return "" if tokens.dictionary_word(name) or is_place_name(name) else name


def _introduced_by_origin(m: re.Match) -> str:
    """The name of :data:`ORIGIN`'s match ``m``, where it is one jieba does not read as a name: a surname first, no word
    of jieba's dictionary (底气, 绸缎), no place, no title, no function word (付|怡然: a verb and an adjective to
    jieba); after 来自, a place or a unit after the verb. "" otherwise."""
    name, verb, where = m.groups()
    if name[0] not in surnames() and name[:2] not in surnames() or not is_name(name) or \
            tokens.dictionary_word(name) or is_place_name(name) or title_suffix(name) is not None or \
            function_word(name) or tokens.pos_pairs(name)[0][1].startswith("nr"):
        return ""   # a name jieba reads needs no introduction here
    if verb == "来自" and not (places(where) or where.endswith(organisation_suffixes())):
        return ""
    return name


def _tibetan_names(par: Paragraph) -> list[Mention]:
    """Tibetan names of two name parts (扎西平措, 顿珠江村), however jieba cuts them, outside quotations, with their
    description (大队长顿珠江村)."""
    if not tibetan_name_pattern().search(par.narrative):   # most paragraphs: none
        return []
    found: list[Mention] = []
    for m in tibetan_name_pattern().finditer(par.narrative):
        mention = _described(par, m.start(), m.end(), m.group(), found)
        found.append(mention or Mention(m.group(), m.start(), m.end(), Speaker(m.group(), "person", phrase=m.group())))
    return found


def mentions(par: Paragraph, known: frozenset[str] = frozenset(), signed: frozenset[str] = frozenset(),
             introduced: frozenset[str] = frozenset()) -> tuple[Mention, ...]:
    """Persons named outside quotations, with their description (教授靳立强 → title 教授), in text order.
    ``known``: names heard earlier in the article (a bare 周密 named again is still 周密); ``signed``: names of the
    article's signature lines (…副教授久保辉幸——), read wherever they stand; ``introduced``: names of jieba's
    dictionary an earlier paragraph gave a title (种植户李俊 … 是李俊选购农机的主要考量): a bare one here is that
    person, as a name heard, though read only where jieba reads a name, and not in a pair (:func:`_in_a_pair`)."""
    inside = par.inside
    quoted = (lambda s, e: all(inside[s:e])) if b"\x01" in inside else None   # no quotation: nothing kept whole
    words, at = [], 0
    for word, flag in tokens.pos_pairs(par.text, keep_whole=quoted):
        words.append((word, flag, at))
        at += len(word)
    if "之" in par.text:
        words = _kin_cut_off(par.text, words)
    words = _surname_cut_off(words)
    leader_names = {name for _, name, _ in leaders()}
    longer = _known_by_first(known)
    after_modifier = set()   # the starts of foreign names read after a description in 的 (一旁的|弗雷德里克)
    found = _tibetan_names(par)    # before a shorter name jieba reads after a title (主任格桑平|措)
    found += [m for m in _after_titles(par) if m.start not in {f.start for f in found}]
    found += [m for m in _introduced_by_is(par) if m.start not in {f.start for f in found}]
    if known:   # 晓燕书记 … “晓燕书记”笑着答: 韩晓燕, heard before
        spans = {at for m in found for at in range(m.start, m.end)}
        found += [m for m in _given_name_forms(par, known) if spans.isdisjoint(range(m.start, m.end))]
    # no name begins inside another (嘎玛|群培), nor runs into one read after a title (街道田长|罗显坤: jieba's 田长罗)
    taken = {at for m in found for at in range(m.start, m.end)}
    i = 0
    while i < len(words):
        word, flag, start = words[i]
        if word in KIN_AFTER_OF and i > 0 and words[i - 1][0] == "之":   # 烈士之孙|郁峻峰: a relation, then the name
            i += 1
            continue
        foreign = _foreign_name_after_modifier(words, i)
        joined = surname_and_place(words, i)
        if foreign and not par.is_inside(start):     # 来自乌克兰的|达/莉娅: before 达莉 is read as a surname and more
            name, j = foreign
            mention = _described(par, start, start + len(name), name, found) if start not in taken else None
            if mention:
                found.append(mention)
                if not unit_after(par.text, mention.end) and not (j < len(words) and words[j][1].startswith("n")):
                    after_modifier.add(mention.start)   # not …控制的|马西拉|电视台: a noun after it names a thing
            i = j
        elif joined and not par.is_inside(start):
            name, j = joined, i + 2
            if not _after_leader(par.text, start) and start not in taken:
                mention = _described(par, start, start + len(name), name, found)
                if mention and (mention.described or name in known or not _modifies_a_thing(words, i, j)):
                    found.append(mention)   # (车|联网|平台: a thing named, as for a name jieba tags, below)
            i = j
        elif _address_cut(words, i, known) and not par.is_inside(start) and start not in taken:
            name = word + words[i + 1][0][0]   # 老|郝|指着, 老|郝微|抬: the form of address 老郝
            found.append(Mention(name, start, start + len(name), Speaker(name, "person", phrase=name)))
            i += 2   # 郝微's 微 opens what the person does (微抬), no name
        elif word in known and len(word) >= 2 and not flag.startswith("nr") and not par.is_inside(start) \
                and start not in taken:   # a name the article has heard, however jieba reads it here (兰兰 ns)
            found.append(Mention(word, start, start + len(word), Speaker(word, "person", phrase=word)))
            i += 1
        elif flag.startswith("nr") and after_demonym(word):   # 泰国人|肯特 (nr nrt): a nationality, the name after it
            i += 1
        elif word.startswith("于") and flag.startswith("nr") and _yu_of_a_verb(par.text, start):
            i += 1   # 山四合于郡 (合于: to fit), 位于…: the 于 of a verb, no surname
        elif (flag.startswith("nr") or surname_form(word) or unknown_proper_name(word, flag)) and \
                not par.is_inside(start) and word not in leader_names:
            name, j = join_name(words, i)
            if flag.startswith("nr") and glued_title_ending(word):    # 项目代办|员褚琴: the 员 is the title's
                name, word, start = name[1:], word[1:], start + 1
            name, j = _known_name_at(par.text, start, name, j, words, longer)
            if len(name) >= 3 and name[:-1] in known and name not in known and \
                    _verb_word(par.text[start + len(name) - 1:start + len(name) + 1]):
                name = name[:-1]   # 陈某|拿起: the known name, and a verb jieba read into it
            name, j = _run_to_the_dot(par.text, start, name, j, words)
            end = start + len(name)
            if is_name(name) and not is_place_name(name) and not _after_leader(par.text, start) \
                    and taken.isdisjoint(range(start, end)) \
                    and not unit_after(par.text, end) and not _unit_named_after(words, j) \
                    and not par.text.startswith(TWO_SIDES, end) \
                    and not _village_name(name, par.text, end) \
                    and not _village_name(word, par.text, start + len(word)) and not _predicate(words, i, name):
                mention = _described(par, start, end, name, found)
                if mention is None and name in known:    # 管仲|贵: the name the article knows, however jieba cuts it
                    mention = Mention(name, start, end, Speaker(name, "person", phrase=name))
                if mention and (mention.described or name in known or not _listed_with_things(words, i)
                                and not _modifies_a_thing(words, i, j)):
                    found.append(mention)
            i = j
        else:
            i += 1
    found = _known_names_over_their_ends(found, _known_names(par, known | signed, found))
    found = _outside_book_titles(par.text, found)
    found = [m for m in found if m.described or not _names_a_place(par.narrative, m.name)]
    found.sort(key=lambda m: m.start)
    inside = _inside_a_description(par, found)
    found = [m for m in found if m.start not in inside]
    described = {m.name for m in found if m.described} | known
    # a bare name right after a place's name (芒市|雷某让山的栈道上) is part of a place's name, unless described
    after_place = {start + len(word) for word, flag, start in words if flag == "ns"}
    found = [m for m in found if m.described or m.name in described or m.start in after_modifier or
             m.name in introduced and not _in_a_pair(par.text, m) or
             not tokens.dictionary_word(m.name) and (len(m.name) > 2 or _bare_name(m.name)) and
             not _two_words(m.name) and m.start not in after_place]
    return tuple(sorted(found, key=lambda m: m.start))


# Nouns of kinship of one character that jieba may tag as a surname (孙) after 之 (郁达夫烈士之孙郁峻峰: his grandson)
KIN_AFTER_OF = frozenset("孙子女妻夫母父兄弟姐妹侄甥婿媳")


def _kin_cut_off(text: str, words: list[tuple]) -> list[tuple]:
    """``words`` with a kinship after 之 that jieba read into the name after it (烈士之|孙王|海峰) cut off: the kinship
    alone, then the name cut again from the characters after it to the end of the next word (王海峰)."""
    out = []
    i = 0
    while i < len(words):
        word, flag, at = words[i]
        if i and words[i - 1][0] == "之" and len(word) >= 2 and word[0] in KIN_AFTER_OF and flag.startswith("nr") \
                and word[1] in surnames():
            end = words[i + 1][2] + len(words[i + 1][0]) if i + 1 < len(words) else at + len(word)
            out.append((word[0], "n", at))
            begin = at + 1
            for part, tag in tokens.pos_pairs(text[begin:end]):
                out.append((part, tag, begin))
                begin += len(part)
            i += 2
            continue
        out.append(words[i])
        i += 1
    return out


# A time word, preposition or conjunction of one character that jieba's model glues to the surname after it, in a
# word its dictionary lacks (采访时张|双全, 这时王|建国: names23b; as article.GLUED_BEFORE, where jieba reads all three
# characters as one name)
GLUED_TO_SURNAME = frozenset("时后间从在当和与同对向让被把给跟由而但并且")


def _surname_cut_off(words: list[tuple]) -> list[tuple]:
    """``words`` with a surname that jieba glued to the function character before it, in a word its dictionary lacks
    (时张 n), where the word after it is one or two characters it tags as a name (双全 nr), cut off and joined to that
    given name (时|张双全), where the three make a name and no word of its dictionary."""
    out = []
    i = 0
    while i < len(words):
        word, flag, at = words[i]
        if len(word) == 2 and word[0] in GLUED_TO_SURNAME and word[1] in surnames() and not flag.startswith("nr") \
                and i + 1 < len(words) and words[i + 1][1].startswith("nr") and \
                re.fullmatch(rf"[{HAN}]{{1,2}}", words[i + 1][0]) and not tokens.dictionary_word(word):
            name = word[1] + words[i + 1][0]
            if is_name(name) and not tokens.dictionary_word(name):
                out += [(word[0], tokens.pos_pairs(word[0])[0][1], at), (name, "nr", at + 1)]
                i += 2
                continue
        out.append(words[i])
        i += 1
    return out


def _yu_of_a_verb(text: str, at: int) -> bool:
    """The 于 at ``at`` of ``text`` closes a word of jieba's dictionary with the character before it (合于, 位于, 属于,
    源于): a verb's, not the surname 于; unless a title ends there (局长于洋: 长于 is a word too)."""
    if at == 0 or not tokens.dictionary_word(text[at - 1] + "于"):
        return False
    titles = speaker_titles()
    return not any(text[begin:at] in titles for begin in range(max(0, at - 8), at))


def _given_name_forms(par: Paragraph, known: frozenset[str]) -> list[Mention]:
    """A given name of two characters and a title or a form of address of two characters or more after it (晓燕书记,
    建国主任, 秀兰阿姨: how villagers call an official or a neighbour they know), outside quotations or as a quotation
    of its own (“晓燕书记”笑着答: the article quotes the name people use), where exactly one name the article has heard
    (``known``) is a surname and that given name (韩晓燕): that person. Not the full name itself (韩晓燕书记 is read
    as a name), nor a form inside quoted words (“晓燕书记，你…”: she is spoken to)."""
    givens: dict[str, list[str]] = {}
    for name in known:
        if 3 <= len(name) <= 4 and name[:-2] in surnames() and re.fullmatch(f"[{HAN}]{{2}}", name[-2:]):
            givens.setdefault(name[-2:], []).append(name)
    text, found = par.text, []
    for given, names in givens.items():
        at = text.find(given) if len(names) == 1 else -1
        while at >= 0:
            end = at + 2
            form = next((text[end:end + n] for n in range(6, 1, -1) if text[end:end + n] in _forms_after_given()), None)
            whole = names[0]
            quoted = text[at - 1:at] == "“" and text[end + len(form or ""):end + len(form or "") + 1] == "”"
            if form and not text.endswith(whole, 0, end) and (not par.is_inside(at) or quoted):
                begin, stop = (at - 1, end + len(form) + 1) if quoted else (at, end + len(form))   # with its marks
                found.append(Mention(whole, begin, stop, Speaker(whole, "person", phrase=text[at:end + len(form)]),
                                     begin))
            at = text.find(given, at + 1)
    return found


@lru_cache(maxsize=1)
def _forms_after_given() -> frozenset[str]:
    """Titles and forms of address of two characters or more that may follow a given name (书记, 主任, 阿姨, 大姐:
    ``speaker_titles.csv``, ``honorifics.csv``)."""
    return frozenset(t for t in (*speaker_titles(), *honorifics()["after"]) if len(t) >= 2)


def _address_cut(words: list[tuple], i: int, known: frozenset[str]) -> bool:
    """jieba cut a form of address 老 or 小 and a surname (老郝, 小李) at ``words[i]``: the form alone, then the surname
    alone that it tags as a name (老|郝|指着), or the surname and the next character that it read as one name (老|郝微|
    抬) where the article has heard a person of that surname by their full name (郝海潮) and not this one."""
    if len(words[i][0]) != 1 or i + 1 >= len(words):
        return False
    after, tag = words[i + 1][0], words[i + 1][1]
    if not tag.startswith("nr") or after[0] not in surnames() or surname_form(words[i][0] + after[0]) is None:
        return False
    return len(after) == 1 or len(after) == 2 and after not in known and \
        any(len(name) >= 2 and name.startswith(after[0]) and surname_form(name) is None for name in known)


def _in_a_pair(text: str, m: Mention) -> bool:
    """``m`` is joined to another name by a conjunction (何厚铧和崔世安): one of a pair, whose words no single
    person is credited with; a bare name of jieba's dictionary there stays unread, as before it was introduced."""
    return text[m.end:m.end + 1] in tuple(CONJUNCTIONS) or m.start > 0 and text[m.start - 1] in CONJUNCTIONS


def _foreign_name_after_modifier(words: list[tuple], i: int) -> tuple[str, int] | None:
    """The foreign name written without · that begins at ``words[i]``, right after 的 (来自乌克兰的|达/莉娅, 纳塔莉/亚,
    娜杰/日/达), and the index after it: the run of words in characters of transliteration, of one character that is
    no particle, reporting verb or verb with its complement, or of more that jieba tags as a name or does not know
    (not 脸上), where the run is :func:`named_after_modifier`; else None."""
    if i == 0 or words[i - 1][0] != "的" or not set(words[i][0]) <= transliteration_chars():
        return None
    name, j = "", i
    while j < len(words) and len(name) < 8 and set(words[j][0]) <= transliteration_chars():
        word, tag = words[j][0], words[j][1]
        single = len(word) == 1 and not tag.startswith(PARTICLES) and word not in speech_verbs() \
            and not _verb_and_complement(words, j)
        unknown = len(word) >= 2 and (tag.startswith(("nr", "ns", "nz")) or not tokens.dictionary_word(word))
        if not (single or unknown):
            break
        name, j = name + word, j + 1
    return (name, j) if named_after_modifier(name) else None


# What ends a township's or a village's name (柯桑坪镇, 高坪乡, 白竹村)
PLACE_ENDINGS = frozenset("镇乡村寨屯")


def _names_a_place(text: str, name: str) -> bool:
    """``text`` writes ``name`` as a township's or a village's name too (柯桑坪镇, so 柯桑坪舞龙 is the town's dance):
    ``name`` right before an ending of :data:`PLACE_ENDINGS` that makes no word of jieba's dictionary with the
    character after it (李明|镇定地说, 高坪|乡村, 村民)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if end < len(text) and text[end] in PLACE_ENDINGS and not tokens.dictionary_word(text[end:end + 2]):
            return True
        at = text.find(name, end)
    return False


def _two_words(name: str) -> bool:
    """``name``, four characters, is two words of jieba's dictionary of two (但凡|修枝: a conjunction and a verb it
    tags as names), the first no surname (欧阳|建国) and no part of a Tibetan name (扎西|平措): no person's name."""
    return len(name) == 4 and name[:2] not in surnames() and not name.startswith(minority_name_parts()) and \
        tokens.dictionary_word(name[:2]) and tokens.dictionary_word(name[2:]) and not transliterated_name(name)


BOOK_TITLE = re.compile(r"《[^《》]*》")


def _outside_book_titles(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` without the names inside a title in 《》 (《周髀算经》, 《张衡传》): a book's or a document's, never a
    person who speaks."""
    if "《" not in text:      # most paragraphs
        return found
    titles = [m.span() for m in BOOK_TITLE.finditer(text)]
    return [m for m in found if not any(begin < m.start < end for begin, end in titles)]


# Characters of transliteration between the end of a name jieba read and a · (布威海丽|且姆·图尔荪)
BEFORE_A_DOT = re.compile(rf"[{HAN}]{{1,3}}(?=[{NAME_JOINERS}])")


def _run_to_the_dot(text: str, start: int, name: str, j: int, words: list[tuple]) -> tuple[str, int]:
    """``name`` (at ``start`` of ``text``, ending before ``words[j]``) run on to the whole foreign name where
    jieba's cut of it stops short of a · (布/威海/丽|且/姆/·/图尔/荪: an Uyghur name): characters of transliteration
    up to the ·, and the run of them after it, and the index of the word after the whole name."""
    end = start + len(name)
    before = BEFORE_A_DOT.match(text, end)
    if before is None or not set(before.group()) <= transliteration_chars():
        return name, j
    rest = "".join(takewhile(transliteration_chars().__contains__, text[before.end() + 1:]))
    if not rest:
        return name, j
    whole = text[start:before.end() + 1 + len(rest)]
    while j < len(words) and end < start + len(whole):
        end, j = end + len(words[j][0]), j + 1
    return whole, j


def _bare_name(name: str) -> bool:
    """``name``, two characters with no title or description and not heard before, can still be a person's: it
    opens with a surname or a Tibetan name part, is a form of address or in characters of transliteration; otherwise
    it is a verb and its object jieba's model read as a name (养鱼|养虾, 修路|占林|占地). Longer names without a
    surname are often Tibetan or Uyghur ones (仁多布杰), or have a rare surname ``surnames.txt`` lacks, and stay
    (a limit: so does jieba's 雨霁云|开)."""
    return name[0] in surnames() or name.startswith(minority_name_parts()) or surname_form(name) is not None or \
        transliterated_name(name) or any(dot in name for dot in NAME_JOINERS)


def _known_names(par: Paragraph, known: frozenset[str], found: list[Mention]) -> list[Mention]:
    """The names of three characters or more of ``known``, wherever they stand outside quotations and no person
    found covers them, however jieba reads them here (久保|辉幸: a verb and an adjective)."""
    spans = [(m.start, m.end) for m in found]
    added = []
    for name in known:
        at = par.narrative.find(name) if len(name) >= 3 else -1
        while at >= 0:
            end = at + len(name)
            if not any(s < end and at < e and not at < s <= e <= end for s, e in spans):
                added.append(Mention(name, at, end, Speaker(name, "person", phrase=name)))
                spans.append((at, end))
            at = par.narrative.find(name, end)
    return added


def _known_names_over_their_ends(found: list[Mention], added: list[Mention]) -> list[Mention]:
    """``found`` and the names the article knows ``added`` over it, less a "name" found that ends one of those after
    its first character (古丽|米拉: jieba reads 米拉 alone in 古丽米拉, a part of 古丽米拉·吐尔逊 said alone); a name
    found from the same first character (张中 of a known 张中并) stays."""
    if not added:
        return found
    return [m for m in found if not any(k.start < m.start and m.end <= k.end for k in added)] + added


@lru_cache(maxsize=256)
def _known_by_first(known: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The names of ``known`` by their first character, longest first."""
    by_first: dict[str, list[str]] = {}
    for name in sorted(known, key=len, reverse=True):
        by_first.setdefault(name[0], []).append(name)
    return {first: tuple(names) for first, names in by_first.items()}


def _verb_word(text: str) -> bool:
    """``text``, two characters, is one verb of jieba's dictionary (拿起, 走进)."""
    return len(text) == 2 and tokens.dictionary_word(text) and tokens.pos_pairs(text)[0][1] == "v"


def _known_name_at(text: str, start: int, name: str, j: int, words: list[tuple], longer: dict) -> tuple[str, int]:
    """The name the article knows that begins at ``start`` where jieba's words end, if longer than ``name`` (read
    from jieba's cut, ending before ``words[j]``): a name jieba cuts short (管仲|贵: 管仲 is a name of old)."""
    for known in longer.get(name[0], ()):
        if len(known) <= len(name):
            break
        if text.startswith(known, start):
            end, k = start + len(name), j
            while k < len(words) and end < start + len(known):
                end, k = end + len(words[k][0]), k + 1
            if end == start + len(known):
                return known, k
    return name, j


def antecedent(par: Paragraph, found: tuple[Mention, ...], before: int) -> tuple[Mention | None, str | None]:
    """Whom 他/她 at ``before`` refers to: the person named in the nearest sentence before it that names
    one — a person introduced by a title or organisation (种粮大户刘建国) rather than a bare name, and of
    several, the first, the sentence's subject. Returns the mention and a note when the sentence named
    more than one person."""
    earlier = [m for m in found if m.end <= before]
    if not earlier:
        return None, None
    # ``found`` is in text order: the nearest sentence is the last mention's, and its mentions end the list
    nearest = par.sentence_start(earlier[-1].start)
    last = list(takewhile(lambda m: par.sentence_start(m.start) == nearest, reversed(earlier)))[::-1]
    candidates = [m for m in last if m.described] or last
    names = list(dict.fromkeys(m.name for m in candidates))
    note = None
    if len(names) > 1:
        note = f"pronoun: the sentence before names {'、'.join(names)}; took the first, its subject"
    return candidates[0], note
