A = {}
C = {}

A[41] = """Dayton police seek driver in hit-and-run that injured cyclist

Dayton police are searching for the driver of a white Hyundai Santa Fe that struck a cyclist on Wayne Avenue late Saturday and drove off, the department said Monday.

The cyclist, Dallas Pruitt, 34, suffered a broken leg and head injuries and remains in serious condition. Pruitt was riding home from a late shift when he was hit, his sister said.

"He always wore a helmet and lights. He did everything right," said his wife, Madison, who asked that her last name not be used.

Investigators believe the Santa Fe has damage to its front passenger side and a cracked windshield. Anyone with information is asked to call the Montgomery County Crime Stoppers line.
"""
C[41] = [
 ("not_a_place", "no_place", dict(name="Santa Fe"), "a Hyundai Santa Fe and 'the Santa Fe' are a car"),
 ("not_a_place", "no_place", dict(name="Dallas"), "Dallas is only Dallas Pruitt's first name"),
 ("not_a_place", "no_place", dict(name="Madison"), "'his wife, Madison': a first name after a kin word"),
 ("regions", "place_near", dict(name="Montgomery County", lat=39.75, lon=-84.29, km=150), "Montgomery County in a Dayton story is Ohio's"),
]

A[42] = """Columbus police arrest suspect in pharmacy robberies

Police in Columbus have arrested a 27-year-old man suspected of robbing four pharmacies in Muscogee County since August, investigators said Thursday.

Officers spotted a silver Chevrolet Malibu matching a witness description outside a drugstore on Veterans Parkway on Tuesday night. The suspect, Austin Tolliver, was taken into custody without a struggle. Tolliver is charged with four counts of armed robbery, according to jail records.

"These were terrifying for the employees," said Sgt. Dale Macon, who led the investigation. Macon said the Malibu had been reported stolen in Alabama in July.

Tolliver is being held without bond at the Muscogee County jail.
"""
C[42] = [
 ("not_a_place", "no_place", dict(name="Malibu"), "a Chevrolet Malibu and 'the Malibu' are a car"),
 ("not_a_place", "no_place", dict(name="Austin"), "Austin is only Austin Tolliver's first name"),
 ("not_a_place", "no_place", dict(name="Macon"), "Macon is only the sergeant's surname"),
 ("regions", "place_near", dict(name="Muscogee County", lat=32.51, lon=-84.87, km=150), "Muscogee County, Georgia"),
]

A[43] = """Rwanda reports new Marburg cases, steps up screening

KIGALI, Oct 2 (Reuters) - Rwanda confirmed four new cases of Marburg virus disease on Wednesday, bringing the total in the current outbreak to 31, and said it would screen all travellers at land borders.

Most of the cases are health workers at two hospitals in the capital, the health ministry said. One patient was found in Gicumbi district, north of Kigali, near the border with Uganda.

Marburg, a relative of Ebola, causes fever, bleeding and organ failure, and has no approved vaccine. Rwandan officials said an experimental vaccine would be offered to front-line staff.

"We are tracing every contact," a ministry spokeswoman told reporters.
"""
C[43] = [
 ("not_a_place", "no_place", dict(name="Marburg"), "Marburg is the virus, at both mentions"),
 ("qualifier", "place_near", dict(name="Kigali", lat=-1.95, lon=30.06, km=150), "wire dateline 'KIGALI, Oct 2 (Reuters)' and later Kigali"),
 ("regions", "place_kind", dict(name="Rwandan", kinds=["demonym"], country_code="RW"), "'Rwandan officials': demonym of Rwanda"),
 ("unresolved_ok", "not_wrong", dict(name="Gicumbi", allowed_country_codes=["RW"]), "a district north of Kigali: Rwanda or unresolved"),
]

A[44] = """Christmas dinner costs up 6% as sprout harvest shrinks

The cost of a traditional Christmas dinner for eight has risen by about 6% this year, with Brussels sprouts and parsnips leading the increase after a wet autumn hit harvests, according to a survey of the big four supermarkets.

Growers in Norfolk and Kent said heavy rain had left crops rotting in waterlogged fields. A 500g bag of sprouts now costs an average of £1.15, up from 89p last December.

Mature Cheddar and streaky bacon were also dearer, while turkey prices held steady thanks to a recovery in flocks after last year's bird flu outbreak.

"Shoppers will notice it most on the veg aisle," said retail analyst Grace Ofori.
"""
C[44] = [
 ("not_a_place", "no_place", dict(name="Brussels"), "Brussels sprouts are a vegetable"),
 ("not_a_place", "no_place", dict(name="Cheddar"), "mature Cheddar is a cheese"),
 ("regions", "place_country", dict(name="Norfolk", country_code="GB"), "growers in Norfolk in a British price story: the English county, not Virginia"),
 ("regions", "place_country", dict(name="Kent", country_code="GB"), "growers in Kent: the English county"),
]

A[45] = """Small-town bands crowd into national parade contest

More than 70 high school marching bands will compete in a national parade contest next month, organizers said, with several small towns sending their first-ever entries.

Among the newcomers are bands from Greenville, Auburn, Marion and Salem, which raised money for bus trips with bake sales, car washes and a pancake breakfast that brought in $4,300.

"Half our town is going to be there," said band director Rhonda Velasquez. "The other half is coming on the second bus."

The contest, held each summer since 1978, awards $25,000 in scholarships. Judges score music, marching and uniforms, and a separate prize goes to the band that travels farthest.

Tickets go on sale June 1.
"""
C[45] = [
 ("unresolved_ok", "not_wrong", dict(name="Greenville", allowed_country_codes=["US"]), "American high school bands: a US Greenville or unresolved"),
 ("unresolved_ok", "not_wrong", dict(name="Auburn", allowed_country_codes=["US"]), "American high school bands: a US Auburn or unresolved, not Sydney's"),
 ("unresolved_ok", "not_wrong", dict(name="Marion", allowed_country_codes=["US"]), "American high school bands: a US Marion or unresolved"),
 ("unresolved_ok", "not_wrong", dict(name="Salem", allowed_country_codes=["US"]), "American high school bands: a US Salem or unresolved, not Salem, India"),
]

A[46] = """Dementia choirs to tour care homes

A charity that runs singing groups for people with dementia will send its choirs on a tour of care homes across Scotland this spring, after a university study found the sessions eased anxiety among residents.

Choirs from Perth, Hamilton, Elgin and Ayr will each visit about a dozen homes between March and May, performing songs chosen by residents and their families.

"Music reaches people when words no longer do," said the charity's director, Morag Lindsay. The tour is funded by a £90,000 grant from a national lottery fund.

The study followed 240 residents over six months and found fewer signs of agitation on the days they sang, researchers said.
"""
C[46] = [
 ("unresolved_ok", "not_wrong", dict(name="Perth", allowed_country_codes=["GB"]), "a Scottish tour: Perth, Scotland or unresolved, not Australia"),
 ("unresolved_ok", "not_wrong", dict(name="Hamilton", allowed_country_codes=["GB"]), "a Scottish tour: Hamilton, Scotland or unresolved, not Ontario"),
 ("unresolved_ok", "not_wrong", dict(name="Elgin", allowed_country_codes=["GB"]), "a Scottish tour: Elgin, Moray or unresolved, not Illinois"),
 ("unresolved_ok", "not_wrong", dict(name="Ayr", allowed_country_codes=["GB"]), "a Scottish tour: Ayr or unresolved"),
]

A[47] = """Florida carrier adds Caribbean and Latin American routes

MIAMI, Aug 20 (Reuters) - A Florida-based low-cost airline said on Wednesday it would begin flying to Santiago, Dominican Republic, in November, as it expands in the Caribbean and Central America.

The carrier will also add four weekly flights to San Jose, Costa Rica, and a daily service to Merida, Mexico, aimed at tourists visiting Mayan ruins in the Yucatan. A route to Georgetown, Guyana, where an oil boom has drawn engineers and contractors, starts in January.

"These are markets where demand has outgrown the seats on offer," chief commercial officer Diego Arrieta told reporters.

The airline carried 11 million passengers last year. Its shares rose 2.3% in morning trading.
"""
C[47] = [
 ("qualifier", "place_near", dict(name="Santiago", lat=19.45, lon=-70.70, km=150), "the pair 'Santiago, Dominican Republic', not Chile's capital"),
 ("qualifier", "place_near", dict(name="San Jose", lat=9.93, lon=-84.08, km=150), "the pair 'San Jose, Costa Rica', not California"),
 ("qualifier", "place_near", dict(name="Merida", lat=20.97, lon=-89.62, km=150), "the pair 'Merida, Mexico'"),
 ("qualifier", "place_near", dict(name="Georgetown", lat=6.80, lon=-58.16, km=150), "the pair 'Georgetown, Guyana'"),
]

A[48] = """Courthouse cost estimate rises by $48 million

LONDON, Ky. (AP) — A new federal courthouse planned for this southeastern Kentucky city will cost about $48 million more than first estimated, the General Services Administration said Friday.

The agency blamed rising steel prices and the need to build on a steep hillside site. Construction is now expected to start in 2026.

Local officials in London said the courthouse would keep jobs in the region and save defendants and lawyers long drives. Judges now hear some of the area's cases in Richmond, Ky., about 60 miles north.

Attorneys from Manchester and Somerset, two other towns in the federal court's district, have backed the project. "People here shouldn't have to drive half a day to see a judge," said lawyer Brenda Colwell.
"""
C[48] = [
 ("qualifier", "place_near", dict(name="London", lat=37.13, lon=-84.08, km=150), "dateline 'LONDON, Ky.' and the later bare London: London, Kentucky"),
 ("qualifier", "place_near", dict(name="Richmond", lat=37.75, lon=-84.29, km=150), "the pair 'Richmond, Ky.'"),
 ("unresolved_ok", "not_wrong", dict(name="Manchester", allowed_country_codes=["US"]), "a town in a Kentucky federal court district: US or unresolved, not England"),
 ("unresolved_ok", "not_wrong", dict(name="Somerset", allowed_country_codes=["US"]), "a town in a Kentucky federal court district: US or unresolved, not England"),
]

A[49] = """Georgia signs Black Sea port deal as protests simmer

TBILISI, March 12 (Reuters) - Georgia signed a $500 million agreement on Wednesday with a consortium to build a deep-water port on its Black Sea coast, even as protesters rallied for a third week outside parliament.

The Anaklia port, near the boundary line with breakaway Abkhazia, has been planned for more than a decade but stalled repeatedly amid political disputes.

Georgian officials said the port would handle cargo moving between China and Europe along a route that avoids Russia. Opposition leaders said the deal was rushed and lacked transparency.

Thousands gathered again on Rustaveli Avenue on Wednesday evening, waving the flags of Georgia and the European Union.
"""
C[49] = [
 ("regions", "place_country", dict(name="Georgia", country_code="GE"), "Georgia with Tbilisi and Abkhazia: the country, though the deal is in dollars"),
 ("regions", "place_country", dict(name="Abkhazia", country_code="GE"), "Abkhazia, Georgia's breakaway region"),
 ("regions", "place_kind", dict(name="Black Sea", kinds=["water"]), "the Black Sea is water"),
 ("regions", "place_kind", dict(name="Georgian", kinds=["demonym"], country_code="GE"), "'Georgian officials': demonym of the country"),
]

A[50] = """Low water strands barges on Ohio River

Dozens of barges loaded with grain and coal were stuck on Tuesday after water levels on the Ohio fell to their lowest point in more than a decade, shipping companies said.

Towboat operators said they had cut loads by a third to keep vessels from running aground between Paducah and Cairo, where the river meets the Mississippi. Farmers in Indiana and Kentucky said the delays were pushing down the prices they get for soybeans.

"It's like trying to drive a truck on a road that keeps shrinking," said Roy Ellison, who has piloted towboats for 30 years. Kentuckians who work on the river say they have not seen it this low since 2012.

The Army Corps of Engineers said it was dredging two shallow stretches and would restrict traffic at night.
"""
C[50] = [
 ("regions", "place_kind", dict(name="Ohio", context="water levels on the Ohio fell", kinds=["water", "place"]), "'water levels on the Ohio' is the river, not the state"),
 ("regions", "place_kind", dict(name="Kentuckians", kinds=["region"], country_code="US"), "Kentuckians: the state, kind region"),
 ("regions", "place_country", dict(name="Indiana", country_code="US"), "farmers in Indiana: the US state"),
 ("unresolved_ok", "not_wrong", dict(name="Cairo", allowed_country_codes=["US"]), "Cairo where the Ohio meets the Mississippi, near Paducah: Illinois, or no point; never Egypt"),
]

A[51] = """Cambridge antibody start-up raises £40m

A Cambridge start-up developing antibody treatments for autoimmune diseases has raised £40 million from investors led by a venture fund based in Cambridge, Massachusetts, the company said on Tuesday.

The firm, founded in 2021 by researchers from the university's immunology department, will use the money to take its lead drug into patient trials next year and expand its laboratories at the Babraham campus south of the city.

Chief executive Devon Achterberg said the US investor would help the company plan trials in America. "Having them in the room opens doors," Achterberg said.

The company employs 55 people and expects to hire 30 more, most of them in Cambridgeshire.
"""
C[51] = [
 ("qualifier", "place_near", dict(name="Cambridge", context="based in Cambridge, Massachusetts", lat=42.37, lon=-71.11, km=150), "the pair 'Cambridge, Massachusetts' decides its own mention"),
 ("unresolved_ok", "not_wrong", dict(name="Babraham", allowed_country_codes=["GB"]), "Babraham south of Cambridge: England or unresolved"),
 ("not_a_place", "no_place", dict(name="Devon"), "Devon is only Devon Achterberg's first name"),
 ("regions", "place_country", dict(name="Cambridgeshire", country_code="GB"), "Cambridgeshire, England"),
]

A[52] = """Waterloo Region presses on with light rail extension

KITCHENER, Ont. — Waterloo Region councillors voted 12-4 on Wednesday to keep planning a light rail extension south to Cambridge, despite a cost estimate that has more than doubled to $2.3 billion.

The line would run from the Fairway station in Kitchener to downtown Galt, with stops along Highway 8. Supporters say it would ease traffic on one of the busiest commuter routes in Ontario.

Coun. Preston Vandermeer voted against the plan, arguing the money would be better spent on buses. "People in Ayr and the rural townships get nothing out of this," Vandermeer said.

The province has not yet committed to paying its share.
"""
C[52] = [
 ("qualifier", "place_near", dict(name="Kitchener", lat=43.45, lon=-80.49, km=150), "dateline 'KITCHENER, Ont.'"),
 ("unresolved_ok", "not_wrong", dict(name="Ayr", allowed_country_codes=["CA"]), "Ayr in a Waterloo Region story: the Ontario village or unresolved, not Scotland"),
 ("not_a_place", "no_place", dict(name="Preston"), "Preston is only the councillor's first name"),
 ("regions", "place_country", dict(name="Waterloo", country_code="CA"), "Waterloo Region, Ontario, not Belgium or Iowa"),
]

A[53] = """Storm leaves 30,000 without power in south-east

Around 30,000 homes and businesses in the south-east were still without electricity on Monday evening after Storm Fiadh brought gusts of up to 130km/h overnight.

ESB Networks said the worst damage was in north Co Wexford, where falling trees brought down lines around the villages of Castletown and Newtown. Crews from Enniscorthy, Co Wexford, and from as far away as Donegal were working through the night.

"We were told it could be Thursday before we're reconnected," said Brid Kehoe, who runs a shop in Castletown. A primary school in Newtown was closed as a precaution.

Met Éireann has issued a yellow wind warning for Munster and Leinster until Tuesday morning.
"""
C[53] = [
 ("unresolved_ok", "not_wrong", dict(name="Castletown", allowed_country_codes=["IE"]), "a north Wexford village: Ireland or unresolved, not the Isle of Man"),
 ("unresolved_ok", "not_wrong", dict(name="Newtown", allowed_country_codes=["IE"]), "a north Wexford village: Ireland or unresolved, not Wales or Australia"),
 ("qualifier", "place_near", dict(name="Enniscorthy", lat=52.50, lon=-6.56, km=150), "the pair 'Enniscorthy, Co Wexford'"),
 ("regions", "place_country", dict(name="Munster", country_code="IE"), "Munster, the Irish province, not Munster, Germany or Indiana"),
]

A[54] = """Slate village's quarry museum wins heritage grant

A museum telling the story of the slate quarrymen of Bethesda has been awarded £1.2m to restore its engine house and workshops, its trustees said.

The village, on the edge of Eryri national park in Gwynedd, grew up around one of the biggest slate quarries in the world. Its chapel gave the village its name, taken from the biblical pool.

The grant will also fund research with a genetics institute in Bethesda, Maryland, which is studying lung disease among former quarry workers and their families, and with the university in nearby Bangor.

Trustee Gwilym Parry said more than 40 volunteers had kept the museum open for a decade. "Now the buildings will last another hundred years," he said.
"""
C[54] = [
 ("unresolved_ok", "not_wrong", dict(name="Bethesda", context="quarrymen of Bethesda", allowed_country_codes=["GB"]), "the Gwynedd slate village: Wales or unresolved, not Maryland"),
 ("qualifier", "place_near", dict(name="Bethesda", context="institute in Bethesda, Maryland", lat=38.98, lon=-77.10, km=150), "the pair 'Bethesda, Maryland' decides its own mention"),
 ("regions", "place_country", dict(name="Gwynedd", country_code="GB"), "Gwynedd, Wales"),
 ("unresolved_ok", "not_wrong", dict(name="Eryri", allowed_country_codes=["GB"]), "Eryri (Snowdonia): Wales or unresolved"),
]

A[55] = """Country towns fight bank branch closures

Residents of several country towns have vowed to fight plans by one of Australia's big four banks to shut 19 regional branches by Christmas, saying older customers will be left stranded.

The closures include branches in Portland and Hamilton in Victoria's Western District, and in Kingston in Tasmania's south, where the nearest branch would then be a 40-minute drive away.

"My mum is 84. She doesn't do internet banking and she isn't going to start now," said Richmond resident Carla Fenech, whose branch is also on the list.

A Senate inquiry last year found more than 1,600 regional bank branches had closed since 2017. The bank said fewer than 5 per cent of its customers now visited a branch each month.
"""
C[55] = [
 ("unresolved_ok", "not_wrong", dict(name="Portland", allowed_country_codes=["AU"]), "Portland in Victoria's Western District: Australia or unresolved, not Oregon"),
 ("unresolved_ok", "not_wrong", dict(name="Hamilton", allowed_country_codes=["AU"]), "Hamilton in Victoria's Western District: Australia or unresolved, not Ontario"),
 ("unresolved_ok", "not_wrong", dict(name="Kingston", allowed_country_codes=["AU"]), "Kingston in Tasmania's south: Australia or unresolved, not Jamaica"),
 ("unresolved_ok", "not_wrong", dict(name="Richmond", allowed_country_codes=["AU"]), "a country-town branch of an Australian bank: Australia or unresolved"),
]

A[56] = """Drought squeezes Latin American sugar output

NEW YORK, Jan 16 (Reuters) - Raw sugar futures rose to a three-month high on Thursday as drought cut cane harvests across parts of Latin America, traders said.

Mills around Trujillo, Peru, have slowed crushing after a dry spell reduced cane yields by as much as 20%, according to a regional producers' group. In Leon, Nicaragua, growers said irrigation canals were running low, and one large mill near Chichigalpa delayed the start of its harvest by two weeks.

Farmers near Santa Cruz, Bolivia, which supplies most of the country's sugar, also reported smaller crops.

"The market had been complacent about supply from the region," said one New York-based broker.
"""
C[56] = [
 ("qualifier", "place_near", dict(name="Trujillo", lat=-8.11, lon=-79.03, km=150), "the pair 'Trujillo, Peru'"),
 ("qualifier", "place_near", dict(name="Leon", lat=12.43, lon=-86.88, km=150), "the pair 'Leon, Nicaragua', not Mexico or Spain"),
 ("qualifier", "place_near", dict(name="Santa Cruz", lat=-17.78, lon=-63.18, km=150), "the pair 'Santa Cruz, Bolivia'"),
 ("unresolved_ok", "not_wrong", dict(name="Chichigalpa", allowed_country_codes=["NI"]), "a mill town near Leon: Nicaragua or unresolved"),
]

A[57] = """RUGBY LEAGUE - KNIGHTS END LOSING RUN WITH WIN OVER STORM

NEWCASTLE, Australia, April 6 (Reuters) - The Newcastle Knights ended a four-match losing streak with a 22-18 victory over the Melbourne Storm on Sunday, winger Jayden Faleolo scoring twice in the second half.

The Storm led 18-10 at the break but could not score after the interval as the home side's defence held firm in front of 24,000 fans.

"We had to dig deep, and the boys did that," Knights coach Grant Whitaker said.

In Sunday's other matches, Penrith beat Parramatta 30-12 and Canterbury beat Cronulla 18-16 with a late field goal.
"""
C[57] = [
 ("qualifier", "place_near", dict(name="NEWCASTLE", context="NEWCASTLE, Australia, April 6", lat=-32.93, lon=151.78, km=150), "wire dateline 'NEWCASTLE, Australia'"),
 ("not_a_place", "no_place", dict(name="Penrith"), "Penrith is a rugby league team in a result"),
 ("not_a_place", "no_place", dict(name="Parramatta"), "Parramatta is a rugby league team in a result"),
 ("not_a_place", "no_place", dict(name="Canterbury"), "Canterbury is a rugby league team in a result"),
]

A[58] = """SOCCER - RANGERS CRUISE PAST ST MIRREN

GLASGOW, Oct 19 (Reuters) - Rangers moved level on points with leaders Celtic after a comfortable 3-0 win over St Mirren at Ibrox on Saturday.

Striker Tobi Adewale opened the scoring after 12 minutes with a low shot from the edge of the box, and midfielder Callum Reid added two more after the break.

"It was the response we wanted after the international break," manager Erik Vos said.

Other Scottish Premiership results on Saturday:
Hearts 2 Kilmarnock 0
Dundee 1 Motherwell 1
Ross County 0 Hibernian 2
"""
C[58] = [
 ("qualifier", "place_near", dict(name="GLASGOW", lat=55.86, lon=-4.25, km=150), "wire dateline GLASGOW"),
 ("not_a_place", "no_place", dict(name="Kilmarnock"), "Kilmarnock is a team in a result line"),
 ("not_a_place", "no_place", dict(name="Motherwell"), "Motherwell is a team in a result line"),
 ("not_a_place", "no_place", dict(name="Dundee"), "Dundee is a team in a result line"),
]

A[59] = """Lake Victoria fishers say catches at record low

KISUMU, Kenya, July 8 (Reuters) - Fishers on the Kenyan shore of Lake Victoria say their catches of Nile perch have fallen to the lowest they can remember, blaming overfishing, water hyacinth and rising water temperatures.

At Dunga beach, boats that once returned with 50 kg of fish now bring in less than 10 kg, fisherman Peter Otieno said. Traders at Usenge, near the Ugandan border, said prices had doubled.

A regional conference on fisheries, meeting this week in Victoria, Seychelles, is expected to discuss catch limits for the lake, which is shared by Kenya, Uganda and Tanzania.

"The lake is tired," Otieno said.
"""
C[59] = [
 ("regions", "place_kind", dict(name="Lake Victoria", kinds=["water"]), "Lake Victoria is water"),
 ("qualifier", "place_country", dict(name="Victoria", context="in Victoria, Seychelles", country_code="SC"), "the pair 'Victoria, Seychelles', not the Australian state or BC"),
 ("unresolved_ok", "not_wrong", dict(name="Dunga", allowed_country_codes=["KE"]), "a fishing beach on the Kenyan shore: Kenya or unresolved"),
 ("unresolved_ok", "not_wrong", dict(name="Usenge", allowed_country_codes=["KE"]), "a Kenyan lakeside market near Uganda: Kenya or unresolved"),
]

A[60] = """Heatwave claims lives across north India

NEW DELHI: At least 14 people died of suspected heatstroke across north India on Tuesday as temperatures crossed 47 degrees Celsius in several districts, officials said.

Seven deaths were reported from Aurangabad, Bihar, where polling staff on election duty collapsed while waiting for transport. In the hills, even Bilaspur, Himachal Pradesh, recorded 41 degrees, its highest May temperature on record.

In Uttar Pradesh, two farm labourers died in a village near Rampur, and a shepherd was found dead in fields outside Kalyanpur.

The India Meteorological Department said relief was unlikely before the weekend, and advised people to stay indoors between noon and 4 pm.
"""
C[60] = [
 ("qualifier", "place_near", dict(name="Aurangabad", lat=24.75, lon=84.37, km=150), "the pair 'Aurangabad, Bihar', not Maharashtra's city"),
 ("qualifier", "place_near", dict(name="Bilaspur", lat=31.33, lon=76.76, km=150), "the pair 'Bilaspur, Himachal Pradesh', not Chhattisgarh's city"),
 ("unresolved_ok", "not_wrong", dict(name="Rampur", allowed_country_codes=["IN"]), "a village near Rampur in Uttar Pradesh: India or unresolved"),
 ("unresolved_ok", "not_wrong", dict(name="Kalyanpur", allowed_country_codes=["IN"]), "a village in north India: India or unresolved"),
]
