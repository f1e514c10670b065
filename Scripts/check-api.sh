#!/usr/bin/env bash
# Compares the public API of every library product with the baseline commit named in
# Scripts/api-baseline.txt. A breaking change passes only when CHANGELOG.md lists it — the broken
# declaration's name — under `### Breaking (next major version)` in its `## Unreleased` section.
set -euo pipefail
cd "$(dirname "$0")/.."
baseline=$(grep -v '^#' Scripts/api-baseline.txt | grep -m1 .)
if ! git cat-file -e "$baseline^{commit}" 2>/dev/null; then
    echo "the API baseline $baseline is not in this clone's history" >&2
    exit 1
fi
status=0
swift package diagnose-api-breaking-changes "$baseline" >/tmp/briefing-api.txt 2>&1 || status=$?
grep -E "breaking change|API breakage" /tmp/briefing-api.txt || true
if [ "$status" -eq 0 ]; then
    echo "no breaking changes to the public API since $baseline"
    exit 0
fi
if ! grep -q "API breakage:" /tmp/briefing-api.txt; then
    tail -30 /tmp/briefing-api.txt >&2
    echo "diagnose-api-breaking-changes failed (exit $status)" >&2
    exit 1
fi
python3 - /tmp/briefing-api.txt CHANGELOG.md <<'PY'
import re, sys
breaks = [line.split("API breakage:", 1)[1].strip() for line in open(sys.argv[1]) if "API breakage:" in line]
changelog = open(sys.argv[2]).read()
unreleased = changelog.split("## Unreleased", 1)[1].split("\n## ", 1)[0] if "## Unreleased" in changelog else ""
section = ""
if "### Breaking" in unreleased:
    section = unreleased.split("### Breaking", 1)[1].split("\n### ", 1)[0]
missing = []
for text in breaks:
    # "func JSONExporter.encode(_:) has been removed" -> "JSONExporter.encode"
    declaration = re.split(r" has | is now ", text)[0].split(" ", 1)[-1]
    name = re.sub(r"\(.*", "", declaration)
    if name not in section and name.split(".")[-1] not in section:
        missing.append(text)
if missing:
    print("breaking changes not listed under '### Breaking (next major version)' in CHANGELOG.md:", file=sys.stderr)
    for text in missing:
        print("  " + text, file=sys.stderr)
    sys.exit(1)
print(f"{len(breaks)} breaking change(s), each listed in CHANGELOG.md for the next major version")
PY
