"""The stages run over one article, paragraph after paragraph, and the rows they make.

A paragraph sees the article before it only through :class:`~helpers.quotes.attribution.Before` (who
spoke last, the paragraph just before) and the names heard so far; placing a speaker sees the narrative of
the earlier paragraphs of the same part (since the last heading). After the last paragraph, speakers named
by a short form (斯柳萨列娃, 老王) take the full name the article introduced (娜塔莉娅·斯柳萨列娃, 王建国),
and a person named again keeps the title and organisation given first. A speaker called by a nickname the article ties
to a name (唐妈妈，本名唐文彦; 唐文彦，人称唐妈妈) is that person. In an interview printed as questions
and answers (问：… 答：…), an answer with no speech event of its own is the words of the person the article
named last before its first question; a paragraph printed as a turn, ``who：words`` (a dialogue, an interview's
answers, a testimony: :func:`_turn`), is the words of the person its head names. A heading ends a part: the last
speaker before it speaks no quotation after it.

Limits: a short form is matched to the full name only where one person of the article fits (the part
after a · of a foreign name; the surname of a form of address); otherwise it stays as written.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import lru_cache, partial

from . import tokens
from .attribution import (
    INTRODUCED_WITHIN,
    Before,
    Event,
    Reading,
    dotted_runs,
    paragraph_events,
    short_form,
)
from .marks import CLOSERS
from .mentions import introduced_names, mentions, title_before_name, title_in_word
from .paragraph import Paragraph, read_paragraph
from .placement import COPULAS, Scene, locate, national, stated_nationality
from .places import places
from .speakers import (
    HAN,
    NAME_DASHES,
    NAME_JOINERS,
    Speaker,
    anonymous_name,
    function_word,
    is_name,
    parse_speaker,
    renamed,
    surname_form,
    title_suffix,
    transliterated_name,
)
from .tables import (
    anonymous_forms,
    central_leaders,
    honorifics,
    leaders,
    speaker_titles,
    speech_verbs,
    surnames,
    titles_after_names,
    transliteration_chars,
    verb_pattern,
    verb_proper,
)
from .terms import non_speech

PART_BREAKS = ("heading", "subtitle", "title")   # a new part of the article (a sub-report) begins after these
HEADLINE = ("kicker", "title", "subtitle")   # the article's headline lines, before its first body paragraph
# An interview printed as questions and answers (问：… 答：…)
QUESTION, ANSWER = ("问：", "问:"), ("答：", "答:")
# A turn printed as ``who：words``, with no quotation marks: a dialogue between commentators (周珊珊：…), the
# answers of an interview (张小宏：…), testimonies and session coverage (北京某大学校长张立新：…; 田海涛代表（…）：…).
# The head: up to the first colon, with no sentence punctuation and no quotation mark.
TURN = re.compile(r"^([^，,。；;！？!?“”\"：:的]{2,40}?)[：:]")   # (…的丰硕成果：… is a sentence, not a head)
TURN_WORDS = 8   # the fewest characters of words after the colon (时间：…, 地点：… are short)
TURN_NOTE = "a turn printed as who：words: placed by the speaker's own description only"
HEAD_ALONE_NOTE = "a head alone (who：): the words are the paragraph after it"
NARRATOR_NOTE = "a plain head alone (title, name：): the narrator of a first-person section, no speech event"
LABEL = re.compile(r"【[^】]{1,8}】")   # 【点评】, 【专家观点】: a label before a turn's head
BRACKETED = re.compile(r"^(.+?)[（(]([^（）()]+)[）)]$")   # 田海涛代表（河南…主任）
# A name right after a noun for a person (毕业生, 教师, 研究员, 院长…) at the end of a head no speaker phrase reads
# (某大学2026届本科毕业生唐立: the year and 届 are no title)
NAME_AFTER_PERSON_NOUN = re.compile(r"[生师员长者家工手人士]([\u4e00-\u9fff]{2,3})$")
LONGEST_LINE = 80   # the longest line that is not body whose persons are read (a signature, a kicker)
DASHES = ("——", "—", "──")
INTRODUCED_AFTER_TITLE = 12   # the characters read after that title, for the whole name it introduces
JOINERS = NAME_JOINERS + NAME_DASHES   # what joins a short form to the rest of a foreign name (舍费尔—君贝尔)


@lru_cache(maxsize=1)
def _signature() -> re.Pattern:
    titles = "|".join(map(re.escape, sorted(speaker_titles(), key=len, reverse=True)))
    return re.compile(rf"({titles})([\u4e00-\u9fff]{{2,4}})[—─]*$")


SIGNED_NOTE = "a statement signed on the line after it (——title, name)"
# What closes the signature of a deputy's or a member's statement in session coverage (两会: 会内声音), however long
# the statement: their words. Any other signed piece, however short (心愿单, 留言板, 【专家点评】, a first secretary's
# note ——某村第一书记苏某), is text its signer wrote, as a byline signs a report: no one's quotation.
SESSION_SIGNATURES = ("代表", "委员")
REPORTERS = ("记者", "通讯员")   # who sign a report of their own (——本报记者  李某), no one's quotation


def _signer(par: Paragraph) -> Speaker | None:
    """The deputy or member a signature line names with a title or a unit (——某公司党委书记王海林代表); None for other
    lines (——某市外卖骑手王某, ——编  者, a bare name, ——本报记者  李某)."""
    text = "".join(par.text.split())   # ——某学院院长  王某: the space before the name is layout
    if not text.startswith(DASHES) or len(text) > LONGEST_LINE or not text.endswith(SESSION_SIGNATURES):
        return None
    speaker = parse_speaker(text.lstrip("—─"))
    if speaker is None or speaker.kind != "person" or not speaker.described or \
            (speaker.title or "").endswith(REPORTERS):
        return None
    return speaker


def _interviewee(readings: list[Reading]) -> Speaker | None:
    """Whom an interview's answers are by: the last person the article named before its first question
    (本报记者专访了公司创始人王建国。|问：…|答：…)."""
    for reading in reversed(readings):
        named = [m for m in reading.mentions if m.speaker.kind == "person"]
        if named:
            return named[-1].speaker
    return None


ANSWERS = ("an interview's answer: the person named before its first question",)


def _answer(par: Paragraph, interviewee: Speaker) -> Event:
    """The answer paragraph ``答：…`` as the interviewee's words (its colon stands where an opening mark would)."""
    return Event(interviewee, "答", 0, ((1, len(par.text), "direct"),), ANSWERS)


def _persons_of_line(par: Paragraph) -> frozenset[str]:
    """The persons a line that is not body names with a title or a unit, where it opens or closes with a dash as
    signatures, interviews' subtitles and kickers do (——驻村第一书记管仲贵, ——访上海市副市长张小宏, …退休教师李晓霞
    返乡成为新农人——), and the name after the last title that ends a signature (…副教授久保辉幸——), unless jieba
    reads it as one word that is no name (看家长心态——); other lines, and those over :data:`LONGEST_LINE` characters,
    are not read."""
    if "—" not in par.text and "─" not in par.text:   # most lines
        return frozenset()
    text = par.text.strip()
    if len(text) > LONGEST_LINE or not (text.startswith(DASHES) or text.endswith(DASHES)):
        return frozenset()
    named = {m.name for m in mentions(par) if m.described and m.speaker.kind == "person"}
    signed = _signature().search(text)    # a signature ends with the name after the title, however jieba cuts it
    name = signed.group(2) if signed else ""
    words = tokens.pos_pairs(name) if name else []
    if words and not (len(words) == 1 and not words[0][1].startswith("nr")) and \
            not any(n.startswith(name) or name.startswith(n) for n in named):   # 看家长|心态——: a word
        named.add(name)
    return frozenset(named)


def _turn(par: Paragraph, known: frozenset[str] = frozenset()) -> Event | None:
    """The paragraph as a turn, ``who：words``: the person its head names says the rest (a dialogue, the answers of an
    interview, a testimony). Not a group, an office or the reporter (记者：, 本报记者王明： ask), nor a head that is no
    person (编者按：, 数据来源：, 图①：); only a paragraph that opens so (a colon inside a sentence is the speaker
    stages' to read). A label in 【】 may open it (【点评】某大学教授  王某：); a head alone, a person with a title
    and a colon and nothing after it, introduces words printed in the paragraph after it: the event stands on the
    head's line (as the development gold writes it), with no words of its own. Only a labelled head or one described
    in brackets (王某（某研究所研究员）：) is so: a plain one (某技艺代表性传承人王某：) opens a section its narrator
    tells in the first person (我…), a testimony, not a quotation: its event (:data:`NARRATOR_NOTE`) names who the
    section is about for the paragraphs after it, and is no row."""
    label = LABEL.match(par.text)
    skip = label.end() if label else 0
    match = TURN.match(par.text[skip:])
    if match is None or _ends_with_verb(match.group(1)):
        return None   # 伊绍拉·迭斯说：“…”: a reporting verb before the colon, the speaker stages' to read
    alone = skip + match.end() == len(par.text.rstrip())
    if len(par.text) - skip - match.end() < TURN_WORDS and not alone:
        return None
    speaker = _turn_speaker(match.group(1).strip(), known)
    if speaker is None or speaker.kind != "person" or (speaker.title or "").endswith("记者") or \
            alone and not speaker.described:
        return None
    colon = skip + match.end(1)
    notes = (TURN_NOTE, HEAD_ALONE_NOTE) if alone else (TURN_NOTE,)
    if alone and not label and not BRACKETED.match(match.group(1).strip()):
        notes += (NARRATOR_NOTE,)
    return Event(speaker, None, max(0, par.text.rfind(speaker.name, 0, colon)),
                 ((colon, max(colon + 1, len(par.text)), "direct"),), notes)


def _turn_speaker(head: str, known: frozenset[str] = frozenset()) -> Speaker | None:
    """Who the head of a turn names: a speaker phrase (title chain and name); a name with a description in brackets
    (田海涛代表（某某主任）: the name, described by the bracket); else a name after a noun for a person at its end
    (某大学2026届本科毕业生唐立), three characters where the first is a surname, else two; else the head itself,
    two or three characters beginning with a surname, or a name the article has given (``known``); a name padded
    with spaces as a transcript prints it (冯  帆：) is read without them."""
    if " " in head or "\u3000" in head:   # 冯  帆; 某大学教授  王某
        head = "".join(head.split())
    bracketed = BRACKETED.match(head)
    if bracketed:
        named = parse_speaker(bracketed.group(1))
        if named is None or named.kind != "person":
            return None
        described = parse_speaker(bracketed.group(2) + named.name)
        return renamed(named, described) if described is not None and described.name == named.name else named
    speaker = parse_speaker(head)
    if speaker is not None:
        return speaker
    after = NAME_AFTER_PERSON_NOUN.search(head)
    names = [after.group(1)[-n:] for n in (3, 2) if len(after.group(1)) >= n] if after else []
    names = names or ([head] if 2 <= len(head) <= 3 else [])   # a name alone that jieba cuts (朱珉|迕)
    # not a word jieba reads as a verb or an adverb (一组数据引人|关注：: the head is a sentence)
    name = next((n for n in names if n in known or n[0] in surnames() and is_name(n) and not function_word(n)), None)
    return Speaker(name, "person", phrase=head) if name else None


def _ends_with_verb(head: str) -> bool:
    return any(match.end() == len(head) for match in verb_pattern().finditer(head))


def _with_turn(par: Paragraph, events: list[Event], read: list[str], known: frozenset[str] = frozenset()
               ) -> list[Event]:
    """``events`` and, first, the paragraph's turn if it is one and its speaker has no event of their own there; a
    speaker the head names bare, described as a list of participants introduced them (``read``: the paragraphs
    before)."""
    turn = _turn(par, known)
    if turn is None or any(e.speaker.name == turn.speaker.name for e in events):
        return events
    return [replace(turn, speaker=_introduced(turn.speaker, read))] + events


def _introduced(speaker: Speaker, read: list[str]) -> Speaker:
    """``speaker`` with the description a list of participants gave them (对话人：| 庹庆明  全国人大代表、某某中学校长:
    a paragraph of the name, a space and the description), else the first the article gave them before, in a
    subtitle or the lead of an interview (——访上海市委副书记、市长龚正)."""
    if speaker.described:
        return speaker
    name = speaker.name
    line = next((text for text in read if text.startswith(name) and text[len(name):len(name) + 1].isspace()), None)
    full = parse_speaker(line[len(name):].strip() + name) if line else None
    if full is None or full.kind != "person" or full.name != name:
        full = next((m.speaker for text in read if name in text for m in mentions(read_paragraph(text))
                     if m.name == name and m.speaker.kind == "person" and m.speaker.described), None)
    return renamed(speaker, full) if full is not None and full.kind == "person" and full.name == name else speaker


def _blank(text: str, names) -> str:
    for name in names:
        if len(name) >= 2:
            text = text.replace(name, "　" * len(name))
    return text


def _spoken(par: Paragraph, start: int, end: int, kind: str) -> str:
    text = par.text
    if kind == "indirect":
        return text[start:end]
    return text[start + 1:end - 1] if text[end - 1] in CLOSERS else text[start + 1:end]   # unclosed


def event_row(p, par: Paragraph, event: Event, scene: Scene) -> dict:
    """The row of one speech event (columns of ``EVENT_COLUMNS``)."""
    speaker = event.speaker
    words = [_spoken(par, *segment) for segment in event.segments]
    direct = [w for w, s in zip(words, event.segments) if s[2] == "direct"]
    indirect = [w for w, s in zip(words, event.segments) if s[2] == "indirect"]
    mode = "mixed" if direct and indirect else ("direct" if direct else "indirect")
    start, end = event.segments[0][0], event.segments[-1][1]
    notes = list(event.notes)
    if any(not s.closed for s in par.top if start <= s.start < end):
        notes.append("unclosed quotation")
    return {"file": p.file, "line": p.line, "article": p.article, "section": p.section,
            "speaker": speaker.name, "speaker_id": None, "speaker_type": speaker.kind,
            "title": speaker.title, "organisation": speaker.organisation, "place": speaker.place,
            **locate(speaker, event.anchor, scene),
            "verb": verb_proper(event.verb) if event.verb else None,
            "verb_class": speech_verbs().get(event.verb) if event.verb else None,
            "mode": mode, "text": "".join(words), "direct_text": "".join(direct) or None,
            "indirect_text": "".join(indirect) or None, "n_chars": sum(map(len, words)),
            "start": p.file_offset(par.file_position(start)),
            "end": p.file_offset(par.file_position(end) - 1) + 1, "note": "; ".join(notes)}


class AmbiguousShortForm(ValueError):
    """A short form that fits several persons the article named (老王 with two 王s)."""


def _foreign_names_ending(name: str, dotted) -> set[str]:
    """The foreign names written before whose last part is ``name``: the part before the · is the run
    of words jieba reads as a name or as single characters (见到了|娜塔莉/娅·斯柳萨列娃), or writes in characters of
    transliteration whatever it tags them (负责人|阿拉/伊克·阿瓦良: 伊克 nz)."""
    found = set()
    for before, after in dotted:
        if not after.startswith(name):
            continue
        first = ""
        for word, tag in reversed(tokens.pos_pairs(before)):
            if not (tag.startswith("nr") or (len(word) == 1 and tag not in ("uj", "ul", "p", "c", "v")) or
                    set(word) <= transliteration_chars() and not tokens.dictionary_word(word)):
                break
            first = word + first
        if len(first) >= 2:
            found.add(f"{first}·{name}")
    return found


def _foreign_names_opening(name: str, dotted) -> set[str]:
    """The foreign names written before whose first part is ``name`` (吾买尔 of 吾买尔·尼亚孜在…): the part after the ·
    is its run of characters of transliteration (jieba cuts it as it likes: 尼亚|孜在), less a last one that opens a
    word of jieba's dictionary with the character after it (巴沙尔·阿萨德|日前)."""
    found = set()
    for before, after in dotted:
        if before.endswith(name):
            rest = "".join(itertools.takewhile(transliteration_chars().__contains__, after))
            if len(rest) < len(after) and tokens.dictionary_word(after[len(rest) - 1:len(rest) + 1]):
                rest = rest[:-1]
            if len(rest) >= 2:
                found.add(f"{name}·{rest}")
    return found


def _full_name(speaker: Speaker, persons, dotted) -> Speaker:
    """The fuller name the article gave a person it now names by a short form, if exactly one fits.
    ``persons()``: the persons the article named so far, by name."""
    name = speaker.name
    if speaker.kind != "person" or "·" in name:
        return speaker
    surname = surname_form(name)
    if not surname and not short_form(name, dotted):
        return speaker
    if surname:
        fits = {n: s for n, s in persons().items()
                if n.startswith(surname) and surname_form(n) is None and n != name}
    else:
        fits = {n: s for n, s in persons().items()
                if re.search(f"(^|[{JOINERS}]){re.escape(name)}($|[{JOINERS}])", n) and n != name}
        fits = fits or {n: Speaker(n, "person") for n in _foreign_names_ending(name, dotted) |
                        _foreign_names_opening(name, dotted)}
    if len(fits) > 1:
        raise AmbiguousShortForm(f"{name} may be any of {'、'.join(sorted(fits))}: kept as written")
    return renamed(speaker, next(iter(fits.values()))) if fits else speaker


def _parts_of_dotted_names(names) -> frozenset[str]:
    """The parts of three characters or more of the foreign names with · among ``names`` (古丽米拉 and 吐尔逊 of
    古丽米拉·吐尔逊): a later paragraph that calls the person by one part alone names that person, however jieba
    cuts the part there (古丽|米拉 is read as 米拉 alone); :func:`_full_name` then gives the whole name back."""
    return frozenset(part for name in names if any(dot in name for dot in JOINERS)
                     for part in re.split(f"[{JOINERS}]", name) if len(part) >= 3)


def _may_name_a_part(unread: list[Reading], text: str) -> bool:
    """``text`` holds the last three characters before a · of one of the paragraphs ``unread`` (whose persons no rule
    has read) with no · after them, or the first three after one with none before them: it may name one part of a
    foreign name alone, and their persons are read then (most articles never do so, and reading the persons of every
    paragraph with a · would cost the analysis about a tenth of its time)."""
    for r in unread:
        for before, after in dotted_runs(r.par.narrative):
            if _alone(text, before[-3:], 3) or _alone(text, after[:3], -1):
                return True
    return False


def _alone(text: str, part: str, beside: int) -> bool:
    """``part``, three characters, stands in ``text`` with no joiner of names at ``beside`` (3: after it; -1: before
    it)."""
    at = text.find(part) if len(part) == 3 else -1
    while at >= 0:
        if not (0 <= at + beside < len(text) and text[at + beside] in JOINERS):
            return True
        at = text.find(part, at + 1)
    return False


def _with_own_dotted(persons, events: list[Event]):
    """``persons`` (a function: the persons the article named so far, by name) with the foreign names with · of the
    paragraph's own speakers (“…”古丽米拉 beside 乡村医生古丽米拉·吐尔逊正嘱咐…: one person, named whole at her
    verb)."""
    own = {e.speaker.name: e.speaker for e in events
           if e.speaker.kind == "person" and any(dot in e.speaker.name for dot in JOINERS)}
    return (lambda: {**persons(), **own}) if own else persons


def _with_full_name(event: Event, persons, dotted, report) -> Event:
    """The event under the speaker's full name; an ambiguous short form is kept and reported."""
    try:
        return replace(event, speaker=_full_name(event.speaker, persons, dotted))
    except AmbiguousShortForm as why:
        report(f"short form of a name: {why}")
        return event


# where the article ties the name a person is called by to their own: 唐妈妈，本名唐文彦 (also 原名, 真名; 本名叫);
# 唐文彦，人称唐妈妈 (also 人称“…”, 外号, 绰号, 昵称)
REAL_NAME_AFTER = r"[，,（(]?(?:本名|原名|真名)(?:叫|是)?(?P<name>[{han}]{{2,4}})(?=[^{han}]|$)"
CALLED_AFTER = r"(?P<name>[{han}]{{2,4}})[，,（(]?(?:人称|人送外号|外号|绰号|昵称)(?:叫)?“?{called}(?=[^{han}]|$)"
#: the words of those ties (most articles have none: the patterns are built only where one is written)
TIES = ("本名", "原名", "真名", "人称", "外号", "绰号", "昵称")


def _by_real_name(event: Event, texts: tuple[str, ...]) -> Event:
    """A speaker called by a nickname (唐妈妈, a surname and a relation: an unnamed speaker as written) whom the
    article ties explicitly to a person's name (唐妈妈，本名唐文彦; 唐文彦，人称唐妈妈): the person, under that name.
    Only such a tie counts: a surname shared with a person named elsewhere is no evidence (张阿姨 is not 张建国)."""
    called = event.speaker.name
    if event.speaker.kind not in ("person", "group") or not re.fullmatch(f"[{HAN}]{{2,4}}", called) \
            or not any(called in text and any(tie in text for tie in TIES) for text in texts):
        return event
    after = re.compile(re.escape(called) + REAL_NAME_AFTER.format(han=HAN))
    before = re.compile(CALLED_AFTER.format(han=HAN, called=re.escape(called)))
    names = {m.group("name") for text in texts for m in after.finditer(text)}
    names |= {_name_closing(m.group("name")) for text in texts for m in before.finditer(text)}
    names = {n for n in names if n and n != called and _surname_first(n)}
    if len(names) != 1:
        return event
    return replace(event, speaker=replace(event.speaker, name=names.pop(), kind="person", title=None))


def _by_name_written_beside(event: Event, persons, paragraph: str, article: str, end: int) -> Event:
    """A speaker called by a surname and a form of address (唐大爷) whom no person named so far fits, where the
    paragraph writes a run of that surname and two characters that the article so far writes three times or more,
    that is a name and no word of jieba's dictionary (唐朝根, which jieba cuts 唐朝|根: so no mention reads it): the
    person, under that name, if exactly one run fits. The article so far: ``article[:end]``."""
    called = event.speaker.name
    surname = surname_form(called) if event.speaker.kind == "person" else None
    if not surname or any(n.startswith(surname) and surname_form(n) is None for n in persons()):
        return event
    runs = {m.group() for m in re.finditer(f"{re.escape(surname)}[{HAN}]{{2}}", paragraph)}
    fits = [run for run in runs if run != called and surname_form(run) is None and is_name(run)
            and not tokens.dictionary_word(run) and article.count(run, 0, end) >= 3]
    return replace(event, speaker=renamed(event.speaker, Speaker(fits[0], "person"))) if len(fits) == 1 else event


def _by_name_glued_to_form(event: Event, article: str) -> Event:
    """A speaker called by a surname and a form of address after it (卢大爷, 郭书记) where the article writes one full
    name, that surname and one or two characters, with the same form glued after it (卢米换大爷家, 郭建新书记说: jieba
    may cut it 卢米|换|大爷): the person, under that name, even where another person of the article shares the
    surname; not where the article writes two such names (郭满囤大爷 and 郭来福大爷), nor a run holding a character
    that follows a name without being part of it (郭也是大爷)."""
    called = event.speaker.name
    surname = surname_form(called) if event.speaker.kind == "person" else None
    form = called[len(surname):] if surname and called.startswith(surname) else None
    if not form or not called.endswith(form) or form not in honorifics()["after"]:
        return event
    runs = {m.group(1) for m in re.finditer(f"(?=({re.escape(surname)}[{HAN}]{{1,2}}){re.escape(form)})", article)}
    fits = {run for run in runs if is_name(run) and surname_form(run) is None and
            not NOT_A_NAME_END.intersection(run[len(surname):])}
    if len(fits) == 1:
        return replace(event, speaker=renamed(event.speaker, Speaker(fits.pop(), "person")))
    if not runs and form in anonymous_forms() and _glued_to_another_form(surname, form, article):
        return replace(event, speaker=replace(event.speaker, kind="group"))   # 郭大妈 beside 郭满囤大爷: not he
    return event


def _glued_to_another_form(surname: str, form: str, article: str) -> bool:
    """The article writes a full name of ``surname`` with another kinship form of address glued after it (郭满囤大爷,
    where a speaker is called 郭大妈: ``anonymous_forms.txt``)."""
    others = "|".join(re.escape(f) for f in anonymous_forms() if f != form)
    return any(is_name(m.group(1)) and surname_form(m.group(1)) is None
               for m in re.finditer(f"({re.escape(surname)}[{HAN}]{{1,2}})(?:{others})", article))


def _by_given_name(event: Event, persons) -> Event:
    """A speaker called by a given name of two characters and a title or a form of address after it (晓燕书记, 建国主任,
    秀兰阿姨: how villagers call an official they know; parsed as a group, all title) where exactly one person the
    article has named has a full name of a surname and that given name (韩晓燕, 欧阳建国): that person. The longest
    title ends it (党委书记: no given name before)."""
    title = event.speaker.title
    if event.speaker.kind != "group" or not title or not event.speaker.name.endswith(title):
        return event
    form = title_suffix(title) or next((f for f in honorifics()["after"] if title.endswith(f)), None)
    given = title[:-len(form)] if form else ""
    if len(given) != 2 or not re.fullmatch(f"[{HAN}]{{2}}", given) or given in speaker_titles():
        return event
    fits = {n for n in persons() if n.endswith(given) and n[:-2] in surnames()}
    if len(fits) != 1:
        return event
    return replace(event, speaker=replace(event.speaker, name=fits.pop(), kind="person", title=form))


def _surname_first(name: str) -> bool:
    return is_name(name) and (name[0] in surnames() or name[:2] in surnames())


def _name_closing(run: str) -> str | None:
    """The name that closes a run of characters (村里的|刘秀英): three characters, else four of a two-character
    surname, else two."""
    return next((run[-n:] for n in (3, 4, 2) if len(run) >= n and _surname_first(run[-n:])
                 and (n != 4 or run[:2] in surnames())), None)


def _described(event: Event, reading: Reading) -> Event:
    """A person named bare at the verb (何立峰指出) with the title and organisation given where the paragraph
    first names them, read from the start of that clause (中共中央政治局委员、国务院副总理何立峰在会上讲话。), or
    only where they come from (来自山东省某中心的谷某，是一名…: ``origin``)."""
    speaker, par = event.speaker, reading.par
    at = par.text.find(speaker.name)
    if speaker.kind != "person" or speaker.described or not 0 <= at < event.anchor or \
            speaker.name in central_leaders():   # placed as national whatever their description
        return event
    full = parse_speaker(par.text[par.clause_start(at):at + len(speaker.name)])
    # 来自山东省某中心的谷某，是…。“…”谷某说: where they come from is theirs, though it gives them no title
    usable = full is not None and full.kind == "person" and full.name == speaker.name and (
        full.described or full.origin)
    return replace(event, speaker=renamed(speaker, full)) if usable else event


#: how far after ``NAME是`` the unit and title that introduce a person may run (to the end of the clause)
INTRODUCTION = 30
#: what may stand right before the name of a person the article introduces by 是 (the start of a clause)
CLAUSE_OPENERS = frozenset("，。；：！？”\n 　")


#: a note of the short name a unit goes by in the article (…办公室（以下简称“归雁办”）副主任): no end of its description
ABBREVIATION_NOTE = re.compile(r"[（(](?:以下)?简称[^）)]{1,12}[）)]")
NOTE_ROOM = 16   # how far past :data:`INTRODUCTION` a description is read, to leave room for such a note


def _described_by_copula(event: Event, texts: tuple[str, ...]) -> Event:
    """A person named bare at the verb (胡保明说) whom the article introduces, anywhere, by name, 是 and their unit and
    title (胡保明是武汉简一科技有限公司负责人，…; also after a comma: 胡保明，是…): that description, the first the
    article gives. Only a description with a unit: a title alone (王某是一名退伍军人) places no one; nor a clause that
    does not read as a unit and title (王某是土生土长的本地人). A note of the unit's short name inside it is left out
    (…办公室（以下简称“归雁办”）副主任: :data:`ABBREVIATION_NOTE`)."""
    speaker = event.speaker
    if speaker.kind != "person" or speaker.described or len(speaker.name) < 2:
        return event
    for text, copula in itertools.product(texts, COPULAS):
        opening = speaker.name + copula
        at = text.find(opening)
        while at >= 0:
            if not at or text[at - 1] in CLAUSE_OPENERS:
                clause = re.split("[，。；！？：“”（(]", ABBREVIATION_NOTE.sub(
                    "", text[at + len(opening):at + len(opening) + INTRODUCTION + NOTE_ROOM]))[0][:INTRODUCTION]
                full = parse_speaker(clause + speaker.name) if clause else None
                if full is not None and full.kind == "person" and full.name == speaker.name \
                        and full.organisation and full.title:
                    return replace(event, speaker=renamed(speaker, full))
            at = text.find(opening, at + 1)
    return event


def _bare(row: dict) -> bool:
    """No organisation and no title, or only one written after the name (杨德才委员认为: how session coverage
    names a deputy, not a description)."""
    return not row["organisation"] and (not row["title"] or row["title"] in titles_after_names())


ACT_AFTER_NAME = 24   # how far after the name the verb of the act that introduced them may stand


def _described_before(event: Event, readings: list[Reading], heard) -> Event:
    """A person named bare (王毅说) whom the paragraph before introduced as an official of a central organ without
    their words (中共中央政治局委员、外交部长王毅向随行记者介绍此访情况。: an act, no event) keeps that description:
    a national official wherever the report meets them. Other descriptions of the paragraphs before are left to
    the rows (:func:`_same_person_described_once`): they would move where a speaker is placed."""
    speaker = event.speaker
    if speaker.kind != "person" or speaker.described or not readings or speaker.name in heard:
        return event      # a speaker heard before keeps the first description of the rows
    text = readings[-1].par.text
    at = text.find(speaker.name)
    if at < 0 or not verb_pattern().search(text, at, at + ACT_AFTER_NAME):   # most: their persons are not read
        return event
    full = next((m.speaker for m in readings[-1].mentions if m.name == speaker.name and m.speaker.described), None)
    return replace(event, speaker=renamed(speaker, full)) if full and national(full.organisation or "") else event


def _same_person_described_once(rows: list[dict]) -> None:
    """A person named bare in an article keeps the title and organisation of the first row that describes them
    (also where that description was given after: its event may be no row, 王毅介绍此访情况。), else the
    place of their first row."""
    persons = [row for row in rows if row["speaker_type"] == "person"]
    first: dict[str, dict] = {}
    for row in persons:
        if not _bare(row):
            first.setdefault(row["speaker"], row)
    for row in persons:
        known = first.setdefault(row["speaker"], row)
        if known is not row and _bare(row):
            for column in ("title", "organisation", "place", "province", "country", "category", "level"):
                row[column] = known[column]


def _stated_nationalities(rows: list[dict], text: str) -> None:
    """A person placed in China whose nationality the article states anywhere (谢某来自美国芝加哥, 英国人白某:
    :func:`stated_nationality`) is placed in that country, not in the province of their unit or scene."""
    found: dict[str, str | None] = {}
    for row in rows:
        if row["speaker_type"] != "person" or row["country"] not in ("中国", None) or row["category"] == "leader":
            continue
        name = row["speaker"]
        if name not in found:
            found[name] = stated_nationality(text, name)
        if found[name]:
            row.update(province=None, country=found[name], category="foreign", level=None)


STATEMENT_NOTE = "a sidebar's short statement: the one paragraph after its head (who：) holds the event"


def _heads_on_their_statements(rows: list[dict], paragraphs: list) -> list[dict]:
    """``rows`` with the event of a head alone (外卖员王某（25岁）：) moved to the paragraph of its words where a
    sidebar of short statements gives each head one paragraph: the body paragraph after the head, where no person
    speaks, followed by another head, a line that is not body, or the article's end. Where the words run on over
    more paragraphs (an expert's column), or a label opens the head (【点评】某教授  王某：, a commentary), the event
    stays on the head's line, as the golds of those layouts put it."""
    at = {p.line: i for i, p in enumerate(paragraphs)}
    heads = {row["line"] for row in rows if HEAD_ALONE_NOTE in row["note"]}
    spoken = {row["line"] for row in rows if row["speaker_type"] == "person"}

    def statement(row: dict):
        i = at[row["line"]]
        if row["line"] not in heads or LABEL.match(paragraphs[i].text) or i + 1 == len(paragraphs):
            return None
        after = paragraphs[i + 1]
        ends = i + 2 == len(paragraphs) or paragraphs[i + 2].kind != "body" or paragraphs[i + 2].line in heads
        return after if after.kind == "body" and after.line not in spoken and ends else None

    moved = []
    for row in rows:
        p = statement(row)
        if p is not None:
            par = read_paragraph(p.text)
            words = par.text
            row = {**row, "line": p.line, "mode": "direct", "text": words, "direct_text": words,
                   "indirect_text": None, "n_chars": len(words), "start": p.file_offset(par.file_position(0)),
                   "end": p.file_offset(par.file_position(len(words) - 1)) + 1,
                   "note": "; ".join([row["note"], STATEMENT_NOTE])}
        moved.append(row)
    return moved


def _names_cut_otherwise(rows: list[dict], text: str) -> list[dict]:
    """Two speakers of an article whose names differ by a last character (何友 and 何友功, 李宁 and 李宁很) are one
    person, where jieba cut the name short or ran it on: the longer where every 何友 of the article's ``text`` is
    part of a 何友功 (阿斯卡里|特 too) and the last character is no reporting verb; else the shorter where jieba
    does not read the longer as one name (李宁|很, written 李宁 elsewhere; 魏榛|说), or where the longer is written
    once and the shorter twice more (陈伟|满是期待: jieba's 陈伟满). A row that then repeats its
    paragraph's speaker is dropped (the words were the other row's)."""
    names = {row["speaker"] for row in rows if row["speaker_type"] == "person" and "·" not in row["speaker"]}
    rename = {}
    for short in names:
        for long in (n for n in names if len(n) == len(short) + 1 and n.startswith(short)):
            if text.count(short) == text.count(long) and long[-1] not in speech_verbs():
                rename[short] = long
            elif tokens.pos_pairs(long)[:1] != [(long, "nr")] and not transliterated_name(long) \
                    or text.count(long) == 1 and text.count(short) >= 3:   # 陈伟|满是期待 once, 陈伟 twice more
                rename[long] = short
        longer = _cut_short_everywhere(short, text)
        if longer and longer not in names:
            rename[short] = longer
    if not rename:
        return rows
    kept, seen = [], {(row["line"], row["speaker"]) for row in rows if row["speaker"] not in rename}
    for row in rows:
        if row["speaker_type"] == "person" and row["speaker"] in rename:
            row = {**row, "speaker": rename[row["speaker"]]}
            if (row["line"], row["speaker"]) in seen:
                continue
        kept.append(row)
    return kept


# A one-character time word, preposition or conjunction that jieba reads into a name next to it (告别家人时|冯某某,
# 李娴|从包里拿出): before the name, or after it
GLUED_BEFORE = frozenset("时后间从在当和与同对向让被把给跟由而但并且")
GLUED_AFTER = frozenset("从在对向把被给跟和与同时来到去")
MOTION_AFTER_DOTTED = frozenset("来到去赴从在")   # 马雷克·诺瓦克|来中国: a dotted name before a place


def _without_glued(name: str, text: str) -> str | None:
    """``name`` without a function character at an edge (时冯某某, 李娴从), where the article's ``text`` writes the
    glued form once and the rest (two characters or more, opening with a surname) also elsewhere; a dotted name
    ending in a verb of motion or a preposition right before a place (·诺瓦克|来中国) loses it too (its last part
    keeps two characters or more); else None."""
    if len(name) < 3 or text.count(name) != 1:
        return None
    if "·" in name:
        at = text.find(name) + len(name)
        if name[-1] in MOTION_AFTER_DOTTED and len(name.rsplit("·", 1)[1]) >= 3 and \
                any(p.start == 0 for p in places(text[at:at + 8])):
            return name[:-1]
        return None
    for rest, glued in ((name[1:], name[0] in GLUED_BEFORE), (name[:-1], name[-1] in GLUED_AFTER)):
        if glued and rest[0] in surnames() and text.count(rest) > 1 and is_name(rest):
            return rest
    return None


def _glued_function_characters(rows: list[dict], text: str) -> list[dict]:
    """Speakers whose name holds a function character at an edge, renamed (see :func:`_without_glued`)."""
    rename = {}
    for row in rows:
        name = row["speaker"]
        if row["speaker_type"] == "person" and name not in rename:
            rename[name] = _without_glued(name, text) or name
    return [{**row, "speaker": rename[row["speaker"]]} if row["speaker_type"] == "person" else row for row in rows]


# What follows a two-character name in running text without being part of it (莫日|也说, 王明|在, 李强|表示)
NOT_A_NAME_END = frozenset("也还就都又在是的和与同对向把被从说讲问称道表等们则曾已正将会要能却便才让给跟为")
AFTER_A_NAME = re.compile(r"[，。、；：！？—（）《》“”\s]|$")


def _cut_short_everywhere(short: str, text: str) -> str | None:
    """The three-character name of which jieba read only two characters everywhere (莫日|发从, 管仲|贵被): every
    one of at least two mentions of ``short`` in the article's ``text`` is followed by the same character, no
    word that follows a name, and the three stand once before punctuation (莫日发（左）, 第一书记管仲贵，)."""
    if len(short) != 2:
        return None
    ends = {text[m.end():m.end() + 1] for m in re.finditer(short, text)}
    if len(ends) != 1 or text.count(short) < 2:
        return None
    end = ends.pop()
    if not end or end in NOT_A_NAME_END or not re.match(r"[\u4e00-\u9fff]", end):
        return None
    longer = short + end
    if any(AFTER_A_NAME.match(text, m.end()) for m in re.finditer(longer, text)):
        return longer
    # or before a word that follows a name (刘邦|志和宣讲团成员, 刘邦|志语气低沉: jieba's 刘邦 of history took two
    # characters of 刘邦志 at each of its mentions), where the third character is no function word of its own
    if tokens.pos_pairs(end)[0][1][:1] not in FUNCTION_CHARACTER_TAGS and \
            any(text[m.end():m.end() + 1] in NOT_A_NAME_END for m in re.finditer(longer, text)):
        return longer
    return None


# jieba's tags of one character read alone as an adverb, preposition, conjunction, particle, pronoun, numeral or
# measure word: no last character of a name that the article always writes after the same two
FUNCTION_CHARACTER_TAGS = ("d", "p", "c", "u", "r", "m", "q", "y", "e")


def _problem_row(p, par: Paragraph, start: int, end: int, reason: str) -> dict:
    return {"file": p.file, "line": p.line, "article": p.article,
            "start": p.file_offset(par.file_position(start)),
            "end": p.file_offset(par.file_position(max(start, end - 1))) + 1,
            "text": par.text[start:end][:60], "reason": reason}


def _report(problems: list, p, par: Paragraph, event: Event, reason: str) -> None:
    """Add to ``problems`` a short form of ``event``'s speaker that could not be resolved, with ``reason``."""
    problems.append(_problem_row(p, par, event.anchor, event.anchor + len(event.speaker.name), reason))


def _introduced_words(par: Paragraph, known: frozenset[str], later: str) -> frozenset[str]:
    """The persons ``par`` names after a title, outside quotations, whose names are words of jieba's dictionary
    (种植户李俊, 驻村第一书记李宗仁, 国务院总理李强) and that the article names again ``later``: a bare mention of them
    in a later paragraph is read as theirs (see :func:`~helpers.quotes.mentions.mentions`). Names ``known`` already
    and the leader's are skipped first, and a name of the central leadership is taken as it stands; for another,
    the title and the :data:`INTRODUCED_AFTER_TITLE` characters after it are read alone, for the whole name (米尔济约
    耶夫, not jieba's 米尔): linear in the paragraph, however long."""
    names = set()
    if not later.strip():   # the article's last body paragraph: no later mention to read
        return frozenset()
    skipped = tuple(known | _leader_names())
    for m in title_before_name().finditer(par.narrative):
        # a name read later opens with the two characters after the title: most titles are followed by none
        if par.text[m.end():m.end() + 2] not in later or par.text.startswith(skipped, m.end()) or \
                title_in_word(par.text, m):
            continue
        word = tokens.dictionary_name_at(par.text, m.end())
        if not word or word not in later:
            continue
        if word in central_leaders():   # a whole name of the table (国务院总理李强): no need to read more
            names.add(word)
            continue
        names |= {x.name for x in _titled_persons(par.text[m.start():m.end() + INTRODUCED_AFTER_TITLE],
                                                  tokens.dictionary_key())
                  if x.start == m.end() - m.start() and x.described and x.speaker.kind == "person"
                  and tokens.dictionary_word(x.name)}
    return frozenset(names)


@lru_cache(maxsize=1)
def _leader_names() -> frozenset[str]:
    return frozenset(name for _, name, _ in leaders())


@lru_cache(maxsize=1024)   # news repeats its introductions (马最高元首易卜拉欣…)
def _titled_persons(text: str, dictionaries) -> tuple:
    """The persons named in ``text``, a title and what follows it, read alone (``dictionaries``: the segmenter's,
    part of the key)."""
    return mentions(read_paragraph(text))


def analyse_article(paragraphs: list) -> tuple[list, list, list]:
    """(event rows, non-speech rows, skipped rows) of one article, given as its list of paragraphs."""
    rows, terms, problems = [], [], []
    before, part, read = Before(), [], []   # read: every paragraph so far, its headline too (placing reads it)
    heard: dict[str, Speaker] = {}       # persons named as speakers so far, by name
    readings: list[Reading] = []
    dotted: list[tuple[str, str]] = []  # the foreign names written so far, around their ·
    interviewee: Speaker | None = None
    # what the part has said before a paragraph, the lines that are not body too (——驻村第一书记高远), and the
    # persons those lines name with a title: they are the article's persons however jieba reads them later
    introductions: list[str] = []
    signed: frozenset[str] = frozenset()
    # the persons an earlier paragraph introduced with a title whose names are words of jieba's dictionary (种植户李俊,
    # 驻村第一书记李宗仁): a bare 李俊 later is that person (only these few names: the caches keyed on names still hit)
    introduced: frozenset[str] = frozenset()
    short_forms: frozenset[str] = frozenset()   # the parts of the foreign names with · named so far (吐尔逊)
    unread: list[Reading] = []   # paragraphs with such names whose persons no rule has read yet
    unsigned = None   # the last body paragraph, if no person speaks in it: a signature line after it may sign it
    headline = ""     # the headline lines (placing reads them for a speaker nothing else places)
    texts = tuple(p.text for p in paragraphs if p.kind == "body")   # where the article introduces its persons
    article, body_end = "\n".join(texts), 0   # body_end: where the body paragraphs read so far end in ``article``

    def persons() -> dict[str, Speaker]:
        named = {m.name: m.speaker for r in readings for m in r.mentions}
        return {**named, **heard}

    for p in paragraphs:
        par = read_paragraph(p.text)
        dotted_here = dotted_runs(par.narrative)
        body = p.kind == "body"
        events: list[Event] = []
        if body:
            signed |= introduced_names(par)   # 乐乐（化名）, 30岁的文景: names from here on
            here = tuple(dotted + dotted_here)
            if unread and _may_name_a_part(unread, p.text):
                short_forms |= _parts_of_dotted_names(m.name for r in unread for m in r.mentions)
                unread = []
            reading = Reading(par, frozenset(heard) | signed | short_forms, here,
                              tuple(introductions[-INTRODUCED_WITHIN:]), signed, introduced)
            events, found = paragraph_events(reading, before)
            if interviewee is None and par.text.startswith(QUESTION):
                interviewee = _interviewee(readings)
            if interviewee is not None and not events and par.text.startswith(ANSWER):
                events = [_answer(par, interviewee)]
            events = _with_turn(par, events, read, reading.known)
            readings.append(reading)
            body_end = article.find(p.text, body_end) + len(p.text)
            introduced |= _introduced_words(par, reading.known | introduced, article[body_end:])
            events = [_by_given_name(_by_name_glued_to_form(e, article), persons) for e in events]
            events = [_with_full_name(e, _with_own_dotted(persons, events), here, partial(_report, problems, p, par, e))
                      for e in events]
            events = [_by_name_written_beside(_by_real_name(e, texts), persons, par.narrative, article, body_end)
                      for e in events]
            events = [_described_before(_described_by_copula(_described(e, reading), texts), readings[:-1], heard)
                      for e in events]
            problems += [_problem_row(p, par, *problem) for problem in found]
            heard.update({e.speaker.name: e.speaker for e in events if e.speaker.kind == "person"})
            # 丁某从…: the name without the glued character is heard too (a later bare 丁某 is this speaker)
            heard.update({short: e.speaker for e in events if e.speaker.kind == "person"
                          for short in [_without_glued(e.speaker.name, article)] if short and short not in heard})
            if dotted_here:   # the persons read, if the paragraph's quotations or verbs had them read (most do)
                short_forms |= _parts_of_dotted_names(list(heard))
                if "mentions" in reading.__dict__:
                    short_forms |= _parts_of_dotted_names(m.name for m in reading.mentions)
                else:
                    unread.append(reading)
            narrative = _blank(par.narrative, heard)
            shown = [e for e in events if NARRATOR_NOTE not in e.notes]
            if shown:
                scene = Scene(par, narrative, tuple(reversed(part)), tuple(read), headline)
                # a turn's words are its speaker's, and the turns before it others': neither places them
                alone = Scene(par, "　" * len(narrative), (), tuple(read), headline)
                rows += [event_row(p, par, event, alone if TURN_NOTE in event.notes else scene) for event in shown]
            speaking = [e.speaker for e in events if e.speaker.kind == "person"]
            unsigned = None if speaking else (p, par, Scene(par, narrative, tuple(reversed(part)), tuple(read),
                                                                       headline))
            before = Before(speaking[-1] if speaking else None, reading)
            part.append(narrative)
            introductions.append(narrative)
        else:
            signed |= _persons_of_line(par)
            if not readings and p.kind in HEADLINE:
                headline += par.narrative + "\n"
            signer = _signer(par) if unsigned is not None else None
            if signer is not None:
                last, statement, scene = unsigned
                event = Event(signer, None, 0, ((0, len(statement.text), "direct"),), (SIGNED_NOTE,))
                words = statement.text   # printed with no quotation marks: the whole paragraph
                rows.append({**event_row(last, statement, event, scene), "text": words, "direct_text": words,
                             "n_chars": len(words)})
            unsigned = None
            if p.kind in PART_BREAKS:      # a new part: its place is read anew (a sub-report's headline often names
                part, introductions = [par.narrative], []   # it), and its words are not the last speaker's before
                before = Before()
            else:
                before = Before(before.speaker, None)
            introductions.append(par.narrative)
        dotted += dotted_here
        read.append(par.narrative)
        terms += [{"file": p.file, "line": p.line, "article": p.article, "paragraph_kind": p.kind, **row,
                   "start": p.file_offset(par.file_position(row["start"])),
                   "end": p.file_offset(par.file_position(row["end"] - 1)) + 1}
                  for row in non_speech(par, events, body)]
    rows = _heads_on_their_statements(rows, paragraphs)
    whole = "\n".join(p.text for p in paragraphs)
    rows = _names_cut_otherwise(_glued_function_characters(rows, whole), whole)
    rows = [{**row, "speaker_type": "group"} if row["speaker_type"] == "person" and anonymous_name(row["speaker"])
            else row for row in rows]   # 市民王女士: a person kept anonymous speaks, named by no one
    _same_person_described_once(rows)
    _stated_nationalities(rows, whole)
    return rows, terms, problems
