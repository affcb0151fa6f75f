"""Figures in an article: every number with its value, qualifier, unit and the thing it counts.

Candidates come from our own patterns over the text (digits, number words, fractions, vague
plurals like "dozens", with currency symbols, scales and units around them); the model's
entities and parse then decide what is *not* a figure (dates, years, times of day, numbers in
names, street numbers, phone numbers, scores, ages after a name) and what a figure counts.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from types import MappingProxyType

from ..lexicon import SEASONS
from ..wordnet import common_words
from . import text_of
from .numbers import CORE, ORDINALS, SCALES, SHORT_SCALES, SMALL, VAGUE, finite, parse_core
from .sports import match_sheet_numbers


@dataclass
class Figure:
    start: int
    end: int
    text: str
    value: int | float
    value_max: int | float | None
    qualifier: str      # exact, approx, more, less, range
    unit: str | None    # ISO currency code, percent, percentage points, or a unit of measure
    object: str | None  # the counted noun ("civilians")
    kind: str           # count, money, percent, quantity, duration, ordinal
    sentence: str
    change: str | None = None  # up / down: the figure is (or ends) a change ("rose 5%", "a cut of $3bn")


@dataclass
class _Cand:
    start: int          # whole figure: currency, sign, number, scale, unit
    end: int
    num_start: int      # the number itself
    num_end: int
    value: Decimal
    core: str           # which CORE group matched (digits, words, vague, ...)
    scaled: bool = False
    factor: Decimal = Decimal(1)
    unit: str | None = None
    kind: str = "count"
    currency_explicit: bool = False
    qualifier: str = "exact"
    value_max: Decimal | None = None


# --- units -------------------------------------------------------------------------------

_CURRENCY_PREFIX = [  # (pattern before the number, ISO code); longest first
    (r"US\s?\$|U\.S\.\s?\$|\$\s?US|USD", "USD"), (r"A\$|AU\$|\$A|AUD", "AUD"), (r"C\$|CA\$|CAD", "CAD"),
    (r"HK\s?\$|\$HK|HKD", "HKD"), (r"NZ\$|NZD", "NZD"), (r"S\$|SGD", "SGD"), (r"NT\$|TWD", "TWD"),
    (r"R\$|BRL", "BRL"), (r"MX\$|MXN", "MXN"), (r"\$", "USD"), (r"£|GBP", "GBP"),
    (r"€|EUR", "EUR"), (r"¥|JPY", "JPY"), (r"CNY|RMB", "CNY"), (r"₽|RUB", "RUB"),
    (r"₴|UAH", "UAH"), (r"₹|INR|Rs\.?", "INR"), (r"₩|KRW", "KRW"), (r"₪|ILS|NIS", "ILS"),
    (r"₺|TRY", "TRY"), (r"CHF", "CHF"), (r"RM", "MYR"), (r"ZAR", "ZAR"), (r"SEK", "SEK"),
    (r"NOK", "NOK"), (r"DKK", "DKK"), (r"PLN", "PLN"), (r"₦|NGN", "NGN"), (r"KShs?|Kshs?|KES", "KES"),
    (r"UShs?|UGX", "UGX"), (r"TShs?|TZS", "TZS"), (r"GH[¢₵]|GHS", "GHS"), (r"৳|Tk\.?|BDT", "BDT"),
]
# Letters Nigerian, South African and Kenyan copy sets right before an amount: "N250 million" (naira),
# "R45 million" (rand), "Sh45 million" (shillings; Uganda's or Tanzania's when the article names
# the country). Money only before a scale or a thousands comma: "N95 masks", "the R5 road" are codes.
_LETTER_PREFIX = re.compile(r"(?<![\w$])(?P<p>N|R|Shs?)[ \u00a0]?$")
_LETTER_CURRENCY = {"N": "NGN", "R": "ZAR", "Sh": "KES", "Shs": "KES"}
_SHILLING_COUNTRIES = {"UGX": re.compile(r"\bUgand"), "TZS": re.compile(r"\bTanzan")}
_LETTER_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|[\d.]+(?=[ \u00a0-]?(?:bn|m|mn|trn|tn|billion|"
                            r"million|trillion|thousand)(?![A-Za-z]))")
# "PS21,700", "Y=28,030": how £ and ¥ come out of ASCII transliteration in wire copy (attached only)
_TRANSLIT_PREFIX = {"PS": "GBP", "Y=": "JPY"}
_PREFIX_RE = re.compile(r"(?<![A-Za-z$])(?:" + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_CURRENCY_PREFIX))
                        + r")[ \u00a0]?$")

_NATIONAL = {"australian": "AUD", "canadian": "CAD", "hong kong": "HKD", "new zealand": "NZD",
             "singapore": "SGD", "taiwan": "TWD", "taiwanese": "TWD", "us": "USD", "u.s.": "USD",
             "american": "USD", "zimbabwean": "ZWL", "jamaican": "JMD", "danish": "DKK", "swedish": "SEK",
             "norwegian": "NOK", "icelandic": "ISK", "czech": "CZK", "swiss": "CHF", "mexican": "MXN",
             "argentine": "ARS", "philippine": "PHP", "chilean": "CLP", "colombian": "COP", "kenyan": "KES",
             "ugandan": "UGX", "tanzanian": "TZS", "somali": "SOS", "indian": "INR", "pakistani": "PKR",
             "sri lankan": "LKR", "nepali": "NPR", "nepalese": "NPR"}
_CURRENCY_WORDS = {  # word after the number -> ISO code (None: needs a national adjective)
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "sterling": "GBP", "pounds sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "hryvnia": "UAH",
    "hryvnias": "UAH", "hryvnas": "UAH", "shekel": "ILS", "shekels": "ILS", "rupee": None,
    "rupees": None, "franc": None, "francs": None, "crown": None, "crowns": None, "krone": None,
    "kroner": None, "kronor": "SEK", "krona": None, "koruna": "CZK", "ringgit": "MYR", "rand": "ZAR",
    "lira": "TRY", "liras": "TRY", "peso": None, "pesos": None, "naira": "NGN", "baht": "THB",
    "rupiah": "IDR", "taka": "BDT", "cedi": "GHS", "cedis": "GHS", "dirham": "AED", "dirhams": "AED",
    "riyal": "SAR", "riyals": "SAR",
    "zloty": "PLN", "zlotys": "PLN", "forint": "HUF", "tenge": "KZT", "bitcoin": "BTC", "bitcoins": "BTC",
    "dinar": None, "dinars": None, "shilling": None, "shillings": None, "reais": "BRL",
    "won": "KRW",   # "won" after a scale word only (`_a_verb_won`)
    "cents": "cents", "cent": "cents", "pence": "pence", "usd": "USD", "eur": "EUR", "gbp": "GBP",
    "jpy": "JPY", "rub": "RUB", "uah": "UAH", "cny": "CNY", "chf": "CHF", "inr": "INR",
}
_DEFAULT_NATIONAL = {"franc": "CHF", "francs": "CHF", "peso": "MXN", "pesos": "MXN", "shilling": "KES",
                     "shillings": "KES", "rupee": "INR", "rupees": "INR"}
# Currencies one word names for several countries, and how an article names each country: the one
# the article names settles the word ("Danish brewer Carlsberg ... 36bn kroner" is DKK, "rice
# jumped to 58 pesos" in a story from Manila PHP); with none or several named, `_DEFAULT_NATIONAL`.
_PESOS = ("MXN", "PHP", "ARS", "CLP", "COP")
_SHILLINGS = ("KES", "UGX", "TZS", "SOS")
_RUPEES = ("INR", "PKR", "LKR", "NPR")
_SHARED_NAMES = {"krone": ("DKK", "NOK"), "kroner": ("DKK", "NOK"), "krona": ("SEK", "ISK"),
                 "crown": ("CZK", "SEK", "DKK", "NOK"), "crowns": ("CZK", "SEK", "DKK", "NOK"),
                 "peso": _PESOS, "pesos": _PESOS, "shilling": _SHILLINGS, "shillings": _SHILLINGS,
                 "rupee": _RUPEES, "rupees": _RUPEES}
# ... by its national adjective (`_NATIONAL`), its name or its capital's
_COUNTRY_NAMES = {"DKK": ("Denmark", "Copenhagen"), "NOK": ("Norway", "Oslo"), "SEK": ("Sweden", "Stockholm"),
                  "ISK": ("Iceland", "Reykjavik"), "CZK": ("Czechia", "Prague"), "MXN": ("Mexico",),
                  "PHP": ("Philippines", "Manila", "Filipino"), "ARS": ("Argentina", "Buenos Aires"),
                  "CLP": ("Chile", "Santiago"), "COP": ("Colombia", "Bogotá", "Bogota"), "KES": ("Kenya", "Nairobi"),
                  "UGX": ("Uganda", "Kampala"), "TZS": ("Tanzania", "Dar es Salaam", "Dodoma"),
                  "SOS": ("Somalia", "Mogadishu"), "INR": ("India", "New Delhi", "Mumbai"),
                  "PKR": ("Pakistan", "Islamabad", "Karachi", "Lahore"), "LKR": ("Sri Lanka", "Sri Lankan", "Colombo"),
                  "NPR": ("Nepal", "Kathmandu")}
_COUNTRY_OF = {code: re.compile(r"\b(?:%s)\b" % "|".join(   # a capitals dateline too: "COPENHAGEN —"
    [adjective.capitalize() for adjective, c in _NATIONAL.items() if c == code] + list(names)
    + [name.upper() for name in names]))
    for code, names in _COUNTRY_NAMES.items()}
_CURRENCY_SUFFIX_SYMBOLS = {"€": "EUR", "£": "GBP", "$": "USD", "₽": "RUB", "₴": "UAH", "¥": "JPY", "₹": "INR"}

_TIME_UNITS = {"years": "year years yr yrs", "months": "month months", "weeks": "week weeks",
               "days": "day days", "hours": "hour hours hr hrs", "minutes": "minute minutes min mins",
               "seconds": "second seconds sec secs", "decades": "decade decades",
               "centuries": "century centuries"}
_MEASURES = {  # canonical unit -> surface forms (case-insensitive words)
    "percentage points": "percentage points|percentage point|pct points|pct point",
    "basis points": "basis points|basis point|bps",
    "percent": "percent|per cent|per-cent|pct|pc",
    "mph": "miles per hour|miles an hour|mph", "km/h": "kilometres per hour|kilometers per hour|km/h|km/hr|kph|kmh",
    "mpg": "miles per gallon|mpg", "sq km": "square kilometres|square kilometers|sq km|km2|km²",
    "sq m": "square metres|square meters|sq m|sqm|m2|m²", "sq miles": "square miles|square mile",
    "sq ft": "square feet|square foot|sq ft|sqft", "cubic feet": "cubic feet|cubic foot",
    "cubic metres": "cubic metres|cubic meters", "km": "kilometres|kilometers|kilometre|kilometer|km|kms",
    "cm": "centimetres|centimeters|centimetre|centimeter|cm", "mm": "millimetres|millimeters|millimetre|millimeter|mm",
    "μm": "micrometres|micrometers|micrometre|micrometer|microns|micron|μm|µm",
    "nm": "nanometres|nanometers|nanometre|nanometer|nm", "m": "metres|meters|metre|meter",
    "miles": "miles|mile", "feet": "feet|foot|ft", "inches": "inches|inch", "yards": "yards|yard|yds|yd",
    "hectares": "hectares|hectare|ha", "acres": "acres|acre", "litres": "litres|liters|litre|liter",
    "ml": "millilitres|milliliters|millilitre|milliliter|ml", "gallons": "gallons|gallon",
    "barrels": "barrels|barrel|bbl", "bushels": "bushels|bushel", "quintals": "quintals|quintal",
    "tonnes": "metric tons|tonnes|tonne|tons|ton",
    "kg": "kilograms|kilogram|kilos|kilo|kgs|kg", "mg": "milligrams|milligram|mg", "g": "grams|gram|grammes",
    "lb": "lbs|lb", "oz": "ounces|ounce|oz", "knots": "knots|knot",
    "kWh": "kilowatt hours|kilowatt-hours|kilowatt hour|kwh", "MWh": "megawatt hours|megawatt-hours|mwh",
    "GWh": "gigawatt hours|gigawatt-hours|gwh", "TWh": "terawatt hours|terawatt-hours|twh",
    "kW": "kilowatts|kilowatt|kw", "MW": "megawatts|megawatt|mw", "GW": "gigawatts|gigawatt|gw",
    "W": "watts|watt", "hp": "horsepower|bhp|hp", "V": "volts|volt", "mAh": "mah",
    "°C": "degrees celsius|degrees centigrade|degree celsius|celsius|degrees c|°c|ºc",
    "°F": "degrees fahrenheit|degree fahrenheit|fahrenheit|degrees f|°f|ºf", "degrees": "degrees|degree",
    "GB": "gigabytes|gigabyte|gb", "MB": "megabytes|megabyte|mb", "TB": "terabytes|terabyte|tb",
    "KB": "kilobytes|kilobyte|kb", "PB": "petabytes|petabyte|pb",
    "Gbps": "gbps", "Mbps": "mbps", "GHz": "ghz", "MHz": "mhz", "kHz": "khz", "Hz": "hertz|hz",
    "dB": "decibels|decibel|db", "ppm": "ppm", "ppb": "ppb", "GPa": "gigapascals|gigapascal|gpa",
    "calories": "calories|calorie|kcal", "Nm": "newton metres|newton meters|nm", "lb-ft": "lb-ft|pound-feet",
    "points": "points|point|pts", "rpm": "rpm",
}
_SYMBOL_UNITS = {"%": "percent", "m": "m", "W": "W", "L": "litres", "l": "litres", "g": "g", "t": "tonnes",
                 "°": "degrees", "″": "inches", "\"": "inches", "PS": "hp", "p": "pence",
                 "h": "hours", "C": "°C", "F": "°F"}
_SYMBOL_NEEDS_ATTACHED = {"m", "L", "l", "g", "t", "p", "h", "\"", "C", "F"}  # "37m", not "37 m"

_PERCENT_UNITS = ("percent", "percentage points", "basis points")
_PERCENT_WORDS = frozenset({"%", "percent", "per", "cent", "pc", "percentage", "point", "points", "basis"})


def _named_country_currency(word: str, text: str) -> str | None:
    """The one currency of those `word` may name whose country the article names, or None."""
    named = [code for code in _SHARED_NAMES.get(word, ()) if _COUNTRY_OF[code].search(text)]
    return named[0] if len(named) == 1 else None


def _unit_forms() -> dict[str, str]:
    """Surface form (lower case) -> canonical unit, for the measures and the units of time."""
    forms: dict[str, str] = {}
    for unit, spellings in _MEASURES.items():
        for form in spellings.split("|"):
            forms[form] = unit
    for unit, spellings in _TIME_UNITS.items():
        for form in spellings.split():
            forms[form] = unit
    forms["nm"] = "nm"  # lower-case nm is nanometres; "Nm" (newton metres) is matched case-sensitively
    return forms


_UNIT_FORMS = MappingProxyType(_unit_forms())  # read-only: built once, at import
_WORD_UNIT_RE = re.compile(r"(?:[ \u00a0]?-[ \u00a0]?|[ \u00a0]?)(?P<u>" + "|".join(
    re.escape(f) for f in sorted(_UNIT_FORMS, key=len, reverse=True)) + r")(?![A-Za-z0-9²])", re.IGNORECASE)
_NM_RE = re.compile(r"[ \u00a0]?(?P<u>Nm)(?![A-Za-z])")
_SYMBOL_RE = re.compile(r"(?P<sp>[ \u00a0]?)(?P<u>" + "|".join(
    re.escape(s) for s in sorted(_SYMBOL_UNITS, key=len, reverse=True)) + r")(?![A-Za-z0-9])")
_CURRENCY_WORD_RE = re.compile(
    r"[ \u00a0-]?(?:(?P<nat>" + "|".join(re.escape(n) for n in sorted(_NATIONAL, key=len, reverse=True))
    + r")[ \u00a0])?(?P<w>" + "|".join(re.escape(w) for w in sorted(_CURRENCY_WORDS, key=len, reverse=True))
    + r")(?![A-Za-z])", re.IGNORECASE)
_ISO_SUFFIX_RE = re.compile(r"[ \u00a0]?(?P<w>USD|EUR|GBP|JPY|CNY|RUB|UAH|CHF|INR|AUD|CAD|HKD|ILS|SEK|NOK|DKK|PLN)(?![A-Za-z])")
_SYMBOL_SUFFIX_RE = re.compile(r"[ \u00a0]?(?P<s>[€£₽₴¥₹])")
_SCALE_RE = re.compile(r"(?P<short>[ \u00a0]?(?:bn|bln|mn|mln|tn|trn|[mMkKbB]))(?![A-Za-z])"
                       r"|(?P<long>(?:[ \u00a0-]+(?:hundred|thousand|lakhs?|million|crores?|billion|trillion)\b)+)",
                       re.IGNORECASE)
_AGE_RE = re.compile(r"(?:[ \u00a0]?-[ \u00a0]?|[ \u00a0])old\b|-olds?\b", re.IGNORECASE)
_WEIGHT_CONTEXT = re.compile(r"\b(?:weigh\w*|weight\w*|heav(?:y|ier)|lighter|lbs?)\b|pounds?\)? of (?!tax)",
                             re.IGNORECASE)
# Pounds given as the conversion of a metric weight: "42 kg (92 pounds)"
_WEIGHT_CONVERTED = re.compile(r"\b(?:kg|kilos?|kilogram(?:me)?s?|tonnes?|grams?)\s*\(\s*(?:about\s+|some\s+)?$", re.I)

# --- what is not a figure ----------------------------------------------------------------

_MONTHS = ("jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|"
           "september|oct|october|nov|november|dec|december")
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?,?[ \u00a0](?:\d{{1,2}}(?:st|nd|rd|th)?[ \u00a0]*(?:and|or|to|-|–|,)[ \u00a0]*)?$",
                           re.IGNORECASE)
# also after a list of days: "on 14, 20 and 27 April" (each day a date)
_MONTH_AFTER = re.compile(rf"^(?:(?:st|nd|rd|th)?(?:,[ \u00a0]*|[ \u00a0]+(?:and|or|to|&)[ \u00a0]+)\d{{1,2}}){{0,5}}"
                          rf"(?:st|nd|rd|th)?[ \u00a0]+(?:of[ \u00a0]+)?(?:{_MONTHS})\b", re.IGNORECASE)
_TIME_AFTER = re.compile(r"^[ \u00a0]?(?:[ap]\.?m\b\.?|o['’]?clock\b|GMT\b|BST\b|[ECMP][SD]T\b|UTC\b|hrs\b|h\d\d)", re.IGNORECASE)
_STREET = ("Street|St|Road|Rd|Avenue|Ave|Way|Lane|Ln|Boulevard|Blvd|Drive|Dr|Place|Pl|Court|Ct|Square|Terrace|"
           "Crescent|Close|Highway|Hwy|Parkway|Pkwy|Row|Plaza|Mews|Wharf|Quay|Strasse|Straße|Rue|"
           "Calle|Via")
_STREET_AFTER = re.compile(rf"^(?:[-–]\d+[A-Za-z]?)?(?:[ \u00a0]+(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))){{0,3}}[ \u00a0]+(?:{_STREET})\b")
_STREET_BEFORE = re.compile(r"\b(?:Rue|Via|Calle|Avenida|Unit|Suite|Apt|Apartment|Flat|Room|Gate|Platform|Route|Highway|Interstate|No|Nos|Number)\.?[ \u00a0]$")
# Each pattern below opens with a look-ahead at its first character, so the engine skips the
# letters of the text at once instead of trying the look-behind everywhere (15x faster, same spans).
_PHONE = re.compile(r"(?=[\d(+])(?:(?<![\d.,])(?:\+\d{1,3}[ .\u00a0-]?)?(?:\(\d{2,5}\)[ .\u00a0-]?)?"
                    r"\d{2,5}(?:[ .\u00a0-]\d{2,5}){2,}"
                    r"(?!\d|,\d)"   # a comma may end the sentence's clause: "call 0800 721 316, which runs 24/7"
                    r"|(?<![\d.,])\(\d{2,5}\)[ \u00a0]?\d{3,4}[ -]\d{3,4}(?!\d)"
                    r"|(?<![\d.,])0\d{2,4}[ \u00a0]\d{6,8}(?![\d,])"  # a British "01234 567890": area code, line
                    r"|(?<![\d.,])\d{4}-\d{2}-\d{2}(?!\d)|(?<![\d.,/])\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?![\d/])"
                    r"|(?<![\d.])\d{1,2}:\d{2}(?::\d{2})?(?!\d))")
_NAME_WORD_BEFORE = re.compile(
    r"\b(?:category|level|grade|phase|stage|round|page|chapter|section|article|episode|season|tier|class|type|"
    r"size|number|act|verse|exit|route|platform|gate|terminal|channel|model|version|generation|series|track|"
    r"game|division|district|ward|precinct|unit|lane|floor|bus|flight|week|day|year|amendment|resolution|rule|volume|vol\.?|"
    r"part|book|issue|pier|block|sector|zone|bay|row|seat|team|squad|shirt)[ \u00a0]$",
    re.IGNORECASE)
_DATE_WORDS = re.compile(rf"\b(?:{_MONTHS}|mon|tue|wed|thu|fri|sat|sun)\w*|\b(?:ago|today|yesterday|tomorrow|"
                         r"year|years|month|week|weekend|day|days|night|morning|evening|afternoon|century|season|"
                         r"spring|summer|autumn|fall|winter|quarter|decade|'s|s)\b|\d{4}|[:/]", re.IGNORECASE)
# The model's labels of names a number can be part of ("Galaxy Note 20"); lexicon.NAME_LABELS
# without LANGUAGE, kept here so that the figures found stay exactly those of before.
_NAME_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT", "GPE", "LOC", "NORP"})
_ORDINAL_DIGITS = re.compile(r"(?<![\w.,])(\d{1,4})(st|nd|rd|th)\b", re.IGNORECASE)
_ORDINAL_WORDS = re.compile(r"\b(" + "|".join(ORDINALS) + r")\b", re.IGNORECASE)
_SUPERLATIVE = r"(?:largest|biggest|highest|lowest|best|worst|busiest|richest|oldest|most|least|fastest|longest)"
_ORDINAL_FOLLOW = re.compile(rf"^[ \u00a0-]+(?:consecutive|straight|successive|place|anniversary|birthday"
                             rf"|{_SUPERLATIVE}|top[ \u00a0-]+(?:\d{{1,3}}|three|five|ten|twenty|forty)\b)\b",
                             re.IGNORECASE)
_TOP_RANKS = re.compile(r"[ \u00a0-]+top[ \u00a0-]+\w+[ \u00a0-]+([a-z]+)\b", re.IGNORECASE)
_ORDINAL_FOLLOW_DIGITS = re.compile(rf"^[ \u00a0-]+(?:time|times)\b", re.IGNORECASE)
_ORDINAL_RANK = re.compile(r"\b(?:finished|finishing|placed|ranked|ranks|ranking|came|comes|is|was|at|in)[ \u00a0]+(?:the[ \u00a0]+)?$", re.IGNORECASE)
_DEFAULT_STOP = re.compile(r"^[ \u00a0]*(?:[,.;:!?)\]]|$)")
# A running tally: an owner (`_OWNER_BEFORE`, or an owner's pronoun), then a tenth or later one of a
# thing ("his 40th goal of the season", "the chain's 120th store"); an ordinal before a capital is a
# name's ("its 22nd Amendment")
_OWNING_PRONOUN_BEFORE = re.compile(r"\b(?:his|her|its|their)[ \u00a0]+$", re.IGNORECASE)
_LOWER_WORD_AFTER = re.compile(r"^[ \u00a0]+[a-z]+\b")

# --- qualifiers --------------------------------------------------------------------------

_QUALIFIERS = [
    ("less", "fewer than|less than|no more than|not more than|at most|up to|as many as|as much as|as high as|"
             "as few as|as little as|a maximum of|maximum of|just under|under|below|lower than|sub-|<|≤"),
    ("more", "more than|over than|greater than|higher than|at least|upwards of|in excess of|well over|well above|"
             "just over|over|above|exceeding|a minimum of|minimum of|north of|>|≥"),
    ("approx", "about|around|nearly|almost|roughly|approximately|approx\\.?|an estimated|estimated|some|"
               "close to|closer to|circa|c\\.|~|≈|just about"),
]
# (also opening a quote: 'said "roughly 4.2 million accounts"')
_QUALIFIER_RE = re.compile(r"(?:^|(?<=[\s(\"“‘']))(?P<q>" + "|".join(f"(?P<{k}>{v})" for k, v in _QUALIFIERS)
                           + r")[ \u00a0]*$", re.IGNORECASE)
_QUALIFIER_AFTER = re.compile(r"^(?:(?P<more>\+|[ \u00a0]or (?:more|above|higher)\b|-plus\b)|(?P<approx>[ \u00a0]or so\b|-odd\b)"
                              r"|(?P<less>[ \u00a0]or (?:less|fewer|under|below)\b))", re.IGNORECASE)
_RANGE_GAP = re.compile(r"[ \u00a0]*(?:-|–|—|to-?|or)[ \u00a0]*", re.IGNORECASE)
_CONVERSION_GAP = re.compile(r"[ \u00a0]*(?:\(|/|\bor)[ \u00a0]*")
_CHANGE_LEMMAS = {"rise", "fall", "drop", "climb", "jump", "increase", "decrease", "grow", "slow", "cut", "raise",
                  "lower", "reduce", "surge", "soar", "plunge", "slide", "slip", "decline", "shrink",
                  "swell", "expand", "boost", "lift", "slash", "tumble", "sink", "rebound", "creep", "dip",
                  "revise", "change", "widen", "narrow", "fell", "rose", "double", "halve", "ease", "shift"}
_TIME_NOUNS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute",
               "minutes", "second", "seconds", "decade", "decades", "century", "centuries", "time", "times"}


def extract_figures(doc) -> list[Figure]:
    """Every figure in the Doc, in text order, with `doc.text[start:end] == text`."""
    text = text_of(doc)
    if not text:
        return []
    blocked = _blocked_spans(text)
    blocking = _Intervals(blocked)
    cands = [c for c in _candidates(text) if not blocking.overlaps(c.num_start, c.num_end)]
    tokens = _TokenIndex(doc, len(text), text)
    for cand in cands:
        _unit_from_parse(cand, text, tokens)
    _millions_in_company(cands, text, tokens)
    _share_units(cands, text)
    cands = [c for c in cands if _keep(c, text, tokens)]
    cands = [c for c in _merge_ranges(cands, text, tokens) if c.unit is not None or not _is_score_in_context(c, text)]
    cands += _ordinals(text, tokens, cands, blocked)
    figures: list[Figure] = []
    numbers = []  # the number's last token, per figure (for the objects an ellipsis leaves out)
    for cand in sorted(cands, key=lambda c: c.start):
        figure = _to_figure(cand, text, tokens)
        if figure is None:
            continue
        if figures and figure.qualifier == "exact" and figures[-1].qualifier in ("approx", "more", "less") \
                and _CONVERSION_GAP.fullmatch(text[figures[-1].end:figure.start]):
            figure.qualifier = figures[-1].qualifier
        figures.append(figure)
        numbers.append((tokens.at(cand.num_start, cand.num_end) or [None])[-1])
    _share_objects(figures, numbers, text)
    _share_objects_of_shares(figures, numbers, text)
    _share_with_conversions(figures, text)
    _share_change_size(figures, numbers)
    _share_elided_units(figures, numbers, text)
    return figures


def _share_with_conversions(figures: list[Figure], text: str) -> None:
    """"a $50,000 (£40,200) reward", "profits rose to $1.13bn (£600m)": a sum and its conversion in
    brackets are the same money, so the one whose object or change the parse gives lends it to the
    other ("fell 36% to 2.9bn euros (£1.99bn)": both `down`); so are a measure and its conversion
    ("18 kilograms (40 pounds) of fentanyl")."""
    for one, other in zip(figures, figures[1:]):
        if not _CONVERSION_GAP.fullmatch(text[one.end:other.start]):
            continue
        money = one.kind == other.kind == "money"
        if (money or one.kind == other.kind == "quantity" and one.unit != other.unit) \
                and bool(one.object) != bool(other.object):
            one.object = other.object = one.object or other.object
        if money and bool(one.change) != bool(other.change):
            one.change = other.change = one.change or other.change


_UNIT_PREPS = ("by", "to", "from", "at")
_PREP_BEFORE = re.compile(r"\b(\w+)[ \u00a0]+$")


def _share_elided_units(figures: list[Figure], numbers: list, text: str) -> None:
    """"The FTSE rose by 2 percent while the Dow fell by 1", "grew by 3 inches and his brother by
    2": a bare number after the same preposition as the measure before it in the sentence has its unit."""
    for k in range(1, len(figures)):
        prev, fig = figures[k - 1], figures[k]
        if fig.unit or fig.object or fig.kind != "count" or prev.kind not in ("percent", "quantity"):
            continue
        if numbers[k] is None or numbers[k - 1] is None or numbers[k].sent != numbers[k - 1].sent:
            continue
        here = _PREP_BEFORE.search(text[max(0, fig.start - 12):fig.start])
        there = _PREP_BEFORE.search(text[max(0, prev.start - 12):prev.start])
        near = prev.value / 10 <= fig.value <= prev.value * 10  # "by 20% and its workforce by 200,000": no
        if near and here and there and here.group(1).lower() == there.group(1).lower() in _UNIT_PREPS:
            fig.unit, fig.kind = prev.unit, prev.kind


# How a bare number stands in a clause when its noun is left out because the figure before gave
# it: "65 flights on Thursday, 180 on Friday", "Amicus has 1.2m members and the TGWU has 800,000",
# "140,000 people were killed and five million left homeless", "up from 3,200", "up by 2,400"
# (the size of a change in a count is a number of the same things).
_ELLIPSIS_DEPS = ("nsubj", "nsubjpass", "dobj", "conj", "npadvmod", "appos", "attr")
_ELLIPSIS_PREPS = ("to", "from", "with", "than", "including", "excluding", "by")
# Labels of names that hold a number ("Euro 2024", "Boeing 747"): such a number counts nothing
_NAMES_WITH_NUMBERS = ("EVENT", "ORG", "PRODUCT", "WORK_OF_ART", "LAW", "FAC")
# Nouns for the difference between two counts, whose "of" phrase gives it in the counts' own things:
# "won with 20,645 votes to 14,738, a majority of 5,907" (votes), "a lead of 300", "a shortfall of 2,000".
_DIFFERENCE_NOUNS = ("majority", "margin", "lead", "gap", "deficit", "shortfall", "difference", "surplus")
# Nouns that measure a move in a ranking: the level the move ends at is a rank, not a count of them.
_RANK_NOUNS = ("place", "places", "spot", "spots", "position", "positions", "rank", "ranks", "notch", "notches")


def _share_objects(figures: list[Figure], numbers: list, text: str) -> None:
    """A bare count takes the object of the count just before it in the same sentence, when the
    parse leaves it standing alone in a clause (its noun elided), never across another count. A
    rank between counts nothing and breaks no link ("4,200 strikes, while Ohio came second with 1,900")."""
    _share_object_of_the_whole(figures, text)
    _share_objects_of_owners(figures, numbers, text)
    # a sum or a measure between two counts breaks no link ("436 properties over £1m sold, compared
    # to 469"): only a count does
    counts = [k for k, f in enumerate(figures) if f.kind == "count" and not f.unit]
    amounts = [(f.start, f.end) for f in figures if f.kind not in ("count", "ordinal") or f.unit]
    for j, k in zip(counts, counts[1:]):
        prev, fig, token = figures[j], figures[k], numbers[k]
        if fig.unit or fig.kind != "count" or prev.unit or not prev.object or token is None:
            continue
        if fig.object and not (_adjective_object(fig, token, ("VBN",)) and not _adjective_object(prev, numbers[j])):
            continue  # "1,500 flights were cancelled and another 3,000 delayed": the participle's noun is before
        if fig.qualifier == "more" and not any(ch.isdigit() for ch in fig.text) and not _more_of_the_same(token):
            continue  # "cost users thousands": a bare vague plural is often money, not the noun before
        before = numbers[j]
        if re.search(r"\ban?[ \u00a0]+$", text[max(0, fig.start - 4):fig.start], re.IGNORECASE):
            continue  # "a 3m fine": a number after "a" modifies the noun that follows
        alone = _stands_alone(token) or _verb_read_as_modifier(token, token.head, fig.unit, fig.value)
        if before is None or not alone or (before.sent != token.sent and not _pronoun_back(before, token, text)):
            continue
        if any(_is_count_word(t) and prev.end <= t.idx < fig.start and not any(a <= t.idx < b for a, b in amounts)
               and t.ent_type_ not in _NAMES_WITH_NUMBERS for t in token.doc[before.i + 1:token.i]):
            continue  # "two children Emily, 16, and Pelham, 14": a number between (an age) breaks the link;
            # not one in a name ("arrested 30 fans at a Euro 2024 match. Ten of them")
        if prev.object.lower() in _RANK_NOUNS or not _same_magnitude(prev, fig) \
                or 1 < prev.value < fig.value and _part_of_a_pronoun(token):
            continue  # "rising nine places to 15": 15 is a rank, not 15 places; "40 fans in six towns.
            # Ten of them": a part is no bigger than its whole (`_share_the_whole_of_a_part`; "one
            # GameBoy ... six of them" names a kind)
        if _sum_of_unlike_counts(figures[:k], fig, text) or _shared_out(before, token, fig, text):
            continue
        fig.object = prev.object
    _share_the_whole_of_a_part(figures, numbers, text)
    _share_objects_up_from(figures, text)
    _share_suspended_hyphen(figures, text)
    _share_the_from_noun(figures, text)
    _share_objects_forward(figures, numbers, text)
    _differences_left_alone(figures, numbers)


def _share_the_whole_of_a_part(figures: list[Figure], numbers: list, text: str) -> None:
    """"1.2 million people were affected across eight regions, and 318,000 of them ...": a part "of
    them" counts what the nearest count before it that can hold it counts, past a smaller one."""
    for k, fig in enumerate(figures):
        token = numbers[k]
        if fig.object or fig.unit or fig.kind != "count" or token is None or not _part_of_a_pronoun(token):
            continue
        whole = next((f for f, t in zip(reversed(figures[:k]), reversed(numbers[:k]))
                      if f.kind == "count" and not f.unit and f.object and f.value >= fig.value and t is not None
                      and (t.sent == token.sent or _pronoun_back(t, token, text))), None)
        if whole is not None:
            fig.object = whole.object


def _differences_left_alone(figures: list[Figure], numbers: list) -> None:
    """"held the seat with a majority of 3,212": a bare count after a difference's "of" that no
    count before it lends its noun (`_share_objects`) counts the difference itself."""
    for fig, token in zip(figures, numbers):
        if fig.object or fig.unit or fig.kind != "count" or token is None or token.dep_ != "pobj":
            continue
        prep = token.head
        if prep.lower_ == "of" and prep.head.i == prep.i - 1 and prep.head.lemma_.lower() in _DIFFERENCE_NOUNS:
            fig.object = prep.head.text


_SUSPENDED_HYPHEN = re.compile(r"-[ \u00a0]+(?:and|or)[ \u00a0]+", re.IGNORECASE)


def _share_suspended_hyphen(figures: list[Figure], text: str) -> None:
    """"two- and three-bedroom flats": a number whose hyphen hangs before "and"/"or" is one of the
    same compound as the number after it, so it counts the same noun (not the flats)."""
    for fig, nxt in zip(figures, figures[1:]):
        if nxt.object and not fig.unit and fig.kind == "count" \
                and _SUSPENDED_HYPHEN.fullmatch(text, fig.end, nxt.start):
            fig.object = nxt.object


_FROM_BEFORE = re.compile(r"\bfrom[ \u00a0]+$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"(?:[ \u00a0]+[^\s,;.]+){0,3}?[ \u00a0]+to[ \u00a0]+", re.IGNORECASE)


def _share_the_from_noun(figures: list[Figure], text: str) -> None:
    """"Enrolment rose from 3,000 pupils to 4,500", "sales rose from 300 cars in May to 450": the bare
    end of a change counts the noun written with its start, not the clause's subject (which the
    level reading gave it)."""
    for prev, fig in zip(figures, figures[1:]):
        if fig.unit or prev.unit or fig.kind != "count" or not prev.object or fig.object == prev.object \
                or prev.sentence != fig.sentence or not _noun_right_after(prev, text):
            continue
        if _FROM_BEFORE.search(text, max(0, prev.start - 8), prev.start) \
                and _TO_BETWEEN.fullmatch(text, prev.end + len(prev.object) + 1, fig.start) and _same_magnitude(prev, fig):
            fig.object = prev.object


_UP_FROM = re.compile(r"\b(?:up|down)[ \u00a0]+from[ \u00a0]+(?:just[ \u00a0]+|only[ \u00a0]+)?$", re.IGNORECASE)
# A share set beside the one before as the same measure elsewhere or earlier: "25 percent of top
# executives ..., compared with 32 percent in government", "36% of users, up from 7% in 2003".
_COMPARED_WITH = re.compile(r"(?:\b(?:up|down)[ \u00a0]+from|\bcompared[ \u00a0]+(?:with|to)|\bagainst|\bversus)"
                            r"[ \u00a0]+(?:(?:just|only|about|around|some|nearly|almost)[ \u00a0]+)?$", re.IGNORECASE)


def _share_objects_up_from(figures: list[Figure], text: str) -> None:
    """"1.2 million electric cars on us roads, up from 400000 two years ago": the count after "up
    from"/"down from" is an earlier level of the count before it, whatever the parser hangs it on
    (here the "two years" after it), so it counts the same noun. So is a percentage after "up
    from", "compared with", "against" or "versus" the same share of what the one before is "of"."""
    for k, fig in enumerate(figures[1:], 1):
        if fig.object:
            continue
        prev = figures[k - 1]
        if fig.kind == prev.kind == "count" and not fig.unit and not prev.unit and prev.object \
                and prev.sentence == fig.sentence and _UP_FROM.search(text, max(0, fig.start - 20), fig.start) \
                and _same_magnitude(prev, fig):
            fig.object = prev.object
        share = next((f for f in reversed(figures[:k]) if f.kind == "percent"), None) if fig.kind == "percent" else None
        if share is not None and share.object and share.sentence == fig.sentence \
                and _COMPARED_WITH.search(text, max(0, fig.start - 24), fig.start) \
                and re.match(r"[ \u00a0]+of\b", text[share.end:share.end + 4]):
            fig.object = share.object   # a count between ("over 50") breaks no link


_EACH = re.compile(r"[ \u00a0]+(?:each|apiece)\b", re.IGNORECASE)
def _shared_out(before, token, fig: Figure, text: str) -> bool:
    """"The 12 jurors were paid 40 each": a count followed by "each" or "apiece" in the clause whose
    subject the count before it counts is what each of them gets, not more of them ("sold 300 cars in
    May and 200 each in June and July" still counts cars: the cars are no subject)."""
    if not _EACH.match(text, fig.end):
        return False
    noun = before.head
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") \
        and noun.head in token.ancestors


_IN_ALL = re.compile(r"[ \u00a0]+(?:in[ \u00a0]+(?:all|total)|altogether|combined)\b", re.IGNORECASE)


def _sum_of_unlike_counts(before: list[Figure], fig: Figure, text: str) -> bool:
    """"arrested 25 men and 14 women, 39 in all": "in all", "in total", "altogether" make the count the
    sum of the counts before it; when those count different nouns the sum is of neither ("women")."""
    if not _IN_ALL.match(text, fig.end):
        return False
    nouns = {f.object.lower() for f in before if f.sentence == fig.sentence and f.object and f.kind == "count"}
    return len(nouns) > 1


# "58 teachers out of 120": the whole after "out of" that follows a count and its noun.
_OUT_OF_GAP = re.compile(r"[ \u00a0]+(?P<noun>[^\W\d][\w-]*)[ \u00a0]+out[ \u00a0]+of[ \u00a0]+"
                         r"(?:the[ \u00a0]+|a[ \u00a0]+total[ \u00a0]+of[ \u00a0]+)?", re.IGNORECASE)


def _share_object_of_the_whole(figures: list[Figure], text: str) -> None:
    """"58 teachers out of 120 said no", "17 farms out of 40": the whole after "out of" counts
    the noun written straight after the part before it (the parser hangs "out of" on the verb); only
    when the whole is no smaller than the part."""
    for prev, fig in zip(figures, figures[1:]):
        if fig.object or fig.unit or fig.kind != "count" or prev.unit or prev.kind != "count" or not prev.object:
            continue
        gap = _OUT_OF_GAP.fullmatch(text[prev.end:fig.start])
        if gap and gap.group("noun") == prev.object and prev.value <= fig.value and _same_magnitude(prev, fig):
            fig.object = prev.object


_OWNER_BEFORE = re.compile(r"(?:\w['’]s|\ws['’])[ \u00a0]+$")


def _share_objects_of_owners(figures: list[Figure], numbers: list, text: str) -> None:
    """"the Red Cross's 3,000 volunteers, the council's 450 and Oxfam's 120": a bare count after an
    owner, in a list whose count before it is also an owner's with its noun written after it, counts
    that noun, written straight after its number ("Chelsea's 40 points" is a measure: it lends none)."""
    for k in range(1, len(figures)):
        prev, fig, token = figures[k - 1], figures[k], numbers[k]
        if fig.object or fig.unit or fig.kind != "count" or prev.unit or not prev.object or token is None:
            continue
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        owned = _OWNER_BEFORE.search(text[max(0, fig.start - 4):fig.start]) \
            and _OWNER_BEFORE.search(text[max(0, prev.start - 4):prev.start])
        if owned and _noun_right_after(prev, text) and numbers[k - 1] is not None \
                and numbers[k - 1].sent == token.sent and (nxt is None or nxt.is_punct or nxt.dep_ == "cc"
                                                           or nxt.pos_ in ("VERB", "AUX")):
            fig.object = prev.object


# What may stand between two counts of one noun written once, after the second: "from 3,000 to
# 4,500 pupils", "two and three bedrooms", "3 out of 10 people", "24 of 31 passes".
_FORWARD_GAP = re.compile(r"[ \u00a0]+(?:and|or|to|out of|of|in|versus|vs\.?)[ \u00a0]+", re.IGNORECASE)


_SHARE_GAP = re.compile(r"[ \u00a0]+(?:out[ \u00a0]+of|in)[ \u00a0]+(?:every[ \u00a0]+)?", re.IGNORECASE)


_OF_THE = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+(?:the[ \u00a0]+|all[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?)?", re.IGNORECASE)


def _noun_right_after(fig: Figure, text: str) -> bool:
    """Whether the figure's object is written straight after it, or after "of (the)": "9 percent of voters"."""
    gap = _OF_THE.match(text, fig.end)
    return bool(fig.object) and text.startswith(fig.object, gap.end() if gap else fig.end)


def _is_share(figures: list[Figure], k: int, text: str, *, percent: bool = True) -> bool:
    """A percentage, a fraction ("1 in 4"), or either count of "eight out of 10"; without `percent`,
    only the "N in M" fractions ("the first half", "for a third" name no people)."""
    fig = figures[k]
    if percent and fig.unit in ("fraction", "percent"):
        return True
    if fig.unit == "fraction":
        return bool(_SHARE_GAP.search(fig.text))
    after = k + 1 < len(figures) and _SHARE_GAP.fullmatch(text[fig.end:figures[k + 1].start])
    before = k > 0 and _SHARE_GAP.fullmatch(text[figures[k - 1].end:fig.start])
    return fig.kind == "count" and not fig.unit and bool(after or before)


def _share_objects_of_shares(figures: list[Figure], numbers: list, text: str) -> None:
    """A share with no noun of its own takes the noun of the share just before it in the sentence:
    "9 percent of voters changed their minds, while eight out of 10 said it would not matter",
    "1 in 4 residents lived in poverty, up from 1 in 10" (the second share of the same people)."""
    for k in range(1, len(figures)):
        fig, prev = figures[k], figures[k - 1]
        if fig.object or not _is_share(figures, k, text, percent=False) or not _is_share(figures, k - 1, text):
            continue  # a percentage is no count: "85 percent support ... a 10 percent drop" shares nothing
        if not _noun_right_after(prev, text) and not _SHARE_GAP.fullmatch(text[prev.end:fig.start]):
            continue  # the share before names its people itself ("1 in 4 residents", "9 percent of voters")
        if numbers[k] is None or numbers[k - 1] is None or numbers[k].sent != numbers[k - 1].sent:
            continue
        fig.object = prev.object


def _share_objects_forward(figures: list[Figure], numbers: list, text: str) -> None:
    """A bare count takes the object of the count right after it when only "and", "or", "to",
    "out of" or "in" stands between them ("rose from 3,000 to 4,500 students"), and the noun a
    measure right after it sizes ("the top three 800m runners": runners, not metres, are counted)."""
    for k in range(len(figures) - 2, -1, -1):
        fig, nxt = figures[k], figures[k + 1]
        if fig.object or fig.unit or fig.kind != "count":
            continue
        if nxt.unit is None and nxt.object and _FORWARD_GAP.fullmatch(text[fig.end:nxt.start]) \
                and _same_magnitude(fig, nxt) and not (nxt.value == 1 and fig.value > 1):  # the noun of one
            # thing is singular, so no larger count shares it: "won by a 3 to 1 margin" counts no margins
            fig.object = nxt.object
        elif nxt.unit is not None and nxt.kind in ("quantity", "duration") and numbers[k + 1] is not None \
                and re.fullmatch(r"[ \u00a0]", text[fig.end:nxt.start]):
            fig.object = _noun_a_measure_sizes(numbers[k + 1], nxt.end)  # "two 30-minute episodes"


def _noun_a_measure_sizes(number, end: int) -> str | None:
    """"800m runners", "30-minute episodes": the noun a number and its unit (ending at `end`) stand
    before, which the measure sizes (so it is not the measure's object) and a count before it counts;
    none when the unit heads the phrase ("the top 40 more than nine years after": years are the unit)."""
    head = number.head
    while head.idx < end and head.dep_ in _MODIFIER_DEPS and head.head.i > head.i:
        head = head.head
    return _noun_words(head, number) if head.idx >= end and head.pos_ in ("NOUN", "PROPN") else None


def _adjective_object(fig: Figure, token, tags=("JJ", "VBN")) -> bool:
    """Whether the figure's object is the adjective or participle right after its number ("40 injured")."""
    if token is None or token.i + 1 >= len(token.doc):
        return False
    word = token.doc[token.i + 1]
    return fig.object == word.text and word.tag_ in tags


def _more_of_the_same(token) -> bool:
    """"60 people came and dozens more watched online": "more" or "others" after a vague plural says
    it counts more of what was just counted; so does its being the subject of the next joined clause."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("more", "others", "fewer") \
        or _subject_of_the_next_clause(token)


def _subject_of_the_next_clause(token) -> bool:
    """"25 people were killed and dozens injured": a vague count that is the subject of the clause
    joined after the count, its verb right after it, counts what that count counted."""
    verb = token.head
    return token.dep_ in ("nsubj", "nsubjpass", "npadvmod") and verb.i == token.i + 1 and verb.dep_ == "conj"


def _share_change_size(figures: list[Figure], numbers: list) -> None:
    """"Unemployment rose 7,000 to 4.46 million people", "cut by 300 to 1,200 jobs": the size of a
    change counts what the level it ends at counts, when both hang on the same verb of change."""
    for k, fig in enumerate(figures):
        if fig.object or fig.unit or fig.kind != "count" or numbers[k] is None:
            continue
        verb = _change_verb_of_size(numbers[k])
        for nxt, token in zip(figures[k + 1:], numbers[k + 1:]):
            level = _level_verb(token) if verb is not None and token is not None else None
            if level is not None and level.i == verb.i and nxt.object and not nxt.unit and nxt.kind == "count" \
                    and _same_magnitude(fig, nxt):
                fig.object = nxt.object
                break


def _role_node(token):
    """The token that carries a number's role in the clause: the scale word ("4.46 million"), or
    the noun the number counts ("4.46 million people")."""
    node = token
    glued = token.doc[token.i - 1] if token.i > 0 else None
    if token.dep_ == "appos" and glued is not None and glued.like_num and not glued.whitespace_:
        node = glued   # "a fee of €60m (£52m)": the parser hung the glued "m" apart
    while node.dep_ in ("compound", "quantmod", "nummod") and node.head.i > node.i:
        node = node.head
    if node.dep_ == "nummod" and node.head.i == node.i - 1 and (node.head.is_currency
                                                                or _CURRENCY_LETTERS.fullmatch(node.head.text)):
        node = node.head   # "rose to ₹60", "to Rs 2,100": the parser made the symbol the noun, the number its modifier
    return node


# A currency written in letters before the amount (`_CURRENCY_PREFIX`, `_LETTER_PREFIX`), which the
# parser reads as the noun: "Rs 2,100", "KSh 3.50"
_CURRENCY_LETTERS = re.compile("|".join(p for p, _ in _CURRENCY_PREFIX) + r"|Shs?")


def _change_verb_of_size(token):
    """The verb of change whose size the number is ("rose 7,000", "fell by 300"), or None."""
    node = _role_node(token)
    while node.dep_ == "conj" and _verb_left_out(node) and node.head.dep_ in ("conj", "npadvmod", "dobj") \
            and (node.head.dep_ == "conj" or node.head.head.pos_ == "VERB"):
        node = node.head  # "Premiums rose 22% in Wales, 19% in Scotland and 17% in Northern Ireland": the first's verb
    if node.dep_ == "pobj" and node.head.lower_ == "by":
        node = node.head  # "dipped by 3.4%": the parser may call a participle's "by" its agent
    verb = node.head
    if (node.dep_ in ("npadvmod", "dobj") or node.dep_ in ("prep", "agent") and node.lower_ == "by"
            or _verb_left_out(node)) and verb.pos_ == "VERB" and _direction(verb) is not None:
        return verb
    return None


def _verb_left_out(node) -> bool:
    """"slipped to 1.8% this year and 1.9% in 2005": a figure right after "and" that the parser
    joins to the verb (or to its "to" or "from") stands for them again (not "and profits 3%", a
    clause of its own)."""
    start = node.left_edge
    return node.dep_ == "conj" and start.i > 0 and start.nbor(-1).dep_ == "cc" and start.nbor(-1).head.i == node.head.i


def _level_verb(token):
    """The verb whose "to" or "from" phrase the number ends ("rose ... to 4.46 million people"), or None."""
    node = _role_node(token)
    prep = node.head
    bounded = _over_a_bound(node)
    if bounded is not None and bounded.i < prep.i:
        prep = bounded
    if not (node.dep_ == "pobj" or _verb_left_out(node)) or prep.lower_ not in ("to", "from") or prep.dep_ != "prep":
        return None
    # "scaled back to 4% from 4.4% this year and 2.1% from 2.8%": the second pair hangs on the first "from"
    while prep.head.lower_ in ("to", "from") and prep.head.dep_ == "prep":
        prep = prep.head
    return prep.head


# The words of "to as low as", "to as high as", "from as many as": a bound on the level, not a word of the clause
_AS_FAR_AS = frozenset({"low", "high", "much", "many", "little", "few", "far"})


def _over_a_bound(node):
    """The word "as low as" hangs on when the number is the object of its "as" ("fell to as low as
    120p": the parser hangs the level on "as", "low" on "to"), or None."""
    prep = node.head
    if node.dep_ == "pobj" and prep.lower_ == "as" and prep.head.lower_ in _AS_FAR_AS:
        return prep.head.head
    return None


def _is_count_word(token) -> bool:
    """A number that is neither a date, a time nor a rank ("came second")."""
    return (token.like_num or token.pos_ == "NUM") and token.ent_type_ not in ("DATE", "TIME", "ORDINAL") \
        and token.lower_ not in ORDINALS


_MAGNITUDES_APART = 1000  # "The 3 biggest banks lent 40 billion": counts this far apart are not of one noun


def _same_magnitude(a: Figure, b: Figure) -> bool:
    low, high = sorted((abs(a.value), abs(b.value)))
    return high <= max(low, 1) * _MAGNITUDES_APART


# Words after a bare number that take its place in the clause: scales, and "more"/"fewer" ("needs 50 more").
_CARRIERS = frozenset(SHORT_SCALES) | {"more", "fewer"}


def _stands_alone(token) -> bool:
    """A number that is a clause's subject or object, a conjunct, or ends "to"/"from" phrase."""
    node = token
    while node.dep_ in ("compound", "quantmod") and node.head.i > node.i or (
            node.dep_ == "nummod" and node.head.i == node.i + 1 and node.head.lower_ in _CARRIERS):
        node = node.head  # "five million", "2.1m", "needs 50 more": the word after carries the number's role
    if _before_a_whole_date(token) or (token.dep_ == "nummod" and token.head.i == token.i - 1
                                       and token.head.lower_ in _WEEKDAYS):
        return True  # "nine last year", "on Monday 120 on Tuesday": hung on the date, the number stands alone
    if _after_an_owner_without_apostrophe(token):
        return True  # "42,600 votes to Turners 27,058": the owner's count, its noun elided
    if _hung_back_before_a_verb(token) or _part_of_a_pronoun(token):
        return True
    if node.dep_ == "pobj":
        prep = node.head
        if prep.lower_ == "to" and prep.head.i == prep.i - 1 and _QUALIFIER_RE.fullmatch(f"{prep.head.text} to"):
            return False  # "as the child gets closer to 18": "to" is part of the qualifier, no to-phrase of a change
            # ("equivalent to 40 a day" is one: the same things, counted another way)
        return prep.lower_ in _ELLIPSIS_PREPS or (prep.lower_ == "of" and (
            (prep.head.lemma_.lower() in _DIFFERENCE_NOUNS and prep.head.i == prep.i - 1)
            or prep.head.like_num  # "won seven of its last eight": a part of a whole of the same things
            or _second_object_of(prep, node)))
    return node.dep_ in _ELLIPSIS_DEPS


def _hung_back_before_a_verb(token) -> bool:
    """"stolen in 2000 52 were recovered", "surveyed by ism 13 reported growth": copy without commas
    lets the parser hang a number on the word before it, which no number modifies in English; a verb
    straight after makes the number that verb's subject, its noun left out."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.dep_ in ("nummod", "compound") and token.head.i < token.i and nxt is not None \
        and nxt.pos_ in ("VERB", "AUX") and nxt.tag_ != "VBG" \
        and token.head.pos_ != "PROPN" and token.head.ent_type_ != "PERSON"  # "pelham 14 were": an age


def _second_object_of(prep, node) -> bool:
    """"of the 50 candidates only 12 passed": without the comma the parser makes the number a second
    object of the "of" that opens the sentence; it is a part of the plural before it, its noun elided."""
    return any(c.dep_ == "pobj" and c.i < node.i and c.tag_ in ("NNS", "NNPS") for c in prep.children)


_PRONOUNS_OF_A_PART = ("them", "these", "those", "us")


def _part_of_a_pronoun(token) -> bool:
    """"four people two of them paralysed": a number whose "of" phrase is a pronoun counts a part of
    what the pronoun stands for, the noun counted before it (however the parser hangs the number)."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == token.i + 1), None)
    return of is not None and any(c.dep_ == "pobj" and c.lower_ in _PRONOUNS_OF_A_PART for c in of.children)


def _pronoun_back(before, token, text: str) -> bool:
    """"The club signed 11 players. Only four of them have started": "of them" points back, so a
    part of a pronoun may take the count of the sentence just before, in the same paragraph."""
    return _part_of_a_pronoun(token) and before.sent.end == token.sent.start \
        and "\n" not in text[before.idx:token.idx]


def _after_an_owner_without_apostrophe(token) -> bool:
    """"Turners 27,058." (copy that drops apostrophes): a number hung on the "-s" word straight before
    it and ending its clause is that owner's count, not a count of "Turners"."""
    doc, head = token.doc, token.head
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.dep_ == "nummod" and head.i == token.i - 1 and head.lower_.endswith("s") \
        and not head.lower_.endswith("ss") and len(head.text) > 3 and head.ent_type_ not in ("DATE", "TIME") \
        and head.lower_ not in _RANK_NOUNS + ("numbers", "nos") and (nxt is None or nxt.is_punct or nxt.dep_ == "cc")


# --- candidates ----------------------------------------------------------------------------

def _candidates(text: str) -> list[_Cand]:
    found: list[_Cand] = []
    pos = 0
    while True:
        match = CORE.search(text, pos)
        if match is None:
            break
        pos = max(match.end(), match.start() + 1)
        if found and match.start() < found[-1].end:
            continue
        cand = _build(match, text)
        if cand is not None:
            found.append(cand)
            pos = max(pos, cand.end)
    return found


def _build(match, text: str) -> _Cand | None:
    """A candidate from one CORE match, with its sign, its currency before and scale and unit after."""
    core, start, end = match.lastgroup, match.start(), match.end()
    value = parse_core(core, match.group())
    if value is None or _is_not_a_number(core, match.group(), text, start):
        return None
    cand = _Cand(start, end, start, end, value, core)
    if core in ("vague", "several", "few"):
        cand.qualifier = "more"
    if core == "mult":
        cand.unit = "times"
    _apply_sign(cand, text)
    _currency_before(cand, text)
    if core in ("digits", "words"):
        _and_a_part(cand, text)
    if core == "digits":
        _scale_after(cand, text)
    if core == "frac":
        _fraction_of_a_scale(cand, text)
    _attach_unit(cand, text)
    if cand.end < len(text) and (text[cand.end].isalnum() or text[cand.end] == "_"):
        return None  # "9AB8", "3D", "2018s": glued to letters we do not understand
    return cand


_AND_A_PART = re.compile(r"[ \u00a0]+and[ \u00a0]+an?[ \u00a0]+(?P<part>half|quarter)\b"
                         r"(?:[ \u00a0]+(?P<w>thousand|million|billion|trillion)\b)?", re.IGNORECASE)


def _and_a_part(cand: _Cand, text: str) -> None:
    """"two and a half hours" is 2.5 hours, "two and a half million cars" 2,500,000 cars: one
    number, not a count of 2 and a fraction."""
    found = _AND_A_PART.match(text, cand.end)
    if found is None or cand.scaled or re.search(r"[a-z][ \u00a0-](?:thousand|million|billion|trillion)$",
                                                 text[cand.num_start:cand.end], re.IGNORECASE):
        return  # not "two million and a half"
    cand.value += Decimal("0.5") if found.group("part").lower() == "half" else Decimal("0.25")
    if found.group("w"):
        cand.value *= SCALES[found.group("w").lower()]
        cand.scaled = True
    cand.end = cand.num_end = found.end()


_OF_A_SCALE = re.compile(r"[ \u00a0]+of[ \u00a0]+an?[ \u00a0]+(?P<w>million|billion|trillion)\b", re.IGNORECASE)


def _fraction_of_a_scale(cand: _Cand, text: str) -> None:
    """"three-quarters of a million people" is one number, 750,000, as "half a million" is."""
    found = _OF_A_SCALE.match(text, cand.end)
    if found:
        cand.value *= SCALES[found.group("w").lower()]
        cand.end = cand.num_end = found.end()
        cand.core, cand.scaled = "words", True


# The qualifiers (a subset of `_QUALIFIERS`) that make "a year" a figure: not "over" ("over a week,
# prices rose" says when, not how long); "up to a year" and the rarer others are left out, unmeasured.
_A_UNIT_QUALIFIER = re.compile(r"\b(?:nearly|almost|about|around|roughly|more than|less than|just over|just under|"
                               r"under|at least|well over|close to)[ \u00a0]+$", re.IGNORECASE)


def _is_not_a_number(core: str, matched: str, text: str, start: int) -> bool:
    """Digits inside a code, a scale word with no number before it, or "a year" with no qualifier."""
    if core == "digits" and start > 0 and text[start - 1].isalpha() and not _PREFIX_RE.search(text[max(0, start - 6):start]) \
            and not re.search(r"(?<![A-Za-z])PS$", text[max(0, start - 3):start]) and not _letter_money(text, start):
        return True  # "M21", "XC40", "PLX-R18": part of a code, not a number
    if core == "aunit":   # "nearly a year" is a figure, "a year ago" and "£30,000 a year" are not
        return _A_UNIT_QUALIFIER.search(text, max(0, start - 16), start) is None
    # "million", "Thousand" alone: a word or a name, not a value
    return core == "words" and matched.lower().split()[0].split("-")[0] in (
        "dozen", "hundred", "thousand", "million", "billion", "trillion")


def _apply_sign(cand: _Cand, text: str) -> None:
    """"-5", "minus 387", "$-50.8bn" (not "10-20": a hyphen after a digit is a range)."""
    if cand.core not in ("digits", "words"):
        return
    start = cand.start
    sign = re.search(r"(?:(?<![\w\d.,])[-−]|\bminus[ \u00a0-]?)$", text[max(0, start - 6):start], re.IGNORECASE)
    if sign:
        cand.value = -cand.value
        cand.start = start - len(sign.group())


def _currency_before(cand: _Cand, text: str) -> None:
    """"$5", "US$5", "€40m", "-$5"; "PS21,700" and "Y=28,030" (£ and ¥ in ASCII wire copy)."""
    translit = text[max(0, cand.start - 3):cand.start]
    if cand.core == "digits" and re.fullmatch(r"(?<![A-Za-z])(?:PS|Y=)", translit[-2:]) and not translit[:1].isalpha():
        cand.unit, cand.kind, cand.currency_explicit = _TRANSLIT_PREFIX[translit[-2:]], "money", True
        cand.start -= 2
        return
    if cand.core == "digits" and (money := _letter_money(text, cand.start)):
        cand.unit, cand.kind, cand.currency_explicit = money[0], "money", True
        cand.start -= money[1]
        return
    prefix = _PREFIX_RE.search(text[max(0, cand.start - 7):cand.start])
    if prefix and cand.core in ("digits", "words", "vague"):
        cand.unit = next(_CURRENCY_PREFIX[int(k[1:])][1] for k, v in prefix.groupdict().items() if v)
        if prefix.group().startswith("Rs"):   # "Rs 9.66 a litre" in a story from Islamabad: Pakistan's rupee
            cand.unit = _named_country_currency("rupees", text) or "INR"
        cand.kind, cand.currency_explicit = "money", True
        cand.start -= len(prefix.group())
        if cand.start > 0 and text[cand.start - 1] in "-−" and (cand.start < 2 or not text[cand.start - 2].isalnum()):
            cand.value, cand.start = -cand.value, cand.start - 1


def _letter_money(text: str, start: int) -> tuple[str, int] | None:
    """(currency, length of the letters) of a letter prefix (`_LETTER_PREFIX`) before the amount at
    `start`, if any."""
    letters = _LETTER_PREFIX.search(text, max(0, start - 4), start)
    if letters is None or not _LETTER_AMOUNT.match(text, start):
        return None
    code = _LETTER_CURRENCY[letters.group("p")]
    return (_shilling_of(text) if code == "KES" else code), len(letters.group())


@functools.lru_cache(maxsize=8)
def _shilling_of(text: str) -> str:
    """Whose shilling a bare "Sh" is: read once a text, not once an amount."""
    return next((c for c, named in _SHILLING_COUNTRIES.items() if named.search(text)), "KES")


def _scale_after(cand: _Cand, text: str) -> None:
    """A scale after digits: "1.5 million", "2bn", "€40m", "3k" (but "37m" alone is metres)."""
    scale = _SCALE_RE.match(text, cand.num_end)
    if scale and scale.group().lower() == "k" and (_LENGTH_AFTER.match(text, scale.end()) and not _counted_racers(
            text, cand.start, scale.end()) or _RACE_PART_BEFORE.search(text, max(0, cand.start - 20), cand.start)
            and _NO_NOUN_AFTER.match(text, scale.end())):
        cand.unit, cand.kind, cand.end = "km", "quantity", scale.end()  # "a 5k run", "covered the last 5k in 14:31"
        return
    if not scale or not _is_scale(scale, cand, text):
        return
    factor = 1
    for w in scale.group().strip(" \u00a0-").lower().split():
        factor *= SHORT_SCALES.get(w, 1)
    cand.value *= factor
    cand.scaled, cand.end, cand.factor = True, scale.end(), Decimal(factor)


def _counted_racers(text: str, start: int, end: int) -> bool:
    """"20k runners are expected": a plural of racers with no article before the number counts them
    (thousands); "the 10k runners", "a 5k runner" are a race's."""
    after = re.match(r"[ \u00a0]+(\w+)", text[end:end + 30])
    return after is not None and _RACERS.fullmatch(after.group(1)) is not None \
        and not re.search(r"\b(?:the|a|an|their|his|her)[ \u00a0]+$", text[max(0, start - 8):start], re.IGNORECASE)


# Words after "20m" or "5k" that make it a length or a race, not millions or thousands: "a 20m
# wall", "20m high", "the 100m final", "a 5k run", "the 10m platform". Any other noun after makes
# it a scale ("133m text messages", "the 20m note"); see _unit_from_parse.
_LENGTH_WORDS = ("high|tall|long|deep|wide|thick|away|behind|ahead|apart|across|above|below|underwater|"
                 "wall|walls|tower|fence|cliff|"
                 "wave|waves|drop|yacht|boat|tree|statue|mast|pole|pool|crater|hole|tunnel|bridge|rope|"
                 "cable|pipe|depth|height|length|radius|stretch|final|finals|heat|heats|semi-final|race|races|"
                 "sprint|dash|run|runs|relay|hurdles|freestyle|butterfly|breaststroke|backstroke|medley|swim|"
                 "mark|walk|course|hill|climb|line|champion|champions|medal|medals|medallist|gold|silver|bronze|event|"
                 "runner|runners|sprinter|specialist|title|titles|crown|victory|season|events|stage|barrier|track|penalty|"
                 "kick|putt|taller|higher|longer|deeper|wider|shorter|platform|springboard|dive|dives|diving|"
                 "jump|jumps|ramp|ladder|superyacht|ship|vessel|liner|skyscraper|spire|chimney|dam|crane|turbine|"
                 "pier|jetty|quay|wharf|runway|breakwater|viaduct|carrier|tanker|trawler|freighter|barge|catamaran")
# ... also past one lower-case word: "a 20m rock wall", "the 400m individual medley"
_LENGTH_AFTER = re.compile(rf"[ \u00a0-]+(?:[a-z]+[ \u00a0-]+)?(?i:{_LENGTH_WORDS})\b")
# A part of a race: "attacked the final 300m", "covered the last 5k in 14:31" (then no noun: not "the first
# 5k subscribers").
_RACE_PART_BEFORE = re.compile(r"\bthe[ \u00a0]+(?:last|final|first|opening|closing)[ \u00a0]+$", re.IGNORECASE)
_NO_NOUN_AFTER = re.compile(r"[ \u00a0]*(?:[,.;:)!?]|$)|[ \u00a0]+(?:in|of|at|on|and|to|was|were|is)\b")
_LENGTH_BEFORE = re.compile(r"\b(?:depth|height|length|width|altitude|elevation|distance|radius|metres|meters|"
                            r"men's|women's)(?:[ \u00a0]+of)?[ \u00a0]+(?:\w+[ \u00a0]+)?$", re.IGNORECASE)
# ... or a thing whose size only a length is, past a qualifier: "waves of up to 8m", "drifts of 2m"
_SIZED_THING_BEFORE = re.compile(r"\b(?:waves?|swells?|surges?|tides?|drifts?|snowdrifts?|walls?|cliffs?|floodwaters?)"
                                 r"[ \u00a0]+of"
                                 r"(?:[ \u00a0]+(?:up[ \u00a0]+to|about|around|nearly|almost|over))?[ \u00a0]+$",
                                 re.IGNORECASE)


def _is_scale(scale, cand: _Cand, text: str) -> bool:
    """Whether a scale-like suffix multiplies the number, or is a unit or a stray letter."""
    short = scale.group("short")
    letter = short.strip() if short else ""
    word = _CURRENCY_WORD_RE.match(text, scale.end())  # a currency named after: "2m euros", not "5,000m crown"
    if word and _a_verb_won(word.group("w"), text, scale.end()):
        word = None
    money_ahead = bool(word and (word.group("nat") or _CURRENCY_WORDS[word.group("w").lower()]
                                 or word.group("w").lower() in _DEFAULT_NATIONAL
                                 or _named_country_currency(word.group("w").lower(), text)))
    money_ahead = money_ahead or bool(_SYMBOL_SUFFIX_RE.match(text, scale.end()))
    if short and (short[0] in " \u00a0") and letter.lower() in ("m", "b", "k"):
        return False  # "5 m" is metres or a stray letter, not a scale
    if letter in ("m", "b") and not (cand.unit or money_ahead):
        return False  # "37m" is metres; "16b" is not a number we know
    if letter == "K" and not cand.unit:
        return False  # "4K" is a screen resolution more often than 4000
    return True


def _attach_unit(cand: _Cand, text: str) -> None:
    """The unit or currency right after the number (and its scale), if any."""
    if cand.core in ("frac", "pern", "half", "slash"):
        cand.unit, cand.kind = "fraction", "count"
        part = _PART_OF_UNIT.match(text, cand.end)
        if part and part.group("u").lower() in _UNIT_FORMS:  # "a quarter of an hour": 0.25 hours
            unit = _UNIT_FORMS[part.group("u").lower()]
            cand.unit, cand.kind, cand.end = unit, _kind_of_unit(unit), part.end()
        return
    if cand.unit == "times":
        return
    multiple = _MULTIPLE_AFTER.match(text, cand.end)
    if multiple:  # "four times as fast", "three times higher": a multiple, as "twice the size" is
        cand.unit, cand.end = "times", cand.end + len(multiple.group("t"))
        return
    if _currency_word_after(cand, text):
        return
    if cand.unit:  # currency from a prefix; "$58.24 per barrel" stays USD
        iso = _ISO_SUFFIX_RE.match(text, cand.end)
        if iso and iso.group("w") == cand.unit:
            cand.end = iso.end()
        return
    if _currency_code_after(cand, text) or cand.core in ("vague", "several"):
        return
    _measure_after(cand, text)


# ... or a possessive's noun: "borrows more than four times their income", "ten times its value";
# after "the", any noun but a time's: "three times the figure for the UK", "five times the national
# average", but "won three times the following year" counts occasions.
# ("fall" is no season here: "three times the fall in prices" is a multiple)
_SEASON_WORDS = SEASONS - {"fall"}
_NOT_MULTIPLIED = (r"(?:following|next|previous|same|last|first|whole|entire|other|year|day|week|month|season"
                   rf"|night|time|morning|afternoon|evening|weekend|{'|'.join(sorted(_SEASON_WORDS))})s?\b")
_COMPARATIVES = ("as|more|less|that|what|"
                 rf"the[ \u00a0]+(?!{_NOT_MULTIPLIED})(?:[a-z]+[ \u00a0]+)?(?!{_NOT_MULTIPLIED})[a-z]+|"
                 "(?:their|its|his|her|our|your|my)[ \u00a0]+[a-z]+|"
                 "higher|lower|larger|bigger|greater|smaller|faster|slower|longer|"
                 "shorter|cheaper|dearer|stronger|weaker|better|worse|likelier|heavier|wider|richer|older|younger")
_MULTIPLE_AFTER = re.compile(rf"(?P<t>[ \u00a0]+times)[ \u00a0]+(?:{_COMPARATIVES})\b", re.IGNORECASE)
_PART_OF_UNIT = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+)?an?[ \u00a0]+(?P<u>\w+)\b")
_ISO_WORDS = ("usd", "eur", "gbp", "jpy", "rub", "uah", "cny", "chf", "inr")


def _a_verb_won(word: str, text: str, end: int) -> bool:
    """"won" is Korea's currency only after a scale word ("38.6 billion won"): "in 2008 won gold",
    "the 100m won by Bolt" are the verb. `end`: where the number before the word ends."""
    return word.lower() == "won" and not _SCALE_WORD_BEFORE.search(text, max(0, end - 40), end)


_SCALE_WORD_BEFORE = re.compile(r"(?:million|billion|trillion)[ \u00a0]*$")


def _currency_word_after(cand: _Cand, text: str) -> bool:
    """"500 rubles", "10.5 million Australian dollars", "8 pounds" of weight: True when the word
    after the number settles the unit (or a prefix already did)."""
    money = _CURRENCY_WORD_RE.match(text, cand.end)
    measure = _WORD_UNIT_RE.match(text, cand.end)
    if money is None or (measure and measure.end() > money.end()) or _a_verb_won(money.group("w"), text, cand.end):
        return False
    word, nat = money.group("w").lower(), (money.group("nat") or "").lower()
    code = (_NATIONAL.get(nat) if nat else _CURRENCY_WORDS[word]) or _named_country_currency(word, text) \
        or _DEFAULT_NATIONAL.get(word)
    weight = _WEIGHT_CONTEXT.search(_sentence_around(text, cand.end)) \
        or _WEIGHT_CONVERTED.search(text, max(0, cand.start - 20), cand.start)
    if word in ("pound", "pounds") and not nat and weight:
        cand.unit, cand.kind, cand.end = "lb", "quantity", money.end()
        return True
    if word in _ISO_WORDS and money.group("w") != money.group("w").upper():
        code = None  # "eur" in lower case is a word, not a currency code
    if not code:
        return bool(cand.unit)
    if not cand.unit or cand.unit == code or code in ("cents", "pence"):
        cand.unit = code if not cand.unit or code not in ("cents", "pence") else cand.unit
        cand.kind, cand.end, cand.currency_explicit = "money", money.end(), True
    return True


def _currency_code_after(cand: _Cand, text: str) -> bool:
    """"110 JPY", "50€": an ISO code or currency symbol after the number."""
    iso = _ISO_SUFFIX_RE.match(text, cand.end)
    symbol = _SYMBOL_SUFFIX_RE.match(text, cand.end)
    if not (iso or symbol):
        return False
    cand.unit = iso.group("w") if iso else _CURRENCY_SUFFIX_SYMBOLS[symbol.group("s")]
    cand.kind, cand.end, cand.currency_explicit = "money", (iso or symbol).end(), True
    return True


_TEMPERATURE_CUE = re.compile(r"\b(?:temperatures?|mercury|highs?|lows?|degrees|chill|heat|freezing|"
                             r"warm(?:er|est)?|cold(?:er|est)?)\b", re.IGNORECASE)


def _spaced_temperature(cand: _Cand, text: str, unit: str) -> bool:
    """"falls to as low as -14 C", "a high of 25 C": Canadian and wire copy spaces the scale's
    letter; read so after a minus sign or a word of weather in the 50 characters before only
    ("Grade 5 C" is no temperature)."""
    return unit in ("C", "F") and (
        cand.value < 0 or _TEMPERATURE_CUE.search(text, max(0, cand.start - 50), cand.start) is not None)


def _measure_after(cand: _Cand, text: str) -> None:
    """A unit of measure or of time after the number: "40 km", "50mph", "35%", "six months"."""
    end = cand.end
    word = _NM_RE.match(text, end) or _WORD_UNIT_RE.match(text, end)
    symbol = _SYMBOL_RE.match(text, end)
    if symbol and symbol.group("u") in _SYMBOL_NEEDS_ATTACHED and symbol.group("sp") \
            and not _spaced_temperature(cand, text, symbol.group("u")):
        symbol = None
    if symbol and symbol.group("u") in ("p", "\"") and cand.core != "digits":
        symbol = None  # "50p", 5" are written with digits: in '"men play five" said' the mark closes a quote
    best = max((m for m in (word, symbol) if m), key=lambda m: m.end(), default=None)
    if best is None:
        return
    form = best.group("u")
    if best is symbol:
        unit = _SYMBOL_UNITS[form]
    elif form == "Nm":
        unit = "Nm"
    else:
        unit = _UNIT_FORMS[form.lower()]
    if form in ("PC", "Pc", "HA", "Ha", "MIN", "Min"):
        return  # "one PC" is a computer; "ha"/"min" only in lower case
    cand.unit, cand.end, cand.kind = unit, best.end(), _kind_of_unit(unit)
    if cand.kind == "duration":
        age = _AGE_RE.match(text, cand.end)
        if age:
            cand.end = age.end()  # "a 50-year-old": the age is one figure


def _kind_of_unit(unit: str) -> str:
    if unit == "pence":
        return "money"
    if unit in _PERCENT_UNITS:
        return "percent"
    return "duration" if unit in _TIME_UNITS else "quantity"


def _is_attached_m(cand: _Cand, text: str) -> bool:
    """"37m": an m glued to the number, read as metres so far; the context decides (_unit_from_parse)."""
    glued = text[cand.end - 1:cand.end] == "m" and text[cand.end - 2:cand.end - 1].isdigit()
    return cand.unit == "m" and not cand.scaled and glued


def _is_length_context(cand: _Cand, text: str, tokens: "_TokenIndex | None" = None) -> bool:
    """"a 20m wall", "20m high", "the 100m final", "a depth of 20m", "a leap of 6.43m", "in the 200m
    at the Olympics", "37m (121ft)": the m is metres; anywhere else it is millions."""
    before, after = _before(cand, text), text[cand.end:cand.end + 30]
    if _LENGTH_AFTER.match(text, cand.end) or _LENGTH_PAIR_AFTER.match(text, cand.end):
        return True  # "a 20m wall", "the 800m and 1500m champion": the pair shares the length word
    if _CONVERSION_TO_FEET.match(after) or _SPEED_AFTER.match(after):
        return True  # "37m (121ft)", "3.7m/h", "426m per minute"
    nxt = tokens.after(cand.end) if tokens is not None else None
    if nxt is not None and nxt.tag_ == "JJ" and nxt.i + 1 < len(nxt.doc) and nxt.nbor().tag_ == "NNS":
        nxt = nxt.nbor()  # "About 5m disposable vapes are thrown away": the vapes are counted, no throw measured
    if nxt is not None and nxt.tag_ == "NNS" and nxt.text[:1].islower():
        # "100m viewers", "1.2m trees planted": a counted noun makes it millions, but not a race
        # distance before its runners ("the top three 400m hurdlers", "two 800m runners"), nor
        # a size after a count ("felled two 30m trees")
        return cand.value in _RACE_DISTANCES and bool(_RACERS.fullmatch(nxt.text)) \
            or _COUNT_BEFORE.search(before) is not None
    if nxt is not None and nxt.tag_ == "NN" and nxt.text[:1].islower() and _ONE_BEFORE.search(before):
        return True  # "a 2.1m telescope", "a 40m penalty": one thing of that size (sums carry a currency)
    if re.search(r"\d,\d{3}m$", text[:cand.end]):
        return True  # "extended to 3,200m", "reached 8,000m": a thousand million is written "1bn", not "1,000m"
    if _LENGTH_BEFORE.search(before) or _LENGTH_VERB_BEFORE.search(before) or _RACE_PART_BEFORE.search(before) \
            or _SIZED_THING_BEFORE.search(before):
        return True  # "a depth of 20m", "a leap of 6.43m", "attacked the final 300m"
    if nxt is None or nxt.pos_ != "NOUN":
        sentence = _sentence_around(text, cand.start)
        if _OTHER_LENGTH.search(sentence) or _measured_subject(tokens, cand):
            return True  # "up to 25cm of snow fell, with drifts of 2m", "The wave reached 2m"
    # "came fifth in the 5,000m", "her 1500m world title": a race distance (sums of money carry their
    # currency: "£100m"); "landed 17.30m": a sentence about athletics
    return cand.value in _RACE_DISTANCES or bool(_ATHLETICS.search(_sentence_around(text, cand.start)))


# A count before a size ("felled two 30m trees"): two to ten in words (numbers.SMALL), dozens or digits.
_COUNT_WORDS = "|".join(w for w, n in SMALL.items() if 2 <= n <= 10)
_COUNT_BEFORE = re.compile(rf"\b(?:{_COUNT_WORDS}|dozens?|\d+)[ \u00a0]+$", re.IGNORECASE)
_ONE_BEFORE = re.compile(r"\b(?:a|an)[ \u00a0]+$", re.IGNORECASE)
# Another length measured in the sentence: a bare "2m" beside it is metres too.
_OTHER_LENGTH = re.compile(r"\d[\d,.]*[ \u00a0]?(?:cm|mm|km|ft|feet|foot|inches|metres|meters|miles)\b")
_LENGTH_NOUN = re.compile(rf"(?:{_LENGTH_WORDS})", re.IGNORECASE)


def _measured_subject(tokens: "_TokenIndex | None", cand: _Cand) -> bool:
    """The number is what a verb says of a subject that has a length ("The wave reached 2m"), or what
    "measure" found ("measured the retreat of the glacier at 42m")."""
    toks = tokens.at(cand.num_start, cand.end) if tokens is not None else []
    verb = toks[-1].head if toks else None
    while verb is not None and verb.pos_ == "ADP" and verb.head.i != verb.i:
        verb = verb.head   # "at 42m": the verb the preposition hangs on
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.lemma_ == "measure" or any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and _LENGTH_NOUN.fullmatch(c.text)
                                           for c in verb.children)


# Words of a sentence about track and field, where a bare "17.30m" or "over 800m" is metres.
_ATHLETICS = re.compile(r"\b(?:jump\w*|leap\w*|throw\w*|threw|vault\w*|clearance|discus|javelin|hammer|shot put|"
                        r"hurdles|relay|sprint\w*|athlet\w*|marathon|laps?|heats?|indoors?|personal best|season's best|olympic\w*|"
                        r"world record|championships|medal\w*|runners?|"
                        r"clock(?:ed|ing)|secs)\b|\d:\d\d\.\d", re.IGNORECASE)


# Plural nouns for those who run a race distance: "400m hurdlers", "1500m runners".
_RACERS = re.compile(r"(?:runner|hurdler|sprinter|swimmer|athlete|finalist|champion|specialist|relay)s", re.IGNORECASE)


# Verbs and nouns before a number that measure a length: "leapt 6.50m", "a throw of 65m", "stretches 40m".
_LENGTH_VERB_BEFORE = re.compile(
    r"\b(?:leap\w*|jump\w*|throw\w*|threw|vault\w*|clear|clears|cleared|clearing|measur\w*|stretch\w*|stands|standing|stood|"
    r"tall|wide|deep|long|best|record|mark|height|distance|span|wingspan|diameter|race|ran|run|swam|sprinted|"
    r"stretches[ \u00a0]+for|stretched[ \u00a0]+for)(?:[ \u00a0]+of)?[ \u00a0]+"
    r"(?:(?:a|an|the|some|about|around|nearly|almost|just|over|under|roughly)[ \u00a0]+)*$", re.IGNORECASE)
_SPEED_AFTER = re.compile(r"/[hs]\b|[²³]|[ \u00a0]+(?:per|a|an)[ \u00a0]+(?:second|minute|hour)\b")
_LENGTH_PAIR_AFTER = re.compile(rf"[ \u00a0]*(?:and|or|to|-|–)[ \u00a0]*[\d,.]+m[ \u00a0-]+(?:{_LENGTH_WORDS})\b", re.IGNORECASE)
_CONVERSION_TO_FEET = re.compile(r"[ \u00a0]*\([ \u00a0]*(?:about|around|some|nearly)?[ \u00a0]*[\d.,]+[ \u00a0]*"
                                 r"(?:ft|feet|foot|in|inches|yd|yds|yards|miles?)\b", re.IGNORECASE)
# Track distances in metres: "the 100m", "her 3,000m", "over 800m" (with no counted noun after).
_RACE_DISTANCES = frozenset({60, 100, 110, 200, 400, 800, 1000, 1500, 3000, 5000, 10000})


def _to_millions(cand: _Cand) -> None:
    cand.value *= 10**6
    cand.unit, cand.kind, cand.scaled, cand.factor = None, "count", True, Decimal(10**6)


def _millions_in_company(cands: list[_Cand], text: str, tokens: "_TokenIndex") -> None:
    """"a total of 204.3m (£109m)", "77m euros, up from 38m": a bare m-figure of millions next to a
    sum of money in millions in the same sentence is money in that currency."""
    money = [c for c in cands if c.scaled and c.factor == 10**6 and c.kind == "money"]
    for cand in cands:
        nxt = tokens.after(cand.end)
        if cand.unit is not None or not cand.scaled or text[cand.end - 1:cand.end] != "m" or (
                nxt is not None and nxt.pos_ == "NOUN" and nxt.idx >= cand.end):
            continue  # "38m" alone, not "38m people"
        near = next((m for m in money if abs(m.start - cand.start) < _COMPANY_CHARS and not re.search(
            r"[.!?]\s", text[min(m.end, cand.end):max(m.start, cand.start)])), None)
        if near is not None:
            cand.unit, cand.kind = near.unit, near.kind


_COMPANY_CHARS = 80  # how far apart two figures of one comparison stand ("2.3m, up from 2.1m")


def _unit_from_parse(cand: _Cand, text: str, tokens: "_TokenIndex") -> None:
    """A unit the number reaches through the parse rather than by adjacency."""
    if _is_attached_m(cand, text):
        if not _is_length_context(cand, text, tokens):
            _to_millions(cand)  # "5m people", "the 20m note", "ratings fell by 4m": millions, not metres
            nxt = tokens.after(cand.end)
            if nxt is not None and nxt.lower_ in _UNIT_FORMS and re.match(r"[ \u00a0]", text[cand.end:cand.end + 1]):
                _measure_after(cand, text)  # "13m tonnes", "4m barrels": millions of a unit
        return
    if cand.unit is not None or cand.core in ("frac", "pern", "half", "slash", "ordinal"):
        return
    if cand.core in ("vague", "several"):
        of = re.match(r"[ \u00a0]+of[ \u00a0]+", text[cand.end:cand.end + 6])
        if of:
            probe = _Cand(cand.end + of.end() - 1, cand.end + of.end() - 1, 0, 0, Decimal(1), "digits")
            _attach_unit(probe, text)
            if probe.unit and probe.kind in ("money", "quantity", "duration"):
                cand.unit, cand.kind, cand.currency_explicit = probe.unit, probe.kind, probe.kind == "money"
        return
    if _AGE_BEFORE.search(text, max(0, cand.start - 16), cand.start):
        cand.unit, cand.kind = "years", "duration"
        return
    toks = tokens.at(cand.num_start, cand.num_end)
    if not toks:
        return
    token, head = toks[-1], toks[-1].head
    if token.dep_ == "nummod" and 1 < head.i - token.i <= 2 and head.lower_ in _UNIT_FORMS and head.pos_ == "NOUN" \
            and token.nbor().lower_ not in _ONE_UNIT_WORDS and not token.nbor().like_num:
        unit = _UNIT_FORMS[head.lower_]  # not "up from 400000 two years ago": the unit is the second number's
        cand.unit, cand.end, cand.kind = unit, head.idx + len(head.text), _kind_of_unit(unit)
    elif cand.core in ("digits", "words") and _is_age_of_a_person(token, cand):
        cand.unit, cand.kind = "years", "duration"


# Words that pick one unit of time out, so the number before them is not a count of it: "cut jobs
# by 300 last year", "45 each day" ("517 rushing yards" keeps its unit).
_ONE_UNIT_WORDS = ("last", "next", "this", "that", "every", "each", "per", "a", "an", "the")
_MAX_AGE = 120
# An age named before its number: "at the age of 43", "aged 70", "at age 12", "ranging in age from
# 18 to 23", "ages 5 to 11"
_AGE_BEFORE = re.compile(r"\b(?:ages?(?:[ \u00a0]+(?:of|from|between))?|aged(?:[ \u00a0]+(?:from|between))?)"
                         r"[ \u00a0]+$", re.IGNORECASE)


def _is_age_of_a_person(token, cand: _Cand) -> bool:
    """"He will be 35 by the end of the year", "Smith was 42": a whole number that is what a
    person is (the complement of "be" with a personal subject) is an age in years."""
    if token.dep_ not in ("attr", "acomp") or token.head.lemma_ != "be" or not 0 < cand.value <= _MAX_AGE:
        return False
    if cand.value != int(cand.value):
        return False
    if any(c.dep_ in ("prep", "nummod", "quantmod") and c.lower_ != "by" for c in token.children):
        return False  # "He was 3 of 10 from the field": a tally, not an age
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ in ("he", "she", "i") or subject.ent_type_ == "PERSON")


# The most of a sentence read on either side of a figure, in characters and in tokens: the longest
# news sentence (287 tokens in 2,225 BBC and 84 PolNeAR articles) fits; text with its full stops
# lost is one "sentence" as long as the text, and reading it whole for every number of 500 KB of
# numbers took minutes.
_SENTENCE_REACH_CHARS = 1000
_SENTENCE_REACH_TOKENS = 300


def _sentence_around(text: str, pos: int) -> str:
    """From after the last ". " or line break before `pos` to the next one at or after it, at most
    _SENTENCE_REACH_CHARS either side."""
    dots, breaks = _stops(text)
    k = bisect.bisect_right(dots, pos - 2)  # ". " starting by pos - 2 ends before pos
    j = bisect.bisect_right(breaks, pos - 1)
    left = max(dots[k - 1] if k else -1, breaks[j - 1] if j else -1, pos - _SENTENCE_REACH_CHARS)
    right = min(_first_from(dots, pos), _first_from(breaks, pos), len(text), pos + _SENTENCE_REACH_CHARS)
    return text[left + 1:right]


def _first_from(positions: list[int], pos: int) -> int:
    k = bisect.bisect_left(positions, pos)
    return positions[k] if k < len(positions) else 1 << 62


@functools.lru_cache(maxsize=2)
def _stops(text: str) -> tuple[list[int], list[int]]:
    """Where ". " and line breaks are in `text` (found once per text, not once per lookup)."""
    return [m.start() for m in re.finditer(r"\. ", text)], [m.start() for m in re.finditer("\n", text)]


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    """Phone numbers, numeric dates, clock times and match minutes, also a match sheet's: never
    figures, whatever the model says."""
    return [m.span() for rx in (_PHONE, _LOCAL_PHONE, _MATCH_MINUTES, _RELAY) for m in rx.finditer(text)] \
        + match_sheet_numbers(text) + _list_numbers(text)


# North American numbers of fewer groups than `_PHONE` reads: a local "624-6622", a toll-free
# "1-800-222-8477", a lettered "816-474-TIPS".
_LOCAL_PHONE = re.compile(r"(?=\d)(?<![\d.,-])(?:1-\d{3}-)?(?:\d{3}-)?\d{3}-(?:\d{4}|[A-Z]{4,7})(?![\w-])")
# A list's number: after a line break, a colon or a semicolon, before a capital or the line's end.
_ENUMERATOR = re.compile(r"(?m)(?:^|(?<=[:;] ))[ \t]*(\d{1,2})\.(?=[ \t]+[A-Z]|[ \t]*$)")


def _list_numbers(text: str) -> list[tuple[int, int]]:
    """The numbers of a numbered list, each with the next or the one before it in the text: "are, in
    order: 1. Strong fiscal skills; 2. Good communication skills". One alone is a count after a
    label ("Deaths: 45. Injuries: 120.")."""
    found = [(int(m.group(1)), m.span(1)) for m in _ENUMERATOR.finditer(text)]
    numbers = {n for n, _ in found}
    return [span for n, span in found if n + 1 in numbers or n - 1 in numbers]


# Minutes of a match: stoppage time "45+2", "90+3", and goal times in brackets after a scorer,
# "Rashford (12, 56)", "Messi (45+1 pen)". A lone "(250)" after a name may be a tally: kept, but
# not after a person's name ("Kane (23)": a minute or an age, `_is_bracketed_after_a_person`).
_MINUTE = r"\d{1,3}(?:\+\d{1,2})?(?:[ \u00a0]?(?:pen|og|p))?"
_RELAY = re.compile(r"(?=\d)(?<![\w.,])\d[x×]\d{2,3}m\b")  # "the 4x100m relay": legs times a distance, one name
_MATCH_MINUTES = re.compile(rf"(?=\d)(?:(?<![\d.,])\d{{1,3}}\+\d{{1,2}}(?![\d%])"
                            rf"|(?<=[A-Za-z] \()(?:{_MINUTE}(?:,[ \u00a0]?{_MINUTE})+|\d{{1,3}}\+\d{{1,2}}[^)]*"
                            rf"|{_MINUTE}[ \u00a0]?(?:pen|og))(?=\)))")


class _Intervals:
    """Spans asked whether any overlaps [start, end), by bisection (no scan of every span)."""

    def __init__(self, spans) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []  # the furthest end among the first k + 1 spans
        for _, e in ordered:
            self.reach.append(max(e, self.reach[-1]) if self.reach else e)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, end)  # spans [0, k) start before `end`
        return k > 0 and self.reach[k - 1] > start


# --- filters ---------------------------------------------------------------------------------

class _TokenIndex:
    """Char offset -> token, and the model's entity label per token. `length`: of the text
    (spaCy rebuilds `doc.text` from the tokens at every read: the caller has it)."""

    def __init__(self, doc, length: int, text: str = ""):
        self.doc = doc
        self.text = text  # the Doc's text, read once by the caller
        self._ents = None
        self.by_char = _char_to_token(doc, length)  # -1 between tokens

    def entity_of(self, token):
        """The model's entity holding `token` (None outside one): doc.ents is read once per Doc."""
        if self._ents is None:
            self._ents = self.doc.ents
            self._ent_at = {}
            for k, ent in enumerate(self._ents):
                for i in range(ent.start, ent.end):
                    self._ent_at.setdefault(i, k)
        k = self._ent_at.get(token.i)
        return None if k is None else self._ents[k]

    def at(self, start: int, end: int):
        """Tokens overlapping [start, end)."""
        ids = sorted({i for i in self.by_char[start:end] if i >= 0})
        return [self.doc[i] for i in ids]

    def before(self, start: int):
        i = start - 1
        while i >= 0 and self.by_char[i] < 0:
            i -= 1
        return self.doc[self.by_char[i]] if i >= 0 else None

    def after(self, end: int):
        i = end
        while i < len(self.by_char) and self.by_char[i] < 0:
            i += 1
        return self.doc[self.by_char[i]] if i < len(self.by_char) else None


def _char_to_token(doc, length: int) -> list[int]:
    """The token index at each character (-1 in whitespace), from the Doc's arrays of offsets and
    lengths: no Token object per word (a quarter of the extractor's time went to making them)."""
    import numpy
    from spacy.attrs import IDX, LENGTH

    by_char = numpy.full(length + 1, -1, dtype=numpy.int64)
    if len(doc):
        arr = doc.to_array([IDX, LENGTH]).astype(numpy.int64)
        starts, sizes = arr[:, 0], arr[:, 1]
        first = numpy.cumsum(sizes) - sizes  # where each token's characters begin in the flat run
        offsets = numpy.arange(int(sizes.sum())) - numpy.repeat(first, sizes)
        by_char[numpy.repeat(starts, sizes) + offsets] = numpy.repeat(numpy.arange(len(doc)), sizes)
    return by_char.tolist()


# Characters read before a number for the words that make it a date, a name or an address:
# a month, a day and a conjunction ("February 16 and " before "17"), "Chapter ", "Suite ".
_CONTEXT_BEFORE = 30
# Characters read after a number for its street: up to three words and the street word
# ("221 Baker Street", "10 Downing Street").
_STREET_CHARS = 60
_MAX_DAY = 31  # a plain integer next to a month is a day ("March 29, 2019", "8 July") up to here
# Four-digit integers from 1000 to 2199 are years ("moved in 1985") unless they count a plural
# noun ("2000 people").
_YEAR_MIN, _YEAR_STOP = 1000, 2200


def _keep(cand: _Cand, text: str, tokens: _TokenIndex) -> bool:
    """False for numbers that are dates, years, times, codes, names, addresses, scores or bylines."""
    if finite(cand.value) is None or _is_time_odds_or_list_marker(cand, text):
        return False
    if cand.num_end - cand.num_start >= _ID_DIGITS and text[cand.num_start:cand.num_end].isdigit():
        return False  # 'tweet-id="783499116076687360"': an identifier, not 7.8e17 inches
    is_int = cand.core == "digits" and re.fullmatch(r"\d+", text[cand.num_start:cand.num_end]) is not None
    if is_int and cand.unit is None and not cand.scaled and _is_day_address_or_year(cand, text, tokens):
        return False
    toks = tokens.at(cand.num_start, cand.num_end)
    if not toks:
        return True
    if _is_model_date(cand, text, tokens, toks, is_int) or _in_catalogue_number(cand, text):
        return False
    if cand.unit is None and not cand.currency_explicit and (
            _is_in_name_or_code(cand, text, toks) or _is_model_number_or_age(cand, tokens, toks, is_int)
            or (is_int and _is_score(cand, text))):
        return False
    if cand.core == "frac" and _is_fraction_word_not_a_share(cand, text, tokens, toks):
        return False
    if _is_round_name(cand, text):
        return False  # "reached the last eight", "the last 16 of the Champions League": a round
    if re.search(r"\bat[ \u00a0]+(?:any[ \u00a0]+)?$", _before(cand, text), re.IGNORECASE) and re.match(
            r"one[ \u00a0]+(?:point|time|stage)\b", text[cand.num_start:cand.num_end + 7], re.IGNORECASE):
        return False  # "at one point", "at (any) one time": a moment, not a count
    if re.match(r"-somethings?\b", text[cand.num_end:cand.num_end + 12], re.IGNORECASE) or (
            is_int and _SHORT_CODE_BEFORE.search(_before(cand, text))) or (is_int and _is_dialled(cand, text)):
        return False  # "30-somethings" (an age group), "text HELP to 61016" (an SMS short code), "call 911"
    if cand.unit is None and cand.value <= 10 and _is_player_rating(cand, text, tokens):
        return False  # "Ander Herrera: 4 Started the episode...": a player's mark out of ten, not a count
    if is_int and (_is_text_keyword(cand, text) or _is_bracketed_after_a_person(cand, text, tokens)):
        return False  # "text 88 to 63030" (the word sent), "Kane (23) and Son (67) scored" (minutes or ages)
    if cand.unit == "minutes" and re.search(r"\bon[ \u00a0]+$", _before(cand, text), re.IGNORECASE):
        return False  # "Kane scored on 34 minutes": a minute of the match, not a length of time
    if cand.core == "words" and text[cand.num_start:cand.num_end].lower() in ("one", "a", "an"):
        return _one_counts(toks[0], text, cand)
    return True


# A name and a colon opening a line or a sentence, before a mark: match-report player ratings.
_RATING_BEFORE = re.compile(r"(?:^|\n|[.!?][ \u00a0]+)[A-Z][\w'’.-]+"
                            r"(?:[ \u00a0]+(?:[A-Z][\w'’.-]+|de|van|von|da|di|le|la|dos)){0,3}:[ \u00a0]*$")


def _is_player_rating(cand: _Cand, text: str, tokens: _TokenIndex) -> bool:
    """"Ander Herrera: 4 Started...": a person's name and a colon opening a sentence, then a mark."""
    before = _RATING_BEFORE.search(text[max(0, cand.num_start - 40):cand.num_start])
    name = tokens.before(cand.num_start - len(before.group()) + before.group().rindex(":")) if before else None
    return name is not None and name.ent_type_ == "PERSON"


_TEXT_KEYWORD_BEFORE = re.compile(r"\b(?:text|texting|txt|sms)[ \u00a0]+$", re.IGNORECASE)
_TO_A_SHORT_CODE = re.compile(r"[ \u00a0]+to[ \u00a0]+\d{4,6}\b")


def _is_text_keyword(cand: _Cand, text: str) -> bool:
    """"To vote, text 88 to 63030": the number texted to a short code is the message, not a count."""
    return bool(_TEXT_KEYWORD_BEFORE.search(_before(cand, text))) and bool(_TO_A_SHORT_CODE.match(text, cand.end))


def _is_bracketed_after_a_person(cand: _Cand, text: str, tokens: _TokenIndex) -> bool:
    """"Kane (23) and Son (67) scored", "John Smith (34) was charged": a number alone in brackets after
    a person's name is a minute of the match or an age, not a count; also when the model took the
    name for an organisation's or no name ("replied through Ivo Marsh (81)", ORG)."""
    if text[cand.num_start - 1:cand.num_start] != "(" or text[cand.end:cand.end + 1] != ")":
        return False
    name = tokens.before(cand.num_start - 1)
    return name is not None and (name.ent_type_ == "PERSON" or name.tag_ == "NNP" and name.ent_type_ in ("ORG", "")
                                 and cand.unit is None)   # "DaimlerChrysler (30%)" is its share


_CATALOGUE_BEFORE = re.compile(r"\b(?:ISBN|ISSN)(?:-1[03])?:?[ \u00a0]*$")


def _in_catalogue_number(cand: _Cand, text: str) -> bool:
    """A part of a book's or a journal's number: "ISBN 978-1-9164-2283-5" gave four rows."""
    start = cand.num_start
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in "-X"):
        start -= 1
    return _CATALOGUE_BEFORE.search(text, max(0, start - 12), start) is not None


# "text HELP to 61016", "Reply YES to 55555": a number a message is sent to is a code, not a count
_SHORT_CODE_BEFORE = re.compile(r"\b(?:text|texting|txt|sms|reply|replying)\b[ \u00a0]+(?:\S+[ \u00a0]+){0,3}to[ \u00a0]+$",
                                re.IGNORECASE)


# "call 911 for help", "text 741741", "dial 999": a number called, dialled or texted, with nothing
# counted after it, is a phone number or a short code ("called 300 times" stays a count).
_DIAL_BEFORE = re.compile(r"\b(?:call|calls|called|calling|dial|dials|dialled|dialed|dialling|dialing|text|texting|txt)"
                          r"[ \u00a0]+$", re.IGNORECASE)
_DIAL_AFTER = re.compile(r"[ \u00a0]*(?:[.,;:!?)]|(?:or|and|for|if|on|now|immediately|at|from|free)\b|$)",
                         re.IGNORECASE)   # "call or text 988 at any hour", "from any phone"


# "text 81010 to give £5", "call 999 to report it": what the call is for, after a short code's five
# digits or more or an emergency number ("called 300 to testify" stays a count).
_DIAL_PURPOSE_AFTER = re.compile(r"[ \u00a0]+to[ \u00a0]+[a-z]")
_EMERGENCY_NUMBERS = frozenset({"999", "911", "112", "111", "101", "000"})


def _is_dialled(cand: _Cand, text: str) -> bool:
    if not _DIAL_BEFORE.search(_before(cand, text)):
        return False
    code = text[cand.num_start:cand.end]
    return bool(_DIAL_AFTER.match(text, cand.end)
                or (code in _EMERGENCY_NUMBERS or code.isdigit() and len(code) >= 5)
                and _DIAL_PURPOSE_AFTER.match(text, cand.end))


def _before(cand: _Cand, text: str) -> str:
    return text[max(0, cand.num_start - _CONTEXT_BEFORE):cand.num_start]


def _is_year(cand: _Cand, text: str) -> bool:
    """A four-digit number in the range of years (the caller knows it is a plain integer)."""
    return cand.num_end - cand.num_start == 4 and _YEAR_MIN <= cand.value < _YEAR_STOP


# Qualifiers a year never takes: "some 2000 refugee families" is a count ("around 2000" may be a year).
_COUNT_QUALIFIER = re.compile(
    r"\b(?:some|nearly|almost|more than|fewer than|at least|as many as|an estimated)[ \u00a0]+$", re.IGNORECASE)


# "a survey of", "a crowd of", "a total of": no year follows "a <noun> of" ("the class of 2000", "sales of
# 2004 models" are years).
_OF_BEFORE = re.compile(r"\ban?[ \u00a0]+[a-z]+[ \u00a0]+of[ \u00a0]+$", re.IGNORECASE)
_APPROX_QUALIFIER = re.compile(r"\b(?:about|around|roughly|approximately)[ \u00a0]+$", re.IGNORECASE)


def _counted_year_like(cand: _Cand, text: str, tokens: _TokenIndex) -> bool:
    """A year-like number after a qualifier of counts, before the plural it counts: "some 2000 refugee
    families", "nearly 1990 employees" (news copy that drops the thousands comma); also when it is
    the subject of the verb right after it ("about 1200 were evacuated": "around 2000 the firm moved"
    is a year), or ends a clause after a qualifier a year never takes ("killed more than 2000 and");
    and after "a <noun> of", before the plural it counts ("a survey of 2000 adults")."""
    before = _before(cand, text)
    if _OF_BEFORE.search(before) and _counts_plural(cand, tokens, strict=True):
        return True  # "a survey of 2000 adults" (in the model's date: `_is_day_address_or_year` checks this plural first)
    strong = _COUNT_QUALIFIER.search(before) is not None
    if not (strong or _APPROX_QUALIFIER.search(before)):
        return False
    if _counts_plural(cand, tokens):
        return True
    nxt = tokens.after(cand.end)
    if nxt is not None and nxt.tag_ in ("VBP", "VBD", "MD") and nxt.ent_type_ not in ("DATE", "TIME"):
        return True
    return strong and (nxt is None or nxt.pos_ in ("CCONJ", "PUNCT"))


def _is_time_odds_or_list_marker(cand: _Cand, text: str) -> bool:
    """From the text alone: a clock time, a day or odds written with a slash, a list marker."""
    if _TIME_AFTER.match(text[cand.num_end:cand.num_end + 9]):
        return True  # "5pm", "10 o'clock", "9 GMT", "at four oclock" (copy that drops apostrophes)
    if cand.core == "digits" and (re.match(r"[/⁄]\d", text[cand.num_end:cand.num_end + 2])
                                  or re.search(r"\d[/⁄]$", text[max(0, cand.num_start - 2):cand.num_start])):
        return True  # "8/9 January", odds of "10/1"
    return (cand.core == "digits" and cand.end == cand.num_end and text[cand.end:cand.end + 1] == ")"
            and "(" not in _before(cand, text).rsplit("\n", 1)[-1])  # "1) If these ...": a list marker


# Digits run together this long are an identifier (a tweet's, an account's), never an amount:
# amounts this large are written with separators or a scale ("$1.2 trillion")
_ID_DIGITS = 12
_BLOCK_OF = re.compile(r"[ \u00a0]+block[ \u00a0]+of[ \u00a0]+[A-Z0-9]")


def _is_day_address_or_year(cand: _Cand, text: str, tokens: _TokenIndex) -> bool:
    """A plain integer (no unit, no scale) that is a day of the month, a house or room number,
    a year, or an abbreviated year."""
    before = _before(cand, text)
    if 1 <= cand.value <= _MAX_DAY and (_MONTH_BEFORE.search(before)
                                        or _MONTH_AFTER.match(text[cand.num_end:cand.num_end + 20])):
        return True
    if _STREET_AFTER.match(text[cand.end:cand.end + _STREET_CHARS]) or _STREET_BEFORE.search(before):
        return True  # "221 Baker Street", "Suite 400"
    if re.search(r"[#№]$|\bNo\.[ \u00a0]?$", before):
        return True  # "#1", "No. 10"
    if re.search(r"\bthe[ \u00a0]+$", before, re.IGNORECASE) and _BLOCK_OF.match(text, cand.end):
        return True  # "of the 500 block of Lou Lane": a US police report's address
    if _is_year(cand, text) and not _counts_plural(cand, tokens, strict=True) \
            and not _counted_year_like(cand, text, tokens):
        return True
    return bool(re.search(r"['’‘]$", before)) and cand.num_end - cand.num_start == 2  # '19


def _is_model_date(cand: _Cand, text: str, tokens: _TokenIndex, toks, is_int: bool) -> bool:
    """In one of the model's dates: "the 21st of the month", "two days ago", "in the 1990s".
    Durations ("six months", "a 50-year-old"), money and numbers with a unit stay figures."""
    if cand.kind == "duration" or cand.currency_explicit or cand.unit is not None or cand.scaled:
        return False   # "about a quarter of a million more than five years ago": the model's date runs over it
    date_ents = [e for e in (tokens.entity_of(t) for t in toks if t.ent_type_ in ("DATE", "TIME")) if e is not None]
    if not date_ents or _before_a_whole_date(toks[-1]):
        return False
    if is_int and _is_year(cand, text):
        return not _counted_year_like(cand, text, tokens)
    return ((cand.core == "words" or (is_int and cand.value <= _MAX_DAY)) and not _counts_plural(cand, tokens)
            and any(_DATE_WORDS.search(e.text) for e in date_ents))


def _before_a_whole_date(last) -> bool:
    """"14 tornadoes this year compared with nine last year": the model may run the number into the
    date after it, but "last year" is a whole date by itself; the number before it is no part of it."""
    doc = last.doc
    return last.i + 2 < len(doc) and doc[last.i + 1].lower_ in ("last", "this", "next") \
        and doc[last.i + 2].lower_ in ("year", "week", "month", "season", "quarter", "weekend", "time")


_SPACED_DASH_BEFORE = re.compile(r"\s[-–—]\s+$")


def _is_in_name_or_code(cand: _Cand, text: str, toks) -> bool:
    """Part of a name the model found, a hyphenated code, or a number after a word that names."""
    before = _before(cand, text)
    if any(t.ent_type_ in _NAME_LABELS for t in toks) and not _scaled_count_read_as_name(cand, toks) \
            and not _SPACED_DASH_BEFORE.search(before) and not _one_of_a_results_list(toks[-1]):
        # not "Jobs - 156,000 were added": a dash, then a clause; nor "... Green 233 votes" (ORG)
        return True  # "Galaxy Note 20", "Formula One", "S&P 500"
    if re.search(r"[A-Za-z][-‐][ \u00a0]?$", text[max(0, cand.num_start - 3):cand.num_start]) and not re.search(
            r"(?:sub|minus)-$", before, re.IGNORECASE):
        return True  # "TA-35", "COVID-19", "TPP-11"
    if _is_capitalised_in_a_name(cand, toks):
        return True  # "the Six Nations match", "BBC Two controller"
    if _named_so_elsewhere(toks):
        return True  # a headline's "Half-Life 2", which the body's "Could Half-Life 2 ..." names
    word = toks[0].doc[toks[0].i - 1] if toks and toks[0].i > 0 else None
    last = toks[-1] if toks else None
    if word is not None and word.pos_ == "VERB" and last.dep_ == "nummod" and last.head.i > last.i \
            and last.head.tag_ == "NNS":
        return False  # "will issue 3 warnings", "they book 3 rooms": a verb before a count names nothing
    if word is not None and _is_time_adverb(word) and last.dep_ == "nummod" and last.head.i > last.i \
            and _looks_plural(last.head):
        return False  # "Last year 24 provinces suffered blackouts": a time, then a count ("in week 3" names a week)
    if word is not None and word.lower_ == "number" and word.tag_.startswith("VB") \
            and any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in word.children):
        return False  # "Infected herds now number 866": the verb gives their count, no "number 866" (but
        # "made it to number four" is a chart's place)
    return bool(_NAME_WORD_BEFORE.search(before))  # "category 4", "Chapter 11", "Game 7"


def _named_so_elsewhere(toks) -> bool:
    """Does the article write the number with the word before it inside a name elsewhere? A
    headline alone on its line is parsed in sentence case, so "with Half-Life 2" there has no name
    of its own; the body's "Could Half-Life 2 possibly ..." does."""
    doc = toks[0].doc if toks else None
    if doc is None or toks[0].i == 0 or not doc[toks[0].i - 1].text[:1].isupper():
        return False
    text, start, end = text_of(doc), doc[toks[0].i - 1].idx, toks[-1].idx + len(toks[-1].text)
    at = text.find(text[start:end])
    while at >= 0:
        span = doc.char_span(at, at + end - start)
        if at != start and span is not None and any(t.ent_type_ in _NAME_LABELS for t in span[1:]):
            return True
        at = text.find(text[start:end], at + 1)
    return False


def _scaled_count_read_as_name(cand: _Cand, toks) -> bool:
    """"The petition gained 120k signatures": the model may call a number with a scale suffix a
    PRODUCT by itself; an entity that is that number alone, before a lower-case plural, is a count."""
    if not cand.scaled or toks[0].ent_iob_ != "B":
        return False
    doc, last = toks[0].doc, toks[-1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return nxt is not None and nxt.ent_iob_ != "I" and nxt.tag_ == "NNS" and nxt.text.islower()


def _is_time_adverb(word) -> bool:
    """"last year", "this week", "that day": a time word pointed to by a determiner, a time, not a label."""
    return word.lower_ in ("year", "week", "day", "season", "month") and any(
        c.lower_ in ("last", "this", "next", "that", "every", "each", "same") and c.i == word.i - 1
        for c in word.children)


def _is_capitalised_in_a_name(cand: _Cand, toks) -> bool:
    """A number word with a capital inside a sentence, before a capitalised word, is part of a name
    ("the Six Nations", "BBC Two controller"); not in a headline written in title case."""
    if cand.core != "words" or not toks or not toks[0].text[:1].isupper() or toks[0].is_sent_start:
        return False
    doc, first, last = toks[0].doc, toks[0], toks[-1]
    prev = doc[first.i - 1]
    if not (prev.is_alpha or prev.tag_ == "POS" or prev.is_digit) or last.i + 1 >= len(doc):
        return False  # after a quote mark, a colon or a dash a capital opens a clause; not after
        # "Saturday's" or a year ("the 2004 Six Nations")
    nxt = doc[last.i + 1]
    if _glued_hyphen(doc, nxt.i):
        nxt = doc[nxt.i + 1]  # "the Four-Kings website"
    if not nxt.is_alpha or not nxt.text[:1].isupper() or nxt.like_num:
        return False
    # title case leaves no long word lower; a short headline's "Six Nations" the body writes so too
    text = text_of(doc)
    return any(t.is_alpha and t.is_lower and len(t) > 3 for t in first.sent) \
        or text.count(text[first.idx:nxt.idx + len(nxt.text)]) > 1


def _is_model_number_or_age(cand: _Cand, tokens: _TokenIndex, toks, is_int: bool) -> bool:
    """Next to a proper noun ("iPhone 11", "737 Max") or an age after a name ("Senard, 65,")."""
    first = toks[0]
    prev = tokens.before(cand.start)
    if prev is not None and prev.text == "-" and prev.i == first.i - 1 and _model_number(first):
        return True  # "737-800": the second half of a model's code
    if prev is not None and prev.sent == first.sent and prev.i == first.i - 1:
        if not prev.is_sent_start and prev.ent_type_ != "MONEY" and "," not in first.text and (
                (prev.pos_ == "PROPN" and any(ch.isupper() for ch in prev.text))
                or (len(prev.text) > 1 and prev.text.isupper() and prev.text.isalpha())) \
                and not _owner_or_day_before_a_count(prev, toks[-1], cand) and not _one_of_a_results_list(toks[-1]):
            return True  # "iPhone 11", "FTSE 100", "Lang 20" (no model is "98,700": "West Coast 98,700")
        if prev.text == "," and _age_apposition(first, tokens):
            return True  # "Senard, 65, now faces"
    nxt = tokens.after(cand.end)
    if is_int and nxt is not None and nxt.pos_ == "PROPN" and nxt.i == toks[-1].i + 1 and _second_count_of(toks[-1]):
        return True  # "two 737 Max jets": the count comes first, the number before the name is the model
    return (is_int and nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper()
            and nxt.ent_type_ not in ("NORP", "LANGUAGE")  # "12 Spanish, 8 French and 5 German firms"
            and not _counts_plural(cand, tokens) and nxt.i == toks[-1].i + 1  # "737 Max", "11 Pro"
            and not (toks[-1].head.i == nxt.i and _looks_plural(nxt))  # not "3 Oscars", "24 Republicans"
            and not _counts_plural_name(toks[-1]))  # not "10 Boeing 787s"


def _model_number(token) -> bool:
    """A number right after a maker's name, or glued by a hyphen to such a number or to a code of
    letters and digits: "Boeing 737", "737-800", "A330-300" ("70 Boeing 737-800 planes" counts
    planes; 800 is no count)."""
    doc = token.doc
    if not token.like_num or token.i == 0:
        return False
    before = doc[token.i - 1]
    if before.text == "-" and not before.whitespace_ and token.i > 1 and not doc[token.i - 2].whitespace_:
        code = doc[token.i - 2]
        return _model_number(code) or not code.like_num and any(ch.isdigit() for ch in code.text) \
            and any(ch.isupper() for ch in code.text)
    return before.pos_ == "PROPN" and any(ch.isupper() for ch in before.text) and not before.is_sent_start


def _owner_or_day_before_a_count(prev, last, cand: _Cand) -> bool:
    """A name before a number that counts a common noun after it, when the name is an owner whose
    apostrophe the copy dropped ("Italys 60 million people", "Barkleys three missed penalties") or
    a day in a list without commas ("65 flights on Thursday 180 on Friday"), or a month before a
    number no day can be ("In October 718 patients waited"): not a model number."""
    if prev.ent_type_ == "DATE" and prev.lower_ in _WEEKDAYS:
        return cand.value > _MAX_DAY or not last.like_num or _role_node(last).pos_ == "NOUN"
    if prev.ent_type_ == "DATE" and re.fullmatch(_MONTHS, prev.lower_):
        doc, i = last.doc, last.i + 1
        while i < len(doc) - 1 and doc[i].pos_ == "ADJ":
            i += 1   # past adjectives: "In March 412 new homes were completed"
        after = doc[i] if i < len(doc) else None
        return cand.value > _MAX_DAY and after is not None and after.is_lower and _looks_plural(after)
    if not prev.lower_.endswith("s") or prev.lower_.endswith("ss") or len(prev.text) < 4:
        return False
    node = _role_node(last)
    after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return (node.i > last.i and node.pos_ == "NOUN") or (after is not None and after.lower_ == "of")  # "Koreans two of"


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _one_of_a_results_list(number) -> bool:
    """"Plaid Cymru 1,412 votes; Labour 1,198 votes; ... Green 233 votes": a name, a number and a
    plural the sentence counts again after another name's number is a list of results, no model's
    code ("iPhone 11 cases" counts nothing twice)."""
    noun, doc = number.head, number.doc
    if number.dep_ != "nummod" or noun.i != number.i + 1 or not noun.is_lower or not _looks_plural(noun):
        return False
    return any(t.i != noun.i and t.lower_ == noun.lower_ and t.i > 1 and doc[t.i - 1].like_num
               and doc[t.i - 2].text[:1].isupper() for t in noun.sent)


def _second_count_of(number) -> bool:
    """A number modifying a noun that an earlier number of the same phrase already counts."""
    head, doc = number.head, number.doc
    return number.dep_ == "nummod" and head.i > number.i and any(
        t.dep_ == "nummod" and t.head.i == head.i and t.like_num for t in doc[max(0, number.i - 3):number.i])


def _counts_plural_name(number) -> bool:
    """"10 Boeing 787s", "12 Sams Clubs": a number modifying a plural name through the names before
    it counts the named things ("737 Max jets": a common noun after a name leaves 737 the model)."""
    head, doc = number.head, number.doc
    code = head.text[:1].isupper() and any(ch.isdigit() for ch in head.text)  # "A321XLRs", tagged a common noun
    return number.dep_ == "nummod" and head.i > number.i + 1 and (head.pos_ == "PROPN" or code) \
        and (head.tag_ == "NNPS" or _looks_plural(head)
             or (head.text[:1].isdigit() or code) and head.text.endswith("s")) \
        and all(t.pos_ == "PROPN" for t in doc[number.i + 1:head.i])


def _looks_plural(token) -> bool:
    """A plural noun, also a proper one the tagger calls singular ("Grammys", "Ferraris"), and the
    plural of an initialism ("16 other Lib Dem MPs" came out NNP, PERSON, singular: no object)."""
    text = token.text
    return token.tag_ in ("NNS", "NNPS") or "Plur" in token.morph.get("Number") or (
        token.pos_ == "PROPN" and len(text) > 3 and text.endswith("s") and not text.endswith(("ss", "'s"))) \
        or _ACRONYM_PLURAL.fullmatch(text) is not None


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "MPs", "GPs", "EVs": capitals, then a lower-case plural "s"


# Nouns of a time phrase after "last", "next" or "this": "fell by a third last year".
_WHEN_NOUNS = _TIME_NOUNS | {"season", "quarter"} | _SEASON_WORDS


def _is_fraction_word_not_a_share(cand: _Cand, text: str, tokens: _TokenIndex, toks) -> bool:
    """"two quarters ahead" is time; "a third party", "a fifth term" are ranks, not shares."""
    words = text[cand.num_start:cand.num_end]
    if re.search(r"quarters?$", words, re.IGNORECASE) and re.match(
            r"[ \u00a0]+(?:ahead|earlier|later|ago|before|after|in advance|of (?:the|this|last|next) year(?!['’]))\b",
            text[cand.end:cand.end + 30], re.IGNORECASE):
        return True
    if re.search(r"s$|half$", words, re.IGNORECASE):
        return False
    nxt = tokens.after(cand.end)
    if nxt is not None and nxt.lower_ in ("last", "next", "this") and nxt.i + 1 < len(nxt.doc) \
            and nxt.nbor().lower_ in _WHEN_NOUNS:
        return False  # "fell by a third last year": a share, then when (not "a third party")
    return nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "PROPN") and nxt.i == toks[-1].i + 1


def _counts_plural(cand: _Cand, tokens: _TokenIndex, *, strict: bool = False) -> bool:
    """'2000 people', '2,000 workers': the number is a nummod of a plural noun that is not time.

    strict (for year-like numbers): only adjectives may stand between number and noun."""
    toks = tokens.at(cand.num_start, cand.num_end)
    if not toks:
        return False
    token = toks[-1]
    head = token.head
    between = token.doc[token.i + 1:head.i] if head.i > token.i else []
    if strict and any(t.pos_ != "ADJ" for t in between):
        return False
    return (token.dep_ in ("nummod", "quantmod") and head.i > token.i
            and (head.tag_ == "NNS" or head.lower_ in _PLURALS_TAGGED_SINGULAR
                 or not strict and _invariant_plural(head) and any(_model_number(t) for t in between))
            # "36 Boeing 737-800 aircraft" counts; "its 787 Dreamliner aircraft" is a model
            and all((t.head.i == head.i and t.dep_ in ("amod", "compound", "nmod", "punct", "advmod"))
                    or token.i < t.head.i < head.i or _model_number(t) for t in between)
            and head.lower_ not in _TIME_NOUNS and head.ent_type_ not in ("DATE", "TIME"))


# Nouns that are plural with no "-s" and never follow a year: "the council has 1200 staff" (copy that
# drops the thousands comma) counts staff; "the 2004 team" stays a year (team can be one thing).
_PLURALS_TAGGED_SINGULAR = ("staff", "personnel", "police")


def _age_apposition(token, tokens) -> bool:
    """'Name, 25,': an age after a name, as in bylines and news copy."""
    doc = tokens.doc
    if token.i < 2 or not (doc[token.i - 2].ent_type_ == "PERSON" or doc[token.i - 2].pos_ == "PROPN"
                           or _surname_of_the_article(doc[token.i - 2])):
        return False
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    # a spaced dash closes the apposition too: "A man from Clacton - Aseany Duncan, 19 - was charged"
    return nxt is None or nxt.text in (",", ")", ";", ".") or nxt.is_sent_start \
        or nxt.text in ("-", "–", "—") and bool(nxt.whitespace_)


def _surname_of_the_article(word) -> bool:
    """A capitalised word that ends a person's name elsewhere in the article: "Price, 28, beat the
    mark" after "British cyclist Anna Price" (at a sentence's start the tagger reads a common noun)."""
    return word.text[:1].isupper() and any(
        ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == word.text for ent in word.doc.ents)


_MAX_SCORE = 300  # the sides of a score are small ("won 3-1", "89-89"); larger pairs are tallies


def _is_score(cand: _Cand, text: str) -> bool:
    """'2-0', '89-89': a hyphenated pair of small integers where the first is not the smaller; and a
    tie-break's points in brackets after a set's score ("won 6-3 7-6(4) 6-3")."""
    if _TIEBREAK_BEFORE.search(text, max(0, cand.num_start - 6), cand.num_start) \
            and text[cand.num_end:cand.num_end + 1] == ")":
        return True
    # "won 3-1", "beaten 3 - 1": the hyphen or dash may stand between spaces
    left = re.search(r"(?<![\d.,])(\d+)[ \u00a0]?[-–][ \u00a0]?$", text[max(0, cand.num_start - 7):cand.num_start])
    right = re.match(r"[ \u00a0]?[-–][ \u00a0]?(\d+)(?!\d|[.,]\d|[A-Za-z%])", text[cand.num_end:cand.num_end + 8])
    return bool((left and cand.value <= int(left.group(1)) < _MAX_SCORE)
                or (right and int(right.group(1)) <= cand.value < _MAX_SCORE))


# A knockout round: "the last" and a field halved round by round, then no noun ("reached the last
# eight,", "the last 16 of the Champions League"); not a count of what was just named ("three of the
# last four", "the last four years").
_ROUND_BEFORE = re.compile(r"(?<!\bof )\bthe[ \u00a0]+last[ \u00a0]+$", re.IGNORECASE)
_ROUND_AFTER = re.compile(r"(?:[ \u00a0]*(?:[,.;:!?)]|$)|[ \u00a0]+(?:by|with|at|in|if|on|and|after|before|"
                          r"stage|round|tie|draw)\b|[ \u00a0]+of[ \u00a0]+the[ \u00a0]+[A-Z])")
_ROUND_SIZES = (4, 8, 16, 32)


def _is_round_name(cand: _Cand, text: str) -> bool:
    return cand.value in _ROUND_SIZES and cand.unit is None and bool(_ROUND_BEFORE.search(_before(cand, text))) \
        and bool(_ROUND_AFTER.match(text, cand.num_end))


_MAX_SET_GAMES = 7  # a tennis set's side: "6-2 5-7 6-2", "7-6"
_TIEBREAK_BEFORE = re.compile(r"(?<![\d.,])(?:7[-–]6|6[-–]7)[ \u00a0]?\($")
_SET_BEFORE = re.compile(rf"(?<![\d.,-])[0-{_MAX_SET_GAMES}][-–][0-{_MAX_SET_GAMES}][ \u00a0]+$")
_SET_AFTER = re.compile(rf"[ \u00a0]+[0-{_MAX_SET_GAMES}][-–][0-{_MAX_SET_GAMES}](?![\d.,])")
_LEAD_AFTER = re.compile(r"[ \u00a0]+(?:down|up)\b", re.IGNORECASE)


def _is_score_in_context(cand: _Cand, text: str) -> bool:
    """A hyphenated pair whose first side is the lower reads as a range, but its context says score:
    a side that leads or trails ("went 0-30 down", "were 1-2 up"), or a set among sets ("a 6-2 5-7
    6-2 loss", "won 4-6 6-3 7-6"; not bands of larger numbers, "lows of 2-4 5-8 degrees")."""
    pair = re.fullmatch(r"(\d+)[-–](\d+)", text[cand.num_start:cand.num_end])
    if pair is None:
        return False
    if _LEAD_AFTER.match(text, cand.num_end):
        return True
    if max(int(pair.group(1)), int(pair.group(2))) > _MAX_SET_GAMES:
        return False
    return bool(_SET_BEFORE.search(text[max(0, cand.num_start - 8):cand.num_start])
                or _SET_AFTER.match(text, cand.num_end))


_ONE_OR_ANOTHER = re.compile(r"[ \u00a0]+\w+(?:[ \u00a0]+\w+)?[ \u00a0]+or[ \u00a0]+(?:an)?other\b", re.IGNORECASE)
# "one day" of the future or the past: a comma after it opening a sentence, or a subject and a modal after it
_SOME_DAY = re.compile(r"[ \u00a0]+day(?:(?P<comma>,)|[ \u00a0]+(?:I|we|you|he|she|they|it)[ \u00a0]+"
                       r"(?:will|would|could|might|may)\b)")


# Times "One" opens a sentence with, when it tells when something happened; not an interval ("One
# day later De Telegraaf published ...").
_SOME_TIMES = frozenset("day night morning evening afternoon weekend".split()) | SEASONS
_INTERVAL_AFTER = re.compile(r"\w+\s+(?:later|earlier|ago|after|before)\b")


def _one_counts(token, text: str, cand: _Cand) -> bool:
    """'one' is a figure when it counts something ("one solution") or is one part of a counted whole
    ("one of the three brothers"), not when it is a pronoun, a member of a group ("one of the best",
    "one of them") or part of an adjective ("a one-off payment")."""
    if re.match(r"[-‐](?:off|time)\b", text[cand.num_end:cand.num_end + 6], re.IGNORECASE):
        return False  # "one-off", "one-time": single or former, not a count
    if _ONE_OR_ANOTHER.match(text, cand.num_end):
        return False  # "one way or another", "one thing or another": any, not a count
    some_day = _SOME_DAY.match(text, cand.num_end)
    opening = token.is_sent_start or token.i > 1 and token.nbor(-1).is_quote \
        and (token.nbor(-1).is_sent_start or token.nbor(-2).text == ":")
    if some_day and (opening or not some_day.group("comma")):   # also opening a quote: '"One day, when I was
        return False  # "One day, my grandchildren will ask", "one day she would own it": some day, no span
    if opening and token.head.i == token.i + 1 and token.head.lower_ in _SOME_TIMES \
            and token.head.dep_ in ("npadvmod", "advmod") and not _INTERVAL_AFTER.match(text, token.head.idx):
        return False  # "One night in the winter, the pumps failed": a time in a story, no span ("One night cost £400")
    return (token.dep_ == "nummod" and token.head.i > token.i) or _one_of_a_counted_whole(token) \
        or _noun_read_as_verb(token, token.head, cand)


def _one_of_a_counted_whole(token) -> bool:
    """"one of the three brothers", "one of 88 piano notes", "19 banks, only one of which": one part
    of a whole the sentence counts is a count, as "two of the three" is; "one of the best" (a whole
    with no number) only places a thing in a group."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == token.i + 1), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is not None and whole.lower_ in ("which", "whom"):
        whole = _relative_antecedent(whole, token)
    return whole is not None and any(c.dep_ == "nummod" and c.like_num and c.lower_ != "one" for c in whole.children)


# --- ranges ------------------------------------------------------------------------------------

# What joins a range's two numbers; a hyphen may hang on the first ("six- to 10-bedroom homes")
_RANGE_CONNECTOR = re.compile(r"(?:-[ \u00a0]+)?[ \u00a0]*(?P<c>-|–|—|to-?|and|or)[ \u00a0]*"
                              r"(?:(?:just|only)[ \u00a0]+)?", re.IGNORECASE)


def _merge_ranges(cands: list[_Cand], text: str, tokens: _TokenIndex) -> list[_Cand]:
    """'between 10 and 20', '10-20', 'from 5 to 7 per cent', 'three or four years': one figure."""
    out = list(cands)
    i = len(out) - 2
    while i >= 0:
        a, b = out[i], out[i + 1]
        between = text[a.end:b.start]
        conn = _RANGE_CONNECTOR.fullmatch(between)
        if conn is None or a.core in ("vague", "frac", "pern", "half", "slash") or b.core in ("frac", "pern", "half", "slash"):
            i -= 1
            continue
        c = conn.group("c").lower()
        lead = re.search(r"\b(?P<w>between|from|by)[ \u00a0]+$", text[max(0, a.start - 10):a.start], re.IGNORECASE)
        lead_word = lead.group("w").lower() if lead else ""
        if c == "and" and lead_word != "between":
            i -= 1
            continue
        if c == "or" and not (a.core == "words" or (a.value < 20 and b.value <= a.value + 5)):
            i -= 1
            continue
        # the first number borrows the second's unit and scale ("1 to 2 thousand", "US $89 to $93 billion"),
        # not a number with a unit of its own ("rose 4% to 36bn euros" is 4 percent)
        if a.unit is None and b.unit is not None:
            a.unit, a.kind, a.currency_explicit = b.unit, b.kind, b.currency_explicit
        if b.unit is None and a.unit is not None and (lead_word in ("from", "between")   # "aged between 18 and 34"
                                                      or _AGE_BEFORE.search(text, max(0, a.start - 16), a.start)):
            b.unit, b.kind = a.unit, a.kind  # "women aged 50 to 74"
        if a.unit != b.unit:
            i -= 1
            continue
        if b.scaled and not a.scaled and a.core == "digits" and b.core == "digits" and a.value <= b.value / b.factor:
            a.value *= b.factor
            a.scaled, a.factor = True, b.factor
        # "rose from 5 to 7%" is a change from one level to another; "rose 10-15%" is a range
        change = c in ("to", "to-") and (lead_word == "by"
                                         or lead_word != "between" and _change_verb(tokens, a) is not None)
        if a.unit != b.unit or a.value >= b.value or change:
            i -= 1
            continue
        start = lead.start() + max(0, a.start - 10) if lead and lead_word != "by" else a.start
        merged = replace(b, start=start, num_start=a.num_start, value=a.value, value_max=b.value,
                         qualifier="range")
        out[i:i + 2] = [merged]
        i -= 1
    return out


def _share_units(cands: list[_Cand], text: str) -> None:
    """'three or four years', '5 to 10 km', 'between four and six days': the first number has the
    second's unit; "raised 280 million of the 1.5 billion shekels": a part of a sum of money is money
    in the same currency."""
    for a, b in zip(cands[::-1][1:], cands[::-1]):
        if a.unit is not None or b.unit is None or a.core not in ("digits", "words"):
            continue
        gap = text[a.end:b.start]
        ranged = _RANGE_GAP.fullmatch(gap) or gap.strip().lower() == "and" and _BETWEEN_BEFORE.search(
            text, max(0, a.start - 10), a.start)   # "between four and six days"
        if not a.scaled and ranged and not (_is_year(a, text) and not _is_year(b, text)):
            a.unit, a.kind, a.currency_explicit = b.unit, b.kind, b.currency_explicit  # not "in 2008 to 29 mpg"
        elif b.kind == "money" and _PART_OF_SUM.fullmatch(gap):
            a.unit, a.kind, a.currency_explicit = b.unit, b.kind, b.currency_explicit


_BETWEEN_BEFORE = re.compile(r"\bbetween[ \u00a0]+$", re.IGNORECASE)
_PART_OF_SUM = re.compile(r"[ \u00a0]+(?:out[ \u00a0]+)?of[ \u00a0]+(?:the|its|their|his|her|a|an)?[ \u00a0]*", re.IGNORECASE)


def _change_verb(tokens: _TokenIndex, cand: _Cand):
    """The verb of change that governs the figure ("rose from 5 to 7"), if any."""
    toks = tokens.at(cand.num_start, cand.num_end)
    if not toks:
        return None
    node = toks[0]
    for _ in range(8):
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.dep_ == "acl" and node.lemma_.lower() not in _NOT_PASSED_ON:
            continue  # "increased the number of attendants based in London from 370 to 870": the parser hangs
            # the from-to on the participle of the noun; the clause's verb says what changed
        if node.pos_ in ("VERB", "AUX") or node.dep_ == "ROOT":
            return node if node.lemma_.lower() in _CHANGE_LEMMAS or node.lower_ in _CHANGE_LEMMAS else None
    return None


_SPAN_LEMMAS = frozenset({"range", "vary", "span", "stretch", "run", "last", "date"})  # "prices ranging from 10 to 20": a range
_NOT_PASSED_ON = frozenset(_CHANGE_LEMMAS) | _SPAN_LEMMAS  # participles that govern their own from-to


# --- ordinals ------------------------------------------------------------------------------------

def _ordinals(text: str, tokens: _TokenIndex, cands: list[_Cand], blocked) -> list[_Cand]:
    """Ranks that say something ("the 10th consecutive month", "finished 3rd"), not names ("22nd Amendment")."""
    taken = _Intervals([(c.start, c.end) for c in cands] + list(blocked))
    found = []
    for rx in (_ORDINAL_DIGITS, _ORDINAL_WORDS):
        for m in rx.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            word = m.group(1).lower()
            value = Decimal(word) if word.isdigit() else Decimal(ORDINALS[word])
            follow, before = text[m.end():m.end() + 25], text[max(0, m.start() - 30):m.start()]
            if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(text[m.start() + len(m.group(1)):m.start() + len(m.group(1)) + 25]):
                continue
            if rx is _ORDINAL_WORDS and not _ORDINAL_FOLLOW.match(follow):
                continue
            if not (_ORDINAL_FOLLOW.match(follow) or (rx is _ORDINAL_DIGITS and _ORDINAL_FOLLOW_DIGITS.match(follow))
                    or (_ORDINAL_RANK.search(before) and _DEFAULT_STOP.match(follow))
                    or (rx is _ORDINAL_DIGITS and value >= 10 and _LOWER_WORD_AFTER.match(follow)
                        and (_OWNING_PRONOUN_BEFORE.search(before) or _OWNER_BEFORE.search(before)))):
                continue
            toks = tokens.at(m.start(), m.end())
            if any(t.ent_type_ in _NAME_LABELS for t in toks):
                continue
            found.append(_Cand(m.start(), m.end(), m.start(), m.end(), value, "ordinal", kind="ordinal"))
    return found


# --- records ----------------------------------------------------------------------------------------

def _to_figure(cand: _Cand, text: str, tokens: _TokenIndex) -> Figure | None:
    value, value_max = finite(cand.value), finite(cand.value_max) if cand.value_max is not None else None
    if value is None or (cand.value_max is not None and value_max is None):
        return None
    start, qualifier = cand.start, cand.qualifier
    if qualifier == "exact":
        q = _QUALIFIER_RE.search(text, max(0, start - 25), start)  # not a slice: "awesome 5" is not "some 5"
        if q and _is_moving_up_to(q, tokens):
            q = None  # "ticked up to 5%": a change that ends at 5%, not an upper bound
        if q:
            qualifier = next(k for k in ("less", "more", "approx") if q.group(k))
            start = q.start()
    end = cand.end
    after = _QUALIFIER_AFTER.match(text[end:end + 12])
    if after and qualifier == "exact":
        qualifier = next(k for k in ("more", "approx", "less") if after.group(k))
        end += after.end()
    toks = tokens.at(cand.num_start, cand.end) or tokens.at(cand.start, cand.end)
    obj = _object(toks, cand, tokens) if toks else None
    kind = cand.kind
    if cand.core == "ordinal":
        kind = "ordinal"
        top = _TOP_RANKS.match(text, end) if obj is not None and obj.lower() == "top" else None
        obj = top.group(1) if top else obj   # "her fifth top 10 hit": the parser heads it with "top"
    elif cand.unit in ("fraction",):
        kind = "count"
    change = _change(cand, text, tokens) if toks and kind != "ordinal" else None
    return Figure(start=start, end=end, text=text[start:end], value=value, value_max=value_max,
                  qualifier=qualifier, unit=cand.unit, object=obj, kind=kind,
                  sentence=_sentence_text(toks, tokens), change=change)


def _sentence_text(toks, tokens: _TokenIndex) -> str:
    doc = tokens.doc
    try:
        span = toks[0].sent if toks else doc[:]
    except ValueError:  # no sentence boundaries (a pipeline without parser or senter)
        span = doc[:]
    if toks and len(span) > 2 * _SENTENCE_REACH_TOKENS:
        span = doc[max(span.start, toks[0].i - _SENTENCE_REACH_TOKENS):
                   min(span.end, toks[0].i + _SENTENCE_REACH_TOKENS)]
    text = span.text
    if toks:  # a line break ends the sentence: a headline is not run into the paragraph below it
        at = toks[0].idx - span.start_char
        end = text.find("\n", at)
        text = text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)]
    return " ".join(text.split())


# How a number (or the adjective it is part of, "50-year-old") hangs on the noun it counts or, a
# measure, measures ("the 6.2km race" → race; an age, "a 50-year-old man", names no object).
_MODIFIER_DEPS = ("nummod", "quantmod", "compound", "amod", "nmod")
# Labels of a noun that is itself a number or a date, never the thing counted ("5 million dollars").
_NUMERIC_ENTS = ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL")
# Subjects whose "of" phrase names what the figure counts: "the number of visitors rose to 2 million".
_TALLY_NOUNS = ("number", "total", "count", "tally", "toll")
_MAX_MODIFIED = 5   # words from the number to the noun it modifies ("50 highly paid staff")
_MAX_OF_PHRASE = 10  # words from the number to the head of its "of" phrase ("a third of US Airways' ... staff")
_ANYWHERE = 1 << 30  # a link the parse makes across the sentence (the tally's subject)


def _noun_phrase_head(token):
    """'text' in "text messages" -> messages: up the compound chain to the head noun."""
    while token.dep_ == "compound" and token.head.i > token.i and token.head.pos_ == "NOUN" \
            and not any(t.is_punct and t.whitespace_ for t in token.doc[token.i + 1:token.head.i]):
        token = token.head  # not across a spaced dash: "five members - president X" counts members
    return token


def _object(toks, cand: _Cand, tokens: _TokenIndex) -> str | None:
    """The counted noun, read from the parse: the head of the "of" phrase after the number ("dozens
    of people", "a third of the staff"), else the noun the number modifies ("4,500 families")."""
    toks = _with_plus(toks)
    last = toks[-1]
    if _chart_size(toks[0], last):
        return None
    for noun, reach in _object_candidates(toks, cand, tokens):
        noun = _head_of_stock(_plural_owner(_hyphen_end(noun), last, cand))
        if _is_counted_noun(noun, cand, last, reach):
            return _noun_words(noun, last)
    if cand.unit is None and cand.kind == "count" and _is_nominal_adjective(last):
        return last.nbor().text  # "40 dead", "left 14 injured"
    label = _label_before_a_colon(toks[0]) or _held_at(last) if cand.unit is None and cand.kind == "count" else None
    if label is None and cand.unit in _PERCENT_UNITS:
        label = _what_a_rate_measures(toks[0])
    if label is None and cand.unit == "fraction" and _size_of_a_change(last):
        label = _what_a_rate_measures(last)  # "Profits fell by a third": a share, as "by 30%"
    if label is None and cand.kind == "money":
        label = _what_a_sum_is(last)
    if label is None and cand.kind in ("quantity", "duration") and cand.unit is not None:
        label = _what_a_measure_levels(last, duration=cand.kind == "duration")
    return _noun_words(label, last) if label is not None else None


# Verbs a rate is the level of: "growth would reach 4.4%", "unemployment stood at 5.2%"
_LEVEL_LEMMAS = frozenset({"reach", "hit", "stand", "remain", "stay", "be", "top", "exceed", "average", "touch",
                           "cost", "cap", "limit", "total", "last"})   # "cap organic nitrogen at 220kg per hectare",
# "An average session lasts 34 minutes"
# Nouns of a change, not of a measure: "a rise of 3% in prices" measures the prices ("growth of
# 3.6%" measures growth)
_CHANGE_EVENT_NOUNS = frozenset({"rise", "fall", "increase", "decrease", "drop", "cut", "jump", "decline", "gain",
                                 "loss", "climb", "slump", "surge", "reduction", "hike", "dip", "slip", "boost",
                                 "improvement", "slide", "plunge", "rebound", "leap"})


def _what_a_rate_measures(number):
    """A percent measures the noun it stands before ("a 56% stake"; for a change its "in" noun:
    "a 40% drop in profits"), or else what the verb it is the size or the level of moves: its
    object ("held interest rates at 4.75%", "raised prices by 3%") or its subject ("sales fell
    2.8%", "unemployment rose to 5.2%", also of a verb it goes on from: "growth would reach 4.4%
    but fall to 3.3%"); or the noun whose "of" phrase it is ("growth of 3.6%"). A level it stands
    before gives way to what reaches it ("inflation would rise to its 2% target") and names the
    measure only with a noun of its own ("its 1.4% growth target"; "the 95% mark": none). A
    common noun only: "it rose 3%", "Vodafone fell 2%" name no measure."""
    sized = _noun_a_rate_sizes(number)
    shared = _of_noun_of_next_share(_role_node(number))
    if shared is not None:
        measured = shared
    elif sized is not None and sized.lemma_.lower() not in _LEVEL_NOUNS:
        measured = _measured_noun(sized, None)
    else:
        measured = _measured_by(_role_node(number), number) or _named_level(sized)
    return measured if measured is not None and _a_measure(measured, number) else None


def _what_a_measure_levels(number, *, duration: bool):
    """A measure or a duration is of what reaches it or moves by it, as a percentage is
    (`_measured_by`): "Temperatures reached 34C", "waiting times rose to 18 weeks", "cut the sentence
    to five years"; a measure also of the noun its bare "of" phrase sizes ("speeds of 40Mbps", "a
    throw of 15.27m"). Not a span before a noun ("a five-week low": its own rule), a distance a
    thing goes from ("shot from 50 yards"), a time "later", nor a duration's "of" phrase ("his wife
    of 56 years", "the best song of the last 25 years") but a span's ("a non-parole period of four
    years", "a delay of 40 minutes": `_SPANS`)."""
    node = _role_node(number)
    if node.dep_ == "npadvmod" and node.head.lower_ in _DIMENSIONS and node.head.dep_ == "acomp" \
            and node.i == number.i and not duration:
        subject = _subject_or_antecedent(node.head.head)   # "Snow was 1.4 metres deep": the snow's depth
        return subject if subject is not None and _a_measure(subject, number) else None
    if node.i != number.i or node.dep_ in ("npadvmod", "conj") or any(
            c.dep_ in ("det", "amod", "compound") and c.lower_ in _A_SPAN_NOT_A_LEVEL for c in node.children):
        return None  # "from the previous 12 months", "notching up a record 28 million hours"
    if node.dep_ == "pobj" and node.head.lower_ == "of":
        bare = not any(c.dep_ in ("det", "poss", "amod") for c in node.children)
        owner = node.head.head
        if duration and owner.lemma_.lower() not in _SPANS or not bare \
                or owner.lemma_.lower() in _NOT_SIZED_BY_A_MEASURE:
            return None
    else:
        bounds = () if duration else _BOUND_PREPS   # "increase its funding ... over 10 years": a span, no level
        verb = _change_verb_of_size(number) or _level_verb(number) or (
            node.head.head if node.dep_ == "pobj" and node.head.lower_ in ("at", "by", *bounds) else node.head)
        if verb.pos_ not in ("VERB", "AUX") or not (
                _direction(verb, via_prep=True) or verb.lemma_.lower() in _LEVEL_LEMMAS):
            return None
    measured = _measured_by(node, number)
    return measured if measured is not None and _a_measure(measured, number) else None


# Nouns that are spans of time, which a duration's bare "of" phrase sizes: "a ban of six months".
_SPANS = frozenset("""period sentence term delay wait contract ban tenure stint spell suspension lease stay
absence career shift reign lifespan warranty moratorium extension""".split())
# Adjectives a measure before them sizes, of what "is" so: "Snow was 1.4 metres deep", "the wall is 4m high"
_DIMENSIONS = frozenset({"deep", "high", "tall", "long", "wide", "thick"})
# Nouns an "of" measure does not size: "at the age of 85" (an age), "a maximum of 14Mbps" (a
# qualifier), "fall from a peak of 400,000 tonnes" (what falls is measured)
_NOT_SIZED_BY_A_MEASURE = frozenset({"age", "maximum", "minimum", "handful", "space", "matter", "peak"})
# Words that make a measure a span of time or a feat, not a level: "the previous 12 months", "a record 28m hours"
_A_SPAN_NOT_A_LEVEL = frozenset({"the", "this", "that", "those", "these", "previous", "last", "past", "next",
                                 "first", "record"})


def _of_noun_of_next_share(node):
    """"received 29 percent and 8 percent of the vote": shares joined by "and" are all of the
    last one's "of" noun (the parser hangs it on the last)."""
    share = next((c for c in node.children if c.dep_ == "conj" and c.lower_ in _PERCENT_WORDS), None)
    of = next((c for c in share.children if c.dep_ == "prep" and c.lower_ == "of"), None) if share else None
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _named_level(level):
    """A level noun with a noun of its own before it ("growth target"), or None."""
    named = level is not None and any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in _PERCENT_WORDS
                                      for c in level.lefts)
    return level if named else None


# Nouns for a level a rate is compared with: what reaches it is measured, else the level itself
_LEVEL_NOUNS = frozenset({"target", "mark", "threshold", "forecast", "estimate", "goal", "limit", "level", "record"})


def _what_a_sum_is(number):
    """What a sum of money is the amount of: the noun it stands before ("a $50,000 reward", "a £2m
    fine"; for a change its "in" noun: "a $3bn cut in spending"), the plain noun of an "in" phrase
    the parser hangs on it ("$10.3 million in debt"), or what it is the level of ("net
    income fell 8.3% to $691.6m", "shares closed at $56.24"). A common noun only: "paid $40 for
    the tickets", "cut £35bn" and "$5m in the bank" say what the money bought, who spent it or where
    it is, not what it is. Goods it is "worth of" are what it is the value of (`_worth_of`)."""
    goods = _worth_of(number) or _priced_each(number)
    if goods is not None:
        return goods
    sized = _noun_a_sum_stands_before(number)
    if sized is not None:
        sized = _measured_noun(sized, None)
        return sized if sized is not None and _names_a_sum(sized) else None
    role = _role_node(number)
    spent = role.dep_ == "dobj" and role.head.lemma_.lower() not in _LEVEL_LEMMAS
    measured = None if spent else _measured_by(role, number) or _worth_being(role)  # not "his party would cut £35bn"
    if measured is not None and _a_measure(measured, number) and _names_a_sum(measured):
        return measured
    after = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if after is None or after.lower_ != "in" or not (after.head.i == number.i or _in_on_the_verb(number, after)):
        return None
    noun = _shared_head(next((c for c in after.children if c.dep_ == "pobj"), None))
    plain = noun is not None and noun.pos_ == "NOUN" and noun.ent_type_ == "" and _names_a_sum(noun)
    return noun if plain and not any(c.dep_ in ("det", "poss") for c in noun.children) else None


# Verbs that put a count's level on their object with "at": "cap cruise passengers at 4,000 a day"
_HOLD_AT_LEMMAS = frozenset({"cap", "limit", "hold", "keep", "set", "fix", "peg", "restrict"})


def _held_at(number):
    """What a count is the level of when a verb holds its object "at" it ("cap cruise passengers at
    4,000 a day", "kept the number of staff at 120"; `_noun_words` reads past "the number of")."""
    node = _role_node(number)
    if node.dep_ != "pobj" or node.head.lower_ != "at" or node.head.head.pos_ != "VERB" \
            or node.head.head.lemma_.lower() not in _HOLD_AT_LEMMAS:
        return None
    return next((c for c in node.head.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)


def _priced_each(number):
    """The things a sum is the price of "each" or "apiece": the object of a verb of price ("the company
    sold 19.6 million shares at $85 each"), else its subject ("the new jets cost $98m each", "The
    flats went for £210,000 apiece"); a common noun only."""
    after = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if after is None or after.lower_ not in ("each", "apiece"):
        return None
    verb = number
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() not in _PRICE_LEMMAS:
        return None   # "Applicants paid £23,000 apiece": the payers, no goods
    goods = next((c for c in verb.children if c.dep_ == "dobj"), None) \
        or next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return goods if goods is not None and goods.pos_ == "NOUN" else None   # "sold 19.6 million shares at $85 each"


# Verbs whose subject is the goods a sum is the price of
_PRICE_LEMMAS = frozenset({"cost", "sell", "fetch", "go", "retail", "trade", "be", "price", "value"})


def _shared_head(noun):
    """The plural two nouns share: "roof and heating repairs" are repairs, though the parser makes
    "roof" the head and "repairs" its conjunct ("cocaine and heroin" stays cocaine)."""
    if noun is None or noun.tag_ != "NN":
        return noun
    plural = next((c for c in noun.children if c.dep_ == "conj" and c.tag_ == "NNS"
                   and any(m.dep_ == "compound" for m in c.children)), None)
    return plural or noun


def _owner_of(of):
    """The noun an "of" phrase belongs to: the parser hangs "provisions and cash reserves of $410
    million" on the first of the nouns "and" joins, though the one right before "of" owns it."""
    owner = of.head
    return next((c for c in owner.conjuncts if c.i == of.i - 1 and c.pos_ == "NOUN"), owner)


def _worth_being(node):
    """What "be worth" gives the value of: "The deal is worth $40m", "the contract, which is worth
    £2m" (`_a_measure` then keeps common nouns only: not "he is worth £5m")."""
    worth = node.head
    if worth.lower_ != "worth" or node.dep_ not in ("npadvmod", "pobj", "dobj") or worth.dep_ != "acomp":
        return None
    return _subject_or_antecedent(worth.head) if worth.head.lemma_ == "be" else None


def _size_of_a_change(number) -> bool:
    """A fraction after "by" ("fell by a third", "cut by two-thirds") sizes a change, as a percentage does."""
    node = _role_node(number)
    return node.dep_ == "pobj" and node.head.lower_ == "by"


def _noun_a_sum_stands_before(number):
    """The noun a sum of money stands before, however the parser read the words after it, or None."""
    sized = _noun_a_rate_sizes(number)
    if sized is None and number.lower_ in SHORT_SCALES:
        sized = _noun_read_as_adjective(number)  # "a £2m fine": the parser's noun is the "m"
    if sized is None:
        sized = _noun_after_a_and_a_sum(number)
    if sized is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an") and c.i > number.i for c in sized.children):
        return None  # "costs about $3.90 a dose": what the sum is for each of, not what it is (the vaccine)
    if sized is not None and sized.dep_ == "poss":
        sized = sized.head  # "his £71,433 minister's salary"
    while sized is not None and sized.dep_ == "compound" and sized.head.i == sized.i + 1 and sized.head.pos_ == "NOUN" \
            and not any(c.dep_ == "dobj" for c in sized.head.children):
        sized = sized.head  # "a $1.5bn share buyback": the compound's head; not "an £800m bid undervalues ..."
    if sized is not None and any("\n" in t.text + t.whitespace_ for t in number.doc[number.i:sized.i + 1]):
        return None  # a list's next line: "threshold from £60,000 \n - A freeze on petrol duty"
    return sized


def _noun_read_as_adjective(scale):
    """The word after a scale the parser made the noun ("a £2m fine": "m" the object with the
    article, "fine" an adjective in a noun's role, or the scale's modifier: "The £5.2m fine is the
    largest"), or None; not after a bare sum ("paid £2m net")."""
    after = scale.doc[scale.i + 1] if scale.i + 1 < len(scale.doc) else None
    return after if after is not None and after.pos_ == "ADJ" and after.is_lower \
        and any(c.dep_ in ("det", "poss") for c in scale.children) \
        and after.dep_ in ("dobj", "oprd", "pobj", "nsubj", "nsubjpass", "attr", "conj", "amod") else None


def _noun_after_a_and_a_sum(number):
    """The word that ends the noun phrase "a" and a sum open, however the parser read it ("a £25m
    cut in spending": "cut" a participle of "25", the "m" an auxiliary; "paid a £2m fine": "fine"
    an adjective), or None. After "a" the sum stands before a noun: the phrase is no clause."""
    doc = number.doc
    numeral = doc[number.i - 1] if number.lower_ in SHORT_SCALES and number.i > 0 else number
    before = numeral.i - 1
    while before >= 0 and doc[before].is_currency:
        before -= 1
    word = doc[number.i + 1] if number.i + 1 < len(doc) else None
    ends = word is not None and (word.i + 1 == len(doc) or doc[word.i + 1].pos_ in ("ADP", "PUNCT", "CCONJ", "AUX")
                                 or doc[word.i + 1].ent_type_ in ("DATE", "TIME"))  # "a £2m fine last year"
    return word if ends and before >= 0 and doc[before].lower_ in ("a", "an") and word.is_alpha and word.is_lower \
        and word.pos_ in ("NOUN", "VERB", "ADJ") and word.dep_ != "ROOT" else None


def _worth_of(number):
    """The noun of "worth of" within a few words after an amount, the goods it is the value of:
    "$7,000 worth of farm equipment", "thousands of dollars worth of property"; or the noun right
    before "worth" and the amount: "3kg of cocaine worth £150,000", "a deal worth $3bn" (not "he is
    worth £5m")."""
    doc = number.doc
    for token in doc[number.i + 1:min(len(doc), number.i + 4)]:
        if token.is_punct:
            break
        if token.lower_ == "worth" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of":
            return next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
    before = number.i - 1
    while before > 0 and (doc[before].is_currency or doc[before].like_num or _PREFIX_RE.fullmatch(doc[before].text)
                          or _LETTERED_SUM.fullmatch(doc[before].text)   # "worth more than N1.2 trillion"
                          or doc[before].lower_ in (*_QUALIFIER_PREPS, *_QUALIFIER_WORDS, "some", "an", "estimated")):
        before -= 1
    worth = doc[before] if before > 0 else None
    if worth is not None and worth.lower_ == "worth" and doc[before - 1].pos_ == "NOUN":
        return doc[before - 1]
    return None


_LETTERED_SUM = re.compile(rf"(?:{'|'.join(_LETTER_CURRENCY)})\d[\d.,]*")   # a letter currency glued on: "N1.2"
# Nouns that say where a sum stands, not what it is: "the record high of $55.67", "a total of £33.5bn"
_SUM_LEVEL_NOUNS = _LEVEL_NOUNS | {"high", "low", "peak", "average", "total", "sum", "amount", "figure", "part",
                                  "maximum", "minimum", "cent", "cents", "pence", "penny", "m", "bn", "k"}


def _in_on_the_verb(number, after) -> bool:
    """"approved $765,000 in financing": the parser hangs the "in" right after the object sum on the
    verb; it still names the sum, unless the verb puts money into something ("invested $5m in
    plants", "spent £2m in advertising": where it went, not what it is)."""
    return number.dep_ == "dobj" and after.head.i == number.head.i and number.head.lemma_.lower() not in _PLACING_LEMMAS


# Verbs that put money into something: its "in" phrase says where the money went.
_PLACING_LEMMAS = frozenset({"invest", "spend", "put", "pour", "inject", "sink", "plough", "plow"})


def _names_a_sum(noun) -> bool:
    """Not a level, a time, a currency or scale word ("330m euros", "40 euro cents", "A$68m")."""
    word = noun.lower_
    return word not in _SUM_LEVEL_NOUNS and noun.lemma_.lower() not in _SUM_LEVEL_NOUNS \
        and word not in _TIME_NOUNS and word not in _CURRENCY_WORDS


def _noun_a_rate_sizes(number):
    """The noun a percentage stands before as its size ("a 56% stake", "a 5 per cent rise", "at 75
    percent capacity"), or None: the number and its percent words modify it, word by word. Not a
    number it only qualifies ("rising 37% to 705m rupees": the rupees are another figure's)."""
    node = number
    while node.dep_ in ("nummod", "compound", "amod", "nmod") and node.head.i > node.i:
        node = node.head
        if node.lower_ not in _PERCENT_WORDS:
            return node if node.pos_ == "NOUN" else None
    return None


# Words that bound the level a change reaches or a level keeps: "fell below 13,000MW", "stayed above 30C"
_BOUND_PREPS = ("below", "above", "under", "over")
# ... of them those that carry the move itself, right on the figure ("rose above 3%"; "over the next
# five years" is a span of time, "slightly below the African average of 4%" a comparison)
_CHANGE_BOUNDS = ("below", "above")


def _measured_by(node, number):
    """What `_what_a_rate_measures` reads, before it is checked (`_a_measure`)."""
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        return _measured_noun(_owner_of(node.head), node.head)
    if node.dep_ == "npadvmod" and (node.head.tag_ in ("JJR", "RBR") or node.head.lower_ in ("up", "down")
                                    and node.head.pos_ == "ADV"):
        return _compared(node.head)
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and _change_past_a_relative(node.head) is not None:
        return node.head.head.head   # "raised the price it guarantees growers by 20%": the price
    verb = _change_verb_of_size(number) or _level_verb(number)
    if verb is not None and verb.pos_ == "NOUN" and verb.lower_ not in _PERCENT_WORDS:
        # a "from"/"to" phrase hung on a noun measures it: "rates for young people (range) from 35
        # percent ... to 51 percent"; not "up from 6%" nor a preposition's noun ("in contrast to the 60%")
        return None if verb.lower_ in ("up", "down") or verb.dep_ == "pobj" else _measured_noun(verb, None)
    moved = _moved_by_a_misread_change(node.head.head, "nsubj") if verb is None and node.dep_ == "pobj" else None
    if moved is not None:
        return moved  # "saw sales increase by 210%", the "by" hung on the noun: a noun with a subject is a verb
    if verb is None and node.dep_ in ("dobj", "attr", "pobj"):
        head = node.head.head if node.dep_ == "pobj" and node.head.lower_ in ("at", "to", "by", *_BOUND_PREPS) \
            else node.head
        verb = head if head.pos_ in ("VERB", "AUX") and (head.lemma_.lower() in _LEVEL_LEMMAS or node.dep_ == "pobj") \
            else None
        if verb is not None and node.head.lower_ in _BOUND_PREPS and not (
                _direction(verb) or verb.lemma_.lower() in _LEVEL_LEMMAS):
            verb = None   # "fell below 40%", "stayed above 30C"; not "sold under 40% of its stock"
    if verb is not None and _unit_as_object(node, number, verb):   # "Wind speeds reached 125km/h": the
        # parser's object is the unit; "Temperatures are forecast to reach 21C": the raised subject
        subject = _subject_or_antecedent(verb) or (_raised_subject(verb.head) if verb.dep_ == "xcomp" else None)
        if subject is not None:
            return subject
    while verb is not None:
        moved = _moved_or_subject(verb) \
            or (verb.head if verb.dep_ == "acl" and _heads_its_phrase(verb.head) else None)  # "sales dipped by 3%"
        if moved is not None:
            return moved
        nxt = _goes_on_from(verb)
        if nxt is not None and verb.dep_ in ("advcl", "pcomp"):
            described = _participles_noun(nxt)
            if described is not None:
                return described
        verb = nxt
    return None


def _unit_as_object(node, number, verb) -> bool:
    """Is the figure's own last word, its unit, the verb's object? "Temperatures plunged to -38 C"
    (C the object), "Rossignol shares touched 17.70 euros"."""
    return node.i == number.i and node.dep_ == "dobj" and node.head.i == verb.i


def _participles_noun(verb):
    """What a participle going on from `verb` describes: the verb's subject ("mining output drove
    the increase, surging 2.1%"), or its object when a percentage already sizes it ("forecast growth
    of 3.6%, slipping to 2.9%")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and any(t.lower_ in _PERCENT_WORDS for t in obj.subtree if t.i > obj.i):
        return obj
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _goes_on_from(verb):
    """The verb a verb without a subject of its own goes on from, or None: "growth would reach 4.4%
    but fall to 3.3%" (a conjunct), "forecast growth of 3.6%, slipping to 2.9% next year before
    recovering to 3.1%" (a participle, also after a preposition)."""
    if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        return verb.head
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.dep_ == "advcl":
        return verb.head
    prep = verb.head
    return prep.head if verb.dep_ == "pcomp" and prep.dep_ == "prep" and prep.head.pos_ == "VERB" else None


# "on the order of 10%", "in the region of 5%": words of an approximation, not measures
_APPROXIMATION_NOUNS = frozenset({"order", "region", "tune", "excess", "neighbourhood", "neighborhood"})


def _a_measure(noun, number) -> bool:
    """A common noun, alone, on the number's line: not a name ("Vodafone fell 2%"), one of two
    ("sales and profits rose 5%": which?), a counted amount ("earning 250,000 rupees ... to 20%";
    a year may count: "its 2004 dividend"), an approximation's noun or a word of another line (a
    list the parser ran together)."""
    doc = noun.doc
    lo, hi = sorted((noun.i, number.i))
    return (noun.pos_ == "NOUN" and noun.ent_type_ not in ("ORG", "PERSON", "GPE", "NORP")
            or _capital_common_noun(noun)) \
        and noun.lower_ not in _APPROXIMATION_NOUNS \
        and not any(c.dep_ == "conj" or c.dep_ in ("nummod", "quantmod") and c.ent_type_ != "DATE"
                    for c in noun.children) \
        and not any("\n" in t.whitespace_ or "\n" in t.text for t in doc[lo:hi])


def _capital_common_noun(token) -> bool:
    """A common word the tagger or the model called a name for the capital that opens its
    sentence, alone: "Turnout was 48 per cent" (tagged PROPN, or a noun the model calls a PERSON).
    Not a firm's or a country's name that is also a word ("Apple fell 3%", "Turkey's growth"). A
    dateline's dash opens the sentence too: "PHOENIX — Turnout in ... reached 61%". A plural of a
    common word is one too: "Applications for UK study visas dropped 14%" (PROPN for the tagger)."""
    opens = token.is_sent_start or token.i >= 2 and token.nbor(-1).text in ("—", "–", "--", "-") \
        and (token.nbor(-2).text.isupper() or token.nbor(-2).text == ")")
    return token.pos_ in ("PROPN", "NOUN") and opens and token.ent_type_ in ("", "PERSON") \
        and token.ent_iob_ != "I" and (token.i + 1 == len(token.doc) or token.nbor(1).ent_iob_ != "I") \
        and (token.lower_ in common_words() or token.lower_.endswith("s") and token.lower_[:-1] in common_words())


def _measured_noun(noun, of):
    """The noun a rate is "of", or for a change ("a rise of 3% in prices") the noun of its "in"
    phrase, or the noun before it ("a 2% price drop")."""
    if noun.lemma_.lower() not in _CHANGE_EVENT_NOUNS:
        return noun
    before = next((c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == noun.i - 1
                   and c.is_alpha and c.lower_ not in _PERCENT_WORDS), None)
    if before is not None:
        return before   # "a 4% price rise on own-label goods in the spring": the price
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"
                 and (of is None or c.i != of.i)), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def _head_of_stock(noun):
    """"4,500 head of cattle": "head" after a number counts the animals its "of" phrase names."""
    if noun.lower_ != "head" or noun.tag_ != "NN":
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1), None)
    return next((c for c in of.children if c.dep_ == "pobj"), noun) if of is not None else noun


_LABEL_WALLS = (".", ";", "!", "?")


def _label_before_a_colon(first):
    """"Deaths: 45. Injuries: 120.", "Confirmed cases: 1,203": a plural noun phrase that opens its
    sentence (or follows a semicolon) and ends in a colon is a label, and the bare number after the
    colon counts it. Not a singular ("Att: 50,430"), an amount ("Prices: 300") or a name."""
    doc = first.doc
    if first.i < 2 or doc[first.i - 1].text != ":":
        return None
    label = doc[first.i - 2]
    if label.pos_ not in ("NOUN", "PROPN") or not _looks_plural(label) or label.lemma_.lower() in _AMOUNT_NOUNS \
            or label.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "DATE", "TIME") \
            and label.lemma_.lower() not in common_words():   # "Deportations: 3,900" (PERSON for the model)
        return None
    for token in reversed(doc[label.sent.start:label.i]):
        if token.text in _LABEL_WALLS or "\n" in token.whitespace_:
            return label
        if token.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") and not token.is_space \
                and not (token.dep_ == "amod" and token.tag_ in ("VBN", "VBG")):   # "Registered electors: 38,904"
            return None  # "the number of deaths rose to 45: ..." is a sentence, not a label
    return label


def _chart_size(first, last) -> bool:
    """"a UK top 10 hit", "two more top 20 hits": a number after "top" names the chart or ranking a
    thing is in, so it counts the noun only as "the top 10 companies" does, a plural that no other
    number counts; a singular noun ("hit") or a second count before "top" says it is a name."""
    head = last.head
    if first.i == 0 or first.doc[first.i - 1].lower_ != "top" or head.i <= last.i or head.pos_ != "NOUN":
        return False
    if head.tag_ == "NN" and head.lower_ not in _COLLECTIVES and not _invariant_plural(head):
        return True
    return any(c.dep_ == "nummod" and c.i < first.i for c in head.children)


# Plurals that modify the noun after them as a kind, not as its owner: "two sports cars", "five drugs dealers".
_PLURAL_MODIFIERS = ("sports", "arms", "drugs", "sales", "goods", "savings", "customs", "news", "arts", "systems",
                     "communications", "services", "times", "singles", "doubles", "womens", "mens", "childrens")


def _plural_owner(noun, last, cand: _Cand):
    """"all four members names", "the three players wages": copy that drops the apostrophe leaves a
    plural owner between a count and the noun it owns, and the parser compounds the two; the count
    counts the owner (the first plural after it, past modifiers), not what it owns. A plural that
    names a kind ("two sports cars", "five drugs dealers") leaves the count to the noun after it.
    Copy that keeps its apostrophes writes an owner with one, so there a plural compound is a kind
    ("the nation's two largest teachers unions" counts unions)."""
    doc = noun.doc
    if cand.unit is not None or noun.i <= last.i or _keeps_apostrophes(last.sent):
        return noun
    if noun.dep_ == "compound" and noun.lower_ in _PLURAL_MODIFIERS and noun.head.i > noun.i \
            and doc[noun.i + 1].pos_ == "NOUN":
        return doc[noun.i + 1]
    if any(t.is_space or "\n" in t.whitespace_ for t in doc[last.i:noun.i]):
        return noun  # a line break is a wall ("italy 8-38 wales" over the story's first line)
    for token in doc[last.i + 1:noun.i]:
        if _owner_without_apostrophe(token):
            return token
        if token.pos_ not in ("ADJ", "NOUN") or token.like_num:
            return noun  # not across a name ("36 quai des orfevres ..."): the owner is a common noun
    return noun


def _keeps_apostrophes(sentence) -> bool:
    """Whether a sentence writes possessives or contractions with an apostrophe ("nation's", "don't")."""
    return any(t.tag_ == "POS" or t.lower_ in ("n't", "n’t") for t in sentence)


def _owner_without_apostrophe(token) -> bool:
    """A compounded plural in "-s" ("members" in "members names"): "members'" with the apostrophe gone
    ("media companies", "sports cars" are kinds, not owners)."""
    word = token.lower_
    return token.tag_ == "NNS" and token.dep_ == "compound" and token.is_alpha and word.endswith("s") \
        and not word.endswith(("ss", "ics")) and word not in _PLURAL_MODIFIERS  # "two cosmetics labels": a kind


def _with_plus(toks):
    """"5,000+ apps", "300-plus members": the parser hangs the number on the "+" (or "plus") glued to
    it, and that on the noun; it belongs to the number (a floor), so the noun it modifies is the number's."""
    doc, last = toks[0].doc, toks[-1]
    if last.i + 1 < len(doc) and doc[last.i + 1].text == "+" and not last.whitespace_:
        return list(toks) + [doc[last.i + 1]]
    if last.i + 2 < len(doc) and doc[last.i + 1].text == "-" and not last.whitespace_ and not doc[last.i + 1].whitespace_ and doc[last.i + 2].lower_ == "plus":
        return list(toks) + [doc[last.i + 1], doc[last.i + 2]]  # "the union's 300-plus members"
    return toks


def _glued_hyphen(doc, i: int, *, digits: bool = False) -> bool:
    """Whether doc[i] is a hyphen glued to the words on both sides ("start-ups", "e-mails"; with
    `digits`, a model's "777-9" too)."""
    word = (lambda t: t.is_alpha or t.is_digit) if digits else (lambda t: t.is_alpha)
    return 0 < i < len(doc) - 1 and doc[i].text in ("-", "‐") and not doc[i - 1].whitespace_ \
        and not doc[i].whitespace_ and word(doc[i + 1]) and word(doc[i - 1])


def _hyphen_end(noun):
    """"9,000 e-mails": the parser may hang the number on "e", the first piece of a hyphenated
    noun; the word's last piece ("mails") is its head."""
    doc = noun.doc
    if not _glued_hyphen(doc, noun.i + 1):
        return noun
    while _glued_hyphen(doc, noun.i + 1):
        noun = doc[noun.i + 2]
    return _noun_phrase_head(noun)  # "two e-mail messages": the hyphenated word may modify the head


def _object_candidates(toks, cand: _Cand, tokens: _TokenIndex):
    """(noun, furthest distance allowed) in order of preference, as the parse links them."""
    last = toks[-1]
    group = _group_before(cand, tokens, last)
    if group is not None and not (last.dep_ == "nummod" and last.head.i > last.i and not _number_between(last, last.head)
                                  and (last.head.tag_ == "NNS" or _invariant_plural(last.head))):
        yield group, _ANYWHERE  # "a crowd of 80,000", "its staff of 300"; not "a fleet of 120 aircraft"
    of = _of_after(tokens.after(cand.end))
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is not None and pobj.lower_ in ("whom", "which"):
        yield from _of_whom_antecedent(pobj, toks[0])  # "500 volunteers, half of whom", "40 cars, 30 of which"
    elif pobj is not None and not _distance_within(last) and _is_partitive(_names_before_a_plural(pobj), cand):
        yield _owned_plural(pobj) or _names_before_a_plural(pobj), _MAX_OF_PHRASE
    yield from _of_whom_before(toks[0])  # "Engineers, of whom more than 600 were drafted in"
    if cand.unit is None:
        yield from _nouns_the_parse_hangs_apart(toks[0], last)
    if _is_milestone(last.head) and last.head.i > last.i:
        toks = []  # "broke the 100 million mark": not the mark, what reached it is counted (below)
    for token in toks:
        head = _noun_past_a_modifier(_out_of_number(token, last), last, cand)
        if head.i > last.i and token.dep_ in _MODIFIER_DEPS and (head.pos_ in ("NOUN", "PROPN") or (
                head.pos_ == "ADJ" and head.dep_ == "compound")  # "two or three megapixel camera phones"
                or _plural_read_as_verb(head, cand)):  # "more than 300 us shareholders": a plural tagged a verb
            if _measures(head, toks, cand):
                yield head, _MAX_MODIFIED  # "the 6.2km race", "a three-year project": what it measures
            if cand.kind in ("quantity", "duration", "money", "percent"):
                break  # "a $240m agreement" (`_what_a_sum_is`), "its 4.76% holding", "a 50-year-old man": none
            if not _verb_read_as_modifier(token, head, cand.unit, cand.value) \
                    and not (head.i == token.head.i and _number_between(last, head)):
                head = _plural_before_a_name(last, head, cand) or _common_after_proper(head)
                counted = _counted_part(head, last, cand)  # "4,500 families"
                shared = counted.dep_ == "conj" and counted.head.i == head.i  # "17,000 speeding and 210 ... tickets"
                yield counted, _MAX_OF_PHRASE if shared else _MAX_MODIFIED
            break
        if head.i == last.i + 2 and head.lower_ == "strong" and head.head.i > head.i:
            yield _common_noun_after(head), _MAX_MODIFIED  # "a 2,700-strong crowd": the number counts the crowd
    if _noun_read_as_verb(last, last.head, cand):
        yield last.head, _MAX_MODIFIED  # "scored only one try": "try" tagged a verb
    if _one_or_two(last):
        yield last.head, _MAX_MODIFIED  # "a pick or two", "a letter or two": the noun before "or"
    after_participle = _plural_after_participle(last) if cand.unit is None else None
    if after_participle is not None:
        yield after_participle, _MAX_MODIFIED  # "1 million paying subscribers": "paying" read as a verb
    compared = _noun_after_comparative(last)
    if compared is not None:
        yield compared, _MAX_MODIFIED  # "25 million more people have cover": the number hangs on "more"
    nxt = tokens.after(cand.end)
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.i == last.i + 1 and not _subject_of(last, nxt) \
            and nxt.dep_ not in _FUNCTION_DEPS \
            and not _is_milestone(nxt) and cand.unit is None:  # not "a 100m silver medallist", "a £2m fine"
        yield _noun_phrase_head(nxt), _MAX_MODIFIED  # "133m text messages": the scale split off
    if nxt is not None and nxt.i == last.i + 1 and _plural_read_as_verb(nxt, cand):
        yield nxt, _MAX_MODIFIED  # "completed 24 of 31 passes": "passes" tagged a verb
    phrase = _plural_phrase_near(last, cand, tokens)
    if phrase is not None:
        yield phrase, _MAX_MODIFIED  # "In February 106 existing homes were sold": the number hung on the month
    yield from _clause_candidates(last, cand)


def _of_whom_antecedent(pronoun, first):
    """The plural an "of whom"/"of which" clause is about, as a candidate that may stand anywhere."""
    antecedent = _relative_antecedent(pronoun, first)
    if antecedent is not None:
        yield antecedent, _ANYWHERE


def _of_whom_before(first):
    """"of whom"/"of which" right before the number and its qualifier: the clause's plural."""
    whom = _word_before_qualifiers(first)
    if whom is not None and whom.lower_ in ("whom", "which") and whom.i > 0 and whom.nbor(-1).lower_ == "of":
        yield from _of_whom_antecedent(whom, whom.nbor(-1))


def _nouns_the_parse_hangs_apart(first, last):
    """Counted nouns the parse does not link to a bare count: "volunteers numbering 250 had spent"
    (250 made a subject), "40 primary and 12 secondary schools" (40 hung on "primary")."""
    numbered = _noun_before_numbering(first)
    if numbered is not None:
        yield numbered, _ANYWHERE
    shared = _noun_after_listed_adjectives(last)
    if shared is not None:
        yield shared, _MAX_OF_PHRASE


_NUMBERING = frozenset({"numbering", "totalling", "totaling"})


def _noun_before_numbering(first):
    """"volunteers numbering 250", "protesters totalling about 2,000": the noun before the participle
    the number completes (past its qualifier, `_QUALIFIER_RE`), whatever the parser hung it on."""
    doc = first.doc
    q = _QUALIFIER_RE.search(text_of(doc), max(0, first.idx - 25), first.idx)
    i = first.i - 1
    while i > 0 and q is not None and doc[i].idx >= q.start():
        i -= 1
    if i < 1 or doc[i].lower_ not in _NUMBERING:
        return None
    noun = doc[i - 1]
    if noun.text == ",":  # set off: "Contractors, numbering about 900, are", the subject; "Contractors
        head = doc[i].head  # working at the site, numbering ...": the noun the first participle describes
        subject = head.head if head.dep_ == "acl" else _subject_before(head, i)
        noun = subject if subject is not None else noun
    return noun if noun.pos_ == "NOUN" else None


def _noun_after_listed_adjectives(last):
    """"40 primary and 12 secondary schools", "12 British, 8 French and 5 German firms", "300 new and
    200 used cars": counts each before its adjective share the noun after the last adjective, which
    the parser joins to the first adjective as a conj, or on which it hangs that adjective."""
    doc = last.doc
    if last.i + 2 >= len(doc):
        return None
    word = last.head if last.dep_ == "nummod" and 0 < last.head.i - last.i <= 3 else doc[last.i + 1]
    if word.i + 1 >= len(doc) or doc[word.i + 1].lower_ not in (",", "and", "or") or not (
            word.tag_ in ("JJ", "VBN") or word.tag_ == "NNP"  # not "a million Sri Lankans and 23,500 people"
            and any(t.ent_type_ in ("NORP", "LANGUAGE") for t in doc[last.i + 1:word.i + 1])):
        return None  # "100 Evangelical Christian and 50 Jewish schools"
    node = word
    for _ in range(_MAX_MODIFIED):
        if node.dep_ == "amod" and node.head.pos_ == "NOUN" and node.head.i > node.i:
            noun = node.head
        else:  # the parser's "appos": "12 Spanish, 8 French and 5 German firms"
            noun = next((c for c in node.children if c.dep_ in ("conj", "appos")), None) \
                or _counted_plural_after_and(node)
        if noun is None or noun.sent != last.sent:
            return None
        if noun.pos_ == "NOUN" and noun.dep_ != "appos":  # "The 40 injured, 30 of them children"
            counted = any(c.dep_ == "nummod" for t in (noun, *noun.children) for c in t.children)
            return noun if counted else None  # its own count: "and 12 secondary schools"
        node = noun
    return None


def _counted_plural_after_and(word):
    """"the future of 41 primary and 13 secondary schools": when the parser joins the plural to
    another word, the plural right after "and", a count and adjectives, by the words alone."""
    doc, i = word.doc, word.i + 2
    if i >= len(doc) or not doc[i].like_num:
        return None
    i += 1
    while i < len(doc) and doc[i].tag_ in ("JJ", "VBN") and i - word.i <= _MAX_MODIFIED + 2:
        i += 1
    return doc[i] if i < len(doc) and doc[i].tag_ == "NNS" and i > word.i + 3 else None


def _measures(noun, toks, cand: _Cand) -> bool:
    """Is `noun`, which a measure or a duration stands before, what it measures? Not for an age
    ("a 50-year-old man", "18 to 24 year olds") or a level a span reaches back to (_SPAN_LEVELS)."""
    return cand.kind in ("quantity", "duration") and noun.pos_ == "NOUN" and noun.lower_ not in _SPAN_LEVELS \
        and not any(t.lower_ in ("old", "olds") for t in (*toks, noun))


# Levels a span of time reaches back to, not things it measures nor levels that moved: "a five-week
# low", "25-year highs", "bounced back from a four-year low" (`_change_above`).
_SPAN_LEVELS = frozenset({"low", "lows", "high", "highs", "peak", "peaks", "trough", "troughs", "best", "worst"})


# Roles of a word the tagger called a noun that the parser gives only to function words: "held its own
# at three while Star Wars ..." ("while" tagged a noun, parsed as the clause's subordinator).
_FUNCTION_DEPS = ("mark", "advmod", "cc", "prep", "aux", "auxpass", "neg", "prt", "case")


def _clause_candidates(last, cand: _Cand):
    """Nouns the clause gives a bare count: a tally's noun, the subject whose level it is, the
    plural it is set beside ("the victims, 14 in all"), or the plural it is said to be ("Of those,
    300 were children"). Only a whole number counts things: "the ISM's new orders index rose to 67.4"
    is a level, not 67.4 of anything the clause names ("2.3 million" is whole)."""
    if cand.unit is not None or cand.value != cand.value.to_integral_value():
        return
    tally = _tally_of(last)
    if tally is not None:
        yield tally, _ANYWHERE
    if cand.kind != "count":
        return
    for noun in (_counted_subject(last), _sized_by_apposition(last, cand), _what_the_count_is(last)):
        if noun is not None:
            yield noun, _ANYWHERE


def _what_the_count_is(last):
    """"Of those, 300 were children", "police said five were women": a bare count that is the subject
    of "be" counts the plural the clause says they are (not an amount: "the 3 were prices")."""
    verb = last.head
    if last.dep_ != "nsubj" or verb.lemma_.lower() != "be" or verb.i < last.i:
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.i > verb.i), None)
    if attr is None or attr.pos_ != "NOUN" or attr.tag_ != "NNS" or attr.lemma_.lower() in _AMOUNT_NOUNS \
            or any(c.dep_ == "nummod" for c in attr.children):
        return None
    return attr


_TALLY_WORDS = ("all", "total", "number", "them", "altogether", "together")


def _sized_by_apposition(last, cand: _Cand):
    """"The victims, 12 in all, were named", "the protesters, some 300 in number", "the suspects, all
    five of them": a number set beside a plural by commas, with a word that makes it a tally or a
    qualifier, gives the plural's size. Not bare numbers there ("his sons, 12 and 14": ages)."""
    noun = last.head if last.dep_ == "appos" else _subject_set_off_before(last)
    if noun is None and last.head.lower_ in _TALLY_WORDS and last.head.dep_ == "appos":
        noun = last.head.head  # "Residents who defied the order, an estimated 350 in all,": "all" the apposition
    if noun is None or noun.i > last.i or not _looks_plural(noun) \
            or noun.pos_ != "NOUN" and not _capital_common_plural(noun) \
            or any(c.dep_ == "nummod" for c in noun.children) \
            or any(c.dep_ == "conj" and c.like_num for c in last.children):
        return None
    if noun.lower_ in VAGUE:   # "thousands of shootings, thousands since January": the repeat counts the same
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    tallied = any(t.lower_ in _TALLY_WORDS for t in last.subtree if t.i != last.i) \
        or last.head.lower_ in _TALLY_WORDS  # "an estimated 350 in all": the parser's head is "all"
    return noun if tallied or cand.qualifier != "exact" else None


def _capital_common_plural(token) -> bool:
    """A plural common noun the tagger called a name for the capital opening its sentence:
    "Evacuees, about 3,500 in all, were moved" (PROPN, NNPS); not a person's ("Woods, 45,")."""
    return token.is_sent_start and token.tag_ == "NNPS" and token.ent_type_ != "PERSON" \
        and token.lower_.endswith("s") and token.lower_[:-1] in common_words()


def _subject_set_off_before(number):
    """"Apprentices at the plant, 150 in all, will keep their places": the parser made the number a
    second subject of the verb; the first, before the commas, is the plural it is set beside."""
    doc = number.doc
    if number.dep_ != "nsubj" or number.i < 1 or doc[number.i - 1].text != ",":
        return None
    return _subject_before(number.head, number.i - 1)


def _subject_before(verb, i: int):
    """The verb's subject standing before token i, or None."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < i), None)


def _names_before_a_plural(pobj):
    """"dozens of Kia and Hyundai owners": the parser makes the first name the object of "of" and the
    plural its conjunct; names that share a plural after them only qualify it, the plural is counted."""
    if pobj.pos_ != "PROPN" or _looks_plural(pobj):
        return pobj
    return next((c for c in pobj.children if c.dep_ == "conj" and c.tag_ == "NNS" and c.pos_ == "NOUN"
                 and any(m.dep_ in ("compound", "amod") and m.i < c.i for m in c.children)), None) \
        or _plural_after_a_title(pobj) or _owned_after_a_name(pobj) or pobj


def _owned_after_a_name(name):
    """"half of Donald Trump's supporters", "less than one-third of Trump's claim", and in lower-cased
    copy without apostrophes "24 percent of hillary clintons contributors": the parser may take the
    owner's name for the object of "of"; the part is of what the name owns, the common noun after
    the name and its possessive (the first plural, or the last of a run of nouns: "campaign staff")."""
    doc, i = name.doc, name.i + 1
    if name.pos_ != "PROPN" or name.tag_ == "NNPS":
        return None
    while i < len(doc) and (doc[i].pos_ == "PROPN" or (name.ent_type_ and doc[i].ent_type_ == name.ent_type_
                                                       and doc[i].ent_iob_ == "I" and doc[i].is_alpha)):
        i += 1  # the rest of the name ("donald trumps", tagged a verb in lower-cased copy)
    owner = doc[i - 1]
    if i < len(doc) and doc[i].tag_ == "POS":
        i += 1
    elif not (owner.lower_.endswith("s") and not owner.lower_.endswith("ss") and owner.is_lower):
        return None  # no possessive: "a third of Apple staff" is parsed right already
    noun = None
    while i < len(doc) and doc[i].pos_ == "NOUN" and not doc[i].ent_type_:
        noun = doc[i]
        if noun.tag_ == "NNS":
            break
        i += 1
    return noun


_MAX_TITLE = 4  # capitalised words of a title the parser may cut in two ("the Carry On films")


def _plural_after_a_title(word):
    """"nine of the popular Carry On films": the parser takes the title's first word for the object
    of "of" and hangs the rest ("On films") elsewhere; the lower-case plural that ends the run of
    capitalised words is what the title only names a kind of. A lower-case name is no title
    ("of hillary clintons contributors": see _owned_after_a_name)."""
    doc = word.doc
    if not word.is_title:
        return None
    for token in doc[word.i + 1:min(len(doc), word.i + 1 + _MAX_TITLE)]:
        if token.is_title:
            continue
        return token if token.tag_ == "NNS" and token.pos_ == "NOUN" and token.is_lower else None
    return None


def _owned_plural(noun):
    """"three of Apples top executives", "two of the worlds biggest carmakers": copy that drops the
    apostrophe leaves a possessor ending in "s" straight before the noun phrase it owns (no article
    between); a part of it is a part of that phrase's plural, not of the owner."""
    doc = noun.doc
    if not noun.lower_.endswith("s") or noun.lower_.endswith("ss") or noun.i + 1 >= len(doc):
        return None
    for token in doc[noun.i + 1:noun.i + 5]:
        if token.tag_ in ("NNS", "NNPS") or (token.pos_ == "NOUN" and _looks_plural(token)):
            return token
        if token.tag_ in ("RBS", "RBR") and token.head.tag_ in ("JJ", "VBN") or _after_a_superlative_adverb(token):
            continue  # "five of the worlds most important (most visited) institutions": a superlative's words
        if token.pos_ not in ("ADJ", "NUM", "NOUN") or token.ent_type_ in ("DATE", "TIME", "MONEY"):
            return None
    return None


def _after_a_superlative_adverb(token) -> bool:
    """"most visited": a participle after "most"/"more" is an adjective ("13% of cases concerned" is a verb)."""
    return token.tag_ == "VBN" and token.i > 0 and token.doc[token.i - 1].tag_ in ("RBS", "RBR")


def _relative_antecedent(pronoun, first):
    """The plural noun a relative clause opened by "of whom" / "of which" hangs on: "11 people were
    charged in the past 15 years, five of whom were convicted" -> people."""
    node = pronoun
    for _ in range(6):
        if node.dep_ == "relcl":
            noun = node.head
            if noun.pos_ in ("NOUN", "PROPN") and _looks_plural(noun):
                return _plural_above(noun) if pronoun.lower_ == "whom" else noun
            break  # "misery for victims, of whom about 200 had": the parser hung the clause on "misery"
        if node.head.i == node.i:
            break
        node = node.head
    return _plural_before_the_clause(first)


def _plural_above(noun):
    """The plural whose prepositional phrase holds `noun`, if any: "apprehended 47,300 migrants between
    ports of entry ..., of whom about 9,800 were released" (the parser hung the clause on "ports"):
    "whom" is people, the whole the phrase describes."""
    head = noun
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN":
        head = head.head.head
        if _looks_plural(head):
            return head
    return noun


def _word_before_qualifiers(first):
    """The word before a number and its qualifier ("of whom more than 600", "of which some 450":
    whom, which), or None."""
    doc = first.doc
    i = first.i - 1
    while i >= 0 and not doc[i].is_punct and doc[i].head.i >= first.i \
            and doc[i].dep_ in ("advmod", "quantmod", "amod", "det"):
        i -= 1
    return doc[i] if i >= 0 else None


def _plural_before_the_clause(first):
    """When the parse does not hang the relative clause on its noun, the plural noun ending the phrase
    just before it: "ratified by all member states - several of which will hold a vote" (not a
    length of time: "in the past 15 years, five of whom" says nothing of years)."""
    before = _word_before_qualifiers(first)  # back over the number's qualifier ("about 30 of which")
    i = before.i if before is not None else -1
    doc = first.doc
    if i < 0 or not (doc[i].is_punct or _plural_just_before(doc[i], first)):
        return None  # the clause opens after a comma or a dash (in copy without commas, straight after the noun)
    while i >= 0 and doc[i].is_punct:
        i -= 1
    noun = doc[i] if i >= 0 else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or not _looks_plural(noun) or noun.lower_ in _TIME_NOUNS:
        return None
    return noun


def _plural_just_before(word, first) -> bool:
    """"angered dairy farmers hundreds of whom marched": copy that drops commas puts the plural the
    relative clause is about straight before its number."""
    return word.i == first.i - 1 and word.tag_ in ("NNS", "NNPS") and not word.like_num


def _one_or_two(last) -> bool:
    """"a pick or two", "a fake letter or three": a number right after "a NOUN or" counts that noun
    (not any conjunct before it: "the 10s, 100s and 1,000s rather than millions")."""
    head, doc = last.head, last.doc
    return head.i == last.i - 2 and doc[last.i - 1].lower_ == "or" and head.pos_ == "NOUN" \
        and last.dep_ in ("conj", "nummod") and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


def _plural_after_participle(last):
    """"counts 1 million paying subscribers", "its 300 remaining staff": the parser may read the -ing
    word after a number as a verb whose object is the plural after it; that plural is counted."""
    doc = last.doc
    if last.i + 2 >= len(doc):
        return None
    word, noun = doc[last.i + 1], doc[last.i + 2]
    if word.tag_ in ("VBN", "VBD") and last.dep_ == "dobj":
        # "counted 460 collapsed mud houses": the participle made a verb of its own (not after a
        # subject, "300 attended rallies", nor a preposition's object, "58 out of 120 wanted holidays")
        noun = next((c for c in word.rights if c.dep_ == "dobj"), None)
        return noun if noun is not None and noun.i <= word.i + 3 and noun.tag_ == "NNS" \
            and all(t.dep_ in ("compound", "amod") for t in doc[word.i + 1:noun.i]) else None
    if word.tag_ != "VBG" or word.head.i != last.i or noun.head.i != word.i or noun.dep_ != "dobj":
        return None
    return noun if noun.tag_ == "NNS" and noun.pos_ == "NOUN" else None


def _plural_phrase_after(last):
    """The plural noun that heads the words straight after the number when all of them modify it
    ("106 existing single-family homes"): copy that drops a comma lets the parser hang the number on
    the word before it ("In February 106 ..."), but the phrase after still says what it counts."""
    doc = last.doc
    if _glued_hyphen(doc, last.i + 1) or doc[last.i + 1:last.i + 2].text in ("-", "‐") \
            or doc[last.i - 1:last.i].text in ("-", "–", "to"):
        return None  # "18-rated games", "24-carat sapphires", the end of "ages of 10-13": no count of the noun
    for token in doc[last.i + 1:last.i + 1 + _MAX_MODIFIED]:
        if token.tag_ in ("NNS", "NNPS") and token.pos_ in ("NOUN", "PROPN"):
            return token if token.i > last.i + 1 or last.head.i < last.i else None
        if not (_glued_hyphen(doc, token.i) or token.dep_ in ("amod", "compound", "nmod", "advmod") and token.head.i > token.i
                and token.head.i <= last.i + _MAX_MODIFIED):  # "the 128 worst hit schools": "worst" modifies "hit"
            return None
    return None


def _plural_phrase_near(last, cand: _Cand, tokens: _TokenIndex):
    """The plural phrase straight after a bare count above one, or after the qualifier that follows it."""
    if cand.unit is not None or cand.value <= 1:
        return None
    return _plural_phrase_after(last) or _plural_past_a_qualifier(cand, tokens)


def _plural_past_a_qualifier(cand: _Cand, tokens: _TokenIndex):
    """"Among his 300 or so recorded songs were": a qualifier after the number ("or so", "or more")
    can throw the parse (it hung "300" on "his"); the plural phrase after the qualifier is counted."""
    after = _QUALIFIER_AFTER.match(tokens.text[cand.end:cand.end + 12]) if tokens.text else None
    first = tokens.after(cand.end + after.end()) if after else None
    return _plural_phrase_after(first.doc[first.i - 1]) if first is not None and first.i > 0 else None


def _noun_after_comparative(last):
    """"25 million more people", "2,000 fewer jobs": the parser may hang the number on the comparative
    (as its measure) rather than on the noun; the noun the comparative modifies is the counted one."""
    word = last.head
    if last.dep_ not in ("npadvmod", "nummod", "quantmod") or word.i != last.i + 1 \
            or word.lower_ not in ("more", "fewer", "less", "extra", "additional"):
        return None
    noun = word.head
    if noun.i > word.i and noun.pos_ == "NOUN" and word.dep_ == "amod":
        return noun
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None  # "all of a sudden 25 million more
    return after if after is not None and after.tag_ == "NNS" and after.pos_ == "NOUN" else None  # people": "more" on "all"


def _subject_of(number, word) -> bool:
    """"of whom 300 quit": the parse makes the number the subject of the word after it, a verb
    the tagger called a noun, not a noun the number counts."""
    return number.head.i == word.i and number.dep_ in ("nsubj", "nsubjpass")


def _number_between(last, noun) -> bool:
    """"a workforce of 12,000 across 40 offices": the parser may hang a number on the noun of a
    phrase with a count of its own; that noun is that count's ("two new 737 Max jets" is not)."""
    between = last.doc[last.i + 1:noun.i]
    return any(t.pos_ == "ADP" for t in between) and any(t.like_num or t.pos_ == "NUM" for t in between)


def _regular_s_form(word) -> bool:
    """"passes", "runs", "carries": the "-s" form a verb shares with the plural of its noun; not an
    irregular form no noun has ("at 23 henson has": "has" is "have")."""
    form, lemma = word.lower_, word.lemma_.lower()
    return form != lemma and form in (lemma + "s", lemma + "es", lemma[:-1] + "ies")


def _plural_read_as_verb(word, cand: _Cand) -> bool:
    """A count above one cannot be the subject of a verb in the third person singular, so a
    "-s" word the tagger calls one right after it is a plural noun ("24 of 31 passes", "12 runs")."""
    return word.tag_ == "VBZ" and word.pos_ == "VERB" and cand.unit is None and cand.value > 1 \
        and _regular_s_form(word) and word.is_alpha \
        and not any(c.dep_ in ("nsubj", "nsubjpass") and not c.like_num and c.idx < cand.start <= c.right_edge.idx
                    for c in word.children)  # the number inside the verb's subject: "a reading above 50 indicates"


def _noun_read_as_verb(number, word, cand: _Cand) -> bool:
    """"scored only one try": a present-tense verb right after "one" that the parser hangs it on,
    as its subject or its number, is a singular noun the tagger misread, since "one" would take
    "tries" (after a count above one it is a verb: "more than 5 million browse the net")."""
    return number.dep_ in ("nummod", "nsubj") and number.head.i == word.i == number.i + 1 \
        and word.tag_ == "VBP" and word.is_alpha and cand.unit is None and cand.value == 1


def _is_nominal_adjective(last) -> bool:
    """"At least 40 dead and 120 injured", "left 12 wounded": an adjective or participle right
    after a bare count, linked to it and standing for people, is what the count counts; not one
    that modifies a noun after it or takes a complement ("3 short of", "2 clear of the field")."""
    doc = last.doc
    if last.i + 1 >= len(doc):
        return False
    word = doc[last.i + 1]
    linked = word.head.i == last.i or last.head.i == word.i or word.head.i == last.head.i
    if word.tag_ not in ("JJ", "VBN") or not linked or word.lower_ in _NOT_NOMINAL or not word.is_alpha:
        return False
    if word.head.i == last.head.i and word.head.i > word.i and word.head.pos_ in ("NOUN", "PROPN"):
        return False  # "one big, short, sharp shock": both modify the noun after; the adjective counts nothing
    if any(c.dep_ in ("agent", "xcomp", "dobj", "ccomp", "pobj") or c.dep_ == "prep" and c.lower_ != "according"
           and _complement_prep(word, c) for c in word.children):  # "according to X" says who counted
        return False  # "a series of 24 based upon a preview": a clause, not a noun
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None  # not "2.5 million expected to be sold"
    return after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "ADP", "PART") \
        or after.pos_ == "ADP" and word.tag_ == "JJ" and not _complement_prep(word, after)   # "40 dead in the attack"


def _complement_prep(word, prep) -> bool:
    """A preposition that completes the adjective ("3 short of", "24 based upon a preview") rather
    than placing what it counts ("five million unemployed on a seasonal basis", "40 dead in the
    attack", "120 injured in the blast")."""
    return prep.lower_ in ("of", "to", "than", "upon", "from", "for", "with", "by") \
        or word.tag_ == "VBN" and prep.lower_ == "on"


# Adjectives after a bare number that say where or how it stands, not whom it counts.
_NOT_NOMINAL = ("strong", "clear", "short", "ahead", "behind", "apart", "due", "available", "worth", "likely",
                "more", "less", "total", "overall", "alone", "old", "long", "high", "tall", "wide", "deep",
                "straight", "consecutive", "running", "successive", "other")  # "lost 5 straight": games, not people


def _group_before(cand: _Cand, tokens: _TokenIndex, last):
    """"a crowd of 80,000", "a family of five": a number after "of" and a noun for a group counts
    the group's members (unless it modifies a plural: "a team of five scientists"), also past a
    qualifier ("crowds of up to 20,000"). A whole bare count that is all of the "of" phrase after
    a limit's noun is that limit ("the limit of 10,000", "a quota of 500"), and one of thousands
    written with separators after a plural counts the plural ("download sales of 312,000"); not
    a small number after any plural: "kids of 15" are aged 15, "episodes of 24" are a show's, nor
    a year ("the class of 1999")."""
    q = _QUALIFIER_RE.search(tokens.text, max(0, cand.start - 25), cand.start) if tokens.text else None
    of = tokens.before(q.start() if q else cand.start)
    if of is None or of.lower_ != "of" or of.dep_ != "prep":
        return None
    group, lemma = of.head, of.head.lemma_.lower()
    bare = cand.kind == "count" and cand.unit is None and cand.value == cand.value.to_integral_value() \
        and last.dep_ == "pobj" and last.i == of.i + 1
    limit = bare and lemma in _LIMIT_NOUNS
    thousands = bare and group.tag_ == "NNS" and _THOUSANDS.fullmatch(tokens.text[cand.start:cand.end]) is not None
    return group if group.i < of.i and group.pos_ == "NOUN" and (lemma in _GROUPS or limit or thousands) else None


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")  # "312,000", not "1999" nor "millions"
# Nouns for a limit a count can be "of": "the limit of 10,000", "a quota of 500"
_LIMIT_NOUNS = frozenset({"limit", "cap", "ceiling", "quota", "capacity", "target", "allocation"})


_QUALIFIER_PREPS = ("around", "over", "under", "below", "about", "nearly", "almost", "roughly")
# The other words of a qualifier: "worth more than £1.3m", "worth at least $2bn", "worth up to £40m"
_QUALIFIER_WORDS = ("more", "less", "than", "at", "least", "up", "to", "just", "well")


def _counted_subject(last):
    """"Deaths fell to 12", "Cases reached 1,000", "Arrests totalled 45", "Casualties were 45": a bare
    count that is the level (or the size of the change) of a verb's plural or group subject, or
    what a plural subject is, counts that subject; the size of a change done to an object counts
    the object ("cut jobs by 300"). A count the parser hangs on the verb as a modifier is its object
    ("Infected herds now number 866")."""
    node = last
    while node.dep_ in ("compound", "quantmod", "nummod") and node.head.i > node.i and node.head.like_num:
        node = node.head  # "5 million": the scale word carries the number's role
    if _is_milestone(node.head) and node.dep_ in ("nummod", "compound"):
        node = node.head  # "passed the 1,000 mark": the mark carries the number's role
    if node.dep_ == "pobj" and node.head.lower_ in _QUALIFIER_PREPS and node.head.i == node.i - 1 \
            and node.head.dep_ == "prep":
        node = node.head  # "Casualties numbered around 300": the parser makes the qualifier a preposition
    if _before_a_whole_date(node) and node.dep_ == "nummod" and node.head.i == node.i + 2:
        node = node.head  # "membership reached 5,000 last year": hung on the date, which the verb holds
    if node.dep_ == "pobj" and node.head.lower_ in ("to", "at", "by", "from", "above"):
        node = node.head  # ... or the "by" holds: "trim its staff by 185 next year"
    node = _up_to_the_clause(node)
    verb = node.head
    if node.dep_ == "prep" and _change_past_a_relative(node) is not None:
        return verb.head   # "raised the price it guarantees growers by 20%": the price
    copular = verb.lemma_.lower() == "be" and (node.dep_ in ("attr", "acomp") or _up_or_down(verb))
    if node.dep_ not in ("dobj", "prep", "attr", "acomp", "npadvmod", "advmod", "nummod") \
            or (verb.pos_ != "VERB" and not copular) \
            or verb.i > node.i or (node.dep_ == "advmod" and not copular and not _up_after_a_change(node, verb)):
        return None
    if not (copular or _direction(verb) or verb.lemma_.lower() in _LEVEL_VERBS or _estimated_at(verb, node)):
        return None
    if copular and _age_threshold(last):
        return None
    subject = _what_changes(verb, node)
    if subject is not None and subject.lemma_.lower() in _SOLD_UNITS and _compound_noun(subject) is not None:
        return subject  # "increase vehicle sales to four million": vehicles sold, counted
    if subject is not None and subject.lemma_.lower() in _SOLD_UNITS and _sold_thing(subject) is not None:
        return _sold_thing(subject)  # "sales of electric cars rose to 2 million": cars sold, counted
    if subject is not None and subject.lemma_.lower() in ("sale", "sales") and subject.tag_ == "NNS":
        return subject  # "boost annual sales to 150,000": a bare count counts the sales (money has a currency;
        # not "exports rose to 2.3bn", which is often money written without one)
    if subject is None or subject.lemma_.lower() in _AMOUNT_NOUNS:
        return None
    if subject.lemma_.lower() in _TALLY_NOUNS + ("figure", "base"):  # "visitor numbers rose to 2m": visitors;
        return _tally_compound(subject)  # "its subscriber base grew to 5m": subscribers; "the numbers rose to 8m": none
    if copular and node.dep_ not in ("attr", "acomp"):
        return subject if subject.tag_ == "NNS" else None  # "claims were up 12,000"; "the team was up 3" is a lead
    return subject if subject.tag_ == "NNS" or subject.lemma_.lower() in _GROUPS or _capitalised_plural(subject) \
        or _subject_read_as_verb(subject) and not copular else None  # "membership grew to 120,000"


def _capitalised_plural(subject) -> bool:
    """A plural opening its sentence that the tagger took for a singular or a name: "MILWAUKEE —
    Homicides in Milwaukee fell to 118" (NN), "Homicides fell to 118" (NNP), "Applications for UK
    study visas dropped 14% to 393,000" (NNPS)."""
    word, doc = subject.lower_, subject.doc
    return subject.tag_ in ("NN", "NNP", "NNPS") and subject.is_title and word.endswith("s") \
        and not word.endswith("ss") and word[:-1] in common_words() \
        and (subject.is_sent_start or doc[subject.i - 1].is_punct)


def _subject_read_as_verb(subject) -> bool:
    """"homicides fell from 42 to 27": a subject the tagger called a verb's "-s" form is a plural noun
    (with a verb of change or level only: "candidates must be 21" is an age)."""
    return subject.tag_ == "VBZ" and subject.dep_ == "nsubj" and subject.is_alpha and _regular_s_form(subject)


def _age_threshold(number) -> bool:
    """"where people are over 80", "the victims were under 30": "be" with "over"/"under" before the
    number is how an age limit is stated as often as a count, so it says nothing sure of the subject
    (the parser reads "Casualties were over 120" as a phrase and gives no object either)."""
    return any(c.dep_ in ("advmod", "quantmod") and c.lower_ in ("over", "under") and c.i < number.i
               for c in number.children)


def _estimated_at(verb, node) -> bool:
    """"The crowd was estimated at 60,000", "protesters were put at 10,000", "a crowd estimated at
    60,000": a passive estimate's "at" phrase gives its subject's level, as "stood at" does."""
    return node.lower_ == "at" and verb.lemma_.lower() in ("estimate", "put", "count", "number") \
        and (any(c.dep_ == "auxpass" for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN"))


def _up_to_the_clause(node):
    """"cases are down from 79 to 57", "claims were up 12,000": the parser hangs "to 57" on "from" and
    both (or the amount) on the adverb "up"/"down"; climb that chain to the phrase the clause's verb holds."""
    for _ in range(3):
        head = node.head
        if head.i == node.i or head.head.i == head.i:
            break
        if not ((node.dep_ == "prep" and head.pos_ == "ADP" and head.dep_ == "prep")
                or (head.lower_ in ("up", "down", "back") and head.dep_ == "advmod"
                    and node.dep_ in ("prep", "npadvmod"))):
            break
        node = head
    return node


def _compared(comparative):
    """What a rate before a comparative (or "up", "down") measures: the subject of the verb it
    completes ("the price of crude is 50% higher", "shares closed 3% lower", "sales were up 5%") or
    the noun it describes ("fares 20% higher", "retail sales, up 3% in May,")."""
    head = comparative.head
    if comparative.dep_ in ("amod", "advmod") and _heads_its_phrase(head):
        if not any(ch.isdigit() for c in head.lefts for ch in c.text):
            return head
        # "revenue was 10bn euros, up 8.1%": the rate measures what the amount is the level of
        return _moved_or_subject(head.head) if head.dep_ == "attr" else None
    if comparative.dep_ in ("acomp", "advmod", "oprd") and head.pos_ in ("VERB", "AUX"):
        return _moved_or_subject(head)
    return None


def _moved_or_subject(verb):
    """What a verb moves ("drives oil down 6%", "raised prices by 3%"; not the figure itself, nor
    its scale word the parser made the object: "The deficit reached £34m"), else its subject."""
    misread = _change_read_as_a_noun(verb)
    if misread is not None:
        return misread[1]
    moved = next((c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ not in _NUMERIC_ENTS
                  and c.text != "%" and c.lower_ not in SHORT_SCALES
                  and c.pos_ != "ADJ"), None)  # "reach 19C by midday, warmer than ideal": no object
    if verb.lemma_.lower() == "cost":
        moved = None   # "The scheme cost taxpayers £3bn": the payer is no object of the sum
    subject = _subject_or_antecedent(verb)
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.dep_ == "dobj" and before.pos_ == "NOUN" and before.head.dep_ == "acl" \
            and (subject is None and verb.dep_ == "conj" or subject is not None and subject.i == before.head.head.i):
        subject = before   # "data showing U.S. crude inventories rose by 4.2 million barrels": the parser made
        # the noun before "rose" the participle's object, and "rose" a verb of "data" or of the main clause
    elif subject is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
            and not any(t.lower_ in ("and", "but", "or") for t in verb.doc[verb.head.i + 1:verb.i]):
        subject = _subject_or_antecedent(verb.head)   # "Container volumes handled at the port were down 4%":
        # the parser made "were" a second verb joined to "handled", whose subject is theirs (with no "and"
        # between: "The count ... broke the barrier and the number of new viruses grew" has its own)
    return moved or subject


def _subject_or_antecedent(verb):
    """A verb's subject; for a relative pronoun, the noun its clause hangs on: "The bridge, which
    cost $12m, opened in May" is the bridge's cost, "a deal that is worth $40m" the deal's value.
    Not a person's "who": "the man, who's 10 feet from me" is no measure of him."""
    return _antecedent_of(_subject_past_a_dateline(verb, ("nsubj", "nsubjpass")), verb, ("which", "that"))


def _subject_past_a_dateline(verb, deps: tuple[str, ...]):
    """The verb's first child of `deps`, past a dateline in capitals the parser made a second subject:
    "CAIRO — Transits ... fell to 31", "CHICAGO, June 4 - Wheat futures in Chicago climbed 4.2%". Only
    a dateline gives way ("profit before exceptional items rose 8%": the parser's "items" stays out)."""
    found = [c for c in verb.children if c.dep_ in deps]
    if len(found) > 1 and found[0].is_upper and found[0].left_edge.is_sent_start:
        found = found[1:]
    return found[0] if found else None


def _antecedent_of(subject, verb, pronouns: tuple[str, ...]):
    """`subject`, or for one of the relative `pronouns` the noun its clause (`verb`) hangs on."""
    if subject is not None and subject.lower_ in pronouns and verb.dep_ == "relcl":
        return verb.head
    return subject


def _change_read_as_a_noun(verb):
    """"saw turnout fall to 31.6%", "saw sales increase by 350%": the parser may read a verb of change
    after "see" as a noun, the object with the thing that changes as its compound, or a clause with
    it as subject; (that noun, what changes), or None (not "saw a sales increase of 5%", a noun)."""
    for change in verb.children:
        if change.dep_ in ("dobj", "ccomp"):
            changed = _moved_by_a_misread_change(change, "compound" if change.dep_ == "dobj" else "nsubj")
            if changed is not None:
                return change, changed
    return None


def _moved_by_a_misread_change(change, role: str):
    """What a verb of change the parser read as a bare singular noun moves: its `role` child, a noun
    (the compound of an object, "turnout fall"; the subject of a clause, "sales increase")."""
    if change.pos_ != "NOUN" or change.tag_ != "NN" or _direction(change) is None \
            or any(c.dep_ in ("det", "poss", "amod", "nummod") for c in change.children):
        return None
    return next((c for c in change.children if c.dep_ == role and c.pos_ == "NOUN"), None)


def _heads_its_phrase(noun) -> bool:
    """A noun a trailing participle or comparative can describe, not one inside another's phrase: in
    "sales of cream and frozen food dipped by 3%" and "figures for the weekend 13% greater" the
    parser hangs the word on the nearest noun ("food", "weekend"), which is not what changed."""
    return noun.pos_ == "NOUN" and noun.dep_ not in ("pobj", "conj", "compound", "npadvmod")


def _up_after_a_change(node, verb) -> bool:
    """"Complaints rose by 12%, up 340 to 3,100": "up"/"down" after a verb of change carries the
    change and the level it ends at; so does "back" ("Passenger numbers bounced back to 904,000")."""
    return node.lower_ in ("up", "down", "back") and _direction(verb) is not None


def _up_or_down(verb) -> bool:
    """"Claims were up 12,000 at 230,000", "cases are down": "be" with "up"/"down" is a verb of change."""
    return any(c.dep_ == "advmod" and c.lower_ in ("up", "down") for c in verb.children)


def _what_changes(verb, node):
    """The noun whose level or change the figure gives: the object of a verb that changes something
    when the figure ends a "by", "to" or "from" phrase ("cut its workforce by 1,200", "increase
    vehicle sales to four million"), else the verb's subject ("cases rose to 1,000")."""
    role = "nsubj"
    if node.lower_ in ("by", "to", "from") and any(c.dep_ == "dobj" for c in verb.children):
        role = "dobj"
    found = _subject_past_a_dateline(verb, (role,))
    if found is None and role == "nsubj":  # a passive's subject: "the crowd was estimated at 60,000"
        found = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if found is None and role == "nsubj" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ == "VERB":
        found = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "Users rose 10%, reaching 2m"
    if found is None and role == "nsubj" and verb.dep_ == "xcomp":
        found = _raised_subject(verb.head)
    if found is None and role == "nsubj" and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        found = verb.head  # "a workforce numbering 3,000": the participle describes the noun it hangs on
    return _antecedent_of(found, verb, ("who", "which", "that"))  # "the protesters, who numbered about 2,000"


def _change_past_a_relative(prep):
    """The verb of change a "by" belongs to that the parser hung on a relative clause of that verb's
    object: "raised the price it guarantees growers by 20%" (the "by" on "guarantees")."""
    verb = prep.head
    if prep.lower_ != "by" or verb.dep_ != "relcl" or verb.head.dep_ not in ("dobj", "nsubjpass"):
        return None
    outer = verb.head.head
    return outer if _direction(outer, via_prep=True) else None


def _raised_subject(word):
    """"Job losses are expected to total 5,000", "Users are set to top 1 billion", "Arrests are likely
    to reach 100": the subject of the verb or adjective an infinitive completes is the infinitive's
    subject too (passive "expected", "set"; "likely" after "be")."""
    if word.pos_ == "ADJ" and word.dep_ == "acomp":
        word = word.head
    return next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _sold_thing(noun):
    """The plural that "sales of", "shipments of", "deliveries of" names ("sales of electric cars"), or None."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return thing if thing is not None and thing.tag_ in ("NNS", "NNPS") and not thing.like_num else None


def _compound_noun(noun):
    """The common noun compounded before `noun` ("vehicle" in "vehicle sales"), or None."""
    return next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < noun.i), None)


def _tally_compound(tally):
    """"Visitor numbers", "the death toll": the noun compounded before a tally names what it counts
    (also one the tagger called an adjective: "Sheep numbers ... fell to 24.6 million");
    of several, the one next to it ("the Ebola death toll has passed 5,000" counts deaths, not Ebola).
    A toll counts deaths whatever its compound says: "the road toll rose to eight" (Australian and
    New Zealand copy) counts no roads, so the toll itself is named."""
    named = max((c for c in tally.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN", "ADJ")),
                key=lambda c: c.i, default=None)
    if named is not None and tally.lemma_.lower() == "toll" and named.lemma_.lower() not in _TOLL_COUNTS:
        return tally
    return named


_TOLL_COUNTS = frozenset({"death", "casualty", "fatality", "injury", "victim"})


# Verbs that give a tally its level: "cases reached 1,000", "arrests totalled 45", "stand at".
_LEVEL_VERBS = ("reach", "total", "number", "top", "hit", "exceed", "surpass", "pass", "near", "stand", "approach",
                "break", "cross", "average")   # "Weekday ridership averaged 141,000"
# Nouns for a level a count reaches, not things counted: "broke the 100 million mark", "the 1,000 barrier".
_MILESTONES = ("mark", "barrier", "milestone", "threshold")


def _is_milestone(noun) -> bool:
    """"the 100 million mark": a noun for a level, with "the" before the number it carries."""
    return noun.lemma_.lower() in _MILESTONES and noun.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
# Sales of a named thing are counted in that thing: "car sales rose to 2 million" (bare "sales" is an amount).
_SOLD_UNITS = ("sale", "sales", "shipment", "shipments", "delivery", "deliveries", "export", "exports",
               "import", "imports")
# Plural nouns whose bare number is an amount or a level, never a count of them: "prices rose to 300".
_AMOUNT_NOUNS = ("price", "cost", "profit", "revenue", "earning", "earnings", "wage", "salary", "income", "rate",
                 "share", "stock", "index", "temperature", "level", "value", "yield", "debt", "fee", "saving",
                 "spending", "score", "rating", "point", "sale", "sales", "asset", "reserve", "fund")


def _out_of_number(token, last):
    """"3 out of 10 people", "six in 10 voters": the parser hangs the first number on the second
    (quantmod), which modifies the noun both count; anywhere else, the token's own head."""
    head = token.head
    if token.dep_ == "quantmod" and head.like_num and head.dep_ == "nummod" and head.head.i > head.i \
            and last.doc[last.i + 1:head.i].text.lower() in ("in", "out of", "of"):
        return head.head
    return head


def _noun_past_a_modifier(head, last, cand: _Cand):
    """"a 110km subsea cable": the parser may hang a measure's unit on the word between it and the
    noun it sizes, an adjective or a noun that modifies that noun (not a race's or a medal's word:
    "Olympic 200m gold medallist" measures no medallist)."""
    if cand.unit is not None and head.i > last.i and head.pos_ in ("ADJ", "NOUN") \
            and head.dep_ in ("amod", "compound") and head.head.i > head.i and head.head.pos_ == "NOUN" \
            and not _LENGTH_AFTER.match(" " + head.text):
        return head.head
    return head


def _verb_read_as_modifier(number, noun, unit, value) -> bool:
    """"and 300 lost power", "found 300 developed diabetes": the parser made the verb an adjective
    and the number its noun's modifier; a count above one with a singular noun gives it away
    ("270 elected members" agrees, so it stands)."""
    between = number.doc[number.i + 1:noun.i]
    return (unit is None and value > 1 and noun.tag_ == "NN" and noun.lower_ not in _COLLECTIVES
            and any(t.tag_ in ("VBN", "VBD") and t.dep_ == "amod" for t in between))


def _subject_with_article(noun, verb) -> bool:
    """"The new 20m note enters circulation": a singular with its own article is one thing, the
    subject of the verb after it (not "a million more housing association tenants", a plural
    tagged a verb after a bare modifier)."""
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i \
        and any(c.dep_ == "det" and c.i < noun.i for c in noun.children)


def _counted_part(noun, last, cand: _Cand):
    """A number above one counts a plural. When the parse hangs it on a singular noun coordinated
    with another modifier, the plural both modify is counted ("2,000 business and political
    leaders"); when a singular determiner makes the head one thing, the number counts the noun
    right after it ("a 12 megapixel camera", "that three letter word"). An uncoordinated singular
    keeps the count ("3 bedroom homes" counts bedrooms)."""
    if cand.unit is not None or cand.value <= 1 or noun.tag_ != "NN" or noun.lower_ in _COLLECTIVES:
        return noun
    plural = _plural_head_of_modifier(noun, coordinated=not _inside_the_number(noun, last))
    if plural is not None:
        return plural
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and _plural_read_as_verb(after, cand) and not _subject_with_article(noun, after):
        return after  # "two one-man shows": "man" is part of a modifier, "shows" the plural tagged a verb
    framed = _plural_framing_the_number(noun, last) or _plural_right_after(noun, last) or _shared_plural(noun)
    if framed is not None:
        return framed
    nxt = noun.doc[last.i + 1] if last.i + 1 < noun.i else None
    if nxt is None or nxt.pos_ not in ("NOUN", "ADJ") or nxt.dep_ != "compound":
        return noun
    return nxt if any(c.dep_ == "det" and c.lower_ in _SINGULAR_DETS for c in noun.children) else noun


_SINGULAR_DETS = ("a", "an", "this", "that", "each", "every", "another")


def _plural_framing_the_number(noun, last):
    """"their last 10 league games": the parser hangs the number on the singular compounded before a
    plural, but the plural's own determiner, owner or adjective before the number puts the number
    inside the plural's phrase, so it counts the plural ("3 bedroom homes", with nothing before, stays)."""
    head = noun.head
    if noun.dep_ != "compound" or head.i <= noun.i or head.tag_ != "NNS":
        return None
    return head if any(c.dep_ in ("det", "poss", "amod") and c.i < last.i for c in head.children) else None


def _plural_right_after(noun, last):
    """"Some 90 journalist jobs": a noun before another is singular whatever it means, so when the
    parser hangs a count above one on the singular straight after the number, compounded into the
    plural straight after it, the number counts the plural ("500 factory workers", "40 bus routes"
    are parsed so, "80,000 long term care places" with the singular's adjective first and a second
    compound after it); a singular head stays ("a 12 megapixel camera")."""
    if noun.dep_ != "compound" or any(t.dep_ != "amod" or t.head.i != noun.i for t in noun.doc[last.i + 1:noun.i]):
        return None   # its own adjectives may stand between: "80,000 long term care places"
    head = noun.head
    if head.i <= noun.i or head.tag_ != "NNS" or head.pos_ != "NOUN" \
            or any(t.dep_ != "compound" or t.tag_ != "NN" for t in noun.doc[noun.i + 1:head.i]):
        return None
    return head


def _shared_plural(noun):
    """"roughly 1.4 million honda and acura vehicles": in lower-cased copy the parser takes the first of
    two names for the counted noun and makes the plural its conjunct; a count above one is of the
    plural the two share (the conjunct with a modifier of its own before it). The conjunct may have
    its own count before that modifier: "17,000 speeding and 210 mobile phone tickets" are tickets."""
    if _invariant_plural(noun):
        return None  # "40 sheep and 12 goats"
    return next((c for c in noun.children if c.dep_ == "conj" and c.tag_ == "NNS" and c.pos_ == "NOUN"
                 and any(m.dep_ in ("compound", "amod") and m.i < c.i for m in c.children)
                 and all(n.i < min(m.i for m in c.children if m.dep_ in ("compound", "amod"))
                         for n in c.children if n.dep_ == "nummod")), None)


def _inside_the_number(noun, last) -> bool:
    """"won three grand slam titles" in lower case: the model reads "three grand slam" as one quantity
    and the parser hangs the number on "slam"; a noun inside the number's own entity is no counted
    thing, the plural it modifies is."""
    return noun.ent_type_ in ("QUANTITY", "CARDINAL") and noun.ent_iob_ == "I" and last.ent_type_ == noun.ent_type_ \
        and not any(t.is_punct for t in noun.doc[last.i + 1:noun.i])


def _common_noun_after(word):
    """The head of `word`, or when that is a name, the common noun right after `word`: "the 1,000-strong
    crowd mr johnson", where copy without commas lets the parser compound the crowd into the name."""
    doc = word.doc
    nxt = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if word.head.pos_ == "NOUN" or nxt is None or nxt.pos_ != "NOUN" or nxt.head.i <= word.i:
        return word.head
    return _noun_phrase_head(nxt)


def _plural_before_a_name(last, head, cand: _Cand):
    """"deals with two indian airlines - air deccan and kingfisher": when a count above one hangs on a
    singular name, a plural common noun between them (before the names it lists) is what it counts."""
    if cand.unit is not None or cand.value <= 1 or head.pos_ != "PROPN" or _looks_plural(head):
        return None
    for token in last.doc[last.i + 1:head.i]:
        if token.tag_ == "NNS" and token.pos_ == "NOUN":
            return token
        if token.pos_ not in ("ADJ", "NOUN") and token.dep_ != "amod" and not _glued_hyphen(token.doc, token.i):
            return None  # past modifiers, also hyphenated ones ("two state-run banks - bank of china")
    return None


def _plural_head_of_modifier(noun, *, coordinated: bool = True):
    """The plural noun a (coordinated) singular modifier modifies ("business and political leaders")."""
    if coordinated and not any(c.dep_ == "conj" for c in noun.children):
        return None
    node = noun
    while node.dep_ in ("compound", "nmod") and node.head.i > node.i and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head
        if node.tag_ in ("NNS", "NNPS"):
            return node
    return None


def _of_after(token):
    """The "of" right after a figure ("dozens of people"), also in "out of" ("117 million out of 833 million handsets")
    and after "more"/"fewer" ("an option on 10 more of the aircraft": a part of the aircraft, as "10 of the aircraft")."""
    if token is not None and token.text == "(":   # "42 kg (92 pounds) of drugs": past the conversion
        close = next((t for t in token.doc[token.i + 1:token.i + 6] if t.text == ")"), None)
        token = close.nbor() if close is not None and close.i + 1 < len(token.doc) else None
    if token is not None and token.lower_ in ("out", "more", "fewer") and token.i + 1 < len(token.doc) \
            and token.nbor().lower_ == "of":
        token = token.nbor()
    return token if token is not None and token.lower_ == "of" else None


def _distance_within(last) -> bool:
    """"came within six points of the leaders", "within two seconds of the incident": a number in a
    "within" phrase says how near the "of" phrase's noun something came, not how many of it there are."""
    node = last
    while node.dep_ in ("nummod", "quantmod", "compound") and node.head.i > node.i:
        node = node.head  # "six points": the unit carries the number's role
    return node.dep_ == "pobj" and node.head.lower_ == "within"


def _is_partitive(pobj, cand: _Cand) -> bool:
    """"two of the suspects", "a third of the staff": whole numbers take a part of a plural; "within
    12 of Milburn's record" is a distance, not a part (fractions and percentages take any noun)."""
    if cand.unit in _PERCENT_UNITS and pobj.lower_ in _BASES_OF_A_RATIO and not _a_share_taken(pobj.head.head):
        return False  # "pegs the deficit at 3.4 per cent of GDP": the deficit's size, measured against GDP
    if cand.unit in _PERCENT_UNITS or cand.kind == "money" or cand.core in _SHARE_CORES:
        return True  # "half of a sentence", "millions of under-18s", "20% of the holdings"
    if cand.unit is not None:  # a measure of a material ("10 inches of rain"), not of "the tie-break"
        return not any(c.dep_ in ("det", "poss") for c in pobj.children)
    return pobj.tag_ in ("NNS", "NNPS") or "Plur" in pobj.morph.get("Number") or pobj.lower_ in _COLLECTIVES \
        or _invariant_plural(pobj) \
        or _people_adjective(pobj)


# What a deficit, a debt or spending is measured against: "debt of 90% of GDP" (unless a share is
# taken of it: `_a_share_taken`).
_BASES_OF_A_RATIO = frozenset({"gdp", "gnp", "gni", "output", "product", "income"})


def _a_share_taken(percent) -> bool:
    """"Tourism accounts for about 12% of Spain's economic output", "makes up 40% of GDP", "About 5%
    of Singapore's GDP comes from tourism": the percentage is a share of the output, what a verb
    takes or its subject, not the size of a deficit ("pegs the deficit at 3.4 per cent of GDP",
    "debt rose to 90% of GDP")."""
    return percent.dep_ in ("dobj", "nsubj", "nsubjpass") or percent.dep_ == "pobj" and percent.head.lower_ == "for"


# Nouns for a group whose size a number after "of" gives: "a crowd of 80,000", "a fleet of 80".
_GROUPS = ("staff", "crew", "team", "squad", "population", "workforce", "electorate", "audience", "crowd", "cast",
           "family", "group", "fleet", "army", "force", "membership", "delegation", "contingent", "herd", "flock",
           "enrolment", "enrollment", "attendance", "turnout", "congregation", "convoy", "choir", "orchestra",
           "cohort", "panel", "jury", "committee", "community", "entourage", "battalion", "regiment", "brigade",
           "ridership", "readership", "viewership", "headcount", "footfall", "caseload")
_SHARE_CORES = ("frac", "pern", "half", "slash", "vague", "several", "few")  # fractions and vague plurals
# Singular nouns that name a group, so "two of the staff" counts members of it.
_COLLECTIVES = ("staff", "people", "police", "personnel", "crew", "team", "side", "squad", "public", "population",
                "workforce", "electorate", "audience", "crowd", "cast", "family", "group")


# Nouns whose plural has no "-s", tagged singular: "a fleet of 90 aircraft", "30 of the aircraft".
_INVARIANT_PLURALS = ("aircraft", "spacecraft", "sheep", "deer", "fish", "cattle", "livestock", "offspring",
                      "species", "series", "personnel")


def _invariant_plural(token) -> bool:
    """Also a compound's: "182 of the 200 rockfish", "a herd of 40 reindeer"."""
    return token.lower_.endswith(_INVARIANT_PLURALS)


def _common_after_proper(noun):
    """"two England tries", "three Grand Slam doubles titles": a proper noun before a plural common
    noun (straight before it, or in the chain of names that modifies it) only qualifies it."""
    doc = noun.doc
    if noun.pos_ != "PROPN" or _looks_plural(noun):
        return noun
    if noun.i + 1 < len(doc) and doc[noun.i + 1].tag_ == "NNS":
        return doc[noun.i + 1]
    joined = next((c for c in noun.children if c.dep_ == "conj" and c.tag_ == "NNS" and c.pos_ == "NOUN"
                   and any(m.dep_ in ("compound", "amod") and m.i < c.i for m in c.children)
                   and not any(m.dep_ == "nummod" for m in c.children)), None)  # not "22 Maori and four pakiha"
    if joined is not None:
        return joined  # "2.2 million toyota and lexus vehicles": the names share the plural after them
    plural = _plural_head_of_modifier(noun, coordinated=False)
    return plural if plural is not None and plural.pos_ == "NOUN" else noun


def _tally_of(token):
    """"the number of visitors rose to 2 million", "taking the number of people employed to 38.9
    million": the figure is the value of a tally (subject or object of the verb) whose "of" phrase
    names what is counted; None when the clause has no such tally."""
    node = token
    for _ in range(4):
        if node.dep_ not in ("dobj", "attr", "pobj", "prep", "npadvmod", "nummod", "compound", "quantmod"):
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
        named = _tally_compound(node) if node.lower_ == "number" and node.tag_ == "NN" else None
        if named is not None and named.tag_ == "NNS":
            return named  # "whose season-ticket holders number more than 19,000": the verb read as a noun
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                    and c.lemma_.lower() in _TALLY_NOUNS and c.i != token.i), None)
    if subject is None:
        subject = _tally_above_clause(node) or _tally_cut_off_its_verb(node)
    if subject is None:
        return None
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:  # "the death toll rose to 45", "the case count reached 300": the compound names it
        return _tally_compound(subject)
    return next((c for c in of.children if c.dep_ == "pobj"), None)


def _tally_above_clause(verb):
    """"take the number of jobs lost at the plant to 1,200", "bring the total number of stores to
    open to 45": the parser hangs the "to" phrase on the clause that describes the counted noun (or
    on an infinitive after the tally); the tally that clause hangs from, as the main verb's object
    or subject, is the one the figure ends."""
    node = verb
    for _ in range(4):
        if node.dep_ not in ("acl", "relcl", "advcl", "xcomp", "pobj", "prep") or node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() in _TALLY_NOUNS and node.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return None if _a_number_of(node) else node
        if node.pos_ in ("VERB", "AUX"):
            return next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                         and c.lemma_.lower() in _TALLY_NOUNS and c.i < verb.i and not _a_number_of(c)), None)
    return None


def _tally_cut_off_its_verb(verb):
    """"said the number of Britons dead or missing have reached 440": words between a tally and its
    verb can make the parser give the tally to another word ("dead") and leave the level verb with
    no subject; the verb's subject is then the last subject before it, counted when it is a tally."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) \
            or not (verb.lemma_.lower() in _LEVEL_VERBS or _direction(verb) is not None):
        return None
    subject = next((t for t in reversed(verb.doc[verb.sent.start:verb.i]) if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in _TALLY_NOUNS or _a_number_of(subject):
        return None
    return subject


def _a_number_of(tally) -> bool:
    """"missed a number of shows": "a number of" means several, it is no tally a figure gives."""
    return tally.lower_ == "number" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tally.children)


def _is_counted_noun(noun, cand: _Cand, last, reach: int) -> bool:
    """Whether the noun a link reaches can be what the figure counts: a noun of the same sentence,
    not the unit, not itself a number or date, not the change ("a 3% rise" counts no rises)."""
    nominal = noun.pos_ in ("NOUN", "PROPN") or (noun.pos_ == "ADJ" and noun.dep_ == "compound") \
        or _people_adjective(noun) or _plural_read_as_verb(noun, cand) \
        or _noun_read_as_verb(last, noun, cand)  # "a two megapixel camera", "24 of 31 passes", "one try"
    if not nominal or len(noun.text) < 2 or not noun.text[0].isalnum() or noun.sent != last.sent:
        return False  # not "’s" ("the 80’s"); "3-pointers" is a noun
    if noun.ent_type_ == "PERSON" and cand.unit is None and noun.tag_ != "NNPS" \
            and not (noun.tag_ == "NNS" or _looks_plural(noun) and noun.head.i == last.i) \
            and not _lower_case_plural_counted(noun, last) \
            and not (_ACRONYM_PLURAL.fullmatch(noun.text) and last.head.i == noun.i):  # not "Panagopoulos"
        return False  # "Julia Davis at seven and Tamsin Greig at 19": a count is not of one person ("40 Teslas" is)
    if (cand.unit and noun.lower_ == cand.unit.lower()) or (noun.ent_type_ in _NUMERIC_ENTS and cand.kind != "ordinal"
                                                             and not _counted_in_date(noun, cand)
                                                             and not _count_glued_before_a_noun(noun, cand, last)
                                                             and not _plural_in_a_misread_amount(noun, cand, last)):
        return False
    if noun.lower_ in _CURRENCY_WORDS:
        return False  # "280 million of the 1.5 billion shekels", "19bn kronor": a currency is a unit, never the object
    if cand.kind == "duration" and noun.lower_ in _TIME_NOUNS \
            and not (noun.i > last.i and last.i > 0 and last.nbor(-1).text == "-" and noun.lemma_ != last.lemma_):
        return False   # but "a 12-hour school day", "a 35-hour week": the longer time the hours measure
    if cand.unit == "times" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False  # "three times the size of Hong Kong's": what is multiplied, not counted
    if noun.i > last.i and noun.tag_ == "NN" and any(c.dep_ == "dobj" for c in noun.children):
        return False  # "6 in 10 support the plan": a singular "noun" with a direct object is the clause's verb
    if cand.unit is not None and _direction(noun) is not None:
        return False  # "a 10% increase", "a cut of $3bn"; but "three rate cuts" counts cuts
    if noun.i < last.i:
        return noun.i == last.head.i or reach == _ANYWHERE  # (Tokens are made anew at each read: compare indices)
    return _words_between(last, noun) < reach


def _count_glued_before_a_noun(noun, cand: _Cand, last) -> bool:
    """"A 500-tablet carton": a bare count hyphened to a noun that modifies another noun counts it
    (as "a two megapixel camera" counts megapixels), though the model calls the words an amount."""
    return cand.kind == "count" and cand.unit is None and noun.i == last.i + 2 and last.nbor().tag_ == "HYPH" \
        and noun.is_lower and noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN")  # not "its 3-Series saloon"


def _plural_in_a_misread_amount(noun, cand: _Cand, last) -> bool:
    """"Airbus has delivered 40 A300s to UPS": the model tagged the words an amount of money, but
    with no currency the figure is a count, and the plural the number modifies is what it counts."""
    return noun.ent_type_ == "MONEY" and cand.kind == "count" and cand.unit is None and noun.tag_ == "NNS" \
        and last.head.i == noun.i


def _lower_case_plural_counted(noun, last) -> bool:
    """"two james beard awards": in lower-cased copy the model takes a name's plural head for part of a
    person's name; a lower-case plural the number itself modifies is still counted."""
    return last.head.i == noun.i and noun.is_lower and _looks_plural(noun)


def _people_adjective(word) -> bool:
    """"12 of the injured", "the number of unemployed": an adjective or participle standing as the
    object of "of" is a noun for the people it describes."""
    return word.pos_ in ("ADJ", "VERB") and word.tag_ in ("JJ", "VBN") and word.dep_ == "pobj" \
        and word.head.lower_ == "of" and not any(c.dep_ == "advmod" for c in word.children)  # not "the most popular"


# The model's labels that a plural it put inside a number's entity may carry and still be counted
# when our own reading found no unit (not MONEY: "200 dinars" is a currency we do not know; TIME:
# "two grand slams" read as a time of day, while "two hours" is a duration our reading found).
_PLURAL_LABELS = ("DATE", "CARDINAL", "QUANTITY", "PERCENT", "TIME")


def _counted_in_date(noun, cand: _Cand) -> bool:
    """"12 titles in 20 seasons", "three terms", "3 Walmarts": the model calls the span a date or
    a cardinal, but a plural that is no unit of time is still counted. When our own reading found
    no unit, the model's quantity label is its mistake too ("5,000+ apps" read as a QUANTITY); its
    money label is kept ("200 dinars": a currency we do not know)."""
    labels = ("DATE", "CARDINAL") if cand.unit is not None or cand.kind != "count" else _PLURAL_LABELS
    return noun.ent_type_ in labels and _looks_plural(noun) and not noun.like_num \
        and noun.lower_ not in _TIME_NOUNS and noun.lower_ not in _PARTS_OF_TIME


# Plural dates that are lengths of time, not things counted: "for several quarters", "two nights".
_PARTS_OF_TIME = ("quarters", "weekends", "nights", "mornings", "evenings", "afternoons", "halves")


def _words_between(last, noun) -> int:
    """Words between number and noun, a hyphenated word counting once and the commas and "and" of a
    list of modifiers not at all: "3,000 full-time and part-time workers" has two, "45 modern, rare
    and 19th Century maps" three; a line break is a wall."""
    doc = last.doc
    if any("\n" in doc[i].whitespace_ or doc[i].is_space for i in range(last.i, noun.i)):
        return _ANYWHERE
    # "777-9", "wide-body"; not in a code the number itself is glued into ("their 2-3-2 scrum formation")
    hyphens = sum(_glued_hyphen(doc, i, digits=bool(last.whitespace_)) for i in range(last.i + 1, noun.i))
    marks = sum(doc[i].text == "," or doc[i].dep_ == "cc" for i in range(last.i + 1, noun.i))
    return noun.i - last.i - 1 - 2 * hyphens - marks


def _noun_words(noun, last) -> str:
    """The noun with the nouns compounded before it: "text messages", "New York DJs", and the
    pieces of a hyphenated noun ("start-ups", "co-workers")."""
    doc, start = noun.doc, noun.i
    floor = last.i if noun.i > last.i else -1  # "Job losses could reach 5,000": the subject before the number
    while start - 2 > floor and _glued_hyphen(doc, start - 1):
        start -= 2
    while start - 1 > floor and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ in ("NOUN", "PROPN") \
            and doc[start - 1].head.i in range(start, noun.i + 1) and "\n" not in doc[start - 1].whitespace_ \
            and doc[start - 2].text not in ("-", "‐") and not _unit_glued_to_number(doc, start - 1):
        start -= 1  # "New York DJs"; not "battalion" in "single-battalion regiments", nor "m" in "800m runners"
    return doc[start:noun.i + 1].text


def _unit_glued_to_number(doc, i: int) -> bool:
    """"m" in "800m runners": a unit written against the number before it, part of a measure, not of a noun."""
    return i > 0 and doc[i - 1].like_num and not doc[i - 1].whitespace_


# --- direction of change ------------------------------------------------------------------------

def _word_forms(bases: str) -> frozenset[str]:
    """'climb drop rise' -> climb, climbs, climbed, climbing, dropped, dropping, rising...: regular
    forms of each base (over-generation is harmless: the forms are only looked up)."""
    forms = set()
    for base in bases.split():
        stem = base[:-1] if base.endswith("e") else base
        forms.update({base, base + "s", base + "es", base + "d", base + "ed", stem + "ing",
                      base + base[-1] + "ed", base + base[-1] + "ing"})
    return frozenset(forms)


# Verbs and nouns of change and their direction. A figure they govern (directly, or through
# "by", "to", "from", "of") is the size or the end of a change: "rose 5%", "fell from 5.7 percent
# to 5 percent" (both down), "a cut of $3bn", "a 3% rise".
_UP_WORDS = _word_forms(
    "rise rose risen increase climb jump grow grew grown growth surge soar gain rebound boost lift swell "
    "swollen expand expansion widen double triple quadruple spike rally advance hike accelerate rocket "
    "balloon uptick upturn improve improvement recover recovery treble higher bounce")
_DOWN_WORDS = _word_forms(
    "fall fell fallen drop decline decrease cut reduce reduction lower slump plunge plummet slide slid slip collapse "
    "shrink shrank shrunk tumble sink sank sunk dip slash halve ease narrow shed contract contraction "
    "retreat crash dive downturn sag weaken erode cutback slowdown slow trim dwindle lose lost")
# Words of change only as verbs ("output contracted 2%"); as nouns they name other things.
_CHANGE_VERBS_ONLY = frozenset({"contract", "shed", "advance", "lift", "sink", "lower", "narrow", "collapse"})
# "raise" counts only with "by", "to" or "from" ("raised taxes by 2%"): "raised $5m" is money collected.
_UP_WITH_PREP = _word_forms("raise")
# Verbs that make "up to"/"down to" the end of a movement, not a bound: "ticked up to 5%".
_MOVE_WORDS = _word_forms("tick edge inch creep go went gone move shoot shot bump push ramp revise nudge drift "
                          "notch step head jump climb rise rose risen")
_CHANGE_PREPS = ("by", "to", "from", "of")
_RATES_ONLY = ("lose",)  # a change only for a percentage or a measure: "shares lost 5%", "the Dow lost 120 points"
_UP_TO_THEN_FROM = re.compile(r"(?<![\w-])(?P<d>up|down)[ \u00a0]+to[ \u00a0]+[^\s;]*[^\s,;.]"
                              r"(?:[ \u00a0]+[^\s;]*[^\s,;.])?[ \u00a0]+from[ \u00a0]+$", re.IGNORECASE)
_HIGHER_TO_BEFORE = re.compile(r"(?<![\w-])(?P<d>higher|lower)[ \u00a0]+(?:from|to)[ \u00a0]+$", re.IGNORECASE)
_UP_DOWN_BEFORE = re.compile(r"(?<![\w-])(?P<d>up|down)(?:[ \u00a0]+(?P<p>from|to))?[ \u00a0]+$", re.IGNORECASE)
# The size of a move, its direction, then "at" the level it ended at: "9% lower at", "up 12,000 at".
_MOVED_THEN_AT_BEFORE = re.compile(r"(?:\d[\d.,]*(?:%|p|[ \u00a0]+(?:per[ \u00a0]?cent|percent|points?|pence|cents?))?"
                                   r"[ \u00a0]+(?P<d>higher|lower|up|down)|(?P<d2>up|down)[ \u00a0]+[$£€]?\d[\d.,]*"
                                   r"(?:%|p|bn|m|k)?)[ \u00a0]+at[ \u00a0]+$", re.IGNORECASE)


def _direction(token, *, via_prep: bool = False) -> str | None:
    """up / down for a change word ("climbed", "a rise", "slumped"), by its form or its lemma."""
    if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in _CHANGE_VERBS_ONLY:
        return None  # "a six-month contract", "a $2m advance": these nouns are not changes
    words = (token.lower_, token.lemma_.lower())
    if any(w in _UP_WORDS for w in words) \
            or (via_prep or token.pos_ == "NOUN") and any(w in _UP_WITH_PREP for w in words):
        return "up"  # the noun is a pay rise: "a 2.5% raise"
    if any(w in _DOWN_WORDS for w in words):
        return "down"
    # "edged down", "revised up to 3% from 2.5%" (the parser may hang "up" on as a preposition)
    particle = next((c.lower_ for c in token.children if c.dep_ in ("prt", "advmod", "prep")
                     and c.lower_ in ("up", "down")), None)
    return particle if particle and any(w in _MOVE_WORDS for w in words) else None


def _is_moving_up_to(q, tokens: _TokenIndex) -> bool:
    """A qualifier "up to" right after a verb of movement or change ("ticks up to 5%", "rose up to");
    not after one that goes down, which "up to" bounds ("drivers can lose up to 3kg")."""
    prev = tokens.before(q.start())
    return q.group("q").lower() == "up to" and _moves(prev) and _direction(prev) != "down"


def _moves(prev) -> bool:
    """A verb (or noun) of movement or change, the word before "up to" / "down to" that makes them a change."""
    return prev is not None and prev.pos_ in ("VERB", "AUX", "NOUN") and (
        prev.lower_ in _MOVE_WORDS or prev.lemma_.lower() in _MOVE_WORDS or _direction(prev) is not None)


def _change(cand: _Cand, text: str, tokens: _TokenIndex) -> str | None:
    """up / down when the figure is the size or the end of a change, from the words that govern
    it: "rose 5%", "fell from 5.7 percent to 5 percent", "a cut of $3bn", "a 3% rise", "up 2%",
    "ticked up to 5%"; None for a level with no change word ("unemployment is 5%")."""
    comparative = _HIGHER_TO_BEFORE.search(text[max(0, cand.start - 20):cand.start])
    if comparative and _moves(tokens.before(cand.start - len(comparative.group()))):
        return "up" if comparative.group("d").lower() == "higher" else "down"   # "edged higher to £372,324"
    before = _UP_DOWN_BEFORE.search(text[max(0, cand.start - 20):cand.start])
    if before:
        word = tokens.before(cand.start - len(before.group()) + len(before.group("d")))
        if before.group("p") and before.group("p").lower() == "to":
            # "bring debt down to 35.8bn euros", "were brought down to $4m": the particle's verb ("could bring up
            # to 10 inches of rain" is a bound)
            verb = word.head if word is not None and word.dep_ in ("prt", "advmod", "prep") else None
            lemma = verb.lemma_.lower() if verb is not None else ""
            moved = word is not None and (_moves(tokens.before(word.idx)) or lemma in _MOVE_WORDS
                                          or before.group("d").lower() == "down" and lemma == "bring")
            return before.group("d").lower() if moved else None
        if word is None or word.dep_ != "prt" or _direction(word.head) or word.head.lower_ in _MOVE_WORDS \
                or word.head.lemma_.lower() in _MOVE_WORDS:
            return before.group("d").lower()  # "up 2%", "down from 5%", not "made up 5%"
    after = _UP_DOWN_AFTER.match(text, cand.end)
    if after:
        return after.group("d").lower()  # "£85k a week, up from £60k": the level a rise ended at
    ended = _MOVED_THEN_AT_BEFORE.search(text[max(0, cand.start - 40):cand.start])
    if ended:  # "closed 9% lower at 212p", "were up 12,000 at 230,000": the level the move ended at
        return "up" if (ended.group("d") or ended.group("d2")).lower() in ("up", "higher") else "down"
    if cand.kind == "duration" and re.match(r"[ \u00a0]+(?:later|earlier|ago)\b", text[cand.end:cand.end + 10], re.IGNORECASE):
        return None  # "doubled the lead four minutes later": when it changed, not by how much
    start = _UP_TO_THEN_FROM.search(text[max(0, cand.start - 45):cand.start])
    if start:  # "edged up to 3.2% from 3.1%": the start of the same move
        word = tokens.before(cand.start - len(start.group()))
        return start.group("d").lower() if _moves(word) else None
    toks = tokens.at(cand.num_start, cand.end)
    inside = {t.i for t in toks}
    # not a minus the parser hangs apart as punctuation: "plunged to -19 C" (the "C" holds the "to"),
    # nor an article it hangs on the next noun: "fell by a third last year" ("a" on "year")
    node = next((t for t in toks if t.head.i not in inside and t.dep_ not in ("punct", "det")), toks[-1])
    if node.dep_ == "appos" and cand.start <= node.head.idx < cand.num_start:
        node = node.head   # "cut the pump price by KSh 3.50": the currency's word holds the number's role
    found = _change_above(node, inside, counts=cand.unit is None, rates=cand.kind in ("percent", "quantity"))
    if found is None and _FROM_TO_BEFORE.search(text[max(0, cand.start - 40):cand.start]):
        verb = _change_verb(tokens, cand)  # past a participle of the noun ("attendants based in London from 370")
        found = _direction(verb, via_prep=True) if verb is not None else None
    far = _UP_DOWN_FAR_AFTER.match(text, cand.end) if found is None else None
    return far.group("d").lower() if far else found


# A level, then the change that led to it: "3,100, up from 2,800", "£85k a week, up from £60k", "down on last
# year"; up to three words may come between, no number but a year ("a profit of $6.3bn on Thursday, down from
# $7.7bn", "£90m in 2004, up from £70m"; not "2,000 jobs at Ford and 300 at GM, down from ...")
_UP_DOWN_AFTER = re.compile(r"(?:[ \u00a0]+(?:[^\s,;.\d]+|(?:19|20)\d\d)){0,3},[ \u00a0]+(?P<d>up|down)[ \u00a0]+"
                            r"(?:from|on)\b", re.IGNORECASE)
# ... and four or five, when no verb of change governs the figure ("612 people were on trolleys, up from
# 540"; "output grew 15.7% in the year to October, down from 23%" is a rise, slower than before)
_UP_DOWN_FAR_AFTER = re.compile(r"(?:[ \u00a0]+(?:[^\s,;.\d]+|(?:19|20)\d\d)){4,5},[ \u00a0]+(?P<d>up|down)[ \u00a0]+"
                                r"(?:from|on)\b", re.IGNORECASE)
_FROM_TO_BEFORE = re.compile(r"\bfrom[ \u00a0]+(?:[^\s;]+[ \u00a0]+(?:[^\s;]+[ \u00a0]+){0,3}to[ \u00a0]+)?$",
                                re.IGNORECASE)  # "from 370", "from 370 to 870", "from -9 C at noon to -31 C"


# Nouns a level stands beside: "climbed to a record £3.7bn", "a new high 412".
_RECORD_NOUNS = frozenset({"record", "high", "low", "peak"})


# Change nouns a light verb takes ("staged a rebound"), not measures that grow ("kept growth above 9%").
_CHANGES_TAKEN = _CHANGE_EVENT_NOUNS | {"recovery", "rally"}


def _change_named_as_object(verb, prep) -> str | None:
    """The direction of a change noun a light verb takes before the "to"/"by" the parser hangs on
    the verb: "staged a rebound to 71%", "posted a 3% drop to $40m"."""
    return next((found for c in verb.children if c.dep_ == "dobj" and c.i < prep.i
                 and c.lemma_.lower() in _CHANGES_TAKEN and (found := _direction(c)) is not None), None)


def _right_after(word, first: int) -> bool:
    """Only a determiner, an adjective, an adverb or a symbol between `word` and token `first`: "by a
    breakneck 9.5%", "by £200m"; not "by Ginepri [new line] Fifteen-year-old" (a headline run on)."""
    return word.i < first and all(t.pos_ in ("DET", "ADJ", "ADV", "SYM") for t in word.doc[word.i + 1:first])


def _change_above(node, inside: set[int], *, counts: bool, rates: bool) -> str | None:
    """Walk up from the figure's head token through the links a change governs its amount by.
    A count on a change noun counts the changes ("three rate cuts", "11 rebounds"), it is none."""
    via_prep = False
    for step in range(4):
        head = node.head
        if head.i == node.i or head.i in inside or head.lower_ in _SPAN_LEVELS and head.i > node.i:
            return None   # "bounced back from a four-year low": the span of the low, no level that moved
        bounded = _over_a_bound(node)
        if bounded is not None and bounded.lower_ in _CHANGE_PREPS:
            node, via_prep = bounded, True   # "fell to as low as 120p": on from the "to"
            continue
        if node.dep_ in ("nummod", "quantmod", "compound", "nmod", "amod") and head.pos_ == "NOUN":
            found = _direction(head)  # "a 3% rise"
            if found:
                return None if counts else found
        elif node.dep_ == "pobj" and (head.lower_ in _CHANGE_PREPS or step == 0 and head.lower_ in _CHANGE_BOUNDS):
            via_prep = head.lower_ != "of"  # "raised taxes by 2%", "from 60 to 65", not "raised 280m of the 1.5bn"
        elif node.dep_ == "agent" and head.pos_ in ("VERB", "AUX"):
            # "Funding was slashed by £200m": the parser calls a passive's "by" an agent, not a prep;
            # the figure must be what "by" holds, not a noun's ("rose to editor by the age of 18")
            return _direction(head, via_prep=True) if step <= 2 and _right_after(node, min(inside)) else None
        elif node.dep_ == "prep" and node.lower_ == "of" and head.pos_ != "NOUN":
            return None  # "a cut of $3bn", but not "Of the 30 patients, 12 recovered"
        elif node.dep_ == "conj" and head.pos_ == "NOUN":
            pass  # a conjunct shares what governs its sibling, not the sibling's own word ("a 3m drop and a 20m wall")
        elif node.dep_ == "appos" and head.lemma_.lower() in _RECORD_NOUNS and head.i < node.i:
            pass  # "climbed to a record £3.7bn": the parser sets the amount beside "record"
        elif node.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            # "temperatures fell to 3C": the parser reads the glued "3C" as a verb's "to" infinitive
            return _direction(head, via_prep=True) if head.pos_ in ("VERB", "AUX") else None
        elif node.dep_ == "prep" and (node.lower_ in _CHANGE_PREPS or step == 1 and node.lower_ in _CHANGE_BOUNDS) \
                or node.dep_ in (
                "dobj", "npadvmod", "advmod", "attr", "conj"):
            found = _direction(head, via_prep=via_prep) or (head.lower_ if head.lower_ in ("up", "down") else None)
            if not found and node.dep_ == "prep" and (outer := _change_past_a_relative(node)) is not None:
                found = _direction(outer, via_prep=True)
            if not found and node.dep_ == "prep" and head.pos_ == "VERB":
                found = _change_named_as_object(head, node)
            misread = _change_read_as_a_noun(head) if head.pos_ == "VERB" and not found else None
            found = _direction(misread[0]) if misread is not None else found  # "saw turnout fall to 31.6%"
            if not rates and head.lemma_.lower() in _RATES_ONLY:
                return None  # "the Dow lost 2%" is a fall; "lost 3 games", "Delta lost $646m" (a loss) are not
            if found or head.pos_ in ("VERB", "AUX"):
                return found
        elif node.dep_ not in ("nummod", "quantmod", "compound", "nmod", "amod"):
            return None
        node = head
    return None
