import BriefingBatch
import BriefingModel
import BriefingPlainText
import BriefingTestSupport
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Documents, processors and probes shared by the batch tests.
enum BatchFixtures {
    /// The example articles, each as bytes, sorted by name.
    static let articles: [(name: String, bytes: [UInt8])] = Examples.all.map {
        ($0.deletingPathExtension().lastPathComponent, try! Examples.bytes($0))
    }

    /// `count` documents made of the example articles, with ids `doc-0`… and differing titles.
    static func documents(
        _ count: Int, titled title: (Int) -> String = { "Document \($0) of the batch" }
    )
        -> [BatchDocument]
    {
        (0..<count).map { index in
            let article = articles[index % articles.count]
            var bytes = Array("\(title(index))\n\n".utf8)
            bytes += article.bytes
            return BatchDocument(id: "doc-\(index)", bytes: bytes)
        }
    }

    static func processor(_ analysers: [any BriefingAnalyser] = []) -> DocumentProcessor {
        DocumentProcessor(readers: ReaderRegistry([PlainTextReader()]), analysis: AnalysisPipeline(analysers))
    }

    static func configuration(
        _ analysers: [any BriefingAnalyser] = [], concurrency: Int = 2, order: BatchOrder = .completion
    ) -> BatchConfiguration {
        var configuration = BatchConfiguration(processor: processor(analysers))
        configuration.concurrency = concurrency
        configuration.order = order
        return configuration
    }

    /// Every result of a batch, in the order handed over.
    static func collect<Results: AsyncSequence>(_ results: Results) async throws -> [BatchResult]
    where Results.Element == BatchResult {
        var collected: [BatchResult] = []
        for try await result in results { collected.append(result) }
        return collected
    }

    /// A new temporary folder.
    static func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "briefing-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// A count shared between threads, with the highest it reached.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    private var highest = 0

    @discardableResult
    func increment() -> Int {
        lock.withLock {
            value += 1
            highest = max(highest, value)
            return value
        }
    }

    func decrement() { lock.withLock { value -= 1 } }
    var current: Int { lock.withLock { value } }
    var maximum: Int { lock.withLock { highest } }
}

/// Records how many documents it analyses at once.
struct ConcurrencyProbe: BriefingAnalyser {
    let counter: Counter
    var name: String { "probe" }

    func analyse(_ briefing: inout Briefing, sharing cache: inout AnalysisCache) throws(BriefingError) {
        counter.increment()
        usleep(20_000)
        counter.decrement()
    }
}

/// Works (sleeps) for a while when the title contains `slow`, as a runaway analyser would.
struct SlowAnalyser: BriefingAnalyser {
    var seconds: Double
    /// Counts the slow documents whose work is over.
    var finished = Counter()
    var name: String { "slow" }

    func analyse(_ briefing: inout Briefing, sharing cache: inout AnalysisCache) throws(BriefingError) {
        guard briefing.title?.contains("slow") == true else { return }
        usleep(UInt32(seconds * 1_000_000))
        finished.increment()
    }
}

/// Holds the documents whose title contains `held` until it is opened (or a minute has passed),
/// as a runaway analyser would; counts those it let go.
final class Gate: @unchecked Sendable {
    private let condition = NSCondition()
    private var open = false
    let finished = Counter()

    func release() {
        condition.lock()
        open = true
        condition.broadcast()
        condition.unlock()
    }

    func wait() {
        condition.lock()
        let deadline = Date().addingTimeInterval(60)
        while !open && condition.wait(until: deadline) {}
        condition.unlock()
        finished.increment()
    }
}

/// Waits at a ``Gate`` when the title contains `held`.
struct GatedAnalyser: BriefingAnalyser {
    let gate: Gate
    var name: String { "gated" }

    func analyse(_ briefing: inout Briefing, sharing cache: inout AnalysisCache) throws(BriefingError) {
        if briefing.title?.contains("held") == true { gate.wait() }
    }
}

/// Counts the documents that reach it (placed after a slow analyser).
struct ReachedAnalyser: BriefingAnalyser {
    let counter: Counter
    var name: String { "reached" }

    func analyse(_ briefing: inout Briefing, sharing cache: inout AnalysisCache) throws(BriefingError) {
        counter.increment()
    }
}

/// A reader of a format of its own (`shout`, files `.shout`, content starting `SHOUT:`) that
/// reads plain text and makes the title upper case.
struct ShoutReader: BriefingReader {
    var formatName: String { "shout" }
    var fileExtensions: [String] { ["shout"] }

    func read(_ bytes: RawSpan) throws(BriefingError) -> Briefing {
        var briefing = try PlainTextReader().read(bytes)
        briefing.title = briefing.title?.uppercased()
        return briefing
    }

    func recognises(_ prefix: RawSpan) -> Bool {
        prefix.withUnsafeBytes { $0.starts(with: Array("SHOUT:".utf8)) }
    }
}

/// An input that counts the documents taken from it.
struct CountingDocuments: AsyncSequence, Sendable {
    typealias Element = BatchDocument
    let documents: [BatchDocument]
    let taken: Counter

    func makeAsyncIterator() -> Iterator { Iterator(documents: documents, taken: taken) }

    struct Iterator: AsyncIteratorProtocol {
        let documents: [BatchDocument]
        let taken: Counter
        var index = 0

        mutating func next() async -> BatchDocument? {
            guard index < documents.count else { return nil }
            defer { index += 1 }
            taken.increment()
            return documents[index]
        }
    }
}

/// An input that throws after its documents.
struct FailingDocuments: AsyncSequence, Sendable {
    typealias Element = BatchDocument
    struct InputFailure: Error {}
    let documents: [BatchDocument]

    func makeAsyncIterator() -> Iterator { Iterator(documents: documents) }

    struct Iterator: AsyncIteratorProtocol {
        let documents: [BatchDocument]
        var index = 0

        mutating func next() async throws -> BatchDocument? {
            guard index < documents.count else { throw InputFailure() }
            defer { index += 1 }
            return documents[index]
        }
    }
}
