"""The word lists of ``helpers/data`` that the quotation stages read, one reader each, cached.

Every file carries a ``#`` header saying where it comes from, its date and licence; :func:`read_table`
reads a CSV one and :func:`helpers.segment.read_list` a plain one.

>>> speech_verbs()["坦言"]
'emphatic'
>>> verb_pattern().search("对我们来说，这说明路子走对了") is None
True
"""
from __future__ import annotations

import io
import re
import sys
from functools import lru_cache
from pathlib import Path

from ..lazy import pandas as pd
from ..segment import DATA, read_list, read_rows


def read_table(path: Path | str) -> pd.DataFrame:
    """A CSV file whose ``#`` lines are its provenance header; every cell a string (``data/`` by name)."""
    path = Path(path) if Path(path).is_absolute() or Path(path).exists() else DATA / path
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    body = "".join(line for line in lines if not line.startswith("#"))
    return pd.read_csv(io.StringIO(body), dtype=str, keep_default_na=False)


def read_columns(name: str) -> dict[str, list[str]]:
    """A CSV file of ``data/`` as columns of text (:func:`read_table` without pandas, which the report's worker
    processes never import)."""
    rows = read_rows(name)
    return {column: [row[column] for row in rows] for column in (rows[0] if rows else {})}


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def speech_verbs() -> dict[str, str]:
    """Reporting verbs (``speech_verbs.csv``): verb -> class (neutral, emphatic, evaluative, cognitive, asking,
    finding).

    >>> speech_verbs()["告诉记者"]
    'neutral'
    """
    table = read_columns("speech_verbs.csv")
    return dict(zip(table["verb"], table["class"]))


# The addressee some reporting verbs of speech_verbs.csv carry (告诉记者, 对记者说, 向记者介绍): matched with the
# verb, so that the words begin after it, but not part of the verb reported.
ADDRESSEE = re.compile(r"^[对向跟]记者|记者$")


# The manner some reporting verbs of speech_verbs.csv carry in 地 before 说 (感慨地说, 自豪地说): matched with the verb,
# so that the manner is no part of the speaker, but the verb reported is 说, as the gold of every set records it
# (兴奋地说, 笑眯眯地说: 说; session 18, blind23d)
MANNER = re.compile(r"^[^地]+地(?=说$)")


def verb_proper(verb: str) -> str:
    """The reporting verb without its addressee: ``verb_proper("告诉记者") == "告诉"``, ``"向记者介绍"`` → 介绍; and
    without its manner: ``verb_proper("感慨地说") == "说"``."""
    return ADDRESSEE.sub("", MANNER.sub("", verb)) or verb


# What closes a clause, looking back from a verb for the 在 that opens a frame of time or circumstance
FRAME_CLAUSE_MARKS = "，,。；;：:！？!?“”\n"
# 在 after these characters is no preposition opening a frame (正在, 现在, 存在, 实在, 所在, 自在, 好在)
NOT_FRAME_ZAI = "正现存实所自好内"
# After 中, the second character of a word that opens the words reported (表示中方…, 介绍中国…, 强调中美…): no frame
AFTER_ZHONG_IN_WORDS = "国方美欧非俄共央华东部小西南北英法德韩越老泰蒙印巴阿埃新医药"
FRAME_REACH = 24


def in_frame(text: str, start: int, end: int) -> bool:
    """The verb at ``start:end`` of ``text`` is the head of a frame of time or circumstance (胡尧在讲解时压低了声音,
    张芷涵在讲述中日益…, 在一份声明中说: when or where, the verb reports no words of its own): 时 after it (not 时任),
    or 中 after it where 在 opens its clause (not 正在, and not 中方, 中国 …: words reported). audit23q (People's
    Daily 2025-04-04)."""
    after = text[end:end + 1]
    if after == "时":
        return not text.startswith("时任", end)
    if after != "中" or text[end + 1:end + 2] in AFTER_ZHONG_IN_WORDS and text[end + 1:end + 2]:
        return False
    at = start - 1
    while at >= 0 and start - at <= FRAME_REACH and text[at] not in FRAME_CLAUSE_MARKS:
        if text[at] == "在" and (at == 0 or text[at - 1] not in NOT_FRAME_ZAI):
            return True
        at -= 1
    return False


class VerbPattern:
    """:func:`verb_pattern`'s matches less a verb heading a frame (:func:`in_frame`): ``finditer`` and ``search`` as a
    compiled pattern's."""

    __slots__ = ("pattern",)

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        for match in self.pattern.finditer(text, pos, endpos):
            if not in_frame(text, match.start(), match.end()):
                yield match

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return next(self.finditer(text, pos, endpos), None)


def verb_pattern() -> VerbPattern:
    """:func:`verb_regex` less the verbs that head a frame of time or circumstance (:func:`in_frame`)."""
    return _verb_pattern()


@lru_cache(maxsize=None)
def _verb_pattern() -> VerbPattern:
    return VerbPattern(verb_regex())


@lru_cache(maxsize=None)
def verb_regex() -> re.Pattern:
    """Every reporting verb, longest first, each with its guards from ``verb_guards.csv``: the
    characters that may not stand before it (小说, 据说) and the words that may not follow it (说明); some only
    before a comma, a colon, a quotation mark or a full stop (``only_before``: 发现，…, 群众反映，…, “…”她讲解。; not
    发现地里…, 反映了, 正在讲解古诗)."""
    guards = read_columns("verb_guards.csv")
    before = {v: [w for w in b.split("|") if w] for v, b in zip(guards["verb"], guards["not_preceded_by"])}
    after = {v: [w for w in a.split("|") if w] for v, a in zip(guards["verb"], guards["not_followed_by"])}
    verbs = read_columns("speech_verbs.csv")
    punctuated = {verb for verb, only in zip(verbs["verb"], verbs["only_before"]) if only == "punctuation"}
    alternatives = []
    for verb in _longest_first(speech_verbs()):
        # "not preceded by w" is checked after the verb, as "w + verb does not end here": every alternative
        # then begins with its verb, so the regex engine skips a position no verb begins at (50x faster)
        lookbehind = "".join(f"(?<!{re.escape(w + verb)})" for w in before.get(verb, []))
        lookahead = f"(?!{'|'.join(map(re.escape, after[verb]))})" if after.get(verb) else ""
        reports = "(?=[，,：:“。])" if verb in punctuated else ""
        alternatives.append(re.escape(verb) + lookbehind + lookahead + reports)
    return re.compile("|".join(alternatives))


@lru_cache(maxsize=None)
def speaker_titles() -> dict[str, str]:
    """Titles (``speaker_titles.csv``): title -> class (official, enterprise, expert, worker, honour,
    diplomat, deputy, journalist, kin)."""
    table = read_columns("speaker_titles.csv")
    return dict(zip(table["title"], table["class"]))


@lru_cache(maxsize=None)
def owner_nouns() -> tuple[tuple[str, str], ...]:
    """Nouns that say what a quotation is when a copula after it ends in them (``owner_nouns.csv``): (noun, kind)
    pairs, longest noun first; kind is words, thing, other or relation.

    >>> dict(owner_nouns())["心声"], dict(owner_nouns())["座右铭"]
    ('words', 'thing')
    """
    table = read_columns("owner_nouns.csv")
    kinds = dict(zip(table["noun"], table["kind"]))
    return tuple((noun, kinds[noun]) for noun in _longest_first(kinds))


@lru_cache(maxsize=None)
def titles_after_names() -> tuple[str, ...]:
    """Titles written after a name in session coverage (罗云峰代表, 肖新光委员): ``after_name`` rows."""
    table = read_columns("speaker_titles.csv")
    if "after_name" not in table:
        return ()
    return _longest_first(title for title, after in zip(table["title"], table["after_name"]) if after == "yes")


@lru_cache(maxsize=None)
def groups() -> tuple[str, ...]:
    """Collective speakers (``speaker_groups.txt``), longest first."""
    return _longest_first(read_list("speaker_groups.txt"))


@lru_cache(maxsize=None)
def organisation_suffixes() -> tuple[str, ...]:
    """Endings of unit names (``organisation_suffixes.txt``), longest first."""
    return _longest_first(read_list("organisation_suffixes.txt"))


@lru_cache(maxsize=None)
def leaders() -> tuple[tuple[str, str, str], ...]:
    """``(mention, name, title)`` of the leader whose words the genre answers (``leaders.csv``),
    longest mention first. Where the table ranks several leaders (a ``rank`` column), only
    the general secretary's rows (rank 1) count: the other rows are read by other modules."""
    table = read_columns("leaders.csv")
    ranks = table.get("rank", ["1"] * len(table["name"]))
    rows = [row for row, rank in zip(zip(table["mention"], table["name"], table["title"]), ranks) if rank == "1"]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=None)
def central_leaders() -> frozenset[str]:
    """The names of every row of ``leaders.csv``: the central leadership, who speak for the centre
    wherever a report meets them (a province they inspect, the country of a guest)."""
    return frozenset(read_columns("leaders.csv")["name"])


@lru_cache(maxsize=None)
def leader_pattern() -> re.Pattern:
    """Any mention of the leader (``leaders.csv``), longest first."""
    return re.compile("|".join(re.escape(m) for m, _, _ in leaders()))


@lru_cache(maxsize=None)
def quoted_terms() -> dict[str, str]:
    """Words quoted without anyone speaking them, and cue words (``quoted_terms.csv``): term -> kind."""
    table = read_columns("quoted_terms.csv")
    return dict(zip(table["term"], table["kind"]))


@lru_cache(maxsize=None)
def cue_words(kind: str) -> tuple[str, ...]:
    """The cue words of one kind of ``quoted_terms.csv`` (name-word, honour-word, slogan-word)."""
    return _longest_first(t for t, k in quoted_terms().items() if k == kind)


@lru_cache(maxsize=None)
def category_rules() -> tuple[tuple[str, str, re.Pattern, str], ...]:
    """``(rule, when, pattern, result)`` rows of ``speaker_categories.csv``, in order (first match wins)."""
    table = read_columns("speaker_categories.csv")
    return tuple((r, w, re.compile(p), res) for r, w, p, res in
                 zip(table["rule"], table["when"], table["pattern"], table["result"]))


@lru_cache(maxsize=None)
def surnames() -> frozenset[str]:
    """Chinese surnames (``surnames.txt``), one or two characters."""
    return frozenset(read_list("surnames.txt"))


@lru_cache(maxsize=None)
def japanese_surnames() -> frozenset[str]:
    """Japanese surnames of two and three characters (``japanese_surnames.txt``): 田中, 铃木, 佐佐木 …"""
    return frozenset(read_list("japanese_surnames.txt"))


@lru_cache(maxsize=None)
def anonymous_forms() -> tuple[str, ...]:
    """What stands after a surname where the press keeps a person anonymous (``anonymous_forms.txt``): 女士, 先生 …"""
    return _longest_first(read_list("anonymous_forms.txt"))


@lru_cache(maxsize=None)
def honorifics() -> dict[str, tuple[str, ...]]:
    """Forms of address built on a surname (``honorifics.csv``): ``{"before": ("老", "小"), "after":
    ("阿姨", "大爷", …)}`` — 老王, 张阿姨 name a person introduced earlier."""
    table = read_columns("honorifics.csv")
    return {side: _longest_first(form for form, position in zip(table["form"], table["position"]) if position == side)
            for side in ("before", "after")}


@lru_cache(maxsize=None)
def transliteration_chars() -> frozenset[str]:
    """Characters of transliterated foreign names (``transliteration_chars.txt``): 阿, 夫, 斯, 诺 …"""
    return frozenset("".join(read_list("transliteration_chars.txt")))


@lru_cache(maxsize=None)
def minority_name_parts() -> tuple[str, ...]:
    """First parts of Tibetan names, which have no surname (``minority_name_parts.txt``): 次仁, 扎西 …"""
    return _longest_first(read_list("minority_name_parts.txt"))


@lru_cache(maxsize=None)
def uyghur_name_parts() -> tuple[str, ...]:
    """Openings of the parts of Uyghur names as Chinese writes them (``uyghur_name_parts.txt``): 阿不都, 买买提 …"""
    return _longest_first(read_list("uyghur_name_parts.txt"))


@lru_cache(maxsize=None)
def not_names() -> frozenset[str]:
    """Words of two to four characters that look like names but never are (``not_names.txt``)."""
    return frozenset(read_list("not_names.txt"))


@lru_cache(maxsize=None)
def country_abbreviations() -> dict[str, str]:
    """One-character abbreviations of foreign countries (``country_abbreviations.csv``): 俄 -> 俄罗斯."""
    table = read_columns("country_abbreviations.csv")
    return dict(zip(table["abbreviation"], table["country"]))


@lru_cache(maxsize=None)
def international_organisation() -> re.Pattern:
    """The names of ``international_organisations.txt``, longest first, not after 驻 (中国常驻联合国代表: a
    country's mission).

    >>> found = international_organisation().search
    >>> bool(found("联合国儿童基金会发言人")), bool(found("中国常驻联合国代表"))
    (True, False)
    """
    names = _longest_first(read_list("international_organisations.txt"))
    return re.compile("(?<!驻)(?:" + "|".join(map(re.escape, names)) + ")")


@lru_cache(maxsize=None)
def organisation_places() -> dict[str, str]:
    """Units whose names hold no place, with the province they are in (``organisation_places.csv``), longest name
    first: organisation -> province.

    >>> organisation_places()["中国人民大学"], organisation_places()["华中科技大学"]
    ('北京', '湖北')
    """
    table = read_columns("organisation_places.csv")
    provinces = dict(zip(table["organisation"], table["province"]))
    return {name: provinces[name] for name in _longest_first(provinces)}


@lru_cache(maxsize=None)
def organisation_place_pattern() -> re.Pattern:
    """Any name of ``organisation_places.csv``, longest first (华中科技大学同济医学院: 华中科技大学)."""
    return re.compile("|".join(map(re.escape, organisation_places())))


@lru_cache(maxsize=None)
def goods_route() -> dict[str, tuple[str, ...]]:
    """The words around a place that put it on the route of goods or make it a partner's (``goods_route.csv``):
    role (sent_to, partner_before, partner_unit, goods, modifier, producer) -> words, longest first.

    >>> "发往" in goods_route()["sent_to"], "火龙果" in goods_route()["goods"]
    (True, True)
    """
    table = read_columns("goods_route.csv")
    roles: dict[str, list[str]] = {}
    for word, role in zip(table["word"], table["role"]):
        roles.setdefault(role, []).append(word)
    return {role: _longest_first(words) for role, words in roles.items()}
