import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
ns = {}
for part in ("build_part1.py", "build_part2.py", "build_part3.py"):
    exec(open(os.path.join(HERE, part)).read(), ns)
A = ns["A"]
assert sorted(A) == list(range(1, 61)), sorted(A)
checks = []
for n in range(1, 61):
    fam, style, text, cs = A[n]
    name = "%03d.txt" % n
    with open(os.path.join(HERE, "articles", name), "w", encoding="utf-8") as f:
        f.write(text)
    assert len(cs) == 4, n
    for i, c in enumerate(cs):
        d = {"id": "t29-%03d-%s" % (n, "abcd"[i]), "half": "tune" if n % 2 else "blind",
             "article": name, "family": fam, "style": style}
        d.update(c)
        checks.append(d)
with open(os.path.join(HERE, "checks.json"), "w", encoding="utf-8") as f:
    json.dump(checks, f, indent=1, ensure_ascii=False)
print(len(checks))
