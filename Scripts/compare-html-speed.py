#!/usr/bin/env python3
"""The HTML reader against trafilatura on the same pages, side by side, each in one process.

Usage: VENV/bin/python Scripts/compare-html-speed.py [--briefing BIN] [--data DIR] [--runs N]
  VENV: a virtual environment with `pip install trafilatura lxml_html_clean` (for the trafilatura
  half; without it only the reader is timed). BIN: the release tool (default
  .build/release/briefing). DIR: the development pages (default ../shared/corpus/html).

What is timed (wall clock, best of N runs, after an untimed warm-up run):
  briefing: `briefing batch FOLDER --jobs 1 --no-analysis` over the decompressed pages — one
    process, one page at a time, the reader and the JSON export of every page (process start
    included once); and the same with the standard analysis on.
  trafilatura: `trafilatura.extract(html, include_comments=False)` on every page, the HTML
    already in memory as a string, interpreter warm (and with fast=True).
Prints pages/s and MB/s for each and the ratio to trafilatura.
"""
import argparse
import gzip
import os
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
parser = argparse.ArgumentParser()
parser.add_argument("--briefing", default=os.path.join(here, "..", ".build", "release", "briefing"))
parser.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "corpus", "html"))
parser.add_argument("--runs", type=int, default=5)
args = parser.parse_args()

folder = os.path.join(args.data, "html")
names = sorted(n for n in os.listdir(folder) if n.endswith(".html.gz"))
pages = [gzip.open(os.path.join(folder, n)).read() for n in names]
size_mb = sum(len(p) for p in pages) / 1e6
print(f"{len(pages)} pages, {size_mb:.1f} MB, best of {args.runs} runs")


def best(run):
    run()  # warm-up
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


results = {}
with tempfile.TemporaryDirectory() as scratch:
    for name, page in zip(names, pages):
        with open(os.path.join(scratch, name[: -len(".gz")]), "wb") as out:
            out.write(page)
    for label, extra in (("briefing (no analysis)", ["--no-analysis"]), ("briefing (with analysis)", [])):
        command = [args.briefing, "batch", scratch, "--jobs", "1", "--quiet"] + extra

        def run_cli():
            subprocess.run(command, stdout=subprocess.DEVNULL, check=True)

        results[label] = best(run_cli)

try:
    import trafilatura

    texts = [p.decode("utf-8", errors="replace") for p in pages]
    for label, fast in (("trafilatura", False), ("trafilatura (fast)", True)):

        def run_trafilatura():
            for text in texts:
                trafilatura.extract(text, include_comments=False, fast=fast)

        results[label] = best(run_trafilatura)
except ImportError:
    print("trafilatura is not installed here: only the reader is timed", file=sys.stderr)

reference = results.get("trafilatura")
print(f"{'system':28} {'seconds':>8} {'pages/s':>8} {'MB/s':>7} {'× trafilatura':>14}")
for label, seconds in results.items():
    ratio = f"{reference / seconds:.1f}" if reference else "-"
    print(f"{label:28} {seconds:8.3f} {len(pages) / seconds:8.1f} {size_mb / seconds:7.1f} {ratio:>14}")
