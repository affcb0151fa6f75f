"""Named entities of one article: the model's mentions, cleaned, grouped into the things they name.

The small model judges each mention alone; a reader judges the article. So:
1. each mention is trimmed to the name itself ("the", "'s", "Mr.", "news agency" go);
2. a sentence-opening common word the model took for a name ("Groups of residents") is dropped;
3. mentions of the same name are grouped, and partial names ("Moskalkova", "Mr. Putin") join
   the one full personal name they belong to;
4. occurrences of a known name the model missed elsewhere in the article are added;
5. each group gets one label from all its evidence (the model's votes weighted by name length,
   titles and "who" clauses for persons, the gazetteer and "in X" for places), and one
   canonical name: its fullest form.
Everything is string work on the Doc already parsed: no second model pass.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..lexicon import (HONORIFICS, NUMERIC_LABELS, PERSONAL_TITLES, PLACE_LABELS, PLACE_NOUNS_AFTER, RESULT_VERBS,
                       SPEECH_FORMS_AFTER_NAME, SPEECH_FORMS_BEFORE_NAME, SPORT_SLUGS, WORD, stop_words)

_LEADING_DROP = frozenset({"the", "a", "an"})
_POSSESSIVE = re.compile(r"['’]s$|(?<=s)['’]$")
_EDGE_PUNCT = "\"'“”‘’«»()[]{},.;:!?-–— \t"
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[A-Za-z]\.)+[A-Za-z]\.$|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros)\.$")
_PARTICLES = frozenset("al el de del della di da du van von der den ter la le bin ibn abu dos das".split())
_WHO_AFTER = re.compile(r"^[’']?s?\s*,?\s+(?:who|whom|whose)\b")
_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|across|throughout|from|to)\s+(?:the\s+)?$")
_TITLE_BEFORE = re.compile(r"(?:^|\s)(" + "|".join(re.escape(t) for t in sorted(HONORIFICS, key=len, reverse=True))
                           + r")\s+$", re.IGNORECASE)
_SPACED_DASH = re.compile(r"\s[-–—]+\s")


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

    def name(self) -> str:
        found = [m for m in self.members if m[3]] or self.members
        # the fullest form, as body text writes it ("China" rather than a headline's "CHINA")
        return max(found, key=lambda m: (len(m[2].split()), not m[2].isupper(), len(m[2]), -m[0]))[2]

    def votes(self) -> Counter:
        votes: Counter = Counter()
        for _, _, text, label in self.members:
            if label:
                votes[label] += len(text.split())  # a fuller name is stronger evidence
        votes.update(self.evidence)
        return votes

    def label(self) -> str:
        votes = self.votes()
        best = max(votes.values())
        order = [m[3] for m in self.members if m[3]] + list(self.evidence)
        return next(label for label in order if votes[label] == best)


def clean_span(text: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    """Trim a mention to the name itself; None when nothing name-like is left."""
    cleaned = _clean(text, start, end, label)
    return cleaned and cleaned[:2]


# Figures glued to a name: a score or ordinal ("Mexico 2-0", "Durie 75th") never ends a name; a
# bare number ends no person or place ("J. Pooley 111") and, in sports copy, nothing ("Durham 114").
_TRAILING_FIGURE = re.compile(r" (?:\d+-\d+|\d+(?:st|nd|rd|th)|\d{1,3}(?:,\d{3})+)$")
_TRAILING_NUMBER = re.compile(r" \d+(?:\.\d+)?$")
_NUMBERLESS_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP"})


def _clean(text: str, start: int, end: int, label: str, *, sports: bool = False) -> tuple[int, int, bool] | None:
    """(start, end, titled): the name within the span, and whether a personal title opened it."""
    titled = False
    newline = text.find("\n", start, end)
    if newline >= 0:  # a name never runs across lines
        end = newline
    dash = _SPACED_DASH.search(text, start, end)
    if dash and (start == 0 or text[start - 1] == "\n"):
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
        title = first in PERSONAL_TITLES or (label == "PERSON" and first in HONORIFICS)
        if len(words) > 1 and (first in _LEADING_DROP or title):
            titled = titled or title
            start += len(words[0]) + 1
            while start < end and text[start] == " ":
                start += 1
            continue
        break
    # Generic words around a name are not the name: "Interfax news agency", "former Soviet".
    words = text[start:end].split(" ")
    while len(words) > 1 and _is_common(words[-1]):
        end -= len(words.pop()) + 1
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
    if not any(c.isupper() or c.isdigit() for c in name) or not any(c.isalpha() for c in name):
        return None
    return start, end, titled


# Part-of-speech tags of words that are not names when they open a sentence ("Groups of ...").
_COMMON_TAGS = frozenset("NN NNS VB VBD VBG VBN VBP VBZ RB RBR RBS IN DT PRP PRP$ MD CC UH WRB WP WDT".split())


def _common_word_opening_sentence(doc, text: str, start: int, end: int) -> bool:
    """One word, capitalised only because it opens the sentence, tagged as a common word."""
    if not _opens_sentence(text, start):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].tag_ not in _COMMON_TAGS or span[0].text.isupper():
        return False
    word = span[0].text.lower()
    if word in _lower_words(text):
        return True  # the article itself writes it in lower case
    forms = {word, word[:-1], word[:-2], word[:-3] + "y"} if word.endswith("s") else {word}
    return bool(forms & _dictionary())


def _topic_slug(doc, text: str, start: int, end: int) -> bool:
    """The topic word opening a wire headline ("CRICKET - ..."): a common word, not a place."""
    word = text[start:end]
    if not (start == 0 or text[start - 1] == "\n") or " " in word or not _SPACED_DASH.match(text, end):
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
    return " ".join(name.casefold().replace("’", "'").split())


def _entity_groups(doc) -> list[_Group]:
    """Mention groups of one Doc, in order of first mention."""
    text = doc.text
    by_key: dict[str, _Group] = {}
    datelines = _dateline_places(text, doc.ents)
    for s, e in datelines:
        group = by_key.setdefault(_key(text[s:e]), _Group())
        group.members.append((s, e, text[s:e], ""))
        group.evidence["GPE"] += 3
    sports = [span for span in _sports_spans(text) if not any(s < span[1] and span[0] < e for s, e in datelines)]
    for s, e, label in sports:
        group = by_key.setdefault(_key(text[s:e]), _Group())
        group.members.append((s, e, text[s:e], ""))
        group.evidence[label] += _PATTERN_WEIGHT
    fixed = datelines + [span[:2] for span in sports]
    for ent in doc.ents:
        if ent.label_ in NUMERIC_LABELS:
            continue
        if any(s < ent.end_char and ent.start_char < e for s, e in fixed):
            continue
        cleaned = _clean(text, ent.start_char, ent.end_char, ent.label_, sports=bool(sports))
        if cleaned is None:
            continue
        s, e, titled = cleaned
        if _common_word_opening_sentence(doc, text, s, e) or _topic_slug(doc, text, s, e):
            continue
        group = by_key.setdefault(_key(text[s:e]), _Group())
        group.members.append((s, e, text[s:e], ent.label_))
        if titled:
            group.evidence["PERSON"] += 3
    _drop_headline_glue(by_key)
    groups = _join_partial_names(by_key, text)
    _add_missed(text, groups)
    _context_evidence(text, groups)
    _place_evidence(text, groups)
    _platform_evidence(text, groups)
    groups.extend(_split_datelines(groups, datelines))
    groups.sort(key=lambda g: min(m[0] for m in g.members))
    for g in groups:
        g.members.sort()
    return groups


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


_CAPS_NAME = r"[A-Z][A-Z.'\-]*(?: [A-Z][A-Z.'\-]*){0,3}"
_DATELINE = re.compile(
    rf"^(?P<city>{_CAPS_NAME})(?: ?, ?(?P<area>[A-Z][\w.]*(?: [A-Z][\w.]*){{0,2}}))?"
    r"(?=,? ?(?:\d{4}-\d\d-\d\d|\(|[-–—] |(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d))",
    re.MULTILINE | re.IGNORECASE)


def _dateline_places(text: str, ents) -> list[tuple[int, int]]:
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
        if not (model_place or _gazetteer_kind(city.title())):
            continue
        found.append((s, e))
        area = m.group("area")
        if area and _gazetteer_kind(area.rstrip(".")) or area and area.endswith("."):
            found.append(m.span("area"))
    return found


# Titles that say a person's gender: "Mrs. Trump" is not "Mr. Trump".
_GENDER_TITLE = re.compile(r"(?:^|[\s(])(mr|mrs|ms|miss)\.?\s+$", re.IGNORECASE)
_TITLE_GENDER = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}


def title_gender(text: str, start: int) -> str | None:
    """"male" after Mr., "female" after Mrs./Ms./Miss (the title just before `start`), else None."""
    m = _GENDER_TITLE.search(text[max(0, start - 8):start])
    return _TITLE_GENDER[m.group(1).lower()] if m else None


def _drop_headline_glue(by_key: dict[str, _Group]) -> None:
    """A Title-Case headline glues its verb or adjective to a name ("Hammering Hillary Clinton"):
    when the rest is itself a full name of the article and the first word a common English word,
    the mention is that name. Two words left at least: "Bill Clinton" is no "bill" + "Clinton"."""
    for key in [k for k in by_key if len(k.split()) >= 3]:
        first, rest = key.split(" ", 1)
        if rest not in by_key or first not in _dictionary():
            continue
        group, owner = by_key.pop(key), by_key[rest]
        for s, e, text, label in group.members:
            cut = text.index(" ") + 1
            owner.members.append((s + cut, e, text[cut:], label))
        owner.evidence.update(group.evidence)


def _join_partial_names(by_key: dict[str, _Group], text: str) -> list[_Group]:
    """Fold "Moskalkova" into "Tatiana Moskalkova" (or "Wang" into "Wang Donghai") when exactly
    one full personal name in the article ends (else begins) with that word."""
    by_last: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    for key, group in by_key.items():
        words = key.split()
        if len(words) >= 2 and group.label() == "PERSON":
            by_last[words[-1]].append(key)
            by_first[words[0]].append(key)
    merged: dict[str, _Group] = {}
    for key, group in by_key.items():
        owners = []
        if " " not in key:
            owners = by_last.get(key) or by_first.get(key, [])
        if len(owners) == 1 and owners[0] != key:
            other = _other_title_gender(group, text)
            if other is not None:
                merged[key + "\x00"] = other   # "Mrs. Trump" stays a person of her own
            owner = by_key[owners[0]]
            merged.setdefault(owners[0], owner)
            owner.members.extend(group.members)
            owner.evidence.update(group.evidence)
            # the join itself says "person": outweigh the model's guesses for the bare surname
            owner.evidence["PERSON"] += 2 * len(group.members)
        else:
            merged.setdefault(key, group)
    return list(merged.values())


def _other_title_gender(group: _Group, text: str) -> _Group | None:
    """A surname written with both Mr. and Mrs./Ms. names two people: the mentions under the rarer
    title (NYT: "Mr. Trump" 40 times, "Mrs. Trump" 3) leave `group` as a group of their own, so
    that only the commoner one joins the full name. A tie keeps the "Mr." ones. None otherwise."""
    genders = [title_gender(text, m[0]) for m in group.members]
    counts = Counter(g for g in genders if g)
    if len(counts) < 2:
        return None
    rare = "female" if counts["female"] <= counts["male"] else "male"
    other = _Group(members=[m for m, g in zip(group.members, genders) if g == rare])
    other.evidence["PERSON"] += 3 * len(other.members)
    group.members = [m for m, g in zip(group.members, genders) if g != rare]
    return other


def _add_missed(text: str, groups: list[_Group]) -> None:
    """Add the occurrences of the article's names that the model did not mark.

    A one-word name is only sought when the article never writes it in lower case and it is no
    stop word ("May", "Turkey" in "turkey dinner" stay out)."""
    taken = bytearray(len(text) + 1)
    for g in groups:
        for s, e, _, _ in g.members:
            taken[s:e] = b"\x01" * (e - s)
    forms: dict[str, _Group | None] = {}
    for g in groups:
        names = {m[2] for m in g.members}
        full = [n for n in names if len(n.split()) >= 2]
        if g.label() == "PERSON" and full:
            names.add(max(full, key=len).split()[-1])
        for name in names:
            if forms.get(name, g) is not g:
                forms[name] = None  # two things share this form: ambiguous
            else:
                forms[name] = g
    stop = stop_words()
    wanted = []
    for name, g in list(forms.items()):
        if g is not None and name.upper() != name:
            forms.setdefault(name.upper(), g)  # "LEBED" in an ALL-CAPS headline
        elif g is not None and len(name) > 4 and name.isupper():
            forms.setdefault(name.title(), g)  # a dateline's "LONDON" is the body's "London"
    for name, g in forms.items():
        if g is None or not name[:1].isupper() or len(name) < 2:
            continue
        if " " not in name and (name.lower() in stop or name.lower() in _lower_words(text)):
            continue
        wanted.append(name)
    if not wanted:
        return
    for s, e in _occurrences(text, wanted):
        if any(taken[s:e]) or _inside_longer_name(text, s, e):
            continue
        taken[s:e] = b"\x01" * (e - s)
        forms[text[s:e]].members.append((s, e, text[s:e], ""))


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
        return False  # in an ALL-CAPS line every neighbour is capitalised
    after = _NEXT_WORD.match(text, end)
    if after and after.group(1).isupper():
        return True
    before = _PREV_WORD.search(text[max(0, start - 30):start])
    if before:
        word = before.group(1)
        if word[-1] in ",;:!?)\"”’" or (word.endswith(".") and len(word) > 2):
            return False  # "Grozny. Lebed": the previous word ends its own clause
        return word[:1].isupper() and not _opens_sentence(text, start - len(before.group()))
    return False


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether position `pos` starts a line or follows a sentence end."""
    before = text[max(0, pos - 3):pos].rstrip(" \t\"'“”‘’")
    return not before or before[-1] in "\n.!?:"


_SPEECH_AFTER = re.compile(r"^\s*,?\s*(?:" + "|".join(SPEECH_FORMS_AFTER_NAME) + r")\b")
_SPEECH_BEFORE = re.compile(r"\b(?:" + "|".join(f.replace(" ", r"\s+") for f in SPEECH_FORMS_BEFORE_NAME)
                            + r")\s*$")
# Labels a speaking name cannot have; ORG and NORP can speak ("the ministry said", "Russians say").
_MUTE_LABELS = frozenset({"GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})


def _context_evidence(text: str, groups: list[_Group]) -> None:
    """Words around the mentions that a reader takes as proof of a person."""
    for g in groups:
        speaks = 0
        for s, e, _, _ in g.members:
            if _TITLE_BEFORE.search(text[max(0, s - 20):s]):
                g.evidence["PERSON"] += 3
            if _WHO_AFTER.match(text[e:e + 12]):
                g.evidence["PERSON"] += 2
            if _SPEECH_AFTER.match(text[e:e + 16]) or _SPEECH_BEFORE.search(text[max(0, s - 16):s]):
                speaks += 1
        # "Tarlo explains", "says Tarlo": a speaker is no place or thing, unless a known place
        # (a capital speaks for its government).
        if speaks and g.label() in _MUTE_LABELS and not _gazetteer_kind(g.name()):
            g.evidence["PERSON"] += 2 * speaks


_PLACE_AFTER = re.compile(r"^[’']?s?\s+(?:" + "|".join(sorted(PLACE_NOUNS_AFTER)) + r")\b")
_PLACE_OF = re.compile(r"\b(?:village|town|city|region|province|capital|outskirts|streets|people)\s+of\s+$")

_SETTLEMENT_OF = re.compile(r"\b(?:village|town|city|hamlet|settlement)\s+of\s+$", re.IGNORECASE)


def _place_evidence(text: str, groups: list[_Group]) -> None:
    """A name the gazetteer knows as a place, labelled otherwise by the model, becomes a place
    when the article also uses it as one ("in Kursk", "the Kursk region", or the model itself
    saying GPE somewhere). A known place with no such use keeps the model's label."""
    for g in groups:
        label = g.label()
        if label in PLACE_LABELS or label not in ("PERSON", "PRODUCT", "ORG", "WORK_OF_ART", "EVENT"):
            continue
        support = named_place = 0
        for s, e, _, model_label in g.members:
            if _SETTLEMENT_OF.search(text[max(0, s - 16):s]):
                named_place += 1  # "the village of Kozachya Loknya": the article says what it is
            if model_label in PLACE_LABELS or _PLACE_AFTER.match(text[e:e + 20]) \
                    or _PLACE_BEFORE.search(text[max(0, s - 16):s]) or _PLACE_OF.search(text[max(0, s - 24):s]):
                support += 1
        if named_place:
            g.evidence["GPE"] += 3 * named_place
        if not support:
            continue
        kind = _gazetteer_kind(g.name())
        if kind:
            g.evidence["LOC" if kind in ("water", "continent") else "GPE"] += 2 * support + 1


# ---------------------------------------------------------------- sports copy
# CoNLL and every sports desk call a team by its town ("Aberdeen 2 Dundee 1"): in sports copy a
# name in a result pattern is a team (ORG), a name with its country in brackets or in a lineup is a
# player (PERSON). Sports copy is recognised by its own signals, never by the names.

_TEAM = r"[A-Z][\w.&’'-]*(?: (?:[A-Z][\w.&’'-]*|['’]s|of))*(?<! of)"
_NUM = r"(?:-|\d+(?:[./]\d+)*|\.\d+|\d+ 1/2)"
_RESULT_ROW = re.compile(rf"^(?P<a>{_TEAM}) \d+ (?P<b>{_TEAM}) \d+\b", re.MULTILINE)      # "Grimsby 0 Portsmouth 1"
_STANDING_ROW = re.compile(rf"^(?P<a>{_TEAM})(?: {_NUM}){{3,}}[ \t]*$", re.MULTILINE)     # "Stoke 4 3 1 0 7 4 10"
_VERSUS = re.compile(rf"(?:(?<![\w'’-])(?P<a>{_TEAM}) )?\b[vV](?:s\.?|\.)? (?P<b>{_TEAM})")  # "Hull v Bury", "May 20 v Durham"
_CAPS_AT = re.compile(r"^(?P<a>[A-Z][A-Z .]+?) AT (?P<b>[A-Z][A-Z .]+?)[ \t]*$", re.MULTILINE)  # "BOSTON AT OAKLAND"
_RESULT_VERB = re.compile(rf"(?<![\w'’-])(?P<a>{_TEAM}) (?:{'|'.join(RESULT_VERBS)}) (?:the )?(?P<b>{_TEAM})"
                          r"(?= (?:\d+-\d+|by |on penalties)| ?[,.] ?\d+-\d+)")
_SCORE = re.compile(r"(?<![\d.-])\d{1,2}-\d{1,2}(?![\d-])")
_SLUG = re.compile(r"^\W*(?:" + "|".join(SPORT_SLUGS) + r")\b[^\n]{0,30}?\s?-", re.IGNORECASE)
# A player with his country: "Pete Sampras (U.S.) beat ...", "7. Irina Privalova ( Russia ) 11.27".
_PLAYER_COUNTRY = re.compile(r"(?<![\w'’-])(?P<a>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}) ?\( ?(?P<c>[A-Z][\w. ]{1,25}?) ?\)")
_LINEUP_ITEM = re.compile(r"^(?:\d+ ?- ?)?(?P<a>[A-Z][\w.’'-]*(?: (?:[A-Z][\w.’'-]*|van|de|der|da|dos)){0,3})"
                          r"(?: ?\( ?(?:\d+ ?- ?)?(?P<b>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})?[^)]*\))?$")
# Scorelines, standings rows or result sentences that make a text sports copy without a slug: two
# (one "Arsenal beat Chelsea 2-1" is a news story's aside; two results are a results report).
_MIN_SPORTS_SIGNALS = 2
# Items of a lineup line: "Scotland - Leighton, McNamara, Boyd (Whyte 63), ..." has eleven; a list of
# four names is already no sentence.
_MIN_LINEUP_ITEMS = 4


def _is_sports_copy(text: str) -> bool:
    if _SLUG.match(text):
        return True
    signals = len(_RESULT_ROW.findall(text)) + len(_STANDING_ROW.findall(text)) + len(_RESULT_VERB.findall(text))
    return signals + (len(_SCORE.findall(text)) >= 3) >= _MIN_SPORTS_SIGNALS


def _sports_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of the teams and players that sports copy's own patterns name."""
    if not _is_sports_copy(text):
        return []
    found: dict[tuple[int, int], str] = {}
    for pattern in (_RESULT_ROW, _STANDING_ROW, _VERSUS, _CAPS_AT):
        for m in pattern.finditer(text):
            for side in ("a", "b"):
                if m.groupdict().get(side) and m.group(side).strip() not in ("AT", "V"):
                    found.setdefault(m.span(side), "ORG")
    for m in _RESULT_VERB.finditer(text):  # "Aberdeen beat Hibs 3-1": only a place-named side is in doubt
        for side in ("a", "b"):
            if _gazetteer_kind(m.group(side)):
                found.setdefault(m.span(side), "ORG")
    for m in _PLAYER_COUNTRY.finditer(text):
        if " " in m.group("a") and _gazetteer_kind(m.group("c").strip()) and not _gazetteer_kind(m.group("a")):
            found.setdefault(m.span("a"), "PERSON")
    for s, e in _lineup_names(text):
        found.setdefault((s, e), "PERSON")
    spans = sorted((s, text[s:e].rstrip(), label) for (s, e), label in found.items())
    out: list[tuple[int, int, str]] = []
    for s, name, label in spans:  # the first, longest reading of overlapping spans wins
        if not out or s >= out[-1][1]:
            out.append((s, s + len(name), label))
    return out


def _lineup_names(text: str):
    """(start, end) of the players of lineup lines: many short comma-separated names, no verb."""
    from ..gazetteer import is_major_place

    pos = 0
    for line in text.split("\n"):
        body = line.split(" - ", 1)[1] if " - " in line[:40] else line
        offset = pos + len(line) - len(body)
        items = re.split(r"( ?[,;] ?)", body.rstrip(" ."))
        names = []
        at = offset
        for item in items:
            m = _LINEUP_ITEM.match(item) if item.strip(" ,;") else True
            if m is None:
                break
            if m is not True:
                names.extend((at + m.start(g), at + m.end(g)) for g in ("a", "b") if m.group(g))
            at += len(item)
        else:
            if len(names) >= _MIN_LINEUP_ITEMS:
                yield from ((s, e) for s, e in names if not is_major_place(text[s:e].lower()))
        pos += len(line) + 1


_PLATFORM_AFTER = re.compile(r"^[’']?s?\s+(?:account|accounts|post|posts|feed|page|video|videos|channel|users|"
                             r"app|website|site|platform|stream|shares|stock)\b")
_PLATFORM_BEFORE = re.compile(r"\b(?:on|via|tweeted|posted|websites such as|sites such as)\s+$")
# A platform or company read as a person or place ("Twitter" PERSON, "Reddit" GPE): each use as one
# ("on Twitter", "a YouTube video") outweighs one one-word vote of the model.
_PLATFORM_WEIGHT = 2


def _platform_evidence(text: str, groups: list[_Group]) -> None:
    """"posted on Twitter", "a YouTube video", "Samsung shares": a one-word name used as a website
    or company, which the gazetteer does not know as a place, is an organisation."""
    for g in groups:
        name = g.name()
        if " " in name or g.label() not in ("PERSON", "GPE", "LOC", "WORK_OF_ART", "PRODUCT") \
                or _gazetteer_kind(name):
            continue
        uses = sum(1 for s, e, _, _ in g.members if _PLATFORM_AFTER.match(text[e:e + 12])
                   or _PLATFORM_BEFORE.search(text[max(0, s - 20):s]))
        if uses:
            g.evidence["ORG"] += _PLATFORM_WEIGHT * uses + 1


def _gazetteer_kind(name: str) -> str | None:
    """The kind of the best gazetteer entry for `name` (None when unknown or no gazetteer)."""
    try:
        from .. import gazetteer
        found = gazetteer.lookup(name)
    except Exception:  # the gazetteer is optional evidence: never fail extraction over it
        return None
    return found[0].kind if found else None


@functools.lru_cache(maxsize=4)
def _lower_words(text: str) -> frozenset[str]:
    """The words the text writes in lower case (computed once per text)."""
    return frozenset(w for w in WORD.findall(text) if w.islower())


def extract_entities(doc, *, labels: set[str] | None = None) -> list[Entity]:
    """One record per thing named in the article, in order of first mention; each carries its
    mentions (`members`), so `mentions_of` needs no second pass."""
    out = []
    for group in _entity_groups(doc):
        label = group.label()
        if labels and label not in labels:
            continue
        name = group.name()
        aliases = []
        for _, _, mtext, _ in group.members:
            if mtext != name and mtext not in aliases:
                aliases.append(mtext)
        members = [Mention(start=s, end=e, text=t, label=label, entity=name, model_label=ml)
                   for s, e, t, ml in group.members]
        out.append(Entity(entity=name, label=label, mentions=len(members), first_start=members[0].start,
                          aliases=aliases, spans=[(m.start, m.end) for m in members], members=members))
    return out


def mentions_of(entities: list[Entity]) -> list[Mention]:
    """One record per mention of the given entities, in text order."""
    return sorted((m for entity in entities for m in entity.members), key=lambda m: (m.start, m.end))


def extract_mentions(doc, *, labels: set[str] | None = None) -> list[Mention]:
    """One record per mention, in text order, each carrying its entity's name and label."""
    return mentions_of(extract_entities(doc, labels=labels))
