import json, os, re, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
D, P, C, I, N, G = "speaker_direct", "speaker_pronoun", "continuation", "indirect", "not_a_quote", "speaker_gender"

def sp(fam, q, s, why): return dict(family=fam, kind="speaker", quote_contains=q, speaker_contains=s, why=why)
def nq(t, why): return dict(family=N, kind="no_quote", text_contains=t, why=why)
def ns(fam, q, s, why): return dict(family=fam, kind="no_speaker", quote_contains=q, speaker_not=s, why=why)
def sa(s, why): return dict(family=N, kind="speaker_absent", speaker_not=s, why=why)
def gd(q, g, why, s=None):
    d = dict(family=G, kind="gender", quote_contains=q, gender=g, why=why)
    if s: d["speaker_contains"] = s
    return d
def ty(fam, q, t, why): return dict(family=fam, kind="type", quote_contains=q, type=t, why=why)

K = {}
K[1] = [sp(D, "grass cuttings", "Ilsley", "quote then 'Cllr Ilsley told the full council meeting'"),
        sp(D, "dump their waste in lay-bys", "Quantock", "inverted 'said Mr Quantock, who represents ...'"),
        gd("dump their waste in lay-bys", "male", "Mr Quantock: title gives male"),
        nq("garden tax", "scare-quoted label 'known locally as' and in headline; no speech")]
K[2] = [sp(D, "400 emails", "Pritchard", "'Ms Pritchard said in a letter to the transport secretary'"),
        sp(D, "ran routes nobody else would touch", "Hebden", "inverted 'said Lord Hebden, who sits as ...'"),
        gd("ran routes nobody else would touch", "male", "Lord title gives male"),
        nq("Tamar Link", "a service name in quote marks, no speech")]
K[3] = [sp(P, "He keeps telling farmers", "Benavides", "'she told supporters' after Benavides's report; Harlan is a he"),
        sp(P, "thirty years building", "Otteson", "'he said in a statement' after 'Harlan's campaign manager, Greg Otteson, dismissed'; Tom named inside quote"),
        gd("He keeps telling farmers", "female", "her campaign / she told"),
        sp(I, "proposal would hand", "Benavides", "reported clause with quoted words: Benavides said")]
K[4] = [sp(P, "reading scores rising", "Kessler", "'She said' right after Kessler replied"),
        sp(P, "disqualifies her", "Dobbins", "'he told reporters' after Dobbins said he expected ..."),
        gd("Those numbers reflect", "female", "'She said' opening sentence after Kessler's"),
        sp(I, "expected the nomination to clear", "Dobbins", "Committee chairman Rep. Walt Dobbins, ..., said he expected")]
K[5] = [sp(I, "had not slept properly", "Okoro", "counsel with side: 'Ben Okoro, defending, said'"),
        ty(I, "drifted across the white line", "mixed", "told the court that ... \"without any braking at all\""),
        sp(D, "riding home from work", "Vane", "'Sentencing, Judge Patricia Vane said: \"...\"'"),
        gd("riding home from work", "", "judge's gender never stated (Judge title, first name only)", s="Vane")]
K[6] = [sp(I, "spent more than", "Marsh", "counsel with side: 'Ellen Marsh, mitigating, said'"),
        ty(I, "sleeping in a converted cupboard", "indirect", "'One tenant, he said, had been sleeping ...' reported clause"),
        sp(D, "put money before the lives", "Pryde", "'District Judge Owen Pryde told Rashid: \"...\"' (addressee is not speaker)"),
        gd("put money before the lives", "", "no gender evidence for the judge", s="Pryde")]
K[7] = [sp(C, "offering every affected colleague", "Gallacher", "bare paragraph quote right after Gallacher's attributed quote"),
        sp(C, "picked up the phone", "Gill", "second half of quote split by 'said Sandeep Gill'"),
        sp(D, "hardest decision", "Gallacher", "inverted 'said chief executive Fiona Gallacher'"),
        nq("sandwich king", "'known in the trade as' nickname, no speech")]
K[8] = [sp(C, "recipes stay in Kendal", "Sayle", "split quote continuing after 'chairman Robert Sayle told analysts'"),
        ns(C, "seen this film before", "Sayle", "bare quote after a reporter's paragraph about campaigners: not Sayle's"),
        sp(D, "approached before", "Sayle", "quote then 'chairman Robert Sayle told analysts on a conference call'"),
        nq("Fell Runner", "beer name in quote marks")]
K[9] = [sp(D, "switched off for one corner", "Penhale", "post-match label 'Hollin Town manager Stuart Penhale: \"...\"'"),
        sp(D, "kept believing", "Kerrigan", "post-match label 'Barrow Vale boss Nadia Kerrigan: \"...\"'"),
        sp(C, "Good sides punish you", "Penhale", "bare quote paragraph right after Penhale's label quote"),
        gd("kept believing", "", "no gender evidence for Kerrigan (first name only)", s="Kerrigan")]
K[10] = [sp(D, "far harder than it needed to be", "Pell", "list-item label '- Dunholm director of rugby Gareth Pell: \"...\"'"),
         sp(D, "came away with nothing", "Salter", "list-item label '- Kingsferry head coach Imogen Salter: \"...\"'"),
         sp(C, "lads dug in", "Pell", "bare quote paragraph continuing Pell"),
         gd("came away with nothing", "female", "'Salter added that her side would ...'")]
K[11] = [nq("temporary", "headline scare quotes"),
         ns(N, "Happy Birthday, Lights", "Hollings", "words of a handwritten sign, not the chairman's"),
         sp(C, "older than some of the pupils", "Hollings", "bare paragraph quote continuing Mr Hollings"),
         sp(D, "written to the county council nine times", "Hollings", "quote then 'Mr Hollings said'")]
K[12] = [nq("Gnomes Are Gardeners Too", "petition heading in quote marks"),
         nq("gnome ban", "headline scare quotes"),
         sp(C, "take me to court", "Mumby", "second half of quote split by 'Mr Mumby said'"),
         sp(D, "late wife", "Mumby", "quote then 'Mr Mumby said'")]
K[13] = [sp(I, "gardeners deserved much of the credit", "Varley", "Dr Helen Varley, who led the analysis, said ..."),
         nq("hedgehog highways", "'so-called' campaign name"),
         sp(P, "intensive farming had removed", "Desai", "'He said' after Desai cautioned; Varley is a she"),
         gd("Cutting a small hole", "female", "'she said'")]
K[14] = [sp(I, "molten rock was probably moving", "Ibarra", "Lead author Tomás Ibarra, of ..., said ..."),
         nq("breathing", "headline scare quotes"),
         sp(P, "rarely this tidy", "McLeish", "'she said' after Dr Fiona McLeish said; Ibarra is a he"),
         gd("imminent eruption", "male", "'He stressed that ...' right after Ibarra's sentence")]
K[15] = [sp(I, "expects the 2024/25 crop", "Boateng", "'..., according to Kwame Boateng, a senior official'"),
         sp(I, "lost half her trees", "Mensah", "Akosua Mensah, who grows cocoa ..., said she had lost"),
         sp(D, "cutting out infected trees", "Boateng", "quote then 'Boateng told Reuters by telephone'"),
         sa("Kuffour", "byline reporter never speaks")]
K[16] = [sp(I, "could delay about 40,000 tonnes", "Fuenzalida", "'according to the port's operations manager, Rodrigo Fuenzalida'"),
         sp(I, "would stay out until", "Oyarz", "'The union's president, Patricia Oyarzún, said the workers would ...'"),
         sp(D, "two ships waiting at anchor", "Fuenzalida", "quote then 'Fuenzalida said'"),
         sa("Lobos", "byline reporter never speaks")]
K[17] = [sp(P, "system is not consistent", "Stainer", "'he said' after 'Health minister Andrew Stainer replied'; Fenwick is a she"),
         sp(P, "Letters have been written before", "Fenwick", "'she said' after 'Lady Fenwick said'"),
         sp(C, "writing to every trust", "Stainer", "bare paragraph quote continuing Stainer"),
         gd("writing to every trust", "male", "Stainer's 'he said'")]
K[18] = [sp(P, "offered £2m", "Tilbury", "'She said' after 'Ms Tilbury accused the commissioner, Mr Colin Baird'"),
         sp(P, "play politics", "Baird", "'he said' after 'He said the offer ...' (Baird)"),
         sp(C, "more officers into schools", "Baird", "bare paragraph quote continuing Baird"),
         gd("offer had come with conditions", "male", "Mr Baird / He")]
K[19] = [sp(C, "never spoke to him again", "Eirlys", "bare paragraph quote continuing Eirlys Pugh"),
         sp(C, "People talk to me every day", "Roberts", "bare paragraph quote continuing Mr Roberts"),
         sp(I, "no record of any complaint", "Roberts", "The quarry's site manager, Dylan Roberts, said he had no record"),
         sp(P, "He said to me", "Eirlys", "'she said' after 'His wife, Eirlys Pugh, told the hearing'; outer quote holds a quote of her husband")]
K[20] = [sp(C, "never took a penny", "Corbishley", "bare paragraph quote continuing Ms Corbishley"),
         sp(C, "careless with the paperwork", "Corbishley", "second half of quote split by 'Ms Corbishley told the jury'"),
         sp(I, "emptied within eight months", "Hart", "The fund's treasurer, Michelle Hart, earlier told the court that ..."),
         sp(P, "It was there when I left", "Corbishley", "'she replied' to the prosecutor who put it to her")]
K[21] = [gd("helping people buy their first home", "female", "Ms Raman / 'she was finance director'"),
         gd("Priya stood out", "", "Dr title and first name give no gender", s="Whitlock"),
         sp(D, "helping people buy their first home", "Raman", "quote then 'Ms Raman said'"),
         sp(I, "interviewed candidates", "Whitlock", "The society's chair, Dr Sam Whitlock, said the board had ...")]
K[22] = [gd("ships have done everything", "", "no gender evidence for Kit Morrow", s="Morrow"),
         gd("owe our shareholders", "female", "chairwoman, Dame"),
         sp(D, "owe our shareholders", "Elizabeth", "inverted 'said Dame Elizabeth' (Dame Elizabeth Croft)"),
         sp(I, "fuel savings", "Morrow", "Finance director Kit Morrow said fuel savings ...")]
K[23] = [sp(P, "focal point", "Brannigan", "'he said' after 'City manager Phil Brannigan ... was full of praise'; Dapo named inside quote"),
         sp(P, "second best in every department", "Tilly", "'He told BBC Radio Lancashire' after Rovers boss Kevin Tilly"),
         nq("the Postman", "nickname given by fans"),
         sp(D, "apologised to the fans", "Tilly", "quote then 'Tilly said'")]
K[24] = [sp(P, "thought I was going home", "Haldane", "'he said' after Haldane said; Voss and Askew are other men"),
         sp(P, "played better than me", "Voss", "'he told reporters' after Voss refused to blame the injury"),
         ns(N, "Cal or Nothing", "Lutterworth", "slogan printed on a T-shirt, not the coach's words"),
         sp(D, "hitting the ball like this", "Lutterworth", "inverted 'said Lutterworth'")]
K[25] = [sp(C, "post office contract went", "Pask", "bare paragraph quote continuing Mrs Pask"),
         ns(C, "bus only comes twice a day", "Pask", "bare quote after a reporter's paragraph: not inherited"),
         gd("children of children", "female", "Mrs Pask"),
         nq("Pask's", "the shop's nickname in quote marks")]
K[26] = [sp(C, "more sense than him", "Tapper", "bare paragraph quote continuing Tapper"),
         ns(C, "plenty of time", "Tapper", "bare quote after two reporter paragraphs: not inherited"),
         gd("very cold and very frightened", "", "no gender evidence for crew member Jo Tapper", s="Tapper"),
         nq("Biscuit", "a dog's name in quote marks")]
K[27] = [nq("noisiest homes", "data verb: sensors showed that ..."),
         nq("Quiet Streets", "book title"),
         sp(I, "second biggest environmental", "World Health Organization", "'According to the World Health Organization, ...'"),
         sp(D, "dual carriageways", "Verhagen", "quote then 'Dr Verhagen said'")]
K[28] = [nq("picked the right card", "research verb: experiments found that ..."),
         nq("Bee Maths", "project nickname"),
         sp(I, "results were impressive", "Okafor", "Professor Jane Okafor, a zoologist ..., said the results were impressive"),
         sp(D, "sesame seed", "Henning", "inverted 'said Dr Lars Henning, who ran the experiments'")]
K[29] = [sp(D, "blank check", "Tranh", "quote then 'Tranh said at a news conference'"),
         sp(D, "made up her mind", "Kowalczyk", "quote then 'Kowalczyk said'"),
         sp(P, "less than a weekend", "Tranh", "'She said' after 'Tranh ... also criticized'; Kowalczyk is a he"),
         sp(I, "explore all options", "Sorensen", "The team's owner, Dale Sorensen, said in a statement that ...")]
K[30] = [sp(D, "cannot plan a season", "Ostrander", "inverted 'said Sen. Gail Ostrander, a Democrat'"),
         sp(D, "sitting on a desk", "Elling", "quote then 'Elling told the audience'"),
         sp(P, "door is open", "Elling", "'he said only' after a paragraph about Ostrander (a she): the he is Elling"),
         sp(I, "House version would cut", "Ostrander", "Ostrander said the House version would ...")]
K[31] = [sp(P, "checking why it was allowed to sail", "Tadeo", "'he told The Associated Press' after spokesman Tadeo's reports"),
         gd("checking why it was allowed to sail", "male", "spokesman / he"),
         sp(C, "in the water for two hours", "Cruz", "bare paragraph quote continuing Maricel Dela Cruz"),
         sp(I, "rescuers had pulled 57 survivors", "Tadeo", "Coast guard spokesman Ramon Tadeo said ...")]
K[32] = [sp(P, "incomes would be hit", "Mudibo", "'He said' right after Mudibo's sentence"),
         gd("limit to what growers can absorb", "male", "Mudibo's 'He said'"),
         sp(C, "stopped picking on the higher slopes", "Mudibo", "bare paragraph quote continuing Mudibo"),
         sp(I, "review its bonus payments", "Wanjiku", "Mudibo's deputy, Grace Wanjiku, told a farmers' meeting ... that ...")]
K[33] = [gd("did not spend one pound", "male", "Mr Anthony Greaves / he"),
         gd("no more basic duty", "", "Dr title and name give no gender", s="Nwosu"),
         sa("correction", "the paper's CORRECTION: label is no speaker"),
         sp(P, "did not spend one pound", "Greaves", "'he told the tribunal' after 'Her barrister, Mr Anthony Greaves, said'; quote is about a she")]
K[34] = [gd("missed his exams", "female", "His mother ... she said"),
         gd("respect the jury", "", "Detective Inspector Sam Rourke: no gender evidence", s="Rourke"),
         nq("the Cube", "building nickname"),
         sp(P, "missed his exams", "Lomax", "'she said' after 'His mother, Kerry Lomax, said'; the quote is about her son")]
K[35] = [sp(I, "sales growth had slowed", "Fresco", "Fresco, the discount supermarket chain, said ..."),
         sp(I, "still gained market share", "Oduya", "Chief executive Graham Oduya said ..."),
         sp(C, "running out of room", "Marr", "bare paragraph quote right after Marr's reported statement"),
         sp(P, "burgers in the rain", "Oduya", "'he told reporters' right after Oduya's statement")]
K[36] = [sp(I, "90,000 passengers", "Skyhop", "'According to Skyhop, ...'"),
         sp(I, "offered a refund", "Vries", "Skyhop's operations director, Anneke de Vries, said ..."),
         sp(C, "not always the case", "Delaney", "bare paragraph quote right after Delaney's reported statement"),
         sp(P, "airlines often told customers", "Delaney", "'He said' right after 'Travel lawyer Mark Delaney said'")]
K[37] = [nq("Iron Lady", "nickname ('known on the circuit as') and headline"),
         nq("Heavy Metal", "book title"),
         gd("One throw, job done", "female", "her first throw / she said"),
         sp(C, "something special", "Bevan", "second half of quote split by 'Bevan said'")]
K[38] = [nq("the Kid", "nickname in apposition"),
         nq("Ride for Rosie", "slogan on jerseys"),
         gd("watched this race on television", "male", "'won his first Tour de France stage'"),
         sp(C, "Ask me tomorrow", "Ward-Hayes", "bare paragraph quote continuing Ward-Hayes")]
K[39] = [sp(P, "tape measure", "Lydia", "'she said' after 'Mrs Crane said'; Mrs Crane is Lydia, not her husband Joe Crane"),
         sp(P, "third of our trade", "Joe", "'he said' after 'Mr Crane added'; Mr Crane is Joe (her husband)"),
         sp(D, "enough room", "Whitworth", "'Councillor Ann Whitworth, who chairs ..., said: \"...\"'"),
         gd("third of our trade", "male", "her husband / Mr / he")]
K[40] = [sp(P, "impossible for his children to sleep", "Kettlewell", "'He told the council' after 'The complaint was made by Dr Simon Kettlewell, who moved ...'"),
         sp(P, "not trying to upset anybody", "Pybus", "'he said' after 'Mr Pybus said he understood'"),
         sp(D, "fall out with a neighbour", "Greaves", "inverted 'said Mrs Greaves'"),
         gd("not trying to upset anybody", "male", "Mr Pybus / he")]
K[41] = [sp(I, "hit rural households hardest", "Penrose", "Rachel Penrose told the Treasury select committee that ..."),
         ty(I, "promise was", "mixed", "said the promise was \"worth nothing\" unless ..."),
         nq("Fair Fuel for All", "campaign slogan on billboards"),
         sp(C, "described as temporary", "Renshaw", "bare paragraph quote right after Renshaw's reported statement")]
K[42] = [sp(I, "review would examine", "MacAulay", "Fiona MacAulay said the review would examine ..."),
         ty(I, "too little, far too late", "mixed", "'According to Alasdair Grant, ..., the review was \"too little, far too late\"'"),
         nq("New Vessels for the Clyde", "report title"),
         sp(C, "stopped asking", "MacInnes", "bare paragraph quote continuing MacInnes")]
K[43] = [sp(C, "racing the sea", "Carden", "bare paragraph quote continuing Professor Carden"),
         sp(P, "size of the smallest prints", "Ruddock", "'He said' after 'Her colleague Dr Martin Ruddock ... believes'"),
         sp(P, "walking along an estuary", "Ruddock", "'he said' continuing with Ruddock"),
         sp(D, "Every high tide", "Carden", "quote then 'Professor Carden said'")]
K[44] = [sp(C, "unploughed grassland", "Frere", "bare paragraph quote continuing Dr Frere"),
         sp(P, "grown from seed", "Halloran", "'He said' after 'Botanist Peter Halloran ... confirmed the identification'"),
         sp(P, "exact location quiet", "Halloran", "'he said' continuing with Halloran"),
         sp(D, "walked straight past", "Frere", "quote then 'Dr Frere said'")]
K[45] = [gd("deeply apologise", "", "no gender evidence for Hiroshi Tanabe", s="Tanabe"),
         gd("expected the cost of the recall", "female", "'said she expected ...'"),
         sp(D, "deeply apologise", "Tanabe", "inverted 'said Hiroshi Tanabe, the company's head of quality assurance, at a news conference'"),
         sa("Hamaguchi", "byline reporter never speaks")]
K[46] = [gd("leaves turned black overnight", "female", "'She said it would take weeks' after Pacheco's sentence"),
         gd("We were lucky", "male", "'he said' for Carlos Brito"),
         sp(D, "leaves turned black overnight", "Pacheco", "quote then 'Pacheco told Reuters'"),
         sa("Couto", "byline reporter never speaks")]
K[47] = [sp(D, "keep my head down", "Feeney", "quote then 'Mr Feeney told the tribunal'"),
         sp(D, "breach of trust", "Amis", "quote then 'Ms Amis told the panel'"),
         sp(I, "reported his suspicions", "Feeney", "'Giving evidence in Leeds, he said he had reported ...' (Feeney)"),
         sp(C, "verbal warning", "Feeney", "bare paragraph quote continuing Mr Feeney")]
K[48] = [sp(D, "buying pads with our own wages", "Collier", "quote then 'Ms Collier said'"),
         sp(D, "never left without what they needed", "Sedley", "quote then 'Sedley told the jury'"),
         sp(I, "staff had been told", "Collier", "A former care assistant, Bethany Collier, told Ipswich Crown Court that ..."),
         sp(C, "people with a grudge", "Sedley", "bare paragraph quote continuing Sedley")]
K[49] = [nq("Your tea, your way", "product slogan"),
         nq("only 40,000 had been sold", "data verb: figures showed that ..."),
         sp(P, "cut the kettle's price", "Beckett", "'She said' after 'Chief executive Lorna Beckett told investors'"),
         gd("right idea a little too early", "male", "'said he remained' / 'he said' for Nick Abara")]
K[50] = [nq("average prices in the North West", "data verb: Land Registry data showed that ..."),
         nq("Calloway Living", "brand name in quote marks"),
         sp(P, "expected other builders to follow", "Thorne", "'She said' after 'Analyst Rebecca Thorne ... said'"),
         gd("doing what we can to keep people moving", "male", "'he said' for Sunil Varma")]
K[51] = [sp(C, "other side of the rope", "Pemberton", "bare paragraph quote continuing Pemberton"),
         gd("privilege of my life", "male", "his retirement / he said"),
         sp(I, "heartbeat of the dressing room", "Shawcross", "Director of cricket Ian Shawcross said Pemberton had been ..."),
         sp(P, "replace a player like Andy", "Shawcross", "'he said' after Shawcross's report; the quote names Andy, so not Pemberton")]
K[52] = [sp(C, "Kevin texted me", "Dolan", "bare paragraph quote continuing Dolan (names Kevin inside)"),
         gd("rang my mam", "female", "'on her first ride'"),
         sp(I, "aimed at the Yorkshire Oaks", "Corrigan", "Trainer Jim Corrigan said the filly would ..."),
         sp(P, "rode her like", "Corrigan", "'he said' after Corrigan's report; Ciara named inside quote")]
K[53] = [sp(D, "two and a half miles", "Brack", "inverted 'said Helen Brack, whose children attend ...'"),
         sp(I, "change would save", "Tolcher", "'According to the council's cabinet member for education, Jeremy Tolcher, ...'"),
         gd("two and a half miles", "", "no gender evidence for Helen Brack (first name only)", s="Brack"),
         ns(N, "Don't Gamble With Our Kids", "Brack", "placard slogan, not Helen Brack's words")]
K[54] = [sp(D, "village lost its heart", "Lutz", "inverted 'said Graham Lutz, chairman of ...'"),
         sp(I, "taken on a manager", "Lutz", "'According to Mr Lutz, ...'"),
         gd("first drink here in 1971", "", "no gender evidence for Anne Coopland", s="Coopland"),
         nq("Saved by Fenby", "motto painted on a pub sign")]
K[55] = [sp(C, "time for someone new", "Quintero", "bare paragraph quote continuing Quintero"),
         ns(C, "win this seat back", "Quintero", "bare quote after a reporter's paragraph about Republicans: not Quintero's"),
         nq("Gang of Ten", "'so-called' group name"),
         sp(I, "tireless voice", "Ochoa", "The Arizona Democratic Party chair, Luis Ochoa, said Quintero had been ...")]
K[56] = [sp(C, "let down the mayor", "Pell", "bare paragraph quote continuing Pell's letter"),
         ns(C, "deserves better than an apology", "Pell", "bare quote after a reporter's paragraph: not Pell's"),
         nq("Textgate", "scandal label"),
         sp(I, "first step, not the last", "Harper", "Councilwoman Denise Harper, who represents Ward 4, said ...")]
K[57] = [nq("export earnings from tea", "data verb: figures showed that ..."),
         sp(P, "barely scratched the surface", "de Mel", "'he told reporters' after de Mel's reports"),
         sp(I, "weaker rupee had helped exporters", "de Mel", "Tea board chairman Niraj de Mel said ..."),
         sp(C, "change the lives of thousands", "de Mel", "bare paragraph quote continuing de Mel")]
K[58] = [nq("garment shipments fell", "data verb: data showed that ..."),
         sp(P, "squeezed from both sides", "Karim", "'she told Reuters' after Karim's reports"),
         sp(I, "already trimmed their autumn orders", "Karim", "Farzana Karim, president of ..., said ..."),
         sp(C, "will not survive the winter", "Karim", "bare paragraph quote continuing Karim")]
K[59] = [sp(D, "decent people who want a fair return", "Ferrars", "transcript line 'FERRARS: ...'"),
         gd("Two years is what we promised", "male", "Mr Ferrars / he said"),
         sp(P, "Two years is what we promised", "Ferrars", "'he said' after 'Mr Ferrars later told reporters'"),
         sp(C, "plan around that", "Ferrars", "bare paragraph quote continuing Ferrars")]
K[60] = [sp(D, "spending £1.1bn over five years", "Aspinall", "transcript line 'ASPINALL: ...'"),
         gd("right to know", "female", "Ms Aspinall / she said"),
         sp(P, "right to know", "Aspinall", "'she said' after 'Ms Aspinall said'; chair Sir Neil Cottam is a he"),
         sp(C, "hide behind averages", "Aspinall", "bare paragraph quote continuing Aspinall")]

def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    s = s.translate({0x2018: "'", 0x2019: "'", 0x201c: '"', 0x201d: '"'})
    return re.sub(r"\s+", " ", s).strip().lower()

if __name__ == "__main__":
    checks = []
    for n in sorted(K):
        assert len(K[n]) == 4, n
        text = norm(open(os.path.join(HERE, "articles", "%03d.txt" % n), encoding="utf-8").read())
        for j, c in enumerate(K[n]):
            for key in ("quote_contains", "text_contains"):
                if key in c:
                    assert norm(c[key]) in text, (n, c[key])
                    assert text.count(norm(c[key])) >= 1
            d = {"id": "t34-%03d-%s" % (n, "abcd"[j]), "half": "tune" if n % 2 else "blind",
                 "article": "%03d.txt" % n}
            d.update(c)
            # put 'why' last
            why = d.pop("why"); d["why"] = why
            checks.append(d)
    from collections import Counter
    cnt = Counter((c["half"], c["family"]) for c in checks)
    for k in sorted(cnt): print(k, cnt[k])
    print(len(checks), Counter(c["half"] for c in checks))
    json.dump(checks, open(os.path.join(HERE, "checks.json"), "w"), indent=1, ensure_ascii=False)
