"""Exercises of notebooks/02_themes.ipynb: what the text is about."""
from ..themes import formulation_list
from .registry import exercise


@exercise("02.1", hint="Series.str.count counts a substring in each paragraph; then sum.")
def xinzhi_in_article_2(corpus):
    return corpus.tokens.query("article == 2 and kind == 'body' and token == '新质生产力'").shape[0]


@exercise("02.2", hint="themes.frequencies(corpus, by='article'), then filter article 3.")
def top_words_of_article_3(corpus):
    counts = corpus.tokens.query("article == 3 and kind == 'body' and not is_stop")["token"]
    return counts[counts.str.len() >= 2].value_counts().head(5).index.tolist()


@exercise("02.3", hint="Pivot the formulations table to terms × articles and compare two columns.")
def formulations_only_in_article_2(corpus):
    text_1 = "".join(corpus.paragraphs.query("article == 1")["text"])
    text_2 = "".join(corpus.paragraphs.query("article == 2")["text"])
    return {t for t in formulation_list()["term"] if t in text_2 and t not in text_1}


@exercise("02.4", hint="zip(tokens, tokens[1:]) pairs each token with the next one.")
def xi_followed_by_zhuxi(corpus):
    return sum(text.count("习近平主席") for text in corpus.paragraphs["text"])
