/// Turns an input format into a briefing.
///
/// Conform to add an input format (a feed, a word-processor file). Readers are values, configured
/// when they are made and safe to share between tasks. New requirements will come with default
/// implementations, so a conformance written today keeps compiling.
///
/// A reader answers bad input with a best-effort briefing and ``Diagnostic``s where it can, and
/// throws a ``BriefingError`` (with a ``SourceLocation`` when there is one) where it cannot.
///
/// ## Borrowed input
/// The one requirement, ``read(_:)-(RawSpan)``, borrows the document's bytes as a `RawSpan`: a
/// reader never needs to own or copy its input, and a caller can hand over any contiguous bytes —
/// an array, a string's UTF-8, a memory-mapped file, a network buffer — without a copy. The
/// conveniences for `[UInt8]` and `String` borrow their storage the same way.
///
/// `RawSpan` comes with the Swift 6.2 standard library; on Apple platforms it is back-deployed to
/// macOS 10.14.4 and iOS 12.2, below this package's minimum (macOS 10.15, iOS 13), so readers and
/// their callers need no availability checks.
public protocol BriefingReader: Sendable {
    /// A short name for the format read (for example `plaintext`).
    var formatName: String { get }

    /// The extensions of the files this reader reads, without the dot (for example `["txt"]`).
    var fileExtensions: [String] { get }

    /// Reads a briefing from the bytes of a document, which it only borrows.
    ///
    /// - Parameter bytes: The document, as it was stored.
    /// - Throws: ``BriefingError`` when the input cannot be read at all.
    func read(_ bytes: RawSpan) throws(BriefingError) -> Briefing

    /// Reads a briefing from bytes in an array.
    ///
    /// The default lends the array's storage to ``read(_:)-(RawSpan)``. A reader whose briefing
    /// keeps the document's text may keep the array's storage instead of copying the text out of
    /// it (the plain-text reader does): the array is shared, not copied, and the caller's copy is
    /// unaffected.
    func read(_ bytes: [UInt8]) throws(BriefingError) -> Briefing

    /// Whether a document that starts with `prefix` (its first few hundred bytes) is, by its look,
    /// in this reader's format: `<!doctype html` for HTML, say. A reader that cannot tell answers `false`.
    func recognises(_ prefix: RawSpan) -> Bool
}

extension BriefingReader {
    /// The type's name, for readers that do not give one.
    public var formatName: String { String(describing: Self.self) }

    /// No extensions.
    public var fileExtensions: [String] { [] }

    /// `false`: a reader that does not say cannot be told by its content.
    public func recognises(_ prefix: RawSpan) -> Bool { false }

    /// Reads a briefing from bytes in an array, lending them to ``read(_:)-(RawSpan)``.
    public func read(_ bytes: [UInt8]) throws(BriefingError) -> Briefing {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(BriefingError) in try buffer.withSpan { span throws(BriefingError) in try read(span) } }
        }.get()
    }

    /// Reads a briefing from a string, borrowing its UTF-8 (a native Swift string is not copied).
    public func read(_ text: String) throws(BriefingError) -> Briefing {
        var text = text
        return try text.withUTF8 { buffer in
            Result { () throws(BriefingError) in
                try UnsafeRawBufferPointer(buffer).withSpan { span throws(BriefingError) in try read(span) }
            }
        }.get()
    }
}

extension UnsafeRawBufferPointer {
    /// Lends the bytes as a `RawSpan` for the duration of `body`.
    ///
    /// The standard library's `bytes` property needs macOS 26 on Apple platforms; the initialiser
    /// used here is the back-deployed one it is built on.
    @inlinable
    package func withSpan<Result, Failure: Error>(_ body: (RawSpan) throws(Failure) -> Result) throws(Failure) -> Result
    {
        try body(RawSpan(_unsafeBytes: self))
    }
}
