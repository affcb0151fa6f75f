"""Places an article names, resolved offline to kind, country and coordinates.

Recognition: the model's GPE/LOC/FAC entities, NORP demonyms ("Russian"), and gazetteer names
the model missed or mislabelled ("Kyiv" untagged, "Kursk" as PRODUCT, a village as PERSON).
Names outside the model's place labels need evidence: a proper-noun tag, a known place of some
size, a cue ("in", "village of", "X region", "X, Texas"); a person's name needs a cue.

Resolution picks among same-named entries with the article itself: a "City, Region" pair, an
"X region" suffix, the countries and states the other places lie in, then size and type. A name
the gazetteer cannot place keeps null coordinates.
"""
from __future__ import annotations

import math
import re
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .entities import clean_span

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
OTHER_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "NORP", "LANGUAGE"})
REGION_WORDS = frozenset({"region", "oblast", "province", "governorate", "krai", "county", "district",
                          "state", "territory", "prefecture", "parish"})
SETTLEMENT_NOUNS = frozenset({"village", "town", "city", "settlement", "hamlet", "suburb", "port",
                              "region", "province", "district", "county", "state", "capital",
                              "outskirts", "island", "republic", "oblast"})
LOCATIVE = frozenset({"in", "near", "outside", "across", "into", "towards", "toward", "around",
                      "from", "at", "to"})
STRONG_LOCATIVE = frozenset({"in", "near", "outside", "across", "into"})
SENTENCE_END = frozenset({".", "!", "?", ":", ";", '"', "“", "”", "'", "‘", "’", "—", "-", "(", "["})
STREET_WORDS = frozenset("""Street St. Avenue Ave. Road Rd. Drive Dr. Boulevard Blvd. Lane Ln. Parkway
Pkwy. Highway Hwy. Pike Trail Turnpike Expressway Freeway""".split())
ROAD_NUMBERED = frozenset("Highway Hwy. Interstate Route I- US FM".split())
DIRECTIONS = frozenset("""north south east west northeast northwest southeast southwest northern southern
eastern western central upstate downstate""".split())
INSTITUTIONS = frozenset("""Police Sheriff Fire County City Town Mayor Council Commonwealth School Schools
High Department Board Court Hospital Library Museum Chamber Airport University College Church Township
Parish District Commission Office""".split())
LANGUAGE_VERBS = frozenset({"speak", "learn", "teach", "study", "translate", "understand", "know"})
_ROAD_HINT = re.compile("|".join(re.escape(w) for w in STREET_WORDS | ROAD_NUMBERED))
MIN_TOWN = 50_000         # an untagged proper noun counts as a town of at least this size
MIN_TOWN_INITIAL = 200_000  # ... at the start of a sentence, where capitals prove nothing
_CACHE_KEY = "newsmine.place_mentions"
_TEXT_KEY = "newsmine.places_text"
# Words that name parts of places and are alternate names of some entry ("District", "Gulf"):
# alone they are no place.
GENERIC = frozenset("""north south east west central northern southern eastern western district city
county state region gulf union republic coast valley island islands bay lake river center centre
square park street road avenue capital downtown province territory hills mountains border city hall
main west end man mid""".split())


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    place: str
    kind: str
    country_code: str | None
    lat: float | None
    lon: float | None
    country: str | None = None
    gazetteer_id: int | None = field(default=None, repr=False)


@dataclass
class Place:
    place: str
    kind: str
    country_code: str | None
    country: str | None
    lat: float | None
    lon: float | None
    mentions: int
    aliases: list[str]
    spans: list[tuple[int, int]] = field(default_factory=list, repr=False)
    gazetteer_id: int | None = field(default=None, repr=False)


@dataclass
class _Span:
    start: int
    end: int
    text: str
    source: str                 # model label, or "GAZ" for a name the model left untagged
    demonym: str | None = None  # country code, or "@Continent"
    kind_hint: str | None = None
    candidates: tuple = ()
    choice: object = None
    country_hint: str | None = None
    paired: bool = False        # narrowed by "City, Region"
    core: str | None = None     # the known name inside ("Texas" in "North Texas")


# ---------------------------------------------------------------- recognition

_LAST = threading.local()


def _ents(doc) -> tuple:
    """doc.ents of the article this thread is reading, built once (spaCy builds the spans on
    each access); kept outside doc.user_data, which must stay serialisable."""
    if getattr(_LAST, "doc", None) is not doc:
        _LAST.doc, _LAST.ents = doc, tuple(doc.ents)
    return _LAST.ents


def _text(doc) -> str:
    """doc.text, built once: spaCy joins every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def _prev_word(doc, i: int) -> str:
    return doc[i - 1].lower_ if i > 0 else ""


def _sentence_initial(doc, i: int) -> bool:
    if i == 0:
        return True
    prev = doc[i - 1]
    return prev.text in SENTENCE_END or "\n" in prev.whitespace_ or prev.is_space


def _cue_before(doc, i: int) -> bool:
    """'in X', 'village of X', 'the X region' style evidence that a name is a place."""
    prev = _prev_word(doc, i)
    if prev in STRONG_LOCATIVE:
        return True
    if prev == "of" and i >= 2 and doc[i - 2].lower_ in SETTLEMENT_NOUNS:
        return True
    if prev in ("the",) and i >= 2 and doc[i - 2].lower_ in STRONG_LOCATIVE:
        return True
    return False


def _region_suffix(doc, end_token: int) -> int | None:
    """Token index after "X region"/"X Oblast" when the word follows the name."""
    if end_token < len(doc) and doc[end_token].lower_ in REGION_WORDS and not doc[end_token].whitespace_ == "\n":
        return end_token + 1
    return None


def _token_span(doc, start_char: int, end_char: int):
    return doc.char_span(start_char, end_char, alignment_mode="expand")


def _known(gaz, text: str, *, min_town: int) -> tuple:
    """Gazetteer candidates for an untagged or mislabelled name when one is big enough to trust.
    A town known here only by an alternate name ("Human" for Uman) must be a large one."""
    found = gaz.lookup(text)
    for c in found:
        if c.kind == "city" and c.population < (min_town if c.primary else max(min_town, 500_000)):
            continue
        if not c.primary and len(text) <= 4:
            continue  # "Ill.", "Miss": abbreviations only next to a city
        if min_town and c.feature == "ADM2" and " " not in text:
            continue  # "Lot", "Green": one-word lower subdivisions need a cue
        return found
    return ()


def _recognise(doc, gaz) -> list[_Span]:
    text = _text(doc)
    spans: list[_Span] = []
    taken = [False] * len(doc)

    def claim(s: _Span) -> None:
        span = _token_span(doc, s.start, s.end)
        if span is not None:
            for t in span:
                taken[t.i] = True
        spans.append(s)

    for ent in _ents(doc):
        label = ent.label_
        if label in ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"):
            for t in ent:
                taken[t.i] = True  # "in August" is a date
            continue
        cleaned = clean_span(text, ent.start_char, ent.end_char, label)
        if cleaned is None:
            continue
        s, e = cleaned
        name = text[s:e]
        tok = _token_span(doc, s, e)
        if tok is None:
            continue
        code = gaz.demonym(name) if label in ("NORP", "GPE", "LANGUAGE") else None
        if code:
            if label != "LANGUAGE" and not _demonym_as_person(tok):
                claim(_Span(s, e, name, label, demonym=code))
            else:
                for t in tok:
                    taken[t.i] = True  # "spoke only French", "French said"
            continue
        after = _region_suffix(doc, tok.end)
        if after is not None and label in PLACE_LABELS | OTHER_LABELS | {"ORG", "PERSON"}:
            long_end = doc[after - 1].idx + len(doc[after - 1].text)
            if gaz.lookup(text[s:long_end]):
                claim(_Span(s, long_end, text[s:long_end], label, kind_hint="region"))
                continue
        if name.casefold() in GENERIC:
            continue
        if label in PLACE_LABELS:
            claim(_Span(s, e, name, label))
        elif label in OTHER_LABELS or label in ("PERSON", "ORG"):
            cue = _cue_before(doc, tok.start) or _followed_by_place(doc, tok.end, gaz)
            found = gaz.lookup(name)
            if label == "ORG" and not cue and _major(found, regions=True) and (
                    found[0].primary or found[0].feature == "RGN") and not _in_person_name(doc, name):
                claim(_Span(s, e, name, label))  # "the European Union", "the EU"
                continue
            if label in ("PERSON", "ORG") and not cue:
                if label == "ORG":
                    prefix = _place_prefix(doc, tok, gaz)
                    if prefix is not None:
                        claim(prefix)
                for t in tok:
                    taken[t.i] = True  # a person's or organisation's name is not scanned again
                continue
            if cue and _settlement_cue(doc, tok.start):
                claim(_Span(s, e, name, label, kind_hint="city"))
            elif _known(gaz, name, min_town=0 if cue else MIN_TOWN):
                claim(_Span(s, e, name, label))
            else:
                for t in tok:
                    taken[t.i] = True

    # proper nouns the model left untagged
    i = 0
    while i < len(doc):
        if taken[i] or doc[i].tag_ not in ("NNP", "NNPS") or not doc[i].text[:1].isupper():
            i += 1
            continue
        j = i
        while j < len(doc) and not taken[j] and doc[j].tag_ in ("NNP", "NNPS") and j - i < 4 \
                and "\n" not in doc[j].whitespace_:
            j += 1
        j = max(j, i + 1)
        matched = False
        # the whole run of proper nouns must be the name: "Human Rights Commissioner" is no place
        for end in (j,):
            s, e = doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text)
            name = text[s:e]
            cue = _cue_before(doc, i) or _followed_by_place(doc, end, gaz)
            initial = _sentence_initial(doc, i)
            min_town = 0 if cue else (MIN_TOWN_INITIAL if initial else MIN_TOWN)
            after = _region_suffix(doc, end)
            if after is not None:
                long_end = doc[after - 1].idx + len(doc[after - 1].text)
                if gaz.lookup(text[s:long_end]):
                    claim(_Span(s, long_end, text[s:long_end], "GAZ", kind_hint="region"))
                    i, matched = after, True
                    break
            if name.casefold() in GENERIC:
                break
            code = gaz.demonym(name)
            if code and not initial:
                claim(_Span(s, e, name, "GAZ", demonym=code))
                i, matched = end, True
                break
            if _known(gaz, name, min_town=min_town):
                claim(_Span(s, e, name, "GAZ"))
                i, matched = end, True
                break
        if not matched:
            i = j
    spans = [_core(doc, s, gaz) for s in spans]
    people = _person_parts(doc, gaz)
    if people:
        spans = [s for s in spans if s.demonym or " " in s.text or gaz.key(s.text) not in people
                 or _major(gaz.lookup(s.text)) or _cued(doc, s, gaz)]
    spans = _drop_unknown_names(doc, spans, gaz)
    spans.extend(_streets(doc, spans))
    spans.extend(_same_names(doc, spans, gaz))
    spans.sort(key=lambda s: s.start)
    return spans


def _claimed(doc, spans) -> list[bool]:
    mask = [False] * len(doc)
    for s in spans:
        span = _token_span(doc, s.start, s.end)
        if span is not None:
            for t in span:
                mask[t.i] = True
    return mask


def _core(doc, s: _Span, gaz) -> _Span:
    """The known place inside a longer name the gazetteer lacks: "North Texas" is resolved as
    Texas; "Henderson County Jail", "Mount Pleasant Civic Center" shrink to the place they are
    named after (but "Zion National Park" is not in Zion)."""
    if s.demonym or s.kind_hint or s.source == "GAZ" or gaz.lookup(s.text):
        return s
    tok = _token_span(doc, s.start, s.end)
    if tok is None or len(tok) < 2:
        return s
    if tok[0].lower_ in DIRECTIONS and tok[1].text[:1].isupper():
        rest = _text(doc)[tok[1].idx:s.end]
        if gaz.lookup(rest):
            s.core = rest
            return s
    if any(t.lower_ in ("national", "of") for t in tok):
        return s
    for n in range(len(tok) - 1, 0, -1):
        end = tok[n - 1].idx + len(tok[n - 1].text)
        name = _text(doc)[s.start:end]
        if name.casefold() in GENERIC or not tok[n].text[:1].isupper():
            continue
        found = gaz.lookup(name)
        if found and (n > 1 or found[0].kind != "city" or found[0].primary and found[0].population >= 10_000):
            return _Span(s.start, end, name, s.source)
    return s


_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")


def _drop_unknown_names(doc, spans, gaz) -> list[_Span]:
    """A name the gazetteer does not know, with no cue in the text, is kept only when the model
    never calls it a person or an organisation elsewhere in the article ("Pawlenty" GPE beside
    "Pawlenty" PERSON) and it is no bare acronym ("NCIS", "T.R.")."""
    others = {gaz.key(e.text) for e in _ents(doc) if e.label_ in ("PERSON", "ORG")}
    others |= {gaz.key(t.text) for e in _ents(doc) if e.label_ == "PERSON" and len(e) > 1 for t in e}
    out = []
    for s in spans:
        if not (s.demonym or s.kind_hint or s.core or s.source not in PLACE_LABELS or gaz.lookup(s.text)):
            if gaz.key(s.text) in others or _ACRONYM.match(s.text):
                continue
        out.append(s)
    return out


def _person_parts(doc, gaz) -> set[str]:
    """Keys of the surnames in the article's full person names ("Mikheil Saakashvili" gives
    "saakashvili"): a lone "Saakashvili" tagged GPE is that person."""
    parts = set()
    for ent in _ents(doc):
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text[:1].isupper():
            parts.add(gaz.key(ent[-1].text))
    return parts


def _streets(doc, spans) -> list[_Span]:
    """Streets and roads: "Orchard St.", "North Nokomis Street", "Highway 10", "Interstate 75".
    They are places without a point in the gazetteer (null coordinates)."""
    if not _ROAD_HINT.search(_text(doc)):
        return []
    taken = _claimed(doc, spans)
    out = []
    for i, t in enumerate(doc):
        if taken[i]:
            continue
        end = None
        if t.text in STREET_WORDS and i > 0 and doc[i - 1].text[:1].isupper() and not (
                t.text in ("St.", "Dr.") and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()):
            start = i - 1
            while start > 0 and i - start < 4 and doc[start - 1].text[:1].isupper() and not taken[start - 1] \
                    and not _sentence_initial(doc, start) and doc[start - 1].tag_ in ("NNP", "NNPS"):
                start -= 1
            if doc[start].tag_ in ("NNP", "NNPS", "CD") and not taken[start] and \
                    doc[start].text.casefold() not in ("the", "a"):
                end = i + 1
        elif t.text in ROAD_NUMBERED and i + 1 < len(doc) and doc[i + 1].like_num:
            start, end = i, i + 2
        if end is None or any(taken[start:end]):
            continue
        s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        out.append(_Span(s, e, _text(doc)[s:e], "STREET", kind_hint="place"))
        for k in range(start, end):
            taken[k] = True
    return out


def _same_names(doc, spans, gaz) -> list[_Span]:
    """One sense per article: a name found as a place once is a place at its other mentions too
    ("Alexandria Police", "the Fargo school board"), but not inside a person's name ("George
    Washington", "Victoria Beckham"). Capitalised occurrences only."""
    names = {gaz.key(s.text) for s in spans if not s.demonym and gaz.lookup(s.text)
             and s.source not in ("FAC", "STREET")}
    names = {k for k in names if len(k) >= 3 and k not in GENERIC} - _person_parts(doc, gaz)
    if not names:
        return []
    firsts = {k.split()[0] for k in names}
    longest = max(len(k.split()) for k in names)
    text, taken = _text(doc), _claimed(doc, spans)
    words = [t.text for t in doc]
    starts = [t.idx for t in doc]
    persons = {t.i: ent for ent in _ents(doc) if ent.label_ == "PERSON" for t in ent}
    out = []
    i = 0
    while i < len(words):
        if taken[i] or not words[i][:1].isupper() or gaz.key(words[i]) not in firsts:
            i += 1
            continue
        for n in range(min(longest + 1, len(words) - i), 0, -1):
            s, e = starts[i], starts[i + n - 1] + len(words[i + n - 1])
            name = text[s:e]
            if any(taken[i:i + n]) or "\n" in name or gaz.key(name) not in names:
                continue
            ent = persons.get(i)
            if ent is not None and (ent.start, ent.end) != (i, i + n) and not (
                    ent.start == i and i + n < ent.end and words[i + n] in INSTITUTIONS):
                continue  # "George Washington", "Victoria Beckham", but "Alexandria Police"
            out.append(_Span(s, e, name, "SAME"))
            for k in range(i, i + n):
                taken[k] = True
            i += n - 1
            break
        i += 1
    return out


def _demonym_as_person(tok) -> bool:
    """A lone singular demonym as the subject is a surname ('"We agree," French said'); as what
    one speaks or learns, a language ("spoke only French")."""
    if len(tok) != 1 or tok[0].text.endswith("s"):
        return False
    t = tok[0]
    return t.dep_ in ("nsubj", "nsubjpass") or t.head.lemma_ in LANGUAGE_VERBS and t.dep_ in ("dobj", "conj")


def _in_person_name(doc, name: str) -> bool:
    """'Victoria' when the article names 'Victoria Beckham'."""
    return any(ent.label_ == "PERSON" and len(ent) > 1 and any(t.text == name for t in ent) for ent in _ents(doc))


def _cued(doc, s: _Span, gaz) -> bool:
    """'in Washington', 'Paris, Texas': the text itself says the name is a place."""
    tok = _token_span(doc, s.start, s.end)
    return tok is not None and (_cue_before(doc, tok.start) or _followed_by_place(doc, tok.end, gaz))


def _major(found, *, regions: bool = False) -> bool:
    """A country, continent or first-level region (with `regions`, also a sea or a region such as
    the EU): never a person's name in the same article."""
    kinds = ("ADM1", "RGN", "SEA") if regions else ("ADM1",)
    return bool(found) and (found[0].kind in ("country", "continent") or found[0].feature in kinds)


def _place_prefix(doc, tok, gaz) -> _Span | None:
    """The place an organisation is named after: "Texas" in "Texas Department of Health",
    "Douglas County" in "Douglas County Public Works", "American" in "American Electric Power"
    (countries, states, counties, demonyms, big towns)."""
    start = tok.start + (1 if tok[0].lower_ == "the" else 0)
    for n in (3, 2, 1):
        end = start + n
        if end >= tok.end or not all(t.text[:1].isupper() for t in doc[start:end]):
            continue
        s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        name = _text(doc)[s:e]
        if name.casefold() in GENERIC:
            continue
        code = gaz.demonym(name)
        if code:
            return _Span(s, e, name, "ORG", demonym=code)
        found = gaz.lookup(name)
        if found and (found[0].kind in ("country", "continent") or found[0].feature in ("ADM1", "ADM2")
                      and found[0].primary or found[0].kind == "city" and found[0].primary
                      and found[0].population >= MIN_TOWN):
            return _Span(s, e, name, "ORG")
    return None


def _settlement_cue(doc, i: int) -> bool:
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in SETTLEMENT_NOUNS


def _followed_by_place(doc, end_token: int, gaz) -> bool:
    """'Paris, Texas': a comma and a country or first-level region right after the name."""
    if end_token + 1 >= len(doc) or doc[end_token].text != ",":
        return False
    nxt = doc[end_token + 1]
    if not nxt.text[:1].isupper():
        return False
    for n in (3, 2, 1):
        if end_token + 1 + n <= len(doc):
            words = doc[end_token + 1:end_token + 1 + n].text
            if any(c.kind in ("country", "region") and c.feature in ("PCLI", "ADM1")
                   for c in gaz.lookup(words)):
                return True
    return False


# ---------------------------------------------------------------- resolution

def _resolve(doc, spans: list[_Span], gaz) -> None:
    text = _text(doc)
    by_key: dict[str, list[_Span]] = defaultdict(list)
    for s in spans:
        if s.demonym:
            s.choice = gaz.country(s.demonym) if not s.demonym.startswith("@") else gaz.continent(s.demonym[1:])
            continue
        found = gaz.lookup(s.core or s.text)
        if s.kind_hint == "region":
            found = tuple(c for c in found if c.kind == "region") or found
        s.candidates = found
        by_key[gaz.key(s.text)].append(s)

    # "Kursk region" in the article: a lone "Kursk" means the same region
    regions = {gaz.key(s.text.rsplit(" ", 1)[0]): s for s in spans if s.kind_hint == "region" and s.candidates}
    for k, group in by_key.items():
        if k in regions:
            region = regions[k].candidates[0]
            for s in group:
                if s.kind_hint != "region":
                    s.candidates = (region,) + tuple(c for c in s.candidates if c.id != region.id)
                    s.kind_hint = "region-linked"

    # "City, Region": keep the candidates inside the region that follows
    for a, b in zip(spans, spans[1:]):
        between = text[a.end:b.start]
        if between.strip() != "," or not b.candidates or not a.candidates:
            continue
        outer = b.candidates[0]
        if outer.kind not in ("country", "region") or a.candidates[0].kind in ("country", "continent") \
                or _modifier(doc, b):
            continue  # "Russia, U.S. officials said": a list, not a town in its country
        inside = tuple(c for c in a.candidates if _inside(c, outer, gaz))
        if inside:
            a.candidates = inside
            a.paired = True
            b.country_hint = "pair"

    # context: the countries and states of the article's other places (each name's own mentions
    # left out, so a wrong first guess cannot vote for itself)
    keys = list(by_key)
    for s in spans:
        if s.demonym and s.choice is not None:
            by_key.setdefault(f"demonym:{s.demonym}", []).append(s)
    grid = _Grid(by_key)
    for round_ in range(3):
        votes: dict[str, tuple[Counter, Counter, set]] = {}
        for k, group in by_key.items():
            countries, states, points = Counter(), Counter(), set()
            for s in group:
                c = s.choice if (round_ or s.demonym) else _anchor(s)
                if c is None:
                    continue
                if c.country_code:
                    countries[c.country_code] += 1
                if c.kind != "country" and c.admin1 and "-" in c.admin1:
                    states[c.admin1] += 1
                if _local(c) and (len(s.candidates) == 1 or s.paired):
                    points.add((c.lat, c.lon))  # only places the text pins down vote by distance
            votes[k] = (countries, states, points)
        for k in keys:
            countries, states, points = Counter(), Counter(), set()
            for other, (cs, ss, ps) in votes.items():
                if other != k:
                    countries.update(cs)
                    states.update(ss)
                    points |= ps
            for s in by_key[k]:
                s.choice = _best(s.candidates, countries, states, points, gaz,
                                 company=lambda c, k=k, **kw: grid.neighbours(c, k, **kw)) if s.candidates else None


def _modifier(doc, s: _Span) -> bool:
    """A name used as an adjective: "U.S. officials" (a lower-case noun follows)."""
    span = doc.char_span(s.start, s.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.text[:1].islower() and nxt.pos_ in ("NOUN", "PROPN", "ADJ")


def _anchor(s: _Span):
    """A first-round vote only from names that need no context: countries, single entries."""
    if not s.candidates:
        return None
    if len(s.candidates) == 1 or s.candidates[0].kind in ("country", "continent"):
        return s.candidates[0]
    return None


def _inside(c, outer, gaz) -> bool:
    if outer.kind == "country":
        return c.country_code == outer.country_code
    if c.admin1 and outer.admin1 and c.admin1 == outer.admin1:
        return True
    if c.country_code != outer.country_code or c.lat is None or outer.lat is None:
        return False
    return gaz.distance_km(c.lat, c.lon, outer.lat, outer.lon) < 400


def _local(c) -> bool:
    """A town or county: a point that its neighbours in the article should lie near."""
    return c.lat is not None and (c.kind == "city" or c.feature == "ADM2")


class _Grid:
    """Every town and county each name of the article may be, bucketed by degree cell, to ask
    which other names have a reading within ~50 km of a candidate: "Paris" and "Henry County"
    together are Paris, Tennessee, the seat of Henry County, though each alone is ambiguous."""

    def __init__(self, by_key):
        self.cells: dict[tuple[int, int], list] = defaultdict(list)
        for k, group in by_key.items():
            if not group or group[0].demonym:
                continue
            for c in group[0].candidates[:60]:
                if _local(c) and c.primary:
                    self.cells[(math.floor(c.lat), math.floor(c.lon))].append(
                        (k, c.lat, c.lon, c.feature == "ADM2"))

    def neighbours(self, c, own: str, *, counties: bool = False) -> int:
        found = set()
        cy, cx = math.floor(c.lat), math.floor(c.lon)
        scale = math.cos(math.radians(c.lat))
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for k, lat, lon, county in self.cells.get((cy + dy, cx + dx), ()):
                    if k != own and k not in found and (county or not counties) and \
                            (lat - c.lat) ** 2 + ((lon - c.lon) * scale) ** 2 < 0.2:  # ~50 km
                        found.add(k)
        return len(found)


def _best(options, countries: Counter, states: Counter, points: set, gaz, company=None):
    """The candidate the article supports most: its country's and state's share of the other
    places, its country's neighbours, and nearness to the other towns and counties named."""
    total = sum(countries.values())

    def score(c) -> float:
        value = c.prior
        if total and c.country_code:
            share = countries[c.country_code] / total
            value += (0.5 if share else 0.0) + 3.0 * share * min(1.0, total / 2)  # one vote is weak
            home = gaz.country(c.country_code)
            if home is not None and home.admin1:
                value += 1.0 * sum(countries[n] for n in home.admin1.split(",")) / total
        if c.admin1 and states[c.admin1]:
            value += 2.0
        if company is not None and c.kind == "city" and c.primary and company(c, counties=True):
            value += 2.0  # a town inside a county the article names
        return value

    best = max(options, key=score)
    if not _local(best) or len(options) == 1:
        return best
    options = [c for c in options if _local(c) and c.country_code == best.country_code]

    def nearness(c) -> float:
        value = score(c)
        if points:
            near = min(gaz.distance_km(c.lat, c.lon, lat, lon) for lat, lon in points)
            value += 2.0 if near < 50 else 1.0 if near < 150 else 0.0
        if company is not None and c.primary:
            value += min(2.0, 0.75 * company(c))
        return value

    # among the country's towns and counties of that name, the one near the article's others
    return max(options, key=nearness)


# ---------------------------------------------------------------- records

def _kind(s: _Span) -> str:
    if s.demonym:
        return "demonym"
    c = s.choice
    if c is None:
        return "city" if s.kind_hint == "city" else "region" if s.kind_hint == "region" else "place"
    return c.kind


def _mentions(doc) -> list[tuple[_Span, str]]:
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is not None:
        return cached
    if not _text(doc).strip():
        doc.user_data[_CACHE_KEY] = []
        return []
    from .. import gazetteer as gaz

    spans = _recognise(doc, gaz)
    _resolve(doc, spans, gaz)
    spans = _drop_strays(doc, spans, gaz)
    spans = sorted(spans + _neighbours_named(doc, spans, gaz), key=lambda s: s.start)
    # an unresolved place "in the Kursk region" takes that region's country
    for a, b in zip(spans, spans[1:]):
        if a.choice is None and not a.demonym and b.choice is not None:
            between = _text(doc)[a.end:b.start].strip().lower()
            if between in ("in", "in the", ",", "near", "near the"):
                a.country_hint = b.choice.country_code
    out = []
    for s in spans:
        out.append((s, _group_key(s)))
    doc.user_data[_CACHE_KEY] = out
    return out


def _drop_strays(doc, spans, gaz) -> list[_Span]:
    """A village abroad that nothing else in the article points to ("Kristina" tagged GPE in a
    Texas story, resolving to a hamlet of 600 on another continent) is a misread name, not a place:
    dropped when the article's other places lie in other countries and no cue names it a place."""
    keys = {}
    for s in spans:
        if s.choice is not None and s.choice.country_code:
            keys.setdefault(s.choice.country_code, set()).add(gaz.key(s.text))
    out = []
    for s in spans:
        c = s.choice
        if c is not None and not s.demonym and c.kind == "city" and c.population < 10_000 \
                and not (s.kind_hint or s.paired) and keys.get(c.country_code) == {gaz.key(s.text)} \
                and sum(len(v) for v in keys.values()) >= 3 and not _cued(doc, s, gaz):
            continue
        out.append(s)
    return out


def _neighbours_named(doc, spans, gaz) -> list[_Span]:
    """Names tagged as organisations, or lone names tagged as people, that are towns or counties
    within 40 km of the article's own places ("Pineville" in a story from Alexandria, Louisiana):
    local news names its neighbours bare. A surname of the article's people is left alone."""
    home = {(s.choice.lat, s.choice.lon) for s in spans if s.choice is not None and not s.demonym
            and _local(s.choice)}
    if not home:
        return []
    taken = _claimed(doc, spans)
    text, out = _text(doc), []
    people = _person_parts(doc, gaz)
    for ent in _ents(doc):
        if ent.label_ not in ("ORG", "PERSON") or any(taken[t.i] for t in ent):
            continue
        if ent.label_ == "PERSON" and len(ent) > 1 or gaz.key(ent.text) in people:
            continue  # a lone name that is no one's surname here
        cleaned = clean_span(text, ent.start_char, ent.end_char, "ORG")
        if cleaned is None:
            continue
        name = text[cleaned[0]:cleaned[1]]
        if name.casefold() in GENERIC or _ACRONYM.match(name):
            continue
        near = [c for c in gaz.lookup(name) if _local(c) and c.primary and c.population >= 1000
                and any(gaz.distance_km(c.lat, c.lon, lat, lon) < 40 for lat, lon in home)]
        if near:
            out.append(_Span(cleaned[0], cleaned[1], name, "NEAR", candidates=tuple(near), choice=near[0]))
    return out


def _group_key(s: _Span) -> str:
    from .. import gazetteer as gaz

    if s.demonym:
        return f"demonym:{s.demonym}"
    if s.choice is not None:
        return f"id:{s.choice.id}"
    return f"name:{gaz.key(s.text)}"


def _coords(s: _Span) -> tuple[float | None, float | None]:
    c = s.choice
    if c is None or c.lat is None or c.lon is None:
        return None, None
    if not (math.isfinite(c.lat) and math.isfinite(c.lon)):
        return None, None
    return round(c.lat, 5), round(c.lon, 5)


def _code(s: _Span) -> str | None:
    if s.choice is not None:
        return s.choice.country_code
    return s.country_hint if s.country_hint and len(s.country_hint) == 2 else None


def _canonical(texts: list[str]) -> str:
    return max(texts, key=lambda t: (len(t.split()), len(t)))


def extract_place_mentions(doc) -> list[PlaceMention]:
    """One record per place mention, in text order, with its place's canonical name."""
    from .. import gazetteer as gaz

    found = _mentions(doc)
    names: dict[str, list[str]] = defaultdict(list)
    for s, k in found:
        names[k].append(s.text)
    out = []
    for s, k in found:
        lat, lon = _coords(s)
        code = _code(s)
        out.append(PlaceMention(start=s.start, end=s.end, text=s.text, place=_canonical(names[k]),
                                kind=_kind(s), country_code=code, lat=lat, lon=lon,
                                country=gaz.country_name(code),
                                gazetteer_id=s.choice.id if s.choice is not None else None))
    return out


def extract_places(doc) -> list[Place]:
    """One record per place, in order of first mention, mentions counted and aliases listed."""
    mentions = extract_place_mentions(doc)
    groups: dict[tuple, list[PlaceMention]] = {}
    for m in mentions:
        k = ("demonym", m.country_code, m.place) if m.kind == "demonym" else \
            (m.gazetteer_id,) if m.gazetteer_id is not None else ("name", m.place.casefold())
        groups.setdefault(k, []).append(m)
    out = []
    for members in groups.values():
        first = members[0]
        aliases = []
        for m in members:
            if m.text != first.place and m.text not in aliases:
                aliases.append(m.text)
        out.append(Place(place=first.place, kind=first.kind, country_code=first.country_code,
                         country=first.country, lat=first.lat, lon=first.lon, mentions=len(members),
                         aliases=aliases, spans=[(m.start, m.end) for m in members],
                         gazetteer_id=first.gazetteer_id))
    return out
