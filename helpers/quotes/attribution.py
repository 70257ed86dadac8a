"""Stage 4: speech events of one paragraph — candidate attributions (a reporting verb with a speaker
phrase), the quotations and reported words each claims, pronouns resolved, verbless quotations given to
the person the paragraph (or the one before) names.

The patterns: “Q”+title+name+verb; title+name+verb：“Q”; split quotations “Q1”name说，“Q2”; a quotation
followed by a reported continuation, or reported speech closed by a quotation (``mixed``); reported
speech alone (name表示，……, ``indirect``), also when the subject opens the sentence (广大干部群众…，表示要…)
or is a pronoun; a quotation after a colon with no reporting verb (老人笑着竖起大拇指：“…”) or with none
at all, given to the person the paragraph names nearest to it.

Limits: 他/她 is resolved to the person of the nearest sentence before that names one (its subject if it
names several, noted on the event), else the speaker before; gender is not checked. A quotation no verb
claims and no named person is near is reported by ``skipped()``, not guessed.

>>> from .paragraph import read_paragraph
>>> events, _ = paragraph_events(Reading(read_paragraph("“开放是必由之路。”王建国说。")), Before())
>>> events[0].speaker.name, events[0].verb, events[0].segments
('王建国', '说', ((0, 10, 'direct'),))
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import accumulate

from . import tokens
from .mentions import Mention, antecedent, is_place_name, mentions, name_closing_clause, unit_after
from .paragraph import SENTENCE_END, Paragraph, read_paragraph
from .speakers import (
    AT_ONCE,
    FIRST_PERSON,
    HAN,
    LONGEST_PHRASE,
    NAME_DASHES,
    NAME_JOINERS,
    PREPOSITION_CHARS,
    PRONOUNS,
    Speaker,
    function_word,
    head_before_preposition,
    is_name,
    is_reporter,
    modifier_end,
    narrator,
    parse_speaker,
    strip_adverbials,
    surname_form,
    title_suffix,
    transliterated_name,
)
from .tables import (
    anonymous_forms,
    central_leaders,
    groups,
    leader_pattern,
    leaders,
    minority_name_parts,
    not_names,
    owner_nouns,
    speaker_titles,
    speech_verbs,
    surnames,
    verb_pattern,
)

SUBJECT_WINDOW = 120   # how far back in its sentence a verb looks for a subject named earlier
INTRODUCED_WITHIN = 12   # how many earlier paragraphs a bare foreign name is looked for in, after a title
TITLE_BEFORE = 12   # the longest title read before it
ACTION_BEFORE_COLON = 16   # the longest action between a speaker and a colon with no verb (竖起大拇指：)
ATTRIBUTING = frozenset("。，：:,！!“")   # what follows a verb that attributes words (感慨。 表示， 说：“)
# What makes a mention of the leader a modifier, not a subject: 习近平总书记的, 重要讲话, 关于…, the names of
# his thought (习近平新时代中国特色社会主义思想, 习近平文化思想) and 以习近平同志为核心的党中央
LEADER_AS_MODIFIER = re.compile(r"的|重要|关于|新时代|为核心|(?:文化|外交|经济|生态文明|法治|强军)思想")


@dataclass(frozen=True)
class Reading:
    """A paragraph and the names heard earlier in its article; its persons are found when first asked."""

    par: Paragraph
    known: frozenset[str] = frozenset()
    dotted: tuple[tuple[str, str], ...] = ()   # the article's foreign names so far, around their ·
    earlier: Sequence[str] = ()   # the narratives of the earlier paragraphs of the part, oldest first
    signed: frozenset[str] = frozenset()   # the names of the article's signature lines (…副教授久保辉幸——)
    # names of jieba's dictionary an earlier paragraph gave a title (种植户李俊): see mentions()
    introduced: frozenset[str] = frozenset()

    @cached_property
    def mentions(self) -> tuple[Mention, ...]:
        return mentions(self.par, self.known, self.signed, self.introduced)

    @cached_property
    def mention_starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    def mentions_between(self, start: int, end: int) -> tuple[Mention, ...]:
        """The persons named at ``start:end`` (found by bisection: the work stays linear)."""
        return self.mentions[bisect_left(self.mention_starts, start):bisect_left(self.mention_starts, end)]


@dataclass(frozen=True)
class Before:
    """What a paragraph may look back at: who spoke last in the paragraph before, and that paragraph."""

    speaker: Speaker | None = None
    reading: Reading | None = None


@dataclass(frozen=True)
class Attribution:
    verb: str | None
    verb_start: int
    verb_end: int
    clause_start: int
    anchor: int            # where the speaker is named
    speaker: Speaker
    view: bool = False     # 在…看来，: a view the reporter words, claimed as a verb's words, but no verb of saying
    joint: bool = False    # one of persons who say the same words (周婷、孙浩介绍：“…”: :func:`_joint_speakers`)


@dataclass(frozen=True)
class Event:
    """A speaker's words in one paragraph: ``segments`` are ``(start, end, "direct" | "indirect")``."""

    speaker: Speaker
    verb: str | None
    anchor: int
    segments: tuple = ()
    notes: tuple = field(default=())

    @property
    def begins(self) -> int:
        return min([self.anchor] + [s[0] for s in self.segments])


def _opens_clause(before: str) -> bool:
    """What stands before a mention in its clause is nothing or titles (中共中央总书记、国家主席): the mention
    is the clause's subject, not an object (会议传达学习了习近平总书记…精神)."""
    clause = re.split(r"[，,：:；;]", before)[-1].rstrip("、")
    return not clause or title_suffix(clause) is not None


def sentence_subject(par: Paragraph, verb_at: int) -> tuple[Speaker | None, int]:
    """The leader as the subject of a clause earlier in the verb's sentence (…讲话，强调…), or a group named
    in its first clause (广大干部群众…，表示…)."""
    begin = max(par.sentence_start(verb_at), verb_at - SUBJECT_WINDOW)
    sentence = par.text[begin:verb_at]
    for m in leader_pattern().finditer(sentence):
        if not par.is_inside(begin + m.start()) and not LEADER_AS_MODIFIER.match(sentence, m.end()) and \
                _opens_clause(sentence[:m.start()]):
            return parse_speaker(m.group()), begin + m.start()
    first_clause = re.split(r"[，,]", sentence)[0]
    for group in groups():
        at = first_clause.find(group)
        if at >= 0 and group not in ("他们", "她们") and not _object_after_preposition(first_clause[:at]):
            phrase = first_clause[:at + len(group)]
            return _before_preposition(phrase) or parse_speaker(phrase), begin
    return None, begin


# Prepositions whose object is what they are about, a means or a patient (以外国网友…为例, 把, 对, 向, 为, 给):
# a group after one is no subject
OBJECT_PREPOSITIONS = frozenset({"以", "把", "将", "对", "向", "为", "给", "替", "被"})


def _object_after_preposition(before: str) -> bool:
    """jieba reads one of :data:`OBJECT_PREPOSITIONS` in ``before`` (…副总裁汤维维|以|今年以来外国|网友…为例): what
    follows is its object, no subject."""
    return any(tag == "p" and word in OBJECT_PREPOSITIONS for word, tag in tokens.pos_pairs(before))


DOTS = NAME_JOINERS
# the Han characters (eight at most) on either side of a joiner; those after it are read, not taken, so the next
# joiner's run before is the whole part (托尔斯滕·舍费尔—君贝尔: 舍费尔 before the dash)
JOINED_RUNS = re.compile(f"([{HAN}]{{0,8}})([{DOTS}{NAME_DASHES}])(?=([{HAN}]{{0,8}}))")


def dotted_runs(text: str) -> list[tuple[str, str]]:
    """The Han characters (eight at most) before and after each · of ``text``: where the parts of foreign
    names are (娜塔莉娅·斯柳萨列娃从小就…); and of each dash that joins two parts of a name written with · before it
    (托尔斯滕·舍费尔—君贝尔: a double-barrelled surname; not 中国—东盟)."""
    if not any(dot in text for dot in DOTS):   # the pattern below would be tried at every character
        return []
    return [(m.group(1), m.group(3)) for m in JOINED_RUNS.finditer(text)
            if m.group(2) in DOTS or text[m.start(1) - 1:m.start(1)] in tuple(DOTS)]


def short_form(phrase: str, dotted: tuple[tuple[str, str], ...]) -> bool:
    """``phrase`` is one part of a foreign name written earlier (斯柳萨列娃 of 娜塔莉娅·斯柳萨列娃), or two parts
    joined as they were there (舍费尔—君贝尔 of 托尔斯滕·舍费尔—君贝尔)."""
    if len(phrase) < 2:
        return False
    if phrase.isalpha():
        return any(after.startswith(phrase) or before.endswith(phrase) for before, after in dotted)
    parts = re.split(f"[{DOTS}{NAME_DASHES}]", phrase)
    return len(parts) == 2 and all(parts) and all(part.isalpha() for part in parts) and \
        any(before.endswith(parts[0]) and after.startswith(parts[1]) for before, after in dotted)


def introduced_after_title(reading: Reading, phrase: str, before: int) -> bool:
    """``phrase``, a name in characters of transliteration (普京, 拉赫蒙) or a surname and one or two
    characters (陆治原, 祝卫东; a word of jieba's dictionary, 高远, where it closes its clause there), stands after
    a title in the paragraph before ``before`` or in the earlier
    paragraphs of the reading (the last :data:`INTRODUCED_WITHIN` of the part: 俄罗斯总统普京 … 普京表示;
    民政部部长陆治原 … 陆治原表示): the article introduced the person, though jieba reads the name as a place
    or cuts it (陆治/原, 祝/卫东); so does a pen name (:func:`_pen_name`: 导演饺子 … 饺子说)."""
    chinese = len(phrase) in (2, 3) and phrase[0] in surnames() and is_name(phrase) and not is_place_name(phrase)
    foreign = transliterated_name(phrase)
    word = chinese and not foreign and tokens.dictionary_word(phrase)
    # a pen name is a word of jieba's dictionary: that look-up first, the full test only once it stands after a title
    pen = not (foreign or chinese) and len(phrase) in (2, 3) and tokens.dictionary_word(phrase)
    if not (foreign or chinese or pen):
        return False
    for text in (reading.par.narrative[:before], *reversed(reading.earlier)):
        at = text.find(phrase)
        while at >= 0:
            # a word of jieba's dictionary only where it closes its clause there (第一书记高远。; not 总书记|考察时)
            if title_suffix(text[max(0, at - TITLE_BEFORE):at]) and (
                    not word or name_closing_clause(text, at) == phrase):
                return not pen or _pen_name(phrase)
            at = text.find(phrase, at + 1)
    return False


def _pen_name(phrase: str) -> bool:
    """``phrase`` is a common noun of two or three characters, no title, group, place or unit (饺子): a pen name or a
    nickname, where the article wrote it after a title (编剧兼导演饺子)."""
    return len(phrase) in (2, 3) and tokens.pos_pairs(phrase) == [(phrase, "n")] and is_name(phrase) and \
        title_suffix(phrase) is None and not is_place_name(phrase)


def _in_speaker_slot(par: Paragraph, start: int, verb_end: int, phrase: str) -> bool:
    """``phrase`` stands alone between a quotation and a verb that ends the sentence (“…”小尼古拉说。), or
    is a surname and a given name before a verb that attributes words: that slot holds the speaker, so a
    word there that could be a name is one, even one jieba does not know or cuts (彭明/有, 于/童)."""
    after_quote = any(s.end == start for s in par.speech)
    closes = verb_end == len(par.text) or par.text[verb_end] in SENTENCE_END
    # a surname and a given name, the verb attributing words (“…”彭明有介绍，…; “…”于童说：…)
    chinese = len(phrase) in (2, 3) and phrase[0] in surnames() and \
        (verb_end == len(par.text) or par.text[verb_end] in ATTRIBUTING)
    return after_quote and (closes or chinese) and is_name(phrase) and not function_word(phrase) \
        and not is_place_name(phrase) and not _described_and_no_name(phrase)


def _described_and_no_name(phrase: str) -> bool:
    """``phrase``, of two words or more for jieba, opens with a locative (当地|蜜农, 附近|…; not a compound surname,
    东方|明) or ends in a word that never names a person (老师|殷殷, 老师|严肃: ``not_names.txt``): who speaks is
    described, or how, and no one named."""
    words = tokens.pos_pairs(phrase)
    return len(words) > 1 and (words[0][1] in LOCATIVE_TAGS and len(words[0][0]) >= 2 and
                               words[0][0] not in surnames() or words[-1][0] in not_names())


# jieba's tags of a locative word (当地 s, 附近 f)
LOCATIVE_TAGS = ("s", "f")


def _subject_mention(reading: Reading, start: int, at: int) -> Mention | None:
    """The person named at the start of the clause ``start:at``, followed by a short action only
    (长玉村种粮大户黄贵龙|蹲在田埂上|感慨). Only the end of the clause is cut: its last
    :data:`~helpers.quotes.speakers.LONGEST_PHRASE` + :data:`ACTION_BEFORE_COLON` characters."""
    begin = max(start, at - LONGEST_PHRASE - ACTION_BEFORE_COLON)
    named = _clause_mentions(reading.par.text[begin:at], reading.known, tokens.dictionary_key(), reading.introduced)
    if len(named) > 1 and KIN_BEFORE_NAME.search(reading.par.text, begin + named[0].end, begin + named[1].start):
        named = named[1:]   # 郁达夫烈士之孙|郁峻峰表示: the relative named after the kinship, not the ancestor
    if named and _action_length(reading.par.text[begin + named[0].end:at]) <= ACTION_BEFORE_COLON and \
            named[0].speaker.kind == "person" and \
            not reading.par.text.startswith("的", begin + named[0].end):   # 转达俄总统普京的信息称: a modifier
        m = named[0]
        return replace(m, start=m.start + begin, end=m.end + begin, described_from=m.described_from + begin)
    return None


# A title of a book or an article in an action (在《…》中写道): one thing named, however long its title
TITLED = re.compile(r"《[^《》]{1,40}》")


def _action_length(action: str) -> int:
    """How long the action between a person and the verb is, each title in 《》 counted as one character (冯某在《东北
    抗日联军十四年苦斗简史》中如此深情写道: what he wrote in, not a long action of his)."""
    return len(TITLED.sub("《", action)) if "《" in action else len(action)


# A kinship after a person's name in 之 or 的, right before another name (郁达夫烈士之孙郁峻峰, 老校长的女儿王芳): the
# second person is the relative, the subject of the clause
KIN_BEFORE_NAME = re.compile(r"[之的](?:外|曾)?(?:孙女?|孙子|子|女|儿子|女儿|妻子?|丈夫|夫人|遗孀|"
                             r"母亲|父亲|兄|弟|姐|妹|侄子?|侄女|后人|后代|学生|弟子)$")


# asked twice of a clause (for its verb, then for its sentence's opener), and news repeats itself
@lru_cache(maxsize=4096)
def _clause_mentions(clause: str, known: frozenset[str], dictionaries, introduced: frozenset[str] = frozenset()
                     ) -> tuple[Mention, ...]:
    """The persons named in ``clause`` read alone (``dictionaries``: the segmenter's, part of the key)."""
    return mentions(read_paragraph(clause), known, introduced=introduced)


LEADING_SETTINGS = 2   # clauses of time or place that may open a sentence before its subject: short ones,
SETTING_CHARS = 10     # or any opening with a preposition of place or time (在东方省…村的棉田里，)
SETTING_OPENERS = ("在", "于", "从", "当")


def _sentence_opener(reading: Reading, at: int) -> tuple[Speaker | None, int]:
    """The subject that opens the verb's sentence, a clause or more before it: 他/她, or a person named
    before a short action (陈景秀点点头，又指着一片黄叶问；他缓缓站起身，挺直了腰说), after up to two
    clauses of time or place that name no one as subject (下午2时，棉农赛义德蹲下身子，向记者展示说; 在某村的
    棉田里，有经验的赛义德…): a person after a preposition is a place or an object, not a subject."""
    par = reading.par
    begin = par.sentence_start(at)
    if begin >= at or at - begin > SUBJECT_WINDOW:
        return None, begin
    if par.text.startswith(PRONOUNS, begin):
        return Speaker(par.text[begin], "pronoun"), begin
    leader = leader_pattern().match(par.text, begin)   # 习近平感谢马克龙总统…，指出: the leader, not his guest
    if leader is not None and not LEADER_AS_MODIFIER.match(par.text, leader.end()):
        return parse_speaker(leader.group()), begin
    opening = begin
    for _ in range(1 + LEADING_SETTINGS):   # a clause of time or place may come first (下午2时，棉农…)
        first_clause = next((i for i in range(begin, at) if par.clause_start(i + 1) == i + 1), at)
        subject = _subject_mention(reading, begin, first_clause) or _described_opener(reading, begin, first_clause)
        if subject and _after_preposition(par.text[begin:subject.start]):
            subject = None   # 在…阿达伊达蒙村的棉田里: a place, not a subject
        setting = first_clause - begin <= SETTING_CHARS or par.text.startswith(SETTING_OPENERS, begin)
        if subject or not setting or first_clause + 1 >= at:
            break
        begin = first_clause + 1
    if subject and begin > opening and min(subject.start, subject.described_from) != begin and \
            not par.text[begin:subject.start].endswith("的"):
        subject = None   # after a setting, only a person who opens the clause, or a description of them in 的
        # (有着30多年经验的赛义德), not 项目——玛尔挡水电站
    return (subject.speaker, subject.start) if subject else (None, opening)


def _described_opener(reading: Reading, begin: int, end: int) -> Mention | None:
    """The person whose description opens the clause ``begin:end`` (某公司资深副总裁|王某|以…为例), however long the
    action after them: the subject of a sentence whose later clauses open with reporting verbs (，讲述…，认为…); a
    bare name is not enough there (a short action only: :func:`_subject_mention`), nor a person who owns what
    follows (转达俄总统普京|的信息), or one of several, listed or joined (论坛理事长潘基文|等与会代表, 民革中央主席
    郑建邦|、…先后发言: the words are all of theirs)."""
    if end - begin > LONGEST_PHRASE + ACTION_BEFORE_COLON:
        return None
    # the clause read alone, as :func:`_subject_mention` has just read it (a hit of the cache, not the paragraph's
    # persons, which a paragraph with no quotation and no verb's subject to find never needs)
    named = _clause_mentions(reading.par.text[begin:end], reading.known, tokens.dictionary_key(), reading.introduced)
    if not named:
        return None
    m = named[0]
    after = reading.par.text[begin + m.end:begin + m.end + 1]
    if m.described and m.described_from == 0 and m.speaker.kind == "person" and after not in OWNED_OR_LISTED:
        return replace(m, start=m.start + begin, end=m.end + begin, described_from=begin)
    return None


# What follows a person's name who is not the subject alone: an owner (的), a list or a pair (、和与及同), others (等)
OWNED_OR_LISTED = frozenset("的、和与及同等")


def _phrase_speaker(reading: Reading, start: int, verb) -> tuple[Speaker | None, int]:
    """The phrase between the clause's start and the verb names the speaker (title chain, name, group,
    leader, pronoun), or is a name the article has used (heard before, a short form of a foreign name,
    a word alone in the slot between a quotation and a verb closing the sentence, a foreign name written
    after a title before), or a foreign name of four or more characters of transliteration (戈洛夫琴科:
    no Chinese name is; a place, 巴基斯坦, is not a name)."""
    par = reading.par
    phrase = strip_adverbials(par.text[max(start, verb.start() - LONGEST_PHRASE):verb.start()])
    if not phrase:
        return None, start
    speaker = parse_speaker(phrase)
    # a preposition before the name read (对到访的…布林肯, 根据…代表, 为当地群众): read the phrase again, cut there
    named_at = phrase.rfind(speaker.name) if speaker is not None and speaker.kind == "person" else -1
    if PREPOSITION_CHARS.search(phrase, 0, named_at if named_at > 0 else len(phrase)):
        head = _before_preposition(phrase)
        if head is not None:
            speaker = head
        elif speaker is not None and speaker.kind == "group" and _object_of_preposition(phrase):
            return None, start
    if speaker is not None and speaker.kind == "person" and OBJECT_MARKER_CHARS.search(phrase):
        speaker = _speaker_of_addressee(reading, start, verb.start(), speaker)
    if speaker is not None and speaker.kind == "group" and CAUSED.search(phrase):
        speaker = parse_speaker(CAUSED.search(phrase).group(1)) or speaker   # 场景让|游客 赞叹: the group moved
    if speaker is None and (phrase in reading.known or short_form(phrase, reading.dotted) or
                            _in_speaker_slot(par, start, verb.end(), phrase) or
                            introduced_after_title(reading, phrase, start) or
                            len(phrase) >= 4 and transliterated_name(phrase) and not is_place_name(phrase)):
        speaker = Speaker(phrase, "person", phrase=phrase)
    if speaker is None and modifier_end(phrase):    # 72岁的|胡金余: the name after a description in 的
        described = phrase[modifier_end(phrase):]
        if not described.endswith("们") and (described in reading.known or   # 老乡们: many; …流利的|中文: a word
                                             _in_speaker_slot(par, start, verb.end(), described) and
                                             not tokens.dictionary_word(described) and _name_like(described)):
            speaker = Speaker(described, "person", phrase=phrase)
    return speaker, start


# A causative 让 (the scene made visitors marvel): who speaks is the group after it, not the cause before it
CAUSED = re.compile(r"(?<=.)让([^让]+)$")


def _name_like(text: str) -> bool:
    """``text`` opens as a name does: with a surname, or it is a foreign or a Tibetan name (胡金余, 安娜, 次仁); not a
    thing described (墙上的|预订日历)."""
    return text[0] in surnames() or transliterated_name(text) or text.startswith(minority_name_parts())


def _before_preposition(phrase: str) -> Speaker | None:
    """The speaker named before a preposition in ``phrase`` (以色列总理内塔尼亚胡|对到访的…布林肯; 主席团常务主席|
    根据各代表团…), where that part names a person, the leader or a group with a title."""
    head = head_before_preposition(phrase)
    if head is None or "了" in phrase[len(head):]:   # 彭丽媛向学校赠送了一批|介绍: 赠送了 is the predicate
        return None
    speaker = parse_speaker(strip_adverbials(head))   # 谢里夫|在|对中国…访问前
    if speaker is None or speaker.kind == "person" and is_place_name(speaker.name):   # 尼日尔|与美国…代表
        return None
    return speaker if speaker.kind in ("person", "leader") or speaker.kind == "group" and speaker.title else None


OBJECT_MARKERS = ("对", "向", "为", "给")


def _object_of_preposition(phrase: str) -> bool:
    """What ``phrase`` names stands after a preposition that marks an object (:data:`OBJECT_MARKERS`), with no
    relative clause (…的) making it the subject (生动形象地|为当地群众; 曾多次|对“宁波帮”人士; not 当地|与中方
    合作的企业负责人; 与 and 同 also join nouns: 外交与国际合作部)."""
    head = head_before_preposition(phrase)
    return head is not None and phrase.startswith(OBJECT_MARKERS, len(head)) and "的" not in phrase[len(head):]


# a preposition that marks whom words are addressed to, then the addressee's description: what stands between the
# person who speaks and the one spoken to (jieba's cut may hide the preposition in a word: 对白|班)
OBJECT_MARKER_CHARS = re.compile("[对向给]")
TO_ADDRESSEE = re.compile("[^，。；：！？“”的]{0,6}[对向给][^，。；：！？“”的]{0,12}")
AFTER_MARKER = re.compile("[对向给][^，。；：！？“”的]{0,12}$")


def _speaker_of_addressee(reading: Reading, start: int, at: int, speaker: Speaker) -> Speaker:
    """The person named earlier in the clause, where ``speaker``, named last before the verb at ``at``, stands after a
    preposition that marks an addressee (队长周建华听完汇报后向队员吴秀兰交代：“…”: 周建华 speaks to 吴秀兰), with
    only an action (听完汇报后) and the addressee's description between them; else ``speaker``."""
    addressed = reading.par.text.rfind(speaker.name, start, at)
    if addressed < 0 or not AFTER_MARKER.search(reading.par.text, max(start, addressed - 13), addressed):
        return speaker   # most phrases: no preposition right before the name (王某向记者|介绍: the name is first)
    named = [m for m in reading.mentions_between(start, addressed) if m.speaker.kind == "person"]
    if not named or named[-1].name == speaker.name or \
            not TO_ADDRESSEE.fullmatch(reading.par.text, named[-1].end, addressed):
        return speaker
    return named[-1].speaker


# what joins persons who speak together (周婷、孙浩; 张建国和李秀英; 郝敏及丈夫吴涛; 以及 before 及)
JOINING = re.compile("以及|[和与及、]")
# what stands after the last of the persons before the verb, where a clause's speakers are read: an addressee (向记者,
# 对来访的游客: :data:`~helpers.quotes.speakers.ADVERBIAL` reads these) opened by one of these prepositions
ADDRESSEE_PREPOSITIONS = ("对", "向", "给", "跟", "同", "冲", "朝")


def _joint_speakers(reading: Reading, start: int, verb) -> list[tuple[Speaker, int]]:
    """Two to four persons joined by 和, 与, 及 or 、 before one verb (俄罗斯总理米舒斯京和白俄罗斯总理戈洛夫琴科
    表示; 拉克森和皮特斯表示; 讲解员周婷、孙浩向游客介绍; 果农王大山和妻子刘桂兰说): each speaks, with where they
    are named; a later bare name of a list in 、 shares the first one's description (讲解员周婷、孙浩: both 讲解员).
    Each part is read alone, what stands before the verb cut from the last (孙浩|向游客); a bare part is a name as
    a clause's speaker is (张建国和李秀英说: names of jieba's dictionary). None where any part names no person the
    paragraph names or the article knows (种粮大户和农技人员: a group; 王明和某某公司: an organisation; 中共中央书记处
    书记、中央纪委副书记刘金国: one title chain), nor where a part before the last holds a preposition (张建国对李秀英
    和王大山说: the persons after it are spoken to). A last part that is a group or a title alone (经理王明和记者说,
    王大山和妻子说): only the persons named before it; a group after 等 is cut (尚达曼、黄循财等新方领导人: both)."""
    par = reading.par
    raw = par.text[max(start, verb.start() - LONGEST_PHRASE):verb.start()]
    if not JOINING.search(raw):     # most phrases: nothing to split
        return []
    phrase = strip_adverbials(raw)
    # 赵德明与女儿赵小雨对记者, 刘明和同事们: an adverbial read from 与 to 记者, from 同 to 们; the parts alone then
    if not JOINING.search(phrase) or JOINING.search(phrase[-2:]):
        phrase = raw
    joints, parts = _joined(phrase)
    parts = [strip_adverbials(part) or part for part in parts]
    parts[-1] = _before_others(_before_addressee(parts[-1]))
    # a part ending with a title is a piece of one title chain (中共中央政治局常委、国务院总理李强): read no further
    if not 2 <= len(parts) <= 4 or not all(parts) or any(title_suffix(part) for part in parts[:-1]) or \
            any(head_before_preposition(part) for part in parts[:-1]):
        return []
    speakers = []
    for k, part in enumerate(reversed(parts)):   # the part next to the verb first: where most phrases fail
        speaker = parse_speaker(part)
        if speaker is None and (part in reading.known or short_form(part, reading.dotted) or
                                introduced_after_title(reading, part, start)):
            speaker = Speaker(part, "person", phrase=part)
        if k == 0 and speaker is not None and speaker.kind == "group" and "的" not in part:
            speakers.insert(0, None)   # 经理王明和记者说: persons with no name (not 李秀英的女儿: hers)
            continue
        if speaker is None or speaker.kind != "person":
            return []
        speakers.insert(0, speaker)
    at = verb.start() - len(raw)
    named = {m.name for m in reading.mentions_between(at, verb.start())}
    found = []
    for part, speaker in zip(parts, speakers):
        at = max(at, par.text.find(part, at, verb.start()))   # where the part stands (after what was stripped)
        if speaker is not None:
            if not (speaker.name in named or speaker.name in reading.known or speaker.phrase == part and
                    (short_form(part, reading.dotted) or introduced_after_title(reading, part, start) or
                     _bare_name(part))):
                return []
            if "、" in joints and not speaker.described and found:   # 讲解员周婷、孙浩: a list
                first = found[0][0]
                speaker = replace(speaker, title=first.title, organisation=first.organisation, place=first.place,
                                  origin=first.origin)
            found.append((speaker, at))
        at += len(part)
    return found


def _joined(phrase: str) -> tuple[list[str], list[str]]:
    """The joining words of ``phrase`` (:data:`JOINING`) and the parts between them; 及 only where jieba reads it as a
    word of its own (郝敏|及|丈夫吴涛; not 阿尔及利亚, 埃及, 涉及)."""
    joins = list(JOINING.finditer(phrase))
    if "及" in phrase:
        words = {}
        at = 0
        for word, _ in tokens.pos_pairs(phrase):
            words[at] = word
            at += len(word)
        joins = [m for m in joins if "及" not in m.group() or words.get(m.start()) == m.group()]
    bounds = [0] + [x for m in joins for x in m.span()] + [len(phrase)]
    return [m.group() for m in joins], [phrase[bounds[i]:bounds[i + 1]] for i in range(0, len(bounds), 2)]


def _before_addressee(part: str) -> str:
    """``part``, the last of a joint subject, without the addressee between it and the verb (孙浩|向游客, 周婷|对
    来访的记者): the name before the preposition."""
    head = head_before_preposition(part)
    return head if head and part.startswith(ADDRESSEE_PREPOSITIONS, len(head)) and "了" not in part[len(head):] \
        else part


def _before_others(part: str) -> str:
    """``part``, the last of a joint subject, without 等 and the group after it (尚达曼、黄循财|等新方领导人, 王明、
    李红|等人): the persons named, who speak with others."""
    at = part.find("等")
    if at <= 0:
        return part
    rest = part[at + 1:]
    others = parse_speaker(rest) if rest and rest not in ("人", "人士") else None
    return part[:at] if not rest or rest in ("人", "人士") or others is not None and others.kind == "group" else part


def _bare_name(part: str) -> bool:
    """``part`` is a Chinese name alone, a surname and one or two characters (张建国, 李秀英: jieba knows many as
    words, which a paragraph's persons read bare only once introduced): so a clause's subject reads it."""
    return len(part) in (2, 3) and (part[0] in surnames() or part[:2] in surnames()) and is_name(part) and \
        not is_place_name(part) and not function_word(part)


def _clause_subject(reading: Reading, start: int, verb) -> tuple[Speaker | None, int]:
    """A person opening the clause before a short action, where the verb attributes words (closes the
    clause or opens a quotation): 长玉村种粮大户黄贵龙蹲在田埂上感慨。; else the leader opening it (总书记拉着老人的
    手说：), else the subject opening the sentence (:func:`_sentence_opener`)."""
    par = reading.par
    if verb.end() < len(par.text) and par.text[verb.end()] not in ATTRIBUTING:
        return None, start
    subject = _subject_mention(reading, start, verb.start())
    if subject is None:
        leader = leader_pattern().match(par.text, start)   # 总书记拉着老人的手说: the leader opens the clause
        if leader is not None and not LEADER_AS_MODIFIER.match(par.text, leader.end()):
            return parse_speaker(leader.group()), start
        if _in_what_was_received(par, start, verb.start()):
            return None, start
        return _sentence_opener(reading, verb.start())
    return subject.speaker, subject.start


# A reply or a letter the sentence's subject received (王某收到了某部门的回复，|回复中表示): its words are its sender's
RECEIVED = re.compile(r"(?:收到|接到|收悉)[^，,。；;！？]*?(回复|答复|回信|复函|来信|信件|信)")


def _in_what_was_received(par: Paragraph, start: int, at: int) -> bool:
    """The clause ``start:at`` before a verb is a reply or a letter and 中 (回复中|表示) that an earlier clause of the
    sentence has someone receive (王某收到了某部门的回复): the words are the sender's, not the receiver's who opens
    the sentence."""
    words = par.text[start:at]
    if not words.endswith("中") or len(words) > 5:
        return False
    received = RECEIVED.search(par.text, par.sentence_start(start), start)
    return received is not None and words[:-1].endswith(received.group(1))


def _earlier_subject(reading: Reading, start: int, verb) -> tuple[Speaker | None, int]:
    """The leader named earlier in the sentence (…讲话，强调…); for a verb that opens its clause, alone or after
    adverbs (:func:`_opens_with_verb`), the person who opens the sentence with a short action (维拉向中国人民致以新春
    祝福，表示…; …视察项目现场，高度评价…); else a group named in the sentence's first clause (广大干部群众…，表示…)."""
    speaker, anchor = sentence_subject(reading.par, verb.start())
    adverbs = start < verb.start() and _opens_with_verb(reading.par.text[start:verb.start()])
    if (start == verb.start() or adverbs) and (speaker is None or speaker.kind == "group") and \
            not _verb_later_in_sentence(reading.par, verb.end()):   # 总理菲佐…会见…代表，表示
        opener, at = _sentence_opener(reading, verb.start())
        if opener is not None and adverbs and not _opens_its_clause(reading.par, opener, at):
            opener = None   # …发表声明悼念辛瓦尔，并要求…: after adverbs, only the person the clause opens with
        if opener is not None and _after_preposition(reading.par.text[reading.par.sentence_start(at):at]):
            opener = None   # 该片以…李建国为原型创作，讲述…: a person after a preposition is an object
        # the group word ends its phrase: a person named before it opens the sentence (总理菲佐…代表), a
        # person after it does not (中国代表…宣介…，强调)
        group_end = reading.par.text.find(speaker.phrase, anchor) + len(speaker.phrase) if speaker else -1
        if opener is not None and (speaker is None or at < group_end):
            return opener, at
    return speaker, anchor


# What joins a clause to the one before it, before its verb (…视察项目现场，并表示…)
CLAUSE_LINKS = re.compile("^(?:并且|并|而且|同时)")


def _opens_with_verb(before: str) -> bool:
    """``before``, what stands between a clause's start and its verb, is nothing, or a link to the clause before
    (并, 同时) and adverbs alone (高度, 还: :func:`strip_adverbials`): the verb opens the clause and has no subject
    of its own there (…，高度评价…; …，并表示…)."""
    return not before or not strip_adverbials(CLAUSE_LINKS.sub("", before))


def _opens_its_clause(par: Paragraph, speaker: Speaker, at: int) -> bool:
    """``speaker``, named at ``at``, opens their clause, alone or after their description (乌兹别克斯坦总理|阿里波夫曾…;
    他曾…, not 他们): the subject of the sentence, not a person named inside its first clause (…发表声明悼念|辛瓦尔)."""
    if speaker.kind == "pronoun":
        return not par.text.startswith("们", at + 1)
    clause = par.clause_start(at)
    if clause == at:
        return True
    named = parse_speaker(par.text[clause:at + len(speaker.name)])
    return named is not None and named.name == speaker.name


def _after_preposition(before: str) -> bool:
    """jieba reads a preposition before a person in their clause (该片|以|…李建国): the person is an object
    (以色列总理 and 驻华大使 hold none)."""
    return any(tag == "p" for _, tag in tokens.pos_pairs(before))


def _verb_later_in_sentence(par: Paragraph, at: int) -> bool:
    """Another reporting verb follows ``at`` in its sentence (谈到下一步的担当作为，他…挺直了腰说：): the
    verb at ``at`` names a topic, and the later one the words."""
    end = next((i for i in range(at, min(len(par.text), at + SUBJECT_WINDOW)) if par.text[i] in SENTENCE_END),
               min(len(par.text), at + SUBJECT_WINDOW))
    return any(not par.is_inside(m.start()) for m in verb_pattern().finditer(par.text, at, end))


# Tried in order for each reporting verb; the first that names someone is the speaker.
SPEAKER_FINDERS = (_phrase_speaker, _clause_subject, _earlier_subject)


# 说 after a given name ending in 来 (副主任江讯来说。), which verb_guards.csv keeps out of 对我们来说
NAME_ENDING_IN_LAI = re.compile(r"(?<=来)说(?=[，。：:,！!])")
# 看来 (or 眼中, 眼里, 心中, 心里) before a comma in a clause opened by 在 (在浙江大学教授李明看来，…,
# 在李某眼中，: in X's view); 看来 alone is no reporting verb (看来，… it seems)
VIEW = re.compile(r"(?:看来|眼中|眼里|心中|心里)(?=[，,：:])")
VIEW_WORDS = ("看来", "眼中", "眼里", "心中", "心里")
# 用…的话(来)说， (in X's words: 用店长李某的话说，…, 借用他的话来说，…): what follows is X's, said (说); the
# clause opens with one of IN_THE_WORDS_OPENERS, and X is a person (not 用通俗的话说, 用一句话来说)
IN_THE_WORDS = re.compile(r"的话(?:来)?(说)(?=[，,：:])")
IN_THE_WORDS_OPENERS = ("借用", "用", "按", "照")


def _book_titles(text: str) -> list[tuple[int, int]]:
    """Where the titles in 《》 of ``text`` begin and end (none in most paragraphs: no search then)."""
    return [m.span() for m in re.finditer(r"《[^《》]*》", text)] if "《" in text else []


def _in_book_title(titles: list[tuple[int, int]], at: int) -> bool:
    i = bisect_left(titles, (at,)) - 1     # the last title that begins before ``at``
    return i >= 0 and at < titles[i][1]


def _finding_quoted(par: Paragraph, clause: int, verb_end: int) -> bool:
    """A verb of finding (发现，) at the end of a clause beginning at ``clause`` reports words only next to a
    quotation: one that ends where its clause begins (“…”校长赵某观察到，…), or one in its own sentence after it
    (副主任王某发现，…，“…”); not a fact found alone (登录手机银行时发现，系统已…)."""
    end = next((i for i in range(verb_end, len(par.text)) if par.text[i] in SENTENCE_END and not par.is_inside(i)),
               len(par.text))
    return any(s.end == clause or verb_end <= s.start < end for s in par.speech)


# What follows a verb after 的 that still reports words: 的 written for 地 (激动的说：“…”)
WORDS_FOLLOW = frozenset("：:“")


def _noun_after_de(par: Paragraph, clause: int, verb) -> bool:
    """The reporting verb ``verb`` stands right after 的 (检验自己的判断, 专家的介绍): a noun there, what is owned or
    described, not a verb of saying; unless words follow it at once (激动的说：“…”: 的 written for 地) or the clause
    opens with 据 (据工作人员的介绍，…: according to them)."""
    return verb.start() > 0 and par.text[verb.start() - 1] == "的" and \
        not (verb.end() < len(par.text) and par.text[verb.end()] in WORDS_FOLLOW) and \
        not par.text.startswith("据", clause)


def attributions(reading: Reading) -> list[Attribution]:
    """Every reporting verb outside quotations and book titles (《习近平谈治国理政》) with the speaker that
    :data:`SPEAKER_FINDERS` find for it; 说 after a person whose name ends in 来 (the guard of 对我们来说
    stops it otherwise); and the view framed by 在…看来， (in X's view: its words are claimed as a verb's, but
    看来 is no verb of saying and the event has none); and the words framed by 用…的话说， (in X's words: 说)."""
    par, found = reading.par, []
    titles = _book_titles(par.text)
    said_to = 0
    for verb in verb_pattern().finditer(par.text):
        if par.is_inside(verb.start()) or titles and _in_book_title(titles, verb.start()) or verb.start() < said_to:
            continue
        saying = SAYING_AFTER.match(par.text, verb.end())
        if saying is not None:     # 感慨|说。: the verb as written, 说 no verb of its own and no words
            verb = _VerbWithSaying(verb.group(), verb.start(), saying.end())
            said_to = saying.end()
        start = par.clause_start(verb.start())
        if speech_verbs()[verb.group()] == "finding" and not _finding_quoted(par, start, verb.end()) or \
                _noun_after_de(par, start, verb) or \
                verb.group() in NAMING_VERBS and _addressed(par.text[start:verb.start()]):
            continue   # 族兄向李某提出，…: the person after 向 is whom the proposal is made to
        joint = _joint_speakers(reading, start, verb)
        if joint:
            found += [Attribution(verb.group(), verb.start(), verb.end(), start, anchor, speaker, joint=len(joint) > 1)
                      for speaker, anchor in joint]
            continue
        for find in SPEAKER_FINDERS:
            speaker, anchor = find(reading, start, verb)
            if speaker is not None:
                found.append(Attribution(verb.group(), verb.start(), verb.end(), start, anchor, speaker))
                break
    for verb in NAME_ENDING_IN_LAI.finditer(par.text) if "来说" in par.text else ():   # a look-behind: tried everywhere
        start = par.clause_start(verb.start())
        speaker = None if par.is_inside(verb.start()) else parse_speaker(par.text[start:verb.start()])
        if speaker is not None and speaker.kind == "person" and speaker.name.endswith("来"):
            found.append(Attribution(verb.group(), verb.start(), verb.end(), start, start, speaker))
    for verb in IN_THE_WORDS.finditer(par.text) if "的话" in par.text else ():
        start = par.clause_start(verb.start())
        opener = next((o for o in IN_THE_WORDS_OPENERS if par.text.startswith(o, start)), None)
        speaker = parse_speaker(par.text[start + len(opener):verb.start()]) \
            if opener and not par.is_inside(verb.start()) else None
        if speaker is not None and speaker.kind in ("person", "pronoun"):
            found.append(Attribution("说", verb.start(1), verb.end(1), start, start + len(opener), speaker))
    for verb in VIEW.finditer(par.text) if any(w in par.text for w in VIEW_WORDS) else ():
        start = par.clause_start(verb.start())
        framed = par.text.startswith("在", start) and not par.is_inside(verb.start())
        speaker = parse_speaker(par.text[start + 1:verb.start()]) if framed else None
        # 在企业家眼中，它是…: a class's eyes frame a figure of speech; only 看来 frames a group's view
        if speaker is not None and (verb.group() == "看来" or speaker.kind in ("person", "pronoun")):
            found.append(Attribution(verb.group(), verb.start(), verb.end(), start, start + 1, speaker, view=True))
    return found


# Verbs of proposing (提出, session 18): read only where no addressee stands before them in their clause
# (向某某提出，…), and a quotation right after one that is no speech is the name of what is proposed (提出“引汶济运”。),
# no words
NAMING_VERBS = ("提出",)


# 说 or 道 right after a reporting verb, closing its clause (感慨说。, 叮嘱道：“…”): part of how the verb is written
SAYING_AFTER = re.compile(r"[说道](?=[，,。：:“！!；;？?]|$)")


@dataclass(frozen=True)
class _VerbWithSaying:
    """A reporting verb matched with the 说 or 道 after it (:data:`SAYING_AFTER`), read as the match of the verb alone
    is (``group()`` the verb of ``speech_verbs.csv``, ``start()``, ``end()`` after the 说)."""

    verb: str
    begins: int
    ends: int

    def group(self) -> str:
        return self.verb

    def start(self) -> int:
        return self.begins

    def end(self) -> int:
        return self.ends


# Prepositions of an addressee (对着李文龙竖起大拇指, 冲他喊): the person after one is spoken to
ADDRESSING = frozenset({"对", "对着", "向", "向着", "朝", "朝着", "冲", "冲着", "给", "跟"})


def _addressed(before: str) -> bool:
    """jieba reads a preposition of an addressee in ``before``, what stands before a person in their clause."""
    return any(tag == "p" and word in ADDRESSING for word, tag in tokens.pos_pairs(before))


# jieba's tags of adverbs and time words that may open a clause before its subject (一直以来|他, 如今|她)
LEADING_ADVERBS = ("d", "t", "f", "c")
LEADING_CHARS = 6


def _leading_adverbs(clause: str) -> int:
    """How many characters of adverbs and time words open ``clause`` (一直以来他…: 4), at most :data:`LEADING_CHARS`."""
    at = 0
    for word, tag in tokens.pos_pairs(clause[:LEADING_CHARS + 2]):
        if not tag.startswith(LEADING_ADVERBS) or at + len(word) > LEADING_CHARS:
            break
        at += len(word)
    return at


# What closes a clause before a colon after a person and 的: a noun for their words (柴泽俊的谆谆教诲：, 饺子的回应是：)
WORDS_NOUN = re.compile(r"的[^，。！？“”的]{0,4}?(?:话|话语|教诲|嘱托|叮嘱|嘱咐|忠告|教导|回答|回应)(?:是)?$")


def _owner_of_words(reading: Reading, start: int, colon: int) -> Mention | None:
    """The person named right before the noun for their words that ends the clause ``start:colon``
    (:data:`WORDS_NOUN`)."""
    words = WORDS_NOUN.search(reading.par.text, start, colon)
    if words is None:
        return None
    owner = [m for m in reading.mentions_between(start, words.start()) if m.end == words.start()]
    return owner[0] if owner and owner[0].speaker.kind == "person" else None


def _colon_attribution(reading: Reading, span) -> Attribution | None:
    """A quotation after a colon whose clause opens with a person and an action (村民何建和竖起大拇指：; not a person
    after a preposition: 对着|李文龙 is addressed), or with a pronoun (after adverbs of time: 一直以来|他都想要…：), a
    group or a title, a name the article has heard or a short form of a foreign name it wrote (吾买尔 of 吾买尔·尼亚孜)
    and a few words (他们的回答很一致：)."""
    par = reading.par
    if span.start == 0 or par.text[span.start - 1] not in "：:":
        return None
    colon = span.start - 1
    start = par.clause_start(colon)
    owner = _owner_of_words(reading, start, colon)
    if owner is not None:   # 祁伟成仍记得|柴泽俊|的谆谆教诲：
        return Attribution(None, colon, colon, start, owner.start, owner.speaker)
    subject = _subject_mention(reading, start, colon)
    if subject is not None and not _addressed(par.text[start:subject.start]):   # 对着|李文龙
        return Attribution(None, colon, colon, start, subject.start, subject.speaker)
    clause = par.text[start:colon]
    lead = _leading_adverbs(clause)
    if lead and clause.startswith(PRONOUNS, lead):   # 一直以来|他都想要…：
        clause, start = clause[lead:], start + lead
    ends = {e for e in range(1, min(len(clause), LONGEST_PHRASE) + 1)
            if clause[:e] in PRONOUNS or clause[:e] in groups() or title_suffix(clause[:e])}
    # and, for a person only, where jieba ends a word: a title and a name it reads as a place (演员|江峰 ns|回到台上：)
    words = {e for e in accumulate(len(word) for word, _ in tokens.pos_pairs(clause)) if e <= LONGEST_PHRASE} - ends
    at_once = [m.span() for m in AT_ONCE.finditer(clause)]
    for end in sorted(ends | words, reverse=True):
        if _addressed(clause[:end]) or any(begin < end < stop for begin, stop in at_once):
            continue   # 他给记者|算了笔账: the reporter after 给 is spoken to; 小伙边跳|边教: no name ends in 边…边
        speaker = parse_speaker(clause[:end])
        if speaker is None and (clause[:end] in reading.known or short_form(clause[:end], reading.dotted)):
            speaker = Speaker(clause[:end], "person", phrase=clause[:end])   # 吾买尔 of 吾买尔·尼亚孜
        if speaker is not None and speaker.kind == "person" and unit_after(clause, end):
            continue   # 达西|村人: the village's people, not a person 达西
        if speaker is not None and speaker.kind == "person" and (
                end < len(clause) and clause[end] != "的" and _common_word(speaker.name) or
                _opens_with_predicate(speaker.name)):
            continue   # 主席|热情|邀约, 科研人员|形象|比喻, 顾客|明显|愣: how or what is done, not a name
        if speaker is not None and len(clause) - end <= ACTION_BEFORE_COLON and (
                end in ends or speaker.kind == "person"):
            return Attribution(None, colon, colon, start, start, speaker)
    return None


# jieba's tags of a word of its dictionary that, after a title, is a manner or an object rather than a name
COMMON_WORD_TAGS = frozenset({"n", "a", "an", "ad", "v", "vn"})


def _common_word(name: str) -> bool:
    """``name`` is one word of jieba's dictionary that it reads as a common noun, an adjective or a verb, with no
    surname first (热情, 形象, 名义): where more of the clause follows it before a colon (主席热情邀约：, 科研人员形象
    比喻：), it says how or on whose behalf the action is done, and names no one. Limit: a person so named (导演饺子)
    speaks before a colon only where the clause ends at the name or goes on with 的 (导演饺子的话：)."""
    words = tokens.pos_pairs(name)
    return len(words) == 1 and words[0][1] in COMMON_WORD_TAGS and tokens.dictionary_word(name) \
        and name[0] not in surnames() and not name.startswith(minority_name_parts())


# jieba's tags of a word of its dictionary that opens a predicate, never a name, after a title
PREDICATE_TAGS = frozenset({"a", "ad", "d", "v"})


def _opens_with_predicate(name: str) -> bool:
    """``name`` opens with a word of jieba's dictionary that it reads as a verb, an adjective or an adverb
    (顾客|明显|愣, 市民|来电): before a colon, after a title, that is what the titled person does, even where the
    word's first character is a surname. Limit: a person whose given name is such a word (村民|向前：) is no one."""
    first, tag = tokens.pos_pairs(name)[0]
    return len(first) >= 2 and tag in PREDICATE_TAGS and tokens.dictionary_word(first)


# jieba's tags of a word that does not end a name (考察|中: 总书记考察 is no title and name)
NOT_A_NAME_END = ("v", "d", "p", "c", "u", "f", "m", "t", "r", "q")


def _previous_subject(reading: Reading, at: int) -> Speaker | None:
    """The subject of the sentence before a 他/她 that opens its own sentence at ``at``: the person whose
    mention, with its description, opens that sentence (国务院副总理刘国中…); else its shortest opening, cut
    where jieba's words end, that names a leader (习近平…接见…时发表重要讲话。他强调; 李强请…) before any
    name, or its longest that is a name the article has heard or introduced after a title (普京请赵乐际转达…。
    他说…: 普京, whom jieba reads as a place, not 赵乐际; 欧尔班表示，习近平主席的访问…。他赞赏…: 欧尔班). None
    where the sentence opens otherwise (在宜昌，李强…): the nearest person named is taken then."""
    par = reading.par
    if at == 0 or par.sentence_start(at) != at:
        return None
    begin = par.sentence_start(at - 1)
    opener = next((m for m in reading.mentions_between(begin, at) if min(m.start, m.described_from) == begin), None)
    if opener is not None and not any(name in par.text[begin:opener.start] for name in leader_mentions()):
        return opener.speaker    # a leader inside the "description" is the subject: 总理李强会见德国总理朔尔茨
    end, name = begin, None
    for word, tag in tokens.pos_pairs(par.text[begin:min(at, begin + LONGEST_PHRASE)])[:-1]:
        end += len(word)
        phrase = par.text[begin:end]
        if name is None and par.text.endswith(leader_mentions(), begin, end):   # 欧尔班表示，习近平主席…
            # the whole mention, where jieba ends a word inside it (习近平|总书记)
            mention = next(m for m in leader_mentions() if par.text.endswith(m, begin, end))
            whole = leader_pattern().match(par.text, end - len(mention))
            stop = max(end, whole.end()) if whole else end
            speaker = parse_speaker(par.text[max(begin, par.clause_start(end - 1)):stop])
            if speaker is not None and (speaker.kind == "leader" or speaker.name in leader_mentions()):
                return speaker
        elif not tag.startswith(NOT_A_NAME_END) and (phrase in reading.known or
                                                      introduced_after_title(reading, phrase, begin)) \
                and parse_speaker(phrase) is None:
            name = Speaker(phrase, "person", phrase=phrase)   # the longest: 米尔济约|耶夫 is one name
    return name


@lru_cache(maxsize=1)
def leader_mentions() -> tuple[str, ...]:
    """The ways the genre names the leader (习近平总书记, 总书记 …) and the names of the central leadership
    (李强, 赵乐际 …): persons jieba's mentions leave to other rules."""
    return tuple(dict.fromkeys([mention for mention, _, _ in leaders()] + sorted(central_leaders())))


def _last_leader(par: Paragraph, at: int) -> tuple[Speaker | None, int]:
    """The leader as the subject of the text before ``at``: his last mention outside quotations that is
    not a possessive (习近平总书记的…, 总书记重要讲话) within :data:`SUBJECT_WINDOW` characters."""
    begin = max(0, at - SUBJECT_WINDOW)
    found = [m for m in leader_pattern().finditer(par.narrative, begin, at)
             if not LEADER_AS_MODIFIER.match(par.narrative, m.end())]
    return (parse_speaker(found[-1].group()), found[-1].start()) if found else (None, begin)


def _resolve(reading: Reading, speaker: Speaker, at: int, events: list[Event], before: Before, anchor: int
             ) -> tuple[Speaker | None, str | None]:
    """他/她 (at ``anchor``, its verb at ``at``): the subject of the sentence before, where 他/她 opens its
    sentence and that one opens with a person (:func:`_previous_subject`); else the person of the nearest
    sentence before ``at`` that names one (see :func:`helpers.quotes.mentions.antecedent`), else the last
    person speaking in the paragraph (or one described, not named, not several), else the last speaker of the
    paragraph before, else the person its last sentence naming one introduces."""
    if speaker.kind != "pronoun":
        return speaker, None
    subject = _previous_subject(reading, anchor)
    if subject is not None:
        return subject, None
    mention, note = antecedent(reading.par, reading.mentions[:bisect_left(reading.mention_starts, at)], at)
    leader, leader_at = _last_leader(reading.par, at)
    if leader is not None and (mention is None or
                               reading.par.sentence_start(leader_at) > reading.par.sentence_start(mention.start)):
        return leader, None       # 习近平…发表重要讲话。他强调…
    if mention is not None:
        return mention.speaker, note
    # the last speaker of the paragraph, also one described but not named (一家公司的创始人讲过…他还透露), not many
    last = next((e.speaker for e in reversed(events) if e.speaker.kind == "person" or
                 e.speaker.kind == "group" and not _many(e.speaker.name)), None)
    if last is not None:
        return last, None
    anonymous = _anonymous_person_before(reading, anchor)
    if anonymous is not None:
        return anonymous, None   # 刚做完手术的田女士…她说：the woman the press keeps anonymous
    if _unnamed_person_before(reading, anchor):
        return None, None     # 原来，女生最近…。她又不敢…说: the girl, not the speaker of the paragraph before
    if before.speaker is not None:
        return before.speaker, None
    if before.reading is not None:
        mention, note = antecedent(before.reading.par, before.reading.mentions, len(before.reading.par.text))
        if mention is not None:
            return mention.speaker, note or "pronoun: person named in the paragraph before"
    return None, None


@lru_cache(maxsize=1)
def _anonymous_pattern() -> re.Pattern:
    """A surname and a form by which the press keeps a person anonymous (王女士, 赵婆婆: ``anonymous_forms.txt``)."""
    names = "|".join(sorted(surnames(), key=len, reverse=True))
    return re.compile(f"(?:{names})(?:{'|'.join(sorted(anonymous_forms(), key=len, reverse=True))})")


def _anonymous_person_before(reading: Reading, at: int) -> Speaker | None:
    """The last person the paragraph names before ``at`` by a surname and a form that keeps them anonymous, with no
    title (刚做完手术的田女士笑了，她说：): whom a 他/她 after it refers to, not the speaker of the paragraph
    before (the row is a group's: :func:`helpers.quotes.speakers.anonymous_name`)."""
    found = list(_anonymous_pattern().finditer(reading.par.narrative, 0, at))
    return Speaker(found[-1].group(), "person", phrase=found[-1].group()) if found else None


UNNAMED_PERSONS = ("worker", "kin")   # the classes of titles that stand alone for a person (女生, 老人, 母亲)


def _unnamed_person_before(reading: Reading, at: int) -> bool:
    """A clause of the paragraph before ``at`` opens with a noun for a person and no name after it (原来，女生最近…):
    a 他/她 after it refers to that person, not to a speaker named in another paragraph."""
    return any(_opens_with_unnamed(reading, clause) for clause in {reading.par.clause_start(i) for i in range(at)})


# A possessive before a noun for a person (他的妈妈): still someone the text does not name
POSSESSIVES = ("他的", "她的", "他们的", "她们的")


def _opens_with_unnamed(reading: Reading, at: int) -> bool:
    """A noun for a person with no name after it stands at ``at`` (女生最近…, 小男孩嗓子一开, 他的妈妈向记者…)."""
    at += next((len(p) for p in POSSESSIVES if reading.par.text.startswith(p, at)), 0)
    titles = speaker_titles()
    title = next((reading.par.text[at:at + n] for n in (3, 2) if reading.par.text[at:at + n] in titles), None)
    return bool(title) and titles[title] in UNNAMED_PERSONS and not reading.mentions_between(at, at + len(title) + 1)


def _unnamed_opens_a_clause(reading: Reading, begin: int, at: int) -> bool:
    """The sentence ``begin:at`` names no one and a clause of it opens with a noun for a person with no name after it
    (后来，孩子被送去亲戚家，临别时热泪盈眶：): that person is whom the sentence is about."""
    return not reading.mentions_between(begin, at) and \
        any(_opens_with_unnamed(reading, clause) for clause in {reading.par.clause_start(i) for i in range(begin, at)})


def _many(name: str) -> bool:
    """An unnamed speaker is several people (村民们, 与会代表, 大家), not one whom 他/她 may refer to."""
    return name.endswith(("们", "等")) or name.endswith(groups())


# A few words between a verb and a colon before a quotation say how the words were said (回答干脆利落：“…”,
# 说得很实在：“…”), not what
MANNER_BEFORE_COLON = re.compile(r"[^，。：:；！？“”,]{1,8}[：:](?=“)")
# A reporting verb ending so (讲起, 聊起, 回忆起, 谈到, 提到) takes what follows it directly as its topic, and so does
# 道出 (道出心声, 道出了秘诀: what was voiced, named, not the words).
TOPIC_ENDINGS = ("起", "到", "道出")
# What follows a verb directly and closes its clause with a word of topics is the topic, not words (讲起要诀, 聊起…
# 发展 above; 负责同志介绍专题调研情况，), except after a verb of judging, whose words follow (评价…成果，相信…)
TOPIC_OBJECT = re.compile(r"[^，。；：:,“”！？]{0,16}(?:情况|进展|经验|做法|成效|成果)(?=[，。；,])")


# jieba's tags of a word of setting alone in its clause between a quotation and its speaker (“…”一旁，遥遥家长说):
# place (一旁 s, 旁边 f), time (t), or a connective adverb (随后 d, 此时, 接着 c)
SETTING_TAGS = frozenset({"s", "f", "t", "d", "c"})
SETTING_WORD = 4   # the longest such clause


def _setting_after_quotation(par: Paragraph, clause: int) -> int | None:
    """Where a clause of one word of setting (:data:`SETTING_TAGS`) before the clause at ``clause`` begins (“…”一旁，
    遥遥家长说: 一旁), or None: a quotation that ends there is the words of the speaker of the clause after it."""
    if clause < 2 or par.text[clause - 1] not in "，,":
        return None
    begin = par.clause_start(clause - 1)
    setting = par.text[begin:clause - 1]
    if not 0 < len(setting) <= SETTING_WORD:
        return None
    words = tokens.pos_pairs(setting)
    return begin if len(words) == 1 and words[0][1] in SETTING_TAGS else None


# Verbs whose object is the person spoken to (问团队成员, 叮嘱孩子们, 提醒大家): asking, and telling in these
ADDRESSEE_VERBS = frozenset({"告诉", "叮嘱", "嘱咐", "提醒"})
ADDRESSEE_CLOSING = re.compile(r"[^，,：:；;“”。！!？?]{1,8}[。！!]")
NOT_IN_AN_ADDRESSEE = ("v", "d", "p", "c", "m", "t")


def _quoted_before(par: Paragraph, at: int) -> bool:
    """A quotation that is speech stands before ``at`` in its sentence (“…？”样车旁，教授李某问…)."""
    return any(s.end <= at and not any(c in SENTENCE_END for c in par.text[s.end:at]) for s in par.speech)


def _addressee_closes(par: Paragraph, verb: str, after: int) -> bool:
    """What follows a verb of asking or telling at ``after`` and closes the sentence is whom the words were said to
    (“…？”教授李某问团队成员。, 叮嘱返乡的孩子们。): a few words, no verb, adverb or number among them after their
    last 的 (not 问这是什么。, 提醒明天降温。)."""
    if speech_verbs().get(verb) != "asking" and verb not in ADDRESSEE_VERBS:
        return False
    closing = ADDRESSEE_CLOSING.match(par.text, after)
    return closing is not None and not any(
        tag.startswith(NOT_IN_AN_ADDRESSEE) for _, tag in tokens.pos_pairs(closing.group()[:-1].rpartition("的")[2]))


def _claims(par: Paragraph, a: Attribution, owned: set[int], by_end: dict, by_start: dict) -> tuple:
    """The segments an attribution claims: the quotation just before it (“Q”name说), or before one word of setting
    alone in its clause (“Q”一旁，遥遥家长说), or before the sentence it
    closes (“Q”在店里，店主王建国对客商说。), the one just after it (name说：“Q” — both for a split
    quotation), or the reported words that follow it (name表示，…), unless they begin with a quotation another
    verb claimed (打趣说：“…”)."""
    segments = []
    before = by_end.get(a.clause_start) or by_end.get(_setting_after_quotation(par, a.clause_start))
    if before is None and a.verb is not None and (a.verb_end == len(par.text) or par.text[a.verb_end] in "。！!"):
        before = by_end.get(par.sentence_start(a.verb_start))   # “Q”指着…，副处长谢杨介绍。: the verb closes
    if before is not None and before.start not in owned and a.verb is not None:      # the quotation's sentence
        segments.append((before.start, before.end, "direct"))
    after = a.verb_end
    manner = MANNER_BEFORE_COLON.match(par.text, after)
    if manner is not None and manner.end() in by_start:   # 回答干脆利落：“…”, 说得很实在：“…”: how, not words
        after = manner.end() - 1
    while after < len(par.text) and par.text[after] in "：:，, ":
        after += 1
    following = by_start.get(after)
    after_colon = par.text[a.verb_end:after].strip(" ") in ("：", ":") or manner is not None and \
        following is not None
    if following is not None and following.start not in owned and (
            by_end.get(following.end) is following or after_colon):
        segments.append((following.start, following.end, "direct"))
    elif not (following is not None and following.start in owned) and after < len(par.text) and \
            par.text[after] not in SENTENCE_END and a.verb is not None and not (
            after == a.verb_end and (a.verb.endswith(TOPIC_ENDINGS) or TOPIC_OBJECT.match(par.text, after) and
                                     speech_verbs().get(a.verb) not in ("cognitive", "evaluative"))) and not (
            after == a.verb_end and _quoted_before(par, a.verb_start) and _addressee_closes(par, a.verb, after) or
            after == a.verb_end and a.verb in NAMING_VERBS and following is not None):
        segments.append((after, None, "indirect"))   # closed by _close_indirect
    return tuple(segments)


def _events_from_attributions(reading: Reading, found: list[Attribution], before: Before,
                              problems: list) -> list[Event]:
    if not found:   # most paragraphs, and most calls for the speech quotations after a colon
        return []
    events: list[Event] = []
    owned: set[int] = set()
    found = sorted(found, key=lambda a: a.verb_start)
    by_end = {s.end: s for s in reading.par.speech}
    by_start = {s.start: s for s in reading.par.top}
    claimed: tuple[int, tuple] = (-1, ())   # the verb of the last joint attribution and the segments it claimed
    for a in found:
        speaker, note = _resolve(reading, a.speaker, a.verb_start, events, before, a.anchor)
        if speaker is None:
            problems.append((a.verb_start, a.verb_end, f"pronoun before {a.verb} with no one to refer to"))
            continue
        # persons who speak together claim the same words (周婷、孙浩介绍：“…”: the second as the first)
        segments = claimed[1] if a.joint and claimed[0] == a.verb_start else \
            _claims(reading.par, a, owned, by_end, by_start)
        if a.joint:
            claimed = (a.verb_start, segments)
        if speaker.name in FIRST_PERSON and not any(kind == "direct" for _, _, kind in segments):
            continue   # 我宣布… inside a speaker's reported words is that speaker; only a quotation is the narrator's
        owned |= {s for s, _, kind in segments if kind == "direct"}
        notes = ((note,) if note else ()) + (() if a.verb else ("no speech verb: speaker before the colon",)) + \
            (("no speech verb: a view framed by 在…看来",) if a.view else ())
        anchor = segments[0][0] if segments and segments[0][0] < a.anchor else a.anchor
        events.append(Event(speaker, None if a.view else a.verb, anchor, segments, notes))
    return events


def _not_to_the_addressed(par: Paragraph, events: list[Event], problems: list) -> list[Event]:
    """``events`` less those whose quotations open by addressing their own speaker (“老郝，…”…郝海潮接到了电话): said
    to that person, by someone the paragraph does not name."""
    kept = []
    for event in events:
        said_to = [(start, end) for start, end, kind in event.segments if kind == "direct"
                   and event.speaker.kind == "person" and _addresses(par.text, start, event.speaker.name)]
        if said_to:
            problems.append((*said_to[0], f"the quotation addresses {event.speaker.name}, who does not say it"))
        else:
            kept.append(event)
    return kept


# A form of address opening a quotation, before the comma or ！ that closes it (尹经理，… 老郝！…)
VOCATIVE = re.compile(r"[“‘]([\u4e00-\u9fff]{1,6})[，,！!]")


def _addresses(text: str, start: int, name: str) -> bool:
    """The quotation at ``start`` opens by addressing the person ``name``: by the name, the given name (建国，), a
    form of address on the surname (老郝，, 张阿姨！) or the surname and a title (尹经理，): words said to them."""
    vocative = VOCATIVE.match(text, start)
    if vocative is None:
        return False
    called = vocative.group(1)
    surname = name[:2] if name[:2] in surnames() else name[:1]
    given = name[len(surname):]
    return called == name or len(given) >= 2 and called == given or surname_form(called) == surname or \
        called.startswith(surname) and called[len(surname):] in speaker_titles()


def _after_a_verb(par: Paragraph, at: int) -> bool:
    """A reporting verb stands just before ``at`` (强调“…”, 表示：“…”)."""
    head = par.text[max(0, at - 12):at].rstrip("：:，, ")
    return any(m.end() == len(head) for m in verb_pattern().finditer(head))


def _verb_earlier_in_sentence(par: Paragraph, at: int) -> bool:
    """A reporting verb outside quotations stands earlier in the sentence of ``at`` (阿盟警告说，以色列的行动带来
    “…”的危险): the quotation is in the words of that verb's subject, whoever it is."""
    begin = par.sentence_start(at)
    return any(not par.is_inside(m.start()) for m in verb_pattern().finditer(par.text, begin, at))


GROUP_OPENING = re.compile(rf"[{HAN}]{{1,6}}们")


def _group_after(reading: Reading, at: int) -> bool:
    """The sentence after a quotation at ``at`` opens with a group (“…”学生们唱着歌…, “…”大家齐声…), also after short
    clauses of its setting that no person opens (“…”说起陈书记，乡亲们纷纷点头; not “…”王娟惠下定决心，白天和村干部们…):
    the words are theirs, not the speaker's of the paragraph before."""
    par = reading.par
    end = next((i for i in range(at, len(par.text)) if par.text[i] in SENTENCE_END), len(par.text))
    for clause in _leading_clauses(par, at, end):
        if par.text.startswith(groups(), clause) or GROUP_OPENING.match(par.text, clause):
            return True
        if _clause_opener(reading, clause, end) is not None:
            return False
    return False


def _introduced(reading: Reading, name: str) -> bool:
    """``name`` is a person the article has described (a title, an organisation) or heard speak."""
    return name in reading.known or any(m.described for m in reading.mentions if m.name == name)


# A clause opening with 有 and a person (有人问她：, 还有网友留言：, 有的递来一封信：; not 有关) has an indefinite
# subject
# A quotation followed by hearing it as a sound (“有娃儿掉下水了！”听到惊呼声，…; “正在充电……”听到提示音，): the words
# of someone the hearer is not (not “…”听到她放松了，他…: what the speaker heard after speaking)
HEARD = re.compile(r"(?:[，,]\s*)?(?:听到|听见|听闻)[^，。！？“”]{0,8}?[声音]")
# A quotation followed by its owner in 的话 in the same clause (“…”听了儿子的话，…; “…”工作人员的话让她担心): their
# words, and someone unnamed's where no person or leader is named there
WORDS_OF = re.compile(r"(?:听了|听到|听完|想起|记着)?[^，。！？“”]{1,16}?的话")
# A quotation that a copula right after it names as a thing (“…”这是…的工作法, “…”是…坚守的原则, “…”成了…的口头禅): a
# motto, a principle, a consensus, not speech, unless its predicate says the words were said or written (…常说的一句话,
# …写下的决心, …写给…的赠言)
NAMED_AS = re.compile(r"[，,]?(?:这|那)?(?:就|便|也|正|更|还|已|早已|都|一直|如今)?"
                      r"(?:是|成了|成为)(?![否啊])([^。！？；“]*)")
SAID_OR_WRITTEN = re.compile("说|讲|写|话|告诉|叮嘱|嘱咐|赠言|题词")
# A copula after a quotation, or after quotations side by side (“…”“…”，这是…), whose predicate, up to the end of
# its sentence, ends after a 的 in a noun of owner_nouns.csv that says what the words are (…的心声, …写给父母的信,
# …留下的最后一条信息, …的工作法); OWNER_NOUN_AFTER_DE is how far the noun may stand from the 的 (的最后一条|信息)
OWNER_FRAME = re.compile(r"(?:——|[，,])?(?:这|那)?(?:就|便|也|正|更|还|同样|又|亦|都)?(?:是|正是)(?![否啊])")
OWNER_PREDICATE = 48
OWNER_NOUN_AFTER_DE = 6
# What may stand between a person and a relation (王建华|生前|同事, 王建华|的|学生)
OWNER_RELATION_GAP = re.compile(r"(?:生前|的|的一位|的一名)?")


def _owner_noun(predicate: str) -> tuple[str, int] | None:
    """The kind of the noun of :data:`OWNER_FRAME` that ends ``predicate`` (之一 aside) and where its 的 stands;
    ``None`` where no noun of ``owner_nouns.csv`` ends it after a 的 of the same clause."""
    body = predicate[:-2] if predicate.endswith("之一") else predicate
    for noun, kind in owner_nouns():
        if kind != "relation" and body.endswith(noun):
            at = len(body) - len(noun)
            de = body.rfind("的", max(0, at - OWNER_NOUN_AFTER_DE - 1), at)
            if de < 0 or any(c in "，,、" for c in body[de:at]):
                return None
            return kind, de
    return None


def _related(text: str, end: int) -> bool:
    """The person named up to ``end`` opens a relation (王建华|生前同事, 李华的学生): someone else, unnamed, is
    meant."""
    return text.startswith(_relation_nouns(), OWNER_RELATION_GAP.match(text, end).end())


@lru_cache(maxsize=1)
def _relation_nouns() -> tuple[str, ...]:
    nouns = {noun for noun, kind in owner_nouns() if kind == "relation"}
    nouns |= {title for title, kind in speaker_titles().items() if kind == "kin"}
    return tuple(sorted(nouns, key=len, reverse=True))


def _last_side_by_side(par: Paragraph, end: int) -> int:
    """Where the last of the quotations that follow the one ending at ``end`` side by side ends (“…”“…”、“…”)."""
    text = par.text
    while True:
        at = end
        while at < len(text) and text[at] in "、 　":
            at += 1
        if not text.startswith("“", at):
            return end
        following = next((s for s in par.top if s.start == at), None)
        if following is None:
            return end
        end = following.end


def _owner_predicate(par: Paragraph, span) -> tuple[str, int, int, int] | None:
    """The copula after the quotation ``span`` (:data:`OWNER_FRAME`) whose predicate ends in a noun of
    ``owner_nouns.csv``: (the noun's kind, where the predicate begins, where its 的 stands, where it ends)."""
    text = par.text
    end = _last_side_by_side(par, span.end)
    frame = OWNER_FRAME.match(text, end)
    if frame is None:
        return None
    begin = stop = frame.end()
    limit = min(len(text), begin + OWNER_PREDICATE)
    while stop < limit and not (text[stop] in "。！？!?；;" and not par.is_inside(stop)):
        stop += 1
    if stop == limit and limit < len(text):
        return None
    noun = _owner_noun(text[begin:stop])
    if noun is None or noun[0] == "other":
        return None
    return noun[0], begin, begin + noun[1], stop


def _owner_frame(reading: Reading, span) -> tuple[str, Speaker | None] | None:
    """What a copula after the quotation ``span`` (:func:`_owner_predicate`) says of its words: ``("words",
    speaker)`` where its predicate ends in a noun of words said or written (心声, 嘱托, 信, 描述: ``owner_nouns.csv``)
    and names their agent, the first person (or the leader) it names who is neither an object (同事们对|王建华的评价)
    nor someone's relation (王建华|生前同事对他的评价); ``("words", None)`` where it names persons but none of them
    speaks; ``("thing", None)`` where the noun names no words said (座右铭, 校训, 故事, 名字); else ``None``."""
    found = _owner_predicate(reading.par, span)
    if found is None:
        return None
    kind, begin, de, _ = found
    if kind != "words":
        return "thing", None
    text = reading.par.text
    candidates = [(m.start, m.end, m.speaker) for m in reading.mentions_between(begin, de)]
    candidates += [(m.start(), m.end(), None) for m in leader_pattern().finditer(text, begin, de)
                   if not LEADER_AS_MODIFIER.match(text, m.end()) or text.startswith("的", m.end())]
    if not candidates:
        candidates = _bare_owner(text, begin, de)
    for start, end, speaker in sorted(candidates, key=lambda c: c[0]):
        if not _owner_object(text, begin, start) and not _related(text, end):
            return "words", speaker if speaker is not None else parse_speaker(text[start:end])
    return ("words", None) if candidates else None


def _bare_owner(text: str, begin: int, de: int) -> list[tuple[int, int, None]]:
    """A Chinese name with no title that opens the predicate, where jieba reads it as one (这是|李云鹏|在…写给父母
    的信): the mentions of the paragraph hold a bare name only where the article introduced it."""
    words = tokens.pos_pairs(text[begin:de])
    if len(words) < 2 or words[0][1] != "nr":
        return []
    name = words[0][0]
    if len(name) in (2, 3) and name[0] in surnames() and is_name(name) and not is_place_name(name):
        return [(begin, begin + len(name), None)]
    return []


def _owner_object(text: str, begin: int, start: int) -> bool:
    """The person named at ``start`` stands in a phrase of a preposition of the predicate's clause, with no verb
    after the preposition (网友对|民宿老板王强的评价, 游客在|王强的民宿里留下的留言): an object or a place, not the
    agent."""
    clause = max([begin] + [i + 1 for i in range(begin, start) if text[i] in "，,、"])
    words = tokens.pos_pairs(text[clause:start]) if start > clause else []
    last = max((k for k, (_, tag) in enumerate(words) if tag == "p"), default=-1)
    return last >= 0 and not any(tag.startswith("v") for _, tag in words[last + 1:])


def _in_thing_frame(par: Paragraph, found: list[Attribution]) -> list[Attribution]:
    """``found`` without the verbs inside a copula's predicate that names the quotation before it as no words said
    (“…”这是护林员赵大海讲给孩子们的|故事: the verb describes the story, it reports no words)."""
    if not found or not par.speech:
        return found
    frames = []
    for span in par.speech:
        owner = _owner_predicate(par, span)
        if owner is not None and owner[0] == "thing":
            frames.append((owner[1], owner[3]))
    return [a for a in found if not any(begin <= a.verb_start < stop for begin, stop in frames)]


INDEFINITE = re.compile(rf"(?:还|也|更|曾|又|常|总)?有(?!关)(?:人|的|"
                        rf"[{HAN}]{{0,3}}?(?:网友|村民|居民|游客|学生|群众|市民|人))")


def _indefinite_subject(par: Paragraph, at: int) -> bool:
    """The quotation at ``at`` follows a colon or comma closing a clause whose subject is indefinite (有人问她：“…”):
    someone unnamed speaks, neither the paragraph's speaker nor a person it names (her, whom they ask). After a
    comma only where the clause says so with a reporting verb (有人感叹，“…”): after what some people do (有人开起
    小店，有人在附近务工，“…”), the words are the sentence's subject's."""
    if at == 0 or par.text[at - 1] not in "：:，,":
        return False
    clause = par.clause_start(at - 1)
    return bool(INDEFINITE.match(par.text, clause)) and (
        par.text[at - 1] in "：:" or verb_pattern().search(par.text, clause, at - 1) is not None)


# 由 introducing an agent (not 由于, 由此, 由衷, 自由, 理由, 缘由, 来由), and what follows the agent in its modifier
AGENT_BY = re.compile(r"(?<![自理缘事来])由(?![于此衷])")
AGENT_MODIFIER = re.compile(r"[^，。；：:,“”！？的]{1,8}的")   # 由王建国|作词的《丰收谣》


def _agent_of_modifier(par: Paragraph, m) -> bool:
    """``m`` is named after 由 in a modifier in 的 (由县文化馆馆员王建国作词的《丰收谣》): the agent of a work or a
    deed the sentence is about, not someone speaking; a quotation near them is not theirs."""
    begin = max(par.clause_start(m.start), m.start - TITLE_BEFORE - 1)
    return bool(AGENT_BY.search(par.text, begin, m.start)) and bool(AGENT_MODIFIER.match(par.text, m.end))


# jieba's tags of a word whose object a person named right after it is (帮着|张晓燕, 面对|刘佳, 被|张晓燕); the aspect
# particles between (帮|着) are passed over, and the copula is no such verb (说这话的是|刘佳: who it is)
GOVERNING = ("v", "p")
ASPECT_TAGS = frozenset({"uz", "ul", "ug"})
COPULAS = frozenset({"是", "为"})


# A preposition and what closes its frame around a person (对王某而言, 对于王某来说: as for them): the topic of what
# follows, no object
TOPIC_FRAME = {"对": ("而言", "来说"), "对于": ("而言", "来说")}


# Verbs that make the person after them the subject of what follows (这一消息让王某感到欣慰, 专家的到访，让王某…)
CAUSATIVES = frozenset({"让", "使", "令"})


def _after_modifier(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``words`` after a modifier in 的 that opens them with no subject (刚刚坐了十几个小时飞机的|总经理马同伟: a
    description of the person, whose verbs govern no one); all of them where a pronoun or a name opens a clause
    before the modifier (她认识了在广东创业的|小伙叶春林: the person is her verb's object)."""
    last = max((k for k, (word, _) in enumerate(words) if word == "的"), default=-1)
    if last < 0 or any(tag == "r" or tag.startswith("nr") for _, tag in words[:last]):
        return words
    return words[last + 1:]


def _object_of_verb(reading: Reading, m: Mention) -> bool:
    """``m`` stands right after a verb or a preposition of its clause (帮着|张晓燕, 面对|刘佳, 被|张晓燕): its object,
    not the speaker of a quotation no verb claims. Before a title, only a verb with an aspect particle (握着|专职
    调解员张晓燕) or one after a person of the clause (罗来昌收到|村民蔡虹) governs them: other verbs there describe
    them (90后听障|律师, 筹备|委员); after a preposition, one followed by 的 owns what the phrase is about
    (在刘佳的带动下), and one framed by 对…而言 is its topic (:data:`TOPIC_FRAME`); after a causative
    (:data:`CAUSATIVES`) whose subject is no person, one is the subject of what follows (这一消息让|王丛丛感到欣慰:
    who feels so speaks the quotation after it)."""
    par = reading.par
    clause = par.clause_start(m.start)
    title = m.speaker.title or ""
    start = m.start - len(title) if title and par.text.startswith(title, m.start - len(title)) else m.start
    words = tokens.pos_pairs(par.text[max(clause, start - LONGEST_PHRASE):start]) if start > clause else []
    described = _after_modifier(words)
    if any(tag in ASPECT_TAGS and described[k - 1][1] == "v" for k, (_, tag) in enumerate(described) if k):
        return True
    if not words or words[-1][1] not in GOVERNING or words[-1][0] in COPULAS:
        return False
    if words[-1][1] == "p" and par.text.startswith("的", m.end):
        return False
    if words[-1][0] in TOPIC_FRAME and par.text.startswith(TOPIC_FRAME[words[-1][0]], m.end):
        return False    # 对|杜某|而言: the person the sentence is about, who goes on to act and speak
    if words[-1][0] in CAUSATIVES and not any(tag.startswith("nr") or word.startswith(PRONOUNS + FIRST_PERSON)
                                              for word, tag in words[:-1]):
        return False    # 这一消息让|王某感到欣慰: the subject of what follows; 王某让|李某尝一尝: its object
    return start == m.start or any(tag.startswith("nr") or tag == "r" for _, tag in words[:-1])


def _clause_opener(reading: Reading, begin: int, at: int) -> Mention | None:
    """The person whose mention (with its description, or a short modifier in 的: 12岁的|乐乐) opens the clause at
    ``begin`` (ending at ``at``), unless a verb opens the description (看见忙碌的|王秀兰: the person seen, not the one
    who sees)."""
    opener = next(iter(reading.mentions_between(begin, at)), None)
    if opener is None or opener.start == begin:
        return opener
    if min(opener.start, opener.described_from) != begin and not (
            reading.par.text.endswith("的", begin, opener.start) and opener.start - begin <= SETTING_CHARS):
        return None
    words = tokens.pos_pairs(reading.par.text[begin:opener.start])
    return None if words[0][1].startswith(("v", "p")) else opener


def _leading_clauses(par: Paragraph, begin: int, at: int):
    """The starts of the clauses of ``begin:at`` that may hold its subject: the first, and after each of up to
    :data:`LEADING_SETTINGS` short clauses of time, place or action (上午9点，话别王秀兰，|村支书李春生…), the next."""
    for _ in range(1 + LEADING_SETTINGS):
        yield begin
        end = next((i for i in range(begin, at) if par.clause_start(i + 1) == i + 1), at)
        if end + 1 >= at or end - begin > SETTING_CHARS and not par.text.startswith(SETTING_OPENERS, begin):
            return
        begin = end + 1


def _opening_person(reading: Reading, begin: int, at: int) -> Mention | None:
    """The person who opens ``begin:at``, after up to :data:`LEADING_SETTINGS` short clauses of time, place or
    action that no person opens (上午9点，话别王秀兰，|村支书李春生赶往…)."""
    return next(filter(None, (_clause_opener(reading, clause, at) for clause in _leading_clauses(reading.par, begin,
                                                                                                  at))), None)


# A person's name, 的 (after an age) and a title, or a name and a relation (王秀兰10岁的儿子, 小王的父亲, 乐乐妈妈): the
# person described is not the one named
POSSESSED = re.compile(r"(?:[0-9一二三四五六七八九十多]{1,3}岁)?(的)?")


def _possessor(par: Paragraph, m: Mention) -> bool:
    """``m`` names the owner in a description of someone else (王秀兰10岁的|儿子, 小王的|父亲, 乐乐|妈妈)."""
    owned = POSSESSED.match(par.text, m.end)
    titles = speaker_titles()
    for n in range(1, 7):
        title = par.text[owned.end():owned.end() + n]
        if title in titles and (owned.group(1) or titles[title] == "kin"):   # 王明书记 is 王明
            return True
    return False


def _own_subject(reading: Reading, span) -> Mention | None:
    """The person whose words a quotation no verb claims are by the shape of its sentence: for one that closes a
    clause after a comma, the person opening the nearest clause before it that a person opens, in its sentence (or
    its part after ；: 党员张德海主动承担起…，“…”；李春生则…，“…”; 张德海赶到地里，…，李春生心里踏实了，“…”); for
    one that opens its sentence, the person opening the sentence after it (“…”上午9点，话别王秀兰，李春生赶往…)."""
    par = reading.par
    if span.start and par.text[span.start - 1] in "，,":
        at = span.start - 1
        begin = par.sentence_start(at)
        begin = max(begin, par.text.rfind("；", begin, at) + 1, par.text.rfind(";", begin, at) + 1)
        for clause in sorted({par.clause_start(i) for i in range(begin + 1, at + 1)} | {begin}, reverse=True):
            opener = _clause_opener(reading, clause, at) if clause >= begin else None
            if opener is not None:
                return opener
        return None
    if par.sentence_start(span.start) == span.start and span.end < len(par.text):
        at = next((i for i in range(span.end, len(par.text))
                   if par.text[i] in SENTENCE_END or par.text[i] in "“" and par.is_inside(i)), len(par.text))
        return _opening_person(reading, span.end, at)
    return None


def _subject_speaker(reading: Reading, span, talking: bool, spoken: bool) -> tuple[Speaker | None, str | None]:
    """The speaker of a quotation no verb claims by the shape of its sentence (:func:`_own_subject`), or
    the problem that says it is someone's whom no name names (王秀兰的儿子; the narrator, “…”我回复道). Not an
    object or an agent (话别|王秀兰, 由…王建国作词的); for a quotation opening its sentence, only where no one is
    ``talking`` yet in the paragraph and only a person the article introduced (not “嘀嘀……”刚下车，刘佳…); for
    one closing a clause, a bare name only where no verb has ``spoken`` for someone else
    (“…”2016年，博维在当地成立…，陈嘉琛说: a firm), or where it is the subject of the quotation's sentence
    (:func:`_subject_of_its_sentence`: …王某说。一旁的弗雷德里克曾在中国留学，“…”)."""
    par = reading.par
    if par.sentence_start(span.start) == span.start and _opens_with_unnamed(reading, span.end) or \
            not talking and span.start and par.text[span.start - 1] in "，," and \
            _opens_with_unnamed(reading, par.clause_start(span.start - 1)) or \
            not talking and span.start and par.text[span.start - 1] in "：:" and \
            _unnamed_opens_a_clause(reading, par.sentence_start(span.start - 1), span.start - 1):
        return None, "the words of a person the text does not name (“…”小男孩嗓子一开, 他的妈妈表达了担忧，“…”)"
    if not talking and par.sentence_start(span.start) == span.start and _group_after(reading, span.end):
        return None, "the words of a group the sentence after names (“…”说起陈书记，乡亲们纷纷点头)"
    if reading.par.sentence_start(span.start) == span.start and reading.par.text.startswith(FIRST_PERSON, span.end) \
            and narrator(reading.par.text[span.end:span.end + 8]):
        return None, "the narrator's words (“…”我回复道): no person named"
    own = _own_subject(reading, span)
    if own is None or own.speaker.kind != "person" or _agent_of_modifier(reading.par, own) or \
            _object_of_verb(reading, own):
        return None, None
    if _possessor(reading.par, own):
        return None, "the words of someone described by another's name (王某的儿子)"
    closing = reading.par.text[span.start - 1] in "，," if span.start else False
    if (closing or not talking) and (_introduced(reading, own.name) or closing and (
            not spoken or _subject_of_its_sentence(reading, own, span))):
        return _best_described(reading.mentions, own), None
    return None, None


def _subject_of_its_sentence(reading: Reading, own: Mention, span) -> bool:
    """``own``, the person opening a clause before the quotation ``span`` that closes a clause, stands in the first
    clause of the quotation's sentence, alone or after a modifier in 的 (一旁的|弗雷德里克曾在中国留学，“…”), and no
    other person is named between them: the subject of the sentence the quotation ends, whose words it is, though
    another person spoke earlier in the paragraph (not 2016年，|博维在当地成立…，“…”: a bare name after a setting)."""
    par = reading.par
    return par.clause_start(own.start) == par.sentence_start(span.start - 1) and \
        not reading.mentions_between(own.end, span.start)


def _best_described(found: Sequence[Mention], m: Mention) -> Speaker:
    """The person ``m`` names as the paragraph describes them best (a title, an organisation)."""
    named = [n for n in found if n.name == m.name] or [m]
    return max(named, key=lambda n: bool(n.speaker.title) + bool(n.speaker.organisation)).speaker


def _claim_quotations(reading: Reading, events: list[Event], before: Before, problems: list) -> list[Event]:
    """A quotation no verb claims belongs to the person its sentence's shape names (:func:`_subject_speaker`: who
    opens the clauses before it, or the sentence after it), else to the speaker already talking in the paragraph, else
    to the
    person the paragraph names nearest to it if the article introduced them (else to the person who speaks
    later in the paragraph), else to whoever spoke last in the paragraph before if this paragraph names them too
    (更让马发英欣喜的是…。“…”; a quotation alone, a verse or a customer's words after them are no one's named),
    unless a reporting verb earlier in its sentence has another subject or a group opens the sentence after it; if
    there is no one, it is reported."""
    events = list(events)
    owned = {s for e in events for s, _, kind in e.segments if kind == "direct"}
    spoken = any(e.speaker.kind in ("person", "group") for e in events)
    found = None
    for span in reading.par.speech:
        if span.start in owned:
            continue
        segment = (span.start, span.end, "direct")
        if _indefinite_subject(reading.par, span.start) or INDEFINITE.match(reading.par.text, span.end):
            problems.append((span.start, span.end, "an indefinite subject (有人问：, “…”有人提出) names no speaker"))
            continue
        if HEARD.match(reading.par.text, span.end):
            problems.append((span.start, span.end, "words heard (“…”听到喊声，): whose, the text does not say"))
            continue
        owner = _owner_frame(reading, span)
        if owner is not None:
            kind, speaker = owner
            if speaker is not None:
                note = "no speech verb: its owner named after it (“…”这是X的心声)"
                events.append(Event(speaker, None, span.start, (segment,), (note,)))
            elif kind == "thing":
                problems.append((span.start, span.end, "words a copula names as a motto, a work or a name "
                                                       "(“…”这是…的座右铭)"))
            else:
                problems.append((span.start, span.end, "words a copula names as said by someone unnamed "
                                                       "(“…”这是X生前同事对他的评价)"))
            continue
        named_as = NAMED_AS.match(reading.par.text, span.end)
        if named_as and not SAID_OR_WRITTEN.search(named_as.group(1)):
            problems.append((span.start, span.end, "words a copula names as a motto or a principle (“…”是…的原则)"))
            continue
        words_of = WORDS_OF.match(reading.par.text, span.end)
        if words_of and not reading.mentions_between(span.end, words_of.end()) and \
                not leader_pattern().search(words_of.group()):   # 习近平总书记温暖的话语: his, named
            problems.append((span.start, span.end, "the words of someone 的话 names and no name does (听了儿子的话)"))
            continue
        earlier = [i for i, e in enumerate(events) if e.segments and e.segments[0][0] < span.start]
        speaker, problem = _subject_speaker(reading, span, bool(earlier), spoken)
        if problem:
            problems.append((span.start, span.end, problem))
            continue
        if speaker is not None:
            events.append(Event(speaker, None, span.start, (segment,), ("no speech verb: subject of its sentence",)))
            continue
        if earlier:
            i = max(earlier, key=lambda k: events[k].segments[0][0])
            events[i] = replace(events[i], segments=events[i].segments + (segment,))
            continue
        if found is None:   # read once, where a quotation needs it
            found = tuple(m for m in reading.mentions
                          if not _agent_of_modifier(reading.par, m) and not _object_of_verb(reading, m))
        nearest = None
        if found:
            at = bisect_left([m.start for m in found], span.start)
            near = found[max(0, at - 1):at + 1]
            nearest = min(near, key=lambda m: min(abs(m.start - span.end), abs(span.start - m.end)))
        later = [e for e in events if e.speaker.kind in ("person", "group")]
        if later and (nearest is None or not _introduced(reading, nearest.name)):
            # “Q1”2014年，博维在…成立子公司，吴鸿祺说，“Q2”: the paragraph's speaker, not a bare name near Q1;
            # “Q”采访中，许多农户告诉记者…: the group speaking in the paragraph, not the speaker before it
            events[events.index(later[0])] = replace(later[0], segments=later[0].segments + (segment,))
            continue
        if nearest is not None:
            speaker = _best_described(found, nearest)
            note = "no speech verb: speaker named in the paragraph"
        elif before.speaker is not None and before.speaker.name in reading.par.narrative and \
                not _after_a_verb(reading.par, span.start) and not _verb_earlier_in_sentence(reading.par, span.start) \
                and not _group_after(reading, span.end):
            speaker, note = before.speaker, "no speech verb: speaker of the paragraph before"
        else:   # also 河南强调“…”: a verb whose subject is no person, not the speaker of the paragraph before
            problems.append((span.start, span.end, "quotation with sentence punctuation but no speaker found"))
            continue
        events.append(Event(speaker, None, span.start, (segment,), (note,)))
    return events


def _close_indirect(par: Paragraph, events: list[Event]) -> list[Event]:
    """An indirect segment runs to the end of the paragraph, or to the sentence before the next event
    or segment begins, or to the next quotation: segments never overlap, so the words kept stay linear
    in the paragraph's length."""
    stops = sorted({e.begins for e in events} | {s[0] for e in events for s in e.segments} |
                   {s.start for s in par.speech})
    closed = []
    for event in events:
        segments = []
        for start, end, kind in event.segments:
            if end is None:
                at = bisect_right(stops, start)
                end = stops[at] if at < len(stops) else len(par.text)
                if end < len(par.text) and par.sentence_start(end) > start:
                    end = par.sentence_start(end)
            segments.append((start, end, kind))
        closed.append(replace(event, segments=tuple(sorted(segments))))
    return closed


def _merge_same_speaker(events: list[Event]) -> list[Event]:
    """One event per speaker of the paragraph, also where a foreign name written in full is named again by one of
    its parts (阿拉伊克·阿瓦良看来，… “…”阿瓦良感慨说)."""
    merged: list[Event] = []
    index: dict[str, int] = {}
    for event in events:
        at = index.get(event.speaker.name)
        if at is None and event.speaker.kind == "person":
            at = next((i for name, i in index.items() if _part_of_name(event.speaker.name, name)), None)
        if at is None:
            index[event.speaker.name] = len(merged)
            merged.append(event)
        else:
            same = merged[at]
            merged[at] = replace(same, segments=tuple(sorted(set(same.segments + event.segments))),
                                 verb=_verb_of_words(same, event), notes=same.notes + event.notes)
    return [e for e in merged if e.segments]


def _part_of_name(short: str, full: str) -> bool:
    """``short``, two characters or more, is one of the parts of the foreign name ``full`` joined by · (阿瓦良 of
    阿拉伊克·阿瓦良)."""
    return len(short) >= 2 and any(dot in full for dot in NAME_JOINERS) and \
        short in re.split(f"[{re.escape(NAME_JOINERS)}]", full)


def _verb_of_words(first: Event, then: Event) -> str | None:
    """The verb of two events of one speaker merged: the first's, unless it claimed no words (问…情况，; 出席活动并
    致辞。他表示…): then the verb of the words."""
    return (first.verb or then.verb) if first.segments else (then.verb or first.verb)


def _colon_events(reading: Reading, events: list[Event], before: Before, problems: list) -> list[Event]:
    """Events for the speech quotations no verb claimed that follow a speaker and a colon."""
    owned = {s for e in events for s, _, kind in e.segments if kind == "direct"}
    found = [a for s in reading.par.speech if s.start not in owned
             for a in [_colon_attribution(reading, s)] if a is not None]
    return events + _events_from_attributions(reading, found, before, problems)


# Verbs of a speech given (X等发言，表示…): no reported words follow them, the verb after them introduces its words
SPEECHES_GIVEN = ("发言", "致辞")


def outside_reported_words(par: Paragraph, found: list[Attribution]) -> list[Attribution]:
    """The attributions that are not inside the reported words of an earlier one: a verb after
    ``name表示，`` in the same sentence (no ；between) belongs to those words (王沪宁表示，2023年，习近平主席同你
    共同宣布…; 梁振英…说，政府工作报告…，强调…), though it has a subject of its own.
    Limit: reported words that run on over several sentences are not followed (萨苏表示，…。习近平主席昨天宣布…)."""
    if len(found) < 2:     # most paragraphs: nothing to compare (and their sentences need not be read)
        return found
    kept, words_from, sentence = [], -1, -1
    for a in sorted(found, key=lambda a: a.verb_start):
        here = par.sentence_start(a.verb_start)
        if here == sentence and a.verb_start >= words_from and \
                ";" not in par.text[words_from:a.verb_start].replace("；", ";"):   # not two speakers of one verb
            continue
        kept.append(a)
        if a.verb is not None and a.verb not in SPEECHES_GIVEN and a.verb_end < len(par.text) and \
                par.text[a.verb_end] in "，,：:" and not par.is_inside(a.verb_end + 1):
            words_from, sentence = a.verb_end, here
    return kept


PAIRING = "和与及"
# a word for two people named before (两人, 二人, 夫妻俩, 父子俩): the pair they are
PAIR_WORD = re.compile(rf"两人|二人|俩人|[{HAN}]{{0,2}}俩")


def _pairs(reading: Reading) -> list[tuple[Mention, Mention]]:
    """Two persons named side by side, joined by 和, 与 or 及 and at most a title of the second (刘杰与同事陆波,
    陶庆政和妻子袁萍安), no person named before them in their sentence: a subject of two."""
    par, found = reading.par, reading.mentions
    pairs = []
    for k, (a, b) in enumerate(zip(found, found[1:])):
        between = par.text[a.end + 1:b.start]
        if a.end < len(par.text) and par.text[a.end] in PAIRING and (not between or title_suffix(between) == between) \
                and (k == 0 or par.sentence_start(found[k - 1].start) != par.sentence_start(a.start)):
            pairs.append((a, b))
    return pairs


def _joint_partners(reading: Reading, events: list[Event]) -> list[Event]:
    """``events`` and, for a quotation no verb claims whose speaker is one of a pair (:func:`_pairs`), the other of
    the pair too, where the pair opens the quotation's sentence (刘杰与同事陆波来到码头，…：“…”) or a word for two
    people (两人, 夫妻俩) opens the clause before it after the pair was named (…贾传坤和丁美如期归来。…，两人倍感惊喜，
    “…”): words said by both."""
    if not any(e.verb is None and e.speaker.kind == "person" for e in events):   # most paragraphs: no need to
        return events                                                             # read their persons
    pairs = _pairs(reading)
    if not pairs:
        return events
    par, added = reading.par, []
    speaking = {e.speaker.name for e in events}
    for e in events:
        if e.verb is not None or e.speaker.kind != "person" or not e.segments:
            continue
        at = e.segments[0][0]
        clause = par.text[par.clause_start(max(at - 1, 0)):at]
        for a, b in reversed([p for p in pairs if p[1].end <= at]):
            if e.speaker.name not in (a.name, b.name):
                continue
            if par.sentence_start(a.start) == par.sentence_start(at) or PAIR_WORD.search(clause):
                other = b if e.speaker.name == a.name else a
                if other.name not in speaking:
                    added.append(replace(e, speaker=other.speaker, notes=e.notes + ("joint: one of a pair",)))
                    speaking.add(other.name)
            break
    return events + added


def paragraph_events(reading: Reading, before: Before) -> tuple[list[Event], list[tuple[int, int, str]]]:
    """The paragraph's speech events, and the problems met (unpaired marks, speakers not found)."""
    par = reading.par
    problems = list(par.problems)
    found = _in_thing_frame(par, outside_reported_words(par, attributions(reading)))
    events = _events_from_attributions(reading, found, before, problems)
    events = _colon_events(reading, events, before, problems)
    events = _claim_quotations(reading, events, before, problems)
    events = _joint_partners(reading, events)
    events = _close_indirect(par, sorted(events, key=lambda e: e.begins))
    events = _not_to_the_addressed(par, events, problems)
    # the reporter's questions (“…？”记者问) are claimed, so no one else is given them, but are no speech event
    return [e for e in _merge_same_speaker(events) if not is_reporter(e.speaker)], problems
