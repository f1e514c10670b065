public import BriefingModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How a batch runs: what each document goes through, how many at once, in which order, and
/// within which limits.
///
/// ```swift
/// var configuration = BatchConfiguration(
///     processor: DocumentProcessor(readers: ReaderRegistry([PlainTextReader()]), analysis: .standard()))
/// configuration.output = .ndjson
/// configuration.order = .input
/// configuration.timeLimit = 30
/// ```
public struct BatchConfiguration: Sendable {
    /// The readers and the analysis each document goes through.
    public var processor: DocumentProcessor
    /// What each result carries: the briefing, its export, or its NDJSON line.
    public var output: BatchOutput
    /// How many documents are worked on at once (at least one); by default the number of cores.
    public var concurrency: Int
    /// How many documents may be in memory at once — taken from the input and not yet handed to
    /// the consumer of the results — at least ``concurrency``; by default four times it. When the
    /// window is full the batch stops taking documents from its input until the consumer takes a
    /// result: memory stays bounded however long the input.
    public var window: Int?
    /// The order results are handed over in.
    public var order: BatchOrder
    /// The longest a document's work may take, in seconds, from when it starts (`nil`: no limit).
    ///
    /// Readers and analysers are synchronous. A document still working at its limit is reported
    /// at once as failed with `timed-out`, and its work is abandoned at its next
    /// checkpoint: after reading and between analysers. Until then it keeps its thread, and the
    /// batch starts another so that the other documents go on at full concurrency.
    public var timeLimit: Double?
    /// The largest document accepted, in bytes (a file, or bytes given in memory).
    public var maximumInputSize: Int
    /// The folder that files must be inside (symbolic links and `..` resolved), or `nil` for none.
    public var confinedTo: String?

    /// The default for ``maximumInputSize``: 64 MiB.
    public static let defaultMaximumInputSize = 64 << 20

    /// Creates a configuration: briefings as results, as finished, no time limit, as many
    /// documents at once as there are cores.
    public init(processor: DocumentProcessor) {
        self.processor = processor
        output = .briefing
        concurrency = Self.processorCount
        window = nil
        order = .completion
        timeLimit = nil
        maximumInputSize = Self.defaultMaximumInputSize
        confinedTo = nil
    }

    /// The number of cores online.
    public static var processorCount: Int {
        max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }

    /// The window in effect: ``window``, or four times ``concurrency``, and never below it.
    var effectiveWindow: Int {
        max(max(1, concurrency), window ?? 4 * max(1, concurrency))
    }
}

/// What each result of a batch carries.
public enum BatchOutput: Sendable {
    /// The `Briefing` value.
    case briefing
    /// The bytes an exporter made of the briefing (made on the batch's threads).
    case export(any BriefingExporter)
    /// The document's line of NDJSON: see ``NDJSONLine``. Failures have their line too.
    case ndjson
}

/// The order in which a batch hands over its results.
public enum BatchOrder: Sendable, Hashable {
    /// The order of the input: a result waits for those before it (within the window).
    case input
    /// As each document is finished: the fastest way through.
    case completion
}
