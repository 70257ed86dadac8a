"""Stage 2: a body paragraph as the later stages read it — its quotations, which of them are speech,
and where each clause and sentence begins (worked out once, in one pass, so that every look-back
costs nothing: the work per paragraph is linear in its length).

>>> p = read_paragraph("“开放是必由之路。”王建国说。他认为，要扩大开放。")
>>> [p.text[s.start:s.end] for s in p.speech]
['“开放是必由之路。”']
>>> p.text[p.clause_start(p.text.index("王建国")):p.text.index("说")]
'王建国'
"""
from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from . import tokens
from .marks import SENTENCE_MARKS, Span, clean, scan_quotes, speech_like
from .tables import cue_words, quoted_terms, verb_pattern

CLAUSE_END = frozenset("。！？!?，,；;：:…")   # an ellipsis (……) trails a clause off
SENTENCE_END = frozenset("。！？!?")


@dataclass(frozen=True)
class Paragraph:
    """One paragraph's cleaned text, quotations and clause boundaries.

    ``speech``: the top-level quotations that are speech (with sentence punctuation, or closing a clause of
    reported speech); ``origin``: where each character stood in the paragraph as written.
    """

    text: str
    origin: Sequence[int]
    spans: tuple[Span, ...]
    problems: tuple[tuple[int, int, str], ...]
    speech: tuple[Span, ...]
    inside: bytes          # 1 where a top-level quotation covers the character

    @property
    def top(self) -> tuple[Span, ...]:
        return tuple(s for s in self.spans if s.depth == 0)

    @cached_property
    def clauses(self) -> array:
        """``clauses[i]``: where the clause holding position ``i`` begins (worked out when first asked: a
        heading or a paragraph with no reporting verb never asks)."""
        return _starts(self.text, self.inside, {s.end for s in self.speech}, CLAUSE_END)

    @cached_property
    def sentences(self) -> array:
        """The same for sentences."""
        return _starts(self.text, self.inside, {s.end for s in self.speech}, SENTENCE_END)

    def clause_start(self, i: int) -> int:
        """Where the clause that position ``i`` ends begins (after ，；：。 or a speech quotation)."""
        return self.clauses[i]

    def sentence_start(self, i: int) -> int:
        """Where the sentence that position ``i`` ends begins (after 。！？ or a speech quotation)."""
        return self.sentences[i]

    def is_inside(self, i: int) -> bool:
        return bool(self.inside[i]) if i < len(self.inside) else False

    @cached_property
    def narrative(self) -> str:
        """The text with its speech quotations blanked out (offsets kept)."""
        if not self.speech:
            return self.text
        chars = list(self.text)
        for s in self.speech:
            chars[s.start:s.end] = "　" * (min(s.end, len(chars)) - s.start)
        return "".join(chars)

    def file_position(self, i: int) -> int:
        """Position in the paragraph as written of character ``i`` of :attr:`text`."""
        return self.origin[min(i, len(self.origin) - 1)]


@lru_cache(maxsize=None)
def _mark_pattern(marks: frozenset) -> re.Pattern:
    return re.compile("[" + re.escape("".join(sorted(marks))) + "]")


def _starts(text: str, inside: bytes, speech_ends: set[int], marks: frozenset) -> array:
    """``starts[j]``: the last boundary at or before ``j`` (0 if none), where ``j`` is a boundary if a speech
    quotation ends there or one of ``marks`` outside quotations stands just before it."""
    bounds = sorted(set(speech_ends) | {m.end() for m in _mark_pattern(marks).finditer(text) if not inside[m.start()]})
    starts, previous = array("l"), 0
    for bound in bounds:
        starts += array("l", [previous]) * (bound - previous)
        previous = bound
    return starts + array("l", [previous]) * (len(text) + 1 - previous)


def read_paragraph(raw: str) -> Paragraph:
    """Clean ``raw``, pair its quotation marks and find its clauses."""
    cleaned = clean(raw)
    text = cleaned.text
    spans, problems = scan_quotes(text)
    if not spans:   # most paragraphs: no quotation
        return Paragraph(text, cleaned.origin, (), problems, (), bytes(len(text)))
    top = [s for s in spans if s.depth == 0]
    covered = bytearray(len(text))
    for s in top:
        covered[s.start:s.end] = b"\x01" * (s.end - s.start)
    inside = bytes(covered)
    speech = [s for s in top if speech_like(s.content(text)) and not framed(text, s) and not sound(s.content(text))]
    others = [s for s in top if s not in speech]
    if others:
        sentences = _starts(text, inside, {s.end for s in speech}, SENTENCE_END)
        more = [s for s in others if _closes_reported_speech(text, s, inside, sentences)]
        speech = sorted(speech + more, key=lambda s: s.start)
    return Paragraph(text, cleaned.origin, spans, problems, tuple(speech), inside)


# A question or a statement ends its sentence: a quotation after it (“…是吧？”“秒懂”的胡新辉) opens the next one
QUESTION_OR_STATEMENT = ("？", "?", "。")


def sound(content: str) -> bool:
    """The quotation writes a sound, not words: characters of sounds alone (“铃铃铃……”, “叮咚！”, “咔嚓、咔嚓！”;
    not “叮咚，快递到了！”). Sound characters: ``quoted_terms.csv``."""
    chars = [ch for ch in content if ch not in SENTENCE_MARKS and ch not in "、～~ "]
    return len(chars) >= 2 and _sound_characters().issuperset(chars)


@lru_cache(maxsize=1)
def _sound_characters() -> frozenset[str]:
    return frozenset(cue_words("sound"))


def framed(text: str, span: Span) -> bool:
    """The words before or after a quotation frame it as a theme, title or citation (以“…”为主题,
    引用的“…”“…”等典故, 一句标语：“…”, a document's words: 《…意见》提出：“…”): not speech, whatever its
    punctuation; a question or a statement is not framed by what frames the quotation after it (“…是吧？”“秒懂”的).
    Cue words: ``quoted_terms.csv``."""
    after = text[span.end:span.end + 80]
    if not span.content(text).endswith(QUESTION_OR_STATEMENT) or not after.startswith("“"):
        after = re.sub(r"^(?:“[^”]*”|、)*", "", after)   # “…”“…”等典故: a list of quotations, framed together
    before = text[max(0, span.start - 9):span.start].rstrip("：:，, ")   # 有一句标语：“…”, 规划建议提出，“…”
    titled = BOOK_TITLE_FIRST.match(after)   # “…”《…摘编》中的这段话，让…很受警醒: the book's words
    return listed(text, span) or before.endswith(cue_words("frame-before")) or \
        after.startswith(cue_words("frame-after")) or \
        bool(titled) and after.startswith(cue_words("frame-after-title"), titled.end())


def listed(text: str, span: Span) -> bool:
    """The quotation is an item of a list in 、 (以实行郡县制、“废井田，开阡陌”、制定秦律等为基础): a 、 stands right
    before it, or right after it where its words close no sentence (not “加油！”、“太棒了！”): a phrase named, not
    words said."""
    if span.start > 0 and text[span.start - 1] == "、":
        return True
    return text[span.end:span.end + 1] == "、" and not span.content(text).rstrip("”’").endswith(tuple(SENTENCE_END))


# A book's or a document's title in 《》 right after a quotation
BOOK_TITLE_FIRST = re.compile(r"《[^《》“”]{1,60}》")


AFTER_ITS_VERB = 6   # the fewest characters of a quotation right after its verb read as words (not “引汶济运”)


def _after_its_verb(text: str, span: Span, inside: bytes, content: str) -> bool:
    """A quotation without sentence punctuation right after a reporting verb, ending its clause, its words of
    :data:`AFTER_ITS_VERB` characters or more holding a verb: the words said (村支书某某一上任，就提出“要让全村人
    仰着脸出门”。: a pledge; not 提出“新质生产力”。, 学习运用“千万工程”经验)."""
    if len(content) < AFTER_ITS_VERB or span.end < len(text) and text[span.end] not in CLAUSE_END:
        return False
    verb = next((m for m in verb_pattern().finditer(text, max(0, span.start - 8), span.start + 1)
                 if m.end() == span.start and not inside[m.start()]), None)
    return verb is not None and any(tag.startswith("v") for _, tag in tokens.pos_pairs(content))


def _closes_reported_speech(text: str, span: Span, inside: bytes, sentences: array) -> bool:
    """A quotation without sentence punctuation that is a clause of reported speech: it follows a comma
    or colon of a sentence with a reporting verb and ends the clause, and its words hold a verb
    (熊斌介绍，该县已建成…，“下一步将重点推进灌溉设施改造”。). A name or slogan in quotation marks stands
    inside a clause instead (学习运用“千万工程”经验)."""
    content = span.content(text)
    if not span.closed or len(content) < 4 or content in quoted_terms():
        return False
    if span.start > 0 and text[span.start - 1] not in "，,：:":
        return _after_its_verb(text, span, inside, content)
    if span.start == 0:
        return False
    if span.end < len(text) and text[span.end] not in CLAUSE_END:
        return False
    begin = sentences[span.start]
    if not any(not inside[begin + m.start()] for m in verb_pattern().finditer(text[begin:span.start])):
        return False
    return any(tag.startswith("v") for _, tag in tokens.pos_pairs(content))
