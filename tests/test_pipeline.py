"""Model choice, long texts in pieces, headline casing kept out of the reported text."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from newsmine.extract import TEXT_KEY, text_of
from newsmine.extract.entities import extract_entities, extract_mentions
from newsmine.pipeline import (DEFAULT_MODELS, PARAGRAPHS, common_words, load, model_name, parse,
                               split_text)


def test_model_name_order(monkeypatch):
    monkeypatch.delenv("NEWSMINE_MODEL", raising=False)
    assert model_name() in DEFAULT_MODELS
    monkeypatch.setenv("NEWSMINE_MODEL", "en_core_web_md")
    assert model_name() == "en_core_web_md"
    assert model_name("/models/custom") == "/models/custom"


def test_split_text_pieces_join_back_and_respect_limit():
    text = ("A line of text.\n" * 50) + "x" * 120 + " tail"
    parts = split_text(text, 100)
    assert "".join(parts) == text
    assert all(len(p) <= 100 for p in parts)
    assert parts[0].endswith("\n")


def test_long_text_in_pieces_has_whole_text_offsets(nlp):
    text = "Angela Merkel visited Paris on Monday.\n\n" * 40 + "Emmanuel Macron met her in Berlin.\n"
    whole, _ = next(parse(nlp, [(text, None)]))
    pieces, _ = next(parse(nlp, [(text, None)], piece_chars=300))
    assert pieces.text == text == text_of(pieces)  # the text parse recorded for the extractors
    assert [(e.start_char, e.end_char, e.label_) for e in pieces.ents] == \
           [(e.start_char, e.end_char, e.label_) for e in whole.ents]
    last = [m for m in extract_mentions(pieces) if m.text == "Berlin"]
    assert last and text[last[0].start:last[0].end] == "Berlin"


def test_parse_keeps_input_order_and_context(nlp):
    texts = [(f"Article number {i} about Kyiv.", i) for i in range(5)]
    assert [ctx for _, ctx in parse(nlp, texts)] == [0, 1, 2, 3, 4]


def test_headline_is_read_in_sentence_case_but_reported_as_written(make_doc):
    text = ("Russia in Talks With Ukraine on Humanitarian Corridor\n\n"
            "Authorities in Russia and Ukraine are in discussions about a humanitarian corridor.\n")
    doc = make_doc(text)
    assert doc.text == text == text_of(doc)
    names = {e.entity for e in extract_entities(doc)}
    assert "Talks" not in names and "Humanitarian Corridor" not in names
    russia = [m for m in extract_mentions(doc) if m.entity == "Russia"]
    assert russia[0].start == 0 and russia[0].text == "Russia"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
       | st.lists(st.sampled_from(["Angela Merkel", "SAID", "the", "Mr.", "Kyiv's", "“", "\n", "\n\n",
                                   "NATO", "Übersee", "İstanbul", "ß", "’s", " ", ".", "\t", "Dr. Who"]),
                  max_size=40).map(" ".join))
def test_any_text_parses_and_mentions_point_into_it(make_doc, text):
    doc = make_doc(text)
    assert doc.text == text == text_of(doc)
    for m in extract_mentions(doc):
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start:m.end] == m.text
    for e in extract_entities(doc):
        assert e.mentions >= 1 and 0 <= e.first_start < len(text)


def test_lone_surrogates_from_the_api_do_not_crash(make_doc):
    doc = make_doc("Kyiv \ud800 Moscow")
    assert doc.text == "Kyiv \ufffd Moscow"


def test_python_api_analyze_runs_the_four_extractors(nlp):
    import newsmine

    article = newsmine.analyze("Angela Merkel said on Monday that more than 1,500 people had left Berlin.")
    assert [e.entity for e in article.entities if e.label == "PERSON"] == ["Angela Merkel"]
    assert [p.place for p in article.places] == ["Berlin"]
    assert [(f.value, f.qualifier) for f in article.figures] == [(1500, "more")]
    assert [q.speaker for q in article.quotes] == ["Angela Merkel"]


def test_load_is_once_per_model(nlp, monkeypatch):
    monkeypatch.delenv("NEWSMINE_MODEL", raising=False)
    assert load() is nlp and load(model_name()) is nlp


def test_a_name_ends_at_a_sentence_end(nlp):
    """Every kind reads the parse: `entities` without it ran a name into the next sentence."""
    text = "The film was made by Warner Bros. However, the studio did not comment."
    doc, _ = next(parse(nlp, [(text, None)]))
    assert doc.has_annotation("DEP") and "Warner Bros. However" not in [e.text for e in doc.ents]
    assert doc.user_data == {TEXT_KEY: text}  # the text, read once; nothing else


def test_common_words_come_from_the_installed_model():
    words = common_words()
    assert isinstance(words, frozenset) and {"group", "resident", "corridor"} <= words
    assert "moskalkova" not in words


def test_model_products_run_on_numpy_blas_and_parse_as_spacy_does(nlp):
    """thinc's blis products are swapped for numpy's (pipeline._numpy_products): the same parses."""
    import spacy

    from tests.conftest import SEED

    plain = spacy.load(model_name())  # spaCy's own ops: blis
    assert all(not node.ops.use_blis for _, c in nlp.pipeline if hasattr(c, "model") for node in c.model.walk())
    assert plain.get_pipe("ner").model.ops.use_blis
    text = open(SEED, encoding="utf-8").read()
    with nlp.select_pipes(disable=[PARAGRAPHS]):   # the blank-line breaks are tested on their own
        ours = nlp(text)
    theirs = plain(text)
    assert [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.lemma_) for t in ours] == \
           [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.lemma_) for t in theirs]


def test_parse_holds_blas_to_one_thread(nlp):
    from threadpoolctl import threadpool_info

    seen: list[set[int]] = []

    def texts():
        seen.append({lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"})
        yield "Angela Merkel visited Paris.", None

    list(parse(nlp, texts()))
    assert seen == [{1}]


def test_a_long_run_of_punctuation_is_one_token_and_the_text_is_kept(nlp):
    """spaCy's tokenizer splits a run of marks one at a time, reading the rest again each time
    (20,000 "=" took three minutes): a run of 100 or more is one token, the text unchanged."""
    text = "Anne Martin said ==" + "=" * 300 + " the plan works.\n\n" + "_" * 150 + "\nJohn Smith visited Paris." + "." * 120
    doc, _ = next(parse(nlp, [(text, None)]))
    assert doc.text == text and text_of(doc) == text
    assert "=" * 302 in [t.text for t in doc] and "_" * 150 in [t.text for t in doc]
    assert [(e.text, e.label_) for e in doc.ents] == [("Anne Martin", "PERSON"), ("John Smith", "PERSON"),
                                                      ("Paris", "GPE")]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["Paris ", "said", " ", "\n", "=" * 120, "-.-" * 40, "_" * 99, "ok.", "“"]),
                max_size=12))
def test_any_text_with_punctuation_runs_keeps_its_offsets(nlp, parts):
    text = "".join(parts)
    doc, _ = next(parse(nlp, [(text, None)]))
    assert doc.text == text
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)


@pytest.mark.parametrize("figure", ["$640m", "5g", "12t"])
def test_a_unit_letter_after_a_number_gives_up_its_full_stop(make_doc, figure):
    doc = make_doc(f"It cost {figure}. Allianz said so. It was 9 a.m. then.")
    assert [s.text for s in doc.sents][:2] == [f"It cost {figure}.", "Allianz said so."]
    assert "a.m." in [t.text for t in doc]


def test_a_blank_line_ends_a_sentence_and_the_next_paragraph_keeps_its_first_name(nlp):
    text = ("Coach stands by young keeper\n\nArsene Wenger has promised to stand by his keeper.\n\n"
            " - Lower fuel duty for hauliers\n\nAn annual survey said growth would slow.")
    doc, _ = next(parse(nlp, [(text, None)]))
    starts = [s.text.strip() for s in doc.sents]
    assert starts == ["Coach stands by young keeper", "Arsene Wenger has promised to stand by his keeper.",
                      "- Lower fuel duty for hauliers", "An annual survey said growth would slow."]
    assert "Arsene Wenger" in [e.text for e in doc.ents]


def test_each_item_of_a_bulleted_list_starts_a_sentence(nlp):
    # run together, "- 45 new classroom blocks\n- 300 desks" was one noun phrase: 45 counted desks
    text = "The plan includes:\n\n- 45 new classroom blocks\n- 300 desks for each school\n• solar panels\n"
    doc, _ = next(parse(nlp, [(text, None)]))
    assert [s.text.strip() for s in doc.sents] == [
        "The plan includes:", "- 45 new classroom blocks", "- 300 desks for each school", "• solar panels"]


def test_a_hyphen_inside_a_line_starts_no_sentence(nlp):
    doc, _ = next(parse(nlp, [("Prices rose - and fast - in May.\nThey fell in June.", None)]))
    assert [s.text.strip() for s in doc.sents][0].startswith("Prices rose - and fast - in May.")


def test_a_marker_glued_to_the_word_after_a_line_break_is_no_bullet(nlp):
    # a hard-wrapped line may open with an emphasis star or a dash glued to its word: no list item
    for text in ("Staff said it was a\n*very* hard year for all.", "Prices rose sharply in the spring\n–and kept rising."):
        doc, _ = next(parse(nlp, [(text, None)]))
        assert len(list(doc.sents)) == 1, text
