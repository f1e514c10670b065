#!/usr/bin/env python3
"""Heading F1 of the plain-text reader on the design half and the held-out half of the
development articles.

The pages (`<page>.truth.json`) are sorted by name; every other one (positions 1, 3, 5, ...) is
held out from heuristic design, the rest is the design half. Runs `BRIEFING export FILE --format
json` on each `<page>.<style>.txt` and scores headings, text blocks and items as score_structure.py
does (whose functions it uses). `--show` prints the design half's missed and extra headings.
Usage: python3 Scripts/plaintext-split-score.py BRIEFING DIR [--styles=seed,wrapped,crlf] [--show]
       [--tools=../shared/tools]
"""
import collections
import json
import os
import subprocess
import sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
options = dict(a[2:].split("=", 1) if "=" in a else (a[2:], "1") for a in sys.argv[1:] if a.startswith("--"))
binary, folder = args[0], args[1]
styles = options.get("styles", "seed,wrapped,crlf").split(",")
sys.path.insert(0, options.get("tools", os.path.join(os.path.dirname(__file__), "..", "..", "shared", "tools")))
import score_structure as structure  # noqa: E402

pages = sorted(name[: -len(".truth.json")] for name in os.listdir(folder) if name.endswith(".truth.json"))
held = {page for index, page in enumerate(pages) if index % 2 == 1}
totals = collections.defaultdict(lambda: [0, 0, 0])
shown = []
for page in pages:
    gold = structure.truth_parts(json.load(open(os.path.join(folder, page + ".truth.json"), encoding="utf-8")))
    part = "held-out" if page in held else "design"
    for style in styles:
        path = os.path.join(folder, f"{page}.{style}.txt")
        if not os.path.exists(path):
            continue
        result = subprocess.run([binary, "export", path, "--format", "json"], capture_output=True, timeout=60)
        doc = json.loads(result.stdout) if result.returncode == 0 else {}
        pred = structure.output_parts(doc)
        for kind in ("heading", "text", "item"):
            _, tp, np_, ng = structure.f1(pred[kind], gold[kind])
            for key in ((part, style, kind), (part, "all", kind)):
                totals[key][0] += tp
                totals[key][1] += np_
                totals[key][2] += ng
        if "show" in options and part == "design" and style == styles[0]:
            p, g = collections.Counter(pred["heading"]), collections.Counter(gold["heading"])
            for text in (g - p).elements():
                shown.append(f"{page}: MISSED {text!r}")
            for text in (p - g).elements():
                shown.append(f"{page}: EXTRA  {text!r}")


def figure(tp, np_, ng):
    if np_ == 0 and ng == 0:
        return 1.0
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    return 0.0 if tp == 0 else 2 * p * r / (p + r)


for line in shown:
    print(line)
for part in ("design", "held-out"):
    count = sum(1 for page in pages if (page in held) == (part == "held-out"))
    for style in styles + ["all"]:
        row = " ".join(f"{kind}={figure(*totals[(part, style, kind)]):.3f}" for kind in ("heading", "text", "item"))
        print(f"{part:8} ({count} pages) {style:7} {row}")
