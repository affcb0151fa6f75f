# Articles 021-040: speaker_continuation, speaker_inside

A[21] = ("speaker_continuation", "politics", """Senator Ojukwu will not seek a fourth term

State Senator Margaret Ojukwu announced on Friday that she would not run for a fourth term, ending a 12-year career in the state legislature.

“I have loved every minute of this job, even the minutes I hated,” Ojukwu said at a news conference in Harlan City.

“But there comes a point when you have to make room for the next generation. I want to spend more time with my grandchildren, and I want someone with fresh energy to carry on the fight for rural hospitals.”

Republican leader Dale Hutchins praised her record. “We disagreed on most things, but she never once played games with the budget,” Hutchins said.

“I will genuinely miss having her across the aisle next session.”

The filing deadline for the seat is March 1. Two Democrats, a school board member and a former county prosecutor, are weighing a run.

“It will be a crowded field, and that is healthy for the party,” said county party chair Nora Belk.
""", [
    S("make room for the next generation", "Ojukwu", "paragraph continuing the attributed quote"),
    S("miss having her across the aisle", "Hutchins", "bare quote after the second speaker's attributed quote"),
    NS("miss having her across the aisle", "Ojukwu", "a second speaker has taken over"),
    S("crowded field", "Belk", "new attributed speaker after a reporter's paragraph"),
])

A[22] = ("speaker_continuation", "politics", """Minister sets out plan to end rough sleeping

Housing minister Gareth Llewellyn set out a plan to end rough sleeping in England in a speech to council leaders in Harrogate on Tuesday.

Mr Llewellyn told delegates: ‘Nobody should have to sleep in a doorway in one of the richest countries on earth.

‘We will put £300m into supported housing over the next three years, and we will ask every council to name a single officer responsible for ending rough sleeping in its area.

‘That officer will answer to me personally, and I will publish the results every quarter.’

Official counts found 3,900 people sleeping rough in England on a single night last autumn, up 27% on the year before.

‘The money is welcome but it is a fraction of what was cut over the last decade,’ said Tamsin Reade, director of the charity Doorstep.

‘Councils need the staff to run these services, not just the buildings to put them in.’
""", [
    S("name a single officer", "Llewellyn", "multi-paragraph quote, each paragraph reopening"),
    S("answer to me personally", "Llewellyn", "last paragraph of the same multi-paragraph quote"),
    S("need the staff to run these services", "Reade", "bare quote right after the charity director's attributed quote"),
    NS("need the staff to run these services", "Llewellyn", "not inherited by the earlier speaker across a reporter's paragraph and a new speaker"),
])

A[23] = ("speaker_continuation", "courts", """Former treasurer admits stealing from bowls club

A former treasurer of a bowls club has admitted stealing more than £30,000 of its funds over six years.

Keith Marlowe, 67, of Fenby, pleaded guilty to theft at Lincoln Magistrates' Court and will be sentenced next month.

Club president Doreen Atkins said members had been "devastated".

"We trusted him with everything. He was at the club every day of the week," she said.

"Some of our older members have stopped coming altogether because they are so upset."

One member, who asked not to be named, said the club might have to sell part of its land to survive.

"Without that money we cannot afford to resurface the green next spring."

The losses came to light in January when a new treasurer found that bank statements did not match the accounts.

"I am deeply ashamed and I will repay every penny, whatever it takes," Marlowe said in a statement read to the court by his solicitor, Ian Brook.
""", [
    S("older members have stopped coming", "Atkins", "bare paragraph continuing the president's attributed quote"),
    NS("resurface the green", "Atkins", "an unnamed new speaker intervened; not the president's"),
    S("deeply ashamed", "Marlowe", "'X said in a statement read ... by his solicitor' is X's"),
    NS("deeply ashamed", "Brook", "the solicitor who read the statement is not its speaker"),
])

A[24] = ("speaker_continuation", "courts", """Teenager sentenced for arson attack on youth centre

A 17-year-old boy who set fire to a youth centre in Pellow has been given a 12-month youth rehabilitation order.

The youth, who cannot be named for legal reasons, admitted arson at Pellow Youth Court.

The centre’s manager, Tariq Hussain, read a statement to the court: “When I arrived that morning the roof had gone and so had twenty years of photographs on the walls.

“The children who use the centre cried when they saw it. Some of them still ask me whether it was their fault.”

The centre reopened in temporary buildings in September after a fundraising campaign raised £90,000.

The chair of the bench, Philippa Grange, told the boy: “You have caused enormous harm to people who had done nothing but help you.”

“This order is your chance to put things right. Do not waste it.”
""", [
    S("twenty years of photographs", "Hussain", "colon-introduced statement read to the court"),
    S("whether it was their fault", "Hussain", "second paragraph of the reopened quote"),
    S("order is your chance", "Grange", "bare quote right after the magistrate's attributed quote"),
    NS("order is your chance", "Hussain", "second speaker has taken over"),
])

A[25] = ("speaker_continuation", "business", """Arnmouth shipyard wins £200m ferry order

Arnmouth Marine has won a £200m contract to build two hybrid ferries for the island operator Hebridean Link.

‘This secures 450 jobs at the yard for at least four years,’ said Arnmouth’s managing director, Callum Strachan.

‘We have apprentices starting in September who will spend their whole training on these two ships. That is something this yard has not been able to offer for a generation.’

Hebridean Link’s chief executive, Morag Baillie, said the new vessels would carry 40% more cars. ‘Our current boats are thirty years old and islanders have put up with breakdowns for far too long,’ she said.

The first ferry is due to enter service in 2027. Yards in Poland and Turkey also bid for the work.

‘After the last few years, the lads had almost given up hope,’ said union convener Alan Gibb.

‘Tonight there will be a few pints sunk in Arnmouth, I can tell you that much.’
""", [
    S("apprentices starting in September", "Strachan", "paragraph continuing the MD's attributed quote"),
    S("thirty years old", "Baillie", "second speaker's 'she said'"),
    S("few pints sunk", "Gibb", "bare quote after the convener's attributed quote"),
    NS("few pints sunk", "Strachan", "the first speaker does not get quotes after a reporter's paragraph and a new speaker"),
])

A[26] = ("speaker_continuation", "business", """Hospital software start-up lays off a third of staff

Quillmark, a Seattle start-up that makes scheduling software for hospitals, is laying off 120 of its 360 employees.

"We grew too fast on the assumption that money would stay cheap," chief executive Priya Natarajan wrote in a memo to staff. "That assumption was wrong, and that mistake is mine."

"Everyone affected will receive four months of pay and health coverage through the end of the year."

Quillmark raised $85 million in 2021 from investors led by Harbor Point Ventures, valuing the company at $600 million. Its software is used by about 200 hospitals.

"I found out when my laptop stopped working at 9 a.m.," said one engineer, who asked not to be identified.
""", [
    S("that mistake is mine", "Natarajan", "second part of a quote split by 'wrote in a memo'"),
    S("four months of pay", "Natarajan", "bare paragraph continuing the memo quote"),
    S("laptop stopped working", "engineer", "unnamed new speaker after a reporter's paragraph"),
    NS("laptop stopped working", "Natarajan", "not inherited by the chief executive"),
])

A[27] = ("speaker_continuation", "sport", """Rowe savours first tour win at Brampton

Alfie Rowe won his first European Tour title on Sunday, holding his nerve over the closing holes to take the Brampton Classic by two shots.

“I have been close so many times that I was starting to wonder,” said Rowe, 26.

“On the 17th I told my caddie I felt sick. He told me to stop talking and hit the ball.”

His caddie, Mick Fallon, who has carried Rowe’s bag for five years, said the win had been coming. “He has the best short game on tour and nobody talks about it,” Fallon said.

“Now they will have to talk about it.”

The win lifts Rowe to 41st in the world rankings.
""", [
    S("told my caddie I felt sick", "Rowe", "bare paragraph continuing the golfer's quote; caddie named inside is no speaker"),
    S("best short game on tour", "Fallon", "second speaker's split-free attributed quote"),
    S("will have to talk about it", "Fallon", "bare paragraph continuing the caddie"),
    NS("will have to talk about it", "Rowe", "the golfer does not take back the turn"),
])

A[28] = ("speaker_continuation", "sport", """Keeper Nash signs new Rovers deal

Rovers goalkeeper Ollie Nash has signed a contract extension that keeps him at the club until 2027.

'I never wanted to leave. My family are settled here and the fans have been brilliant with me,' Nash told the club website.

'I know there were rumours in January, but I was not interested in going anywhere else.'

Manager Graeme Rooke said Nash had been 'outstanding' this season.

'He is a leader in the dressing room and that matters as much as the saves,' Rooke said.

'We have tied down our most important player for the next three years.'
""", [
    S("rumours in January", "Nash", "bare paragraph continuing the keeper's quote"),
    S("leader in the dressing room", "Rooke", "manager's attributed quote"),
    S("tied down our most important player", "Rooke", "bare paragraph continuing the manager"),
    NS("tied down our most important player", "Nash", "the keeper's turn ended when the manager took over"),
])

A[29] = ("speaker_continuation", "local", """Whitcombe library saved after volunteers step in

Whitcombe library, which was due to close in April, will stay open after a group of volunteers agreed to run it.

"We could not stand by and watch it go," said Jean Hollis, who chairs the Friends of Whitcombe Library. "Half the children in this town learned to read in that building."

"We have 30 volunteers signed up already and we need about ten more."

The county council will continue to pay for the building and the book stock, but volunteers will staff the counter. Similar arrangements are already in place in Aldwick and Penmore.

A council spokesperson said: "Community-run libraries have been a real success story across the county."

"We are grateful to everyone who has come forward to help."
""", [
    S("learned to read in that building", "Hollis", "second half of a quote split by 'said Name, who ...'"),
    S("30 volunteers signed up", "Hollis", "bare paragraph continuing her quote"),
    S("grateful to everyone", "spokesperson", "bare paragraph continuing the council spokesperson"),
    NS("grateful to everyone", "Hollis", "not inherited by the first speaker across the reporter's paragraph"),
])

A[30] = ("speaker_continuation", "wire", """Philippine village counts cost of landslide

MANILA, Oct 21 (Meridian Wire) - Rescuers in the northern Philippines dug through mud on Monday after a landslide buried at least a dozen homes in the village of Sagada Baba.

“The mountain just came down,” said Rosario Dizon, 52, who escaped with her husband. “We heard a sound like thunder and then the house next door was gone.

“My neighbour’s children were asleep inside. We dug with our hands until the soldiers came.”

Provincial governor Eduardo Santiago told reporters the death toll had risen to 14.

The region has had more than twice its normal October rainfall.

“We need heavy machinery, not more promises,” said village chief Lorna Pascual.

“Some families have lost everything they own, even their birth certificates.”
""", [
    S("dug with our hands", "Dizon", "quote running over two paragraphs, the second reopened"),
    S("death toll had risen to 14", "Santiago", "indirect report after 'told reporters'"),
    S("lost everything they own", "Pascual", "bare paragraph continuing the village chief"),
    NS("lost everything they own", "Dizon", "the earlier speaker does not get it back"),
])

# ---------------- speaker_inside ----------------

A[31] = ("speaker_inside", "politics", """Councillor says leader privately promised to quit

A Rossmere councillor has claimed the leader of the council, Malcolm Dyer, privately promised months ago that he would stand down.

‘Malcolm told me to my face in March that he would go before the elections,’ Councillor Fiona Baird said on Wednesday.

Mr Dyer denied the claim. In a statement, he said: ‘I have never made any such promise to Councillor Baird or to anyone else.’

The Rossmere Courier quoted the Conservative group leader, Hugh Lattimer, as saying the row was ‘an embarrassment for the whole council’.

The council’s annual meeting takes place on 14 May.
""", [
    S("told me to my face", "Baird", "'X told me ...' inside the quote does not decide; the attribution after does"),
    NS("told me to my face", "Dyer", "the man named inside the quote is not its speaker"),
    S("never made any such promise", "Dyer", "'In a statement, he said:' after Mr Dyer"),
    S("embarrassment for the whole council", "Lattimer", "'<paper> quoted Y as saying' gives Y"),
])

A[32] = ("speaker_inside", "politics", """Governor's deputy chief of staff quits over leaked texts

A senior aide to Governor Ruth Calloway resigned on Monday, saying he had been asked to bury complaints about a state contract.

“The governor said to me, ‘Make this go away,’ and I refused,” said Marcus Feld, who was deputy chief of staff.

A spokesperson for the governor said Feld's account was “false in every detail”.

The Harlan Tribune quoted Feld as saying he had kept copies of every message he received.

In a statement, the state Democratic Party called for an independent investigation.

The contract, worth $14 million, was awarded to a road-maintenance firm last spring.
""", [
    S("Make this go away", "Feld", "a nested quote inside the quote is attributed by the outer 'said Name'"),
    NS("Make this go away", "Calloway", "the governor quoted inside the quote is not the speaker"),
    S("kept copies of every message", "Feld", "'<paper> quoted Y as saying' gives Y"),
    S("independent investigation", "Democratic", "'In a statement, X called for' is X's"),
])

A[33] = ("speaker_inside", "courts", """Witness tells robbery trial defendant boasted in pub

A witness at the trial of two men accused of robbing a post office in Kingsholm told the jury one of them had boasted about it in a pub.

Daniel Pruitt, 28, and Shane Coyle, 31, deny robbery.

Lee Varga, 34, told the jury: "Danny said to me, 'We did the post office, easiest money I ever made.'"

Under cross-examination by Pruitt's barrister, Helen Osborne, Mr Varga accepted he had been drinking heavily that night.

"You have invented this whole conversation to claim the reward, haven't you?" Ms Osborne asked.

The jury was also shown a police interview in which Coyle said: "I was at my mum's all night and I can prove it."

The trial continues.
""", [
    S("said to me", "Varga", "'Danny said to me' inside the quote does not decide; Varga told the jury"),
    NS("said to me", ["Danny", "Pruitt"], "the defendant quoted inside the witness's words is not the speaker"),
    S("invented this whole conversation", "Osborne", "'Ms X asked' after a question"),
    S("at my mum", "Coyle", "'an interview in which Coyle said:'"),
])

A[34] = ("speaker_inside", "courts", """Solicitor struck off after lying to clients for years

A solicitor who told clients their cases were progressing when he had never filed them has been struck off.

Martin Ashdown, 52, a sole practitioner in Tewford, admitted misleading 11 clients between 2018 and 2022, a disciplinary tribunal heard.

One former client, Shirley Pound, had paid £6,000 for a boundary dispute that never reached court.

‘He kept writing “all in hand” for two years while my case went nowhere,’ Mrs Pound told the tribunal.

The Legal Conduct Board said in a statement that clients who were worried should contact it directly.

Mr Ashdown, who did not attend, was quoted by the Tewford Gazette as saying he had been “overwhelmed by illness”.
""", [
    S("for two years while my case", "Pound", "words quoted inside the quote ('all in hand') are not its attribution"),
    NS("for two years while my case", "Ashdown", "the solicitor whose phrase she quotes is not the speaker"),
    S("worried should contact", "Legal Conduct Board", "'X said in a statement that'"),
    S("overwhelmed by illness", "Ashdown", "passive 'was quoted by <paper> as saying' gives the subject"),
])

A[35] = ("speaker_inside", "business", """Tavora denies report it will close Halsey engine plant

Carmaker Tavora Motors has denied a newspaper report that it plans to close its engine plant at Halsey, which employs 1,800 people.

The Financial Chronicle quoted an unnamed board member as saying the plant would shut by 2026.

“That report is simply wrong. We have no plans to close Halsey,” a spokesperson for Tavora said.

Union official Kevin Morrow said workers had been told by managers last week that “nothing is changing”. “Our members read the Chronicle over breakfast and came to work terrified,” he said.

In a statement, Tavora said it had invested £40m in the Halsey plant since 2020.
""", [
    S("would shut by 2026", "board member", "'<paper> quoted Y as saying' gives Y, not the paper"),
    NS("would shut by 2026", "Chronicle", "the paper that quoted is not the speaker"),
    S("simply wrong", "Tavora", "'a spokesperson for <firm> said' names the firm"),
    S("invested £40m", "Tavora", "'In a statement, X said'"),
])

A[36] = ("speaker_inside", "business", """Bank chief accuses building society boss of 'misleading' claims

The chief executive of Northgate Bank, Sandra Keel, said on Monday that comments by the head of a rival lender about small-business lending had been misleading.

"When Tom Brierley says 'nobody is lending to small firms,' he is talking about his own building society," Keel said in an interview with Business Today.

Brierley, chief executive of Castleford Building Society, was quoted by the Daily Ledger last week as saying banks had "pulled up the drawbridge" on small firms.

Castleford said in a statement that it stood by Mr Brierley's remarks.

Official figures show lending to small businesses fell 4% last year.
""", [
    S("talking about his own building society", "Keel", "a rival quoted inside the quote does not decide"),
    NS("talking about his own building society", "Brierley", "the man quoted inside Keel's quote is not the speaker"),
    S("pulled up the drawbridge", "Brierley", "passive 'was quoted by <paper> as saying'"),
    S("stood by", "Castleford", "'X said in a statement that'"),
])

A[37] = ("speaker_inside", "sport", """Agent says Felton promised to let striker leave

‘Mr Harker told us in January that the club would let Jordan go if the right offer came in,’ said Dele Adeyemi, the agent who represents Felton Athletic striker Jordan Mace.

Felton chairman Ron Harker said he had made no such promise. ‘I have never discussed Jordan with anyone but the manager,’ he told BBC Radio Felton.

Mace has said little in public, but the Felton Echo quoted him as saying he was ‘frustrated’.

A club spokesman said in a statement: ‘Jordan is under contract until 2026 and remains an important player for us.’

Mace has scored 14 goals this season.
""", [
    S("told us in January", "Adeyemi", "'Mr X told us' inside the quote does not decide"),
    NS("told us in January", "Harker", "the chairman named inside the quote is not the speaker"),
    S("frustrated", "Mace", "'<paper> quoted him as saying' gives the one quoted"),
    S("under contract until 2026", "spokesman", "'A club spokesman said in a statement:'"),
])

A[38] = ("speaker_inside", "sport", """Coach Manners recalls Olympic champion's calm

“Before the final she said to me, ‘Stop worrying, I have done this a hundred times,’ and then she went out and won,” recalled coach Bill Manners, who guided swimmer Katie Orr to Olympic gold in 2012.

Manners, 71, was speaking at a dinner in Leeds to mark his retirement after 40 years on the pool deck.

The Sports Weekly quoted Orr as saying she “owed everything” to Manners.

“Bill's contribution to the sport cannot be overstated,” said a spokesperson for the National Swimming Federation.

Manners also coached three Commonwealth champions.
""", [
    S("Stop worrying", "Manners", "'she said to me' inside the quote does not decide; 'recalled coach Name'"),
    NS("Stop worrying", "Orr", "the swimmer quoted inside is not the speaker of the row"),
    S("owed everything", "Orr", "'<paper> quoted Y as saying' gives Y"),
    S("cannot be overstated", "National Swimming Federation", "'said a spokesperson for <body>'"),
])

A[40] = ("speaker_inside", "local", """Council apologises after bins left for three weeks

A spokesperson for Darnley Borough Council said: "We apologise to residents for the disruption and we are working hard to catch up."

Bins on the Elm Park estate have not been emptied since 2 September.

"The crew told me the lorry had broken down and nobody had a spare," said Pauline Shore, 68, of Elm Crescent.

In a statement, the council's environment cabinet member, Cllr Asif Rahman, said an extra crew would work on Saturday to clear the backlog.

Residents have been told to leave extra bags beside their bins.
""", [
    S("apologise to residents", "Darnley", "'A spokesperson for <council> said:'"),
    S("lorry had broken down", "Shore", "'The crew told me' inside the quote does not decide"),
    NS("lorry had broken down", "crew", "the crew quoted inside is not the speaker"),
    S("extra crew would work on Saturday", "Rahman", "'In a statement, the role, Cllr Name, said'"),
])

A[39] = ("speaker_inside", "wire", """Brazil rules out soybean export tax

BRASILIA, May 6 (Meridian Wire) - Brazil will not tax soybean exports despite a record harvest, officials said on Tuesday.

The newspaper Folha do Norte quoted Agriculture Minister Paulo Sardinha as saying the government would not impose export taxes on soybeans.

A ministry official, speaking on condition of anonymity, said: "The president told the minister last week that taxes are off the table."

The Mato Grosso Growers Association said in a statement that it welcomed the decision.

Brazil is expected to harvest 160 million tonnes of soybeans this season.
""", [
    S("impose export taxes", "Sardinha", "'<paper> quoted Y as saying' gives Y"),
    S("taxes are off the table", "official", "unnamed official with a colon-introduced quote"),
    NS("taxes are off the table", ["president", "Sardinha"], "people named inside the quote are not the speaker"),
    S("welcomed the decision", "Growers", "'X said in a statement that'"),
])
