"""newsmine: the people, organisations, places, figures and quotes in news articles.

    >>> import newsmine
    >>> article = newsmine.analyze("Angela Merkel met Emmanuel Macron in Paris.")
    >>> [e.entity for e in article.entities]
"""
from __future__ import annotations

from dataclasses import dataclass, field

__version__ = "0.1.0"
__all__ = ["Article", "analyze", "__version__"]


@dataclass
class Article:
    text: str
    entities: list = field(default_factory=list)
    places: list = field(default_factory=list)
    figures: list = field(default_factory=list)
    quotes: list = field(default_factory=list)


def analyze(text: str, *, model: str | None = None) -> Article:
    """Parse `text` once and run the four extractors on it."""
    from .extract.entities import extract_entities
    from .extract.figures import extract_figures
    from .extract.places import extract_places
    from .extract.quotes import extract_quotes
    from .pipeline import load, parse

    nlp = load(model)
    tasks = ["entities", "places", "figures", "quotes"]
    doc, _ = next(parse(nlp, [(text, None)], tasks=tasks))
    return Article(text=doc.text, entities=extract_entities(doc), places=extract_places(doc),
                   figures=extract_figures(doc), quotes=extract_quotes(doc))
