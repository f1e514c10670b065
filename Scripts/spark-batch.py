#!/usr/bin/env python3
"""Briefs NDJSON records under Apache Spark: each partition is piped through `briefing batch --ndjson`.

The recipe (see README, "Beyond one machine"): records are one JSON object a line —
{"id": ..., "path" | "text" | "html" | "markdown": ..., "url"?, "format"?} — and so are the results —
{"id": ..., <briefing>} or {"id": ..., "error": {"code", "message"}}. `rdd.pipe` writes a partition's
records to one `briefing batch` process and reads its lines back, so the work spreads over Spark's
executors with no code of ours on the JVM side. `briefing` must be on each executor's PATH (or give
--briefing with its absolute path); paths in records must be readable there.

Run a file of records (local mode here; any master works the same):
    Scripts/spark-batch.py --input records.ndjson --output briefings.ndjson

Check the contract (what CI runs): builds a corpus of at least --records records from the project's
example articles (varied so that every id and title differs; with ../shared/corpus beside the
repository its articles are added too), adds a few bad records, pipes them through Spark, and checks
that every id came back exactly once, each good record with a briefing valid against
Schemas/briefing.schema.json and each bad one with its error:
    Scripts/spark-batch.py --check --records 2000 --partitions 8

Needs PySpark (`python3 -m venv V && V/bin/pip install pyspark jsonschema`) and Java 17.
"""
import argparse
import glob
import gzip
import json
import os
import shutil
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--briefing", default=os.path.join(ROOT, ".build/release/briefing"),
                        help="the briefing executable (default: .build/release/briefing)")
    parser.add_argument("--master", default="local[2]", help="the Spark master (default: local[2])")
    parser.add_argument("--partitions", type=int, default=8, help="how many partitions (processes) to use")
    parser.add_argument("--batch-arguments", default="--jobs 1",
                        help="more arguments for briefing batch (default: --jobs 1, one core a process)")
    parser.add_argument("--input", help="a file of NDJSON records to brief")
    parser.add_argument("--output", help="where to write the results (default: standard output)")
    parser.add_argument("--check", action="store_true", help="build a corpus, run it and check the results")
    parser.add_argument("--records", type=int, default=2000, help="with --check: at least this many records")
    parser.add_argument("--runner", choices=["spark", "parallel"], default="spark",
                        help="with --check: pipe the records through Spark (default) or GNU parallel --pipe")
    return parser.parse_args()


def spark_context(master):
    if master.startswith("local"):
        # Local mode talks to itself over the loopback interface only.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark import SparkConf, SparkContext
    conf = SparkConf().setMaster(master).setAppName("briefing-batch")
    conf.set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
    if master.startswith("local"):
        conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
    context = SparkContext(conf=conf)
    context.setLogLevel("ERROR")
    return context


def brief(context, records, briefing, partitions, batch_arguments):
    """The result lines for `records` (strings), piped partition by partition through briefing batch."""
    command = f"{briefing} batch --ndjson --quiet {batch_arguments}"
    return context.parallelize(records, partitions).pipe(command).collect()


def brief_with_parallel(records, briefing, blocks, batch_arguments):
    """The same contract under GNU parallel: --pipe cuts the records into blocks of whole lines."""
    import subprocess
    per_block = -(-len(records) // blocks)
    command = ["parallel", "--will-cite", "--pipe", "-N", str(per_block), briefing, "batch", "--ndjson", "--quiet"]
    command += batch_arguments.split()
    completed = subprocess.run(command, input="".join(line + "\n" for line in records).encode(), capture_output=True)
    return completed.stdout.decode().splitlines()


# --- the check ------------------------------------------------------------------------------------

def example_articles():
    return sorted(glob.glob(os.path.join(ROOT, "Examples/Articles/*.txt")))


def shared_records():
    """Records for the development corpora beside the repository, when they are there."""
    corpus = os.path.join(os.path.dirname(ROOT), "shared", "corpus")
    if not os.path.isdir(corpus):
        return []
    records = []
    for path in sorted(glob.glob(os.path.join(corpus, "plaintext", "*.txt"))
                       + glob.glob(os.path.join(corpus, "plaintext", "*.md"))
                       + glob.glob(os.path.join(corpus, "entities", "*.txt"))
                       + glob.glob(os.path.join(corpus, "seed", "*.txt"))):
        records.append({"id": "shared/" + os.path.relpath(path, corpus), "path": path})
    for page in sorted(glob.glob(os.path.join(corpus, "html", "**", "*.html.gz"), recursive=True)):
        with gzip.open(page, "rb") as compressed:
            html = compressed.read().decode("utf-8", "replace")
        records.append({"id": "shared/" + os.path.relpath(page, corpus), "html": html})
    return records


def readers_of(briefing):
    """The input formats this build reads (html and markdown arrive with their readers)."""
    import subprocess
    probe = "".join(json.dumps({"id": name, name: "x"}) + "\n" for name in ("html", "markdown"))
    lines = subprocess.run([briefing, "batch", "--ndjson", "--quiet", "--no-analysis"], input=probe.encode(),
                           capture_output=True).stdout.decode().splitlines()
    known = {"plaintext"}
    for line in lines:
        result = json.loads(line)
        if "error" not in result:
            known.add(result["id"])
    return known


def build_corpus(count, briefing):
    """At least `count` good records from the examples (and the shared corpora), and the bad ones."""
    known = readers_of(briefing)
    articles = [(os.path.basename(path), open(path, encoding="utf-8").read()) for path in example_articles()]
    records = [r for r in shared_records()
               if ("html" not in r or "html" in known) and (not r.get("path", "").endswith(".md") or "markdown" in known)]
    index = 0
    while len(records) < count:
        name, text = articles[index % len(articles)]
        if index % 3 == 0:
            # The file itself, by path.
            records.append({"id": f"path-{index}", "path": os.path.join(ROOT, "Examples/Articles", name)})
        else:
            # The text, with a title line of its own so that every briefing differs.
            records.append({"id": f"text-{index}", "text": f"Record {index}: {name}\n\n{text}",
                            "url": f"https://example.com/records/{index}"})
        index += 1
    bad = {
        "not json at all": None,
        json.dumps({"path": "no id"}): None,
        json.dumps({"id": "bad-two-inputs", "path": "a", "text": "b"}): "bad-two-inputs",
        json.dumps({"id": "bad-missing-file", "path": "/no/such/article.txt"}): "bad-missing-file",
        json.dumps({"id": "bad-format", "text": "x", "format": "pdf"}): "bad-format",
    }
    return records, bad


def check(args):
    started = time.time()
    records, bad = build_corpus(args.records, args.briefing)
    lines = [json.dumps(record) for record in records]
    # Spread the bad records through the input, so that they land in different partitions.
    for number, line in enumerate(bad.keys()):
        lines.insert((number + 1) * len(lines) // (len(bad) + 1), line)
    schema_validator = None
    try:
        import jsonschema
        schema = json.load(open(os.path.join(ROOT, "Schemas/briefing.schema.json")))
        schema_validator = jsonschema.Draft202012Validator(schema)
    except ImportError:
        print("jsonschema is not installed: checking the briefings' shape only", file=sys.stderr)

    if args.runner == "spark":
        context = spark_context(args.master)
        spark_started = time.time()
        try:
            output = brief(context, lines, args.briefing, args.partitions, args.batch_arguments)
        finally:
            context.stop()
        where = f"{args.partitions} partitions on Spark {args.master}"
    else:
        spark_started = time.time()
        output = brief_with_parallel(lines, args.briefing, args.partitions, args.batch_arguments)
        where = f"blocks of {-(-len(lines) // args.partitions)} records under GNU parallel --pipe"
    spark_seconds = time.time() - spark_started

    expected_ids = [record["id"] for record in records]
    failures = []
    seen = {}
    null_ids = 0
    for line in output:
        try:
            result = json.loads(line)
        except ValueError as error:
            failures.append(f"a line is not JSON ({error}): {line[:120]}")
            continue
        identifier = result.pop("id", "<missing>")
        if identifier is None:
            null_ids += 1
            if "error" not in result:
                failures.append("a line without an id is not an error")
            continue
        seen[identifier] = seen.get(identifier, 0) + 1
        if "error" in result:
            if identifier not in bad.values():
                failures.append(f"{identifier}: {result['error']}")
        elif schema_validator is not None:
            problems = list(schema_validator.iter_errors(result))
            if problems:
                failures.append(f"{identifier}: not valid against the schema: {problems[0].message}")
        elif "formatVersion" not in result or "sections" not in result:
            failures.append(f"{identifier}: not a briefing")
    wanted = expected_ids + [identifier for identifier in bad.values() if identifier]
    for identifier in wanted:
        if seen.get(identifier, 0) != 1:
            failures.append(f"{identifier} came back {seen.get(identifier, 0)} times")
    extra = set(seen) - set(wanted)
    if extra:
        failures.append(f"ids that were not sent: {sorted(extra)[:5]}")
    expected_null = sum(1 for identifier in bad.values() if identifier is None)
    if null_ids != expected_null:
        failures.append(f"{null_ids} results without an id, expected {expected_null}")
    print(f"{args.runner}: {len(lines)} records ({len(records)} good, {len(bad)} bad) in {where}: "
          f"{len(output)} lines back in {spark_seconds:.1f} s ({len(records) / spark_seconds:.0f} documents/s, "
          f"start-up included; {time.time() - started:.1f} s in all, with building and checking the corpus)")
    if failures:
        for failure in failures[:20]:
            print("FAIL:", failure)
        print(f"0 passed, {len(failures)} failed")
        return 1
    print(f"every id came back exactly once; {len(records)} briefings valid, {len(bad)} bad records reported")
    return 0


def run(args):
    context = spark_context(args.master)
    try:
        records = context.textFile(args.input, args.partitions)
        command = f"{args.briefing} batch --ndjson --quiet {args.batch_arguments}"
        results = records.pipe(command).collect()
    finally:
        context.stop()
    out = open(args.output, "w") if args.output else sys.stdout
    for line in results:
        out.write(line + "\n")
    return 0


def main():
    args = parse_arguments()
    if not os.path.exists(args.briefing):
        found = shutil.which(args.briefing) if os.sep not in args.briefing else None
        if not found:
            sys.exit(f"no briefing executable at {args.briefing}: build it (swift build -c release) or give --briefing")
        args.briefing = found
    if args.check:
        return check(args)
    if not args.input:
        sys.exit("give --input FILE (records, one a line) or --check")
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
