"""newsmine: the people, organisations, places, figures and quotes in news articles.

    >>> import newsmine
    >>> article = newsmine.analyze("Angela Merkel met Emmanuel Macron in Paris.")
    >>> [e.entity for e in article.entities]

A corpus as pandas DataFrames: `newsmine.read_tables("tables/")` (an export folder) or
`newsmine.analyze_frame(df, "text")` (a DataFrame's text column).
"""
from __future__ import annotations

from dataclasses import dataclass, field

__version__ = "0.1.0"
__all__ = ["Article", "analyze", "analyze_frame", "read_tables", "__version__"]
# pandas functions, imported on first use: `import newsmine` (and the CLI) never loads pandas.
_LAZY = {"read_tables": "tables", "analyze_frame": "tables"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass
class Article:
    text: str
    entities: list = field(default_factory=list)
    places: list = field(default_factory=list)
    figures: list = field(default_factory=list)
    quotes: list = field(default_factory=list)


def analyze(text: str, *, model: str | None = None) -> Article:
    """Parse `text` once (as the CLI does) and build the four record lists from the registry."""
    from . import kinds
    from .extract import text_of
    from .pipeline import load, parse

    wanted = ("entities", "places", "figures", "quotes")
    doc, _ = next(parse(load(model), [(text, None)]))
    return Article(text=text_of(doc), **kinds.extract(doc, wanted))
