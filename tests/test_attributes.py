"""The compiled attribute ruler gives exactly what spaCy's AttributeRuler gives."""
from __future__ import annotations

import pytest
import spacy

from newsmine.attributes import FastAttributeRuler, compile_ruler
from newsmine.pipeline import model_name
from tests.conftest import SEED

TRICKY = ("I ain't gonna go, y'all. Let's c'mon, there is nothin' here. She'd've had it. Gimme 'em. "
          "He does and did have it. That that is is that. Whether or not, but it works well.\n\n  Done.")


def annotations(doc):
    return [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


@pytest.mark.parametrize("without_parser", [False, True])
def test_same_annotations_as_spacy_attribute_ruler(without_parser):
    nlp = spacy.load(model_name())
    ruler = nlp.get_pipe("attribute_ruler")
    fast = compile_ruler(ruler)
    assert isinstance(fast, FastAttributeRuler)
    texts = [open(SEED, encoding="utf-8").read(), TRICKY, ""]
    off = ["attribute_ruler", "lemmatizer"] + (["parser"] if without_parser else [])
    with nlp.select_pipes(disable=off):
        docs = list(nlp.pipe(texts))
    for doc in docs:
        expected, ours = ruler(doc.copy()), fast(doc.copy())
        assert annotations(ours) == annotations(expected)
        ours_again = fast(doc.copy())  # from the cache this time
        assert annotations(ours_again) == annotations(expected)


def test_load_installs_it_under_the_same_name(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert nlp.pipe_names.index("attribute_ruler") < nlp.pipe_names.index("lemmatizer")
