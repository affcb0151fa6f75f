# Builds articles/ and checks.json for the figures trap set T46.
# Each article: (style, text, checks); a check is (family, context, num, expected, why).
#   change:  expected "up" | "down" | ""   (the figure's change column)
#   scale:   expected value (number) or (value, unit)
#   object:  expected head noun (str) or list of acceptable head nouns
#   junk:    expected None: no figure row with a value over `num`
import json, os, re, sys

A = []

def art(style, text, *checks):
    A.append((style, text.strip() + "\n", checks))

# 1 business UK
art("business/UK", """
Hartwell Foods to close Derby bakery with loss of 310 jobs

Hartwell Foods, the Leicester-based maker of own-label biscuits, is to close its Derby bakery, putting 310 jobs at risk.

The company said pre-tax profit slumped 38% to £12.4m in the year to March, as the cost of flour, sugar and energy outpaced the prices it could charge supermarkets. Revenue edged higher to £486m.

Chief executive Moira Talbot said the Derby site, which opened in 1962, was "no longer viable" and that production would move to the group's larger plant in Corby, where a £4.5m packaging line is being installed.

Staff were told of the decision at a meeting on Tuesday morning. The GMB union said it would fight the closure and called on the firm to consult properly with the workers affected, many of whom have spent their whole careers at the bakery.
""",
    ("change", "profit slumped 38% to", "38%", "down", "'slumped 38%' is a fall"),
    ("scale", "a £4.5m packaging line", "£4.5m", (4500000, "GBP"), "£4.5m is 4.5 million pounds"),
    ("object", "putting 310 jobs at risk", "310", "jobs", "310 counts jobs"),
    ("junk", "which opened in 1962", "1962", None, "a year used as a date is not a figure"),
)

# 2 business UK
art("business/UK", """
Canal-side brewer Millstream agrees £38m sale to Dutch group

Millstream Brewing, the Shropshire ale maker founded by brothers Ewan and Rhys Pritchard in a disused boathouse, has agreed to be bought by Dutch drinks group Van Tuyl for £38m.

The offer values each share at 212p, a premium of 41% to Friday's closing price. Millstream's shares jumped 36% to 205p on the news.

The brewery employs 140 staff and sells its beer in roughly 2,300 pubs across the Midlands and Wales. Annual sales rose by a fifth last year to £29m, although margins were squeezed by the rising price of malt.

Ewan Pritchard, 58, who will stay on as managing director, said the deal would give the business the money it needed to build a second brewhouse. "We have turned away orders for two summers running," he said.
""",
    ("change", "shares jumped 36% to 205p", "36%", "up", "'jumped 36%' is a rise"),
    ("scale", "Van Tuyl for £38m", "£38m", (38000000, "GBP"), "£38m is 38 million pounds"),
    ("object", "roughly 2,300 pubs across", "2,300", "pubs", "2,300 counts pubs"),
    ("junk", "Ewan Pritchard, 58, who", "58", None, "an age set off after a name is not a figure"),
)

# 3 economy US
art("economy/US", """
US jobless rate edges up as hiring cools

WASHINGTON — The US unemployment rate edged up to 4.3% in August as employers added fewer workers than economists had expected, the Labor Department said on Friday.

Nonfarm payrolls grew by 142,000 last month, below the 165,000 forecast in a Reuters poll. Revisions also lowered the totals for June and July.

Factory employment fell for a fourth straight month, shedding 24,000 positions, with carmakers in Michigan and Ohio trimming shifts. Health care and government together accounted for most of the gains.

Separately, the Commerce Department said the trade deficit narrowed in July to $71.4 billion as imports of consumer goods eased.

The figures leave the Federal Reserve weighing a larger cut in interest rates at its meeting later this month. "The labor market is cooling, not collapsing," said Ben Alvarado, an economist at Ridgeway Capital in Chicago.
""",
    ("change", "edged up to 4.3% in August", "4.3%", "up", "'edged up to 4.3%' is a rise"),
    ("scale", "to $71.4 billion as imports", "$71.4 billion", (71400000000, "USD"), "$71.4 billion"),
    ("object", "shedding 24,000 positions", "24,000", "positions", "24,000 counts positions"),
    ("object", "unemployment rate edged up to 4.3%", "4.3%", "rate", "the percentage is the level of the unemployment rate"),
)

# 4 economy US
art("economy/US", """
Retail sales slip as shoppers rein in spending

Sales at US retailers fell 0.6% in March, the steepest drop in more than a year, as higher gasoline prices and cooling wage growth led shoppers to cut back, Commerce Department data showed on Tuesday.

Receipts totaled $702.3 billion for the month. Economists surveyed by the Wall Street Journal had expected a smaller decline.

Spending at furniture stores slid 2.1%, and sales at car dealerships dropped for a second month. Online retailers were a bright spot, with non-store sales climbing 1.4%.

"Consumers are not falling off a cliff, but they are clearly more careful," said Dana Whitcomb, chief economist at Larchmont Advisors in Hartford. She noted that a third of households questioned in a recent University of Michigan survey expected their finances to worsen over the coming year.

Shares of department store chains were mixed in morning trading.
""",
    ("change", "non-store sales climbing 1.4%", "1.4%", "up", "'climbing 1.4%' is a rise"),
    ("scale", "Receipts totaled $702.3 billion", "$702.3 billion", (702300000000, "USD"), "$702.3 billion"),
    ("object", "a third of households questioned", "a third", "households", "the fraction is of households"),
    ("object", "Spending at furniture stores slid 2.1%", "2.1%", "spending", "the percentage measures spending, which slid"),
)

# 5 health Ireland
art("health/IE", """
Trolley numbers hit new high at Limerick hospital

A record 138 patients were waiting on trolleys at University Hospital Limerick on Monday morning, according to the Irish Nurses and Midwives Organisation (INMO).

Nationally, 612 people were on trolleys, up from 540 on the same day last year. The INMO said more than half of those waiting in Limerick were elderly.

The HSE said the hospital had opened additional beds since January and was recruiting 60 nurses from overseas. A spokeswoman said patients with non-urgent complaints should consider contacting their GP or an out-of-hours service, and urged anyone with a minor injury to ring 061 482 900 before travelling.

INMO assistant director Siobhán Keary said staff were "at breaking point" after one of the busiest weekends the hospital had seen. "Our members cannot keep absorbing this," she said.
""",
    ("change", "Nationally, 612 people", "612", "up", "612 is the level a rise ended at ('up from 540')"),
    ("object", "recruiting 60 nurses from overseas", "60", "nurses", "60 counts nurses"),
    ("object", "A record 138 patients were waiting", "138", "patients", "138 counts patients"),
    ("junk", "ring 061 482 900 before", "061 482 900", None, "a phone number is not a figure"),
)

# 6 health Ireland
art("health/IE", """
Measles vaccine uptake falls below safe level in north Dublin

Uptake of the MMR vaccine among toddlers in north Dublin has fallen to 84 per cent, well short of the level needed to prevent outbreaks, new figures from the Health Protection Surveillance Centre show.

Public health doctors said about 1,900 children in the area had missed their first dose, and that several cases of measles had been confirmed since the start of the year, some in infants too young to be vaccinated.

Dr Cormac Feeney, a consultant in public health medicine, said the fall was not due to a single cause. "Some families have moved, some appointments were missed during the winter, and there is misinformation," he said.

The HSE will run drop-in clinics at 14 health centres from next week. Parents can book through the HSE website or by calling 1800 700 700.
""",
    ("change", "has fallen to 84 per cent", "84 per cent", "down", "'fallen to 84 per cent' is a fall"),
    ("object", "about 1,900 children in the area", "1,900", "children", "1,900 counts children"),
    ("object", "clinics at 14 health centres", "14", "centres", "14 counts health centres"),
    ("junk", "by calling 1800 700 700", "1800 700 700", None, "a freephone number is not a figure"),
)

# 7 education India
art("education/IN", """
Karnataka to hire 12,000 teachers as enrolment climbs in government schools

BENGALURU: The Karnataka government will recruit 12,000 guest teachers for the coming academic year after enrolment in state-run schools rose by 6.2 per cent, school education minister H. R. Gowdappa said on Thursday.

More than 1.2 million children are now enrolled in government primary schools in the state's northern districts, the minister said, with the sharpest increases in Kalaburagi and Raichur. The department has set aside ₹850 million for new classrooms and toilets.

"Parents are moving children out of low-fee private schools because of costs after the pandemic," he told reporters at Vidhana Soudha.

Officials said admissions for the new year would open on June 1 and that district offices would run help desks for parents who need assistance with the online forms.
""",
    ("change", "rose by 6.2 per cent", "6.2 per cent", "up", "'rose by 6.2 per cent' is a rise"),
    ("scale", "More than 1.2 million children", "1.2 million", 1200000, "1.2 million is 1,200,000"),
    ("object", "recruit 12,000 guest teachers", "12,000", "teachers", "12,000 counts teachers"),
    ("junk", "open on June 1 and", "June 1", None, "a calendar date is not a figure"),
)

# 8 education India
art("education/IN", """
Delhi University applications fall as students look elsewhere

NEW DELHI: Applications for undergraduate seats at Delhi University fell to 186,000 this year, the university said, as more students chose private universities and courses abroad.

The university offers 71,000 seats across its colleges. Officials said nearly a quarter of applicants had sought places in commerce courses, while demand for Hindi-medium history had halved.

Hostel fees at the North Campus will rise sharply next year, a move the students' union said would push out poorer students. The union's president, Ritika Saini, 22, said protests would begin outside the Arts Faculty on Monday.

The university said it had set aside ₹45 million for scholarships for first-generation learners and would publish its first merit list next week.
""",
    ("change", "fell to 186,000 this year", "186,000", "down", "'fell to 186,000' is a fall"),
    ("scale", "set aside ₹45 million for", "₹45 million", (45000000, "INR"), "₹45 million is 45 million rupees"),
    ("object", "nearly a quarter of applicants", "a quarter", "applicants", "the fraction is of applicants"),
    ("junk", "Ritika Saini, 22, said", "22", None, "an age set off after a name is not a figure"),
)

# 9 elections US
art("elections/US", """
Turnout tops 60% in Maricopa County primary

PHOENIX — Turnout in Tuesday's primary in Maricopa County reached 61%, the highest for a midterm primary in two decades, county officials said Wednesday.

More than 1.4 million people cast ballots, most of them by mail. Officials said 1,112 provisional ballots were still being reviewed and that results would be updated each evening.

In Precinct 214 in west Phoenix, a scanner jam delayed results for nearly three hours. Elections director Marisol Teague said no ballots were lost and that the machine had been replaced.

Voters with questions about whether their ballot was counted can call the county hotline at 602-506-1511 or check online. The canvass must be completed before the end of the month.
""",
    ("object", "Turnout in Tuesday's primary in Maricopa County reached 61%", "61%", "turnout", "61% is the level of turnout"),
    ("object", "1,112 provisional ballots", "1,112", "ballots", "1,112 counts ballots"),
    ("junk", "In Precinct 214 in", "214", None, "a precinct number is not a figure"),
    ("junk", "hotline at 602-506-1511", "602-506-1511", None, "a phone number is not a figure"),
)

# 10 elections US
art("elections/US", """
Recount narrows gap in Ohio statehouse race

COLUMBUS, Ohio — A recount in an Ohio House district trimmed Republican Dale Wexler's lead over Democrat Priya Ramaswamy to 37 votes, the Franklin County Board of Elections said Thursday.

Election night tallies had put Wexler comfortably ahead. Workers re-examined ballots from 63 precincts over three days and found a small batch that had been set aside in error.

Ramaswamy, 31, a former schoolteacher, said she would not challenge the result in court. "The voters have spoken, narrowly," she said.

Wexler, a real estate agent from Grove City, will be sworn in on Jan. 6. He said he would hold town hall meetings across the district in his first month in office.
""",
    ("object", "lead over Democrat Priya Ramaswamy to 37 votes", "37", "votes", "37 counts votes"),
    ("object", "ballots from 63 precincts", "63", "precincts", "63 counts precincts"),
    ("junk", "Ramaswamy, 31, a former", "31", None, "an age set off after a name is not a figure"),
    ("junk", "sworn in on Jan. 6.", "Jan. 6", None, "a calendar date is not a figure"),
)

# 11 crime UK
art("crime/UK", """
Gang jailed over cannabis farms in former bank

Five men have been jailed after police found more than 1,600 cannabis plants growing in a disused bank and two houses in Stoke-on-Trent.

Officers raided the former bank in Hanley in March last year after neighbours reported a strong smell. Inside they found three floors of plants and equipment that had been wired illegally into the mains, Stoke-on-Trent Crown Court heard.

Ringleader Arben Duka, 41, of no fixed address, was jailed for nine years. The other four received sentences of between two and six years.

Detective Inspector Helen Marsh said drug-related burglaries in the area had fallen by 18% since the gang was broken up. Anyone with information about drug cultivation can contact Crimestoppers anonymously on 0800 555 111.
""",
    ("change", "had fallen by 18% since", "18%", "down", "'fallen by 18%' is a fall"),
    ("object", "more than 1,600 cannabis plants", "1,600", "plants", "1,600 counts cannabis plants"),
    ("junk", "Arben Duka, 41, of no fixed address", "41", None, "an age set off after a name is not a figure"),
    ("junk", "anonymously on 0800 555 111", "0800 555 111", None, "a phone number is not a figure"),
)

# 12 crime UK
art("crime/UK", """
Knife crime down in Bristol but robberies rise

Recorded knife offences in Bristol fell to 412 in the year to September, down from 497 the year before, according to figures released by Avon and Somerset Police.

But street robberies climbed 14%, driven by a spate of phone thefts in the city centre, with most of the stolen handsets snatched by thieves riding e-scooters or bicycles.

The force has put 40 extra officers on patrol in Broadmead and around Temple Meads station at weekends. Chief Superintendent Grace Odunsi said: "One of the most effective things people can do is keep their phone out of sight."

A teenage boy was arrested on Saturday night on Stokes Croft on suspicion of robbery and has been released on bail. Witnesses should call 101 and quote the date of the incident.
""",
    ("change", "down from 497 the year", "497", "down", "'down from 497' marks a fall"),
    ("object", "40 extra officers on patrol", "40", "officers", "40 counts officers"),
    ("junk", "One of the most effective", "One", None, "'one of the most' is not a figure"),
    ("junk", "should call 101 and", "101", None, "a number called is not a figure"),
)

# 13 weather Australia
art("weather/AU", """
Heatwave to push Adelaide past 44C as fire bans declared

Adelaide is bracing for its hottest day in four years, with the Bureau of Meteorology forecasting a top of 44C on Thursday before a gusty southerly change brings relief on Friday.

Total fire bans have been declared for 11 of the state's 15 fire ban districts. The CFS said crews were battling a blaze near Cudlee Creek that had burnt through 1,350 hectares of scrub and grazing land by Wednesday evening.

Overnight temperatures are expected to fall only to 29C, raising concerns for elderly residents without air-conditioning. The state government announced a $4.2m package to keep community cooling centres open late.

Residents were urged to check on neighbours and keep pets indoors. The CFS bushfire information line is 1800 362 361.
""",
    ("change", "expected to fall only to 29C", "29C", "down", "'fall only to 29C' is a fall"),
    ("scale", "a $4.2m package", "$4.2m", 4200000, "$4.2m is 4.2 million dollars"),
    ("object", "11 of the state's 15 fire ban districts", "11", "districts", "11 of the districts"),
    ("junk", "information line is 1800 362 361", "1800 362 361", None, "a phone number is not a figure"),
)

# 14 weather Australia
art("weather/AU", """
Flood warnings for northern NSW after deluge

Residents of Lismore and surrounding towns have been told to prepare to evacuate after more than 300mm of rain fell on parts of the Northern Rivers in a single day.

The Wilsons River at Lismore was at 8.6 metres on Sunday afternoon and rising. The SES said it had received 640 calls for help since Saturday, including dozens of flood rescues.

Rainfall eased on Monday as the low moved offshore, but forecasters warned that a second system could dump up to 150mm on the region later in the week.

Premier Karen Nolan said a $15 million fund would help councils clear debris and repair roads. Anyone needing emergency help in a flood or storm should contact the SES on 132 500.
""",
    ("change", "could dump up to 150mm", "150mm", "", "'up to 150mm' is a bound, not a change"),
    ("scale", "a $15 million fund", "$15 million", 15000000, "$15 million"),
    ("object", "received 640 calls for help", "640", "calls", "640 counts calls"),
    ("junk", "the SES on 132 500", "132 500", None, "a phone number is not a figure"),
)

# 15 sport UK football
art("sport/UK", """
Rovers climb to third after late Okafor double

Bristol Rovers moved up to third in League One after two late goals from substitute Tobi Okafor gave them a 2-1 win over Lincoln City at the Memorial Stadium.

Lincoln had led through Ben Hartley's header in the 34th minute, and home fans were growing restless when Okafor, on as a replacement for the injured Jack Pryce, turned in a low cross.

The teenager then struck the winner deep into stoppage time, curling a free-kick over the wall from 25 yards.

A crowd of 8,914 saw Rovers extend their unbeaten run. Lincoln, who had won their previous four away matches, slipped to ninth.
""",
    ("change", "A crowd of 8,914", "8,914", "", "an attendance with no change word"),
    ("object", "A crowd of 8,914", "8,914", "crowd", "the number sizes the crowd"),
    ("junk", "in the 34th minute", "34th", None, "a minute mark is not a figure"),
    ("junk", "a 2-1 win over", "2-1", None, "a scoreline is not a figure"),
)

# 16 sport UK football
art("sport/UK", """
Celtic extend lead with rout of Motherwell

Celtic moved clear at the top of the Scottish Premiership after a comfortable win over Motherwell at Parkhead on Saturday.

Callum Reid scored twice, and midfielder Sean Brennan added a third before half-time with a shot that deflected off defender Liam Kerr. Substitute Femi Okoro completed the scoring deep into added time.

Motherwell, who had conceded only 14 goals all season, lost goalkeeper Aaron Moyes to a hamstring injury before the break.

Celtic have now won 11 of their last 12 league games.

Scorers: Reid (12, 58), Brennan (44), Okoro (90+3).
""",
    ("change", "conceded only 14 goals", "14", "", "a count with no change word"),
    ("object", "won 11 of their last 12 league games", "11", "games", "11 of the games"),
    ("junk", "Reid (12, 58)", "58", None, "a goal-list minute is not a figure"),
    ("junk", "Okoro (90+3)", "90+3", None, "a stoppage-time mark is not a figure"),
)

# 17 transport Ireland
art("transport/IE", """
Dublin Bus to add electric double-deckers to northside routes

Dublin Bus will put 40 new electric double-deckers into service on northside routes by the end of the year, the National Transport Authority (NTA) has announced.

The vehicles will operate first from the Harristown depot on Route 13 and Route 122, which serve Ballymun, Finglas and the city centre.

Passenger numbers on Dublin Bus reached 149 million last year, up 9% on 2022, and the NTA said the company was carrying more people than at any time in its history.

NTA chief executive Deirdre Mulcahy said the new buses were quieter and cheaper to run. Customers who need help planning a journey can text 50555 for travel assistance.
""",
    ("change", "up 9% on 2022", "9%", "up", "'up 9%' is a rise"),
    ("object", "40 new electric double-deckers", "40", ["double-deckers", "deckers"], "40 counts double-deckers"),
    ("junk", "on Route 13 and", "13", None, "a route number is not a figure"),
    ("junk", "can text 50555 for", "50555", None, "an SMS short code is not a figure"),
)

# 18 transport Ireland
art("transport/IE", """
Cork commuter line to double frequency from September

Trains on the Cork to Midleton commuter line will run every 10 minutes at peak times from September, Iarnród Éireann has said.

The company said journeys on the Cork commuter network climbed to 3.1 million last year, helped by cheaper fares for young people and the opening of a new park-and-ride at Little Island.

Four new stations are planned, at Blarney, Tivoli, Monard and Dunkettle. Bus Éireann will also divert Route 240 to serve the new stop at Dunkettle.

The first service from Midleton will leave at 5.50am, and the company said later evening trains would follow once extra drivers had been trained.
""",
    ("change", "climbed to 3.1 million last year", "3.1 million", "up", "'climbed to 3.1 million' is a rise"),
    ("object", "Four new stations are planned", "Four", "stations", "four counts stations"),
    ("junk", "divert Route 240 to", "240", None, "a route number is not a figure"),
    ("junk", "leave at 5.50am", "5.50am", None, "a time of day is not a figure"),
)

# 19 housing Australia
art("housing/AU", """
Sydney home values fall for third month

Home values in Sydney slipped 0.4% in May, the third monthly fall in a row, as higher interest rates continued to weigh on buyers, according to property data firm Domaine Analytics.

The median house price in the city is now $1.38 million. Units held up better, with values steady over the month.

In Melbourne, auction clearance rates dropped sharply. About 1,100 homes went under the hammer in the city on Saturday, Domaine said.

Brisbane and Perth bucked the trend, with values in both cities rising.

Domaine's head of research, Tom Vukovic, said first-home buyers were finding it harder to get a foothold. "Many 30-somethings on two incomes are still being priced out of the suburbs where they grew up," he said.
""",
    ("change", "slipped 0.4% in May", "0.4%", "down", "'slipped 0.4%' is a fall"),
    ("scale", "is now $1.38 million", "$1.38 million", 1380000, "$1.38 million"),
    ("object", "About 1,100 homes went under the hammer", "1,100", "homes", "1,100 counts homes"),
    ("junk", "Many 30-somethings on", "30-somethings", None, "an age group is not a figure"),
)

# 20 housing Australia
art("housing/AU", """
Perth rents jump as vacancy rate hits record low

Weekly rents in Perth have jumped over the past year, and the city's rental vacancy rate sank to 0.7%, the lowest of any capital, according to the Real Estate Institute of Western Australia.

REIWA president Sonia Pettigrew said the market was short of homes in almost every suburb.

The state government has promised to fast-track 4,000 social housing units under a $2.6bn package announced in the budget. Builders say a shortage of bricklayers and tilers is slowing construction, and many projects will not be finished before 2027.

Renter advocacy group Shelter WA said one in five tenants it surveyed were spending more than half their income on rent.
""",
    ("change", "vacancy rate sank to 0.7%", "0.7%", "down", "'sank to 0.7%' is a fall"),
    ("scale", "a $2.6bn package", "$2.6bn", 2600000000, "$2.6bn is 2.6 billion dollars"),
    ("object", "fast-track 4,000 social housing units", "4,000", "units", "4,000 counts housing units"),
    ("junk", "finished before 2027", "2027", None, "a year used as a date is not a figure"),
)

# 21 science UK
art("science/UK", """
Tiny tags reveal why Isle of May kittiwakes are struggling

Kittiwakes breeding on the Isle of May are flying much further to find food than they did a generation ago, according to a study by researchers at the University of St Andrews.

The team fitted lightweight tags to 86 adult birds and tracked them over three summers. Birds from the colony, which clings to a 45m cliff on the island's western side, were flying far out to sea to find sand eels.

The colony once held more than 7,000 pairs, but numbers have dropped steeply since the 1990s as warmer seas reduced the supply of the small fish the birds feed to their chicks.

Dr Fiona Lennox, who led the project, said the findings should inform decisions about where to allow offshore wind farms.
""",
    ("scale", "a 45m cliff", "45m", 45, "a 45m cliff is 45 metres, not 45 million"),
    ("object", "tags to 86 adult birds", "86", "birds", "86 counts birds"),
    ("object", "more than 7,000 pairs", "7,000", "pairs", "7,000 counts pairs"),
    ("junk", "since the 1990s", "1990s", None, "a decade used as a date is not a figure"),
)

# 22 science UK
art("science/UK", """
Durham-led survey maps millions of galaxies

A team led by Durham University has published the largest three-dimensional map yet of the nearby universe, charting the positions of 2.3 million galaxies.

The survey took five years and used a camera fitted to a telescope in the Chilean Andes. The finished map covers a third of the sky.

Professor Aoife Drummond said researchers from 11 countries had worked on the project, and that the data would be released to other scientists next spring.

"One of the surprises was how empty some regions are," she said. "There are voids so large that light takes hundreds of millions of years to cross them."
""",
    ("scale", "positions of 2.3 million galaxies", "2.3 million", 2300000, "2.3 million galaxies"),
    ("object", "from 11 countries had", "11", "countries", "11 counts countries"),
    ("object", "covers a third of the sky", "a third", "sky", "the fraction is of the sky"),
    ("junk", "One of the surprises", "One", None, "'one of the' is not a figure"),
)

# 23 farming Kenya
art("farming/KE", """
Kenya tea earnings rise as auction prices firm

NAIROBI — Kenya earned 180 billion shillings from tea exports last year, an increase of 8 per cent, as prices at the Mombasa auction firmed on demand from Pakistan and Egypt, the Tea Board of Kenya said on Tuesday.

Smallholder farmers grow most of the country's tea. More than 650,000 smallholders deliver leaf to factories managed by the Kenya Tea Development Agency, and they received higher bonus payments this year.

Drought in parts of the Rift Valley cut output at 14 factories, the board said, and growers in Kericho complained that late payments were forcing them to borrow.

"We want the money to reach farmers faster," said board chairman Joseph Kiprono.
""",
    ("change", "an increase of 8 per cent", "8 per cent", "up", "'an increase of 8 per cent' is a rise"),
    ("scale", "earned 180 billion shillings", "180 billion", 180000000000, "180 billion shillings"),
    ("object", "More than 650,000 smallholders deliver", "650,000", "smallholders", "650,000 counts smallholders"),
    ("object", "cut output at 14 factories", "14", "factories", "14 counts factories"),
)

# 24 farming Ghana
art("farming/GH", """
Ghana cocoa output slumps as swollen shoot disease spreads

ACCRA — Ghana's cocoa harvest is expected to fall to about 580,000 tonnes this season as swollen shoot virus and illegal gold mining damage farms, the Ghana Cocoa Board (Cocobod) said on Monday.

Cocobod has raised the price it pays farmers and secured a $1.3 billion syndicated loan to buy beans. More than 500,000 hectares of farmland have been affected by the disease, officials said.

Farmers in the Western North Region said they had cut down hundreds of infected trees, but received little help to replant.

"A cocoa tree takes years to bear fruit. We cannot wait that long without income," said Kwabena Asante, who farms near Sefwi Wiawso.
""",
    ("change", "fall to about 580,000 tonnes", "580,000 tonnes", "down", "'fall to about 580,000 tonnes' is a fall"),
    ("scale", "a $1.3 billion syndicated loan", "$1.3 billion", (1300000000, "USD"), "$1.3 billion"),
    ("object", "More than 500,000 hectares of farmland", "500,000", "farmland", "the hectares measure farmland"),
    ("object", "hundreds of infected trees", "hundreds", "trees", "hundreds counts trees"),
)

# 25 business India
art("business/IN", """
Sundaram Motors profit rises on SUV demand in smaller towns

CHENNAI: Sundaram Motors on Friday reported higher net profit for the April-June quarter, helped by strong demand for its sport utility vehicles in smaller towns.

The company sold 184,500 vehicles in the quarter, including 61,200 SUVs, but said exports fell 12% because of weak demand in Africa.

Managing director K. Srinivasan said the company would invest ₹35 billion over three years to build a new plant near Hosur that could make electric two-wheelers.

Shares of the company closed higher on the National Stock Exchange, while the benchmark Nifty 50 index ended flat.
""",
    ("change", "exports fell 12%", "12%", "down", "'fell 12%' is a fall"),
    ("scale", "invest ₹35 billion over", "₹35 billion", (35000000000, "INR"), "₹35 billion"),
    ("object", "including 61,200 SUVs", "61,200", "suvs", "61,200 counts SUVs"),
    ("junk", "benchmark Nifty 50 index", "50", None, "a number in an index name is not a figure"),
)

# 26 business India
art("business/IN", """
SkyVista Airlines orders 120 narrow-body jets

MUMBAI: Budget carrier SkyVista Airlines has ordered 120 narrow-body aircraft in a deal worth about $14 billion at list prices, the airline said on Tuesday, as it bets on growing air travel from India's smaller cities.

The carrier's share of the domestic market climbed to 11.8% in the last financial year. It currently flies a fleet of 64 Boeing 737 aircraft.

Chief executive Arvind Mehra said the airline would hire about 2,500 pilots and cabin crew over the next four years and open a training centre in Hyderabad.

"India is the fastest-growing aviation market in the world, and we intend to grow with it," Mehra said.
""",
    ("change", "market climbed to 11.8%", "11.8%", "up", "'climbed to 11.8%' is a rise"),
    ("scale", "about $14 billion at list prices", "$14 billion", (14000000000, "USD"), "$14 billion"),
    ("object", "hire about 2,500 pilots", "2,500", "pilots", "2,500 counts pilots (and crew)"),
    ("junk", "64 Boeing 737 aircraft", "737", None, "an aircraft model number is not a figure"),
)

# 27 economy South Africa
art("economy/ZA", """
SA inflation eases as fuel prices fall

JOHANNESBURG — South Africa's annual consumer inflation slowed to 4.4% in August from 4.6% in July, Statistics South Africa said on Wednesday, helped by a drop in petrol prices.

Food inflation was unchanged at 4.7%, while the rand firmed against the dollar after the data.

The Reserve Bank is expected to cut its repo rate at its next meeting. Economists at Nedbank estimate power cuts cost the economy about 900 million rand a day at their worst last year.

Unemployment remains stubbornly high, with 8.4 million people out of work, according to the latest labour force survey.
""",
    ("change", "slowed to 4.4% in August", "4.4%", "down", "'slowed to 4.4% from 4.6%' is a fall"),
    ("change", "Food inflation was unchanged at 4.7%", "4.7%", "", "'unchanged at' is no change"),
    ("scale", "about 900 million rand a day", "900 million rand", (900000000, "ZAR"), "900 million rand"),
    ("object", "8.4 million people out of work", "8.4 million", "people", "8.4 million counts people"),
)

# 28 economy Nigeria
art("economy/NG", """
Nigeria's economy grows as oil output recovers

ABUJA — Nigeria's economy grew 3.2% year on year in the second quarter, up from 2.9% in the first three months, as crude oil production recovered from a series of pipeline attacks, the National Bureau of Statistics said.

The non-oil sector, which accounts for most of the country's output, expanded by 2.8%.

Inflation remains a heavy burden on households. The central bank raised its benchmark interest rate by 50 basis points in July, its fourth increase this year.

The finance ministry said a new national minimum wage, agreed with unions in the summer, would cost state governments about 650 billion naira a year.
""",
    ("change", "up from 2.9% in the first", "2.9%", "up", "'up from 2.9%' marks a rise"),
    ("change", "by 50 basis points", "50 basis points", "up", "'raised its rate by 50 basis points' is a rise"),
    ("scale", "about 650 billion naira", "650 billion", 650000000000, "650 billion naira"),
    ("object", "sector, which accounts for most of the country's output, expanded by 2.8%", "2.8%", "sector", "the percentage measures the non-oil sector"),
)

# 29 health US
art("health/US", """
Overdose deaths fall in Cincinnati area as naloxone spreads

CINCINNATI — Drug overdose deaths in Hamilton County dropped to 312 last year, a decline officials attributed to wider distribution of the overdose-reversal drug naloxone and fentanyl test strips.

The county health department handed out more than 38,000 naloxone kits last year, many of them from 45 vending machines installed in libraries, gas stations and bars.

Health Commissioner Dr. Lena Brightwater said the figures were encouraging but warned that deaths among older Black men had risen. She said xylazine, an animal sedative increasingly found mixed with fentanyl, was a growing worry.

People in crisis can call or text 988 at any hour to reach a trained counselor, and the county's addiction line is open every day.
""",
    ("change", "dropped to 312 last year", "312", "down", "'dropped to 312' is a fall"),
    ("object", "more than 38,000 naloxone kits", "38,000", "kits", "38,000 counts naloxone kits"),
    ("object", "from 45 vending machines", "45", "machines", "45 counts vending machines"),
    ("junk", "call or text 988 at", "988", None, "a number called or texted is not a figure"),
)

# 30 health US
art("health/US", """
Flu hospitalizations double in Texas as season peaks early

AUSTIN, Texas — The number of patients hospitalized with flu in Texas doubled to 4,200 in the week ending Dec. 14, state health officials said Friday, as the season peaked earlier than usual.

Children's hospitals in Houston and Dallas said their emergency rooms were running beyond capacity.

Only 38% of Texas adults have received a flu shot this season, officials said, a lower share than at the same point last year.

Twelve pediatric deaths have been reported statewide since October. Dr. Marcus Oyelaran, an infectious disease specialist in Houston, urged families not to wait. "It is not too late to get vaccinated," he said.
""",
    ("change", "doubled to 4,200 in the week", "4,200", "up", "'doubled to 4,200' is a rise"),
    ("object", "Twelve pediatric deaths have been reported", "Twelve", "deaths", "twelve counts deaths"),
    ("object", "Only 38% of Texas adults", "38%", "adults", "the share is of adults"),
    ("junk", "week ending Dec. 14", "Dec. 14", None, "a calendar date is not a figure"),
)

# 31 education UK
art("education/UK", """
Lancashire primary schools face closures as pupil numbers fall

Lancashire County Council says it may have to close or merge several primary schools over the next five years because the number of four-year-olds starting reception has fallen sharply.

Reception pupil numbers in the county fell by 9% between 2019 and 2024, and the council expects the decline to continue. About 3,000 school places are currently empty.

Councillor Jayne Rigby, cabinet member for education, said small schools were struggling to balance their budgets.

Parents at St Wilfrid's in Longridge have started a petition against any closure, which had more than 2,600 signatures by Friday.
""",
    ("change", "fell by 9% between", "9%", "down", "'fell by 9%' is a fall"),
    ("object", "About 3,000 school places", "3,000", "places", "3,000 counts school places"),
    ("object", "more than 2,600 signatures", "2,600", "signatures", "2,600 counts signatures"),
    ("junk", "between 2019 and 2024", "2019", None, "a year used as a date is not a figure"),
)

# 32 education UK
art("education/UK", """
University of Westmoor to cut 400 jobs amid funding gap

The University of Westmoor plans to cut about 400 jobs as it tries to close a deficit of £27m, staff have been told.

International student applications dropped sharply this year after visa rules were tightened, the university said, with recruitment from its two largest overseas markets hit hardest.

The University and College Union (UCU) said it would ballot its 1,150 members at the campus for strike action. Branch secretary Owen Pugh said: "Staff did not cause this crisis."

Vice-chancellor Professor Ruth Anand said the university's income from tuition fees had fallen to £182m, and that home undergraduate fees, frozen since 2017, were worth far less in real terms.
""",
    ("change", "had fallen to £182m", "£182m", "down", "'fallen to £182m' is a fall"),
    ("object", "a deficit of £27m", "£27m", "deficit", "the sum is the deficit's"),
    ("object", "ballot its 1,150 members", "1,150", "members", "1,150 counts members"),
    ("junk", "frozen since 2017", "2017", None, "a year used as a date is not a figure"),
)

# 33 elections India
art("elections/IN", """
Turnout dips in third phase of Maharashtra polls

MUMBAI: Voter turnout in the third phase of polling in Maharashtra dipped to 54.1 per cent, the Election Commission said on Wednesday, as a heatwave kept many voters indoors in the afternoon.

Officials said 312 electronic voting machines had to be replaced after faults, and polling was extended by an hour at booths in Baramati where queues formed late.

The Commission said it had received 1,430 complaints through its mobile app, most of them about the distribution of cash and liquor.

Voters can report violations of the model code of conduct by dialling 1950.
""",
    ("change", "dipped to 54.1 per cent", "54.1 per cent", "down", "'dipped to 54.1 per cent' is a fall"),
    ("object", "312 electronic voting machines", "312", "machines", "312 counts voting machines"),
    ("object", "received 1,430 complaints", "1,430", "complaints", "1,430 counts complaints"),
    ("junk", "by dialling 1950.", "1950", None, "a helpline number dialled is not a figure"),
)

# 34 elections Nigeria
art("elections/NG", """
INEC declares Adeyemi winner of Ogun governorship poll

ABEOKUTA — The Independent National Electoral Commission (INEC) has declared Olusegun Adeyemi of the People's Progressive Congress winner of Saturday's governorship election in Ogun State.

His nearest rival, Funmilayo Bakare, polled 376,402 votes. Turnout was 31 per cent, down from 36 per cent at the last election.

INEC said voting was cancelled at 58 polling units across four local government areas after thugs disrupted the process. The returning officer said results from Ward 11 in Ifo had been voided after ballot boxes were snatched.

Bakare said her party would challenge the result at the election tribunal.
""",
    ("change", "down from 36 per cent", "36 per cent", "down", "'down from 36 per cent' marks a fall"),
    ("object", "polled 376,402 votes", "376,402", "votes", "376,402 counts votes"),
    ("object", "cancelled at 58 polling units", "58", "units", "58 counts polling units"),
    ("junk", "results from Ward 11 in Ifo", "11", None, "a ward number is not a figure"),
)

# 35 crime US
art("crime/US", """
Police seize counterfeit goods worth millions at Queens warehouse

NEW YORK — Police seized counterfeit handbags, sneakers and watches worth an estimated $3.2 million from a warehouse in Jamaica, Queens, on Tuesday and arrested four men, the NYPD said.

The raid followed a six-month investigation by detectives from the 103rd Precinct and federal agents. Detectives recovered more than 9,000 fake designer items, many still in their shipping boxes.

The men face charges of trademark counterfeiting and were expected to be arraigned on Wednesday.

Anyone with information is asked to call Crime Stoppers at 1-800-577-TIPS.
""",
    ("scale", "an estimated $3.2 million", "$3.2 million", (3200000, "USD"), "$3.2 million"),
    ("object", "more than 9,000 fake designer items", "9,000", "items", "9,000 counts items"),
    ("junk", "the 103rd Precinct", "103rd", None, "an ordinal in a precinct name is not a figure"),
    ("junk", "Crime Stoppers at 1-800-577-TIPS", "1-800-577", None, "a phone number is not a figure"),
)

# 36 crime US
art("crime/US", """
Man charged in shooting aboard Chicago bus

CHICAGO — Police have charged a man in Saturday's shooting aboard a Route 9 bus on the city's South Side that wounded two passengers.

Prosecutors said the suspect fired five shots after an argument with another rider near 79th Street. Both victims are expected to recover.

The shooting came weeks after the city agreed to spend $28 million on extra security for the transit system, including unarmed guards on trains and buses.

Police asked anyone with information to send an anonymous tip by texting the word SAFE to 274637.
""",
    ("scale", "spend $28 million on", "$28 million", (28000000, "USD"), "$28 million"),
    ("object", "fired five shots", "five", "shots", "five counts shots"),
    ("junk", "aboard a Route 9 bus", "9", None, "a bus route number is not a figure"),
    ("junk", "SAFE to 274637", "274637", None, "an SMS short code is not a figure"),
)

# 37 weather UK
art("weather/UK", """
Storm Isolde brings severe gales and flooding to west Wales

Storm Isolde swept in from the Atlantic overnight, battering the west coast of Wales and leaving about 23,000 homes without power.

By midday the number of homes still cut off had dropped to 6,400, the electricity network operator said. Rainfall at Capel Curig reached 118mm in 24 hours, and several roads in Gwynedd were closed by landslips.

The Met Office said snow was possible on high ground by Friday as colder air moved in behind the storm.

The Welsh government has released £2.5m in emergency funding for councils to repair flood defences and clear fallen trees.
""",
    ("change", "had dropped to 6,400", "6,400", "down", "'dropped to 6,400' is a fall"),
    ("change", "Capel Curig reached 118mm", "118mm", "", "a level with no change word"),
    ("scale", "released £2.5m in emergency funding", "£2.5m", (2500000, "GBP"), "£2.5m is 2.5 million pounds"),
    ("object", "about 23,000 homes without power", "23,000", "homes", "23,000 counts homes"),
)

# 38 weather Ireland
art("weather/IE", """
Met Éireann issues cold warning as temperatures plunge

Met Éireann has issued a low temperature warning for 12 counties, with sharp frost and icy roads expected in the midlands on Tuesday night.

Gritting crews from local authorities will treat national routes, and Transport Infrastructure Ireland has stockpiled 80,000 tonnes of salt. A 15m-long section of sea wall collapsed at Salthill during last week's storm and is being repaired.

The cold snap follows the wettest autumn on record at Shannon Airport, where rainfall showed an increase of 38% on the long-term average.

Forecasters said milder Atlantic air would push temperatures up to 9 degrees by Sunday.
""",
    ("change", "an increase of 38%", "38%", "up", "'an increase of 38%' is a rise"),
    ("change", "push temperatures up to 9 degrees", "9 degrees", "up", "'push temperatures up to 9 degrees' is a rise, not a bound"),
    ("scale", "A 15m-long section", "15m", 15, "a 15m-long section is 15 metres"),
    ("object", "80,000 tonnes of salt", "80,000", "salt", "the tonnes measure salt"),
)

# 39 sport Australia cricket
art("sport/AU", """
Cole century puts WA in control at the WACA

Opener Hayden Cole struck an unbeaten century as Western Australia took control on day two of their Sheffield Shield match against Queensland at the WACA.

Queensland had been bowled out for 247 on the opening day, with paceman Liam Otto taking four wickets.

Cole, 26, brought up his hundred with a six over long-on and was still there at stumps alongside captain Josh Ferris.

The match was played in front of the ground's new stands, part of a $80m redevelopment completed last summer. Play resumes at 10.30am on Saturday.
""",
    ("change", "bowled out for 247", "247", "", "a total with no change word"),
    ("scale", "a $80m redevelopment", "$80m", 80000000, "$80m is 80 million dollars"),
    ("junk", "Cole, 26, brought up", "26", None, "an age set off after a name is not a figure"),
    ("junk", "resumes at 10.30am", "10.30am", None, "a time of day is not a figure"),
)

# 40 sport Australia swimming
art("sport/AU", """
Teenager Whitford wins freestyle title at national trials

Queensland teenager Ella Whitford won the 200m freestyle at the Australian swimming trials in Brisbane on Tuesday night, beating Olympic champion Georgia Tran by 0.4 seconds.

Whitford, 17, led from the first turn and held off a late charge from Tran in the final lap to book her place on the team for the world championships.

Both swimmers are expected to be named in the 4x200m freestyle relay squad, which won silver at the last world championships.

Head coach Rohan Mills said the team was the strongest Australia had taken overseas in a decade.
""",
    ("change", "by 0.4 seconds", "0.4 seconds", "", "a winning margin is no change"),
    ("scale", "won the 200m freestyle", "200m", 200, "the 200m freestyle is 200 metres"),
    ("junk", "Whitford, 17, led", "17", None, "an age set off after a name is not a figure"),
    ("junk", "the 4x200m freestyle relay", "4x200m", None, "a relay is not a figure"),
)

# 41 transport UK
art("transport/UK", """
Northern rail punctuality slumps as driver shortage bites

Fewer trains run by Northern arrived on time in the four weeks to mid-September than those of any other operator in England, according to the Office of Rail and Road.

Punctuality slumped to 61.8%, and Northern cancelled 6,300 services in the period, blaming a shortage of drivers and rest-day working disputes.

The government has approved £1.2bn for new trains for the north of England, but the first will not enter service for several years.

Passengers on the line between Harrogate and Leeds have been among the worst hit. The 07:42 from Harrogate was cancelled repeatedly in August, according to a group of commuters.
""",
    ("change", "Punctuality slumped to 61.8%", "61.8%", "down", "'slumped to 61.8%' is a fall"),
    ("scale", "approved £1.2bn for", "£1.2bn", (1200000000, "GBP"), "£1.2bn is 1.2 billion pounds"),
    ("object", "cancelled 6,300 services", "6,300", "services", "6,300 counts services"),
    ("junk", "The 07:42 from Harrogate", "07:42", None, "a time of day is not a figure"),
)

# 42 transport UK
art("transport/UK", """
Greater Manchester bus fare cap to end in January

The maximum single bus fare in Greater Manchester will rise to £2.50 from January, ending a two-year cap, the combined authority has confirmed.

Passenger journeys on the Bee Network grew strongly in the first year of franchising, the authority said.

It added that 50 new electric buses would join the fleet in Wigan and Bolton in the spring, paid for from a £31m government grant.

Regular passengers on the number 36 bus between Wigan and Leigh said services were more reliable than before franchising but warned the fare rise would hit low-paid workers hardest.
""",
    ("change", "will rise to £2.50", "£2.50", "up", "'rise to £2.50' is a rise"),
    ("scale", "a £31m government grant", "£31m", (31000000, "GBP"), "£31m is 31 million pounds"),
    ("object", "50 new electric buses", "50", "buses", "50 counts buses"),
    ("junk", "the number 36 bus", "36", None, "a bus route number is not a figure"),
)

# 43 housing Ireland
art("housing/IE", """
Rents rise nationally as supply of homes to let dries up

Average asking rents nationwide increased by 7 per cent in the year to June, according to the latest quarterly report from property website LetWise.ie.

In Galway city rents climbed most sharply, while in Dublin the increase was more modest. Just 1,480 homes were available to rent nationwide on the first day of August, down from 2,300 a year earlier.

The Minister for Housing said more new homes had been completed last year than in any year for a decade and that the Government's €6bn housing budget would deliver more.

Economist Dr Niamh Costigan said supply would have to rise sharply before rents stabilised.
""",
    ("change", "nationwide increased by 7 per cent", "7 per cent", "up", "'increased by 7 per cent' is a rise"),
    ("change", "down from 2,300 a year", "2,300", "down", "'down from 2,300' marks a fall"),
    ("scale", "Government's €6bn housing budget", "€6bn", (6000000000, "EUR"), "€6bn is 6 billion euros"),
    ("object", "Just 1,480 homes were available", "1,480", "homes", "1,480 counts homes"),
)

# 44 housing Ireland
art("housing/IE", """
Housing completions fall as apartment building stalls

The number of new homes completed in Ireland fell 11 per cent in the first quarter, figures from the Central Statistics Office show, with apartment completions in Dublin down by almost a third.

Dublin accounted for about 2,400 of the new homes.

The Land Development Agency is spending €1.3 billion on schemes in Dublin and Cork, and said construction would start on several sites this year.

Meanwhile the average price of a new three-bedroom semi-detached house in the commuter counties was unchanged at €395,000, according to estate agents.
""",
    ("change", "fell 11 per cent in the first quarter", "11 per cent", "down", "'fell 11 per cent' is a fall"),
    ("change", "was unchanged at €395,000", "€395,000", "", "'unchanged at' is no change"),
    ("scale", "spending €1.3 billion on", "€1.3 billion", (1300000000, "EUR"), "€1.3 billion"),
    ("object", "about 2,400 of the new homes", "2,400", "homes", "2,400 of the homes"),
)

# 45 science US
art("science/US", """
Microplastic fibers found in most Oregon rockfish, study says

Researchers at Oregon State University found microplastic fibers in the stomachs of 182 of the 200 rockfish they caught off the Oregon coast, according to a study published Wednesday.

The share of fish containing fibers climbed from 64% in 2013 to 91% in the latest survey. The team estimates that about 1.5 billion synthetic fibers are released into the Pacific from coastal wastewater plants each day.

Fish were caught from a 38ft research boat at sites between Newport and Coos Bay.

Lead author Kira Halvorsen said washing machine filters could cut the number of fibers reaching the sea.
""",
    ("change", "in 2013 to 91% in", "91%", "up", "'climbed from 64% to 91%' is a rise"),
    ("scale", "about 1.5 billion synthetic fibers", "1.5 billion", 1500000000, "1.5 billion fibers"),
    ("object", "stomachs of 182 of the 200 rockfish", "182", "rockfish", "182 of the rockfish"),
    ("junk", "from 64% in 2013 to", "2013", None, "a year used as a date is not a figure"),
)

# 46 science US
art("science/US", """
Wildfire smoke linked to surge in asthma ER visits, study finds

Emergency room visits for asthma in California rose by 27% on days when wildfire smoke blanketed communities, according to a study by researchers at Stanford University.

The team analyzed 3.6 million emergency department records collected over seven years. The effect was largest among older adults and young children, and in farm towns along Highway 99 in the Central Valley.

Of California's 58 counties, 41 recorded at least one day of hazardous smoke during the study period.

Co-author Dr. Sunita Rao said air purifiers in schools and clinics could prevent many of the visits.
""",
    ("change", "rose by 27% on days", "27%", "up", "'rose by 27%' is a rise"),
    ("scale", "analyzed 3.6 million emergency", "3.6 million", 3600000, "3.6 million records"),
    ("object", "58 counties, 41 recorded", "41", "counties", "41 of the counties"),
    ("junk", "along Highway 99 in", "99", None, "a highway number is not a figure"),
)

# 47 farming Australia
art("farming/AU", """
Drought forces NSW farmers to cut sheep flocks

Sheep numbers in New South Wales fell to 24.6 million in June, as a dry winter across the central west forced farmers to sell stock they could no longer afford to feed.

At the Dubbo saleyards on Monday, 38,500 lambs and sheep were yarded, one of the largest offerings of the year.

Nyngan grazier Gus Henley said he had halved his flock to 1,500 ewes. "You can only hand-feed for so long before the bank starts asking questions," he said.

The Federal Government has announced a $500 million drought package, including concessional loans and money for water infrastructure.
""",
    ("change", "halved his flock to 1,500 ewes", "1,500", "down", "'halved his flock to 1,500' is a fall"),
    ("scale", "a $500 million drought package", "$500 million", 500000000, "$500 million"),
    ("object", "38,500 lambs and sheep were yarded", "38,500", ["lambs", "sheep"], "38,500 counts lambs and sheep"),
    ("object", "Sheep numbers in New South Wales fell to 24.6 million", "24.6 million", "sheep", "the level of sheep numbers"),
)

# 48 farming Australia
art("farming/AU", """
Queensland cane crush set to rise after wet start

The Queensland sugar crush is expected to reach 29.5 million tonnes of cane this season, up 6% on last year, as growers recover from a wet start to the harvest, industry body Canegrowers said.

Canegrowers chairman Owen Menkens said the industry supported about 22,000 people in regional Queensland, from mill workers to truck drivers.

Mills in the Burdekin have already begun crushing after rain delayed the start by several weeks.

The Federal Government will contribute $12.5m to a research program aimed at breeding cane varieties that are more resistant to disease.
""",
    ("change", "up 6% on last year", "6%", "up", "'up 6%' is a rise"),
    ("scale", "contribute $12.5m to", "$12.5m", 12500000, "$12.5m is 12.5 million dollars"),
    ("object", "29.5 million tonnes of cane", "29.5 million tonnes", "cane", "the tonnes measure cane"),
    ("object", "about 22,000 people in regional", "22,000", "people", "22,000 counts people"),
)

# 49 sport US marathon
art("sport/US", """
Record field expected for Twin Cities Marathon

MINNEAPOLIS — Organizers expect 15k runners at the start line on Sunday for the Twin Cities Marathon, a record for the race, which winds from downtown Minneapolis to the State Capitol in St. Paul.

More than 2,000 volunteers will staff water stations along the course. Race director Carla Jensen said the forecast of cool, dry weather was ideal for fast times.

On Saturday, families can take part in a 5k run around Lake Bde Maka Ska.

Ethiopia's Tadesse Abera, 29, returns to defend his title and said he hoped to break the course record.
""",
    ("scale", "expect 15k runners", "15k", 15000, "15k runners is 15,000 runners"),
    ("scale", "a 5k run around", "5k", 5, "a 5k run is 5 km, not 5,000"),
    ("object", "More than 2,000 volunteers", "2,000", "volunteers", "2,000 counts volunteers"),
    ("junk", "Tadesse Abera, 29, returns", "29", None, "an age set off after a name is not a figure"),
)

# 50 sport US athletics
art("sport/US", """
Brooks wins 200m title at U.S. championships

EUGENE, Ore. — Jalen Brooks won the men's 200m final at the U.S. championships on Saturday, running a personal best to secure his place at the world championships.

Brooks, who has won 14 of his 16 races this season, pulled away from the field in the final 50 meters. He said it was one of the best races of his career.

Earlier, Courtney Ellis took the women's 3,000m steeplechase title in a championship record, finishing well clear of the rest of the field.

A crowd of more than 12,000 packed the stadium on a warm evening.
""",
    ("scale", "men's 200m final", "200m", 200, "the 200m final is 200 metres"),
    ("scale", "women's 3,000m steeplechase", "3,000m", 3000, "the 3,000m steeplechase is 3,000 metres, not 3 billion"),
    ("object", "has won 14 of his 16 races", "14", "races", "14 of his races"),
    ("junk", "one of the best races", "one", None, "'one of the' is not a figure"),
)

# 51 elections UK local
art("elections/UK", """
Greens take control of Stroud council for first time

The Green Party has taken overall control of Stroud District Council for the first time after winning 27 of the 51 seats.

The Conservatives, who had run the council since 2007, lost 9 seats. Labour held its ground in Stroud town.

Turnout was 38.2%, slightly higher than at the last election.

In Cainscross ward, Green candidate Amara Fielding beat the sitting Labour councillor after two recounts. The new leader of the council is expected to be confirmed at a meeting later this month.
""",
    ("change", "lost 9 seats", "9", "", "'lost 9 seats' is a loss, no change direction"),
    ("object", "winning 27 of the 51 seats", "27", "seats", "27 of the seats"),
    ("object", "Turnout was 38.2%", "38.2%", "turnout", "38.2% is the level of turnout"),
    ("junk", "the council since 2007", "2007", None, "a year used as a date is not a figure"),
)

# 52 elections UK by-election
art("elections/UK", """
Labour holds Tredegar North with reduced majority

Labour's Bethan Pryce has won the Tredegar North council by-election with 1,842 votes, holding the seat for the party but with a majority cut to 212.

Plaid Cymru's Gareth Lloyd came second with 1,630 votes, while Reform UK took 911. Turnout was 29 per cent.

The result was declared at 1.15am at the leisure centre in Ebbw Vale. Pryce, a former nurse, said she would campaign to keep the town's health centre open.

Plaid Cymru said the result showed Labour could no longer take the valleys for granted.
""",
    ("change", "a majority cut to 212", "212", "down", "'a majority cut to 212' is a fall"),
    ("object", "with 1,842 votes", "1,842", "votes", "1,842 counts votes"),
    ("object", "Reform UK took 911", "911", "votes", "911 counts votes, written once for both figures"),
    ("junk", "declared at 1.15am", "1.15am", None, "a time of day is not a figure"),
)

# 53 economy Ireland
art("economy/IE", """
Irish exports surge as pharma shipments to US jump

Irish exports rose sharply in January compared with the same month last year, driven by a rush of pharmaceutical shipments to the US ahead of threatened tariffs, the Central Statistics Office said.

Exports to the US more than doubled to €21.3 billion. Medical and pharmaceutical products accounted for 62 per cent of all goods exported.

Economists cautioned that the jump was likely to be a one-off as companies brought forward orders.

Separately, the CSO said Ireland's monthly unemployment rate held at 4.4 per cent in February.
""",
    ("change", "more than doubled to €21.3 billion", "€21.3 billion", "up", "'more than doubled to €21.3 billion' is a rise"),
    ("change", "held at 4.4 per cent", "4.4 per cent", "", "'held at' is no change"),
    ("object", "62 per cent of all goods exported", "62 per cent", "goods", "the share is of goods"),
    ("junk", "likely to be a one-off as", "one-off", None, "'one-off' is not a figure"),
)

# 54 economy Ireland
art("economy/IE", """
Consumer sentiment dips as energy bills bite

Irish consumer sentiment fell in September for the first time in five months, with the KBC index sliding to 74.1, as households braced for higher energy bills over the winter.

Just 22% of households said they expected to be able to save money in the coming year.

There was some relief for customers of Bord Gáis Energy, which announced a cut of 6.5 per cent in its electricity prices from 1 November.

Economist Austin Kiely said confidence would recover only slowly.
""",
    ("change", "sliding to 74.1", "74.1", "down", "'sliding to 74.1' is a fall"),
    ("change", "Just 22% of households", "22%", "", "a share with no change word"),
    ("object", "a cut of 6.5 per cent in its electricity prices", "6.5 per cent", "prices", "the cut is in prices"),
    ("junk", "prices from 1 November", "1 November", None, "a calendar date is not a figure"),
)

# 55 business Nigeria
art("business/NG", """
Zenora Breweries swings to loss as naira weakens

LAGOS — Zenora Breweries Plc reported a pre-tax loss of 18.6 billion naira for the half year, as the weaker naira sharply raised the cost of imported barley and cans.

Revenue grew 41%, helped by two price increases, although volumes fell as consumers switched to cheaper brands.

The company, which employs 3,400 people at five breweries, said it would source more sorghum locally to cut its exposure to the currency.

Shares in Zenora fell on the Nigerian Exchange, while the NGX 30 index of the largest listed companies ended the day slightly higher.
""",
    ("change", "Revenue grew 41%", "41%", "up", "'grew 41%' is a rise"),
    ("scale", "loss of 18.6 billion naira", "18.6 billion", 18600000000, "18.6 billion naira"),
    ("object", "at five breweries", "five", "breweries", "five counts breweries"),
    ("junk", "the NGX 30 index", "30", None, "a number in an index name is not a figure"),
)

# 56 business Kenya
art("business/KE", """
Kilele Telecom profit rises as mobile money grows

NAIROBI — Mobile operator Kilele Telecom said on Thursday its full-year profit rose 9%, driven by growth in its mobile money service.

The platform handled 2.9bn transactions in the year, the company said, and now relies on more than 160,000 agents across the country to let customers deposit and withdraw cash.

Chief executive Wanjiru Mbogo said the company would expand its lending products for small traders.

Customers who no longer want marketing messages can opt out by texting STOP to 22456.
""",
    ("change", "profit rose 9%", "9%", "up", "'rose 9%' is a rise"),
    ("scale", "handled 2.9bn transactions", "2.9bn", 2900000000, "2.9bn transactions is 2.9 billion"),
    ("object", "more than 160,000 agents", "160,000", "agents", "160,000 counts agents"),
    ("junk", "STOP to 22456", "22456", None, "an SMS short code is not a figure"),
)

# 57 transport India
art("transport/IN", """
Mumbai's underground metro line draws more riders

MUMBAI: Daily ridership on the Mumbai Metro's underground Line 3 has climbed to 180,000, the Mumbai Metro Rail Corporation said on Monday, as office workers switch from crowded suburban trains.

The line, built at a cost of ₹370 billion, runs between Aarey and Cuffe Parade and serves the airport and the business district at Bandra-Kurla Complex.

The corporation plans to add 10 more trains next year to cut waiting times at peak hours.

Commuter groups welcomed the plan but asked for better bus links to stations in the western suburbs.
""",
    ("change", "has climbed to 180,000", "180,000", "up", "'climbed to 180,000' is a rise"),
    ("scale", "a cost of ₹370 billion", "₹370 billion", (370000000000, "INR"), "₹370 billion"),
    ("object", "add 10 more trains", "10", "trains", "10 counts trains"),
    ("junk", "underground Line 3 has", "3", None, "a line number is not a figure"),
)

# 58 transport India
art("transport/IN", """
Railways ticket sales through app rise as festive rush begins

NEW DELHI: Ticket sales through the Indian Railways booking app rose to 1.45 million a day in October, the railway ministry said, as the festive season rush began.

The national transporter carried 6.9bn passengers in the last financial year and has deployed more than 8,000 ticket inspectors to check crowding on long-distance trains during the holidays.

Officials said extra coaches would be added to trains to Bihar and Uttar Pradesh.

Passengers who need help during a journey can call the rail helpline 139.
""",
    ("change", "rose to 1.45 million a day", "1.45 million", "up", "'rose to 1.45 million' is a rise"),
    ("scale", "carried 6.9bn passengers", "6.9bn", 6900000000, "6.9bn passengers is 6.9 billion"),
    ("object", "more than 8,000 ticket inspectors", "8,000", "inspectors", "8,000 counts ticket inspectors"),
    ("junk", "rail helpline 139", "139", None, "a helpline number is not a figure"),
)

# 59 crime Australia
art("crime/AU", """
Victorian car thefts jump as thieves target keyless vehicles

Car thefts in Victoria jumped 17% in the year to March, with more than 20,000 vehicles stolen, according to Crime Statistics Agency figures.

Police said thieves were targeting late-model utes and SUVs with keyless entry, often breaking into homes at night to take the keys.

Victoria Police said 312 alleged offenders were charged during a six-month operation across Melbourne's north and west.

Anyone with information about stolen vehicles is urged to contact Crime Stoppers on 1800 333 000.
""",
    ("change", "jumped 17% in the year", "17%", "up", "'jumped 17%' is a rise"),
    ("object", "more than 20,000 vehicles stolen", "20,000", "vehicles", "20,000 counts vehicles"),
    ("object", "312 alleged offenders were charged", "312", "offenders", "312 counts offenders"),
    ("junk", "Crime Stoppers on 1800 333 000", "1800 333 000", None, "a phone number is not a figure"),
)

# 60 crime Australia
art("crime/AU", """
Three men charged over Port Botany cocaine haul

Australian Federal Police have charged three men after 540 kilograms of cocaine was found hidden in a shipment of machinery at Port Botany.

The number of cocaine seizures at Australian ports rose to 1,140 last financial year, and officers said smugglers were increasingly using legitimate freight to hide drugs.

AFP Detective Superintendent Paul Rennick said it was one of the largest seizures in New South Wales this year.

The men were refused bail and will appear in court again next month.
""",
    ("change", "ports rose to 1,140", "1,140", "up", "'rose to 1,140' is a rise"),
    ("object", "540 kilograms of cocaine", "540", "cocaine", "the kilograms measure cocaine"),
    ("object", "charged three men", "three", "men", "three counts men"),
    ("junk", "one of the largest seizures", "one", None, "'one of the' is not a figure"),
)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(os.path.join(here, "articles"), exist_ok=True)
    checks = []
    fam_half = {}
    problems = []
    for i, (style, text, cks) in enumerate(A, 1):
        name = "%03d.txt" % i
        half = "tune" if i % 2 else "blind"
        words = len(text.split())
        if not 80 <= words <= 300:
            problems.append("%s: %d words" % (name, words))
        with open(os.path.join(here, "articles", name), "w", encoding="utf-8") as f:
            f.write(text)
        if len(cks) != 4:
            problems.append("%s: %d checks" % (name, len(cks)))
        for j, (fam, ctx, num, exp, why) in enumerate(cks, 1):
            if text.count(ctx) != 1:
                problems.append("%s: context %r found %d times" % (name, ctx, text.count(ctx)))
            if num not in ctx:
                problems.append("%s: num %r not in context %r" % (name, num, ctx))
            c = {"id": "t46-%03d-%d" % (i, j), "half": half, "article": name,
                 "family": fam, "style": style, "context": ctx, "num": num}
            if fam == "change":
                c["kind"] = "change"
                c["expect"] = exp
            elif fam == "scale":
                c["kind"] = "scale_value"
                if isinstance(exp, tuple):
                    c["expect"] = exp[0]
                    c["unit"] = exp[1]
                else:
                    c["expect"] = exp
            elif fam == "object":
                c["kind"] = "object_head"
                c["expect"] = exp if isinstance(exp, list) else [exp]
            elif fam == "junk":
                c["kind"] = "not_a_figure (must NOT appear as a figure row with a value)"
                c["expect"] = None
            else:
                raise SystemExit("bad family " + fam)
            c["why"] = why
            checks.append(c)
            fam_half[(fam, half)] = fam_half.get((fam, half), 0) + 1
    with open(os.path.join(here, "checks.json"), "w", encoding="utf-8") as f:
        json.dump(checks, f, indent=1, ensure_ascii=False)
    print(len(A), "articles", len(checks), "checks")
    for k in sorted(fam_half):
        print(k, fam_half[k])
    for p in problems:
        print("PROBLEM", p)


if __name__ == "__main__":
    main()
