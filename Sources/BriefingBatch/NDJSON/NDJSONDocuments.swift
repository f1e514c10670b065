import BriefingModel

/// The documents of NDJSON input — one record a line — read from a file descriptor (standard
/// input, say), as an asynchronous sequence for `BatchProcessor.results(for:)`.
///
/// Each line becomes a ``BatchDocument`` as ``BatchDocument/init(ndjsonLine:lineNumber:)`` reads
/// it; a line that is not a valid record becomes a failed record in its place, so that no line is
/// lost. Reading blocks, so it runs on a thread of its own, one line when the batch asks for the
/// next document: the input is read no faster than the batch works.
///
/// ```swift
/// let results = batch.results(for: NDJSONDocuments(fileDescriptor: 0))   // standard input
/// ```
public struct NDJSONDocuments: AsyncSequence, Sendable {
    /// Documents, one a line.
    public typealias Element = BatchDocument

    /// The descriptor read.
    public let fileDescriptor: Int32
    /// The longest line held whole, in bytes; a longer line fails with
    /// `input-too-large`.
    public let maximumLineLength: Int

    /// Reads records from `fileDescriptor`, each line at most `maximumLineLength` bytes (by
    /// default the default document limit plus 64 KiB for the record's other members).
    public init(
        fileDescriptor: Int32,
        maximumLineLength: Int = BatchConfiguration.defaultMaximumInputSize + (1 << 16)
    ) {
        self.fileDescriptor = fileDescriptor
        self.maximumLineLength = maximumLineLength
    }

    /// An iterator that reads from the descriptor.
    public func makeAsyncIterator() -> Iterator {
        Iterator(source: LineSource(descriptor: fileDescriptor, limit: maximumLineLength))
    }

    /// Reads the next record when asked.
    public struct Iterator: AsyncIteratorProtocol {
        let source: LineSource

        /// The next document, or `nil` at the end of the input.
        ///
        /// - Throws: ``FileError`` when the descriptor cannot be read.
        public mutating func next() async throws -> BatchDocument? {
            try await source.next()
        }
    }

    /// A line reader and the thread it reads on.
    ///
    /// Each trip to the thread reads one record (waiting for input if need be) and takes up to
    /// ``readAhead`` more whose lines are already in the reader's buffer, without waiting: fewer
    /// trips between threads, and never more read from the input than one buffer (256 KiB).
    final class LineSource: @unchecked Sendable {
        /// The most records taken in one trip to the thread.
        static let readAhead = 16

        private let thread = WorkerPool(size: 1)
        private let reader: NDJSONLineReader
        // Touched only by the one task that iterates (never at the same time as the thread).
        private var ready: [BatchDocument] = []
        private var nextReady = 0

        init(descriptor: Int32, limit: Int) {
            reader = NDJSONLineReader(descriptor: descriptor, limit: limit)
        }

        deinit {
            thread.close(droppingQueued: true)
        }

        /// The next record: one read ahead, or from the thread.
        func next() async throws -> BatchDocument? {
            if nextReady < ready.count {
                defer { nextReady += 1 }
                return ready[nextReady]
            }
            let (first, more) = try await withCheckedThrowingContinuation {
                (continuation: CheckedContinuation<(BatchDocument?, [BatchDocument]), any Error>) in
                thread.submit { [reader] in
                    do {
                        let first = try reader.next()
                        continuation.resume(
                            returning: (first, first == nil ? [] : reader.buffered(upTo: Self.readAhead)))
                    } catch {
                        continuation.resume(throwing: error)
                    }
                }
            }
            ready = more
            nextReady = 0
            return first
        }
    }
}
