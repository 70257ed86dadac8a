"""Quotations in Chinese news: who is quoted, from where, saying what.

Reaction pieces (反响稿 *fǎnxiǎng gǎo*) are built from speech events: an official, an expert, a worker
answers the leader's words. :func:`extract` finds every speech event of a corpus, one row each:

>>> import helpers
>>> from helpers import quotes
>>> events = quotes.extract(helpers.load_corpus())
>>> events.loc[events["line"] == 17, ["speaker", "title", "organisation", "province", "verb", "mode"]]  # doctest: +SKIP
   speaker   title           organisation  province verb   mode
3  吴群刚   党组书记、厅长    四川省科技厅      四川     说  direct

The patterns it reads (each has a test in ``tests/test_quotes.py``):

* “Q”+title+name+verb; title+name+verb：“Q”; split quotations “Q1”name说，“Q2”;
* a quotation followed by a reported continuation (``mode`` ``mixed``), or reported speech closed by a
  quotation (name介绍，……，“Q”。, also ``mixed``); reported speech alone (name表示，……, ``indirect``),
  also when the subject opens the sentence (广大干部群众…，表示要…) or is a pronoun (他表示…): 他/她 is
  the person the sentence before introduces (种粮大户刘建国…。他告诉记者), its subject if it names two,
  never a bare word of jieba's dictionary that it tags as a name (麦苗);
* quotations without a speech verb, whose speaker is named in the same paragraph or the one before;
* quotation marks that are not speech (names, slogans, metaphors, honours): :func:`non_speech`;
* unbalanced quotation marks: read as far as they go and listed by :func:`skipped`, never dropped.

Word lists live in ``helpers/data`` (speech_verbs.txt, speaker_titles.csv, speaker_groups.txt,
organisation_suffixes.txt, leaders.csv, quoted_terms.csv, echo_formulas.csv), each with its source.
Places come from :func:`helpers.regions.places_in`.
"""
from __future__ import annotations

import io
import re
import weakref
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .cache import in_processes, read_result, result_path, useful_workers, write_result
from .regions import place_rows, preload
from .segment import DATA, read_list
from .wordcut import Text, dictionary_state, posseg_tokenizer

EVENT_COLUMNS = ["file", "line", "article", "section", "speaker", "speaker_id", "speaker_type", "title",
                 "organisation", "place", "province", "country", "category", "level", "verb", "verb_class",
                 "mode", "text", "direct_text", "indirect_text", "n_chars", "start", "end", "note"]
NON_SPEECH_COLUMNS = ["file", "line", "article", "paragraph_kind", "term", "kind", "nested", "speaker",
                      "start", "end"]
SKIPPED_COLUMNS = ["file", "line", "article", "start", "end", "text", "reason"]

# Quotation marks: the pairs used as outer and inner quotations in mainland and Taiwan/HK print.
PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』"}
CLOSERS = {v: k for k, v in PAIRS.items()}
# Punctuation inside a quotation that makes it a sentence, i.e. words someone could have said.
SENTENCE_MARKS = set("。！？!?，,；;：:…")
CLAUSE_END = set("。！？!?，,；;：:")
SENTENCE_END = set("。！？!?")
HAN = r"\u4e00-\u9fff"
FOREIGN_NAME = re.compile(rf"[{HAN}]{{1,8}}(?:·[{HAN}]{{1,8}}){{1,3}}")
# What may stand between a speaker and the verb: 在接受记者采访时, 对记者, 笑着, 深有感触地, 纷纷…
ADVERBIAL = re.compile(
    rf"(?:在接受[^，。“”]{{0,12}}?采访时|接受采访时|(?:对|向|跟)(?:本报|新华社)?记者|[{HAN}]{{1,4}}地|笑着|"
    r"纷纷|一致|均|都|也|还|则|又|再次|同时|当即)$")
# Words before a leader's name that do not change who speaks (近日，习近平总书记…).
LEAD_IN = re.compile(r"^(?:近日|日前|此前|随后|同时|还|也|又|再次)")
# The speaker's origin, for foreign speakers working in China: 来自巴西的…
ORIGIN = re.compile(rf"来自([{HAN}·]{{2,12}}?)的")
HONOURS = re.compile(r"“([^”]{1,12})”")
NOT_NAMES = {"记者", "我们", "大家", "他们", "她们", "自己", "有关", "相关", "可以", "据悉", "同志"}
# Units below the county (乡镇, 村, 社区, 街道): their officials are grassroots officials.
GRASSROOTS = re.compile(r"(?:社区|村|镇|乡|街道|嘎查|苏木)(?:党总支|党支部|党委|居委会|村委会)?$")
CORPS_DIVISION = re.compile(r"兵团第[一二三四五六七八九十]+师")
# 一位年轻工程师, 这名老党员: a count word for people and a short description before a title;
# 一家企业负责人: a count word for units
PERSON_COUNT = re.compile(rf"^(?:一|这|那|该|某)(?:位|名)[{HAN}]{{0,3}}$")
UNIT_COUNT = re.compile(r"^(?:一|这|那|该|某)(?:家|个)")
RESEARCH = re.compile(r"(?:实验室|研究院|研究所|研究中心|大学|学院|科学院)$")
ENTERPRISE = re.compile(r"(?:公司|集团|企业|汽车|银行|工厂|商行)")


# --- word lists -----------------------------------------------------------------------------------

def _read_csv_commented(path: Path) -> pd.DataFrame:
    """A CSV file whose leading ``#`` lines are its provenance header; every cell a string."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    body = "".join(line for line in lines if not line.startswith("#"))
    return pd.read_csv(io.StringIO(body), dtype=str, keep_default_na=False)


def _csv(name: str) -> pd.DataFrame:
    return _read_csv_commented(DATA / name)


@lru_cache(maxsize=None)
def speech_verbs() -> dict[str, str]:
    """Reporting verbs from ``speech_verbs.txt``: verb -> class (neutral, emphatic, evaluative, cognitive).

    >>> speech_verbs()["坦言"]
    'emphatic'
    """
    return dict(line.split()[:2] for line in read_list("speech_verbs.txt"))


@lru_cache(maxsize=None)
def speaker_titles() -> dict[str, str]:
    """Titles from ``speaker_titles.csv``: title -> class (official, enterprise, expert, worker, honour, diplomat)."""
    table = _csv("speaker_titles.csv")
    return dict(zip(table["title"], table["class"]))


@lru_cache(maxsize=None)
def _groups() -> tuple[str, ...]:
    return tuple(sorted(read_list("speaker_groups.txt"), key=len, reverse=True))


@lru_cache(maxsize=None)
def _org_suffixes() -> tuple[str, ...]:
    return tuple(sorted(read_list("organisation_suffixes.txt"), key=len, reverse=True))


@lru_cache(maxsize=None)
def _leaders() -> tuple[tuple[str, str, str], ...]:
    table = _csv("leaders.csv").query("rank == '1'")  # the general secretary; the others are not "the leader"
    rows = sorted(zip(table["mention"], table["name"], table["title"]), key=lambda r: -len(r[0]))
    return tuple(rows)


@lru_cache(maxsize=None)
def _quoted_terms() -> dict[str, str]:
    table = _csv("quoted_terms.csv")
    return dict(zip(table["term"], table["kind"]))


def _cue_words(kind: str) -> tuple[str, ...]:
    return tuple(sorted((t for t, k in _quoted_terms().items() if k == kind), key=len, reverse=True))


@lru_cache(maxsize=None)
def _verb_pattern() -> re.Pattern:
    # Guards keep 说 out of 说明/小说/对我们来说/说这话时 and 称 out of 称号/堪称.
    guards = {"说": (r"(?<![小据听传来解游劝演])", r"(?!起|明|服|法|话|唱|书|教|客|辞|不|这话|这番话|这些)"),
              "称": (r"(?<![堪号俗简自声宣著名相])", r"(?!号|为|作|赞|之|呼|职|心|道|得|霸)"),
              "介绍": ("", r"(?!信)"), "回忆": ("", r"(?!录)")}
    alternatives = []
    for verb in sorted(speech_verbs(), key=len, reverse=True):
        before, after = guards.get(verb, ("", ""))
        alternatives.append(before + re.escape(verb) + after)
    return re.compile("(?:" + "|".join(alternatives) + ")")


@lru_cache(maxsize=None)
def _leader_pattern() -> re.Pattern:
    return re.compile("|".join(re.escape(m) for m, _, _ in _leaders()))


# --- quotation marks ----------------------------------------------------------------------------

@dataclass
class Span:
    """One quotation in a paragraph's text: ``start`` at the opening mark, ``end`` after the closing one."""

    start: int
    end: int
    depth: int
    closed: bool = True

    def content(self, text: str) -> str:
        return text[self.start + 1:self.end - (1 if self.closed else 0)]


def scan_quotes(text: str) -> tuple[list[Span], list[tuple[int, int, str]]]:
    """Quotations of ``text`` (outer and nested) and the marks that do not pair up.

    Returns ``(spans, problems)``; a problem is ``(start, end, reason)``. An opening mark never closed
    runs to the end of the text; a closing mark with no opening one is reported and ignored.

    >>> spans, problems = scan_quotes("他说：“要打好‘三北’工程。”")
    >>> [(s.depth, "他说：“要打好‘三北’工程。”"[s.start:s.end]) for s in spans]
    [(0, '“要打好‘三北’工程。”'), (1, '‘三北’')]
    >>> scan_quotes("一”二")[1]
    [(1, 2, 'closing quotation mark without an opening one')]
    """
    spans, problems, stack = [], [], []
    for i, ch in enumerate(text):
        if ch in PAIRS:
            stack.append((ch, i))
        elif ch in CLOSERS:
            opener = CLOSERS[ch]
            if any(o == opener for o, _ in stack):
                while stack[-1][0] != opener:  # an inner mark left open: close it here
                    o, at = stack.pop()
                    spans.append(Span(at, i, len(stack), closed=False))
                    problems.append((at, i, "quotation mark opened but never closed inside another quotation"))
                o, at = stack.pop()
                spans.append(Span(at, i + 1, len(stack)))
            else:
                problems.append((i, i + 1, "closing quotation mark without an opening one"))
    while stack:
        o, at = stack.pop()
        spans.append(Span(at, len(text), len(stack), closed=False))
        problems.append((at, len(text), "quotation mark opened but never closed: read to the end of the paragraph"))
    spans.sort(key=lambda s: s.start)
    return spans, problems


def _speech_like(content: str) -> bool:
    return any(ch in SENTENCE_MARKS for ch in content)


# --- speakers: title chains and names -----------------------------------------------------------

def _is_name(text: str) -> bool:
    if text in NOT_NAMES or text in _groups():
        return False
    return bool(re.fullmatch(rf"[{HAN}]{{2,4}}", text) or FOREIGN_NAME.fullmatch(text))


def _pos_cut(text: str) -> list[tuple[str, str]]:
    """jieba's part-of-speech cut (the domain dictionary, with its tags: nr…) as ``(word, tag)`` pairs.

    The same tokenizer and the same pairs as ``helpers.segment._pos_tokenizer(True).cut(text)``, cut by
    helpers.wordcut, which keeps the runs it has cut and has a faster (same-answer) hidden Markov model.
    """
    return Text(text).pairs()


def _dictionary_word(word: str) -> bool:
    """``word`` is an entry of jieba's own dictionary (not a name its model put together): jieba
    tags many common nouns there as names (麦苗 nr), so a bare one is no evidence of a person."""
    import jieba.posseg

    return word in jieba.posseg.dt.word_tag_tab


def _tagged_as_name(text: str) -> bool:
    """jieba (with the domain dictionary) reads ``text`` as one personal name."""
    words = _pos_cut(text)
    return len(words) == 1 and words[0][1].startswith("nr")


@lru_cache(maxsize=None)
def _titles_by_length() -> tuple[frozenset[str], int]:
    titles = speaker_titles()
    return frozenset(titles), max(map(len, titles), default=0)


def _title_suffix(element: str) -> str | None:
    """The longest title that ends ``element`` (党委书记 rather than 书记)."""
    titles, longest = _titles_by_length()
    for at in range(max(0, len(element) - longest), len(element)):
        if element[at:] in titles:
            return element[at:]
    return None


def _org_boundary(prefix: str) -> int:
    """Where the organisation in ``prefix`` ends: after its last organisation ending or place name."""
    best = 0
    for suffix in _org_suffixes():
        at = prefix.rfind(suffix)
        while at >= 0:
            # a one-character ending needs a name of two characters before it: 民乐乡, not 返乡
            if len(suffix) > 1 or at >= 2:
                best = max(best, at + len(suffix))
            at = prefix.rfind(suffix, 0, at)
    for place in _places(prefix):
        best = max(best, place["end"])
    return best


def _modifier_end(text: str) -> int:
    """Where a description ending in 的 stops (0 if there is none); 的 inside quotation marks is ignored."""
    plain = re.sub(r"“[^”]*”", lambda m: "＂" * len(m.group()), text)
    return plain.rindex("的") + 1 if "的" in plain else 0


def title_chain(text: str) -> dict:
    """Split a speaker's description into organisation, titles and name.

    The title chain is what stands between the organisation and the name, as written; ``titles``
    lists its titles one by one; ``place`` is the place that opens the organisation.

    >>> c = title_chain("贵州省毕节市委副书记、市长、市农业农村局党组书记、局长郑建旭")
    >>> c["organisation"], c["title"], c["titles"], c["name"]
    ('贵州省毕节市委', '副书记、市长、市农业农村局党组书记、局长', ['副书记', '市长', '党组书记', '局长'], '郑建旭')
    >>> title_chain("中国铁路成都局集团有限公司重庆机务段电力机车司机江彤")["title"]
    '电力机车司机'
    """
    text = text[_modifier_end(text):]     # 75岁的|退休居民陈代蓉: what ends in 的 describes the person
    name, chain = _split_name(text)
    result = {"organisation": None, "title": None, "titles": [], "name": name, "place": None}
    if not chain:
        return result
    elements = chain.split("、")
    suffixes = [_title_suffix(e) for e in elements]
    if suffixes[0] is None:
        return result
    # The organisation is the unit named before the first title that has one (全国人大代表、
    # 深圳智联芯科技有限公司董事长: the company); the title chain is the rest, as written.
    organisation, written = None, list(elements)
    for i, (element, suffix) in enumerate(zip(elements, suffixes)):
        prefix = element[:len(element) - len(suffix)] if suffix else element
        cut = _org_boundary(prefix)
        rest = prefix[cut:]
        described, counted = PERSON_COUNT.match(rest), UNIT_COUNT.match(rest)
        if described:                  # 一位年轻(工程师): a description, not part of the title
            rest = ""
        elif counted:                  # 一家(企业负责人): the count word goes, the unit stays
            rest = rest[counted.end():]
        elif cut == 0 and len(prefix) > 2 and i == 0:   # 长安汽车, 东方空间: a name with no tell-tale ending
            cut, rest = len(prefix), ""
        if i == 0 or (cut and suffix):
            if cut:
                organisation = prefix[:cut]
            written[i] = rest + (suffix or "")
        if organisation is not None or i > 0:
            break
    titles = [s or e for s, e in zip(suffixes, written)]
    result.update(organisation=organisation, title="、".join(written), titles=titles)
    if organisation:
        chain_places = _place_chains(organisation)
        if chain_places and chain_places[0][0]["start"] == 0:
            result["place"] = organisation[:chain_places[0][-1]["end"]]
    return result


def _split_name(text: str) -> tuple[str | None, str]:
    """(name, title chain before it); the name is what follows the last title, if it reads as a name."""
    best, best_title = None, 0
    for end in range(len(text) - 1, max(-1, len(text) - 16), -1):
        title = _title_suffix(text[:end])
        # the longest title wins: 党总支书记|张耀文, not 党总支书|记张耀文; 博士生|泰勒, not 博士|生泰勒
        if title and len(title) > best_title and _is_name(text[end:]):
            best, best_title = end, len(title)
    if best is not None:
        return text[best:], text[:best]
    if _title_suffix(text):      # 有关负责人表示: a title and no name
        return None, text
    return (text, "") if _is_name(text) and (_tagged_as_name(text) or FOREIGN_NAME.fullmatch(text)) else (None, "")


def parse_speaker(phrase: str) -> dict | None:
    """Who a phrase before a reporting verb names, or None if it names no one.

    Returns ``speaker``, ``speaker_type`` (person, group, leader, pronoun), ``title``, ``organisation``,
    ``origin`` (a foreign country in 来自…的) and the phrase itself.

    >>> parse_speaker("四川省科技厅党组书记、厅长吴群刚")["title"]
    '党组书记、厅长'
    >>> parse_speaker("不少与会的拉美和加勒比国家代表")["speaker_type"]
    'group'
    >>> parse_speaker("据") is None
    True
    """
    phrase = phrase.strip()
    core = LEAD_IN.sub("", phrase)
    if not core:
        return None
    base = {"phrase": phrase, "title": None, "organisation": None, "origin": None, "place": None}
    for mention, name, title in _leaders():
        if core == mention:
            return {**base, "speaker": name, "speaker_type": "leader", "title": title or None}
    if core in ("他", "她"):
        return {**base, "speaker": core, "speaker_type": "pronoun"}
    origin = ORIGIN.search(phrase)
    cut = _modifier_end(core)
    modifier, rest = core[:cut], core[cut:]
    honours = HONOURS.findall(modifier) if modifier.endswith("称号的") else []
    if any(rest.endswith(g) for g in _groups()):   # 各国与会嘉宾和专家学者: not 专家 + 学者
        if len(phrase) <= 25:
            return {**base, "speaker": phrase, "speaker_type": "group"}
        return None
    chain = title_chain(rest)
    if not chain["name"] and not chain["title"]:
        return None
    if chain["organisation"] is None and modifier and not honours and not origin:
        owner = _pos_cut(modifier[:-1])     # 华为的一位年轻工程师: the company is the organisation
        if len(owner) == 1 and owner[0][1][:1] in ("n", "e") and owner[0][1] != "nrfg":
            chain["organisation"] = owner[0][0]
    speaker = chain["name"] or phrase
    title = chain["title"] or ("、".join(honours) if honours else None)
    return {**base, "speaker": speaker, "speaker_type": "person", "title": title,
            "organisation": chain["organisation"], "place": chain["place"],
            "origin": origin.group(1) if origin else None}


def _strip_adverbials(phrase: str) -> str:
    previous = None
    while previous != phrase:
        previous, phrase = phrase, ADVERBIAL.sub("", phrase)
    return phrase


# --- places (helpers.regions) --------------------------------------------------------------------

@lru_cache(maxsize=4096)
def _places_cached(text: str, dictionary) -> tuple[dict, ...]:
    """helpers.regions.places_in(text) as dicts (the same rows, without building a table)."""
    rows = []
    for r in place_rows(text):
        province = r["province"]
        rows.append({"surface": r["surface"], "place": r["place"], "level": r["level"],
                     "province": province if isinstance(province, str) and province else None,
                     "country": r["country"] if isinstance(r["country"], str) else None,
                     "start": int(r["start"]), "end": int(r["end"])})
    return tuple(rows)


def _places(text: str) -> list[dict]:
    """Places named in ``text`` (helpers.regions.places_in), as dicts, in text order."""
    if not text:
        return []
    return sorted(_places_cached(text, dictionary_state(posseg_tokenizer())), key=lambda r: r["start"])


def _place_chains(text: str) -> list[list[dict]]:
    """Runs of places written one after another (四川省|成都市, 新疆…|乌鲁木齐市|天山区)."""
    chains: list[list[dict]] = []
    for place in _places(text):
        if chains and place["start"] <= chains[-1][-1]["end"]:
            chains[-1].append(place)
        else:
            chains.append([place])
    return chains


def _province_of(text: str, last_chain: bool = True) -> tuple[str | None, list[dict]]:
    """The province a unit's name places it in: the outermost place of its last (or first) run of
    Chinese places — 中国铁路成都局集团有限公司重庆机务段 is in 重庆, where the unit is."""
    chains = [c for c in _place_chains(text) if any(p["province"] for p in c)]
    if not chains:
        return None, []
    chain = chains[-1] if last_chain else chains[0]
    return next(p["province"] for p in chain if p["province"]), chain


def _foreign_country(text: str) -> str | None:
    for place in _places(text):
        if place["country"] and place["country"] != "中国" and not place["province"]:
            return place["country"]
    return None


# --- reading a paragraph ----------------------------------------------------------------------

@dataclass
class _Attribution:
    verb: str
    verb_start: int
    verb_end: int
    clause_start: int
    anchor: int            # where the speaker is named (for a subject found earlier in the sentence)
    speaker: dict


@dataclass
class _Event:
    speaker: dict
    verb: str | None
    anchor: int
    segments: list = field(default_factory=list)  # (start, end, "direct" | "indirect") in paragraph text
    notes: list = field(default_factory=list)


@dataclass
class _Mention:
    name: str
    start: int
    end: int
    speaker: dict

    @property
    def described(self) -> bool:
        """Introduced by a title or an organisation (种粮大户刘建国), not a bare name."""
        return bool(self.speaker["title"] or self.speaker["organisation"])


def _join_name(words: list[tuple], i: int) -> tuple[str, int]:
    """The name that begins at ``words[i]`` (``(word, tag, …)`` pairs of jieba's cut, the first tagged
    as a name) and the index after it: the name words that follow, every part of a foreign name
    after its ·s (努雷兰·热克舍姆别科夫, 阿卜杜拉·阿卜杜拉耶/夫), and the given name after a surname
    cut off alone (jieba's 杨/光明)."""
    name, j = words[i][0], i + 1
    while j < len(words) and (words[j][1].startswith("nr") or words[j][0] == "·" or
                              (name.endswith("·") and re.fullmatch(rf"[{HAN}]+", words[j][0]))):
        name += words[j][0]
        j += 1
    if "·" in name and not name.endswith("·") and j < len(words) and words[j][1] == "n" and \
            re.fullmatch(rf"[{HAN}]", words[j][0]):
        name += words[j][0]    # jieba's 阿卜杜拉耶/夫
        j += 1
    if len(name) == 1 and j < len(words) and len(words[j][0]) <= 2 and re.fullmatch(rf"[{HAN}]+", words[j][0]):
        name += words[j][0]
        j += 1
    return name, j


class _ParagraphReader:
    """Finds the speech events of one body paragraph."""

    def __init__(self, text: str, known: frozenset[str] = frozenset()):
        self.text = text
        self.spans, self.problems = scan_quotes(text)
        self.top = [s for s in self.spans if s.depth == 0]
        self.speech = [s for s in self.top if _speech_like(s.content(text))]
        self.inside = [False] * len(text)
        for s in self.top:
            for i in range(s.start, s.end):
                self.inside[i] = True
        self.speech_ends = {s.end for s in self.speech}
        clauses = [s for s in self.top if s not in self.speech and self._closes_reported_speech(s)]
        if clauses:
            self.speech = sorted(self.speech + clauses, key=lambda s: s.start)
            self.speech_ends |= {s.end for s in clauses}
        # persons who have spoken earlier in the article (a bare 周密 named again is still 周密)
        self.known = set(known)
        self._previous_reader: _ParagraphReader | None = None   # set by events()
        self._mentions: list[_Mention] | None = None
        self._narrative: str | None = None

    def _closes_reported_speech(self, span: Span) -> bool:
        """A quotation without sentence punctuation that is a clause of reported speech: it follows a
        comma or colon of a sentence with a reporting verb and ends the clause, and its words hold a
        verb (熊斌介绍，该县已建成…，“下一步将重点推进灌溉设施改造”。). A name or slogan in quotation
        marks stands inside a clause instead (学习运用“千万工程”经验)."""
        text, content = self.text, span.content(self.text)
        if not span.closed or len(content) < 4 or content in _quoted_terms():
            return False
        if span.start == 0 or text[span.start - 1] not in "，,：:":
            return False
        if span.end < len(text) and text[span.end] not in CLAUSE_END:
            return False
        sentence = self.clause_start(span.start, SENTENCE_END)
        if not any(not self.inside[sentence + m.start()] for m in _verb_pattern().finditer(text[sentence:span.start])):
            return False
        return any(tag.startswith("v") for _, tag in _pos_cut(content))

    # where a clause or sentence begins, looking back from i (a speech quotation also ends one)
    def clause_start(self, i: int, marks=CLAUSE_END) -> int:
        j = i
        while j > 0:
            if j in self.speech_ends:
                return j
            if self.text[j - 1] in marks and not self.inside[j - 1]:
                return j
            j -= 1
        return 0

    def attributions(self) -> list[_Attribution]:
        found = []
        for m in _verb_pattern().finditer(self.text):
            if self.inside[m.start()]:
                continue
            start = self.clause_start(m.start())
            phrase = _strip_adverbials(self.text[start:m.start()])
            speaker = parse_speaker(phrase) if phrase else None
            anchor = start
            if speaker is None:
                speaker, anchor = self.sentence_subject(m.start())
                if speaker is None:
                    continue
            found.append(_Attribution(m.group(), m.start(), m.end(), start, anchor, speaker))
        return found

    def sentence_subject(self, verb_at: int) -> tuple[dict | None, int]:
        """The leader, a group or a person named earlier in the verb's sentence (…讲话，强调…)."""
        begin = self.clause_start(verb_at, SENTENCE_END)
        sentence = self.text[begin:verb_at]
        for m in _leader_pattern().finditer(sentence):
            if not self.inside[begin + m.start()] and not re.match(r"的|重要|关于", sentence[m.end():]):
                return parse_speaker(m.group()), begin + m.start()
        first_clause = re.split(r"[，,]", sentence)[0]
        for group in _groups():
            at = first_clause.find(group)
            if at >= 0 and group not in ("他们", "她们"):
                return parse_speaker(first_clause[:at + len(group)]), begin
        return None, begin

    def mentions(self) -> list[_Mention]:
        """Persons named outside quotations, with their description (教授靳立强 → title 教授)."""
        # A run of Han characters inside a quotation is left uncut: no word of it can begin a name (its
        # positions are inside), nor continue one (a run always follows a punctuation mark's token).
        inside, words, at = self.inside, [], 0
        for word, flag in Text(self.text).pairs(uncut=lambda start, end: all(inside[start:end])):
            words.append((word, flag, at))
            at += len(word)
        leaders = {name for _, name, _ in _leaders()}
        found, i = self._mentions_after_titles(), 0
        taken = {m.start for m in found}
        while i < len(words):
            word, flag, start = words[i]
            if flag.startswith("nr") and not self.inside[start] and word not in leaders:
                name, j = _join_name(words, i)
                end = start + len(name)
                is_place = any(p["start"] < end and start < p["end"] for p in _places(self.text[start:end]))
                # 习近平主席贺信: jieba may tag the word after the leader's title as a name
                after_leader = any(self.text[:start].endswith(m) for m, _, _ in _leaders())
                if _is_name(name) and not is_place and not after_leader and start not in taken:
                    clause = self._description_start(start, found)
                    speaker = parse_speaker(self.text[clause:end]) or parse_speaker(name)
                    if speaker and speaker["speaker_type"] == "person" and speaker["speaker"] == name:
                        found.append(_Mention(name, start, end, speaker))
                i = j
            else:
                i += 1
        described = {m.name for m in found if m.described} | self.known
        found = [m for m in found if m.described or m.name in described or not _dictionary_word(m.name)]
        return sorted(found, key=lambda m: m.start)

    def _description_start(self, start: int, found: list[_Mention]) -> int:
        """Where the description of a person named at ``start`` begins: the clause, or after the
        person named before them in it and a 和/与/及/、 (种粮大户张建军和|村民李卫东)."""
        clause = self.clause_start(start)
        for m in found:
            if clause <= m.start and m.end < start and self.text[m.end] in "和与及、":
                clause = max(clause, m.end + 1)
        return clause

    def _mentions_after_titles(self) -> list[_Mention]:
        """Title + name where jieba's cut missed the name (实验室副主任何志远: 主/任何/志远)."""
        titles = sorted(speaker_titles(), key=len, reverse=True)
        pattern = re.compile("(?:" + "|".join(map(re.escape, titles)) + rf")(?=[{HAN}]{{2}})")
        found = []
        for m in pattern.finditer(self.text):
            if self.inside[m.start()] or any(self.text[:m.end()].endswith(lead) for lead, _, _ in _leaders()):
                continue   # 习近平主席|贺信: the leader's title, followed by a word jieba may tag as a name
            # cut what follows the title on its own, where no 任何 can swallow the surname
            words = _pos_cut(self.text[m.end():m.end() + 20])
            name = _join_name(words, 0)[0] if words and words[0][1].startswith("nr") else ""
            if not name and len(words) > 1 and len(words[0][0]) == 1 and words[1][1].startswith("nr") and len(words[1][0]) <= 2:
                name = words[0][0] + words[1][0]     # 何/志远: the surname read as another word
            if _is_name(name):
                clause = self._description_start(m.start(), found)
                speaker = parse_speaker(self.text[clause:m.end() + len(name)])
                if speaker and speaker["speaker_type"] == "person" and speaker["speaker"] == name:
                    found.append(_Mention(name, m.end(), m.end() + len(name), speaker))
        return found

    def events(self, previous_speaker: dict | None, previous_reader: "_ParagraphReader | None" = None
               ) -> tuple[list[_Event], list[tuple[int, int, str]]]:
        """The paragraph's speech events, and the problems met: ``previous_speaker`` is who spoke
        last in the paragraph before (for a quotation that continues their speech); ``previous_reader``
        the paragraph just before, where a pronoun opening this one may find its person."""
        problems = list(self.problems)
        owner: dict[int, _Event] = {}   # speech quotation start -> its event
        self._previous_reader = previous_reader
        events = self._events_from_verbs(owner, previous_speaker, problems)
        self._claim_quotations(events, owner, previous_speaker, problems)
        events.sort(key=lambda e: min([e.anchor] + [s[0] for s in e.segments]))
        self._close_indirect(events)
        return _merge_same_speaker(events), problems

    def _all_mentions(self) -> list[_Mention]:
        if self._mentions is None:
            self._mentions = self.mentions()
        return self._mentions

    def antecedent(self, before: int) -> tuple[_Mention | None, str | None]:
        """Whom 他/她 at ``before`` refers to: the person named in the nearest sentence before it that
        names one — a person introduced by a title or organisation (种粮大户刘建国) rather than a bare
        name, and of several, the first, the sentence's subject. Returns the mention and a note when
        the sentence named more than one person."""
        earlier = [m for m in self._all_mentions() if m.end <= before]
        if not earlier:
            return None, None
        sentences = [self.clause_start(m.start, SENTENCE_END) for m in earlier]
        last = [m for m, at in zip(earlier, sentences) if at == max(sentences)]
        candidates = [m for m in last if m.described] or last
        names = list(dict.fromkeys(m.name for m in candidates))
        note = None
        if len(names) > 1:
            note = f"pronoun: the sentence before names {'、'.join(names)}; took the first, its subject"
        return candidates[0], note

    def _resolve(self, speaker: dict, before: int, events: list[_Event], previous: dict | None
                 ) -> tuple[dict | None, str | None]:
        """他/她: the person of the nearest sentence before the verb that names one (see
        :meth:`antecedent`), else the last person speaking in the paragraph, else the last speaker
        of the paragraph before, else the person its last sentence naming one introduces."""
        if speaker["speaker_type"] != "pronoun":
            return speaker, None
        mention, note = self.antecedent(before)
        if mention is not None:
            return mention.speaker, note
        persons = [e.speaker for e in events if e.speaker["speaker_type"] == "person"]
        if persons:
            return persons[-1], None
        if previous is not None:
            return previous, None
        reader = self._previous_reader
        if reader is not None:
            mention, note = reader.antecedent(len(reader.text))
            if mention is not None:
                return mention.speaker, note or "pronoun: person named in the paragraph before"
        return None, None

    def _events_from_verbs(self, owner: dict, previous: dict | None, problems: list) -> list[_Event]:
        """One event per reporting verb with a speaker: the quotation just before it (“Q”name说),
        the one just after it (name说：“Q” — both for a split quotation), or the reported words
        that follow it (name表示，…)."""
        text, events = self.text, []
        attributions = self.attributions()
        self.known |= {a.speaker["speaker"] for a in attributions if a.speaker["speaker_type"] == "person"}
        for a in attributions:
            speaker, note = self._resolve(a.speaker, a.verb_start, events, previous)
            if speaker is None:
                problems.append((a.verb_start, a.verb_end, f"pronoun before {a.verb} with no one to refer to"))
                continue
            event = _Event(speaker, a.verb, a.anchor, notes=[note] if note else [])
            before = next((s for s in self.speech if s.end == a.clause_start), None)
            if before is not None and before.start not in owner:
                event.segments.append((before.start, before.end, "direct"))
                owner[before.start] = event
                event.anchor = before.start
            after = a.verb_end
            while after < len(text) and text[after] in "：:，, ":
                after += 1
            following = next((s for s in self.top if s.start == after), None)
            if following is not None and following.start not in owner and (
                    following in self.speech or text[a.verb_end:after].strip(" ") in ("：", ":")):
                event.segments.append((following.start, following.end, "direct"))
                owner[following.start] = event
            elif after < len(text) and text[after] not in SENTENCE_END:
                event.segments.append((after, None, "indirect"))   # closed by _close_indirect
            events.append(event)
        return events

    def _claim_quotations(self, events: list[_Event], owner: dict, previous: dict | None, problems: list) -> None:
        """A quotation no verb claims belongs to the speaker already talking in the paragraph, else
        to the person the paragraph names nearest to it (before or after), else to whoever spoke
        last in the paragraph before; if there is no one, it is reported."""
        for span in self.speech:
            if span.start in owner:
                continue
            earlier = [e for e in events if e.segments and e.segments[0][0] < span.start]
            if earlier:
                event = max(earlier, key=lambda e: e.segments[0][0])
                event.segments.append((span.start, span.end, "direct"))
                owner[span.start] = event
                continue
            mentions = self._all_mentions()
            if mentions:
                nearest = min(mentions, key=lambda m: min(abs(m.start - span.end), abs(span.start - m.end)))
                named = [m for m in mentions if m.name == nearest.name]
                # the fullest description of that person in the paragraph
                speaker = max(named, key=lambda m: bool(m.speaker["title"]) + bool(m.speaker["organisation"])).speaker
                note = "no speech verb: speaker named in the paragraph"
            elif previous is not None:
                speaker, note = previous, "no speech verb: speaker of the paragraph before"
            else:
                problems.append((span.start, span.end, "quotation with sentence punctuation but no speaker found"))
                continue
            event = _Event(speaker, None, span.start, notes=[note])
            event.segments.append((span.start, span.end, "direct"))
            owner[span.start] = event
            events.append(event)

    def _close_indirect(self, events: list[_Event]) -> None:
        """An indirect segment runs to the end of the paragraph, or to the sentence before the next
        event begins, or to the next quotation that belongs to someone."""
        stops = sorted({min([e.anchor] + [s[0] for s in e.segments]) for e in events}
                       | {s.start for s in self.speech})
        for event in events:
            closed = []
            for start, end, kind in event.segments:
                if end is None:
                    end = next((p for p in stops if p > start), len(self.text))
                    if end < len(self.text):
                        sentence = self.clause_start(end, SENTENCE_END)
                        if sentence > start:
                            end = sentence
                closed.append((start, end, kind))
            event.segments = sorted(closed)


def _merge_same_speaker(events: list[_Event]) -> list[_Event]:
    merged: list[_Event] = []
    for event in events:
        same = next((m for m in merged if m.speaker["speaker"] == event.speaker["speaker"]), None)
        if same is None:
            merged.append(event)
        else:
            same.segments = sorted(same.segments + event.segments)
            same.verb = same.verb or event.verb
            same.notes += event.notes
    return [e for e in merged if e.segments]


# --- the corpus ---------------------------------------------------------------------------------

@dataclass
class QuoteAnalysis:
    events: pd.DataFrame
    non_speech: pd.DataFrame
    skipped: pd.DataFrame


_analyses: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def analyse(corpus, workers: int = 1, cache: bool = True) -> QuoteAnalysis:
    """Speech events, non-speech quotations and skipped marks of a corpus, computed once per corpus.

    ``workers=2`` shares the articles between two processes (for a large corpus; the report does). With
    ``cache`` (the default) the tables are also kept in the user's cache directory and read back when
    the same paragraphs are analysed again by the same code and data (see helpers.regions.mentions).
    """
    if corpus not in _analyses:
        path = result_path("quotes", corpus._paragraphs, QUOTE_FIELDS) if cache else None
        result = read_result(path)
        if not isinstance(result, QuoteAnalysis):
            result = _analyse(corpus, workers)
            write_result(path, result)
        _analyses[corpus] = result
    return _analyses[corpus]


# What the analysis reads of a paragraph: the key of the cached tables.
QUOTE_FIELDS = ("paragraph", "file", "line", "article", "section", "kind", "start", "pieces", "text")


def extract(corpus) -> pd.DataFrame:
    """One row per speech event: who speaks (speaker, title, organisation, province, country,
    category, level), how (verb, mode) and what (text), with file offsets ``start``/``end``.

    ``mode`` is ``direct`` (only quoted words), ``indirect`` (reported, no quotation marks) or
    ``mixed``. ``speaker_id`` is the same for one person quoted in several articles.

    >>> events = extract(helpers.load_corpus())                       # doctest: +SKIP
    >>> events.groupby("mode").size()                                  # doctest: +SKIP
    """
    return analyse(corpus).events.copy()


def non_speech(corpus) -> pd.DataFrame:
    """Quotation marks that are not speech: slogans, metaphors, names, honours, cited words.

    ``kind``: slogan or metaphor (``quoted_terms.csv``), honour (“人民楷模”称号), name (“…论坛”,
    “图帕克·卡塔里”星), cited (someone else's words inside a quotation, ‘中国式现代化，民生为大。’),
    term (anything else). ``nested`` is True inside another quotation; ``speaker`` is whose speech
    it sits in, if any.
    """
    return analyse(corpus).non_speech.copy()


def skipped(corpus) -> pd.DataFrame:
    """What the extractor could not read: unbalanced quotation marks, quotations with no speaker."""
    return analyse(corpus).skipped.copy()


def _analyse(corpus, workers: int = 1) -> QuoteAnalysis:
    by_article: dict[int, list] = {}
    for p in corpus._paragraphs:
        by_article.setdefault(p.article, []).append(p)
    rows, terms, problems = [], [], []
    workers = useful_workers(corpus._paragraphs, workers)
    for article_rows, article_terms, article_problems in in_processes(
            _article_analyses, list(by_article.values()), workers, load=preload):
        rows += article_rows
        terms += article_terms
        problems += article_problems
    events = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    events["speaker_id"] = _speaker_ids(events)
    return QuoteAnalysis(events, pd.DataFrame(terms, columns=NON_SPEECH_COLUMNS),
                         pd.DataFrame(problems, columns=SKIPPED_COLUMNS))


def _article_analyses(articles: list[list]) -> list[tuple[list, list, list]]:
    """(event rows, non-speech rows, skipped rows) of each article, given as its list of paragraphs."""
    return [_article_analysis(paragraphs) for paragraphs in articles]


def _article_analysis(paragraphs: list) -> tuple[list, list, list]:
    article_rows, terms, problems = [], [], []
    narrative, last_speaker, previous_had_speech = [], None, False
    known: set[str] = set()        # persons who have spoken so far in the article
    previous_reader = None         # the body paragraph just before, if nothing came between
    for p in paragraphs:
        if p.kind != "body":
            reader = _ParagraphReader(p.text)
            terms += _non_speech_rows(p, reader, [])
            previous_reader = None
            continue
        reader = _ParagraphReader(p.text, frozenset(known))
        events, found_problems = reader.events(last_speaker, previous_reader)
        known |= {e.speaker["speaker"] for e in events if e.speaker["speaker_type"] == "person"}
        previous_reader = reader
        for start, end, reason in found_problems:
            problems.append({"file": p.file, "line": p.line, "article": p.article,
                             "start": p.file_offset(start), "end": p.file_offset(max(start, end - 1)) + 1,
                             "text": p.text[start:end][:60], "reason": reason})
        context = _Context(p, reader, narrative, previous_had_speech)
        for event in events:
            article_rows.append(_event_row(p, reader, event, context))
        terms += _non_speech_rows(p, reader, events)
        narrative.append((p, reader))
        previous_had_speech = bool(events)
        persons = [e.speaker for e in events if e.speaker["speaker_type"] == "person"]
        last_speaker = persons[-1] if persons else None
    _fill_from_article(article_rows)
    return article_rows, terms, problems


@dataclass
class _Context:
    """What placing a speaker may look at: the paragraph and the article's earlier narrative."""

    paragraph: object
    reader: _ParagraphReader
    earlier: list            # (paragraph, reader) of the article's earlier body paragraphs
    previous_had_speech: bool


def _outside_quotes(text: str, reader: _ParagraphReader, end: int | None = None) -> str:
    """The paragraph's narrative with speech quotations blanked out (offsets kept)."""
    if text != reader.text:
        return _blank_speech(text[:end] if end is not None else text, reader.speech)
    if reader._narrative is None:  # worked out once per paragraph: later events look back at it again
        reader._narrative = _blank_speech(text, reader.speech)
    return reader._narrative[:end] if end is not None else reader._narrative


def _blank_speech(text: str, speech: list[Span]) -> str:
    chars = list(text)
    for s in speech:
        for i in range(s.start, min(s.end, len(chars))):
            chars[i] = "　"
    return "".join(chars)


def _expanded_organisation(organisation: str, context: _Context, before: int) -> str:
    """The organisation with the places written before it where the article first names it in full
    (固原巷社区 → 新疆维吾尔自治区乌鲁木齐市天山区固原巷社区)."""
    sources = [(p.text, r) for p, r in context.earlier] + [(context.paragraph.text[:before], context.reader)]
    for text, reader in sources:
        narrative = _outside_quotes(text, reader)
        at = narrative.find(organisation)
        if at > 0:
            window = narrative[max(0, at - 40):at]
            chains = _place_chains(window + organisation)
            for chain in chains:
                if chain[0]["start"] < len(window) and chain[-1]["end"] >= len(window):
                    return window[chain[0]["start"]:] + organisation
    return organisation


def _scene_province(context: _Context, span: tuple[int, int]) -> str | None:
    """Where the reporter places a speaker who has no organisation: the sentence naming them, the
    narrative paragraph just before, then the article's opening scene."""
    p, reader = context.paragraph, context.reader
    narrative = _outside_quotes(p.text, reader)
    begin = reader.clause_start(span[0], SENTENCE_END)
    end = next((i + 1 for i in range(span[1], len(narrative)) if narrative[i] in SENTENCE_END), len(narrative))
    province, _ = _province_of(narrative[begin:end], last_chain=False)
    if province:
        return province
    if context.earlier and not context.previous_had_speech:
        q, r = context.earlier[-1]
        province, _ = _province_of(_outside_quotes(q.text, r), last_chain=False)
        if province:
            return province
    if context.earlier:
        q, r = context.earlier[0]
        province, _ = _province_of(_outside_quotes(q.text, r), last_chain=False)
    return province


def _event_row(p, reader: _ParagraphReader, event: _Event, context: _Context) -> dict:
    text = p.text
    speaker = event.speaker

    def spoken(start: int, end: int, kind: str) -> str:
        if kind == "indirect":
            return text[start:end]
        return text[start + 1:end - 1] if text[end - 1] in CLOSERS else text[start + 1:end]   # unclosed

    words = [spoken(*segment) for segment in event.segments]
    direct = [w for w, segment in zip(words, event.segments) if segment[2] == "direct"]
    indirect = [w for w, segment in zip(words, event.segments) if segment[2] == "indirect"]
    mode = "mixed" if direct and indirect else ("direct" if direct else "indirect")
    start, end = event.segments[0][0], event.segments[-1][1]
    notes = list(event.notes)
    if any(not s.closed for s in reader.top if start <= s.start < end):
        notes.append("unclosed quotation")
    row = {"file": p.file, "line": p.line, "article": p.article, "section": p.section,
           "speaker": speaker["speaker"], "speaker_id": None, "speaker_type": speaker["speaker_type"],
           "title": speaker["title"], "organisation": speaker["organisation"], "place": speaker.get("place"),
           "province": None, "country": None, "category": None, "level": None,
           "verb": event.verb, "verb_class": speech_verbs().get(event.verb) if event.verb else None,
           "mode": mode, "text": "".join(words), "direct_text": "".join(direct) or None,
           "indirect_text": "".join(indirect) or None, "n_chars": sum(map(len, words)),
           "start": p.file_offset(start), "end": p.file_offset(end - 1) + 1, "note": "; ".join(notes)}
    _locate(row, speaker, event, context)
    return row


def _locate(row: dict, speaker: dict, event: _Event, context: _Context) -> None:
    """Fill province, country, category and level."""
    kind = speaker["speaker_type"]
    if kind == "leader":
        row.update(country="中国", category="leader")
        return
    if kind == "group":
        row.update(country=_foreign_region(speaker["phrase"]), category="group")
        return
    organisation = speaker["organisation"] or ""
    country = speaker.get("origin") or _foreign_country(organisation)
    row["country"] = country or "中国"
    if country:
        row["category"] = "foreign"
        return
    anchor = event.anchor
    if organisation:
        full = _expanded_organisation(organisation, context, anchor)
        province, chain = _province_of(full)
        if province is None:   # 在新疆霍尔果斯口岸，…。霍尔果斯海关副关长杜建军…
            before = _outside_quotes(context.paragraph.text, context.reader, anchor)
            province, _ = _province_of(before)
    else:
        full, chain = "", []
        province = _scene_province(context, _mention_span(context, speaker, anchor))
    row["province"] = province
    row["category"], row["level"] = _category(row, full, chain)


def _mention_span(context: _Context, speaker: dict, anchor: int) -> tuple[int, int]:
    at = context.paragraph.text.find(speaker["speaker"])
    return (at, at + len(speaker["speaker"])) if at >= 0 else (anchor, anchor)


def _foreign_region(phrase: str) -> str | None:
    places = [p for p in _places(phrase) if not p["province"]]
    foreign = [p for p in places if p["country"] != "中国"]
    return foreign[0]["country"] if foreign else None


def _category(row: dict, organisation: str, chain: list[dict]) -> tuple[str, str | None]:
    """Speaker category from the last title of the chain, and an official's level from the
    organisation: national, provincial, prefecture, county or grassroots."""
    titles = speaker_titles()
    classes = [titles[t] for t in map(_title_suffix, (row["title"] or "").split("、")) if t]
    kind = classes[-1] if classes else "worker"   # no title at all: a resident or worker
    if kind == "honour":
        kind = "worker"
    if kind == "diplomat":
        kind = "official"
    if kind == "official" and row["title"] and row["title"].endswith("负责人") and \
            ENTERPRISE.search(organisation + row["title"]):
        kind = "enterprise"
    if kind == "expert" and re.search(r"(?:法院|检察院)$", organisation):
        kind = "official"
    if kind == "official" and RESEARCH.search(organisation):   # 实验室副主任: a researcher
        kind = "expert"
    if kind != "official":
        return kind, None
    if GRASSROOTS.search(organisation):
        return kind, "grassroots"
    if row["province"] is None:
        return kind, "national"
    if CORPS_DIVISION.search(organisation):
        return kind, "prefecture"
    levels = [p["level"] for p in chain]
    for level in ("county", "prefecture"):
        if level in levels:
            return kind, level
    return kind, "provincial"


def _fill_from_article(rows: list[dict]) -> None:
    """A person named again later in an article keeps the title and organisation given first."""
    first: dict[str, dict] = {}
    for row in rows:
        if row["speaker_type"] != "person":
            continue
        known = first.setdefault(row["speaker"], row)
        if known is not row and not row["title"] and not row["organisation"]:
            for column in ("title", "organisation", "place", "province", "category", "level"):
                row[column] = known[column]


def _speaker_ids(events: pd.DataFrame) -> list[str]:
    """One id per person across the corpus: the name, unless two provinces say they are different
    people (then name#2…). Groups are counted per article; the leader is one speaker."""
    ids, seen = [], {}
    for speaker, kind, article, province in zip(events["speaker"], events["speaker_type"], events["article"],
                                                events["province"]):
        if kind == "group":
            ids.append(f"{speaker}#{article}")
            continue
        places = seen.setdefault(speaker, [])
        match = next((i for i, prov in enumerate(places)
                      if prov is None or province is None or prov == province), None)
        if match is None:
            places.append(province)
            match = len(places) - 1
        elif places[match] is None:
            places[match] = province
        ids.append(speaker if match == 0 else f"{speaker}#{match + 1}")
    return ids


# --- quotation marks that are not speech --------------------------------------------------------

def _non_speech_rows(p, reader: _ParagraphReader, events: list[_Event]) -> list[dict]:
    text, rows = p.text, []
    direct_spans = {s: e for e in events for s, _, k in e.segments if k == "direct"}
    speech_starts = set(direct_spans)
    for span in reader.spans:
        if span.depth == 0 and span.start in speech_starts:
            continue
        content = span.content(text)
        outer = next((s for s in reader.top if s.start < span.start and span.end <= s.end), None)
        nested = outer is not None
        if span.depth == 0 and span in reader.speech and p.kind == "body":
            continue   # unattributed speech: reported by skipped(), not a term
        owner = None
        for event in events:
            if any(s <= span.start < e for s, e, _ in event.segments):
                owner = event.speaker["speaker"]
        rows.append({"file": p.file, "line": p.line, "article": p.article, "paragraph_kind": p.kind,
                     "term": content, "kind": _term_kind(text, span, outer), "nested": nested,
                     "speaker": owner, "start": p.file_offset(span.start),
                     "end": p.file_offset(span.end - 1) + 1})
    return rows


def _term_kind(text: str, span: Span, outer: Span | None) -> str:
    content = span.content(text)
    known = _quoted_terms().get(content)
    if known in ("slogan", "metaphor"):
        return known
    if outer is not None:
        clause = text[outer.start + 1:span.start]
        clause = re.split(r"[，。；！？,;]", clause)[-1]
        if _speech_like(content) or _verb_pattern().search(clause) or "叮嘱" in clause:
            return "cited"
    after = text[span.end:span.end + 24]
    after = re.sub(r"^(?:[“‘][^”’]*[”’]|、)*", "", after)   # “民情茶室”“松牌夜话”等…
    after = re.split(r"[，。；！？,;]", after)[0]
    if any(after.lstrip("的").startswith(w) for w in _cue_words("honour-word")):
        return "honour"
    if any(after.lstrip("的").startswith(w) for w in _cue_words("slogan-word")):
        return "slogan"
    if content.endswith(_cue_words("name-word")) or any(
            w in after[:12] and after.startswith(("等", w)) for w in _cue_words("name-word")):
        return "name"
    return "term"


# --- echoes of the leader's words ---------------------------------------------------------------

LEADER = r"(?:习近平)?(?:总书记|主席|习主席)?(?:的)?"
SPEECH = r"(?:重要讲话|重要指示|重要论述|重要回信|贺信|回信|讲话|指示)?精神"


@lru_cache(maxsize=None)
def echo_formulas() -> pd.DataFrame:
    """The formulas of ``echo_formulas.csv`` with their compiled patterns (column ``regex``)."""
    table = _csv("echo_formulas.csv")
    table["regex"] = [re.compile(p.replace("{leader}", LEADER).replace("{speech}", SPEECH))
                      for p in table["pattern"]]
    return table


def _bigrams(text: str) -> list[tuple[str, str]]:
    from .segment import CONTENT, cut, is_stopword

    words = [w for w in cut(text) if CONTENT.search(w)]
    return [(a, b) for a, b in zip(words, words[1:]) if not (is_stopword(a) and is_stopword(b))]


def _first_clause_end(text: str) -> int:
    return next((i for i, ch in enumerate(text) if ch in CLAUSE_END), len(text))


def echo(events: pd.DataFrame) -> pd.DataFrame:
    """How each quotation repeats the leader: formulas, citations and shared wording.

    One row per speech event other than the leader's, with ``formulas`` (labels from
    ``echo_formulas.csv`` found in the words, in order), ``opens_with_formula`` (one stands in the
    first clause: 深入贯彻落实习近平总书记重要讲话精神，我们将…), ``cites_leader`` (the words name him), ``n_bigrams`` (word pairs in the words),
    ``shared_bigrams`` (how many also occur in the leader's statements reported in the same
    article), ``echo_share`` (their share) and ``longest_shared`` (the longest run of characters
    copied from the leader's statements; ``None`` where the article reports none).

    >>> table = echo(extract(helpers.load_corpus()))                   # doctest: +SKIP
    """
    formulas = echo_formulas()
    leader_text = events[events["speaker_type"] == "leader"].groupby("article")["text"].apply("".join)
    rows = []
    for row in events[events["speaker_type"] != "leader"].itertuples():
        words = row.text
        found = sorted(((m.start(), label, kind) for label, kind, regex in
                        zip(formulas["label"], formulas["kind"], formulas["regex"])
                        for m in [regex.search(words)] if m), key=lambda f: f[0])
        statement = leader_text.get(row.article)
        pairs = _bigrams(words)
        shared, longest = None, None
        if statement:
            leader_pairs = set(_bigrams(statement))
            shared = sum(pair in leader_pairs for pair in pairs)
            match = SequenceMatcher(None, words, statement, autojunk=False).find_longest_match(
                0, len(words), 0, len(statement))
            longest = words[match.a:match.a + match.size].strip("，。；、：！？,;:")
            longest = longest if len(longest) >= 4 else ""
        rows.append({"file": row.file, "line": row.line, "article": row.article, "speaker": row.speaker,
                     "category": row.category, "mode": row.mode,
                     "formulas": "、".join(label for _, label, _ in found) or None,
                     "formula_kinds": "、".join(dict.fromkeys(kind for _, _, kind in found)) or None,
                     "opens_with_formula": bool(found) and found[0][0] < _first_clause_end(words),
                     "cites_leader": bool(re.search(r"习近平|总书记|习主席|主席", words)),
                     "n_bigrams": len(pairs), "shared_bigrams": shared,
                     "echo_share": (shared / len(pairs)) if shared is not None and pairs else None,
                     "longest_shared": longest})
    return pd.DataFrame(rows)


def echo_figure(table: pd.DataFrame, title: str = "引语如何呼应总书记的话 · How quotations echo the leader"):
    """Two panels from an :func:`echo` table: how many quotations use each formula; and, per article,
    the share of quotations that open with a formula, cite the leader, or repeat a word pair of the
    leader's statements reported in that article ("n/a" where the article reports none)."""
    import matplotlib.pyplot as plt

    from .figures import setup

    setup()   # Chinese labels need the CJK font
    labels = table["formulas"].dropna().str.split("、").explode().value_counts().sort_values()
    measures = {"opens with a formula 以套语开头": table["opens_with_formula"],
                "cites the leader 提到总书记/主席": table["cites_leader"],
                "repeats his wording 重复原话词对": (table["shared_bigrams"] > 0).where(table["shared_bigrams"].notna())}
    shares = pd.DataFrame({k: v.groupby(table["article"]).mean() * 100 for k, v in measures.items()})
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.8), gridspec_kw={"width_ratios": [1.1, 1]})
    left.barh(labels.index, labels.values, color="#4477aa")
    left.set_xlabel("quotations 引语数")
    left.set_title("formulas used 套语")
    for y, value in enumerate(labels.values):
        left.text(value + 0.1, y, str(value), va="center", fontsize=8)
    width = 0.8 / len(shares.columns)
    for i, (column, colour) in enumerate(zip(shares.columns, ["#ee6677", "#228833", "#ccbb44"])):
        right.bar(shares.index + (i - 1) * width, shares[column].fillna(0), width, label=column, color=colour)
        for x in shares.index[shares[column].isna()]:   # no leader statement reported in the article
            right.text(x + (i - 1) * width, 1, "n/a", ha="center", va="bottom", fontsize=8, rotation=90)
    right.set_xticks(shares.index, [f"article {a}" for a in shares.index])
    right.set_ylabel("share of the article's quotations (%) 占本篇引语的比例")
    right.set_ylim(0, 105)
    right.set_title("per article 各篇文章")
    right.legend(fontsize=8, loc="upper right")
    fig.suptitle(title)
    fig.tight_layout()
    return fig


# --- gold tables and scores ---------------------------------------------------------------------

GOLD = Path(__file__).resolve().parent.parent / "tests" / "quotes_gold.csv"
SCORED_FIELDS = ("speaker", "province", "verb", "mode")


def read_gold(path: str | Path = GOLD) -> pd.DataFrame:
    """A hand-checked gold table (``tests/quotes_gold.csv`` by default); empty cells become None."""
    table = _read_csv_commented(Path(path))
    table["line"] = table["line"].astype(int)
    table["article"] = table["article"].astype(int)
    return table.replace({"": None})


def _same(a, b) -> bool:
    empty = (lambda v: v is None or (isinstance(v, float) and pd.isna(v)) or v == "")
    return (empty(a) and empty(b)) or a == b


def compare(events: pd.DataFrame, gold: pd.DataFrame, fields=SCORED_FIELDS) -> pd.DataFrame:
    """Gold and extracted events side by side, matched on file, line and speaker.

    ``status``: ``correct`` (found, every field right), ``wrong`` (found, some field wrong — see
    ``wrong_fields``), ``missed`` (in gold only), ``extra`` (extracted only).
    """
    key = ["file", "line", "speaker"]
    left = gold[key + [f for f in fields if f != "speaker"]]
    right = events[key + [f for f in fields if f != "speaker"]]
    both = left.merge(right, on=key, how="outer", suffixes=("_gold", "_found"), indicator=True)
    rows = []
    for r in both.to_dict("records"):
        wrong = [f for f in fields if f != "speaker" and not _same(r[f + "_gold"], r[f + "_found"])]
        status = {"left_only": "missed", "right_only": "extra"}.get(r["_merge"]) or ("wrong" if wrong else "correct")
        rows.append({**{k: r[k] for k in key}, "status": status,
                     "wrong_fields": "、".join(wrong) if status == "wrong" else None,
                     **{c: r[c] for c in r if c.endswith(("_gold", "_found"))}})
    return pd.DataFrame(rows).sort_values(["file", "line", "speaker"], ignore_index=True)


def score(events: pd.DataFrame, gold: pd.DataFrame, fields=SCORED_FIELDS) -> dict:
    """Precision and recall of speech events, counting an event right only if every field is.

    >>> score(extract(corpus), read_gold())                         # doctest: +SKIP
    {'gold': 57, 'found': 57, 'correct': 57, 'precision': 1.0, 'recall': 1.0}
    """
    table = compare(events, gold, fields)
    correct = int((table["status"] == "correct").sum())
    found = int(table["status"].isin(["correct", "wrong", "extra"]).sum())
    expected = int(table["status"].isin(["correct", "wrong", "missed"]).sum())
    return {"gold": expected, "found": found, "correct": correct,
            "precision": correct / found if found else 0.0, "recall": correct / expected if expected else 0.0}
