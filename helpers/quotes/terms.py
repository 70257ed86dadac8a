"""Stage 6: quotation marks that are not speech — slogans, metaphors, names, honours, cited words.

``kind``: slogan or metaphor (``quoted_terms.csv``), honour (“人民楷模”称号), name (“…论坛”,
“图帕克·卡塔里”星), cited (someone else's words inside a quotation), sound (“铃铃铃……”), term (anything else).

>>> from .paragraph import read_paragraph
>>> p = read_paragraph("该县将大力弘扬“北大荒精神”。")
>>> term_kind(p.text, p.spans[0], None)
'term'
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .attribution import Event
from .marks import Span, speech_like
from .paragraph import Paragraph, sound
from .tables import cue_words, quoted_terms, verb_pattern


def term_kind(text: str, span: Span, outer: Span | None) -> str:
    """The kind of a quotation that is not speech (see the module's docstring)."""
    content = span.content(text)
    known = quoted_terms().get(content)
    if known in ("slogan", "metaphor"):
        return known
    if sound(content):
        return "sound"
    if outer is not None:
        clause = re.split(r"[，。；！？,;]", text[outer.start + 1:span.start])[-1]
        if speech_like(content) or verb_pattern().search(clause):
            return "cited"
    after = re.sub(r"^(?:[“‘][^”’]*[”’]|、)*", "", text[span.end:span.end + 24])   # “民情茶室”“松牌夜话”等…
    after = re.split(r"[，。；！？,;]", after)[0].lstrip("的")
    if after.startswith(cue_words("honour-word")):
        return "honour"
    if after.startswith(cue_words("slogan-word")):
        return "slogan"
    if content.endswith(cue_words("name-word")) or any(
            w in after[:12] and after.startswith(("等", w)) for w in cue_words("name-word")):
        return "name"
    return "term"


def non_speech(par: Paragraph, events: list[Event], body: bool) -> list[dict]:
    """One dict per quotation of ``par`` that is not speech: term, kind, nested, speaker (whose speech it
    sits in), start, end (positions in the cleaned text). Unattributed speech in a body paragraph is not
    a term: ``skipped()`` reports it."""
    text, rows = par.text, []
    if not par.spans:
        return rows
    speech_starts = {s for e in events for s, _, k in e.segments if k == "direct"}
    top = sorted(par.top, key=lambda s: s.start)   # top-level marks do not overlap: the one before contains
    top_starts = [s.start for s in top]
    owners = _owners([span.start for span in par.spans], events)
    for span in par.spans:
        if span.depth == 0 and (span.start in speech_starts or (span in par.speech and body)):
            continue
        before = bisect_left(top_starts, span.start) - 1
        outer = top[before] if before >= 0 and span.end <= top[before].end else None
        rows.append({"term": span.content(text), "kind": term_kind(text, span, outer), "nested": outer is not None,
                     "speaker": owners.get(span.start), "start": span.start, "end": span.end})
    return rows


def _owners(points: list[int], events: list[Event]) -> dict[int, str]:
    """For each position, the speaker of the last event whose speech covers it, in one sweep over the
    positions and the speech segments in text order (linear in a long paragraph, not their product)."""
    segments = sorted((s, e if e is not None else s, i, event.speaker.name)
                      for i, event in enumerate(events) for s, e, _ in event.segments)
    owners, active, k = {}, [], 0
    for x in sorted(set(points)):
        while k < len(segments) and segments[k][0] <= x:
            active.append(segments[k])
            k += 1
        active = [seg for seg in active if seg[1] > x]
        if active:
            owners[x] = max(active, key=lambda seg: seg[2])[3]
    return owners
