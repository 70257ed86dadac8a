"""Stage 1: quotation marks. A paragraph's text is cleaned (invisible characters out, every kind of
quotation mark made “ ” or ‘ ’ …) and its quotations are paired, outer and nested.

Straight marks (ASCII ``"`` and full-width ``＂``) do not say whether they open or close: they are read as
opening and closing in turn. Soft hyphens and zero-width characters (U+00AD, U+200B–U+200D, U+2060,
U+FEFF) are taken out, so that a name or place written with one inside is read whole; offsets still point
into the original text (:attr:`Cleaned.origin`).

>>> c = clean('他说："好。"')
>>> c.text
'他说：“好。”'
>>> spans, problems = scan_quotes("他说：“要打好‘三北’工程。”")
>>> [(s.depth, "他说：“要打好‘三北’工程。”"[s.start:s.end]) for s in spans]
[(0, '“要打好‘三北’工程。”'), (1, '‘三北’')]
>>> scan_quotes("一”二")[1]
((1, 2, 'closing quotation mark without an opening one'),)
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』"}
CLOSERS = {v: k for k, v in PAIRS.items()}
# Marks of other typefaces and keyboards, read as the usual ones.
SAME_AS = {"〝": "“", "〞": "”", "〟": "”", "﹁": "「", "﹂": "」", "﹃": "『", "﹄": "』"}
STRAIGHT = {'"': ("“", "”"), "＂": ("“", "”")}
INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
# Punctuation inside a quotation that makes it a sentence, i.e. words someone could have said.
SENTENCE_MARKS = frozenset("。！？!?，,；;：:…")
_MARKS = re.compile("[" + re.escape("".join(sorted(set(PAIRS) | set(CLOSERS)))) + "]")
_CHANGED = re.compile("[" + re.escape("".join(sorted(INVISIBLE | set(STRAIGHT) | set(SAME_AS)))) + "]")


@dataclass(frozen=True)
class Cleaned:
    """A paragraph's text as the stages read it, and where each of its characters stood in the original
    (``origin[i]``; one more entry, for the end)."""

    text: str
    origin: Sequence[int]   # a range where nothing was changed


def clean(raw: str) -> Cleaned:
    """``raw`` without invisible characters and with its quotation marks made the usual ones."""
    if _CHANGED.search(raw) is None:   # most paragraphs: nothing to clean
        return Cleaned(raw, range(len(raw) + 1))
    chars, origin, open_straight = [], [], set()
    for i, ch in enumerate(raw):
        if ch in INVISIBLE:
            continue
        if ch in STRAIGHT:
            opening, closing = STRAIGHT[ch]
            ch = closing if ch in open_straight else opening
            open_straight ^= {raw[i]}
        chars.append(SAME_AS.get(ch, ch))
        origin.append(i)
    origin.append(len(raw))
    return Cleaned("".join(chars), tuple(origin))


@dataclass(frozen=True)
class Span:
    """One quotation in a paragraph's text: ``start`` at the opening mark, ``end`` after the closing one."""

    start: int
    end: int
    depth: int
    closed: bool = True

    def content(self, text: str) -> str:
        return text[self.start + 1:self.end - (1 if self.closed else 0)]


def scan_quotes(text: str) -> tuple[tuple[Span, ...], tuple[tuple[int, int, str], ...]]:
    """Quotations of ``text`` (outer and nested, in order of their start) and the marks that do not pair
    up, as ``(start, end, reason)``. An opening mark never closed runs to the end of the text; a closing
    mark with no opening one is reported and ignored."""
    if _MARKS.search(text) is None:   # most paragraphs
        return (), ()
    spans, problems, stack = [], [], []
    for mark in _MARKS.finditer(text):   # the marks alone: the characters between them are not looked at
        i, ch = mark.start(), mark.group()
        if ch in PAIRS:
            stack.append((ch, i))
        elif ch in CLOSERS:
            opener = CLOSERS[ch]
            if any(o == opener for o, _ in stack):
                while stack[-1][0] != opener:  # an inner mark left open: close it here
                    _, at = stack.pop()
                    spans.append(Span(at, i, len(stack), closed=False))
                    problems.append((at, i, "quotation mark opened but never closed inside another quotation"))
                _, at = stack.pop()
                spans.append(Span(at, i + 1, len(stack)))
            else:
                problems.append((i, i + 1, "closing quotation mark without an opening one"))
    while stack:
        _, at = stack.pop()
        spans.append(Span(at, len(text), len(stack), closed=False))
        problems.append((at, len(text), "quotation mark opened but never closed: read to the end of the paragraph"))
    return tuple(sorted(spans, key=lambda s: s.start)), tuple(problems)


def speech_like(content: str) -> bool:
    """The words hold sentence punctuation: someone could have said them."""
    return any(ch in SENTENCE_MARKS for ch in content)
