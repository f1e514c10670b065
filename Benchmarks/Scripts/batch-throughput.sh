#!/usr/bin/env bash
# Documents per second for `briefing batch` with --jobs 1 and --jobs 2, against a process per
# document (`briefing export` per file), and peak memory as the number of documents grows tenfold.
#
# Usage: Benchmarks/Scripts/batch-throughput.sh [RUNS]   (default: 5 runs of each batch measurement)
#
# The corpus is every development corpus in ../shared/corpus together (plain text in three styles,
# Markdown, HTML pages decompressed, the entity corpus's wire stories, the seed) when it is beside
# the repository, else the project's example articles. Only files whose extension a reader of this
# build claims are documents (the batch searches folders for those); the script says which.
# Runs alternate (--jobs 1, --jobs 2, …) so that both see the same machine load; medians are shown.
# For CPU figures the machine must be idle: on a shared machine, hold the build lock around it:
#   flock /tmp/swift-build.lock Benchmarks/Scripts/batch-throughput.sh
# Needs GNU time (the Debian package time); installs it if missing and allowed to.
set -euo pipefail

RUNS=${1:-5}
cd "$(dirname "$0")/../.."
ROOT=$PWD

if [ ! -x /usr/bin/time ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq time
fi

echo "building briefing (release)…"
swift build -c release --product briefing >/dev/null
BRIEFING="$ROOT/.build/release/briefing"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
CORPUS="$WORK/corpus"
python3 - "$ROOT" "$CORPUS" <<'PY'
import glob, gzip, os, shutil, sys
root, corpus = sys.argv[1], sys.argv[2]
shared = os.path.join(os.path.dirname(root), "shared", "corpus")
os.makedirs(corpus)
if os.path.isdir(shared):
    for pattern, folder in [("plaintext/*.txt", "plaintext"), ("plaintext/*.md", "markdown"),
                            ("entities/*.txt", "entities"), ("seed/*.txt", "seed")]:
        os.makedirs(os.path.join(corpus, folder), exist_ok=True)
        for path in glob.glob(os.path.join(shared, pattern)):
            shutil.copy(path, os.path.join(corpus, folder))
    os.makedirs(os.path.join(corpus, "html"))
    for page in glob.glob(os.path.join(shared, "html", "**", "*.html.gz"), recursive=True):
        with gzip.open(page) as source, open(os.path.join(corpus, "html", os.path.basename(page)[:-3]), "wb") as out:
            out.write(source.read())
    print("corpus: ../shared/corpus (plaintext, markdown, html, entities, seed)")
else:
    for path in glob.glob(os.path.join(root, "Examples/Articles/*.txt")):
        shutil.copy(path, corpus)
    print("corpus: Examples/Articles (no ../shared/corpus beside the repository)")
PY

# The documents this build reads: the ids of a batch over the corpus, in order.
"$BRIEFING" batch "$CORPUS" --no-analysis --quiet --ordered | python3 -c '
import json, sys
for line in sys.stdin:
    print(json.loads(line)["id"])' >"$WORK/files.txt"
DOCUMENTS=$(wc -l <"$WORK/files.txt")
FILES=$(find "$CORPUS" -type f | wc -l)
BYTES=$(xargs -d '\n' cat <"$WORK/files.txt" | wc -c)
echo "documents: $DOCUMENTS of $FILES files ($BYTES bytes); by extension:" \
    "$(sed 's/.*\.//' "$WORK/files.txt" | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
echo "not read by this build (no reader claims them): $(find "$CORPUS" -type f | grep -vxFf "$WORK/files.txt" |
    sed 's/.*\.//' | sort | uniq -c | tr -s ' ' | tr '\n' ';')"

# The machine's busy CPU time so far, in seconds (all cores, from /proc/stat).
busy() { awk '/^cpu / { printf "%.2f\n", ($2 + $3 + $4 + $7 + $8) / 100 }' /proc/stat; }

# One run: "elapsed-seconds cpu-seconds peak-KiB others-cpu-seconds" from GNU time, the last being
# the CPU time other processes took meanwhile (work that the build lock does not keep away).
measure() {
    local before after
    before=$(busy)
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "$@" >/dev/null 2>"$WORK/stderr.txt" || true
    after=$(busy)
    awk -v b="$before" -v a="$after" '{ o = a - b - $2 - $3; if (o < 0) o = 0; printf "%.3f %.3f %d %.2f\n", $1, $2 + $3, $4, o }' \
        "$WORK/time.txt"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
column_of() { awk -v c="$1" '{ print $c }' "$2"; }

# The documents as NDJSON records (paths): the corpus once, and ten times over. Throughput is
# measured on the larger, so that a run lasts seconds and start-up (the gazetteer) does not weigh.
python3 - "$WORK/files.txt" "$WORK/records1.ndjson" "$WORK/records10.ndjson" <<'PY'
import json, sys
files = open(sys.argv[1]).read().split("\n")[:-1]
for copies, out in ((1, sys.argv[2]), (10, sys.argv[3])):
    with open(out, "w") as records:
        for copy in range(copies):
            for path in files:
                records.write(json.dumps({"id": f"{copy}/{path}", "path": path}) + "\n")
PY

"$BRIEFING" batch "$CORPUS" --quiet >/dev/null # warm the page cache
: >"$WORK/jobs1.txt"
: >"$WORK/jobs2.txt"
for ((run = 1; run <= RUNS; run++)); do
    measure sh -c "\"$BRIEFING\" batch --ndjson --jobs 1 <\"$WORK/records10.ndjson\"" >>"$WORK/jobs1.txt"
    measure sh -c "\"$BRIEFING\" batch --ndjson --jobs 2 <\"$WORK/records10.ndjson\"" >>"$WORK/jobs2.txt"
    printf '  run %d (wall CPU KiB others): --jobs 1 %s · --jobs 2 %s\n' "$run" "$(tail -1 "$WORK/jobs1.txt")" "$(tail -1 "$WORK/jobs2.txt")"
done

# A process per document, one at a time and two at a time (fewer runs: they are slow).
PROCESS_RUNS=$(((RUNS + 1) / 2))
: >"$WORK/process1.txt"
: >"$WORK/process2.txt"
for ((run = 1; run <= PROCESS_RUNS; run++)); do
    measure xargs -d '\n' -n 1 "$BRIEFING" export --compact <"$WORK/files.txt" >>"$WORK/process1.txt"
    measure xargs -d '\n' -n 1 -P 2 "$BRIEFING" export --compact <"$WORK/files.txt" >>"$WORK/process2.txt"
    printf '  process per document, run %d: one at a time %s · two at a time %s\n' "$run" \
        "$(tail -1 "$WORK/process1.txt")" "$(tail -1 "$WORK/process2.txt")"
done

: >"$WORK/memory1.txt"
for ((run = 1; run <= RUNS; run++)); do
    measure sh -c "\"$BRIEFING\" batch --ndjson --jobs 2 <\"$WORK/records1.ndjson\"" >>"$WORK/memory1.txt"
done

python3 - "$WORK" "$DOCUMENTS" "$BYTES" <<'PY'
import statistics, sys
work, single, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def runs(name):
    return [tuple(map(float, line.split())) for line in open(f"{work}/{name}.txt") if line.strip()]
def med(name, column):
    return statistics.median(run[column] for run in runs(name))
rows = []
counts = {"jobs1": 10 * single, "jobs2": 10 * single, "process1": single, "process2": single}
for label, name in [("briefing batch --jobs 1", "jobs1"), ("briefing batch --jobs 2", "jobs2"),
                    ("briefing export, a process per document, one at a time", "process1"),
                    ("briefing export, a process per document, two at a time", "process2")]:
    elapsed, cpu, peak = med(name, 0), med(name, 1), med(name, 2)
    rows.append((label, counts[name], elapsed, cpu, peak))
print()
print(f"the corpus: {single} documents, {size / 1e6:.1f} MB; the batch runs brief it ten times over "
      f"({10 * single} documents); medians of {len(runs('jobs1'))} runs ({len(runs('process1'))} for a "
      "process per document)")
print()
print("| run | documents | wall s (best) | CPU s | documents/s (best) | CPU ms/document | peak RSS |"
      " others' CPU s |")
print("|---|---|---|---|---|---|---|---|")
best = {}
for (label, documents, elapsed, cpu, peak), name in zip(rows, ["jobs1", "jobs2", "process1", "process2"]):
    fastest = min(run[0] for run in runs(name))
    best[name] = documents / fastest
    print(f"| {label} | {documents} | {elapsed:.2f} ({fastest:.2f}) | {cpu:.2f} | {documents / elapsed:.0f} "
          f"({documents / fastest:.0f}) | {1000 * cpu / documents:.2f} | {peak / 1024:.1f} MiB | "
          f"{med(name, 3):.2f} |")
jobs1, jobs2, process1, process2 = (row[1] / row[2] for row in rows)
print()
print(f"best runs: scaling --jobs 2 / --jobs 1 {best['jobs2'] / best['jobs1']:.2f}x; "
      f"batch / a process per document {best['jobs1'] / best['process1']:.1f}x one at a time, "
      f"{best['jobs2'] / best['process2']:.1f}x two at a time")
print()
print(f"scaling --jobs 2 / --jobs 1 (medians): {jobs2 / jobs1:.2f}x (target 1.8x)")
print(f"batch / a process per document (medians): {jobs1 / process1:.1f}x one at a time, "
      f"{jobs2 / process2:.1f}x two at a time (target 10x)")
one, ten = med("memory1", 2), med("jobs2", 2)
print(f"peak RSS, --jobs 2: {one / 1024:.1f} MiB for {single} documents, {ten / 1024:.1f} MiB for "
      f"{10 * single} ({(ten / one - 1) * 100:+.1f} %, target within +10 %)")
PY
