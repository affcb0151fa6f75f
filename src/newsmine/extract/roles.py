"""Who a role stands for: "Prime Minister Tony Blair ... 'We will act,' the prime minister said"
is Blair's.

News names a person once with a title ("Gov. Andrew Cuomo", "Alan Milburn, the health
secretary,") and then by the title alone ("the governor said"). A role is linked only to the one
person the article itself gave that title before it, never guessed from what the reader knows:
"the prime minister" in a story that names "Tony Blair" without a title stays as written.
"""
from __future__ import annotations

from ..lexicon import PERSONAL_TITLES

# Abbreviated titles as the role a later mention spells out ("Sen. Schumer ... the senator").
TITLE_WORDS = {"gov.": "governor", "sen.": "senator", "rep.": "representative", "gen.": "general",
               "lt.": "lieutenant", "col.": "colonel", "capt.": "captain", "sgt.": "sergeant",
               "det.": "detective", "supt.": "superintendent", "insp.": "inspector", "adm.": "admiral",
               "atty.": "attorney", "prof.": "professor", "cmdr.": "commander", "maj.": "major",
               "cpl.": "corporal", "pres.": "president", "supt": "superintendent", "insp": "inspector"}
MAX_TITLE_WORDS = 5


def role_key(noun, entity_of) -> tuple[tuple[str, bool], ...]:
    """The words of a role phrase headed by `noun` ("the shadow health secretary" -> shadow,
    health, secretary), each with whether it names an affiliation (a word of a party's, a
    place's or a body's name: "Democratic" of "the Democratic senator")."""
    words = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod") and t.i > noun.i - MAX_TITLE_WORDS]
    return tuple(_word(t, entity_of) for t in words + [noun])


def _word(token, entity_of) -> tuple[str, bool]:
    word = token.lower_
    return TITLE_WORDS.get(word, word), token.i in entity_of


def titles_before(span, entity_of) -> tuple[tuple[str, bool], ...] | None:
    """The title written before a name ("Prime Minister Tony Blair", "Texas Gov. Rick Perry",
    "shadow chancellor Oliver Letwin"): the nouns and adjectives right before it, the nearest of
    which the parser hangs on the name; None when there is none."""
    doc, words = span.doc, []
    i = span.start - 1
    while i >= 0 and len(words) < MAX_TITLE_WORDS:
        t = doc[i]
        if t.pos_ not in ("PROPN", "NOUN", "ADJ") or not (t.is_alpha or t.text.endswith(".")) \
                or entity_of.get(i) is entity_of.get(span.start):
            break
        words.insert(0, t)
        i -= 1
    words = [t for t in words if t.lower_ not in PERSONAL_TITLES]   # "Mr", "Dr": no role
    if not words or not (words[-1].head.i in range(span.start, span.end) or words[-1].lower_ in TITLE_WORDS):
        return None
    return tuple(_word(t, entity_of) for t in words)


def appositive_title(span, entity_of) -> tuple[tuple[str, bool], ...] | None:
    """A role in apposition to a name, either way round: "Alan Milburn, the health secretary,"
    and "the health secretary, Alan Milburn,"."""
    root = span.root
    for c in root.children:
        if c.dep_ == "appos" and c.tag_ == "NN" and c.i not in entity_of:
            return role_key(c, entity_of)
    head = root.head
    if root.dep_ == "appos" and head.tag_ == "NN" and head.i not in entity_of:
        return role_key(head, entity_of)
    return None


def fits(role: tuple, title: tuple) -> bool:
    """Does a later role phrase name the holder of `title`? Its words must end the title, and
    the title's other words may only be affiliations: "the senator" is "Democratic Sen. X", but
    "the minister" is not "Prime Minister X" nor "the prime minister" "deputy prime minister X"."""
    n = len(role)
    if n > len(title) or [w for w, _ in title[-n:]] != [w for w, _ in role]:
        return False
    return all(affiliation for _, affiliation in title[:-n])
