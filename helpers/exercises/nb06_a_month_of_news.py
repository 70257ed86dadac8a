"""Exercises of notebooks/06_a_month_of_news.ipynb: a month of the evening news (``corpus`` is the month)."""
from .. import themes
from .registry import exercise


@exercise("06.1", hint="Filter stories on the leader column, then count the distinct dates with .nunique().")
def evenings_with_the_premier(corpus):
    a = corpus.articles
    return a.loc[a["title"].str.contains("李强") & ~a["title"].str.contains("习近平"), "date"].nunique()


@exercise("06.2", hint="themes.term_counts(corpus, ['新质生产力'], by='date'), then the date of the largest count "
                       "(.idxmax() gives the row).")
def busiest_evening_of_xinzhi(corpus):
    p = corpus.paragraphs[corpus.paragraphs["kind"].isin(themes.TEXT_KINDS)]
    per_date = p.join(corpus.articles.set_index("article")["date"], on="article").groupby("date")["text"]
    return per_date.apply(lambda texts: sum(t.count("新质生产力") for t in texts)).idxmax()


@exercise("06.3", hint="The chars column of stories is 0 for a story without body text.")
def stories_with_a_headline_only(corpus):
    with_body = set(corpus.paragraphs.loc[corpus.paragraphs["kind"] == "body", "article"])
    return int((~corpus.articles["article"].isin(with_body)).sum())


@exercise("06.4", hint="themes.time_profile(daily, window=5), then the terms whose pattern is 'campaign'.")
def campaigns_over_five_programmes(corpus):
    profile = themes.time_profile(themes.formulations(corpus, by="date"), window=5)
    return set(profile.loc[profile["pattern"] == "campaign", "term"])
