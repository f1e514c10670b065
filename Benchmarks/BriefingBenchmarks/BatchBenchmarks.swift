import Benchmark
import BriefingAnalysis
import BriefingBatch
import BriefingModel
import BriefingPlainText

/// The batch library: NDJSON records read, NDJSON lines written, and documents through a batch.
///
/// A batch's allocations depend a little on timing (whether the consumer finds a result ready or
/// waits for it, how many results wait to be put in order), so its runs get a wider tolerance than
/// the single-threaded benchmarks: `batchTolerance` (runs here differed by under 1 %).
func batchBenchmarks(analysed: Briefing) {
    var batchThresholds = Benchmark.defaultConfiguration.thresholds ?? [:]
    batchThresholds[.mallocCountTotal] = BenchmarkThresholds(relative: [.p50: 5.0, .p90: 5.0])
    let batchTolerance = Benchmark.Configuration(thresholds: batchThresholds)
    // A line allocates a few dozen times: an absolute tolerance, as for the other small counts.
    var fewThresholds = Benchmark.defaultConfiguration.thresholds ?? [:]
    fewThresholds[.mallocCountTotal] = BenchmarkThresholds(absolute: [.p50: 32, .p90: 32])
    let fewAllocations = Benchmark.Configuration(thresholds: fewThresholds)

    // 1 000 records of the example article's text, each a JSON line with escapes to undo.
    let text = String(decoding: Inputs.example, as: UTF8.self)
    let records: [[UInt8]] = (0..<1_000).map { index in
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return Array(#"{"id":"record-\#(index)","text":"\#(escaped)","url":"https://example.com/\#(index)"}"#.utf8)
    }
    Benchmark("Batch-NDJSON-records-1000") { benchmark in
        for _ in benchmark.scaledIterations {
            for record in records {
                blackHole(record.withUnsafeBytes { BatchDocument(ndjsonLine: $0, lineNumber: 1) })
            }
        }
    }

    Benchmark("Batch-NDJSON-line-1MB", configuration: fewAllocations) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(NDJSONLine.success(id: "document-1", briefing: analysed))
        }
    }

    let documents = (0..<200).map { BatchDocument(id: "document-\($0)", bytes: Inputs.example) }
    for (name, analysis) in [("no-analysis", AnalysisPipeline()), ("with-analysis", AnalysisPipeline.standard())] {
        Benchmark("Batch-200-documents-\(name)", configuration: batchTolerance) { benchmark in
            var configuration = BatchConfiguration(
                processor: DocumentProcessor(readers: ReaderRegistry([PlainTextReader()]), analysis: analysis))
            configuration.output = .ndjson
            configuration.concurrency = 2
            configuration.order = .input
            let batch = try BatchProcessor(configuration)
            for _ in benchmark.scaledIterations {
                for try await result in batch.results(for: documents) {
                    blackHole(result)
                }
            }
        }
    }
}
