"""Exercises of notebooks/05_your_own_corpus.ipynb: the student's own articles."""

from .. import quotes
from .registry import exercise, load_own_text, own_answer


@exercise("05.1", hint="corpus.articles has a byline column; count the rows where it is not missing.")
def articles_with_byline(corpus):
    return corpus.paragraphs.query("kind == 'byline'")["article"].nunique()


@exercise("05.2", hint="Look at corpus.files.")
def encoding_of_the_gbk_file(corpus):
    return corpus.files.set_index("file").loc["02_gbk_windows.txt", "encoding"]


@exercise("05.3", hint="Both texts have the same length: a position in corpus.analysis_texts is the same "
                       "position in corpus.texts.", ordered=True)
def hong_kong_speakers_as_written(corpus):
    paragraphs = corpus.paragraphs.query("file == '03_hong_kong.txt'").set_index("line")
    events = quotes.extract(corpus).query("file == '03_hong_kong.txt'")
    return [paragraphs.loc[e.line, "original"][paragraphs.loc[e.line, "text"].index(e.speaker):][:len(e.speaker)]
            for e in events.itertuples()]


@own_answer("05.4", hint="A quotation in “…”, then the speaker's office (with its province), name and 说 or 表示.")
def article_with_a_provincial_speaker(text):
    corpus = load_own_text(text, "05_mine.txt")
    if isinstance(corpus, str):
        return corpus
    events = quotes.extract(corpus)
    if events.empty:
        return "quotes.extract finds no speech event in your article."
    if events["province"].isna().all():
        return (f"quotes.extract finds {len(events)} speech event(s), but no speaker with a province: "
                f"name the province in the speaker's office.")
    return None
