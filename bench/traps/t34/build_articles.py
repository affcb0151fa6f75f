# Generates articles/*.txt from the sources below (quote style converted per article).
import os, re, json
HERE = os.path.dirname(os.path.abspath(__file__))
A = {}  # num -> (style, text)

A[1] = ("british", """Council leader defends 'garden tax' as budget passes

The leader of Wexcombe District Council has defended plans to charge residents for collecting garden waste, a charge known locally as the "garden tax".

Councillor Margaret Ilsley, who has led the Conservative group since 2019, said the £45 annual fee was the only way to protect libraries and children's centres.

"Nobody came into local government to charge people for picking up their grass cuttings," Cllr Ilsley told the full council meeting on Tuesday night. "But the alternative was closing two libraries, and I was not prepared to do that."

The opposition Liberal Democrat leader, Peter Quantock, said the scheme would lead to fly-tipping across the district.

"People will simply dump their waste in lay-bys and the council will end up paying twice," said Mr Quantock, who represents the Hensley ward.

The budget was passed by 27 votes to 19. The first bills will go out in April.""")

A[2] = ("british", """MP demands inquiry into collapse of bus firm

A Labour MP has demanded a public inquiry into the collapse of a bus company that left thousands of commuters stranded across the Tamar valley.

Dawn Pritchard, the MP for Saltmouth and Tavy, said passengers had been "treated with contempt" by Greyline Coaches, which ceased trading on Friday with less than a day's notice.

"I have had more than 400 emails from constituents since Friday morning, and most of them have no other way of getting to work," Ms Pritchard said in a letter to the transport secretary.

The company's former operations director, Lord Hebden, rejected the criticism.

"Greyline ran routes nobody else would touch for eleven years, and we did it on a shoestring," said Lord Hebden, who sits as a crossbench peer. "The subsidy was cut twice in three years. The sums stopped adding up."

A Department for Transport spokesman said officials were working with the county council to restore services as quickly as possible.

Replacement buses, to be run under the "Tamar Link" name, will start on Wednesday.""")

A[3] = ("straight", """Senate hopeful rounds on rival over water plan

MADISON, Wis. - State Sen. Carla Benavides opened her campaign for the U.S. Senate on Monday with a sharp attack on her Republican rival, businessman Tom Harlan, over his plan to sell water rights along the Wisconsin River.

Benavides, a two-term state senator from Dane County, said Harlan's proposal would hand "a public resource to private investors" and accused him of misleading voters about who would benefit.

"He keeps telling farmers this will lower their bills," she told supporters at a union hall in east Madison. "Not one independent study says that."

Harlan's campaign manager, Greg Otteson, dismissed the attack as desperate.

"Tom has spent thirty years building companies that employ people in this state," he said in a statement. "Carla Benavides has spent those years in committee rooms."

Polls show the race within three points.""")

A[4] = ("straight", """Governor's pick for schools chief faces grilling

Lawmakers on the House education committee pressed Gov. Dennis Waverly's nominee for state schools superintendent on Thursday over her record running the Tolland County district.

Rep. Alma Fuentes, the committee's ranking Democrat, asked Dr. Ruth Kessler why graduation rates in Tolland had fallen for three straight years while she was in charge.

"Those numbers reflect a change in how the state counted students, not a drop in learning," Kessler replied. She said the district's own figures showed reading scores rising.

Committee chairman Rep. Walt Dobbins, a Republican from Cass County, said he expected the nomination to clear the committee next week.

"I have not heard anything today that disqualifies her," he told reporters after the hearing. "She answered every question we threw at her."

Waverly's office said the governor remained "fully confident" in his nominee.""")

A[5] = ("curly", """Driver who killed cyclist jailed for six years

A van driver who was reading text messages when he struck and killed a cyclist on the A38 has been jailed for six years.

Kieran Mossop, 34, of Hatherleigh Road, Exeter, admitted causing death by dangerous driving at an earlier hearing.

Exeter Crown Court heard that Mossop had opened eleven messages in the four minutes before the crash, which killed 52-year-old Alun Rees near Chudleigh in March last year.

Prosecutor Sian Lewellin told the court that the van had drifted across the white line "without any braking at all".

Ben Okoro, defending, said his client had not slept properly for weeks after his mother's death and was "utterly ashamed" of what he had done.

Sentencing, Judge Patricia Vane said: "Mr Rees was doing nothing more than riding home from work. You chose to look at your phone instead of the road, and a family has paid for that choice."

In a statement read outside court, Mr Rees's daughter, Carys, said the family could now "begin to grieve properly".""")

A[6] = ("curly", """Landlord fined over 'death trap' flats

A landlord who let rooms in a Grimsby terrace with no working smoke alarms and a padlocked fire exit has been fined £38,000.

Naveed Rashid, 58, pleaded guilty at Grimsby Magistrates' Court to nine breaches of fire safety rules at the property on Welholme Avenue.

Fire safety officer Graham Tuckett said the building was among the worst he had inspected in twenty years. One tenant, he said, had been sleeping in a converted cupboard beneath the stairs.

Ellen Marsh, mitigating, said Mr Rashid had since spent more than £20,000 on repairs and had rehoused every tenant.

District Judge Owen Pryde told Rashid: "You put money before the lives of the people living under your roof. It is only luck that nobody died."

Outside court, a spokeswoman for Humberside Fire and Rescue said the case should serve as a warning to other landlords.""")

A[7] = ("curly", """Harwood Foods to shut Leicester bakery with loss of 210 jobs

Harwood Foods is to close its bakery in Leicester next spring, putting 210 jobs at risk, the sandwich maker said on Wednesday.

The company blamed a sharp rise in energy and flour costs and the loss of a supermarket contract worth about £30m a year.

"This is the hardest decision we have taken in the company's forty-year history," said chief executive Fiona Gallacher. "The site has a fantastic workforce, but it is simply too expensive to run."

"We will be offering every affected colleague a role at our Corby plant, and we will pay relocation costs for those who want them."

Union officials described the move as a "hammer blow" for the city.

Harwood's shares, which are listed on the Alternative Investment Market, fell 4% to 86p. The company, known in the trade as "the sandwich king of the Midlands", supplies 1.2 million sandwiches a week.

"We found out from a press release," said Sandeep Gill, a regional organiser for the Bakers' Union. "Nobody from management has picked up the phone."
""")

A[8] = ("curly", """Brewer Tollgate agrees £140m takeover by Dutch group

Shares in Tollgate Brewery jumped 31% on Monday after the Cumbrian brewer agreed to be bought by Dutch drinks group Van Aalst for £140m.

Tollgate, whose best-known beer is the amber ale "Fell Runner", said the deal would give it access to distribution in 14 European countries.

"We have been approached before, but this is the first offer that values what we have built," chairman Robert Sayle told analysts on a conference call. "The brewery stays in Kendal. The recipes stay in Kendal."

He said no redundancies were planned.

Not everyone was convinced. Real ale campaigners have long accused large brewers of buying up regional names and closing their breweries within a few years.

"We have seen this film before and it never ends well for the drinkers."

Van Aalst chief executive Marieke Dorst said the Kendal site would become its centre for cask ales. "We are not buying Tollgate to change it," she said.""")

A[9] = ("curly", """Hollin Town 2-2 Barrow Vale: Late leveller denies Town top spot

Jordan Akande's stoppage-time header earned Barrow Vale a point at Ferris Park and kept Hollin Town off the top of the National League North.

Town had led twice through Connor Whitlow and a Rhys Daley penalty, but Vale never gave up and Akande rose highest to meet Liam Fisk's corner in the 94th minute.

Reaction:

Hollin Town manager Stuart Penhale: "I'm gutted for the lads. We defended brilliantly for ninety minutes and then switched off for one corner."

"You can't do that at this level. Good sides punish you."

Barrow Vale boss Nadia Kerrigan: "Character. That's the word. We went behind twice away from home and the players kept believing."

Vale captain Akande said afterwards he had "never headed a ball that sweetly" in his life.""")

A[10] = ("curly", """Kingsferry 24-31 Dunholm: Visitors hold on after yellow-card chaos

Dunholm survived two yellow cards in the final quarter to win at the Quarry Ground and move up to fourth in National One.

Winger Sam Olufemi scored two of the visitors' four tries, while fly-half Dominic Breck kicked eleven points.

What they said:

- Dunholm director of rugby Gareth Pell: "We made it far harder than it needed to be. Fourteen men for twenty minutes is not a recipe for a quiet afternoon."

"But the lads dug in, and that's the sort of win you remember in April."

- Kingsferry head coach Imogen Salter: "We had the ball in their 22 for most of the last ten minutes and came away with nothing. That will hurt."

Salter added that her side would "look hard at the discipline" before next week's trip to Fylde.""")

A[11] = ("british", """Village fury as 'temporary' traffic lights enter third year

Residents of Ashby Parva say they have been driven to distraction by a set of temporary traffic lights that have stood outside the village school since March 2022.

The lights were put up while the county council repaired a collapsed culvert. The repair was finished within weeks, but the lights stayed.

Parish council chairman Derek Hollings said villagers had nicknamed the lights "the permanent temporaries".

"We have written to the county council nine times," Mr Hollings said. "Each time we are told the matter is in hand."

"I have started to think the lights are older than some of the pupils."

A handwritten sign taped to one of the poles reads "Happy Birthday, Lights!" and a cake was left at the base of the pole last spring.

A county council spokesperson said the lights would be removed "by the end of the month" once a final inspection had been carried out.""")

A[12] = ("british", """Allotment society split over 'gnome ban'

A row over garden ornaments has split one of Norfolk's oldest allotment societies.

Members of the Thorpe Marsh Allotment Association voted by 41 to 38 last month to ban gnomes, flags and plastic windmills from its 112 plots, after complaints about clutter.

Secretary Lorraine Abbott, who proposed the rule, said the site was a shared space and "not a theme park".

Plot-holder Trevor Mumby has kept a collection of 30 gnomes on his plot since 1996. "They were my late wife's, every one of them," Mr Mumby said. "I'm not moving them, and they'll have to take me to court."

Mrs Abbott said the committee had no plans to go to court.

A petition headed "Gnomes Are Gardeners Too" has been pinned to the noticeboard by the gate and has gathered 200 signatures.""")

A[13] = ("curly", """Hedgehog numbers stabilising in towns, survey suggests

Hedgehog numbers in British towns and cities may have stopped falling, according to a survey of more than 20,000 gardens.

The count, run by the charity Spiny Friends with researchers at the University of Reading, found that sightings in urban gardens were roughly level with five years ago. In the countryside, the figures showed a further decline of about a third.

Dr Helen Varley, who led the analysis, said gardeners deserved much of the credit.

"Cutting a small hole in a fence so hedgehogs can move between gardens makes a real difference," she said. "We are seeing the results of millions of small decisions."

Her colleague Professor Amit Desai cautioned that the rural picture remained "deeply worrying". He said intensive farming had removed the hedgerows and insects the animals depend on.

The charity's so-called "hedgehog highways" campaign has signed up 150,000 households.""")

A[14] = ("curly", """Volcano's 'breathing' tracked from space

Scientists have used satellite radar to show that the ground above a dormant volcano in the Andes has been rising and falling by several centimetres a year.

The study, published in the journal Geophysical Letters, found that the swelling at Cerro Marañón followed a roughly eleven-year cycle.

Lead author Tomás Ibarra, of the University of Valparaíso, said molten rock was probably moving several kilometres below the surface. He stressed that there was no sign of an imminent eruption.

His co-author, Dr Fiona McLeish of the University of St Andrews, said the team had been surprised by how regular the pattern was.

"Nature is rarely this tidy," she said. "When we first saw the curve we assumed it was an error in the data."

The team now plans to install ground sensors on the volcano's lower slopes.""")

A[15] = ("straight", """Ghana's cocoa regulator cuts output forecast on swollen shoot disease

ACCRA, Nov 4 (Reuters) - Ghana's cocoa harvest will fall short of earlier forecasts for a third straight season as a virus continues to spread through farms in the Western North region, the industry regulator said on Monday.

The Ghana Cocoa Board now expects the 2024/25 crop to reach about 650,000 tonnes, down from an earlier estimate of 750,000 tonnes, according to Kwame Boateng, a senior official at the board's research institute.

"We are cutting out infected trees as fast as we can, but replanting takes three to five years before a farm produces again," Boateng told Reuters by telephone.

Farmers in the region say payments for destroyed trees have arrived months late. Akosua Mensah, who grows cocoa on six acres near Sefwi Wiawso, said she had lost half her trees and had received nothing.

Prices on the London market rose 2% on the news.

(Reporting by Edwin Kuffour; Editing by Clara Dunmore)""")

A[16] = ("straight", """Chilean copper miner halts shipments after port strike

SANTIAGO, March 12 (Reuters) - Chilean miner Minera Los Andes has suspended copper shipments from the port of Antofagasta after dock workers walked out over pay, the company said on Tuesday.

The strike could delay about 40,000 tonnes of copper cathode due to leave the port this month, according to the port's operations manager, Rodrigo Fuenzalida.

"We have two ships waiting at anchor and a third due on Friday," Fuenzalida said. "Every day costs money."

The union's president, Patricia Oyarzún, said the workers would stay out until the port operator offered a raise in line with inflation.

Copper futures rose 1.2% in London.

(Reporting by Matías Lobos; Writing by Nora Vidal; Editing by Tom Brenner)""")

A[17] = ("british", """Minister under pressure over hospital parking charges

The health minister has been urged to scrap car parking charges at hospitals in England after a charity found some patients were paying more than £50 a week.

Baroness Ruth Fenwick, the Liberal Democrat health spokeswoman in the Lords, raised the issue during questions on Tuesday. She said cancer patients attending daily radiotherapy were being "punished for being ill".

Health minister Andrew Stainer replied that trusts were free to offer concessions and most already did.

"I accept the system is not consistent," he said. "Some trusts do this very well and some frankly do not."

"We will be writing to every trust this autumn to set out what we expect."

Lady Fenwick said the answer was "not good enough". "Letters have been written before," she said. "Patients need action, not correspondence."
""")

A[18] = ("british", """Mayor and police commissioner clash over knife crime

The Mayor of Greater Wessex, Joanne Tilbury, and the region's police and crime commissioner have traded blows over a rise in knife crime.

Figures published on Thursday showed 1,140 offences involving a blade in the year to June, up 9%.

Ms Tilbury accused the commissioner, Mr Colin Baird, of "sitting on his hands" while neighbourhood policing teams were cut. She said she had offered £2m from her own budget for extra patrols and had heard nothing back.

Mr Baird rejected her account. He said the offer had come with conditions that would have taken officers away from response duties.

"I'm not going to play politics with the safety of young people," he said. "The mayor knows exactly why that money wasn't taken up."

"We have put more officers into schools than any force in the south of England."
""")

A[19] = ("curly", """Widow tells inquest of husband's last call from quarry

The widow of a quarry worker crushed by a falling slab told an inquest he had phoned her an hour before he died to say he was worried about the rock face.

Gareth Pugh, 47, died at the Cefn Glas quarry near Bala in September 2023.

His wife, Eirlys Pugh, told the hearing in Ruthin that he had complained for months about cracks in the face.

"He said to me, 'That wall is going to come down one day and somebody will be under it,'" she said. "I told him to speak to the manager again."

"He went back to work after lunch and I never spoke to him again."

The quarry's site manager, Dylan Roberts, said he had no record of any complaint.

"If Gareth had raised it with me, I would have closed that section the same day," Mr Roberts said.

"We are a small team. People talk to me every day."

The inquest continues.""")

A[20] = ("curly", """Former nursery manager denies stealing from parents' fund

A former nursery manager accused of taking more than £9,000 from a fundraising account told a jury she had used the money to buy equipment for the children.

Leanne Corbishley, 39, of Wigan, denies fraud by abuse of position.

Giving evidence at Bolton Crown Court, she said she had bought tablets, books and garden toys with the cash but had lost many of the receipts.

"I know how it looks," Ms Corbishley told the jury. "I was careless with the paperwork and I'm not proud of that."

"But I never took a penny for myself."

Prosecutor Daniel Okafor put it to her that no such equipment had been found at the nursery.

"It was there when I left," she replied.

The fund's treasurer, Michelle Hart, earlier told the court that the account had been emptied within eight months. The trial continues.""")

A[21] = ("curly", """Northcliffe Building Society names first female chief executive

Northcliffe Building Society has appointed Priya Raman as its chief executive, the first woman to run the Halifax-based lender in its 160-year history.

Ms Raman, 51, joins from rival Pennine Savings, where she was finance director. She replaces Martin Oakes, who retires in June after nine years in the job.

"Northcliffe has always been about helping people buy their first home, and that is not going to change," Ms Raman said.

Mr Oakes said he was leaving the society "in the best shape it has ever been in".

The society's chair, Dr Sam Whitlock, said the board had interviewed candidates from across the industry. "Priya stood out from the first conversation," Dr Whitlock said.

Northcliffe reported pre-tax profits of £48m last year.""")

A[22] = ("curly", """Ferry operator Solent Link posts first profit since pandemic

Ferry operator Solent Link returned to profit last year as passenger numbers on its Isle of Wight routes recovered to their pre-pandemic level.

The company made an operating profit of £6.2m in the year to March, against a loss of £3.1m a year earlier.

Finance director Kit Morrow said fuel savings from the firm's two new hybrid vessels had added about £1m to profits. "The ships have done everything we hoped and a bit more," Morrow said.

The company's chairwoman, Dame Elizabeth Croft, said the board would consider restarting the dividend next year.

"We owe our shareholders some patience," said Dame Elizabeth. "They have shown us plenty."

Passenger numbers rose 11% to 4.3 million.""")

A[23] = ("curly", """Okonjo hat-trick sinks sorry Rovers

Dapo Okonjo scored a first-half hat-trick as Carnforth City beat Rovers 4-0 to climb into the play-off places.

The striker, signed from Accrington in January, has now scored nine goals in seven games. City manager Phil Brannigan, who had been under pressure after a run of five defeats before Christmas, was full of praise.

"Dapo gives us a focal point we haven't had for two years," he said. "He holds the ball up, he brings others into play and now the goals are coming."

Rovers boss Kevin Tilly was in no mood to make excuses. He told BBC Radio Lancashire his side had been "second best in every department".

"I've apologised to the fans in the away end," Tilly said. "They deserved better than that."

Okonjo, nicknamed "the Postman" by City fans because he always delivers, was substituted to a standing ovation.""")

A[24] = ("curly", """Haldane stuns Voss in Wimbledon thriller

Britain's Callum Haldane came from two sets down to beat seventh seed Mikael Voss 3-6 4-6 7-6 6-4 6-3 and reach the third round at Wimbledon.

Voss, the Swede who reached the final in Paris last month, served for the match at 5-4 in the third set but was broken to love.

Haldane, 22, who only received a wildcard because of an injury to Tom Askew, said he had never played in front of a crowd like it.

"When he served for it, I honestly thought I was going home," he said. "Then the crowd got going and I started to believe."

Voss, who needed treatment on his shoulder in the fourth set, refused to blame the injury. "He played better than me on the big points, that's all," he told reporters.

Haldane's coach, Emma Lutterworth, has worked with him since he was eleven. "He has been hitting the ball like this in practice for months," said Lutterworth.

She watched from the players' box in a T-shirt that read "Cal or Nothing".""")

A[25] = ("british", """Last shop in Kelderby closes after 140 years

The only shop in the village of Kelderby closed its doors for the last time on Saturday, ending 140 years of trading.

Kelderby Stores, known to generations of villagers simply as "Pask's", also housed the post office. It was run for the past 31 years by Maureen Pask and her husband, Alan.

"We've had the children of children of customers coming in," said Mrs Pask, 68. "You don't get that in a supermarket."

"But the post office contract went last year and the figures just don't add up without it."

The parish council has looked at running the shop as a community business. The nearest alternative is six miles away in Fawsley.

"The bus only comes twice a day, and not at all on Sundays."

Councillor Tom Ellery, who chairs the parish council, said a meeting would be held next month to gauge interest.""")

A[26] = ("british", """Lifeboat crew rescue pensioner cut off by tide

A 78-year-old man was rescued from a sandbank off Berrow on Sunday afternoon after being cut off by the fast-rising tide.

Crew from the Burnham-on-Sea RNLI station reached him just as the water came up to his waist.

Crew member Jo Tapper said the pensioner had been out with a dog and had not realised how quickly the tide came in. "He was very cold and very frightened, but he kept his sense of humour," Tapper said.

"He told us the dog had more sense than him, because it swam back to the beach twenty minutes earlier."

The dog, a collie called "Biscuit", was also checked over by the crew.

The Bristol Channel has the second highest tidal range in the world, rising by up to 12 metres.

"People think they've got plenty of time. They don't."

A coastguard spokesman urged walkers to check tide times before setting out.""")

A[27] = ("curly", """Study links night-time road noise to poorer sleep in children

Children who live beside busy roads sleep on average 20 minutes less a night than those in quieter streets, a study of 3,000 families in the Netherlands has found.

The research, published in the journal Sleep Health, found that the effect was strongest in bedrooms facing the road.

Data from wrist-worn sensors showed that children in the noisiest homes woke briefly more than ten times a night.

The lead researcher, Dr Anouk Verhagen of Utrecht University, said the findings should inform planning decisions.

"We build schools with great care about noise, then put family homes next to dual carriageways," Dr Verhagen said.

Dr Verhagen, whose earlier book "Quiet Streets" examined traffic calming in Dutch cities, said cheap measures such as heavier curtains could help.

According to the World Health Organization, noise is the second biggest environmental cause of ill health in Western Europe after air pollution.""")

A[28] = ("curly", """Bumblebees can learn to count to four, researchers say

Bumblebees can be trained to pick out a card showing four dots from cards showing other numbers, according to researchers at Queen Mary University of London.

The experiments, described in the journal Animal Cognition, found that bees picked the right card about 80% of the time after a day of training.

Tests carried out on a second colony showed the same pattern.

"Bees have a brain the size of a sesame seed, and yet they manage something we once thought needed a big brain," said Dr Lars Henning, who ran the experiments.

The team's next project, nicknamed "Bee Maths", will test whether bees can add.

Professor Jane Okafor, a zoologist at the University of Bristol who was not involved, said the results were impressive but warned against reading too much into them.""")

A[29] = ("straight", """Mayor vetoes stadium subsidy, setting up clash with council

OMAHA, Neb. - Mayor Lisa Tranh vetoed a $90 million subsidy for a new minor league ballpark on Friday, calling it "a bad deal written for the owners, not the taxpayers."

The city council approved the package 5-2 last week and would need a sixth vote to override the veto.

"I support baseball in this city. I do not support writing a blank check," Tranh said at a news conference at City Hall.

Council President Brad Kowalczyk, who championed the deal, said he was disappointed but not surprised.

"The mayor made up her mind months ago," Kowalczyk said. "We will be talking to our colleagues over the weekend."

Tranh, who was elected last year on a pledge to cut property taxes, also criticized the council's timetable. She said members had been given "less than a weekend" to read the 140-page agreement.

The team's owner, Dale Sorensen, said in a statement that the club would "explore all options," including a move to Council Bluffs.""")

A[30] = ("straight", """Iowa lawmakers spar over farm bill at rural forum

DES MOINES, Iowa - Two members of Iowa's congressional delegation clashed over the stalled farm bill at a forum hosted by a farmers' group on Saturday.

"Farmers in this state cannot plan a season around a Congress that cannot pass a bill," said Sen. Gail Ostrander, a Democrat.

Rep. Mark Elling, a Republican whose district covers much of western Iowa, blamed Senate leaders for the delay. "We sent them a bill in May. It has been sitting on a desk ever since," Elling told the audience of about 300.

Ostrander said the House version would cut crop insurance support by $4 billion over ten years. She called that "a nonstarter for anyone who has ever farmed."

Asked whether a deal was possible before the election, he said only that "the door is open."

The forum's moderator, Iowa State economist Paul Reddick, said afterward that both sides agreed on more than they admitted.""")

A[31] = ("straight", """Philippine ferry capsizes in storm, dozens missing

MANILA, Aug 18 (AP) - A passenger ferry capsized in rough seas off the central Philippine province of Masbate on Sunday, and at least 31 people were missing, the coast guard said.

Coast guard spokesman Ramon Tadeo said rescuers had pulled 57 survivors from the water by nightfall. He said the vessel, the MV Santa Lucia, had left port despite a gale warning.

"We are checking why it was allowed to sail," he told The Associated Press. "The captain is among the survivors and will be questioned."

A survivor, Maricel Dela Cruz, said the ferry tilted suddenly when a wave struck its side. "People were screaming. I held my daughter and we jumped," she said.

"We were in the water for two hours before a fishing boat found us."

The transport department has ordered an investigation.""")

A[32] = ("straight", """Kenyan tea auction prices slide as buyers hold back

NAIROBI, Feb 20 (Reuters) - Prices at Kenya's weekly tea auction in Mombasa fell for a fourth week on Tuesday as buyers from Pakistan and Egypt held back, brokers said.

The average price per kilogram dropped to $2.31 from $2.44 a week earlier, according to the East African Tea Trade Association.

Edward Mudibo, managing director of the Kenya Tea Development Agency, said a stronger shilling had made Kenyan tea more expensive for foreign buyers. He said farmers' incomes would be hit if the trend continued.

"We are talking to the central bank and the treasury," Mudibo told Reuters. "There is a limit to what growers can absorb."

"Some of our smallholders have already stopped picking on the higher slopes."

Mudibo's deputy, Grace Wanjiku, told a farmers' meeting in Kericho last week that the agency would review its bonus payments.""")

A[33] = ("british", """Solicitor struck off after taking client money

A solicitor who used £210,000 belonging to clients to prop up her failing practice has been struck off.

Rachel Dunstan, 46, who ran Dunstan & Co in Kettering, admitted using funds held for house purchases to pay staff wages and the firm's rent, the Solicitors Disciplinary Tribunal heard.

Her barrister, Mr Anthony Greaves, said she had been "overwhelmed" after her business partner left in 2021 and had intended to repay every penny.

"She did not spend one pound on herself," he told the tribunal. "That does not excuse what she did, and she knows it."

The tribunal's chair, Dr Ifeoma Nwosu, said the public had to be able to trust that money held by solicitors was safe.

"There is no more basic duty than this," Dr Nwosu said.

CORRECTION: An earlier version of this article said Ms Dunstan practised in Corby. Her firm was based in Kettering.""")

A[34] = ("british", """Teenager cleared of arson at academy

A 17-year-old boy has been found not guilty of starting a fire that caused £1.4m of damage to a secondary school in Swindon.

The youth, who cannot be named for legal reasons, had denied arson at Ridgeway Academy in February last year.

The jury at Swindon Crown Court took less than two hours to reach its verdict after a four-day trial.

His mother, Kerry Lomax, said outside court that her son had been "put through hell" for more than a year.

"He has missed his exams, he has lost friends, and he did nothing wrong," she said.

Wiltshire Police said in a statement it would not be looking for anyone else in connection with the fire. Detective Inspector Sam Rourke, who led the investigation, said: "We respect the jury's decision."

The school's sixth-form block, known to pupils as "the Cube", reopened in September.""")

A[35] = ("curly", """Supermarket chain Fresco blames weather for sales slowdown

Fresco, the discount supermarket chain, said sales growth had slowed sharply in the three months to August, blaming the wettest summer in a decade for weak demand for barbecue food and drinks.

Like-for-like sales rose 1.8%, down from 5.6% in the previous quarter.

Chief executive Graham Oduya said the chain had still gained market share. "Nobody sells burgers in the rain," he told reporters. "The underlying business is in good shape."

Analysts were less upbeat. Clive Marr, retail analyst at Pennant Securities, said Fresco's price cuts earlier in the year had squeezed margins more than expected.

"The weather is a convenient excuse, but the problem is that they're running out of room to cut prices."

Fresco shares fell 7% to 212p.""")

A[36] = ("curly", """Airline Skyhop cancels 600 flights over engine checks

Budget airline Skyhop will cancel about 600 flights over the next six weeks while engines on part of its fleet are inspected, the company said on Thursday.

According to Skyhop, about 90,000 passengers will be affected, most of them on routes from Bristol and Newcastle.

Skyhop's operations director, Anneke de Vries, said passengers would be offered a refund or a seat on another flight within 48 hours.

"We would much rather be flying. But safety is not something we will ever cut corners on," she said.

Travel lawyer Mark Delaney said passengers might also be entitled to compensation of up to £350 each. He said airlines often told customers the checks counted as extraordinary circumstances.

"That is not always the case, and people should push back."

Skyhop shares fell 5%.""")

A[37] = ("curly", """Brisk start for 'Iron Lady' Holloway at world championships

Shot putter Tessa Holloway, known on the circuit as "the Iron Lady", qualified for Tuesday's final at the World Athletics Championships in Budapest with her first throw.

Holloway, 31, threw 19.42 metres, comfortably beyond the automatic qualifying mark, and was back in the warm-up area within five minutes.

"I didn't want to hang around," she said. "One throw, job done, feet up."

The Welsh athlete has been working with a new coach, former discus champion Huw Bevan, since the spring.

"She's throwing with a freedom I haven't seen from her before," Bevan said. "The final will be something special."

Holloway's 2019 autobiography, "Heavy Metal", was shortlisted for the sports book of the year.""")

A[38] = ("curly", """Ward-Hayes wins first Tour stage

Briton Ollie Ward-Hayes won his first Tour de France stage on Thursday, outsprinting the Belgian favourite Jens Van Damme in Bordeaux.

The 24-year-old, "the Kid" to his team-mates, took the lead in the final 200 metres and held off Van Damme by half a wheel.

"I've watched this race on television since I was six years old," Ward-Hayes told French television. "I don't think it has sunk in yet."

"Ask me tomorrow and I might be able to tell you how it feels."

Van Damme was gracious in defeat. "He was simply faster today," said the Belgian.

Ward-Hayes' team wore special jerseys with the slogan "Ride for Rosie" in memory of a team helper who died last year.""")

A[39] = ("curly", """Couple's café wins battle over outdoor seating

A husband and wife who run a café in Whitby have won their fight to keep tables on the pavement outside, after the council backed down.

Esk Valley District Council had ordered Lydia Crane and her husband, Joe Crane, to remove the four tables outside the Harbour Cup on Flowergate, saying they blocked the path for wheelchair users.

Mrs Crane said they had measured the gap themselves and found it was wider than the council's own guidance required. "We got a tape measure out and sent them photographs," she said. "Nobody came to look."

Mr Crane added that the tables were the difference between making a profit and not. "In summer that's a third of our trade," he said.

Councillor Ann Whitworth, who chairs the licensing committee, said: "We have looked again and we are satisfied there is enough room."
""")

A[40] = ("curly", """Bell-ringers fall silent after complaint

The bells of St Oswald's Church in Burnby have fallen silent for the first time in 90 years after a single complaint from a new resident.

Tower captain Harold Pybus said the ringers had agreed to stop practising on Thursday evenings while the parish council looked into the matter.

The complaint was made by Dr Simon Kettlewell, who moved into a converted barn next to the churchyard in the summer. He told the council the noise made it impossible for his children to sleep.

Mr Pybus said he understood the concern. "We are not trying to upset anybody. We practise for an hour and a half, once a week," he said.

Parish council chair Susan Greaves said she hoped a compromise could be reached, perhaps by fitting shutters to the belfry windows.

"Nobody wants to fall out with a neighbour over this," said Mrs Greaves. "The bells were here first, but that doesn't settle it."
""")

A[41] = ("british", """Chancellor rules out fuel duty rise

The chancellor has ruled out raising fuel duty in next month's Budget, telling MPs that drivers had "suffered enough".

Rachel Penrose told the Treasury select committee that a rise would hit rural households hardest and that the Treasury would find savings elsewhere.

The shadow chancellor, Owen Ashdown, said the promise was "worth nothing" unless it was written into the Budget itself.

The Institute for Fiscal Studies has estimated that freezing duty again would cost around £3bn a year. Its director, Paul Renshaw, said the freeze had become "the most expensive non-decision in government".

"Every year it is described as temporary, and every year it is extended."

Ms Penrose was asked by committee chair Sir Gordon Bell whether she would rule out a rise for the rest of the parliament. She declined to do so. "I am not going to write five Budgets in one afternoon," she said.

Motoring groups welcomed the news. The Motoring Forum's "Fair Fuel for All" billboards have been up since the spring.""")

A[42] = ("british", """Scottish ministers to review ferry contract

Ministers in Edinburgh are to commission an independent review of the contract for two delayed island ferries, the transport secretary has told MSPs.

Fiona MacAulay said the review would examine why the vessels were running six years late and more than £200m over budget.

According to Alasdair Grant, the Conservative transport spokesman, the review was "too little, far too late" for islanders who had endured years of cancelled sailings.

Calum MacInnes, who runs a guest house on Barra, said bookings had fallen by a quarter since 2019.

"People phone to ask whether the ferry is running before they even ask about rooms," he said.

"Some have stopped asking and just go to Skye instead."

Audit Scotland's 2022 report on the contract, "New Vessels for the Clyde and Hebrides", ran to 90 pages.""")

A[43] = ("curly", """Ancient footprints push back arrival of humans in Britain

Footprints preserved in mudstone on the Norfolk coast are at least 850,000 years old, making them the earliest evidence of humans in northern Europe, scientists say.

The prints were exposed by storms at Happisburgh and recorded by a team from the Natural History Museum before the tide washed them away.

Professor Isobel Carden, who led the fieldwork, said the team had only two weeks to work. "Every high tide took a little more of the surface," Professor Carden said.

"We were photographing in driving rain, on our knees in the mud, racing the sea."

Her colleague Dr Martin Ruddock, who analysed the images, believes the group included at least two children. He said the size of the smallest prints matched those of a modern five-year-old.

"They were walking along an estuary, probably looking for food," he said.""")

A[44] = ("curly", """Rare orchid found growing on motorway verge

A rare orchid last recorded in Hampshire more than 40 years ago has been found growing on a verge beside the M27.

The plant, a lizard orchid, was spotted by a National Highways ecologist, Dr Naomi Frere, during a routine survey in June.

"I almost walked straight past it," Dr Frere said. "Then I saw the twisted petals and had to sit down."

"Verges are some of the last unploughed grassland we have left. They are full of surprises."

Botanist Peter Halloran, the county recorder for Hampshire, confirmed the identification. He said the plant had probably grown from seed blown from a colony in Kent.

"It's a wonderful find, but we must keep the exact location quiet," he said. "Orchid collectors are still a problem."
""")

A[45] = ("straight", """Japan's Akiyama Motors recalls 310,000 cars over airbag fault

TOKYO, June 3 (Reuters) - Japan's Akiyama Motors Corp said on Monday it would recall about 310,000 vehicles worldwide because a wiring fault could stop front airbags from inflating in a crash.

The recall covers the Sora compact and Kaze hatchback built between 2021 and 2023, the company said in a filing to the transport ministry.

"We deeply apologise for the worry this has caused our customers," said Hiroshi Tanabe, the company's head of quality assurance, at a news conference in Nagoya.

Tanabe said no injuries had been reported.

Akiyama shares closed down 2.3%. Analyst Yuki Morimoto at Hoshino Securities said she expected the cost of the recall to reach about 8 billion yen, which would not dent full-year profit.

(Reporting by Kenji Hamaguchi; Editing by Lena Marsh)""")

A[46] = ("straight", """Brazil's coffee harvest hit by frost in Minas Gerais

SAO PAULO, July 9 (Reuters) - Frost damaged coffee trees across parts of southern Minas Gerais, Brazil's biggest producing state, over the weekend, farmers and agronomists said on Monday.

Agronomist Luiza Pacheco, who advises growers' cooperatives in the region, said up to 15% of trees in low-lying areas had been burned. She said it would take weeks to know how much of next year's crop was lost.

"The leaves turned black overnight. Some farmers lost trees that were twenty years old," Pacheco told Reuters.

Carlos Brito, who grows coffee on 200 hectares near Varginha, said his own farm had escaped the worst. "We were lucky. My neighbours were not," he said.

Arabica futures jumped 6% in New York.

(Reporting by Mirela Couto; Editing by Jon Hartley)""")

A[47] = ("curly", """Council worker 'sacked for whistleblowing', tribunal told

A former council planning officer was dismissed after raising concerns about a councillor's links to a developer, an employment tribunal has heard.

Martin Feeney, 52, worked for Castlebridge Borough Council for 19 years before he was sacked in 2023 for gross misconduct.

Giving evidence in Leeds, he said he had reported his suspicions to the council's monitoring officer three times.

"I was told to keep my head down and get on with my job," Mr Feeney told the tribunal. "Six weeks later I was suspended."

"I had never had so much as a verbal warning in nineteen years."

Representing the council, Nadine Amis said Mr Feeney had been dismissed for sharing confidential documents with a journalist. "This case is about a breach of trust, not whistleblowing," Ms Amis told the panel.

The hearing continues.""")

A[48] = ("curly", """Care home owner guilty of neglect

The owner of a care home in Lowestoft where residents were left in soiled bedding has been found guilty of wilful neglect.

Graham Sedley, 61, ran the 22-bed Beachview Lodge until it was closed by inspectors in 2022.

A former care assistant, Bethany Collier, told Ipswich Crown Court that staff had been told not to use more than two incontinence pads per resident a day to save money.

"We were buying pads with our own wages," Ms Collier said. "He knew, because we told him."

Mr Sedley denied any cost-cutting. "Residents were never left without what they needed. Never," Sedley told the jury.

"These allegations come from people with a grudge."

Judge Alan Frith said Sedley would be sentenced next month.""")

A[49] = ("curly", """Brightlane cuts forecast as smart kettle flops

Brightlane, the Cambridge-based maker of connected home appliances, has cut its profit forecast after sales of its smart kettle fell short of expectations.

The kettle, sold under the slogan "Your tea, your way", can be switched on from a phone app. Figures released by the company on Tuesday showed that only 40,000 had been sold since its launch in March.

Chief executive Lorna Beckett told investors that marketing had been "too focused on the technology and not enough on the tea". She said the firm would cut the kettle's price by £30 before Christmas.

Brightlane's founder, Nick Abara, who stepped back from day-to-day management last year, said he remained a "huge believer" in the product.

"It was the right idea a little too early," he said.

The shares fell 18%.""")

A[50] = ("curly", """Housebuilder Calloway warns of profit fall

Housebuilder Calloway Homes has warned that profits will fall by a fifth this year as higher mortgage rates put off first-time buyers.

Reservations fell 14% in the first half of the year, according to the company's trading update. Land Registry data published last week showed that average prices in the North West had dipped for a third month.

Chief executive Sunil Varma said the company was offering to pay buyers' legal fees on more than half of its developments. "We are doing what we can to keep people moving," he said.

Its show homes, marketed under the "Calloway Living" brand, have offered free kitchen upgrades since May.

Analyst Rebecca Thorne of Canning Stockbrokers said the offers were "clever marketing but expensive". She said she expected other builders to follow.

Calloway shares fell 9%.""")

A[51] = ("curly", """Pemberton retires after 17 seasons at Castle Park

Wicketkeeper Andy Pemberton has announced his retirement from first-class cricket at the age of 38.

Pemberton made 612 dismissals in 17 seasons and captained the county to the Championship title in 2019.

"It's been the privilege of my life to pull on this shirt," he said in a statement released by the club. "I've played with some wonderful cricketers and made friends for life."

"I'll be at Castle Park next season, just on the other side of the rope."

Director of cricket Ian Shawcross said Pemberton had been "the heartbeat of the dressing room" for more than a decade.

"You can't replace a player like Andy overnight, and we won't try to," he said.""")

A[52] = ("curly", """Dolan lands Irish Oaks on debut ride

Apprentice jockey Ciara Dolan won the Irish Oaks at the Curragh on Saturday on her first ride in a Group One race, steering 20-1 shot Moonlit Quay to a length-and-a-half victory.

Dolan, 19, only got the ride on Friday evening after stable jockey Kevin Daly broke his collarbone in a fall at Leopardstown.

"I rang my mam straight away and she cried more than I did," said Dolan. "I still can't believe it."

"Kevin texted me this morning to say go out and enjoy it, so that's what I did."

Trainer Jim Corrigan said the filly would now be aimed at the Yorkshire Oaks in August.

"Ciara rode her like she'd been doing it for twenty years," he said.""")

A[53] = ("curly", """Parents protest over school bus cuts

Around 60 parents gathered outside County Hall in Trowbridge on Monday to protest against plans to scrap free school buses for pupils living less than three miles from school.

Many carried placards reading "Don't Gamble With Our Kids", and a petition with more than 4,000 signatures was handed to councillors.

"My daughter would have to walk two and a half miles along a road with no pavement," said Helen Brack, whose children attend Kingsdown School.

According to the council's cabinet member for education, Jeremy Tolcher, the change would save £1.2m a year.

He said the council had a legal duty to balance its budget and would look at each route individually. A final decision is due in July.""")

A[54] = ("curly", """Pub reopens as community-owned local

The Plough Inn at Little Fenby has reopened as a community-owned pub, 18 months after it closed.

More than 300 villagers bought shares to raise the £420,000 needed to buy the building from a national pub chain.

"When the Plough shut, the village lost its heart," said Graham Lutz, chairman of the Plough Community Benefit Society. "Now we've got it back, and it's ours."

According to Mr Lutz, the society has taken on a manager and five part-time staff.

The pub's new sign, painted by a local artist, shows a horse-drawn plough above the motto "Saved by Fenby".

Villager Anne Coopland, who bought ten shares, said: "I had my first drink here in 1971 and I intend to have my last one here too."
""")

A[55] = ("straight", """Senator announces she will not seek re-election

PHOENIX - Sen. Dolores Quintero, who has represented Arizona in the U.S. Senate since 2013, said Tuesday she will not run for a third term.

"I have given this job everything I have for twelve years, and it has given me back more than I ever expected," Quintero said at a news conference in Phoenix.

"But it is time for someone new. Arizona deserves a senator with a long road ahead of them."

Her decision opens up one of the most competitive Senate seats in next year's elections. Republicans have already begun lining up candidates.

"We intend to win this seat back."

Quintero was a member of the so-called "Gang of Ten," a bipartisan group that negotiated the 2021 infrastructure law.

The Arizona Democratic Party chair, Luis Ochoa, said Quintero had been "a tireless voice for working families" and that the party would hold the seat.""")

A[56] = ("straight", """Mayor's aide resigns over text messages

CLEVELAND - A senior aide to Mayor Terrence Gaines resigned Thursday after local news outlets published text messages in which he mocked residents of the city's East Side.

Chief of staff Aaron Pell apologized in a letter to the mayor. "The words I used were hurtful and wrong, and I take full responsibility for them," he wrote.

"I have let down the mayor and the people of this city."

Gaines accepted the resignation the same afternoon. The mayor had faced calls from three council members to fire Pell.

"This city deserves better than an apology."

The "Textgate" affair is the first crisis of Gaines's second term.

Councilwoman Denise Harper, who represents Ward 4, said the resignation was "the first step, not the last" and called for an independent review of hiring at City Hall.""")

A[57] = ("straight", """Sri Lanka tea exports rise as Russian demand rebounds

COLOMBO, Jan 15 (AP) - Sri Lanka's tea exports rose 6% last year, helped by a recovery in demand from Russia and Iraq, the island's tea board said Monday.

Shipments reached 256 million kilograms, the Sri Lanka Tea Board said in a statement. Figures from the central bank showed that export earnings from tea rose to $1.4 billion.

Tea board chairman Niraj de Mel said a weaker rupee had helped exporters. He said the board would spend $5 million promoting Ceylon tea in China and the Middle East this year.

"China drinks more tea than anyone on earth, and we have barely scratched the surface there," he told reporters in Colombo.

"If we win even one percent of that market, it will change the lives of thousands of smallholders."

Tea is Sri Lanka's third biggest export earner after garments and money sent home by workers abroad.""")

A[58] = ("straight", """Bangladesh garment makers warn of order cuts

DHAKA, Sept 2 (Reuters) - Bangladesh's garment exporters expect orders from Europe to fall by up to 15% in the coming season as retailers cut stock, the head of the industry's main trade group said on Monday.

Farzana Karim, president of the Bangladesh Garment Manufacturers and Exporters Association, said several large buyers had already trimmed their autumn orders. She said factories were also struggling with gas shortages that had cut production.

"We are being squeezed from both sides," she told Reuters. "Buyers want lower prices and our costs are going up."

"Without stable gas supplies, some factories will not survive the winter."

Data from the Export Promotion Bureau showed that garment shipments fell 4% in July from a year earlier.

(Reporting by Anis Rahman; Editing by Kim Delaney)""")

A[59] = ("curly", """Radio interview: housing minister on the rent freeze

The following is an edited extract from an interview with the housing minister, Dominic Ferrars, on BBC Radio Sheffield's breakfast programme on Friday.

PRESENTER: Minister, landlords in this city say a rent freeze will drive them out of the market. Are they wrong?

FERRARS: I don't accept that. Most landlords are decent people who want a fair return, and a fair return is still available.

PRESENTER: But you're not a landlord with a mortgage to pay.

FERRARS: No, and I've never pretended to be. We've spoken to the landlords' associations every week since March.

Mr Ferrars later told reporters in Sheffield that he had "no intention" of extending the freeze beyond two years. "Two years is what we promised and two years is what it will be," he said.

"Landlords can plan around that."
""")

A[60] = ("curly", """Committee hearing: water chief questioned over sewage spills

Below is an extract from Tuesday's hearing of the Commons environment committee, at which the chief executive of Wessex Vale Water, Caroline Aspinall, gave evidence.

CHAIR (Sir Neil Cottam): Ms Aspinall, your company discharged sewage into rivers on more than 9,000 occasions last year. Is that acceptable?

ASPINALL: It is not acceptable, and I have never said it was. We are spending £1.1bn over five years to fix it.

CHAIR: Your bonus last year was £410,000.

ASPINALL: I declined the bonus in full in March. I think that was the right decision.

Speaking to reporters after the session, Ms Aspinall said the company would publish spill data for every outfall monthly. "People have a right to know what is going into their river," she said.

"We will not hide behind averages any more."
""")

OPEN_BEFORE = set(" \t\n([{\u2014\u2013-/")

def convert(text, style):
    if style == "straight":
        return text
    out = []
    for i, ch in enumerate(text):
        prev = text[i-1] if i else "\n"
        if ch == '"':
            opening = prev in OPEN_BEFORE
            if style == "curly":
                out.append("\u201c" if opening else "\u201d")
            else:
                out.append("\u2018" if opening else "\u2019")
        elif ch == "'":
            opening = prev in OPEN_BEFORE or prev in "\u201c\u2018"
            if style == "curly":
                out.append("\u2018" if opening else "\u2019")
            else:
                # british: straight single used only as apostrophe or (in headlines) scare quote
                out.append("\u2018" if opening else "\u2019")
        else:
            out.append(ch)
    return "".join(out)

if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    for n, (style, text) in sorted(A.items()):
        t = convert(text.strip(), style)
        words = len(t.split())
        assert 80 <= words <= 300, (n, words)
        with open(os.path.join(HERE, "articles", "%03d.txt" % n), "w", encoding="utf-8") as f:
            f.write(t + "\n")
        print(n, style, words)
