"""The loader's promise, checked on any corpus: every character of a file is in exactly one
paragraph, apart from whitespace and markup removed on purpose (real HTML tags and entities, ``#``
and ``>`` marks, markdown emphasis and link syntax)."""
import re

from helpers.corpus import _piece_spans

HTML_TAG = r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>|<!--.*?-->"
REMOVABLE = re.compile(rf"(?:\s|\ufeff|{HTML_TAG}|&(?:[a-zA-Z]{{2,8}}|#\d{{1,7}});|\*\*|#+|>|!\[[^\]]*\]\([^)]*\)"
                       r"|\]\([^)\s]*\)|\[)*", re.S)


def check_lossless(corpus) -> None:
    """Assert the promise for every file of ``corpus``; the message shows the first broken spot."""
    by_file = {}
    for p in corpus._paragraphs:
        by_file.setdefault(p.file, []).append(p)
    for file, raw in corpus.analysis_texts.items():
        owner = [0] * len(raw)
        for p in by_file.get(file, []):
            text = "".join(raw[f:f + n] for f, n in _piece_spans(p))
            assert text == p.text, (file, p.line, p.text[:40], text[:40])
            for f, n in _piece_spans(p):
                for i in range(f, f + n):
                    assert owner[i] == 0, f"{file}: character {i} is in two paragraphs"
                    owner[i] = p.paragraph
        gaps = re.finditer(r"0+", "".join("0" if o == 0 else "1" for o in owner))
        for gap in gaps:
            left_out = raw[gap.start():gap.end()]
            assert REMOVABLE.fullmatch(left_out), f"{file}: lost {left_out[:80]!r} at offset {gap.start()}"
