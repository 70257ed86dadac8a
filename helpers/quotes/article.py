"""The stages run over one article, paragraph after paragraph, and the rows they make.

A paragraph sees the article before it only through :class:`~helpers.quotes.attribution.Before` (who
spoke last, the paragraph just before) and the names heard so far; placing a speaker sees the narrative of
the earlier paragraphs of the same part (since the last heading). After the last paragraph, speakers named
by a short form (斯柳萨列娃, 老王) take the full name the article introduced (娜塔莉娅·斯柳萨列娃, 王建国),
and a person named again keeps the title and organisation given first. In an interview printed as questions
and answers (问：… 答：…), an answer with no speech event of its own is the words of the person the article
named last before its first question.

Limits: a short form is matched to the full name only where one person of the article fits (the part
after a · of a foreign name; the surname of a form of address); otherwise it stays as written.
"""
from __future__ import annotations

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
from .mentions import mentions
from .paragraph import Paragraph, read_paragraph
from .placement import Scene, locate, national
from .speakers import NAME_JOINERS, Speaker, parse_speaker, renamed, surname_form, transliterated_name
from .tables import central_leaders, speaker_titles, speech_verbs, titles_after_names, verb_pattern, verb_proper
from .terms import non_speech

PART_BREAKS = ("heading", "subtitle", "title")   # a new part of the article (a sub-report) begins after these
# An interview printed as questions and answers (问：… 答：…)
QUESTION, ANSWER = ("问：", "问:"), ("答：", "答:")
LONGEST_LINE = 80   # the longest line that is not body whose persons are read (a signature, a kicker)
DASHES = ("——", "—", "──")


@lru_cache(maxsize=1)
def _signature() -> re.Pattern:
    titles = "|".join(map(re.escape, sorted(speaker_titles(), key=len, reverse=True)))
    return re.compile(rf"({titles})([\u4e00-\u9fff]{{2,4}})[—─]*$")


def _interviewee(readings: list[Reading]) -> Speaker | None:
    """Whom an interview's answers are by: the last person the article named before its first question
    (本报记者专访了公司创始人王建国。|问：…|答：…)."""
    for reading in reversed(readings):
        named = [m for m in reading.mentions if m.speaker.kind == "person"]
        if named:
            return named[-1].speaker
    return None


# A paragraph printed as a line of a transcript: who speaks (a name, a title and a name), their posts in brackets
# as session coverage adds them (刘新民代表（…党支部书记）：), a colon, then their words
TRANSCRIPT = re.compile(r"([^，。：:；“”！？、\s（(]{2,16}|[\u4e00-\u9fff]\s{1,3}[\u4e00-\u9fff])"   # or 冯  帆, padded
                        r"(?:[（(][^）)]{1,60}[）)])?[：:]")


def _labelled(text: str) -> bool:
    """``text`` opens with a label of a transcript: who speaks and a colon (张晓燕：, 记者：, 问：, 答：)."""
    return _colon_near_start(text) and (text.startswith(QUESTION + ANSWER) or bool(TRANSCRIPT.match(text)))


def _colon_near_start(text: str) -> bool:
    """A colon stands where a label's may (most paragraphs have none: nothing more is asked of them)."""
    return "：" in text[:LABEL_REACH] or ":" in text[:LABEL_REACH]


LABEL_REACH = 84   # the longest label: 16 characters of a name and title, 60 of posts in brackets, 2 brackets, a colon
LINES = ("a transcript line: the person named before the colon",)
ANSWERS = ("an interview's answer: the person named before its first question",)


def _transcript_line(par: Paragraph, known: frozenset[str]) -> Event | None:
    """The words of the person named before the colon that opens ``par`` (张晓燕：…, 村党支部书记刘新民：…, 刘新民
    代表（…）：…), an interview or a round table printed as a transcript; a label that names no person (记者：,
    主持人：, 发展思路：) makes none."""
    line = TRANSCRIPT.match(par.text) if _colon_near_start(par.text) else None
    if line is None or line.end() == len(par.text):
        return None
    label = "".join(line.group(1).split())   # 冯  帆 → 冯帆
    speaker = parse_speaker(label)
    if speaker is None and label in known:
        speaker = Speaker(label, "person", phrase=label)
    if speaker is None or speaker.kind != "person":
        return None
    return Event(speaker, None, 0, ((line.end() - 1, len(par.text), "direct"),), LINES)   # from the colon, as 答：


def _continued(par: Paragraph, speaker: Speaker) -> Event:
    """A paragraph with no label between two lines of a transcript, after ``speaker``'s: more of their answer."""
    return Event(speaker, None, 0, ((-1, len(par.text), "direct"),),   # -1: no mark to leave out before the words
                 ("a transcript: the answer of the line before goes on",))


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


def _blank(text: str, names) -> str:
    for name in names:
        if len(name) >= 2:
            text = text.replace(name, "　" * len(name))
    return text


def _spoken(par: Paragraph, start: int, end: int, kind: str) -> str:
    text = par.text
    if kind == "indirect":
        return text[start:end]
    if start < 0:     # words with no opening mark (a transcript's answer going on)
        return text[:end]
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
    of words jieba reads as a name or as single characters (见到了|娜塔莉/娅·斯柳萨列娃)."""
    found = set()
    for before, after in dotted:
        if not after.startswith(name):
            continue
        first = ""
        for word, tag in reversed(tokens.pos_pairs(before)):
            if not (tag.startswith("nr") or (len(word) == 1 and tag not in ("uj", "ul", "p", "c", "v"))):
                break
            first = word + first
        if len(first) >= 2:
            found.add(f"{first}·{name}")
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
                if re.search(f"(^|[{NAME_JOINERS}]){name}($|[{NAME_JOINERS}])", n) and n != name}
        fits = fits or {n: Speaker(n, "person") for n in _foreign_names_ending(name, dotted)}
    if len(fits) > 1:
        raise AmbiguousShortForm(f"{name} may be any of {'、'.join(sorted(fits))}: kept as written")
    return renamed(speaker, next(iter(fits.values()))) if fits else speaker


def _with_full_name(event: Event, persons, dotted, report) -> Event:
    """The event under the speaker's full name; an ambiguous short form is kept and reported."""
    try:
        return replace(event, speaker=_full_name(event.speaker, persons, dotted))
    except AmbiguousShortForm as why:
        report(f"short form of a name: {why}")
        return event


def _described(event: Event, reading: Reading) -> Event:
    """A person named bare at the verb (何立峰指出) with the title and organisation given where the paragraph
    first names them, read from the start of that clause (中共中央政治局委员、国务院副总理何立峰在会上讲话。)."""
    speaker, par = event.speaker, reading.par
    at = par.text.find(speaker.name)
    if speaker.kind != "person" or speaker.described or not 0 <= at < event.anchor or \
            speaker.name in central_leaders():   # placed as national whatever their description
        return event
    full = parse_speaker(par.text[par.clause_start(at):at + len(speaker.name)])
    usable = full is not None and full.kind == "person" and full.name == speaker.name and full.described
    return replace(event, speaker=renamed(speaker, full)) if usable else event


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


def _names_cut_otherwise(rows: list[dict], text: str) -> list[dict]:
    """Two speakers of an article whose names differ by a last character (何友 and 何友功, 李宁 and 李宁很) are one
    person, where jieba cut the name short or ran it on: the longer where every 何友 of the article's ``text`` is
    part of a 何友功 (阿斯卡里|特 too) and the last character is no reporting verb; else the shorter where jieba
    does not read the longer as one name (李宁|很, written 李宁 elsewhere; 魏榛|说). A row that then repeats its
    paragraph's speaker is dropped (the words were the other row's)."""
    names = {row["speaker"] for row in rows if row["speaker_type"] == "person" and "·" not in row["speaker"]}
    rename = {}
    for short in names:
        for long in (n for n in names if len(n) == len(short) + 1 and n.startswith(short)):
            if text.count(short) == text.count(long) and long[-1] not in speech_verbs():
                rename[short] = long
            elif tokens.pos_pairs(long)[:1] != [(long, "nr")] and not transliterated_name(long):
                rename[long] = short
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


def _problem_row(p, par: Paragraph, start: int, end: int, reason: str) -> dict:
    return {"file": p.file, "line": p.line, "article": p.article,
            "start": p.file_offset(par.file_position(start)),
            "end": p.file_offset(par.file_position(max(start, end - 1))) + 1,
            "text": par.text[start:end][:60], "reason": reason}


def _report(problems: list, p, par: Paragraph, event: Event, reason: str) -> None:
    """Add to ``problems`` a short form of ``event``'s speaker that could not be resolved, with ``reason``."""
    problems.append(_problem_row(p, par, event.anchor, event.anchor + len(event.speaker.name), reason))


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

    def persons() -> dict[str, Speaker]:
        named = {m.name: m.speaker for r in readings for m in r.mentions}
        return {**named, **heard}

    # the last paragraph that opens with a label of a transcript (张晓燕：, 记者：, 答：): answers go on until it
    labels = [p.kind == "body" and _labelled(p.text) for p in paragraphs]
    last_label = max((i for i, label in enumerate(labels) if label), default=-1)
    answering: Speaker | None = None     # whose answer of a transcript the paragraph before was
    for index, p in enumerate(paragraphs):
        par = read_paragraph(p.text)
        dotted_here = dotted_runs(par.narrative)
        body = p.kind == "body"
        events: list[Event] = []
        if body:
            here = tuple(dotted + dotted_here)
            reading = Reading(par, frozenset(heard) | signed, here, tuple(introductions[-INTRODUCED_WITHIN:]), signed)
            events, found = paragraph_events(reading, before)
            if interviewee is None and par.text.startswith(QUESTION):
                interviewee = _interviewee(readings)
            if interviewee is not None and not events and par.text.startswith(ANSWER):
                events = [_answer(par, interviewee)]
            if not events:
                events = [e for e in [_transcript_line(par, reading.known)] if e is not None]
            if events or labels[index]:    # a label, a person's or the reporter's (记者：, 问：), ends an answer
                answering = events[0].speaker if events and events[0].notes[:1] in (ANSWERS, LINES) else None
            elif answering is not None and index < last_label:
                events = [_continued(par, answering)]
            readings.append(reading)
            events = [_with_full_name(e, persons, here, partial(_report, problems, p, par, e)) for e in events]
            events = [_described_before(_described(e, reading), readings[:-1], heard) for e in events]
            problems += [_problem_row(p, par, *problem) for problem in found]
            heard.update({e.speaker.name: e.speaker for e in events if e.speaker.kind == "person"})
            narrative = _blank(par.narrative, heard)
            if events:
                scene = Scene(par, narrative, tuple(reversed(part)), tuple(read))
                rows += [event_row(p, par, event, scene) for event in events]
            speaking = [e.speaker for e in events if e.speaker.kind == "person"]
            before = Before(speaking[-1] if speaking else None, reading)
            part.append(narrative)
            introductions.append(narrative)
        else:
            before = Before(before.speaker, None)
            answering = None
            signed |= _persons_of_line(par)
            if p.kind in PART_BREAKS:      # a sub-report's headline often names its place
                part, introductions = [par.narrative], []
            introductions.append(par.narrative)
        dotted += dotted_here
        read.append(par.narrative)
        terms += [{"file": p.file, "line": p.line, "article": p.article, "paragraph_kind": p.kind, **row,
                   "start": p.file_offset(par.file_position(row["start"])),
                   "end": p.file_offset(par.file_position(row["end"] - 1)) + 1}
                  for row in non_speech(par, events, body)]
    rows = _names_cut_otherwise(rows, "\n".join(p.text for p in paragraphs))
    _same_person_described_once(rows)
    return rows, terms, problems
