#!/usr/bin/env python3
"""Score newsmine `places` on trap set T100.

    python3 score.py TREE [--half tune|blind|all] [--show]

Runs newsmine once (`places --mentions ... -f jsonl`, from TREE/src, with
$NEWSMINE_PYTHON or /work/main/.venv/bin/python; NEWSMINE_CACHE_DIR defaults to
/tmp/s56/cache_base) over all 60 articles of the set in one invocation,
evaluates the checks of the chosen half and prints one total line per half
("tune: X/120") and one line per family and half.  `--show` lists the failed
checks of the TUNE half only (never single blind checks).  Standard library
only.  The check kinds are T92's and T96's:

A check names a place word as the article writes it ("name") and a passage
("ctx") quoted from the article that holds it and occurs there exactly once.
The mention rows newsmine gives at that word (rows whose character span
overlaps it) are judged, the row overlapping it most first:

  point          the mention is a place read in the right country ("cc", one
                 of a list) and within "near" = [lat, lon, km] of the right
                 point.  No row is a miss; a row in another country, far away
                 or without coordinates is wrong.
  country        the mention's country_code is one of "cc" (a region whose
                 row may be read as the region or as its main town).  No row,
                 or a row without a country, is a miss.
  feature        a mountain, river, lake, sea, island, gorge or region: a row
                 is needed; its country_code must be one of "cc", or empty when
                 "cc" is [] (a feature spanning several countries); a point,
                 when it has one, must lie within "near".
  unresolved_ok  no row, or a row without coordinates (and no other country
                 than "cc", when "cc" is given), or a point within "near":
                 anything but a wrong namesake or a wrong point (a suburb,
                 village, hamlet, street, or a street or building standing for
                 an institution, that the gazetteer may lack; also a bare
                 mention whose only right point the gazetteer may not reach).
  unsure_ok      a name shared by many places that the article gives no
                 evidence for: no row, a row without coordinates (and no other
                 country than "cc", when given), a point within "near" (when
                 given), or a point the row itself marks as a guess
                 (resolved_by "population", which the README calls the
                 doubtful reading); a point claimed by focus, qualifier or
                 uniqueness is wrong.
  not_place      no row at that word whose text or place is the bare place
                 word ("bad", default the name); a longer name is fine, and
                 "ok_near" tolerates a row at the thing's own home.

Families (T100; 48 checks each, 24 tune and 24 blind: within each article
checks 1 and 3 are tune, 2 and 4 blind, and all four share a family; article
N belongs to family (N - 1) mod 5 in this order):
same_country_namesakes (two or more towns of one name in one country, decided
by the story's own evidence, and the bare later mentions that must follow it:
Portland Maine / Oregon with Falmouth, Columbus Georgia / Ohio with Phenix
City, Richmond California / Virginia, Springfield Massachusetts / Missouri,
Newport Isle of Wight / Wales with Cowes and Ryde, Perth Tasmania / Western
Australia with Longford, Birmingham Michigan / Alabama with Troy, Frankfurt
an der Oder / am Main with Słubice, Windsor Nova Scotia / Ontario with Truro,
Bilaspur Himachal / Chhattisgarh with Mandi and Una, Gillingham Dorset / Kent
with Mere, Albany Georgia / New York with Leesburg and Sylvester),
travel_trade_and_transport (airports and flights: Heathrow, Gatwick, Lagos,
Vancouver to Sydney via Honolulu, Nadi; ports and lanes: Felixstowe, Colombo,
Piraeus, Valencia, San-Pédro, Tema, Antwerp, Flushing, Colón, Balboa, Gatun
Lake, Panama City, Dover, Calais, Dunkirk, Caribbean cruise capitals Roseau,
Kingstown, St. George's, Bridgetown; rail: Brest in Belarus, Terespol,
Duisburg, Aktau, the Mombasa-Nairobi railway, Naivasha, Malaba; "-based"
firms: Hamilton Ontario, Monterrey, Lyon, Cork, Wichita; supply chains:
Kinston, Everett, Belfast; a Spanish rail itinerary of Toledo, Córdoba,
Mérida and Guadalajara), admin_units_beyond_us_uk (Nashik district and
Maharashtra, Nigeria's Niger and Delta states, Kenyan counties Kakamega,
Busia and Kwale, Philippine provinces Aurora and Antique and Naga City,
French départements Cher, Creuse and Indre, German Länder with Halle and a
Neustadt of Rhineland-Palatinate, Brazil's Pará and Paraná with Santarém,
Mexico's León, Durango and Ciudad Victoria, Chinese Fuzhou, Taizhou and
Suzhou by their provinces, Pakistan's Hyderabad and Punjab, Chhattisgarh's
Bijapur, Indonesia's Flores and Papua), not_a_place (footballers Jordan
Henderson and a winger Chad, Ajax; wines Bordeaux, Chablis, Rioja,
Champagne; cheeses Cheddar, Lancashire, Red Leicester beside the village of
Cheddar; racehorses Bolivia and Santiago; storms Dudley and Franklin;
Whitehall, Foggy Bottom, the Quai d'Orsay, Capitol Hill; people Georgia May,
India, Chad; songs Waterloo, Africa, Galway Girl; cruise ships Iona,
Arcadia, Aurora; breeds Hereford, Texel, Jersey; banks Halifax and
Santander, the Bank of England; dishes chicken Kiev, Eton mess, Victoria
sponge, Tabasco; with real places beside them as guards),
unresolved_and_features (Melbourne suburbs Brunswick, Coburg, Collingwood
and Sydney Road; Cape Town's Woodstock, Claremont, Observatory and Table
Mountain; Nairobi's Karen, Eastleigh, Kibera and the Ngong Hills; County
Durham's Toronto and Quebec, Lincolnshire's New York, Norfolk's California;
Everest-region villages; Espelette and Roncesvalles; Bol on Lake Chad;
names many places share with no evidence: Franklin, Fairview, Clinton,
Greenville, Novo Selo, Kampung Baru; features of several countries: the
Alps, Lake Geneva, the Rhône, the Sahel, Lake Chad, the Niger, the Danube,
the Iron Gates, Lake Victoria, the Nile, the Himalayas, the Pyrenees, the
Bay of Biscay, Borneo, the Strait of Malacca; and Sumatra).
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = os.environ.get("NEWSMINE_PYTHON") or "/work/main/.venv/bin/python"
FAMILIES = ["same_country_namesakes", "travel_trade_and_transport", "admin_units_beyond_us_uk",
            "not_a_place", "unresolved_and_features"]


def norm(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"'s$", "", s.strip())
    s = re.sub(r"[\"'.,()]", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def read_text(path):
    with open(path, encoding="utf-8-sig") as f:
        return f.read().replace("\r\n", "\n").replace("\r", "\n")


def run_newsmine(tree, files):
    env = dict(os.environ)
    env.setdefault("NEWSMINE_CACHE_DIR", "/tmp/s56/cache_base")
    env["PYTHONPATH"] = os.path.join(os.path.abspath(tree), "src")
    cmd = [PYTHON, "-m", "newsmine", "places", "--mentions"] + files + ["-f", "jsonl"]
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


def place_rows(raw, rows):
    """Give each mention row its span in the article file: its own offsets when
    the file has its text there, else the nearest occurrence of its text."""
    out = []
    for r in rows:
        s, e, t = r.get("start"), r.get("end"), r.get("text") or ""
        if not isinstance(s, int) or not isinstance(e, int):
            continue
        if t and raw[s:e] != t:
            best = None
            for m in re.finditer(re.escape(t), raw):
                d = abs(m.start() - s)
                if d <= 3000 and (best is None or d < best[0]):
                    best = (d, m.start())
            if best is not None:
                s, e = best[1], best[1] + len(t)
        out.append((s, e, r))
    return out


def ctx_span(raw, c):
    ctx = c["ctx"]
    if raw.count(ctx) != 1:
        raise ValueError("ctx %r found %d times" % (ctx, raw.count(ctx)))
    i = ctx.find(c["name"])
    if i < 0:
        raise ValueError("name %r not in ctx %r" % (c["name"], ctx))
    a = raw.find(ctx) + i
    return a, a + len(c["name"])


def at(spanned, a, b):
    hits = [(min(e, b) - max(s, a), e - s, r) for s, e, r in spanned if s < b and e > a]
    hits.sort(key=lambda h: (-h[0], h[1]))
    return [h[2] for h in hits]


def has_point(r):
    return isinstance(r.get("lat"), (int, float)) and isinstance(r.get("lon"), (int, float))


def dist(r, near):
    return km(r["lat"], r["lon"], near[0], near[1])


def brief(r):
    if r is None:
        return "no row"
    pt = "%.2f,%.2f" % (r["lat"], r["lon"]) if has_point(r) else "no point"
    return "%s -> %s/%s/%s/%s/%s" % (r.get("text"), r.get("place"), r.get("kind"),
                                     r.get("country_code"), pt, r.get("resolved_by") or "-")


def judge_point(c, r):
    if r is None:
        return "missing"
    if c.get("cc") and r.get("country_code") not in c["cc"]:
        return "wrong"
    if c.get("near"):
        if not has_point(r):
            return "empty"
        if dist(r, c["near"]) > c["near"][2]:
            return "wrong"
    return "right"


def judge_country(c, r):
    if r is None:
        return "missing"
    cc = r.get("country_code")
    if not cc:
        return "empty"
    return "right" if cc in c["cc"] else "wrong"


def judge_feature(c, r):
    if r is None:
        return "missing"
    cc = r.get("country_code") or ""
    if c["cc"]:
        if not cc:
            return "empty"
        if cc not in c["cc"]:
            return "wrong"
    elif cc:
        return "wrong"
    if has_point(r) and c.get("near") and dist(r, c["near"]) > c["near"][2]:
        return "wrong"
    return "right"


def judge_unresolved(c, r):
    if r is None:
        return "right"
    if has_point(r):
        return "right" if dist(r, c["near"]) <= c["near"][2] else "wrong"
    cc = r.get("country_code")
    if cc and c.get("cc") and cc not in c["cc"]:
        return "wrong"
    return "right"


def judge_unsure(c, r):
    if r is None:
        return "right"
    if not has_point(r):
        cc = r.get("country_code")
        if cc and c.get("cc") and cc not in c["cc"]:
            return "wrong"
        return "right"
    if c.get("near") and dist(r, c["near"]) <= c["near"][2]:
        return "right"
    return "right" if (r.get("resolved_by") or "") == "population" else "wrong"


def judge_not_place(c, rows):
    bad = {norm(x) for x in (c.get("bad") or [c["name"]])}
    verdict = "right"
    for r in rows:
        if norm(r.get("text")) not in bad and norm(r.get("place")) not in bad:
            continue
        near = c.get("ok_near")
        if near and has_point(r) and dist(r, near) <= near[2]:
            continue
        verdict = "wrong"
    return verdict


def evaluate(c, raw, spanned):
    a, b = ctx_span(raw, c)
    rows = at(spanned, a, b)
    if c["kind"] == "not_place":
        v = judge_not_place(c, rows)
        seen = "; ".join(brief(x) for x in rows) or "no row"
    else:
        r = rows[0] if rows else None
        v = {"point": judge_point, "country": judge_country, "feature": judge_feature,
             "unresolved_ok": judge_unresolved,
             "unsure_ok": judge_unsure}[c["kind"]](c, r)
        seen = brief(r)
    return v == "right", "%s: %s" % (v, seen)


def expected(c):
    k = c["kind"]
    if k == "point":
        s = "%r read as a place" % c["name"]
        if c.get("cc"):
            s += " in %s" % "/".join(c["cc"])
        if c.get("near"):
            s += " within %d km of %.2f,%.2f" % (c["near"][2], c["near"][0], c["near"][1])
        return s
    if k == "country":
        return "%r with country_code %s" % (c["name"], "/".join(c["cc"]))
    if k == "feature":
        s = "%r as a place with country_code %s" % (
            c["name"], "/".join(c["cc"]) if c["cc"] else "empty (it spans several)")
        s += ", a point if any within %d km of %.2f,%.2f" % (c["near"][2], c["near"][0], c["near"][1])
        return s
    if k == "unresolved_ok":
        return "%r unresolved, or within %d km of %.2f,%.2f" % (
            c["name"], c["near"][2], c["near"][0], c["near"][1])
    if k == "unsure_ok":
        s = "%r unresolved, or a point marked resolved_by population" % c["name"]
        if c.get("near"):
            s += " or within %d km of %.2f,%.2f" % (c["near"][2], c["near"][0], c["near"][1])
        return s
    s = "no place row %s at %r" % (c.get("bad") or [c["name"]], c["name"])
    if c.get("ok_near"):
        s += " (a point within %d km of %.2f,%.2f is tolerated)" % (
            c["ok_near"][2], c["ok_near"][0], c["ok_near"][1])
    return s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tree")
    ap.add_argument("--half", choices=["tune", "blind", "all"], default="all")
    ap.add_argument("--show", action="store_true",
                    help="list the failed checks of the tune half (never the blind half)")
    a = ap.parse_args()
    with open(os.path.join(HERE, "checks.json"), encoding="utf-8") as f:
        checks = json.load(f)
    art_dir = os.path.join(HERE, "articles")
    names = sorted(f for f in os.listdir(art_dir) if f.endswith(".txt"))
    files = [os.path.join(art_dir, f) for f in names]
    texts = {f: read_text(os.path.join(art_dir, f)) for f in names}
    rows = run_newsmine(a.tree, files)
    spanned = {f: place_rows(texts[f], rows.get(f, [])) for f in names}
    halves = ["tune", "blind"] if a.half == "all" else [a.half]
    results = []
    for c in checks:
        if c["half"] not in halves:
            continue
        try:
            ok, got = evaluate(c, texts[c["article"]], spanned[c["article"]])
        except Exception as e:  # a malformed check or row must not stop the scoring
            ok, got = False, "error %r" % (e,)
        results.append((c, ok, got))
    for h in halves:
        hs = [x for x in results if x[0]["half"] == h]
        print("%s: %d/%d" % (h, sum(1 for x in hs if x[1]), len(hs)))
    for h in halves:
        for fam in FAMILIES:
            fs = [x for x in results if x[0]["half"] == h and x[0]["family"] == fam]
            if fs:
                print("  %s %s: %d/%d" % (h, fam, sum(1 for x in fs if x[1]), len(fs)))
    if a.show:
        for c, ok, got in results:
            if ok or c["half"] != "tune":
                continue
            print("FAIL %s %s [%s]" % (c["id"], c["article"], c["family"]))
            print("  why:      %s" % c["why"])
            print("  ctx:      %s" % c["ctx"])
            print("  expected: %s" % expected(c))
            print("  got:      %s" % got)


if __name__ == "__main__":
    main()
