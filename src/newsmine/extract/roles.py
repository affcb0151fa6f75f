"""Who a role stands for: "Prime Minister Tony Blair ... 'We will act,' the prime minister said"
is Blair's.

News names a person once with a title ("Gov. Andrew Cuomo", "Alan Milburn, the health
secretary,") and then by the title alone ("the governor said"). A role is linked only to the one
person the article itself gave that title before it, never guessed from what the reader knows:
"the prime minister" in a story that names "Tony Blair" without a title stays as written.
"""
from __future__ import annotations

from ..lexicon import DAY_NAMES, PERSON_ONLY_TITLES, SPEECH_VERBS, TITLE_ABBREVIATIONS

MAX_TITLE_WORDS = 5


def role_key(noun, entity_of) -> tuple[tuple[str, bool], ...]:
    """The words of a role phrase headed by `noun` ("the shadow health secretary" -> shadow,
    health, secretary), each with whether it names an affiliation (a word of a party's, a
    place's or a body's name: "Democratic" of "the Democratic senator")."""
    words = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod") and t.i > noun.i - MAX_TITLE_WORDS
             and t.text != "-"]   # "the ex-home secretary": the parser makes "ex" and "-" two modifiers
    return tuple(_word(t, entity_of) for t in words + [noun])


def _word(token, entity_of) -> tuple[str, bool]:
    word = token.lower_
    return ("former" if word == "ex" else TITLE_ABBREVIATIONS.get(word, word)), token.i in entity_of


# Offices named before "for" and their portfolio: "Minister for Housing", "Secretary for Justice".
_PORTFOLIO_HOLDERS = frozenset({"minister", "secretary", "commissioner", "spokesperson", "spokesman", "spokeswoman"})


def titles_before(span, entity_of) -> tuple[tuple[str, bool], ...] | None:
    """The title written before a name ("Prime Minister Tony Blair", "Texas Gov. Rick Perry",
    "shadow chancellor Oliver Letwin"): the nouns and adjectives right before it, the nearest of
    which the parser hangs on the name; None when there is none."""
    doc, words = span.doc, []
    i = span.start - 1
    while i >= 0 and len(words) < MAX_TITLE_WORDS:
        t = doc[i]
        if t.lower_ == "of" and words and words[-1].head.i == i and i > 0 and doc[i - 1].text[:1].isupper() \
                and doc[i - 1].pos_ in ("PROPN", "NOUN"):
            # "Former Secretary of State Elaine Marchetti": the title is "former secretary" (not "Bank of
            # England Governor Mervyn King", whose last word hangs on the name)
            words, i = [], i - 1
            continue
        if t.lower_ == "for" and words and i > 0 and doc[i - 1].lower_ in _PORTFOLIO_HOLDERS \
                and all(w.text[:1].isupper() for w in words):
            # "Minister for Housing Darragh Kinsella": the office is the minister's, its portfolio after
            return (_word(doc[i - 1], entity_of),)
        if t.pos_ not in ("PROPN", "NOUN", "ADJ") or not (t.is_alpha or t.text.endswith(".")) \
                or entity_of.get(i) is entity_of.get(span.start) or t.ent_type_ in ("DATE", "TIME") \
                or t.lower_.title() in DAY_NAMES:
            break   # "Later on Saturday Tom Vale spoke": a day is no title
        words.insert(0, t)
        i -= 1
    words = [t for t in words if t.lower_ not in PERSON_ONLY_TITLES]   # "Mr", "Dr", "Lord": no role
    if not words or not (words[-1].head.i in range(span.start, span.end) or words[-1].lower_ in TITLE_ABBREVIATIONS):
        return None
    # "ex-Conservative chancellor Ken Clarke": a former post, whatever the hyphen cut off
    former = (("former", False),) if i > 0 and doc[i].text == "-" and doc[i - 1].lower_ == "ex" else ()
    return former + tuple(_word(t, entity_of) for t in words)


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


# Verbs whose "as" phrase gives the post the subject held or took: "quit as home secretary",
# "was appointed as manager", "served as chancellor"; those of leaving make it a former post.
LEFT_POST_LEMMAS = frozenset({"quit", "resign", "step", "stand", "leave", "retire"})
TOOK_POST_LEMMAS = frozenset({"serve", "appoint", "name", "elect", "install", "confirm", "return", "continue"})


def post_title(span, entity_of) -> tuple[tuple[str, bool], ...] | None:
    """The post a name's verb says it holds or left: "Mr Blunkett quit as home secretary" titles him
    "former home secretary" (so "the ex-home secretary said" is his, "the home secretary" not)."""
    root = span.root
    verb = root.head
    lemma = verb.lemma_.lower()
    if root.dep_ not in ("nsubj", "nsubjpass") or lemma not in LEFT_POST_LEMMAS | TOOK_POST_LEMMAS:
        return None
    post = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                 for g in c.children if g.dep_ == "pobj" and g.tag_ == "NN" and g.i not in entity_of), None)
    if post is None:
        return None
    former = (("former", False),) if lemma in LEFT_POST_LEMMAS else ()
    return former + role_key(post, entity_of)


def fits_loosely(role: tuple, title: tuple, *, portfolio: bool = True) -> bool:
    """`fits`, or the role's affiliations describe a holder whose title has none: "Archbishop
    Desmond Tutu ... the South African archbishop" (a title with affiliations of its own must
    agree: "Republican Sen. X" is not "the Democratic senator")."""
    if fits(role, title, portfolio=portfolio):
        return True
    bare = tuple(word for word in role if not word[1])
    return bool(bare) and bare != role and not any(affiliation for _, affiliation in title) \
        and fits(bare, title, portfolio=portfolio)


# Words that make another post of the one they stand before: "the minister" is not the prime
# minister, "the coach" not the assistant coach.
RANK_MODIFIERS = frozenset("""prime deputy vice assistant associate junior senior chief first second acting
interim former ex ex- general lord under shadow co head principal executive managing lieutenant""".split())


def fits(role: tuple, title: tuple, *, portfolio: bool = True) -> bool:
    """Does a later role phrase name the holder of `title`? Its words must end the title, and
    the title's other words may only be affiliations or, unless the role names its own body
    (`portfolio` False: "the chairman of the CRE" is not "Labour party chairman X"), a portfolio:
    "the senator" is "Democratic Sen. X", "the minister" "Health Minister X" and "the manager"
    "Castlebrook manager X", but "the minister" is not "Prime Minister X" nor "the prime minister"
    "deputy prime minister X", and "the chancellor" not "ex-Conservative chancellor Ken Clarke"."""
    n = len(role)
    if n > len(title) or [w for w, _ in title[-n:]] != [w for w, _ in role]:
        return False
    return all(affiliation or portfolio and word not in RANK_MODIFIERS for word, affiliation in title[:-n])


# Roles that name a person's own standing, which news uses for the person it has just named
# ("Gordon Brown has ... The chancellor said"); not roles that speak for or work with someone
# else ("the spokesman", "the lawyer", "the manager", "the director" are other people).
OWN_ROLES = frozenset("""
chancellor minister secretary leader president premier chairman chairwoman governor mayor senator
congressman congresswoman singer star actor actress musician rapper comedian presenter author
novelist founder tycoon billionaire businessman businesswoman king queen prince princess duke
duchess pope archbishop candidate nominee
""".split())


def sentence_before(role, quoted=None):
    """The sentence before the role's, passing over sentences wholly inside one quote
    (`quoted(token)`: the quote span holding the token, or None): in 'Tony Blair is urging ...
    "America has spoken. The rest of the world should listen," the prime minister said' the
    sentence before the role's own is Blair's, not the quote's first. A sentence that only opens
    with a quoted phrase ('"to do whatever it likes" and it relied ...') is narrative."""
    doc = role.doc
    before = doc[role.sent.start - 1].sent
    while quoted is not None and before.start > 0 and _in_one_quote(before, quoted):
        before = doc[before.start - 1].sent
    return before


def _in_one_quote(sent, quoted) -> bool:
    """The whole sentence lies inside one quote (a sentence that only opens with a quoted phrase
    is narrative)."""
    words = [t for t in sent if not t.is_space]
    first = quoted(words[0]) if words else None
    return first is not None and first == quoted(words[-1])


def introduced_role(doc, entity_of, is_person, other_role=None, quoted=None) -> tuple[tuple, object, int] | None:
    """A title the story never writes before a name: news names a person, then calls them by role
    in the next sentence ("Gordon Brown has issued a rallying cry. The chancellor said ...").
    The story's first "the <role>" outside quote marks is that person's when it is the subject of
    the sentence after one naming the person (`sentence_before`: sentences wholly inside the
    role's own quote are skipped), and no other person is named before it ("Tony Blair
    attacked Gordon Brown. The chancellor said" stays unlinked), nor does the role have a name of
    its own ("The chancellor, Gordon Brown, said") or a partner ("The prime minister and his
    campaign boss said"). A person the article titles with another word (`other_role(entity,
    word)`) is no candidate: "Tony Blair has pledged never to attack Tory leader Michael Howard
    ... The prime minister told" is Blair's. Returns (title, entity, offset of the naming)."""
    role = _first_role(doc, quoted)
    if role is None or not _bare_role_subject(role, quoted) or role.sent.start == 0:
        return None
    named = {id(entity_of[i]): entity_of[i] for i in range(role.i) if i in entity_of and is_person(entity_of[i])
             and not (other_role is not None and other_role(entity_of[i], role.lower_))}
    if len(named) != 1:
        return None
    person = next(iter(named.values()))
    naming = next((t for t in sentence_before(role, quoted) if entity_of.get(t.i) is person), None) \
        or next((t for t in doc[_paragraph_before(role):role.sent.start] if entity_of.get(t.i) is person
                 and _topic(t) and not _quoted(t, quoted)), None)
    return (role_key(role, entity_of), person, naming.idx) if naming is not None else None


def _topic(token) -> bool:
    """A subject, or the owner of one: "Tony Blair's big speech will be looked back on as ..."."""
    return token.dep_ in ("nsubj", "nsubjpass") or token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass")


def _first_role(doc, quoted, *, lower_nnp: bool = False):
    """The story's first "the <role>" outside quote marks, a role of the person's own standing
    (OWN_ROLES); with `lower_nnp`, also one the tagger called a proper noun though written in lower
    case. None when there is none."""
    return next((t for t in doc if (t.tag_ == "NN" or lower_nnp and t.tag_ == "NNP" and t.text.islower())
                 and t.lower_ in OWN_ROLES and not _quoted(t, quoted)
                 and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)), None)


def _quoted(token, quoted) -> bool:
    """Is the token inside a quote (`quoted(token)`: the quote span holding it, or None)?"""
    return quoted is not None and quoted(token) is not None


def _paragraph_before(token) -> int:
    """Where the paragraph before the token's own starts: "Ms Hewitt also announced a new drive
    ... Women earn 19% less than men.\n\nThe minister told delegates" names her there."""
    breaks = [t.i for t in token.doc[:token.sent.start] if "\n" in t.text]
    return breaks[-2] + 1 if len(breaks) > 1 else 0


def lead_role(doc, entity_of, is_person, other_role=None, quoted=None) -> tuple[tuple, object, int] | None:
    """The lead's role that the body then names: news opens on a role alone and names its holder
    in the next sentence or two ("Violent games should carry larger warnings, the trade and
    industry secretary has said. Patricia Hewitt is expected to call ..."). The story's first
    "the <role>" outside quote marks is the first person named after its sentence when the role
    speaks (the subject of a speech verb) in the story's first sentence, which names no person,
    and that person, within two sentences, is a subject or the agent of "by" ("a statement by
    Jack McConnell") the article titles no other way (`other_role`). Returns (title, entity,
    offset of the naming)."""
    role = _first_role(doc, quoted, lower_nnp=True)   # "the lord chancellor": "chancellor" tagged NNP
    start = None if role is None else _lead_start(role)
    if start is None or role.dep_ != "nsubj" or role.head.lemma_.lower() not in SPEECH_VERBS \
            or any(i in entity_of and is_person(entity_of[i]) for i in range(start, role.sent.end)):
        return None
    after = [s for s in doc.sents if s.start >= role.sent.end][:2]
    naming = next((t for s in after for t in s if t.i in entity_of and is_person(entity_of[t.i])), None)
    if naming is None:
        return None
    person = entity_of[naming.i]
    end = next((t.i for t in doc[naming.i:] if entity_of.get(t.i) is not person), len(doc))
    name_root = doc[naming.i:end].root   # "Johnson" of "Alan Johnson said"
    if not (name_root.dep_ in ("nsubj", "nsubjpass") or name_root.dep_ == "pobj" and name_root.head.lower_ == "by") \
            or other_role is not None and other_role(person, role.lower_) \
            or any(c.dep_ == "poss" for c in name_root.children):
        return None   # "... said Labour's Ed Hart": a person named with a side of their own is someone new
    return role_key(role, entity_of), person, naming.idx


def _lead_start(token) -> int | None:
    """Where the story's first sentence starts when `token` is in it (after at most a headline,
    which the parser may run into it: "McConnell details Scots wave toll\n\nAt least three ...")."""
    doc = token.doc
    start = max((t.i + 1 for t in doc[:token.i] if "\n" in t.text), default=0)
    in_lead = token.sent.start <= start and sum("\n" in t.text for t in doc[:start]) <= 1
    return start if in_lead else None


def followed_roles(doc, entity_of, is_person, quoted=None) -> list[tuple[tuple, object, int]]:
    """Roles outside quote marks that name the speaker of the sentence before them (`sentence_before`:
    past sentences wholly inside the role's own quote): news names someone as the
    subject of a speech verb, then calls them by role in the next ("Simon Le Bon said the group would
    not change. '...,' the singer said"; "Vladimir Putin said ... the Russian president said").
    Only when that sentence names no other person, and the role has no name or partner of its
    own. Returns (title, entity, offset of the naming) for each; `_titled_people` drops any
    whose title the article gives someone else ("The home secretary said ... Home Secretary
    Charles Clarke told" is Clarke's, not the detainee named the sentence before)."""
    found = []
    for role in doc:
        if not _bare_role_subject(role, quoted) or role.sent.start == 0:
            continue
        before = sentence_before(role, quoted)
        named = {id(entity_of[t.i]): entity_of[t.i] for t in before if t.i in entity_of and is_person(entity_of[t.i])}
        if len(named) != 1:
            continue
        person = next(iter(named.values()))
        # the person speaks in that sentence: not 'Mr Bush was sworn in on Thursday. ... the prime
        # minister said' (an aside about someone else)
        subject = next((t for t in before if entity_of.get(t.i) is person and t.dep_ == "nsubj"
                        and t.head.lemma_.lower() in SPEECH_VERBS), None)
        if subject is not None:
            found.append((role_key(role, entity_of), person, subject.idx))
    return found


def spoken_roles(doc, entity_of, is_person, other_role=None, quoted=None) -> list[tuple[tuple, object, int]]:
    """A role that speaks ("the prime minister said") is the one person who spoke untitled before
    it (the subject of a speech verb outside quote marks whom the article titles no other way,
    `other_role`), when no other untitled person is named between that speech and the role:
    "Tony Blair has said people are right to be concerned ... The prime minister on Sunday said"
    is Blair's; "Home Secretary Charles Clarke", titled otherwise, is no candidate, and "Sir Alan
    said ... Mr Blunkett quit ... the ex-home secretary said" is nobody's. Returns (title, entity,
    offset of the naming) for each such role."""
    found, spoke, named = [], {}, []   # entity id -> (entity, offset of its latest speech); person mentions
    untitled = lambda e, word: not (other_role is not None and other_role(e, word))
    for t in doc:
        entity = entity_of.get(t.i)
        if entity is not None and is_person(entity) and not _quoted(t, quoted):
            named.append((entity, t.idx))
            if t.dep_ == "nsubj" and t.head.lemma_.lower() in SPEECH_VERBS:
                spoke[id(entity)] = (entity, t.idx)
        elif _speaking_role(t, quoted):
            candidates = [(e, at) for e, at in spoke.values() if untitled(e, t.lower_)]
            if len(candidates) == 1 and not any(e is not candidates[0][0] and at > candidates[0][1]
                                                and untitled(e, t.lower_) for e, at in named):
                found.append((role_key(t, entity_of), *candidates[0]))
    return found


def _speaking_role(token, quoted) -> bool:
    """A bare role (`_bare_role_subject`) as the subject of a speech verb: "the prime minister said"."""
    return _bare_role_subject(token, quoted) and token.head.lemma_.lower() in SPEECH_VERBS


def _bare_role_subject(token, quoted) -> bool:
    """ "the <role>" (OWN_ROLES) outside quote marks as a subject, with no name or partner of its own
    ("The chancellor, Gordon Brown, said"; "The prime minister and his campaign boss said")."""
    return token.tag_ == "NN" and token.lower_ in OWN_ROLES and token.dep_ == "nsubj" and not _quoted(token, quoted) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
        and not any(c.dep_ in ("appos", "conj") or c.ent_type_ == "PERSON" for c in token.children)
