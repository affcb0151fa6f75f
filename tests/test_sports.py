"""Sports copy read once (extract/sports.py) for the entity and the places tables."""
from newsmine.extract.entities import extract_mentions
from newsmine.extract.sports import in_lineup, is_sports_copy, lineups

REPORT = ("Aberdeen 2 Celtic 1\n\nAberdeen beat Celtic 2-1 at Pittodrie on Saturday to go top of the league.\n\n"
          "Aberdeen: Lewis, Logan, Taylor, Considine, Shinnie, Jack, Flood (Pawlett 75), Hayes, Rooney, "
          "Stockley (Scotland 80).\nCeltic: Gordon, Lustig, Boyata, Tierney, Brown, Bitton, Roberts, Dembele.")


def test_a_side_before_a_colon_heads_a_lineup_of_players(guessed):
    doc = guessed(REPORT, [("Logan", "GPE"), ("Bitton", "ORG"), ("Scotland", "GPE"), ("Dembele", "WORK_OF_ART")])
    labels = {m.text: m.label for m in extract_mentions(doc)}
    assert [labels[n] for n in ("Logan", "Bitton", "Dembele", "Pawlett")] == ["PERSON"] * 4
    assert labels["Scotland"] == "PERSON"  # a substitute with his minute, though a country's name


def test_a_ground_after_the_score_is_a_facility(guessed):
    doc = guessed(REPORT, [("Pittodrie", "PERSON")])
    assert {m.text: m.label for m in extract_mentions(doc)}["Pittodrie"] == "FAC"


def test_a_list_of_countries_is_no_lineup_of_players():
    text = "SOCCER - DRAW\nSeeded: France, Germany, Italy, Spain, Brazil.\nRoma: Totti, Nela, Conti, Bruno, Pruzzo."
    (_, _, seeded), (_, _, roma) = lineups(text)
    assert seeded == () and len(roma) == 5
    assert in_lineup(text, text.index("Nela")) and not in_lineup(text, text.index("DRAW"))
