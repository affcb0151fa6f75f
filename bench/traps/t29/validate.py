import json, re, os
def norm(s):
    s = s.lower()
    for a in "“”«»„‟″": s = s.replace(a, '"')
    for a in "‘’‚‛′`": s = s.replace(a, "'")
    return re.sub(r"\s+", " ", s)
C = json.load(open("checks.json"))
from collections import Counter
fam = Counter((c["family"], c["half"]) for c in C)
print(fam)
print(Counter((c["style"], c["half"]) for c in C))
for n in range(1, 61):
    t = open("articles/%03d.txt" % n, encoding="utf-8").read()
    w = len(t.split())
    if not 80 <= w <= 300: print("WORDS", n, w)
for c in C:
    t = norm(open("articles/" + c["article"], encoding="utf-8").read())
    for k in ("quote_contains", "text_contains"):
        if k in c:
            cnt = t.count(norm(c[k]))
            if cnt != 1: print("COUNT", c["id"], k, c[k], cnt)
    for k in ("speaker_contains", "speaker_not"):
        if k in c:
            v = c[k] if isinstance(c[k], list) else [c[k]]
            if not any(norm(x) in t for x in v): print("NAME", c["id"], v)
