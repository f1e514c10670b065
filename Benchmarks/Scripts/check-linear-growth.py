#!/usr/bin/env python3
"""Checks that allocations grow linearly with the input, from the committed thresholds.

Benchmarks run at two sizes (`…-1MB`/`…-2MB`, `…-1x`/`…-2x`); the allocation count at twice the
size must stay under 2.2 times the count at the first size (a little room for fixed costs).
Since `thresholds check` holds the current counts to the committed ones, this holds for the code
as it is. Usage: check-linear-growth.py [THRESHOLDS-FOLDER]
"""
import json
import pathlib
import re
import sys

folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent.parent / "Thresholds")
counts = {}
for path in folder.glob("*.p90.json"):
    name = path.name[: -len(".p90.json")].split(".", 1)[1]
    counts[name] = json.loads(path.read_text())["mallocCountTotal"]

pairs = 0
failures = []
for name, count in sorted(counts.items()):
    match = re.fullmatch(r"(.*-)(1MB|1x)", name)
    if not match:
        continue
    twice = match.group(1) + {"1MB": "2MB", "1x": "2x"}[match.group(2)]
    if twice not in counts:
        continue
    pairs += 1
    ratio = counts[twice] / max(count, 1)
    verdict = "ok" if ratio <= 2.2 else "NOT LINEAR"
    print(f"{match.group(1)[:-1]:32} {count:>9} → {counts[twice]:>9} allocations  ×{ratio:.2f}  {verdict}")
    if ratio > 2.2:
        failures.append(match.group(1)[:-1])
if pairs == 0:
    sys.exit("no benchmark pairs found in " + str(folder))
if failures:
    sys.exit("allocations grow faster than the input: " + ", ".join(failures))
print(f"{pairs} pairs: allocations grow linearly with the input")
