import BriefingAnalysis
import BriefingBatch
import BriefingJSON
import BriefingModel
import BriefingPlainText
import BriefingTestSupport
import Foundation
import Testing

@Suite("BatchProcessor")
struct BatchProcessorTests {
    @Test(arguments: [BatchOrder.input, .completion])
    func everyDocumentHasExactlyOneResult(order: BatchOrder) async throws {
        var documents = BatchFixtures.documents(60)
        documents.insert(BatchDocument(id: "missing", path: "/no/such/file.txt"), at: 7)
        documents.insert(BatchDocument(failedRecord: nil, error: BriefingError(.invalidRecord, "line 9: bad")), at: 20)
        documents.insert(BatchDocument(id: "unknown", text: "x", format: "pdf"), at: 33)
        let batch = try BatchProcessor(BatchFixtures.configuration(order: order))
        let results = try await BatchFixtures.collect(batch.results(for: documents))
        #expect(results.count == documents.count)
        #expect(Set(results.map(\.index)) == Set(0..<documents.count))
        for result in results {
            #expect(result.id == documents[result.index].id)
        }
        let failures = Dictionary(
            uniqueKeysWithValues: results.filter { !$0.succeeded }.map { ($0.index, $0.error!.code) })
        #expect(failures == [7: .fileNotFound, 20: .invalidRecord, 33: .unknownFormat])
        if order == .input {
            #expect(results.map(\.index) == Array(0..<documents.count))
        }
    }

    @Test func inputOrderHoldsBackResultsFinishedEarly() async throws {
        // The first document is slow, the others fast: as finished, the first comes last; in input order, first.
        let documents = BatchFixtures.documents(8) { $0 == 0 ? "A slow one" : "Document \($0)" }
        let analysers: [any BriefingAnalyser] = [SlowAnalyser(seconds: 1)]
        let ordered = try await BatchFixtures.collect(
            try BatchProcessor(BatchFixtures.configuration(analysers, order: .input)).results(for: documents))
        #expect(ordered.map(\.index) == Array(0..<8))
        let finished = try await BatchFixtures.collect(
            try BatchProcessor(BatchFixtures.configuration(analysers, order: .completion)).results(for: documents))
        #expect(finished.map(\.index).last == 0)
        #expect(Set(finished.map(\.index)) == Set(0..<8))
    }

    @Test func noMoreDocumentsAtOnceThanTheConcurrency() async throws {
        for concurrency in [1, 3] {
            let counter = Counter()
            let batch = try BatchProcessor(
                BatchFixtures.configuration([ConcurrencyProbe(counter: counter)], concurrency: concurrency))
            let results = try await BatchFixtures.collect(batch.results(for: BatchFixtures.documents(24)))
            #expect(results.allSatisfy { $0.succeeded })
            #expect(counter.maximum <= concurrency)
            #expect(counter.maximum == concurrency, "24 documents of 20 ms keep every worker busy")
        }
    }

    @Test func theInputIsTakenNoFasterThanTheConsumerTakesResults() async throws {
        // A consumer that never asks: the batch takes only a window of documents from its input.
        let taken = Counter()
        var configuration = BatchFixtures.configuration(concurrency: 2)
        configuration.window = 5
        let batch = try BatchProcessor(configuration)
        let documents = CountingDocuments(documents: BatchFixtures.documents(200), taken: taken)
        var iterator = batch.results(for: documents).makeAsyncIterator()
        let first = try await iterator.next()
        #expect(first != nil)
        try await Task.sleep(nanoseconds: 300_000_000)
        #expect(taken.current <= 6, "the window (5) and the one result taken")
        var count = 1
        while try await iterator.next() != nil {
            count += 1
            #expect(taken.current <= count + 5)
        }
        #expect(count == 200)
    }

    @Test func aDocumentOverTheTimeLimitIsReportedAtTheLimitAndAbandoned() async throws {
        // One worker; the second document is held by its analyser until the test lets it go. Every
        // result arriving while it is still held shows that it was reported without waiting for it,
        // and that the documents after it were worked on (by a thread started in its place). No
        // wall-clock bound: other tests may hold the cooperative threads for a while.
        let reached = Counter()
        let gate = Gate()
        var configuration = BatchFixtures.configuration(
            [GatedAnalyser(gate: gate), ReachedAnalyser(counter: reached)], concurrency: 1)
        configuration.timeLimit = 0.3
        let documents = BatchFixtures.documents(4) { $0 == 1 ? "A held one" : "Document \($0)" }
        let start = Date()
        let results = try await BatchFixtures.collect(try BatchProcessor(configuration).results(for: documents))
        #expect(Date().timeIntervalSince(start) >= 0.3)
        #expect(gate.finished.current == 0, "every result came while the held document still worked")
        #expect(results.count == 4)
        let timedOut = try #require(results.first { $0.index == 1 })
        #expect(timedOut.error?.code == .timedOut)
        #expect(timedOut.error?.message.contains("0.3 s") == true)
        #expect(results.filter(\.succeeded).count == 3)
        gate.release()
        for _ in 0..<100 where gate.finished.current == 0 {
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        try await Task.sleep(nanoseconds: 100_000_000)
        #expect(gate.finished.current == 1)
        #expect(reached.current == 3, "the held document stopped at its next checkpoint")
    }

    @Test func cancellingTheTaskStopsTheBatch() async throws {
        let reached = Counter()
        let configuration = BatchFixtures.configuration(
            [SlowAnalyser(seconds: 1), ReachedAnalyser(counter: reached)], concurrency: 2)
        let batch = try BatchProcessor(configuration)
        let documents = BatchFixtures.documents(50) { "A slow one, \($0)" }
        let task = Task { try await BatchFixtures.collect(batch.results(for: documents)) }
        try await Task.sleep(nanoseconds: 200_000_000)
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        try await Task.sleep(nanoseconds: 1_500_000_000)
        #expect(reached.current == 0, "the documents running stopped at their checkpoint; none other started")
    }

    @Test func anInputThatThrowsEndsTheResultsAfterItsDocuments() async throws {
        let batch = try BatchProcessor(BatchFixtures.configuration(order: .input))
        var received: [Int] = []
        await #expect(throws: FailingDocuments.InputFailure.self) {
            for try await result in batch.results(for: FailingDocuments(documents: BatchFixtures.documents(5))) {
                received.append(result.index)
            }
        }
        #expect(received == [0, 1, 2, 3, 4])
    }

    @Test func readersAreChosenPerDocument() async throws {
        let folder = try BatchFixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let loud = folder.appendingPathComponent("loud.shout")
        try Data("Loud Title\n\nText.\n".utf8).write(to: loud)
        let plain = folder.appendingPathComponent("plain.txt")
        try Data("Plain Title\n\nText.\n".utf8).write(to: plain)
        var configuration = BatchConfiguration(
            processor: DocumentProcessor(readers: ReaderRegistry([PlainTextReader(), ShoutReader()])))
        configuration.order = .input
        let documents = [
            BatchDocument(id: "by extension", path: loud.path),
            BatchDocument(id: "plain", path: plain.path),
            BatchDocument(id: "by content", text: "SHOUT: Quiet Title\n\nText.\n"),
            BatchDocument(id: "by name", text: "Named Title\n\nText.\n", format: "shout"),
            BatchDocument(id: "fallback", text: "Fallback Title\n\nText.\n"),
        ]
        let titles = try await BatchFixtures.collect(try BatchProcessor(configuration).results(for: documents))
            .map { $0.briefing?.title }
        #expect(titles == ["LOUD TITLE", "Plain Title", "SHOUT: QUIET TITLE", "NAMED TITLE", "Fallback Title"])
    }

    @Test func theOutputIsABriefingAnExportOrAnNDJSONLine() async throws {
        let document = BatchFixtures.documents(1)
        var configuration = BatchFixtures.configuration([], concurrency: 1)
        let briefing = try await BatchFixtures.collect(try BatchProcessor(configuration).results(for: document))[0]
        #expect(briefing.briefing?.title == "Document 0 of the batch")
        configuration.output = .export(JSONExporter(style: .pretty))
        let exported = try await BatchFixtures.collect(try BatchProcessor(configuration).results(for: document))[0]
        #expect(exported.exported?.bytes == JSONExporter(style: .pretty).encode(briefing.briefing!))
        configuration.output = .ndjson
        let line = try await BatchFixtures.collect(try BatchProcessor(configuration).results(for: document))[0]
        #expect(line.ndjsonLine == briefing.ndjsonLine)
        #expect(exported.ndjsonLine == nil)
    }

    @Test func aRecordsAddressBecomesTheBriefingsURLWhenItHasNone() {
        let batch = try! BatchProcessor(BatchFixtures.configuration())
        let result = batch.process(BatchDocument(id: "a", text: "Title\n\nText.\n", url: "https://example.com/a"))
        #expect(result.briefing?.metadata.url == "https://example.com/a")
    }

    @Test func documentsOverTheSizeLimitFail() {
        var configuration = BatchFixtures.configuration()
        configuration.maximumInputSize = 100
        let batch = try! BatchProcessor(configuration)
        let result = batch.process(BatchDocument(id: "big", bytes: [UInt8](repeating: 0x41, count: 101)))
        #expect(result.error?.code == .inputTooLarge)
        let file = batch.process(BatchDocument(id: "file", path: Examples.seedShaped.path))
        #expect(file.error?.code == .inputTooLarge)
    }

    @Test func filesOutsideTheConfiningFolderAreRefused() throws {
        var configuration = BatchFixtures.configuration()
        configuration.confinedTo = Examples.folder.path
        let batch = try BatchProcessor(configuration)
        #expect(batch.process(BatchDocument(id: "in", path: Examples.seedShaped.path)).succeeded)
        let outside = batch.process(BatchDocument(id: "out", path: "/etc/hostname"))
        #expect(outside.error?.code == .unreadable)
        #expect(outside.error?.message.contains("is outside") == true)
        configuration.confinedTo = "/no/such/folder"
        #expect(throws: FileError.self) { try BatchProcessor(configuration) }
    }
}
