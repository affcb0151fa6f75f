"""Pure functions from a parsed spaCy Doc to lists of records (dataclasses with char offsets)."""

TEXT_KEY = "newsmine.text"  # set by pipeline.parse on each Doc it makes


def text_of(doc) -> str:
    """`doc.text` as `pipeline.parse` recorded it: spaCy joins the text from the tokens at every
    read, and each extractor and the documents row read it (five joins per article became one).
    A Doc made elsewhere (`nlp(text)`) is read as it is."""
    return doc.user_data.get(TEXT_KEY) or doc.text
