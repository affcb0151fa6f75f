"""Named entities of one article: the model's mentions, cleaned, grouped into the things they name.

The small model judges each mention alone; a reader judges the article. So:
1. each mention is trimmed to the name itself ("the", "'s", "Mr.", "news agency" go);
2. a sentence-opening common word the model took for a name ("Groups of residents") is dropped;
3. mentions of the same name are grouped, and partial names ("Moskalkova", "Mr. Putin", a team
   sheet's "M Cueto") join the one full personal name they belong to;
4. occurrences of a known name the model missed elsewhere in the article are added, and so are
   acronyms in body text ("spy agency GCHQ");
5. each group gets one label from all its evidence (the model's votes weighted by name length,
   titles, ages and "who" clauses for persons, the gazetteer, "in X" and "from X, County" for
   places, "shares of X", "websites such as X" and "30,000 X followers" for companies, a short
   form defined in brackets ("... Sciences (Ampas)") for bodies, "the X vote" for events, "sang X"
   for songs, "an Oscar-winning" and "the drama Wasp" for awards and titles, "the Lib Dems want"
   for a body: people's names take no article), and one canonical name: its fullest form.
The model's spans are first mended: a swallowed list ("Tesla, Uber and Snapchat"), an unclosed
bracket ("Council (RECO") or an aside's spaced dash ("Jonathan Kaplan - England") is split, two
halves ("Casa" "Santa Marta") are joined, and page furniture ("EDITOR'S NOTE:"), role words ("Fed
Chair"), pronouns ("I'm"), plural acronyms ("MPs") and hyphenated adjectives ("Bergamo-based")
are no names; a headline's common words glued to a name ("Clinton Plan for Taxes") go. Sports copy is read by its own patterns (results, standings,
lineups, cricket scorecards): clubs are organisations, national sides their countries.
Everything is string work on the Doc already parsed: no second model pass.
"""
from __future__ import annotations

import bisect
import calendar
import functools
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import chain
from typing import Callable

from . import (by_own_name, country_by_own_name, gazetteer_demonym, gazetteer_entries, gazetteer_kind, irish_county,
               region_abbreviation, text_of)
from .sports import (CLUB_LETTERS, CLUB_PLACE_WORDS, CLUB_PREFIXES, CLUB_SUFFIXES, NICKNAME, VENUE,
                     before_a_sports_role, club_name, club_suffix_after, clubs_town, is_nation, is_sports_copy,
                     grounds, in_lineup, is_sports_story, placed_in, result_sides, team_and_player_spans,
                     town_and_nickname, town_named_as_club, written_as_a_horse)
from ..lexicon import (BODY_NAME_ENDINGS, BULLETS, DAY_NAMES, LEGAL_FORMS, DIRECTIONS, FACILITY_HEADS, GAELIC_PARTICLES,
                       GENERIC_INSTITUTIONS, HONORIFICS, KIN_ADDRESS_WORDS,
                       MONTH_NAMES,
                       NUMERIC_LABELS, FIRM_ENDINGS, ORG_HEAD_WORDS, POSTNOMINALS, PERSONAL_TITLES, PERSON_ONLY_TITLES,
                       PLACE_LABELS,
                       NAME_PARTICLES, NAME_SUFFIXES, PLACE_NOUNS_AFTER, PEER_STYLES, PERSON_NOUNS, PUBLIC_SPEAKERS,
                       QUARTER_NOUNS,
                       MEMBER_LETTERS, PLAYER_POSITIONS, RANK_ABBREVIATIONS, RANK_TITLES, REGNAL_TITLES, ROLE_WORDS,
                       NEWSPAPER_WORDS, ROUTE_WORDS, SHIP_PREFIXES, VEHICLE_MAKES,
                       SPEECH_FORMS_AFTER_NAME,
                       SPEECH_FORMS_BEFORE_NAME, TITLE_ABBREVIATIONS, TITLES_BEFORE_A_NAME, TOWN_OFFICES, WORD,
                       stop_words)

_LEADING_DROP = frozenset({"the", "a", "an"})
_POSSESSIVE = re.compile(r"['’]s$|(?<=s)['’]$")
_EDGE_PUNCT = "\"'“”‘’«»()[]{},.;:!?-–— \t"
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[A-Za-z]\.)+[A-Za-z]\.$|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros)\.$")
_PARTICLES = NAME_PARTICLES
_WHO_AFTER = re.compile(r"^[’']?s?\s*,?\s+(?:who|whom|whose)\b")
_WHO_PLURAL_AFTER = re.compile(r"\s*,?\s+who\s+(?:have|are|were)\b")
# Words before a place: prepositions of place, and what armies and states do to territory ("Russia
# annexed Crimea", "the invasion of Kuwait", "Putin visited Crimea"); a name the gazetteer knows
# after them is a place.
_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|across|throughout|from|(?<![Aa]ccording )to|visit(?:s|ed|ing)?|"
                           r"(?:annex|invad|occup|liberat|recaptur|retak)(?:e|es|ed|ied|ies|y|ing)|"
                           r"(?:annexation|invasion|occupation|liberation|recapture) of)\s+(?:the\s+)?$")
_TITLE_BEFORE = re.compile(r"(?:^|\s)(" + "|".join(re.escape(t) for t in sorted(HONORIFICS, key=len, reverse=True))
                           + r")\s+$", re.IGNORECASE)
_SPACED_DASH = re.compile(r"\s[-–—]+\s")
# One capitalised word of a name, with its apostrophes and hyphens: "O'Neill", "Smith-Jones".
_CAP_WORD = r"[A-Z][\w'’-]+"
# An acronym with a plural "s" counts things of a kind, it names none: "MPs have said", "GPs", "NGOs".
_PLURAL_ACRONYM = re.compile(r"(?:[A-Z]{2,5}|(?:[A-Z]\.){2,5})s")  # "L.L.C.s" too
# An amount with its currency's letters and a scale, which the model may take for a place or a
# body in a headline: "Oduduwa Cement posts N41bn profit" (naira), "R2bn", "Sh5m", "Rs40bn".
_AMOUNT_NAME = re.compile(r"(?:[A-Z][a-z]{0,2}|[$£€¥₦₹])?\d[\d.,]*(?:bn|mn|m|k|tn|trn)")
# A results heading's "Men's" or "Women's" ("Women's 100 metres hurdles"; the model read "Women" ORG),
# and a cricket scorecard's "Extras (lb-3 nb-2) 5" (PERSON): page furniture, no names.
_RESULTS_FURNITURE = re.compile(r"(?:Men|Women|Boys|Girls|MEN|WOMEN) ?['’]s\b|Extras ?\( ?(?:b|lb|nb|w)[- ]?\d")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str        # the group's label (after voting), not the model's guess for this span
    entity: str       # canonical name of the group
    model_label: str = ""  # the model's own label for this span; "" when newsmine found it

    @property
    def entity_id(self) -> str | None:
        return entity_id(self.label, self.entity)


@dataclass
class Entity:
    entity: str
    label: str
    mentions: int
    first_start: int
    aliases: list[str]
    spans: list[tuple[int, int]] = field(default_factory=list, repr=False)
    members: list[Mention] = field(default_factory=list, repr=False)  # its mentions, in text order

    @property
    def entity_id(self) -> str | None:
        return entity_id(self.label, self.entity)


# ---------------------------------------------------------------- corpus-wide identity

# Letters NFKD does not split into an ASCII letter and a mark.
_ASCII_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
                             "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th",
                             "Þ": "TH", "ı": "i"})
_ID_INITIAL_DOT = re.compile(r"(?<![a-z0-9])([a-z])\.")   # "u.s." -> "us", "j.k. rowling" -> "jk rowling"
_ID_APOSTROPHE = re.compile(r"['’‘ʼ`´]")                  # "o'brien" -> "obrien"
_ID_SEPARATORS = re.compile(r"[^a-z0-9]+")
_ID_WORDS = re.compile(r"\w+")


@functools.lru_cache(maxsize=1 << 16)
def entity_id(label: str | None, name: str | None) -> str | None:
    """A stable, readable id for a named thing across a corpus: 'PERSON', 'Vladimir Putin' ->
    'person:vladimir-putin'. The canonical name is folded to ASCII (accents dropped: 'Zelenskyy' and
    'Zelenskýy' meet), apostrophes and initials' dots removed ('U.S.' -> 'us'), every other run of
    non-letters a hyphen; a name with no Latin letter keeps its own lower-cased words. The label is
    part of the id: a thing the model labels differently in two articles gets two ids. None when
    there is no name."""
    if not name:
        return None
    folded = unicodedata.normalize("NFKD", name.translate(_ASCII_FOLD)).encode("ascii", "ignore").decode()
    folded = _ID_INITIAL_DOT.sub(r"\1", _ID_APOSTROPHE.sub("", folded.lower()))
    slug = _ID_SEPARATORS.sub("-", folded).strip("-")
    if not slug:
        slug = "-".join(_ID_WORDS.findall(_ID_APOSTROPHE.sub("", name.casefold()))).replace("_", "-")
    family = (label or "").lower().replace("_", "-")
    return f"{family}:{slug}" if slug else None


@dataclass
class _Group:
    members: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end, text, model label
    evidence: Counter = field(default_factory=Counter)  # label -> weight, beyond the model's votes
    named_at: set = field(default_factory=set)  # starts of full names newsmine found ("Theresa May")

    def name(self) -> str:
        found = [m for m in self.members if m[3] or m[0] in self.named_at] or self.members
        # the fullest form, as body text writes it ("China" rather than a headline's "CHINA"), without
        # a nickname in quotes ('Kevin "Kaybee" Omondi' is Kevin Omondi)
        name = max(found, key=lambda m: (len(m[2].split()), not m[2].isupper(), len(m[2]), -m[0]))[2]
        return _without_nickname(name)

    def votes(self) -> dict[str, int]:
        # A plain dict, not a Counter: every evidence pass asks each group's label (~15 times).
        votes: dict[str, int] = {}
        for _, _, text, label in self.members:
            if label:
                votes[label] = votes.get(label, 0) + len(text.split())  # a fuller name is stronger evidence
        for label, weight in self.evidence.items():
            votes[label] = votes.get(label, 0) + weight
        return votes

    def label(self) -> str:
        """The label with the most votes; a tie goes to the model's first, then to evidence's."""
        votes = self.votes()
        best = max(votes.values())
        for member in self.members:
            if member[3] and votes[member[3]] == best:
                return member[3]
        return next(label for label in self.evidence if votes[label] == best)


def clean_span(text: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    """Trim a mention to the name itself; None when nothing name-like is left."""
    cleaned = _clean(text, start, end, label)
    return cleaned and cleaned[:2]


# Figures glued to a name: a score or ordinal ("Mexico 2-0", "Durie 75th") never ends a name; a
# bare number ends no person or place ("J. Pooley 111") and, in sports copy, nothing ("Durham 114").
_TRAILING_FIGURE = re.compile(r" (?:\d+-\d+|\d+(?:st|nd|rd|th)|\d{1,3}(?:,\d{3})+)$")
_TRAILING_NUMBER = re.compile(r" \d+(?:\.\d+)?$")
_NAME_AFTER_PARTICLE = re.compile(r" [A-Z][\w'’-]+")
_NUMBERLESS_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP"})


def _without_desk(text: str, start: int, end: int) -> int:
    """The end of a byline's name the model ran into the desk: "Helena Marsh Environment
    correspondent" (`_DESK_BYLINE`) is Helena Marsh."""
    if text[end:end + 1] not in (" ", "\n"):
        return end
    desk = _DESK_BYLINE.match(text, text.rfind("\n", 0, start) + 1, text.find("\n", end) % (len(text) + 1))
    return desk.end(1) if desk and desk.start(1) == start and desk.end(1) < end else end


def _clean(text: str, start: int, end: int, label: str, *, sports: bool = False) -> tuple[int, int, bool] | None:
    """(start, end, titled): the name within the span, and whether a personal title opened it."""
    titled = False
    newline = text.find("\n", start, end)
    if newline >= 0:  # a name never runs across lines
        end = newline
    end = _without_desk(text, start, end)
    dash = _SPACED_DASH.search(text, start, end)
    if dash and _opens_line(text, start):
        start = dash.end()  # a headline's topic slug: "CRICKET - LEICESTERSHIRE" names the county
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    while True:  # "Colin Montgomerie 442,201": the figure after the name is no part of it
        m = _TRAILING_FIGURE.search(text, start, end)
        if m is None and (sports or label in _NUMBERLESS_LABELS):
            m = _TRAILING_NUMBER.search(text, start, end)
        if m is None or m.start() == start:
            break
        end = m.start()
    while True:
        words = text[start:end].split(" ")
        first = words[0].lower()
        # "DR Congo": capitals in a mixed-case name are no "Dr" (an all-capitals headline's "DR SMITH" is)
        title = _title_word(first, label) and not (words[0].isupper() and len(words[0]) > 1
                                                   and not text[start:end].isupper())
        if len(words) > 1 and (first in _LEADING_DROP or title):
            titled = titled or title
            start += len(words[0]) + 1
            while start < end and text[start] == " ":
                start += 1
            continue
        break
    # A person's name the model cut after its particles: "Singer Imogen de la" + "Mare wrote".
    if label == "PERSON" and text[start:end].split(" ")[-1] in _PARTICLES \
            and (rest := _NAME_AFTER_PARTICLE.match(text, end)):
        end = rest.end()
    # Generic words around a name are not the name: "Interfax news agency", "former Soviet".
    words = text[start:end].split(" ")
    while len(words) > 1 and (_is_common(words[-1]) or words[-1] in POSTNOMINALS and not _NAME_AFTER.match(text, end)):
        end -= len(words.pop()) + 1   # "Brian Monteith MSP" is Brian Monteith ("Tory MP Boris Johnson": a role)
    while len(words) > 1 and (_is_common(words[0]) and words[0] not in _PARTICLES or words[0].isdigit()):
        start += len(words.pop(0)) + 1
    m = _POSSESSIVE.search(text[start:end])
    if m and end - start > len(m.group()) + 1:
        end -= len(m.group())
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    if end < len(text) and text[end] == "." and _ABBREVIATION.search(text[start:end + 1]):
        end += 1  # "U.S.", "Corp.": the period belongs to the name
    name = text[start:end]
    if not any(c.isupper() or c.isdigit() for c in name) or not any(c.isalpha() for c in name) \
            or _PLURAL_ACRONYM.fullmatch(name) or _AMOUNT_NAME.fullmatch(name) \
            or _common_word_opening_quote(text, start, end) \
            or _RESULTS_FURNITURE.match(text, start, end + 12) and " " not in name:
        return None
    return start, end, titled


# Words in lower case a person's name may hold between its capitalised ones: particles ("Charles de
# Gaulle", "Ortega y Gasset", "Costa e Silva", "Kiprono arap Sang", "Wanjiku wa Kinyanjui", "Ahmed ould
# Abdallah"), "of" and "the" ("Catherine of Aragon"), "and" of a couple.
_NAME_INNER_WORDS = NAME_PARTICLES | GAELIC_PARTICLES | frozenset(
    "y e do zu und of the and bint ap arap wa ould ag".split())


def _before_a_headline_verb(text: str, start: int, end: int) -> int:
    """The end of a person's span that runs over a word in lower case no name holds (roles before
    the name gone by now: "Wales physio Mark Davies"): a headline's "Munster stun Leinster" (the
    model: one person) is two teams and a verb; the name ends before it. Not a particle a name
    holds ("Kiprono arap Sang", "Ortega y Gasset")."""
    at = start
    for k, word in enumerate(text[start:end].split(" ")):
        if 0 < k and word.isalpha() and word.islower() and word not in _NAME_INNER_WORDS:
            return at - 1
        at += len(word) + 1
    return end


def _title_word(word: str, label: str) -> bool:
    """A title, or before a person's name a role or a rank, which is no part of the name: "Fed
    Chair Powell" is Powell, "Councillor Bronagh Kerr" Bronagh Kerr; a peer's style is part of it
    ("Baroness Scotland")."""
    return word in PERSONAL_TITLES or word in RANK_ABBREVIATIONS or label == "PERSON" and (
        word in HONORIFICS or word in ROLE_WORDS or word in RANK_TITLES and word not in PEER_STYLES
        or word in _SPORTS_ROLES_BEFORE_A_NAME)   # a headline's "Qualifier Sorensen saves two match points"


_SPORTS_ROLES_BEFORE_A_NAME = frozenset(
    (*PLAYER_POSITIONS, "substitute", "captain", "skipper", "debutant", "rookie", "qualifier", "wildcard"))


# Part-of-speech tags of words that are not names when they open a sentence ("Groups of ...").
_COMMON_TAGS = frozenset("NN NNS VB VBD VBG VBN VBP VBZ RB RBR RBS IN DT PRP PRP$ MD CC UH WRB WP WDT".split())


def _common_word_opening_sentence(doc, text: str, start: int, end: int) -> bool:
    """One word, capitalised only because it opens the sentence, tagged as a common word; or a
    sentence-case headline's first word the body never capitalises (`_headline_word`)."""
    if not _opens_sentence(text, start):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].text.isupper():
        return False
    if span[0].tag_ not in _COMMON_TAGS and not _headline_word(text, start, end):
        return False
    if any(_given_name(before) for before in re.findall(rf"\b([A-Z][\w'’-]*) {re.escape(span[0].text)}\b", text)):
        return False  # "Trump said" after "Donald Trump": the article's own full name ends in it
    word = span[0].text.lower()
    if word in _lower_words(text):
        return True  # the article itself writes it in lower case
    if word.endswith("s") and _town_of_its_own_name(span[0].text):
        return False  # "Leeds finished third": WordNet knows the city, and the tagger read a plural ("Derby
        # matches" is the common noun)
    forms = {word, word[:-1], word[:-2], word[:-3] + "y"} if word.endswith("s") else {word}
    return bool(forms & _dictionary())


# A town this big bears its name as a name, wherever a sentence puts it.
OWN_NAME_TOWN_SIZE = 100_000


def _town_of_its_own_name(name: str) -> bool:
    """A city, region or country of OWN_NAME_TOWN_SIZE people or more bears this very name ("Leeds")."""
    return any(c.name == name and c.kind in ("city", "region", "country") and c.population >= OWN_NAME_TOWN_SIZE
               for c in gazetteer_entries(name)[:2])


_PORTFOLIO_BEFORE = re.compile(r"\b(?:Minister|Ministers|Secretary|Secretaries)\s+(?:for|of)\s+(?:the\s+)?$")


def _generic_noun(text: str, start: int, end: int) -> bool:
    """"the Government wants": a common noun capitalised for an institution names no particular
    body; nor does a minister's portfolio ("the Minister for Justice", "Minister of the Interior")."""
    word = text[start:end]
    if " " in word or word.isupper():
        return False
    return word.lower() in GENERIC_INSTITUTIONS or bool(_PORTFOLIO_BEFORE.search(text[max(0, start - 30):start]))


def _topic_slug(doc, text: str, start: int, end: int) -> bool:
    """The topic word opening a wire headline ("CRICKET - ..."): a common word, not a place."""
    word = text[start:end]
    if not _opens_line(text, start) or " " in word or not _SPACED_DASH.match(text, end):
        return False
    from ..gazetteer import is_major_place

    return word.lower() in _dictionary() and not is_major_place(word.lower())


def _dictionary() -> frozenset[str]:
    from ..pipeline import common_words

    return common_words()


def _is_common(word: str) -> bool:
    """A lower-case word with no digit: never the edge of a proper name."""
    return bool(word) and word != "&" and not any(c.isupper() or c.isdigit() for c in word)


def _key(name: str) -> str:
    return " ".join(_without_nickname(name).casefold().replace("’", "'").split())


def _without_nickname(name: str) -> str:
    """'Kevin "Kaybee" Omondi' -> "Kevin Omondi". Asked for every name and key many times an
    article: the pattern runs only when a quote mark is there at all."""
    return _NICKNAME_IN_NAME.sub(" ", name) if _QUOTE_MARKS.intersection(name) else name


# A nickname in quotes inside a full name: 'Lachlan "Lachie" Whitford', 'Kevin “Kaybee” Omondi'
_NICKNAME_IN_NAME = re.compile(r" [\"“‘]([A-Z][\w'’-]{1,20})[\"”’] ")
_QUOTE_MARKS = frozenset('"“‘')
# ... and the whole name (the model may find none of it, or only the nickname)
_NICKNAMED_NAME = re.compile(r"\b[A-Z][a-z]+ [\"“‘][A-Z][\w'’-]{1,20}[\"”’] [A-Z][\w'’-]+")


def _entity_groups(doc) -> list[_Group]:
    """Mention groups of one Doc, in order of first mention."""
    text = text_of(doc)
    by_key: dict[str, _Group] = {}
    datelines = dateline_places(text, doc.ents)
    for s, e in datelines:
        group = by_key.setdefault(_key(text[s:e]), _Group())
        group.members.append((s, e, text[s:e], ""))
        group.evidence["GPE"] += 3
    sports = [span for span in team_and_player_spans(text)
              if not any(s < span[1] and span[0] < e for s, e in datelines)]
    for s, e, label in sports:
        # a venue is the place, a group apart from the team of the same name ("DETROIT 53 80")
        key = _key(text[s:e]) + ("\x00venue" if label == VENUE else "")
        group = by_key.setdefault(key, _Group())
        group.members.append((s, e, text[s:e], ""))
        group.evidence["GPE" if label == VENUE else label] += _PATTERN_WEIGHT
    _add_model_mentions(doc, text, by_key, datelines + [span[:2] for span in sports], bool(sports))
    _add_names_missed(doc, text, by_key, datelines)
    _drop_headline_glue(by_key, text)
    _drop_headline_words(by_key, text)
    _drop_horses(by_key, text)
    _drop_kin_words(by_key)
    _fold_storm_names(by_key, text)
    _fold_ship_names(by_key)
    _fold_middle_initials(by_key)
    groups = _join_partial_names(by_key, text)
    _missed_result_sides(text, groups)
    _add_missed(text, groups)
    _add_common_surnames(text, groups)
    _surnames_that_speak(text, groups)
    groups.extend(_acronym_groups(text, groups))
    platforms = _platform_uses(text)
    groups.extend(_platform_groups(doc, text, groups, platforms))
    _gather_evidence(text, groups, bool(sports) or is_sports_copy(text), datelines)
    _article_evidence(doc, groups)
    _platforms_read_as_people(text, groups, platforms)
    _acronyms_read_as_people(text, groups)
    _misread_full_names(text, groups)
    _misread_lone_surnames(text, groups)
    groups.extend(_full_names_missed(text, groups))
    _add_missed(text, groups)   # again with the labels read: "Kiera Lyons" (the model's ORG) ... "Lyons has"
    groups = _relatives_missed(text, groups)
    groups.extend(_split_datelines(groups, datelines))
    groups = _spelt_out_names_missed(text, groups)
    groups = _fold_acronyms(groups)
    groups = _fold_short_body_names(text, groups)
    groups = _fold_bracketed_short_names(text, groups)
    groups = _fold_team_nicknames(text, _join_towns_to_nicknames(text, groups, sports=bool(sports)))
    groups = _fold_club_towns(groups)
    groups = _fold_bodies_without_their_place(text, groups)
    groups = _fold_clipped_names(text, groups)
    groups = _fold_bare_heads(text, groups)
    groups.sort(key=lambda g: min(m[0] for m in g.members))
    for g in groups:
        g.members.sort()
    return groups


def _add_names_missed(doc, text: str, by_key: dict[str, _Group], datelines: list[tuple[int, int]]) -> None:
    """The names the model's spans left out or misread, each found by its own pattern."""
    _names_after_datelines(text, by_key, datelines)
    _given_names_missed(doc, text, by_key)
    _surnames_cut_off(text, by_key)
    _demonyms_missed(doc, text, by_key)
    _titled_names_missed(text, by_key)
    _nicknamed_names_missed(text, by_key)
    _names_after_roles(text, by_key)
    _byline_names_missed(text, by_key)
    _bodies_missed(text, by_key)
    _treaties_missed(text, by_key)
    _acronym_names_missed(text, by_key)
    _grounds_missed(text, by_key, is_sports_story(text))
    _scorers_missed(text, by_key)
    _vehicles_missed(text, by_key)
    _products_missed(text, by_key)
    _short_body_names_missed(text, by_key)
    _given_names_before_an_age(doc, text, by_key)
    _given_names_before_gaelic_surnames(doc, text, by_key)
    _towns_and_regions_missed(text, by_key)
    _widen_cut_mentions(text, by_key)


def _widen_cut_mentions(text: str, by_key: dict[str, _Group]) -> None:
    """A mention the model cut short of the name it has whole elsewhere: "Little Lagos, a drama
    about ..." (only "Lagos" marked) beside the headline's "drama Little Lagos wins" is the film's
    name again, when the words before it are the name's own first words, written the same."""
    names = {g.members[0][2] for g in by_key.values() if len({m[2] for m in g.members}) == 1
             and " " in g.members[0][2]}
    for name in names:
        first, _, rest = name.partition(" ")
        short = by_key.get(_key(rest))
        if short is None or short is by_key.get(_key(name)) or first.lower().rstrip(".") in _TITLES_AND_ROLES:
            continue   # "Lord Hutton ... Hutton": a title's surname is the title rules' ("Lord" ORG)
        cut = [m for m in short.members if m[2] == rest and text[max(0, m[0] - len(first) - 1):m[0]] == first + " "]
        for m in cut:
            short.members.remove(m)
            by_key[_key(name)].members.append((m[0] - len(first) - 1, m[1], name, ""))   # its label was the cut span's
        if not short.members:
            del by_key[_key(rest)]


def _add_model_mentions(doc, text: str, by_key: dict[str, _Group], fixed: list[tuple[int, int]],
                        sports: bool) -> None:
    """The model's spans outside the `fixed` ones (datelines, sports patterns), each cut into the
    names it holds: a result line's two sides, a body and one of its people, a list's items."""
    surnames = {e.text.split()[-1] for e in doc.ents
                if e.label_ == "PERSON" and " " in e.text and not re.search(r"['’\d]", e.text)}
    for ent_start, ent_end, ent_label in _joined_neighbours(text, doc.ents):
        if any(s < ent_end and ent_start < e for s, e in fixed):
            ent_start = _after_a_dateline(text, ent_start, ent_end, fixed)
            if ent_start is None:
                continue
        sides = _result_row_sides(text, ent_start, ent_end)
        owned = _owner_and_surname(text, ent_start, ent_end, surnames)
        towns = not sides and not owned and towns_in_one_name(text, ent_start, ent_end) is not None
        for start, end in sides or owned or _split_parts(text, ent_start, ent_end, ent_label):
            if sides or owned and start == ent_start:   # a side or the owner: a nation or a body
                label = "GPE" if is_nation(text[start:end]) else "ORG"
            else:
                titled = _titled_surname(text[start:end], surnames)
                label = "PERSON" if owned or titled else "GPE" if towns else ent_label
            _add_model_mention(doc, text, by_key, start, end, label, sports)


def _names_after_datelines(text: str, by_key: dict[str, _Group], datelines: list[tuple[int, int]]) -> None:
    """A full name opening the story after a dateline's dash, which the model often leaves out
    ("MEMPHIS, Tenn. (AP) - Darnell Pryce scored 31 points"), when the story later writes its
    last word alone ("Pryce hit three straight 3-pointers", "Morrissey, 58, said"): a person."""
    for _, end in datelines:
        m = _NAME_AFTER_DATELINE.match(text, end)
        if m is None or any(w.lower() in stop_words() for w in m.group(1).split()):
            continue   # not "BARNSLEY — When Harold Firth asked"
        surname = re.escape([w for w in m.group(1).split() if w.rstrip(".").lower() not in NAME_SUFFIXES][-1])
        if re.search(rf"(?<![\w’'-]){surname}(?![\w’'-])", text[m.end():]) is None:
            continue
        start, stop = m.span(1)
        if not any(s < stop and start < e for g in by_key.values() for s, e, _, _ in g.members):
            _add_person(by_key, start, stop, m.group(1))   # not where the model found a name: "Senator Loretta Vance"


# What follows a dateline's place up to its dash, then a full name (a suffix too) and a lower-case
# word: ", Tenn. (AP) - Darnell Pryce scored", ", Northern Ireland - Declan Morrissey milks", ", Miss.
# — Reginald Ashby Jr. won".
_NAME_AFTER_DATELINE = re.compile(r"(?:,? [A-Z][\w.]*(?: [A-Z][\w.]*){0,2})?,?(?: \([A-Za-z .]{1,30}\))?"
                                  rf" ?[-–—] ?({_CAP_WORD}(?: {_CAP_WORD}){{1,2}}"
                                  r"(?:,? (?:Jr|Sr)\.|,? I{2,3})?) [a-z]")


def _after_a_dateline(text: str, start: int, end: int, fixed: list[tuple[int, int]]) -> int | None:
    """Where a model span that ran from a fixed span (a dateline) over its dash into the story goes
    on: "HAMILTON - Damian Tamihana kicked" (one ORG for the model) holds the kicker; None when no
    dash and words follow the last fixed span in it."""
    last = max(e for s, e in fixed if s < end and start < e)
    rest = _DATELINE_DASH.match(text, last, end)
    return None if rest is None or rest.end() >= end else rest.end()


_DATELINE_DASH = re.compile(r"\s*(?:[-–—]|:)\s*")   # "HAMILTON - ", "HAMILTON—", "BENGALURU: "


def _titled_surname(name: str, surnames: set[str]) -> bool:
    """A title or rank and the surname of a person the model named in full: "Councillor Mistry",
    "Sister Mulvey" (ORG for the model) after "Councillor Angela Mistry", "Sister Bernadette Mulvey"."""
    title, _, rest = name.partition(" ")
    rest = re.sub(r"['’]s?$", "", rest)   # "paid tribute to Sister Mulvey's commitment"
    return rest in surnames and title.lower() in (HONORIFICS | RANK_TITLES) - PEER_STYLES - REGNAL_TITLES


# What stands before a common noun and never before a person's name: "the Mac Mini", "his Mac Mini"
# ("a" does: "if Chelsea had a Ruud van Nistelrooy", and so does a team sheet's initial "A Baddeley").
_DETERMINERS = frozenset("the his her their its my our your".split())


_ATTRIBUTIVE_NEXT = frozenset({"NN", "NNS", "JJ", "JJR", "JJS", "CD", "CC"})


def _headed_after_the(doc, start: int, end: int) -> bool:
    """Does "the" stand right before the name as its own determiner ("the Lib Dems want"), not as
    the determiner of a noun the name modifies ("the James report", "the Nicki Chapman role")? Read
    from the tags, which the entity pipeline has (no parse)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].lower_ not in _DETERMINERS:
        return False
    if span.end == len(doc):
        return True
    after, then = doc[span.end], doc[span.end + 1] if span.end + 1 < len(doc) else None
    # not a noun or adjective after it ("the Steven Gerrard own goal", "the Guildford Four", "the
    # Robert Harris best-seller"), nor one of two names sharing a noun ("the Beringer and Wolf Blass
    # brands", "the Bush/Kerry contest"), nor a participle before a noun ("the Gino Marinuzzi
    # conducting competition"; "the Gunners winning only three" is theirs), nor "of" before a name
    # ("the Eminem of Argentina"; "accused the Lib Dems of offering" is theirs)
    return after.tag_ not in _ATTRIBUTIVE_NEXT and after.text not in "/&-–" \
        and not (after.tag_ == "VBG" and then is not None and then.tag_ in ("NN", "NNS")) \
        and not (after.lower_ == "of" and then is not None and then.text[:1].isupper())


# "The Munsterman landed two more penalties": a man of a place, a person though he takes "the".
_MAN_OF_A_PLACE = re.compile(r"^[A-Z][a-z]+(?:wo)?man$")


def _titled_at(text: str, start: int) -> bool:
    """A title just before the mention at `start` ("Mrs Gescher", "President Obama")."""
    return bool(_TITLE_BEFORE.search(text[max(0, start - 20):start]))


def _common_plural(word: str) -> bool:
    """"Grizzlies", "Stars": a plural of an English noun, which names a team or a band after "the"
    ("the Grizzlies, who had lost four straight"), never one person."""
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word[:1].isupper() \
        and word.lower().rstrip(".") not in HONORIFICS and _in_dictionary(word) and word.lower() not in _dictionary()


def _titled_or_who(text: str, g: _Group) -> bool:
    """A title before a mention or a singular "who" after one: the article's own word for a person
    (a bare word joining a full name says nothing here: "Mac" and "Mini" join "Mac Mini")."""
    return any(_titled_at(text, s)
               or _WHO_AFTER.match(text[e:e + 12]) and not _WHO_PLURAL_AFTER.match(text, e) for s, e, _, _ in g.members)


def _article_evidence(doc, groups: list[_Group]) -> None:
    """People's names take no article: a name the model read as a person that heads most of its
    mentions after "the" or a possessive names a body or a thing ("the Lib Dems said", "his Mac
    Mini", "the Tate"), an organisation unless other evidence says what. Not under a title, nor a royal's or a
    cleric's title ("the Queen", "the Pope"), nor a family ("the Scholls"), nor a man of a place
    ("the Munsterman")."""
    text = text_of(doc)
    head_end = headline_end(text)
    for g in groups:
        name = g.name()
        if g.label() != "PERSON" or _titled_or_who(text, g) and not _common_plural(name.split()[-1]) \
                or name.split()[0].lower() in HONORIFICS \
                or _MAN_OF_A_PLACE.search(name) \
                or name.endswith("s") and " " not in name and not name.isupper() and _written_as_surname(text, name[:-1]):
            continue
        # most of its mentions: a headline writes none ("Mac Mini heralds mini revolution")
        headed = sum(1 for s, e, _, _ in g.members if _headed_after_the(doc, s, e))
        if 2 * headed > len([m for m in g.members if m[0] > head_end]):
            g.evidence["ORG"] += sum(g.votes().values()) + 1


def _gather_evidence(text: str, groups: list[_Group], sports: bool, datelines: list[tuple[int, int]]) -> None:
    """Each reading of the article adds its evidence for a label; the order matters where a pass
    only acts on what the passes before left undecided (a name's shape, a big place, a club)."""
    club_story = sports or is_sports_story(text)
    _context_evidence(text, groups, club_story)
    _couple_evidence(text, groups)
    _place_evidence(text, groups)
    _platform_evidence(text, groups)
    _product_evidence(text, groups)
    _ship_evidence(text, groups)
    _product_kind_evidence(text, groups)
    _company_evidence(text, groups, sports)
    _car_maker_evidence(text, groups)
    _own_its_evidence(text, groups)
    _name_shape_evidence(text, groups)
    _demonym_evidence(text, groups)
    _language_evidence(text, groups)
    _competition_evidence(text, groups, sports)
    _law_evidence(groups)
    _facility_evidence(text, groups)
    _body_head_evidence(groups)
    _land_and_water_evidence(groups)
    if club_story:
        _club_evidence(text, groups, datelines)
    _sports_role_evidence(text, groups)
    _collective_evidence(text, groups)
    _score_side_evidence(text, groups)
    _result_side_evidence(text, groups)
    _peoples_word_evidence(text, groups)
    _one_person_evidence(text, groups)
    _described_person_evidence(text, groups)
    _split_vote_evidence(text, groups)
    _bracketed_short_name_evidence(text, groups)
    _kind_evidence(text, groups)
    _title_evidence(text, groups)
    _big_place_evidence(text, groups)
    _home_town_evidence(text, groups)
    _major_place_evidence(text, groups, sports)
    _country_evidence(text, groups)
    _qualifier_evidence(text, groups)
    _definite_article_evidence(text, groups)   # last: only what every other reading left a person


# A pronoun for a person a few lower-case words after a name, in its clause: "Washington thanked his
# family", "Miliband said he was proud", "Hilton said it was her favourite" (a body takes "its").
_PERSONAL_PRONOUN_AFTER = re.compile(r"^[’']?\s+(?:[a-z]+\s+){1,3}(?:he|she|his|her|him|himself|herself)\b")


# "its" a few lower-case words after a name, in its clause: "Energis also did its own intelligence
# work" is a body's doing. Not past a speech verb ("Ms Reed said its policy ..." may be another's).
# Nor past a form of "be": "Paul Rhys was its best performer" is the award's.
_ITS_AFTER = re.compile(r"^[’']?\s+((?:[a-z]+\s+){1,3})its\b")
_BE_FORMS = frozenset({"is", "was", "are", "were", "be", "been", "being", "became", "becomes"})


def _its_after(text: str, end: int) -> bool:
    match = _ITS_AFTER.match(text[end:end + 40])
    return bool(match) and not any(w in SPEECH_FORMS_AFTER_NAME or w in _BE_FORMS for w in match.group(1).split())


def _personal_use(text: str, start: int, end: int) -> bool:
    """A title before the mention, or a personal pronoun right after it in its clause, or opening
    the next sentence after a short one the mention opens: "Okonkwo laughs at the story. Her
    parents ..." (GPE for the model)."""
    return _titled_at(text, start) or bool(_PERSONAL_PRONOUN_AFTER.match(text[end:end + 40])) \
        or (start == 0 or text[start - 1] == "\n" or text[max(0, start - 2):start] == ". ") \
        and bool(_PRONOUN_OPENS_NEXT.match(text, end))


# A short sentence after the name, then a he/she/his/her opening the next one. Narrower than
# `_NEXT_OPENS_WITH_PRONOUN` (a gender's vote): only lower-case words between, so no other name.
_PRONOUN_OPENS_NEXT = re.compile(r"[’']?(?: [a-z][\w’'-]*){1,8}[.!?] (?:He|She|His|Her)\b")


def _misread_full_names(text: str, groups: list[_Group]) -> None:
    """A full name the model read as a body or place ("Denzel Washington" ORG, "Paris Hilton" ORG)
    is a person's when the article uses its last word alone as one ("Washington thanked his
    family", "Mrs May") or names a kinsman with it ("his brother David Miliband"); the lone surname
    joins it when no other full name ends in it. Not a known place ("Port Washington"), a club, or a
    name written with "the" ("the Paris Hilton", a hotel)."""
    lone = {g.name(): g for g in groups if " " not in g.name()}
    people = defaultdict(list)
    for g in groups:
        if g.label() == "PERSON" and " " in g.name():
            people[g.name().split()[-1]].append(g)
    for g in list(groups):
        words = g.name().split()
        if g.label() not in ("ORG", "GPE", "LOC", "FAC") or not 2 <= len(words) <= 3 \
                or not all(_NAME_WORD.match(w) and w.lower() not in PERSONAL_TITLES for w in words) \
                or gazetteer_kind(g.name()) or club_name(g.name()) \
                or any(_THE_BEFORE.search(text[max(0, s - 5):s]) for s, _, _, _ in g.members):
            continue
        alone, kin = lone.get(words[-1]), people.get(words[-1], [])
        # a person the article names in full explains the lone surname ("Aston Martin" beside "Andy
        # Martin ... Martin said he"), unless a kin word makes them one family
        used = alone is not None and not kin and any(_personal_use(text, s, e) or _AGE_AFTER_NAME.match(text, e)
                                                     for s, e, _, _ in alone.members)   # "Ferraresi, 58, trained"
        if not used and not any(_KIN_JUST_BEFORE.search(text[max(0, s - 30):s]) for k in kin for s, *_ in k.members):
            continue
        joins = alone is not None and (alone.label() in ("PERSON", g.label()) or used)
        if joins and not kin and alone in groups:   # its votes join before the person's outweigh them all
            g.members.extend(alone.members)
            g.evidence.update(alone.evidence)
            g.named_at |= alone.named_at
            groups.remove(alone)
        g.evidence["PERSON"] += sum(g.votes().values()) + 1
        if joins and kin:  # "Ed Miliband" and "David Miliband": which one "Miliband" is, unsaid
            alone.evidence["PERSON"] += sum(alone.votes().values()) + 1


def _misread_lone_surnames(text: str, groups: list[_Group]) -> None:
    """The other way round: a lone surname the model read as a body or place joins the one full
    name of a person ending in it when the article uses it as a person's ("Darren Holt, 34, ...
    Holt forced his way into the home", "Holt" ORG three times), and a lone untitled "person" that the
    first pass left apart because the model read both as bodies; not a place the gazetteer knows
    as a country or first-level region, which a person's surname may share."""
    from ..gazetteer import is_major_place

    people = defaultdict(list)
    for g in groups:   # not a firm the model read as a person ("Ascensori Morandi S.p.A.")
        if g.label() == "PERSON" and 2 <= len(g.name().split()) <= 3 and g.name().split()[-1] not in BODY_NAME_ENDINGS:
            people[g.name().split()[-1]].append(g)
    for alone in list(groups):
        name = alone.name()
        if alone.label() not in ("ORG", "GPE", "LOC", "PERSON") or " " in name or alone.label() == "PERSON" \
                and any(_titled_at(text, s) for s, _, _, _ in alone.members):
            continue   # an untitled PERSON too, when both were the model's ORG ("Tunde Bakare ... Bakare, who runs")
        owners = [o for o in _named_before_all(people.get(name, []), alone) if o is not alone
                  and (alone.label() != "PERSON" or min(m[0] for m in o.members) < min(m[0] for m in alone.members))]
        if len(owners) != 1 or is_major_place(name.lower()) or _the_firm_of_the_name(text, alone) \
                or alone.label() != "PERSON" and not any(_personal_use(text, s, e) or _WROTE_AFTER.match(text, e)
                                                         or _AGE_AFTER_NAME.match(text, e)
                           for s, e, _, _ in alone.members):   # "Tamihana, 21, was composed"
            continue
        person = owners[0]
        person.members.extend(alone.members)
        person.named_at |= alone.named_at
        person.evidence["PERSON"] += sum(person.votes().values()) + 1  # the lone mentions' votes are misreadings
        groups.remove(alone)


# A speech verb after a lone surname the model read as a body, where a person of that surname is
# named: "Darren Holt ... Holt wrote on Facebook", "Holt told the court".
_WROTE_AFTER = re.compile(r" (?:said|says|told|wrote|writes|posted|tweeted|added)\b")


def _named_before_all(people: list[_Group], alone: _Group) -> list[_Group]:
    """Of two people sharing a surname, the one the article named before every mention of the lone
    surname, the other only after them: "Callum Brierley ... Brierley wrote on X ... His wife, Ruth
    Brierley" is Callum's. All of them when the mentions do not tell."""
    if len(people) < 2:
        return people
    first, last = min(m[0] for m in alone.members), max(m[0] for m in alone.members)
    before = [p for p in people if min(m[0] for m in p.members) < first]
    after = [p for p in people if min(m[0] for m in p.members) > last]
    return before if len(before) == 1 and len(before) + len(after) == len(people) else people


# Lower-case particles inside a person's name, two-word ones first: "Josh van der Flier", "Leonardo da Vinci"
_DUTCH_PARTICLES = re.compile(r" (?:van der|van den|van de|von der|van|von|ter|ten) ")
_NAME_PARTICLES = re.compile(r" (?:van der|van den|van de|de la|" + "|".join(sorted(NAME_PARTICLES)) + ") ")


# A conjunction the model's span swallowed at its end ("Mt. Pleasant and" ORG, then "Burlington").
_CONJUNCTION_END = re.compile(r"\s+(?:and|or)$")
# People a town must count to be read as one in "X and Y" the model split at the "and" ("Marks and
# Spencer" is a firm: Marks, Mississippi has 1,500 people).
_LISTED_TOWN_SIZE = 20_000


def _two_towns_listed(text: str, start: int, middle: int, end: int) -> bool:
    """Do the model's "X and" and the "Y" after it list two towns of some size, not one name the
    gazetteer knows whole ("Trinidad and Tobago")? "issued for Mt. Pleasant and Burlington"."""
    m = _CONJUNCTION_END.search(text, start, middle)
    return m is not None and two_towns(text[start:m.start()], text[middle + 1:end], text[start:end])


_AND = re.compile(r"\s+and\s+")
_TO = re.compile(r"\s+to\s+")


# After a preposition of place smaller towns will do: "the thefts spread to Auburndale and Lakeland"
# (ORG; Auburndale has 15,000 people), while "a letter to Marks and Spencer" stays the firm. "To"
# counts here, as "of" does not (`_TOWN_PREPOSITION` reads the reverse: "of Ledbury, Herefordshire").
CUED_TOWN_SIZE = 10_000
_PLACE_PREPOSITION = re.compile(r"\b(?:in|to|from|near|at|between)\s+$")


# A name, a comma and a county or region ("Leek, Staffordshire", "Kells, Co Meath"), not an
# apposition ("Buxton, Derbyshire's ..."), a longer name ("Stafford, Staffordshire County Council")
# or a list ("breweries in eight Russian cities - Klin, Ivanovo, Saransk": three towns).
_NAME_BEFORE_REGION = re.compile(r"(?<![A-Za-z], )\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?), "
                                 r"((?:Co\.? )?[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b(?!['’]s\b| [A-Z]|-|, [A-Z])")


def towns_before_their_regions(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(town, region) offsets of each town written before a comma and its county, state or
    province: "Firefighters from Matlock, Derbyshire, and Leek, Staffordshire" (the model: one
    ORG, a PERSON and nothing) are four places in both tables. The gazetteer must put a town of the
    name in that region (`_town_in_region`); an Irish county needs no check ("Crews from
    Enniscorthy, Co Wexford")."""
    return list(_region_pairs(text))


@functools.lru_cache(maxsize=4)   # the entity and the place rules read the same text
def _region_pairs(text: str) -> tuple[tuple[tuple[int, int], tuple[int, int]], ...]:
    if ", " not in text:
        return ()
    pairs = []
    for m in _NAME_BEFORE_REGION.finditer(text):
        town, region, start = m.group(1), m.group(2), m.start(1)
        if irish_county(region) is None and not _town_in_region(town, region):
            first, _, last = town.partition(" ")   # "In Leek, Staffordshire": a sentence's opening word
            if not last or first.lower() not in stop_words() or not _town_in_region(last, region):
                continue
            start += len(first) + 1
        pairs.append(((start, m.end(1)), m.span(2)))
    return tuple(pairs)


def _town_in_region(town: str, region: str) -> bool:
    """Does the gazetteer know `region` as a state, province or county (not one that shares its
    name with a town of its country, as Durham does) and a town `town` inside it?"""
    from .. import gazetteer as gaz

    found = gazetteer_entries(region)[:3]
    regions = [c for c in found if c.kind == "region" and c.feature in ("ADM1", "ADM2")
               and (c.feature != "ADM2" or gaz.county_abroad(c, found))]
    counties = [c for c in found if c.feature == "RGN" and c.country_code in gaz.COUNTY_ADDRESSES]  # Berkshire
    towns = [c for c in gazetteer_entries(town) if c.kind == "city"]
    return any(gaz.in_region(c, r) for r in regions for c in towns) \
        or any(gaz.near_county(c, r) for r in counties for c in towns)


def towns_in_one_name(text: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The offsets (in the name) of the two towns that one of the model's names lists: "trains
    between Perth and Inverness", "drove from Bangor to Portland" (ORG); None for one name ("Marks
    and Spencer", "Trinidad and Tobago")."""
    name = text[start:end]
    pairs = towns_before_their_regions(name) if _NAME_BEFORE_REGION.fullmatch(name) else []
    if pairs:
        return pairs[0]   # "Kells, Co Meath", "Matlock, Derbyshire" (ORG): a town and its county
    after_from = text[max(0, start - 5):start].lower() == "from "
    m = (_TO if after_from else _AND).search(name)
    size = CUED_TOWN_SIZE if _PLACE_PREPOSITION.search(text, max(0, start - 9), start) else _LISTED_TOWN_SIZE
    if m is None or m.re.search(name, m.end()) or not two_towns(name[:m.start()], name[m.end():], name, size):
        return None
    return (0, m.start()), (m.end(), len(name))


def two_towns(first: str, second: str, whole: str, size: int = _LISTED_TOWN_SIZE, *,
              any_countries: bool = False) -> bool:
    """Two towns of `size` people or more, each by its own name (not "Dick" for Dickinson: "Dick
    and Dom"), not one name the gazetteer knows whole. Smaller towns must share a country: "to
    Marks and Spencer" names a Russian and an American town of 10,000 and more, no list; not with
    `any_countries` (the ends of a route: "an air service from Windhoek to Maun"). A place of
    any size beside a big city of its country is listed too ("a ferry between Perth and Rottnest
    Island", 565 people)."""
    from ..gazetteer import BIG_CITY

    if gazetteer_entries(whole):
        return False
    found = [gazetteer_entries(part) for part in (first, second)]
    if not all(f and f[0].primary and f[0].kind == "city" for f in found):
        return False
    big = [{c.country_code for c in f if c.kind == "city" and c.population >= BIG_CITY} for f in found]
    if big[0] & {found[1][0].country_code} or big[1] & {found[0][0].country_code}:
        return True
    if any(f[0].population < size for f in found):
        return False
    countries = [{c.country_code for c in f if c.kind == "city" and c.population >= size} for f in found]
    return size >= _LISTED_TOWN_SIZE or any_countries or bool(countries[0] & countries[1])


def _joined_neighbours(text: str, ents) -> list[tuple[int, int, str]]:
    """The model's name spans, with two that only a space parts made one: two halves of one kind
    ("Casa" "Santa Marta", "Zine al-Abidine" "Ben Ali"), two people's halves parted by a particle
    ("Josh" "van der" "Flier"), or a company and its country ("Sony" "Australia"). Not after a
    possessive ("Department 's" "Drazek"), nor in a line of capitals; two places parted by "of" that
    the gazetteer knows as one ("Port" "Spain"). A place cut short at an abbreviation's period
    ("Fort St." of "Fort St. John") is widened over the rest of its name, and a span the model gave
    that rest ("John" PERSON) goes."""
    out: list[tuple[int, int, str]] = []
    surnames = {e.text for e in ents if e.label_ in ("PERSON", "ORG") and _NAME_WORD.match(e.text)}
    for ent in ents:
        if ent.label_ in NUMERIC_LABELS or out and ent.end_char <= out[-1][1]:
            continue
        s, e, label = ent.start_char, ent.end_char, ent.label_
        after = _WORD_AFTER.match(text, e)
        if after and after.group(1) in surnames \
                and _given_name_and_surname(text, (s, e, label), (*after.span(1), "PERSON")):
            e, label = after.end(1), "PERSON"   # "Adrian" NORP, then "Mutu" untagged here, ORG elsewhere
        if out and out[-1][2] == "PERSON" and _NAME_PARTICLES.fullmatch(text[out[-1][1]:s]) and label != "PERSON" \
                and _NAME_WORD.fullmatch(text[s:e]):
            label = "PERSON"   # "Rhun" "ap" "Iorwerth" (GPE): the surname after a person's particle is his
        if out and label == "PERSON" and (out[-1][2] == "PERSON" and _NAME_PARTICLES.fullmatch(text[out[-1][1]:s])
                                          or _given_name_before_van(text, out[-1], s)):
            s = out.pop()[0]   # "Josh" "van der" "Flier": one name the model read as two
        elif out and out[-1][2] in PLACE_LABELS and label in PLACE_LABELS and text[out[-1][1]:s] == " of " \
                and gazetteer_kind(text[out[-1][0]:e]):
            s = out.pop()[0]   # "Port" "of" "Spain": one town the gazetteer knows whole
        if out and text[out[-1][1]:s] == " " and not _POSSESSIVE.search(text[out[-1][0]:out[-1][1]]) \
                and not text[out[-1][0]:e].isupper() and not _two_towns_listed(text, out[-1][0], out[-1][1], e):
            if _halves(out[-1][2], label) and not (label == "PRODUCT" and _no_make_and_model(text, out[-1], s, e)):
                s, _, left = out.pop()
                label = label if label == "PRODUCT" else left   # "Toyota" ORG "Hilux" PRODUCT: the vehicle
            elif _given_name_and_surname(text, out[-1], (s, e, label)):
                s, label = out.pop()[0], "PERSON"
        last = s + text[s:e].rfind(" ") + 1   # the last word: "Akker", or "Brugge" of the model's "van der Brugge"
        if label in ("PERSON", "ORG") and (" " not in text[s:e] or text[s].islower()) \
                and (particles := _particles_before(text, last)) < s:
            s, label = particles, "PERSON"   # "Akker" ORG after "Maarten van den", or "Van den" opening a sentence
        if label in PLACE_LABELS:
            e = place_cut_short(text, s, e)
            club_end = club_suffix_after(text, e)
            if club_end > e:
                e, label = club_end, "ORG"  # "Newcastle" GPE + "United": the club
        firm = _FIRM_AFTER.match(text, e) if label in PLACE_LABELS or label == "NORP" else None
        if firm:
            e, label = firm.end(), "ORG"    # "Swiss" NORP + "Re": the reinsurer Swiss Re
        if label == "ORG":
            e = _body_of_a_country(text, s, e)
            s, e = _body_across_and(text, s, e)
            while out and out[-1][1] > s:
                out.pop()   # "the World Travel" (ORG) + "and Tourism Council": one body
        out.append((s, e, label))
    return out


# A Dutch or German surname's particles before its last word, and the given name before them if any.
_PARTICLES_BEFORE = re.compile(r"(?:(?<![\w'’-])([A-Z][a-z]+) )?(?<![\w'’-])"
                               r"(?:[Vv]an (?:der|den|de)|[Vv]on der|[Vv]an|[Vv]on|[Tt]er|[Tt]en) $")


def _particles_before(text: str, start: int) -> int:
    """Where a surname's name starts when the model took only its last word: "Maarten van den" +
    "Akker" (ORG), a sentence's "Van den" + "Akker"; `start` when no particles come before it or the
    word before them is no given name ("the Rembrandt van" is not read)."""
    m = _PARTICLES_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return start
    given = m.group(1)
    if given is not None and _given_name(given):
        return m.start()   # "Maarten van den" + "Akker"
    particle = m.end(1) + 1 if given is not None else m.start()
    if not text[particle].isupper():
        return start
    return particle if given is not None or _opens_sentence(text, particle) else start   # "Van den" + "Akker"


# Public bodies whose country is part of their name; a firm's is not ("Kia Motor Corp of South Korea").
_PUBLIC_BODY_HEADS = frozenset("""institute university college council commission authority agency ministry bank
board association federation union academy society museum library foundation committee service court""".split())
_OF_A_NAME = re.compile(r" of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\b")


def _body_of_a_country(text: str, start: int, end: int) -> int:
    """The end of a body's name that goes on with "of" and a country or region the model left out:
    "the Cocoa Research Institute" + "of Ghana" is one body (the model reads the whole name alone,
    but not beside other mentions of Ghana), as is "the National Bank" + "of Kenya"."""
    m = _OF_A_NAME.match(text, end)
    if m is None or text[start:end].split()[-1].lower() not in _PUBLIC_BODY_HEADS:
        return end
    return m.end() if gazetteer_kind(m.group(1)) in ("country", "region") else end


# A body's head word opening its name, then the portfolio it goes on with: "Ministry of", "Department
# for" ("Call of Duty: Finest Hour and Hitman" names two games).
_BODY_HEADS_AND = _PUBLIC_BODY_HEADS | {"ministry", "department", "school", "office", "bureau", "directorate"}
_PORTFOLIO = re.compile(rf"^(?:[Tt]he )?(?i:{'|'.join(sorted(_BODY_HEADS_AND))}) (?:of|for) [A-Z]")
_AND_WORDS_AFTER = re.compile(r" and ((?:[A-Z][a-z]+)(?: [A-Z][a-z]+){0,2})(?![\w'’-]| [A-Z]| of\b)")
_THE_WORDS_AND_BEFORE = re.compile(r"\b[Tt]he ((?:[A-Z][a-z]+ ){1,2})and $")


def _body_across_and(text: str, start: int, end: int) -> tuple[int, int]:
    """A body's name the model cut at its "and": "the Ministry of Road Transport" + "and Highways",
    "the Employment and" + "Labour Relations Court". Only a name that opens with a body's head word and
    its portfolio ("of", "for") goes on after it, only one ending in a head word starts before it, and
    no place, person, body or office is what the "and" adds ("the Ministry of Health and Kenya's
    counties", "the Bank of Ghana and Treasury officials")."""
    name = text[start:end]
    after = _AND_WORDS_AFTER.match(text, end)
    if after and _PORTFOLIO.search(name) and not _a_body_or_role(after.group(1)) \
            and not _a_name_of_its_own(after.group(1)):
        end = after.end()   # not "the United Bank of Africa and Standard Trust Bank", two banks
    before = _THE_WORDS_AND_BEFORE.search(text, max(0, start - 40), start)
    if before and name.split()[-1].lower() in _PUBLIC_BODY_HEADS and not name.lower().startswith("the ") \
            and not _a_name_of_its_own(before.group(1).strip()):
        start = before.start(1)   # not "the Tate Modern and the Natural History Museum"
    return start, end


def _a_body_or_role(words: str) -> bool:
    """Words naming a body or an office of their own after "and": "Standard Trust Bank", "Treasury
    officials", "Finance Minister Ama Owusu"."""
    last = words.split()[-1].lower()
    return last in _BODY_HEADS_AND | ORG_HEAD_WORDS | GENERIC_INSTITUTIONS or any(
        _title_word(w.lower(), "PERSON") for w in words.split())


def _a_name_of_its_own(words: str) -> bool:
    """A country, a region, a big town, a nation or a given name: a list's next item, not a
    portfolio's word (a village may bear one: "Highways")."""
    from ..gazetteer import is_major_place

    return gazetteer_kind(words) in ("country", "region", "continent") or is_major_place(words.lower()) \
        or is_nation(words) or _given_name(words.split()[0])


# A firm's last word after a place or nationality span (FIRM_ENDINGS): "Swiss" + " Re".
_FIRM_AFTER = re.compile(rf" (?:{'|'.join(FIRM_ENDINGS)})\b(?![:\w'’-])")
_REST_OF_NAME = re.compile(r"(?: [A-Z][a-z]+){1,2}(?![\w-]| [A-Z])")


def place_cut_short(text: str, start: int, end: int) -> int:
    """The end of a place's whole name when the model stopped at the period of "St." in "Fort
    St. John" and the gazetteer knows the whole as a town or region (the places table widens its
    span by this too)."""
    rest = _REST_OF_NAME.match(text, end) if text[end - 1:end] == "." else None
    if rest and any(c.kind in ("city", "region") and c.primary for c in gazetteer_entries(text[start:rest.end()])):
        return rest.end()
    return end


_WORD_AFTER = re.compile(r" ([A-Z][\w'’-]+)\b")


def _given_name_and_surname(text: str, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
    """A given name the model read as a nationality and the one word after it, a name of its own
    there or elsewhere in the text: "Adrian" NORP and "Mutu" (ORG) are Adrian Mutu ("Reese
    Witherspoon", "Sergio Pizzorno"). Not a nationality ("Dutch Ajax") nor a party's or faith's
    word before a full name ("Democrat John Kerry")."""
    first, last = text[left[0]:left[1]], text[right[0]:right[1]]
    return left[2] == "NORP" and right[2] in ("PERSON", "ORG") and " " not in first and " " not in last \
        and _given_name_shape(first) and _NAME_WORD.match(last) is not None and not last.isupper()


def _no_make_and_model(text: str, maker: tuple[int, int, str], start: int, end: int) -> bool:
    """"BBC Radio" "Five Live": a body's head word ends the name, so what follows is no model of its
    make; "Sony" "PSP": a model named by letters goes on alone ("launch the PSP"), a name of its own."""
    head = text[maker[0]:maker[1]].split()[-1].lower()
    return head in ORG_HEAD_WORDS or _ACRONYM_WORD.match(text[start:end]) is not None


def _halves(left: str, right: str) -> bool:
    """Labels of two spans that may be one name's halves: also a maker and its model ("Toyota Hilux")."""
    return left == right != "NORP" or (left, right) in (("ORG", "GPE"), ("ORG", "PRODUCT"))


def _add_model_mention(doc, text: str, by_key: dict[str, _Group], start: int, end: int, label: str,
                       sports: bool) -> None:
    """Clean one of the model's spans (of `text`, the Doc's text) and file it under its name,
    unless it is no name."""
    cleaned = _clean(text, start, end, label, sports=sports)
    if cleaned is None:
        return
    s, e, titled = cleaned
    if _cut_at_line_end(text, start, end, s, e):
        return
    if _PREFIXED.match(text, s, e):  # "non-League Yeading" is Yeading; "post-Enron" alone no name
        space = text.find(" ", s, e)
        if space < 0:
            return
        s = space + 1
    if text[s] in "#@" or s > 0 and text[s - 1] in "#@":  # "#MeToo", "@nytimes": a tag or an account
        return
    if s > 0 and text[s - 1].isdigit():  # "a 160GB hard drive": a unit glued to its number
        return
    if _after_speech_verb(text, s, e) != s:  # "Said Mr Bysshe:": the title goes too
        cleaned = _clean(text, _after_speech_verb(text, s, e), e, label, sports=sports)
        if cleaned is None:
            return
        s, e, titled = cleaned[0], cleaned[1], titled or cleaned[2]
    e = _without_role(text, s, e, label)
    inner = _after_inner_title(text, s, e, label)
    s, titled = (inner, True) if inner != s else (s, titled)
    s = _after_inner_role(text, s, e, label)
    s = _after_capitals_role(text, s, e, label)
    s = _after_opening_role(text, s, e, label)
    e = _hyphenated_whole(doc, text, s, e)
    s = _with_opening_particle(text, s, e)
    widened = _with_acronyms_opening(text, s, e, label)
    if widened != s:   # "the World Travel" (ORG) + "Tourism Council (WTTC)": one name, no piece apart
        _drop_members_within(by_key, widened, s)
        s = widened
    if label == "PERSON":
        e = _before_a_headline_verb(text, s, e)
    e = _before_headline_words(text, s, e)
    person = _after_demonym(doc, text, s, e, label)
    if person != s:  # "American Davenport": a nationality, then the person
        _add_model_mention(doc, text, by_key, s, text.index(" ", s), "NORP", sports)
        s, label = person, "PERSON"
    elif label == "NORP" and _name_after_a_demonym(text, s, e):
        label = "PERSON"   # "Kenyan Brigid Chepkurui", the model's two spans both NORP
    if _no_name(doc, text, s, e):
        return
    if label == "EVENT" and _COMMON_AFTER.match(text, e, end) and gazetteer_kind(text[s:e]):
        label = "GPE"  # "the Iraq war": the event's span, cut to its name, leaves the place
    group = by_key.setdefault(_key(text[s:e]), _Group())
    group.members.append((s, e, text[s:e], label))
    if titled:
        group.evidence["PERSON"] += 3


def _no_name(doc, text: str, s: int, e: int) -> bool:
    """Is the cleaned span [s, e) no name at all: a common word, a slug, furniture, a credit, a
    clock's zone, a piece of a hyphenated word, an amount, a field's label, a role's letters?"""
    return _common_word_opening_sentence(doc, text, s, e) or _topic_slug(doc, text, s, e) \
        or _generic_noun(text, s, e) or _PRONOUN.match(text[s:e]) is not None or _furniture(text, s, e) \
        or _photo_credit(text, s, e) or _clock_zone(text, s, e) \
        or _HYPHEN_AFTER.match(text, e) is not None or _HYPHEN_BEFORE.search(text[max(0, s - 2):s]) is not None \
        or _AMOUNT.match(text[s:e]) is not None or _headline_common_word(text, s, e) or _field_label(text, s, e) \
        or text[s:e] in _ROLE_ACRONYMS


# A role's or an honour's letters alone are nobody's name: "Brian Monteith MSP" (the letters after a
# name), "The outback GP whose waiting room ..." (the model: a person).
_ROLE_ACRONYMS = POSTNOMINALS | frozenset("GP PM CEO CFO COO DJ MC".split())
# A clock time's zone is no body: a live blog's "12.41pm BST", "Updated 6:45 a.m. CDT", "21.47 GMT",
# wire copy's "(0640 GMT)".
_TIME_ZONE_AFTER_TIME = re.compile(r"(?:\d[.:]\d\d(?:\s?[ap]\.?m\.?)?|\d\s?[ap]\.?m\.?|\b[0-2]\d[0-5]\d)\s"
                                   r"(?:[A-Z]{1,3}[SD]T|GMT|UTC|ET|PT|CET|IST)$")   # "closed at 6pm AEDT" too
_CAPITAL_AFTER_HYPHEN = re.compile(r"-[A-Z][\w'’]*")


# ... nor a month a time stamp writes in capitals: "13:42, 12 MAR 2026 | UPDATED 16:05".
_MONTHS_IN_CAPITALS = "|".join(sorted({m[:3].upper() for m in MONTH_NAMES} | {"SEPT"}, key=len, reverse=True))
_MONTH_IN_CAPITALS = re.compile(rf"(?<=\d )(?:{_MONTHS_IN_CAPITALS})(?= \d{{4}}\b)"
                                rf"|(?:{_MONTHS_IN_CAPITALS})(?= \d{{1,2}},? \d{{4}}\b)")


def _given_name_before_van(text: str, before: tuple[int, int, str], start: int) -> bool:
    """Is `before`, a name of any label, the given name of a person whose span opens with (or
    follows) "van den", "von", "ter"? "Maartje" (a place, says the model) "van den Berg": no place
    or firm runs on into a Dutch or German surname's particles."""
    gap = text[before[1]:start] + text[start:start + 9] if text[before[1]:start] == " " else text[before[1]:start]
    return _DUTCH_PARTICLES.match(gap) is not None


def _clock_zone(text: str, start: int, end: int) -> bool:
    return _TIME_ZONE_AFTER_TIME.search(text, max(0, start - 12), end) is not None \
        or (m := _MONTH_IN_CAPITALS.match(text, start)) is not None and m.end() == end


# A surname's particle that opens a sentence, capitalised there: "Van der Westhuizen said" (the
# model's span: "der Westhuizen"); anywhere, a run of them before a lone surname ("Van der Merwe's").
_CAPITAL_PARTICLES = "Van|Von|De|Du|Le|La"
_CAPITAL_PARTICLE_BEFORE = re.compile(rf"(?:^|(?<=\n)|(?<=[.!?\n\"“] ))(?:{_CAPITAL_PARTICLES}|Di|Da) $")
_CAPITAL_PARTICLES_BEFORE = re.compile(rf"\b(?:{_CAPITAL_PARTICLES})(?: (?:der|den|de|la|du))? $")


def _with_opening_particle(text: str, start: int, end: int) -> int:
    """Where a surname starts whose capitalised first particle the model left out: at a sentence's
    start ("Van der Westhuizen said": "der Westhuizen"), or anywhere before a one-word span ("to
    verify Van der Merwe's assets": "Merwe", as South African copy writes the surname alone)."""
    first = text[start:end].split(" ")[0]
    if " " not in text[start:end] and first[:1].isupper() and (run := _CAPITAL_PARTICLES_BEFORE.search(
            text, max(0, start - 12), start) or _CAPITAL_PARTICLE_BEFORE.search(text, max(0, start - 6), start)):
        return run.start()   # and "Da Costa, 68, joined" at a sentence's start: "Costa"
    if first not in _PARTICLES or not text[start:end].count(" "):
        return start
    m = _CAPITAL_PARTICLE_BEFORE.search(text, max(0, start - 6), start)
    return m.start() if m else start


_ACRONYM_AFTER = re.compile(r" \(([A-Z]{2,8})\)")
_ACRONYM_JOINERS = frozenset({"and", "of", "for", "&", "on"})
MAX_ACRONYM_WORDS_LEFT_OUT = 4   # words and joiners


def _with_acronyms_opening(text: str, start: int, end: int, label: str) -> int:
    """Where a body's name starts whose bracketed acronym spells words the model left out before
    its span: "the Ethics and Anti-Corruption Commission (EACC)" (the model's span: "Anti-Corruption
    Commission"). Only when the words before spell exactly the missing capitals."""
    m = _ACRONYM_AFTER.match(text, end) if label == "ORG" else None   # every model span passes here
    spelt = _spelt_initials(text[start:end]) if m is not None else ""
    if not spelt or not m.group(1).endswith(spelt):
        return start
    missing = m.group(1)[:-len(spelt)]
    words = text[max(0, start - 80):start].split(" ")[:-1]   # the text ends with the space before the span
    for n in range(1, min(len(words), MAX_ACRONYM_WORDS_LEFT_OUT) + 1):
        prefix = " ".join(words[-n:])
        if not (prefix[:1].isupper() or words[-n] in _ACRONYM_JOINERS):
            return start   # a word in lower case ends the name: "the", "said"
        if prefix[:1].isupper() and _spelt_initials(prefix) == missing:
            return start - len(prefix) - 1
    return start


def _drop_members_within(by_key: dict[str, _Group], start: int, end: int) -> None:
    """Forget the mentions found so far that lie within [start, end), and the groups left empty."""
    for key in list(by_key):
        group = by_key[key]
        group.members = [m for m in group.members if not (start <= m[0] and m[1] <= end)]
        if not group.members:
            del by_key[key]


def _spelt_initials(name: str) -> str:
    """The capitals an acronym spells of a name, a hyphen's parts each one ("Anti-Corruption
    Commission": ACC)."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def _hyphenated_whole(doc, text: str, start: int, end: int) -> int:
    """The end of a name the model cut at a hyphen, where the whole name stands in another of its
    spans: "Kulkarni-Rao started" (the model: "Kulkarni", a place) is Aditi Kulkarni-Rao's surname."""
    rest = _CAPITAL_AFTER_HYPHEN.match(text, end)
    if rest is None:
        return end
    whole = text[start:rest.end()]
    return rest.end() if any(whole in ent.text and ent.start_char != start for ent in doc.ents) else end


# A word before a colon and a figure labels a field: a match report's "Att: 47,111" (the model read
# a person), "Pts: 12"; not a formation ("Arsenal: 4-4-2"), nor a place ("Chelsea: 3").
_FIELD_VALUE = re.compile(r":\s*\d[\d,.]*(?![\d-])")


def _field_label(text: str, start: int, end: int) -> bool:
    """A field's label before a figure, or common words labelling a bullet ("• Venue: Lord's,
    London": the model's WORK_OF_ART) or filling a table's cell ("Candidate | Party | Votes": ORG)."""
    word = text[start:end]
    if " " not in word and _FIELD_VALUE.match(text, end) and not gazetteer_kind(word):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) % (len(text) + 1)
    before, after = text[line_start:start].strip(), text[end:line_end].strip()
    bullet = before in BULLETS and after.startswith(":")
    cell = "|" in text[line_start:line_end] and before[-1:] in ("", "|") and after[:1] in ("", "|")
    # the line's shape first: this runs for every mention, the dictionary only for a label's or a cell's
    return (bullet or cell) and all(_common_word(w) for w in word.split())


def _cut_at_line_end(text: str, start: int, end: int, s: int, e: int) -> bool:
    """The model read across a line's end ("Editor's Picks\nMarkets fell" gave "Picks\nMarkets"),
    and what is left is one common English word and no place, which the body never capitalises
    mid-sentence: a label's word, no name ("Weak sales hit Next\n\nNext has said" keeps Next)."""
    word = text[s:e]
    return "\n" in text[start:end] and _common_word(word) and not _named_mid_sentence(text, word, s)


def _common_word_opening_quote(text: str, start: int, end: int) -> bool:
    """A word capitalised because it opens a quote ("'Golden economic period' to end": Golden was
    a place), which the article itself writes in lower case ("ten years of "golden" economic
    performance") and never capitalises mid-sentence elsewhere."""
    word = text[start:end]
    if start < 1 or text[start - 1] not in "'\"‘“" or start > 1 and not text[start - 2].isspace():
        return False
    return " " not in word and word.lower() in _lower_words(text) and not _named_mid_sentence(text, word, start)


def _common_word(word: str) -> bool:
    """One lower-case English word that names no place ("Picks", "Rising"; not "Turkey", "NBC")."""
    return " " not in word and not word.isupper() and _in_dictionary(word) and not gazetteer_kind(word)


def _named_mid_sentence(text: str, word: str, at: int, *, headline: Callable[[int], bool] | None = None) -> bool:
    """Does the text capitalise `word` mid-sentence anywhere but at `at`, not counting the places
    where `headline` says a headline's capitals stand (a Title-Case line capitalises every word)?"""
    return any(m.start() != at and _mid_sentence(text, m.start()) and not (headline and headline(m.start()))
               for m in re.finditer(rf"\b{re.escape(word)}\b", text))


def _word_in_context(text: str, start: int) -> bool:
    """A capitalised English word at `start` that may be no name: it opens a line or a sentence
    ("Faultless Federer has no equal", "Man United had turned down") or follows an article ("In
    Tears of the Sun Willis plays"); mid-sentence it is a given name ("his sister, Ana Reyes")."""
    return _opens_sentence(text, start) or bool(_ARTICLE_BEFORE.search(text, max(0, start - 5), start))


_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])(?i:the|an?) $")


def _one_surname(key: str) -> bool:
    """One word, or a surname with its particles: "mac lochlainn", "van der westhuizen", and a
    Gaelic one of three words: "mac giolla phádraig"."""
    *particles, _ = key.split(" ")
    return all(w in _PARTICLES or w in GAELIC_PARTICLES for w in particles) \
        or len(particles) == 2 and particles[0] in GAELIC_PARTICLES


def _given_names_missed(doc, text: str, by_key: dict[str, _Group]) -> None:
    """A full name the model missed: "Theresa May will travel to Brussels", "Theresa May's deal"
    beside "Mrs May" (the model reads "May" as a month or nothing). A proper noun right before a
    word the article writes as a titled surname, or before a month's name with no day or noun
    after it, is a given name, when the model put it in no name of its own and the article never
    writes it in lower case; so is one before the surname of a full name the model read as a
    person, at every mention: "Tom Reyes and his sister, Ana Reyes" ("Reyes" ORG) is two people,
    not Tom twice (an English word only mid-sentence: `_word_in_context`)."""
    # titled in the span ("Mrs May") or just before the model's span ("Ms. [Trump]")
    surnames = {g.members[0][2] for key, g in by_key.items() if _one_surname(key) and (
        g.evidence["PERSON"] > 0 or any(title_gender(text, m[0]) for m in g.members))}
    # the model's lone person ('," Gwen [Talbot] told'), before a word no dictionary holds ("Hey
    # Jude", "Desperate Housewives", "Robbing Peter" are titles and sayings)
    lone = {g.members[0][2] for key, g in by_key.items()
            if _one_surname(key) and any(m[3] == "PERSON" for m in g.members)}
    # the surname of a full name the model read as a person ("Tom Reyes and his sister, Ana [Reyes]" ORG)
    singles = {g.members[0][2] for key, g in by_key.items() if " " not in key}
    of_full_names = {w for g in by_key.values() for m in g.members if m[3] == "PERSON" and " " in m[2]
                     and (w := m[2].split()[-1]).lower() not in NAME_SUFFIXES} & singles - surnames
    surnames |= of_full_names
    lone -= surnames
    surnames = {w for w in surnames | lone | MONTH_NAMES if w[:1].isupper() and w.replace(" ", "").isalpha()}
    if not surnames:
        return
    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    pattern = re.compile(rf"(?<![\w.’'-])([A-Z]{_LOWER}+) (" + "|".join(sorted(surnames))
                         + r")(?=['’]s\b|[^\w’'-]|$)(?!,? \d|,? (?:Jr|Sr|I{2,3})\b)")   # not "Reginald Ashby [Jr.]"
    for m in pattern.finditer(text):
        first, s, e = m.group(1), m.start(), m.end()
        # the model's entity may be the surname alone, whatever its label ("Detective Sergeant
        # Imran [Qureshi]" GPE): the name widens to the given name
        known = by_key.get(_key(m.group()))
        if known is not None and any(mb[0] <= s < mb[1] for mb in known.members) \
                or not _given_name_before(doc, text, first, s) or _modifies_noun(doc, s, e) \
                or any(es < e and s < ee and es < m.start(2) for es, ee, _ in ents) \
                or m.group(2) in lone and _in_dictionary(first) \
                or m.group(2) in of_full_names and _in_dictionary(first) and _word_in_context(text, s):
            continue
        for g in by_key.values():
            g.members = [mb for mb in g.members if (mb[0], mb[1]) != (m.start(2), e)]
        group = by_key.setdefault(_key(m.group()), _Group())
        group.members.append((s, e, m.group(), ""))
        group.named_at.add(s)
        group.evidence["PERSON"] += 3
    _drop_empty(by_key)


# Heads that end no place's name: not a building's ("Centre", "Hall") nor a union of states's
# ("Soviet Union").
_BODY_HEADS = ORG_HEAD_WORDS - FACILITY_HEADS - {"union"}
# Capitalised words ending in a body's head word: "South Wales Police asked", "Northsea Tidal
# Energy said" (the model found nothing, or only "Wales").
_BODY_NAME = re.compile(r"(?<![\w'’-])((?:(?:[A-Z][a-z][\w-]*|[A-Z]{2,4}) ){1,3})(" + "|".join(
    w.capitalize() for w in sorted(_BODY_HEADS | {"police", "constabulary", "energy"}))
    + r")\b(?![\w'’-]| [A-Z]| (?:for|of|and|&) [A-Z])")  # not "Internet Corporation for Assigned Names"


# A law's name after "the": "the Maharashtra Tenancy Protection Act" (the model found nothing); a
# body, then `_law_evidence` makes it a law.
_ACT_NAME = re.compile(r"\b[Tt]he ((?:(?:[A-Z][a-z][\w'’-]*|[A-Z]{2,4}) ){1,5}Act)\b(?![\w'’-]| [A-Z]| of [A-Z])")
_NAME_GOES_ON_BEFORE = re.compile(r"[A-Z][\w'’-]* (?:and|&) $")  # not "analyst Sam Ray of Argus Research"
_MODIFIER_WORD = re.compile(r"-[a-z]+$")  # "Privately-held", "Trouble-hit"; a name has "Anti-Doping"


def _towns_and_regions_missed(text: str, by_key: dict[str, _Group]) -> None:
    """A town before its county and the county (`towns_before_their_regions`) are places: a new
    mention where no name covers one, else a place's evidence for the model's mention of exactly
    it ("Leek" PERSON, "Derbyshire" NORP)."""
    for pair in towns_before_their_regions(text):
        for s, e in pair:
            exact = [g for g in by_key.values() if any(mb[:2] == (s, e) for mb in g.members)]
            for g in exact:
                g.evidence["GPE"] += _PATTERN_WEIGHT
            if not exact and not any(mb[0] < e and s < mb[1] for g in by_key.values() for mb in g.members):
                group = by_key.setdefault(_key(text[s:e]), _Group())
                group.members.append((s, e, text[s:e], ""))
                group.evidence["GPE"] += _PATTERN_WEIGHT


def _bodies_missed(text: str, by_key: dict[str, _Group]) -> None:
    """A body's name (`_body_names`, `_club_names`) that no model span covers whole is an
    organisation, in place of the words of it the model read apart ("Wales" GPE); so is a ship's
    name after its prefix, until `_ship_evidence` labels it ("The MV Coral Meridian": nothing)."""
    for s, e in sorted({*_body_names(text), *_club_names(text), *_named_after_body_nouns(text),
                        *(m.span(1) for m in _ACT_NAME.finditer(text)), *_sport_bodies(text),
                        *(m.span() for m in _SECTOR_AGENCY.finditer(text)), *_legal_form_names(text),
                        *(m.span(1) for m in _SHIP_NAMED.finditer(text))}):
        members = [mb for g in by_key.values() for mb in g.members if mb[0] < e and s < mb[1]]
        if any(mb[0] < s or mb[1] > e or (mb[0], mb[1]) == (s, e) or mb[0] == s and mb[3] == "ORG" for mb in members) \
                or _photo_credit(text, s, e):   # "(SNS Group/Euan Cardno)"
            continue  # inside a longer name ("Greater Manchester Police Federation"), or a body found
            # whole or by its first words ("Qzxwv" of "Qzxwv Ltd", which stays its lone mentions' name)
        for g in by_key.values():
            g.members = [mb for mb in g.members if mb not in members]
        group = by_key.setdefault(_key(text[s:e]), _Group())
        group.members.append((s, e, text[s:e], ""))
        group.evidence["ORG"] += _PATTERN_WEIGHT
    _drop_empty(by_key)


# A treaty or a statute named by "of" and a place: "the Treaty of Waitangi" ("Waitangi" GPE for the
# model, or "Treaty" ORG), "the Treaty of Rome", "the Statute of Westminster".
_TREATY_OF = re.compile(r"\b(?:Treaty|Statute|Edict) of (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")


def _treaties_missed(text: str, by_key: dict[str, _Group]) -> None:
    """A treaty's whole name is one law, in place of the model's pieces of it."""
    for m in _TREATY_OF.finditer(text):
        _put_name(text, by_key, *m.span(), "LAW")


def _put_name(text: str, by_key: dict[str, _Group], start: int, end: int, label: str) -> None:
    """A name a pattern found, with that label's evidence, in place of the model's pieces of it."""
    for key, g in list(by_key.items()):
        g.members = [mb for mb in g.members if not (mb[0] < end and start < mb[1])]
        if not g.members:
            del by_key[key]
    group = by_key.setdefault(_key(text[start:end]), _Group())
    group.members.append((start, end, text[start:end], ""))
    group.named_at.add(start)
    group.evidence[label] += _PATTERN_WEIGHT


# A scorer and the minute of the goal: "GOAL! Everton 2-1 Fulham (Dominic Brannigan 84')" (the model
# read "Brannigan 84'" as a date and "Herrera 31'" as a law), "(Kane 45+2', Saka 78')".
_SCORER_AND_MINUTE = re.compile(rf"[(,;] ?((?:{_CAP_WORD} ){{0,2}}{_CAP_WORD}) \d{{1,3}}(?:\+\d{{1,2}})?['’](?!\w)")


def _scorers_missed(text: str, by_key: dict[str, _Group]) -> None:
    for m in _SCORER_AND_MINUTE.finditer(text):
        _put_name(text, by_key, *m.span(1), "PERSON")


# A car named by its make and model after a determiner: "The Ford Ranger was Australia's best-selling
# new vehicle", "a facelifted Toyota Hilux", "The plug-in hybrid BYD Shark 6" (PERSON, GPE, FAC for the
# model); not "Ford Motor", "Lincoln Chafee" (no determiner).
_MAKE_AND_MODEL = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|its|his|her|their|new)\s+(?:[a-z][\w-]*\s+){0,2}"
    rf"((?:{'|'.join(sorted(VEHICLE_MAKES))}) ([A-Z][a-z][\w-]*|[A-Z]*\d[\w-]*)(?: \d{{1,3}}\b)?)(?![\w’'-]| [A-Z]"
    r"| (?:plant|factory|works|division|unit|subsidiary|arm|brand|group|team|dealership)s?\b)")  # "Fiat ... plant"
# ... or before a vehicle's noun: "were Toyota Hilux utes", "six Embraer E195-E2 regional jets"
_MAKE_AND_MODEL_BEFORE_KIND = re.compile(
    rf"\b((?:{'|'.join(sorted(VEHICLE_MAKES))}) ([A-Z][a-z][\w-]*|[A-Z]*\d[\w-]*))(?= (?:[a-z]+ )?"
    r"(?:utes?|cars?|trucks?|vans?|SUVs?|pickups?|jets?|jetliners?|airliners?|aircraft|planes?|hatchbacks?|"
    r"sedans?|saloons?|buses)\b)")


_BUILDINGS = frozenset({"theatre", "theater", "museum", "gallery", "hotel", "library", "church", "cathedral"})


def _vehicles_missed(text: str, by_key: dict[str, _Group]) -> None:
    """Each make and model (`_MAKE_AND_MODEL`) is a product, in place of the model's pieces, and so
    is its model alone ("outselling the Toyota Hilux ... Ute wars: Ranger extends lead over Hilux");
    not a body's or a building's name after a make ("the Mercury Theatre")."""
    models = {}
    for m in [*_MAKE_AND_MODEL.finditer(text), *_MAKE_AND_MODEL_BEFORE_KIND.finditer(text)]:
        if m.group(2).lower() not in ORG_HEAD_WORDS | FACILITY_HEADS | _BUILDINGS \
                and m.group(2) not in BODY_NAME_ENDINGS:
            _put_name(text, by_key, *m.span(1), "PRODUCT")
            models.setdefault(m.group(2), _key(m.group(1)))
    for s, e in _occurrences(text, list(models)) if models else ():
        if not any(mb[0] <= s and e <= mb[1] and (mb[0], mb[1]) != (s, e) for g in by_key.values() for mb in g.members):
            for g in by_key.values():
                g.members = [mb for mb in g.members if (mb[0], mb[1]) != (s, e)]
            by_key[models[text[s:e]]].members.append((s, e, text[s:e], ""))
    _drop_empty(by_key)


# A product set off by its kind: "unveiled the Kestrel One, a handheld games console".
_PRODUCT_SET_OFF = re.compile(
    rf"\b[Tt]he ((?:{_CAP_WORD} ){{0,2}}(?:{_CAP_WORD}|\d+)), an? (?:[a-z][\w-]* ){{0,3}}"
    r"(?:console|phone|smartphone|tablet|"
    r"laptop|device|headset|smartwatch|drone|robot|camera|car|SUV|truck|pickup|e-bike|scooter|jet|airliner|rocket)\b")


def _products_missed(text: str, by_key: dict[str, _Group]) -> None:
    for m in _PRODUCT_SET_OFF.finditer(text):
        s, e = m.span(1)
        if not any(mb[0] < e and s < mb[1] and (mb[0] < s or mb[1] > e) for g in by_key.values() for mb in g.members):
            _put_name(text, by_key, s, e, "PRODUCT")


# A ground after "at" where the model found nothing: "a five-point win over Kilkenny at Croke Park";
# in other stories a stadium or an arena only ("at Hyde Park" may be the park).
_GROUND_AT = re.compile(rf"\bat ((?:{_CAP_WORD} ){{1,3}}(Stadium|Arena|Park|Oval|Ground|Field|Stadion))\b"
                        r"(?![\w’'-]| [A-Z])")


def _grounds_missed(text: str, by_key: dict[str, _Group], sports: bool) -> None:
    for m in _GROUND_AT.finditer(text):
        s, e = m.span(1)
        if (sports or m.group(2) in ("Stadium", "Arena")) \
                and not any(mb[0] < e and s < mb[1] for g in by_key.values() for mb in g.members):
            _put_name(text, by_key, s, e, "FAC")


def _acronym_names_missed(text: str, by_key: dict[str, _Group]) -> None:
    """A body named by an acronym and a word (`_acronym_opening_a_name`, "DB Cargo"), which the
    model finds only the acronym of, or nothing: an organisation, in place of the acronym alone."""
    for m in _ACRONYM_AND_WORD.finditer(text):
        s, e = m.span()
        if not _acronym_opening_a_name(text, s, m.end(1)):
            continue
        if not any(mb[0] < e and s < mb[1] and (mb[0] < s or mb[1] > e or (mb[0], mb[1]) == (s, e))
                   for g in by_key.values() for mb in g.members):
            _put_name(text, by_key, s, e, "ORG")


_ACRONYM_AND_WORD = re.compile(r"(?<![\w&’'.-])([A-Z]{2,5}) [A-Z][a-z][\w-]*\b(?![\w’'-]| [A-Z])")


def _short_body_names_missed(text: str, by_key: dict[str, _Group]) -> None:
    """A firm's name without the words a firm drops when named again, where the model found nothing
    ("Nordlys Energy ASA today announced ... Nordlys owns 70%"): a mention of its own, which
    `_fold_short_body_names` joins to the full name. Only a short name no English dictionary holds
    ("Swift Energy ... Swift action")."""
    taken = _taken(text, list(by_key.values()))
    for g in list(by_key.values()):
        words = g.name().split()
        short = words[0]
        if g.label() != "ORG" or len(words) < 2 or any(w not in BODY_NAME_ENDINGS for w in words[1:]) \
                or not short.isalpha() or not short[:1].isupper() or _in_dictionary(short):
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-]| [A-Z])", text):
            if not any(taken[m.start():m.end()]):
                group = by_key.setdefault(_key(short), _Group())
                group.members.append((m.start(), m.end(), short, ""))
                group.evidence["ORG"] += _PATTERN_WEIGHT


# A sport's governing body named for its country or state: "Athletics Kenya", "Cricket Australia",
# "Swimming Canada", "Rugby Victoria" (the model reads the country alone).
_SPORT_BODY = re.compile(r"\b(?:Athletics|Cricket|Rugby|Football|Swimming|Cycling|Tennis|Hockey|Netball|Rowing|Golf|"
                         r"Basketball|Volleyball|Gymnastics|Boxing|Sailing|Triathlon|Badminton|Squash|Bowls|Archery|"
                         r"Judo|Equestrian) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")


def _sport_bodies(text: str):
    """(start, end) of a sport's word and the country or state after it: "Athletics Kenya said"."""
    for m in _SPORT_BODY.finditer(text):
        if is_nation(m.group(1)) or _is_region(m.group(1)):
            yield m.span()


def _named_after_body_nouns(text: str):
    """(start, end) of a one-word name right after a body's noun mid-sentence: "Romanian pipeline
    operator Transgaz said", "retailer Argos" (the model found nothing). Not a day or a month ("the
    company Monday"), nor a person's two words ("camera operator Jim Hale")."""
    for m in _BODY_NOUN_THEN_WORD.finditer(text):
        word = m.group(1)
        if word not in DAY_NAMES and word not in MONTH_NAMES and word.lower() not in stop_words():
            yield m.span(1)


def _body_names(text: str):
    """(start, end) of the names ending in a body's head word (`_BODY_NAME`) whose start is sure. At
    a sentence's start one needs a place or a word no dictionary knows: its first word is
    capitalised anyway."""
    for m in _BODY_NAME.finditer(text):
        words = m.group(1).split()
        if words[0].lower() in stop_words() and _opens_sentence(text, m.start()):
            words.pop(0)  # "The Football League said"; mid-sentence, a title: "In Good Company"
        s = m.end(1) - len(" ".join(words)) - 1
        if not words or any(w.lower() in stop_words() or _is_demonym(w) or _MODIFIER_WORD.search(w) for w in words) \
                or _opens_sentence(text, s) and all(_in_dictionary(w) and not gazetteer_kind(w) for w in words) \
                or text[max(0, s - 2):s] in ("' ", "’ ") or _NAME_GOES_ON_BEFORE.search(text[max(0, s - 40):s]):
            # "Actors' Equity Association", "New York City Health and Hospitals Corporation"
            continue  # "Japanese Finance Ministry", "Blu-ray Disc Association": where the name starts is unsure
        yield s, m.end()


# A government agency named by its field and its country: "Health New Zealand said", "Sport England",
# "Natural England" (the model: "New Zealand" GPE, or nothing).
_SECTOR_AGENCY = re.compile(r"(?<![\w'’-])(?:Health|Sport|Statistics|Tourism|Transport|Environment|Fisheries|Historic|"
                            r"Natural|Heritage|Police|Forestry|Biosecurity|Skills|Creative) (?:England|Scotland|Wales|"
                            r"Northern Ireland|Ireland|Canada|Australia|New Zealand|Britain)\b(?![\w-]| [A-Z])")
# A firm's name before its legal form: "Mowi ASA, which owns four of the farms", "Hoshizora Seiki KK"
# (not "Minneapolis-based" before "First Bank System Inc.").
_LEGAL_FORM_NAME = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w&'’]*(?:-[A-Z][\w&'’]*)* ){1,4})(" + "|".join(
    re.escape(f) for f in sorted(LEGAL_FORMS, key=len, reverse=True)) + r")(?![\w/])")


def _legal_form_names(text: str):
    """(start, end) of each name a legal form ends (`_LEGAL_FORM_NAME`), less an owner before it
    ("Italy's Ascensori Morandi S.p.A.") and the words opening a sentence that no name needs:
    "Yesterday Mowi ASA said" is Mowi ASA."""
    for m in _LEGAL_FORM_NAME.finditer(text):
        s, words = m.start(), m.group(1).split()
        while len(words) > 1 and any(w.endswith(("'s", "’s")) for w in words):
            s += len(words.pop(0)) + 1
        while len(words) > 1 and _opens_sentence(text, s) and (words[0].lower() in stop_words()
                                                              or _in_dictionary(words[0])):
            s += len(words.pop(0)) + 1
        yield s, m.end()


# A club's opening word and a place: "Real Madrid have signed", "from Sporting Lisbon" (nothing found).
_CLUB_PREFIX_NAME = re.compile(r"\b(?:" + "|".join(sorted(CLUB_PREFIXES)) + r") ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")


def _club_names(text: str):
    """(start, end) of a club's opening word before a place's name (`_CLUB_PREFIX_NAME`)."""
    for m in _CLUB_PREFIX_NAME.finditer(text):
        if gazetteer_kind(m.group(1)):
            yield m.span()


# A capitalised word after a name, ending it: "Kwame Ofori chaired the judging panel".
_SURNAME_AFTER = re.compile(r" ([A-Z][a-z][\w'’-]*)(?![\w'’-]| [A-Z])")


def _surnames_cut_off(text: str, by_key: dict[str, _Group]) -> None:
    """The surname right after a given name the model read alone as a person, when no dictionary
    holds it and the article writes it alone elsewhere: "Kwame Ofori chaired the judging panel. ...
    'SoilSense was the one entry every judge put in their top three,' Ofori said" (the model: "Kwame")."""
    taken = {(mb[0], mb[1]) for g in by_key.values() for mb in g.members}
    for g in list(by_key.values()):
        for mb in [mb for mb in g.members if mb[3] == "PERSON" and " " not in mb[2] and _given_name_shape(mb[2])
                   and mb[2].lower().rstrip(".") not in _TITLE_WORDS]:   # "Gen Pinochet" is no given name
            m = _SURNAME_AFTER.match(text, mb[1])
            word = m.group(1) if m else ""
            if m is None or _in_dictionary(word) or word.lower() in stop_words() or gazetteer_kind(word) \
                    or any(s < m.end() and m.start(1) < e for s, e in taken) \
                    or not re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text[m.end():] + " " + text[:mb[0]]):
                continue
            g.members.remove(mb)
            _add_person(by_key, mb[0], m.end(), text[mb[0]:m.end()])
    _drop_empty(by_key)


def _drop_empty(by_key: dict[str, _Group]) -> None:
    """Forget the groups a rule took every mention from."""
    for key in [k for k, g in by_key.items() if not g.members]:
        del by_key[key]


def _add_person(by_key: dict[str, _Group], start: int, end: int, name: str) -> None:
    """File a name the model missed as a person's mention, with a person's evidence."""
    group = by_key.setdefault(_key(name), _Group())
    group.members.append((start, end, name, "PERSON"))
    group.evidence["PERSON"] += 3


# A title-case "The Lord Of the Rings", a judge's style "Lord Justice May": no name follows the title.
_NOT_A_NAME_AFTER_TITLE = frozenset({"of", "the", "and", "justice"})


# Words before a demonym that make it a language: "spoke Welsh at home", "taught in French".
_LANGUAGE_BEFORE = frozenset({"in", "speak", "speaks", "spoke", "speaking", "spoken", "learn", "learning", "into"})
# ... and after it, a thing named after no people: "Pole vaulter Yelena Isinbayeva".
_NO_PEOPLE_AFTER = frozenset({"vault", "vaulter", "vaulters", "vaulting"})


def _part_of_a_longer_name(before) -> bool:
    """The word before the demonym joins it to a longer name or compound: "Anglo-Dutch", "Greek
    Cypriot", a language's cue ("spoke Welsh")."""
    glued = before.text == "-" and not before.whitespace_
    capitalised = before.is_title and not before.is_sent_start
    return glued or capitalised or before.lower_ in _LANGUAGE_BEFORE


def _demonyms_missed(doc, text: str, by_key: dict[str, _Group]) -> None:
    """A nationality the model put in no span, before the noun it describes ("The Welsh novelist
    Bethan Rees": nothing found), or a people in the plural ("Britons are"), as the model's own
    NORP does."""
    taken = _taken(text, list(by_key.values()))
    for t in doc:
        if not t.is_title or t.ent_type_ or any(taken[t.idx:t.idx + len(t)]) or t.i + 1 >= len(doc) \
                or not (doc[t.i + 1].is_lower and doc[t.i + 1].is_alpha) or doc[t.i + 1].lower_ in _NO_PEOPLE_AFTER \
                or gazetteer_demonym(t.text) is None or t.i and _part_of_a_longer_name(doc[t.i - 1]) \
                or doc[t.i + 1].pos_ not in ("NOUN", "ADJ") and not t.text.endswith("s"):
            continue  # "The Scot initially defended ...": one person, whom the quotes resolve as a role
        group = by_key.setdefault(_key(t.text), _Group())
        group.members.append((t.idx, t.idx + len(t), t.text, "NORP"))


def _nicknamed_names_missed(text: str, by_key: dict[str, _Group]) -> None:
    """A given name, a nickname in quotes and a surname is one person's name, where the model found
    none of it or only pieces ('Lachlan "Lachie" Whitford kicked the goal': "Lachie" ORG)."""
    for m in _NICKNAMED_NAME.finditer(text):
        s, e = m.span()
        if any(mb[0] <= s and e <= mb[1] for g in by_key.values() for mb in g.members) \
                or _ARTICLE_BEFORE.search(text, max(0, s - 5), s):
            continue   # 'an Americanised "Jimmy" Bond' is a description
        for g in by_key.values():
            g.members = [mb for mb in g.members if mb[1] <= s or mb[0] >= e]
        _add_person(by_key, s, e, m.group())
    _drop_empty(by_key)


def _titled_names_missed(text: str, by_key: dict[str, _Group]) -> None:
    """A name after a personal title that the model put in no span of its own ("Mr Seydou Traoré
    thanked ...", nothing found) is a person; not a form of address ("Mr Speaker", "Madam
    President" has no such title) nor a common word alone ("Mr Big")."""
    taken = _taken(text, list(by_key.values()))
    for m in _TITLED_NAME.finditer(text):
        s, e = m.span(1)
        words = m.group(1).split()
        if any(taken[m.start():e]) or any(w.lower() in ROLE_WORDS or w.lower() in RANK_TITLES for w in words) \
                or len(words) == 1 and _in_dictionary(words[0]) or words[0].lower() in _NOT_A_NAME_AFTER_TITLE:
            continue
        _add_person(by_key, s, e, m.group(1))


# A player's or an office's role before a given name and a surname: "Substitute Ewan Lappin headed
# the winner" (nothing found), "Striker Ewan Lappin" (ORG, role and all), "Balco boss Victor Conte" (ORG).
PLAYER_ROLES = (*PLAYER_POSITIONS, "substitute", "captain", "skipper", "keeper", "flanker", "hooker", "lock", "opener",
                "batter", "sprinter", "debutant", "rookie", "jockey", "trainer", "coach", "manager")
# Ranks and a town's offices too: "Rabbi Joel Sachs", "Mayor Yvonne Pritchard" (nothing found); not
# "Major", which opens other names ("Major League Baseball")
_RANKS_BEFORE_A_NAME = (*sorted(RANK_TITLES - PEER_STYLES - {"major"}), *TOWN_OFFICES)
_LOWER = r"[^\W\d_A-Z]"  # a lower-case letter, accented too: "Peña", "Sølvberg"
# "Thandeka du Plessis", "Siobhán Ní Bhriain"
_PARTICLE_WORDS = "|".join(sorted(NAME_PARTICLES | {w.capitalize() for w in GAELIC_PARTICLES}))
_GIVEN_AND_SURNAME = (rf"([A-Z]{_LOWER}+(?:-[A-Z]{_LOWER}+)? (?:(?:{_PARTICLE_WORDS}) )?"
                      rf"(?:(?:der|den|la) )?(?:Mc|Mac|O['’])?[A-Z]{_LOWER}+(?:['’-][A-Za-z]{_LOWER}+)*)")
# ... and a person's common noun: "nurse Dolores Peña said" (ORG for the model); not one a firm may
# be: "KFC parent Yum Brands", "Yukos' owner Menatep Group"
_PERSON_NOUNS_BEFORE_A_NAME = sorted(PERSON_NOUNS | PUBLIC_SPEAKERS
                                     - {"parent", "owner", "customer", "supporter", "worker"})
# ... and an elected member's letters before the name: "her husband, Fine Gael TD Paul Gilmartin" (the
# model's PERSON ran over the party and the letters); not "AM", a time of day
_ROLES_BEFORE_A_NAME = (*PLAYER_ROLES, "boss", *ROLE_WORDS, *_RANKS_BEFORE_A_NAME, *_PERSON_NOUNS_BEFORE_A_NAME,
                        *sorted(MEMBER_LETTERS - {"AM"}))
# ... and, before a full name only, an occupation: "Actress Dawn Shepherd, a patron of the theatre" (the
# model found nothing); not before one word, an award's: "the best actress Oscar"
# (musicians, photographers and chefs are `PERSON_NOUNS` already)
_OCCUPATIONS_BEFORE_A_NAME = ("actor", "actress", "novelist", "author", "poet", "playwright", "comedian", "presenter",
                              "broadcaster", "painter", "sculptor", "architect")
_ROLE_THEN_NAME = re.compile(r"\b(?:" + "|".join(re.escape(r.capitalize()) + "|" + re.escape(r)
                                            for r in (*_ROLES_BEFORE_A_NAME, *_OCCUPATIONS_BEFORE_A_NAME))
                             + r") " + _GIVEN_AND_SURNAME + r"(?![\w’'-]| [A-Z])")
# A name, then the letters of an office or honour: "Kirsty McCallum MLA said" (the model: "Kirsty", ORG).
# Not a seat: "the Ealing North MP", "The Mid-Bedfordshire MP" (no "the" before a person's name).
_NAME_THEN_POSTNOMINAL = re.compile(r"(?<![Tt]he )(?<!-)\b" + _GIVEN_AND_SURNAME
                                    + r" (?:" + "|".join(sorted(POSTNOMINALS)) + r")\b")
# A person's common noun, then the name set in commas: "The shop's owner, Hope Kamau, said".
_PERSON_NOUN_COMMA_NAME = re.compile(r"\b(?:" + "|".join(sorted(PUBLIC_SPEAKERS | PERSON_NOUNS)) + r"), "
                                     + _GIVEN_AND_SURNAME + r"(?=,)")
# ... and a role of a body named in capitals, then the name in commas: "The president of the Federation
# of German Farmers, Klaus-Dieter Weiss, told the crowd" (ORG for the model).
_ROLE_OF_A_BODY_COMMA_NAME = re.compile(r"\b[Tt]he (?:" + "|".join(sorted(ROLE_WORDS)) + r") (?:of|at|for) (?:the )?"
                                        r"(?:[A-Z][\w’'&.-]* (?:(?:of|and|for|the) )*){0,6}[A-Z][\w’'&.-]*, "
                                        + _GIVEN_AND_SURNAME + r"(?=,)")


# An office and its portfolio before a name: "Commissioner for Agriculture Hauwa Sani-Bello said",
# "Minister for Foreign Affairs Simon Coveney" (nothing found), a Kenyan county's "Executive Committee
# Member for Health Grace Adhiambo", a council's "Portfolio Holder for Housing", South Africa's "MEC
# for Education" (the model had "Health Grace Adhiambo"); the name is the last two words.
PORTFOLIO_THEN_NAME = re.compile(r"\b(?:Minister|Commissioner|Secretary|Spokes(?:man|woman|person)|Director|"
                                  r"Member|Holder|MEC|Chair(?:man|woman|person)?|Convener)"
                                  r"(?: of State)? for(?: the)? (?:[A-Z][a-z]+,? (?:and |& )?){1,4}"
                                  + _GIVEN_AND_SURNAME + r"(?![\w’'-]| [A-Z])")


def _names_after_roles(text: str, by_key: dict[str, _Group]) -> None:
    """The name after a role (`_ROLE_THEN_NAME`, `PORTFOLIO_THEN_NAME`, `_PERSON_NOUN_COMMA_NAME`,
    `_ROLE_OF_A_BODY_COMMA_NAME`) is a person's; a model span that ran over the role into it keeps
    only what comes before the role ("Balco"), if anything, and one that is the name alone gets a
    person's evidence ("platoon chief Marcus Dyck" was ORG). So is the name before an office's
    letters ("Kirsty McCallum MLA"), and one given name in commas after someone's kin ("Her
    brother, Fintan,")."""
    for m in chain(_ROLE_THEN_NAME.finditer(text), PORTFOLIO_THEN_NAME.finditer(text),
                   _PERSON_NOUN_COMMA_NAME.finditer(text), _ROLE_OF_A_BODY_COMMA_NAME.finditer(text),
                   _NAME_THEN_POSTNOMINAL.finditer(text)):
        s, e = m.span(1)
        first, *_, last = m.group(1).split()   # "Thandeka du Plessis": particles between
        ranked = m.group(0).split()[0].lower() in _RANKS_BEFORE_A_NAME  # "Rabbi Joel Sachs": words, but a name
        # words both, unless the article's person of that surname says the role names her ("Actress Dawn
        # Shepherd, a patron ... said Shepherd")
        if not ranked and _in_dictionary(first) and _in_dictionary(last) \
                and not (m.re is _ROLE_THEN_NAME and _lone_person(by_key, last)) \
                or gazetteer_kind(m.group(1)) \
                or m.re is _NAME_THEN_POSTNOMINAL and (first.lower() in stop_words() or last.lower() in DIRECTIONS) \
                or last in ORG_HEAD_WORDS \
                or first.lower() in HONORIFICS or first.lower() in TITLE_ABBREVIATIONS \
                or any(w.lower() in ROLE_WORDS or w.lower() in RANK_TITLES for w in (first, last)):
            continue   # "editor New Scientist", "minister Kuala Lumpur", "Chief Supt Deats", "Chief Superintendent"
        leftovers = []
        for g in by_key.values():
            over = [mb for mb in g.members if mb[0] < s < mb[1]]
            g.members = [mb for mb in g.members if mb not in over]
            leftovers += [(mb[0], m.start() - 1, text[mb[0]:m.start() - 1], "ORG" if mb[3] == "PERSON" else mb[3])
                          for mb in over if mb[0] < m.start() - 1]
        for left in leftovers:   # "Fine Gael" of "Fine Gael TD Paul Gilmartin": a body of its own
            group = by_key.setdefault(_key(left[2]), _Group())
            group.members.append(left)
            group.evidence[left[3]] += 3
        _a_person_at(by_key, s, e, m.group(1))
    for m in _KIN_COMMA_GIVEN_NAME.finditer(text):   # "Her brother, Fintan, farms": a person named by kin
        s, e = m.span(1)
        _a_person_at(by_key, s, e, m.group(1))
    _drop_empty(by_key)


def _lone_person(by_key: dict[str, _Group], word: str) -> bool:
    """Did the model read `word` alone as a person somewhere?"""
    group = by_key.get(_key(word))
    return group is not None and any(mb[3] == "PERSON" and mb[2] == word for mb in group.members)


def _a_person_at(by_key: dict[str, _Group], s: int, e: int, name: str) -> None:
    """A person's name at [s, e): a new mention where no name covers it, in place of the model's
    mentions of its parts ("Kirsty" of "Kirsty McCallum MLA"), else a person's evidence for the
    model's mention of exactly it."""
    for g in by_key.values():
        g.members = [mb for mb in g.members if not (s <= mb[0] and mb[1] <= e and mb[1] - mb[0] < e - s)]
    if not any(mb[0] < e and s < mb[1] for g in by_key.values() for mb in g.members):
        _add_person(by_key, s, e, name)
    for g in by_key.values():
        if any(mb[:2] == (s, e) and mb[3] != "PERSON" for mb in g.members):
            g.evidence["PERSON"] += 3


# A byline alone on its line: "HEALTH EDITOR Aroha Ngata", "By Aroha Ngata".
# ... and the desk after a bar: "By Brian Okinda | Entertainment Writer" (the model: "Entertainment Writer", ORG).
_BYLINE = re.compile(r"^[ \t]*(?:By[ \t]+|(?:[A-Z]{2,}[ \t]+)*(?:EDITOR|CORRESPONDENT|REPORTER|WRITER|COLUMNIST|CRITIC)"
                     r"[ \t]+)([A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+){1,2})[ \t]*(?:\|[ \t]*((?:[A-Z][a-z]+[ \t]+){0,3}"
                     r"(?:Editor|Correspondent|Reporter|Writer|Columnist|Critic))[ \t]*)?$", re.MULTILINE)

# ... or a name and its desk alone on a line, the role in lower case: "Helena Marsh Environment
# correspondent" (the model: "Helena Marsh Environment" ORG). Two words of name: a desk word after them.
_DESK_BYLINE = re.compile(r"^[ \t]*([A-Z][a-z'’-]+[ \t][A-Z][a-z'’-]+)[ \t]+((?:[A-Z][a-z]+[ \t]+){0,3}"
                          r"(?:correspondent|editor|reporter|writer|columnist|critic))[ \t]*$", re.MULTILINE)


# Wire copy's reporter: a name alone on the line before the dateline ("Yuri Kushko" above "TAVILDARA,
# Tajikistan 1996-08-30"), or signing off the story ("-- Luli Popescu, Bucharest Newsroom 40-1 3120264").
_NAME_LINE = re.compile(r"^[ \t]*([A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+){1,2})[ \t]*$", re.MULTILINE)
_SIGNATURE = re.compile(r"^[ \t]*--[ \t]*([A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+){1,2})[ \t]*,"
                        r"[^\n]*\b(?:Newsroom|Desk|Bureau)\b", re.MULTILINE)


def _byline_names_missed(text: str, by_key: dict[str, _Group]) -> None:
    """A byline's name the model put in no span (a line "HEALTH EDITOR Aroha Ngata": nothing
    found) is a person, when its last word is no common word ("By Royal Appointment" is a
    headline)."""
    taken = _taken(text, list(by_key.values()))
    for s, e in _byline_names(text):
        if any(taken[s:e]) or _in_dictionary(text[s:e].split()[-1]):
            continue
        _add_person(by_key, s, e, text[s:e])
    for m in _DESK_BYLINE.finditer(text):   # the desk says person, whatever the model: "Helena Marsh" (ORG)
        owners = [g for g in by_key.values() if any(member[:2] == m.span(1) for member in g.members)]
        for g in owners:
            g.evidence["PERSON"] += sum(g.votes().values()) + 1
        if not owners and not any(taken[m.start(1):m.end(1)]):
            _add_person(by_key, *m.span(1), m.group(1))


def _byline_names(text: str):
    """(start, end) of the names a byline, a wire reporter's line or signature gives; a name line is
    a reporter's only below the headline and above a dateline ("Markets Rally" heads a story)."""
    for pattern in (_BYLINE, _DESK_BYLINE, _SIGNATURE):
        yield from (m.span(1) for m in pattern.finditer(text))
    for m in _NAME_LINE.finditer(text):
        if m.start() > 0 and _DATELINE.match(text, m.end() + 1):
            yield m.span(1)


_GIVEN_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) $")


def given_names_before_ages(doc) -> list[tuple[int, int]]:
    """"Regina Wambui, 16, won ..." (the model: "Wambui" GPE): a proper noun in no name of its own,
    right before a one-word name that an age follows, is its given name. The (start, end) of each
    such full name; the places table reads the given name as a person's too ("Regina began
    running" is no town)."""
    text, out = text_of(doc), []
    for ent in doc.ents:
        m = _GIVEN_WORD_BEFORE.search(text, max(0, ent.start_char - 30), ent.start_char)
        first = doc.char_span(*m.span(1)) if m is not None and len(ent) == 1 else None
        if first is None or first[0].ent_type_ or first[0].tag_ != "NNP" \
                or not _AGE_AFTER_NAME.match(text, ent.end_char) \
                or not _given_name_before(doc, text, m.group(1), m.start(1)):
            # ... and the other way round: "The cyclist, Dallas Pruitt, 34," (the model: "Dallas" GPE,
            # "Pruitt" nothing) is a person, the place's name his given name
            last = doc[ent.end] if len(ent) == 1 and ent.end < len(doc) else None
            if last is not None and last.is_title and last.is_alpha and not last.ent_type_ \
                    and last.idx == ent.end_char + 1 and _AGE_AFTER_NAME.match(text, last.idx + len(last)):
                out.append((ent.start_char, last.idx + len(last)))
            continue
        out.append((m.start(1), ent.end_char))
    return out + _full_names_before_ages(doc, text)


def _full_names_before_ages(doc, text: str) -> list[tuple[int, int]]:
    """"Lucía Ruiz, 19, came off the bench" where the model found neither word: a given name
    (`_given_name_before`) and a capitalised word, an age after them, no capitalised word before."""
    out = []
    for first, last in zip(doc, doc[1:]):
        if first.tag_ == "NNP" and last.tag_ == "NNP" and not first.ent_type_ and not last.ent_type_ \
                and last.is_title and last.is_alpha and last.idx == first.idx + len(first) + 1 \
                and (first.i == 0 or first.is_sent_start or not doc[first.i - 1].is_title) \
                and _AGE_AFTER_NAME.match(text, last.idx + len(last)) \
                and _given_name_before(doc, text, first.text, first.idx):
            out.append((first.idx, last.idx + len(last)))
    return out


def _given_names_before_an_age(doc, text: str, by_key: dict[str, _Group]) -> None:
    """The full names of `given_names_before_ages`, people, in place of the model's one word."""
    for s, e in given_names_before_ages(doc):
        for g in by_key.values():   # the model's one word, the surname or the given name
            g.members = [m for m in g.members if m[1] != e and m[0] != s]
        _add_person(by_key, s, e, text[s:e])
    _drop_empty(by_key)


def _given_names_before_gaelic_surnames(doc, text: str, by_key: dict[str, _Group]) -> None:
    """"Ciarán Mac Giolla Phádraig kicked" (the model's PERSON "Mac Giolla Phádraig"): a surname
    opening with a Gaelic particle has its given name before it, a proper noun no list of words
    holds (`_given_name_before`), the person's full name."""
    for key, g in list(by_key.items()):
        for mb in [m for m in g.members if m[3] == "PERSON" and m[2].split()[0].lower() in GAELIC_PARTICLES]:
            before = re.search(rf"(?<![\w'’.-])([A-Z]{_LOWER}+) $", text[max(0, mb[0] - 30):mb[0]])
            if before is None or not _given_name_before(doc, text, before.group(1), mb[0] - len(before.group())):
                continue
            g.members.remove(mb)
            _add_person(by_key, mb[0] - len(before.group()), mb[1], before.group() + mb[2])
        if not g.members:
            del by_key[key]


def _modifies_noun(doc, start: int, end: int) -> bool:
    """A common noun follows: "Nationwide June sales" is a month's figures, not a person's."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.end < len(doc) and doc[span.end].tag_ in ("NN", "NNS")


def _given_name_before(doc, text: str, word: str, start: int) -> bool:
    """A proper noun that no list of common, title, role, month or day words holds."""
    lower = word.lower()
    if lower in stop_words() or lower in HONORIFICS or lower in RANK_TITLES or lower in ROLE_WORDS or lower in _MONTHS \
            or word in DAY_NAMES or lower in _lower_words(text):
        return False
    span = doc.char_span(start, start + len(word))
    return span is not None and len(span) == 1 and span[0].tag_ == "NNP"


def _taken(text: str, groups: list[_Group]) -> bytearray:
    """A mark on each character some group's mention covers."""
    taken = bytearray(len(text) + 1)
    for g in groups:
        for s, e, _, _ in g.members:
            taken[s:e] = b"\x01" * (e - s)
    return taken


_TWO_NAME_WORDS = re.compile(r"(?<![\w’'-])([A-Z][a-z]+) ([A-Z][a-z]{2,})(?![\w’'-]| [A-Z])")
_PROSE_AFTER = re.compile(r",? [a-z]")   # a sentence goes on: not a fixtures line's "West Ham v Sheff Utd"


def _full_names_missed(text: str, groups: list[_Group]) -> list[_Group]:
    """A given name and a surname the model found nowhere, where the text writes the surname alone
    at least twice more ("Rosalind Mayhew has ended her session ... Mayhew has told the committee",
    in a live page whose time stamps threw the model): a person. Neither word common English or a
    title, the given name no place's, the surname no big place's; no person's full name holds the
    surname; in prose, not a table's line."""
    taken = _taken(text, groups)
    held = {w for g in groups if g.label() == "PERSON" for m in g.members if " " in m[2] for w in m[2].split()}
    found: dict[str, _Group] = {}
    for m in _TWO_NAME_WORDS.finditer(text):
        given, surname = m.groups()
        if any(taken[m.start():m.end()]) or surname in held or not _given_name(given) or not _given_name(surname) \
                or not _PROSE_AFTER.match(text, m.end()) \
                or gazetteer_kind(given) or _big_place(surname) or _title_word(given.lower(), "PERSON") \
                or given in DAY_NAMES | MONTH_NAMES:
            continue
        alone = len(re.findall(rf"(?<![\w’'-]){surname}(?![\w’'-])", text)) - len(
            re.findall(rf"(?<![\w’'-]){given} {surname}(?![\w’'-])", text))
        if alone >= 2:
            group = found.setdefault(_key(m.group()), _Group())
            group.members.append((m.start(), m.end(), m.group(), ""))
            group.evidence["PERSON"] += _PATTERN_WEIGHT
    return list(found.values())


def _relatives_missed(text: str, groups: list[_Group]) -> list[_Group]:
    """A given name and the surname of the article's people that the model left out: "Renata Szabo
    arrived in Cleveland" beside "Her late husband, Ferenc Szabo" is a person, and the "Renata" a
    feature writes alone (the model's ORG) is hers; a full name the model found elsewhere joins its
    row ("Alastair Campbell" missed the second time). Only a given name no dictionary or map holds,
    no title, day or month."""
    surnames = {m[2].split()[-1] for g in groups if g.label() == "PERSON" for m in g.members if " " in m[2]}
    if not surnames:
        return groups
    taken = _taken(text, groups)
    named = {_key(g.name()): g for g in groups if g.label() == "PERSON"}
    found: dict[str, _Group] = {}
    pattern = rf"(?<![\w’'-])([A-Z][a-zà-ÿ]+) (?:{'|'.join(map(re.escape, sorted(surnames)))})(?![\w’'-])"
    for m in re.finditer(pattern, text):
        if any(taken[m.start(1):m.end(1) + 1]) or not _given_name(m.group(1)) or gazetteer_kind(m.group(1)) \
                or _title_word(m.group(1).lower().rstrip("."), "PERSON") or m.group(1) in DAY_NAMES | MONTH_NAMES:
            continue   # the surname alone may be taken: `_add_missed` gave it to "Tomas Kovacs"
        for g in groups:
            g.members = [mb for mb in g.members if not (m.start() < mb[1] and mb[0] < m.end())]
        group = named.get(_key(m.group())) or found.setdefault(_key(m.group()), _Group())
        group.members.append((m.start(), m.end(), m.group(), ""))
        group.evidence["PERSON"] += _PATTERN_WEIGHT
    if not found:
        return groups
    by_given = {g.members[0][2].split()[0]: g for g in found.values()}
    out = []
    for g in (g for g in groups if g.members):
        owner = by_given.get(g.name()) if " " not in g.name() else None
        if owner is not None and len({k.split()[0] for k in found}) == len(found):
            _join_group(owner, g, named_in_full=True, keep_label=True)   # the feature's "Renata" alone
        else:
            out.append(g)
    return out + list(found.values())


def _add_common_surnames(text: str, groups: list[_Group]) -> None:
    """The lone mentions of a person whose surname is also a stop word or a month, which
    `_add_missed` leaves alone ("may", "will"): only under a title ("Mrs May flew") or before a
    speech verb ("May said"), where no modal verb or month stands."""
    taken = _taken(text, groups)
    by_surname: dict[str, list[_Group]] = defaultdict(list)
    for g in groups:
        if g.label() == "PERSON" and len(g.name().split()) >= 2 and g.name()[:1].isupper():
            by_surname[g.name().split()[-1]].append(g)
    for surname, owners in by_surname.items():
        if len(owners) != 1 or not surname.isalpha() or not (surname.lower() in stop_words() or surname in MONTH_NAMES):
            continue
        for m in re.finditer(rf"(?<![\w’'-]){surname}(?![\w’'-])", text):
            s, e = m.span()
            if not any(taken[s:e]) and (_TITLE_BEFORE.search(text[max(0, s - 8):s])
                                        or _SPEECH_AFTER.match(text[e:e + 16])):
                owners[0].members.append((s, e, surname, ""))


def _surnames_that_speak(text: str, groups: list[_Group]) -> None:
    """A name of two or three words the model read as a body whose last word, a name no dictionary
    or map holds, speaks alone ("Jordan Petrakis has cleaned offices ... Petrakis said"): a body is
    not called by its last word, a person by the surname is. The lone mentions join it, as a person.
    Not when the first word is a body of the article's own ("Fiat is to close the Fiat Powertrain
    plant ... 'Powertrain told us'")."""
    taken = _taken(text, groups)
    names = {g.name() for g in groups}
    for g in groups:
        words = g.name().split()
        if g.label() != "ORG" or not 2 <= len(words) <= 3 or not _surname_word(words[-1]) or words[0] in names:
            continue
        alone = (m.span() for m in re.finditer(rf"(?<![\w’'-]){re.escape(words[-1])}(?![\w’'-])", text))
        spoken = [(s, e) for s, e in alone if not any(taken[s:e])
                  and (_SPEECH_AFTER.match(text[e:e + 16]) or _SPEECH_BEFORE.search(text[max(0, s - 16):s]))]
        if spoken:
            g.evidence["PERSON"] += sum(g.votes().values()) + 1
            g.members.extend((s, e, text[s:e], "") for s, e in spoken)


def _surname_word(word: str) -> bool:
    """A word of a personal name (`_name_word`) that is no stop word either ("Petrakis")."""
    return _name_word(word) and word.lower() not in stop_words()


def _name_word(word: str) -> bool:
    """A capitalised word no dictionary or map of big places holds: a word of a personal name."""
    from ..gazetteer import is_major_place

    return bool(_NAME_WORD.match(word)) and not _in_dictionary(word) and not is_major_place(word.lower())


def _headline_common_word(text: str, start: int, end: int) -> bool:
    """One English word in a Title-Case headline ("How Rising Rents Are Pushing Families Out") is
    capitalised by the headline, not as a name; a place ("Turkey Bombs ...") stays. The body's own
    mentions of a real name ("Apple said") still make it an entity, and find this one again."""
    word = text[start:end]
    if not _common_word(word) or not _in_title_case_line(text, start):
        return False
    # "Senate Passes Tax Bill" over "The U.S. Senate passed": the body capitalises it mid-sentence
    return not _named_mid_sentence(text, word, start, headline=lambda pos: _in_title_case_line(text, pos))


def _before_headline_words(text: str, start: int, end: int) -> int:
    """Where a span of a Title-Case headline (the text's first line) ends before its first word
    the headline capitalised (`_headline_common_word`): the model's "Fed Holds Rates Steady" (ORG)
    is the Fed."""
    if " " not in text[start:end] or start >= headline_end(text) or not _in_title_case_line(text, start):
        return end   # a headline's: not a Title-Case line of a results table ("Hapoel Haifa 3 Maccabi 1")
    for m in re.finditer(r"[^\W\d_][\w'’-]*", text[start:end]):
        if m.start() > 0 and _headline_common_word(text, start + m.start(), start + m.end()):
            return start + m.start() - 1 if text[start + m.start() - 1] == " " else end
    return end


def _mid_sentence(text: str, pos: int) -> bool:
    """No sentence starts at `pos`: "the U.S. Senate" ends no sentence at its initials' dots."""
    return not _opens_sentence(text, pos) or bool(re.search(r"(?:^|[\s(])(?:[A-Z]\.)+\s+$", text[max(0, pos - 8):pos]))


def _opens_line(text: str, pos: int) -> bool:
    """`pos` begins a line: where a headline's topic slug ("CRICKET - ...") or a result row stands."""
    return pos == 0 or text[pos - 1] == "\n"


def _line_at(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1:text.find("\n", pos) % (len(text) + 1)]


def _in_title_case_line(text: str, pos: int) -> bool:
    """Is the line holding `pos` a title-case one (`_title_case_line`)? Asked for each mention, so
    read once a line: a text of one 35 KB line listing 5,000 names took 20 s, most of it here."""
    return _title_case_span(text, text.rfind("\n", 0, pos) + 1, text.find("\n", pos) % (len(text) + 1))


@functools.lru_cache(maxsize=4096)
def _title_case_span(text: str, start: int, end: int) -> bool:
    return _title_case_line(text[start:end])


def _title_case_line(line: str) -> bool:
    """Four words or more, nearly all of the longer ones capitalised, and no sentence's full stop."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    long = [w for w in words if len(w) > 3]
    return len(words) >= 4 and bool(long) and sum(w[0].isupper() for w in long) >= 0.8 * len(long) \
        and not line.rstrip().endswith(".") and not line.isupper()


# An amount the model took for a name: "a 300p a share bid", "the 20m note" (figures read these).
_AMOUNT = re.compile(r"^[£$€]?\d[\d.,]*(?:p|m|bn|k|pc|mn|ft|km|kg|mph)$")
_COMMON_AFTER = re.compile(r"\s+[a-z]")
# An English prefix that makes an adjective of a name: "non-League", "post-Enron", "anti-Nato" (not
# a name's own particle: "al-Aqsa", "el-Sisi").
_PREFIXED = re.compile(r"(?:non|post|pre|anti|pro|ex|mid|neo|pan|trans|pseudo|quasi|semi|ultra)-(?=[A-Z])")


# A name inside a hyphenated word modifies a noun: "Bergamo-based", "Amman-bound", "ex-Milan coach",
# "Arab-Israeli talks". The compound is an adjective, not a mention of the thing.
_HYPHEN_AFTER = re.compile(r"-[a-z]")
_HYPHEN_BEFORE = re.compile(r"[A-Za-z]-$")
# "I’m" read as a title of a work: a pronoun and its clitic are never a name.
_PRONOUN = re.compile(r"^(?:I|We|You|He|She|It|They)(?:['’](?:m|s|re|ve|ll|d))?$")


def _without_role(text: str, start: int, end: int, label: str) -> int:
    """The end of a body's name without a role word after it: "Fed Chair" is the Fed (a person's
    title stays: "Prime Minister" does not become "Prime")."""
    words = text[start:end].split(" ")
    if label == "PERSON" or len(words) < 2 or words[-1].lower() not in ROLE_WORDS \
            or words[-2].lower().rstrip(".") in HONORIFICS or not words[-2][:1].isupper():
        return end
    return end - len(words[-1]) - 1


# A speech verb opening a sentence before its speaker: "Said Wales coach Scott Johnson: ..." (BBC).
_SPEECH_OPENING = re.compile(r"(?:Said|Says|Added|Adds|Asked|Told) (?=[A-Z])")


def _after_speech_verb(text: str, start: int, end: int) -> int:
    """Where a name starts after a sentence-opening speech verb the model took into it."""
    m = _SPEECH_OPENING.match(text, start, end)
    return m.end() if m and _opens_sentence(text, start) else start


def _after_inner_role(text: str, start: int, end: int, label: str) -> int:
    """Where a person's name starts after a side and a lower-case role the model took into it:
    "Wales physio Mark Davies" is Mark Davies, "Labour backbencher Jon Cruddas" Jon Cruddas. Two
    capitalised words must follow ("Jose de Souza" keeps its particle; "Abu al-Hassan" too)."""
    words = text[start:end].split(" ")
    if label != "PERSON" or len(words) < 4:
        return start
    inner = [i for i, w in enumerate(words[1:-2], 1) if _is_common(w) and w not in _PARTICLES]
    if not inner or not all(w[:1].isupper() for w in words[inner[-1] + 1:]):
        return start
    return start + sum(len(w) + 1 for w in words[:inner[-1] + 1])


def _after_opening_role(text: str, start: int, end: int, label: str) -> int:
    """Where a name starts after a person's gendered role the model took into it, whatever its
    label: "Spokeswoman Thandi Vilakazi said" (ORG) is Thandi Vilakazi; two capitalised words must
    follow. Ranks that are part of a name ("Prince Harry", "Queen Noor") stay. So does an
    occupation that opens a sentence before a two-word person (`_opening_occupation`)."""
    first, _, rest = text[start:end].partition(" ")
    if (first.lower() not in ROLE_GENDER or first.lower() in REGNAL_TITLES | PEER_STYLES or len(rest.split()) < 2
            or not all(w[:1].isupper() for w in rest.split())) and not _opening_occupation(text, start, end, label) \
            and not _title_then_name(first, rest):
        return start
    return start + len(first) + 1


def _title_then_name(title: str, rest: str) -> bool:
    """"Councillor Siobhán Ní Bhriain" (ORG), "Alhaji Musa Danjuma": a title or rank, then a given
    name and a surname, perhaps with particles ("Thandeka du Plessis"), no word of which an English
    dictionary or a big place holds ("General Motors", "Queen Elizabeth Hospital" stay whole)."""
    words = rest.split()
    return title.lower() in (HONORIFICS | RANK_TITLES) - PEER_STYLES - REGNAL_TITLES and len(words) >= 2 \
        and _name_word(words[0]) and _name_word(words[-1]) and all(
            _name_word(w) or w.lower() in _PARTICLES | GAELIC_PARTICLES for w in words[1:-1])


# What a person does, by the ending of the word: "er", "or", "our" ("Neighbour"), "ist", "ian", "man", "woman".
_OCCUPATION_ENDING = re.compile(r"(?:er|or|our|ist|ian|man|woman)s?$")


def _opening_occupation(text: str, start: int, end: int, label: str) -> bool:
    """"Farmer Geoff Brooks lost his barn", "Cinematographer John Mathieson shot it" (PERSON, role
    and all): a common word for a person's work, capitalised only because it opens the sentence
    (mid-sentence desks write "farmer Geoff Brooks", which the model leaves out; a compound of two
    words too: "Harbourmaster Jens Aaland"), then a name of two or three words ("Hawker Tan Wei
    Ling"). A first name that is also a word ("Alexander Graham Bell") opens sentences rarely enough:
    none of BBC's 2,225 articles does."""
    words = text[start:end].split(" ")
    return label == "PERSON" and len(words) in (3, 4) and _opens_sentence(text, start) and not _is_demonym(words[0]) \
        and _OCCUPATION_ENDING.search(words[0]) is not None and (_in_dictionary(words[0]) or _two_words(words[0])) \
        and all(_NAME_WORD.match(w) and w.lower() not in stop_words() for w in words[1:])


def _two_words(word: str) -> bool:
    """A compound of two English words of three letters or more: "Harbourmaster", "Lifeboatman"."""
    word = word.lower()
    return any(_in_dictionary(word[:i]) and _in_dictionary(word[i:]) for i in range(3, len(word) - 2))


def _after_capitals_role(text: str, start: int, end: int, label: str) -> int:
    """Where a person's name starts after a byline's role in capitals: "EDITOR John Smith" is John
    Smith. The capitals word must be common English of three letters or more, and no place, and the
    name after it written in mixed case ("US Smith", "KENT Smith" and "JOHN SMITH" stay whole)."""
    first, _, rest = text[start:end].partition(" ")
    if label != "PERSON" or not rest or len(first) < 3 or not first.isalpha() or not first.isupper() \
            or not any(w[:1].isupper() and not w.isupper() for w in rest.split()) \
            or not _in_dictionary(first) or gazetteer_kind(first.title()):
        return start
    return start + len(first) + 1


def _apposed_person(text: str, start: int, words: list[str]) -> bool:
    """A nationality, a given name and a surname, set off after a comma and "the": "Her coach, the
    Italian Marco Bellini, said" (ORG for the model)."""
    return text[max(0, start - 6):start] == ", the " and len(words) == 2 and _given_name(words[0])


def _after_demonym(doc, text: str, start: int, end: int, label: str) -> int:
    """Where a person's name starts after a nationality the model took into it ("American Davenport"
    ORG, "American Jeff Morrison" WORK_OF_ART, as sports desks write players): the rest is a given
    name no dictionary knows and a surname, or a surname never written in lower case that ends a
    two-word name the model read as a person ("Lindsay Davenport"; not "Paulo State Championship").
    When the model read all three words as a person, any two name words will do ("Kenyan Bernard
    Lagat": "bernard" is a dictionary word). Bodies named for a nation keep their name: "American
    Express", "Swiss Re" (beside "Munich Re"), "the Brazilian Championship", and so does a name
    after "the" ("the British Phonographic Industry": desks write players without it)."""
    first, _, rest = text[start:end].partition(" ")
    words = rest.split()
    if not words or len(words) > 3 or not _is_demonym(first) or not all(_NAME_WORD.match(w) for w in words) \
            or _COMPETITION_END.search(rest) or _SPORTS_COMPETITION_END.search(rest) \
            or _THE_BEFORE.search(text[max(0, start - 5):start]) and not _apposed_person(text, start, words):
        return start  # "the Australian Hardcourt Championships", "the British Phonographic Industry"
    noun = _PERSON_DEMONYM.fullmatch(first)
    if noun and (noun.group(1) is None or _is_demonym(noun.group(1))):  # not "German Gref": German is no "Ger-man"
        return start + len(first) + 1  # "Frenchman Lucas Marchetti" (ORG): a noun for one person, no body's
    if len(words) > 1 and (_given_name(words[0]) or label == "PERSON" and len(words) == 2
                           and words[1].lower() not in stop_words()) and not gazetteer_kind(rest) \
            or len(words) == 1 and rest.lower() not in _lower_words(text) and any(
                ent.label_ == "PERSON" and len(ent.text.split()) == 2 and ent.text.endswith(" " + rest)
                and _given_name_shape(ent.text.split()[0])
                for ent in doc.ents):
        return start + len(first) + 1
    return start


# A nationality's noun for one person, which no body's name opens: "Frenchman", "Welshwoman", "Briton".
_PERSON_DEMONYM = re.compile(r"([A-Z][a-z]+)(?:man|woman)|Briton")


_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+) $")


def _name_after_a_demonym(text: str, start: int, end: int) -> bool:
    """Is the span a name of capitalised words, no demonym and no English word ending it, right
    after a demonym ("Kenyan Brigid Chepkurui"; not "British Muslims")?"""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    words = text[start:end].split()
    return before is not None and _is_demonym(before.group(1)) and not _is_demonym(text[start:end]) \
        and all(w[:1].isupper() for w in words) and not _in_dictionary(words[-1])


def _given_name_shape(word: str) -> bool:
    """A capitalised word that may open a personal name: no nationality, no big place ("Munich Re"
    is a firm the model read as a person)."""
    from ..gazetteer import is_major_place

    return bool(_NAME_WORD.match(word)) and not _is_demonym(word) and not is_major_place(word.lower())


def _after_inner_title(text: str, start: int, end: int, label: str) -> int:
    """Where a person's name starts after the titles and roles before it: "Tory Treasurer Lord
    Ashcroft" is Ashcroft, "Belgian King Baudouin" Baudouin ("Martin Luther King" keeps its King, and so
    does "Martin Luther King Jr.": a generation's suffix is no name after a title).
    Whatever the model called it after a personal title inside ("Analysing Mr Brown's position", ORG):
    no body's name holds one."""
    words = text[start:end].split(" ")
    if len(words) < 3:
        return start
    # "St." after a given name opens a surname: "the Rev. Lorraine St. Clair" (not "Clair")
    last = max((i for i, w in enumerate(words[:-1]) if w.lower() in HONORIFICS
                and not (w.lower() in ("st.", "st") and i and words[i - 1].lower() not in HONORIFICS)), default=-1)
    if last < 1 or not (words[last + 1][:1].isupper() or words[last + 1] in _PARTICLES) \
            or words[last + 1].lower() in NAME_SUFFIXES \
            or label != "PERSON" and words[last].lower() not in PERSON_ONLY_TITLES:
        return start
    return start + sum(len(w) + 1 for w in words[:last + 1])


def _furniture(text: str, start: int, end: int) -> bool:
    """A page's label in capitals before a colon ("EDITOR’S NOTE:", "UPDATE:"): common words, no
    place, at the start of its line; or a desk's tag alone on the first or the last line, used once
    ("GOODPUB"; a press digest's "KOMPAS" heading its section is the paper)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) % (len(text) + 1)
    byline = _BYLINE.match(text, line_start, line_end) or _DESK_BYLINE.match(text, line_start, line_end)
    if byline and byline.group(2) and byline.start(2) <= start:
        return True   # "By Brian Okinda | Entertainment Writer": the desk
    word = text[start:end]
    edge = not text[line_end:].strip() or not text[:line_start].strip()
    if text[line_start:line_end].strip() == word and edge and word.isupper() \
            and word.isalpha() and len(word) > 5 and text.count(word) == 1:
        return not gazetteer_kind(word.title())  # "GOODPUB" alone on the first or last line: a desk's tag
    colon = text.find(":", end, end + 30)
    head = text[line_start:colon] if colon >= 0 else ""
    if not head or "\n" in head or head != head.upper() or not any(c.isalpha() for c in head):
        return False
    words = [w for w in re.split(r"[^\w]+", head) if w and w.isalpha() and len(w) > 1]
    if len(words) == 1 and len(words[0]) > 5 and text[start:end] == words[0]:
        return not gazetteer_kind(words[0].title())  # "GOODPUB:" a desk's tag (acronyms are shorter)
    return bool(words) and all(_in_dictionary(w) for w in words) and not gazetteer_kind(text[start:end].title())


# A picture's credit, in brackets or on a line of its own: "(AP Photo/Tomas Ibarrola)", "Photo: Fiona
# Gallacher", "Picture by Ann Lee/PA": page furniture, not a person or body of the story.
_PICTURE = r"(?:photo|photograph|picture|image)s?"
_CREDIT_IN_BRACKETS = re.compile(r"\((?:[^()\n]{0,30}\s)?" + _PICTURE + r"\s*(?:/|:|by\s)"
                                 r"[^()\n]{0,120}\)|\((?-i:[A-Z][A-Z .&'-]{1,40})/[^()\n]{1,60}\)"
                                 r"|\((?-i:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}/[A-Z][a-z]+ [A-Z][\w'’-]+)\)"
                                 r"|\((?-i:[A-Z][a-z]+ [A-Z][\w'’-]+/[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})\)",
                                 re.IGNORECASE)   # "(SNS Group/Euan Cardno)": an agency, a slash, a photographer,
# or the other way round: "(Noam Ravid/Flash90)"
# ... also an agency's in capitals and the photographer's name: "(THE CANADIAN PRESS/Ashlyn Boudreau)"
_CREDIT_LINE = re.compile(r"[ \t]*(?:[A-Z]{2,6} )?" + _PICTURE + r"(?:\s+by\s+|\s*:\s*|/)[^\n]{0,60}$",
                          re.IGNORECASE | re.MULTILINE)   # also an agency's: "AAP Image/Tegan Marsh"
# ... and an agency in capitals, a slash and the photographer closing a caption: "A worker inspects
# the bridge. REUTERS/Hamad Al Kuwari"
_CREDIT_AFTER_CAPTION = re.compile(r"(?<=[.!?] )(?:[A-Z][A-Z&]{1,15}(?: [A-Z][A-Z&]{1,15}){0,2}"
                                   r"(?: (?i:photo|image|picture)s?)?/[^\n/]{1,60}"
                                   r"|\([A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}:[ \t]*"
                                   r"[A-Z][a-z]+(?: [A-Z][\w'’-]+){1,2}\))"
                                   r"[ \t]*$", re.MULTILINE)   # "... by tugs on Monday. AAP Image/Kirra Donnelly",
# "... near Deloraine. (ABC Northern Tasmania: Tomas Brenner)"
_CREDIT_REACH = 160   # characters a credit spans at most around a name in it
# ... and after a dash or a full stop at the end of a caption: "... closed shops. — Photo by Hussain
# Baloch", "... in the shop on Manningham Lane. Photograph: Simon Ashcroft/Bradford Courier",
# "... in 1979. Photo / Sasha Whitcombe"
_CREDIT_CLOSING_CAPTION = re.compile(r"(?:[—–-]|(?<=[.!?]) )[ \t]*" + _PICTURE
                                     + r"(?:[ \t]+by[ \t]+|[ \t]*[:/][ \t]*)[^\n]{0,60}$", re.IGNORECASE)


def _photo_credit(text: str, start: int, end: int) -> bool:
    """Does [start, end) lie in a picture's credit? Read in a window of `_CREDIT_REACH` around the
    name, not its whole line: this runs for every name the model finds, and a text may be one line."""
    lo, hi = max(0, start - _CREDIT_REACH), min(len(text), end + _CREDIT_REACH)
    if any(m.start() <= start and end <= m.end() for pattern in (_CREDIT_IN_BRACKETS, _CREDIT_AFTER_CAPTION)
           for m in pattern.finditer(text, lo, hi)):
        return True
    line_start = text.rfind("\n", lo, start) + 1 if start > 0 else 0
    if line_start == 0 and lo > 0:
        return False   # the line starts further back than a credit line runs
    line = _CREDIT_LINE.match(text, line_start, hi)
    if line is not None and end <= line.end():
        return True
    line_end = text.find("\n", end, end + 61)   # a caption's credit at its end: "... — Photo by X"
    if line_end < 0 and end + 61 < len(text):
        return False   # the line runs on past where a credit would end (and a one-line text is not read to its end)
    tail = _CREDIT_CLOSING_CAPTION.search(text, max(0, start - 40), line_end if line_end >= 0 else len(text))
    return tail is not None and tail.start() <= start


# "Tesla, Uber and Snapchat": a list is several names (a comma and a final "and"/"or" say so;
# "Denver, Colorado" and "Marks and Spencer" stay whole). "Council of Ontario (RECO": the name and
# its acronym, an unclosed bracket between them.
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_OPEN_BRACKET = re.compile(r"\s*\(\s*")


# A fixture's two sides, which the model may read as one person: "Lesotho v Malawi", "Leeds vs. Hull".
_VERSUS = re.compile(r" (?:v|vs\.?|versus) (?=[A-Z])")

# "Blair and Brown", "Royer and Elgindy": two people the model read as one body.
_TWO_SURNAMES = re.compile(rf"^({_CAP_WORD}) and ({_CAP_WORD})$")


_TWO_NAMES = re.compile(r"^([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*) and ([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*)$")


def _named_alone(text: str, whole: str, name: str) -> bool:
    """Does the text name `name` mid-sentence outside every mention of `whole` ("Riverland Folk and
    Roots Festival" named twice names neither half alone; "a paper entitled Games and Learning" has
    no name in '"Games teach life skills"')?"""
    wholes = [m.span() for m in re.finditer(re.escape(whole), text)]
    return any(not any(s <= m.start() < e for s, e in wholes) and _mid_sentence(text, m.start())
               for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))


def _written_as_surname(text: str, word: str) -> bool:
    """The article writes the word after a title or a given name ("Mr Blair", "Jeffrey Royer")."""
    return any(before.lower() in PERSONAL_TITLES or _given_name(before)
               for before in re.findall(rf"\b([A-Z][a-z]+\.?) {re.escape(word)}\b(?! and )", text))


_RESULT_SIDES = re.compile(r"([A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}) \d{1,3} ([A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3})")
_SECOND_SCORE = re.compile(r" \d{1,3}[ \t]*(?:\n|$)")
_RESULT_ITEM = re.compile(_RESULT_SIDES.pattern + r" \d{1,3}")   # an item of a list of results
_ITEM_ENDS = re.compile(r"[,.;]|\n|$")
_LAST_SCORE_ENDS = re.compile(r" \d{1,3}(?:[,.;]|\n|$)")   # the model left the second score out
_SCORE_BETWEEN_SIDES = re.compile(r"([A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}) \d{1,3}[-–]\d{1,3} "
                                  r"([A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3})")


_OWNER_THEN_WORD = re.compile(rf"(.+?)(?:['’]s?) ({_CAP_WORD})")


def _owner_and_surname(text: str, start: int, end: int, surnames: set[str]) -> list[tuple[int, int]]:
    """A body's name and one of its people the model read as one name: '"...," AG Edwards'
    Thayer.' (WORK_OF_ART) is the firm and Gary Thayer, named so earlier. Only when the article
    writes the last word as a surname, in a full name the model found (`surnames`) or after a
    title or given name, and it is no common word (the model's "World Cup" PERSON, "Heineken
    Cup"): "Macy's Parade" and "Ulster Schools' Cup" stay whole."""
    m = _OWNER_THEN_WORD.fullmatch(text, start, end)
    word = None if m is None else m.group(2)
    if word is None or _in_dictionary(word) or not (word in surnames or _written_as_surname(text, word)):
        return []
    return [m.span(1), m.span(2)]


def _result_row_sides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The two sides of a result line the model read as one name ("Bolton 2 Chelsea" PERSON in
    "Bolton 2 Chelsea 0" opening a report, a line of its own; a live blog's "GOAL! Leeds 2-1
    Sunderland" anywhere), in any story: clubs (a national
    side its country's name), whatever the model said."""
    m = _RESULT_SIDES.fullmatch(text, start, end)
    if m is None or not _opens_line(text, start) or not _SECOND_SCORE.match(text, end):
        # a live blog's "GOAL! Leeds 2-1 Sunderland", also when the model ran on over the line's end
        # ("Leeds 2-1 Sunderland\nLeeds": the next line's first word is the side it opens with)
        line_end = text.find("\n", start, end)
        m = _SCORE_BETWEEN_SIDES.fullmatch(text, start, end if line_end < 0 else line_end)
        if m is not None and line_end >= 0 and text[line_end:end].strip():
            rest = len(text[line_end:end]) - len(text[line_end:end].lstrip())
            return [m.span(1), m.span(2), (line_end + rest, end)]
    if m is None and text[max(0, start - 2):start] in (", ", ": "):   # "Results: Luton 0 Preston 2, Hull 1 Coventry 1"
        m = _RESULT_ITEM.fullmatch(text, start, end) if _ITEM_ENDS.match(text, end) \
            else _RESULT_SIDES.fullmatch(text, start, end) if _LAST_SCORE_ENDS.match(text, end) else None
    return [m.span(1), m.span(2)] if m is not None else []


def _dash_between_names(span: str, dash: re.Match) -> bool:
    """A dash, not a hyphen that tokenised text spaced out ("Harley - Davidson", "Mohammed al -
    Jadaan", "Haute - Garonne region"): an en or em dash, or a hyphen with two capitalised words
    or more on one side and a capitalised word, no particle, right before it."""
    if "-" not in dash.group().strip():
        return True
    left, right = span[:dash.start()].split(), span[dash.end():].split()
    names = [len([w for w in side if w[:1].isupper()]) for side in (left, right)]
    return bool(left and right) and max(names) > 1 and left[-1][:1].isupper()


# A sentence end the model ran a name across: a firm's legal form or a generation's suffix closes a
# name ("rival Hasbro Inc. Mattel executives", "Eli Lilly and Co. Lilly said", "Travis Oakley Jr.
# Oakley, who is 74"), and so does any abbreviation before a sentence's opening word ("Warner Bros.
# However"). Not before another legal form ("Samsung Co. Ltd.") nor a day, a street or a building
# named after the person ("Martin Luther King Jr. Day", "... Jr. Boulevard").
_NAME_CLOSED = re.compile(r"(?<=\S )(?:(?:Inc|Corp|Co|Ltd|Plc|LLC|Jr|Sr)\.(?= (?!(?:%s)\b)[A-Z])"
                          r"|[A-Z][a-z]{0,3}\.(?= (?:However|But|The|It|This|That|He|She|They|We|In|On|At|And)\b))"
                          % "|".join(sorted({w.rstrip(".") for w in LEGAL_FORMS}
                                            | {w.capitalize() for w in FACILITY_HEADS}
                                            | {"Day", "Boulevard", "Blvd", "Drive", "Ave", "Parkway", "Highway",
                                               "School", "High", "Elementary", "Memorial", "Library", "KG"})))


def _split_parts(text: str, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """The names within one of the model's spans: itself, or the items of a list it swallowed."""
    span = text[start:end]
    closed = _NAME_CLOSED.search(span)
    if closed:
        return _split_parts(text, start, start + closed.end(), label) + \
            _split_parts(text, start + closed.end() + 1, end, label)
    dash = _SPACED_DASH.search(span)
    if dash and not (_opens_line(text, start) and span[:dash.start()].isupper()) and _dash_between_names(span, dash):
        # a spaced dash opens or closes an aside: "referee Jonathan Kaplan - England were unable
        # ..." is a person, then a country; so at a line's start: "Roger Federer - nice bloke, ..."
        # ("CRICKET - ..." is _clean's slug)
        return [p for part in ((start, start + dash.start()), (start + dash.end(), end))
                for p in _split_parts(text, *part, label)]
    if span.count("(") > span.count(")"):
        m = list(_OPEN_BRACKET.finditer(span))[-1]
        inside = (start + m.end(), end)
        # a person's bracket holds a country or team ("Quigley (USA"), another thing's its acronym
        keep = label != "PERSON" and inside[1] - inside[0] >= 2
        return [(start, start + m.start())] + ([inside] if keep else [])
    versus = _VERSUS.search(span)
    if versus and span[:1].isupper():
        return [(start, start + versus.start()), (start + versus.end(), end)]
    pair = _TWO_SURNAMES.match(span)
    if pair and all(_written_as_surname(text, w) for w in pair.groups()):
        return [(start, start + pair.end(1)), (start + pair.start(2), end)]
    towns = towns_in_one_name(text, start, end)
    if towns is not None:
        return [(start + a, start + b) for a, b in towns]
    two = _TWO_NAMES.match(span)
    if two and all(_named_alone(text, span, two.group(g)) for g in (1, 2)):
        # "behind both Plaid Cymru and Reform UK" (one ORG for the model): each named alone elsewhere
        return [(start, start + two.end(1)), (start + two.start(2), end)]
    if "," not in span or not re.search(r"\s(?:and|or)\s+\S+$", span):
        return [(start, end)]
    parts, pos = [], 0
    for m in _LIST_SEPARATOR.finditer(span):
        parts.append((start + pos, start + m.start()))
        pos = m.end()
    parts.append((start + pos, end))
    if len(parts) < 3 or not all(text[s:s + 1].isupper() for s, _ in parts):
        return [(start, end)]
    return parts


# A sports pattern ("Grimsby 0 Portsmouth 1", "Irina Privalova (Russia) 11.27") against the model's
# vote: stronger than two one-word votes ("Portsmouth" GPE twice in the report), as a dateline is.
_PATTERN_WEIGHT = 3


def _split_datelines(groups: list[_Group], datelines: list[tuple[int, int]]) -> list[_Group]:
    """A dateline's place that the article makes a team ("ABERDEEN 1996-08-31 ... Aberdeen 2 Dundee 1")
    stays a place: its dateline mention leaves the team's group for a group of its own."""
    out = []
    starts = {s for s, _ in datelines}
    for g in groups:
        if g.label() in PLACE_LABELS or all(m[0] in starts for m in g.members) \
                or not any(m[0] in starts for m in g.members):
            continue
        own = _Group(members=[m for m in g.members if m[0] in starts])
        own.evidence["GPE"] += 3
        g.members = [m for m in g.members if m[0] not in starts]
        g.evidence["GPE"] -= 3 * len(own.members)
        out.append(own)
    return out


_CAPS_NAME = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]*(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-]*){0,3}"   # "MÁLAGA, Spain —"
_DATELINE = re.compile(
    rf"^(?P<city>{_CAPS_NAME})(?: ?, ?(?P<area>[A-Z][\w.]*(?: [A-Z][\w.]*){{0,2}}))?"
    r"(?=,? ?(?:\d{4}-\d\d-\d\d|\(|[-–—] |(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)"
    r"|(?P<colon>: ))",
    re.MULTILINE | re.IGNORECASE)
# Indian papers' "MUMBAI: The city's ...": a city this big only, as a transcript's "CLINTON:" is a speaker.
COLON_DATELINE_CITY = 100_000


def dateline_places(text: str, ents) -> list[tuple[int, int]]:
    """Places of datelines: "MOSCOW, Aug 30 (Reuters) -", "BOGOTA, Colombia 1996-08-30".

    The city must be written in capitals and be a known place (gazetteer, or the model's own
    place label); the area after its comma is a place too when the gazetteer knows it."""
    found = []
    for m in _DATELINE.finditer(text):
        city = m.group("city")
        if not city.isupper() or not any(c.isalpha() for c in city):
            continue
        s, e = m.span("city")
        rest = text[m.end():text.find("\n", m.end()) % (len(text) + 1)]
        if rest.lstrip(" ,")[:1] in "-–—" and rest.isupper():
            continue  # "CRICKET - LEICESTERSHIRE TAKE OVER": a headline's topic, not a dateline
        model_place = any(ent.label_ in PLACE_LABELS and ent.start_char < e and s < ent.end_char for ent in ents)
        if not (model_place or gazetteer_kind(city.title())):
            continue
        if m.group("colon") and not any(c.kind == "city" and c.population >= COLON_DATELINE_CITY
                                        for c in gazetteer_entries(city.title())[:1]):
            continue
        found.append((s, e))
        area = m.group("area")
        if area and gazetteer_kind(area.rstrip(".")) or area and area.endswith("."):
            found.append(m.span("area"))
    return found


# Titles that say a person's gender: "Mrs. Trump" is not "Mr. Trump".
# "Madam Comfort Asante": Ghana's and Nigeria's "Mrs"
# ... and West African and Indian honorifics: "Alhaji Musa Danladi", "Hajiya Amina Bello", "Smt Rekha Rao"
TITLE_GENDER = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female", "madam": "female",
                "alhaji": "male", "alhaja": "female", "hajiya": "female", "hajia": "female", "shri": "male",
                "shrimati": "female", "smt": "female"}
# (also opening a quote)
_GENDER_TITLE = re.compile(r"(?:^|[\s(\"'“‘])(" + "|".join(TITLE_GENDER) + r")\.?\s+$", re.IGNORECASE)
# Titles of peers and knights, which stand before a name as "Mr" does: "Liberal Democrat peer Lord Carlile".
PEER_TITLES = ("lord", "lady", "baroness", "baron", "sir", "dame")
# "Mr Seydou Traoré", "Dr. Ama Owusu-Ansah", "Ms O'Neill", "Lord Carlile": a gendered title, "Dr" or a
# peer's title and up to three
# capitalised words, without an owner's "'s" (`_titled_names_missed`)
_TITLED_NAME = re.compile(r"\b(?:" + "|".join(t.capitalize() for t in (*TITLE_GENDER, "dr", *PEER_TITLES))
                          + r")\.? ((?:[A-Z][\w-]*(?:['’][A-Z][\w-]*)? ){0,2}[A-Z][\w-]*(?:['’][A-Z][\w-]*)?)")


def title_gender(text: str, start: int) -> str | None:
    """"male" after Mr., "female" after Mrs./Ms./Miss (the title just before `start`), else None."""
    m = _GENDER_TITLE.search(text[max(0, start - 8):start])
    return TITLE_GENDER[m.group(1).lower()] if m else None


def _drop_headline_glue(by_key: dict[str, _Group], full: str) -> None:
    """A Title-Case headline glues its verb or adjective to a name ("Hammering Hillary Clinton"):
    when the rest is itself a full name of the article and the first word a common English word,
    the mention is that name. Two words left at least: "Bill Clinton" is no "bill" + "Clinton"."""
    for key in [k for k in by_key if len(k.split()) >= 3]:
        first, rest = key.split(" ", 1)
        if rest not in by_key or not _english_verb_form(first) or _SECTOR_AGENCY.fullmatch(by_key[key].members[0][2]) \
                or not _in_dictionary(first) and not all(
                _in_title_case_line(full, m[0]) for m in by_key[key].members) \
                or len(first) > 1 and (rest.split()[0] in NAME_PARTICLES or rest.split()[-1] in NAME_SUFFIXES):
            # an -ing form the word list lacks only in a headline: "Aisling Nic Giolla, said" is a name; a
            # surname with a particle or a suffix is no full name to glue to: "Albert van den Bergh", "Robert
            # De Niro", "Harry Connick Jr" are no "albert", "robert", "harry" (in WordNet) before them
            continue
        group, owner = by_key.pop(key), by_key[rest]
        for s, e, text, label in group.members:
            cut = text.index(" ") + 1
            # in a headline the model labelled the glued phrase ("Slamming Nicola Sturgeon" ORG), not
            # the name: no vote ("the Chicago White Sox" in a sentence keeps its ORG)
            owner.members.append((s + cut, e, text[cut:], "" if _in_title_case_line(full, s) else label))
        owner.evidence.update(group.evidence)


def _drop_horses(by_key: dict[str, _Group], text: str) -> None:
    """A name racing copy writes as a horse's (`sports.written_as_a_horse`: "Kilbeggan Rose is a
    14-1 shot", "Havana, the 7-2 favourite") is no person, place or body: OntoNotes has no label for
    an animal, so it has no row (and no place row: `places._drop_horses`)."""
    for key in [k for k, g in by_key.items() if any(written_as_a_horse(text, s, e) for s, e, _, _ in g.members)]:
        del by_key[key]


def _drop_kin_words(by_key: dict[str, _Group]) -> None:
    """"Mum", "Dad" or "Grandma" alone (the model's PERSON in a quote) is no one's name: see
    `lexicon.KIN_ADDRESS_WORDS`."""
    for key in [k for k in by_key if k in KIN_ADDRESS_WORDS]:
        del by_key[key]


def _drop_headline_words(by_key: dict[str, _Group], full: str) -> None:
    """A headline's common words glued to a name the body gives on its own ("Derelict Obama and
    Clinton", "Clinton Plan for Taxes Is Expansive", "Hillary Asking Moderator To Fact Check"):
    the edge words the article never capitalises mid-sentence go, when what is left is that name;
    such a word alone goes when the body writes it in lower case."""
    several_lines = "\n" in full.strip()
    in_headline = functools.partial(_in_headline, full, several_lines=several_lines)
    headline_only = functools.lru_cache(maxsize=None)(lambda word: _headline_only(full, word, in_headline))
    body = full[headline_end(full):]
    for key in [k for k in by_key if " " not in k and k.isalpha()]:
        # a lone headline word the body writes in lower case: "Founder's daughter takes helm" (ORG)
        # beside "the daughter of its founder"
        word = by_key[key].members[0][2]
        if all(in_headline(s) for s, _, _, _ in by_key[key].members) and headline_only(word) \
                and re.search(rf"\b{key}\b", body):
            del by_key[key]
    for key in [k for k in by_key if " " in k]:
        group = by_key[key]
        if not all(label == "PERSON" and in_headline(s) for s, _, _, label in group.members):
            continue
        words = group.members[0][2].split(" ")
        # a leading word only on a Title-Case line: a sentence's "Martin Winterkorn" keeps Martin
        titled = all(_in_title_case_line(full, m[0]) for m in group.members)
        lo, hi = 0, len(words)
        while hi - lo > 1 and ((lo, hi) == (0, len(words)) or _key(" ".join(words[lo:hi])) not in by_key):
            if headline_only(words[hi - 1]):
                hi -= 1
            elif titled and headline_only(words[lo]):
                lo += 1
            else:
                break
        rest = _key(" ".join(words[lo:hi]))
        if (lo, hi) == (0, len(words)) or rest not in by_key or not any(m[3] == "PERSON" for m in by_key[rest].members):
            continue
        del by_key[key]
        owner = by_key[rest]
        cut = len(" ".join(words[:lo] + [""]))  # the dropped leading words and their spaces
        length = len(" ".join(words[lo:hi]))
        for ms, _, text, _ in group.members:  # the headline's label was the glued phrase's: no vote
            owner.members.append((ms + cut, ms + cut + length, text[cut:cut + length], ""))


def _in_headline(text: str, pos: int, *, several_lines: bool) -> bool:
    """On a Title-Case line, or on the text's first line of a dozen words at most when more lines
    follow (`several_lines`: its headline)."""
    return _in_title_case_line(text, pos) \
        or several_lines and text.find("\n", 0, pos) < 0 and len(_line_at(text, pos).split()) <= 12


def _headline_only(text: str, word: str, in_headline: Callable[[int], bool]) -> bool:
    """A common English word ("Derelict", "Plan", "To") that the body never capitalises
    mid-sentence (a place's name it does: "Turkey" in "... in Turkey")."""
    return not word.isupper() and (_in_dictionary(word) or word.lower() in stop_words()) \
        and not _named_mid_sentence(text, word, -1, headline=in_headline)


def _english_verb_form(word: str) -> bool:
    """A common English word, or its -ing form that the word list lacks: "Slamming" (slam)."""
    forms = {word}
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        forms |= {stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else stem}
    return bool(forms & _dictionary())


# A named storm: "Hurricane Mitch", "Tropical Storm Ivan", "Typhoon Haiyan".
_STORM_WORDS = ("hurricane", "typhoon", "cyclone", "superstorm", "storm")
_STORM = re.compile(r"^(?:" + "|".join("(?:tropical )?storm" if w == "storm" else w for w in _STORM_WORDS)
                    + r") (\S+)$")
# ... its kind written before a name the model may take alone: "Tropical Cyclone [Irah]" (PERSON)
_STORM_KIND = r"\b(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _STORM_WORDS) + ")"


def _fold_storm_names(by_key: dict[str, _Group], text: str) -> None:
    """The storm's bare name is the storm: after "Hurricane Mitch", "Mitch killed about 10,000
    people" is the hurricane, not a person called Mitch. Its mentions join the storm's group and
    give up the model's label for them; a storm is an EVENT whatever the model called its name
    ("Cyclone Freddy" PERSON), also when the model left the kind out of the name ("Tropical
    Cyclone Irah ... Irah was expected to cross the coast")."""
    storms = {m.group(1) for m in re.finditer(rf"{_STORM_KIND} ([A-Z][\w'’-]*)\b", text)}
    for key, group in by_key.items():
        name = group.members[0][2]
        if " " not in key and name in storms:
            group.evidence["EVENT"] += _PATTERN_WEIGHT * text.count(name)  # every mention, found yet or not
    for key in list(by_key):
        found = _STORM.match(key)
        if found is None:
            continue
        bare = by_key.get(found.group(1))
        if bare is not None and bare is not by_key[key]:
            by_key[key].members.extend((s, e, t, "") for s, e, t, _ in bare.members)
            del by_key[found.group(1)]
        by_key[key].evidence["EVENT"] += _PATTERN_WEIGHT * len(by_key[key].members)


def _fold_ship_names(by_key: dict[str, _Group]) -> None:
    """A ship named with its prefix and bare is one vessel: "the FV Ocean Harvester ... He bought
    the Ocean Harvester" (FAC, then PRODUCT) is one row; `_ship_evidence` then labels it."""
    for key in list(by_key):
        found = _SHIP_KEY.match(key)
        bare = by_key.get(found.group(1)) if found else None
        if bare is not None and bare is not by_key[key]:
            by_key[key].members.extend(bare.members)
            del by_key[found.group(1)]


_SHIP_KEY = re.compile(rf"^(?:{'|'.join(p.lower() for p in SHIP_PREFIXES)}) (.+)$")
_INITIAL = re.compile(r"^[a-z]\.?$")


def _fold_middle_initials(by_key: dict[str, _Group]) -> None:
    """"Matthew Flores" is the "Matthew D. Flores" of the same article: one person, or the lone
    "Flores" would have two full names to choose from and join neither. Only when one name with
    middle initials shortens to it ("John A. Smith" and "John B. Smith" leave "John Smith" be)."""
    longer: dict[str, list[str]] = defaultdict(list)
    for key, group in by_key.items():
        words = key.split()
        if len(words) >= 3 and all(_INITIAL.match(w) for w in words[1:-1]) and group.label() == "PERSON":
            longer[f"{words[0]} {words[-1]}"].append(key)
    for short, keys in longer.items():
        if len(keys) == 1 and short in by_key and by_key[short].label() == "PERSON":
            by_key[keys[0]].members.extend(by_key.pop(short).members)


def _join_partial_names(by_key: dict[str, _Group], text: str) -> list[_Group]:
    """Fold "Moskalkova" into "Tatiana Moskalkova" (or "Wang" into "Wang Donghai") when exactly
    one full personal name in the article ends (else begins) with that word, and a team sheet's
    "M Cueto" into the one "Mark Cueto" (same initial and surname). A surname under a
    gendered title joins the one full name of that gender: "Mrs. Trump" goes to "his wife, Melania
    Trump", not to Donald Trump, whom "Mr. Trump" or a "he" after his name makes male."""
    names = _FullNames(by_key, text)
    genders = _FullNameGenders(text, by_key)
    head_end = headline_end(text)
    merged: dict[str, _Group] = {}
    for key, group in by_key.items():
        owners = names.owners(key, group)
        owners = [o for o in owners if o != key]
        # where the body first names each full name; for a person only: a firm's "Disney" before
        # "Roy Disney" is not "Walt Disney" (the model's person) by coming after it. A person is what
        # the model says, or the words at a mention: "Dr Penhale", "Quell, 44", "Crane's niece".
        person = group.label() == "PERSON" or any(_person_marked(text, s, e) for s, e, _, _ in group.members)
        named = {o: min((m[0] for m in by_key[o].members if m[0] > head_end), default=len(text)) for o in owners}
        introduced = named if person else dict.fromkeys(owners, 0)
        people = frozenset(o for o in owners if by_key[o].label() == "PERSON" and not club_name(by_key[o].name()))
        if owners and _the_firm_of_the_name(text, group):
            # "founded by Henry Ford ... Ford shares fell": the lone name is the firm's, not its founder's;
            # a firm or club the model read as a person keeps it ("Pernod shares" of "Pernod Ricard")
            owners = [o for o in owners if not _shown_as_a_person(text, by_key[o])]
            if not owners:
                group.evidence["ORG"] += sum(group.votes().values()) + 1
        shares = _share_out(group, owners, genders, text, introduced, people, named) if owners else {}
        for owner_key, members in shares.items():
            owner = merged.setdefault(owner_key, by_key[owner_key])
            owner.members.extend(members)
            # the join itself says "person": outweigh the model's guesses for the bare surname; not
            # for a team a result line or team sheet names ("Aston Villa: Kowalczyk; ..." and "Villa"),
            # nor for the first word of a name ending in an English word, as a firm is named again
            # ("Veltrix Mobility ... Veltrix said"; "Wang Donghai ... Wang said" is a Chinese name)
            if owner.evidence["ORG"] < _PATTERN_WEIGHT \
                    and not (owner_key.startswith(key + " ") and _in_dictionary(owner_key.split()[-1])):
                owner.evidence["PERSON"] += 2 * len(members)
        if shares:
            by_key[next(iter(shares))].evidence.update(group.evidence)
        left = [m for m in group.members if not any(m in ms for ms in shares.values())]
        if left:
            group.members = left
            if shares:  # "Mrs. Trump" stays a person of her own
                group.evidence["PERSON"] += 3 * len(left)
            merged.setdefault(key + ("\x00" if shares else ""), group)
            wife = _women_apart(group, text)
            if wife:
                merged[key + "\x00female"] = wife
    return list(merged.values())


def _shown_as_a_person(text: str, group: _Group) -> bool:
    """A title, an age, kin, a personal pronoun or a founder's words at one of the name's mentions."""
    return any(_used_as_a_person(text, s, e) or _FOUNDER_BEFORE.search(text, max(0, s - 30), s)
               for s, e, _, _ in group.members)


def _used_as_a_person(text: str, start: int, end: int) -> bool:
    """A title, an age or kin (`_person_marked`), or a personal pronoun (`_personal_use`) at a mention."""
    return _person_marked(text, start, end) or _personal_use(text, start, end)


# "founded by Henry Ford", "the company's founder, Michael Dell", "grandson of Carl Benz"
_FOUNDER_BEFORE = re.compile(r"\b(?:(?:founded|started|set up|created) by|founder,?|(?:grand)?(?:son|daughter) of)\s+$")


def _the_firm_of_the_name(text: str, group: _Group) -> bool:
    """A lone name a person also bears used as a firm's (`_said_of_a_company`), and at no mention as
    a person's: "Ford shares fell", "Dell's quarterly profits", "jobs at Dyson". One sense per
    article: "Michael Dell said demand was strong. Dell shipped more laptops" in a story where
    "Dell's profits" rose is the firm."""
    return any(_said_of_a_company(text, s, e) for s, e, _, _ in group.members) \
        and not any(_used_as_a_person(text, s, e) for s, e, _, _ in group.members)


# One initial, with or without its stop as British team sheets write it, and a surname: "M Cueto",
# "C Hodgson", "D. Fleming".
_INITIAL_SURNAME = re.compile(rf"^[A-Z]\.? {_CAP_WORD}$")


class _FullNames:
    """The article's full personal names by last and first word, with the names the model read as
    bodies or places that may be people's ("Nicola Sturgeon" ORG, "Enrico Bondi" GPE: the lone
    "Sturgeon" or "Bondi" it calls a person is theirs)."""

    def __init__(self, by_key: dict[str, _Group], text: str):
        self.by_key, self.text = by_key, text
        self.by_last: dict[str, list[str]] = defaultdict(list)
        self.by_first: dict[str, list[str]] = defaultdict(list)
        self.shaped: set[str] = set()
        kin = set()
        for key, group in by_key.items():
            words, label = key.split(), group.label()
            # "Enrico Bondi" read as a place, "Nicola Sturgeon" as a body: people all the same
            misread = label in ("ORG", "GPE", "LOC") and (_org_may_be_person(group.name())
                                                          or _word_then_surname(group, text))
            if label in ("ORG", "GPE", "LOC") and len(words) >= 2 and any(
                    stated_gender(text, m[0]) or _AND_OWN_KIN_AFTER.match(text, m[1])
                    or _PERSON_APPOSITION.match(text, m[1]) or _described_as_a_person(text, m[1])
                    for m in group.members) \
                    and (misread or all(w[:1].isupper() and w.isalpha() or w in _PARTICLES
                                        for w in group.name().split())):
                # "his wife, Edna Pickering" (ORG), "Lydia Crane and her husband" (ORG), "Imogen de la
                # Mare, a teacher," (ORG): the words say a person
                misread, label = False, "PERSON"
                kin.add(key)
            if len(words) >= 2 and (label == "PERSON" or misread):
                self.by_last[words[-1]].append(key)
                if len(words) >= 3 and words[-1] in NAME_SUFFIXES:   # "Travis Oakley Jr. ... Oakley, who"
                    self.by_last[words[-2]].append(key)
                self.by_first[words[0]].append(key)
                if misread:
                    self.shaped.add(key)
        self.bodies_by_last = _surnames_of_bodies({k: g for k, g in by_key.items() if k not in kin})
        self.by_nickname: dict[str, str | None] = {}   # "lachie" -> "lachlan whitford"; None when two share it
        for key, group in by_key.items():
            for nick in {n.group(1).casefold() for m in group.members if (n := _NICKNAME_IN_NAME.search(m[2]))}:
                self.by_nickname[nick] = key if self.by_nickname.get(nick, key) == key else None

    def owners(self, key: str, group: _Group) -> list[str]:
        """The full names a one-word name may be part of, or the one full name an initial and surname
        ("M Dunne": "Mark Dunne") abbreviate; a surname shared by a person and a name the model
        misread as a body joins neither but gets a person's evidence."""
        owners = []
        if self.by_nickname.get(key):
            return [self.by_nickname[key]]   # 'Kevin "Kaybee" Omondi ... Kaybee will perform'
        if " " not in key:  # a demonym is no first name: "Russian" is not "Russian Network RT"
            owners = _unabbreviated(self.by_last.get(key, [])) \
                or (self._first_word_owners(key, group) if group.label() != "NORP" or not _is_demonym(group.name())
                    and _given_name(group.name()) else []) \
                or self._misspelt_owners(key) or self._middle_word_owners(key, group)
        elif _INITIAL_SURNAME.match(group.members[0][2]):
            # a team sheet's "M Cueto" (or "M. Cueto") is the one "Mark Cueto" of the report
            initial, surname = key[0], key.split()[-1]
            owners = [o for o in self.by_last.get(surname, []) if o[0] == initial and o != key]
            return owners if len(owners) == 1 else []
        elif key.count(" ") == 1 and (group.label() == "PERSON" or key.split()[-1] in NAME_SUFFIXES) \
                or " " in key and _one_surname(key):
            # ... as does a surname's suffix: a headline's "Ashby Jr." (PRODUCT) is "Reginald Ashby Jr."
            # a double surname ends the full name: "Mrs Parker Bowles" is "Camilla Parker Bowles", and
            # so does one with particles ("Van der Westhuizen said": "Pieter van der Westhuizen")
            owners = [o for o in self.by_last.get(key.split()[-1], []) if o.endswith(" " + key)]
        # a name read as a body takes only the model's person, once the article has introduced it
        # ("Voip" long before "Skype Voip" is not its part)
        owners = [o for o in owners if o not in self.shaped
                  or group.label() == "PERSON" and _introduced_before(self.by_key[o], group, self.text)]
        bodies = self.bodies_by_last.get(key, set())
        if key in self.by_last and bodies and len(set(self.by_last[key]) | bodies) > 1:
            if bodies <= self.shaped:  # a person's surname all the same ("United" is not)
                group.evidence["PERSON"] += 2 * len(group.members)
            last = max(m[0] for m in group.members)
            earlier = [o for o in sorted(set(self.by_last[key]) | bodies)
                       if min(m[0] for m in self.by_key[o].members) <= last]
            # "Ed Miliband" (read as ORG) and "David Miliband": which one "Miliband" is, unsaid; but all
            # before "Stefano Lucchese" (ORG) or "His daughter, Tahlia Moriarty" is named are the one named then,
            # and a title's gender still tells a couple apart ("Mrs Frimpong": not "her husband, Kwabena")
            titled = any(title_gender(self.text, m[0]) for m in group.members)
            owners = [] if not bodies <= self.shaped else earlier if len(earlier) == 1 else owners if titled else []
        return owners

    def _misspelt_owners(self, key: str) -> list[str]:
        """The one full name whose surname the word misspells by a letter dropped, changed or two
        swapped ("Mr Montieth" of "David Monteith", "said Daveport" of "Lindsay Davenport"); not a
        letter more, which may be another family's ("Johnston" beside "Alan Johnson"), nor a given
        name a surname adds "s" to ("William" beside "Rowan Williams"), a short
        word, a common word or a word two full names are near."""
        if len(key) < _MIN_MISSPELT or not key.isalpha() or _in_dictionary(key):
            return []
        near = [o for last, owners in self.by_last.items() for o in owners
                if last[0] == key[0] and _one_slip_from(last, key)]
        return near if len(near) == 1 else []

    def _middle_word_owners(self, key: str, group: _Group) -> list[str]:
        """The one full name of three words whose middle word a person's lone name is, when that
        word ends no full name: a first surname ("Rodrigo Ayala Fuentes ... Mr Ayala") or a family
        name between an English and a Chinese given name ("Vincent Lau Chi-keung ... Mr Lau")."""
        if group.label() != "PERSON":
            return []
        found = [o for owners in self.by_last.values() for o in owners
                 if len(o.split()) == 3 and o.split()[1] == key and self.by_key[o].label() == "PERSON"]
        return found if len(found) == 1 else []

    def _first_word_owners(self, key: str, group: _Group) -> list[str]:
        """Full names opening with the word; a word the model did not read as a person joins one
        only when that name was written before the word stood alone: "Wang" after "Wang Donghai" is
        his, but "Yahoo" in every paragraph is not the "Yahoo Messenger" the model read as a person
        near the end (a short form follows the name it shortens). (A name read as a body is left
        to `owners`, which takes it only for a word the model read as a person.)"""
        if any(_REGNAL_BEFORE.search(self.text, max(0, m[0] - 12), m[0]) for m in group.members):
            return []   # "Prince Charles ... Charles said" is not "Charles Kennedy": royals go by one name
        return [o for o in self.by_first.get(key, [])
                if group.label() == "PERSON" or _introduced_before(self.by_key[o], group, self.text)]


def _unabbreviated(keys: list[str]) -> list[str]:
    """Full names less a team sheet's initial and surname that another of them spells out: "d yachvili"
    is "dimitri yachvili", one owner of the lone "Yachvili", not a second."""
    return [k for k in keys if not (len(k.split()) == 2 and len(k.split()[0]) == 1 and any(
        o != k and o[0] == k[0] and o.split()[-1] == k.split()[-1] for o in keys))]


_REGNAL_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(t.title() for t in REGNAL_TITLES))})\s+$")
_MIN_MISSPELT = 5  # letters of a surname a slip is looked for in: "Dale" beside "Pat Hale" is no slip


def _one_slip_from(right: str, written: str) -> bool:
    """Whether `written` is `right` with one letter dropped, one changed or two neighbours swapped."""
    if len(written) == len(right):
        diff = [i for i, (a, b) in enumerate(zip(right, written)) if a != b]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and right[diff[0]] == written[diff[1]] and right[diff[1]] == written[diff[0]])
    # not a surname's last "s": "William" (Prince William) is not "Rowan Williams", nor "Robert" "Roberts"
    return len(written) == len(right) - 1 and written + "s" != right \
        and any(right[:i] + right[i + 1:] == written for i in range(len(right)))


def _org_may_be_person(name: str) -> bool:
    """A name the model read as a body that a person's lone surname may belong to: shaped like a
    personal name ("Imanol Harinordoquy"), or two or three capitalised words opening with a given
    name ("Nicola Sturgeon")."""
    words = name.split()
    return _person_shaped(name) or 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and _given_name(words[0])


def _word_then_surname(group: _Group, text: str) -> bool:
    """A name the model read as a body, of a word and a surname no dictionary knows, written in the
    body: a given name that is also a word ("Lydia Chepngetich": WordNet has Lydia, John and Mary),
    not a headline's word ("Rocker Doherty", "Budget Aston")."""
    words = group.name().split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and words[-1].isalpha() \
        and _given_name(words[-1]) and any(m[0] > headline_end(text) for m in group.members)


def headline_end(text: str) -> int:
    """Where the first line ends when a body follows it; -1 (all body) for a text of one line, as
    a file holding its whole article in one paragraph and a final newline is."""
    end = text.find("\n")
    return end if end != -1 and _NON_SPACE.search(text, end) else -1


_NON_SPACE = re.compile(r"\S")


def _introduced_before(owner: _Group, group: _Group, text: str) -> bool:
    """The full name comes before the short one in the body (a headline line aside)."""
    head_end = headline_end(text)
    body = [m[0] for m in group.members if m[0] > head_end]
    return not body or min(m[0] for m in owner.members) < min(body)


def _surnames_of_bodies(by_key: dict[str, _Group]) -> dict[str, set[str]]:
    """Names of two or three capitalised words the model read as organisations, by last word: a
    person the model misread ("Ed Miliband" ORG) may share a surname with one it read right. Not
    an initial and a surname ("K Holmes" in a results list is Kelly Holmes, not her namesake)."""
    out: dict[str, set[str]] = defaultdict(set)
    for key, group in by_key.items():
        words = group.name().split()
        if 2 <= len(words) <= 3 and group.label() == "ORG" and all(w[:1].isupper() for w in words) \
                and len(words[0].rstrip(".")) > 1 and not _is_demonym(words[0]):
            out[key.split()[-1]].add(key)   # not "American Davenport": Lindsay Davenport, read as a body
    return out


def _women_apart(group: _Group, text: str) -> _Group | None:
    """"Mr. Trump" and "Mrs. Trump" left unjoined are two people: the mentions under a woman's
    title leave the group for one of their own when others carry a man's (untitled ones stay).
    The untitled ones say "a man" too when a "He" follows them: "President Trump spoke. He said
    ..." beside "Mrs. Trump visited a hospital" is a husband and a wife, not one person."""
    titles = [title_gender(text, m[0]) for m in group.members]
    untitled = [m for m, t in zip(group.members, titles) if not t]
    if "female" not in titles or "male" not in titles and gender_of_mentions(text, untitled) != "male":
        return None
    women = [m for m, t in zip(group.members, titles) if t == "female"]
    group.members = [m for m, t in zip(group.members, titles) if t != "female"]
    wife = _Group(members=women)
    wife.evidence["PERSON"] += 3 * len(women)
    return wife


def _share_out(group: _Group, owners: list[str], genders: _FullNameGenders, text: str,
               introduced: dict[str, int], people: frozenset[str] = frozenset(),
               named: dict[str, int] | None = None) -> dict[str, list]:
    """Which full name each mention of a lone surname joins. An untitled mention joins the only
    full name there is; a titled one the only full name its title fits (of that gender, else of
    unknown gender). A full name of unknown gender takes the gender of the commoner title among
    the surname's mentions (NYT: "Mr. Trump" 40 times, "Mrs. Trump" 3; a tie goes to "Mr.").
    A mention in the body joins only a full name the article has already `introduced` there, if
    any: "Pamela Okoro ... Ms Okoro said ... her daughter Grace Okoro" leaves the first "Ms Okoro"
    Pamela's. A mention heading a team role joins none of the `people`. `named`: where the body
    first names each full name, which says who was introduced as whose kin (`introduced` by default)."""
    named = named or introduced
    titles = [title_gender(text, m[0]) for m in group.members]
    counts = Counter(t for t in titles if t)
    commoner = "female" if counts["female"] > counts["male"] else "male"
    known = {o: genders.of(o) or (commoner if len(counts) == 2 and len(owners) == 1 else None) for o in owners}
    shares: dict[str, list] = {}
    for member, title in zip(group.members, titles):
        # an untitled mention joins no full name whose gender none of the surname's titles has:
        # "President Obama" beside "Mr. Obama" six times is not "the first lady, Michelle Obama"
        fits = [o for o in owners if known[o] in (None, title)] if title else \
            [o for o in owners if known[o] is None or known[o] in counts] if counts else list(owners)
        fits = [o for o in fits if introduced[o] < member[0]] or fits
        if _heads_a_team_role(text, member):  # "Hallam boss Ken Ordway" beside "Jack Hallam": the team
            fits = [o for o in fits if o not in people]
        sure = [o for o in fits if known[o] == title] if title else []
        chosen = sure if len(sure) == 1 else fits
        if len(chosen) > 1 and (office := _OFFICE_BEFORE.search(text, max(0, member[0] - 20), member[0])):
            # "Independent senator Áine Gilmartin and her husband, Fine Gael TD Paul Gilmartin ...
            # Senator Gilmartin said": the one the story introduced in that office
            word = office.group(1).lower()
            chosen = [o for o in chosen if word in text[max(0, named[o] - 30):named[o]].lower().split()] \
                or chosen
        if len(chosen) > 1 and title == "female" and re.search(r"\bMrs\.?\s+$", text[max(0, member[0] - 6):member[0]]):
            # "Tom Brennan and his wife, Maura Brennan ... their daughter, Niamh Brennan ... Mrs
            # Brennan said": the married woman's title is the wife's or the mother's
            chosen = [o for o in chosen if _introduced_as_married(text, named[o])] or chosen
        if len(chosen) > 1 and not _described_surname(text, member[0]):
            # "Kirra Watson ... her cousin, Mia Watson ... Watson said", "Derek Hollingworth ... his
            # son Kyle Hollingworth ... Mr Hollingworth said": a story names the one it is about by
            # surname, and the kin it introduces by given name
            chosen = [o for o in chosen if not _introduced_as_kin(text, named[o])] or chosen
        if len(chosen) == 1:
            shares.setdefault(chosen[0], []).append(member)
    return shares


# A capitalised office or a doctor's title right before a surname: "Senator Gilmartin", "Councillor
# Pryor", "Dr Osei" (beside "Health Minister Dr Abena Osei" and "Kofi Osei, a nurse").
_OFFICE_BEFORE = re.compile(r"\b([A-Z][a-z]{3,}|[A-Z][a-z]{2,3}\.|Dr|Prof)\s+$")  # "Senator", "Sen."


def _kin_introducing(text: str, start: int):
    """The kin words that introduce the name at `start` ("his wife, Mrs"), if any."""
    return _KIN_OF_SOMEONE_BEFORE.search(text, max(0, start - 40), start)


def _introduced_as_kin(text: str, start: int) -> bool:
    return _kin_introducing(text, start) is not None


def _introduced_as_married(text: str, start: int) -> bool:
    kin = _kin_introducing(text, start)
    return kin is not None and _MARRIED_KIN.search(kin.group()) is not None


_MARRIED_KIN = re.compile(r"\b(?:wife|widow|mother|mum|grandmother)\b", re.IGNORECASE)


def _described_surname(text: str, start: int) -> bool:
    """"The younger Doyle wrote": a surname with its own description is no bare mention."""
    return re.search(r"\b[Tt]he\s+[a-z]+\s+$", text[max(0, start - 20):start]) is not None


def _heads_a_team_role(text: str, member) -> bool:
    """A lone name before a player's or coach's role, not as a possessor, is a team's ("Hallam boss Ken
    Ordway"); a person's role takes "'s" ("Federer's coach")."""
    return text[member[1]:member[1] + 1] == " " and before_a_sports_role(text, member[0], member[1])


# Words before a name that give its gender: "his wife, Melania Trump", "her husband Bill".
KIN_GENDER = {"wife": "female", "widow": "female", "daughter": "female", "mother": "female", "sister": "female",
              "husband": "male", "widower": "male", "son": "male", "father": "male", "brother": "male",
              "aunt": "female", "niece": "female", "granddaughter": "female", "grandmother": "female",
              "uncle": "male", "nephew": "male", "grandson": "male", "grandfather": "male"}
KIN_WORDS = "|".join(KIN_GENDER)  # for patterns: the one list of kin words (entities, places, quotes)
# One given name set in commas after someone's kin word: "Her brother, Fintan, is less sentimental".
_KIN_COMMA_GIVEN_NAME = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir) (?:{KIN_WORDS}), ([A-Z]{_LOWER}+),")
# "his wife", and a named one's kin right before the name: "Sylvester Stallone's ex-wife Brigitte Nielsen",
# "Their son, Peter Ainsworth", "The wife of Tom Lee, Ann Lee", "her great-grandson, Gilles Cormier"
_KIN_PREFIXES = r"(?:late\s+|former\s+|ex-|great-|step-?)*"
KIN = re.compile(rf"(?:\b(his|her)\s+{_KIN_PREFIXES}({KIN_WORDS})\b[^.;:!?\n]{{0,60}}"
                 rf"|(?:\w['’]s|\b(?:their|whose|my|our|your))\s+{_KIN_PREFIXES}({KIN_WORDS}),?\s+"
                 rf"|\bthe\s+(?:late\s+)?({KIN_WORDS})\s+of\s+"
                 rf"(?-i:(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*),\s+"
                 rf"|\b({KIN_WORDS})\s+of\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|twins)\s+)$",
                 re.IGNORECASE)   # ... and a parent of so many: "said mother of three Kerry Ashton"
# Roles that say a gender, right before a name or its apposition: "the first lady, Michelle
# Obama" is a woman, whatever "Mr. Obama" elsewhere in the story says of her husband.
ROLE_GENDER = {"first lady": "female", "spokeswoman": "female", "chairwoman": "female", "congresswoman": "female",
               "businesswoman": "female", "actress": "female", "duchess": "female", "princess": "female",
               "queen": "female", "spokesman": "male", "congressman": "male", "businessman": "male",
               "duke": "male", "prince": "male", "king": "male"}
_ROLE_BEFORE = re.compile(rf"\b({'|'.join(ROLE_GENDER)}),?\s+$", re.IGNORECASE)
# ... also past what the role is of or for: "The chairwoman of the governors, Pauline Orr"
_ROLE_OF_BEFORE = re.compile(rf"\b({'|'.join(ROLE_GENDER)})\s+(?:of|for|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}"
                             rf"[\w'’-]+,\s+$", re.IGNORECASE)


def _gendered_role_before(text: str, start: int) -> bool:
    """"spokeswoman Lerato Mokoena", "The spokeswoman, Ann Lee": a person's role right before the
    name; not an award's category ("the best actress Oscar") nor a capitalised list item ("Hill,
    King, Lewsey": a surname)."""
    role = _ROLE_BEFORE.search(text, max(0, start - 16), start)
    return role is not None and not (role.group(1)[0].isupper() and "," in role.group()) \
        and not text[max(0, role.start() - 5):role.start()].lower().endswith("best ")


def _given_name(word: str) -> bool:
    """A given name by its shape: a capitalised word no dictionary knows ("Donald", not
    "Pushing"). Never a list of names by gender: a name says nothing of its bearer here."""
    return not _in_dictionary(word) and word.lower() not in stop_words()


class _FullNameGenders:
    """A full personal name's gender from the article's own words, read only when a titled surname
    needs it: a title before the name ("Mr. Bill Clinton"), a kin word ("his wife, Melania Trump"),
    or the name opening a sentence and "He"/"She" opening the next ("Donald Trump spoke on Monday.
    He said ..."). Twice as many votes for one gender as for the other decide; with no vote the
    gender is unknown (a first name says nothing: the issue's rule, and names cross genders). Read from the text, not the parse: `newsmine entities` runs no parser, and export must agree."""

    def __init__(self, text: str, by_key: dict[str, _Group]):
        self.text, self.by_key = text, by_key
        self._people: tuple[list[int], list[str]] | None = None   # people's mention starts and keys, in order

    def of(self, key: str) -> str | None:
        return gender_of_mentions(self.text, self.by_key[key].members, lambda a, b: self._someone_else(key, a, b))

    def _someone_else(self, key: str, start: int, end: int) -> bool:
        """Does a person other than `key` have a mention starting in [start, end)? Read with a
        sorted index, built once: a list of thousands of names must not be scanned once a name."""
        if self._people is None:
            found = sorted((m[0], k) for k, g in self.by_key.items() if g.label() == "PERSON" for m in g.members)
            self._people = ([s for s, _ in found], [k for _, k in found])
        starts, keys = self._people
        return any(keys[i] != key for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)))


def stated_gender(text: str, start: int) -> str | None:
    """The gender the words before one mention state: a title ("Mrs. Trump"), a kin word ("his
    wife, Melania Trump") or a gendered role ("the first lady, Michelle Obama"). The one reading
    of it for entities and quotes (quotes adds rank titles, which grouping leaves out: "Sir Ian
    Blair" beside an untitled "Tony Blair" must not take every "Mr Blair")."""
    title = title_gender(text, start)
    if title:
        return title
    kin = KIN.search(text[max(0, start - 90):start])
    kin_word = next((w for w in kin.groups()[1:] if w), None) if kin else None
    if kin_word:
        return KIN_GENDER[kin_word.lower()]
    # read per mention, so the longer window only when the short one finds no role
    role = _ROLE_BEFORE.search(text[max(0, start - 16):start]) or _ROLE_OF_BEFORE.search(text[max(0, start - 60):start])
    return ROLE_GENDER[role.group(1).lower()] if role else None


# A kin word heading an apposition after the name: "Kerry Maddox, a mother of three,", "Beryl
# Osei-Hammond, a grandmother of six", "Tom Lyle, the son of a miner".
_KIN_APPOSITION = re.compile(rf",\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?(grand)?({KIN_WORDS})\b(?!-)",
                             re.IGNORECASE)   # "Jean Pike, his wife,"


def appositive_gender(text: str, end: int) -> str | None:
    """The gender a kin word in apposition right after a mention ending at `end` states."""
    found = _KIN_APPOSITION.match(text, end)
    return KIN_GENDER[found.group(2).lower()] if found else None


def gender_of_mentions(text: str, members: list, someone_else=None) -> str | None:
    """The gender the article's own words give these mentions of one person: a title or kin word
    before one (3 votes), the speaker's own pronoun after a speech verb ("Nancy Reagan said she",
    2 votes; see `_own_pronoun`), or one opening a sentence with "He"/"She" opening the next or a
    side clause's subject (", where she met": 1 vote). Twice as many votes for one gender as for
    the other decide. `someone_else(start, end)`: does another person's mention start there?"""
    votes = Counter()
    for start, end, _, _ in members:
        said = stated_gender(text, start) or appositive_gender(text, end)
        if not said and (kin := _AND_OWN_AFTER.match(text, end)):
            said = "male" if kin.group(1).lower() == "his" else "female"  # "Harold Ainsworth, 94, and his wife"
        if said:
            votes[said] += 3
        elif own := _own_pronoun(text, start, end, someone_else):
            votes[own] += 2
        elif _OPENS_SENTENCE.search(text[max(0, start - 60):start]) and \
                (follows := _CLAUSE_PRONOUN.match(text, end) or _NEXT_OPENS_WITH_PRONOUN.match(text, end)):
            votes["male" if follows.group(1).lower() in ("he", "his") else "female"] += 1
    female, male = votes["female"], votes["male"]
    return "female" if female >= 2 * male and female else "male" if male >= 2 * female and male else None


# The mention's own kin after "and": "Harold Ainsworth, 94, and his wife Margaret" is a man, so
# "Mrs Ainsworth" is no mention of him (it had been, once a son "Peter Ainsworth" made "Mr
# Ainsworth" anyone's).
_AND_OWN_KIN_AFTER = re.compile(rf"(?:,\s+\d{{1,3}},)?\s+and\s+(his|her)\s+(?:late\s+)?(?:{KIN_WORDS})\b")
# ... and anyone of the mention's own: "Shane Doyle, 36, and his younger brother", "Retired teacher
# Margaret Ellery and her neighbour" give the mention's gender as surely.
_AND_OWN_AFTER = re.compile(r"(?:,\s+\d{1,3},)?\s+and\s+(his|her)\s+(?:[a-z-]+\s+)?[a-z]+\b")
# A mention opening its sentence, perhaps after its capitalised titles ("President Trump spoke ...")
# or as the apposition of a subject that opens it ("The club's owner, Li Wen, met ...").
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)(?:(?:[A-Z][\w.]*\s+){0,3}|(?:The|A|An|Its|Their|His|Her)\s"
                             r"[^.!?,;:\n\"“”]{1,40},\s+)$")
_NEXT_OPENS_WITH_PRONOUN = re.compile(r"[^.!?\n]*[.!?][\"”’]?\s+(He|She|His|Her)\b")   # "Her assistant, Greg, ..."
# The subject's pronoun in a clause after a comma: "Ivanka Trump toured a plant, where she met ...".
# Not past another full name: "Nancy Reagan met Ronald Reagan, and he spoke" says nothing of her.
_CLAUSE_PRONOUN = re.compile(r"(?:(?![A-Z]\w+ [A-Z])[^.!?\n]){0,80}?,\s+(?:where|when|as|and|but|before|after|while)"
                             r"\s+(he|she)\b")
# A speaker's pronoun after a speech verb: "Nancy Reagan said she would attend", "Mr Reagan told
# reporters he ..."; SAID_PRONOUN only before what one says of oneself ("would", "hopes"), which is
# the speaker's whatever came before.
_SAID_THEN_PRONOUN = (r",?\s+(?:said|says|told (?:[a-z]+ ){0,2}?[a-z]+|added|insisted|admitted|claimed|"
                      r"argued|announced|wrote|stressed|warned)\s+(?:that\s+)?(he|she)\b")
SAID_PRONOUN = re.compile(_SAID_THEN_PRONOUN + r"\s+(?=(?:would|will|wants|wanted|hopes|hoped|plans|planned|"
                          r"intends|intended)\b)")
_SAID_ANY_PRONOUN = re.compile(_SAID_THEN_PRONOUN)
_PRONOUNS_OF = {"male": re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE),
                "female": re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)}
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+|\n")


def _own_pronoun(text: str, start: int, end: int, someone_else=None) -> str | None:
    """The gender of the speaker's pronoun after a speech verb: always before what one says of
    oneself (SAID_PRONOUN); otherwise only with no rival in the sentence before or this one up to
    the name, a pronoun of that gender or another person, as `quotes` reads it: "Her son Tom has
    not been seen since Saturday. Dana Lopez said he had not come home" is Tom."""
    if own := SAID_PRONOUN.match(text, end):
        return "male" if own.group(1).lower() == "he" else "female"
    own = _SAID_ANY_PRONOUN.match(text, end)
    if own is None:
        return None
    gender = "male" if own.group(1).lower() == "he" else "female"
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, start - 400), start)]
    since = breaks[-2] if len(breaks) >= 2 else max(0, start - 400) if breaks else 0
    if _PRONOUNS_OF[gender].search(text, since, start) or someone_else is not None and someone_else(since, start):
        return None
    return gender


def _a_town(word: str) -> bool:
    """A town of 50,000 people or more is called so: "Preston" of "Preston North End"."""
    from ..gazetteer import lookup

    try:
        return any(c.kind == "city" and c.population >= 50_000 for c in lookup(word)[:3])
    except Exception:   # no gazetteer: as `is_major_place`, optional evidence
        return False


def _add_missed(text: str, groups: list[_Group]) -> None:
    """Add the occurrences of the article's names that the model did not mark.

    A one-word name is only sought when the article never writes it in lower case and it is no
    stop word ("May", "Turkey" in "turkey dinner" stay out)."""
    taken = _taken(text, groups)
    forms: dict[str, _Group | None] = {}
    givens: dict[str, _Group | None] = {}
    bearers: dict[str, list[_Group]] = defaultdict(list)   # a surname -> the people whose full names end so
    worded: set[str] = set()   # given names that are also words: "Dolores", "Grace"
    for g in groups:
        names = {m[2] for m in g.members}
        full = [n for n in names if len(n.split()) >= 2]
        if g.label() == "PERSON" and full:
            names.add(max(full, key=len).split()[-1])
            bearers[max(full, key=len).split()[-1]].append(g)
            given = max(full, key=len).split()[0]
            if _given_name_shape(given) and not _a_town(given):
                givens[given] = g if givens.get(given, g) is g else None
                worded |= {given} if _in_dictionary(given) else set()
        for name in names:
            if forms.get(name, g) is not g:
                forms[name] = None  # two things share this form: ambiguous
            else:
                forms[name] = g
    worded -= {m[2] for g in groups for m in g.members}   # a word the model found alone too is a name there
    for given, g in givens.items():   # '"... nowhere to put them," Lachlan said' after "Lachlan Prentice";
        forms.setdefault(given, g)     # weaker than any other name's form ("Moyes U-turn", a headline's)
    stop = stop_words()
    wanted = []
    for name, g in list(forms.items()):
        if g is not None and name.upper() != name:
            forms.setdefault(name.upper(), g)  # "LEBED" in an ALL-CAPS headline
        elif g is not None and len(name) > 4 and name.isupper():
            forms.setdefault(name.title(), g)  # a dateline's "LONDON" is the body's "London"
    named_otherwise = {m[2] for g in groups if g.label() != "PERSON" for m in g.members}   # "Disney" the firm
    for name, g in forms.items():
        if g is None and (len(bearers.get(name, ())) < 2 or name in named_otherwise) \
                or not name[:1].isupper() or len(name) < 2:
            continue
        if " " not in name and (name.lower() in stop or name.lower() in _lower_words(text)):
            continue
        wanted.append(name)
    if not wanted:
        return
    head_end = headline_end(text)   # where each bearer's name first stands in the body: read once, not per name
    introduced = {id(g): min((m[0] for m in g.members if m[0] > head_end), default=len(text))
                  for gs in bearers.values() if len(gs) > 1 for g in gs}
    for s, e in _occurrences(text, wanted):
        name = text[s:e]
        s = _with_opening_particle(text, s, e)   # "Da Costa, 68, joined" opening a paragraph: one name
        if any(taken[s:e]) or _inside_longer_name(text, s, e) or _photo_credit(text, s, e) \
                or name in worded and not _GIVEN_NAME_ACTS.match(text, e):
            continue
        owner = forms[name] or (None if _glued_to_a_name(text, s) and not _title_just_before(text, s)
                                else _introduced_bearer(text, s, bearers[name], introduced, head_end))
        if owner is not None:
            taken[s:e] = b"\x01" * (e - s)
            owner.members.append((s, e, text[s:e], ""))


# A given name that is also a word names its bearer only as a subject that speaks, is or has:
# "Dolores is 81", "Dolores says", "Grace, 34, said", "Dolores, who runs the books"; not "Grace under pressure".
_GIVEN_NAME_ACTS = re.compile(r"(?:,? (?:says|said|is|was|has|had|told|added)\b|, \d{1,3},|, who\b)")


def _title_just_before(text: str, start: int) -> bool:
    """"Mrs Okafor", "Cllr Okafor": a title, not another name, right before."""
    word = _GLUED_ACRONYM.search(text[max(0, start - 20):start])
    return word is not None and word.group(1).lower() in _TITLES_AND_ROLES


_TITLES_AND_ROLES = TITLES_BEFORE_A_NAME | HONORIFICS | ROLE_WORDS
_TITLE_WORDS = _TITLES_AND_ROLES | TITLE_ABBREVIATIONS.keys()


def _introduced_bearer(text: str, start: int, bearers: list[_Group], introduced: dict[int, int],
                       head_end: int) -> _Group | None:
    """Which of several people of one surname a bare surname the model missed is: the one the body
    introduced before it (`introduced`: a group's first body mention, by id), not one it introduces
    as someone's kin ("Chief executive Ruth Okafor said ... Okafor, who joined from a rival ...
    Daniel Okafor, her husband"), nor one after another capitalised word that is no title
    ("(Birchfield Harriers)"); none when that leaves two."""
    # a headline names the one the story is about, the first it introduces: "Reidy holds his nerve to
    # win Dutch Open" over "Callum Reidy holed a six-foot par putt ... older brother Eoin Reidy"
    headline = start < head_end
    before = [g for g in bearers if introduced[id(g)] < start] or (bearers if headline else [])
    if len(before) > 1:
        before = [g for g in before if not _introduced_as_kin(text, introduced[id(g)])]
    if len(before) > 1 and headline:
        before = [min(before, key=lambda g: introduced[id(g)])]
    return before[0] if len(before) == 1 else None


_GLUED_ACRONYM = re.compile(r"([A-Z][\w’'-]*)\s$")
_MONTHS = frozenset(m.lower() for m in [*MONTH_NAMES, *calendar.month_abbr[1:]])


def _glued_to_a_name(text: str, start: int) -> bool:
    """A capitalised word just before, not "The" nor a month: "Die ZEIT", "SK Rapid"."""
    m = _GLUED_ACRONYM.search(text[max(0, start - 20):start])
    if m is None or _opens_sentence(text, start):
        return False
    word = m.group(1).lower()
    return word not in stop_words() and word not in _MONTHS


_ACRONYM_IN_TEXT = re.compile(r"(?<![\w.&’'-])[A-Z]{2,6}(?![\w&’'-]|\.\w)")  # "GCHQ." yes, "U.S." no


def _acronym_groups(text: str, groups: list[_Group]) -> list[_Group]:
    """Acronyms the model left out in body text ("spy agency GCHQ", "a member of GEMA"): in a
    line of ordinary case, a word of capitals that is no English word, stop word or place names
    an organisation far more often than not (CoNLL and UNER dev: nine in ten)."""
    taken = _taken(text, groups)
    found: dict[str, _Group] = {}
    pos = 0
    for line in text.split("\n"):
        if _ACRONYM_IN_TEXT.search(line) and _mixed_case(line):
            for m in _ACRONYM_IN_TEXT.finditer(line):
                s, e, word = pos + m.start(), pos + m.end(), m.group()
                if any(taken[s:e]) or word.lower() in stop_words() or _in_dictionary(word) \
                        or gazetteer_kind(word) or _ACRONYM_WORD.match(word) is None \
                        or _glued_to_a_name(text, s) or text[e:e + 2] == " :" \
                        or _clock_zone(text, s, e) or _photo_credit(text, s, e):
                    continue  # "Die ZEIT", "SK Rapid": part of a longer name; "ST :" a field label;
                    # "at 6:02am AEST" a clock's zone; "(AP Photo/Darron Cummings)" a picture's credit
                group = found.setdefault(word, _Group())
                group.members.append((s, e, word, ""))
                group.evidence["ORG"] += 1
        pos += len(line) + 1
    return list(found.values())


# Where a post goes: "the hashtag #MeToo on Twitter", "posted the video on YouTube", "tweeted ... on".
_POSTED_ON = re.compile(r"\b(?:hashtag\s+#\w+|posted|posts|tweeted|shared|uploaded|streamed|a post|a video|a message)"
                        r"\b[^.!?\n]{0,40}?\bon ([A-Z][a-z]+[A-Z]?[a-z]*)\b(?![\w’'-]| [A-Z])")


# What only a platform has: "her Instagram account", "40,000 Snapchat followers", "Twitch
# suspended his account".
_PLATFORM_WORD = r"([A-Z][a-z]+[A-Z]?[a-z]*)"
_PLATFORM_USE = re.compile(
    rf"\b(?:his|her|their|its|my|your|our)\s+{_PLATFORM_WORD}\s+(?:account|accounts|channel|feed|profile)\b"
    rf"|\d[\d,.]*(?:\s*(?:m|k|million))?\s+{_PLATFORM_WORD}\s+(?:followers|subscribers)\b"
    rf"|\b{_PLATFORM_WORD}\s+(?:suspended|banned|blocked|removed|deleted|locked|restored)\s+(?:his|her|their|the)\s+"
    r"(?:account|channel|page|profile|feed)")


def _platform_groups(doc, text: str, groups: list[_Group], uses: list[tuple[int, int]]) -> list[_Group]:
    """A website the model missed where a post goes ("stories with the hashtag #MeToo on Twitter")
    or as only a platform is used (`_PLATFORM_USE`): one capitalised word in no name of the
    model's (a date, "on Monday", is one), no day's or month's name, title or known place, is an
    organisation."""
    taken = [(s, e) for g in groups for s, e, _, _ in g.members]
    taken += [(e.start_char, e.end_char) for e in doc.ents]
    found: dict[str, _Group] = {}
    for s, e in uses:
        word = text[s:e]
        if any(ts < e and s < te for ts, te in taken) or word in DAY_NAMES or word in MONTH_NAMES \
                or word.lower() in HONORIFICS or word.lower() in stop_words() or gazetteer_kind(word):
            continue
        group = found.setdefault(word, _Group())
        group.members.append((s, e, word, ""))
        group.evidence["ORG"] += 1
    return list(found.values())


# What is posted on a platform: "the department's Facebook page", "an Instagram post", "a Skype
# call"; only for a word no dictionary holds ("a Cabinet post" is a job, "a Treasury page" a site's),
# but a capitalised word's call is a video call's ("a Zoom call", "a Teams call").
_PLATFORM_THING = re.compile(rf"(?:['’]s|\b(?i:a|an|the|his|her|their|its|my|your|our))\s+{_PLATFORM_WORD}"
                             r"\s+(?:page|pages|post|posts|video|videos|livestream|story|stories|reel|reels|series|"
                             r"original|originals|subscribers|(call)|group)\b")


# An app or a site named after its kind: "the payments app Paywise", "running app Lumo", "the
# video platform Rumble" (the model had a person and a place).
_PLATFORM_NAMED = re.compile(rf"\b(?:app|platform|website|marketplace|chatbot) {_PLATFORM_WORD}(?![\w’'-]| [A-Z])")


def _platform_uses(text: str) -> list[tuple[int, int]]:
    """Where the text uses a word as a platform (`_POSTED_ON`, `_PLATFORM_USE`, `_PLATFORM_THING`,
    `_PLATFORM_NAMED`), read once."""
    return [m.span(1) for m in _POSTED_ON.finditer(text)] \
        + [m.span(k) for m in _PLATFORM_USE.finditer(text) for k in (1, 2, 3) if m.group(k)] \
        + [m.span(1) for m in _PLATFORM_THING.finditer(text) if m.group(2) or not _in_dictionary(m.group(1))] \
        + [m.span(1) for m in _PLATFORM_NAMED.finditer(text)]


def _platforms_read_as_people(text: str, groups: list[_Group], uses: list[tuple[int, int]]) -> None:
    """A name the model took for a person or a place that is used as only a platform is ("Twitch
    suspended his account") is the platform: its use outweighs all other evidence, read last."""
    used = {text[s:e] for s, e in uses}
    for g in groups:
        if g.name() in used and (g.label() == "PERSON" or g.label() in ("GPE", "LOC", "NORP")
                                 and not gazetteer_kind(g.name())):
            g.evidence["ORG"] += sum(g.votes().values()) + 1


def _acronyms_read_as_people(text: str, groups: list[_Group]) -> None:
    """One word of four capitals or more in ordinary-case lines is an acronym, no person's name: "long
    COVID", "the ODPM", "RICS said" (all PERSON). An organisation, as acronyms the model missed are
    (`_acronym_groups`); a person's initials ("JK") are shorter."""
    def acronym(start: int, word: str) -> bool:
        return len(word) >= 4 and bool(_ACRONYM_IN_TEXT.fullmatch(word)) and _mixed_case(_line_at(text, start))
    for g in groups:
        if g.label() == "PERSON" and all(acronym(s, w) for s, _, w, _ in g.members):
            g.evidence["ORG"] += sum(g.votes().values()) + 1


_UPPER = re.compile(r"[^\W\d_]")


def _mixed_case(line: str) -> bool:
    """Fewer than half the letters of the line are capitals (no headline in capitals)."""
    letters = len(_UPPER.findall(line))
    return letters > 0 and 2 * sum(1 for c in line if c.isupper()) < letters


_NAME_END = re.compile(r"(?![\w\-])")


def _occurrences(text: str, names: list[str]):
    """(start, end) of the whole-word occurrences of `names` in `text`, left to right, the longest
    name at each position, never overlapping: exactly what finditer gives for the alternation of
    the names, longest first, between `(?<![\\w.\\-])` and `(?![\\w\\-])`, but in time linear in the
    text (that regex tries every name at every capital letter: quadratic on long texts)."""
    lengths = sorted({len(n) for n in names}, reverse=True)
    known = set(names)
    starts = re.compile(r"(?<![\w.\-])[" + "".join(re.escape(c) for c in sorted({n[0] for n in names})) + "]")
    size, pos = len(text), 0
    while True:
        m = starts.search(text, pos)
        if m is None:
            return
        s = m.start()
        for length in lengths:
            e = s + length
            if e <= size and text[s:e] in known and _NAME_END.match(text, e):
                yield s, e
                pos = e
                break
        else:
            pos = s + 1


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_])")
_PREV_WORD = re.compile(r"(\S+)[ \t]+$")


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """"Dow" in "Dow Jones", "Lehmann" in "D. Lehmann": a capitalised neighbour makes it another name."""
    if text[start:end].isupper() and end - start > 1:
        return _acronym_opening_a_name(text, start, end)  # in an ALL-CAPS line every neighbour is capitalised
    after = _NEXT_WORD.match(text, end)
    if after and after.group(1).isupper():
        return True
    before = _PREV_WORD.search(text[max(0, start - 30):start])
    if before:
        word = before.group(1)
        if word[-1] in ",;:!?)\"”’" or (word.endswith(".") and len(word) > 2):
            return False  # "Grozny. Lebed": the previous word ends its own clause
        if word.lower() in PERSON_ONLY_TITLES:
            return False  # "Lord Callaghan", "Mrs Hale": a title, not a longer name
        return word[:1].isupper() and not _opens_sentence(text, start - len(before.group()))
    return False


def _acronym_opening_a_name(text: str, start: int, end: int) -> bool:
    """"a strike at DB Cargo, the freight arm of Deutsche Bahn ... DB Cargo says": an acronym and a
    title-case word the article writes together twice are a longer name; not a role or a title
    after it ("FBI Director", "UK Prime Minister")."""
    after = _TITLE_WORD_AFTER.match(text, end)
    if after is None or after.group(1).lower().split("-")[0] in _NOT_A_NAMES_WORD \
            or _COMPETITION_END.search(after.group(1)) or _SPORTS_COMPETITION_END.search(after.group(1)) \
            or end - start == 2 and not _in_dictionary(after.group(1)):
        return False   # nor a contest ("the US Open"), nor two initials and a surname ("JM Barrie")
    return _times_written(text, text[start:after.end()]) >= 2


@functools.lru_cache(maxsize=256)
def _times_written(text: str, phrase: str) -> int:
    """How often the text holds the phrase: asked at every mention of an acronym, counted once a phrase."""
    return text.count(phrase)


_TITLE_WORD_AFTER = re.compile(r" ([A-Z][a-z][\w-]*)\b")
_NOT_A_NAMES_WORD = _TITLES_AND_ROLES | _MONTHS | {d.lower() for d in DAY_NAMES} \
    | {"prime", "deputy", "chief", "vice", "acting", "foreign", "home", "interior", "defence", "defense"}


_COMPANY_WORD_AFTER = re.compile(r" (?:shares?|stock|profits?|sales|bid|boss|chief|deal)\b")


def _headline_word(text: str, start: int, end: int) -> bool:
    """The first word of a sentence-case headline ("Bellwether counties to watch", which the model
    calls a person), written with a capital nowhere else in the article: a common word, whatever
    the tagger says. "Apple unveils iPod" keeps Apple, a name the body writes again."""
    from ..gazetteer import is_major_place

    word, headline = text[start:end], text[:text.find("\n")].rstrip()
    if start != 0 or "\n" not in text or headline[-1:] in ".!?" or len(headline.split()) > 12 \
            or not re.match(r" [a-z]", text[end:end + 2]):
        return False  # a sentence opening a text, not a headline
    if _is_demonym(word) or is_major_place(word) or _COMPANY_WORD_AFTER.match(text, end):
        return False  # "French suitor holds LSE meeting", "Europe backs ...", "Amex shares up"
    return not re.search(rf"\b{re.escape(word)}\b", text[end:])


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether position `pos` starts a line or follows a sentence end."""
    before = text[max(0, pos - 3):pos].rstrip(" \t\"'“”‘’")
    return not before or before[-1] in "\n.!?:"


_SPEECH_AFTER = re.compile(r"^\s*,?\s*(?:" + "|".join(SPEECH_FORMS_AFTER_NAME) + r")\b")
_SPEECH_BEFORE = re.compile(r"\b(?:" + "|".join(f.replace(" ", r"\s+") for f in SPEECH_FORMS_BEFORE_NAME)
                            + r")\s*$")
# Labels a speaking name cannot have; ORG and NORP can speak ("the ministry said", "Russians say").
_MUTE_LABELS = frozenset({"GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})


# One initial and a surname is how a person is written ("D. Fleming"); two initials glued are an
# abbreviation ("U.S. Gulf"), so exactly one.
_INITIAL_NAME = re.compile(rf"^[A-Z]\. {_CAP_WORD}$")
# A comma or semicolon just before or just after a mention: an item of a list.
_LIST_MARK_BEFORE = re.compile(r"[,;]\s*$")
_LIST_MARK_AFTER = re.compile(r"\s*[,;]")


# A possessor's kin word just before a name: "Donald Trump's wife, Melania", "his son Hunter" (not "the
# sister Xiluodu dam": a dam's sister is another dam).
# More relations that mark a person, though no gender here (KIN_GENDER's words give one too):
# "The woman's partner, Gethin Rowlands, said" (GPE). Not "friend" ("his friend, Rolling Stones
# guitarist Keith Richards"), nor "uncle" ("her uncle Oscar", in an article about the award).
_RELATIONS = "partner|cousin|fianc[ée]e?|boyfriend|girlfriend"
_KIN_NAMING = "|".join(k for k in KIN_GENDER if k != "uncle")
_KIN_JUST_BEFORE = re.compile(rf"(?:\b(?:his|her|their)|\w['’]s)\s+(?:(?:late|younger|older|elder|twin)\s+)?"
                              rf"(?:{_KIN_NAMING}|{_RELATIONS}),?\s+$", re.IGNORECASE)   # "His younger brother, Kevin"
# ... and a list of names after kin in the plural: "his daughters Chelsea and Florence" (Florence ORG)
_KIN_LISTED_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?(?:daughters|sons|children|sisters|"
                                r"brothers|grandchildren|grandsons|granddaughters|nieces|nephews|parents),?\s+"
                                r"(?:[A-Z][a-z]+(?:,\s+|\s+and\s+))*$")
# A person's job or role heading an apposition after a name of two words or more: "Lorraine St.
# Clair, a councillor, said", "Imogen de la Mare, 41, a teacher at ..." (both ORG for the model).
# Not "the": a body is "the regulator", "the owner of ..." too.
_PERSON_APPOSITION = re.compile(r",\s+(?:\d{1,3},\s+)?(?:a|an)\s+(?:(?:former|retired|local|senior|junior)\s+)?"
                                r"(?:[a-z][\w-]*\s+)?(?:" + "|".join(sorted(_ROLES_BEFORE_A_NAME))
                                + r")(?=[,.;]|\s+(?:at|for|in|from|with|who)\b)")
# The same words owned by the name: "Crane's niece, Adelaide Crane".
_KIN_OWNED_AFTER = re.compile(rf"['’]s\s+(?:late\s+)?(?:{KIN_WORDS}|{_RELATIONS})\b")
# Someone's kin or relation right before a name, perhaps with one word between: "her cousin, Mia
# Watson", "his younger brother Brendan Doyle".
_KIN_OF_SOMEONE_BEFORE = re.compile(
    rf"(?:\b(?:his|her|their)|\w['’]s)\s+(?:[\w-]+\s+)?(?:{KIN_WORDS}|{_RELATIONS}),?\s+(?:(?:Mrs|Mr|Ms|Dr)\.?\s+)?$",
    re.IGNORECASE)   # "His wife, Mrs Rahinatu Fuseini"


# An age is a person's: "David Redvers, 34, from Hartpury", "Otis Ferry, the 22-year-old son of
# ...", "the 22-year-old Otis Ferry" (the model had PRODUCT for him).
_AGE_AFTER_NAME = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?:\d{1,3},|\d{1,3}-year-old\b)")
_AGE_BEFORE_NAME = re.compile(r"\b\d{1,3}-year-old\s+$")


def _person_marked(text: str, start: int, end: int) -> bool:
    """A title before the mention, an age after it, or kin it owns: a person, whatever the model said."""
    return bool(_titled_at(text, start) or _AGE_AFTER_NAME.match(text, end) or _KIN_OWNED_AFTER.match(text, end))


def _aged(text: str, start: int, end: int) -> bool:
    """An age beside a name of two words or more, all capitalised words ("the 25-year-old
    Spaniard" is a nationality, "Windows 95, 98" no age)."""
    words = text[start:end].split()
    return len(words) > 1 and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words) \
        and bool(_AGE_AFTER_NAME.match(text, end) or _AGE_BEFORE_NAME.search(text[max(0, start - 16):start]))


_POSTNOMINAL_AFTER = re.compile(r",? (?:" + "|".join(sorted(POSTNOMINALS)) + r")\b(?! [A-Z])")
_NAME_AFTER = re.compile(r" [A-Z]")


def _listed(text: str, start: int, end: int) -> bool:
    """A comma or semicolon just before or after the mention: an item of a list ("M Dunne, P Grady")."""
    return bool(_LIST_MARK_BEFORE.search(text[max(0, start - 3):start]) or _LIST_MARK_AFTER.match(text[end:end + 2]))


def _context_evidence(text: str, groups: list[_Group], club_story: bool = False) -> None:
    """Words around the mentions that a reader takes as proof of a person. In sports copy a big
    town's "who" is its club's ("Getafe, who had not scored away from home")."""
    alone = {g.name() for g in groups}   # a surname with a row of its own: `_misread_full_names` reads it
    described = _described_surnames(text, {g.name().split()[-1] for g in groups if g.label() != "PERSON"})
    for g in groups:
        speaks = 0
        for s, e, name, _ in g.members:
            if _titled_at(text, s) or _INITIAL_NAME.match(name) or _aged(text, s, e) \
                    or _INITIAL_SURNAME.match(name) and _listed(text, s, e):
                g.evidence["PERSON"] += 3  # a team sheet's "K Maggs" between commas, too
            if _WHO_AFTER.match(text[e:e + 12]) and not _WHO_PLURAL_AFTER.match(text, e) \
                    and not (_common_plural(name.split()[-1]) and _THE_BEFORE.search(text[max(0, s - 5):s])) \
                    and not (club_story and (_club_town_not_listed(text, g) or _is_region(name))):
                g.evidence["PERSON"] += 2  # not "Toshiba, who have been ...", "The Grizzlies, who had lost": bodies;
                # nor a county side: "Yorkshire, who resumed on 88 for two"
            if " " in name and _PERSON_APPOSITION.match(text, e):
                g.evidence["PERSON"] += sum(g.votes().values()) + 1  # a job in apposition outweighs the model
            if _KIN_JUST_BEFORE.search(text[max(0, s - 30):s]) or _KIN_LISTED_BEFORE.search(text[max(0, s - 60):s]) \
                    or " " in name and _POSTNOMINAL_AFTER.match(text, e) \
                    or _gendered_role_before(text, s):
                g.evidence["PERSON"] += 3   # "his wife, Ann Lee", "Guy Mansfield QC", "spokeswoman Lerato Mokoena"
            if _SPEECH_AFTER.match(text[e:e + 16]) or _SPEECH_BEFORE.search(text[max(0, s - 16):s]):
                speaks += 1
            if _OWN_POSSESSIVE_AFTER.match(text, e):
                g.evidence["PERSON"] += 2   # "Zvonareva has lost both her games" (GPE), "Kuznetsova won her title"
        # "Tarlo explains", "says Tarlo": a speaker is no place or thing, unless a place that can
        # speak for its government (a nation, a region, a big city: not "Parker", a small town).
        if speaks and g.label() in _MUTE_LABELS and not _speaking_place(g.name()):
            g.evidence["PERSON"] += 2 * speaks
        if g.label() != "PERSON" and g.name().split()[-1] not in alone and _surname_described(g, described):
            g.evidence["PERSON"] += sum(g.votes().values()) + 1
        elif g.label() != "ORG" and len(g.name().split()) > 1 and g.name().split()[-1] in LEGAL_FORMS:
            g.evidence["ORG"] += sum(g.votes().values()) + 1   # "Petróleo Brasileiro SA" (PERSON): a firm


_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’-]* $")


def _surname_described(g: _Group, described: set[str]) -> bool:
    """A full name the model called a body or a place whose last word, alone elsewhere, is described
    as a person's (`_described_surnames`): "Amara Okafor on closing her restaurant" (GPE) ...
    "Okafor, who opened it" or "Okafor, a chef,"; not "Manchester United, who" (a body's word)."""
    words = g.name().split()
    surname = words[-1]
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and surname in described \
        and surname.lower() not in ORG_HEAD_WORDS and surname not in BODY_NAME_ENDINGS \
        and surname not in CLUB_SUFFIXES and surname not in CLUB_PLACE_WORDS   # not "Man City": "City, who"


_CAP_WORD_START = re.compile(r"\b[A-Z][\w'’-]*")


def _described_surnames(text: str, words: set[str]) -> set[str]:
    """Those of `words` the text uses alone, after no capitalised word, with a person's apposition or
    "who" after ("Okafor, who"; not "Universal Music, who" for "Sony Music"): one pass over the text,
    whatever the number of names (a long text has thousands)."""
    found = set()
    for m in _CAP_WORD_START.finditer(text):
        word = m.group()
        if word in words and word not in found and not _CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                and (_PERSON_APPOSITION.match(text, m.end()) or _WHO_AFTER.match(text[m.end():m.end() + 12])
                     and not _WHO_PLURAL_AFTER.match(text, m.end())):
            found.add(word)
    return found


# "Kristina and Tim Jones", "Tim and Kristina": a lone word joined by "and" to a person's name.
_AND_NAME_AFTER = re.compile(r" and (?=[A-Z])")
_AND_NAME_BEFORE = re.compile(r"(?<=[a-z]) and $")


def _couple_evidence(text: str, groups: list[_Group]) -> None:
    """A one-word name joined by "and" to a person's name names a person too ("Kristina and Tim
    Jones, both 27", "Tim and Kristina said", "advised Kristina and Tim"): feature copy calls a
    couple by their given names, which the model reads as places and firms. Only a word no
    dictionary knows, no nation, region or big city, and one that speaks as well: a band listed
    with a singer ("Razorlight and Jamie Cullum") or "Ladbrokes and William Hill" are no couple."""
    people = [g for g in groups if g.label() == "PERSON" and " " in g.name()]
    person_at = {m[0]: g for g in people for m in g.members}
    person_end = {m[1]: g for g in people for m in g.members}
    for g in groups:
        name = g.name()
        if g.label() == "PERSON" or " " in name or not _given_name(name) or _speaking_place(name):
            continue   # not "between Russia and Vladimir Putin", "Arsenal and Thierry Henry"
        joined = sum(1 for s, e, _, _ in g.members
                     if _AND_NAME_AFTER.match(text, e) and person_at.get(e + 5) not in (None, g)
                     or _AND_NAME_BEFORE.search(text[max(0, s - 20):s]) and person_end.get(s - 5) not in (None, g))
        speaks = sum(1 for s, e, _, _ in g.members if _SPEECH_AFTER.match(text[e:e + 16])
                     or _SPEECH_BEFORE.search(text[max(0, s - 16):s]))
        if joined and speaks:
            g.evidence["PERSON"] += 3 * joined + 2 * speaks


# A verb, then the subject's own his/her: what a person does with her own ("has lost both her
# games", "made his debut"); not "her" as an object ("signed her in 2004").
_OWN_POSSESSIVE_AFTER = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:[a-z]+ed|won|lost|made|took|kept|got|gave|began|beat|held|led)\s+"
    r"(?:(?:both|all|each)\s+)?(?:his|her)\s+(?!(?:in|on|at|to|for|from|with|as|and|by|after|before|into|out|"
    r"up|down|off|over|back)\b)[a-z]")
_PLACE_AFTER = re.compile(r"^[’']?s?\s+(?:" + "|".join(sorted(PLACE_NOUNS_AFTER)) + r")\b")
_QUARTER_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(QUARTER_NOUNS)) + r")\b")
# What only a territory has, after its possessive: "Crimea's parliament", "Jordan's economy".
_TERRITORY_POSSESSED = re.compile(r"^['’]s\s+(?:parliament|government|economy|population|coast|coastline|"
                                  r"borders?|territory|annexation|capital|residents|inhabitants)\b")
_PLACE_OF = re.compile(r"\b(?:village|town|city|region|province|capital|outskirts|streets|people)\s+of\s+$")
# Either end of a route: "closed Highway 7 between Carleton Place and Smiths Falls" (see ROUTE_WORDS).
_ROUTE_END_BEFORE = re.compile(r"\b(?i:%s)s?\b(?:\s+\S+){0,3}?\s+between\s+(?:[A-Z][\w'’-]*\s+){0,3}?(?:and\s+)?$"
                               % "|".join(sorted(ROUTE_WORDS)))

# What only a town is or has: "the village of Kozachya Loknya", "the mayor of Windhoek"
_SETTLEMENT_OF = re.compile(rf"\b(?:village|town|city|hamlet|settlement|{'|'.join(TOWN_OFFICES)})\s+of\s+$",
                            re.IGNORECASE)
# A possessor is not what the preposition before it governs: "from Samsung's setback", "the judge in
# Duffy's trial" name no place.
_POSSESSOR = re.compile(r"['’](?:s\b|\s)")
_AND_OR = re.compile(r" (?:and|or) ")


def _model_place_edges(groups: list[_Group]) -> tuple[set[int], set[int]]:
    """The starts and the ends of the mentions the model labelled a place."""
    spans = [(s, e) for g in groups for s, e, _, label in g.members if label in PLACE_LABELS]
    return {s for s, _ in spans}, {e for _, e in spans}


def _person_ends(groups: list[_Group]) -> dict[int, int]:
    """The end of each mention the model labelled a person, and how many words it has."""
    return {e: len(name.split()) for g in groups for _, e, name, label in g.members if label == "PERSON"}


_RESIDENCE_OF = re.compile(r"(,(?: \d{1,3},)?)? of $")
_NAME_RUNS_ON = re.compile(r"-|\s+[A-Z]")   # "Chabad-Shadyside", "Gun Barrel City"


def residence_of(text: str, start: int, end: int, person_ends: dict[int, int]) -> bool:
    """Local news gives where a person lives by "of" after the name: "Thomas Hellinghausen, 22, of
    Winfield", "said Amstutz, of Wooster", "Norb Mages of Lindsay". The name before "of" (its end
    and word count in `person_ends`) is set off by a comma, or is whole and ends in no English
    word ("Maria Full of Grace" is a film, "Clerk of Council" an office); the place is the whole
    capitalised run after "of" (not "Gun" of "Gun Barrel City", "Chabad" of "Chabad-Shadyside").
    The places table asks the same question of its spans, so the two tables agree."""
    m = _RESIDENCE_OF.search(text, max(0, start - 12), start)
    if m is None or m.end() != start or _NAME_RUNS_ON.match(text, end):
        return False
    words = person_ends.get(m.start(), 0)
    last = text[max(0, m.start() - 40):m.start()].split()[-1:]  # the name's last word (a window: long texts)
    if not words or not last:
        return False
    if m.group(1):
        return last[0].lower() not in ROLE_WORDS
    return words >= 2 and last[0].lower() not in _dictionary()


def _listed_with_a_place(text: str, start: int, end: int, places: tuple[set[int], set[int]]) -> bool:
    """Joined by "and"/"or" to a name the model calls a place: "visited Kamchatka and Sakhalin";
    not a speaker of the next clause ("in Iraq and Bush said nothing"; a plain verb may be the
    list's: "unless cash from Heathrow and Gatwick was used")."""
    starts, ends = places
    after = _AND_OR.match(text, end)
    return bool(after and after.end() in starts) or any(
        text[start - len(joint):start] == joint and start - len(joint) in ends for joint in (" and ", " or ")) \
        and not _SPEECH_AFTER.match(text[end:end + 16])


# A given name and a surname, neither an English word nor a big place: "Corrado Passera", "Rachida
# Dati", "Günter de Bruyn". Outweighs one such mention labelled ORG, not a company named often.
_NAME_SHAPE_WEIGHT = 3
_NAME_WORD = re.compile(r"^(?:Mac|Mc)?[A-Z][^\W\d_A-Z]+(?:[-'’][A-Z]?[^\W\d_]+)?$")  # "McGregor" too


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _name_shape_evidence(text: str, groups: list[_Group]) -> None:
    """The model often reads a foreign personal name as an organisation; the name's own shape says
    person when each word is a capitalised word no dictionary or big place knows."""
    for g in groups:
        if g.label() != "ORG" or g.evidence:  # other evidence: "the town of Bou Haroun"
            continue
        if any(_THE_BEFORE.search(text[max(0, s - 5):s]) or named_body(text, s, e, person_jobs=False)
               or _company_before(text, s) or _WHICH_AFTER.match(text, e) for s, e, _, _ in g.members):
            continue  # "the Sereipheap Thmei newspaper", "technology giant Hewlett Packard", "Shares of Kalyani
            # ...", "Deutsche Bahn, which is owned by"
        if _person_shaped(g.name()):
            g.evidence["PERSON"] += _NAME_SHAPE_WEIGHT


_WHICH_AFTER = re.compile(r",? which\b")


def _person_shaped(name: str) -> bool:
    """Two or three capitalised words (particles aside), none an English word or a big place, and
    no place inside ("Hapoel Tel Aviv"): "Corrado Passera", "Günter de Bruyn"."""
    words = [w for w in name.split() if w not in _PARTICLES]
    if not 2 <= len(words) <= 3 or len(name.split()) > 4:
        return False
    pairs = [" ".join(words[i:i + 2]) for i in range(len(words) - 1)]
    return all(_name_word(w) for w in words) and not any(gazetteer_kind(p) for p in pairs)


# "the Brexit vote", "after the Brexit referendum": the name of what is voted or negotiated on.
_EVENT_AFTER = re.compile(r"^\s+(?:vote|referendum|talks|negotiations|deal|process|deadline)\b")
# The last words of games and contests, held, not run: "the Commonwealth Games", "the 2026 World
# Championships", "the Eurovision Song Contest" (ORG for the model); firms so named go without
# "the" ("Epic Games").
_EVENT_ENDINGS = frozenset({"Games", "Olympics", "Paralympics", "Contest", "Championships", "Marathon"})
_THE_OR_A_YEAR_BEFORE = re.compile(r"\b(?:[Tt]he|(?:19|20)\d\d)\s+$")
# A country's leaving a union, named the way "Brexit" was coined ("Grexit", "Frexit", "Italexit"):
# an event, never a person.
_EXIT_WORD = re.compile(r"^[A-Z][a-z]{0,5}exit$")
# "sang Auld Lang Syne", "the song Geronimo", "a rendition of Amazing Grace": a song's title.
# Not the adjective: "a single HSDPA device".
_SONG_BEFORE = re.compile(r"\b(?:sang|sing|sings|singing|hummed|song|anthem|hymn|ballad|album|"
                          r"(?<!\ba )(?<!\bone )(?<!\bno )(?<!\bany )(?<!\beach )(?<!\bevery )single|"
                          r"renditions? of|strains of|chorus of|belted out)\s+[\"“]?$")
# "the band played Auld Lang Syne", but not a venue or town: "the band played Wembley".
_PLAYED_BEFORE = re.compile(r"\b(?:band|orchestra|choir|pipers?|organist)\s+(?:played|performed|struck up)\s+[\"“]?$")


def _kind_evidence(text: str, groups: list[_Group]) -> None:
    """Evidence of what kind of thing a "person" or "place" is: a name holding an organisation's
    head word ("Russian Network RT", "Homegate Hospitality Inc") or an acronym, or a place's
    written as a club's ("Manchester United"), is an organisation;
    "the X vote" and "Grexit" events; "sang X" a song."""
    for g in groups:
        words = g.name().split()
        if g.label() in PLACE_LABELS | {"PERSON"} and club_name(g.name()) and not gazetteer_kind(g.name()):
            g.evidence["ORG"] += sum(g.votes().values()) + 1  # "Manchester United fans", in any story
            continue
        if g.label() in PLACE_LABELS and len(words) > 1 and words[-1].lower() in _BODY_HEADS \
                and not gazetteer_kind(g.name()):  # "Homegate Hospitality Inc": a body, not a place
            g.evidence["ORG"] += sum(g.votes().values()) + 1
        if len(words) > 1 and words[-1] in _EVENT_ENDINGS and g.label() in ("ORG", "PERSON", "GPE", "FAC") \
                and any(_THE_OR_A_YEAR_BEFORE.search(text, max(0, s - 10), s) for s, _, _, _ in g.members):
            g.evidence["EVENT"] += sum(g.votes().values()) + 1   # "the Commonwealth Games"; not "Epic Games said"
            continue
        if len(words) == 1 and _EXIT_WORD.match(words[0]) and g.label() in ("ORG", "GPE", "NORP", "PERSON"):
            # "Brexit will cost billions" names no body, "said Brexit must happen" no speaker
            g.evidence["EVENT"] += sum(g.votes().values()) + 1
            continue
        if g.label() == "WORK_OF_ART" and len(words) > 1 and words[-1].lower() in ORG_HEAD_WORDS \
                and any(_SPEECH_AFTER.match(text[e:e + 16]) for _, e, _, _ in g.members):
            g.evidence["ORG"] += sum(g.votes().values()) + 1   # "The Prairie Support Staff Union said": no work speaks
            continue
        if g.label() != "PERSON":
            if g.label() in SONG_MISREAD_LABELS and _songs(text, g):  # "a rendition of Amazing Grace" ORG
                g.evidence["WORK_OF_ART"] += sum(g.votes().values()) + 1
            continue
        if len(words) > 1 and not g.name().isupper() \
                and any(w.lower() in ORG_HEAD_WORDS or len(w) > 2 and _ACRONYM_WORD.match(w) for w in words):
            g.evidence["ORG"] += sum(g.votes().values()) + 1
            continue
        if any(_person_cue(text, s, e) for s, e, _, _ in g.members):
            continue
        if any(_its_after(text, e) for _, e, _, _ in g.members) \
                and not any(_personal_use(text, s, e) for s, e, _, _ in g.members):
            g.evidence["ORG"] += sum(g.votes().values()) + 1   # "Energis also did its own work"
            continue
        events = sum(1 for s, e, _, _ in g.members if _EVENT_AFTER.match(text[e:e + 16])
                     and _THE_BEFORE.search(text[max(0, s - 5):s])) if len(words) == 1 else 0
        if events:
            g.evidence["EVENT"] += 2 * events + 1
        if _songs(text, g):  # "sang X" leaves no doubt, whatever the length of the title
            g.evidence["WORK_OF_ART"] += sum(g.votes().values()) + 1


# Labels the model gives a song's title that other rules would keep: "a rendition of Amazing Grace" ORG.
SONG_MISREAD_LABELS = PLACE_LABELS | {"ORG"}


def _songs(text: str, g: _Group) -> bool:
    """Does a mention follow a word that makes it a song's title ("sang X", "a rendition of X";
    set off by commas: "her debut single, Marianne, went"; "the band played X" unless a place
    bears the name: "played Wembley")?"""
    return any(_SONG_BEFORE.search(text[max(0, s - 16):s])
               or text[e:e + 1] == "," and _SONG_BEFORE.search(re.sub(r",(\s+)$", r"\1", text[max(0, s - 18):s]))
               or _PLAYED_BEFORE.search(text[max(0, s - 28):s]) and not gazetteer_kind(g.name())
               for s, e, _, _ in g.members)


# An award, named for its statuette or the academy that gives it, which the model reads as a person
# or a place ("Oscar" PERSON, "Bafta" GPE); OntoNotes files awards with works of art. Written so:
# "an Oscar-winning director", "Bafta-nominated" (the hyphenated mention itself is no name, so any
# such use in the article counts), "the Bafta awards", "three Oscar nominations", "won an Oscar in
# 1973", "campaign for an Oscar for his movie", "the best film Oscar"; a place's name before "awards"
# is where they are given ("US awards").
_AWARD_HYPHEN = r"-(?:winning|winner|winners|nominated|nominee|nominees)\b"
_AWARD_AFTER = re.compile(r"s?\s+(?:(?:film|music|television|TV|book|drama)\s+)?"
                          r"(?:awards?|nominations|statuettes?|ceremon(?:y|ies)|categories)\b")
# Words after an award's name ("Oscar hopefuls", "Oscar nominees", "the Bafta awards"), an award's only
# where the model read no body, or a body of two words and no body's head word ("Golden Globe
# award"): a body's name takes them too ("the Labour nominee", "Labour hopefuls", "tipped for Fifa
# award").
_AWARD_AFTER_NO_BODY = re.compile(r"s?\s+(?:nominees?|nomination|hopefuls|winners|contenders|presenters)\b")
# "the Bafta for best film", "an Oscar for best actor" (not "... and Karin Viard for best actress").
_AWARD_FOR_BEST = re.compile(r"s?\s+for best\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|an?|his|her|their|its)\s+$", re.IGNORECASE)
# "nominated for Baftas": a plural name after it.
_NOMINATED_FOR = re.compile(r"\bnominated for\s+$")
# "campaign for an Oscar for his movie": a one-word name heading its phrase ("not ready for an Ellis
# Island" is a likeness).
_FOR_AN = re.compile(r"\bfor\s+an?\s+$")
_AWARD_BEFORE = re.compile(r"\b(?:(?:won|wins|win|winning|scooped|collected|nominated for)\s+(?:an?|two|three|four|five)|"
                           r"best\s+(?:supporting\s+|leading\s+|original\s+|foreign(?:\s+language)?\s+)?"
                           r"(?:actor|actress|film|picture|director|screenplay|documentary|song|album))[ \t]+$")
# An award's own name: "the Whitbread Prize", "the Screen Actors Guild Awards" (the model said ORG).
_AWARD_NAME = re.compile(r" (?:Awards?|Prize)$")
# A category before a name of one word is its award ("the best film Oscar"); before a full name,
# the winner ("best actress Hilary Swank").
_BEST_BEFORE = re.compile(r"\bbest\s+(?:\w+\s+){0,2}$")
# What ends a noun phrase the name heads: "won a Bafta for ...", not "won a Labour seat".
_HEAD_END = re.compile(r"s?(?:\s*[,.;:)!?\"”]|\s+(?:for|in|at|on|and|with|this|last|when|after|since)\b|\s*$)")
# A kind of work just before a name: "the comedy Sideways", "biopic Ray", "his novel Small Island",
# "a thriller called Undertow" (the model had PERSON for Wasp and Da Vinci Code, ORG for
# Schindler's List); nouns that are also
# verbs or name other things ("book", "play", "hit", "series") only after a determiner and at most
# two describing words ("the play Hamlet", "Arnold's gritty drama Wasp"; not "to play Hughes");
# not "blockbuster" ("the blockbuster West End musicals") nor "single" ("a single HSDPA device":
# the song rule reads singles).
_WORK_BEFORE = re.compile(r"(?:\b(?:film|movie|novel|novella|album|sitcom|biopic|documentary|thriller|musical|opera|"
                          r"poem|memoir|cartoon|(?:video|computer) game|(?:TV|television|drama) series)|"
                          r"\b(?:(?i:the|a|an|his|her|their|its|whose|our|my|your)|new|latest|debut|first"
                          r"|\w+['’]s)\s+"
                          r"(?:(?!(?:of|in|on|for|to|and|or|with|at|by|from)\s)[A-Za-z][\w-]*\s+){0,2}"
                          r"(?:book|play|drama|comedy|song|hit|epic|bestseller|series|programme|hymn|anthem|podcast))"
                          r"(?:[ \t]+(?:called|titled|entitled))?[ \t]+$")  # not past a headline's end
# ... and what a work is made from: "a Yoruba adaptation of Macbeth", "a revival of Blood Brothers"; not a
# name before a kind and a title ("the sequel to Ben Stiller comedy Meet The Parents", "a remake of
# Hollywood classic King Kong") nor an owner ("an adaptation of Philip Pullman's His Dark Materials")
_MADE_FROM_BEFORE = re.compile(r"\b(?:adaptation|staging|revival|remake|retelling|sequel)\s+(?:of|to)[ \t]+$")
_KIND_THEN_TITLE = re.compile(r"\s+[a-z]+\s+[A-Z]")
# ... but "hit" after a subject opening its sentence or clause is the verb: "The floods hit
# Tewkesbury", "after the storm hit St. John's" (not "staging the worldwide stage hit Art").
_SUBJECT_HIT = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n|\b(?:when|after|as|before|since|until|while|and|but)\s+)"
                          r"(?i:the|a|an)\s+(?:[A-Za-z][\w-]*\s+){1,2}hit\s+$")  # "The UK-wide action hit"
# The maker after a kind of work: "the film Kevin Spacey directed" is Spacey's.
_MAKER_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:directed|wrote|written|made|released|produced|starred|recorded|"
                          r"penned|filmed|shot|co-wrote|adapted)\b")


@functools.lru_cache(maxsize=8)
def _award_hyphens(text: str) -> tuple[int, ...]:
    """Where "-winning", "-nominated" ... start: found once a text, not once a name (a list of 1,500
    names read the text 1,500 times)."""
    return tuple(m.start() for m in re.finditer(_AWARD_HYPHEN, text))


def _word_char_before(text: str, i: int) -> bool:
    return i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")


def _award_uses(text: str, g: _Group) -> int:
    """How often the article writes the group's name (or its singular, "Oscars") as an award's."""
    name = g.name()
    stems = {name, name[:-1]} if name.endswith("s") else {name}
    hyphened = sum(1 for p in _award_hyphens(text) for stem in stems
                   if text.endswith(stem, 0, p) and not _word_char_before(text, p - len(stem)))
    place = bool(gazetteer_kind(name))
    # a body gives awards too ("tipped for Fifa award"): a name the model read as a body counts as an
    # award by these words only when it has two words and no body's head word ("Golden Globe award",
    # "Silver Bear"; not "European Sports Journalists Association awards")
    words = name.split()
    body_free = g.label() != "ORG" or len(words) > 1 and not any(w.lower() in ORG_HEAD_WORDS for w in words)
    return hyphened + sum(1 for s, e, t, _ in g.members if t == name and (
        (_AWARD_AFTER.match(text, e) or _AWARD_AFTER_NO_BODY.match(text, e)) and not place and body_free
        or _AWARD_FOR_BEST.match(text, e) and _DETERMINER_BEFORE.search(text[max(0, s - 8):s])
        or _NOMINATED_FOR.search(text[max(0, s - 16):s]) and t.endswith("s")
        or _FOR_AN.search(text[max(0, s - 8):s]) and " " not in t and _HEAD_END.match(text, e)
        or _AWARD_BEFORE.search(text[max(0, s - 48):s]) and _HEAD_END.match(text, e)
        and (" " not in t or not _BEST_BEFORE.search(text[max(0, s - 48):s]))))


# A performer's role and name after a title: "Ray star Jamie Foxx", "Troy actress Diane Kruger".
_PERFORMER_AFTER = re.compile(r"\s+(?:star|actor|actress|presenter)\s+[A-Z]")


def _set_off_after_a_work(text: str, s: int, e: int) -> bool:
    """A title set off by a comma after its kind, ending its phrase: "her second novel, Salt Daughters."
    (not "In the film, Tom Hanks plays")."""
    if text[e:e + 1] not in (",", "."):
        return False
    return _WORK_BEFORE.search(re.sub(r",(\s+)$", r"\1", text[max(0, s - 62):s])) is not None


def _work_uses(text: str, g: _Group) -> int:
    """How often a kind of work stands just before the group's name ("the film X"), not its maker's,
    or a name the model read as a person stands before a performer's role ("Mary Poppins star Julie
    Andrews": no person is written so); never a country or a big city ("an episode of hit US
    cartoon The Simpsons"), and a club or a town before "star" is not read as a person ("Chelsea
    star Frank Lampard"), nor a common word written with a capital only where it opens a sentence
    ("Rap star Jay-Z"; "Ray star Jamie Foxx ... the film Ray" is a title)."""
    from ..gazetteer import is_major_place

    if is_major_place(g.name().lower()):
        return 0
    # "Rap star Jay-Z": a common word the article capitalises only to open sentences is a genre
    genre = _in_dictionary(g.name()) and all(_opens_sentence(text, s) for s, _, _, _ in g.members)
    return sum(1 for s, e, t, _ in g.members if t == g.name() and (
        (_WORK_BEFORE.search(text[max(0, s - 60):s]) or _set_off_after_a_work(text, s, e))
        and not _SUBJECT_HIT.search(text, max(0, s - 80), s)
        and not _MAKER_AFTER.match(text, e)
        and not _POSSESSOR.match(text, e)  # "a musical Rubik's cube"
        or g.label() == "PERSON" and _PERFORMER_AFTER.match(text, e) and not genre
        or _WORK_SET_OFF_AFTER.match(text, e)
        or _MADE_FROM_BEFORE.search(text, max(0, s - 30), s) and not _KIND_THEN_TITLE.match(text, e)
        and not _POSSESSOR.match(text, e)))   # "a film adaptation of Philip Pullman's His Dark Materials"


# A title its kind follows, set off by a comma: "Borrowed Light, a drama about two sisters", "The
# Salt Road, written by ...", "Girl at the Landing Stage, an oil painting" (the model: ORG, GPE).
# Not "the": "Directed by Antoine Fuqua, the film was ...", "Paramount Pictures, the studio behind".
# The maker's name may own it: "The Harmattan Letters, Adaeze Nwankwo's novel about three sisters".
# Up to three lower-case words that describe a kind after its article ("a once-daily", "his second").
_DESCRIBING_WORDS = r"(?:(?!(?:of|in|on|for|to|and|by|from|with|about|behind|the)\s)[a-z][\w-]*\s+){0,3}"
_WORK_SET_OFF_AFTER = re.compile(
    r",\s+(?:(?:a|an|his|her|their|its|(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+['’]s)\s+" + _DESCRIBING_WORDS +
    r"(?:film|movie|drama|documentary|novel|memoir|opera|play|musical|album|song|painting|portrait|sculpture|"
    r"sitcom|comedy|thriller)\b(?!\s+(?:company|maker|producer|studio|festival|school|star|director)\b)"
    r"|(?:written|directed|painted|composed)\s+by\b)")


def _title_evidence(text: str, groups: list[_Group]) -> None:
    """Awards and titles of works the model read as people, places or bodies: "an Oscar-winning
    actor", "won a Bafta for", "the drama Wasp" make WORK_OF_ART, unless a title, "who" or a speech
    verb says person ("Oscar said he")."""
    awards = set()
    for g in groups:
        if g.label() in ("WORK_OF_ART", "EVENT", "NORP") or g.evidence["PERSON"] \
                or g.label() in PLACE_LABELS and any(_PLACE_BEFORE.search(text[max(0, s - 30):s])
                                                     and _HEAD_END.match(text, e) for s, e, _, _ in g.members) \
                or any(_person_cue(text, s, e) for s, e, _, _ in g.members):
            continue  # "in the Bafta nominations" puts nothing in a place
        if _AWARD_NAME.search(g.name()) or _award_uses(text, g) or _work_uses(text, g):
            g.evidence["WORK_OF_ART"] += sum(g.votes().values()) + 1
            awards.add(g.name())
    for g in groups:  # "the Baftas" of an article whose "Bafta" is an award, and the other way round
        if g.label() in ("PERSON", "ORG", "GPE", "LOC") and (g.name() + "s" in awards or g.name()[:-1] in awards):
            g.evidence["WORK_OF_ART"] += sum(g.votes().values()) + 1


def _fold_club_towns(groups: list[_Group]) -> list[_Group]:
    """A club named in full ("Newcastle United") is its town's name alone too where the model
    calls that a body ("Newcastle 2-2 Aston Villa", "Newcastle head coach"): one row for the club.
    Not when two of the article's clubs share the town ("Manchester United", "Manchester City").
    So is a club named by its letters and a name ("AFC Leopards") that name alone, whatever the
    model called it but a person or a place ("Leopards" PRODUCT)."""
    bodies: dict[str, list[_Group]] = defaultdict(list)   # a first word -> the bodies of two words opening so
    lettered: dict[str, list[_Group]] = defaultdict(list)   # "Leopards" -> "AFC Leopards"
    for g in groups:
        if g.label() == "ORG" and len(g.name().split()) == 2:
            bodies[g.name().split()[0]].append(g)
            if g.name().split()[0] in CLUB_LETTERS:
                lettered[g.name().split()[1]].append(g)
    def owner_of(g):
        owners = bodies.get(g.name(), [])
        if len(owners) == 1 and club_name(owners[0].name()) and g.label() == "ORG":
            return owners[0]
        owners = lettered.get(g.name(), [])
        return owners[0] if len(owners) == 1 and g.label() not in PLACE_LABELS | {"PERSON"} \
            and not clubs_town(g.name()) else None   # "AC Milan ... Milan": a town's club has its own rules
    return _fold_into_owners(groups, owner_of)


def _join_towns_to_nicknames(text: str, groups: list[_Group], *, sports: bool) -> list[_Group]:
    """A body the article names by a one-word nickname is also its town's name and that nickname
    (`sports.town_and_nickname`), where the model split it or missed it: "the Phoenix Suns" had
    been Phoenix, GPE, and Suns, ORG, or nothing at all ("beat the Phoenix Suns 112-104"). In
    sports copy only: "For Airbus", "Since Yukos" open sentences."""
    if not (sports or is_sports_story(text) or result_sides(text)):
        return groups
    # the model reads some nicknames as peoples: "the Sydney Swans" (Swans, NORP)
    nicknames = {g.name(): g for g in groups if g.label() in ("ORG", "NORP") and _NICKNAME.fullmatch(g.name())}
    nicknames.update(_nicknames_missed(text, groups, nicknames))
    if not nicknames:
        return groups
    alternatives = "|".join(re.escape(n) for n in sorted(nicknames, key=len, reverse=True))
    for m in re.finditer(rf"\b((?:{_CAP_WORD} ){{1,2}})({alternatives})\b", text):   # one pass for all
        nick, body = m.group(2), nicknames[m.group(2)]
        words = m.group(1).split()
        town = next((" ".join(words[-k:]) for k in (2, 1) if k <= len(words)
                     and words[-k].lower() not in stop_words()
                     and town_and_nickname(f"{' '.join(words[-k:])} {nick}")), None)
        if town is None:
            continue
        s, e = m.end(1) - len(town) - 1, m.end()
        for g in groups:
            g.members[:] = [x for x in g.members if not (x[0] < e and s < x[1])]
        body.members.append((s, e, f"{town} {nick}", "ORG"))
        body.named_at.add(s)
        if body.label() != "ORG":   # "the Cleveland Indians" (NORP): a club, not a people
            body.evidence["ORG"] += sum(body.votes().values()) + 1
    return _still_named(groups)


_NICKNAME = re.compile(NICKNAME)
_NAME_GOES_ON_AFTER = re.compile(r"['’]| [A-Z]")   # "Ulster Schools' Cup", "Cardiff Arms Park"
_TOWN_AND_PLURAL = re.compile(rf"\b(?:{_CAP_WORD} ){{1,2}}({NICKNAME})\b")


def _nicknames_missed(text: str, groups: list[_Group], known: dict[str, _Group]) -> dict[str, _Group]:
    """Nicknames the model found nowhere or read as a person, after a big town: "beat the Ottawa
    Senators 3-2" (nothing found), a plural of an English noun (`_town_and_a_plural_noun`) and no
    newspaper's word ("the Seattle Times")."""
    by_name = {g.name(): g for g in groups}
    found = {}
    for m in _TOWN_AND_PLURAL.finditer(text):
        nick, whole = m.group(1), by_name.get(m.group().split(" ", 1)[-1]) or by_name.get(m.group())
        if nick in known or nick in found or nick in NEWSPAPER_WORDS or gazetteer_demonym(nick) \
                or whole is not None and whole.label() not in ("ORG", "PERSON", "GPE", "LOC") \
                or _NAME_GOES_ON_AFTER.match(text, m.end()) \
                or not _town_and_a_plural_noun(m.group().rsplit(" ", 2)[-2] + " " + nick):
            continue   # "the Athens Olympics" (EVENT), "South Africans", "Ulster Schools' Cup" are no clubs
        found[nick] = by_name.get(nick) or _Group()
        if found[nick] not in groups:
            groups.append(found[nick])
    return found


def _fold_team_nicknames(text: str, groups: list[_Group]) -> list[_Group]:
    """A body named as a town and a nickname (`sports.town_and_nickname`) is the nickname alone
    too when the model calls that a body ("Manchester United ... United"); a team of a result
    ("the Montreal Canadiens beat the Ottawa Senators 3-2") also when the model read it otherwise
    ("The Canadiens host ...", PERSON) or missed it ("The Senators had led"). One body per
    nickname; never a nationality ("Roma Czechs ... Czechs")."""
    found: dict[str, list[_Group]] = defaultdict(list)
    for g in groups:
        if g.label() == "ORG" and town_and_nickname(g.name()):
            found[g.name().split()[-1]].append(g)
    bodies = {nick: gs[0] for nick, gs in found.items() if len(gs) == 1}
    if not bodies:
        return groups
    sides = {side for pair in result_sides(text) for side in pair if side is not None}
    teams = {nick: g for nick, g in bodies.items() if any((s, e) in sides for s, e, _, _ in g.members)}
    kept = []
    for g in groups:
        body = bodies.get(g.name())
        if body is not None and body is not g and (g.label() == "ORG" or body in teams.values() and
                                                    g.label() not in PLACE_LABELS | {"NORP"}):
            body.named_at.update(s for s, _, t, _ in body.members if " " in t)   # the full name stays the row's
            body.members.extend(g.members)
            body.evidence.update(g.evidence)   # "City" was a club by its evidence, the model's GPE aside
        else:
            kept.append(g)
    taken = [(s, e) for g in kept for s, e, _, _ in g.members]
    for nick, team in teams.items():
        for m in re.finditer(rf"\b[Tt]he ({re.escape(nick)})\b", text):
            if not any(s < m.end(1) and m.start(1) < e for s, e in taken):
                team.members.append((m.start(1), m.end(1), nick, ""))
    return kept


# Two to five capitals: an acronym ("GCHQ", "BBC"); of three or more, never part of a personal name
# (roman numerals are; two letters may be initials: "DJ Khaled", "AJ Styles").
_ACRONYM_WORD = re.compile(r"^(?!(?:II|III|IV|VI|VII|VIII|JR|SR)$)[A-Z]{2,5}$")


_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")
_ACRONYM_IN_BRACKETS = re.compile(r" \(([A-Z]{3,6})\)")
# The capitalised words, with the small words a body's name holds, that end right before it
_WORDS_BEFORE = re.compile(rf"(?:{_CAP_WORD}(?: (?:and|of|for|on|the|in|&)){{0,2}} ){{0,9}}{_CAP_WORD}$")


def _spelt_out_names_missed(text: str, groups: list[_Group]) -> list[_Group]:
    """The groups, with a body's name the model missed whose acronym the brackets after it define,
    its capitals spelling the acronym: "The Independent Electoral and Boundaries Commission (IEBC)
    has set ..." (the model marked only the later "IEBC"). The words right before the brackets that
    spell it; pieces of it the model marked give way to it ("Australian Competition", WORK_OF_ART,
    of "The Australian Competition and Consumer Commission (ACCC)")."""
    taken = _taken(text, groups)   # most names have no piece marked: no need to look for one
    found = []
    spelt = {(s, e): name for s, e, name in [*_spelt_before_brackets(text), *_spelt_with_and(text)]}
    for (s, e), name in spelt.items():
        pieces = [(g, x) for g in groups for x in g.members if x[0] < e and s < x[1]] if any(taken[s:e]) else []
        if any(x[0] < s or e < x[1] or (x[0], x[1]) == (s, e) for _, x in pieces):
            continue   # the model's span holds it, or goes on past it
        for g, x in pieces:
            g.members.remove(x)
        group = _Group()
        group.members.append((s, e, name, ""))
        group.named_at.add(s)
        group.evidence["LAW" if _law_name(name) else "ORG"] += 1   # "the ... Due Diligence Directive (CSDDD)"
        found.append(group)
    return _still_named(groups) + found


def _spelt_before_brackets(text: str):
    """(start, end, name) of each name right before the bracketed acronym it spells."""
    for m in _ACRONYM_IN_BRACKETS.finditer(text):
        acronym = m.group(1)
        before = _WORDS_BEFORE.search(text, max(0, m.start() - 160), m.start())
        if before is None or _NAME_GOES_ON.match(text, m.end()):
            continue   # "the Mobile PC Extended Battery Life (EBL) Working Group": inside a longer name
        words = before.group().split(" ")
        # a legal form after the name spells nothing: "Hoshino Heavy Industries Co (HHI)"
        spelt = words[:-1] if len(words) > 1 and (words[-1] in LEGAL_FORMS or words[-1] in ("Co", "Co.")) else words
        k = next((k for k in range(len(spelt)) if words[k][:1].isupper() and words[k] not in ("The", "A", "An")
                  and acronym in (_initials(" ".join(words[k:])), _initials(" ".join(spelt[k:])))), None)
        if k is None:
            continue
        name = " ".join(words[k:])
        s = m.start() - len(name)
        name = re.sub(r"['’]s?$", "", name)   # "a survey by Incomes Data Services' (IDS)": no owner's mark
        yield s, s + len(name), name


# Capitalised words joined by "and" that the model reads as two names: "The Maritime and Coastguard
# Agency said ... An MCA spokesperson"
_NAMES_WITH_AND = re.compile(rf"(?<![\w’'-]){_CAP_WORD}(?: {_CAP_WORD}){{0,3}} (?:and|&) "
                             rf"{_CAP_WORD}(?: {_CAP_WORD}){{0,3}}"
                             rf"(?![\w’'-]| [A-Z])")


def _spelt_with_and(text: str):
    """(start, end, name) of each body's name of words joined by "and" (`_NAMES_WITH_AND`) whose
    capitals spell an acronym of three letters or more the article uses elsewhere."""
    acronyms = {a for a in _ACRONYM_IN_TEXT.findall(text) if len(a) >= 3}
    for m in _NAMES_WITH_AND.finditer(text) if acronyms else ():
        words = m.group().split(" ")
        if words[-1].lower() not in _BODY_HEADS | _BODY_ONLY_HEADS:
            continue   # a body's name ends in its head word: not "the European and US negotiators" (EU)
        k = next((k for k in range(len(words) - 2) if words[k][:1].isupper() and words[k] not in ("The", "A", "An")
                  and _initials(" ".join(words[k:])) in acronyms), None)
        if k is not None:
            name = " ".join(words[k:])
            yield m.end() - len(name), m.end(), name


def _still_named(groups: list[_Group]) -> list[_Group]:
    """The groups that keep a mention and a vote for a label after a rule took mentions from them
    (a group left with only the unlabelled copies `_add_missed` found has no label to give)."""
    return [g for g in groups if g.members and g.votes()]


# An acronym British papers write as a word: "Opec", "Nato", "Unicef".
_TITLE_CASE_ACRONYM = re.compile(r"^[A-Z][a-z]{2,5}$")
_DOTTED_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,5}$")


def _fold_acronyms(groups: list[_Group]) -> list[_Group]:
    """An acronym joins the one name of the article, of the same label, whose capitalised words
    it spells: "The National Institute of Economic and Social Research (NIESR) claims ... According
    to NIESR" is one body, named in full, and "the European Commission ... the EC" another; so does
    one written as a word ("the Organization of the Petroleum Exporting Countries ... Opec said"). An
    acronym the model gave another label than a place's joins a body's full name too: "The
    National Transportation Safety Board said ... The NTSB said" (WORK_OF_ART)."""
    spelt: dict[tuple[str, str], list[_Group]] = defaultdict(list)   # (initials, label) -> full names
    for g in groups:
        if " " in g.name() and g.label() != "PERSON":
            spelt[(_initials(g.name()), g.label())].append(g)
    def owner_of(g):
        name = g.name()
        letters = name.replace(".", "") if _DOTTED_ACRONYM.match(name) else name   # "the M.T.A."
        acronym = len({m[2] for m in g.members}) == 1 and (_ACRONYM_WORD.match(letters)
                                                           or _TITLE_CASE_ACRONYM.match(name))
        full = spelt.get((letters.upper(), g.label()), []) if acronym else []
        if acronym and not full and g.label() not in PLACE_LABELS:
            full = spelt.get((letters.upper(), "ORG"), [])
        return full[0] if len(full) == 1 else None
    # named in full: "The Independent National Electoral Commission (INEC)" once and INEC five times
    return _fold_into_owners(groups, owner_of, named_in_full=True)


def _fold_bracketed_short_names(text: str, groups: list[_Group]) -> list[_Group]:
    """A short form the article defines once in brackets after a body's full name is that body,
    also when its letters do not spell it (`_fold_acronyms`): "the Netherlands Authority for
    Consumers and Markets (ACM) fined ... The ACM said" is one row. Not a code several names
    share ("Real Tolosa (ESP) and Sevilla Norte (ESP)"), nor a titled name."""
    short = _bracketed_short_forms(text, groups)
    defined = Counter(_SHORT_FORM_AFTER.findall(text))   # how often each short form stands in brackets
    # the full name says what the short form is: "the ... Due Diligence Directive (CSDDD)", a law
    folded = _fold_into_owners(groups, lambda g: short.get(g.name()) if defined[g.name()] == 1
                               and not any(_titled_at(text, m[0]) for m in g.members) else None, keep_label=True)
    _short_forms_missed(text, folded, {form: owner for form, owner in short.items() if defined[form] == 1})
    return folded


def _short_forms_missed(text: str, groups: list[_Group], short: dict[str, _Group]) -> None:
    """Every other use of a short form defined once in brackets (`short`) is its body, also where
    the model marked nothing: "the Law Society of Kenya (LSK) ... The LSK's branch chairman", "ODM
    will give its candidate", "Wits said"."""
    kept = set(map(id, groups))
    owners = {form: owner for form, owner in short.items() if id(owner) in kept}
    if not owners:
        return
    taken = _taken(text, groups)
    for s, e in _occurrences(text, list(owners)):   # one pass over the text for all the forms
        if not any(taken[s:e]) and not _titled_at(text, s):
            owners[text[s:e]].members.append((s, e, text[s:e], ""))
    for owner in {id(o): o for o in owners.values()}.values():
        owner.members.sort()


def _legal_form_after(text: str, end: int) -> tuple[str, ...]:
    """The firm's legal form right after a mention, if any: ("plc",) after "Wessex Vale Water"."""
    word = text[end + 1:end + 10].split(" ", 1)[0].rstrip(",;:") if text[end:end + 1] == " " else ""
    return (word,) if word in LEGAL_FORMS else (word[:-1],) if word[:-1] in LEGAL_FORMS and word[-1:] == "." else ()


def _fold_short_body_names(text: str, groups: list[_Group]) -> list[_Group]:
    """A body named again without its firm's or party's last words joins the one full name it
    shortens, once the body has named it in full (a headline aside): "Quellbrook Freight Ltd has
    cut 200 jobs. Quellbrook said" is one firm, and after a legal form any first words are
    ("Northline Terminals Inc. ... Northline said"), also when the model took the lone word for a
    person's (no title before it). Two full names it may shorten ("Brenton Energy", "Brenton
    Mining") leave it apart. So do the two or more words opening a name before an "and", when it
    ends in an ending: "Kenya Power and Lighting Company ... Kenya Power"."""
    full: dict[str, list[_Group]] = defaultdict(list)   # the words before the endings -> full names
    for g in groups:   # each form of the name, with the legal form the model left after it ("Wessex Vale Water plc")
        forms = {tuple(m[2].split()) + _legal_form_after(text, m[1]) for m in g.members} | {tuple(g.name().split())}
        for words in forms:
            n, legal = len(words), words[-1] in LEGAL_FORMS
            while g.label() == "ORG" and n > 1 and (words[n - 1] in BODY_NAME_ENDINGS or legal):
                n -= 1
                if g not in full[" ".join(words[:n]).lower()]:
                    full[" ".join(words[:n]).lower()].append(g)
            if g.label() == "ORG" and "and" in words[2:-1] and words[-1] in BODY_NAME_ENDINGS \
                    and g not in full[" ".join(words[:words.index("and", 2)]).lower()]:
                full[" ".join(words[:words.index("and", 2)]).lower()].append(g)
    def owner_of(g):
        owners = full.get(g.name().lower(), [])
        # a shorter name of the same firm is no rival: the headline's "Brightwell Energy" beside
        # "Brightwell Energy Group plc" ("Brenton Energy" and "Brenton Mining" stay two firms)
        owners = [o for o in owners if not any(p is not o and p.name().startswith(o.name() + " ") for p in owners)]
        if len(owners) != 1 or owners[0] is g or not _introduced_before(owners[0], g, text):
            return None
        untitled = not any(_titled_at(text, m[0]) for m in g.members)   # "Mr Quellbrook" is a person
        return owners[0] if g.label() == "ORG" or g.label() == "PERSON" and untitled else None
    return _fold_into_owners(groups, owner_of, keep_label=True)


def _named_place(name: str) -> bool:
    """A country by any of its names ("US"), or a place by its own name: "BBC", another name of Bay
    City, Texas, is none."""
    found = gazetteer_entries(name)
    return bool(found) and (found[0].kind == "country" or found[0].primary and found[0].name == name)


def _fold_bodies_without_their_place(text: str, groups: list[_Group]) -> list[_Group]:
    """A body named again without the place that opens its name joins the one full name it
    shortens, once the article has named it in full: "the Hong Kong Jockey Club ... The Jockey Club
    said" is one body, and so is "Aston Villa ... Villa"; "United" beside Manchester United and Leeds
    United is neither, and "the Labour Party" before "Stevenage Labour Party" is the national party,
    not its branch. A town's team and its nickname ("the Regina Falcons ... The Falcons") are the
    clubs' rules' business."""
    full: dict[str, list[_Group]] = defaultdict(list)   # the name less its place -> full names
    for g in groups:
        words = g.name().split()
        for n in (1, 2):
            if g.label() == "ORG" and len(words) > n and not town_and_nickname(g.name()) \
                    and _named_place(" ".join(words[:n])):
                full[" ".join(words[n:])].append(g)
    def owner_of(g):
        owners = full.get(g.name(), [])
        return owners[0] if len(owners) == 1 and g.label() == "ORG" and not g.name().isupper() \
            and _introduced_before(owners[0], g, text) else None   # "UKIP" is no "London UKIP"
    return _fold_into_owners(groups, owner_of)


MAX_CLIP = 4   # letters of a clipped word, a plural's "s" aside: "Met", "Fed", "Lib", "Dems", "Man"


def _clips(short: str, full: str) -> bool:
    """Does `short` clip the first words of `full`, each a start of its word of a few letters, one
    shorter ("Met" of "Metropolitan Police", "Lib Dems" of "Liberal Democrats", "Man City" of
    "Manchester City"; not "Leeds City", the club, of "Leeds City Council", nor "Islam" of "Islamic
    Human Rights Commission", nor an acronym: "EU" of "European Council")?"""
    clipped, words = short.split(), full.split()
    return len(clipped) <= len(words) and all(
        c.isalpha() and w.isalpha() and not c.isupper() and w.lower().startswith(c.rstrip("s").lower())
        and len(c.rstrip("s")) <= MAX_CLIP for c, w in zip(clipped, words)) \
        and any(len(c.rstrip("s")) < len(w.rstrip("s")) for c, w in zip(clipped, words))


def _fold_clipped_names(text: str, groups: list[_Group]) -> list[_Group]:
    """A body's clipped name joins the one full name it clips, once the article has named it in
    full: "the Metropolitan Police ... Detectives from the Met", "the Federal Reserve ... the Fed
    said", "the Liberal Democrats ... the Lib Dems' spokesperson" ("Mac" before "Macworld Expo" is
    the computer)."""
    bodies = [g for g in groups if g.label() == "ORG" and " " in g.name()]
    def owner_of(g):
        owners = [o for o in bodies if o is not g and _clips(g.name(), o.name())] if g.label() == "ORG" else []
        return owners[0] if len(owners) == 1 and _introduced_before(owners[0], g, text) else None
    return _fold_into_owners(groups, owner_of)


# A body's head word, capitalised after "the", standing for the body named in full: "The Federal
# Ministry of Health said ... The Ministry has also ordered", "the National Assembly ... Members of the
# Assembly", "the Bank of England ... The Bank said".
_BARE_HEAD = re.compile(r"\b[Tt]he (Ministry|Assembly|Commission|Council|Agency|Department|Authority|Committee|"
                        r"Tribunal|Court|Senate|Bureau|Inquiry|Directorate|Inspectorate|Secretariat|Regulator|Bank)\b"
                        r"(?![\w’'-]|,? (?:of |for )?[A-Z])")


def _fold_bare_heads(text: str, groups: list[_Group]) -> list[_Group]:
    """Each bare head (`_BARE_HEAD`) joins the one body of the article whose name holds the word, in
    place of the model's lone mention of it; none where two bodies do ("the Supreme Court" and "the
    Court of Appeal")."""
    found = list(_BARE_HEAD.finditer(text))
    owners = {h: [g for g in groups if g.label() == "ORG" and len(g.name().split()) > 1 and h in g.name().split()]
              for h in {m.group(1) for m in found}}
    owners = {h: gs[0] for h, gs in owners.items() if len(gs) == 1}
    if not owners:
        return groups
    taken = _taken(text, groups)
    lone = {g.name(): g for g in groups if g.name() in owners}
    for m in found:
        owner, (s, e) = owners.get(m.group(1)), m.span(1)
        if owner is not None and not any(taken[s:e]):
            owner.members.append((s, e, m.group(1), ""))
    for name, g in lone.items():
        _join_group(owners[name], g)
    return [g for g in groups if all(g is not x for x in lone.values())]


def _fold_into_owners(groups: list[_Group], owner_of, *, named_in_full: bool = True,
                      keep_label: bool = False) -> list[_Group]:
    """The groups less those `owner_of` gives an owner (another group), each joined into it."""
    folded = []
    for g in groups:
        owner = owner_of(g)
        if owner is not None and owner is not g:
            _join_group(owner, g, named_in_full=named_in_full, keep_label=keep_label)
        else:
            folded.append(g)
    return folded


def _join_group(owner: _Group, group: _Group, *, named_in_full: bool = False, keep_label: bool = False) -> None:
    """Fold a group's mentions and evidence into its owner's; `named_in_full`: the owner's own
    mentions name the row ("Oduduwa Cement Plc", not the headline's "Oduduwa Cement");
    `keep_label`: the group's votes for another label are misreadings of the owner ("Ascensori
    Morandi S.p.A. ... Ascensori Morandi", PERSON for the model), outweighed."""
    if keep_label and group.label() != owner.label():
        owner.evidence[owner.label()] += sum(group.votes().values()) + 1
    if named_in_full:
        owner.named_at.update(m[0] for m in owner.members)
    owner.members = sorted(owner.members + group.members)
    owner.evidence.update(group.evidence)


def _initials(name: str) -> str:
    """The capitals an acronym of the name would have: "Organisation for Economic Co-operation
    and Development" spells OECD (words in lower case, like "for" and "and", add none)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


# The last word of a competition's name: "UEFA Cup", "PGA Tour", "British Masters", "American
# League" (in sports copy; elsewhere "Arab League" is a body, so only the unambiguous words).
_COMPETITION_END = re.compile(r"\b(?:Cup|Championships?|Trophy|Olympics|Grand Prix|World Series|Marathon|Regatta|"
                              r"Festival|Carnival|Fringe|Biennial|Biennale|Triennial|Triennale|Summit|"
                              r"Air Show|Motor Show|Flower Show|Expo|Matsuri)$",
                              re.IGNORECASE)
_SPORTS_COMPETITION_END = re.compile(r"\b(?:League|Series|Tour|Open|Games|Masters|Classic|Prix|Finals?|"
                                     r"Tournament|Central|East|West)$", re.IGNORECASE)


def _club_evidence(text: str, groups: list[_Group], datelines: list[tuple[int, int]]) -> None:
    """In sports copy and a sports desk's prose (`is_sports_story`) a town's name is its club
    ("joined Newcastle", "Cleveland 's lead", "beat Somerset") unless the text puts something in
    it ("in Milan", "at Leeds") or it heads the dateline; a nation's name stays its country
    (national sides are their countries)."""
    starts = {s for s, _ in datelines}
    clubs = frozenset(g.name() for g in groups if g.label() == "ORG")
    for g in groups:
        name = g.name()
        if g.label() in ("GPE", "LOC", "PERSON") and _town_and_a_plural_noun(name):
            g.evidence["ORG"] += sum(g.votes().values()) + g.evidence["PERSON"] + 1   # "beat Kano Pillars with"
            continue
        if g.label() == "PERSON" and " " not in name and _joined_with_a_club(text, g, clubs):
            g.evidence["ORG"] += sum(g.votes().values()) + g.evidence["PERSON"] + 1   # "fines Celtic and Feyenoord"
            continue
        if g.label() not in ("GPE", "LOC", "PERSON") or g.evidence["PERSON"] > 0:
            continue
        # a "person" only when the name is a county or a big town ("Derbyshire", "Surrey"), not "Brown",
        # or a club's town of CLUB_TOWN_PERSON people met nowhere on a lineup's line ("Bolton host
        # Arsenal"; a lineup's "Jackson, Bracken" are players)
        if g.label() == "PERSON" and not (_is_region(name) or _big_place(name) or _club_town_not_listed(text, g)):
            continue
        if town_named_as_club(text, name, [(s, e) for s, e, _, _ in g.members], starts):
            g.evidence["ORG"] += sum(g.votes().values()) + 1


_JOINED_BEFORE = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*) (?:and|or|&) $")
_JOINED_AFTER = re.compile(r" (?:and|or|&) ([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)")


def _joined_with_a_club(text: str, g: _Group, clubs: frozenset) -> bool:
    """In sports copy, is a one-word "person" joined by "and" to a name the article calls a club?
    "Uefa fines Celtic and Feyenoord": both are clubs (people come with a given name somewhere)."""
    for s, e, _, _ in g.members:
        before = _JOINED_BEFORE.search(text, max(0, s - 40), s)
        after = _JOINED_AFTER.match(text, e)
        if before and before.group(1) in clubs or after and after.group(1) in clubs:
            return True
    return False


def _town_and_a_plural_noun(name: str) -> bool:
    """A big town (CLUB_TOWN_PERSON) by its own name and a plural of an English noun: "Kano
    Pillars", "Sydney Swans"; not a person whose surname ends in "s" ("Scott Sanders": Scott,
    Louisiana is small; "Loren Roberts": Loren is another name of Lorain, Ohio)."""
    town, _, last = name.rpartition(" ")
    found = gazetteer_entries(town)
    return town_and_nickname(name) and last.endswith("s") and last[:-1].lower() in _dictionary() \
        and bool(found) and found[0].name == town and found[0].population >= CLUB_TOWN_PERSON


# People in a town a club is named after, for a sports story's one-word "person" to be the club.
CLUB_TOWN_PERSON = 100_000


def _club_town_not_listed(text: str, g: _Group) -> bool:
    """A town big enough that a sports story's one-word "person" named so is its club, when no lineup
    lists the name (lineups name players by surname: "Poole")."""
    found = gazetteer_entries(g.name())
    return bool(found) and found[0].name == g.name() and found[0].kind == "city" \
        and found[0].population >= CLUB_TOWN_PERSON and not any(in_lineup(text, s) for s, _, _, _ in g.members)


def _sports_role_evidence(text: str, groups: list[_Group]) -> None:
    """In any story, a town's name before a player's or coach's role is its club ("Newcastle boss
    Graeme Souness", "the Aberdeen defender"), when the article puts nothing in it ("in Newcastle").
    A nation's side is its country ("Wales fly-half Stephen Jones")."""
    for g in groups:
        # a town's name the model took for a nationality ("the Aberdeen defender") or a person ("Bolton
        # boss Sam Allardyce") too, not a demonym nor a name with a person's marks
        town = g.label() in ("GPE", "LOC") or g.label() == "NORP" and gazetteer_kind(g.name()) in ("city", "region") \
            and not _is_demonym(g.name()) or g.label() == "PERSON" and g.evidence["PERSON"] == 0 and clubs_town(g.name())
        if not town or is_nation(g.name()) or any(placed_in(text, s) for s, _, _, _ in g.members):
            continue
        if any(before_a_sports_role(text, s, e) for s, e, _, _ in g.members):
            g.evidence["ORG"] += sum(g.votes().values()) + 1


# A side after a score and the word that joins it to the score: "were held 1-1 by Brentford", "lost
# 2-0 to Leeds", "a 3-1 win over Hull", "drew 0-0 with Burnley". Not a tennis set ("lost 6-4 to
# Murray", "7-5", a set after a set): a player is beaten by those.
_SCORE_BEFORE = re.compile(r"(?<![\d.:/-])(?<!\d-\d )(?![67]-[0-7]\b|[0-7]-[67]\b)\d{1,2}-\d{1,2} "
                           r"(?:(?:win|victory|defeat|draw|loss) )?(?:by|to|against|with|over) $")


def _missed_result_sides(text: str, groups: list[_Group]) -> None:
    """A side of a result the model missed or cut short is a name of its own when either side is
    a team by itself (`_a_team_side`): "Arsenal beat Chelsea 3-1" had no entity at "Arsenal",
    "beat the Utah Jazz 118-102" only "Utah", "Yorkshire beat Lancashire by five wickets" none
    (`_result_side_evidence` says what kind)."""
    for sides in result_sides(text):
        if sides[0] is None:
            continue
        found = [_group_spanning(groups, *side) for side in sides]
        teams = [_a_team_side(text, side, g) for side, g in zip(sides, found)]
        for k, (s, e) in enumerate(sides):
            if found[k] is not None or found[1 - k] is False or not any(teams):
                continue
            for g in groups:  # a part the model cut out of the side leaves its group
                g.members = [m for m in g.members if not (s <= m[0] and m[1] <= e)]
            same = next((g for g in groups if g.members and _key(g.name()) == _key(text[s:e])
                         and (g.label() not in PLACE_LABELS or is_nation(text[s:e]))), None)
            # not the town ("fans from Dundee"); a national side is its country ("Ireland 21-19 Argentina")
            if same is not None:  # "Leinster beat Ulster 31-14 ... Leinster: Keenan; ...": one side
                same.members.append((s, e, text[s:e], ""))
                same.evidence["ORG"] += 1
            else:
                groups.append(_Group(members=[(s, e, text[s:e], "")], evidence=Counter(ORG=1)))
    groups[:] = [g for g in groups if g.members]


def _result_side_evidence(text: str, groups: list[_Group]) -> None:
    """Both sides of a result are of one kind ("Arsenal beat Chelsea 3-1"): when either is a team
    by itself (`_a_team_side`: the model's organisation, place or facility, no place beating
    anyone, or a town's or region's name, which sides are named after), both are teams, whatever
    the model called the other ("the Miami Heat" a facility, "Munster" a person); a national side
    keeps its country's label. A result that names one side ("came from behind to beat Sunderland
    2-1") makes it a team when it is one by itself. Two people stay people ("Federer beat Nadal
    6-4"), and so does a side with a person's marks (a title, "who"), but for a town's name, which
    British copy gives "who" and "said" as a club ("Bath, who led 20-17 at the break"): a title
    only. Where the game was played is a facility (`sports.grounds`)."""
    for sides in result_sides(text):
        sides = [side for side in sides if side is not None]
        found = [_group_spanning(groups, *side) for side in sides]
        if any(g is None or g is False for g in found) \
                or not any(_a_team_side(text, side, g) for side, g in zip(sides, found)):
            continue
        for g in found:
            if _is_demonym(g.name()):
                continue  # "The Irish coach knows a repeat of the 83-3 victory over the States": a nation's side
            town = clubs_town(g.name())   # "Bath, who led 20-17 at the break": a club takes "who" and "said"
            if any(_titled_at(text, s) if town else _person_cue(text, s, e) for s, e, _, _ in g.members) \
                    or g.evidence["PERSON"] > 0 and not town:
                continue
            g.evidence["GPE" if is_nation(g.name()) else "ORG"] += sum(g.votes().values()) + 1
    for s, e in grounds(text):  # "... 3-1 at the Emirates": the ground, not the country
        g = _group_spanning(groups, s, e)
        if g:
            g.evidence["FAC"] += sum(g.votes().values()) + 1


def _a_team_side(text: str, side: tuple[int, int], group) -> bool:
    """A side of a result that is a team by itself: one the model calls an organisation, a place or
    a facility, or a name it missed of a town or region that could field a side ("Leinster",
    "Yorkshire"; `sports.clubs_town`) with no person's marks."""
    if group is False:
        return False
    if group is not None and group.label() in _SIDE_LABELS:
        return not _is_demonym(group.name())  # "Hibernian" NORP is a team, "the Irish" a nation
    name = text[side[0]:side[1]]  # a name the model calls a person stays one: Murray is a town too
    return group is None and (clubs_town(name) or town_and_nickname(name)) and not is_nation(name) \
        and not _person_cue(text, *side)


# A side the model read as a body, a place, or a thing no person is ("Hearts" PRODUCT, "Hibernian"
# NORP in "Hearts and Hibernian shared the points"): a team.
_SIDE_LABELS = frozenset({"ORG", "NORP", "PRODUCT"}) | PLACE_LABELS


def _group_spanning(groups: list[_Group], start: int, end: int):
    """The group with a mention of exactly text[start:end]; None when no mention reaches outside
    it (none, or only parts of it the model cut short), False when one does (a side the model read
    otherwise: leave the result alone)."""
    found = None
    for g in groups:
        for s, e, _, _ in g.members:
            if (s, e) == (start, end):
                return g
            if s < end and start < e and not (start <= s and e <= end):
                found = False
    return found


def _score_side_evidence(text: str, groups: list[_Group]) -> None:
    """A one-word name the model read as a person, right after a score ("held 1-1 by Brentford"),
    is a team, unless anything says person (a title, "who", a speech verb)."""
    for g in groups:
        if g.label() != "PERSON" or " " in g.name() or g.evidence["PERSON"] > 0 \
                or any(_person_cue(text, s, e) for s, e, _, _ in g.members):
            continue
        sides = sum(1 for s, _, _, _ in g.members if _SCORE_BEFORE.search(text, max(0, s - 24), s))
        if sides:
            g.evidence["ORG"] += sum(g.votes().values()) + 1


# British English gives a team or a band a plural verb: "Everton have missed a couple of players",
# "Portishead have revealed". Not a name in a list ("Leicester and
# Saracens are"), after a preposition ("sales in the UK are down", "students like Rai have") or
# a participle ("troops besieging Turin were defeated").
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:have|are|were)\b")
_NOT_SUBJECT_BEFORE = re.compile(r"(?:(?:\b(?i:and|or|nor|plus|with)\b|[,&])[^.;:!?\n]{0,30}|\b(?:(?i:in|at|of|from|to|for|"
                                 r"on|by|into|across|within|throughout|outside|near|if|like|as|than|including)|"
                                 r"[a-z]+ing)\s+(?:the\s+)?)$")


def _collective_evidence(text: str, groups: list[_Group]) -> None:
    """A one-word name read as a person, or as a place the gazetteer does not know, that takes a
    plural verb is a team or a band: no person takes "have" alone ("Kasabian, who are at number
    eight"). Not when anything says person (a title, "who" for one, a speech verb). (A known town
    read as a place stays one: the places table reads the model's places, and must agree.) A nation's
    side is its country ("when Wales were trailing")."""
    for g in groups:
        name, label = g.name(), g.label()
        if " " in name or name.isupper() or g.evidence["PERSON"] > 0 or label not in ("PERSON", "GPE", "LOC") \
                or is_nation(name) \
                or label != "PERSON" and gazetteer_kind(name) \
                or any(_person_cue(text, s, e) and not _WHO_PLURAL_AFTER.match(text, e) for s, e, _, _ in g.members):
            continue
        if any(_WHO_PLURAL_AFTER.match(text, e) or _PLURAL_VERB_AFTER.match(text, e)
               and not _NOT_SUBJECT_BEFORE.search(text[max(0, s - 40):s]) for s, e, _, _ in g.members):
            g.evidence["ORG"] += sum(g.votes().values()) + 1


# The nouns for a people's members a faith's or a people's word stands before: "the Sikh community",
# "Igbo families", "Muslim, Sikh, Hindu and Christian leaders" (PERSON for the model).
_PEOPLES_MEMBERS_AFTER = re.compile(r"(?:\s*,\s*[A-Z][a-z]+)*(?:,?\s+and\s+[A-Z][a-z]+)?\s+(?:families|community|"
                                    r"communities|people|leaders|elders|women|men|youths|villagers|clans|households|"
                                    r"worshippers|pilgrims|faithful|congregations?|diaspora)\b")


def _peoples_word_evidence(text: str, groups: list[_Group]) -> None:
    """A one-word "person" every mention of which stands before its people's members
    (`_PEOPLES_MEMBERS_AFTER`), with no title, is a nationality or a faith's people (NORP)."""
    for g in groups:
        if " " in g.name() or g.label() != "PERSON" or any(_titled_at(text, s) for s, _, _, _ in g.members):
            continue
        if all(_PEOPLES_MEMBERS_AFTER.match(text, e) for _, e, _, _ in g.members):
            g.evidence["NORP"] += sum(g.votes().values()) + g.evidence["PERSON"] + 1


# A person's name takes no article: "the Premiership table", "the G8 group", "the Pew researchers",
# "the Anfield crowd" (PERSON for the model) name no one. Only before the nouns a person lends a
# name to ("the Bush administration", "the Ambani family", "the Dickens character", "the Eminem of
# Argentina") or beside another name ("the Rogers and Hammerstein classic", "the Bush/Kerry contest").
_THE_BEFORE_NAME = re.compile(r"\bthe\s+$")
_NAME_LENT_AFTER = re.compile(r"(?:-[A-Z][\w'’]+)?(?:'s?|’s?)?\s*(?:(?:and|&|/)\s*[A-Z]|(?:family|families|"
                           r"administration|government|reforms?|plan|rules?|law|prize|award|medal|"
                           r"cabinet|years|era|presidency|premiership|household|brothers|sisters|twins|estate|camp|"
                           r"clan|dynasty|children|report|review|inquiry|doctrine|effect|character|role|diet|way|style|"
                           r"legacy|case|affair|trial|of)\b)")


def _definite_article_evidence(text: str, groups: list[_Group]) -> None:
    """A one-word "person" the article puts "the" before (see _THE_BEFORE_NAME), with no title,
    age or pronoun of a person, is what the model's other readings say (but not a place or a
    people: the model's GPE for the drug Vioxx), else a body; a place's name is left to the place
    rules, unless only a village's ("Sega", Kenya), and a plural's to `_collective_evidence` ("the
    Grapes" is a pub, "the Beatles" a band)."""
    for g in groups:
        name = g.name()
        if " " in name or name.endswith("s") or g.label() != "PERSON" or g.evidence["PERSON"] > 0 \
                or gazetteer_kind(name) and not _hamlet(name) or name.lower() in TITLES_BEFORE_A_NAME | REGNAL_TITLES:
            continue
        if any(_person_marked(text, s, e) or _PERSONAL_PRONOUN_AFTER.match(text, e) for s, e, _, _ in g.members):
            continue
        if any(_THE_BEFORE_NAME.search(text, max(0, s - 5), s) and not _NAME_LENT_AFTER.match(text, e)
               for s, e, _, _ in g.members):
            others = Counter(m[3] for m in g.members if m[3] and m[3] not in PLACE_LABELS | {"PERSON", "NORP"})
            label = others.most_common(1)[0][0] if others else "ORG"
            g.evidence[label] += sum(g.votes().values()) + 1


# A body's own "its" after its speech verb: "In a statement, Salar Andino said its wells drew on brine"
# (PERSON for the model); a person "said it" too ("Smith said it was unfair"), but not "its".
_SAID_ITS_AFTER = re.compile(r",?\s+(?:said|says|added|announced|insisted|stressed|denied)\s+(?:that\s+)?its\b")


def _own_its_evidence(text: str, groups: list[_Group]) -> None:
    for g in groups:
        if g.label() == "PERSON" and not any(_person_marked(text, s, e) for s, e, _, _ in g.members) \
                and any(_SAID_ITS_AFTER.match(text, e) for _, e, _, _ in g.members):
            g.evidence["ORG"] += sum(g.votes().values()) + g.evidence["PERSON"] + 1


# What only one person does after a name: "Juninho, who has just bought a new home", "Kamara said he
# was fit" (a body "said it"; a team or band "who have").
_ONE_PERSON_AFTER = re.compile(r"\s*,?\s+(?:who\s+(?:has|is|was)|(?:said|says|added|admitted|insisted)\s+(?:he|she))\b")


def _one_person_evidence(text: str, groups: list[_Group]) -> None:
    """A one-word name the model reads as an organisation is a person when the article says
    what only a person does after it, and nothing says company ("Juninho shares") or place; not
    after "the" ("the Kiwi said he": a nationality's nickname)."""
    for g in groups:
        name = g.name()
        if " " in name or name.isupper() or g.label() != "ORG" or g.evidence["ORG"] > 0 or gazetteer_kind(name):
            continue
        if any(_ONE_PERSON_AFTER.match(text, e) for _, e, _, _ in g.members) \
                and not any(_THE_BEFORE.search(text[max(0, s - 5):s]) for s, _, _, _ in g.members):
            g.evidence["PERSON"] += sum(g.votes().values()) + 1


def _described_person_evidence(text: str, groups: list[_Group]) -> None:
    """Two or three capitalised words the model read as a place or a body, which the gazetteer does
    not know as one name, are a person's when "who" and a verb in the singular follow, or a role set
    off with "the": "Orlando Beaumont, who chairs a plain English group" (GPE: Orlando and Beaumont
    are towns), "Paris Whitlock, the council's head of communications," (ORG)."""
    for g in groups:
        words = g.name().split()
        if g.label() not in ("ORG", "GPE", "LOC") or g.evidence["ORG"] > 0 or not 2 <= len(words) <= 3 \
                or not all(_NAME_WORD.match(w) for w in words) or gazetteer_kind(g.name()) or club_name(g.name()) \
                or any(w.lower() in ORG_HEAD_WORDS for w in words):
            continue
        if any(_described_as_a_person(text, e) for _, e, _, _ in g.members):
            g.evidence["PERSON"] += sum(g.votes().values()) + 1


def _described_as_a_person(text: str, end: int) -> bool:
    """What follows a name only when it is a person's (`_WHO_DOES_AFTER`, `_THE_ROLE_APPOSED`)."""
    return bool(_WHO_DOES_AFTER.match(text, end) or _THE_ROLE_APPOSED.match(text, end))


# "who" and a verb in the singular after a name: "Orlando Beaumont, who chairs"; British copy gives
# bodies and teams "who" with a plural verb ("Exeter City, who knocked out", "the Tamil Tigers, who want").
_WHO_DOES_AFTER = re.compile(r",\s+who\s+(?:(?:also|now|still)\s+)?(?:has|is|was|does|[a-z]+[^s\W]s)\b")
# A person's role set off after a name with "the", perhaps a body's: ", the council's head of", ", the chief executive,"
_THE_ROLE_APPOSED = re.compile(r",\s+the\s+(?:[A-Za-z]+['’]s\s+)?(?:[a-z-]+\s+){0,2}(?:"
                               + "|".join(sorted(_ROLES_BEFORE_A_NAME)) + r"|head)(?=[,.;]|\s+(?:of|at|for|in|who)\b)")


def _split_vote_evidence(text: str, groups: list[_Group]) -> None:
    """A one-word name the model calls a person as often as an organisation, with nothing in the
    article that says person (a title, a "who", a speech verb, a he or she after it), is the organisation:
    "Labour" (PERSON twice, ORG twice in "Labour's choice ... represent Labour"), "Sky". The
    model's first reading no longer breaks the tie."""
    for g in groups:
        votes = g.votes()
        if " " in g.name() or g.evidence["PERSON"] or votes.get("PERSON", 0) != votes.get("ORG", -1):
            continue
        if not any(_person_cue(text, s, e) or _personal_use(text, s, e) for s, e, _, _ in g.members):
            g.evidence["ORG"] += 1


_AT_FACILITY = re.compile(r"\b(?:at|on|in|near|outside|inside|to|from)\s+(?:the\s+)?$", re.IGNORECASE)


# Facility heads that are also surnames ("Damon Hill", "Stuart Hall", "John Tower", "Picabo Street"):
# a "person" ending in one may be one.
_SURNAME_HEADS = frozenset({"hill", "hall", "tower", "park", "street", "palace", "ground", "bridge"})


# Buildings, grounds and works of engineering that no stretch of land is named with (unlike "Park",
# "Hill", "Square"): "the Polihali Dam" and "the Mumbai-Pune Expressway" are built (LOC for the model).
_GROUND_HEADS = frozenset({"stadium", "arena", "airport", "racecourse", "circuit", "dam", "tunnel", "expressway",
                           "motorway", "freeway", "viaduct", "causeway"})
# Last words of the names of land and water, which no body's or person's name ends with (unlike
# "Forest", "Bay", "Coast": Nottingham Forest, Green Bay, Ivory Coast play football).
_LAND_AND_WATER_HEADS = frozenset("""peninsula island islands mountains valley desert glacier canyon plateau
strait gulf ocean sea""".split())


# Ground and street words that open the name in other languages: "the Estadio Municipal de Braga",
# "Via Solferino" (PERSON for the model); not "Stade", which opens clubs' names too ("Stade Toulousain").
_GROUND_OPENINGS = frozenset({"Estadio", "Estádio", "Stadio", "Stadion",
                              "Via", "Viale", "Piazza", "Rue", "Calle", "Avenida", "Rua"})


def _facility_evidence(text: str, groups: list[_Group]) -> None:
    """"stored on the International Space Station", "a match at Wembley Stadium": a building or
    ground the article puts something at is a place, not the body that runs it; a "person" named
    like a building ("Wembley Stadium") is the building."""
    for g in groups:
        words = g.name().split()
        if len(words) < 2 or words[-1].lower() not in FACILITY_HEADS | _GROUND_HEADS \
                and words[0] not in _GROUND_OPENINGS:
            continue
        if g.label() == "PERSON" and words[-1].lower() not in _SURNAME_HEADS \
                and not any(_person_cue(text, s, e) for s, e, _, _ in g.members):
            g.evidence["FAC"] += sum(g.votes().values()) + 1  # "Wembley Stadium" is nobody
        elif g.label() == "ORG" and any(_AT_FACILITY.search(text[max(0, s - 12):s]) for s, _, _, _ in g.members) \
                or g.label() in ("LOC", "GPE", "WORK_OF_ART") and words[-1].lower() in _GROUND_HEADS:
            g.evidence["FAC"] += sum(g.votes().values()) + 1   # "the Arun Jaitley Stadium" was LOC


# Heads of a name that only a body takes: "the Waitangi Tribunal" (FAC for the model), "the Fair
# Work Commission" (LOC).
_BODY_ONLY_HEADS = frozenset("tribunal commission committee agency ministry authority department".split())


def _body_head_evidence(groups: list[_Group]) -> None:
    for g in groups:
        words = g.name().split()
        if len(words) >= 2 and words[-1].lower() in _BODY_ONLY_HEADS and g.label() in ("FAC", "LOC", "GPE"):
            g.evidence["ORG"] += sum(g.votes().values()) + 1


def _land_and_water_evidence(groups: list[_Group]) -> None:
    """"the Gaspé Peninsula" (ORG), "the Hunza Valley" (PERSON): land and water, LOC; not a body
    named after it ("University of the Highlands and Islands", "a Project for Farmers of the
    Chancay-Huaral Valley"); and a name the gazetteer holds as water only (`_only_water`)."""
    for g in groups:
        words = g.name().split()
        if len(words) >= 2 and words[-1].lower() in _LAND_AND_WATER_HEADS and g.label() in ("ORG", "PERSON") \
                and "of" not in words and not any(w.lower() in ORG_HEAD_WORDS for w in words) \
                or len(words) == 3 and words[0] in ("Isle", "Isles") and g.label() == "ORG":
            g.evidence["LOC"] += sum(g.votes().values()) + 1   # "the Isle of Wight" ORG for the model
        elif g.label() in ("ORG", "PERSON") and _only_water(g.name()):
            g.evidence["LOC"] += sum(g.votes().values()) + 1   # "Barges on the Danube are sailing" (ORG)


def _only_water(name: str) -> bool:
    """The gazetteer knows the name, by that very name, as a river, lake or sea only: "Danube"."""
    found = gazetteer_entries(name)
    return bool(found) and all(c.kind == "water" for c in found) and by_own_name(found[0], name)


# An act of a parliament is a law (OntoNotes LAW), whatever the model said: "the Kerala Public Health
# Act" (ORG), "the Patriot Act"; so are a named regulation, directive, ordinance or treaty ("the
# European Union Deforestation Regulation" was ORG, "the Lisbon Treaty", "the Paris Agreement" EVENT).
# "the Resource Management Act 1991" (ORG) too.
_ACT_END = re.compile(r"\S \b(?:Act(?: \d{4})?|Regulations?|Directive|Ordinance|Treaty|Agreement|Accords?|Protocol|"
                      r"Framework)$")


def _law_evidence(groups: list[_Group]) -> None:
    for g in groups:
        if _law_name(g.name()) and g.label() != "LAW":
            g.evidence["LAW"] += sum(g.votes().values()) + 1


def _law_name(name: str) -> bool:
    """A law's name by its last word, unless a body's head word opens it: "the Department of Water and
    Environmental Regulation" is a department."""
    return _ACT_END.search(name) is not None and name.removeprefix("The ").split()[0].lower() not in _BODY_HEADS_AND


# A stage race or a cup by its opening words: "the Tour de Romandie", "the Tour of Flanders", "Giro
# d'Italia", "the Copa del Rey", "the Coupe de France", "the Coppa Italia".
_STAGE_RACE = re.compile(r"^(?:Tour (?:de|du|of|d['’])|Giro d['’]|Vuelta a|Copa(?: de[l]?)?|Coupe d[eu]|Coppa) [A-Z]")


def _competition_evidence(text: str, groups: list[_Group], sports: bool) -> None:
    """A competition, a festival or a summit is an event, not the body that runs it ("the UEFA Cup",
    "the PGA Tour", "the ASEAN Leaders' Summit"), nor a person its name honours ("seven Ranji Trophy
    matches": the model's PERSON) unless the text makes it one ("Ms Ama Festival said"), nor its
    ground or town ("the Edinburgh Festival Fringe", "the Rio Carnival": FAC, LOC)."""
    for g in groups:
        name = g.name()
        if g.label() not in ("ORG", "PERSON", "FAC", "LOC", "PRODUCT") or " " not in name or g.label() != "ORG" and (
                not (_COMPETITION_END.search(name) or _tournament(text, name, sports))
                or any(_person_marked(text, s, e) or _SPEECH_AFTER.match(text[e:e + 16]) for s, e, _, _ in g.members)):
            continue
        if _COMPETITION_END.search(name) or _STAGE_RACE.match(name) or _tournament(text, name, sports) \
                or sports and _SPORTS_COMPETITION_END.search(name) \
                and re.search(r"\b(?:League|Tour|Series|Open|Masters|Classic|Prix|Games)\b", name, re.IGNORECASE):
            g.evidence["EVENT"] += sum(g.votes().values()) + 1


def _tournament(text: str, name: str, sports: bool) -> bool:
    """"the San Jose Open" (LOC for the model), "the Chennai Open" (FAC) in a sports story."""
    return name.endswith(" Open") and (sports or is_sports_story(text))


# A short form an organisation's full name defines in brackets: "the Academy of Motion Picture Arts
# and Sciences (Ampas)", "the Music Managers' Forum (MMF)".
_SHORT_FORM_AFTER = re.compile(r"\s*\(([A-Z](?:[A-Za-z&]{1,9}|[a-zäöüß]{9,24}))\)")


def _bracketed_short_name_evidence(text: str, groups: list[_Group]) -> None:
    """The short form of a body's name, defined in brackets after it (`_bracketed_short_forms`),
    is that body wherever it stands: "Ampas decided ...", "Apacs said" are no people."""
    short = _bracketed_short_forms(text, groups)
    for g in groups:
        if g.name() in short and g.label() != "ORG":
            g.evidence["ORG"] += sum(g.votes().values()) + 1


def _bracketed_short_forms(text: str, groups: list[_Group]) -> dict[str, _Group]:
    """Short forms a body's full name defines in brackets, beginning with the first letter of one of
    its capitalised words ("the University of the Witwatersrand (Wits)") or in six capitals at most
    ("Legal Affairs Committee (JURI)"; not a game's maker: "FATAL FORCE (MACROSPACE)"), and the
    body: not a nation or a big place ("Ford Motor (US)"), nor a player's club ("L Cullen
    (Leinster)"; "Sebastien Bruno (Sale)" in a team sheet's line of names and brackets: the model
    called him a body)."""
    short: dict[str, _Group] = {}
    for g in groups:   # a body's or a law's: "the Multi-Fibre Agreement (MFA)"
        if g.label() not in ("ORG", "LAW") or " " not in g.name() or _INITIAL_SURNAME.match(g.name()):
            continue
        initials = _initials(g.name())  # "the University of the Witwatersrand (Wits)"
        for s, e, _, _ in g.members:
            m = _SHORT_FORM_AFTER.match(text, e)
            if m and (m.group(1)[0] in initials or m.group(1).isupper() and len(m.group(1)) <= 6
                      or _own_language_name(m.group(1)) or _clipped_from(m.group(1), g.name())) \
                    and not is_nation(m.group(1)) and not _big_place(m.group(1)) \
                    and not _name_word_before(text, s) and not _listed_with_brackets(text, s, m.end()):
                short.setdefault(m.group(1), g)
    return short


def _clipped_from(short: str, name: str) -> bool:
    """A short form made of clipped words, one of which opens a word of the name: "the Water Services
    Regulation Authority (Ofwat)", "the Ghana Cocoa Board (Cocobod)". No place's name: "(Waterford)"."""
    return not gazetteer_kind(short) and any(
        len(w) >= 4 and w[:3].lower() in short.lower() for w in name.split() if w[:1].isupper())


def _own_language_name(word: str) -> bool:
    """"the Federal Network Agency (Bundesnetzagentur)": a long word no dictionary or map holds is
    the body's name in its own language."""
    return len(word) >= 10 and not _in_dictionary(word) and not gazetteer_kind(word)


def _listed_with_brackets(text: str, start: int, end: int) -> bool:
    """Is the name and its bracket one of a list of names with brackets ("Nicolas Mas (Perpignan),
    Sebastien Bruno (Sale), Sylvain Marconnet (Stade Francais)": players and their clubs)?"""
    return _BRACKET_LISTED_BEFORE.search(text, max(0, start - 3), start) is not None \
        or _BRACKET_LISTED_AFTER.match(text, end, end + 50) is not None


_BRACKET_LISTED_BEFORE = re.compile(r"\)[,;] $")
_BRACKET_LISTED_AFTER = re.compile(r"[,;] [A-Z][^()\n]{0,40}\(")


# A capitalised word right before a body's name (`_name_word_before`)
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w-]*)(?<!['’]s),? $")   # "Radio, Film and Television"


def _name_word_before(text: str, start: int) -> bool:
    """A capitalised word, no "The" or owner's "Britain's", right before a body's name: the model's
    span cut the name short ("the Parliamentary Labour Party (PLP)" read as "Labour Party")."""
    m = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1).lower() not in stop_words()


def _is_demonym(name: str) -> bool:
    """A word of the gazetteer's demonyms ("Brazilian"); False when the gazetteer cannot open."""
    return gazetteer_demonym(name) is not None


def _demonym_evidence(text: str, groups: list[_Group]) -> None:
    """"Two Australians", "the German, hampered by injury", "the Dutchman, who has not played",
    "One Sri Lankan blogger": a demonym (the gazetteer's list) read as a person, place or body
    names a nationality, whatever "who" or a speech verb after it says; a title makes it a name
    ("Mr English said")."""
    for g in groups:
        name = g.name()
        if g.label() == "NORP" or not _is_demonym(name.title() if name.isupper() else name) \
                or any(_titled_at(text, s) for s, _, _, _ in g.members):
            continue
        g.evidence["NORP"] += sum(g.votes().values()) + 1


# Words around a language's name: "speak French all day", "switching to English", "translated into
# Mandarin", "French is their normal language of work", "Igbo-speaking", "Catalan lessons"; "learn"
# and "teach" only before no word ("learning American football" is the game); and "in English." at a
# clause's end.
_SPOKEN_BEFORE = re.compile(r"\b(?:speaks?|spoke|speaking|spoken|fluent|translated into|switch(?:ed|ing)? to|"
                            r"written in|dubbed into|subtitled in)\s+$")
_LEARNT_BEFORE = re.compile(r"\b(?:learn(?:s|ed|ing|t)?|teach(?:es|ing)?|taught|in)\s+$")
_SPOKEN_AFTER = re.compile(r"(?:\s+(?:is|was|as)\s+(?:(?:their|the|its|his|her|our|an?)\s+)?(?:\w+\s+){0,2}language\b"
                           r"|-speaking\b|-language\b|\s+(?:speakers?|lessons|classes|translation|subtitles)\b"
                           r"|\s+(?:is|was|are|were)\s+(?:\w+\s+)?spoken\b)")   # "homes where only English is spoken"
_NOUN_AFTER = re.compile(r"[ -]\w")


def _language_evidence(text: str, groups: list[_Group]) -> None:
    """A nationality's word used as a language (`_SPOKEN_BEFORE`, `_SPOKEN_AFTER`) at half its
    mentions or more is the language, whatever the model or the demonym list said; never a plural
    ("travellers in Germans,"). "Thai subtitles" beside "the Thai nation" and "Thai culture" stays
    the people. A word no demonym list or gazetteer holds is a language too where it is spoken or
    written ("people speak Kiswahili", GPE for the model), and then also "in" it."""
    for g in groups:
        name = g.name()
        demonym = _is_demonym(name)
        if " " in name or name.endswith("s") or not demonym and (gazetteer_kind(name) or g.label() == "PERSON"
                                                                 or name in DAY_NAMES or name in MONTH_NAMES):
            continue
        if not demonym and not any(_SPOKEN_BEFORE.search(text[max(0, s - 24):s]) for s, _, _, _ in g.members):
            continue
        spoken = sum(1 for s, e, _, _ in g.members if _SPOKEN_BEFORE.search(text[max(0, s - 24):s])
                     or _SPOKEN_AFTER.match(text, e)
                     or _LEARNT_BEFORE.search(text[max(0, s - 24):s]) and not _NOUN_AFTER.match(text, e))
        if spoken and 2 * spoken >= len(g.members):
            g.evidence["LANGUAGE"] += sum(g.votes().values()) + g.evidence["NORP"] + 1


def _big_place_evidence(text: str, groups: list[_Group]) -> None:
    """A one-word name the model calls a person that is a big place ("then Glasgow", "the Essen
    police"), with nothing in the article saying person (no title, no "who", no speech, no full
    name it is part of), is the place. Not a region: "Bono" is one in Ghana and a singer."""
    for g in groups:
        name = g.name()
        if g.label() != "PERSON" or g.evidence["PERSON"] > 0 or " " in name or name.isupper() \
                or not _big_place(name):
            continue
        if any(_person_cue(text, s, e) for s, e, _, _ in g.members):
            continue
        g.evidence["GPE"] += sum(g.votes().values()) + 1


# A person's age, then where the person lives: "Darren Holt, 34, of Bolton, admitted" (PERSON).
_AGE_THEN_HOME = re.compile(r",\s+\d{1,3},\s+(?:of|from)\s+$")


def _home_town_evidence(text: str, groups: list[_Group]) -> None:
    """A name the gazetteer knows as a place, right after a person's age and "of" or "from", is
    the town the person lives in, whatever the model called it."""
    for g in groups:
        if g.label() in ("PERSON", "ORG") and gazetteer_kind(g.name()) \
                and any(_AGE_THEN_HOME.search(text[max(0, s - 16):s]) for s, _, _, _ in g.members):
            g.evidence["GPE"] += sum(g.votes().values()) + 1


# A word after a name, other than a function word: the name may modify it as an adjective ("Western
# nations", "Western PC vendors").
_NOUN_AFTER_ADJECTIVE = re.compile(r" (?!(?:and|or|in|on|at|to|for|from|with|by|of|is|was|has|had|have|will|would|"
                                   r"said|says|but|which|where|as)\b)[a-zA-Z]")


def _major_place_evidence(text: str, groups: list[_Group], sports: bool) -> None:
    """A name the model calls an organisation (or a nationality, being none) that is a country or a
    first-level region under this very name, or a one-word region ("'Crimea is off the table,' he
    said": ORG for the model), is the place, as the places table reads it, unless the article
    marks it as a body or is sports copy (where "Queensland" and "Texas" are sides). Not "EU" nor
    "European Union": bodies."""
    if sports:
        return
    firms = {g.name().split()[0] for g in groups if g.label() == "ORG" and " " in g.name()}
    for g in groups:
        name = g.name()
        if g.label() not in ("ORG", "NORP") or g.evidence[g.label()] > 0 or name.isupper() or name in firms \
                or g.label() == "NORP" and (_is_demonym(name) or any(
                    _NOUN_AFTER_ADJECTIVE.match(text, e) or _CAPITAL_BEFORE.search(text, max(0, s - 30), s)
                    for s, e, _, _ in g.members)):
            # "Deliveries will begin in Maharashtra" (NORP); not "Western nations", "Balkan states", nor the
            # end of a longer name ("China Southern and China Eastern")
            continue  # "troubled Delta, parent of Comair" after "Delta Air Lines"
        found = gazetteer_entries(name)
        if found and by_own_name(found[0], name) and found[0].primary and (   # "Mahārāshtra"
                found[0].kind == "country" or found[0].feature == "ADM1" or found[0].feature == "RGN" and " " not in name) \
                and not any(named_body(text, s, e) for s, e, _, _ in g.members):  # "the official newspaper Granma"
            g.evidence["GPE"] += sum(g.votes().values()) + 1


def _country_evidence(text: str, groups: list[_Group]) -> None:
    """A country's very name is the country whatever the model called it (PERSON, NORP, ORG,
    WORK_OF_ART), national sides too, as the places table reads it: "the Seychelles have indicated",
    "beaten 33-15 by Samoa", "Slovakia reach the final"; no nationality ("the future of Gibraltar"
    beside "Gibraltarians"). So is the name of a state or province of two words or more the model
    calls a person ("Nova Scotia's agriculture minister"), outside sports stories, whose sides bear
    such names ("New South Wales"). Not where the text says otherwise: a title ("Mr Chad"), a
    work's cue ("his album Egypt"), a person's marks ("Mauritius who beat them" keeps the model's
    person), which all leave their evidence."""
    sports = None
    for g in groups:
        name, label = g.name(), g.label()
        if label in PLACE_LABELS or g.evidence[label] > 0 and label != "NORP" or g.evidence["PERSON"] > 0 \
                or any(_titled_at(text, s) or _WORK_BEFORE.search(text, max(0, s - 60), s) for s, _, _, _ in g.members):
            continue
        found = gazetteer_entries(name)
        if not found or found[0].name != name:  # "Thai" is Thailand's other name, no country's own
            continue
        state = label == "PERSON" and " " in name and found[0].feature == "ADM1" and found[0].primary
        if state and sports is None:
            sports = is_sports_story(text)
        if is_nation(name) or state and not sports:
            g.evidence["GPE"] += sum(g.votes().values()) + 1


# A capitalised name and a comma right before a mention: "Hamilton, " of "in Hamilton, Bermuda".
_NAME_AND_COMMA = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’.-]*\s)*[A-Z][\w'’.-]*), $")


def _qualifier_evidence(text: str, groups: list[_Group]) -> None:
    """What qualifies a place is a place whatever the model or a "who" after it said, as the places
    table reads it: a country's own name after a town of that country and a comma ("the ship
    docked in Hamilton, Bermuda, who had"; the model: Bermuda PERSON), and Irish "Co Wexford"
    (County Wexford; the model: PERSON)."""
    for g in groups:
        name = g.name()
        if g.label() in PLACE_LABELS:
            continue
        if irish_county(name) is not None or any(_country_after_its_town(text, name, s) for s, _, _, _ in g.members):
            g.evidence["GPE"] += sum(g.votes().values()) + 1


def _country_after_its_town(text: str, name: str, start: int) -> bool:
    """The mention at `start` is a country's own name and the name before it and a comma is one of
    the country's towns in the gazetteer ("Hamilton, Bermuda"; not "Smith, Chad")."""
    m = _NAME_AND_COMMA.search(text, max(0, start - 60), start)
    if m is None:
        return False
    country = country_by_own_name(name)
    return country is not None and any(c.kind == "city" and c.country_code == country.country_code
                                       for c in gazetteer_entries(m.group(1)))


def _speaking_place(name: str) -> bool:
    """A place that speaks for its government or people: a nation, a region or a big city."""
    return is_nation(name) or _is_region(name) or _big_place(name)


# An organisation's name that a village shares ("in Congress": Congress, Arizona, 2,000 people) stays
# the organisation: "in X" is too weak a cue against the model for a place this small.
HAMLET_POPULATION = 10_000


def _hamlet(name: str) -> bool:
    """The best entry for the name is a town smaller than HAMLET_POPULATION."""
    found = gazetteer_entries(name)[:1]
    return bool(found) and found[0].kind == "city" and found[0].population < HAMLET_POPULATION


def _is_region(name: str) -> bool:
    """One of the best entries for the name is a region under this name ("Kent", "Yorkshire")."""
    return any(c.kind == "region" and c.name == name for c in gazetteer_entries(name)[:3])


def _big_place(name: str) -> bool:
    """A country, or a city of half a million, under this very name ("Essen"; not "Rich", whose
    best entry is another name's alternate, nor "Bono", a region)."""
    from ..gazetteer import MAJOR_PLACE_POPULATION

    return any(c.name == name and (c.kind == "country" or c.kind == "city" and c.population >= MAJOR_PLACE_POPULATION)
               for c in gazetteer_entries(name)[:2])


def _person_cue(text: str, s: int, e: int) -> bool:
    """A title before, a "who" or a speech verb around: the words a reader takes for a person."""
    # not a speech verb after a name a preposition holds: "Malcolm Seagrave, security expert at
    # Energis, said" is Seagrave speaking, Energis his employer
    spoken_after = _SPEECH_AFTER.match(text[e:e + 16]) and not _PREPOSITION_BEFORE.search(text[max(0, s - 6):s])
    # nor a speech verb before it that has a subject of its own: "He said Energis also did its own
    # work" opens what he said; "..., said Seagrave" is the speaker
    # nor one that owns what follows: "told Norwich's website", "said Smith's lawyer"
    spoken_before = _SPEECH_BEFORE.search(text[max(0, s - 16):s]) and not _SUBJECT_AND_SPEECH.search(text[max(0, s - 30):s]) \
        and text[e:e + 1] not in ("'", "’") and not before_a_sports_role(text, s, e)   # "said Connacht head coach X"
    return bool(_titled_at(text, s) or _WHO_AFTER.match(text[e:e + 12])
                or spoken_after or spoken_before or _ROLE_JUST_BEFORE.search(text, max(0, s - 24), s))


# A person's role in lower case right before a name: "nurse manager Deirdre Halloran has worked in
# its emergency department" is a person, whatever "its" says.
_ROLE_JUST_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _ROLES_BEFORE_A_NAME))) + r") $")


_PREPOSITION_BEFORE = re.compile(r"\b(?:at|of|for|from|with)\s+$")
_SUBJECT_AND_SPEECH = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[A-Z][a-z]+)\s+(?:"
                                 + "|".join(f for f in SPEECH_FORMS_BEFORE_NAME if " " not in f) + r")\s+$")


def _in_dictionary(word: str) -> bool:
    """The word or its singular is an English common word ("Brands", "Pharmaceuticals")."""
    word = word.lower()
    forms = {word, word[:-1], word[:-2], word[:-3] + "y"} if word.endswith("s") else {word}
    return bool(forms & _dictionary())


# A town and its county or state after a preposition: "from Hartpury, Gloucestershire", "of
# Ledbury, Herefordshire" (the model had WORK_OF_ART, PERSON and ORG for these).
# The region ends its clause: "allies in Congress, Washington backed out" names no town.
_REGION_AFTER = re.compile(rf",\s+({_CAP_WORD})(?=\s*[,.;:)]|$)")
_BEFORE_TOWN = r"\b(?:in|from|near|of|at)\s+"
_TOWN_PREPOSITION = re.compile(_BEFORE_TOWN + "$")
_TOWN_AND_COMMA = re.compile(rf"{_BEFORE_TOWN}(?:{_CAP_WORD}\s+){{0,2}}{_CAP_WORD},\s+$")


def _qualified_place(text: str, start: int, end: int, label: str) -> bool:
    """A name the article pins down as a place: a town after a preposition with a region after its
    comma (not when the group's voted `label` is PERSON: that is left to the person rules), or that
    region itself."""
    after = _REGION_AFTER.match(text, end)
    if after and label != "PERSON" and _TOWN_PREPOSITION.search(text[max(0, start - 8):start]) \
            and _is_region(after.group(1)) and gazetteer_kind(text[start:end]):
        return True
    return bool(_TOWN_AND_COMMA.search(text[max(0, start - 60):start])) \
        and (_is_region(text[start:end]) or _region_abbreviation(text, start, end))


def _region_abbreviation(text: str, start: int, end: int) -> bool:
    """A state's or province's abbreviation with its stop: "London, Ont." (the model's PERSON)."""
    name = text[start:end].rstrip(".")
    return len(name) <= 6 and text[start + len(name):start + len(name) + 1] == "." \
        and region_abbreviation(name + ".")


def _place_evidence(text: str, groups: list[_Group]) -> None:
    """A name the gazetteer knows as a place, labelled otherwise by the model, becomes a place
    when the article also uses it as one ("in Kursk", "the Kursk region", or the model itself
    saying GPE somewhere). A known place with no such use keeps the model's label, and so does an
    organisation sharing its name with a hamlet."""
    places, residents = _model_place_edges(groups), _person_ends(groups)
    for g in groups:
        label = g.label()
        if label in PLACE_LABELS or label not in ("PERSON", "PRODUCT", "ORG", "WORK_OF_ART", "EVENT"):
            continue
        support = named_place = 0
        for s, e, _, model_label in g.members:
            if _SETTLEMENT_OF.search(text[max(0, s - 16):s]) or _qualified_place(text, s, e, label) \
                    or text[max(0, s - 3):s] in ("'s ", "’s ") and _QUARTER_AFTER.match(text, e):
                named_place += 1  # "the village of Kozachya Loknya", "Seattle's Ballard neighborhood"
            # the model's own place vote is no evidence against what the article says ("Parker said")
            if model_label in PLACE_LABELS and (not g.evidence["PERSON"] or _speaking_place(g.name())) \
                    or _PLACE_AFTER.match(text[e:e + 20]) or _listed_with_a_place(text, s, e, places) \
                    or _TERRITORY_POSSESSED.match(text[e:e + 16]) \
                    or _PLACE_OF.search(text[max(0, s - 24):s]) or residence_of(text, s, e, residents) \
                    or _ROUTE_END_BEFORE.search(text[max(0, s - 80):s]) \
                    or _PLACE_BEFORE.search(text[max(0, s - 24):s]) and not _POSSESSOR.match(text, e):
                support += 1
        if named_place:
            g.evidence["GPE"] += 3 * named_place
        if not support or label == "ORG" and not any(m[3] in PLACE_LABELS for m in g.members) \
                and _hamlet(g.name()):
            continue
        kind = gazetteer_kind(g.name())
        if kind:
            g.evidence["LOC" if kind in ("water", "continent") else "GPE"] += 2 * support + 1


# What follows a platform or company: "a YouTube video", "Samsung shares", and a media body's noun in
# any case ("RT Network Banned", as a headline writes it).
_PLATFORM_AFTER = re.compile(r"^[’']?s?\s+(?:account|accounts|post|posts|feed|page|video|videos|users|"
                             r"app|website|site|platform|stream|shares|stock|(?i:network|broadcaster|channel))\b")
# "on Facebook and Twitter": the second of two platforms.
_PLATFORM_BEFORE = re.compile(r"\b(?:(?:on|via|tweeted|posted|websites such as|sites such as)|"
                              r"(?:on|via) [A-Z]\w+ (?:and|or)|[Ss]hare (?:this )?with)\s+$")  # page's share buttons
# "Russian network RT", "the retailer Argos", "telecoms giant BT": a noun that says what kind of body
# the name is, just before it, settles it whatever the model and a speech verb say ("RT said").
_BODY_NOUNS = (r"network|broadcaster|channel|carmaker|car maker|automaker|retailer|supermarket|airline|carrier|"
               r"lender|insurer|newspaper|tabloid|website|startup|chipmaker|drugmaker|outlet|giant|firm|company|"
               r"brewer|exchange|conglomerate|operator|producer|studio|band|record label|building society|bank|charity|"
               r"chain|"
               r"group|movement|parliament|legislature|regulator|watchdog|union|agency|"
               r"analysts|consultancy|pollsters?|think-tank|think tank|thinktank|"
               r"publisher")  # "research at analysts Gartner" (Gartner was PERSON), "think-tank Demos"
_BODY_NOUN_THEN_WORD = re.compile(rf"(?<=[a-z] )(?<!aircraft )(?:{_BODY_NOUNS}) ([A-Z][\w&-]+)"
                                  r"(?=['’]s |['’]s[,.;:]| [a-z]|[,.;:]| ?$)",
                                  re.MULTILINE)   # its possessive too, without the "'s": "firm Yukos's"
# ... or its plural before examples: "Some networks, such as Orange, charge", "operators including Orange",
# "technology firms Earthlink and Webroot" (PERSON).
BODY_NOUN_BEFORE = re.compile(rf"\b(?:(?:{_BODY_NOUNS})|(?:{_BODY_NOUNS.replace('company|', 'compan(?:y|ie)|')})s"
                              r"(?:,? (?:such as|including))?) +$")
# ... or set off by commas after it: "Facebook's parent company, Meta, has agreed", "Germany's
# parliament, the Bundestag, approved" (PRODUCT) ("The firm, Jones said, ..." is no apposition: the
# name must close with a comma too).
_BODY_NOUN_COMMA_BEFORE = re.compile(rf"\b(?:{_BODY_NOUNS}), +(?:the +)?$")
# Those that name a person's job as well: "oil producer Shell", but "film producer Rudi Varga".
_PERSON_JOB_BODY_NOUNS = frozenset({"producer", "operator", "studio", "publisher", "producers", "operators", "studios",
                                    "publishers"})
# A Title-Case headline capitalises the noun: "Russian Broadcaster RT Loses Licence".
_BODY_NOUN_BEFORE_TITLED = re.compile(rf"\b(?i:{_BODY_NOUNS}) +$")
# The same noun heading an apposition: "Gazprom, the world's biggest gas company, ...", "Inbev, the
# brewer." (not "Smith, the company's chairman", "Jones, a firm believer").
# ... or a participle that goes on with the body: "Helix Forge, a gene-editing startup founded at a
# university lab", "a software firm based in Leeds".
_BODY_PARTICIPLE = re.compile(r"\s+(?:founded|based|backed|owned|run|created|launched|listed|headquartered|set up)\b")
_BODY_NOUN_AFTER = re.compile(rf"\s*,\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{_BODY_NOUNS})"
                              r"(?=\s*(?:[,.;:)]|$)|\s+(?:that|which|whose|said|says|has|is|was|had|will|would)\b"
                              rf"|{_BODY_PARTICIPLE.pattern})")


def _body_noun_in_commas(text: str, start: int, end: int):
    """"Def Jam's parent company, Universal, made": the body noun heads the phrase the name is set
    beside; not when it ends an "of" or "for" phrase ("The chief executive of the charity, Ann Marsh,
    said", "a spokeswoman for the union, Mary Brown," name a person). The noun's match, or None."""
    found = _BODY_NOUN_COMMA_BEFORE.search(text, max(0, start - 20), start) if text[end:end + 1] == "," else None
    return found if found and not _OF_OR_FOR_BEFORE.search(text, max(0, found.start() - 30), found.start()) else None


_OF_OR_FOR_BEFORE = re.compile(r"\b(?:of|for)\s+(?:(?:the|a|an|its|their|his|her|our)\s+)?(?:[\w'’-]+\s+){0,2}$")
# The kind of body speaking after what the sentence's subject does: "Santander will close 95 branches
# across the UK, the bank said" (a Spanish city's name); no other name may stand between but a big place.
_BODY_SAID_AFTER = re.compile(rf",\s+the\s+(?:[\w’'-]+\s+)?(?:{_BODY_NOUNS})\s+"
                              r"(?:said|says|added|confirmed|announced)\b")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


def _body_said_later(text: str, start: int, end: int):
    """The ", the bank said" after a name that opens its sentence, or None (`_BODY_SAID_AFTER`)."""
    if not _SENTENCE_OPEN.search(text, max(0, start - 3), start):
        return None
    stop = min((i for i in (text.find(". ", end), text.find("\n", end), len(text)) if i != -1))
    found = _BODY_SAID_AFTER.search(text, end, stop)
    from ..gazetteer import is_major_place

    between = re.findall(r"\b[A-Z][\w’'-]*", text[end:found.start()]) if found is not None else ()
    return None if found is None or any(not is_major_place(w.lower()) for w in between) else found


def named_body(text: str, start: int, end: int, *, person_jobs: bool = True) -> bool:
    """A noun before the name says what kind of body it is: "car maker Toyota", "the band
    Portishead", "airline Delta", though towns and regions bear those names; not a country's or a
    big city's name ("the giant US budget deficit"). The places table drops such a name too.
    Without `person_jobs`, not a noun a person's job shares ("film producer Rudi Varga"). So does
    the noun speaking for the sentence's subject later in it (`_body_said_later`)."""
    found = BODY_NOUN_BEFORE.search(text, max(0, start - 20), start) or (
        _in_title_case_line(text, start) and _BODY_NOUN_BEFORE_TITLED.search(text, max(0, start - 20), start)) \
        or _body_noun_in_commas(text, start, end) or _body_said_later(text, start, end)
    if not found or not person_jobs and found.group().strip().lower() in _PERSON_JOB_BODY_NOUNS:
        return False
    if found.group().strip().lower() == "band":
        return True  # "the American rock band Boston": a big city's name after it is the band's too
    from ..gazetteer import BIG_CITY

    return not any(c.kind in ("country", "continent") or c.kind == "city" and c.population >= BIG_CITY
                   for c in gazetteer_entries(text[start:end])[:3])


# A platform or company read as a person or place ("Twitter" PERSON, "Reddit" GPE): each use as one
# ("on Twitter", "a YouTube video") outweighs one one-word vote of the model.
_PLATFORM_WEIGHT = 2
# What a platform (or a bank) does to someone else's account: "Twitter suspended the singer's
# account", "YouTube removed three of the videos" (not one's own: "she deleted her posts")
_PLATFORM_ACTION_AFTER = re.compile(
    r"^\s+(?:has\s+|had\s+|have\s+)?(?:suspended|banned|blocked|restricted|locked|deactivated|removed|took\s+down)"
    r"\s+(?!(?:his|her|their|its|my|our)\b)(?:[\w'’-]+\s+){0,4}?(?:accounts?|pages?|channels?|videos?|posts?|tweets?|"
    r"profiles?)\b")


# A count or a possessive before "X followers" makes X a platform: "gaining 22,000 Twitter
# followers", "her Instagram followers" (a leader's are "Trump's followers", "followers of Trump").
_FOLLOWERS_AFTER = re.compile(r"\s+followers\b")
_FOLLOWERS_BEFORE = re.compile(r"(?:\d(?:\s*(?:million|m|k))?|\b(?:his|her|their|its|our|my|your))\s+$")


def _followers_of(text: str, start: int, end: int) -> bool:
    """"30,000 Vexer followers", "her Vexer followers": a platform's count of followers, not a leader's."""
    return bool(_FOLLOWERS_AFTER.match(text, end) and _FOLLOWERS_BEFORE.search(text[max(0, start - 12):start]))


def _platform_evidence(text: str, groups: list[_Group]) -> None:
    """"posted on Twitter", "a YouTube video", "Samsung shares", "Gazprom, the gas company", "30,000
    Twitter followers", "Twitter suspended the singer's account": a one-word name used as a
    website or company, which the gazetteer does not know as a place (nor as a demonym, when the
    model says nationality: "Inbev" NORP), is an organisation."""
    for g in groups:
        name = g.name()
        if g.label() not in ("PERSON", "GPE", "LOC", "WORK_OF_ART", "PRODUCT", "NORP") \
                or g.label() == "NORP" and _is_demonym(name):
            continue
        if any(named_body(text, s, e, person_jobs=False) for s, e, _, _ in g.members) and not (
                " " in name and any(_titled_at(text, s) for s, _, _, _ in g.members)):
            g.evidence["ORG"] += sum(g.votes().values()) + 1   # not "consultancy Jeanne-Marie Gescher ... Mrs Gescher"
            continue
        if " " in name:   # "Harvest Lane, the regional grocery chain, is exploring a sale" (PERSON)
            if any(" " in m and (found := _BODY_NOUN_AFTER.match(text, e)) and " of " not in found.group()
                   and (text[found.end():found.end() + 1] in ",.;:)" or _BODY_PARTICIPLE.match(text, found.end()))
                   for _, e, m, _ in g.members) \
                    and not any(_titled_at(text, s) for s, _, _, _ in g.members):
                g.evidence["ORG"] += sum(g.votes().values()) + 1   # not "Gianni Agnelli, the godfather of the group"
            continue
        if gazetteer_kind(name):
            continue
        # not a nationality's adjective, though: "attacks on Kurdish dissidents"
        uses = sum(1 for s, e, _, _ in g.members if _PLATFORM_AFTER.match(text[e:e + 12])
                   or _PLATFORM_BEFORE.search(text[max(0, s - 20):s]) or _followers_of(text, s, e)
                   or _PLATFORM_ACTION_AFTER.match(text[e:e + 80])) \
            if g.label() != "NORP" else 0
        if uses:
            g.evidence["ORG"] += _PLATFORM_WEIGHT * uses + 1
        if any(_BODY_NOUN_AFTER.match(text, e) for _, e, _, _ in g.members):
            g.evidence["ORG"] += sum(g.votes().values()) + 1


# What only software or a device takes: a version ("Windows XP", "Windows 95"), "the Windows operating
# system", "versions of Windows", "PCs running Windows" (a company's name takes none of these; a
# score is no version: "the Pirates 10-0").
_PRODUCT_AFTER = re.compile(r"\s+(?:XP|Vista|\d{1,2}(?![\d.,%:-])|operating system)\b")
_PRODUCT_BEFORE = re.compile(r"\b(?:versions? of|copies of|copy of|editions? of|running|runs|installed)\s+"
                             r"(?:the\s+|its\s+|pirated\s+)*$")


# A kind of software or device just before a name: "web browser Safari", "operating system Linux"
# (both PERSON), "games console Xbox"; a brand a product is sold under ("the brand name Malvira"); a
# medicine ("the drug Zolvexa", "the vaccine Plasmavax", PERSON for the model).
_PRODUCT_KIND_BEFORE = re.compile(r"\b(?:browser|operating system|software|console|handset|smartphone|search engine|"
                                  r"music player|media player|programming language|brand name|trade name|"
                                  r"drug|vaccine|medicine|pill|painkiller|antibiotic|antiviral)[ \u00a0]+$")
# (on one line: "US regulator to rule on pain drug\n\nUS food and drug regulators" is no drug "US")


# A kind of product set off by a comma after a name: "Zarvex, a fungicide", "Lurvexa, a once-daily
# pill" (the model: PERSON, GPE); not its maker ("Moderna, a vaccine maker").
_PRODUCT_SET_OFF_AFTER = re.compile(
    r",\s+(?:a|an|its|their)\s+" + _DESCRIBING_WORDS +
    r"(?:drug|pill|tablet|vaccine|jab|medicine|fungicide|pesticide|herbicide|insecticide|weedkiller|painkiller|"
    r"smartphone|handset|laptop|SUV|hatchback|saloon|sedan|airliner|jet|drone|rifle|console)\b"
    r"(?!\s+(?:company|maker|manufacturer|producer|developer|firm|group|giant|brand)\b)")


# A maker's name and a model's code of letters and digits: "the Embraer E175" (WORK_OF_ART for the
# model), "Airbus A320neo", "Galaxy S24"; digits alone are not enough ("Apollo 11", "Channel 4").
_MODEL_CODE_END = re.compile(r"^[A-Z][\w-]+ (?:[A-Z][\w-]+ )?[A-Z]{1,3}-?\d{2,4}[a-z]{0,3}$")


def _product_kind_evidence(text: str, groups: list[_Group]) -> None:
    """A name the model read as a person, a place or a body that a kind of software or device
    stands just before ("web browser Safari") or after ("Zarvex, a fungicide") is a product (not a
    speaker: "Linux said" would be a person); so is a maker's name with a model's code."""
    for g in groups:
        if g.label() in ("WORK_OF_ART", "GPE", "PERSON") and _MODEL_CODE_END.match(g.name()):
            g.evidence["PRODUCT"] += sum(g.votes().values()) + 1
        if g.label() not in ("PERSON", "GPE", "LOC", "NORP", "ORG") \
                or any(_person_cue(text, s, e) for s, e, _, _ in g.members):
            continue
        if any(_PRODUCT_SET_OFF_AFTER.match(text, e) for _, e, _, _ in g.members) or g.label() != "ORG" \
                and any(_PRODUCT_KIND_BEFORE.search(text[max(0, s - 24):s]) for s, _, _, _ in g.members):
            g.evidence["PRODUCT"] += sum(g.votes().values()) + 1


def _product_evidence(text: str, groups: list[_Group]) -> None:
    """A name the model reads as a place or nationality, which the gazetteer does not know as
    either, is a product when the article writes it as software or a device is written
    ("versions of Windows", "Windows 95", "Windows XP")."""
    for g in groups:
        name = g.name()
        if g.label() not in ("GPE", "LOC", "NORP") or gazetteer_kind(name) or _is_demonym(name):
            continue
        if " " in name:  # the version inside the name: "Windows XP"
            first, _, rest = name.partition(" ")
            if " " not in rest and _PRODUCT_AFTER.fullmatch(" " + rest) and not gazetteer_kind(first):
                g.evidence["PRODUCT"] += sum(g.votes().values()) + 1
            continue
        # a possessor owns the noun after it: "a film version of Bizet's opera" is the opera's
        if any(_PRODUCT_AFTER.match(text, e) or _PRODUCT_BEFORE.search(text[max(0, s - 30):s])
               and not _POSSESSOR.match(text, e) for s, e, _, _ in g.members):
            g.evidence["PRODUCT"] += sum(g.votes().values()) + 1
    _versions_name_a_product(text, groups)


def _ship_evidence(text: str, groups: list[_Group]) -> None:
    """A ship named with its prefix is a vehicle, which OntoNotes labels a product, at all its
    mentions: "The MV Baltic Tern ... The Baltic Tern was refloated" (LOC)."""
    ships = {m.group(1) for m in _SHIP_NAMED.finditer(text)}
    for g in groups:
        if g.label() != "PRODUCT" and (g.name() in ships or _SHIP_NAMED.fullmatch(g.name())):
            g.evidence["PRODUCT"] += sum(g.votes().values()) + 1


# "HMS Prince of Wales", "MV Spirit of Tasmania": one "of" may join the name's words
_SHIP_NAMED = re.compile(rf"(?<![\w.])(?:{'|'.join(SHIP_PREFIXES)}) "
                         rf"({_CAP_WORD}(?: (?:of )?{_CAP_WORD}){{0,2}})")


def _versions_name_a_product(text: str, groups: list[_Group]) -> None:
    """A lone name the model read as a body is a product when the article writes it as software
    and names its versions as products: the headline's "versions of Windows" (ORG) beside "Windows
    10" (PRODUCT). Not "Boeing" beside "Boeing 747": nothing writes the maker as software."""
    products = {g.name().split()[0] for g in groups if g.label() == "PRODUCT" and " " in g.name()
                and _PRODUCT_AFTER.fullmatch(" " + g.name().partition(" ")[2])}
    for g in groups:
        if g.label() == "ORG" and g.name() in products \
                and any(_PRODUCT_BEFORE.search(text[max(0, s - 30):s]) for s, _, _, _ in g.members):
            g.evidence["PRODUCT"] += sum(g.votes().values()) + 1


# Words after a name that only a company takes ("Magna shares", "Jones common stock", "Cofinec CEO",
# "the Kingfisher lager brand": a drink's or a garment's brand; a bare "the Beckham brand" is a person's),
# or before it ("shares of Magna", "a stake in Cofinec").
_COMPANY_AFTER = re.compile(r"^[’']?s?\s+(?:(?:common |preferred )?(?:shares|stock)|stake|shareholders|parent|"
                            r"market share|share price|(?:(?:quarterly|annual|first-quarter|full-year|pre-tax|net) )?"
                            r"(?:profits?|revenues?|earnings|sales(?! pitch))|dealerships?|"
                            r"subsidiary|CEO|chief executive|chairman|spokesman|spokeswoman|executives|"
                            r"(?:lager|beer|ale|cider|whisky|vodka|drinks?|cigarette|clothing|fashion) brands?|"
                            r"(?:was|were|closed|ended|finished) (?:up|down|off) \$?\d)\b")
_COMPANY_BEFORE = re.compile(r"\b(?:[Ss]hares (?:of|in)|stake in|subsidiary of|shareholders of|merger with|"
                             r"(?i:analysts?|economists?|strategists?|brokers?|workers|employees|jobs) at)\s+$")
# "Shares in Greggs rose", "Analysts at Peel Hunt said" (PERSON), "jobs at Ford"
# Members of a list of companies: "websites such as Reddit, Twitter and Spotify", "Its top brands
# include Foster's, Strongbow and Kronenbourg" (Strongbow was PERSON), "two Indian airlines - Air
# Deccan and Kingfisher" (Kingfisher was PERSON).
_COMPANY_LIST_BEFORE = re.compile(
    r"\b(?:companies|firms|organisations|organizations|websites|sites|apps|platforms|services|brands|networks|retailers|carriers|"
    r"businesses|startups|banks|broadcasters|airlines|brewers)(?:\s+(?:such as|like|including|include|includes)|\s[-–—]|:)\s+"
    r"(?:[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)){0,8}$")
# In sports copy, a side's people: "Norwich striker Keith O'Neill", "Surrey all-rounder Adam Hollioake".
_CLUB_AFTER = re.compile(r"^[’']?s?\s+(?:striker|midfielder|defender|forward|goalkeeper|keeper|coach|manager|"
                         r"skipper|chairman|all-rounder|batsman|bowler|pitcher|fans|supporters)\b")
_PERSON_ROLES = ("spokesman", "spokeswoman")  # "a Trump spokesman" speaks for a person
# In any story, fans after a town's name with "City" or "Town" make it the club: "a Manchester City
# supporter", "Hull City fans" (GPE for the model).
_FANS_AFTER = re.compile(r"^[’']?s?\s+(?:fans?|supporters?|season[- ]ticket holders?)\b")


def _company_evidence(text: str, groups: list[_Group], sports: bool) -> None:
    """A name whose context is a company's ("Magna shares") or, in sports copy, a club's
    ("Norwich striker") is an organisation; a nation's side stays its country."""
    for g in groups:
        label = g.label()
        if label in ("ORG", "NORP") or label in PLACE_LABELS and _place_by_its_own_name(g.name()) and not sports:
            continue
        company = club = 0
        for s, e, _, _ in g.members:
            after = _COMPANY_AFTER.match(text[e:e + 30])
            if after and label == "PERSON" and after.group().split()[-1] in _PERSON_ROLES:
                continue
            if after or _company_before(text, s):
                company += 1
            elif sports and _CLUB_AFTER.match(text[e:e + 16]) and not is_nation(text[s:e]) \
                    or _FANS_AFTER.match(text[e:e + 24]) and " " in g.name() and clubs_town(g.name()):
                club += 1
        weight = 2 * (company + club)
        if company and not g.evidence["PERSON"]:  # "Magna was up 1/8": no title, no "who" says otherwise
            weight = max(weight, sum(g.votes().values()))
        if weight:
            g.evidence["ORG"] += weight + 1


def _car_maker_evidence(text: str, groups: list[_Group]) -> None:
    """A car make alone, in an article that names a model of it (`_MAKE_AND_MODEL`), is its maker
    ("the Toyota Hilux ... its rival from Toyota": GPE for the model, Toyota City), unless the text
    puts something in it ("in Toyota"); "Lincoln" beside no Lincoln car stays the town or the man."""
    makes = {m.group(1).split()[0] for m in _MAKE_AND_MODEL.finditer(text)}
    for g in groups:
        if g.name() in makes and g.label() in ("GPE", "LOC", "PERSON") \
                and not any(text[max(0, s - 3):s] == "in " for s, _, _, _ in g.members):
            g.evidence["ORG"] += sum(g.votes().values()) + 1


def _said_of_a_company(text: str, start: int, end: int) -> bool:
    """Words at a mention that only a company takes, before or after it; not a spokesman (a person has one)."""
    after = _COMPANY_AFTER.match(text[end:end + 40])
    return bool(after) and after.group().split()[-1] not in _PERSON_ROLES or _company_before(text, start)


def _company_before(text: str, start: int) -> bool:
    """"Shares of Kalyani Infotech rose", "websites such as Reddit": what is said only of a company."""
    return bool(_COMPANY_BEFORE.search(text[max(0, start - 20):start])
                or _COMPANY_LIST_BEFORE.search(text[max(0, start - 160):start]))


def _place_by_its_own_name(name: str) -> bool:
    """A place the gazetteer knows by this name, or a town of 10,000 people or more by another of
    its names ("US", "Frankfurt"); not only a village's other name ("Greggs" is an old spelling of
    Greiggs, St Vincent: "Shares in Greggs rose" is the baker)."""
    entries = gazetteer_entries(name)
    return bool(gazetteer_kind(name)) and (not entries or any(c.primary or c.population >= 10_000 for c in entries))


@functools.lru_cache(maxsize=4)
def _lower_words(text: str) -> frozenset[str]:
    """The words the text writes in lower case (computed once per text)."""
    return frozenset(w for w in WORD.findall(text) if w.islower())


def extract_entities(doc, *, labels: set[str] | None = None) -> list[Entity]:
    """One record per thing named in the article, in order of first mention; each carries its
    mentions (`members`), so `mentions_of` needs no second pass."""
    out = []
    text, taken = text_of(doc), set()
    for group in _entity_groups(doc):
        label = group.label()
        name = _distinct_name(text, group, label, taken)
        if labels and label not in labels:
            continue
        aliases = []
        for _, _, mtext, _ in group.members:
            if mtext != name and mtext not in aliases:
                aliases.append(mtext)
        members = [Mention(start=s, end=e, text=t, label=label, entity=name, model_label=ml)
                   for s, e, t, ml in group.members]
        out.append(Entity(entity=name, label=label, mentions=len(members), first_start=members[0].start,
                          aliases=aliases, spans=[(m.start, m.end) for m in members], members=members))
    return out


def _distinct_name(text: str, group: _Group, label: str, taken: set) -> str:
    """The group's name, with the title its mentions carry when an earlier person has the same
    name: "Mr. Trump" and "Mrs. Trump" told apart are "Trump" and "Mrs. Trump", so two people
    never share a row's name or an entity_id."""
    name = group.name()
    if (label, name) in taken and label == "PERSON":
        titles = {m.group(1) for s, *_ in group.members if (m := _TITLE_BEFORE.search(text, max(0, s - 12), s))}
        if len(titles) == 1:
            name = f"{titles.pop()} {name}"
    taken.add((label, name))
    return name


def mentions_of(entities: list[Entity]) -> list[Mention]:
    """One record per mention of the given entities, in text order."""
    return sorted((m for entity in entities for m in entity.members), key=lambda m: (m.start, m.end))


def extract_mentions(doc, *, labels: set[str] | None = None) -> list[Mention]:
    """One record per mention, in text order, each carrying its entity's name and label."""
    return mentions_of(extract_entities(doc, labels=labels))
