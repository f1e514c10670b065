#!/usr/bin/env bash
# Compares one pass of `briefing export --no-analysis` with cmark, the C CommonMark parser, on the
# same ~50 MB of article text, and prints each one's median CPU time and peak memory, and the ratios;
# then the same for Markdown: `briefing export FILE.md --no-analysis` (cmark's parse, the model, JSON)
# against `cmark FILE.md` (cmark's parse and HTML) on one ~50 MB Markdown corpus.
#
# Usage: Benchmarks/Scripts/compare-cmark.sh [RUNS] [MEGABYTES]   (defaults: 7 runs, 50 MB)
#
# The corpus repeats the seed article when ../shared is beside the repository, else the shipped
# example. Runs alternate (briefing, cmark, briefing, …) so that both see the same machine load.
# Needs the Debian packages cmark and time (GNU time); installs them if missing and allowed to.
set -euo pipefail

RUNS=${1:-7}
MEGABYTES=${2:-50}
cd "$(dirname "$0")/../.."
ROOT=$PWD

for tool in cmark:cmark /usr/bin/time:time; do
    if ! command -v "${tool%%:*}" >/dev/null 2>&1; then
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${tool##*:}"
    fi
done

echo "building briefing (release)…"
swift build -c release --product briefing >/dev/null
BRIEFING="$ROOT/.build/release/briefing"

ARTICLE="$ROOT/../shared/corpus/seed/000_a7d48a46cd2eca7c.txt"
[ -f "$ARTICLE" ] || ARTICLE="$ROOT/Examples/Articles/river-treaty-talks.txt"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
CORPUS="$WORK/corpus.txt"
python3 - "$ARTICLE" "$CORPUS" "$MEGABYTES" <<'PY'
import sys
article = open(sys.argv[1], "rb").read()
if not article.endswith(b"\n"):
    article += b"\n"
size = int(sys.argv[3]) * 1_000_000
with open(sys.argv[2], "wb") as out:
    written = 0
    while written < size:
        out.write(article + b"\n")
        written += len(article) + 1
PY
BYTES=$(stat -c %s "$CORPUS")
echo "corpus: $(basename "$ARTICLE") repeated, $BYTES bytes; $RUNS runs each, alternating"

# One run: prints "CPU-seconds peak-KiB" from GNU time.
measure() {
    /usr/bin/time -f "%U %S %M" -o "$WORK/time.txt" "$@" >/dev/null
    awk '{ printf "%.3f %d\n", $1 + $2, $3 }' "$WORK/time.txt"
}

: >"$WORK/briefing.txt"
: >"$WORK/cmark.txt"
for ((run = 1; run <= RUNS; run++)); do
    measure "$BRIEFING" export "$CORPUS" --format json --no-analysis >>"$WORK/briefing.txt"
    measure cmark "$CORPUS" >>"$WORK/cmark.txt"
    printf '  run %d: briefing %s s %s KiB · cmark %s s %s KiB\n' "$run" \
        $(tail -1 "$WORK/briefing.txt") $(tail -1 "$WORK/cmark.txt")
done

python3 - "$WORK/briefing.txt" "$WORK/cmark.txt" "$BYTES" <<'PY'
import statistics, sys
def load(path):
    rows = [line.split() for line in open(path)]
    return statistics.median(float(r[0]) for r in rows), statistics.median(int(r[1]) for r in rows)
ours_cpu, ours_rss = load(sys.argv[1])
cmark_cpu, cmark_rss = load(sys.argv[2])
megabytes = int(sys.argv[3]) / 1e6
print()
print(f"{'':10} {'median CPU':>12} {'MB/s':>8} {'peak RSS':>12}")
print(f"{'briefing':10} {ours_cpu:>10.3f} s {megabytes / ours_cpu:>8.1f} {ours_rss / 1024:>8.1f} MiB")
print(f"{'cmark':10} {cmark_cpu:>10.3f} s {megabytes / cmark_cpu:>8.1f} {cmark_rss / 1024:>8.1f} MiB")
print(f"ratio briefing/cmark: CPU {ours_cpu / cmark_cpu:.3f}, peak RSS {ours_rss / cmark_rss:.3f}")
print(f"briefing's peak RSS / input: {ours_rss * 1024 / (megabytes * 1e6):.2f}"
      " (targets: CPU at most 0.5 × cmark's, peak RSS at most 2 × the input)")
PY

# Markdown: the article written as Markdown by the exporter, repeated to the same size, read by
# both. Targets: CPU at most 1.3 × cmark's (cmark to HTML is the floor: the same parse, then a model
# and JSON), peak RSS at most cmark's + 50 %.
MARKDOWN="$WORK/corpus.md"
"$BRIEFING" export "$ARTICLE" --format markdown --no-analysis --output "$WORK/article.md" 2>/dev/null
python3 - "$WORK/article.md" "$MARKDOWN" "$MEGABYTES" <<'PY'
import sys
article = open(sys.argv[1], "rb").read()
size = int(sys.argv[3]) * 1_000_000
with open(sys.argv[2], "wb") as out:
    written = 0
    while written < size:
        out.write(article + b"\n")
        written += len(article) + 1
PY
rm -f "$CORPUS"
MD_BYTES=$(stat -c %s "$MARKDOWN")
echo
echo "Markdown corpus: $(basename "$ARTICLE") written as Markdown and repeated, $MD_BYTES bytes; $RUNS runs each"
: >"$WORK/briefing-md.txt"
: >"$WORK/cmark-md.txt"
for ((run = 1; run <= RUNS; run++)); do
    measure "$BRIEFING" export "$MARKDOWN" --format json --no-analysis >>"$WORK/briefing-md.txt"
    measure cmark "$MARKDOWN" >>"$WORK/cmark-md.txt"
    printf '  run %d: briefing %s s %s KiB · cmark %s s %s KiB\n' "$run" \
        $(tail -1 "$WORK/briefing-md.txt") $(tail -1 "$WORK/cmark-md.txt")
done
python3 - "$WORK/briefing-md.txt" "$WORK/cmark-md.txt" "$MD_BYTES" <<'PY'
import statistics, sys
def load(path):
    rows = [line.split() for line in open(path)]
    return statistics.median(float(r[0]) for r in rows), statistics.median(int(r[1]) for r in rows)
ours_cpu, ours_rss = load(sys.argv[1])
cmark_cpu, cmark_rss = load(sys.argv[2])
megabytes = int(sys.argv[3]) / 1e6
print()
print(f"{'Markdown':10} {'median CPU':>12} {'MB/s':>8} {'peak RSS':>12}")
print(f"{'briefing':10} {ours_cpu:>10.3f} s {megabytes / ours_cpu:>8.1f} {ours_rss / 1024:>8.1f} MiB")
print(f"{'cmark':10} {cmark_cpu:>10.3f} s {megabytes / cmark_cpu:>8.1f} {cmark_rss / 1024:>8.1f} MiB")
print(f"ratio briefing/cmark: CPU {ours_cpu / cmark_cpu:.3f}, peak RSS {ours_rss / cmark_rss:.3f}"
      " (targets: CPU at most 1.3, peak RSS at most 1.5)")
PY
