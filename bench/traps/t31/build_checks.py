"""Builds checks.json for trap set t31 (newsmine `entities`). Run once, before freezing."""
import json, os, re, collections

HERE = os.path.dirname(os.path.abspath(__file__))
C = []

def add(art, fam, kind, why, **kw):
    C.append(dict(article="%03d.txt" % art, family=fam, kind=kind, why=why, **kw))

OP, LB, SP, JK, BD = "one_person", "label", "sports", "junk", "boundaries"

# 001 politics
add(1, OP, "same_entity", "Ms Okafor is Grace Okafor", a="Ms Okafor", b="Grace Okafor")
add(1, OP, "no_entity", "headline verb glued to a surname is no person", text="Okafor Vows", variants=["Vows", "Okafor Vows to Fight Port Levy Plan"])
add(1, BD, "entity_name", "office title is not part of the name", at="Transport Secretary Liam Ferris", entity="Liam Ferris", label="PERSON")
add(1, JK, "no_entity", "desk tag UPDATE is furniture", text="UPDATE", match="word")
# 002
add(2, OP, "same_entity", "Dr Lind is Helena Lind", a="Dr Lind", b="Helena Lind")
add(2, OP, "no_entity", "headline verb glued to a surname is no person", text="Lind Pledges", variants=["Pledges", "Pledges Review"])
add(2, BD, "entity_name", "role noun is not part of the name", at="Council leader Brian Ashdown", entity="Brian Ashdown", label="PERSON")
add(2, JK, "no_entity", "EDITOR'S NOTE is furniture", text="EDITOR'S NOTE", variants=["EDITOR", "EDITOR'S", "NOTE", "Editor's Note"])
# 003 business
add(3, LB, "entity_label", "invented haulier that 'said' is an organisation", entity_contains="Brackwater", label="ORG")
add(3, LB, "at_label", "nationality adjective is NORP", at="A [German] rival", label="NORP")
add(3, BD, "entity_name", "possessive dropped from the firm's name", at="[Brackwater's] chief executive", entity=["Brackwater Freight", "Brackwater"])
add(3, JK, "no_entity_in_span", "byline role words are no entity", span="Business Reporter")
# 004
add(4, LB, "at_label", "nationality adjective is NORP", at="a [French] farmers'", label="NORP")
add(4, LB, "entity_label", "invented cooperative that 'said' is an organisation", entity_contains="Laiterie Sainte-Claire", label="ORG")
add(4, BD, "entity_name", "possessive dropped from the firm's name", at="[Pellworth's] managing director", entity=["Pellworth Dairies", "Pellworth"])
add(4, JK, "no_entity_in_span", "share buttons are furniture", span="Share this story: Facebook | Twitter | Email")
# 005 football
add(5, SP, "not_label", "Harrogate is the club in a match report, not the town", entity_contains="Harrogate", label="GPE")
add(5, SP, "at_label", "side beaten in a result sentence is a team", at="beat [Selby] 2-1", label="ORG")
add(5, SP, "at_label", "lineup surname is a player", at="Fenwick, [Holroyd], Mbeki", label="PERSON")
add(5, OP, "same_entity", "lone surname Doyle is Kieran Doyle", a="[Doyle] limped", b="Kieran Doyle")
# 006
add(6, SP, "not_label", "Gateshead is the club in a match report, not the town", entity_contains="Gateshead", label="GPE")
add(6, SP, "at_label", "side in 'held 1-1 by X' is a team", at="held 1-1 by [Barrow]", label="ORG")
add(6, SP, "at_label", "lineup surname is a player", at="Stannard, [Lowther], Mensah", label="PERSON")
add(6, OP, "same_entity", "lone surname Quigley is Nathan Quigley", a="[Quigley] almost", b="Nathan Quigley")
# 007 courts
add(7, OP, "same_entity", "Mrs Hale is the wife, Kerry Hale", a="Mrs Hale", b="Kerry Hale")
add(7, OP, "distinct", "Mrs Hale is not her husband Tom Hale", a="Mrs Hale", b="Tom Hale")
add(7, LB, "at_label", "nationality adjective is NORP", at="[Irish] customs", label="NORP")
add(7, BD, "entity_name", "occupation and KC are not part of the name", at="Prosecutor Andrew Menzies KC", entity="Andrew Menzies")
# 008
add(8, OP, "same_entity", "Mr Pryor is the husband, Colin Pryor", a="Mr Pryor", b="Colin Pryor")
add(8, OP, "distinct", "Mr Pryor is not his sister-in-law Bethan Pryor", a="Mr Pryor", b="Bethan Pryor")
add(8, LB, "at_label", "town after 'in' is a place", at="neighbour in [Swansea]", label="GPE")
add(8, BD, "entity_name", "judge's title is not part of the name", at="Judge Owain Lloyd-Bevan", entity="Owain Lloyd-Bevan")
# 009 culture
add(9, LB, "at_label", "nationality adjective is NORP", at="a [Dutch] trawler", label="NORP")
add(9, JK, "no_entity", "REVIEW tag is furniture", text="REVIEW", match="word")
add(9, JK, "no_entity", "bracketed photo credit is furniture", text="Kit Armitage", variants=["Armitage", "Kit Armitage/Northern Stage"])
add(9, OP, "same_entity", "lone surname Brennan is Nadia Brennan", a="[Brennan], who grew up", b="Nadia Brennan")
# 010
add(10, LB, "entity_label", "album title is a work of art", entity_contains="Weather Houses", label="WORK_OF_ART")
add(10, JK, "no_entity", "byline role in capitals is furniture", text="CULTURE EDITOR", variants=["CULTURE", "EDITOR", "CULTURE EDITOR Rhiannon Vale"])
add(10, JK, "no_entity", "picture credit line is furniture", text="Duncan Lyle", variants=["Lyle", "Duncan Lyle/Herald"])
add(10, OP, "same_entity", "lone surname MacRae is Aonghas MacRae", a="[MacRae], who toured", b="Aonghas MacRae")
# 011 wire politics
add(11, LB, "at_label", "nationality adjective is NORP", at="[Moldovan] households", label="NORP")
add(11, LB, "at_label", "country is GPE", at="agreement with [Romania] on gas", label="GPE")
add(11, BD, "entity_name", "Prime Minister is not part of the name", at="Prime Minister Dorin Cazacu", entity="Dorin Cazacu")
add(11, JK, "no_entity", "wire sign-off words are no entity", text="Editing", variants=["Reporting", "Editing by Tom Hardcastle", "Reporting by Petra Vulpe"])
# 012
add(12, LB, "at_label", "nationality adjective is NORP", at="[Polish] officials", label="NORP")
add(12, LB, "at_label", "country in a list is GPE", at="Latvia, [Lithuania] and Estonia", label="GPE")
add(12, BD, "entity_name", "nationality and office are not part of the name", at="Latvian Defence Minister [Ilze Kalnina]", entity="Ilze Kalnina")
add(12, JK, "no_entity", "copyright line is furniture", text="Copyright", match="word", variants=["All rights reserved"])
# 013 rugby
add(13, SP, "not_label", "Bath is the rugby club, not the city", entity_contains="Bath", label="GPE")
add(13, SP, "at_label", "Gloucester opening a match report is the team", at="[Gloucester] survived", label="ORG")
add(13, SP, "at_label", "team-sheet surname is a player", at="Barnett, [Lowe], Marchant", label="PERSON")
add(13, JK, "no_entity", "image source/caption labels are furniture", text="Image source", variants=["Image", "Image caption", "Image source, Getty Images"])
# 014
add(14, SP, "not_label", "Sale is the rugby club, not the town", entity_contains="Sale", label="GPE")
add(14, SP, "at_label", "team-sheet name that is also a town is a player", at="Morley, [Kettering], Dale", label="PERSON")
add(14, SP, "at_label", "Leicester in a result sentence is the team", at="[Leicester] stayed top", label="ORG")
add(14, JK, "no_entity", "image copyright line is furniture", text="Image copyright", variants=["Image", "Image copyright Getty Images"])
# 015 business tech
add(15, LB, "entity_label", "video platform is an organisation", entity_contains="YouTube", label="ORG")
add(15, LB, "entity_label", "owner group is an organisation", entity_contains="Tanjong Media", label="ORG")
add(15, BD, "entity_name", "possessive dropped from the app's name", at="[Flikkr's] head of trust", entity="Flikkr")
add(15, OP, "same_entity", "Ms Raman is Priya Raman", a="Ms Raman", b="Priya Raman")
# 016
add(16, LB, "entity_label", "platform where a memo is posted is an organisation", entity_contains="LinkedIn", label="ORG")
add(16, LB, "entity_label", "venture firm is an organisation", entity_contains="Redcliff Partners", label="ORG")
add(16, BD, "entity_name", "possessive dropped from the firm's name", at="[Quillpay's] backers", entity="Quillpay")
add(16, OP, "same_entity", "lone double-barrelled surname is Hamish Dunbar-Ross", a="[Dunbar-Ross], who founded", b="Hamish Dunbar-Ross")
# 017 cricket
add(17, SP, "not_label", "Surrey is the county side, not the place", entity_contains="Surrey", label="GPE")
add(17, SP, "at_label", "Somerset needing wickets is the team", at="[Somerset] need five", label="ORG")
add(17, SP, "no_entity", "scores are no entities", text="Somerset 298", variants=["Surrey 321", "Somerset 298 & 412-8 dec", "Surrey 321 & 141-5", "412-8 dec", "298 & 412-8 dec"])
add(17, OP, "same_entity", "lone surname Penhaligon is Jack Penhaligon", a="[Penhaligon], 21", b="Jack Penhaligon")
# 018
add(18, SP, "not_label", "Lancashire is the county side, not the place", entity_contains="Lancashire", label="GPE")
add(18, SP, "at_label", "bowler in bowling figures is a player", at="[Garside] 18-2-66-1", label="PERSON")
add(18, SP, "at_label", "Yorkshire batting is the team", at="[Yorkshire], 203 for seven", label="ORG")
add(18, OP, "same_entity", "lone surname Rafiq is Ahmed Rafiq", a="[Rafiq] played", b="Ahmed Rafiq")
# 019 tennis
add(19, SP, "entity_label", "opponent beaten in sets is a player", entity_contains="Lindqvist", label="PERSON")
add(19, SP, "at_label", "player's country is GPE", at="Petrenko of [Ukraine]", label="GPE")
add(19, OP, "same_entity", "lone surname Varga is Reka Varga", a="[Varga], 24", b="Reka Varga")
add(19, BD, "entity_name", "possessive country before a player is the country alone", at="[Sweden's] Elin", entity="Sweden")
# 020
add(20, SP, "entity_label", "seed beaten in sets is a player", entity_contains="Ferrante", label="PERSON")
add(20, SP, "no_entity_in_span", "set scores are no entities", span="7-6 (7-4) 6-4")
add(20, OP, "same_entity", "possessive surname Okonjo's is Daniel Okonjo", a="[Okonjo's] coach", b="Daniel Okonjo")
add(20, BD, "entity_name", "nationality word is not part of the player's name", at="Australian [Jai Russo]", entity="Jai Russo")
# 021 motor racing
add(21, SP, "entity_label", "driver is a person", entity_contains="Penrose", label="PERSON")
add(21, SP, "entity_label", "racing team is an organisation", entity_contains="Vantara", label="ORG")
add(21, LB, "at_label", "Frenchman is a nationality", at="the [Frenchman] Hugo", label="NORP")
add(21, BD, "entity_name", "team and role are not part of the name", at="Brisa team principal [Annika Strand]", entity="Annika Strand")
# 022
add(22, SP, "entity_label", "driver is a person", entity_contains="Ekberg", label="PERSON")
add(22, SP, "entity_label", "racing team is an organisation", entity_contains="Orsini", label="ORG")
add(22, LB, "at_label", "Czech is a nationality", at="The [Czech] driver's", label="NORP")
add(22, BD, "entity_name", "possessive team before a driver is the team alone", at="[Halden's] Nils", entity=["Halden Racing", "Halden"])
# 023 courts
add(23, OP, "same_entity", "Mrs Marr is the mother, Sandra Marr", a="Mrs Marr", b="Sandra Marr")
add(23, OP, "same_entity", "lone Holroyd is Gary Holroyd despite the namesake company", a="[Holroyd] showed no emotion", b="Gary Holroyd")
add(23, LB, "entity_label", "company named after its owner is an organisation", entity_contains="Holroyd Building Services", label="ORG")
add(23, JK, "no_entity", "ENDS on the last line is furniture", text="ENDS")
# 024
add(24, OP, "same_entity", "Mrs Mirza is the wife, Nasreen Mirza", a="Mrs Mirza", b="Nasreen Mirza")
add(24, OP, "distinct", "Mrs Mirza is not her husband Rashid Mirza", a="Mrs Mirza", b="Rashid Mirza")
add(24, LB, "entity_label", "fire service is an organisation", entity_contains="Bedfordshire Fire and Rescue Service", label="ORG")
add(24, JK, "no_entity", "desk tag COURTS: is furniture", text="COURTS", variants=["COURTS:"])
# 025 politics
add(25, BD, "entity_name", "title and possessive are not part of the name", at="Mayor Sunita Kaur's", entity="Sunita Kaur")
add(25, BD, "entity_name", "role is not part of the name", at="Opposition leader Graham Pettifer", entity="Graham Pettifer")
add(25, OP, "same_entity", "lone surname Kaur is Sunita Kaur", a="[Kaur], who was elected", b="Sunita Kaur")
add(25, JK, "no_entity", "UPDATED on the last line is furniture", text="UPDATED", match="word")
# 026
add(26, BD, "entity_name", "office title is not part of the name", at="Roads Minister Carys Pembridge", entity="Carys Pembridge")
add(26, BD, "entity_name", "possessive dropped from the body's name", at="[Natural England's] advice", entity="Natural England")
add(26, OP, "same_entity", "lone surname Alsop is Duncan Alsop", a="[Alsop] said", b="Duncan Alsop")
add(26, JK, "no_entity", "@account is no name", text="fenmoornews", variants=["@fenmoornews"])
# 027 culture
add(27, JK, "no_entity_in_span", "Title-Case headline words are no entity", span="Rising Star")
add(27, JK, "no_entity_in_span", "Title-Case headline words are no entity", span="Wins Hearts With Quiet Debut")
add(27, LB, "entity_label", "album title set off by commas is a work of art", entity_contains="Lanterns in the Rain", label="WORK_OF_ART")
add(27, OP, "same_entity", "Ms Trelawny is Maisie Trelawny", a="Ms Trelawny", b="Maisie Trelawny")
# 028
add(28, JK, "no_entity_in_span", "ALL-CAPS headline words are no entity", span="WAR DRAMA STORMS BOX OFFICE")
add(28, JK, "no_entity_in_span", "ALL-CAPS headline words are no entity", span="AS SEQUEL FLOPS")
add(28, LB, "entity_label", "film title set off by commas is a work of art", entity_contains="Foyle Winter", label="WORK_OF_ART")
add(28, OP, "same_entity", "lone McAteer (before the sister appears) is Ciaran McAteer", a="[McAteer], who spent", b="Ciaran McAteer")
# 029 wire business
add(29, LB, "at_label", "nationality adjective is NORP", at="[Norwegian] container carrier", label="NORP")
add(29, LB, "at_label", "city where shares trade is GPE", at="early trade in [Oslo]", label="GPE")
add(29, BD, "entity_name", "job title is not part of the name", at="Chief Executive Ingrid Solheim", entity="Ingrid Solheim")
add(29, JK, "no_entity", "wire UPDATE slug is furniture", text="UPDATE", match="word")
# 030
add(30, LB, "at_label", "nationality adjective is NORP", at="[Peruvian] silver miner", label="NORP")
add(30, LB, "at_label", "city of listing is GPE", at="listed in [Toronto]", label="GPE")
add(30, BD, "entity_name", "possessive dropped from the miner's name", at="[Cordillera's] chief executive", entity=["Cordillera Plata", "Cordillera"])
add(30, JK, "no_entity", "wire CORRECTED slug is furniture", text="CORRECTED", match="word")
# 031 football
add(31, SP, "not_label", "Crewe is the club in a match report, not the town", entity_contains="Crewe", label="GPE")
add(31, SP, "at_label", "Wrexham easing past a side is the team", at="as [Wrexham] eased", label="ORG")
add(31, JK, "no_entity", "image caption label is furniture", text="Image caption", variants=["Image"])
add(31, JK, "no_entity", "hashtag is no name", text="bbcfootball", variants=["#bbcfootball"])
# 032
add(32, SP, "not_label", "Carlisle is the club in a match report, not the city", entity_contains="Carlisle", label="GPE")
add(32, SP, "at_label", "town before 'skipper' is the club", at="[Hartlepool] skipper", label="ORG")
add(32, JK, "no_entity", "bracketed photo credit is furniture", text="Lee Tranter", variants=["Tranter", "Action Images", "Action Images/Lee Tranter"])
add(32, JK, "no_entity_in_span", "share buttons are furniture", span="Share this with Email | Messenger | Facebook | Twitter")
# 033 politics family
add(33, OP, "same_entity", "Mrs Castleton is the wife, Joanne Castleton", a="Mrs Castleton", b="Joanne Castleton")
add(33, OP, "distinct", "Mr Castleton is not his wife Joanne Castleton", a="Mr Castleton", b="Joanne Castleton")
add(33, LB, "entity_label", "local newspaper is an organisation", entity_contains="Orrell Gazette", label="ORG")
add(33, BD, "entity_name", "role is not part of the name", at="Independent candidate Anita Shawcross", entity="Anita Shawcross")
# 034
add(34, OP, "same_entity", "Mrs Pennock is Linda Pennock", a="Mrs Pennock", b="Linda Pennock")
add(34, OP, "distinct", "Mr Pennock is not his wife Linda Pennock", a="Mr Pennock", b="Linda Pennock")
add(34, LB, "entity_label", "district council is an organisation", entity_contains="Dunmere District Council", label="ORG")
add(34, BD, "entity_name", "Councillor is not part of the name", at="Councillor Linda Pennock", entity="Linda Pennock")
# 035 business
add(35, BD, "entity_name", "plural possessive dropped from the chain's name", at="[Hollisters'] chief executive", entity="Hollisters")
add(35, BD, "entity_name", "kind-of-body noun is not part of the name", at="the private equity firm [Vantage Ridge Capital]", entity="Vantage Ridge Capital")
add(35, LB, "entity_label", "supermarket chain is an organisation", entity_contains="Hollisters", label="ORG")
add(35, JK, "no_entity_in_span", "'Related Topics' is furniture", span="Related Topics")
# 036
add(36, BD, "entity_name", "office title is not part of the name", at="Environment Secretary Rebecca Hanley", entity="Rebecca Hanley")
add(36, BD, "entity_name", "possessive dropped from the company's name", at="[Aldmoor's] chief executive", entity=["Aldmoor Water", "Aldmoor"])
add(36, LB, "at_label", "nationality adjective is NORP", at="the [Canadian] pension fund", label="NORP")
add(36, JK, "no_entity_in_span", "'Top Stories' is furniture", span="Top Stories")
# 037 courts
add(37, OP, "same_entity", "Dr Penhale (before his wife appears) is Marcus Penhale", a="[Dr Penhale] had prescribed", b="Dr Marcus Penhale")
add(37, OP, "distinct", "the wife is a second person", a="Dr Ellen Penhale", b="Dr Marcus Penhale")
add(37, BD, "entity_name", "role is not part of the name", at="Tribunal chair Fiona Ashcroft", entity="Fiona Ashcroft")
add(37, JK, "no_entity", "WARNING tag is furniture", text="WARNING", match="word")
# 038
add(38, OP, "same_entity", "Mrs Doherty is the mother, Bernadette Doherty", a="Mrs Doherty", b="Bernadette Doherty")
add(38, OP, "same_entity", "given name Kyle alone is Kyle Doherty", a="[Kyle] for nine", b="Kyle Doherty")
add(38, BD, "entity_name", "police rank is not part of the name", at="Detective Inspector Gareth Ploughman", entity="Gareth Ploughman")
add(38, JK, "no_entity_in_span", "byline role words are no entity", span="Crime Correspondent")
# 039 football
add(39, SP, "entity_label", "Rangers is a club", entity_contains="Rangers", label="ORG")
add(39, SP, "entity_label", "Celtic is a club, not a nationality", entity_contains="Celtic", label="ORG")
add(39, LB, "entity_label", "platform a video is posted on is an organisation", entity_contains="Instagram", label="ORG")
add(39, BD, "entity_name", "club and position are not part of the name", at="Celtic striker [Moussa Ndiaye]", entity="Moussa Ndiaye")
# 040 rugby
add(40, SP, "entity_label", "Exeter signing players is the club", entity_contains="Exeter", label="ORG")
add(40, SP, "entity_label", "French club Toulon is a club", entity_contains="Toulon", label="ORG")
add(40, LB, "at_label", "nationality adjective is NORP", at="[Fijian] wing Isikeli", label="NORP")
add(40, BD, "entity_name", "club and role are not part of the name", at="Exeter director of rugby [Neil Tamblyn]", entity="Neil Tamblyn")
# 041 culture
add(41, JK, "no_entity_in_span", "feature tag is furniture", span="THE BIG INTERVIEW")
add(41, JK, "no_entity", "photograph credit is furniture", text="Tomasz Wrona", variants=["Wrona", "Tomasz Wrona for Weekend"])
add(41, BD, "entity_name", "possessive dropped from the producer's name", at="[Bankole's] previous credits", entity="Ade Bankole")
add(41, OP, "same_entity", "lone Quell (before the brother appears) is Marisa Quell", a="[Quell], 44", b="Marisa Quell")
# 042
add(42, JK, "no_entity_in_span", "Title-Case headline words are no entity", span="Prize Longlist Springs Surprises")
add(42, JK, "no_entity_in_span", "byline role words are no entity", span="Literary Editor")
add(42, BD, "entity_name", "possessive before a book title belongs to no name", at="[Tunde Ashiru's] The Quiet Rooms", entity="Tunde Ashiru")
add(42, OP, "same_entity", "lone surname Ashiru is Tunde Ashiru", a="[Ashiru], 38", b="Tunde Ashiru")
# 043 wire foreign
add(43, LB, "at_label", "nationality adjective is NORP", at="A [Kenyan] court", label="NORP")
add(43, LB, "entity_label", "ethnic community is NORP", entity_contains="Ogiek", label="NORP")
add(43, BD, "entity_name", "judge's title is not part of the name", at="Justice Wanjiru Kamau", entity="Wanjiru Kamau")
add(43, JK, "no_entity", "copyright line is furniture", text="Copyright", match="word", variants=["All rights reserved"])
# 044
add(44, LB, "at_label", "country is GPE", at="northern [Chile]", label="GPE")
add(44, LB, "at_label", "nationality adjective is NORP", at="mine's [Australian] owner", label="NORP")
add(44, BD, "entity_name", "role is not part of the name", at="Union leader Patricio Fuenzalida", entity="Patricio Fuenzalida")
add(44, JK, "no_entity", "wire keyword line is furniture", text="Keywords", variants=["CHILE MINING", "MINING", "STRIKE", "MINING/STRIKE", "CHILE MINING/STRIKE"])
# 045 football lineups
add(45, SP, "at_label", "lineup name that is also a city is a player", at="Tosh, McAlpine, [Dallas]", label="PERSON")
add(45, SP, "at_label", "lineup name that is also a town is a player", at="(Strachan 81), [Irvine]", label="PERSON")
add(45, SP, "not_label", "Motherwell is the club, not the town", entity_contains="Motherwell", label="GPE")
add(45, BD, "entity_name", "possessive dropped from the scorer's name", at="[Brough's] header", entity="Kyle Brough")
# 046
add(46, SP, "at_label", "team-sheet name that is also a town is a player", at="Dunning, [Halifax], Crewe", label="PERSON")
add(46, SP, "at_label", "team-sheet name that is also a city is a player", at="Whitehead, [Preston], Amesbury", label="PERSON")
add(46, SP, "at_label", "winner in a result sentence is the team", at="[Northampton] beat Harlequins", label="ORG")
add(46, BD, "entity_name", "possessive dropped from the kicker's name", at="[Carver's] late conversion", entity="Toby Carver")
# 047 local/courts
add(47, OP, "same_entity", "Ms Tregarthen is the daughter, Kate Tregarthen", a="Ms Tregarthen", b="Kate Tregarthen")
add(47, OP, "distinct", "Ms Tregarthen is not her father Ernest Tregarthen", a="Ms Tregarthen", b="Ernest Tregarthen")
add(47, LB, "entity_label", "regulator is an organisation", entity_contains="Health and Safety Executive", label="ORG")
add(47, JK, "no_entity", "image credit line is furniture", text="Image", variants=["Image: Tregarthen family", "Tregarthen family"])
# 048
add(48, OP, "same_entity", "Mrs Pettigrew is the widow, Joan Pettigrew", a="Mrs Pettigrew", b="Joan Pettigrew")
add(48, OP, "same_entity", "Mr Pettigrew is the late husband, Harold Pettigrew", a="Mr Pettigrew", b="Harold Pettigrew")
add(48, LB, "entity_label", "rail operator is an organisation", entity_contains="Wessex Rail Infrastructure", label="ORG")
add(48, JK, "no_entity", "hashtag is no name", text="SaveMillLane", variants=["#SaveMillLane"])
# 049 business
add(49, LB, "entity_label", "investment group is an organisation", entity_contains="Vennema", label="ORG")
add(49, LB, "at_label", "nationality adjective is NORP", at="the [Dutch] investment group", label="NORP")
add(49, OP, "same_entity", "'Brannigan said' is Declan Brannigan", a="[Brannigan] said", b="Declan Brannigan")
add(49, BD, "entity_name", "job title is not part of the name", at="Finance director Sarah Holt", entity="Sarah Holt")
# 050
add(50, LB, "entity_label", "building society named after a town is an organisation", entity_contains="Marlow Building Society", label="ORG")
add(50, LB, "entity_label", "lone surname used as a person is PERSON", entity_contains="Rennick", label="PERSON")
add(50, OP, "same_entity", "lone surname Rennick is Fiona Rennick", a="[Rennick], 51", b="Fiona Rennick")
add(50, BD, "entity_name", "possessive dropped; the society, not the town", at="[Marlow's] members", entity=["Marlow Building Society", "Marlow"], label="ORG")
# 051 tennis wire
add(51, SP, "entity_label", "player beaten in sets is a person", entity_contains="Aguirre", label="PERSON")
add(51, SP, "entity_label", "wildcard player is a person", entity_contains="Visscher", label="PERSON")
add(51, JK, "no_entity", "sport slug is furniture", text="TENNIS", match="word")
add(51, LB, "at_label", "nationality before a player is NORP", at="[Argentine] Tomas", label="NORP")
# 052 motor racing
add(52, SP, "entity_label", "driver is a person", entity_contains="Ormerod", label="PERSON")
add(52, SP, "entity_label", "racing team is an organisation", entity_contains="Thistle Motorsport", label="ORG")
add(52, JK, "no_entity", "@account is no name", text="TouringCarDesk", variants=["@TouringCarDesk"])
add(52, LB, "at_label", "home town is GPE", at="from [Kirkcaldy]", label="GPE")
# 053 politics
add(53, BD, "entity_name", "First Minister is not part of the name", at="First Minister Rhodri Gethin", entity="Rhodri Gethin")
add(53, BD, "entity_name", "title and possessive are not part of the name", at="[Ms Pugh's] department", entity="Mererid Pugh")
add(53, OP, "same_entity", "Mr Gethin is Rhodri Gethin", a="Mr Gethin", b="Rhodri Gethin")
add(53, JK, "no_entity_in_span", "Title-Case headline words are no entity", span="Unveils Plan to Cut Waiting Lists")
# 054
add(54, BD, "entity_name", "Senator is not part of the name", at="Senator Marguerite Lafleur", entity="Marguerite Lafleur")
add(54, BD, "entity_name", "office title is not part of the name", at="Government House Leader [Sebastien Roy]", entity="Sebastien Roy")
add(54, OP, "same_entity", "lone surname Lafleur is Marguerite Lafleur", a="[Lafleur], who was appointed", b="Marguerite Lafleur")
add(54, JK, "no_entity_in_span", "ALL-CAPS headline words are no entity", span="SENATOR QUITS PANEL OVER EXPENSES ROW")
# 055 culture
add(55, JK, "no_entity", "LATEST tag is furniture", text="LATEST", match="word")
add(55, JK, "no_entity_in_span", "Title-Case headline words are no entity", span="Snaps Up Lost Sketchbook")
add(55, LB, "entity_label", "country is GPE", entity_contains="New Zealand", label="GPE")
add(55, OP, "same_entity", "possessive Crane's is the painter Josiah Crane", a="[Crane's] niece", b="Josiah Crane")
# 056
add(56, JK, "no_entity_in_span", "Title-Case headline words are no entity", span="Line-Up Revealed With Surprise Headliner")
add(56, JK, "no_entity", "picture credit line is furniture", text="Jamie Orr", variants=["Orr"])
add(56, LB, "entity_label", "band is an organisation", entity_contains="Velvet Tides", label="ORG")
add(56, OP, "same_entity", "lone surname Gault is Stevie Gault", a="[Gault], 55", b="Stevie Gault")
# 057 cricket
add(57, SP, "not_label", "Worcestershire is the county side, not the place", entity_contains="Worcestershire", label="GPE")
add(57, SP, "at_label", "town before 'captain' is the side", at="[Durham] captain", label="ORG")
add(57, BD, "entity_name", "side and role are not part of the name", at="Durham captain [Alex Pridmore]", entity="Alex Pridmore")
add(57, BD, "entity_name", "possessive dropped from the bowler's name", at="[Kearsley's] five-for", entity="Owen Kearsley")
# 058 rugby
add(58, SP, "not_label", "Connacht is the province's team, not the place", entity_contains="Connacht", label="GPE")
add(58, SP, "at_label", "Ulster coming from behind is the team", at="[Ulster] came from", label="ORG")
add(58, BD, "entity_name", "possessive dropped from the scorer's name", at="[McCord's] late try", entity="Ruairi McCord")
add(58, BD, "entity_name", "side and role are not part of the name", at="Ulster head coach [Dan Soper]", entity="Dan Soper")
# 059 wire courts
add(59, OP, "same_entity", "'Vogel said' is Harriet Vogel", a="[Vogel] said", b="Harriet Vogel")
add(59, LB, "entity_label", "retailer is an organisation", entity_contains="Hearthway", label="ORG")
add(59, JK, "no_entity", "wire EXCLUSIVE slug is furniture", text="EXCLUSIVE", match="word")
add(59, BD, "entity_name", "judge's title is not part of the name", at="Bankruptcy Judge [Harriet Vogel]", entity="Harriet Vogel")
# 060
add(60, OP, "same_entity", "'Stavrou told' (before the son appears) is Nikos Stavrou", a="[Stavrou] told the court", b="Nikos Stavrou")
add(60, LB, "at_label", "nationality adjective is NORP", at="A [Greek] court", label="NORP")
add(60, JK, "no_entity", "AP photo credit is furniture", text="Thanos Lekkas", variants=["Lekkas", "AP Photo"])
add(60, BD, "entity_name", "rank is not part of the name", at="Captain [Nikos Stavrou]", entity="Nikos Stavrou")

# ids and halves
out = []
for i, c in enumerate(C):
    n = int(c["article"][:3])
    half = "tune" if n % 2 else "blind"
    d = {"id": "t31-%03d-%d" % (n, sum(1 for x in C[:i] if x["article"] == c["article"]) + 1), "half": half}
    d.update(c)
    out.append(d)

# validation
assert len(out) == 240, len(out)
cnt = collections.Counter((c["family"], c["half"]) for c in out)
print(sorted(cnt.items()))
per_art = collections.Counter(c["article"] for c in out)
assert set(per_art.values()) == {4} and len(per_art) == 60, per_art
def strip(p):
    return p.replace("[", "").replace("]", "")
for c in out:
    text = open(os.path.join(HERE, "articles", c["article"]), encoding="utf-8").read()
    for key in ("at", "a", "b", "span"):
        if key in c:
            assert strip(c[key]) in text, (c["id"], key, c[key])
    if "entity_contains" in c:
        assert c["entity_contains"] in text, (c["id"], c["entity_contains"])
    if c["kind"] == "no_entity":
        assert c["text"] in text, (c["id"], c["text"])
json.dump(out, open(os.path.join(HERE, "checks.json"), "w"), indent=1)
print("wrote", len(out))
