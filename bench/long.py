"""Very long single articles (issue 13, item 10): time must grow linearly with length, memory stay flat.

    python bench/long.py [--data ../shared/data] [--sizes 1,4,16] [--quick]
                         [--commands entities,places,figures,quotes,clean,export] [--timeout S]

Builds one-article files of 1, 4 and 16 MB from the BBC corpus (read at run time, written to a
temporary folder, repeated when the corpus is shorter than the size), each in two variants:
`breaks` keeps the articles' paragraphs and line breaks, `line` is one single line (paragraphs
joined with spaces), `hostile` is that line in capitals with its sentence ends (. ! ?) removed, a
stray straight double quote mark after every 20th word and a line of 5,000 "=" after every
2,000th: one sentence as long as the file, full of quotes that never close, capitalised words
that could all be names, and separators the tokenizer reads a mark at a time; `dotted` is the
line with a run of 2,000 "A." (no spaces) after every 500th word; `listed` is the
capitalised words of that much text alone, joined by commas: one list of names on one line (each
name once walked the whole list, and a 35 KB list took 20 s). Every command runs on each file as
a fresh process; peak memory is the largest VmHWM of any process of its tree (the approach of
`throughput.py`).

s/MB is the time beyond the command's start-up (the same command on one short article) per MB,
both wall clock and CPU time (user + system of the process tree). Targets, for each command and
variant: s/MB within 1.5x across sizes (linear time) and peak memory under 800 MB at every size
(flat memory). Exit 1 when a target is missed. The linearity check uses CPU time by default
(`--clock wall` for wall clock): on a shared machine other processes stretch wall time, not the
CPU time of the work. Inputs are read whole (`--max-chars 0`). Results also go to
bench/results/long.json.
"""
from __future__ import annotations

import argparse
import functools
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import PYTHON, ROOT, _hwm_mb, _tree  # noqa: E402  (bench/ is not a package)

COMMANDS = {
    "entities": ["entities"],
    "places": ["places"],
    "figures": ["figures"],
    "quotes": ["quotes"],
    "clean": ["clean"],
    "export": ["export", "--jobs", "1"],
}
VARIANTS = ("breaks", "line", "hostile", "dotted", "listed")
MB = 1_000_000
MAX_RATIO = 1.5
MAX_PEAK_MB = 800
MIN_MARGINAL_S = 1.0  # below this much work past start-up at every size, s/MB is noise: not judged


def paragraphs(data: Path) -> list[list[str]]:
    """Each BBC article as its list of paragraphs (title first), in a fixed order."""
    out = []
    for path in sorted((data / "corpora" / "bbc").glob("*/*.txt")):
        text = path.read_bytes().decode("utf-8", "replace").replace("\r\n", "\n")
        paras = [" ".join(p.split()) for p in text.split("\n\n")]
        out.append([p for p in paras if p])
    if not out:
        raise SystemExit(f"no BBC articles under {data / 'corpora' / 'bbc'}")
    return out


def build(articles: list[list[str]], size: int, variant: str) -> str:
    """About `size` characters of whole articles, one after the other (the corpus repeats)."""
    parts, total, i = [], 0, 0
    sep = "\n\n" if variant == "breaks" else " "
    while total < size:
        article = articles[i % len(articles)]
        piece = sep.join(article)
        parts.append(piece)
        total += len(piece) + len(sep)
        i += 1
    text = sep.join(parts) + "\n"
    if variant == "listed":
        return ", ".join(w.strip(".,;:!?\"'") for w in text.split() if w[:1].isupper()) + "\n"
    return _hostile(text) if variant == "hostile" else _dotted(text) if variant == "dotted" else text


def _dotted(text: str) -> str:
    """The line with a run of 2,000 "A." after every 500th word: initials with no space between,
    where each period could start a name (the sports patterns once read such a run from every one)."""
    words = text.split(" ")
    return " ".join(w + " " + "A." * 2000 if i % 500 == 499 else w for i, w in enumerate(words))


def _hostile(text: str) -> str:
    words = re.sub(r"[.!?]", "", text).upper().split(" ")
    return " ".join(w + ' "' if i % 20 == 19 else w + "\n" + "=" * 5000 + "\n" if i % 2000 == 1999 else w
                    for i, w in enumerate(words))


def measure(cmd: list[str], timeout: float) -> dict:
    """Wall and CPU time and largest per-process peak RSS of a command's process tree; killed past
    `timeout`. CPU time is that of the finished children (this process starts one run at a time)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peaks: dict[int, float] = {}
    timed_out = False
    while proc.poll() is None:
        for pid in _tree(proc.pid):
            hwm = _hwm_mb(pid)
            if hwm is not None:
                peaks[pid] = max(peaks.get(pid, 0.0), hwm)
        if time.monotonic() - started > timeout:
            proc.kill()  # the process we started, by its handle
            proc.wait()
            timed_out = True
            break
        time.sleep(0.05)
    seconds = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    err = proc.stderr.read()
    if not timed_out and proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd[2:6])} ...\n{err[-2000:]}")
    return {"seconds": seconds, "cpu": cpu, "peak_mb": max(peaks.values(), default=0.0), "timed_out": timed_out}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--sizes", default="1,4,16", help="sizes in MB, comma-separated")
    parser.add_argument("--quick", action="store_true", help="1 and 4 MB only")
    parser.add_argument("--commands", default=",".join(COMMANDS), help=f"any of {','.join(COMMANDS)}")
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--model", default=None)
    parser.add_argument("--timeout", type=float, default=7200, help="seconds per run (a miss when exceeded)")
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu", help="time the linearity check uses")
    args = parser.parse_args()

    sizes = [1, 4] if args.quick else [float(s) for s in args.sizes.split(",") if s.strip()]
    commands = [c.strip() for c in args.commands.split(",") if c.strip()]
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    unknown = sorted(set(commands) - set(COMMANDS)) + sorted(set(variants) - set(VARIANTS))
    if unknown:
        parser.error(f"unknown {', '.join(unknown)}")
    sys.path.insert(0, str(ROOT / "src"))
    from newsmine.pipeline import model_name

    model = model_name(args.model)
    articles = paragraphs(Path(args.data))
    folder = Path(tempfile.mkdtemp(prefix="newsmine-long-"))
    try:
        return run(articles, folder, sizes, commands, variants, model, args.timeout, args.clock)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(articles, folder: Path, sizes, commands, variants, model: str, timeout: float, clock: str) -> int:
    short = folder / "short.txt"
    short.write_text("\n\n".join(articles[0]) + "\n", encoding="utf-8")
    files = {}
    for size in sizes:
        for variant in variants:
            files[size, variant] = folder / f"long_{size:g}mb_{variant}.txt"
            files[size, variant].write_text(build(articles, int(size * MB), variant), encoding="utf-8")

    def command(name: str, path: Path) -> list[str]:
        extra = ["--out", str(folder / f"out_{path.stem}")] if name == "export" else []
        extra += [] if name == "clean" else ["--model", model]
        extra += ["--max-chars", "0"] if reads_whole(name) else []
        return [PYTHON, "-m", "newsmine", *COMMANDS[name], str(path), *extra]

    @functools.cache
    def reads_whole(name: str) -> bool:
        """Whether the command has --max-chars (to lift its default cut of long inputs)."""
        shown = subprocess.run([PYTHON, "-m", "newsmine", COMMANDS[name][0], "--help"],
                               capture_output=True, text=True).stdout
        return "--max-chars" in shown

    print(f"model {model}; sizes {', '.join(f'{s:g} MB' for s in sizes)}; linearity judged on {clock} "
          "time (wall time is noisy on a shared machine)", flush=True)
    print(f"{'command':9s} {'MB':>4s} {'variant':7s} {'seconds':>8s} {'s/MB':>7s} {'cpu s':>8s} {'cpu s/MB':>8s} "
          f"{'peak MB':>8s}", flush=True)
    key = "seconds" if clock == "wall" else "cpu"
    results, misses = [], []
    for name in commands:
        startup = measure(command(name, short), timeout)
        for variant in variants:
            rows = []
            for size in sizes:
                r = measure(command(name, files[size, variant]), timeout)
                r.update(command=name, size_mb=size, variant=variant, startup=startup,
                         wall_s_per_mb=max(r["seconds"] - startup["seconds"], 0.0) / size,
                         cpu_s_per_mb=max(r["cpu"] - startup["cpu"], 0.0) / size)
                r["s_per_mb"] = r[f"{'wall' if clock == 'wall' else 'cpu'}_s_per_mb"]
                rows.append(r)
                late = " TIMED OUT" if r["timed_out"] else ""
                print(f"{name:9s} {size:4g} {variant:7s} {r['seconds']:8.1f} {r['wall_s_per_mb']:7.2f} "
                      f"{r['cpu']:8.1f} {r['cpu_s_per_mb']:8.2f} {r['peak_mb']:8.0f}{late}", flush=True)
                if r["timed_out"]:
                    misses.append(f"{name} {variant} {size:g} MB: over {timeout:.0f} s")
                if r["peak_mb"] >= MAX_PEAK_MB:
                    misses.append(f"{name} {variant} {size:g} MB: peak {r['peak_mb']:.0f} MB >= {MAX_PEAK_MB}")
            results.extend(rows)
            per_mb = [r["s_per_mb"] for r in rows if not r["timed_out"]]
            worked = max((r[key] - startup[key] for r in rows), default=0.0)
            if len(per_mb) > 1 and worked >= MIN_MARGINAL_S:
                ratio = max(per_mb) / max(min(per_mb), 1e-9)
                print(f"{'':9s} {'':4s} {variant:7s} {clock} s/MB max/min {ratio:.2f}"
                      f"{'' if ratio <= MAX_RATIO else '  NOT LINEAR'}", flush=True)
                if ratio > MAX_RATIO:
                    misses.append(f"{name} {variant}: s/MB varies {ratio:.2f}x across sizes (> {MAX_RATIO})")
    (ROOT / "bench" / "results").mkdir(exist_ok=True)
    (ROOT / "bench" / "results" / "long.json").write_text(json.dumps(
        {"model": model, "clock": clock, "results": results}, indent=1))
    if misses:
        print("\ntargets missed:\n  " + "\n  ".join(misses))
        return 1
    print(f"\nall targets met: s/MB within {MAX_RATIO}x across sizes, peak under {MAX_PEAK_MB} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
