# Articles 001-020 with their checks.
A = {}
C = {}

A[1] = """Sangamon County board backs transit hub near downtown

SPRINGFIELD, Ill. — The Sangamon County Board voted 19-7 on Tuesday to put $4.2 million toward a bus and rail transfer center on the east edge of downtown Springfield, ending a debate that had dragged on since last spring.

Supporters said the hub would finally link the city's buses with the Amtrak trains that run north toward Bloomington and Chicago. Board member Loretta Fiske, who represents Chatham, said commuters in her district now wait up to 50 minutes for a connection.

"People in Chatham and Rochester are driving in because the buses don't line up," Fiske said.

Opponents questioned the cost. Dale Brummett, whose district borders Logan County, said residents in Lincoln and Mount Pulaski would see little benefit. "Our folks drive to Bloomington for work," he said.

Construction could begin in early 2026 if the Illinois Department of Transportation signs off on a matching grant, county administrator Priya Nandakumar said. Springfield's transit board meets next week to approve its share.
"""
C[1] = [
 ("qualifier", "place_near", dict(name="Springfield", lat=39.80, lon=-89.64, km=150), "dateline 'SPRINGFIELD, Ill.' and its later bare mentions are the Illinois capital"),
 ("namesake_focus", "place_near", dict(name="Rochester", lat=39.75, lon=-89.53, km=150), "a Sangamon County board member's district: Rochester, Illinois, not NY or MN"),
 ("namesake_focus", "place_near", dict(name="Lincoln", lat=40.15, lon=-89.36, km=150), "next to Logan County and Mount Pulaski: Lincoln, Illinois, not Nebraska"),
 ("namesake_focus", "place_near", dict(name="Bloomington", lat=40.48, lon=-88.99, km=150), "Amtrak north toward Chicago from Springfield: Bloomington, Illinois"),
]

A[2] = """Greene County commissioners approve Ozarks flood study

Greene County commissioners on Monday approved a $310,000 study of flash flooding along the creeks that cut through the south side of Springfield, after storms in April pushed water into dozens of homes near the Missouri State University campus.

The study, to be done by a Kansas City engineering firm, will also look at low-water crossings between Springfield and Marshfield, where two drivers were swept off a county road last year.

Presiding Commissioner Arlen Tuckett said the county had waited too long. "We keep patching the same culverts and hoping for a dry year," he said.

Officials from Carthage and Joplin, who dealt with similar flooding along Center Creek, spoke in favor of the plan. So did a hydrologist from Springfield, Ill., who helped write that city's storm-water rules and was invited by the county to review the scope of the work.

The commission expects a first report by February.
"""
C[2] = [
 ("namesake_focus", "place_near", dict(name="Springfield", context="between Springfield and Marshfield", lat=37.21, lon=-93.29, km=150), "bare Springfield in a Greene County, Missouri story is Springfield, Missouri"),
 ("qualifier", "place_near", dict(name="Springfield", context="from Springfield, Ill.", lat=39.80, lon=-89.64, km=150), "the pair 'Springfield, Ill.' decides its own mention"),
 ("namesake_focus", "place_near", dict(name="Marshfield", lat=37.34, lon=-92.91, km=150), "Marshfield beside Springfield, Missouri, not Wisconsin or Massachusetts"),
 ("namesake_focus", "place_near", dict(name="Carthage", lat=37.18, lon=-94.31, km=150), "Carthage with Joplin and Center Creek: Carthage, Missouri"),
]

A[3] = """Richland County school leaders push back on bus contract

School leaders in Richland County are pushing back against a plan to hand bus routes in Columbia and Lexington to a private contractor, saying the move would leave rural students waiting longer at the side of the road.

State Sen. Harold Aiken, who chairs the Senate education committee, introduced the measure in January. Aiken said South Carolina spends too much keeping a fleet that averages 14 years old. "We are asking drivers to nurse these buses along," Aiken said at a hearing at the State House.

Florence Whitlock, who heads transportation for Richland School District Two, said the contractor's bid assumes routes that do not exist. Whitlock told lawmakers that about 1,900 students in northeast Columbia ride more than an hour each way.

Lexington County officials have not taken a position. A vote in the Senate is expected before the session ends in May.
"""
C[3] = [
 ("namesake_focus", "place_near", dict(name="Columbia", lat=34.00, lon=-81.03, km=150), "Columbia with Richland County, Lexington County and South Carolina: Columbia, S.C."),
 ("namesake_focus", "place_near", dict(name="Lexington", lat=33.98, lon=-81.24, km=150), "Lexington beside Columbia, S.C., is Lexington, S.C., not Kentucky"),
 ("not_a_place", "no_place", dict(name="Aiken"), "Aiken is only the senator's surname here"),
 ("not_a_place", "no_place", dict(name="Florence"), "Florence is only Florence Whitlock's first name"),
]

A[4] = """Boone County weighs new shelter as cold sets in

Boone County commissioners will decide next week whether to lease a vacant warehouse on Columbia's north side as an overnight shelter, after the only existing shelter in the city turned away 60 people during last month's ice storm.

City Manager Ruth Clinton told the commission the warehouse, near the Interstate 70 interchange, could hold 90 cots by mid-January. Clinton said the city would cover utilities if the county pays the lease.

Savannah Kettering, who runs a church outreach program in Fulton, said people from Callaway County have been arriving in Columbia on foot. "They come because there is nothing closer," Kettering said.

Mid-Missouri has seen a sharp rise in unsheltered homelessness since 2022, according to a count by the University of Missouri. Jefferson City opened a warming center of its own in December.
"""
C[4] = [
 ("namesake_focus", "place_near", dict(name="Columbia", lat=38.95, lon=-92.33, km=150), "Columbia with Boone County, Jefferson City and the University of Missouri: Columbia, Mo."),
 ("namesake_focus", "place_near", dict(name="Fulton", lat=38.85, lon=-91.95, km=150), "Fulton with Callaway County: Fulton, Missouri"),
 ("not_a_place", "no_place", dict(name="Clinton"), "Clinton is only the city manager's surname"),
 ("not_a_place", "no_place", dict(name="Savannah"), "Savannah is only Savannah Kettering's first name"),
]

A[5] = """Salem council delays vote on downtown parking meters

Salem city councilors on Monday put off a vote on bringing back downtown parking meters, after merchants packed the chamber to warn that paid parking would send shoppers to Keizer and Albany.

The proposal, drafted by the city's transportation staff, would charge $1.25 an hour on about 600 spaces around the Capitol. Staff said the money would help pay for a parking garage that Marion County wants to share with the city.

"People here are not Portland shoppers. They will drive ten minutes and park for free," said Anita Horvath, who owns a bakery on Commercial Street.

A consultant from Portland, Maine, who advised that city on its meter program, told councilors that merchants there had feared the same thing and that sales had recovered within a year.

The council will take up the measure again on March 9.
"""
C[5] = [
 ("namesake_focus", "place_near", dict(name="Salem", lat=44.94, lon=-123.04, km=150), "Salem with Keizer and Marion County: Salem, Oregon"),
 ("namesake_focus", "place_near", dict(name="Albany", lat=44.64, lon=-123.11, km=150), "shoppers driving ten minutes from Salem: Albany, Oregon, not New York"),
 ("qualifier", "place_near", dict(name="Portland", context="from Portland, Maine", lat=43.66, lon=-70.26, km=150), "the pair 'Portland, Maine' decides its mention"),
 ("regions", "place_near", dict(name="Marion County", lat=44.90, lon=-122.58, km=150), "Marion County sharing a garage with Salem is Oregon's"),
]

A[6] = """Maine passenger rail plan wins federal backing

PORTLAND, Maine — A plan to run a seasonal passenger train from Portland to Lewiston and Auburn has won a $22 million federal grant, the state's congressional delegation said Thursday.

The money will rebuild 27 miles of freight track through Cumberland County and add platforms at Yarmouth and at the old depot in Auburn, which has not seen a passenger train since 1960.

Backers hope the line will one day reach Bangor. "This is the first step, not the last," said Joel Marchetti, who chairs the rail authority's board.

Critics pointed to a project on the other side of the country. A study by an economist in Salem, Ore., found that a commuter line there drew a third of the riders forecast in its first five years.

The grant requires the state to cover 20 percent of the cost.
"""
C[6] = [
 ("namesake_focus", "place_near", dict(name="Auburn", lat=44.10, lon=-70.23, km=150), "Auburn beside Lewiston in a Maine story: Auburn, Maine"),
 ("namesake_focus", "place_near", dict(name="Bangor", lat=44.80, lon=-68.77, km=150), "the line reaching Bangor in Maine, not Wales or Northern Ireland"),
 ("qualifier", "place_near", dict(name="Salem", lat=44.94, lon=-123.04, km=150), "'Salem, Ore.' is Salem, Oregon"),
 ("regions", "place_near", dict(name="Cumberland County", lat=43.80, lon=-70.33, km=150), "Cumberland County on a Portland-Lewiston line is Maine's"),
]

A[7] = """Jackson water utility asks suburbs to share cost of new plant

The utility that runs Jackson's troubled water system asked leaders in Clinton, Madison and Ridgeland on Wednesday to help pay for a second treatment plant, arguing that the suburbs would lean on it during the next hard freeze.

Interim manager Cedric Oyelaran said the plant, on land the city owns near the Ross Barnett Reservoir, would cost about $180 million. Hinds County supervisors have pledged $15 million.

Madison Mayor Gene Hollowell said his city already buys some water from Jackson and was open to talks. Clinton officials said they needed to see the numbers first.

Mississippians remember the 2022 crisis, when much of the capital went without safe tap water for weeks. "Nobody wants to see that again," Oyelaran said.

The utility hopes to break ground by late 2026.
"""
C[7] = [
 ("namesake_focus", "place_near", dict(name="Jackson", lat=32.30, lon=-90.18, km=150), "Jackson with Hinds County and the Ross Barnett Reservoir: Jackson, Mississippi"),
 ("namesake_focus", "place_near", dict(name="Madison", lat=32.46, lon=-90.12, km=150), "a Jackson suburb: Madison, Mississippi, not Wisconsin"),
 ("namesake_focus", "place_near", dict(name="Clinton", lat=32.34, lon=-90.32, km=150), "a Jackson suburb: Clinton, Mississippi"),
 ("regions", "place_kind", dict(name="Mississippians", kinds=["region"], country_code="US"), "the people of a US state are the state, kind region"),
]

A[8] = """Jackson hospital system to open rural clinics

A Jackson hospital system will open walk-in clinics in Humboldt and Milan this fall, its chief executive said Tuesday, filling a gap left when the last hospital in Gibson County closed in 2023.

West Tennessee Healthcare chief executive Renata Fulbright said the clinics would each employ two nurse practitioners and offer X-rays and lab work. Patients needing more care would be sent to the main hospital in Jackson, about 20 miles south.

Many Tennesseans in small towns now drive more than 30 minutes to reach an emergency room, according to the state's hospital association.

Milan Mayor Doris Keck said the clinic would go into a former bank building downtown. "Our people have been asking for this since the day the hospital shut its doors," she said.

The system expects both clinics to open by October.
"""
C[8] = [
 ("namesake_focus", "place_near", dict(name="Jackson", lat=35.61, lon=-88.81, km=150), "West Tennessee Healthcare's Jackson: Jackson, Tennessee"),
 ("namesake_focus", "place_near", dict(name="Humboldt", lat=35.82, lon=-88.92, km=150), "Humboldt in Gibson County, Tennessee"),
 ("namesake_focus", "place_near", dict(name="Milan", lat=35.92, lon=-88.76, km=150), "Milan with a mayor, in Gibson County: Milan, Tennessee, not Italy"),
 ("regions", "place_kind", dict(name="Tennesseans", kinds=["region"], country_code="US"), "the people of a US state are the state, kind region"),
]

A[9] = """Upstate job fair draws record crowd

More than 4,000 people lined up outside the convention center in Greenville on Saturday for what organizers called the largest job fair the Upstate has held.

Employers from Spartanburg, Anderson and Greer brought openings in manufacturing, health care and logistics. A tire plant near Anderson alone listed 300 jobs.

Some recruiters traveled farther. A hospital system based in Greenville, N.C., was looking for nurses willing to move east, and a furniture maker from Marion, N.C., handed out brochures about its new plant in the foothills.

"We used to fly people in for these jobs. Now we just come to South Carolina," said recruiter Tamsin Boyd.

The fair was organized by the Greenville County workforce board and the state employment agency.
"""
C[9] = [
 ("namesake_focus", "place_near", dict(name="Greenville", context="convention center in Greenville on Saturday", lat=34.85, lon=-82.40, km=150), "bare Greenville of the Upstate with Spartanburg: Greenville, S.C."),
 ("qualifier", "place_near", dict(name="Greenville", context="based in Greenville, N.C.", lat=35.61, lon=-77.37, km=150), "the pair 'Greenville, N.C.' is the North Carolina city"),
 ("qualifier", "place_near", dict(name="Marion", context="from Marion, N.C.", lat=35.68, lon=-82.01, km=150), "the pair 'Marion, N.C.' is Marion, North Carolina"),
 ("namesake_focus", "place_near", dict(name="Anderson", lat=34.50, lon=-82.65, km=150), "Anderson beside Spartanburg and Greer: Anderson, S.C., not Indiana"),
]

A[10] = """Grant County lands battery recycler, 400 jobs

A battery recycling company will build a $260 million plant on the south side of Marion, bringing about 400 jobs to Grant County by 2027, state and local officials announced Thursday.

The company, which runs a smaller plant in Clinton, Iowa, picked the site over locations near Kokomo and Wabash because of its rail spur and cheap land, chief operating officer Ingrid Solvang said.

Marion Mayor Jess Alvarado called it the largest investment in the city since the 1990s. The Indiana Economic Development Corp. offered up to $6 million in tax credits tied to hiring.

Not everyone was pleased. Residents of Marion, Ohio, who fought a similar plant there in 2021, sent a letter warning about fires at battery sites. The company said its Indiana plant would store batteries in fire-rated bunkers.
"""
C[10] = [
 ("namesake_focus", "place_near", dict(name="Marion", context="south side of Marion", lat=40.56, lon=-85.66, km=150), "bare Marion with Grant County, Kokomo and Indiana: Marion, Indiana"),
 ("qualifier", "place_near", dict(name="Marion", context="Residents of Marion, Ohio", lat=40.59, lon=-83.13, km=150), "the pair 'Marion, Ohio' decides its own mention"),
 ("qualifier", "place_near", dict(name="Clinton", context="plant in Clinton, Iowa", lat=41.84, lon=-90.19, km=150), "the pair 'Clinton, Iowa'"),
 ("namesake_focus", "place_near", dict(name="Wabash", lat=40.80, lon=-85.82, km=150), "Wabash beside Kokomo: Wabash, Indiana"),
]

A[11] = """Boston market traders fear bypass roadworks

Traders in Boston say months of roadworks on the town's bypass are keeping shoppers away from its Wednesday and Saturday markets.

Lincolnshire County Council began resurfacing the A16 in September and expects the work, on one of the busiest routes in east Lincolnshire, to last until spring. Diversions send drivers from Spalding and Skegness along narrow fen lanes around the town.

Lincoln Ashworth, who has sold fruit and veg on the market for 31 years, said takings were down by a third. "Folk just aren't bothering to come in," Ashworth said. "They go to the big supermarkets out by the roundabout instead."

A council spokesperson said crews were working evenings to finish sooner, and that free parking would be offered in the town centre in the run-up to Christmas.
"""
C[11] = [
 ("namesake_focus", "place_near", dict(name="Boston", lat=52.98, lon=-0.03, km=150), "Boston with Lincolnshire, Spalding and Skegness: Boston, Lincolnshire, not Massachusetts"),
 ("namesake_focus", "place_near", dict(name="Spalding", lat=52.79, lon=-0.15, km=150), "Spalding, Lincolnshire"),
 ("not_a_place", "no_place", dict(name="Lincoln"), "Lincoln is only Lincoln Ashworth's first name"),
 ("regions", "place_country", dict(name="Lincolnshire", context="busiest routes in east Lincolnshire", country_code="GB"), "Lincolnshire is the English county"),
]

A[12] = """Newport bus drivers vote to strike over shift patterns

Bus drivers in Newport have voted to walk out for four days later this month in a row over new shift patterns, their union said.

Unite said 88% of members who took part backed the action, which would halt most services across the city and on routes to Cwmbran and Caerphilly. Express coaches across the Severn to Bristol would also be hit.

Chester Pugh, a driver for 19 years and a union rep, said the new rotas left some staff working split shifts of more than 13 hours. "People are shattered," Pugh said.

The operator said it was disappointed and urged the union back to talks, adding that it had offered a 5% pay rise. Monmouthshire County Council said school transport across Monmouthshire would run as normal. The Welsh Government has been asked to help broker a deal.
"""
C[12] = [
 ("namesake_focus", "place_near", dict(name="Newport", lat=51.58, lon=-2.99, km=150), "Newport with Cwmbran, Caerphilly and the Welsh Government: Newport, Wales"),
 ("namesake_focus", "place_near", dict(name="Bristol", lat=51.45, lon=-2.59, km=150), "across the Severn from Newport: Bristol, England"),
 ("not_a_place", "no_place", dict(name="Chester"), "Chester is only Chester Pugh's first name"),
 ("regions", "place_country", dict(name="Monmouthshire", context="across Monmouthshire would", country_code="GB"), "Monmouthshire, the Welsh county"),
]

A[13] = """Richmond's Georgian theatre reopens after roof repairs

The tiny Georgian theatre in Richmond reopened on Friday after a nine-month closure to repair its leaking roof, with a sell-out performance for an audience that had travelled from across North Yorkshire.

The theatre, which dates from 1788 and seats fewer than 200, relied on volunteers and a lottery grant of £480,000 to pay for the work. Soldiers from nearby Catterick Garrison helped move seating during the closure.

Its director, Harriet Oduya, said bookings from Darlington and Teesside had risen since the repairs began. "People were worried we might never open again," she said.

Among the guests were three members of a theatre group from Richmond, Virginia, which has swapped visits with the town since the 1990s. Their leader said the American group planned to stage a joint production next summer.
"""
C[13] = [
 ("namesake_focus", "place_near", dict(name="Richmond", context="theatre in Richmond reopened", lat=54.40, lon=-1.74, km=150), "Richmond by Catterick, North Yorkshire, not London's or Virginia's"),
 ("qualifier", "place_near", dict(name="Richmond", context="from Richmond, Virginia", lat=37.54, lon=-77.44, km=150), "the pair 'Richmond, Virginia' decides its mention"),
 ("regions", "place_country", dict(name="North Yorkshire", country_code="GB"), "North Yorkshire, England"),
 ("namesake_focus", "place_near", dict(name="Darlington", lat=54.52, lon=-1.55, km=150), "Darlington by Teesside: County Durham"),
]

A[14] = """Kingston market square closes for flood defence work

Part of Kingston's historic market square will close for six weeks from Monday while engineers install flood barriers along the nearby riverside, the council said.

The work follows floods last winter, when the Thames burst its banks at Kingston and upstream at Richmond, forcing the evacuation of two care homes. Traders will be moved to temporary stalls beside the Guildhall.

Councillor Femi Adeyemo said the barriers would protect about 1,200 homes in the borough and neighbouring Surbiton. "We cannot keep relying on sandbags every time it rains for a week," he said.

The council has also invited engineers from Kingston, Jamaica, where the harbour front was rebuilt after a hurricane, to share their experience of coastal defences with its own staff.
"""
C[14] = [
 ("namesake_focus", "place_near", dict(name="Kingston", context="Part of Kingston's historic", lat=51.41, lon=-0.30, km=150), "Kingston on the Thames by Surbiton and Richmond: Kingston upon Thames"),
 ("namesake_focus", "place_near", dict(name="Richmond", lat=51.46, lon=-0.30, km=150), "upstream of Kingston on the Thames: Richmond, London"),
 ("qualifier", "place_country", dict(name="Kingston", context="from Kingston, Jamaica", country_code="JM"), "the pair 'Kingston, Jamaica'"),
 ("unresolved_ok", "not_wrong", dict(name="Thames", allowed_country_codes=["GB"]), "the Thames in a Kingston story: England's river (no row or no point is fine; NZ's Thames town is wrong)"),
]

A[15] = """SOCCER - LATE PENALTY LIFTS PRESTON

Preston beat Plymouth 2-1 on Saturday thanks to a stoppage-time penalty from substitute Kieran Walsh, moving them up to fifth in the Championship.

Plymouth had gone ahead through a first-half header from defender Ollie Brandt, but Preston drew level eight minutes after the break when Tom Nnamdi turned in a low cross at the near post.

Walsh, who came on in the 70th minute, won the decisive penalty himself when he was tripped by goalkeeper Ryan Hale, then sent Hale the wrong way from the spot.

"It's the first penalty I've taken for the club and I wasn't going to miss it," Walsh said.

Other Championship results on Saturday:
Bristol City 0 Sunderland 0
Millwall 1 Hull 3
Norwich 2 Stoke 2
"""
C[15] = [
 ("not_a_place", "no_place", dict(name="Preston"), "Preston is the football club in a match report"),
 ("not_a_place", "no_place", dict(name="Plymouth"), "Plymouth is the football club in a match report"),
 ("not_a_place", "no_place", dict(name="Sunderland"), "Sunderland is a team in a result line"),
 ("not_a_place", "no_place", dict(name="Norwich"), "Norwich is a team in a result line"),
]

A[16] = """RUGBY UNION - LEICESTER HOLD OFF EXETER FIGHTBACK

Leicester beat Exeter 27-20 on Saturday, surviving a late comeback to climb to third in the Premiership.

Fly-half Jack Ormerod kicked 12 points and centre Sione Latu scored the home side's only try on the stroke of half-time. Exeter cut the gap to seven points with two tries in the final 10 minutes but could not find a way through for the draw.

"We made it much harder than it needed to be," Leicester's director of rugby said. "But we'll take the points."

Saturday's other results:
Gloucester 22 Bath 14
Northampton 31 Sale 17
"""
C[16] = [
 ("not_a_place", "no_place", dict(name="Leicester"), "Leicester is the rugby club"),
 ("not_a_place", "no_place", dict(name="Exeter"), "Exeter is the rugby club"),
 ("not_a_place", "no_place", dict(name="Gloucester"), "Gloucester is a team in a result line"),
 ("not_a_place", "no_place", dict(name="Northampton"), "Northampton is a team in a result line"),
]

A[17] = """CRICKET - LYON SPINS AUSTRALIA INTO CONTROL

PERTH, Australia, Dec 2 (Reuters) - Off-spinner Corey Lyon took four wickets as Australia bowled India out for 241 on the second day of the first test on Saturday.

Lyon, recalled after a successful tour of Sri Lanka in March, removed both openers before lunch and finished with 4-61 from 24 overs. A stiff breeze off the Indian Ocean helped the fast bowlers swing the new ball in the morning session.

"The wicket had a bit in it early, and I just tried to keep it tight and let the pressure build," Lyon said.

At stumps Australia were 88 for two, trailing by 153 runs.
"""
C[17] = [
 ("qualifier", "place_near", dict(name="Perth", lat=-31.95, lon=115.86, km=150), "dateline 'PERTH, Australia' is Western Australia's capital"),
 ("not_a_place", "no_place", dict(name="Lyon"), "Lyon is only the spinner's surname"),
 ("regions", "place_country", dict(name="Sri Lanka", country_code="LK"), "a tour of Sri Lanka: the country"),
 ("regions", "place_kind", dict(name="Indian Ocean", kinds=["water"]), "the Indian Ocean is water"),
]

A[18] = """RUGBY UNION - NELSON DOUBLE AS ALL BLACKS SEE OFF FIJI

HAMILTON, New Zealand, July 19 (Reuters) - New Zealand ran in eight tries to beat Fiji 52-12 in a one-off test on Saturday, with flanker Tane Nelson scoring twice on his first start.

Nelson, 23, was called into the side after injuries in the back row and made 14 tackles as well as his two tries. "He's been knocking on the door all season," the All Blacks coach said.

The Fijian side, with 11 players who play their club rugby in France, stayed in touch for half an hour before the home forwards took control.

New Zealand play Australia in Sydney in three weeks.
"""
C[18] = [
 ("qualifier", "place_near", dict(name="Hamilton", lat=-37.79, lon=175.28, km=150), "dateline 'HAMILTON, New Zealand'"),
 ("not_a_place", "no_place", dict(name="Nelson"), "Nelson is only the flanker's surname"),
 ("regions", "place_kind", dict(name="Fijian", kinds=["demonym"], country_code="FJ"), "'The Fijian side': demonym of Fiji"),
 ("regions", "place_country", dict(name="France", country_code="FR"), "club rugby in France: the country"),
]

A[19] = """Southwestern Ontario hospitals brace for winter crunch

LONDON, Ont. — Hospitals across southwestern Ontario are preparing for a winter of crowded emergency rooms, with London Health Sciences Centre warning that waits could top 12 hours on bad days.

The hospital network says it has opened 40 more beds and recruited nurses from as far away as the Philippines. Smaller hospitals in St. Thomas and Strathroy are sending patients to London when their own beds fill.

Paris Okonkwo, a triage nurse with 15 years in the emergency department, said staff were already stretched. "We are seeing people who waited weeks to see a family doctor," Okonkwo said.

Ontarians without a family doctor now number about 2.5 million, according to the Ontario College of Family Physicians. The province says it will fund 18 new primary care teams this year, including two in London.
"""
C[19] = [
 ("qualifier", "place_near", dict(name="London", lat=42.98, lon=-81.25, km=150), "dateline 'LONDON, Ont.' and the later bare Londons: London, Ontario"),
 ("namesake_focus", "place_near", dict(name="St. Thomas", lat=42.78, lon=-81.19, km=150), "St. Thomas beside Strathroy: St. Thomas, Ontario, not the Virgin Islands"),
 ("not_a_place", "no_place", dict(name="Paris"), "Paris is only Paris Okonkwo's first name"),
 ("regions", "place_kind", dict(name="Ontarians", kinds=["region"], country_code="CA"), "Ontarians: the province, kind region"),
]

A[20] = """Council approves harbour cleanup, two decades on

HAMILTON, Ont. — Hamilton city council has approved a $95-million plan to clean up the harbour's most polluted corner, a project first promised more than two decades ago.

The cleanup of Randle Reef, a patch of coal tar on the harbour floor, will be finished by 2028, staff told council on Wednesday. The sediment will be sealed in a containment cell and capped with steel.

Coun. Marisa Dundas, whose ward borders the harbour, called the vote overdue. "Families here have been told for years not to eat the fish," Dundas said.

Conservation groups in Burlington and Oakville, across the bay, welcomed the plan. Runoff from the reef has reached Lake Ontario in past storms, according to Environment Canada.
"""
C[20] = [
 ("qualifier", "place_near", dict(name="Hamilton", lat=43.26, lon=-79.87, km=150), "dateline 'HAMILTON, Ont.': Hamilton, Ontario"),
 ("namesake_focus", "place_near", dict(name="Burlington", lat=43.33, lon=-79.80, km=150), "Burlington beside Oakville across the bay: Burlington, Ontario, not Vermont"),
 ("not_a_place", "no_place", dict(name="Dundas"), "Dundas is only the councillor's surname"),
 ("regions", "place_kind", dict(name="Lake Ontario", kinds=["water", "place"]), "Lake Ontario is the lake, not the province"),
]
