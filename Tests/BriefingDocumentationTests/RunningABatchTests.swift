import BriefingAnalysis
import BriefingBatch
import BriefingModel
import BriefingPlainText
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The code of BriefingBatch's landing page and of "Running a Batch", compiled and run.
@Suite("Running a Batch")
struct RunningABatchTests {
    @Test func landingPage() async throws {
        let documents = [BatchDocument(id: "b", text: "Title\n\nA paragraph.\n")]
        var configuration = BatchConfiguration(
            processor: DocumentProcessor(readers: ReaderRegistry([PlainTextReader()]), analysis: .standard()))
        configuration.order = .input
        let batch = try BatchProcessor(configuration)
        for try await result in batch.results(for: documents) {
            print(result.id ?? "?", result.briefing?.title ?? result.error!.message)
        }
        let titles = try await batch.results(for: documents).reduce(into: []) { $0.append($1.briefing?.title) }
        #expect(titles == ["Title"])
    }

    @Test func documentsConfigurationAndResults() async throws {
        let documents = [
            BatchDocument(id: "a", path: "Articles/a.txt"),
            BatchDocument(id: "b", text: "Title\n\nA paragraph.\n"),
            BatchDocument(id: "c", text: "# Title\n\nText.\n", format: "plaintext", url: "https://example.com/c"),
        ]

        var configuration = BatchConfiguration(
            processor: DocumentProcessor(readers: ReaderRegistry([PlainTextReader()]), analysis: .standard()))
        configuration.concurrency = 2
        configuration.window = 8
        configuration.order = .completion
        configuration.timeLimit = 30
        configuration.maximumInputSize = 16 << 20
        let batch = try BatchProcessor(configuration)

        var seen: [String: String] = [:]
        for try await result in batch.results(for: documents) {
            switch result.outcome {
            case .success(.briefing(let briefing)): print(result.id!, briefing.title ?? "untitled")
            case .success(let product): print(result.id!, product)
            case .failure(let error): print(result.id ?? "?", error.code, error.message)
            }
        }
        for try await result in batch.results(for: documents) {
            seen[result.id!] = result.succeeded ? result.briefing?.metadata.url ?? "" : result.error!.code.rawValue
        }
        #expect(seen == ["a": "file-not-found", "b": "", "c": "https://example.com/c"])
    }

    @Test func ndjson() async throws {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        let records = #"{"id":"x","text":"Title\n\nText."}"# + "\n" + "not a record\n"
        #expect(write(descriptors[1], records, records.utf8.count) == records.utf8.count)
        close(descriptors[1])
        let standardInput = descriptors[0]
        defer { close(standardInput) }
        var configuration = BatchConfiguration(
            processor: DocumentProcessor(readers: ReaderRegistry([PlainTextReader()]), analysis: .standard()))
        configuration.order = .input

        configuration.output = .ndjson
        let lines = try BatchProcessor(configuration).results(for: NDJSONDocuments(fileDescriptor: standardInput))
        for try await result in lines {
            print(String(decoding: result.ndjsonLine!, as: UTF8.self), terminator: "")
        }
        var printed: [String] = []
        for try await result in try BatchProcessor(configuration).results(for: [BatchDocument(id: "x", text: "T\n\nx")])
        {
            printed.append(String(decoding: result.ndjsonLine!, as: UTF8.self))
        }
        #expect(
            printed.count == 1 && printed[0].hasPrefix(#"{"id":"x","formatVersion":"#) && printed[0].hasSuffix("}\n"))
    }
}
