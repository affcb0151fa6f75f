"""Entities: grouping, canonical names, label correction by the article's evidence.

Correction tests set the model's guesses by hand (`doc.ents`) so that they test newsmine's
reading, not the model's mood; the seed tests run the model as the CLI does.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from newsmine.extract.entities import clean_span, extract_entities, extract_mentions, mentions_of

NUMERIC = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}


@pytest.fixture(scope="module")
def guessed(make_doc):
    """A parsed Doc whose entities are the given (text, label) guesses, every occurrence."""
    def make(text: str, guesses: list[tuple[str, str]], *, occurrence: dict | None = None):
        doc = make_doc(text, kinds=("entities",))
        spans = []
        for name, label in guesses:
            start = text.find(name)
            for _ in range((occurrence or {}).get(name, 0)):
                start = text.find(name, start + 1)
            spans.append(doc.char_span(start, start + len(name), label=label))
        doc.ents = sorted(spans, key=lambda s: s.start)
        return doc
    return make


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


def test_surname_shared_by_two_people_joins_neither(guessed):
    text = "Hillary Clinton and Bill Clinton arrived. Clinton spoke first."
    doc = guessed(text, [("Hillary Clinton", "PERSON"), ("Bill Clinton", "PERSON"), ("Clinton", "PERSON")],
                  occurrence={"Clinton": 2})
    assert [(e.entity, e.mentions) for e in extract_entities(doc)] == \
        [("Hillary Clinton", 1), ("Bill Clinton", 1), ("Clinton", 1)]


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
    assert [e.entity for e in extract_entities(doc, labels={"GPE"})] == ["Paris"]
    assert [m.text for m in extract_mentions(doc, labels={"PERSON"})] == ["Angela Merkel"]
    assert doc.user_data == {}
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
    doc = make_doc(text, kinds=("entities",))
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


# --- issue 14: well-known names read from their use --------------------------------------------------

def test_platform_used_as_one_is_an_organisation(guessed):
    text = "The mayor posted on Twitter. Her Twitter account grew. A YouTube video followed."
    doc = guessed(text, [("Twitter", "PERSON"), ("YouTube", "WORK_OF_ART")])
    names = by_name(doc)
    assert (names["Twitter"].label, names["YouTube"].label) == ("ORG", "ORG")
