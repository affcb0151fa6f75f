"""Accuracy of `newsmine quotes` on PolNeAR (dev): P/R/F1 at overlap 0.3 and 0.8, speaker accuracy,
direct-quote recall, speed.

    .venv/bin/python bench/quotes.py [--data ../shared/data/quotes/polnear-dev] [--show N]

Scoring (../shared/data/README.md): one annotator file per article (the first by name), read in
two passes (a span line may follow the event that names it). Gold
attributions are kept when their cue holds a speech verb (GOLD_SPEECH_CUES, by lemma)
or "according to", or their content holds a quote mark (beliefs and polls are dropped). A prediction
matches a gold attribution when their overlap covers >= 30% (lenient) or >= 80% (strict) of both
spans, one to one. Records sharing one cue are one attribution, as PolNeAR joins a quote split by
its attribution into one discontinuous content. Speaker is right when the speaker mention overlaps
the gold source (over lenient matches whose gold has a source). Direct recall: gold whose content
holds a double quote mark, matched leniently.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsmine.extract.entities import extract_entities  # noqa: E402
from newsmine.extract.quotes import extract_quotes  # noqa: E402
from newsmine.pipeline import load, parse  # noqa: E402

MARKS = re.compile(r"[“”\"«»]")
# Speech cues that qualify a gold attribution, frozen here so that changing the extractor's
# own cue list does not move the gold set (quote-marked contents qualify whatever their cue).
GOLD_SPEECH_CUES = frozenset("""
accuse acknowledge add admit advise affirm agree allege announce answer appeal applaud argue
ask assert assure attack aver bash beg bemoan berate blame blast boast brag brand call caution
challenge chant characterise characterize charge chide cite claim clarify comment compare
complain concede conclude concur condemn confirm contend counter criticise criticize declare
decry demand denounce deny deride describe disagree disclose dismiss dispute dub elaborate
emphasise emphasize encourage estimate exclaim exhort explain forecast fume grumble guarantee
gush hail highlight hint implore indicate inform inquire insist instruct interject interrupt
joke label lambaste lament lash laud liken maintain mention mock muse mutter note notify
object observe opine order plead pledge point posit post praise predict proclaim promise
propose protest question quip quote rail reassure rebuke rebut recall reckon recommend recount
reference refute reiterate remark repeat reply report respond retort reveal ridicule say scoff
scold scream shout signal sing slam snap sneer speak specify speculate state stipulate stress
suggest swear talk tell testify theorize threaten tout tweet underscore urge vow warn whisper
wonder write yell
""".split())


def ranges(spec: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (part.split() for part in spec.split(";"))]


def read_gold(ann: Path) -> list[dict]:
    # Spans first, events second: brat lets a T line follow the E line that names it (a
    # "Content2" added later), which a single pass would drop from the attribution.
    spans, out = {}, []
    lines = [line.split("\t") for line in ann.read_text(encoding="utf-8").splitlines()]
    for parts in lines:
        if parts[0].startswith("T") and len(parts) >= 2:
            kind, _, spec = parts[1].partition(" ")
            spans[parts[0]] = (kind, ranges(spec))
    for parts in lines:
        if parts[0].startswith("E") and len(parts) >= 2:
            roles = [r.split(":", 1) for r in parts[1].split() if ":" in r]

            def get(role):  # "Content", "Content2", "source" ...: every span of that role
                return [rng for name, tid in roles if name.lower().rstrip("0123456789") == role.lower()
                        for rng in spans.get(tid, (None, []))[1]]
            if get("Content"):
                out.append({"content": get("Content"), "source": get("Source"), "cue": get("Cue")})
    return out


def is_speech(doc, gold: dict) -> bool:
    text = doc.text
    if any(MARKS.search(text[s:e]) for s, e in gold["content"]):
        return True
    for s, e in gold["cue"]:
        if "according to" in text[s:e].lower():
            return True
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and any(t.lemma_.lower() in GOLD_SPEECH_CUES for t in span):
            return True
    return False


def overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def size(r: list[tuple[int, int]]) -> int:
    return sum(e - s for s, e in r)


def predictions(records) -> list[dict]:
    groups: dict = {}
    for r in records:
        key = ("cue", r.cue_start) if r.cue_start is not None else ("self", r.start)
        g = groups.setdefault(key, {"content": [], "speaker": None, "records": []})
        g["content"].append((r.start, r.end))
        g["records"].append(r)
        if g["speaker"] is None and r.speaker_start is not None:
            g["speaker"] = [(r.speaker_start, r.speaker_end)]
    return list(groups.values())


def match(preds, golds, threshold):
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            o = overlap(p["content"], g["content"])
            if o and o >= threshold * size(p["content"]) and o >= threshold * size(g["content"]):
                pairs.append((min(o / size(p["content"]), o / size(g["content"])), i, j))
    used_p, used_g, out = set(), set(), []
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared/data/quotes/polnear-dev"))
    ap.add_argument("--model", default=None)
    ap.add_argument("--show", type=int, default=0, help="print N misses and N false positives")
    ap.add_argument("--only", default=None, help="only articles whose name contains this")
    args = ap.parse_args(argv)
    items = articles(Path(args.data), args.only)
    nlp = load(args.model)
    texts = ((txt.read_text(encoding="utf-8"), (txt, ann)) for txt, ann in items)
    totals = new_totals()
    # Two fixed halves (even and odd positions in sorted file-name order), scored apart so that a
    # rule fitted to some dev articles shows as a gap between the halves. Output only.
    halves = {"even": new_totals(), "odd": new_totals()}
    half_of = {txt: ("even", "odd")[k % 2] for k, (txt, _) in enumerate(items)}
    found = {"misses": [], "false_pos": [], "wrong_speaker": []}
    t0 = time.perf_counter()
    extract_time = entity_time = 0.0
    for doc, (txt, ann) in parse(nlp, texts):
        t1 = time.perf_counter()
        entities = extract_entities(doc)   # timed apart: it is not the quote rules' cost
        t2 = time.perf_counter()
        records = extract_quotes(doc, entities=entities)
        entity_time += t2 - t1
        extract_time += time.perf_counter() - t2
        golds = [g for g in read_gold(ann) if is_speech(doc, g)]
        score_article(txt.name, doc.text, records, golds, totals, found)
        score_article(txt.name, doc.text, records, golds, halves[half_of[txt]],
                      {"misses": [], "false_pos": [], "wrong_speaker": []})
    elapsed = time.perf_counter() - t0
    print_summary(totals, len(items), elapsed, extract_time, entity_time)
    print_halves(halves)
    if args.show:
        print_examples(found, args.show)


def new_totals() -> dict:
    return {"pred": 0, "gold": 0, 0.3: 0, 0.8: 0, "spk_ok": 0, "spk_n": 0, "direct": 0,
            "direct_hit": 0, "records": 0}


def articles(data: Path, only: str | None) -> list[tuple[Path, Path]]:
    """(text, annotation) pairs: the first annotator's file of each article."""
    anns: dict[str, Path] = {}
    for ann in sorted((data / "attributions").glob("*.ann")):
        anns.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    return [(data / "text" / f"{name}.txt", ann) for name, ann in sorted(anns.items())
            if (data / "text" / f"{name}.txt").exists() and (not only or only in name)]


def score_article(name: str, text: str, records, golds: list[dict], totals: dict, found: dict) -> None:
    """Add one article's counts to `totals`, and its misses and errors to `found`."""
    preds = predictions(records)
    totals["records"] += len(records)
    totals["pred"] += len(preds)
    totals["gold"] += len(golds)
    for th in (0.3, 0.8):
        totals[th] += len(match(preds, golds, th))
    lenient = match(preds, golds, 0.3)
    hit = {j for _, j in lenient}
    for i, j in lenient:
        if golds[j]["source"]:
            totals["spk_n"] += 1
            if preds[i]["speaker"] and overlap(preds[i]["speaker"], golds[j]["source"]):
                totals["spk_ok"] += 1
            else:
                found["wrong_speaker"].append((name, text, preds[i], golds[j]))
    for j, g in enumerate(golds):
        direct = any(MARKS.search(text[s:e]) for s, e in g["content"])
        totals["direct"] += direct
        totals["direct_hit"] += direct and j in hit
        if j not in hit:
            found["misses"].append((name, text, g, direct))
    matched_p = {i for i, _ in lenient}
    found["false_pos"].extend((name, text, p) for i, p in enumerate(preds) if i not in matched_p)


def print_summary(totals: dict, n_articles: int, elapsed: float, extract_time: float, entity_time: float) -> None:
    print(f"PolNeAR dev: {n_articles} articles, {totals['gold']} gold speech attributions, "
          f"{totals['pred']} predicted ({totals['records']} records)")
    print(f"{'overlap':<10}{'P':>8}{'R':>8}{'F1':>8}")
    for th in (0.3, 0.8):
        p, r, f = prf(totals[th], totals["pred"], totals["gold"])
        print(f"{th:<10}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    acc = totals["spk_ok"] / totals["spk_n"] if totals["spk_n"] else 0.0
    drec = totals["direct_hit"] / totals["direct"] if totals["direct"] else 0.0
    print(f"speaker accuracy {acc:.3f} ({totals['spk_ok']}/{totals['spk_n']})")
    print(f"direct recall    {drec:.3f} ({totals['direct_hit']}/{totals['direct']})")
    per = 1000 / max(1, n_articles)
    print(f"time: {elapsed:.1f}s total; per article: quotes {per * extract_time:.1f} ms "
          f"+ entity grouping {per * entity_time:.1f} ms")


def print_halves(halves: dict) -> None:
    """One line per half of the articles (even / odd position in sorted name order)."""
    print(f"{'half':<6}{'P.3':>7}{'R.3':>7}{'F1.3':>7}{'P.8':>7}{'R.8':>7}{'F1.8':>7}{'spk':>7}{'drec':>7}")
    for name, t in halves.items():
        cells = []
        for th in (0.3, 0.8):
            cells += prf(t[th], t["pred"], t["gold"])
        cells.append(t["spk_ok"] / t["spk_n"] if t["spk_n"] else 0.0)
        cells.append(t["direct_hit"] / t["direct"] if t["direct"] else 0.0)
        print(f"{name:<6}" + "".join(f"{c:>7.3f}" for c in cells))


def print_examples(found: dict, n: int) -> None:
    def show(text, rs):
        return " | ".join(text[s:e] for s, e in rs).replace("\n", " ")[:200]
    print("\n== missed gold")
    for name, text, g, direct in found["misses"][:n]:
        print(f"- {name}: {'D' if direct else 'R'} [{show(text, g['source'])}] [{show(text, g['cue'])}] "
              f"{show(text, g['content'])}")
    print("\n== false positives")
    for name, text, p in found["false_pos"][:n]:
        r = p["records"][0]
        print(f"- {name}: {r.type} [{r.speaker_text}] [{r.cue}] {show(text, p['content'])}")
    print("\n== wrong speaker")
    for name, text, p, g in found["wrong_speaker"][:n]:
        r = p["records"][0]
        print(f"- {name}: got [{r.speaker_text}] gold [{show(text, g['source'])}] cue [{r.cue}] {show(text, p['content'])[:100]}")


if __name__ == "__main__":
    main()
