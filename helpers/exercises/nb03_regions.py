"""Exercises of notebooks/03_regions.ipynb: regional coverage."""
from .. import regions
from .registry import exercise, own_answer


@exercise("03.1", hint="Filter m to article 3 and take the unique values of the province column (dropna first).",
          ordered=True)
def provinces_of_article_3(corpus):
    counts = regions.province_counts(regions.mentions(corpus).query("article == 3"))
    return sorted(counts[counts > 0].index)


@exercise("03.2", hint="Compare the kind column with 'organisation' and add up the True values.")
def places_in_organisations(corpus):
    return int(regions.mentions(corpus)["kind"].value_counts().get("organisation", 0))


@exercise("03.3", hint="places_in(...) returns a table; take its province column.")
def provinces_of_a_title_chain(corpus):
    return regions.gazetteer().query("name == '昌都市'")["province"].tolist()


@exercise("03.4", hint="regions.western_provinces() lists the 12; .isin(...).mean() gives a share.")
def western_share_of_article_1(corpus):
    labels = regions.region_of(regions.mentions(corpus).query("article == 1"))
    return (labels == "西部").sum() / labels.isin(["西部", "其他省区"]).sum()


@own_answer("03.5", hint="The naive search (naive_places) should find a place in your sentence, "
                         "places_in none at all.")
def a_trap_of_your_own(sentence):
    if not isinstance(sentence, str) or not sentence.strip():
        return "your answer should be a sentence (a str)."
    naive = sorted({row.place for row in regions.name_forms().query("form != 'typo'").itertuples()
                    if row.surface in sentence})
    if not naive:
        return "the naive search finds no place name in your sentence, so there is no trap to fall into."
    found = regions.places_in(sentence)["place"].tolist()
    if found:
        return (f"places_in finds {'、'.join(found)} in your sentence, so the careful matcher also counts a "
                f"place there.")
    return None
