"""Build articles/ and checks.json from the spec files (run once, before freezing)."""
import json, os, re, glob
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
STYLES = {1: "UK politics", 2: "Irish local", 3: "Australian sport", 4: "Indian business",
          5: "African politics/health", 6: "UK court report", 7: "US press conference",
          8: "interview", 9: "UK business results", 10: "UK health", 11: "UK sport",
          12: "Irish politics", 13: "Australian court report", 14: "Indian politics",
          15: "African business", 16: "US health", 17: "UK sport (cricket)",
          18: "Irish press conference", 19: "Australian interview", 20: "US court report",
          21: "US politics", 22: "UK business", 23: "Indian health", 24: "African sport",
          25: "Australian politics", 26: "US local", 27: "UK local", 28: "Irish sport",
          29: "UK business interview", 30: "Indian court report"}
FAMILIES = {"speaker_direct", "speaker_pronoun", "shared_surname", "quoted_as_saying",
            "noun_cue", "continuation", "not_a_quote", "speaker_gender"}
checks = []
os.makedirs(os.path.join(SET, "articles"), exist_ok=True)
for spec in sorted(glob.glob(os.path.join(HERE, "*.txt"))):
    text = open(spec, encoding="utf-8").read()
    for block in text.split("=== ")[1:]:
        num, rest = block.split("\n", 1)
        num = int(num.strip())
        lines = rest.rstrip("\n").split("\n")
        body = [l for l in lines if not l.startswith(">>> ")]
        cks = [l[4:] for l in lines if l.startswith(">>> ")]
        art = "\n".join(body).strip() + "\n"
        name = "%03d.txt" % num
        words = len(art.split())
        assert 80 <= words <= 300, (name, words)
        open(os.path.join(SET, "articles", name), "w", encoding="utf-8").write(art)
        assert len(cks) == 4, name
        for i, c in enumerate(cks):
            fam, kind, sub, exp, why = [x.strip() for x in re.split(r"\s*\|\s*", c, maxsplit=4)]
            assert fam in FAMILIES, fam
            assert sub.lower() in art.lower().replace("’", "'").replace("‘", "'"), (name, sub)
            d = {"id": "q%03d%s" % (num, "abcd"[i]), "half": "tune" if num % 2 else "blind",
                 "article": name, "family": fam, "style": STYLES[(num + 1) // 2], "kind": kind,
                 "quote_has": sub}
            if kind == "speaker":
                d["speaker"] = [x.strip() for x in exp.split(" / ")]
            elif kind == "speaker_not":
                d["not_speaker"] = [x.strip() for x in exp.split(" / ")]
            elif kind == "gender":
                assert exp in ("", "female", "male")
                d["gender"] = exp
            elif kind == "no_row":
                assert exp == ""
            else:
                raise ValueError(kind)
            d["why"] = why
            checks.append(d)
json.dump(checks, open(os.path.join(SET, "checks.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
from collections import Counter
print(len(checks), Counter((c["family"], c["half"]) for c in checks))
print(Counter(c["half"] for c in checks))
