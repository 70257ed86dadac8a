"""The anatomy of a news page: split a decoded text into typed paragraphs and articles.

A page of Chinese news, turned into text, is a list of lines. This module decides what each line
is — ``title``, ``kicker``, ``subtitle``, ``byline``, ``heading``, ``body``, ``caption``,
``dateline``, ``marker``, ``fragment``, and in programme transcripts, pasted web pages and markdown files
``programme``, ``summary``, ``link``, ``rule``, ``stamp``, ``meta`` — groups the lines into articles and
repairs what the conversion broke. ``parse_text`` is a pipeline of small stages:

* ``_lines``: every line (at any kind of line end), split again at ``</p>``, ``<br>`` and the
  typeset indent; HTML tags, ``#`` marks and markdown syntax removed and noted;
* ``_kind_of_line``: what a line is by its own form — lines whose whole form says it
  (``data/line_forms.csv``: ``---``, ``[查看原文](…)``, （下转第三版）, …摄, the 《人民日报》 print
  line), markdown marks, bylines, datelines, short bare lines (headings);
* ``_front_matter`` (the ``---`` block of ``key: value`` lines opening a markdown file: ``meta``),
  ``_captions`` (the description before a photo credit, the block of descriptions over a shared credit, the
  second line of a 数据来源： credit), ``_heading_parts`` (a label over a heading, a question or exclamation over a
  byline, a box's headline under its label), ``_lead_ins`` (a line ending in —— between paragraphs of the text),
  ``_signatures`` (a —— line after the text, an author's name alone), ``_spaced_headings`` (a series of
  section headings of two characters set apart, 起  步, 应  变, not names), ``_quoted_second_lines`` (a quotation
  under a heading where the file's headings carry one), ``_kickers`` (the file's head:
  the headline is the line with its column's name, a line above it the 引题, one under it the deck; elsewhere,
  of two headline lines over a byline the first is the 引题), ``_programme_parts``
  (``## 详细新闻``: one article per ``###`` story, ``data/programme_parts.csv``);
* ``_split_leading_dateline``, ``_rejoin_broken`` (a paragraph broken mid-sentence is rejoined
  with the next, under the first one's line number);
* ``_assign_articles`` (a closing dateline or page-jump marker ends an article; short lines after
  it are its headline printed after the text, or layout fragments), ``_assign_sections``,
  ``_flag_suspects`` (misprints, unbalanced quotation marks), ``_dates``.

Nothing is dropped: every character of the file, apart from whitespace, the ``#`` marks and markup
removed on purpose, ends up in exactly one paragraph's ``text``.

>>> paragraphs, articles = parse_text("标题\\n\\n——副题\\n\\n本报记者 张三\\n\\n正文第一段。\\n", "a.txt")
>>> [p.kind for p in paragraphs]
['title', 'subtitle', 'byline', 'body']
"""
from __future__ import annotations

import bisect
import csv
import datetime
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

KINDS = ("title", "subtitle", "kicker", "byline", "heading", "body", "caption", "dateline", "marker",
         "fragment", "programme", "summary", "link", "rule", "stamp", "meta")
# Lines that never start an article: they belong to the article they stand in.
FURNITURE = ("marker", "link", "rule", "stamp", "meta")
# Lines before a file's first article that belong to it: a programme's title and running order, before its
# first story; a markdown file's front matter, before its headline.
FILE_HEAD = ("programme", "summary", "meta")
# A field of a front matter (YAML, as written by Jekyll, Hugo, Obsidian or a crawler): ``title: "…"``.
FRONT_MATTER_FIELD = re.compile(r"([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?")

#: A label over a section (看学生状态——, 现场素描：) is at most this long; a longer line ending in —— is a clause.
MAX_LABEL_CHARS = 8
#: A bare line this short, without closing punctuation, reads as a heading or a headline.
MAX_HEADING_CHARS = 40
#: A line all in quotation marks with no sentence ended in it, up to this long, is a pull-quote heading a section
#: (“防沙治沙的目的，就是让…，而非消灭…”); a shorter one is a bare line anyway.
MAX_PULL_QUOTE_CHARS = 60
PULL_QUOTE = re.compile(r"“[^“”。！？!?；;…]{1,%d}”" % (MAX_PULL_QUOTE_CHARS - 2))
# A heading putting a problem and answering it in a word or two (采购流程太慢？改！, 办事跑腿多？数据来跑路！):
# one clause each, no quotation marks.
RETORT = re.compile(r"[^，,、；;。“”！？!?]{2,20}[？?][^，,、；;。“”！？!?]{1,6}[！!]")
#: A headline over its byline may ask, then answer in a phrase (有点“矫情”？孕产妇心理状况莫轻视, 为什么这样做？记者走访
#:了几个村): a question of a few words, then a bare phrase, no sentence ended.
ASKED_THEN_TOLD = re.compile(r"[^，,；;。！？!?]{2,20}[？?][^，,；;。！？!?“”]{2,24}")
#: A question over a section's heading is its question (如何应对旱情？, 小区改造后，物业怎么管？) when it has at most
#: this many clauses; with more (一条河，返工3次，治理5年，难在哪？) it is the last sentence of the section above.
MAX_QUESTION_CLAUSES = 2
#: ... and such questions are headings where a file has at least this many: a series of sections opened alike.
MIN_SECTION_QUESTIONS = 2
#: A lead-in ending in —— between paragraphs of the text is body; where a file has at least this many, alike, they
#: open its sections (新建一批托育机构，入托更方便—— / … / 推进社区食堂建设，吃饭更实惠—— / …): headings.
MIN_SECTION_LEAD_INS = 2
#: Where a file has at least this many bare headings between paragraphs of its text, a bare line up to
#: :data:`MAX_DECK_CHARS` long between two paragraphs is one of them too
#: (收费标准不透明 / … / 建议有关部门公布…等措施规范行业秩序); in plain text only, markdown marks its headings.
MIN_SECTIONS = 2
#: Two characters set apart (应  变) are a name (张  三, a line form) unless a file has at least this many such lines
#: between paragraphs of its text, one of them no name (its first character no surname: 起  步): its section headings.
MIN_SPACED_HEADINGS = 2
SPACED_PAIR = re.compile(r"[\u4e00-\u9fff]\s{2,}[\u4e00-\u9fff]")
#: A section's heading may have a deck under it, a line of clauses not ending in punctuation, at most this long
#: (崇尚创新的民族 / 一系列发明创造，彰显了创造精神，为人类文明进步作出了贡献;
#: 家和万事兴 / 夫妻同心，店才长久。他们…之中).
MAX_DECK_CHARS = 60
CLAUSE_BREAK = re.compile(r"[，,；;]")

# Punctuation that ends a sentence or a clause: a line ending in one of these is not a heading.
CLOSING_PUNCTUATION = "。！？!?；;，,、：:…"
# Punctuation after which a paragraph cannot have ended: the sentence goes on in the next line.
# Not ；: a paragraph ending in ； is one item of a list printed as paragraphs (在陕西，…；/在内蒙古，…；).
CONTINUING_PUNCTUATION = "，,、"
CLOSING_QUOTES = "”’」』）)》"
# A line ending in one of these stops mid-sentence: no headline.
UNFINISHED_ENDS = tuple(CONTINUING_PUNCTUATION + "；;：:")
DASHES = ("——", "--", "—")

AGENCY = r"(?:新华社|中新社|本报|人民日报|光明日报|经济日报|央视网|央广网)"
# 新华社北京4月24日电; 本报约翰内斯堡、开罗、北京6月12日电 (several bureaus)
DATELINE = re.compile(AGENCY + r"[^\s，。（）()]{0,30}?\d{1,2}月\d{1,2}日(?:电|讯)")
# A dateline opening a lead paragraph, optionally with the reporters in brackets.
DATELINE_AT_START = re.compile(r"^" + DATELINE.pattern + r"(?:\s*[（(][^）)]{0,30}[）)])?\s*")
# ... a closing one, whole in its brackets, may list a dozen bureaus (（本报北京、马德里、…、墨西哥城1月1日电  记者…）)
DATELINE_OF_BUREAUS = re.compile(AGENCY + r"[^\s，。（）()]{0,120}?\d{1,2}月\d{1,2}日(?:电|讯)")
# A closing dateline, of the paper's own or after 据 (from) of a story taken from an agency: （据新华社南京7月2日电）,
# and the reporters of each bureau after it.
DATELINE_IN_BRACKETS = re.compile(r"^[（(]\s*据?" + DATELINE_OF_BUREAUS.pattern + r"[^）)]{0,240}[）)]$")
# A closing dateline that gives no date (（本报开罗电）, （新华社北京电  记者…）, （据新华社电）): the bureau alone.
UNDATED_DATELINE = re.compile(
    r"^[（(]\s*据?(" + AGENCY + r"(?:(?!记者)[^\s，。（）()\d]){0,20}?电)(?:\s[^）)]{0,60})?[）)]$")
# A reporter or correspondent of any newsroom (本报驻埃及记者  某某, 人民网记者  某某, 通讯员  某某) opens a byline;
# not where a word a name does not start with follows (after_reporter.txt): a column named after the reporter
# (记者手记, 记者感言), or the reporter doing something, a kicker (本报记者走进…, 记者跟随…). See :func:`byline_form`.
BYLINE_PATTERN = (
    r"^[（(]?\s*(?:本报(?:驻[\u4e00-\u9fff]{{1,10}})?|新华社|中新社|人民日报|人民网|光明日报|经济日报|环球时报|中国日报"
    r"|央视|总台|央广)?(?:特约)?(?:记者|通讯员)(?!{not_after})[^。！？!?]{{0,30}}?[）)]?$"
)
# ... but a line of clauses, or one leading on with ——, has the reporter as its subject (记者跟着小哥送外卖，体验…——,
# a kicker): a byline names people, with no comma outside brackets.
NOT_A_BYLINE = re.compile(r"^[^（(]*[，,]|——$")
# The credit that ends a photo caption: 李  蕊摄, 杨恒战摄（人民视觉）, 受访者供图, 以上图片均为…提供, 资料图片,
# 新华社发, …视频截图; a graphic's: 王  五制图.
# A photo agency's name alone stands where the credit stands: 影像中国, （人民视觉）; a museum's collection credit
# under an artwork's photo: 故宫博物院藏.
PHOTO_CREDIT = re.compile(r"(?:摄|摄影报道|供图|提供|制图|资料图片?|资料照片|新华社发|视频截图|(?:院|馆)藏)"
                          r"(?:\s*[（(][^（）()]{1,12}[）)])?[）)]?$|^[（(]?(?:影像中国|人民视觉|视觉中国)[）)]?$")
# An illustrator's credit (王  五绘（人民视觉）): the sentence above it is the cartoon's title (漫天要价。); a bare line
# above it is the headline the drawing illustrates.
DRAWING_CREDIT = re.compile(r"(?<![描彩手测])绘(?:\s*[（(][^（）()]{1,12}[）)])?$")
# A credit shared by the photos above it: 以上图片均为王金摄, 以上照片均由…提供.
SHARED_CREDIT = re.compile(r"[（(]?(?:以上|上述|本版)(?:图片|照片)")
#: The photos' descriptions over a shared credit are looked for this many lines up at most.
MAX_SHARED_PHOTOS = 8
# A credit naming its source after a colon (数据来源：…, 版式设计：…): a short line right under it goes on
# with the credit (数据来源：国家统计局、 / 海关总署).
LABEL_CREDIT = re.compile(r"^[^：:]{2,8}[：:]")
#: The second line of a credit is at most this long.
MAX_CREDIT_LINE_CHARS = 20
# A lead-in to the next paragraph: clauses (，；) ending in ——. It is body text, not a heading
# (培养人才，资源共享；聚力引智，三地共建“生态圈”——); above a headline it may still be a kicker.
LEAD_IN = re.compile(r"[，,；;].*——$")
# A label over a heading: a few words and a colon (全面看运行：), not a source (央视网消息（新闻联播）：).
HEADING_LABEL = re.compile(r"[\u4e00-\u9fff]{2,8}[：:]")
# ... but not the persons or bodies a letter or a speech turns to (编辑同志：, 亲爱的同学们：, 中国体育代表团：), nor a
# clause leading into a list (六项措施还包括：, 工作中要做到：)
NOT_A_LABEL = re.compile(r"(?:同志|们|朋友|先生|女士|老师|同学|家长|乡亲|各位|大家|团|队|部|委|会|院|局|厅|办|组|社|校"
                         r"|包括|如下|做到|要求|在于|是|有|为|要|如|即|指出|表示|强调|认为|提出|说|道|称)[：:]$")
# A headline ends in its column's name in brackets: （人民时评）, （干部状态新观察·走进一线探作风）.
COLUMN_NAME = re.compile(r"[（(][^（）()。，,；;：:！？!?“”]{2,20}[）)]$")
QUOTED = re.compile(r"“[^“”]*”")
# A newspaper's print line, the archive's byline: 《人民日报》（2025年06月10日第 01 版）.
PRINT_LINE = re.compile(r"《[^《》]{1,20}》\s*[（(]\s*\d{4}\s*年[^（）()]{1,20}版\s*[）)]$")
#: A headline over a print line is at most this long.
MAX_PRINTED_HEADLINE_CHARS = 60
# An author's name of three characters alone on a line (张天任).
NAME_LINE = re.compile(r"[\u4e00-\u9fff]{3}")
#: A photo caption's description is one paragraph at most this long.
MAX_CAPTION_CHARS = 120
# A markdown heading mark needs a space after it: #两会# is a hashtag, not a heading.
MARKUP = re.compile(r"^(?:(#{1,6})(?=\s|$)|>)\s*")
LEADING_SPACE = re.compile(r"[\s\ufeff]*")  # with the BOMs of files joined by cat
# Every way a line can end: \n, \r\n, a lone \r (old Mac), NEL, U+2028/2029 and the other
# separators of str.splitlines.
LINE_END = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Where pasted web text or Chinese typesetting starts a new paragraph inside one line.
BLOCK_BREAK = re.compile(r"<\s*(?:br|/p|/div|/li|/h[1-6]|/blockquote)\s*/?\s*>|\u3000{2,}", re.I)
# Markup inside a paragraph: HTML tags and entities, markdown emphasis, links and images.
# Only tags with the name of an HTML element are markup (html_elements.txt).
INLINE_MARKUP_PATTERN = (r"</?(?:{elements})(?=[\s/>])[^<>]{{0,300}}>|<!--.{{0,2000}}?-->|<!DOCTYPE[^<>]{{0,100}}>"
                         r"|&(?:[a-zA-Z]{{2,8}}|#\d{{1,7}});|\*\*|!\[[^\]]*\]\([^)]*\)|\]\([^)\s]*\)|\[(?=[^\[\]]*\]\()")
# The same short item twice in one enumeration with 、: usually a slip for another word.
REPEATED_ITEM = re.compile(r"(?P<item>[\u4e00-\u9fff]{2,4})、(?:[\u4e00-\u9fff]{1,6}、){0,4}?(?P=item)")
# A date with its year: 2025年05月22日, 2024-04-24, 20240424.
FULL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-./](\d{1,2})[-./](\d{1,2})"
                       r"|(\d\d)(\d\d))(?!\d)")
MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日")
DATA = Path(__file__).resolve().parent / "data"


def read_lines(name: str) -> list[str]:
    """The entries of a plain-text data file in ``helpers/data``, without its ``#`` comment lines."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def read_rows(name: str) -> list[dict[str, str]]:
    """The rows of a CSV data file in ``helpers/data``, without its ``#`` comment lines."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return list(csv.DictReader(line for line in lines if not line.startswith("#")))


@lru_cache(maxsize=1)
def line_form_patterns() -> tuple[tuple[str, str], ...]:
    """``(kind, pattern)`` of the lines whose form alone says what they are (``line_forms.csv``), each pattern as a
    string; ``{surname}`` in a pattern stands for any one-character surname, ``{compound}`` for any two-character one
    (``surnames.txt``)."""
    surname = "[" + "".join(sorted(name for name in surnames() if len(name) == 1)) + "]"
    compound = "(?:" + "|".join(sorted(name for name in surnames() if len(name) == 2)) + ")"
    return tuple((row["kind"], row["pattern"].replace("{surname}", surname).replace("{compound}", compound))
                 for row in read_rows("line_forms.csv"))


def line_forms() -> list[tuple[str, re.Pattern]]:
    """:func:`line_form_patterns` compiled one by one (the loader itself compiles them only as one,
    :func:`_any_line_form`)."""
    return [(kind, re.compile(pattern)) for kind, pattern in line_form_patterns()]


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Chinese surnames, one or two characters (``surnames.txt``)."""
    return frozenset(read_lines("surnames.txt"))


@lru_cache(maxsize=1)
def byline_form() -> re.Pattern:
    """A reporter's byline (:data:`BYLINE_PATTERN`), with the words after 记者 that make a line no byline
    (``after_reporter.txt``)."""
    words = sorted(read_lines("after_reporter.txt"), key=len, reverse=True)
    return re.compile(BYLINE_PATTERN.format(not_after="|".join(map(re.escape, words))))


@lru_cache(maxsize=1)
def box_labels() -> frozenset[str]:
    """The labels of a box set in a page, 链接, 延伸阅读 … (``box_labels.txt``)."""
    return frozenset(read_lines("box_labels.txt"))


@lru_cache(maxsize=1)
def programme_parts() -> dict[str, str]:
    """Part heading -> ``summary`` or ``stories`` (``programme_parts.csv``)."""
    return {row["heading"]: row["part"] for row in read_rows("programme_parts.csv")}


@lru_cache(maxsize=1)
def inline_markup() -> re.Pattern:
    """HTML tags, comments and entities, markdown emphasis, links and images inside a paragraph."""
    names = (name for line in read_lines("html_elements.txt") for name in line.split())
    elements = sorted(names, key=len, reverse=True)
    return re.compile(INLINE_MARKUP_PATTERN.format(elements="|".join(map(re.escape, elements))), re.I)


@lru_cache(maxsize=1)
def _any_line_form() -> tuple[re.Pattern, dict[str, str]]:
    """The patterns of :func:`line_form_patterns` as one, each in a named group of its own, and the kind of each
    group: one pass over a line, and the first pattern (in the table's order) that matches the whole line is the one
    matched; compiled once, the patterns never one by one. (A pattern of line_forms.csv may hold groups, but no
    named group, no back-reference by number and no inline flag such as ``(?i)``.)"""
    forms = line_form_patterns()
    kinds = {f"form{k}": kind for k, (kind, _) in enumerate(forms)}
    return re.compile("|".join(f"(?P<form{k}>{pattern})" for k, (_, pattern) in enumerate(forms))), kinds


def _form_of(text: str) -> str | None:
    pattern, kinds = _any_line_form()
    match = pattern.fullmatch(text)
    return kinds[match.lastgroup] if match else None


@dataclass
class Paragraph:
    """One paragraph after repair; ``pieces`` maps its text back to the file."""

    file: str
    line: int
    kind: str
    text: str
    start: int
    end: int
    markup: int = 0
    article: int = 0
    section: str | None = None
    note: str = ""
    paragraph: int = 0  # running number across the corpus, set by the loader
    original: str = ""  # the text in the file's own characters (differs for traditional text)
    # (position in text, offset in file) for each stretch of the text: more than one when the
    # paragraph was rejoined across a break, so that tokens still map to file offsets.
    pieces: list[tuple[int, int]] = field(default_factory=list)

    def part(self, i: int, j: int, kind: str) -> "Paragraph":
        """Characters ``i:j`` of this paragraph as a paragraph of its own."""
        pieces = _drop_front([(t, f) for t, f in self.pieces if t < j], i)
        start = self.file_offset(i)
        return Paragraph(self.file, self.line, kind, self.text[i:j], start, self.file_offset(j - 1) + 1,
                         markup=self.markup, note=self.note, pieces=pieces)

    def file_offset(self, position: int) -> int:
        """Offset in the decoded file of character ``position`` of ``text``."""
        # pieces are in text order: a binary search, since a paragraph can have thousands of them
        i = bisect.bisect_right(self.pieces, (position, math.inf))
        text_pos, file_pos = self.pieces[i - 1] if i else (0, self.start)
        return file_pos + position - text_pos


def _lines(text: str, file: str) -> list[Paragraph]:
    """Every non-blank line as a candidate paragraph, with its markup level and offsets.

    A line holding several paragraphs — text pasted from a web page (``</p>``, ``<br>``) or with
    the full-width double-space indents (　　) of Chinese typesetting — is split into them.
    """
    paragraphs, line_start = [], 0
    for number, end in enumerate([*(m.start() for m in LINE_END.finditer(text)), len(text)], start=1):
        content = text[line_start:end]
        at = 0
        # a break begins with < or is two 　: most lines have neither, and are not scanned for one
        breaks = BLOCK_BREAK.finditer(content) if "<" in content or "\u3000\u3000" in content else ()
        for block in [*breaks, None]:
            stop = block.start() if block else len(content)
            paragraph = _paragraph(content[at:stop], line_start + at, file, number)
            if paragraph:
                paragraphs.append(paragraph)
            at = block.end() if block else len(content)
        line_start = end + (2 if text.startswith("\r\n", end) else 1)
    return paragraphs


def _paragraph(chunk: str, chunk_start: int, file: str, number: int) -> Paragraph | None:
    """One paragraph from a stretch of a line: markup marks, HTML tags and whitespace removed."""
    if chunk.isspace() or not chunk:   # the stretch before an indent (　　): no line form matches nothing
        return None
    lead = LEADING_SPACE.match(chunk).end()
    markup = MARKUP.match(chunk[lead:])
    level = len(markup.group(1)) if markup and markup.group(1) else 0
    skip = lead + (markup.end() if markup else 0)
    form = _form_of(chunk[skip:].rstrip())
    if form:  # furniture is kept as printed, link targets included
        text = chunk[skip:].rstrip()
        return Paragraph(file, number, form, text, chunk_start + skip, chunk_start + skip + len(text),
                         markup=level, pieces=[(0, chunk_start + skip)])
    parts, pieces, at, length, stripped_markup = [], [], skip, 0, False
    for m in [*inline_markup().finditer(chunk, skip), None]:
        end = m.start() if m else len(chunk)
        if end > at:
            pieces.append((length, chunk_start + at))
            parts.append(chunk[at:end])
            length += end - at
        if m:
            at, stripped_markup = m.end(), True
    text = "".join(parts)
    left = len(text) - len(text.lstrip())
    text = text.strip()
    if not text:
        return None
    pieces = [piece for piece in (_drop_front(pieces, left) if left else pieces) if piece[0] < len(text)]
    start = pieces[0][1]
    last_pos, last_file = pieces[-1]
    end = last_file + len(text) - last_pos
    note = "HTML or markdown markup removed" if stripped_markup else ""
    return Paragraph(file, number, "", text, start, end, markup=level, note=note, pieces=pieces)


def _drop_front(pieces: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """The pieces of a text whose first ``n`` characters are cut off."""
    kept = []
    for i, (t, f) in enumerate(pieces):
        following = pieces[i + 1][0] if i + 1 < len(pieces) else None
        if following is not None and following <= n:
            continue
        kept.append((max(t, n) - n, f + max(0, n - t)))
    return kept


def _quotes_open(text: str) -> bool:
    return text.count("“") > text.count("”")


def _is_short_bare(text: str, limit: int = MAX_HEADING_CHARS) -> bool:
    """A line of at most ``limit`` characters with no sentence in it: no closing punctuation, quotation marks
    balanced."""
    core = text.rstrip(CLOSING_QUOTES) or text
    return (0 < len(text) <= limit and core[-1] not in CLOSING_PUNCTUATION
            and not any(mark in text for mark in "。！？!?") and not _quotes_open(text))


def _is_dash(text: str) -> bool:
    return text.startswith(DASHES)


def _kind_of_line(p: Paragraph) -> str:
    """What a line is by its own form, before its neighbours are considered."""
    text = p.text
    if p.kind:  # set by its form (line_forms.csv)
        return p.kind
    if p.markup == 1:
        return "title"
    if p.markup >= 2:
        return "subtitle" if _is_dash(text) else "heading"
    if DATELINE_IN_BRACKETS.match(text) or DATELINE.fullmatch(text) or UNDATED_DATELINE.match(text):
        return "dateline"
    if byline_form().match(text) and len(text) <= 40 and not NOT_A_BYLINE.search(text):
        return "byline"
    if _is_dash(text) and _is_short_bare(text.lstrip("—-")):
        return "subtitle"
    if _is_short_bare(text) and not LEAD_IN.search(text) or PULL_QUOTE.fullmatch(text) \
            or RETORT.fullmatch(text):
        return "heading"
    return "body"


def _is_headline_like(p: Paragraph) -> bool:
    """A plain line that could be a headline: short and bare, or a kicker pointing on with —— or trailing off
    with ……."""
    return not p.markup and not _is_dash(p.text) and (
        p.kind in ("heading", "title") or p.kind == "body" and p.text.endswith(("——", "……")) and "。" not in p.text)


def _kickers(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The kicker (引题) printed above a headline: of two headline lines over a byline, the first; in markdown, a
    ``##``/``###`` line right above a ``#`` headline. Furniture between them (the archive's series line, 系列：…)
    is passed over. The file's own head is read first (:func:`_file_head`)."""
    lines = [p for p in paragraphs if p.kind not in FURNITURE]
    _file_head(lines)
    for above, headline, below in zip(lines, lines[1:], [*lines[2:], None]):
        if below is not None and below.kind == "byline" and _is_headline_like(above) and _is_headline_like(headline):
            above.kind, headline.kind = "kicker", "title"
        elif above.markup >= 2 and headline.markup == 1 and above.kind == "heading":
            above.kind = "kicker"
    return paragraphs


def _file_head(lines: list[Paragraph]) -> None:
    """Up to three plain headline lines opening the file over its byline: the headline is the one ending in its
    column's name (河北蔬菜何以…（经济聚焦）), else the last that is not a —— deck; a line above it is the
    kicker, one under it the deck (subtitle: 升级设施、培育新品、智慧种植, ——…). Over a newspaper's print line
    (…《人民日报》（2025年06月10日第 01 版）) every line without a full stop is a headline line, whatever else stands
    in it (菜价涨了该怎么办？记者走访…（民生一线））."""
    end = next((k for k, p in enumerate(lines[:4]) if p.kind == "byline"), None)
    if not end:
        return
    printed = PRINT_LINE.search(lines[end].text)
    run = lines[:end]
    if any(p.markup or not (_is_headline_like(p) or p.kind == "subtitle" or printed and p.kind == "body"
                            and "。" not in p.text and len(p.text) <= MAX_PRINTED_HEADLINE_CHARS) for p in run):
        return
    plain = [p for p in run if not _is_dash(p.text)]
    if not plain or len(run) < 2 and not printed:
        return
    titled = [p for p in plain if COLUMN_NAME.search(p.text)]
    title = run.index((titled or plain)[-1])
    for k, p in enumerate(run):
        p.kind = "kicker" if k < title else "title" if k == title else "subtitle"


def _front_matter(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The metadata block opening a markdown file — a ``---`` line, ``key: value`` lines (YAML, read no further),
    a closing ``---`` — typed ``meta``, every line kept as written. A block never closed, or whose first line is
    not a field, is left as it is: a rule and text."""
    if not paragraphs or paragraphs[0].line != 1 or paragraphs[0].text != "---" \
            or len(paragraphs) < 2 or not FRONT_MATTER_FIELD.fullmatch(paragraphs[1].text):
        return paragraphs
    end = next((k for k, p in enumerate(paragraphs[1:], 1) if p.text == "---"), None)
    for p in paragraphs[:end + 1] if end else ():
        p.kind, p.markup = "meta", 0
    return paragraphs


def front_matter(paragraphs: list[Paragraph]) -> dict[str, str]:
    """The fields of a file's front matter (``meta`` lines), quotes around a value taken off."""
    fields = {}
    for p in paragraphs:
        if p.kind != "meta":
            break
        m = FRONT_MATTER_FIELD.fullmatch(p.text)
        if m and m.group(2):
            value = m.group(2).strip()
            fields[m.group(1).lower()] = value[1:-1] if value[:1] == value[-1:] and value[:1] in "'\"" else value
    return fields


def _captions(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A photo credit (…摄, …供图) is a caption line, and so is the short paragraph just before it (before an
    illustrator's, …绘, only a sentence: a cartoon's title); a credit shared by the photos above it (以上图片均为…摄)
    makes captions of all their descriptions (:func:`_caption_block`); a short line right under a credit with a colon
    (数据来源：…) is the rest of that credit, unless a byline or subtitle follows it (then it is the next article's
    headline)."""
    for k, credit in enumerate(paragraphs):
        if credit.kind != "caption" or not k:
            continue
        before = paragraphs[k - 1]
        if (PHOTO_CREDIT.search(credit.text) and before.kind in ("body", "heading")
                or DRAWING_CREDIT.search(credit.text) and before.kind == "body") \
                and len(before.text) <= MAX_CAPTION_CHARS:
            before.kind = "caption"
        if SHARED_CREDIT.match(credit.text):
            _caption_block(paragraphs[max(0, k - MAX_SHARED_PHOTOS):k])
    for credit, line, after in zip(paragraphs, paragraphs[1:], [*paragraphs[2:], None]):
        if credit.kind == "caption" and LABEL_CREDIT.match(credit.text) and line.kind == "heading" \
                and not line.markup and len(line.text) <= MAX_CREDIT_LINE_CHARS and line.text not in box_labels() \
                and not line.text.endswith(DASHES) \
                and (after is None or after.kind not in ("byline", "subtitle")):
            line.kind = "caption"
    return paragraphs


def _caption_block(above: list[Paragraph]) -> None:
    """The short paragraphs right above a shared photo credit are the photos' descriptions when only captions stand
    between them and a byline or another credit above (the photos under the head, after a graphic's credit); else
    those between the credit and the highest caption of the run above it (图为…, a photo's description by its
    form)."""
    block = []
    for p in reversed(above):
        if p.kind not in ("body", "caption") or len(p.text) > MAX_CAPTION_CHARS:
            break
        block.append(p)
    bound = above[-1 - len(block)] if len(block) < len(above) else None
    if bound is None or bound.kind not in ("byline", "caption", "dateline"):
        block = block[:max((k for k, p in enumerate(block) if p.kind == "caption"), default=0)]
    for p in block:
        p.kind = "caption"


def _signatures(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Who wrote or said what stands above: a plain —— line right after a body paragraph, the file's last line too
    (——摘自…规划建议,
    ——某村驻村第一书记张贝贝: a signature or a quotation's source, not a deck; over a byline it is the deck of a
    headline too long to look like one, ——访…), and an author's name of three
    characters alone between a longer heading and the text (好日子都是干出来的 / 张天任), are bylines. (A name of
    two is typeset with spaces, 徐  正, and is a line form.) Limit: a heading of three characters opening with a
    surname, right under a longer one and over the text, is read as a name."""
    names = surnames()
    for above, line, below in zip(paragraphs, paragraphs[1:], [*paragraphs[2:], None]):
        if line.kind == "subtitle" and not line.markup and above.kind == "body" and not _is_plain_byline(below):
            line.kind = "byline"
        elif below is not None and below.kind == "body" and line.kind == "heading" and not line.markup \
                and above.kind == "heading" and NAME_LINE.fullmatch(line.text) and len(above.text) > len(line.text) \
                and (line.text[0] in names or line.text[:2] in names):
            line.kind = "byline"
    return paragraphs


def _spaced_headings(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Section headings of two characters set apart, typeset as a two-character name is (张  三, a byline by its form):
    where a file has :data:`MIN_SPACED_HEADINGS` or more such lines between paragraphs of its text (under a paragraph,
    over a heading or a paragraph: 起  步 / 在体教融合土壤中萌发生长 / …, 应  变 / …) and one of them is no name (its
    first character no surname, a heading by its form), all are headings. A name under the reporters' line, one
    signing a text at its end, or names signing a series of letters, stay bylines. Limit: one alone opening with a
    surname (方  向 / 把课堂搬进田野 / …) is read as a name."""
    spaced = [line for above, line, below in zip(paragraphs, paragraphs[1:], paragraphs[2:])
              if line.kind in ("heading", "byline") and not line.markup and SPACED_PAIR.fullmatch(line.text)
              and above.kind == "body" and below.kind in ("heading", "body")]
    if len(spaced) >= MIN_SPACED_HEADINGS and any(line.kind == "heading" for line in spaced):
        for line in spaced:
            line.kind = "heading"
    return paragraphs


def _quoted_second_lines(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A line all in one quotation, up to :data:`MAX_PULL_QUOTE_CHARS`, under a heading (扶残助残的风尚日益浓厚 /
    “‘赠人玫瑰，手留余香’。大爱无疆、仁者爱人”), in a file where another heading carries a pull-quote under it
    (不断提升的获得感 / “残疾人是一个特殊困难的群体…”): the heading's second line, although a sentence ends inside it
    (a saying quoted in the quotation), not a paragraph of the text."""
    pairs = [(above, line) for above, line in zip(paragraphs, paragraphs[1:])
             if above.kind == "heading" and not above.markup and not line.markup]
    if any(line.kind == "heading" and PULL_QUOTE.fullmatch(line.text) for _, line in pairs):
        for _, line in pairs:
            if line.kind == "body" and len(line.text) <= MAX_PULL_QUOTE_CHARS and _one_quotation(line.text):
                line.kind = "heading"
    return paragraphs


def _one_quotation(text: str) -> bool:
    """``text`` is one quotation, its first “ closed by its last ” (“…‘…’。…”; not “…”他说“…”)."""
    if not (text.startswith("“") and text.endswith("”")):
        return False
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch == "“") - (ch == "”")
        if depth == 0 and i < len(text) - 1:
            return False
    return depth == 0


def _is_headline_form(text: str) -> bool:
    """A line that may be a headline although it holds a question or an exclamation: short, and its ？ and ！
    only inside quotation marks or at its end, before its column's name (“…多幸福！”（为梦想奔跑）,
    “…落不到村”，紧抓！（…）, 如何正确用火用电？)."""
    core = QUOTED.sub("", COLUMN_NAME.sub("", text))
    return len(text) <= MAX_HEADING_CHARS and not _quotes_open(text) and "。" not in core \
        and not any(mark in core[:-1] for mark in "！？!?") and not core.endswith(UNFINISHED_ENDS)


def _is_plain_byline(p: Paragraph | None) -> bool:
    """A byline under a headline (本报记者  李  四, the print line), not an author's bracket closing a text."""
    return p is not None and p.kind == "byline" and not p.text.startswith(("（", "("))


def _is_section_question(above: Paragraph | None, line: Paragraph, below: Paragraph, under: Paragraph | None) -> bool:
    """A question of at most :data:`MAX_QUESTION_CLAUSES` clauses over a plain heading and the text (如何应对旱情？ /
    维修机井、整治沟渠 / …) or over two (借牧有啥好处？ / 牧民减开支  农户多挣钱 / 牛羊吃得好  农田添肥力 / …), or
    under a section's label (产业振兴 / 红薯怎样才能卖得更好？ / …)."""
    return line.kind == "body" and not line.markup and line.text.endswith(("？", "?")) \
        and _is_headline_form(line.text) and len(CLAUSE_BREAK.findall(line.text)) + 1 <= MAX_QUESTION_CLAUSES and (
            below.kind == "heading" and not below.markup and under is not None
            and (under.kind == "body" or under.kind == "heading" and not under.markup)
            or above is not None and above.kind == "heading" and not above.markup
            and len(above.text) <= MAX_LABEL_CHARS and below.kind == "body")


def _heading_parts(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Lines that are headings by what stands under them: a short label ending in a colon over a heading (全面看运行：
    / 生产供给继续增长; 民宿经营者次央： / “美丽庭院成了一道独特风景”; a longer one, 讲解员黄海芬：, stays body: the
    quotation extractor reads it as the speaker of the section); a headline asking a question or exclaiming, over its
    byline (如何正确用火用电？ / 本报记者  亓玉昆; “…多幸福！”（为梦想奔跑） / 本报记者…《人民日报》…; asking, then
    answering: :data:`ASKED_THEN_TOLD`); and a question
    over a sub-report's headline and byline (“不低于2小时”如何落实？ / 课内课外合力增时间 / 本报记者  吴  月), its
    kicker. Sections opened by a question and its answer, two lines (如何应对旱情？ / 维修机井、整治沟渠 / …), come in
    series: where a file has :data:`MIN_SECTION_QUESTIONS` questions of one or two clauses over a heading and the
    text, or under a label (产业振兴), they are headings (one alone closes the lead; one of more clauses,
    一条河，返工3次，治理5年，难在哪？, the section above). A label of three or more characters and a colon alone on
    its line (现场素描：) is a heading over whatever follows (a name and a colon, 张三：, opens a turn); and the line
    under a box's label (链接, 延伸阅读) is the box's headline, even as a question or an exclamation."""
    labels = box_labels()
    for above, line, below, under in zip([None, *paragraphs], paragraphs, paragraphs[1:], [*paragraphs[2:], None]):
        if line.kind != "body" or line.markup:
            continue
        if HEADING_LABEL.fullmatch(line.text) and (below.kind == "heading" or len(line.text) > 3
                                                   and not NOT_A_LABEL.search(line.text)) \
                or above is not None and above.text in labels and _is_headline_form(line.text) \
                or (_is_plain_byline(below) or line.text.endswith(("？", "?")) and below.kind == "heading"
                    and _is_plain_byline(under)) and _is_headline_form(line.text) \
                or _is_plain_byline(below) and ASKED_THEN_TOLD.fullmatch(line.text):
            line.kind = "heading"
    questions = [line for above, line, below, under in zip([None, *paragraphs], paragraphs, paragraphs[1:],
                                                           [*paragraphs[2:], None])
                 if _is_section_question(above, line, below, under)]
    for line in questions if len(questions) >= MIN_SECTION_QUESTIONS else ():
        line.kind = "heading"
    for over, heading, line, below in zip(paragraphs, paragraphs[1:], paragraphs[2:], paragraphs[3:]):
        if line.kind == "body" and not line.markup and len(line.text) <= MAX_DECK_CHARS \
                and line.text[-1] not in CLOSING_PUNCTUATION + CLOSING_QUOTES + "." and not _quotes_open(line.text) \
                and heading.kind == "heading" and not heading.markup and over.kind == "body" and below.kind == "body":
            line.kind = "heading"  # a section heading's deck
    between = [(line, above.kind == "body" == below.kind) for above, line, below in zip(paragraphs, paragraphs[1:],
                                                                                        paragraphs[2:])]
    # in a marked-up file (markdown) the marks say which lines are headings: no long one is guessed
    if sum(line.kind == "heading" and not line.markup and both for line, both in between) >= MIN_SECTIONS \
            and not any(p.markup for p in paragraphs):
        for line, both in between:
            if both and line.kind == "body" and not line.markup and _is_short_bare(line.text, MAX_DECK_CHARS) \
                    and not line.text.endswith(DASHES):
                line.kind = "heading"  # a long one of the file's section headings
    return paragraphs


def _lead_ins(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Lines that lead into the text, body and not headings: a clause ending in —— between two paragraphs of the
    text (…——, over a headline, stays a kicker or a heading); where :data:`MIN_SECTION_LEAD_INS` of them, bare and
    short, open parts of the text alike, they are its headings, and so are those of the series standing over a
    section's heading, its kickers: 培育书香家庭，阅读活动更丰富—— / 大手牵小手  家教新体验 / …; a label of a few words
    (看学生状态——, 观山——) likewise opens a section only in such a series: one alone between two paragraphs
    (一项一项解决——) leads into the text; where the file's sections open with such labels over headings (表与里—— /
    求真务实，…), its lead-ins between paragraphs, or under a heading, are prose; and a standfirst of clauses (more
    than :data:`MAX_LABEL_CHARS` x 3 characters, a comma in it) under the byline and the photos of the head, over the
    text (a box's label there, 核心阅读, stays a heading)."""
    above, lead_ins, over_headings, labels = None, [], [], []  # the line above, passing over captions
    for line, below, under in zip(paragraphs, paragraphs[1:], [*paragraphs[2:], None]):
        dashed = line.kind in ("heading", "body") and not line.markup and above is not None \
            and line.text.endswith("——") and line.text.rstrip("—") != ""
        is_lead_in = dashed and len(line.text.rstrip("—")) > MAX_LABEL_CHARS
        if is_lead_in and below.kind == "body" and above.kind in ("body", "heading"):
            lead_ins.append(line)
        elif is_lead_in and below.kind == "heading" and not below.markup and under is not None and under.kind == "body":
            over_headings.append(line)
        elif dashed and not is_lead_in and (below.kind == "body" and above.kind == "body" or below.kind == "heading"):
            labels.append((line, below.kind == "body"))
        elif line.kind == "heading" and not line.markup and below.kind == "body" and _is_plain_byline(above) \
                and "，" in line.text and len(line.text) > 3 * MAX_LABEL_CHARS:
            line.kind = "body"
        if line.kind != "caption":
            above = line
    if len(over_headings) + sum(not in_text for _, in_text in labels) >= MIN_SECTION_LEAD_INS:
        for line in lead_ins:  # the file's sections open with a dashed line over a heading: the others are prose
            line.kind = "body"
        lead_ins = []
    series = len([line for line in lead_ins + over_headings if _is_short_bare(line.text.rstrip("—"))]) \
        >= MIN_SECTION_LEAD_INS
    for line in lead_ins:
        line.kind = "heading" if series and _is_short_bare(line.text.rstrip("—")) else "body"
    for line in over_headings if series else ():
        if _is_short_bare(line.text.rstrip("—")):
            line.kind = "heading"
    for line, in_text in labels if len(labels) < MIN_SECTION_LEAD_INS else ():
        if in_text:
            line.kind = "body"  # (over a heading a label alone stays one: 求职者—— / 当好无人机“飞手”)
    return paragraphs


def _programme_parts(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A programme transcript (a ``## 详细新闻`` part of stories): each ``###`` headline in the
    stories part is a story's title; the running order is ``summary``; the file's title and part
    headings are ``programme``. Other files are returned unchanged."""
    parts = programme_parts()
    if not any(p.markup == 2 and parts.get(p.text) == "stories" for p in paragraphs):
        return paragraphs
    part = None
    for p in paragraphs:
        if p.markup == 1 or p.markup == 2 and p.text in parts:
            p.kind, part = "programme", parts.get(p.text)
        elif p.kind in FURNITURE:
            continue
        elif part == "summary":
            p.kind = "summary"
        elif part == "stories" and p.markup == 3:
            p.kind = "title"
    return paragraphs


def _split_leading_dateline(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """新华社北京4月24日电（记者 张三）4月24日，…: the dateline becomes a paragraph of its own."""
    result = []
    for p in paragraphs:
        m = DATELINE_AT_START.match(p.text) if p.kind == "body" else None
        if m and m.end() < len(p.text):
            result += [p.part(0, len(p.text[: m.end()].rstrip()), "dateline"),
                       p.part(m.end(), len(p.text), "body")]
        else:
            result.append(p)
    return result


def _is_unfinished(last: str, open_quotes: int) -> bool:
    """A body paragraph ending in ``last``, with ``open_quotes`` (“ minus ”) quotations open, stops
    mid-sentence: the text goes on in the next paragraph."""
    return last in CONTINUING_PUNCTUATION or last not in CLOSING_PUNCTUATION + CLOSING_QUOTES and open_quotes > 0


def _open_quotes(text: str) -> int:
    return text.count("“") - text.count("”")


def _rejoin_broken(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Join a paragraph broken mid-sentence with the next, keeping the first one's line number.
    Groups are collected first and joined once each, so a long chain of broken lines costs linear time."""
    groups: list[list[Paragraph]] = []
    open_quotes = 0
    for p in paragraphs:
        if groups and groups[-1][0].kind == "body" and p.kind in ("body", "heading", "fragment") \
                and _is_unfinished(groups[-1][-1].text[-1], open_quotes):
            groups[-1].append(p)
            open_quotes += _open_quotes(p.text)
        else:
            groups.append([p])
            open_quotes = _open_quotes(p.text)
    return [_joined(group) for group in groups]


def _joined(group: list[Paragraph]) -> Paragraph:
    """The first paragraph of ``group`` with the text of the others appended, in one pass."""
    first = group[0]
    if len(group) == 1:
        return first
    length, texts, pieces, notes = len(first.text), [first.text], list(first.pieces), [first.note] if first.note else []
    for p in group[1:]:
        pieces += [(length + t, f) for t, f in p.pieces]
        texts.append(p.text)
        length += len(p.text)
        notes.append(f"rejoined with line {p.line}")
    first.text, first.pieces, first.end, first.note = "".join(texts), pieces, group[-1].end, "; ".join(notes)
    return first


def _assign_articles(paragraphs: list[Paragraph], first_article: int) -> list[dict]:
    """Group paragraphs into articles; settle titles, trailing headlines and fragments."""
    articles: list[dict] = []
    subtitles_seen: set[str] = set()
    has_markup = any(p.markup for p in paragraphs)

    def new_article(p: Paragraph) -> dict:
        art = {"article": first_article + len(articles), "file": p.file, "title": None,
               "subtitle": None, "byline": None, "dateline": None, "first_line": p.line,
               "ended": False, "has_body": False}
        articles.append(art)
        return art

    art: dict | None = None
    head: list[Paragraph] = []  # lines before the file's first article (FILE_HEAD)
    i = 0
    while i < len(paragraphs):
        p = paragraphs[i]
        if art is None and p.kind in FILE_HEAD:
            head.append(p)
            i += 1
            continue
        stays = p.kind in ("dateline", "byline") + FURNITURE
        # a marked headline starts an article, unless the marked kicker above it already did
        marked_head = p.markup and (p.kind == "kicker" or p.kind == "title" and not (
            i and paragraphs[i - 1].kind == "kicker" and paragraphs[i - 1].markup))
        starts_new = art is None or marked_head or art["ended"] and not stays
        if art is not None and art["ended"] and not stays and not marked_head:
            # Lines after a closing dateline: a headline printed after its article, or layout
            # fragments, when the next thing is a headline or the end of the file; otherwise
            # they are the head of the next article.
            run_end = i
            while run_end < len(paragraphs) and paragraphs[run_end].kind in ("heading", "subtitle") \
                    and not paragraphs[run_end].markup:
                run_end += 1
            following = paragraphs[run_end] if run_end < len(paragraphs) else None
            trailing = following is None or (following.kind == "title" and following.markup)
            if run_end > i and trailing:
                for q in paragraphs[i:run_end]:
                    q.article = art["article"]
                    if _is_dash(q.text):
                        if q.text in subtitles_seen or art["subtitle"]:
                            q.kind, q.note = "fragment", "repeated kicker: the same line heads an earlier article"
                        else:
                            q.kind, art["subtitle"] = "subtitle", q.text
                            q.note = "subtitle printed after its article"
                    elif art["title"] is None:
                        q.kind, art["title"] = "title", q.text
                        q.note = "headline printed after its article"
                    else:
                        q.kind, q.note = "fragment", "layout fragment after the article's end"
                    art["last_line"] = q.line
                i = run_end
                continue
            starts_new = True
        if starts_new:
            art = new_article(head[0] if head else p)
            for q in head:
                q.article = art["article"]
            head = []
            # In plain text the first line of an article is its headline.
            if p.kind in ("heading", "body") and not has_markup and _is_short_bare(p.text) or \
                    p.kind == "heading" and not p.markup and i + 1 < len(paragraphs) and \
                    paragraphs[i + 1].kind in ("subtitle", "byline"):
                p.kind = "title"
        p.article = art["article"]
        art["last_line"] = p.line
        if p.kind == "title":
            if art["title"] is None:
                art["title"] = p.text
            else:
                # a deck stands between the headline and the byline; a headline under the byline (and the photos of
                # the head) is a sub-report's
                p.kind = "subtitle" if art["subtitle"] is None and not art["has_body"] and art["byline"] is None \
                    else "heading"
        if p.kind == "heading" and not p.markup and i and paragraphs[i - 1].kind == "title" \
                and paragraphs[i - 1].article == art["article"] and art["subtitle"] is None:
            p.kind = "subtitle"  # a second short line over the text: a kicker or deck
        if p.kind == "subtitle":
            if art["subtitle"] is None:
                art["subtitle"] = p.text
            subtitles_seen.add(p.text)
        elif p.kind == "byline" and art["byline"] is None:
            art["byline"] = p.text
        elif p.kind == "dateline":
            dated = DATELINE_OF_BUREAUS.search(p.text)
            art["dateline"] = dated.group(0) if dated else UNDATED_DATELINE.match(p.text).group(1)
            if p.text.startswith(("（", "(")):
                art["ended"] = True  # the closing dateline: this article is complete
        elif p.kind == "marker":
            if "下转" in p.text or p.text.startswith(("（转", "(转")):
                art["ended"] = True  # continued on another page: what follows is another article
        elif p.kind == "body":
            art["has_body"] = True
        i += 1
    if head:  # a programme with no stories
        art = new_article(head[0])
        for q in head:
            q.article = art["article"]
        art["last_line"] = head[-1].line
    return articles


def _assign_sections(paragraphs: list[Paragraph]) -> None:
    section, article = None, None
    for p in paragraphs:
        if p.article != article:
            section, article = None, p.article
        if p.kind == "heading":
            section = p.text
        p.section = section if p.kind in ("heading", "body") else None


@lru_cache(maxsize=1)
def known_typos() -> dict[str, str]:
    """Misprints to flag, ``{wrong: right}``, from ``helpers/data/known_typos.csv``."""
    return {row["wrong"]: row["right"] for row in read_rows("known_typos.csv")}


def _flag_suspects(paragraphs: list[Paragraph]) -> None:
    """Note known misprints, an item repeated in one list (护绿、兴绿、护绿) and unbalanced quotation
    marks; the text stays as printed."""
    typos = known_typos().items()
    for p in paragraphs:
        found = [f"misprint? {wrong} (read {right})" for wrong, right in typos if wrong in p.text]
        if "、" in p.text:   # REPEATED_ITEM holds one; it would be tried at every character
            found += [f"repeated list item? {m.group('item')} in {m.group(0)}" for m in REPEATED_ITEM.finditer(p.text)]
        if p.text.count("“") != p.text.count("”"):
            found.append(f"unbalanced quotation marks: {p.text.count('“')} “ and {p.text.count('”')} ”")
        if found:
            p.note = "; ".join(([p.note] if p.note else []) + found)


def _source(art: dict, publication: str | None) -> str | None:
    """Who wrote it: the news agency of the dateline, else the byline's newsroom."""
    for text in (art["dateline"], art["byline"]):
        if not text:
            continue
        for agency in ("新华社", "中新社", "人民日报"):
            if agency in text:
                return agency
        if "本报" in text:
            return (publication or "") + "本报记者"
    return None


def date_in(text: str) -> str | None:
    """The first real date with its year in ``text``, as an ISO string.

    >>> date_in("《人民日报》（2025年05月22日第 01 版）"), date_in("xwlb/20240424.md"), date_in("第20240431号")
    ('2025-05-22', '2024-04-24', None)
    """
    for m in FULL_DATE.finditer(text):
        year, month, day = m.group(1), *(g for g in m.groups()[1:] if g is not None)
        try:
            return datetime.date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            continue
    return None


def _dateline_date(dateline: str, around: str) -> str | None:
    """新华社北京4月24日电 in a file of ``around`` (ISO): the month and day with the year that puts
    the date nearest before ``around`` (a dateline of 31 December in a paper of 1 January)."""
    m = MONTH_DAY.search(dateline)
    if not m:
        return None
    near = datetime.date.fromisoformat(around)
    for year in (near.year, near.year - 1):
        try:
            date = datetime.date(year, int(m.group(1)), int(m.group(2)))
        except ValueError:
            return None
        if date <= near + datetime.timedelta(days=31):
            return date.isoformat()
    return None


# Lines that carry their article's date (a date in a headline is news, not the article's date).
DATED_KINDS = ("byline", "dateline")


def _dates(paragraphs: list[Paragraph], articles: list[dict], file_date: str | None) -> None:
    """Each article's ``date``: a full date printed in its byline or dateline (《人民日报》（2025年05月22日第
    01 版）), else its dateline's month and day in the file's year, else the file's date (from the
    manifest, the file name, or the file's first line: 《新闻联播》 (20240423))."""
    by_article: dict[int, list[Paragraph]] = {}
    for p in paragraphs:
        by_article.setdefault(p.article, []).append(p)
    if not file_date and paragraphs and paragraphs[0].kind in ("programme", "title", "byline"):
        file_date = date_in(paragraphs[0].text)
    for art in articles:
        own = next((d for p in by_article.get(art["article"], []) if p.kind in DATED_KINDS
                    for d in [date_in(p.text)] if d), None)
        if own is None and art["dateline"] and file_date:
            own = _dateline_date(art["dateline"], file_date)
        art["date"] = own or file_date


def parse_text(text: str, file: str, first_article: int = 1, publication: str | None = None,
               file_date: str | None = None):
    """Paragraphs and article records of one decoded file.

    ``publication`` (from the folder's manifest) tells whose 本报 ("this paper") a byline means;
    ``file_date`` (ISO, from the manifest or the file name) dates articles that print no date.

    >>> ps, arts = parse_text("# 题\\n\\n本报记者\\n\\n正文。", "a.txt", publication="人民日报")
    >>> arts[0]["source"], [p.kind for p in ps]
    ('人民日报本报记者', ['title', 'byline', 'body'])
    """
    paragraphs = _lines(text, file)
    for p in paragraphs:
        p.kind = _kind_of_line(p)
    paragraphs = _front_matter(paragraphs)
    paragraphs = _captions(paragraphs)
    paragraphs = _heading_parts(paragraphs)
    paragraphs = _lead_ins(paragraphs)
    paragraphs = _signatures(paragraphs)
    paragraphs = _spaced_headings(paragraphs)
    paragraphs = _quoted_second_lines(paragraphs)
    paragraphs = _kickers(paragraphs)
    paragraphs = _programme_parts(paragraphs)
    paragraphs = _split_leading_dateline(paragraphs)
    paragraphs = _rejoin_broken(paragraphs)
    articles = _assign_articles(paragraphs, first_article)
    _assign_sections(paragraphs)
    _flag_suspects(paragraphs)
    meta = front_matter(paragraphs)
    if articles and articles[0]["title"] is None and meta.get("title"):
        articles[0]["title"] = meta["title"]  # a file printed without its headline
    _dates(paragraphs, articles, file_date or date_in(meta.get("date", "")))
    counts = {art["article"]: {"heading": 0, "body": 0} for art in articles}
    for p in paragraphs:
        if p.kind in ("heading", "body"):
            counts[p.article][p.kind] += 1
    for art in articles:
        art["position"] = art["article"] - first_article + 1
        art["source"] = _source(art, publication)
        art["n_sections"] = counts[art["article"]]["heading"]
        art["n_paragraphs"] = counts[art["article"]]["body"]
        for key in ("ended", "has_body"):
            art.pop(key)
    return paragraphs, articles
