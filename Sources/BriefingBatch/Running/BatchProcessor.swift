import BriefingModel

/// Briefs many documents at once: bounded concurrency, bounded memory, results as they come.
///
/// ```swift
/// let batch = try BatchProcessor(configuration)
/// for try await result in batch.results(for: documents) {
///     switch result.outcome {
///     case .success(.briefing(let briefing)): print(result.id!, briefing.title ?? "untitled")
///     case .failure(let error): print(result.id ?? "?", error.code, error.message)
///     default: break
///     }
/// }
/// ```
///
/// Each document is read with the reader its format calls for, analysed and, if asked, exported,
/// on threads of the batch's own — at most ``BatchConfiguration/concurrency`` at once. At most
/// ``BatchConfiguration/window`` documents are in memory at a time: the batch takes the next
/// document from its input only when the consumer has taken a result, so a slow consumer slows
/// the input down instead of filling memory. Every document of the input has exactly one result:
/// a product, or a `BriefingError` with a code and a message (a file that is missing, a record
/// that is not JSON, a document that took too long). Stopping the iteration, or cancelling the
/// task that iterates, stops the batch: documents not started are never started, and those
/// running stop at their next checkpoint.
public struct BatchProcessor: Sendable {
    /// How the batch runs.
    public let configuration: BatchConfiguration
    let policy: PathPolicy

    /// Creates a batch processor.
    ///
    /// - Throws: ``FileError`` when ``BatchConfiguration/confinedTo`` is not an existing folder.
    public init(_ configuration: BatchConfiguration) throws(FileError) {
        self.configuration = configuration
        policy = try PathPolicy(root: configuration.confinedTo)
    }

    /// The results for the documents of `documents`, as an asynchronous sequence.
    ///
    /// Nothing starts until the sequence is iterated; each iteration runs the batch anew. The
    /// sequence throws only what `documents` throws, after the results of the documents before;
    /// it throws `CancellationError` when the iterating task is cancelled.
    public func results<Documents: AsyncSequence & Sendable>(
        for documents: Documents
    ) -> BatchResults<Documents> where Documents.Element == BatchDocument {
        BatchResults(processor: self, documents: documents)
    }

    /// The results for the documents of a sequence (an array, or a sequence of your own that
    /// makes them as they are needed), as an asynchronous sequence.
    public func results<Documents: Sequence & Sendable>(
        for documents: Documents
    ) -> BatchResults<DocumentSequence<Documents>> where Documents.Element == BatchDocument {
        BatchResults(processor: self, documents: DocumentSequence(documents))
    }

    /// Reads, analyses and exports one document on the calling thread, as each of the batch's
    /// threads does (without a time limit).
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - index: The document's place in its input, given back in the result.
    public func process(_ document: BatchDocument, index: Int = 0) -> BatchResult {
        process(document, index: index, stop: nil)
    }

    func process(_ document: BatchDocument, index: Int, stop: StopFlag?) -> BatchResult {
        var result = BatchResult(
            id: document.id, index: index, path: document.path,
            outcome: .failure(BriefingError(.cancelled, "not processed")))
        let checkpoint = { () throws(BriefingError) in
            if let reason = stop?.raised { throw reason.error(limit: configuration.timeLimit) }
        }
        do throws(BriefingError) {
            let bytes: [UInt8]
            switch document.content {
            case .failure(let error):
                throw error
            case .file(let path):
                do throws(FileError) {
                    try policy.checkInput(path)
                    bytes = try InputFile.read(path, limit: configuration.maximumInputSize, regularFilesOnly: true)
                } catch {
                    throw error.error
                }
            case .bytes(let given):
                guard given.count <= configuration.maximumInputSize else {
                    throw InputFile.tooLargeError(given.count, limit: configuration.maximumInputSize)
                }
                bytes = given
            }
            result.inputByteCount = bytes.count
            try checkpoint()
            var briefing = try configuration.processor.briefing(
                from: bytes, path: document.path, format: document.format, checkpoint: checkpoint)
            if let url = document.url, briefing.metadata.url == nil { briefing.metadata.url = url }
            switch configuration.output {
            case .briefing:
                result.outcome = .success(.briefing(briefing))
            case .export(let exporter):
                result.outcome = .success(.exported(try exporter.export(briefing)))
            case .ndjson:
                result.outcome = .success(.ndjsonLine(NDJSONLine.success(id: document.id, briefing: briefing)))
            }
        } catch {
            result.outcome = .failure(error)
        }
        return result
    }
}

extension BatchStopReason {
    /// The error a document stopped for this reason fails with.
    func error(limit: Double?) -> BriefingError {
        switch self {
        case .timedOut:
            BriefingError(
                .timedOut,
                "still working after the time limit of \(limit.map(Self.seconds) ?? "?") s; abandoned "
                    + "(raise it with --timeout)")
        case .cancelled:
            BriefingError(.cancelled, "the batch was cancelled before this document was finished")
        }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// A sequence of documents (an array, a lazy sequence) as an asynchronous sequence, for
/// `BatchProcessor.results(for:)`.
public struct DocumentSequence<Base: Sequence & Sendable>: AsyncSequence, Sendable
where Base.Element == BatchDocument {
    /// The documents, one after another.
    public typealias Element = BatchDocument

    private let base: Base

    /// Wraps `base`.
    public init(_ base: Base) {
        self.base = base
    }

    /// An iterator over the documents.
    public func makeAsyncIterator() -> Iterator {
        Iterator(base: base.makeIterator())
    }

    /// Hands over the base sequence's documents one at a time.
    public struct Iterator: AsyncIteratorProtocol {
        var base: Base.Iterator

        /// The next document, or `nil` at the end.
        public mutating func next() async -> BatchDocument? {
            base.next()
        }
    }
}
