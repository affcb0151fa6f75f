"""Numbers as news writes them, to exact values: digits, number words, fractions, vague plurals.

Arithmetic is done in `Decimal`, so "1.3 billion" is exactly 1300000000 and a 500-digit number
cannot overflow; anything whose magnitude reaches MAX_VALUE is dropped (None), never capped,
so no figure is ever reported with a made-up value, inf or nan.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

MAX_VALUE = Decimal(10) ** 18  # values this large or larger are dropped, not capped

SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
# attached or abbreviated scales after digits ("2bn", "€40m", "3k", "4.3M", "$1tn")
SHORT_SCALES = {"bn": 10**9, "bln": 10**9, "b": 10**9, "mn": 10**6, "mln": 10**6, "m": 10**6,
                "k": 10**3, "tn": 10**12, "trn": 10**12, "thousand": 10**3, "million": 10**6,
                "billion": 10**9, "trillion": 10**12, "hundred": 100,
                # South Asia's: "Rs 45 crore" is 450 million rupees, "2.5 lakh people" 250,000
                "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7}
DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
                "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())}
# "dozens" is more than 12, "hundreds" more than 100, "tens of thousands" more than 10,000
VAGUE = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 10**3,
         "millions": 10**6, "billions": 10**9, "trillions": 10**12}

_SMALL = "|".join(sorted(SMALL, key=len, reverse=True))
_TENS = "|".join(TENS)
_BIG = "hundred|thousand|million|billion|trillion"
_WORD = rf"(?:(?:{_TENS})(?:-(?:{_SMALL}))?|{_SMALL}|{_BIG}|dozen)"
_AND = r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+(?=(?:{}|{})\b)".format(_TENS, _SMALL)
_LEAD = rf"(?:(?:half\s+an?|an?)\s+(?=(?:{_BIG}|dozen)\b))"
# A number word group: units ("twenty-one", "twenty one", "five") joined only through a scale
# ("two hundred and fifty thousand", "one hundred twenty"); two unit groups side by side are two
# numbers, not a sum ("two one-man shows" is 2 shows, not 3; "nine eleven" no 20).
_UNIT = rf"(?:(?:{_TENS})(?:[ \u00a0-](?:{_SMALL}))?|{_SMALL})"
_SCALE_WORD = rf"(?:{_BIG}|dozen)"
_AFTER_SCALE = "".join(f"(?<={w})" if i == 0 else f"|(?<={w})" for i, w in enumerate(
    ("hundred", "thousand", "million", "billion", "trillion", "dozen")))
WORDS = (rf"\b{_LEAD}?(?:{_UNIT}|{_SCALE_WORD})(?:[ \u00a0-]{_SCALE_WORD}"
         rf"|(?:{_AFTER_SCALE})(?:[ \u00a0-]|{_AND}){_UNIT})*\b")
_DEN = "|".join(sorted(DENOMINATORS, key=len, reverse=True))
FRACTION = rf"\b(?:an?|one|two|three|four|five|six|seven|eight|nine)[ -](?:{_DEN})\b(?!-)"
PER_N = rf"\b(?:one|1)\s+(?:in|out\s+of)\s+(?:\d+|{_SMALL}|{_TENS})\b"
VAGUE_RE = r"\b(?:(?:tens|dozens|hundreds)\s+of\s+(?:thousands|millions|billions)|scores(?=\s+of\b)|dozens|hundreds|thousands|millions|billions|trillions)\b"
SEVERAL = rf"\b(?:several|a\s+few)\s+(?:{_BIG})\b"
DIGITS = (r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?!\d)|\d+,\d{1,2}(?![\d,])"
          r"|\d+(?:\.\d+)?|\.\d+)(?![\d])")
SCIENTIFIC = r"(?<![\d.,])\d+(?:\.\d+)?\s*[×xX*]\s*10\s*(?:\^|\*\*)?\s*[-−]?\d+|(?<![\d.,])10\s*(?:\^|\*\*)\s*[-−]?\d+"
SLASH_FRACTION = r"(?<![\d/])\d{1,3}\s*[/⁄]\s*\d{1,4}(?=\s+of\b)"
# "half of them", "half the staff", "half an hour", and "half their value" (not "in the second
# half their form dipped": a game's half)
HALF_OF = (r"\bhalf(?=\s+(?:of|the)\b|\s+an?\s+(?:hour|day|week|month|year|decade|century|mile|minute|second)\b)"
           r"|(?<!first )(?<!second )(?<!the )(?<!a )(?<!other )\bhalf(?=\s+(?:its|their|his|her|our|your|my)\b)"
           r"|(?<=\bby )half\b(?!-)(?!\s+(?:past|time|term)\b)")   # "cases fell by half"
# "nearly a year", "more than a decade": one unit of time, a figure only after a qualifier (figures.py)
A_UNIT = r"\ban?(?=[ \u00a0]+(?:hour|day|week|fortnight|month|year|decade|century)\b)"
# "several points", "several people": at least three (not "several hundred": SEVERAL)
SEVERAL_ALONE = rf"\bseveral\b(?![ \u00a0]+(?:{_BIG})\b)"
# "roughly double last year", "twice the size", "twice as many viewers": a multiple, when a
# determiner, "last" or "as many/much" follows
MULTIPLE = r"\b(?:twice|double|triple|treble|quadruple)(?=[ \u00a0]+(?:the|that|this|those|its|their|his|her|our|" \
           r"last|what|as[ \u00a0]+(?:many|much))\b)"
MULTIPLES = {"twice": 2, "double": 2, "triple": 3, "treble": 3, "quadruple": 4}
SEVERAL_FLOOR = 3  # "several" is more than two: reported as 3 with qualifier "more", like "dozens" (12)

# Every number starts with a letter, a digit or "." (".5"): the look-ahead lets the engine skip
# spaces and punctuation without trying each alternative there (a quarter faster, same matches).
CORE = re.compile("(?=[\\w.])(?:" + "|".join(f"(?P<{name}>{rx})" for name, rx in [
    ("sci", SCIENTIFIC), ("slash", SLASH_FRACTION), ("pern", PER_N), ("frac", FRACTION),
    ("vague", VAGUE_RE), ("several", SEVERAL), ("few", SEVERAL_ALONE), ("mult", MULTIPLE), ("digits", DIGITS),
    ("half", HALF_OF), ("aunit", A_UNIT), ("words", WORDS),
]) + ")", re.IGNORECASE)


def finite(value: Decimal | None) -> int | float | None:
    """A plain Python number for output, or None when it is out of range or not a number."""
    if value is None or not value.is_finite() or abs(value) >= MAX_VALUE:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def parse_digits(text: str) -> Decimal | None:
    """'1,500' -> 1500, '1,5' -> 1.5 (no three-digit group), '1.500.000' -> 1500000, '.5' -> 0.5."""
    text = text.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", text):
        text = text.replace(".", "")
    elif re.fullmatch(r"\d+,\d{1,2}", text):
        text = text.replace(",", ".")
    else:
        text = text.replace(",", "")
    if len(text) > 60:  # far beyond MAX_VALUE; Decimal would cope but there is no point
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def parse_words(text: str) -> Decimal | None:
    """'twenty-five' -> 25, 'two hundred and fifty thousand' -> 250000, 'half a million' -> 500000."""
    words = [w for w in re.split(r"[\s\u00a0-]+", text.lower()) if w and w != "and"]
    total, current, seen = Decimal(0), Decimal(0), False
    for word in words:
        if word in ("a", "an"):
            current = current or Decimal(1)
        elif word == "half":
            current = Decimal("0.5")
        elif word in SMALL or word in TENS:
            current += SMALL.get(word, TENS.get(word, 0))
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = Decimal(0)
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_scientific(text: str) -> Decimal | None:
    """'1.99×10−30' -> 1.99e-30, '10^400' -> None (beyond MAX_VALUE)."""
    match = re.fullmatch(r"(?:(\d+(?:\.\d+)?)\s*[×xX*]\s*)?10\s*(?:\^|\*\*)?\s*([-−]?\d+)", text.strip())
    if not match:
        return None
    exponent = int(match.group(2).replace("−", "-")) if len(match.group(2)) < 6 else 10**6
    if exponent > 18 or exponent < -300:
        return None
    return Decimal(match.group(1) or 1) * Decimal(10) ** exponent


def parse_fraction(text: str) -> Decimal | None:
    """'a third' -> 1/3, 'two-thirds' -> 2/3, 'one in five' -> 1/5, '1/16' -> 0.0625."""
    parts = [w for w in re.split(r"[\s\u00a0/⁄-]+", text.lower()) if w and w not in ("in", "out", "of")]
    if len(parts) != 2:
        return None
    top, bottom = (_small_number(p) for p in parts)
    if bottom is None and parts[1] in DENOMINATORS:
        bottom = Decimal(DENOMINATORS[parts[1]])
    if top is None or not bottom:
        return None
    return top / bottom


def _small_number(word: str) -> Decimal | None:
    if word in ("a", "an"):
        return Decimal(1)
    if word.isdigit():
        return Decimal(word)
    return parse_words(word) if word in SMALL or word in TENS else None


def parse_vague(text: str) -> Decimal:
    """'tens of thousands' -> 10000: the floor of a vague plural (reported with qualifier 'more')."""
    value = Decimal(1)
    for word in text.lower().split():
        value *= VAGUE.get(word, 1)
    return value


def parse_core(kind: str, text: str) -> Decimal | None:
    """The value of one CORE match, by the name of the group that matched."""
    if kind == "digits":
        return parse_digits(text)
    if kind == "sci":
        return parse_scientific(text)
    if kind in ("frac", "pern", "slash"):
        return parse_fraction(text)
    if kind == "half":
        return Decimal("0.5")
    if kind == "aunit":
        return Decimal(1)
    if kind == "vague":
        return parse_vague(text)
    if kind == "several":
        return Decimal(SCALES[text.lower().split()[-1]])
    if kind == "few":
        return Decimal(SEVERAL_FLOOR)
    if kind == "mult":
        return Decimal(MULTIPLES[text.lower()])
    return parse_words(text)
