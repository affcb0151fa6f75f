"""The offline gazetteer: names, kinds, demonyms, and its cache file."""
from __future__ import annotations

import math
import multiprocessing
import shutil

import pytest

from newsmine import gazetteer as gaz
from newsmine.lexicon import REGION_WORDS


def first(name):
    return gaz.lookup(name)[0]


@pytest.mark.parametrize("name, code", [("US", "US"), ("U.S.", "US"), ("UK", "GB"), ("Britain", "GB"),
                                        ("the Netherlands", "NL"), ("Russia", "RU")])
def test_country_common_names(name, code):
    c = first(name)
    assert (c.kind, c.country_code) == ("country", code)


@pytest.mark.parametrize("name, code, iso", [("Kursk region", "RU", "RU-KRS"), ("Kursk Oblast", "RU", "RU-KRS"),
                                             ("Donetsk region", "UA", "UA-14"), ("Texas", "US", "US-TX"),
                                             ("Scotland", "GB", "GB-SCT"), ("Ky.", "US", "US-KY")])
def test_regions(name, code, iso):
    c = first(name)
    assert (c.kind, c.country_code, c.admin1) == ("region", code, iso)
    assert c.lat is not None


def test_lone_name_of_town_and_region_is_the_town():
    assert (first("Kursk").kind, first("Kursk").country_code) == ("city", "RU")
    assert (first("Kyiv").kind, first("Kyiv").country_code) == ("city", "UA")
    assert first("Kiev").name == "Kyiv"  # alternate spelling
    # a city abroad bigger than the first-level region: Argentina's city, not Colombia's department
    assert (first("Córdoba").kind, first("Córdoba").country_code) == ("city", "AR")
    # not a smaller one: Australia's state, not the Victoria of Hong Kong
    assert (first("Victoria").kind, first("Victoria").country_code) == ("region", "AU")


def test_waters_continents_and_regions():
    assert (first("Black Sea").kind, first("Middle East").kind, first("Europe").kind) == ("water", "region", "continent")
    assert first("Gaza Strip").country_code == "PS"


def test_candidates_keep_same_named_places():
    codes = {c.country_code for c in gaz.lookup("Paris") if c.kind == "city"}
    assert {"FR", "US", "CA"} <= codes
    assert first("Paris").country_code == "FR"


def test_demonyms():
    assert [gaz.demonym(w) for w in ("Russian", "Ukrainian", "British", "Dutch", "Americans", "Israelis")] == \
        ["RU", "UA", "GB", "NL", "US", "IL"]
    assert gaz.demonym("European") == "@Europe"
    assert gaz.demonym("Table") is None


def test_is_known_place():
    assert gaz.is_known_place("Kursk")
    assert gaz.is_known_place("Mobile", min_population=100_000)
    assert not gaz.is_known_place("Chase", min_population=10_000)
    assert not gaz.is_known_place("Kozachya Loknya")
    assert not gaz.is_known_place("")


def test_country_names():
    assert (gaz.country_name("RU"), gaz.country_name("GB"), gaz.country_name(None)) == ("Russia", "United Kingdom", None)


def test_distance():
    assert abs(gaz.distance_km(55.75, 37.62, 50.45, 30.52) - 756) < 10


def test_corrupt_cache_is_rebuilt_and_the_build_is_announced(tmp_path, monkeypatch, capsys):
    real = gaz.cache_path()
    gaz.connection()  # make sure the real cache exists
    monkeypatch.setenv("NEWSMINE_CACHE_DIR", str(tmp_path))
    target = gaz.cache_path()
    assert target == tmp_path / real.name  # named after the package versions, in the cache dir
    target.write_bytes(b"not a database")
    built = []
    monkeypatch.setattr(gaz, "build", lambda path: (built.append(path), shutil.copyfile(real, path)))
    con = gaz.open_cache(target)
    assert built == [target]
    assert con.execute("SELECT count(*) FROM places").fetchone()[0] > 100_000
    out, err = capsys.readouterr()
    assert out == "" and err == f"newsmine: building the place gazetteer, once (about 10 s): {target}\n"
    assert gaz.open_cache(target) is not con and built == [target]  # a good cache is only opened
    assert capsys.readouterr().err == ""


def test_key_of_ascii_and_accented_names():
    assert gaz.key("The  St. Louis-Park") == gaz.key("st louis park") == "st louis park"
    assert gaz.key("Zürich") == gaz.key("ZURICH") == "zurich"
    assert gaz.key("Côte d’Ivoire") == "cote d'ivoire"


def _connection_is_new(parent_id: int) -> bool:
    con = gaz.connection()
    return id(con) != parent_id and con is gaz.connection() and \
        con.execute("SELECT count(*) FROM places").fetchone()[0] > 100_000


def test_one_connection_a_process_not_shared_across_a_fork():
    con = gaz.connection()
    assert gaz.connection() is con
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply(_connection_is_new, (id(con),))


def test_is_major_place():
    assert gaz.is_major_place("japan") and gaz.is_major_place("EUROPE") and gaz.is_major_place("london")
    assert not gaz.is_major_place("surprise") and not gaz.is_major_place("reading")
    assert not gaz.is_major_place("")


def test_is_major_place_is_false_without_a_gazetteer(monkeypatch):
    def unavailable(name):
        raise RuntimeError("cannot open the gazetteer cache")

    monkeypatch.setattr(gaz, "lookup", unavailable)
    assert gaz.is_major_place("japan") is False


def test_country_neighbours_are_their_own_field():
    spain = gaz.country("ES")
    assert {"FR", "PT"} <= set(spain.neighbours) and spain.admin1 is None
    assert first("Texas").neighbours == ()


def test_subdivision_suffixes_are_region_words():
    assert set(gaz.SUBDIVISION_SUFFIXES) <= REGION_WORDS


@pytest.mark.parametrize("name, state, lat, lon", [("Rapides Parish", "US-LA", 31.17, -92.48),
                                                   ("Laurel County", "US-KY", 37.11, -84.12),
                                                   ("Henry Co.", "US-TN", 36.33, -88.32)])
def test_us_counties_have_centres(name, state, lat, lon):
    found = [c for c in gaz.lookup(name) if c.admin1 == state]
    assert found and found[0].feature == "ADM2"
    assert gaz.distance_km(found[0].lat, found[0].lon, lat, lon) < 40


def test_abbreviations_and_extra_regions():
    assert first("W. Va").name == first("W.Va.").name == "West Virginia"
    assert (first("B.C.").name, first("B.C.").country_code) == ("British Columbia", "CA")
    assert first("EU").name == "European Union"
    assert (first("Darfur").kind, first("Darfur").country_code) == ("region", "SD")


def test_regions_abroad_count_their_share_of_the_country():
    parish = next(c for c in gaz.lookup("Hanover") if c.country_code == "JM")  # one of 14 parishes of Jamaica
    province = next(c for c in gaz.lookup("Ontario") if c.kind == "region" and c.country_code == "CA")
    assert parish.prior < province.prior
    assert parish.prior < math.log10(gaz.REGION_SIZE) + 2  # less than a region of a million people


def test_a_build_waits_for_another_process_building_the_same_cache(tmp_path, monkeypatch):
    """Export's workers (processes) start together: one builds, the others wait on the lock
    file and then open what it built."""
    import fcntl
    import threading

    real = gaz.cache_path()
    gaz.connection()
    monkeypatch.setenv("NEWSMINE_CACHE_DIR", str(tmp_path))
    target = gaz.cache_path()
    built, opened = [], []
    monkeypatch.setattr(gaz, "build", lambda path: (built.append(path), shutil.copyfile(real, path)))
    with open(tmp_path / "gazetteer.lock", "a") as held:  # another process's build in progress
        fcntl.flock(held, fcntl.LOCK_EX)
        waiting = threading.Thread(target=lambda: opened.append(gaz.open_cache(target)))
        waiting.start()
        waiting.join(0.5)
        assert waiting.is_alive() and built == []
        shutil.copyfile(real, target)  # the other build is done
        fcntl.flock(held, fcntl.LOCK_UN)
    waiting.join(10)
    assert built == [] and opened and opened[0].execute("SELECT count(*) FROM places").fetchone()[0] > 100_000


@pytest.mark.parametrize("name, lat, lon", [("Alberta", 52.28, -117.47), ("Queensland", -20.0, 145.0),
                                            ("Saskatchewan", 54.0, -106.0), ("Texas", 31.25, -99.25)])
def test_region_centres_follow_geonames(name, lat, lon):
    c = first(name)  # iso3166-2 puts Alberta's centroid 343 km from GeoNames' point
    assert c.feature == "ADM1" and gaz.distance_km(c.lat, c.lon, lat, lon) < 100


def test_nicknames_keep_their_state_word_and_codes_are_no_names():
    assert first("the Golden State").name == "California"
    assert not any(c.feature == "ADM1" for c in gaz.lookup("Golden"))  # a common word, not California
    assert not gaz.lookup("Bluegrass") and not gaz.lookup("Historic")  # Kentucky's, Melaka's nicknames
    assert "Niederösterreich" not in {c.name for c in gaz.lookup("LA")}  # Lower Austria's code
    assert first("Lower Austria").name == "Niederösterreich"


def test_an_airport_code_that_spells_a_word_names_no_city():
    assert not any(c.name in ("Seattle", "Sandusky") for c in gaz.lookup("Sea") + gaz.lookup("Sky"))  # SEA, SKY
    assert "Madrid" not in {c.name for c in gaz.lookup("Mad")}
    assert first("NYC").name == "New York City"  # a code that spells no word stays


def test_a_small_countrys_region_does_not_outrank_a_big_city_of_its_name():
    # Jamaica's parishes (one of 14, ~200,000 people each) are no match for the cities
    assert [(c.kind, c.country_code) for c in gaz.lookup("Manchester")[:1]] == [("city", "GB")]
    assert [(c.kind, c.country_code) for c in gaz.lookup("Portland")[:1]] == [("city", "US")]
    assert [(c.kind, c.country_code) for c in gaz.lookup("Victoria")[:1]] == [("region", "AU")]  # a big region keeps its rank


@pytest.mark.parametrize("name, code, lat, lon", [
    ("Heathrow", "GB", 51.47, -0.46), ("London Heathrow Airport", "GB", 51.47, -0.46),
    ("Heathrow Airport", "GB", 51.47, -0.46), ("O'Hare", "US", 41.98, -87.9),
    ("Logan International", "US", 42.36, -71.0), ("Logan Airport", "US", 42.36, -71.0),
    ("JFK Airport", "US", 40.64, -73.78), ("Dulles Airport", "US", 38.95, -77.46),
    ("Long Beach Airport", "US", 33.82, -118.15)])  # "Long Beach (Daugherty Field) Airport"
def test_airports_are_places(name, code, lat, lon):
    c = first(name)
    assert (c.kind, c.feature, c.country_code) == ("place", "AIRP", code)
    assert gaz.distance_km(c.lat, c.lon, lat, lon) < 10


@pytest.mark.parametrize("name", ["Logan", "Luton", "Midway", "Regional Airport", "Capital"])
def test_no_bare_airport_name_for_a_town_or_a_word(name):
    """"Logan" is a town in Utah (the Boston airport is "Logan International"), "Luton" a town,
    "Midway" and "Capital" common words; "Regional Airport" names no airport of its own."""
    assert all(c.feature != "AIRP" for c in gaz.lookup(name))


def test_an_airport_is_no_major_place():
    assert not gaz.is_major_place("heathrow")


@pytest.mark.parametrize("name, admin1", [("Newfoundland", "CA-NL"), ("N.Va.", "US-VA"), ("No. Va.", "US-VA"),
                                          ("SoCal", "US-CA")])
def test_short_and_sectional_region_names(name, admin1):
    """"St. John's, Newfoundland", AP's "Arlington, N.Va.": the region first, not Neiva (NVA)."""
    c = first(name)
    assert (c.kind, c.admin1) == ("region", admin1)


def test_the_white_house_is_the_building_in_washington():
    c = first("the White House")
    assert (c.kind, c.country_code) == ("place", "US")
    assert gaz.distance_km(c.lat, c.lon, 38.8977, -77.0365) < 5


# --- resolution (res) ---

@pytest.mark.parametrize("short, full", [("Mt. Pleasant", "Mount Pleasant"), ("Mt Vernon", "Mount Vernon"),
                                         ("Ft. Lauderdale", "Fort Lauderdale")])
def test_mount_and_fort_written_short_find_the_towns_of_the_full_name(short, full):
    """GeoNames keeps Mount Pleasant, Iowa under its full name only; papers write "Mt. Pleasant"."""
    assert {c.id for c in gaz.lookup(short)} == {c.id for c in gaz.lookup(full)}
    assert any(c.admin1 == "US-IA" for c in gaz.lookup("Mt. Pleasant"))


def test_saint_written_short_keeps_its_own_entries():
    """"St. Louis" is the Missouri city, not Senegal's Saint-Louis region (see `_spellings`)."""
    assert first("St. Louis").admin1 == "US-MO"


def test_kuwaits_centre_lies_in_kuwait():
    """countryinfo's point for Kuwait lies in Iraq's desert, 200 km west of Kuwait City."""
    kw = gaz.country("KW")
    assert gaz.distance_km(kw.lat, kw.lon, 29.37, 47.98) < 100


def test_an_area_code_names_its_state():
    # 952 is the Twin Cities' south-west suburbs; toll-free 800 lies in no state; Ontario's 519,
    # listed by a few Michigan ZIP codes along the border, is no US state's
    assert gaz.area_code_state("952") == "US-MN"
    assert gaz.area_code_state("800") is None
    assert gaz.area_code_state("519") is None


def test_a_section_carrying_its_towns_population_counts_none():
    """GeoNames gives "East Hampton", Virginia (a part of Hampton) Hampton's 148,000 people; the
    town of East Hampton, Connecticut comes first. Real towns of such names keep their counts."""
    assert first("East Hampton").admin1 == "US-CT"
    assert first("North Peoria").population == 0
    assert first("West Palm Beach").population > 100_000 and first("East Orange").population > 50_000


def test_post_towns_are_kept_apart_from_lookup():
    """Meadow Grove, Nebraska has a post office but under 500 people: `postal_towns` finds it,
    `lookup` (which recognition also asks) does not, and a GeoNames town's name adds no post town."""
    (town,) = gaz.postal_towns("Meadow Grove")
    assert (town.admin1, town.feature) == ("US-NE", gaz.POSTAL) and gaz.distance_km(town.lat, town.lon, 42.03, -97.73) < 10
    assert not gaz.lookup("Meadow Grove") and not gaz.postal_towns("Peoria")


@pytest.mark.parametrize("town, cc, iso", [("Horsham", "AU", "AU-VIC"), ("Toowoomba", "AU", "AU-QLD"),
                                           ("Wagga Wagga", "AU", "AU-NSW"), ("Sherbrooke", "CA", "CA-QC"),
                                           ("Corner Brook", "CA", "CA-NL"), ("Ibadan", "NG", "NG-OY"),
                                           ("Madurai", "IN", "IN-TN"), ("Rotorua", "NZ", "NZ-BOP")])
def test_towns_abroad_have_the_iso_code_of_their_region(town, cc, iso):
    # GeoNames numbers these regions ("AU.07"); the build matches each number to its ISO code
    found = [c for c in gaz.lookup(town) if c.country_code == cc and c.kind == "city"]
    assert any(gaz.iso_region(c.admin1) == iso and c.admin1 in gaz.numbered_regions(iso) for c in found)


def test_numbered_regions_are_matched_one_to_one_by_where_their_towns_lie():
    from newsmine.regions import _min_cost_assignment, numbered_to_iso
    assert _min_cost_assignment([[4, 1, 3], [2, 0, 5], [3, 2, 2]]) == [1, 0, 2]
    # the nearest point alone would give both numbers to "X-B": the towns of 02 lie between B and C
    towns = {1: ("01", 0.0, 1.0), 2: ("01", 0.0, 1.2), 3: ("02", 0.0, 1.6), 4: ("02", 0.0, 2.6)}
    cities = {k: {"countrycode": "XX", "admin1code": n, "latitude": lat, "longitude": lon}
              for k, (n, lat, lon) in towns.items()}
    regions = {"XX": {"XX-B": (0.0, 1.3), "XX-C": (0.0, 3.5), "XX-A": (0.0, -3.0)}}
    assert numbered_to_iso(cities, regions, frozenset(), gaz.distance_km) == {("XX", "01"): "XX-B",
                                                                            ("XX", "02"): "XX-C"}
    assert numbered_to_iso(cities, regions, frozenset({"XX"}), gaz.distance_km) == {}


def test_an_okina_reads_as_an_apostrophe():
    # T96: "Tonga's main port at Nukuʻalofa" (U+02BB) found no town; GeoNames writes "Nuku‘alofa"
    assert [c.country_code for c in gaz.lookup("Nukuʻalofa")][:1] == ["TO"]
