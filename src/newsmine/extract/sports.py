"""Sports copy: how a sports desk names teams and players, read by the text's own signals.

CoNLL and every sports desk call a team by its town ("Aberdeen 2 Dundee 1"): in sports copy a
name in a result pattern is a team (ORG, a national side its country), a name with its country in
brackets or in a lineup is a player (PERSON). Sports copy is recognised by its own signals, never
by the names: a sport's slug opening the text ("SOCCER - ..."), or two of result rows and lines,
standings rows, result sentences and lineups with a substitution (three or more scores count as
one). A place's name written as a club's ("Manchester United") is the club in any story.

One reading for every extractor: the entity table and the places table ask this module, so they
cannot disagree about whether an article is sports copy or whether a line is a lineup.
"""
from __future__ import annotations

import functools
import re

from . import gazetteer_entries, gazetteer_kind
from ..lexicon import (DAY_NAMES, MONTH_NAMES, NAME_PARTICLES, PLAYER_POSITIONS, RELATIVE_DAYS, RESULT_VERBS,
                       SPORT_SLUGS, SPORTS_SHARED_TERMS, SPORTS_TERMS, stop_words)
from ..wordnet import common_words

VENUE = "venue"  # the sports label of a place where a game is played ("BOSTON AT OAKLAND")


# A team's name has at most six words: unbounded, every capitalised word of a line in capitals
# started a name running to its end, and 100 KB of such text took minutes. A name starts after
# no word character and no period (the patterns' lookbehinds): inside "A.B.C.D...." every letter
# was a start, and 8 KB of it took seconds. A word keeps a final period only as an abbreviation
# ("St.", "F.C.", "U.S."): "at Pittodrie. Samuel scored" ends the ground at its sentence.
_WORD = r"[A-Z](?:[\w&’'-]|\.(?=[\w&’'-]))*(?:(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.)?"
_TEAM = rf"{_WORD}(?: (?:{_WORD}|['’]s|of)){{0,5}}(?<! of)"
_NUM = r"(?:-|\d+(?:[./]\d+)*|\.\d+|\d+ 1/2)"
_RESULT_ROW = re.compile(rf"^(?P<a>{_TEAM}) \d+ (?P<b>{_TEAM}) \d+\b", re.MULTILINE)      # "Grimsby 0 Portsmouth 1"
_STANDING_ROW = re.compile(rf"^(?P<a>{_TEAM})(?: {_NUM}){{3,}}[ \t]*$", re.MULTILINE)     # "Stoke 4 3 1 0 7 4 10"
_VERSUS = re.compile(rf"(?:(?<![\w.'’-])(?P<a>{_TEAM}) )?\b[vV](?:s\.?|\.)? (?P<b>{_TEAM})")  # "Hull v Bury", "May 20 v Durham"
_CAPS_AT = re.compile(r"^(?P<a>[A-Z][A-Z .]{1,40}?) AT (?P<b>[A-Z][A-Z .]{1,40}?)[ \t]*$", re.MULTILINE)  # "BOSTON AT OAKLAND"
# What follows a beaten side: a score ("3-1", "on Monday 1-0", ", 2-0"), "by a goal" or "on penalties"
_SCORE_FOLLOWS = r"(?=,?(?: on \w+day)? (?:\d+-\d+|by |on penalties)| ?[,.] ?\d+-\d+)"
# "Aberdeen beat Hibs 3-1", "Petrojet beat Ismaili on Monday 1-0", "lost to Hull by a goal"
_RESULT_VERB = re.compile(rf"(?<![\w.'’-])(?P<a>{_TEAM}) (?:{'|'.join(RESULT_VERBS)}) (?:the )?(?P<b>{_TEAM})"
                          + _SCORE_FOLLOWS)
# A score, not a date, a time or a fraction: "2-1", not "1996-08", "10:30-11", "1/2-3"
_SCORE = re.compile(r"(?<![\d.:/-])\d{1,2}-\d{1,2}(?![\d:/-])")
# A substitution in a lineup: the player who came on and the minute, in brackets
_SUBSTITUTION = re.compile(r"\([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2} \d{1,3}\)")
# A result line with the score between the sides: "Hereford 1-1 Doncaster"
_SCORELINE = re.compile(rf"^(?P<a>{_TEAM}) " + _SCORE.pattern + rf" (?P<b>{_TEAM})[ \t]*$", re.MULTILINE)
# Where a game was played, after its score: "beat Celtic 2-1 at Pittodrie", "a 3-0 win at Celtic Park",
# "a 2-1 win over Chelsea at the Emirates"
_GROUND = re.compile(_SCORE.pattern + rf" (?:(?:win|victory|defeat|draw|loss)(?: (?:over|against|with|to) {_TEAM})? )?"
                     rf"at (?P<the>the )?(?P<a>{_TEAM})")
_SLUG = re.compile(r"^\W*(?P<sport>" + "|".join(SPORT_SLUGS) + r")\b[^\n]{0,30}?\s?-", re.IGNORECASE)
# A player with his country: "Pete Sampras (U.S.) beat ...", "7. Irina Privalova ( Russia ) 11.27".
_PLAYER_COUNTRY = re.compile(r"(?<![\w.'’-])(?P<a>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}) ?\( ?(?P<c>[A-Z][\w. ]{1,25}?) ?\)")
# A player's name in a lineup: capitalised words, and a name's lower-case particles (the lexicon's
# one list), also first ("van der Walt", "Joaquin del Olmo").
_PARTICLES = "|".join(sorted(NAME_PARTICLES))
_LINEUP_NAME = rf"(?:(?:{_PARTICLES}) )*[A-Z][\w.’'-]*(?: (?:[A-Z][\w.’'-]*|{_PARTICLES})){{0,3}}"
_LINEUP_ITEM = re.compile(rf"^(?:\d+ ?- ?)?(?P<a>{_LINEUP_NAME})"
                          r"(?: ?\( ?(?:\d+ ?- ?)?(?P<b>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})?"
                          r"(?P<minute> \d{1,3}(?!\d)['’+\d]*)?[^)]*\))?$")
# A rugby replacement: "Everitt for Mapletoft (53)", the player who came on, the one he replaced
# and the minute.
_REPLACEMENT_ITEM = re.compile(rf"^(?P<a>{_LINEUP_NAME}) for (?P<b>{_LINEUP_NAME}) \((?P<minute>\d{{1,3}})\)$")
# A lineup line's header, the side or the bench, before " - " or a colon: "Scotland - Leighton, ...",
# "Aberdeen (4-4-2): Lewis; Logan, ...", "Substitutes not used: ...".
_LINEUP_HEADER = re.compile(r"[^,;:\n]{1,40}?(?: - |: ?)")  # matched at a segment's start
# Scorelines, standings rows or result sentences that make a text sports copy without a slug: two
# (one "Arsenal beat Chelsea 2-1" is a news story's aside; two results are a results report).
_MIN_SPORTS_SIGNALS = 2
# Lines after a lineup that name officials or the crowd, not players.
_OFFICIALS = re.compile(r"(?:Referee|Ref|Umpires?|Linesmen|Assistant referees?|Attendance|Att|Venue)\b", re.IGNORECASE)
# A bench's lineup is sports copy's too, though no substitute's minute is given: "Subs: Wright,
# Pistone, Weir, Plessis, Vaughan." (without it Vaughan, Stubbs and Ferdinand were towns).
_BENCH = re.compile(r"(?:Subs|Substitutes|Replacements)(?: not used)?: ?", re.IGNORECASE)
# A side's lineup by positions, groups parted by semicolons: "Leinster: Keenan; Lowe, Ringrose,
# Henshaw, Larmour; Byrne, Gibson-Park; ..." (rugby and football copy without substitutes)
_POSITIONS = re.compile(r"^[A-Z][\w .&'’-]{1,40}: [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?; [A-Z][^;\n]{1,80}; [A-Z]",
                        re.MULTILINE)
# Items of a lineup line: "Scotland - Leighton, McNamara, Boyd (Whyte 63), ..." has eleven; a list of
# four names is already no sentence.
_MIN_LINEUP_ITEMS = 4


@functools.lru_cache(maxsize=4)
def is_sports_copy(text: str) -> bool:
    """Sports copy by its own signals: a sport slug, or two of results/standings rows or sentences
    and lineups with a substitution ("Hyde (Pitman 105)")."""
    if _SLUG.match(text):
        return True
    signals = sum(len(p.findall(text)) for p in (_RESULT_ROW, _SCORELINE, _STANDING_ROW, _RESULT_VERB))
    if _SUBSTITUTION.search(text) or _BENCH.search(text) or _POSITIONS.search(text):  # lineups cost more
        signals += sum(1 for start, end, _ in lineups(text) if _SUBSTITUTION.search(text, start, end)
                       or _BENCH.match(text, start, end) or _POSITIONS.match(text, start, end))
    return signals + (len(_SCORE.findall(text)) >= 3) >= _MIN_SPORTS_SIGNALS


_SPORTS_TERM = re.compile(rf"\b(?:{SPORTS_TERMS})\b", re.IGNORECASE)
_SHARED_TERM = re.compile(rf"\b(?:{SPORTS_SHARED_TERMS})\b", re.IGNORECASE)
# Distinct sports words that make a sports story: three, shared ones counting half, of which two
# are sport's own.
MIN_SPORTS_STORY_WORDS = 3
MIN_SPORTS_OWN_WORDS = 2


@functools.lru_cache(maxsize=4)
def is_sports_story(text: str) -> bool:
    """Sports copy, or a sports desk's prose by its vocabulary (`lexicon.SPORTS_TERMS`): in both a
    town's name is its club unless the article puts something in it (`cued_as_place`)."""
    if is_sports_copy(text):
        return True
    own = {m.lower() for m in _SPORTS_TERM.findall(text)}
    if len(own) < MIN_SPORTS_OWN_WORDS:  # "tournament", "season" and "coach" make no sports story
        return False
    shared = {m.lower() for m in _SHARED_TERM.findall(text)}
    return len(own) + len(shared) / 2 >= MIN_SPORTS_STORY_WORDS


# Before a town's name that is the town, not its club: "in Milan", "at Leeds", "( Trinidad )", and
# where a side travels to play or its fans travel from ("Wales travel to Edinburgh to take on
# Scotland", "their last three visits to Paris", "the long trip south from Aberdeen to Hampden"; not
# "returned to Chelsea", "come to Arsenal", "a move from Aberdeen": a player's club).
_LOCATIVE_BEFORE = re.compile(r"(?:\b(?:in|at|near|outside|across|throughout|of|between|(?:travel(?:s|led|ling)?|trip|"
                              r"journey|visits?|head(?:s|ed|ing)?)(?:\s+(?:north|south|east|west|home|back))?"
                              r"\s+(?:to|from))\s+(?:the\s+)?|\(\s*)$",
                              re.IGNORECASE)
# After it: a venue heading its results ("Chesterfield : ..."), "-based", a bracket closing a
# player's country ("Ato Boldon ( Trinidad )"), or a longer name going on ("Cleveland Indians").
# The pronoun "I" starts no longer name: "the best Liverpool I have seen" is the side.
_NOT_CLUB_AFTER = re.compile(r"^(?:[ \t]*[:)]|-|[ \t]+(?!I\b)[A-Z])")  # on its line: a headline's last word goes on no name


# A town that could field a club a sports story names alone (Atalanta's Brazilian namesake has 3,200
# people, Forfar 14,000), not a village the name also fits ("Earth", a Texas village of 1,000).
MIN_CLUB_TOWN = 3_000


def clubs_town(name: str) -> bool:
    """Could a sports story's `name` be its town's club: a county, province or town of
    MIN_CLUB_TOWN people or more, by the gazetteer's best entry? Or the town's name with "City",
    "Town" or "County" after it ("Hull City", "Ipswich Town", "Derby County"), unless that names a
    city of its own (`own_city_name`: Kansas City, Salt Lake City)?"""
    *town, last = name.split()
    if town and last in CLUB_PLACE_WORDS and not own_city_name(name):
        return clubs_town(" ".join(town))
    found = gazetteer_entries(name.title() if name.isupper() else name)
    return bool(found) and (found[0].kind == "region" or found[0].kind == "city" and found[0].population >= MIN_CLUB_TOWN)


def town_and_nickname(name: str) -> bool:
    """"Montreal Canadiens", "Minnesota Lynx", "New York Knicks": North American clubs are a town's
    or a state's name (`clubs_town`) and a nickname, a plural or an English word, no town of its own
    ("Bucks" is only another name of Buckinghamshire)."""
    *town, last = name.split()
    return 1 <= len(town) <= 2 and clubs_town(" ".join(town)) and last[:1].isupper() \
        and (last.endswith("s") or last.lower() in common_words()) \
        and not (clubs_town(last) and gazetteer_entries(last)[0].name == last)


# Words that follow a town's name in an English club's: Hull City, Ipswich Town, Derby County.
CLUB_PLACE_WORDS = frozenset({"City", "Town", "County"})
# A town whose own name ends in one of them, of this size or more, is that town in sports copy
# too: Kansas City, Salt Lake City, Quezon City ("Bristol City", 40,000, is the club).
OWN_CITY_NAME_MIN = 100_000


def own_city_name(name: str) -> bool:
    found = gazetteer_entries(name)
    return bool(found) and found[0].kind == "city" and found[0].population >= OWN_CITY_NAME_MIN


def town_named_as_club(text: str, name: str, spans, dateline_starts) -> bool:
    """The club rule of sports stories, one for both tables: a town's `name` (`clubs_town`, not a
    nation) is its club when none of its mentions (`spans`, (start, end)) heads a dateline or is
    cued as a place ("in Milan", "at Leeds", "Wales travel to Edinburgh")."""
    return not is_nation(name) and clubs_town(name) and not any(
        s in dateline_starts or cued_as_place(text, s, e) for s, e in spans)


def placed_in(text: str, start: int) -> bool:
    """Does the article put something in the town named from `start` ("in Milan")? Not a result at
    a side's home: "a 3-2 win at Norwich", "a draw at Leeds" name the side played there."""
    before = text[max(0, start - 20):start]
    return bool(_LOCATIVE_BEFORE.search(before)) and not _RESULT_AT.search(before)


# A horse: what it is ("Kilbeggan Rose, a nine-year-old mare") or who rides or sires it, anywhere;
# in racing copy (`_RACING`) also its odds ("Havana, the 7-2 favourite", "Havana (7-2)", "the 5-1
# shot Havana") or its trainer ("Dakota, trained in Newmarket"). Elsewhere odds are a golfer's or a
# politician's ("McIlroy is the 7-1 favourite") and "trained in Glasgow" a doctor's.
_ODDS = r"\d{1,3}-\d{1,2}"
_HORSE_AFTER = re.compile(r",?\s+(?:(?:ridden|saddled|sired)\s+by\b"
                          r"|(?:the|a)\s+(?:[\w-]+\s+){0,3}(?:mare|gelding|filly|colt|stallion)\b)")
_ODDS_OR_TRAINER_AFTER = re.compile(rf",?\s+(?:(?:is\s+|was\s+)?(?:the|a)\s+(?:joint[- ])?{_ODDS}\s+(?:joint[- ])?"
                                    rf"(?:favourite|favorite|shot|outsider)\b|\({_ODDS}(?:\s*j?fa?v?)?\)"
                                    rf"|trained\s+(?:by|in)\b)")
_ODDS_BEFORE = re.compile(rf"\b{_ODDS}\s+(?:joint[- ])?(?:favourite|favorite|shot|outsider)\s+$")
_RACING = re.compile(r"\b(?:jockeys?|furlongs?|racecourse|gelding|filly|fillies|mare|colt|stallion|thoroughbreds?|"
                     r"Grand National|Melbourne Cup|Guineas)\b")   # not "Derby" (a town, a club) nor "Stakes"


def written_as_a_horse(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] a horse's (`_HORSE_AFTER`, and in racing copy `_ODDS_OR_TRAINER_AFTER`)?"""
    return bool(_HORSE_AFTER.match(text, end)) or _racing_copy(text) and bool(
        _ODDS_OR_TRAINER_AFTER.match(text, end) or _ODDS_BEFORE.search(text[max(0, start - 30):start]))


@functools.lru_cache(maxsize=4)
def _racing_copy(text: str) -> bool:
    return _RACING.search(text) is not None


# A result and "at" before the home side's name (not "a game at", "the final at": venues).
_RESULT_AT = re.compile(r"\b(?:win|victory|defeat|draw|loss) at\s+$", re.IGNORECASE)


def cued_as_place(text: str, start: int, end: int) -> bool:
    """Is the town named at text[start:end] a place there, or the start of a longer name?"""
    return placed_in(text, start) or bool(_NOT_CLUB_AFTER.match(text[end:end + 3])) or _in_a_region(text, end) \
        or bool(_HOME_AFTER.match(text, end)) or bool(_HOME_BEFORE.search(text[max(0, start - 24):start])) \
        or _state_after_its_town(text, start, end)


def _state_after_its_town(text: str, start: int, end: int) -> bool:
    """"a native of Dayton, Ohio": a region after a town and a comma is the town's, no club; not a
    name in a list of players ("Vickery, White, Borthwick")."""
    town = _TOWN_COMMA_BEFORE.search(text[max(0, start - 30):start])
    return town is not None and gazetteer_kind(text[start:end]) == "region" \
        and gazetteer_kind(town.group(1)) == "city" and not _LIST_AFTER.match(text, end)


_TOWN_COMMA_BEFORE = re.compile(r"\b([A-Z][\w.'’-]+),[ \t]+$")
_LIST_AFTER = re.compile(r",[ \t]+[A-Z][\w'’-]+,")
# A player's home town: "Sarnia native Brandon Biggers", "the 20-year-old from Brampton".
_HOME_AFTER = re.compile(r"(?:[ \t]+(?:native|natives|resident|residents)\b|-born\b)")
_HOME_BEFORE = re.compile(r"(?:-old[ \t]+from|\bnative of|\bborn in|\bgrew up in|\bhails from)[ \t]+$")


# "from Durban, Pietermaritzburg and Newcastle in KwaZulu-Natal": towns set in their region (each
# of a list of up to four names of one or two words)
_IN_A_REGION = re.compile(rf"(?:,[ \t]+{_WORD}(?:[ \t]{_WORD})?){{0,3}}(?:,?[ \t]+and[ \t]+{_WORD}(?:[ \t]{_WORD})?)?"
                          rf"[ \t]+in[ \t]+({_WORD}(?:[ \t]{_WORD}){{0,2}})")


def _in_a_region(text: str, end: int) -> bool:
    """A town followed by "in" and a first-level region's name is placed there; not a country or a
    continent ("Liverpool in Europe" is the club's campaign)."""
    m = _IN_A_REGION.match(text, end)
    return m is not None and gazetteer_kind(m.group(1)) == "region"


@functools.lru_cache(maxsize=4)
def team_and_player_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, label) of the teams and players that sports copy's own patterns name."""
    if not is_sports_copy(text):
        return ()
    found: dict[tuple[int, int], str] = {}
    for pattern in (_RESULT_ROW, _SCORELINE, _STANDING_ROW, _VERSUS, _CAPS_AT):
        for m in pattern.finditer(text):
            for side in ("a", "b"):
                if m.groupdict().get(side) and m.group(side).strip() not in ("AT", "V"):
                    # "BOSTON AT OAKLAND": the side after AT is where the game is played
                    venue = pattern is _CAPS_AT and side == "b"
                    found.setdefault(m.span(side), VENUE if venue else _side_label(m.group(side)))
    for m in _RESULT_VERB.finditer(text):  # "Aberdeen beat Hibs 3-1": only a place-named side is in doubt
        for side in ("a", "b"):
            if gazetteer_kind(m.group(side)):
                found.setdefault(m.span(side), _side_label(m.group(side)))
    for span in grounds(text):  # "beat Celtic 2-1 at Pittodrie": where it was played
        found.setdefault(span, "FAC")
    for m in _PLAYER_COUNTRY.finditer(text):
        if " " in m.group("a") and gazetteer_kind(m.group("c").strip()) and not gazetteer_kind(m.group("a")):
            found.setdefault(m.span("a"), "PERSON")
            if is_nation(m.group("c").strip()):
                found.setdefault(m.span("c"), "GPE")
    golf = (slug := _SLUG.match(text)) is not None and slug.group("sport").lower() == "golf"
    for m in _LEADERBOARD_ROW.finditer(text) if golf else ():  # "287 Ian Woosnam 70 76 71 70"
        found.setdefault(m.span("a"), "PERSON")
    for m in _MINUTE_MARKED.finditer(text):  # "Romania - Cosmin Contra (31st), Mihai Tararache (75th)"
        if _SCORERS_HEAD.search(text, max(0, m.start() - 300), m.start()):  # not "Arsenal (2nd), Leeds (4th)"
            found.setdefault(m.span("a"), "PERSON")
    for m in _GROUND_BEFORE_SCORES.finditer(text):  # "Hove : Sussex 363 ( ... )": where the match was played
        if gazetteer_kind(m.group("a")):
            found.setdefault(m.span("a"), VENUE)
    for span in _scorer_spans(text):  # before the cricket totals that ": Varga 40, Thompson 48" also fits
        found.setdefault(span, "PERSON")
    for span, label in _cricket_spans(text):
        found.setdefault(span, label)
    for s, e in (span for *_, players in lineups(text) for span in players):
        found.setdefault((s, e), "PERSON")
    for s, e in _lineup_sides(text):
        found.setdefault((s, e), _side_label(text[s:e]))
    spans = sorted((s, text[s:e].rstrip(), label) for (s, e), label in found.items())
    out: list[tuple[int, int, str]] = []
    for s, name, label in spans:  # the first, longest reading of overlapping spans wins
        if not out or s >= out[-1][1]:
            out.append((s, s + len(name), label))
    return tuple(out)


# A lineup's header that names its side: "Leinster: Keenan; Lowe, ..." (the model had a person)
_SIDE_HEADER = re.compile(rf"({_WORD}(?: {_WORD}){{0,3}})(?: - |: ?)")


def _lineup_sides(text: str):
    """(start, end) of the side a lineup's header names, not a bench's or an official's, nor a
    list's of common words ("Booked: Fowler, Sibierski", "Goals: Rooney 68")."""
    from ..pipeline import common_words

    for start, end, _ in lineups(text):
        header = _SIDE_HEADER.match(text, start, end)
        if header and not _BENCH.match(text, start, end) and not _OFFICIALS.match(text, start, end) \
                and not all(w.lower() in common_words() for w in header.group(1).split()):
            yield header.span(1)


# The side beaten, held or lost to, whoever won: "came from behind to beat Sunderland 2-1"
_BEATEN = re.compile(rf"(?<![\w'’-])(?:{'|'.join(RESULT_VERBS)}) (?:the )?(?P<b>{_TEAM})"
                     + _SCORE_FOLLOWS)


# The side a sentence opens with, that goes on "to beat" the other: "Denver rallied from 14 points
# down in the third quarter to beat Phoenix 112-104" (a town's club: `clubs_town`).
_OPENER_TO_BEAT = re.compile(rf"(?:^|(?<=[.!?] ))(?P<a>{_TEAM}) [a-z][^.!?\n]{{0,120}}? to "
                             rf"(?:{'|'.join(RESULT_VERBS)}) (?:the )?(?P<b>{_TEAM})"
                             + _SCORE_FOLLOWS, re.MULTILINE)


# Results a sentence gives with the score first: "Leinster maintained their start with a 31-14
# bonus-point win over Ulster", "Glasgow Warriors won 28-10 against Edinburgh", "Hearts and
# Hibernian shared the points", "Aberdeen, who beat Motherwell 2-0" (the model had Ulster and
# Leinster as people, Hibernian a nationality). Not the last set of a match in sets: "with a 7-5
# 6-4 victory over the British number one".
_WIN_OVER = re.compile(rf"(?:^|(?<=[.!?] ))(?P<a>{_TEAM}) [a-z][^.!?\n]{{0,120}}?(?<!\d )\b\d{{1,3}}-\d{{1,3}} "
                       rf"(?:[a-z-]+ )?(?:win|victory) (?:over|against) (?:the )?(?P<b>{_TEAM})", re.MULTILINE)
_WON_BY_SCORE = re.compile(rf"(?<![\w.'’-])(?P<a>{_TEAM}) (?:won|lost|drew) \d{{1,3}}-\d{{1,3}} "
                           rf"(?:against|at|to|with|over) (?:the )?(?P<b>{_TEAM})")
_SHARED_POINTS = re.compile(rf"(?<![\w.'’-])(?P<a>{_TEAM}) and (?:the )?(?P<b>{_TEAM}) "
                            r"(?:shared the (?:points|spoils)|drew \d{1,3}-\d{1,3}|played out an? \d{1,3}-\d{1,3})")
# A result line of its own, each side with its score: "Aberdeen 2 Hibernian 1", "Northern Mystics 58 Central Pulse 55"
_RESULT_LINE = re.compile(rf"^(?P<a>{_TEAM}) \d{{1,3}} (?P<b>{_TEAM}) \d{{1,3}}[ \t]*$", re.MULTILINE)
# ... and the score between the sides, as a live page's lines give it: "GOAL! Leeds 2-1 Sunderland (Ridsdale 84)"
_SCORE_LINE = re.compile(rf"^(?:[A-Z-]+[!:][ \t]*)?(?P<a>{_TEAM}) \d{{1,3}}[-–]\d{{1,3}} (?P<b>{_TEAM})",
                         re.MULTILINE)
_WHO_BEAT = re.compile(rf"(?<![\w.'’-])(?P<a>{_TEAM}), who (?:{'|'.join(RESULT_VERBS)}) (?:the )?(?P<b>{_TEAM})"
                       + _SCORE_FOLLOWS)


# Sets after the side: "beat Nadal 6-4 7-6 (7-4)" is tennis, where sides are players
_SETS_AFTER = re.compile(r",? \d+-\d+(?: \(\d+-\d+\))?,? \d+-\d+")


@functools.lru_cache(maxsize=4)
def result_sides(text: str) -> tuple[tuple[tuple[int, int] | None, tuple[int, int]], ...]:
    """The two sides of each result sentence between teams, in any story: "Arsenal beat Chelsea
    3-1", "The Boston Celtics beat the Miami Heat 112-104" (without the article), also with the
    score first (`_WIN_OVER` and its kin); the first None when the sentence names one side ("came
    from behind to beat Sunderland 2-1"). Not a match won in sets, which players play."""
    pairs = {}
    for m in _BEATEN.finditer(text):
        if not _SETS_AFTER.match(text, m.end("b")):
            pairs[m.span("b")] = None
    for pattern in (_RESULT_VERB, _WIN_OVER, _WON_BY_SCORE, _SHARED_POINTS, _WHO_BEAT, _RESULT_LINE, _SCORE_LINE):
        for m in pattern.finditer(text):
            if not _SETS_AFTER.match(text, m.end("b")):
                pairs[m.span("b")] = _without_lead_words(text, *m.span("a"))
    for m in _OPENER_TO_BEAT.finditer(text):
        a = _without_lead_words(text, *m.span("a"))
        if pairs.get(m.span("b")) is None and not _SETS_AFTER.match(text, m.end("b")) and clubs_town(text[a[0]:a[1]]):
            pairs[m.span("b")] = a
    return tuple((a, b) for b, a in sorted(pairs.items()) if a is None or a[0] < a[1])


def _without_lead_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A side's name without the capitalised words a sentence may open with before it: "The",
    "On Sunday", "Yesterday" (stop words, days, months, RELATIVE_DAYS)."""
    lead = _lead_words()
    for word in re.finditer(r"\S+", text[start:end]):
        if word.group().lower() not in lead:
            return start + word.start(), end
    return end, end


@functools.cache
def _lead_words() -> frozenset[str]:
    return stop_words() | {w.lower() for w in DAY_NAMES | MONTH_NAMES} | RELATIVE_DAYS


@functools.lru_cache(maxsize=4)
def grounds(text: str) -> frozenset[tuple[int, int]]:
    """Where a game was played, after its score: in sports copy ("beat Celtic 2-1 at Pittodrie", "a
    3-0 win at Celtic Park"), and in any story after a result sentence's ("Arsenal beat Chelsea 3-1
    at the Emirates"). "won 3-1 at Chelsea" names the home side, not a ground."""
    matches = list(_GROUND.finditer(text))
    if not matches:
        return frozenset()
    copy = is_sports_copy(text)
    scores = {b[1] for _, b in result_sides(text)}
    found = set()
    for m in matches:
        if not m.group("the") and gazetteer_kind(m.group("a")):
            continue  # "won 3-1 at Chelsea": the home side
        before = _SCORE_AFTER_SIDE.search(text, max(0, m.start() - 16), m.start())
        if copy or before and before.start() in scores:
            found.add(m.span("a"))
    return frozenset(found)


# What may stand between a result's side and its score: ", on Sunday"
_SCORE_AFTER_SIDE = re.compile(r",?(?: on \w+day)? ?$")


def is_ground(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] where a game was played (`grounds`: "at the Emirates")?"""
    return (start, end) in grounds(text)


# A cricket scorecard names players only: the batsman opening a line before how he was out
# ("S. Law c Tillekeratne b Dharmasena 13"), the fielder and bowler after "c", "st" and "b", and the
# bowler before his figures ("Gough 8-0-39-3").
_PLAYER = r"(?:de |van )?[A-Z](?:\.|[\w’'-]+)(?: ?[A-Z][\w.’'-]*){0,2}"
_BATSMAN = re.compile(rf"^(?P<a>{_PLAYER}) (?=(?:c|st|b|lbw|run out|not out|retired hurt|c and b) )", re.MULTILINE)
_DISMISSED_BY = re.compile(rf"(?<![\w.])(?:c|st|b|c and b) (?P<a>{_PLAYER})(?= (?:b |\d))")
_BOWLING = re.compile(rf"(?<![\w.’'-])(?P<a>{_PLAYER}) \d+(?:\.\d)?-\d+-\d+-\d+")


# A summary's figures in brackets after an innings total: each batsman with his runs, each bowler with
# his wickets and runs ("Sussex 363 (W. Athey 111, V. Drakes 52 not out; I. Austin 4-37)").
_FIGURES_BRACKET = re.compile(r"\d ?\(([^()\n]{4,400})\)")
_FIGURES_ITEM = re.compile(rf"\s*(?P<a>{_PLAYER}) \d+(?:-\d+)?(?: not out)?\s*")


# A results line opened by the ground's town and a colon, then a side and its total or result:
# "Hove : Sussex 363 (W. Athey 111)", "Leicester: Leicestershire beat Somerset by an innings".
_GROUND_BEFORE_SCORES = re.compile(rf"^(?P<a>{_TEAM}) ?: (?={_TEAM} (?:\d|beat |drew |lost ))", re.MULTILINE)


# A side's innings total, outside the brackets that hold its batsmen ("Glamorgan 259 and 207 (").
# After its ground ("Hove : ") or the total before it ("363 ( ... ) , ", "133-5 , ").
_INNINGS = re.compile(rf"(?:: |\) ?, |\d , |\d, )(?P<a>{_TEAM}) \d+(?:-\d+)?(?: and \d+(?:-\d+)?)?"
                      r"(?= ?\(| ?,(?!\d)| ?\.?$)", re.MULTILINE)


# A match report's scorers: a player and the minute of each goal, with "pen" or "og" after it,
# between commas ("Goals: Rooney 68, Dunne 75 og.", or the bare ": Varga 40, Thompson 48 pen, Petrov
# 60" a page left without its header). A cricket total is no minute: three-figure or with wickets.
_MINUTE = r"(?:1[01]\d|120|\d{1,2})(?:\+\d)?['’]?(?: (?:pen|og))?"
_SCORER = rf"{_LINEUP_NAME} {_MINUTE}(?:, {_MINUTE})*"
_SCORERS = re.compile(rf"(?:^|(?<=: ))(?:{_SCORER})(?:, (?:{_SCORER}))+\.?[ \t]*$", re.MULTILINE)


# Wire copy's scorers, each with the minute as an ordinal in brackets, after the side and a dash, a
# comma or at a line's start: "Scorers: Romania - Cosmin Contra (31st), Mihai Tararache (75th minute)".
_MINUTE_MARKED = re.compile(rf"(?:^|(?<=- )|(?<=, ))(?P<a>{_LINEUP_NAME}) ?\( ?\d{{1,3}}(?:st|nd|rd|th)\b",
                            re.MULTILINE)
# A golf leaderboard's row (under a golf slug): the total, then the player, with his country, his rounds
# or the next player after him ("62 Nolan Henke", "287 Ian Woosnam 70 76 71 70", "65 Billy Andrade, Duffy Waldorf").
_LEADERBOARD_ROW = re.compile(rf"^\d{{2,3}} (?P<a>{_LINEUP_NAME})(?= ?\(| \d{{2}}(?: |$)| ?,|[ \t]*$)", re.MULTILINE)
_SCORERS_HEAD = re.compile(r"\b(?:Scorers|Goalscorers|Goals|Scorer)\s*:", re.IGNORECASE)


def _scorer_spans(text: str):
    """(start, end) of each scorer's name on a line of scorers."""
    for m in _SCORERS.finditer(text):
        for item in re.finditer(rf"({_LINEUP_NAME}) {_MINUTE}", m.group()):
            yield m.start() + item.start(1), m.start() + item.end(1)


def _cricket_spans(text: str):
    """((start, end), label) of a cricket scorecard's players and of the sides with their totals."""
    for pattern in (_BATSMAN, _DISMISSED_BY, _BOWLING):
        for m in pattern.finditer(text):
            if not is_nation(m.group("a")):
                yield m.span("a"), "PERSON"
    for m in _FIGURES_BRACKET.finditer(text):
        yield from _bracketed_players(m.group(1), m.start(1))
    for m in _INNINGS.finditer(text):  # "Hove : Sussex 363 ( W. Athey 111 ) , Lancashire 197-8"
        line = text.rfind("\n", 0, m.start()) + 1
        if text.count("(", line, m.start()) <= text.count(")", line, m.start()):  # no batsman in brackets
            yield m.span("a"), _side_label(m.group("a"))


def _bracketed_players(figures: str, offset: int):
    """((start, end), "PERSON") of each player in a bracket of figures when every item of it is a
    name and figures: a bracket of prose ("(the best this season, 4-1 on the day)") names none, nor
    does a place's name ("(Leeds 2-1)")."""
    items = [(m, _FIGURES_ITEM.fullmatch(m.group())) for m in re.finditer(r"[^,;]+", figures)]
    if all(p is not None and not gazetteer_kind(p.group("a")) for _, p in items):
        for m, p in items:
            yield (offset + m.start() + p.start("a"), offset + m.start() + p.end("a")), "PERSON"


def _side_label(name: str) -> str:
    """A club is an organisation; a national side keeps its country's label, as wire copy and
    CoNLL write it ("Romania beat Lithuania 2-1": two countries, as in the places table)."""
    return "GPE" if is_nation(name) else "ORG"


@functools.lru_cache(maxsize=4096)
def is_nation(name: str) -> bool:
    """A sovereign country, or one of the home nations that field their own sides (England, Wales,
    Scotland, Northern Ireland: ISO 3166-2 subdivisions of the kind Country/Province of GB)."""
    name = name.title() if name.isupper() else name
    if gazetteer_kind(name) == "country":
        return True
    return name in _home_nations()


@functools.cache
def _home_nations() -> frozenset[str]:
    """England, Scotland, Wales, Northern Ireland, from pycountry's ISO 3166-2:GB."""
    try:
        import pycountry
        subs = pycountry.subdivisions.get(country_code="GB") or ()
    except Exception:  # optional evidence, like the gazetteer
        return frozenset()
    return frozenset(s.name.split(" [")[0] for s in subs if s.type in ("Country", "Province"))


@functools.lru_cache(maxsize=4)
def lineups(text: str) -> tuple[tuple[int, int, tuple[tuple[int, int], ...]], ...]:
    """(start, end, player spans) of each lineup: a side's header, then at least _MIN_LINEUP_ITEMS
    short names between commas or semicolons and no verb ("Aberdeen: Lewis; Logan, Taylor, Flood
    (Pawlett 75), ..."), and the bench a lineup's line goes on to ("... Brown (Green 102). Subs Not
    Used: Smith, Scott."). A name that is a major place is a player only as a substitute with his
    minute ("(Scotland 80)"): a list of countries is no lineup's players."""
    from ..gazetteer import is_major_place

    found, pos = [], 0
    for line in text.split("\n"):
        after_lineup = False
        for start, end in _segments(line, pos):
            header = _LINEUP_HEADER.match(text, start, end)
            if header and _OFFICIALS.match(text, start, end):
                after_lineup = False  # "Referee: R Styles (Hampshire)": his county, not a substitute
                continue
            at = header.end() if header else start
            names = _lineup_items(text, at, text[at:end].rstrip(" ."))
            if names is not None and (len(names) >= _MIN_LINEUP_ITEMS or after_lineup and header):
                players = tuple((s, e) for s, e, sub in names if sub or not is_major_place(text[s:e].lower()))
                found.append((start, end, players))
                after_lineup = True
            else:
                after_lineup = False
        pos += len(line) + 1
    return tuple(found)


# Where a line's sentences part: a period after a word or a bracket, then a capital ("Stansfield
# (Green 102). Subs Not Used: ..."), also past a quote's end ('... like that." Man City: James, Mills
# (Bradley Wright-Phillips 83), ...' opens a lineup inside the paragraph that ends the quote); not
# after an initial ("J. Smith").
_SEGMENT_END = re.compile(r"(?<=[a-z\d)])[.!?][\"”’]?\s+(?=[A-Z])")


def _segments(line: str, pos: int):
    """(start, end) in the text of each sentence of a line that starts at `pos`."""
    start = 0
    for m in _SEGMENT_END.finditer(line):
        yield pos + start, pos + m.start() + 1
        start = m.end()
    yield pos + start, pos + len(line)


# Between a lineup's items: a comma or semicolon outside brackets ("Japie Mulder (Joel Stransky, 48
# mins)" is one item), or the space between a bracket and the next shirt number, which wire copy
# writes without a comma ("(Joel Stransky, 48 mins) 12 - Danie van Schalkwyk").
_ITEM_BREAK = re.compile(r"[()]| ?[,;] ?|(?<=\)) (?=\d{1,2} ?- )")


def _split_items(body: str) -> list[str]:
    """The items and separators of a lineup's body, in turn (as `re.split` with a group gives them),
    reading brackets in one pass: a lookahead for the closing bracket would make a long line of
    commas quadratic."""
    parts, inside, start = [], False, 0
    for m in _ITEM_BREAK.finditer(body):
        if m.group() in "()":
            inside = m.group() == "("  # "Polster ((Sabitzer 68th), Herzog": a stray bracket opens nothing more
        elif not inside:
            parts += [body[start:m.start()], m.group()]
            start = m.end()
    return parts + [body[start:]]


def _lineup_items(text: str, at: int, body: str) -> list[tuple[int, int, bool]] | None:
    """(start, end, substitute with a minute) of each name of a lineup's body; None when any item
    is no name (a sentence)."""
    names = []
    for item in _split_items(body):
        if item.strip(" ,;"):
            m = _LINEUP_ITEM.match(item) or _REPLACEMENT_ITEM.match(item)
            if m is None:
                return None
            names.extend((at + m.start(g), at + m.end(g), bool(m.group("minute")) and (g == "b" or m.re is _REPLACEMENT_ITEM))
                         for g in ("a", "b") if m.group(g))
        at += len(item)
    return names


# A minute or a shirt number: a whole number of up to three digits ("(53)", "79 og"), not a player's
# statistic in a lineup-shaped list ("John Gant (0.5 WAR)").
_SHEET_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?!\w|[.,]\d)")


def match_sheet_numbers(text: str) -> list[tuple[int, int]]:
    """(start, end) of the minutes and shirt numbers of each lineup and line of scorers in a sports
    story ("Everitt for Mapletoft (53)", "Gerrard 79 og, Drogba 107"): not figures. Scorer lines
    only in a sports story: "Turnout: Leeds 61, York 70, Hull 88" has their shape."""
    lines = [(start, end) for start, end, _ in lineups(text)]
    scorers = [m.span() for m in _SCORERS.finditer(text)]
    if scorers and is_sports_story(text):  # the story's words are read only when there are such lines
        lines += scorers
    return [m.span() for start, end in lines for m in _SHEET_NUMBER.finditer(text, start, end)]


def in_lineup(text: str, pos: int) -> bool:
    """Does the character at `pos` lie on a lineup line?"""
    return any(start <= pos < end for start, end, _ in lineups(text))


# After a team's name: a score or goals ("Chelsea 2-0", "Aberdeen 2 Dundee 1", "(Scotland 63)"),
# or a result verb ("Arsenal beat"); before it: a result verb ("beat Chelsea", "drew with Hull").
_TEAM_AFTER = re.compile(r"^(?:\s?\d{1,3}(?![\d,.]\d)(?!\d)|\s(?:" + "|".join(RESULT_VERBS) + r")\b| AT [A-Z])")
_TEAM_BEFORE = re.compile(r"\b(?:" + "|".join(RESULT_VERBS) + r"|against|vs?\.?|(?:win|victory|defeat) (?:over|by|to)"
                          r"|\d-\d{1,2} (?:with|against|at home to|away to|to))(?: the)? $")


def in_team_position(text: str, start: int, end: int) -> bool:
    """Does the name at text[start:end] stand where sports copy puts a team: next to a score or a
    result verb?"""
    return bool(_TEAM_AFTER.match(text[end:end + 16]) or _TEAM_BEFORE.search(text[max(0, start - 24):start]))


# Words that end a club's name and never a place's: "Manchester United", "Doncaster Rovers",
# "West Bromwich Albion", "Tottenham Hotspur".
CLUB_SUFFIXES = frozenset("United Rovers Wanderers Athletic Albion Hotspur Argyle Rangers Harriers Academical "
                          "FC AFC".split())
# ... and that open one: "Real Madrid", "Atletico Madrid", "Dynamo Kyiv", "Sporting Lisbon", "Inter Milan".
CLUB_PREFIXES = frozenset("""Real Atletico Atlético Dynamo Dinamo Sporting Inter Olympique Borussia Deportivo Deportes
Lokomotiv Spartak Hapoel Maccabi""".split())
# Letters before a club's name: "AFC Leopards", "FC Porto" (the name alone is the club too).
CLUB_LETTERS = frozenset("AFC FC CF SC AC AS SK FK CD SD RC".split())


# Players' and coaches' roles after a club's name, in any story: "Newcastle boss Graeme Souness",
# "Russell Anderson, the Aberdeen defender". Not "manager": "city manager" and "county manager"
# are posts of a town's government.
SPORTS_ROLES = frozenset(PLAYER_POSITIONS) | {"keeper", "skipper", "boss", "coach"} | {
    # American sports' positions make a club of the name before them, not a sports story of the text
    "linebacker", "cornerback", "running back", "wide receiver", "pitcher", "shortstop", "point guard",
    "goaltender", "defenseman", "defenceman"}
# Rugby's positions are common nouns too ("the Gloucester centre" may be a shopping centre, "the
# Derby wing" a hospital's), so they make a club only before the player's name: "Bath prop Duncan
# Bell", "Gloucester centre Henry Paul".
NAMED_PLAYER_POSITIONS = frozenset({"prop", "centre", "lock", "flanker", "hooker", "wing", "number eight",
                                    "captain"})  # "Durham captain Alex Pridmore"; not "a Navy captain"
# The role may follow the club's nickname: "Former Denver Broncos linebacker", "the Dallas Cowboys coach".
_SPORTS_ROLE_AFTER = re.compile(r"(?: [A-Z][a-z]+s)?(?:['’]s)? (?:head |assistant |former )?(?:(?:"
                                + "|".join(sorted(SPORTS_ROLES)) + r")\b(?!-)|(?:"
                                + "|".join(sorted(NAMED_PLAYER_POSITIONS)) + r") [A-Z][a-z]+ [A-Z])")


def before_a_sports_role(text: str, start: int, end: int) -> bool:
    """Does the name at text[start:end] head a player's or coach's role, as a club's name does?
    A nation's name stays its country ("the England coach": national sides are their countries),
    and a county or city named as such stays a place ("Dallas County boss")."""
    name = text[start:end]
    return bool(_SPORTS_ROLE_AFTER.match(text, end)) and not is_nation(name) \
        and name.split()[-1] not in ("County", "City", "Parish", "State")


_CLUB_SUFFIX_AFTER = re.compile(r" (?:" + "|".join(sorted(CLUB_SUFFIXES)) + r")\b(?![-'’]\w)")


def club_suffix_after(text: str, end: int) -> int:
    """The end of a club's name when a place's name at `end` goes on with a word only clubs end in:
    "side Newcastle United" (the model tags "Newcastle" alone); else `end`."""
    m = _CLUB_SUFFIX_AFTER.match(text, end)
    return m.end() if m else end


_CLUB_NAME_AFTER = re.compile(r"(?: [A-Z][a-z]+){0,2} (?:" + "|".join(sorted(CLUB_SUFFIXES | CLUB_PLACE_WORDS))
                              + r")\b(?![-'’]\w| [A-Z])")  # not "Leeds Town Hall"


def in_club_name(text: str, start: int, end: int) -> bool:
    """Is the town named at text[start:end] a club's name or its start, in a sports story: "Queens
    Park Rangers", "Bristol City midfielder", "the Sydney Swans" (not "Kansas City", a city of its
    own name, nor "in Orange County", a place the story puts something in)?"""
    m = _CLUB_NAME_AFTER.match(text, end)
    nick = None if m else _NICKNAME_AFTER.match(text, end)
    words = text[start:(m or nick).end() if m or nick else end].split()
    if len(words) < 2 or placed_in(text, start):
        return False
    if nick is not None:
        return town_and_nickname(" ".join(words))
    return words[-1] in CLUB_SUFFIXES or words[-1] in CLUB_PLACE_WORDS and not own_city_name(" ".join(words))


# A nickname: "Suns", "Nuggets", "Canadiens", "Swans" (a plural, written as a name).
NICKNAME = r"[A-Z][a-z]+s"
_NICKNAME_AFTER = re.compile(rf" {NICKNAME}\b(?![-'’]\w| [A-Z])")   # "Swans", not "Lions Club"


def club_name(name: str) -> bool:
    """Is `name` written as a club's ("Manchester United", "Real Madrid"), whatever the text around it?"""
    words = name.split()
    return len(words) >= 2 and (words[-1] in CLUB_SUFFIXES and words[0] != "United" or words[0] in CLUB_PREFIXES)
