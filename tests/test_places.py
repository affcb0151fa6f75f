"""`newsmine places`: recognition, resolution, guards, CLI formats, and the offsets invariant."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmine.extract.entities import Entity, extract_entities, towns_before_their_regions
from newsmine.extract.places import PlaceMention, extract_place_mentions, extract_places, places_of
from newsmine.gazetteer import distance_km
from newsmine.kinds import KINDS
from tests.conftest import set_guessed_entities


def by_name(doc):
    return {p.place: p for p in extract_places(doc)}


def mentions(make_doc, text):
    return [(m.text, m.kind, m.country_code) for m in extract_place_mentions(make_doc(text))]


def test_seed_places(seed_doc):
    places = by_name(seed_doc)
    assert (places["Russia"].kind, places["Russia"].country_code) == ("country", "RU")
    assert (places["Ukraine"].kind, places["Ukraine"].country_code) == ("country", "UA")
    moscow = places["Moscow"]
    assert (moscow.kind, moscow.country_code, moscow.country) == ("city", "RU", "Russia")
    assert distance_km(moscow.lat, moscow.lon, 55.75, 37.62) < 5
    kyiv = places["Kyiv"]  # the model leaves "Kyiv" untagged
    assert (kyiv.kind, kyiv.country_code) == ("city", "UA")
    assert distance_km(kyiv.lat, kyiv.lon, 50.45, 30.52) < 5
    kursk = places["Kursk region"]  # "Kursk" alone is labelled PRODUCT by the model
    assert (kursk.kind, kursk.country_code) == ("region", "RU")
    assert "Kursk" in kursk.aliases
    assert distance_km(kursk.lat, kursk.lon, 51.7, 36.2) < 100
    village = places["Kozachya Loknya"]  # labelled PERSON by the model, "The village of ..."
    assert (village.kind, village.country_code, village.lat, village.lon) == ("city", "RU", None, None)
    assert (places["Russian"].kind, places["Russian"].country_code) == ("demonym", "RU")
    assert (places["Ukrainian"].kind, places["Ukrainian"].country_code) == ("demonym", "UA")


def test_seed_mentions_offsets(seed_doc):
    found = extract_place_mentions(seed_doc)
    assert found
    for m in found:
        assert seed_doc.text[m.start:m.end] == m.text
    assert [m.start for m in found] == sorted(m.start for m in found)


def test_guard_common_words(make_doc):
    assert mentions(make_doc, "Reading the report, officials said the plan was nice. Nice work, she added.") == []
    assert mentions(make_doc, "Mobile phones were banned in schools. Chase Bank raised its rates, "
                              "and police gave chase.") == []


def test_guard_victoria_as_person(make_doc):
    assert mentions(make_doc, "Victoria said she would stay at home. Victoria Beckham told reporters "
                              "she was happy.") == []


def test_towns_with_common_names_in_context(make_doc):
    found = mentions(make_doc, "He later moved to Nice, France. The port of Mobile, Alabama, reopened.")
    assert found == [("Nice", "city", "FR"), ("France", "country", "FR"), ("Mobile", "city", "US"),
                     ("Alabama", "region", "US")]


def test_paris_texas(make_doc):
    doc = make_doc("The band played in Paris, Texas, on Friday.")
    paris = extract_place_mentions(doc)[0]
    assert (paris.text, paris.kind, paris.country_code) == ("Paris", "city", "US")
    assert distance_km(paris.lat, paris.lon, 33.66, -95.56) < 20


def test_paris_alone_is_france(make_doc):
    paris = extract_place_mentions(make_doc("The talks were held in Paris on Friday."))[0]
    assert (paris.text, paris.country_code) == ("Paris", "FR")


def test_georgia_follows_context(make_doc):
    us = by_name(make_doc("Storms hit Georgia on Monday. Atlanta and Savannah lost power."))
    assert (us["Georgia"].kind, us["Georgia"].country_code) == ("region", "US")
    caucasus = by_name(make_doc("Russia and Georgia fought a war in 2008. Georgia accused Moscow of "
                                "occupying its land."))
    assert (caucasus["Georgia"].kind, caucasus["Georgia"].country_code) == ("country", "GE")
    assert caucasus["Georgia"].mentions == 2


def test_kursk_region(make_doc):
    found = extract_place_mentions(make_doc("Shelling continued in the Kursk region overnight."))
    assert [(m.text, m.kind, m.country_code) for m in found] == [("Kursk region", "region", "RU")]


def test_country_names_and_demonyms(make_doc):
    found = mentions(make_doc, "Officials in Kyiv said the U.S. and Britain would help the Netherlands. "
                               "The British and Dutch ministers met Russian envoys near the Black Sea, "
                               "in the Middle East and in the Gaza Strip.")
    assert found == [("Kyiv", "city", "UA"), ("U.S.", "country", "US"), ("Britain", "country", "GB"),
                     ("Netherlands", "country", "NL"), ("British", "demonym", "GB"),
                     ("Dutch", "demonym", "NL"), ("Russian", "demonym", "RU"),
                     ("Black Sea", "water", None), ("Middle East", "region", None),
                     ("Gaza Strip", "region", "PS")]


def test_unresolved_place_keeps_null_coordinates(make_doc):
    found = extract_place_mentions(make_doc("Fighting reached the village of Zzyxoria Malenkaya."))
    assert [(m.text, m.lat, m.lon) for m in found] == [("Zzyxoria Malenkaya", None, None)]


def test_cli_places_and_country_filter(run_cli):
    result = run_cli("places", "seeds/000_99ea542e174f6d0c.txt", "-f", "jsonl", "--country", "UA")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0
    assert {r["country_code"] for r in rows} == {"UA"}
    assert {r["place"] for r in rows} == {"Ukraine", "Kyiv", "Ukrainian"}


def test_cli_mentions_columns(run_cli):
    result = run_cli("places", "seeds/000_99ea542e174f6d0c.txt", "--mentions", "-f", "tsv")
    header, first = result.stdout.splitlines()[:2]
    assert header.split("\t") == ["doc", "start", "end", "text", "place", "kind", "country_code", "lat", "lon",
                                  "country", "resolved_by"]
    assert first.split("\t")[3:7] == ["Russia", "Russia", "country", "RU"]
    assert first.split("\t")[-1] in ("unique", "population", "focus")


def test_cli_geojson(run_cli):
    result = run_cli("places", "seeds/000_99ea542e174f6d0c.txt", "-f", "geojson")
    data = json.loads(result.stdout)
    assert data["type"] == "FeatureCollection"
    names = {f["properties"]["place"]: f for f in data["features"]}
    assert "Kozachya Loknya" not in names  # no coordinates, no feature
    lon, lat = names["Moscow"]["geometry"]["coordinates"]
    assert distance_km(lat, lon, 55.75, 37.62) < 5
    assert names["Moscow"]["properties"]["mentions"] == 2


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["Paris", "Texas", ",", "in", "the", "Kursk", "region", "Russian",
                                 "Victoria", "said", ".", "\n", "“", "(", "Georgia", "U.S.", "é", "village",
                                 "of", "Nice", "🙂", "'s", "Kyiv"]) | st.text(max_size=6), max_size=25))
def test_any_text_gives_valid_offsets(make_doc, words):
    doc = make_doc(" ".join(words))
    for m in extract_place_mentions(doc):
        assert 0 <= m.start < m.end <= len(doc.text)
        assert doc.text[m.start:m.end] == m.text
        assert (m.lat is None) == (m.lon is None)
    for p in extract_places(doc):
        assert p.mentions >= 1


# ---------------------------------------------------------------- local news and context

def test_streets_are_places_without_coordinates(make_doc):
    found = mentions(make_doc, "Henry Smith, 19, of 1935 Orchard Street, Fairfax, was arrested on Main "
                               "Street near Highway 10. Dr. Jones moved to St. Louis.")
    assert found[:4] == [("Orchard Street", "place", "US"), ("Fairfax", "city", "US"),  # the street's town
                         ("Main Street", "place", None), ("Highway 10", "place", None)]
    assert found[-1] == ("St. Louis", "city", "US")  # "St." before a name is Saint, "Dr." a title
    assert all(m.lat is None for m in extract_place_mentions(make_doc("He lives on Orchard Street.")))
    # T72: a street named after a town, which the model called a body, names no town ("Oxford Street")
    found = _tagged(make_doc, "Footfall on Oxford Street in London fell sharply.",
                    [("Oxford Street", "ORG"), ("London", "GPE")])
    assert [f[0] for f in found] == ["Oxford Street", "London"]
    # ... but a state's road lies in the state (LGL's "the Ohio Turnpike")
    found = _tagged(make_doc, "She crashed on the Ohio Turnpike on Monday.", [("the Ohio Turnpike", "ORG")])
    assert [f[0] for f in found] == ["Ohio"]


def test_one_sense_per_article(make_doc):
    found = mentions(make_doc, "Police in Alexandria, Louisiana, made an arrest. Alexandria Police Chief "
                               "Ron Smith said the Alexandria woman was charged.")
    assert found == [("Alexandria", "city", "US"), ("Louisiana", "region", "US"),
                     ("Alexandria", "city", "US"), ("Alexandria", "city", "US")]


def test_surname_of_a_person_is_no_place(make_doc):
    found = mentions(make_doc, "Officials in Washington said the bill would pass. George Washington was "
                               "the first president. Washington said it was fine.")
    assert found == [("Washington", "city", "US")]


def test_county_has_coordinates_and_names_its_town(make_doc):
    paris, county = extract_place_mentions(make_doc("The fire in Paris damaged two homes on Tuesday, "
                                                    "Henry County officials said."))
    assert (paris.text, paris.country_code, county.text, county.kind) == ("Paris", "US", "Henry County", "region")
    assert distance_km(paris.lat, paris.lon, 36.30, -88.33) < 20  # Paris, Tennessee
    assert distance_km(county.lat, county.lon, 36.33, -88.32) < 50


def test_one_foreign_mention_does_not_move_a_capital(make_doc):
    found = mentions(make_doc, "He flew from London to New York on Friday.")
    assert found == [("London", "city", "GB"), ("New York", "region", "US")]


def test_a_capital_that_speaks_is_its_government_not_a_namesake_at_home(make_doc):
    """"Washington has claimed" in a British story is the US capital, not Washington, Tyne and Wear;
    a name the text uses as a town's own (its council) stays with the story's country."""
    found = mentions(make_doc, "Lawyers in London and Birmingham were shocked. Washington has claimed the men "
                               "were combatants.")
    assert ("Washington", "city", "US") in found
    found = mentions(make_doc, "The Washington council said the road in Sunderland will close.")
    assert ("Washington", "city", "GB") in found


def test_a_county_abroad_qualifies_the_town_before_it(make_doc):
    """"Camberley, Surrey" in a story naming the US and Canada was Surrey, British Columbia; a list
    of towns whose next name is also a district ("Leicester, Somerset") pairs nothing."""
    found = by_name(make_doc("A man from Camberley, Surrey, was held. Police in the US and Canada helped."))
    assert (found["Surrey"].country_code, found["Surrey"].resolved_by) == ("GB", "qualifier")
    assert found["Camberley"].resolved_by == "qualifier"
    listed = by_name(make_doc("It has offices in Manchester, Liverpool, Leicester, Somerset and York."))
    assert listed["Leicester"].resolved_by != "qualifier"


def test_where_a_person_is_from_is_a_place(make_doc):
    """The model tags "Camberley" an organisation; "a man from Camberley" says where he lives (BBC
    tech: the place was missing)."""
    assert ("Camberley", "city", "GB") in mentions(make_doc, "A man from Camberley was arrested on Monday.")
    assert ("Camberley", "city", "GB") in mentions(make_doc, "A 19-year-old from Camberley was arrested.")
    # T26: the Irish and British way of giving someone's age and home town
    aged = "Aoife Dunne, 22, from Letterkenny, recorded the interviews over two years."
    assert ("Letterkenny", "city", "IE") in mentions(make_doc, aged)


def test_where_a_worker_is_from_is_a_place_and_a_worker_from_a_firm_is_not(make_doc):
    # the model reads "Harrogate" as an organisation; a baker's "from" gives her home
    assert ("Harrogate", "city", "GB") in mentions(make_doc, "A baker from Harrogate has won a prize for her bread.")
    assert mentions(make_doc, "A worker from Siemens was hurt at the plant on Monday.") == []


def test_another_spelling_of_a_big_town_with_a_cue_is_the_town(make_doc):
    # T26: GeoNames writes Kanchipuram; an old name that is another word stays out ("Julia", Plovdiv)
    assert ("Kancheepuram", "city", "IN") in mentions(make_doc, "The temple land near Kancheepuram was sold.")
    assert mentions(make_doc, "Ann Vale, a nominee for the stage comedy Being Julia, was in town.") == []


def test_known_place_inside_a_longer_name(make_doc):
    found = extract_place_mentions(make_doc("Storms hit North Texas on Monday."))
    assert [(m.text, m.kind, m.country_code) for m in found] == [("North Texas", "region", "US")]
    assert distance_km(found[0].lat, found[0].lon, 31.3, -98.5) < 50
    jail = mentions(make_doc, "Deputies took him to the Henderson County Jail, where he remains.")
    assert jail == [("Henderson County", "region", "US")]


def test_demonym_as_language_or_surname_is_no_place(make_doc):
    assert mentions(make_doc, 'She spoke only French at home. "We agree," French said.') == []
    assert mentions(make_doc, "French troops crossed the border.") == [("French", "demonym", "FR")]
    # a position the parser reads as a verb of the demonym, yet joins to the player's name
    assert mentions(make_doc, "Samoan lock Iosefa Faleolo crossed twice.") == [("Samoan", "demonym", "WS")]


def test_informal_and_second_demonyms_give_their_country(make_doc):
    found = mentions(make_doc, "A dozen Timorese welders arrived. Bajan families use the beach. The typical Aussie "
                               "retiree likes golf.")
    assert found == [("Timorese", "demonym", "TL"), ("Bajan", "demonym", "BB"), ("Aussie", "demonym", "AU")]


def test_list_of_countries_is_no_city_in_a_country(make_doc):
    found = mentions(make_doc, "Trump's dealings in Russia, U.S. officials said on Wednesday.")
    assert found == [("Russia", "country", "RU"), ("U.S.", "country", "US")]


def test_abbreviated_provinces_and_regions(make_doc):
    found = mentions(make_doc, "The family moved from Surrey, B.C. to Regina last year.")
    assert found[:2] == [("Surrey", "city", "CA"), ("B.C.", "region", "CA")]
    eu = mentions(make_doc, "The European Union and the EU commission met. Fighting in Darfur continued.")
    assert eu == [("European Union", "region", None), ("EU", "region", None), ("Darfur", "region", "SD")]


def test_county_an_organisation_is_named_after(make_doc):
    found = mentions(make_doc, "Douglas County Public Works crews cleared the road on Monday.")
    assert found == [("Douglas County", "region", "US")]


def test_neighbouring_town_tagged_as_person(make_doc):
    found = mentions(make_doc, "Police in Alexandria, Louisiana, arrested two men. Pineville signed a "
                               "contract with Apple.")
    assert found == [("Alexandria", "city", "US"), ("Louisiana", "region", "US"), ("Pineville", "city", "US")]
    far = mentions(make_doc, "Police in Atlanta, Georgia, arrested two men. Pineville signed a contract "
                             "with Apple.")
    assert far == [("Atlanta", "city", "US"), ("Georgia", "region", "US")]


def test_stray_hamlet_abroad_is_dropped(make_doc):
    # the model tags the company "Titan" GPE; the only Titan it could be is a hamlet in another country
    found = mentions(make_doc, "The council in Dallas, Texas, met on Monday with officials from Austin and "
                               "Houston. Titan was granted a permit.")
    assert found == [("Dallas", "city", "US"), ("Texas", "region", "US"), ("Austin", "city", "US"),
                     ("Houston", "city", "US")]


def test_a_village_abroad_needs_only_one_other_place_to_be_dropped(make_doc):
    # "Britannia Building Society" in a story naming the UK is no Canadian village of 765; a name
    # that says it is a place ("the City of London") stays
    found = mentions(make_doc, "Savers at Britannia will get a payout, the UK society said.")
    assert found == [("UK", "country", "GB")]
    city = mentions(make_doc, "The drama depicts a dirty bomb attack on the City of London. It is also shown in the US.")
    assert ("City of London", "city", "GB") in city


# ---------------------------------------------------------------- issue 14: nothing rather than wrong

def near(m, lat, lon, km=50):
    return m.lat is not None and distance_km(m.lat, m.lon, lat, lon) < km


def test_a_nationality_before_the_kind_of_place_gives_an_unresolved_place_its_country(make_doc):
    found = extract_place_mentions(make_doc(
        "A cargo ship caught fire off the Norwegian island of Sveggvika on Tuesday. The crew of 14 was rescued."))
    [island] = [m for m in found if m.text == "Sveggvika"]
    assert (island.country_code, island.lat) == ("NO", None)   # the country is certain, the spot is not


def test_a_pair_after_a_bare_first_mention_sets_only_itself_apart(make_doc):
    """News qualifies a place at its first mention: a later "Birmingham, Alabama" is the other
    Birmingham, and the bare ones before and after it stay the article's own."""
    found = extract_place_mentions(make_doc(
        "Birmingham's bus drivers began a strike on Monday over pay and the hours of the new night "
        "routes. A delegation from Birmingham, Alabama, cancelled a visit planned for next month. Talks "
        "will resume in Birmingham on Thursday."))
    named = [(m.country_code, m.resolved_by) for m in found if m.text == "Birmingham"]
    assert [code for code, _ in named] == ["GB", "US", "GB"] and named[1][1] == "qualifier"
    # a headline's bare name (a short first sentence) is no first mention: the pair speaks for all
    found = extract_place_mentions(make_doc(
        "Strike hits Birmingham buses. Drivers in Birmingham, Alabama, walked out on Monday over pay. "
        "Talks will resume in Birmingham on Thursday."))
    assert [m.country_code for m in found if m.text == "Birmingham"] == ["US", "US", "US"]


def test_a_pair_decides_its_own_mention_only(make_doc):
    found = extract_place_mentions(make_doc(
        "TAMPA, Fla. — Hillsborough County voters favored the incumbent. Bellwether counties such as "
        "Hillsborough, N.H., Wake, N.C., and Jefferson, Colo., went the other way. In Hillsborough, "
        "turnout rose. Officials said Hillsborough would recount."))
    named = [m for m in found if m.text == "Hillsborough"]
    assert near(named[0], 43.11, -71.90, 20) and named[0].resolved_by == "qualifier"  # the N.H. town
    assert len(named) == 3 and all(near(m, 27.94, -82.44) for m in named[1:])  # the county of Tampa
    assert all(m.resolved_by == "focus" and m.kind == "region" for m in named[1:])
    county = next(m for m in found if m.text == "Hillsborough County")
    assert near(county, 27.94, -82.44)
    wake, jefferson = (next(m for m in found if m.text == t) for t in ("Wake", "Jefferson"))
    assert near(wake, 35.80, -78.63) and wake.kind == "region"  # Wake County, N.C., not Wake Village, Tex.
    assert near(jefferson, 39.71, -105.11) and jefferson.resolved_by == "qualifier"  # Jefferson County, Colo.


def test_a_pair_with_no_reading_in_its_state_keeps_only_the_country(make_doc):
    springfield = extract_place_mentions(make_doc("Police in Springfield, Wyo., arrested two men."))[0]
    assert (springfield.text, springfield.country_code, springfield.lat, springfield.resolved_by) == \
        ("Springfield", "US", None, "")
    states = extract_place_mentions(make_doc("Storms hit Wisconsin, Minnesota and Iowa."))  # a list
    assert [(m.text, m.kind) for m in states] == [("Wisconsin", "region"), ("Minnesota", "region"), ("Iowa", "region")]
    assert all(m.lat is not None for m in states)


def test_a_pair_with_no_reading_in_its_country_keeps_only_the_country(make_doc):
    # "St Thomas, Jamaica": no Canadian St Thomas; a list or a country opening the next clause
    # qualifies nothing
    thomas = extract_place_mentions(make_doc("He swore during a concert in St Thomas, Jamaica, in January."))[0]
    assert (thomas.text, thomas.country_code, thomas.lat, thomas.resolved_by) == ("St Thomas", "JM", None, "")
    listed = extract_place_mentions(make_doc("It flies to London, Singapore and Kuala Lumpur."))[0]
    assert (listed.text, listed.country_code) == ("London", "GB")
    clause = extract_place_mentions(make_doc("After the draw in Paris, Ireland face the Faroe Islands."))[0]
    assert (clause.text, clause.country_code) == ("Paris", "FR")
    # T64: nor a council area abroad, written without "County": "Moscow, East Ayrshire" is no Russian city
    found = by_name(make_doc("Bus cuts\n\nFamilies who live in Moscow, East Ayrshire, say they are stranded."))
    assert (found["Moscow"].country_code, found["Moscow"].lat) == ("GB", None)
    # ... but a county name that is also a town's is an item of a list; so is a county after a county
    found = by_name(make_doc("Fans\n\nFans came from Dublin, Cork, Galway and Kent, Surrey and Essex."))
    assert [found[n].country_code for n in ("Dublin", "Cork", "Kent", "Surrey")] == ["IE", "IE", "GB", "GB"]
    assert all(found[n].lat is not None for n in ("Dublin", "Kent"))
    found = by_name(make_doc("Tour\n\nStops in Shrewsbury, North Dorset, Liverpool and Basingstoke are planned."))
    assert found["Shrewsbury"].lat is not None
    doc = set_guessed_entities(make_doc("Fans came from Kent, Surrey, Sussex and beyond."),
                               [("Kent", "GPE"), ("Surrey", "GPE"), ("Sussex", "GPE")])
    assert all(m.lat is not None for m in extract_place_mentions(doc))


def test_bare_names_follow_the_article_focus(make_doc):
    richmond = extract_place_mentions(make_doc("LEXINGTON, Ky. — Police in Richmond arrested a man on "
                                               "Tuesday. Richmond officials said the jail was full."))[2]
    assert near(richmond, 37.75, -84.29, 20) and richmond.resolved_by == "focus"  # Richmond, Kentucky
    dublin = extract_place_mentions(make_doc("Students from Dublin and Columbus, Ohio, met on Monday."))[0]
    assert near(dublin, 40.10, -83.11, 20)
    aberdeen = extract_place_mentions(make_doc("Fans in Aberdeen cheered as Scotland beat Wales."))[0]
    assert aberdeen.country_code == "GB" and near(aberdeen, 57.14, -2.10, 20)


def test_names_used_as_institutions_are_no_places(make_doc):
    assert mentions(make_doc, "The White House said on Monday that the bill would pass.") == []
    # an organisation after "the" whose readings are all towns: not Chamber, Pakistan
    assert mentions(make_doc, "MPs returned to the Chamber after the recess. The Speaker said the debate in the "
                              "Chamber would last two days.") == []
    # ... but a name the text also writes without "the" is a place ("ground" parsed as a verb aside)
    found = mentions(make_doc, "About 1,000 fans protested outside the Old Trafford ground two days ago. Rival fans "
                               "stayed away from the club's Old Trafford ground.")
    assert ("Old Trafford", "city", "GB") in found
    kept = mentions(make_doc, "Police in Fargo said the Fargo school board met near the Madison County jail.")
    assert [m[0] for m in kept] == ["Fargo", "Fargo", "Madison County"]


def test_unresolved_beats_wrong(make_doc):
    found = extract_place_mentions(make_doc("Flooding hit Hyde Park in South Tampa on Monday, and Tampa "
                                            "officials closed roads in Hyde Park."))
    hyde = [m for m in found if m.text == "Hyde Park"]
    assert all(m.lat is None or near(m, 27.95, -82.46, 20) for m in hyde)  # not Boston's Hyde Park
    assert (hyde[0].country_code, hyde[0].resolved_by) == ("US", "qualifier")  # "in South Tampa": Tampa's point
    assert any(m.text == "Tampa" and near(m, 27.95, -82.46, 20) for m in found)


def test_a_part_of_a_town_lies_in_it(make_doc):
    london = by_name(make_doc("Homes near Hyde Park in London have doubled in value. "
                              "Estate agents in Kensington said prices were still rising."))
    assert near(london["Hyde Park"], 51.51, -0.17, 10) and near(london["London"], 51.51, -0.13, 10)
    seattle = by_name(make_doc("A fire broke out in Ballard in Seattle. Crews from Everett helped."))
    ballard = seattle["Ballard"]  # the one Ballard the gazetteer knows is in Utah
    assert near(ballard, 47.61, -122.33, 20) and ballard.resolved_by == "qualifier"
    chicago = by_name(make_doc("The shooting happened in Hyde Park in Chicago on Sunday."))
    assert near(chicago["Hyde Park"], 41.79, -87.59, 10)


def test_the_two_ends_of_a_stretch_lie_near_each_other(make_doc):
    # T68: "Trains between Perth and Inverness" gave Australia's Perth; only Scotland's lies near an
    # Inverness. Where both ends have near readings in two countries the focus chooses as before.
    found = by_name(make_doc("Storm warning\n\nTrains between Perth and Inverness were cancelled as snow fell."))
    assert near(found["Perth"], 56.40, -3.43, 20) and found["Perth"].resolved_by == "focus"
    assert near(found["Inverness"], 57.48, -4.22, 20)
    found = by_name(make_doc("Flights between London and Paris were cancelled. Roads between Perth and Mandurah shut."))
    assert [found[n].country_code for n in ("London", "Paris", "Perth", "Mandurah")] == ["GB", "FR", "AU", "AU"]
    text = ("Ambulance station for Perth\n\nA new station will be built in Perth, Tasmania. Residents of a "
            "locality between Perth and Longford hope it cuts response times.")
    assert all(m.country_code == "AU" for m in extract_place_mentions(make_doc(text)) if m.text in ("Perth", "Longford"))
    # a list is no stretch, nor is a journey "from A to B", which may cross the world
    found = by_name(make_doc("Storm warning\n\nSnow fell in Perth and Inverness."))
    assert found["Perth"].country_code == "AU"
    found = by_name(make_doc("Storm warning\n\nThe family moved from Perth to Inverness."))
    assert found["Perth"].country_code == "AU"
    found = by_name(make_doc("Fans\n\nVisitors from Perth and Inverness came."))
    assert found["Perth"].country_code == "AU"


def test_a_world_city_keeps_its_name_against_small_namesakes(make_doc):
    moved = by_name(make_doc("He grew up in Brooklyn and studied in Cambridge before moving to London."))
    assert moved["London"].country_code == "GB"  # not London, Ohio, though Cambridge has an Ohio reading
    local = by_name(make_doc("Police in London arrested a man on Tuesday. Laurel County deputies and officers "
                             "from Corbin helped."))
    assert near(local["London"], 37.13, -84.08, 20)  # beside Laurel County and Corbin: London, Kentucky
    state = by_name(make_doc("The Paris school board met on Tuesday. Illinois lawmakers said funding for Paris "
                             "schools would rise."))
    assert state["Paris"].country_code == "US"  # the article names Illinois


def test_resolved_by_says_what_chose_the_place(make_doc):
    places = by_name(make_doc("The band played in Paris, Texas. Russian fans flew in from Moscow."))
    assert places["Paris"].resolved_by == "qualifier" and places["Texas"].resolved_by == "qualifier"
    assert places["Russian"].resolved_by == "unique"
    alone = extract_place_mentions(make_doc("The talks were held in Paris on Friday."))[0]
    assert alone.resolved_by == "population"


# ---------------------------------------------------------------- pure functions of the Doc

def test_extraction_is_pure(make_doc):
    doc = make_doc("Police in Alexandria, Louisiana, made an arrest. Alexandria Police Chief Ron Smith "
                   "said the Russian envoy had flown in from Kyiv.")
    before = dict(doc.user_data)  # what the parse left there
    first = extract_place_mentions(doc)
    assert first and extract_place_mentions(doc) == first
    assert extract_places(doc) == places_of(first)
    assert doc.user_data == before


def test_places_of_groups_mentions():
    def mention(start, text, place, kind="city", code="US", gid=None):
        return PlaceMention(start=start, end=start + len(text), text=text, place=place, kind=kind,
                            country_code=code, lat=None, lon=None, gazetteer_id=gid)

    found = places_of([mention(0, "Kursk region", "Kursk region", "region", "RU", 7),
                       mention(20, "Russian", "Russian", "demonym", "RU"),
                       mention(30, "Kursk", "Kursk region", "region", "RU", 7),
                       mention(40, "Orchard St.", "Orchard Street", "place", None),
                       mention(60, "Orchard Street", "Orchard Street", "place", None),
                       mention(80, "Kursk", "Kursk region", "region", "RU", 7)])
    assert [(p.place, p.kind, p.mentions, p.aliases, p.spans) for p in found] == [
        ("Kursk region", "region", 3, ["Kursk"], [(0, 12), (30, 35), (80, 85)]),
        ("Russian", "demonym", 1, [], [(20, 27)]),
        ("Orchard Street", "place", 2, ["Orchard St."], [(40, 51), (60, 74)])]
    assert found[0].gazetteer_id == 7 and places_of([]) == []


# ---------------------------------------------------------------- issue 14: namesakes, non-places, sports

def test_a_pair_names_a_town_of_that_state_only(make_doc):
    bethel = extract_place_mentions(make_doc("Police in Bethel, Vt., said the road was closed."))[0]
    assert near(bethel, 43.83, -72.63, 20)  # Vermont's Bethel, not Connecticut's 200 km from its centre


def test_an_old_alternate_name_does_not_follow_the_focus(make_doc):
    found = extract_place_mentions(make_doc("The pastor of a church in Fort Worth, Texas, preached in "
                                            "Maryville on Sunday. Maryville residents listened."))
    maryville = [m for m in found if m.text == "Maryville"]
    assert maryville and not any(near(m, 28.40, -97.75, 50) for m in maryville)  # Beeville, once "Maryville"


def test_a_dateline_pair_chooses_for_the_bare_mentions(make_doc):
    found = extract_place_mentions(make_doc("SPRINGFIELD, Ohio — The school board met on Monday. Springfield "
                                            "schools will hire a superintendent, and Springfield voters will vote."))
    assert [m.text for m in found].count("Springfield") == 2
    assert all(near(m, 39.92, -83.81, 20) for m in found if m.text.casefold() == "springfield")


def test_city_council_names_the_town(make_doc):
    found = extract_place_mentions(make_doc("The Springfield City Council met on Monday in Springfield, Ohio. "
                                            "The Springfield City Schools will close."))
    council = [m for m in found if m.text == "Springfield City"]
    assert council and all(near(m, 39.92, -83.81, 20) for m in council)  # not Massachusetts' "Springfield City"


def test_two_names_that_follow_each_other_settle(make_doc):
    found = extract_place_mentions(make_doc(
        "Despite its leafy image, Richmond faces the same congestion as other parts of London, the Mayor "
        "of London said. Cycling through Richmond will get easier."))
    assert all(m.country_code == "GB" for m in found)  # Richmond upon Thames, not Virginia
    assert all(near(m, 51.46, -0.31, 20) for m in found if m.text == "Richmond")


def test_buildings_events_and_unknown_names_are_no_places(make_doc):
    assert mentions(make_doc, "Officials gathered at City Hall on St. Patrick's Day and walked to the Pentagon.") == []
    kept = mentions(make_doc, "Boats sailed on Lake Robinson near the Mayfield Road bridge.")
    assert [m[0] for m in kept] == ["Lake Robinson", "Mayfield Road"]  # a lake and a road, not Mayfield


def test_town_inside_an_organisation_name(make_doc):
    assert mentions(make_doc, "The Mobile Data Association released figures on Tuesday showing text "
                              "messages rose.") == []
    kept = mentions(make_doc, "Crews from the Cottonport Fire Station answered the call in Cottonport, Louisiana.")
    assert kept[0][0] == "Cottonport" and kept[0][2] == "US"  # a town's own fire station


def test_a_titled_name_is_a_person(make_doc):
    found = mentions(make_doc, "President Clinton met Dole in Washington on Monday. Clinton said the talks "
                               "went well.")
    assert [m[0] for m in found] == ["Washington"]


def test_sports_teams_and_lineups_give_no_places(make_doc):
    found = mentions(make_doc, "SOCCER - ARSENAL BEAT CHELSEA.\nLONDON 1996-08-24\nArsenal beat Chelsea 2-0 "
                               "at Highbury on Saturday. Brighton drew 1-1 with Hull.")
    names = [m[0] for m in found]
    assert names[0] == "LONDON" and set(names) <= {"LONDON", "Highbury"}  # the dateline and the ground
    lineup = mentions(make_doc, "SOCCER - SCOTTISH CUP RESULTS.\nGLASGOW 1996-08-24\nAberdeen 2 Dundee 1\n"
                                "Scotland - Leighton, McNamara, Boyd (Whyte 63), Hendry, Calderwood, Collins, "
                                "Samuel (Scotland 63), Miller, Grady.")
    assert [m[0] for m in lineup] == ["GLASGOW"]
    results = mentions(make_doc, "Aberdeen beat Dundee United 3-1 at Pittodrie on Saturday, and Celtic "
                                 "drew with Rangers 2-2 in Glasgow.")
    assert [m[0] for m in results] == ["Glasgow"]


def test_a_big_city_of_a_country_the_article_names(make_doc):
    found = extract_place_mentions(make_doc("GEORGETOWN, Ky. — A doctor from Georgetown was in France on vacation. "
                                            "She saw the attack in Paris on Thursday and flew home to Kentucky."))
    paris = next(m for m in found if m.text == "Paris")
    assert paris.country_code == "FR" and near(paris, 48.86, 2.35, 20)  # not Paris, Kentucky


def test_state_of_and_city_of_name_the_place(make_doc):
    found = extract_place_mentions(make_doc("The grant went to a group registered with the State of Ohio. "
                                            "Dublin residents will see new art in Dublin parks."))
    assert any(m.text.endswith("State of Ohio") and m.kind == "region" and m.country_code == "US" for m in found)
    assert all(near(m, 40.10, -83.11, 20) for m in found if m.text == "Dublin")  # Dublin, Ohio
    town = extract_place_mentions(make_doc("The City of Turkey approved a budget on Monday."))
    assert town and town[0].country_code != "TR"  # a town (of Texas), never the country


def test_abbreviated_province_the_model_left_untagged(make_doc):
    found = mentions(make_doc, "Lucy was born in Churchill, Man. her parents said.")
    assert found == [("Churchill", "city", "CA"), ("Man.", "region", "CA")]


def test_a_parish_abroad_does_not_outrank_the_town_next_door(make_doc):
    found = extract_place_mentions(make_doc("Police in Hanover said the couple lived in Bethel, Vt., and "
                                            "Hanover officials confirmed it."))
    assert all(near(m, 43.70, -72.29, 20) for m in found if m.text == "Hanover")  # New Hampshire, not Jamaica


def test_a_big_city_tagged_as_an_organisation(make_doc):
    found = mentions(make_doc, "A couple from Regina believes the cat found on a train that travelled from "
                               "Winnipeg to Edmonton on Sunday is their pet.")
    assert ("Edmonton", "city", "CA") in found
    car = mentions(make_doc, "A 1992 Toyota Corolla driven by a Dayton woman crashed on Main Street in Xenia, Ohio.")
    assert "Toyota" not in [m[0] for m in car]  # a car, not the Japanese city
    person = mentions(make_doc, "Flying Tiger bids Gainesville goodbye. Heading into the sky over Gainesville, "
                                "the restored plane left Florida.")  # "Gainesville" tagged PERSON
    assert [m[0] for m in person] == ["Gainesville", "Gainesville", "Florida"]
    lincoln = mentions(make_doc, "Abraham Lincoln spoke at Gettysburg. Lincoln said the nation would endure.")
    assert [m[0] for m in lincoln] == ["Gettysburg"]
    # two words, tagged an organisation: the city, the one of the article's region (not Bolivia's)
    storm = mentions(make_doc, "Warnings were posted for La Paz and Todos Santos on Monday as the storm moved up "
                               "the coast of Baja California Sur.")
    assert ("La Paz", "city", "MX") in storm


def test_a_town_named_for_its_people(make_doc):
    found = mentions(make_doc, "Rochester man says home was burglarized. A Rochester man was sleeping when "
                               "thieves broke in.")
    assert [m[:2] for m in found] == [("Rochester", "city"), ("Rochester", "city")]


def test_the_place_an_organisation_is_of(make_doc):
    found = mentions(make_doc, "She was treated at the Hospital of the University of Pennsylvania after the crash.")
    assert found == [("Pennsylvania", "region", "US")]


def test_a_first_name_acting_as_a_person(make_doc):
    found = mentions(make_doc, "Georgia Stevens, 15, won the junior title in Calgary. Georgia began skating "
                               "at the age of four, and Georgia trains in Red Deer every day.")
    assert [m[0] for m in found] == ["Calgary", "Red Deer"]  # the skater, not the country or the state
    state = mentions(make_doc, "Storms hit Georgia on Monday, and Atlanta lost power.")
    assert state[0] == ("Georgia", "region", "US")  # no person named Georgia here


def test_nicknames_of_states_are_no_places_without_a_cue(make_doc):
    found = mentions(make_doc, "The Equality Caucus met in Boston on Monday. Equality remains the goal, "
                               "organizers said.")
    assert [m[0] for m in found] == ["Boston"]  # not Wyoming, "the Equality State"
    titled = mentions(make_doc, "Lt. Brent Wheat said the traffic stop happened in Lansing. Wheat said the "
                                "driver fled.")
    assert [m[0] for m in titled] == ["Lansing"]  # not Kansas, "the Wheat State"
    abbreviated = mentions(make_doc, "The driver had moved from Fresno, Calif., last year.")
    assert abbreviated == [("Fresno", "city", "US"), ("Calif", "region", "US")]


def test_a_lineup_is_a_line_of_names_not_a_long_sentence():
    from newsmine.extract.sports import in_lineup

    assert in_lineup("Scotland - Leighton, McNamara, Boyd (Whyte 63), Hendry, Calderwood, Collins, Miller", 20)
    assert in_lineup("Aberdeen (4-4-2): Lewis; Logan, Taylor, Considine, Shinnie", 20)
    assert not in_lineup("Petrojet beat Ismaili 1-0 in Suez on Monday, while Zamalek, who lead the table, drew "
                         "with Enppi in Cairo, and Ahly, the champions, rested players, the league said.", 20)


def test_names_that_agree_pin_the_region_down(make_doc):
    found = extract_place_mentions(make_doc(
        "Logan students moved into a new building. The district formed when rural schools in Greene County "
        "consolidated with Rogersville. In 1965, Rogersville voted to join Logan, and Webster County schools "
        "followed."))
    assert all(near(m, 37.2, -93.1, 60) for m in found if m.text in ("Greene County", "Rogersville"))
    logan = [m for m in found if m.text == "Logan"]  # no Logan of the gazetteer lies in Missouri
    assert logan and all(m.lat is None and m.resolved_by == "" for m in logan)


def test_a_list_of_counties(make_doc):
    found = extract_place_mentions(make_doc("Enrollment has slowed in places like Jackson and Barrow counties, "
                                            "which border Athens-Clarke County in Georgia."))
    jackson, barrow = (next(m for m in found if m.text == t) for t in ("Jackson", "Barrow"))
    assert jackson.kind == barrow.kind == "region"
    assert near(jackson, 34.18, -83.57, 40) and near(barrow, 34.0, -83.71, 40)  # the counties of Georgia


def test_datelines_in_capitals(make_doc):
    found = mentions(make_doc, "Firefighters battle house fire. TEGA CAY — Local fire departments responded "
                               "on Sunday.")
    assert found == [("TEGA CAY", "city", "US")]
    paul = extract_place_mentions(make_doc("Man accused of threatening tax worker. ST. PAUL -- No matter how "
                                           "frustrated he was, a man cannot threaten a clerk, the judge said."))
    assert paul[0].text == "ST. PAUL" and near(paul[0], 44.94, -93.09, 20)


def test_the_currency_says_where_an_article_without_context_is(make_doc):
    found = extract_place_mentions(make_doc("MANSFIELD — The City Council approved a $765,000 package for repairs "
                                            "to the Mansfield police building."))
    assert found and all(m.country_code == "US" for m in found)  # not Mansfield, England
    london = extract_place_mentions(make_doc("Richmond council will spend £4.2m on cycle lanes, and Kew "
                                             "residents welcomed the plan."))
    assert [m.country_code for m in london] == ["GB", "GB"]


def test_a_name_tagged_as_someone_at_many_mentions_is_no_place(make_doc):
    found = mentions(make_doc, "Author speaks on Lincoln. Lincoln visited the fort in 1864. The troops cheered when "
                               "Lincoln arrived. Lincoln wore his stovepipe hat. Historians say Lincoln was tall. "
                               "Lincoln answered every letter. Lincoln also read the papers daily. The talk was held "
                               "in Richmond, Kentucky.")
    assert [m[0] for m in found] == ["Richmond", "Kentucky"]  # the president, not Lincoln, Nebraska
    from newsmine.extract.places import _people_named

    town = make_doc("Edmonton ranked second. Edmonton grew fast. Edmonton spent more. Edmonton hired staff. "
                    "Edmonton cut taxes. Crime is high in Edmonton, and Edmonton will act.")
    assert "edmonton" not in _people_named(town, tuple(town.ents))  # "in Edmonton": the city's council


def test_a_name_that_speaks_is_a_source_not_a_place(make_doc):
    found = mentions(make_doc, "“The paintings travelled well,” Petrova said. The exhibition opens in Moscow next "
                               "month, and Petrova said more loans would follow.")
    assert [m[0] for m in found] == ["Moscow"]  # not a village of Romania
    agency = mentions(make_doc, "The landslide buried homes in Sichuan province, according to Xinhua. Rescuers "
                                "were still digging, Xinhua reported.")
    assert [m[0] for m in agency] == ["Sichuan province"]  # the news agency, not a town of China
    city = mentions(make_doc, "Tensions rose in the Caucasus. Moscow said the talks would resume.")
    assert ("Moscow", "city", "RU") in city  # a capital speaks for its government


def test_compass_words_before_a_place_are_part_of_it(make_doc):
    found = extract_place_mentions(make_doc("Police reported a rise in youth crime in Far North Queensland "
                                            "this year."))
    assert [(m.kind, m.country_code) for m in found] == [("region", "AU")]  # not the Far North of Cameroon
    assert near(found[0], -20.0, 145.0, 50)


def test_a_dash_after_a_dateline_is_no_part_of_the_name(make_doc):
    found = extract_place_mentions(make_doc("Symphony Hall in Springfield due for renovation. SPRINGFIELD - The "
                                            "city is seeking bids, a Springfield official said."))
    assert [m.text for m in found] == ["Springfield", "SPRINGFIELD", "Springfield"]


def test_a_demonym_the_model_calls_a_person_before_a_noun(make_doc):
    found = mentions(make_doc, "One prediction about Sri Lankan political developments can be made with confidence.")
    assert found == [("Sri Lankan", "demonym", "LK")]
    assert mentions(make_doc, "“We agree,” French said.") == []  # a surname stays a person


def test_a_dotted_state_abbreviation_an_organisation_is_named_after(make_doc):
    found = mentions(make_doc, "John Nichols is past president of the S.C. Trial Lawyers Association in Columbia.")
    assert ("S.C.", "region", "US") in found


def test_a_named_country_city_known_by_a_form_of_its_name(make_doc):
    found = mentions(make_doc, "A new airline will fly from New York to St. Petersburg. Flights to Russia have "
                               "been rare since the crisis, and fares from Washington remain high.")
    assert ("St. Petersburg", "city", "RU") in found  # "St." for Saint Petersburg's "Saint", not Florida's


def test_a_building_named_after_its_road_is_no_place(make_doc):
    found = mentions(make_doc, "Voters lined up at the Blackmon Road Middle School precinct and on Elm Street in "
                               "Rock Hill.")
    assert [m[0] for m in found] == ["Elm Street", "Rock Hill"]  # the school is a building


def test_a_county_an_institution_or_an_official_is_named_after(make_doc):
    found = mentions(make_doc, "Pearlman argued in documents filed last month in Clarke County Superior Court. "
                               "McMinn County Sheriff Steve Frisbie received several calls.")
    assert [m[0] for m in found] == ["Clarke County", "McMinn County"]  # after "in"; inside a PERSON


def test_a_lawmakers_party_and_state(make_doc):
    found = mentions(make_doc, "Rep. Charles Rangel, D-N.Y., chairman of the committee, and Sen. Bob Casey, D-Pa. , "
                               "called it troubling.")
    assert found == [("N.Y.", "region", "US"), ("Pa.", "region", "US")]


def test_a_plural_of_a_generic_word_is_no_region(make_doc):
    found = mentions(make_doc, "The company formed Lakes Edge Apartments, LLC, in Orlando. Lakes Edge purchased "
                               "the property in March.")
    assert [m[0] for m in found] == ["Orlando"]  # not Lakes, a state of South Sudan


def test_names_that_agree_decide_when_nothing_pins_the_region(make_doc):
    # New London and Winfield are each towns of several states; only in Iowa do they lie 20 km apart
    found = extract_place_mentions(make_doc("The council in New London voted on Monday to hire a new police chief. "
                                            "He served for ten years in Winfield before he moved."))
    assert [m.text for m in found] == ["New London", "Winfield"]
    assert all(near(m, 41.0, -91.4, 40) for m in found)
    # a state the text names still rules: Madison and McLean counties of Kentucky, not of Illinois
    kentucky = extract_place_mentions(make_doc("Students from Madison County and McLean County met in Kentucky for "
                                               "the state finals on Friday."))
    assert len(kentucky) == 3 and all(near(m, 37.6, -85.5, 250) for m in kentucky)


def test_a_saints_name_before_an_institution_is_no_place(make_doc):
    # the model tags the saint as a place; towns bear the name too (St. John, Indiana)
    found = mentions(make_doc, "Students at St. John's Lutheran School in Lombard sang on Friday. Children at "
                               "St. Michael's Catholic School raised money.")
    assert [t for t, *_ in found] == ["Lombard"]


def test_the_place_closing_a_name_the_model_ran_on(make_doc):
    found = extract_place_mentions(make_doc("Students at Hope Lutheran School in Lombard won awards on Sunday."))
    assert [m.text for m in found] == ["Lombard"] and near(found[0], 41.88, -88.0, 20)


def test_a_party_or_club_named_after_a_place(make_doc):
    found = mentions(make_doc, "Russia held regional elections on Sunday. United Russia won most seats, and a "
                               "United Russia official thanked voters in Murmansk.")
    assert [t for t, *_ in found] == ["Russia", "Murmansk"]
    found = mentions(make_doc, "Real Madrid beat Barcelona in Madrid on Sunday.")
    assert [t for t, *_ in found] == ["Barcelona", "Madrid"]
    assert [t for t, *_ in mentions(make_doc, "The United States and the United Kingdom agreed.")] == \
        ["United States", "United Kingdom"]


def test_a_car_model_or_make_is_no_place(make_doc):
    found = mentions(make_doc, "A red Dodge Durango pulled up outside the store. Shots fired from the Durango hit a "
                               "car. She later lived in Durango.")
    assert [t for t, *_ in found] == ["Durango"]  # the last one only
    assert mentions(make_doc, "A 2005 Honda Odyssey hit a truck near Boise. In the Honda, the driver was hurt.") == \
        [("Boise", "city", "US")]


def test_a_town_and_province_the_model_ran_together(make_doc):
    # the model tags "Wainwright, Alta" as one organisation
    found = extract_place_mentions(make_doc("The fence was found during a routine safety check in Wainwright, "
                                            "Alta., by train conductor Brad Slater."))
    assert [(m.text, m.kind, m.country_code) for m in found] == [("Wainwright", "city", "CA"),
                                                                 ("Alta", "region", "CA")]
    assert near(found[0], 52.83, -110.85, 20)


def test_a_town_named_like_a_country_beside_a_town_the_text_pins_down(make_doc):
    found = extract_place_mentions(make_doc("Students at the elementary school in Jordan received a check on Monday "
                                            "from the Target store in Shakopee."))
    jordan = next(m for m in found if m.text == "Jordan")
    assert (jordan.kind, jordan.country_code) == ("city", "US") and near(jordan, 44.67, -93.63, 20)
    world = extract_place_mentions(make_doc("King Abdullah of Jordan met officials in Amman on Monday."))
    assert next(m for m in world if m.text == "Jordan").kind == "country"


def test_the_people_of_a_state_or_province_name_it(make_doc):
    found = extract_place_mentions(make_doc("Thousands of low-income Ohioans will get help with heating bills, and "
                                            "Ontarians will see a tax cut in July."))
    assert [(m.text, m.kind, m.country_code) for m in found] == [("Ohioans", "region", "US"),
                                                                 ("Ontarians", "region", "CA")]
    assert near(found[0], 40.4, -82.7, 200)
    assert [m.kind for m in extract_place_mentions(make_doc("Georgians voted for a new parliament in Tbilisi."))
            if m.text == "Georgians"] == ["demonym"]  # the country's people: the gazetteer's demonym


def test_a_cue_before_a_persons_surname_qualifying_a_noun_cues_the_noun(make_doc):
    # Blair, Nebraska; Clinton, Maryland (40 km from Washington); Congress, Arizona: none is meant
    rift = mentions(make_doc, "Brown hits back in Blair rift row\n\nGordon Brown rejected claims by a union "
                              "leader about Tony Blair. Mr Blair said nothing.")
    assert rift == []
    administration = mentions(make_doc, "A suit filed in Washington by the Clinton administration in 1999 "
                                        "was thrown out. Republican leaders in Congress welcomed it.")
    assert [m[0] for m in administration] == ["Washington"]


def _airport_mentions(make_doc, text):
    return [(m.text, m.country_code, m.lat, m.lon) for m in extract_place_mentions(make_doc(text)) if m.kind == "place"]


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Flights out of Heathrow were cancelled on Monday.", "Heathrow", 51.47, -0.46),
    ("The plane landed at O'Hare International Airport in Chicago.", "O'Hare International Airport", 41.98, -87.9),
    ("A storm delayed flights at Logan International and across Massachusetts.", "Logan International", 42.36, -71.0),
    # the model tags this one ORG: a name ending "International Airport" the gazetteer knows is a place
    ("Snow closed runways at Ottawa's Macdonald-Cartier International Airport on Sunday.",
     "Macdonald-Cartier International Airport", 45.32, -75.67)])
def test_airports_are_places(make_doc, text, name, lat, lon):
    (found,) = [m for m in _airport_mentions(make_doc, text) if m[0] == name]
    assert distance_km(found[2], found[3], lat, lon) < 10


@pytest.mark.parametrize("text", [
    "The Logan City Council met on Tuesday in Utah.",
    "The council in Logan voted on Tuesday. Utah lawmakers praised it.",
    "Residents of Heathrow met near Orlando on Tuesday. Florida officials said roads in Heathrow flooded."])
def test_a_town_named_like_an_airport_stays_the_town(make_doc, text):
    """"Logan" alone is no airport name (Boston's is "Logan International"); "Heathrow" is, but
    a story about Florida means the town near Orlando."""
    assert _airport_mentions(make_doc, text) == []


def test_a_town_takes_the_reading_in_the_state_of_the_other_places(make_doc):
    # Akron, Canton and Youngstown are all Ohio: the Madison of the story is Madison, Ohio, not a
    # Madison of a state nothing else in the text points to
    found = extract_place_mentions(make_doc("Voters in Akron, Canton and Youngstown go to the polls Tuesday. "
                                            "In Madison, the mayor is unopposed."))
    madison = [m for m in found if m.text == "Madison"]
    assert madison and all(near(m, 40.4, -82.9, 300) for m in madison)  # within Ohio


def test_a_list_of_counties_joined_by_or(make_doc):
    # "Story or Boone counties": both names are counties, as with "and"
    found = mentions(make_doc, "Farmers in Story or Boone counties may get the payments.")
    assert found == [("Story", "region", "US"), ("Boone", "region", "US")]


# --- resolution (session 6)

def _resolved(make_doc, text, name):
    found = [m for m in extract_place_mentions(make_doc(text)) if m.text == name]
    assert found, name
    return found


@pytest.mark.parametrize("text", [
    "Volunteers from Fargo, N.D., and Wahpeton, N.D., filled sandbags on Saturday. More came from Alexandria.",
    "Crews in Fargo filled sandbags on Saturday. Volunteers from Wahpeton and Alexandria joined them."])
def test_a_far_namesake_yields_to_the_reading_near_the_pinned_places(make_doc, text):
    # Fargo and Wahpeton pin the story to the Red River valley: its "Alexandria" is the
    # Minnesota town 150 km away, not the bigger Alexandria, Virginia, which no name points to
    (alexandria,) = _resolved(make_doc, text, "Alexandria")
    assert near(alexandria, 45.89, -95.38, 20)


def test_a_pair_in_the_body_pins_no_point_for_other_names(make_doc):
    # "Washington, D.C." qualifies that mention only: Augusta and Columbia of a Rock Hill story
    # are the South Carolina and Georgia towns nearby, not the Maryland and West Virginia ones
    # that lie near Washington
    text = ("His barbecue draws fans from as far as Washington, D.C. The shop in Rock Hill opened "
            "Monday, and customers drive in from Augusta and Columbia.")
    (augusta,) = _resolved(make_doc, text, "Augusta")
    (columbia,) = _resolved(make_doc, text, "Columbia")
    assert near(augusta, 33.47, -81.97, 20) and near(columbia, 34.0, -81.03, 20)


@pytest.mark.parametrize("text, is_dateline", [
    ("Mound center opens. SOUTH CHARLESTON, W.Va. -- Photographs go on display.", True),
    ("Mound center opens. SOUTH CHARLESTON, W.Va. — Photographs go on display.", True),
    ("Fans came from SOUTH CHARLESTON, W.Va. and from Ohio.", False),
    ("Mound center opens. South Charleston, W.Va. -- Photographs go on display.", False)])
def test_a_capitals_dateline_after_a_headline(text, is_dateline):
    # wire copy often follows the headline on the same line: the capitals and the dash mark the
    # dateline, which says where the story is written (and so pins a point for its other names)
    from newsmine.extract.places import _caps_dateline, _Span
    i = text.lower().index("south charleston")
    town = _Span(i, i + 16, text[i:i + 16], "GPE")
    j = text.index("W.Va")
    assert _caps_dateline(text, town, _Span(j, j + 4, "W.Va", "GPE")) is is_dateline


def test_a_town_inside_a_named_county_only_if_that_county_was_chosen(make_doc):
    # the article's McLean County is Kentucky's: its "Atlanta" is the Georgia city, not Atlanta,
    # Illinois, a small town inside McLean County, Illinois
    text = ("Kentucky teams from McLean County, Jefferson County and Montgomery County met in Louisville. "
            "Kentucky's winner goes to the finals in Atlanta.")
    (atlanta,) = _resolved(make_doc, text, "Atlanta")
    assert near(atlanta, 33.75, -84.39, 20)


@pytest.mark.parametrize("text", [
    "A dancer from Paris joins the Jackson ballet company for its spring show.",
    "Paris girl to dance in ballet. A student of Paris will dance with Ballet Arts of Jackson this weekend."])
def test_names_of_a_local_story_lie_a_county_or_two_apart(make_doc, text):
    # nothing pins the story down: "Paris" and "Jackson", 95 km apart in Tennessee, are that
    # pair, not the bigger Paris, Texas, and a Jackson of another state
    found = extract_place_mentions(make_doc(text))
    paris = [m for m in found if m.text == "Paris"]
    jackson = [m for m in found if m.text == "Jackson"]
    assert paris and jackson
    assert all(near(m, 36.3, -88.33, 20) for m in paris) and all(near(m, 35.61, -88.81, 20) for m in jackson)


def test_world_cities_named_together_stay_the_world_cities(make_doc):
    found = {m.text: m for m in extract_place_mentions(make_doc(
        "The band toured Paris and Berlin before returning home to Dublin."))}
    assert [found[n].country_code for n in ("Paris", "Berlin", "Dublin")] == ["FR", "DE", "IE"]


# --- mentions (session 6)

def _tagged(make_doc, text, guesses):
    """The places of a parsed text whose entities are the given (text, label) guesses, so the test
    reads the place rules, not the model's mood."""
    doc = set_guessed_entities(make_doc(text), guesses)
    return [(m.text, m.kind, m.country_code) for m in extract_place_mentions(doc)]


def test_a_surname_before_a_generational_suffix_is_a_surname(make_doc):
    # "Tony Servance Jr." has the surname Servance, not "Jr.": the lone "Servance" is the man
    text = "Tony Servance Jr., 20, was charged in Gainesville. A judge sentenced Servance to 15 years."
    found = _tagged(make_doc, text, [("Tony Servance Jr.", "PERSON"), ("Gainesville", "GPE"), ("Servance", "GPE")])
    assert [f[0] for f in found] == ["Gainesville"]


def test_the_duma_is_a_legislature(make_doc):
    found = _tagged(make_doc, "The bill was sent to the Duma by the president in Moscow.",
                    [("Duma", "GPE"), ("Moscow", "GPE")])
    assert [f[0] for f in found] == ["Moscow"]


def test_a_lone_foreign_town_nothing_points_to_is_no_place(make_doc):
    # "Metro Police" in a Nevada story: nothing but its being the name's one town picks Metro,
    # Indonesia (180,000 people); the story's other places all lie in the US
    text = ("A Henderson woman was hurt in a crash in Las Vegas, Nevada, on Tuesday, Metro Police said. "
            "She was taken to a hospital in Boulder City.")
    found = _tagged(make_doc, text, [("Henderson", "GPE"), ("Las Vegas", "GPE"), ("Nevada", "GPE"),
                                     ("Metro Police", "ORG"), ("Boulder City", "GPE")])
    assert "Metro" not in [f[0] for f in found]
    assert ("Las Vegas", "city", "US") in found


def test_a_town_name_in_capitals_amid_lower_case_is_an_acronym(make_doc):
    text = ("NICE to tidy neighborhoods. DeKalb residents will see the Neighborhood Improvement "
            "Coordination Effort, or NICE program, start in DeKalb, Illinois, in May.")
    found = _tagged(make_doc, text, [("DeKalb", "GPE"), ("NICE", "ORG"), ("Illinois", "GPE")])
    assert "NICE" not in [f[0] for f in found]
    assert ("Illinois", "region", "US") in found


def test_a_dateline_in_capitals_stays_a_place(make_doc):
    found = mentions(make_doc, "NICE, France -- The mayor opened the new tram line on Monday.")
    assert found and found[0][:2] == ("NICE", "city")


def test_a_name_with_a_middle_initial_and_an_age_is_a_person_not_a_lane(make_doc):
    found = mentions(make_doc, "In the car, driver Virginia L. Lane, 77, and a passenger Marvin F. Lane, "
                               "80, received minor injuries. The crash closed Elm Lane for an hour.")
    assert [f[0] for f in found] == ["Elm Lane"]


def test_a_surname_the_entity_table_files_under_a_person_is_no_place(make_doc):
    # the entity table joins "Baros" to "Pavel Baros"; Baros is also a town of Indonesia
    found = mentions(make_doc, "The winger found Pavel Baros' run early on. Later the captain took a pass "
                               "from Baros and scored.")
    assert found == []
    # cued as a place, it stays one: the entity table's grouping of "of Shipley" is no evidence
    found = mentions(make_doc, "Tom Shipley, of Shipley, said the vote was close. Shipley voted early.")
    assert found == [("Shipley", "city", "GB")]


def test_a_surnames_particle_opening_a_sentence_is_no_place(make_doc):
    # "Van den Bergh said" had given Van, a city of Turkey
    found = mentions(make_doc, "Albert van den Bergh, the shop's owner, said sales doubled in Quito. Van den Bergh "
                               "said tourists came by bus.")
    assert [f[0] for f in found] == ["Quito"]
    assert [f[0] for f in mentions(make_doc, "Flights to Van resumed. Albert van den Bergh flew.")] == ["Van"]


def test_a_person_named_with_two_town_names_is_no_place_and_votes_for_none(make_doc):
    # "Orlando Beaumont, who chairs" was Orlando and Beaumont, Texas, and put Bristol's council in Virginia
    text = ("Bristol City Council has a new writing guide. Orlando Beaumont, who chairs a plain English group "
            "in the city, said the changes were welcome.")
    found = mentions(make_doc, text)
    assert [(f[0], f[2]) for f in found] == [("Bristol City", "GB"), ("English", "GB")]
    assert ("Orlando", "city", "US") in mentions(make_doc, "Orlando Bloom flew to Orlando, Florida, on Monday.")


def test_a_town_in_a_laws_name_is_no_place_there_nor_where_it_stands_for_the_law(make_doc):
    # "beyond the Paris Agreement" and a headline's "past Paris goals" had been Paris, France
    text = "Leaders look past Paris goals\n\nThey want to go beyond the Paris Agreement, envoys said."
    assert mentions(make_doc, text) == []
    text = "The deal goes beyond the Paris Agreement, officials in Paris said."
    assert [f[0] for f in mentions(make_doc, text)] == ["Paris"]
    # a country qualifies a law as it does anything: BBC's "US anti-bribery laws" had lost the US
    text = "It broke US anti-bribery laws. Under the US Foreign Corrupt Practices Act, bribes are a crime."
    assert [f[0] for f in mentions(make_doc, text)][:1] == ["US"]


def test_towns_listed_with_other_towns_of_a_region_are_that_regions(make_doc):
    # "So do Athens, Columbus and a dozen other Georgia cities": Athens had been Greece's capital
    text = "Rents rose in Athens, Columbus and a dozen other Georgia cities last year."
    assert [(f[0], f[2]) for f in mentions(make_doc, text)] == [("Athens", "US"), ("Columbus", "US"), ("Georgia", "US")]
    text = "Flights to Athens and Rome were cancelled. Georgia cities were hit too."
    assert [(f[0], f[2]) for f in mentions(make_doc, text)][:2] == [("Athens", "GR"), ("Rome", "IT")]


def test_a_sports_storys_town_the_entity_table_calls_a_club_is_no_place(make_doc):
    text = ("Fans queued in Bolton overnight for tickets. Bolton host Burnley on Saturday in the Premiership, "
            "and their striker is fit after scoring the winning goal in the cup.")
    doc = make_doc(text)
    start = text.index("Bolton host")
    club = Entity(entity="Bolton", label="ORG", mentions=1, first_start=start, aliases=[], spans=[(start, start + 6)])
    assert [(m.text, m.start) for m in extract_place_mentions(doc, entities=[club])] == [
        ("Bolton", 15), ("Burnley", 57)]                    # "in Bolton" stays the town
    assert len(extract_place_mentions(doc, entities=[])) == 3


def test_one_word_after_a_personal_title_is_a_person(make_doc):
    # "Mr Shiga will nominally serve as": the model tagged "Shiga" GPE, a prefecture of Japan
    found = mentions(make_doc, "Carmaker names deputy\n\nAs chief operating officer, Hiroshi Shiga will run the "
                               "carmaker daily, although Mr Sato will remain chief executive.\n\nMr Shiga will "
                               "nominally serve as Mr Sato's deputy.")
    assert found == []


def test_place_mentions_read_the_entity_table():
    assert KINDS["place_mentions"].requires == ("entities",)


def test_a_title_is_no_place(make_doc):
    found = _tagged(make_doc, "As that was going on we called in Lt. Kevin Lunsford to help.",
                    [("Lt.", "GPE"), ("Kevin Lunsford", "PERSON")])   # one token since 2a2f347
    assert found == []


def test_a_name_before_a_surname_of_the_article_is_a_first_name(make_doc):
    text = "Nathan Skaggs, 2, and Natalia Skaggs, 8 months, escaped the fire in Paris, Illinois."
    found = _tagged(make_doc, text, [("Nathan Skaggs", "PERSON"), ("Natalia", "GPE"), ("Paris", "GPE"),
                                     ("Illinois", "GPE")])
    assert "Natalia" not in [f[0] for f in found]
    assert ("Paris", "city", "US") in found


def test_a_nationality_before_a_noun_is_no_town_after_in(make_doc):
    # "in Arab culture": "in" governs "culture"; Arab, Alabama is not named
    text = "The event in Jerusalem celebrated the city's role in Arab culture, officials said."
    found = _tagged(make_doc, text, [("Jerusalem", "GPE"), ("Arab", "NORP")])
    assert [f[0] for f in found] == ["Jerusalem"]


def test_an_unknown_name_before_a_noun_is_not_cued_by_in(make_doc):
    text = "Bruno, owner of Decree in Colour salon, says she was tired of it. She moved to Ottawa."
    found = _tagged(make_doc, text, [("Colour", "GPE"), ("Ottawa", "GPE")])
    assert [f[0] for f in found] == ["Ottawa"]


def test_an_unknown_name_before_an_area_noun_stays_a_place(make_doc):
    text = "The shooting happened in the Hardeetown area of Chiefland on Saturday."
    found = _tagged(make_doc, text, [("Hardeetown", "GPE"), ("Chiefland", "GPE")])
    assert [f[0] for f in found] == ["Hardeetown", "Chiefland"]


def test_a_compass_word_before_state_is_no_region(make_doc):
    found = mentions(make_doc, "New Jersey last year became the first Northern state to apologize for slavery.")
    assert found == [("New Jersey", "region", "US")]


def test_a_name_after_a_kin_word_is_the_relative(make_doc):
    text = "The car hit a trooper and Crolley's wife, Amelia, who was detained in Columbia, South Carolina."
    found = _tagged(make_doc, text, [("Crolley", "PERSON"), ("Amelia", "GPE"), ("Columbia", "GPE"),
                                     ("South Carolina", "GPE")])
    assert "Amelia" not in [f[0] for f in found]


def test_a_degree_after_a_name_is_no_state(make_doc):
    text = "Charles W. Murphy, M.D., has been named a professor in Charleston, West Virginia."
    found = _tagged(make_doc, text, [("Charles W. Murphy", "PERSON"), ("M.D.", "GPE"), ("Charleston", "GPE"),
                                     ("West Virginia", "GPE")])
    assert "M.D." not in [f[0] for f in found]


def test_an_unknown_district_is_no_place_without_a_cue(make_doc):
    text = "Voters in Nebraska's 3rd Congressional District backed the bill."
    found = _tagged(make_doc, text, [("Nebraska", "GPE"), ("3rd Congressional District", "LOC")])
    assert [f[0] for f in found] == ["Nebraska"]


# --- trust (session 6)

def test_x_city_is_the_town_x_the_article_names(make_doc):
    # "Logan City Council" beside "Logan, Utah" is Logan's council, not Logan City, Queensland
    text = "The Logan City Council voted on Monday. Logan, Utah, has doubled in size since 1990."
    found = _tagged(make_doc, text, [("Logan City Council", "ORG"), ("Logan", "GPE"), ("Utah", "GPE")])
    assert ("Logan City", "city", "AU") not in found
    assert [f[2] for f in found] == ["US", "US", "US"]


def test_x_city_council_is_the_town_xs_when_x_city_is_no_town(make_doc):
    # T72: "Bristol City Council" was "Bristol city", a county-like city of Virginia, and its country
    # vote put a Bath story in Maine
    text = ("Housing plan\n\nPlans for student beds in Bath were rejected. Neighbouring Bristol City Council "
            "approved a similar block.")
    found = by_name(make_doc(text))
    assert (found["Bristol City"].kind, found["Bristol City"].country_code, found["Bath"].country_code) == \
        ("city", "GB", "GB")
    # only its council: LGL's "Alexandria City" is Virginia's county-like city, not Egypt's Alexandria
    found = by_name(make_doc("Schools\n\nTeachers in Alexandria City, experiencing an enrollment boom, will get raises."))
    assert found["Alexandria City"].country_code == "US"


def test_x_city_stays_when_x_is_a_state(make_doc):
    text = "The Kansas City Council met. Kansas voters backed the plan."
    found = _tagged(make_doc, text, [("Kansas City Council", "ORG"), ("Kansas", "GPE")])
    assert found[0][:2] == ("Kansas City", "city")


def test_a_possessive_town_name_keeps_its_s(make_doc):
    text = "The couple settled in St. John's, Newfoundland, after the war."
    found = _tagged(make_doc, text, [("St. John's", "GPE"), ("Newfoundland", "GPE")])
    assert found == [("St. John's", "city", "CA"), ("Newfoundland", "region", "CA")]


def test_a_saints_house_is_still_no_town(make_doc):
    text = "Pupils at St. John's Catholic School raised money."
    found = _tagged(make_doc, text, [("St. John's", "GPE")])
    assert found == []


def test_a_state_before_a_town_word_is_a_town(make_doc):
    # Tennessee Colony is a Texas hamlet the gazetteer lacks: never the state of Tennessee
    text = "Cattle drowned near Tennessee Colony after the storm."
    found = _tagged(make_doc, text, [("Tennessee", "GPE")])
    assert found == [("Tennessee Colony", "city", "US")]


def test_ap_northern_virginia_qualifies_the_town(make_doc):
    text = "The firm is based in Arlington, N.Va., near the river."
    found = _tagged(make_doc, text, [("Arlington", "GPE"), ("N.Va.", "GPE")])
    assert [f[2] for f in found] == ["US", "US"]


def test_an_unknown_dotted_abbreviation_is_no_town_abroad(make_doc):
    # "Neiva" (Colombia) is known as NVA: a dotted abbreviation names only big cities
    text = "Smoke rose over N.V.A. Park on Friday, and fire crews came from Richmond, Virginia."
    found = _tagged(make_doc, text, [("N.V.A.", "GPE"), ("Richmond", "GPE"), ("Virginia", "GPE")])
    assert all(f[2] != "CO" for f in found)


def test_the_white_house_is_in_washington(make_doc):
    text = "The senators met the president at the White House on Tuesday."
    doc = make_doc(text)
    start = text.index("White House")
    doc.ents = [doc.char_span(start, start + len("White House"), label="FAC")]
    found = extract_place_mentions(doc)
    assert len(found) == 1 and distance_km(found[0].lat, found[0].lon, 38.9, -77.04) < 10


def test_compass_words_are_no_region_abroad(make_doc):
    text = ("Runners from Knoxville and Memphis will meet in the South Central District races. "
            "The South Central district covers Tennessee's hill towns.")
    found = _tagged(make_doc, text, [("Knoxville", "GPE"), ("Memphis", "GPE"), ("South Central", "LOC"),
                                     ("South Central", "LOC"), ("Tennessee", "GPE")])
    assert ("South Central", "region", None) in found and all(f[2] != "BF" for f in found)


def test_a_cue_before_a_possessive_names_no_place(make_doc):
    # "in Flores' honor": "in" governs the honour; a lone region abroad (Flores, Uruguay) is a surname
    text = ("A bench in Dallas, Texas, was set up in Flores' honor by his friends from Houston. "
            "Flores' colleagues in Austin still remember him.")
    found = _tagged(make_doc, text, [("Dallas", "GPE"), ("Texas", "GPE"), ("Flores", "GPE"), ("Houston", "GPE"),
                                     ("Flores", "GPE"), ("Austin", "GPE")])
    assert "Flores" not in [f[0] for f in found]


def test_a_name_and_a_countrys_possessive_is_no_qualifier(make_doc):
    # "Moya, Spain's Davis Cup hero": an apposition; Moya is the player, no town of Spain
    text = "The title went to Carlos Moya. Moya, Spain's best player this year, thanked the crowd."
    found = _tagged(make_doc, text, [("Carlos Moya", "PERSON"), ("Moya", "GPE"), ("Spain", "GPE")])
    assert ("Moya", "city", "ES") not in found


def test_a_full_name_after_a_title_is_the_person(make_doc):
    # a municipality bears Thabo Mbeki's name; after "President" the name is the man's
    text = "South African President Thabo Mbeki opened the summit in Pretoria."
    found = _tagged(make_doc, text, [("South African", "NORP"), ("Thabo Mbeki", "GPE"), ("Pretoria", "GPE")])
    assert "Thabo Mbeki" not in [f[0] for f in found]


def test_a_name_before_cup_is_the_trophys(make_doc):
    text = "After the Davis Cup final in Madrid, the team flew home to Valencia."
    found = _tagged(make_doc, text, [("Davis", "GPE"), ("Madrid", "GPE"), ("Valencia", "GPE")])
    assert [f[0] for f in found] == ["Madrid", "Valencia"]


def test_the_white_house_is_no_town_beside_nashville(make_doc):
    # local news names neighbouring towns bare, but no town takes "the": the building's statement
    text = "The White House said on Monday that talks would resume. Officials in Nashville disagreed."
    found = _tagged(make_doc, text, [("The White House", "ORG"), ("Nashville", "GPE")])
    assert found == [("Nashville", "city", "US")]



# --- resolution (res) ---

def _readings(make_doc, text, guesses):
    """(text, country code, lat, lon, resolved_by) of each mention, the entities set by hand."""
    doc = set_guessed_entities(make_doc(text), guesses)
    return [(m.text, m.country_code, m.lat, m.lon, m.resolved_by) for m in extract_place_mentions(doc)]


def test_an_airport_named_after_a_town_says_which_namesake(make_doc):
    # Manhattan Regional Airport serves Manhattan, Kansas: the town is not the New York borough
    text = ("Flights from Manhattan Regional Airport to Chicago start in June. Manhattan city "
            "commissioners welcomed the news on Tuesday.")
    found = _readings(make_doc, text, [("Manhattan Regional Airport", "FAC"), ("Chicago", "GPE"),
                                       ("Manhattan", "GPE")])
    town = [f for f in found if f[0] == "Manhattan"]
    assert town and distance_km(town[0][2], town[0][3], 39.18, -96.57) < 50
    assert town[0][4] == "qualifier"


def test_a_town_before_an_unknown_airport_keeps_its_reading(make_doc):
    # no airport "Manhattan Memorial Airport" in the gazetteer: nothing to go by, the borough stays
    text = "Manhattan Memorial Airport is a plan on paper. Manhattan residents are not sure."
    found = _readings(make_doc, text, [("Manhattan Memorial Airport", "FAC"), ("Manhattan", "GPE")])
    town = [f for f in found if f[0] == "Manhattan"]
    assert town and distance_km(town[0][2], town[0][3], 40.78, -73.97) < 50


def test_mt_written_short_finds_the_town(make_doc):
    # "Mt. Pleasant" beside Iowa towns is Mount Pleasant, Iowa (GeoNames spells it out)
    text = "The Mt. Pleasant band placed first in Iowa City and will play in Des Moines."
    found = _readings(make_doc, text, [("Mt. Pleasant", "GPE"), ("Iowa City", "GPE"), ("Des Moines", "GPE")])
    town = [f for f in found if f[0] == "Mt. Pleasant"]
    assert town and town[0][2] is not None and distance_km(town[0][2], town[0][3], 40.96, -91.56) < 30


def test_a_county_agrees_only_with_the_readings_its_neighbours_chose(make_doc):
    # Jackson and Scott counties lie side by side in Indiana, but this Scott County chose Minnesota
    # with the article's other places: Jackson County is Minnesota's, not Indiana's
    text = ("The wrestlers of Scott County beat Jackson County in the section final at Montgomery. "
            "They won in Delano and in Rochester before, and will wrestle in Minnesota's state meet.")
    found = _readings(make_doc, text, [("Scott County", "GPE"), ("Jackson County", "GPE"), ("Montgomery", "GPE"),
                                       ("Delano", "GPE"), ("Rochester", "GPE"), ("Minnesota", "GPE")])
    county = [f for f in found if f[0] == "Jackson County"]
    assert county and distance_km(county[0][2], county[0][3], 43.65, -95.0) < 60


def test_a_state_inside_an_organisations_name_places_a_local_town(make_doc):
    # "Texas" inside the college's name says where the story is: Mount Pleasant, Texas, not the
    # bigger Mount Pleasant of South Carolina
    text = ("She graduated from Mount Pleasant High School and studied at Northeast Texas Community "
            "College before joining the bank in Mount Pleasant.")
    found = _readings(make_doc, text, [("Mount Pleasant", "GPE"), ("Northeast Texas Community College", "ORG"),
                                       ("Mount Pleasant", "GPE")])
    town = [f for f in found if f[0] == "Mount Pleasant"]
    assert town and all(distance_km(t[2], t[3], 33.16, -94.97) < 30 for t in town)


def test_a_capital_dateline_is_the_capital_not_a_namesake(make_doc):
    # a wire story datelined WASHINGTON that names Iowa once is from the capital: Washington, Iowa
    # would be datelined "WASHINGTON, Iowa"
    text = ("Farm bill stalls. WASHINGTON (AP) — Senators put off a vote on the farm bill on Tuesday. "
            "Growers in Iowa said they would wait for the House to act.")
    found = _readings(make_doc, text, [("WASHINGTON", "GPE"), ("Iowa", "GPE")])
    town = [f for f in found if f[0] == "WASHINGTON"]
    assert town and distance_km(town[0][2], town[0][3], 38.9, -77.04) < 30


def test_a_capital_dateline_keeps_a_namesake_abroad(make_doc):
    # only the capital's own country's namesakes yield: ATHENS in a Georgia story is Athens, Georgia
    text = ("ATHENS — The Clarke County school board met Tuesday. Parents from Watkinsville and "
            "Winterville asked about bus routes in Georgia's budget.")
    found = _readings(make_doc, text, [("ATHENS", "GPE"), ("Clarke County", "GPE"), ("Watkinsville", "GPE"),
                                       ("Winterville", "GPE"), ("Georgia", "GPE")])
    town = [f for f in found if f[0] == "ATHENS"]
    assert town and distance_km(town[0][2], town[0][3], 33.96, -83.38) < 30


def test_a_provinces_name_beside_another_of_its_towns_is_the_province(make_doc):
    # Montreal lies in Quebec, 230 km from Quebec City: "Quebec" beside it is the province
    text = ("Montreal police arrested a trucker on Friday. He may not drive in Quebec until his trial, "
            "though he lives in Quebec City.")
    doc = set_guessed_entities(make_doc(text), [("Montreal", "GPE"), ("Quebec", "GPE"), ("Quebec City", "GPE")])
    found = {m.text: m for m in extract_place_mentions(doc)}
    assert found["Quebec"].kind == "region" and found["Quebec City"].kind == "city"
    assert distance_km(found["Quebec City"].lat, found["Quebec City"].lon, 46.81, -71.21) < 30


def test_a_big_citys_name_beside_another_town_of_its_state_stays_the_city(make_doc):
    # Sao Paulo (12 million) is the city though the story also names Ribeirao Preto, 300 km away
    text = "Coffee prices rose in Ribeirao Preto on Monday, and traders in Sao Paulo expect more gains."
    doc = set_guessed_entities(make_doc(text), [("Ribeirao Preto", "GPE"), ("Sao Paulo", "GPE")])
    found = {m.text: m for m in extract_place_mentions(doc)}
    assert found["Sao Paulo"].kind == "city"

def test_a_name_after_the_that_names_a_sea_is_the_sea(make_doc):
    # Egypt has a Red Sea governorate, but "the Red Sea" is the sea, whatever the Egyptian says
    text = "A ferry with 30 people aboard sank in the Red Sea on Monday, an Egyptian official said."
    doc = set_guessed_entities(make_doc(text), [("Red Sea", "LOC"), ("Egyptian", "NORP")])
    sea = [m for m in extract_place_mentions(doc) if m.text == "Red Sea"]
    assert sea and sea[0].kind == "water"


def test_dollars_tell_a_state_from_a_country_of_its_name(make_doc):
    # "Georgia" alone is the country or the US state; a fine in dollars says which
    text = "Georgia's new schools chief could face a $15,000 fine, the state ethics panel said on Tuesday."
    doc = set_guessed_entities(make_doc(text), [("Georgia", "GPE")])
    found = [m for m in extract_place_mentions(doc) if m.text == "Georgia"]
    assert found and (found[0].kind, found[0].country_code) == ("region", "US")
    text = "Georgia's government in Tbilisi will repay a $200 million loan next year."
    doc = set_guessed_entities(make_doc(text), [("Georgia", "GPE"), ("Tbilisi", "GPE")])
    found = [m for m in extract_place_mentions(doc) if m.text == "Georgia"]
    assert found and (found[0].kind, found[0].country_code) == ("country", "GE")


# --- mention precision (ment) ---

def test_a_nationality_opening_a_hyphenated_adjective_is_no_town(make_doc):
    # "in the Arab-Israeli conflict": "in" governs the conflict; Arab is also a town in Alabama
    text = "Little has changed in the Arab-Israeli conflict, officials said in Cairo."
    found = _tagged(make_doc, text, [("Arab", "NORP"), ("Israeli", "NORP"), ("Cairo", "GPE")])
    assert "Arab" not in [f[0] for f in found] and ("Cairo", "city", "EG") in found


def test_a_style_or_an_ethnic_group_is_no_place(make_doc):
    text = ("Plans for an Asian-themed casino in Reno were dropped. The state's African-American Affairs "
            "Commission met there, and a Jordan Valley-style clinic opened nearby.")
    found = _tagged(make_doc, text, [("Asian", "NORP"), ("Reno", "GPE"),
                                     ("African-American Affairs Commission", "ORG"), ("Jordan", "GPE")])
    assert [f[0] for f in found] == ["Reno"]


def test_titles_after_a_noun_of_works_are_no_places(make_doc):
    text = ("The studio worked on such films as Jurassic Park, Alien and Iron Man. Its owner produced "
            "the movies Borderland, Tamara and Hollow before moving to Burbank.")
    found = _tagged(make_doc, text, [("Jurassic Park", "FAC"), ("Tamara", "GPE"), ("Burbank", "GPE")])
    assert [f[0] for f in found] == ["Burbank"]
    text = "Their third album, War, sold well in Dublin."
    found = _tagged(make_doc, text, [("War", "GPE"), ("Dublin", "GPE")])
    assert [f[0] for f in found] == ["Dublin"]  # set beside its noun with a comma: not War, West Virginia


def test_a_building_named_in_a_town_is_not_in_the_place_its_name_borrows(make_doc):
    hotel = by_name(make_doc("The award was given at a ceremony at the Roosevelt Hotel in Hollywood on Tuesday."))
    assert "Roosevelt" not in hotel and hotel["Hollywood"].country_code == "US"  # not Roosevelt, New York
    park = by_name(make_doc("Crowds gathered at Roosevelt Park in Chicago on Monday."))
    assert "Roosevelt" not in park  # the park's name, not the town
    river = by_name(make_doc("Divers searched the Naugatuck River in Derby, Connecticut, on Monday."))
    assert any(p.country_code == "US" and p.lat for k, p in river.items() if k.startswith("Naugatuck"))


def test_two_names_joined_by_and_that_name_one_country_are_one_place(make_doc):
    found = by_name(make_doc("In the Caribbean nation of Trinidad and Tobago, bloggers read the messages."))
    assert found["Trinidad and Tobago"].country_code == "TT" and "Trinidad" not in found  # not Trinidad, Colorado
    bosnia = by_name(make_doc("Fans in Bosnia and Herzegovina cheered the result."))
    assert bosnia["Bosnia and Herzegovina"].country_code == "BA"
    two = by_name(make_doc("Trade between France and Germany grew."))
    assert {"France", "Germany"} <= set(two)


def test_a_name_before_brand_is_the_makers(make_doc):
    text = "Thieves took a Milwaukee brand hammer drill from a shed in Fargo."
    found = _tagged(make_doc, text, [("Milwaukee", "GPE"), ("Fargo", "GPE")])
    assert [f[0] for f in found] == ["Fargo"]


def test_a_first_name_before_a_partners_full_name_is_no_place(make_doc):
    text = "Shannon and Julie Ward, visiting from Los Angeles, said they liked the show."
    found = _tagged(make_doc, text, [("Shannon", "GPE"), ("Julie Ward", "PERSON"), ("Los Angeles", "GPE")])
    assert [f[0] for f in found] == ["Los Angeles"]
    # after a preposition the name is the place: "Smith of Newark and Michael Sweeney of Hayward"
    text = "Mayors David Smith of Newark and Michael Sweeney of Hayward delivered meals."
    found = _tagged(make_doc, text, [("David Smith", "PERSON"), ("Newark", "GPE"), ("Michael Sweeney", "PERSON"),
                                     ("Hayward", "GPE")])
    assert [f[0] for f in found] == ["Newark", "Hayward"]


def test_an_unknown_ing_word_is_an_activity(make_doc):
    text = "He earned the highest rank in Scouting at a ceremony in Omaha."
    found = _tagged(make_doc, text, [("Scouting", "GPE"), ("Omaha", "GPE")])
    assert [f[0] for f in found] == ["Omaha"]


def test_a_lone_capital_is_no_place(make_doc):
    text = "Sen. Rich Olive, D-Ames, and Rep. Vicki Lensing, D-Iowa City, voted no."
    found = _tagged(make_doc, text, [("Rich Olive", "PERSON"), ("D", "GPE"), ("Ames", "GPE"),
                                     ("Vicki Lensing", "PERSON"), ("Iowa City", "GPE")])
    assert "D" not in [f[0] for f in found]


def test_a_make_after_a_colour_is_the_car(make_doc):
    text = "The driver of a silver Pontiac Grand Prix was shot on Monday in Richmond."
    found = _tagged(make_doc, text, [("Pontiac Grand Prix", "FAC"), ("Richmond", "GPE")])
    assert [f[0] for f in found] == ["Richmond"]


def test_an_untagged_name_after_the_is_an_institution(make_doc):
    # no town takes "the": "the Woodlands" here is a charity, at all its mentions (not The Woodlands, Texas)
    text = ("The farm near Marshall is owned by the Woodlands, a charity. She volunteered at the Woodlands "
            "for years, and the Woodlands wants a new trail.")
    found = _tagged(make_doc, text, [("Marshall", "GPE")])
    assert [f[0] for f in found] == ["Marshall"]
    # "the Nice of Russia" likens Sochi to Nice: the name stays
    text = "Sochi should become the Nice of Russia, he said."
    found = _tagged(make_doc, text, [("Sochi", "GPE"), ("Russia", "GPE")])
    assert "Nice" in [f[0] for f in found]


def test_a_season_opening_an_events_name_is_the_season(make_doc):
    text = "Volunteers planned each town's Spring Cleanup in Laurel County. The Spring Cleanup ends next week."
    found = _tagged(make_doc, text, [("Spring Cleanup", "ORG"), ("Laurel County", "GPE")])
    assert [f[0] for f in found] == ["Laurel County"]


def test_a_village_named_in_the_possessive_is_the_village(make_doc):
    # "the Village of Glen Carbon's budget": after "village of" the possessive is the village's;
    # the bare "Village" the model tags is no town of that name
    text = "Phase one had been in the Village of Glen Carbon's budget, officials in Edwardsville said."
    found = _tagged(make_doc, text, [("Village", "GPE"), ("Glen Carbon", "PERSON"), ("Edwardsville", "GPE")])
    assert [f[0] for f in found] == ["Glen Carbon", "Edwardsville"]


def test_a_newspaper_or_photo_credit_names_no_place(make_doc):
    text = ("Rates rose 7 percent in Lansing. - Lansing State Journal\n"
            "March 24, 2009 From Lansing State Journal The council met on Monday. "
            "(AP Photo/Oakland Police Department)")
    found = _tagged(make_doc, text, [("Lansing", "GPE"), ("Lansing State Journal", "ORG"),
                                     ("Lansing State Journal", "ORG"), ("Oakland Police Department", "ORG")])
    assert [f[0] for f in found] == ["Lansing"]


def test_guards_of_the_style_and_the_body_rules(make_doc):
    # two nations joined by a hyphen stay ("Chinese-American relations"), and so does a town whose
    # name takes "the" ("the Hague" is The Hague)
    text = "The envoys discussed Chinese-American relations in Beijing."
    found = _tagged(make_doc, text, [("Chinese", "NORP"), ("Beijing", "GPE")])
    assert ("Chinese", "demonym", "CN") in found
    text = "Judges at the Hague ruled on Monday, officials in Amsterdam said."
    found = _tagged(make_doc, text, [("Amsterdam", "GPE")])
    assert "Hague" in [f[0] for f in found]


# --- names used as no place (prec2) ---

def test_a_cue_before_a_surnames_possessive_cues_the_owned_noun(make_doc):
    # "in Polling's mailbox": "in" governs the mailbox; Polling (a town in Germany) is the man
    text = "Protesters marched to the home of Douglas Polling in Fairfield. They left a note in Polling's mailbox."
    found = _tagged(make_doc, text, [("Douglas Polling", "PERSON"), ("Fairfield", "GPE"), ("Polling", "GPE")])
    assert [f[0] for f in found] == ["Fairfield"]


def test_a_god_a_planet_or_a_climate_pattern_is_no_place(make_doc):
    text = ("Her faith in God never wavered, she said in Tulsa. The probe will study the moons of Jupiter, "
            "and forecasters expect El Nino to bring rain. Believers call Alexandria the capital of Coptic Christianity.")
    found = _tagged(make_doc, text, [("God", "GPE"), ("Tulsa", "GPE"), ("Jupiter", "LOC"), ("El Nino", "LOC"),
                                     ("Alexandria", "GPE"), ("Coptic Christianity", "ORG")])
    assert [f[0] for f in found] == ["Tulsa", "Alexandria"]
    # a qualifier or residents make the namesake town: "Jupiter, Fla.", "a Jupiter man"
    text = "A Jupiter man was arrested at his home in Jupiter, Fla., on Friday."
    found = _tagged(make_doc, text, [("Jupiter", "GPE"), ("Jupiter", "GPE"), ("Fla.", "GPE")])
    assert [f[0] for f in found].count("Jupiter") == 2


def test_a_name_opening_an_awards_name_is_no_place(make_doc):
    text = "The Golden Globe-nominated drama opened in Denver, and the Ballon d'Or went to a striker from Lisbon."
    found = _tagged(make_doc, text, [("Golden", "GPE"), ("Denver", "GPE"), ("Ballon", "GPE"), ("Lisbon", "GPE")])
    assert [f[0] for f in found] == ["Denver", "Lisbon"]


def test_an_ocean_opening_a_climate_patterns_name_is_no_place(make_doc):
    text = "A cold Pacific Decadal Oscillation phase means wetter winters in Seattle."
    found = _tagged(make_doc, text, [("Pacific", "LOC"), ("Seattle", "GPE")])
    assert [f[0] for f in found] == ["Seattle"]


def test_a_lone_name_after_a_is_one_of_a_makes_products(make_doc):
    # "the hotel, a Hilton, ..." (Hilton, a town in New York); "a Kansas City, Kan., officer" stays
    text = "The developer built the hotel, a Hilton, near the river in Omaha."
    found = _tagged(make_doc, text, [("Hilton", "GPE"), ("Omaha", "GPE")])
    assert [f[0] for f in found] == ["Omaha"]
    text = "The suspect dragged a Kansas City, Kan., police officer."
    found = _tagged(make_doc, text, [("Kansas City", "GPE"), ("Kan.", "GPE")])
    assert "Kansas City" in [f[0] for f in found]


def test_a_name_opening_an_eponymous_noun_is_no_place(make_doc):
    text = ("Rioters threw Molotov cocktails at police in Athens, and health officials in Boise "
            "reported two cases of West Nile virus.")
    found = _tagged(make_doc, text, [("Molotov", "GPE"), ("Athens", "GPE"), ("Boise", "GPE"), ("West Nile", "LOC")])
    assert [f[0] for f in found] == ["Athens", "Boise"]
    # a noun after the phrase makes the name a qualifier again
    text = "Officials counted 40 Chicago virus cases on Monday."
    found = _tagged(make_doc, text, [("Chicago", "GPE")])
    assert [f[0] for f in found] == ["Chicago"]


def test_a_drink_named_after_its_region_is_no_place(make_doc):
    # T64: "a glass of Vouvray" (PERSON for the model) in a story from Tours was a neighbouring town
    text = "Wine\n\nShe ordered a glass of Vouvray and a bottle of Champagne in Tours, then a cup of Assam."
    assert [t for t, _, _ in mentions(make_doc, text)] == ["Tours"]
    found = _tagged(make_doc, "A glass of Vouvray costs more in Tours.", [("Vouvray", "GPE"), ("Tours", "GPE")])
    assert [f[0] for f in found] == ["Tours"]
    # T38: nor a cake named after a neighbouring town (PERSON for the model)
    found = _tagged(make_doc, "Councillors in Perth, Scotland, met. Visitors were offered tea and Dundee cake.",
                    [("Perth", "GPE"), ("Scotland", "GPE"), ("Dundee", "PERSON")])
    assert [f[0] for f in found] == ["Perth", "Scotland"]


def test_a_name_the_article_uses_as_an_eponym_is_none_at_its_other_mentions(make_doc):
    # T16: a headline's "West Nile virus death" and a body's "infected with West Nile" were Egypt
    text = ("Ohio reports first West Nile virus death\n\nOfficials in Ohio said a man died of West Nile "
            "virus this week. Most people infected with West Nile have no symptoms.")
    guesses = [("Ohio", "GPE"), ("West Nile", "LOC"), ("Ohio", "GPE"), ("West Nile", "GPE"), ("West Nile", "GPE")]
    found = _tagged(make_doc, text, guesses)
    assert {f[0] for f in found} == {"Ohio"}
    # a place cue keeps a mention a place: "cases in Lyme" beside "Lyme disease"
    text = "Lyme disease is common. Cases in Lyme rose this year."
    found = _tagged(make_doc, text, [("Lyme", "GPE"), ("Lyme", "GPE")])
    assert "Lyme" in [f[0] for f in found]


def test_a_name_before_a_number_word_is_a_groups(make_doc):
    text = 'A court in Austin cleared the so-called "Waco Four" on Monday.'
    found = _tagged(make_doc, text, [("Austin", "GPE"), ("Waco", "GPE")])
    assert [f[0] for f in found] == ["Austin"]


def test_a_whole_name_after_a_mid_sentence_the_is_a_title(make_doc):
    text = "The speech in Dallas was filmed by The Atlantic, and judges at The Hague watched it."
    found = _tagged(make_doc, text, [("Dallas", "GPE"), ("Atlantic", "LOC"), ("The Hague", "GPE")])
    assert [f[0] for f in found] == ["Dallas", "Hague"]
    # a country some write with a capital "The" stays
    text = "He was born in The Gambia and grew up in Dakar."
    found = _tagged(make_doc, text, [("Gambia", "GPE"), ("Dakar", "GPE")])
    assert [f[0] for f in found] == ["Gambia", "Dakar"]


def test_an_abbreviation_without_its_period_opening_a_name_is_a_word(make_doc):
    # "La" of "La Liga" is the Spanish article, not Louisiana's "La."
    text = "The club leads La Liga after a win in Valencia."
    found = _tagged(make_doc, text, [("La", "GPE"), ("Valencia", "GPE")])
    assert [f[0] for f in found] == ["Valencia"]


# --- s9: airports' grade words, towns named like countries, local features, phone numbers, firms ---

def _reading_of(found, name):
    return next(f for f in found if f[0] == name)


def test_an_airport_named_with_another_grade_word_still_says_which_town(make_doc):
    # the gazetteer knows "London Airport" (Ontario); the text adds "International"
    text = ("A cargo jet left London International Airport at dawn. London council wants more "
            "flights by next year.")
    found = _readings(make_doc, text, [("London International Airport", "FAC"), ("London", "GPE")])
    town = [f for f in found if f[0] == "London"]
    assert town and distance_km(town[0][2], town[0][3], 42.98, -81.23) < 50


def test_a_country_name_before_a_resident_is_a_town(make_doc):
    # "a Jordan woman", not "a Jordanian woman": the town in Minnesota, where the story is
    text = "A Jordan woman was hurt when her car left the road near Shakopee, Minnesota, on Sunday."
    found = _readings(make_doc, text, [("Jordan", "GPE"), ("Shakopee", "GPE"), ("Minnesota", "GPE")])
    jordan = _reading_of(found, "Jordan")
    assert jordan[1] == "US" and distance_km(jordan[2], jordan[3], 44.67, -93.63) < 30


def test_a_country_abbreviation_before_a_resident_stays_the_country(make_doc):
    # "a US man" is English: the abbreviation, unlike the name, is used before nouns
    text = "A US man was detained at the airport in Jordan after his passport expired."
    found = _readings(make_doc, text, [("US", "GPE"), ("Jordan", "GPE")])
    assert _reading_of(found, "US")[1] == "US"
    assert _reading_of(found, "Jordan")[1] == "JO"


def test_a_phone_number_says_which_state_a_town_is_in(make_doc):
    # area code 413 is western Massachusetts: Springfield, Mass., not Missouri's or Illinois'
    text = "Springfield will hold a tree sale on Saturday. For details call 413-555-0142."
    found = _readings(make_doc, text, [("Springfield", "GPE")])
    town = _reading_of(found, "Springfield")
    assert distance_km(town[2], town[3], 42.10, -72.59) < 30


def test_a_name_before_apartment_complexes_is_the_propertys(make_doc):
    # a complex named "Hampton Hills" is not in Hampton; "a Dallas apartment" stays Dallas
    text = ("Crews will tear down the Cedar Hollow and Hampton Hills apartment complexes next month. "
            "A Dallas apartment complex was sold on Friday.")
    found = _readings(make_doc, text, [("Cedar Hollow", "LOC"), ("Hampton Hills", "LOC"), ("Dallas", "GPE")])
    names = [f[0] for f in found]
    assert "Hampton" not in names and "Hampton Hills" not in names and "Cedar Hollow" not in names
    assert "Dallas" in names


def test_a_name_that_opens_a_firms_name_is_the_firm_throughout(make_doc):
    # "Titan Operating ... Titan will drill": the firm, not Titan, Afghanistan
    text = ("Titan Operating won a permit on Tuesday. Titan will drill 20 wells near Arlington, "
            "Texas, the council said.")
    found = _readings(make_doc, text, [("Titan Operating", "ORG"), ("Titan", "GPE"), ("Arlington", "GPE"),
                                       ("Texas", "GPE")])
    assert "Titan" not in [f[0] for f in found]
    film = mentions(make_doc, "Paramount Pictures, the studio behind the film, bought the rights. The film "
                              "could become a franchise for Paramount, analysts in Los Angeles said.")
    assert [f[0] for f in film] == ["Los Angeles"]  # not Paramount, California


def test_an_unknown_lake_in_a_one_town_story_takes_the_towns_point(make_doc):
    # the story is about Dublin, Ohio: its "Quarry Bend Lake" lies there
    text = ("DUBLIN, Ohio — The city will rebuild the dock at Quarry Bend Lake this summer. "
            "Dublin officials expect it to open in August.")
    found = _readings(make_doc, text, [("DUBLIN", "GPE"), ("Ohio", "GPE"), ("Quarry Bend Lake", "LOC"),
                                       ("Dublin", "GPE")])
    lake = _reading_of(found, "Quarry Bend Lake")
    assert lake[4] == "focus" and distance_km(lake[2], lake[3], 40.10, -83.11) < 30


def test_an_unknown_park_takes_no_towns_point(make_doc):
    # a football ground is "X Park": a Norwich report of a game "at Goodison Park" is no park of Norwich
    text = ("DUBLIN, Ohio — The Dublin team lost 2-1 at Ferrow Park on Saturday. "
            "Dublin officials expect a new coach in August.")
    found = _readings(make_doc, text, [("DUBLIN", "GPE"), ("Ohio", "GPE"), ("Ferrow Park", "FAC"), ("Dublin", "GPE")])
    ground = [f for f in found if f[0] == "Ferrow Park"]
    assert not ground or ground[0][2] is None


def test_an_unknown_park_in_a_story_of_many_places_stays_unplaced(make_doc):
    # Washington named twice among many places is no story's one town ("Ossian Square in Taipei"
    # would say where it is: see test_a_part_of_a_town_lies_in_it)
    text = ("Washington said protests at Ossian Square worried officials in Taipei, Beijing, Tokyo "
            "and Seoul. Washington will send an envoy.")
    found = _readings(make_doc, text, [("Washington", "GPE"), ("Ossian Square", "FAC"), ("Taipei", "GPE"),
                                       ("Beijing", "GPE"), ("Tokyo", "GPE"), ("Seoul", "GPE")])
    square = [f for f in found if f[0] == "Ossian Square"]
    assert not square or square[0][2] is None


def test_a_demonym_opening_a_firms_name_stays_a_demonym(make_doc):
    text = "British Petroleum raised prices, and British drivers complained."
    found = _readings(make_doc, text, [("British Petroleum", "ORG"), ("British", "NORP")])
    british = [f[1] for f in found if f[0] == "British"]
    assert british and set(british) == {"GB"}


def test_a_state_opening_a_firms_name_stays_a_place(make_doc):
    # "Alaska Energy" is a firm; "Alaska lawmakers" are still Alaska's
    text = "Shares of Alaska Energy rose on Monday. Alaska lawmakers said they would respond."
    found = _readings(make_doc, text, [("Alaska Energy", "ORG"), ("Alaska", "GPE")])
    assert set(f[1] for f in found if f[0] == "Alaska") == {"US"}  # the firm's "Alaska" too, as README says


def test_a_country_name_before_a_resident_word_may_be_a_us_state_but_a_native_stays_abroad(make_doc):
    # "a Georgia man" comes from the state; "a Mexico native" was born in Mexico
    state = _readings(make_doc, "A Georgia man was arrested on Monday after a chase.", [("Georgia", "GPE")])
    assert [(f[0], f[1]) for f in state] == [("Georgia", "US")]
    abroad = _readings(make_doc, "The Mexico native moved to Chicago in 1990.", [("Mexico", "GPE"), ("Chicago", "GPE")])
    mexico = [f for f in abroad if f[0] == "Mexico"]
    assert mexico[0][1] == "MX" and distance_km(mexico[0][2], mexico[0][3], 23, -102) < 300


def test_a_capitals_dateline_tagged_short_of_its_first_word_is_the_whole_town(make_doc):
    # "HAMPTON" is found alone in "EAST HAMPTON —": the dateline names East Hampton, Connecticut,
    # not Hampton, Virginia.
    found = extract_place_mentions(make_doc("Man hurt in fiery crash. EAST HAMPTON — Police are investigating a "
                                            "crash early Friday that injured a 20-year-old man."))
    assert [m.text for m in found] == ["EAST HAMPTON"] and near(found[0], 41.58, -72.50, 20)


def test_a_post_town_is_a_place_only_beside_its_storys_places(make_doc):
    # Tennessee Colony (Texas) is below GeoNames' 500 people but has a post office: beside Anderson
    # County and Palestine it is that town; in a story with no place near one, it stays unresolved.
    found = {m.text: m for m in extract_place_mentions(make_doc(
        "Deputies arrested a Tennessee Colony man on Friday, the Anderson County sheriff said in Palestine."))}
    assert near(found["Tennessee Colony"], 31.80, -95.90, 30)
    alone = {m.text: m for m in extract_place_mentions(make_doc(
        "The band flew from London to play two nights in Tennessee Colony before the tour ended."))}
    assert alone["Tennessee Colony"].lat is None and alone["London"].country_code == "GB"


def test_a_town_found_short_of_its_first_words_is_the_whole_name(make_doc):
    # The model finds "Barrel City" or "Grove" alone; the capitalised word before completes a town
    # the gazetteer knows (Gun Barrel City, Texas) or a post town near the story (Meadow Grove,
    # Nebraska, beside Norfolk); "The" opens no town's name.
    found = extract_place_mentions(make_doc("He moved to Gun Barrel City last year."))
    assert [m.text for m in found] == ["Gun Barrel City"] and near(found[0], 32.33, -96.15, 20)
    grove = {m.text: m for m in extract_place_mentions(make_doc(
        "COLUMBUS -- A Columbus woman who accused a Meadow Grove man of theft was fined in Platte County on Monday."))}
    assert near(grove["Meadow Grove"], 42.02, -97.73, 20) and "Grove" not in grove
    herald = extract_place_mentions(make_doc("The mayor spoke to The Miami Herald on Friday."))
    assert [m.text for m in herald] == ["Miami"]


def test_a_persons_of_names_the_town_they_live_in(make_doc):
    # Local news: "Name, age, of Town", "said Name, of Town", "First Last of Town". The entity
    # table calls the town a place too. Not a film title's "Maria Full of Grace", an office's
    # "Clerk of Council", a team's "of Rock Racing", or the first word of "Gun Barrel City".
    from newsmine.extract.entities import extract_entities
    doc = make_doc("The driver, Thomas Wayne Hellinghausen, 22, of Winfield, was taken to a hospital in "
                   "Wichita, Kansas. \"We expect that,\" said Amstutz, of Wooster, Ohio. Norb Mages of "
                   "Lindsay, Oklahoma, was driving.")
    found = {m.text: m for m in extract_place_mentions(doc)}
    assert near(found["Winfield"], 37.24, -97.0, 30) and near(found["Wooster"], 40.8, -81.94, 20)
    assert near(found["Lindsay"], 34.84, -97.6, 30)
    labels = {e.entity: e.label for e in extract_entities(doc)}
    assert labels["Winfield"] == labels["Wooster"] == "GPE"
    assert labels["Thomas Wayne Hellinghausen"] == labels["Amstutz"] == "PERSON"
    none = make_doc("Moreno starred in the drama Maria Full of Grace. Clerk of Council Anne Clarke said "
                    "so. He was followed by David Vitoria of Rock Racing. Kandace Yancy Marriott, 52, of "
                    "Gun Barrel City, was found guilty.")
    texts = [m.text for m in extract_place_mentions(none)]
    assert "Grace" not in texts and "Council" not in texts and "Rock Racing" not in texts
    assert "Gun Barrel City" in texts and "Gun" not in texts


def test_a_place_cut_at_an_abbreviations_period_is_the_whole_name(make_doc):
    # The model tags "Fort St." a place and "John" a person; the gazetteer knows Fort St. John,
    # British Columbia. Both tables give the whole name, once.
    from newsmine.extract.entities import extract_entities
    doc = make_doc("Police in Fort St. John said the road was closed. The RCMP in Fort St. John asked "
                   "drivers to stay home.")
    (place,) = extract_places(doc)
    assert place.place == "Fort St. John" and place.mentions == 2 and near(place, 56.25, -120.85, 20)
    names = {e.entity: e.label for e in extract_entities(doc)}
    assert names.get("Fort St. John") == "GPE" and "John" not in names and "Fort St" not in names


def test_englands_counties_that_iso_lacks_are_english_regions(make_doc):
    # ISO 3166-2 lists Cheshire only as its councils' parts and the metropolitan counties not at
    # all, so "Yorkshire" was Yorkshire, New York and "West Midlands" a region of Zimbabwe.
    found = {m.text: m for m in extract_place_mentions(make_doc(
        "She was born in Runcorn, Cheshire, and grew up in Yorkshire. Police in Merseyside and the West "
        "Midlands said the inquiry would widen."))}
    assert {found[n].country_code for n in ("Runcorn", "Cheshire", "Yorkshire", "Merseyside", "West Midlands")} == {"GB"}
    assert found["Cheshire"].kind == "region" and near(found["Runcorn"], 53.34, -2.73, 10)


def test_a_name_listed_after_a_cued_place_shares_its_cue(make_doc):
    # "stopped in Oakport and Moorhead": the model tags Moorhead no place, the list's "in" cues it.
    # Not a subject ("in Iraq and Bush said"), a possessor ("in Europe and McDonald's sales"), a
    # list of roads, or a name after a date ("in October and Moore").
    found = {m.text: m for m in extract_place_mentions(make_doc(
        "The governor stopped in Oakport and Moorhead, urging residents to help with sandbags."))}
    assert near(found["Moorhead"], 46.87, -96.77, 20)
    texts = {m.text for m in extract_place_mentions(make_doc(
        "He was in Iraq and Bush said nothing. He ran operations in Europe and McDonald's sales rose. The "
        "fire is near Crabgrass, Owens and Harris roads. He was held in October and Moore pleaded guilty."))}
    assert texts.isdisjoint({"Bush", "McDonald", "Harris", "Moore"})


def test_a_states_name_after_the_is_its_river(make_doc):
    # no state takes "the": "along the Mississippi" is the river; "the Ohio primary" is the state's
    found = [(m.text, m.kind) for m in extract_place_mentions(make_doc(
        "Voters in Mississippi backed him. Barges moved along the Mississippi. He won the Ohio primary."))]
    assert found == [("Mississippi", "region"), ("Mississippi", "water"), ("Ohio", "region")]


def test_the_ends_of_a_route_are_places(make_doc):
    # the model tags both ends people; "between" after a word of travel says they are places,
    # and with them the article's focus moves Perth to Ontario
    found = {m.text: m for m in extract_place_mentions(make_doc(
        "Volunteers in Perth cleared ice from the main street. Police closed Highway 7 between Carleton "
        "Place and Smiths Falls."))}
    assert found["Carleton Place"].country_code == "CA" and found["Smiths Falls"].country_code == "CA"
    assert found["Perth"].country_code == "CA"
    # not "between" two people
    texts = {m.text for m in extract_place_mentions(make_doc("Talks between Smith and Jones broke down."))}
    assert texts.isdisjoint({"Smith", "Jones"})


def test_people_are_no_places_when_a_list_or_a_first_name_hides_them(make_doc):
    # The model tags "Henry and Hansen" one facility, whose parts are towns of Illinois and Idaho,
    # and "Gisela" (before the untagged "Dulko") a town of Arizona; both are people here.
    texts = {m.text for m in extract_place_mentions(make_doc(
        "Wales were coached by Graham Henry and Steve Hansen. They now face an All Blacks team led by Henry "
        "and Hansen. In Paris, Serena Williams beat Gisela Dulko 1-6 6-4 6-4 on Tuesday."))}
    assert texts.isdisjoint({"Henry", "Hansen", "Gisela"}) and "Paris" in texts


def test_a_lower_case_title_names_a_person_and_short_capitals_an_abbreviation(make_doc):
    # "president Thabo Mbeki" (tagged GPE; a municipality bears his name) is the president; "IE 7"
    # is Internet Explorer, not Ie, Japan, whose own name it is in capitals. "UK" stays the UK.
    texts = {m.text: m for m in extract_place_mentions(make_doc(
        "South African president Thabo Mbeki attacked the plan. Test versions of the program, called IE 7, "
        "are due in the UK next month."))}
    assert "Thabo Mbeki" not in texts and "IE" not in texts and texts["UK"].country_code == "GB"


def test_a_body_noun_before_a_name_makes_it_no_place_in_either_table(make_doc):
    # "car maker Toyota" (a city of Japan), "the band Portishead" (a town beside Bristol, which
    # local-news rules add as a neighbour): the noun says what the name is.
    from newsmine.extract.entities import extract_entities
    doc = make_doc("Last year, car maker Toyota unveiled a robot. The band Portishead played in Bristol on Friday.")
    assert [m.text for m in extract_place_mentions(doc)] == ["Bristol"]
    labels = {e.entity: e.label for e in extract_entities(doc)}
    assert labels["Toyota"] == labels["Portishead"] == "ORG"
    us = make_doc("He sought cuts to curb the giant US budget deficit. This website\n\nIreland are going well.")
    assert {m.text for m in extract_place_mentions(us)} == {"US", "Ireland"}
    # a big city's name after "band" is the band's too
    rock = make_doc("Organisers have booked the rock band Boston to headline the festival in Ennis.")
    assert [m.text for m in extract_place_mentions(rock)] == ["Ennis"]


def test_to_or_from_after_a_verb_of_going_names_a_place(make_doc):
    # "heading on to Sherman", "traveling to Sulphur Springs": the model tags neither a place.
    # Not after "came", "went" or "moved" ("the award went to Cher", "he moved to Chelsea for
    # £2.25m"), nor before a possessive ("drove from Sherman's school": a man's).
    found = {m.text for m in extract_place_mentions(make_doc(
        "He stopped in Gainesville before heading on to Sherman for the night. People were traveling to "
        "Sulphur Springs for the fair."))}
    assert {"Sherman", "Sulphur Springs"} <= found
    none = {m.text for m in extract_place_mentions(make_doc(
        "The VH1 award went to Cher. The idea came to Trapani after a documentary. Her mother drove from "
        "Sherman's school to the rink."))}
    assert none.isdisjoint({"Cher", "Trapani", "Sherman"})


def test_the_town_before_its_mayor_is_a_place(make_doc):
    # "Tillsonburg Mayor Stephen Molnar" (the model tags only the man), "the Woodstock mayor said"
    # (Woodstock tagged ORG); not the "Vice" of "Vice Mayor Ray Melton" (Vice, Peru).
    found = {m.text: m for m in extract_place_mentions(make_doc(
        "Tillsonburg Mayor Stephen Molnar said his council would wait. \"We agree,\" the Woodstock mayor said "
        "in Ontario. The motion passed with one vote against, cast by Vice Mayor Ray Melton."))}
    assert found["Tillsonburg"].country_code == "CA" and "Woodstock" in found and "Vice" not in found


def test_a_place_is_named_by_a_whole_mention_not_one_read_through_its_core(make_doc):
    # "South Tampa" resolves as Tampa (the known name inside); the place row is Tampa, its alias South Tampa
    places = places_of(extract_place_mentions(make_doc(
        "Tampa, the county seat, opened extra polling stations. Voters in South Tampa queued early.")))
    tampa = [p for p in places if p.country_code == "US" and p.kind == "city"]
    assert [(p.place, p.mentions, p.aliases) for p in tampa] == [("Tampa", 2, ["South Tampa"])]


def test_a_person_named_like_a_street_and_letters_after_a_name_are_no_places(make_doc):
    # The model says person for "Graham Lane"; "Lane" ends streets too, which need a word saying so.
    # "QC" after a judge's name is Queen's Counsel, not Quebec's code; "US" after a name stays the US.
    found = mentions(make_doc, "It was the dry assessment of Graham Lane, leader of the Labour group. Judge "
                               "Richard Mawrey, QC told the hearing. He lives on Graham Lane.")
    assert [m[0] for m in found] == ["Graham Lane"] and found[0][1] == "place"
    us = mentions(make_doc, "said Adnan Shihab-Eldin, US light crude fell 32 cents.")
    assert [m[0] for m in us] == ["US"]


def test_a_person_named_like_a_street_who_acts_or_is_listed_with_a_person_is_no_street(make_doc):
    # "Pike" and "Lane" end roads; a name the model calls a person that does something ("flew", "calls")
    # or that "and" joins to another person is a person. A passive's "was" and a street joined to a
    # street ("Jay Lane and Berry Lane") say nothing of the kind.
    people = mentions(make_doc, "Ruth Pike flew to Lisbon on Friday. In an e-mail, Tom Lane calls it an early "
                                "trial. The play stars Owen Lane and Rita Moss.")
    assert [m[0] for m in people] == ["Lisbon"]
    streets = mentions(make_doc, "The crash closed Elm Lane on Monday. Residents of Jay Lane and Berry Lane "
                                 "were told to wait, and Oak Pike was shut until noon.")
    assert [m[0] for m in streets] == ["Elm Lane", "Jay Lane", "Berry Lane", "Oak Pike"]


def test_a_small_town_chosen_by_size_that_the_model_reads_as_a_firm_is_the_firm(make_doc):
    # The model reads "Opera" as a firm at most mentions; Opera, Italy (13,000 people) was chosen by size.
    text = ("The browser Opera can also magnify text, said Opera spokeswoman Berit Hanson. The company points out "
            "that this will also appeal to anyone using Opera with a handheld device. Opera is free to download.")
    assert "Opera" not in [m.text for m in extract_place_mentions(make_doc(text))]
    assert [m.text for m in extract_place_mentions(make_doc("The singer was born in Opera, near Milan."))][:1] == ["Opera"]


def test_a_postal_code_after_a_town_is_its_province(make_doc):
    places = by_name(make_doc("The company is based in Montreal, QC, and employs 300 people."))
    assert (places["QC"].kind, places["QC"].country_code) == ("region", "CA")  # not Quezon City
    assert near(places["Montreal"], 45.5, -73.57, 20) and places["Montreal"].resolved_by == "qualifier"
    manila = by_name(make_doc("Quezon City officials said QC will add 200 buses."))
    assert all(p.country_code == "PH" for p in manila.values())
    # Romania's Ialomita county is RO-IL, and Romania has an Aurora too
    aurora = by_name(make_doc("Clinics\n\nThe first locations:\n\n- Aurora, IL: opening in January\n"))
    assert near(aurora["Aurora"], 41.76, -88.32, 20) and aurora["IL"].country_code == "US"


def test_a_country_mention_does_not_move_a_world_city(make_doc):
    review = by_name(make_doc("The film opens in Rome next month. American critics have praised it, and "
                              "the director said America was his second home."))
    assert review["Rome"].country_code == "IT"  # not Rome, Georgia, by the vote of "America"
    texas = by_name(make_doc("The Paris school board met on Tuesday. A Dallas firm will build the new Paris "
                             "high school."))
    assert texas["Paris"].country_code == "US"  # Dallas, a world city named, puts Texas in play


def test_a_known_city_keeps_its_name_against_a_small_namesake_of_a_bare_country(make_doc):
    talks = by_name(make_doc("The US and Iran met in Geneva for talks on Monday."))
    assert talks["Geneva"].country_code == "CH"  # not Geneva, Illinois (21,000 people)
    naples = by_name(make_doc("Talks resumed in Naples. The US delegation left early."))
    assert naples["Naples"].country_code == "IT"  # not Naples, Florida
    local = by_name(make_doc("Police in Geneva, Illinois, said the fire began at a bakery. Later a US "
                             "official visited Geneva."))
    assert local["Geneva"].country_code == "US"  # Illinois anchors the namesake's country
    ontario = by_name(make_doc("Organisers of a London rally thanked Canada. Canada's stand was welcome, "
                               "the London imam said."))
    assert ontario["London"].country_code == "CA"  # London, Ontario is a city itself: left to the votes
    toronto = by_name(make_doc("The firm moved from Toronto to Windsor, where staff met a US buyer."))
    assert toronto["Windsor"].country_code == "CA"  # Toronto anchors Ontario ("CA.08"): no known-city switch


def test_a_capital_keeps_its_name_against_a_town_abroad_whose_state_nothing_names(make_doc):
    olympics = by_name(make_doc("Gatlin, an American sprinter, won the 100m final in Athens with a time of "
                                "9.85 seconds."))
    assert olympics["Athens"].country_code == "GR"  # not Athens, Georgia (127,000 people): "American" is no state
    local = by_name(make_doc("Police in Athens said the suspect was arrested near the University of Georgia "
                             "campus. Atlanta detectives assisted."))
    assert local["Athens"].country_code == "US"  # Atlanta anchors Georgia
    council = by_name(make_doc("The Athens City Council met on Wednesday. Sales tax revenue fell by $20,000, "
                               "the finance director said."))
    assert council["Athens"].country_code == "US"  # its council and dollars: a town of the story
    city = by_name(make_doc("Voters in the city of Athens will not go to the polls in May, the city "
                            "administrator said. Sales tax revenue fell by $20,000."))
    assert city["Athens"].country_code == "US"  # "the city of Athens" and dollars likewise


def test_a_list_with_a_known_city_abroad_is_a_list_of_world_cities(make_doc):
    stations = by_name(make_doc("The site could not be reached from monitoring stations in London, Amsterdam "
                                "and Sydney. Its owners are in Canada."))
    assert stations["London"].country_code == "GB"  # not London, Ontario, by the vote of Canada
    markets = by_name(make_doc("Share prices in London, Frankfurt and Paris also closed higher after the vote "
                               "in Ohio."))
    assert (markets["London"].country_code, markets["Paris"].country_code) == ("GB", "FR")  # not Ohio's
    tennessee = by_name(make_doc("Police in Paris, Jackson and Memphis said the storm closed roads across "
                                 "Tennessee."))
    assert tennessee["Paris"].country_code == "US"  # one country's towns: left to the votes


def test_a_british_nation_named_votes_for_its_towns(make_doc):
    scots = by_name(make_doc("The actor left Scotland for New York at 19. He returns to Perth, where he grew "
                             "up, for the summer."))
    assert scots["Perth"].country_code == "GB"  # Scotland's Perth, not Perth, New York
    assert near(scots["Perth"], 56.4, -3.43, 30)
    talks = by_name(make_doc("Officials in the US and Britain agreed the deal. American and British negotiators "
                             "met in London, England. Washington welcomed the result."))
    assert talks["Washington"].country_code == "US"  # England, most of the UK, makes no English town likelier


def test_a_state_inside_an_organisations_name_anchors_no_namesake(make_doc):
    exchanges = by_name(make_doc("The New York Stock Exchange watched as Euronext, which joins the Paris, "
                                 "Amsterdam and Lisbon stock exchanges, began talks."))
    assert exchanges["Amsterdam"].country_code == "NL"  # not Amsterdam, New York


def test_a_town_inside_a_clubs_name_is_no_neighbour_of_another_name(make_doc):
    # Hull, Massachusetts lies 60 km from Bristol, Rhode Island: the club's town made no pair of them
    fans = by_name(make_doc("Fan banned\n\nThe supporter travelled from Bristol to watch the game. Police said "
                            "Hull City fans were also held."))
    assert fans["Bristol"].country_code == "GB"


def test_a_small_town_known_by_another_name_is_no_reading_of_an_uncued_name(make_doc):
    mod = by_name(make_doc("The National Audit Office says the MoD's performance had not improved. Many "
                           "problems can be traced to the fact that the MoD has not spent enough time."))
    assert "MoD" not in mod  # the Ministry of Defence, not Maud, Oklahoma (an alternate name of 1,000 people)
    cued = by_name(make_doc("Aid reached villagers in Dafur on Monday."))
    assert "Dafur" in cued  # a cue keeps the reading


def test_our_planet_is_a_place_of_no_town(make_doc):
    earth = by_name(make_doc("Scientists say the asteroid will pass close to Earth next week. Life on Earth is "
                             "not at risk, Nasa said in Houston."))["Earth"]
    assert (earth.kind, earth.country_code, earth.lat) == ("place", None, None)  # not Earth, Texas
    texas = by_name(make_doc("Residents of Earth, Texas, gathered on Friday."))["Earth"]
    assert texas.country_code == "US"


def test_an_oil_benchmark_is_no_place(make_doc):
    found = mentions(make_doc, "WTI crude fell while Brent crude futures edged higher in London trading. Dubai "
                               "crude slipped. Texas crude output rose.")
    assert [m[0] for m in found] == ["London", "Texas"]  # not Brent, London or Dubai


def test_a_common_word_is_no_small_town_abroad(make_doc):
    found = mentions(make_doc, "The guitar was sold for 2,000 dollars. The sale, hosted by auctioneers Cooper "
                               "Owen, was held at the Hard Rock Cafe in London.")
    assert [m[0] for m in found] == ["London"]  # not Hard, Austria (12,000 people)
    kept = mentions(make_doc, "Fans gathered in Hard, a town in Austria, and in Vienna.")
    assert ("Hard", "city", "AT") in kept  # cued as a place
    # "in the Tsunami": a town is written bare, so "in the" cues no place
    wave = mentions(make_doc, "Some 41 Britons died in the Tsunami which struck south Asia, the UK said.")
    assert ("Tsunami", "city", "JP") not in wave and ("UK", "country", "GB") in wave


def test_a_country_after_a_town_finds_it_by_its_english_name(make_doc):
    lucerne = by_name(make_doc("The festival will take place in Lucerne, Switzerland from 3-8 May."))["Lucerne"]
    assert lucerne.country_code == "CH" and near(lucerne, 47.05, 8.31, 20)  # Luzern, not Lucerne, California


def test_a_region_named_abroad_anchors_its_country_for_a_namesake_of_a_world_city(make_doc):
    # abroad, towns carry the gazetteer's own region codes, not ISO ones: Queensland puts Australia in play
    places = by_name(make_doc("Police in Queensland said two boys were taken from a house in Edmonton."))
    assert places["Edmonton"].country_code == "AU"  # not Edmonton, Canada


def test_a_cue_before_a_surname_going_on_as_a_person_cues_no_town(make_doc):
    # one sense per article: Denton (Texas) and Garland (Texas) here are the story's two players
    found = mentions(make_doc, "Striker Paul Denton missed twice. A late header should have resulted in "
                               "Denton scoring his first goal of the season.")
    assert [m[0] for m in found] == []
    pair = mentions(make_doc, "Coach Mike Garland and Tom Denton trained apart. The best two wingers are "
                              "in Denton and Garland, the coach said.")
    assert [m[0] for m in pair] == []
    saga = mentions(make_doc, "Sam Garland and Rob Denton met again. The latest twist in the Garland-Denton "
                              "feud came on Friday.")
    assert [m[0] for m in saga] == []
    # alone after "in", the town stays a town though a man of that name is in the story
    town = mentions(make_doc, "Paul Denton said the plant in Denton would close.")
    assert [m[0] for m in town] == ["Denton"]


def test_a_ground_in_a_sports_story_is_no_town(make_doc):
    # Villa Park is a town of Illinois, Stamford Bridge a village of Yorkshire: here both are grounds
    found = mentions(make_doc, "The striker scored twice in the semi-final at Villa Park, and the "
                               "manager said the team's defence held firm in the second half. They face "
                               "a league match at Stamford Bridge on Sunday after the FA Cup quarter-finals.")
    assert [m[0] for m in found if m[0] in ("Villa Park", "Stamford Bridge")] == []
    # outside a sports story the town stays
    town = mentions(make_doc, "Police in Villa Park said the road was closed.")
    assert [m[0] for m in town] == ["Villa Park"]


def test_a_firms_name_chosen_as_a_small_town_is_the_firm(make_doc):
    # Delta is Nigeria's Delta State first, then towns: a US story chose a Delta of the US; here the
    # airline throughout
    found = mentions(make_doc, "US regulators in Washington fined Delta Air Lines' regional unit in Ohio. "
                               "The fine will hurt troubled Delta, whose pilots are on strike.")
    assert [m[0] for m in found] == ["US", "Washington", "Ohio"]
    state = mentions(make_doc, "Oil spilled in Delta State, Nigeria, on Monday.")
    assert "Delta State" in [m[0] for m in state]


def test_a_name_inside_a_bodys_name_is_no_town(make_doc):
    # Circle, Montana and Herald, California: here a critics' body and a newspaper
    circle = mentions(make_doc, "The play won the prize. The Critics' Circle named her best new writer.")
    assert [m[0] for m in circle if m[0] == "Circle"] == []
    herald = mentions(make_doc, "The minister was quoted in the Herald newspaper saying he would resign.")
    assert [m[0] for m in herald if m[0] == "Herald"] == []
    # after a place's possessive the town stays: "the Philippines' Tacloban"
    delft = mentions(make_doc, "He studied at the Netherlands' Delft university.")
    assert "Netherlands" in [m[0] for m in delft]
    tacloban = mentions(make_doc, "Storms struck the Philippines' Tacloban overnight.")
    assert "Tacloban" in [m[0] for m in tacloban]


def test_a_small_towns_word_opening_a_longer_name_is_the_word(make_doc):
    # Golden, Colorado has 20,000 people: "a Golden Globe" is the award
    found = mentions(make_doc, "The actress has been nominated for a Golden Globe for the role.")
    assert [m[0] for m in found if m[0] == "Golden"] == []
    biopic = mentions(make_doc, "It beat the biopic Kinsey, which stars a famous actor.")
    assert [m[0] for m in biopic if m[0] == "Kinsey"] == []


def test_a_country_after_a_firms_possessive_stays(make_doc):
    found = mentions(make_doc, "The oil firm Yukos' US lawyers filed the claim in Houston.")
    assert "US" in [m[0] for m in found]


def test_a_cue_before_an_events_name_qualifying_a_noun_cues_the_noun(make_doc):
    # Olympic is a place in Hong Kong: "third in the Olympic heptathlon" names none
    found = mentions(make_doc, "Kelly Holmes finished third in the Olympic heptathlon in Athens.")
    assert [m[0] for m in found if m[0] == "Olympic"] == []


def test_a_river_qualified_city_owns_its_short_name():
    from newsmine import gazetteer
    tyne = next(c for c in gazetteer.lookup("Newcastle") if c.name == "Newcastle upon Tyne" and c.kind == "city")
    assert tyne.primary  # GeoNames lists "Newcastle" only as its alternate
    assert gazetteer.lookup("Frankfurt")[0].name == "Frankfurt am Main"
    assert not any(c.primary for c in gazetteer.lookup("Kingston") if c.name == "Kingston upon Thames")  # 43,000
    assert gazetteer.lookup("New York")[0].kind == "region"  # the dev sets read a bare New York as the state


def test_a_coin_toss_between_cities_of_two_countries_is_left_unresolved(make_doc):
    report = by_name(make_doc("Newcastle were beaten 2-1 at home on Saturday and the manager said his side "
                              "had played poorly."))
    # Australia's 508,000, South Africa's 405,000, Tyneside's 300,000, and no clue which
    assert report["Newcastle"].lat is None and report["Newcastle"].country_code is None
    tyne = by_name(make_doc("Fans gathered in Newcastle, England, on Sunday."))
    assert tyne["Newcastle"].country_code == "GB"
    paris = by_name(make_doc("She moved to Paris last year."))
    assert paris["Paris"].country_code == "FR"  # 2.1 million against Paris, Texas: no toss-up


def test_a_town_only_its_country_settles_says_population(make_doc):
    """The dollars make "Greenville" American, but not North rather than South Carolina (90,000
    against 65,000 people): the row keeps the bigger one's point and says `population`; a place
    the text pins down near it makes it `focus`."""
    alone = by_name(make_doc("Greenville city council approved a $48 million budget on Tuesday."))
    assert (alone["Greenville"].country_code, alone["Greenville"].resolved_by) == ("US", "population")
    pinned = by_name(make_doc("Greenville city council met. The mayor of Raleigh and officials in Durham spoke."))
    assert pinned["Greenville"].resolved_by == "focus"
    assert distance_km(pinned["Greenville"].lat, pinned["Greenville"].lon, 35.61, -77.37) < 20  # North Carolina


def test_a_capital_keeps_its_name_against_a_far_village(make_doc):
    story = by_name(make_doc("She won the New York marathon in November. It does not make up for the "
                             "disappointment of Athens, where she failed to finish."))
    assert story["Athens"].country_code == "GR"  # not Athens, New York (1,600 people)
    chicago = by_name(make_doc("After Chicago she ran in Athens and then in Boston."))
    assert chicago["Athens"].country_code == "GR"  # not Athens, Illinois, 300 km from Chicago
    local = by_name(make_doc("The fair in Athens drew visitors from Coxsackie and Catskill, Greene County."))
    assert local["Athens"].country_code == "US"  # towns within 10 km pin the village of Greene County


def test_the_district_a_capital_stands_in_is_its_names_first_reading(make_doc):
    politics = by_name(make_doc("The speech came as a relief to many of his supporters in Westminster."))
    assert politics["Westminster"].country_code == "GB"  # not Westminster, Colorado (116,000 people)
    colorado = by_name(make_doc("Police in Westminster, Colo., said the store closed."))
    assert colorado["Westminster"].country_code == "US"
    assert by_name(make_doc("She flew to Paris on Monday."))["Paris"].kind == "city"  # not the Paris department


def test_the_midlands_are_englands(make_doc):
    toll = by_name(make_doc("Drivers use the passcard on the M6 Toll in the Midlands."))
    assert toll["Midlands"].country_code == "GB"  # not the Midlands province of Zimbabwe


def test_a_peers_title_makes_one_word_a_person(make_doc):
    report = by_name(make_doc("Judges row over inquiry\n\nMinisters in the UK were insisting they should have "
                              "the final say. Lord Hutton's inquiry into the death of the scientist sparked "
                              "debate about who should choose inquiry chairs in England and Wales. He said he "
                              "had not been involved in the choice of Lord Hutton, who as a law lord did not "
                              "come under his jurisdiction."))
    assert "Hutton" not in report and "England" in report  # not Hutton, a Yorkshire village
    assert "Hutton" in by_name(make_doc("The fair was held in Hutton, a village near Driffield."))


def test_a_name_that_is_a_phrase_names_no_place(make_doc):
    charity = by_name(make_doc("Asylum children to face returns\n\nThe UK government plans to return children "
                               "to Albania.\n\nUnder the 1989 Children Act, public bodies have a duty to act in "
                               "the \"best interest\" of a child in their care. Laura Brownlees of Save the "
                               "Children said there were grave concerns, not least because of the risks in "
                               "Albania.\n"))
    assert "Save" not in charity and "Albania" in charity  # not Save, Benin
    assert "Winfield" in by_name(make_doc("Thomas Hill, 22, of Winfield was charged."))


def test_house_of_names_a_house_not_a_place(make_doc):
    shops = by_name(make_doc("Shares fell a day after House of Fraser and Woolworths disappointed investors. "
                             "The House of Windsor was quiet in London."))
    assert "Fraser" not in shops and "Windsor" not in shops and "London" in shops


def test_a_name_listed_between_people_or_firms_is_one_of_them(guessed):
    # A name that is one whole item of a list of three or more whose other items are the model's
    # people or firms: "backing from Paramount, Universal and Warner Bros." was Paramount, California
    # beside Los Angeles (BBC). A cue keeps a town ("in Paris,
    # Rankin and Goldin"), and a region listed with bodies stays ("Latin America").
    text = ("The show in Los Angeles has pictures by photographers David Bailey, Rankin, Nan Goldin and Mario "
            "Testino. Last month, Paramount, Universal and Warner Bros. backed the format, and Paramount "
            "will release films in it.")
    doc = guessed(text, [("Los Angeles", "GPE"), ("David Bailey", "PERSON"), ("Rankin", "GPE"),
                         ("Nan Goldin", "PERSON"), ("Mario Testino", "PERSON"), ("Last month", "DATE"),
                         ("Paramount", "ORG"), ("Universal", "ORG"), ("Warner Bros.", "ORG"), ("Paramount", "ORG")])
    assert [m.text for m in extract_place_mentions(doc)] == ["Los Angeles"]  # a date is no list item
    cued = "The tour stops in Boston, Rankin and Pittsburgh."
    doc = guessed(cued, [("Boston", "GPE"), ("Rankin", "GPE"), ("Pittsburgh", "GPE")])
    assert "Rankin" in [m.text for m in extract_place_mentions(doc)]
    # two people, one with a town's name in his role, name no list: "Pat Zavoral, Fargo city administrator"
    role = "The plan for Fargo stalled, said Pat Zavoral, Fargo city administrator, and Mayor Dennis Walaker."
    doc = guessed(role, [("Fargo", "GPE"), ("Pat Zavoral", "PERSON"), ("Fargo", "GPE"), ("Dennis Walaker", "PERSON")])
    assert [m.text for m in extract_place_mentions(doc)] == ["Fargo", "Fargo"]


def test_a_common_word_opening_a_bodys_name_is_no_town_at_its_other_mentions(guessed):
    # "the Mobile Data Association ... Mobile companies are keen" named Mobile, Alabama: the second
    # mention, opening a sentence, was a place only because the first made the name one; the
    # article writes "mobile" as a word too.
    text = ("Figures from the Mobile Data Association show a rise in the UK. Mobile companies are keen for "
            "people to send pictures from mobile phones.")
    doc = guessed(text, [("the Mobile Data Association", "ORG"), ("UK", "GPE")])
    assert [m.text for m in extract_place_mentions(doc)] == ["UK"]
    venue = "Fans at London's Brixton Academy cheered. The Brixton gig ran late."  # no common word: stays
    doc = guessed(venue, [("London", "GPE"), ("Brixton Academy", "ORG")])
    assert [m.text for m in extract_place_mentions(doc)] == ["London", "Brixton", "Brixton"]


def test_a_common_word_naming_a_place_only_as_an_alternate_is_no_core_of_a_longer_name(guessed):
    # "an ancient Middle Eastern language" (LOC) was cut to "Middle", an alternate name of Kandal,
    # Cambodia; a place's own name inside a longer one still gives it ("Henderson County Jail").
    text = "The film has dialogue in Aramaic, an ancient Middle Eastern language, and opened in Berlin."
    doc = guessed(text, [("Middle Eastern", "LOC"), ("Berlin", "GPE")])
    assert [(m.text, m.country_code) for m in extract_place_mentions(doc)] == [("Berlin", "DE")]


def test_a_body_noun_before_a_name_makes_it_the_body_at_all_its_mentions(guessed):
    # "mobile phone giant Orange ... Orange said" was Orange, California at the mentions with no
    # noun before them; a body noun's plural before examples says body too ("Some networks, such as
    # Orange, charge"); a cue still makes a place ("a depot in Orange").
    text = ("Mobile phone giant Orange launched action in the UK. Orange said the brand was its own.")
    doc = guessed(text, [("Orange", "ORG"), ("UK", "GPE"), ("Orange", "GPE")])
    assert [m.text for m in extract_place_mentions(doc)] == ["UK"]
    such = "In the UK some networks, such as Orange, charge more than others."
    assert [m.text for m in extract_place_mentions(guessed(such, [("UK", "GPE"), ("Orange", "GPE")]))] == ["UK"]
    cued = "Mobile phone giant Orange opened a depot in Orange, California."
    doc = guessed(cued, [("Orange", "ORG"), ("Orange", "GPE"), ("California", "GPE")])
    assert [m.text for m in extract_place_mentions(doc)] == ["Orange", "California"]


def test_a_town_abroad_by_an_alternate_name_or_a_cued_village_abroad_is_no_guess(make_doc):
    # A London politics story's "Whitehall" was Atlanta, which GeoNames also calls Whitehall (the
    # small Whitehalls of the US bear the name as their own); "a winter camp in La Manga" in a
    # story on British tennis was a Mexican village of 700 (the Spanish resort is in the gazetteer
    # only by an alternate name). Uncued, such a reading is dropped; cued, the name stays without
    # coordinates.
    text = ("Ministers in England, Scotland and Wales say the inner workings of Whitehall need reform. "
            "The cuts in Whitehall will be deep.")
    rows = [(m.text, m.lat) for m in extract_place_mentions(make_doc(text)) if m.text == "Whitehall"]
    assert rows in ([], [("Whitehall", None)])
    camp = ("Britain's juniors trained at a camp in La Manga this week. The coach, who worked in the United "
            "States, said Britain lacked courts.")
    found = {m.text: m.country_code for m in extract_place_mentions(make_doc(camp))}
    assert "La Manga" in found and found["La Manga"] != "MX"


def test_a_town_after_word_of_the_is_a_titles_word(make_doc):
    # "Flight of the Phoenix" (a film) and "the Order of the Phoenix" (a novel) named Phoenix,
    # Arizona: English names no town with "the". A country stays ("the Republic of the Congo").
    text = ("The remake Flight of the Phoenix opened in London. Harry Potter and the Order of the Phoenix "
            "sold well in the Republic of the Congo.")
    found = [m.text for m in extract_place_mentions(make_doc(text))]
    assert "Phoenix" not in found and "London" in found


def test_a_season_or_a_square_named_for_a_word_and_a_thrillers_title_are_no_towns(make_doc):
    # "the channel's Spring Break coverage" was Spring, Texas; "Independence Square" in a story
    # from Luanda was Independence, Missouri (117,000 people, above the size that keeps a town's
    # common-word name inside a longer one); "the sci-fi thriller Constantine" a town in Michigan,
    # at its later mention too (one sense per article).
    text = ("Crowds gathered in Independence Square in Luanda for the concert. The channel's Spring Break "
            "coverage ran for a week, and the new sci-fi thriller Constantine opened at number two. Constantine, "
            "based on a comic, stars Keanu Reeves.")
    found = {m.text: m.country_code for m in extract_place_mentions(make_doc(text))}
    assert found.get("Luanda") == "AO"
    assert not {"Spring", "Independence", "Constantine"} & set(found)
    assert found.get("Independence Square") in (None, "AO")


def test_a_nationality_word_before_its_noun_is_no_town(guessed):
    # "the elite body guard of Roman emperors" (NORP) was Roman, Romania (70,000 people).
    text = "He wants his praetorian guard, a reference to the elite body guard of Roman emperors, back in London."
    doc = guessed(text, [("Roman", "NORP"), ("London", "GPE")])
    assert [m.text for m in extract_place_mentions(doc)] == ["London"]


def test_a_street_word_inside_a_longer_name_is_no_street(make_doc):
    # "The Manic Street Preachers" (a band) and "Janet Street-Porter" (a person) gave streets
    # "Manic Street" and "Janet Street"; a day or an address's unit after a street ends no longer name.
    text = ("The Manic Street Preachers played after a row with Janet Street-Porter. Two men tried to cross "
            "Browns Bridge Road Wednesday, and a third lives at 1205 Lone Oak Road Lot 12.")
    found = [m.text for m in extract_place_mentions(make_doc(text))]
    assert "Manic Street" not in found and "Janet Street" not in found
    assert "Browns Bridge Road" in found and "Lone Oak Road" in found


def test_an_ocean_after_the_is_no_town_of_its_name(make_doc):
    # Atlantic, Iowa and Pacific, Missouri are towns, but "the Atlantic" is the ocean, also in a
    # story an American mention pulls to the United States
    text = "Across the Atlantic, his American opposite number toured a factory in Dover, Del."
    found = {m.text: m for m in extract_place_mentions(make_doc(text))}
    assert (found["Atlantic"].kind, found["Atlantic"].country_code) == ("water", None)


def test_a_sea_name_the_model_cut_in_two_is_read_whole(make_doc):
    # the model tagged "Bay" a place and "Biscay" another: neither alone is one
    found = _tagged(make_doc, "Waves of up to 12 metres swept across the Bay of Biscay on Thursday.",
                    [("Bay", "LOC"), ("Biscay", "GPE")])
    assert found == [("Bay of Biscay", "water", None)]


def test_a_named_sea_picks_the_town_on_its_coast_and_an_ocean_does_not(make_doc):
    # Dover, Kent and Dover, Delaware both have about 40,000 people: a toss-up, left unresolved
    sea = ("More than 300 people crossed the English Channel in small boats on Friday, the Home Office "
           "said. Most were picked up off the coast of Dover.")
    ocean = ("Hundreds of migrants crossed the Atlantic in small boats on Sunday, officials said. Most were "
             "rescued off the coast of Dover.")
    dover = [[m.country_code for m in extract_place_mentions(make_doc(text)) if m.text == "Dover"]
             for text in (sea, ocean)]
    assert dover == [["GB"], [None]]


def test_a_pair_decides_its_own_mention_and_a_sentences_country_the_bare_one(make_doc):
    # "Athens, Ga." is the Georgia town; a later bare "Athens" in a sentence naming Greece is the
    # Greek capital. Without such a sentence, the bare name follows its pair.
    text = ("The singer grew up in Athens, Ga., where her parents ran a diner. Last year she moved to "
            "Athens after a Greek label signed her, and she now records in Greece.")
    found = [(m.text, m.country_code) for m in extract_place_mentions(make_doc(text)) if m.text == "Athens"]
    assert found == [("Athens", "US"), ("Athens", "GR")]
    text = "The singer grew up in Athens, Ga., where her parents ran a diner. She still plays in Athens every May."
    found = [(m.text, m.country_code) for m in extract_place_mentions(make_doc(text)) if m.text == "Athens"]
    assert found == [("Athens", "US"), ("Athens", "US")]


def test_a_demonym_opening_an_events_name_sets_the_articles_country(make_doc):
    # "the Scottish Premiership" says Scotland: without it, Aberdeen (Scotland, 200,000 people) and
    # Aberdeen (Hong Kong, 157,000) were a toss-up, and the place was left unresolved
    text = ("Hearts host the Dons at Tynecastle on Sunday in the Scottish Premiership. Police in Aberdeen "
            "have told travelling fans to leave flares at home.")
    found = {m.text: m for m in extract_place_mentions(make_doc(text))}
    assert found["Aberdeen"].country_code == "GB" and found["Aberdeen"].lat is not None
    assert found["Scottish"].kind == "demonym"


def test_a_town_and_its_province_abroad_pair_though_their_region_codes_differ(make_doc):
    # GeoNames numbers London, Ontario's province ("CA.08"), ISO codes Ontario ("CA-ON"), and the
    # town lies 870 km from the province's point: it is still the province nearest it, so the pair
    # decides its mention against a British story's focus
    text = "The British minister flew from London to London, Ontario, on Monday to open a car plant."
    found = [(m.text, m.country_code, m.resolved_by) for m in extract_place_mentions(make_doc(text))
             if m.text == "London"]
    assert found == [("London", "GB", "focus"), ("London", "CA", "qualifier")]


def test_a_distance_off_a_town_or_its_coast_cues_a_place(make_doc):
    # an untagged town of 19,000 is read only with a cue: "miles off", "the coast of"; also when
    # the tagger calls the name an adverb, as in the last sentence
    for text in ("The trawler sank about 40 miles off Peterhead on Monday.",
                 "A yacht capsized off the coast of Peterhead on Friday.",
                 "Coastguards are searching the North Sea for two fishermen whose trawler sank about 40 "
                 "miles off Peterhead."):
        found = [(m.text, m.country_code) for m in extract_place_mentions(make_doc(text))]
        assert ("Peterhead", "GB") in found, text


def test_seas_of_europe_are_water_with_no_country(make_doc):
    # the Irish Sea was an unresolved name; "the Adriatic" a name the gazetteer did not know
    text = "A ferry turned back in the Irish Sea, and a yacht race on the Adriatic was called off."
    found = {m.text: (m.kind, m.country_code) for m in extract_place_mentions(make_doc(text))}
    assert found.get("Irish Sea") == ("water", None) and found.get("Adriatic") == ("water", None)


def test_a_county_the_model_reads_as_a_person_is_still_a_place_and_sets_the_focus(make_doc):
    # "County Durham's" was a PERSON, so "Durham" alone went to North Carolina
    text = "Crowds filled the cathedral in Durham. County Durham's council laid on extra buses."
    doc = set_guessed_entities(make_doc(text), [("Durham", "GPE"), ("County Durham's", "PERSON")])
    assert [(p.place, p.country_code) for p in extract_places(doc)] == [("Durham", "GB"), ("County Durham", "GB")]


# --- session 25

def test_the_mayor_of_a_town_tagged_an_organisation_makes_it_a_town(make_doc):
    # trap 8: "The new mayor of Windhoek addressed the crowd" (ORG) had no place at all
    text = "The new mayor of Windhoek opened the market on Friday."
    doc = set_guessed_entities(make_doc(text), [("Windhoek", "ORG")])
    assert [(m.text, m.kind, m.country_code) for m in extract_place_mentions(doc)] == [("Windhoek", "city", "NA")]
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Windhoek", "GPE")]


def test_a_cape_of_name_is_one_name_and_the_cape_is_not_cape_town(make_doc):
    # "off the Cape of Good Hope" was cut into "Cape" (another name of Buxton, North Carolina) and
    # "Good Hope", and "Cape Town" then read as "Cape" + "Town": Buxton
    text = "The trawler lost power off the Cape of Good Hope, and tugs from Cape Town towed it in."
    found = _tagged(make_doc, text, [("Cape of Good Hope", "LOC"), ("Cape Town", "GPE")])
    assert ("Cape Town", "city", "ZA") in found and not any(f[0] in ("Cape", "Good Hope") for f in found)
    text = "Gales battered the Cape overnight, and tugs from Cape Town stayed in port."
    found = _tagged(make_doc, text, [("Cape", "LOC"), ("Cape Town", "GPE")])
    assert ("Cape Town", "city", "ZA") in found


def test_two_towns_the_model_made_one_name_are_two_places_and_two_entities(make_doc):
    # trap 8: "trains between Perth and Inverness" (ORG) gave one Perth; "Dick and Dom" is no list
    # of towns (Dickinson and Dome answer to those names only as other names)
    text = "Trains between Perth and Inverness were cancelled on Monday, Scottish officials said."
    doc = set_guessed_entities(make_doc(text), [("Perth and Inverness", "ORG"), ("Scottish", "NORP")])
    assert [(m.text, m.country_code) for m in extract_place_mentions(doc)] == [
        ("Perth", "GB"), ("Inverness", "GB"), ("Scottish", "GB")]
    assert [(e.entity, e.label) for e in extract_entities(doc)][:2] == [("Perth", "GPE"), ("Inverness", "GPE")]
    assert _tagged(make_doc, "Fans of Dick and Dom queued in the rain.", [("Dick and Dom", "ORG")]) == []
    # after "between", a small place beside a big city of its country (Rottnest Island: 565 people)
    found = _tagged(make_doc, "A new ferry between Perth and Rottnest Island is late.",
                    [("Perth and Rottnest Island", "ORG")])
    assert [(name, cc) for name, _, cc in found] == [("Perth", "AU"), ("Rottnest Island", "AU")]


def test_a_nations_demonym_puts_its_region_in_play(make_doc):
    # "Scottish officials" make Perth the Scottish town, not the Australian city; "British" would not
    text = "Flooding closed the road north of Perth on Tuesday, Scottish transport officials said."
    found = _tagged(make_doc, text, [("Perth", "GPE"), ("Scottish", "NORP")])
    assert found[0] == ("Perth", "city", "GB")
    text = "Flooding closed the road north of Perth on Tuesday, British tourists said."
    assert _tagged(make_doc, text, [("Perth", "GPE"), ("British", "NORP")])[0] == ("Perth", "city", "AU")


def test_a_country_after_a_compass_word_and_a_town_in_its_country(make_doc):
    # trap 8: "near Quelimane in Mozambique ... in southern Malawi" (PERSON): Quelimane lost its
    # point to a village called Mozambique, and Malawi was no place
    text = "The storm struck near Quelimane in Mozambique and then moved on to homes in southern Malawi."
    found = _readings(make_doc, text, [("Quelimane", "GPE"), ("Mozambique", "GPE"), ("Malawi", "PERSON")])
    assert [(f[0], f[1]) for f in found] == [("Quelimane", "MZ"), ("Mozambique", "MZ"), ("Malawi", "MW")]
    assert found[0][2] is not None and distance_km(found[0][2], found[0][3], -17.88, 36.89) < 20


def test_a_far_away_namesake_village_is_left_unresolved(make_doc):
    # with no clue but Perth (Australia's, a world city), "Inverness" was Inverness, Queensland: 539
    # people, 3,600 km away, chosen over Scotland's 47,000 by the country vote alone ("between Perth
    # and Inverness" is a stretch, whose ends lie near each other: see test_the_two_ends_of_a_stretch...)
    text = "Shops in Perth and Inverness were shut on Monday."
    found = _readings(make_doc, text, [("Perth and Inverness", "ORG")])
    assert [(f[0], f[1], f[2]) for f in found][1] == ("Inverness", None, None)
    # a village near the article's other towns keeps its reading: Inverness, Queensland beside
    # Rockhampton, 37 km away
    text = "Buses between Rockhampton and Inverness were cancelled on Monday."
    found = _readings(make_doc, text, [("Rockhampton", "GPE"), ("Inverness", "GPE")])
    assert found[1][1] == "AU" and found[1][2] is not None


@pytest.mark.parametrize("text, guesses, name, found", [
    # T10: "the annual Oakdale harvest festival" (ORG) gave no place; LGL: "Grovetown police"
    ("Hundreds came to the annual Grovetown harvest festival on Saturday.", [("Grovetown", "ORG")], "Grovetown", True),
    ("Grovetown police then questioned the driver.", [("Grovetown", "ORG")], "Grovetown", True),
    # a make's product, an English word, an acronym, a club in a sports story: no town
    ("Some Nokia smartphones are sold at a loss.", [("Nokia", "ORG")], "Nokia", False),
    ("He criticised the Liberal government on Monday.", [("Liberal", "ORG")], "Liberal", False),
    ("The striker scored twice before half-time, and Chelsea fans sang until the final whistle in the "
     "relegation fight.", [("Chelsea", "ORG")], "Chelsea", False),
])
def test_a_town_before_a_noun_of_its_own_life_is_the_town(make_doc, text, guesses, name, found):
    assert any(place == name for place, _, _ in _tagged(make_doc, text, guesses)) == found


def test_a_first_name_is_no_place_when_the_surname_stands_alone(make_doc):
    # T12: "Georgia Lindqvist, who chairs the housing committee, ... Lindqvist said" gave Georgia, the country
    text = ("Two councillors want to lead the group. Georgia Lindqvist, who chairs the housing committee, "
            "promised new homes. Lindqvist said she would publish her plan next week.")
    guesses = [("Georgia Lindqvist", "ORG"), ("Lindqvist", "ORG")]   # as the model read them
    assert "Georgia" not in [place for place, _, _ in _tagged(make_doc, text, guesses)]
    # a place the article names on its own stays: "DeKalb police ... the DeKalb Lowe's store"
    named = "DeKalb police arrested two men. The DeKalb Lowe's store was closed, and Lowe's said it would reopen."
    assert "DeKalb" in [m.text for m in extract_place_mentions(make_doc(named))]


@pytest.mark.parametrize("text, guesses, found", [
    # T15: "A similar assault took place in neighbouring Motherwell" (ORG) gave no place
    ("An assault took place in neighbouring Motherwell last month.", [("Motherwell", "ORG")],
     [("Motherwell", "city", "GB")]),
    ("Residents of nearby Motherwell were warned.", [("Motherwell", "ORG")], [("Motherwell", "city", "GB")]),
    # BBC: a firm's or a ground's name after "nearby" is no town
    ("The deal includes the nearby Simpson's restaurant.", [("Simpson", "ORG")], []),
    ("He will train at the club's nearby Carrington complex.", [("Carrington", "ORG")], []),
])
def test_a_name_after_nearby_or_neighbouring_is_a_place(make_doc, text, guesses, found):
    assert _tagged(make_doc, text, guesses) == found


@pytest.mark.parametrize("text, guesses, found", [
    # T15: "Roads to Orbost and Bairnsdale were closed" (Orbost untagged) gave no place
    ("Roads to Orbost were closed on Tuesday.", [], [("Orbost", "city", "AU")]),
    ("The last ferries from Oban left at noon.", [("Oban", "ORG")], [("Oban", "city", "GB")]),
    # LGL: a figure of speech, a song
    ("Another step on the road to Eagle was to plan a project.", [("Eagle", "ORG")], []),
    ("AC/DC's Highway to Hell came third.", [("Hell", "ORG")], []),
])
def test_a_route_to_or_from_a_name_makes_it_a_place(make_doc, text, guesses, found):
    assert _tagged(make_doc, text, guesses) == found


def test_two_smaller_towns_in_one_name_after_a_preposition_of_place_are_two_places(make_doc):
    # T15: "the thefts began in Bartow and spread to Auburndale and Lakeland" (one ORG; 15,000 people
    # in Auburndale, under the 20,000 an uncued list needs)
    text = "The thefts spread to Auburndale and Lakeland, deputies said."
    doc = set_guessed_entities(make_doc(text), [("Auburndale and Lakeland", "ORG")])
    assert [(m.text, m.country_code) for m in extract_place_mentions(doc)] == [("Auburndale", "US"), ("Lakeland", "US")]
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Auburndale", "GPE"), ("Lakeland", "GPE")]
    assert _tagged(make_doc, "He sent a letter to Marks and Spencer.", [("Marks and Spencer", "ORG")]) == []


@pytest.mark.parametrize("text, guesses, found", [
    # T15: "Farmers in Sedro-Woolley and La Conner have long asked" (PERSON), "Roads to Orbost and
    # Bairnsdale were closed" (PERSON): a name the parser joins to the cued one shares its cue, verb or not
    ("Farmers in Sedro-Woolley and La Conner have long asked for help.",
     [("Sedro-Woolley", "GPE"), ("La Conner", "PERSON")],
     [("Sedro-Woolley", "city", "US"), ("La Conner", "city", "US")]),
    ("Roads to Orbost and Bairnsdale were closed.", [("Bairnsdale", "PERSON")],
     [("Orbost", "city", "AU"), ("Bairnsdale", "city", "AU")]),
    # a subject of its own stays a person
    ("He served in Iraq and Bush said it was right.", [("Iraq", "GPE"), ("Bush", "PERSON")],
     [("Iraq", "country", "IQ")]),
])
def test_a_name_joined_to_a_cued_place_shares_the_cue_before_a_verb(make_doc, text, guesses, found):
    assert _tagged(make_doc, text, guesses) == found


def test_a_name_the_parser_joined_to_a_verbs_object_keeps_its_own_verb(make_doc):
    # BBC sport/192: "Tottenham travel to West Brom and Arsenal will entertain Wolves" joined Arsenal
    # to West Brom; on a verb the join may be the parser's slip (Arsenal, Mauritius)
    found = _tagged(make_doc, "Tottenham travel to Hull and Arsenal will host Wolves.",
                    [("Tottenham", "ORG"), ("Hull", "GPE"), ("Arsenal", "ORG"), ("Wolves", "ORG")])
    assert "Arsenal" not in [place for place, _, _ in found]


def test_a_towns_possessive_then_a_name_and_neighborhood_is_a_part_of_the_town(make_doc):
    # T15: "a busy block of Seattle's Ballard neighborhood" (ORG) gave no place; TR-News: "Cairo's
    # Abbasiya neighbourhood". Ballard, Utah is the only Ballard the gazetteer knows: the town's point
    text = "A fire damaged three shops in Seattle's Ballard neighborhood."
    doc = set_guessed_entities(make_doc(text), [("Seattle", "GPE"), ("Ballard", "ORG")])
    found = [(m.text, m.country_code, m.lat, m.resolved_by) for m in extract_place_mentions(doc)]
    assert found == [("Seattle", "US", 47.60621, "unique"), ("Ballard", "US", 47.60621, "qualifier")]
    assert ("Ballard", "GPE") in [(e.entity, e.label) for e in extract_entities(doc)]
    # a person's possessive says nothing of a town
    office = "Tom Reed's Ballard area office closed."
    assert _tagged(make_doc, office, [("Tom Reed", "PERSON"), ("Ballard", "ORG")]) == []


def test_a_caps_dateline_the_model_cut_before_its_state_is_the_whole_town(make_doc):
    # T15: "SOUTH LAKE TAHOE, Calif. —" tagged "SOUTH LAKE" gave an unresolved "SOUTH LAKE"
    text = "SOUTH LAKE TAHOE, Calif. — A kayaker was rescued on Sunday, deputies said."
    found = _tagged(make_doc, text, [("SOUTH LAKE", "LOC"), ("Calif.", "GPE")])
    assert found[0] == ("SOUTH LAKE TAHOE", "city", "US")


def test_a_lake_a_shore_town_is_also_called_lies_at_that_town_beside_the_story(make_doc):
    # T15: "the waters of Lake Tahoe" (GeoNames: another name of Stateline, Nevada) was dropped as a
    # town's other name; beside Truckee and South Lake Tahoe it is the lake, at Stateline's point
    text = ("A kayaker was rescued from the waters of Lake Tahoe on Sunday. He was treated at a hospital "
            "in South Lake Tahoe, and deputies from Truckee helped.")
    found = _readings(make_doc, text, [("Lake Tahoe", "LOC"), ("South Lake Tahoe", "GPE"), ("Truckee", "GPE")])
    lake = [f for f in found if f[0] == "Lake Tahoe"]
    assert lake and lake[0][1] == "US" and distance_km(lake[0][2], lake[0][3], 39.09, -120.03) < 30


def test_the_far_end_of_a_trip_and_back_is_a_place(make_doc):
    # T15: "over the river to Gateshead and back" (ORG) gave no place, so nothing told Newcastle's
    # namesakes apart and a Metro train became Metro, Indonesia
    text = ("NEWCASTLE — The route takes runners over the river to Gateshead and back. Extra Metro trains "
            "will run.")
    found = _tagged(make_doc, text, [("NEWCASTLE", "GPE"), ("Gateshead", "ORG"), ("Metro", "FAC")])
    assert found == [("NEWCASTLE", "city", "GB"), ("Gateshead", "city", "GB")]


@pytest.mark.parametrize("text, guesses, found", [
    # two towns of one country before "and" are no couple ("Shannon and Julie Ward" is one)
    ("Mildura and Swan Hill were the hottest towns.", [("Mildura", "GPE"), ("Swan Hill", "PERSON")],
     [("Mildura", "city", "AU"), ("Swan Hill", "city", "AU")]),
    ("Shannon and Julie Ward were hot.", [("Shannon", "GPE"), ("Julie Ward", "PERSON")], []),
    # an apposition saying what the name is: a town
    ("Fires reached Orbost, a small town near the coast, on Sunday.", [], [("Orbost", "city", "AU")]),
    ("Smith, a city man, said so.", [("Smith", "ORG")], []),
])
def test_what_the_text_says_a_name_is_makes_it_a_town(make_doc, text, guesses, found):
    assert _tagged(make_doc, text, guesses) == found


@pytest.mark.parametrize("text, guesses, found", [
    # a region's name the entity table calls a place: the model's PERSON or WORK_OF_ART is no veto
    ("Much of the money came from Yorkshire businessman Tom Hale.", [("Yorkshire", "PERSON"), ("Tom Hale", "PERSON")],
     [("Yorkshire", "region", "GB")]),
    # a town and its county, both mislabelled: the pair is a place as the entity table reads it
    ("Ken Dale, 34, from Hartpury, Gloucestershire, denied the charge.",
     [("Ken Dale", "PERSON"), ("Hartpury", "ORG"), ("Gloucestershire", "WORK_OF_ART")],
     [("Hartpury", "city", "GB"), ("Gloucestershire", "region", "GB")]),
    # a name after a place and "and"
    ("The fee would be paid by Heathrow and Gatwick from next year.", [("Heathrow", "FAC"), ("Gatwick", "PERSON")],
     [("Heathrow", "place", "GB"), ("Gatwick", "place", "GB")]),
    # not a subject after "and", nor a street's name before "streets"
    ("She lived in Iraq and Bush said nothing.", [("Iraq", "GPE"), ("Bush", "PERSON")], [("Iraq", "country", "IQ")]),
    # not a French department that is a singer's name, nor a palace after "the"
    ("The VH1 award went to Cher on Sunday.", [("Cher", "PERSON")], []),
    ("Tony Blair went up to the Palace to see the Queen.", [("Tony Blair", "PERSON"), ("Palace", "ORG")], []),
])
def test_the_places_of_the_entity_table_are_places(make_doc, text, guesses, found):
    assert _tagged(make_doc, text, guesses) == found


def test_a_town_alone_the_entity_table_calls_a_place_is_not_taken_over(make_doc):
    # the entity table reads "from" as a place cue and calls Paramount a GPE; no comma pair, list or
    # region says so here, so the places table keeps no Paramount, California
    assert _tagged(make_doc, "He later secured the film rights from Paramount, enabling them to use the title.",
                   [("Paramount", "ORG")]) == []


@pytest.mark.parametrize("text, guesses, found", [
    # both ends of a range of towns ("from X to Y"), tagged no place or left untagged
    ("Maine cities from Bangor to Biddeford weigh repairs to bridges.", [("Maine", "GPE"), ("Bangor", "ORG")],
     [("Maine", "region", "US"), ("Bangor", "city", "US"), ("Biddeford", "city", "US")]),
    ("He drove from Bangor to Portland on Monday.", [("Bangor to Portland", "ORG")],
     [("Bangor", "city", "US"), ("Portland", "city", "US")]),
    # two towns of different countries are no range of towns ("from Toyota to Ford": firms)
    ("The engineer moved from Toyota to Ford last year.", [("Toyota", "ORG"), ("Ford", "ORG")], []),
])
def test_the_ends_of_a_range_of_towns_are_places(make_doc, text, guesses, found):
    assert _tagged(make_doc, text, guesses) == found


@pytest.mark.parametrize("text, guesses, found", [
    # a British town's address gives its county, a second-level region
    ("Ashford, Kent, won the large-town prize.", [], [("Ashford", "city", "GB"), ("Kent", "region", "GB")]),
    ("The Markfield, Leicestershire-based company runs quarries.", [("Leicestershire", "GPE")],
     [("Markfield", "city", "GB"), ("Leicestershire", "region", "GB")]),
    # not a county named after a town ("Watford, Bolton meet ..."), nor a person and a list
    ("Fulham face Watford, Bolton meet Ipswich.", [("Fulham", "ORG"), ("Watford", "ORG"), ("Bolton", "ORG"),
                                                  ("Ipswich", "ORG")], []),
    ("Mason, Devon and the driver were hurt.", [("Mason", "PERSON"), ("Devon", "PERSON")], []),
])
def test_a_county_after_a_town_is_its_address(make_doc, text, guesses, found):
    assert _tagged(make_doc, text, guesses) == found


def test_a_postal_code_the_model_called_an_organisation_qualifies_its_town(make_doc):
    # T19: "Columbia, SC; ... Rochester, MN;" (SC and MN tagged ORG; "MN" no name in the gazetteer)
    # left Columbia in Pennsylvania and Rochester in Pennsylvania
    text = "Grants went to Columbia, SC; Lafayette, LA; and Rochester, MN; the agency said."
    found = {m.text: m for m in extract_place_mentions(make_doc(text))}
    assert near(found["Columbia"], 34.0, -81.03) and near(found["Rochester"], 44.02, -92.47)
    assert (found["MN"].kind, found["MN"].country_code) == ("region", "US")


def test_a_region_known_by_its_point_only_keeps_the_nearest_town_of_the_name(make_doc):
    # T19: "Richmond, North Yorkshire" (GeoNames "RGN", no code its towns share) was the bigger
    # Richmond in London, 300 km from the region's point, beside a London dateline
    text = "LONDON - The prize went to Richmond, North Yorkshire, whose market square won praise."
    found = {m.text: m for m in extract_place_mentions(make_doc(text))}
    assert near(found["Richmond"], 54.40, -1.73, 10)
    # a country after the comma is no such region: "SRINAGAR, India" stays the big city in Kashmir
    found = {m.text: m for m in extract_place_mentions(make_doc("SRINAGAR, India (Reuters) - Troops fired."))}
    assert near(found["SRINAGAR"], 34.08, 74.80, 20)


def test_a_name_the_entity_table_calls_a_place_gives_no_surname(make_doc):
    # LGL: "Historic Dublin" (PERSON, GPE in the entity table) made "Dublin" a surname, and every
    # "Dublin City Council" of a Dublin, Ohio story lost its town
    from newsmine.extract.places import _Article

    doc = set_guessed_entities(make_doc("Plans for Historic Dublin were shown."), [("Historic Dublin", "PERSON")])
    span = (doc.ents[0].start_char, doc.ents[0].end_char)
    assert "dublin" in _Article.of(doc).surnames
    assert "dublin" not in _Article.of(doc, frozenset({span})).surnames


def test_two_towns_before_a_noun_of_their_life_are_towns(make_doc):
    # T19: "Dundee and Stirling councils" (ORG, ORG): the first qualifies the noun past "and"
    found = {m.text: m.country_code for m in extract_place_mentions(make_doc(
        "Dundee and Stirling councils are planning similar work."))}
    assert found == {"Dundee": "GB", "Stirling": "GB"}
    assert not extract_place_mentions(make_doc("Apple and Google shares fell."))


def test_a_demonym_and_the_word_after_it_may_name_a_town(make_doc):
    # T19: "Kingston and neighboring Spanish Town" (Spanish LANGUAGE) was Spain, the nationality
    found = _tagged(make_doc, "Crews worked in Kingston and neighbouring Spanish Town on Monday.",
                    [("Kingston", "GPE"), ("Spanish", "LANGUAGE")])
    assert found == [("Kingston", "city", "JM"), ("Spanish Town", "city", "JM")]
    # not a nationality before a body's word ("the French Government")
    assert _tagged(make_doc, "The French Government said no.", [("French", "NORP")]) == [("French", "demonym", "FR")]


def test_a_wire_dateline_with_a_plain_hyphen_after_the_agency_is_a_place(make_doc):
    # T23: "DAKAR, Senegal (Reuters) - ..." (DAKAR untagged) gave no Dakar row
    found = {m.text: m for m in extract_place_mentions(make_doc(
        "ACCRA, Ghana (Reuters) - Cocoa farmers said rains had come late."))}
    assert near(found["ACCRA"], 5.56, -0.20, 20)
    found = {m.text: m for m in extract_place_mentions(make_doc("NAIROBI, March 3 (Reuters) - Prices rose."))}
    assert near(found["NAIROBI"], -1.29, 36.82, 20)


def test_a_town_named_for_a_country_before_a_state_abbreviation_is_the_town(make_doc):
    # T23: "a hospital in Mexico, Mo." was the country Mexico; a list of countries never runs on
    # into a state's abbreviation
    found = {m.text: m for m in extract_place_mentions(make_doc(
        "Grants went to clinics in Peru, Ind., and Lebanon, Ore., the department said."))}
    assert near(found["Peru"], 40.75, -86.07, 20) and near(found["Lebanon"], 44.54, -122.91, 20)
    found = {m.text: m.kind for m in extract_place_mentions(make_doc("Talks with Russia, Ukraine and Peru stalled."))}
    assert found["Peru"] == "country"
    # a state's name before another's abbreviation is two states (LGL: "near the Indiana, Ill., border")
    found = {m.text: m.kind for m in extract_place_mentions(make_doc(
        "The mine lies 40 miles southeast of Champaign near the Indiana, Ill., border."))}
    assert found["Indiana"] == "region"


def test_a_town_set_in_its_region_is_a_place_in_a_sports_story(make_doc):
    # T23: a Soweto derby report dropped "Newcastle in KwaZulu-Natal" as the English club
    text = ("Pirates beat Chiefs 2-1 in the Soweto derby on Saturday. Fans had come by bus from Durban "
            "and Newcastle in KwaZulu-Natal. Chiefs coach Nabi said his side would recover.")
    found = {m.text: m.country_code for m in extract_place_mentions(make_doc(text))}
    assert found["Newcastle"] == "ZA" and found["Durban"] == "ZA"


def test_a_lower_case_rank_word_is_no_part_of_a_places_name(make_doc):
    # T23: "India's Meghalaya state" came out as the place "Meghalaya state", a second name for a corpus to count
    rows = extract_places(make_doc("Floods hit India's Assam state on Monday. Officials in Assam said."))
    assert [(p.place, p.mentions) for p in rows if p.country_code == "IN" and p.kind == "region"] == [("Assam", 2)]


def test_a_towns_name_before_arms_is_a_pub(make_doc):
    # T23: "The Dublin Arms in Chiswick" (FAC) gave Dublin, Ireland three times in a London pubs story
    found = [m.text for m in extract_place_mentions(make_doc(
        "Regulars at the York Arms in Hammersmith raised £2,000. Fans at Cardiff Arms Park sang."))]
    assert found == ["Hammersmith", "Cardiff"]


def test_a_firms_or_papers_place_far_from_the_story_is_no_place_of_it(make_doc):
    """Issue 14, item 3: a paper or a firm named after a place tells where it is, not where the
    story happens; a public body's place, or one in the story's own region, stays."""
    text = ("MUNICH, Germany — Bavaria's cartel office opened an inquiry on Monday, days after the "
            "Boston Globe reported on a similar probe. An engineer at Texas Instruments said chip "
            "prices had doubled.")
    names = [m[0] for m in mentions(make_doc, text)]
    assert "Boston" not in names and "Texas" not in names
    assert {"MUNICH", "Germany", "Bavaria"} <= set(names)
    text = ("TAMPA, Fla. — Hillsborough County will widen two roads, the Tampa Tribune reported. "
            "The Ohio Department of Transportation lent three engineers to the project.")
    names = [m[0] for m in mentions(make_doc, text)]
    assert names.count("Tampa") == 1 and "Ohio" in names
    # a country stays when the article's people are its own ("the Irish government")
    text = "The Irish government welcomed a forecast from the Bank of Ireland. Unemployment in Cork fell."
    assert "Ireland" in [m[0] for m in mentions(make_doc, text)]
    text = "Mortgage lending in the UK fell in March, figures from the Bank of England showed."
    assert [m[0] for m in mentions(make_doc, text)] == ["UK"]


def test_a_rivers_name_the_model_cut_short_is_no_town_inside_it(make_doc):
    """"the Little Miami River" tagged "Miami River" had become the town of Miami."""
    text = "Roads were closed on Sunday. The Little Miami River rose four feet near Lebanon, Ohio."
    found = {m.text: m for m in extract_place_mentions(make_doc(text))}
    assert "Miami" not in found and "Miami River" not in found
    assert found["Little Miami River"].lat is None
    # T64: nor is a river a state named after it: "the Paraná River" had been Brazil's state
    # Paraná, and its vote made Rosario Brazilian
    text = "Drought\n\nBarges ran aground along the Paraná River near Rosario this week."
    found = {m.text: m for m in extract_place_mentions(make_doc(text))}
    assert found["Paraná River"].lat is None and found["Rosario"].country_code == "AR"
    # a river named after a town it runs through is still that town's ("the Naugatuck River")
    text = "Flood\n\nThe Naugatuck River rose overnight, flooding streets in Waterbury, Conn."
    assert [(m.text, m.kind) for m in extract_place_mentions(make_doc(text))][0] == ("Naugatuck", "city")


def test_a_big_city_of_a_named_country_gains_nothing_when_another_named_country_has_the_name(make_doc):
    # "Australian" had made every bare "Perth" the Australian city in a story about the Scottish one;
    # "Britain" every bare "London" the British capital in one about hospitals across Ontario.
    perth = ("Councillors in Perth will revive the city's link with its Australian namesake. Visitors from "
             "Perth, Western Australia, will tour the city and take a trip along the Tay to Dundee, and "
             "Scottish ministers will pay. Perth has a lot to offer, the council leader said. Most such links "
             "in Scotland have no budget.")
    assert [c for t, _, c in mentions(make_doc, perth) if t == "Perth"] == ["GB", "AU", "GB"]
    london = ("London's two main hospitals are opening extra beds as flu spreads across southwestern Ontario. "
              "Patients are sent from St. Thomas and Woodstock. A doctor who moved from London, England, said "
              "it was worse than anything she had seen in Britain.")
    assert [c for t, _, c in mentions(make_doc, london) if t == "London"] == ["CA", "GB"]


def test_a_town_named_like_a_state_is_qualified_by_another_countrys_region(make_doc):
    # "Victoria, Texas" had been read as a list of two states (the first reading of "Victoria" is the
    # Australian state), leaving the Texas town to vote for every bare "Victoria" of a story in British Columbia.
    text = ("A Victoria shipyard has won a contract to refit two of the province's ferries, which sail between "
            "Vancouver and Sidney. British Columbia's minister welcomed it. The yard beat a firm in "
            "Victoria, Texas. The first ferry is due in Victoria in October.")
    found = [(t, c) for t, _, c in mentions(make_doc, text) if t in ("Victoria", "Vancouver")]
    assert found == [("Victoria", "CA"), ("Vancouver", "CA"), ("Victoria", "US"), ("Victoria", "CA")]
    states = mentions(make_doc, "Farmers in Wisconsin, Minnesota and Iowa lost crops.")
    assert [(t, k) for t, k, _ in states] == [("Wisconsin", "region"), ("Minnesota", "region"), ("Iowa", "region")]


def test_a_peer_named_after_a_town_near_the_story_is_no_neighbouring_town(make_doc):
    # a lone name the model calls a person, a town 25 km from the story's Perth, had been added as a
    # neighbour: after a peer's title it is the peer
    text = ("Councillors in Perth agreed the plan on Monday. A review of twinning by Lord Dunkeld found most "
            "links in Scotland had no budget. Lord Dunkeld's report urged councils to act.")
    assert "Dunkeld" not in [t for t, _, _ in mentions(make_doc, text)]


def test_a_province_the_entity_table_calls_a_place_is_one_before_its_possessive(make_doc):
    # the model read "Nova Scotia's" as a person; a province's name of two words is never one
    text = "Prices rose. New Brunswick's health minister said the clinic would reopen."
    assert mentions(make_doc, text) == [("New Brunswick", "region", "CA")]


def test_a_country_after_a_town_and_a_comma_qualifies_it_whatever_the_model_called_it(make_doc):
    # the model read "Bermuda" as a person; the pair had been lost and Hamilton put in New Zealand
    text = ("Premiums in Wellington and Lower Hutt rose again. A reinsurer based in Hamilton, Bermuda, "
            "who backs the local market, asked for more.")
    found = mentions(make_doc, text)
    assert ("Hamilton", "city", "BM") in found and ("Bermuda", "country", "BM") in found


def test_a_bare_name_after_its_pair_is_the_pairs_town_when_nothing_points_elsewhere(make_doc):
    # Bermuda's Hamilton (902 people) was no reading of the bare name: it went to Hamilton, Ontario,
    # then, as a far-away village, unresolved
    text = "A cruise ship docked in Hamilton, Bermuda, on Monday. Shops in Hamilton stayed open late."
    assert mentions(make_doc, text) == [("Hamilton", "city", "BM"), ("Bermuda", "country", "BM"),
                                        ("Hamilton", "city", "BM")]


def test_a_pair_in_a_list_does_not_drag_the_bare_names_of_a_story_focused_elsewhere(make_doc):
    text = ("Voters in Hillsborough County, Florida, have picked the winner for decades. Tampa and Brandon "
            "lean one way, Plant City the other. Like Hillsborough, N.H., and Wake, N.C., the county is a "
            "bellwether. Turnout in Hillsborough was high in Tampa.")
    found = [m for m in extract_place_mentions(make_doc(text)) if m.text == "Hillsborough"]
    assert [(m.country_code, round(m.lat or 0)) for m in found] == [("US", 43), ("US", 28)]  # Hillsborough, N.H.; FL


def test_the_entity_table_and_places_agree_on_qualifiers_the_model_called_people(make_doc):
    # "Bermuda ... who" and "Co Wexford" were PERSON rows in the entity table, places in the places table
    text = ("The ship docked in Hamilton, Bermuda, who had not seen such waves in years. Residents of "
            "Hamilton said the harbour was closed. A farmer from Enniscorthy, Co Wexford, lost his crop. "
            "Gardai in Co Wexford closed two roads.")
    doc = make_doc(text)
    labels = {e.entity: (e.label, e.mentions) for e in extract_entities(doc)}
    places = {(p.place, p.country_code): p.mentions for p in extract_places(doc)}
    assert labels["Bermuda"] == ("GPE", 1) and labels["Co Wexford"] == ("GPE", 2) and labels["Hamilton"] == ("GPE", 2)
    assert places == {("Hamilton", "BM"): 2, ("Bermuda", "BM"): 1, ("Enniscorthy", "IE"): 1, ("Co Wexford", "IE"): 2}


def test_a_name_the_text_calls_a_town_or_village_reads_as_no_country_or_big_city(make_doc):
    # "the town of Denmark" is no country; a village is no capital city; unresolved beats wrong
    denmark = mentions(make_doc, "Motels in the town of Denmark, west of Albany in Western Australia, are full.")
    assert [(k, c) for t, k, c in denmark if t == "Denmark"] in ([("city", "AU")], [("city", None)])
    berlin = mentions(make_doc, "Workers in the Eastern Cape travel daily from Mdantsane and from villages such as "
                                "Berlin, west of East London.")
    assert ("Berlin", "city", "DE") not in berlin and [k for t, k, c in berlin if t == "Berlin"] == ["city"]
    assert ("Berlin", "city", "DE") in mentions(make_doc, "Ministers met in the city of Berlin on Monday.")


def test_an_irish_county_written_co_is_the_county(make_doc):
    # "Co Wexford" (the model: a person) votes for Ireland, so its villages are Irish
    text = "Trees fell in north Co Wexford, around the villages of Castletown and Newtown."
    found = mentions(make_doc, text)
    assert ("Co Wexford", "region", "IE") in found and ("Castletown", "city", "IE") in found


def test_a_states_people_the_model_left_untagged_name_the_state(make_doc):
    # "Ontarians" opening a sentence had no tag and no place; the model's "Texans" already was Texas
    found = mentions(make_doc, "Clinics\n\nOntarians without a family doctor now number about two million.")
    assert found == [("Ontarians", "region", "CA")]


def test_a_givens_name_that_names_a_country_is_no_place_once_a_role_says_person(make_doc):
    # "chief executive Bharat Kulkarni" (ORG for the model) put India ("Bharat") in the places table
    text = "Sales of scooters rose, chief executive Bharat Kulkarni said on Wednesday. Kulkarni expects more."
    doc = make_doc(text)
    assert {e.entity: e.label for e in extract_entities(doc)}.get("Bharat Kulkarni") == "PERSON"
    assert "Bharat" not in [p.place for p in extract_places(doc)]


def test_a_town_and_its_irish_county_read_as_one_name_are_the_pair(make_doc):
    doc = set_guessed_entities(make_doc("The mart in Kells, Co Meath, closed early."), [("Kells, Co Meath", "ORG")])
    found = extract_place_mentions(doc)
    assert [(m.text, m.kind, m.country_code) for m in found] == [("Kells", "city", "IE"), ("Co Meath", "region", "IE")]
    assert round(found[0].lat, 1) == 53.7   # Meath's Kells, not Kilkenny's or Antrim's


def test_a_us_county_in_a_story_placed_elsewhere_is_no_us_place(make_doc):
    # the gazetteer has no Ontario counties: Middlesex County, Massachusetts had been chosen
    text = ("Hospitals in London, Ontario, are full. Smaller hospitals in Middlesex County and in Woodstock "
            "and Ingersoll report long waits.")
    found = {m.text: (m.kind, m.country_code) for m in extract_place_mentions(make_doc(text))}
    assert found["Middlesex County"][1] is None and found["Woodstock"][1] == "CA"


def test_a_towns_hyphenated_name_is_read_whole(make_doc):
    # T80: "the Riverside in Chester-le-Street" had been Chester, Maryland
    text = "They played at the Riverside in Chester-le-Street. Fans came from Stockton-on-Tees."
    found = {m.text: m.country_code for m in extract_place_mentions(make_doc(text))}
    assert found.get("Chester-le-Street") == "GB" and found.get("Stockton-on-Tees") == "GB" and "Chester" not in found
    unknown = [(m.text, m.lat) for m in extract_place_mentions(make_doc("They live in Barton-le-Gravel, a village."))]
    assert ("Barton", True) not in [(t, lat is not None) for t, lat in unknown]   # no Barton elsewhere


def test_a_place_in_an_idiom_is_no_place(make_doc):
    # T80: "met her Waterloo" and "sent to Coventry" gave Waterloo and Coventry, England
    text = ("Baker bows out\n\nA woman from Harrogate met her Waterloo at the final. Her rival was sent to Coventry by "
            "the judges, and the shop became a Mecca for sourdough lovers. Judges flew home to Rome on Monday.")
    places = {m.text for m in extract_place_mentions(make_doc(text))}
    assert "Harrogate" in places and "Rome" in places and not places & {"Waterloo", "Coventry", "Mecca"}


def test_a_doubted_name_keeps_no_country_the_story_names_nothing_in(make_doc):
    # every Waterville the gazetteer knows is American; the story is in Kerry
    text = ("Anglers look to a better season\n\nCAHERSIVEEN, Co Kerry — Boats leave from Portmagee. Anglers in "
            "Waterville have welcomed a recovery in sea trout numbers.")
    waterville = [m for m in extract_place_mentions(make_doc(text)) if m.text == "Waterville"]
    assert [(m.lat, m.country_code) for m in waterville] in ([], [(None, None)])


def test_a_name_the_model_missed_before_an_irish_county_is_its_town_in_both_tables(make_doc):
    # "Crews from Enniscorthy, Co Wexford" had no row for Enniscorthy in either table
    doc = set_guessed_entities(make_doc("Crews from Enniscorthy, Co Wexford, worked all night."),
                               [("Co Wexford", "PERSON")])
    found = [(m.text, m.country_code) for m in extract_place_mentions(doc)]
    assert found == [("Enniscorthy", "IE"), ("Co Wexford", "IE")]
    assert {e.entity: e.label for e in extract_entities(doc)} == {"Enniscorthy": "GPE", "Co Wexford": "GPE"}


def test_a_town_and_its_county_are_places_in_both_tables_whatever_the_model_made_of_them(make_doc):
    # the model: "Matlock, Derbyshire" one ORG, "Leek" a person, "Staffordshire" nothing
    doc = set_guessed_entities(make_doc("Firefighters from Matlock, Derbyshire, and Leek, Staffordshire, helped."),
                               [("Matlock, Derbyshire", "ORG"), ("Leek", "PERSON")])
    found = [(m.text, m.kind, m.country_code) for m in extract_place_mentions(doc)]
    assert found == [("Matlock", "city", "GB"), ("Derbyshire", "region", "GB"), ("Leek", "city", "GB"),
                     ("Staffordshire", "region", "GB")]
    assert {e.entity: e.label for e in extract_entities(doc)} == {
        "Matlock": "GPE", "Derbyshire": "GPE", "Leek": "GPE", "Staffordshire": "GPE"}


def test_a_list_of_towns_or_a_county_far_from_the_town_makes_no_pair(make_doc):
    # Klin lies in Moscow's region, 300 km from Ivanovo's: a list; Leicester is no town of Somerset
    text = ("It owns breweries in Russian cities - Klin, Ivanovo, Saransk and Kursk. "
            "Staff moved from Leicester, Somerset.")
    assert towns_before_their_regions(text) == []
    assert towns_before_their_regions("Staff moved from Glastonbury, Somerset.") == [((17, 28), (30, 38))]


def test_qualifiers_news_writes_without_a_plain_comma(make_doc):
    # "The town of Windsor, N.S." went to Windsor, Ontario; "AURANGABAD (BIHAR):" to Maharashtra's
    # Aurangabad; "St. John's, Antigua" to Newfoundland (Antigua a Spanish town)
    cases = {
        "The town of Windsor, N.S., will replace a water main that has burst five times.": ("Windsor", "CA", 45.0),
        "AURANGABAD (BIHAR): Farmers will get solar pumps under a state scheme, officials said.":
            ("AURANGABAD", "IN", 24.8),
        "Vendors at the cruise pier in St. John's, Antigua, expect a busy season.": ("St. John's", "AG", 17.1),
    }
    for text, (name, cc, lat) in cases.items():
        found = [(m.country_code, round(m.lat, 1)) for m in extract_place_mentions(make_doc(text)) if m.text == name]
        assert found == [(cc, lat)], text


def test_a_peers_title_names_no_place(make_doc):
    # "The Duke of Wellington, which dates from the 1780s" (a pub) had been Wellington, Shropshire
    text = ("Drinkers in Telford mourned the Duke of Wellington, which closed after 240 years. "
            "The Earl of Derby pub is next.")
    found = [m.text for m in extract_place_mentions(make_doc(text))]
    assert "Telford" in found and "Wellington" not in found and "Derby" not in found


def test_a_town_in_a_named_region_is_its_reading_there(make_doc):
    # "Richmond in Tasmania" had been Melbourne's Richmond; the region still votes for the rest
    found = {m.text: (m.country_code, round(m.lat, 1)) for m in extract_place_mentions(make_doc(
        "Storm\n\nRoofs were lost in Richmond in Tasmania on Sunday, and in Perth."))}
    assert found == {"Richmond": ("AU", -42.7), "Tasmania": ("AU", -42.0), "Perth": ("AU", -32.0)}


def test_a_town_the_text_calls_a_regions_town_is_its_reading_there(make_doc):
    # T44: "She was born in the Ohio town of Athens" went to Greece, twice
    found = {(m.text, m.country_code) for m in extract_place_mentions(make_doc(
        "Obituary\n\nJoan Pryor was born in the Georgia town of Rome in 1937 and moved to Florida in 1960."))}
    assert ("Rome", "US") in found and ("Rome", "IT") not in found


def test_two_places_the_gazetteer_knows_as_one_town_joined_by_of_are_that_town(make_doc):
    # T44: the model splits "Port of Spain" into "Port" (a French town) and "Spain", in both tables
    doc = make_doc("Nurses from Kingston now work in San Fernando and Port of Spain.")
    found = {(m.text, m.country_code) for m in extract_place_mentions(doc)}
    assert ("Port of Spain", "TT") in found and not {"Port", "Spain"} & {t for t, _ in found}
    assert "Port of Spain" in {e.entity for e in extract_entities(doc)}


def test_a_small_lone_reading_far_from_every_pinned_place_is_unresolved(make_doc):
    # T44: "a barn fire in the Liberty Hill community" in a TOCCOA, Ga. story was Liberty Hill, Texas
    text = ("TOCCOA, Ga. — The volunteer crew that covers the ridges near Toccoa got a new engine. The old one "
            "broke down on the way to a barn fire in the Liberty Hill community last winter.")
    found = {m.text: m for m in extract_place_mentions(make_doc(text))}
    assert found["Liberty Hill"].country_code == "US" and found["Liberty Hill"].lat is None
    assert found["Toccoa"].lat is not None


def test_a_region_named_abroad_anchors_its_own_towns(make_doc):
    # "Hamilton" in western Victoria had been Bermuda's capital, then unresolved: Victoria's towns
    # carried GeoNames' number ("AU.07"), which the region's ISO code ("AU-VIC") never met
    text = ("Grassfire destroys homes in western Victoria\n\nA grassfire destroyed six homes in western Victoria "
            "on Tuesday. The fire started near Hamilton shortly after midday, and a relief centre opened in Stawell.")
    found = {m.text: m for m in extract_place_mentions(make_doc(text))}
    assert found["Hamilton"].country_code == "AU" and abs(found["Hamilton"].lon - 142.0) < 0.2
    # ... and a "Town, Province" pair finds the province's town: "Kingston, Ontario" had been Jamaica's
    # capital (the town's "CA.08" was read as lying outside Ontario, 1,200 km from its point)
    text = "The band played in Kingston, Ontario, and in Perth, Ontario, before a show in Toronto, Montreal, " \
           "Quebec City and Halifax."
    found = {m.text: m for m in extract_place_mentions(make_doc(text))}
    assert (found["Kingston"].country_code, found["Perth"].country_code) == ("CA", "CA")
    assert found["Quebec City"].kind == "city"


def test_both_towns_between_are_places(make_doc):
    # T48: "communities between Hamilton and Horsham" (Horsham PERSON for the model); people stay people
    text = ("Fire warnings in western Victoria\n\nA grassfire burned near Stawell in western Victoria. Warnings "
            "were issued for communities between Hamilton and Horsham on Tuesday. Talks between Rosberg and "
            "Hamilton ended.")
    found = {m.text: m for m in extract_place_mentions(make_doc(text))}
    assert found["Horsham"].country_code == "AU" and "Rosberg" not in found


def test_towns_near_each_other_abroad_outvote_the_biggest_namesakes_country(make_doc):
    # Stratford, Connecticut is the biggest Stratford, so the country was the US, and California's
    # hamlets named London, Stratford and Ontario then carried a story from southwestern Ontario
    text = ("Hospitals cancel surgeries as flu cases surge\n\nHospitals across southwestern Ontario postponed "
            "surgeries this week. London Health Sciences Centre said its two London hospitals were full. In "
            "Woodstock, the hospital opened a temporary ward. In Stratford, the general hospital cancelled "
            "operations. The hospital in Cambridge reported similar pressures.")
    found = {m.text: m.country_code for m in extract_place_mentions(make_doc(text))}
    assert {found[n] for n in ("Ontario", "London", "Woodstock", "Stratford", "Cambridge")} == {"CA"}


def test_a_small_town_chosen_abroad_by_size_alone_in_a_one_country_story_is_unresolved(make_doc):
    # Glencoe, South Africa had been given to the Highland village the gazetteer lacks
    text = ("Floods close roads in Lochaber\n\nRoads near Fort William in the Highland were closed on Tuesday. "
            "A hall in Glencoe opened its doors to families.")
    found = {m.text: m for m in extract_place_mentions(make_doc(text))}
    assert (found["Glencoe"].country_code, found["Glencoe"].lat) == (None, None)
    assert found["Fort William"].country_code == "GB"


def test_a_clubs_town_alone_is_no_place_once_the_club_is_named_in_full(make_doc):
    # "Premiership side Newcastle United ... Yeading v Newcastle": the fixture's "Newcastle" had been
    # the city once the entity table filed it under the club's full name
    text = ("Hartlepool face Newcastle in FA Cup\n\nPremiership side Newcastle United travel to Hartlepool in the "
            "FA Cup third round, and the winners meet Chelsea or Wigan. The striker scored twice last week.\n\n"
            "Draw:\n\nHartlepool v Newcastle\n\nWolves v Millwall\n\nWigan v Chelsea\n")
    assert "Newcastle" not in [m.text for m in extract_place_mentions(make_doc(text))]


def test_a_country_the_model_calls_a_body_is_a_place_and_dr_congo_keeps_its_dr(make_doc):
    # "as the UAE seeks to draw visitors" (ORG) had no row; "DR Congo's" lost its "DR" as a doctor's
    # title and became the Republic of the Congo
    found = extract_place_mentions(make_doc("Hotels opened as the UAE seeks more visitors. "
                                            "DR Congo's coach Ali Ndala named his squad."))
    assert [(m.text, m.country_code) for m in found] == [("UAE", "AE"), ("DR Congo", "CD")]


def test_a_club_named_after_a_town_gives_its_town_only_in_the_towns_region(make_doc):
    # "Emirati investors ... stakes in Manchester City" (GPE for the model) in a story from Dubai had
    # put Manchester, England in it; "Kansas City" is a city of its own
    found = extract_place_mentions(make_doc("DUBAI - Emirati investors bought stakes in Manchester City and in "
                                            "hotels in Ras Al Khaimah. Police in Kansas City made arrests."))
    assert "Manchester" not in [m.text for m in found] and "Kansas City" in [m.text for m in found]
    found = extract_place_mentions(make_doc("Fans of Manchester City met in Leeds and York on Saturday."))
    assert [m.text for m in found][0] == "Manchester"


def test_an_island_the_gazetteer_lacks_is_no_town_it_is_named_after(make_doc):
    # "Victoria Island" (a Lagos district) had been Victoria, the Australian state; unresolved
    # beats wrong, as for "Mackinac Island"
    found = extract_place_mentions(make_doc("LAGOS - Floods swept through Victoria Island and Lekki on Monday."))
    island = next(m for m in found if m.text.startswith("Victoria"))
    assert (island.text, island.country_code, island.lat) == ("Victoria Island", None, None)


def test_in_sports_copy_a_country_the_model_calls_a_body_gives_no_place_by_that_reading(make_doc):
    # "UAE coach Ali Saeed" in a results digest: the national side, not a place of the story
    text = ("Results\n\nJapan 2 Oman 1\nQatar 0 Iran 3\nIraq 1 Syria 1\n\n"
            "The UAE host the next round; UAE coach Ali Saeed named his squad.")
    assert "UAE" not in [m.text for m in extract_place_mentions(make_doc(text))]


def test_a_town_no_reading_of_which_lies_near_the_county_after_it_is_left_unresolved(make_doc):
    # the gazetteer's one Kells lies in Co Meath, 130 km away: unresolved beats wrong
    found = extract_place_mentions(make_doc("Reilly, who grew up in Kells, Co Kilkenny, moved north. "
                                            "His brother lives in Kells, Co Meath."))
    kells = [(m.country_code, m.lat is None) for m in found if m.text == "Kells"]
    assert kells == [("IE", True), ("IE", False)]
    # a list is no pair: "in Sharon, Cornwall and Salisbury" are three Connecticut towns (LGL)
    found = extract_place_mentions(make_doc("Manning visited residents in Sharon, Cornwall and Salisbury. Kent "
                                            "and Canaan in Connecticut will pay more."))
    assert next(m for m in found if m.text == "Sharon").lat is not None


def test_a_county_the_gazetteer_keeps_as_a_region_qualifies_the_town_before_it(make_doc):
    text = ("WINDSOR, Ont. - Parts makers in Windsor are worried. Raman, who moved to Canada from Windsor, "
            "Berkshire, in 2009, said the slowdown reminded her of 2008.")
    found = [m.country_code for m in extract_place_mentions(make_doc(text)) if m.text == "Windsor"]
    assert found == ["CA", "GB"]   # the body's Windsor follows the dateline; the pair is its own


def test_more_demonyms_and_a_countrys_own_name_read_as_a_nationality(make_doc):
    text = ("An Argentinian referee will take charge. The crew trained with the Icelandic coast guard. "
            "The town lies about 80 kilometres from the Lesotho border.")
    found = {m.text: m.country_code for m in extract_place_mentions(make_doc(text))}
    assert found == {"Argentinian": "AR", "Icelandic": "IS", "Lesotho": "LS"}


def test_a_county_not_written_as_one_leaves_a_list_of_towns_alone(make_doc):
    # "Leicester, Somerset" is a list, not a town of Somerset: Leicester keeps its point
    found = extract_place_mentions(make_doc("He visits Manchester, Liverpool, Leicester, Somerset, Basingstoke "
                                            "and Torbay this week."))
    assert next(m for m in found if m.text == "Leicester").lat is not None



def test_a_ships_name_after_its_prefix_is_no_place_at_any_mention(make_doc):
    text = ("The navy vessel HMNZS Canterbury sailed from Devonport on Monday. Canterbury carries "
            "300 tonnes of supplies for Tonga.")
    names = [m.text for m in extract_place_mentions(make_doc(text))]
    assert "Canterbury" not in names and "Tonga" in names


def test_a_paper_named_after_a_region_abroad_of_the_storys_own_places_is_no_place(make_doc):
    # Otago's ISO code "NZ-OTA" is compared with Palmerston North's GeoNames "NZ.F1" in ISO's form
    text = ("Students in Palmerston North and Stratford will pay more, the minister told the Otago "
            "Daily Times on Tuesday.")
    names = [m.text for m in extract_place_mentions(make_doc(text))]
    assert "Otago" not in names and "Palmerston North" in names


def test_a_town_and_a_plural_nickname_in_sports_copy_is_the_club(make_doc):
    text = ("The Brisbane Lions moved into the top four with a 22-point win over Collingwood, who led at "
            "three-quarter time. The Lions host the Sydney Swans at the Gabba next week, coach Ann Hale said.")
    assert "Sydney" not in [m.text for m in extract_place_mentions(make_doc(text))]


def test_a_common_noun_named_after_a_town_is_no_place(make_doc):
    text = ("A bag of Portland cement costs N9,500 in Abuja. There is no case of Marburg virus "
            "disease in Kenya.")
    names = [m.text for m in extract_place_mentions(make_doc(text))]
    assert "Portland" not in names and "Marburg" not in names and "Kenya" in names


def test_a_delta_named_after_a_river_is_not_in_the_country_of_that_name(make_doc):
    found = extract_place_mentions(make_doc("In the Niger Delta, where roads are being built, contractors "
                                            "ration cement. Lagos traders agree."))
    assert all(m.country_code != "NE" for m in found)


def test_a_nationality_only_the_entity_table_found_is_a_demonym_row_too(make_doc):
    # after a dateline's dash the model tags no "Finnish"; the entity rules find it
    doc = make_doc("NAIVASHA - Finnish driver Kalle Makela leads the rally after the opening day.")
    assert ("Finnish", "NORP") in {(e.entity, e.label) for e in extract_entities(doc)}
    assert ("Finnish", "FI") in {(m.text, m.country_code) for m in extract_place_mentions(doc)}


def test_a_nationality_the_model_labelled_otherwise_is_a_demonym_as_the_entity_table_reads_it(make_doc):
    # the model: "Filipino" LANGUAGE, "Burkinabe" ORG; the entity table: NORP
    for text, code in (('"Filipino surfers are already asking when the waves will be back," said tourism officer '
                        'Liza Carbonell.', "PH"),
                       ("A Burkinabe officer said the first joint patrols would begin within weeks.", "BF")):
        assert [m.country_code for m in extract_place_mentions(make_doc(text))] == [code]


def test_a_countrys_name_before_a_province_holding_a_town_of_that_name_is_the_town(make_doc):
    found = extract_place_mentions(make_doc("Hotels around Liberia, Guanacaste, are full this week."))
    assert [(m.text, m.country_code) for m in found][0] == ("Liberia", "CR")
    found = extract_place_mentions(make_doc("Trade between Mexico, Texas and Arizona grew."))
    assert found[0].country_code == "MX"   # no Mexico in Texas


def test_foods_and_things_named_after_a_town_are_no_place(make_doc):
    text = ("The stall in Folkestone sells Dundee cake. Tourists asked about the Elgin Marbles, and shops "
            "sell Demerara sugar.")
    assert [m.text for m in extract_place_mentions(make_doc(text))] == ["Folkestone"]


def test_a_region_abroad_votes_for_its_towns_as_a_state_does_for_american_ones(make_doc):
    # the Veneto's ISO code "IT-34" is Verona's GeoNames "IT.20": the bare mentions are Italy's, the pair Wisconsin's
    text = ("The opera season at Verona's Roman arena opened in the Veneto. Hotels in Verona were full. Among "
            "the guests was the mayor of Verona, Wis., a town near Madison.")
    found = [m.country_code for m in extract_place_mentions(make_doc(text)) if m.text == "Verona"]
    assert found == ["IT", "IT", "US"]


def test_only_the_gazetteers_demonyms_of_the_entity_table_are_read_as_nationalities(make_doc):
    # the entity table calls this "Shiloh" NORP; it is the town; "in English and Spanish" are languages
    doc = make_doc("Shiloh weighs schedule changes, part 1. HUME – A delegation of the Shiloh School District board "
                   "met Monday night to discuss the schedule. Shiloh students would take seven classes. Shiloh has "
                   "four students at the centre.")
    assert ("Shiloh", "NORP") in {(e.entity, e.label) for e in extract_entities(doc)}
    assert "Shiloh" in {m.text for m in extract_place_mentions(doc)}
    found = extract_place_mentions(make_doc("The show airs in South Florida in English and Spanish."))
    assert [m.text for m in found] == ["South Florida"]


def test_a_state_before_its_own_country_is_that_state_whatever_the_story_votes(make_doc):
    # an Alberta story: the Queensland hamlet in Alberta got the province's votes once towns abroad had them
    text = ("INNISFAIL - The Innisfail skater returned from Australia. She skates in Red Deer, Innisfail and "
            "Edmonton. She was named the state champion for Queensland, Australia when she was seven. She was "
            "named to the Team Alberta junior team in Edmonton, and qualified for Alberta's development team.")
    found = {m.text: m.country_code for m in extract_place_mentions(make_doc(text))}
    assert found["Queensland"] == "AU"


def test_a_region_abroad_named_only_after_a_towns_comma_gives_its_towns_no_votes(make_doc):
    text = ("Falmouth's docks will add 150 jobs, Cornwall Council said. The council said it would give young "
            "people in Cornwall a reason to stay. The owner, which also runs a yard in Truro, Nova Scotia, chose "
            "the site for its deep water. Courses will be run at the college in Truro.")
    found = {(m.text, m.country_code) for m in extract_place_mentions(make_doc(text))}
    assert ("Falmouth", "GB") in found and ("Cornwall", "GB") in found


def test_a_sauce_named_after_a_county_is_no_place(make_doc):
    # T76: "its Worcestershire sauce" was the English county
    text = "The firm, known for its Worcestershire sauce, has opened a plant in Leeds."
    found = _tagged(make_doc, text, [("Worcestershire", "GPE"), ("Leeds", "GPE")])
    assert [f[0] for f in found] == ["Leeds"]


def test_a_town_near_another_is_its_reading_within_reach_or_none(make_doc):
    # T76: "At Kingston near Lewes" was Kingston upon Thames, 70 km away
    text = "Floods\n\nRiver levels rose at Kingston near Lewes and in the village of Sutton, near Ely, on Monday."
    found = {m.text: m for m in extract_place_mentions(make_doc(text))}
    assert distance_km(found["Kingston"].lat, found["Kingston"].lon, 50.87, 0.01) < 10
    assert distance_km(found["Sutton"].lat, found["Sutton"].lon, 52.40, 0.26) < 15
    # no reading within reach: a town the gazetteer does not know, left without a point
    found = {m.text: m for m in extract_place_mentions(make_doc("Floods\n\nWater rose at Richmond near Lewes."))}
    assert found["Richmond"].lat is None and found["Lewes"].country_code == "GB"


def test_an_isle_the_model_read_as_a_body_is_land_and_qualifies_its_town(make_doc):
    # T76: "Newport, Isle of Wight" was Newport, Wales ("Isle of Wight" ORG for the model)
    text = "Market\n\nTraders met at the market buildings in Newport, Isle of Wight, on Monday."
    doc = set_guessed_entities(make_doc(text), [("Newport", "GPE"), ("Isle of Wight", "ORG")])
    assert {e.entity: e.label for e in extract_entities(doc)}["Isle of Wight"] == "LOC"
    newport = {m.text: m for m in extract_place_mentions(doc)}["Newport"]
    assert distance_km(newport.lat, newport.lon, 50.70, -1.29) < 10
    # a club of the islands is still a club
    doc = set_guessed_entities(make_doc("Isles Football Club won the cup."), [("Isles Football Club", "ORG")])
    assert [e.label for e in extract_entities(doc)] == ["ORG"]


def test_a_province_abbreviated_in_brackets_qualifies_its_town(make_doc):
    # T76: "Perth (Ont.)", as Canadian papers write it, was Western Australia's capital
    text = ("Heritage awards\n\nThe top award went to volunteers in Perth (Ont.), and a second to a group in Paris "
            "(Ont.).")
    found = {m.text: m for m in extract_place_mentions(make_doc(text))}
    assert (found["Perth"].country_code, found["Paris"].country_code) == ("CA", "CA")
    assert distance_km(found["Perth"].lat, found["Perth"].lon, 44.90, -76.25) < 15


def test_a_name_described_as_a_province_is_the_region_not_a_namesake_town(make_doc):
    # T76: "In San Juan, the country's second-largest wine-producing province" was Puerto Rico's capital
    text = ("Frost\n\nIn San Juan, the country's second-largest wine-producing province, frost hit the vines. "
            "Growers in Mendoza said Argentina's exports would fall.")
    found = {m.text: m for m in extract_place_mentions(make_doc(text))}
    assert (found["San Juan"].kind, found["San Juan"].country_code) == ("region", "AR")
    # a town described by its region's office stays a town
    text = "Rain\n\nIn São Paulo, the state capital, it rained."
    found = {m.text: m for m in extract_place_mentions(make_doc(text))}
    assert found["São Paulo"].kind == "city"


def test_a_big_citys_old_name_with_a_cue_is_the_city(make_doc):
    # T88: "Lvov" is an old name of Lviv; short alternate names stay out without a cue ("BGA", "Ill.")
    text = "One poster shows the opera house in Lvov, lit against a violet sky. It was printed in 1961."
    assert ("Lvov", "city", "UA") in mentions(make_doc, text)


def test_in_a_match_report_a_players_home_town_and_a_towns_state_stay_places(make_doc):
    # a sports story, where a town's name is its club unless cued: "Portland beat Seattle", then home towns
    text = ("Portland beat Seattle 2-1 on Saturday, striker Jalen Brooks scoring both goals after half-time.\n\n"
            "Brooks, a native of Dayton, Ohio, has scored in five straight games. Defender Eli Marsh, who grew up "
            "in Portland, Maine, was booked for a late free-kick foul in the 89th minute.")
    found = {m.text: (m.country_code, m.resolved_by) for m in extract_place_mentions(make_doc(text))}
    assert found["Ohio"] == ("US", "qualifier") and found["Dayton"] == ("US", "qualifier")


def test_a_cheese_or_a_ham_named_after_its_town_is_no_place(make_doc):
    text = "Deli\n\nThe shop sold a wedge of Stilton and Parma ham. Its owner was born in Leeds."
    found = [m.text for m in extract_place_mentions(make_doc(text))]
    assert "Stilton" not in found and "Parma" not in found and "Leeds" in found


def test_the_sahel_is_the_region_of_many_countries_also_bare_in_the_headline(make_doc):
    text = ("Sahel faces hunger\n\nMore than 30 million people in the Sahel will need food aid this year, the UN "
            "said, as drought hit Mali, Niger and Burkina Faso.")
    found = [(m.text, m.kind, m.country_code) for m in extract_place_mentions(make_doc(text)) if m.text == "Sahel"]
    assert found and all(code is None for _, _, code in found)


def test_both_ends_of_a_route_across_a_border_are_places(make_doc):
    # the model reads both as people; a noun of travel before "from" makes them a route's ends
    text = ("Beef exports\n\nA new weekly refrigerated air service from Windhoek to Maun, operated with a charter "
            "partner, starts in May.")
    found = {m.text: m.country_code for m in extract_place_mentions(make_doc(text))}
    assert found.get("Windhoek") == "NA" and found.get("Maun") == "BW"


def test_a_town_glued_to_born_or_bound_is_a_place_the_tagger_missed(make_doc):
    text = ("Fans welcome champions\n\nHundreds of fans will take the overnight Montevideo-bound ferry from Buenos "
            "Aires on Thursday to welcome the team home.")
    assert ("Montevideo", "city", "UY") in mentions(make_doc, text)


def test_a_river_the_model_reads_as_a_person_or_body_is_the_river_in_both_tables(make_doc):
    text = ("Drought\n\nBRUSSELS, Aug 19 (Reuters) - Barges on the Danube are sailing at a third of their usual load. "
            "Shipping along the Danube between Vienna and the Black Sea has been disrupted.")
    doc = make_doc(text)
    assert {e.entity: e.label for e in extract_entities(doc)}["Danube"] == "LOC"
    assert [m.kind for m in extract_place_mentions(doc) if m.text == "Danube"] == ["water", "water"]
    # a dictionary word opening a sentence is no town: "Net-based memory shop Crucial"
    assert "Net" not in [m.text for m in extract_place_mentions(make_doc(
        "Awards\n\nNet-based memory and video card shop Crucial won the award."))]


def test_a_name_after_the_glued_to_based_is_no_body(make_doc):
    # "the Gori-based brigade": "the" belongs to the brigade; the name is still the town
    text = ("US general visits Georgia\n\nHe will travel to the town of Gori, according to the Georgian ministry, "
            "and visit the Gori-based first infantry brigade.")
    assert [m.text for m in extract_place_mentions(make_doc(text))].count("Gori") == 2


def test_a_known_city_in_a_capitals_dateline_keeps_its_point_far_from_the_story(make_doc):
    text = ("Measles warning\n\nGENEVA, March 2 (Reuters) - Measles cases in northern Nigeria have doubled since "
            "January, with Kano and Katsina worst hit, the World Health Organization said on Monday.")
    found = {m.text: m.country_code for m in extract_place_mentions(make_doc(text))}
    assert found["GENEVA"] == "CH"


def test_a_name_before_county_council_is_the_county_and_so_are_its_bare_mentions(make_doc):
    # T96: "Lincolnshire County Council" beside Americans from "Boston, Massachusetts" had been
    # Lincolnshire, Illinois, and the market town's bare "Boston" the American city
    text = ("Market fears\n\nTraders at Boston's twice-weekly market fear a year of roadworks. Lincolnshire County "
            "Council wants to widen the road near the bridge. Each summer American tourists, many from Boston, "
            "Massachusetts, visit the Lincolnshire town.")
    found = [(m.text, m.country_code) for m in extract_place_mentions(make_doc(text))]
    assert ("Lincolnshire", "GB") in found and found[0] == ("Boston", "GB") and ("Boston", "US") in found


def test_a_town_put_in_a_region_where_none_of_its_readings_lies_has_no_point(make_doc):
    # T96: "Dallas, a village of about 300 people in Moray" had been Dallas, Texas, and so had its bare mentions
    text = ("Small names\n\nFresno, a village of 200 people in Midlothian, has one shop. Visitors to Fresno "
            "laugh at the sign. Houston, in Renfrewshire, is older than the Texan city.")
    found = [(m.text, m.country_code) for m in extract_place_mentions(make_doc(text))]
    assert [code for name, code in found if name in ("Fresno", "Houston")] == ["GB", "GB", "GB"]


def test_a_name_before_based_is_a_place_whatever_the_model_called_it(make_doc):
    # T100: "A Monterrey-based cement group" (PERSON for the model) and a section label's "Lyon-based" had no row
    text = ("Business in brief\n\nCEMENT: A Monterrey-based cement group agreed to buy two plants.\n\n"
            "PHARMACEUTICALS: Lyon-based drugmaker Vireo Sante raised its forecast.")
    found = mentions(make_doc, text)
    assert ("Monterrey", "city", "MX") in found and ("Lyon", "city", "FR") in found
