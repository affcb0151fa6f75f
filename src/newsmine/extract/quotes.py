"""Quotations of one article: direct speech in quote marks, reported speech, and who said it.

Direct quotes are found in the text by pairing quote marks (curly, straight, guillemets, British
single quotes; a quote may run over paragraphs that each reopen it). A quoted span is speech when
an attribution sits next to it (`"...," she said`, `X said: "..."`), when it continues a quote just
made, or when it is too long to be a scare quote. Reported speech is a speech verb (matched by
lemma) with its clausal complement, or "according to X". Spans of direct quotes include their
quote marks (as in PolNeAR's content spans); reported clauses include "that" and stop before the
sentence's final punctuation. The speaker is the cue verb's subject, named by its entity's
canonical name; pronouns go to the most recent compatible subject or speaker.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..lexicon import PLACE_LABELS, SPEECH_VERBS
from .entities import entity_id, extract_entities, title_gender

# Verbs that introduce a quote after a colon or comma but rarely report speech otherwise.
QUOTE_INTROS = frozenset({"continue", "begin", "conclude", "go", "write", "read"})
# Verbs whose content may be an infinitive ("urged voters to ..."), not only a clause.
INFINITIVE_VERBS = frozenset("""
urge vow promise pledge ask tell warn threaten demand order instruct plead beg implore appeal
call advise encourage invite challenge recommend agree propose
""".split())
# Verbs whose object, quoted or not, is the content: "cited rising costs", "called for a ban".
OBJECT_CUES = frozenset("""
cite mention criticize criticise praise denounce condemn demand accuse blame call tout
""".split())
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
OBJECT_DEPS = frozenset({"dobj", "oprd", "prep", "xcomp", "attr", "acomp", "dative", "advcl"})
PRONOUNS = {"he": "PERSON", "she": "PERSON", "him": "PERSON", "her": "PERSON",
            "they": "GROUP", "it": "ORG"}
RELATIVE = frozenset({"who", "which", "that", "whom"})
PERSON_LABELS = frozenset({"PERSON"})
# What "it" can stand for: organisations, and places speaking as institutions ("Kyiv argues").
ORG_LABELS = frozenset({"ORG", "NORP"}) | PLACE_LABELS

DOUBLE_OPEN = "“„«‹"
DOUBLE_CLOSE = "”»›"
DASHES = "―—–-"
_EDGE = " \t\n\r,;:.—–-"
MIN_BARE_WORDS = 8   # a quote with no cue and no quote before it must be this long to count
# A quoted span of fewer words is a scare quote or a title ('Machado was “disgusting” and “a con”'):
# it neither continues the quote before it nor ends a run of continuations.
MIN_CONTINUATION_WORDS = 3
# A continuation may start the next paragraph (one blank line: two newlines) but no further:
# '― Ariana Huichapa.\n\nGetty/Instagram.\n\n”Fortunately, ...' is the next person's quote.
MAX_CONTINUATION_NEWLINES = 2
# Between a quote and its continuation, this many words are still only its attribution and the
# continuation shares its cue: '..., said David Plouffe, the architect of Obama’s 2008 campaign
# and a close aide in 2012. “I think ...”' (15 words).
MAX_ATTRIBUTION_WORDS = 15
# A reported clause or object of one word reports nothing: "rather than criticize him",
# "Don't blame Bush."
MIN_REPORTED_WORDS = 2


@dataclass
class Quote:
    start: int
    end: int
    quote: str
    type: str                       # direct | indirect | mixed
    speaker: str | None
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    speaker_id: str | None = None   # the speaker's entity_id; None when the speaker names no entity
    speaker_gender: str | None = None   # female | male, from the article's own words; None unknown


# ---------------------------------------------------------------- quote marks

def quote_spans(text: str) -> list[tuple[int, int]]:
    """Outermost quoted spans (marks included); unclosed quotes are dropped, never raised on."""
    # Typewriter doubles ('' and ``) count as one double mark; the second char is padding.
    plain = text.replace("''", '"\x00').replace("``", '"\x00')
    spans = _pair(plain, double=True)
    spans = [(s, e + 1 if plain[e:e + 1] == "\x00" else e) for s, e in spans]
    outside = _mask(plain, spans)
    spans += _pair(outside, double=False)
    return sorted(spans)


def _mask(text: str, spans) -> str:
    chars = list(text)
    for s, e in spans:
        chars[s:e] = "x" * (e - s)
    return "".join(chars)


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/" + DOUBLE_OPEN) and not after.isspace()


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _pair(text: str, *, double: bool) -> list[tuple[int, int]]:
    """Pair marks left to right; a quote reopened at the next paragraph's start continues."""
    spans: list[tuple[int, int]] = []
    opener = -1              # index of the open outermost mark
    depth = 0                # marks nested inside the open quote
    i, n = 0, len(text)
    marks = (DOUBLE_OPEN + DOUBLE_CLOSE + '"') if double else "‘’'"
    reopen = (DOUBLE_OPEN + '"') if double else "‘'"
    while i < n:
        c = text[i]
        if c == "\n" and opener >= 0:
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n and text[j] in reopen:
                i = j + 1    # the quote goes on in the next paragraph
                continue
            opener, depth = -1, 0    # unclosed at paragraph end: a broken pair, dropped
        elif c in marks:
            if opener < 0:
                if c in "“„«‹‘" or (c in "\"'" and not _closes(text, i)) or _opens(text, i):
                    opener = i
            elif c in "“„«‹‘" or (c in "\"'" and _opens(text, i) and not _closes(text, i)):
                depth += 1
            elif depth:
                depth -= 1
            elif double or _closes(text, i):
                spans.append((opener, i + 1))
                opener = -1
        i += 1
    return spans


# ---------------------------------------------------------------- tokens and speakers

def _entity_of_tokens(doc, entities: list) -> dict[int, object]:
    """Token index -> the `Entity` one of whose mentions covers the token."""
    entity_of: dict[int, object] = {}
    for entity in entities:
        for s, e in entity.spans:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                for t in span:
                    entity_of[t.i] = entity
    return entity_of


class _Article:
    """Per-Doc lookups built once: entity of each token, subjects seen so far, quote spans."""

    def __init__(self, doc, entities: list):
        self.doc = doc
        self.text = doc.text
        self.entity_of = _entity_of_tokens(doc, entities)
        self.label_of = {entity.entity: entity.label for entity in entities}  # speaker names -> label
        self.quotes = quote_spans(self.text)
        # Sentence bounds as token indices, computed once (Token.sent walks the Doc each time).
        self.sent_first: list[int] = []
        self.sent_end: list[int] = []
        for sent in doc.sents:
            self.sent_first.append(sent.start)
            self.sent_end.append(sent.end)
        self.quote_starts = [s for s, _ in self.quotes]
        # Candidates for pronouns: (char offset, label, name) of subjects and speakers.
        # Names inside quote marks are the speaker's words, never antecedents of the reporter's
        # pronouns: '"Trump actually said he believes ...," she said' is not Trump's.
        self.antecedents: list[tuple[int, str, str]] = []
        for t in doc:
            if t.dep_ in SUBJECTS and t.lower_ not in PRONOUNS and t.pos_ in ("PROPN", "NOUN") \
                    and self.quote_at(t.idx) is None:
                entity = self.entity_of.get(t.i)
                if entity is not None:
                    self.antecedents.append((t.idx, entity.label, entity.entity))
                elif t.tag_ in ("NNS", "NNPS") and _is_cue(t.head):
                    # only plurals that speak ("Democrats argued"): "they" is not "ballots"
                    self.antecedents.append((t.idx, "PLURAL", self.phrase_text(t)))
        self.antecedent_pos = [a[0] for a in self.antecedents]
        self.gender = _genders(self, entities)

    def sentence(self, i: int):
        """The sentence (a Span) holding token i."""
        k = bisect.bisect_right(self.sent_first, i) - 1
        return self.doc[self.sent_first[k]:self.sent_end[k]]

    def quote_at(self, char: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(self.quote_starts, char) - 1
        if k >= 0 and self.quotes[k][0] <= char < self.quotes[k][1]:
            return self.quotes[k]
        return None

    def phrase(self, head) -> tuple[int, int]:
        """Character span of the noun phrase `head` heads, without appositions or clauses."""
        first = head.left_edge
        while first.i < head.i and "\n" in self.text[first.idx:head.idx]:
            first = first.nbor(1)  # a dateline or headline above is not part of the name
        for t in self.doc[first.i:head.i]:
            if t.text in ("-", "--", "—", "–"):
                first = t.nbor(1)  # "WASHINGTON -- President Obama": the dateline is no name
        last = head
        for child in head.rights:
            if child.dep_ in ("conj", "cc") or (child.dep_ == "prep" and child.lower_ == "of"):
                last = child.right_edge if child.dep_ == "prep" else max(last, child, key=lambda t: t.i)
                if child.dep_ == "conj":
                    last = child
        for child in head.lefts:
            if child.dep_ in ("punct",) and child.i == first.i:
                first = child.nbor(1)
        start, end = first.idx, last.idx + len(last.text)
        while start < end and self.text[start] in _EDGE + "\"'“”‘’«»()":
            start += 1
        while end > start and self.text[end - 1] in _EDGE + "\"'“”‘’«»()":
            end -= 1
        return start, end

    def phrase_text(self, head) -> str:
        s, e = self.phrase(head)
        return self.text[s:e]

    def resolve(self, pronoun, content: tuple[int, int] | None = None) -> str | None:
        """The most recent compatible subject or speaker before a he/she/they/it, agreeing in
        gender, outside quote marks and outside the `content` the pronoun is the speaker of
        ("Obama was the first black president, he said" is not Obama's)."""
        kind = PRONOUNS.get(pronoun.lower_)
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        k = bisect.bisect_left(self.antecedent_pos, pronoun.idx) - 1
        stop = max(-1, k - MAX_ANTECEDENTS)
        while k > stop:
            pos, label, name = self.antecedents[k]
            if self._fits(kind, gender, label, name, pos, content):
                return name
            k -= 1
        # No subject fits: the most recent compatible name in any role, a few sentences back.
        for i in range(pronoun.i - 1, max(-1, pronoun.i - MAX_FALLBACK_TOKENS), -1):
            entity = self.entity_of.get(i)
            if entity is not None and self._fits(kind, gender, entity.label, entity.entity,
                                                  self.doc[i].idx, content):
                return entity.entity
        return None

    def _fits(self, kind, gender, label, name, pos, content) -> bool:
        if content is not None and content[0] <= pos < content[1] or self.quote_at(pos) is not None:
            return False
        known = self.gender.get(name)
        return _compatible(kind, label, name) and (gender is None or known in (None, gender))

    def speaker(self, token, content: tuple[int, int] | None = None):
        """(name, text, start, end) for a speaker head token of the quote or clause `content`."""
        if token.lower_ in PRONOUNS:
            name = self.resolve(token, content)
            return name, token.text, token.idx, token.idx + len(token.text)
        if token.lower_ in ("i", "we", "you"):
            return None, token.text, token.idx, token.idx + len(token.text)
        if token.lower_ in RELATIVE and token.head.dep_ == "relcl" and token.head.head is not token.head:
            name = self.speaker(token.head.head, content)[0]   # "some economists, who argue ..."
            return name, token.text, token.idx, token.idx + len(token.text)
        s, e = self.phrase(token)
        if e <= s:
            return None, None, None, None
        entity = self.entity_of.get(token.i)
        name = entity.entity if entity is not None else self.text[s:e]
        if entity is not None and entity.label in PERSON_LABELS | ORG_LABELS:
            self.antecedents_add(token.idx, entity.label, entity.entity)
        elif entity is None and token.tag_ in ("NNS", "NNPS"):
            self.antecedents_add(token.idx, "PLURAL", name)
        return name, self.text[s:e], s, e

    def speaker_gender(self, name: str | None, stext: str | None) -> str | None:
        """female / male from the speaker's pronoun ("she") or the article's evidence for the
        entity; None when the article says nothing."""
        if stext is not None and stext.lower() in PRONOUN_GENDER:
            return PRONOUN_GENDER[stext.lower()]
        return self.gender.get(name) if name is not None else None

    def speaker_id(self, name: str | None) -> str | None:
        """The entity_id of a speaker named by its entity's canonical name (pronouns resolve to
        one too); None for a phrase that names no entity."""
        return entity_id(self.label_of[name], name) if name in self.label_of else None

    def antecedents_add(self, pos, label, name):
        k = bisect.bisect_left(self.antecedent_pos, pos)
        if k < len(self.antecedents) and self.antecedents[k][0] == pos:
            return
        self.antecedent_pos.insert(k, pos)
        self.antecedents.insert(k, (pos, label, name))


# How far back a pronoun looks: 60 subjects or speakers (about ten paragraphs of a news story),
# then 150 tokens (about five sentences) for a name in any role.
MAX_ANTECEDENTS = 60
MAX_FALLBACK_TOKENS = 150
PRONOUN_GENDER = {"he": "male", "him": "male", "she": "female", "her": "female"}
# Words before a name that give its gender: "his wife, Melania Trump", "her husband Bill".
_KIN = re.compile(r"\b(his|her)\s+(?:late\s+|former\s+)?(wife|husband|widow|widower|daughter|son|mother|"
                  r"father|sister|brother)\b[^.;:!?\n]{0,60}$", re.IGNORECASE)
_KIN_GENDER = {"wife": "female", "widow": "female", "daughter": "female", "mother": "female",
               "sister": "female", "husband": "male", "widower": "male", "son": "male", "father": "male",
               "brother": "male"}
_REFLEXIVE_GENDER = {"his": "male", "himself": "male", "her": "female", "herself": "female"}
# Votes: a title or kin word names the gender (3), a "his"/"her" in the person's own clause
# only suggests it (1); the winner needs twice the loser's votes ("Trump attacked her record"
# gives Trump one wrong vote against his many "his").
TITLE_VOTES = 3
PRONOUN_VOTES = 1
GENDER_MARGIN = 2


def _genders(art: _Article, entities: list) -> dict[str, str]:
    """Person entity name -> "female"/"male" from the article's own words: Mr./Mrs./Ms. before
    a mention, "his wife X", and his/her/himself/herself in a clause whose subject is the
    person. Never from first names."""
    votes: dict[str, dict[str, int]] = {}
    text = art.text
    for entity in entities:
        if entity.label not in PERSON_LABELS:
            continue
        tally = votes.setdefault(entity.entity, {"female": 0, "male": 0})
        for s, _ in entity.spans:
            gender = title_gender(text, s)
            kin = _KIN.search(text[max(0, s - 90):s])
            if kin is not None:
                gender = gender or _KIN_GENDER[kin.group(2).lower()]
            if gender:
                tally[gender] += TITLE_VOTES
    for t in art.doc:
        gender = _REFLEXIVE_GENDER.get(t.lower_)
        if gender is None or t.lower_ == "her" and t.dep_ != "poss" or art.quote_at(t.idx) is not None:
            continue
        subject = _clause_subject(t)
        entity = art.entity_of.get(subject.i) if subject is not None else None
        if entity is not None and entity.entity in votes and art.quote_at(subject.idx) is None:
            votes[entity.entity][gender] += PRONOUN_VOTES
    return {name: ("female" if v["female"] > v["male"] else "male") for name, v in votes.items()
            if max(v.values()) >= GENDER_MARGIN * min(v.values()) and max(v.values()) > 0}


def _clause_subject(token):
    """The subject of the verb governing `token` (its own clause), or None."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:   # Tokens are views: no `is`
        head = head.head
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


ORG_WORDS = frozenset("""
ministry office party council committee department agency company bank group union court
government news times post service association institute university commission house city
state church army force forces corporation inc corp ltd llc foundation campaign center centre
""".split())


def _compatible(kind: str | None, label: str, name: str) -> bool:
    """Can a pronoun of this kind (PERSON, ORG, GROUP) refer to a name with this label?"""
    if kind == "PERSON":
        return label in PERSON_LABELS or label == "ORG" and _looks_personal(name)
    if kind == "ORG":
        return label in ORG_LABELS
    return kind == "GROUP" and (label == "PLURAL" or label in ORG_LABELS)


def _looks_personal(name: str) -> bool:
    """"Tatiana Moskalkova" tagged ORG by a small model: two or three capitalised words, no org word."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.lower() not in ORG_WORDS for w in words)


def _subject(verb):
    """The speaker token of a cue verb, if it stands in the cue's paragraph."""
    found = _find_subject(verb)
    if found is None:
        return None
    first, last = sorted((found.i, verb.i))
    return None if any("\n" in t.whitespace_ or "\n" in t.text for t in verb.doc[first:last]) else found


def _find_subject(verb):
    """The cue verb's subject, through passives, clauses and conjuncts."""
    token = verb
    for _ in range(4):
        quoted = _quoted_as(token) if token is not verb else None
        if quoted is not None:
            return quoted
        for child in token.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
        for child in token.children:
            if child.dep_ in ("nsubj", "csubj") or (child.dep_ == "nsubjpass" and token is not verb):
                if child.lower_ in RELATIVE and token.dep_ == "relcl":
                    return child   # "who": named after the noun it refers to
                if child.dep_ == "expl":
                    return None
                return _past_dateline(child)
        if token.dep_ in ("advcl", "xcomp", "conj", "pcomp", "prep") and token.head is not token:
            token = token.head
            if token.pos_ not in ("VERB", "AUX") and token.dep_ != "prep":
                return None
        elif token.dep_ == "relcl":
            return token.head
        else:
            return None
    return None


def _quoted_as(token):
    """"Interfax quoted Lavrov as saying ...": the speaker is the one quoted, not the quoter."""
    if token.lemma_.lower() != "quote":
        return None
    return next((c for c in token.children if c.dep_ == "dobj"), None)


def _past_dateline(subject):
    """"WASHINGTON -- President Obama, ..., said": the parser may take the dateline as subject."""
    doc = subject.doc
    if subject.text.isupper() and len(subject.text) > 1 and subject.i + 1 < len(doc) \
            and doc[subject.i + 1].text in ("-", "--", "—", "–"):
        for child in subject.rights:
            if child.dep_ in ("appos", "conj") and child.pos_ in ("PROPN", "NOUN"):
                return child
    return subject


def _cue_span(verb) -> tuple[int, int]:
    last = verb
    for child in verb.rights:
        if child.dep_ == "prt" and child.i == last.i + 1:
            last = child
    return verb.idx, last.idx + len(last.text)


def _is_cue(token) -> bool:
    return token.lemma_.lower() in SPEECH_VERBS and token.pos_ in ("VERB", "AUX") and not _not_speech(token)


# "call" as speech: "called for a ban", "called on Congress", "called him a liar", "called it
# unfair"; "called into action", "called off", "called up" are not speech.
CALL_SPEECH_PREPS = frozenset({"for", "on", "upon"})


def _not_speech(verb) -> bool:
    """Speech verbs in a sense that reports no speech: "U.S. adds 156,000 jobs", "the economy is
    adding", "called into action", a byline's "Glorioso reports for Naples Daily News"."""
    lemma, deps = verb.lemma_.lower(), {c.dep_ for c in verb.children}
    if "ccomp" in deps:
        return False
    if lemma == "add":
        return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children) \
            or any(c.dep_ == "dobj" and _counted(c) for c in verb.children)
    if lemma == "call":
        preps = {c.lower_ for c in verb.children if c.dep_ in ("prep", "prt")}
        return bool(preps) and not preps & CALL_SPEECH_PREPS and not deps & {"oprd", "dobj", "xcomp"}
    if lemma == "report":
        return "dobj" not in deps and any(c.dep_ == "prep" and c.lower_ in ("for", "from") for c in verb.children)
    return False


def _counted(noun) -> bool:
    """"156,000 jobs", "a million people": a noun counted by a number."""
    return noun.like_num or any(c.like_num or c.dep_ == "nummod" for c in noun.children)


# ---------------------------------------------------------------- content of reported speech

def _content(verb):
    """Token range [first, last] of what a cue verb reports, or None."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp",)]
    if not clauses and verb.lemma_.lower() in INFINITIVE_VERBS:
        clauses = [c for c in verb.children if c.dep_ in ("xcomp",)]
    if clauses:
        first = min(c.left_edge.i for c in clauses)
        last = max(_clause_end(c) for c in clauses)
        return first, last, False
    if (verb.dep_ in ("parataxis", "ccomp") and verb.head is not verb and verb.head.pos_ in ("VERB", "AUX")
            and not _is_cue(verb.head)):
        head = verb.head
        if verb.i > head.i:     # "X is Y, he said" parsed with the clause on top
            return head.left_edge.i, verb.left_edge.i - 1, False
        if head.left_edge.i < verb.left_edge.i:  # "The museum, he said, would ...": given whole
            return head.left_edge.i, head.right_edge.i, False
        return verb.right_edge.i + 1, head.right_edge.i, False
    objects = [c for c in verb.rights if c.dep_ in OBJECT_DEPS]
    if objects:   # "called him “a con”", "criticized the law as a “crazy system”": if quoted
        # Verbs whose object is itself what was said: "cited rising costs", "called for a ban".
        said = verb.lemma_.lower() in OBJECT_CUES and (
            verb.lemma_.lower() != "call" or any(c.dep_ == "prep" and c.lower_ == "for" for c in objects))
        return min(c.left_edge.i for c in objects), max(c.right_edge.i for c in objects), not said
    return None


def _clause_end(head) -> int:
    """Last token of a reported clause, stopping before "and warned ...", a cue of its own."""
    last = head.right_edge.i
    for child in head.rights:
        if child.dep_ == "conj" and _is_cue(child):
            last = min(last, child.left_edge.i - 1)
    doc = head.doc
    while last > head.i and (doc[last].dep_ == "cc" or doc[last].is_punct and doc[last].text not in "\"”’'»"):
        last -= 1
    return last


def _according(token, art):
    """("according to" cue span, source head, content range) or None."""
    if token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.nbor(1).lower_ != "to":
        return None
    to = token.nbor(1)
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    sent = art.sentence(token.i)
    phrase_first = token.i
    phrase_last = max(source.right_edge.i, to.i)
    before = (sent.start, phrase_first - 1)
    after = (phrase_last + 1, sent.end - 1)
    span = before if before[1] - before[0] >= after[1] - after[0] else after
    return (token.idx, to.idx + len(to.text)), source, span


def _trim(doc, first: int, last: int, art: _Article, cue: int | None = None) -> tuple[int, int] | None:
    """Characters of tokens first..last without edge punctuation (quote marks kept)."""
    if first > last or first < 0 or last >= len(doc):
        return None
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    text = art.text
    while start < end and (text[start] in _EDGE or text[start] in "\"'“”‘’" and art.quote_at(start) is None):
        start += 1
    while end > start and (text[end - 1] in _EDGE or text[end - 1] in "\"'“”‘’" and art.quote_at(end - 1) is None):
        end -= 1
    # A reported clause stays in its cue's paragraph (the parser may join a caption to it).
    if cue is not None:
        para_start = text.rfind("\n", 0, cue) + 1
        para_end = text.find("\n", cue)
        start = max(start, para_start)
        end = min(end, para_end if para_end >= 0 else end)
        while start < end and text[start] in _EDGE:
            start += 1
        while end > start and text[end - 1] in _EDGE:
            end -= 1
        if end <= start:
            return None
    # A quote cut by the clause's edge is taken whole.
    q = art.quote_at(start)
    if q is not None and q[0] < start:
        start = q[0]
    q = art.quote_at(end - 1) if end > start else None
    if q is not None and q[1] > end:
        end = q[1]
    return (start, end) if end > start else None


# ---------------------------------------------------------------- attributing quotes

def _tokens_between(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
    return list(span) if span is not None else []


def _after_cue(art: _Article, qs: int, qe: int, next_start: int):
    """`"...," she said` / `"..." ― Name`: an attribution right after the quote."""
    text = art.text
    inner = text[qs:qe].rstrip("\"'”’»›")
    inner_last = inner[-1] if inner else ""
    n = min(len(text), next_start)
    newline = text.find("\n", qe, n)
    stop = n if newline < 0 else newline
    after = art.doc.char_span(qe, min(stop, qe + 200), alignment_mode="contract")
    if after is None or not len(after):
        return None
    sent = art.sentence(after[0].i)
    stop = min(stop, sent[-1].idx + len(sent[-1].text))
    window = _tokens_between(art.doc, qe, stop)
    words = [t for t in window if not t.is_punct and not t.is_space]
    if not words:
        return None
    lead = text[qe:words[0].idx].strip()
    if lead and lead[0] in DASHES:
        entity = art.entity_of.get(words[0].i)
        if entity is not None and entity.label in ("PERSON", "ORG"):
            dash = qe + text[qe:words[0].idx].index(lead[0])
            return ("dash", dash, words[0])
        return None
    if not (inner_last in ",?!—–-…" or lead.startswith(",")):
        return None
    if not (_sentence_start(text, qs) or text[:qs].rstrip().endswith(",")):
        return None   # a title inside a phrase: 'on CBS's "Face the Nation," Ryan said'
    for t in words:
        if _is_cue(t):
            # "..., said Smith" / "..., Smith said" / "..., Rep. X (D-S.C.), the leader, also said";
            # not "..., but he said that ...", where the attribution starts a new clause.
            subject = _subject(t)
            lead_words = [w for w in words if w.i < t.i]
            inside = set() if subject is None else {w.i for w in subject.subtree}
            if all(w.i in inside or w.dep_ in ("aux", "neg", "advmod", "npadvmod") for w in lead_words):
                return ("verb", t, None)
            return None
    return _name_after(art, words)


def _name_after(art: _Article, words):
    """`"...," shop owner Hayriye Evren.`: a sentence of only a name after the quote, no verb,
    attributes it with no cue (the name is never part of the quote)."""
    if any(w.pos_ in ("VERB", "AUX") for w in words) or len(words) > MAX_ATTRIBUTION_WORDS:
        return None
    named = [w for w in words if (e := art.entity_of.get(w.i)) is not None and e.label == "PERSON"]
    return ("dash", None, named[-1]) if named else None


def _before_cue(art: _Article, qs: int, qe: int, prev_end: int):
    """`X said: "..."`, `X said, "..."`: an attribution ending right before the quote."""
    doc, text = art.doc, art.text
    first = doc.char_span(qs, qs + 1, alignment_mode="expand")
    if first is None:
        return None
    sent_start = art.sentence(first[0].i)[0].idx
    para = text.rfind("\n", 0, qs) + 1
    start = max(sent_start, prev_end, para)
    window = _tokens_between(doc, start, qs)
    words = [t for t in window if not t.is_space]
    if not words and not text[start:qs].strip() and text[:start].rstrip().endswith(":") and start >= prev_end:
        # `Clinton said in a statement:` closing the paragraph above the quote.
        end = len(text[:start].rstrip())
        before = doc.char_span(end - 1, end, alignment_mode="expand")
        if before is not None and before[0].i > 0:
            sent = art.sentence(before[0].i - 1)
            words = [t for t in doc[sent.start:before[0].i + 1] if not t.is_space]
    if not words:
        return None
    last = words[-1]
    verbs = [t for t in words if _is_cue(t) or t.lemma_.lower() in QUOTE_INTROS]
    if last.text in (":", ","):
        if verbs:
            return verbs[-1]
        return None
    if verbs and (last is verbs[-1] or (last.lower_ == "that" and len(words) > 1 and words[-2] is verbs[-1])):
        # `he said "..."` only when the quote ends the sentence; else it is a fragment of a
        # reported clause (`he said "budget reforms" would pay for it`): a mixed quote.
        if _ends_sentence(art, qe):
            return verbs[-1]
    return None


def _ends_sentence(art: _Article, qe: int) -> bool:
    text = art.text
    j = qe
    while j < len(text) and text[j] in " \t.!?,;":
        j += 1
    return j >= len(text) or text[j] == "\n" or text[j - 1] in ".!?" and j > qe


def extract_quotes(doc, *, entities: list | None = None) -> list[Quote]:
    """Every quotation in the article, in text order, with its speaker and cue.

    `entities` are the article's `Entity` records (`extract_entities(doc)`), which name the
    speakers; they are computed here when not given.
    """
    if not len(doc) or not doc.has_annotation("DEP"):
        return []
    art = _Article(doc, extract_entities(doc) if entities is None else entities)
    direct = _direct_quotes(art)
    records = direct.records + _reported_speech(art, direct.covered, direct.used_cues)
    records.extend(_colon_lines(art, direct.covered))
    records = _drop_continuations_in_reported(records, direct.continued)
    records.sort(key=lambda r: (r.start, r.end))
    return _drop_nested(records)


def _record(art: _Article, start: int, end: int, kind: str, speaker_token, cue_range, *,
            speaker: tuple | None = None) -> Quote:
    """A Quote; its speaker named from a head token, or given whole (a continued quote's)."""
    if speaker_token is not None:
        name, stext, ss, se = art.speaker(speaker_token, (start, end))
    elif speaker is not None:
        name, stext, ss, se = speaker
    else:
        name = stext = ss = se = None
    cs, ce = cue_range if cue_range else (None, None)
    text = art.text
    return Quote(start=start, end=end, quote=text[start:end], type=kind, speaker=name,
                 speaker_text=stext, speaker_start=ss, speaker_end=se,
                 cue=text[cs:ce] if cs is not None else None, cue_start=cs, cue_end=ce,
                 speaker_id=art.speaker_id(name), speaker_gender=art.speaker_gender(name, stext))


# ---------------------------------------------------------------- direct quotes

@dataclass
class _Direct:
    records: list[Quote] = field(default_factory=list)
    covered: list[tuple[int, int]] = field(default_factory=list)  # quotes with an attribution of their own
    continued: list[Quote] = field(default_factory=list)          # quotes that only continue an earlier one
    used_cues: set[int] = field(default_factory=set)              # cue verbs (token index) already taken


def _direct_quotes(art: _Article) -> _Direct:
    """Quote-mark spans with an attribution beside them, continuing one, or long enough alone."""
    found = _Direct()
    prev: Quote | None = None
    for k, (qs, qe) in enumerate(art.quotes):
        words = len(art.text[qs + 1:qe - 1].split())
        record, cue_verb = _attributed_quote(art, k)
        if cue_verb is not None:
            found.used_cues.add(cue_verb.i)
        continues = False
        if record is None and prev is not None and words >= MIN_CONTINUATION_WORDS:
            record = _continuation(art, prev, qs, qe)
            continues = record is not None
        if record is None and words >= MIN_BARE_WORDS and _sentence_start(art.text, qs):
            record = _record(art, qs, qe, "direct", None, None)
        if record is not None:
            found.records.append(record)
            if continues:
                found.continued.append(record)
            else:
                found.covered.append((qs, qe))
            # Only an attribution that named its speaker passes it on: a failed one ends the run.
            prev = record if record.speaker is not None else None
        elif words >= MIN_CONTINUATION_WORDS:
            prev = None   # an unattributed quote of its own ends the run of continuations
    return found


def _attributed_quote(art: _Article, k: int) -> tuple[Quote | None, object]:
    """(record, cue verb) for the k-th quoted span when an attribution stands right after it
    (`"...," she said`, `"..." ― Name`) or right before it (`X said: "..."`); else (None, None)."""
    qs, qe = art.quotes[k]
    next_start = art.quotes[k + 1][0] if k + 1 < len(art.quotes) else len(art.text)
    prev_end = art.quotes[k - 1][1] if k else 0
    found = _after_cue(art, qs, qe, next_start)
    if found and found[0] == "dash":
        _, dash, name_token = found
        cue = (dash, dash + 1) if dash is not None else None
        return _record(art, qs, qe, "direct", name_token, cue), None
    verb = found[1] if found else _before_cue(art, qs, qe, prev_end)
    if verb is None:
        return None, None
    return _record(art, qs, qe, "direct", _subject(verb), _cue_span(verb)), verb


def _continuation(art: _Article, prev: Quote, qs: int, qe: int) -> Quote | None:
    """`"X," she said. "Y."`: Y goes on from X, with X's speaker, and with X's cue too when only
    that attribution stands between them (a new paragraph's quote has no cue of its own)."""
    text = art.text
    gap = text[prev.end:qs]
    if gap.count("\n") > MAX_CONTINUATION_NEWLINES or not _sentence_start(text, qs):
        return None
    split = ("\n" not in gap and prev.cue_start is not None
             and (prev.end <= prev.cue_start and len(gap.split()) <= MAX_ATTRIBUTION_WORDS or not gap.strip()))
    speaker = (prev.speaker, prev.speaker_text, prev.speaker_start, prev.speaker_end)
    cue = (prev.cue_start, prev.cue_end) if split else None
    return _record(art, qs, qe, "direct", None, cue, speaker=speaker)


def _drop_continuations_in_reported(records: list[Quote], continued: list[Quote]) -> list[Quote]:
    """A quote taken as a continuation yields to a reported clause of its own holding it."""
    reported = sorted((r.start, r.end) for r in records if r.type != "direct")
    drop = {id(c) for c in continued if _inside_any(c.start, c.end, reported)}
    return [r for r in records if id(r) not in drop]


# ---------------------------------------------------------------- reported speech

def _reported_speech(art: _Article, covered, used_cues: set[int]) -> list[Quote]:
    """Cue verbs with the clause they report, and "according to X", outside quote marks and
    outside the direct quotes already found (`covered`)."""
    records = []
    for token in art.doc:
        if art.quote_at(token.idx) is not None:
            continue
        if _is_cue(token) and token.i not in used_cues:
            found = _reported_by_verb(art, token)
        else:
            found = _reported_by_source(art, token)
        if found is None:
            continue
        (s, e), speaker_token, cue_range = found
        if len(art.text[s:e].split()) < MIN_REPORTED_WORDS or _mostly_covered(s, e, covered):
            continue
        kind = "mixed" if _holds_quote(art, s, e) else "indirect"
        records.append(_record(art, s, e, kind, speaker_token, cue_range))
    return records


def _reported_by_verb(art: _Article, verb):
    """(content span, speaker head, cue span) of a cue verb's clause or object, or None."""
    rng = _content(verb)
    if rng is None:
        return None
    span = _trim(art.doc, rng[0], rng[1], art, verb.idx)
    if span is None or rng[2] and not _holds_quote(art, *span):
        return None   # an object is content only when quoted: "called him “a con”", not "attacked X"
    return span, _subject(verb), _cue_span(verb)


def _reported_by_source(art: _Article, token):
    """(content span, source head, cue span) when `token` opens "according to X", or None."""
    found = _according(token, art)
    if found is None:
        return None
    cue_range, source, rng = found
    span = _trim(art.doc, rng[0], rng[1], art, token.idx)
    return None if span is None else (span, source, cue_range)


# Tried at line starts only (^ with MULTILINE), not at every character of the text.
_COLON_LINE = re.compile(r"^[ \t\"“]*([^\W\d][^:\n]{0,40}?):[ \t]+(\S[^\n]*)", re.MULTILINE)


def _colon_lines(art: _Article, covered) -> list[Quote]:
    """Transcript and headline lines: `PENCE: Well, look ...`, `Pat Caddell: Voters worry ...`."""
    out = []
    text, doc = art.text, art.doc
    for m in _COLON_LINE.finditer(text):
        if m.start() and text[m.start() - 1] != "\n":
            continue
        ns, ne = m.span(1)
        cs, ce = m.span(2)
        while ce > cs and text[ce - 1] in " \t\"”":
            ce -= 1
        name = doc.char_span(ns, ne, alignment_mode="contract")
        if name is None or not len(name) or len(name) > 4 or len(text[cs:ce].split()) < 4:
            continue
        entity = art.entity_of.get(name[-1].i)
        quoted = text[cs] in "\"“'‘"
        # Transcript labels (PENCE:) always; a name before a colon only with a quote after it,
        # since headlines ("Pence: Flowers Won't Be at Debate") paraphrase rather than quote.
        if not (name.text.isupper() and name.text.isalpha() and len(name.text) > 1
                or quoted and entity is not None and entity.label in ("PERSON", "ORG")
                and name[0].i in art.entity_of):
            continue
        if _mostly_covered(cs, ce, covered):
            continue
        kind = "direct" if quoted else "indirect"
        out.append(Quote(start=cs, end=ce, quote=text[cs:ce], type=kind,
                         speaker=entity.entity if entity is not None else name.text,
                         speaker_text=name.text, speaker_start=ns, speaker_end=ne,
                         cue=":", cue_start=ne, cue_end=ne + 1,
                         speaker_id=art.speaker_id(entity.entity) if entity is not None else None,
                         speaker_gender=art.speaker_gender(entity.entity if entity is not None else None, None)))
    return out


def _inside_any(start: int, end: int, spans) -> bool:
    """[start, end) lies inside one of the sorted spans (those starting at or before it)."""
    k = bisect.bisect_right(spans, (start, float("inf"))) - 1
    for j in range(k, max(-1, k - 8), -1):
        if spans[j][0] <= start and end <= spans[j][1]:
            return True
    return False


def _holds_quote(art: _Article, start: int, end: int) -> bool:
    k = bisect.bisect_left(art.quote_starts, start)
    return k < len(art.quotes) and art.quotes[k][1] <= end


def _sentence_start(text: str, i: int) -> bool:
    """True when the quote opens a sentence or paragraph (not a fragment inside a clause)."""
    j = i - 1
    while j >= 0 and text[j] in " \t\xa0":
        j -= 1
    return j < 0 or text[j] in "\n.!?:;—―–-\"”"


def _mostly_covered(s: int, e: int, covered) -> bool:
    """Half of [s, e) lies in the sorted, non-overlapping spans `covered` (bisect, no full scan)."""
    k = max(0, bisect.bisect_right(covered, (s, s)) - 1)
    inside = 0
    while k < len(covered) and covered[k][0] < e:
        qs, qe = covered[k]
        inside += max(0, min(e, qe) - max(s, qs))
        k += 1
    return inside >= 0.5 * (e - s)


def _drop_nested(records: list[Quote]) -> list[Quote]:
    """A record lying wholly inside another reported clause adds nothing: keep the outer one."""
    out: list[Quote] = []
    for r in records:
        if out and out[-1].start <= r.start and r.end <= out[-1].end and r.type != "direct":
            continue
        out.append(r)
    return out
