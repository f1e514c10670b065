/// The results of a batch, as an asynchronous sequence: one ``BatchResult`` for each document of
/// the input, in the ``BatchConfiguration/order`` asked for.
///
/// Made by `BatchProcessor.results(for:)`. The batch starts when iteration
/// starts, and stops when the iterator is released or the iterating task is cancelled.
public struct BatchResults<Documents: AsyncSequence & Sendable>: AsyncSequence, Sendable
where Documents.Element == BatchDocument {
    /// One result a document.
    public typealias Element = BatchResult

    let processor: BatchProcessor
    let documents: Documents

    /// Starts the batch and returns the iterator that hands over its results.
    public func makeAsyncIterator() -> Iterator {
        let run = BatchRun(processor: processor)
        run.start(documents)
        return Iterator(handle: RunHandle(run))
    }

    /// Hands over the results of a running batch.
    public struct Iterator: AsyncIteratorProtocol {
        let handle: RunHandle

        /// The next result, waiting for it if need be; `nil` once every document has its result.
        ///
        /// - Throws: what the input threw (after the results of every document before the error),
        ///   or `CancellationError` when the task is cancelled.
        public mutating func next() async throws -> BatchResult? {
            try await handle.run.next()
        }
    }
}

/// Stops its batch when the last iterator that holds it is released.
final class RunHandle: Sendable {
    let run: BatchRun

    init(_ run: BatchRun) {
        self.run = run
    }

    deinit {
        run.cancel()
    }
}
