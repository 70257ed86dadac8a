"""Exercises of notebooks/01_structure.ipynb: the page as data."""
import statistics

from ..anatomy import paragraph_lengths, sentences
from .registry import exercise, load_own_text, own_answer


@exercise("01.1", hint="Filter corpus.paragraphs on article and kind, then take len().")
def body_paragraphs_of_article_2(corpus):
    return len(corpus.body(2))


@exercise("01.2", hint="Use corpus.paragraphs['note'].str.contains(...).")
def rejoined_lines(corpus):
    # A rejoined paragraph is the one whose stretch of the file runs over a line break.
    return [p.line for p in corpus.paragraphs.itertuples()
            if "\n" in corpus.texts[p.file][p.start:p.end].strip("\n")]


@exercise("01.3", hint="Group the body paragraphs by section and count.")
def biggest_section_of_article_2(corpus):
    return paragraph_lengths(corpus).query("article == 2").groupby("section").size().idxmax()


@exercise("01.4", hint="sentences(corpus) has a column n_chars.")
def median_sentence_of_article_3(corpus):
    return statistics.median(len(s) for s in sentences(corpus).query("article == 3")["text"])


@own_answer("01.5", hint="Headings are short lines without closing punctuation, each on its own line.")
def article_with_two_sections(text):
    corpus = load_own_text(text, "my_article.txt")
    if isinstance(corpus, str):
        return corpus
    articles = corpus.articles
    if len(articles) != 1:
        return f"the loader reads your text as {len(articles)} articles, not one."
    n_sections = int(articles.loc[0, "n_sections"])
    if n_sections != 2:
        return f"the loader finds {n_sections} section(s) in your article, not 2."
    return None
