"""Entities: grouping, canonical names, label correction by the article's evidence.

Correction tests set the model's guesses by hand (`doc.ents`) so that they test newsmine's
reading, not the model's mood; the seed tests run the model as the CLI does.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from newsmine.extract.entities import clean_span, extract_entities, extract_mentions, headline_end, mentions_of, \
    title_gender
from newsmine.extract.places import extract_places

NUMERIC = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}


def by_name(doc):
    return {e.entity: e for e in extract_entities(doc)}


# --- issue 2 item 5, on the seed ---------------------------------------------------------------

def test_seed_moskalkova_is_one_person_with_two_mentions(seed_doc):
    moskalkova = by_name(seed_doc)["Tatiana Moskalkova"]
    assert (moskalkova.label, moskalkova.mentions, moskalkova.aliases) == ("PERSON", 2, ["Moskalkova"])
    texts = [m.text for m in extract_mentions(seed_doc) if m.entity == "Tatiana Moskalkova"]
    assert texts == ["Tatiana Moskalkova", "Moskalkova"]


def test_seed_red_cross_named_without_the(seed_doc):
    names = by_name(seed_doc)
    assert names["International Committee of the Red Cross"].label == "ORG"
    assert not any(n.lower().startswith("the ") for n in names)


def test_seed_has_no_headline_or_common_word_entities(seed_doc):
    names = set(by_name(seed_doc))
    assert not names & {"Talks", "Humanitarian Corridor", "Groups", "Corridor", "Stranded"}


def test_seed_has_no_numeric_labels(seed_doc):
    assert not {e.label for e in extract_entities(seed_doc)} & NUMERIC
    assert not {m.label for m in extract_mentions(seed_doc)} & NUMERIC


def test_seed_corrections(seed_doc):
    names = by_name(seed_doc)
    assert names["Volodymyr Zelensky"].label == "PERSON"       # "Zelensky’s office"
    assert names["Kursk"].label == "GPE"                        # the model says PRODUCT
    assert names["Kozachya Loknya"].label == "GPE"              # "The village of ...": not a person
    assert names["Russia"].first_start == 0                     # headline read, offsets kept


def test_mentions_point_into_the_text(seed_doc):
    for m in extract_mentions(seed_doc):
        assert seed_doc.text[m.start:m.end] == m.text
    for e in extract_entities(seed_doc):
        assert seed_doc.text[e.first_start:].startswith(
            seed_doc.text[e.spans[0][0]:e.spans[0][1]])


# --- trimming a mention to its name ------------------------------------------------------------

@pytest.mark.parametrize("span, label, name", [
    ("the International Committee of the Red Cross", "ORG", "International Committee of the Red Cross"),
    ("Zelensky’s", "PERSON", "Zelensky"),
    ("Reuters'", "ORG", "Reuters"),
    ("President Volodymyr Zelensky", "PERSON", "Volodymyr Zelensky"),
    ("Mr. Putin", "ORG", "Putin"),                     # a personal title, whatever the label
    ("General Motors", "ORG", "General Motors"),       # a title word inside a company name stays
    ("the U.S.", "GPE", "U.S."),
    ("Acme Corp.", "ORG", "Acme Corp."),
    ("Moscow.", "GPE", "Moscow"),
    ("Interfax news agency", "ORG", "Interfax"),
    ("de Gaulle", "PERSON", "de Gaulle"),
    ("CRICKET - LEICESTERSHIRE", "ORG", "LEICESTERSHIRE"),
    ("“Kyiv”", "GPE", "Kyiv"),
])
def test_clean_span(span, label, name):
    text = f"{span} and more"
    start, end = clean_span(text, 0, len(span), label)
    assert text[start:end] == name


def test_clean_span_rejects_what_is_no_name():
    assert clean_span("the   ...", 0, 9, "ORG") is None
    assert clean_span("", 0, 0, "ORG") is None


# --- grouping and canonical names ----------------------------------------------------------------

def test_partial_names_join_their_full_name(guessed):
    text = ("President Vladimir Putin met the press. Mr. Putin said Putin's plan stood.\n"
            "Aides to Wang Donghai said Wang was arrested.")
    doc = guessed(text, [("Vladimir Putin", "PERSON"), ("Mr. Putin", "ORG"), ("Putin's", "GPE"),
                         ("Wang Donghai", "PERSON"), ("Wang", "ORG")], occurrence={"Wang": 1})
    names = by_name(doc)
    putin = names["Vladimir Putin"]
    assert (putin.label, putin.mentions, putin.aliases, putin.first_start) == \
        ("PERSON", 3, ["Putin"], text.index("Vladimir"))
    assert (names["Wang Donghai"].label, names["Wang Donghai"].mentions) == ("PERSON", 2)
    assert set(names) == {"Vladimir Putin", "Wang Donghai"}


def test_a_word_joins_a_full_name_it_opens_only_after_that_name(guessed):
    # tech/337 of the BBC set: one "Yahoo Messenger" read as a person took all 23 "Yahoo"s, and
    # then every "he said" went to that person
    text = ("Yahoo has grown up. Yahoo's decision was an error, analysts say. "
            "Work goes on making Yahoo Messenger available on mobiles.")
    doc = guessed(text, [("Yahoo", "ORG"), ("Yahoo's", "ORG"), ("Yahoo Messenger", "PERSON")])
    names = by_name(doc)
    assert (names["Yahoo"].label, names["Yahoo"].mentions) == ("ORG", 2)
    assert names["Yahoo Messenger"].mentions == 1


def test_a_surname_misspelt_by_one_letter_joins_the_one_full_name_it_is_near(guessed):
    # tech/325 of the BBC set: "David Monteith ... Mr Montieth said" (two letters swapped), sport/438
    # "Lindsay Davenport ... said Daveport" (read as a body): the quotes went to a second person
    text = ("David Monteith runs the lab. Mr Montieth said it worked. Lindsay Davenport won, said Daveport. "
            "Alan Johnson and Pat Hale met. Johnston was not there. Dale spoke. Rowan Williams blessed William.")
    doc = guessed(text, [("David Monteith", "PERSON"), ("Montieth", "PERSON"), ("Lindsay Davenport", "PERSON"),
                         ("Daveport", "ORG"), ("Alan Johnson", "PERSON"), ("Pat Hale", "PERSON"),
                         ("Johnston", "PERSON"), ("Dale", "PERSON"), ("Rowan Williams", "PERSON"),
                         ("William", "PERSON")])
    names = by_name(doc)
    assert (names["David Monteith"].mentions, names["David Monteith"].aliases) == (2, ["Montieth"])
    assert (names["Lindsay Davenport"].mentions, names["Lindsay Davenport"].label) == (2, "PERSON")
    # a letter added to a surname may be another family's ("Johnston"), a surname may be a given
    # name and "s" ("Williams"), and short names are left alone
    assert (names["Johnston"].mentions, names["Dale"].mentions, names["William"].mentions) == (1, 1, 1)


def test_a_missed_surname_after_a_personal_title_is_found(guessed):
    # politics/400 of the BBC set: the model missed "Lord Callaghan" and "Mr Ebbers"; a title before a
    # surname is no longer name it could be part of ("Dow" of "Dow Jones" still is)
    text = ("Jim Callaghan has died. Born in 1912, Lord Callaghan became a clerk. Bernie Ebbers spoke. "
            "Later Mr Ebbers denied it. "
            "Dow Chemical rose. The Dow Jones fell.")
    doc = guessed(text, [("Jim Callaghan", "PERSON"), ("Bernie Ebbers", "PERSON"), ("Dow Chemical", "ORG"),
                         ("Dow Jones", "ORG")])
    names = by_name(doc)
    assert (names["Jim Callaghan"].mentions, names["Bernie Ebbers"].mentions) == (2, 2)
    assert names["Dow Chemical"].mentions == 1


def test_a_name_doing_something_with_her_own_is_a_person(guessed):
    # sport/474 of the BBC set: "Russia's Zvonareva" was a place (GPE), and "she said" after "Zvonareva
    # has lost both her games" went to her opponent; "her" as an object says nothing
    text = ("Russia's Zvonareva struggled. Zvonareva has lost both her games so far. "
            "Arsenal signed her in 2004.")
    doc = guessed(text, [("Russia", "GPE"), ("Zvonareva", "GPE"), ("Arsenal", "ORG")])
    names = by_name(doc)
    assert (names["Zvonareva"].label, names["Arsenal"].label) == ("PERSON", "ORG")


def test_a_body_whose_last_word_speaks_alone_is_a_person(guessed):
    # a body is not called by its last word: "Petrakis said" makes the model's ORG a person
    text = "Jordan Petrakis has cleaned offices for eleven years. \"Nobody told us,\" Petrakis said."
    doc = guessed(text, [("Jordan Petrakis", "ORG")])
    assert (by_name(doc)["Jordan Petrakis"].label, by_name(doc)["Jordan Petrakis"].mentions) == ("PERSON", 2)
    # not when the first word is a body the article names itself: "Fiat ... the Fiat Powertrain plant"
    text = "Fiat will close the Fiat Powertrain plant. \"Powertrain told us,\" a union official said."
    doc = guessed(text, [("Fiat", "ORG"), ("Fiat Powertrain", "ORG")])
    assert by_name(doc)["Fiat Powertrain"].label == "ORG"


def test_a_firm_and_one_of_its_people_read_as_one_name_are_two(guessed):
    text = "Gary Thayer works at AG Edwards. \"It was soft,\" AG Edwards' Thayer. Macy's Parade starts at nine."
    doc = guessed(text, [("Gary Thayer", "PERSON"), ("AG Edwards", "ORG"), ("AG Edwards' Thayer", "WORK_OF_ART"),
                         ("Macy's Parade", "EVENT")])
    assert [(e.entity, e.label, e.mentions) for e in extract_entities(doc)] == \
        [("Gary Thayer", "PERSON", 2), ("AG Edwards", "ORG", 2), ("Macy's Parade", "EVENT", 1)]


def test_a_titled_name_the_model_missed_is_a_person(guessed):
    text = "Mr Seydou Traore thanked Mr Speaker and Dr Ama Owusu-Ansah. Mr Big was not there."
    doc = guessed(text, [])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == \
        [("Seydou Traore", "PERSON"), ("Ama Owusu-Ansah", "PERSON")]


def test_a_name_after_a_peers_title_the_model_missed_is_a_person(guessed):
    # G6 (BBC politics): "Liberal Democrat peer Lord Carlile, the government's reviewer, said ..." had no
    # person, so neither his report nor the "He said" after it had a speaker; a judge's style and a
    # title-case "The Lord Of the Rings" name no one
    text = "Tory peer Lord Quarles said so. Dame Ivy Brett agreed with Lord Justice Penn. The Lord Of the Rings won."
    doc = guessed(text, [])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Quarles", "PERSON"), ("Ivy Brett", "PERSON")]


def test_a_person_whose_name_holds_an_industrys_word_is_a_firm(guessed):
    text = "Chambishi Metals shipped copper to Durban. Dan Mwale spoke."
    doc = guessed(text, [("Chambishi Metals", "PERSON"), ("Dan Mwale", "PERSON")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == \
        [("Chambishi Metals", "ORG"), ("Dan Mwale", "PERSON")]


def test_a_surname_joins_the_one_full_name_introduced_before_it(guessed):
    # the first "Ms Okoro" comes before the daughter is named: it is Pamela's
    text = ("Pamela Okoro won her appeal. Ms Okoro said she was relieved. Her daughter, Grace Okoro, is six. "
            "Ms Okoro thanked her lawyers.")
    doc = guessed(text, [("Pamela Okoro", "PERSON"), ("Okoro", "PERSON"), ("Grace Okoro", "PERSON"),
                         ("Okoro", "PERSON")])
    assert by_name(doc)["Pamela Okoro"].mentions == 2


def test_a_surname_the_model_calls_a_body_joins_the_name_introduced_before_it_when_marked_a_person(guessed):
    # The model read each lone surname as a body; a title, an age or kin it owns says person, and the
    # person is the one named in full before it (a second of that family is named after it).
    text = ("Dr Ivo Brandt, 52, admitted the charge. Dr Brandt had kept the notes. His wife, Dr Lena Brandt, "
            "was not involved. Rosa Kerrigan sang first. Kerrigan, 44, left in 2012 after her brother, "
            "Sean Kerrigan, quit. The sketches of Tomas Vell were sold. Vell's niece, Ada Vell, kept one.")
    doc = guessed(text, [("Ivo Brandt", "PERSON"), ("Brandt", "ORG"), ("Lena Brandt", "PERSON"),
                         ("Rosa Kerrigan", "PERSON"), ("Kerrigan", "ORG"), ("Sean Kerrigan", "PERSON"),
                         ("Tomas Vell", "PERSON"), ("Vell", "ORG"), ("Ada Vell", "PERSON")])
    names = by_name(doc)
    assert [names[n].mentions for n in ("Ivo Brandt", "Rosa Kerrigan", "Tomas Vell")] == [2, 2, 2]
    assert [names[n].mentions for n in ("Lena Brandt", "Sean Kerrigan", "Ada Vell")] == [1, 1, 1]


def test_a_proper_noun_before_a_name_and_an_age_is_its_given_name(guessed):
    # the model read only "Achieng" as a name, and a place
    text = "Juliet Achieng, 17, won the 800m in Kisumu. Juliet started running at nine."
    doc = guessed(text, [("Achieng", "GPE"), ("Kisumu", "GPE"), ("Juliet", "GPE")], occurrence={"Juliet": 1})
    assert [(e.entity, e.label, e.mentions) for e in extract_entities(doc)][0] == ("Juliet Achieng", "PERSON", 2)
    assert [p.place for p in extract_places(doc)] == ["Kisumu"]


def test_a_byline_the_model_missed_names_a_person(guessed):
    text = "TRANSPORT EDITOR Keri Waititi\n\nBy Royal Appointment\n\nFerry fares in Wellington rose again."
    doc = guessed(text, [("Wellington", "GPE")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Keri Waititi", "PERSON"), ("Wellington", "GPE")]


def test_a_bylines_desk_after_a_bar_is_no_entity(guessed):
    # "By Brian Okinda | Entertainment Writer": the model read the desk as an organisation
    text = "Singer wins award\n\nBy Alice Wanjiru | Entertainment Writer\n\nThe singer won in Nairobi."
    doc = guessed(text, [("Alice Wanjiru", "PERSON"), ("Entertainment Writer", "ORG"), ("Nairobi", "GPE")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Alice Wanjiru", "PERSON"), ("Nairobi", "GPE")]


def test_irish_names_a_lock_and_a_barristers_letters(guessed):
    # "Lock Pádraig Hession" (nothing found), "Seán Óg Curran" ("Óg", the younger, inside the name),
    # "Conor de Búrca BL" (ORG, letters and all)
    text = ("Lock Ciarán Hession starts at the Aviva. Leinster out-half Seán Óg Furlong keeps his place. "
            "Defence counsel Dónal de Búrca BL said his client was sorry.")
    doc = guessed(text, [("Leinster", "ORG"), ("Dónal de Búrca BL", "ORG")])
    people = {e.entity for e in extract_entities(doc) if e.label == "PERSON"}
    assert {"Ciarán Hession", "Seán Óg Furlong", "Dónal de Búrca"} <= people
    # Pakistani copy's "Barrister" before a name is a title, as "Advocate" is
    doc = guessed("The complainant's counsel, Barrister Imran Qadir, opposed the petition.",
                  [("Barrister Imran Qadir", "PERSON")])
    assert [e.entity for e in extract_entities(doc)] == ["Imran Qadir"]


def test_a_wire_reporters_line_and_signature_name_persons(guessed):
    # a reporter's name alone on its line between the headline and the dateline, and the signature
    # after the story ("-- Mara Lutsenko, Vilnius Newsroom +370 5 212 3456"): the model found neither
    text = ("Rebels quit border town.\nTomas Reinholt\nVILNIUS, Lithuania 1996-08-30\nRebels left the town "
            "on Friday, officials said.\n-- Mara Lutsenko, Vilnius Newsroom +370 5 212 3456")
    found = [(e.entity, e.label) for e in extract_entities(guessed(text, [("Lithuania", "GPE")]))]
    assert ("Tomas Reinholt", "PERSON") in found and ("Mara Lutsenko", "PERSON") in found
    # a headline of two capitalised words before a dateline is no one's name
    text = "Markets Rally\nLONDON 1996-08-30\nShares rose on Friday."
    assert [e.label for e in extract_entities(guessed(text, []))] == ["GPE"]


def test_a_results_headings_men_or_women_and_a_scorecards_extras_are_no_names(guessed):
    # "Women's 100 metres hurdles" above the placings: the model read "Women" as an organisation
    text = ("ATHLETICS - GRAND PRIX RESULTS.\nZURICH 1996-08-14\nWomen's 100 metres hurdles\n1. Anna Keller "
            "(Switzerland) 12.81\nMen 's mile\n1. Noel Barra (Ireland) 3:50.2")
    doc = guessed(text, [("Women", "ORG"), ("Anna Keller", "PERSON"), ("Men", "ORG"), ("Noel Barra", "PERSON")])
    assert not {"Women", "Men"} & {e.entity for e in extract_entities(doc)}
    card = "CRICKET - SCOREBOARD.\nG. Hale not out 8\nExtras (lb-3 nb-2) 5\nTotal (nine wickets) 228"
    assert "Extras" not in {e.entity for e in extract_entities(guessed(card, [("G. Hale", "PERSON"),
                                                                              ("Extras", "PERSON")]))}


def test_surname_shared_by_two_people_joins_neither(guessed):
    text = "Hillary Clinton and Bill Clinton arrived. Clinton spoke first."
    doc = guessed(text, [("Hillary Clinton", "PERSON"), ("Bill Clinton", "PERSON"), ("Clinton", "PERSON")],
                  occurrence={"Clinton": 2})
    assert [(e.entity, e.mentions) for e in extract_entities(doc)] == \
        [("Hillary Clinton", 1), ("Bill Clinton", 1), ("Clinton", 1)]


def test_a_full_name_without_its_middle_initial_is_the_same_person(guessed):
    """Else the lone surname has two full names to choose from and joins neither."""
    text = "Matthew D. Orvell died. Matthew Orvell was 26. Orvell had no enemies."
    doc = guessed(text, [("Matthew D. Orvell", "PERSON"), ("Matthew Orvell", "PERSON"), ("Orvell", "PERSON")])
    assert [(e.entity, e.mentions) for e in extract_entities(doc)] == [("Matthew D. Orvell", 3)]
    text = "John A. Orvell and John B. Orvell came. John Orvell spoke."   # which of the two: unsaid
    doc = guessed(text, [("John A. Orvell", "PERSON"), ("John B. Orvell", "PERSON"), ("John Orvell", "PERSON")])
    assert len(extract_entities(doc)) == 3


def test_a_given_name_joined_to_a_person_that_speaks_is_a_person(guessed):
    """A couple called by their given names ("Kristina and Tim Jones", "Tim and Kristina") is two
    people when the lone name also speaks; a band listed with a singer stays what it was."""
    text = ("Marika and Tom Rees, both 31, lost their first child. Marika said it was hard. "
            "Tom and Marika now raise money. Rivals include Zedlight and Jamie Kerr.")
    doc = guessed(text, [("Marika", "ORG"), ("Tom Rees", "PERSON"), ("Marika", "ORG"), ("Tom", "PERSON"),
                         ("Marika", "GPE"), ("Zedlight", "ORG"), ("Jamie Kerr", "PERSON")])
    labels = {e.entity: e.label for e in extract_entities(doc)}
    assert (labels["Marika"], labels["Tom Rees"], labels["Zedlight"]) == ("PERSON", "PERSON", "ORG")


def test_a_one_line_article_has_no_headline(make_doc):
    """A file holding its whole article on one line (and a final newline) is all body: its
    mentions are not headline words, and a surname after "the" once is still the person's."""
    text = ("Who would want Matthew D. Orvell dead? Orvell, 26, had just left the Army. Police said Orvell "
            "was shot in a parking lot. Matthew Orvell was buried in Rhode Island. Orvell had no known "
            "enemies, and the Orvell family still waits.\n")
    people = [(e.entity, e.mentions) for e in extract_entities(make_doc(text)) if e.label == "PERSON"]
    assert people == [("Matthew D. Orvell", 6)]
    assert (headline_end(text), headline_end("Title\nBody.\n")) == (-1, 5)


def test_missed_occurrences_of_a_known_name_are_added(guessed):
    text = "Alexander Lebed flew to Grozny. Lebed met rebels. Later Lebed left."
    doc = guessed(text, [("Alexander Lebed", "PERSON"), ("Grozny", "GPE")])
    lebed = by_name(doc)["Alexander Lebed"]
    assert (lebed.mentions, lebed.aliases) == (3, ["Lebed"])
    added = [m for m in extract_mentions(doc) if m.entity == "Alexander Lebed" and not m.model_label]
    assert [(m.start, m.text) for m in added] == [(32, "Lebed"), (56, "Lebed")]


def test_no_missed_occurrence_where_the_article_uses_the_word_in_lower_case(guessed):
    text = "Mark Brown took a bath. Brown said the brown bread was fine, as Bath is."
    doc = guessed(text, [("Mark Brown", "PERSON"), ("Bath", "GPE")])
    brown = by_name(doc)["Mark Brown"]
    assert brown.mentions == 1                    # "brown bread": the word is common here
    assert by_name(doc)["Bath"].mentions == 1     # "a bath" too


def test_no_missed_occurrence_inside_a_longer_name(guessed):
    text = "Dow fell. The Dow Jones index and D. Dow himself were unmoved; Dow said so."
    doc = guessed(text, [("Dow", "ORG")])
    spans = [m.start for m in extract_mentions(doc)]
    assert spans == [0, text.rindex("Dow")]


def test_each_mention_knows_its_entity(guessed):
    text = "Tatiana Moskalkova spoke. Later Moskalkova left."
    doc = guessed(text, [("Tatiana Moskalkova", "PERSON"), ("Moskalkova", "ORG")], occurrence={"Moskalkova": 1})
    at = {(m.start, m.end): m.entity for m in mentions_of(extract_entities(doc))}
    assert at == {(0, 18): "Tatiana Moskalkova", (32, 42): "Tatiana Moskalkova"}  # nothing at "spoke"


def test_entities_carry_their_mentions(seed_doc):
    entities = extract_entities(seed_doc)
    for e in entities:
        assert len(e.members) == e.mentions and e.spans == [(m.start, m.end) for m in e.members]
        assert {(m.entity, m.label) for m in e.members} == {(e.entity, e.label)}
        assert e.members[0].start == e.first_start
        assert sorted({m.text for m in e.members} - {e.entity}) == sorted(e.aliases)
    mentions = mentions_of(entities)
    assert mentions == extract_mentions(seed_doc)
    assert [(m.start, m.end) for m in mentions] == sorted((m.start, m.end) for m in mentions)
    assert len(mentions) == sum(e.mentions for e in entities)


def test_mentions_of_some_entities_are_only_theirs(seed_doc):
    entities = [e for e in extract_entities(seed_doc) if e.label == "PERSON"]
    assert entities and {m.entity for m in mentions_of(entities)} == {e.entity for e in entities}
    assert mentions_of([]) == []


# --- labels by the strongest evidence ------------------------------------------------------------

def test_one_label_per_name_by_the_weight_of_the_evidence(guessed):
    text = "Rios won. Tarango lost. Tarango, who was seeded, blew kisses. Tarango left."
    doc = guessed(text, [("Rios", "PERSON"), ("Tarango", "ORG")])
    assert by_name(doc)["Tarango"].label == "PERSON"   # "Tarango, who" outweighs the model's ORG
    assert {m.label for m in extract_mentions(doc) if m.entity == "Tarango"} == {"PERSON"}


def test_the_model_label_stands_without_counter_evidence(guessed):
    text = "Tarango lost. Tarango left early."
    doc = guessed(text, [("Tarango", "ORG")])
    assert by_name(doc)["Tarango"].label == "ORG"


def test_gazetteer_place_with_article_evidence_becomes_a_place(guessed):
    text = "Shelling hit Kursk overnight. Residents in Kursk fled. Kursk is cold."
    doc = guessed(text, [("Kursk", "PRODUCT")])
    assert by_name(doc)["Kursk"].label == "GPE"


def test_the_ends_of_a_route_the_model_read_as_people_are_places(guessed):
    text = "Ferries between Heysham and Douglas were cancelled."
    doc = guessed(text, [("Heysham", "PERSON"), ("Douglas", "PERSON")])
    assert by_name(doc)["Heysham"].label == "GPE" and by_name(doc)["Douglas"].label == "GPE"
    text = "Talks between Heysham and Douglas broke down."  # no word of travel: people
    doc = guessed(text, [("Heysham", "PERSON"), ("Douglas", "PERSON")])
    assert by_name(doc)["Heysham"].label == "PERSON"


def test_gazetteer_place_used_as_a_person_is_not_corrected(guessed):
    # "Washington" is a known place, but this article never uses it as one.
    text = "Washington served well. Washington, who is 27, won the final set."
    doc = guessed(text, [("Washington", "PERSON")])
    assert by_name(doc)["Washington"].label == "PERSON"


def test_unknown_name_after_in_is_not_made_a_place(guessed):
    text = "Qzxwv Ltd sold shares. Investors in Qzxwv were pleased."
    doc = guessed(text, [("Qzxwv", "ORG")])
    assert by_name(doc)["Qzxwv"].label == "ORG"


def test_dateline_city_is_a_place(guessed):
    text = "BUCHAREST 1996-08-30\nRomania's central bank held rates. Bucharest traders agreed."
    doc = guessed(text, [("BUCHAREST 1996-08-30", "DATE"), ("Romania", "GPE")])
    first = extract_mentions(doc)[0]
    assert (first.start, first.end, first.label) == (0, 9, "GPE")


def test_no_dateline_in_a_results_table(guessed):
    text = "LG 2 OB 0\nHAITAI 4 LOTTE 1"
    doc = guessed(text, [])
    assert {(m.text, m.label) for m in extract_mentions(doc)} == \
        {("LG", "ORG"), ("OB", "ORG"), ("HAITAI", "ORG"), ("LOTTE", "ORG")}   # teams of scorelines


def test_sentence_opening_common_word_is_no_entity(guessed):
    text = "Groups of residents protested. Gazprom said nothing."
    doc = guessed(text, [("Groups", "ORG"), ("Gazprom", "ORG")])
    assert [e.entity for e in extract_entities(doc)] == ["Gazprom"]


def test_labels_filter_and_nothing_is_cached_on_the_doc(guessed):
    text = "Angela Merkel visited Paris."
    doc = guessed(text, [("Angela Merkel", "PERSON"), ("Paris", "GPE")])
    before = dict(doc.user_data)  # what the pipeline recorded (the text, read once)
    assert [e.entity for e in extract_entities(doc, labels={"GPE"})] == ["Paris"]
    assert [m.text for m in extract_mentions(doc, labels={"PERSON"})] == ["Angela Merkel"]
    assert doc.user_data == before
    assert extract_entities(doc) == extract_entities(doc) and extract_entities(doc) is not extract_entities(doc)


def test_records_follow_the_docs_entities_when_they_change(guessed):
    """Nothing is remembered from an earlier call: set other entities, get other records."""
    text = "Tarango lost. Tarango left early."
    doc = guessed(text, [("Tarango", "ORG")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Tarango", "ORG")]
    doc.ents = [doc.char_span(0, 7, label="PERSON")]
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Tarango", "PERSON")]


# --- invariants ----------------------------------------------------------------------------------

@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
       | st.lists(st.sampled_from(["Tatiana Moskalkova", "Moskalkova", "SAID", "the", "Mr.", "Kyiv's",
                                   "“", "\n", "MOSCOW", "1996-08-30", " - ", "NATO", "Übersee", "İstanbul",
                                   "ß", "’s", " ", ".", "\t", "Dr. Who", "U.S.", "in", "village of",
                                   "Groups"]),
                  max_size=40).map(" ".join))
def test_any_text_gives_records_that_point_into_it(make_doc, text):
    doc = make_doc(text)
    for m in extract_mentions(doc):
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert m.label not in NUMERIC
    for e in extract_entities(doc):
        assert e.mentions == len(e.spans) >= 1
        assert text[e.first_start:e.first_start + 1]


def test_a_speaker_unknown_to_the_gazetteer_is_a_person(guessed):
    text = "Bathing rituals matter, Tarlo explains. Politics always mattered, says Tarlo."
    doc = guessed(text, [("Tarlo", "GPE")])
    tarlo = by_name(doc)["Tarlo"]
    assert (tarlo.label, tarlo.mentions) == ("PERSON", 2)


def test_a_known_place_that_speaks_stays_a_place(guessed):
    text = "Moscow said on Tuesday that talks would go on. Moscow said more later."
    doc = guessed(text, [("Moscow", "GPE")])
    assert by_name(doc)["Moscow"].label == "GPE"


def test_surname_mentions_take_the_full_name_label(guessed):
    text = "Wang Donghai was held. Wang was arrested. Wang, 45, was sentenced. Wang appealed."
    doc = guessed(text, [("Wang Donghai", "PERSON"), ("Wang", "ORG")], occurrence={"Wang": 1})
    wang = by_name(doc)["Wang Donghai"]
    assert (wang.label, wang.mentions) == ("PERSON", 4)


def test_wire_topic_slug_is_no_entity_but_a_dateline_city_is(guessed):
    text = "CRICKET - SURREY TAKE LEAD\nLONDON 1996-08-30\nSurrey beat Kent in London."
    doc = guessed(text, [("CRICKET", "GPE"), ("SURREY", "ORG"), ("Surrey", "ORG"), ("Kent", "ORG")])
    assert [(m.text, m.label) for m in extract_mentions(doc)] == \
        [("SURREY", "ORG"), ("LONDON", "GPE"), ("Surrey", "ORG"), ("Kent", "ORG"), ("London", "GPE")]


# --- issue 14: sports copy ------------------------------------------------------------------------

def test_place_named_teams_in_results_are_organisations(guessed):
    text = ("SOCCER - HIBS LOSE AGAIN\nABERDEEN 1996-08-31\n"
            "Aberdeen beat Hibs 3-1 on Saturday.\nAberdeen 2 Dundee 1\nFalkirk 3 2 1 0 7 4 7\n"
            "Playing Sunday: Brighton v Chelsea")
    doc = guessed(text, [("Aberdeen", "GPE"), ("Dundee", "GPE"), ("Brighton", "GPE"), ("Chelsea", "GPE")],
                  occurrence={"Aberdeen": 1})
    labels = {(m.text, m.label) for m in extract_mentions(doc)}
    assert {("Aberdeen", "ORG"), ("Dundee", "ORG"), ("Falkirk", "ORG"), ("Brighton", "ORG"),
            ("Chelsea", "ORG")} <= labels
    assert ("ABERDEEN", "GPE") in labels                     # the dateline stays a place


def test_lineup_and_bracketed_country_give_players(guessed):
    text = ("SOCCER - SCOTLAND DRAW\nScotland - Leighton, McNamara, Boyd (Whyte 63), Samuel, Miller, Grady.\n"
            "Pete Sampras (U.S.) beat Goran Ivanisevic (Croatia) 6-3 6-4")
    doc = guessed(text, [("Samuel", "GPE"), ("Miller", "ORG")])
    labels = {(m.text, m.label) for m in extract_mentions(doc)}
    assert {("Samuel", "PERSON"), ("Miller", "PERSON"), ("Grady", "PERSON"), ("Whyte", "PERSON"),
            ("Pete Sampras", "PERSON"), ("Goran Ivanisevic", "PERSON")} <= labels


def test_results_outside_sports_copy_are_left_alone(guessed):
    text = "Aberdeen council met on Monday. Officials in Aberdeen said 2 of 3 plans passed."
    doc = guessed(text, [("Aberdeen", "GPE")])
    assert by_name(doc)["Aberdeen"].label == "GPE"


@pytest.mark.parametrize("span, label, name", [
    ("Mexico 2-0", "GPE", "Mexico"), ("Gordon Durie 75th", "PERSON", "Gordon Durie"),
    ("J. Pooley 111", "PERSON", "J. Pooley"), ("Channel 4", "ORG", "Channel 4"),
])
def test_figures_after_a_name_are_no_part_of_it(span, label, name):
    text = f"{span} and more"
    start, end = clean_span(text, 0, len(span), label)
    assert text[start:end] == name


# --- issue 14: one person per person ---------------------------------------------------------------

def test_headline_word_glued_to_a_name_makes_no_new_person(guessed):
    text = ("Trump Hammering Hillary Clinton Again\nHillary Clinton spoke in Ohio. Clinton said she "
            "would win, and Clinton's aides agreed.")
    doc = guessed(text, [("Hammering Hillary Clinton", "PERSON"), ("Hillary Clinton", "PERSON"),
                         ("Clinton", "PERSON")], occurrence={"Hillary Clinton": 1, "Clinton": 3})
    names = by_name(doc)
    assert "Hammering Hillary Clinton" not in names
    assert names["Hillary Clinton"].mentions >= 3
    # T41: a given name ending in "-ing" in the body is no glued verb ("aisle" + "-ing")
    text = "Sinn Féin's spokesperson, Aisling Mac Suibhne, spoke. Mac Suibhne said the bill was fair."
    names = by_name(guessed(text, [("Aisling Mac Suibhne", "PERSON"), ("Mac Suibhne", "PERSON")],
                            occurrence={"Mac Suibhne": 1}))
    assert names["Aisling Mac Suibhne"].mentions == 2
    # a surname with a particle or a suffix is no full name a word was glued to: WordNet knows "albert"
    # and "robert", which had been cut from "Albert van den Bergh" and "Robert De Niro" (BBC)
    text = "Albert van den Bergh owns the shop. Van den Bergh said sales doubled. Robert De Niro and De Niro."
    names = by_name(guessed(text, [("Albert van den Bergh", "PERSON"), ("Van den Bergh", "PERSON"),
                                   ("Robert De Niro", "PERSON"), ("De Niro", "PERSON")], occurrence={"De Niro": 1}))
    assert (names["Albert van den Bergh"].mentions, names["Robert De Niro"].mentions) == (2, 2)


# --- issue 14: well-known names read from their use --------------------------------------------------

def test_platform_used_as_one_is_an_organisation(guessed):
    text = "The mayor posted on Twitter. Her Twitter account grew. A YouTube video followed."
    doc = guessed(text, [("Twitter", "PERSON"), ("YouTube", "WORK_OF_ART")])
    names = by_name(doc)
    assert (names["Twitter"].label, names["YouTube"].label) == ("ORG", "ORG")


@pytest.fixture(scope="module")
def marked(make_doc):
    """A parsed Doc whose entities are every whole-word occurrence of the given names (longest
    first, never overlapping), each with its label: {"Trump": "PERSON", ...}."""
    import re

    def make(text: str, labels: dict[str, str]):
        doc = make_doc(text)
        taken, spans = set(), []
        for name in sorted(labels, key=len, reverse=True):
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                if taken.isdisjoint(range(*m.span())):
                    taken.update(range(*m.span()))
                    spans.append(doc.char_span(*m.span(), label=labels[name]))
        doc.ents = sorted(spans, key=lambda s: s.start)
        return doc
    return make


def test_one_person_per_person_by_title_and_surname(marked):
    text = ("Donald Trump spoke in Ohio. Mr. Trump said the plan was ready. Mrs. Trump visited a school. "
            "Mr. Trump left.\nBarack Obama arrived. Obama said he was pleased.\n"
            "Pat Smith runs the club. Smith said it would grow.")
    doc = marked(text, {"Donald Trump": "PERSON", "Trump": "PERSON", "Barack Obama": "PERSON", "Obama": "ORG",
                        "Pat Smith": "PERSON", "Smith": "ORG", "Ohio": "GPE"})
    people = [(e.entity, e.label, e.mentions) for e in extract_entities(doc)]
    assert ("Barack Obama", "PERSON", 2) in people and ("Pat Smith", "PERSON", 2) in people
    trumps = sorted(m for name, _, m in people if "Trump" in name)
    assert len(trumps) == 2  # Mrs. Trump is not merged into Donald Trump


def test_a_royal_known_by_one_name_joins_no_full_name_opening_with_it(make_doc):
    doc = make_doc("Prince Charles and his bride will marry in April. Liberal Democrat leader Charles Kennedy "
                   "sent his congratulations. Charles said he was delighted.")
    people = {(e.entity, e.mentions) for e in extract_entities(doc) if e.label == "PERSON"}
    assert people == {("Charles", 2), ("Charles Kennedy", 1)}  # the prince is not the Lib Dem leader


def test_a_given_name_read_as_a_nationality_joins_the_surname_after_it(make_doc):
    doc = make_doc("Arsene Wenger says he would consider signing Adrian Mutu once the striker has served his ban. "
                   "Mutu faces a ban of between six months and two years. Mutu agreed, adding: \"It is unfair.\"")
    people = {(e.entity, e.label, e.mentions) for e in extract_entities(doc)}
    assert ("Adrian Mutu", "PERSON", 3) in people  # not "Adrian" NORP and "Mutu" ORG
    assert not any(label == "NORP" for _, label, _ in people)


def test_a_double_surname_joins_the_full_name_it_ends(make_doc):
    doc = make_doc("Camilla Parker Bowles will take the title Duchess of Cornwall. Mrs Parker Bowles said she was "
                   "thrilled by the support.")
    people = {(e.entity, e.mentions) for e in extract_entities(doc) if e.label == "PERSON"}
    assert people == {("Camilla Parker Bowles", 2)}


def test_a_titled_surname_joins_the_full_name_of_its_gender(marked):
    # the kin word makes Melania female: "Mrs. Trump" is hers, "Mr. Trump" his
    couple = marked("Donald Trump and his wife, Melania Trump, toured a plant. Mrs. Trump said she liked it. "
                    "Mr. Trump said he did too.", {"Donald Trump": "PERSON", "Melania Trump": "PERSON",
                                                   "Trump": "PERSON"})
    assert {(e.entity, e.mentions) for e in extract_entities(couple)} == {("Donald Trump", 2), ("Melania Trump", 2)}
    # one full name, made male by the "He" that follows it: Mrs. Trump is somebody else
    one = marked("Donald Trump spoke in Ohio. He said jobs were coming. Mrs. Trump told reporters she was proud.",
                 {"Donald Trump": "PERSON", "Trump": "PERSON", "Ohio": "GPE"})
    assert [(e.entity, e.mentions) for e in extract_entities(one) if e.label == "PERSON"] == [
        ("Donald Trump", 1), ("Trump", 1)]
    # nothing tells her gender from his: the one full name takes every mention, as before
    only = marked("Hillary Clinton spoke in Iowa. Mrs. Clinton said the plan was ready.",
                  {"Hillary Clinton": "PERSON", "Clinton": "PERSON", "Iowa": "GPE"})
    assert [(e.entity, e.mentions) for e in extract_entities(only) if e.label == "PERSON"] == [("Hillary Clinton", 2)]


def test_the_speakers_own_pronoun_after_a_comma_gives_the_gender(marked):
    # T13's "His neighbour, Rhiannon Daly, said her ...": a comma may stand between the name and "said she"
    doc = marked("Pat Smith, said she would stand for the seat. Mr Smith said he would not.",
                 {"Pat Smith": "PERSON", "Smith": "PERSON"})
    assert [(e.entity, e.mentions) for e in extract_entities(doc) if e.label == "PERSON"] == [
        ("Pat Smith", 1), ("Smith", 1)]


def test_a_she_after_a_name_in_apposition_to_the_opening_noun_gives_the_gender(marked):
    # T14: "The club's owner, Li Wen, met Ferreira ... She has promised funds": the opening noun's
    # named person is the she, so "Mrs Chen" is hers, not her cousin's
    doc = marked("The club's owner, Mo Chen, met the coach on Thursday. She has promised funds. Her cousin Li "
                 "Chen runs the academy. Mrs Chen said the money was ready.",
                 {"Mo Chen": "PERSON", "Li Chen": "PERSON", "Chen": "PERSON"})
    assert [(e.entity, e.mentions) for e in extract_entities(doc) if e.label == "PERSON"] == [
        ("Mo Chen", 2), ("Li Chen", 1)]


def test_an_untitled_surname_a_he_follows_is_not_the_mrs(marked):
    # no full name and no "Mr.": "He" after "President Trump" says a man, "Mrs. Trump" a woman
    text = ("President Trump spoke in Ohio. He said jobs were coming.\n\n"
            "Mrs. Trump visited a hospital in Texas. She met nurses.")
    doc = marked(text, {"Trump": "PERSON", "Ohio": "GPE", "Texas": "GPE"})
    assert [(e.entity, e.mentions, e.first_start) for e in extract_entities(doc) if e.label == "PERSON"] == [
        ("Trump", 1, 10), ("Mrs. Trump", 1, text.index("Trump visited"))]
    # with no pronoun for the untitled one, nothing says they differ: one person, as before
    same = marked("President Trump spoke in Ohio.\n\nMrs. Trump visited a hospital.", {"Trump": "PERSON"})
    assert [(e.entity, e.mentions) for e in extract_entities(same) if e.label == "PERSON"] == [("Trump", 2)]


def test_the_mr_and_an_untitled_surname_are_not_the_first_lady(marked):
    # "the first lady" makes Michelle Obama a woman; "Mr. Obama" and the untitled "President
    # Obama" beside him are another person, the only "Obama" with no full name here
    text = ("President Obama spoke in Ohio. \"It's about me,\" Mr. Obama said.\n\n"
            "The campaign will use Mr. Obama and the first lady, Michelle Obama, in Florida.")
    doc = marked(text, {"Obama": "PERSON", "Michelle Obama": "PERSON", "Ohio": "GPE", "Florida": "GPE"})
    assert [(e.entity, e.mentions) for e in extract_entities(doc) if e.label == "PERSON"] == [
        ("Obama", 3), ("Michelle Obama", 1)]


def test_a_demonym_never_joins_a_name_as_its_first_word(guessed):
    text = "Officials said Russian Network RT aired the speech. Russian diplomats denied it. RT deleted it."
    doc = guessed(text, [("Russian Network RT", "PERSON"), ("Russian", "NORP")], occurrence={"Russian": 1})
    names = by_name(doc)
    assert names["Russian Network RT"].label == "ORG"       # a network and an acronym: no person
    assert "Russian" not in names["Russian Network RT"].aliases
    assert names["Russian"].label == "NORP"


def test_page_furniture_roles_and_pronouns_are_no_names(guessed):
    text = "EDITOR'S NOTE: This story was updated.\nThe Fed Chair spoke on Tuesday. \"I'm calm,\" she said."
    doc = guessed(text, [("EDITOR'S", "ORG"), ("Fed Chair", "WORK_OF_ART"), ("I'm", "WORK_OF_ART")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Fed", "WORK_OF_ART")]


def test_a_role_in_capitals_before_a_byline_name_is_no_part_of_it(guessed):
    text = "EDITOR Jane Roe\n\nThe council met. US Grant was a general. Ms. Roe wrote it."
    doc = guessed(text, [("EDITOR Jane Roe", "PERSON"), ("US Grant", "PERSON"), ("Roe", "PERSON")])
    assert [(e.entity, e.mentions) for e in extract_entities(doc)] == [("Jane Roe", 2), ("US Grant", 1)]


def test_use_in_context_labels_events_songs_and_regions(marked):
    text = ("Ministers met after the Brexit vote. Brexit split the party. Crowds sang Auld Lang Syne. "
            "Russia annexed Crimea; troops remain in Crimea.")
    doc = marked(text, {"Brexit": "PERSON", "Auld Lang Syne": "PERSON", "Crimea": "ORG", "Russia": "GPE"})
    names = by_name(doc)
    assert (names["Brexit"].label, names["Auld Lang Syne"].label, names["Crimea"].label) == \
        ("EVENT", "WORK_OF_ART", "GPE")


# --- issue 14: label families measured on the NER benches ----------------------------------------

def test_national_sides_stay_countries_and_a_venue_is_a_place(marked):
    text = ("SOCCER - NORWAY BEAT MALTA\nOSLO 1996-08-31\nNorway beat Malta 3-1 on Saturday.\n"
            "Schedule:\nDENVER AT PORTLAND\nPORTLAND 40 30 .571 -\nDENVER 35 35 .500 5")
    doc = marked(text, {"Norway": "ORG", "Malta": "ORG"})
    mentions = {(m.start, m.text, m.label) for m in extract_mentions(doc)}
    assert {(m[1], m[2]) for m in mentions} >= {("Norway", "GPE"), ("Malta", "GPE"), ("NORWAY", "GPE"),
                                                ("DENVER", "ORG"), ("PORTLAND", "GPE"), ("PORTLAND", "ORG")}
    venue = text.index("AT PORTLAND") + 3
    assert (venue, "PORTLAND", "GPE") in mentions


def test_initial_and_surname_is_a_person_two_initials_are_not(guessed):
    text = "P. Morland scored 40 and K. Ashdown 12. Oil output in the U.S. Gulf fell."
    doc = guessed(text, [("P. Morland", "ORG"), ("K. Ashdown", "GPE"), ("U.S. Gulf", "LOC")])
    names = by_name(doc)
    assert (names["P. Morland"].label, names["K. Ashdown"].label, names["U.S. Gulf"].label) == \
        ("PERSON", "PERSON", "LOC")


def test_company_and_club_context_make_an_organisation(guessed):
    text = "Shares of Brandling rose 4 percent. Brandling stock closed higher, a Brandling spokesman said."
    doc = guessed(text, [("Brandling", "PERSON")])
    assert by_name(doc)["Brandling"].label == "ORG"
    sports = ("SOCCER - LATE GOAL\nHull 1 Bury 0\nStockport 2 Wigan 2\n"
              "Preston striker Dan Lowe and Preston fans celebrated.")
    doc = guessed(sports, [("Preston", "PERSON")])
    assert by_name(doc)["Preston"].label == "ORG"


def test_fans_make_a_club_of_a_town_with_city_or_town_after_it_in_any_story(guessed):
    text = "The Hull City supporter travelled from Bristol. Police said Ipswich Town fans were held."
    doc = guessed(text, [("Hull City", "GPE"), ("Bristol", "GPE"), ("Ipswich Town", "GPE")])
    assert {e.entity: e.label for e in extract_entities(doc)} == {"Hull City": "ORG", "Bristol": "GPE",
                                                                  "Ipswich Town": "ORG"}
    city = guessed("Kansas City fans cheered in the rain.", [("Kansas City", "GPE")])
    assert by_name(city)["Kansas City"].label == "GPE"   # a city of its own name
    singer = guessed("Taylor Swift fans queued for hours.", [("Taylor Swift", "PERSON")])
    assert by_name(singer)["Taylor Swift"].label == "PERSON"


def test_a_trump_spokesman_leaves_trump_a_person(marked):
    text = "Donald Trump left. A Trump spokesman said Trump was tired."
    doc = marked(text, {"Donald Trump": "PERSON", "Trump": "PERSON"})
    assert by_name(doc)["Donald Trump"].label == "PERSON"


def test_foreign_personal_name_read_as_an_organisation_is_a_person(guessed):
    text = ("Ottavio Brambilla withdrew the offer. Staff of the Kelantra Wirosa newspaper protested. "
            "Hapoel Tel Aviv won.")
    doc = guessed(text, [("Ottavio Brambilla", "ORG"), ("Kelantra Wirosa", "ORG"), ("Hapoel Tel Aviv", "ORG")])
    names = by_name(doc)
    assert (names["Ottavio Brambilla"].label, names["Kelantra Wirosa"].label, names["Hapoel Tel Aviv"].label) \
        == ("PERSON", "ORG", "ORG")


def test_generic_institutions_and_portfolios_are_no_entities(guessed):
    text = "The Government said the former Minister for Justice had resigned."
    doc = guessed(text, [("Government", "ORG"), ("Justice", "ORG")])
    assert extract_entities(doc) == []


def test_a_list_or_an_unclosed_bracket_is_several_names(guessed):
    text = ("Firms such as Arvento, Mivolt and Zentrix will attend. "
            "The Regional Water Council (RWC) fined them; RWC said so. Quigley (USA) won.")
    doc = guessed(text, [("Arvento, Mivolt and Zentrix", "ORG"), ("Regional Water Council (RWC", "ORG"),
                         ("Quigley (USA", "PERSON")])
    mentions = [(m.text, m.label) for m in extract_mentions(doc)]
    assert mentions[:3] == [("Arvento", "ORG"), ("Mivolt", "ORG"), ("Zentrix", "ORG")]
    assert ("Regional Water Council", "ORG") in mentions and mentions.count(("RWC", "ORG")) == 2
    assert ("Quigley", "PERSON") in mentions and ("USA", "PERSON") not in mentions


def test_members_of_a_list_of_websites_are_organisations(guessed):
    text = "The outage took down websites such as Quibble, Twitter and Spotify for hours."
    doc = guessed(text, [("Twitter", "PERSON"), ("Spotify", "GPE")])
    names = by_name(doc)
    assert (names["Twitter"].label, names["Spotify"].label) == ("ORG", "ORG")


def test_a_big_city_read_as_a_person_is_the_city_unless_a_person_is_said(guessed):
    text = "She lived in Leeds and then Glasgow before moving on. Florence said she agreed."
    doc = guessed(text, [("Leeds", "GPE"), ("Glasgow", "PERSON"), ("Florence", "PERSON")])
    names = by_name(doc)
    assert (names["Glasgow"].label, names["Florence"].label) == ("GPE", "PERSON")


def test_competitions_are_events_in_and_out_of_sports_copy(guessed):
    text = "Fans queued for the Kestrel Cup final. The Arab League met in Cairo."
    doc = guessed(text, [("Kestrel Cup", "ORG"), ("Arab League", "ORG")])
    names = by_name(doc)
    assert (names["Kestrel Cup"].label, names["Arab League"].label) == ("EVENT", "ORG")
    races = "She won the Lagos Marathon in March. He sailed in the Cowes Regatta."
    doc = guessed(races, [("Lagos Marathon", "ORG"), ("Cowes Regatta", "ORG")])
    assert [by_name(doc)[n].label for n in ("Lagos Marathon", "Cowes Regatta")] == ["EVENT", "EVENT"]
    sports = "BASEBALL - RESULTS\nDetroit 4 Boston 1\nSeattle 9 Oakland 6\nHe leads the American League."
    doc = guessed(sports, [("American League", "ORG")])
    assert by_name(doc)["American League"].label == "EVENT"


def test_in_sports_copy_a_town_is_its_club_unless_something_happens_in_it(guessed):
    text = ("SOCCER - LATE WINNER\nHull 1 Bury 0\nStockport 2 Wigan 2\n"
            "Keane, who joined Newcastle last year, scored. The final is in Leeds.")
    doc = guessed(text, [("Newcastle", "GPE"), ("Leeds", "GPE")])
    names = by_name(doc)
    assert (names["Newcastle"].label, names["Leeds"].label) == ("ORG", "GPE")


def test_acronyms_the_model_left_out_are_organisations(guessed):
    text = ("The regulator said the breach was certified by spy agency KVXQ. The newspaper Die ZEIT asked. "
            "Fees rose by 5 percent, the CEO said.\nHEADLINE WITH WORDS IN CAPS")
    doc = guessed(text, [])
    mentions = [(m.text, m.label) for m in extract_mentions(doc)]
    assert mentions == [("KVXQ", "ORG")]


def test_cricket_scorecard_names_players(guessed):
    text = ("CRICKET - KENT V ESSEX SCOREBOARD\nKent innings\nR. Oldfield c Marsh b Pennock 41\n"
            "Tom Garside lbw b Pennock 0\nBowling: Pennock 9-1-33-2, Ferrers 7-0-41-0")
    doc = guessed(text, [("Marsh", "GPE"), ("Pennock", "ORG"), ("Ferrers", "ORG")])
    labels = {(m.text, m.label) for m in extract_mentions(doc)}
    assert {("R. Oldfield", "PERSON"), ("Marsh", "PERSON"), ("Pennock", "PERSON"), ("Tom Garside", "PERSON"),
            ("Ferrers", "PERSON")} <= labels


def test_two_halves_of_one_name_are_one_name(marked):
    text = "The Pope met them at Casa Santa Marta. Someone in Sony Australia called. The Agency's Drazek spoke."
    doc = marked(text, {"Casa": "FAC", "Santa Marta": "FAC", "Sony": "ORG", "Australia": "GPE",
                        "Agency's": "ORG", "Drazek": "PERSON"})
    mentions = [(m.text, m.label) for m in extract_mentions(doc)]
    assert ("Casa Santa Marta", "FAC") in mentions and ("Sony Australia", "ORG") in mentions
    assert ("Drazek", "PERSON") in mentions                # a possessive parts two names
    doc = marked("He drove a battered Toyota Hilux home.", {"Toyota": "ORG", "Hilux": "PRODUCT"})
    assert [(m.text, m.label) for m in extract_mentions(doc)] == [("Toyota Hilux", "PRODUCT")]   # maker and model
    doc = marked("Fans queued for the Sony PSP in Tokyo.", {"Sony": "ORG", "PSP": "PRODUCT", "Tokyo": "GPE"})
    assert ("PSP", "PRODUCT") in [(m.text, m.label) for m in extract_mentions(doc)]   # letters: a name of its own


def test_a_demonym_read_as_a_person_is_a_nationality(guessed):
    text = "Two Australians won the race. Germans came second."
    doc = guessed(text, [("Australians", "PERSON"), ("Germans", "GPE")])
    names = by_name(doc)
    assert (names["Australians"].label, names["Germans"].label) == ("NORP", "NORP")


def test_a_demonym_read_as_a_person_stays_a_nationality_with_who_or_two_words(guessed):
    # "the Dutchman, who has not played for three months" (PERSON; "who" is a person's word, but
    # the mention names his nationality), "One Sri Lankan blogger" (PERSON): nationalities
    text = "The manager was unsure whether to start the Dutchman, who has not played for months. " \
           "One Sri Lankan blogger wrote about the tsunami."
    names = by_name(guessed(text, [("Dutchman", "PERSON"), ("Sri Lankan", "PERSON")]))
    assert (names["Dutchman"].label, names["Sri Lankan"].label) == ("NORP", "NORP")
    # a titled one is a person: "Mr English said"
    text = "Bill English spoke first. Mr English said the budget was fair."
    assert by_name(guessed(text, [("Bill English", "PERSON"), ("English", "PERSON")]))["Bill English"].mentions == 2


def test_a_name_inside_a_hyphenated_adjective_is_no_mention(guessed):
    text = "The Bergamo-based club hired an ex-Milan coach. Fans in Bergamo cheered."
    doc = guessed(text, [("Bergamo", "GPE"), ("Milan", "GPE")], occurrence={"Bergamo": 1})
    doc2 = guessed(text, [("Bergamo", "GPE")])
    assert [(m.text, m.start) for m in extract_mentions(doc)] == [("Bergamo", text.rindex("Bergamo"))]
    assert extract_mentions(doc2) == []


def test_cricket_innings_totals_name_the_sides(guessed):
    text = ("CRICKET - COUNTY RESULTS\nCardiff : Glamorgan 259 and 207 ( A. Dale 69 ) , Durham 114 "
            "( S. Watkin 4-28 ) and 81-3 .\nHove : Sussex 363 ( W. Athey 111 ) , Lancashire 197-8 .")
    doc = guessed(text, [("Glamorgan", "PERSON"), ("Durham", "GPE"), ("Lancashire", "PERSON")])
    labels = {(m.text, m.label) for m in extract_mentions(doc)}
    assert {("Glamorgan", "ORG"), ("Durham", "ORG"), ("Sussex", "ORG"), ("Lancashire", "ORG")} <= labels
    assert ("A. Dale", "ORG") not in labels and ("W. Athey", "ORG") not in labels


def test_a_speaker_named_like_a_small_town_is_a_person(guessed):
    text = "According to Parker, the talks failed. Parker said so again on Monday."
    doc = guessed(text, [("Parker", "GPE")])
    assert by_name(doc)["Parker"].label == "PERSON"


def test_titles_and_roles_inside_a_persons_span_are_no_part_of_the_name(guessed):
    text = "Tory Treasurer Lord Wexcombe gave money. Wexcombe said so. Martin Luther King spoke."
    doc = guessed(text, [("Tory Treasurer Lord Wexcombe", "PERSON"), ("Martin Luther King", "PERSON")])
    names = by_name(doc)
    assert names["Wexcombe"].mentions == 2 and "Martin Luther King" in names
    junior = "Martin Luther King Jr. spoke of hope. Later, Sammy Davis Jr. sang."
    doc = guessed(junior, [("Martin Luther King Jr.", "PERSON"), ("Sammy Davis Jr.", "PERSON")])
    assert [e.entity for e in extract_entities(doc)] == ["Martin Luther King Jr.", "Sammy Davis Jr."]


def test_a_building_or_ground_something_happens_at_is_a_place(guessed):
    text = "Seeds were stored on the Orbital Research Station for months."
    doc = guessed(text, [("Orbital Research Station", "ORG")])
    assert by_name(doc)["Orbital Research Station"].label == "FAC"
    text2 = "Harbour Centre announced a new chief executive on Monday."
    doc2 = guessed(text2, [("Harbour Centre", "ORG")])
    assert by_name(doc2)["Harbour Centre"].label == "ORG"       # no "at": the body itself


def test_a_place_named_with_a_bodys_head_word_is_an_organisation(guessed):
    text = "Shares were offered by Brenmoor Hospitality Inc on Friday after the collapse of the Soviet Union."
    doc = guessed(text, [("Brenmoor Hospitality Inc", "GPE"), ("Soviet Union", "GPE")])
    names = by_name(doc)
    assert (names["Brenmoor Hospitality Inc"].label, names["Soviet Union"].label) == ("ORG", "GPE")


def test_a_sports_storys_one_word_club_town_is_the_club_unless_on_a_lineup(make_doc):
    text = ("Cup holders drawn away\n\nPremiership leaders Chelsea were drawn away at Southampton in the fourth "
            "round of the FA Cup on Sunday. Everton will be at home to either Fulham or Nottingham Forest. Bolton "
            "host Charlton or Sheffield United, while Blackburn face Burnley. The holders beat Hull 2-1 in the "
            "third round, with their striker scoring twice.")
    names = by_name(make_doc(text))
    assert [names[n].label for n in ("Bolton", "Blackburn", "Burnley")] == ["ORG", "ORG", "ORG"]
    lineup = ("Bolton 2-1 Charlton\n\nBolton came from behind to beat Charlton in the Premiership on Saturday, "
              "their striker scoring twice.\n\nBolton: Jaaskelainen, Hunt, Ben Haim, Jaidi, Gardner, Speed, "
              "Nolan, Okocha, Davies, Diouf, Pedersen. Subs Not Used: Oakes, Poole.")
    assert by_name(make_doc(lineup))["Poole"].label == "PERSON"   # a player, though Poole is a town of 150,000


def test_a_club_towns_who_in_sports_copy_is_the_clubs(guessed):
    # T71: "Getafe, who had not scored away from home" made the beaten club a person (the model: PERSON)
    text = ("Villarreal climb to fourth\n\nVillarreal moved up to fourth in La Liga with a 2-1 win over Getafe, "
            "a substitute heading the winner in the 93rd minute. Getafe, who had not scored away from home since "
            "January, took the lead on the half-hour. Getafe stay 15th.")
    doc = guessed(text, [("Getafe", "PERSON")] * 3)
    assert by_name(doc)["Getafe"].label == "ORG"
    # outside sports copy a "who" still makes a person
    doc = guessed("Getafe, who runs the bakery, said prices rose.", [("Getafe", "GPE")])
    assert by_name(doc)["Getafe"].label == "PERSON"


def test_a_win_at_a_club_does_not_place_it(make_doc):
    text = ("Keegan hails late comeback\n\nManchester City came from behind for a 3-2 win at Norwich on Monday, "
            "their striker scoring twice in the Premiership clash. Keegan said his side never gave up, and "
            "Norwich boss Nigel Worthington was left frustrated.")
    assert by_name(make_doc(text))["Norwich"].label == "ORG"


def test_an_academy_the_model_calls_a_person_is_a_body(guessed):
    doc = guessed("Fans queued outside Kelvin Academy on Tuesday.", [("Kelvin Academy", "PERSON")])
    assert by_name(doc)["Kelvin Academy"].label == "ORG"


def test_one_company_cue_outweighs_many_person_votes_without_person_cues(marked):
    text = ("Brandling was up 1/8 at 48. Analysts said Brandling would grow. Brandling makes seats. "
            "Brandling has plants in Ohio.")
    doc = marked(text, {"Brandling": "PERSON", "Ohio": "GPE"})
    assert by_name(doc)["Brandling"].label == "ORG"
    text2 = "Mr. Brandling sold Brandling shares. Brandling said he was glad. Brandling left."
    doc2 = marked(text2, {"Brandling": "PERSON"})
    assert by_name(doc2)["Brandling"].label == "PERSON"    # a title says person


def test_a_possessor_after_a_preposition_is_no_place(guessed):
    # "from" governs "setback", not the company that owns it; the gazetteer knows a Samsung too
    text = "Rivals gained from Samsung's setback. The judge in Duffy's trial cleared him."
    doc = guessed(text, [("Samsung", "ORG"), ("Duffy", "PERSON")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Samsung", "ORG"), ("Duffy", "PERSON")]


def test_a_name_listed_with_a_place_is_a_place(guessed):
    text = "Last month the actor visited Kamchatka and Sakhalin."
    doc = guessed(text, [("Kamchatka", "PERSON"), ("Sakhalin", "LOC")])
    labels = {e.entity: e.label for e in extract_entities(doc)}
    assert labels["Kamchatka"] in ("GPE", "LOC") and labels["Sakhalin"] == "LOC"


def test_what_states_do_to_territory_marks_a_place(guessed):
    text = "Moscow annexed Crimea in 2014. Iraq's invasion of Kuwait began in 1990. Troops occupied Gorlovka."
    doc = guessed(text, [("Crimea", "ORG"), ("Kuwait", "PERSON"), ("Gorlovka", "ORG")])
    names = by_name(doc)
    assert [names[n].label for n in ("Crimea", "Kuwait", "Gorlovka")] == ["GPE"] * 3


def test_a_country_leaving_a_union_is_an_event_not_a_person(guessed):
    doc = guessed("Farmers fear Brexit will raise costs. Some in Athens still talk of Grexit.",
                  [("Brexit", "PERSON"), ("Grexit", "PERSON")])
    names = by_name(doc)
    assert (names["Brexit"].label, names["Grexit"].label) == ("EVENT", "EVENT")


def test_in_a_hamlets_name_leaves_an_organisation_alone(guessed):
    # Congress, Arizona has 2,000 people: "in Congress" is the legislature; Kursk is a city
    doc = guessed("Republican leaders in Congress met on Tuesday. Officials in Kursk said the bridge fell.",
                  [("Congress", "ORG"), ("Kursk", "ORG")])
    names = by_name(doc)
    assert (names["Congress"].label, names["Kursk"].label) == ("ORG", "GPE")


def test_a_person_named_like_a_building_is_the_building(guessed):
    text = "Costs at Wembley Stadium rose again. Damon Hill watched the race. Wembley Stadium opens in May."
    doc = guessed(text, [("Wembley Stadium", "PERSON"), ("Damon Hill", "PERSON")])
    names = by_name(doc)
    assert (names["Wembley Stadium"].label, names["Damon Hill"].label) == ("FAC", "PERSON")


def test_land_and_water_and_a_race_circuit_keep_their_kind(guessed):
    # T51: "the Gaspé Peninsula" (ORG), "the Marina Bay Street Circuit" (LOC); a club named like
    # land keeps its label ("Nottingham Forest")
    text = ("The film is set on the Gaspé Peninsula. The race ran at the Marina Bay Street Circuit. Hikers crossed "
            "the Hunza Valley. Nottingham Forest won. The University of the Highlands and Islands opened.")
    doc = guessed(text, [("Gaspé Peninsula", "ORG"), ("Marina Bay Street Circuit", "LOC"), ("Hunza Valley", "PERSON"),
                         ("Nottingham Forest", "ORG"), ("University of the Highlands and Islands", "ORG")])
    assert {e.entity: e.label for e in extract_entities(doc)} == {
        "Gaspé Peninsula": "LOC", "Marina Bay Street Circuit": "FAC", "Hunza Valley": "LOC", "Nottingham Forest": "ORG",
        "University of the Highlands and Islands": "ORG"}


def test_a_title_set_off_after_its_kind_is_a_work_and_a_parents_child_a_company(guessed):
    # T26: "her second novel, Salt Daughters." (PERSON); "Paytm's parent" (PERSON)
    text = ("She wrote a second novel, Quiet Rivers. Shares of Gamma Holdings, Zapcash's parent, rose. "
            "In the film, Tom Vance plays a judge.")
    doc = guessed(text, [("Quiet Rivers", "PERSON"), ("Gamma Holdings", "ORG"), ("Zapcash", "PERSON"),
                         ("Tom Vance", "PERSON")])
    names = by_name(doc)
    assert [names[n].label for n in ("Quiet Rivers", "Zapcash", "Tom Vance")] == ["WORK_OF_ART", "ORG", "PERSON"]


def test_a_provinces_abbreviation_after_a_town_is_the_province(guessed):
    # T26: "London, Ont." gave a person "Ont"
    text = "Fires were set in London, Ont., on Monday night. Sam Oster saw them."
    doc = guessed(text, [("London", "GPE"), ("Ont", "PERSON"), ("Sam Oster", "PERSON")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [
        ("London", "GPE"), ("Ont", "GPE"), ("Sam Oster", "PERSON")]


def test_a_ground_read_as_a_stretch_of_land_is_the_building(guessed):
    text = "Rain flooded the Kanpur Stadium overnight. Walkers crossed the Malvern Hills."
    doc = guessed(text, [("Kanpur Stadium", "LOC"), ("Malvern Hills", "LOC")])
    names = by_name(doc)
    assert (names["Kanpur Stadium"].label, names["Malvern Hills"].label) == ("FAC", "LOC")


def test_an_act_of_parliament_is_a_law(guessed):
    text = "Police used the Punjab Land Records Act against him. The Actors Guild met in June."
    doc = guessed(text, [("Punjab Land Records Act", "ORG"), ("Actors Guild", "ORG")])
    names = by_name(doc)
    assert (names["Punjab Land Records Act"].label, names["Actors Guild"].label) == ("LAW", "ORG")
    # T47: one the model missed, after "the"; and a union the model read as a work, which speaks
    text = ("The court said the landlord ignored the Gujarat Rent Control Act. The Northern Bus Drivers "
            "Union said it would appeal.")
    names = by_name(guessed(text, [("Northern Bus Drivers Union", "WORK_OF_ART")]))
    assert (names["Gujarat Rent Control Act"].label, names["Northern Bus Drivers Union"].label) == ("LAW", "ORG")
    # T71, T75: so are a named regulation, a treaty and an agreement between nations (ORG, EVENT for
    # the model); not a body that makes them
    text = ("Buyers fear the European Union Deforestation Regulation. The Lisbon Treaty stands. The Regulation "
            "Board met. The Paris Agreement failed.")
    doc = guessed(text, [("European Union Deforestation Regulation", "ORG"), ("Lisbon Treaty", "ORG"),
                         ("Regulation Board", "ORG"), ("Paris Agreement", "EVENT")])
    assert [by_name(doc)[n].label for n in ("European Union Deforestation Regulation", "Lisbon Treaty",
                                            "Regulation Board", "Paris Agreement")] == ["LAW", "LAW", "ORG", "LAW"]
    # ... and its short form in brackets is still the same row (BBC: "the MFA" had parted from it)
    text = "The WTO will end its Multi-Fibre Agreement (MFA) in December. The MFA set quotas on textiles."
    doc = guessed(text, [("WTO", "ORG"), ("Multi-Fibre Agreement", "ORG"), ("MFA", "ORG"), ("MFA", "ORG")])
    assert by_name(doc)["Multi-Fibre Agreement"].mentions == 3


def test_an_event_cut_to_a_place_is_the_place_and_an_amount_is_no_name(guessed):
    doc = guessed("Voters blamed the Iraq war. The board backed a 300p a share bid.",
                  [("the Iraq war", "EVENT"), ("300p", "PRODUCT")])
    assert [(m.text, m.label) for m in extract_mentions(doc)] == [("Iraq", "GPE")]


def test_a_prefix_that_makes_an_adjective_is_no_part_of_a_name(guessed):
    doc = guessed("The draw pits non-League Yeading against Slough. In the post-Enron era rules changed.",
                  [("non-League Yeading", "ORG"), ("Slough", "ORG"), ("post-Enron", "ORG")])
    assert [(m.text, m.label) for m in extract_mentions(doc)] == [("Yeading", "ORG"), ("Slough", "ORG")]


# --- issue 14, session 7: traps written for the entity table ---------------------------------------

def test_a_hashtag_or_an_account_is_no_name_in_prose(guessed):
    text = "Women posted with the hashtag #MeToo on Monday."
    doc = guessed(text, [("MeToo", "PERSON")])
    assert extract_entities(doc) == []


def test_a_speech_verb_or_a_side_and_role_is_no_part_of_a_name(guessed):
    text = ("He was hurt.\nSaid Wales coach Gary Hunt: \"He will play.\" A doubt, said Wales physio Mark Davies.\n"
            "Said Mr Hunt: \"We will see.\"")
    doc = guessed(text, [("Said Wales", "PERSON"), ("Gary Hunt", "PERSON"), ("Wales physio Mark Davies", "PERSON"),
                         ("Said Mr Hunt", "PERSON")])
    assert [m.text for m in extract_mentions(doc)] == ["Wales", "Gary Hunt", "Wales", "Mark Davies", "Hunt"]
    assert by_name(doc)["Gary Hunt"].mentions == 2


def test_an_exit_word_read_as_a_body_is_an_event(guessed):
    doc = guessed("Brexit will cost billions, the report said.", [("Brexit", "ORG")])
    assert by_name(doc)["Brexit"].label == "EVENT"


def test_a_noun_before_a_name_saying_what_body_it_is(marked):
    text = "Russian network RT was taken off the air. RT said the decision was political."
    doc = marked(text, {"RT": "PERSON", "Russian": "NORP"})
    assert by_name(doc)["RT"].label == "ORG"


def test_the_second_of_two_platforms_is_one_too(guessed):
    doc = guessed("Roads reopen on Friday.\nFollow us on Facebook and Twitter for updates.", [("Twitter", "PERSON")])
    assert by_name(doc)["Twitter"].label == "ORG"


def test_mr_and_mrs_left_unjoined_are_two_people(marked):
    # two full names of unknown gender: neither titled surname can be placed, but they are two people
    text = "Rudolf Varga and Ilona Varga opened a bakery in Pecs. Mr. Varga bakes; Mrs. Varga keeps the books."
    doc = marked(text, {"Rudolf Varga": "PERSON", "Ilona Varga": "PERSON", "Varga": "PERSON", "Pecs": "GPE"})
    vargas = sorted((e.entity, e.mentions) for e in extract_entities(doc) if e.label == "PERSON")
    # ... and two rows: the second keeps its title so that no two people share a name or an id
    assert vargas == [("Ilona Varga", 1), ("Mrs. Varga", 1), ("Rudolf Varga", 1), ("Varga", 1)]
    assert len({e.entity_id for e in extract_entities(doc)}) == len(extract_entities(doc))


def test_a_sentence_opening_surname_of_a_full_name_is_a_name(marked):
    # "trump" is an English word, but the article's "Donald Trump" says it is a name here
    doc = marked("Donald Trump held a rally. Trump said the border was safe. Mr. Trump visited a school.",
                 {"Donald Trump": "PERSON", "Trump": "PERSON"})
    assert [(e.entity, e.mentions) for e in extract_entities(doc)] == [("Donald Trump", 3)]


def test_a_first_name_joins_a_full_name_the_model_read_as_a_body(marked):
    text = "Meghan Markle visited a charity in London. Meghan told the volunteers she admired them."
    doc = marked(text, {"Meghan Markle": "ORG", "Meghan": "PERSON", "London": "GPE"})
    names = by_name(doc)
    assert (names["Meghan Markle"].label, names["Meghan Markle"].mentions) == ("PERSON", 2)


def test_two_people_joined_by_and_are_two_people(guessed):
    text = "Mr Blair met Gordon Brown on Monday. Later Blair and Brown spoke to reporters."
    doc = guessed(text, [("Blair", "PERSON"), ("Gordon Brown", "PERSON"), ("Blair and Brown", "ORG")])
    assert {(e.entity, e.label, e.mentions) for e in extract_entities(doc)} == {
        ("Blair", "PERSON", 2), ("Gordon Brown", "PERSON", 2)}


def test_a_giant_or_one_of_the_organisations_is_a_body(guessed):
    text = "The report by telecoms giant BT came out. BT said costs fell. Groups such as Oxfam agreed."
    doc = guessed(text, [("BT", "GPE")])
    assert by_name(doc)["BT"].label == "ORG"


def test_a_body_noun_before_a_two_word_name_makes_it_a_body(guessed):
    """ "drinks giant Kolvar Ostrom": the noun says what the name is, whatever the model and the
    name's person-like shape say; not so a job that a person holds as well ("film producer ...")."""
    text = ("Dana Lee, chief of drinks giant Kolvar Ostrom, spoke. Shares in chipmaker Taveni Morra rose. "
            "The film producer Rudi Varga came.")
    doc = guessed(text, [("Dana Lee", "PERSON"), ("Kolvar Ostrom", "ORG"), ("Taveni Morra", "PERSON"),
                         ("Rudi Varga", "PERSON")])
    names = by_name(doc)
    assert [names[n].label for n in ("Kolvar Ostrom", "Taveni Morra", "Rudi Varga")] == ["ORG", "ORG", "PERSON"]
    # a personal title at another mention says person: the founder named after her firm's noun
    titled = "The founder of the consultancy Jeanne Okafor agreed. Mrs Okafor said more."
    doc = guessed(titled, [("Jeanne Okafor", "PERSON"), ("Okafor", "PERSON")])
    assert by_name(doc)["Jeanne Okafor"].label == "PERSON"


def test_letters_after_a_name_are_no_part_of_it_nor_a_body(guessed):
    text = "The Tory spokesman, Bram Oduya MSP, spoke. Later Ann Lee QC spoke for the family."
    doc = guessed(text, [("Bram Oduya", "PERSON"), ("MSP", "ORG"), ("Ann Lee QC", "PERSON")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Bram Oduya", "PERSON"), ("Ann Lee", "PERSON")]
    # the letters say person where the model said organisation
    doc = guessed("The court heard from Guy Mansfield QC on Monday.", [("Guy Mansfield QC", "ORG")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Guy Mansfield", "PERSON")]


def test_a_name_holding_a_bodys_word_is_a_body_though_its_short_form_speaks(guessed):
    """ "Kestrel Research ... Kestrel said": the model's person reading of the short form does not
    make the analysts a person."""
    text = "A report by Kestrel Research came out. Kestrel said sales fell. Kestrel added more. Hobb Labs agreed."
    doc = guessed(text, [("Kestrel Research", "ORG"), ("Kestrel", "PERSON"), ("Kestrel", "PERSON"),
                         ("Hobb Labs", "PERSON")])
    names = by_name(doc)
    assert (names["Kestrel Research"].label, names["Hobb Labs"].label) == ("ORG", "ORG")


def test_a_body_nouns_plural_before_examples_makes_a_body(guessed):
    # "Some networks, such as Orange, charge ...": Orange (a town's name too) was GPE.
    doc = guessed("Some networks, such as Orange, charge up to a pound a megabyte.", [("Orange", "GPE")])
    assert by_name(doc)["Orange"].label == "ORG"


def test_a_mac_surname_has_a_persons_shape(guessed):
    doc = guessed("The film stars Ewan McGregor and a robot.", [("Ewan McGregor", "ORG")])
    assert by_name(doc)["Ewan McGregor"].label == "PERSON"


def test_a_name_just_after_a_kin_word_is_a_person(guessed):
    doc = guessed("Donald Trump's wife, Melania, visited Texas on Friday.", [("Melania", "GPE"), ("Texas", "GPE")])
    names = by_name(doc)
    assert (names["Melania"].label, names["Texas"].label) == ("PERSON", "GPE")


def test_an_exit_word_after_said_is_no_speaker(guessed):
    doc = guessed("Nigel Farage said Brexit must happen soon.", [("Nigel Farage", "PERSON"), ("Brexit", "PERSON")])
    assert by_name(doc)["Brexit"].label == "EVENT"


def test_a_surname_joins_a_full_name_opening_with_a_given_name_read_as_a_body(marked):
    text = "Nicola Sturgeon spoke in Edinburgh. Sturgeon added that she was confident."
    doc = marked(text, {"Nicola Sturgeon": "ORG", "Sturgeon": "PERSON", "Edinburgh": "GPE"})
    names = by_name(doc)
    assert (names["Nicola Sturgeon"].label, names["Nicola Sturgeon"].mentions) == ("PERSON", 2)
    # a given name that is also a word (WordNet has "lydia"), in the body; not a headline's word
    race = "Lydia Kipsang won in Boston. Kipsang trains in Iten."
    doc = marked(race, {"Lydia Kipsang": "ORG", "Kipsang": "PERSON", "Boston": "GPE"})
    assert (by_name(doc)["Lydia Kipsang"].label, by_name(doc)["Lydia Kipsang"].mentions) == ("PERSON", 2)


def test_what_only_a_territory_has_makes_a_place(guessed):
    doc = guessed("Crimea's parliament voted on Sunday. Crimea depends on one bridge.",
                  [("Crimea", "ORG")], occurrence={})
    doc.ents = [doc.char_span(0, 6, label="ORG"), doc.char_span(37, 43, label="ORG")]
    assert by_name(doc)["Crimea"].label == "GPE"


def test_a_common_word_of_a_title_case_headline_is_no_name(guessed):
    text = ("How Rising Rents Are Pushing Families Out of Town\nFamilies in Leeds are moving away.\n"
            "Senate Passes Housing Bill After Long Night\nThe U.S. Senate passed it.")
    doc = guessed(text, [("Families", "ORG"), ("Senate", "ORG"), ("U.S. Senate", "ORG")])
    assert {e.entity for e in extract_entities(doc)} == {"Senate", "U.S. Senate"}


def test_share_buttons_and_a_desk_tag_are_furniture(guessed):
    text = "GOODPUB: Tech stocks rallied.\nShare this with Facebook\nShare this with Twitter"
    doc = guessed(text, [("GOODPUB", "PERSON"), ("Facebook", "WORK_OF_ART"), ("Twitter", "PERSON")])
    assert {(e.entity, e.label) for e in extract_entities(doc)} == {("Facebook", "ORG"), ("Twitter", "ORG")}
    # alone on the last line, used once: the same tag; a paper heading a digest's section stays
    signed = "Tech stocks rallied on Friday.\n\nKOMPAS\nSuharto spoke.\n\nGOODPUB\n"
    doc = guessed(signed, [("GOODPUB", "ORG"), ("KOMPAS", "ORG"), ("Suharto", "PERSON")])
    assert {e.entity for e in extract_entities(doc)} == {"KOMPAS", "Suharto"}
    # T10: alone on the first line, above an "EDITORS:" note, too
    topped = "GOODPUB\nEDITORS: Adds comment from mayor.\nSuharto spoke on Friday.\n"
    doc = guessed(topped, [("GOODPUB", "ORG"), ("Suharto", "PERSON")])
    assert {e.entity for e in extract_entities(doc)} == {"Suharto"}


def test_a_short_form_before_the_full_name_read_as_a_body_stays_apart(marked):
    # "Voip" long before "Skype Voip": the lone word is no part of that name
    text = "Voip calls are cheap. Voip grew fast this year. Later, Skype Voip was launched in Paris."
    doc = marked(text, {"Voip": "PERSON", "Skype Voip": "ORG", "Paris": "GPE"})
    assert by_name(doc)["Skype Voip"].mentions == 1
    # "Imanol Harinordoquy" (ORG) first, then "Harinordoquy" (PERSON): his
    later = marked("Imanol Harinordoquy is back. Harinordoquy said he was fit.",
                   {"Imanol Harinordoquy": "ORG", "Harinordoquy": "PERSON"})
    assert [(e.entity, e.label, e.mentions) for e in extract_entities(later)] == [("Imanol Harinordoquy", "PERSON", 2)]


def test_a_kin_word_without_a_possessor_names_no_person(guessed):
    doc = guessed("Work goes on at the sister Xiluodu dam in Yunnan.", [("Xiluodu", "LOC"), ("Yunnan", "GPE")])
    assert by_name(doc)["Xiluodu"].label == "LOC"


def test_a_surname_joins_a_full_name_the_model_read_as_a_place(marked):
    text = "The administrator, Enrico Bondi, sued the banks. Mr Bondi says they knew. Bondi wants damages."
    doc = marked(text, {"Enrico Bondi": "GPE", "Bondi": "PERSON"})
    assert [(e.entity, e.label, e.mentions) for e in extract_entities(doc)] == [("Enrico Bondi", "PERSON", 3)]


def test_a_full_name_read_as_a_body_is_a_person_when_its_surname_alone_is_one(marked):
    # "Washington thanked his family": a pronoun for a person after the lone surname
    text = "Denzel Washington won the award. Washington thanked his family in a short speech."
    doc = marked(text, {"Denzel Washington": "ORG", "Washington": "GPE"})
    assert [(e.entity, e.label, e.mentions) for e in extract_entities(doc)] == [("Denzel Washington", "PERSON", 2)]
    # "his brother David Miliband": a kinsman's surname; "Miliband" alone could be either brother
    brothers = marked("Ed Miliband lost to his brother David Miliband. Miliband said he was proud.",
                      {"Ed Miliband": "ORG", "David Miliband": "PERSON", "Miliband": "ORG"})
    assert {(e.entity, e.label, e.mentions) for e in extract_entities(brothers)} == {
        ("Ed Miliband", "PERSON", 1), ("David Miliband", "PERSON", 1), ("Miliband", "PERSON", 1)}
    # T47: the kin word after an adjective, the sentence opening with "His"
    brothers = marked("Ed Miliband lost the vote. His younger brother, David Miliband, won it.",
                      {"Ed Miliband": "GPE", "David Miliband": "PERSON"})
    assert {(e.entity, e.label) for e in extract_entities(brothers)} == {
        ("Ed Miliband", "PERSON"), ("David Miliband", "PERSON")}


def test_a_full_name_read_as_a_place_is_a_person_when_her_opens_the_sentence_after_its_surname(marked):
    # T81: the lone surname's votes (ORG twice, GPE, NORP) join before the person's evidence outweighs them
    text = ("Adaeze Okonkwo hits serves into a bucket before school.\n\nOkonkwo laughs at the story. "
            "Her parents work as nurses. Okonkwo trains on Saturdays.")
    doc = marked(text, {"Adaeze Okonkwo": "GPE", "Okonkwo": "ORG"})
    assert [(e.entity, e.label, e.mentions) for e in extract_entities(doc)] == [("Adaeze Okonkwo", "PERSON", 3)]
    # the lone surname grouped with the full name first: its own mention says a person all the same
    text = ("Teen star\n\nAdaeze Okonkwo hits serves into a bucket before school.\n\nOkonkwo laughs at the story. "
            "Her parents work as nurses.")
    doc = marked(text, {"Adaeze Okonkwo": "GPE", "Okonkwo": "GPE"})
    assert [(e.entity, e.label, e.mentions) for e in extract_entities(doc)] == [("Adaeze Okonkwo", "PERSON", 2)]
    place = marked("Port Blair flooded. Blair lies on the coast. Its harbour closed.",
                   {"Port Blair": "GPE", "Blair": "GPE"})
    assert by_name(place)["Port Blair"].label == "GPE"


def test_a_body_named_after_a_place_or_person_stays_a_body(marked):
    # no pronoun for a person after the lone name ("its"), and "the Paris Hilton" is a hotel
    doc = marked("Denzel Washington won. Washington said its troops would stay. The Paris Hilton is full. Hilton said so.",
                 {"Denzel Washington": "ORG", "Washington": "GPE", "Paris Hilton": "ORG", "Hilton": "ORG"})
    names = by_name(doc)
    assert (names["Denzel Washington"].label, names["Paris Hilton"].label) == ("ORG", "ORG")
    # a person named in full explains the lone surname: "Martin said he" is Andy Martin's
    cars = marked("Aston Martin cut jobs. Andy Martin, its designer, left. Martin said he was proud.",
                  {"Aston Martin": "ORG", "Andy Martin": "PERSON", "Martin": "PERSON"})
    assert by_name(cars)["Aston Martin"].label == "ORG"


def test_a_given_name_before_a_titled_surname_or_a_month_makes_a_full_name(marked):
    # the model misses "Theresa May" and reads "May" as a month: "Mrs May" says who she is
    text = "Theresa May will travel to Brussels in May. Mrs May said the deal was the best on offer."
    doc = marked(text, {"Brussels": "GPE", "May": "DATE", "Mrs May": "PERSON"})
    assert [(e.entity, e.label, e.mentions) for e in extract_entities(doc)] == [
        ("Theresa May", "PERSON", 2), ("Brussels", "GPE", 1)]
    # a month after a place the model named, before a day or before a noun is a date
    dates = marked("Brussels May 5 was the deadline. Parliament meets in May. Nationwide June sales rose.",
                   {"Brussels": "GPE"})
    assert [e.entity for e in extract_entities(dates)] == ["Brussels"]


def test_a_given_name_before_a_surname_the_model_tagged_alone_widens_it(marked):
    # the model tags the surname alone, as a place, and a possessive follows a full name; a rank
    # or a style before a surname is no given name ("Professor Hale", "Baroness Wilde")
    text = ("Detective Sergeant Ravi Sandhu told the jury he found the phone. Sandhu said the search was "
            "logged. Nadia Khan's appeal was heard next. Mrs Khan and Mr Sandhu left. Professor Hale "
            "and Baroness Wilde gave evidence. Mr Hale spoke first and Lady Wilde after him.")
    doc = marked(text, {"Sandhu": "GPE", "Khan": "PERSON", "Hale": "PERSON", "Wilde": "PERSON"})
    names = [e.entity for e in extract_entities(doc) if e.label == "PERSON"]
    assert "Ravi Sandhu" in names and "Nadia Khan" in names and "Sandhu" not in names
    assert not any(n.startswith(("Professor", "Baroness")) for n in names)


def test_a_given_name_before_the_models_lone_person_widens_it(marked):
    # after a closing quote the model tags only the surname: the proper noun before it is hers
    text = '"He sacked me for giving a refund," Gwen Talbot told the tribunal.'
    doc = marked(text, {"Talbot": "PERSON"})
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Gwen Talbot", "PERSON")]
    # not a dictionary word before it: a title or a saying ("Desperate Housewives")
    doc = marked("Fans of Desperate Housewives cheered.", {"Housewives": "PERSON"})
    assert [e.entity for e in extract_entities(doc)] == ["Housewives"]


def test_a_surname_that_is_a_common_word_is_found_under_a_title_or_before_said(marked):
    text = "Brian May played at the concert. May said he loved it. Fans may return in May. Mr May left."
    doc = marked(text, {"Brian May": "PERSON"})
    assert [(e.entity, e.mentions) for e in extract_entities(doc)] == [("Brian May", 3)]


def test_a_one_word_name_with_a_plural_verb_is_a_team_or_band(marked):
    # British English: "Everton have", "Portishead have"; a name in a list, after a preposition,
    # with a title, or read as a place keeps its label
    text = ("I think Everton have missed players. Portishead have revealed a tour. Smith and Jones have "
            "left. Mr Hall were there. Students like Rai have met. Barcelona are interested.")
    doc = marked(text, {"Everton": "PERSON", "Portishead": "PERSON", "Smith": "PERSON", "Jones": "PERSON",
                        "Hall": "PERSON", "Rai": "PERSON", "Barcelona": "GPE"})
    labels = {e.entity: e.label for e in extract_entities(doc)}
    assert labels == {"Everton": "ORG", "Portishead": "ORG", "Smith": "PERSON", "Jones": "PERSON",
                      "Hall": "PERSON", "Rai": "PERSON", "Barcelona": "GPE"}


def test_a_body_noun_in_apposition_makes_an_unknown_name_a_company(marked):
    # "Gazprom, the world's biggest gas company": a firm, whatever the model says (GPE, NORP)
    text = ("Yukos lost its unit to Gazprom, the world's biggest gas company. Gazprom paid. Inbev, the brewer, "
            "grew. Hugh Osmond, the company's chairman, spoke. Ann Lee, a firm believer in trade, agreed.")
    doc = marked(text, {"Yukos": "ORG", "Gazprom": "GPE", "Inbev": "NORP", "Hugh Osmond": "PERSON",
                        "Ann Lee": "PERSON"})
    labels = {e.entity: e.label for e in extract_entities(doc)}
    assert labels == {"Yukos": "ORG", "Gazprom": "ORG", "Inbev": "ORG", "Hugh Osmond": "PERSON",
                      "Ann Lee": "PERSON"}
    # a nationality's adjective after "on" is no platform: "attacks on Kurdish rebels"
    kurds = marked("Iraq denied attacks on Kurdish rebels.", {"Iraq": "GPE", "Kurdish": "NORP"})
    assert by_name(kurds)["Kurdish"].label == "NORP"


def test_what_only_one_person_does_makes_a_lone_name_a_person(marked):
    # "who has", "said he": one person; "who have": a body or a band, whatever the model said
    text = ("His agent says Juninho, who has just bought a home, will stay. Podesta said he had not read it. "
            "Sony and Toshiba, who have built the chip, met. Kasabian, who are at number eight, toured. "
            "Microsoft said it would cut jobs.")
    doc = marked(text, {"Juninho": "ORG", "Podesta": "ORG", "Sony": "ORG", "Toshiba": "ORG",
                        "Kasabian": "GPE", "Microsoft": "ORG"})
    labels = {e.entity: e.label for e in extract_entities(doc)}
    assert labels == {"Juninho": "PERSON", "Podesta": "PERSON", "Sony": "ORG", "Toshiba": "ORG",
                      "Kasabian": "ORG", "Microsoft": "ORG"}


def test_a_name_owning_what_a_speech_verb_reports_to_is_no_speaker(marked):
    # "told Norwich's website": Norwich owns the website and says nothing, so "Norwich have
    # signed" still makes a team of it; "said Kenley" is a speaker and stays a person
    text = ('Norwich have signed Tom Hale. "It was easy," the 34-year-old told Norwich\'s website. '
            'Kenley have a plan, said Kenley.')
    doc = marked(text, {"Norwich": "PERSON", "Tom Hale": "PERSON", "Kenley": "PERSON"})
    labels = {e.entity: e.label for e in extract_entities(doc)}
    assert (labels["Norwich"], labels["Kenley"]) == ("ORG", "PERSON")


def test_software_written_as_software_is_a_product(marked):
    # "versions of Windows", "Windows XP": not a place, whatever the model says
    text = ("Microsoft sold versions of Windows in Europe. Windows XP was patched. A film version of Bizet's "
            "opera ran. The Astros routed the Pirates 10-0.")
    doc = marked(text, {"Microsoft": "ORG", "Windows": "LOC", "Europe": "LOC", "Windows XP": "LOC",
                        "Bizet": "GPE", "Astros": "ORG", "Pirates": "GPE"})
    labels = {e.entity: e.label for e in extract_entities(doc)}
    assert (labels["Windows"], labels["Windows XP"], labels["Europe"]) == ("PRODUCT", "PRODUCT", "LOC")
    # not a version either: "the Pirates 10-0" is a score, and a side beside the Astros a team
    assert (labels["Bizet"], labels["Pirates"]) == ("GPE", "ORG")


def test_a_website_the_model_missed_where_a_post_goes_is_an_organisation(marked):
    text = ("Women posted stories with the hashtag #MeToo on Twitter on Monday. She posted on Friday "
            "that it was over. He shared it on Mr Lee's page.")
    doc = marked(text, {"Monday": "DATE", "Friday": "DATE", "Lee": "PERSON"})
    assert {(e.entity, e.label) for e in extract_entities(doc)} == {("Twitter", "ORG"), ("Lee", "PERSON")}


def test_a_country_or_region_the_model_calls_an_organisation_is_the_place(make_doc):
    # The places table reads "Crimea" as the region; the entity table said ORG, the model's label.
    # Not a firm named in full elsewhere ("Delta Air Lines ... Delta") nor a body named by its noun.
    doc = make_doc("Talks resumed.\n\n\"Crimea is off the table,\" he said. Troubled Delta Air Lines cut jobs, "
                   "and Delta said more would go. The official newspaper Granma reported the deal.\n")
    labels = {e.entity: e.label for e in extract_entities(doc)}
    assert labels["Crimea"] == "GPE"
    assert (labels["Delta Air Lines"], labels["Granma"]) == ("ORG", "ORG") and "Delta" not in labels  # one firm


def test_a_countrys_own_name_is_the_country_whatever_the_model_called_it(marked):
    # The model's labels as it gave them to real copy: a nation as a nationality, a national side as a
    # body, a country in a list as a person. A title, a work's cue and a person's full name say otherwise.
    text = ("Only Fiji and the Maldives have said they will take part. Ministers met to discuss the future "
            "of Gibraltar, and Gibraltarians were told to wait. Tonga were beaten 30-12 by Uruguay. "
            "His album Peru won a prize. Mr Chad said so.")
    doc = marked(text, {"Fiji": "PERSON", "Maldives": "NORP", "Gibraltar": "NORP", "Gibraltarians": "NORP",
                        "Tonga": "ORG", "Uruguay": "WORK_OF_ART", "Peru": "WORK_OF_ART", "Chad": "PERSON"})
    labels = {e.entity: e.label for e in extract_entities(doc)}
    assert [labels[n] for n in ("Fiji", "Maldives", "Gibraltar", "Tonga", "Uruguay")] == ["GPE"] * 5
    assert (labels["Gibraltarians"], labels["Peru"], labels["Chad"]) == ("NORP", "WORK_OF_ART", "PERSON")


def test_a_nations_side_is_its_country_before_a_role_or_a_plural_verb_and_a_fixture_is_two_sides(marked):
    # "Wales" before a player's role and with "were" had been read as a club; home nations field sides too.
    # The model read a fixture heading as one person.
    text = ("Wales fly-half Owen Price kicked well, but Wales were trailing at the break.\n\n"
            "Fixtures\n\nBhutan v Nepal\n\nNepal beat Bhutan 2-0 last year.")
    doc = marked(text, {"Wales": "ORG", "Owen Price": "PERSON", "Bhutan v Nepal": "PERSON",
                        "Nepal": "GPE", "Bhutan": "GPE"})
    labels = {e.entity: e.label for e in extract_entities(doc)}
    assert (labels["Wales"], labels["Bhutan"], labels["Nepal"]) == ("GPE", "GPE", "GPE")
    assert "Bhutan v Nepal" not in labels


def test_a_headlines_first_word_used_nowhere_else_is_no_name(make_doc):
    # The model calls "Bellwether" a person; the body never writes it with a capital again.
    text = ("Bellwether counties to watch\n\nStrategists watch Hillsborough County in Florida. "
            "Amex and Europe were not mentioned.\n")
    names = {e.entity for e in extract_entities(make_doc(text))}
    assert "Bellwether" not in names and "Hillsborough County" in names
    kept = {e.entity for e in extract_entities(make_doc("French suitor holds LSE meeting\n\nThe bid was made.\n"))}
    assert "French" in kept  # a demonym heads many headlines


# --- issue 14, s12 traps: gender from a speaker's own pronoun, headline body nouns, songs --------

def test_a_speakers_own_pronoun_gives_the_full_names_gender(marked):
    # "said she" makes Nancy a woman, "said he" Ronald a man: each titled surname joins its own
    text = ("Nancy Reagan said she would attend, and Ronald Reagan said he would speak. "
            "Mrs. Reagan arrived first. Mr. Reagan spoke for ten minutes.")
    doc = marked(text, {"Nancy Reagan": "PERSON", "Ronald Reagan": "PERSON", "Reagan": "PERSON"})
    assert {(e.entity, e.mentions) for e in extract_entities(doc)} == {("Nancy Reagan", 2), ("Ronald Reagan", 2)}
    # a pronoun after another verb says nothing of the name: "Mrs." finds no full name of hers
    other = marked("Nancy Reagan met Ronald Reagan, and he spoke. Mrs. Reagan left. Mr. Reagan stayed.",
                   {"Nancy Reagan": "PERSON", "Ronald Reagan": "PERSON", "Reagan": "PERSON"})
    assert ("Nancy Reagan", 1) in {(e.entity, e.mentions) for e in extract_entities(other)}
    # a "he" that goes on with what happened may be the one of the sentence before: her son's
    # ("Mrs" is hers), unless what follows is what one says of oneself ("would", "hopes")
    son = marked("Her son Tom Lopez has not been seen since Saturday. Dana Lopez said he had not come home. "
                 "Mrs Lopez said the family was desperate.",
                 {"Dana Lopez": "PERSON", "Tom Lopez": "PERSON", "Lopez": "PERSON"})
    assert {(e.entity, e.mentions) for e in extract_entities(son)} == {("Dana Lopez", 2), ("Tom Lopez", 1)}


def test_a_body_noun_in_a_title_case_headline_names_a_body(marked):
    text = "Russian Broadcaster RT Loses Licence in Britain\nThe licence of RT was revoked. RT called it censorship."
    doc = marked(text, {"RT": "GPE", "Britain": "GPE"})
    assert by_name(doc)["RT"].label == "ORG"
    # in a body sentence the capital is a name's, not the noun's: "Channel" is no body noun there
    plain = marked("Ferries crossed the English Channel Tunnel route. Tunnel staff went on strike in Calais.",
                   {"Calais": "GPE"})
    assert by_name(plain)["Calais"].label == "GPE"


def test_a_body_noun_before_a_name_in_commas_makes_it_a_company(marked):
    text = "Def Jam's parent company, Universal, made the appointment. The firm, Jones said, will appeal."
    doc = marked(text, {"Def Jam": "ORG", "Universal": "PERSON", "Jones": "PERSON"})
    names = by_name(doc)
    assert (names["Universal"].label, names["Jones"].label) == ("ORG", "PERSON")
    # T83: "Germany's parliament, the Bundestag," was a PRODUCT
    doc = marked("Germany's parliament, the Bundestag, approved the aid.", {"Germany": "GPE", "Bundestag": "PRODUCT"})
    assert by_name(doc)["Bundestag"].label == "ORG"
    # after "for", the body noun is whom a person speaks for
    doc = marked("A spokeswoman for the union, Mary Brown, said no.", {"Mary Brown": "PERSON"})
    assert by_name(doc)["Mary Brown"].label == "PERSON"


def test_the_body_noun_speaking_later_in_the_sentence_names_its_subject(marked):
    # a Spanish city's name opening the sentence, ", the bank said" after it: the bank
    text = "Santander will close 95 branches across the UK next year, the bank said on Thursday."
    doc = marked(text, {"Santander": "GPE", "UK": "GPE"})
    assert (by_name(doc)["Santander"].label, by_name(doc)["UK"].label) == ("ORG", "GPE")
    # not past another name that may be the bank
    text = "Santander fans cheered as Racing won, the club said."
    doc = marked(text, {"Santander": "GPE", "Racing": "ORG"})
    assert by_name(doc)["Santander"].label == "GPE"


def test_a_ballad_or_album_title_is_a_work(marked):
    doc = marked("Singer Maya Okoro's ballad Paper Lanterns topped the chart.",
                 {"Maya Okoro": "PERSON", "Paper Lanterns": "PERSON"})
    assert by_name(doc)["Paper Lanterns"].label == "WORK_OF_ART"


def test_a_rendition_of_a_song_is_a_work_whatever_the_model_said(marked):
    text = "The choir ended with a rendition of Amazing Grace in Belfast. It has a single Belfast office."
    doc = marked(text, {"Amazing Grace": "ORG", "Belfast": "GPE"})
    names = by_name(doc)
    assert (names["Amazing Grace"].label, names["Belfast"].label) == ("WORK_OF_ART", "GPE")


def test_a_song_set_off_by_commas_after_its_kind_is_a_work(marked):
    text = "Her debut single, Tamsin, went in at number three. The album, Jones said, sold well."
    doc = marked(text, {"Tamsin": "PERSON", "Jones": "PERSON"})
    names = by_name(doc)
    assert (names["Tamsin"].label, names["Jones"].label) == ("WORK_OF_ART", "PERSON")


def test_a_role_word_before_a_persons_name_is_no_part_of_it(marked):
    doc = marked("The Fed Chair said rates would stay low. Fed Chair Powell will testify.",
                 {"Fed Chair": "ORG", "Chair Powell": "PERSON"})
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Fed", "ORG"), ("Powell", "PERSON")]


def test_a_given_name_before_a_surname_titled_outside_the_models_span(guessed):
    # the model marks "Trump" after "Ms." but misses "Ivanka Trump": the title makes it a surname, so the
    # proper noun before it is a given name; ", where she" makes her the woman "Ms. Trump" is
    text = ("Ivanka Trump toured a plant in Ohio, where she met apprentices. Donald Trump stayed home.\n"
            "Ms. Trump praised the workers. Mr. Trump praised the visit.")
    doc = guessed(text, [("Ohio", "GPE"), ("Donald Trump", "PERSON"), ("Trump", "PERSON"), ("Trump", "PERSON")],
                  occurrence={"Trump": 2})
    people = {(e.entity, e.mentions) for e in extract_entities(doc) if e.label == "PERSON"}
    assert people == {("Ivanka Trump", 2), ("Donald Trump", 2)}


def test_headline_glue_of_an_ing_form_and_no_vote_from_the_glued_phrase(guessed):
    # "Slamming" is not in the word list, "slam" is; the model's ORG for the glued phrase is no vote
    text = ("Slamming Nicola Sturgeon, Tories Demand Answers\n"
            "MSPs criticised Nicola Sturgeon on Tuesday. Sturgeon said the claims were false.")
    doc = guessed(text, [("Slamming Nicola Sturgeon", "ORG"), ("Nicola Sturgeon", "ORG"), ("Sturgeon", "PERSON")])
    assert [(e.entity, e.label, e.mentions) for e in extract_entities(doc)] == [("Nicola Sturgeon", "PERSON", 3)]


def test_a_name_after_a_score_is_a_side_not_a_person(marked):
    text = "Arsenal were held 1-1 by Brentford on Saturday. Gloucester's 17-16 win over Bath was close."
    doc = marked(text, {"Brentford": "PERSON", "Gloucester": "ORG", "Bath": "PERSON"})
    names = by_name(doc)
    assert (names["Brentford"].label, names["Bath"].label) == ("ORG", "ORG")
    # a tennis set beats a player, and a person's cue keeps a person
    person = marked("Federer lost 6-4 to Nadal. Henman lost 2-1 to Hewitt, who said he was tired.",
                    {"Federer": "PERSON", "Nadal": "PERSON", "Henman": "PERSON", "Hewitt": "PERSON"})
    assert (by_name(person)["Nadal"].label, by_name(person)["Hewitt"].label) == ("PERSON", "PERSON")


def test_a_common_word_left_of_a_span_across_a_line_end_is_no_name(guessed):
    doc = guessed("Editor's Picks\nMarkets fell in Tokyo on Monday.", [("Picks\nMarkets", "ORG"), ("Tokyo", "GPE")])
    assert [e.entity for e in extract_entities(doc)] == ["Tokyo"]
    # a name the body capitalises mid-sentence stays: "shares in Next fell"
    kept = guessed("Weak sales hit Next\nShares in Next fell 3%.", [("Next\nShares", "ORG"), ("Next", "ORG")])
    assert [(e.entity, e.mentions) for e in extract_entities(kept)] == [("Next", 2)]


def test_a_visit_marks_a_known_place(marked):
    doc = marked("Putin visited Crimea in March. Crimea voted to join Russia.", {"Crimea": "PERSON", "Russia": "GPE"})
    assert by_name(doc)["Crimea"].label == "GPE"
    # a person visited stays one: no gazetteer place of the name
    person = marked("Putin visited Lukashenko on Monday.", {"Putin": "PERSON", "Lukashenko": "PERSON"})
    assert by_name(person)["Lukashenko"].label == "PERSON"


def test_what_the_band_played_is_a_song_unless_a_place_bears_its_name(marked):
    doc = marked("The band played Auld Lang Syne at midnight. The band played Wembley in June.",
                 {"Auld Lang Syne": "PERSON", "Wembley": "GPE"})
    names = by_name(doc)
    assert (names["Auld Lang Syne"].label, names["Wembley"].label) == ("WORK_OF_ART", "GPE")


def test_a_result_line_read_as_one_name_is_its_two_sides(guessed):
    text = "Bolton 2 Chelsea 0\nDiouf scored twice. Chelsea manager Jose Mourinho was angry."
    doc = guessed(text, [("Bolton 2 Chelsea", "PERSON"), ("Diouf", "PERSON"), ("Chelsea", "ORG")])
    assert [(e.entity, e.label, e.mentions) for e in extract_entities(doc)][:2] == [("Bolton", "ORG", 1),
                                                                                   ("Chelsea", "ORG", 2)]
    # a name with a number inside, in a sentence, stays whole: "Apollo 11 Mission" opens no result line
    kept = guessed("NASA said the Apollo 11 Mission 50 years ago was a triumph.", [("Apollo 11 Mission", "EVENT")])
    assert [e.entity for e in extract_entities(kept)] == ["Apollo 11 Mission"]


def test_a_media_noun_after_a_one_word_name_makes_it_a_body(marked):
    text = "Russia's RT Network Banned in Canada\nCanada's regulator banned RT on Thursday."
    doc = marked(text, {"Russia": "GPE", "RT": "GPE", "Canada": "GPE"})
    names = by_name(doc)
    assert (names["RT"].label, names["Canada"].label) == ("ORG", "GPE")


def test_a_bank_a_building_society_or_a_charity_names_a_body(marked):
    text = "Savers face lower rates from Nationwide, the building society said. The charity Mencap thanked them."
    doc = marked(text, {"Nationwide": "GPE", "Mencap": "PERSON"})
    names = by_name(doc)
    assert (names["Nationwide"].label, names["Mencap"].label) == ("ORG", "ORG")


def test_a_country_a_state_the_model_calls_an_organisation_is_the_place_but_not_an_acronym(guessed):
    doc = guessed("Ukraine is off the agenda, officials said. Texas will vote in May. The EU said no.",
                  [("Ukraine", "ORG"), ("Texas", "ORG"), ("EU", "ORG")])
    labels = {e.entity: e.label for e in extract_entities(doc)}
    assert (labels["Ukraine"], labels["Texas"], labels["EU"]) == ("GPE", "GPE", "ORG")


def test_a_headlines_first_word_that_is_a_place_or_a_firm_before_its_shares_stays(guessed):
    # the body never writes "Europe" or "Amex" with a capital again, yet neither is a common word's
    europe = guessed("Europe backs the deal\n\nMinisters met on Monday.\n", [("Europe", "LOC")])
    assert [e.entity for e in extract_entities(europe)] == ["Europe"]
    amex = guessed("Amex shares rise\n\nTraders were pleased.\n", [("Amex", "ORG")])
    assert [e.entity for e in extract_entities(amex)] == ["Amex"]


# --- issue 14, s13: families read on real copy ---------------------------------------------------

def test_a_spaced_dash_splits_a_name_from_the_next(guessed):
    # the model ran a person into the country after an aside's dash, and the merge made every
    # "Wales" his alias
    text = ("Wales were held to a draw. The try was ruled out by umpire Peter Lund - Wales were "
            "furious. Wales play again on Sunday.")
    doc = guessed(text, [("Wales", "GPE"), ("Peter Lund - Wales", "PERSON"), ("Wales", "GPE")])
    names = by_name(doc)
    assert "Peter Lund - Wales" not in names
    assert names["Peter Lund"].label == "PERSON"
    assert (names["Wales"].label, names["Wales"].mentions) == ("GPE", 3)


def test_a_dash_opening_a_headline_still_marks_its_topic(guessed):
    text = "GOLF - LANGER LEADS IN MUNICH\nBernhard Langer led by two shots in Munich on Friday."
    doc = guessed(text, [("GOLF - LANGER", "PERSON"), ("Bernhard Langer", "PERSON"), ("Munich", "GPE")])
    names = by_name(doc)
    assert "GOLF" not in names and names["Bernhard Langer"].mentions == 2


def test_a_plural_acronym_is_no_name(guessed):
    text = "MPs have criticised the plan. The MEPs said the BBC had not asked them."
    doc = guessed(text, [("MPs", "ORG"), ("MEPs", "GPE"), ("BBC", "ORG")])
    names = by_name(doc)
    assert "MPs" not in names and "MEPs" not in names and names["BBC"].label == "ORG"


def test_a_short_form_defined_in_brackets_is_the_body(guessed):
    text = ("The figures came from the Federation of Garden Retailers (Fogar). Fogar said sales rose, "
            "and Fogar expects more. Anna Pike (Ohio) spoke too.")
    doc = guessed(text, [("the Federation of Garden Retailers (Fogar", "ORG"), ("Fogar", "PERSON"),
                         ("Fogar", "PERSON"), ("Anna Pike", "PERSON"), ("Ohio", "GPE")])
    names = by_name(doc)   # one body: the short form's mentions are its own (once they were an ORG of their own)
    assert "Fogar" not in names and names["Federation of Garden Retailers"].mentions == 4
    assert names["Ohio"].label == "GPE"


def test_headline_words_glued_to_a_name_go(guessed):
    text = ("Weary Merkel and Macron Meet Again\nAngela Merkel met Emmanuel Macron in Paris on Monday. "
            "Merkel said the talks went well.")
    doc = guessed(text, [("Weary Merkel", "PERSON"), ("Macron", "PERSON"), ("Angela Merkel", "PERSON"),
                         ("Emmanuel Macron", "PERSON"), ("Paris", "GPE"), ("Merkel", "PERSON")],
                  occurrence={"Merkel": 1})
    names = by_name(doc)
    assert "Weary Merkel" not in names
    assert names["Angela Merkel"].mentions == 3


def test_a_headline_noun_after_a_name_goes_but_a_name_the_body_uses_stays(guessed):
    # "Rose" is a common word, but the body writes it as a name mid-sentence ("Anna Rose")
    text = ("Sanders Plan for Schools Is Costly but Popular\nBernie Sanders spoke in Iowa. Mr. Sanders "
            "said his plan would pay for itself.\n\nLily Rose Wins the Spelling Bee\nThe girl beat 40 "
            "others. Afterwards Lily said she had practised daily, and her mother, Anna Rose, was proud.")
    doc = guessed(text, [("Sanders Plan", "PERSON"), ("Bernie Sanders", "PERSON"), ("Iowa", "GPE"),
                         ("Sanders", "PERSON"), ("Lily Rose", "PERSON"), ("Lily", "PERSON"),
                         ("Anna Rose", "PERSON")], occurrence={"Lily": 1})
    names = by_name(doc)
    assert "Sanders Plan" not in names and names["Bernie Sanders"].mentions == 3
    assert names["Lily Rose"].mentions == 2


def test_a_team_sheets_initial_and_surname_is_the_reports_player(guessed):
    text = ("Mark Dunne scored twice and Kevin Dunne once. Paul Grady kicked the conversions.\n\n"
            "Rovers: M Dunne, P Grady, T Hale, K Ross.")
    doc = guessed(text, [("Mark Dunne", "PERSON"), ("Kevin Dunne", "PERSON"), ("Paul Grady", "PERSON"),
                         ("M Dunne", "PERSON"), ("P Grady", "ORG"), ("K Ross", "ORG")])
    names = by_name(doc)
    assert names["Mark Dunne"].aliases == ["M Dunne"] and names["Kevin Dunne"].mentions == 1
    assert names["Paul Grady"].aliases == ["P Grady"]
    assert names["K Ross"].label == "PERSON"  # no full name: a list's initial and surname is a person


def test_an_initial_and_surname_two_full_names_share_joins_neither(guessed):
    text = "Mark Dunne and Martin Dunne both played.\n\nRovers: M Dunne, P Grady, T Hale."
    doc = guessed(text, [("Mark Dunne", "PERSON"), ("Martin Dunne", "PERSON"), ("M Dunne", "PERSON")])
    names = by_name(doc)
    assert "M Dunne" in names and names["Mark Dunne"].mentions == 1


def test_a_short_form_in_capitals_is_the_body_whatever_its_initial(guessed):
    text = ("The Committee on Legal Affairs (JURI) met on Monday. JURI said the draft should go back.")
    doc = guessed(text, [("The Committee on Legal Affairs", "ORG"), ("JURI", "PERSON"), ("JURI", "PERSON")])
    names = by_name(doc)
    assert "JURI" not in names and names["Committee on Legal Affairs"].mentions == 3


def test_a_plural_of_dotted_initials_is_no_name(guessed):
    text = "He owns several L.L.C.s in Delaware, and the I.R.S. has asked about them."
    doc = guessed(text, [("L.L.C.s", "GPE"), ("Delaware", "GPE"), ("I.R.S.", "ORG")])
    names = by_name(doc)
    assert "L.L.C.s" not in names and "I.R.S." in names


def test_a_counted_or_owned_followers_makes_a_platform(guessed):
    text = ("The singer gained 30,000 Vexer followers overnight, and her Vexer followers cheered. "
            "Vexer announced the figures.")
    doc = guessed(text, [("Vexer", "PERSON"), ("Vexer", "PERSON"), ("Vexer", "PERSON")])
    assert by_name(doc)["Vexer"].label == "ORG"


def test_a_leaders_followers_leave_him_a_person(guessed):
    text = "The rally drew Hale followers from Leeds. Hale spoke for an hour."
    doc = guessed(text, [("Hale", "PERSON"), ("Leeds", "GPE"), ("Hale", "PERSON")])
    assert by_name(doc)["Hale"].label == "PERSON"


def test_a_town_and_its_county_after_a_preposition_are_places(guessed):
    text = ("Tom Reed, 41, a farrier from Ledbury, Herefordshire, and Ann Cole, of Hartpury, "
            "Gloucestershire, were charged.")
    doc = guessed(text, [("Tom Reed", "PERSON"), ("Ledbury", "GPE"), ("Herefordshire", "PERSON"),
                         ("Ann Cole", "PERSON"), ("Hartpury", "ORG"), ("Gloucestershire", "WORK_OF_ART")])
    names = by_name(doc)
    assert {names[n].label for n in ("Herefordshire", "Hartpury", "Gloucestershire")} == {"GPE"}


def test_an_age_beside_a_full_name_makes_a_person(guessed):
    text = ("Those charged included Ned Harbour, the 23-year-old son of the singer, and Lily Quay, 31, "
            "of Derby. The 25-year-old Spaniard was released.")
    doc = guessed(text, [("Ned Harbour", "PRODUCT"), ("Lily Quay", "ORG"), ("Derby", "GPE"),
                         ("Spaniard", "NORP")])
    names = by_name(doc)
    assert names["Ned Harbour"].label == "PERSON" and names["Lily Quay"].label == "PERSON"
    assert names["Spaniard"].label == "NORP"  # a nationality's noun after an age is no name


def test_a_clause_after_a_comma_is_no_county(guessed):
    text = "Under pressure from allies in Congress, Washington backed out. Congress voted on Monday."
    doc = guessed(text, [("Congress", "ORG"), ("Washington", "GPE"), ("Congress", "ORG")])
    assert by_name(doc)["Congress"].label == "ORG"


# --- s13 review: the guards of issue 14's rules ------------------------------------------------

def test_a_spaced_out_hyphen_between_names_is_no_aside(guessed):
    # tokenised copy spaces a hyphen out: the name of one firm, not a person and another name
    text = "Shares in Harley - Davidson rose on Monday after the results."
    doc = guessed(text, [("Harley - Davidson", "ORG"), ("Monday", "DATE")])
    assert "Harley - Davidson" in by_name(doc)


def test_a_dash_opening_a_line_is_a_topic_not_an_aside(guessed):
    text = "MOTOR RACING - SCHUMACHER TAKES POLE\nMichael Schumacher took pole position in Monza."
    doc = guessed(text, [("MOTOR RACING - SCHUMACHER", "PERSON"), ("Michael Schumacher", "PERSON"),
                         ("Monza", "GPE")])
    names = by_name(doc)
    assert "MOTOR RACING" not in names and names["Michael Schumacher"].mentions == 2


def test_a_sentence_case_headlines_noun_after_a_name_goes(guessed):
    # the first line is the headline though not Title-Case ("wins" is lower case)
    text = ("Merkel Plan wins support in Brussels\nAngela Merkel set out her plan on Monday. "
            "Merkel said it would cut costs.")
    doc = guessed(text, [("Merkel Plan", "PERSON"), ("Angela Merkel", "PERSON"), ("Merkel", "PERSON")],
                  occurrence={"Merkel": 2})
    names = by_name(doc)
    assert "Merkel Plan" not in names and names["Angela Merkel"].mentions == 3


def test_a_sentence_case_headlines_first_word_stays_before_a_name(guessed):
    # "Martin" opens a sentence-case line: the headline did not capitalise it, the name did
    text = ("Martin Winterkorn quits as chief of Volkswagen\nThe carmaker's board met on Wednesday. "
            "Winterkorn said he was not aware of any wrongdoing.")
    doc = guessed(text, [("Martin Winterkorn", "PERSON"), ("Volkswagen", "ORG"), ("Winterkorn", "PERSON")],
                  occurrence={"Winterkorn": 1})
    assert by_name(doc)["Martin Winterkorn"].mentions == 2


def test_a_players_club_in_brackets_is_no_short_form(guessed):
    # the model called the player a body; his club's town in brackets is no abbreviation of him
    text = "Ireland picked L Cullen (Lisburn) at lock. Lisburn is where he grew up."
    doc = guessed(text, [("Ireland", "GPE"), ("L Cullen", "ORG"), ("Lisburn", "GPE"), ("Lisburn", "GPE")])
    assert by_name(doc)["Lisburn"].label == "GPE"


def test_a_nation_or_big_city_in_brackets_is_no_short_form(guessed):
    text = ("Sales at Ford Motor (US) and Lotus Cars (London) rose. The US market grew fastest, and "
            "London dealers were pleased.")
    doc = guessed(text, [("Ford Motor", "ORG"), ("US", "GPE"), ("Lotus Cars", "ORG"), ("London", "GPE"),
                         ("US", "GPE"), ("London", "GPE")])
    names = by_name(doc)
    assert names["US"].label == "GPE" and names["London"].label == "GPE"


def test_a_firm_before_a_comma_and_a_state_is_no_town(guessed):
    # the gazetteer must know the name before the comma as a place
    text = "Jane Roe, a manager at Brandwell Foods, Ohio, said the firm would hire 40 staff."
    doc = guessed(text, [("Jane Roe", "PERSON"), ("Brandwell Foods", "ORG"), ("Ohio", "GPE")])
    assert by_name(doc)["Brandwell Foods"].label == "ORG"



def test_a_name_taking_its_is_a_body_whoever_said_it(guessed):
    # tech/270: "Malcolm Seagrave, security expert at Energis, said ... He said Energis also did its
    # own intelligence work": neither speech verb makes Energis a person, its "its" makes it a body
    text = ("Malcolm Seagrave, security expert at Energis, said attacks were rising. "
            "He said Energis also did its own intelligence work.")
    doc = guessed(text, [("Malcolm Seagrave", "PERSON"), ("Energis", "PERSON"), ("Energis", "PERSON")])
    assert by_name(doc)["Energis"].label == "ORG"


def test_its_after_a_be_form_is_another_bodys(guessed):
    # "Paul Rhys was its best performer": the award's "its", Rhys a person
    text = "The Critics' Circle named its winners. Paul Rhys was its best Shakespearean performer."
    doc = guessed(text, [("Critics' Circle", "ORG"), ("Paul Rhys", "PERSON")])
    assert by_name(doc)["Paul Rhys"].label == "PERSON"


def test_a_spaced_dash_at_a_lines_start_parts_a_name_from_its_aside(make_doc):
    # sport/473: the model's "Roger Federer - nice" opened the line and was dropped whole, so the
    # headline's "Federer" stayed an organisation
    text = ("Faultless Federer has no equal\n\nRoger Federer - nice bloke, fantastic tennis player - the "
            "ultimate sportsman.\n\nFederer won again.")
    names = by_name(make_doc(text))
    assert (names["Roger Federer"].label, names["Roger Federer"].mentions) == ("PERSON", 3)


def test_a_nationality_before_a_surname_is_no_namesake_body(guessed):
    # sport/430: "American Davenport" (ORG) blocked "Davenport" (GPE) from Lindsay Davenport as if an
    # Ed and a David Miliband shared the surname
    text = ("World number one Lindsay Davenport progressed. Davenport defeated Jie Zheng. "
            "American Davenport will now face Conchita Martinez.")
    doc = guessed(text, [("Lindsay Davenport", "PERSON"), ("Davenport", "GPE"), ("Jie Zheng", "PERSON"),
                         ("American Davenport", "ORG"), ("Conchita Martinez", "PERSON")], occurrence={"Davenport": 1})
    # and the nationality is split off, so "American Davenport" is her third mention
    assert by_name(doc)["Lindsay Davenport"].mentions == 3


def test_a_word_the_model_read_as_a_person_joins_a_later_full_name(guessed):
    # the Yahoo rule holds back only words the model did not read as people
    text = "Wang was arrested on Monday. Aides to Wang Donghai said he was held in Beijing."
    doc = guessed(text, [("Wang", "PERSON"), ("Wang Donghai", "PERSON"), ("Beijing", "GPE")])
    assert by_name(doc)["Wang Donghai"].mentions == 2


def test_an_award_the_model_read_as_a_person_or_place_is_a_work_of_art(guessed):
    # entertainment: "Oscar" PERSON and "Bafta" GPE; awards are filed with works of art
    text = ("Kay Brill has won an Oscar nomination for her drama. The Oscar-nominated director won a Bafta "
            "for it last year. The Orwell Prize went to Tom Vane.")
    doc = guessed(text, [("Kay Brill", "PERSON"), ("Oscar", "PERSON"), ("Bafta", "GPE"),
                         ("Orwell Prize", "ORG"), ("Tom Vane", "PERSON")])
    names = by_name(doc)
    assert [names[n].label for n in ("Oscar", "Bafta", "Orwell Prize")] == ["WORK_OF_ART"] * 3
    assert names["Kay Brill"].label == "PERSON"


def test_an_award_word_is_no_award_for_a_person_or_a_place(guessed):
    # "Oscar said he" is a man called Oscar; "the US awards" are given in the US
    text = "Oscar said he would attend the US awards. He was nominated for an award in London."
    doc = guessed(text, [("Oscar", "PERSON"), ("US", "GPE"), ("London", "GPE")])
    names = by_name(doc)
    assert (names["Oscar"].label, names["US"].label) == ("PERSON", "GPE")


def test_a_kind_of_work_before_a_name_makes_it_a_title(guessed):
    # "the drama Wasp" PERSON, "his novel Da Vinci Code" PERSON; the film's maker stays a person
    text = ("Her drama Wasp is up for a prize. His novel Da Vinci Code sold millions. "
            "The film Kevin Spacey directed was left out.")
    doc = guessed(text, [("Wasp", "PERSON"), ("Da Vinci Code", "PERSON"), ("Kevin Spacey", "PERSON")])
    names = by_name(doc)
    assert (names["Wasp"].label, names["Da Vinci Code"].label) == ("WORK_OF_ART", "WORK_OF_ART")
    assert names["Kevin Spacey"].label == "PERSON"
    # T87: "the BBC series Normal People" (PERSON); a series, programme, hymn or podcast after a determiner
    text = "She starred in the BBC series Normal People. The choir sang the hymn Calon Lan twice."
    names = by_name(guessed(text, [("BBC", "ORG"), ("Normal People", "PERSON"), ("Calon Lan", "PERSON")]))
    assert (names["Normal People"].label, names["Calon Lan"].label) == ("WORK_OF_ART", "WORK_OF_ART")


def test_hit_after_a_subject_opening_its_clause_is_the_verb_not_a_song(guessed):
    # "The floods hit Tewkesbury hard" made the town a WORK_OF_ART ("the ... hit X" read as a song)
    text = ("The floods hit Tewkesbury hard. Shops shut after the storm hit Bude. Their latest hit Moonbeam "
            "sold well, as did the top five hit Lullay.")
    doc = guessed(text, [("Tewkesbury", "GPE"), ("Bude", "GPE"), ("Moonbeam", "PERSON"), ("Lullay", "PERSON")])
    names = by_name(doc)
    assert [names[n].label for n in ("Tewkesbury", "Bude", "Moonbeam", "Lullay")] == \
        ["GPE", "GPE", "WORK_OF_ART", "WORK_OF_ART"]
    # ... also after a capitalised describing word ("The UK-wide action hit Jobcentres": a PERSON)
    doc = guessed("The UK-wide action hit Jobcentres and pensions offices.", [("Jobcentres", "PERSON")])
    assert by_name(doc)["Jobcentres"].label == "PERSON"


def test_a_show_before_star_and_a_name_is_a_title_not_a_person(guessed):
    # "Ray star Jamie Foxx", "Mary Poppins star Dame Julie Andrews": the model read the films as
    # people, and a later "she said" could go to them; a club or place before "star" stays as read
    text = ("Ray star Jamie Foxx won for Ray. Mary Poppins star Dame Julie Andrews sang. "
            "Chelsea star Frank Lampard scored. Hollywood star Tom Hanks came. Rap star Jay Zed spoke.")
    doc = guessed(text, [("Ray", "PERSON"), ("Jamie Foxx", "PERSON"), ("Mary Poppins", "PERSON"),
                         ("Julie Andrews", "PERSON"), ("Chelsea", "ORG"), ("Frank Lampard", "PERSON"),
                         ("Hollywood", "GPE"), ("Tom Hanks", "PERSON"), ("Rap", "PERSON"), ("Jay Zed", "PERSON")])
    names = by_name(doc)
    assert (names["Ray"].label, names["Ray"].mentions, names["Mary Poppins"].label) == ("WORK_OF_ART", 2, "WORK_OF_ART")
    assert names["Rap"].label == "PERSON"  # a genre opening a sentence is no title (the model's label stays)
    assert (names["Chelsea"].label, names["Hollywood"].label) == ("ORG", "GPE")
    assert names["Jamie Foxx"].label == names["Julie Andrews"].label == "PERSON"


def test_a_nationality_before_a_players_name_is_no_part_of_it(guessed):
    # sport/430: "American Davenport" ORG is Lindsay Davenport; "American Jeff Morrison" was a work
    # of art; "American Express" and "Swiss Re" (beside "Munich Re") keep their names
    text = ("Lindsay Davenport won. American Davenport will now face Conchita Martinez. American Jeff Morrison "
            "lost. Shares in American Express rose, and Swiss Re and Munich Re fell.")
    doc = guessed(text, [("Lindsay Davenport", "PERSON"), ("American Davenport", "ORG"),
                         ("Conchita Martinez", "PERSON"), ("American Jeff Morrison", "WORK_OF_ART"),
                         ("American Express", "ORG"), ("Swiss Re", "ORG"), ("Munich Re", "PERSON")])
    names = by_name(doc)
    assert names["Lindsay Davenport"].mentions == 2 and names["American"].label == "NORP"
    assert names["Jeff Morrison"].label == "PERSON"
    assert "American Express" in names and "Swiss Re" in names


def test_a_word_before_a_colon_and_a_figure_labels_a_field(guessed):
    # a match report's "Att: 50,430" was a person
    text = "Booked: Ben Haim, Hierro. Att: 50,430. Chelsea: 3 wins in a row."
    doc = guessed(text, [("Ben Haim", "PERSON"), ("Att", "PERSON"), ("Chelsea", "GPE")])
    assert "Att" not in by_name(doc) and "Chelsea" in by_name(doc)


def test_common_words_labelling_a_bullet_or_filling_a_tables_cell_are_no_names(guessed):
    # "Candidate | Party | Votes" gave the ORG "Candidate", "• Venue: Lord's, London" a WORK_OF_ART
    text = ("Result\n\nCandidate | Party | Votes\nJo Hale | Green Party | 1,204\n\nKey facts\n"
            "• Venue: Lord's, London\n")
    doc = guessed(text, [("Candidate", "ORG"), ("Jo Hale", "PERSON"), ("Green Party", "ORG"), ("Venue", "WORK_OF_ART"),
                         ("Lord's", "FAC"), ("London", "GPE")])
    names = by_name(doc)
    assert not {"Candidate", "Venue"} & set(names) and {"Jo Hale", "Green Party", "London"} <= set(names)


def test_brands_in_a_list_or_before_brand_are_bodies(guessed):
    # business: "Strongbow" PERSON in a list of brands, "Kingfisher" PERSON of "the Kingfisher lager
    # brand" and of "two Indian airlines - Air Deccan and Kingfisher"
    text = ("Its top brands include Foster's, Strongbow and Kronenbourg. United makes the Kingfisher lager "
            "brand. Airbus signed deals with two Indian airlines - Air Deccan and Jetfly.")
    doc = guessed(text, [("Strongbow", "PERSON"), ("Kingfisher", "PERSON"), ("Jetfly", "PERSON")])
    names = by_name(doc)
    assert [names[n].label for n in ("Strongbow", "Kingfisher", "Jetfly")] == ["ORG"] * 3


def test_a_name_taking_the_or_a_possessive_is_no_person(guessed):
    # politics: "the Lib Dems" PERSON; tech: "the Mac Mini" PERSON in most of its mentions
    text = ("Lib Dems unveil plans\n\nThe Lib Dems want a new pension. The Flexi Box is small, and his Flexi "
            "Box sits by the TV. A Flexi Box costs little. Fans of the Nicki Lomas role cheered.")
    doc = guessed(text, [("Lib Dems", "PERSON"), ("Lib Dems", "PERSON"), ("Flexi Box", "PERSON"),
                         ("Nicki Lomas", "PERSON")], occurrence={"Lib Dems": 0})
    names = by_name(doc)
    assert (names["Lib Dems"].label, names["Flexi Box"].label) == ("ORG", "ORG")
    assert names["Nicki Lomas"].label == "PERSON"  # "the" is the role's


def test_a_team_sheets_initial_is_no_article(guessed):
    # sport/339: "A Lo Cicero (Italy)" is a player with his initial, not "a Lo Cicero"
    text = "Italy: B Cohen, A Lo Cicero, F Ongaro, M Bortolami."
    doc = guessed(text, [("Lo Cicero", "PERSON")])
    assert by_name(doc)["Lo Cicero"].label == "PERSON"


def test_a_kind_of_software_or_a_research_firm_before_a_name(guessed):
    # tech: "web browser Safari" and "operating system Linux" PERSON, "analysts Gartner" PERSON
    text = ("The bundle includes web browser Safari. Users of operating system Linux differ. "
            "Brian Gammage, of analysts Gartner, agreed.")
    doc = guessed(text, [("Safari", "PERSON"), ("Linux", "PERSON"), ("Brian Gammage", "PERSON"),
                         ("Gartner", "PERSON")])
    names = by_name(doc)
    assert [names[n].label for n in ("Safari", "Linux", "Gartner")] == ["PRODUCT", "PRODUCT", "ORG"]


def test_a_horse_has_no_row(guessed):
    # T83: "Kilbeggan Rose is a 14-1 shot" was a person; a golfer's odds leave him one
    text = "Kilbeggan Rose is a 14-1 shot for the Grand National under jockey Ann Cole."
    doc = guessed(text, [("Kilbeggan Rose", "PERSON"), ("Ann Cole", "PERSON")])
    assert "Kilbeggan Rose" not in by_name(doc) and by_name(doc)["Ann Cole"].label == "PERSON"
    golf = guessed("Rory McIlroy is the 7-1 favourite for the Masters.", [("Rory McIlroy", "PERSON")])
    assert by_name(golf)["Rory McIlroy"].label == "PERSON"


def test_a_kind_of_medicine_before_a_name(guessed):
    # "The drug Zolvexa" and "the vaccine Plasmavax" PERSON; a speaker stays a person
    text = ("The drug Zolvexa was approved. Doctors praised the vaccine Plasmavax. "
            "Asked about the drug Tom Reid said no.")
    doc = guessed(text, [("Zolvexa", "PERSON"), ("Plasmavax", "PERSON"), ("Tom Reid", "PERSON")])
    assert {e.entity: e.label for e in extract_entities(doc)} == {"Zolvexa": "PRODUCT", "Plasmavax": "PRODUCT",
                                                                  "Tom Reid": "PERSON"}
    # a headline's last word is no kind of the first name of the story (BBC: "... pain drug\n\nUS food")
    doc = guessed("Regulator to rule on pain drug\n\nUS regulators will decide on Friday.", [("US", "GPE")])
    assert by_name(doc)["US"].label == "GPE"


def test_a_kind_of_product_set_off_after_a_name_and_a_drama_after_a_nationality(guessed):
    # "Korvane, a fungicide" PERSON and "Telmira, a once-daily pill" ORG; its maker stays a body;
    # "The Danish crime drama Morke Vand" GPE (a capitalised word between the article and the kind)
    text = ("Growers warned of the risks of Korvane, a fungicide used on wheat. Regulators approved Telmira, a "
            "once-daily pill. Halvex, a drug company, objected. The Danish crime drama Morke Vand won.")
    doc = guessed(text, [("Korvane", "PERSON"), ("Telmira", "ORG"), ("Halvex", "ORG"), ("Danish", "NORP"),
                         ("Morke Vand", "GPE")])
    names = by_name(doc)
    assert [names[n].label for n in ("Korvane", "Telmira", "Halvex", "Morke Vand")] == [
        "PRODUCT", "PRODUCT", "ORG", "WORK_OF_ART"]
    # ... or a maker's name with a model's code (WORK_OF_ART for the model); not a number alone
    doc = guessed("The Embraer E175, operated by SkyWest, landed. Apollo 11 landed.",
                  [("Embraer E175", "WORK_OF_ART"), ("SkyWest", "ORG"), ("Apollo 11", "WORK_OF_ART")])
    assert [by_name(doc)[n].label for n in ("Embraer E175", "Apollo 11")] == ["PRODUCT", "WORK_OF_ART"]
    # ... or the brand a product is sold under (the model: GPE)
    doc = guessed("It will be sold under the brand name Veltrana from March.", [("Veltrana", "GPE")])
    assert by_name(doc)["Veltrana"].label == "PRODUCT"


def test_an_awards_plural_and_its_nominations_follow_the_award(guessed):
    # "the Baftas" GPE beside a "Bafta" award; "in the Bafta nominations" puts nothing in a place;
    # a body giving an award stays a body ("tipped for Fidra award", Fidra ORG)
    text = ("Vera Dane did not figure in the Bafta nominations. She won the Bafta for best film at the Baftas. "
            "Henry is tipped for Fidra award. Fidra has changed its panel.")
    doc = guessed(text, [("Vera Dane", "PERSON"), ("Bafta", "GPE"), ("Bafta", "GPE"), ("Baftas", "GPE"),
                         ("Fidra", "ORG"), ("Fidra", "ORG")], occurrence={"Bafta": 0})
    names = by_name(doc)
    assert (names["Bafta"].label, names["Baftas"].label, names["Fidra"].label) == ("WORK_OF_ART", "WORK_OF_ART", "ORG")


def test_a_nationality_before_a_competition_stays_in_its_name(guessed):
    # sport/444: "the Australian Hardcourt Championships" is an event, not an Australian and a person
    text = "He won the Australian Hardcourt Championships in Adelaide."
    doc = guessed(text, [("Australian Hardcourt Championships", "EVENT"), ("Adelaide", "GPE")])
    assert by_name(doc)["Australian Hardcourt Championships"].label == "EVENT"


def test_a_two_word_award_the_model_read_as_a_body_is_an_award(guessed):
    # "Golden Globe" ORG before "award"; "campaign for an Oscar for his movie" (Oscar PERSON)
    text = "His role earned him a Golden Globe award. Gibson will not campaign for an Oscar for his movie."
    doc = guessed(text, [("Golden Globe", "ORG"), ("Gibson", "PERSON"), ("Oscar", "PERSON")])
    names = by_name(doc)
    assert (names["Golden Globe"].label, names["Oscar"].label) == ("WORK_OF_ART", "WORK_OF_ART")


def test_a_storms_bare_name_is_the_storm(guessed):
    text = ("Aid was promised after Hurricane Oriel.\n\nOriel killed about 9,000 people and Oriel left a million "
            "homeless.")
    doc = guessed(text, [("Hurricane Oriel", "EVENT"), ("Oriel", "PERSON"), ("Oriel", "PERSON")])
    names = by_name(doc)
    assert (names["Hurricane Oriel"].label, names["Hurricane Oriel"].mentions, names["Hurricane Oriel"].aliases) \
        == ("EVENT", 3, ["Oriel"])
    assert set(names) == {"Hurricane Oriel"}


def test_a_gendered_role_before_a_name_makes_a_person(guessed):
    # trap 8: "Spokeswoman Lerato Mokoena said ..." (ORG) had no speaker_gender
    text = "Spokeswoman Thandi Vilakazi said the buses would run. Thandi Vilakazi said fares stay the same."
    doc = guessed(text, [("Spokeswoman Thandi Vilakazi", "ORG"), ("Thandi Vilakazi", "ORG")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Thandi Vilakazi", "PERSON")]
    # an award's category is no role of the name after it
    award = "She won the best actress Oscar in March. The Oscar went to her again."
    doc = guessed(award, [("Oscar", "WORK_OF_ART"), ("Oscar", "WORK_OF_ART")])
    assert [e.label for e in extract_entities(doc)] == ["WORK_OF_ART"]


def test_a_name_used_as_only_a_platform_is_one_is_an_organisation(guessed):
    # trap 8: "gained 40,000 Snapchat followers ... after Twitch suspended his account" (Snapchat
    # missed, Twitch PERSON)
    text = "The singer Ama Boateng lost 20,000 Tumblr followers after Kick suspended her account on Friday."
    doc = guessed(text, [("Ama Boateng", "PERSON"), ("Kick", "PERSON"), ("Friday", "DATE")])
    assert {(e.entity, e.label) for e in extract_entities(doc)} == {
        ("Ama Boateng", "PERSON"), ("Tumblr", "ORG"), ("Kick", "ORG")}
    doc = guessed("Rumbly suspended his channel on Monday.", [("Rumbly", "PERSON")])   # a channel, a page too
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Rumbly", "ORG")]


def test_games_and_contests_after_the_are_events_firms_so_named_are_not(guessed):
    # T87: "the Eurovision Song Contest", "the Commonwealth Games" (ORG for the model)
    text = "The final of the Eurovision Song Contest is in May. Epic Games said its profits rose."
    doc = guessed(text, [("Eurovision Song Contest", "ORG"), ("Epic Games", "ORG")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [
        ("Eurovision Song Contest", "EVENT"), ("Epic Games", "ORG")]
    doc = guessed("He won at the 2026 Commonwealth Games.", [("Commonwealth Games", "ORG")])
    assert [e.label for e in extract_entities(doc)] == ["EVENT"]


def test_a_name_with_who_or_a_role_set_off_after_it_is_a_person(guessed):
    # T84: "Orlando Beaumont, who chairs" (GPE), "Paris Whitlock, the council's head of communications," (ORG)
    text = ("Paris Whitlock, the council's head of communications, spoke. Orlando Beaumont, who chairs a group, "
            "agreed. Kings Cross, which opened in 1852, shut.")
    doc = guessed(text, [("Paris Whitlock", "ORG"), ("Orlando Beaumont", "GPE"), ("Kings Cross", "GPE")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [
        ("Paris Whitlock", "PERSON"), ("Orlando Beaumont", "PERSON"), ("Kings Cross", "GPE")]


def test_a_lone_headline_word_the_body_writes_in_lower_case_names_no_one(guessed):
    # T87: "Founder's daughter takes helm at Osaka machine maker" gave a body "Founder"
    text = "Founder's daughter takes helm\n\nYui Mori, the daughter of its founder, will lead the firm."
    doc = guessed(text, [("Founder", "ORG"), ("Yui Mori", "PERSON")])
    assert [e.entity for e in extract_entities(doc)] == ["Yui Mori"]
    text = "Brown faces revolt\n\nGordon Brown met the brown-shirted rebels."   # capitalised mid-sentence
    doc = guessed(text, [("Brown", "PERSON"), ("Gordon Brown", "PERSON")])
    assert [(e.entity, e.mentions) for e in extract_entities(doc)] == [("Gordon Brown", 2)]


def test_a_storm_is_an_event_whatever_the_model_called_it(guessed):
    # trap 8: "Cyclone Freddy made landfall ... Freddy then moved inland" (PERSON, both)
    text = "Cyclone Tamsin reached the coast on Friday. Tamsin then moved inland and flooded two towns."
    doc = guessed(text, [("Cyclone Tamsin", "PERSON"), ("Tamsin", "PERSON")])
    assert [(e.entity, e.label, e.mentions) for e in extract_entities(doc)] == [("Cyclone Tamsin", "EVENT", 2)]
    # T47: the model left the kind out of the name, and found the bare name only later
    text = ("Tropical Cyclone Nerida is a category three system. Forecasters said Nerida would cross the "
            "coast on Thursday. Nerida is the second cyclone this season.")
    doc = guessed(text, [("Nerida", "PERSON"), ("Nerida", "PERSON")], occurrence={"Nerida": 1})
    assert {(e.entity, e.label) for e in extract_entities(doc)} == {("Nerida", "EVENT")}


def test_a_firm_named_after_a_place_or_people_keeps_its_last_word(guessed):
    # the model tags "Swiss" a nationality and leaves "Re" out; "Munich Re" it calls a person
    text = "Shares in Swiss Re and Munich Re fell on Monday. The Swiss franc rose."
    doc = guessed(text, [("Swiss", "NORP"), ("Munich Re", "PERSON"), ("Swiss", "NORP")])
    assert {(e.entity, e.label, e.mentions) for e in extract_entities(doc)} \
        == {("Swiss Re", "ORG", 1), ("Munich Re", "ORG", 1), ("Swiss", "NORP", 1)}


def test_a_one_word_name_read_as_person_and_organisation_alike_is_the_organisation(guessed):
    text = ("Veritas's choice of candidate angered members. Twelve of them represent Veritas in the "
            "council, and Veritas has not commented. Veritas will meet next week.")
    doc = guessed(text, [("Veritas", "PERSON"), ("Veritas", "ORG"), ("Veritas", "PERSON"), ("Veritas", "ORG")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Veritas", "ORG")]


def test_a_split_vote_stays_a_person_when_the_article_says_person(guessed):
    text = "Veritas won the race. Veritas said she was tired, and Veritas went home."
    doc = guessed(text, [("Veritas", "PERSON"), ("Veritas", "ORG")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Veritas", "PERSON")]


def test_a_unit_glued_to_its_number_is_no_name(guessed):
    text = "The box has a 160GB hard drive and costs £99."
    doc = guessed(text, [("GB", "PERSON")])
    assert extract_entities(doc) == []


def test_a_name_that_suspends_or_removes_someone_elses_account_is_a_platform(guessed):
    # what a platform (or a bank) does to another's account; one's own posts are anyone's to delete
    text = "Chirp suspended the singer's account on Monday, and Vidly removed three of the band's videos."
    doc = guessed(text, [("Chirp", "PERSON"), ("Vidly", "PERSON")])
    assert (by_name(doc)["Chirp"].label, by_name(doc)["Vidly"].label) == ("ORG", "ORG")
    own = guessed("Hale removed his videos on Monday.", [("Hale", "PERSON")])
    assert by_name(own)["Hale"].label == "PERSON"


def test_a_legal_form_or_a_suffix_closes_a_name_the_model_ran_across_a_sentence_end(guessed):
    # T83: the model ran names across a sentence end after "Inc.", "Jr." and "Bros."
    text = ("The deal hurt rival Hasbro Inc. Mattel executives said so. The ranch went to Travis Oakley Jr. Oakley, "
            "who is 74, rides. The film was made by Warner Bros. However, nobody came.")
    doc = guessed(text, [("Hasbro Inc. Mattel", "ORG"), ("Travis Oakley Jr. Oakley", "PERSON"),
                         ("Warner Bros. However", "ORG")])
    names = {e.entity: e.mentions for e in extract_entities(doc)}
    assert names == {"Hasbro Inc.": 1, "Mattel": 1, "Travis Oakley Jr.": 2, "Warner Bros.": 1}
    # not before another legal form, nor a day named after the person
    text = "Samsung Electronics Co. Ltd. said profits rose. They marched on Martin Luther King Jr. Day."
    doc = guessed(text, [("Samsung Electronics Co. Ltd.", "ORG"), ("Martin Luther King Jr. Day", "EVENT")])
    assert [e.entity for e in extract_entities(doc)] == ["Samsung Electronics Co. Ltd.", "Martin Luther King Jr. Day"]


def test_two_names_joined_by_and_are_two_when_each_is_named_alone(guessed):
    # T83: "behind both Plaid Cymru and Reform UK" was one ORG, and Plaid Cymru's own mentions had no row
    text = ("On Friday Plaid Cymru held the seat. Polls put Labour behind both Plaid Cymru and Reform UK. Later "
            "Reform UK gained. Marks and Spencer cut prices; Marks said so.")
    doc = guessed(text, [("Plaid Cymru", "ORG"), ("Labour", "ORG"), ("Plaid Cymru and Reform UK", "ORG"),
                         ("Reform UK", "ORG"), ("Marks and Spencer", "ORG"), ("Marks", "ORG")])
    names = {e.entity: e.mentions for e in extract_entities(doc)}
    assert (names["Plaid Cymru"], names["Reform UK"]) == (2, 2) and "Marks and Spencer" in names
    # a half named only where a sentence opens may be a title's word: "a paper entitled Games and Learning"
    doc = guessed("She wrote a paper entitled Games and Learning. \"Games teach skills,\" she said. Learning is hard.",
                  [("Games and Learning", "WORK_OF_ART")])
    assert [e.entity for e in extract_entities(doc)] == ["Games and Learning"]
    # T59: a name with "and" named twice names neither half alone
    text = "The Riverland Folk and Roots Festival opens today. The Riverland Folk and Roots Festival ends Sunday."
    doc = guessed(text, [("Riverland Folk and Roots Festival", "EVENT")])
    assert [(e.entity, e.mentions) for e in extract_entities(doc)] == [("Riverland Folk and Roots Festival", 2)]


def test_a_title_and_the_surname_of_a_person_named_in_full_is_that_person(guessed):
    # T83: "Sister Mulvey's" (ORG for the model) and "Coach Riley" had rows of their own
    text = ("Sister Bernadette Mulvey will retire. A spokesman paid tribute to Sister Mulvey's commitment. "
            "Dana Riley coached the side. Coach Riley said it was over.")
    doc = guessed(text, [("Bernadette Mulvey", "PERSON"), ("Sister Mulvey's", "ORG"), ("Dana Riley", "PERSON"),
                         ("Coach Riley", "PERSON")])
    names = {e.entity: (e.label, e.mentions) for e in extract_entities(doc)}
    assert names == {"Bernadette Mulvey": ("PERSON", 2), "Dana Riley": ("PERSON", 2)}


def test_a_particle_between_two_person_spans_makes_one_name(guessed):
    # the model reads "Pieter" and "Berg" as two people around "van den"
    doc = guessed("Pieter van den Berg scored twice for the visitors.", [("Pieter", "PERSON"), ("Berg", "PERSON")])
    assert [e.entity for e in extract_entities(doc)] == ["Pieter van den Berg"]
    # T83: Welsh "ap", the surname read as a place
    doc = guessed("Party leader Rhun ap Iorwerth told supporters in Aberystwyth to go home.",
                  [("Rhun", "PERSON"), ("Iorwerth", "GPE"), ("Aberystwyth", "GPE")])
    assert [e.entity for e in extract_entities(doc)] == ["Rhun ap Iorwerth", "Aberystwyth"]
    doc = guessed("Walter de Gruyter Publishing said so.", [("Walter", "PERSON"), ("Gruyter Publishing", "ORG")])
    assert "Gruyter Publishing" in by_name(doc)   # a body's name of two words is no surname


def test_a_rank_before_a_name_is_no_part_of_it_but_a_peers_style_is(guessed):
    text = ("Councillor Bronagh Kerr opened the library. Detective Inspector Sam Hale gave evidence. "
            "Baroness Ashdown spoke in the Lords.")
    doc = guessed(text, [("Councillor Bronagh Kerr", "PERSON"), ("Detective Inspector Sam Hale", "PERSON"),
                         ("Baroness Ashdown", "PERSON")])
    assert [e.entity for e in extract_entities(doc) if e.label == "PERSON"] == [
        "Bronagh Kerr", "Sam Hale", "Baroness Ashdown"]


def test_an_acronym_joins_the_one_name_it_spells(guessed):
    # "The National Institute of Economic and Social Research (NIESR) ... According to NIESR" is one body
    text = ("The Scottish Institute for Housing Research (SIHR) says rents will rise. SIHR expects a 4% rise. "
            "The Welsh Bus Operators Association welcomed it; WBOA members had warned of cuts.")
    doc = guessed(text, [("Scottish Institute for Housing Research", "ORG"), ("SIHR", "ORG"), ("SIHR", "ORG"),
                         ("Welsh Bus Operators Association", "ORG"), ("WBOA", "ORG")])
    assert [(e.entity, e.mentions, e.aliases) for e in extract_entities(doc)] == [
        ("Scottish Institute for Housing Research", 3, ["SIHR"]), ("Welsh Bus Operators Association", 2, ["WBOA"])]


def test_an_acronym_the_model_gave_a_label_other_than_a_places_joins_the_body(guessed):
    # "The National Transportation Safety Board said ... The NTSB said" (NTSB: WORK_OF_ART)
    # (the model ran "NTSB Chair Jennifer Ortiz" into one work, which gave the acronym its label)
    text = ("NGSB faults crew\n\nThe National Grid Safety Board said the line failed.\n\nThe NGSB said the fault "
            "was old.\n\n\"It was tired,\" NGSB Chair Jo Hart said.")
    doc = guessed(text, [("NGSB", "ORG"), ("National Grid Safety Board", "ORG"), ("NGSB", "ORG"),
                         ("NGSB Chair Jo Hart", "WORK_OF_ART")])
    assert [(e.entity, e.label, e.mentions, e.aliases) for e in extract_entities(doc)] == [
        ("National Grid Safety Board", "ORG", 4, ["NGSB"]), ("Jo Hart", "PERSON", 1, [])]


def test_an_acronym_written_with_full_stops_joins_the_body_it_spells(guessed):
    # T87: "the Metropolitan Transportation Authority ... The M.T.A. said" (New York Times style) were two rows
    text = "The Metropolitan Transportation Authority raised fares. The M.T.A. said the rise would help."
    doc = guessed(text, [("Metropolitan Transportation Authority", "ORG"), ("M.T.A.", "ORG")])
    assert [(e.entity, e.mentions, e.aliases) for e in extract_entities(doc)] == [
        ("Metropolitan Transportation Authority", 2, ["M.T.A."])]


def test_an_acronym_stays_apart_from_a_name_of_another_label_or_from_two_names(guessed):
    text = "The United Steelworkers met in Ohio. US steel output fell. Ulster Savings and United Shippers agree."
    doc = guessed(text, [("United Steelworkers", "ORG"), ("Ohio", "GPE"), ("US", "GPE")])
    assert "US" in by_name(doc)
    text = "Union Shipping and United Steelworkers met. The US group said little."
    doc = guessed(text, [("Union Shipping", "ORG"), ("United Steelworkers", "ORG"), ("US", "ORG")])
    assert by_name(doc)["US"].mentions == 1


def test_a_firm_named_again_without_its_ending_is_the_same_firm(guessed):
    # "Northgate Logistics Ltd ... Northgate" had been two organisations, counted twice by `top`
    text = ("Quellbrook Freight Ltd has cut 200 jobs. Quellbrook said the cuts were painful. "
            "The Green Party won the seat, and Green activists cheered.")
    doc = guessed(text, [("Quellbrook Freight Ltd", "ORG"), ("Quellbrook", "ORG"), ("Green Party", "ORG"),
                         ("Green", "ORG")])
    assert [(e.entity, e.mentions) for e in extract_entities(doc)] == [
        ("Quellbrook Freight Ltd", 2), ("Green Party", 2)]
    # T83: the words before an "and": "Kenya Power and Lighting Company ... Kenya Power"
    text = "The Kenya Power and Lighting Company raised tariffs. Kenya Power said costs rose."
    doc = guessed(text, [("Kenya Power and Lighting Company", "ORG"), ("Kenya Power", "ORG")])
    assert [(e.entity, e.mentions) for e in extract_entities(doc)] == [("Kenya Power and Lighting Company", 2)]
    banks = guessed("Shares in Bank of America and Wells Fargo fell. Bank of America said so.",
                    [("Bank of America and Wells Fargo", "ORG"), ("Bank of America", "ORG")])
    assert by_name(banks)["Bank of America"].mentions == 1   # a list's last name ends in no firm's word


def test_a_name_in_commas_after_a_role_of_a_body_is_a_person(guessed):
    text = "The president of the Federation of German Farmers, Klaus-Dieter Weiss, told the crowd to stay."
    doc = guessed(text, [("the Federation of German Farmers", "ORG"), ("Klaus-Dieter Weiss", "ORG")])
    assert by_name(doc)["Klaus-Dieter Weiss"].label == "PERSON"
    body = guessed("The chief of the Joint Committee, Energy Ministry, said no.", [("Energy Ministry", "ORG")])
    assert by_name(body)["Energy Ministry"].label == "ORG"
    shop = guessed("The chairman of the local club, Halvex Rentals, paid for it.", [("Halvex Rentals", "ORG")])
    assert by_name(shop)["Halvex Rentals"].label == "ORG"   # a body named in capitals only


def test_a_name_the_model_ran_into_from_a_dateline_is_kept_and_its_surname_with_an_age_joins_it(guessed):
    # T81: "HAMILTON - Damian Tamihana" was one ORG for the model and left no row for the kicker;
    # "Tamihana, 21, was composed" (ORG) then stayed a body apart
    text = ("Chiefs edge Crusaders as Tamihana kicks late winner\n\nHAMILTON - Damian Tamihana kicked a penalty as the "
            "Chiefs won on Saturday night.\n\nTamihana, 21, was composed in front of reporters afterwards.")
    doc = guessed(text, [("HAMILTON - Damian Tamihana", "ORG"), ("Tamihana", "ORG"), ("Chiefs", "ORG")])
    assert ("Damian Tamihana", "PERSON", 3) in [(e.entity, e.label, e.mentions) for e in extract_entities(doc)]
    assert by_name(doc)["HAMILTON"].label == "GPE"


def test_a_full_name_opening_the_story_after_a_dateline_is_a_person_when_its_surname_recurs(guessed):
    # T87: the model found nothing in "MEMPHIS, Tenn. (AP) - Darnell Pryce scored"; "Pryce hit" was then no one
    text = ("MEMPHIS, Tenn. (AP) - Darnell Pryce scored 31 points on Wednesday.\n\nPryce hit three "
            "straight 3-pointers late on.")
    doc = guessed(text, [("MEMPHIS", "GPE"), ("Tenn.", "GPE"), ("AP", "ORG")])
    assert ("Darnell Pryce", "PERSON", 2) in [(e.entity, e.label, e.mentions) for e in extract_entities(doc)]
    for text in ("NEWRY - Declan Morrissey milks cows. His herd is small.",     # no surname alone later
                 "BARNSLEY — When Harold Firth asked, Firth was shy."):         # a common word opens it
        doc = guessed(text, [("NEWRY", "GPE")] if "NEWRY" in text else [("BARNSLEY", "GPE")])
        assert not any(e.label == "PERSON" and e.entity.startswith(("Declan", "When"))
                       for e in extract_entities(doc)), text


def test_a_titled_surname_joins_the_one_full_name_of_its_gender_though_the_model_read_one_as_a_body(guessed):
    # T87: "Akosua Frimpong" (ORG) and "her husband, Kwabena Frimpong": "Mrs Frimpong" had joined neither,
    # and "Madam Frimpong" was a person of its own ("Madam" read as a given name)
    text = ('Akosua Frimpong runs a farm with her husband, Kwabena Frimpong. "Prices are low," Madam Frimpong '
            'said. "We pay more for fuel," Mrs Frimpong added.')
    doc = guessed(text, [("Akosua Frimpong", "ORG"), ("Kwabena Frimpong", "PERSON"), ("Frimpong", "PERSON"),
                         ("Frimpong", "PERSON")], occurrence={"Frimpong": 2})
    assert [(e.entity, e.mentions) for e in extract_entities(doc)] == [("Akosua Frimpong", 3), ("Kwabena Frimpong", 1)]


def test_a_firms_short_name_the_model_missed_is_the_firm(guessed):
    # "Nordlys owns 70%": the model found nothing; not "Energy Minister Sigrid Lunde"
    text = ("Nordlys Energy ASA approved the wind farm. Nordlys owns 70% of it. Energy Minister Sigrid Lunde "
            "welcomed the plan, and Nordlys will fund its share from cash.")
    doc = guessed(text, [("Nordlys Energy", "ORG"), ("Sigrid Lunde", "PERSON")])
    assert [(e.entity, e.mentions) for e in extract_entities(doc)] == [("Nordlys Energy", 3), ("Sigrid Lunde", 1)]
    for text, firm in (("Swift Energy Ltd grew. Swift action followed.", "Swift Energy Ltd"),   # an English word
                       ("Halvex Street Capital Ltd grew. Halvex stayed.", "Halvex Street Capital Ltd")):  # no ending
        doc = guessed(text, [(firm, "ORG")])
        assert by_name(doc)[firm].mentions == 1, text


def test_a_short_name_stays_apart_before_its_full_name_or_beside_two_of_them(guessed):
    text = "Brenton fell. Brenton Energy and Brenton Mining both report on Monday."
    doc = guessed(text, [("Brenton", "ORG"), ("Brenton Energy", "ORG"), ("Brenton Mining", "ORG")])
    assert [e.mentions for e in extract_entities(doc)] == [1, 1, 1]
    council = guessed("Leeds City Council met. Leeds City won 2-0.",
                      [("Leeds City Council", "ORG"), ("Leeds City", "ORG")])
    assert len(extract_entities(council)) == 2   # a public body keeps its last word


def test_two_towns_the_model_split_at_their_and_stay_two(guessed):
    # the model's "Mt. Pleasant and" and "Burlington" had been joined into one organisation
    text = "Flood warnings were issued for Mt. Pleasant and Burlington on Saturday."
    doc = guessed(text, [("Mt. Pleasant and", "ORG"), ("Burlington", "ORG")])
    assert [e.entity for e in extract_entities(doc)] == ["Mt. Pleasant", "Burlington"]
    firm = guessed("Shares in Marks and Spencer rose.", [("Marks and", "ORG"), ("Spencer", "ORG")])
    assert [e.entity for e in extract_entities(firm)] == ["Marks and Spencer"]


def test_a_word_capitalised_by_an_opening_quote_is_no_name_when_the_article_writes_it_in_lower_case(guessed):
    # "Golden" was a GPE (Golden, Colorado) in the entity and places tables alike
    text = "'Golden decade' for exporters ends\n\nTen years of \"golden\" trade are over, Marlow Bank said."
    doc = guessed(text, [("Golden", "GPE"), ("Marlow Bank", "ORG")])
    assert [e.entity for e in extract_entities(doc)] == ["Marlow Bank"]
    assert extract_places(doc) == []
    kept = guessed("'Hollywood ending' for Leeds studio\n\nThe studio sold its films to Hollywood.",
                   [("Hollywood", "GPE"), ("Leeds", "GPE"), ("Hollywood", "GPE")])
    assert "Hollywood" in by_name(kept)


def test_a_platforms_page_post_or_video_names_the_platform(guessed):
    # T10: "posted to the department's Facebook page", "in an Instagram post": no entity at all
    text = ("Police shared footage on the department's Vexbook page on Tuesday. The singer wrote in an "
            "Instagrim post that she was ill.")
    names = by_name(guessed(text, []))
    assert (names["Vexbook"].label, names["Instagrim"].label) == ("ORG", "ORG")
    # not a common word: "a Cabinet post" is a job
    assert "Cabinet" not in by_name(guessed("He was given a Cabinet post in 2010.", []))
    # but a capitalised word's call is a video call's (T10: "joined a Zoom call" had no entity)
    assert by_name(guessed("She later joined a Zoom call with her fans.", []))["Zoom"].label == "ORG"


def test_a_word_of_four_capitals_is_no_persons_name(guessed):
    # T10: "diagnosed with long COVID" (PERSON); BBC: "the ODPM", "RICS said" (PERSON)
    names = by_name(guessed("She was diagnosed with long COVID, and the RICS said prices fell.",
                            [("COVID", "PERSON"), ("RICS", "PERSON")]))
    assert (names["COVID"].label, names["RICS"].label) == ("ORG", "ORG")
    # initials are shorter; a line in capitals proves nothing
    assert by_name(guessed("Author JK said she was pleased.", [("JK", "PERSON")]))["JK"].label == "PERSON"
    assert by_name(guessed("MOORE SAID NOTHING\n\nHe left.", [("MOORE", "PERSON")]))["MOORE"].label == "PERSON"


def test_a_movement_before_a_name_makes_it_a_body(guessed):
    # G5 (LGL) and BBC politics/055: "the youth movement Nashi", "the Catholic movement Opus Dei" (PERSON)
    doc = guessed("She had support from the Catholic movement Opus Dei.", [("Opus Dei", "PERSON")])
    assert by_name(doc)["Opus Dei"].label == "ORG"


def test_a_given_name_before_the_surname_of_a_full_name_is_another_person(guessed):
    # T12: "Tom Reyes and his sister, Ana Reyes" ("Reyes" ORG) made Ana's mentions Tom's
    text = ("Tom Reyes and his sister, Ana Reyes, run the bakery. Tom Reyes bakes, while Ana Reyes keeps "
            "the books.")
    guesses = [("Tom Reyes", "PERSON"), ("Reyes", "ORG"), ("Tom Reyes", "PERSON"), ("Reyes", "ORG")]
    names = by_name(guessed(text, guesses))
    assert names["Ana Reyes"].label == "PERSON" and len(names["Ana Reyes"].spans) == 2
    # not an English word opening a sentence or after an article: "In Tears of the Sun Willis plays"
    film = "Bruce Willis starred in it. In Tears of the Sun Willis plays a commander."
    assert "Sun Willis" not in by_name(guessed(film, [("Bruce Willis", "PERSON"), ("Willis", "PERSON")]))


@pytest.mark.parametrize("text, guesses, person, rest", [
    # T12: "Substitute Ewan Lappin headed the winner" (nothing found), "Striker ..." (ORG, role and all)
    ("Substitute Ewan Lappin headed the winner.", [], "Ewan Lappin", None),
    ("Striker Ewan Lappin headed the winner.", [("Striker Ewan Lappin", "ORG")], "Ewan Lappin", None),
    # BBC sport/088: "Balco boss Victor Conte" (ORG): his "his" had gone to the plaintiff
    ("She sued Balco boss Victor Conte.", [("Balco boss Victor Conte", "ORG")], "Victor Conte", "Balco"),
    # T26: the model's span is the name alone, and a body's: "platoon chief Marcus Dyck" was ORG
    ("Harbour Fire Service platoon chief Ravi Dusk said the fire was set.",
     [("Harbour Fire Service", "ORG"), ("Ravi Dusk", "ORG")], "Ravi Dusk", "Harbour Fire Service"),
    # a person's common noun with the name set in commas
    ("The stall's owner, Hope Wanjiru, said she lost everything.", [("Hope Wanjiru", "ORG")], "Hope Wanjiru", None),
    ("A night guard, Omar Vesey, saw them.", [("Omar Vesey", "ORG")], "Omar Vesey", None),
    # a cleric's style is a title: "the Rev Iain MacLeod" was ORG, title and all
    ("The hall, says the Rev Alan Crum, is full.", [("the Rev Alan Crum", "ORG")], "Alan Crum", None),
    # T41, T42: racing and cricket desks' roles, and a family's, open the sentence before the name
    ("Trainer Lucinda Maybury said the filly was fine.", [("Trainer Lucinda Maybury", "ORG")], "Lucinda Maybury", None),
    ("Jockey Aoife Brennan rode a patient race.", [("Jockey Aoife Brennan", "PERSON")], "Aoife Brennan", None),
    ("Opener Will Ruddock made a century.", [("Opener Will Ruddock", "PERSON")], "Will Ruddock", None),
    ("Veteran Iain Macready stood firm.", [("Veteran Iain Macready", "ORG")], "Iain Macready", None),
    ("Mum Kerry Blackwood said it was hard.", [("Mum Kerry Blackwood", "PERSON")], "Kerry Blackwood", None),
    ("Halfback Kalo Vaipulu kicked five goals.", [("Halfback Kalo Vaipulu", "PERSON")], "Kalo Vaipulu", None),
    # T47: Nigerian copy's "Engineer" as a title; an office and its portfolio (nothing found)
    ("Engineer Tunde Bakare, whose firm built it, spoke.", [], "Tunde Bakare", None),
    ("Commissioner for Water Resources Hauwa Dikko said so.", [], "Hauwa Dikko", None),
    ("Minister for Foreign Affairs Simon Creavin flew in.", [], "Simon Creavin", None),
])
def test_the_name_after_a_role_is_a_person_without_the_role(guessed, text, guesses, person, rest):
    names = by_name(guessed(text, guesses))
    assert names[person].label == "PERSON" and (rest is None or names[rest].label == "ORG")


@pytest.mark.parametrize("text, guesses, person, rest", [
    # BBC politics/179, entertainment/323: an occupation opening the sentence ran into the name
    ("Farmer Geoff Brooks lost his barn.", [("Farmer Geoff Brooks", "PERSON")], "Geoff Brooks", None),
    ("Cinematographer John Mathieson shot it.", [("Cinematographer John Mathieson", "PERSON")], "John Mathieson", None),
    ("Neighbour Joan Fielding heard it.", [("Neighbour Joan Fielding", "PERSON")], "Joan Fielding", None),
    # T47: a compound of two words ("harbour", "master") no dictionary holds whole
    ("Harbourmaster Jens Aaland said so.", [("Harbourmaster Jens Aaland", "PERSON")], "Jens Aaland", None),
    # a name of three words, family name first
    ("Hawker Tan Wei Ling runs the stall.", [("Hawker Tan Wei Ling", "PERSON")], "Tan Wei Ling", None),
    # BBC sport/018: a nationality, then a given name that is also a dictionary word ("bernard")
    ("Kenyan Bernard Lagat won the race.", [("Kenyan Bernard Lagat", "PERSON")], "Bernard Lagat", "Kenyan"),
    ("Welshman Jimmy Watkins beat him.", [("Welshman Jimmy Watkins", "PERSON")], "Jimmy Watkins", "Welshman"),
    # an office written as a title before the name, as "Chancellor Gordon Brown"
    ("It was thrown out by Treasurer Wayne Swan.", [("Treasurer Wayne Swan", "PERSON")], "Wayne Swan", None),
    ("Rabbi Marvin Hier said so.", [("Rabbi Marvin Hier", "PERSON")], "Marvin Hier", None),
])
def test_a_role_or_nationality_before_a_full_name_is_no_part_of_it(guessed, text, guesses, person, rest):
    names = by_name(guessed(text, guesses))
    assert names[person].label == "PERSON" and (rest is None or names[rest].label == "NORP")
    assert not any(name.endswith(" " + person) for name in names)


@pytest.mark.parametrize("text, name", [
    ("It came from the inventor Alexander Graham Bell.", "Alexander Graham Bell"),  # mid-sentence: a name
    ("Jimmy Floyd Hasselbaink scored twice.", "Jimmy Floyd Hasselbaink"),  # no occupation's ending
    ("Present For Everyone sold well.", "Present For Everyone"),  # a stop word is no name's
])
def test_a_three_word_name_keeps_its_first_word(guessed, text, name):
    assert name in by_name(guessed(text, [(name, "PERSON")]))


def test_an_abbreviated_rank_is_no_part_of_the_name_whatever_the_model_called_it(guessed):
    # T45: "Cllr Lally" (ORG) and "Supt Ellison" stayed apart from Pádraig Lally and Mark Ellison,
    # and so did their quotes
    text = ("Cllr Pádraig Lally spoke first. Superintendent Mark Ellison agreed. Later Cllr Lally "
            "thanked her, and Supt Ellison left.")
    doc = guessed(text, [("Pádraig Lally", "PERSON"), ("Mark Ellison", "PERSON"), ("Cllr Lally", "ORG"),
                         ("Supt Ellison", "PERSON")])
    names = by_name(doc)
    assert (names["Pádraig Lally"].mentions, names["Mark Ellison"].mentions) == (2, 2)


def test_a_role_right_before_a_name_outweighs_an_its_after_it(guessed):
    # T45: "Clinical nurse manager Deirdre Halloran has worked in its emergency department" was ORG
    # ("its", the hospital's, read as hers), and her interview answers went unread
    text = "The hospital is full. Ward manager Siobhan Keane has worked in its wards for years. Keane agreed."
    doc = guessed(text, [("Siobhan Keane", "PERSON"), ("Keane", "GPE")])
    assert by_name(doc)["Siobhan Keane"].label == "PERSON"


def test_a_job_in_apposition_makes_a_person_of_the_name_before_it(guessed):
    # T42: "Lorraine St. Clair, a councillor," and "Imogen de la Mare, 41, a teacher" were ORG, and
    # the later "Ms de la Mare" (ORG, "Later" and all) a person of her own
    text = ("The roads shut, said Lorraine St. Clair, a councillor. Imogen de la Mare, 41, a teacher at the "
            "school, helped. Later Ms de la Mare said the roads were open. Harbour Lane, a supplier, shut.")
    doc = guessed(text, [("Lorraine St. Clair", "ORG"), ("Imogen de la Mare", "ORG"),
                         ("Later Ms de la Mare", "ORG"), ("Harbour Lane", "ORG")])
    names = by_name(doc)
    assert names["Lorraine St. Clair"].label == names["Imogen de la Mare"].label == "PERSON"
    assert names["Imogen de la Mare"].mentions == 2 and names["Harbour Lane"].label == "ORG"


def test_a_two_word_name_with_a_firms_apposition_is_an_organisation(guessed):
    # T12: "Harvest Lane, the struggling regional grocery chain, ..." (PERSON); not a person's "of the group"
    chain = "Harvest Lane, the regional grocery chain, is exploring a sale."
    assert by_name(guessed(chain, [("Harvest Lane", "PERSON")]))["Harvest Lane"].label == "ORG"
    agnelli = "Gianni Agnelli, the godfather of the group, wanted control."
    assert by_name(guessed(agnelli, [("Gianni Agnelli", "PERSON")]))["Gianni Agnelli"].label == "PERSON"


@pytest.mark.parametrize("text, guesses, body", [
    ("Later, South Wales Police appealed for witnesses.", [("Wales", "GPE")], "South Wales Police"),
    ("South Wales Police appealed for witnesses.", [], "South Wales Police"),  # a place opens it
    ("Shares in Northsea Tidal Energy fell.", [], "Northsea Tidal Energy"),
    ("The UK Independence Party won a seat.", [("UK", "GPE")], "UK Independence Party"),
])
def test_a_name_ending_in_a_bodys_head_word_is_an_organisation(guessed, text, guesses, body):
    names = by_name(guessed(text, guesses))
    assert names[body].label == "ORG" and not {"Wales", "UK"} & set(names)


@pytest.mark.parametrize("text, guesses, absent", [
    ("Local Council Tax bills rose.", [], "Local Council"),  # a sentence's first word, all dictionary words
    ("They watched In Good Company at home.", [], "Good Company"),  # a title-case title
    ("He joined the Actors' Equity Association.", [], "Equity Association"),  # where it starts is unsure
    ("The Japanese Finance Ministry said no.", [("Finance Ministry", "ORG")], "Japanese Finance Ministry"),
    ("He chairs the City Health and Hospitals Corporation.", [], "Hospitals Corporation"),
    ("It will back the Internet Corporation for Assigned Names.", [], "Internet Corporation"),
])
def test_no_body_where_its_name_may_start_or_end_elsewhere(guessed, text, guesses, absent):
    assert absent not in by_name(guessed(text, guesses))


def test_a_clubs_opening_word_and_a_place_is_a_club(guessed):
    # T16: "Real Madrid have signed ..." - the model found nothing there, nor at "told Real Madrid's website"
    names = by_name(guessed("Real Madrid have signed a teenager from Sporting Lisbon.", [("Sporting Lisbon", "ORG")]))
    assert names["Real Madrid"].label == "ORG" and names["Sporting Lisbon"].label == "ORG"
    assert "Real Estate" not in by_name(guessed("Real Estate Weekly said so.", []))


def test_a_place_found_whole_keeps_its_label(guessed):
    # CoNLL: "the West Bank" ends in "Bank" but the model found it whole as a place
    names = by_name(guessed("Settlements on the West Bank grew.", [("West Bank", "GPE")]))
    assert names["West Bank"].label in ("GPE", "LOC")


def test_a_partner_or_cousin_before_a_name_marks_a_person(guessed):
    # T16: "The woman's partner, Gethin Rowlands, said ..." had GPE
    text = "The woman's partner, Gethin Rowlands, said she was fighting for her life."
    assert by_name(guessed(text, [("Gethin Rowlands", "GPE")]))["Gethin Rowlands"].label == "PERSON"


@pytest.mark.parametrize("text, guesses, title", [
    ("Carvalho, whose drama Salt Harbour won a Bafta, moved here.", [("Salt Harbour", "PERSON")], "Salt Harbour"),
    ("Her new film, a thriller called Undertow, opens in May.", [("Undertow", "ORG")], "Undertow"),
])
def test_a_title_after_whose_kind_of_work_or_one_called_so(guessed, text, guesses, title):
    # T16: "whose drama X" and "a thriller called X" had PERSON and ORG
    assert by_name(guessed(text, guesses))[title].label == "WORK_OF_ART"


def test_a_lone_name_whose_versions_are_products_is_a_product(guessed):
    # T16: the headline's "versions of Windows" (ORG) beside "Windows 10" and "Windows 11" (PRODUCT)
    text = "Support ends for old versions of Windows\n\nPCs running Windows 10 must move to Windows 11."
    names = by_name(guessed(text, [("Windows", "ORG"), ("Windows 10", "PRODUCT"), ("Windows 11", "PRODUCT")]))
    assert names["Windows"].label == "PRODUCT"
    # a maker beside its model, with nothing writing the maker as software, stays a body
    boeing = by_name(guessed("Boeing said the Boeing 747 will stay.", [("Boeing", "ORG"), ("Boeing 747", "PRODUCT")]))
    assert boeing["Boeing"].label == "ORG"


def test_a_husband_named_with_his_wife_and_a_titled_son_keep_mrs_apart(make_doc):
    # "Harold Ainsworth, 94, and his wife Margaret ... Their son, Peter Ainsworth": "Mrs Ainsworth"
    # had joined Harold (or Peter, once Harold was read as a man), and her words went to him
    text = ("Harold Ainsworth, 94, and his wife Margaret, 91, married in 1955. Mr Ainsworth said it was "
            "fun. Mrs Ainsworth said she still laughed at his jokes. Their son, Peter Ainsworth, organised "
            "the party.")
    mrs = text.index("Mrs Ainsworth") + len("Mrs ")
    owner = {m.entity for m in extract_mentions(make_doc(text)) if m.start == mrs}
    assert owner and not owner & {"Harold Ainsworth", "Peter Ainsworth"}


def test_a_lone_surname_misread_as_a_body_joins_the_person(guessed):
    # "Darren Holt, 34, ... Holt forced his way into the home": the model had "Holt" ORG three times,
    # a body apart from the man
    text = ("Darren Holt, 34, of Bolton, admitted robbery. Holt forced his way into the home. "
            "Holt's barrister said he was ashamed.")
    names = by_name(guessed(text, [("Darren Holt", "ORG"), ("Bolton", "PERSON"), ("Holt", "ORG"), ("Holt", "ORG")]))
    assert names["Darren Holt"].label == "PERSON" and names["Darren Holt"].mentions == 3 and "Holt" not in names
    assert names["Bolton"].label == "GPE"  # where the man lives, after his age



def test_company_context_outweighs_a_places_other_name(guessed):
    # "Greggs" is only another spelling of Greiggs, a village in St Vincent: "Shares in Greggs rose"
    # (capital S too) makes the baker a body; a place under its own name stays ("Shares in Reading")
    text = "Greggs said it would open 150 shops. Shares in Greggs rose 4% to 2,810p."
    assert by_name(guessed(text, [("Greggs", "GPE"), ("Greggs", "GPE")]))["Greggs"].label == "ORG"
    text = "Traders in Reading were upbeat. Reading council said rents would fall."
    assert by_name(guessed(text, [("Reading", "GPE"), ("Reading", "GPE")]))["Reading"].label == "GPE"


def test_analysts_at_a_name_make_it_a_body(guessed):
    # "Analysts at Peel Hunt said ... said Peel Hunt's Jonathan Pritchard": the model had a person
    text = "Analysts at Peel Hunt said the results were strong, said Peel Hunt's Jonathan Pritchard."
    names = by_name(guessed(text, [("Peel Hunt", "PERSON"), ("Peel Hunt", "PERSON"), ("Jonathan Pritchard", "PERSON")]))
    assert names["Peel Hunt"].label == "ORG" and names["Jonathan Pritchard"].label == "PERSON"


@pytest.mark.parametrize("text, name, label", [
    # T19: a body noun heading an apposition that a participle goes on from ("founded", "based")
    ("Helix Forge, a gene-editing startup founded at a lab in Cambridge, raised money.", "Helix Forge", "ORG"),
    ("Brava Tell, a software firm based in Leeds, raised money.", "Brava Tell", "ORG"),
    # a person's job with a body's noun in it stays the person
    ("Ann Marsh, a company director based in Leeds, spoke.", "Ann Marsh", "PERSON"),
])
def test_a_body_noun_and_a_participle_in_apposition_make_an_organisation(make_doc, text, name, label):
    assert {e.entity: e.label for e in extract_entities(make_doc(text))}[name] == label


def test_a_subject_after_a_place_and_and_is_no_listed_place(make_doc):
    # "in Iraq and Bush said nothing": the name after "and" opens the next clause; "visited Kamchatka
    # and Sakhalin" stays a list of places
    labels = {e.entity: e.label for e in extract_entities(make_doc("He was in Iraq and Bush said nothing."))}
    assert labels.get("Bush") != "GPE"
    labels = {e.entity: e.label for e in extract_entities(make_doc("They visited Kamchatka and Sakhalin last year."))}
    assert labels["Sakhalin"] in ("GPE", "LOC")


def test_a_full_name_the_words_call_a_wife_is_a_person_for_her_titled_surname(make_doc):
    # T22: "Arthur Pickering, 93, and his wife, Edna Pickering" (the model: ORG) left "Mr Pickering"
    # and "Mrs Pickering" apart from both full names, as a surname a body shares with a person
    from tests.conftest import set_guessed_entities

    text = ('Harold Finch, 88, and his wife, Mabel Finch, 86, married in 1956.\n\n'
            '"I asked her three times," Mr Finch said.\n\nMrs Finch said the secret was patience.\n')
    doc = set_guessed_entities(make_doc(text), [("Harold Finch", "PERSON"), ("Mabel Finch", "ORG"),
                                                ("Finch", "PERSON"), ("Finch", "PERSON")],
                               occurrence={"Finch": 2})
    found = {e.entity: (e.label, e.mentions) for e in extract_entities(doc)}
    assert found == {"Harold Finch": ("PERSON", 2), "Mabel Finch": ("PERSON", 2)}


@pytest.mark.parametrize("text, name", [
    # a rank or a town's office before a given name and a surname the model missed
    ("Rabbi Joel Sachs of Temple Beth Shalom in Manchester said he appreciated the response.", "Joel Sachs"),
    ("CHICAGO (AP) - Mayor Dolores Whitcombe insisted on Tuesday that her plan would not require a tax increase.",
     "Dolores Whitcombe"),
])
def test_a_name_after_a_rank_or_a_towns_office_is_a_person(make_doc, text, name):
    assert (name, "PERSON") in {(e.entity, e.label) for e in extract_entities(make_doc(text))}


def test_a_rank_run_into_another_rank_is_no_name(make_doc):
    # BBC: "Acting Detective Chief Superintendent, Mick Deats," gave a person "Chief Superintendent"
    text = "The head of the unit, Acting Detective Chief Superintendent, Mick Deats, said the raids worked."
    assert "Chief Superintendent" not in {e.entity for e in extract_entities(make_doc(text))}


def test_a_pictures_credit_is_page_furniture(make_doc):
    """Issue 14, item 7: "(AP Photo/Tomas Ibarrola)", "Photo: Fiona Gallacher" credit a picture;
    their names are no one in the story. "Pictures show Tom Reed ..." is a sentence."""
    text = ("Photo: Fiona Gallacher\nVolunteers led by Duncan McRae planted trees by the river. "
            "(PA Photo/Owen Price)\nPictures show Tom Reed at the scene.")
    names = {e.entity for e in extract_entities(make_doc(text))}
    assert "Fiona Gallacher" not in names and not any("Owen Price" in n for n in names)
    assert {"Duncan McRae", "Tom Reed"} <= names
    # T47: a caption's credit after a dash, at the end of its line
    caption = ("Shops shut in Mardan\n\nTraders in Mardan kept their shutters down on Monday.\n\n"
               "Header image: Traders gather outside the closed market in Mardan. — Photo by Imran Khattak\n")
    assert not any("Khattak" in e.entity for e in extract_entities(make_doc(caption)))
    # T75: ... or after the caption's full stop
    caption = ("Shop marks 50 years\n\nThe Kowalczyk family opened the shop in 1975.\n\nAgnieszka Kowalczyk in the "
               "shop on Manningham Lane. Photograph: Simon Ashcroft/Bradford Courier\n")
    names = {e.entity for e in extract_entities(make_doc(caption))}
    assert not names & {"Simon Ashcroft", "Bradford Courier"} and "Agnieszka Kowalczyk" in names


def test_a_lone_surname_joins_its_player_though_the_team_sheet_abbreviates_him(guessed):
    # "Yachvili put France ahead" beside "scrum-half Dimitri Yachvili" and the team sheet's "D Yachvili":
    # the initial and surname are the same man, not a second owner of the lone surname
    text = ("Rovers beat Town 19-16 in the derby. Scrum-half Tomas Kerekes kicked four penalties for Rovers. "
            "Kerekes also set up the only try of the match.\n\n"
            "Rovers: D Abbot; T Kerekes, P Hume, L Grant.")
    names = by_name(guessed(text, [("Rovers", "ORG"), ("Town", "ORG"), ("Tomas Kerekes", "PERSON"),
                                   ("Rovers", "ORG"), ("Kerekes", "ORG"), ("Rovers", "ORG"), ("T Kerekes", "PERSON")]))
    assert names["Tomas Kerekes"].mentions == 3 and "Kerekes" not in names


def test_a_team_named_after_its_founder_stays_a_body_before_a_role(guessed):
    # "Hallam boss Ken Ordway" beside "Jack Hallam founded the team": the team, not its founder
    text = ("Nico Ross finished third in the Belgian Grand Prix on Sunday, 12 seconds behind the winner. "
            "Hallam boss Ken Ordway said the team had its first podium of the season. Jack Hallam founded "
            "the team in 1966.")
    names = by_name(guessed(text, [("Nico Ross", "PERSON"), ("Belgian Grand Prix", "EVENT"), ("Hallam", "ORG"),
                                   ("Ken Ordway", "PERSON"), ("Jack Hallam", "PERSON")]))
    assert names["Hallam"].label == "ORG" and names["Jack Hallam"].mentions == 1


def test_cricket_roles_and_a_captain_make_a_club_of_the_town_before_and_racing_teams_are_bodies(make_doc):
    # "Seamer" had stayed in the player's name, "Durham" before "captain" had been a person, and a
    # motor-racing team the model read as a person stayed one
    text = ("Durham captain Alex Pridmore declared on the third evening. Seamer Owen Kearsley had taken five "
            "wickets, and Kearsley's figures were his best. Luca Marchetti won for Vantara Racing.")
    labels = {e.entity: e.label for e in extract_entities(make_doc(text))}
    assert labels.get("Durham") == "ORG" and labels.get("Owen Kearsley") == "PERSON"
    assert labels.get("Vantara Racing") == "ORG"


def test_a_reporters_role_ends_no_name(marked):
    # the model read a byline's "Business Reporter" as a body; a desk's role is no name, as "BBC Editor" is BBC
    text = "Profits fall\n\nBy Sian Meredith, Business Reporter\n\nBrackwater Freight said profits fell."
    doc = marked(text, {"Sian Meredith": "PERSON", "Business Reporter": "ORG", "Brackwater Freight": "ORG"})
    assert [e.entity for e in extract_entities(doc)] == ["Sian Meredith", "Brackwater Freight"]


def test_a_surname_joins_the_person_named_before_a_relative_the_model_read_as_a_body(make_doc):
    # the model reads "Stefano Lucchese" as a body or a work; he is named after the lone "Lucchese"s,
    # which had stayed a person of their own: they are Brendan's
    text = ("Floods hit dairy farms\n\nBrendan Lucchese, 46, milks 300 cows on the family farm near Maffra. "
            "Lucchese said the water rose more than a metre in two hours.\n\n\"We got the kids out and then it "
            "was just about saving the herd,\" Mr Lucchese said.\n\nMr Lucchese's younger brother, Stefano "
            "Lucchese, runs the neighbouring property and will sell up.\n\n\"I cannot go through that again,\" "
            "Stefano Lucchese said.\n")
    people = {e.entity: e.mentions for e in extract_entities(make_doc(text)) if "Lucchese" in e.entity}
    assert people == {"Brendan Lucchese": 4, "Stefano Lucchese": 2}


def test_stage_races_utilities_and_a_title_inside_a_body_read_by_the_model(marked):
    # a stage race is an event; a utility's "Water" or a "Railway" makes a "person" a body; a personal
    # title inside a span the model called a body starts the person's name ("Analysing Mr Brown")
    text = ("He rode the Tour de Romandie in April. Johannesburg Water said supplies were safe. "
            "Analysing Mr Brown's position, aides were calm. Gordon Brown spoke later.")
    doc = marked(text, {"Tour de Romandie": "ORG", "Johannesburg Water": "PERSON",
                        "Analysing Mr Brown": "ORG", "Gordon Brown": "PERSON"})
    labels = {e.entity: (e.label, e.mentions) for e in extract_entities(doc)}
    assert labels["Tour de Romandie"][0] == "EVENT" and labels["Johannesburg Water"][0] == "ORG"
    assert labels["Gordon Brown"] == ("PERSON", 2) and "Analysing Mr Brown" not in labels


def test_a_nationality_the_model_missed_before_its_noun_is_one(marked):
    # the model found nothing at "Welsh" or "Britons"; a vault is no Pole's, "Anglo-Dutch" one word,
    # and "The Scot" a person whom the quotes resolve as a role
    text = ("The Welsh novelist Bethan Rees won the prize. Britons are buying fewer books. Pole vaulter Ann Kiel "
            "cleared 4.5m. The Anglo-Dutch group Unilever grew. The Scot defended his player.")
    doc = marked(text, {"Bethan Rees": "PERSON", "Ann Kiel": "PERSON", "Unilever": "ORG"})
    labels = {e.entity: e.label for e in extract_entities(doc)}
    assert (labels.get("Welsh"), labels.get("Britons")) == ("NORP", "NORP")
    assert not {"Pole", "Dutch", "Scot"} & set(labels)


def test_a_place_name_before_a_surname_and_an_age_is_a_given_name(make_doc):
    # the model read "Dallas" as the city and left "Pruitt" out; the age after the pair says person
    text = ("A cyclist was hurt in Dayton on Sunday. The cyclist, Dallas Pruitt, 34, suffered a broken leg. "
            "Pruitt was riding home from work.")
    doc = make_doc(text)
    people = {e.entity: e.mentions for e in extract_entities(doc) if e.label == "PERSON"}
    assert people.get("Dallas Pruitt") == 2 and "Dallas" not in [p.place for p in extract_places(doc)]


def test_another_name_of_a_country_stays_the_nationality(marked):
    # the gazetteer knows "Thai" as a name of Thailand, but no country is called so: it stays NORP
    doc = marked("A Thai farmer was hanged in Singapore on Friday.", {"Thai": "NORP", "Singapore": "GPE"})
    assert {e.entity: e.label for e in extract_entities(doc)}["Thai"] == "NORP"


def test_a_lone_surname_is_the_full_name_named_before_a_relative_who_comes_last(marked):
    # "Callum Brannock, who ..." (ORG for the model) and his lone surnames were two entities: his
    # daughter, named after all of them, had made "Brannock" anyone's
    text = ("Callum Brannock, who farms 900 hectares near Roma, lost 300 sheep. Mr Brannock said the river rose "
            "fast. Brannock said grants would help.\n\nHis daughter, Isla Brannock, started a fundraiser.")
    doc = marked(text, {"Callum Brannock": "ORG", "Brannock": "PERSON", "Isla Brannock": "ORG", "Roma": "GPE"})
    people = {e.entity: (e.label, e.mentions) for e in extract_entities(doc) if "Brannock" in e.entity}
    assert people == {"Callum Brannock": ("PERSON", 3), "Isla Brannock": ("PERSON", 1)}


def test_a_surname_the_model_cut_at_its_hyphen_is_whole(marked):
    # the model tagged "Joshi" of "Joshi-Nair said" a place: a GPE row "Joshi" and one mention short
    text = "Priya Joshi-Nair founded the firm in 2019. Joshi-Nair said sales doubled."
    doc = marked(text, {"Priya Joshi-Nair": "PERSON", "Joshi": "GPE"})
    assert [(e.entity, e.label, e.mentions) for e in extract_entities(doc)] == [("Priya Joshi-Nair", "PERSON", 2)]


def test_a_clock_times_zone_is_no_entity(marked):
    text = "Storm live\n\n12.41pm BST\n\nThe Met Office said winds reached 80mph.\n\nUpdated 6:45 a.m. CDT\n"
    doc = marked(text, {"BST": "ORG", "Met Office": "ORG", "CDT": "PERSON"})
    assert [e.entity for e in extract_entities(doc)] == ["Met Office"]
    # T75: an hour without minutes ("Polls closed at 6pm AEDT")
    doc = marked("Vote live\n\nPolls closed at 6pm AEDT and counting began.", {"AEDT": "ORG"})
    assert extract_entities(doc) == []


def test_a_nationalitys_noun_for_one_person_opens_no_body(marked):
    # "Dutchman" is said of one person: what follows is a person, not a body named for the Netherlands
    # (a given name that is also a word, "Mark", had left it the model's body)
    text = "Dutchman Mark Vandermolen won the stage. Vandermolen now leads by 12 seconds."
    doc = marked(text, {"Dutchman Mark Vandermolen": "ORG", "Vandermolen": "PERSON"})
    labels = {e.entity: (e.label, e.mentions) for e in extract_entities(doc)}
    assert labels == {"Dutchman": ("NORP", 1), "Mark Vandermolen": ("PERSON", 2)}


def test_a_live_blogs_score_between_two_sides_splits_them_and_a_big_town_opening_a_sentence_stays(marked):
    # "Leeds 2-1 Sunderland" was one person; "Leeds finished third" no entity at all: WordNet knows
    # the city, and the tagger read a plural (of "lee")
    text = ("87 min: GOAL! Leeds 2-1 Sunderland (Gallagher). Jamie Gallagher heads in.\n\n"
            "Leeds finished third, Sunderland sixth.")
    doc = marked(text, {"Leeds 2-1 Sunderland": "PERSON", "Jamie Gallagher": "PERSON", "Leeds": "PERSON"})
    labels = {e.entity: (e.label, e.mentions) for e in extract_entities(doc)}
    assert labels["Leeds"] == ("ORG", 2) and labels["Sunderland"][0] == "ORG"


def test_a_one_word_name_after_a_bodys_noun_is_a_body_the_model_missed(marked):
    text = ("Romanian pipeline operator Transgaz said flows resumed. Shares in the firm Yukos's rival rose, "
            "the company Monday said. The aircraft carrier Enterprise sailed.")
    labels = {e.entity: e.label for e in extract_entities(marked(text, {}))}
    assert labels.get("Transgaz") == "ORG" and labels.get("Yukos") == "ORG"
    assert not {"Monday", "Enterprise", "Yukos's"} & set(labels)


def test_a_name_before_an_offices_letters_is_a_person_in_place_of_its_parts(marked):
    # the model read only "Kirsty" (ORG) of "Kirsty McCallum MLA"; "Ms McCallum" then stood apart
    text = "Kirsty McCallum MLA said bookings fell. \"People will not come,\" Ms McCallum said."
    doc = marked(text, {"Kirsty": "ORG", "McCallum": "PERSON"})
    assert [(e.entity, e.label, e.mentions) for e in extract_entities(doc)] == [("Kirsty McCallum", "PERSON", 2)]


def test_a_title_before_a_full_name_is_no_part_of_it_whatever_the_model_called_it(make_doc):
    # "Councillor Siobhán Ní Bhriain" (ORG) and "Alhaji Musa Danjuma" (PERSON) kept their titles
    cases = {
        "Councillor Siobhán Ní Bhriain said the road would close. Ms Ní Bhriain added that buses would run.":
            ("Siobhán Ní Bhriain", 2),
        "Alhaji Musa Danjuma, the association's chairman, said members would meet. Danjuma said fees would rise.":
            ("Musa Danjuma", 2),
        "Advocate Thandeka du Plessis told the court the contract was void. Ms du Plessis asked for costs.":
            ("Thandeka du Plessis", 2),
        # T47: Pakistani copy's "Haji" ("Haji Afridi" had been a second trader)
        "Haji Gul Zaman Khattak runs a shop. Khattak said sales fell. Haji Khattak blamed the power cuts.":
            ("Gul Zaman Khattak", 3),
    }
    for text, (name, mentions) in cases.items():
        people = {e.entity: e.mentions for e in extract_entities(make_doc(text)) if e.label == "PERSON"}
        assert people == {name: mentions}, text
    # a title opens other names whose words are English or places
    names = by_name(make_doc("General Motors will cut jobs. Queen Elizabeth Hospital in Gateshead is full."))
    assert "General Motors" in names and "Motors" not in names


def test_a_surname_with_particles_joins_its_full_name(make_doc):
    # "Mac Lochlainn" had no given name ("Ciarán" has an accent); "Van der Westhuizen said" lost "Van"
    cases = {
        "The poet Ciarán Mac Lochlainn opened the festival. Mac Lochlainn read for an hour.":
            ("Ciarán Mac Lochlainn", 2),
        "Farmer Pieter van der Westhuizen lost his crop. Van der Westhuizen said the cuts hurt.":
            ("Pieter van der Westhuizen", 2),
    }
    for text, (name, mentions) in cases.items():
        assert [(e.entity, e.mentions) for e in extract_entities(make_doc(text))] == [(name, mentions)], text


def test_a_capitalised_particle_opening_a_paragraph_and_a_given_name_before_van(make_doc, guessed):
    # T71: "Da Costa, 68, joined" opening a paragraph had no span (the daughter shares the surname);
    # "Maartje" (GPE for the model) "van den Berg" was a place and a lone surname
    text = ("Drum master bows out\n\nMarcelo da Costa will lead his last parade next month.\n\nDa Costa, 68, joined the school as a "
            "boy.\n\nHis daughter, Juliana da Costa, will take over.")
    people = {e.entity: e.mentions for e in extract_entities(make_doc(text)) if e.label == "PERSON"}
    assert people == {"Marcelo da Costa": 2, "Juliana da Costa": 1}
    doc = guessed("Farmer Maartje van den Berg led the protest.", [("Maartje", "GPE"), ("van den Berg", "PERSON")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Maartje van den Berg", "PERSON")]
    doc = guessed("The farmer Maartje van den Berg led it.", [("Maartje", "GPE"), ("Berg", "PERSON")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Maartje van den Berg", "PERSON")]
    # two place names do not run on through "de": "Rio" "de" "Janeiro"
    doc = guessed("She flew to Rio de Janeiro.", [("Rio", "GPE"), ("Janeiro", "PERSON")])
    assert "Rio de Janeiro" not in {e.entity for e in extract_entities(doc)}


def test_a_name_cut_after_its_particles_or_at_a_saints_st_is_whole(guessed):
    # T42: the model's "Imogen de la" left out "Mare" (nothing came out); "the Rev. Lorraine St.
    # Clair" was "Clair", "St." read as a title
    text = "Singer Aoife de la Cruz wrote the songs. The pastor, the Rev. Lorraine St. Pierre, said so."
    doc = guessed(text, [("Aoife de la", "PERSON"), ("Lorraine St. Pierre", "PERSON")])
    assert {e.entity for e in extract_entities(doc)} == {"Aoife de la Cruz", "Lorraine St. Pierre"}


def test_a_capitalised_particle_before_a_lone_surname_mid_sentence_is_the_surnames(make_doc):
    # T47: "the State asked for time to verify Van der Merwe's assets" gave a person "Merwe"
    text = ("Bail hearing postponed\n\nPAARL — The bail application of former municipal manager Johan van der "
            "Merwe has been postponed to next week.\n\nMagistrate Thandi Mokoena granted the postponement after "
            "the State asked for time to verify Van der Merwe's assets.\n\nVan der Merwe, 56, appeared calm. His "
            "son, Ruan van der Merwe, was arrested on Tuesday.\n")
    merwes = [(e.entity, e.mentions) for e in extract_entities(make_doc(text)) if "Merwe" in e.entity]
    assert merwes == [("Johan van der Merwe", 3), ("Ruan van der Merwe", 1)]


def test_festivals_grounds_named_first_and_plural_nicknames(make_doc):
    # "Cork Jazz Festival" was ORG, "the Estadio Municipal de Braga" ORG, "The Grizzlies, who had
    # lost" a person ("who" after a plural English noun with "the" is no one person's)
    labels = {e.entity: e.label for e in extract_entities(make_doc(
        "Festival season\n\nTickets for the Cork Jazz Festival sold out. Braga play at the Estadio Municipal de "
        "Braga on Sunday."))}
    assert labels["Cork Jazz Festival"] == "EVENT" and labels["Estadio Municipal de Braga"] == "FAC"
    labels = {e.entity: e.label for e in extract_entities(make_doc(
        "Election night\n\nThe Conservatives, who had led in the polls, lost three seats on Thursday."))}
    assert labels == {"Conservatives": "NORP"}
    labels = {e.entity: e.label for e in extract_entities(make_doc(
        "Cup run ends\n\nThe Grizzlies, who had lost four straight, beat the Spurs 112-104 on Friday. The Grizzlies "
        "host Denver next."))}
    assert labels["Grizzlies"] != "PERSON"


def test_an_agencys_photo_credit_names_no_one(make_doc):
    # "(THE CANADIAN PRESS/Ashlyn Boudreau)" under a picture made the photographer a person of the story
    text = ("Ferry delayed\n\nThe ferry to Digby was cancelled on Monday, said operator Mara Leclerc.\n"
            "(THE CANADIAN PRESS/Dana Whitlock)\nLeclerc said crossings would resume on Tuesday.")
    assert "Dana Whitlock" not in by_name(make_doc(text))


def test_a_time_zone_after_a_clock_time_is_no_acronym_body(make_doc):
    # "Posted Tue 4 Mar 2025 at 6:02am AEST": the model found nothing there, the acronym rule an ORG
    text = "Bushfire warning\n\nPosted Tue 4 Mar 2025 at 6:02am AEST\n\nFire crews in Gippsland are on alert."
    assert "AEST" not in by_name(make_doc(text))


def test_a_firm_after_its_legal_form_is_any_of_its_first_words_again(guessed):
    # "Northline Terminals Inc. ... Northline said": the model took the lone word for a person
    text = ("Corvane Grain Handling Inc. will close two elevators. Corvane said the closures were final. "
            "Mr Pellow said the union would fight.")
    doc = guessed(text, [("Corvane Grain Handling Inc.", "ORG"), ("Corvane", "PERSON"), ("Pellow", "PERSON")])
    assert [(e.entity, e.mentions) for e in extract_entities(doc)] == [
        ("Corvane Grain Handling Inc.", 2), ("Pellow", 1)]


def test_a_short_name_defined_in_brackets_is_the_body_it_follows(guessed):
    # "the Netherlands Authority for Consumers and Markets (ACM)": its letters spell no ACM
    text = ("The Harbour Authority for Fair Pricing (Hafco) fined the firm. Hafco said it would appeal. "
            "Real Tolosa (ESP) and Sevilla Norte (ESP) drew; ESP sides lead the table.")
    doc = guessed(text, [("Harbour Authority for Fair Pricing", "ORG"), ("Hafco", "ORG"), ("Hafco", "GPE"),
                         ("Real Tolosa", "ORG"), ("ESP", "ORG"), ("Sevilla Norte", "ORG"), ("ESP", "ORG"),
                         ("ESP", "ORG")])
    assert [(e.entity, e.label, e.mentions) for e in extract_entities(doc)] == [
        ("Harbour Authority for Fair Pricing", "ORG", 3), ("Real Tolosa", "ORG", 1), ("ESP", "ORG", 3),
        ("Sevilla Norte", "ORG", 1)]


def test_an_amount_with_currency_letters_is_no_name(guessed):
    # a headline's "posts N41bn profit" (naira) had been a place, N41bn
    doc = guessed("Ikoyi Cement posts N41bn profit\n\nThe firm gained.", [("Ikoyi Cement", "ORG"), ("N41bn", "GPE")])
    assert [e.entity for e in extract_entities(doc)] == ["Ikoyi Cement"]


def test_a_lone_surname_read_as_a_body_goes_to_the_one_the_story_is_about_not_the_kin(guessed):
    # "His mother, Gail Huxtable" introduced by kin; the model read the lone "Huxtable" as an ORG
    text = ("Bradley Huxtable, 46, pleaded guilty. ASIC said Huxtable moved client money into a company. "
            "His mother, Gail Huxtable, sat in the gallery. Huxtable told the court he was ashamed.")
    doc = guessed(text, [("Bradley Huxtable", "PERSON"), ("ASIC", "ORG"), ("Huxtable", "ORG"),
                         ("Gail Huxtable", "PERSON"), ("Huxtable", "ORG")])
    assert by_name(doc)["Bradley Huxtable"].mentions == 3 and by_name(doc)["Gail Huxtable"].mentions == 1


def test_an_abbreviated_office_goes_to_the_namesake_introduced_in_it(guessed):
    text = ("State Sen. Rosa Delgado and her challenger, Mark Delgado, share a surname. "
            "Sen. Delgado accused her opponent of copying her. Mark Delgado said he would not apologise.")
    doc = guessed(text, [("Rosa Delgado", "PERSON"), ("Mark Delgado", "PERSON"), ("Delgado", "PERSON"),
                         ("Mark Delgado", "PERSON")])
    assert (by_name(doc)["Rosa Delgado"].mentions, by_name(doc)["Mark Delgado"].mentions) == (2, 2)


def test_west_african_and_indian_honorifics_say_the_gender():
    text = "Alhaji Musa Danladi met Hajiya Amina Bello and Smt Rekha Rao."
    assert [title_gender(text, text.index(name)) for name in ("Musa", "Amina", "Rekha")] == ["male", "female", "female"]


def test_a_firm_found_whole_in_the_body_names_its_row_not_the_headlines_short_form(guessed):
    text = "Ikoyi Cement posts record profit\n\nLAGOS - Ikoyi Cement Plc has reported a record profit for the year."
    doc = guessed(text, [("Ikoyi Cement", "ORG")])
    assert [(e.entity, e.mentions) for e in extract_entities(doc) if e.label == "ORG"] == [("Ikoyi Cement Plc", 2)]


def test_a_credit_in_brackets_or_after_a_slash_closing_a_caption_names_no_one(make_doc):
    text = ("Hives saved\n\nRosalind Achterberg at her hives near Deloraine. (ABC Northern Tasmania: Tomas Brenner)\n\n"
            "Aroha Tamihana with pupils in 1979. Photo / Sasha Whitcombe\n\n"
            "Lawmakers protest in the Knesset on Monday. (Noam Ravid/Flash90)\n\n"
            "Rosalind Achterberg said the bees were thriving, as Aroha Tamihana agreed.")
    names = {e.entity for e in extract_entities(make_doc(text))}
    assert {"Rosalind Achterberg", "Aroha Tamihana"} <= names
    assert not names & {"Tomas Brenner", "Sasha Whitcombe", "Noam Ravid", "Flash90", "Noam Ravid/Flash90",
                        "Photo / Sasha Whitcombe"}


def test_an_agencys_credit_closing_a_caption_names_no_one(make_doc):
    # "REUTERS/Hamad Al Kuwari" after a caption gave a person and an organisation; "(AP Photo/...)" an AP row
    text = ("Bridge reopens\n\nA worker inspects a section of the bridge near Lusail. REUTERS/Hamad Al Kuwari\n\n"
            "Ann Pike leaves the courthouse in Fort Wayne. (AP Photo/Darron Cummings)\n\nAAP Image/Tegan Marsh\n\n"
            "The bridge carries 40,000 cars a day.")
    names = {e.entity for e in extract_entities(make_doc(text))}
    assert not names & {"Reuters", "REUTERS", "Hamad Al Kuwari", "AP", "Darron Cummings", "AAP", "Tegan Marsh"}


def test_a_festival_fringe_or_biennial_is_an_event(guessed):
    text = "Tickets for the Edinburgh Festival Fringe sold out. The Seville Flamenco Biennial opens in May."
    doc = guessed(text, [("Edinburgh Festival Fringe", "FAC"), ("Seville Flamenco Biennial", "ORG")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [
        ("Edinburgh Festival Fringe", "EVENT"), ("Seville Flamenco Biennial", "EVENT")]



def test_a_summit_and_a_towns_carnival_are_events(guessed):
    text = "Ministers met at the Pacific Islands Summit. Crowds lined the streets for the Notting Hill Carnival."
    doc = guessed(text, [("Pacific Islands Summit", "ORG"), ("Notting Hill Carnival", "LOC")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [
        ("Pacific Islands Summit", "EVENT"), ("Notting Hill Carnival", "EVENT")]


def test_a_nickname_in_quotes_is_the_persons_and_no_part_of_the_name(guessed):
    # 'Lachlan "Lachie" Whitford' (the model: "Lachie" ORG) had no row; 'Kevin "Kaybee" Omondi' kept the quotes
    text = ('Lachlan "Lachie" Whitford kicked the winning goal. Whitford finished with three goals. '
            '"Lachie has worked hard," the coach said. Kevin "Kaybee" Omondi headlines. Kaybee will perform '
            'on Saturday.')
    doc = guessed(text, [("Lachie", "ORG"), ("Whitford", "PERSON"), ('Kevin "Kaybee" Omondi', "PERSON"),
                         ("Kaybee", "ORG")])
    assert [(e.entity, e.label, e.mentions) for e in extract_entities(doc)] == [
        ("Lachlan Whitford", "PERSON", 2), ("Kevin Omondi", "PERSON", 2)]



def test_names_listed_after_kin_in_the_plural_are_people(guessed):
    # "his daughters Chelsea and Florence ... Florence described him": the model's Florence was an ORG
    text = "He is survived by his daughters Chelsea and Florence. Florence described him as stubborn."
    doc = guessed(text, [("Chelsea", "PERSON"), ("Florence", "ORG"), ("Florence", "ORG")],
                  occurrence={"Florence": 0})
    assert by_name(doc)["Florence"].label == "PERSON"


def test_a_short_form_after_a_name_the_model_cut_short_stays_apart(guessed):
    # "the Parliamentary Labour Party (PLP)" read as "Labour Party": PLP is not the party (the full
    # name its capitals spell takes it); SARFT spells the words before "Film and Television" too
    text = ("Mr Blair told the Parliamentary Labour Party (PLP) on Monday that the Labour Party was united. "
            "The State Administration of Radio, Film and Television (SARFT) regulates broadcasters.")
    doc = guessed(text, [("Labour Party", "ORG"), ("PLP", "ORG"), ("Labour Party", "ORG"),
                         ("Film and Television", "ORG"), ("SARFT", "ORG")], occurrence={"Labour Party": 0})
    names = by_name(doc)
    assert names["State Administration of Radio, Film and Television"].aliases == ["SARFT"]
    assert names["Parliamentary Labour Party"].mentions == 2 and "Labour Party" in names


def test_a_competition_name_the_text_makes_a_person_stays_a_person(guessed):
    doc = guessed("Ama Festival said she was proud of the team.", [("Ama Festival", "PERSON")])
    assert by_name(doc)["Ama Festival"].label == "PERSON"


def test_a_nickname_after_an_article_is_a_description_not_a_name(guessed):
    # 'an Americanised "Jimmy" Bond' had split James Bond's mentions
    text = 'James Bond was played by Barry Nelson as an Americanised "Jimmy" Bond. Bond returned in 1962.'
    doc = guessed(text, [("James Bond", "PERSON"), ("Barry Nelson", "PERSON"), ("Bond", "PERSON")],
                  occurrence={"Bond": 1})
    assert "Americanised Bond" not in by_name(doc) and by_name(doc)["James Bond"].mentions >= 2


def test_a_short_form_defined_in_brackets_is_the_body_also_where_the_model_missed_it(guessed):
    # "the Law Society of Kenya (LSK) ... The LSK's branch chairman": the model marked no short form;
    # "the University of the Witwatersrand (Wits)": the short form begins its second capitalised word
    text = ("The Lowland Growers Federation (LGF) opposed the levy. The LGF's chairman called it unfair "
            "and LGF members will vote. The University of Tarnwick (Tarn) agreed. Tarn said its study stands.")
    doc = guessed(text, [("Lowland Growers Federation", "ORG"), ("University of Tarnwick", "ORG")])
    assert [(e.entity, e.mentions) for e in extract_entities(doc)] == [
        ("Lowland Growers Federation", 4), ("University of Tarnwick", 3)]


def test_a_full_name_the_model_missed_is_found_by_the_acronym_its_brackets_define(guessed):
    # "The Independent Electoral and Boundaries Commission (IEBC) has set ...": only "IEBC" was marked
    text = ("The Northern Ports and Harbours Commission (NPHC) fined the operator. "
            "NPHC inspectors will return in May.")
    doc = guessed(text, [("NPHC", "ORG"), ("NPHC", "ORG")])
    assert [(e.entity, e.label, e.mentions) for e in extract_entities(doc)] == [
        ("Northern Ports and Harbours Commission", "ORG", 3)]


def test_a_month_a_time_stamp_writes_in_capitals_is_no_name(guessed):
    text = "Bridge shut after crash\n\n13:42, 12 MAR 2026 | UPDATED 16:05, MAR 12, 2026\n\nThe bridge closed."
    doc = guessed(text, [("MAR", "ORG"), ("MAR", "ORG")])
    assert extract_entities(doc) == []
    assert [e.entity for e in extract_entities(guessed("The MAR 2 team met.", [("MAR", "ORG")]))] == ["MAR"]


def test_an_app_named_after_its_kind_is_an_organisation(guessed):
    # "the payments app Paywise" and "the running app Lumo" had been a person and a place
    text = ("The firm behind the budgeting app Tallymark was fined. Tallymark said it would appeal. "
            "Her Pinloft post was shared widely.")
    doc = guessed(text, [("Tallymark", "GPE"), ("Tallymark", "PERSON")])
    assert [(e.entity, e.label, e.mentions) for e in extract_entities(doc)] == [
        ("Tallymark", "ORG", 2), ("Pinloft", "ORG", 1)]
    # a heading's last word is no app's kind: "Radio 4 and this website\n\nFrance may have beaten"
    doc = guessed("Live on this website\n\nFrance beat Wales.", [("France", "GPE"), ("Wales", "GPE")])
    assert [e.label for e in extract_entities(doc)] == ["GPE", "GPE"]


def test_a_team_a_team_sheet_names_stays_a_team_when_its_short_name_looks_like_a_surname(guessed):
    # "Aston Villa" (PERSON for the model) and "Villa had taken a lead": the short name had joined it
    # as a person's surname, and the join outweighed the team sheet
    text = ("Wexcombe Athletic 1-1 Ashby Villa: Reed rescues point for Villa\n\nAshby Villa drew with Wexcombe "
            "Athletic on Saturday. Villa had trailed until Tom Reed scored. Elsewhere, Dunmore Town 2-0 Leeds and "
            "Hove Albion 1-0 Crewe.\n\nAshby Villa: Kemp; Lowe, Hart, Dunn, Pryce; Fox, Gill, Ward; Lamb, Cole; Shaw.")
    doc = guessed(text, [("Wexcombe Athletic", "ORG"), ("Ashby Villa", "PERSON"), ("Reed", "PERSON"), ("Villa", "ORG"),
                         ("Ashby Villa", "PERSON"), ("Wexcombe Athletic", "ORG"), ("Villa", "ORG"),
                         ("Tom Reed", "PERSON"), ("Ashby Villa", "PERSON")])
    assert (by_name(doc)["Ashby Villa"].label, by_name(doc)["Ashby Villa"].mentions) == ("ORG", 5)


def test_a_clubs_town_alone_is_the_club_named_in_full(guessed):
    # "Newcastle United ... Newcastle had come from behind ... Newcastle head coach": one club
    text = ("Dunmore United were held 2-2 at home. Dunmore had led twice, said Dunmore coach Ian Pell. "
            "Dunmore play Leeds next.")
    doc = guessed(text, [("Dunmore United", "ORG"), ("Dunmore", "ORG"), ("Dunmore", "ORG"), ("Ian Pell", "PERSON"),
                         ("Dunmore", "ORG"), ("Leeds", "ORG")])
    assert by_name(doc)["Dunmore United"].mentions == 4 and "Dunmore" not in by_name(doc)
    two = guessed("Manchester United beat Manchester City. Manchester was red.",
                  [("Manchester United", "ORG"), ("Manchester City", "ORG"), ("Manchester", "ORG")])
    assert "Manchester" in by_name(two)


def test_a_name_after_a_demonym_the_model_calls_a_nationality_is_a_person(guessed):
    # "Kenyan Brigid Chepkurui": the model gave "Kenyan" and the name two NORP spans
    text = ("Okwaro wins in Berlin\n\nKenyan Amina Okwaro won the race on Sunday. \"I felt strong,\" said Okwaro. "
            "British Muslims marked the day.")
    doc = guessed(text, [("Okwaro", "ORG"), ("Berlin", "GPE"), ("Kenyan", "NORP"), ("Amina Okwaro", "NORP"),
                         ("Okwaro", "ORG"), ("British", "NORP"), ("Muslims", "NORP")])
    assert (by_name(doc)["Amina Okwaro"].label, by_name(doc)["Amina Okwaro"].mentions) == ("PERSON", 3)
    assert by_name(doc)["Muslims"].label == "NORP"


def test_a_title_its_kind_follows_after_a_comma_is_a_work(guessed):
    # "Borrowed Light, a drama about two sisters" (ORG) and "The Salt Road, written by ..." (GPE)
    text = ("Quiet Harbour, a drama about two brothers, won the prize. Quiet Harbour opens in May. "
            "The Iron Coast, written by Ana Ruiz, premieres in June. Ruiz said The Iron Coast took six years.")
    doc = guessed(text, [("Quiet Harbour", "ORG"), ("Quiet Harbour", "ORG"), ("The Iron Coast", "GPE"),
                         ("Ana Ruiz", "PERSON"), ("Ruiz", "PERSON"), ("The Iron Coast", "GPE")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [
        ("Quiet Harbour", "WORK_OF_ART"), ("Iron Coast", "WORK_OF_ART"), ("Ana Ruiz", "PERSON")]
    doc = guessed("Kestrel Films, a film company, hired staff.", [("Kestrel Films", "ORG")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Kestrel Films", "ORG")]
    doc = guessed("Directed by Ana Ruiz, the film was praised.", [("Ana Ruiz", "PERSON")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Ana Ruiz", "PERSON")]


def test_a_ship_is_a_vehicle_a_product(guessed):
    # "The MV Baltic Tern ... The Baltic Tern was refloated": LOC for the model
    text = "The MV Northern Petrel ran aground on Monday. The Northern Petrel was refloated at noon."
    doc = guessed(text, [("Monday", "DATE"), ("Northern Petrel", "LOC")])
    assert [(e.entity, e.label) for e in extract_entities(doc)] == [("Northern Petrel", "PRODUCT")]


def test_a_club_in_a_team_sheets_brackets_is_no_short_form_of_the_player(guessed):
    # "Nicolas Mas (Perpignan), Sebastien Bruno (Sale), Sylvain Marconnet (Stade Francais)": the
    # model called one player a body, and his club had become that body's short form
    text = "France: Jean Roux (Agen), Marc Bellot (Minotaurs), Luc Andre (Pau).\n\nMinotaurs beat Bath on Sunday."
    doc = guessed(text, [("Jean Roux", "PERSON"), ("Marc Bellot", "ORG"), ("Luc Andre", "PERSON"), ("Minotaurs", "ORG"),
                         ("Bath", "ORG")])
    assert by_name(doc)["Marc Bellot"].mentions == 1


def test_a_title_case_headlines_span_ends_before_the_words_the_headline_capitalised(guessed):
    # "Fed Holds Rates Steady, Signals Patience" gave an ORG "Fed Holds Rates Steady"
    text = ("Fed Holds Rates Steady, Signals Patience As Prices Climb\n\nThe Fed left rates unchanged. "
            "Fed officials said more data was needed.")
    doc = guessed(text, [("Fed Holds Rates Steady", "ORG"), ("Fed", "ORG"), ("Fed", "ORG")])
    assert [(e.entity, e.mentions) for e in extract_entities(doc)] == [("Fed", 3)]


def test_a_speech_verb_before_a_team_heading_its_coachs_name_makes_no_person(guessed):
    # "said Connacht head coach Kieran Doheny": the coach speaks; the side of "Connacht 27 Ulster 20"
    # had stayed the model's PERSON
    text = ("Late try seals win\n\nConnacht beat Ulster 27-20 on Saturday. \"We were strong,\" "
            "said Connacht head coach Kieran Doyle. Connacht face Munster next.")
    doc = guessed(text, [("Connacht", "PERSON"), ("Ulster", "GPE"), ("Saturday", "DATE"), ("Connacht", "PERSON"),
                         ("Kieran Doyle", "PERSON"), ("Connacht", "PERSON"), ("Munster", "ORG")])
    assert by_name(doc)["Connacht"].label == "ORG"


def test_a_bracketed_short_form_of_seven_capitals_or_more_is_no_short_form(guessed):
    # "FATAL FORCE (MACROSPACE)": a game and its maker, not the game's short form
    text = "Star Raid (GALASOFT) is a shooter. GALASOFT also made Comet Pilot."
    doc = guessed(text, [("Star Raid", "ORG"), ("GALASOFT", "ORG"), ("GALASOFT", "ORG"), ("Comet Pilot", "ORG")])
    assert by_name(doc)["Star Raid"].mentions == 1


def test_an_acronym_inside_a_longer_name_finds_no_full_name(guessed):
    # "the Mobile PC Extended Battery Life (EBL) Working Group": EBL names no body of its own
    text = "Makers joined the Mobile PC Extended Battery Life (EBL) Working Group last year."
    doc = guessed(text, [])
    assert "Extended Battery Life" not in by_name(doc)


def test_a_title_case_line_below_the_headline_keeps_its_spans(guessed):
    # only the first line is a headline: a results table's lines are Title Case too
    text = "Results\n\nHapoel Haifa Beat Maccabi Netanya\n\nThe league resumes on Sunday."
    doc = guessed(text, [("Hapoel Haifa Beat Maccabi Netanya", "ORG")])
    assert "Hapoel Haifa Beat Maccabi Netanya" in by_name(doc)


def test_an_app_named_like_a_known_place_stays_a_place(guessed):
    # the platform rule outweighs a place only where the gazetteer knows no place of the name
    text = "Readers of the local news app Halifax grew in number. Halifax is growing too."
    doc = guessed(text, [("Halifax", "GPE"), ("Halifax", "GPE")])
    assert by_name(doc)["Halifax"].label == "GPE"


def test_a_title_in_an_all_capitals_name_still_goes(guessed):
    # "DR Congo" keeps its "DR" only in a mixed-case name: a capitals headline's "DR ANN LEE" is Dr Lee
    doc = guessed("DR ANN LEE WINS AWARD\n\nDr Ann Lee was honoured on Friday.", [("DR ANN LEE", "PERSON"),
                                                                                 ("Ann Lee", "PERSON")])
    assert [(e.entity, e.mentions) for e in extract_entities(doc)] == [("Ann Lee", 2)]


def test_pieces_the_model_marked_give_way_to_the_name_its_bracketed_acronym_spells(make_doc):
    # the model: "Australian Competition" WORK_OF_ART, and the acronym apart
    text = ("The Australian Competition and Consumer Commission (ACCC) has sued the retailer. "
            "Farrugia said the ACCC would seek penalties.")
    rows = {e.entity: (e.label, e.mentions) for e in extract_entities(make_doc(text))}
    assert rows["Australian Competition and Consumer Commission"] == ("ORG", 3) and "ACCC" not in rows


def test_a_town_and_a_nickname_the_model_split_or_missed_is_one_club(make_doc):
    text = ("DENVER - The Denver Nuggets came back to beat the Phoenix Suns 112-104 on Wednesday night.\n\n"
            "Devin Rourke led the Suns with 27 points. The Suns have lost five of their last seven games.")
    rows = {e.entity: (e.label, e.mentions) for e in extract_entities(make_doc(text))}
    assert rows["Phoenix Suns"] == ("ORG", 3) and "Suns" not in rows


def test_the_sides_of_a_result_line_are_teams(make_doc):
    text = ("Aberdeen 2 Hibernian 1\n\nLewis Stirling scored twice as Aberdeen came from behind to beat "
            "Hibernian at Pittodrie. Hibernian went ahead after 28 minutes.")
    assert {e.entity: e.label for e in extract_entities(make_doc(text))}["Hibernian"] == "ORG"


def test_a_club_named_by_its_letters_and_a_name_is_that_name_alone(marked):
    # the model: "AFC Leopards" ORG, "Leopards" PRODUCT, as in a Kenyan league report
    text = ("Gor Mahia 2 AFC Leopards 1\n\nGor Mahia stretched their lead after beating AFC Leopards 2-1 on "
            "Sunday.\n\nLeopards had the better of the first half, and Leopards fans were angry at the end.")
    doc = marked(text, {"Gor Mahia": "ORG", "AFC Leopards": "ORG", "Leopards": "PRODUCT"})
    assert {e.entity: (e.label, e.mentions) for e in extract_entities(doc)}["AFC Leopards"] == ("ORG", 4)


def test_a_photographers_credit_after_an_agency_of_mixed_case_is_no_name(make_doc):
    text = ("Aberdeen came from behind to beat Hibernian.\n\nLewis Stirling celebrates his winner at Pittodrie. "
            "(SNS Group/Euan Cardno)\n\nThe ship is guided back into the channel by tugs on Monday. AAP "
            "Image/Kirra Donnelly\n\nThe Labour/Co-op group met.")
    names = {e.entity for e in extract_entities(make_doc(text))}
    assert not {"SNS Group", "Euan Cardno", "Kirra Donnelly", "Image/Kirra Donnelly"} & names


def test_a_piece_that_gives_way_to_a_full_name_leaves_no_group_without_a_label(guessed):
    # the piece's other use, found by text alone, had kept a group with no vote: max() of nothing
    # on a 1 MB text of the long bench ("internal error"); the full name stands, nothing breaks
    text = ("The Australian Competition and Consumer Commission (ACCC) sued the retailer. "
            "Australian Competition rules are strict, the ACCC said.")
    doc = guessed(text, [("Australian Competition", "WORK_OF_ART")])
    names = by_name(doc)
    assert names["Australian Competition and Consumer Commission"].label == "ORG"


def test_a_town_and_nickname_join_waits_for_sports_copy(make_doc):
    # outside sports copy a town before a body's one-word name ending in "s" is no club's name
    text = ("Barclays said it would close 40 branches. The Reading Barclays branch will shut in May, "
            "Barclays said.")
    names = {e.entity for e in extract_entities(make_doc(text))}
    assert "Reading Barclays" not in names and "Barclays" in names


def test_a_spelt_out_name_starts_at_a_capital_and_keeps_no_owners_mark(guessed):
    text = ("Both the Council of Mortgage Lenders (CML) and the banks said lending fell. A survey by Incomes "
            "Data Services' (IDS) said pay rose.")
    doc = guessed(text, [("Council of Mortgage Lenders", "ORG"), ("Incomes Data Services", "ORG")])
    names = by_name(doc)
    assert "Council of Mortgage Lenders" in names and "Incomes Data Services" in names


def test_a_lettered_clubs_town_name_keeps_the_town_clubs_rules(marked):
    # "AC Milan ... Milan": not folded by the lettered-club rule (folded, its lone mentions had
    # become places: BBC, Milan 1 -> 8 place mentions in a sport story)
    text = ("AC Milan 2 Lazio 1\n\nAC Milan beat Lazio 2-1 at the San Siro on Sunday. Milan led at the break "
            "and Milan fans sang.")
    doc = marked(text, {"AC Milan": "ORG", "Milan": "ORG", "Lazio": "ORG"})
    assert "Milan" in {e.entity for e in extract_entities(doc)}


def test_a_ship_is_one_product_row_with_its_prefix_or_without(marked):
    text = ("The MV Coral Meridian struck a sandbank on Sunday. The Coral Meridian is guided back by tugs. "
            "Crew of the FV Ocean Harvester watched. He bought the Ocean Harvester in 2019.")
    doc = marked(text, {"Coral Meridian": "ORG", "FV Ocean Harvester": "FAC", "Ocean Harvester": "PRODUCT"})
    doc.ents = [e for e in doc.ents if e.start_char > 10]   # the model missed the first "Coral Meridian"
    found = {(e.entity, e.label, e.mentions) for e in extract_entities(doc)}
    assert found == {("Coral Meridian", "PRODUCT", 2), ("FV Ocean Harvester", "PRODUCT", 2)}


def test_a_ships_name_may_hold_an_of(marked):
    text = "The carrier HMS Prince of Wales left Portsmouth on Tuesday for Oman."
    doc = marked(text, {"Prince": "PRODUCT", "Portsmouth": "GPE", "Oman": "GPE"})
    found = {(e.entity, e.label) for e in extract_entities(doc)}
    assert found == {("Prince of Wales", "PRODUCT"), ("Portsmouth", "GPE"), ("Oman", "GPE")}


def test_a_club_named_by_its_town_and_a_plural_noun_is_the_club(marked):
    text = ("Enyimba beat Kano Pillars with second-half goals in Aba, and a linesman was struck by a bottle. "
            "The goals came after Kano Pillars scored first. Kano Pillars will appeal.")
    doc = marked(text, {"Enyimba": "ORG", "Kano Pillars": "PERSON", "Aba": "GPE"})
    assert by_name(doc)["Kano Pillars"].label == "ORG"


def test_a_town_and_a_nickname_the_model_read_as_a_people_is_one_club(marked):
    text = ("The Brisbane Lions had a 22-point win after leading at three-quarter time, their coach said of the "
            "side. The Lions host the Sydney Swans next week.")
    doc = marked(text, {"Brisbane": "GPE", "Lions": "ORG", "Sydney": "GPE", "Swans": "NORP"})
    assert by_name(doc)["Sydney Swans"].label == "ORG"


def test_a_body_goes_on_with_of_and_a_country_the_model_left_out(marked):
    text = "Farmers in Ghana are worried, according to the Cocoa Research Institute of Ghana."
    doc = marked(text, {"Cocoa Research Institute": "ORG", "Farmers in Ghana": "GPE"})
    doc.ents = [e for e in doc.ents if e.text != "Farmers in Ghana"]
    assert "Cocoa Research Institute of Ghana" in by_name(doc)


def test_a_score_line_the_model_ran_on_into_the_next_line_gives_two_clubs(marked):
    text = ("Leeds v Sunderland: live\n\nFULL-TIME: Leeds 2-1 Sunderland\nLeeds hold on to go top. Sunderland "
            "threw everything forward.\n\nGOAL! Leeds 2-1 Sunderland (Ridsdale 84)\nSunderland pull one back.")
    doc = marked(text, {"Leeds 2-1 Sunderland\nLeeds": "PERSON", "Leeds 2-1 Sunderland": "PERSON",
                        "Sunderland": "GPE"})
    found = {(e.entity, e.label) for e in extract_entities(doc)}
    assert ("Leeds", "ORG") in found and ("Sunderland", "ORG") in found
    assert not any("2-1" in name for name, _ in found)


def test_a_town_and_a_plural_nickname_the_model_found_nowhere_is_a_club(marked):
    text = ("The Montreal Canadiens rallied to beat the Ottawa Senators 3-2 in overtime. The Senators led 2-0 "
            "after two goals in the first period. The Seattle Times sent a reporter.")
    doc = marked(text, {"Montreal Canadiens": "ORG", "Seattle Times": "ORG"})
    found = by_name(doc)
    assert (found["Ottawa Senators"].label, found["Ottawa Senators"].mentions) == ("ORG", 2)
    assert found["Seattle Times"].mentions == 1   # a newspaper's word is no nickname: the paper keeps its row


def test_a_full_name_whose_surname_alone_is_described_as_a_person_is_a_person(marked):
    text = ("Amara Okafor on closing her restaurant\n\nAfter nine years, Amara Okafor is closing Oka. Okafor, who "
            "opened the restaurant with her savings, has no regrets. Manchester United, who won, sent flowers.")
    doc = marked(text, {"Amara Okafor": "GPE", "Manchester United": "ORG"})
    found = by_name(doc)
    assert found["Amara Okafor"].label == "PERSON" and found["Manchester United"].label == "ORG"


def test_a_name_the_acronym_spells_before_its_legal_form_is_one_body(marked):
    text = ("TOKYO - Hoshino Heavy Industries Co (HHI) said on Tuesday it had won an order. HHI will build the "
            "ships at its yard.")
    doc = marked(text, {"HHI": "ORG", "TOKYO": "GPE"})
    found = by_name(doc)
    assert found["Hoshino Heavy Industries Co"].mentions == 3 and "HHI" not in found


def test_a_club_with_a_spanish_prefix_the_model_read_as_a_person_is_a_club(marked):
    text = ("CONCEPCIÓN, Chile — Deportes Concepción beat Santiago Wanderers 2-1 on Saturday. Residents of "
            "Concepción queued for hours to see the stadium, and Deportes Concepción sold out.")
    doc = marked(text, {"Deportes Concepción": "PERSON", "Santiago Wanderers": "ORG", "Concepción": "PERSON"})
    assert by_name(doc)["Deportes Concepción"].label == "ORG"


def test_a_name_ending_in_a_legal_form_is_a_firm_whatever_the_model_said(marked):
    text = ("The regulator has fined state-controlled Petróleo Brasileiro SA (Petrobras) 48 million reais. "
            "Petrobras said it would appeal.")
    doc = marked(text, {"Petróleo Brasileiro SA": "PERSON", "Petrobras": "ORG"})
    firm = by_name(doc)["Petróleo Brasileiro SA"]
    assert (firm.label, firm.mentions) == ("ORG", 3)


def test_an_event_named_by_a_town_and_a_plural_is_no_club(marked):
    text = ("She won gold at the Athens Olympics in 2004, and the squad trained hard with goals in every "
            "match; the coach praised the team after the quarter-finals.")
    doc = marked(text, {"Athens Olympics": "EVENT"})
    assert by_name(doc)["Athens Olympics"].label == "EVENT"


def test_a_clubs_short_name_folded_into_it_brings_its_evidence(marked):
    # the model calls both GPE; the club evidence each had keeps the one row a club
    text = ("A brave defensive display helped Manchester City hold the Premiership leaders Chelsea. City went "
            "into the game unbeaten. City broke swiftly, and City's striker headed wide of the goals.")
    doc = marked(text, {"Manchester City": "GPE", "City": "GPE", "Chelsea": "ORG"})
    club = by_name(doc)["Manchester City"]
    assert (club.label, club.mentions) == ("ORG", 4)


def test_a_national_side_of_a_score_line_is_its_countrys_one_row(marked):
    text = ("Ireland 21-19 Argentina\n\nAn injury-time dropped goal stole victory for Ireland from Argentina at "
            "Lansdowne Road on Saturday.")
    doc = marked(text, {"Argentina": "GPE", "Ireland": "GPE"})
    doc.ents = [e for e in doc.ents if e.start_char > 0]   # the model missed the headline's side
    rows = [(e.entity, e.label, e.mentions) for e in extract_entities(doc) if e.entity == "Ireland"]
    assert rows == [("Ireland", "GPE", 2)]


def test_a_people_or_a_longer_name_after_a_town_is_no_club(marked):
    text = ("The South Africans scored three tries in the first half and kicked goals late. The Ulster Schools' "
            "Cup final went to extra time, and the coach of the side praised the team after the semi-finals.")
    doc = marked(text, {"Ulster Schools' Cup": "EVENT"})   # the model found no "South Africans"
    found = by_name(doc)
    assert "South Africans" not in found and "Ulster Schools" not in found


def test_a_person_whose_surname_is_a_plural_after_a_small_town_name_stays_a_person(marked):
    # "Scott" is a town of 9,000 and "sanders" an English plural: no club of a big town
    text = ("In Montreal, Scott Sanders allowed one hit over eight innings and struck out 10 as the Expos won "
            "6-0 for their sixth straight win; Sanders scored twice and the team's coach praised the pitchers.")
    doc = marked(text, {"Scott Sanders": "PERSON", "Sanders": "PERSON", "Montreal": "GPE", "Expos": "ORG"})
    assert by_name(doc)["Scott Sanders"].label == "PERSON"


def test_a_firm_is_not_widened_over_the_country_after_it(marked):
    text = "The car was made by Kia Motor Corp of South Korea and arrived at Jakarta."
    doc = marked(text, {"Kia Motor Corp": "ORG", "South Korea": "GPE", "Jakarta": "GPE"})
    assert {"Kia Motor Corp", "South Korea"} <= set(by_name(doc))


def test_a_surname_described_elsewhere_says_person_only_alone_and_not_for_a_body(marked):
    # "Pullman" has a row of its own, which `_misread_full_names` joins to the full name it makes a person's
    text = ("The Norwegian branches of Sony Music and Universal Music, who saw it as a test, filed a complaint. "
            "The film of Philip Pullman's trilogy is made. Weitz visited Pullman, who told him the film was fine. "
            "Pullman said he was happy.")
    doc = marked(text, {"Sony Music": "ORG", "Universal Music": "ORG", "Philip Pullman": "ORG", "Pullman": "PERSON"})
    found = by_name(doc)
    assert found["Sony Music"].label == "ORG"
    assert (found["Philip Pullman"].label, found["Philip Pullman"].mentions) == ("PERSON", 3)


def test_a_firms_bare_first_word_joins_it_beside_a_shorter_form_of_its_name(marked):
    text = ("Brightwell Energy wins wind farm contract\n\nBrightwell Energy Group plc has won a £1.4bn contract, "
            "the company said. Brightwell said the project would power 1.3 million homes. Shares in Brightwell rose "
            "6% in London.")
    doc = marked(text, {"Brightwell Energy": "ORG", "Brightwell Energy Group plc": "ORG", "Brightwell": "ORG"})
    assert [(e.entity, e.mentions) for e in extract_entities(doc) if "Brightwell" in e.entity] == \
        [("Brightwell Energy Group", 4)]


def test_an_item_of_a_results_list_the_model_read_as_one_name_is_two_sides(marked):
    text = ("Preston won at Luton.\n\nResults: Luton 0 Preston 2, Hull 1 Coventry 1, Swansea 2 Norwich 2.\n\n"
            "Hull led but Coventry equalised in stoppage time.")
    doc = marked(text, {"Hull 1 Coventry 1": "LAW", "Swansea 2 Norwich": "PERSON", "Luton": "GPE", "Preston": "GPE"})
    found = by_name(doc)
    assert not any(any(ch.isdigit() for ch in name) for name in found)
    assert found["Coventry"].mentions == 2 and "Norwich" in found


# ---------------------------------------------------------------- T72 to T75 tune halves, round two

def test_a_bracketed_acronym_takes_in_the_words_the_model_left_out_of_a_bodys_name(marked):
    text = ("The Ethics and Anti-Corruption Commission (EACC) said it would appeal. The EACC told the court it had "
            "new evidence.")
    doc = marked(text, {"Anti-Corruption Commission": "ORG", "EACC": "ORG"})
    assert [(e.entity, e.mentions, e.aliases) for e in extract_entities(doc)] == \
        [("Ethics and Anti-Corruption Commission", 3, ["EACC"])]
    # only words that spell the missing capitals: "Kenya's" spells no E, and a full acronym takes nothing
    text = "Kenya's Anti-Corruption Commission (EACC) said it would appeal. The Food and Drug Administration (FDA) met."
    doc = marked(text, {"Anti-Corruption Commission": "ORG", "Food and Drug Administration": "ORG"})
    assert [e.entity for e in extract_entities(doc) if e.label == "ORG"] == \
        ["Anti-Corruption Commission", "Food and Drug Administration"]
    # nor an acronym in another language's order, nor past a word in lower case
    text = ("Officials at Italy's Social Security Institute (INPS) said payments would resume. Ethics experts say "
            "the Anti-Corruption Commission (EACC) should act.")
    doc = marked(text, {"Social Security Institute": "ORG", "Anti-Corruption Commission": "ORG"})
    assert [e.entity for e in extract_entities(doc) if e.label == "ORG"] == \
        ["Social Security Institute", "Anti-Corruption Commission"]
    # a piece of the name the model read apart goes into the whole
    text = "Jobs grew, according to the World Travel and Tourism Council (WTTC), which met in Bangkok."
    doc = marked(text, {"World Travel": "ORG", "Tourism Council": "ORG", "WTTC": "ORG"})
    assert [(e.entity, e.aliases) for e in extract_entities(doc) if e.label == "ORG"] == \
        [("World Travel and Tourism Council", ["WTTC"])]


def test_a_persons_span_ends_before_a_headline_verb_in_lower_case(marked):
    text = ("Munster stun Leinster with late try\n\nMunster beat Leinster 24-22 in Dublin on Saturday. Munster led "
            "from the 79th minute.")
    doc = marked(text, {"Munster stun Leinster": "PERSON", "Leinster": "ORG", "Munster": "ORG"})
    found = {e.entity: (e.label, e.mentions) for e in extract_entities(doc)}
    assert found["Munster"] == ("ORG", 3) and not any(" stun " in name for name in found)
    # particles and "of" stay inside a name
    text = ("Charles de Gaulle met Catherine of Aragon's biographer, Ana Ortega y Gasset said to Kiprono arap "
            "Sang.")
    doc = marked(text, {"Charles de Gaulle": "PERSON", "Catherine of Aragon": "PERSON",
                        "Ana Ortega y Gasset": "PERSON", "Kiprono arap Sang": "PERSON"})
    assert {"Charles de Gaulle", "Catherine of Aragon", "Ana Ortega y Gasset", "Kiprono arap Sang"} \
        <= set(by_name(doc))


def test_in_sports_copy_a_one_word_person_joined_to_a_club_is_a_club(marked):
    text = ("Uefa fines Celtic and Feyenoord\n\nUefa has fined Celtic and Feyenoord after flares at their Champions "
            "League match, which Celtic won 2-1. Feyenoord said they would appeal. Celtic striker Kyogo Furuhashi "
            "scored twice in the 34th and 80th minutes.")
    doc = marked(text, {"Celtic": "ORG", "Feyenoord": "PERSON", "Kyogo Furuhashi": "PERSON"})
    found = by_name(doc)
    assert (found["Feyenoord"].label, found["Kyogo Furuhashi"].label) == ("ORG", "PERSON")
    # a person with a given name joined to a club stays a person
    text = ("Celtic fined over flares\n\nUefa has fined Celtic and Brendan Rodgers after their Champions League "
            "match, which Celtic won 2-1 with goals in the 34th and 80th minutes.")
    doc = marked(text, {"Celtic": "ORG", "Brendan Rodgers": "PERSON"})
    assert by_name(doc)["Brendan Rodgers"].label == "PERSON"


def test_a_sports_word_before_a_country_or_state_names_its_governing_body(marked):
    text = "Athletics Kenya said the team was young. Kenya won five medals, and Cricket Australia agreed."
    doc = marked(text, {"Kenya": "GPE", "Australia": "GPE"})
    found = {e.entity: e.label for e in extract_entities(doc)}
    assert found == {"Athletics Kenya": "ORG", "Kenya": "GPE", "Cricket Australia": "ORG"}
    # the sport alone before a name that is no place stays out
    doc = marked("Rugby Smith said the club was happy.", {"Smith": "PERSON"})
    assert [e.entity for e in extract_entities(doc)] == ["Smith"]


def test_a_lone_surname_read_as_a_body_joins_the_one_namesake_named_before_it(marked):
    text = ("TV gardener Callum Brierley has apologised. \"I got it wrong,\" Brierley wrote on X. His wife, the "
            "designer Ruth Brierley, posted a photograph.")
    doc = marked(text, {"Callum Brierley": "PERSON", "Brierley": "ORG", "Ruth Brierley": "PERSON"})
    assert [(e.entity, e.mentions) for e in extract_entities(doc) if e.label == "PERSON"] == \
        [("Callum Brierley", 2), ("Ruth Brierley", 1)]
    # after both are named, the surname says nobody
    text = ("Callum Brierley and Ruth Brierley run the nursery. \"We are sorry,\" Brierley wrote on X.")
    doc = marked(text, {"Callum Brierley": "PERSON", "Brierley": "ORG", "Ruth Brierley": "PERSON"})
    assert "Brierley" in by_name(doc)
    # nor when the other is named between two of its mentions
    text = ("TV gardener Callum Brierley has apologised. \"I got it wrong,\" Brierley wrote on X. His wife, the "
            "designer Ruth Brierley, laughed. \"We are fine,\" Brierley wrote later.")
    doc = marked(text, {"Callum Brierley": "PERSON", "Brierley": "ORG", "Ruth Brierley": "PERSON"})
    assert "Brierley" in by_name(doc)


def test_a_street_opened_by_its_foreign_word_is_a_facility_and_its_resident_a_person(marked):
    # T77: "Via Solferino" PERSON, "Giulia Ferraresi" FAC and her "Ferraresi, 58," ORG for the model
    text = ("Giulia Ferraresi unlocks a door on Via Solferino in Cremona. Ferraresi, 58, trained at the city's "
            "violin-making school.")
    doc = marked(text, {"Giulia Ferraresi": "FAC", "Via Solferino": "PERSON", "Ferraresi": "ORG", "Cremona": "GPE"})
    found = {e.entity: (e.label, e.mentions) for e in extract_entities(doc)}
    assert found["Via Solferino"][0] == "FAC" and found["Giulia Ferraresi"] == ("PERSON", 2)


def test_a_roles_letters_alone_are_no_entity(marked):
    text = "The outback GP whose waiting room is 800km wide\n\nDr Helen Marsh flies to cattle stations, the PM said."
    doc = marked(text, {"GP": "ORG", "Helen Marsh": "PERSON", "PM": "PERSON"})
    assert [e.entity for e in extract_entities(doc)] == ["Helen Marsh"]


def test_a_sports_role_opening_a_headlines_name_is_no_part_of_it(marked):
    text = ("Qualifier Sorensen saves two match points\n\nDanish qualifier Freja Sorensen beat the fourth seed 6-4 "
            "3-6 7-5 in Madrid. Sorensen, 20, broke serve twice.")
    doc = marked(text, {"Qualifier Sorensen": "PERSON", "Freja Sorensen": "PERSON", "Sorensen": "PERSON"})
    assert [(e.entity, e.mentions) for e in extract_entities(doc) if e.label == "PERSON"] == [("Freja Sorensen", 3)]


def test_a_nationality_before_a_name_set_off_after_the_is_a_person_not_a_body(marked):
    text = ("Her coach, the Italian Marco Bellini, said he had told her to wait. The British Phonographic Industry "
            "agreed.")
    doc = marked(text, {"the Italian Marco Bellini": "ORG", "British Phonographic Industry": "ORG"})
    found = {e.entity: e.label for e in extract_entities(doc)}
    assert found == {"Italian": "NORP", "Marco Bellini": "PERSON", "British Phonographic Industry": "ORG"}


def test_an_acronym_written_as_a_word_joins_the_body_it_spells(marked):
    text = ("The Organization of the Petroleum Exporting Countries met in Vienna. Opec said members would add "
            "output. Nato was not invited.")
    doc = marked(text, {"Organization of the Petroleum Exporting Countries": "ORG", "Opec": "ORG", "Nato": "ORG",
                        "Vienna": "GPE"})
    found = {e.entity: (e.mentions, e.aliases) for e in extract_entities(doc)}
    assert found["Organization of the Petroleum Exporting Countries"] == (2, ["Opec"]) and "Nato" in found


def test_a_body_named_again_without_its_opening_place_is_one_body(marked):
    text = ("The Hong Kong Jockey Club will fund 12 parks. The Jockey Club said the first would open in May. "
            "Manchester United beat Leeds United, and United fans sang.")
    doc = marked(text, {"Hong Kong Jockey Club": "ORG", "Jockey Club": "ORG", "Manchester United": "ORG",
                        "Leeds United": "ORG", "United": "ORG"})
    found = {e.entity: e.mentions for e in extract_entities(doc)}
    assert found["Hong Kong Jockey Club"] == 2 and "Jockey Club" not in found
    doc = marked("Aston Villa drew 1-1. Villa had led until the 89th minute.", {"Aston Villa": "ORG", "Villa": "ORG"})
    assert {e.entity: e.mentions for e in extract_entities(doc)} == {"Aston Villa": 2}
    doc = marked("The UK Treasury said so. The Treasury denied it later.", {"UK Treasury": "ORG", "Treasury": "ORG"})
    assert {e.entity: e.mentions for e in extract_entities(doc)} == {"UK Treasury": 2}


def test_a_bodys_clipped_name_joins_the_one_full_name_it_clips(marked):
    text = ("The Metropolitan Police opened an inquiry. Detectives from the Met found the car. The Federal Reserve "
            "held rates; the Fed said inflation was easing. The Liberal Democrats and the Lib Dems' leader agreed.")
    doc = marked(text, {"Metropolitan Police": "ORG", "Met": "ORG", "Federal Reserve": "ORG", "Fed": "ORG",
                        "Liberal Democrats": "ORG", "Lib Dems": "ORG"})
    found = {e.entity: e.mentions for e in extract_entities(doc)}
    assert found == {"Metropolitan Police": 2, "Federal Reserve": 2, "Liberal Democrats": 2}
    # a longer name is another body, and so is one that only shares a place's name's tail
    text = ("The Metropolitan Police opened an inquiry; the Met Police Federation objected. The Barclays Bank "
            "of Kenya and the Bank of Kenya both lend.")
    doc = marked(text, {"Metropolitan Police": "ORG", "Met Police Federation": "ORG",
                        "Barclays Bank of Kenya": "ORG", "Bank of Kenya": "ORG"})
    assert len(extract_entities(doc)) == 4
    # two full names it could clip leave it apart
    text = "The Metropolitan Police and the Metropolitan Opera agreed. The Met said so."
    doc = marked(text, {"Metropolitan Police": "ORG", "Metropolitan Opera": "ORG", "Met": "ORG"})
    assert "Met" in by_name(doc)


def test_short_names_that_only_look_clipped_or_placeless_stay_apart(marked):
    # BBC rows the first forms of the two rules above had joined wrongly
    text = ("UKIP row deepens\n\nThe European Council met. The EU said no. The Islamic Human Rights Commission "
            "said Islam was misread. The Mac sold well before the Macworld Expo opened. London UKIP split, and "
            "UKIP gained. BBC Newcastle reported that Newcastle won. The Lib Dem's Citizen's Pension was costed; "
            "the Lib Dems said so.")
    doc = marked(text, {"European Council": "ORG", "EU": "ORG", "Islamic Human Rights Commission": "ORG",
                        "Islam": "ORG", "Mac": "ORG", "Macworld Expo": "ORG", "UKIP": "ORG", "London UKIP": "ORG",
                        "Newcastle": "ORG", "BBC Newcastle": "ORG", "Lib Dem's Citizen's Pension": "ORG",
                        "Lib Dems": "ORG"})
    assert {"EU", "Islam", "Mac", "UKIP", "Newcastle", "Lib Dems"} <= set(by_name(doc))


def test_a_lone_name_used_as_a_firms_is_the_firm_not_its_founder(guessed):
    # "Ford shares fell" had joined "Henry Ford", who then had three mentions and the firm none
    text = ("Ford said on Tuesday it would cut 3,000 jobs. The company, founded by Henry Ford in 1903, has "
            "struggled. Ford shares fell 4%.")
    doc = guessed(text, [("Ford", "ORG"), ("Henry Ford", "PERSON"), ("Ford", "ORG")])
    assert [(e.entity, e.label, e.mentions) for e in extract_entities(doc)] == [
        ("Ford", "ORG", 2), ("Henry Ford", "PERSON", 1)]
    for use in ("Dyson dealerships closed.", "Dyson's annual profits rose.", "Dyson chief executive Ann Lowe spoke.",
                "Investors bought shares in Dyson.", "Jobs at Dyson went."):
        doc = guessed("Sir James Dyson built a vacuum. " + use, [("James Dyson", "PERSON"), ("Dyson", "ORG")])
        assert by_name(doc)["Dyson"].label == "ORG", use
    # a firm the model read as a person keeps its short name: no one is shown to bear it
    doc = guessed("Pernod Ricard may bid. Pernod shares fell.", [("Pernod Ricard", "PERSON"), ("Pernod", "ORG")])
    assert by_name(doc)["Pernod Ricard"].mentions == 2
    for use in ("Dyson's spokesman said no.", "Mr Dyson's shares rose.", "Dyson's sales pitch failed."):
        doc = guessed("Sir James Dyson built a vacuum. " + use, [("James Dyson", "PERSON"), ("Dyson", "PERSON")])
        assert by_name(doc)["James Dyson"].mentions == 2, use   # the man: a pitch, a title, his spokesman


# ---------------------------------------------------------------- T91's tune half: entities

def rows_of(make_doc, text):
    return {e.entity: (e.label, e.mentions) for e in extract_entities(make_doc(text))}


def test_a_treaty_of_a_place_is_one_law_and_an_act_with_its_year_a_law(make_doc):
    text = ("Iwi leaders say the plan breaches the Treaty of Waitangi. \"We signed the Treaty of Waitangi as "
            "partners,\" said Hemi Tawhai. The changes amend the Resource Management Act 1991.")
    rows = rows_of(make_doc, text)
    assert rows["Treaty of Waitangi"] == ("LAW", 2) and "Waitangi" not in rows
    assert rows["Resource Management Act 1991"][0] == "LAW"


def test_a_name_ending_in_a_body_only_head_is_an_organisation(make_doc):
    text = "A coalition of iwi has asked the Waitangi Tribunal to hear an urgent claim, a lawyer said on Friday."
    assert rows_of(make_doc, text)["Waitangi Tribunal"][0] == "ORG"


def test_a_given_name_before_a_gaelic_surname_of_three_words_is_one_person(make_doc):
    text = ("Ireland 24 France 22\n\nCiarán Mac Giolla Phádraig kicked a penalty with the last play as Ireland beat "
            "France.\n\n\"I didn't look at the posts,\" said Mac Giolla Phádraig, who had missed two earlier kicks.")
    rows = rows_of(make_doc, text)
    assert rows["Ciarán Mac Giolla Phádraig"] == ("PERSON", 2) and "Mac Giolla Phádraig" not in rows


def test_a_suffix_keeps_father_and_son_apart(make_doc):
    text = ("Ashby Jr. wins seat his father held\n\nJACKSON, Miss. — Reginald Ashby Jr. won the District 2 seat on "
            "Tuesday, 12 years after his father, Reginald Ashby Sr., retired from the same post.\n\n"
            "Ashby, 46, a pharmacist, beat the incumbent by 612 votes.")
    rows = rows_of(make_doc, text)
    assert rows["Reginald Ashby Jr."][0] == "PERSON" and rows["Reginald Ashby Jr."][1] >= 2
    assert rows["Reginald Ashby Sr."] == ("PERSON", 1) and "Reginald Ashby" not in rows and "Ashby Jr." not in rows


def test_a_firms_first_word_alone_does_not_make_it_a_person(make_doc):
    text = ("The group agreed to sell Bellandi Motori to India's Veltrix Mobility for €410 million. Veltrix said "
            "it would keep both factories open. \"We intend to respect it,\" said Veltrix chief executive Arjun Mehra.")
    assert rows_of(make_doc, text)["Veltrix Mobility"][0] == "ORG"


def test_a_given_name_that_is_a_word_joins_its_bearer_where_she_acts(make_doc):
    text = ("HARLINGEN — Every morning, Dolores Achterberg unlocks the door of a small café beside the ferry.\n\n"
            "Dolores is 81. She ran the café with her husband, Willem Achterberg, until his death. \"It is free "
            "before nine,\" Dolores says.")
    assert rows_of(make_doc, text)["Dolores Achterberg"] == ("PERSON", 3)


def test_a_surname_joins_a_full_name_the_model_read_as_a_body_once_it_is_a_person(make_doc):
    text = ("With 61% of the vote counted, Labor's Kiera Lyons leads the Liberals' Andrew Fitzroy by 1,840 votes. "
            "Lyons has just arrived at the count to cheers.\n\nLyons, a nurse from Pambula, is running for the "
            "second time.")
    assert rows_of(make_doc, text)["Kiera Lyons"] == ("PERSON", 3)


def test_a_doctors_surname_joins_the_full_name_introduced_with_the_title(make_doc):
    text = ("Ghana to pay for dialysis\n\nACCRA — Ghana will pay for dialysis for children, Health Minister Dr "
            "Abena Osei announced on Tuesday.\n\n\"No child should die for want of a session,\" Dr Osei told "
            "journalists.\n\nThe petition was started by Kofi Osei, a nurse. Mr Osei, who is not related to the "
            "minister, said he had cried.\n\nDr Osei said the ministry would also train 40 nurses.")
    rows = rows_of(make_doc, text)
    assert rows["Abena Osei"] == ("PERSON", 3) and rows["Kofi Osei"][0] == "PERSON"


def test_a_name_with_which_after_it_is_no_person_and_an_acronym_and_a_word_twice_is_a_body(make_doc):
    text = ("BERLIN — Drivers began a strike at DB Cargo, the freight arm of Deutsche Bahn. DB Cargo says the demand "
            "would cost it 120 million euros. Deutsche Bahn, which is owned by the federal government, said it had "
            "offered a 4% rise. The Federal Network Agency (Bundesnetzagentur) said it was monitoring the impact. "
            "The Bundesnetzagentur has warned before.")
    rows = rows_of(make_doc, text)
    assert rows["Deutsche Bahn"][0] == "ORG" and rows["DB Cargo"] == ("ORG", 2)
    assert rows["Federal Network Agency"] == ("ORG", 3) and "Bundesnetzagentur" not in rows


def test_a_bare_head_word_after_the_is_the_one_body_named_with_it(make_doc):
    text = ("The Federal Ministry of Health said it had alerted all hospitals. The Ministry has also ordered "
            "doctors to report any case. The National Assembly will question the agency; Members of the Assembly "
            "want an audit.")
    rows = rows_of(make_doc, text)
    assert rows["Federal Ministry of Health"] == ("ORG", 2) and rows["National Assembly"] == ("ORG", 2)


def test_words_joined_by_and_that_spell_an_acronym_used_later_are_one_body(make_doc):
    text = ("The Maritime and Coastguard Agency said its surveyors would inspect the vessel. An MCA spokesperson "
            "said it was too early to say what caused the fire.")
    assert rows_of(make_doc, text)["Maritime and Coastguard Agency"] == ("ORG", 2)


def test_a_county_side_with_who_after_it_in_sports_copy_is_the_club(make_doc):
    text = ("Lancashire bowled Yorkshire out for 142 on the second day, seamer Tom Hartley taking six wickets.\n\n"
            "Yorkshire, who resumed on 88 for two, lost eight wickets for 54 runs in 27 overs. Yorkshire's attack "
            "was weakened by the absence of fast bowler Callum Dacre.")
    assert rows_of(make_doc, text)["Yorkshire"][0] == "ORG"


def test_cups_shows_and_festivals_named_so_are_events(make_doc):
    text = ("Athletic Club reached the Copa del Rey final on Wednesday. Ryanair ordered 150 jets on the first day "
            "of the Paris Air Show.\n\nIn Kyoto, the committee that runs the Gion Matsuri has postponed the "
            "rehearsal of its float procession.")
    rows = rows_of(make_doc, text)
    assert rows["Copa del Rey"][0] == rows["Paris Air Show"][0] == rows["Gion Matsuri"][0] == "EVENT"


def test_a_ground_after_at_in_a_match_report_is_a_facility(make_doc):
    text = ("Limerick 2-24 Kilkenny 1-22\n\nLimerick reached the final after a five-point win over Kilkenny at "
            "Croke Park on Sunday. Darragh Ryan scored 1-5 from play, his goal in the 48th minute breaking "
            "a Kilkenny side that had led at half-time.")
    assert rows_of(make_doc, text)["Croke Park"] == ("FAC", 1)


def test_a_nationality_word_spoken_is_a_language(make_doc):
    text = ("\"Most of my staff speak French all day,\" said Arjun Malhotra, who runs a software firm in Montreal. "
            "\"We write our code comments in English.\"")
    rows = rows_of(make_doc, text)
    assert rows["French"][0] == rows["English"][0] == "LANGUAGE"
    text = "Chambers has been in America learning American football but has not ruled out a return to the track."
    assert rows_of(make_doc, text).get("American", ("NORP",))[0] != "LANGUAGE"


def test_a_scorer_and_the_minute_in_brackets_is_a_person(make_doc):
    text = ("21:41 GMT\nGOAL! Everton 2-1 Fulham (Dominic Brannigan 84')\nBrannigan rises highest to head in a "
            "corner.\n\n20:37 GMT\nGOAL! Everton 1-1 Fulham (Joaquín Herrera 31')\nHerrera curls a free kick in.")
    rows = rows_of(make_doc, text)
    assert rows["Dominic Brannigan"] == ("PERSON", 2) and rows["Joaquín Herrera"] == ("PERSON", 2)


def test_a_mention_cut_short_of_a_name_the_article_has_whole_is_that_name(make_doc):
    text = ("Nigerian drama Little Lagos wins Palme d'Or at Cannes\n\nLittle Lagos, a drama about a Nigerian family, "
            "won the top prize on Saturday. Little Lagos is adapted from a 2019 novel.")
    assert rows_of(make_doc, text)["Little Lagos"] == ("WORK_OF_ART", 3)


def test_a_title_set_off_by_its_makers_kind_of_work_is_a_work(make_doc):
    text = ("LAGOS — The Harmattan Letters, Adaeze Nwankwo's novel about three sisters, is to be made into a film. "
            "Nwankwo said she was delighted.")
    assert rows_of(make_doc, text)["Harmattan Letters"][0] == "WORK_OF_ART"


def test_a_make_and_model_is_a_product_and_so_is_the_model_alone(make_doc):
    text = ("Ute wars: Ranger extends lead over Hilux\n\nSYDNEY — The Ford Ranger was Australia's best-selling new "
            "vehicle again, outselling the Toyota Hilux. Dealers delivered 4,318 for its rival from Toyota. The "
            "plug-in hybrid BYD Shark 6 was fifth.")
    rows = rows_of(make_doc, text)
    assert rows["Ford Ranger"] == ("PRODUCT", 2) and rows["Toyota Hilux"] == ("PRODUCT", 2)
    assert rows["BYD Shark 6"][0] == "PRODUCT" and rows["Toyota"][0] == "ORG"
    # a firm's plant is no model of its make
    assert "Fiat Powertrain" not in {e.entity for e in extract_entities(make_doc("Fiat will close the Fiat "
                                                                                  "Powertrain plant in Turin."))
                                     if e.label == "PRODUCT"}


def test_a_product_set_off_by_its_kind_is_a_product(make_doc):
    text = ("SAN FRANCISCO — Corvid Labs on Tuesday unveiled the Kestrel One, a handheld games console. "
            "\"The Kestrel One is a PC that behaves like a console,\" said its chief executive.")
    assert rows_of(make_doc, text)["Kestrel One"] == ("PRODUCT", 2)


def test_a_full_name_before_an_age_where_the_model_found_nothing_is_a_person(make_doc):
    text = ("CD Almenara ended the leaders' winning run on Sunday.\n\nLucía Ruiz, 19, came off the bench in the "
            "70th minute and scored her first senior goal.")
    assert rows_of(make_doc, text)["Lucía Ruiz"][0] == "PERSON"


def test_a_name_that_said_its_is_a_body(make_doc):
    text = ("Villagers blocked the road to the Salar Andino lithium project. In a statement, Salar Andino said its "
            "wells drew on brine rather than fresh water.")
    assert rows_of(make_doc, text)["Salar Andino"][0] == "ORG"


def test_what_children_call_their_parents_is_no_ones_name(make_doc):
    text = ("Vineyard wins award\n\nTheir daughter, Sofia Reyes, has made the wines since 2019. \"Mum and Dad argue "
            "about everything except the fruit,\" Sofia said. \"Grandma still prunes the old vines.\"")
    rows = rows_of(make_doc, text)
    assert not {"Mum", "Dad", "Grandma"} & set(rows) and rows["Sofia Reyes"][0] == "PERSON"


def test_a_one_word_name_after_the_is_no_person(make_doc):
    # the model's PERSON for a league and a think-tank: a person's name takes no article
    text = ("Cup run ends\n\nRovers are fifth in the Premiership table after the defeat. A report by the Halvard "
            "researchers found that crowds had fallen, and Halvard said gate receipts were down.")
    rows = rows_of(make_doc, text)
    assert rows["Premiership"][0] != "PERSON" and rows["Halvard"][0] == "ORG"
    # a name lent to an administration, a family or a pair stays a person
    text = ("Trade case\n\nThe case was filed by the Clinton administration in 1999. Clinton later said it was "
            "a mistake.")
    assert rows_of(make_doc, text)["Clinton"][0] == "PERSON"


def test_a_plural_kind_of_body_before_names_makes_them_bodies(make_doc):
    text = ("Spyware\n\nResearch by technology firms Quarlink and Netwarden revealed that 90% of home computers "
            "were infected.")
    rows = rows_of(make_doc, text)
    assert rows["Quarlink"][0] == "ORG"


def test_a_firm_named_with_a_foreign_legal_form_then_by_its_first_word_is_one_firm(make_doc):
    text = ("Takeover\n\nFRANKFURT - Rheintal Industrie AG will cut jobs at its arm, Haberland Antriebstechnik GmbH. "
            "Separately, Nordlicht Subsea ASA said it would buy a yard. Nordlicht said the deal closes in May. "
            "The chief executive of Wessex Vale Water plc faces MPs. Wessex Vale said it had spent £310m.")
    rows = rows_of(make_doc, text)
    assert rows["Wessex Vale Water"] == ("ORG", 2) and "Wessex Vale" not in rows
    assert "Nordlicht" not in rows


def test_a_time_zone_after_a_wire_clock_time_is_no_body(make_doc):
    text = "Spill\n\nThe leak, detected at 0340 local time (0640 GMT), had been contained, Acme Mining said."
    assert "GMT" not in rows_of(make_doc, text)


def test_a_word_spoken_or_written_is_a_language_though_no_demonym_list_has_it(make_doc):
    text = ("Series\n\nThe adaptation will keep the novel's dialogue in Kiswahili. \"People there speak Kiswahili "
            "with salt in it,\" she said.")
    assert rows_of(make_doc, text)["Kiswahili"] == ("LANGUAGE", 2)


def test_a_faiths_or_peoples_word_before_its_members_is_a_nationality_or_group(make_doc):
    text = ("Iftar\n\nMuslim, Sikh, Hindu and Christian leaders shared a table. A trustee said the Sikh community "
            "had provided the dates. Many objects were donated by Igbo families.")
    rows = rows_of(make_doc, text)
    assert rows["Sikh"][0] == "NORP" and rows["Igbo"][0] == "NORP"


def test_a_dam_or_an_expressway_is_a_facility(make_doc):
    text = ("Water project\n\nConstruction of the Polihali Dam in Lesotho is behind schedule. The Polihali Dam will "
            "feed the Katse Dam.")
    assert rows_of(make_doc, text)["Polihali Dam"][0] == "FAC"


def test_a_state_the_model_calls_a_nationality_is_the_state_also_when_written_without_accents(make_doc):
    text = ("Scooter launch\n\nDeliveries will begin in Maharashtra and Karnataka in November, though the service "
            "network is still small outside Maharashtra.")
    assert rows_of(make_doc, text)["Maharashtra"][0] == "GPE"


def test_a_lone_surname_joins_the_full_name_when_the_model_read_both_as_bodies(make_doc):
    text = ("Fintech raises $40m\n\nPaystride co-founders Adaeze Nwosu-Bright and Tunde Bakare started the company "
            "in a rented flat in Yaba in 2020. Bakare, who runs its technology, said payments had tripled.")
    rows = rows_of(make_doc, text)
    assert rows["Tunde Bakare"] == ("PERSON", 2) and "Bakare" not in rows


def test_a_name_and_its_desk_alone_on_a_line_is_a_reporter_without_the_desk(make_doc):
    text = ("Volunteers clear beaches\n\nHelena Marsh Environment correspondent\nTue 3 Mar 2026 06.00 GMT\n\n"
            "More than 900 volunteers removed plastic from beaches near Hartlepool over the weekend.")
    rows = rows_of(make_doc, text)
    assert rows.get("Helena Marsh", ("",))[0] == "PERSON" and not any("Environment" in name for name in rows)


def test_an_aircraft_make_and_model_is_a_product(make_doc):
    text = ("Airline grounds jets\n\nThe carrier grounded three of its Airbus A321neo jets after engine checks. "
            "Airbus said it was working with the airline.")
    rows = rows_of(make_doc, text)
    assert rows["Airbus A321neo"][0] == "PRODUCT" and rows["Airbus"][0] == "ORG"


def test_a_firms_short_name_the_model_read_as_a_person_keeps_the_firm_a_body(make_doc):
    text = ("Lift maker sold\n\nBRUSSELS - Finnish group Kone Hissit will buy Ascensori Morandi S.p.A. for 900 "
            "million euros. The family that controls Ascensori Morandi backs the sale, and Morandi's board has "
            "approved it.")
    rows = rows_of(make_doc, text)
    assert rows["Ascensori Morandi S.p.A."] == ("ORG", 3) and "Ascensori Morandi" not in rows


def test_a_tournament_named_open_in_sports_copy_is_an_event_whatever_the_model_said(make_doc):
    # BBC sport/426, sport/477: "the San Jose Open" (LOC) and "the Chennai Open" (FAC)
    text = ("Moya beaten in Melbourne\n\nFourth seed Carlos Moya, who began the year with victory at the Chennai "
            "Open, lost 7-5 6-3 3-6 6-3 to Guillermo Garcia-Lopez in the first round. Moya reached the semi-finals "
            "here last season. Donald Young went out in round one of the San Jose Open last week, beaten 6-2 6-2 "
            "by Robby Ginepri, who plays in the quarter-finals on Friday.")
    rows = rows_of(make_doc, text)
    assert rows["Chennai Open"][0] == "EVENT" and rows["San Jose Open"][0] == "EVENT"


@pytest.mark.parametrize("text, firm", [
    # T99: France's SAS and Spain's S.A. with dots were no legal forms, so the bare names stayed apart
    ("Parts deal\n\nBordeaux supplier Valmont Pièces SAS will be sold. Valmont Pièces employs 400 people, and "
     "Valmont Pièces shares rose.", "Valmont Pièces SAS"),
    ("Port deal\n\nTerminales Ondarroa S.A. won the tender. Terminales Ondarroa said work would start in May.",
     "Terminales Ondarroa S.A."),
])
def test_a_foreign_legal_form_with_or_without_dots_joins_the_bare_name(make_doc, firm, text):
    rows = rows_of(make_doc, text)
    assert rows[firm][0] == "ORG" and rows[firm][1] >= 2 and firm.rsplit(" ", 1)[0] not in rows


def test_a_bodys_name_the_model_cut_at_its_and_is_whole(make_doc):
    text = ("Schools funding\n\nA spokeswoman for the Department for Education and Skills said the money would "
            "be spent on teachers. The Ministry of Roads and Highways said the bridge would reopen.")
    rows = rows_of(make_doc, text)
    assert rows.get("Department for Education and Skills", ("",))[0] == "ORG" and "Skills" not in rows
    assert rows.get("Ministry of Roads and Highways", ("",))[0] == "ORG"
    text = ("Strike case\n\nThe Employment and Labour Relations Court in Kisumu will hear the case. Nurses said they "
            "would wait.")
    assert rows_of(make_doc, text).get("Employment and Labour Relations Court", ("",))[0] == "ORG"


def test_an_and_between_two_bodies_or_two_titles_joins_nothing(make_doc):
    # BBC: first forms of the rule above made "the United Bank of Africa and Standard Trust Bank" one bank
    # and "Call of Duty: Finest Hour and Hitman" one game
    text = ("Bank merger\n\nShareholders of the United Bank of Africa and Standard Trust Bank approved the deal. "
            "Tourism employs millions, according to the World Travel and Tourism Council (WTTC).")
    rows = rows_of(make_doc, text)
    assert "United Bank of Africa" in rows and "Standard Trust Bank" in rows
    assert rows.get("World Travel and Tourism Council", ("",))[0] == "ORG" and "World Travel" not in rows


def test_a_bare_directorate_or_regulator_is_the_body_named_before(make_doc):
    text = ("Rig inspected\n\nThe Norwegian Petroleum Directorate has opened an inquiry into the fire on the Heimdal "
            "rig. The Directorate said it would publish its findings by June.")
    rows = rows_of(make_doc, text)
    assert rows["Norwegian Petroleum Directorate"] == ("ORG", 2) and "Directorate" not in rows


def test_a_middle_surname_under_a_title_is_the_full_names(make_doc):
    # T99: "Mr Lau" of "Vincent Lau Chi-keung"; a Spanish first surname
    text = ("Shares slide\n\nAnalyst Vincent Lau Chi-keung expects more falls. Mr Lau said buyers were wary. "
            "Broker Rodrigo Ayala Fuentes agreed, and Mr Ayala said prices would fall.")
    rows = rows_of(make_doc, text)
    assert rows["Vincent Lau Chi-keung"] == ("PERSON", 2) and rows["Rodrigo Ayala Fuentes"] == ("PERSON", 2)
    assert "Lau" not in rows and "Ayala" not in rows


def test_a_dutch_surname_the_model_cut_to_its_last_word_keeps_its_particles(make_doc):
    text = ("Grid merger\n\nMaarten van der Brugge, the firm's chief executive, will run the group from Utrecht. Van "
            "der Brugge said the deal would close in May.")
    rows = rows_of(make_doc, text)
    assert rows.get("Maarten van der Brugge", ("", 0))[1] == 2 and "van der Brugge" not in rows


def test_what_is_shown_on_a_platform_makes_it_an_organisation(make_doc):
    # T99: GPE and NORP for the model
    text = ("Drama hit\n\nSEOUL, May 2 — The ballad \"Blue Hour\" has topped the charts, helped by its use in the "
            "Netflix series The Salt Road. The Salt Road has ranked among Netflix's most-watched shows in 40 "
            "countries, the streaming company said. Fans have shared the final scene as an Instagram reel.")
    rows = rows_of(make_doc, text)
    assert rows["Netflix"] == ("ORG", 2) and rows["Instagram"] == ("ORG", 1)


def test_a_framework_agreed_between_governments_is_a_law(make_doc):
    text = ("Border checks\n\nTraders say the Stormont Framework has cut paperwork. Under the Stormont Framework, "
            "goods move freely.")
    assert rows_of(make_doc, text)["Stormont Framework"][0] == "LAW"


def test_a_make_and_model_before_a_vehicles_noun_is_a_product_and_so_is_its_model_alone(make_doc):
    text = ("Airline order\n\nThe airline will lease six Embraer E195-E2 regional jets from next year. The E195-E2 "
            "seats up to 146 passengers.")
    assert rows_of(make_doc, text)["Embraer E195-E2"] == ("PRODUCT", 2)


def test_a_short_form_of_clipped_words_in_brackets_is_the_body(make_doc):
    text = ("Water bills\n\nThe Water Services Regulation Authority (Ofwat) will let bills rise by 8%. Ofwat said "
            "firms must cut leaks first.")
    rows = rows_of(make_doc, text)
    assert rows["Water Services Regulation Authority"] == ("ORG", 3) and "Ofwat" not in rows


def test_a_relatives_full_name_the_model_missed_is_a_person_and_her_lone_given_name_hers(make_doc):
    # T99: the model found neither "Renata Kovacs" nor a person in the lone "Renata" (ORG)
    text = ("Renata keeps the shop open\n\nRenata Kovacs opened the bakery in Pittsburgh in 1968 with her brother. "
            "Her nephew, Tomas Kovacs, now runs the till.")
    rows = rows_of(make_doc, text)
    assert rows.get("Renata Kovacs") == ("PERSON", 2) and "Renata" not in rows


def test_a_lone_given_name_the_model_called_a_nationality_joins_the_full_name(make_doc):
    text = ("At 88, Ilona still dances\n\nIlona Varga came to Toronto in 1956. Her son, Gabor Varga, runs the "
            "school now. \"She never stops,\" he says. Ilona teaches twice a week.")
    rows = rows_of(make_doc, text)
    assert rows.get("Ilona Varga", ("", 0))[0] == "PERSON" and "Ilona" not in rows


def test_a_full_name_whose_surname_the_text_writes_alone_twice_more_is_a_person():
    # T99: in a live page whose time stamps threw the model, "Rosalind Mayhew" was found nowhere
    from newsmine.extract.entities import _full_names_missed
    text = ("Adaeze Okonjo has ended her session. Okonjo told MPs fares would rise. Later Okonjo left. Real "
            "Madrid won in Madrid and Madrid again. Tuesday Okonjo spoke.")
    assert [g.name() for g in _full_names_missed(text, [])] == ["Adaeze Okonjo"]


def test_a_headline_surname_is_the_story_subject_not_the_relative_named_later(make_doc):
    # T75: the headline's "Reidy" had no row; the story names the winner first, his brother as kin
    text = ("Ferriter holds his nerve to win Kerry Open by one\n\nCathal Ferriter holed a long putt on the 18th to "
            "win on Sunday. His caddie, older brother Dara Ferriter, gave up his job to work for him.")
    rows = rows_of(make_doc, text)
    assert rows["Cathal Ferriter"] == ("PERSON", 2) and rows["Dara Ferriter"] == ("PERSON", 1)


def test_a_given_name_that_is_a_word_names_its_bearer_before_who(make_doc):
    # T63: "Dolores, who runs the bakery's books" had no row
    text = ("Bakery reopens\n\nThe shop belongs to Hope Okafor and her cousin, Dolores Okafor. Dolores, who keeps the "
            "accounts, said the loan was repaid.")
    assert rows_of(make_doc, text)["Dolores Okafor"] == ("PERSON", 2)


def test_an_agency_named_by_its_field_and_country_is_a_body(make_doc):
    # T103: "Health New Zealand" was read as New Zealand, a GPE
    text = ("Nurses strike\n\nNurses rejected Health New Zealand's offer on Monday. Health New Zealand said the "
            "offer was fair. Sport England will fund 40 clubs.")
    rows = rows_of(make_doc, text)
    assert rows["Health New Zealand"] == ("ORG", 2) and rows["Sport England"] == ("ORG", 1)
    assert "New Zealand" not in rows


def test_a_name_before_a_legal_form_is_a_firm_and_its_bare_name_joins_it(make_doc):
    # T103: "Mowi ASA, which owns ..." had no row and "Mowi said" was a person
    text = ("Salmon farms fined\n\nRegulators fined the operators in March. Mowi ASA, which owns four of the farms, "
            "said it would appeal. Mowi said the fine was unfair. Buyers include Oslo-based Nordkapp Invest AS.")
    rows = rows_of(make_doc, text)
    assert [row for name, row in rows.items() if name.startswith("Mowi")] == [("ORG", 2)]
    assert not any(name.startswith("Oslo-based") for name in rows)


def test_a_bodys_acronym_used_more_often_than_its_name_still_names_it_in_full(make_doc):
    # T103: five "INEC" and one full name gave a row called INEC (the headline's acronym counts too)
    text = ("NEMA warns of floods\n\nABUJA - The National Emergency Management Agency (NEMA) said on Monday that "
            "rivers were rising. NEMA urged families to move. NEMA officials visited Lokoja.")
    assert rows_of(make_doc, text)["National Emergency Management Agency"] == ("ORG", 5)


def test_a_surname_after_a_given_name_the_model_read_alone_joins_it(make_doc):
    # T101: "Kwame Ofori chaired the judging panel ... Ofori said" gave "Kwame" alone and no Ofori
    text = ("Prize awarded\n\nA Kampala start-up won the prize on Friday. Kwame Ofori chaired the judging panel. "
            "\"It was an easy choice,\" Ofori said.")
    rows = rows_of(make_doc, text)
    assert rows["Kwame Ofori"] == ("PERSON", 2) and "Kwame" not in rows


def test_an_occupation_before_a_full_name_of_two_words_makes_a_person_but_not_before_an_award(make_doc):
    # T101: "Actress Dawn Shepherd, a patron ..." had no row; "the best actress Oscar" stays an award
    text = ("Theatre saved\n\nA local businessman pledged the money on Monday.\n\nActress Holly Shepherd, a patron "
            "since 1998, backed the appeal.\n\n\"It trained us all,\" said Shepherd. She won the best actress Oscar "
            "in 2004.")
    rows = rows_of(make_doc, text)
    assert rows["Holly Shepherd"] == ("PERSON", 2) and rows["Oscar"][0] == "WORK_OF_ART"


def test_a_directives_short_form_in_brackets_is_the_law_too(make_doc):
    # T103: the model missed the name; the brackets' short form made the whole row an organisation
    text = ("EU delay\n\nMinisters agreed to delay the Packaging Waste Reduction Directive (PWRD) by a year. Firms "
            "say the PWRD is too costly.")
    rows = rows_of(make_doc, text)
    assert rows["Packaging Waste Reduction Directive"] == ("LAW", 3) and "PWRD" not in rows
    # ... but a department named for what it regulates stays a body, its short form too
    text = ("Spill inquiry\n\nThe Department of Mines and Environmental Regulation (DMER) opened an inquiry. DMER "
            "said the spill was contained.")
    assert rows_of(make_doc, text)["Department of Mines and Environmental Regulation"] == ("ORG", 3)


def test_a_nationality_word_that_is_spoken_is_the_language(make_doc):
    # T103: "homes where only English is spoken" was the people
    text = "School places\n\nOne in five pupils lives in a home where no English is spoken, the council said."
    assert rows_of(make_doc, text)["English"][0] == "LANGUAGE"


def test_the_bank_after_a_banks_full_name_is_that_bank(make_doc):
    # T103: "The Bank said" stood apart from the Bank of England
    text = ("Rates held\n\nThe Bank of England held rates at 4% on Thursday. The Bank said inflation would fall by "
            "the spring.")
    rows = rows_of(make_doc, text)
    assert rows["Bank of England"] == ("ORG", 2) and "Bank" not in rows


def test_a_name_after_an_adaptation_revival_or_remake_of_is_a_work(make_doc):
    # T101: "Their Yoruba adaptation of Macbeth" was a person (and then a "he" in the story)
    text = ("On stage\n\nA Welsh adaptation of Hamlet opens in Cardiff next week. A revival of Blood Brothers tours in "
            "May, and the remake of Scarface flopped.")
    rows = rows_of(make_doc, text)
    assert [rows[name][0] for name in ("Hamlet", "Blood Brothers", "Scarface")] == ["WORK_OF_ART"] * 3
    # ... not a name before a kind and a title (BBC: "a remake of Hollywood classic King Kong")
    text = "Film news\n\nThe studio confirmed a remake of Hollywood classic Casablanca on Monday."
    assert rows_of(make_doc, text)["Hollywood"][0] != "WORK_OF_ART"
    # ... nor an owner (BBC: "the film adaptation of Philip Pullman's His Dark Materials")
    text = "Film news\n\nThe BBC is making an adaptation of Hilary Mantel's novel. Mantel died in 2022."
    assert rows_of(make_doc, text)["Hilary Mantel"][0] != "WORK_OF_ART"


def test_an_owner_before_a_name_with_a_legal_form_is_no_part_of_it(make_doc):
    # a first form of the legal-form rule read "Italy's Ascensori Morandi S.p.A." as the firm's name (T95)
    text = ("Lift maker sold\n\nA German group agreed to buy Italy's Ascensori Morandi S.p.A. for 300 million euros. "
            "Morandi said the deal would close in June.")
    rows = rows_of(make_doc, text)
    assert "Ascensori Morandi S.p.A." in rows and not any(name.startswith("Italy") for name in rows if " " in name)
