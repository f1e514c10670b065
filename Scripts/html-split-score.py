#!/usr/bin/env python3
"""F1 of the HTML reader on the design part and the held-out part of the development pages.

Reads the per-page file that `score_html.py --per-doc FILE` writes and splits the pages by their
position in the sorted list of ids: every 4th page (positions 3, 7, 11, ...) is held out from
heuristic design; the rest is the design part. Macro P and R, F1 = 2PR/(P+R), as score_html.py.
Usage: python3 Scripts/html-split-score.py PER_DOC.jsonl
"""
import json
import sys


def score(rows):
    precisions = [r["precision"] for r in rows if r["precision"] is not None]
    recalls = [r["recall"] for r in rows if r["recall"] is not None]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"F1={f1:.3f} P={p:.3f} R={r:.3f} docs={len(rows)}"


rows = [json.loads(line) for line in open(sys.argv[1])]
ids = sorted({r["id"] for r in rows})
held = {page for index, page in enumerate(ids) if index % 4 == 3}
for system in sorted({r["system"] for r in rows}):
    mine = [r for r in rows if r["system"] == system]
    print(f"{system}: all {score(mine)}")
    print(f"{system}: design {score([r for r in mine if r['id'] not in held])}")
    print(f"{system}: held-out {score([r for r in mine if r['id'] in held])}")
