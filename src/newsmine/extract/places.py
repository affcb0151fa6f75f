"""Places an article names, resolved offline to kind, country and coordinates.

Recognition: the model's GPE/LOC/FAC entities, NORP demonyms ("Russian"), and gazetteer names
the model missed or mislabelled ("Kyiv" untagged, "Kursk" as PRODUCT, a village as PERSON).
Names outside the model's place labels need evidence: a proper-noun tag, a known place of some
size, a cue ("in", "village of", "X region", "X, Texas", "a Gainesville man"); a person's name
needs a cue. Not places: a name after a person's title ("President Clinton"), a town inside an
organisation's name that is not the town's own body ("Mobile Data Association", unless the town
is named elsewhere), buildings and names the gazetteer cannot place and no cue calls places,
and, in sports copy, teams and players ("Aberdeen beat Hibs 3-1", lineups).

Resolution picks among same-named entries with the article itself: a "City, Region" pair (for
that mention only), an "X region" suffix, the countries and states the other places lie in, then
size and type. A name the gazetteer cannot place, or whose readings all lie outside the region the
article pins down, keeps null coordinates; `resolved_by` says what chose each place.

The extractors are pure: each call reads the Doc (never writes to it) through one `_Article`
built for that call, and keeps nothing between calls but the gazetteer's lookup caches.
"""
from __future__ import annotations

import dataclasses
import difflib
import functools
import itertools
import math
import re
from typing import NamedTuple
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .. import gazetteer as gaz
from . import country_by_own_name, irish_county, region_abbreviation, text_of
from ..lexicon import (DAY_NAMES, DIRECTIONS, FACILITY_HEADS, FIRM_WORDS, HONORIFICS, MONTH_NAMES, NAME_SUFFIXES,
                       PERSON_NOUNS,
                       NAME_PARTICLES, NUMERIC_LABELS,
                       NEWSPAPER_WORDS, PEER_STYLES, ROUTE_WORDS, PERSONAL_TITLES, PLACE_LABELS, REGION_WORDS,
                       ROLE_WORDS, SEASONS, SHIP_PREFIXES, SPEECH_VERBS, VEHICLE_MAKES,
                       QUARTER_NOUNS, TOWN_OFFICES, WORD)
from ..wordnet import common_words
from .entities import (KIN_WORDS, clean_span, dateline_places, extract_entities, given_names_before_ages, headline_end,
                       named_body, place_cut_short, residence_of, towns_before_their_regions, towns_in_one_name,
                       two_towns, CUED_TOWN_SIZE)
from .sports import (CLUB_PREFIXES, before_a_sports_role, club_name, club_suffix_after, cued_as_place, in_lineup,
                     in_team_position, is_ground, is_nation, is_sports_copy, is_sports_story, in_club_name,
                     result_sides, town_named_as_club, written_as_a_horse)

OTHER_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "NORP", "LANGUAGE"})
SETTLEMENT_NOUNS = frozenset({"village", "town", "city", "settlement", "hamlet", "suburb", "port",
                              "region", "province", "district", "county", "state", "capital",
                              "outskirts", "island", "republic", "oblast"})
STRONG_LOCATIVE = frozenset({"in", "near", "outside", "across", "into"})
DISTANCE_WORDS = frozenset({"miles", "mile", "km", "kilometres", "kilometers", "metres", "meters", "yards"})
COAST_NOUNS = frozenset({"coast", "coasts", "shore", "shores", "coastline"})
# Verbs of going: "to" or "from" after them names where ("drove to Lanexa", "moved from Nitro"),
# though "to" alone may name a person ("wrote to Smith").
MOTION_VERBS = frozenset("""drive travel head fly return walk relocate commute reroute airlift evacuate transport
ride sail march flee drift spread""".split())
# not "come", "go", "move", "transfer": "the idea came to Trapani" (a man), "the award went to Cher",
# "he moved to Chelsea for £2.25m" (a club)
POSSESSIVE_MARKS = ("'s", "’s", "'", "’")  # the token after a possessor ("Bell's back", "Paris' case")
SENTENCE_END = frozenset({".", "!", "?", ":", ";", '"', "“", "”", "'", "‘", "’", "—", "-", "(", "["})
STREET_WORDS = frozenset("""Street St. Avenue Ave. Road Rd. Drive Dr. Boulevard Blvd. Lane Ln. Parkway
Pkwy. Highway Hwy. Pike Trail Turnpike Expressway Freeway""".split())
ROAD_NUMBERED = frozenset("Highway Hwy. Interstate Route I- US FM".split())
NEARBY_WORDS = frozenset({"nearby", "neighbouring", "neighboring"})
COMPASS_WORDS = DIRECTIONS | frozenset({"far", "upper", "lower", "mid", "deep"})  # "Far North Queensland"
INSTITUTIONS = frozenset("""Police Sheriff Fire County City Town Mayor Council Commonwealth School Schools
High Department Board Court Hospital Library Museum Chamber Airport University College Church Township
Parish District Commission Office""".split())
SAINT_WORDS = frozenset({"St.", "St", "Saint", "Ste.", "Sainte"})
LANGUAGE_VERBS = frozenset({"speak", "learn", "teach", "study", "translate", "understand", "know"})
PROPER_NOUN_TAGS = ("NNP", "NNPS")
_ROAD_HINT = re.compile("|".join(re.escape(w) for w in STREET_WORDS | ROAD_NUMBERED))
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")
MIN_TOWN = 50_000         # an untagged proper noun counts as a town of at least this size
MIN_TOWN_INITIAL = 200_000  # ... at the start of a sentence, where capitals prove nothing
MIN_TOWN_ALTERNATE = 500_000  # ... when known by an alternate name only that is a word ("Human" for Uman)
MIN_TOWN_SPELLING = 100_000   # ... or by another spelling of its name ("Kancheepuram", Kanchipuram)
SPELLING_LIKENESS = 0.8      # `_spelling_of`: difflib ratio of the two names
MAX_NAME_WORDS = 4        # an untagged run of proper nouns longer than this is read in parts
# Words that name parts of places and are alternate names of some entry ("District", "Gulf"):
# alone they are no place.
GENERIC = frozenset("""north south east west central northern southern eastern western district city
county state region gulf union republic coast valley island islands bay lake lakes river center centre
square park street road avenue capital downtown province territory hills mountains border city hall
main west end man mid northeast northwest southeast southwest congress parliament senate assembly legislature
duma village town township borough
""".split())  # a legislature is no place: "Republican leaders in Congress" is not Congress, Arizona, nor
# "the bill was sent to the Duma" Duma, Syria (news spells that town Douma); nor is a bare "Village" (the
# model's "the Village of" before "Glen Carbon's budget") a town of that name
# `resolved_by` of a mention, strongest evidence first: "qualifier" (the text names its region:
# "Paris, Texas", "the Kursk region"), "unique" (the gazetteer has one reading; demonyms),
# "focus" (the article's other places chose among several), "population" (several readings and no
# clue in the article: the largest or most important was taken), "" (no coordinates).
RESOLVED_BY = ("qualifier", "unique", "focus", "population", "")


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
    resolved_by: str = ""  # what chose the coordinates: see RESOLVED_BY


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
    resolved_by: str = ""  # the strongest of its mentions' (RESOLVED_BY order)


@dataclass
class _Span:
    """One place mention while it is recognised and resolved (within one call)."""
    start: int
    end: int
    text: str
    source: str                 # model label; "GAZ" untagged, "STREET", "SAME", "NEAR" (rules below)
    demonym: str | None = None  # country code, or "@Continent"
    kind_hint: str | None = None  # the kind the text says: "region" ("the Kursk region"), "city"
                                  # ("the village of X"), "place" (a street); used when unresolved
    village: bool = False       # "the village of Berlin": no big city's reading
    candidates: tuple = ()
    choice: object = None
    country_hint: str | None = None  # country code of the place an unresolved name lies in
    paired: bool = False        # narrowed by "City, Region"
    region_linked: bool = False  # a lone "Kursk" read as the "Kursk region" the article names, a
                                 # town as the one an airport it names serves (`_served_by_airport`),
                                 # or "A in B" read as a part of town B (`_pair_in_towns`)
    route_end: bool = False     # narrowed by the other end of "between A and B" (`_route_ends`)
    core: str | None = None     # the known name inside ("Texas" in "North Texas")
    resolved_by: str = ""       # see RESOLVED_BY
    qualifies: bool = False     # the "Texas" of "Paris, Texas": decides that town, a weak vote
    set_apart: bool = False     # a pair after the name stood bare: it decides itself only, no vote
    dateline: bool = False      # a "Town, State" pair opening the text or a line
    org_only: bool = False      # a town named inside an organisation's name it does not own
    org_city: bool = False      # a big city's name the model tagged as an organisation (`_big_city`)
    in_org: bool = False        # named inside an organisation's name ("the New York Daily News"): a weak vote
    in_firm: bool = False       # ... of a firm, a paper or a club rather than a public body (`_no_public_body`)
    within: object = None       # the town an unknown local feature lies in (`_features_of_the_town`)
    part_of: object = None      # the span B of "A in B" when no reading of A lies in B (`_pair_in_towns`)
    as_town: bool = False       # the text names the town's council, schools or people (`_used_as_towns`)
    as_state: bool = False      # the name speaks for a government ("Washington has claimed": `_used_as_states`)
    size_at_home: object = None  # the town focus chose the country of and size the town (`_namesake_at_home`)
    sentence: int = -1          # where its sentence starts (`_countries_by_sentence`)


@dataclass(frozen=True)
class _Article:
    """What the helpers read of one article, built once per call (spaCy rebuilds `doc.text` and
    `doc.ents` on every access)."""
    doc: object
    text: str
    ents: tuple
    surnames: frozenset[str]  # keys of the last words of its full person names
    person_words: frozenset[str] = frozenset()  # the words of its person names of 2+ tokens
    sports: bool = False  # sports copy (`sports.is_sports_copy`): teams are named after towns
    sports_story: bool = False  # sports copy or a sports desk's prose (`sports.is_sports_story`)
    first_names: frozenset[str] = frozenset()  # the first words of its person names of 2+ tokens
    people_named: frozenset[str] = frozenset()  # keys of names it uses for people (`_people_named`)
    # The spans its entity table calls places ("from Hartpury, Gloucestershire" though the model
    # said ORG and WORK_OF_ART): the two tables read one article alike.
    entity_places: frozenset[tuple[int, int]] = frozenset()
    # ... and the spans it calls nationalities ("NAIVASHA - Finnish driver": the model found nothing)
    entity_peoples: frozenset[tuple[int, int]] = frozenset()
    # Each token's text, start, tag and trailing whitespace, read in one pass: spaCy makes a new
    # Token object at every `doc[i]` and every step over the Doc.
    words: tuple[str, ...] = ()
    starts: tuple[int, ...] = ()
    tags: tuple[str, ...] = ()
    spaces: tuple[str, ...] = ()

    @classmethod
    def of(cls, doc, entity_places: frozenset[tuple[int, int]] = frozenset(),
           entity_peoples: frozenset[tuple[int, int]] = frozenset()) -> _Article:
        ents, text = tuple(doc.ents), text_of(doc)
        tokens = [(t.text, t.idx, t.tag_, t.whitespace_) for t in doc]
        words, starts, tags, spaces = zip(*tokens) if tokens else ((),) * 4
        return cls(doc=doc, text=text, ents=ents, surnames=_surnames(ents, words, tags, entity_places),
                   words=words, starts=starts, tags=tags, spaces=spaces,
                   person_words=frozenset(t.text for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e),
                   sports=is_sports_copy(text), sports_story=is_sports_story(text),
                   first_names=frozenset(e[0].text for e in ents if e.label_ == "PERSON" and len(e) > 1)
                   | {text[s:e].split()[0] for s, e in given_names_before_ages(doc)},
                   people_named=_people_named(doc, ents), entity_places=entity_places,
                   entity_peoples=entity_peoples)

    @functools.cached_property
    def eponym_ends(self) -> tuple[int, ...]:
        """Where a name ends before a common noun named after it that ends its phrase ("died of West
        Nile| virus this year"): read once, not once a place's name (`_in_an_eponym`)."""
        return tuple(m.start() for m in _EPONYM_AFTER.finditer(self.text)
                     if _ends_its_phrase(self, m.start() + 1, m.end()))

    @functools.cached_property
    def firm_openers(self) -> frozenset[str]:
        """`_firm_openers`, read once: the recognition, the neighbours rule and `_drop_firm_towns` ask."""
        return _firm_openers(self)

    @functools.cached_property
    def firms(self) -> frozenset[str]:
        """The keys of the firm openers that are no state's, country's or big city's name: "Alaska
        Energy" leaves "Alaska lawmakers" in Alaska."""
        return frozenset(gaz.key(n) for n in self.firm_openers if not gaz.is_major_place(n)
                         and not any(c.kind == "region" for c in gaz.lookup(n)[:1]))



def _surnames(ents, words: tuple[str, ...], tags: tuple[str, ...],
              entity_places: frozenset[tuple[int, int]] = frozenset()) -> frozenset[str]:
    """Keys of the surnames in the article's full person names ("Mikheil Saakashvili" gives
    "saakashvili") and of the names after a person's title ("President Clinton", "Sen. Warren"):
    a lone "Saakashvili" tagged GPE, "Clinton" in "Clinton and Dole", is that person. Not a name
    the entity table calls a place: "Historic Dublin" (PERSON) gives no surname "Dublin"."""
    names = set()
    for e in ents:
        parts = [t.text for t in e if t.text.lower() not in NAME_SUFFIXES and t.text != ","] \
            if e.label_ == "PERSON" and len(e) > 1 and (e.start_char, e.end_char) not in entity_places else ()
        if len(parts) > 1 and parts[-1][:1].isupper():
            names.add(gaz.key(parts[-1]))  # "Tony Servance Jr.": Servance
    for i in range(len(words) - 1):
        if words[i].lower() in PERSON_TITLES and words[i][:1].isupper():
            run = list(itertools.takewhile(lambda k: tags[k] in PROPER_NOUN_TAGS and words[k][:1].isupper(),
                                           range(i + 1, min(i + 4, len(words)))))
            if run:
                names.add(gaz.key(words[run[-1]]))  # "Lt. Brent Wheat": Wheat
    return frozenset(names)


# A name the model tags as a person or an organisation at this many mentions, and as a place at
# most once, is a person's or a firm's in that article.
MANY_AS_PEOPLE = 6


def _people_named(doc, ents) -> frozenset[str]:
    """Keys of the names the article uses for a person or a firm: a story about Lincoln names him
    a dozen times ("Lincoln visited the fort", tagged ORG or PERSON) and never "in Lincoln", where
    a story about a town the model reads as its council ("Edmonton ranked second", ORG) has it
    tagged a place or cued as one ("in Edmonton", "Gainesville residents") somewhere."""
    lone = defaultdict(list)  # the lone names tagged as people, firms or places, by key
    for e in ents:
        if len(e) == 1 and (e.label_ in ("PERSON", "ORG") or e.label_ in PLACE_LABELS):
            lone[gaz.key(e.text)].append(e)
    named = set()
    for k, found in lone.items():
        people = sum(1 for e in found if e.label_ in ("PERSON", "ORG"))
        if people >= MANY_AS_PEOPLE and len(found) - people <= 1 and not any(_place_cue(doc, e) for e in found):
            named.add(k)
    return frozenset(named)


def _place_cue(doc, ent) -> bool:
    """"in Edmonton", "Gainesville residents", "Paris, Texas"; not "into Bell's back"."""
    if ent.end < len(doc) and doc[ent.end].text in POSSESSIVE_MARKS:
        return False
    return _cue_before(doc, ent.start, ent.end) or _followed_by_place(doc, ent.end) or _of_residents(doc, ent.end)


# Titles that stand only before a person's name ("President Clinton", "Gov. Perry"); not "King"
# ("King Street"), "St." or "General" ("General Motors") of lexicon.HONORIFICS.
PERSON_TITLES = PERSONAL_TITLES | frozenset("""president senator sen sen. rep rep. gov gov. governor mayor
gen. judge chancellor premier lt. lt sgt. sgt capt. capt col. det. cpl. officer deputy detective""".split())


# ---------------------------------------------------------------- sports copy
# Sports desks name teams after their towns ("Aberdeen beat Hibs 3-1") and list players in
# lineups ("Samuel (Scotland 63), Miller, Grady"): there a place's name is a team or a player.
# Whether an article is sports copy, and which lines are lineups, is `sports`' one reading.


def _team_or_player(art: _Article, s: _Span) -> bool:
    """In sports copy, a name in a team's place (next to a score or a result verb) or in a lineup
    line is a team or a player, not a place; datelines and venues ("at Hampden") stay places,
    unless the venue is a ground the gazetteer reads as something else ("at the Emirates")."""
    if in_lineup(art.text, s.start):
        return True
    if is_ground(art.text, s.start, s.end) and gaz.is_known_place(s.text):
        return True  # "a 2-1 win over Chelsea at the Emirates": a stadium, not the country
    line_start = art.text.rfind("\n", 0, s.start) + 1
    if s.dateline or s.start == line_start and art.text[s.end:s.end + 2].strip() in ("", "-", "—", ","):
        return False  # "LONDON 1996-08-24", "ABERDEEN, Scotland -"
    return in_team_position(art.text, s.start, s.end)


def _drop_clubs(art: _Article, spans: list[_Span]) -> list[_Span]:
    """In a sports story a town's name is its club where the article never puts anything in it
    ("Aberdeen booked their place ... Aberdeen manager Jimmy Calderwood"), as the entity table
    reads it (`entities._club_evidence`); not a country or home nation, a dateline, or "in Aberdeen"."""
    mentions = _by_name(spans)
    datelines = {start for start, _ in dateline_places(art.text, art.ents)}
    clubs = {k for k, group in mentions.items() if not any(s.demonym or s.dateline for s in group)
             and town_named_as_club(art.text, group[0].text, [(s.start, s.end) for s in group], datelines)}
    # a town opening a club's name is no place there: "Queens Park Rangers", "Bristol City midfielder"
    return [s for s in spans if gaz.key(s.text) not in clubs
            and (s.demonym or not in_club_name(art.text, s.start, s.end))]


# Last words of grounds' names: in a sports story "at Stamford Bridge" (Chelsea's ground) and "a
# semi-final at Villa Park" (Aston Villa's) name grounds, not the Yorkshire village or the Illinois
# town that share the names. Title case, unlike lexicon.FACILITY_HEADS (the entity rules' nouns of
# buildings), and with the grounds' own words (Lane, Field) but no Hall or Square.
GROUND_HEADS = frozenset("Park Bridge Road Lane Stadium Arena Ground Field Circuit Racecourse".split())


def _a_ground(s: _Span) -> bool:
    """In a sports story, a name of two words or more ending in a ground's word (GROUND_HEADS) that
    the gazetteer knows only as a town is the ground: unresolved or dropped beats a far-away
    town; a dateline stays."""
    words = s.text.split()
    if s.demonym or s.dateline or s.kind_hint or len(words) < 2 or words[-1] not in GROUND_HEADS:
        return False
    return _towns_only(gaz.lookup(s.text))


def _towns_only(found) -> bool:
    """The gazetteer knows the name, and only as towns (no region, country or feature)."""
    return bool(found) and all(c.kind == "city" for c in found)


def _by_name(spans: list[_Span]) -> dict[str, list[_Span]]:
    """The spans of each name (`gaz.key`), for the rules that decide a name at all its mentions."""
    mentions: dict[str, list[_Span]] = defaultdict(list)
    for s in spans:
        mentions[gaz.key(s.text)].append(s)
    return mentions


# ---------------------------------------------------------------- the public extractors

def extract_place_mentions(doc, *, entities: list | None = None) -> list[PlaceMention]:
    """One record per place mention, in text order, with its place's canonical name. `entities`:
    the article's entity table (`entities.extract_entities`), which says who its people are."""
    if entities is None:
        entities = extract_entities(doc)
    people = tuple(e for e in entities if e.label == "PERSON" and " " in e.entity)
    # a one-word body, or a club named in full whose rows hold its town's name ("Newcastle United ...
    # Yeading v Newcastle")
    clubs = tuple(e for e in entities if e.label == "ORG" and (" " not in e.entity or club_name(e.entity)))
    art = _Article.of(doc, frozenset(span for e in entities if e.label in ("GPE", "LOC") for span in e.spans),
                      frozenset(span for e in entities if e.label == "NORP" for span in e.spans))
    if not art.text.strip():
        return []
    laws = tuple(e for e in entities if e.label == "LAW")
    spans = _drop_idioms(art, _drop_horses(art, _recognise(art)))   # before they vote for anything
    spans = _drop_towns_of_laws(art, _drop_names_of_towns(art, spans, people), laws)
    _resolve(art, spans)
    spans = _drop_speakers(art, spans)
    spans = _drop_strays(art, spans)
    spans = [s for s in spans if not _unplaced_facility(s) and not _unplaced_abbreviation(s)]
    spans = _drop_foreign_org_cities(spans)
    spans = _drop_org_names_elsewhere(art, spans)
    spans = _drop_bodies_by_size(art, spans)
    spans = _drop_firm_towns(art, spans)
    spans = _drop_common_words_abroad(art, spans)
    spans = _drop_other_names_of_towns(art, spans)
    _far_villages(spans)  # last with `_toss_ups`: the rules above read a town's choice to drop a word or a firm
    _far_lone_readings(spans)
    _toss_ups(spans)
    _small_towns_abroad(spans)
    if not art.sports:
        spans = sorted(spans + _neighbours_named(art, spans), key=lambda s: s.start)
    spans = _drop_clubs_of_the_entity_table(art, _drop_people(art, spans, people), clubs)
    spans = _drop_listed_with_bodies(art, spans)
    spans = _namesakes_in_the_entity_table(art, spans)
    _borrow_countries(art, spans)
    return _records(spans)


def places_of(mentions: list[PlaceMention]) -> list[Place]:
    """One record per place, in order of first mention, mentions counted and aliases listed."""
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
                         gazetteer_id=first.gazetteer_id,
                         resolved_by=min((m.resolved_by for m in members), key=evidence_rank)))
    return out


def evidence_rank(how: str) -> int:
    """How strong a `resolved_by` is, strongest first (RESOLVED_BY order): a place's rows keep the best."""
    return RESOLVED_BY.index(how) if how in RESOLVED_BY else len(RESOLVED_BY)


def extract_places(doc) -> list[Place]:
    """One record per place, in order of first mention, mentions counted and aliases listed."""
    return places_of(extract_place_mentions(doc))


# ---------------------------------------------------------------- recognition

class _Claims:
    """The spans recognised so far, and the tokens that they or names ruled out cover: a covered
    token is not read again."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.spans: list[_Span] = []
        self.taken = [False] * len(doc)

    def add(self, s: _Span) -> None:
        tokens = _token_span(self.doc, s.start, s.end)
        if tokens is not None:
            self.block(tokens)
        self.spans.append(s)

    def block(self, tokens) -> None:
        for t in tokens:
            self.taken[t.i] = True


def _recognise(art: _Article) -> list[_Span]:
    """Every place name of the article, in text order, not yet resolved."""
    claims = _Claims(art.doc)
    for ent in _with_the_entity_tables_peoples(art):
        _read_entity(art, claims, ent)
    _read_untagged(art, claims)
    spans = [_core(art, s) for s in claims.spans for s in _hyphen_pair(art, _hyphenated_whole(art, s))
             if not _a_propertys_name(art, s)]
    spans = _joined_names(art, spans)
    if art.surnames or art.first_names:
        people = {s.text for s in spans if _a_first_name(art, s)}  # one sense per article
        spans = [s for s in spans if not _a_surname(art, s) and not _before_a_surname(art, s)
                 and not (s.text in people and not _cued(art.doc, s))]
    if art.people_named:
        spans = [s for s in spans if s.demonym or gaz.key(s.text) not in art.people_named or _major(gaz.lookup(s.text))]
    spans = _drop_acronyms(art, _drop_unknown_names(art, spans))
    spans = [k for s in spans for k in (_known_parts(art, s) if _unknown_uncued(art, s) else [s])]
    bodies = {gaz.key(s.text) for s in spans if _the_body(art, s)}  # one sense per article
    # a work's title at all its uncued mentions: "the sci-fi thriller Constantine ... Constantine, based on"
    works = {gaz.key(s.text) for s in spans if _a_works_title(art, s)}
    spans = [s for s in spans if gaz.key(s.text) not in works or s.demonym or _cued(art.doc, s)]
    spans = [s for s in spans if not _the_institution(art, s) and not _saints_house(art, s) and not _a_title(s)
             and not _postnominal(art, s) and not _named_kin(art, s) and not _titled_name(art, s) and not _a_trophys_name(art, s)
             and not _no_place_use(art, s) and not _a_house_of(art, s) and not _of_the_title(art, s)
             and not _a_pubs_name(art, s)]
    spans = [_state_in_town_name(art, s) for s in spans]
    spans.extend(_streets(art, spans))
    spans.extend(_abbreviated_regions(art, spans))
    spans.extend(_listed_counties(art, spans))
    spans.extend(_towns_and_regions_missed(art, spans))
    spans.extend(_caps_datelines(art, spans))
    _widen_cut_names(art, spans)
    if art.sports:  # "Aberdeen" the dateline is a place, "Aberdeen beat Hibs" a team
        spans = [s for s in spans if not _team_or_player(art, s)]
    else:
        spans.extend(s for s in _same_names(art, spans) if not _before_a_surname(art, s) and not _in_an_eponym(art, s))
    if art.sports_story:
        spans = [s for s in _drop_clubs(art, spans) if not _a_ground(s)]
    # "Newcastle boss Graeme Souness", "the Aberdeen defender", "side Newcastle United": a club, in any story
    spans = [s for s in spans if s.demonym or not before_a_sports_role(art.text, s.start, s.end)
             and club_suffix_after(art.text, s.end) == s.end]
    spans = _drop_result_sides(art, spans)
    spans = _drop_vehicles(art, [s for s in _drop_org_only(art, spans) if not _party_or_club(art, s)])
    if bodies:
        spans = [s for s in spans if gaz.key(s.text) not in bodies or s.source in PLACE_LABELS or _cued(art.doc, s)]
    named_bodies = {gaz.key(s.text) for s in spans if _named_body(art, s)}  # one sense, as the entity table reads it
    spans = [s for s in spans if not _in_credit(art, s) and (gaz.key(s.text) not in named_bodies or _cued(art.doc, s))]
    firms = art.firms
    if firms:  # one sense per article
        spans = [s for s in spans if gaz.key(s.text) not in firms or s.demonym or _cued(art.doc, s)]
    spans.sort(key=lambda s: s.start)
    return _without_direction_parts(art, spans)


def _with_the_entity_tables_peoples(art: _Article) -> list:
    """The model's spans, with the entity table's nationalities read as NORP where the model
    labelled the same words otherwise or found nothing there: "Filipino surfers" (LANGUAGE),
    "A Burkinabe officer" (ORG), "NAIVASHA - Finnish driver" (nothing) are demonyms in both tables.
    Only the gazetteer's demonyms: the entity table's "Shiloh" NORP (a school district) stays the town."""
    peoples = {(s, e) for s, e in art.entity_peoples if gaz.demonym(art.text[s:e])}   # not "Shiloh" (NORP)
    ents = [x if (x.start_char, x.end_char) not in peoples or x.label_ == "NORP" or x.label_ == "LANGUAGE" and not (
        x.end < len(art.doc) and art.doc[x.end].tag_ == "NNS")   # a language, but for "Filipino surfers"
            else art.doc.char_span(x.start_char, x.end_char, label="NORP") for x in art.ents]
    taken = [False] * len(art.doc)   # a mark on each token of the model's spans: one pass, however long the text
    for x in art.ents:
        taken[x.start:x.end] = [True] * len(x)
    missed = (span for s, e in sorted(peoples)
              if (span := art.doc.char_span(s, e, label="NORP")) is not None and not any(taken[span.start:span.end]))
    return sorted((x for x in (*ents, *missed) if x is not None), key=lambda x: x.start_char)


def _drop_result_sides(art: _Article, spans: list[_Span]) -> list[_Span]:
    """"came from behind to beat Sunderland 2-1": a side of a result is a team in any story, as the
    entity table reads it (`entities._result_side_evidence`), and so is a part of one ("Utah" of
    "the Utah Jazz"), and so is the side's name at its other mentions unless the article puts
    something there ("Jimmy Butler led Miami with 27 points" after "beat Miami 112-104"; not "fans
    in Miami"). A national side stays its country: TR-News marks "drawing with Iceland, Austria
    and Hungary" as places. Where it was played is a ground ("... 3-1 at the Emirates": not the
    country)."""
    sides = [side for pair in result_sides(art.text) for side in pair if side is not None]
    in_side = {(s.start, s.end) for s in spans if any(a <= s.start and s.end <= b for a, b in sides)}
    names = {gaz.key(s.text) for s in spans if (s.start, s.end) in in_side}

    def team(s: _Span) -> bool:
        if (s.start, s.end) in in_side:
            return True
        return gaz.key(s.text) in names and not (s.demonym or cued_as_place(art.text, s.start, s.end)
                                                 or _cued(art.doc, s))
    return [s for s in spans if (s.dateline or is_nation(s.text) or not team(s))
            and not (is_ground(art.text, s.start, s.end) and gaz.is_known_place(s.text))]


def _joined_names(art: _Article, spans: list[_Span]) -> list[_Span]:
    """Two names joined by "and" that together name a country or region are that one place: the
    model splits "Trinidad and Tobago", and Trinidad alone was Trinidad, Colorado; so are two
    joined by "of" that name a town too: "Port" "of" "Spain" had been a French Port and Spain (the
    entity table joins them alike, `entities._joined_neighbours`)."""
    spans = sorted(spans, key=lambda s: s.start)
    out: list[_Span] = []
    for s in spans:
        a = out[-1] if out else None
        between = art.text[a.end:s.start] if a is not None else ""
        if a is not None and not a.demonym and not s.demonym and between in (" and ", " of "):
            name = art.text[a.start:s.end]
            kinds = ("country", "region") if between == " and " else ("country", "region", "city")
            if any(c.kind in kinds for c in gaz.lookup(name)[:1]):
                out[-1] = _Span(a.start, s.end, name, a.source)
                continue
        out.append(s)
    return out


# Words that end towns' names after a state's or a country's name: "Tennessee Colony" and
# "Texas City" (Texas), "Michigan City" (Indiana), "Iowa Falls", "Maryland Heights" (Missouri).
TOWN_NAME_ENDINGS = frozenset("""Colony City Springs Beach Heights Falls Junction Village Harbor Harbour Landing
Crossing Mills Station Bluff Bluffs""".split())


def _named_body(art: _Article, s: _Span) -> bool:
    """"car maker Toyota" (a city of Japan), "the band Portishead", "airline Delta": a noun before
    the name that says what kind of body it is settles it, as in the entity table
    (`entities.named_body`), at all the name's mentions not cued as a place: "mobile phone giant
    Orange ... Orange said" is no Orange, California."""
    return not s.demonym and named_body(art.text, s.start, s.end)


def _state_in_town_name(art: _Article, s: _Span) -> _Span:
    """"The farm near Tennessee Colony": a state's name right before a word that ends towns' names
    is the first word of a town's, though the model tagged the state alone. The town, when the
    gazetteer lacks it, keeps no coordinates and only the state's country: never the state."""
    tok = _token_span(art.doc, s.start, s.end)
    if s.demonym or s.core or tok is None or tok.end >= len(art.words) \
            or art.words[tok.end] not in TOWN_NAME_ENDINGS or art.spaces[tok.end - 1] != " ":
        return s
    found = gaz.lookup(s.text)
    if not found or found[0].feature not in ("ADM1", "PCLI"):
        return s
    end = art.starts[tok.end] + len(art.words[tok.end])
    name = art.text[s.start:end]
    return _Span(s.start, end, name, s.source, kind_hint="city",
                 country_hint=found[0].country_code if len({c.country_code for c in found}) == 1 else None)


def _without_direction_parts(art: _Article, spans: list[_Span]) -> list[_Span]:
    """"Far North Queensland", "North West England", "South Central Tennessee": the model tags
    the compass words apart, and alone they name a region elsewhere (Far North is Cameroon's): a
    span of compass words only, right before another place's name, is part of that place."""
    out = []
    for s, nxt in zip(spans, spans[1:] + [None]):
        if nxt is not None and not s.demonym and art.text[s.end:nxt.start] == " " \
                and all(w in COMPASS_WORDS for w in s.text.lower().replace("-", " ").split()):
            continue
        out.append(s)
    return out


def _read_entity(art: _Article, claims: _Claims, ent) -> None:
    """A model entity: a demonym, an "X region", a place label, or another label with evidence."""
    label = ent.label_
    if label in NUMERIC_LABELS:
        claims.block(ent)  # "in August" is a date
        return
    cleaned = clean_span(art.text, ent.start_char, ent.end_char, label)
    if cleaned is None:
        return
    s, e = cleaned
    e = _with_own_possessive(art, s, e, ent.end_char)
    name = art.text[s:e]
    tok = _token_span(art.doc, s, e)
    if tok is None:
        return
    water = _water_cut_in_two(art, s, e)
    if water is not None:
        claims.add(water)
        return
    towns = towns_in_one_name(art.text, s, e)
    if towns is not None:   # "trains between Perth and Inverness" (ORG): two towns, as the entity table reads them
        for a, b in towns:
            claims.add(_town_or_irish_county(art.text, s + a, s + b, "GPE"))
        return
    code = gaz.demonym(name) if label in ("NORP", "GPE", "LANGUAGE") or label == "PERSON" and _modifies(art.doc, tok) \
        else None
    whole = _town_named_with_a_demonym(art, tok) if code else None
    if whole is not None:
        claims.add(whole)
        return
    if code:
        if label != "LANGUAGE" and not _demonym_as_person(tok):
            claims.add(_Span(s, e, name, label, demonym=code))
        else:
            claims.block(tok)  # "spoke only French", "French said"
        return
    state = _state_of_people(name) if label in ("NORP", "GPE") else None  # an ORG "Texans" is the team
    if state is not None:
        claims.add(_Span(s, e, name, label, core=state, kind_hint="region"))
        return
    if label in PLACE_LABELS | OTHER_LABELS | {"ORG", "PERSON"}:
        region = _with_region_word(art, s, tok.end, label)
        if region is not None:
            claims.add(region)
            return
    if name.casefold() in GENERIC:
        return
    if label in PLACE_LABELS:
        river = _river_after_the(art.text, s, name) if not _modifies(art.doc, tok) else None  # "the Ohio primary"
        town = _town_noun_before(art.doc, tok.start)
        claims.add(_Span(s, e, name, label, core=river, kind_hint="city" if town else None,
                         village=town in ("village", "villages", "hamlet")))
    elif label in OTHER_LABELS or label in ("PERSON", "ORG"):
        _read_other_entity(art, claims, label, tok, s, e)


def _town_named_with_a_demonym(art: _Article, tok) -> _Span | None:
    """"in Kingston and neighbouring Spanish Town" (Spanish LANGUAGE): a demonym and the capitalised
    word after it that name a town of CUED_TOWN_SIZE people or more together ("American Fork",
    "Indian Wells") are that town, not a nationality; None otherwise."""
    doc = art.doc
    if tok.end >= len(doc) or not doc[tok.end].is_alpha or not doc[tok.end].text[:1].isupper() \
            or doc[tok.end].is_sent_start or not doc[tok.start].whitespace_:
        return None
    s, e = tok.start_char, doc[tok.end].idx + len(doc[tok.end].text)
    found = gaz.lookup(art.text[s:e])
    if not found or found[0].kind != "city" or found[0].population < CUED_TOWN_SIZE:
        return None
    return _Span(s, e, art.text[s:e], "GAZ")


def _river_after_the(text: str, start: int, name: str) -> str | None:
    """"towns along the Mississippi": a state's name after "the" is its river, when the gazetteer
    knows "<name> River" as water (no state takes "the"); None otherwise."""
    if text[max(0, start - 4):start].lower() != "the " or not any(c.kind == "region" for c in gaz.lookup(name)[:1]):
        return None
    river = gaz.lookup(f"{name} River")
    return f"{name} River" if river and river[0].kind == "water" else None


_WATER_HEAD_BEFORE = re.compile(r"\b(?:Bay|Gulf|Sea|Strait|Straits)\s+of\s+$")


def _water_cut_in_two(art: _Article, s: int, e: int):
    """"swept across the Bay of Biscay": the model read "Bay" as one place and "Biscay" as another;
    the whole name, when the gazetteer knows it as a sea, else None."""
    head = _WATER_HEAD_BEFORE.search(art.text, max(0, s - 12), s)
    if head is None or not any(c.feature == "SEA" for c in gaz.lookup(art.text[head.start():e])):
        return None
    return _Span(head.start(), e, art.text[head.start():e], "LOC")


def _with_own_possessive(art: _Article, s: int, e: int, ent_end: int) -> int:
    """The end of a name whose "'s" is part of it: "moved to St. John's, Newfoundland" (the
    model's span ran on over the "'s" and the gazetteer knows the whole name) is no possessive of
    St. John (San Juan, Argentina); so is a town of some size. "St. Mary's students" (a school) is
    not St Mary's, a village of the Scilly Isles. Before a name the saint's possessive is the
    church, school or hospital ("St. John's Lutheran School", `_saints_house`); "Britain's" is
    Britain's."""
    if art.text[e:e + 2] not in ("'s", "’s") or e + 2 > ent_end or _SAINTS_HOUSE.match(art.text[e:e + 4]):
        return e
    found = gaz.lookup(art.text[s:e + 2])
    tok = _token_span(art.doc, s, e + 2)
    if found and (found[0].population >= MIN_TOWN or tok is not None and _followed_by_place(art.doc, tok.end)):
        return e + 2
    return e


def _read_other_entity(art: _Article, claims: _Claims, label: str, tok, s: int, e: int) -> None:
    """A name the model tags as no place is one with evidence: a cue, a known place of some size,
    a region the organisation is (the EU), or the place an organisation is named after."""
    doc, name = art.doc, art.text[s:e]
    residents = _of_residents(doc, tok.end)
    table = _a_place_in_the_entity_table(art, label, tok, s, e)
    cue = _cue_before(doc, tok.start, tok.end) or _followed_by_place(doc, tok.end) or residents or table \
        or _country_after_a_town(doc, tok) or _HOME_COMPOUND_AFTER.match(art.text, e) is not None   # "Monterrey-based"
    if cue and label == "PERSON" and tok.end < len(doc) and doc[tok.end].text in ("'s", "’s") \
            and not _settlement_cue(doc, tok.start) and not table:
        cue = False  # "into Bell's back": a person's possessive; not "the Village of Glen Carbon's budget"
    if cue and label == "NORP" and (_modifies(doc, tok) or _opens_compound(doc, tok)):
        cue = False  # "a role in Arab culture", "in the Arab-Israeli conflict": "in" governs the noun
    elif cue and label in OTHER_LABELS and _modifies(doc, tok) and not residents:  # NORP is handled above
        cue = False  # "third in the Olympic heptathlon" (EVENT; Olympic, Hong Kong); "the Saratoga native" stays
    if label == "NORP" and country_by_own_name(name) is not None:
        claims.add(_Span(s, e, name, label))  # "from the Lesotho border": a country's own name, not its people
        return
    if label == "NORP" and not cue and _modifies(doc, tok) and name.lower() in common_words():
        # "the elite body guard of Roman emperors": an English adjective, not Roman, Romania ("a
        # Palmdale park-and-ride", also tagged NORP, is no word and stays the town)
        claims.block(tok)
        return
    found = gaz.lookup(name)
    if _airport_named(name, found):
        claims.add(_Span(s, e, name, label))  # "Ottawa's Macdonald-Cartier International Airport" (ORG)
        return
    if label == "ORG" and not cue and _major(found, regions=True) and (
            found[0].primary or found[0].feature == "RGN" or found[0].kind == "country" and not art.sports)\
            and not _in_person_name(art, name):
        claims.add(_Span(s, e, name, label))  # "the European Union", "the EU"; "as the UAE seeks" (ORG)
        return
    if label in ("ORG", "PERSON") and not cue and not art.sports and _big_city(found) and _no_ones_name(art, tok):
        claims.add(_Span(s, e, name, label, org_city=True))  # "travelled from Winnipeg to Edmonton" (ORG)
        return
    if found and name.startswith("County "):
        claims.add(_Span(s, e, name, label))  # "County Durham's council" (PERSON): no one is named "County"
        return
    county = irish_county(name)
    if county is not None:
        claims.add(_Span(s, e, name, label, core=county, kind_hint="region"))  # "north Co Wexford" (PERSON)
        return
    if label == "ORG" and _admin_of(name):
        claims.add(_Span(s, e, name, label, core=_admin_of(name)))  # "the State of Ohio", "City of Dublin"
        return
    if cue and _settlement_cue(doc, tok.start):
        claims.add(_Span(s, e, name, label, kind_hint="city"))
    elif cue and _known(name, min_town=0):
        claims.add(_Span(s, e, name, label))
    elif label not in ("PERSON", "ORG") and _known(name, min_town=MIN_TOWN):
        claims.add(_Span(s, e, name, label))
    elif label == "ORG" and _town_before_a_common_noun(art, tok, found):
        claims.add(_Span(s, e, name, label))  # "the annual Oakdale harvest festival" (ORG)
    else:
        for inner in _town_and_region(art, tok) or [_named_after(art, label, tok)]:
            if inner is not None:
                claims.add(inner)
        claims.block(tok)  # a person's or organisation's name is not scanned again


def _a_place_in_the_entity_table(art: _Article, label: str, tok, s: int, e: int) -> bool:
    """A region's name the entity table calls a place ("came from Yorkshire millionaire Sir Paul
    Sykes", "Nova Scotia's agriculture minister", model PERSON), a river's, lake's or sea's, or a
    town it calls one before a comma and such a place ("from Hartpury, Gloucestershire": ORG and
    WORK_OF_ART) or after a place and "and", is a place here too. Not a
    town alone: the entity table reads "from" as a place cue ("secured the film rights from
    Paramount"); and not in a sports story, where it may read a club's name as its town."""
    if (s, e) not in art.entity_places or art.sports_story:
        return False
    name, doc = art.text[s:e], art.doc
    found = gaz.lookup(name)
    prev = _prev_word(doc, tok.start)
    if found and all(c.kind == "water" for c in found):
        return True   # "Barges on the Danube are sailing" (PERSON): a river only
    if found and found[0].kind == "region" and prev != "the" \
            and (label != "PERSON" or _modifies(doc, tok) or prev in ("in", "from") or _possessive_after(art, tok)):
        return True  # not "up to the Palace" (ORG), "the award went to Cher" (a French department)
    # "cash from Heathrow and Gatwick" (FAC, PERSON); not "in Iraq and Bush said", "Lakeview and Harrison streets"
    if tok.start >= 2 and doc[tok.start - 1].lower_ in ("and", "or") and doc[tok.start - 2].ent_type_ in PLACE_LABELS \
            and not _modifies(doc, tok) and tok.root.dep_ not in ("nsubj", "nsubjpass"):
        return True
    if tok.end + 1 >= len(doc) or doc[tok.end].text != ",":
        return False
    after = doc[tok.end + 1:tok.end + 2]
    return any(a <= after.start_char and after.end_char <= b for a, b in art.entity_places)


def _town_before_a_common_noun(art: _Article, tok, found) -> bool:
    """One word the model calls an organisation, qualifying a lowercase noun of a town's own life
    (TOWN_LIFE_NOUNS), naming a town of MIN_TOWN_INSIDE_NAME people or more: "the annual Oakdale
    harvest festival", "Grovetown police then questioned", "DeKalb neighborhoods". An organisation
    writes its own name in capitals ("Oakdale Harvest Festival"). Weaker evidence than the noun of
    residents right after a name (`_of_residents`, a cue for a town of any size), so a town of
    some size only. Not in a sports story ("Chelsea fans"), an English word ("the Liberal
    government": Liberal, Kansas) or an acronym; and not any noun: "Nokia smartphones", "a
    Mercedes convertible" name makes, not towns."""
    doc, name, head = art.doc, tok.text, tok[-1].head
    if tok.end + 2 < len(doc) and doc[tok.end].lower_ == "and" and doc[tok.end + 1].text[:1].isupper():
        head, after = doc[tok.end + 1].head, tok.end + 2  # "Dundee and Stirling councils": both towns' councils
    else:
        after = tok.end
    return len(tok) == 1 and not art.sports_story and after < len(doc) and doc[after].pos_ == "NOUN" \
        and doc[after].text.islower() and head.i >= after and head.lower_ in TOWN_LIFE_NOUNS \
        and not name.isupper() and name.lower() not in common_words() \
        and bool(found) and found[0].kind == "city" and found[0].primary \
        and found[0].population >= MIN_TOWN_INSIDE_NAME and gaz.key(name) not in art.firm_openers \
        and _no_ones_name(art, tok)


def _airport_named(name: str, found) -> bool:
    """A name that says it is an airport ("... Airport", "... International") and that the
    gazetteer knows as one is a place, whatever the model calls it: the model often tags
    "Macdonald-Cartier International Airport" ORG."""
    return name.split()[-1] in ("Airport", "International") and any(c.feature == "AIRP" for c in found)


_TOWN_COMMA_REGION = re.compile(r"^(.+), ([A-Z][\w.]*)$")


def _town_and_region(art: _Article, tok) -> list[_Span]:
    """A "Town, State" pair the model ran together as one name ("Wainwright, Alta" as an
    organisation): the town and its state or province, each a place, when the gazetteer knows
    the town and the second part is a first-level region."""
    m = _TOWN_COMMA_REGION.match(art.text[tok.start_char:tok.end_char])
    if m is None or m.group(1).casefold() in GENERIC or not gaz.lookup(m.group(1)):
        return []
    region = gaz.lookup(m.group(2))
    if not region or region[0].feature != "ADM1":
        return []
    (a, b), (c, d) = ((tok.start_char + m.start(g), tok.start_char + m.end(g)) for g in (1, 2))
    return [_Span(a, b, art.text[a:b], "GAZ"), _Span(c, d, art.text[c:d], "GAZ")]


def _named_after(art: _Article, label: str, tok) -> _Span | None:
    """The place an organisation's name begins or ends with, with or without a cue ("in Clarke
    County Superior Court", "the Texas Department of Health"), or the county a name the model calls
    a person begins with ("McMinn County Sheriff Steve Frisbie"). In sports copy "Dundee United"
    is a team."""
    if art.sports:
        return None
    inside = _place_in_name(art, tok)
    if inside is not None:
        return inside
    if label == "ORG":
        return _place_prefix(art, tok) or _place_suffix(art, tok)
    if label == "EVENT":  # "the Scottish Premiership": the event's country, by its demonym only
        prefix = _place_prefix(art, tok)
        return prefix if prefix is not None and prefix.demonym else None
    return _county_prefix(art, tok) if label == "PERSON" else None


def _read_untagged(art: _Article, claims: _Claims) -> None:
    """Proper nouns the model left untagged, read in runs of up to MAX_NAME_WORDS on one line."""
    words, tags, taken = art.words, art.tags, claims.taken
    i = 0
    while i < len(words):
        if taken[i] or not words[i][:1].isupper() or tags[i] not in PROPER_NOUN_TAGS and not _cued_mistagged(art, i) \
                and not _home_compound(art, i, i + 1):   # "Montevideo-bound" (NN)
            i += 1
            continue
        j = i
        while j < len(words) and not taken[j] and tags[j] in PROPER_NOUN_TAGS and j - i < MAX_NAME_WORDS \
                and "\n" not in art.spaces[j] and (j == i or words[j] != "Mayor"):  # "Tillsonburg Mayor Stephen Molnar"
            j += 1
        j = max(j, i + 1)
        span, i = _untagged_name(art, i, j)
        if span is not None:
            claims.add(span)


def _cued_mistagged(art: _Article, i: int) -> bool:
    """"sank 40 miles off Peterhead": a capitalised word the tagger called something else (here an
    adverb) after a place cue, mid-sentence, and no common word or nationality ("in English")."""
    word = art.words[i]
    return word.isalpha() and word.lower() not in common_words() and not gaz.demonym(word) \
        and not _sentence_initial(art.doc, i) and _cue_before(art.doc, i)


# A place's name glued to where someone comes from, lives or goes: "Tipperary-born rider", "the
# overnight Montevideo-bound ferry" (the model found nothing).
_HOME_COMPOUND_AFTER = re.compile(r"-(?:born|based|bound|bred|raised|headquartered)\b")


def _home_compound(art: _Article, i: int, j: int) -> bool:
    """Tokens [i, j) before `_HOME_COMPOUND_AFTER`; opening a sentence, only a word no dictionary
    holds or a big city ("Tipperary-born rider", "PHARMACEUTICALS: Lyon-based drugmaker", but not
    "Net-based memory shop")."""
    start, end = art.starts[i], art.starts[j - 1] + len(art.words[j - 1])
    return _HOME_COMPOUND_AFTER.match(art.text, end) is not None and (
        not _sentence_initial(art.doc, i) or art.text[start:end].lower() not in common_words()
        or bool(_known(art.text[start:end], min_town=MIN_TOWN_INITIAL)))


def _untagged_name(art: _Article, i: int, j: int) -> tuple[_Span | None, int]:
    """The place the untagged run of tokens [i, j) names, if any, and the token to read next.
    The whole run must be the name: "Human Rights Commissioner" is no place."""
    doc = art.doc
    s, e = art.starts[i], art.starts[j - 1] + len(art.words[j - 1])
    name = art.text[s:e]
    region = _with_region_word(art, s, j, "GAZ")
    if region is not None:
        return region, _region_suffix(doc, j)
    if name.casefold() in GENERIC:
        return None, j
    initial = _sentence_initial(doc, i)
    code = gaz.demonym(name)
    if code and not initial:
        return _Span(s, e, name, "GAZ", demonym=code), j
    state = _state_of_people(name)
    if state is not None:  # "Ontarians without a family doctor" (untagged): the province
        return _Span(s, e, name, "GAZ", core=state, kind_hint="region"), j
    if _after_party(doc, i) and any(c.feature == "ADM1" for c in gaz.lookup(name)):
        return _Span(s, e, name, "GAZ"), j  # "Rep. Charles Rangel, D-N.Y."
    cue = _cue_before(doc, i, j) or _followed_by_place(doc, j) or _of_residents(doc, j) \
        or _home_compound(art, i, j)
    min_town = 0 if cue else (MIN_TOWN_INITIAL if initial else MIN_TOWN)
    if _known(name, min_town=min_town):
        return _Span(s, e, name, "GAZ"), j
    return None, j


def _modifies(doc, tok) -> bool:
    """The name stands before a noun it qualifies: "Sri Lankan political developments", "Sri Lankan
    President Rajapakse" (the model calls such a demonym a person)."""
    return tok.end < len(doc) and doc[tok.end].pos_ in ("NOUN", "PROPN", "ADJ")


def _opens_compound(doc, tok) -> bool:
    """The name is the first half of a hyphenated adjective: "the Arab-Israeli conflict"
    (the model tags "Arab" NORP, and Arab is also a town in Alabama)."""
    return tok.end + 1 < len(doc) and doc[tok.end].text == "-" and not doc[tok.end - 1].whitespace_ \
        and doc[tok.end + 1].text[:1].isupper()


def _with_region_word(art: _Article, start: int, end_token: int, source: str) -> _Span | None:
    """"the Kursk region", "Kursk Oblast": the name with the region word after it, when the
    gazetteer knows the two together."""
    after = _region_suffix(art.doc, end_token)
    if after is None:
        return None
    last = art.doc[after - 1]
    end = last.idx + len(last.text)
    if last.text == "state" and all(w in COMPASS_WORDS for w in art.text[start:last.idx].lower().split()):
        return None  # "the first Northern state to apologize": any state of the North, not Ghana's Northern
    if not gaz.lookup(art.text[start:end]):
        return None
    return _Span(start, end, art.text[start:end], source, kind_hint="region")


def _prev_word(doc, i: int) -> str:
    return doc[i - 1].lower_ if i > 0 else ""


def _person_from(head) -> bool:
    """"a man from Camberley", "a 19-year-old from Leigh", "a baker from Harrogate": a resident's noun
    (RESIDENT_NOUNS, as in "a Gainesville man"), a person's job or an age names someone whose home a
    "from" phrase gives. Not a worker's or a customer's: "a worker from Siemens" names the firm."""
    return head.lower_ in RESIDENT_NOUNS or head.lower_ in PERSON_NOUNS or head.lower_.endswith("-old") \
        or head.lower_ == "old" \
        and head.i >= 2 and head.doc[head.i - 1].text == "-"


def _after_an_age(doc, k: int) -> bool:
    """Does an age set in commas stand right before token k ("Niamh Gallagher, 22, from ...")?"""
    return k >= 3 and doc[k - 1].text == "," and doc[k - 2].like_num and doc[k - 3].text == ","


def _sentence_initial(doc, i: int) -> bool:
    if i == 0:
        return True
    prev = doc[i - 1]
    return prev.text in SENTENCE_END or "\n" in prev.whitespace_ or prev.is_space


def _cue_before(doc, i: int, end: int | None = None) -> bool:
    """'in X', 'village of X', 'the X region' style evidence that a name is a place; given the
    name's end, also a person's "of X" (`_residence_of`)."""
    prev = _prev_word(doc, i)
    if prev in STRONG_LOCATIVE or _after_party(doc, i):
        return True
    if prev in DIRECTIONS and doc[i - 1].text.islower() and _prev_word(doc, i - 1) in STRONG_LOCATIVE:
        return True  # "in southern Malawi" (PERSON): the part of a place
    if prev == "of" and i >= 2 and doc[i - 2].lower_ in SETTLEMENT_NOUNS:
        return True
    if prev in ("the",) and i >= 2 and doc[i - 2].lower_ in STRONG_LOCATIVE:
        return True
    if prev in ("to", "from") and _after_going(doc, i - 1):
        return True  # "drove to Lanexa", "heading on to Sherman", "flew from Butte"
    if end is not None and any(c.dep_ == "appos" and c.lemma_.lower() in APPOSED_SETTLEMENTS and c.i > end
                               and any(d.lower_ in ("a", "an") for d in c.children) for c in doc[end - 1].children):
        return True  # "Fires reached Orbost, a small town in East Gippsland" (untagged); not "Smith, a city man"
    if prev == "to" and end is not None and doc[end:end + 2].text.lower() == "and back":
        return True  # "takes runners over the river to Gateshead and back" (ORG): a trip's far end
    if end is not None and _a_span_from_town_to_town(doc, i, end):
        return True
    if prev in ("to", "from") and i >= 2 and _a_route(doc[i - 2]):
        return True  # "Roads to Orbost ... were closed", "the last ferry from Oban"
    if end is not None and end < len(doc) and doc[end].lower_ in QUARTER_NOUNS and prev in POSSESSIVE_MARKS \
            and i >= 2 and doc[i - 2].ent_type_ in ("GPE", "LOC"):
        return True  # "Seattle's Ballard neighborhood" (ORG)
    if prev in NEARBY_WORDS and doc[i - 1].text.islower() and end is not None and not (
            end < len(doc) and (doc[end].text in POSSESSIVE_MARKS or doc[end].pos_ in ("NOUN", "PROPN"))):
        return True  # "in neighbouring Motherwell" (ORG); not "the nearby Simpson's", "its nearby Carrington complex"
    if prev == "from" and (_person_from(doc[i - 1].head) or _after_an_age(doc, i - 1)):
        return True  # "a man from Camberley" (ORG), "a 19-year-old from Leigh", "Niamh Gallagher, 22, from Letterkenny"
    if prev == "off" and i >= 2 and doc[i - 2].lower_ in DISTANCE_WORDS:
        return True  # "sank 40 miles off Peterhead": a distance off a place
    if prev == "between" and any(t.lemma_.lower() in ROUTE_WORDS for t in doc[max(0, i - 5):i - 1]):
        return True  # "closed Highway 7 between Carleton Place and ...", "sailings between Heysham and ..."
    if prev == "of" and i >= 2 and doc[i - 2].lower_ in TOWN_OFFICES:
        return True  # "the new mayor of Windhoek" (ORG): only a town has a mayor
    if prev == "of" and i >= 2 and doc[i - 2].lower_ in COAST_NOUNS:
        return True  # "off the coast of Peterhead", "on the shores of Lake Tana"
    if end is not None and prev == "of" and _residence_of(doc, i - 1, end):
        return True
    return end is not None and prev in ("and", "or") and _listed_after_a_cue(doc, i, end)


def _a_span_from_town_to_town(doc, i: int, end: int) -> bool:
    """"Maine cities from Bangor to Biddeford" (ORG, untagged): a range's two ends, when both are
    towns of some size with a country in common (`two_towns`: not "from Toyota to Ford"); after a
    noun of travel, towns of any two countries ("an air service from Windhoek to Maun", PERSON both)."""
    prev = _prev_word(doc, i)
    if prev in ("from", "between") and end + 1 < len(doc) and doc[end].lower_ == ("to" if prev == "from" else "and"):
        k = end + 1
        while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha and k - end <= MAX_NAME_WORDS:
            k += 1
        return k > end + 1 and two_towns(doc[i:end].text, doc[end + 1:k].text, doc[i:k].text, CUED_TOWN_SIZE,
                                         any_countries=i >= 2 and _a_route(doc[i - 2]))
    if prev in ("to", "and"):   # "between Hamilton and Horsham" too
        k = i - 2
        while k >= 0 and doc[k].text[:1].isupper() and doc[k].is_alpha and i - 1 - k <= MAX_NAME_WORDS:
            k -= 1
        return 0 <= k < i - 2 and doc[k].lower_ == ("from" if prev == "to" else "between") and \
            two_towns(doc[k + 1:i - 1].text, doc[i:end].text, doc[k + 1:end].text, CUED_TOWN_SIZE,
                      any_countries=k >= 1 and _a_route(doc[k - 1]))
    return False


def _a_route(tok) -> bool:
    """A lower-case noun of travel (ROUTE_WORDS) that names no figure of speech: "roads to Orbost",
    "flights from Gander"; not "the road to recovery", "on the road to Eagle" (a scout's rank),
    "Highway to Hell"."""
    return (tok.text.islower() or tok.is_sent_start) and tok.lemma_.lower() in ROUTE_WORDS \
        and (tok.lemma_.lower() not in ("road", "journey") or tok.tag_ == "NNS")


LISTED_FEATURES = frozenset("""streets roads avenues drives lanes boulevards highways rivers creeks lakes
counties parishes townships""".split())
MAX_LISTED = 6  # names of one list "in Monroe, Trenton and Seven Mile" before the cue


# What an apposition may say a name is: "Orbost, a small town in East Gippsland".
APPOSED_SETTLEMENTS = frozenset({"town", "village", "city", "suburb", "hamlet", "township"})


def _joined_to_an_object(tok) -> bool:
    """Did the parser join the name to the object of a preposition on a noun before it? Then the
    verb after the name is the noun's: "Farmers in Sedro-Woolley and La Conner have long asked",
    "Roads to Orbost and Bairnsdale were closed", where "in Iraq and Bush said" makes Bush a subject.
    Not on a verb, where the join may be the parser's slip: "Tottenham travel to West Brom and
    Arsenal will entertain Wolves"."""
    if tok.dep_ != "conj":
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.head.pos_ in ("NOUN", "PROPN")


def _listed_after_a_cue(doc, i: int, end: int) -> bool:
    """"stopped in Oakport and Moorhead", "in Morocco, Tunisia and Lybia", "the villages of Foua
    and Kfraya": a name listed after a cued name shares its cue. Each name of the list is a
    capitalised run; the list ends at a cue, and the name after "and" or "or" is no subject ("in
    Iraq and Bush said"), possessor ("in Europe and McDonald's") nor the last of a list of streets
    or rivers ("near Crabgrass, Owens and Harris roads"). A name after a comma alone may be the
    first one's region ("in Runcorn, Cheshire"), which the pair rules read."""
    if end < len(doc) and (doc[end].pos_ in ("VERB", "AUX", "PART") and not _joined_to_an_object(doc[end - 1])
                           or doc[end].lower_ in LISTED_FEATURES):
        return False
    j = i
    for _ in range(MAX_LISTED):
        while j > 0 and doc[j - 1].text in ("and", "or", ","):
            j -= 1
        k = j
        while k > 1 and doc[k - 1].text == "-" and not doc[k - 2].whitespace_ and doc[k - 2].text[:1].isupper() \
                or k > 0 and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha and not doc[k - 1].is_sent_start:
            k -= 1   # "in Sedro-Woolley and La Conner": a hyphenated name is one
        if k == j or k == 0 or any(t.ent_type_ in NUMERIC_LABELS for t in doc[k:j]):
            return False  # not "in October, Moore, 19, told the judge"
        if _cue_before(doc, k):
            return True
        j = k
    return False


def _residence_of(doc, of: int, end: int) -> bool:
    """"Thomas Hellinghausen, 22, of Winfield" (`entities.residence_of`), when the gazetteer knows
    a town so named (not the cycling team of "David Vitoria of Rock Racing")."""
    if end + 1 < len(doc) and doc[end].text == "the" and doc[end + 1].text[:1].isupper():
        return False  # a body's name that is a phrase: "Laura Brownlees of Save the Children" (not Save, Benin)
    if of + 1 >= end or not residence_of(text_of(doc), doc[of + 1].idx, doc[end - 1].idx + len(doc[end - 1]),
                                         _person_ends(doc)):
        return False  # the text first: most "of" follow no person, and it spares a gazetteer query
    return any(c.kind == "city" for c in gaz.lookup(doc[of + 1:end].text))


_PERSON_ENDS_KEY = "newsmine.person_ends"


def _person_ends(doc) -> dict[int, int]:
    """The end of each span the model tagged a person, and its length in tokens: read once per
    Doc (a dict in its user data), not at each "of" (that was quadratic in a long article)."""
    ends = doc.user_data.get(_PERSON_ENDS_KEY)
    if ends is None:
        ends = doc.user_data[_PERSON_ENDS_KEY] = {e.end_char: len(e) for e in doc.ents if e.label_ == "PERSON"}
    return ends


def _after_going(doc, prep: int) -> bool:
    """A verb of going before "to"/"from" (a particle between: "heading on to"), and no possessive
    after the name ("moved from Georgia's old school" is a girl's)."""
    j = prep - 1
    if j >= 1 and doc[j].lower_ in ("on", "back", "out", "up", "down", "off"):
        j -= 1
    if j < 0 or doc[j].pos_ != "VERB" or doc[j].lemma_.lower() not in MOTION_VERBS:
        return False
    k = prep + 1
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    return not (k < len(doc) and doc[k].text in POSSESSIVE_MARKS)


def _after_party(doc, i: int) -> bool:
    """"Sen. Bob Casey, D-Pa.", "(R-Berkeley)": a lawmaker's party and the state or district he
    stands for."""
    return i >= 3 and doc[i - 1].text == "-" and doc[i - 2].text in ("D", "R", "I") and doc[i - 3].text in (",", "(")


def _region_suffix(doc, end_token: int) -> int | None:
    """Token index after "X region"/"X Oblast" when the word follows the name."""
    if end_token < len(doc) and doc[end_token].lower_ in REGION_WORDS and not doc[end_token].whitespace_ == "\n":
        return end_token + 1
    return None


def _token_span(doc, start_char: int, end_char: int):
    return doc.char_span(start_char, end_char, alignment_mode="expand")


def _spelling_of(text: str, name: str) -> bool:
    """Is `text` another spelling of the town's name, no English word ("Kancheepuram" of Kanchipuram;
    not "Julia", an old name of Plovdiv, nor "Twickenham", an old name of Huntsville)?"""
    return text.lower() not in common_words() and text[:1] == name[:1] \
        and difflib.SequenceMatcher(None, text.lower(), name.lower()).ratio() >= SPELLING_LIKENESS


def _known(text: str, *, min_town: int) -> tuple:
    """Gazetteer candidates for an untagged or mislabelled name when one is big enough to trust.
    A town known here only by an alternate name ("Human" for Uman) must be a large one."""
    found = gaz.lookup(text)
    for c in found:
        if c.kind == "city" and c.population < (min_town if c.primary else max(
                min_town, MIN_TOWN_SPELLING if _spelling_of(text, c.name) else MIN_TOWN_ALTERNATE)):
            continue
        if not c.primary and len(text) <= 4 and not (c.kind == "city" and c.population >= MIN_TOWN_ALTERNATE
                                                     and not min_town and text.isalpha() and text.istitle()):
            continue  # "Ill.", "Miss", "BGA": abbreviations only next to a city; a big city's old name, cued, is
            # its own ("in Lvov", "from Kiev to the Black Sea")
        if not c.primary and c.kind == "region" and min_town and not _abbreviates(text, c.name):
            continue  # "Wheat", "Equality": nicknames of Kansas and Wyoming, common words without a cue
        if min_town and c.feature == "ADM2" and " " not in text:
            continue  # "Lot", "Green": one-word lower subdivisions need a cue
        return found
    return ()


def _abbreviates(short: str, name: str) -> bool:
    """'Calif' for California, 'W. Va.' for West Virginia: the letters, in order, from its first."""
    letters = [ch for ch in short.casefold() if ch.isalpha()]
    rest = iter(name.casefold())
    return bool(letters) and name[:1].casefold() == letters[0] and all(ch in rest for ch in letters)


def _a_surname(art: _Article, s: _Span) -> bool:
    """A lone word that is the surname of one of the article's people, neither a major place
    nor said by the text to be a place (`_with_a_person_after` undoes a cue). A cue before a
    surname that qualifies a noun cues the noun: "Brown hits back in Blair rift row" (Tony
    Blair's) names no Blair, Nebraska."""
    if s.demonym or " " in s.text or gaz.key(s.text) not in art.surnames or _major(gaz.lookup(s.text)):
        return False
    tok = _token_span(art.doc, s.start, s.end)
    return not _cued(art.doc, s) or tok is not None and (
        _modifies(art.doc, tok) or _possessive_after(art, tok) or _with_a_person_after(art, tok))


def _with_a_person_after(art: _Article, tok) -> bool:
    """One sense per article: a cue before a surname of the article's people proves no town when
    the name goes on as a person's: the subject of a gerund ("resulted in Fowler celebrating"),
    or paired with another of its people's surnames ("in Hodgson and Barkley", "in the
    Ferguson-Wenger saga"). Alone "in Sochi" stays the town, though a Mr Sochi is in the story."""
    words, end = art.words, tok.end
    if end < len(words) and art.tags[end] == "VBG" and art.spaces[end - 1] == " ":
        return True
    pair = [k for k, mark in ((end + 1, end), (tok.start - 2, tok.start - 1))
            if 0 <= k < len(words) and words[mark] in ("-", "and", "&") and words[k][:1].isupper()]
    return any(gaz.key(words[k]) in art.surnames for k in pair)


def _possessive_after(art: _Article, tok) -> bool:
    """A possessive after a name takes the cue before it to the noun it owns: "left a note in
    Polling's mailbox", "the reward in Paris' case" cue the mailbox and the case, not a town."""
    return tok.end < len(art.words) and art.words[tok.end] in POSSESSIVE_MARKS


def _before_a_surname(art: _Article, s: _Span) -> bool:
    """A lone word right before the surname of one of the article's people is a first name:
    "Natalia Skaggs, 8 months," beside "Nathan Skaggs" (the model tags "Natalia" GPE)."""
    if s.demonym or " " in s.text or art.text[s.end:s.end + 1] != " ":
        return False
    tok = _token_span(art.doc, s.start, s.end)
    if tok is None or tok.end >= len(art.doc):
        return False
    after = art.doc[tok.end].text
    if not after[:1].isupper() or gaz.key(after) == gaz.key(s.text) or {after.lower(), after.lower()[:-1]} & common_words() \
            or _major(gaz.lookup(s.text)):
        return False  # not before a common word ("Flemington Elks Lodge"); states stay
    return gaz.key(after) in art.surnames or _unknown_surname(art.doc[tok.end])


def _unknown_surname(token) -> bool:
    """"beat Gisela Dulko 1-6 6-4 6-4" (the model tags "Gisela" GPE, a town of Brazil, and leaves
    "Dulko" untagged): a title-case word no dictionary, gazetteer or model calls anything after a
    lone place name makes the two a person's name."""
    return token.is_alpha and token.is_title and not token.ent_type_ and not gaz.lookup(token.text) \
        and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].is_title)


def _a_first_name(art: _Article, s: _Span) -> bool:
    """A lone word that begins one of the article's person names and acts as a person, the
    subject of a verb, with no cue that it is a place: "Georgia began skating at four" in a
    story about Georgia Smith (a finite verb follows: the places pipeline runs no parser)."""
    if s.demonym or " " in s.text or s.text not in art.first_names or _cued(art.doc, s):
        return False
    tok = _token_span(art.doc, s.start, s.end)
    return tok is not None and tok.end < len(art.doc) and art.doc[tok.end].tag_ in ("VBD", "VBZ", "VBP", "MD")


def _claimed(doc, spans) -> list[bool]:
    mask = [False] * len(doc)
    for s in spans:
        span = _token_span(doc, s.start, s.end)
        if span is not None:
            mask[span.start:span.end] = [True] * len(span)
    return mask


# A one-word town a longer name begins with must be a town of this size: smaller ones share their
# names with people and firms more often than longer names begin with them.
MIN_TOWN_INSIDE_NAME = 10_000


_LOCATED_IN = re.compile(r" in (?:the )?(?!(?:%s)\b)[A-Z]" % "|".join(sorted(MONTH_NAMES | DAY_NAMES)))


def _core(art: _Article, s: _Span) -> _Span:
    """The known place inside a longer name the gazetteer lacks: "North Texas" is resolved as
    Texas; "Henderson County Jail", "Mount Pleasant Civic Center" shrink to the place they are
    named after (but "Zion National Park" is not in Zion, nor "the Roosevelt Hotel in Hollywood"
    in Roosevelt: a building or park the text locates elsewhere)."""
    if s.demonym or s.kind_hint or s.source == "GAZ" or gaz.lookup(s.text):
        return s
    inner = _admin_of(s.text)
    if inner:
        s.core = inner  # "City of Norfolk", "Province of Ontario"
        return s
    tok = _token_span(art.doc, s.start, s.end)
    if tok is None or len(tok) < 2:
        return s
    k = next((i for i, t in enumerate(tok) if t.lower_ not in COMPASS_WORDS), len(tok))
    if 0 < k < len(tok) and tok[k].text[:1].isupper():
        rest = art.text[tok[k].idx:s.end]  # "Queensland" of "Far North Queensland"
        if rest.casefold() not in GENERIC and gaz.lookup(rest):
            s.core = rest
            return s
    if any(t.lower_ == "national" for t in tok) or tok[-1].text in STREET_WORDS or tok[-1].text in ISLAND_WORDS \
            or tok[-1].text == "Delta":
        return s  # "Zion National Park" is not in Zion, nor "Mayfield Road" in Mayfield, nor "Victoria
        # Island" (Lagos) in Victoria, Australia, nor "the Niger Delta" (a river's, in Nigeria) in Niger:
        # an island, a delta or a district of its own, unresolved if unknown
    if tok[-1].text in ("River", "Creek") and _name_word_before(art.doc, tok.start):
        # "the Little Miami River", the model's span cut to "Miami River": the river's whole name,
        # not named after Miami; unresolved rather than a town it is not
        before = art.doc[tok.start - 1]
        s.start, s.text = before.idx, art.text[before.idx:s.end]
        return s
    # "the Roosevelt Hotel in Hollywood" says where it is: not in Roosevelt, New York (a river is
    # named after a town it runs through: "the Naugatuck River in Derby" still shrinks)
    if tok[-1].text in LOCATED_BUILDING_WORDS and _LOCATED_IN.match(art.text, s.end):
        return s
    for n in range(len(tok) - 1, 0, -1):
        last = tok[n - 2] if n > 1 and tok[n - 1].text == "-" else tok[n - 1]  # "Watertown" of "Watertown-Mayer"
        end = last.idx + len(last.text)
        name = art.text[s.start:end]
        if name.casefold() in GENERIC or not tok[n].text[:1].isupper() or any(t.lower_ == "of" for t in tok[:n + 1]) \
                or all(t.lower_ in COMPASS_WORDS for t in tok[:n]):
            continue  # not "Bank" of "Bank of America Plaza", nor "Far North" (Cameroon's) of "Far North Queensland"
        found = gaz.lookup(name)
        if found and tok[-1].text in ("River", "Creek") and found[0].kind != "city":
            return s  # a state or country named after its river ("the Paraná River", Brazil's state Paraná)
        if found and n == 1 and len(name) > 2 and not found[0].primary and name.lower() in common_words():
            # "an ancient Middle Eastern language": "Middle" is Cambodia's Kandal only as an alternate
            continue  # (two letters are an abbreviation, `_abbreviation_opening_a_name`: "La Liga")
        if found and (n > 1 or found[0].kind != "city" or found[0].primary and (
                found[0].population >= MIN_TOWN_INSIDE_NAME and not _word_opening_a_name(name, found[0], s.text)
                or tok[n].text in INSTITUTIONS)):
            club = len(tok) == n + 1 and tok[n].text in CLUB_TOWN_ENDINGS
            # "stakes in Manchester City" (GPE): a club named after the town, which
            # `_drop_org_names_elsewhere` weighs as it weighs a firm's
            return _Span(s.start, end, name, s.source, in_org=club, in_firm=club)  # "Cottonport Fire Station": any town
    return s


ISLAND_WORDS = frozenset({"Island", "Islands", "Isle"})
# A club's last word after its town's name, in a name the gazetteer does not know as a place
# ("Manchester City", "Hull City", "Ipswich Town"; not "Kansas City", a place of its own).
CLUB_TOWN_ENDINGS = frozenset({"City", "Town", "United", "Rovers", "Athletic", "Wanderers", "Albion"})


def _name_word_before(doc, i: int) -> bool:
    """Is the word before token i a capitalised word of the same name, mid-sentence and in no
    entity of its own ("Little" of "the Little Miami River")?"""
    if i < 2:
        return False
    word = doc[i - 1]
    return word.is_alpha and word.text[:1].isupper() and not word.is_stop and not word.ent_type_ \
        and not word.is_sent_start and doc[i - 2].lower_ == "the"


def _word_opening_a_name(name: str, town, whole: str = "") -> bool:
    """An English word that is a town's name under MIN_TOWN opens a longer name as the word: "a
    Golden Globe" is no award of Golden, Colorado (20,000 people); "Bath Abbey" stays in Bath. So
    does a season, and a word opening a square's name, whatever the town's size: "the channel's
    Spring Break coverage" (Spring, Texas, 60,000), "recording in Independence Square" in a story
    from Luanda (Independence, Missouri, 117,000): squares are named after ideas and events."""
    word = name.lower()
    if word in SEASONS or whole.endswith(" Square") and word in common_words():
        return True
    return town.population < MIN_TOWN and word in common_words()


# A lower-case noun of a property after a name (or after the last of two joined by "and") makes
# the whole its name: "the Madison Creek and Hampton Hills apartment complexes" in a Texas story
# are no property of Madison or Hampton; developers borrow town names for their sound.
_PROPERTY_AFTER = re.compile(r"(?: and (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})? (?:apartments?|apartment "
                             r"complex(?:es)?|condominiums?|condos?|subdivisions?|mobile home parks?|trailer parks?)\b")


def _a_propertys_name(art: _Article, s: _Span) -> bool:
    """A name the gazetteer lacks before a property's noun (_PROPERTY_AFTER); a town's name there
    is the town's ("a Dallas apartment complex")."""
    return not s.demonym and not s.kind_hint and _PROPERTY_AFTER.match(art.text, s.end) is not None \
        and not gaz.lookup(s.text)


_ADMIN_OF = re.compile(r"^(?:[Tt]he )?(City|Town|Village|County|State|Commonwealth|Province|Borough|Township|"
                       r"Republic|Kingdom) of ([A-Z][\w.'’ -]*)$")
# The kinds of place each word of "X of Y" names ("Town of Groton" a town, "County of Brant" a county).
_ADMIN_KINDS = {"City": ("city",), "Town": ("city", "ADM2"), "Village": ("city",), "Borough": ("city", "ADM2"),
                "Township": ("city", "ADM2"), "County": ("ADM2", "city"), "State": ("region",),
                "Commonwealth": ("region",), "Province": ("region",), "Republic": ("country",), "Kingdom": ("country",)}


def _admin_of(name: str) -> str | None:
    """The place a "City of X", "State of X" names, when the gazetteer knows X: "the State of Ohio"."""
    m = _ADMIN_OF.match(name)
    return m.group(2) if m and gaz.lookup(m.group(2)) else None


def _admin_kinds(name: str) -> tuple[str, ...]:
    """The kinds or features of place that "X of Y" admits (see `_ADMIN_KINDS`)."""
    m = _ADMIN_OF.match(name)
    return _ADMIN_KINDS[m.group(1)] if m else ()


_HYPHEN_PAIR = re.compile(r"^([A-Z][\w.']*(?: [A-Z][\w.']*)*)-([A-Z][\w.']*(?: [A-Z][\w.']*)*)$")


# The rest of a town's hyphenated name after its first word: "Chester-le-Street", "Stockton-on-Tees",
# "Newcastle-under-Lyme", "Stratford-upon-Avon", "Weston-super-Mare".
_HYPHENATED_REST = re.compile(r"-(?:le|la|les|on|upon|under|by|in|super|sur|en|am|an|next|the)(?:-[a-z]+)*-[A-Z][\w]*")


def _hyphenated_whole(art: _Article, s: _Span) -> _Span:
    """A span the model cut at the first hyphen of a town's name: the whole name ("the Riverside in
    Chester-le-Street" had been Chester, Maryland), unresolved if the gazetteer does not know it."""
    rest = _HYPHENATED_REST.match(art.text, s.end)
    if rest is None or s.demonym:
        return s
    return _Span(s.start, rest.end(), art.text[s.start:rest.end()], s.source)


def _hyphen_pair(art: _Article, s: _Span) -> list[_Span]:
    """"Fargo-Moorhead", "Logan-Rogersville": two places joined by a hyphen, when the gazetteer
    knows each and not the whole ("Winston-Salem", "Wilkes-Barre" are names of their own)."""
    m = _HYPHEN_PAIR.match(s.text)
    if m is None or s.demonym or s.kind_hint or gaz.lookup(s.text):
        return [s]
    parts = [(s.start + m.start(g), s.start + m.end(g)) for g in (1, 2)]
    if not all(_known(art.text[a:b], min_town=0) for a, b in parts):
        return [s]
    return [_Span(a, b, art.text[a:b], s.source) for a, b in parts]


def _the_institution(art: _Article, s: _Span) -> bool:
    """"The White House said": English names no town with "the" (but "The Hague", "the Bronx",
    whose names have it), so a name after "the" that speaks and whose readings are all towns is an
    institution, not a place. Only as a speaker, or where the model calls it an organisation and
    the text never names it without "the" ("MPs returned to the Chamber", Chamber, Pakistan; but
    "the club's Old Trafford ground" makes "outside the Old Trafford" the ground's district, the
    parse of "ground" as a verb aside): "the Golden Gate", "the Sunshine Coast" are
    features the gazetteer knows only as towns, and "the Fargo school board" is the town's."""
    if s.demonym or s.kind_hint or s.core or s.source == "STREET":
        return False
    tok = _token_span(art.doc, s.start, s.end)
    if tok is None or tok.start == 0 or art.doc[tok.start - 1].lower_ != "the":
        return False
    head = tok.root
    speaks = head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in SPEECH_VERBS
    if not speaks and (s.source != "ORG" or _modifies(art.doc, tok) or not _always_with_the(art.text, s.text)):
        return False  # "the Monongahela near Lewisburg", "the Fargo school board"
    found = gaz.lookup(s.text)
    return bool(found) and all(c.kind == "city" and not c.name.startswith("The ") for c in found)


def _always_with_the(text: str, name: str) -> bool:
    """Every mention of `name` in `text` comes after "the"."""
    return all(text[:m.start()].rstrip().lower().endswith(" the") or text[:m.start()].rstrip().lower() == "the"
               for m in re.finditer(rf"\b{re.escape(name)}\b", text))


# A credit names its source, not a place of the story: "March 24, 2009 From Lansing State Journal",
# "... a 6 percent increase. - Lansing State Journal", "(AP Photo/Oakland Police Department)".
_CREDIT_BEFORE = re.compile(r"(?:\bFrom|(?:^|[.!?'\"”)]\s)\s*[-—–])\s$|\bPhotos?\s?/\s?$")
_PAPER_AFTER = re.compile(rf"(?: [A-Z][\w.-]*)? (?:{'|'.join(sorted(NEWSPAPER_WORDS))})\b")


def _in_credit(art: _Article, s: _Span) -> bool:
    """A name opening a newspaper's name after "From" or a closing dash, or after "Photo/"."""
    before = art.text[max(0, s.start - 12):s.start]
    m = _CREDIT_BEFORE.search(before)
    return m is not None and not s.demonym and ("/" in m.group() or bool(_PAPER_AFTER.match(art.text, s.end)))


def _the_body(art: _Article, s: _Span) -> bool:
    """"the Woodlands serves 5,000 people", "bought from the Woodlands": a name the model left
    untagged, after a lower-case "the" and qualifying no noun, is an institution or a feature,
    not a town of that name (English names towns without "the"), unless the likeliest reading
    takes "the" itself ("the Hague"). Its other mentions go too, but for those the model tags as
    places or a cue calls places."""
    if s.demonym or s.source != "GAZ" or s.kind_hint or s.core:
        return False
    tok = _token_span(art.doc, s.start, s.end)
    if tok is None or tok.start == 0 or art.words[tok.start - 1] != "the" or _modifies(art.doc, tok) \
            or tok.end < len(art.words) and art.words[tok.end] == "of" or _HOME_COMPOUND_AFTER.match(art.text, s.end):
        return False  # "Sochi should become the Nice of Russia" likens it to Nice; "the Gori-based brigade"
    # "the Hague": its likeliest reading takes "the"; "the Woodlands" (a nonprofit) stays a body
    # though The Woodlands, Texas is one of its readings (not `_the_institution`'s test)
    found = gaz.lookup(s.text)
    return _towns_only(found) and not found[0].name.startswith("The ")


# After a car make (lexicon.VEHICLE_MAKES) the name is a model ("a red Dodge Durango", "a Chevrolet
# Colorado"), and a make after a model year is the car ("a 2005 Honda"), not the towns of those names.
_MODEL_YEAR = re.compile(r"\b(?:19|20)\d\d $")
# ... and a make after a colour is the car: "the driver of a silver Pontiac Grand Prix".
_COLOUR_BEFORE = re.compile(r"\b(?:white|black|silver|gray|grey|red|blue|green|gold|maroon|tan|beige|brown) $")


def _drop_vehicles(art: _Article, spans: list[_Span]) -> list[_Span]:
    """Car models and makes, ships, and the article's other bare mentions of their names ("the
    Durango pulled up", "HMNZS Canterbury ... Canterbury docked"): one sense per article, unless a
    cue without "the" makes one a place ("in Durango")."""
    cars = {gaz.key(s.text) for s in spans if not s.demonym and _vehicle(art, s)}
    if not cars:
        return spans
    return [s for s in spans if gaz.key(s.text) not in cars or not _vehicle(art, s) and _cued_without_the(art, s)]


def _cued_without_the(art: _Article, s: _Span) -> bool:
    """"in Durango" is the town; "in the Durango" the car."""
    tok = _token_span(art.doc, s.start, s.end)
    return tok is not None and _prev_word(art.doc, tok.start) != "the" and _cued(art.doc, s)


def _vehicle(art: _Article, s: _Span) -> bool:
    """A model after its make ("Dodge Durango"), a ship after its prefix ("HMNZS Canterbury"), or a
    make after a model year ("a 2005 Honda")."""
    before = art.text[max(0, s.start - 12):s.start]
    words = before.split()
    return bool(words) and (words[-1] in VEHICLE_MAKES or words[-1] in SHIP_PREFIXES) and before.endswith(" ") \
        or s.text in VEHICLE_MAKES and bool(_MODEL_YEAR.search(before) or _COLOUR_BEFORE.search(before))


# Words that make a party's or a club's name of a place's: "United Russia", "Real Madrid" (the
# clubs' words are `sports.CLUB_PREFIXES`).
NAME_MAKERS = CLUB_PREFIXES | {"United"}
_NAME_MAKER = re.compile(r"\b(" + "|".join(NAME_MAKERS) + r") $")


def _party_or_club(art: _Article, s: _Span) -> bool:
    """A place's name after a NAME_MAKERS word is a party's or a club's ("Movement for United
    Georgia"), unless the whole is a place ("United Kingdom", "United States")."""
    m = None if s.demonym else _NAME_MAKER.search(art.text, max(0, s.start - 12), s.start)
    return m is not None and not gaz.lookup(f"{m.group(1)} {s.text}")


# Degrees after a name: "Charles W. Murphy, M.D., has been named" (the AP writes Maryland "Md.").
DEGREES = frozenset({"M.D.", "Ph.D.", "D.O.", "D.D.S.", "B.A.", "M.A.", "R.N."})


def _a_title(s: _Span) -> bool:
    """A person's title or degree is no place: "we called in Lt. Kevin Lunsford" (the model tags
    "Lt" GPE), "Charles W. Murphy, M.D."."""
    return s.text.lower() in PERSON_TITLES or f"{s.text.lower()}." in PERSON_TITLES or s.text in DEGREES


def _postnominal(art: _Article, s: _Span) -> bool:
    """Letters after a person's name and a comma are an honour or a rank, not a province: "Judge
    Richard Mawrey, QC told the hearing" (Quebec's code); "Montreal, QC" stays Quebec."""
    if not (s.text.isupper() and s.text.isalpha() and len(s.text) <= 4 and art.text[s.start - 2:s.start] == ", "):
        return False  # "David Williams, U.S. Rep. Harold Rogers": a list goes on
    return any(e.label_ == "PERSON" and e.end_char == s.start - 2 for e in art.ents) \
        and not _major(gaz.lookup(s.text), regions=True)  # "said Adnan Shihab-Eldin, US light crude fell"


def _a_trophys_name(art: _Article, s: _Span) -> bool:
    """"Spain's Davis Cup hero", "the Ryder Cup": a name before "Cup" or "Trophy" is the
    competition's (Dwight Davis's, Samuel Ryder's), not Davis, California. A demonym stays
    ("the Scottish Cup")."""
    return not s.demonym and art.text.startswith((" Cup", " Trophy"), s.end)


_TITLE_BEFORE = re.compile(r"\b([A-Za-z][a-z]*\.?) $")  # also lower case: "South African president Thabo Mbeki"


def _a_house_of(art: _Article, s: _Span) -> bool:
    """"House of X" names a house, not where it stands: a dynasty, a chamber or a firm ("House of
    Windsor", "House of Lords", "House of Fraser", the department stores, which the model splits
    into "House" ORG and "Fraser" GPE: Fraser, Michigan, in a BBC business story); so does a peer's
    title, and the pubs named after one ("The Duke of Wellington, which dates from the 1780s")."""
    return _HOUSE_OF.search(art.text, max(0, s.start - 12), s.start) is not None


_HOUSE_OF = re.compile(r"\b(?:House|Duke|Duchess|Earl|Countess|Marquess|Marchioness) of $")


def _a_pubs_name(art: _Article, s: _Span) -> bool:
    """"The Dublin Arms in Chiswick": a town's name before "Arms" names a pub, as "House of X" a
    house, not where it stands (not "Cardiff Arms Park", the ground in Cardiff)."""
    return not s.demonym and bool(_ARMS_AFTER.match(art.text, s.end))


_ARMS_AFTER = re.compile(r" Arms\b(?! Park)")
_OF_THE_BEFORE = re.compile(r"\b[A-Z][a-z]+ of the $")


def _of_the_title(art: _Article, s: _Span) -> bool:
    """A name ending "Word of the X" is a title's or a name's, not a town, which English names
    without "the": "Harry Potter and the Order of the Phoenix", "Flight of the Phoenix" (a film)
    are no Phoenix, Arizona. Only a name whose readings are all towns (not "Republic of the Congo",
    "The Hague")."""
    if s.demonym or not _OF_THE_BEFORE.search(art.text, max(0, s.start - 30), s.start):
        return False
    found = gaz.lookup(s.text)
    return bool(found) and all(c.kind == "city" and not c.name.startswith("The ") for c in found)


def _titled_name(art: _Article, s: _Span) -> bool:
    """A name of two or more words right after a person's title is that person: "South African
    President Thabo Mbeki" or "president Thabo Mbeki" (tagged GPE; a municipality bears his name),
    "Gov. Rick Perry". After a peer's or a personal title one word is enough: "Lord Hutton", "Mr
    Shiga" (a Japanese prefecture)."""
    m = _TITLE_BEFORE.search(art.text, max(0, s.start - 20), s.start)
    if m is None or s.demonym or not all(w[:1].isupper() for w in s.text.split()):
        return False
    title = m.group(1)
    return " " in s.text and title.lower() in PERSON_TITLES or title in PEER_TITLES \
        or title[:1].isupper() and title.lower() in PERSONAL_TITLES


# A British peer is named by title and one name, often a place's: "Lord Hutton's inquiry into the
# death of Dr David Kelly" was Hutton, a village of Yorkshire, in a BBC politics story. Written
# with a capital, as a title is; "the Lord Mayor" reads "Mayor", no place.
PEER_TITLES = frozenset({"Lord", "Lady"} | {w.title() for w in PEER_STYLES})


_KIN_BEFORE = re.compile(rf"\b(?:{KIN_WORDS}),? $", re.IGNORECASE)


def _named_kin(art: _Article, s: _Span) -> bool:
    """A name right after a kin word is that relative's: "Crolley's wife, Amelia, who was being
    detained", "and wife, Nina" (the model tags such first names GPE)."""
    return not s.demonym and bool(_KIN_BEFORE.search(art.text, max(0, s.start - 12), s.start))


def _no_place_use(art: _Article, s: _Span) -> bool:
    """A place's name used as no place: a style or an ethnic group, a title of a work, a brand, a
    first name before a partner's full name, an activity the gazetteer does not know, a letter, a
    name whose news sense is no place (a god, a planet), the first word of an award's, a climate
    pattern's, an eponymous noun's or a group's name, one of a make's products, a magazine's
    title, an abbreviation without its period opening a name, a body's name (`_a_bodys_name`)."""
    return _style_or_people(art, s) or _a_works_title(art, s) or _a_brand(art, s) \
        or _partners_first_name(art, s) or _unknown_activity(s) or _a_letter(s) \
        or _other_sense(art, s) or _in_an_awards_name(art, s) or _in_a_climate_pattern(art, s) \
        or _in_an_eponym(art, s) or _a_groups_name(art, s) or _one_of_a_make(art, s) or _a_drink(art, s) \
        or _a_titles_name(art, s) or _abbreviation_opening_a_name(art, s) or _a_bodys_name(art, s)


# A capitalised plural possessive opens a body's name ("the Critics' Circle", "the Writers' Guild"):
# the name after it is that body's last word, not Circle, Montana. A paper's name word before a
# noun for a paper (newspaper, paper, tabloid, daily, weekly) is the paper ("the Herald newspaper"),
# not Herald, California.
_BODY_POSSESSOR = re.compile(r"\b([A-Z][a-z]+s)['’] $")
_PAPER_NOUN_AFTER = re.compile(r" (?:newspaper|paper|tabloid|daily|weekly)\b")


def _a_bodys_name(art: _Article, s: _Span) -> bool:
    """A town's name inside a possessive body's name, or a newspaper's word before a noun for a paper;
    not after a place's possessive ("the Philippines' Tacloban")."""
    if s.demonym or " " in s.text:
        return False
    if s.text in NEWSPAPER_WORDS and _PAPER_NOUN_AFTER.match(art.text, s.end):
        return True
    m = _BODY_POSSESSOR.search(art.text, max(0, s.start - 30), s.start)
    if m is None or gaz.lookup(m.group(1)) or gaz.demonym(m.group(1)):
        return False
    return _towns_only(gaz.lookup(s.text))  # "Yukos' US lawyers": a country stays


# Names whose sense in news is no place, though small towns bear them: a god ("a believer in God",
# God is a village in Hungary), a planet ("the moons of Jupiter", Jupiter, Florida), a climate
# pattern ("shifts like El Nino", El Niño, Mexico), a figure of folklore ("Santa Claus delivering
# presents", Santa Claus, Indiana; "Santa hats", Santa, Ivory Coast). Only a qualifier, a
# settlement noun or residents make one the town: "Jupiter, Fla.", "the town of Mars", "a Jupiter man".
OTHER_SENSES = frozenset("God Allah Jesus Christ Heaven Mercury Venus Mars Jupiter Saturn Uranus Neptune Pluto Santa"
                         .split()) | {"El Nino", "El Niño", "La Nina", "La Niña", "Santa Claus"}
# Our own planet is a place (LGL annotates it, without a point) but no town's: "life on Earth" is
# not Earth, Texas (1,000 people); "Earth, Texas" keeps the country its pair gives, without a point.
PLANETS_OF_NO_TOWN = frozenset({"Earth"})
# Words that end a faith's name: "the capital of Coptic Christianity" names no city.
FAITH_WORDS = frozenset({"Christianity", "Islam", "Judaism", "Buddhism", "Hinduism", "Catholicism", "Orthodoxy"})


def _other_sense(art: _Article, s: _Span) -> bool:
    """A faith; a god, a planet, a climate pattern but with a qualifier, residents or "town of"."""
    if s.demonym or s.text not in OTHER_SENSES:
        return not s.demonym and s.text.split()[-1] in FAITH_WORDS
    tok = _token_span(art.doc, s.start, s.end)
    return tok is not None and not (_followed_by_place(art.doc, tok.end) or _of_residents(art.doc, tok.end)
                                    or _settlement_cue(art.doc, tok.start))


# After a name, the rest of an award's name: "the Golden Globe-nominated film" (Golden, Colorado),
# "a Pulitzer Prize-winning author", "the Ballon d'Or" (Ballon, France, when the model stops at it;
# but "Côte" of "Côte d'Ivoire", a name the gazetteer knows whole, is that country's).
_AWARD_AFTER = re.compile(r"(?: [A-Z][\w'’]*)*-(?:winning|nominated|winner)\b| d['’][A-Z][\w-]*")


def _in_an_awards_name(art: _Article, s: _Span) -> bool:
    """A name that opens an award's name: "Golden" of "the Golden Globe-nominated film"."""
    m = None if s.demonym else _AWARD_AFTER.match(art.text, s.end)
    return m is not None and not gaz.lookup(s.text + m.group())


# After an ocean's name, the rest of a climate pattern's: "a warm Pacific Decadal Oscillation phase",
# "the North Atlantic Oscillation", "the Indian Ocean Dipole" (the ocean is not the story's place).
_CLIMATE_AFTER = re.compile(r"(?: [A-Z][\w-]*){0,3} (?:Oscillation|Dipole)s?\b")


def _in_a_climate_pattern(art: _Article, s: _Span) -> bool:
    """A name that opens a climate pattern's name: "Pacific" of "Pacific Decadal Oscillation"."""
    return not s.demonym and bool(_CLIMATE_AFTER.match(art.text, s.end))


# After a name, words that make it a style ("Asian-themed casinos", "a Jordan Valley-style health
# center", "Soviet-style") or an ethnic group of Americans ("the African-American Affairs Commission").
_STYLE_OR_PEOPLE = re.compile(r"(?: [A-Z][a-z]+)?-(?:style|styled|themed|inspired|esque|American|Americans)\b")


# ... but "Korean-American relations" are the two countries'.
_BETWEEN_NATIONS = re.compile(r" (?:relations|ties|talks|summit|trade|treaty|alliance|agreement|border|conflict|war)\b")


def _style_or_people(art: _Article, s: _Span) -> bool:
    """"an Asian-themed casino", "the African-American Affairs Commission"."""
    m = _STYLE_OR_PEOPLE.match(art.text, s.end)
    return m is not None and not _BETWEEN_NATIONS.match(art.text, m.end())


# Names listed after a noun of works are their titles: "such films as Jurassic Park, Alien and Iron
# Man", "the movies Borderland, Tamara and ...", "the movie Fargo" (not the town), "their third
# album, War" (not War, West Virginia). Fewer nouns than
# quotes.WORK_NOUNS, which reads the parse: this reads the text, where "show", "play" and "single"
# are as often verbs ("figures show London prices", "they play Houston").
_WORKS_BEFORE = re.compile(r"\b(?:films?|movies?|biopics?|documentar(?:y|ies)|sitcoms?|songs?|albums?|novels?|books|"
                           r"operas?|musicals?|TV shows?|thrillers?|comed(?:y|ies)|dramas?|sequels?|remakes?|cartoons?)"
                           r"(?:,| such as| like| including| as)? (?:[A-Z][\w'’.-]*(?: [A-Z&][\w'’.-]*)*, )*"
                           r"(?:and |or )?$")


def _a_works_title(art: _Article, s: _Span) -> bool:
    """"such films as Jurassic Park", "their third album, War": a name in a list of titles or
    set beside the noun of its work."""
    return not s.demonym and bool(_WORKS_BEFORE.search(art.text, max(0, s.start - 80), s.start))


# "a" or "an" before a lone name that qualifies no noun makes it one of a make's or a chain's
# products, not a town: "the hotel, a Hilton, opened in 2007", "he drove a Lincoln and a Ford"
# (English says "a Gainesville man", "a Kansas City, Kan., officer", never "a Gainesville" for
# the town; "a Paris of the East" likens, and stays).
_ONE_OF_BEFORE = re.compile(r"\b[Aa]n? $")
_ONE_OF_AFTER = re.compile(r"[,.;:!?)]|$| (?:and|or|with|that|which)\b")


def _one_of_a_make(art: _Article, s: _Span) -> bool:
    """"a Hilton," "a Lincoln.": a lone name after "a", closing its phrase without a qualifier."""
    if s.demonym or s.core or not _ONE_OF_BEFORE.search(art.text, max(0, s.start - 4), s.start) \
            or not _ONE_OF_AFTER.match(art.text, s.end):
        return False
    tok = _token_span(art.doc, s.start, s.end)
    return tok is not None and not _followed_by_place(art.doc, tok.end) and not _major(gaz.lookup(s.text))


# What holds a drink or a food before a name: "a glass of Vouvray", "a bottle of Champagne", "a cup of
# Assam", "a wedge of Stilton" are wines, teas and cheeses named after their regions, nothing that
# happens there.
_DRINK_BEFORE = re.compile(r"\b(?:glass|glasses|bottle|bottles|pint|pints|cup|cups|carafe|dram|magnum|wedge|wedges|"
                           r"slice|slices|wheel|wheels|jar|jars|tin|tins)"
                           r" of (?:chilled |vintage |fine |local |mature |ripe )?$")   # "a wedge of Stilton": a cheese


def _a_drink(art: _Article, s: _Span) -> bool:
    return not s.demonym and _DRINK_BEFORE.search(art.text, max(0, s.start - 24), s.start) is not None


# Lower-case nouns that make a place's name before them part of a common noun named after it: a
# disease ("West Nile virus", "Lyme disease", "Lassa fever", "Stockholm syndrome"), a weapon
# ("Molotov cocktails"), a dish ("Buffalo wings", "Brussels sprouts"). The name is the thing's,
# not a place of the story; a noun after the phrase makes the name a qualifier again ("the Houston
# virus cases") unless the article writes the phrase without one elsewhere, and countries and
# states stay ("Texas fever" is rare beside "Texas virus deaths").
_EPONYM_AFTER = re.compile(r" (?:virus|fever|disease|syndrome|cement|cocktails?|sprouts?|wings|sole|cake|sugar|"
                           r"sauce|cows|cattle|Marbles|comma|ham|cheese|sausages?|mustard|buns?)\b")   # foods,
# breeds and things named after a place ("Parma ham", "Cheddar cheese", "Dijon mustard")


def _oil_benchmark(text: str, name: str, end: int) -> bool:
    """"Brent crude", "Dubai crude": an oil benchmark named after a field or a port (a country's or
    a state's name stays a place: "Texas crude output")."""
    return text.startswith(" crude", end) and not _major(gaz.lookup(name))


def _in_an_eponym(art: _Article, s: _Span) -> bool:
    """"West Nile virus", "Molotov cocktails": a name opening a common noun named after it; an oil
    benchmark, whatever follows it ("Brent crude futures", "Dubai crude prices")."""
    if not s.demonym and _oil_benchmark(art.text, s.text, s.end):
        return True
    # any of the article's "West Nile virus" without a noun after it: the headline's "West Nile virus
    # death" and "infected with West Nile" are the body's "died of West Nile virus this year"
    if s.demonym or not any(art.text[end - len(s.text):end] == s.text for end in art.eponym_ends):
        return False
    # "cases in Lyme" stays a place
    return not _major(gaz.lookup(s.text)) and not (_EPONYM_AFTER.match(art.text, s.end) is None and _cued(art.doc, s))


def _ends_its_phrase(art: _Article, start: int, end: int) -> bool:
    """No noun after the eponym's noun, or another of them: "died of West Nile virus this year",
    "no case of Marburg virus disease", not "Houston virus cases"."""
    tok = _token_span(art.doc, start, end)
    if tok is None:
        return False
    after = art.doc[tok.end:tok.end + 1]
    return not after or after[0].pos_ not in ("NOUN", "PROPN") or _EPONYM_AFTER.fullmatch(" " + after.text) is not None


# A number word after a place's name makes a group of people of it: "the so-called San Antonio
# Four", "the Birmingham Six were freed", "the Little Rock Nine" (a headline's "Iraq Three Years
# On" goes on with a capital or a noun).
_GROUP_AFTER = re.compile(r" (?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)\b")


def _a_groups_name(art: _Article, s: _Span) -> bool:
    """"the San Antonio Four": a name before a capitalised number word that ends the phrase."""
    m = None if s.demonym else _GROUP_AFTER.match(art.text, s.end)
    tok = _token_span(art.doc, m.start() + 1, m.end()) if m else None
    if tok is None:
        return False
    nxt = art.doc[tok.end] if tok.end < len(art.doc) else None
    return nxt is None or not nxt.text[:1].isupper() and nxt.pos_ not in ("NOUN", "PROPN")


# A capitalised "The" amid lower-case prose opens a title, and a place's whole name after it is a
# magazine's, a paper's or a band's: "a video by The Atlantic", "he told The Hill". Places the
# gazetteer names with "The" stay ("near The Hague"), and so do countries and states, which some
# write with it ("born in The Gambia"); a name going on is read as before ("The Moscow Times"
# names its city).
_TITLE_THE = re.compile(r"[a-z,] The $")


def _a_titles_name(art: _Article, s: _Span) -> bool:
    """"by The Atlantic": the whole name after a mid-sentence capital "The" is a title."""
    if s.demonym or not _TITLE_THE.search(art.text, max(0, s.start - 6), s.start) \
            or re.match(r"\s*[A-Z]", art.text[s.end:s.end + 3]):
        return False
    found = gaz.lookup(f"The {s.text}") or gaz.lookup(s.text)
    return not _major(found) and not any(c.name.startswith("The ") for c in found)  # "in The Gambia" stays


def _abbreviation_opening_a_name(art: _Article, s: _Span) -> bool:
    """"La Liga", "La Voix du Nord": a short word the gazetteer knows only as another place's
    abbreviation ("La" for Louisiana, whose AP abbreviation takes a period), without its period
    and opening a longer name, is a word of that name (here the Spanish or French article)."""
    if s.demonym or len(s.text) > 3 or "." in s.text or not re.match(r" [A-Z]", art.text[s.end:s.end + 2]):
        return False
    found = gaz.lookup(s.text)
    return bool(found) and not any(c.primary for c in found)


def _a_brand(art: _Article, s: _Span) -> bool:
    """"a Milwaukee brand hammer drill": the name before "brand" is the maker's."""
    return not s.demonym and art.text.startswith((" brand ", "-brand "), s.end)


_PARTNER_AFTER = re.compile(r" and ([A-Z][a-z]+ [A-Z][\w'’-]+)")


def _partners_first_name(art: _Article, s: _Span) -> bool:
    """"Shannon and Julie Ward, visiting from Los Angeles": a lone word before "and" and a
    person's full name is the first name of that person's partner, when no preposition or other cue
    makes it a place and it is no country or state."""
    m = None if s.demonym or " " in s.text else _PARTNER_AFTER.match(art.text, s.end)
    tok = _token_span(art.doc, s.start, s.end) if m else None
    if tok is None or tok.start and art.tags[tok.start - 1] in ("IN", "TO") or _cued(art.doc, s) \
            or _major(gaz.lookup(s.text)) or two_towns(s.text, m.group(1), f"{s.text} and {m.group(1)}", size=1):
        return False  # "Mayors Smith of Newark and Michael Sweeney of Hayward": Newark; "Mildura and Swan Hill
        # were the hottest towns" (Swan Hill PERSON) lists two towns of one country
    return any(e.label_ == "PERSON" and e.start_char == m.start(1) and e.end_char == m.end(1) for e in art.ents)


def _unknown_activity(s: _Span) -> bool:
    """"the highest rank in Scouting", "his role in Finding Neverland": a one-word "-ing" name the
    gazetteer does not know is an activity or part of a title, not a place."""
    word = s.text.lower()
    return not s.demonym and word.isalpha() and word.endswith("ing") and word in common_words() \
        and not gaz.lookup(s.text)


def _a_letter(s: _Span) -> bool:
    """"Rep. Vicki Lensing, D-Iowa City": a lone capital is a party, an initial or a grade, never
    a place (the gazetteer has "D" for Detroit)."""
    return not s.demonym and len(s.text.rstrip(".")) == 1


_SAINTS_HOUSE = re.compile(r"^['’]s [A-Z]")


def _saints_house(art: _Article, s: _Span) -> bool:
    """A saint's name in the possessive before a name is the church, school or hospital named for
    the saint: "St. John's Lutheran School", "St. Mary's Medical Center" (the model tags the
    saint as a place, and towns bear the same name: St. John, Indiana)."""
    words = s.text.split()
    return len(words) == 2 and words[0] in SAINT_WORDS and not s.demonym \
        and bool(_SAINTS_HOUSE.match(art.text[s.end:s.end + 4]))


def _drop_unknown_names(art: _Article, spans: list[_Span]) -> list[_Span]:
    """A name the gazetteer does not know, with no cue in the text, is kept only when the model
    never calls it a person or an organisation elsewhere in the article ("Pawlenty" GPE beside
    "Pawlenty" PERSON) and it is no bare acronym ("NCIS", "T.R.")."""
    others = {gaz.key(e.text) for e in art.ents if e.label_ in ("PERSON", "ORG")}
    others |= {gaz.key(t.text) for e in art.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    out = []
    for s in spans:
        if not (s.demonym or s.kind_hint or s.core or s.source not in PLACE_LABELS or gaz.lookup(s.text)):
            if gaz.key(s.text) in others or _ACRONYM.match(s.text):
                continue
        out.append(s)
    return out


def _drop_acronyms(art: _Article, spans: list[_Span]) -> list[_Span]:
    """A town's name in capitals amid lower-case words is an acronym, at all its mentions: "the
    NICE program" (a neighbourhood effort, not Nice), "in SEC football". Datelines ("NICE, France
    -") and headlines in capitals open their line or sentence; countries and states ("USA", "UK")
    stay."""
    acronyms = {s.text for s in spans if _acronym_use(art, s)}
    return [s for s in spans if s.text not in acronyms] if acronyms else spans


def _acronym_use(art: _Article, s: _Span) -> bool:
    """A one-word name in capitals after a lower-case word, whose readings are all towns; or two
    capitals whose readings are all towns of that own name (`_own_name_in_capitals`: "IE 7")."""
    if s.demonym or not s.text.isalpha() or not s.text.isupper() or len(s.text) < 2:
        return False
    if len(s.text) == 2:
        found = gaz.lookup(s.text)
        return bool(found) and all(c.kind == "city" and _own_name_in_capitals(s.text, c) for c in found)
    tok = _token_span(art.doc, s.start, s.end)
    if tok is None or _sentence_initial(art.doc, tok.start):
        return False
    before = next((w for w in reversed(art.words[max(0, tok.start - 3):tok.start]) if w.isalpha()), "")
    return _towns_only(gaz.lookup(s.text) if before and not before.isupper() else ())


def _streets(art: _Article, spans: list[_Span]) -> list[_Span]:
    """Streets and roads: "Orchard St.", "North Nokomis Street", "Highway 10", "Interstate 75".
    They are places without a point in the gazetteer (null coordinates)."""
    if not _ROAD_HINT.search(art.text):
        return []
    doc, words, tags = art.doc, art.words, art.tags
    taken = _claimed(doc, spans)
    people = {(e.start, e.end) for e in art.ents if e.label_ == "PERSON"}
    out = []
    for i, word in enumerate(words):
        if taken[i]:
            continue
        end = None
        if word in STREET_WORDS and i > 0 and words[i - 1][:1].isupper() and not (
                word in ("St.", "Dr.") and i + 1 < len(words) and words[i + 1][:1].isupper()):
            start = i - 1
            while start > 0 and i - start < 4 and words[start - 1][:1].isupper() and not taken[start - 1] \
                    and not _sentence_initial(doc, start) and tags[start - 1] in PROPER_NOUN_TAGS:
                start -= 1
            if tags[start] in ("NNP", "NNPS", "CD") and not taken[start] and \
                    words[start].casefold() not in ("the", "a"):
                end = i + 1
        elif word in ROAD_NUMBERED and i + 1 < len(words) and doc[i + 1].like_num:
            start, end = i, i + 2
        if end is None or any(taken[start:end]) or _aged_person(art, start, end) or _name_goes_on(art, end) \
                or word in SURNAME_STREET_WORDS and (start, end) in people and _person_not_street(art, start, end):
            continue  # "the dry assessment of Graham Lane, leader of the Labour group": a person
        s, e = art.starts[start], art.starts[end - 1] + len(words[end - 1])
        out.append(_Span(s, e, art.text[s:e], "STREET", kind_hint="place"))
        for k in range(start, end):
            taken[k] = True
    return out


def _name_goes_on(art: _Article, end: int) -> bool:
    """A longer name goes on after the street's word: a capitalised word on the same line that
    names no building or way ("The Manic Street Preachers", a band; "the Wall Street Journal",
    "Pleasant Lane School", which LGL's annotators do not count as the street either) or a hyphen
    joining a capital ("Janet Street-Porter"). "Liverpool Street Station" stays, and so do a day or
    a month and an address's unit after the street ("cross Browns Bridge Road Wednesday", "1205
    Lone Oak Road Lot 12")."""
    if end >= len(art.words) or "\n" in art.spaces[end - 1]:
        return False
    nxt = art.words[end]
    if nxt == "-" and not art.spaces[end - 1] and end + 1 < len(art.words):
        return art.words[end + 1][:1].isupper()
    if end + 1 < len(art.words) and art.words[end + 1][:1].isdigit():
        return False  # "Lot 12", "Suite 4"
    return nxt[:1].isupper() and nxt.isalpha() and art.tags[end] in PROPER_NOUN_TAGS and nxt not in _CALENDAR_WORDS \
        and nxt.lower() not in FACILITY_HEADS and nxt not in STREET_WORDS and nxt.lower() not in DIRECTIONS


_CALENDAR_WORDS = DAY_NAMES | MONTH_NAMES


# A street's last word that is also a surname: "Graham Lane, leader of the Labour group" is a person
# when the model and the words after it say so and no word before it says street ("lives on Graham
# Lane", "at 12 Jay Lane", "the 2400 block of Jay Lane", "between Berry Lane and Lombardy Drive",
# "Spencer Street and Eldorado Lane"; "The crash closed Elm Lane" stays a street). Words after it
# that say person: an apposition, a speech verb, a verb it is the subject of ("Dan Lane calls it",
# "Jordan Pike flew"; not a passive's "was"), or another person joined by "and" ("starring Nathan
# Lane and Lee Evans").
SURNAME_STREET_WORDS = frozenset({"Lane", "Pike"})
STREET_CUES = frozenset("on at in along off near onto into down up from to between block and".split())


# After a person's name: an apposition or a speech verb ("Graham Lane, leader of", "Lane said").
_PERSON_AFTER = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?(?!which\b|where\b)[a-z]|\s+(?:said|says|told|added)\b")


def _person_not_street(art: _Article, start: int, end: int) -> bool:
    """The model's person says person after it, and no word before it says street."""
    before = [w.lower() for w in art.words[max(0, start - 2):start]]
    if before and (before[-1] in STREET_CUES or before[-1][:1].isdigit() or before == ["block", "of"]):
        return False
    after = art.starts[end - 1] + len(art.words[end - 1])
    if _PERSON_AFTER.match(art.text, after):
        return True
    if end < len(art.words) and art.tags[end] in ("VBD", "VBZ", "VBP", "MD") and art.words[end].lower() not in _BE:
        return True
    return end + 1 < len(art.words) and art.words[end] == "and" and any(
        e.start == end + 1 and e.label_ == "PERSON" and e[-1].text not in STREET_WORDS for e in art.ents)


_BE = frozenset("is was are were 's has had".split())


_AGE_AFTER = re.compile(r", \d{1,3}\b")
_INITIAL = re.compile(r"^[A-Z]\.$")


def _aged_person(art: _Article, start: int, end: int) -> bool:
    """A name with a middle initial and an age after it is a person's, though its last word is a
    street's: "driver Virginia L. Lane, 77, and a passenger"."""
    after = art.starts[end - 1] + len(art.words[end - 1])
    return any(_INITIAL.match(w) for w in art.words[start + 1:end - 1]) \
        and bool(_AGE_AFTER.match(art.text, after))


def _abbreviated_regions(art: _Article, spans: list[_Span]) -> list[_Span]:
    """The abbreviated state or province of a "Town, St." pair that the model left untagged
    ("Churchill, Man.", "Regina, Sask", the tokenizer splitting the period off; Canadian papers'
    "Perth (Ont.)"), or its postal code ("Rochester, MN")."""
    doc, taken, out = art.doc, _claimed(art.doc, spans), []
    for s in spans:
        tok = _token_span(doc, s.start, s.end)
        if s.demonym or tok is None or tok.end + 1 >= len(doc) or doc[tok.end].text not in (",", "("):
            continue
        t = doc[tok.end + 1]
        if taken[t.i] or not t.text[:1].isupper() or len(t.text.rstrip(".")) > 5:
            continue
        dot = t.i + 1 < len(doc) and doc[t.i + 1].text == "." and not t.whitespace_
        name = t.text + ("." if dot else "")
        if region_abbreviation(name) or _a_postal_code_of(t.text, s):
            out.append(_Span(t.idx, t.idx + len(name), name, "GAZ"))
    return out


def _a_postal_code_of(code: str, town: _Span) -> bool:
    """"Columbia, SC; Rochester, MN": two capitals after a town the gazetteer knows, a state's or
    province's code in one of the town's countries, which the model called an organisation or
    left untagged (`_postal_regions` reads it as the town's region)."""
    return code.isalpha() and bool(_regions_coded(code, {c.country_code for c in gaz.lookup(town.text)
                                                         if c.kind == "city"}))


# A dateline in capitals opening the text, a line or the sentence after the headline: "ST. PAUL --",
# "TEGA CAY —" (the small model leaves most of them untagged).
# "ARLINGTON —", "SOUTH LAKE TAHOE, Calif. —", "ATHENS, Ga. (AP) —"; wire copy's plain hyphen after
# the agency: "DAKAR, Senegal (Reuters) -", "LAGOS, March 3 (Reuters) -"
_CAPS_DATELINE = re.compile(r"(?:^|\n|[.!?]\s)\s*([A-Z][A-Z.'’]*(?: [A-Z][A-Z.'’]*){0,3})"
                            r"(?:,\s+[A-Z][\w.]*(?: [A-Z][\w.]*)?)?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                            r"\s*(?:\([A-Z][\w ]*\)\s*)?(?:--|—|–|\x97|(?<=\) )-)\s")


def _caps_datelines(art: _Article, spans: list[_Span]) -> list[_Span]:
    """Datelines in capitals the model left untagged, when the gazetteer knows the town; those it
    tagged are marked as datelines (they vote as two names for the article's focus)."""
    taken, out = _claimed(art.doc, spans), []
    by_start = {s.start: s for s in spans}
    for m in _CAPS_DATELINE.finditer(art.text):
        tok = _token_span(art.doc, m.start(1), m.end(1))
        _widen_cut_dateline(art, m, spans)
        if m.start(1) in by_start and by_start[m.start(1)].end == m.end(1):
            by_start[m.start(1)].dateline = True  # "ARLINGTON —" the model tagged: a strong vote
        if tok is None or any(taken[t.i] for t in tok) or m.group(1).casefold() in GENERIC:
            continue
        if any(c.kind in ("city", "region", "country") for c in gaz.lookup(m.group(1))):
            out.append(_Span(m.start(1), m.end(1), m.group(1), "GAZ", dateline=True))
    return out


# The model tags a town's name short of its first words, or finds only its last ones: "Barrel
# City" in "Gun Barrel City", "Grove" in "a Meadow Grove man" ("Meadow" tagged as a nationality).
# A place whose one or two capitalised words before it (unclaimed, no stop word: not "The Miami
# Herald") make with it the own name of a town or state the gazetteer knows, or of a US post town
# (`gaz.postal_towns`), is that whole name.
def _widen_cut_names(art: _Article, spans: list[_Span]) -> None:
    """Widen each cut place name leftwards to the whole town name (see above)."""
    doc, taken = art.doc, _claimed(art.doc, spans)
    for s in spans:
        tok = None if s.demonym or s.core else _token_span(doc, s.start, s.end)
        for n in (2, 1) if tok is not None and tok.start >= 1 else ():
            before = doc[max(tok.start - n, 0):tok.start]
            if len(before) < n or any(taken[t.i] or t.is_stop or not (t.is_alpha and t.text[:1].isupper())
                                      for t in before):
                continue  # not "The Atlanta Journal-Constitution"
            whole = art.text[before.start_char:s.end]
            if any(c.kind in ("city", "region") and c.primary for c in gaz.lookup(whole)) or (
                    gaz.postal_towns(whole) and not _major(gaz.lookup(s.text))):  # not "East Texas", PA
                s.start, s.text = before.start_char, whole
                break
        if tok is not None and s.start == tok.start_char:  # not widened leftwards
            _widen_rightwards(art, s, tok, taken)


def _widen_rightwards(art: _Article, s: _Span, tok, taken: list[bool]) -> None:
    """"Fort St. John": the model stops at the abbreviation's period ("Fort St." GPE, "John"
    PERSON); the entity table widens the name the same way (`entities.place_cut_short`)."""
    end = place_cut_short(art.text, s.start, tok.end_char)
    if end > tok.end_char and not any(taken[t.i] for t in art.doc[tok.end:] if t.idx < end):
        s.end, s.text = end, art.text[s.start:end]


def _widen_cut_dateline(art: _Article, m: re.Match, spans: list[_Span]) -> None:
    """The model tags a dateline in capitals short of its first or last words: "EAST HAMPTON —"
    tagged "HAMPTON" is East Hampton, Connecticut, not Hampton, Virginia; "SOUTH LAKE TAHOE, Calif."
    tagged "SOUTH LAKE" is South Lake Tahoe. A tagged name inside the dateline's name is widened
    to the whole when the gazetteer knows the whole as a town or region."""
    for s in spans:
        if m.start(1) <= s.start and s.end <= m.end(1) and (s.start, s.end) != m.span(1) and not s.demonym:
            whole = m.group(1)
            if any(c.kind in ("city", "region") for c in gaz.lookup(whole)):
                s.start, s.end, s.text, s.dateline = m.start(1), m.end(1), whole, True


def _listed_counties(art: _Article, spans: list[_Span]) -> list[_Span]:
    """"Jackson and Barrow counties", "Becker, Clay, Douglas and Grant counties", "Story or Boone
    counties": each name of a list before "counties" (or "parishes") is a county, when the
    gazetteer knows one of that name."""
    lowered = art.text.lower()
    if "counties" not in lowered and "parishes" not in lowered:
        return []  # most articles: no pass over the tokens
    doc, out = art.doc, []
    taken, by_start = _claimed(doc, spans), {s.start: s for s in spans}
    for t in doc:
        if t.lower_ not in ("counties", "parishes"):
            continue
        suffix = " County" if t.lower_ == "counties" else " Parish"
        i = t.i - 1
        while i >= 0 and (doc[i].text in (",", "and", "or", "&") or
                          doc[i].text[:1].isupper() and doc[i].tag_ in PROPER_NOUN_TAGS):
            w = doc[i]
            if w.text[:1].isupper() and gaz.lookup(w.text + suffix):
                if not taken[i]:
                    out.append(_Span(w.idx, w.idx + len(w.text), w.text, "GAZ", core=w.text + suffix))
                elif w.idx in by_start and by_start[w.idx].text == w.text:
                    by_start[w.idx].core = w.text + suffix  # "Jackson" the model tagged, a county here
            i -= 1
    return out


def _towns_and_regions_missed(art: _Article, spans: list[_Span]) -> list[_Span]:
    """"Crews from Enniscorthy, Co Wexford", "Leek, Staffordshire": a town or county the model
    missed in a pair `entities.towns_before_their_regions` reads; `_pair_with_regions` then places
    the town."""
    taken = _claimed(art.doc, spans)
    out = []
    for pair in towns_before_their_regions(art.text):
        for s, e in pair:
            token = _token_span(art.doc, s, e)
            if token is not None and not any(taken[t.i] for t in token):
                out.append(_town_or_irish_county(art.text, s, e, "GAZ"))
    return out


def _town_or_irish_county(text: str, s: int, e: int, source: str) -> _Span:
    """A part of a town-and-county pair: "Co Meath" is the county Meath, a region; "Kells" a name."""
    county = irish_county(text[s:e])
    return _Span(s, e, text[s:e], source, core=county, kind_hint="region" if county else None)


def _same_names(art: _Article, spans: list[_Span]) -> list[_Span]:
    """One sense per article: a name found as a place once is a place at its other mentions too
    ("Alexandria Police", "the Fargo school board"), but not inside a person's name ("George
    Washington", "Victoria Beckham"). Capitalised occurrences only."""
    names = {gaz.key(s.text) for s in spans if not s.demonym and (gaz.lookup(s.text) or not s.core and gaz.postal_towns(s.text))
             and s.source not in ("FAC", "STREET")}
    names = {k for k in names if len(k) >= 3 and k not in GENERIC} - art.surnames - art.people_named
    if not names:
        return []
    firsts = {k.split()[0] for k in names}
    longest = max(len(k.split()) for k in names)
    text, taken, words, starts = art.text, _claimed(art.doc, spans), art.words, art.starts
    persons = {i: ent for ent in art.ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    out = []
    i = 0
    while i < len(words):
        if taken[i] or not words[i][:1].isupper() or gaz.key(words[i]) not in firsts:
            i += 1
            continue
        for n in range(min(longest + 1, len(words) - i), 0, -1):
            s, e = starts[i], starts[i + n - 1] + len(words[i + n - 1])
            name = text[s:e]
            if any(taken[i:i + n]) or "\n" in name or gaz.key(name) not in names or not words[i + n - 1][:1].isalnum():
                continue  # not "SPRINGFIELD -" for "Springfield"
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


# How the people of a state or province are named after it: Ohio-ans, Minnesota-ns, Florid(a)-ians,
# Ontar(io)-ians, Kentuck(y)-ians, Texa(s)-ns, New York-ers: (letters to cut, letters to add).
_PEOPLE_ENDINGS = ((2, ""), (1, ""), (3, "a"), (3, "io"), (3, "y"), (3, ""), (1, "s"), (2, "o"))


def _state_of_people(name: str) -> str | None:
    """The US state or Canadian province whose people a plural names ("Ohioans", "Minnesotans",
    "Ontarians", "New Yorkers"): the residents' word stands for their state. Country demonyms
    ("Georgians") stay the gazetteer's."""
    if not re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:ans|ns|ers)", name) or gaz.demonym(name):
        return None
    singular = name[:-1]
    for cut, add in _PEOPLE_ENDINGS:
        base = singular[:-cut] + add
        found = gaz.lookup(base)
        if found and found[0].feature == "ADM1" and found[0].name == base and found[0].country_code in ("US", "CA"):
            return base
    return None


def _demonym_as_person(tok) -> bool:
    """A lone singular demonym as the subject is a surname ('"We agree," French said'), not when its
    "verb" is part of a noun phrase ("Samoan lock Iosefa Faleolo": "lock" read as a verb, yet a
    compound of the name); as what one speaks or learns, a language ("spoke only French")."""
    if len(tok) != 1 or tok[0].text.endswith("s"):
        return False
    t = tok[0]
    return t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ != "compound" \
        or t.head.lemma_ in LANGUAGE_VERBS and t.dep_ in ("dobj", "conj")


def _in_person_name(art: _Article, name: str) -> bool:
    """'Victoria' when the article names 'Victoria Beckham'."""
    return name in art.person_words


def _cued(doc, s: _Span) -> bool:
    """'in Washington', 'Paris, Texas': the text itself says the name is a place."""
    tok = _token_span(doc, s.start, s.end)
    return tok is not None and (_cue_before(doc, tok.start, tok.end) or _followed_by_place(doc, tok.end))


def _major(found, *, regions: bool = False) -> bool:
    """A country, continent or first-level region (with `regions`, also a sea or a region such as
    the EU): never a person's name in the same article."""
    kinds = ("ADM1", "RGN", "SEA") if regions else ("ADM1",)
    return bool(found) and (found[0].kind in ("country", "continent") or found[0].feature in kinds)


# A season opening an organisation's or an event's name is the season (lexicon.SEASONS): "PRIDE
# Spring Cleanup", "Winter Festival" (Spring is a town in Texas, Winter one in Wisconsin).


def _place_prefix(art: _Article, tok) -> _Span | None:
    """The place an organisation is named after: "Texas" in "Texas Department of Health",
    "Douglas County" in "Douglas County Public Works", "American" in "American Electric Power"
    (countries, states, counties, demonyms, big towns)."""
    doc = art.doc
    start = tok.start + (1 if tok[0].lower_ == "the" else 0)
    for n in (3, 2, 1):
        end = start + n
        if end >= tok.end or not all(t.text[:1].isupper() for t in doc[start:end]):
            continue
        s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        name = art.text[s:e]
        if name.casefold() in GENERIC or name.casefold() in SEASONS:
            continue  # "the Spring Cleanup" is the season's, not Spring, Texas
        code = gaz.demonym(name)
        if code:
            return _Span(s, e, name, "ORG", demonym=code)
        found = gaz.lookup(name)
        if found and found[0].kind == "city" and doc[end].text in STREET_WORDS:
            return None  # "Oxford Street" (ORG) lies in London, not Oxford: `_streets` reads it (not
            # "the Ohio Turnpike", a state's road)
        if found and (found[0].kind in ("country", "continent") or found[0].feature in ("ADM1", "ADM2")
                      and (found[0].primary or _state_abbreviation(name, found[0])) or found[0].kind == "city"
                      and found[0].primary and found[0].population >= MIN_TOWN):
            return _Span(s, e, name, "ORG", in_org=True, in_firm=_no_public_body(tok),
                         org_only=found[0].kind == "city" and doc[end].text not in OWNED_BY_TOWN)
    return None


def _place_in_name(art: _Article, tok) -> _Span | None:
    """The place after "in" that closes a name the model ran on ("Lutheran School in Lombard",
    "The George in Twickenham", "the Children's Hospital in Winnipeg"): "in" cues a place, so any
    place the gazetteer knows."""
    ins = [t.i for t in tok[1:] if t.text == "in"]
    if not ins or ins[-1] + 1 >= tok.end:
        return None
    rest = art.doc[ins[-1] + 1:tok.end]
    if not all(t.text[:1].isupper() for t in rest):
        return None
    s, e = rest.start_char, rest.end_char
    name = art.text[s:e]
    if name.casefold() in GENERIC or not gaz.lookup(name):
        return None
    return _Span(s, e, name, "GAZ")


def _county_prefix(art: _Article, tok) -> _Span | None:
    """The county a name the model calls a person begins with: "McMinn County Sheriff Steve
    Frisbie", "Rapides Parish Fire" (no one's name begins with a county)."""
    if not any(t.text in ("County", "Parish") for t in tok):
        return None
    prefix = _place_prefix(art, tok)
    words = prefix.text.split() if prefix is not None else ()
    return prefix if len(words) > 1 and words[-1] in ("County", "Parish") else None


def _state_abbreviation(name: str, c) -> bool:
    """"S.C." of the "S.C. Trial Lawyers Association", "Ga." of "Ga. Power": a state's dotted
    abbreviation (AP style), not a bare code ("VA", the Veterans Affairs)."""
    return c.feature == "ADM1" and "." in name and _abbreviates(name, c.name)


def _place_suffix(art: _Article, tok) -> _Span | None:
    """The place an organisation is "of": "Pennsylvania" in "University of Pennsylvania" and "the
    Kennel Association of Western Pennsylvania" (countries, states, counties, big towns)."""
    ofs = [t.i for t in tok if t.lower_ == "of"]
    if not ofs:
        return None
    start = ofs[-1] + 1
    if art.doc[ofs[-1] - 1].text == "House":
        return None  # a house's name, not its place: "the House of Windsor" (`_a_house_of`)
    while start < tok.end and (art.doc[start].lower_ == "the" or art.doc[start].lower_ in DIRECTIONS):
        start += 1
    if start >= tok.end or not all(t.text[:1].isupper() for t in art.doc[start:tok.end]):
        return None
    s, e = art.doc[start].idx, tok[-1].idx + len(tok[-1].text)
    name = art.text[s:e]
    found = gaz.lookup(name)
    if found and name.casefold() not in GENERIC and found[0].primary and (
            found[0].kind in ("country", "continent") or found[0].feature in ("ADM1", "ADM2")
            or found[0].kind == "city" and found[0].population >= MIN_TOWN):
        return _Span(s, e, name, "ORG", in_org=True, in_firm=_no_public_body(tok))
    return None


# Words after a town's name that make an organisation the town's own ("Fargo Police", "Gainesville
# City Commission", "the Tampa Tribune"): there the name is the town. Else the town must be named
# outside the organisation too: the "Mobile Data Association" is no body of Mobile, Alabama.
OWNED_BY_TOWN = INSTITUTIONS | NEWSPAPER_WORDS | frozenset(
    "Police Public Regional Community Area Metro Municipal".split())


def _firm_openers(art: _Article) -> frozenset[str]:
    """The names that open an organisation's name ending in FIRM_WORDS words ("Delta Air Lines'":
    Delta). `_Article.firms` keeps those that are no major place; `_drop_firm_towns` reads the
    rest once resolved."""
    names = set()
    for ent in art.ents:
        k = len(ent) - (ent[-1].text in POSSESSIVE_MARKS)
        if ent.label_ != "ORG" or k < 2 or not all(t.text[:1].isupper() for t in ent[:k]):
            continue
        n = k
        while n > 1 and ent[n - 1].text in FIRM_WORDS:
            n -= 1
        if n < k:
            names.add(ent[:n].text)
    return frozenset(names)


def _drop_firm_towns(art: _Article, spans: list[_Span]) -> list[_Span]:
    """One sense per article, once resolved: a firm's name whose first reading is a region or a
    major place (a firm opener `_Article.firms` leaves out), chosen as a town under BODY_TOWN_MAX
    and never cued as a place, is the firm: "Delta Air Lines ... troubled Delta" is no Delta, Utah
    (the region, Nigeria's Delta State, was not chosen either); "Alaska Energy ... Alaska
    lawmakers" stays Alaska, the region chosen."""
    firms = {gaz.key(n) for n in art.firm_openers} - art.firms
    if not firms:
        return spans
    return [s for s in spans if s.demonym or gaz.key(s.text) not in firms or s.choice is None
            or s.choice.kind != "city" or s.choice.population >= BODY_TOWN_MAX or _cued(art.doc, s)]


def _drop_org_only(art: _Article, spans: list[_Span]) -> list[_Span]:
    """Towns found only inside organisations' names that are not the towns' own (`OWNED_BY_TOWN`);
    and when the article also writes the name as a word in lower case, with its other mentions
    that only the one-sense rule (`_same_names`) made places: "the Mobile Data Association ...
    Mobile companies are keen ... mobile phones" names no Mobile, Alabama ("London's Brixton
    Academy ... the Brixton gig" stays Brixton; the lemma list alone holds "nashville")."""
    org_only = {gaz.key(s.text) for s in spans if s.org_only and _written_as_a_word(art, s.text)}
    named = Counter(gaz.key(s.text) for s in spans if not s.org_only and not (
        s.source == "SAME" and gaz.key(s.text) in org_only))
    return [s for s in spans if named[gaz.key(s.text)] or not s.org_only
            and not (s.source == "SAME" and gaz.key(s.text) in org_only)]


def _written_as_a_word(art: _Article, name: str) -> bool:
    """A one-word name the article also writes in lower case, a common word ("mobile phones")."""
    word = name.lower()
    return " " not in word and word in common_words() and re.search(rf"\b{re.escape(word)}\b", art.text) is not None


BODY_TOWN_MAX = 100_000
NOT_PLACE_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "PERSON"})


def _drop_bodies_by_size(art: _Article, spans: list[_Span]) -> list[_Span]:
    """A small town chosen by size alone, whose name the model reads as a body or product at most
    of its mentions, is that body: "Opera spokeswoman Berit Hanson ... Opera can also magnify
    text" is the browser's maker, not Opera, Italy (13,000 people)."""
    votes: Counter = Counter()
    for ent in art.ents:
        votes[(gaz.key(ent.text), ent.label_ in NOT_PLACE_LABELS)] += 1
    def body(s: _Span) -> bool:
        c, k = s.choice, gaz.key(s.text)
        return c is not None and s.resolved_by == "population" and c.kind == "city" and c.population < BODY_TOWN_MAX \
            and votes[(k, True)] > votes[(k, False)] and not _cued(art.doc, s)
    bodies = {gaz.key(s.text) for s in spans if body(s)} - {gaz.key(s.text) for s in spans if s.dateline}
    return [s for s in spans if gaz.key(s.text) not in bodies or _cued(art.doc, s)]  # "TORRINGTON —" stays


# A town abroad this small, chosen by its name alone, named by a word English also uses in lower
# case and never cued as a place, is the word: "the spin-off Angel series" (Angel, Turkey), "Madly
# in Anger with the World" (Anger, Austria), "Pal and Chum" (Chum, Ireland). Only abroad: the
# lemma list holds many towns' names ("decatur", "shiloh", "champaign"), which a US story's own
# towns keep; only when the article's other places all lie in other countries.
COMMON_WORD_TOWN_MAX = 50_000


def _cued_bare(art: _Article, s: _Span) -> bool:
    """Cued as a place, and written bare as towns are: "died in the Tsunami" names no town."""
    return _cued(art.doc, s) and art.text[max(0, s.start - 4):s.start].lower() != "the "


def _drop_common_words_abroad(art: _Article, spans: list[_Span]) -> list[_Span]:
    """Drop such a town at all its mentions (see COMMON_WORD_TOWN_MAX)."""
    mentions = _by_name(spans)

    def word(k: str, group: list[_Span]) -> bool:
        c = group[0].choice
        if c is None or c.kind != "city" or c.population >= COMMON_WORD_TOWN_MAX or " " in group[0].text:
            return False
        elsewhere = {s.choice.country_code for key, g in mentions.items() if key != k for s in g if s.choice}
        return group[0].text.lower() in common_words() and elsewhere and c.country_code not in elsewhere and all(
            s.choice is c and s.resolved_by in ("unique", "population") and not (s.paired or s.qualifies or s.dateline
                                                                               or _cued_bare(art, s)) for s in group)
    words = {k for k, group in mentions.items() if word(k, group)}
    return [s for s in spans if gaz.key(s.text) not in words]


# A town this small, chosen by a name that is none of its own (an alternate GeoNames lists, no
# form of its name), at a mention not cued or qualified as a place, is no reading of that name: the
# "Tsunami" of a relief appeal is not Tsuha, Japan, the film "Vera Drake" not Veradale,
# Washington, a misspelt "Dafur" not Dufur, Oregon.
OTHER_NAME_TOWN_MAX = 50_000


def _drop_other_names_of_towns(art: _Article, spans: list[_Span]) -> list[_Span]:
    """Drop such a name at all its mentions when one of them is neither cued nor qualified
    (OTHER_NAME_TOWN_MAX): one sense per article. Requiring every mention uncued kept LGL's
    "Cookville" (a town the gazetteer lacks, "in Cookville" once) at a Cookville 900 km away."""
    def other_name(s: _Span) -> bool:
        c = s.choice
        return c is not None and _by_another_name(s.core or s.text, c, OTHER_NAME_TOWN_MAX) \
            and not (s.paired or s.qualifies or s.dateline or _cued(art.doc, s))
    for s in spans:
        if other_name(s) and _feature_beside_its_town(s, spans):
            s.within, s.choice, s.resolved_by = s.choice, None, "focus"
    dropped = {gaz.key(s.text) for s in spans if other_name(s)}
    return [s for s in spans if gaz.key(s.text) not in dropped]


def _feature_beside_its_town(s: _Span, spans: list[_Span]) -> bool:
    """"The waters of Lake Tahoe" (GeoNames: another name of Stateline, Nevada) in a story from
    South Lake Tahoe: a lake or creek's name (LOCAL_FEATURE_WORDS) that a small town by its shore
    also goes by, where another place of the article lies within PART_OF_TOWN_KM, is the feature,
    at that town's point."""
    words, c = s.text.split(), s.choice
    return len(words) > 1 and (words[0] in LOCAL_FEATURE_WORDS or words[-1] in LOCAL_FEATURE_WORDS) \
        and c.lat is not None and any(
        o.choice is not None and o.choice is not c and gaz.key(o.text) != gaz.key(s.text) and o.choice.lat is not None
        and gaz.distance_km(c.lat, c.lon, o.choice.lat, o.choice.lon) < PART_OF_TOWN_KM for o in spans)


def _drop_foreign_org_cities(spans: list[_Span]) -> list[_Span]:
    """A city's name tagged as an organisation stays a place only in the country of the article's
    other places: "Edmonton" in a Canadian story, not "Toyota" (a car) or "Sakai" (a man) in one
    from Ohio."""
    home = {s.choice.country_code for s in spans if s.choice is not None and not s.org_city}
    return [s for s in spans if not s.org_city or s.choice is not None and s.choice.country_code in home]


def _drop_org_names_elsewhere(art: _Article, spans: list[_Span]) -> list[_Span]:
    """A place read only from the names of firms, papers or clubs stays a place when the
    article's own places lie in its region ("the Tampa Tribune" in a story from Tampa; for a
    country, in that country): "weeks after The New York Times and The Washington Post reported"
    in a story from Ottawa, or "Texas Instruments" in one from Dresden, tells where a paper or a
    firm is, not where the story happens. A public body's place stays ("the Douglas County
    Sheriff's Office", "Ohio State University"): LGL marks those as places wherever the story is.
    So does one a cue makes a place ("operations in Romania, the Czech Republic, ..." the model
    ran into a firm's name), and a country in sports copy (a national side, "Ireland v USA") or
    one whose people the article names ("the Irish government ... the Bank of Ireland"). Towns
    inside names they do not own (`_drop_org_only`) and cities the model tagged as organisations
    (`_drop_foreign_org_cities`) are read before, by their own rules."""
    own = [s.choice for s in spans if not s.in_org and not s.demonym and s.choice is not None]
    if not own:
        return spans
    named = {gaz.key(s.text) for s in spans if not s.in_org}
    peoples = {s.demonym for s in spans if s.demonym and not s.in_org}   # "the Irish coach": Ireland's

    def stays(s):
        if not s.in_firm or s.demonym or s.choice is None or gaz.key(s.text) in named or _cued_alone(art, s):
            return True
        return s.choice.kind == "country" and (art.sports_story or s.choice.country_code in peoples)
    return [s for s in spans if stays(s) or any(_same_region(s.choice, c) for c in own)]


def _cued_alone(art: _Article, s: _Span) -> bool:
    """A cued name the organisation's name does not go on after: "operations in Romania, the Czech
    Republic, ..."; not "a review in the New York Times"."""
    tok = _token_span(art.doc, s.start, s.end)
    return tok is not None and _cued(art.doc, s) and not (
        tok.end < len(art.doc) and art.doc[tok.end].text[:1].isupper())


# Words of a public body's name: the place it is named after is its seat or its area.
PUBLIC_BODY_WORDS = INSTITUTIONS | frozenset("""Service Services Center Centre Agency Authority Jury
Government Ministry Legislature Assembly Senate Parliament Patrol Guard Bureau Institute Academy State
Association Federation Union Party Army Navy""".split())


def _no_public_body(tok) -> bool:
    """An organisation's name with no word of a public body: a firm's, a paper's or a club's."""
    return not any(t.text in PUBLIC_BODY_WORDS for t in tok)


def _same_region(place, other) -> bool:
    """Does `other` lie in `place`'s country (`place` a country) or first-level region? Region
    codes of towns outside the US come in GeoNames' form ("GB.ENG"), of regions in ISO's
    ("GB-SCT"): where the forms differ, they are compared in ISO's, or by country where a code has
    no ISO form."""
    if place.country_code != other.country_code:
        return False
    if place.kind in ("country", "continent") or not place.admin1:
        return True
    if not other.admin1:
        return False   # a country lies in none of its regions
    if ("." in place.admin1) != ("." in other.admin1):   # "NZ.F1" is "NZ-MWT", not Otago's "NZ-OTA"
        a, b = gaz.iso_region(place.admin1), gaz.iso_region(other.admin1)
        return a == b or "." in a + b   # a code with no ISO form: the country decides
    return place.admin1 == other.admin1


# A name the model tags as an organisation, all of it a city's own name, is that city when this
# big: the small model reads "Edmonton", "Gainesville" as their teams or councils.
MIN_CITY_AS_ORG = 100_000


def _no_ones_name(art: _Article, tok) -> bool:
    """Words that name none of the article's people and follow no title: "Tbilisi has denied"
    (tagged PERSON) and "warnings for La Paz" (ORG) are the cities, "Lincoln" beside "Abraham
    Lincoln" or "President Lincoln" is not."""
    return len(tok) <= 3 and not any(t.text in art.person_words or gaz.key(t.text) in art.surnames
                                     or t.text in art.first_names for t in tok) \
        and not (tok.start and art.doc[tok.start - 1].lower_ in HONORIFICS)


def _big_city(found) -> bool:
    """The name's likeliest reading is a city of its own name of MIN_CITY_AS_ORG people or more."""
    return bool(found) and found[0].kind == "city" and found[0].primary and found[0].population >= MIN_CITY_AS_ORG


def _settlement_cue(doc, i: int) -> bool:
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in SETTLEMENT_NOUNS


def _town_noun_before(doc, i: int) -> str | None:
    """The noun that calls the name at token `i` a town: "the town of Denmark" (not the country),
    "the village of Berlin" (not the capital), "villages such as Berlin"."""
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in TOWN_NOUNS:
        return doc[i - 2].lower_
    if i >= 3 and doc[i - 1].lower_ == "as" and doc[i - 2].lower_ == "such" and doc[i - 3].lower_ in TOWN_NOUNS:
        return doc[i - 3].lower_
    return None


TOWN_NOUNS = frozenset({"town", "towns", "village", "villages", "hamlet"})
# A village is no town this big: "the village of Berlin" is no reading of Germany's capital.
VILLAGE_MAX = 50_000


# Nouns after a town's name that make it the town people live in ("a Gainesville man", "Alexandria
# parents charged", "Rochester police").
RESIDENT_NOUNS = frozenset("""man woman men women resident residents native natives couple family families
teen teenager teens boy girl parents homeowner homeowners police""".split())


# What a town's name qualifies when it is the town, not a firm: its people ("a Gainesville man"),
# its homes, bodies and occasions ("a Grovetown home", "the Oakdale harvest festival").
TOWN_LIFE_NOUNS = RESIDENT_NOUNS | frozenset("""officials council councils councillors councilmen mayor school schools
neighborhood neighborhoods neighbourhood neighbourhoods festival fair parade library hospital firefighters
community home homes""".split())


TITLE_MODIFIERS = frozenset("Vice Deputy Acting Former Lord Interim Assistant Pro".split())


def _of_residents(doc, end_token: int) -> bool:
    """'a Gainesville man', 'Rochester police': a name followed by a lower-case noun of residents;
    or by the mayor it elects ("Tillsonburg Mayor Stephen Molnar", "the Woodstock mayor said",
    "the Sochi mayoral election")."""
    if end_token >= len(doc) or end_token < 1:
        return False
    return doc[end_token].text in RESIDENT_NOUNS or doc[end_token].lower_ in ("mayor", "mayoral") \
        and doc[end_token - 1].text not in TITLE_MODIFIERS  # not "Vice Mayor Ray Melton"


def _a_county_address(doc, end_token: int, after: str, found) -> bool:
    """"Ashford, Kent": a county where addresses give one, named after no town of its country
    ("Fulham face Watford, Bolton meet Ipswich"; "Ashley, Swindon saying" in a vox pop), and
    no person's name and list ("Mason, Devon and the driver"). Also a county the gazetteer keeps as
    a region of no office ("Windsor, Berkshire": RGN)."""
    return after not in ("and", "or", "'s", "’s") and doc[end_token - 1].ent_type_ != "PERSON" and any(
        c.feature in ("ADM2", "RGN") and c.country_code in gaz.COUNTY_ADDRESSES for c in found) and not any(
        c.kind == "city" and c.country_code in gaz.COUNTY_ADDRESSES for c in found)


def _country_after_a_town(doc, tok) -> bool:
    """'based in Hamilton, Bermuda': a country's own name after a place the model found and a comma
    qualifies it, whatever the model called the country (a person, for "Bermuda")."""
    if tok.start < 2 or doc[tok.start - 1].text != "," or doc[tok.start - 2].ent_type_ not in PLACE_LABELS:
        return False
    return country_by_own_name(tok.text) is not None


def _followed_by_place(doc, end_token: int) -> bool:
    """'Paris, Texas': a comma and a country or first-level region right after the name, or a
    county where addresses give one (`_a_county_address`)."""
    if end_token + 1 >= len(doc) or doc[end_token].text != ",":
        return False
    nxt = doc[end_token + 1]
    if not nxt.text[:1].isupper():
        return False
    for n in (3, 2, 1):
        if end_token + 1 + n <= len(doc):
            words = doc[end_token + 1:end_token + 1 + n].text
            after = doc[end_token + 1 + n].text if end_token + 1 + n < len(doc) else ""
            found = gaz.lookup(words)
            if after not in ("'s", "’s") and any(c.kind in ("country", "region") and c.feature in ("PCLI", "ADM1")
                                               for c in found) or _a_county_address(doc, end_token, after, found):
                return True  # not "Moya, Spain's Davis Cup hero": an apposition
    return False


# ---------------------------------------------------------------- resolution

VOTING_ROUNDS = 3  # the first from unambiguous names only, then twice from every name's choice


def _resolve(art: _Article, spans: list[_Span]) -> None:
    """Each span's gazetteer entry (`choice`), chosen among its candidates with the article as
    context."""
    by_key = _candidates(spans, art.text)
    sentences = art.doc.has_annotation("SENT_START") or art.doc.has_annotation("DEP")
    for s in spans:  # a doc without sentences (built from words) is one
        token = _token_span(art.doc, s.start, s.end) if sentences else None
        s.sentence = token.sent.start_char if token is not None else 0
    _towns_named_like_countries(art, by_key)
    _used_as_towns(art, by_key)
    _used_as_states(art, by_key)
    _described_as_regions(art, by_key)
    _county_councils(art, by_key)
    _link_regions(spans, by_key)
    _served_by_airport(art, by_key)
    _pair_with_regions(art, spans)
    _pair_in_towns(art, spans)
    _route_ends(art, spans)
    _near_ends(art, spans)
    _region_town_of(art, spans)
    _listed_with_other_towns_of(art, spans)
    _capital_datelines(art, spans)
    _readings_of_pairs(by_key)
    _vote(spans, by_key, _text_votes(art, spans))
    _regions_of_named_towns(spans)
    _world_lists(art, spans)
    _postal_towns(spans)
    _parts_of_towns(spans)
    _seas_with_the(art, spans)
    _towns_by_a_sea(spans)
    _follow_unplaced_pairs(art, by_key)
    _doubt(spans, datelines={id(s) for s in spans if _bare_dateline(art, s)})
    if not art.sports:  # a stadium ("Goodison Park") is the home team's town's, not the story's
        _features_of_the_town(spans)


def _readings_of_pairs(by_key: dict[str, list[_Span]]) -> None:
    """A town a "Name, Country" pair chose is a reading of the name's bare mentions too, though
    the lookup set it aside for its bigger namesakes: "docked in Hamilton, Bermuda ... residents
    of Hamilton" may be Bermuda's capital (902 people), as `_told` then weighs."""
    for group in by_key.values():
        chosen = [s.choice for s in group if s.paired and s.choice is not None and not s.set_apart]
        for s in group:
            if not s.paired and s.candidates:
                s.candidates += tuple(c for c in dict.fromkeys(chosen) if c not in s.candidates)


# A post town (a US town known only by its ZIP codes: `gaz.POSTAL`) is a reading only beside
# the places of its story: within POSTAL_KM of a town or county the article resolves otherwise
# ("a Meadow Grove man" in a story from Columbus and Norfolk, Nebraska), or qualified by its state
# ("Meadow Grove, Neb."). Alone, a name no bigger town bears is more often something else (a
# farm, an estate, a British village), and is left unresolved rather than put in America.
POSTAL_KM = 60


def _postal_towns(spans: list[_Span]) -> None:
    """Unresolve post towns with no place of their story nearby (see POSTAL_KM)."""
    near = [s.choice for s in spans if s.choice is not None and s.choice.feature != gaz.POSTAL
            and s.choice.lat is not None and (s.choice.kind == "city" or s.choice.feature == "ADM2")]
    for s in spans:
        c = s.choice
        if c is None or c.feature != gaz.POSTAL or s.paired:
            continue
        if not any(gaz.distance_km(c.lat, c.lon, o.lat, o.lon) <= POSTAL_KM for o in near):
            s.choice, s.resolved_by = None, ""


# `_features_of_the_town`: a local story is about one town: a square, lake or creek the
# gazetteer does not know, in a story where one town pinned down by the text (a qualifier, its
# only reading, the article's focus) takes at least half of the resolved mentions, lies in or
# beside it: "Kiser Lake" in a story about St. Paris, Ohio. A story spread over many places
# ("Tiananmen Square" in one naming Washington twice) says nothing of its features. Not parks: a
# football ground is "X Park", and a report from Norwich about a game "at Goodison Park" put
# Everton's ground in Norwich.
LOCAL_FEATURE_WORDS = frozenset({"Square", "Side", "Lake", "Pond", "Creek"})
FOCUS_TOWN_MENTIONS, FOCUS_TOWN_SHARE = 2, 0.5


def _features_of_the_town(spans: list[_Span]) -> None:
    """Unknown local features (a LOCAL_FEATURE_WORDS word first or last) take the point of the
    article's one town (`_town_of_the_story`)."""
    town = _town_of_the_story(spans)
    for s in spans if town is not None else ():
        words = s.text.split()
        if s.choice is None and not s.candidates and not s.demonym and len(words) > 1 and "National" not in words \
                and (words[-1] in LOCAL_FEATURE_WORDS or words[0] in LOCAL_FEATURE_WORDS):
            s.within, s.resolved_by = town, "focus"


def _town_of_the_story(spans: list[_Span]):
    """The town chosen on evidence for FOCUS_TOWN_MENTIONS or more mentions and at least
    FOCUS_TOWN_SHARE of the resolved ones, if any."""
    resolved = [s.choice for s in spans if s.choice is not None]
    towns = Counter(s.choice for s in spans if s.choice is not None and not s.demonym and s.choice.kind == "city"
                    and s.resolved_by in ("qualifier", "unique", "focus"))
    town, n = max(towns.items(), key=lambda item: item[1], default=(None, 0))
    return town if n >= FOCUS_TOWN_MENTIONS and n >= FOCUS_TOWN_SHARE * len(resolved) else None


# `_towns_named_like_countries`: English names a country's people and things by its demonym ("a
# Lebanese woman", "Jordanian schools"); a country's own name before a resident or a town's
# school or council is a town's: "a Lebanon woman", "the Jordan middle school" (Jordan,
# Minnesota). Plural people ("Ireland women") are a national team.
_TOWN_THINGS_AFTER = re.compile(r" (?:man|woman|resident|residents|couple|teen|teenager|homeowner"
                                r"|middle school|elementary school|school board|school district|Independent School"
                                r"|City Council|Township)\b")


def _abbreviated(name: str) -> bool:
    """"US", "U.K.", "UAE": short forms, which English does use before a noun ("a US man")."""
    return name.isupper() or "." in name


def _towns_named_like_countries(art: _Article, by_key: dict[str, list[_Span]]) -> None:
    """A country's name the text uses once as a town's (_TOWN_THINGS_AFTER) is read as a town
    (or a US state: "a Georgia man") throughout: its country's readings are dropped."""
    for group in by_key.values():
        found = group[0].candidates
        if group[0].demonym or not found or found[0].kind != "country" or not any(_home_town(c) for c in found):
            continue
        if any(_TOWN_THINGS_AFTER.match(art.text, s.end) and not _abbreviated(s.text) for s in group):
            for s in group:
                s.candidates = tuple(c for c in s.candidates if _home_town(c))


_CITY_OF_BEFORE = re.compile(r"\b[Cc]ity of $")


def _used_as_towns(art: _Article, by_key: dict[str, list[_Span]]) -> None:
    """Mark each name the text once uses as a municipality's (_TOWN_THINGS_AFTER, "the city of
    Athens"; a "City of Athens" the model takes whole is a name of its own): local news writes of
    its own town's council and residents, so "The Athens City Council" in a story counting dollars
    is no capital abroad (`_capital_kept`)."""
    for group in by_key.values():
        if any(_TOWN_THINGS_AFTER.match(art.text, s.end)
               or _CITY_OF_BEFORE.search(art.text, max(0, s.start - 8), s.start) for s in group):
            for s in group:
                s.as_town = True


def _used_as_states(art: _Article, by_key: dict[str, list[_Span]]) -> None:
    """Mark each name the text once makes the subject of a speech verb: a capital speaks for its
    government ("Washington has claimed all four were combatants", "Moscow denied it"), so the name
    is the capital, not a town of that name in the story's own country (`_capital_kept`)."""
    if not art.doc.has_annotation("DEP"):
        return
    for group in by_key.values():
        if any(_speaks_as_subject(art.doc, s) for s in group):
            for s in group:
                s.as_state = True


# An apposition that says what kind of place a name is: "In San Juan, the country's second-largest
# wine-producing province, ...", "Kerala, the southern state, ...".
# Not a town described by its region's office: "Athens, the state capital", "Hamirpur, the district
# headquarters", "Bangor, the county town".
_KIND_APPOSED = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(province|state|region|county|district|"
                           r"department|territory|prefecture|governorate)\b(?!['’]s|-|\s+(?:capital|seat|"
                           r"headquarters|town|city|council|government|police|line|border|level|team|side|"
                           r"champions?)\b)")


def _described_as_regions(art: _Article, by_key: dict[str, list[_Span]]) -> None:
    """A name the text once describes as a province, state, region or county in an apposition is
    a region wherever it stands, when it has a region's reading: "In San Juan, the country's
    second-largest wine-producing province" is Argentina's province, not Puerto Rico's capital."""
    for group in by_key.values():
        if any(not s.paired and _KIND_APPOSED.match(art.text, s.end) for s in group):
            _read_as_regions(group)


_COUNTY_COUNCIL_AFTER = re.compile(r" County Council\b")


def _county_councils(art: _Article, by_key: dict[str, list[_Span]]) -> None:
    """A name before "County Council" names a county, and so do its bare mentions, when no American
    county bears it ("Lincolnshire County Council ... the Lincolnshire town": the English county,
    not Lincolnshire, Illinois; "Montgomery County Council" stays with Maryland's county)."""
    for group in by_key.values():
        if not any(_COUNTY_COUNCIL_AFTER.match(art.text, s.end) for s in group):
            continue
        name = group[0].core or group[0].text
        if not any(c.feature == "ADM2" and c.country_code == "US" for c in gaz.lookup(name + " County")):
            _read_as_regions(group)


def _read_as_regions(group: list[_Span]) -> None:
    """Each unpaired mention of the group keeps only its region readings, if it has any."""
    for s in group:
        regions = tuple(c for c in s.candidates if c.kind == "region")
        if regions and not s.paired:
            s.candidates = regions


def _speaks_as_subject(doc, s: _Span) -> bool:
    """The parse's subject of any speech verb ("Washington has claimed"); `_speaks` reads the
    surface of "X said" for names that are people, not governments."""
    tok = _token_span(doc, s.start, s.end)
    return tok is not None and tok.root.dep_ == "nsubj" and tok.root.head.lemma_ in SPEECH_VERBS \
        and tok.root.head.pos_ == "VERB"


def _home_town(c) -> bool:
    """A town, a county or a US state: what "a Georgia man" or "a Jordan resident" comes from."""
    return _local(c) or c.kind == "region" and c.country_code == "US"


# `_regions_of_named_towns`: another town of the region this far from the city of the region's
# name makes the name the region's: "Montreal police ... not allowed to stay in Quebec" is the
# province (Montreal is 230 km from Quebec City); a suburb nearer than this says nothing. A city
# of a million or more, or a capital, keeps its name: "Sao Paulo" beside Ribeirao Preto, "Lima"
# beside Huacho are the cities.
REGION_TOWN_KM = 150
REGION_NAMED_CITY_MAX = 1_000_000


def _regions_of_named_towns(spans: list[_Span]) -> None:
    """A name read as a city abroad that is also the name of a first-level region of its country
    ("Quebec", "Oaxaca", "Chihuahua") is the region when the article names another town of the
    city's region, far from the city (REGION_TOWN_KM): a story naming Montreal means the province
    by "Quebec"; news calls the city "Quebec City". (Where states and towns share ISO codes, as in
    the US and Britain, the votes already tell them apart.)"""
    towns = [s.choice for s in spans if s.choice is not None and s.choice.kind == "city" and not s.demonym]
    for s in spans:
        c = s.choice
        if c is None or c.kind != "city" or s.paired or s.region_linked or not c.admin1 or "-" in c.admin1 \
                or c.population >= REGION_NAMED_CITY_MAX or gaz.is_capital(c) \
                or _CITY_WORD.search(s.text):  # "Quebec City" says which
            continue
        region = next((o for o in s.candidates if o.feature == "ADM1" and o.primary
                       and o.country_code == c.country_code), None)
        if region is not None and any(t.admin1 == c.admin1 and t.id != c.id and t.lat is not None
                                      and gaz.distance_km(t.lat, t.lon, c.lat, c.lon) > REGION_TOWN_KM
                                      for t in towns):
            s.choice, s.resolved_by = region, "focus"


def _world_lists(art: _Article, spans: list[_Span]) -> None:
    """A list of three towns or more with a known city (KNOWN_CITY_POPULATION) of another country
    in it is a list of the world's cities: each of its bare names is its biggest city, when that is
    a known one too. "monitoring stations in London, Amsterdam and Sydney" in a story that names
    Canada once was London, Ontario; "Share prices in London, Frankfurt and Paris" in a story from
    Ohio had London and Paris in Ohio. A list of one country's towns ("Paris, Jackson and Memphis")
    is left to the votes."""
    for group in _town_lists(art, spans):
        read = [s.choice for s in group]
        for s in group:
            biggest = max((c for c in s.candidates if c.kind == "city"), key=lambda c: c.population)
            if s.paired or biggest is s.choice or biggest.population < KNOWN_CITY_POPULATION:
                continue
            if any(c.population >= KNOWN_CITY_POPULATION and c.country_code != s.choice.country_code for c in read):
                s.choice, s.resolved_by = biggest, "focus"


def _town_lists(art: _Article, spans: list[_Span]) -> list[list[_Span]]:
    """Runs of three or more towns the text lists one after another ("London, Amsterdam and Sydney")."""
    towns = sorted((s for s in spans if not s.demonym and s.choice is not None and s.choice.kind == "city"),
                   key=lambda s: s.start)
    runs, run = [], []
    for s in towns:
        if run and not _LIST_GAP.fullmatch(art.text, run[-1].end, s.start):
            runs.append(run)
            run = []
        run.append(s)
    runs.append(run)
    return [r for r in runs if len(r) >= 3]


def _seas_with_the(art: _Article, spans: list[_Span]) -> None:
    """English names a sea with "the" ("sank in the Red Sea", "across the Atlantic") and a region
    or a town named after it without ("Red Sea governorate", `kind_hint`; Atlantic, Iowa): a name
    read as a region or a town, after "the", whose readings include a sea of that name, with or
    without its "Ocean" or "Sea", is the sea. A sea lies in no country, so an "Egyptian official"
    in the story otherwise gives the name to Egypt's Red Sea governorate, and an American one
    "the Atlantic" to a town of 7,000 in Iowa. So is a region that spans countries ("the Sahel")."""
    for s in spans:
        if s.choice is None or s.choice.kind not in ("region", "city") or s.kind_hint \
                or _prev_word(art.doc, _first_token(art, s)) != "the":
            continue
        names = {gaz.key(s.text), gaz.key(s.text + " Ocean"), gaz.key(s.text + " Sea")}
        sea = next((c for c in s.candidates if (c.feature == "SEA" or c.feature == "RGN" and not c.country_code)
                    and gaz.key(c.name) in names), None)   # "the Sahel": the region of many countries, not
        # Burkina Faso's province of the name
        if sea is not None and sea != s.choice:   # "the European Union", read so already, stays "unique"
            s.choice, s.resolved_by = sea, "qualifier"
            for other in spans:   # the headline's bare "Sahel" is the same region
                if gaz.key(other.text) == gaz.key(s.text) and other.choice is not None and other.choice != sea \
                        and not other.paired and other.choice.kind in ("region", "city") and not other.kind_hint \
                        and sea in other.candidates:
                    other.choice, other.resolved_by = sea, "qualifier"


# A sea the article names pins down which of a name's towns lies on its coast: "migrants crossed the
# English Channel ... picked up off the coast of Dover" is Dover, Kent, not Dover, Delaware (each
# about 40,000 people). An ocean says nothing ("across the Atlantic"). A sea's point in the gazetteer
# is its middle, so the reach is wide: Peterhead lies 330 km from the North Sea's point.
SEA_REACH_KM = 600


def _towns_by_a_sea(spans: list[_Span]) -> None:
    """A town left to its size alone, or unresolved, whose readings lie in one country within
    SEA_REACH_KM of a sea the article names, is that country's biggest such reading."""
    seas = [s.choice for s in spans if s.choice is not None and s.choice.feature == "SEA"
            and "Ocean" not in s.choice.name and s.choice.lat is not None]
    for s in spans if seas else ():
        if s.resolved_by not in ("population", "") or s.paired or s.demonym or not s.candidates:
            continue
        near = [c for c in s.candidates if _local(c) and c.feature != gaz.POSTAL and any(
            gaz.distance_km(c.lat, c.lon, sea.lat, sea.lon) <= SEA_REACH_KM for sea in seas)]
        if near and len({c.country_code for c in near}) == 1:
            s.choice, s.resolved_by = max(near, key=lambda o: o.prior), "focus"


def _first_token(art: _Article, s: _Span) -> int:
    """The index of the span's first token (its start when it starts inside a token)."""
    tok = _token_span(art.doc, s.start, s.end)
    return tok.start if tok is not None else 0


# `_doubt`: a town chosen for its size alone lying this far from every place the article pins down,
# when it is smaller than this, is more often a namesake than the place meant ("Richmond" picked as
# Richmond, Virginia in an article whose other places are all in Kentucky).
FAR_FROM_FOCUS_KM = 500
DOUBT_MAX_POPULATION = 500_000


def _doubt(spans: list[_Span], datelines: frozenset | set = frozenset()) -> None:
    """Unresolved beats wrong: an ambiguous town or county none of whose readings fits the region
    of the article's other places ("Hyde Park" in a story from Tampa is not Boston's) loses its
    coordinates; it keeps its country when every reading of the name is in that country and another
    name of the article lies there ("Anglers in Waterville" in a story from Kerry: every Waterville
    the gazetteer knows is American, none is the story's). One
    chosen outside that region takes instead its reading near the places the text pins down
    (`_near_anchors`), when it has one. A known city in a dateline in capitals (`datelines`: the
    spans' ids) is where the story was filed, far as it may be from where it happened: "GENEVA,
    Feb 14 (Reuters) - Cholera cases in northern Mozambique ..."."""
    anchors = [s.choice for s in spans if s.choice is not None and not s.demonym and _local(s.choice)
               and (s.resolved_by in ("qualifier", "unique") or _anchor(s) is s.choice)] + _agreeing(spans)
    if not anchors:
        return
    region: dict[str, set] = defaultdict(set)  # state or country -> the names placing something there
    for s in spans:
        if s.choice is not None:
            for code in (s.choice.admin1, s.choice.country_code):
                region[code].add(gaz.key(s.text))
    for s in spans:
        c = s.choice
        if c is None or s.resolved_by not in ("population", "focus") or not _local(c) or c in anchors \
                or c.population >= DOUBT_MAX_POPULATION and not _county_abroad_of_its_story(c, region) \
                or _own_name_of_one(s) or id(s) in datelines and c.population >= KNOWN_CITY_POPULATION:
            continue
        own = gaz.key(s.text)
        if _fits(c, anchors, region, own):
            continue
        near = [o for o in s.candidates if _local(o) and o.country_code == c.country_code
                and _near_anchors(o, anchors)]
        if near:
            s.choice, s.resolved_by = max(near, key=lambda o: o.prior), "focus"
        elif not any(_fits(o, anchors, region, own) for o in s.candidates):
            _unresolve(s)
            if not region.get(c.country_code, set()) - {own}:
                s.country_hint = None


# `_toss_ups`: a city chosen by size alone is a guess when a city of another country bears the
# same name as its own and has TOSS_UP_SHARE of its people or more. "Newcastle" in a football
# report that names no country was Newcastle, New South Wales (508,000 people), not Newcastle upon
# Tyne (300,000) nor Newcastle, KwaZulu-Natal (405,000): no coordinates rather than a coin toss.
TOSS_UP_SHARE = 0.5


def _toss_ups(spans: list[_Span]) -> None:
    """Unresolved beats a guess: a city chosen by population alone (`resolved_by` "population") whose
    name a city of another country of comparable size bears too (TOSS_UP_SHARE) loses its
    coordinates and country."""
    for s in spans:
        c = s.choice
        if c is None or s.resolved_by != "population" or c.kind != "city":
            continue
        if any(o.kind == "city" and o.primary and o.country_code != c.country_code
               and o.population >= TOSS_UP_SHARE * c.population for o in s.candidates):
            s.choice, s.resolved_by = None, ""


# `_small_towns_abroad`: a town of fewer people than this, chosen by population alone abroad
SMALL_TOWN_ABROAD = 50_000


def _small_towns_abroad(spans: list[_Span]) -> None:
    """Unresolved beats wrong: a small town (SMALL_TOWN_ABROAD) chosen by population alone in a
    country none of the article's other places lies in, while those all lie in one country, loses
    its coordinates and country: "Glencoe" in a story from Fort William and the Highland had been
    Glencoe, South Africa (the Highland village is no town of the gazetteer)."""
    homes = {s.choice.country_code for s in spans
             if s.choice is not None and s.resolved_by in ("qualifier", "unique", "focus")}
    if len(homes) != 1:
        return
    for s in spans:
        c = s.choice
        if c is not None and s.resolved_by == "population" and c.kind == "city" and c.population < SMALL_TOWN_ABROAD \
                and c.country_code not in homes:
            _unresolve(s)


# `_doubt`: a town chosen far from the article's region (no other name in its state, no pinned
# place within FAR_FROM_FOCUS_KM) yields to its namesake within NEAR_ANCHOR_KM of NEAR_ANCHORS
# places the text pins down: "Alexandria" in a flood story from Fargo and Wahpeton is Alexandria,
# Minnesota (150 km away), not the bigger Alexandria, Virginia; one pinned place is too little
# ("Rochester" in an Atlanta story naming Chicago is still New York's).
NEAR_ANCHOR_KM = 250
NEAR_ANCHORS = 2


def _near_anchors(c, anchors: list) -> bool:
    """`c` lies within NEAR_ANCHOR_KM of NEAR_ANCHORS different places the text pins down."""
    near = {f.id for f in anchors if gaz.distance_km(c.lat, c.lon, f.lat, f.lon) <= NEAR_ANCHOR_KM}
    return len(near) >= NEAR_ANCHORS


def _agreeing(spans: list[_Span]) -> list:
    """Towns and counties of two names chosen within NEAR_KM of each other: each pins the other
    down ("Rogersville" and "Greene County", both in Missouri) though neither is unique."""
    local = {}
    for s in spans:
        if s.choice is not None and not s.demonym and _local(s.choice):
            local.setdefault(gaz.key(s.text), s.choice)
    items = list(local.items())
    return [c for k, c in items if any(k2 != k and c2.id != c.id and
                                       gaz.distance_km(c.lat, c.lon, c2.lat, c2.lon) < NEAR_KM for k2, c2 in items)]


def _own_name_of_one(s: _Span) -> bool:
    """The chosen town is the only one bearing the name as its own (Pittsburgh, Pennsylvania; the
    Pittsburgs of Kansas and California are other spellings): no namesake to confuse it with."""
    return s.choice.primary and sum(1 for c in s.candidates if c.primary and _local(c)) == 1


# A village (under VILLAGE people) that the votes of the article chose over a namesake
# NAMESAKE_RATIO times bigger, with no other town of the article within FAR_FROM_FOCUS_KM, is
# likely a far-away namesake: "trains between Perth and Inverness" (no other clue) was Inverness,
# Queensland (539 people, 3,600 km from the Perth the country vote came from), and an LGL story
# from Ontario put "Oxford" (the county) in Oxford, Nova Scotia. Unresolved beats wrong.
VILLAGE = 5_000
NAMESAKE_RATIO = 10


def _far_villages(spans: list[_Span]) -> None:
    """Leave a far-away namesake village (see VILLAGE) unresolved, with its country only when
    every reading of the name shares it."""
    towns = [(gaz.key(s.text), s.choice) for s in spans if s.choice is not None and _local(s.choice)]
    paired = {s.choice.id for s in spans if s.paired and s.choice is not None}
    for s in spans:
        c = s.choice
        if c is None or s.resolved_by not in ("population", "focus") or not _local(c) or c.population >= VILLAGE \
                or c.id in paired:  # "Hamilton, Bermuda" (902 people) told which Hamilton it is
            continue
        big = max(s.candidates, key=lambda o: o.population)
        own = gaz.key(s.text)
        if big.population < NAMESAKE_RATIO * max(c.population, 1) or big.lat is not None \
                and gaz.distance_km(c.lat, c.lon, big.lat, big.lon) <= FAR_FROM_FOCUS_KM or any(
                key != own and gaz.distance_km(c.lat, c.lon, o.lat, o.lon) <= FAR_FROM_FOCUS_KM for key, o in towns):
            continue   # "Conwy": the town, in the county of its name
        _unresolve(s)


# A small town that is the gazetteer's one reading of its name, far from every place the article
# pins down by a qualifier or a dateline, is more often an unlisted namesake there than itself:
# "a barn fire in the Liberty Hill community" in a TOCCOA, Ga. story was Liberty Hill, Texas.
LONE_READING_MAX = 20_000


def _far_lone_readings(spans: list[_Span]) -> None:
    """Leave such a lone reading (see LONE_READING_MAX) without coordinates, with its country."""
    pinned = [s.choice for s in spans if s.choice is not None and _local(s.choice) and (s.paired or s.dateline)]
    if not pinned:
        return
    region = {s.choice.admin1 for s in spans if s.choice is not None and s.resolved_by != "unique"}
    for s in spans:
        c = s.choice
        if c is None or s.resolved_by != "unique" or c.kind != "city" or c.population >= LONE_READING_MAX \
                or s.paired or s.dateline or c.admin1 in region or c.lat is None or any(
                    gaz.distance_km(c.lat, c.lon, p.lat, p.lon) <= FAR_FROM_FOCUS_KM for p in pinned):
            continue
        _unresolve(s)


def _follow_unplaced_pairs(art: _Article, by_key: dict[str, list[_Span]]) -> None:
    """The bare mentions of a name whose first qualified mention put it in a country no reading of it
    lies in are that place too, unplaced: "Dallas, a village of about 300 people in Moray ... who has
    lived in Dallas for 40 years" is not Texas (`_none_in_its_region`). Not after a pair set apart."""
    for group in by_key.values():
        placed = {id(s): s for s in group if not s.candidates and not s.set_apart
                  and (s.within is not None or s.paired and s.country_hint)}
        codes = {s.within.country_code if s.within is not None else s.country_hint for s in placed.values()}
        bare = [s for s in group if id(s) not in placed]
        first_bare = min((s.start for s in bare if not _in_title(art, s.start)), default=len(art.text))
        if len(codes) != 1 or min(s.start for s in placed.values()) > first_bare:
            continue   # only a first mention says where the name is: "Birmingham's bin strike ... Birmingham, Alabama"
        code = codes.pop()
        for s in bare:
            if s.choice is not None and s.choice.country_code != code:
                s.choice, s.resolved_by, s.country_hint = None, "", code


def _unresolve(s: _Span) -> None:
    """No reading for the span, and its country only when every reading shares it."""
    codes = {o.country_code for o in s.candidates}
    s.choice, s.resolved_by = None, ""
    s.country_hint = codes.pop() if len(codes) == 1 else None


def _county_abroad_of_its_story(c, region: dict[str, set]) -> bool:
    """A US county of any size in a story no other name of which lies in the US: "Smaller hospitals
    in Middlesex County" in an Ontario story is Ontario's county, which the gazetteer lacks."""
    return c.feature == "ADM2" and c.country_code == "US" and not region.get("US", set()) - {gaz.key(c.name)}


def _fits(c, anchors: list, region: dict[str, set], own: str) -> bool:
    """A reading lies in the article's region: in a state where another of its names lies, within
    FAR_FROM_FOCUS_KM of a place it pins down, or abroad in a country another name lies in (there
    the gazetteer's town and region codes differ)."""
    if region.get(c.admin1, set()) - {own} or c.country_code != "US" and region.get(c.country_code, set()) - {own}:
        return True
    return c.lat is not None and any(gaz.distance_km(c.lat, c.lon, f.lat, f.lon) <= FAR_FROM_FOCUS_KM
                                     for f in anchors)


def _candidates(spans: list[_Span], text: str) -> dict[str, list[_Span]]:
    """Look every span up (a demonym is resolved to its country at once); the spans by name key."""
    by_key: dict[str, list[_Span]] = defaultdict(list)
    named = {gaz.key(s.text) for s in spans if not s.demonym}
    for s in spans:
        if s.demonym:
            s.choice = gaz.country(s.demonym) if not s.demonym.startswith("@") else gaz.continent(s.demonym[1:])
            s.resolved_by = "unique"
            continue
        _city_of(s, named, text)
        found = gaz.lookup(s.core or s.text)
        if s.kind_hint == "region":
            found = tuple(c for c in found if c.kind == "region") or found
        elif s.kind_hint == "city" and s.source in PLACE_LABELS:  # the text says town: no country of the name
            found = tuple(c for c in found if c.kind == "city" and (not s.village or c.population < VILLAGE_MAX))
        if s.core and _admin_of(s.text):  # "City of Turkey" (Texas) is a town, not the country
            found = tuple(c for c in found if (c.kind in _admin_kinds(s.text) or c.feature in _admin_kinds(s.text))
                          and (c.primary or _a_form_of(s.core, c)))
        if _dotted_abbreviation(s.text):
            found = tuple(c for c in found if c.kind != "city" or c.population >= MIN_ABBREVIATED_CITY)
        found = tuple(c for c in found if not _own_name_in_capitals(s.text, c))  # "IE 7": not Ie, Japan
        if s.text in PLANETS_OF_NO_TOWN:
            found = ()  # the planet: a place of no map ("life on Earth" is not Earth, Texas)
        s.candidates = _without_other_towns(s.core or s.text, found) or gaz.postal_towns(s.core or s.text)
        by_key[gaz.key(s.core or s.text)].append(s)
    return by_key


# News abbreviates with dots states, countries and only the largest cities ("L.A.", "N.Y.C."): a
# dotted abbreviation matching a smaller town does so through its airport code or a local short
# form ("N.Va", AP's Northern Virginia, is Neiva, Colombia's code), not what the writer meant.
MIN_ABBREVIATED_CITY = 1_000_000
_DOTTED = re.compile(r"^(?:[A-Z][a-z]{0,3}\.\s?)+[A-Z]?[a-z]{0,3}\.?$")


def _dotted_abbreviation(name: str) -> bool:
    """"N.Va", "No. Va.", "L.A.", "Ga.": short pieces with dots; not "St. Lo" nor "Ft. Worth"."""
    return bool(_DOTTED.match(name)) and name.split(".")[0] not in ("St", "Ste", "Ft", "Mt")


def _unplaced_abbreviation(s: _Span) -> bool:
    """A dotted abbreviation that names no state, country or large city ("O.D. Wyatt High
    School", "take D.A. office", "S.E. Paris") is an initial, a title or a direction: no place."""
    return not s.demonym and not s.candidates and not s.core and _dotted_abbreviation(s.text)


_CITY_WORD = re.compile(r"\s+(?:City|Town|Township)$")


def _city_of(s: _Span, named: set[str], text: str) -> None:
    """"Dublin City" (Council), "Hanover Town" (officials): the town named, when the gazetteer
    knows the longer name only as another place's alternate (Dublin, Ireland; a hamlet of 250 in
    Virginia). "Kansas City", "Carson City" are their own names and stay. "Logan City Council met
    ... Logan, Utah": "X City" is the town X also when the article names X alone (`named`) as a
    town, whatever else the gazetteer calls "X City" (Logan City, Queensland); not when X alone is
    a state or country ("Kansas City" beside "Kansas"). "Bristol City Council" is Bristol's, when
    what is called "Bristol City" is no town (a county-like city of Virginia)."""
    base = _CITY_WORD.sub("", s.text)
    if s.core or s.demonym or base == s.text:
        return
    if gaz.key(base) in named:
        found = gaz.lookup(base)
        if found and found[0].kind == "city" and found[0].primary:   # not "the Cape" (Buxton's) for Cape Town
            s.core = base
            return
    longer = gaz.lookup(s.text)
    if any(c.primary for c in longer) and not (text.startswith(" Council", s.end)
                                               and not any(c.primary and c.kind == "city" for c in longer)):
        return   # "Alexandria City Public Schools" (LGL) are Virginia's county-like city's
    if any(c.primary and c.kind == "city" for c in gaz.lookup(base)):
        s.core = base


def _own_name_in_capitals(text: str, c) -> bool:
    """Two or three capitals are an abbreviation ("LA", "NY", "UK"), read as what it abbreviates, never
    as a town whose own name it is in capitals (Ie, Japan; Uk, Russia; Or, Sweden)."""
    return 2 <= len(text) <= 3 and text.isalpha() and text.isupper() and c.name.upper() == text


def _without_other_towns(name: str, found: tuple) -> tuple:
    """Towns known by `name` only as an alternate that is no form of their own name (Beeville,
    Texas, once called Maryville) are dropped when towns bear it as their own: an old or local
    name should not pull "Maryville" to Texas because the article names Fort Worth. Forms of the
    own name stay ("Kingston" for Kingston upon Thames, "St. Paris" for Saint Paris, "De Kalb")."""
    if not any(c.primary and c.kind == "city" for c in found):
        return found
    return tuple(c for c in found if not _by_another_name(name, c, MIN_TOWN_ALTERNATE))


def _by_another_name(name: str, c, below: int) -> bool:
    """A town under `below` people that `name` reaches only as an alternate, no form of its own name."""
    return c.kind == "city" and not c.primary and c.population < below and not _a_form_of(name, c)


def _a_form_of(name: str, c) -> bool:
    """`name` is a form of the candidate's own name ("Kingston" of Kingston upon Thames)."""
    k, own = _name_form(name), _name_form(c.name)
    return _contains_words(own, k) or _contains_words(k, own)


def _name_form(name: str) -> str:
    """The key of a name with "Saint" and "Mount" spelt short ("Saint George" -> " st george ")."""
    k = re.sub(r"\b(?:saint|ste?)\b", "st", re.sub(r"\b(?:mount|mt)\b", "mt", gaz.key(name)))
    return f" {k} "


def _contains_words(longer: str, shorter: str) -> bool:
    return shorter in longer or shorter.replace(" ", "") in longer.replace(" ", "")


def _link_regions(spans: list[_Span], by_key: dict[str, list[_Span]]) -> None:
    """"Kursk region" in the article: a lone "Kursk" means the same region."""
    regions = {gaz.key(s.text.rsplit(" ", 1)[0]): s for s in spans if s.kind_hint == "region" and s.candidates}
    for k, group in by_key.items():
        if k in regions:
            region = regions[k].candidates[0]
            for s in group:
                if s.kind_hint != "region":
                    s.candidates = (region,) + tuple(c for c in s.candidates if c.id != region.id)
                    s.region_linked = True


# An airport the article names after a town ("Manhattan Regional Airport", "Spartanburg
# International Airport") says which of the town's namesakes the story is about: the one it
# serves, Manhattan, Kansas, not the New York borough. The town lies within this distance of its
# airport (Washington Dulles is 40 km from the capital).
AIRPORT_TOWN_KM = 80
_AIRPORT_AFTER = r"((?: [A-Z][\w.'’-]*){0,3}) (?:Airport|Airfield|Jetport)\b"
_AIRPORT_WORD = re.compile(r"\b(?:Airport|Airfield|Jetport)\b")
AIRPORT_WINDOW = 160   # characters before an airport word: a town's name and three more words


def _served_by_airport(art: _Article, by_key: dict[str, list[_Span]]) -> None:
    """A town's name followed in the text by an airport's name the gazetteer knows as one airport:
    its reading nearest that airport, when within AIRPORT_TOWN_KM, is the town meant, as if the
    text qualified it ("Manhattan, Kan.")."""
    # the text before each "Airport", read once: searching the whole text for each name was
    # quadratic on a long one
    windows = [art.text[max(0, m.start() - AIRPORT_WINDOW):m.end()] for m in _AIRPORT_WORD.finditer(art.text)]
    for group in by_key.values() if windows else ():
        s = group[0]
        if s.demonym or s.paired or len([c for c in s.candidates if _local(c)]) < 2:
            continue
        airport = _airport_after(windows, s.text)
        if airport is None or any(c.id == airport.id for c in s.candidates):
            continue  # "the Stansted expansion": a name of the airport itself, not of its village
        near = [(gaz.distance_km(c.lat, c.lon, airport.lat, airport.lon), c) for c in s.candidates if _local(c)]
        km, town = min(near, key=lambda pair: pair[0])
        if km <= AIRPORT_TOWN_KM:
            for mention in group:
                mention.candidates, mention.region_linked = (town,), True


def _airport_after(windows: list[str], name: str):
    """The one airport the gazetteer knows by `name` and the words after it ("Manhattan" +
    " Regional Airport"), at its first such occurrence in the text (`windows`: the text before
    each airport word)."""
    pattern = re.compile(rf"\b{re.escape(name)}{_AIRPORT_AFTER}")
    m = next((found for w in windows if (found := pattern.search(w)) is not None), None)
    if m is None:
        return None
    airports = _airports_named(m.group(0))
    if not airports:  # "London International Airport" for what the gazetteer calls "London Airport"
        airports = {a.id: a for v in _airport_grade_variants(m.group(0)) for a in _airports_named(v)}.values()
    return next(iter(airports)) if len(airports) == 1 else None


def _airports_named(name: str) -> list:
    return [c for c in gaz.lookup(name) if c.feature == "AIRP" and c.lat is not None]


# `_airport_grade_variants`: news adds or drops an airport's grade word as it likes: "London
# International Airport" is the one airportsdata calls "London Airport" (London, Ontario), and
# "Augusta Airport" may be "Augusta Regional Airport".
AIRPORT_GRADES = ("International", "Regional", "Municipal")


def _airport_grade_variants(name: str) -> list[str]:
    """`name` ("London International Airport") without its grade word, and with each other."""
    *words, last = name.split()
    core = [w for w in words if w not in AIRPORT_GRADES]
    variants = [" ".join([*core, last])] + [" ".join([*core, grade, last]) for grade in AIRPORT_GRADES]
    return [v for v in variants if v != name]


def _pair_with_regions(art: _Article, spans: list[_Span]) -> None:
    """"City, Region": keep the city's candidates inside the region that follows (abroad also a
    county: "Camberley, Surrey"; US counties are written "X County"), else its county
    there ("Wake, N.C." is Wake County), else none: the place is in that region's country but no
    reading of the name lies there. The pair decides that mention only: the region after the comma
    is a qualifier and casts no vote for the article's other names ("Hillsborough, N.H." in a list
    of bellwether counties does not move the article's Hillsborough County, Florida)."""
    for a, b in zip(spans, spans[1:]):
        between = art.text[a.end:b.start]
        postal = _postal_regions(a, b) if between.strip() == "," else []  # "Rochester, MN": no name in `lookup`
        # "AURANGABAD (BIHAR):", Indian papers' dateline, qualifies as a comma does
        bracketed = between.strip() == "(" and art.text.startswith(")", b.end)
        if between.strip() != "," and not bracketed or not (b.candidates or postal) or a.demonym \
                or a.kind_hint not in (None, "city") \
                or art.text.startswith(("'s", "’s"), b.end):
            continue  # "Carlos Moya, Spain's Davis Cup hero": an apposition, no qualifier
        outers = postal or [c for c in b.candidates if c.kind in ("country", "region")
                            and (c.feature != "ADM2" or gaz.county_abroad(c, b.candidates))
                            and not b.text.endswith(" City")]   # "Toronto, Montreal, Quebec City and Halifax"
        if a.candidates and _state_of(a.candidates[0], outers) and any(o.kind == "country" for o in outers):
            a.candidates = a.candidates[:1]   # "Queensland, Australia": the state, not a hamlet of Alberta
        if not outers or a.candidates and (a.candidates[0].kind in ("country", "continent")
                                           and not _abbreviated_state(art, b, outers, postal)
                                           and not _town_of_a_province(a, outers)
                                           or _state_of(a.candidates[0], outers)) or _modifier(art.doc, b):
            continue  # "Russia, U.S. officials said", "Wisconsin, Minnesota", "the Indiana, Ill., border": a list
        for outer in outers:  # "Atlanta, Georgia": the Georgia that has an Atlanta
            inside = tuple(c for c in a.candidates if gaz.inside(c, outer)) or _counties_in(a.text, outer) \
                or (_nearest_inside(a.candidates, outer) if postal else ()) or _alternates_inside(a, outer) \
                if outer.feature != "ADM2" else tuple(c for c in a.candidates if gaz.near_county(c, outer))
            if inside:
                a.candidates, a.paired, b.candidates, b.qualifies = _nearest_only(inside, outer), True, (outer,), True
                a.dateline = b.dateline = _line_start(art.text, a.start) or _caps_dateline(art.text, a, b)
                # news qualifies a place at its first mention: after a bare "Birmingham's bin strike",
                # "a delegation from Birmingham, Alabama" sets that one apart and says nothing of the rest
                # (not a dateline, also one run into the text: "... of local schools. Springfield, Ohio —
                # Butler Tech has ...", after a headline's bare "Springfield's finances")
                a.set_apart = b.set_apart = not a.dateline and not _DASH_AFTER.match(art.text, b.end) and any(
                    x.start < a.start and gaz.key(x.text) == gaz.key(a.text) and not _in_title(art, x.start)
                    for x in spans)
                break
        else:
            if len(outers) == 1 and (outers[0].kind == "country" and _closes_a_pair(art, a, b)
                                     or outers[0].kind == "region" and outers[0].country_code == "US"
                                     or outers[0].feature == "ADM2" and _a_county_alone(art.text, b)
                                     and _all_far_from(a.candidates, outers[0])
                                     and not _LIST_GOES_ON.match(art.text, b.end)):
                # certain of the country, though no reading of the name lies in that state or
                # country ("St Thomas, Jamaica" is no Canadian town; US towns carry their state's
                # code; abroad, "inside" a region is only a distance guess, but a county's town
                # lies near it: "Kells, Co Kilkenny" is not the Meath town 130 km away)
                a.candidates, a.paired, b.qualifies = (), True, True
                a.country_hint = outers[0].country_code


def _a_county_alone(text: str, county: _Span) -> bool:
    """Is `county` surely a county, so that "Town, County" qualifies: written so ("Co Kilkenny"),
    or with no other name after it ("Moscow, East Ayrshire, a hamlet"; not "Shrewsbury, North
    Dorset, Liverpool", a list)?"""
    return county.kind_hint == "region" or not _NAME_LISTED_AFTER.match(text, county.end)


_NAME_LISTED_AFTER = re.compile(r",\s+[A-Z]")


_LIST_GOES_ON = re.compile(r"\s+(?:and|or)\b")   # "in Sharon, Cornwall and Salisbury": three Connecticut towns


def _town_of_a_province(town: _Span, outers: list) -> bool:
    """A country's name before a first-level region that holds a town of that name: "hotels around
    Liberia, Guanacaste" are in Costa Rica's Liberia, not the country."""
    return any(c.kind == "city" and gaz.inside(c, o) for c in town.candidates for o in outers if o.feature == "ADM1")


def _all_far_from(candidates, county) -> bool:
    """No reading lies within twice a county's reach of its point (`gaz.COUNTY_KM`)."""
    return all(c.lat is None or county.lat is None
               or gaz.distance_km(c.lat, c.lon, county.lat, county.lon) > 2 * gaz.COUNTY_KM for c in candidates)


def _state_of(first, outers: list) -> bool:
    """A first-level region before a comma and a region or country of its own country after it is a
    list ("Wisconsin, Minnesota", "Alberta, Canada"); before another country's region it is a town:
    "a firm in Victoria, Texas" (not the Australian state), "Ontario, California"."""
    return first.feature == "ADM1" and any(o.country_code == first.country_code for o in outers)


def _abbreviated_state(art: _Article, region: _Span, outers: list, postal: list) -> bool:
    """"Mexico, Mo.", "Peru, Ind.", "Lebanon, OR": a state written as news abbreviates it after a
    comma qualifies a town, even one named for a country; no list of countries runs on into a
    state's abbreviation (a state's name does: "the Indiana, Ill., border" is two states)."""
    short = len(region.text.rstrip(".")) <= 5 and (region.text.endswith(".") or art.text.startswith(".", region.end))
    return bool(postal) or short and all(o.kind == "region" and o.country_code == "US" for o in outers)


_DASH_AFTER = re.compile(r"\.?\s*(?:—|–|--|-\s)")
_TITLE_WORDS = 12   # a first sentence this short may be a headline run into the text


def _in_title(art: _Article, start: int) -> bool:
    """Is `start` in the text's first line or in a first sentence short enough to be its headline
    ("Gulf-war vet to bike from Norman to D.C.. He's a long way from home ... his hometown of
    Norman, Okla."): a headline's bare name is no first mention the body's pair sets itself apart from."""
    if start < headline_end(art.text):
        return True
    if not art.doc.has_annotation("SENT_START"):
        return False
    first = next(iter(art.doc.sents), None)
    return first is not None and start < first.end_char and len(first) <= _TITLE_WORDS


def _closes_a_pair(art: _Article, town: _Span, country: _Span) -> bool:
    """Is "Town, Country" a town and its country, though no reading of the town lies there ("a
    concert in St Thomas, Jamaica, in January")? Not a list ("to London, Singapore and Kuala
    Lumpur", "Philips, Alcatel, France Telecom"), nor a country that opens the next clause ("in
    the draw in Paris, Ireland face ...", "If admitted into the EU, Turkey would"), nor a body or
    a region before the comma."""
    text = art.text
    if any(c.kind not in ("city", "place") for c in town.candidates) \
            or re.search(r",\s*$", text[max(0, town.start - 3):town.start]):
        return False
    after = art.doc.char_span(country.end, min(len(text), country.end + 12), alignment_mode="expand")
    nxt = next((t for t in after if not t.is_space), None) if after is not None else None
    return nxt is None or nxt.is_punct and nxt.text != "," or nxt.text == "," and nxt.i + 1 < len(art.doc) \
        and art.doc[nxt.i + 1].pos_ in ("ADP", "DET", "ADV", "SCONJ", "PRON")


def _postal_regions(town: _Span, code: _Span) -> list:
    """A two-letter code after a town is its state's or province's postal code when one of the
    town's countries has a region of that code: "Montreal, QC" is in Quebec, not Quezon City. The
    region holding the biggest reading of the town comes first: "Aurora, IL" is Illinois's Aurora,
    not a village of Romania, whose Ialomita county is RO-IL."""
    regions = _regions_coded(code.text, {c.country_code for c in town.candidates})
    return sorted(regions, key=lambda r: -max((c.population for c in town.candidates if gaz.inside(c, r)), default=-1))


def _regions_coded(code: str, countries: set[str]) -> list:
    """The first-level regions of these countries whose postal code is `code` (two capitals)."""
    if len(code) != 2 or not code.isupper():
        return []
    found = (gaz.subdivision(f"{cc}-{code}") for cc in sorted(countries))
    return [region for region in found if region is not None]


def _alternates_inside(town: _Span, outer) -> tuple:
    """The towns of the region known by the name as an alternate only, which `_without_other_towns`
    set aside for namesakes that bear it as their own: "Lucerne, Switzerland" is Luzern, though
    two Californian Lucernes bear the name."""
    return tuple(c for c in gaz.lookup(town.core or town.text) if c.kind == "city" and gaz.inside(c, outer))


# A province is bigger than INSIDE_REGION_KM: Montreal lies 790 km from Quebec's centre.
POSTAL_REGION_KM = 1_500


def _nearest_inside(options, region) -> tuple:
    """The reading of the region's country nearest its centre, within POSTAL_REGION_KM."""
    near = [(gaz.distance_km(c.lat, c.lon, region.lat, region.lon), i) for i, c in enumerate(options)
            if c.country_code == region.country_code and c.lat is not None and region.lat is not None]
    return (options[min(near)[1]],) if near and min(near)[0] < POSTAL_REGION_KM else ()


# "Hyde Park in London", "Ballard in Seattle": a part of a town lies within this distance of it.
PART_OF_TOWN_KM = 50


def _town_and_its_quarter(art: _Article, town: _Span, part: _Span) -> bool:
    """"Seattle's Ballard neighborhood": a town's possessive, then a name and a noun of a part of a
    town, as "Ballard in Seattle"."""
    after = WORD.match(art.text, part.end + 1)
    return art.text[town.end:part.start] in ("'s ", "’s ") and art.text[part.end:part.end + 1] == " " \
        and after is not None and after.group().lower() in QUARTER_NOUNS


def _pair_in_towns(art: _Article, spans: list[_Span]) -> None:
    """"A in B" or "B's A neighborhood" (`_town_and_its_quarter`), B a town: A is a part of B, so
    only readings of A and B within PART_OF_TOWN_KM of each other stay. "Homes near Hyde Park in
    London" is the London park, not a Hyde Park of New
    York beside a Kensington; "Ballard in Seattle" is not Ballard, Utah, the one Ballard the
    gazetteer knows: a name with no reading near B takes B's point (`_parts_of_towns`). A name
    with any other reading (a country, a state, an airport) is left alone."""
    for first, second in zip(spans, spans[1:]):
        gap = art.text[first.end:second.start]
        a, b = (first, second) if gap == " in " or _IN_GAP.fullmatch(gap) and _all_towns(first) else \
            (second, first) if _town_and_its_quarter(art, first, second) else (None, None)
        if a is None or a.paired or a.region_linked or a.demonym or b.demonym or not b.candidates:
            continue
        if a is first and (_town_in_its_region(a, b) or _none_in_its_region(a, b)):
            continue
        towns = [c for c in b.candidates if _local(c) and c.kind == "city"]
        likeliest = max(b.candidates, key=lambda c: c.prior)
        if not towns or not all(_local(c) for c in a.candidates) or not _local(likeliest):
            # A a country, a state, an airport ("O'Hare International Airport in Chicago"); B likeliest a
            # country, not a village of its name ("near Quelimane in Mozambique")
            continue
        near = {(c, t) for c in a.candidates for t in towns
                if gaz.distance_km(c.lat, c.lon, t.lat, t.lon) < PART_OF_TOWN_KM}
        a.candidates = tuple(c for c in a.candidates if any(c is p for p, _ in near))
        if near:  # not `paired`: B may still be any of its towns near an A, so nothing is pinned yet
            a.region_linked, b.candidates = True, tuple(c for c in b.candidates if any(c is t for _, t in near))
        else:
            a.part_of = b


# The two ends of a stretch, "between A and B", lie within ROUTE_KM of each other: "Trains between
# Perth and Inverness" run in Scotland, not from Australia's Perth. Not "from A to B": a journey may
# cross the world ("From Newcastle to George", 1,300 km in South Africa, has American namesakes near
# each other).
ROUTE_KM = 700
_ROUTE_OPENS = re.compile(r"\b[Bb]etween $")


def _route_ends(art: _Article, spans: list[_Span]) -> None:
    """Keep only the readings of each end that have a reading of the other end near them, when
    both keep some: Inverness leaves Perth only Scotland's, while "between Perth and Longford" in
    Tasmania keeps Tasmania's and Britain's and the article's focus chooses as before. Towns only."""
    for a, b in zip(spans, spans[1:]):
        if art.text[a.end:b.start] != " and " or not _ROUTE_OPENS.search(art.text, max(0, a.start - 8), a.start) \
                or a.paired or b.paired or a.demonym or b.demonym or not a.candidates or not b.candidates \
                or not all(_local(c) for c in (*a.candidates, *b.candidates)):
            continue
        _narrow_to_near(a, b, ROUTE_KM)


def _narrow_to_near(a: _Span, b: _Span, km: float) -> bool:
    """Keep only the readings of `a` and `b` within `km` of a reading of the other, when there are
    such; False when there are none."""
    near_a = tuple(c for c in a.candidates if any(_within(c, d, km) for d in b.candidates))
    near_b = tuple(d for d in b.candidates if any(_within(c, d, km) for c in near_a))
    if near_a:   # (then near_b too)
        a.route_end, b.route_end = len(near_a) < len(a.candidates), len(near_b) < len(b.candidates)
        a.candidates, b.candidates = near_a, near_b
    return bool(near_a)


NEAR_TOWN_KM = 60
_NEAR_BETWEEN = frozenset({" near ", ", near "})


def _near_ends(art: _Article, spans: list[_Span]) -> None:
    """"A near B" says both are close: "Sutton, near Ely" keeps Cambridgeshire's Sutton, and a town
    with no reading near any of B's is one the gazetteer does not know ("at Kingston near Lewes": not
    Kingston upon Thames, 70 km away), left without a point; B may be pinned itself ("near Lewes, in
    East Sussex"). Towns only."""
    for a, b in zip(spans, spans[1:]):
        if art.text[a.end:b.start] not in _NEAR_BETWEEN or a.paired or a.demonym or b.demonym \
                or not any(_local(c) for c in a.candidates) or not any(_local(c) for c in b.candidates):
            continue
        if not _narrow_to_near(a, b, NEAR_TOWN_KM):
            a.candidates = ()


def _within(c, d, km: float) -> bool:
    return gaz.distance_km(c.lat, c.lon, d.lat, d.lon) < km


# "the Ohio town of Athens", "the Victorian city of Ballarat": a region names the town's state
_REGION_TOWN_OF = re.compile(r" (?:town|city|village|suburb|hamlet|community) of ")


def _region_town_of(art: _Article, spans: list[_Span]) -> None:
    """"She was born in the Ohio town of Athens": the town's reading in that region, as "Athens,
    Ohio" (`_town_in_its_region`), not the Greek capital."""
    for region, town in zip(spans, spans[1:]):
        if _REGION_TOWN_OF.fullmatch(art.text, region.end, town.start) and not town.paired \
                and art.text[max(0, region.start - 4):region.start].lower() == "the ":
            _town_in_its_region(town, region)


# What joins a list's towns, and what ends the list before the region: "Athens, Columbus and a
# dozen other Georgia cities", "Macon and other Georgia towns".
_LIST_JOIN = re.compile(r",? (?:and|or) |, ")
_OTHER_TOWNS_OF = re.compile(r",? (?:and|or) (?:(?:a dozen|several|many|some|two|three|four|five|\d+) )?other ")
_TOWNS_AFTER = re.compile(r" (?:cities|towns|communities|villages|counties|municipalities|suburbs)\b")


def _listed_with_other_towns_of(art: _Article, spans: list[_Span]) -> None:
    """"So do Athens, Columbus and a dozen other Georgia cities": the towns listed before "other"
    and a region's towns are that region's (`_town_in_its_region`), as after a comma."""
    for i, region in enumerate(spans):
        if i == 0 or not _TOWNS_AFTER.match(art.text, region.end) \
                or not _OTHER_TOWNS_OF.fullmatch(art.text, spans[i - 1].end, region.start):
            continue
        k = i - 1
        while k >= 0 and not spans[k].paired and not spans[k].demonym:
            _town_in_its_region(spans[k], region)
            if k == 0 or not _LIST_JOIN.fullmatch(art.text, spans[k - 1].end, spans[k].start):
                break
            k -= 1


# Between a town and the place it lies in: "Ballard in Seattle", "Houston, in Renfrewshire",
# "Dallas, a village of about 300 people in Moray".
_IN_GAP = re.compile(r", in |, (?:an?|the) (?:small |tiny )?(?:village|town|hamlet|parish|suburb)\b[^,.;:]{0,40}? in ")


def _all_towns(s: _Span) -> bool:
    """A name whose readings are all towns: after a comma "in" may follow a film's title ("Beyond the
    Sea, in London's Leicester Square", where "Sea" is only an alternate name of Cea, Spain)."""
    return bool(s.candidates) and all(c.kind == "city" for c in s.candidates) and any(c.primary for c in s.candidates)


def _none_in_its_region(town: _Span, region: _Span) -> bool:
    """A town the text puts in a region no reading of it lies in has no point, only the region's
    country: "Dallas, a village of about 300 people in Moray" is no Texan city (the gazetteer knows
    no Dallas of Scotland). Only a region the name cannot be anything else than ("in Georgia": the
    country or the state) and a town whose readings are all towns."""
    regions = [c for c in region.candidates if c.kind == "region" and c.feature in ("ADM1", "ADM2")]
    if not regions or len(regions) != len(region.candidates) or len({c.country_code for c in regions}) > 1 \
            or not town.candidates or not all(c.kind == "city" for c in town.candidates):
        return False
    town.candidates, town.paired, town.country_hint = (), True, regions[0].country_code
    return True


def _town_in_its_region(town: _Span, region: _Span) -> bool:
    """"Dairy farms around Ashburton in Canterbury": a town "in" a state, province or county is
    the one of its readings there, as after a comma (Ashburton, New Zealand, not Devon's, with
    Canterbury the New Zealand region, not the English city); False when no reading lies in any."""
    for outer in (c for c in region.candidates if c.kind == "region" and c.feature in ("ADM1", "ADM2")):
        inside = tuple(c for c in town.candidates if c.kind == "city" and gaz.in_region(c, outer))
        if inside:
            # the region still votes for the article's focus, unlike a comma's qualifier: "branches in
            # Portland and Hamilton in Victoria's Western District" keeps Portland in Australia
            town.candidates, town.paired, region.candidates = inside, True, (outer,)
            return True
    return False


def _parts_of_towns(spans: list[_Span]) -> None:
    """"Hopkins Park in DeKalb", a park no gazetteer knows: the point of the town it is in."""
    for s in spans:
        town = s.part_of.choice if s.part_of is not None else None
        if s.choice is None and town is not None and _local(town):
            s.within, s.resolved_by = town, "qualifier"


def _capital_datelines(art: _Article, spans: list[_Span]) -> None:
    """A dateline in capitals with no state after it ("WASHINGTON —", "WASHINGTON (AP)") that
    names a country's capital is that capital, not a namesake town or region of its country:
    a wire story from Washington, Iowa is datelined "WASHINGTON, Iowa", so a WASHINGTON story
    that mentions a turkey from Iowa is the capital's. Readings in other countries stay, for the
    article's focus to choose among ("ATHENS —" in a Georgia paper is still the Georgia town)."""
    for s in spans:
        if s.paired or s.demonym or not _bare_dateline(art, s):
            continue
        capital = max((c for c in s.candidates if gaz.is_capital(c)), key=lambda c: c.population, default=None)
        if capital is not None:
            s.candidates = tuple(c for c in s.candidates if c is capital or c.country_code != capital.country_code)
            s.region_linked = True


_AGENCY_DASH = re.compile(r"\s*(?:\([A-Z][\w ]*\)\s*)?(?:--|—|–|\x97)\s")  # " (AP) —", " --"


def _bare_dateline(art: _Article, s: _Span) -> bool:
    """A name in capitals opening the text or a line, or before a dateline's dash ("(AP) —")."""
    return s.text.isupper() and len(s.text) > 2 and (
        s.dateline or _line_start(art.text, s.start) or _AGENCY_DASH.match(art.text, s.end) is not None)


def _counties_in(name: str, outer, state: str | None = None) -> tuple:
    """The county or parish of that name inside a US state ("Jefferson, Colo."), or inside the
    state of that ISO code."""
    if outer.kind not in ("country", "region") or outer.country_code != "US" or outer.kind == "country" and not state:
        return ()
    return tuple(c for suffix in (" County", " Parish") for c in gaz.lookup(name + suffix)
                 if c.feature == "ADM2" and (c.admin1 == state if state else gaz.inside(c, outer)))


def _text_votes(art: _Article, spans: list[_Span]) -> dict[str, tuple[Counter, Counter, set]]:
    """Votes from the text besides its place names, as (countries, states, points): the money it
    counts in, the US states inside its organisations' names."""
    votes = {}
    currency = _currency_vote(art.text, spans)
    if currency:
        votes["currency:"] = (currency, Counter(), set())
    org_states = _states_in_org_names(art, spans)
    if org_states:
        votes["org states:"] = (Counter({"US": sum(org_states.values())}), org_states, set())
    phone_states = _states_of_phone_numbers(art.text)
    if phone_states:
        votes["phone states:"] = (Counter({"US": sum(phone_states.values())}), phone_states, set())
    return votes


# A local paper prints local telephone numbers ("call 952-555-0142"): each area code's state gets
# this vote, once, as if the article named a town there. Toll-free codes (800, 888) lie in no state.
PHONE_STATE_VOTE = 1.0
_PHONE_NUMBER = re.compile(r"(?:\((\d{3})\) ?|\b(\d{3})[-.])\d{3}[-.]\d{4}\b")


def _states_of_phone_numbers(text: str) -> Counter:
    """The US states of the area codes of the text's telephone numbers, PHONE_STATE_VOTE each."""
    states = Counter()
    for m in _PHONE_NUMBER.finditer(text):
        state = gaz.area_code_state(m.group(1) or m.group(2))
        if state:
            states[state] = PHONE_STATE_VOTE
    return states


class _Named(NamedTuple):
    countries: frozenset        # named by name or demonym ("France", "French")
    with_regions: frozenset     # ... or by a province or state of theirs ("Ontario")


_NO_COUNTRIES_NAMED = _Named(frozenset(), frozenset())


def _vote(spans: list[_Span], by_key: dict[str, list[_Span]], text_votes: dict | None = None) -> None:
    """Context: the countries and states of the article's other places, the towns it pins down,
    and `text_votes` (`_text_votes`). Each name's own mentions are left out, so a wrong first
    guess cannot vote for itself."""
    voters = defaultdict(list, by_key)
    for s in spans:
        if s.demonym and s.choice is not None:
            voters[f"demonym:{s.demonym}"].append(s)
    # a name only inside organisations' names anchors nothing: the "New York Stock Exchange" beside
    # "the Paris, Amsterdam and Lisbon stock exchanges" does not make Amsterdam the New York town;
    # only in firms' and clubs' names is it no neighbour either: "Hull City fans" made "from Bristol"
    # Bristol, Rhode Island, beside Hull, Massachusetts (a public body's is: "the Douglas County
    # Sheriff's Office" and "Alexandria" are Minnesota's)
    grid = _Grid({k: group for k, group in voters.items() if not all(s.in_firm for s in group)})
    named, alone = _NO_COUNTRIES_NAMED, not _pinned(spans)
    first = {k: _votes_of(group, first_round=True) for k, group in voters.items()}  # the anchors' votes
    anchored = _anchored_states([s for s in spans if not s.in_org],
                                {k: v for k, v in first.items() if not all(s.in_org for s in voters[k])})
    for round_ in range(VOTING_ROUNDS):
        votes = dict(first) if not round_ else {k: _votes_of(group, first_round=False) for k, group in voters.items()}
        votes.update(text_votes or {})
        everyone = _all_votes(votes)
        here = _countries_by_sentence(spans)
        for k in by_key:
            countries, states, points = _votes_but(votes, k, everyone)
            _choose(by_key[k], countries, states, points, functools.partial(grid.neighbours, own=k), named, alone,
                    anchored, here)
            if round_:  # later rounds see each name's new choice at once: two names that each follow
                # the other's last choice would swap countries every round ("Richmond" and "London")
                everyone = _replace_votes(everyone, votes[k], new := _votes_of(by_key[k], first_round=False))
                votes[k] = new
        named = _named_countries(spans)
        if round_ == VOTING_ROUNDS - 2:  # see `_Grid.chosen`
            grid.chosen = frozenset(s.choice.id for s in spans if s.choice is not None)


def _choose(group: list[_Span], countries: Counter, states: Counter, points: set, company,
            named: _Named = _NO_COUNTRIES_NAMED, alone: bool = False, anchored: frozenset = frozenset(),
            here: dict | None = None) -> None:
    """Each mention's reading, given the votes of the article's other names and the countries
    named in its own sentence (`here`, see `_countries_by_sentence`)."""
    told = _told(group, named)
    paired = {s.choice.country_code for s in group if s.paired and s.choice is not None}
    for c in {s.choice for s in group if s.paired and s.choice is not None and s.choice.id in told}:
        if not any(o.country_code != c.country_code and countries[o.country_code] or o.admin1 != c.admin1
                   and states[o.admin1] for s in group if not s.paired for o in s.candidates):
            told[c.id] *= 2  # "docked in Hamilton, Bermuda ... residents of Hamilton": nothing points elsewhere
    for s in group:
        own = _told_in_sentence(s, told, (here or {}).get(s.sentence, {}), paired)
        s.choice, supported = _best(s.candidates, countries, states, points, company, own, alone) \
            if s.candidates else (None, False)
        kept = _capital_kept(s.candidates, _world_city_kept(s.candidates, s.choice, anchored, company), company,
                             anchored, as_town=s.as_town, as_state=s.as_state)
        if kept is not s.choice:
            s.choice, supported = kept, False
        s.resolved_by = _how(s, supported)
        town = _town_of_focus(s, states)
        if town is not None:
            s.choice, s.resolved_by = town, "focus"
        county = _county_of_focus(s, states)
        if county is not None:
            s.choice, s.resolved_by = county, "focus"
        s.size_at_home = s.choice if s.resolved_by == "focus" and _namesake_at_home(s, states, points) else None


def _namesake_at_home(s: _Span, states: Counter, points: set) -> bool:
    """Did the article's focus only settle the country, the town then being its country's biggest
    of the name while another of comparable size (TOSS_UP_SHARE) lies in a state no more voted
    for, with no place the text pins down near either? "Greenville city council approved a $48
    million budget": the dollars make it American, but Greenville, North Carolina is a coin toss
    against Greenville, South Carolina. Its row says "population", not "focus" (the reading stays)."""
    c = s.choice
    if c is None or c.kind != "city" or c is not max(s.candidates, key=lambda o: o.prior) or s.paired:
        return False
    rivals = [o for o in s.candidates if o is not c and o.kind == "city" and o.country_code == c.country_code
              and o.population >= TOSS_UP_SHARE * c.population and states[o.admin1] >= states[c.admin1]]
    near = lambda o: any(gaz.distance_km(o.lat, o.lon, lat, lon) < FAIRLY_NEAR_KM for lat, lon in points)
    return bool(rivals) and not near(c) and not any(near(o) for o in rivals)


def _replace_votes(everyone: tuple[Counter, Counter, Counter], old: tuple, new: tuple) -> tuple:
    """All the votes with one name's old votes swapped for its new ones."""
    countries, states, points = (Counter(c) for c in everyone)
    countries.subtract(old[0]), states.subtract(old[1]), points.subtract(Counter(old[2]))
    countries.update(new[0]), states.update(new[1]), points.update(Counter(new[2]))
    return +countries, +states, +points


# A bare name's reading that the article itself qualified elsewhere ("Springfield, Ohio" once,
# "Springfield" after) gains this much (a dateline's, twice that): enough to choose among
# namesakes when nothing else points elsewhere, not enough to outvote a focus that does
# ("Hillsborough, N.H." in a list does not move a Tampa story's Hillsborough County).
TOLD_READING = 1.5


def _told(group: list[_Span], named: _Named) -> dict[int, float]:
    """Readings the text itself points to, by gazetteer id, with their weight: those the name's
    own "Name, State" pairs chose, and a big city of a country the article names ("Paris" in a
    Kentucky paper's story that names France or the French is the French capital), unless the
    article names another country, or a province or state of one, where a city of the name lies."""
    told: dict[int, float] = {}
    for s in group:
        if s.paired and s.choice is not None and not s.set_apart:
            told[s.choice.id] = max(told.get(s.choice.id, 0.0), TOLD_READING * (2 if s.dateline else 1))
    name = group[0].core or group[0].text if group else ""
    candidates = group[0].candidates if group and not group[0].paired else ()
    if len({c.country_code for c in candidates if c.kind == "city" and c.country_code in named.with_regions}) > 1:
        return told  # "Perth" in a story naming Scotland and "its Australian namesake", "London" one naming
        # Ontario and Britain: no country's city
    for c in candidates:
        if c.kind == "city" and (c.primary or _a_form_of(name, c)) and c.population >= NAMED_COUNTRY_CITY \
                and c.country_code in named.countries:  # "St. Petersburg" a form of Saint Petersburg's name
            told[c.id] = max(told.get(c.id, 0.0), NAMED_COUNTRY_WEIGHT)
    return told


# A bare name whose pair elsewhere ("Athens, Ga.") chose one reading, in a sentence that names a
# country where another of its readings lies, is that reading: "the programme in Athens was
# cancelled after strikes in Greece" is the Greek capital. The pair decides its own mention only
# (`_told`); the sentence outweighs it and the article's focus. Only after such a pair: alone, a
# sentence's country says little ("The Innisfail skater returned from Australia" is in Alberta).
# Not the United States, which US news names in passing (`_named_countries`): "a U.S. envoy in Paris".
SENTENCE_COUNTRY_WEIGHT = 4.0


def _countries_by_sentence(spans: list[_Span]) -> dict[int, dict[str, frozenset]]:
    """The countries each sentence names, by name or demonym, as the spans now read them, with
    the names that name each; not the region of a "Town, Country" pair, which decides its town
    alone, nor a name inside an organisation's ("Georgia Bureau of Investigation")."""
    found = defaultdict(lambda: defaultdict(set))
    for s in spans:
        c = s.choice
        if c is not None and c.country_code and c.country_code != "US" and not s.qualifies and not s.in_org \
                and (s.demonym or c.kind == "country"):
            found[s.sentence][c.country_code].add(gaz.key(s.text))
    return {k: {code: frozenset(keys) for code, keys in v.items()} for k, v in found.items()}


def _told_in_sentence(s: _Span, told: dict[int, float], countries: dict[str, frozenset],
                      paired: set) -> dict[int, float]:
    """`told`, with SENTENCE_COUNTRY_WEIGHT for the readings of a bare name in the countries
    other names of its sentence name (a name read as a country is no evidence for itself), when
    its name's pairs chose readings in other countries (`paired`)."""
    named = {code for code, keys in countries.items() if keys != {gaz.key(s.text)}}
    if s.paired or not named or not paired or paired & named:
        return told
    own = dict(told)
    for c in s.candidates:
        if c.country_code in named:
            own[c.id] = max(own.get(c.id, 0.0), SENTENCE_COUNTRY_WEIGHT)
    return own


# A city of this size in a country the article names by name or demonym gains this much.
NAMED_COUNTRY_CITY, NAMED_COUNTRY_WEIGHT = 500_000, 3.0


def _named_countries(spans: list[_Span]) -> _Named:
    """The countries the article names, the United States excepted: US local news names its own
    country in passing ("U.S. officials"). Not by a pair set apart, which votes for nothing."""
    named = [s for s in spans if s.choice is not None and s.choice.country_code
             and s.choice.country_code != "US" and not s.set_apart]
    countries = frozenset(s.choice.country_code for s in named if s.demonym or s.choice.kind == "country")
    return _Named(countries, countries | {s.choice.country_code for s in named if s.choice.feature == "ADM1"})


# The money an article counts in says where it is written, a weak vote when it names no country,
# state or people: "$" (no "£" or "€") for the United States, "£" for Britain. "Mansfield" in a
# story of a $765,000 budget is Mansfield, Texas or Ohio, not England's.
CURRENCY_VOTE = 0.5


def _currency_vote(text: str, spans: list[_Span]) -> Counter:
    """The country the article's money points to, when nothing else in it names a country for
    certain (a demonym, or a country or state of one country only: `_of_one_country`)."""
    if any(s.demonym or _major(s.candidates) and _of_one_country(s.candidates) for s in spans):
        return Counter()  # "Ontario" and dollars: the article says where it is
    dollars, pounds, euros = "$" in text, "£" in text, "€" in text
    if dollars and not pounds and not euros:
        return Counter({"US": CURRENCY_VOTE})
    if pounds and not dollars:
        return Counter({"GB": CURRENCY_VOTE})
    return Counter()


def _of_one_country(found) -> bool:
    """The countries and first-level regions a name may be lie in one country: "Ontario" says
    where an article is, "Georgia" (the country, the US state) does not, and a "$24,000 fine" for
    "Georgia's newest utility regulator" then tells: the state."""
    return len({c.country_code for c in found if c.kind == "country" or c.feature == "ADM1"}) <= 1


# A US state named inside an organisation's name and read as no place of its own ("Northeast
# Texas Community College", "the Southern Illinois Healthcare board") says where a local story is,
# as a weak vote: "Mount Pleasant" beside that college is Mount Pleasant, Texas.
ORG_STATE_VOTE = 0.5


def _states_in_org_names(art: _Article, spans: list[_Span]) -> Counter:
    """The US states whose full names stand inside the article's organisation names, outside its
    place mentions, ORG_STATE_VOTE each (once per state)."""
    taken = [(s.start, s.end) for s in spans]
    states = Counter()
    for ent in art.ents:
        i = ent.start
        while ent.label_ in ("ORG", "FAC") and i < ent.end:
            state, n = _state_at(art.doc, i, ent.end)
            if state and not any(a <= art.doc[i].idx < b for a, b in taken):
                states[state] = ORG_STATE_VOTE
            i += n
    return states


def _state_at(doc, i: int, end: int) -> tuple[str | None, int]:
    """The US state whose full name ("West Virginia", "Texas") starts at token `i`, before `end`,
    and how many tokens it takes (1 when none)."""
    for n in (2, 1):
        part = doc[i:i + n]
        if i + n > end or not part.text[:1].isupper() or "." in part.text or len(part.text) < 3:
            continue
        found = gaz.lookup(part.text)
        if found and found[0].feature == "ADM1" and found[0].country_code == "US" and found[0].primary:
            return found[0].admin1, n
    return None, 1


def _main_state(states: Counter) -> str | None:
    """The one US state the article's other names vote for most, when with two votes or more: one
    stray name ("Hilton") is no focus."""
    if not states:
        return None
    top = max(states.values())
    main = [a for a, n in states.items() if n == top and a.startswith("US-")]
    return main[0] if len(main) == 1 and top >= 2 else None


def _town_of_focus(s: _Span, states: Counter):
    """A town chosen in a state no other name of the article points to, when the name has a
    reading in the article's main state, is that reading: "Madison" in a story whose other places
    are all in Ohio is a Madison of Ohio, not the Wisconsin capital."""
    c = s.choice
    if c is None or s.paired or c.kind != "city" or c.population >= DOUBT_MAX_POPULATION or states[c.admin1]:
        return None
    main = _main_state(states)
    if main is None:
        return None
    return max((o for o in s.candidates if o.kind == "city" and o.admin1 == main), key=lambda o: o.prior, default=None)


def _county_of_focus(s: _Span, states: Counter):
    """A bare name none of whose towns lies in the article's main state, when a county of that
    name does, is that county: "Hillsborough" in a Tampa story is Hillsborough County, Florida,
    not the town of Hillsborough, New Hampshire (local news drops "County"). A big city keeps
    its name: "Washington" in a story from upstate New York is still the capital."""
    c = s.choice
    if c is None or s.paired or c.kind != "city" or c.population >= DOUBT_MAX_POPULATION:
        return None
    main = _main_state(states)
    if main is None or c.admin1 == main or any(o.admin1 == main for o in s.candidates if o.kind == "city"):
        return None
    return next(iter(_counties_in(s.core or s.text, gaz.country("US"), main)), None)


def _how(s: _Span, supported: bool) -> str:
    """What chose the span's reading (RESOLVED_BY)."""
    if s.choice is None:
        return ""
    if s.paired or s.qualifies or s.region_linked or s.kind_hint == "region":
        return "qualifier"
    if len(s.candidates) == 1 and not s.route_end:
        return "unique"
    return "focus" if supported or s.route_end else "population"


def _pinned(spans: list[_Span]) -> bool:
    """The article pins its region down: a town, county or state it names needs no context
    (`_anchor`), or a "Town, State" pair."""
    for s in spans:
        if s.paired or s.qualifies:
            return True
        a = None if s.demonym else _anchor(s)
        if a is not None and (_local(a) or a.feature == "ADM1"):
            return True
    return False


def _votes_of(group: list[_Span], *, first_round: bool) -> tuple[Counter, Counter, set]:
    """The countries, states and points one name's mentions vote for."""
    countries, states, points = Counter(), Counter(), set()
    for s in group:
        c = _anchor(s) if first_round and not s.demonym else s.choice
        if c is None or s.set_apart:
            continue
        weight = DATELINE_VOTE if s.dateline else PAIR_VOTE if s.qualifies or s.paired or s.in_org else 1.0
        if c.country_code:
            countries[c.country_code] += weight
        if _votes_state(c):
            states[c.admin1] += weight
        if _local(c) and (len(s.candidates) == 1 and not s.paired or s.dateline):
            # only places the text pins down vote by distance, and a "Town, State" pair only as a
            # dateline: "fans from as far as Washington, D.C." does not pull a Rock Hill story's
            # Augusta and Columbia to Maryland and West Virginia
            points.add((c.lat, c.lon))
    return countries, states, points


def _votes_state(c) -> bool:
    """A reading votes for its ISO 3166-2 region ("US-TX"; most towns abroad carry none: "FR.11") when it
    is an American town or a region ("Scotland", "Essex"): "Scotland" makes "Perth" the Scottish
    town. A British town does not: "Wimbledon" says no more of "Melbourne" than "Britain" does."""
    return bool(c.admin1) and "-" in c.admin1 and (c.country_code == "US" or c.kind != "city")


def _all_votes(votes: dict[str, tuple[Counter, Counter, set]]) -> tuple[Counter, Counter, Counter]:
    """Every name's votes together; the points counted by how many names vote for each."""
    countries, states, points = Counter(), Counter(), Counter()
    for cs, ss, ps in votes.values():
        countries.update(cs)
        states.update(ss)
        points.update(ps)
    return countries, states, points


def _votes_but(votes: dict[str, tuple[Counter, Counter, set]], own: str,
               everyone: tuple[Counter, Counter, Counter] | None = None) -> tuple[Counter, Counter, set]:
    """The votes of every name but `own`: all the votes (`_all_votes`) less its own, so an article
    of many names costs one pass over them, not one per name."""
    countries, states, points = everyone or _all_votes(votes)
    cs, ss, ps = votes.get(own) or (Counter(), Counter(), set())
    return countries - cs, states - ss, {p for p, n in points.items() if n > (p in ps)}


def _modifier(doc, s: _Span) -> bool:
    """A name used as an adjective: "U.S. officials" (a lower-case noun follows)."""
    span = _token_span(doc, s.start, s.end)
    if span is None or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.text[:1].islower() and nxt.pos_ in ("NOUN", "PROPN", "ADJ")


def _anchor(s: _Span):
    """A first-round vote only from names that need no context: countries, single entries."""
    if not s.candidates:
        return None
    first = s.candidates[0]
    if len(s.candidates) == 1 or first.kind in ("country", "continent"):
        return first
    if first.kind == "city" and first.primary and first.prior - s.candidates[1].prior >= DOMINANT_PRIOR_GAP:
        return first  # "Tampa": the city of 335,000, not the hamlet in Kansas
    return None


# Each name of a "Town, State" pair votes for the article's focus with this weight, against 1 for
# other names: "Hillsborough, N.H." in a list of bellwether counties does not outvote the Tampa of
# a story about Hillsborough County, Florida, but "Alexandria, Louisiana" alone still sets the focus.
PAIR_VOTE = 0.5
# ... except a dateline ("TAMPA, Fla. —" opening the article or a line), which says where the story
# is: it counts as two names.
DATELINE_VOTE = 2.0


def _line_start(text: str, i: int) -> bool:
    before = text[:i].rstrip(" \t")
    return not before or before.endswith("\n")


_DATELINE_DASH = re.compile(r"\.?\s*(?:--|—|–|-|\x97)\s")


def _caps_dateline(text: str, town: _Span, region: _Span) -> bool:
    """A wire dateline after a headline on the same line: the town in capitals, its state, a dash
    ("Mound Center opens. SOUTH CHARLESTON, W.Va. -- Photographs of ...")."""
    return town.text.isupper() and len(town.text) > 2 and _DATELINE_DASH.match(text, region.end) is not None


# A town whose prior (log10 of its size, +1 for its own name) beats the next reading by this much
# (100 times bigger) anchors the article like an unambiguous name: Tampa, Florida over Tampa, Kansas.
DOMINANT_PRIOR_GAP = 2.0


def _nearest_only(readings: tuple, outer) -> tuple:
    """A region known by its point only, no code its towns share (GeoNames' "RGN": "North
    Yorkshire", "Yorkshire"), keeps the reading nearest that point: "Richmond, North Yorkshire" is
    the market town, 27 km from the region's point, not the bigger Richmond in London, 300 km
    away but within INSIDE_REGION_KM (and nearer a London dateline). A town before the comma
    rather than a district of its name ("Luton, Bedfordshire": the town, not the borough)."""
    if outer.kind != "region" or outer.admin1 or outer.lat is None or len(readings) < 2:
        return readings
    towns = tuple(c for c in readings if c.kind == "city") or readings
    return (min(towns, key=lambda c: gaz.distance_km(c.lat, c.lon, outer.lat, outer.lon)
                if c.lat is not None else float("inf")),)


def _local(c) -> bool:
    """A town or county: a point that its neighbours in the article should lie near."""
    return c.lat is not None and (c.kind == "city" or c.feature == "ADM2")


class _Grid:
    """Every town and county each name of the article may be, bucketed by degree cell, to ask
    which other names have a reading within ~50 km of a candidate: "Paris" and "Henry County"
    together are Paris, Tennessee, the seat of Henry County, though each alone is ambiguous."""

    MAX_CANDIDATES = 60   # readings of one name placed on the grid, best first
    NEAR_SQ_DEGREES = 0.2  # squared degrees (longitude scaled by latitude): ~50 km
    FAIRLY_NEAR_SQ_DEGREES = 0.8  # ~100 km, within the cells searched (one degree around)

    def __init__(self, by_key):
        self.cells: dict[tuple[int, int], list] = defaultdict(list)
        for k, group in by_key.items():
            if not group or group[0].demonym:
                continue
            for c in group[0].candidates[:self.MAX_CANDIDATES]:
                if _local(c) and c.primary:
                    self.cells[(math.floor(c.lat), math.floor(c.lon))].append(
                        (k, c.lat, c.lon, c.feature == "ADM2", c.id))
        # Before the last round, the readings every name chose: from then on a town lies in a named
        # county only if that county is the one its name was given, and a neighbour counts only if
        # its name chose it. "Atlanta" in a Kentucky story naming McLean County (Kentucky's) is not
        # Atlanta, Illinois, in McLean County, Illinois; "Jackson County" in a Minnesota story whose
        # Scott County is Minnesota's is not Indiana's, beside Indiana's Scott County.
        self.chosen: frozenset | None = None

    def neighbours(self, c, own: str, *, counties: bool = False, sq: float = NEAR_SQ_DEGREES) -> int:
        """How many other names have a reading (a county, with `counties`) within `sq` squared
        degrees of `c`; in the last round, the reading each name chose (`chosen`)."""
        found = set()
        cy, cx = math.floor(c.lat), math.floor(c.lon)
        scale = math.cos(math.radians(c.lat))
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for k, lat, lon, county, pid in self.cells.get((cy + dy, cx + dx), ()):
                    if k != own and k not in found and (county or not counties) and \
                            (self.chosen is None or pid in self.chosen) and \
                            (lat - c.lat) ** 2 + ((lon - c.lon) * scale) ** 2 < sq:
                        found.add(k)
        return len(found)


# Weights `_best` adds to a candidate's prior (gazetteer.importance: log10 of its size, +1 for
# its own name, +2 for a country, +1 for a first-level region), from the rest of the article:
SAME_COUNTRY = 0.5          # any other place in its country
COUNTRY_SHARE = 3.0         # x the share of the other places in its country, halved for one vote
NEIGHBOUR_SHARE = 1.0       # x the share in the countries bordering it
SAME_STATE = 2.0            # another place in its state ("Georgia" beside Atlanta is the US state;
                            # "Scotland" beside Perth the Scottish town, but not England, most of its
                            # country: "London, England" does not make Washington the English town),
                            # x its share of the most-named state's votes: "Hillsborough County"
                            # in a Tampa story with one "Hillsborough, N.H." is in Florida
IN_NAMED_COUNTY = 2.0       # a town inside a county the article names ("Paris" with "Henry County")
# ... and, among one country's towns and counties of one name, nearness to the others:
NEAR_KM, NEAR_WEIGHT = 50, 2.0      # a place the text pins down within 50 km
FAIRLY_NEAR_KM, FAIRLY_NEAR_WEIGHT = 150, 1.0
PER_NAME_NEAR, MOST_NAMES_NEAR = 0.75, 2.0  # each other name with a reading within ~50 km
# ... doubled when the article pins no region down (no unique town, no state, no "Town, State"):
# then the names' own agreement is all the clue there is. "New London" and "Winfield", each a
# town of several states, are the Iowa pair 20 km apart, not the bigger New London, Connecticut;
# where the text names Kentucky, two counties that also lie side by side in Illinois stay put.
COMPANY_ALONE = 2.0
# ... and then each other name with a reading within ~100 km adds this much (for two at most): a
# local paper's towns lie a county or two apart. "Paris" and "Jackson", 95 km apart in Tennessee,
# are that pair rather than the bigger Paris, Texas, and a Jackson of another state.
FAIRLY_NEAR_NAME, MOST_NAMES_FAIRLY_NEAR = 0.5, 2
# Other names near a reading abroad that outvote the country of a name's biggest reading when nothing
# pins the article's region (`_best`)
COUNTRY_BY_COMPANY = 2


# A city of a million people keeps its name against namesakes thirty times smaller
# (WORLD_CITY_MARGIN in prior) unless the article puts the namesake's state in play
# (`_anchored_states`), or another name has a reading within ~100 km of one of the namesakes:
# "grew up in Brooklyn and studied in Cambridge before moving to London" is not London, Ohio,
# though Cambridge has a reading in Ohio that votes for it, and a BBC review that names "America"
# is not set in Rome, Georgia; "Paris" beside Henry County is still Paris, Tennessee, and "London"
# in a story that names Kentucky London, Kentucky.
WORLD_CITY_POPULATION = 1_000_000
WORLD_CITY_MARGIN = 1.5


def _anchored_states(spans: list[_Span], first_votes: dict) -> frozenset:
    """The states (and countries) the article puts in play by names that need no context: its
    unambiguous names (`_anchor`), the states it names, and the world cities that keep their name
    ("Dallas" beside "Paris" keeps Paris in Texas). `first_votes`: each name's first-round votes."""
    states = _all_votes(first_votes)[1]
    regions = [s.candidates[0] for s in spans if s.candidates and s.candidates[0].feature == "ADM1"]
    # a region named anchors itself, under the number GeoNames gives its towns too ("AU.07" for
    # "AU-VIC": "western Victoria ... near Hamilton" had been Bermuda's capital), and abroad its
    # whole country ("a Queensland Amber Alert ... in Edmonton")
    named = {r.admin1 if r.country_code == "US" else r.country_code for r in regions} \
        | {code for r in regions if r.admin1 for code in gaz.numbered_regions(r.admin1)}
    # a town that needs no context puts its country in play too ("Fargo" makes a bare "Alexandria"
    # American), unless it is a world city itself ("Brooklyn", named the world over); a country's
    # mere name does not ("America", "the US")
    towns = {a.country_code for a in map(_anchor, (s for s in spans if not s.demonym))
             if a is not None and _local(a) and not _world_city(a)}
    world = {s.candidates[0].admin1 for s in spans if len(s.candidates) > 1 and _world_city(s.candidates[0])
             and s.candidates[0].prior - s.candidates[1].prior >= WORLD_CITY_MARGIN}
    nations = {gaz.demonym_region(s.text) for s in spans if s.demonym} - {None}   # "Scottish officials"
    return frozenset(states) | named | world | towns | nations


def _world_city(c) -> bool:
    return c.kind == "city" and c.population >= WORLD_CITY_POPULATION


def _world_city_kept(options, choice, anchored: frozenset, company):
    """The world city of the name instead of `choice`, unless `anchored` holds the choice's state or
    country, or another name has a reading beside one of its namesakes there (`company`); a known
    city (`_known_city_kept`) likewise when nothing anchors the choice's country at all."""
    world = max(options, key=lambda c: c.prior, default=None)
    if world is None or choice is None or world is choice:
        return choice
    if not (_world_city(world) and world.prior - choice.prior >= WORLD_CITY_MARGIN
            and choice.admin1 not in anchored and choice.country_code not in anchored) \
            and not _known_city_kept(world, choice, anchored):
        return choice
    namesakes = [c for c in options if c.country_code == choice.country_code and _local(c)]
    return choice if any(company(c, sq=_Grid.FAIRLY_NEAR_SQ_DEGREES) for c in namesakes) else world


# A known city (KNOWN_CITY_POPULATION or more) keeps its name against a namesake town six times
# smaller and under NAMESAKE_TOWN_MAX when nothing anchors the namesake's country (no state, no
# unambiguous town: `_anchored_states`), only its bare name: "The US and Iran met in Geneva" is
# not Geneva, Illinois, "Talks in Naples; the US delegation..." not Naples, Florida. A namesake
# that is a city itself stays with the votes: "a London rally ... thanked Canada" is London, Ontario.
KNOWN_CITY_POPULATION = 150_000
KNOWN_CITY_RATIO = 6
NAMESAKE_TOWN_MAX = 100_000


# A country's capital keeps its name against a village of that name abroad (under CAPITAL_VILLAGE
# people) unless another name of the article has a reading within about 100 km of the village: a
# state or a big city named far from it is no clue. "The disappointment of Athens" in a marathon
# story that names New York and Chicago was Athens, New York (1,600 people, 180 km up the Hudson),
# or Athens, Illinois (1,900). A town stays with the votes (Paris, Illinois, 8,800 people, in an
# LGL story from Illinois; London, Ontario), and so does a capital's old name ("Salisbury" is
# Harare's alternate, not its own name: Salisbury, Connecticut stays).
# A smaller town abroad yields too when nothing anchors its state (`_anchored_states`): "the
# disappointment of Athens" in a story from New York and London is not Athens, Georgia (127,000
# people), though the US is in play; "ATHENS" in a story that names Atlanta stays in Georgia, and
# a known city (KNOWN_CITY_POPULATION) stays with the votes ("a London rally ... thanked Canada"),
# as does a town whose council or people the text names ("The Athens City Council", in Texas).
CAPITAL_VILLAGE = 5_000


def _capital_kept(options, choice, company, anchored: frozenset = frozenset(), *, as_town: bool = False,
                  as_state: bool = False):
    """The capital of the name instead of the village `choice`, or the town whose state nothing
    anchors unless the text uses the name as a town's (`as_town`; see CAPITAL_VILLAGE); any town
    abroad when the name speaks for a government (`as_state`)."""
    capital = next((c for c in options if c.primary and gaz.is_capital(c)), None)
    if capital is None or choice is None or choice.kind != "city" or choice.country_code == capital.country_code:
        return choice
    if as_state and not as_town:
        return capital
    if choice.population >= CAPITAL_VILLAGE and (as_town or choice.admin1 in anchored
                                                 or choice.population >= KNOWN_CITY_POPULATION):
        return choice
    namesakes = [c for c in options if c.country_code == choice.country_code and _local(c)]
    return choice if any(company(c, sq=_Grid.FAIRLY_NEAR_SQ_DEGREES) for c in namesakes) else capital


def _known_city_kept(world, choice, anchored: frozenset) -> bool:
    """Should the known city `world` replace the small namesake `choice` (see KNOWN_CITY_POPULATION)?"""
    code = choice.country_code
    return world.kind == "city" and world.population >= KNOWN_CITY_POPULATION and world.country_code != code \
        and choice.population < NAMESAKE_TOWN_MAX and world.population >= KNOWN_CITY_RATIO * choice.population \
        and not any(a == code or a.startswith((code + "-", code + ".")) for a in anchored)  # "US-OH", "CA.08"


def _best(options, countries: Counter, states: Counter, points: set, company, told=None, alone=False):
    """The candidate the article supports most: its country's and state's share of the other
    places, its country's neighbours, nearness to the other towns and counties named, and the
    reading a pair of the same name chose (`told`, see `_told`). A country yields to a town of its
    name near a town the text pins down ("Jordan" beside Shakopee is Jordan, Minnesota).
    `company(c, counties=False)` counts the other names with a reading near `c`, COMPANY_ALONE
    times more when `alone`: nothing in the article pins its region (`_pinned`)."""
    total = sum(countries.values())
    told = told or {}

    def score(c) -> float:
        value = c.prior + told.get(c.id, 0.0)
        if total and c.country_code:
            share = countries[c.country_code] / total
            value += (SAME_COUNTRY if share else 0.0) + COUNTRY_SHARE * share * min(1.0, total / 2)
            home = gaz.country(c.country_code)
            if home is not None and home.neighbours:
                value += NEIGHBOUR_SHARE * sum(countries[n] for n in home.neighbours) / total
        region = _voted_region(c, states)
        if region and not gaz.holds_most_of_its_country(region):
            value += SAME_STATE * states[region] / max(states.values())
        if c.kind == "city" and c.primary and company(c, counties=True):
            value += IN_NAMED_COUNTY
        return value

    best = max(options, key=score)
    supported = score(best) > best.prior or best is not options[0]
    if len(options) == 1:
        return best, supported

    def nearness(c) -> float:
        value = score(c)
        if points:
            near = min(gaz.distance_km(c.lat, c.lon, lat, lon) for lat, lon in points)
            value += NEAR_WEIGHT if near < NEAR_KM else FAIRLY_NEAR_WEIGHT if near < FAIRLY_NEAR_KM else 0.0
        if c.primary:
            value += min(MOST_NAMES_NEAR, PER_NAME_NEAR * company(c)) * (COMPANY_ALONE if alone else 1.0)
            if alone:
                value += FAIRLY_NEAR_NAME * min(MOST_NAMES_FAIRLY_NEAR, company(c, sq=_Grid.FAIRLY_NEAR_SQ_DEGREES))
        return value

    if not _local(best):
        local = [c for c in options if _local(c)]
        rival = max(local, key=nearness) if local and points and best.kind == "country" else None
        if rival is None or nearness(rival) <= score(best):
            return best, supported
        return rival, True
    local = [c for c in options if _local(c)]
    options = [c for c in local if c.country_code == best.country_code]
    # among the country's towns and counties of that name, the one near the article's others
    near = max(options, key=nearness)
    if alone and company(near) < COUNTRY_BY_COMPANY:
        # nothing pins the region and no other name lies near this country's reading, while two or more
        # lie near one abroad: "London ... Woodstock ... Stratford ... Cambridge" in southwestern Ontario
        # (Stratford, Connecticut is the biggest, and California has hamlets of all four names)
        far = max((c for c in local if c.country_code != best.country_code and c.primary), key=nearness, default=None)
        if far is not None and company(far) >= COUNTRY_BY_COMPANY and nearness(far) > nearness(near):
            return far, True
    return near, supported or nearness(near) > near.prior


def _voted_region(c, states: Counter) -> str | None:
    """The first-level region of `c` the article's other places vote for, in the code they vote
    with. A town abroad carries GeoNames' code ("IT.20"), a region's vote ISO's ("IT-34", the
    Veneto), counted for a region named by itself, not only after a town's comma (PAIR_VOTE:
    "Truro, Nova Scotia" in a Cornwall story made Falmouth the Nova Scotia village)."""
    if c.admin1 and states[c.admin1]:
        return c.admin1
    region = gaz.iso_region(c.admin1) if c.admin1 and "." in c.admin1 else None
    return region if region and states[region] >= 1 else None


# Words of a facility's name that make it a place of the map: a feature or a road ("Lake
# Robinson", "Port of Los Angeles", "Fort Benning", "Elm Street").
FEATURE_WORDS = frozenset("""Park Lake River Mount Mt. Island Islands Bay Beach Creek Square Fort Port Harbor
Harbour Valley Canyon Falls Forest Airport Bridge Dam Mountain Mountains Hill Hills Peninsula Coast Canal
Reservoir Pond Springs Gulf Strait Pass Cape""".split()) | STREET_WORDS


def _feature_named(name: str) -> bool:
    """The name has a feature's or a road's word: "Lake Robinson", "Route 1", "Elm St." (but
    "St. Patrick" is a saint: "St." and "Dr." count last only)."""
    words = name.split()
    return any(w in FEATURE_WORDS and (w not in ("St.", "Dr.") or i == len(words) - 1) or w in ROAD_NUMBERED
               for i, w in enumerate(words))


def _unplaced_facility(s: _Span) -> bool:
    """A name the model calls a facility, that the gazetteer cannot place and that names no
    feature or road, is a building or an event more often than a place of the map: "City Hall",
    "the Pentagon", "St. Patrick's Day", "Heimlich Maneuver" (tagged FAC). So is one whose last
    word is a building's, though a road or a feature names it: "Blackmon Road Middle School",
    "Townmead Road Recycling Centre"."""
    return s.source == "FAC" and not s.candidates and not s.kind_hint and not s.core \
        and (not _feature_named(s.text) or s.text.split()[-1] in BUILDING_WORDS)


BUILDING_WORDS = frozenset("""School Elementary Academy Apartments Homes Centre Center Hospital Church Cathedral
Chapel Library Museum Stadium Arena Hotel Mall Restaurant Seafood Series Patrol Jail Prison Courthouse Building
Tower Theatre Theater Club Office Clinic College University Cemetery Store Pub Grill Cafe Lodge Motel""".split())
# The last words of a name that `_core` keeps whole when "in" locates it: "the Roosevelt Hotel in
# Hollywood", "Roanoke Park in Kansas City".
LOCATED_BUILDING_WORDS = BUILDING_WORDS | {"Park"}


# Words that make an unknown name a place of some kind ("City of Canton", "Province of Ontario").
# Not "District": the districts news names and the gazetteer lacks are a school's, a court's, a
# congressman's or a shopping street's ("Nebraska's 3rd Congressional District", "the Market District").
ADMIN_WORDS = frozenset("City Town Township County Province State Village Borough Parish".split())


def _unknown_uncued(art: _Article, s: _Span) -> bool:
    """A name the gazetteer does not know, with no cue in the text that it is a place ("in",
    "near", "X, Texas") and no feature or administrative word, is a person ("Pawlenty",
    "Sheryl Gorsuch"), a firm or a word ("Caring", "Seated") the model mislabelled more often
    than a place: saying nothing beats a wrong row."""
    if s.demonym or s.core or s.kind_hint or gaz.lookup(s.text):
        return False
    if _feature_named(s.text) or any(w in ADMIN_WORDS for w in s.text.split()):
        return False
    return not _cued(art.doc, s) or _qualifies_a_noun(art, s)


# Nouns after a name that make it a place's ("the Holly Heights neighborhood").
AREA_NOUNS = SETTLEMENT_NOUNS | REGION_WORDS | frozenset({"area", "neighborhood", "neighbourhood", "section",
                                                          "community", "subdivision", "estate", "district"})


def _qualifies_a_noun(art: _Article, s: _Span) -> bool:
    """The name stands before a common noun or in the possessive, so a cue before it is the noun's:
    "owner of Decree in Colour salon", "placed second in the Teen category", "in Smith's car"."""
    tok = _token_span(art.doc, s.start, s.end)
    if tok is None or tok.end >= len(art.doc):
        return False
    after = art.doc[tok.end]
    return after.text in ("'s", "’s") or after.tag_ in ("NN", "NNS") and after.text.islower() \
        and after.text not in AREA_NOUNS  # but "in the Hardeetown area", "in the Tskhinvali region"


_JOINED = re.compile(r"^(.+?) (?:of|for|to|and) (.+)$")


def _known_parts(art: _Article, s: _Span) -> list[_Span]:
    """What an unknown name says of places, resolved: "Canadian Lottery" gives the demonym,
    "Soviet Union for America" and "Norman to D.C." their two places; else nothing."""
    tok = _token_span(art.doc, s.start, s.end)
    m = _JOINED.match(s.text)
    parts = [(s.start + m.start(g), s.start + m.end(g)) for g in (1, 2)] if m else []
    if parts and all(art.text[a:b].casefold() not in GENERIC and gaz.lookup(art.text[a:b]) for a, b in parts):
        found = [_Span(a, b, art.text[a:b], s.source) for a, b in parts]
        if any(_a_surname(art, p) or gaz.key(p.text) in art.people_named for p in found):
            return []  # "an All Blacks team led by Henry and Hansen" (FAC): coaches Graham Henry and Steve Hansen
    else:
        inside = _place_in_name(art, tok) if tok is not None else None
        prefix = inside or (_place_prefix(art, tok) if tok is not None else None)
        found = [prefix] if prefix is not None else []
    return found


# Verbs whose subject is a source ("Petrova said", "Xinhua reported"), and the size of a town that
# speaks for its people or government ("Moscow said", "Tampa announced" are places).
SOURCE_VERBS = frozenset({"say", "tell", "add", "report", "explain", "continue", "write", "note"})
SPEAKING_TOWN = 100_000


def _drop_names_of_towns(art: _Article, spans: list[_Span], people: tuple) -> list[_Span]:
    """A person's name made of town names only is no place, and votes for none: "Orlando Beaumont,
    who chairs" had put a Bristol council's story in Texas. Not "Wichita Drive" (a town and a word)."""
    inside = defaultdict(list)
    for s in spans:
        for a, b in (m for p in people for m in p.spans):
            if a <= s.start and s.end <= b:
                inside[a, b].append(s)
    names = {id(s) for (a, b), found in inside.items() if len(found) > 1
             and art.text[a:b] == " ".join(s.text for s in sorted(found, key=lambda s: s.start)) for s in found}
    return [s for s in spans if id(s) not in names] if names else spans


def _drop_towns_of_laws(art: _Article, spans: list[_Span], laws: tuple) -> list[_Span]:
    """A town inside a law's name, as the entity table reads it, is no place ("beyond the Paris
    Agreement"), nor is the law's town before a common noun, standing for the law ("look past Paris
    goals"; "talks in Paris" and "the Monongahela near Lewisburg" of a "Wild Monongahela Act" stay).
    A country or a state qualifies a law as it does anything ("US anti-bribery laws ... the US
    Foreign Corrupt Practices Act")."""
    # not a span the model ran over a comma: "the Kyoto Protocol, Downing Street has indicated"
    laws_at = [(a, b) for law in laws for a, b in law.spans if "," not in art.text[a:b]]
    inside = {id(s) for s in spans if not s.demonym and any(a <= s.start and s.end <= b for a, b in laws_at)
              and not any(c.kind in ("country", "region") for c in gaz.lookup(s.text)[:1])}   # "the US ... Act"
    if not inside:
        return spans
    named = {gaz.key(s.text) for s in spans if id(s) in inside}
    return [s for s in spans if id(s) not in inside and not (
        gaz.key(s.text) in named and (tok := _token_span(art.doc, s.start, s.end)) is not None
        and art.doc[tok.end:tok.end + 1].text.islower() and _modifies(art.doc, tok) and not _cued(art.doc, s))]


def _drop_people(art: _Article, spans: list[_Span], people: tuple) -> list[_Span]:
    """A lone surname the entity table files under a person it names in full is that person, not a
    place, unless the text cues a place there or it is a country or state (never a person's name):
    "Milan Baros ... a pass from Baros" names no town of Indonesia, and the entities and places
    tables then agree on what "Baros" is. The first name too, even a country's, when the surname
    also stands alone ("Georgia Lindqvist ... Lindqvist said": no Georgia) and the article names no
    place so elsewhere ("DeKalb neighborhoods ... the DeKalb Lowe's store"); else not: the entity
    table also files some firms and streets as people ("Alexandria Commonwealth", "Wichita
    Drive"), whose first word is still the town."""
    surnames = {(a, b) for p in people for a, b in p.spans if art.text[a:b] == p.entity.split()[-1]}
    firsts = {(a, a + len(p.entity.split()[0])) for p in people for a, b in p.spans if art.text[a:b] == p.entity
              and any(art.text[c:d] == p.entity.split()[-1] for c, d in p.spans)}
    elsewhere = {gaz.key(s.text) for s in spans if (s.start, s.end) not in firsts}
    firsts = {(a, b) for a, b in firsts if gaz.key(art.text[a:b]) not in elsewhere}   # "the DeKalb Lowe's store"
    # a surname's particle opening a sentence: "Van den Bergh said" is no Van, Turkey
    firsts |= {(a, a + len(w)) for p in people for a, b in p.spans
               if (w := art.text[a:b].split()[0]).lower() in NAME_PARTICLES and b > a + len(w)}

    def a_persons(s: _Span) -> bool:
        if (s.start, s.end) in firsts:
            return True
        return (s.start, s.end) in surnames and not s.demonym and not _major((s.choice,) if s.choice else ())
    return [s for s in spans if not a_persons(s) or _cued(art.doc, s)]


def _drop_clubs_of_the_entity_table(art: _Article, spans: list[_Span], bodies: tuple) -> list[_Span]:
    """In a sports story, a one-word town the entity table calls an organisation is its club at
    every mention not cued as a place ("Bolton host Arsenal": no Bolton, England), the mentions
    `_drop_clubs` did not see too (the neighbours rule adds some after it). A nation stays its
    country, as national sides do in the entity table ("Wales", "Samoa")."""
    if not art.sports_story:
        return spans
    clubs = {m for b in bodies for m in b.spans}
    return [s for s in spans if (s.start, s.end) not in clubs or s.demonym or s.dateline or is_nation(s.text)
            or _cued(art.doc, s) or _residents_after(art, s)]


def _residents_after(art: _Article, s: _Span) -> bool:
    """"turned over to Raytown police": the town's people after its name (`_of_residents`)."""
    tok = _token_span(art.doc, s.start, s.end)
    return tok is not None and _of_residents(art.doc, tok.end)


# English idioms built on a place's name, which name no place: "met her Waterloo", "sent to Coventry",
# "carrying coals to Newcastle", "all roads lead to Rome", "when in Rome", "Rome wasn't built in a day",
# "a Mecca for sourdough lovers".
_IDIOM = re.compile(r"\b(?:(?:meet|meets|met|meeting)\s+(?:his|her|their|its|our|my|your)\s+(?P<w>Waterloo)"
                    r"|sent\s+to\s+(?P<c>Coventry)|coals\s+to\s+(?P<n>Newcastle)|roads\s+lead\s+to\s+(?P<r>Rome)"
                    r"|[Ww]hen\s+in\s+(?P<r2>Rome)|(?P<r3>Rome)\s+(?:was\s+not|wasn['’]t)\s+built"
                    r"|\b[Aa]\s+(?:real\s+|veritable\s+|new\s+)?(?P<m>Mecca)\s+for)\b")


def _drop_idioms(art: _Article, spans: list[_Span]) -> list[_Span]:
    """No place for a name inside an idiom (`_IDIOM`)."""
    idioms = {m.span(g) for m in _IDIOM.finditer(art.text) for g in m.groupdict() if m.group(g)}
    return [s for s in spans if (s.start, s.end) not in idioms] if idioms else spans


def _drop_horses(art: _Article, spans: list[_Span]) -> list[_Span]:
    """A name racing copy writes as a horse's (`sports.written_as_a_horse`) is the horse at all its
    mentions: "Havana, the 7-2 favourite ... Havana lands the big one" is no Cuban capital."""
    horses = {gaz.key(s.text) for s in spans if not s.demonym and written_as_a_horse(art.text, s.start, s.end)}
    return [s for s in spans if s.demonym or gaz.key(s.text) not in horses] if horses else spans


def _drop_speakers(art: _Article, spans: list[_Span]) -> list[_Span]:
    """A name that speaks is a person or an agency, at all its mentions: "Petrova said" (a village
    of Romania), "said Logan.", "according to Xinhua." (a town of China). Not a country, a state or
    a city of SPEAKING_TOWN people, and not a name inside a longer one ("the Sun News of Myrtle
    Beach reported")."""
    speakers = {gaz.key(s.text) for s in spans if not s.demonym and not (
        s.choice is not None and (_major((s.choice,)) or s.choice.population >= SPEAKING_TOWN)) and _speaks(art.doc, s)}
    return [s for s in spans if s.demonym or gaz.key(s.text) not in speakers] if speakers else spans


def _speaks(doc, s: _Span) -> bool:
    """"X said" (X not after a preposition), "said X.", "according to X."."""
    tok = _token_span(doc, s.start, s.end)
    if tok is None:
        return False
    before = doc[tok.start - 1] if tok.start else None
    after = doc[tok.end] if tok.end < len(doc) else None
    ends = after is None or after.is_punct
    if after is not None and after.lemma_ in SOURCE_VERBS and after.tag_ in ("VBD", "VBZ"):
        return before is None or before.pos_ != "ADP"
    if before is not None and before.lemma_ in SOURCE_VERBS and before.tag_ in ("VBD", "VBZ"):
        return ends
    return ends and tok.start >= 2 and doc[tok.start - 2:tok.start].text.lower() == "according to"


# A village abroad (`_drop_strays`) is one of fewer people than this, in an article naming at
# least STRAY_MIN_PLACES places; so is a town or region of fewer than GUESS_MAX_POPULATION that only
# its being the name's one or biggest reading chose (a city of that size is named bare abroad:
# "Sochi should become the Nice of Russia").
STRAY_MAX_POPULATION = 10_000
STRAY_MIN_PLACES = 3
# A village abroad needs one other place named elsewhere, unless its name says it is a place ("the
# City of London"): "Britannia Building Society members" in a story that names the UK is not
# Britannia, Canada (765 people).
STRAY_MIN_PLACES_VILLAGE = 2
GUESS_MAX_POPULATION = 250_000


def _drop_strays(art: _Article, spans: list[_Span]) -> list[_Span]:
    """A village abroad that nothing else in the article points to ("Kristina" tagged GPE in a
    Texas story, resolving to a hamlet of 600 on another continent), or a smaller town or region
    abroad that nothing but its size chose ("Metro Police said" in a Nevada story: Metro,
    Indonesia), is a misread name, not a place: dropped when the article's other places lie in
    other countries and no cue names it a place. Compass words alone read so lose their reading."""
    keys = {}
    for s in spans:
        if s.choice is not None and s.choice.country_code:
            keys.setdefault(s.choice.country_code, set()).add(gaz.key(s.text))
    out = []
    for s in spans:
        c = s.choice
        alone = c is not None and not s.demonym and not (s.kind_hint or s.region_linked or s.paired) \
            and keys.get(c.country_code) == {gaz.key(s.text)} \
            and not _bare_dateline(art, s)   # "GENEVA, Feb 14 (Reuters) -" is where the story was filed
        if alone and _compass_only(s.text) and len(keys) > 1:
            s.choice, s.resolved_by, s.kind_hint = None, "", "region"  # "South Central" (Tennessee)
        elif alone and _stray_reading(s) and sum(len(v) for v in keys.values()) >= _places_to_stray(s):
            if not (_cued(art.doc, s) and not _before_possessed(art, s)):
                continue
            if c.kind == "city" and (c.population < STRAY_MAX_POPULATION or _by_alternate_only(s)) \
                    and s.resolved_by != "qualifier":
                # "a winter camp in La Manga" in a story on British tennis: a name, but not the
                # Mexican village of 700 (the Spanish resort is the gazetteer's only by an alternate)
                s.choice, s.resolved_by = None, ""
        out.append(s)
    return out


def _places_to_stray(s: _Span) -> int:
    """How many places the article must name for the lone reading of `s` to be a stray: fewer for
    a village abroad (STRAY_MIN_PLACES_VILLAGE) unless its name says it is a place ("the City of
    London")."""
    c = s.choice
    village = c.kind == "city" and c.population < STRAY_MAX_POPULATION \
        and not any(w in ADMIN_WORDS for w in s.text.split())
    return STRAY_MIN_PLACES_VILLAGE if village else STRAY_MIN_PLACES


_LIST_BEFORE = re.compile(r"(?:,| and| or|, and|, or) $")
_LIST_AFTER = re.compile(r"(?:,| and| or) ")
_LIST_GAP = re.compile(r",? (?:and|or) |, ")   # between two items: ", ", " and ", ", or "


LIST_ITEMS_READ = 50   # items of a list read on each side of a name: enough to tell a list of bodies


def _drop_listed_with_bodies(art: _Article, spans: list[_Span]) -> list[_Span]:
    """A town's name that is one whole item of a list of three or more whose other items are
    the model's people or organisations, with no cue before it, is one of them: "photographers
    David Bailey, Rankin, Nan Goldin and Mario Testino" (no Rankin, Pennsylvania), "backing from
    Paramount, Universal and Warner Bros." (no Paramount, California). "in Boston, Rankin and
    Pittsburgh" keeps its cue; two people ("Pat Zavoral, Fargo city administrator, and Mayor
    Dennis Walaker") make no list: LGL lost 46 such toponyms with one body beside the name. One
    sense per article: "... and Paramount will start releasing titles" is the studio too."""
    if not spans:
        return spans
    names = [e for e in art.ents if e.label_ not in NUMERIC_LABELS]  # "Last month, Paramount, ...": no item
    by_start = {e.start_char: e for e in names}
    by_end = {e.end_char: e for e in names}
    places = [(s.start, s.end) for s in spans]

    def body(ent) -> bool:
        return ent is not None and ent.label_ in ("PERSON", "ORG") and not any(
            a < ent.end_char and ent.start_char < b for a, b in places)

    def items(s: _Span) -> list:
        """The other items of the list the name is one whole item of, nearest first on each side,
        up to the first that is no body and LIST_ITEMS_READ on each side: each name walks its list,
        and a 35 KB list of 5,000 place names took 20 s walked whole."""
        found, start, end = [], s.start, s.end
        while (m := _LIST_BEFORE.search(art.text, max(0, start - 6), start)) and m.start() in by_end \
                and len(found) < LIST_ITEMS_READ:
            found.append(by_end[m.start()])
            start = found[-1].start_char
            if not body(found[-1]):
                return found
        before = len(found)
        while (m := _LIST_AFTER.match(art.text, end)) and m.end() in by_start and len(found) - before < LIST_ITEMS_READ:
            found.append(by_start[m.end()])
            end = found[-1].end_char
            if not body(found[-1]):
                return found
        return found

    def uncued(s: _Span) -> bool:
        # a cue before it only: the person after a comma is no region ("Rankin, Nan Goldin": Nan, Thailand)
        tok = _token_span(art.doc, s.start, s.end)
        return tok is not None and not _cue_before(art.doc, tok.start, tok.end)

    def town(s: _Span) -> bool:
        return not s.demonym and (s.choice is None or s.choice.kind == "city")

    listed = {gaz.key(s.text) for s in spans if town(s) and uncued(s) and len(others := items(s)) >= 2
              and all(body(e) for e in others)}
    return [s for s in spans if not town(s) or gaz.key(s.text) not in listed or not uncued(s)]  # one sense


def _compass_only(name: str) -> bool:
    """"South Central", "North West": compass words only. Alone they name a part of something the
    article knows ("the South Central District" of a state's games), and the gazetteer a region
    abroad (Burkina Faso's Centre-Sud): such a reading, in a country no other name lies in, is
    dropped and the region kept without coordinates."""
    words = name.lower().replace("-", " ").split()
    return len(words) > 1 and all(w in COMPASS_WORDS for w in words)


def _before_possessed(art: _Article, s: _Span) -> bool:
    """"a tree planted in Flores' honor": the name owns the noun after it, which "in" governs; the
    cue says nothing of the name."""
    return art.text.startswith(("' ", "’ ", "'s ", "’s "), s.end)


def _stray_reading(s: _Span) -> bool:
    """A village, or a town or region of under GUESS_MAX_POPULATION people that only its being the
    name's one or biggest reading chose ("Metro" police in a Nashville story: Metro, Indonesia). A
    region abroad that won by size counts its share of its country's people: Flores, one of
    Uruguay's 19 departments, is no bigger than its Brazilian namesake town for a surname."""
    c = s.choice
    size = gaz.size(c) if s.resolved_by == "population" else c.population
    return c.kind == "city" and c.population < STRAY_MAX_POPULATION or c.kind in ("city", "region") \
        and s.resolved_by in ("unique", "population") and (size < GUESS_MAX_POPULATION or _by_alternate_only(s))


def _by_alternate_only(s: _Span) -> bool:
    """The chosen town bears the name only as an alternate (no form of its own name) while other
    towns bear it as their own: "Whitehall" of a London politics story chose Atlanta, which
    GeoNames also calls Whitehall, over the small Whitehalls of the US."""
    c = s.choice
    return not c.primary and not _a_form_of(s.core or s.text, c) and any(
        o.kind == "city" and o.primary for o in s.candidates)


# `_neighbours_named`: a town or county of at least this many people within this distance.
NEIGHBOUR_KM = 40
NEIGHBOUR_MIN_POPULATION = 1000


def _neighbours_named(art: _Article, spans: list[_Span]) -> list[_Span]:
    """Names tagged as organisations, or lone names tagged as people, that are towns or counties
    within 40 km of the article's own places ("Pineville" in a story from Alexandria, Louisiana):
    local news names its neighbours bare. A surname of the article's people is left alone."""
    home = {(s.choice.lat, s.choice.lon) for s in spans if s.choice is not None and not s.demonym
            and _local(s.choice)}
    if not home:
        return []
    taken = _claimed(art.doc, spans)
    text, out, firms = art.text, [], art.firms
    for ent in art.ents:
        if ent.label_ not in ("ORG", "PERSON") or any(taken[t.i] for t in ent) or gaz.key(ent.text) in firms:
            continue  # "a franchise for Paramount" after "Paramount Pictures" beside Los Angeles
        if ent.label_ == "PERSON" and len(ent) > 1 or gaz.key(ent.text) in art.surnames | art.people_named:
            continue  # a lone name that is no one's surname here
        if ent.label_ == "PERSON" and _prev_word(art.doc, ent.start) == "the" and _modifies(art.doc, ent):
            continue  # "the Clinton administration", "the Obama years": a person's, not Clinton, Maryland
        cleaned = clean_span(text, ent.start_char, ent.end_char, "ORG")
        if cleaned is None:
            continue
        name = text[cleaned[0]:cleaned[1]]
        if name.casefold() in GENERIC or _ACRONYM.match(name) or named_body(text, *cleaned) \
                or _oil_benchmark(text, name, cleaned[1]):  # "the band Portishead", "Brent crude"
            continue
        near = [c for c in gaz.lookup(name) if _local(c) and c.primary and c.population >= NEIGHBOUR_MIN_POPULATION
                and any(gaz.distance_km(c.lat, c.lon, lat, lon) < NEIGHBOUR_KM for lat, lon in home)]
        if _with_the(art, ent, cleaned[0]):  # "The White House said" beside Nashville: no town takes
            near = [c for c in near if c.name.startswith("The ")]  # "the" but The Woodlands, The Dalles
        span = _Span(cleaned[0], cleaned[1], name, "NEAR", candidates=tuple(near), choice=near[0],
                     resolved_by="focus") if near else None
        # not "Lord Dunkeld's report" in a story from Perth (a peer), nor a drink or a dish named after
        # the town: "a glass of Vouvray" in a story from Tours, "tea and Dundee cake" in Perth's (only
        # these words at the mention: `_no_place_use` reads an eponym article-wide, and "the Elgin
        # Marbles" would take "on the edge of Elgin" with it)
        if span is not None and not _titled_name(art, span) and not _a_drink(art, span) \
                and not _EPONYM_AFTER.match(art.text, span.end):
            out.append(span)
    return out


def _namesakes_in_the_entity_table(art: _Article, spans: list[_Span]) -> list[_Span]:
    """A mention the model calls a person and the entity table groups with a place is that place
    here too when this table placed the name elsewhere in the article: "Residents of Hamilton
    said" after "docked in Hamilton, Bermuda". The two tables then count the same mentions. Not
    what the model calls a body: "shots fired from the Durango" is the car this table set aside;
    nor in a sports story, where the entity table may read a side as its province ("Leinster")."""
    if art.sports_story:
        return spans
    placed = {gaz.key(s.text): s for s in spans if s.choice is not None and not s.demonym}
    people = {(e.start_char, e.end_char) for e in art.ents if e.label_ == "PERSON"}
    added = []
    for a, b in sorted(art.entity_places & people):
        same = placed.get(gaz.key(art.text[a:b]))
        if same is not None and not any(s.start < b and a < s.end for s in spans):
            added.append(dataclasses.replace(same, start=a, end=b, text=art.text[a:b], paired=False, dateline=False))
    return sorted(spans + added, key=lambda s: s.start) if added else spans


def _with_the(art: _Article, ent, start: int) -> bool:
    """The name comes with the article "the" (inside the entity or right before it) and qualifies
    no noun after it: "the Battle Creek food pantry" is the town's pantry."""
    the = art.text[ent.start_char:start].strip().lower() == "the" or _prev_word(art.doc, ent.start) == "the"
    return the and not _modifies(art.doc, ent)


# "the Danish island of Bornholm", "the Greek port of Piraeus": a nationality before the kind of place
_NATIONAL_PLACE_OF = re.compile(r"\b([A-Z][a-z]+)\s+(?:%s)\s+of\s+$" % "|".join(
    sorted(SETTLEMENT_NOUNS | {"islands", "resort", "enclave", "territory", "archipelago"})))


def _borrow_countries(art: _Article, spans: list[_Span]) -> None:
    """An unresolved place "in the Kursk region" takes that region's country, and one the text
    calls a nationality's kind of place ("the Danish island of Bornholm") that nationality's."""
    for s in spans:
        national = _NATIONAL_PLACE_OF.search(art.text, max(0, s.start - 40), s.start) if s.choice is None else None
        code = gaz.demonym(national.group(1)) if national else None
        if code and not code.startswith("@"):
            s.country_hint = code
    for a, b in zip(spans, spans[1:]):
        if a.choice is None and not a.demonym and b.choice is not None:
            between = art.text[a.end:b.start].strip().lower()
            if between in ("in", "in the", ",", "near", "near the"):
                a.country_hint = b.choice.country_code


# ---------------------------------------------------------------- records

def _records(spans: list[_Span]) -> list[PlaceMention]:
    keys = [_group_key(s) for s in spans]
    names: dict[str, list[str]] = defaultdict(list)
    for s, k in zip(spans, keys):
        names[k].append(s.text)
    # A name read through the known one inside it names the place only when no mention gives that
    # name whole: "Tampa, the county seat ... Hyde Park, a South Tampa neighbourhood" is Tampa.
    whole: dict[str, list[str]] = defaultdict(list)
    for s, k in zip(spans, keys):
        if s.core is None:
            whole[k].append(s.text)
    place = {k: _canonical(whole.get(k) or texts) for k, texts in names.items()}  # once per place, not per mention
    out = []
    for s, k in zip(spans, keys):
        lat, lon = _coords(s)
        code = _code(s)
        out.append(PlaceMention(start=s.start, end=s.end, text=s.text, place=place[k],
                                kind=_kind(s), country_code=code, lat=lat, lon=lon,
                                country=gaz.country_name(code),
                                gazetteer_id=s.choice.id if s.choice is not None else None,
                                resolved_by=_resolved_by(s)))
    return out


def _resolved_by(s: _Span) -> str:
    """RESOLVED_BY of the span's reading as the row reports it."""
    if s.choice is None and s.within is None:
        return ""
    if s.resolved_by == "focus" and s.size_at_home is not None and s.size_at_home is s.choice:
        return "population"
    return s.resolved_by


def _kind(s: _Span) -> str:
    if s.demonym:
        return "demonym"
    if s.choice is None:
        return s.kind_hint or "place"
    return s.choice.kind


def _group_key(s: _Span) -> str:
    if s.demonym:
        return f"demonym:{s.demonym}"
    if s.choice is not None:
        return f"id:{s.choice.id}"
    return f"name:{gaz.key(s.text)}"


def _coords(s: _Span) -> tuple[float | None, float | None]:
    c = s.choice if s.choice is not None else s.within
    if c is None or c.lat is None or c.lon is None:
        return None, None
    if not (math.isfinite(c.lat) and math.isfinite(c.lon)):
        return None, None
    return round(c.lat, 5), round(c.lon, 5)


def _code(s: _Span) -> str | None:
    if s.choice is not None:
        return s.choice.country_code
    return s.within.country_code if s.within is not None else s.country_hint or None


def _canonical(texts: list[str]) -> str:
    """The fullest name a place is written by, less a lower-case word of its rank after it when the
    name alone reads as a region ("India's Meghalaya state", "Aceh province": Meghalaya, Aceh, one
    name for a corpus to count); "the Kursk region" keeps it, Kursk alone being the city, and
    "Orange county" and "Sichuan Province" too: a county's word and a capital are the name's own."""
    return max((_without_rank_word(t) for t in texts), key=lambda t: (len(t.split()), len(t)))


def _without_rank_word(name: str) -> str:
    bare = _RANK_WORD_AFTER.sub("", name)
    found = gaz.lookup(bare) if bare != name else ()
    return bare if found and found[0].kind == "region" else name


_RANK_WORD_AFTER = re.compile(r"(?<=\w) (?:%s)$" % "|".join(sorted(REGION_WORDS - {"county", "parish", "district"})))
