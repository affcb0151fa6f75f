"""`newsmine top`: exact counts over a hand-made export folder, the same answer over articles,
the output contract, usage errors, and the HTML chart in a real browser."""
from __future__ import annotations

import json
import re
import struct

import pytest

from newsmine.top import Query, join_surnames, top
from tests.conftest import NEWS, headless_chromium, png_distinct_bytes, write_tables

DOCUMENTS = """doc,title,chars,words,status,error,date,source,url,author
a.txt,A,100,20,ok,,2024-01-15,BBC,,
b.txt,B,100,20,ok,,2024-01-20T23:30:00-05:00,Guardian,,
c.txt,C,100,20,ok,,2024-02-03,BBC,,
d.txt,,,,failed,failed: binary file,,,,
e.txt,E,100,20,ok,,,,,
"""
ENTITIES = """doc,entity,label,mentions,first_start,aliases,entity_id
a.txt,Tony Blair,PERSON,3,0,Blair; Mr Blair,person:tony-blair
a.txt,European Commission,ORG,1,10,,org:european-commission
a.txt,Kyiv,GPE,2,20,,gpe:kyiv
b.txt,Tony Blair,PERSON,1,0,,person:tony-blair
b.txt,Kyiv,GPE,1,5,,gpe:kyiv
c.txt,Blair,PERSON,2,0,,person:blair
c.txt,Gordon Brown,PERSON,1,9,,person:gordon-brown
d.txt,Tony Blair,PERSON,9,0,,person:tony-blair
e.txt,Kyiv,GPE,1,0,,gpe:kyiv
e.txt,'=cmd,ORG,1,5,'-x; y,org:cmd
"""
QUOTES = """doc,start,end,quote,type,speaker,speaker_text,speaker_start,speaker_end,cue,cue_start,cue_end,speaker_id
a.txt,0,5,Hi,direct,Tony Blair,he,1,2,said,3,4,person:tony-blair
a.txt,6,9,Yes,direct,Tony Blair,Blair,1,2,said,3,4,person:tony-blair
b.txt,0,5,No,direct,Tony Blair,Tony Blair,1,2,said,3,4,person:tony-blair
c.txt,0,5,Ok,direct,Blair,Blair,1,2,said,3,4,person:blair
c.txt,6,9,Hm,direct,Gordon Brown,Brown,1,2,said,3,4,person:gordon-brown
e.txt,0,5,that it rained,indirect,the minister,the minister,1,2,said,3,4,
e.txt,6,9,that it snowed,indirect,,he,1,2,said,3,4,
"""
PLACES = """doc,place,kind,country_code,country,lat,lon,mentions,aliases
a.txt,Kyiv,city,UA,Ukraine,50.45,30.52,2,
a.txt,Paris,city,FR,France,48.85,2.35,1,
b.txt,Kyiv,city,UA,Ukraine,50.45,30.52,1,
b.txt,Lviv,city,UA,Ukraine,49.84,24.03,3,
c.txt,Paris,city,US,United States,33.66,-95.56,1,
"""
FIGURES = """doc,start,end,text,value,value_max,qualifier,unit,object,kind,sentence
a.txt,0,5,$5bn,5000000000,,exact,USD,,money,x
a.txt,6,9,5%,5,,exact,%,,percent,x
b.txt,0,5,$1m,1000000,,exact,USD,,money,x
b.txt,6,9,3 km,3,,exact,km,,quantity,x
c.txt,0,5,3,3,,exact,,,count,x
"""


@pytest.fixture
def folder(tmp_path):
    return write_tables(tmp_path / "tables", {"documents.csv": DOCUMENTS, "entities.csv": ENTITIES,
                                              "quotes.csv": QUOTES, "places.csv": PLACES, "figures.csv": FIGURES})


def tsv(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines()]


def test_speakers_by_entity_id_with_the_surname_joined(run_cli, folder):
    result = run_cli("top", "speakers", str(folder))
    assert result.exit_code == 0 and result.stderr == ""
    # Tony Blair: a (2 quotes, 3 mentions), b (1, 1), c as "Blair" (1, 2); 4 articles ok (d failed)
    assert tsv(result.stdout) == [
        ["speaker", "documents", "mentions", "quotes", "share"],
        ["Tony Blair", "3", "6", "4", "0.75"],
        ["Gordon Brown", "1", "1", "1", "0.25"],
        ["the minister", "1", "", "1", "0.25"],   # names no entity: no mentions to count
    ]


def test_speakers_by_month_with_the_undated_last(run_cli, folder):
    result = run_cli("top", "speakers", str(folder), "--by", "month", "-f", "csv")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "month,speaker,documents,mentions,quotes,share",
        "2024-01,Tony Blair,2,4,3,1",     # b.txt is 2024-01-21 04:30 UTC: still January
        "2024-02,Tony Blair,1,2,1,1",
        "2024-02,Gordon Brown,1,1,1,1",
        ",the minister,1,,1,1",
    ]
    assert result.stderr == "newsmine: top: 1 of 4 articles have no date (counted under an empty month)\n"
    weeks = run_cli("top", "speakers", str(folder), "--by", "week", "--no-header").stdout
    assert [row[:2] for row in tsv(weeks)] == [["2024-W03", "Tony Blair"], ["2024-W05", "Tony Blair"],
                                               ["2024-W05", "Gordon Brown"], ["", "the minister"]]
    years = run_cli("top", "speakers", str(folder), "--by", "year", "--no-header", "-n", "1").stdout
    assert tsv(years) == [["2024", "Tony Blair", "3", "6", "4", "1"], ["", "the minister", "1", "", "1", "1"]]


def test_people_by_source_since_until_and_limit(run_cli, folder):
    result = run_cli("top", "people", str(folder), "--by", "source", "-n", "1", "--no-header")
    assert tsv(result.stdout) == [["BBC", "Tony Blair", "1", "3", "0.5"], ["Guardian", "Tony Blair", "1", "1", "1"]]
    result = run_cli("top", "people", str(folder), "--since", "2024-01-16", "--until", "2024-02-03", "-f", "json")
    assert json.loads(result.stdout) == [
        {"entity": "Blair", "documents": 1, "mentions": 2, "share": 0.5},
        {"entity": "Gordon Brown", "documents": 1, "mentions": 1, "share": 0.5},
        {"entity": "Tony Blair", "documents": 1, "mentions": 1, "share": 0.5}]
    assert "left out by --since/--until" in result.stderr
    result = run_cli("top", "people", str(folder), "--until", "2024-01-15", "-f", "jsonl")
    assert [json.loads(line)["entity"] for line in result.stdout.splitlines()] == ["Tony Blair"]


def test_entities_with_labels_and_the_csv_guard(run_cli, folder):
    result = run_cli("top", "entities", str(folder), "--label", "GPE,ORG", "-f", "csv")
    assert result.stdout.splitlines() == [
        "entity,label,documents,mentions,share",
        "Kyiv,GPE,3,4,0.75",
        "'=cmd,ORG,1,1,0.25",            # read back as =cmd, guarded again on the way out
        "European Commission,ORG,1,1,0.25",
    ]
    result = run_cli("top", "entities", str(folder), "--label", "ORG", "-f", "json")
    assert json.loads(result.stdout)[0] == {"entity": "=cmd", "label": "ORG", "documents": 1, "mentions": 1,
                                            "share": 0.25}


def test_places_countries_and_units(run_cli, folder):
    places = tsv(run_cli("top", "places", str(folder), "--no-header").stdout)
    assert places == [["Kyiv", "2", "3", "0.5"], ["Lviv", "1", "3", "0.25"], ["Paris (FR)", "1", "1", "0.25"],
                      ["Paris (US)", "1", "1", "0.25"]]
    countries = tsv(run_cli("top", "countries", str(folder), "--no-header").stdout)
    assert countries == [["Ukraine", "2", "6", "0.5"], ["France", "1", "1", "0.25"],
                         ["United States", "1", "1", "0.25"]]
    units = tsv(run_cli("top", "figures-units", str(folder)).stdout)
    assert units == [["unit", "documents", "mentions", "share"], ["USD", "2", "2", "0.5"], ["%", "1", "1", "0.25"],
                     ["km", "1", "1", "0.25"]]


def test_speaker_gender_when_the_quotes_have_it(run_cli, folder, tmp_path):
    lines = QUOTES.splitlines()
    gendered = [lines[0] + ",speaker_gender"] + [line + (",male" if "Blair" in line or "Brown" in line else ",")
                                                 for line in lines[1:]]
    write_tables(folder, {"quotes.csv": "\n".join(gendered) + "\n"})
    result = run_cli("top", "speakers", str(folder), "--by", "speaker_gender", "-f", "csv")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "speaker_gender,speaker,documents,mentions,quotes,share",
        "male,Tony Blair,3,6,4,0.75", "male,Gordon Brown,1,1,1,0.25", ",the minister,1,,1,0.25"]


@pytest.mark.parametrize("args, message", [
    (["speakers", "--label", "PERSON"], "--label filters top entities"),
    (["people", "--by", "speaker_gender"], "groups speakers only"),
    (["people", "--since", "March"], "not an ISO date"),
    (["entities", "--label", "NOPE"], "unknown NOPE"),
    (["colours"], "Invalid value for 'KIND'"),
])
def test_usage_errors(run_cli, folder, args, message):
    result = run_cli("top", args[0], str(folder), *args[1:])
    assert result.exit_code == 2 and message in result.stderr and result.stdout == ""


def test_a_missing_table_is_a_usage_error(run_cli, folder):
    (folder / "quotes.csv").unlink()
    result = run_cli("top", "speakers", str(folder))
    assert result.exit_code == 2 and result.stderr == ("newsmine: no quotes table: export it too "
                                                       "(newsmine export ... --only quotes)\n")


def test_no_rows_is_a_header_and_exit_0(run_cli, folder, tmp_path):
    assert run_cli("top", "speakers", str(folder), "--since", "2030-01-01").stdout == \
        "speaker\tdocuments\tmentions\tquotes\tshare\n"
    write_tables(folder, {"figures.csv": FIGURES.splitlines()[0] + "\n"})
    result = run_cli("top", "figures-units", str(folder), "--by", "month", "-f", "json")
    assert result.exit_code == 0 and result.stdout == "[]\n"
    page = tmp_path / "empty.html"
    assert run_cli("top", "figures-units", str(folder), "--by", "month", "--html", str(page)).exit_code == 0
    assert "No unit found." in page.read_text(encoding="utf-8")


def test_an_answer_is_a_dataframe_too(folder):
    from newsmine.tables import read_tables

    answer = top(read_tables(folder), Query("speakers", limit=2))
    assert answer["speaker"].tolist() == ["Tony Blair", "Gordon Brown"]
    assert str(answer["quotes"].dtype) == "Int64" and answer["share"].tolist() == [0.75, 0.25]


def test_surnames_join_only_one_full_name():
    import pandas as pd

    display = pd.DataFrame({"key": ["person:tony-blair", "person:cherie-blair", "person:blair", "person:brown",
                                    "person:gordon-brown", "text:brown", "gpe:washington", "person:george-washington"],
                            "item": ["Tony Blair", "Cherie Blair", "Blair", "Brown", "Gordon Brown", "Brown",
                                     "Washington", "George Washington"]})
    assert join_surnames(display) == {"person:brown": "person:gordon-brown", "text:brown": "person:gordon-brown"}


def test_over_articles_as_over_their_export(run_cli, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(NEWS, encoding="utf-8")
    (corpus / "b.txt").write_text("\u201cWe will talk again,\u201d Angela Merkel said on Tuesday.\n", encoding="utf-8")
    (corpus / "photo.jpg").write_bytes(b"\xff\xd8")
    direct = run_cli("top", "speakers", str(corpus))
    assert direct.exit_code == 0 and "skipped" in direct.stderr
    assert tsv(direct.stdout)[1][:2] == ["Angela Merkel", "2"]
    assert run_cli("export", str(corpus), "--out", str(tmp_path / "t"), "--jobs", "1").exit_code == 0
    assert run_cli("top", "speakers", str(tmp_path / "t")).stdout == direct.stdout
    missing = run_cli("top", "people", str(tmp_path / "nope.txt"))
    assert missing.exit_code == 2 and missing.stdout == ""


# ---------------------------------------------------------------- the chart in a browser

HOSTILE = "<script>document.title='pwned'</script>"


@pytest.fixture
def chart(run_cli, folder, tmp_path):
    write_tables(folder, {"quotes.csv": QUOTES.replace("the minister", HOSTILE.replace("'", ""))})
    page = tmp_path / "top.html"
    result = run_cli("top", "speakers", str(folder), "--by", "month", "--html", str(page))
    assert result.exit_code == 0 and result.stdout == ""
    return page


def test_chart_is_self_contained(chart):
    page = chart.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in page
    for outside in ("<script", "<link", "src=", "url(", "@import", "http://", "https://"):
        assert outside not in page
    assert "&lt;script&gt;document.title=pwned&lt;/script&gt;" in page


def test_chart_in_the_browser(chart, tmp_path):
    dom = headless_chromium(tmp_path, chart, "--dump-dom")
    assert "<title>newsmine top speakers by month</title>" in dom and "<script" not in dom
    rows = re.findall(r'<td class="item">([^<]*)</td><td class="bar"><span class="fill" style="width:([\d.]+)%">'
                      r'</span><span class="value">(\d+)</span>', dom)
    assert rows == [("Tony Blair", "85.0", "4"), ("Gordon Brown", "21.2", "1"),
                    ("&lt;script&gt;document.title=pwned&lt;/script&gt;", "21.2", "1")]
    assert dom.count("<figure") == 3 and dom.count("<rect") == 6      # 3 speakers x 2 months
    assert "<title>2024-01: 3</title>" in dom and "<title>2024-02: 1</title>" in dom
    png = tmp_path / "chart.png"
    headless_chromium(tmp_path, chart, f"--screenshot={png}", "--window-size=1000,800")
    data = png.read_bytes()
    assert struct.unpack(">II", data[16:24]) == (1000, 800)
    assert len(png_distinct_bytes(data)) > 50


def test_chart_per_group_and_unwritable(run_cli, folder, tmp_path):
    page = tmp_path / "by_source.html"
    assert run_cli("top", "people", str(folder), "--by", "source", "--html", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert [h for h in re.findall(r"<h2>([^<]*)</h2>", html)] == ["BBC", "Guardian"]
    result = run_cli("top", "people", str(folder), "--html", str(tmp_path / "no" / "such" / "dir.html"))
    assert result.exit_code == 2 and "cannot write the chart" in result.stderr
