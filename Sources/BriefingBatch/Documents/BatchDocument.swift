public import BriefingModel

/// One document for a batch: an id, where its bytes are, and optionally its format and address.
///
/// ```swift
/// let documents = [
///     BatchDocument(id: "a", path: "Articles/a.txt"),
///     BatchDocument(id: "b", text: "Title\n\nA paragraph.\n"),
///     BatchDocument(id: "c", bytes: page, format: "html", url: "https://example.com/c"),
/// ]
/// ```
///
/// A record that could not be made into a document (a line of NDJSON that is not JSON, say) is a
/// document too, made with ``init(failedRecord:error:)``: the batch reports it in its place, so
/// that every input has exactly one result.
public struct BatchDocument: Sendable {
    /// Where a document's bytes are.
    public enum Content: Sendable {
        /// A file, read by the batch (refused outside the folder the batch is confined to).
        case file(path: String)
        /// The document's bytes (the reader may keep the array's storage; nothing is copied).
        case bytes([UInt8])
        /// A record that could not be made into a document, and why; reported as it is.
        case failure(BriefingError)
    }

    /// The document's identifier, given back with its result; `nil` only for a failed record that had none.
    public var id: String?
    /// Where the document's bytes are.
    public var content: Content
    /// The name of the reader to use (for example `plaintext`, `html`, `markdown`), or `nil` to
    /// choose it by the file's extension, then by the content, as `ReaderRegistry` does.
    public var format: String?
    /// The address the document came from; it becomes the briefing's `metadata.url` when the
    /// document does not give its own.
    public var url: String?

    /// A document in a file.
    public init(id: String, path: String, format: String? = nil, url: String? = nil) {
        self.init(id: id, content: .file(path: path), format: format, url: url)
    }

    /// A document in memory, as bytes.
    public init(id: String, bytes: [UInt8], format: String? = nil, url: String? = nil) {
        self.init(id: id, content: .bytes(bytes), format: format, url: url)
    }

    /// A document in memory, as text (its UTF-8 is read).
    public init(id: String, text: String, format: String? = nil, url: String? = nil) {
        self.init(id: id, content: .bytes(Array(text.utf8)), format: format, url: url)
    }

    /// A record that could not be made into a document: it is reported with `error` in its place.
    public init(failedRecord id: String?, error: BriefingError) {
        self.init(id: id, content: .failure(error))
    }

    /// A document from its parts.
    public init(id: String?, content: Content, format: String? = nil, url: String? = nil) {
        self.id = id
        self.content = content
        self.format = format
        self.url = url
    }

    /// The file's path, for a document in a file.
    public var path: String? {
        if case .file(let path) = content { return path }
        return nil
    }
}
