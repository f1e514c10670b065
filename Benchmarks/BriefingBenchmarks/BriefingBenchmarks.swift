import Benchmark
import BriefingAnalysis
import BriefingHTML
import BriefingJSON
import BriefingMarkdown
import BriefingMemo
import BriefingModel
import BriefingPlainText
import BriefingXML
import Foundation

/// Megabytes of input processed per second, computed from each iteration's time and input size
/// (the harness's own throughput counts operations, not bytes).
let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)

// Benchmark names hold no spaces: `benchmark thresholds update` writes files named with spaces
// turned into underscores, and `thresholds check` looks for the name as it is.
let benchmarks: @Sendable () -> Void = {
    // CI runs a short smoke pass (BENCHMARK_SMOKE=1) and gates on allocation counts only, which are
    // deterministic; wall-clock figures are reported, never gated (this machine varies 50–70 %).
    let smoke = ProcessInfo.processInfo.environment["BENCHMARK_SMOKE"] != nil
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident, .throughput, megabytesPerSecond],
        timeUnits: .microseconds,
        warmupIterations: smoke ? 1 : 3,
        maxDuration: smoke ? .milliseconds(300) : .seconds(3),
        maxIterations: smoke ? 5 : 200,
        thresholds: [
            // 2 %: far below what one more allocation per line or block would add (the smallest
            // benchmarks get an absolute tolerance instead: see `fewAllocations`).
            .mallocCountTotal: BenchmarkThresholds(relative: [.p50: 2.0, .p90: 2.0]),
            .wallClock: .none,
            .cpuTotal: .none,
            .throughput: .none,
            .peakMemoryResident: .none,
            megabytesPerSecond: .none,
        ]
    )

    // A benchmark that allocates a few hundred times at most differs by a handful of allocations
    // from run to run (the harness's own bookkeeping), more than 2 % of its count: it gets an
    // absolute tolerance instead, still far below one allocation per line or block.
    var fewAllocationThresholds = Benchmark.defaultConfiguration.thresholds ?? [:]
    fewAllocationThresholds[.mallocCountTotal] = BenchmarkThresholds(absolute: [.p50: 32, .p90: 32])
    let fewAllocations = Benchmark.Configuration(thresholds: fewAllocationThresholds)
    let fewAllocationInputs: Set = [
        "example-article", "JSONExporter", "long-line-1x", "long-line-2x", "long-word-1x", "long-word-2x",
        "indentation-1x", "indentation-2x", "quote-markers-1x", "quote-markers-2x", "bullets-1x", "bullets-2x",
    ]
    func configuration(_ input: String) -> Benchmark.Configuration {
        fewAllocationInputs.contains(input) ? fewAllocations : Benchmark.defaultConfiguration
    }

    /// Runs `work` once per iteration on an input of `size` bytes and records MB/s.
    func measure(_ benchmark: Benchmark, bytes size: Int, _ work: () throws -> Void) rethrows {
        let clock = ContinuousClock()
        let start = clock.now
        for _ in benchmark.scaledIterations {
            try work()
        }
        let seconds = (clock.now - start) / .seconds(1)
        let iterations = Double(benchmark.scaledIterations.count)
        if seconds > 0 {
            benchmark.measurement(megabytesPerSecond, Int(Double(size) * iterations / seconds / 1_000_000))
        }
    }

    // MARK: Reading: the parsing hot path

    for (name, input) in [
        ("example-article", Inputs.example), ("1MB", Inputs.megabyte), ("2MB", Inputs.twoMegabytes),
    ] {
        Benchmark("Reader-\(name)", configuration: configuration(name)) { benchmark in
            let reader = PlainTextReader()
            benchmark.startMeasurement()
            try measure(benchmark, bytes: input.count) {
                blackHole(try reader.read(input))
            }
        }
    }

    // MARK: Reading web pages

    for (name, input) in [("example-page", HTMLInputs.example), ("1MB", HTMLInputs.megabyte)] {
        Benchmark("HTMLReader-\(name)") { benchmark in
            let reader = HTMLReader()
            benchmark.startMeasurement()
            try measure(benchmark, bytes: input.count) {
                blackHole(try reader.read(input))
            }
        }
    }
    // The 96 development pages, one pass per iteration (pages/s = 96 × iterations/s); only when
    // the shared corpus is beside the repository.
    let pages = HTMLInputs.developmentPages
    if !pages.isEmpty {
        let size = pages.reduce(0) { $0 + $1.count }
        Benchmark("HTMLReader-development-pages", configuration: .init(scalingFactor: .one)) { benchmark in
            let reader = HTMLReader()
            benchmark.startMeasurement()
            try measure(benchmark, bytes: size) {
                for page in pages { blackHole(try reader.read(page)) }
            }
        }
    }

    // MARK: Reading Markdown

    // The Markdown reader (cmark, then the model) on the same articles written as Markdown.
    for (name, input) in [("1MB", Inputs.markdownMegabyte), ("2MB", Inputs.markdownTwoMegabytes)] {
        Benchmark("MarkdownReader-\(name)", configuration: configuration(name)) { benchmark in
            let reader = MarkdownReader()
            benchmark.startMeasurement()
            try measure(benchmark, bytes: input.count) {
                blackHole(try reader.read(input))
            }
        }
    }

    // MARK: Exporters, on a parsed and analysed 1 MB briefing

    let analysed: Briefing = {
        var briefing = Inputs.read(Inputs.megabyte)
        try? AnalysisPipeline.standard().analyse(&briefing)
        return briefing
    }()
    let exporters: [(String, any BriefingExporter)] = [
        ("JSONExporter", JSONExporter()), ("XMLExporter", XMLExporter()), ("MemoExporter", MemoExporter()),
        ("PlainTextExporter", PlainTextExporter()),
    ]
    for (name, exporter) in exporters {
        Benchmark("Export-\(name)-1MB", configuration: configuration(name)) { benchmark in
            try measure(benchmark, bytes: Inputs.megabyte.count) {
                blackHole(try exporter.export(analysed))
            }
        }
    }
    // Foundation's JSONEncoder on the same model, through the Codable conformance: the yardstick
    // the streaming JSONExporter is measured against.
    Benchmark("Export-JSONEncoder-Codable-1MB") { benchmark in
        let encoder = JSONEncoder()
        try measure(benchmark, bytes: Inputs.megabyte.count) {
            blackHole(try encoder.encode(analysed))
        }
    }

    // MARK: Analysis

    for (name, input) in [("1MB", Inputs.megabyte), ("2MB", Inputs.twoMegabytes)] {
        let briefing = Inputs.read(input)
        Benchmark("Analysis-pipeline-\(name)") { benchmark in
            let pipeline = AnalysisPipeline.standard()
            try measure(benchmark, bytes: input.count) {
                var copy = briefing
                try pipeline.analyse(&copy)
                blackHole(copy)
            }
        }
    }

    // MARK: The whole path

    Benchmark("Text-to-JSON-no-analysis-1MB") { benchmark in
        let reader = PlainTextReader()
        let exporter = JSONExporter(style: .compact)
        try measure(benchmark, bytes: Inputs.megabyte.count) {
            blackHole(try exporter.export(try reader.read(Inputs.megabyte)))
        }
    }
    Benchmark("Text-to-JSON-with-analysis-1MB") { benchmark in
        let reader = PlainTextReader()
        let pipeline = AnalysisPipeline.standard()
        let exporter = JSONExporter(style: .compact)
        try measure(benchmark, bytes: Inputs.megabyte.count) {
            var briefing = try reader.read(Inputs.megabyte)
            try pipeline.analyse(&briefing)
            blackHole(try exporter.export(briefing))
        }
    }

    // MARK: Hostile input, at two sizes: allocations must grow linearly

    for input in HostileInputs.all {
        Benchmark("Hostile-\(input.name)", configuration: configuration(input.name)) { benchmark in
            let reader = PlainTextReader()
            let pipeline = AnalysisPipeline.standard()
            let exporter = JSONExporter(style: .compact)
            try measure(benchmark, bytes: input.bytes.count) {
                var briefing = try reader.read(input.bytes)
                try pipeline.analyse(&briefing)
                blackHole(try exporter.export(briefing))
            }
        }
    }

    // MARK: The batch library

    batchBenchmarks(analysed: analysed)
}
