"""Named entities of one article: the model's mentions, cleaned, grouped into the things they name.

A mention is trimmed of what is not the name ("the", "'s", "Mr."), then grouped with the other
mentions of the same thing in the article (same name, or a surname of a full personal name), and
each group gets one label by weighted vote and one canonical name: its fullest form.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

NUMERIC_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})

HONORIFICS = frozenset("""
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. fr fr. st.
president vice prime minister chancellor premier governor gov gov. senator sen sen. rep rep.
secretary general gen gen. col col. capt capt. lt lt. sgt sgt. judge justice mayor king queen
prince princess pope sheikh ambassador commissioner chairman chairwoman spokesman spokeswoman
""".split())
_LEADING_DROP = frozenset({"the", "a", "an"})
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")
_EDGE_PUNCT = "\"'“”‘’«»()[]{},.;:!?-–— \t"
_CACHE_KEY = "newsmine.entity_groups"


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str        # the group's label (after voting), not the model's guess for this span
    entity: str       # canonical name of the group
    model_label: str = ""


@dataclass
class Entity:
    entity: str
    label: str
    mentions: int
    first_start: int
    aliases: list[str]
    spans: list[tuple[int, int]] = field(default_factory=list, repr=False)


@dataclass
class _Group:
    members: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end, text, model label

    def name(self) -> str:
        return max(self.members, key=lambda m: (len(m[2].split()), len(m[2]), -m[0]))[2]

    def label(self) -> str:
        votes: Counter = Counter()
        for _, _, text, label in self.members:
            votes[label] += len(text.split())  # a fuller name is stronger evidence
        best = max(votes.values())
        return next(m[3] for m in self.members if votes[m[3]] == best)


def clean_span(text: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    """Trim a mention to the name itself; None when nothing name-like is left."""
    span = text[start:end]
    newline = span.find("\n")
    if newline >= 0:  # a name never runs across lines
        end = start + newline
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    while True:
        words = text[start:end].split(" ")
        first = words[0].lower()
        drop = first in _LEADING_DROP or (label == "PERSON" and first in HONORIFICS)
        if len(words) > 1 and drop:
            start += len(words[0]) + 1
            while start < end and text[start] == " ":
                start += 1
            continue
        break
    m = _POSSESSIVE.search(text[start:end])
    if m and end - start > len(m.group()) + 1:
        end -= len(m.group())
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    name = text[start:end]
    if not any(c.isupper() or c.isdigit() for c in name) or not any(c.isalpha() for c in name):
        return None
    return start, end


def _key(name: str) -> str:
    return " ".join(name.casefold().replace("’", "'").split())


def entity_groups(doc) -> list[_Group]:
    """Mention groups of one Doc, in order of first mention (cached on the Doc)."""
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is not None:
        return cached
    text = doc.text
    by_key: dict[str, _Group] = {}
    for ent in doc.ents:
        if ent.label_ in NUMERIC_LABELS:
            continue
        cleaned = clean_span(text, ent.start_char, ent.end_char, ent.label_)
        if cleaned is None:
            continue
        s, e = cleaned
        by_key.setdefault(_key(text[s:e]), _Group()).members.append((s, e, text[s:e], ent.label_))
    groups = _join_surnames(by_key)
    groups.sort(key=lambda g: min(m[0] for m in g.members))
    for g in groups:
        g.members.sort()
    doc.user_data[_CACHE_KEY] = groups
    return groups


def _join_surnames(by_key: dict[str, _Group]) -> list[_Group]:
    """Fold "Moskalkova" into "Tatiana Moskalkova" when exactly one full name ends that way."""
    full_by_last: dict[str, list[str]] = defaultdict(list)
    for key, group in by_key.items():
        words = key.split()
        if len(words) >= 2 and group.label() == "PERSON":
            full_by_last[words[-1]].append(key)
    merged: dict[str, _Group] = {}
    for key, group in by_key.items():
        words = key.split()
        owners = full_by_last.get(words[-1], []) if len(words) == 1 else []
        if len(owners) == 1 and owners[0] != key:
            merged.setdefault(owners[0], by_key[owners[0]])
            by_key[owners[0]].members.extend(group.members)
        else:
            merged.setdefault(key, group)
    return list(merged.values())


def extract_entities(doc, *, labels: set[str] | None = None) -> list[Entity]:
    """One record per thing named in the article, in order of first mention."""
    out = []
    for group in entity_groups(doc):
        label = group.label()
        if labels and label not in labels:
            continue
        name = group.name()
        aliases = []
        for _, _, mtext, _ in group.members:
            if mtext != name and mtext not in aliases:
                aliases.append(mtext)
        out.append(Entity(entity=name, label=label, mentions=len(group.members),
                          first_start=group.members[0][0], aliases=aliases,
                          spans=[(m[0], m[1]) for m in group.members]))
    return out


def extract_mentions(doc, *, labels: set[str] | None = None) -> list[Mention]:
    """One record per mention, in text order, each carrying its entity's name and label."""
    out = []
    for group in entity_groups(doc):
        label, name = group.label(), group.name()
        if labels and label not in labels:
            continue
        out.extend(Mention(start=s, end=e, text=t, label=label, entity=name, model_label=ml)
                   for s, e, t, ml in group.members)
    out.sort(key=lambda m: (m.start, m.end))
    return out


def entity_at(doc, start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping [start, end), for naming speakers and places."""
    for entity in extract_entities(doc):
        if any(s < end and start < e for s, e in entity.spans):
            return entity
    return None
