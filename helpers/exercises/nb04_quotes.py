"""Exercises of notebooks/04_quotes.ipynb: who speaks, from where, saying what."""
from .. import quotes
from .registry import exercise


@exercise("04.1", hint="Filter the events table on the verb column with .isna().")
def speakers_without_verb(corpus):
    return quotes.extract(corpus).loc[lambda t: t["verb"].isna(), "speaker"].tolist()


@exercise("04.2", hint="Combine two conditions with & and count the True values with .sum().")
def mixed_events_of_article_2(corpus):
    events = quotes.extract(corpus)
    return int(events.groupby(["article", "mode"]).size().get((2, "mixed"), 0))


@exercise("04.3", hint="Select the rows whose level is 'prefecture' and take the province column.")
def provinces_of_prefecture_officials(corpus):
    return set(quotes.extract(corpus).query("level == 'prefecture'")["province"])


@exercise("04.4", hint="Use the echo table: filter article 1 and take the mean of a True/False column.")
def share_opening_with_formula(corpus):
    return quotes.echo(quotes.extract(corpus)).groupby("article")["opens_with_formula"].mean()[1]


@exercise("04.5", hint="title_chain returns a dict; its 'titles' entry is a list.", ordered=True)
def titles_of_e_hongda(corpus):
    # The chain as the page prints it, with the unit (八师) that opens the second title left out.
    return quotes.extract(corpus).set_index("speaker").loc["鄂宏达", "title"].replace("八师", "").split("、")
