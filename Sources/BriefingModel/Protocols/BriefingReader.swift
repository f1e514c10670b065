/// Turns an input format into a briefing.
///
/// Conform to add an input format (HTML, Markdown, a feed). Readers are values, configured when
/// they are made and safe to share between tasks. New requirements will come with default
/// implementations, so a conformance written today keeps compiling.
///
/// A reader answers bad input with a best-effort briefing and ``Diagnostic``s where it can, and
/// throws a ``BriefingError`` (with a ``SourceLocation`` when there is one) where it cannot.
public protocol BriefingReader: Sendable {
    /// A short name for the format read (for example `plaintext`).
    var formatName: String { get }

    /// Reads a briefing from the bytes of a document.
    ///
    /// - Parameter bytes: The document, as it was stored.
    /// - Throws: ``BriefingError`` when the input cannot be read at all.
    func read(_ bytes: [UInt8]) throws(BriefingError) -> Briefing
}

extension BriefingReader {
    /// The type's name, for readers that do not give one.
    public var formatName: String { String(describing: Self.self) }

    /// Reads a briefing from a string.
    public func read(_ text: String) throws(BriefingError) -> Briefing {
        try read(Array(text.utf8))
    }
}
