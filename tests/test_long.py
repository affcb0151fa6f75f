"""Very long articles (issue 13): a text longer than SECTION_CHARS is analysed section by section,
with every offset still pointing into the whole text; and the rewrites that made the per-text
work linear find exactly what the code they replaced found. No timing here: bench/long.py."""
from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmine import pipeline
from newsmine.articles import Job, Options, analyse
from newsmine.kinds import KINDS
from newsmine.pipeline import sections, split_text

ARTICLE = (
    "{city} Council Approves {name} Budget Plan\n\n"
    "The council of {city} approved a budget of $4.5m on Tuesday, {name} said. "
    "About 1,200 people attended the meeting at the town hall.\n\n"
    "\u201cWe have waited for this for ten years,\u201d {name} told reporters. "
    "The mayor, {other}, said that the plan would create 300 jobs by 2026.\n\n"
    "Officials in {city} expect unemployment to fall to 4% next year, according to {other}.\n\n"
)
PEOPLE = [("Maria Lopez", "John Carter"), ("Ahmed Khan", "Sarah Miller"), ("Li Wei", "Peter Novak"),
          ("Anna Schmidt", "David Brown"), ("Olga Ivanova", "Tom Harris")]
CITIES = ["Leeds", "Bristol", "Glasgow", "Cardiff", "Belfast"]


def long_text(single_line: bool = False) -> str:
    text = "".join(ARTICLE.format(city=c, name=n, other=o) for c, (n, o) in zip(CITIES, PEOPLE))
    if single_line:
        text = " ".join(p for p in text.split("\n") if p)
    return text.rstrip("\n") + "\n"  # as newsmine reads it (`newsmine clean`)


def analysed(text: str, kinds=tuple(KINDS), **options):
    (result,) = analyse([Job("-", None, text.encode())], Options(kinds=kinds, keep_text=True, **options),
                        pipeline.load())
    return result


def check_offsets(text: str, rows: dict[str, list[dict]]) -> None:
    """Every offset column of every row points at the characters the row names."""
    for name in ("mentions", "place_mentions", "figures"):
        for row in rows.get(name, []):
            assert text[row["start"]:row["end"]] == row["text"], (name, row)
    for row in rows.get("quotes", []):
        assert text[row["start"]:row["end"]] == row["quote"], row
        if row["speaker_start"] is not None:
            assert text[row["speaker_start"]:row["speaker_end"]] == row["speaker_text"], row
        if row["cue_start"] is not None:
            assert text[row["cue_start"]:row["cue_end"]] == row["cue"], row
    for row in rows.get("entities", []):
        assert any(text.startswith(n, row["first_start"]) for n in [row["entity"], *row["aliases"]]), row


@pytest.mark.parametrize("single_line", [False, True], ids=["breaks", "line"])
def test_a_long_text_is_analysed_in_sections_with_offsets_into_the_whole_text(monkeypatch, single_line):
    text = long_text(single_line)
    monkeypatch.setattr(pipeline, "SECTION_CHARS", 600)
    bounds = sections(text)
    assert len(bounds) >= 3
    result = analysed(text)
    assert result.status == "ok" and result.text == text
    assert result.rows["documents"][0]["chars"] == len(text)
    check_offsets(text, result.rows)
    for name in ("mentions", "place_mentions", "figures", "quotes"):
        starts = [row["start"] for row in result.rows[name]]
        assert starts == sorted(starts), name
        assert starts and starts[-1] >= bounds[-1][0], f"{name}: nothing from the last section"
    # Each section gives what it gives alone, moved by its start; the tables are their concatenation,
    # but a place or entity named in several sections is one row (see below).
    expected: dict[str, list[dict]] = {name: [] for name in KINDS}
    for start, end in bounds:
        alone = analysed(text[start:end]).rows
        for name in KINDS:
            expected[name] += [{k: v + start if k in OFFSETS and v is not None else v for k, v in row.items()}
                               for row in alone[name]]
    per_section = ("places", "entities")
    assert {name: result.rows[name] for name in KINDS if name not in per_section} == \
        {name: rows for name, rows in expected.items() if name not in per_section}
    for name in per_section:
        assert sum(r["mentions"] for r in result.rows[name]) == sum(r["mentions"] for r in expected[name])
        assert len(result.rows[name]) <= len(expected[name])


def test_a_place_or_entity_named_in_several_sections_is_one_row(monkeypatch):
    text = "Officials in Paris, France, met Maria Lopez on Monday. Maria Lopez said the talks went well.\n\n" * 30
    monkeypatch.setattr(pipeline, "SECTION_CHARS", 600)
    assert len(sections(text)) >= 4
    rows = analysed(text).rows
    paris = [r for r in rows["places"] if r["place"] == "Paris"]
    assert len(paris) == 1 and paris[0]["mentions"] == 30 == sum(m["place"] == "Paris" for m in rows["place_mentions"])
    lopez = [r for r in rows["entities"] if r["entity"] == "Maria Lopez"]
    assert len(lopez) == 1 and lopez[0]["mentions"] == 60 and lopez[0]["first_start"] == text.index("Maria Lopez")
    ids = [(r["entity_id"], r["label"]) for r in rows["entities"]]
    assert len(ids) == len(set(ids))  # (a place read differently in two sections stays two rows)


OFFSETS = ("start", "end", "first_start", "speaker_start", "speaker_end", "cue_start", "cue_end")


def test_a_text_up_to_the_section_size_is_one_doc():
    text = long_text()
    assert sections(text, len(text)) == [(0, len(text))]
    assert sections("", 10) == [(0, 0)]


def test_sections_cut_at_paragraphs_then_lines_then_sentences_then_spaces():
    para = "A first paragraph here.\n\nA second one follows.\n\nAnd a third."
    cuts = [text_end for _, text_end in sections(para, 30)[:-1]]
    assert all(para[c - 2:c] == "\n\n" for c in cuts)
    line = "One sentence is here. Another sentence is there. A third"
    first, *_ = sections(line, 40)
    assert line[:first[1]] == "One sentence is here. "
    words = "word " * 30
    assert all(words[e - 1] == " " for _, e in sections(words, 23)[:-1])
    assert sections("x" * 25, 10) == [(0, 10), (10, 20), (20, 25)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .!?\n\"", max_size=300), st.integers(min_value=4, max_value=60))
def test_sections_cover_the_text_in_order_within_the_limit(text, limit):
    bounds = sections(text, limit)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    assert all(0 < e - s <= limit for s, e in bounds[:-1]) and bounds[-1][1] - bounds[-1][0] <= limit


def _split_text_before(text: str, limit: int) -> list[str]:
    """split_text as it was: correct, but `text = text[cut:]` copies the rest at every cut."""
    parts = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        if cut <= 0:
            cut = text.rfind(" ", 0, limit)
        cut = limit if cut <= 0 else cut + 1
        parts.append(text[:cut])
        text = text[cut:]
    parts.append(text)
    return parts


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n", max_size=200), st.integers(min_value=1, max_value=40))
def test_split_text_cuts_where_it_did(text, limit):
    assert split_text(text, limit) == _split_text_before(text, limit)


# ---------------------------------------------------------------- extractors: same results, linear time

@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ABÉab.- ", min_size=2, max_size=5).filter(lambda n: n[:1].isupper()),
                min_size=1, max_size=6, unique=True),
       st.text(alphabet="AaBbÉé .-_\n'", max_size=80))
def test_names_are_found_where_the_alternation_regex_finds_them(names, text):
    from newsmine.extract.entities import _occurrences

    wanted = sorted(names, key=len, reverse=True)
    regex = re.compile(r"(?<![\w.\-])(?:" + "|".join(map(re.escape, wanted)) + r")(?![\w\-])")
    assert list(_occurrences(text, wanted)) == [m.span() for m in regex.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab. \n", max_size=40), st.data())
def test_sentence_around_is_what_the_scans_found(text, data):
    from newsmine.extract.figures import _sentence_around

    pos = data.draw(st.integers(min_value=0, max_value=len(text)))
    left = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
    right = min([i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0] or [len(text)])
    assert _sentence_around(text, pos) == text[left + 1:right]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)), max_size=8),
       st.integers(0, 45), st.integers(0, 10))
def test_intervals_overlap_as_a_scan_says(spans, start, width):
    from newsmine.extract.figures import _Intervals

    spans = [(s, s + w) for s, w in spans]
    end = start + width
    assert _Intervals(spans).overlaps(start, end) == any(s < end and start < e for s, e in spans)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from("abcdef"),
                       st.tuples(st.lists(st.sampled_from(["US", "GB", "FR"])),
                                 st.lists(st.sampled_from(["US-TX", "US-CA"])),
                                 st.sets(st.sampled_from([(1.0, 2.0), (3.5, 4.0), (5.0, 6.0)]))),
                       max_size=5))
def test_place_votes_of_the_others_are_those_summed_one_by_one(raw):
    from newsmine.extract.places import _votes_but

    votes = {k: (Counter(cs), Counter(ss), set(ps)) for k, (cs, ss, ps) in raw.items()}
    for own in votes:
        countries, states, points = Counter(), Counter(), set()
        for other, (cs, ss, ps) in votes.items():
            if other != own:
                countries.update(cs)
                states.update(ss)
                points |= ps
        assert _votes_but(votes, own) == (countries, states, points)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1 :\n\t\"\u201c", max_size=60))
def test_colon_lines_match_at_line_starts_as_before(text):
    from newsmine.extract.quotes import _COLON_LINE

    # the spaces before the colon stay out of the name since 4d8dd87 ("WALLACE : Let me ask")
    before = re.compile(r"[ \t\"\u201c]*([^\W\d][^:\n]{0,40}?)[ \t]*:[ \t]+(\S[^\n]*)")
    at_line_start = lambda m: not m.start() or text[m.start() - 1] == "\n"  # noqa: E731
    assert [m.span(1) + m.span(2) for m in _COLON_LINE.finditer(text) if at_line_start(m)] == \
        [m.span(1) + m.span(2) for m in before.finditer(text) if at_line_start(m)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="Ab .\t\u00a0\"", max_size=30), max_size=4))
def test_body_casing_reads_sentence_openings_as_before(lines):
    from collections import defaultdict

    from newsmine.casing import _SENTENCE_OPENERS, _body_casing
    from newsmine.lexicon import WORD

    seen, opening = defaultdict(Counter), defaultdict(Counter)
    for line in lines:
        for m in WORD.finditer(line):
            target = opening if line[:m.start()].rstrip()[-1:] in _SENTENCE_OPENERS else seen
            target[m.group().lower()][m.group()] += 1
    assert _body_casing(lines) == (seen, opening)


# ---------------------------------------------------------------- figures: a line ends the sentence

def test_a_figure_sentence_stops_at_a_line_break(make_doc):
    from newsmine.extract.figures import extract_figures

    doc = make_doc("Minimum wage set for pay rise\nMaternity pay for new mothers is to rise to \u00a3100 a week "
                   "from April, the government said.\n")
    (figure,) = [f for f in extract_figures(doc) if f.text == "\u00a3100"]
    assert figure.sentence.startswith("Maternity pay for new mothers")
    assert "\n" not in figure.sentence and "pay rise" not in figure.sentence


def test_a_long_texts_rows_are_held_compact_and_written_as_dicts(monkeypatch, tmp_path):
    """A 16 MB article's rows as dicts took ~300 MB: they are kept as tuples and read as dicts,
    by the writers and by export's checkpoint alike."""
    import json

    from newsmine.articles import Result, Rows
    from newsmine.export import Checkpoint, run_export

    monkeypatch.setattr(pipeline, "SECTION_CHARS", 600)
    text = long_text()
    result = analysed(text)
    mentions = result.rows["mentions"]
    assert isinstance(mentions, Rows) and len(mentions) > 10
    assert mentions == list(mentions) and mentions[0] == list(mentions)[0] and mentions[-2:] == list(mentions)[-2:]
    assert all(isinstance(row, dict) for row in mentions) and list(mentions)[0]["text"] == mentions[0]["text"]

    checkpoint = Checkpoint(tmp_path / "checkpoint.jsonl", resume=False)
    checkpoint.add(Result("long.txt", "k", "ok", result.rows))
    checkpoint.close()
    assert Checkpoint(tmp_path / "checkpoint.jsonl", resume=True)["k"].rows == result.rows

    article = tmp_path / "long.txt"
    article.write_text(text)
    run_export([str(article)], tmp_path / "out", options=Options(kinds=tuple(KINDS)), fmt="jsonl")
    written = [json.loads(line) for line in (tmp_path / "out" / "mentions.jsonl").read_text().splitlines()]
    assert [{**row, "doc": "-"} for row in written] == list(mentions)
