#!/usr/bin/env python3
"""Counts the public symbols declared in Sources/ and how many carry a `///` comment.

Reads the symbol graphs of `swift package dump-symbol-graph --minimum-access-level public`
(run first) and lists every undocumented symbol. Symbols the compiler synthesises or inherits
(`==`, `hash(into:)`, `init(from:)` of a conformance) have no location in Sources/ and are not
counted. Exits 1 if any public symbol of the library products lacks documentation.

Usage: Scripts/doc-coverage.py [SYMBOLGRAPH-FOLDER]
"""
import glob
import json
import os
import sys

folder = sys.argv[1] if len(sys.argv) > 1 else ".build/x86_64-unknown-linux-gnu/symbolgraph"
products = [
    "BriefingModel", "BriefingPlainText", "BriefingAnalysis", "BriefingJSON", "BriefingXML", "BriefingHTML", "BriefingMemo",
    "BriefingBatch", "BriefingMarkdown",
]
total = documented = 0
missing = []
seen = set()
for module in products:
    for path in glob.glob(os.path.join(folder, f"{module}*.symbols.json")):
        graph = json.load(open(path))
        for symbol in graph["symbols"]:
            uri = symbol.get("location", {}).get("uri", "")
            if "/Sources/" not in uri:
                continue
            key = symbol["identifier"]["precise"]
            if key in seen:
                continue
            seen.add(key)
            total += 1
            lines = (symbol.get("docComment") or {}).get("lines", [])
            if any(line["text"].strip() for line in lines):
                documented += 1
            else:
                where = uri.split("/Sources/")[1]
                line = symbol["location"]["position"]["line"] + 1
                missing.append(f"Sources/{where}:{line}: {'.'.join(symbol['pathComponents'])}")
for entry in sorted(missing):
    print("undocumented:", entry)
print(f"{documented} of {total} public symbols documented")
sys.exit(1 if missing else 0)
