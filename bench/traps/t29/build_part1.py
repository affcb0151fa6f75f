# Articles 001-020: speaker_direct, speaker_pronoun
A = {}

def S(q, who, why):
    return {"kind": "speaker", "quote_contains": q, "speaker_contains": who, "why": why}
def NS(q, who, why):
    return {"kind": "no_speaker", "quote_contains": q, "speaker_not": who, "why": why}
def NQ(t, why):
    return {"kind": "no_quote", "text_contains": t, "why": why}
def NEVER(who, why):
    return {"kind": "never_speaker", "speaker_not": who, "why": why}
def G(q, g, why, who=None):
    d = {"kind": "gender", "quote_contains": q, "gender": g, "why": why}
    if who:
        d["speaker_contains"] = who
    return d

A[1] = ("speaker_direct", "politics", """Transport minister defends cuts to evening rail services

The transport minister, Helen Achterberg, has defended plans to cut evening services on three regional lines, saying the changes would free up trains for busier commuter routes.

“We are not abandoning anyone. We are putting carriages where the passengers actually are,” said the minister, Helen Achterberg, on a visit to Dunmore station on Thursday.

Opposition transport spokesman Owen Tremlett told reporters the plan was “a slow strangling of rural lines”.

Passenger groups were equally critical. According to Moira Castell, chair of the Northern Rail Users' Forum, the last train from Kelby would now leave before 9pm, stranding shift workers in the city.

Paul Okonjo, chief secretary to the Treasury, told MPs: “The department will look at the costings before anything is signed off.”

The new timetable is due to start in December.
""", [
    S("not abandoning anyone", "Achterberg", "inverted 'said the minister, Name' after the quote"),
    S("slow strangling", "Tremlett", "mixed quote after 'told reporters'"),
    S("last train from Kelby", "Castell", "'According to Name, role,' opening the sentence"),
    S("look at the costings", "Okonjo", "name-appositive 'told MPs:' colon-introduced quote"),
])

A[2] = ("speaker_direct", "politics", """Council leader rejects calls to quit over land sale

‘I have done nothing wrong and I will not be hounded out of office,’ the leader of Brackenfold District Council, Ian Merrow, said on Monday.

Mr Merrow faces a vote of no confidence next week after it emerged the council sold land at Ashby Lane to a developer for £400,000 below its valuation.

‘The numbers speak for themselves,’ said Liberal Democrat group leader Nadia Frome. ‘This was a sweetheart deal and residents deserve answers.’

The council’s monitoring officer, Clive Badu, told the Brackenfold Echo an independent review of the sale had been commissioned.

Independent councillor Ruth Adebayo put it more bluntly: ‘If this was above board, publish every email.’

The vote is scheduled for Tuesday evening at the civic centre.
""", [
    S("not be hounded out", "Merrow", "role with appositive name before 'said' after a British single-quoted quote"),
    S("numbers speak for themselves", "Frome", "'said' + party role + name"),
    S("independent review of the sale", "Badu", "indirect speech after 'told <paper>' with role-appositive subject"),
    S("publish every email", "Adebayo", "colon-introduced quote after 'put it more bluntly'"),
])

A[3] = ("speaker_direct", "courts", """Builder jailed for defrauding elderly homeowners

A builder who took more than £80,000 from elderly homeowners for work he never finished has been jailed for four years.

Darren Pike, 46, of Holloway Road, Marlbury, admitted eight counts of fraud at Marlbury Crown Court.

Sentencing him, Judge Rosalind Haigh said: "You targeted people you knew would be too frightened or too frail to complain."

Prosecuting, Gemma Lutz told the court that Pike had used three different company names to avoid bad online reviews.

Simon Carr, for Pike, said his client had been "overwhelmed by debt" after his business partner left the firm in 2021.

"He preyed on trust," Detective Constable Amrit Sohal said after the hearing. "Several victims had to remortgage their homes to pay for the repairs."

Pike was also banned from acting as a company director for ten years.
""", [
    S("too frightened or too frail", "Haigh", "'Sentencing him, Judge Name said:' colon quote"),
    S("three different company names", "Lutz", "'Prosecuting, Name told the court that' indirect"),
    S("overwhelmed by debt", "Carr", "counsel 'Name, for X, said' mixed quote"),
    S("preyed on trust", "Sohal", "rank title 'Detective Constable' after the quote"),
])

A[4] = ("speaker_direct", "courts", """Care worker cleared of stealing from nursing home residents

A care worker accused of stealing jewellery from residents of a nursing home has been found not guilty.

Leanne Cortez, 31, had denied three counts of theft from residents of the Beeches care home in Hexley between 2021 and 2022.

“The prosecution never explained how a ring could vanish from a locked drawer while my client was on another floor,” said her barrister, Jonathan Ibe.

The jury at Hexley Crown Court took less than two hours to reach its verdicts.

Outside court, Ms Cortez’s mother, Patricia Cortez, told reporters: “She has lost a year of her life to this and nobody will give it back.”

A spokesperson for Hexley Police said officers would “reflect on the outcome”.

Detective Inspector Mark Aldous said: “We respect the jury’s decision and we thank the families for their patience.”
""", [
    S("vanish from a locked drawer", "Ibe", "inverted 'said her barrister, Name'"),
    S("lost a year of her life", "Patricia", "kin apposition 'mother, Name,' + 'told reporters:' colon"),
    S("reflect on the outcome", "Hexley Police", "'A spokesperson for <body> said' names the body"),
    S("respect the jury", "Aldous", "rank title 'Detective Inspector Name said:'"),
])

A[5] = ("speaker_direct", "business", """Kestrel Foods warns of price rises as cocoa costs soar

Confectionery maker Kestrel Foods has warned that its chocolate bars will cost more this year after the price of cocoa doubled.

“We have absorbed as much as we can, but there is a limit,” the company’s chief executive, Dana Whitlock, told analysts on a call on Tuesday.

Shares in Kestrel fell 6% in early trading.

In a trading update, Kestrel said it expected full-year revenue of about £1.2bn, in line with forecasts.

Harriet Olsen, an analyst at Brightwater Securities, said the warning had been “well flagged” and the fall in the shares was overdone.

“Consumers will trade down to own-label bars, and that is the real risk for Kestrel,” Olsen added.
""", [
    S("absorbed as much as we can", "Whitlock", "'the company's chief executive, Name, told analysts'"),
    S("full-year revenue", "Kestrel", "'In a trading update, X said' indirect"),
    S("well flagged", "Olsen", "name + appositive role 'said' mixed quote"),
    S("trade down to own-label", "Olsen", "'Name added' after quote"),
])

A[6] = ("speaker_direct", "business", """Regional airline cuts five routes as fuel bill climbs

Skyward Regional is to drop five routes from its winter schedule, blaming higher fuel prices and a shortage of pilots.

'It is a painful decision, but the alternative was losing money on every one of those flights,' said chief operating officer Marcus Vell.

The routes include Carlow to Newquay and Derry to Exeter, which together carried about 90,000 passengers last year.

'Pilots were told by email on a Sunday night. That tells you everything about how this company works,' Brenda Lowry of the Flight Crew Association said.

'We will be lobbying hard for a replacement operator,' Newquay airport's managing director, Fiona Treleaven, told the Western Gazette.

Mr Vell was blunt about the chances of the routes returning: 'I would not hold your breath.'
""", [
    S("painful decision", "Vell", "'said chief operating officer Name' straight single quotes"),
    S("told by email on a Sunday", "Lowry", "'Name of <body> said' after quote"),
    S("lobbying hard", "Treleaven", "role's appositive name + 'told <paper>'"),
    S("hold your breath", "Vell", "'Mr X was blunt about ...:' colon"),
])

A[7] = ("speaker_direct", "sport", """Harcourt hails young side after Trophy upset

Ashgrove Town manager Neil Harcourt said his young side had “grown up overnight” after they knocked second-tier Pelham out of the FA Trophy on Saturday.

“Nobody gave us a prayer. The lads ran until they could not run any more,” Harcourt told BBC Radio Marlshire.

Striker Callum Reyes, 19, scored both goals in the 2-1 win.

“I just tried to hit the target. The second one took a big deflection, if I am honest,” said Reyes, who joined from Pelham’s academy last summer.

Pelham boss Tony Drummond: “We were second best in every department. I have no complaints about the result.”

Ashgrove will learn their third-round opponents on Monday.
""", [
    S("grown up overnight", "Harcourt", "role + name 'said' with mixed quote"),
    S("gave us a prayer", "Harcourt", "'Name told <radio>' after quote"),
    S("took a big deflection", "Reyes", "'said Name, who ...' relative clause after"),
    S("second best in every department", "Drummond", "post-match label 'boss Name:' with colon"),
])

A[8] = ("speaker_direct", "sport", """Okafor eyes Olympic final after national title

Sprinter Joy Okafor believes she can reach an Olympic final after winning the national 200m title in Birmingham on Sunday.

‘I have never felt this strong coming off the bend,’ Okafor told reporters after clocking 22.31 seconds.

‘She is ahead of where we planned to be at this stage of the season,’ said her coach, Raymond Achebe.

Silver medallist Chloe Farrant finished two metres back. ‘Joy was on another level today,’ admitted Farrant.

National performance director Gail Mortensen said selection for the Games would be confirmed in early July.
""", [
    S("never felt this strong", "Okafor", "'Name told reporters' after single-quoted quote"),
    S("ahead of where we planned", "Achebe", "'said her coach, Name'"),
    S("another level today", "Farrant", "inverted 'admitted Name'"),
    S("confirmed in early July", "Mortensen", "title + name 'said' indirect"),
])

A[9] = ("speaker_direct", "wire", """Peru's central bank holds rates as inflation eases

LIMA, March 14 (Meridian Wire) - Peru's central bank kept its benchmark interest rate at 5.75% on Thursday, pausing after four straight cuts as inflation slowed to its lowest level in three years.

"Inflation is converging to our target range and we see no need to move yet," central bank president Tomas Villaran told reporters in Lima.

Banco Andino said in a note to clients that a cut in May was still likely.

Finance Minister Elena Quispe said in a radio interview: "The fiscal position is solid and the bank has room to act."

The bank is likely to wait for May inflation data before cutting again, according to Carlos Benavente, chief economist at Inversiones Pacifico.

The sol was little changed against the dollar after the decision.
""", [
    S("converging to our target", "Villaran", "title + name 'told reporters' after quote"),
    S("cut in May was still likely", "Banco Andino", "'X said in a note to clients that'"),
    S("fiscal position is solid", "Quispe", "'said in a radio interview:' colon"),
    S("May inflation data", "Benavente", "trailing 'according to Name, role'"),
])

A[10] = ("speaker_direct", "wire", """Kenyan tea exporters warn of lost sales over port delays

MOMBASA, June 3 (Meridian Wire) - Kenyan tea exporters could lose millions of dollars in sales because of congestion at Mombasa port, industry officials said on Monday.

“Containers are sitting for up to three weeks. Buyers in Pakistan and Egypt will not wait for ever,” said Grace Wanjiru, chief executive of the East African Tea Traders Association.

The Kenya Ports Authority said in a statement that a new crane would be operational by the end of the month.

Trade Cabinet Secretary Joseph Kiprono told parliament: “This is a national emergency for one of our biggest earners.”

“We are paid late because the buyers are paid late,” Samuel Otieno, who grows tea on three hectares near Kericho, told the agency.

Tea is Kenya's second largest source of foreign exchange after remittances.
""", [
    S("sitting for up to three weeks", "Wanjiru", "'said Name, role of body'"),
    S("new crane would be operational", "Kenya Ports Authority", "'X said in a statement that'"),
    S("national emergency", "Kiprono", "long title + 'told parliament:' colon"),
    S("paid late because the buyers", "Otieno", "'Name, who ..., told the agency'"),
])

# ---------------- speaker_pronoun ----------------

A[11] = ("speaker_pronoun", "politics", """Health secretary pledges to clear surgery backlog

Health Secretary Miriam Osei has promised to clear the backlog of hip and knee operations within two years.

Speaking at a hospital in Dunford on Friday, Ms Osei said the government would fund 40 new surgical hubs across England.

“I met Dr Fran Ellery on the orthopaedic ward this morning and she told me her waiting list had doubled since 2019,” Ms Osei said.

“That is simply not acceptable in a modern health service,” she added.

The shadow health secretary, Rupert Gale, dismissed the pledge as a rehash of old promises. Mr Gale said he had written to the chief executive of NHS England, Karen Blythe, asking for the figures behind it to be published.

“We will keep asking until we get them,” he said.
""", [
    S("not acceptable in a modern health service", "Osei", "'she added' goes to the speaker, not the woman she named in her quote"),
    NS("not acceptable in a modern health service", "Ellery", "a person named inside the previous quote is no antecedent"),
    S("keep asking until we get them", "Gale", "'he said' after Mr Gale's reported speech"),
    NS("keep asking until we get them", "Blythe", "woman named after the man cannot be 'he'"),
])

A[20] = ("speaker_pronoun", "local", """Taxi drivers stage go-slow over bus lane fines

Taxi drivers brought traffic in central Castlebridge to a crawl on Wednesday in protest at fines for stopping in new bus lanes.

About 60 cabs drove at walking pace along Market Street and Quay Road for an hour, watched by police.

‘We are being fined for helping disabled passengers to the kerb,’ said Viktor Brannigan, secretary of the Castlebridge Hackney Carriage Association.

Shopkeepers on Market Street have complained that the lanes keep customers away. They say takings are down by a fifth since the cameras went live in March.

Council officers inspected the camera signs on Tuesday after a stream of complaints from motorists. They said the signs were lawful but would be made larger.

The cabinet member for transport, Lydia Okwu, defended the scheme. ‘Buses carry far more people than taxis do and they deserve a clear run,’ she said.
""", [
    S("takings are down by a fifth", "shopkeepers", "'They say' goes to the plural that complained, not 'lanes'/'customers'"),
    S("signs were lawful", "officers", "'They said' goes to the officers who are the main subject"),
    NS("signs were lawful", "motorists", "the nearer plural 'motorists' did not speak"),
    S("deserve a clear run", "Okwu", "'she said' after a role-apposition subject"),
])

A[13] = ("speaker_pronoun", "courts", """Landlord fined over damp and mouldy flats

A landlord has been fined £24,000 after tenants were found living in flats riddled with damp and mould.

Gordon Yates, 58, pleaded guilty to six offences under the Housing Act at Wetherby Magistrates' Court.

Council environmental health officer Sarah Quint told the court she had found black mould on the walls of a child's bedroom.

"The smell hit you as soon as the door opened," she said. "I have been doing this job for 15 years and it was one of the worst I have seen."

Mr Yates, representing himself, said he had been let down by a roofer, Alan Brisk, who had been paid to fix the leaks. "He took the money and disappeared. I am as much a victim as anyone," he said.

District Judge Lorna Penhallow told him the excuse did not wash. "You are responsible for the homes you rent out," she said.
""", [
    S("smell hit you", "Quint", "'she said' after the officer's reported evidence"),
    S("took the money and disappeared", "Yates", "'he said' is the reporting man, not the man named in his clause"),
    NS("took the money and disappeared", "Brisk", "the roofer is who the quote talks about"),
    S("responsible for the homes you rent", "Penhallow", "'she said' after the judge; the man mentioned is 'him'"),
])

A[14] = ("speaker_pronoun", "courts", """Van driver who killed cyclist while reading text is jailed

A van driver who was reading a text message when he struck and killed a cyclist has been jailed for six years.

Kieran Doyle, 29, of Mansfield, admitted causing death by dangerous driving at Nottingham Crown Court.

The cyclist, Martin Shaw, 54, a father of two, died at the scene on the A614 near Oxton last May.

In a statement read to the court, Mr Shaw’s widow, Eileen Shaw, said her life had “stopped that morning”.

“He was the kindest man I ever knew and he never got to see our daughter graduate,” she said.

Judge Peter Harwood told Doyle: “You chose a message over a man’s life.” He added that no sentence could make up for the loss suffered by the Shaw family.

Doyle was also banned from driving for nine years.
""", [
    S("kindest man I ever knew", "Eileen", "'she said' is the widow, not the man her quote describes"),
    NS("kindest man I ever knew", "Martin", "the dead man named before is the quote's subject, not its speaker"),
    S("no sentence could make up", "Harwood", "'He added' goes on with the judge"),
    NS("no sentence could make up", "Doyle", "the man the judge addressed is not the 'He'"),
])

A[15] = ("speaker_pronoun", "business", """Brewery chief quits after second profit warning

The chief executive of Hollins & Barr, the family brewer, has resigned days after the company issued its second profit warning this year.

Graham Tolley, who had led the firm since 2016, will leave at the end of the month.

The brewer’s chairwoman, Anne Fairlie, thanked him for his service. ‘Graham steered us through the pandemic and we owe him a great deal,’ she said.

‘Now we need fresh eyes on the business and a clear plan for the pubs,’ she added.

Robert Dane, an analyst at Halcyon Capital, said the departure was overdue. ‘The board backed Graham for far too long and the shares paid for it,’ he said.

Hollins & Barr shares have fallen by a third since January.
""", [
    S("steered us through the pandemic", "Fairlie", "'she said' after the chairwoman; the man named is the object"),
    S("fresh eyes on the business", "Fairlie", "'she added' continues the same woman"),
    S("backed Graham for far too long", "Dane", "'he said' goes to the analyst who just spoke"),
    NS("backed Graham for far too long", "Tolley", "a man named inside the quote is never the antecedent"),
])

A[16] = ("speaker_pronoun", "business", """Supermarket staff to get 8% pay rise

Greenacre Stores will raise hourly pay for 40,000 shop workers by 8% from April, the retailer said on Thursday.

Union representatives welcomed the deal, which follows months of talks. They said it would lift the lowest-paid staff above the real living wage for the first time.

Greenacre’s people director, Sunita Rao, said the rise would cost the company about £60m a year. “Our colleagues kept the shelves full through some very hard winters,” she said.

Retail analyst Declan Murphy of Stanwick Research said rivals would be under pressure to match the deal. He said he had spoken to Greenacre’s finance chief, Laura Pym, earlier in the week.

“She was clear that the cost is already in the budget,” he said.
""", [
    S("lift the lowest-paid staff", "representatives", "'They said' after the union representatives who welcomed the deal"),
    S("kept the shelves full", "Rao", "'she said' after the role-appositive subject"),
    S("cost is already in the budget", "Murphy", "'he said' is the analyst; the quote's 'She' is the woman he named"),
    NS("cost is already in the budget", "Pym", "woman mentioned after cannot be 'he'"),
])

A[17] = ("speaker_pronoun", "sport", """Vance ready for derby after injury lay-off

Midfielder Ellis Vance says he is ready for Saturday's derby against Kirkdale Rovers after ten weeks out with a hamstring injury.

“I have watched the last six games from the stand and it has been torture,” Vance told the club’s website.

Manager Stuart Kemble said he had been impressed by Vance’s work in training. “He has done everything the medical staff asked of him,” he said.

Kirkdale’s players told local radio the derby was “just another game”. They said the pressure was all on the home side.

Vance, whose partner, the Olympic swimmer Holly Brennan, is expecting their first child in May, smiled at the suggestion that it would be a big week. “One big event at a time,” he said.
""", [
    S("done everything the medical staff", "Kemble", "'he said' is the manager; the quote's 'He' is the player"),
    NS("done everything the medical staff", "Vance", "the player described inside the reported clause is not the speaker"),
    S("pressure was all on the home side", "players", "'They said' after the players who spoke"),
    S("One big event at a time", "Vance", "'he said' after Vance as subject; woman named in apposition is no rival"),
])

A[18] = ("speaker_pronoun", "sport", """Carver admits title race is over for Westport

Westport head coach Dean Carver has admitted his side can no longer catch the leaders after a 24-10 defeat at Kelham Park.

'We have to be honest with ourselves. We are not good enough yet,' Carver said.

Carver singled out flanker Josh Pemberton, 20, for praise. 'He tackled everything that moved and he will be a star,' he said.

Kelham's director of rugby, Siobhan Lacey, praised the visitors. 'Dean's side made us work for every single point,' she said.

Lacey's assistant, Rob Fane, said the squad would travel to France for a training camp next week. 'She has built something special here,' he said.
""", [
    S("tackled everything that moved", "Carver", "'he said' is the coach who singled the player out"),
    NS("tackled everything that moved", "Pemberton", "the praised player is the object, not the speaker"),
    S("work for every single point", "Lacey", "'she said' after role-apposition subject; man named in quote is no antecedent"),
    S("built something special here", "Fane", "'he said' after the assistant; the quote's 'She' is Lacey"),
])

A[19] = ("speaker_pronoun", "local", """Villagers vow to fight plan for 300 homes

Residents of Little Hensby have vowed to fight plans for 300 homes on farmland north of the village.

Parish council chairman Derek Amos said the development would double the size of the village. “Even our MP, Julia Farr, agrees this is the wrong site,” he said.

The developer, Orchard Vale Homes, says the scheme includes 90 affordable homes. Its planning director, Claire Whitby, told a public meeting on Tuesday that a new primary school was under discussion with the county council.

“We have listened and we will keep listening,” she said.

Several villagers at the meeting questioned the traffic figures. They said the lane into the estate was too narrow for two cars to pass.

Ward councillor Bethan Lloyd said the decision would be made in the autumn. “I would urge everyone to write in before the deadline,” she said.
""", [
    S("will keep listening", "Whitby", "'she said' goes to the planning director, not the woman named in Amos's quote"),
    S("too narrow for two cars", "villagers", "'They said' goes to the villagers who questioned, not 'figures'"),
    NS("too narrow for two cars", "figures", "a plural noun that did not speak is no 'they'"),
    S("write in before the deadline", "Lloyd", "'she said' goes to the most recent woman, not the earlier one"),
])


A[12] = ("speaker_pronoun", "politics", """Opposition MPs walk out as asylum bill clears Commons

Opposition MPs walked out of the Commons on Wednesday as the government's asylum bill passed its second reading by 41 votes.

Labour’s home affairs spokesman, Tobias Grint, led the walkout. “We will not sit quietly while the immigration minister, Philip Rowntree, tears up the refugee convention,” he told reporters outside.

“This bill will be fought line by line in committee, and we will win some of those fights,” he added.

Campaigners gathered in Parliament Square with placards and banners. They said the bill would leave thousands of children in detention.

The Home Office said the new rules would come into force in the spring.
""", [
    S("fought line by line", "Grint", "'he added' goes on with the spokesman"),
    NS("fought line by line", "Rowntree", "the minister named inside the previous quote is no antecedent"),
    S("thousands of children in detention", "campaigners", "'They said' goes to the campaigners, not 'placards'/'banners'"),
    NS("thousands of children in detention", ["placards", "banners"], "plural nouns that cannot speak are no 'they'"),
])
