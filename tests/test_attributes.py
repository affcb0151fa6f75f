"""The compiled attribute ruler gives exactly what spaCy's AttributeRuler gives."""
from __future__ import annotations

import pytest
import spacy

from newsmine.attributes import FastAttributeRuler, compile_ruler, install
from newsmine.pipeline import PARAGRAPHS, model_name
from tests.conftest import SEED

TRICKY = ("I ain't gonna go, y'all. Let's c'mon, there is nothin' here. She'd've had it. Gimme 'em. "
          "He does and did have it. That that is is that. Whether or not, but it works well.\n\n  Done.")


def annotations(doc):
    return [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


@pytest.mark.parametrize("without_parser", [False, True])
def test_same_annotations_as_spacy_attribute_ruler(user_nlp, without_parser):
    ruler = user_nlp.get_pipe("attribute_ruler")
    fast = compile_ruler(ruler)
    assert isinstance(fast, FastAttributeRuler)
    texts = [open(SEED, encoding="utf-8").read(), TRICKY, ""]
    off = ["attribute_ruler", "lemmatizer"] + (["parser"] if without_parser else [])
    with user_nlp.select_pipes(disable=off):
        docs = list(user_nlp.pipe(texts))
    for doc in docs:
        expected, ours = ruler(doc.copy()), fast(doc.copy())
        assert annotations(ours) == annotations(expected)
        ours_again = fast(doc.copy())  # from the cache this time
        assert annotations(ours_again) == annotations(expected)


def test_load_installs_it_under_the_same_name(nlp, user_nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert [name for name in nlp.pipe_names if name != PARAGRAPHS] == user_nlp.pipe_names   # ours adds one


def test_install_keeps_the_pipeline_and_its_output(user_nlp):
    from spacy.pipeline import AttributeRuler

    ours = spacy.load(model_name())
    assert install(ours, "attribute_ruler") is True
    assert ours.pipe_names == user_nlp.pipe_names
    assert isinstance(ours.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(user_nlp.get_pipe("attribute_ruler"), AttributeRuler)  # another pipeline: untouched
    assert ours.config["components"]["attribute_ruler"]["factory"] == "newsmine_attribute_ruler"
    for text in (open(SEED, encoding="utf-8").read(), TRICKY):
        assert annotations(ours(text)) == annotations(user_nlp(text))


def test_a_ruler_it_cannot_reproduce_is_left_in_place():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add(patterns=[[{"ORTH": "Kyiv"}]], attrs={"LEMMA": "Kyiv"})  # ORTH: not compiled
    assert compile_ruler(ruler) is None
    assert install(nlp, "attribute_ruler") is False
    assert nlp.get_pipe("attribute_ruler") is ruler and nlp.pipe_names == ["attribute_ruler"]
