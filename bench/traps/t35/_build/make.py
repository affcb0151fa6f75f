import json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
import arts1, arts2, arts3
SET = "/tmp/s38/t35"
A = {}; C = {}
for m in (arts1, arts2, arts3):
    A.update(m.A); C.update(m.C)
assert sorted(A) == list(range(1, 61)), sorted(A)
checks = []
for n in range(1, 61):
    text = A[n]
    assert text.endswith("\n")
    lines = text.split("\n")
    assert lines[1] == "", (n, "headline then blank line")
    words = len(text.split())
    assert 80 <= words <= 300, (n, words)
    fn = f"{n:03d}.txt"
    with open(os.path.join(SET, "articles", fn), "w", encoding="utf-8") as f:
        f.write(text)
    half = "tune" if n % 2 else "blind"
    for k, (fam, kind, fields, why) in enumerate(C[n], 1):
        name = fields["name"]
        assert re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, re.I), (n, name)
        if "context" in fields:
            assert text.count(fields["context"]) == 1, (n, fields["context"])
            assert name.lower() in fields["context"].lower(), (n, name)
        ck = {"id": f"t35-{n:03d}-{k}", "half": half, "article": fn, "family": fam, "kind": kind}
        ck.update(fields)
        ck["why"] = why
        checks.append(ck)
with open(os.path.join(SET, "checks.json"), "w", encoding="utf-8") as f:
    json.dump(checks, f, indent=1, ensure_ascii=False)
from collections import Counter
c = Counter((x["half"], x["family"]) for x in checks)
for k in sorted(c): print(k, c[k])
print(len(checks), Counter(x["half"] for x in checks))
print(Counter(x["kind"] for x in checks))
