#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each (default 20), seeded with the example articles,
# the shared corpus when it is beside the repository, and XML exports of the examples.
#
# Usage: Fuzz/run.sh [SECONDS] [TARGET…]
# Prints each target's executions and the total. A crash, a leak, a timeout or a broken invariant
# stops the run with libFuzzer's report and leaves the input in Fuzz/findings/ (replay it with
# `Fuzz/.build/release/TARGET INPUT`, and keep it as a regression test).
set -euo pipefail

SECONDS_EACH=${1:-20}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(FuzzReader FuzzAnalysis FuzzJSON FuzzXML FuzzText FuzzXMLRead FuzzHTML FuzzMarkdown)
cd "$(dirname "$0")/.."
ROOT=$PWD

# One combined -sanitize flag: the Swift driver keeps only the last of several, so SwiftPM's
# `--sanitize=fuzzer --sanitize=address` leaves some modules without coverage or without ASan.
# (`--sanitize=fuzzer` itself is still needed: it makes SwiftPM link libFuzzer's `main`.)
swift build --package-path Fuzz -c release --sanitize=fuzzer -Xswiftc -sanitize=address,fuzzer -Xswiftc -use-ld=lld >/dev/null

TEXT_SEEDS=("$ROOT/Examples/Articles")
for folder in "$ROOT/../shared/corpus/seed" "$ROOT/../shared/corpus/plaintext"; do
    [ -d "$folder" ] && TEXT_SEEDS+=("$folder")
done

mkdir -p Fuzz/findings
total=0
for target in "${TARGETS[@]}"; do
    scratch="Fuzz/corpus-scratch/$target"
    mkdir -p "$scratch"
    # Text is text at any length, so long articles are cut to 4 KiB; an XML document cut short
    # is only a parse error, so the XML seeds (1–20 KB) are kept whole.
    if [ "$target" = FuzzXMLRead ]; then
        seeds=("$ROOT/Fuzz/Seeds/xml")
        max_len=20000
    elif [ "$target" = FuzzHTML ]; then
        # The example page (and the small pages beside it) whole: markup cut short is still a page.
        seeds=("$ROOT/Fuzz/Seeds/html")
        max_len=20000
    else
        seeds=("${TEXT_SEEDS[@]}")
        max_len=4096
    fi
    log="Fuzz/corpus-scratch/$target.log"
    # New inputs go to the scratch folder (the first one given); the seed folders are only read.
    status=0
    SWIFT_BACKTRACE=enable=no "Fuzz/.build/release/$target" -max_total_time="$SECONDS_EACH" -max_len=$max_len -timeout=20 \
        -rss_limit_mb=4096 -close_fd_mask=2 -print_final_stats=1 -artifact_prefix=Fuzz/findings/"$target"- \
        "$scratch" "${seeds[@]}" >"$log" 2>&1 || status=$?
    executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    total=$((total + executions))
    printf '%-12s %10s executions in %ss\n' "$target" "$executions" "$SECONDS_EACH"
    if [ "$status" -ne 0 ]; then
        grep -v '^#' "$log" | tail -40
        echo "$target failed (exit $status); the input is in Fuzz/findings/" >&2
        exit 1
    fi
done
echo "total        $total executions"
