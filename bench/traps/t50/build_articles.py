# Builds articles/ and checks.json for trap set T50 (figures). Run once, before freezing.
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
A = []  # (num, style, country, text, checks)


def art(num, style, country, text, checks):
    A.append((num, style, country, text.strip() + "\n", checks))


def obj(anchor, nouns, why, occ=0):
    return {"family": "object", "kind": "object", "anchor": anchor, "occurrence": occ,
            "nouns": nouns, "why": why}


def scale(anchor, value, why, occ=0):
    return {"family": "scale", "kind": "scale", "anchor": anchor, "occurrence": occ,
            "value": value, "why": why}


def change(anchor, direction, why, occ=0):
    return {"family": "change", "kind": "change", "anchor": anchor, "occurrence": occ,
            "change": direction, "why": why}


def junk(anchor, why, occ=0):
    return {"family": "junk", "kind": "not_a_figure", "anchor": anchor, "occurrence": occ,
            "must_not_appear": True, "why": why}


art(1, "business", "UK", """
Brackwell Foods to shut Thornbury Vale bakery

Brackwell Foods, the maker of own-label biscuits and cakes, is to close its bakery in Thornbury Vale with the loss of 240 jobs, the company said on Tuesday.

The firm, which employs about 1,900 people across five sites in the Midlands, blamed the soaring cost of flour, sugar and energy. It said pre-tax profit fell 18% to £11.2m in the year to March, while revenue edged up to £412m.

Production will move to its larger plant in Ketterby, where a £4.5m investment in two new ovens is already under way. Staff at Thornbury Vale were told of the plan at a meeting on Monday afternoon.

Mandy Okafor, regional officer for the Bakers' Union, said the news was "a hammer blow" for a site that has made biscuits since 1962. "Many of these workers have given thirty years to this company," she said.

Brackwell said it would offer redeployment to as many as 60 staff and hoped most of the rest would leave through voluntary redundancy.
""", [
    obj("1,900", ["people"], "'employs about 1,900 people': the number modifies people"),
    obj("4.5m", ["investment", "investments"], "'a £4.5m investment in two new ovens': the sum is the investment"),
    scale("412m", 412000000, "'revenue edged up to £412m' is 412 million pounds"),
    change("18%", "down", "'pre-tax profit fell 18%': a fall"),
])

art(2, "business", "UK", """
Harrowgate Cycles shares slide as sales slump

Shares in Harrowgate Cycles tumbled 23% on Thursday after the Avonford-based bike retailer warned that sales would fall for a second year.

The company said like-for-like sales dropped 9.4% in the 26 weeks to August, and it now expects underlying profit of between £6m and £8m, down from £19.7m last year. It has 118 stores and employs 2,300 staff.

Chief executive Rhodri Baines said shoppers who bought bikes during the pandemic were not yet ready to replace them. The chain has already closed 14 shops and trimmed its marketing budget.

A new £1.8m distribution centre near Severnside, which opened in the spring, will handle online orders. Analysts at Pemberton Securities cut their price target to 145p. "The bike market is in the doldrums and there is no obvious catalyst," said analyst Lucy Ferris.
""", [
    obj("2,300", ["staff"], "'employs 2,300 staff': counts staff"),
    obj("1.8m", ["centre", "centres", "center"], "'a new £1.8m distribution centre': the sum is the centre's cost"),
    scale("19.7m", 19700000, "'down from £19.7m' is 19.7 million pounds"),
    change("23%", "down", "'Shares tumbled 23%': a fall"),
])

art(3, "economy", "US", """
US jobless rate edges up as hiring cools

WASHINGTON — The US unemployment rate rose to 4.3% in July, the highest in nearly three years, as employers added far fewer workers than economists had expected.

Nonfarm payrolls grew by 114,000 last month, the Labor Department said Friday, well short of the 175,000 forecast in a survey of economists. Job gains for May and June were revised down by a combined 29,000.

Average hourly earnings climbed 0.2% to $35.07, the smallest monthly increase in more than a year. Health care added 55,000 jobs and construction 25,000, while manufacturing shed 1,000.

Futures traders quickly raised bets that the Federal Reserve will cut rates in September. "This is the cooling the Fed wanted, but it may be arriving faster than it would like," said Dana Whitcombe, chief economist at Larchmont Advisors. Meanwhile, the federal debt has climbed past $35 trillion, and interest payments now exceed defense spending.
""", [
    obj("55,000", ["job", "jobs"], "'Health care added 55,000 jobs'"),
    obj("114,000", ["payroll", "payrolls", "job", "jobs"], "'Nonfarm payrolls grew by 114,000': the change of payrolls (jobs)"),
    scale("35 trillion", 35e12, "'$35 trillion' is 3.5e13"),
    change("175,000", "", "'the 175,000 forecast' is a forecast level, no change word"),
])

art(4, "economy", "US", """
Retail sales fall for second month as shoppers pull back

NEW YORK — Retail sales in the United States slipped 0.6% in October, the Commerce Department said Wednesday, as higher borrowing costs and a cooling job market weighed on spending.

Receipts at car dealers dropped 2.1%, while sales at gas stations fell for a third straight month. Online retailers were a bright spot, with sales up 1.4% from September.

Compared with a year earlier, overall sales were 2.5% higher. Inflation is running at 3.2%. Some 41 million households now carry a credit card balance from month to month, according to a separate survey by the New York Fed, and total card debt has reached $1.08 trillion.

"People are still spending, but they are trading down," said Marcus Ellery, an economist at Greyfield Capital. Discount chains Dollarway and Kessler's are due to report results next week.
""", [
    obj("41 million", ["household", "households"], "'Some 41 million households'"),
    obj("2.1%", ["receipt", "receipts"], "'Receipts at car dealers dropped 2.1%': the percentage measures receipts"),
    scale("1.08 trillion", 1.08e12, "'$1.08 trillion' is 1.08e12"),
    change("3.2%", "", "'Inflation is running at 3.2%': a level, no change word"),
])

art(5, "health", "Irish", """
612 patients on trolleys as hospital overcrowding hits new high

The number of patients waiting on trolleys in Irish hospitals reached a new high on Tuesday morning, according to the Irish Nurses and Midwives Organisation (INMO), with St Brendan's Regional Hospital in Ballycarra the worst affected.

Seventy-four people were without a bed at the Ballycarra hospital, the union's daily count found, followed by 61 at Kilmoran University Hospital and 48 at Ardnagh General. Among those waiting nationally were 29 children.

INMO general secretary Niamh Cassidy said the figures were "a damning indictment" of planning. "Our members are working in conditions that are not safe for them or for their patients," she said.

The HSE said it had opened 96 additional beds across the west since the start of the year and was recruiting 300 nurses and healthcare assistants. Patients with non-urgent conditions are being asked to contact their GP or the out-of-hours service on 1850 224 477 before attending an emergency department.
""", [
    obj("612", ["patient", "patients"], "headline '612 patients on trolleys'"),
    obj("Seventy-four", ["people", "person"], "number word as subject: 'Seventy-four people were without a bed'"),
    obj("29", ["child", "children"], "'Among those waiting nationally were 29 children'"),
    junk("1850 224 477", "a phone number is not a figure"),
])

art(6, "health", "Irish", """
Measles cases in Dublin rise to 19 as HSE urges vaccination

Nineteen cases of measles have now been confirmed in the greater Dublin area, the Health Service Executive said on Thursday, up from seven a fortnight ago.

Most of the cases are in children under the age of five, and four people have been admitted to hospital. Public health doctors are tracing close to 400 contacts, including passengers on two flights into Dublin Airport.

Dr Ciarán Whelan, a consultant in public health medicine, said uptake of the MMR vaccine had fallen to 84% among two-year-olds in some areas, well below the 95% needed to stop the virus spreading. "Measles is not a mild illness," he said.

Free catch-up vaccination clinics will run at 23 health centres over the coming weekend. Anyone with symptoms is asked to phone ahead rather than turn up at an emergency department. The HSE's information line is 1800 700 700.
""", [
    obj("19", ["case", "cases"], "headline 'Measles cases ... rise to 19': the level of cases"),
    obj("Nineteen", ["case", "cases"], "number word as subject: 'Nineteen cases of measles have now been confirmed'"),
    obj("400", ["contact", "contacts"], "'close to 400 contacts'"),
    junk("1800 700 700", "a phone number is not a figure"),
])

art(7, "education", "Indian", """
Karnataka to build 1,500 classrooms in government schools

BENGALURU: The Karnataka government will build 1,500 classrooms in government primary schools over the next two years at a cost of ₹620 crore, School Education Minister H.S. Ramaiah announced on Monday.

The programme will focus on 14 districts in the north of the state, where many schools still run two shifts because of a shortage of rooms. Officials said about 2,800 schools in the region have fewer than four classrooms. School education accounts for 16.5% of the state's budget this year.

Nearly 4.1 million children are now enrolled in state-run schools, about a quarter of a million more than five years ago, according to the department.

"Parents are coming back because they see better teachers and free midday meals," Mr Ramaiah told reporters. The department will also recruit 9,000 guest teachers before the new term begins in June.
""", [
    obj("2,800", ["school", "schools"], "'about 2,800 schools in the region'"),
    obj("9,000", ["teacher", "teachers"], "'recruit 9,000 guest teachers'"),
    scale("quarter of a million", 250000, "'a quarter of a million more' is 250,000"),
    change("16.5%", "", "'accounts for 16.5% of the state's budget': a share, no change"),
])

art(8, "education", "Indian", """
Delhi University lowers thresholds as applications dip

NEW DELHI: Applications for undergraduate courses at Delhi University fell by 11% this year, prompting several colleges to lower their admission thresholds, officials said on Friday.

Nationally, nearly half a million candidates registered for the common entrance test used by central universities, but fewer chose Delhi as their first preference. Of the 71,000 seats on offer at the university, about 8,500 remained vacant after the first round of allocation.

Several colleges reopened admissions to 17 courses, including physics and Sanskrit. Computer science remains the most sought-after subject, drawing 27% of all applications.

"Students have many more choices than they did five years ago," said Professor Anjali Mehra, dean of students' welfare. A senior official attributed the decline to the growing number of private universities in neighbouring states, many of which now offer generous scholarships.
""", [
    obj("71,000", ["seat", "seats"], "'Of the 71,000 seats on offer'"),
    obj("17", ["course", "courses"], "'reopened admissions to 17 courses': after a preposition"),
    scale("half a million", 500000, "'nearly half a million candidates' is 500,000"),
    change("27%", "", "'drawing 27% of all applications': a share, no change"),
])

art(9, "elections", "Australian", """
Labor holds Mallee Downs as turnout slumps

Labor has retained the state seat of Mallee Downs in a by-election marked by the lowest turnout in the electorate's history.

With most of the vote counted, Labor candidate Kylie Nguyen had 52.8 per cent of the two-party preferred vote, a swing of 3.1 per cent against the government. Turnout was just 71 per cent, down from 89 per cent at the last state election.

The Greens' Tom Eldridge picked up 4,200 first-preference votes, almost double his tally last time, while independent Rosa Merlino finished fourth. A video posted by Mr Eldridge on election eve was viewed 210k times.

The Electoral Commission said it had posted 18,000 ballot papers to voters who applied for a postal vote, after the number of applications jumped 35 per cent on the last poll. About 6,500 had been returned so far.

Premier Carla Benson said voters had sent a message. "We have heard it and we will do better," she said.
""", [
    obj("4,200", ["vote", "votes"], "'picked up 4,200 first-preference votes'"),
    obj("18,000", ["paper", "papers", "ballot", "ballots"], "'posted 18,000 ballot papers'"),
    scale("210k", 210000, "'viewed 210k times' is 210,000"),
    change("35 per cent", "up", "'the number of applications jumped 35 per cent': a rise"),
])

art(10, "elections", "Australian", """
Greens claim Moreton Heights after preference count

The Greens have won the inner-city seat of Moreton Heights after a week of counting, the Electoral Commission confirmed on Saturday.

Greens candidate Priya Raman finished with 51.9 per cent of the two-candidate preferred vote, ahead of sitting member Warren Lusk. She received 31,412 first-preference votes, while Labor's candidate finished third and was eliminated on the final count.

The informal vote rose to 5.6 per cent, from 4.2 per cent three years ago, which the commission put down partly to confusion over a redesigned ballot paper. Ms Raman's victory speech has been watched 96k times on social media.

Mr Lusk, who held the seat for 12 years, conceded in a brief statement. Ms Raman said her first priority would be to push for 400 new social housing units in the electorate.
""", [
    obj("31,412", ["vote", "votes"], "'received 31,412 first-preference votes'"),
    obj("400", ["unit", "units"], "'400 new social housing units'"),
    scale("96k", 96000, "'watched 96k times' is 96,000"),
    change("5.6 per cent", "up", "'The informal vote rose to 5.6 per cent': a rise"),
])

art(11, "crime", "Canadian", """
Police seize 40 kilograms of cocaine in port raid

TORONTO — Police say they have seized about 40 kilograms of cocaine and charged five men after a months-long investigation into a smuggling ring operating out of the city's port lands.

Officers executed search warrants at 11 homes and businesses across the Greater Toronto Area on Tuesday, recovering the drugs along with three handguns, two rifles and more than $210,000 in cash. Police estimate the cocaine has a street value of $4 million.

Det. Sgt. Marie-Claude Boudreau told reporters the ring used shipping containers of frozen fish to bring the drugs in from South America. "This network was moving product into at least four provinces," she said.

Among those charged is Darren Pike, 38, of Mississauga, who faces 14 counts including trafficking and possession of a prohibited weapon. The five accused are due in court on Friday.
""", [
    obj("210,000", ["cash"], "'more than $210,000 in cash': the money is cash"),
    obj("two", ["rifle", "rifles"], "list 'three handguns, two rifles and ...': second item"),
    obj("11", ["home", "homes", "business", "businesses"], "'search warrants at 11 homes and businesses'"),
    junk("38", "an age after a name ('Darren Pike, 38,') is not a figure"),
])

art(12, "crime", "Canadian", """
Winnipeg man charged after string of pharmacy break-ins

WINNIPEG — Police have charged a man in connection with 17 break-ins at pharmacies across the city since January.

Investigators say the suspect took mostly prescription opioids, including more than 6,000 oxycodone tablets and 350 fentanyl patches, and caused roughly $85,000 in damage to doors, windows and security shutters. Some of the stolen drugs were later found in a storage locker in the city's North End, along with two stolen trucks.

Const. Jason Whitebird said the break-ins usually happened in the early hours and took less than five minutes. "He knew exactly where to go inside each store," Whitebird said.

Trent Lavallee, 29, faces 41 charges, including break and enter and possession for the purpose of trafficking. He remains in custody.
""", [
    obj("85,000", ["damage", "damages"], "'roughly $85,000 in damage'"),
    obj("350", ["patch", "patches"], "list '6,000 oxycodone tablets and 350 fentanyl patches': second item"),
    obj("17", ["break-in", "break-ins"], "'in connection with 17 break-ins'"),
    junk("29", "an age after a name ('Trent Lavallee, 29,') is not a figure"),
])

art(13, "weather", "Nigerian", """
Flood: 3,000 displaced as rainstorm hits Kogi communities

LOKOJA — No fewer than 3,000 residents have been displaced after a rainstorm that lasted for about eight hours swept through communities in Lokoja and Ajaokuta local government areas of Kogi State.

The State Emergency Management Agency (SEMA) said on Sunday that 412 houses were destroyed and farmlands covering about 1,250 hectares were submerged. The rainfall, measured at 148mm at the Lokoja weather station, was the heaviest recorded in the state this year.

The agency's Executive Secretary, Alhaji Musa Abdulkareem, said relief materials including 2,000 mats and 500 bags of rice had been distributed to the affected families in two camps.

The Nigerian Meteorological Agency (NiMet) warned that the level of the River Niger could rise by 1.5 metres this week, and residents of riverside communities have been urged to relocate to higher ground. The state government said it had approved N250 million for emergency relief.
""", [
    obj("412", ["house", "houses"], "passive: '412 houses were destroyed'"),
    obj("500", ["bag", "bags", "rice"], "list '2,000 mats and 500 bags of rice'"),
    scale("N250 million", 250000000, "'N250 million' is 250 million naira"),
    change("1.5 metres", "up", "'the level ... could rise by 1.5 metres': a rise"),
])

art(14, "weather", "Nigerian", """
Heatwave: NiMet warns of temperatures up to 43°C in North

ABUJA — The Nigerian Meteorological Agency (NiMet) has warned residents of Sokoto, Kebbi, Katsina and seven other northern states to brace for extreme heat over the next five days.

In its latest bulletin, the agency said daytime temperatures in Sokoto had already climbed to 42.5°C on Tuesday, about 4 degrees above the average for April. Humidity in the region has fallen below 15 per cent.

The Federal Ministry of Health said hospitals in the affected states recorded 1,140 cases of heat-related illness last week, most of them among the elderly and children under five. Health officials urged residents to drink plenty of water and stay out of the sun in the afternoon.

The heat has also strained the power grid, as demand surged. A N1.2 billion programme to install solar-powered boreholes in 300 communities was launched in Birnin Kebbi last month.
""", [
    obj("1,140", ["case", "cases"], "'recorded 1,140 cases of heat-related illness'"),
    obj("300", ["community", "communities"], "'boreholes in 300 communities': after a preposition"),
    scale("N1.2 billion", 1.2e9, "'A N1.2 billion programme' is 1.2 billion naira"),
    change("42.5", "up", "'temperatures ... had already climbed to 42.5°C': a rise"),
])

art(15, "sport", "Kenyan", """
Mara Stars go top after comeback win

Mara Stars moved to the top of the Premier League table after coming from behind to beat Rift United 3-1 in front of about 12,000 fans at Kisaru Stadium on Sunday.

United took the lead through a Kevin Mokaya header midway through the first half, but Austin Odera levelled before the break and striker Benson Opiyo scored twice after the interval.

Opiyo now has 16 goals this season, three more than his nearest rival. "The boys showed character," said coach Peter Wanjala, whose side have won seven of their last nine matches.

Stars, who have 46 points from 21 games, travel to Kakamega next weekend. The club said it had sold 8,000 season tickets, a record, and that a new stand at its training ground would open in March.
""", [
    obj("12,000", ["fan", "fans"], "'in front of about 12,000 fans'"),
    obj("16", ["goal", "goals"], "'Opiyo now has 16 goals this season'"),
    obj("8,000", ["ticket", "tickets"], "'sold 8,000 season tickets'"),
    junk("3-1", "a scoreline ('beat Rift United 3-1') is not a figure"),
])

art(16, "sport", "Kenyan", """
Wanjiru smashes course record at Eldama marathon

ELDAMA — Faith Wanjiru broke the course record at the Eldama City Marathon on Sunday, finishing in two hours, 19 minutes and 48 seconds to take more than a minute off the previous mark.

Wanjiru, 27, pulled clear of compatriot Ruth Chebet after the 35-kilometre mark and crossed the line 52 seconds ahead. Ethiopia's Meseret Alemu was third.

In the men's race, Dennis Kiprop outsprinted two rivals in the final 400 metres to win. Organisers said a record 20,000 runners took part across the marathon, half marathon and 10-kilometre fun run, including 1,200 schoolchildren.

The winners each take home Sh3 million and a new car. Wanjiru said she would use part of her prize to build a borehole in her home village. "I grew up walking eight kilometres for water," she said. Athletics Kenya has named 12 athletes for the world championships in August.
""", [
    obj("20,000", ["runner", "runners"], "'a record 20,000 runners took part'"),
    obj("1,200", ["schoolchildren", "schoolchild"], "'including 1,200 schoolchildren'"),
    obj("12", ["athlete", "athletes"], "'has named 12 athletes'"),
    junk("27", "an age after a name ('Wanjiru, 27,') is not a figure"),
])

art(17, "transport", "UK", """
Rail operator to axe 300 weekday services from May

Northgate Rail is to cut around 300 weekday services from its timetable in May, blaming a shortage of drivers and a 14% fall in passenger numbers on some commuter routes since 2019.

The operator, which runs trains across Yorkshire and the North East, said the changes would affect one in 12 of its services. The Harrowby to Leeds line will lose four trains an hour at peak times.

A spokesperson said the company had recruited 85 trainee drivers, but each takes up to 18 months to qualify. It will also build a 45m footbridge at Harrowby station to replace a level crossing.

The Department for Transport has given the operator £7.6m to upgrade signalling between Harrowby and Dunmere. Local MP Ruth Akande said the cuts were "a kick in the teeth" for commuters. Fares on the route rose 4.9% in March.
""", [
    obj("85", ["driver", "drivers"], "'recruited 85 trainee drivers'"),
    obj("14%", ["passenger", "passengers", "number", "numbers"], "'a 14% fall in passenger numbers': what fell"),
    scale("45m", 45, "'a 45m footbridge' is 45 metres, not 45 million"),
    change("4.9%", "up", "'Fares on the route rose 4.9%': a rise"),
])

art(18, "transport", "UK", """
Council cuts 23 bus routes as fares rise

Passengers in Wyndham face higher bus fares and fewer routes after the county council approved a £3.2m cut to its transport budget on Thursday.

Single adult fares will go up from £2 to £2.50 in April, and routes that carry fewer than 40 passengers a day will be withdrawn. About 1,800 pupils who travel to school on those routes will be offered alternative transport.

Council leader Patrick Home said the authority had "no choice" after a 31% rise in the cost of running subsidised services over three years. Operator Greenline Coaches, which has a fleet of 140 buses, said it would redeploy drivers to other routes.

Campaigners said older people in rural villages would be cut off. "For some, this is the only bus to the doctor," said Margaret Ashby of the Wyndham Bus Users Group.
""", [
    obj("1,800", ["pupil", "pupils"], "'About 1,800 pupils who travel to school'"),
    obj("31%", ["cost", "costs"], "'a 31% rise in the cost of running subsidised services': what rose"),
    scale("3.2m", 3200000, "'a £3.2m cut' is 3.2 million pounds"),
    change("2.50", "up", "'fares will go up from £2 to £2.50': the level a rise ends at"),
])

art(19, "housing", "US", """
Median Home Price in Larkspur County Slips Below $500,000

The median price of a single-family home in Larkspur County fell 3.4% in September from a year earlier, to $487,000, the first annual decline since 2012, according to the county's association of realtors.

Sales dropped even more sharply. Just 612 homes changed hands last month, compared with 905 in September last year, as mortgage rates hovered near 7%.

Inventory, meanwhile, has more than doubled, with enough homes listed to last about 3.5 months at the current pace of sales.

"Buyers finally have some leverage," said Elena Castillo, a broker in Millbrook. Builders are also pulling back: permits for new single-family houses fell to 164, the lowest monthly total in four years. Voters approved a $1.25 billion housing bond in 2022, but little of it has been spent.
""", [
    obj("612", ["home", "homes"], "'Just 612 homes changed hands'"),
    obj("164", ["permit", "permits"], "'permits for new single-family houses fell to 164': the level of permits"),
    scale("1.25 billion", 1.25e9, "'a $1.25 billion housing bond' is 1.25e9"),
    change("3.4%", "down", "'The median price ... fell 3.4%': a fall"),
])

art(20, "housing", "US", """
Rents Climb Again in Brookhaven as Vacancy Rate Hits Record Low

BROOKHAVEN — Average rents in Brookhaven rose 6.8% over the past year to $2,310 a month, as the city's rental vacancy rate sank to 2.1%, the lowest since records began, a new report shows.

The report, by the nonprofit Housing Forward, found that 38% of renter households now spend more than half their income on housing. Some 11,000 families are on the waiting list for housing vouchers.

Mayor Denise Carrow has pledged to build 5,000 affordable units in five years, funded in part by a $750 million bond approved by voters last fall.

"We're seeing teachers and nurses priced out of the city they serve," said Jorge Alvarado, the group's director. The report also found that evictions filed in county court climbed to 4,870 last year.
""", [
    obj("11,000", ["family", "families"], "'Some 11,000 families are on the waiting list'"),
    obj("4,870", ["eviction", "evictions"], "'evictions filed in county court climbed to 4,870': the level of evictions"),
    scale("750 million", 750e6, "'a $750 million bond' is 7.5e8"),
    change("6.8%", "up", "'Average rents ... rose 6.8%': a rise"),
])

art(21, "science", "Irish", """
Microplastics found in nine out of ten shellfish sampled off west coast

Scientists at the Atlantic Marine Institute in Carrigmore have found microplastics in nine out of ten mussels and oysters sampled along the west coast, in one of the largest surveys of its kind in Europe.

The team tested 1,240 shellfish from 32 sites between Donegal and Kerry over two years. On average, each mussel contained 2.7 particles, most of them fibres shed from synthetic clothing.

Lead author Dr Siobhán Daly said there was no evidence that eating shellfish posed a health risk. "But it tells us how far these fibres travel," she said.

The study, published in the journal Marine Pollution Bulletin, was funded by a €1.6m grant from the Environmental Protection Agency. Ireland's shellfish sector is worth about €60m a year and employs some 1,800 people, many in small coastal communities.
""", [
    obj("1,240", ["shellfish"], "'tested 1,240 shellfish': a plural without -s"),
    obj("1.6m", ["grant", "grants"], "'a €1.6m grant from the EPA'"),
    scale("60m", 60e6, "'worth about €60m a year' is 60 million euros"),
    change("2.7", "", "'each mussel contained 2.7 particles': an average level, no change"),
])

art(22, "science", "Irish", """
Drained bogs releasing millions of tonnes of carbon, study finds

Drained peatlands in the Irish midlands are releasing about 2.1 million tonnes of carbon dioxide a year, according to a study by researchers at Shannonbridge University.

The team monitored 46 bogs over three years using sensors on a 12m mast at each site. They found that emissions fell by almost 60% on sites where drains had been blocked and the water table raised. Peat soils cover about 20% of the country's land area.

Prof Declan Hurley, who led the project, said rewetting was one of the cheapest climate measures available. "The bogs start to heal within a couple of years," he said.

The State has committed €108m to rewet 33,000 hectares of former peat production land. The study was funded by a €2.4m grant from the Department of the Environment and is published in the journal Global Change Biology.
""", [
    obj("33,000", ["land"], "'33,000 hectares of former peat production land': the measure is of land"),
    obj("2.4m", ["grant", "grants"], "'a €2.4m grant from the Department'"),
    scale("12m", 12, "'a 12m mast' is 12 metres, not 12 million"),
    change("20%", "", "'Peat soils cover about 20% of the country's land area': a share, no change"),
])

art(23, "farming", "Indian", """
Hailstorm flattens wheat in 38 Sangrur villages

SANGRUR: Farmers in dozens of villages in Sangrur and Barnala districts are counting their losses after a hailstorm and strong winds flattened ready-to-harvest wheat on Tuesday night.

According to a preliminary survey by the agriculture department, the crop on about 18,000 acres has been damaged, with losses of up to 60 per cent in the worst-hit fields. Officials said 1,400 farmers had so far applied for compensation.

Gurpreet Singh, who farms 12 acres near the village of Khurana Kalan, said he had taken a loan to buy fertiliser. "The grain was ready. In half an hour, everything was on the ground," he said.

The state government has announced relief of ₹15,000 per acre for crops with more than 75 per cent damage. Farmer unions said the amount was too low. A team of 25 officials will complete the assessment by April 10.
""", [
    obj("38", ["village", "villages"], "headline 'wheat in 38 Sangrur villages'"),
    obj("1,400", ["farmer", "farmers"], "'1,400 farmers had so far applied'"),
    obj("25", ["official", "officials"], "'A team of 25 officials'"),
    junk("April 10", "a calendar date is not a figure"),
])

art(24, "farming", "Indian", """
Onion prices crash as 2,500 tractors queue at Rahuri mandi

NASHIK: Onion prices at the Rahuri agricultural produce market committee (APMC) fell to ₹8 a kilogram on Monday, as long lines of tractors and trucks brought in the new kharif crop.

Traders said arrivals had touched 42,000 quintals, nearly double the volume a week ago. Farmers, many of whom had spent ₹70,000 an acre on seed, fertiliser and labour, protested outside the market yard and briefly halted auctions.

"I brought 60 bags this morning and I will not even recover the cost of transport," said Sunil Pawar, a farmer from Vambori. At least 300 farmers joined the protest.

The state has asked the Centre to allow exports of an additional 100,000 tonnes. A delegation of 14 MLAs will meet the Union agriculture minister on 17 October.
""", [
    obj("2,500", ["tractor", "tractors"], "headline '2,500 tractors queue'"),
    obj("300", ["farmer", "farmers"], "'At least 300 farmers joined the protest'"),
    obj("14", ["mla", "mlas"], "'A delegation of 14 MLAs'"),
    junk("17 October", "a calendar date is not a figure"),
])

art(25, "energy", "Australian", """
Wind farm approved for Southern Tablelands despite objections

A $1.1 billion wind farm with 62 turbines has been approved for the Southern Tablelands, despite objections from some landholders over its impact on koala habitat.

The Kestrel Ridge project, developed by Brightwater Renewables, will generate up to 430 megawatts, enough to power about 240,000 homes. Each turbine will sit on a 165m steel tower.

The company said construction would create 350 jobs, with about 40 ongoing roles once the wind farm is running. Landholders who host turbines will be paid a combined $3.2 million a year.

Local farmer Janet McRae, who led the objections, said the towers would "dominate the skyline for kilometres". The approval comes as coal-fired power stations supplied 58% of the state's electricity last year, down from 76% a decade ago.
""", [
    obj("62", ["turbine", "turbines"], "'a wind farm with 62 turbines': after a preposition"),
    obj("240,000", ["home", "homes"], "'enough to power about 240,000 homes'"),
    scale("165m", 165, "'a 165m steel tower' is 165 metres"),
    change("76%", "down", "'down from 76%': the earlier level of a fall"),
])

art(26, "energy", "Australian", """
Big battery to keep Riverina towns powered after dark

A 200-megawatt battery will be built beside the Coolabah solar farm in the Riverina after the project secured $85 million in federal funding.

The Coolabah battery, owned by Sunfield Energy, will store enough electricity to supply 75,000 homes for four hours each evening. It will be made up of 140 shipping-container-sized units, screened from neighbours by a 3m earth mound.

Sunfield chief executive Aaron Pike said the company's electricity output jumped 22% last financial year as new panels came online. "The missing piece has been storage," he said.

The project will cost an estimated $310 million and employ 150 workers during construction. Wholesale electricity prices in the state averaged $128 a megawatt hour in the June quarter, 9% lower than a year earlier.
""", [
    obj("75,000", ["home", "homes"], "'enough electricity to supply 75,000 homes'"),
    obj("140", ["unit", "units"], "'140 shipping-container-sized units'"),
    scale("3m", 3, "'a 3m earth mound' is 3 metres"),
    change("22%", "up", "'output jumped 22%': a rise"),
])

art(27, "business", "Canadian", """
Maple Harvest to buy Prairie Fresh in $715-million grocery deal

CALGARY — Maple Harvest Grocers Inc. has agreed to buy rival Prairie Fresh Markets for $715-million, creating the largest independent grocer in Western Canada.

The combined company will operate 214 stores across Alberta, Saskatchewan and Manitoba and employ roughly 19,000 people. Prairie Fresh shareholders will receive $24.50 a share in cash.

Maple Harvest said it expects to find $40-million in annual cost savings within three years, largely by combining distribution centres. The company raised $250-million from a share sale in June to help fund the purchase, and its shares rose 4.2 per cent on the Toronto Stock Exchange on Monday.

"This is about scale," chief executive Liam Ostrowski told analysts on a conference call. The deal needs approval from the Competition Bureau.
""", [
    obj("214", ["store", "stores"], "'will operate 214 stores'"),
    obj("40-million", ["saving", "savings"], "'$40-million in annual cost savings'"),
    scale("715-million", 715e6, "Canadian style '$715-million' is 7.15e8", occ=1),
    change("250-million", "", "'raised $250-million from a share sale': money collected, no change"),
])

art(28, "business", "Canadian", """
Northshore Airlines swings to loss as fuel costs bite

MONTREAL — Northshore Airlines Ltd. swung to a third-quarter loss of $86-million, hurt by higher jet fuel prices and the cost of a six-day pilots' strike in August.

Revenue slipped 3 per cent to $1.9-billion, the carrier said Thursday. The airline cancelled about 1,450 flights during the strike, affecting some 160,000 passengers.

Chief executive Sophie Lachance said bookings for the winter season were strong. The airline raised $400-million in a debt offering in the spring and will take delivery of six new jets before the end of the year.

Shares in the company fell 7.8 per cent to $11.42 in Toronto. Analysts had expected a profit of $12-million, according to Bayfield Research.
""", [
    obj("1,450", ["flight", "flights"], "'cancelled about 1,450 flights'"),
    obj("86-million", ["loss", "losses"], "'a third-quarter loss of $86-million'"),
    scale("1.9-billion", 1.9e9, "Canadian style '$1.9-billion' is 1.9e9"),
    change("400-million", "", "'raised $400-million in a debt offering': money collected, no change"),
])

art(29, "economy", "Nigerian", """
Inflation: Food prices push headline rate to 33.2%

ABUJA — Nigeria's headline inflation rate rose to 33.2 per cent in March from 31.7 per cent in February, the National Bureau of Statistics (NBS) said on Monday.

Food inflation, which accounts for more than half of the consumer price index, climbed to 40.0 per cent, driven by increases in the prices of bread, cereals, yam, potatoes and oil. A 50kg bag of rice now sells for N78,000 in Lagos markets, traders said.

"Households are spending almost all their income on food," said Dr Aisha Bello, an economist at the Niger Delta Institute of Economics. An institute survey of 2,000 households across 12 states found that seven in 10 had cut the number of meals they eat each day.

The naira has lost more than 60 per cent of its value against the dollar in a year. The Central Bank of Nigeria's Monetary Policy Committee meets on May 21.
""", [
    obj("2,000", ["household", "households"], "'An institute survey of 2,000 households'"),
    obj("12", ["state", "states"], "'across 12 states': after a preposition"),
    obj("60 per cent", ["value"], "'lost more than 60 per cent of its value'"),
    junk("May 21", "a calendar date is not a figure"),
])

art(30, "economy", "Nigerian", """
FG's oil revenue drops as crude output falls

ABUJA — Nigeria's earnings from crude oil exports fell by 18 per cent in the first quarter, the upstream regulator said, as theft and pipeline vandalism cut production.

Output averaged 1.32 million barrels per day in the period, well below the 1.78 million bpd assumed in the budget. The regulator said 37 illegal refineries were destroyed in the Niger Delta during the quarter and 210 suspects arrested.

Finance Minister Wale Adeyemi told senators the shortfall would be covered partly by fresh borrowing. "We cannot fund this budget on 1.3 million barrels a day," he said.

A report by the Lagos Chamber of Commerce and Industry found that 6 out of 10 manufacturers had cut output because of rising costs. The Senate committee will meet again on June 4 to review the figures.
""", [
    obj("37", ["refinery", "refineries"], "passive: '37 illegal refineries were destroyed'"),
    obj("210", ["suspect", "suspects"], "'and 210 suspects arrested'"),
    obj("6 out of", ["manufacturer", "manufacturers"], "'6 out of 10 manufacturers had cut output'"),
    junk("June 4", "a calendar date is not a figure"),
])

art(31, "health", "Kenyan", """
Cholera cases rise to 1,280 in Garissa outbreak

GARISSA — The number of cholera cases in Garissa County has risen to 1,280, with 17 deaths recorded since the outbreak began in early March, the Ministry of Health said on Wednesday.

Director of Public Health Dr Amos Kiprono said 46 patients were still admitted at the county referral hospital and two health centres in Haraqo. He said the ministry had dispatched 12 rapid response teams and 200,000 doses of oral cholera vaccine.

Flooding has damaged water pipes and latrines in several camps, forcing residents to draw water from the river. The county government has allocated Sh45 million to buy water treatment tablets and set up temporary clinics.

The number of new cases reported each day has fallen by 40 per cent in the past week, Dr Kiprono said, but he warned against complacency as more rain is expected.
""", [
    obj("17", ["death", "deaths"], "'with 17 deaths recorded'"),
    obj("200,000", ["dose", "doses", "vaccine"], "'200,000 doses of oral cholera vaccine'"),
    scale("Sh45 million", 45e6, "'Sh45 million' is 45 million shillings"),
    change("40 per cent", "down", "'has fallen by 40 per cent': a fall"),
])

art(32, "health", "Kenyan", """
Maternal deaths drop in 14 counties, survey shows

NAIROBI — Maternal deaths in 14 counties fell by nearly a third over five years after the Government hired more midwives and built new maternity wings, according to a survey released on Tuesday.

The survey, which covered 8,600 women who gave birth between 2019 and 2023, found that the share delivering in a health facility climbed to 82 per cent, from 61 per cent.

Health Cabinet Secretary Mary Wambui said the Government would recruit 3,000 more midwives in the next financial year. The Treasury has set aside Sh2.7 billion for the programme.

But the report warned that 1 in 5 mothers in remote areas still travels more than 10 kilometres to reach a clinic. "Distance is still killing women," said Dr Hellen Chepkoech of the Kenya Obstetrical Society.
""", [
    obj("8,600", ["woman", "women"], "'covered 8,600 women who gave birth'"),
    obj("3,000", ["midwife", "midwives"], "'recruit 3,000 more midwives'"),
    scale("Sh2.7 billion", 2.7e9, "'Sh2.7 billion' is 2.7 billion shillings"),
    change("a third", "down", "'Maternal deaths ... fell by nearly a third': a fall"),
])

art(33, "education", "UK", """
Teacher vacancies double in three years, union warns

The number of unfilled teaching posts in English secondary schools has doubled in three years, according to a survey by the National Association of School Leaders.

The union's poll of 1,150 head teachers found that 68% had at least one vacancy they could not fill, with maths, physics and computing the hardest subjects to staff. A third of schools said they had relied on supply teachers for more than a term.

The Department for Education said it had offered bursaries to trainee physics teachers and launched a £15m recruitment campaign.

Paul Ridgeway, head of Castlemoor Academy in Thornbury, said he had advertised one maths job four times. "We had two applicants, and one of them withdrew," he said. Recruitment to teacher training courses fell 11% last year.
""", [
    obj("1,150", ["teacher", "teachers"], "'The union's poll of 1,150 head teachers'"),
    obj("A third", ["school", "schools"], "'A third of schools said ...'"),
    scale("15m", 15e6, "'a £15m recruitment campaign' is 15 million pounds"),
    change("11%", "down", "'Recruitment ... fell 11%': a fall"),
])

art(34, "education", "UK", """
Thousands more pupils to get free school meals

Around 90,000 more children in Wales will get free school meals from September after the Welsh Government raised the income threshold, ministers announced on Monday.

The change will cost £27m a year. Currently, 21% of pupils in Welsh schools are eligible, compared with 24% in England.

Education Minister Carys Pugh said two-fifths of families who had applied for help in the past year were turned down because they earned slightly too much. "No child should sit in a classroom hungry," she said.

Councils will share a grant to upgrade kitchens and hire extra staff. The price of a school dinner for families who pay has risen by 18p to £2.70 in some areas.
""", [
    obj("90,000", ["child", "children"], "'Around 90,000 more children'"),
    obj("two-fifths", ["family", "families"], "'two-fifths of families who had applied'"),
    scale("27m", 27e6, "'will cost £27m a year' is 27 million pounds"),
    change("18p", "up", "'has risen by 18p': a rise"),
])

art(35, "elections", "US", """
Turnout Tops 60% in Kessler County Primary

KESSLER COUNTY, Ohio — More than 61,000 voters cast ballots in Tuesday's primary in Kessler County, a turnout of 62 percent that election officials said was the highest for a midterm primary in two decades.

Early voting accounted for nearly 24,000 of the ballots, according to the county board of elections. Poll workers at 148 precincts reported only minor problems, most of them with electronic poll books that were slow to start up in the morning.

In the race for county commissioner, Democrat Luis Ortega beat two challengers with 54 percent of the vote. "People wanted their voices heard," said Brenda Cole, the board's director.

The board hired between 30 and 40 extra poll workers this year to cut lines. Voters with questions about provisional ballots can visit the board's office at 410 Larch Avenue.
""", [
    obj("61,000", ["voter", "voters"], "'More than 61,000 voters cast ballots'"),
    obj("24,000", ["ballot", "ballots"], "'nearly 24,000 of the ballots'"),
    obj("30 and 40", ["worker", "workers"], "range 'between 30 and 40 extra poll workers'"),
    junk("410 Larch", "a street number is not a figure"),
])

art(36, "elections", "US", """
Mayor's Race Heads to Runoff After Tight Count

SAN MARCELO, Texas — The race for mayor of San Marcelo is headed to a runoff after none of the six candidates won a majority in Saturday's election, final unofficial results showed Sunday.

City council member Andrea Villalobos led with 38 percent, followed by businessman Grant Fowler with 31 percent. About 42,500 ballots were cast, roughly 19 percent of the city's registered voters.

Villalobos, a former schoolteacher, has promised to hire between 120 and 150 police officers and to repave 300 miles of streets over four years. Fowler has campaigned on cutting the city's property tax rate.

The runoff will be held June 14. Election officials said about 2,100 mail ballots were still being processed, too few to change the outcome.
""", [
    obj("42,500", ["ballot", "ballots"], "'About 42,500 ballots were cast'"),
    obj("300", ["street", "streets"], "'repave 300 miles of streets': the measure is of streets"),
    obj("120 and 150", ["officer", "officers"], "range 'between 120 and 150 police officers'"),
    junk("June 14", "a calendar date is not a figure"),
])

art(37, "crime", "Irish", """
Cannabis worth €2.4m seized at Cork port

Gardaí have seized herbal cannabis worth an estimated €2.4 million at Ballynore Port in Co Cork, following a search of a lorry that arrived on a ferry from France.

The drugs were found hidden in a consignment of garden furniture on Wednesday morning. A man in his 40s was arrested at the scene and is being held at a Garda station in the city.

The seizure is the third large find at the port this year. Figures from the Revenue Commissioners show that customs officers seized drugs worth €41m at ports and airports in the first half of the year, up 15% on the same period last year.

Detective Superintendent Orla Keating said organised crime groups were using "every trick in the book". Gardaí arrested 14 people in a related operation in Limerick last month.
""", [
    obj("2.4 million", ["cannabis"], "'herbal cannabis worth an estimated €2.4 million'"),
    obj("14", ["people", "person"], "'arrested 14 people'"),
    scale("41m", 41e6, "'drugs worth €41m' is 41 million euros"),
    change("15%", "up", "'up 15% on the same period': a rise"),
])

art(38, "crime", "Irish", """
Three charged after €2.3m cigarette haul

Three men have been charged after more than 3.1 million cigarettes were found in a van stopped on the motorway near Carrigbrack, Co Louth, on Sunday night.

Revenue officers said the cigarettes, believed to be counterfeit, had a retail value of €2.3 million and represented a potential loss to the Exchequer of €1.8m.

The men appeared before Carrigbrack District Court on Monday and were remanded in custody. Gardaí also seized a second van and a quantity of cash.

Revenue figures show the number of illegal cigarettes seized nationally fell 22% last year, to 58 million, as smugglers switched to smaller consignments. "They are spreading the risk," a Revenue spokesman said.
""", [
    obj("3.1 million", ["cigarette", "cigarettes"], "passive: 'more than 3.1 million cigarettes were found'"),
    obj("2.3 million", ["value"], "'had a retail value of €2.3 million'"),
    scale("1.8m", 1.8e6, "'a potential loss ... of €1.8m' is 1.8 million euros"),
    change("22%", "down", "'the number of illegal cigarettes seized ... fell 22%': a fall"),
])

art(39, "weather", "Indian", """
Heatwave grips north India; Bhimgarh sizzles at 46.8°C

JAIPUR: The heatwave tightened its grip over Rajasthan on Thursday, with Bhimgarh recording a maximum temperature of 46.8 degrees Celsius, the highest in the state this season.

The India Meteorological Department (IMD) said temperatures in 11 districts were 4 to 6 degrees above normal and issued a red alert for the next three days. The level of the Rawatsar dam has fallen to 18% of its capacity, and reservoirs across the state held just 1.9 billion cubic metres of water.

Hospitals in Jaipur reported about 240 patients with heat-related illnesses in the past week. The state health department has set up cold rooms in 33 district hospitals.

Relief is expected from the middle of next week, when a western disturbance is likely to bring dust storms and light rain, the IMD said.
""", [
    obj("240", ["patient", "patients"], "'about 240 patients with heat-related illnesses'"),
    obj("33", ["hospital", "hospitals"], "'cold rooms in 33 district hospitals': after a preposition"),
    scale("1.9 billion", 1.9e9, "'1.9 billion cubic metres' is 1.9e9"),
    change("18%", "down", "'The level of the dam has fallen to 18%': the level a fall ends at"),
])

art(40, "weather", "Indian", """
Heavy rain lashes Konkan coast, 2,000 evacuated

RATNAVATI: Heavy rain pounded the Konkan coast for a second day on Saturday, with Ratnavati receiving 286 mm in 24 hours, nearly half its average rainfall for the whole of July.

District authorities evacuated about 2,000 residents from low-lying villages along the Vashishti river, whose level rose 1.8 metres overnight. The maximum temperature in the town fell 6 degrees to 26.2°C.

The IMD has forecast extremely heavy rainfall at isolated places in the next 48 hours, and the district's 1.5 million residents have been advised to stay indoors. Train services on the coastal line were cancelled, and 14 flights were diverted from Goa airport.

The district disaster management authority said 63 houses had been partly damaged and one person was killed when a wall collapsed.
""", [
    obj("63", ["house", "houses"], "passive: '63 houses had been partly damaged'"),
    obj("14", ["flight", "flights"], "passive: '14 flights were diverted'"),
    scale("1.5 million", 1.5e6, "'the district's 1.5 million residents' is 1.5e6"),
    change("6 degrees", "down", "'The maximum temperature ... fell 6 degrees': a fall"),
])

art(41, "sport", "Australian", """
Sharks clinch minor premiership with derby win

The Harbourside Sharks clinched the minor premiership on Saturday night, beating the Westmere Tigers in front of a sell-out crowd of 31,500 at Brightwater Stadium.

Winger Tevita Lolo, who ran the 100m in 10.6 seconds as a schoolboy, scored two tries to take his season tally to 21, and five-eighth Jack Donnelly kicked four goals from five attempts.

The Sharks have now won 17 of their 22 games this season and conceded the fewest points in the competition. Crowds at the club's home games are up 14% on last season, and coach Mark Renshaw said the club would rest three senior players for the final round.

The club will spend $8.5 million upgrading the stadium's western grandstand over the off-season.
""", [
    obj("31,500", ["crowd", "crowds"], "'a sell-out crowd of 31,500'"),
    obj("17", ["game", "games"], "'won 17 of their 22 games'"),
    scale("100m", 100, "'ran the 100m in 10.6 seconds' is a 100-metre race"),
    change("14%", "up", "'Crowds ... are up 14% on last season': a rise"),
])

art(42, "sport", "Australian", """
Jets end winless run against Wanderers

The Port Ellery Jets ended a run of eight games without a win by beating the Redgum Wanderers at Harbour Park on Sunday afternoon.

Striker Luka Pavlovic opened the scoring with a header from a corner, and midfielder Sam Okoro doubled the lead with a 30m strike before half-time. The crowd of 9,800 was the club's biggest of the season.

The Jets had managed only six goals in their previous eight matches. Average home attendances have fallen 9% this season, and the club remains ninth on the ladder with five games left to play.

Coach Daniel Ferreira said 11 of his 23-man squad had been injured at some point this season.
""", [
    obj("9,800", ["crowd", "crowds"], "'The crowd of 9,800'"),
    obj("six", ["goal", "goals"], "'managed only six goals'"),
    scale("30m", 30, "'a 30m strike' is 30 metres"),
    change("9%", "down", "'Average home attendances have fallen 9%': a fall"),
])

art(43, "transport", "Canadian", """
Transit ridership rebounds to 85% of pre-pandemic levels

OTTAWA — Ridership on the Capital Region Transit system reached 85 per cent of pre-pandemic levels in September, the highest since March 2020, the agency said Tuesday.

The system carried 7.4 million passengers during the month, boosted by the return of students and federal public servants who are now required to be in the office three days a week.

The agency plans to add 60 electric buses to its fleet next year at a cost of $112-million, and will extend its light-rail line by 4.2 kilometres to Ferncliff. Fares are set to rise 2.5 per cent in January, to $3.90 for an adult single ride.

Transit union president Gary Tremblay said the system still needs 120 more drivers to run a full schedule.
""", [
    obj("60", ["bus", "buses"], "'add 60 electric buses'"),
    obj("120", ["driver", "drivers"], "'needs 120 more drivers'"),
    scale("112-million", 112e6, "Canadian style '$112-million' is 1.12e8"),
    change("2.5 per cent", "up", "'Fares are set to rise 2.5 per cent': a rise"),
])

art(44, "transport", "Canadian", """
Ferry service cuts sailings as crew shortage drags on

VICTORIA — Coastal Ferries will cancel 140 sailings on its northern routes over the next two months because it cannot find enough crew, the company said Thursday.

The Crown corporation said it is short about 90 deckhands and engineers. It has hired 210 new employees since January, but training for senior positions can take up to two years.

The company carried 22.3 million passengers last year, up 6 per cent from the year before. It is spending $1.2-billion on seven new hybrid-electric vessels, the first of which is expected to arrive in 2027.

"Every cancelled sailing means someone missing a medical appointment or a day of work," said Heather Quon, mayor of Port Alder.
""", [
    obj("140", ["sailing", "sailings"], "'cancel 140 sailings'"),
    obj("210", ["employee", "employees"], "'hired 210 new employees'"),
    scale("1.2-billion", 1.2e9, "Canadian style '$1.2-billion' is 1.2e9"),
    change("6 per cent", "up", "'up 6 per cent from the year before': a rise"),
])

art(45, "housing", "Nigerian", """
Lagos begins work on low-cost housing estate

LAGOS — The Lagos State Government has begun construction of a 1,200-unit housing estate for low- and middle-income earners at Ajiran, as part of efforts to reduce the state's housing deficit.

Commissioner for Housing, Arc. Tunde Bakare, said the estate would have 480 two-bedroom flats and 720 three-bedroom flats, with prices starting from N18 million. Buyers will be able to spread payments over 10 years under a rent-to-own scheme.

"Rents in Lagos have risen by as much as 70 per cent in two years. Our people need homes they can afford," he said.

The project, which will cost N45bn, is expected to create 3,000 direct jobs.
""", [
    obj("720", ["flat", "flats"], "list '480 two-bedroom flats and 720 three-bedroom flats': second item"),
    obj("3,000", ["job", "jobs"], "'create 3,000 direct jobs'"),
    scale("N45bn", 45e9, "'N45bn' is 45 billion naira"),
    change("70 per cent", "up", "'Rents ... have risen by as much as 70 per cent': a rise"),
])

art(46, "housing", "Nigerian", """
Abuja tenants say landlords demand two years' rent upfront

ABUJA — Tenants in Abuja say landlords are demanding up to two years' rent in advance as the cost of a two-bedroom flat in districts such as Gwarinpa and Lugbe climbs beyond the reach of civil servants.

A survey by the Abuja Tenants' Forum of 1,600 renters found that average annual rents for two-bedroom flats rose 45 per cent in 18 months, to N2.8 million. Four in 10 respondents said they spent more than half of their salary on rent.

Estate agent Chidi Okonkwo said demand had outpaced supply. "Developers built 4,000 luxury apartments and 900 terraced houses last year, but very few flats for ordinary workers," he said.

The Federal Capital Territory Administration says it plans to deliver 10,000 affordable homes through a N350 billion partnership with private developers.
""", [
    obj("1,600", ["renter", "renters"], "'A survey ... of 1,600 renters'"),
    obj("900", ["house", "houses"], "list '4,000 luxury apartments and 900 terraced houses': second item"),
    scale("N350 billion", 350e9, "'a N350 billion partnership' is 3.5e11"),
    change("45 per cent", "up", "'average annual rents ... rose 45 per cent': a rise"),
])

art(47, "science", "Kenyan", """
Elephant numbers in Tsavo up 9 per cent, aerial census shows

NAIROBI — The elephant population in the Tsavo ecosystem has grown to 14,900, up from 13,700 in 2021, according to an aerial census released by the Kenya Wildlife Service on Thursday.

The count, carried out over 21 days by a team of 40 scientists and pilots, covered an area of about 47,000 square kilometres. Researchers also recorded 1,150 carcasses, most of them of animals that died during the drought of 2022.

Dr Naomi Kariuki, who led the census, said the recovery was encouraging but fragile. "Poaching has fallen, but human-wildlife conflict is rising as farms push into corridors," she said.

The team counted 2,600 buffalo and 520 giraffes. Anyone who sees injured wildlife can call the service's hotline on 0800 597 000.
""", [
    obj("1,150", ["carcass", "carcasses"], "'recorded 1,150 carcasses'"),
    obj("2,600", ["buffalo", "buffaloes"], "'counted 2,600 buffalo': a plural without -s"),
    obj("40", ["scientist", "scientists"], "'a team of 40 scientists and pilots'"),
    junk("0800 597 000", "a phone number is not a figure"),
])

art(48, "science", "Kenyan", """
Drought-tolerant maize lifts yields for smallholders, study finds

MACHAKOS — Smallholder farmers in eastern Kenya who planted a new drought-tolerant maize variety harvested 35 per cent more grain than those using ordinary seed, according to a study by researchers at the Kalama Agricultural Research Centre.

The three-year trial involved 2,400 farmers in 60 villages across Makueni, Kitui and Machakos counties. On average, plots with the new variety produced 1.9 tonnes a hectare, against 1.4 tonnes for local seed.

Lead researcher Dr Joseph Mutua said many of the farmers had now started saving and selling their own seed. "Farmers trust what they see in their neighbour's field," he said.

The seed will be sold through 300 agro-dealers from next season. Farmers with questions can call the centre's free line on 0800 720 311.
""", [
    obj("2,400", ["farmer", "farmers"], "'involved 2,400 farmers'"),
    obj("60", ["village", "villages"], "'in 60 villages': after a preposition"),
    obj("300", ["agro-dealer", "agro-dealers", "dealer", "dealers"], "'sold through 300 agro-dealers'"),
    junk("0800 720 311", "a phone number is not a figure"),
])

art(49, "farming", "UK", """
Bird flu: 32,000 birds to be culled at farm near Eastwold

Avian influenza has been confirmed at a commercial poultry farm near Eastwold, and all the birds on the site will be humanely culled, the Department for Environment, Food and Rural Affairs (Defra) said.

A 3km protection zone and a wider surveillance zone have been put in place around the premises. It is the 14th case of the H5N1 strain in England since October.

The National Farmers' Union said the number of laying hens in the UK had fallen 8% since 2022 as producers struggled with feed costs. Egg producers supply about 11 billion eggs a year to UK shoppers.

Farmer Tom Hadley, who keeps 4,000 free-range hens nearby, said he had moved his flock indoors. "Every morning you check them and hope," he said.
""", [
    obj("4,000", ["hen", "hens"], "'keeps 4,000 free-range hens'"),
    obj("3km", ["zone", "zones"], "measurement before a noun: 'A 3km protection zone'"),
    scale("11 billion", 11e9, "'about 11 billion eggs' is 1.1e10"),
    change("8%", "down", "'the number of laying hens ... had fallen 8%': a fall"),
])

art(50, "farming", "UK", """
Dairy farmers quit as milk price falls

More than 400 dairy farmers in England and Wales have left the industry in the past year, according to the levy board, as the price paid for milk fell.

There are now fewer than 7,500 dairy producers in Great Britain. The average farmgate price dropped to 36.2p a litre in April, from a peak of 51p last autumn.

Rachel Venn, who milks 180 cows near Pendlebury, said she had been losing money every month since January. "The big processors hold all the cards," she said.

Milk production has held up because the remaining herds are larger. Farms in Great Britain produced 12.4 billion litres last year. The government has announced a fund to help young farmers take on a 20-hectare starter farm.
""", [
    obj("180", ["cow", "cows"], "'milks 180 cows'"),
    obj("20-hectare", ["farm", "farms"], "measurement before a noun: 'a 20-hectare starter farm'"),
    scale("12.4 billion", 12.4e9, "'12.4 billion litres' is 1.24e10"),
    change("36.2p", "down", "'The average farmgate price dropped to 36.2p': the level a fall ends at"),
])

art(51, "energy", "US", """
Utility to Close Coal Plant Early, Build Solar and Batteries

DENVER — Front Range Power will close its Harlan Flats coal plant five years early and replace it with solar farms and batteries, the utility told state regulators Monday.

The plan calls for 1,800 megawatts of new solar capacity and 600 megawatts of battery storage by 2031, at a cost of about $2.9 billion. The plant's output fell 38% over the past decade as cheaper gas and wind pushed it down the order in which power stations are called on.

The coal plant employs 210 workers, most of whom will be offered jobs elsewhere in the company. Its 600-foot chimney, a landmark visible from the interstate, will be demolished.

"We are not going to leave Harlan behind," said chief executive Dana Morrow. The plant burned 3.2 million tons of coal last year.
""", [
    obj("210", ["worker", "workers"], "'employs 210 workers'"),
    obj("3.2 million", ["coal"], "'burned 3.2 million tons of coal': the measure is of coal"),
    scale("2.9 billion", 2.9e9, "'about $2.9 billion' is 2.9e9"),
    change("38%", "down", "'The plant's output fell 38%': a fall"),
])

art(52, "energy", "US", """
Gas Prices Drop Ahead of Thanksgiving Travel

The average price of a gallon of regular gasoline in the United States fell to $3.12 on Monday, down 18 cents from a month ago, as crude oil prices slid, the motor club TriState Auto said.

Prices were lowest in Oklahoma, at $2.71, and highest in California, where drivers paid an average of $4.65. About 55 million Americans are expected to drive at least 50 miles from home over the holiday weekend.

Crude inventories rose by 4.2 million barrels last week, the Energy Information Administration said, and the government's strategic reserve now holds about 395 million barrels.

"It's a welcome break for families on the road," said TriState spokeswoman Kelly Ruiz. She warned that prices could rebound if a late-season storm hits refineries on the Gulf Coast.
""", [
    obj("55 million", ["american", "americans"], "'About 55 million Americans are expected to drive'"),
    obj("4.2 million", ["inventory", "inventories", "crude"], "'Crude inventories rose by 4.2 million barrels': what moved"),
    scale("395 million", 395e6, "'about 395 million barrels' is 3.95e8"),
    change("3.12", "down", "'The average price ... fell to $3.12': the level a fall ends at"),
])

art(53, "sport", "UK", """
Late Carter header keeps Hollinsworth in play-off hunt

Hollinsworth Town kept their play-off hopes alive with victory at Dunmere Athletic, substitute Jordan Carter heading the winner in the 88th minute.

Athletic had led through a Kieran Walsh penalty before Town equalised early in the second half. Carter, who joined on loan in January, has now scored five goals in seven appearances.

Town manager Steve Aldridge said his side had created chance after chance. "We were relentless," he said. The result leaves Hollinsworth sixth, with 68 points from 43 games.

A crowd of 7,214 watched the match, including 1,300 travelling supporters. Athletic, who have won just two of their last 12 league matches, have sold 4,500 tickets for their final home game of the season.
""", [
    obj("1,300", ["supporter", "supporters"], "'including 1,300 travelling supporters'"),
    obj("five", ["goal", "goals"], "'has now scored five goals'"),
    obj("two of", ["match", "matches"], "'won just two of their last 12 league matches'"),
    junk("88th", "a minute mark ('in the 88th minute') is not a figure"),
])

art(54, "sport", "UK", """
Brayford stun leaders with late try

Brayford ended Castleton's 11-match unbeaten run with a 27-24 victory at Mill Lane, winger Owen Price scoring the decisive try with two minutes left.

Castleton had led by 10 points at half-time, but Brayford's pack took control after the break. Fly-half Rhys Morgan kicked 12 points, including three penalties, and now has 145 points this season.

Director of rugby Alan Keats said the victory was "the best we've played all year". Brayford are now sixth in the table, with seven wins from 14 matches.

The attendance of 5,860 was a season's best, and the club said it would add 1,200 seats to the west stand over the summer.
""", [
    obj("three", ["penalty", "penalties"], "'including three penalties'"),
    obj("seven", ["win", "wins"], "'with seven wins from 14 matches'"),
    obj("1,200", ["seat", "seats"], "'add 1,200 seats to the west stand'"),
    junk("27-24", "a scoreline ('a 27-24 victory') is not a figure"),
])

art(55, "crime", "US", """
Car Thefts Jump 40% in Millbrook as Thieves Target Older Models

MILLBROOK, Ind. — Car thefts in Millbrook rose 40% in the first half of the year, driven by a wave of thefts of older vehicles that lack engine immobilizers, police said Thursday.

Officers took reports of 1,320 stolen vehicles between January and June, compared with 943 in the same period last year. About two-thirds of the stolen cars were recovered, many of them abandoned within a few miles.

Police Chief Ramona Diaz said the department had handed out 2,800 steering-wheel locks to owners of the most-targeted models. "A $30 lock is a lot cheaper than a new car," she said.

The city council last month approved $1.5 million to pay for license plate readers at 25 intersections.
""", [
    obj("2,800", ["lock", "locks"], "'handed out 2,800 steering-wheel locks'"),
    obj("two-thirds", ["car", "cars"], "'About two-thirds of the stolen cars were recovered'"),
    scale("1.5 million", 1.5e6, "'approved $1.5 million' is 1.5e6"),
    change("40%", "up", "'Car thefts in Millbrook rose 40%': a rise", occ=1),
])

art(56, "crime", "US", """
Shoplifting Reports Fall in Carver County After Task Force Launch

CARVER COUNTY, Minn. — Reported shoplifting incidents in Carver County dropped 17% last year, the sheriff's office said, crediting a task force that pairs deputies with retail security staff.

Deputies logged 2,640 shoplifting reports in 2024, down from 3,180 the year before. The task force made 412 arrests, and most of those charged had been arrested for theft before.

Sheriff Tom Lindgren said retailers had recovered $615,000 in stolen merchandise. The county board has set aside $2.2 million to keep the task force running for another two years.

"Retail theft isn't a victimless crime," Lindgren said. The unit has trained staff at 60 stores in how to report incidents quickly.
""", [
    obj("412", ["arrest", "arrests"], "'The task force made 412 arrests'"),
    obj("615,000", ["merchandise"], "'$615,000 in stolen merchandise'"),
    scale("2.2 million", 2.2e6, "'set aside $2.2 million' is 2.2e6"),
    change("17%", "down", "'incidents ... dropped 17%': a fall"),
])

art(57, "weather", "Australian", """
Catastrophic fire danger as Marrabool hits 46.1C

Temperatures soared past 44 degrees across parts of South Australia on Friday, with the town of Marrabool reaching 46.1C, its hottest day since records began.

The Country Fire Service declared a catastrophic fire danger rating for three districts, and more than 1,500 firefighters were on standby. A total fire ban was in place across the state.

The Bureau of Meteorology said a cool change would reach Adelaide by late Saturday afternoon, bringing wind gusts of up to 90km/h and dropping temperatures by as much as 15 degrees.

The power network cut supply to about 12,000 customers as a precaution to reduce the risk of fallen lines sparking fires. Electricity demand across the state peaked at 6pm, when the grid came within a whisker of its record.
""", [
    obj("1,500", ["firefighter", "firefighters"], "'more than 1,500 firefighters were on standby'"),
    obj("12,000", ["customer", "customers"], "'cut supply to about 12,000 customers'"),
    obj("three", ["district", "districts"], "'for three districts'"),
    junk("6pm", "a time of day is not a figure"),
])

art(58, "weather", "Australian", """
Flood warning as heavy rain hits Tallowood

Residents of low-lying parts of Tallowood were told to prepare to evacuate on Tuesday as heavy rain lashed the Queensland coast, with more than 300mm falling in 24 hours at some gauges.

The Bureau of Meteorology said the Tallowood River was expected to peak at 9.2 metres at about 4am on Wednesday, above the major flood level of 8.5 metres.

The State Emergency Service received 640 calls for help and carried out 23 flood rescues, most involving drivers who entered flooded roads. About 80 schools were closed.

Insurers estimate the floods will cost $275 million. More rain is forecast for the weekend.
""", [
    obj("640", ["call", "calls"], "'received 640 calls for help'"),
    obj("23", ["rescue", "rescues"], "'carried out 23 flood rescues'"),
    obj("80", ["school", "schools"], "passive: 'About 80 schools were closed'"),
    junk("4am", "a time of day is not a figure"),
])

art(59, "housing", "Irish", """
Just 1,100 homes to rent nationwide as Dublin rents hit new high

Average rents in Dublin have risen to €2,450 a month, according to the latest report from property website Letwise.ie, as the supply of homes to let fell to a record low.

The number of homes listed for rent across the country on 1 August was the lowest on record, well below the average of 9,000 in the years before the pandemic. In Co Leitrim, only 14 properties were available.

Report author Dr Conor Fennelly said the country needed to build far more homes each year. "Supply is the only answer," he said.

Separately, the Central Statistics Office said 8,640 homes were completed in the second quarter. Housing Minister Dermot Hanley said he expected 35,000 completions this year.
""", [
    obj("1,100", ["home", "homes"], "headline 'Just 1,100 homes to rent'"),
    obj("14", ["property", "properties"], "'only 14 properties were available'"),
    obj("35,000", ["completion", "completions"], "'he expected 35,000 completions'"),
    junk("1 August", "a calendar date is not a figure"),
])

art(60, "housing", "Irish", """
Average asking price in Co Cork tops €350,000

The average asking price for a house in Co Cork has climbed above €350,000 for the first time, according to a report by estate agents Hollander & Keane published on Monday.

In Cork city, a three-bedroom semi-detached house now costs an average of €395,000, while in the county's smaller towns the figure is €286,000. The agency had 1,850 properties on its books at the end of June, 12% fewer than a year ago.

First-time buyers accounted for 47% of sales, said managing director Sinéad Keane.

The county council received 640 objections to a single large housing scheme in Ballinure this year. Submissions can be made in person at the council's planning office at 21 Kilbride Street.
""", [
    obj("350,000", ["price", "prices"], "headline 'Average asking price ... tops €350,000'"),
    obj("1,850", ["property", "properties"], "'The agency had 1,850 properties on its books'"),
    obj("640", ["objection", "objections"], "'received 640 objections'"),
    junk("21 Kilbride", "a street number is not a figure"),
])


# anchors written twice on purpose (headline and body); the check names which one
REPEATED = {(27, "715-million"), (55, "40%"), (60, "350,000")}


def anchor_re(anchor):
    # the anchor as a whole token: no letter or digit glued to either end, and not the tail
    # of a number ("300" is not in "1,300")
    return re.compile(r"(?<![A-Za-z0-9])(?<![0-9][,.])" + re.escape(anchor) + r"(?![A-Za-z0-9])(?![,.][0-9])",
                      re.IGNORECASE)


def main():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    checks, problems = [], []
    for num, style, country, text, cks in A:
        name = "%03d.txt" % num
        half = "tune" if num % 2 else "blind"
        words = len(text.split())
        if not 80 <= words <= 300:
            problems.append("%s: %d words" % (name, words))
        with open(os.path.join(HERE, "articles", name), "w", encoding="utf-8") as f:
            f.write(text)
        for i, c in enumerate(cks):
            n = len(anchor_re(c["anchor"]).findall(text))
            if n <= c["occurrence"] or (n != 1 and (num, c["anchor"]) not in REPEATED):
                problems.append("%s: anchor %r occurs %d times (occ %d)" % (name, c["anchor"], n, c["occurrence"]))
            rec = {"id": "t50-%03d-%s" % (num, "abcd"[i]), "half": half, "article": name,
                   "style": style, "country": country}
            rec.update(c)
            checks.append(rec)
    with open(os.path.join(HERE, "checks.json"), "w", encoding="utf-8") as f:
        json.dump(checks, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(len(A), "articles", len(checks), "checks")
    from collections import Counter
    print(Counter((c["half"], c["family"]) for c in checks))
    print(Counter((c["half"], c["change"]) for c in checks if c["family"] == "change"))
    print("\n".join(problems) or "no problems")


if __name__ == "__main__":
    main()
