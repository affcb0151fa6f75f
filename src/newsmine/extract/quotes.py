"""Quotations of one article: direct speech in quote marks, reported speech, and who said it.

Direct quotes are found in the text by pairing quote marks (curly, straight, guillemets, British
single quotes; a quote may run over paragraphs that each reopen it, and a straight mark opening a
sentence inside an open straight quote starts the next quoted sentence). A quoted span is speech when
an attribution sits next to it (`"...," she said`, `X said: "..."`), when it continues a quote just
made, or when it is too long to be a scare quote. Reported speech is a speech verb (matched by
lemma) with its clausal complement, or "according to X". Spans of direct quotes include their
quote marks (as in PolNeAR's content spans); reported clauses include "that" and stop before the
sentence's final punctuation. A content never holds its own attribution: "The museum, he said,
would ..." gives two parts that share one cue, as does a quote continued after "..., she said.".
The speaker is the cue verb's subject (never a word inside the quote it attributes), named by its
entity's canonical name; pronouns go to the most recent compatible subject or speaker (a
name in apposition to a subject or before its "who", an unnamed "spokesman", an earlier speaking
pronoun; none when another person in the same or the previous sentence could as well be the
"he"); a
participle on a statement ("issued a statement saying") speaks for the statement's owner.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from ..lexicon import (DAY_NAMES, FACILITY_HEADS, MONTH_NAMES, ORG_HEAD_WORDS, PERSONAL_TITLES, PLACE_LABELS,
                       PLAYER_POSITIONS, POSTNOMINALS, PUBLIC_SPEAKERS, RELATIVE_DAYS, ROLE_WORDS, SPEECH_ADJECTIVES,
                       SPEECH_VERBS, TITLES_BEFORE_A_NAME)
from ..wraps import hard_break, line_around, soft_wrap
from . import gazetteer_demonym, gazetteer_entries, text_of
from .entities import KIN_GENDER, PORTFOLIO_THEN_NAME, ROLE_GENDER, SAID_PRONOUN, TITLE_GENDER, appositive_gender, entity_id, \
    extract_entities, headline_end, stated_gender, title_gender
from .roles import (OWN_ROLES, appositive_title, fits, fits_loosely, followed_roles, introduced_role, lead_role,
                    post_title, role_key, spoken_roles, titles_before)

# Verbs that introduce a quote after a colon or comma but rarely report speech otherwise.
QUOTE_INTROS = frozenset({"continue", "begin", "conclude", "go", "write", "read",
                          # the manner of saying, in British copy: '"You can call it a dividend," smiles one broker'
                          "smile", "laugh", "grin", "sigh", "shrug", "chuckle", "beam"})
# Verbs whose content may be an infinitive ("urged voters to ..."), not only a clause.
INFINITIVE_VERBS = frozenset("""
urge vow promise pledge ask tell warn threaten demand order instruct plead beg implore appeal
call advise encourage invite challenge recommend agree propose
""".split())
# Verbs whose gerund is what they report: "denied taking any payment", "admitted breaking the rules".
GERUND_VERBS = frozenset({"deny", "admit", "acknowledge", "confess", "recall", "recount"})
# Verbs whose object, quoted or not, is the content: "cited rising costs", "called for a ban",
# "noted the risk", "acknowledged the delay" (what is noted or conceded is a statement).
OBJECT_CUES = frozenset("""
cite mention criticize criticise praise denounce condemn demand accuse blame call tout note
acknowledge
""".split())
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
OBJECT_DEPS = frozenset({"dobj", "oprd", "prep", "xcomp", "attr", "acomp", "dative", "advcl"})
PRONOUNS = {"he": "PERSON", "she": "PERSON", "him": "PERSON", "her": "PERSON", "his": "PERSON",
            "they": "GROUP", "their": "GROUP", "it": "ORG", "its": "ORG"}
RELATIVE = frozenset({"who", "which", "that", "whom"})
PERSON_LABELS = frozenset({"PERSON"})
# What "it" can stand for: organisations, and places speaking as institutions ("Kyiv argues").
ORG_LABELS = frozenset({"ORG", "NORP"}) | PLACE_LABELS

DOUBLE_OPEN = "“„«‹"
DOUBLE_CLOSE = "”»›"
DASHES = "―—–-"
DASH_TOKENS = ("-", "--", "—", "–")   # a dash the tokenizer keeps as a word of its own
# Verbs that put a question to someone, whose answer follows ("was asked", "asked Keller whether")
_ASKING_LEMMAS = ("ask", "question", "press")
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
    # what follows a typewriter double ('' stands as '"' and a padding "\x00"): "'We can't help
    # you.' '' His widow" closes the quote the '' ends, with the space after it
    j = i + 2 if text[i + 1:i + 2] == "\x00" else i + 1
    after = text[j] if j < len(text) else " "
    return (before.isspace() or before in "([{—–-/" + DOUBLE_OPEN) and not after.isspace()


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _turned_close(text: str, i: int) -> bool:
    """An opening mark typed where the closing one belongs: after a word and before a space or
    the paragraph's end ('... is 51 percent.“' then a new paragraph) closes the open quote."""
    after = text[i + 1] if i + 1 < len(text) else "\n"
    return i > 0 and not text[i - 1].isspace() and after.isspace()


def _inside_word(text: str, i: int) -> bool:
    """An apostrophe between letters ("NBC's", "don't"), after a digit ("BBC Radio 4's Today
    programme") or cutting a decade ("the '80s") neither opens nor closes a quote: "Radio 4's"
    had opened one that "the Law Lords' ruling" closed two sentences later, and hid the reports
    between them."""
    if re.match(r"\d\ds\b", text[i + 1:i + 4]):
        return True
    return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalpha()


def _reopens_sentence(text: str, i: int) -> bool:
    """A double mark opening a capitalised sentence while a quote opened by the same mark is
    open starts the speaker's next quoted sentence, the previous one left unclosed (a news habit
    when paragraphs are run together): '"We are ready. "We will win," she said.' holds two
    quotes. Straight marks cannot nest; an inner quote in curly copy takes single marks, and one
    that opens a sentence inside a quote is rarer than paragraphs run together ('“... 12
    months ago. “We are starting to come out ... “The year of 2009 ...,” Sozayev said.')."""
    return (i >= 2 and text[i - 1] == " " and text[i - 2] in ".?!"
            and i + 1 < len(text) and (text[i + 1].isupper() or text[i + 1].isdigit()))


# A speaker's turn of several quoted sentences, each opened with a mark and left open, may leave
# its last one open at the paragraph's (or the article's) end too: 'she said. "I don't go for the
# idea. "I want somebody who will look after it.' ends the story with two quotes of hers. Only a
# sentence so reopened (`reopened` in _pair) runs to the paragraph's end; a lone unclosed mark is
# still a stray one, dropped.
def _pair(text: str, *, double: bool) -> list[tuple[int, int]]:
    """Pair marks left to right; a quote reopened at the next paragraph's start continues."""
    spans: list[tuple[int, int]] = []
    opener = -1              # index of the open outermost mark
    depth = 0                # marks nested inside the open quote
    reopened = False         # the open quote was opened by _reopens_sentence (see above)
    i, n = 0, len(text)
    steps = 20 * n + 10_000  # reading a dropped mark's text again stops when these run out
    marks = (DOUBLE_OPEN + DOUBLE_CLOSE + '"') if double else "‘’'"
    reopen = (DOUBLE_OPEN + '"') if double else "‘'"
    while i < n:
        c = text[i]
        steps -= 1
        if c == "\n" and opener >= 0 and not soft_wrap(text, i):   # a wrapped line goes on
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n and text[j] in reopen and (text[j] in "\"'") == (text[opener] in "\"'"):
                i = j + 1    # the quote goes on in the next paragraph, reopened with its own kind
                continue     # of mark: a straight quote never runs on into a curly one
            if reopened and depth == 0:
                spans.append((opener, len(text[:i].rstrip())))   # the turn's last sentence, left open
                i, opener, reopened = i + 1, -1, False
                continue
            # Unclosed at paragraph end: a stray mark, dropped, and the marks after it paired
            # again without it ('"Trump walked on stage, chanting “U-S-A!”' holds one quote).
            # Each drop reads the text after the mark again: on 90 KB of stray marks that took
            # minutes, so once the text has been read 20 times over, a drop just moves on.
            i, opener, depth = (opener + 1 if steps > 0 else i + 1), -1, 0
            continue
        elif c in marks and (double or not _inside_word(text, i)):
            if opener < 0:
                if c in "“„«‹‘" or (c in "\"'" and not _closes(text, i)) or _opens(text, i):
                    opener = i
            elif c in '"“' and c == text[opener] and depth == 0 and _reopens_sentence(text, i):
                spans.append((opener, i - 1))   # the quote ran to its sentence's end, unclosed
                opener, reopened = i, True
            elif c in "“„«‹‘" and not (depth == 0 and _turned_close(text, i)) \
                    or (c in "\"'" and _opens(text, i) and not _closes(text, i)):
                depth += 1
            elif depth:
                depth -= 1
            elif double or _closes(text, i):
                spans.append((opener, i + 1))
                opener, reopened = -1, False
        i += 1
    if opener >= 0 and reopened and depth == 0:
        spans.append((opener, len(text.rstrip())))   # the article ends the turn's last sentence
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


def _titled_people(doc, entities: list, entity_of, gender: dict, quoted=None) -> dict[str, dict[tuple, int]]:
    """The titles the article gives people, before a name or in apposition ("Prime Minister Tony
    Blair", "Alan Milburn, the health secretary"), by the post a verb gives them ("quit as home
    secretary": `post_title`) or by calling the person just named by role
    (`introduced_role`): title's last word -> (title, name) -> the
    offset of its first mention (one entry per pair, so a long article stays linear)."""
    titled: dict[str, dict[tuple, int]] = {}
    posts: list[tuple[tuple, str, int]] = []
    for entity in entities:
        if entity.label not in PERSON_LABELS:
            continue
        for s, e in entity.spans:
            span = doc.char_span(s, e, alignment_mode="expand")
            for title in (titles_before(span, entity_of), appositive_title(span, entity_of)) if span else ():
                if title:
                    first = titled.setdefault(title[-1][0], {})
                    first[(title, entity.entity)] = min(s, first.get((title, entity.entity), s))
            if span and (post := post_title(span, entity_of)):
                posts.append((post, entity.entity, s))
    is_person = lambda e: e.label in PERSON_LABELS
    # one the article titles otherwise is no candidate: "Tony Blair has pledged never to attack Tory
    # leader Michael Howard ... The prime minister told" is Blair's
    titles_of: dict[str, set[str]] = {}
    for word, given in titled.items():
        for _, name in given:
            titles_of.setdefault(name, set()).add(word)
    other_role = lambda e, word: bool(titles_of.get(e.entity, {word}) - {word})
    # "Gordon Brown has ... The chancellor said"; "..., the trade secretary has said. Patricia Hewitt is"
    introduced = introduced_role(doc, entity_of, is_person, other_role=other_role, quoted=quoted)
    lead = lead_role(doc, entity_of, is_person, other_role=other_role, quoted=quoted)
    named_by_role = [found for found in (introduced, lead) if found is not None] + followed_roles(doc, entity_of, is_person, quoted)
    # one those rules call by a role ("Mr Bannatyne said ... The businessman") holds no other:
    # "the prime minister has said" after it is not his
    for title, entity, _ in named_by_role:
        titles_of.setdefault(entity.entity, set()).add(title[-1][0])
    named_by_role += spoken_roles(doc, entity_of, is_person, other_role=other_role, quoted=quoted)
    for title, entity, offset in named_by_role:
        given = titled.get(title[-1][0], {})
        # not when the article titles another person so, or this one with another title of the
        # same word ('Deputy Mayor Anna Bell said ... The mayor said' is not Bell)
        if _role_gender_fits(title, gender.get(entity.entity)) \
                and not any(fits(title, t, portfolio=False) != (name == entity.entity) for t, name in given):
            given.setdefault((title, entity.entity), offset)
            titled[title[-1][0]] = given
    # a post held or left ("quit as home secretary") names its holder, but says nothing of the
    # person's standing that would keep another role off them ("resigned as a partner" is
    # still "the Scottish Conservative leader")
    for title, name, offset in posts:
        titled.setdefault(title[-1][0], {}).setdefault((title, name), offset)
    return titled


def _the_named(doc, entities: list) -> set[str]:
    """Organisations the article writes with "the" ("the International Rugby Board", "the
    Birchfield Harrier") or by an acronym ("Electronic Arts ... EA"): never a he or she, however
    much the name looks like a person's."""
    named, text = set(), text_of(doc)  # the text once: `doc.text` joins every token at each read
    for entity in entities:
        if entity.label not in PERSON_LABELS and any(
                s >= 4 and text[s - 4:s].lower() == "the " or text[s:e].isupper() and " " in entity.entity
                for s, e in entity.spans):
            named.add(entity.entity)
    return named


def _role_gender_fits(title: tuple, gender: str | None) -> bool:
    """"the actress" is no man's role, "the duke" no woman's."""
    said = ROLE_GENDER.get(title[-1][0])
    return said is None or gender is None or said == gender


class _Article:
    """Per-Doc lookups built once: entity of each token, subjects seen so far, quote spans."""

    def __init__(self, doc, entities: list):
        self.doc = doc
        self.text = text_of(doc)
        self.entity_of = _entity_of_tokens(doc, entities)
        self.label_of = {entity.entity: entity.label for entity in entities}  # speaker names -> label
        self.spans_of = {entity.entity: entity.spans for entity in entities}
        self.spoken: tuple[int, int] | None = None   # what the pronoun being resolved says: `_named_in`
        self.bound: set[str] = set()   # who the pronoun being resolved cannot be: `_subject_of_its_verb`
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
        self.role_gender: dict[str, str | None] = {}
        self.unresolved: set[int] = set()   # he/she left unnamed for rivals: `_unnamed_between`
        self.firms_named = None              # `_firms_named`, read on first need
        self.token_at = {t.idx: t.i for t in doc}
        self.resolved: dict[int, str | None] = {}   # a speaking pronoun is resolved once
        self.passed_over: dict[int, str] = {}       # pronoun -> the reported one its reporter beat
        self.framed: set[int] = set()                # pronouns `_holder_over_framed` resolved
        self.said_gender: dict[str, set[str]] = {}  # name -> genders of the he/she that spoke for it
        for t in doc:
            if self.quote_at(t.idx) is not None:
                continue
            if t.dep_ in SUBJECTS and not _modifier_read_as_subject(t) or self._named_by_role(t) \
                    or _root_before_emphatic(t):
                self._add_subject(self._emphatic_name(t) or t)
            elif (_viewpoint_frame(t) or _subject_hung_on_a_phrase(t) or _put_to(t) or _quoted_one(t)
                  or _agent_of_a_thing(t)) \
                    and (entity := self.named_noun(t)) is not None and entity.label in PERSON_LABELS:
                self.antecedents.append((t.idx, entity.label, entity.entity))
        self.antecedent_pos = [a[0] for a in self.antecedents]
        self.gender, self.gender_untitled = _genders(self, entities)
        self.gender.update((name, g) for name, g in self.role_gender.items() if g is not None)
        self.works = _titled_works(self, entities)
        self.the_named = _the_named(doc, entities)
        self.titled = _titled_people(doc, entities, self.entity_of, self.gender,
                                     quoted=lambda t: self.quote_at(t.idx))
        self._name_roles()
        self._chain_subject_pronouns()

    def _chain_subject_pronouns(self) -> None:
        """A he/she heading a clause that neither reports speech nor is reported carries its
        person on as a candidate: "Newcastle boss Graeme Souness is lining up a move for Owen. He
        sees Owen as the replacement for Alan Shearer, who is due to retire. '...,' he told BBC
        Newcastle" is Souness's, the "He" being nearer than Shearer's "who"."""
        for t in self.doc:
            if t.lower_ not in ("he", "she") or t.dep_ != "nsubj" or _is_cue(t.head) \
                    or _reported_clause_over(t.head) is not None or self.quote_at(t.idx) is not None:
                continue
            name = self._person_of(t)
            if name is not None:
                self.antecedents_add(t.idx, "PERSON", name)

    def _name_roles(self) -> None:
        """A role subject the article titled someone with stands for that person as a pronoun's
        candidate too, with the gender the article gives them: 'Home Secretary Mary Cole ... The
        home secretary said Alex Kerr had failed. "We will not wait," she said' is Cole's."""
        for k, (pos, label, name) in enumerate(self.antecedents):
            token = self.doc[self.token_at[pos]] if label == "PERSON" and pos in self.token_at else None
            holder = None if token is None else self._aged(token) if token.i in self.entity_of \
                else self.role_holder(token)
            if holder is not None:
                self.antecedents[k] = (pos, label, holder)

    def role_holder(self, noun) -> str | None:
        """The one person the article titled before with the role "the <noun>" names."""
        if not (noun.tag_ == "NN" or noun.text.islower() and noun.tag_ == "NNP") or noun.i in self.entity_of \
                or noun.lemma_.lower() in BODY_NOUNS \
                or not _definite(noun):
            return None
        role = role_key(noun, self.entity_of)
        given = self.titled.get(role[-1][0], {}).items()
        own_body = any(c.dep_ == "prep" for c in noun.children) \
            or noun.i + 1 < len(noun.doc) and noun.nbor(1).lower_ in ("of", "at")   # "the chairman of the CRE"
        # "The French president" is Chirac's, titled so, before Bush's ("President Bush"); a role's
        # affiliation the one holder's title lacks describes him ("the South African archbishop")
        holders = {(name, pos) for (title, name), pos in given if fits(role, title, portfolio=not own_body)} \
            or {(name, pos) for (title, name), pos in given if fits_loosely(role, title, portfolio=not own_body)}
        before = {name for name, pos in holders if pos < noun.idx}
        # the lead's role that the body then titles one person with: "..., the courts minister has
        # told MPs. ... said courts minister Christopher Leslie" (only one in the whole article)
        # a post of two words or more the title repeats word for word reaches the whole article:
        # "The home secretary said ... [ten sentences] ... Home Secretary Charles Clarke told"
        reach = len(self.text) if len(role) > 1 and any(fits(role, title) for (title, _), _ in given) \
            else noun.idx + LATER_TITLE_REACH
        later = {name for name, pos in holders if noun.idx < pos < reach}
        named = before or (later if len({name for name, _ in holders}) == 1 else set())
        return named.pop() if len(named) == 1 else None

    def _add_subject(self, t) -> None:
        """The subject `t` as a pronoun antecedent, when it is one."""
        if t.lower_ == "who":
            # "the return of skipper Brian O'Driscoll who missed the game" is O'Driscoll's "who"
            noun = (self._person_before_who(t) or t.head.head) if t.head.dep_ == "relcl" else None
            entity = self.named_noun(noun) if noun is not None else None
            if entity is not None and entity.label in PERSON_LABELS:
                self.antecedents.append((t.idx, entity.label, entity.entity))
            return
        if t.lower_ == "one" and (person := self._one_named(t)) is not None:
            self.antecedents.append((t.idx, person.label, person.entity))
            return
        if t.lower_ in PRONOUNS or t.pos_ not in ("PROPN", "NOUN") and t.i not in self.entity_of:
            return   # a name tagged a verb is a subject all the same: "Tait himself, at least outwardly, appeared"
        entity = self.named_noun(t)
        named = _named_beside(t) if entity is None and t.pos_ == "NOUN" else t
        if named.i != t.i and (person := self.named_noun(named)) is not None and person.label in PERSON_LABELS:
            # "The director of the festival, Anna Lindqvist, announced ... 'Ten years is enough,' she told"
            self.antecedents.append((t.idx, person.label, person.entity))
            return
        role = _role_ending_subject(t)
        if role is not None:
            # "A Department for Education and Skills spokeswoman said ... She added" is the
            # spokeswoman's: the parser made the body the subject and her its preposition's object
            self._add_unnamed(role.idx, self.text[t.left_edge.idx:role.idx + len(role.text)], ROLE_GENDER.get(role.lower_))
        elif entity is not None:
            self.antecedents.append((t.idx, entity.label, entity.entity))
        elif (unnamed := _unnamed_person(t)) is not None:
            self._add_unnamed(t.idx, self.phrase_text(t), unnamed[0])
        elif self._unnamed_name_as_role(t):
            self.antecedents.append((t.idx, "PERSON", self._bare_name(t)))
        elif t.tag_ == "NNP" and t.dep_ == "nsubj" and _is_cue(t.head) \
                and not any(c.dep_ in ("det", "poss") for c in t.children):   # not "The DJ said"
            # a speaker's name the tagger missed is still the latest speaker: "Parul Jain, deputy
            # chief economist at Nomura, said ... 'Consumers continue to retain their strength,'
            # he said" is Jain's, not an economist quoted a paragraph before
            named = self._name_closing_title(t)   # "Director of rugby Warren Gatland revealed"
            self.antecedents.append((t.idx, named.label, named.entity) if named is not None
                                    else (t.idx, "NAME", self._bare_name(t)))
        elif t.tag_ == "NN" and t.lemma_.lower() in SPEAKING_THINGS:
            # a statement or report that is then quoted: "A short statement was presented to
            # MPs. It said it was 'plain' ..." (an "it", never a he, she or they)
            self.antecedents.append((t.idx, "THING", self.phrase_text(t)))
        elif _plural_that_may_speak(t):
            self.antecedents.append((t.idx, "PLURAL", self.phrase_text(t)))
        elif self._owned_institution(t):
            self.antecedents.append((t.idx, "ORG", self.phrase_text(t)))
        elif (firm := self._owning_firm(t)) is not None:
            self.antecedents.append((t.idx, "ORG", firm))
        elif _the_institution(t):
            # "The committee reached its conclusions ... It warned that ..." is the committee's;
            # "the US Supreme Court ... The court will decide" is the Supreme Court
            named = self._latest_named_org(t.i)
            same = named is not None and t.lower_ in named.lower().split()
            # the words up to the noun: a clause the parser hangs on it is no part of the name
            own = self.text[t.left_edge.idx:t.idx + len(t.text)]
            self.antecedents.append((t.idx, "ORG", named if same else own))

    def _add_unnamed(self, pos: int, name: str, gender: str | None) -> None:
        """An unnamed person (a role, kin) as a pronoun candidate, with the gender its word gives."""
        self.antecedents.append((pos, "PERSON", name))
        self.role_gender[name] = gender

    def _unnamed_name_as_role(self, t) -> bool:
        """Is `t` the subject of "<Name> is <role>" (or, of any other verb, a name with "the <role>"
        in apposition: `_appositive_role`), a name of two or more capitalised words no entity
        holds? The person a he/she then goes on with: "Pat Quill is branch officer at the depot.
        He said: ..." is Quill's, not the union spokesman quoted a paragraph before."""
        if t.tag_ != "NNP" or t.dep_ != "nsubj" or t.i in self.entity_of:
            return False
        words = list(t.lefts) + [t]
        if len(words) < 2 or not all(w.is_title and (w.i == t.i or w.dep_ == "compound" and w.i not in self.entity_of)
                                     for w in words):
            return False
        if t.head.lemma_ != "be":
            return self._appositive_role(t)
        role = next((c for c in t.head.children if c.dep_ == "attr"), None)
        return role is not None and role.tag_ == "NN" and role.lemma_.lower() in _ROLE_NOUNS

    def _appositive_role(self, name) -> bool:
        """Does "the <role>" stand in apposition to the name run, subject of any verb? "Bishop Alan
        Dunmore Kell, the Archbishop of Leeds, backed the plan. He said ..." is Kell's, a name the
        model missed, not the spokesman quoted before."""
        role = next((c for c in name.children if c.dep_ == "appos"), None)
        return role is not None and role.i not in self.entity_of and role.tag_ in ("NN", "NNP") \
            and _definite(role) \
            and role.lemma_.lower() in _APPOSITIVE_ROLES

    def _named_by_role(self, t) -> bool:
        """Is `t` a person a role subject is said to be, who the story then goes on with? "The
        musical's British director is Matthew Warchus, best known for Art. 'The production will
        be a hybrid ...,' he said" is Warchus's, not the producer quoted before."""
        entity = self.entity_of.get(t.i)
        if t.dep_ != "attr" or entity is None or entity.label not in PERSON_LABELS or t.head.lemma_ != "be":
            return False
        subject = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.pos_ == "NOUN" and subject.i not in self.entity_of \
            and any(c.dep_ in ("det", "poss") for c in subject.children)

    def _name_closing_title(self, title):
        """The person a title "X of Y" ends with ("Director of rugby Warren Gatland"), if any."""
        of = next((c for c in title.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        last = of.right_edge if of is not None else None
        entity = self.entity_of.get(last.i) if last is not None else None
        return entity if entity is not None and entity.label in PERSON_LABELS else None

    def _one_named(self, one):
        """The person "One of them, retired postman Keith Adams, has run ..." names (the parser
        makes the name the apposition or a conjunct of "One")."""
        return next((self.entity_of[c.i] for c in one.children if c.dep_ in ("appos", "conj")
                     and c.i in self.entity_of and self.entity_of[c.i].label in PERSON_LABELS), None)

    def _emphatic_name(self, reflexive):
        """The named head of a subject the parser hung on an emphatic "himself": "Mr Bez -
        himself a former executive at rival Porsche - said" is Bez speaking, not "himself"."""
        if reflexive.lower_ not in ("himself", "herself"):
            return None
        return next((c for c in reflexive.lefts if c.dep_ == "compound" and c.i in self.entity_of
                     and self.entity_of[c.i].label in PERSON_LABELS), None)

    def _bare_name(self, t) -> str:
        """A name's words without a date the parser ran into it ("on Tuesday Mr Ebbers denied")."""
        s, e = self.phrase(t)
        words = [w for w in self.doc.char_span(s, e, alignment_mode="expand") if w.ent_type_ not in ("DATE", "TIME")]
        return self.text[words[0].idx:e] if words else self.text[s:e]

    def named_noun(self, noun):
        """The entity a subject names, itself or by a name in apposition to it: "The Attorney
        General, Lord Goldsmith, has issued no instructions. He said ..." is Goldsmith's; the
        noun a "who" hangs on is a subject too: "run by an administrator, Enrico Bondi, who has
        sued 80 banks. He has alleged ..." is Bondi's."""
        entity = self.entity_of.get(noun.i)
        if entity is not None:
            return entity
        if noun.lower_ in TITLES_BEFORE_A_NAME and noun.i + 1 < len(noun.doc) \
                and (named := self.entity_of.get(noun.i + 1)) is not None and named.label in PERSON_LABELS:
            return named   # "Cllr Lally thanked her": the parser made the title the subject
        if noun.tag_ in ("NNS", "NNPS"):
            return None   # "my parents, James and Olive Meehan, were ..." is neither of them
        appos = [self.entity_of.get(c.i) for c in noun.children if c.dep_ == "appos"]
        named = next((e for e in appos if e is not None and e.label in PERSON_LABELS), None)
        holder = self._named_after_its_of(noun) if named is None else None
        return self.entity_of[holder[0].i] if holder is not None else named

    def _owned_institution(self, t) -> bool:
        """A named one's campaign, party or office, which "it" and "they" may stand for: "Donald
        Trump's campaign is defending his tweets. It's denouncing what it calls ..." (not the
        debate commission named before it)."""
        return t.tag_ == "NN" and t.lemma_.lower() in INSTITUTION_NOUNS and any(
            c.dep_ in ("poss", "compound") and c.i in self.entity_of for c in t.lefts)

    def _owning_firm(self, t) -> str | None:
        """The organisation owning a subject that cannot speak: "Heineken's net income fell ...
        It blamed weak demand" is Heineken's, not the rival named as a subject before it."""
        if t.tag_ not in ("NN", "NNS") or t.i in self.entity_of:
            return None
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        entity = self.entity_of.get(owner.i) if owner is not None else None
        return entity.entity if entity is not None and entity.label == "ORG" else None

    def sentence(self, i: int):
        """The sentence (a Span) holding token i."""
        k = bisect.bisect_right(self.sent_first, i) - 1
        return self.doc[self.sent_first[k]:self.sent_end[k]]

    def sentence_length(self, i: int) -> int:
        k = bisect.bisect_right(self.sent_first, i) - 1
        return self.sent_end[k] - self.sent_first[k]

    def quote_at(self, char: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(self.quote_starts, char) - 1
        if k >= 0 and self.quotes[k][0] <= char < self.quotes[k][1]:
            return self.quotes[k]
        return None

    def _phrase_outside(self, head, content: tuple[int, int] | None) -> tuple[int, int]:
        """`phrase`, starting after the quote `content` when the parser hung the quote's words on
        a name after it ('"...," AG Edwards' Thayer.'), and ending before it: a speaker's words are
        never the quote's."""
        s, e = self.phrase(head)
        if content is not None and s < content[1] <= head.idx:
            gap = self.text[content[1]:head.idx]
            s = content[1] + len(gap) - len(gap.lstrip(_EDGE))
        if content is not None and head.idx < content[0] < e:   # "say analysts, recent developments ...":
            e = len(self.text[:content[0]].rstrip(_EDGE))       # the parser joined the two
        return s, e

    def phrase(self, head) -> tuple[int, int]:
        """Character span of the noun phrase `head` heads, without appositions or clauses."""
        first = head.left_edge
        if head.dep_ == "pobj" and head.head.lower_ == "of" and first.is_lower and head.ent_type_ == "PERSON":
            first = head.head.head.left_edge   # "director of rugby Nigel Melville": the role is his phrase too
        while first.i < head.i and hard_break(self.text, first.idx, head.idx):
            first = first.nbor(1)  # a dateline or headline above is not part of the name
        for t in self.doc[first.i:head.i]:
            if t.text in DASH_TOKENS and (t.i == 0 or t.nbor(-1).whitespace_):
                first = t.nbor(1)  # "WASHINGTON -- President Obama": the dateline is no name ("guitar-toting" is)
        last = head
        for child in head.rights:
            # "a spokesman for the Information Commissioner's Office": "a spokesman" alone names no one
            if child.dep_ in ("conj", "cc") or (child.dep_ == "prep" and child.lower_ == "of") \
                    or child.dep_ == "prep" and child.lower_ == "for" and head.lemma_.lower() in SPOKES_NOUNS \
                    or child.lower_ in SOURCE_TIES and child.dep_ in ("amod", "acl") and child.n_rights:
                # so does "a source close to the project", "people familiar with the talks"
                last = child.right_edge if child.dep_ in ("prep", "amod", "acl") \
                    else max(last, child, key=lambda t: t.i)
                if child.dep_ == "conj":
                    last = child
        last = _before_a_relative(self.doc, head, last)
        first, last = _whole_hyphened(first), _whole_hyphened(last, forward=True)
        for child in head.lefts:
            if child.dep_ in ("punct",) and child.i == first.i:
                first = child.nbor(1)
            elif child.i == first.i and child.dep_ == "compound" and child.tag_ in ("VBD", "VBZ"):
                first = child.nbor(1)   # 'Said Ellis:': the verb the parser put in the name
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
        ("Obama was the first black president, he said" is not Obama's); None when a he/she
        has rival people in its recent context that nothing tells apart (`_ambiguous`)."""
        plural = self._plural_main_subject(pronoun)
        if plural is not None:
            return plural
        self.spoken = content if content is not None and content[0] > pronoun.idx else None
        acted_on = self._subject_of_its_verb(pronoun) or self._spoken_of_in_the_quote(pronoun, content)
        self.bound = ({acted_on} if acted_on else set()) | self._titled_in_the_quote(content)
        name = self._most_recent(pronoun, content)
        acted = self._acted_on(pronoun, name) if name is not None else None
        if acted is not None:   # "Dr Paulsen told him the talks were over. '...,' he said" is the him's
            self.bound.add(name)
            name = self._most_recent(acted, None)
        rivals = self._rivals(pronoun, name, content) if name is not None and pronoun.lower_ in PRONOUN_GENDER else {}
        told_apart = self._told_apart_by_quote(pronoun, name, content, rivals)
        name = told_apart or name
        if name is not None and (pronoun.i not in self.framed and not told_apart
                                 and self._ambiguous(pronoun, name, rivals)
                                 or self._unnamed_between(pronoun, name)
                                 or self._either_may_answer(pronoun, name, content)
                                 or self._body_far_from_they(pronoun, name)
                                 or self._named_in_its_quote(pronoun, name, content)):
            self.unresolved.add(pronoun.i)
            return None
        return name

    def _named_in_its_quote(self, pronoun, name: str, content) -> bool:
        """Does the quote before a he/she name the person chosen for it? '"Tomás is happy here. He is
        not for sale," he said' after "Aguirre, 23, has scored five goals" is not Aguirre's (Tomás
        Aguirre): no one speaks of himself by name, so no name rather than his. Not a second pick
        (`_named_in` says why)."""
        return content is not None and content[0] < pronoun.idx and self.quote_at(content[0]) is not None \
            and PRONOUN_GENDER.get(pronoun.lower_) is not None and self._named_in(name, content)

    def _unnamed_between(self, pronoun, name: str) -> bool:
        """Does an unnamed person act as a subject between the last mention of `name`, a person
        of unknown gender, and a he/she in its sentence or the one before? '"Crimea is off the
        table," Putin exclaimed. Later the questioner returned. "That is not an answer," she
        said.' may be the questioner's: no name rather than Putin's, and so is any he/she left
        unnamed after that one. A noun whose word says the other gender ("the man returned ... she
        said") does not count."""
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        if gender is None or self.gender.get(name) is not None or self.label_of.get(name) not in PERSON_LABELS:
            return False
        k = bisect.bisect_right(self.sent_first, pronoun.i) - 1
        for i in range(pronoun.i - 1, self.sent_first[max(0, k - 1)] - 1, -1):
            t = self.doc[i]
            entity = self.entity_of.get(i)
            if entity is not None and entity.entity == name:
                return False
            if i in self.unresolved and PRONOUN_GENDER.get(t.lower_) is not None:
                # the same unnamed "she" goes on: '"That is not an answer," she said.'; or a he
                # answers a she left unnamed between two people: '"You knew," she said. "I did
                # not," he replied.' may be either of them too
                return True
            if entity is None and t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN" and self.quote_at(t.idx) is None \
                    and t.lemma_.lower() in UNNAMED_ACTORS and UNNAMED_ACTORS[t.lemma_.lower()] in (None, gender) \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the", "another") for c in t.children) \
                    and (t.head.dep_ == "ROOT" or _is_cue(t.head)):
                return True
        return False

    def _body_far_from_they(self, pronoun, name: str) -> bool:
        """Is a "they" going back past its sentence to one body ("the party", "Turkcell")? British
        copy writes "Chelsea say they will appeal" in one sentence, but a "they" in a later one is
        mostly people the story just mentioned ("a parliamentary commission has ruled that
        Turkcell's stake is too high. They say ..."): no name rather than the wrong body."""
        if PRONOUNS.get(pronoun.lower_) != "GROUP":
            return False
        label = self.label_of.get(name) or next((a[1] for a in self.antecedents if a[2] == name), None)
        if label is None or label in ("PLURAL", "NORP") or label in PERSON_LABELS or any(
                a[2] == name and self.doc[self.token_at[a[0]]].tag_ in ("NNS", "NNPS")
                for a in self.antecedents if a[0] in self.token_at):
            return False   # "MPs", however tagged, are many
        sent = self.sentence(pronoun.i)
        return name not in self.text[sent.start_char:pronoun.idx]

    def _acted_on(self, pronoun, name: str):
        """The him/her of the pronoun's own gender that `name`, a person of unknown gender, last
        acted on in the sentence before, if any: "... two wedding bands Ozzy gave her. She said ..."
        goes on with the "her" Ozzy gave them to, who is not Ozzy."""
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        if gender is None or self.gender.get(name) is not None:
            return None
        k = bisect.bisect_right(self.sent_first, pronoun.i) - 1
        for i in range(pronoun.i - 1, self.sent_first[max(0, k - 1)] - 1, -1):
            entity = self.entity_of.get(i)
            if entity is None or entity.entity != name:
                continue
            token = self.doc[i]
            # through a name in apposition to its subject: "When the host, Anna Petrova, cut him off"
            while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
                token = token.head
            return next((c for c in token.head.children if token.dep_ == "nsubj" and c.dep_ in ("dobj", "dative")
                         and c.lower_ in ("him", "her") and PRONOUN_GENDER[c.lower_] == gender), None)
        return None

    def _plural_main_subject(self, pronoun) -> str | None:
        """A "they" heading a side clause goes to the plural subject of the clause it hangs on:
        "Business leaders had opposed the plan as they said it would be too costly" is the
        business leaders' (not "the government" of the sentence before)."""
        if PRONOUNS.get(pronoun.lower_) != "GROUP" or pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "advcl":
            return None
        verb = pronoun.head.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ not in ("NNS", "NNPS") or self.quote_at(subject.idx) is not None:
            return None
        entity = self.entity_of.get(subject.i)
        return entity.entity if entity is not None else self.phrase_text(subject)

    def _ambiguous(self, pronoun, name: str, rivals: dict) -> bool:
        """Does another person the he/she could be stand in its sentence (before it) or the
        one before, with no title, kin word or pronoun giving the two different genders? "Ann
        Marsh called Tom Reed a disgrace after he attacked her. 'It was shameful,' he said.":
        Marsh is the latest subject, but Reed may as well be the "he", so no name rather than a
        guess. A rival of unknown gender does not count when the chosen one's gender is known
        to be the pronoun's ("Mr. Reed called Ann Marsh ... he said" is Reed's)."""
        return bool(rivals) and not self._continues_subject(pronoun, name) and not self._answered(pronoun, name)

    def _answered(self, pronoun, name: str) -> bool:
        """Was `name` last met answering what another said (`_rebuttal_after_but`)? "Hewitt said
        he had had a gutful ... but Geoff Pollard rejected his comments. '...,' he said" is the
        answer's, Hewitt being a he too."""
        last = self._last_met(name, pronoun)
        return last is not None and last.dep_ == "nsubj" and _rebuttal_after_but(last.head)

    def _rivals(self, pronoun, name: str, content) -> dict[str, object]:
        """The people other than `name` the he/she could be (`_ambiguous`), each with its token:
        main participants of its sentence or the one before, of the pronoun's gender or of none
        known when `name`'s is not known either. When it is not, also anyone the article gives the
        pronoun's gender named after `name` in the pronoun's sentence, in any role: "Marion Jones
        has filed a lawsuit against Victor Conte following his allegations" may be Conte's "his"
        (a Mr Conte), so no name rather than hers (which made her a he)."""
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        k = bisect.bisect_right(self.sent_first, pronoun.i) - 1
        first = max(self.sent_first[max(0, k - 1)], pronoun.i - LONGEST_SENTENCE)
        chosen_known = self.gender.get(name) == gender or self._named_by_pronoun(name, pronoun)
        last = self._last_met(name, pronoun)
        since = max(last.i + 1, self.sent_first[k]) if last is not None and not chosen_known else pronoun.i
        rivals = {}
        for i in range(min(first, since), pronoun.i):
            entity = self.entity_of.get(i)
            if entity is None or entity.entity == name or entity.label not in PERSON_LABELS \
                    or self._aged(self.doc[i]) == name \
                    or self._reported_by(self.doc[i], name) and self._object_pronoun(pronoun):
                continue   # "the 25-year-old Dubliner" is the one chosen, no rival; nor "Sutcliffe" in "Judge
                # Alan Marsh said Sutcliffe had shown ... '...,' he told him": the reporter tells the one reported
            known = self.gender.get(entity.entity)
            main = i >= first and (_main_participant(self.doc[i]) or _joined_to_main_subject(self.doc[i])) \
                and (known == gender or known is None and not chosen_known)
            if (main or i >= since and known == gender) \
                    and self._fits("PERSON", gender, entity.label, entity.entity, self.doc[i].idx, content):
                rivals[entity.entity] = self.doc[i]
        for partner in _partners(last) if last is not None and not chosen_known else ():
            entity = self.entity_of.get(partner.i)   # "Ann Wright and Helen Shaw voted ... she said": either
            if entity is not None and entity.label in PERSON_LABELS and entity.entity != name \
                    and self.gender.get(entity.entity) in (None, gender):
                rivals[entity.entity] = partner
        return rivals

    def _reported_by(self, token, name: str) -> bool:
        """Is `token` the subject of a clause `name` reports ("Marsh said Sutcliffe had shown ...")?"""
        verb = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or not _is_cue(verb.head):
            return False
        reporter = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        entity = self.entity_of.get(reporter.i) if reporter is not None else None
        return entity is not None and entity.entity == name

    @staticmethod
    def _object_pronoun(pronoun) -> bool:
        """Does the he/she's verb take a him/her of its gender ("he told him")? Then two people of
        that gender are in play, the speaker and the one spoken to."""
        other = {"he": "him", "she": "her"}.get(pronoun.lower_)
        return other is not None and any(c.dep_ in ("dobj", "dative") and c.lower_ == other
                                         for c in pronoun.head.children)

    def _told_apart_by_quote(self, pronoun, name: str, content, rivals: dict) -> str | None:
        """Of a he/she's rival people, the quote it speaks may say which one it talks about: the
        one it names is not the speaker ('... the family of Liam Doyle, who died ... "The force
        let Liam down," he said' is Mercer's), and one it calls "he" beside a subject who acted
        on him is not either ('Loughlin has dropped striker Kyle Ambrose. "He has to earn his
        place back," he said' is the manager's, the main subject). The speaker, or None."""
        if not rivals or content is None or self.quote_at(content[0]) != content:
            return None
        candidates = [name, *rivals]
        left = [c for c in candidates if not self._named_in(c, content)]
        if len(left) == 1 and len(candidates) == 2:
            return left[0]
        if len(candidates) != 2 or not _THIRD_PERSON[PRONOUN_GENDER[pronoun.lower_]].search(
                self.text, content[0], content[1]):
            return None
        chosen = self._last_met(name, pronoun)
        subjects = [c for c, t in [(name, chosen), *rivals.items()] if t is not None and _main_subject(t)]
        return subjects[0] if len(subjects) == 1 else None

    def _named_by_pronoun(self, name: str, pronoun) -> bool:
        """Did an earlier he/she of the pronoun's gender, one with no rival, stand for `name`? The
        article's own word on the gender: after '"Andy would be a hard act to follow," he said'
        (Sculthorpe's, no one else near) Sculthorpe is a he, so "Sculthorpe said he would love the
        19-year-old Williams to come. '...,' he said" is his, Williams's gender being unknown. Only
        when `name` was last met as a main subject or speaker, not inside someone's clause ("Nick
        Hazel thinks the fact that Yahoo has grown up ..." does not make the "he" Yahoo's)."""
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        last = self._last_met(name, pronoun)
        if last is None or not _main_or_speaking(last):
            return False
        return any(i < pronoun.i and said == name and PRONOUN_GENDER.get(self.doc[i].lower_) == gender
                   for i, said in self.resolved.items())

    def _last_met(self, name: str, pronoun):
        """The token where `name` was last a pronoun's candidate (a subject or speaker) before it."""
        k = bisect.bisect_left(self.antecedent_pos, pronoun.idx) - 1
        last = next((pos for pos, _, named in reversed(self.antecedents[:k + 1]) if named == name), None)
        return self.doc[self.token_at[last]] if last is not None and last in self.token_at else None

    def _continues_subject(self, pronoun, name: str) -> bool:
        """Is the pronoun the subject of a clause joined to one whose subject is `name`? "Paul
        Greer told Ann Marsh that the talks were over, but he said a deal was possible" is Greer's
        whoever else the sentence names (not so "Ann Marsh called Tom Reed a disgrace after he
        attacked her": "after" opens no joined clause)."""
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or verb.dep_ != "conj":
            return False
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            entity = self.entity_of.get(subject.i) if subject is not None else None
            if entity is not None:
                return entity.entity == name
        return False

    def _most_recent(self, pronoun, content) -> str | None:
        kind = PRONOUNS.get(pronoun.lower_)
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        k = bisect.bisect_left(self.antecedent_pos, pronoun.idx) - 1
        stop = max(-1, k - MAX_ANTECEDENTS)
        while k > stop:
            pos, label, name = self.antecedents[k]
            fits = self._fits(kind, gender, label, name, pos, content)
            asked = None if fits else self._asked_over_asker(k, pronoun, content)
            if asked is not None:
                return asked   # "Cllr Marcus Obi asked ... Cllr Gillian Forde, what ... '...,' she replied"
            if fits:
                return self._titled_over_role(pos, pronoun, gender, name) \
                    or self._asked_over_asker(k, pronoun, content) \
                    or self._main_over_relative(k, kind, gender, content) \
                    or self._known_over_embedded(k, pronoun, content) \
                    or self._reporter_over_reported(k, pronoun, content) \
                    or self._holder_over_framed(k, pronoun, content) \
                    or self._speaker_over_bystander(k, stop, kind, gender, content) or name
            k -= 1
        # No subject fits: the most recent compatible name in any role, a few sentences back;
        # for a he/she a name tagged a person first, then an "organisation" that looks like a
        # person's name: "Nicholas Negroponte, founder of MIT's Media Labs, says ... He told"
        # is Negroponte's, not "Media Labs" (two capitalised words, as "Tatiana Moskalkova").
        window = range(pronoun.i - 1, max(-1, pronoun.i - MAX_FALLBACK_TOKENS), -1)
        for labels in ((PERSON_LABELS, None) if kind == "PERSON" else (None,)):
            for i in window:
                entity = self.entity_of.get(i)
                if entity is not None and (_names_a_thing(self.doc[i]) or self._modifies_another(i, entity)):
                    continue   # "a Q&A session": the session, not Q&A, is what the name names
                if entity is not None and labels is None and entity.label == "ORG" and kind == "PERSON" \
                        and self._listed_with_bodies(self.doc[i]):
                    continue   # "linked with Spanish trio Real Madrid, Barcelona and Valencia"
                if entity is not None and kind == "PERSON" and self._done_to(self.doc[i], entity):
                    continue
                if entity is not None and (labels is None or entity.label in labels) \
                        and self._fits(kind, gender, entity.label, entity.entity, self.doc[i].idx, content):
                    return entity.entity
        return None

    def _titled_over_role(self, pos: int, pronoun, gender: str | None, name: str) -> str | None:
        """The one person of the pronoun's gender the text names after an unnamed role of unknown
        gender, in any part of a sentence: "Under cross-examination by defence counsel Mrs Ngozi
        Eluemunor, the witness was pressed ... '...?' she asked" is Eluemunor's, not the "prosecution
        witness" of the first paragraph."""
        if gender is None or name not in self.role_gender or self.gender.get(name) is not None:
            return None
        # from the sentence after the role's: "the prime minister was less rough with Mr Kennedy ...
        # he believes" is the minister's
        first = self.sent_end[bisect.bisect_right(self.sent_first, self.token_at.get(pos, pronoun.i)) - 1]
        named = {e.entity for t in self.doc[first:pronoun.i] if (e := self.entity_of.get(t.i)) is not None
                 and e.label in PERSON_LABELS and self.quote_at(t.idx) is None and self.gender.get(e.entity) == gender}
        return named.pop() if len(named) == 1 else None

    def _asked_over_asker(self, k: int, pronoun, content) -> str | None:
        """The person an active "asked" puts a question to answers it in the next sentence: "Ruiz
        ... asked Keller whether anyone had pressured her. 'No, your honor,' she said" is Keller's,
        not the judge's."""
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        token = self._antecedent_token(k)
        if token is not None and token.lower_ == "who" and token.head.dep_ == "relcl":
            token = token.head.head   # "Ruiz, who said he would sentence her, asked Keller"
        while token is not None and token.dep_ in ("compound", "flat") and token.head.i > token.i:
            token = token.head
        if gender is None or token is None or token.dep_ != "nsubj" or token.head.lemma_.lower() not in _ASKING_LEMMAS:
            return None   # first the cheap tests: `_most_recent` asks at every antecedent that does not fit
        opening = self.doc.char_span(content[0], content[0] + 1, alignment_mode="expand") \
            if content is not None and content[0] < pronoun.idx else None
        first = opening.start if opening is not None else pronoun.i   # the answer's first word
        if bisect.bisect_right(self.sent_first, first) - bisect.bisect_right(self.sent_first, token.i) != 1:
            return None
        asked = next((c for c in token.head.children if c.dep_ == "dobj"), None)
        if asked is not None and asked.i not in self.entity_of:   # "asked the cabinet member for transport,
            asked = next((c for c in asked.children if c.dep_ == "appos"), None) or next(   # Cllr Gillian Forde,
                (c for c in token.head.children if c.dep_ == "npadvmod" and c.i > asked.i), asked)   # what ..."
        entity = self.entity_of.get(asked.i) if asked is not None else None
        if entity is None or entity.label not in PERSON_LABELS or entity.entity == self.antecedents[k][2] \
                or self.gender.get(self.antecedents[k][2]) == gender != self.gender.get(entity.entity):
            return None   # "Mr Ruiz asked Donna Keller ... '...,' he said" stays the asker's
        return entity.entity if self._fits("PERSON", gender, entity.label, entity.entity, asked.idx, content) else None

    def _speaker_over_bystander(self, k: int, stop: int, kind, gender, content) -> str | None:
        """A he/she goes back past a person of unknown gender who said nothing, named as someone of
        a his/her of the pronoun's gender, to the last one of its gender who spoke in the same
        paragraph: "nurse Dolores Peña said she had left home. Her neighbor, Frank Sosa, stayed
        behind. '...,' she said" is Peña's; "Williams was far from content. '...,' she said" stays
        Williams's."""
        pos, _, name = self.antecedents[k]
        if gender is None or self.gender.get(name) or self.said_gender.get(name) or self._speaks_at(k) \
                or not self._someone_of(k, gender):
            return None
        for j in range(k - 1, stop, -1):
            pos2, label2, name2 = self.antecedents[j]
            if "\n" in self.text[pos2:pos]:
                return None
            if name2 != name and self.gender.get(name2) in (gender, None) and self._speaks_at(j) \
                    and self._fits(kind, gender, label2, name2, pos2, content):
                return name2
        return None

    def _someone_of(self, k: int, gender: str) -> bool:
        """Is antecedent `k` named in apposition to a noun a his/her of `gender` owns ("Her neighbor,
        Frank Sosa")?"""
        i = self.token_at.get(self.antecedents[k][0])
        token = self.doc[i] if i is not None else None
        if token is None:
            return False
        role = token.head if token.dep_ == "appos" else token   # the name's role, or the role itself
        named = role.i != token.i or any(c.dep_ == "appos" for c in role.children)
        return named and any(c.dep_ == "poss" and _REFLEXIVE_GENDER.get(c.lower_) == gender for c in role.children)

    def _speaks_at(self, k: int) -> bool:
        """Is antecedent `k` the subject of a verb of speech?"""
        i = self.token_at.get(self.antecedents[k][0])
        if i is None:
            return False
        token = self.doc[i]
        while token.dep_ in ("compound", "appos", "flat") and token.head.i != token.i:
            token = token.head   # "chief executive Marcus Kendall said": the name hangs on the role
        return token.dep_ == "nsubj" and token.head.lemma_ in SPEECH_VERBS

    def _main_over_relative(self, k: int, kind, gender, content) -> str | None:
        """`_main_of_a_side_clause`, unless the person in a side clause (not a "who" clause) is known
        to be of the pronoun's gender and the main subject is not: "Peter Galloway had no idea he
        had a brother until his daughter, Nicola Hurst, bought him a test kit. '...,' she said" is
        the daughter's; "Vickery spoke with David Barnes, who also broke his arm. '...,' he said"
        stays Vickery's."""
        main = self._main_of_a_side_clause(k, kind, gender, content)
        side = self.antecedents[k][2]
        if main is not None and gender is not None and self.gender.get(side) == gender != self.gender.get(main) \
                and not self._in_a_relative(k):
            return None
        return main

    def _in_a_relative(self, k: int) -> bool:
        """Does antecedent `k` stand in a relative clause ("David Barnes, who also broke his arm")?"""
        token = self._antecedent_token(k)
        return token is not None and any(t.dep_ == "relcl" for t in (token, *token.ancestors))

    def _main_of_a_side_clause(self, k: int, kind, gender, content) -> str | None:
        """A person a "who" or "when" clause describes gives way to the subject of the main clause it
        sits in: "He sees Owen as the replacement for Alan Shearer, who is due to retire, although he
        hopes to persuade Shearer. '...,' he said" goes back to the "He", not to Shearer; so does "He
        pointed to a lockdown last spring, when principal Dana Friedman kept pupils inside"; and so
        does the subject of a side clause after the main one ("Pryce landed the winning kick after
        Shane Kerrigan was penalised. '...,' he said" is Pryce's)."""
        who = self._antecedent_token(k)
        while who is not None and who.dep_ in ("compound", "flat") and who.head.i > who.i:
            who = who.head   # "when principal Dana Friedman kept": the name's last word is the subject
        if who is not None and who.dep_ == "appos" and who.head.i < who.i:
            who = who.head   # "when the referee, Sam Grove, penalised": the role is the subject
        side = who is not None and who.dep_ in ("nsubj", "nsubjpass") and who.head.dep_ == "advcl" \
            and who.head.head.dep_ == "ROOT" and who.head.head.i < who.i \
            and any((c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB") and c.i < who.i
                    for c in who.head.children)   # of the main clause only; "when" may be an adverb
        relative = who is not None and who.head.dep_ == "relcl" and (who.lower_ == "who" or who.dep_ == "nsubj" and any(
            c.dep_ == "advmod" and c.lower_ == "when" and c.i < who.i for c in who.head.children))
        if not (side or relative):
            return None
        main = who.head.head if side else self.sentence(who.i).root
        subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < who.i), None)
        if subject is not None and subject.lower_ in ("he", "she") and PRONOUN_GENDER[subject.lower_] == gender:
            return self._speaking_pronoun(subject)   # "He praised pupil Olivia Grant, who raised the alarm"
        named = self.entity_of.get(main.i) if subject is None and main.i < who.i else None
        if named is not None and named.label in PERSON_LABELS and named.entity != self.antecedents[k][2]:
            # "Tremblay praised firefighter Kevin Ashdown, who ...": the parser made the name the verb
            return named.entity if self._fits(kind, gender, named.label, named.entity, main.idx, content) else None
        j = bisect.bisect_left(self.antecedent_pos, subject.idx) if subject is not None else len(self.antecedents)
        if j >= k or self.antecedent_pos[j] != subject.idx:
            named = self.entity_of.get(subject.i) if side and subject is not None else None
            if named is None or named.label not in PERSON_LABELS or named.entity == self.antecedents[k][2]:
                return None   # "Pryce, 22, landed ..." (no antecedent: its apposition) is still the subject
            return named.entity if self._fits(kind, gender, named.label, named.entity, subject.idx, content) else None
        _, label, name = self.antecedents[j]
        return name if name != self.antecedents[k][2] and self._fits(kind, gender, label, name, subject.idx, content) \
            else None

    def _antecedent_token(self, k: int):
        """The token antecedent `k` stands at, if the article has one there."""
        pos = self.antecedents[k][0]
        return self.doc[self.token_at[pos]] if pos in self.token_at else None

    def _speaking_pronoun(self, pronoun) -> str | None:
        """Whom an earlier he/she stands for, resolved once, leaving the state of the pronoun being
        resolved (`spoken`, `bound`) as it was."""
        if pronoun.i not in self.resolved:
            spoken, bound = self.spoken, self.bound
            self.resolved[pronoun.i] = self.resolve(pronoun)
            self.spoken, self.bound = spoken, bound
        return self.resolved[pronoun.i]

    def _done_to(self, token, entity) -> bool:
        """Is `token` a person of unknown gender only acted on by another subject? "Police
        arrested Dan Morris on Sunday. '...,' he said" is not Morris's: a police officer speaks."""
        head = token
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        verb = head.head
        # not a headline the parser ran into the first sentence ("Digital guru floats cheap PC\n\n
        # Nicholas Hale, founder of ..., says")
        return head.dep_ == "dobj" and self.gender.get(entity.entity) is None \
            and "\n" not in self.text[verb.idx:token.idx] \
            and any(c.dep_ == "nsubj" and c.i not in self.entity_of for c in verb.children)

    def _modifies_another(self, i: int, entity) -> bool:
        """A name that only describes something else is no "it" or "he" of its own: "her Olympic
        medals" (an adjective), "the Sony Walkman" (a name run into another name, the product's)."""
        token = self.doc[i]
        if token.dep_ == "amod" and token.head.pos_ == "NOUN":
            return entity.label not in PERSON_LABELS   # a headline's "Souness delight" is his
        head = token
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        other = self.entity_of.get(head.i)
        # not a name the parser ran into the next one ("Graeme Souness felt Newcastle ...")
        return head.i != token.i and head.pos_ == "PROPN" and other is not entity and head.text not in POSTNOMINALS \
            and (other is None or other.label not in PERSON_LABELS | ORG_LABELS)   # "Meg Harwood MP opened" is hers

    def _listed_with_bodies(self, token) -> bool:
        """Is the name in a list with an organisation or place? Then it is one of them, however
        much it looks like a person's: "Real Madrid, Barcelona and Valencia" is no "he"."""
        head = token
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        top = head
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        members = [top] + [t for t in top.subtree if t.dep_ == "conj"]
        return any(m.i != head.i and (e := self.entity_of.get(m.i)) is not None
                   and e.label in ORG_LABELS and not _looks_personal(e.entity) for m in members)

    def _known_over_embedded(self, k: int, pronoun, content) -> str | None:
        """A he/she whose latest candidate (antecedent k) is a person of unknown gender named
        only inside someone's clause goes to the sentence's main subject when that one is known
        to be a he/she: "Mr Cole tipped Phil Dunn for the prize but felt that Jo Kerr could lose.
        'It is a close race,' he said." is Cole's. A candidate of known gender goes to the main
        subject only past a clause about a thing (`_main_over_thing_clause`). None when nothing
        overrides antecedent k."""
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        pos, _, name = self.antecedents[k]
        token = self._antecedent_token(k)
        # "he added" goes on with the reporter even when the one named in his clause is a he
        # too: 'Mr Blair said Mr Jackson was a decent man. "...," he added.' is Blair's
        goes_on = pronoun.head.lemma_.lower() in GOES_ON_VERBS
        if gender is None or token is None or _main_participant(token) or token.dep_ not in SUBJECTS:
            return None
        if self.gender.get(name) is not None and not goes_on:
            return self._main_over_thing_clause(k, token, pronoun, gender, content)
        sent_start = self.doc[self.sent_first[bisect.bisect_right(self.sent_first, token.i) - 1]].idx
        for j in range(k - 1, -1, -1):
            pos2, label2, name2 = self.antecedents[j]
            if pos2 < sent_start:
                return None
            if self.gender.get(name2) == gender and pos2 in self.token_at \
                    and _main_or_speaking(self.doc[self.token_at[pos2]]) \
                    and self._fits(PRONOUNS[pronoun.lower_], gender, label2, name2, pos2, content):
                return name2
        return None

    def _main_over_thing_clause(self, k: int, token, pronoun, gender, content) -> str | None:
        """A he/she whose latest candidate (antecedent k) is the subject of a clause describing a
        thing ("the way Mr Blunkett introduced the rules") goes to the person who is the main
        subject of that sentence, even one of unknown gender: "Jo Kerr attacked the way Mr Dunn
        ran the fund. '...,' he said" is Kerr's; Dunn only figures in what Kerr attacked. `token`
        is antecedent k's token, `gender` the pronoun's (known: `_known_over_embedded`)."""
        clause, sentence = token.head, self.sentence(token.i)
        if k == 0 or clause.dep_ != "relcl" or clause.head.pos_ != "NOUN" or clause.head.i in self.entity_of \
                or sentence.start == self.sentence(pronoun.i).start:
            return None
        subject = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
        if subject is None or self.antecedents[k - 1][0] != subject.idx:
            return None
        _, label, name = self.antecedents[k - 1]
        return name if self._fits(PRONOUNS[pronoun.lower_], gender, label, name, subject.idx, content) else None

    def _reporter_over_reported(self, k: int, pronoun, content) -> str | None:
        """An "it" whose latest candidate (antecedent k) is the subject of a clause reported by
        another body goes to the reporter: "The committee said the National Audit Office should
        investigate. It blamed the agency's managers" is the committee's. So does a he/she: "Paul
        Jones said Charles was one of his heroes. 'I'm sure my writing was influenced by him,'
        he told" is Jones's. None otherwise."""
        token = self._antecedent_token(k)
        kind = PRONOUNS.get(pronoun.lower_)
        if kind not in ("ORG", "GROUP", "PERSON") or token is None or token.dep_ not in SUBJECTS:
            return None
        if kind == "PERSON" and (holder := self._holder_of_view(token, pronoun, self.antecedents[k][2])) is not None:
            return holder
        reported = _reported_clause_over(token.head) if kind == "PERSON" else token.head
        if reported is None or not _reported_clause(reported):
            return None
        if kind == "PERSON" and (self.sentence(token.i).start == self.sentence(pronoun.i).start
                                 or not _tensed(token.head)):
            # "Flynn said Trump was 'absolutely right' when he said" is Trump's; "Rhodes recalled
            # Mr. Obama talking about ..." reports no clause of Obama's
            return None
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        reporter = next((c for c in reported.head.children if c.dep_ == "nsubj"), None)
        asked = _asked_one(reported.head) if reporter is None and kind == "PERSON" else None
        if asked is not None:
            # "Mr Cole was asked why Mr Hart had resigned. He replied: ..." is Cole's answer
            return next((name2 for pos2, label2, name2 in self.antecedents[max(0, k - 3):k]
                         if pos2 == asked.idx and self._fits(kind, gender, label2, name2, pos2, content)), None)
        if reporter is not None and PRONOUN_GENDER.get(reporter.lower_) == gender and gender is not None:
            # "But he said Mr Blair had lost the trust ... '...,' he said": the he who reports, who
            # is no one his own clause names ("Lucy did well at school, he said": not Lucy)
            clause = (reported.left_edge.idx, reported.right_edge.idx + len(reported.right_edge))
            name = self._person_of(reporter, clause)
            if name is not None and name != self.antecedents[k][2]:
                if reported.i == token.head.i:   # not one named deeper: "He suggested the claim that
                    self.passed_over[pronoun.i] = self.antecedents[k][2]   # Lord Falconer had drafted it"
                return name
        for j in range(k - 1, max(-1, k - 4), -1):
            pos2, label2, name2 = self.antecedents[j]
            if reporter is not None and pos2 == reporter.idx and self._fits(kind, gender, label2, name2, pos2, content):
                if gender is not None and reported.i == token.head.i:
                    self.passed_over[pronoun.i] = self.antecedents[k][2]
                return name2
        return None

    def _holder_of_view(self, subject, pronoun, candidate: str) -> str | None:
        """A he/she after a subject inside the view another he/she of that gender holds goes to
        the holder: "He did not think Mr Howard intended to centre the debate on race. But he
        warned that ..." is the first he's (Phillips's), not Howard's: no one is a "he" in his own
        view."""
        view = subject.head
        if view.dep_ != "ccomp" or view.head.lemma_.lower() not in STANCE_VERBS:
            return None
        holder = next((c for c in view.head.children if c.dep_ == "nsubj"), None)
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        if holder is None or gender is None or PRONOUN_GENDER.get(holder.lower_) != gender:
            return None
        name = self._person_of(holder)
        return name if name is not None and name != candidate else None

    def _holder_over_framed(self, k: int, pronoun, content) -> str | None:
        """A he/she whose latest candidate (antecedent k) is a subject inside the view of a person
        the sentence opened with (`_viewpoint_frame`) goes to that person, in a later sentence:
        "According to Pat Brown, Hill misjudged the market. 'Nobody will buy it,' he said" is
        Brown's. None otherwise."""
        pos, _, _ = self.antecedents[k]
        if k == 0 or PRONOUNS.get(pronoun.lower_) != "PERSON" or pos not in self.token_at:
            return None
        token = self.doc[self.token_at[pos]]
        pos2, label2, name2 = self.antecedents[k - 1]
        holder = self.doc[self.token_at[pos2]] if pos2 in self.token_at else None
        if holder is None or not _viewpoint_frame(holder) or holder.sent.start != token.sent.start \
                or token.sent.start == pronoun.sent.start:
            return None
        if not self._fits("PERSON", PRONOUN_GENDER.get(pronoun.lower_), label2, name2, pos2, content):
            return None
        self.framed.add(pronoun.i)   # the framed subject is no rival: `_ambiguous` is not asked
        return name2

    def _either_may_answer(self, pronoun, name: str, content=None) -> bool:
        """Was the reporter chosen over the one in its reported clause (`_reporter_over_reported`)
        while nothing tells the two apart? 'Mr Hale said Mr Reed was a decent man. "...," he said'
        may be either's: no name rather than a guess; "he added" goes on with the reporter, and a
        reported one of unknown gender yields to a reporter the article gives the pronoun's. A quote
        tells them apart when it speaks of a third person of that gender: 'Paul Jones said Charles
        was one of his heroes. "My writing was influenced by him," he told' is Jones's (not a
        reported clause, where "he said he hoped" is the speaker himself)."""
        reported = self.passed_over.get(pronoun.i)
        if reported is None or reported == name or pronoun.head.lemma_.lower() in GOES_ON_VERBS:
            return False
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        if self._quote_speaks_of(content, reported, gender) or self._quote_speaks_of_the_other_gender(content, gender) \
                or self._object_pronoun(pronoun):
            return False   # '"You took their rent," he told him': the reporter tells the one reported
        known = self.gender.get(reported)
        return known == gender or known is None and self.gender.get(name) != gender

    def _quote_speaks_of_the_other_gender(self, content, gender: str | None) -> bool:
        """'Helen Marsh told the court that Darren Cole had sent three messages. "He chose to read
        his messages," she said': a quote whose he (or she) is of the other gender than its
        speaker's pronoun speaks of the one reported on, who is then not the speaker."""
        if gender is None or content is None or self.quote_at(content[0]) is None:
            return False
        words = self.doc.char_span(*content, alignment_mode="expand") or ()
        return any(t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") and PRONOUN_GENDER[t.lower_] != gender
                   for t in words)

    def _quote_speaks_of(self, content, name: str, gender: str | None) -> bool:
        """Does a quote (in quote marks, where the speaker is "I") name `name` or speak of a he/she
        of that gender? Then the one it speaks of is not its speaker."""
        if content is None or self.quote_at(content[0]) is None:
            return False
        words = self.doc.char_span(*content, alignment_mode="expand") or ()
        return self._named_in(name, content) or any(PRONOUN_GENDER.get(t.lower_) == gender for t in words)

    def _fits(self, kind, gender, label, name, pos, content) -> bool:
        if content is not None and content[0] <= pos < content[1] or self.quote_at(pos) is not None \
                or kind == "PERSON" and (self._named_in(name, self.spoken) or name in self.bound):
            return False
        # an earlier "she" that spoke for the name tells its gender too: 'Sen. Mary Voss grilled
        # the banker. "You knew," she said. "I did not," he replied.' is not Voss's
        said = self.said_gender.get(name, ())
        known = self.gender.get(name) or (next(iter(said)) if len(said) == 1 else None)
        return _compatible(kind, label, name) and (gender is None or known in (None, gender)) \
            and not (kind == "PERSON" and (name in self.works or label == "ORG" and name in self.the_named))

    def _named_in(self, name: str, content: tuple[int, int] | None) -> bool:
        """Is the person `name` named inside the words a he/she speaks after it (`spoken`: the
        clause or the quote that follows the pronoun; a clause the parser ran back over the
        narrative before it, "Mr Kent is a late recruit after ..., he claims, ...", is no such
        evidence)? Then the pronoun is someone else: no one reports himself by name ("He said Mr
        Kent had made him deputy leader" is not Kent's, nor is 'He added: "Mr Kent never told me"').
        Not a quote before the pronoun ('"...," he said'): held-out BBC copy turned three empty
        speakers into wrong ones when it counted."""
        # not an owner: news repeats a name for "his" to be clear ("He notes that the panel
        # announced an issue with Trump's microphone" is Trump's)
        return content is not None and any(content[0] <= s < content[1] and self.text[e:e + 2] not in ("'s", "’s")
                                           for s, e in self.spans_of.get(name, ()))

    def speaker(self, token, content: tuple[int, int] | None = None):
        """(name, text, start, end) for a speaker head token of the quote or clause `content`."""
        if token.lower_ in PRONOUNS:
            if token.i not in self.resolved:
                self.resolved[token.i] = self.resolve(token, content)
                self._pronoun_antecedent(token, self.resolved[token.i])
            name = self.resolved[token.i]
            return name, token.text, token.idx, token.idx + len(token.text)
        if token.lower_ in ("i", "we", "you"):
            return None, token.text, token.idx, token.idx + len(token.text)
        if token.lower_ in ("himself", "herself") and token.pos_ == "PRON":
            named = self._emphatic_name(token)
            if named is None:   # a bare "himself" names no one by itself
                return None, token.text, token.idx, token.idx + len(token.text)
            token = named
        if token.lower_ in RELATIVE and token.head.dep_ == "relcl" and token.head.head is not token.head:
            noun = self._person_before_who(token) or token.head.head
            name = self.speaker(noun, content)[0]   # "some economists, who argue ..."
            return name, token.text, token.idx, token.idx + len(token.text)
        if (noun := _noun_before_unhung_who(token)) is not None:
            return self.speaker(noun, content)[0], token.text, token.idx, token.idx + len(token.text)
        s, e = self._phrase_outside(token, content)
        if (person := _name_before_postnominal(token, self.entity_of)) is not token:
            token, e = person, person.idx + len(person.text)   # "Andrew Tyrie MP": the letters go
        elif (holder := self._office_holder(token) or self._named_after_its_of(token)) is not None:
            token, e = holder   # "Commissioner for Agriculture Hauwa Sani-Bello said": hers
        if e <= s:
            return None, None, None, None
        entity = self.entity_of.get(token.i)
        name = entity.entity if entity is not None else self.text[s:e]
        if entity is not None and self._namesake(token, entity):
            return None, self.text[s:e], s, e
        if entity is not None and (aged := self._aged(token) or self._nationality_described(token, entity)) is not None:
            # "the 25-year-old Dubliner said", "the Australian said" is the player's
            self.antecedents_add(token.idx, "PERSON", aged, replace=True)
            return aged, self.text[s:e], s, e
        paper = entity is None and _the_paper(token)
        if paper or entity is None and _the_company(token):
            firm = self._the_paper_named(token) if paper \
                else self._the_company_named(token, content) or self._only_firm(token) \
                or self._firm_the_model_missed(token)
            if firm is not None:   # '"...," the group said. "...," it added' is the firm's too
                self.antecedents_add(token.idx, "ORG", firm, replace=True)
                return firm, self.text[s:e], s, e
        elif entity is None and (owner := _earlier_owner(token)) is not None and owner.i in self.entity_of:
            owned = self.entity_of[owner.i]   # "Oxfam says in a report ... The report said"; "It added"
            self.antecedents_add(token.idx, owned.label, owned.entity, replace=True)
            return owned.entity, self.text[s:e], s, e
        elif entity is None and (holder := self.role_holder(token) or self._described(token)) is not None:
            self.antecedents_add(token.idx, "PERSON", holder, replace=True)   # "the prime minister said" is Blair
            return holder, self.text[s:e], s, e
        if entity is not None and entity.label in PERSON_LABELS | ORG_LABELS:
            self.antecedents_add(token.idx, entity.label, entity.entity)
        elif entity is None and token.tag_ in ("NNS", "NNPS"):
            self.antecedents_add(token.idx, "PLURAL", name)
        return name, self.text[s:e], s, e

    def _office_holder(self, token):
        """(name's last token, its end) when the subject is an office, its portfolio and the
        name of its holder (`PORTFOLIO_THEN_NAME`): the parser hangs the name on "for" ("MEC for
        Education Thabo Mokoena said"). Not one office for another's: "Spokesman for Commerce
        Secretary Wilbur Ross" speaks for Ross."""
        found = PORTFOLIO_THEN_NAME.match(self.text, token.idx)
        if found is None or any(w.lower() in ROLE_WORDS for w in self.text[token.idx:found.start(1)].split()[1:]):
            return None
        last = self.doc.char_span(found.start(1), found.end(1), alignment_mode="expand")
        entity = self.entity_of.get(last[-1].i) if last is not None else None
        if entity is None or entity.label not in PERSON_LABELS or last[-1].head.head.i != token.i:
            return None
        return last[-1], found.end(1)

    def _named_after_its_of(self, token):
        """(name's last token, its end) for a role whose "of" phrase names a body and the parser gave
        it the name set off after it: "The principal of Riverbend School, Marc Lavoie, said" is
        Lavoie's (the name hangs on "School"); so is kin's: "The wife of Tom Lee, Ann Lee, said" is
        Ann Lee's. Not after a common noun or an office ("a friend of the victim, John Hall", "the
        aide of the Minister, Ann Lee" may be either)."""
        if token.i in self.entity_of or token.tag_ not in ("NN", "NNP"):
            return None
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.lower_ not in ROLE_WORDS
                     and c.lower_ not in TITLES_BEFORE_A_NAME), None) if of is not None else None
        name = next((c for c in pobj.children if c.dep_ == "appos" and c.i > pobj.i), None) \
            if pobj is not None else None
        entity = self.entity_of.get(name.i) if name is not None else None
        if entity is None or entity.label not in PERSON_LABELS or self.doc[name.i - 1].text != "," \
                and not any(t.text == "," for t in self.doc[pobj.i + 1:name.i]):
            return None
        return name, name.idx + len(name.text)

    def _namesake(self, token, entity) -> bool:
        """Is `token` a titled surname ("Mr Reid") grouped with a full name the article's other
        words give the other gender? "Ann Reid and her husband ran the pub. Mr Reid said ..." is not
        Ann Reid's; the speaker is left unnamed (issue 15, item 5). (Where a "he" of the full name's
        own says so, the entity table now keeps "Mrs. Trump" apart from Donald Trump already.)"""
        if entity.label not in PERSON_LABELS:
            return False
        span = next(((s, e) for s, e in entity.spans if s <= token.idx < e), None)
        if span is None or " " in self.text[span[0]:span[1]].strip():
            return False
        said = stated_gender(self.text, span[0])
        other = self.gender_untitled.get(entity.entity)
        return said is not None and other is not None and other != said

    def _described(self, noun) -> str | None:
        """The one person a descriptor subject stands for: news names a player, then calls him
        "the defender" ("Richard Dunne is ready to commit ... Early talks have taken place and the
        defender said"). Only "the <descriptor>", bare or with a team's or country's name ("said the
        Tottenham striker"), that the article titles no one with, and only when exactly one person
        is a subject or main participant in its sentence and the two before; one the article
        titles otherwise ("City boss Kevin Keegan") is no defender."""
        aged = _age_epithet(noun)
        singular = noun.tag_ == "NN" or noun.tag_ == "NNP" and noun.text.islower()   # the tagger's "skipper"
        epithet = singular and noun.lower_ in EPITHETS
        if not (singular and noun.lower_ in DESCRIPTORS or aged or epithet) \
                or noun.dep_ not in ("nsubj", "nsubjpass", "dobj") and not (aged and _age_before(noun.head) == noun) \
                or noun.lower_ in self.titled:
            return None
        lefts = [c for c in noun.lefts if c not in aged]
        if aged and noun.dep_ == "amod" and noun.left_edge.i and noun.doc[noun.left_edge.i - 1].lower_ == "the":
            lefts = [noun.doc[noun.left_edge.i - 1]]   # "The 31-year-old insisted": "The" hangs on the verb
        # "the Tottenham striker", "the giant winger", "the world indoor champion", "the
        # Newport-based athlete", "the 30-year-old"
        if not lefts or lefts[0].lower_ != "the" \
                or not all(c.dep_ in ("compound", "nmod") and c.pos_ in ("PROPN", "NOUN") or c.dep_ == "amod" and (
                           c.pos_ == "ADJ" or c.tag_ == "VBN" and "-" in c.left_edge.nbor(1).text) for c in lefts[1:]) \
                or any(c.dep_ in ("appos", "conj", "prep") and c.left_edge.lower_ != "who"
                       and not (c.dep_ == "appos" and c.like_num) for c in noun.rights):
            return None   # (an "appos" opening with "who" is a relative clause the parser misread;
        #                    a number in commas is an age: "The actress, 84, said")
        if not aged and not epithet:
            return self._one_person_near(noun)
        person = self._one_person_near(noun, titled_too=True)   # anyone titled has an age too
        if person is None or not self._last_person_named(person, noun):
            return None
        wanted = EPITHETS.get(noun.lower_)
        return person if wanted is None or self.gender.get(person) == wanted else None

    def _last_person_named(self, person: str, noun) -> bool:
        """Is `person` the last one named before `noun`, but for people named in the clause that
        names `person`? "Kenteris ... blamed his former coach Christos Tzekos. The 31-year-old
        insisted" is Kenteris; "Miller told reporters ... in the shape of Emma Watson. The
        14-year-old said" is not Miller."""
        last = next((j for j in range(noun.i - 1, -1, -1) if (e := self.entity_of.get(j)) is not None
                     and e.entity == person and self.quote_at(self.doc[j].idx) is None), None)
        if last is None:
            return False
        clause = self.doc[last].head
        return not any((e := self.entity_of.get(j)) is not None and e.entity != person and e.label in PERSON_LABELS
                       and self.quote_at(self.doc[j].idx) is None
                       and not clause.left_edge.i <= j <= clause.right_edge.i for j in range(last + 1, noun.i))

    def _nationality_described(self, token, entity) -> str | None:
        """The one person a bare "the <demonym>" subject stands for, as a descriptor does
        (`_one_person_near`): "When Lleyton Hewitt shook his hand, the Australian said" is Hewitt's;
        so is a party member's, after the home state or town: "the Arizona Republican asked"."""
        lefts = [c.lower_ for c in token.lefts
                 if not (c.dep_ == "compound" and getattr(self.entity_of.get(c.i), "label", None) == "GPE")]
        if entity.label != "NORP" or " " in entity.entity or lefts != ["the"] or token.dep_ not in SUBJECTS \
                or token.tag_ not in ("NNP", "NN") or any(c.dep_ in ("appos", "conj", "prep") for c in token.rights):
            return None
        # a party's member may be the senator or governor named just before: titles count too; a
        # nationality falls back on them ("manager Philippe Clement ... The Belgian added that")
        party = token.lower_ in _PARTY_MEMBERS
        person = self._one_person_near(token, reported=False, titled_too=party) \
            or (None if party else self._one_person_near(token, reported=False, titled_too=True))
        return None if person is not None and self._of_another_nation(person, token.text) else person

    def _of_another_nation(self, person: str, demonym: str) -> bool:
        """Does the article give the person another country than the demonym's? "Spain's Pablo
        Navarro beat Germany's Lukas Keller ... the Spaniard told reporters" is not Keller's, even
        when the model missed Navarro."""
        wanted = gazetteer_demonym(demonym)
        stated = {c.country_code for s, _ in self.spans_of.get(person, ())
                  if (m := _NATION_BEFORE.search(self.text, max(0, s - 40), s))
                  for c in gazetteer_entries(m.group(1))[:1] if c.kind == "country"}
        return wanted is not None and bool(stated - {wanted})

    def _aged(self, token) -> str | None:
        """"the 25-year-old Dubliner": a one-word name met once, under "the" and an age, describes
        the person just named (his home town, his nationality); that person, or None."""
        entity = self.entity_of.get(token.i)
        lefts = [c.lower_ for c in token.lefts]
        if entity is None or len(entity.spans) != 1 or entity.spans[0][1] - entity.spans[0][0] != len(token.text) \
                or lefts[:1] != ["the"] or "old" not in lefts:
            return None
        return self._one_person_near(token)

    def _one_person_near(self, noun, *, reported: bool = True, titled_too: bool = False) -> str | None:
        """The one person who is a subject, main participant or owner ("impressed by Dunne's
        turnaround") before `noun` in its sentence and the two before, leaving out anyone the
        article titles with another word, and without `reported` the subject of a clause someone
        reports ("Agassi said Melzer was an example ... said the American" is Agassi's); with
        `titled_too`, people the article titles otherwise count too. Of several, the one its own
        paragraph makes the subject of a sentence ("... Forde told RTÉ Sport. || Out-half Conor
        Mulqueen was named player of the match. '...,' said the 22-year-old"; not one in a clause
        of a sentence: "Michael Howard has backed it. || ..., where George Bush opposed it. But the
        Tory leader argued")."""
        k = bisect.bisect_right(self.sent_first, noun.i) - 1
        people: dict[str, object] = {}   # person -> the token naming them
        for i in range(self.sent_first[max(0, k - 2)], noun.i):
            entity, t = self.entity_of.get(i), self.doc[i]
            if entity is not None:
                person = entity.entity if entity.label in PERSON_LABELS else None
            else:   # a he/she subject is the person it stands for: "He says so himself. ... says the Waterford man"
                person = self._person_of(t) if t.dep_ in SUBJECTS and PRONOUN_GENDER.get(t.lower_) else None
            if person is None or self.quote_at(t.idx) is not None \
                    or not (t.dep_ in SUBJECTS + ("poss",) or _main_participant(t)) or _the_plural(t):
                continue
            # a member of a team or party holds no role that sets him apart: "British team member
            # Hayley Yelling said ... said the European cross-country champion" may be hers
            titles = {w for (title, name) in self._titles_of(person) for w, _ in title[-1:]} - {"member"}
            if (not titles or titled_too or noun.lower_ in titles) and (reported or not _reported_clause(t.head)):
                people[person] = t
        if len(people) > 1:
            paragraph = line_around(self.text, noun.idx)[0]
            here = [t for t in people.values() if t.idx >= paragraph]
            if len(here) == 1 and here[0].dep_ in SUBJECTS and here[0].head.dep_ == "ROOT":
                return next(person for person, t in people.items() if t is here[0])
        return next(iter(people)) if len(people) == 1 else None

    def _person_of(self, pronoun, content: tuple[int, int] | None = None) -> str | None:
        """The person a he/she stands for, as resolved or resolving it now (not kept: the speaker
        lookup resolves it again with what it says, the `content` given here)."""
        if pronoun.i in self.resolved:
            name = self.resolved[pronoun.i]
        else:   # a look, not a reading: the pronoun being resolved keeps what it says, no doubt is left
            unresolved, spoken, bound = set(self.unresolved), self.spoken, self.bound
            name = self.resolve(pronoun, content)
            self.unresolved, self.spoken, self.bound = unresolved, spoken, bound
        return name if self.label_of.get(name) in PERSON_LABELS else None

    def _subject_of_its_verb(self, pronoun) -> str | None:
        """The person whose verb a him/her is the object of: "The family's solicitor, Karen Iqbal,
        quoted him as saying" is not Iqbal's (she would be "herself")."""
        if pronoun.lower_ not in ("him", "her") or pronoun.dep_ not in ("dobj", "dative"):
            return None
        subject = next((c for c in pronoun.head.children if c.dep_ == "nsubj"), None)
        entity = self.named_noun(subject) if subject is not None else None
        return entity.entity if entity is not None else None

    def _titled_in_the_quote(self, content) -> set[str]:
        """People a quote names with a personal title ('"Mr Coulibaly taught me to read," he said'):
        no one calls himself "Mr", so none of them is its speaker."""
        if content is None or self.quote_at(content[0]) is None:
            return set()
        return {name for name, spans in self.spans_of.items() if self.label_of[name] in PERSON_LABELS
                for s, _ in spans if content[0] < s < content[1] and title_gender(self.text, s)}

    def _spoken_of_in_the_quote(self, pronoun, content) -> str | None:
        """'Bowden denies the charges. "He bought the balaclavas," she said': a quote whose subject
        is first a he/she of the other gender speaks of the sentence before's main subject, when it
        is that sentence's only person and not one the article gives the speaker's gender, who is
        then not its speaker; not when that sentence reports speech, whose he/she may be anyone
        its person spoke of."""
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        if gender is None or content is None or self.quote_at(content[0]) is None:
            return None
        words = self.doc.char_span(*content, alignment_mode="expand") or ()
        first = next((t for t in words if t.dep_ in ("nsubj", "nsubjpass")), None)
        if first is None or first.lower_ not in ("he", "she") or PRONOUN_GENDER[first.lower_] == gender:
            return None
        k = bisect.bisect_right(self.sent_first, words[0].i) - 1
        name = _sole_person_subject(self, k - 1) if k > 0 else None  # not "X accused Ms Blears. 'She ...,' he said"
        if name is not None and any(_reported_clause(t) for t in self.doc[self.sent_first[k - 1]:self.sent_first[k]]):
            return None  # 'Helen Marsh said the driver was wrong. "He chose to ...," she said': he is whom she spoke of
        return name if name is not None and self.gender.get(name) != gender else None

    def _titles_of(self, name: str) -> list[tuple]:
        return [key for given in self.titled.values() for key in given if key[1] == name]

    def _person_before_who(self, who):
        """The person named right before "who" when the parser hung the clause on another noun:
        in "backed by Culture, Media and Sport Secretary Tessa Jowell who said" it takes "Culture",
        the first of the listed words, but "who" stands for the person it follows; so it does for
        the person whose "of" phrase names a body: "Mikhail Potepkin of the youth movement Nashi,
        who described himself as ..." is Potepkin."""
        if who.lower_ != "who" or who.i == 0:
            return None
        before, noun = who.doc[who.i - 1], who.head.head
        named, own = self.entity_of.get(before.i), self.entity_of.get(noun.i)
        if own is not None and own.label in PERSON_LABELS:
            return None
        if named is not None and named.label in PERSON_LABELS:
            return before
        head = noun
        while head.dep_ in ("compound", "appos", "npadvmod") and head.head.i != head.i:
            head = head.head   # "the pressure group Clean Air Now": up to "group"
        owner = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        person = self.entity_of.get(owner.i) if owner is not None else None
        if person is not None and person.label in PERSON_LABELS and own is not None:
            return owner
        return self._person_described(head) if own is None and owner is None and head.dep_ == "pobj" else None

    def _person_described(self, noun):
        """"David Kahn, a historian and a leading expert on code-breaking, who has confirmed": the
        parser hangs "who" on the topic of the description; it stands for the person the description
        is in apposition to."""
        noun = noun.head.head if noun.dep_ == "pobj" else noun
        while noun.dep_ in ("conj", "appos") and noun.head.i != noun.i:
            noun = noun.head
        person = self.entity_of.get(noun.i)
        return noun if person is not None and person.label in PERSON_LABELS else None

    def _the_company_named(self, noun, content: tuple[int, int] | None = None) -> str | None:
        """The firm "the company" / "the bank" stands for: the organisation last named before it
        (outside quote marks), when its name holds the noun ("Bank of England lending figures ...
        the bank said") or it is also the latest organisation named as a subject or speaker
        ("GM said ... the company said"); None when the two differ ("Netcraft found ... The
        statement issued by Lycos said ... the company said" may be either). A firm the article
        introduced with that very noun comes first: "Irish publishing group Independent News &
        Media is buying a stake in Jagran ... Jagran publishes ... the group said"."""
        introduced = self._introduced_with(noun) or self._reported_subject_firm(noun, content)
        if introduced is not None:
            return introduced
        named = self._latest_named_org(noun.i, ORG_LABELS)   # a place or group named since blocks it
        if named is not None and self._other_name_in_sentence(noun, named, content):
            return None   # "In a statement from Lycos Europe ..., the company denied" (Lycos taken for a person)
        if named is None or noun.lower_ in named.lower().split() and self.label_of.get(named) == "ORG":
            return named
        k = bisect.bisect_left(self.antecedent_pos, noun.idx) - 1
        for j in range(k, max(-1, k - MAX_ANTECEDENTS), -1):
            if self.antecedents[j][1] == "ORG" and self.quote_at(self.antecedents[j][0]) is None:
                return named if self.antecedents[j][2] == named else None
        return None

    def _reported_subject_firm(self, noun, content: tuple[int, int] | None) -> str | None:
        """The organisation that is the subject of the report's main clause before "the company":
        "Japanese auto parts maker Hokuto Precision will close its plant in Thailand's Rayong
        province, the company said" (the place named since would block the latest-name reading);
        not "The club have confirmed that the Glazer Family Partnership have submitted ..."."""
        tokens = _tokens_between(self.doc, *content) if content is not None and content[1] <= noun.idx else []
        inside = {t.i for t in tokens}
        for t in tokens:
            entity = self.entity_of.get(t.i)
            if t.dep_ == "nsubj" and t.head.i in inside and t.head.head.i not in inside \
                    and entity is not None and entity.label == "ORG":
                return entity.entity
        return None

    def _the_paper_named(self, noun) -> str | None:
        """The newspaper "the paper" stands for: the latest organisation named, outside quote marks,
        with "newspaper", "paper" or "daily" beside it ("the Vedomosti newspaper reported ... The
        paper added"). Only that: a paper may be a report or a document ("The Treasury will publish
        its paper ... The paper says") and a named body may be its subject ("the IMF ... the
        newspaper reported")."""
        mastheads = [(s, name) for name, spans in self.spans_of.items() if self.label_of[name] == "ORG"
                     for s, e in spans if s < noun.idx and self.quote_at(s) is None
                     and (PAPER_BEFORE.search(self.text, max(0, s - 20), s) or PAPER_AFTER.match(self.text, e))]
        return max(mastheads)[1] if mastheads else None

    def _introduced_with(self, noun) -> str | None:
        """The latest organisation named, outside quote marks, right after the same noun:
        "publishing group Independent News & Media" for "the group"."""
        before = re.compile(rf"\b{re.escape(noun.lower_)}\s+$")
        spans = [(s, name) for name, spans in self.spans_of.items() if self.label_of[name] == "ORG"
                 for s, _ in spans if s < noun.idx and self.quote_at(s) is None
                 and before.search(self.text, max(0, s - 20), s)]
        return max(spans)[1] if spans else None

    def _only_firm(self, noun) -> str | None:
        """The one organisation the story has named before "the company" / "the firm", when the
        nearer evidence is unclear: "Umbro has posted a rise in profit. Chief executive Peter
        McGuigan said ... The firm said" is Umbro's, and so is one named in the lead ("PUNE: Shares
        of Kalyani Infotech rose ... the company said"). None when a second organisation was named
        (outside quote marks), or an unnamed one ("a firm", "a company") may be meant."""
        firsts, unnamed = self._firms_named()
        if unnamed < noun.i or bisect.bisect_left(firsts, (noun.i,)) != 1:
            return None
        firm = firsts[0][1]
        return firm.entity if firm.spans[0][0] < _lead_end(self.text) else None

    def _firm_the_model_missed(self, noun) -> str | None:
        """"Kamoa Copper reported record output. The company said ...": a name of two capitalised
        words or more, no entity of the model's, as the subject of the sentence before, when the
        article has named no organisation before "the company"."""
        k, firsts = bisect.bisect_right(self.sent_first, noun.i) - 1, self._firms_named()[0]
        if k < 1 or firsts and firsts[0][0] < noun.i:
            return None
        root = self.doc[self.sent_first[k - 1]].sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ != "NNP" or self.quote_at(subject.idx) is not None:
            return None
        words = [c for c in subject.lefts if c.dep_ == "compound"] + [subject]
        if len(words) < 2 or words[-1].i - words[0].i != len(words) - 1 \
                or not all(w.tag_ == "NNP" and w.is_title and w.i not in self.entity_of for w in words):
            return None
        return " ".join(w.text for w in words)

    def _firms_named(self) -> tuple[list[tuple[int, object]], int]:
        """(token of first mention, entity) of each organisation named outside quote marks, in
        order, and the token of the first unnamed firm ("a company"; len(doc) when none): read
        once, as an article may say "the company" many times."""
        if self.firms_named is None:
            firsts, unnamed = {}, len(self.doc)
            for t in self.doc:
                entity = self.entity_of.get(t.i)
                if entity is not None and entity.label == "ORG" and self.quote_at(t.idx) is None:
                    firsts.setdefault(entity.entity, (t.i, entity))
                elif unnamed == len(self.doc) and t.lemma_.lower() in COMPANY_NOUNS \
                        and any(c.lower_ in ("a", "an", "another", "one") for c in t.lefts):
                    unnamed = t.i
            self.firms_named = (sorted(firsts.values(), key=lambda f: f[0]), unnamed)
        return self.firms_named

    def _other_name_in_sentence(self, token, name: str, content: tuple[int, int] | None = None) -> bool:
        """Does the sentence name a person or body other than `name` before `token`, outside what
        was said ("Gordon Brown will need to raise $10bn, the firm claims" is Deloitte's)?"""
        first = self.sentence(token.i).start
        return any((e := self.entity_of.get(j)) is not None and e.entity != name
                   and e.label in PERSON_LABELS | ORG_LABELS
                   and not (content is not None and content[0] <= self.doc[j].idx < content[1])
                   for j in range(first, token.i))

    def _latest_named_org(self, i: int, labels=frozenset({"ORG"})) -> str | None:
        """The organisation (or other name of `labels`) last named, in any role, in the few
        sentences before token i, outside quote marks."""
        for j in range(i - 1, max(-1, i - MAX_FALLBACK_TOKENS), -1):
            entity = self.entity_of.get(j)
            if entity is not None and entity.label in labels and self.quote_at(self.doc[j].idx) is None:
                return entity.entity
        return None

    def _pronoun_antecedent(self, pronoun, name: str | None) -> None:
        """A he/she/they that speaks stands for its person from there on: "Mr Blair has failed,
        he claimed. The Tories, he said, can cut crime" (the second "he" is the first's, not
        Blair named inside what he claimed)."""
        if name is None:
            return
        kind = PRONOUNS[pronoun.lower_]
        label = self.label_of.get(name) or {"PERSON": "PERSON", "GROUP": "PLURAL"}.get(kind, "ORG")
        self.antecedents_add(pronoun.idx, label, name)
        if pronoun.lower_ in PRONOUN_GENDER:
            self.said_gender.setdefault(name, set()).add(PRONOUN_GENDER[pronoun.lower_])

    def speaker_gender(self, name: str | None, stext: str | None) -> str | None:
        """female / male from the speaker's pronoun ("she") or the article's evidence for the
        entity; None when the article says nothing."""
        if stext is not None and stext.lower() in PRONOUN_GENDER:
            return PRONOUN_GENDER[stext.lower()]
        if name is None and stext is not None and (title := _TITLE_OPENING.match(stext)):
            return TITLE_GENDER[title.group(1).lower()]   # an unnamed "Mr Reid": `_namesake`
        return self.gender.get(name) if name is not None else None

    def speaker_id(self, name: str | None) -> str | None:
        """The entity_id of a speaker named by its entity's canonical name (pronouns resolve to
        one too); None for a phrase that names no entity."""
        return entity_id(self.label_of[name], name) if name in self.label_of else None

    def antecedents_add(self, pos, label, name, *, replace: bool = False):
        """Add a candidate for later pronouns; with `replace`, the name a role was found to stand
        for takes the place of the role's own words ("the Liberal Democrat leader said ... He
        said" is then Kennedy's, whose gender the article gives, not an unknown "leader")."""
        k = bisect.bisect_left(self.antecedent_pos, pos)
        if k < len(self.antecedents) and self.antecedents[k][0] == pos:
            if replace:
                self.antecedents[k] = (pos, label, name)
            return
        self.antecedent_pos.insert(k, pos)
        self.antecedents.insert(k, (pos, label, name))


_TITLE_OPENING = re.compile(r"(Mr|Mrs|Ms|Miss)\.?\s+[A-Z]")


# How far after a role the article may title its holder (about two paragraphs of a news story).
LATER_TITLE_REACH = 1200


# Descriptors news uses for a person it has just named: "the singer", "the defender", "the striker".
DESCRIPTORS = frozenset("""
singer star actor actress musician rapper comedian presenter author novelist player keeper forward
captain batsman bowler runner sprinter athlete boxer golfer champion veteran youngster teenager
debutant holder boss manager coach skipper leader chairman man woman
""".split()) | frozenset(PLAYER_POSITIONS)
# Epithets news gives the person it has just named whatever title it gave them ("State Rep. Jay
# Roberts ... The lawmaker said", "Ms Okafor ... said the Sligo-based mother", "said Gonzalo Frasca,
# computer games specialist ... added the Uruguayan-born researcher"), read as an age is
# ("the 30-year-old"): the last person named, alone near it; a gendered one only for a person the
# article gives that gender ("Tom Evans, 8, was hurt. The mother said" is not the boy).
EPITHETS = {"lawmaker": None, "legislator": None, "politician": None, "mother": "female", "father": "male",
            "mum": "female", "dad": "male", "widow": "female", "widower": "male", "grandmother": "female",
            "grandfather": "male", "researcher": None, "scientist": None, "academic": None, "entrepreneur": None,
            "businessman": "male", "businesswoman": "female", "tycoon": None, "billionaire": None, "mogul": None,
            "campaigner": None, "activist": None}
# A country's possessive right before a name: "Germany's Lukas Keller".
_NATION_BEFORE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s\s+$")
# Nouns for a party's members, which describe a politician the article has titled otherwise
# ("Sen. John Marsh ... the Arizona Republican asked": `_nationality_described`).
_PARTY_MEMBERS = frozenset({"republican", "democrat", "tory", "conservative"})
SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen"})
# What ties an unnamed source to the story, and with its phrase names it: "a source close to the project".
SOURCE_TIES = frozenset({"close", "familiar", "briefed", "knowledgeable"})
# Unnamed people who speak by their role ("a spokesman said"): pronoun antecedents, with the
# gender their word gives.
SPEAKING_ROLES = frozenset("""
spokesman spokeswoman spokesperson official aide adviser advisor source minister secretary
director executive manager coach lawyer attorney analyst economist expert professor captain
boss chief leader member officer negotiator campaigner broker trader dealer banker strategist investor
diplomat observer commentator critic historian scientist researcher doctor insider
""".split())
# The role nouns that make a missed name run a person ("Pat Quill is branch officer", "Cardinal
# Alan Dunmore Kell, the Archbishop of Leeds"): `_unnamed_name_as_role`, `_appositive_role`.
_ROLE_NOUNS = SPEAKING_ROLES | DESCRIPTORS
_APPOSITIVE_ROLES = _ROLE_NOUNS | OWN_ROLES


# Unnamed people a he or she may stand for once they act as a subject: kin, with the gender the
# word gives ("My mother ... 'We're not all meant to be equal,' she said" is the mother's, not the
# last named speaker's). Not descriptions ("the businessman", "the first Indian woman"): news
# uses them for the person it has just named, whose name the pronoun should keep.
UNNAMED_PEOPLE = KIN_GENDER


# Unnamed people who take part in a scene of questions and answers (with the gender the word
# gives, None when it gives none): once one acts as a subject ("the questioner returned", "a
# reporter asked"), a he/she after it is no longer surely the named person of unknown gender
# before it.
UNNAMED_ACTORS = {"questioner": None, "interviewer": None, "reporter": None, "journalist": None,
                  "caller": None, "heckler": None, "listener": None, "viewer": None, "bystander": None,
                  "woman": "female", "girl": "female", "lady": "female",
                  "man": "male", "boy": "male", "gentleman": "male"}


# Cues that go on with a turn already reported ("he added", "she continued").
GOES_ON_VERBS = frozenset({"add", "continue"})
# How far back a pronoun looks: 60 subjects or speakers (about ten paragraphs of a news story),
# then 150 tokens (about five sentences) for a name in any role.
MAX_ANTECEDENTS = 60
MAX_FALLBACK_TOKENS = 150
PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
_REFLEXIVE_GENDER = {"his": "male", "himself": "male", "her": "female", "herself": "female"}
# Votes: a title or kin word names the gender (3), a "his"/"her" in the person's own clause
# only suggests it (1); the winner needs twice the loser's votes ("Trump attacked her record"
# gives Trump one wrong vote against his many "his").
TITLE_VOTES = 3
PRONOUN_VOTES = 1
GENDER_MARGIN = 2


def _genders(art: _Article, entities: list) -> tuple[dict[str, str], dict[str, str]]:
    """Person entity name -> "female"/"male" from the article's own words: Mr./Mrs./Ms. before
    a mention, "his wife X", and his/her/himself/herself in a clause whose subject is the
    person, and a he/she after a sentence whose only person is its subject
    (`_subject_then_pronoun`). Never from first names. Also the same without the titles of its
    surname-only mentions, which may be a namesake's ("Mr Reid" grouped with Ann Reid): the second
    dict, kept as `gender_untitled`."""
    votes: dict[str, dict[str, int]] = {}
    surname_titles: dict[str, dict[str, int]] = {}
    text = art.text
    for entity in entities:
        if entity.label not in PERSON_LABELS:
            continue
        tally = votes.setdefault(entity.entity, {"female": 0, "male": 0})
        short = surname_titles.setdefault(entity.entity, {"female": 0, "male": 0})
        for s, e in entity.spans:
            gender = stated_gender(text, s) or _honorific_gender(text, s, e) or appositive_gender(text, e)
            if gender:
                tally[gender] += TITLE_VOTES
                if " " not in text[s:e].strip():
                    short[gender] += TITLE_VOTES
            elif (own := SAID_PRONOUN.match(text, e)) and art.quote_at(s) is None:   # "Anyanwu said he would rule"
                tally["male" if own.group(1).lower() == "he" else "female"] += PRONOUN_VOTES
    for t in art.doc:
        gender = _REFLEXIVE_GENDER.get(t.lower_)
        if gender is None or t.lower_ == "her" and t.dep_ != "poss" or art.quote_at(t.idx) is not None:
            continue
        if t.dep_ == "poss" and t.head.dep_ == "attr":
            continue   # "Nikki Haley was his pick": the one a copula's predicate belongs to is someone else
        paired = _first_of_a_pair(t)
        subject = paired or _clause_subject(t) or _noun_of_participle(t)
        if subject is not None and paired is None and t.dep_ == "poss" \
                and (t.head.i == subject.i or t.head.dep_ == "appos" and t.head.head.i == subject.i
                     and t.head.lower_ in KIN_GENDER):
            continue   # "His neighbour, Rhiannon Daly, said", "Jean Pike, his wife, ran": the owner is someone else
        if subject is not None and paired is None and subject.i != t.i and any(
                c.dep_ == "poss" and _REFLEXIVE_GENDER.get(c.lower_) == gender for c in subject.children):
            continue   # "Her trainer, Gerry Doak, has been in her corner": both hers are the boxer's
        subject = _reporter_of_same_pronoun(subject, gender) or subject
        subject = _named_in_apposition(art, subject)   # "Her deputy, Gareth Mills, cut the ribbon with his"
        if t.dep_ == "poss" and subject is not None and subject.i in art.entity_of \
                and _pronoun_subject_before(art, t, gender, art.entity_of[subject.i]):
            continue   # 'She said fishermen noticed first. Paua diver Grant McIntyre told her team': hers
        if subject is not None and subject.lower_ == "who" and subject.head.dep_ == "relcl":
            if t.dep_ == "poss" and _other_person_subject(art, subject.head.head):
                continue   # "Brandt praised rookie Tyrese Mills, who came off her bench": hers or his, unsaid
            subject = art._person_before_who(subject) or subject.head.head   # "said Ito, who burnt his hands"
        entity = art.entity_of.get(subject.i) if subject is not None else None
        if entity is not None and art.quote_at(subject.idx) is None and paired is None:
            entity = _nearer_person(art, entity, subject.i, t)
        if entity is not None and entity.entity in votes and art.quote_at(subject.idx) is None:
            votes[entity.entity][gender] += PRONOUN_VOTES
    known = _decided(votes)
    for name, gender in [*_subject_then_pronoun(art, known), *_owner_of_reported_subjects(art, known)]:
        if name in votes:
            votes[name][gender] += PRONOUN_VOTES
    untitled = {name: {g: n - surname_titles[name][g] for g, n in v.items()} for name, v in votes.items()}
    return _decided(votes), _decided(untitled)


def _pronoun_subject_before(art: _Article, token, gender: str, entity) -> bool:
    """Is a he or she of `gender` a subject in the sentence before the token's, outside quote marks,
    before the article first names `entity`, the subject of the token's own sentence? Then that he
    or she is someone else, whose his/her this may be."""
    k = bisect.bisect_right(art.sent_first, token.i) - 1
    if k < 1 or min(s for s, _ in entity.spans) < art.doc[art.sent_first[k]].idx:
        return False
    return any(t.dep_ == "nsubj" and PRONOUN_GENDER.get(t.lower_) == gender and t.lower_ in ("he", "she")
               and art.quote_at(t.idx) is None for t in art.doc[art.sent_first[k - 1]:art.sent_first[k]])


def _other_person_subject(art: _Article, noun) -> bool:
    """Has the clause a relative clause's noun stands in another person for its subject?"""
    verb = noun.head if noun.dep_ in ("dobj", "pobj", "attr", "dative") else None
    verb = verb.head if verb is not None and verb.dep_ == "prep" else verb
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    entity = art.entity_of.get(subject.i) if subject is not None else None
    own = art.entity_of.get(noun.i)
    return entity is not None and entity.label in PERSON_LABELS and (own is None or own.entity != entity.entity)


def _owner_of_reported_subjects(art: _Article, known: dict[str, str]):
    """(name, gender) for "Brian Tolland said his rival had never held a job": a his/her owning the
    subject of a reported clause is the reporter's (no one is their own rival), unless the sentence
    before offers another (`_no_rival_before`: "... David Blunkett ... Ms Jowell insisted his
    concerns had been met")."""
    for t in art.doc:
        gender, owned = _REFLEXIVE_GENDER.get(t.lower_), t.head
        if gender is None or t.dep_ != "poss" or owned.dep_ not in ("nsubj", "nsubjpass") \
                or owned.head.dep_ != "ccomp" or art.quote_at(t.idx) is not None:
            continue
        reporter = _named_in_apposition(art, _clause_subject(owned.head))
        entity = art.entity_of.get(reporter.i) if reporter is not None else None
        if entity is not None and entity.label in PERSON_LABELS and art.quote_at(reporter.idx) is None \
                and _no_rival_before(art, bisect.bisect_right(art.sent_first, t.i) - 1, gender, entity.entity, known):
            yield entity.entity, gender


def _named_in_apposition(art: _Article, noun):
    """The named person in apposition to a role noun ("His neighbour, Rhiannon Daly"), else the noun:
    the article's own person, where `_named_apposition` reads the model's for a cue's subject."""
    if noun is None or noun.i in art.entity_of:
        return noun
    return next((c for c in noun.children if c.dep_ == "appos" and c.i in art.entity_of), noun)


def _first_of_a_pair(pronoun):
    """"Sam Reyes and her colleague Daniel Ito": a his/her right after "and", owning the second of
    two coordinated nouns, is the first one's; None otherwise."""
    owned = pronoun.head
    if pronoun.dep_ != "poss" or pronoun.i == 0 or pronoun.nbor(-1).lower_ != "and" or owned.dep_ != "conj":
        return None
    return owned.head


def _nearer_person(art: _Article, subject, first: int, pronoun):
    """The person a his/her in the subject's clause belongs to: the nearest one before it, when
    the his/her opens a phrase on the verb after its object: "Helen Marsh mocked comedian Dan Kyle
    for his act" says Kyle is a he, nothing of her. Else the subject's: "Mike Ruddock may make
    Gavin Henson his first-choice kicker", and a reflexive ("Dan Kyle blamed Helen Marsh and
    himself"). Nobody's when the subject is two people: "Tessa Jowell and John Prescott have
    welcomed his return" is a third man's."""
    owned = pronoun.head
    if pronoun.lower_ in ("his", "her") and any(
            c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in art.doc[first].children):
        return None
    if pronoun.lower_ not in ("his", "her") or owned.dep_ != "pobj" or owned.head.head.pos_ != "VERB":
        return subject
    return next((e for i in range(pronoun.i - 1, first, -1)
                 if (e := art.entity_of.get(i)) is not None and e.label in PERSON_LABELS), subject)


def _decided(votes: dict[str, dict[str, int]]) -> dict[str, str]:
    """The gender with twice the other's votes, per name; names with no winner are left out."""
    return {name: ("female" if v["female"] > v["male"] else "male") for name, v in votes.items()
            if max(v.values()) >= GENDER_MARGIN * min(v.values()) and max(v.values()) > 0}


def _subject_then_pronoun(art: _Article, known: dict[str, str]):
    """(name, gender) for each sentence whose main subject is its only person and whose next
    sentence opens with "He"/"She" as its subject, or whose side clause has one: "Alex Moore has
    run the bakery since 1998. She employs six people." makes Moore a she, "Donald Trump spoke in
    Ohio, where he attacked the press" Trump a he (weak votes, as his/her in the person's clause),
    as does a he/she opening what the main verb reports (`_reported_of_itself`).
    Not when the sentence names another person: "Josh Lane said Bill Ortiz would sign. He said
    ..." may be either's; but one named after the he/she that opens the report is no rival ("Robin
    Lee said she would not stand for the Verdun seat", Verdun taken for a person). The openers are
    read last, with the genders the side clauses gave (`_sentence_openers`)."""
    side = list(_side_clause_pronouns(art, known))
    learned = dict(known)
    for name, gender in side:
        learned.setdefault(name, gender)
    yield from side
    yield from _sentence_openers(art, learned)


def _side_clause_pronouns(art: _Article, known: dict[str, str]):
    """(name, gender) for a he/she in a side clause of a sentence whose main subject is its only
    person, or opening what its main verb reports (`_subject_then_pronoun`)."""
    for k in range(len(art.sent_first)):
        name = _person_subject(art, k)
        # a name in apposition to the subject reports of itself too ("Her publisher, Otieno Mwangi,
        # says he took a chance"), but a side clause may be of the role's owner ("Her coach, Vinod
        # Kurup, who has trained her since she was nine")
        reporter = name or _person_subject(art, k, apposed=True)
        if reporter is None:
            continue   # "His British-born wife, Joan, suggested he had nothing to lose": her report is of him
        sole = name is not None and _sole_person_before(art, k, name, art.sent_end[k])
        sentence = art.doc[art.sent_first[k]:art.sent_end[k]]
        for t in sentence:
            if t.lower_ in ("he", "she") and t.dep_ == "nsubj" and art.quote_at(t.idx) is None and (
                    sole and t.head.dep_ in ("advcl", "relcl")
                    or _sole_person_before(art, k, reporter, t.i) and _reported_of_itself(art, k, t, reporter, known)):
                yield reporter, PRONOUN_GENDER[t.lower_]


def _sentence_openers(art: _Article, known: dict[str, str]):
    """(name, gender) for a He/She opening the sentence after one whose main subject is the person
    (or named in apposition to it), when the sentence names no other person, or names others only
    as objects, of the other gender or not acted on after: "The club's owner, Li Wen, met Ferreira.
    She has promised funds" makes Wen a she, but "The minister, Priya Shah, met Daniel Cole. He told
    her ..." says nothing of Shah while Cole's gender is not yet known."""
    for k in range(len(art.sent_first) - 1):
        name = _person_subject(art, k, apposed=True) or _person_of_a_verbless_sentence(art, k)
        opener = _main_pronoun_subject(art, k + 1)
        gender = PRONOUN_GENDER.get(opener.lower_) if opener is not None else None
        if name is None or gender is None or opener.dep_ != "nsubj" or art.quote_at(opener.idx) is not None \
                or known.get(name) not in (None, gender):
            continue   # '"...," Mr Cole said. She said ...' is someone else
        others = {e.entity for i in range(art.sent_first[k], art.sent_end[k])
                  if (e := art.entity_of.get(i)) is not None and e.label in PERSON_LABELS and e.entity != name}
        if not others or _no_other_person_subject(art, k, name) and (
                all(known.get(o) not in (None, gender) for o in others) or not _him_or_her_in(art, k + 1)):
            yield name, gender


def _main_pronoun_subject(art: _Article, k: int):
    """The He/She subject of sentence k's main verb, opening it or after an opening phrase with no
    name in it ("In a short speech at the club she thanked volunteers"); None otherwise."""
    sentence = art.doc[art.sent_first[k]:art.sent_end[k]]
    subject = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in ("he", "she") \
            or any((e := art.entity_of.get(i)) is not None and e.label in PERSON_LABELS
                   or art.doc[i].is_quote or art.quote_at(art.doc[i].idx) is not None
                   for i in range(art.sent_first[k], subject.i)):
        return None   # not the he of '"It was shameful," he said', a quote's speaker
    return subject


def _person_of_a_verbless_sentence(art: _Article, k: int) -> str | None:
    """The one person a sentence with no verb names: "Silver for Norway's Ingrid Aasen in the women's
    10,000m. She has just spoken to the broadcasters" (a live page's entry)."""
    sentence = art.doc[art.sent_first[k]:art.sent_end[k]]
    if sentence.root.pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return None
    people = {e.entity for t in sentence if (e := art.entity_of.get(t.i)) is not None and e.label in PERSON_LABELS}
    return next(iter(people)) if len(people) == 1 else None


def _him_or_her_in(art: _Article, k: int) -> bool:
    """Does sentence k act on a him or her ("He told her ...")? Then its he/she may be either of two
    people the sentence before named."""
    return any(t.lower_ in ("him", "her") and t.dep_ != "poss" for t in art.doc[art.sent_first[k]:art.sent_end[k]])


def _no_other_person_subject(art: _Article, k: int, name: str) -> bool:
    """Is `name` the only person sentence k makes a subject? A he/she opening the next sentence is
    then the subject's: "The club's owner, Li Wen, met Ferreira on Thursday. She has promised funds"
    (Ferreira is met); not after "Josh Lane said Bill Ortiz would sign", where either may be meant."""
    return all(e.entity == name for t in art.doc[art.sent_first[k]:art.sent_end[k]]
               if t.dep_ in ("nsubj", "nsubjpass") and (e := art.entity_of.get(t.i)) is not None
               and e.label in PERSON_LABELS)


def _reported_of_itself(art: _Article, k: int, pronoun, name: str, known: dict[str, str]) -> bool:
    """"Dean Kirkby said he had been fetching water": a he/she opening what the person's main verb
    reports is the person, unless the sentence before has a he, him or his (she, her) or names another
    person not `known` to be of the other, who may be meant: "He was a regular on the show. Esther
    Rantzen said he was lovely" (but "Mrs Adeyemi moved two classes. Martin Forde said he" is his)."""
    root = art.doc[art.sent_first[k]:art.sent_end[k]].root
    if pronoun.head.dep_ != "ccomp" or pronoun.head.head.i != root.i:
        return False
    return _no_rival_before(art, k, PRONOUN_GENDER[pronoun.lower_], name, known)


def _no_rival_before(art: _Article, k: int, gender: str, name: str, known: dict[str, str]) -> bool:
    """Does sentence k-1 have no he/she/his/her of `gender` and name no person but `name` who is
    not `known` to be of the other gender?"""
    before = art.doc[art.sent_first[k - 1]:art.sent_end[k - 1]] if k else []
    return not any(PRONOUN_GENDER.get(t.lower_) == gender or (
        (e := art.entity_of.get(t.i)) is not None and e.label in PERSON_LABELS and e.entity != name
        and known.get(e.entity, gender) == gender) for t in before)


def _person_subject(art: _Article, k: int, *, apposed: bool = False) -> str | None:
    """The person subject of sentence k's main verb, or, if `apposed`, named in apposition to it
    ("The club's owner, Li Wen, met ..."). The parser may give the verb two subjects when
    a body's name heads the person's ("Wolverhampton Wanderers head coach Luis Ferreira says"):
    the person is the one."""
    # the cached bounds: Token.sent walks the Doc
    root = _verb_past_colon_dateline(art.doc[art.sent_first[k]:art.sent_end[k]].root)
    subjects = (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass"))
    for subject in (_named_in_apposition(art, c) for c in subjects) if apposed else subjects:
        entity = art.entity_of.get(subject.i)
        if entity is not None and entity.label in PERSON_LABELS and art.quote_at(subject.idx) is None:
            return entity.entity
    return None


def _sole_person_subject(art: _Article, k: int) -> str | None:
    """The person subject of sentence k's main verb, when the sentence names no other person."""
    name = _person_subject(art, k)
    return name if name is not None and _sole_person_before(art, k, name, art.sent_end[k]) else None


def _sole_person_before(art: _Article, k: int, name: str, end: int) -> bool:
    """Does sentence k name no person but `name` before token `end`?"""
    return all(e.entity == name for i in range(art.sent_first[k], end)
               if (e := art.entity_of.get(i)) is not None and e.label in PERSON_LABELS)


# Titles of rank that say the gender as Mr/Mrs do, common in British copy: "Baroness Boothroyd ...
# said she believed Tony Blair had erred. '...,' she told the BBC" is Boothroyd's once "Baroness"
# makes her a she (Blair, named inside her clause, is then passed over). Never first names.
_HONORIFIC_GENDER = {"lord": "male", "sir": "male", "baron": "male", "lady": "female", "dame": "female",
                     "baroness": "female"} | {w: ROLE_GENDER[w] for w in ("king", "prince", "queen", "princess")}
_HONORIFIC = re.compile(r"(?:^|[\s(])(" + "|".join(_HONORIFIC_GENDER) + r")\s+$", re.IGNORECASE)


def _honorific_gender(text: str, start: int, end: int) -> str | None:
    """The gender a rank title says, just before the mention or as its first word ("Lady
    Boothroyd" may be tagged whole); only a capitalised title ("lady" in prose is no title)."""
    first = re.match(r"(\w+)\s+\S", text[start:end])
    m = _HONORIFIC.search(text[max(0, start - 12):start])
    word = m.group(1) if m else first.group(1) if first else ""
    return _HONORIFIC_GENDER.get(word.lower()) if word[:1].isupper() else None


# Nouns for a work whose title may follow: "Arnold's gritty drama Wasp", "the novel Atonement".
WORK_NOUNS = frozenset("""
film movie drama documentary comedy thriller novel book album song single play musical opera
series sitcom show programme program
""".split())


def _titled_works(art: _Article, entities: list) -> set[str]:
    """Names the model took for people that the article calls a work: "Arnold's gritty drama
    Wasp is about a single mother ... 'The other nominees ...,' she explains." is Arnold's, not
    the film's (a "he"/"she" never stands for a title)."""
    works = set()
    doc = art.doc
    for entity in entities:
        for s, _ in entity.spans if entity.label in PERSON_LABELS else ():
            i = art.token_at.get(s)
            j = i - 1 if i else 0
            while j > 0 and j > i - 4 and doc[j].text[:1].isupper() and doc[j].lower_ not in PERSONAL_TITLES:
                j -= 1   # the title's first words the model left out: "the programme Go Digital"
            # not a titled person after the work: "On the Today programme Mr Johnson was asked"
            if i and doc[j].pos_ == "NOUN" and doc[j].lemma_.lower() in WORK_NOUNS:
                works.add(entity.entity)
    return works


MAIN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})


def _role_ending_subject(subject):
    """The speaking role that ends a subject phrase the parser headed with a body's name, right
    before a speech verb: "A Department for Education and Skills spokeswoman said" (subject
    "Department"); None otherwise."""
    last = subject.right_edge
    if subject.pos_ != "PROPN" or last.i == subject.i or last.tag_ != "NN" \
            or last.lemma_.lower() not in SPEAKING_ROLES or last.i + 1 != subject.head.i or not _is_cue(subject.head) \
            or any(t.text == "," for t in subject.doc[subject.i:last.i]):
        return None   # not a role in apposition: "John Connors, Microsoft's chief financial officer said"
    return last


def _subject_hung_on_a_phrase(token) -> bool:
    """A name right before a verb that has no subject, which the parser hung on an opening phrase:
    "On the outskirts of Kyoto, 83-year-old Yuji Shimizu contemplates this" made Shimizu an
    apposition of Kyoto. The name is the verb's subject."""
    if token.dep_ != "appos" or token.i + 1 >= len(token.doc):
        return False
    verb = token.nbor(1)
    return verb.pos_ == "VERB" and verb.tag_ in ("VBZ", "VBD") and verb.i == verb.sent.root.i \
        and not any(c.dep_ in SUBJECTS for c in verb.children)


def _quoted_one(token) -> bool:
    """Is `token` the one a paper quotes "as saying" ("RUV quoted civil protection chief Vidir
    Reynisson as saying ... 'The walls are holding,' he told RUV")? That one spoke, and a he/she
    after it goes on with them (issue 15, item 3)."""
    quoted = _quoted_as_saying(token.head) if token.dep_ == "dobj" else None
    return quoted is not None and quoted.i == token.i


def _put_to(token) -> bool:
    """Is `token` the one a question or claim is put to ("Those allegations were put to Wenger
    after the game. At first he said only: ...")? The answer that follows is that person's."""
    prep = token.head
    verb = prep.head
    return token.dep_ == "pobj" and prep.lower_ == "to" \
        and verb.lemma_.lower() in ("put", "pose", "address", "direct") and any(c.dep_ == "nsubjpass" for c in verb.children)


# Verbs whose passive's agent made the thing its subject names, and so is what the story is about.
_MAKING_LEMMAS = frozenset("set found establish launch create start organise organize build form write "
                           "direct produce design".split())


def _agent_of_a_thing(token) -> bool:
    """Is `token` the agent of a passive that says who made a thing? "Little Wings was set up by Tom
    Reeve, whose daughter Ellie died in 2016. '...,' he said" is Reeve's: he is the one who acts.
    Not other passives ("the wildcard entry was dispatched by Robby Ginepri", "his role was played by
    Steve Coogan", "The idea has been adopted by the Lib Dems": the he after them is another's), nor
    when a person is acted on ("The man was stopped by PC Lane. He said ..." may be either)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "agent" or prep.head.lemma_.lower() not in _MAKING_LEMMAS:
        return False
    subject = next((c for c in prep.head.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.ent_type_ not in ("PERSON", "NORP") \
        and _unnamed_person(subject) is None and subject.lemma_.lower() not in UNNAMED_PEOPLE


def _viewpoint_frame(token) -> bool:
    """Is `token` the person of a sentence-opening "For <person>," or "According to <person>,"? The
    sentence then gives that person's view, and a he/she after it goes on with them: "For Rick
    Dean, director at THX, the future is exciting. He has worked on Finding Nemo. '...,' he said"
    is Dean's, not the one a paragraph before who was a subject."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("for", "to"):
        return False
    first = prep.i - 1 if prep.lower_ == "to" else prep.i
    if prep.lower_ == "to" and (first < 0 or token.doc[first].lower_ != "according"):
        return False
    if prep.lower_ == "for" and (any(c.dep_ == "det" for c in token.children) or _person_acts(token.sent.root)):
        return False   # "For the Lib Dems, Simon Hughes said": Hughes speaks for a party
    opening = token.doc[first].sent.start
    before = token.doc[opening:first]
    after = next((t for t in token.doc[token.i + 1:token.sent.end] if t.dep_ != "compound"), None)
    return all(t.pos_ == "CCONJ" or t.lower_ == "so" for t in before) and after is not None and after.text == ","


def _person_acts(root) -> bool:
    """Does a named person or a pronoun act as the sentence's subject ("For Tom Reed, Ann Marsh
    argued the case": for his sake, not his view), or does its verb report speech?"""
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _is_cue(root) or subject is not None and subject.pos_ in ("PROPN", "PRON")


def _asked_one(verb):
    """The subject of a passive "was asked" (or questioned, pressed): the one whose answer follows."""
    if verb.lemma_.lower() not in _ASKING_LEMMAS or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _root_before_emphatic(token) -> bool:
    """A word with an emphatic "himself" after it that the parser made the sentence's root: "Tait
    himself, at least outwardly, appeared unaffected" (with "Tait" a verb) has Tait as its subject
    all the same (`_add_subject` keeps it only when it is a name)."""
    doc = token.doc
    return token.dep_ == "ROOT" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("himself", "herself") \
        and doc[token.i + 1].head.i == token.i


def _modifier_read_as_subject(token) -> bool:
    """A name between "the" and the noun it describes, which the parser made that noun's subject:
    "Benitez hailed Gerrard and also the Anfield crowd" is no "he" of Anfield's."""
    doc = token.doc
    return token.head.pos_ == "NOUN" and token.head.i == token.i + 1 and token.i > 0 \
        and doc[token.i - 1].lower_ == "the"


# A third person of each gender a quote may talk about ("He has to earn his place back").
_THIRD_PERSON = {gender: re.compile(r"\b(?:%s)\b" % "|".join(
    f"{w}|{w.capitalize()}" for w, g in PRONOUN_GENDER.items() if g == gender)) for gender in ("male", "female")}


def _main_subject(token) -> bool:
    """The subject of its sentence's main verb (or a verb joined to it)."""
    return token.dep_ in ("nsubj", "nsubjpass") and _main_participant(token)


def _main_participant(token) -> bool:
    """Is the token the subject or object of its sentence's main verb (or a verb joined to it)?
    Only such a person is a rival antecedent: in "Ann Marsh called Tom Reed a disgrace" both are;
    in "Tom Reed met voters with Ann Marsh" Marsh is not. Counting every
    person named (possessives, objects of prepositions, names inside a reported clause) emptied 32
    right pronoun speakers on PolNeAR dev for 7 wrong ones."""
    if token.dep_ not in MAIN_ROLES:
        return False
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _partners(token) -> list:
    """The names "and" joins to a subject: Helen Shaw in "Ann Wright and Helen Shaw voted"."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return [t for t in head.subtree if t.dep_ == "conj" and t.head.i in (head.i, *[c.i for c in head.conjuncts])
            and t.i != token.i]


def _joined_to_main_subject(token) -> bool:
    """A name joined to the main subject by "and" or set beside it in commas: "Ruth Ames and Nora
    Field have complained", "Two residents, Ruth Ames and Nora Field, have complained". Each may
    be the "she" who speaks next."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
        if token.dep_ in ("nsubj", "nsubjpass") and _main_participant(token):
            return True
    return False


def _main_or_speaking(token) -> bool:
    """A main participant, or the subject of a speech verb however the parser hung it
    ("''We won,'' Mr. Obama said, not even needing to ..." made "said" a side clause)."""
    return _main_participant(token) or token.dep_ in SUBJECTS and _is_cue(token.head)


def _reporter_of_same_pronoun(subject, gender: str):
    """"Dolores Peña said she had left home with her cat": the she and her of a reported clause are
    the reporter's; None when the subject is no such pronoun."""
    if subject is None or subject.lower_ not in ("he", "she") or PRONOUN_GENDER[subject.lower_] != gender \
            or subject.head.dep_ != "ccomp":
        return None
    verb = subject.head.head
    return _clause_subject(verb) if verb.lemma_ in SPEECH_VERBS else None


def _noun_of_participle(token):
    """The name a participle with no subject of its own describes: "Kavanagh, known to her fans as
    'the Hurricane'"; None otherwise."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head.head if head.dep_ == "acl" and head.head.pos_ == "PROPN" else None


def _clause_subject(token):
    """The subject of the verb governing `token` (its own clause), or None."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:   # Tokens are views: no `is`
        head = head.head
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


ORG_WORDS = ORG_HEAD_WORDS | frozenset("""
office department court government times post house city state church army force forces llc campaign
""".split()) | FACILITY_HEADS - {"hall", "hill", "park", "tower"}   # "Downing Street", not "Jerry Hall"


# Institutions a person or organisation owns: "Clinton's campaign", "the Trump administration";
# publications speak as institutions too: '"...," said the magazine. "...," it concluded.'
INSTITUTION_NOUNS = frozenset("""
campaign committee party ministry government administration agency company council department
union court commission office firm organization organisation magazine newspaper paper panel jury inquiry
association federation
""".split())


def _plural_that_may_speak(t) -> bool:
    """Only plurals that speak ("Democrats argued"): "they" is not "ballots", nor what is said
    ("some suggest more cuts may be announced. They say ..." is not the cuts'); and those who speak
    for a body, acting in a sentence of their own ("Officers later found the machine. They said ...")."""
    if (t.tag_ in ("NNS", "NNPS") or t.lower_ in _PEOPLE_OF_TWO_OR_MORE) and _is_cue(t.head) and t.dep_ != "nsubjpass":
        return True   # "The couple, who came from Ghana, said they had sold the building"
    # the parser may run the sentence into the next one's cue: "Officers found the van shortly after 4 a.m.
    # They said ..." ("found" a clause of "said")
    main = t.head.dep_ == "ROOT" or t.head.dep_ == "ccomp" and t.head.i < t.head.head.i and _is_cue(t.head.head)
    return t.tag_ == "NNS" and t.dep_ == "nsubj" and main \
        and t.lemma_.lower() in SPEAKING_ROLES | PUBLIC_SPEAKERS | GROUPS_WHO_DECIDE


# People who meet and decide, whom a "they" after their meeting is: "Madhya Pradesh's selectors met
# after the match. They said three players would be rested."
GROUPS_WHO_DECIDE = frozenset({"selector", "organiser", "organizer", "judge", "juror", "trustee", "volunteer"})
# Singular nouns for two people or more, whom a "they" goes back to
_PEOPLE_OF_TWO_OR_MORE = frozenset({"couple", "pair", "duo", "trio", "twins"})


def _unnamed_person(t) -> tuple[str | None] | None:
    """A subject noun that is an unnamed person a he/she may go back to, as (the gender its word
    gives,); None when it is none."""
    if t.tag_ != "NN":
        return None
    if t.lower_ in OWN_ROLES and t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and _definite(t) and not _is_cue(t.head):
        # a person by role who acts in a sentence of its own: "According to all those players,
        # the Swiss star is in a different league. '...,' he told BBC Sport" is the star's, not
        # the rival named before (`_name_roles` names the star when the article titled one)
        return (ROLE_GENDER.get(t.lower_),)
    if t.lemma_.lower() in SPEAKING_ROLES and (_is_cue(t.head) or _introduced_actor(t)) \
            or t.lemma_.lower() in PUBLIC_SPEAKERS and _is_cue(t.head):
        # an unnamed speaker by role: '"A spokesman said ... He said" is the spokesman's; so
        # is a he after "But an aide to the mayor rejected the claim. He said: ..."
        return (ROLE_GENDER.get(t.lower_),)
    if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in UNNAMED_PEOPLE \
            and (t.head.dep_ == "ROOT" or _is_cue(t.head) and t.head.dep_ not in ("ccomp", "relcl")):
        # an unnamed person who acts in a sentence of its own or speaks: "My mother ... she said"
        # is hers, not the last named speaker's, and so is one acted on ("The man was released on
        # bail. He said ..."); not inside what someone said ("said he had no doubt the prince's
        # father would ..." is no subject a pronoun may go back to), nor in a clause describing a
        # noun ("talks about him the way a father talks about a son": no father of the story)
        return (UNNAMED_PEOPLE[t.lemma_.lower()],)
    return None


def _introduced_actor(noun) -> bool:
    """Is `noun` "a <role>" acting as the main subject of its sentence? A person brought in just
    now, whom the next he/she goes on with: "But an aide to the mayor rejected the claim. He said
    ..." is the aide's, not the mayor's or a man named a paragraph before."""
    return noun.dep_ == "nsubj" and noun.head.dep_ == "ROOT" \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _the_plural(token) -> bool:
    """A plural under "the" ("as the Gunners seek victory"): a team or a family, whatever the
    model's label, not one person."""
    return token.tag_ in ("NNS", "NNPS") and any(c.lower_ == "the" for c in token.lefts)


def _compatible(kind: str | None, label: str, name: str) -> bool:
    """Can a pronoun of this kind (PERSON, ORG, GROUP) refer to a name with this label?"""
    if label == "NAME":   # a name no entity holds: a person's when it looks like one
        return kind == ("PERSON" if _looks_personal(name) else "ORG")
    if kind == "PERSON":
        return label in PERSON_LABELS or label == "ORG" and _looks_personal(name)
    if kind == "ORG":
        return label in ORG_LABELS or label == "THING"
    return kind == "GROUP" and (label == "PLURAL" or label in ORG_LABELS)


# "the company said" names the firm the story is about: 'GM said it would cut jobs. "Attaining
# earnings of $10 a share remains GM's goal," the company said.' is GM's (the latest firm named
# as a subject or speaker), as a pronoun would be.
COMPANY_NOUNS = frozenset("""
company firm group bank carmaker retailer airline insurer manufacturer maker chain operator
broadcaster publisher corporation club
""".split())
# Nouns that name a body, never a person's role ("the committee", "the company"): `role_holder`.
BODY_NOUNS = INSTITUTION_NOUNS | COMPANY_NOUNS


def _lead_end(text: str) -> int:
    """The end of the headline and the paragraph after it (the lead), where a story names what it
    is about; -1 for a text of one line."""
    lines = [m.end() for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    return lines[1] if len(lines) > 1 else -1


def _the_company(token) -> bool:
    """"the company", "the firm": a bare definite company noun, no name or modifier of its own
    ("the Japanese firm" or "the parent company" may be another one)."""
    return token.lemma_.lower() in COMPANY_NOUNS and _bare_definite(token)


def _bare_definite(token) -> bool:
    """A singular noun with "the" and no other word of its own but a possessive "'s"."""
    return token.tag_ == "NN" and [c.lower_ for c in token.lefts] == ["the"] \
        and all(c.dep_ == "case" for c in token.rights)


# A newspaper's name is set beside the word: "the Mirror newspaper", "Spanish daily Marca".
PAPER_BEFORE = re.compile(r"\b(?:newspaper|paper|daily)\s+(?:the\s+)?$", re.I)
PAPER_AFTER = re.compile(r"(?:'s?)?\s+(?:newspaper|paper|daily)\b", re.I)


def _the_paper(token) -> bool:
    """"the paper", "the newspaper": the bare noun, as `_the_company` reads "the company"."""
    return token.lower_ in ("paper", "newspaper") and _bare_definite(token)


def _the_institution(token) -> bool:
    """"The committee", "the council", "The club's supporters' association": a definite institution
    noun as a subject, with no words of its own but an owner or a compound, which a later "it" may
    stand for (not "the company", which stands for the firm named before it)."""
    return token.tag_ == "NN" and token.lemma_.lower() in INSTITUTION_NOUNS - COMPANY_NOUNS \
        and (token.left_edge.lower_ == "the" and all(c.dep_ in ("det", "poss", "compound") for c in token.lefts))


def _looks_personal(name: str) -> bool:
    """"Tatiana Moskalkova" tagged ORG by a small model: two or three capitalised words, no org
    word, and not a big place's name before a common word ("Kenya Power said ... She said" is
    not the firm's)."""
    from ..gazetteer import is_major_place
    from ..wordnet import common_words

    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.lower() not in ORG_WORDS for w in words) \
        and not (is_major_place(words[0].lower()) and words[-1].lower() in common_words())


def _subject(verb):
    """The speaker token of a cue verb, if it stands in the cue's paragraph."""
    found = _find_subject(verb)
    if found is None:   # "Blair says mayor should apologise\n\nTony Blair has urged ...": the headline's clause
        return _paragraph_opening_name(verb) if _after_headline(verb) else None
    first, last = sorted((found.i, verb.i))
    if hard_break(text_of(verb.doc), verb.doc[first].idx, verb.doc[last].idx):
        return _paragraph_opening_name(verb)
    return found


def _after_headline(verb) -> bool:
    """The parser ran a headline into the verb's sentence: a line break inside it before the verb."""
    return hard_break(text_of(verb.doc), verb.sent.start_char, verb.idx)


def _titled_name_before(doc, start: int, verb):
    """A name with a title or description run into it opening the paragraph, then the verb: "Lib
    Dem leader Charles Kennedy has said", "Federal Reserve chairman Alan Greenspan has warned".
    Only nouns and adjectives before the name (no "of", no verb: "Fans of Arsenal have said" is
    the fans'), and only auxiliaries or adverbs after it."""
    k = verb.i - 1
    while k > start and doc[k].pos_ in ("AUX", "ADV", "PART"):
        k -= 1
    if k <= start or doc[k].pos_ != "PROPN" or doc[k].ent_type_ not in ("PERSON", "ORG"):
        return None
    return doc[k] if all(t.pos_ in ("PROPN", "NOUN", "ADJ") for t in doc[start:k]) else None


def _paragraph_opening_name(verb):
    """The name opening the verb's paragraph when the parser ran the headline above into its
    sentence and took a headline word for the subject: "GM issues profits warning\n\nGeneral
    Motors has warned that ..." is GM's. Only a name run straight into the verb ("Tony Blair has
    pledged"), through one comma-set apposition ("Nicholas Negroponte, founder of MIT's Media
    Labs, says"), or set off after a description ("The world's biggest tobacco consumer, China,
    has said"); else None."""
    doc = verb.doc
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None   # "Cherie Blair has been accused of ...": the one accused is no speaker
    start = verb.i
    while start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    end = _name_run_end(doc, start, verb.i)
    if (titled := _titled_name_before(doc, start, verb)) is not None:
        return titled
    if end == start:   # a description first: the name must stand between two commas
        comma = next((t.i for t in doc[start:verb.i] if t.text == ","), None)
        if comma is None or any(t.pos_ in ("VERB", "AUX") for t in doc[start:comma]):
            return None
        start = comma + 1
        end = _name_run_end(doc, start, verb.i)
        if end == start or end >= verb.i or doc[end].text != ",":
            return None
        rest = doc[end + 1:verb.i]
    else:
        rest = doc[end:verb.i]
        if len(rest) and rest[0].text == ",":   # past the apposition to the verb
            close = next((t for t in rest[1:] if t.text == ","), None)
            rest = doc[close.i + 1:verb.i] if close is not None else rest
    return doc[end - 1] if all(t.pos_ in ("AUX", "ADV", "PART") for t in rest) else None


def _name_run_end(doc, start: int, stop: int) -> int:
    """The index after the proper nouns running from `start` (at most to `stop`)."""
    end = start
    while end < stop and doc[end].pos_ == "PROPN":
        end += 1
    return end


def _quoted_subject(verb):
    """"..., minister Ivan Petrov was quoted as saying": Petrov speaks; so does the name after a
    title: "The EU's aid commissioner, Louis Michel, was quoted as saying", and one "reported as
    saying" ('"...," Mr Kapor is reported as saying' had no speaker)."""
    quoted = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    as_saying = any(c.dep_ == "prep" and c.lower_ == "as" and any(
        g.tag_ == "VBG" and g.lemma_.lower() in SPEECH_VERBS for g in c.children) for c in verb.children)
    return _named_apposition(quoted, verb) if quoted is not None and (verb.lemma_.lower() == "quote" or as_saying) \
        else None


def _with_absolute(verb):
    """"Both are critics of Mr Trump, with Mrs Haley once saying she was 'not a fan'": in an absolute
    clause the noun after "with" does the saying (the parser hangs "saying" on the main verb)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl", "pcomp") or not verb.left_edge.i:
        return None
    before = verb.doc[verb.left_edge.i - 1]
    if verb.dep_ == "acl" and _speaking_thing(before):
        return None   # "opened with a speech criticising ...": the speech's owner speaks (`_participle_speaker`)
    return before if before.dep_ == "pobj" and before.head.lower_ == "with" and before.pos_ in ("PROPN", "NOUN") \
        else None


def _special_subject(verb):
    """The speaker of a shape the parser reads wrong, from the first rule that finds one."""
    for find in (_pictured, _aside_speaker, _name_run_into_verb, _counsel, _apposed_name_before, _quoted_subject,
                 _name_ending_inverted_cue, _age_before, _object_after_inverted_cue, _with_absolute):
        found = find(verb)
        if found is not None:
            return found
    return None


def _find_subject(verb):
    """The cue verb's subject, through passives, clauses and conjuncts."""
    token = verb
    special = _special_subject(verb)
    if special is not None:
        return special
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(c.dep_ in SUBJECTS for c in verb.children) \
            or _extraposed(verb):   # "it was too early to speculate": the "it" is no one who speaks
        return None   # "Asked whether he could win, Kennedy said ...": Kennedy was asked, by someone unnamed
    for _ in range(6):
        found = _quoted_as(token) if token is not verb else None
        if found is None:
            found = _agent(token)
        if found is not None:
            return found
        # The subject nearest the cue: "THE BORROWING Back when he wrote, Mr. McKinley said"; also
        # one the parser hung on the cue's auxiliary ("Minister Shannon Phillips is reassuring")
        children = [c for c in token.children if not _word_piece(c, token)]
        children += [g for c in children if c.dep_ == "aux" and c.i < token.i for g in c.children if g.dep_ == "nsubj"]
        for child in sorted(children, key=lambda c: (c.i > verb.i, abs(c.i - verb.i))):
            if child.dep_ in ("nsubj", "csubj") or (child.dep_ == "nsubjpass" and token is not verb):
                if child.lower_ in RELATIVE and token.dep_ == "relcl":
                    return child   # "who": named after the noun it refers to
                if child.dep_ == "expl":
                    return None
                return _owned_voice(_named_apposition(_past_dateline(_name_in_subject(child, token)), token))
        if token.dep_ == "acl" and token.tag_ == "VBG":   # "a statement saying", "protesters chanting"
            return _participle_speaker(token)
        if token.dep_ == "conj" and token.i == verb.i:
            if (aside := _aside_cue_subject(token.head, verb)) is not None:
                return aside   # "The time had come, he said, ... but added that": the aside's speaker adds
            if _reported_clause(token.head) and (_speechless_subject(token.head) or _in_the_reporters_tense(token)):
                token = token.head.head   # "have said the sums do not add up and claim ...": sums claim nothing
                continue
            if _unclear_conjunct(token.head) or _asyndetic(token):
                return None
        if token.dep_ == "advcl" and _finite_clause(token):
            return None   # "since Clinton, at the debate, cited ...": its own subject, never the main one
        if token.dep_ == "advcl" and token.tag_ == "VBG" and _subordinate(token.head):
            return _participle_owner(token.head)
        if token.dep_ == "advcl" and token.tag_ == "VBG" and _noun_clause(token.head):
            return _noun_clause_owner(token.head)   # "laughed off claims that ..., saying ..."
        obj = _object_speaker(token)
        if obj is not None:
            return obj   # "The senator forced Stumpf to admit ...": Stumpf admits
        if token.dep_ in ("advcl", "xcomp", "conj", "pcomp", "prep", "advmod") and token.head.i != token.i:
            token = token.head
            if token.pos_ == "ADJ" and token.dep_ == "acomp":
                token = token.head           # "was quick to deny", "is eager to tout"
            # "stopped short of calling", "aside from saying": through the adverb to its verb
            if token.pos_ not in ("VERB", "AUX") and token.dep_ != "prep" \
                    and not (token.pos_ == "ADV" and token.dep_ == "advmod"):
                return None
        elif token.dep_ == "relcl":
            return token.head
        else:
            return None
    return None


def _aside_cue_subject(head, verb):
    """The subject of a speech cue set in commas into the clause a conjunct cue goes on from, or
    None: in "The time had come, he said, ... but added that ..." the clause is what he said, so
    he adds, not "the time"."""
    aside = next((c for c in head.children if c.dep_ == "parataxis" and c.i < verb.i and _is_cue(c)), None)
    return next((c for c in aside.children if c.dep_ == "nsubj"), None) if aside is not None else None


# Adjectives whose "it" subject stands for the infinitive after them, not for a speaker: "it was too
# early to speculate", "it is important to note" (unlike "it was quick to deny", the firm's).
EXTRAPOSING = frozenset("""
early premature important difficult hard easy impossible possible necessary fair safe right wrong
vital essential crucial interesting unfair useful
""".split())


def _extraposed(verb) -> bool:
    """Is the cue the infinitive after "it was <adjective>" ("it was too early to speculate")?"""
    adjective = verb.head
    return verb.dep_ == "xcomp" and adjective.dep_ == "acomp" and adjective.lemma_.lower() in EXTRAPOSING \
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in adjective.head.children)


def _participle_speaker(participle):
    """Who speaks through a participle hung on a noun: the one quoted in "It quoted a spokesman
    complaining ...", else the noun's voice or the doer of the verb it is the object of."""
    noun = participle.head
    quoted = _quoted_as(noun.head)
    if quoted is not None and quoted.i == noun.i:
        return noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.pos_ == "NOUN" \
            and noun.head.head.lemma_.lower() in SPEAKING_THINGS:
        noun = noun.head.head   # "provided a statement to deputies indicating ...": the statement's
    return _voice_of(noun) or _doer_of_object(noun)


# Verbs that set off an attribution inside a sentence with the speaker after them ("Instead,
# said Mr Ross, the plan failed").
ASIDE_VERBS = frozenset("say add argue explain note insist claim warn write admit suggest observe reckon contend".split())


def _aside_speaker(verb):
    """An attribution set off by commas inside the sentence, verb first: "On average, said Mr
    Lane, users search twice a day", "The answer, says Prof Brewer, is wi-fi", "Locally, too, say
    analysts, recent developments have helped" (the parser made "analysts" the clause's subject). The name after the
    verb speaks, whatever the parser made of it (the subject of the clause, or "The answer" the
    verb's); returns the name's last word (a comma follows it), or None."""
    doc = verb.doc
    if verb.lemma_.lower() not in ASIDE_VERBS or verb.i < 1 or doc[verb.i - 1].text != "," \
            or verb.tag_ not in ("VBD", "VBZ", "VBP") or _person_subject_before(verb):
        return None
    k = verb.i + 1
    while k < len(doc) and doc[k].pos_ in _ASIDE_NAME_POS and k - verb.i <= 4:
        k += 1
    name = doc[k - 1]
    return name if k > verb.i + 1 and k < len(doc) and doc[k].text == "," and name.pos_ in ("PROPN", "NOUN") else None


def _person_subject_before(verb) -> bool:
    """Has the verb a person for its subject before it? Then the comma before the verb closes the
    person's description and no aside follows: "Karl Brandt, of the Metropolitan Police, said the
    cyclist, a 34-year-old woman, was still in hospital" is Brandt's, not the cyclist's."""
    return any(c.dep_ == "nsubj" and c.i < verb.i and (c.ent_type_ == "PERSON" or c.lower_ in ("he", "she"))
               for c in verb.children)


# Words of the name or description in an aside: "said Mr Lane", "say analysts", "says one broker".
_ASIDE_NAME_POS = ("PROPN", "NOUN", "ADJ", "DET", "NUM")


def _object_after_inverted_cue(verb):
    """"Kewell may not play until March, claims his agent.", '"Nobody has called us," added his
    wife, Mary Hall.': after the clause it reports and a comma (inside the quote's close or not),
    the parser may read the speaker as the verb's object; an object that ends the sentence there
    is the speaker."""
    doc = verb.doc
    comma = verb.i > 0 and (doc[verb.i - 1].text == "," or verb.i > 1 and doc[verb.i - 1].is_quote
                            and doc[verb.i - 2].text == ",")
    clause_before = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) \
        or verb.dep_ in ("dep", "parataxis") and verb.head.i < verb.i \
        or verb.i > 0 and doc[verb.i - 1].is_quote   # the quote's verb heads this one, or heads nothing
    if any(c.dep_ in SUBJECTS + ("expl",) for c in verb.children) or not comma or not clause_before:
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    after = doc[obj.right_edge.i + 1] if obj is not None and obj.right_edge.i + 1 < len(doc) else None
    if obj is not None and obj.lemma_.lower() in SPEAKING_THINGS:
        # '"...," read a statement from the phone firm': the firm's words, the "from" hung on either
        source = next((c for c in (*obj.children, *verb.rights) if c.dep_ == "prep" and c.lower_ in ("from", "by")
                       and c.i > obj.i), None)
        if source is None:
            return obj   # (not `_owner`: the verb's subject it would look for is this very rule's)
        return next((g for g in source.children if g.dep_ == "pobj"), None) \
            or _name_right_after(source.doc[source.i + 1:source.i + 1 + MAX_NAME_AFTER_FROM]) or obj
    if obj is None or after is not None and after.text not in (".", ";", "!", "?"):
        return None
    # the name in apposition to a role or kin word speaks: "his wife, Mary Hall"
    return next((c for c in _appositions(obj) if c.dep_ == "appos" and c.ent_type_ == "PERSON"), obj)


# Words of a name after "from" ('"...," read a statement from Senator Maria Lopez released on
# Friday': the parser made the name the subject of "released"; `_name_right_after` reads it).
MAX_NAME_AFTER_FROM = 5


def _name_run_into_verb(verb):
    """A sentence opening with a phrase and no comma before the speaker ("In a speech in Leeds Mr
    Straw said ...", "Speaking in Harrogate Mr Kennedy said"): the parser hangs the name on the
    phrase and leaves the verb with no subject. The person's name right before a main speech verb
    that has no subject is its speaker."""
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i else None
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or before is None or before.pos_ != "PROPN" \
            or any(c.dep_ in SUBJECTS + ("expl",) for c in verb.children):
        return None
    if before.ent_type_ == "PERSON" or _lone_object_name(before) or _titled_run(before):
        return before
    return None   # only a person: "Policy Centre Mr Straw" run into one organisation stays empty


def _titled_run(last) -> bool:
    """A run of proper nouns that a title opens, whatever the model called it: "Cllr Pádraig Lally
    said" (ORG, and the parser hung "Lally" on the verb as an adverb)."""
    i = last.i
    while i > 0 and last.doc[i - 1].pos_ == "PROPN" and i > last.i - 4:
        i -= 1
    return i < last.i and last.doc[i].lower_ in TITLES_BEFORE_A_NAME


# The side counsel speak for, as British court reports set it after their name.
COUNSEL_SIDES = frozenset({"defending", "prosecuting", "mitigating"})


def _counsel(verb):
    """"Huw Davies, defending, said ...", "In mitigation, Tom Hale, defending, said": the name before
    the side speaks, whatever the parser made of the two (it read "defending" as the subject)."""
    doc, i = verb.doc, verb.i
    if i < 4 or doc[i - 1].text != "," or doc[i - 2].lower_ not in COUNSEL_SIDES or doc[i - 3].text != ",":
        return None
    name = doc[i - 4]
    return name if name.pos_ == "PROPN" and name.text[:1].isupper() else None


def _apposed_name_before(verb):
    """"Shares fell after the chief executive, Jo Lin, said profits would drop": the parser hung
    the name in apposition on the main verb and left the cue with no subject. A person's or body's
    name set off by commas right before a tensed speech verb with no subject, after a role noun,
    speaks ("the regulator, Ofgem, said")."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 4 or doc[verb.i - 1].text != "," \
            or any(c.dep_ in SUBJECTS + ("expl",) for c in verb.children):
        return None
    k = verb.i - 2
    while k > 0 and doc[k].pos_ == "PROPN" and verb.i - k <= 5:
        k -= 1
    name_last = doc[verb.i - 2]
    if k == verb.i - 2 or doc[k].text != "," or name_last.ent_type_ not in ("PERSON", "ORG") or k < 1 \
            or not (doc[k - 1].tag_ == "NN" or _role_of_a_body(doc[k - 1])):
        return None
    return name_last


def _role_of_a_body(name):
    """The last word of "the head of the Nigerian Ports Authority": a body's name after a role noun
    and "of", which ends the role as the role noun itself would ("the regulator, Ofgem,")."""
    return name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.tag_ == "NN" and name.pos_ == "PROPN"


# Words a description run into a name may not hold: '"...," said the wife of John Hall' is no Hall's.
_NOT_IN_DESCRIPTION = frozenset({"ADP", "CCONJ", "SCONJ", "PRON", "AUX"})
MAX_DESCRIPTION_TOKENS = 8


def _name_ending_inverted_cue(verb):
    """After a quote and its verb, a description run into a person's name that ends the sentence
    or clause: the name speaks however the parser read the words before it ('"...," said England
    sevens coach Mike Fenton.': "sevens" tagged a verb whose subject was "England"; 'added Ernst
    and Young's Sanjay Mehta.'). Not past a preposition, a pronoun or a conjunction outside a
    name ("said the wife of John Hall", "said Hall and Jones")."""
    doc = verb.doc
    if verb.i < 1 or not doc[verb.i - 1].is_quote:
        return None
    stop = verb.i + 1
    while stop < len(doc) and stop - verb.i <= MAX_DESCRIPTION_TOKENS + 1 and doc[stop].text not in (".", ",", ";"):
        stop += 1
    if stop >= len(doc) or doc[stop].text not in (".", ",", ";") or stop == verb.i + 1:
        return None
    name = doc[stop - 1]
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return None
    start = name.i
    while doc[start].ent_iob_ == "I" and start > verb.i + 1:
        start -= 1
    if start == verb.i + 1:
        return None  # the name alone: the parse already has it
    described = doc[verb.i + 1:start]
    if any(t.pos_ in _NOT_IN_DESCRIPTION and not t.ent_type_ or t.is_quote or t.tag_ in ("VBD", "VBN", "VBG")
           for t in described):
        return None
    return name


def _lone_object_name(name) -> bool:
    """A one-word name the parser took as the object of the clause before a subjectless cue:
    'When asked if Brown would start Eriksson replied: "..."' (no comma after "start"; the model
    also called Eriksson a firm) is Eriksson's reply, as English puts the subject there. Not the
    last word of a longer name ("at the Policy Centre Mr Straw said", one organisation), nor a
    date or place ("a survey released on Friday said" is the survey's)."""
    return name.dep_ in ("dobj", "pobj") and name.head.i < name.i and name.ent_iob_ != "I" \
        and name.nbor(-1).pos_ != "PROPN" and name.ent_type_ in ("", "ORG")


# Verbs whose object is the subject of their infinitive: "forced Stumpf to admit", "urged her to say".
OBJECT_CONTROL = frozenset("""
force ask urge press push pressure persuade convince get allow encourage invite challenge tell
order prompt compel require dare lead cause
""".split())
# Verbs of showing and perceiving whose object is the one doing what the participle after it says:
# "The documentary showed Mr Nattrass telling the meeting: ...", "was heard saying".
SEEN_DOING = frozenset("show film record capture catch hear see overhear quote depict feature".split())


def _object_speaker(token):
    """The object that does what the cue `token` says: "forced Stumpf to admit" (OBJECT_CONTROL),
    "showed Mr Nattrass telling" (`_seen_doing`); None otherwise."""
    if token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp"):
        seen = _seen_doing(token)
        if seen is not None:
            return seen
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in OBJECT_CONTROL:
        return next((c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i), None)
    return None


def _seen_doing(participle):
    """The object of the showing verb a participle cue (through other participles) hangs on: "The
    documentary showed Mr Nattrass, apparently talking about the EU, telling the meeting" is
    Nattrass's; None otherwise."""
    head = participle.head
    while head.tag_ == "VBG" and head.dep_ in ("advcl", "xcomp") and head.head.i != head.i:
        head = head.head
    if head.lemma_.lower() not in SEEN_DOING:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < participle.i), None)


# Recordings that show someone speaking: "footage of Tom Reed saying", "a video of her asking".
MEDIA_NOUNS = frozenset("footage video clip recording audio tape film".split())


def _pictured(verb):
    """"The ad uses footage of Hillary Clinton asking, ..." speaks for Clinton, not the ad: the
    person right before a participle, in "of" after a recording."""
    if verb.tag_ != "VBG" or not verb.i:
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ == "pobj" and before.ent_type_ == "PERSON" and before.head.lower_ == "of" \
            and before.head.head.lemma_.lower() in MEDIA_NOUNS:
        return before
    return None


def _agent(token):
    """"was criticized by Smith": the passive's agent; not a quoter's ("was quoted by the Herald as
    saying" is the subject's words)."""
    if token.lemma_.lower() == "quote":
        return None
    for child in token.children:
        if child.dep_ == "agent":
            agent = next((g for g in child.children if g.dep_ == "pobj"), None)
            # "was told by text message that ...": the way the news came, not who told it
            return None if agent is not None and _a_channel(agent) else agent
    return None


# How words reach someone, not who speaks them: "she was told by text message", "informed by letter".
CHANNELS = frozenset("message letter email e-mail text phone telephone post mail fax video".split())


def _a_channel(noun) -> bool:
    """A bare channel noun: no owner, no name and no article of its own ("by text message", not
    "by the council's letter")."""
    return noun.lemma_.lower() in CHANNELS and not any(c.dep_ in ("poss", "det") for c in noun.children)


def _subordinate(verb) -> bool:
    """A clause inside the sentence with a subject of its own: reported ("said [factors
    helped]"), relative ("who said"), or opened by a conjunction or wh-word ("where the
    Panthers played", "when she attacked him"). A "clause" with quote marks between it and its
    head is the parser running a quote into the sentence ('Protesters marched, chanting "we want
    ..."'); one of a later verb that reports nothing is no clause either."""
    if verb.dep_ == "ccomp":
        return not _joined_by_quote(verb) and (verb.head.i < verb.i or _is_cue(verb.head))
    return verb.dep_ == "relcl" or verb.dep_ in ("advcl", "parataxis") and any(
        c.dep_ == "mark" or c.tag_ in ("WRB", "WDT") for c in verb.children)


def _joined_by_quote(verb) -> bool:
    """A quote closing a sentence stands between the verb and its head: the parser ran the
    quote into the next sentence ('"... to damage her campaign." Democrats also blasted ...')."""
    first, last = sorted((verb.head.i, verb.i))
    doc = verb.doc
    return any(t.is_quote and doc[t.i - 1].text in (".", "!", "?") for t in doc[first + 1:last])


def _noun_clause(verb) -> bool:
    """A "that" clause completing a noun ("claims that his re-election was in danger"): a
    participle the parser hung on it is not its subject's ("his re-election ... saying it was
    safe" credited "re-election"; `_noun_clause_owner` says whose it is)."""
    return verb.dep_ == "acl" and any(c.dep_ == "mark" for c in verb.children)


def _noun_clause_owner(clause):
    """A participle the parser hung on a noun's "that" clause trails the main clause, so it is its
    subject's when the noun is the main verb's object: "Mr Boateng laughed off suggestions that
    his seat had been in danger, saying it was safe" is Boateng's; elsewhere it stays unclear."""
    noun = clause.head
    if noun.dep_ != "dobj" or noun.head.dep_ != "ROOT":
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def _participle_owner(head):
    """Whose participle the parser hung on a subordinate clause: "Analysts said factors contributed,
    citing X" (the analysts: the reporting verb's subject); on a relative or other clause ("an
    architect who said ..., saying", "where the Panthers played - while chanting") it is unclear.
    The attribution after a quote owns it: the parser hangs '"I never said that," Johnson insisted,
    adding that ...' on the quote's "said", but Johnson adds (not so a reported clause's subject:
    "He said Mr Blair had spoken with sincerity, adding" is his)."""
    own = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if head.dep_ == "ccomp" and own is not None and _is_cue(head) and own.pos_ == "PROPN" \
            and own.left_edge.i > 0 and head.doc[own.left_edge.i - 1].is_quote:
        return own
    if head.dep_ == "ccomp" and _is_cue(head.head):
        return _find_subject(head.head)
    return None


def _name_in_subject(subject, verb):
    """The person a subject the parser misread names, else the subject itself."""
    return _name_ending_body_phrase(subject, verb) or _name_after_opening_participle(subject) \
        or _name_over_role(subject, verb)


def _name_after_opening_participle(subject):
    """"Welcoming the ruling, Maeve Sherlock, chief executive of the Refugee Council, said": the
    parser made the participle the clausal subject and hung the name on it; the name speaks."""
    if subject.dep_ != "csubj" or subject.tag_ != "VBG":
        return None
    return next((c for c in subject.rights if c.dep_ in ("dep", "appos", "npadvmod", "nsubj")
                 and c.pos_ == "PROPN" and subject.doc[c.left_edge.i - 1].text == ","), None)


def _name_ending_body_phrase(subject, verb):
    """A body's name, a role and a person's name run into the verb: "Commission for Racial
    Equality chairman Trevor Phillips said" made the body the subject and the person its
    preposition's object; the person speaks. Only with a role word right before the name ("the
    wife of John Hall said" has no body heading it either)."""
    doc = subject.doc
    last = doc[verb.i - 1] if verb.i else None
    body = subject.pos_ == "PROPN" and subject.ent_type_ != "PERSON" or subject.ent_type_ in ("ORG", "NORP", "GPE")
    if last is None or not body or last.ent_type_ != "PERSON" \
            or subject.right_edge.i != last.i or subject.i >= last.i \
            or any(t.text == "," for t in doc[subject.i:last.i]):
        return None
    first = last.i
    while first > subject.i and doc[first].ent_iob_ == "I":
        first -= 1
    role = doc[first - 1]   # or a title: "County Executive Committee Member for Health Dr Grace Adhiambo said"
    return last if role.i > subject.i and (role.tag_ == "NN" and role.is_lower or role.lower_ in PERSONAL_TITLES) \
        else None


def _name_over_role(subject, verb):
    """A name, then a role set off by commas, then the verb: "Theresa May, Tory shadow work and
    pensions secretary, said" made "work" the subject and "May" a second one (or a date, "May"
    being a month); the name speaks, the role describes her. Only a full name (first name and
    surname) right before the role's comma: "Last June, the minister said" is the minister's."""
    doc = subject.doc
    first = subject.left_edge.i
    if subject.pos_ != "NOUN" or first < 2 or doc[first - 1].text != "," or doc[verb.i - 1].text != "," \
            or subject.right_edge.i >= verb.i:
        return subject
    name = doc[first - 2]
    full = name.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in name.lefts)
    return name if full and name.head.i == verb.i and name.dep_ in ("nsubj", "npadvmod") else subject


def _named_beside(subject):
    """The name set beside a role that is a subject: its apposition (`_named_apposition`) or, failing
    that, a name the parser read as a second subject (`_name_read_as_a_second_subject`); else the role."""
    named = _named_apposition(subject, subject.head)
    return named if named.i != subject.i else _name_read_as_a_second_subject(subject)


def _name_read_as_a_second_subject(subject):
    """"His widow, Claudette Dubois, who was in the gallery, said": the parser may make the name a
    second subject of the verb rather than the role's apposition; that name, set off by a comma
    right after the role, or the role itself."""
    doc = subject.doc
    if subject.i + 2 >= len(doc) or doc[subject.i + 1].text != ",":
        return subject
    return next((c for c in subject.head.children if c.dep_ == "nsubj" and c.i > subject.i
                 and c.left_edge.i == subject.i + 2 and c.ent_type_ == "PERSON"), subject)


def _named_apposition(subject, verb):
    """The small parser may take a fronted phrase as the subject and the speaker as its
    apposition: "With 50 days until the election, Minyon Moore, an adviser, called ..." (subject
    "election"), "To understand the real Dred Scott, Chief Justice Roberts said, ..." (subject
    "Scott"). The named person in apposition speaks when the subject is no person, or when the
    apposition, another person, stands right before the verb."""
    for child in _appositions(subject):
        if _titled_principal(subject, child):
            continue
        if _kin_then_first_name(subject, child):
            return child
        person = _name_before_postnominal(child)
        titled = person.left_edge.lower_.rstrip(".") in TITLE_GENDER   # "Prosecuting, Ms Olivia Thackeray said"
        if child.dep_ == "appos" and (person.ent_type_ == "PERSON" or titled) and child.i < verb.i:
            if subject.ent_type_ != "PERSON" and subject.pos_ != "PRON" \
                    or child.right_edge.i + 1 == verb.i and child.text not in subject.text:
                return person
        # after the verb, a role run straight into the name: '"...," said managing director
        # Rodrigo Rato' (the parser made "director" the subject and Rato its apposition), whatever
        # the model calls the name ('comments coach Ripley': GPE for the model), or set off by a
        # comma: '"...," said the minister, Helen Achterberg, on a visit'
        if child.dep_ == "appos" and (child.ent_type_ == "PERSON" or child.pos_ == "PROPN") and subject.i > verb.i \
                and (subject.pos_ == "NOUN" or subject.is_lower) and (child.left_edge.i == subject.i + 1 or (
                    child.left_edge.i == subject.i + 2 and subject.nbor().text == ",")):
            return child
        if _role_then_name(subject, child, verb):
            return child
        # a firm or country named after a description of it: "The world's biggest tobacco
        # consumer, China, has said ..." is China's
        if child.dep_ == "appos" and child.ent_type_ in ("ORG", "GPE", "NORP") and child.i < verb.i \
                and subject.pos_ == "NOUN" and not subject.ent_type_:
            return child
    named = _name_after_role_of(subject, verb)
    return subject if named is None else named


def _kin_then_first_name(subject, child) -> bool:
    """A relative named in apposition by a first name the model tags as nothing: '"That is because
    it is dreadful," his wife, Edna, replied' is Edna's, not "his wife"'s."""
    return subject.tag_ == "NN" and subject.lower_ in KIN_GENDER and child.dep_ == "appos" and child.tag_ == "NNP"


def _appositions(subject) -> list:
    """The words right of the subject, with those of a title the parser joined to it as a second
    conjunct: "The head of the NHTCU, Acting Detective Chief Superintendent, Mick Deats, said"
    made "Superintendent" a conjunct of "head" and Deats its apposition."""
    rights = list(subject.rights)
    titles = [c for c in rights if c.dep_ == "conj" and c.tag_ == "NNP" and not c.ent_type_
              and not any(w.dep_ == "cc" for w in subject.rights)]
    # ... and a body's in the subject's phrase, where the parser hangs a name set off after it: "A
    # Lagos-based equity analyst at Lekki Capital, Mrs Funmi Akande, said" (a body has no such name;
    # its own short name is in brackets: "economists at PricewaterhouseCoopers (PWC) warned")
    # ... or a portfolio's ("The Commissioner for Information, Mrs Toyin Alabi, insisted")
    bodies = [p for c in rights if c.dep_ == "prep" for p in c.children
              if p.dep_ == "pobj" and (p.ent_type_ in ("ORG", "GPE", "FAC") or _portfolio(subject, c, p))]
    return rights + [w for t in titles for w in t.rights] + [
        w for b in bodies for w in b.rights if w.dep_ == "appos" and w.doc[w.left_edge.i - 1].text == ","]


def _portfolio(role, prep, noun) -> bool:
    """A capitalised role's capitalised "for"/"of" noun with no determiner: "Commissioner for
    Information", "Minister of Health" (not "the wife of the Minister")."""
    return role.text[:1].isupper() and prep.lower_ in ("for", "of") and noun.text[:1].isupper() \
        and not any(c.dep_ in ("det", "poss") for c in noun.children)


def _word_piece(child, head) -> bool:
    """A piece of a hyphenated word the tokenizer split, taken as a subject beside the real one:
    '"...," said co-ordinator Peter Facey' gives subjects "co" and "Facey", 'said SEPA
    vice-director Pan Yue' "vice", "-" and "Yue"."""
    return _hyphen_piece(child) and any(c.dep_ == "nsubj" and not _hyphen_piece(c) for c in head.children)


def _before_a_relative(doc, head, last):
    """The phrase's last word before a comma and a relative pronoun its tie took in: "a person
    familiar with the matter, who declined to be identified because ..." is the person familiar
    with the matter."""
    for t in doc[head.i + 1:last.i]:
        if t.text == "," and doc[t.i + 1].lower_ in RELATIVE:
            end = t.i - 1
            if doc[end].text == ")":   # "the World Summit for the Information Society (WSIS), which ..."
                end = next((k - 1 for k in range(end - 1, head.i, -1) if doc[k].text == "("), end)
            return doc[end]
    return last


def _whole_hyphened(edge, *, forward: bool = False):
    """The edge of a phrase moved over a word the parser split at its hyphen: in "His co-accused
    said" the subject was "co", in "Her co-defendant told" it was "defendant"; the phrase keeps
    the whole word and, before it, the words that own it ("Her")."""
    doc, moved = edge.doc, False
    while forward and _glued_at(doc, edge.i) or not forward and edge.i >= 2 and _glued_at(doc, edge.i - 2):
        edge, moved = doc[edge.i + (2 if forward else -2)], True
    return edge.left_edge if moved and not forward and edge.left_edge.i < edge.i else edge


def _glued_at(doc, i: int) -> bool:
    """Tokens i, i+1, i+2 spell one hyphened word ("co", "-", "accused")."""
    return i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_


def _hyphen_piece(token) -> bool:
    doc = token.doc
    glued_next = token.i + 1 < len(doc) and not token.whitespace_ and doc[token.i + 1].text == "-"
    return token.text == "-" or glued_next


def _noun_before_unhung_who(who):
    """"Others, however, who had stayed out ..., continued to warn": the parser made "who" a
    subject of its own rather than open a clause on the noun before it; that noun speaks."""
    if who.lower_ != "who" or who.tag_ != "WP" or who.head.dep_ == "relcl" or who.dep_ != "nsubj":
        return None
    before = who.doc[who.i - 1] if who.i else None
    while before is not None and (before.text == "," or before.dep_ == "advmod") and before.i > who.sent.start:
        before = who.doc[before.i - 1]
    if before is None or before.i >= who.i - 1 or before.tag_ not in ("NNS", "NNPS", "NNP", "NN") \
            or before.dep_ != "nsubj" or before.head.i != who.head.i:
        return None   # not "critics in the US - where it reached number eight in its opening week - who"
    return before


def _name_before_postnominal(token, entity_of=None):
    """The name a parser made the compound of its letters: in "Brian Monteith MSP, said" the head
    is "MSP" (an ORG to the model); the speaker is the person before it (by the entity table's
    label when given: the model may call "Guy Mansfield QC" an organisation)."""
    doc = token.doc
    if token.text not in POSTNOMINALS or token.i == 0:
        return token
    before = doc[token.i - 1]
    entity = (entity_of or {}).get(before.i)
    person = entity.label in PERSON_LABELS if entity is not None else before.ent_type_ == "PERSON"
    return before if person else token


def _role_then_name(subject, child, verb) -> bool:
    """After the verb, a role, a comma, then the name: '"...," said EEF chief economist, Steve
    Radley.', 'said the chairman of the Commons education committee, Labour MP Barry Sheerman'.
    The role describes the named person, who speaks; only when nothing but the role's own words
    (no verb, no other comma) stands between it and the name. Before the verb the name must close
    the subject phrase: "The chair of the judging panel, Professor Gareth Pugh, said". A name the
    model read as a body counts when it looks like a person's ("the Federation of German Farmers,
    Klaus-Dieter Weiss, told the crowd", ORG)."""
    name = child.doc[child.left_edge.i:child.i + 1]
    if child.dep_ != "appos" or subject.pos_ != "NOUN" or subject.ent_type_ or _titled_principal(subject, child) \
            or not (child.ent_type_ == "PERSON" or child.ent_type_ == "ORG" and _looks_personal(name.text)):
        return False
    if subject.i < verb.i and not (child.right_edge.i + 1 == verb.i or child.right_edge.i + 2 == verb.i
                                   and subject.doc[verb.i - 1].text == ","):
        return False
    comma = child.left_edge.i - 1
    between = subject.doc[subject.i + 1:comma]
    return subject.doc[comma].text == "," and not any(
        t.text == "," or t.pos_ in ("VERB", "AUX") and t.dep_ not in ("compound", "amod") for t in between)


def _titled_principal(subject, name) -> bool:
    """After "a spokesman for the prosecutor," a titled name is whom he speaks for ("New York State
    Comptroller Alan Hevesi"), a bare one ("Josh Reed") is his own."""
    return subject.lower_ in SPOKES_NOUNS and any(c.dep_ == "prep" for c in subject.children) \
        and not all(t.ent_type_ == "PERSON" for t in name.doc[name.left_edge.i:name.i + 1])


def _name_after_role_of(subject, verb):
    """The parser may hang the name on the body the role belongs to: 'said the chief economist of
    the trade group, Jane Wilkes' makes Wilkes the group's apposition; she is the economist. Only
    when that noun is a body or an organisation's name: 'a friend of the victim, John Hall' may
    name either. A spokesman speaks for anyone: the name after "a spokesman for the senator, Josh
    Reed," is his (`_titled_principal`). So after a longer title, the name closing it on the last
    body: 'said the executive vice president for renewables at Nordlys Energy, Ingrid Solberg-Haugen'."""
    prep = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
    body = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if body is not None:
        first = body.left_edge
        if prep.lower_ == "of" and body.ent_type_ == "PERSON" and first.is_lower and first.i == prep.i + 1 \
                and (first.dep_ == "compound" or first.dep_ == "nummod" and first.like_num):
            # "director of rugby Nigel Melville said", "said mother of three Kerry Ashton": "of rugby", "of
            # three" end the role (not "the wife of Tony Blair")
            return body
    for prep, body in _bodies_of_the_role(subject):
        # a body's part is a body: "the head of the Ghana Cocoa Board's anti-smuggling unit, Kwabena Asare"
        of_a_body = prep.lower_ in ("of", "at") and (
            body.ent_type_ == "ORG" or body.lower_ in BODY_NOUNS | ORG_WORDS
            or any(c.dep_ == "poss" and c.ent_type_ == "ORG" for c in body.children))
        if of_a_body or prep.lower_ in ("of", "for") and subject.lower_ in SPOKES_NOUNS:
            named = next((c for c in body.children if _role_then_name(subject, c, verb)), None)
            if named is not None:
                return named
    return None


def _bodies_of_the_role(subject) -> list:
    """(preposition, noun) pairs down a title's chain of prepositions, from the role and the roles
    joined to it: "chief executive and accountable manager of Savanna Air", "president for
    renewables at Nordlys Energy" (three deep at most)."""
    pairs = []
    for role in (subject, *(c for c in subject.children if c.dep_ == "conj")):
        noun = role
        for _ in range(3):
            prep = next((c for c in noun.children if c.dep_ == "prep"), None)
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            if noun is None:
                break
            pairs.append((prep, noun))
    return pairs


def _unclear_conjunct(head) -> bool:
    """A speech verb joined to a clause with another subject: "Merrill says Machado promised A
    and said B", "tweeted that Machado was a con and encouraged ..." (the parser's "and" may
    join the main verb): whose B is unclear. Not when that clause's verb speaks too ("after she
    attacked A and blamed B") or its subject is a relative ("a man who arrived and said")."""
    if _reported_clause(head):
        return True
    if _is_cue(head) or not _subordinate(head):
        return False
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ not in RELATIVE and not _title_read_as_root(head, subject)


def _in_the_reporters_tense(conjunct) -> bool:
    """"She said residents had been kept in the dark and called for an inquiry": the conjunct takes
    the reporting verb's bare past, where the reported clause it hangs on is backshifted with an
    auxiliary (had, would, could): it goes on from the reporter ("said ... the suspect fled and
    claimed" stays unclear: no auxiliary tells them apart)."""
    clause, reporter = conjunct.head, conjunct.head.head
    return conjunct.tag_ == reporter.tag_ == "VBD" \
        and not any(c.dep_ in ("aux", "auxpass") for c in conjunct.children) \
        and any(c.dep_ == "aux" and c.lower_ in ("had", "would", "could", "might") for c in clause.children)


def _speechless_subject(clause) -> bool:
    """The clause's subject is a thing, no person or body that could go on to speak: a speech verb
    the parser joined to such a reported clause ("... said the sums do not add up and claim it
    would cut services", "said prosecutions were the first choice and promised ...") is the
    reporter's. Not a name, a pronoun or a noun of someone ("says the suspect fled and claimed"
    stays unclear)."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_ \
        and subject.lemma_.lower() not in _MAY_SPEAK


def _title_read_as_root(head, subject) -> bool:
    """"Dutch firm Heineken saw its profits drop and warned that ...": the parser made the title
    "firm" the sentence's root and the rest a relative clause on it; the clause is the sentence."""
    root = head.head
    return head.dep_ == "relcl" and root.dep_ == "ROOT" and root.pos_ == "NOUN" and subject.left_edge.i == root.i + 1 \
        and subject.pos_ == "PROPN"


def _asyndetic(verb) -> bool:
    """A conjunct with no "and" / "or" / "but" before it: a verb the parser joined to a clause
    it does not belong to ("Trump has been targeting her since Clinton, at the debate, cited
    his remarks": "cited" is Clinton's, not Trump's), so its subject is not the head's. A
    participle is the head's own ("poked at Trump, tweeting “...”")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") and not any(t.dep_ == "cc" for t in verb.doc[verb.head.i + 1:verb.i])


def _reported_clause(verb) -> bool:
    """The verb heads a clause reported by a cue verb ("says [Machado promised ...]")."""
    return verb.dep_ == "ccomp" and _is_cue(verb.head)


def _reported_clause_over(verb):
    """The reported clause (`_reported_clause`) that holds `verb`, itself or a clause it sits in,
    or None. A person named deeper than the reported clause itself ("Zombic said he did not feel
    the situation was as dramatic as Mr Renner believed") takes no part in what was said: a he
    after it is the reporter's, with no doubt left (`_either_may_answer` asks only of the
    clause's own subject). So is one in a relative clause on a noun of it: "Hans Reckers said cash
    trading should remain in Frankfurt, something Deutsche Boerse could move to the UK. '...,' he
    said" is Reckers's."""
    while verb is not None and not _reported_clause(verb):
        if verb.dep_ in ("relcl", "acl") and verb.head.head.i != verb.head.i:
            verb = verb.head.head   # the clause the noun the relative clause describes sits in
            continue
        if verb.dep_ not in ("ccomp", "advcl", "xcomp", "conj", "acomp") or verb.head.i == verb.i \
                or _rebuttal_after_but(verb):
            return None
        verb = verb.head
    return verb


# Verbs with which another person answers what was said: "but Geoff Pollard rejected his comments".
REBUTTAL_LEMMAS = frozenset({"reject", "deny", "dismiss", "dispute", "refute", "rebut", "rebuff", "counter"})


def _rebuttal_after_but(verb) -> bool:
    """A "but" clause in which someone answers the report is the writer's, not part of what was
    reported, though the parser joins it to the reported clause: "Hewitt said he had had a gutful
    of trying to persuade them but Geoff Pollard rejected his comments. '...,' he said" is
    Pollard's answer."""
    return verb.dep_ == "conj" and verb.lemma_.lower() in REBUTTAL_LEMMAS and any(
        c.dep_ == "cc" and c.lower_ == "but" and c.i < verb.i for c in verb.head.children)


def _tensed(verb) -> bool:
    """Does the verb carry a tense, itself or by an auxiliary ("was", "could deal"; not "talking")?"""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in verb.children)


def _finite_clause(verb) -> bool:
    """A subordinate clause with a conjunction or a tensed verb ("because she said", "when it
    warned"), which has a subject of its own; a participle ("..., saying that") shares the main one."""
    return verb.tag_ not in ("VBG", "VBN", "VB") and any(c.dep_ == "mark" for c in verb.children)


# Documents and occasions that speak for their owner: "the council issued a statement calling the
# test a clear violation" (the council), "a policy urging staff to report abuse" (its author).
SPEAKING_THINGS = frozenset("""
statement letter ad advertisement video report speech conference memo message release post tweet
policy resolution bill proposal plan platform petition complaint lawsuit filing brief column
editorial op-ed book interview sign banner email note document
""".split())
# The documents whose words are their sender's own: "A statement from the board said ...".
MESSAGES = SPEAKING_THINGS & frozenset("statement letter message email note release tweet post memo".split())
# Nouns of someone or something that may speak (`_speechless_subject`).
_MAY_SPEAK = _ROLE_NOUNS | PUBLIC_SPEAKERS | SPOKES_NOUNS | set(UNNAMED_PEOPLE) | set(UNNAMED_ACTORS) | BODY_NOUNS \
    | ORG_WORDS


def _voice_of(noun):
    """Who speaks through a participle hung on `noun`: the noun itself when it names people
    ("protesters chanting"), the owner of a statement, letter or speech; None for other things."""
    if _speaking_thing(noun):
        return _owner(noun)
    if noun.ent_type_ in ("PERSON", "ORG", "NORP"):
        return noun
    return noun if noun.tag_ in ("NNS", "NNPS") and noun.lemma_.lower() in _PEOPLE_NOUNS else None


def _doer_of_object(noun):
    """The parser hangs a participle on the object before it: 'Hazel Blears defended the move
    saying it would give officers an edge' - a move says nothing; the one who defended it
    speaks. Only for the direct object of a finite verb with a subject of its own, with no
    punctuation between them: in 'the method disappeared after the tour, the Lions manager
    describing it as cheating' the parser's "object" is the absolute phrase's own speaker."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.tag_ == "VBG" \
            or any(t.is_punct for t in noun.doc[verb.i + 1:noun.i]):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _names_a_thing(token) -> bool:
    """A name run into a common noun it modifies ("a Q&A session", "the Labour posters") names
    that thing; it is no he, she, it or they on its own."""
    head = token
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head is not token and head.pos_ == "NOUN" and head.text not in POSTNOMINALS   # not "Meg Harwood MP"


# Names that can own a statement's voice: "a BBC statement read", "a statement from Harlow Hospital".
VOICE_ENT_TYPES = ("ORG", "PERSON", "NORP", "GPE")


def _possessor_name(noun):
    """A name owning the noun: "Mr Tanzi's statement"."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN" and not _time_word(c)), None)


def _time_word(token) -> bool:
    """"Wednesday's statement said", "last week's report": a time owns nothing that speaks."""
    return token.text in DAY_NAMES or token.text in MONTH_NAMES \
        or token.lower_ in RELATIVE_DAYS or token.lower_ in ("week", "weekend", "month", "year")


def _possessor_pronoun(noun):
    """A his/her/its owning the noun, resolved later as a "he said" is: "His report demands ..."
    after "Amitai Etzioni ... he argues" is Etzioni's. Not "their": "Research by the EOC revealed
    that many Britons believe ... according to their figures" would go to the Britons, the latest
    plural subject, and the figures are the EOC's."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "its")), None)


def _definite(noun) -> bool:
    """Does "the" determine the noun ("the report", "the prime minister")?"""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


# Findings that speak for whoever produced them, when the sentence names them: "Research conducted
# by the EOC revealed that ...", "according to figures gathered by Netcraft". Not SPEAKING_THINGS:
# "a survey of 2,000 adults showing ..." has its sample after "of", not its author. Word forms,
# not lemmas: "a senior figure said" is a person; common nouns: "Dimension Data said" is the firm.
FINDINGS = frozenset("""figures research survey surveys study studies data poll polls statistics findings
analysis estimates""".split())


def _owned_voice(subject):
    """A statement, letter or finding that speaks for its named owner: '"I apologise to all who
    have suffered," Mr Tanzi's statement said.' is Tanzi's words (issue 15, item 6)."""
    if not _speaking_thing(subject) and (subject.lower_ not in FINDINGS or subject.pos_ != "NOUN"):
        return subject
    owner = _possessor_name(subject) or _possessor_pronoun(subject) \
        or next((c for c in subject.children if c.dep_ == "poss" and _the_company(c)), None)  # "the firm's report"
    if owner is None:
        # a name before the noun owns it too: '"...," a BBC statement read.' is the BBC's
        owner = next((c for c in subject.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                      and c.ent_type_ in VOICE_ENT_TYPES), None)
    if owner is None:
        owner = _named_from(subject)   # "A statement from Harlow Hospital said ..."
    return owner if owner is not None else subject


# How far back "the report said" looks for the article's first word on that report.
DOCUMENT_REACH = 400


def _earlier_owner(noun):
    """The named owner of the document "the report said" goes back to: "Oxfam says in a report
    ... The report said" and "according to a report by Jupiter Research ... the report says" are
    the body's words. The latest earlier mention of the same noun that is not itself "the report"
    decides, and only an owner with a name ("a report by the watchdog" leaves the report)."""
    if not _speaking_thing(noun) or not _definite(noun):
        return None
    doc = noun.doc
    for i in range(noun.i - 1, max(-1, noun.i - DOCUMENT_REACH), -1):
        earlier = doc[i]
        if earlier.lemma_.lower() != noun.lemma_.lower() or earlier.pos_ != "NOUN":
            continue
        owner = _possessor_name(earlier) or _named_from(earlier) or (_owner(earlier) if earlier.dep_ == "pobj" else None)
        if owner is not None and owner.pos_ == "PROPN" and owner.ent_type_ in VOICE_ENT_TYPES:
            return owner
        if not _definite(earlier):
            return None   # "a report" with no named owner: the one meant, unowned
    return None


# Verbs by which a statement comes from its author: "The statement, issued by the Home Office".
ISSUING = frozenset("""issue release publish send write sign deliver post submit file produce draft gather
compile collect conduct commission""".split())


def _named_from(noun):
    """The name in a "from"/"by" phrase on a statement: "A letter from Unison said ..." is
    Unison's, as is "The statement, issued by Unison, said"; not a common noun ("a report by the
    committee" keeps the report)."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")]
    # the parser may hang ", issued by X" on the last noun of the statement's own phrase: "The
    # statement on the Gulf of Mannar, issued by the Ministry of Fisheries, said"
    participles = list(noun.children) + [t for t in noun.subtree if t.head is not noun and t.head.dep_ == "pobj"
                                         and t.i > 0 and t.nbor(-1).text == ","]
    preps += [g for c in participles if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ISSUING
              for g in c.children if g.dep_ == "agent"]   # not "emails combed through by Vox"
    for prep in preps:
        pobj, sender = next((g for g in prep.children if g.dep_ == "pobj"), None), None
        if pobj is not None and pobj.pos_ == "NOUN" and prep.lower_ == "from" and _possessor_pronoun(pobj) is not None:
            return pobj  # "A statement from his family said": the family's words, resolved as "his"
        if pobj is not None and pobj.pos_ == "NOUN":
            # "figures released by its organisers, the CEA": the name in apposition; else "A statement
            # from the company said" is the firm's (`_the_company_named`), "from the board" the board's,
            # but "a report from the committee" stays the report (many write one)
            sender = pobj if prep.lower_ == "from" and pobj.left_edge.lower_ == "the" \
                and noun.lemma_.lower() in MESSAGES else None
            pobj = next((g for g in pobj.children if g.dep_ == "appos"), None) or _name_closing_after(pobj) or sender
        if pobj is not None and (pobj.pos_ == "PROPN" and pobj.ent_type_ in VOICE_ENT_TYPES or pobj is sender):
            return pobj
    return None


def _name_closing_after(noun):
    """The name set off after a noun phrase that ends the sentence, an apposition the parser hung
    elsewhere: "figures published by the national statistics agency, Statistics Canada." """
    doc, comma = noun.doc, noun.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    end = _name_run_end(doc, comma + 1, len(doc))
    ends = end == len(doc) or doc[end].text in (".", "!", "?") or doc[end].is_space
    return doc[end - 1] if end > comma + 1 and ends else None


def _speaking_thing(noun) -> bool:
    return noun.lemma_.lower() in SPEAKING_THINGS


def _owner(noun):
    """The owner of a statement or letter: its possessor ("Clinton's statement"), its "from"/"by"
    phrase, or the subject of the verb that issued it ("He released a letter that says ..."); else
    the document itself ("An ad asking ...")."""
    for child in noun.children:
        if child.dep_ == "poss" and not _time_word(child):
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN", "PRON"):
                return pobj
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "AUX"):
        owner = _find_subject(verb)    # "X vowed ... and established a policy urging ...": X
        if owner is not None:
            return owner
    return noun


# Plural nouns of people who chant, shout or say things together ("protesters chanting ...").
_PEOPLE_NOUNS = frozenset("""
protester protesters demonstrator supporter opponent critic voter resident student worker member
people crowd fan activist official leader lawmaker marcher
""".split())


def _quoted_attribution(verb, lead_words):
    """'"...," the Interfax news agency quoted Mr Khodorkovsky as saying': the one quoted speaks,
    the agency before the verb only reports (issue 15, item 3); ("verb", cue, speaker) when only
    the quoter stands before the verb, else None."""
    quoter = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    inside = set() if quoter is None else {w.i for w in quoter.subtree}
    return ("verb", verb, _quoted_as(verb)) if all(w.i in inside for w in lead_words) else None


def _quoted_as_saying(verb):
    """The one "quoted ... as saying" (the verb's object), when the verb is so used; else None.
    The participle may hang on the one quoted: 'It quoted a spokesman for Atticus complaining
    that ...' is the spokesman's complaint, not the paper's."""
    if verb.lemma_.lower() != "quote":
        return None
    says = any(c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_.lower() in SPEECH_VERBS for g in c.children)
               for c in verb.children)
    quoted = _quoted_as(verb)
    if quoted is not None and _saying_participle(quoted) is not None:
        return quoted
    return quoted if says else None


def _saying_participle(noun):
    """The speech participle hung on a noun ("a spokesman complaining that ..."), or None."""
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG"
                 and c.lemma_.lower() in SPEECH_VERBS), None)


def _quoted_as(token):
    """"Interfax quoted Lavrov as saying ...": the speaker is the one quoted, not the quoter, by
    name when a role stands first ("quoted the club's captain, Ryan Walsh, as saying")."""
    if token.lemma_.lower() != "quote":
        return None
    quoted = next((c for c in token.children if c.dep_ == "dobj"), None)
    return _name_after_role(quoted) if quoted is not None else None


def _name_after_role(noun):
    """The name in apposition to a role ("the club's captain, Ryan Walsh"), else the noun; a
    document's is its title ("a new book, Brown's Britain, by ..."), so the noun."""
    if noun.pos_ != "NOUN" or _speaking_thing(noun):
        return noun
    named = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return named or _name_in_commas_after(noun) or noun


def _name_in_commas_after(noun):
    """A person's name set off in commas right after a role the parser hung elsewhere ("quoted the
    team's captain, Mr Jimmy Haomae, as saying": "Haomae" an adverb of "quoted"): its last word,
    when the model calls it a person or a title opens it."""
    doc, k = noun.doc, noun.i + 1
    if k >= len(doc) or doc[k].text != ",":
        return None
    end = _name_run_end(doc, k + 1, len(doc))
    if end == k + 1 or end >= len(doc) or doc[end].text not in (",", ".") \
            or not (doc[end - 1].ent_type_ == "PERSON" or doc[k + 1].lower_ in PERSONAL_TITLES):
        return None
    return doc[end - 1]


def _verb_past_colon_dateline(root):
    """The main verb where the parser made a colon dateline the sentence's root: "BENGALURU: Fast
    bowler Karthik Subramaniam, 31, returned ..." (Indian wire copy; `_past_dateline` reads a dash
    dateline the parser made the subject)."""
    if root.pos_ in ("VERB", "AUX") or not root.text.isupper() or root.i + 1 >= len(root.doc) \
            or root.nbor().text != ":":
        return root
    return next((c for c in root.rights if c.pos_ in ("VERB", "AUX")), root)


def _past_dateline(subject):
    """"WASHINGTON -- President Obama, ..., said": the parser may take the dateline as subject; also
    one with its country and date ("BRISTOL, UK, 3 June 2025 - Tidewell, the ... developer, today
    announced": the name after the dash, whatever the parser hung it on)."""
    doc = subject.doc
    if not (subject.text.isupper() and len(subject.text) > 1 and subject.i + 1 < len(doc)):
        return subject
    if doc[subject.i + 1].text in DASH_TOKENS:
        for child in subject.rights:
            if child.dep_ in ("appos", "conj") and child.pos_ in ("PROPN", "NOUN"):
                return child
    elif doc[subject.i + 1].text == "," and (subject.i == 0 or "\n" in doc[subject.i - 1].text_with_ws):
        dash = next((t for t in doc[subject.i + 2:subject.i + 12] if t.text in DASH_TOKENS), None)
        after = doc[dash.i + 1] if dash is not None and dash.i + 1 < len(doc) else None
        if after is not None and after.pos_ == "PROPN":
            while after.dep_ in ("compound", "flat") and after.head.i > after.i:
                after = after.head
            return after
    return subject


def _speech_adjective(verb):
    """The lexicon.SPEECH_ADJECTIVES word right after a "be": "was adamant", "is emphatic"."""
    return next((c for c in verb.rights if c.dep_ == "acomp" and c.i == verb.i + 1 and c.lower_ in SPEECH_ADJECTIVES),
                None)


def _cue_span(verb) -> tuple[int, int]:
    """The cue verb with its particle: "pointed out", "called for", "called on"; "was adamant"."""
    last = _speech_adjective(verb) if verb.lemma_ == "be" else None
    if last is not None:
        return verb.idx, last.idx + len(last.text)
    last = verb
    for child in verb.rights:
        if child.i == last.i + 1 and (child.dep_ == "prt" or _called_for(child)
                                      or child.lower_ == "it" and _as_put_it(verb)
                                      or child.dep_ == "prep" and child.lower_ in ("on", "upon")
                                      and verb.lemma_.lower() == "call"):
            last = child
    return verb.idx, last.idx + len(last.text)


def _is_cue(token) -> bool:
    if token.lemma_ == "be":   # "Crowley was adamant that the route would not move"
        return _speech_adjective(token) is not None and any(c.dep_ == "ccomp" for c in token.rights)
    return token.lemma_.lower() in SPEECH_VERBS and token.pos_ in ("VERB", "AUX") and not _not_speech(token)


# "call" as speech: "called for a ban", "called on Congress", "called him a liar", "called it
# unfair"; "called into action", "called off", "called up" are not speech.
CALL_SPEECH_PREPS = frozenset({"for", "on", "upon"})


def _not_speech(verb) -> bool:
    """Speech verbs in a sense that reports no speech: "U.S. adds 156,000 jobs", "the economy is
    adding", "pleads guilty", "called into action", a byline's "Glorioso reports for Naples Daily
    News", "who they say they are" (`_who_they_say`)."""
    lemma, deps = verb.lemma_.lower(), {c.dep_ for c in verb.children}
    if _supposing(verb, deps) or _who_they_say(verb) or _that_said(verb) or _what_this_shows(verb, lemma) \
            or _refused(verb, deps) or _in_a_title(verb):
        return True
    if lemma in NAMING_VERBS and _gives_a_name(verb):
        return True
    if verb.doc[verb.i + 1:verb.i + 3].text.lower() == "it all":
        return True   # "The name says it all: it is web-based radio" (an idiom; no one speaks)
    if lemma == "plead" and any(c.lower_ in ("guilty", "innocent") for c in verb.children):
        return True   # "Bristol man pleads guilty; two others cleared": a plea in court, not a report
    if lemma == "dismiss" and "auxpass" in deps:
        # "Ms Villalba had been unfairly dismissed because ..." (sacked); "was dismissed as
        # nonsense" speaks
        return not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    if lemma == "appeal":
        # "appealed for calm", "appealed to fans to stay away", "appealed that ..." ask; "the other
        # side will appeal" (a ruling), "the game appealed to the Kiwi psyche" say nothing
        return "xcomp" not in deps and not any(c.dep_ == "prep" and c.lower_ == "for"
                                               or c.dep_ == "ccomp" and _that_mark(c) is not None for c in verb.children)
    if "ccomp" in deps:
        return False
    if lemma == "add":
        return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children) \
            or any(c.dep_ == "dobj" and _counted(c) for c in verb.children)
    if lemma == "call":
        preps = {c.lower_ for c in verb.children if c.dep_ in ("prep", "prt")}
        return _names_with_called(verb) \
            or bool(preps) and not preps & CALL_SPEECH_PREPS and not deps & {"oprd", "dobj", "xcomp"}
    if lemma == "report":
        return "dobj" not in deps and any(c.dep_ == "prep" and c.lower_ in ("for", "from") for c in verb.children)
    if lemma == "recall" and "dobj" in deps:
        return True   # "Toy firm recalls ‘Bouncy Bert’ castles": goods called back; "recalled that ..." speaks
    if lemma in ("threaten", "promise") and "xcomp" in deps:
        # "The ban threatens to reignite tensions", "the deal promises to cut costs": no one speaks
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
            subject = verb.head   # "a bill that promises to loosen vaccine rules"
        return subject is not None and subject.tag_ == "NN" and subject.lemma_.lower() in EVENT_NOUNS
    return False


def _refused(verb, deps) -> bool:
    """"Officials declined to comment on the report", "did not comment on the deal", "has been
    unable to comment on the implications": speech refused names a topic, and no one said anything
    about it. A refusal with a clause still reports a question ("refused to say whether he would
    stay", "would not say whether"), as PolNeAR has it."""
    if deps & {"ccomp", "xcomp"}:
        return False   # "refused to pledge to release his tax returns" too
    if any(c.dep_ == "neg" and c.i < verb.i and all(t.pos_ == "ADV" for t in verb.doc[c.i + 1:verb.i])
           for c in verb.children):
        return True    # "doesn't simply talk"; not '"Probably not," Ms. Moore said' (the quote's "not" hung on
        # the verb), nor "was keen not to talk about a Grand Slam" (a wish: the quotes after it are his)
    head = verb.head
    return verb.dep_ == "xcomp" and (head.lemma_.lower() in ("decline", "refuse", "fail") or head.lower_ == "unable")


def _that_said(verb) -> bool:
    """"That said, the graphics are excellent": the connective ("even so") opening a sentence."""
    doc, i = verb.doc, verb.i
    return verb.lower_ == "said" and i >= 1 and i + 1 < len(doc) and doc[i + 1].text == "," \
        and doc[i - 1].lower_ in ("that", "this") and doc[i - 1].is_sent_start


# Speech verbs that also say what a fact shows: "This indicates that neither side wants a fight",
# "That suggests he may hold the balance": a demonstrative subject is a fact, and no one speaks.
EVIDENCE_VERBS = frozenset({"indicate", "suggest", "confirm", "signal", "hint", "highlight", "underscore"})


def _what_this_shows(verb, lemma: str) -> bool:
    return lemma in EVIDENCE_VERBS and any(
        c.dep_ == "nsubj" and c.tag_ == "DT" and c.lower_ in ("this", "that", "these", "those") for c in verb.children)


# Verbs that give a name, which is no one's words: "which locals call “the Floating Factory”".
# Not "label": a fact-checker "labeled it “Mostly True”" gives a verdict (PolNeAR counts it).
NAMING_VERBS = frozenset({"call", "dub", "brand", "nickname", "name", "christen"})
_HABIT_ADVERBS = frozenset({"often", "sometimes", "commonly", "widely", "usually", "popularly", "affectionately"})
# A quote mark, then a name in title case, right after the verb (past "it", "them", "him", "her" or
# "the" and a noun): "branded "Swachh Society"", "fans calling him ‘the Energiser Bunny’", "dubbed the
# "Recovery Note"", "called the character “Nan the Terrible”"
_TITLE_CASE_QUOTE = re.compile(r"\s+(?:(?:it|them|him|her|the(?:\s+[a-z]+)?)\s+)?[\"“‘'](?:the\s+)?[A-Z][\w'’-]*"
                               r"(?:\s+(?:of\s+|and\s+|the\s+)?[A-Z][\w'’-]*)*[,.]?[\"”’']")


def _gives_a_name(verb) -> bool:
    """A naming verb that gives a name, not words said: a title-case name in quote marks right after
    it ("branded "Swachh Society" by the civic body", "which locals call “the Floating Factory”"), a
    habit of naming ("often called its "dirty side"") or a passive with no one doing it. "Trump
    called the plan "a disaster"" speaks, and so does "He was called "a liar" by the minister"."""
    if any(c.dep_ in ("prep", "prt") and c.lower_ in CALL_SPEECH_PREPS for c in verb.children):
        return False   # "has often called for a ban" speaks
    if any(c.dep_ == "advmod" and c.lower_ in _HABIT_ADVERBS for c in verb.children):
        return True
    if any(c.dep_ == "auxpass" for c in verb.children) and not any(t.lower_ == "by" for t in verb.subtree):
        return True   # "The case had been called the "Danapur land scam" in the local press": by no one
    return _TITLE_CASE_QUOTE.match(text_of(verb.doc), verb.idx + len(verb.text)) is not None


def _names_with_called(verb) -> bool:
    """"a scheme called "Green Streets" on Monday": a participle naming the noun it hangs on, not
    words said. "Called on the mayor to ..." speaks, and so does "the letter called Oz a quack"
    (the parser's participle, with two complements where a name has one)."""
    speech = {c.lower_ for c in verb.children if c.dep_ in ("prep", "prt") and not _frame(c)} & CALL_SPEECH_PREPS
    complements = [c.dep_ for c in verb.children if c.dep_ in ("oprd", "dobj", "attr", "xcomp", "ccomp")]
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") \
        and not speech and complements == ["oprd"]


def _who_they_say(verb) -> bool:
    """"whether an individual is who they say they are": a "who" or "what" before the verb's
    subject asks about an identity; it reports nothing anyone said."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(c.dep_ == "ccomp" for c in verb.children) \
        and any(c.tag_ == "WP" and c.lower_ in ("who", "what") and c.dep_ != "dobj" and c.i < subject.i
                for c in verb.children)   # not "what it calls 'a con'", its own words


# Measures and events that "threaten" or "promise" things without speaking.
EVENT_NOUNS = frozenset("""
ban move row deal plan decision rise fall policy dispute change cut crisis strike shortage law rule
measure increase merger takeover slump slowdown recession war conflict scandal bill budget scheme proposal reform
""".split())


def _in_a_title(verb) -> bool:
    """A capitalised verb inside a sentence set in ordinary case belongs to a title or a name:
    "Their singles include Crashed The Wedding, You Said No", "the North East Says No campaign",
    "the words to Nothing Compares 2 U". A headline set in title case keeps its cue ("Bill
    Clinton Calls Obamacare ‘Crazy System’"), and so does a sentence opened by the cue after a
    quote ('... enough storage." Said Mr Fogg: "..."'). A person as its subject may still speak
    through it: "Mr Herron - ... alongside the North East Says No campaign - said he ..." is
    parsed with Herron saying, and without this cue "said" would go to "No campaign"."""
    if not verb.is_title or verb.is_sent_start or verb.doc[verb.i - 1].is_punct and verb.doc[verb.i - 1].text != ",":
        return False
    if any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in verb.children):
        return False
    return sum(t.is_lower and t.is_alpha and len(t) > 3 for t in verb.sent) >= 2


def _supposing(verb, deps) -> bool:
    """An imperative or "let's" speech verb sets up a supposition or an instruction, not a
    report: "Let's say you think a degree will cost $100,000", "Say you want a house"."""
    if verb.head.lower_ == "let" and any(c.dep_ == "nsubj" and c.lower_ in ("'s", "’s", "us") for c in verb.children):
        return True
    return verb.tag_ == "VB" and not deps & {"nsubj", "aux"} and bool(verb.is_sent_start)


def _counted(noun) -> bool:
    """"156,000 jobs", "a million people": a noun counted by a number."""
    return noun.like_num or any(c.like_num or c.dep_ == "nummod" for c in noun.children)


# ---------------------------------------------------------------- content of reported speech

def _content(verb):
    """Token range [first, last] of what a cue verb reports, and whether it counts only when
    quoted (an object), or None."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp",) and not _circumstance(c)
               and not _next_paragraph(verb, c)] + _told_clause_read_as_relative(verb) \
        + _clause_read_as_the_occasions(verb)
    # "Ann Marsh said the plan had failed and Tom Reed warned that ...": the parser may make the
    # second report a clause of the first verb; it is a report of its own, not her content
    clauses = clauses[:1] + [c for c in clauses[1:] if not _coordinate_report(c)]
    if any(c.i > verb.i for c in clauses):
        # "While he acknowledged A, Ham noted B": a clause before the verb is no report of it
        clauses = [c for c in clauses if c.i > verb.i]
    elif clauses and not _attribution_after(verb, max(c.i for c in clauses)):
        clauses = []
    infinitive = not clauses and verb.lemma_.lower() in INFINITIVE_VERBS
    if infinitive:
        clauses = [c for c in verb.children if c.dep_ in ("xcomp",) and not _anonymity(c)]
    elif not clauses and verb.lemma_.lower() in GERUND_VERBS:
        clauses = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > verb.i]
    if clauses:
        first = min(_clause_start(verb, c) for c in clauses)
        aside = _aside_speaker(verb)
        if aside is not None and verb.i < first <= aside.i + 1:
            first = aside.i + 2   # "Instead, said Mr Ross, the plan failed": from "the plan"
        if infinitive:
            first = _addressee_first(verb, first)
        last = _continued_by_a_conjunct(verb, max(_clause_end(c) for c in clauses))
        return first, _before_aside(verb.doc, first, last), False
    if ((verb.dep_ in ("parataxis", "ccomp") or _conj_read_after_clause(verb)) and verb.head is not verb
            and verb.head.pos_ in ("VERB", "AUX")
            and (not _is_cue(verb.head) or verb.dep_ == "conj" or _set_into_subject_and_verb(verb))
            and not any(c.tag_ == "WRB" or c.dep_ == "mark" for c in verb.children)
            and not _joined_by_quote(verb) and not _inverted_condition(verb.head)):
        # "X is Y, he said"; not '"That makes me smart," when Clinton blasted him' (a clause of its own)
        head = verb.head
        while head.dep_ == "advcl" and head.head.i != head.i and head.head.pos_ in ("VERB", "AUX"):
            head = head.head    # "Though A was easy, he said, B would be hard": the whole sentence
        a_first, a_last = _attribution(verb)
        if verb.i > head.i:     # "X is Y, he said" parsed with the clause on top
            if not _set_off(verb.doc, a_first):
                return None
            return head.left_edge.i, head.right_edge.i if _runs_on_past(head, a_first, a_last) else a_first - 1, False
        if head.left_edge.i < a_first and not _only_adverbials_before(head, a_first):
            return head.left_edge.i, head.right_edge.i, False   # "The museum, he said, would ...": split later
        return a_last + 1, head.right_edge.i, False
    return _object_content(verb)


def _set_into_subject_and_verb(verb) -> bool:
    """Is the cue set in commas between its host clause's subject and verb? "Lowe, he said, had
    asked him to leave" is what he said, Lowe's asking with it (a cue after the host's verb, as in
    '"Go," she told him, he said', is another matter)."""
    host = verb.head
    return verb.dep_ == "parataxis" and verb.i < host.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in host.children)


_ANONYMITY_VERBS = frozenset({"name", "identify", "quote"})


def _anonymity(infinitive) -> bool:
    """"asked not to be named": a source's terms, not something reported."""
    return infinitive.lemma_.lower() in _ANONYMITY_VERBS and any(c.dep_ == "auxpass" for c in infinitive.children)


def _continued_by_a_conjunct(verb, last: int) -> int:
    """The reported clause's last token, taking in a conjunct the parser hung on the cue after it
    when that goes on with the report (`_goes_on`): "said it would depress revenue at first, but
    would eventually add $84 billion", "said fraud is “a big problem” but “nobody has the guts to
    talk about it”"; "said his lawyer offered a closed session, but Chaffetz declined" is the
    writer's next fact (in PolNeAR dev a conjunct with a subject of its own and no quote marks
    was the speaker's 3 times in 8). A second "that" clause after the cue is always the report's:
    "said it was heartbroken and that players would wear black armbands"."""
    doc = verb.doc
    for child in verb.rights:
        joined = any(c.dep_ == "cc" and c.lower_ in ("and", "but") and last < c.i < child.i for c in verb.children)
        second_that = last > verb.i and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
        if child.i <= last or child.dep_ != "conj" or not joined or not (second_that or _goes_on(child)):
            continue
        # "claimed he drugged and raped her": a verb right before "and" is the clause's own second verb
        second_verb = doc[last].pos_ == "VERB" and doc[last + 1].dep_ == "cc"
        if second_verb or second_that or not _next_act(verb, child):
            last = _clause_end(child)
    return last


def _next_act(verb, conj) -> bool:
    """A conjunct in the cue's own simple past, quoting nothing, tells what the speaker did next
    ("ruled that the ban was “unconstitutional” and struck it down", "said she was off her best
    form but remained positive"); a report shifts its tense ("but would eventually add"). Asked
    only of a conjunct that `_goes_on`, so one sharing the cue's subject when it quotes nothing."""
    def simple_past(t):
        return t.tag_ == "VBD" and not any(c.dep_ == "aux" for c in t.children) \
            or any(c.dep_ == "aux" and c.lower_ == "did" for c in t.children)
    return simple_past(verb) and simple_past(conj) and not any(t.is_quote for t in conj.subtree)


def _runs_on_past(head, a_first: int, a_last: int) -> bool:
    """Does a reported clause go on after a cue set into it (ending at token `a_last`)? "Lenox was
    a juggernaut, Mr. Clarke said, until it went bankrupt in 1999": the words after the cue are
    the reported clause's own (a complement, a subordinate clause, a phrase, a conjunct that
    `_goes_on`: "It was, the mayor said, a budget that would help families"), and
    the report is both parts, split around the cue later (`_around_attribution`). Not after a
    quote's closing mark: '"I'm not used to this," she said, after receiving her Oscar'."""
    if any(t.is_quote for t in head.doc[max(0, a_first - 2):a_first]):
        return False
    after = [c for c in head.rights if c.i > a_last and not c.is_punct and c.dep_ != "cc"]
    return bool(after) and all(c.dep_ in ("advcl", "prep", "attr", "acomp", "dobj", "oprd", "xcomp", "ccomp")
                               or c.dep_ == "conj" and _goes_on(c) for c in after)


def _goes_on(conj) -> bool:
    """A conjunct that continues a report rather than adding the writer's next fact: a verb with
    no subject of its own (it shares the reported one), or one quoting the speaker's words ("but
    the chancellor's role would be “central”"), unless a subject of its own holds a view of its
    own ("but critics fear creating a “super state”"). The subject is sought among all words
    before the verb: the parser may hang it on an auxiliary ("but the Lords have over-ruled this")."""
    if conj.pos_ not in ("VERB", "AUX") or any((t is conj or t.dep_ in ("advcl", "conj", "parataxis")) and _is_cue(t)
                                               for t in conj.subtree):
        return False   # "..., but he had been reluctant, saying he “detested” it": a report of its own
    subject = next((t for t in conj.doc[conj.left_edge.i:conj.i] if t.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None:
        return True
    return any(t.is_quote for t in conj.subtree) and (
        subject.pos_ == "PRON" or not any(c.dep_ in ("ccomp", "xcomp") for c in conj.children))


def _conj_read_after_clause(verb) -> bool:
    """"Tuvalu will ask for more funding, Prime Minister Kausea Talaka was quoted as saying by
    Radio New Zealand": the parser made the cue a conjunct of the clause it reports. Only with a
    comma right before its subject ("..., and the firm said" adds a statement), and a named subject
    that speaks: not the one told ("..., a Houston court has been told"), nor a pronoun, whose
    clause may run on ("... wellbeing and, therefore, it says, to safer shipping")."""
    speaks = ("nsubj", "nsubjpass") if verb.lemma_.lower() == "quote" else ("nsubj",)
    return verb.dep_ == "conj" and verb.head.i < verb.i and any(
        c.dep_ in speaks and c.tag_ != "PRP" and c.left_edge.i > 0 and verb.doc[c.left_edge.i - 1].text == ","
        for c in verb.children)


def _only_adverbials_before(head, first: int) -> bool:
    """"In fact, he said, the mill could close", "But now, she said, ...": what stands before the
    cue is a short sentence adverbial (three words at most, no verb), no report of its own; a
    longer one may be a condition of what was said ("Without a pick-up in growth, he said, ...")."""
    before = [t for t in head.doc[head.left_edge.i:first] if not t.is_punct]
    return len(before) <= 3 and not any(t.pos_ in ("VERB", "AUX") for t in before) \
        and all(c.dep_ in ("prep", "advmod", "cc", "punct") for c in head.children if c.i < first)


def _attribution_after(verb, content) -> bool:
    """A cue after what it reports (whose clause's head is token `content`) stands bare or with
    whom it tells ("..., he said", "..., she told reporters"): not one a conjunction opens or with
    an object of its own besides its subject ("..., so we cannot maintain a specific view"
    reports nothing; in "..., claims his agent" the parser takes the speaker for the object)."""
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if _after_semicolon(verb.doc, _attribution(verb)[0]):
        return False
    return not any(c.dep_ == "mark" and c.i > content or subject and c.dep_ == "dobj" and c.pos_ == "NOUN"
                   and verb.lemma_.lower() not in TELLING_LEMMAS for c in verb.children)


# Verbs of telling someone something, and the gatherings one tells it to ("told the meeting")
TELLING_LEMMAS = frozenset({"tell", "inform", "assure", "warn", "remind", "promise", "advise", "notify"})
GATHERING_NOUNS = frozenset("""meeting conference court jury committee hearing inquiry audience crowd rally
summit assembly congress parliament tribunal inquest""".split())


def _told_clause_read_as_relative(verb) -> list:
    """"Mr Ashworth told the meeting that he had written to the minister": after a verb of telling
    and its addressee (a person or body, a pronoun, a plural, a gathering), the parser may hang the
    reported "that" clause on the addressee as a relative clause; one with a subject of its own
    right after the addressee is what was told ("told the story that he had heard" tells a thing,
    not an addressee)."""
    if verb.lemma_.lower() not in TELLING_LEMMAS:
        return []
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or not (obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or obj.tag_ in ("PRP", "NNS", "NNPS")
                           or obj.lemma_.lower() in GATHERING_NOUNS):
        return []
    # a relative clause or, "told the inquest that ...", a noun's complement clause
    rel = next((c for c in obj.rights if c.dep_ in ("relcl", "acl")), None)
    if rel is None or rel.left_edge.i != obj.i + 1 or rel.left_edge.lower_ != "that":
        return []
    return [rel] if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > obj.i + 1 for c in rel.children) else []


_TIME_PREPS = ("after", "before")


def _clause_read_as_the_occasions(verb) -> list:
    """"Kenya Power said in a statement that supply would be restored": the parser may hang the
    reported clause on the occasion ("a statement that ...") rather than on the verb; a "that"
    clause with a subject of its own right after the occasion is what was said. So is one the parser
    hangs on the addressee after it: "wrote in a note to clients that she expected a cut"."""
    found = []
    for prep in (c for c in verb.rights if c.dep_ == "prep" and c.lower_ in ("in", "at", "during", "on", *_TIME_PREPS)):
        occasion = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if occasion is not None and occasion.lemma_.lower() not in SPEECH_OCCASIONS and prep.lower_ in _TIME_PREPS:
            # "told journalists after the final session that Nairobi would lift the restrictions": a
            # clause that lacks nothing is no relative clause of the time
            found += [c for c in _that_clauses_on(occasion) if c.left_edge.i == occasion.i + 1
                      and any(g.dep_ in ("dobj", "attr", "acomp", "xcomp", "ccomp", "nsubjpass") for g in c.children)]
            continue
        if occasion is None or occasion.lemma_.lower() not in SPEECH_OCCASIONS:
            continue
        # right after the occasion, its own "to"/"with" phrase or what carried it: "wrote in a letter to
        # patients that ...", "said in remarks carried by the state news agency that ..."
        after = max([occasion.i] + [p.right_edge.i for p in occasion.rights if p.dep_ == "prep"
                                    and p.lower_ in ("to", "with")
                                    or p.dep_ == "acl" and p.tag_ == "VBN" and p.left_edge.i == p.i])   # "carried by"
        found += [c for c in _that_clauses_on(occasion) if c.left_edge.i == after + 1]
        to = next((p for p in verb.rights if p.dep_ == "prep" and p.lower_ == "to" and p.i == after + 1), None)
        addressee = next((a for a in to.children if a.dep_ == "pobj"), None) if to is not None else None
        if addressee is not None:   # the parser's "to clients", on the verb
            found += _that_clauses_on(addressee)
    return found


def _that_clauses_on(noun) -> list:
    """The clauses opening with "that" and having a subject of their own that the parser hung on a noun."""
    return [c for c in noun.rights if c.dep_ in ("acl", "relcl", "ccomp") and c.left_edge.lower_ == "that"
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]


def _next_paragraph(verb, clause) -> bool:
    """Is the clause's verb after the cue across a line break? The parser runs a headline into the
    story: "Amazon Reports Record Profits\nThe online retailer said ..." reports nothing."""
    return clause.i > verb.i and hard_break(text_of(verb.doc), verb.idx, clause.idx)  # Doc.text rebuilds the text


def _set_off(doc, a_first: int) -> bool:
    """An attribution after its clause stands apart from it ("The plan is dead, the mayor said");
    a clause run on into the verb is its head's: "threatened to make the director testify",
    "hoped the deal would encourage talks", "who saw the governor speak" report nothing. After a
    semicolon a new statement starts: "Tim was told first; Tim told Kristina when she woke"."""
    return a_first > 0 and doc[a_first - 1].is_punct and not _after_semicolon(doc, a_first)


def _after_semicolon(doc, a_first: int) -> bool:
    return a_first > 0 and doc[a_first - 1].text == ";"


# Subordinators of time, cause or contrast: a clause they open tells when or why someone spoke
# ("said before he died", "spoke after the vote"), never what was said ("that", "whether" and
# the "if" of "asked if" open reports).
CIRCUMSTANCE_MARKS = frozenset("before after when while until since because although though once".split())


def _circumstance(clause) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in clause.children) \
        or _inverted_condition(clause) or _split_from_its_mark(clause) or _noun_read_as_a_clause(clause) \
        or _participle_of_a_noun(clause)


def _participle_of_a_noun(clause) -> bool:
    """A past participle with no subject or auxiliary right after a noun describes the noun, though
    the parser made it the verb's clause: "said in an interview with the Frankfurter Allgemeine
    Zeitung published on Tuesday" (tagged a past tense too) reports what came before."""
    before = clause.doc[clause.i - 1] if clause.i > 0 else None
    return (clause.tag_ == "VBN" or clause.lemma_.lower() in _PUBLISHING_VERBS) and clause.pos_ == "VERB" \
        and before is not None and before.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "aux", "auxpass", "mark", "expl") for c in clause.children)


# What a paper or a broadcaster did with an interview ("... published on Tuesday", "aired on Sunday"):
# the tagger may call such a participle a past tense, which "said ... meant a lot" also is
_PUBLISHING_VERBS = frozenset({"publish", "air", "broadcast", "print", "release", "post"})


# Verbs whose clause may be a bare subjunctive: "insisted he go home", "urged the minister resign".
_MANDATIVE = frozenset({"insist", "demand", "urge", "recommend", "propose", "suggest", "request", "ask", "require",
                        "order"})


def _noun_read_as_a_clause(clause) -> bool:
    """A bare verb with neither auxiliary nor "that" after a singular noun, unquoted, after a verb
    that takes no subjunctive, is a noun the parser made a clause: "conceded a penalty try" ("try"
    a verb with "penalty" its subject) reports nothing. (The tagger writes "VB" for plural presents
    too: "Incidents like this happen", "a quarter of companies get".) Not a verb with an object:
    "said the find rewrote history" ("rewrote" tagged a bare verb)."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return clause.tag_ == "VB" and clause.head.lemma_.lower() not in _MANDATIVE \
        and subject is not None and subject.tag_ == "NN" and not any(c.dep_ == "prep" for c in subject.children) \
        and not any(c.dep_ in ("aux", "auxpass", "mark", "neg", "dobj") for c in clause.children) \
        and not any(t.is_quote for t in clause.subtree)


def _split_from_its_mark(clause) -> bool:
    """"asked the council for money after part of the roof gave way": the parser made "after" a
    preposition of the verb and its subject the preposition's object, leaving "gave way" a clause
    without a subject; it is the time of the asking, not what was asked."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return False
    prep = next((c for c in clause.head.children if c.dep_ == "prep" and c.lower_ in CIRCUMSTANCE_MARKS
                 and c.i < clause.i), None)
    return prep is not None and prep.right_edge.i + 1 == clause.left_edge.i


def _inverted_condition(clause) -> bool:
    """"should the council reject the budget", "had he known": a condition, never a report
    ("warned of delays, should the council reject it")."""
    aux = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ in ("should", "had", "were")), None)
    return aux is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > aux.i for c in clause.children)


def _coordinate_report(clause) -> bool:
    """A speech verb with a subject of its own opening a clause after "and" / "but": "... and
    Tom Reed warned" (not "... but said “the question is the timing”": the same speaker's)."""
    doc = clause.doc
    start = clause.left_edge.i
    return _is_cue(clause) and any(t.dep_ == "cc" for t in doc[max(0, start - 3):start]) \
        and any(c.dep_ == "nsubj" for c in clause.lefts)


def _attribution(verb) -> tuple[int, int]:
    """First and last token of a cue verb's own attribution: the verb with its subject and
    modifiers, not a clause the parser hung on it ("Though A was easy, he said, ..." may make
    "Though A was easy" a clause of "said")."""
    sub = [verb.i] + [t.i for c in verb.children
                      if c.dep_ not in ("advcl", "ccomp", "parataxis", "conj", "punct") for t in c.subtree]
    return min(sub), max(sub)


def _that_mark(clause):
    """The "that" opening a clause, or None."""
    return next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)


def _clause_start(verb, clause) -> int:
    """First token of a reported clause: its "that" when the parser hung words before it on the
    clause ("tweeted in the early hours that ..." reports from "that")."""
    mark = _that_mark(clause)
    if mark is not None and clause.left_edge.i < mark.i and mark.i > verb.i:
        return mark.i
    first = clause.left_edge.i
    subject = _subject_read_as_object(verb, clause)
    if subject is not None:
        return subject.left_edge.i
    for child in clause.lefts:   # "told reporters Monday the talks had failed": from "the talks"
        if child.i == first and child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME") \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > child.i for c in clause.lefts):
            first = child.right_edge.i + 1
    return first


_HEARER_LEMMAS = TELLING_LEMMAS - {"warn", "promise"}   # verbs whose bare object is who heard it


def _subject_read_as_object(verb, clause):
    """"She said anyone who was on the road, or who has dashcam footage, should contact police": the
    parser made a noun of the subject the cue's object and left the tensed clause after it without
    a subject; that object opens the report. Not the hearer of a verb of telling ("told MPs child
    benefit would rise": the parser's subject-less clause, "MPs" the hearer); after "warn" and
    "promise" the noun is the clause's subject ("warned Asian states could soon stop funding the
    deficit", "promised no jobs would be lost": 11 of 11 such BBC rows)."""
    if verb.lemma_.lower() in _HEARER_LEMMAS or clause.i < verb.i or not _tensed(clause) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return None
    return next((c for c in verb.rights if c.dep_ == "dobj" and c.i < clause.left_edge.i), None)


def _addressee_first(verb, first: int) -> int:
    """"urged voters to stay home": the ones urged belong to the content (a direct object, or the
    object of "called on"), when they stand between the verb and the infinitive."""
    for child in verb.rights:
        if child.i >= first:
            break
        if child.dep_ == "dobj":
            return child.left_edge.i
        if child.dep_ == "prep" and child.lower_ in CALL_SPEECH_PREPS and verb.lemma_.lower() == "call":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj.left_edge.i
    return first


# Prepositions that set the scene of the speech act, not what was said: "criticized the law as
# a “crazy system” during a campaign stop in Flint"; "in" and "on" only before the occasion ("in a
# statement", "on Thursday"): "accused them of neglect in the six months since" is the charge.
FRAME_PREPS = frozenset("at during while amid following ahead".split())
SPEECH_OCCASIONS = frozenset("""
statement interview speech tweet letter post address remarks remark comment conference briefing hearing rally
debate appearance broadcast video message editorial call email memo note podcast
""".split())


def _object_content(verb):
    """Token range of a cue verb's object ("cited rising costs", "called him “a con”"), without
    the scene of the speech act and without a cue clause of its own (", saying ...")."""
    objects = [c for c in verb.rights if c.dep_ in OBJECT_DEPS and not _frame(c)]
    if not objects:
        return None
    said = _object_is_said(verb, objects)
    # "called for a ban": "for" belongs to the cue, the ban is the content.
    objects = [next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), c) if _called_for(c) or _spoke_of(c)
               else c for c in objects]
    if any(c.lower_ in _BARE_TOPICS and c.dep_ == "pobj" and _spoke_of(c.head) for c in objects):
        return None   # "have complained about it for years": a pronoun topic reports nothing
    first, last = min(c.left_edge.i for c in objects), max(c.right_edge.i for c in objects)
    return first, _before_cue_conjunct(verb.doc, first, _before_aside(verb.doc, first, last)), not said


def _before_cue_conjunct(doc, first: int, last: int) -> int:
    """The object stops before a speech verb joined inside it, a report of its own: "accuse
    her campaign of being “duped” and encourage Americans to ..." ends at "duped”"."""
    for t in doc[first:last + 1]:
        if t.dep_ == "conj" and t.head.i >= first and t.pos_ == "VERB" and _is_cue(t):
            last = t.left_edge.i - 1
            while last > first and (doc[last].dep_ == "cc" or doc[last].is_punct and not doc[last].is_quote):
                last -= 1
            break
    return last


def _object_is_said(verb, objects) -> bool:
    """Verbs whose object is itself what was said, quoted or not: "cited rising costs", "called
    for a ban", "called the plan a hoax" (an object and what it was called; not "called him
    Bob", a name), "described the vote as a sham"."""
    lemma = verb.lemma_.lower()
    if lemma == "call":
        return any(_called_for(c) or c.dep_ == "oprd" and c.pos_ != "PROPN" for c in objects)
    if lemma in TOPIC_VERBS:
        return any(_spoke_of(c) for c in objects)
    if lemma in ("describe", "characterize", "characterise", "label", "brand"):
        return any(c.dep_ in ("prep", "oprd") and (c.dep_ == "oprd" or c.lower_ == "as") for c in objects)
    return lemma in OBJECT_CUES


def _called_for(child) -> bool:
    return child.dep_ == "prep" and child.lower_ == "for" and child.head.lemma_.lower() == "call"


# Speech verbs whose prepositional phrase is the topic reported: "spoke of the legacy of racism",
# "talked about her ties to the church", "warned against hackers", "railed against the tax code",
# "bragged about his wealth", "commented on the ruling" (content: the phrase's object).
TOPIC_PREPS = {"speak": ("of", "about"), "talk": ("of", "about"), "warn": ("of", "against", "about"),
               "complain": ("about", "of"), "brag": ("about", "of"), "boast": ("about", "of"),
               "rail": ("against",), "comment": ("on",)}
TOPIC_VERBS = frozenset(TOPIC_PREPS)


# Pronouns that name no topic of their own ("spoke about what he would do" reports something).
_BARE_TOPICS = frozenset({"it", "this", "that", "them", "these", "those", "him", "her"})


def _spoke_of(child) -> bool:
    return child.dep_ == "prep" and child.lower_ in TOPIC_PREPS.get(child.head.lemma_.lower(), ())


def _frame(child) -> bool:
    """A child of a cue verb that frames the speech rather than reporting it."""
    if child.dep_ == "prep":
        pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
        return child.lower_ in FRAME_PREPS or pobj is not None and (
            child.lower_ == "on" and pobj.ent_type_ in ("DATE", "TIME")
            or child.lower_ in ("in", "on", "at") and pobj.lemma_.lower() in SPEECH_OCCASIONS)
    if child.dep_ == "advcl" and _finite_clause(child) and child.left_edge.i > 0 \
            and child.doc[child.left_edge.i - 1].text == ",":
        return True   # "..., since Mr. Tribe was his mentor": the reporter's aside
    return child.dep_ in ("advcl", "xcomp") and _is_cue(child)


# Words opening a concessive or contrasting clause the reporter adds after a comma: "..., though a
# review of records shows he is a registered Republican", "..., when there are clips of her".
_ASIDE_MARKS = frozenset({"though", "although", "whereas", "when"})


def _before_aside(doc, first: int, last: int) -> int:
    """The last token of a reported clause before a trailing aside that reaches its end: ",
    which the court has put on hold", ", forcing them to unload at the border", "; they only
    learned of it on Friday". A clause in the middle ("the rules, which passed in 2015, are
    illegal") stays. A break inside quote marks is the speaker's own: whether one is open is
    carried along the clause, as recounting the marks before each break took minutes on a
    long run of text with no sentence end."""
    inside_quote, brackets = False, 0   # nor is one inside brackets: "3m euros (£2.1m; $4.1m) of aid"
    for k in range(first, last):
        t = doc[k]
        if k >= first + 3 and not inside_quote and not brackets \
                and (t.text in (",", ";", "(", "--") or t.text in DASHES) and not _word_hyphen(t):
            end = _aside_end(doc, first, k, last)
            if end is not None:
                return end
        inside_quote ^= t.text in _DOUBLE_QUOTE_MARKS
        brackets = max(0, brackets + (t.text == "(") - (t.text == ")"))
    return last


def _word_hyphen(t) -> bool:
    """A hyphen inside a word ("half-term", "win-win") sets off no aside, as a spaced dash does."""
    return t.text == "-" and t.i > 0 and t.doc[t.i - 1].whitespace_ == "" and t.whitespace_ == ""


def _aside_end(doc, first: int, k: int, last: int) -> int | None:
    """The clause's last token when the break at `k` opens an aside that reaches `last`."""
    t, nxt = doc[k], doc[k + 1]
    clause = nxt
    while clause.head.i != clause.i and clause.head.left_edge.i == nxt.i:
        clause = clause.head   # the phrase that opens at nxt: "which the court has put ..."
    # "— a charge that stung" is the reporter's; "— “my new best friend”" is the speaker's
    dashed_apposition = t.text in DASHES + "--" and clause.pos_ == "NOUN" \
        and not any(q.is_quote for q in doc[k:last + 1])
    if t.text == ";" or clause.right_edge.i >= last and (_is_aside(clause, nxt) or dashed_apposition):
        end = k - 1
        while end > first and doc[end].is_punct:
            end -= 1
        return end
    return None


def _is_aside(clause, opener) -> bool:
    """A non-restrictive relative with an actor of its own or about a person (", which the court
    has put on hold", ", who died in May"), a participle clause or a concessive clause. A "which"
    that is its clause's subject goes on describing the reported thing and stays: "warned that
    the plan would close the mill, which employs 300 people"."""
    if clause.dep_ == "relcl" and opener.lower_ in ("which", "who") and opener.head.i == clause.i:
        return opener.lower_ == "who" or opener.dep_ not in ("nsubj", "nsubjpass") \
            or opener.i > 0 and opener.nbor(-1).text == "("
    return _participle_or_concessive(clause, opener)


def _participle_or_concessive(clause, opener) -> bool:
    if clause.dep_ in ("advcl", "acl") and clause.tag_ in ("VBG", "VBN") and (
            clause.i == opener.i or opener.dep_ == "advmod" and opener.head.i == clause.i):
        return True
    if clause.dep_ == "advcl" and opener.dep_ in ("mark", "advmod") and opener.lower_ in _ASIDE_MARKS:
        return True
    return False


_DOUBLE_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``"})


def _clause_end(head) -> int:
    """Last token of a reported clause, stopping before "and warned ...", a cue of its own, or a
    rebuttal (`_rebuttal_after_but`); not before a second reported clause with its own "that":
    "agreed that the plan would raise taxes but that it would add layers of complexity" is one
    thing agreed."""
    last = head.right_edge.i
    for child in head.rights:
        if child.dep_ == "conj" and _is_cue(child) and not any(m.dep_ == "mark" for m in child.children):
            last = min(last, child.left_edge.i - 1)
        elif _rebuttal_after_but(child):   # "... but Geoff Pollard rejected his comments" is the writer's
            last = min(last, max(c.i for c in head.children if c.dep_ == "cc" and c.i < child.i) - 1)
    doc = head.doc
    # a per cent sign is no punctuation to drop: "said sales rose 30%." ends at "%"
    while last > head.i and (doc[last].dep_ == "cc" or doc[last].is_punct and doc[last].text not in "\"”’'»%"):
        last -= 1
    return last


_LEAD_IN = 3  # words before "according to" that may still open the sentence: "But, according to X, ..."


def _according(token, art):
    """("according to" cue span, source head, content range) or None."""
    if token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.nbor(1).lower_ != "to":
        return None
    to = token.nbor(1)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) or _misread_source(to)
    if source is None or source.lemma_.lower() in NORMS:
        return None
    sent = art.sentence(token.i)
    phrase_first = token.i
    # after the words it sources, an apposition is one: "..., according to Declan Murtagh, the manager"
    trailing = token.i - sent.start > _LEAD_IN
    phrase_last = max(source.right_edge.i if trailing else _source_end(source, sent.end - 1), to.i)
    named = _name_set_off_after(token.doc, phrase_last, sent.end)
    if named is not None and not trailing:
        source, phrase_last = named   # "According to the council's cabinet member, Jeremy Tolcher, the change ..."
    before = (sent.start, phrase_first - 1)
    after = (phrase_last + 1, sent.end - 1)
    span = before if before[1] - before[0] >= after[1] - after[0] \
        or before[1] - before[0] >= 2 and _contrast_opens(token.doc, after[0]) else after
    return (token.idx, to.idx + len(to.text)), source, span


def _name_set_off_after(doc, last: int, sent_end: int):
    """(the name's last token, the comma after it) of a person's name set off by commas right after
    token `last` ("member, Jeremy Tolcher,"), which the parser hung elsewhere; None when there is none."""
    if last + 2 >= sent_end or doc[last + 1].text != "," or doc[last + 2].ent_type_ != "PERSON":
        return None
    end = last + 2
    while end + 1 < sent_end and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].ent_iob_ == "I":
        end += 1
    return (doc[end], end + 1) if end + 1 < sent_end and doc[end + 1].text == "," else None


def _contrast_opens(doc, first: int) -> bool:
    """"He has had offers of TV work, according to his agent, but one of his first jobs is pantomime":
    a contrast after the source is the writer's; the words before it are what the source says (at
    a sentence's start, "According to the authors, although ..., X" is all theirs)."""
    while first < len(doc) and doc[first].is_punct:
        first += 1
    return first < len(doc) and doc[first].lower_ in ("but", "although", "though", "whereas", "yet")


# What a thing is done "according to" that says nothing: "dealt with according to Russia's
# competition law", "went according to plan", "ranked according to size".
NORMS = frozenset("""
law laws rule rules plan plans schedule custom tradition principle principles regulation
regulations legislation constitution treaty contract formula size age type need needs
""".split())


def _misread_source(to):
    """The source noun of "according to show insiders" when the parser read its first noun as
    a bare verb ("show") with the rest as its object: the object names the source."""
    verb = next((c for c in to.children if c.dep_ == "pcomp" and c.tag_ in ("VB", "VBP")), None)
    if verb is None or any(c.dep_ in ("nsubj", "aux", "mark") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)


def _source_end(source, sent_last: int) -> int:
    """Last token of the "according to" source, before an apposition running to the sentence's
    end: the parser may hang the reported clause on the name ("According to Mary Jones, the
    move reeks of fear.", "reeks" taken as a noun in apposition); a real one ends earlier."""
    doc = source.doc
    while sent_last > source.i and (doc[sent_last].is_punct or doc[sent_last].is_space):
        sent_last -= 1
    for child in source.rights:
        if child.dep_ == "appos" and child.right_edge.i >= sent_last:
            last = child.left_edge.i - 1
            while last > source.i and doc[last].is_punct:
                last -= 1
            return last
    return source.right_edge.i


_WIRE_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{1,40}(?:, [^()\n]{1,30})?(?: \([A-Za-z]{2,15}\))?\s*[-–—]{1,2}\s+")


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
        para_start, para_end = line_around(text, cue)
        start, end = max(start, para_start), min(end, para_end)
        while start < end and text[start] in _EDGE:
            start += 1
        while end > start and text[end - 1] in _EDGE:
            end -= 1
        if end <= start:
            return None
    # A wire story's dateline is no part of what its first sentence reports: "ACCRA, Oct 9 (Reuters) -
    # Ghana lost ..., the head of ... told Reuters" reports "Ghana lost ..."; at a line's start, also
    # with no agency ("STUTTGART, Feb 20 — Car parts maker ...")
    dateline = _WIRE_DATELINE.match(text, start)
    if dateline is not None and dateline.end() < end \
            and ("(" in dateline.group() or text[start - 1:start] in ("", "\n")):
        start = dateline.end()
    # A bracket the clause opens closes in it: "rose 56% to 1.16bn euros ($1.5bn; £800m)" (the
    # parser hangs the ")" on the verb)
    if text.count("(", start, end) > text.count(")", start, end) and text[end:end + 1] == ")":
        end += 1
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


def _attribution_window(art: _Article, qe: int, next_start: int) -> list:
    """The tokens after a quote to the end of its sentence, its line or the next quote."""
    n = min(len(art.text), next_start)
    stop = min(n, line_around(art.text, qe)[1])   # a wrapped line goes on: '," he\n    said'
    after = art.doc.char_span(qe, min(stop, qe + 200), alignment_mode="contract")
    if after is None or not len(after):
        return []
    sent = art.sentence(after[0].i)
    stop = min(stop, sent[-1].idx + len(sent[-1].text))
    return _tokens_between(art.doc, qe, stop)


def _after_cue(art: _Article, qs: int, qe: int, next_start: int):
    """`"...," she said` / `"..." ― Name`: an attribution right after the quote."""
    text = art.text
    inner = text[qs:qe].rstrip("\"'”’»› ")   # a space may stand before the last mark: ",' \""
    inner_last = inner[-1] if inner else ""
    window = _attribution_window(art, qe, next_start)
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
        tail = _time_tail(window) if inner_last.isalnum() else None   # the quote ends mid-sentence
        if tail is None and not (inner_last.isalnum() and _cue_then_name(art, words)):
            return None
        if tail is not None:
            window, words = [t for t in window if t.i > tail], [t for t in words if t.i > tail]
    put_it = next((t for t in words[:MAX_ATTRIBUTION_WORDS] if _as_put_it(t)), None)
    if put_it is not None and words[0].lower_ == "as":
        return ("verb", put_it, _subject_outside(put_it, qs, qe))   # '"...," as one memo put it'
    if not (_sentence_start(text, qs) or text[:qs].rstrip().endswith(",")):
        return None   # a title inside a phrase: 'on CBS's "Face the Nation," Ryan said'
    for t in words:
        if _is_cue(t) or _intro_verb(t):   # "..., she continued."
            return _attribution_at(art, t, words, window, qs, qe)
    return _name_after(art, words)


def _cue_then_name(art: _Article, words) -> bool:
    """A speech verb and a person's name right after a quote that lost its comma: '"The obvious
    choice is Dawson" said Guscott.'"""
    return len(words) > 1 and _is_cue(words[0]) and words[0].lemma_.lower() in SPEECH_VERBS \
        and (entity := art.entity_of.get(words[1].i)) is not None and entity.label in PERSON_LABELS


def _attribution_at(art: _Article, t, words, window, qs: int, qe: int):
    """The attribution whose cue `t` follows the quote: "..., said Smith" / "..., Smith said" /
    "..., Rep. X (D-S.C.), the leader, also said"; None for "..., but he said that ...", where the
    attribution starts a new clause."""
    lead_words = [w for w in words if w.i < t.i]
    if _quoted_as(t) is not None:
        # '"...," the newspaper quotes a source close to the firm': the source speaks
        return _quoted_attribution(t, lead_words)
    subject = _subject_outside(t, qs, qe)
    if subject is None or subject.i > t.i and lead_words:
        lead_all = [w for w in window if w.i < t.i and not w.is_space]   # with its commas
        named = _lead_name(lead_all)   # the name before the cue, not a title after
        if named is not None and subject is None:
            return ("verb", t, named)   # the lead is that name and its apposition, nothing else
        subject = named or subject
    # the whole subject phrase, also when the speaker is a name in apposition to it or
    # its owner: '"...," hunt master, Captain Ian Farquhar, said', '"...," Mr Tanzi's
    # statement said', '"...," a BBC statement read'
    phrase = subject.head if subject is not None and subject.dep_ in ("appos", "poss", "compound") \
        else subject
    inside = set() if phrase is None else {w.i for w in phrase.subtree}
    if subject is None and not lead_words:
        subject = _name_right_after(words[1:], art.entity_of) or _described_name_after(t, art.entity_of)
    # '"That makes me smart," when Clinton blasted him': a new clause, not an attribution
    if all(w.i in inside or w.dep_ in ("aux", "auxpass", "neg", "advmod", "npadvmod") and w.tag_ != "WRB"
           for w in lead_words) or _described_before(lead_words, inside):
        return ("verb", t, subject)
    return None


def _time_tail(window) -> int | None:
    """'"... and I expect that to be the case" in 2005, said Kurt Karl': a quote ending inside
    its sentence, then a short phrase of time or place ("in 2005", "this year") and a comma
    before the attribution. The index of that comma when a speech verb follows right after it
    ("said Karl") or after a name ("Karl said"); else None."""
    comma = next((t for t in window if t.text == ","), None)
    if comma is None:
        return None
    tail = [t for t in window if t.i < comma.i and not t.is_space]
    rest = [t for t in window if t.i > comma.i and not t.is_space and not t.is_punct]
    if not 1 <= len(tail) <= 4 or tail[0].dep_ != "prep" and tail[0].pos_ != "DET" \
            or any(t.pos_ in ("VERB", "AUX") for t in tail) or not rest:
        return None
    cue = next((k for k, t in enumerate(rest[:MAX_ATTRIBUTION_WORDS]) if _is_cue(t)), None)
    if cue is None or not all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ") for t in rest[:cue]):
        return None
    return comma.i


def _name_right_after(words, entity_of=None):
    """The name standing right after a cue that the parser gave no subject: '"...," added
    Kiplagat.' made Kiplagat the object of "added"; the last word of the name run is its head.
    A capitalised word the article names a person by counts however the parser tagged it:
    '"..., it feels a little bit like a defeat," admitted Kiely.' made "Kiely" an adverb."""
    run = []
    for w in words:
        if w.pos_ != "PROPN" and not _person_word(w, entity_of):
            break
        run.append(w)
    asker = words[0].head if not run and len(words) >= 2 and words[0].lower_ in _ASKER_DETERMINERS else None
    if asker is not None and asker.dep_ == "dobj" and asker.tag_ == "NN" \
            and all(w.pos_ == "ADJ" for w in words[1:asker.i - words[0].i]):
        # '"Who can forget ...?" asked the magazine', '"Why ...?" asked one resident, a retired teacher':
        # the parser's object is the asker
        return asker
    return run[-1] if run else None


_ASKER_DETERMINERS = frozenset({"the", "a", "an", "one", "another"})


def _age_before(verb):
    """An age the parser hung on the cue as a modifier, not its subject: in "The 31-year-old
    insisted he will be happy" "old" is an amod of "insisted"; it is the one who speaks."""
    return next((c for c in verb.lefts if c.dep_ == "amod" and _age_epithet(c)), None)


def _age_epithet(noun) -> list:
    """The words of an age that stands for a person ("the 30-year-old told the Sunday Times": the
    parser heads it with "old"), or []."""
    if noun.lower_ != "old" or noun.i < 2 or noun.nbor(-1).text != "-" or noun.nbor(-2).lower_ != "year":
        return []
    return [t for t in noun.lefts if t.i >= noun.i - 4 and t.lower_ != "the"]


def _described_name_after(cue, entity_of):
    """A person named at the end of a description right after the cue, which the parser made the
    cue's object: '"Don't you care about the Inuit?", implored guitar-toting environmental
    campaigner Barry Lim.' is Lim's."""
    return next((c for c in cue.children if c.dep_ in ("dobj", "appos") and c.left_edge.i == cue.i + 1
                 and c.i + 1 < len(c.doc) and c.nbor(1).is_punct and _person_word(c, entity_of)), None)


def _described_before(lead_words, inside: set) -> bool:
    """Is all that stands before the subject phrase an article and its describing words, or a
    role in lower case, which the parser left outside it, or a body's name and its role? '"...," a
    crestfallen Mr Lim confided' is Lim's, and '"...," deputy commissioner of police (east) Kavitha
    Reddy told reporters' Reddy's."""
    outside = [w for w in lead_words if w.i not in inside]
    if not (outside and inside) or max(w.i for w in outside) > min(inside):
        return False
    if outside[0].lower_ in ("a", "an", "the"):
        return all(w.pos_ in ("DET", "ADJ", "NOUN") for w in outside)
    if len(outside) > 1 and outside[-1].lower_ in _ROLE_NOUNS and all(w.is_title for w in outside[:-1]):
        return True   # a body's name and its role, whatever their tags: "Warriors coach" (a verb) Emeka Nwachukwu
    bracketed = {w.i for w in outside if w.i > 0 and w.nbor(-1).text == "(" and w.i + 1 < len(w.doc)
                 and w.nbor().text == ")"}   # "(east)"
    return any(w.pos_ == "NOUN" for w in outside) and all(
        w.is_lower and (w.pos_ in ("ADJ", "NOUN") or w.lower_ == "of" or w.i in bracketed) or w.text in "()"
        for w in outside)


def _person_word(token, entity_of) -> bool:
    """A capitalised word of a person's name in the article's entities, whatever its tag."""
    entity = entity_of.get(token.i) if entity_of is not None else None
    return entity is not None and entity.label in PERSON_LABELS and token.is_title


def _intro_verb(verb) -> bool:
    """"she continued", "the letter reads", "Limbaugh went on": a verb that introduces a quote
    only with someone or something that speaks as its subject, also a name the model did not
    read as a person's ('"...," Conrad continues'); "The bias begins “If you look ...”" and "as
    the trend for speed dating continues" introduce no one's words."""
    if verb.lemma_.lower() not in QUOTE_INTROS or verb.pos_ != "VERB" and not _verb_tagged_noun(verb) \
            or _went_on_to_something(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.i > 0 and verb.doc[verb.i - 1].is_quote:   # '"...," smiles one broker': the
        subject = next((c for c in verb.rights if c.dep_ == "dobj"), None)   # parser's object after the quote
    return subject is not None and (subject.pos_ in ("PRON", "PROPN") or subject.ent_type_ in ("PERSON", "ORG", "NORP")
                                    or subject.lemma_.lower() in _INTRO_SUBJECTS | SPEAKING_ROLES | PUBLIC_SPEAKERS)


def _went_on_to_something(verb) -> bool:
    """"Raymond Achebe-Stone's book, "Blue Lines", went on sale" (or "went on trial", "on
    holiday"): "go on" with an object goes somewhere, where '"...," he went on' speaks."""
    return verb.lemma_.lower() == "go" and any(c.lower_ == "on" and any(g.dep_ == "pobj" for g in c.children)
                                                for c in verb.children)


def _verb_tagged_noun(token) -> bool:
    """A sentence's root the tagger called a noun though it has a subject: '"...," a BBC
    statement read.' tags "read" NN; with "statement" as its subject it is the verb."""
    return token.dep_ == "ROOT" and token.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in token.children)


# What "reads", "begins" or "concludes" with a quote besides people: "the article read", "the letter reads".
_INTRO_SUBJECTS = SPEAKING_THINGS | _PEOPLE_NOUNS | frozenset("article story passage caption headline".split())


def _as_put_it(verb) -> bool:
    """"as a Homeland Security memo put it", "as The New Yorker put it in an expose": whatever
    stands quoted beside it is the words of the subject of "put"."""
    return verb.lemma_.lower() == "put" and verb.pos_ == "VERB" \
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) \
        and any(c.dep_ in ("mark", "advmod", "prep") and c.lower_ == "as" for c in verb.children)


def _subject_outside(verb, qs: int, qe: int):
    """The cue's subject, never a word inside the quote it attributes ('"My reaction, that was
    outrageous," the strategist said': the parser may make "reaction" a subject of "said")."""
    subject = _subject(verb)
    if subject is None or not qs <= subject.idx < qe:
        return subject
    return next((c for c in verb.children if c.dep_ == "nsubj" and not qs <= c.idx < qe), None)


def _lead_name(lead_words):
    """The head of a bare noun phrase standing between a quote and its cue when the parser gave
    the cue no subject: '"...," Tulsa police Chief Chuck Jordan said' (Jordan); before an
    apposition, the name: '"...," Flynn, a top Trump surrogate, said' (Flynn)."""
    comma = next((k for k, w in enumerate(lead_words) if w.text == ","), len(lead_words))
    # a role may hold "of" ('"...," director of rugby Nigel Melville told'); a role noun is one
    # whatever its tag ('"...," Warriors coach Emeka Nwachukwu told': "coach" a verb)
    if not all(w.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM", "PART", "PUNCT") or w.ent_type_
               or w.lower_ == "of" and 0 < k < comma - 1 or w.lower_ in _ROLE_NOUNS and 0 < k < comma - 1
               for k, w in enumerate(lead_words[:comma])):
        return None
    # the apposition may hold a preposition ('"...," Jeff Joseph, from the Consumer Electronics
    # Association (CEA) told'), never a verb of its own: that would be a new clause
    if any(w.pos_ in ("VERB", "AUX", "SCONJ") or w.tag_ == "WDT" for w in lead_words[comma:]):
        return None
    nouns = [w for w in lead_words[:comma] if w.pos_ in ("PROPN", "NOUN")]
    return nouns[-1] if nouns else None


def _name_after(art: _Article, words):
    """`"...," shop owner Hayriye Evren.`: a sentence of only a name after the quote, no verb,
    attributes it with no cue (the name is never part of the quote); a "who" clause describing
    the name stays out: `"...," baker Lucy Brandt, who runs the stall opposite.`"""
    words = words[:next((k for k, w in enumerate(words) if k and w.lower_ in ("who", "whose")
                         and w.nbor(-1).text == ","), len(words))]
    if any(w.pos_ in ("VERB", "AUX") for w in words) or len(words) > MAX_ATTRIBUTION_WORDS:
        return None
    named = [w for w in words if (e := art.entity_of.get(w.i)) is not None and e.label == "PERSON"]
    if not named:
        # a title names a person the model missed: '"...," Mr Champion.'
        titled = [k for k, w in enumerate(words[:-1]) if w.lower_ in PERSONAL_TITLES]
        named = [_name_right_after(words[titled[0] + 1:])] if titled else []
    return ("dash", None, named[-1]) if named and named[-1] is not None else None


def _before_cue(art: _Article, qs: int, qe: int, prev_end: int):
    """`X said: "..."`, `X said, "..."`: an attribution ending right before the quote."""
    doc, text = art.doc, art.text
    first = doc.char_span(qs, qs + 1, alignment_mode="expand")
    if first is None:
        return None
    sent_start = art.sentence(first[0].i)[0].idx
    para = line_around(text, qs)[0]   # a wrapped line goes on: "the long\n    campaign: \"It does ...\""
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
        return _spoke_before(art, start) if start >= prev_end else None
    last = words[-1]
    verbs = [t for t in words if _is_cue(t) or _intro_verb(t) or _as_put_it(t)]
    if last.text in (":", ","):
        if len(words) > 1 and words[-2].lower_ == "that" and not _ends_sentence(art, qe):
            return None   # 'said that, “Of course he will defend himself” against ...': a mixed quote
        if verbs:
            return verbs[-1]
        return _colon_noun(words) or (_manner_before_colon(art, words) if last.text == ":" else None)
    if verbs and (last is verbs[-1] or (last.lower_ == "that" and len(words) > 1 and words[-2] is verbs[-1])):
        # `he said "..."` only when the quote ends the sentence; else it is a fragment of a
        # reported clause (`he said "budget reforms" would pay for it`): a mixed quote.
        if _ends_sentence(art, qe):
            return verbs[-1]
    return None


def _spoke_before(art: _Article, start: int):
    """The verb of a sentence that says a person spoke and ends right before a quote that opens a
    sentence: "His sister, Kat Pardew, spoke outside the court.\n"Hearing the details was awful."
    is hers. Only "spoke"/"talked" with no words of their own ("spoke of his pain" is fine; "spoke
    to say that ..." gives its own)."""
    end = len(art.text[:start].rstrip())
    before = art.doc.char_span(end - 1, end, alignment_mode="expand") if end else None
    if before is None or art.text[end - 1] != ".":
        return None
    verb = art.sentence(before[0].i).root
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_.lower() not in _SPOKE_LEMMAS or verb.pos_ != "VERB" or subject is None \
            or any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in verb.children):
        return None
    named = art.named_noun(subject)   # itself or a name in apposition: "His sister, Kat Pardew,"
    return verb if subject.lower_ in ("he", "she") or named is not None and named.label in PERSON_LABELS else None


_SPOKE_LEMMAS = frozenset({"speak", "talk"})


def _a_person(art: _Article, token) -> bool:
    """Does the model or the entity table call `token` a person?"""
    entity = art.named_noun(token)
    return token.ent_type_ == "PERSON" or entity is not None and entity.label in PERSON_LABELS


# Nouns of speech that introduce a quote after a colon: "Obama has a new message: “It's about me.”"
COLON_NOUNS = frozenset("""
statement message tweet post remarks comment warning words slogan reply response
""".split())


def _colon_noun(words):
    """The speech noun right before the colon ("rolled out a new message:", "issued a
    statement:"), or before a short phrase of time or place ("issued a statement on Sunday:",
    "a statement late on Monday in Nairobi:"), whose owner is the speaker; None for other words
    ("Two questions:")."""
    for k in range(len(words) - 2, max(-1, len(words) - 2 - _COLON_TAIL), -1):
        noun = words[k]
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in COLON_NOUNS:
            return noun
        if noun.pos_ not in ("ADP", "PROPN", "NOUN", "DET", "ADV", "ADJ", "NUM"):
            return None
    return None


_COLON_TAIL = 5   # words of time or place at most between a speech noun and its colon

# How someone spoke, said of them before a colon: "Peter Vaughan was blunt: '...'"
MANNER_ADJECTIVES = frozenset("""
blunt direct frank candid clear adamant defiant emphatic unequivocal forthright succinct scathing
""".split())


def _manner_before_colon(art: _Article, words):
    """The verb of a clause ending in a colon that says how its subject, a person, spoke: "was
    blunt:", "was just as direct:", "put it this way:" / "put it bluntly:"; None for other words,
    and for a subject that is no person ("The rules are clear:")."""
    verb = words[-2].head if len(words) > 1 else None
    while verb is not None and verb.dep_ in ("acomp", "advmod", "npadvmod", "dobj") and verb.head.i != verb.i:
        verb = verb.head   # (the parser may hang the clause on the quote's own verb: only its words count)
    if verb is None or verb.i >= words[-1].i or verb.i < words[0].i:
        return None
    blunt = verb.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lower_ in MANNER_ADJECTIVES for c in verb.children)
    put = verb.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    person = subject is not None and (subject.lower_ in ("he", "she") or any(
        _a_person(art, t) and (t.i == subject.i or t.dep_ == "appos") for t in subject.subtree))
    return verb if (blunt or put) and person else None


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
    lines = _colon_lines(art, [q for q in direct.covered if q not in direct.bare])
    records = _drop_bare_holding(records, lines) + lines
    records.extend(_block_quotes(art, direct.covered, direct.used_cues))
    records = _drop_continuations_in_reported(records, direct.continued)
    records.sort(key=lambda r: (r.start, r.end))
    records = _labelled_lines(art, _drop_nested(records))
    return _one_gender_per_speaker(_pull_quotes(art, _sole_speaker(art, _continue_reported(art, records))))


# A line that names its speaker before a colon, perhaps as a list item, then opens a quote: the
# post-match format "- Manchester United boss Sir Alex Ferguson: \"It was a fantastic ..."
_SPEAKER_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:[-–•*][ \t]+)?([A-Z][^\n:\"“]{2,70}?)[ \t]*(:)[ \t]*$")
# ... or as a list item with no colon, the item's mark standing for it: "- Bolton boss Sam Allardyce "I am ..."
_SPEAKER_ITEM = re.compile(r"(?:^|\n)[ \t]*([-–•*])[ \t]+([A-Z][^\n:\"“]{2,70}?)[ \t]+$")


LABEL_REACH = 80   # characters a speaker label may stand before its quote


def _label_before(art: _Article, start: int, *, colon: bool = True) -> tuple[tuple, tuple] | None:
    """(name span, cue span) of the speaker label right before `start`: "Name:" (the colon is the
    cue; only with `colon`) or a list item "- Name " (its mark is); None when there is none."""
    window = max(0, start - LABEL_REACH)
    found = _SPEAKER_LABEL.search(art.text, window, start) if colon else None
    if found is not None:
        return found.span(1), found.span(2)
    item = _SPEAKER_ITEM.search(art.text, window, start)
    return (item.span(2), item.span(1)) if item is not None else None


def _labelled_lines(art: _Article, records: list[Quote]) -> list[Quote]:
    """A direct quote with no attribution that opens right after a speaker label gets that
    speaker, and the quotes going on after it in its paragraph too (the label's name must end in
    a person the entity table knows: "- Rovers boss Tom Vale: "..."", or a name after a role the
    model missed: "Vale boss Nadia Kerrigan:"), also one that went on from the speaker before: the
    label names a new one. A paragraph that is only a quote, right after the label's, goes on
    with it. The `_colon_lines` label of a transcript line does the same for a line no quote mark
    opens in full."""
    out, label, last_end = [], None, 0
    for r in records:
        if r.type != "direct" or r.cue_start is not None:
            out.append(r)
            label = None
            continue
        found = _label_before(art, r.start)
        if found is not None:
            label = _label_speaker(art, *found)
        elif label is not None and "\n" in art.text[label[2][1]:r.start].strip(" ") \
                and art.text[last_end:r.start].strip():
            label = None   # the paragraph ended, and the reporter wrote on: a new one needs its own label
        if label is None:
            out.append(r)
            continue
        speaker, entity, (start, end), (cue_start, cue_end) = label
        last_end = r.end
        out.append(replace(r, speaker=speaker, speaker_text=art.text[start:end], speaker_start=start,
                           speaker_end=end, cue=art.text[cue_start:cue_end], cue_start=cue_start, cue_end=cue_end,
                           speaker_id=art.speaker_id(entity.entity) if entity is not None else None,
                           speaker_gender=art.speaker_gender(speaker if entity is not None else None, None)))
    return out


# A label's name after a role the model left out of every name: "Barrow Vale boss Nadia Kerrigan:"
_ROLE_THEN_NAME_LABEL = re.compile(r"\b(?:" + "|".join(sorted(ROLE_WORDS | {"boss", "manager", "coach", "captain"}))
                                   + r")[ \t]+([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){1,2})$")


def _label_speaker(art: _Article, name_at: tuple, cue_at: tuple) -> tuple | None:
    """(speaker, entity or None, name span, cue span) of a speaker label, or None when it names no person."""
    name = art.doc.char_span(*name_at, alignment_mode="contract")
    entity = art.entity_of.get(name[-1].i) if name is not None and len(name) else None
    if entity is not None and entity.label in PERSON_LABELS:
        return entity.entity, entity, name_at, cue_at
    role = _ROLE_THEN_NAME_LABEL.search(art.text, *name_at)
    return (role.group(1), None, name_at, cue_at) if entity is None and role is not None else None


def _one_gender_per_speaker(records: list[Quote]) -> list[Quote]:
    """A speaker's "she said" is the article's word on her gender for every row of hers: "'We need
    them now,' she added" makes the "Grant told reporters" row female too. Only when all her
    pronoun rows agree and the row itself says nothing."""
    said: dict[str, set[str]] = {}
    for r in records:
        if r.speaker is not None and r.speaker_text is not None and r.speaker_text.lower() in PRONOUN_GENDER:
            said.setdefault(r.speaker, set()).add(PRONOUN_GENDER[r.speaker_text.lower()])
    return [replace(r, speaker_gender=next(iter(said[r.speaker])))
            if r.speaker_gender is None and len(said.get(r.speaker, ())) == 1 else r for r in records]


def _continue_reported(art: _Article, records: list[Quote]) -> list[Quote]:
    """A quote with no attribution of its own, opening the sentence right after a reported one,
    goes on from it: "''I admire the mechanics'' of the plan, Mr. Hale said. ''But I have serious
    concerns.''" (same speaker, same cue). Only from an attribution that named its speaker; a
    quote opening the next paragraph goes on from a statement of speech ending the one before,
    and the quotes right after a quote so continued go on too; not one whose sentence goes on to
    name someone else (`_named_after`)."""
    out: list[Quote] = []
    went_on: set[int] = set()   # positions in `out` of quotes given a speaker here
    for r in records:
        prev = out[-1] if out else None
        if (r.type == "direct" and r.cue_start is None and r.speaker is None and prev is not None
                and (prev.type != "direct" or len(out) - 1 in went_on)
                and prev.speaker is not None and prev.cue_start is not None
                and (_next_sentence(art.text, max(prev.end, prev.cue_end), r.start, _speaks(art, prev))
                     or prev.type == "direct" and _right_after(art.text, prev, r.start)
                     or prev.type == "indirect" and _speaks(art, prev) and _paraphrase_between(art, prev, r.start))
                and not _named_after(art, prev, r.end)):
            speaker = (prev.speaker, prev.speaker_text, prev.speaker_start, prev.speaker_end)
            r = _record(art, r.start, r.end, "direct", None, (prev.cue_start, prev.cue_end), speaker=speaker)
            went_on.add(len(out))
        out.append(r)
    return out


def _sole_speaker(art: _Article, records: list[Quote]) -> list[Quote]:
    """A profile or interview where one named person is the only speaker: its run of bare quoted
    answers is theirs. "Dick Morris is back in London ... 'I was on a cruise in the
    Mediterranean ...' ... 'Look, we are not going to be forming the next government,' he said"
    gives Morris the bare quotes too. Only with at least MIN_SOLE_BARE bare quotes, no other
    speaker of any kind and no speaker word left unnamed ("she said" that could be someone
    else); only quotes that read as whole sentences (a capital first, MIN_SOLE_WORDS words),
    never a quoted title or phrase."""
    named = {r.speaker for r in records if r.speaker is not None}
    if len(named) != 1 or any(r.speaker is None and r.speaker_text is not None for r in records):
        return records
    name = named.pop()
    if art.label_of.get(name) not in PERSON_LABELS:
        return records
    bare = [r for r in records if r.type == "direct" and r.speaker is None and r.cue_start is None
            and r.quote[1:2].isupper() and len(r.quote.split()) >= MIN_SOLE_WORDS]
    if len(bare) < MIN_SOLE_BARE or any(_label_before(art, r.start) is not None for r in bare):
        return records   # "- Newcastle boss Graeme Souness "...": a second speaker the table missed
    chosen = {id(r) for r in bare}
    return [_record(art, r.start, r.end, "direct", None, None, speaker=(name, None, None, None))
            if id(r) in chosen else r for r in records]


def _pull_quotes(art: _Article, records: list[Quote]) -> list[Quote]:
    """A bare quote the article prints again, word for word, with its speaker is theirs: a pull
    quote or a standfirst before the story ('"Despite its leafy image, Richmond faces the same
    challenges ..."' opens it; later "Mayor of London, Boris Johnson, said: "Despite its leafy
    image, ..."'). Only for quotes of MIN_PULL_WORDS words or more, one speaker among the copies."""
    spoken: dict[str, set] = {}
    for r in records:
        if r.type == "direct" and r.speaker is not None:
            spoken.setdefault(_quote_words(r.quote), set()).add(r.speaker)
    pulled = {}
    for r in records:
        words = _quote_words(r.quote)
        if r.type == "direct" and r.speaker is None and r.cue_start is None and len(words.split()) >= MIN_PULL_WORDS:
            names = set().union(*(v for k, v in spoken.items() if f" {words} " in f" {k} "))
            if len(names) == 1:
                pulled[id(r)] = names.pop()
    return [_record(art, r.start, r.end, "direct", None, None, speaker=(pulled[id(r)], None, None, None))
            if id(r) in pulled else r for r in records]


def _quote_words(quote: str) -> str:
    """A quote's words, lower-cased, without its marks and punctuation."""
    return " ".join(re.findall(r"[\w']+", quote.lower().replace("’", "'")))


MIN_PULL_WORDS = 6


# A sole speaker's bare quotes: at least this many, each of at least this many words.
MIN_SOLE_BARE = 3
MIN_SOLE_WORDS = 5


def _right_after(text: str, prev: Quote, start: int) -> bool:
    """A quote ending its sentence, then only space (one paragraph break at most) up to `start`."""
    gap = text[prev.end:start]
    return not gap.strip() and gap.count("\n") <= MAX_CONTINUATION_NEWLINES \
        and _closes_a_sentence(prev.quote)


def _speaks(art: _Article, record: Quote) -> bool:
    """Is the record's cue a verb of speech proper, not one whose object is the content ("called
    all women "Betty"", "cited the costs")?"""
    cue = art.doc.char_span(record.cue_start, record.cue_end, alignment_mode="expand")
    return cue is not None and cue[0].lemma_.lower() not in OBJECT_CUES


def _paraphrase_between(art: _Article, prev: Quote, start: int) -> bool:
    """One sentence of the writer's between a reported statement closing its paragraph's second
    last sentence and a quote opening the next paragraph, which goes on with what was said and
    brings in no one: "Steve Ash told the BBC there are two parts to the process. The most
    difficult is to ascertain who they are online.\n\n'The end solution is ...'" is Ash's. Not
    when that sentence's main subject is a name, a pronoun or a speaker."""
    end = max(prev.end, prev.cue_end)
    gap = art.text[end:start]
    if gap.count("\n") > MAX_CONTINUATION_NEWLINES or "\n" in gap.rstrip() or not gap.rstrip().endswith((".", "!", "?")):
        return False
    tokens = [t for t in _tokens_between(art.doc, end, start) if not t.is_space]
    own = art.sentence(tokens[0].i).start if tokens and tokens[0].text in (".", "!", "?") else None
    if len({art.sentence(t.i).start for t in tokens} - {own}) != 1 \
            or any(t.text in _DOUBLE_QUOTE_MARKS or art.quote_at(t.idx) is not None for t in tokens):
        return False
    return not any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and (
        art.named_noun(t) is not None or t.lower_ in PRONOUNS or _is_cue(t.head) or t.pos_ == "PROPN") for t in tokens)


def _next_sentence(text: str, end: int, start: int, across_paragraph: bool = False) -> bool:
    """Between a reported clause (or its cue) and `start` stands only the rest of its sentence:
    ", Mr. Hale said. " or ". "; with `across_paragraph`, a paragraph break may follow, as a quote
    opening the next paragraph goes on from the statement closing the one before ('..., Mr
    Howard said.\n\n"We watched the scenes with disbelief."')."""
    gap = text[end:start]
    tail = gap.rstrip()
    # the clause may end its own sentence: 'said "We do look at the patterns. "We are looking
    # at whether we can improve this."' (a quote left open, its next sentence reopened)
    ended = tail[-1:] in (".", "!", "?") or not tail and _closes_a_sentence(text[max(0, end - _TAIL):end])
    return "\n" not in tail and gap.count("\n") <= (MAX_CONTINUATION_NEWLINES if across_paragraph else 0) \
        and len(gap.split()) <= MAX_ATTRIBUTION_WORDS and ended \
        and not re.search(r"[.!?]\s", tail)


def _record(art: _Article, start: int, end: int, kind: str, speaker_token, cue_range, *,
            speaker: tuple | None = None) -> Quote:
    """A Quote; its speaker named from a head token, or given whole (a continued quote's)."""
    if speaker_token is not None and art.quote_at(speaker_token.idx) is not None:
        speaker_token = None   # a word inside quote marks is the quoted one's, never the speaker
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
    bare: set[tuple[int, int]] = field(default_factory=set)       # long quotes with no attribution at all


def _direct_quotes(art: _Article) -> _Direct:
    """Quote-mark spans with an attribution beside them, continuing one, or long enough alone."""
    found = _Direct()
    prev: Quote | None = None
    for k, (qs, qe) in enumerate(art.quotes):
        words = len(art.text[qs + 1:qe - 1].split())
        record, cue_verb = _attributed_quote(art, k)
        if cue_verb is not None:
            found.used_cues.add(cue_verb.i)
        if (record is None or _title_in_apposition(art, qs, qe)) and _is_title(art.text[qs:qe]):
            continue   # 'on Fox News’s “Fox and Friends.”', a heading 'All Bets Are Off.': no speech
        continues = False
        if record is None:
            record = _so_said_after(art, k)
        if record is None and prev is not None and words >= MIN_CONTINUATION_WORDS:
            asked = _reporters_question(art, prev)
            if asked:   # the answer to a reporter's question is the one asked's, not the reporter's
                answered = next((r for r in reversed(found.records) if r.end <= prev.start and r.speaker is not None
                                 and r.speaker != prev.speaker), None)
                record = _continuation(art, answered, qs, qe, after=prev) if answered is not None else None
            else:
                record = _continuation(art, prev, qs, qe)
            continues = record is not None
        if record is None and words >= MIN_CONTINUATION_WORDS:
            record = _runs_into_attributed(art, k) or _after_stance(art, k)
        long_enough = words >= MIN_BARE_WORDS \
            or words >= MIN_CONTINUATION_WORDS and _paragraph_of_its_own(art.text, qs, qe)
        if record is None and long_enough and (_sentence_start(art.text, qs)
                                               or _label_before(art, qs, colon=False) is not None):
            record = _record(art, qs, qe, "direct", None, None)
            found.bare.add((qs, qe))
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


_NOUN_AND_COMMA_BEFORE = re.compile(r"\b[a-z][\w-]*,[ \u00a0]*$")


def _title_in_apposition(art: _Article, qs: int, qe: int) -> bool:
    """A quoted title set off by commas after a common noun names it: "The channel, “Ammachi’s
    Kitchen”, posts two videos a week", "The slogan, “One More Shift”, is painted" (no one speaks)."""
    before = _NOUN_AND_COMMA_BEFORE.search(art.text, max(0, qs - 30), qs)
    if before is None or not re.match(r"[ \u00a0]*,", art.text[qe:qe + 3]):
        return False
    noun = art.doc[art.token_at[before.start()]] if before.start() in art.token_at else None
    return noun is not None and noun.pos_ == "NOUN"


# Short words a title leaves in lower case ("Fight for the Future").
_TITLE_LOWER = frozenset("a an the and or of in on at to for with by from as is are".split())


def _is_title(quoted: str) -> bool:
    """A quoted span in title case, two to eight words each capitalised but for short function
    words: the name of a show, a book or a section heading, not speech."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", quoted)]
    if not 2 <= len(words) <= 8:
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_LOWER for w in words) and words[0][0].isupper()


def _attributed_quote(art: _Article, k: int) -> tuple[Quote | None, object]:
    """(record, cue verb) for the k-th quoted span when an attribution stands right after it
    (`"...," she said`, `"..." ― Name`) or right before it (`X said: "..."`); else (None, None)."""
    qs, qe = art.quotes[k]
    next_start, prev_end = _neighbour_bounds(art, k)
    found = _after_cue(art, qs, qe, next_start)
    if found and found[0] == "dash":
        _, dash, name_token = found
        cue = (dash, dash + 1) if dash is not None else None
        return _record(art, qs, qe, "direct", name_token, cue), None
    verb = found[1] if found else _before_cue(art, qs, qe, prev_end)
    if verb is None:
        return None, None
    subject = found[2] if found else _subject_outside(verb, qs, qe) if verb.pos_ != "NOUN" else _owner(verb)
    if subject is None and verb.dep_ == "compound" and verb.head.i > verb.i and verb.head.pos_ == "PROPN":
        subject = verb.head   # 'Said Ellis: “...”': the parser made the verb part of the name after it
    if subject is verb:
        subject = None   # "Here is the statement:" names no one
    return _record(art, qs, qe, "direct", subject, _cue_span(verb)), verb


def _neighbour_bounds(art: _Article, k: int) -> tuple[int, int]:
    """Where the next quote after the k-th starts and where the one before it ends, passing over
    quotes nested inside it: in `'The report says "no action is needed", which is absurd,' said
    Dr Shah` the inner quote starts inside the outer one, and the attribution is after both."""
    qs, qe = art.quotes[k]
    j = k + 1
    while j < len(art.quotes) and art.quotes[j][0] < qe:
        j += 1
    i = k - 1
    while i >= 0 and art.quotes[i][1] > qs:
        i -= 1
    return (art.quotes[j][0] if j < len(art.quotes) else len(art.text)), (art.quotes[i][1] if i >= 0 else 0)


_TAIL = 40  # the characters `_closes_a_sentence` needs of a long text: a copy of all before was quadratic


def _closes_a_sentence(text: str) -> bool:
    """The text ends with a sentence's end, perhaps inside closing quote marks ('...ambitious."');
    `_ends_sentence` asks what follows a quote."""
    return text.rstrip("\"'”’ ")[-1:] in (".", "!", "?")


def _runs_into_attributed(art: _Article, k: int) -> Quote | None:
    """A whole-sentence quote with no attribution, followed in the same paragraph by only space
    and a quote that has one, is the same speaker's turn: '"If you look at past winners, they
    tend to be epics. "They go for films like Titanic," he said.' (British copy opens each
    sentence of a turn with a quote mark and gives the attribution once, in the last)."""
    if k + 1 >= len(art.quotes):
        return None
    (qs, qe), (ns, _) = art.quotes[k], art.quotes[k + 1]
    gap = art.text[qe:ns]
    if gap.strip() or "\n" in gap or not _sentence_start(art.text, qs) \
            or not _closes_a_sentence(art.text[qs:qe]):
        return None
    after, _ = _attributed_quote(art, k + 1)
    if after is None or after.speaker is None:
        return None
    speaker = (after.speaker, after.speaker_text, after.speaker_start, after.speaker_end)
    return _record(art, qs, qe, "direct", None, (after.cue_start, after.cue_end), speaker=speaker)


# Verbs of a view held, whose subject the next quote then voices: 'Arnold firmly believes that
# short films give a stronger vision. "You're left more to your own devices."'
STANCE_VERBS = frozenset("""
believe think feel accept admit agree doubt hope fear expect reckon suspect worry insist concede
acknowledge commit remain
""".split())


# Nouns for a view a sentence says someone holds or sets out: "Mr Brown outlined his view of the
# direction New Labour should take", "Graham Barlow has a rather partisan viewpoint".
VIEW_NOUNS = frozenset("view viewpoint vision opinion stance perspective verdict".split())


def _states_a_view(verb) -> bool:
    """Is the verb's object a view its subject holds or sets out (`VIEW_NOUNS`)?"""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in VIEW_NOUNS for c in verb.children)


# A cue opening the sentence after the quote, its speaker after it: '"..." So said Councillor Beth Amory'.
_SO_SAID = re.compile(r"[ \t]*(?:So|Thus|Or so) (said|says)\b")


def _so_said_after(art: _Article, k: int) -> Quote | None:
    """A quote whose speaker the next sentence names after "So said" (`_SO_SAID`)."""
    qs, qe = art.quotes[k]
    m = _SO_SAID.match(art.text, qe)
    verb = art.doc[art.token_at[m.start(1)]] if m is not None and m.start(1) in art.token_at else None
    subject = next((c for c in verb.rights if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")), None) \
        if verb is not None else None
    if subject is None:
        return None
    return _record(art, qs, qe, "direct", subject, (verb.idx, verb.idx + len(verb.text)))


def _after_stance(art: _Article, k: int) -> Quote | None:
    """A whole-sentence quote with no attribution, right after a sentence of its paragraph whose
    main verb gives a person's view ("she accepts that ...", "Arnold believes ..."), is that
    person's; not when that sentence names another person as a subject or object ("Ann Lee
    doubts Tom Reed can win" leaves the quote unclear), nor after a sentence that merely describes someone
    ("Bob was a driven man. 'He had an iron will.'" is the writer's source, not Bob)."""
    qs, qe = art.quotes[k]
    prev_end = art.quotes[k - 1][1] if k else 0
    if not _sentence_start(art.text, qs) or not _closes_a_sentence(art.text[qs:qe]):
        return None
    before = [t for t in _tokens_between(art.doc, max(prev_end, line_around(art.text, qs)[0]), qs)
              if not t.is_space]
    if not before or before[-1].text not in (".", "!", "?"):
        return None
    sent = art.sentence(before[-1].i)
    root = sent.root
    words = [t for t in sent if not t.is_punct and not t.is_space]   # the parser may glue a closing mark on
    if not words or words[0].idx < prev_end or not (root.lemma_.lower() in STANCE_VERBS or _states_a_view(root)) \
            or root.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    name, stext, ss, se = art.speaker(subject, (qs, qe))
    if name is None or art.label_of.get(name) not in PERSON_LABELS or _rival_person(art, sent, name):
        return None
    return _record(art, qs, qe, "direct", None, None, speaker=(name, stext, ss, se))


def _rival_person(art: _Article, sent, name: str) -> bool:
    """Another person than `name` stands in the sentence as a subject or object, of any clause:
    "Ann Lee doubts Tom Reed can win" may be followed by either one's words."""
    return any(t.dep_ in SUBJECTS + ("dobj", "dative", "conj") and (e := art.entity_of.get(t.i)) is not None
               and e.label in PERSON_LABELS and e.entity != name for t in sent)


def _reporters_question(art: _Article, q: Quote) -> bool:
    """A question put to someone by an unnamed reporter: '"Will you run at the world championships
    next year?" one journalist asked.' The bare quote after it is the answer."""
    words = art.text[q.start:q.end].rstrip(DOUBLE_CLOSE + "\"’' ")
    asker = (q.speaker or "").lower().split()
    return q.type == "direct" and q.speaker_id is None and (q.cue or "").lower() in ("asked", "asks") \
        and words.endswith("?") and re.search(r"\byou(?:r)?\b", words, re.IGNORECASE) is not None \
        and bool(asker) and asker[-1] in _QUESTIONERS


# Who puts the questions at a press conference: "another reporter asked", "one journalist asked"
_QUESTIONERS = frozenset("reporter reporters journalist journalists questioner interviewer correspondent".split())


def _continuation(art: _Article, prev: Quote, qs: int, qe: int, *, after: Quote | None = None) -> Quote | None:
    """`"X," she said. "Y."`: Y goes on from X, with X's speaker, and with X's cue too when only
    that attribution stands between them (a new paragraph's quote has no cue of its own). `after`:
    the question to `prev`'s speaker that stands between them, which Y answers."""
    text = art.text
    if after is not None:
        return None if _new_speaker_between(art, after, qs) or not _sentence_start(text, qs) \
            or text[after.end:qs].count("\n") > MAX_CONTINUATION_NEWLINES \
            else _record(art, qs, qe, "direct", None, None, speaker=(prev.speaker, prev.speaker_text,
                                                                      prev.speaker_start, prev.speaker_end))
    gap = text[prev.end:qs]
    joined = _joined_to_attribution(prev, gap)
    if gap.count("\n") > MAX_CONTINUATION_NEWLINES or not (_sentence_start(text, qs) or joined) \
            or _new_speaker_between(art, prev, qs):
        return None
    split = joined or ("\n" not in gap and prev.cue_start is not None
             and (prev.end <= prev.cue_start < qs and _only_attribution(art, prev.end, qs) or not gap.strip()))
    if not split and (_other_subject(art, prev, qs) or _named_after(art, prev, qe)):
        return None
    speaker = (prev.speaker, prev.speaker_text, prev.speaker_start, prev.speaker_end)
    cue = (prev.cue_start, prev.cue_end) if split else None
    return _record(art, qs, qe, "direct", None, cue, speaker=speaker)


def _other_subject(art: _Article, prev: Quote, qs: int) -> bool:
    """Someone else named as a subject between two quotes: the second is no longer the first
    speaker's ('"...," Pence said. On "Face the Nation," Sen. Ann Hale identified ... "The
    younger people are ..."'). Not the subject of a clause an "although" or "because" opens in
    a sentence whose subject is the speaker ('Although Vykhod marches, Sozayev described it as
    ...' is still about him; 'His assurances came after Sir Digby Jones said ...' is not)."""
    for t in _tokens_between(art.doc, prev.end, qs):
        if t.dep_ in ("nsubj", "nsubjpass") and art.quote_at(t.idx) is None and not (
                prev.speaker_start is not None and prev.speaker_start <= t.idx < prev.speaker_end):
            entity = art.named_noun(t)   # also a name in apposition: "the chief executive, Ann Marsh,"
            if entity is not None and entity.label in PERSON_LABELS | ORG_LABELS and entity.entity != prev.speaker \
                    and not (_adverbial_subject(t) and _speaker_subject(art, art.sentence(t.i), prev.speaker)):
                return True
    return False


def _adverbial_subject(subject) -> bool:
    """The subject of an adverbial clause with a conjunction of its own ("although", "because")."""
    return subject.head.dep_ == "advcl" and _subordinate(subject.head)


def _speaker_subject(art: _Article, sentence, speaker: str | None) -> bool:
    """Is the speaker named as a subject in this sentence?"""
    return speaker is not None and any(
        t.dep_ in ("nsubj", "nsubjpass") and getattr(art.named_noun(t), "entity", None) == speaker for t in sentence)


def _new_speaker_between(art: _Article, prev: Quote, qs: int) -> bool:
    """Does someone new and unnamed speak between two quotes, outside the first one's own
    speaker ('said a Fox spokesman. "However, ..."' goes on with the spokesman)?"""
    own = (prev.speaker_start, prev.speaker_end) if prev.speaker_start is not None else (-1, -1)
    return any(_new_unnamed_speaker(t) and art.named_noun(t) is None and art.quote_at(t.idx) is None
               and not own[0] <= t.idx < own[1] for t in _tokens_between(art.doc, prev.end, qs))


def _new_unnamed_speaker(noun) -> bool:
    """An indefinite person-like noun that speaks brings in someone new: after 'Mr Lakhani says.
    One leading Karachi broker said the reasons may be political. "If you file ..."' the quote
    is no longer Lakhani's; nor after "Rates will stay on hold, analysts said." (a plural with no
    "the" or owner: "analysts", "some economists")."""
    if noun.dep_ != "nsubj" or not _is_cue(noun.head) or _speaking_thing(noun) or noun.lemma_.lower() in BODY_NOUNS:
        return False
    if noun.tag_ == "NNS":
        return not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)
    return noun.tag_ == "NN" and any(
        c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in noun.children)


_DEFINITE = frozenset("the these those this that".split())


def _named_after(art: _Article, prev: Quote, qe: int) -> bool:
    """The quote's own sentence goes on to name another person ('"The voters are keener than the
    members," is the verdict of Ann Lee, a councillor'): it is someone else's, or no continuation."""
    k = next((art.token_at[c] for c in range(qe, qe + 4) if c in art.token_at), None)
    if k is None or _closes_a_sentence(art.text[max(0, qe - _TAIL):qe]):
        return False   # a quote closing its sentence: what follows is another sentence
    end = art.sentence(k).end
    return any((e := art.entity_of.get(j)) is not None and e.label in PERSON_LABELS and e.entity != prev.speaker
               and art.quote_at(art.doc[j].idx) is None for j in range(k, end))


# '"I love Larry," he said, but "he has a history ..."': the quote goes on after its attribution.
_JOINED = re.compile(r"[^.!?;:\n\"“”]{1,80},\s*(?:but|and)\s*$")


def _joined_to_attribution(prev: Quote, gap: str) -> bool:
    """Only the previous quote's attribution and ", but" / ", and" stand between two quotes."""
    return prev.cue_start is not None and prev.end <= prev.cue_start and _JOINED.fullmatch(gap) is not None


def _only_attribution(art: _Article, start: int, end: int) -> bool:
    """The text between two quotes is one sentence, the first quote's attribution, however long:
    '"These are strange days," said Ann Lee, a lawyer who has fought the mine owners in court for
    years. "I doubt he can pull it off."' gives both quotes one cue (one attribution)."""
    gap = art.text[start:end]
    if len(gap.split()) <= MAX_ATTRIBUTION_WORDS:
        return True
    words = [t for t in _tokens_between(art.doc, start, end) if not t.is_punct and not t.is_space]
    return bool(words) and art.sentence(words[0].i).end > words[-1].i


def _drop_continuations_in_reported(records: list[Quote], continued: list[Quote]) -> list[Quote]:
    """A quote taken as a continuation yields to a reported clause of its own holding it."""
    reported = sorted((r.start, r.end) for r in records if r.type != "direct")
    drop = {id(c) for c in continued if _inside_any(c.start, c.end, reported)}
    return [r for r in records if id(r) not in drop]


# ---------------------------------------------------------------- reported speech

# A "sentence" of more than 400 tokens is no prose but a list, a table or text whose full stops
# were lost; reading every speech verb of one across its whole length took minutes on 90 KB of
# such text (each verb's clause spans the run), and found nothing a reader would call a quote.
# News sentences stay below it: the longest of 2,225 BBC and 84 PolNeAR articles has 287 tokens.
LONGEST_SENTENCE = 400

def _reported_speech(art: _Article, covered, used_cues: set[int]) -> list[Quote]:
    """Cue verbs with the clause they report, and "according to X", outside quote marks and
    outside the direct quotes already found (`covered`)."""
    records = []
    for token in art.doc:
        if art.quote_at(token.idx) is not None or art.sentence_length(token.i) > LONGEST_SENTENCE:
            continue
        found = _quoted_as_saying_clause(art, token, used_cues) if token.lower_ == "quoted" else None
        if found is None:
            found = _reported_by_verb(art, token) if _is_cue(token) and token.i not in used_cues \
                else _reported_by_word(art, token)
        if found is None:
            continue
        (s, e), speaker_token, cue_range = found
        if len(art.text[s:e].split()) < MIN_REPORTED_WORDS or _mostly_covered(s, e, covered) \
                or _quotes_only_works(art, s, e):
            continue
        for ps, pe in _around_attribution(art, token, s, e):
            kind = "mixed" if _holds_quote(art, ps, pe) else "indirect"
            if token.lower_ in WORDING_NOUNS and art.quote_at(ps) == (ps, pe):
                kind = "direct"   # 'used the phrase “Islamic terrorism”': the words verbatim
            records.append(_record(art, ps, pe, kind, speaker_token, cue_range))
    return records


# How far "quoted" may stand before its "as saying": "quoted the club's finance director, Smita Kulkarni, as".
QUOTED_AS_REACH = 14
_BE_BEFORE_QUOTED = frozenset("is was were are been being".split())


def _quoted_as_saying_clause(art: _Article, quoted, used_cues: set[int]):
    """(content span, speaker head, cue span) for "The Economic Times quoted finance director Smita
    Kulkarni as saying margins would stay above 21%" and "Mr Achebe was quoted by the Evening
    Standard as saying he had ...", read from the words (the parser makes "quoted" an adjective
    of the one quoted): the one quoted speaks, the paper only reports (issue 15, item 3). The
    "saying" is then used up: it gives no second row without a speaker."""
    doc = quoted.doc
    sent_end = quoted.sent.end
    k = next((t.i for t in doc[quoted.i + 1:min(sent_end, quoted.i + QUOTED_AS_REACH)] if t.lower_ == "as"), None)
    if k is None or k + 2 >= sent_end or doc[k + 1].lower_ != "saying" or quoted.i < 2:
        return None
    passive = doc[quoted.i - 1].lower_ in _BE_BEFORE_QUOTED
    # the parser's object of "quoted" when it found one ("quoted an unnamed executive at Euronext as
    # saying": the executive), else the word before "as"
    speaker = doc[quoted.i - 2] if passive else _quoted_as(quoted) \
        or (doc[k - 2] if doc[k - 1].text == "," else doc[k - 1])
    if speaker.pos_ not in ("PROPN", "NOUN") or speaker.i == quoted.i:
        return None
    first, last = k + 2, sent_end - 1
    while last > first and doc[last].is_punct and art.quote_at(doc[last].idx) is None:
        last -= 1
    span = _trim(doc, first, last, art, quoted.idx)
    if span is None or not any(t.pos_ in ("VERB", "AUX") for t in doc[first:last + 1]):
        return None   # '"...," Tass quoted Mr Petrov as saying via his lawyers': the words are the quote's
    used_cues.add(k + 1)
    return span, speaker, _cue_span(doc[k + 1])


def _reported_by_word(art: _Article, token):
    """Reports with no cue verb, told apart by the word itself (read once: this runs on every
    token): "according to X", "X admires Y as a “strong leader”", "X's claim that ..."."""
    lower = token.lower_
    if lower == "according":
        return _reported_by_source(art, token)
    if lower == "as":
        return _characterised(art, token)
    if lower in _SPEECH_NOUN_FORMS:
        return _reported_by_noun(art, token)
    if lower in WORDING_NOUNS:
        return _wording_used(art, token)
    if lower in FINDING_FORMS:
        return _finding(art, token)
    return None


# A ruling or a finding is a statement when it quotes its words: "The court ruled that the ban
# was “plainly unconstitutional”"; unquoted, "found that" is as often a discovery ("Police found
# that the door was open") as a report, and is left out.
FINDING_FORMS = frozenset("rule rules ruled ruling find finds found finding".split())


def _finding(art: _Article, verb):
    """(content span, speaker head, cue span) for "X ruled / found that ...“quoted”..."."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("rule", "find") \
            or not any(c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children if m.dep_ == "mark")
                       for c in verb.children):
        return None
    found = _reported_by_verb(art, verb)
    if found is None or found[1] is None or not _holds_quote(art, *found[0]):
        return None
    return found


# Nouns naming words as words: "has used the phrase “Islamic terrorism”", "coined the term ...".
WORDING_NOUNS = frozenset("phrase phrases term terms word words expression slogan".split())
# Verbs that say a wording is the subject's own: its "use" of the words quoted after the noun.
WORDING_VERBS = frozenset("use coin invoke utter repeat adopt employ".split())


def _wording_used(art: _Article, noun):
    """(quote span, user, cue span) for "X used the phrase “...”": the quoted words right after
    the noun are X's, with the verb to the noun as the cue ("used the phrase")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in WORDING_VERBS or verb.pos_ != "VERB":
        return None
    subject = _subject(verb)
    if subject is None:
        return None
    after = noun.idx + len(noun.text)
    opening = after + len(art.text[after:after + 3]) - len(art.text[after:after + 3].lstrip())
    quote = art.quote_at(opening)
    if quote is None or quote[0] != opening:
        return None
    return quote, subject, (verb.idx, after)


def _around_attribution(art: _Article, verb, start: int, end: int) -> list[tuple[int, int]]:
    """The content split around its own attribution when that stands inside it: "The museum,
    Mr. Obama said, would make visitors face hard truths" gives "The museum" and "would make
    visitors face hard truths", two parts of one attribution (one cue)."""
    if not verb.i or verb.dep_ not in ("parataxis", "ccomp"):
        return [(start, end)]
    first, last = _attribution(verb)
    doc = verb.doc
    a_start, a_end = doc[first].idx, doc[last].idx + len(doc[last].text)
    if not start < a_start < a_end < end:
        return [(start, end)]
    parts = []
    for ps, pe in ((start, a_start), (a_end, end)):
        while ps < pe and art.text[ps] in _EDGE:
            ps += 1
        while pe > ps and art.text[pe - 1] in _EDGE:
            pe -= 1
        if pe > ps:
            parts.append((ps, pe))
    return parts or [(start, end)]


def _reported_by_verb(art: _Article, verb):
    """(content span, speaker head, cue span) of a cue verb's clause or object, or None."""
    rng = _content(verb)
    if rng is None:
        return None
    span = _trim(art.doc, rng[0], rng[1], art, verb.idx)
    if span is None or rng[2] and not _holds_quote(art, *span):
        return None   # an object is content only when quoted: "called him “a con”", not "attacked X"
    quoted = _quoted_as_saying(verb)
    if quoted is not None and span[0] > verb.idx:
        # 'A news website quoted Mr. Lavrov as saying: "We will respond."': the website only
        # reports, and "saying" gives the words after it to Lavrov; "quoted" adds no row
        return None
    subject = quoted or _subject(verb)   # 'Games are "big", the paper quoted Mr Chernin as saying'
    if subject is not None and art.quote_at(subject.idx) is not None:
        subject = None   # '"... young people do not want that," Sanders said, going on to say ...'
    if subject is not None and span[0] < subject.idx < span[1] <= verb.idx:
        span = _before_own_speaker(art, span, subject)
    heard = _told_in_a_headline(art, verb)
    if heard is not None:
        subject, span = None, (heard.idx, span[1])
    return span, subject, _cue_span(verb)


def _told_in_a_headline(art: _Article, verb):
    """'Jury told driver was on phone': a headline drops "was" and "that the", so the subject of
    "told" is who heard it, no speaker, and the bare noun after it is the reported clause's subject
    (the parser's object of "told", the clause having no subject of its own); that noun, or None."""
    if verb.lemma_.lower() != "tell" or verb.tag_ not in ("VBD", "VBN") or verb.idx >= headline_end(art.text) \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    heard = next((c for c in verb.children if c.dep_ == "dobj" and c.i == verb.i + 1), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and heard is not None and c.i > heard.i), None)
    if clause is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None  # "Blair told Brown he would quit": Brown heard it
    return heard


def _before_own_speaker(art: _Article, span: tuple[int, int], name) -> tuple[int, int]:
    """A reported clause cut before the speaker the parser ran into it: "Congestion ... should ease
    by June, the head of the Nigerian Ports Authority, Adaeze Nwachukwu, told Reuters" is what she
    said up to "June"; the role before her name, set off by commas, goes with her, and so does a
    title run into a name ("..., the Greens' campaign chief Lord Haworth said")."""
    doc, k = name.doc, name.i
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    if k > 1 and doc[k - 1].text == ",":
        role = doc[k - 2]
        role = role.head.head if _role_of_a_body(role) else role
        k = role.left_edge.i if role.left_edge.i < k else k
    phrase_start = art.phrase(name)[0]
    end = min(doc[k].idx, phrase_start) if phrase_start > span[0] else doc[k].idx
    while end > span[0] and art.text[end - 1] in _EDGE:
        end -= 1
    return (span[0], end) if end > span[0] else span


def _characterised(art: _Article, token):
    """(content span, speaker head, cue span) for "X <verb> Y as “quoted words”": whatever the
    verb, the quoted label is the subject's ("Reid has attacked Trump as a “con artist”",
    "admires Putin as a “strong leader”"); only for a person or organisation subject. `token`
    is an "as" (see _reported_by_word)."""
    if token.dep_ != "prep":
        return None   # checked before token.head: building a Token for every word is the cost
    verb = token.head
    if verb.pos_ != "VERB" or _is_cue(verb):
        return None
    last = token.right_edge
    k = bisect.bisect_left(art.quote_starts, token.idx)   # a quote opens in the "as" phrase
    if k == len(art.quotes) or art.quotes[k][0] >= last.idx + len(last.text) or art.quote_at(token.idx):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not _person_or_org(art, subject):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < token.i), None) \
        or _attacked(art, verb, token)
    if obj is None:
        return None   # "she served as “acting chief”" labels no one
    span = _trim(art.doc, obj.left_edge.i, last.i, art, verb.idx)
    # the label's quote may close after the phrase's last word: 'as a “strong leader,”'
    return None if span is None or not _holds_quote(art, token.idx, span[1]) else (span, subject, _cue_span(verb))


def _person_or_org(art: _Article, token) -> bool:
    return token.lower_ in ("he", "she", "they") \
        or getattr(art.entity_of.get(token.i), "label", None) in ("PERSON", "ORG")


def _attacked(art: _Article, verb, as_token):
    """The person a prepositional verb aims at before "as": "has gone after Trump as a “leech”",
    "lashed out at Ms. Ruiz as “a liar”"; never a place or an occasion ("at the rally")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("after", "at", "against") and child.i < as_token.i:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and _person_or_org(art, pobj):
                return pobj
    return None


# Nouns of speech whose "that" clause is what was said: "Trump's claim that ...".
SPEECH_NOUNS = frozenset("""
claim assertion statement insistence warning promise pledge argument contention suggestion
accusation allegation emphasis declaration admission denial prediction remark announcement vow
""".split())
_SPEECH_NOUN_FORMS = SPEECH_NOUNS | {noun + "s" for noun in SPEECH_NOUNS}


def _reported_by_noun(art: _Article, noun):
    """(content span, owner, cue span) for a speech noun that a person or organisation owns, with
    its "that" clause: "Trump's claim that there have been “thousands of shootings”" (Trump),
    "his claim that ..." (the "his" resolved as a "he" is, or no name); not "the claim that ..."
    (no one's)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in PRONOUNS \
            and getattr(art.entity_of.get(owner.i), "label", None) not in ("PERSON", "ORG"):
        return None
    clause = next((c for c in noun.rights if c.dep_ in ("acl", "ccomp") and _that_mark(c) is not None), None)
    if clause is None:
        return None
    first = _clause_start(noun, clause)
    span = _trim(art.doc, first, _before_aside(art.doc, first, _clause_end(clause)), art, noun.idx)
    return None if span is None else (span, owner, (noun.idx, noun.idx + len(noun.text)))


def _reported_by_source(art: _Article, token):
    """(content span, source head, cue span) when `token` opens "according to X", or None."""
    found = _according(token, art)
    if found is None:
        return None
    cue_range, source, rng = found
    verb = next((t for t in art.doc[rng[0]:rng[1] + 1] if not t.is_punct), None)
    role = next((c for c in source.children if c.dep_ == "appos"), None)
    if role is not None and verb is not None and _is_cue(verb) and not any(c.dep_ == "nsubj" for c in verb.children):
        # "According to the Jakarta Post, the transport minister, Mr Budi Santoso, said ...": the
        # parser hung the speaker on the paper as an apposition; the paper only carries his words
        rng, source, cue_range = (verb.i + 1, rng[1]), role, _cue_span(verb)
    span = _trim(art.doc, rng[0], rng[1], art, token.idx)
    return None if span is None else (span, _owned_voice(_name_after_role(source)), cue_range)


# Capitalised line labels that are the paper's, not a speaker's: "CLARIFICATION: The first ...".
NOT_SPEAKER_LABELS = frozenset("""
correction corrections clarification update updated note editor related watch read video photos
advertisement source sources disclosure
""".split())
# Tried at line starts only (^ with MULTILINE), not at every character of the text.
_COLON_LINE = re.compile(r"^[ \t\"“]*([^\W\d][^:\n]{0,40}?)[ \t]*:[ \t]+(\S[^\n]*)", re.MULTILINE)


def _dateline(art: _Article, word: str, entity) -> bool:
    """A place in capitals before a colon opens a dateline, as Indian papers write it ("MUMBAI: The
    city's ..."), not a transcript's speaker: the article's place, by its mention or its name. The
    entity table reads a big city's "BENGALURU:" as the place (`entities.dateline_places`), whatever
    the headline's "Bengaluru startup" made of it."""
    if entity is not None:
        return entity.label in PLACE_LABELS
    return art.label_of.get(word.title()) in PLACE_LABELS


# An interviewer's question line ("Q: Is it getting worse?") and an answer's label ("A: Winters ...").
_QUESTION_LINE = re.compile(r"^[ \t]*(?:Q|Question)[ \t]*:[ \t]+\S", re.MULTILINE)
ANSWER_LABELS = ("A", "Answer")


def _interviewee(art: _Article) -> tuple[bool, str | None]:
    """Whether the article is laid out as questions and answers, and whom it asks: the one person
    it names before its first question ("We spoke to its chief executive, Ms Wambui Kariuki ...
    Q: ... A: We watch it every day" is hers), or of several the one its headline names ("Amara
    Okafor on closing her Brixton restaurant" beside "Oka", the restaurant the model took for a
    person); None when it names none there, or several and the headline not one of them."""
    first = _QUESTION_LINE.search(art.text)
    if first is None:
        return False, None
    named = {name for name, spans in art.spans_of.items()
             if art.label_of.get(name) == "PERSON" and spans and min(s for s, _ in spans) < first.start()}
    if len(named) > 1:
        headline = headline_end(art.text)
        named = {name for name in named if min(s for s, _ in art.spans_of[name]) < headline}
    return True, (named.pop() if len(named) == 1 else None)


def _colon_lines(art: _Article, covered) -> list[Quote]:
    """Transcript and headline lines: `PENCE: Well, look ...`, `Pat Caddell: Voters worry ...`; in
    a question-and-answer layout also `Dr Treloar: When I started ...` and `A: ...` (the one person
    the article asks, `_interviewee`)."""
    out = []
    text, doc = art.text, art.doc
    interview, asked = _interviewee(art)
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
        if entity is not None and ":" in entity.entity:
            entity = None   # a mention the small model ran over the colon ("WALLACE: Let")
        quoted = text[cs] in "\"“'‘"
        # Transcript labels (PENCE:) always; a name before a colon only with a quote after it,
        # since headlines ("Pence: Flowers Won't Be at Debate") paraphrase rather than quote.
        label = name.text.isupper() and name.text.isalpha() and len(name.text) > 1 \
            and name.text.lower() not in NOT_SPEAKER_LABELS and not _dateline(art, name.text, entity)
        answer = interview and name.text in ANSWER_LABELS
        answered = interview and entity is not None and entity.label == "PERSON" \
            and all(art.entity_of.get(t.i) is entity or t.lower_ in PERSONAL_TITLES for t in name)
        if not (label or answer or answered or quoted and entity is not None and entity.label in ("PERSON", "ORG")
                and art.entity_of.get(name[0].i) is entity):
            continue   # one name before the colon: 'Smith told the BBC: "..."' is a sentence, not a label
        if _mostly_covered(cs, ce, covered):
            continue
        kind = "direct" if quoted or label or answer or answered else "indirect"   # a transcript line is verbatim
        known = asked if answer else entity.entity if entity is not None else None
        out.append(Quote(start=cs, end=ce, quote=text[cs:ce], type=kind,
                         speaker=known if known is not None or answer else name.text,
                         speaker_text=name.text, speaker_start=ns, speaker_end=ne,
                         cue=":", cue_start=(colon := text.index(":", ne)), cue_end=colon + 1,
                         speaker_id=art.speaker_id(known) if known is not None else None,
                         speaker_gender=art.speaker_gender(known, None)))
    return out


def _drop_bare_holding(records: list[Quote], lines: list[Quote]) -> list[Quote]:
    """A transcript reopening its quote mark each paragraph ('"PENCE: Well, look ...' then
    '"WALLACE: But, Governor ...') pairs into one long quote of no one: its labelled lines win."""
    if not lines:
        return records
    return [r for r in records if not (r.type == "direct" and r.cue_start is None and r.speaker is None
                                       and any(r.start <= q.start < r.end for q in lines))]


# A paragraph that is only an attribution ending in a colon: "Limbaugh added:", "He said:".
_ATTRIBUTION_LINE = re.compile(r"^[^\S\n]*([^\n:]{1,80}):[^\S\n]*\n\s*\n?(?=[^\s\"“‘'«])([^\n]+)", re.MULTILINE)


def _block_quotes(art: _Article, covered, used_cues: set[int]) -> list[Quote]:
    """A block quote without quote marks: the paragraph after a line that is only "Limbaugh
    added:" is his words (a paragraph opening with a quote mark is a direct quote, found apart)."""
    out = []
    text, doc = art.text, art.doc
    for m in _ATTRIBUTION_LINE.finditer(text):
        line = doc.char_span(*m.span(1), alignment_mode="contract")
        cs, ce = m.span(2)
        ce = len(text[:ce].rstrip())
        if line is None or not len(line) or len(text[cs:ce].split()) < 4 or text[ce - 1] == ":" \
                or _mostly_covered(cs, ce, covered):
            continue
        verb = line[-1]
        if not _is_cue(verb) or verb.i in used_cues or len(line) > 12:
            continue
        out.append(_record(art, cs, ce, "direct", _subject(verb), _cue_span(verb)))
    return out


def _inside_any(start: int, end: int, spans) -> bool:
    """[start, end) lies inside one of the sorted spans (those starting at or before it)."""
    k = bisect.bisect_right(spans, (start, float("inf"))) - 1
    for j in range(k, max(-1, k - 8), -1):
        if spans[j][0] <= start and end <= spans[j][1]:
            return True
    return False


# A title in quote marks that the words after it call a work: 'sang "Ilu Wa Ti Baje", a popular
# protest song' (not 'singing "It's Our Time."', the band leader's words).
_WORK_AFTER_QUOTE = re.compile(r",\s+(?:a|an|the|his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,3}"
                               r"(?:song|hymn|anthem|ballad|poem|tune|chant|slogan|film|book|novel|play|album)\b")


def _quotes_only_works(art: _Article, start: int, end: int) -> bool:
    """Are all the quotes in the span titles (`_is_title`) the words after them call a work? Reads
    only the quotes the span holds (this runs for every reported clause)."""
    k = bisect.bisect_left(art.quote_starts, start)
    if k == len(art.quotes) or art.quotes[k][1] > end:
        return False
    while k < len(art.quotes) and art.quotes[k][1] <= end:
        qs, qe = art.quotes[k]
        if not (_is_title(art.text[qs:qe]) and _WORK_AFTER_QUOTE.match(art.text, qe)):
            return False
        k += 1
    return True


def _holds_quote(art: _Article, start: int, end: int) -> bool:
    k = bisect.bisect_left(art.quote_starts, start)
    return k < len(art.quotes) and art.quotes[k][1] <= end


def _paragraph_of_its_own(text: str, qs: int, qe: int) -> bool:
    """A quoted paragraph, however short, is speech ("“We have sold everything we can sell.”"
    under a farmer's reported words), not a scare quote or a title; but not a heading, which
    ends with no stop ("'She weighed so little'" above the quote it is pulled from)."""
    start, end = line_around(text, qs)
    return text[start:end].strip() == text[qs:qe] and text[qe - 2] in ".!?"


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
    """A record lying wholly inside another reported clause adds nothing: keep the outer one. Not
    a named speaker's own statement inside what "according to" a paper sources: "Mr Tomas Lind, a
    port official, said the quay would reopen, according to the Nordic Star" is the paper's report
    and Lind's words, two rows ("29% of the people it questioned said" stays the pollster's)."""
    out: list[Quote] = []
    for r in records:
        if out and out[-1].start <= r.start and r.end <= out[-1].end and r.type != "direct" \
                and not ((out[-1].cue or "").lower() == "according to" and r.speaker_id is not None):
            continue
        out.append(r)
    return out
