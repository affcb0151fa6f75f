"""Headline and ALL-CAPS lines are re-cased for the model, keeping the text's length."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from newsmine.casing import sentence_case_headlines as recase
from newsmine.extract.entities import extract_entities

BODY = ("Authorities in Russia and Ukraine discussed a humanitarian corridor for civilians in Kursk.\n"
        "Japan beat China, and the coach said the win was lucky.\n")


def test_title_case_headline_uses_the_body_casing():
    text = "Russia in Talks With Ukraine on Humanitarian Corridor for Kursk Residents\n\n" + BODY
    assert recase(text).split("\n")[0] == \
        "Russia in talks with Ukraine on humanitarian corridor for Kursk residents"


def test_all_caps_line_is_recased():
    text = "SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT\n\n" + BODY
    assert recase(text).split("\n")[0] == "Soccer - Japan get lucky win, China in surprise defeat"


def test_possessive_and_irish_names_in_capitals():
    text = "TENNIS - FRIDAY 'S WIN FOR O'BRIEN IN KURSK\n\n" + BODY
    assert recase(text).split("\n")[0] == "Tennis - friday 's win for O'Brien in Kursk"


def test_body_text_is_left_alone():
    assert recase(BODY) is BODY
    assert recase("") == ""


def test_headline_entities_are_found_and_offsets_kept(make_doc):
    text = "SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT\n\n" + BODY
    doc = make_doc(text)
    assert doc.text == text
    first = {e.entity: e.first_start for e in extract_entities(doc)}
    assert first["Japan"] == text.index("JAPAN")
    assert first["China"] == text.index("CHINA")
    assert not {"SOCCER", "LUCKY WIN", "SURPRISE DEFEAT"} & set(first)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200) | st.lists(st.sampled_from(
    ["RUSSIA", "IN", "TALKS", "With", "Ukraine", "\n", "\n\n", "O'BRIEN", "'S", "ß", "İ", "ﬁ", " - ", "."]),
    max_size=30).map(" ".join))
def test_length_is_always_kept(text):
    out = recase(text)
    assert len(out) == len(text)


def test_table_rows_are_not_headlines():
    text = "BALTIMORE 70 63 .526 4\nNEW YORK 74 59 .556 -\n" + BODY
    assert recase(text) is text
