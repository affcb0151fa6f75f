"""Export of N BBC articles as one WARC against the same pages as .html files (issue 18: within 10%).

    python bench/warc_export.py [N]

The pages are built at run time from ../shared/data (never copied into the project) in a
temporary folder; each export runs twice with --jobs 1, alternating, and the medians compare.
"""
import subprocess, sys, time, tempfile, html
from pathlib import Path
from warcio.warcwriter import WARCWriter
from warcio.statusandheaders import StatusAndHeaders
import io

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100
files = sorted(Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpora" / "bbc".glob("*/*.txt"))[::20][:N]
work = Path(tempfile.mkdtemp(prefix="warcbench-"))
(work / "pages").mkdir()
with open(work / "corpus.warc.gz", "wb") as out:
    writer = WARCWriter(out, gzip=True)
    for i, f in enumerate(files):
        text = f.read_bytes().decode("utf-8", "replace")
        title, _, body = text.partition("\n")
        page = ("<!doctype html><html><head><title>" + html.escape(title) + "</title></head><body><article><h1>"
                + html.escape(title) + "</h1>" + "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
                + "</article></body></html>").encode()
        (work / "pages" / f"{i:04d}.html").write_bytes(page)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://news.example/{i:04d}", "response",
                                                      payload=io.BytesIO(page), http_headers=headers))
def timed(args):
    s = time.monotonic(); subprocess.run([sys.executable, "-m", "newsmine", *args], check=False,
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); return time.monotonic() - s
t = {"files": [], "warc": []}
for r in range(2):
    t["files"].append(timed(["export", str(work / "pages"), "--out", str(work / f"f{r}"), "-j", "1"]))
    t["warc"].append(timed(["export", str(work / "corpus.warc.gz"), "--out", str(work / f"w{r}"), "-j", "1"]))
import statistics
f, w = statistics.median(t["files"]), statistics.median(t["warc"])
docs_f = (work / "f0" / "documents.csv").read_text().count("\n") - 1
docs_w = (work / "w0" / "documents.csv").read_text().count("\n") - 1
print(f"{N} pages: files {f:.1f} s ({docs_f} docs), warc {w:.1f} s ({docs_w} docs), warc/files {w / f:.3f}")
