"""Word lists and label sets that more than one part of newsmine reads: one home for each.

A list used by one extractor only stays next to the rule that reads it; a list two modules
share lives here, so a word added for one is added for all.
"""
from __future__ import annotations

import calendar
import functools
import re

# ---------------------------------------------------------------- spaCy (OntoNotes) labels

# Numbers and dates belong to figures, never to the entities table.
NUMERIC_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Every label a named thing can carry: what `entities --label` accepts.
NAME_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT",
                         "WORK_OF_ART", "LAW", "LANGUAGE"})

# Terminal colours (Rich styles) and HTML colours (displaCy's palette), one entry per label.
LABEL_STYLES = {"PERSON": "cyan", "ORG": "magenta", "GPE": "green", "LOC": "green", "FAC": "green",
                "NORP": "yellow", "EVENT": "blue", "PRODUCT": "blue", "WORK_OF_ART": "blue",
                "LAW": "blue", "LANGUAGE": "blue"}
LABEL_HTML_COLOURS = {
    "PERSON": "#aa9cfc", "ORG": "#7aecec", "GPE": "#feca74", "LOC": "#ff9561", "NORP": "#c887fb",
    "FAC": "#9cc9cc", "EVENT": "#ffeb80", "PRODUCT": "#bfeeb7", "WORK_OF_ART": "#f0d0ff",
    "LAW": "#ff8197", "LANGUAGE": "#ff8197",
}

# Days and months by name ("Saturday", "May"): a date's words, never a title, a name or a place.
DAY_NAMES = frozenset(calendar.day_name)
MONTH_NAMES = frozenset(calendar.month_name[1:])
# The seasons: a time's words too ("fell by a third last summer"; "Winter Festival" is no town).
SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
# ... and the days named from today ("Yesterday Celtic won", "yesterday's statement").
RELATIVE_DAYS = frozenset({"yesterday", "today", "tonight", "tomorrow"})

# ---------------------------------------------------------------- people

# Words that may stand before a person's name ("President Putin", "Gen. Gerasimov").
HONORIFICS = frozenset("""
mr mr. mrs mrs. ms ms. miss madam dr dr. prof prof. sir dame lord lady rev rev. fr fr. st.
president vice prime minister chancellor treasurer premier governor gov gov. senator sen sen. rep rep.
secretary general gen gen. col col. capt capt. lt lt. sgt sgt. judge justice mayor king queen
prince princess pope sheikh ambassador commissioner chairman chairwoman spokesman spokeswoman
""".split())
# Abbreviated titles and the role a later mention spells out ("Sen. Schumer ... the senator",
# "Police Lt. Mark Dorsey ... the police lieutenant"). The tokenizer keeps each whole (see
# pipeline.py): it split "Lt." into "Lt" and ".", so the title read as "." and named no role.
TITLE_ABBREVIATIONS = {
    "gov.": "governor", "sen.": "senator", "rep.": "representative", "gen.": "general", "lt.": "lieutenant",
    "col.": "colonel", "capt.": "captain", "sgt.": "sergeant", "det.": "detective", "supt.": "superintendent",
    "insp.": "inspector", "adm.": "admiral", "atty.": "attorney", "prof.": "professor", "cmdr.": "commander",
    "maj.": "major", "cpl.": "corporal", "pres.": "president", "supt": "superintendent", "insp": "inspector",
    "const.": "constable", "cst.": "constable", "cpt.": "captain", "ofc.": "officer", "pvt.": "private"}
# Words after a surname that are no surname: "Tony Servance Jr." has the surname Servance, and
# "Walter M Phillips Jr" no surname "Jr" (lower case).
NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
# Lower-case particles inside a person's name: "Josh van der Flier", "Leonardo da Vinci", "Joaquin del
# Olmo", "Hassan al-Turabi", "Rhun ap Iorwerth"; the entity rules and the lineup reader share them.
NAME_PARTICLES = frozenset("al el de del della di da du van von der den ter ten la le bin ibn abu dos das ap".split())
# Irish surnames' own words, capitalised: "Siobhán Ní Bhriain", "Seán Mac Giolla", "Cathal Ó Murchú".
GAELIC_PARTICLES = frozenset("mac mc nic ní ó ua uí óg".split())   # "Seán Óg Curran": "the younger"
# A peer's style, which with the name after it is how the peer is known ("Baroness Scotland").
PEER_STYLES = frozenset("baroness baron viscount earl countess duke duchess marquess".split())
# Ranks and styles written before a name, in full, that no one is called: "Baroness Morgan",
# "Professor Reddy", "Detective Sergeant Imran Qureshi" (never a given name).
RANK_TITLES = PEER_STYLES | frozenset("""professor detective sergeant inspector constable superintendent
corporal major colonel captain lieutenant commander admiral bishop archbishop rabbi councillor alderman
cllr cllr. cr cr. hon hon. alhaji alhaja hajiya haji hajji shri shrimati smt smt. engr engr. barr barr.
advocate adv. barrister coach supervisor sister""".split())
# Abbreviated ranks that only a person's name follows, whatever the model called the span: "Cllr
# Lally" (ORG), "Supt Ellison", "Det Insp Ann Lee".
RANK_ABBREVIATIONS = frozenset("cllr cllr. cr cr. supt supt. insp insp. sgt sgt. det det. cpl cpl. pte pte.".split())
# Titles that only ever precede a person's name (unlike "General" in "General Motors").
PERSONAL_TITLES = frozenset("mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame rev rev. reverend fr fr. madam".split())
# Those and the titles of rank, which only a person's name follows and which name no office: "Lord"
# makes no longer name of "Lord Callaghan", and "Lord Falconer" is "the lord chancellor" all the same.
PERSON_ONLY_TITLES = PERSONAL_TITLES | frozenset("lord lady miss".split())
# Every title written right before a name, personal or of rank: "Cllr Lally", "Mr Reid".
TITLES_BEFORE_A_NAME = PERSONAL_TITLES | RANK_TITLES
# Titles of those known by one given name ("Prince Charles", "Pope Benedict", "Queen Rania").
REGNAL_TITLES = frozenset("king queen prince princess pope emperor empress".split())
# The public local news quotes, by what they are to the story: a he/she after "One resident asked
# how ..." is the resident's, as after "a spokesman said" (quotes); before a name, only a person's
# ("The shop's owner, Hope Kamau, said", ORG for the model: entities).
PUBLIC_SPEAKERS = frozenset("""
resident neighbour neighbor witness student parent voter worker teacher owner customer passenger
driver shopper supporter patient farmer villager protester survivor grower tenant homeowner commuter
motorist fisherman shopkeeper employee nurse
""".split())
# Beside the public's nouns, nouns for people a story names by their job or family: "nurse Dolores
# Peña said" (entities), "a baker from Harrogate" (places: Harrogate is her home, a place).
PERSON_NOUNS = frozenset("""
nurse guard pastor priest lawyer attorney doctor widow widower executive midwife paramedic surgeon chef pilot
pensioner veteran mum dad grandmother grandfather engineer baker butcher builder plumber electrician mechanic
carpenter hairdresser artist photographer musician singer businessman businesswoman entrepreneur volunteer
""".split())
# What children call their parents and grandparents: "Mum and Dad argue about everything" names
# no one a reader could look up, so it makes no entity row.
KIN_ADDRESS_WORDS = frozenset("mum mom mummy mommy dad daddy grandma grandpa granny grandad granddad".split())

# Letters after a name that say an office or honour, not a body: "Brian Monteith MSP", "Ann Lee QC".
# The letters of elected members, which may also stand before the name: "Fine Gael TD Paul Gilmartin".
MEMBER_LETTERS = frozenset("MP MSP MEP AM MLA TD MPP MHA MNA".split())
# BL: an Irish barrister; SAN: a Senior Advocate of Nigeria
POSTNOMINALS = MEMBER_LETTERS | frozenset("QC KC BL SAN OBE CBE MBE".split())

# ---------------------------------------------------------------- speech

# Speech cue verbs, by lemma: verbs of saying, reporting, asserting, asking and promising.
SPEECH_VERBS = frozenset("""
say tell add argue claim warn insist deny accuse urge stress concede vow recall allege joke
announce state declare explain note observe remark comment report write tweet post reply
respond answer ask suggest predict promise pledge assert maintain contend acknowledge admit
confirm reveal disclose emphasize emphasise reiterate repeat complain lament boast brag quip
shout scream yell whisper mutter exclaim proclaim describe charge criticize criticise blast
slam praise demand question wonder estimate tout hint signal indicate advise caution threaten
testify swear counter retort protest object dismiss point conclude inform notify
mention cite quote speak talk chant sing recount muse concur agree disagree dispute rebut
refute assure reassure guarantee forecast propose recommend order instruct plead beg implore
appeal challenge inquire posit speculate theorize grumble snap scoff sneer gush laud hail
applaud decry denounce condemn attack lash call underscore highlight specify clarify
elaborate reckon encourage liken stipulate affirm aver interject interrupt rail fume opine
label brand dub blame characterize characterise scold exhort reference compare bemoan lambaste
berate chide rebuke deride mock ridicule bash confide confess enthuse reason
""".split())
# Adjectives that report what one says when a "that" clause follows: "Crowley was adamant that the
# route would not move".
SPEECH_ADJECTIVES = frozenset({"adamant", "emphatic", "insistent"})
# The inflected forms of the commonest speech verbs, for text-level rules that run without a
# parse ("Tarlo explains", "says Tarlo" make Tarlo a person).
SPEECH_FORMS_AFTER_NAME = ("said", "says", "told", "explains", "explained", "added", "argues", "argued",
                           "insists", "insisted", "recalls", "recalled", "wrote", "writes")
SPEECH_FORMS_BEFORE_NAME = ("said", "says", "told", "explains", "explained", "added", "according to")

# ---------------------------------------------------------------- places

# Words after a name that make it a first-level or lower region ("Kursk region", "Orange County").
REGION_WORDS = frozenset({"region", "oblast", "province", "governorate", "krai", "kray", "county",
                          "district", "state", "territory", "prefecture", "parish", "republic"})
# Words after a name that say the name is a place of some kind ("the Kursk border").
PLACE_NOUNS_AFTER = REGION_WORDS | {"city", "town", "village", "valley", "river", "sea", "island",
                                    "border", "capital"}
# Nouns of a part of a town, after its name and the town's possessive: "Seattle's Ballard neighborhood".
QUARTER_NOUNS = frozenset({"neighborhood", "neighbourhood", "district", "suburb", "quarter", "area"})

# ---------------------------------------------------------------- words


@functools.cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words (imported late: spaCy is heavy)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


# A word: letters only (no digits, no underscore).
WORD = re.compile(r"[^\W\d_]+")

# ---------------------------------------------------------------- sports copy

# Wire-headline topic slugs of sports stories ("SOCCER - ABERDEEN BEAT HIBS", "Boxing-Bruno quits").
SPORT_SLUGS = ("soccer", "football", "american football", "nfl", "cricket", "tennis", "golf", "baseball",
               "basketball", "nba", "nhl", "ice hockey", "hockey", "rugby union", "rugby league", "rugby",
               "boxing", "squash", "athletics", "cycling", "motor racing", "motorcycling", "formula one",
               "horse racing", "swimming", "rowing", "sailing", "skiing", "badminton", "volleyball",
               "handball", "olympics")
# A sports desk's prose, without the wire's results rows: words only team sports use, and words
# sport shares with other desks (a manager, a season, a draw). "Aberdeen booked their place in
# the Scottish Cup quarter-finals ... Striker Scott Booth opened the scoring" is a report whose
# "Aberdeen" is the club. Measured by bench/sports_story.py on the BBC corpus's topic folders:
# 233 of its 511 sport stories (230 before rugby's own words), sports copy included (team sports; tennis and athletics name no
# town's club), 5 of 1,714 other stories (two football clubs' share deals, a football video game,
# a rugby analysis tool, an awards night), 2 of 706 LGL and TR-News articles (both football).
# Players' positions in team sports: "Striker Scott Booth", "the Aberdeen defender".
PLAYER_POSITIONS = ("striker", "midfielder", "defender", "goalkeeper", "winger", "full-back", "centre-back",
                    "centre-half", "fly-half", "scrum-half", "quarterback", "halfback", "half-back", "fullback",
                    "out-half", "prop",
                    "seamer", "spinner", "paceman", "all-rounder", "wicketkeeper")  # cricket's
SPORTS_TERMS = "|".join(PLAYER_POSITIONS) + r"""|half-time|full-time|stoppage time|injury time|equaliser|
hat-trick|penalty shoot-out|scored|goals|goalless|free-kick|touchdowns?|wickets?|innings|batsman|bowler|tries|
own goal|spot-kick|came from behind|\d+(?:st|nd|rd|th)[- ]minute|try-scorers?|line-outs?|uncapped|sin-bin|loosehead|tighthead|drop-goal|
\d+-point (?:win|victory|defeat|loss|lead)|(?:three-)?quarter[- ]time|linesm[ae]n|pitch invasion|
semi-finals?|quarter-finals?|relegation|relegated|fixtures?|kick-off|Premiership|Premier League|
Champions League|Uefa Cup|FA Cup|League Cup|Six Nations|Heineken Cup|World Cup""".replace("\n", "")
SPORTS_SHARED_TERMS = r"""caps|capped|squad|unbeaten|clean sheet|the bench|substitute|draw|drew|defeat|
victory|win over|coach|manager|boss|side|league|cup|club|match|matches|games?|season|players?|team|penalty|
levelled|scoring""".replace("\n", "")
# Verbs of a match result between two sides ("Aberdeen beat Hibs 3-1", "Celtic drew with Rangers").
RESULT_VERBS = ("beat", "beats", "defeated", "defeats", "routed", "thrashed", "edged", "crushed", "downed",
                "drew with", "drew", "lost to", "lose to", "held", "hammered", "overcame", "outclassed")

# ---------------------------------------------------------------- institutions

# Common nouns capitalised for an institution the article names elsewhere ("the Government wants"):
# alone they name no particular body, and neither CoNLL nor UNER annotates them.
GENERIC_INSTITUTIONS = frozenset({"government", "administration", "cabinet", "opposition"})
# Last words of firms named after a place or a people, which the model leaves out of the place's or
# nationality's span ("Swiss" + "Re", "British" + "Airways"); head words of organisations too.
FIRM_ENDINGS = ("Re", "Airways", "Airlines", "Telecom")
# Head words of organisation names: a "person" whose name holds one is an organisation
# ("Russian Network RT", "Pew Research Center", "Forrester Research" after "Forrester said").
ORG_HEAD_WORDS = frozenset("""network channel news radio television tv group bank party company corporation academy
corp inc ltd plc university college council agency ministry committee association foundation institute
center centre club league union federation commission authority service services research holdings
securities technologies systems labs consulting mining metals minerals motors foods breweries industries
pharmaceuticals textiles logistics petroleum cement insurance shipping
racing motorsport water railway railways""".split()) | {w.lower() for w in FIRM_ENDINGS}
# Words that end a firm's name: the name before one is the firm's wherever the article uses it
# bare ("Titan Operating was granted a permit ... Titan will use urban rigs" is no Titan of the
# map; "Paramount Pictures ... a franchise for Paramount" no Paramount, California), unless a cue
# calls it a place ("in Titan"); "British Petroleum" leaves "British" a demonym.
FIRM_WORDS = frozenset("""Operating Inc. Inc Corp. Corp Corporation LLC Ltd. Ltd Holdings Partners Energy
Resources Petroleum Industries Enterprises Exploration Drilling Pictures Studios Records Films Entertainment
Airlines Airways Airline Air Lines Motors Telecom Pharmaceuticals Technologies""".split())
# A firm's legal form: "Northline Terminals Inc." is "Northline" again, whatever words come between.
LEGAL_FORMS = frozenset("""Inc Inc. Ltd Ltd. Limited plc Plc PLC LLC LLP Corp Corp. AG SA S.A. SAS S.A.S. NV GmbH
Pty ASA Oy Oyj A/S SpA S.p.A. Srl S.r.l. S.L. BV B.V. N.V. Ltda Bhd Sdn Tbk Pvt Pvt. Pte KK K.K.""".split())
# Norway's ASA, Finland's Oy(j), Denmark's A/S, Italy's SpA, Spain's S.L., Malaysia's Sdn Bhd, Singapore's Pte,
# Japan's KK
# Words a firm or party drops when the article names it again: "Northgate Logistics Ltd ...
# Northgate said", "the Labour Party ... Labour", "Kestrel Energy plc ... Kestrel's chief".
# Public bodies keep theirs ("Manchester City Council" is not "Manchester City"), and these
# words, unlike FIRM_WORDS, leave a place its name: "Ulster Bank" does not stop "in Ulster".
BODY_NAME_ENDINGS = FIRM_WORDS | LEGAL_FORMS | frozenset("""Co Co. Company Group Party Bank
Minerals Mining Foods Pharma Insurance Capital Properties FC Freight Shipping Construction Developments Homes
Estates Engineering Steel Brewery Breweries Dairies Farms Retail Stores Software Systems Solutions Labs
Communications Investments""".split())
# Words for a role that end a body's name but are no part of it ("Fed Chair", "BBC Editor").
ROLE_WORDS = frozenset("""chair chairman chairwoman chief president secretary minister spokesman
spokeswoman spokesperson governor director editor ceo reporter correspondent""".split())
# Words of the compass, which open or close a region's name ("North Antrim") and no person's.
DIRECTIONS = frozenset("""north south east west northeast northwest southeast southwest northern southern
eastern western central upstate downstate""".split())
# Offices only a town has: "the mayor of Windhoek" names a town whatever the model called it.
TOWN_OFFICES = ("mayor", "mayoress")
# Words that end a newspaper's name: "the Tampa Tribune", "Lansing State Journal", "the Seattle Times"
# (no club of Seattle).
NEWSPAPER_WORDS = frozenset("""Times News Herald Journal Post Gazette Tribune Chronicle Star Register Sun Courier
Observer Press Daily Record Dispatch Enquirer Inquirer Bee""".split())
# Car and aircraft makes: the name after one is a model ("a red Dodge Durango", "the Toyota Hilux",
# "its Airbus A321neo jets"), no town.
VEHICLE_MAKES = frozenset("""Airbus Boeing Embraer
Acura Audi BMW Buick BYD Cadillac Chevrolet Chevy Chrysler Dodge Fiat Ford GMC Honda
Hyundai Infiniti Isuzu Jeep Kia Lexus Lincoln Mazda Mercedes Mercury Mitsubishi Nissan Oldsmobile Peugeot Plymouth
Pontiac Porsche Ram Renault Saturn Skoda Subaru Suzuki Tesla Toyota Volkswagen VW Volvo""".split())
# Prefixes of ships' names: "HMNZS Canterbury", "the MV Baltic Tern" are vessels, not places.
SHIP_PREFIXES = ("MV", "MS", "MT", "HMS", "RMS", "SS", "USS", "HMAS", "HMCS", "HMNZS", "FV", "RV")
# What runs or travels between two places: "between X and Y" after one names two places ("closed
# Highway 7 between Carleton Place and Smiths Falls", "sailings between Heysham and Douglas"), while
# "talks between Smith and Jones" names two people.
ROUTE_WORDS = frozenset("""road motorway highway route railway rail line train service flight sailing ferry
ferries bus buses coach crossing journey border tunnel bridge""".split())
# Last words of the names of buildings, grounds and ways ("Wembley Stadium", "Capitol Hill"): with
# "at", "on" or "in" before them they name a place, even when the model says organisation.
FACILITY_HEADS = frozenset("""stadium arena airport station street avenue road square park palace bridge
tower hill building centre center hall ground grounds circuit racecourse""".split())

# Marks that open a list's item at a line's start.
BULLETS = ("-", "*", "•", "–", "·", "▪")
