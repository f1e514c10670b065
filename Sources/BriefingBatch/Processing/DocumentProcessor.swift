public import BriefingModel

/// How one document becomes a briefing: the reader chosen by format, then the analysis.
///
/// The one place where a reader is chosen for a document, used by the batch for each document and
/// by `briefing export` for each file. A format named for the document (`--from`, a record's
/// `format`) wins; otherwise the reader is chosen as `ReaderRegistry.reader(forPath:content:)`
/// does — by the file's extension, then by the start of the content, then the fallback (the
/// first reader registered).
///
/// ```swift
/// let processor = DocumentProcessor(
///     readers: ReaderRegistry([PlainTextReader(), MarkdownReader()]), analysis: .standard())
/// let briefing = try processor.briefing(from: bytes, path: "notes.md")
/// ```
public struct DocumentProcessor: Sendable {
    /// The readers documents are read with.
    public var readers: ReaderRegistry
    /// The analysers each briefing goes through, in order (none: the outline only).
    public var analysis: AnalysisPipeline

    /// Creates a processor.
    public init(readers: ReaderRegistry, analysis: AnalysisPipeline = AnalysisPipeline()) {
        self.readers = readers
        self.analysis = analysis
    }

    /// How many bytes from the start of a document are shown to readers that recognise content.
    public static let sniffedPrefixLength = 1024

    /// The reader for a document.
    ///
    /// - Parameters:
    ///   - format: The reader's format name, when the document names it.
    ///   - path: The document's file name, if it has one.
    ///   - bytes: The document.
    /// - Throws: `BriefingError` with code `unknown-format` when `format`
    ///   names no registered reader, or when no reader is registered at all.
    public func reader(format: String?, path: String?, bytes: [UInt8]) throws(BriefingError) -> any BriefingReader {
        if let format {
            guard let reader = readers.reader(named: format) else {
                let known = readers.names.isEmpty ? "none are registered" : readers.names.joined(separator: ", ")
                throw BriefingError(.unknownFormat, "no reader for the format '\(format)' (known: \(known))")
            }
            return reader
        }
        let reader = bytes.withUnsafeBytes { buffer in
            buffer.withSpan { span in
                readers.reader(
                    forPath: path, content: span.extracting(first: min(span.byteCount, Self.sniffedPrefixLength)))
            }
        }
        guard let reader else { throw BriefingError(.unknownFormat, "no readers are registered") }
        return reader
    }

    /// Reads a document and analyses its briefing.
    ///
    /// - Parameters:
    ///   - bytes: The document; a reader that keeps its text keeps this array's storage.
    ///   - path: The document's file name, if it has one (its extension may choose the reader).
    ///   - format: The reader's format name, when the document names it.
    ///   - checkpoint: Called after reading and between analysers; it throws to stop the work
    ///     (the batch throws when a document's time is up or the batch is cancelled).
    /// - Returns: The briefing, with the reader's and the analysers' diagnostics in that order.
    public func briefing(
        from bytes: [UInt8], path: String? = nil, format: String? = nil,
        checkpoint: () throws(BriefingError) -> Void = {}
    ) throws(BriefingError) -> Briefing {
        let reader = try reader(format: format, path: path, bytes: bytes)
        var briefing = try reader.read(bytes)
        var cache = AnalysisCache()
        for analyser in analysis.analysers {
            try checkpoint()
            try analyser.analyse(&briefing, sharing: &cache)
        }
        try checkpoint()
        return briefing
    }
}
