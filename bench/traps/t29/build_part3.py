# Articles 041-060: not_a_quote, speaker_gender

A[41] = ("not_a_quote", "politics", """Chancellor’s “turbo” budget faces scrutiny

By Alison Kerridge, Political Correspondent

Chancellor Neil Sandford’s budget came under fire on Thursday from economists who questioned whether its growth forecasts were realistic.

Mr Sandford told the Commons his plans would deliver growth of 2% a year by the end of the parliament.

Figures published alongside the budget suggest borrowing will rise by £12bn next year before falling.

Former chief secretary to the Treasury Jack “Ledger” Mulroney, who held the post for three years, said the forecasts were “optimistic at best”.

The Office for Budget Oversight will publish its own assessment next week.
""", [
    NQ("\"turbo\"", "scare quotes in the headline are no quotation"),
    NEVER("Kerridge", "a byline is not a speaker"),
    NS("borrowing will rise", "Sandford", "'figures suggest' must not be credited to the chancellor quoted before"),
    NQ("Ledger", "a nickname in quotes inside a name is no quotation"),
])

A[42] = ("not_a_quote", "politics", """Campaign bus reaches Dunmore as polls tighten

The Liberal Democrat leader, Carys Bevan, ended her week-long bus tour in Dunmore on Saturday, promising voters a fairer deal on care costs.

‘Families are selling their homes to pay for care and it has to stop,’ she told supporters in the town square.

The party’s eight so-called ‘kitchen table’ pledges are printed on the side of the bus.

Polling data showed the party nine points behind Labour in the seat, which it last held in 2005.

At the back of the crowd, the town’s best-known busker, Terry ‘Fingers’ Malone, played on regardless.

Rhys Tanner reports for the Dunmore Herald.
""", [
    NQ("kitchen table", "so-called scare quotes are no quotation"),
    NS("nine points behind", "Bevan", "'Polling data showed' must not be credited to the leader quoted before"),
    NQ("Fingers", "a nickname inside a name is no quotation"),
    NEVER("Tanner", "a byline 'X reports for <paper>' is no speaker"),
])

A[43] = ("not_a_quote", "courts", """Man jailed over "cash for crash" scam

A man who staged road collisions to claim thousands of pounds in compensation has been jailed for three years.

Anil Varma, 39, of Thornbury, was convicted of conspiracy to defraud after a trial at Bristol Crown Court.

Messages from a WhatsApp group named "Bumper Boys" were shown to the jury.

Recorder Julian Pettifer told Varma: "This was a cynical, organised fraud that pushed up insurance premiums for every honest driver."

Insurance industry figures suggest one in seven whiplash claims is fraudulent.

Reporting by Hannah Crewe.
""", [
    NQ("cash for crash", "scare quotes in the headline are no quotation"),
    NQ("Bumper Boys", "a group's name in quotes is no quotation"),
    NS("one in seven whiplash", "Pettifer", "'industry figures suggest' must not be credited to the judge"),
    NEVER("Crewe", "'Reporting by X' is a byline, not a speaker"),
])

A[44] = ("not_a_quote", "courts", """Court shown clips from “Midnight Harbour” in copyright battle

The High Court was shown clips from the crime film “Midnight Harbour” on Tuesday, on the second day of a copyright claim against Brightwell Studios.

Screenwriter Delia Marchant, 44, claims the studio took the plot of the film from her unpublished novel.

That novel, “Salt Road”, was sent to the studio’s development team in 2017.

Giles Armitage KC, for Brightwell, said any similarities were “the stuff of every harbour thriller ever written”.

Box office data showed the film took £38m worldwide.

The studio’s founder, Bernard “Bunny” Kessler, is expected to give evidence next week.
""", [
    NQ("Midnight Harbour", "a film title in quotes is no quotation"),
    NQ("Salt Road", "a book title in quotes is no quotation"),
    NS("£38m worldwide", "Armitage", "'data showed' must not be credited to the barrister quoted before"),
    NQ("Bunny", "a nickname inside a name is no quotation"),
])

A[45] = ("not_a_quote", "business", """Retailer’s ‘click and collect’ boom lifts profits

By Sunil Mehra, Business Reporter

Homewares chain Marlow & Finch has reported a 14% rise in annual profits to £86m, helped by shoppers ordering online and picking up in store.

‘Customers want the convenience of ordering at home and the certainty of seeing the product before they take it away,’ said chief executive Owen Latimer.

The firm’s latest figures suggest online orders now make up 40% of revenue, against 25% before the pandemic.

Its new furniture range, sold under the ‘Hearth’ label, will be in 60 stores by Easter.
""", [
    NQ("click and collect", "scare quotes in the headline are no quotation"),
    NQ("Hearth", "a brand label in quotes is no quotation"),
    NS("40% of revenue", "Latimer", "'figures suggest' must not be credited to the chief executive"),
    NEVER("Mehra", "a byline is not a speaker"),
])

A[46] = ("not_a_quote", "business", """Developer's "eco" towers fail energy test

Two apartment towers in Halverton marketed as among the most energy-efficient in the north of England have been given a D rating for energy performance.

The towers, known locally as the "Salt and Pepper" blocks because of their black and white cladding, were completed by Carrick Estates in 2021.

Bronwen Ellis, who chairs the residents' association, said heating bills were twice what buyers had been told to expect.

Energy ratings data showed 60% of the flats in the two towers rated D or below.

Carrick Estates said it was reviewing the assessments.

Additional reporting by Priya Sen.
""", [
    NQ("\"eco\"", "scare quotes in the headline are no quotation"),
    NQ("Salt and Pepper", "a local nickname for buildings is no quotation"),
    NS("60% of the flats", "Ellis", "'data showed' must not be credited to the resident quoted before"),
    NEVER("Priya", "'Additional reporting by X' is a byline, not a speaker"),
])

A[47] = ("not_a_quote", "sport", """“Iceman” Lund lands first major darts title

Erik “Iceman” Lund won his first major title on Sunday, beating the defending champion 7-4 in the final of the Northern Masters in Blackpool.

“I just kept my rhythm and trusted the practice,” said Lund, 31.

Fans packed the “cauldron” of the Winter Gardens to see the Norwegian lift the trophy.

Tournament statistics showed Lund hit 14 maximums over the weekend, more than any other player.

The final was shown live on the streaming channel’s “Arrows Live” programme.
""", [
    NQ("\"Iceman\"", "a nickname in quotes is no quotation"),
    NQ("\"cauldron\"", "a one-word scare quote is no quotation"),
    NS("14 maximums", "Lund", "'statistics showed' must not be credited to the player quoted before"),
    NQ("Arrows Live", "a programme title in quotes is no quotation"),
])

A[48] = ("not_a_quote", "sport", """Ferris joins 'the Dockers' on two-year deal

Winger Sam Ferris has joined Portmead United, known to supporters as 'the Dockers', on a two-year contract.

'It is a massive club with a massive following and I cannot wait to play in front of them,' Ferris said.

Ferris made 34 appearances for Kelby Town last season, and performance figures suggest he created more chances than any other winger in the division.

Portmead manager Lee Danby, whose autobiography, 'Second Half', is published next month, described Ferris as 'quick, brave and hungry'.

Tom Ridley reports for Portmead Sound.
""", [
    NQ("the Dockers", "a club nickname in quotes is no quotation"),
    NS("created more chances", "Ferris", "'figures suggest' must not be credited to the player quoted before"),
    NQ("Second Half", "a book title in quotes is no quotation"),
    NEVER("Ridley", "a byline 'X reports for <station>' is no speaker"),
])

A[49] = ("not_a_quote", "local", """Town centre bar begins "quiet hour" trial

A bar in Kelsall town centre has agreed to turn its music down from 11pm after complaints from neighbours.

The Copper Kettle on Bridge Street will run the trial for three months, owner Martin Pryor said.

"We want to be good neighbours, but we also have to pay the bills," he said.

Noise monitoring data showed levels above 70 decibels on most weekend nights in June.

Neighbour Margaret "Peggy" Tranter, 81, who has lived on the street since 1965, organised a petition signed by 120 people.

The bar is also known for its Sunday film nights; last week's choice was the 1980s comedy "Pit Stop Charlie".
""", [
    NQ("quiet hour", "scare quotes in the headline are no quotation"),
    NS("70 decibels", "Pryor", "'data showed' must not be credited to the owner quoted before"),
    NQ("Peggy", "a nickname inside a name is no quotation"),
    NQ("Pit Stop Charlie", "a film title in quotes is no quotation"),
])

A[50] = ("not_a_quote", "wire", """Vietnam coffee exports hit record as “robusta rush” spreads

HANOI, Jan 9 (Meridian Wire) - Vietnam’s coffee exports rose 18% last year to a record 1.9 million tonnes, the General Department of Customs said on Tuesday.

“Farmers in the Central Highlands are ripping out pepper vines to plant coffee again,” said Nguyen Van Long, a trader in Buon Ma Thuot.

Provisional data showed shipments to Europe rising fastest, up 31% on the year.

Prices on the London “robusta” futures contract hit a 15-year high in December.

Reporting by Khanh Vu; Editing by Mark Heller
""", [
    NQ("robusta rush", "scare quotes in the headline are no quotation"),
    NQ("\"robusta\"", "a contract's name in quotes is no quotation"),
    NS("Europe rising fastest", "Long", "'data showed' must not be credited to the trader quoted before"),
    NEVER("Khanh", "a wire byline 'Reporting by X' is no speaker"),
])

# ---------------- speaker_gender ----------------

A[51] = ("speaker_gender", "politics", """MPs clash over funding formula for small schools

MPs from both main parties have demanded changes to the way schools in England are funded, saying the current formula leaves small rural schools struggling.

“The formula punishes rural schools for being small,” said Conservative MP Jo Whitfield, whose constituency includes 31 village primaries.

“Every child deserves the same funding wherever they happen to live,” said Labour’s education spokeswoman, Angela Brook.

Schools minister Daniel Frost said a review would report in the spring. “We are looking at this carefully and with an open mind,” he said.

Robin Cass, head teacher of Elmsworth Primary, which has 42 pupils, said: “We have cut the school trip budget to zero and we still cannot balance the books.”
""", [
    G("punishes rural schools", "", "no pronoun, title or kin word for Whitfield: gender must stay empty", "Whitfield"),
    G("same funding wherever", "female", "'spokeswoman' right before the name"),
    G("looking at this carefully", "male", "'he said' for the minister"),
    G("school trip budget", "", "a head teacher with no pronoun or title: empty", "Cass"),
])

A[52] = ("speaker_gender", "politics", """Peers divided over plan to end hereditary seats

‘Abolishing these seats without a plan for what comes next is reckless,’ said Lady Ashcombe, a crossbench peer.

‘We have waited more than a century for this,’ said Lord Merriwether, who sits on the Labour benches.

Constitutional expert Dr Alex Penrose, of the University of Fordham, said reform had been tried four times before. ‘Parliament always gets cold feet at the last minute,’ Dr Penrose said.

Cabinet Office minister Kim Taverner told peers: ‘This is a modest and overdue change.’

The bill returns to the Lords for its report stage next month.
""", [
    G("without a plan for what comes next", "female", "rank title 'Lady'"),
    G("waited more than a century", "male", "rank title 'Lord'"),
    G("cold feet", "", "'Dr' says nothing of gender and no pronoun is used", "Penrose"),
    G("modest and overdue", "", "no pronoun or title for the minister: empty", "Taverner"),
])

A[53] = ("speaker_gender", "courts", """Nurse struck off after falsifying patient records

A nurse who altered the notes of a patient who died on a hospital ward has been struck off by a professional tribunal.

Chris Adair, 38, changed entries recording when pain relief was given to an 84-year-old man at Fallowfield General Hospital in 2021.

Case presenter Raymond Ellwood said the records had been altered after the patient's death. "It was a deliberate attempt to cover up what happened," he said.

The patient's daughter, Deborah Quaile, said: "My father was left without pain relief for six hours."

Adair did not attend the hearing. In written submissions, Adair said the ward had been badly understaffed.

Panel chair Morgan Blake said: "Patients must be able to trust what is written in their notes."
""", [
    G("deliberate attempt to cover up", "male", "'he said' for the case presenter"),
    G("without pain relief for six hours", "female", "kin word 'daughter' before the name"),
    G("badly understaffed", "", "no pronoun or title for the nurse: empty", "Adair"),
    G("trust what is written", "", "no pronoun or title for the panel chair: empty", "Blake"),
])

A[54] = ("speaker_gender", "courts", """Shopkeeper tells court of knifepoint raid on village store

A shopkeeper has told a court how a masked man held a knife to his wife during a robbery at their village store.

Harjit Sandhu, 58, was giving evidence at Norwich Crown Court on the second day of the trial of Jamie Rourke, 23, who denies robbery.

“He pointed the knife at my wife and told her to open the till,” Mr Sandhu said.

His wife, Manjit Sandhu, 55, also gave evidence. “I thought I was going to die in my own shop,” she said.

Rourke’s barrister, Sasha Kimber, suggested the couple had only glimpsed the robber. “You saw the man for a few seconds at most, didn’t you?” Kimber asked.

PC Lee Hanlon, who reviewed the shop’s CCTV, told the court: “The footage shows the robber’s face clearly for nine seconds.”
""", [
    G("pointed the knife at my wife", "male", "title 'Mr'"),
    G("going to die in my own shop", "female", "'His wife' kin word and 'she said'"),
    G("few seconds at most", "", "no pronoun or title for the barrister: empty", "Kimber"),
    G("face clearly for nine seconds", "", "'PC' says nothing of gender: empty", "Hanlon"),
])

A[55] = ("speaker_gender", "business", """Bakery founder hands family business to daughter

The founder of the Delaney’s bakery chain is to step back from running the business after 45 years.

‘It is time for new ideas and younger legs,’ said Mr Frank Delaney, 72, who opened his first shop in Wexbury in 1979.

His daughter, Niamh Delaney, who becomes chief executive on Monday, said: ‘Dad built this from one oven and a borrowed van.’

Businesswoman Carla Voss, who owns a fifth of the company, said: ‘The family has always known when to change.’

Retail consultant Jamie Okeke said family firms often stumbled at the handover. ‘The second generation has to earn the trust of the staff all over again,’ Okeke said.

The chain has 38 shops and employs 600 people.
""", [
    G("new ideas and younger legs", "male", "title 'Mr'"),
    G("one oven and a borrowed van", "female", "kin word 'daughter' before the name"),
    G("always known when to change", "female", "'Businesswoman' right before the name"),
    G("earn the trust of the staff", "", "no pronoun or title for the consultant: empty", "Okeke"),
])

A[56] = ("speaker_gender", "business", """Tillway founder steps down as chief executive

Avery Lindgren, who founded the payments start-up Tillway in 2015, will step down as chief executive in June, the company said on Wednesday.

"Building Tillway has been the privilege of my life, and this is the right moment to hand over," Lindgren said in a post on the company blog.

Tillway's chief operating officer, Rosa Mendez, will take over. "I have worked beside Avery for eight years and I know what this team can do," she said.

Mr Ibrahim Tahir, a partner at Coldwater Capital, which owns 12% of Tillway, said: "The company is in very good hands."

Taylor Quinn, an analyst at Fieldstone Research, said: "Founder exits make investors nervous, but this one was clearly planned."
""", [
    G("privilege of my life", "", "no pronoun or title for the founder: empty", "Lindgren"),
    G("worked beside Avery", "female", "'she said' for the successor"),
    G("very good hands", "male", "title 'Mr'"),
    G("clearly planned", "", "no pronoun or title for the analyst: empty", "Quinn"),
])

A[57] = ("speaker_gender", "sport", """Kell and Brandt reach Eastbourne mixed doubles final

Britain’s Jordan Kell and Casey Brandt reached the mixed doubles final at the Eastbourne Open on Friday with a 6-4 7-5 win over the Dutch top seeds.

“We have played together since we were twelve and we hardly need to speak on court,” said Kell.

“It has not sunk in yet. Ask me tomorrow,” Brandt said.

Their coach, Mrs Eleanor Graves, watched from the players’ box. “They were fearless from the first point to the last,” said Mrs Graves.

Beaten semi-finalist Pieter Visser was gracious in defeat. “They deserved it today,” he said.

The final is on Sunday.
""", [
    G("played together since we were twelve", "", "no pronoun or title for Kell: empty, even in 'mixed' doubles", "Kell"),
    G("not sunk in yet", "", "no pronoun or title for Brandt: empty", "Brandt"),
    G("fearless from the first point", "female", "title 'Mrs'"),
    G("deserved it today", "male", "'he said'"),
])

A[58] = ("speaker_gender", "sport", """Veteran jockey Hensley rides 1,000th winner

Pat Hensley rode his 1,000th winner at Ludlow on Wednesday, 24 years after his first.

'I never thought I would see this day when I started out mucking out stables,' Hensley said.

Trainer Robin Stoker, who has supplied 300 of those winners, said: 'There is nobody more dedicated in the weighing room.'

The horse's owner, Dame Judith Carrow, presented a silver tray in the winner's enclosure. 'Pat has been part of this family for twenty years,' said Dame Judith.

Hensley's partner, Jess Marlow, said: 'It has been a long road and a lot of broken bones.'
""", [
    G("mucking out stables", "male", "'his' in clauses whose subject is Hensley"),
    G("nobody more dedicated", "", "no pronoun or title for the trainer: empty", "Stoker"),
    G("part of this family", "female", "rank title 'Dame'"),
    G("lot of broken bones", "", "'partner' gives no gender and no pronoun: empty", "Marlow"),
])

A[60] = ("speaker_gender", "local", """Allotment holders angry over rent rise

Allotment holders in Millfield have protested against plans to double the rent for council plots from April.

Kerry Aldine, who has had a plot at Millfield for 14 years, said: "Doubling the rent overnight is outrageous when we do all the work ourselves."

Fellow plot-holder Stan Webber, 79, said he grew all his own vegetables. "If it goes any higher, I will have to give it up," he said.

Lorna Vickers, secretary of the Millfield Allotment Society, said a petition had gathered 200 names. "We are asking the council to phase the rise in over three years," said Ms Vickers.

Councillor Pat Drury, cabinet member for parks, said: "The rent has not gone up in a decade and the site costs money to run."
""", [
    G("rent overnight is outrageous", "", "no pronoun or title for Aldine: empty", "Aldine"),
    G("will have to give it up", "male", "'he said' for Webber"),
    G("phase the rise in", "female", "title 'Ms'"),
    G("not gone up in a decade", "", "'Councillor' says nothing of gender: empty", "Drury"),
])

A[59] = ("speaker_gender", "wire", """Berlin festival opens with call to bring cinema back to small towns

BERLIN, Feb 15 (Meridian Wire) - The Berlin film festival opened on Thursday with calls for more public money for cinemas outside the big cities.

“Cinema has to go back to the small towns,” actress Lena Hoffmann said at the opening gala.

Director Kai Brandauer, whose film opened the festival, said: “We made it for people who have never seen themselves on screen.”

Festival director Ute Scholl said ticket sales were up 11% on last year. “The audience has come back,” Scholl said.

Culture Minister Stefan Adler said he would increase funding for regional cinemas by 20 million euros. “Film is not a luxury, it is part of how a country talks to itself,” Adler said.
""", [
    G("back to the small towns", "female", "'actress' right before the name"),
    G("never seen themselves on screen", "", "no pronoun or title for the director: empty", "Brandauer"),
    G("audience has come back", "", "a first name is no evidence: empty", "Scholl"),
    G("Film is not a luxury", "male", "'he would' opening his reported clause"),
])
