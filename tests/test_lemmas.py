"""The cached lemmatizer gives exactly what spaCy's lemmatizer gives."""
from __future__ import annotations

import spacy

from newsmine.lemmas import CachedLemmatizer, install
from newsmine.pipeline import PARAGRAPHS, model_name
from tests.conftest import SEED

TEXTS = (open(SEED, encoding="utf-8").read(),
         "She said the talks had been going well. Shares rose 3% and fell again; he's saying they'd "
         "rise. The children's toys were better than the best ones. Running, ran, runs: she runs.",
         "RUSSIA SAYS TALKS STALLED\n\nthe the the. Geese, mice and data were counted.", "")


def annotations(doc):
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


def test_same_lemmas_as_spacy_and_again_from_the_cache(user_nlp):
    ours = spacy.load(model_name())
    assert install(ours, "lemmatizer") is True
    assert ours.pipe_names == user_nlp.pipe_names
    assert isinstance(ours.get_pipe("lemmatizer"), CachedLemmatizer)
    for _ in range(2):  # the second time every lemma comes from the cache
        for text in TEXTS:
            assert annotations(ours(text)) == annotations(user_nlp(text))
    assert any(t.lemma_ == "say" for t in ours(TEXTS[1]))


def test_newsmine_pipeline_has_it(nlp, user_nlp):
    assert isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer)
    assert [name for name in nlp.pipe_names if name != PARAGRAPHS] == user_nlp.pipe_names   # ours adds one


def test_anything_but_a_lemmatizer_is_left_in_place():
    nlp = spacy.blank("en")
    sentencizer = nlp.add_pipe("sentencizer", name="lemmatizer")
    assert install(nlp, "lemmatizer") is False
    assert nlp.get_pipe("lemmatizer") is sentencizer
    assert install(spacy.blank("en"), "lemmatizer") is False
