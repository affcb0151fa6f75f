"""`make bench`: every accuracy and speed script in bench/, one after the other.

    python bench/run_all.py [--quick]

--quick passes --limit to the scripts that take one, for a smoke run (long.py: 1 and 4 MB,
entities and clean only; its full run, 1 to 16 MB and every command, takes hours).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = [
    ("clean.py", []),
    ("ner.py", []),
    ("quotes.py", []),
    ("figures.py", []),
    ("places.py", []),
    ("sports_story.py", []),
    ("throughput.py", []),
    ("long.py", []),
    ("top.py", []),
    ("jsonl.py", []),
    ("web.py", []),
    ("warc_export.py", []),
    ("fuzz.py", []),
]
QUICK = {"ner.py": ["--limit", "20"], "places.py": ["--limit", "40"], "throughput.py": ["--sets", "all", "--limit", "100", "--repeats", "1"],
         "long.py": ["--quick", "--commands", "entities,clean"]}


def main() -> int:
    quick = "--quick" in sys.argv[1:]
    failed = []
    for script, args in SCRIPTS:
        args = args + (QUICK.get(script, []) if quick else [])
        print(f"\n=== bench/{script} {' '.join(args)}", flush=True)
        if subprocess.run([sys.executable, str(HERE / script), *args]).returncode != 0:
            failed.append(script)
    if failed:
        print(f"\nbelow target or failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
