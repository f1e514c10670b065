public import BriefingModel

/// The result of one document of a batch: its id, and what became of it.
public struct BatchResult: Sendable {
    /// What a document that succeeded became, as ``BatchConfiguration/output`` asked.
    public enum Product: Sendable {
        /// The briefing.
        case briefing(Briefing)
        /// The exporter's output.
        case exported(ExportResult)
        /// The document's NDJSON line (ending with a line feed).
        case ndjsonLine([UInt8])
    }

    /// The document's id; `nil` only for an input record that had none.
    public var id: String?
    /// The document's place in the input, from 0.
    public var index: Int
    /// The file the document was read from, if it was a file.
    public var path: String?
    /// How many bytes of document were read (0 when it could not be read).
    public var inputByteCount: Int
    /// The product, or the error that stopped the document.
    public var outcome: Result<Product, BriefingError>

    /// Creates a result.
    public init(
        id: String?, index: Int, path: String? = nil, inputByteCount: Int = 0, outcome: Result<Product, BriefingError>
    ) {
        self.id = id
        self.index = index
        self.path = path
        self.inputByteCount = inputByteCount
        self.outcome = outcome
    }

    /// Whether the document succeeded.
    public var succeeded: Bool {
        if case .success = outcome { return true }
        return false
    }

    /// The error that stopped the document, if it failed.
    public var error: BriefingError? {
        if case .failure(let error) = outcome { return error }
        return nil
    }

    /// The briefing, when the batch's output is ``BatchOutput/briefing`` and the document succeeded.
    public var briefing: Briefing? {
        if case .success(.briefing(let briefing)) = outcome { return briefing }
        return nil
    }

    /// The export, when the batch's output is ``BatchOutput/export(_:)`` and the document succeeded.
    public var exported: ExportResult? {
        if case .success(.exported(let result)) = outcome { return result }
        return nil
    }

    /// The document's NDJSON line (ending with a line feed): a briefing's line, or an error's.
    ///
    /// Made on the batch's threads when the output is ``BatchOutput/ndjson``, and here from the
    /// briefing when it is ``BatchOutput/briefing``; `nil` for another exporter's output, which is
    /// not JSON.
    public var ndjsonLine: [UInt8]? {
        switch outcome {
        case .success(.ndjsonLine(let line)): line
        case .success(.briefing(let briefing)): NDJSONLine.success(id: id, briefing: briefing)
        case .success(.exported): nil
        case .failure(let error): NDJSONLine.failure(id: id, error: error)
        }
    }
}
