"""Pure functions from a parsed spaCy Doc to lists of records (dataclasses with char offsets)."""
import re

TEXT_KEY = "newsmine.text"  # set by pipeline.parse on each Doc it makes


def text_of(doc) -> str:
    """`doc.text` as `pipeline.parse` recorded it: spaCy joins the text from the tokens at every
    read, and each extractor and the documents row read it (five joins per article became one).
    A Doc made elsewhere (`nlp(text)`) is read as it is."""
    return doc.user_data.get(TEXT_KEY) or doc.text


def gazetteer_entries(name: str) -> tuple:
    """The gazetteer's entries for `name`, best first; () when it has none or cannot be opened.
    Optional evidence for the entity and sports readings: never fail extraction over it."""
    try:
        from .. import gazetteer
        return gazetteer.lookup(name)
    except Exception:
        return ()


def gazetteer_demonym(word: str) -> str | None:
    """The country code of a demonym ("Russian" -> "RU", "@Europe" for a continent's); None when it
    is none or the gazetteer cannot be opened, as for `gazetteer_entries`."""
    try:
        from .. import gazetteer
        return gazetteer.demonym(word)
    except Exception:
        return None


def by_own_name(entry, name: str) -> bool:
    """Does the gazetteer entry bear `name` as its own name, accents, case and dots aside
    ("Maharashtra" is Mahārāshtra's)?"""
    from .. import gazetteer
    return gazetteer.key(entry.name) == gazetteer.key(name)


def gazetteer_kind(name: str) -> str | None:
    """The kind ("country", "region", "city", ...) of the gazetteer's best entry for `name`."""
    found = gazetteer_entries(name)
    return found[0].kind if found else None


def region_abbreviation(name: str) -> bool:
    """A state's or province's dotted abbreviation ("Ont.", "Calif.", "Man."): an other name of a
    first-level region only, read so by the entity and the place rules alike."""
    return name.endswith(".") and any(c.feature == "ADM1" and not c.primary for c in gazetteer_entries(name))


_IRISH_COUNTY = re.compile(r"^Co\.? ([A-Z][a-z]+)$")


def irish_county(name: str) -> str | None:
    """"Co Wexford", "Co. Antrim": Irish usage for County Wexford, the county's name when the
    gazetteer knows it as a county of Ireland or Northern Ireland; a place in both tables."""
    m = _IRISH_COUNTY.match(name)
    if m is None:
        return None
    found = gazetteer_entries(m.group(1))
    return m.group(1) if any(c.kind == "region" and c.country_code in ("IE", "GB") for c in found) else None


def country_by_own_name(name: str):
    """The country `name` names by its own name or, for a state of two islands, its main island's
    ("Antigua" of Antigua and Barbuda, "Trinidad"); None for other names ("Thai", "America")."""
    found = gazetteer_entries(name)[:1]
    if not found or found[0].kind != "country":
        return None
    own = found[0].name
    return found[0] if own == name or own.startswith(name + " and ") else None
