A = {}
C = {}

A[21] = """Packaging maker to shut four plants, cut 900 jobs

An Ohio-based maker of cardboard boxes and food trays said on Tuesday it would close four plants by the end of June, cutting about 900 jobs, as orders from grocery chains cool.

The company, whose shares trade on the New York Stock Exchange, will shut facilities in Springfield, Jackson, Franklin and Clinton and move the work to newer, more automated plants. It did not say which states the closing plants were in.

Chief executive Martin Ellerby told analysts the plants were "old buildings on small lots with no room to grow." Severance and other charges will total about $62 million, the company said.

Shares fell 3.4 percent to $27.10 in afternoon trading.
"""
C[21] = [
 ("unresolved_ok", "not_wrong", dict(name="Springfield", allowed_country_codes=["US"]), "an Ohio firm's plant town, state unsaid: any US Springfield or none"),
 ("unresolved_ok", "not_wrong", dict(name="Jackson", allowed_country_codes=["US"]), "an Ohio firm's plant town, state unsaid: US or unresolved"),
 ("unresolved_ok", "not_wrong", dict(name="Franklin", allowed_country_codes=["US"]), "an Ohio firm's plant town, state unsaid: US or unresolved"),
 ("unresolved_ok", "not_wrong", dict(name="Clinton", allowed_country_codes=["US"]), "an Ohio firm's plant town, state unsaid: US or unresolved"),
]

A[22] = """Homeware chain to close 14 stores as sales slide

A British homeware chain said on Thursday it would close 14 of its 160 shops by March, putting about 350 jobs at risk, after a second year of falling sales.

The stores to go include branches in Wolverhampton, Boston, Kingston, Newport and Richmond, the company said, along with several smaller outlets in retail parks. Staff will be offered roles at nearby shops where possible.

Chief executive Alison Penhaligon said the chain had been hit by higher business rates and weaker spending on furniture. "We have kept some stores open longer than the numbers justified," she said.

The company reported a pre-tax loss of £18.4 million for the year to August, against a £2.1 million profit a year earlier. Its shares fell 9% in London.
"""
C[22] = [
 ("unresolved_ok", "not_wrong", dict(name="Boston", allowed_country_codes=["GB"]), "a British chain's store: a UK Boston or unresolved, not Massachusetts"),
 ("unresolved_ok", "not_wrong", dict(name="Kingston", allowed_country_codes=["GB"]), "a British chain's store: a UK Kingston or unresolved, not Jamaica or Ontario"),
 ("unresolved_ok", "not_wrong", dict(name="Newport", allowed_country_codes=["GB"]), "a British chain's store: a UK Newport or unresolved"),
 ("unresolved_ok", "not_wrong", dict(name="Richmond", allowed_country_codes=["GB"]), "a British chain's store: a UK Richmond or unresolved"),
]

A[23] = """Gunmen kill 11 in raid on northern Nigerian village

KADUNA, Nigeria, May 14 (Reuters) - Gunmen on motorcycles killed at least 11 people in an overnight raid on a farming village in northwest Nigeria's Kaduna state, police and residents said on Wednesday.

The attackers stormed Tudun Bakwai shortly after midnight, setting fire to homes and grain stores, a police spokesman said. Survivors fled to the nearby village of Gidan Maiwa, about 6 km away.

"They came shooting from every side," said farmer Musa Abdullahi, who lost two brothers in the attack.

Kidnappings and raids by armed gangs have spread across the northwest in recent years, and clashes between farmers and herders have killed hundreds more in neighbouring Plateau state.

The state government said troops had been sent to the area.
"""
C[23] = [
 ("qualifier", "place_near", dict(name="Kaduna", context="KADUNA, Nigeria", lat=10.52, lon=7.44, km=150), "wire dateline 'KADUNA, Nigeria'"),
 ("unresolved_ok", "not_wrong", dict(name="Tudun Bakwai", allowed_country_codes=["NG"]), "an obscure Kaduna village: Nigeria or unresolved"),
 ("unresolved_ok", "not_wrong", dict(name="Gidan Maiwa", allowed_country_codes=["NG"]), "an obscure Kaduna village: Nigeria or unresolved"),
 ("regions", "place_country", dict(name="Plateau", country_code="NG"), "Plateau state of Nigeria"),
]

A[24] = """Landslide buries homes in Colombian hamlet, nine dead

MEDELLIN, Colombia, Nov 5 (Reuters) - A landslide triggered by days of heavy rain buried at least 14 homes in a hamlet in northwest Colombia's Antioquia province, killing nine people, local authorities said on Tuesday.

Rescuers with dogs were searching for six missing people in La Esperanza, a hamlet of coffee farmers on a steep hillside about three hours' drive south of Medellin. Neighbours were moved to a school in El Roble, a nearby village.

"The mountain just came down on top of us," said Luz Marina Restrepo, 61, who escaped with her grandson.

Colombia's disaster agency said more than 60 municipalities were on alert for further slides, with rain forecast to continue through the weekend.
"""
C[24] = [
 ("qualifier", "place_near", dict(name="Medellin", lat=6.25, lon=-75.56, km=150), "wire dateline 'MEDELLIN, Colombia' and the later Medellin"),
 ("unresolved_ok", "not_wrong", dict(name="La Esperanza", allowed_country_codes=["CO"]), "a hamlet in Antioquia: Colombia or unresolved, not Honduras or Mexico"),
 ("unresolved_ok", "not_wrong", dict(name="El Roble", allowed_country_codes=["CO"]), "a village in Antioquia: Colombia or unresolved"),
 ("regions", "place_country", dict(name="Antioquia", country_code="CO"), "Antioquia, Colombia"),
]

A[25] = """Whale season lifts Albany tourism

Albany's tourism operators say bookings for the winter whale season are the strongest in a decade, with humpback sightings off the coast drawing visitors from Perth and overseas.

Charter boats have run at capacity since early June, and motels in the town of Denmark, 50 kilometres west along the coast, report being booked out most weekends.

Visitor spending in Western Australia's Great Southern region rose 14 per cent last year, the state tourism body said. Operator Kylie Brannigan said the season had started earlier than usual. "We had our first pods in late May," she said.

Some of the extra traffic has spilled inland to Mount Barker, where wineries have added tasting days. The shire is now lobbying for more daily flights between Perth and Albany.
"""
C[25] = [
 ("namesake_focus", "place_near", dict(name="Albany", lat=-35.02, lon=117.88, km=150), "Albany with Perth and the Great Southern: Albany, Western Australia, not New York"),
 ("namesake_focus", "place_country", dict(name="Denmark", country_code="AU"), "'the town of Denmark' west of Albany: the WA town, not the country"),
 ("regions", "place_country", dict(name="Western Australia", country_code="AU"), "Western Australia, the state"),
 ("unresolved_ok", "not_wrong", dict(name="Mount Barker", allowed_country_codes=["AU"]), "Mount Barker inland from Albany: Australia (WA or SA) or unresolved"),
]

A[26] = """Launceston hospital waits blow out as flu peaks

Patients at the Launceston General Hospital emergency department waited more than 20 hours for a bed last week as a late flu season hit northern Tasmania, the nurses' union says.

Union secretary Jodie Faulkner said paramedics were ramping outside the hospital for hours at a time, with ambulances called from Devonport to cover gaps. "The whole north of the state is running on empty," she said.

Health Minister Peter Arnott said 16 extra beds would open next month and that patients in towns along the Tamar would be offered care at home where it was safe.

The hospital in Launceston is the main referral centre for about 150,000 people in the north and north-east. Hospitals in Hobart are also under strain.
"""
C[26] = [
 ("namesake_focus", "place_near", dict(name="Launceston", lat=-41.43, lon=147.14, km=150), "Launceston in northern Tasmania, not Cornwall"),
 ("namesake_focus", "place_near", dict(name="Devonport", lat=-41.18, lon=146.35, km=150), "Devonport in Tasmania's north, not Auckland or Plymouth"),
 ("regions", "place_country", dict(name="Tasmania", country_code="AU"), "Tasmania, Australia"),
 ("unresolved_ok", "not_wrong", dict(name="Tamar", allowed_country_codes=["AU"]), "the Tamar by Launceston: Tasmania's river, or no point; not Cornwall's"),
]

A[27] = """Insurers lift quake premiums for Wellington homeowners

Homeowners in Wellington face premium rises of up to 40 per cent this year as insurers reprice earthquake risk across the capital and neighbouring Lower Hutt and Porirua.

The increases follow a review by a large reinsurer based in Hamilton, Bermuda, which backs much of the local market. Brokers say some older houses on steep sections are being refused cover altogether.

Nelson Tupou, a retired teacher in the suburb of Karori, said his bill had jumped by $1,100. "I can't sell and I can't afford to stay," Tupou said.

The Insurance Council said premiums in Canterbury had already risen sharply after the 2011 earthquakes, and that the capital was now catching up.
"""
C[27] = [
 ("namesake_focus", "place_near", dict(name="Wellington", lat=-41.29, lon=174.78, km=150), "Wellington with Lower Hutt and Porirua: New Zealand's capital"),
 ("qualifier", "place_country", dict(name="Hamilton", country_code="BM"), "the pair 'Hamilton, Bermuda', not New Zealand's Hamilton"),
 ("not_a_place", "no_place", dict(name="Nelson"), "Nelson is only Nelson Tupou's first name"),
 ("regions", "place_country", dict(name="Canterbury", country_code="NZ"), "Canterbury of the 2011 earthquakes in a NZ story: the NZ region, not Kent"),
]

A[28] = """Hawke's Bay apple growers count cost of wet harvest

Apple growers around Hastings say a wet autumn has cut this season's crop by up to a quarter, adding to the damage many orchards still carry from Cyclone Gabrielle.

Grower Ruth Napier, who runs 40 hectares near the settlement of Pakipaki, said fruit had split on the trees after weeks of rain. "We picked what we could between the showers," Napier said.

Packhouses in Hastings have cut shifts for seasonal workers, many of whom come from Samoa and Vanuatu under a government scheme.

Hawke's Bay produces more than half of New Zealand's export apples. The industry body said prices in Asia had held up, softening the blow for growers with fruit to sell.
"""
C[28] = [
 ("namesake_focus", "place_near", dict(name="Hastings", lat=-39.64, lon=176.84, km=150), "Hastings in Hawke's Bay, New Zealand, not East Sussex"),
 ("not_a_place", "no_place", dict(name="Napier"), "Napier is only the grower's surname"),
 ("regions", "place_country", dict(name="Hawke's Bay", country_code="NZ"), "Hawke's Bay, New Zealand"),
 ("unresolved_ok", "not_wrong", dict(name="Pakipaki", allowed_country_codes=["NZ"]), "a small settlement near Hastings: NZ or unresolved"),
]

A[29] = """Salem farmers say highway land payments delayed

SALEM: Farmers in Salem district have accused the State government of delaying compensation for land taken for an eight-lane highway, nearly four years after the project was announced.

At a meeting near Kolathur on Sunday, about 300 farmers said they had received notices printed only in English, which many could not read, and that payments promised for coconut and mango groves had not arrived.

"We gave up land our families farmed for generations," said K. Palanisamy, 58, who lost two acres. District officials said Rs. 142 crore had been released and that payments would be made by March.

The highway would link Salem with Chennai and cut travel time across Tamil Nadu by about three hours. Farmers in Dharmapuri and Krishnagiri have raised similar complaints.
"""
C[29] = [
 ("namesake_focus", "place_near", dict(name="Salem", lat=11.66, lon=78.15, km=150), "Salem with Chennai, Dharmapuri and Tamil Nadu: Salem, India, not Oregon"),
 ("regions", "place_country", dict(name="Tamil Nadu", country_code="IN"), "Tamil Nadu, India"),
 ("unresolved_ok", "not_wrong", dict(name="Kolathur", allowed_country_codes=["IN"]), "a village in Salem district: India or unresolved"),
 ("not_a_place", "no_place", dict(name="English"), "'printed only in English' is the language"),
]

A[30] = """Drug maker to build Rs 1,200-crore injectables plant

HYDERABAD: A Hyderabad-based drug maker will invest Rs 1,200 crore in a new injectables plant at Genome Valley, the company said on Tuesday, creating about 1,500 jobs over three years.

The plant will make sterile injections for export to the United States and Europe. The company's shares rose 4% on the Bombay Stock Exchange after the announcement.

Telangana's industries minister said the State had cleared the project within 21 days under its single-window system. The company also plans a research centre in Kondapur, where it already employs 600 scientists.

"Hyderabad has the talent pool we need, and the State has made it easy to build here," managing director Suresh Reddy said.
"""
C[30] = [
 ("namesake_focus", "place_near", dict(name="Hyderabad", lat=17.39, lon=78.49, km=150), "Hyderabad with Telangana: the Indian city, not Sindh's"),
 ("regions", "place_country", dict(name="Telangana", country_code="IN"), "Telangana, India"),
 ("unresolved_ok", "not_wrong", dict(name="Kondapur", allowed_country_codes=["IN"]), "a Hyderabad suburb: India or unresolved"),
 ("not_a_place", "no_place", dict(name="Bombay"), "'Bombay Stock Exchange' is an exchange, and the story is in Telangana"),
]

A[31] = """Car plant cuts shift as export orders slump

EAST LONDON — The car assembly plant that anchors the economy of this Eastern Cape port city will cut one of its three shifts from next month, its managing director said on Monday, after export orders to Europe fell by a third.

About 1,100 contract workers will be affected. The company said it hoped to bring them back once production of a new model, moved from a sister plant in Valencia, Spain, begins in 2026.

Union shop steward Thandeka Mpofu said many workers travel daily from Mdantsane and from villages such as Berlin, west of the city. "One job here feeds ten people," she said.

Provincial officials said they would meet the company and the unions this week.
"""
C[31] = [
 ("namesake_focus", "place_near", dict(name="East London", lat=-33.02, lon=27.91, km=150), "dateline EAST LONDON with the Eastern Cape: East London, South Africa"),
 ("qualifier", "place_near", dict(name="Valencia", lat=39.47, lon=-0.38, km=150), "the pair 'Valencia, Spain'"),
 ("unresolved_ok", "not_wrong", dict(name="Berlin", allowed_country_codes=["ZA"]), "a village west of East London: South Africa or unresolved, never Germany"),
 ("regions", "place_country", dict(name="Eastern Cape", country_code="ZA"), "Eastern Cape, South Africa"),
]

A[32] = """Farmworkers march over housing evictions

WORCESTER — About 2,000 farmworkers marched through Worcester on Saturday to protest against evictions from farm housing in the Breede Valley, where dozens of families have been told to leave homes they have lived in for decades.

Marchers, many of whom travelled by bus from Wellington, Western Cape, and the surrounding wine farms, handed a memorandum to the municipality.

Union organiser Dawid Robertson said at least 140 families had received eviction notices this year. "These people built the farms with their hands," Robertson said.

The Western Cape agriculture department said it was aware of the cases and was working with farmers to find alternative land for the families.
"""
C[32] = [
 ("namesake_focus", "place_near", dict(name="Worcester", lat=-33.65, lon=19.45, km=150), "Worcester in the Breede Valley, Western Cape, not England or Massachusetts"),
 ("qualifier", "place_near", dict(name="Wellington", lat=-33.64, lon=19.01, km=150), "the pair 'Wellington, Western Cape'"),
 ("regions", "place_country", dict(name="Western Cape", country_code="ZA"), "Western Cape, South Africa"),
 ("not_a_place", "no_place", dict(name="Robertson"), "Robertson is only the organiser's surname"),
]

A[33] = """Chile raises growth forecast on copper rebound

SANTIAGO, Chile, Sept 3 (Reuters) - Chile's government raised its 2025 economic growth forecast to 2.6% on Wednesday, citing stronger copper prices and a pickup in investment in mining and energy.

Finance Minister Ricardo Valdivia told reporters in Santiago that the budget deficit would narrow to 1.9% of gross domestic product. "Copper is doing its part, but we need more than copper," Valdivia said.

The central bank has cut its benchmark rate three times this year. Economists said unemployment, still above 8.5%, remained a worry, particularly around Concepción, where forestry and steel plants have laid off workers.

Officials in the Biobío region have asked for emergency job funds.
"""
C[33] = [
 ("qualifier", "place_near", dict(name="Santiago", lat=-33.45, lon=-70.67, km=150), "wire dateline 'SANTIAGO, Chile' and its later mention"),
 ("not_a_place", "no_place", dict(name="Valdivia"), "Valdivia is only the minister's surname"),
 ("unresolved_ok", "not_wrong", dict(name="Concepción", allowed_country_codes=["CL"]), "Concepción in a Chile story: Chile or unresolved, not Paraguay"),
 ("regions", "place_country", dict(name="Biobío", country_code="CL"), "the Biobío region of Chile"),
]

A[34] = """Drought cuts Argentine soy harvest forecast

CORDOBA, Argentina, Feb 11 (Reuters) - Argentina's Cordoba grains exchange cut its soybean harvest forecast on Tuesday by 3 million tonnes to 44 million, as a heat wave scorched crops across the country's main farm belt.

Fields around the city of San Francisco, in the east of Cordoba province, had received less than a third of normal rainfall since December, the exchange said. Losses were also heavy in neighbouring Santa Fe province.

Provincial agriculture minister Hernán Mendoza said farmers would be offered tax deferrals. "This is the worst January we have seen in a decade," Mendoza said.

Argentina is the world's top exporter of soymeal and soyoil.
"""
C[34] = [
 ("qualifier", "place_near", dict(name="CORDOBA", context="CORDOBA, Argentina, Feb 11", lat=-31.42, lon=-64.18, km=150), "wire dateline 'CORDOBA, Argentina'"),
 ("not_a_place", "no_place", dict(name="Mendoza"), "Mendoza is only the minister's surname"),
 ("unresolved_ok", "not_wrong", dict(name="San Francisco", allowed_country_codes=["AR"]), "'the city of San Francisco, in the east of Cordoba province': Argentina or unresolved, not California"),
 ("regions", "place_country", dict(name="Santa Fe", country_code="AR"), "Santa Fe province of Argentina, not New Mexico"),
]

A[35] = """Blackouts return to Venezuela's industrial heartland

CARACAS, June 9 (Reuters) - Rolling blackouts of up to eight hours a day have returned to Valencia, Venezuela's third-largest city, and much of Carabobo state, forcing factories to idle lines and shops to close early, business groups said on Monday.

Power cuts have also hit Barcelona and Puerto La Cruz in eastern Anzoátegui state, where residents reported long lines for water as pumps failed.

The state power company blamed low water levels at the Guri dam and sabotage by "enemies of the country," a claim engineers have long disputed.

"We can't plan a single shift," said Rosalba Quintero, who runs a plastics factory in an industrial park south of Valencia.
"""
C[35] = [
 ("namesake_focus", "place_near", dict(name="Valencia", lat=10.16, lon=-68.00, km=150), "Valencia with Carabobo state: Venezuela's Valencia, not Spain's"),
 ("namesake_focus", "place_near", dict(name="Barcelona", lat=10.13, lon=-64.70, km=150), "Barcelona beside Puerto La Cruz in Anzoategui: Venezuela, not Spain"),
 ("regions", "place_country", dict(name="Carabobo", country_code="VE"), "Carabobo state, Venezuela"),
 ("regions", "place_country", dict(name="Anzoátegui", country_code="VE"), "Anzoategui state, Venezuela"),
]

A[36] = """Yucatán bets on Mérida rail link to lure investors

MÉRIDA — Officials in the Mexican state of Yucatán are counting on a new freight line between Mérida and the port of Progreso to draw factories that are moving production out of Asia, the state's economy secretary said on Thursday.

The 36-kilometre line, due to open in 2026, will connect an expanded container terminal in Progreso with industrial parks on Mérida's southern edge.

"Companies want to be close to the US market but far from the traffic at the border," secretary Lorena Canché said. Neighbouring Quintana Roo has relied on tourism, she added, but Yucatán wants to build a manufacturing base.

Business groups said water supply and power shortages could slow the plan.
"""
C[36] = [
 ("namesake_focus", "place_near", dict(name="Mérida", lat=20.97, lon=-89.62, km=150), "Mérida in Yucatán, not Spain or Venezuela"),
 ("namesake_focus", "place_near", dict(name="Progreso", lat=21.28, lon=-89.66, km=150), "the port of Progreso, Yucatán"),
 ("regions", "place_country", dict(name="Yucatán", country_code="MX"), "Yucatán, Mexico"),
 ("regions", "place_country", dict(name="Quintana Roo", country_code="MX"), "Quintana Roo, Mexico"),
]

A[37] = """Storms kill 6 as tornadoes rake South, Midwest

Tornadoes and violent winds tore through parts of six states overnight, killing at least six people, flattening homes and leaving more than 300,000 customers without power Thursday morning.

Three people died when a tornado struck a mobile home park near Jackson, Tenn., according to the Madison County sheriff's office. Another person was killed in Paris, Ky., when a tree fell on a car.

In Franklin, Ind., south of Indianapolis, a warehouse roof collapsed onto trucks parked at a loading dock, though no workers were hurt. Winds of 85 mph were recorded near Cuba, Mo., the National Weather Service said.

Forecasters warned that more severe storms could develop Friday across Alabama and Georgia.
"""
C[37] = [
 ("qualifier", "place_near", dict(name="Jackson", context="near Jackson, Tenn.", lat=35.61, lon=-88.81, km=150), "the pair 'Jackson, Tenn.'"),
 ("qualifier", "place_near", dict(name="Paris", context="in Paris, Ky.", lat=38.21, lon=-84.25, km=150), "the pair 'Paris, Ky.'"),
 ("qualifier", "place_near", dict(name="Franklin", context="In Franklin, Ind.", lat=39.48, lon=-86.05, km=150), "the pair 'Franklin, Ind.'"),
 ("qualifier", "place_near", dict(name="Cuba", context="near Cuba, Mo.", lat=38.06, lon=-91.40, km=150), "the pair 'Cuba, Mo.' is the Missouri town, not the country"),
]

A[38] = """Onion disease study spans three continents

A fungus that rots onions in storage is the target of a new research project linking scientists in four countries, its organisers said on Tuesday.

The work will be led from Cambridge, Massachusetts, with field trials on farms around Boston, Lincolnshire, where much of England's onion crop is grown. A lab in Kingston, Ontario, will sequence fungal samples, and an agricultural college in Perth, Scotland, will test storage conditions.

"Growers lose as much as a fifth of their crop before it reaches the shops," said plant pathologist Mirela Dobrescu, who heads the project.

The three-year study is funded by a mix of government grants and farm levy bodies.
"""
C[38] = [
 ("qualifier", "place_near", dict(name="Cambridge", lat=42.37, lon=-71.11, km=150), "the pair 'Cambridge, Massachusetts'"),
 ("qualifier", "place_near", dict(name="Boston", lat=52.98, lon=-0.03, km=150), "the pair 'Boston, Lincolnshire', though Massachusetts is named just before"),
 ("qualifier", "place_near", dict(name="Kingston", lat=44.23, lon=-76.48, km=150), "the pair 'Kingston, Ontario'"),
 ("qualifier", "place_near", dict(name="Perth", lat=56.40, lon=-3.43, km=150), "the pair 'Perth, Scotland'"),
]

A[39] = """US and UK agree to coordinate on critical minerals

WASHINGTON (AP) — The United States and Britain agreed Tuesday to share information on supplies of lithium, cobalt and other minerals used in batteries, part of a push to reduce reliance on China.

The agreement will let the two governments pool data on mines, refineries and stockpiles and coordinate financing for projects in Africa and Latin America, the White House said in a statement. Downing Street said British officials would draw up a joint list of priority projects with their US counterparts by the end of the year.

The deal follows months of talks. The Sydney Morning Herald reported last week that Australia, a major lithium producer, had been invited to join but wanted more detail first.

Bank of Montreal analysts said the pact was mostly symbolic for now. "It's a list, not a pipeline," they wrote in a note to clients.
"""
C[39] = [
 ("not_a_place", "no_place", dict(name="White House"), "'the White House said': the administration speaking"),
 ("not_a_place", "no_place", dict(name="Downing Street"), "'Downing Street said': the prime minister's office speaking"),
 ("not_a_place", "no_place", dict(name="Sydney"), "Sydney only inside a newspaper's name, in a story placed elsewhere"),
 ("not_a_place", "no_place", dict(name="Montreal"), "Montreal only inside a bank's name, in a story placed elsewhere"),
]

A[40] = """Aurora Energy to buy Marathon Resources in $1.9 billion deal

Aurora Energy said on Monday it would buy smaller rival Marathon Resources for about $1.9 billion in cash and stock, creating one of the largest natural gas producers in the Appalachian Basin.

Aurora will pay $14.50 a share, a 31% premium to Marathon's closing price on Friday. The combined company will produce about 2.4 billion cubic feet of gas a day from wells in Pennsylvania, West Virginia and Ohio.

"Scale matters in this business," Aurora chief executive Dana Whitcombe said on a call with analysts. Marathon's board has approved the deal, which still needs the approval of shareholders and regulators.

Marathon shares jumped 27% in early trading, while Aurora's slipped 2%.
"""
C[40] = [
 ("not_a_place", "no_place", dict(name="Aurora"), "Aurora is the energy company throughout"),
 ("not_a_place", "no_place", dict(name="Marathon"), "Marathon is the energy company throughout"),
 ("regions", "place_is", dict(name="West Virginia", place="West Virginia"), "West Virginia is the state of that name, not Virginia"),
 ("regions", "place_kind", dict(name="Ohio", kinds=["region"], country_code="US"), "Ohio in a list of gas states: the state"),
]
