#!/usr/bin/env python3
"""Score newsmine `figures` on trap set T102.

    python3 score.py TREE [--half tune|blind|all] [--show]

Runs newsmine once (`figures ... -f jsonl`, from TREE/src, with $NEWSMINE_PYTHON
or /work/main/.venv/bin/python; NEWSMINE_CACHE_DIR defaults to /tmp/s56/cache_base)
over all 60 articles of the set in one invocation, evaluates the checks of the
chosen half and prints one total line per half ("tune: X / 120") and one line
per family per half.  `--show` lists the failed checks of the TUNE half only,
with what was expected and what newsmine gave (never single blind checks).
Exit 0 after scoring; newsmine's own exit 1 (some inputs failed) is reported
on stderr and scoring goes on; any other newsmine failure exits non-zero.
Standard library only.

A check names its figure by `ctx`, a passage found exactly once in the article,
and `num`, the part of `ctx` the figure is written in (its first occurrence in
`ctx`).  The rows of the figure are the rows whose [start, end) overlaps `num`
in the article text; if newsmine's offsets do not index the file as read here,
the rows whose `sentence` holds `ctx` and whose `text` shares a number token
with `num` are used instead.

Check kinds (`kind`) and their fields; a figure check passes when any one of
the figure's rows meets every expectation it carries:
  object   object: [variants]  the object column, normalised (case, "the",
                      possessive, singular/plural per word); the object may carry
                      extra compound words before a variant ("agency staff costs"
                      ~ "costs"); an empty list [] means the object must be empty.
                      May also carry value.
  change   change: "up" | "down" | ""      ("" = empty: no change reported)
  value    value: number (relative tolerance 1e-6), and any of
           value_max: number, unit: [variants] (ISO codes or unit names;
           spelled-out forms and symbols are accepted: "Pakistani rupees" ~ PKR,
           "HK$" ~ HKD, "%" ~ percent, "°C" ~ celsius), qualifier: exact |
           approx | more | less | range (exact also accepts empty)
  no_row   no_row: true     no figure row may overlap `num`
  age      age: true        no row, or only duration rows with an empty object
  rank     rank: true       no row, or only ordinal rows

Families (12 articles and 48 checks each; article N is family (N - 1) mod 5 in
this order; within each article checks 1 and 3 are `tune`, 2 and 4 `blind`):
  object_public_services   the counted object in stories on hospitals, care
      homes, schools, universities, buses, rail and metros, police, prisons,
      social housing, libraries and parks: "the number of people waiting ...
      fell to 7.4 million", "down from 310,000" (earlier level of a count), "one
      in four emergency calls", "one in 25 services", "two in five universities",
      "a fleet of 4,200 buses, of which 2,100 are electric", "Of the 122 jails
      ..., 73 are overcrowded", "a 9% rise in shootings", "a 10% fare cut", "an
      A$40 million classroom building program", "$38m for new classrooms" (what
      a sum buys: empty), "Families ... numbered 4,300", "Patients ..., about
      4,200 in all", "teacher vacancies, which stood at 640", "twice as many
      students", "Occupancy averaged 87%", "Visits ... fell to 2.1 million".
  object_markets_and_nature   the counted object in oil, mining, fisheries,
      farming, retail, banking, weather, climate, space and wildlife: "crude
      production rose to 1.52 million barrels per day", "its OPEC quota of 1.5
      million bpd", "mackerel worth £1.1bn", "a 22% cut in the North Sea cod
      catch", "Grey seals, estimated at 160,000", "winds of 185 km/h", "46,000
      hectares of farmland", "The mission will cost €1.4bn", "within 32,000 km
      of Earth" (empty), "its 6.5-metre mirror", "a herd of 40 elephants", "Sheep
      numbers fell to 23.6 million", "ewes numbering about 2,900", "a final
      dividend of 9.2p a share", "leaving it with 410" (branches), "55.7 million
      60-kg bags", "about half of Brazil's arabica", "124 lakh tonnes of wheat".
  change   up / down / empty: slumped, tumbled, edged down to, halved to,
      trimmed to, narrowed to, sank to, shrinking, dipped by, cut to, collapsed
      from, slipped, "a 2.1% drop", "a 3.9% gain", "7% lower than", fell below;
      climbed, doubled to, edged up to (a rise, not a bound), recovered to,
      widened to, "a rebound to", lift ... by, increased by; the from and to
      figures of one change; a level followed by ", down $1.13"; empty for
      "unchanged at", "held at", "held steady at", "flat at", "steady at",
      "little changed at", "hit a record", a forecast rate, and "fell short of".
  scale_qualifier_unit   scales (lakh crore, crore, lakh, bn, -billion, tn,
      m after an ISO code, k, million, billion, trillion), qualifiers (nearly,
      at least, about, an estimated, fewer than, up to, over, roughly, almost,
      more than, some, under, as many as), units and currencies the story
      decides (Indian, Pakistani and Sri Lankan rupees, Turkish lira, Argentine,
      Philippine and Mexican pesos, rand, Swiss francs, Brazilian reais, Hong
      Kong, Singapore, Australian and Canadian dollars; percent vs percentage
      points; km, miles, mph, hectares, minutes, degrees Celsius).
  junk   no row for route, flight, ward, article and shirt numbers, model and
      product names (Boeing 737-800, iPhone 15, Galaxy S24, 5G, PM2.5, G20),
      scorelines, minute marks, "At one point", "one of the most", dates, clock
      times (7.15am, 3.42pm, 8 p.m., 1330 GMT), years, phone numbers (UK, US,
      freephone, Indian toll-free), street numbers, ZIP codes and postcodes;
      ages after a name or in "42-year-old" (age); an ordinal (rank); and the
      real counts beside them that must stay (12 checks).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = os.environ.get("NEWSMINE_PYTHON") or "/work/main/.venv/bin/python"
FAMILIES = ["object_public_services", "object_markets_and_nature", "change",
            "scale_qualifier_unit", "junk"]
KINDS = {"object", "change", "value", "no_row", "age", "rank"}

UNIT_SYNONYMS = {
    "m": {"m", "metre", "metres", "meter", "meters"},
    "km": {"km", "kilometre", "kilometres", "kilometer", "kilometers"},
    "mm": {"mm", "millimetre", "millimetres", "millimeter", "millimeters"},
    "cm": {"cm", "centimetre", "centimetres", "centimeter", "centimeters"},
    "seconds": {"s", "sec", "secs", "second", "seconds"},
    "minutes": {"min", "mins", "minute", "minutes"},
    "hours": {"h", "hr", "hrs", "hour", "hours"},
    "days": {"d", "day", "days"},
    "weeks": {"wk", "wks", "week", "weeks"},
    "months": {"mo", "mos", "month", "months"},
    "years": {"yr", "yrs", "year", "years"},
    "tonnes": {"t", "tonne", "tonnes", "ton", "tons", "metric ton", "metric tons"},
    "kg": {"kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"},
    "litres": {"l", "litre", "litres", "liter", "liters"},
    "hectares": {"ha", "hectare", "hectares"},
    "mph": {"mph", "miles per hour", "mile per hour"},
    "km/h": {"km/h", "kph", "kmh", "km/hr", "km per hour", "kilometres per hour",
             "kilometers per hour", "kilometre per hour", "kilometer per hour"},
    "miles": {"mi", "mile", "miles"},
    "acres": {"ac", "acre", "acres"},
    "points": {"pt", "pts", "point", "points"},
    "celsius": {"°c", "c", "celsius", "degrees celsius", "degree celsius", "deg c", "degc",
                "\u2103", "degrees c"},
    "times": {"times", "x", "multiple"},
    "fraction": {"fraction"},
    "percent": {"percent", "%", "per cent", "pct"},
    "percentage points": {"percentage points", "percentage point", "percentage_points",
                          "percentage-points", "pp", "ppt", "ppts"},
    "yards": {"yd", "yds", "yard", "yards"},
    "sq km": {"sq km", "sq. km", "sqkm", "sq_km", "km2", "km\u00b2", "km^2", "square km",
              "square kilometre", "square kilometres", "square kilometer", "square kilometers"},
    "kwh": {"kwh", "kilowatt-hour", "kilowatt-hours", "kilowatt hour", "kilowatt hours"},
    "gw": {"gw", "gigawatt", "gigawatts"},
    "mw": {"mw", "megawatt", "megawatts"},
    "watts": {"w", "watt", "watts"},
    "basis points": {"basis points", "basis point", "bp", "bps", "bp.", "basis_points",
                     "basis-points"},
    "fahrenheit": {"\u00b0f", "f", "fahrenheit", "degrees fahrenheit", "degree fahrenheit",
                   "deg f", "degf", "\u2109", "degrees f"},
    "degrees": {"degrees", "degree", "deg", "\u00b0"},
    "feet": {"ft", "foot", "feet"},
    "inches": {"in", "inch", "inches"},
    "sq ft": {"sq ft", "sq. ft", "sq. ft.", "sqft", "sq_ft", "ft2", "ft\u00b2", "square feet",
              "square foot"},
    "barrels": {"bbl", "bbls", "barrel", "barrels", "bpd", "b/d", "barrels per day",
                "barrel per day", "barrels a day"},
    "kb": {"kb", "kilobyte", "kilobytes", "kbyte", "kbytes"},
    "gb": {"gb", "gigabyte", "gigabytes"},
    "tb": {"tb", "terabyte", "terabytes"},
    "mb": {"mb", "megabyte", "megabytes", "mbyte", "mbytes"},
    "nm": {"nm", "nanometre", "nanometres", "nanometer", "nanometers"},
    "GBP": {"gbp", "\u00a3", "pound", "pounds", "sterling", "pounds sterling"},
    "USD": {"usd", "$", "us$", "dollar", "dollars", "us dollars"},
    "EUR": {"eur", "\u20ac", "euro", "euros"},
    "JPY": {"jpy", "\u00a5", "yen"},
    "KRW": {"krw", "\u20a9", "won"},
    "BRL": {"brl", "r$", "real", "reais", "reals"},
    "ZAR": {"zar", "rand"},
    "NGN": {"ngn", "\u20a6", "naira"},
    "INR": {"inr", "\u20b9", "rs", "rupee", "rupees"},
    "KES": {"kes", "ksh", "kenyan shillings", "kenyan shilling"},
    "PLN": {"pln", "zloty", "zlotys", "zlotych"},
    "AUD": {"aud", "a$", "australian dollars", "australian dollar"},
    "CAD": {"cad", "c$", "canadian dollars", "canadian dollar"},
    "MXN": {"mxn", "mex$", "mexican pesos", "mexican peso"},
    "PHP": {"php", "\u20b1", "philippine pesos", "philippine peso"},
    "CHF": {"chf", "swiss francs", "swiss franc"},
    "ILS": {"ils", "\u20aa", "nis", "shekel", "shekels", "new shekels", "new israeli shekels"},
    "DKK": {"dkk", "danish kroner", "danish krone", "danish crowns"},
    "BDT": {"bdt", "tk", "\u09f3", "taka"},
    "CNY": {"cny", "yuan", "renminbi"},
    "AED": {"aed", "dirham", "dirhams", "uae dirham", "uae dirhams"},
    "MYR": {"myr", "rm", "ringgit", "malaysian ringgit"},
    "THB": {"thb", "\u0e3f", "baht", "thai baht"},
    "GHS": {"ghs", "gh\u00a2", "ghc", "gh\u20b5", "\u20b5", "cedi", "cedis", "ghana cedis",
            "ghanaian cedis"},
    "COP": {"cop", "col$", "colombian pesos", "colombian peso"},
    "ARS": {"ars", "ar$", "argentine pesos", "argentine peso", "argentinian pesos"},
    "CLP": {"clp", "chilean pesos", "chilean peso"},
    "NOK": {"nok", "norwegian kroner", "norwegian krone", "norwegian crowns"},
    "SEK": {"sek", "kronor", "swedish kronor", "swedish krona", "swedish crowns"},
    "UGX": {"ugx", "ush", "ugandan shillings", "ugandan shilling"},
    "TZS": {"tzs", "tsh", "tanzanian shillings", "tanzanian shilling"},
    "PKR": {"pkr", "pakistani rupees", "pakistani rupee", "pak rupees"},
    "LKR": {"lkr", "sri lankan rupees", "sri lankan rupee", "sl rupees"},
    "TRY": {"try", "tl", "\u20ba", "lira", "liras", "turkish lira", "turkish liras"},
    "HKD": {"hkd", "hk$", "hong kong dollars", "hong kong dollar"},
    "SGD": {"sgd", "s$", "singapore dollars", "singapore dollar"},
    "NZD": {"nzd", "nz$", "new zealand dollars", "new zealand dollar"},
    "knots": {"kn", "kt", "kts", "knot", "knots"},
    "gallons": {"gal", "gallon", "gallons"},
    "cents": {"cents", "cent", "\u00a2"},
}


def canon_unit(u):
    u = re.sub(r"\s+", " ", (u or "").strip().lower())
    for key, names in UNIT_SYNONYMS.items():
        if u in names:
            return key
    return u


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("\u2019", "'").replace("\u2018", "'").lower()


def squash(s):
    return re.sub(r"\s+", " ", fold(s)).strip()


def obj_words(s):
    s = fold(s)
    s = re.sub(r"'s\b|s'(?=\s|$)", lambda m: "" if m.group(0) == "'s" else "s", s)
    s = re.sub(r"[^a-z0-9\- ]+", " ", s)
    words = s.split()
    while words and words[0] in ("the", "a", "an", "its", "their", "his", "her"):
        words = words[1:]
    return words


def word_eq(a, b):
    if a == b:
        return True
    for x, y in ((a, b), (b, a)):
        if y == x + "s" or y == x + "es":
            return True
        if x.endswith("y") and y == x[:-1] + "ies":
            return True
    return False


def object_ok(got, variants):
    g = obj_words(got)
    if not variants:            # [] : the object must be empty
        return not g
    if not g:
        return False
    for v in variants:
        w = obj_words(v)
        if w and len(w) <= len(g) and all(word_eq(a, b) for a, b in zip(g[-len(w):], w)):
            return True
    return False


def run_newsmine(tree, files):
    env = dict(os.environ)
    env.setdefault("NEWSMINE_CACHE_DIR", "/tmp/s56/cache_base")
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    cmd = [PYTHON, "-m", "newsmine", "figures"] + files + ["-f", "jsonl"]
    try:
        p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
    except subprocess.TimeoutExpired:
        sys.exit("score.py: newsmine timed out")
    if p.returncode not in (0, 1):
        sys.stderr.write(p.stderr[-2000:])
        sys.exit("score.py: newsmine exited %d" % p.returncode)
    if p.returncode == 1:
        sys.stderr.write("score.py: newsmine exit 1 (some inputs failed)\n")
    rows = {}
    for line in p.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        r = json.loads(line)
        rows.setdefault(os.path.basename(r.get("doc") or ""), []).append(r)
    return rows


def read_text(path):
    with open(path, encoding="utf-8-sig") as f:
        return f.read().replace("\r\n", "\n").replace("\r", "\n")


def aligned(text, rows):
    for r in rows:
        s, e = r.get("start"), r.get("end")
        if not isinstance(s, int) or not isinstance(e, int) or text[s:e] != (r.get("text") or ""):
            return False
    return True


def tokens(s):
    return set(re.findall(r"[0-9][0-9.,/:]*|[a-z]+", fold(s)))


def figure_rows(c, text, rows, is_aligned):
    """Rows of the figure a check names, or None when ctx is not in the article."""
    at = text.find(c["ctx"])
    if at < 0:
        return None
    lo = at + c["ctx"].index(c["num"])
    hi = lo + len(c["num"])
    if is_aligned:
        return [r for r in rows if r["start"] < hi and r["end"] > lo]
    ctx, num = squash(c["ctx"]), tokens(c["num"])
    return [r for r in rows if ctx in squash(r.get("sentence"))
            and num & tokens(r.get("text"))]


def close(v, want):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and \
        abs(v - want) <= 1e-6 * max(1.0, abs(want))


def row_ok(c, r):
    why = []
    if "object" in c and not object_ok(r.get("object"), c["object"]):
        why.append("object")
    if "change" in c and (r.get("change") or "") != c["change"]:
        why.append("change")
    if "value" in c and not close(r.get("value"), c["value"]):
        why.append("value")
    if "value_max" in c and not close(r.get("value_max"), c["value_max"]):
        why.append("value_max")
    if "unit" in c and canon_unit(r.get("unit")) not in {canon_unit(u) for u in c["unit"]}:
        why.append("unit")
    if "qualifier" in c:
        q = r.get("qualifier") or ""
        if not (q == c["qualifier"] or (c["qualifier"] == "exact" and q == "")):
            why.append("qualifier")
    return not why


def brief(r):
    return "%r value=%s max=%s q=%s unit=%s object=%r kind=%s change=%s" % (
        r.get("text"), r.get("value"), r.get("value_max"), r.get("qualifier"), r.get("unit"),
        r.get("object"), r.get("kind"), r.get("change"))


def evaluate(c, text, rows, is_aligned):
    found = figure_rows(c, text, rows, is_aligned)
    if found is None:
        return False, "ctx not found in article"
    if c.get("no_row"):
        return not found, "; ".join(brief(r) for r in found) or "no row"
    if c.get("rank"):
        ok = all(r.get("kind") == "ordinal" for r in found)
        return ok, "; ".join(brief(r) for r in found) or "no row"
    if c.get("age"):
        ok = all(r.get("kind") == "duration" and not r.get("object") for r in found)
        return ok, "; ".join(brief(r) for r in found) or "no row"
    if not found:
        return False, "no row"
    return any(row_ok(c, r) for r in found), "; ".join(brief(r) for r in found)


def expected(c):
    keys = ["object", "change", "value", "value_max", "unit", "qualifier", "no_row", "age", "rank"]
    return ", ".join("%s=%s" % (k, c[k]) for k in keys if k in c)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tree")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="all")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    if a.show and a.half == "blind":
        sys.stderr.write("score.py: --show lists tune failures only; use --half tune\n")
        sys.exit(2)
    checks = json.load(open(os.path.join(HERE, "checks.json"), encoding="utf-8"))
    art_dir = os.path.join(HERE, "articles")
    files = sorted(os.path.join(art_dir, f) for f in os.listdir(art_dir) if f.endswith(".txt"))
    rows = run_newsmine(a.tree, files)
    texts = {os.path.basename(f): read_text(f) for f in files}
    flags = {name: aligned(texts[name], rows.get(name, [])) for name in texts}
    halves = ["tune", "blind"] if a.half == "all" else [a.half]
    results = []
    for c in checks:
        if c["half"] not in halves:
            continue
        name = c["article"]
        if c.get("kind") not in KINDS:
            results.append((c, False, "unknown check kind %r" % (c.get("kind"),)))
            continue
        try:
            ok, got = evaluate(c, texts.get(name, ""), rows.get(name, []), flags.get(name, False))
        except Exception as e:  # a malformed row must not stop the scoring
            ok, got = False, "error %r" % (e,)
        results.append((c, ok, got))
    for h in halves:
        hs = [x for x in results if x[0]["half"] == h]
        print("%s: %d / %d" % (h, sum(1 for x in hs if x[1]), len(hs)))
    for h in halves:
        for fam in FAMILIES:
            fs = [x for x in results if x[0]["half"] == h and x[0]["family"] == fam]
            if fs:
                print("%s %s: %d / %d" % (h, fam, sum(1 for x in fs if x[1]), len(fs)))
    if a.show:
        for c, ok, got in results:
            if ok or c["half"] != "tune":
                continue
            print("FAIL %s %s [%s] %s" % (c["id"], c["article"], c["family"], c["why"]))
            print("  figure:   %r in %r" % (c["num"], c["ctx"]))
            print("  expected: %s" % expected(c))
            print("  got:      %s" % got)


if __name__ == "__main__":
    main()
